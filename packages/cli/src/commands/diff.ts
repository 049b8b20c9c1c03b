import { ExitCode, failsAt, formatText } from "../../../core/src/index.js";
import { diffRendered } from "../../../render/src/index.js";
import type { Command } from "../command.js";
import { UserError } from "../../../core/src/errors.js";

/** `gitops diff --base REF`: the rendered-manifest diff a pull request would get. */
export const diffCommand: Command = {
  name: "diff",
  summary:
    "render the merge-base and the working tree and print the per-target, per-resource diff as markdown",
  help: `Usage: gitops diff --base REF [--json] [--repo DIR]

Renders the merge-base of REF and HEAD (in a temporary git worktree) and the working tree,
only for targets the change can affect, and prints a markdown diff per target and per
Kubernetes object (apiVersion/kind/namespace/name). Secret values are redacted. The printed
markdown fits a GitHub comment; the complete diff is written to render/diff.md.

Options:
  --base REF   the branch or commit to compare with (e.g. origin/main)

Exit codes: 0 diffed, 1 a target failed to render, 2 bad usage or config.`,
  options: { base: { type: "string" } },
  async run(ctx) {
    const base = ctx.options.base as string | undefined;
    if (!base) throw new UserError('diff: --base REF is required (e.g. "gitops diff --base origin/main")');
    const report = await diffRendered({ repo: ctx.repo, base });
    if (ctx.json) {
      const doc = { mergeBase: report.mergeBase, targets: report.diffs, findings: report.findings };
      ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
    } else {
      ctx.io.stdout(report.markdown);
      if (report.findings.length > 0) ctx.io.stderr(formatText(report.findings));
    }
    return failsAt(report.findings, "error") ? ExitCode.Findings : ExitCode.Clean;
  },
};
