/** A pull request's parameters, checked at the edge (CLI flags or the event payload). */
import { UserError } from "../../core/src/errors.js";
import type { PreviewRequest } from "./types.js";

/** The raw values, as a front has them. */
export interface RequestInput {
  number: string | number | undefined;
  branch: string | undefined;
  headSha: string | undefined;
  targetBranch?: string | undefined;
  /** A list, or one comma-separated string. */
  labels?: string | readonly string[] | undefined;
  title?: string | undefined;
  author?: string | undefined;
  draft?: boolean | undefined;
}

/** How each value is named in messages: `--pr` for the CLI, the event field for the action. */
export type RequestNames = Record<"number" | "branch" | "headSha" | "targetBranch", string>;

export const CLI_NAMES: RequestNames = {
  number: "--pr",
  branch: "--branch",
  headSha: "--head-sha",
  targetBranch: "--target-branch",
};

const shown = (v: string) => JSON.stringify(v.length > 100 ? `${v.slice(0, 100)}…` : v);

/**
 * Checks and normalises a pull request: a positive whole number, a branch and a target branch
 * that git could name, a hexadecimal head SHA (Argo CD's short SHAs are its first 8 and 7
 * characters), labels split on commas with blanks dropped.
 */
export function parseRequest(input: RequestInput, names: RequestNames = CLI_NAMES): PreviewRequest {
  const number = typeof input.number === "number" ? String(input.number) : (input.number ?? "").trim();
  if (!/^\d+$/.test(number) || Number(number) < 1 || !Number.isSafeInteger(Number(number)))
    throw new UserError(
      `${names.number} must be a pull request number (a whole number from 1), got ${shown(number)}`,
    );
  const branch = ref(input.branch, names.branch, true);
  const targetBranch = ref(input.targetBranch ?? "main", names.targetBranch, false);
  const headSha = (input.headSha ?? "").trim();
  if (!/^[0-9a-f]{4,64}$/i.test(headSha))
    throw new UserError(
      `${names.headSha} must be a commit SHA (4 to 64 hexadecimal digits), got ${shown(headSha)}`,
    );
  const labels = (typeof input.labels === "string" ? input.labels.split(",") : [...(input.labels ?? [])])
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return {
    number: Number(number),
    branch,
    targetBranch,
    headSha: headSha.toLowerCase(),
    labels: [...new Set(labels)],
    title: input.title ?? "",
    author: input.author ?? "",
    draft: input.draft === true,
  };
}

/** A branch name: required where the pull request must have one; no control characters or spaces. */
function ref(value: string | undefined, name: string, required: boolean): string {
  const v = (value ?? "").trim();
  if (v === "") {
    if (required) throw new UserError(`${name} is required: the pull request's branch`);
    throw new UserError(`${name} must not be empty`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what git refuses
  if (/[\u0000-\u001f\u007f\s~^:?*[\\]/.test(v) || v.startsWith("-") || v.includes(".."))
    throw new UserError(`${name} is not a branch name git allows: ${shown(v)}`);
  return v;
}
