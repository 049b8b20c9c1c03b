import {
  ExitCode,
  failsAt,
  formatText,
  sortFindings,
  toJsonReport,
  UserError,
} from "../../../core/src/index.js";
import { parseRequest, runPreview } from "../../../preview/src/index.js";
import { failOnOption } from "../options.js";
import { formatTable } from "../table.js";
import type { Command } from "../command.js";
import { runPreviewSweep, SWEEP_HELP } from "./preview-sweep.js";

/** `gitops preview`: the Applications a pull request's preview would create, rendered and checked. */
export const previewCommand: Command = {
  name: "preview",
  summary: "the Applications a pull request's preview would create, rendered and checked",
  help: `Usage: gitops preview --pr N --branch BRANCH --head-sha SHA [--labels a,b] [--target-branch main]
                      [--title TITLE] [--author LOGIN] [--draft] [--k8s-version X.Y]
                      [--fail-on error|warning|notice] [--json] [--repo DIR]

Expands the repository's ApplicationSets that have a pullRequest generator for this one pull
request, as Argo CD would (branch_slug, head_short_sha, head_short_sha_7, every listed label
required, branchMatch / targetBranchMatch / titleMatch filters), renders the Applications at the
checkout (the pull request's head), lints and policy-checks them, and checks what only a preview
needs: names and namespaces that are DNS labels of at most 63 characters, a namespace no other
pull request or environment uses, a guaranteed teardown (resources finalizer, no
preserveResourcesOnDeletion, no create-only policy), CreateNamespace=true for a per-PR namespace,
prune, and whether drafts and Dependabot's pull requests are kept out. Each preview's URLs come
from its rendered Ingress, HTTPRoute and VirtualService hosts.

A pull request that no generator selects gets no preview: exit 0 with a message.

Options:
  --pr N               the pull request number
  --branch BRANCH      its head branch
  --head-sha SHA       its head commit
  --labels a,b         its labels (comma-separated)
  --target-branch B    its base branch (default main)
  --title TITLE        its title (for titleMatch filters)
  --author LOGIN       its author
  --draft              it is a draft
  --k8s-version X.Y    Kubernetes minor of lint's schemas
  --fail-on SEVERITY   exit 1 at this severity or worse (default error)

Exit codes: 0 clean or no preview, 1 findings at --fail-on or worse, 2 bad usage, config or missing tools.

${SWEEP_HELP}`,
  options: {
    pr: { type: "string" },
    branch: { type: "string" },
    "head-sha": { type: "string" },
    labels: { type: "string" },
    "target-branch": { type: "string" },
    title: { type: "string" },
    author: { type: "string" },
    draft: { type: "boolean" },
    "k8s-version": { type: "string" },
    "fail-on": { type: "string" },
    issue: { type: "boolean" },
  },
  maxPositionals: 1,
  async run(ctx) {
    if (ctx.positionals[0] === "sweep") return runPreviewSweep(ctx);
    if (ctx.positionals[0] !== undefined)
      throw new UserError(`gitops preview: unknown subcommand "${ctx.positionals[0]}" (only "sweep")`);
    const o = ctx.options as Record<string, string | boolean | undefined>;
    const str = (k: string) => (typeof o[k] === "string" ? o[k] : undefined);
    const request = parseRequest({
      number: str("pr"),
      branch: str("branch"),
      headSha: str("head-sha"),
      targetBranch: str("target-branch"),
      labels: str("labels"),
      title: str("title"),
      author: str("author"),
      draft: o.draft === true,
    });
    const failOn = failOnOption(ctx);
    const k8s = str("k8s-version");
    const report = await runPreview({ repo: ctx.repo, request, ...(k8s ? { kubeVersion: k8s } : {}) });
    const findings = sortFindings(report.findings);
    if (ctx.json) {
      const doc = {
        pullRequest: report.pullRequest,
        applications: report.applications,
        findings,
        summary: toJsonReport(findings).summary,
        applicationSets: report.applicationSets,
        ...(report.message !== undefined ? { message: report.message } : {}),
      };
      ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
    } else if (report.message !== undefined) {
      ctx.io.stdout(`${report.message}\n`);
      if (findings.length > 0) ctx.io.stdout(formatText(findings));
    } else {
      const rows = report.applications.map((a) => [
        a.name,
        a.namespace || "-",
        a.targets.join(", ") || "-",
        a.urls.join(" ") || "-",
      ]);
      ctx.io.stdout(formatTable(["APPLICATION", "NAMESPACE", "TARGETS", "URLS"], rows) + "\n");
      ctx.io.stdout(formatText(findings));
      ctx.io.stdout(
        `preview of pull request #${request.number} at ${request.headSha.slice(0, 8)}: ${report.applications.length} Application(s)\n`,
      );
    }
    return failsAt(findings, failOn) ? ExitCode.Findings : ExitCode.Clean;
  },
};
