/** Turns first-parent commits into entries: one per commit × env × service, with what moved. */
import { blobSpec, readBlobs } from "./blobs.js";
import { fileChanges, holdsVersions, tidyChanges } from "./changes.js";
import type { Attribution } from "./components.js";
import type { ChangedFile, HistoryCommit } from "./history.js";
import { prFromMessage, revertOf, subjectOf } from "./messages.js";
import type { Entry } from "./types.js";

/** Which env × service of which commit to keep. */
export type Filter = (env: string, service: string, sha: string) => boolean;

/** Entries of `history` (newest first) that pass `filter`, in history order, then env order, then service. */
export async function buildEntries(
  repo: string,
  history: readonly HistoryCommit[],
  environments: readonly string[],
  attribute: Attribution,
  filter: Filter,
): Promise<Entry[]> {
  const groups = history.map((commit) => ({
    commit,
    parts: groupFiles(commit, environments, attribute, filter),
  }));
  const specs: string[] = [];
  for (const { commit, parts } of groups) {
    for (const files of parts.values()) {
      for (const f of files.filter((file) => holdsVersions(file.path))) {
        if (commit.parents[0]) specs.push(blobSpec(commit.parents[0], f.path));
        specs.push(blobSpec(commit.sha, f.path));
      }
    }
  }
  const blobs = await readBlobs(repo, specs);
  const text = (sha: string | undefined, path: string) => {
    const buf = sha ? blobs.get(blobSpec(sha, path)) : undefined;
    return buf?.toString("utf8");
  };
  const entries: Entry[] = [];
  for (const { commit, parts } of groups) {
    for (const [key, files] of parts) {
      const [env = "", service = ""] = key.split("\0");
      const results = files.map((f) =>
        fileChanges(f, text(commit.parents[0], f.path), text(commit.sha, f.path)),
      );
      const changes = results.flatMap((r) => r.changes);
      const rollback = results.some((r) => r.rollback);
      const reverts = revertOf(commit.message);
      entries.push({
        env,
        service,
        commit: commit.sha,
        date: isoUtc(commit.date),
        author: commit.author,
        pr: prFromMessage(commit.message),
        changes: tidyChanges(changes),
        subject: subjectOf(commit.message),
        authorDate: isoUtc(commit.authorDate),
        promotedFrom: commit.promotedFrom,
        revertOf: reverts,
        rollback: rollback || reverts !== null,
      });
    }
  }
  return entries;
}

/** Files of one commit grouped by `env\0service`, in env order then service name. */
function groupFiles(
  commit: HistoryCommit,
  environments: readonly string[],
  attribute: Attribution,
  filter: Filter,
): Map<string, ChangedFile[]> {
  const groups = new Map<string, ChangedFile[]>();
  for (const file of commit.files) {
    for (const { env, service } of attribute(file.path)) {
      if (!filter(env, service, commit.sha)) continue;
      const key = `${env}\0${service}`;
      const files = groups.get(key) ?? [];
      files.push(file);
      groups.set(key, files);
    }
  }
  const rank = (env: string) => {
    const i = environments.indexOf(env);
    return i < 0 ? environments.length : i;
  };
  return new Map(
    [...groups].sort(([a], [b]) => {
      const [ea = "", sa = ""] = a.split("\0");
      const [eb = "", sb = ""] = b.split("\0");
      return rank(ea) - rank(eb) || compare(ea, eb) || compare(sa, sb);
    }),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An ISO 8601 time in UTC without milliseconds, whatever offset git printed. */
export function isoUtc(date: string): string {
  return new Date(date).toISOString().replace(/\.000Z$/, "Z");
}
