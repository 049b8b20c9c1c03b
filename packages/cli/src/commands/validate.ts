import { openCache } from "../../../cache/src/index.js";
import { ExitCode, formatJson } from "../../../core/src/index.js";
import { coverageSummary, runValidate, validateText } from "../../../validate/src/index.js";
import { failOnOption } from "../options.js";
import type { Command } from "../command.js";

/** `gitops validate`: the main job, render + lint + policy + secrets with one summary and one exit code. */
export const validateCommand: Command = {
  name: "validate",
  summary: "render + lint + policy + secrets, one summary and one exit code: the main job",
  help: `Usage: gitops validate [--base REF] [--env ENV]... [--service NAME]... [--k8s-version X.Y] [--fail-on SEV] [--no-cache] [--json] [--repo DIR]

Renders every target, lints the result against the bundled schemas and the Argo CD reference
checks, runs the policies under policies/, and scans for secrets: what CI's required checks run,
on a laptop. Prints a block per check, worst first, and the total time.

Options:
  --base REF          scan for secrets only in what the change since REF adds (each commit)
  --env ENV           only targets of this environment (repeatable)
  --service NAME      only targets of this service (repeatable)
  --k8s-version X.Y   the Kubernetes minor to lint against (default: lint.kubeVersion)
  --fail-on SEV       error (default), warning or notice: the severity that fails the run
  --no-cache          check everything afresh; by default renders unchanged targets come from the
                      cache (GITOPS_CACHE_DIR, default \${XDG_CACHE_HOME:-~/.cache}/gitops-actions),
                      and so are each target's lint and policy results

Exit codes: 0 clean, 1 findings at or above --fail-on (or a failed target), 2 bad usage or config.`,
  options: {
    base: { type: "string" },
    env: { type: "string", multiple: true },
    service: { type: "string", multiple: true },
    "k8s-version": { type: "string" },
    "fail-on": { type: "string" },
    "no-cache": { type: "boolean" },
  },
  async run(ctx) {
    const failOn = failOnOption(ctx);
    const result = await runValidate({
      repo: ctx.repo,
      failOn,
      environments: ctx.options.env as string[] | undefined,
      services: ctx.options.service as string[] | undefined,
      ...(ctx.options.base ? { base: ctx.options.base as string } : {}),
      ...(ctx.options["k8s-version"] ? { k8sVersion: ctx.options["k8s-version"] as string } : {}),
      cache: ctx.options["no-cache"] === true ? false : (openCache(process.env, { fallback: true }) ?? false),
    });
    const seconds = result.ms / 1000;
    if (ctx.json) {
      const checks = Object.fromEntries(
        result.checks.map((c) => [
          c.name,
          {
            findings: c.findings.length,
            seconds: (c.ms ?? 0) / 1000,
            // What it covered: the check's own `--json` summary (render: targets by status, resources).
            ...(c.coverage ? { coverage: coverageSummary(c.coverage) } : {}),
          },
        ]),
      );
      ctx.io.stdout(
        formatJson(
          result.checks.flatMap((c) => c.findings),
          { checks, seconds, failed: result.failed, ...(result.cache ? { cache: result.cache } : {}) },
        ),
      );
    } else {
      ctx.io.stdout(validateText(result.checks, { failOn, seconds }));
      if (result.cache?.writeProblem) ctx.io.stderr(`note: ${result.cache.writeProblem}\n`);
    }
    return result.failed ? ExitCode.Findings : ExitCode.Clean;
  },
};
