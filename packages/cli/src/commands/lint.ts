import { openCache } from "../../../cache/src/index.js";
import { ExitCode, failsAt, formatJson, formatText, UserError } from "../../../core/src/index.js";
import { lint, LINT_RULES } from "../../../lint/src/index.js";
import { failOnOption } from "../options.js";
import { writeReportFiles } from "../report-files.js";
import type { Command } from "../command.js";

/** `gitops lint`: schema validation of rendered manifests, Argo CD reference checks, YAML hygiene. */
export const lintCommand: Command = {
  name: "lint",
  summary:
    "schema-validate rendered manifests and check the repo's Argo CD references (renders first when render/ is missing or stale)",
  help: `Usage: gitops lint [--k8s-version X.Y] [--schema-engine builtin|kubeconform] [--no-strict] [--no-render] [--no-cache]
                   [--sarif FILE] [--junit FILE] [--fail-on error|warning|notice] [--json] [--repo DIR]
                   [FILE...]

Validates every rendered resource against bundled schemas (Kubernetes 1.32-1.34, Argo CD, External
Secrets, Sealed Secrets, cert-manager, Prometheus Operator, plus the CRDs the repo renders) with no
download; unknown fields are errors. Checks the Argo CD Applications and ApplicationSets under
argo-apps/ against the repository, and the YAML hygiene of the manifest folders. Renders first when
render/ is missing or older than its inputs.

With FILE... (the gitops-lint pre-commit hook passes the staged files) only the targets whose
input graph holds one of the files are rendered and checked, with the hygiene of those files.

Options:
  --k8s-version X.Y     Kubernetes minor of the schemas (default lint.kubeVersion, else the newest)
  --schema-engine NAME  builtin (default) or kubeconform (the binary, with lint.schemaLocations)
  --no-strict           do not report unknown fields
  --no-render           lint render/ as it is, even when stale
  --sarif FILE          also write a SARIF 2.1.0 report
  --junit FILE          also write a JUnit XML report
  --fail-on SEVERITY    exit 1 at this severity or worse (default error)
  --no-cache            check every target afresh; by default, with GITOPS_CACHE_DIR set, a
                        target whose rendered bytes and inputs are unchanged reuses its schema
                        findings; compiled schema validators are kept in the cache folder
                        (GITOPS_CACHE_DIR, else ~/.cache/gitops-actions) unless --no-cache

Exit codes: 0 clean, 1 findings at --fail-on or worse, 2 bad usage, config or missing tools.`,
  options: {
    "k8s-version": { type: "string" },
    "schema-engine": { type: "string" },
    "no-strict": { type: "boolean" },
    "no-render": { type: "boolean" },
    sarif: { type: "string" },
    junit: { type: "string" },
    "fail-on": { type: "string" },
    "no-cache": { type: "boolean" },
  },
  maxPositionals: 100_000,
  async run(ctx) {
    const engine = ctx.options["schema-engine"] as string | undefined;
    if (engine !== undefined && engine !== "builtin" && engine !== "kubeconform")
      throw new UserError(`--schema-engine must be builtin or kubeconform, got "${engine}"`);
    const failOn = failOnOption(ctx);
    // Only an explicit GITOPS_CACHE_DIR turns the cache on here (CI sets it beside actions/cache).
    const cache = ctx.options["no-cache"] === true ? false : (openCache(process.env) ?? false);
    const report = await lint({
      repo: ctx.repo,
      kubeVersion: ctx.options["k8s-version"] as string | undefined,
      ...(engine ? { schemaEngine: engine } : {}),
      ...(ctx.options["no-strict"] === true ? { strict: false } : {}),
      render: ctx.options["no-render"] === true ? "never" : "auto",
      ...(ctx.positionals.length > 0 ? { files: ctx.positionals } : {}),
      cache,
    });
    if (cache) cache.prune();
    writeReportFiles(ctx, report.findings, "lint", LINT_RULES);
    if (ctx.json) ctx.io.stdout(formatJson(report.findings, { ...report.summary }));
    else {
      const s = report.summary;
      if (s.rendered) ctx.io.stderr(`rendered first: ${s.rendered}\n`);
      ctx.io.stdout(formatText(report.findings));
      ctx.io.stdout(
        `checked ${s.resources} resource(s) in ${s.targets} target(s) (Kubernetes ${s.kubeVersion} + ${s.crdKinds} CRD kinds, ${s.crdKindsUsed.length} used, ${s.schemaEngine}${s.strict ? ", strict" : ""}), ${s.applications} Application(s), ${s.files} YAML file(s)\n`,
      );
    }
    return failsAt(report.findings, failOn) ? ExitCode.Findings : ExitCode.Clean;
  },
};
