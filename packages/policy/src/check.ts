import { posix, resolve } from "node:path";
import { loadConfig } from "../../core/src/config.js";
import { UserError } from "../../core/src/errors.js";
import type { Finding } from "../../core/src/finding.js";
import { compilePolicy, type CompiledPolicy } from "./engine/compile.js";
import { ParamIndex } from "./engine/params.js";
import { runCelPolicies, type ResourceGroup } from "./engine/run.js";
import { enforcementDrift, placements, type PolicyPlacement } from "./cluster.js";
import { enforcementEnvs, envsWithoutPolicies } from "./cluster-coverage.js";
import { enforcementFor } from "./enforcement.js";
import { ensureRendered } from "./inputs/fresh.js";
import { loadManifestPaths, loadRenderedTargets } from "./inputs/load.js";
import { SourceLocator } from "./inputs/locate.js";
import { KindCatalog } from "./k8s/catalog.js";
import { collectNamespaces } from "./k8s/namespaces.js";
import { isFolder, loadPolicies, type PolicySet } from "./load/policies.js";
import { runExternalEngines } from "./external.js";
import type { Resource } from "./types.js";
import { applyWaivers, loadWaivers } from "./waivers.js";
import type { IndexEntry } from "../../render/src/index.js";
import { loadModel } from "../../core/src/model/load.js";
import { changeScope, isUnder } from "../../core/src/model/scope.js";
import { scopedInputs, type ScopedInputs } from "./inputs/scoped.js";
import type { RepoModel } from "../../core/src/model/types.js";
import type { CacheStore } from "../../cache/src/index.js";
import { evaluateTargets, perTarget } from "./target-cache.js";

export interface PolicyCheckOptions {
  /** The infra-gitops checkout. */
  repo: string;
  /** The policies folder, relative to the repo (default `policy.dir`, `policies`). */
  policies?: string;
  /** The waivers file (default `policy.exceptions`, or `<policies>/exceptions.yaml` with `policies`). */
  exceptions?: string;
  /** Check these manifest files or folders instead of the rendered targets. */
  manifests?: readonly string[];
  /** Only targets of these envs; with `manifests`, the first is the env enforcement uses. */
  environments?: readonly string[];
  /** Render first when render/ is missing or stale (default true). */
  render?: boolean;
  /** "Today", for waiver expiry (default now). */
  now?: Date;
  /** Environment for finding and running tools (PATH, RUNNER_TOOL_CACHE). */
  env?: NodeJS.ProcessEnv;
  /** The repository model, when the caller built it already (one per run). */
  model?: RepoModel;
  /**
   * Check only the targets these files feed (paths relative to `cwd`, as a pre-commit hook
   * passes the staged files); a change to the policies or the waivers checks every target.
   */
  files?: readonly string[];
  /** What `files` are relative to (default the process's). */
  cwd?: string;
  /** Check only these targets (a shard's); with `render: false` render/ holds them already. */
  targets?: ReadonlySet<string>;
  /** Also say where each policy runs: CI, the cluster (by env), or both. */
  explain?: boolean;
  /**
   * The persistent cache: each rendered target's in-process evaluation is kept there (waivers,
   * kyverno and conftest always run afresh). False or absent: none. The CLI passes GITOPS_CACHE_DIR's.
   */
  cache?: CacheStore | false;
}

/** Counts for `--json`'s summary, the job summary and the action's outputs. */
export interface PolicyCheckStats {
  policies: number;
  resources: number;
  targets: number;
  evaluations: number;
  waived: number;
  /** Whether the kyverno CLI and conftest ran. */
  kyverno: boolean;
  conftest: boolean;
  /** Wall time: reading policies and objects (parsing, rendering first), the in-process evaluation, and all. */
  loadMs: number;
  evaluateMs: number;
  ms: number;
}

export interface PolicyCheckReport {
  findings: Finding[];
  stats: PolicyCheckStats;
  /** With `explain`: where each policy runs. */
  placement?: PolicyPlacement[];
}

/**
 * `gitops policy`: runs the policies under `policies/` on the rendered targets (rendering first
 * when render/ is missing or stale) or on the given manifests. CEL policies (Kubernetes
 * ValidatingAdmissionPolicies, Kyverno ValidatingPolicies and `validate.cel` rules) run here;
 * Kyverno pattern/deny rules through the kyverno CLI and Rego through conftest. Waivers from the
 * exceptions file and the per-env enforcement of `.gitops.yaml` apply to all of them.
 */
