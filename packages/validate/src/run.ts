import { openCache, type CacheStats, type CacheStore } from "../../cache/src/index.js";
import { withCompiledSchemaCache } from "../../cache/src/validators.js";
import type { Finding, Severity } from "../../core/src/finding.js";
import { lint } from "../../lint/src/index.js";
import { runPolicyCheck } from "../../policy/src/index.js";
import {
  diffRendered,
  render,
  renderModel,
  type DiffReport,
  type RenderReport,
} from "../../render/src/index.js";
import { scanRepository } from "../../secrets/src/index.js";
import { renderCoverage, type Coverage } from "./coverage.js";
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
  /**
   * The persistent cache, or false for none. Default: GITOPS_CACHE_DIR's (from `env`, else the
   * process's), none when unset. Renders, lint's schema pass and policy's evaluation are cached per target.
   */
  cache?: CacheStore | false;
}

export interface ValidateResult {
  checks: CheckOutcome[];
  render: RenderReport;
  diff?: DiffReport;
  failed: boolean;
  ms: number;
  /** What the run did with the cache, when it had one. */
  cache?: CacheStats;
}

/**
 * `gitops validate`: render, then lint, policy and secrets on the result, with
 * one list of outcomes for one summary and one exit code. Each check is timed.
 * Render runs once; lint and policy read its output instead of rendering again.
 */
export async function runValidate(o: ValidateOptions): Promise<ValidateResult> {
  const store = o.cache === false ? undefined : (o.cache ?? openCache(o.env ?? process.env));
  // The config's and lint's compiled validators come from this run's store (or from none).
  return withCompiledSchemaCache(store, () => validateWith(o, store));
}

async function validateWith(o: ValidateOptions, store: CacheStore | undefined): Promise<ValidateResult> {
  const started = performance.now();
  const wanted = new Set<CheckName>(o.checks ?? ["render", "lint", "policy", "secrets"]);
  const checks: CheckOutcome[] = [];
  const timed = async <T>(
    name: CheckName,
    work: () => Promise<{ findings: Finding[]; value: T; coverage: Coverage }>,
  ): Promise<T> => {
    const t = performance.now();
    const { findings, value, coverage } = await work();
    checks.push({ name, findings, ms: performance.now() - t, coverage });
    return value;
  };
  const filters = {
    environments: o.environments,
    services: o.services,
    env: o.env,
    concurrency: o.concurrency,
    cache: store ?? (false as const),
  };
  let diff: DiffReport | undefined;
  let secrets: Promise<CheckOutcome> | undefined;
  const scanSecrets = async (model?: RenderReport["layout"]): Promise<CheckOutcome> => {
    const t = performance.now();
    const report = await scanRepository(o.repo, {
      ...(model ? { model } : {}),
      ...(o.base ? { base: o.base } : {}),
    });
    return {
      name: "secrets",
      findings: report.findings,
      ms: performance.now() - t,
      coverage: { secrets: report.stats },
    };
  };
  const rendered = await timed("render", async () => {
    if (o.diff && o.base !== undefined) {
      diff = await diffRendered({
        repo: o.repo,
        base: o.base,
        ...filters,
        ...(o.only ? { only: o.only } : {}),
      });
      return {
        findings: diff.findings,
        value: diff.head,
        coverage: { render: renderCoverage(diff.head.targets) },
      };
    }
    const model = await renderModel({ repo: o.repo, env: o.env });
    // The secrets scan needs no rendered output: it runs while kustomize and helm do.
    if (wanted.has("secrets")) {
      secrets = afterIo(() => scanSecrets(model));
      // Awaited after lint and policy: a failure (a bad ignore file) is thrown there, not lost.
      secrets.catch(() => undefined);
    }
    const r = await render({ repo: o.repo, model, ...filters, ...(o.only ? { only: o.only } : {}) });
    return { findings: r.findings, value: r, coverage: { render: renderCoverage(r.targets) } };
  });
  if (!wanted.has("render")) checks.shift();
  // A target that failed to render is reported once, by the render check.
  const failed = new Set(rendered.targets.filter((t) => t.status === "failed").map((t) => t.id));
  const echo = (f: Finding, rule: string) =>
    f.rule === rule && f.target !== undefined && failed.has(f.target);
  if (wanted.has("lint")) {
    await timed("lint", async () => {
      // Per target: a target whose rendered bytes and inputs are unchanged takes its findings from the cache.
      const report = await lint({
        repo: o.repo,
        model: rendered.layout,
        render: "never",
        env: o.env,
        cache: store ?? false,
        ...(o.k8sVersion ? { kubeVersion: o.k8sVersion } : {}),
      });
      return {
        findings: report.findings.filter((f) => f.tool !== "render" && !echo(f, "argo/source-render")),
        value: undefined,
        coverage: { lint: report.summary },
      };
    });
  }
  if (wanted.has("policy")) {
    await timed("policy", async () => {
      const report = await runPolicyCheck({
        repo: o.repo,
        model: rendered.layout,
        render: false,
        env: o.env,
        cache: store ?? false,
        ...(o.environments?.length ? { environments: o.environments } : {}),
        // A shard's objects, with the Namespaces of their envs' shared targets as context.
        ...(o.only ? { targets: o.only } : {}),
      });
      return {
        findings: report.findings.filter((f) => !echo(f, "policy/unrendered-target")),
        value: undefined,
        coverage: { policy: report.stats },
      };
    });
  }
  if (wanted.has("secrets")) checks.push(await (secrets ?? scanSecrets(rendered.layout)));
  // Keeps the store under its bound after lint's and policy's writes too.
  store?.prune();
  const result: ValidateResult = {
    checks,
    render: rendered,
    failed: validateFails(checks, o.failOn),
    ms: performance.now() - started,
    // By kind too: how many targets' renders, lint and policy results came from the cache.
    ...(store
      ? {
          cache: {
            ...store.stats,
            kinds: Object.fromEntries([...store.byKind].map(([k, v]) => [k, { ...v }])),
          },
        }
      : {}),
  };
  if (diff) result.diff = diff;
  return result;
}

/**
 * Runs `work` once the event loop has waited on I/O (a tool process, a file): started beside a
 * render, it takes the core the render's tools leave idle instead of delaying their start.
 */
function afterIo<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setImmediate(resolve)).then(work);
}
