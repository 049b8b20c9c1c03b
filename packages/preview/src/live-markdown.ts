/** The live parts of the preview comment: Argo CD's sync and health, and the teardown check. */
import { formatDuration } from "../../argocd/src/duration.js";
import { markdownCell } from "../../core/src/reporters/index.js";
import type { LiveResult, NamespaceState, TeardownResult } from "./live.js";

const code = (s: string) => `<code>${markdownCell(s)}</code>`;

/** Said in the comment before the wait, so the pull request shows the checks at once. */
export function waitingMarkdown(timeoutMs: number): string {
  return `#### Live in Argo CD\n\n⏳ Waiting up to ${formatDuration(timeoutMs)} for the previews to be Synced and Healthy at the head…\n`;
}

export function liveMarkdown(live: LiveResult): string {
  const head = code(live.headSha.slice(0, 8));
  const state = live.ready
    ? `✅ Synced and Healthy at ${head} (after ${formatDuration(live.waitedMs)})`
    : `❌ Not Synced and Healthy at ${head} after ${formatDuration(live.waitedMs)}`;
  return [
    "#### Live in Argo CD",
    "",
    state,
    "",
    "| Application | Sync | Health | Revision |",
    "| --- | --- | --- | --- |",
    ...live.apps.map(
      (a) =>
        `| ${code(a.name)} | ${a.present ? markdownCell(a.sync) : "not created yet"} | ${a.present ? markdownCell(a.health) : "—"} | ${a.revision ? code(a.revision.slice(0, 8)) : "—"} |`,
    ),
    "",
  ].join("\n");
}

const NAMESPACE: Record<NamespaceState, string> = {
  deleted: "deleted with it",
  "left-behind": "⚠️ left behind: not one of its resources (only CreateNamespace=true made it)",
  unknown: "not seen (the Application was gone when first checked)",
  present: "still there",
};

export function teardownMarkdown(t: TeardownResult, timeoutMs: number): string {
  const present = t.apps.filter((a) => a.state !== "gone");
  const state = t.done
    ? `✅ Torn down: every preview Application is gone from Argo CD (checked after ${formatDuration(t.waitedMs)})`
    : present.length > 0
      ? `❌ Still present after ${formatDuration(timeoutMs)}: ${present.map((a) => code(a.name)).join(", ")}`
      : "❌ The Applications are gone, but a namespace is left behind";
  return [
    "#### Teardown in Argo CD",
    "",
    state,
    "",
    "| Application | Application state | Namespace |",
    "| --- | --- | --- |",
    ...t.apps.map(
      (a) =>
        `| ${code(a.name)} | ${a.state} | ${a.namespace ? `${code(a.namespace)}: ${NAMESPACE[a.namespaceState]}` : "—"} |`,
    ),
    "",
  ].join("\n");
}