export async function runPolicyCheck(options: PolicyCheckOptions): Promise<PolicyCheckReport> {
  const started = performance.now();
  const repo = options.repo;
  if (!isFolder(repo, ".")) throw new UserError(`repository folder ${repo} does not exist`, repo);
  const config = loadConfig(repo).config.policy;
  const dir = options.policies ?? config.dir;
  if (options.policies !== undefined && !isFolder(repo, dir))
    throw new UserError(`the policies folder ${dir} does not exist`, dir);
  const exceptions =
    options.exceptions ??
    (options.policies !== undefined ? posix.join(dir, "exceptions.yaml") : config.exceptions);
  const policies = loadPolicies(repo, dir, exceptions);
  const waivers = loadWaivers(repo, exceptions);
  const findings: Finding[] = [...policies.findings];
  // A required check that had nothing to check must not look like one that passed.
  if (countPolicies(policies) === 0) findings.push(noPolicies(dir));

  const inputs = await loadInputs(options, findings, (f) => isUnder(f, dir) || f === exceptions);
  try {
    return await evaluate(options, inputs, policies, findings, { started, waivers, config, dir, exceptions });
  } finally {
    inputs.dispose?.();
  }
}

async function evaluate(
  options: PolicyCheckOptions,
  inputs: CheckInputs,
  policies: PolicySet,
  findings: Finding[],
  context: {
    started: number;
    waivers: ReturnType<typeof loadWaivers>;
    config: ReturnType<typeof loadConfig>["config"]["policy"];
    dir: string;
    exceptions: string;
  },
): Promise<PolicyCheckReport> {
  const { started, waivers, config, dir } = context;
  const repo = options.repo;
  const loaded = performance.now();
  const all = inputs.groups.flatMap((g) => g.resources);
  const catalog = new KindCatalog();
  catalog.addDefinitions([...all, ...policies.objects]);
  const compiled: CompiledPolicy[] = [];
  for (const bound of policies.cel) {
    const { compiled: c, errors } = compilePolicy(bound);
    findings.push(...errors);
    if (c) compiled.push(c);
  }
  const run = {
    catalog,
    params: new ParamIndex([...all, ...policies.objects], catalog),
    enforcement: enforcementFor(config.enforcement),
  };
  const locator = new SourceLocator(repo, inputs.entries, inputs.model?.graph.bind(inputs.model));
  const cache = options.cache === false ? undefined : options.cache;
  const { results, evaluations } =
    cache && perTarget(inputs)
      ? evaluateTargets({
          repo,
          compiled,
          inputs,
          run,
          locator,
          cache,
          dir,
          exceptions: context.exceptions,
          config,
          all,
          objects: policies.objects,
        })
      : runCelPolicies(compiled, inputs.groups, run);
  const evaluated = performance.now();
  const external = await runExternalEngines(policies, inputs, { repo, dir, config, env: options.env });
  results.push(...external.results);

  for (const r of results)
    if (r.resource && r.finding.file === undefined) locator.locate(r.finding, r.resource);
  for (const d of enforcementDrift(all, config)) {
    locator.locate(d.finding, d.resource);
    findings.push(d.finding);
  }
  const partial =
    options.manifests !== undefined ||
    options.environments !== undefined ||
    options.files !== undefined ||
    options.targets !== undefined;
  // Which envs deploy the policies is only known when every target was rendered.
  if (!partial && inputs.model)
    findings.push(
      ...envsWithoutPolicies(inputs.model, all, {
        dir,
        policies: countPolicies(policies),
        enforcementEnvs: enforcementEnvs(config.enforcement),
      }),
    );
  const waived = applyWaivers(results, waivers, { now: options.now ?? new Date(), reportUnused: !partial });
  findings.push(...waived.findings);
  return {
    findings,
    stats: {
      policies: countPolicies(policies),
      resources: all.length,
      targets: inputs.entries.size,
      evaluations,
      waived: waived.waived,
      kyverno: external.kyverno,
      conftest: external.conftest,
      loadMs: Math.round(loaded - started),
      evaluateMs: Math.round(evaluated - loaded),
      ms: Math.round(performance.now() - started),
    },
    ...(options.explain && inputs.model ? { placement: placements(policies, all, inputs.model) } : {}),
  };
}

/** The objects to check, grouped by env (each env has its own Namespaces). */
export interface CheckInputs {
  groups: ResourceGroup[];
  /** Rendered targets by id (empty with `manifests`). */
  entries: Map<string, IndexEntry>;
  /** The files the external engines read: rendered outputs or manifest files, with their objects. */
  files: { path: string; file: string; target?: string; resources: Resource[]; sha256?: string }[];
  /** The repository model, when the rendered targets were checked. */
  model?: RepoModel;
  /** Removes a private render's folder, once the checks have read it. */
  dispose?: () => void;
}

