/**
 * The markdown of an alert issue: its title, its body (a hidden marker on the first line that
 * finds the issue again, then the facts and links) and the comments on a change of state.
 * Everything Argo CD says in words (operation and health messages) is untrusted: it goes into a
 * fenced block that no backtick run inside can close, so it renders as text, never as links,
 * mentions, HTML or a forged marker.
 */
import { markdownCell } from "../../core/src/reporters/summary.js";
import type { AlertProblem, AppAlert } from "./alerts.js";
import { formatDuration } from "./duration.js";

/** The label every alert issue carries; listing by it finds the issues of earlier runs. */
export const ALERT_LABEL = "gitops-observe";

/** Where links point and what the footer says. */
export interface AlertLinks {
  /** The Argo CD server, as the client names it (`https://argocd.example.com`). */
  server: string;
  /** The infra-gitops repository on GitHub (`https://github.com/org/infra-gitops`), for commit links. */
  repoUrl?: string;
  /** This workflow run. */
  runUrl?: string;
  now: Date;
}

const MARKER = /^<!-- gitops-observe: app=([A-Za-z0-9._/-]+) state=([A-Za-z0-9+@._-]*) -->/;
const SHA = /^[0-9a-f]{7,40}$/i;
const MAX_UNTRUSTED = 2000;

/** The hidden first line of an alert issue's body. */
export function alertMarker(key: string, signature: string): string {
  return `<!-- gitops-observe: app=${key} state=${signature} -->`;
}

/** The key and state signature of an alert issue, from the first line of its body only. */
export function parseMarker(body: string | null | undefined): { key: string; signature: string } | undefined {
  const m = MARKER.exec(body ?? "");
  return m?.[1] ? { key: m[1], signature: m[2] ?? "" } : undefined;
}

const WORDS: Record<AlertProblem["rule"], string> = {
  "out-of-sync": "OutOfSync",
  degraded: "Degraded",
  "sync-failed": "sync failed",
  "not-current": "not current",
};

/** `Argo CD: web-prod (prod/web): OutOfSync, Degraded`. */
export function alertTitle(alert: AppAlert): string {
  const { app } = alert;
  const where = app.env ? ` (${app.env}${app.service ? `/${app.service}` : ""})` : "";
  const what = alert.problems.map((p) => WORDS[p.rule]).join(", ") || "recovered";
  return `Argo CD: ${app.name}${where}: ${what}`.slice(0, 250);
}

/** The whole body; `recovered` writes the last state before the issue is closed. */
export function alertBody(alert: AppAlert, links: AlertLinks, recovered = false): string {
  const { app } = alert;
  const lines = [
    alertMarker(alert.key, alert.signature),
    recovered
      ? `### ${inline(app.name)} recovered: ${inline(app.sync)} and ${inline(app.health)}`
      : `### ${inline(app.name)}: ${alert.problems.map((p) => WORDS[p.rule]).join(", ")}`,
    "",
    "| | |",
    "| --- | --- |",
    `| Application | ${appLink(app.name, app.namespace, links.server)} (project ${inline(app.project || "default")}) |`,
    `| Environment / service | ${inline(app.env || "(shared)")} / ${inline(app.service ?? "-")} |`,
    `| Sync / health | ${inline(app.sync)} / ${inline(app.health)} |`,
    `| Deployed | ${commit(app.revision, links.repoUrl)}${app.deployedAt ? ` at ${inline(app.deployedAt)}` : ""} |`,
    `| Expected | ${commit(app.expected, links.repoUrl)}${behind(alert, links.repoUrl)} |`,
    `| Since | ${sinceText(alert.since, links.now)} |`,
    `| Targets | ${app.targets.map((t) => `\`${t.replace(/`/g, "'")}\``).join(", ") || "-"} |`,
  ];
  if (alert.problems.length > 0) {
    lines.push("", "Problems:", "");
    for (const p of alert.problems) lines.push(`- ${WORDS[p.rule]}: ${sinceText(p.since, links.now)}`);
  }
  if (app.operation) {
    lines.push(
      "",
      `Last sync operation: ${inline(app.operation.phase)}${app.operation.at ? ` at ${inline(app.operation.at)}` : ""}`,
    );
    if (app.operation.message) lines.push("", untrustedFence(app.operation.message));
  }
  if (app.note) lines.push("", `Note: ${inline(app.note)}`);
  const url = app.urls.find((u) => /^https?:\/\//.test(u));
  if (url) lines.push("", `Serves ${inline(url)}`);
  lines.push(
    "",
    "---",
    `_Checked ${links.now.toISOString()}${links.runUrl ? ` by [this run](${links.runUrl})` : ""}. ` +
      `gitops observe updates this issue while the problem lasts and closes it when the Application recovers._`,
  );
  return lines.join("\n") + "\n";
}

/** The comment for a state that changed while the issue is open, or came back after it was closed. */
export function changeComment(alert: AppAlert, links: AlertLinks, reopened: boolean): string {
  const what = alert.problems.map((p) => WORDS[p.rule]).join(", ");
  const head = reopened ? `The problem is back: ${inline(alert.app.name)}: ${what}` : `Now ${what}`;
  return `${head}; deployed ${commit(alert.app.revision, links.repoUrl)}, ${inline(alert.app.sync)} / ${inline(alert.app.health)}.${footer(links)}`;
}

export function recoveryComment(alert: AppAlert, links: AlertLinks): string {
  return (
    `Recovered: ${inline(alert.app.name)} is ${inline(alert.app.sync)} and ${inline(alert.app.health)} ` +
    `at ${commit(alert.app.revision, links.repoUrl)}; closing.${footer(links)}`
  );
}

/** Server text as a fenced block: control characters dropped, bounded, a fence longer than any backtick run. */
export function untrustedFence(text: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").trimEnd();
  const cut = clean.length > MAX_UNTRUSTED ? `${clean.slice(0, MAX_UNTRUSTED)}…` : clean;
  const longest = Math.max(2, ...[...cut.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${cut}\n${fence}`;
}

function footer(links: AlertLinks): string {
  return links.runUrl ? ` ([run](${links.runUrl}))` : "";
}

/** A short value from the server or the model as one inert table cell. */
function inline(text: string): string {
  return markdownCell(text).replace(/@/g, "@\u200b");
}

function appLink(name: string, namespace: string, server: string): string {
  const path = `${namespace ? `${encodeURIComponent(namespace)}/` : ""}${encodeURIComponent(name)}`;
  return /^https?:\/\//.test(server)
    ? `[${inline(name)}](${server.replace(/\/+$/, "")}/applications/${path})`
    : inline(name);
}

function commit(sha: string | null, repoUrl: string | undefined): string {
  if (!sha) return "(none)";
  if (!SHA.test(sha)) return inline(sha);
  return repoUrl ? `[\`${sha.slice(0, 7)}\`](${repoUrl}/commit/${sha})` : `\`${sha.slice(0, 7)}\``;
}

function behind(alert: AppAlert, repoUrl: string | undefined): string {
  const { app } = alert;
  if (!app.behind?.commits) return app.current === true ? " (deployed)" : "";
  const compare =
    repoUrl && app.revision && app.expected && SHA.test(app.revision) && SHA.test(app.expected)
      ? `, [compare](${repoUrl}/compare/${app.revision}...${app.expected})`
      : "";
  return ` (${app.behind.commits} input commit(s) not deployed${compare})`;
}

function sinceText(since: string | null, now: Date): string {
  if (!since) return "undated (counts at once)";
  const age = now.getTime() - Date.parse(since);
  return Number.isFinite(age) ? `${inline(since)} (${formatDuration(age)})` : inline(since);
}
