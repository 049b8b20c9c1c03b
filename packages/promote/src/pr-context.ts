/**
 * What a reviewer wants next to a promotion's change table: which commit put
 * each service's values in the source env, who made it, and how long it has
 * run there. From git, the time is when that commit reached the source
 * branch (its commit time; a merge or squash sets it when the PR merged);
 * with Argo CD (pr-running.ts), when the env's Applications started running it.
 */
import { markdownCell } from "../../core/src/index.js";
import type { Git } from "./git.js";
import type { ArgoRunning } from "./pr-running.js";

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

/**
 * The markdown section: one row per service, with the time it has run in `from`. With `argo`,
 * a service Argo CD dates is timed from when it started running, the others from the merge,
 * and each row and the notes say which.
 */
export function sourceSection(
  from: string,
  entries: readonly SourceEntry[],
  now: Date,
  argo?: ArgoRunning,
): string {
  if (entries.length === 0) return "";
  const head = `| Service | Last change in ${from} | Author | Merged |`;
  const change = (e: SourceEntry) =>
    `| ${e.service} | \`${e.commit.slice(0, 12)}\` ${escape(e.subject)} | ${escape(e.author)} | ${e.date} |`;
  if (!argo) {
    return [
      `#### Running in \`${from}\``,
      "",
      `${head} Running for |`,
      "| --- | --- | --- | --- | --- |",
      ...entries.map((e) => `${change(e)} ${runningFor(e.date, now)} |`),
    ].join("\n");
  }
  const rows = entries.map((e) => {
    const live = argo.times.get(e.service);
    const since = live ? `${live.at} (Argo CD)` : `${e.date} (merge)`;
    return `${change(e)} ${markdownCell(since)} | ${runningFor(live?.at ?? e.date, now)} |`;
  });
  const notes = [
    `Since: "Argo CD" is when the service's Applications in ${from} (Argo CD at ${markdownCell(argo.server)}) first ran a revision containing the change, the latest of them; "merge" is when the change was merged.`,
    ...argo.notes.map((n) => `- ${markdownCell(n)}`),
  ];
  return [
    `#### Running in \`${from}\``,
    "",
    `${head} Since | Running for |`,
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...notes,
  ].join("\n");
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
}