async function loadInputs(
  options: PolicyCheckOptions,
  findings: Finding[],
  policyFile: (file: string) => boolean,
): Promise<CheckInputs> {
  const repo = options.repo;
  if (options.manifests !== undefined) {
    const resources = loadManifestPaths(repo, options.manifests);
    const env = options.environments?.[0];
    return {
      groups: [
        { ...(env !== undefined ? { env } : {}), resources, namespaces: collectNamespaces(resources) },
      ],
      entries: new Map(),
      files: byFile(repo, resources),
    };
  }
  let model: RepoModel | undefined = options.model;
  let scope = options.targets;
  if (options.files) {
    model ??= await loadModel(repo, options.env ? { env: options.env } : {});
    const cwd = options.cwd !== undefined ? { cwd: options.cwd } : {};
    scope = changeScope(model, options.files, { ...cwd, everything: policyFile }).targets;
  }
  const reported = new Set<string>();
  let scoped: ScopedInputs | undefined;
  if (scope) {
    model ??= await loadModel(repo, options.env ? { env: options.env } : {});
    scoped = await scopedInputs(model, scope, {
      rendered: options.render === false,
      ...(options.env ? { env: options.env } : {}),
    });
    findings.push(...scoped.findings);
    for (const f of scoped.findings) if (f.tool === "render" && f.target) reported.add(f.target);
  } else if (options.render !== false) {
    const status = await ensureRendered(repo, {
      ...(model ? { model } : {}),
      ...(options.env ? { env: options.env } : {}),
      ...(options.environments ? { environments: options.environments } : {}),
    });
    findings.push(...status.findings);
    model = status.model;
    // A target whose render failed just now is reported once, by the render.
    for (const f of status.findings) if (f.tool === "render" && f.target) reported.add(f.target);
  } else {
    model ??= await loadModel(repo, options.env ? { env: options.env } : {});
  }
  const context = scoped?.context ?? new Set<string>();
  const loaded = loadRenderedTargets(
    repo,
    options.environments,
    scope && new Set([...scope, ...context]),
    scoped?.entries,
  );
  findings.push(
    ...loaded.findings.filter((f) => !(f.target && (reported.has(f.target) || context.has(f.target)))),
  );
  const targets = loaded.targets.filter((t) => !context.has(t.entry.id));
  const envs = [...new Set(targets.map((t) => t.entry.env))];
  const groups = envs.map((env) => {
    const resources = targets.filter((t) => t.entry.env === env).flatMap((t) => t.resources);
    const around = loaded.targets.filter((t) => t.entry.env === env && context.has(t.entry.id));
    return {
      env,
      resources,
      namespaces: collectNamespaces([...resources, ...around.flatMap((t) => t.resources)]),
    };
  });
  const dispose = scoped?.dispose;
  return {
    model,
    ...(dispose ? { dispose } : {}),
    groups,
    entries: new Map(targets.map((t) => [t.entry.id, t.entry])),
    files: targets.map((t) => ({
      path: resolve(repo, t.entry.output),
      file: t.entry.output,
      target: t.entry.id,
      resources: t.resources,
      sha256: t.sha256,
    })),
  };
}

function byFile(repo: string, resources: Resource[]): CheckInputs["files"] {
  const files = new Map<string, Resource[]>();
  for (const r of resources) files.set(r.origin.file, [...(files.get(r.origin.file) ?? []), r]);
  return [...files].map(([file, list]) => ({
    path: resolve(repo, file),
    file,
    resources: list,
  }));
}

/** The notice of a run with no policy at all: `policy: no policies (nothing checked)`. */
export function noPolicies(dir: string): Finding {
  return {
    tool: "policy",
    rule: "policy/no-policies",
    severity: "notice",
    message: `no policies (nothing checked): ${dir}/ holds no bound ValidatingAdmissionPolicy, no Kyverno policy and no Rego to run; add some, or let "gitops init" write a starter set`,
    file: dir,
  };
}

function countPolicies(set: PolicySet): number {
  const names = new Set(set.cel.map((b) => `${b.policy.kind}/${b.policy.name}`));
  for (const r of set.kyvernoRules) names.add(`kyverno/${r.policy}`);
  return names.size + (set.rego.length > 0 ? 1 : 0);
}
