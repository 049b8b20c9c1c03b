import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** What one folder holds, as discovery needs it. */
export interface ScannedDir {
  /** Repo-relative path ("" for the root). */
  path: string;
  /** The kustomization file's name, when there is one. */
  kustomization?: string;
  /** True when the folder holds a `Chart.yaml`. */
  chart: boolean;
  /** For a chart: some template is an Argo CD Application (an app-of-apps chart). */
  chartOfApplications: boolean;
  /** Names of the YAML/JSON files whose top level looks like a Kubernetes object. */
  manifests: string[];
}

/** One walk of the repository: folders, and the files that hold Argo CD objects. */
export interface RepoScan {
  dirs: Map<string, ScannedDir>;
  /** Repo-relative files that hold an Application, an ApplicationSet, an AppProject or a cluster Secret. */
  argoFiles: string[];
}

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const YAML_FILE = /\.(ya?ml|json)$/i;
/** Enough of a file to see its top-level keys; discovery never parses a whole file to classify it. */
const PEEK_BYTES = 64 * 1024;
const MAX_DEPTH = 40;
const MAX_DIRS = 100_000;
const ARGO_KIND = /^\s*["']?kind["']?\s*:\s*["']?(Application|ApplicationSet|AppProject)["']?\s*,?\s*$/m;
const ARGO_API = /argoproj\.io\//;
const CLUSTER_SECRET = /argocd\.argoproj\.io\/secret-type["']?\s*:\s*["']?cluster\b/;

/**
 * Walks the repository once. Skipped: dot folders (`.git`, `.github`), `node_modules`, the output
 * folders (`render/` is never input), and the inside of Helm charts (a chart renders as a whole;
 * its templates are only peeked at for Applications). Symlinked folders are followed only when
 * they resolve inside the repository, and each real folder is visited once, so a loop ends.
 */
export function scanRepo(repo: string, skip: readonly string[]): RepoScan {
  const realRepo = realpathSync(repo);
  const dirs = new Map<string, ScannedDir>();
  const argoFiles: string[] = [];
  const seen = new Set<string>();
  const skipped = new Set(skip.map((s) => s.replace(/\/+$/, "")));

  // `real` is the folder's real path: resolved for the root and for symlinks only, since a plain
  // folder inside a real folder is that folder's real path plus its name (a realpath per folder,
  // an lstat per path segment, was a third of a scan of many small targets).
  const visit = (abs: string, rel: string, real: string, depth: number): void => {
    if (depth > MAX_DEPTH || dirs.size >= MAX_DIRS) return;
    if (seen.has(real) || !inside(realRepo, real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = entries.filter((e) => isFile(abs, e)).map((e) => e.name);
    const dir: ScannedDir = {
      path: rel,
      chart: names.includes("Chart.yaml"),
      chartOfApplications: false,
      manifests: [],
    };
    const k = KUSTOMIZATION_FILES.find((f) => names.includes(f));
    if (k) dir.kustomization = k;
    dirs.set(rel, dir);
    if (dir.chart) {
      dir.chartOfApplications = chartTemplatesHoldApplications(join(abs, "templates"));
      return;
    }
    for (const name of names) {
      if (!YAML_FILE.test(name)) continue;
      const text = peek(join(abs, name));
      if (text === undefined) continue;
      if (name !== k && looksLikeManifest(name, text)) dir.manifests.push(name);
      if ((ARGO_KIND.test(text) && ARGO_API.test(text)) || CLUSTER_SECRET.test(text)) {
        argoFiles.push(rel ? `${rel}/${name}` : name);
      }
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (skipped.has(childRel)) continue;
      if (e.isDirectory()) visit(join(abs, e.name), childRel, join(real, e.name), depth + 1);
      else if (e.isSymbolicLink() && isDir(join(abs, e.name))) {
        const target = realPath(join(abs, e.name));
        if (target !== undefined) visit(join(abs, e.name), childRel, target, depth + 1);
      }
    }
  };
  visit(repo, "", realRepo, 0);
  return { dirs, argoFiles };
}

function isFile(dir: string, e: { name: string; isFile(): boolean; isSymbolicLink(): boolean }): boolean {
  if (e.isFile()) return true;
  if (!e.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, e.name)).isFile();
  } catch {
    return false;
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function inside(realRepo: string, real: string): boolean {
  const r = relative(realRepo, real);
  return r === "" || (!r.startsWith(".." + sep) && r !== "..");
}

/**
 * One buffer for every peek: a fresh zero-filled 64 KiB per file was most of a scan's time on
 * a repository of small files. Only the bytes read are decoded, so what is left over from a
 * longer file never shows.
 */
let peekBuffer: Buffer | undefined;

/** The first bytes of a file as text, or undefined when it cannot be read. */
function peek(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const buf = (peekBuffer ??= Buffer.allocUnsafe(PEEK_BYTES));
    const n = readSync(fd, buf, 0, PEEK_BYTES, 0);
    return buf.subarray(0, n).toString("utf8");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Top-level `apiVersion:` and `kind:`: enough to tell manifests from Helm values files. */
export function looksLikeManifest(name: string, text: string): boolean {
  if (name.toLowerCase().endsWith(".json")) return /"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text);
  return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);
}

function chartTemplatesHoldApplications(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((n) => {
    if (!YAML_FILE.test(n) && !n.endsWith(".tpl")) return false;
    const text = peek(join(dir, n));
    return text !== undefined && ARGO_KIND.test(text) && ARGO_API.test(text);
  });
}
