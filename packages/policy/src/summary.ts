import { findingsInWorkspace } from "../../core/src/workspace-paths.js";
import type { Finding, Severity } from "../../core/src/finding.js";
import { toSummaryMarkdown } from "../../core/src/reporters/index.js";
import type { PolicyCheckStats } from "./check.js";

/** The job summary of a policy check: the shared findings tables plus one line of counts. */
export function policySummaryMarkdown(
  findings: readonly Finding[],
  stats: PolicyCheckStats,
  options: { failOn?: Severity; repoUrl?: string; sha?: string } = {},
): string {
  const engines = [
    "CEL (in-process)",
    stats.kyverno ? "kyverno CLI" : "",
    stats.conftest ? "conftest" : "",
  ].filter(Boolean);
  const line =
    `${stats.policies} polic${stats.policies === 1 ? "y" : "ies"} on ${stats.resources} object(s)` +
    (stats.targets ? ` of ${stats.targets} target(s)` : "") +
    `, ${stats.evaluations} evaluation(s), ${stats.waived} waived; engines: ${engines.join(", ")}; ${(stats.ms / 1000).toFixed(2)} s`;
  const body = toSummaryMarkdown(findings, {
    title: "Policy check",
    check: "policy",
    ...(options.failOn ? { failOn: options.failOn } : {}),
    ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
    ...(options.sha ? { sha: options.sha } : {}),
  });
  return `${body}\n${line}\n`;
}

/**
 * Findings with paths relative to the workspace instead of the repo, for annotations, when the
 * repo is a folder of the checkout (`repo-path`); a --manifests file outside the repo, named by
 * its absolute path, too. Paths outside the workspace are left alone.
 */
export function relativeToWorkspace(
  findings: readonly Finding[],
  workspace: string,
  repo: string,
): Finding[] {
  return findingsInWorkspace(findings, repo, workspace);
}
