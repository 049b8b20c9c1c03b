import { realpathSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { minimatch } from "minimatch";
import { expandApplicationSet, type ClusterInfo, type PullRequestParams } from "../appset/index.js";
import { NO_PULL_REQUEST } from "../appset/generators/pull-request.js";
import { preciseNow } from "../clock.js";
import { CONFIG_FILE, loadConfig } from "../config.js";
import { UserError } from "../errors.js";
import type { Finding } from "../finding.js";
import { git } from "../git.js";
import { chartApplications } from "./app-of-apps.js";
import { cleanPath, followApplications, isLocal } from "./app-targets.js";
import { asApplication, knownClusters, readArgo, sameRepo, type WrittenAppSet } from "./applications.js";
import { collectUses, detectKind, detectLeaves } from "./detect.js";
import { drEnvPrimaries } from "./dr-clusters.js";
import { inputGraph } from "./graph.js";
import { envFromApplication, namesFromPath, orderEnvironments, stripEnv } from "./names.js";
import { expandRoots } from "./roots.js";
import { documentReader } from "./read.js";
import { scanRepo, type RepoScan } from "./scan.js";
import type {
  InputGraph,
  ModelApplication,
  ModelApplicationSet,
  RenderSpec,
  RepoModel,
  SkippedFolder,
  Target,
  TargetKind,
} from "./types.js";

export interface ModelOptions {
  /** Where render writes (default `<repo>/render`): never input. */
  outDir?: string;
  /** Environment for finding helm (app-of-apps charts). */
  env?: NodeJS.ProcessEnv;
  /** One pull request's parameters, for pullRequest generators. */
  pullRequest?: PullRequestParams;
}

/**
 * The repository model every command takes its targets from. With no `targets.roots` in
 * `.gitops.yaml`, discovery needs no config:
 * 1. every Argo CD Application and ApplicationSet anywhere in the repo is read (ApplicationSets
 *    expanded offline, app-of-apps charts rendered and followed);
 * 2. the deployable leaves of the layout become folder targets;
 * 3. an Application that renders something no folder target covers becomes a target of its own;
 * 4. env and service come from the path, then the Applications' names and labels, then their
 *    destination.
 * With roots configured, the roots decide the folder targets and their names; Applications are
 * still followed.
 */
export async function loadModel(repoDir: string, options: ModelOptions = {}): Promise<RepoModel> {
  // The cache stores nothing read from a file changed since.
  const loadedAt = preciseNow();
  const repo = checkRepo(repoDir);
  const { config, file: configFile } = loadConfig(repo);
  const outputDirs = outputFolders(repo, options.outDir);
  const findings: Finding[] = [];
  // Discovery and the input graphs read the same kustomizations: each is parsed once per model.
  const read = documentReader();
  const scan = scanRepo(repo, outputDirs);
  const repoURLs = [...config.render.repoURLs, ...(await remoteUrls(repo))];
  const written = readArgo(repo, scan.argoFiles, read);
  findings.push(...written.findings);

  const applications: ModelApplication[] = [...written.applications];
  const clusters = knownClusters(config, written.clusterSecrets);
  const applicationSets: ModelApplicationSet[] = [];
  for (const set of written.applicationSets) {
    const expanded = expandSet(repo, set, clusters, repoURLs, outputDirs, options.pullRequest, findings);
    applications.push(...expanded.apps);
    applicationSets.push({
      name: set.name,
      file: set.file,
      line: set.line,
      generated: expanded.apps.length,
      incomplete: expanded.incomplete,
    });
  }
  for (const dir of scan.dirs.values()) {
    if (!dir.chartOfApplications) continue;
    const charted = await chartApplications(repo, dir.path, options.env ?? process.env);
    applications.push(...charted.applications);
    findings.push(...charted.findings);
  }
  applications.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.name.localeCompare(b.name),
  );

  const known = new Set(config.environments);
  const excluded = (id: string) => config.targets.exclude.some((g) => minimatch(id, g, { dot: true }));
  const skipped: SkippedFolder[] = [];
  const folders = new Map<string, Target>();
  const kindOf = (path: string): TargetKind | undefined => detectKind(scan.dirs.get(path));
  if (config.targets.roots.length > 0) {
    for (const m of expandRoots(repo, config.targets.roots, outputDirs)) {
      if (excluded(m.id)) continue;
      const kind = kindOf(m.id);
      if (!kind) {
        skipped.push({ id: m.id, reason: "holds no kustomization, chart or Kubernetes manifests" });
        continue;
      }
      const t = folderTarget(repo, m.id, kind, "root");
      t.root = m.root;
      t.env = m.names.env ?? "";
      t.reasons.push(`matches ${m.root} in ${CONFIG_FILE}`);
      if (m.names.service) t.service = m.names.service;
      folders.set(t.id, t);
    }
  } else {
    const wrapped = chartsWrappedByApplications(repo, applications, repoURLs);
    for (const leaf of detectLeaves(scan, collectUses(repo, scan, read))) {
      if (excluded(leaf.path) || (leaf.kind === "helm" && wrapped.has(leaf.path))) continue;
      const t = folderTarget(repo, leaf.path, leaf.kind, "layout");
      t.reasons.push(`${leaf.path}: ${leaf.why}`);
      const names = namesFromPath(leaf.path, known);
      if (names.env) t.env = names.env;
      if (names.service) t.service = names.service;
      t.reasons.push(...names.why);
      folders.set(t.id, t);
    }
  }

  const followed = followApplications(repo, applications, folders, repoURLs, kindOf, known);
  findings.push(...followed.findings);
  if (config.targets.roots.length === 0)
    for (const t of folders.values()) if (t.origin !== "root") namesFromApplications(t, applications);
  const targets = [...folders.values(), ...followed.targets.filter((t) => !excluded(t.id))].sort((a, b) =>
    a.id.localeCompare(b.id),
  );

  const configured = config.environments.length > 0;
  const environments = configured ? config.environments : orderEnvironments(targets.map((t) => t.env));

  const graphs = new Map<string, InputGraph>();
  const byId = new Map(targets.map((t) => [t.id, t]));
  const model: RepoModel = {
    repo,
    config,
    environments,
    environmentsConfigured: configured,
    targets,
    applications,
    applicationSets,
    skipped,
    findings,
    repoURLs,
    argoFiles: scan.argoFiles,
    outputDirs,
    loadedAt,
    graph(id) {
      let g = graphs.get(id);
      if (!g) {
        const t = byId.get(id);
        g = t ? inputGraph(t, repo, read) : inputGraph({ applications: [], specs: [] }, repo, read);
        graphs.set(id, g);
      }
      return g;
    },
    read,
  };
  if (configFile) model.configFile = configFile;
  // A DR env left out of the chain follows its primary (promotion takes it along): not unknown.
  if (configured) findings.push(...unknownEnvs(targets, environments, () => drFollowers(model)));
  return model;
}

