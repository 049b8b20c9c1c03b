/**
 * The one reply to `/sync`: first what each sync request got (while the outcome is awaited), then,
 * in the same comment, how each sync ended. Everything Argo CD wrote (names, messages, health) is
 * untrusted: one table cell each, markdown and HTML escaped, @-mentions defused.
 */
import { markdownCell } from "../../core/src/index.js";
import { formatDuration } from "../../argocd/src/index.js";
import { quiet } from "./chatops-reply.js";
import type { SyncEnd } from "./chatops-sync-wait.js";

/** What one Application's sync request got, and (after the wait) how the sync ended. */
export interface SyncOutcome {
  name: string;
  started: boolean;
  /** The revision Argo CD syncs to: the Application's own targetRevision. */
  targetRevision?: string;
  /** Why Argo CD refused it. */
  message?: string;
  /** How the sync ended, or where it was at the timeout; absent until waited for. */
  end?: SyncEnd;
  /** The Application in Argo CD's web UI. */
  url?: string;
}

export interface SyncHeading {
  user: string;
  service: string;
  env: string;
  server: string;
}

/**
 * The reply's text: `waitingMs` while the outcome is awaited, `waitedMs` once it is known (or
 * the wait ran out).
 */
export function syncReplyText(
  head: SyncHeading,
  syncs: readonly SyncOutcome[],
  time: { waitingMs: number } | { waitedMs: number },
): string {
  const done = "waitedMs" in time;
  const rows = syncs.map((s) => {
    const cells = [
      resultOf(s, done ? time.waitedMs : undefined),
      s.end?.health ?? "",
      short(s.end?.revision),
    ];
    return `| ${nameCell(s)} | ${cells.map((c) => quiet(markdownCell(c))).join(" | ")} |`;
  });
  const running = syncs.some((s) => s.started && s.end?.outcome === "running");
  const footer = !done
    ? `Waiting up to ${formatDuration(time.waitingMs)} for the outcome; this comment is updated then.`
    : running
      ? `Still running after ${formatDuration(time.waitedMs)}: follow it in Argo CD (linked above) or with \`/status\`.`
      : "Argo CD synced each Application to its own target revision.";
  return [
    `@${head.user} sync of **${head.service}** in \`${head.env}\` (Argo CD at ${markdownCell(head.server)}):`,
    "",
    "| Application | Result | Health | Revision |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    footer,
    "",
  ].join("\n");
}

function resultOf(s: SyncOutcome, waitedMs: number | undefined): string {
  if (!s.started) return `refused: ${s.message ?? ""}`;
  const to = s.targetRevision ? ` (to its target revision ${s.targetRevision})` : "";
  const end = s.end;
  if (!end || waitedMs === undefined) return `sync started${to}`;
  const said = end.message ? `: ${end.message}` : "";
  if (end.outcome === "succeeded") return `${end.phase ?? "Succeeded"}, Synced${said}`;
  if (end.outcome === "failed") return `${end.phase ?? "Failed"}${said}`;
  const where = end.phase ? `operation ${end.phase}` : "operation not finished";
  return `still running after ${formatDuration(waitedMs)} (${where}${end.sync ? `, ${end.sync}` : ""})${said}`;
}

function nameCell(s: SyncOutcome): string {
  const name = quiet(markdownCell(s.name));
  return s.url ? `[${name}](${s.url})` : name;
}

function short(revision: string | undefined): string {
  if (!revision) return "";
  return /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 12) : revision;
}

/** The Application's page in Argo CD's UI, when the server is a web address. */
export function appUrl(server: string, name: string, namespace: string | undefined): string | undefined {
  if (!/^https?:\/\//.test(server)) return undefined;
  const path = `${namespace ? `${encodeURIComponent(namespace)}/` : ""}${encodeURIComponent(name)}`;
  return `${server.replace(/\/+$/, "")}/applications/${path}`;
}
