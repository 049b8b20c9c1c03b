/**
 * Since when an Application has run a change: its newest sync may be a re-sync (self-heal, a
 * manual sync) of a revision it already ran, so the time is that of the oldest sync in the
 * newest unbroken run of syncs whose revisions all contain the change (real git ancestry).
 */
import type { ArgoApplication } from "../../argocd/src/index.js";
import { git } from "../../core/src/git.js";

const SHA = /^[0-9a-f]{7,40}$/i;

/**
 * RFC 3339 time the Application first ran a revision containing `expected` (and has run one
 * since), or null when its newest sync lacks it or the history cannot tell.
 */
export async function runningSince(
  repo: string,
  app: ArgoApplication,
  sourceIndex: number,
  expected: string | null,
): Promise<string | null> {
  if (!expected) return null;
  const history = [...(app.status?.history ?? [])].sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
  let since: string | null = null;
  for (const entry of history) {
    const revision = entry.revisions?.[sourceIndex] ?? entry.revision ?? "";
    // Revisions come from the server: only a plain SHA ever reaches git.
    if (!entry.deployedAt || !SHA.test(revision)) break;
    const r = await git(repo, ["merge-base", "--is-ancestor", "--end-of-options", expected, revision]);
    if (r.code !== 0) break;
    since = entry.deployedAt;
  }
  return since;
}
