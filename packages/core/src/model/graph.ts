import { existsSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readDocuments, type DocumentReader } from "./read.js";
import { kustomizationReads } from "./kustomization.js";
import type { InputGraph, RenderSpec, Target } from "./types.js";

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/** A kustomization reference that names something remote (a base over git or HTTP, an OCI chart). */
export const URL_LIKE =
  /^(https?:\/\/|git::|ssh:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/|oci:\/\/)/i;

/**
 * Builds a target's input graph without rendering: kustomization resources,
 * components, patches, generator and replacement files (recursively); a Helm
 * chart's folder and its values files; a plain folder; the Application files
 * that point at it.
 */
export function inputGraph(
  target: Pick<Target, "applications" | "specs">,
  repo: string,
  read: DocumentReader = readDocuments,
): InputGraph {
  const g: InputGraph = {
    files: new Set(),
    dirs: new Set(),
    yamlFiles: new Map(),
    remote: [],
    unresolved: false,
    helmCharts: false,
  };
  for (const app of target.applications) {
    g.files.add(app.file);
    for (const f of app.inputs ?? []) g.files.add(f);
  }
  for (const spec of target.specs) addSpec(g, spec, repo, read);
  return g;
}

function addSpec(g: InputGraph, spec: RenderSpec, repo: string, read: DocumentReader): void {
  if (spec.type === "helm") {
    g.dirs.add(rel(repo, spec.chartDir));
    for (const f of ["Chart.yaml", "values.yaml"]) g.yamlFiles.set(rel(repo, join(spec.chartDir, f)), "helm");
    for (const f of spec.valueFiles) {
      g.files.add(rel(repo, f));
      g.yamlFiles.set(rel(repo, f), "helm");
    }
  } else if (spec.type === "directory") {
    g.dirs.add(rel(repo, spec.dir));
  } else {
    walkKustomization(g, spec.dir, repo, new Set(), read);
  }
}

function walkKustomization(
  g: InputGraph,
  dir: string,
  repo: string,
  seen: Set<string>,
  read: DocumentReader,
): void {
  // By real path: a symlinked folder that loops back is the same kustomization.
  const real = realPath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const file = KUSTOMIZATION_FILES.map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) {
    g.unresolved = true;
    return;
  }
  g.files.add(rel(repo, file));
  g.yamlFiles.set(rel(repo, file), "kustomize");
  let k: unknown;
  try {
    k = read(file, rel(repo, file))[0]?.value;
  } catch {
    // The render reports the broken file; here we only make sure it re-renders.
    g.unresolved = true;
    return;
  }
  const reads = kustomizationReads(k);
  for (const { entry, yaml } of reads.refs) {
    if (URL_LIKE.test(entry)) {
      g.remote.push(entry);
      g.unresolved = true;
      continue;
    }
    const path = resolve(dir, entry);
    if (!existsSync(path)) {
      g.unresolved = true;
      g.files.add(rel(repo, path));
    } else if (statSync(path).isDirectory()) {
      walkKustomization(g, path, repo, seen, read);
    } else {
      g.files.add(rel(repo, path));
      if (yaml) g.yamlFiles.set(rel(repo, path), "kustomize");
    }
  }
  if (reads.charts) {
    g.helmCharts = true;
    g.dirs.add(rel(repo, resolve(dir, reads.charts.home)));
    for (const c of reads.charts.list) {
      if (!c.repo) continue;
      g.remote.push(`${c.repo} (chart ${c.name})`);
      g.unresolved = true;
    }
  }
}

/** The targets whose inputs include a changed path (or that could not be resolved). */
export function affectedTargets(
  targets: readonly Pick<Target, "id">[],
  graphs: ReadonlyMap<string, InputGraph>,
  changed: readonly string[],
): Set<string> {
  const out = new Set<string>();
  for (const t of targets) {
    const g = graphs.get(t.id);
    if (!g || g.unresolved) {
      out.add(t.id);
      continue;
    }
    const dirs = [...g.dirs].map((d) => (d === "" ? "" : d + "/"));
    if (changed.some((c) => g.files.has(c) || dirs.some((d) => d === "" || c.startsWith(d)))) out.add(t.id);
  }
  return out;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function rel(repo: string, path: string): string {
  return relative(resolve(repo), path).split("\\").join("/");
}