/** The DR envs a configured chain leaves out that stand in for an env it holds. */
function drFollowers(model: RepoModel): Set<string> {
  const envs = model.environments;
  return new Set(
    [...drEnvPrimaries(model)]
      .filter(([dr, primaries]) => !envs.includes(dr) && primaries.some((p) => envs.includes(p)))
      .map(([dr]) => dr),
  );
}

function checkRepo(repoDir: string): string {
  const repo = resolve(repoDir);
  let st;
  try {
    st = statSync(repo);
  } catch {
    throw new UserError(`repository folder ${repoDir} does not exist`, repoDir);
  }
  if (!st.isDirectory()) throw new UserError(`repository path ${repoDir} is not a folder`, repoDir);
  return repo;
}

/** `render/` and the chosen output folder, relative to the repo, when inside it. */
function outputFolders(repo: string, outDir: string | undefined): string[] {
  const out = ["render"];
  if (outDir) {
    const rel = relative(realpathSync(repo), resolve(outDir)).split("\\").join("/");
    if (rel && !rel.startsWith("..") && !out.includes(rel)) out.push(rel);
  }
  return out;
}

function folderTarget(repo: string, id: string, kind: TargetKind, origin: Target["origin"]): Target {
  const dir = resolve(repo, id);
  return {
    id,
    env: "",
    kind,
    source: id,
    dir,
    specs: [specFor(kind, dir, id.split("/").at(-1) ?? id)],
    applications: [],
    origin,
    reasons: [],
  };
}

/** How a folder target renders, by kind. */
function specFor(kind: TargetKind, dir: string, releaseName: string): RenderSpec {
  if (kind === "kustomize") return { type: "kustomize", dir };
  if (kind === "helm") return { type: "helm", chartDir: dir, releaseName, valueFiles: [] };
  return { type: "directory", dir, recurse: false };
}

/** Charts an Application renders with its own values: the Application is the target, not the chart. */
function chartsWrappedByApplications(
  repo: string,
  apps: readonly ModelApplication[],
  repoURLs: readonly string[],
): Set<string> {
  const out = new Set<string>();
  for (const app of apps) {
    for (const s of app.sources) {
      if (s.path !== undefined && !s.chart && isLocal(s, repo, repoURLs)) out.add(cleanPath(s.path));
    }
  }
  return out;
}

