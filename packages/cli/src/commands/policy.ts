import { openCache } from "../../../cache/src/index.js";
import { ExitCode, failsAt, formatJson, formatText, UserError } from "../../../core/src/index.js";
import { placementText, runPolicyCheck } from "../../../policy/src/index.js";
import { failOnOption } from "../options.js";
import { writeReportFiles } from "../report-files.js";
import type { Command } from "../command.js";

/** `gitops policy`: the policies under policies/ on the rendered targets, or on given manifests. */
export const policyCommand: Command = {
  name: "policy",
  summary:
    "run the policies under policies/ against rendered manifests (--manifests PATH... checks given files)",
  help: `Usage: gitops policy [--policies DIR] [--manifests PATH...] [--env ENV]... [--exceptions FILE]
                     [--fail-on SEVERITY] [--no-render] [--no-cache] [--sarif FILE] [--junit FILE] [--explain] [--json] [--repo DIR]
                     [FILE...]

Runs every policy in the policies folder against the rendered targets (rendering first when
render/ is missing or stale), or against the given manifest files and folders:
  - Kubernetes ValidatingAdmissionPolicies with their bindings, Kyverno ValidatingPolicies and
    ClusterPolicy/Policy validate.cel rules run in-process (CEL, no cluster, no download);
  - Kyverno pattern/anyPattern/deny rules run through the kyverno CLI, Rego through conftest
    (each is needed only when such policies exist).
Each object is evaluated as a CREATE by a fixed CI user, with oldObject null. Namespace labels
come from the Namespaces rendered for the object's env (clusters/<env>), or with --manifests
from the Namespaces among the manifests. Waivers come from policies/exceptions.yaml and
per-env enforcement from policy.enforcement in .gitops.yaml.

With FILE... (the gitops-policy pre-commit hook passes the staged files) only the targets whose
input graph holds one of the files are rendered and checked; a change to the policies, the
waivers or .gitops.yaml checks every target.

Options:
  --policies DIR      the policies folder (default: policy.dir, "policies")
  --manifests PATH... check these files, folders or globs ("render/**/*.yaml", quoted)
                      instead of the rendered targets
  --env ENV           only targets of this env (repeatable); with --manifests, the env whose
                      enforcement applies
  --exceptions FILE   the waivers file (default: policy.exceptions, or DIR/exceptions.yaml)
  --fail-on SEVERITY  exit 1 when a finding is at least this bad: error (default), warning, notice
  --no-render         use render/ as it is, without rendering stale targets
  --sarif FILE        also write the findings as SARIF 2.1.0 (for GitHub code scanning)
  --junit FILE        also write a JUnit XML report
  --explain           say where each policy runs: CI (it is in the policies folder), the cluster
                      (the envs whose Applications deploy a target that renders it), or both
  --no-cache          evaluate every target afresh; by default, with GITOPS_CACHE_DIR set, a
                      target whose rendered bytes, inputs, env and policies are unchanged reuses
                      its in-process results (waivers, kyverno and conftest always run afresh)

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage, config, policy or missing tool.`,
  options: {
    policies: { type: "string" },
    manifests: { type: "string", multiple: true },
    env: { type: "string", multiple: true },
    exceptions: { type: "string" },
    "fail-on": { type: "string" },
    "no-cache": { type: "boolean" },
    "no-render": { type: "boolean" },
    sarif: { type: "string" },
    junit: { type: "string" },
    explain: { type: "boolean" },
  },
  // `--manifests a.yaml b.yaml` like conftest: the paths after the flag arrive as positionals.
  maxPositionals: 10_000,
  async run(ctx) {
    const value = (name: string) => {
      const v = ctx.options[name];
      if (v === "") throw new UserError(`--${name} needs a value`);
      return typeof v === "string" ? v : undefined;
    };
    const manifestFlags = ctx.options.manifests as string[] | undefined;
    const files = ctx.positionals.length > 0 && manifestFlags === undefined ? ctx.positionals : undefined;
    const manifests = manifestFlags ? [...manifestFlags, ...ctx.positionals] : undefined;
    if (manifests?.some((m) => m === "")) throw new UserError("--manifests needs a path");
    const failOn = failOnOption(ctx);
    const policies = value("policies");
    const exceptions = value("exceptions");
    // Only an explicit GITOPS_CACHE_DIR turns the cache on here (CI sets it beside actions/cache).
    const cache = ctx.options["no-cache"] === true ? false : (openCache(process.env) ?? false);
    const report = await runPolicyCheck({
      repo: ctx.repo,
      ...(policies !== undefined ? { policies } : {}),
      ...(exceptions !== undefined ? { exceptions } : {}),
      ...(manifests ? { manifests } : {}),
      ...(files ? { files } : {}),
      ...(ctx.options.env ? { environments: ctx.options.env as string[] } : {}),
      render: ctx.options["no-render"] !== true,
      explain: ctx.options.explain === true,
      cache,
    });
    if (cache) cache.prune();
    const { stats } = report;
    writeReportFiles(ctx, report.findings, "policy");
    if (ctx.json) {
      ctx.io.stdout(
        formatJson(report.findings, {
          ...stats,
          ...(report.placement ? { placement: report.placement } : {}),
        }),
      );
    } else {
      if (report.placement) ctx.io.stdout(placementText(report.placement));
      if (report.findings.length > 0) ctx.io.stdout(formatText(report.findings, { color: ctx.io.isTTY }));
      ctx.io.stderr(
        `checked ${stats.resources} object(s) against ${stats.policies} polic${stats.policies === 1 ? "y" : "ies"}: ` +
          `${stats.evaluations} evaluation(s), ${stats.waived} waived, ${(stats.ms / 1000).toFixed(2)} s\n`,
      );
    }
    return failsAt(report.findings, failOn) ? ExitCode.Findings : ExitCode.Clean;
  },
};
