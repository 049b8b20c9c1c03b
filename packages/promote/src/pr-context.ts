/**
 * What a reviewer wants next to a promotion's change table: which commit put
 * each service's values in the source env, who made it, and how long it has
 * run there. Git-only: the time is when that commit reached the source
 * branch (its commit time; a merge or squash sets it when the PR merged).
 */
import type { Git } from "./git.js";

export interface SourceEntry {
  service: string;
  /** The commit that last changed the service's source-env folder. */
  commit: string;
  subject: string;
  author: string;
  /** ISO time it was committed (merged) on the source branch. */
  date: string;
}

/** The last commit under each `dirs[service]` (relative to the infra repo) reachable from `head`. */
export async function sourceEntries(
  git: Git,
  prefix: string,
  head: string,
  dirs: ReadonlyMap<string, string>,
): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for (const [service, dir] of dirs) {
    const r = await git.run([
      "log",
      "-1",
      // First parent: the merge that brought the change to the source branch, not the feature commit.
      "--first-parent",
      "--format=%H%x00%s%x00%an%x00%cI",
      "--end-of-options",
      head,
      "--",
      `${prefix}${dir}`,
    ]);
    const [commit = "", subject = "", author = "", date = ""] = r.stdout.trim().split("\0");
    if (r.code === 0 && commit !== "") out.push({ service, commit, subject, author, date: utc(date) });
  }
  return out;
}

/** `2020-01-01T00:00:00Z`: git's `%cI` in UTC, so every PR body reads alike. */
function utc(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** `3 days`, `5 hours`, `12 minutes`: how long from `since` to `now`. */
export function runningFor(since: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
  const [n, unit] =
    minutes >= 2 * 1440
      ? [Math.floor(minutes / 1440), "day"]
      : minutes >= 120
        ? [Math.floor(minutes / 60), "hour"]
        : [minutes, "minute"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** The markdown section: one row per service, with the time it has run in `from`. */
export function sourceSection(from: string, entries: readonly SourceEntry[], now: Date): string {
  if (entries.length === 0) return "";
  const rows = entries.map(
    (e) =>
      `| ${e.service} | \`${e.commit.slice(0, 12)}\` ${escape(e.subject)} | ${escape(e.author)} | ${e.date} | ${runningFor(e.date, now)} |`,
  );
  return [
    `#### Running in \`${from}\``,
    "",
    `| Service | Last change in ${from} | Author | Merged | Running for |`,
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
}
