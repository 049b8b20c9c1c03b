/** Which YAML files `gitops fmt` formats: the files people write, never output or Helm templates. */
import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UserError } from "../../../core/src/errors.js";

/** Folders at the top of the repository that gitops writes (the model's output folders). */
const OUTPUT_DIRS: readonly string[] = ["render"];

/** Deeper than this, a folder is not something people format by hand (and may be a loop). */
const MAX_DEPTH = 32;

const YAML_NAME = /\.ya?ml$/i;

/** A file to format: its absolute path and the name findings and listings use. */
export interface FmtFile {
  path: string;
  /** Relative to the repository with `/` separators; the absolute path when outside it. */
  file: string;
}

/**
 * The YAML files to format. With no `paths`, every `*.yaml`/`*.yml` under `repo`, skipping dot
 * folders, `node_modules/`, `render/` and the `templates/` and `charts/` of Helm charts (a folder
 * holding `Chart.yaml`). With `paths` (files or folders, relative to `cwd`), only those, by the
 * same rules: a chart template, a file under `render/` or in a dot folder, a symbolic link or a
 * file that is not YAML is passed over silently. A path that does not exist is a `UserError`.
 */
export function selectFiles(repoDir: string, paths: readonly string[] = [], cwd = process.cwd()): FmtFile[] {
  const repo = resolve(cwd, repoDir);
  // Worded as the repository model words it, which every other command asks first.
  if (!existsSync(repo)) throw new UserError(`repository folder ${repoDir} does not exist`, repoDir);
  if (!statSync(repo).isDirectory())
    throw new UserError(`repository path ${repoDir} is not a folder`, repoDir);
  const given = paths.map((p) => ({ shown: p, path: resolve(cwd, p) }));
  const missing = given.filter((g) => !exists(g.path)).map((g) => g.shown);
  if (missing.length > 0) {
    throw new UserError(`${missing.join(", ")}: no such file or folder`, missing[0]);
  }
  const out: FmtFile[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, file: shown(repo, path) });
  };
  if (given.length === 0) {
    for (const path of walk(repo, repo, false, 0)) add(path);
    return out;
  }
  for (const { path } of given) {
    const st = lstatSync(path);
    if (excluded(repo, path)) continue;
    if (st.isDirectory()) {
      for (const f of walk(repo, path, inChart(path), 0)) add(f);
    } else if (st.isFile() && YAML_NAME.test(path)) {
      add(path);
    }
  }
  return out;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The YAML files under `dir`, in name order. */
function walk(repo: string, dir: string, chart: boolean, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const isChart = chart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (isChart && (e.name === "templates" || e.name === "charts")) continue;
      if (dir === repo && OUTPUT_DIRS.includes(e.name)) continue;
      out.push(...walk(repo, path, isChart, depth + 1));
    } else if (e.isFile() && YAML_NAME.test(e.name)) {
      out.push(path);
    }
  }
  return out;
}

/**
 * True for a path given explicitly that fmt still leaves alone: under `render/`, in a dot folder
 * or `node_modules/` of the repository, a chart's `templates/` or `charts/`, or a symbolic link.
 */
function excluded(repo: string, path: string): boolean {
  if (lstatSync(path).isSymbolicLink()) return true;
  const rel = relative(repo, path);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) {
    const parts = rel.split(sep);
    if (OUTPUT_DIRS.includes(parts[0] ?? "")) return true;
    if (parts.some((p) => p.startsWith(".") || p === "node_modules")) return true;
  }
  return underChartTemplates(path);
}

/** True when `path` is inside the `templates/` or `charts/` of a Helm chart. */
function underChartTemplates(path: string): boolean {
  let child = path;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = dirname(child);
    if (parent === child) return false;
    const name = basename(child);
    if ((name === "templates" || name === "charts") && existsSync(join(parent, "Chart.yaml"))) return true;
    child = parent;
  }
  return false;
}

/** True when the folder `dir` is inside a Helm chart (it or a parent holds `Chart.yaml`). */
function inChart(dir: string): boolean {
  let current = dir;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (existsSync(join(current, "Chart.yaml"))) return true;
    const parent = dirname(current);
    if (parent === current) return false;
    current = parent;
  }
  return false;
}

function shown(repo: string, path: string): string {
  const rel = relative(repo, path);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return path;
  return rel.split(sep).join("/");
}