/** A folder target whose path names no env or service takes them from the Applications that deploy it. */
function namesFromApplications(t: Target, apps: readonly ModelApplication[]): void {
  const deploying = apps.filter((a) => t.applications.some((r) => r.name === a.name && r.file === a.file));
  for (const app of deploying) {
    if (!t.env) {
      const named = app.env
        ? { env: app.env, why: `env "${app.env}": Application ${app.name} that deploys it` }
        : envFromApplication(app);
      if (named) {
        t.env = named.env;
        t.reasons.push(named.why);
      }
    }
    if (!t.service && t.env && !platformFolder(t.source)) {
      const service = stripEnv(app.name, t.env);
      if (service !== app.name) {
        t.service = service;
        t.reasons.push(`service "${service}": the name of Application ${app.name} without its env`);
      }
    }
  }
}

/** Top folders of platform config: what they deploy belongs to the platform, not to a service. */
const PLATFORM_FOLDERS = new Set([
  "clusters",
  "cluster",
  "environments",
  "infrastructure",
  "infra",
  "platform",
  "argo-apps",
  "argocd",
  "bootstrap",
  "system",
  "policies",
]);

function platformFolder(path: string): boolean {
  return PLATFORM_FOLDERS.has(path.split("/")[0] ?? "");
}

function expandSet(
  repo: string,
  set: WrittenAppSet,
  clusters: ClusterInfo[],
  repoURLs: readonly string[],
  outputDirs: readonly string[],
  pullRequest: PullRequestParams | undefined,
  findings: Finding[],
): { apps: ModelApplication[]; incomplete: boolean } {
  const result = expandApplicationSet(set.value, {
    repo,
    isLocalRepo: (url) => repoURLs.length === 0 || sameRepo(url, repoURLs),
    clusters,
    ...(pullRequest ? { pullRequest } : {}),
    excluded: outputDirs,
  });
  const at = { file: set.file, line: set.line };
  // Messages name their ApplicationSet; one that does not gets its name in front.
  const named = (m: string) =>
    m.startsWith(`ApplicationSet ${set.name}`) ? m : `ApplicationSet ${set.name}: ${m}`;
  for (const message of result.notes) {
    // Previews: with no pull request given, generating nothing is the expected case, not news.
    // The set still counts as needing the SCM (`incomplete`), so lint reads its template.
    if (message.endsWith(NO_PULL_REQUEST)) continue;
    findings.push({
      tool: "render",
      rule: "applicationset-live",
      severity: "notice",
      message: named(message),
      ...at,
    });
  }
  for (const message of result.errors)
    findings.push({
      tool: "render",
      rule: "applicationset",
      severity: "error",
      message: named(message),
      ...at,
    });
  const apps: ModelApplication[] = [];
  for (const g of result.applications) {
    const app = asApplication(g.manifest, set.file, set.line, set.name);
    if (!app) continue;
    app.inputs = [...result.inputs.files];
    apps.push(app);
  }
  return { apps, incomplete: result.notes.length > 0 || result.errors.length > 0 };
}

/**
 * One warning per env that is not among the configured environments, naming its targets; not for
 * the envs `followers` gives (asked only when some env is unknown: it reads the cluster Secrets).
 */
function unknownEnvs(
  targets: readonly Target[],
  environments: readonly string[],
  followers: () => ReadonlySet<string>,
): Finding[] {
  const byEnv = new Map<string, string[]>();
  for (const t of targets) {
    if (!t.env || environments.includes(t.env)) continue;
    const ids = byEnv.get(t.env) ?? [];
    ids.push(t.id);
    byEnv.set(t.env, ids);
  }
  if (byEnv.size > 0) for (const env of followers()) byEnv.delete(env);
  return [...byEnv].map(([env, ids]) => ({
    tool: "layout",
    rule: "unknown-env",
    severity: "warning" as const,
    message: `env "${env}" (${ids.length} target(s): ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ", …" : ""}) is not one of the environments (${environments.join(", ")}); add it to "environments" in ${CONFIG_FILE}`,
    file: ids[0] ?? CONFIG_FILE,
    target: ids[0] ?? "",
  }));
}

/**
 * URLs of the checkout's remotes, for matching Application repoURLs. A remote on the local disk
 * (a mirror, a bare repo) is no name Argo CD could use, so it is left out.
 */
async function remoteUrls(repo: string): Promise<string[]> {
  const r = await git(repo, ["config", "--get-regexp", "^remote\\..*\\.url$"]);
  if (r.code !== 0) return [];
  return r.stdout
    .split("\n")
    .map((l) => l.split(" ").slice(1).join(" ").trim())
    .filter((u) => u && !/^(\/|\.|~|file:)/i.test(u));
}

export type { RepoScan };
