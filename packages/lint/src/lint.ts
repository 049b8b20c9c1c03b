import { FileLines, modelHasher, type CacheStore } from "../../cache/src/index.js";
import type { Finding } from "../../core/src/finding.js";
import { loadModel } from "../../core/src/model/load.js";
import type { RepoModel } from "../../core/src/model/types.js";
import type { InputGraph } from "../../render/src/graph.js";
import { noTargets } from "../../core/src/model/report.js";
import { checkArgo } from "./argo/checks.js";
import { drParityFindings } from "./dr-parity.js";
import { freshRenderFindings, renderedSyncWaves, dedupe } from "./extras.js";
import { renderedIndex } from "./prepare.js";
import { changeScope, inScope } from "../../core/src/model/scope.js";
import { checkHygieneOf } from "./changed.js";
import { checkHygiene, manifestFolders } from "./hygiene.js";
import { runKubeconform } from "./kubeconform.js";
import { SourceLocator } from "./locate.js";
import { SourceFiles } from "./sources.js";
import { readRendered, type RenderedResource } from "./rendered.js";
import { resolveKubeVersion } from "./schema/bundle.js";
import { SchemaCatalog } from "./schema/catalog.js";
import { withCompiledSchemaCache } from "../../cache/src/validators.js";
import { crdVersions } from "./schema/crd.js";
import { schemaPass } from "./target-cache.js";

export interface LintOptions {
  /** The infra-gitops checkout. */
  repo: string;
  /** Kubernetes minor (`--k8s-version`); default lint.kubeVersion, render.kubeVersion, the newest bundled. */
  kubeVersion?: string;
  /** Overrides lint.schemaEngine. */
  schemaEngine?: "builtin" | "kubeconform";
  /** Overrides lint.strict. */
  strict?: boolean;
  /** `auto` renders when render/ is missing or stale (default); `never` lints what is there. */
  render?: "auto" | "never";
  /** Environment for locating tools (PATH, RUNNER_TOOL_CACHE). */
  env?: NodeJS.ProcessEnv;
  /** The repository model, when the caller built it already (one per run). */
  model?: RepoModel;
  /**
   * Check only what these files feed (paths relative to `cwd`, as a pre-commit hook passes the
   * staged files): the targets whose input graph holds one, and the YAML hygiene of the files.
   */
  files?: readonly string[];
  /** What `files` are relative to (default the process's). */
  cwd?: string;
  /**
   * The persistent cache (per-target schema findings and compiled validators), or false / absent
   * for none. The CLI passes GITOPS_CACHE_DIR's; validate passes its own.
   */
  cache?: CacheStore | false;
}

/** The `summary` of `gitops lint --json`, besides the counts. */
export interface LintSummary {
  kubeVersion: string;
  schemaEngine: "builtin" | "kubeconform";
  strict: boolean;
  targets: number;
  resources: number;
  applications: number;
  /** YAML files the hygiene check read. */
  files: number;
  /** Custom resource kinds (`group/Kind`) the schema set knows: the bundled CRDs and the repo's own. */
  crdKinds: number;
  /** The custom resource kinds among the rendered resources that a schema knows, sorted. */
  crdKindsUsed: string[];
  /** Why lint rendered first, when it did. */
  rendered?: string;
}

export interface LintReport {
  findings: Finding[];
  summary: LintSummary;
}

/**
 * `gitops lint`: renders when render/ is missing or stale, then validates every rendered
 * resource against its schema (bundled Kubernetes and CRD schemas plus the repo's own CRDs, or
 * kubeconform), checks the Argo CD objects under argo-apps/ against the repository, and checks
 * the YAML hygiene of the manifest folders. Every finding names a source file and, when it can,
 * a line.
 */
export async function lint(options: LintOptions): Promise<LintReport> {
  const cache = options.cache === false ? undefined : options.cache;
  if (!cache) return lintWith(options, undefined);
  // The catalog finds compiled validators through the module's cache setting: this run's store.
  return withCompiledSchemaCache(cache, () => lintWith(options, cache));
}

