import type { Finding, Severity } from "../../core/src/finding.js";
import { lint } from "../../lint/src/index.js";
import { runPolicyCheck } from "../../policy/src/index.js";
import { diffRendered, render, type DiffReport, type RenderReport } from "../../render/src/index.js";
import { scanRepository } from "../../secrets/src/index.js";
import type { CheckName } from "./results.js";
import { validateFails, type CheckOutcome } from "./summary.js";

export interface ValidateOptions {
  repo: string;
  /** Pull-request base: secrets scans only the change, and with `diff` the rendered diff is made. */
  base?: string;
  /** Render the merge-base too and diff it (the pull request comment); needs `base`. */
  diff?: boolean;
  environments?: readonly string[];
  services?: readonly string[];
  /** Only these target ids (a shard of a sharded run). */
  only?: ReadonlySet<string>;
  k8sVersion?: string;
  failOn: Severity;
  /** Which checks to run, in order (default all four). */
  checks?: readonly CheckName[];
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
}

export interface ValidateResult {
  checks: CheckOutcome[];
  render: RenderReport;
  diff?: DiffReport;
  failed: boolean;
  ms: number;
}

/**
 * `gitops validate`: render, then lint, policy and secrets on the result, with
 * one list of outcomes for one summary and one exit code. Each check is timed.
 * Render runs once; lint and policy read its output instead of rendering again.
 */
export async function runValidate(o: ValidateOptions): Promise<ValidateResult> {
  const started = performance.now();
  const wanted = new Set<CheckName>(o.checks ?? ["render", "lint", "policy", "secrets"]);
  const checks: CheckOutcome[] = [];
  const timed = async <T>(
    name: CheckName,
    work: () => Promise<{ findings: Finding[]; value: T }>,
  ): Promise<T> => {
    const t = performance.now();
    const { findings, value } = await work();
    checks.push({ name, findings, ms: performance.now() - t });
    return value;
  };
  const filters = {
    environments: o.environments,
    services: o.services,
    env: o.env,
    concurrency: o.concurrency,
  };
  let diff: DiffReport | undefined;
  const rendered = await timed("render", async () => {
    if (o.diff && o.base !== undefined) {
      diff = await diffRendered({
        repo: o.repo,
        base: o.base,
        ...filters,
        ...(o.only ? { only: o.only } : {}),
      });
      return { findings: diff.findings, value: diff.head };
    }
    const r = await render({ repo: o.repo, ...filters, ...(o.only ? { only: o.only } : {}) });
    return { findings: r.findings, value: r };
  });
  if (!wanted.has("render")) checks.shift();
  if (wanted.has("lint")) {
    await timed("lint", async () => ({
      findings: (
        await lint({
          repo: o.repo,
          model: rendered.layout,
          render: "never",
          env: o.env,
          ...(o.k8sVersion ? { kubeVersion: o.k8sVersion } : {}),
        })
      ).findings.filter((f) => f.tool !== "render"),
      value: undefined,
    }));
  }
  if (wanted.has("policy")) {
    // A target that failed to render is reported once, by the render check.
    const failed = new Set(rendered.targets.filter((t) => t.status === "failed").map((t) => t.id));
    await timed("policy", async () => ({
      findings: (
        await runPolicyCheck({
          repo: o.repo,
          model: rendered.layout,
          render: false,
          env: o.env,
          ...(o.environments?.length ? { environments: o.environments } : {}),
        })
      ).findings.filter((f) => f.rule !== "policy/unrendered-target" || !f.target || !failed.has(f.target)),
      value: undefined,
    }));
  }
  if (wanted.has("secrets")) {
    await timed("secrets", async () => ({
      findings: (await scanRepository(o.repo, o.base ? { base: o.base } : {})).findings,
      value: undefined,
    }));
  }
  const result: ValidateResult = {
    checks,
    render: rendered,
    failed: validateFails(checks, o.failOn),
    ms: performance.now() - started,
  };
  if (diff) result.diff = diff;
  return result;
}
