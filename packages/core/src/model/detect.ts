import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";
import { readDocuments, type DocumentReader } from "./read.js";
import { isObject } from "./applications.js";
import { URL_LIKE } from "./graph.js";
import { kustomizationReads } from "./kustomization.js";
import { namesFromPath } from "./names.js";
import { looksLikeManifest, type RepoScan, type ScannedDir } from "./scan.js";
import type { TargetKind } from "./types.js";

/** A deployable leaf of the layout, and why it is one. */
export interface Leaf {
  path: string;
  kind: TargetKind;
  why: string;
}

/** What kustomizations and charts use: such folders are parts of something else, not leaves. */
export interface Uses {
  /** Folders used as a resource, base or component, or as a chart home or file:// dependency. */
  dirs: Set<string>;
  /** Files used as a resource, patch or generator input. */
  files: Set<string>;
  /** Kustomizations of `kind: Component`. */
  components: Set<string>;
  /** Charts of `type: library`: they render nothing alone. */
  libraries: Set<string>;
}

/**
 * The deployable leaves, with no config: a kustomization that no other kustomization uses and is
 * not a Component; a Helm chart that no kustomization or chart uses (charts that an Application
 * wraps are taken out by the caller); and a folder of plain manifests under an env folder that no
 * kustomization reads and that is not inside a kustomization's folder.
 */
export function detectLeaves(scan: RepoScan, uses: Uses): Leaf[] {
  const leaves: Leaf[] = [];
  const kustomizeDirs = [...scan.dirs.values()].filter((d) => d.kustomization).map((d) => d.path);
  for (const d of scan.dirs.values()) {
    if (d.path === "") continue;
    if (d.kustomization) {
      if (uses.dirs.has(d.path) || uses.components.has(d.path)) continue;
      leaves.push({
        path: d.path,
        kind: "kustomize",
        why: "a kustomization that no other kustomization uses",
      });
    } else if (d.chart) {
      if (uses.dirs.has(d.path) || uses.libraries.has(d.path)) continue;
      leaves.push({ path: d.path, kind: "helm", why: "a Helm chart that nothing else wraps" });
    } else if (d.manifests.length > 0) {
      const env = namesFromPath(d.path).env;
      if (!env || !plainLeaf(d, uses, kustomizeDirs)) continue;
      leaves.push({
        path: d.path,
        kind: "directory",
        why: `a folder of manifests under env folder "${env}"`,
      });
    }
  }
  return leaves;
}

/** A folder of manifests (under an env folder) that no kustomization reads or holds. */
function plainLeaf(d: ScannedDir, uses: Uses, kustomizeDirs: readonly string[]): boolean {
  if (d.manifests.some((m) => uses.files.has(`${d.path}/${m}`))) return false;
  return !kustomizeDirs.some((k) => k === "" || d.path.startsWith(`${k}/`));
}

/** Reads every kustomization (and chart dependency) once for what it uses. */
export function collectUses(repo: string, scan: RepoScan, read: DocumentReader = readDocuments): Uses {
  const uses: Uses = { dirs: new Set(), files: new Set(), components: new Set(), libraries: new Set() };
  for (const d of scan.dirs.values()) {
    if (d.kustomization) kustomizationUses(repo, d.path, d.kustomization, uses, read);
    if (d.chart) chartUses(repo, d.path, uses, read);
  }
  return uses;
}

function kustomizationUses(repo: string, dir: string, file: string, uses: Uses, read: DocumentReader): void {
  let k: unknown;
  try {
    k = read(join(repo, dir, file), posix.join(dir, file))[0]?.value;
  } catch {
    return; // render reports the broken file on the target
  }
  const reads = kustomizationReads(k);
  if (reads.component) uses.components.add(dir);
  const use = (entry: string) => {
    if (URL_LIKE.test(entry)) return;
    const rel = posix.normalize(posix.join(dir, entry));
    if (rel.startsWith("..")) return;
    const abs = resolve(repo, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) uses.dirs.add(rel === "." ? "" : rel);
    else uses.files.add(rel);
  };
  for (const r of reads.refs) use(r.entry);
  for (const c of reads.charts?.list ?? []) use(posix.join(reads.charts?.home ?? "charts", c.name));
}

/** `file://` dependencies of a chart are parts of it. */
function chartUses(repo: string, dir: string, uses: Uses, read: DocumentReader): void {
  let chart: unknown;
  try {
    chart = read(join(repo, dir, "Chart.yaml"), posix.join(dir, "Chart.yaml"))[0]?.value;
  } catch {
    return;
  }
  if (!isObject(chart)) return;
  if (chart.type === "library") uses.libraries.add(dir);
  for (const dep of list(chart.dependencies)) {
    if (!isObject(dep) || typeof dep.repository !== "string" || !dep.repository.startsWith("file://"))
      continue;
    const rel = posix.normalize(posix.join(dir, dep.repository.slice("file://".length)));
    if (!rel.startsWith("..")) uses.dirs.add(rel);
  }
}

/** What kind of target a folder is, or undefined when it renders nothing (e.g. Helm values only). */
export function detectKind(scanned: ScannedDir | undefined): TargetKind | undefined {
  if (!scanned) return undefined;
  if (scanned.kustomization) return "kustomize";
  if (scanned.chart) return "helm";
  return scanned.manifests.length > 0 ? "directory" : undefined;
}

/** The folder of a repo-relative file ("" at the root). */
export function folderOf(file: string): string {
  const d = dirname(file);
  return d === "." ? "" : d;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** What kind of target a folder on disk is, or undefined when it renders nothing (Helm values only). */
export function kindOfFolder(dir: string): TargetKind | undefined {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return undefined;
  }
  if (names.some((n) => KUSTOMIZATION_FILES.includes(n))) return "kustomize";
  if (names.includes("Chart.yaml")) return "helm";
  for (const n of names.filter((f) => /\.(ya?ml|json)$/i.test(f))) {
    try {
      if (looksLikeManifest(n, readFileSync(join(dir, n), "utf8").slice(0, 64 * 1024))) return "directory";
    } catch {
      // unreadable: not a manifest
    }
  }
  return undefined;
}

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