async function lintWith(options: LintOptions, cache: CacheStore | undefined): Promise<LintReport> {
  const layout = options.model ?? (await loadModel(options.repo, options.env ? { env: options.env } : {}));
  const repo = layout.repo;
  const config = layout.config.lint;
  const kubeVersion = resolveKubeVersion(
    options.kubeVersion ?? config.kubeVersion,
    layout.config.render.kubeVersion,
  );
  const strict = options.strict ?? config.strict;
  const engine = options.schemaEngine ?? config.schemaEngine;
  const repoURLs = layout.repoURLs;
  if (layout.targets.length === 0) throw noTargets(layout);
  const scope = options.files
    ? changeScope(layout, options.files, options.cwd !== undefined ? { cwd: options.cwd } : {})
    : undefined;
  const graphs = new Map<string, InputGraph>(layout.targets.map((t) => [t.id, layout.graph(t.id)]));

  const findings: Finding[] = [];
  const { index, reason, rendered, dispose } = await renderedIndex(layout, graphs, scope, options);
  try {
    if (rendered) {
      // lint's Argo CD checks report bad Application sources with a line; render's note would repeat them.
      findings.push(...rendered.filter((f) => f.rule !== "application-source"));
    } else {
      findings.push(
        ...layout.findings.filter((f) => f.rule !== "application-source"),
        ...freshRenderFindings(index),
      );
    }

    const checked = scope ? index.targets.filter((t) => scope.targets.has(t.id)) : index.targets;
    const { resources, findings: unreadable, digests } = readRendered(repo, checked);
    findings.push(...unreadable);
    const catalog = new SchemaCatalog(kubeVersion, { strict });
    const crds = resources.flatMap((r) => crdVersions(r.value, r.target.id));
    catalog.addRepoCrds(crds);
    // One read and parse per source file, shared by the locator and the hygiene check.
    const sources = new SourceFiles(repo);
    const locator = new SourceLocator(repo, graphs, sources);
    const locate = locator.locate.bind(locator);

    if (engine === "kubeconform") {
      const outputs = checked.filter((t) => t.status === "ok").map((t) => t.output);
      const result = await runKubeconform({
        repo,
        files: outputs,
        resources,
        config: { ...config, strict },
        kubeVersion,
        locate,
        ...(options.env ? { env: options.env } : {}),
      });
      findings.push(...result.findings);
      findings.push(...renderedSyncWaves(resources, locate));
    } else {
      // Per target, and from the cache for a target whose inputs are unchanged.
      const pass = schemaPass({
        repo,
        resources,
        digests,
        targets: checked,
        catalog,
        config,
        strict,
        crds,
        locate,
        graphs,
        outputDirs: layout.outputDirs,
        ...(cache ? { cache, hasher: modelHasher(layout) } : {}),
      });
      for (const f of pass.schema) findings.push(f);
      for (const f of pass.waves) findings.push(f);
    }

    const byTarget = new Map<string, RenderedResource[]>();
    for (const r of resources) {
      const list = byTarget.get(r.target.id);
      if (list) list.push(r);
      else byTarget.set(r.target.id, [r]);
    }
    // Where findings sit in Argo CD files that did not change: from the cache, without a careful parse.
    const lines = cache ? FileLines.open(cache, modelHasher(layout), layout.argoFiles) : undefined;
    const argo = checkArgo({
      repo,
      environments: layout.environments,
      repoURLs,
      index,
      byTarget,
      namespaced: (apiVersion, kind) => catalog.namespaced(apiVersion, kind),
      inputs: new Map([...graphs].map(([id, g]) => [id, g.files])),
      argoFiles: layout.argoFiles,
      read: layout.read,
      ...(lines ? { knownLines: (file: string) => lines.of(file) } : {}),
      generated: layout.applications.filter((a) => a.applicationSet !== null),
      liveSets: new Set(layout.applicationSets.filter((s) => s.incomplete).map((s) => `${s.file}#${s.name}`)),
    });
    lines?.save();
    findings.push(...argo.findings);
    findings.push(...(await drParityFindings(layout)));
    const folders = manifestFolders(
      repo,
      [...layout.targets.map((t) => `${t.source}/`), ...layout.applications.map((a) => a.file)],
      layout.outputDirs,
    );
    const hygiene = scope
      ? checkHygieneOf(repo, scope, folders, sources)
      : checkHygiene(repo, folders, sources);
    findings.push(...hygiene.findings);

    const summary: LintSummary = {
      kubeVersion,
      schemaEngine: engine,
      strict,
      targets: checked.length,
      resources: resources.length,
      applications: argo.applications,
      files: hygiene.files,
      crdKinds: catalog.crdKinds().size,
      crdKindsUsed: [
        ...new Set(resources.flatMap((r) => catalog.crdKind(r.apiVersion, r.kind) ?? [])),
      ].sort(),
    };
    if (reason) summary.rendered = reason;
    const kept = scope ? findings.filter((f) => inScope(scope, f)) : findings;
    return { findings: dedupe(kept), summary };
  } finally {
    dispose();
  }
}
