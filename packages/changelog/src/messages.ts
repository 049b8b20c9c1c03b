/** What a commit message tells about a deployment: its PR, its promotion source, what it reverts. */
import { ID_PATTERN } from "../../core/src/index.js";
import type { PromotionSource } from "./types.js";

const MERGE_PR = /^Merge pull request #(\d{1,9}) from \S/;
// GitHub's squash merge appends " (#12)" to the PR title.
const SQUASH_PR = /\(#(\d{1,9})\)\s*$/;
const REVERTS = /This reverts commit ([0-9a-f]{40})/;
const PROMOTED = new RegExp(`^(?<env>${ID_PATTERN.slice(1, -1)})@(?<sha>[0-9a-f]{40})$`);

/** The first line of a message. */
export function subjectOf(message: string): string {
  return message.split("\n", 1)[0] ?? "";
}

/** The PR number from a merge (`Merge pull request #12 from ...`) or squash (`Title (#12)`) subject. */
export function prFromMessage(message: string): number | null {
  const subject = subjectOf(message);
  const m = MERGE_PR.exec(subject) ?? SQUASH_PR.exec(subject);
  return m?.[1] ? Number(m[1]) : null;
}

/** The commit a `git revert` message names, or null. */
export function revertOf(message: string): string | null {
  return REVERTS.exec(message)?.[1] ?? null;
}

/**
 * The first well-formed value of the `Promoted-From` trailer (`staging@<sha>`,
 * written by `gitops promote`), as git prints it with `valueonly` and a comma
 * between repeated trailers.
 */
export function parsePromotedFrom(trailer: string): PromotionSource | null {
  for (const value of trailer.split(/[,\n]/)) {
    const groups = PROMOTED.exec(value.trim())?.groups;
    if (groups?.env && groups.sha) return { env: groups.env, commit: groups.sha };
  }
  return null;
}
