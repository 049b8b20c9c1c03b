import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minimatch } from "minimatch";
import { CONFIG_FILE, ID_PATTERN } from "../config.js";
import { UserError } from "../errors.js";

/** A folder one of the configured roots matched, with the names its placeholders gave. */
export interface RootMatch {
  id: string;
  dir: string;
  root: string;
  names: { env?: string; service?: string };
}

const PLACEHOLDER = /^\{(env|service)\}$/;
const idPattern = new RegExp(ID_PATTERN);

/**
 * Every folder the `.gitops.yaml` roots match. `{env}` and `{service}` each match one folder and
 * name it; a root without `{env}` gives shared (env-less) folders. The walk is bounded by the
 * pattern's depth, so symlinked folders that loop cannot make it spin; folders that resolve
 * outside the repo are ignored, and so are the output folders.
 */
export function expandRoots(
  repo: string,
  roots: readonly string[],
  outputDirs: readonly string[],
): RootMatch[] {
  const realRepo = realpathSync(repo);
  const out: RootMatch[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    for (const m of expand(realRepo, repo, parseRoot(root), [], {})) {
      if (seen.has(m.id) || outputDirs.some((o) => m.id === o || m.id.startsWith(`${o}/`))) continue;
      seen.add(m.id);
      out.push({ ...m, root });
    }
  }
  return out;
}

/** Splits a root pattern and rejects ones that could leave the repo. */
export function parseRoot(root: string): string[] {
  const segments = root.split("/").filter((s) => s !== "" && s !== ".");
  const bad = (why: string) =>
    new UserError(`${CONFIG_FILE}: targets.roots entry "${root}" ${why}`, CONFIG_FILE);
  if (root.startsWith("/") || /^[a-zA-Z]:/.test(root)) throw bad("must be relative to the repository");
  if (segments.length === 0) throw bad("names no folder");
  if (segments.includes("..")) throw bad('must not contain ".."');
  if (segments.includes("**")) throw bad('must not use "**": each segment matches one folder level');
  for (const s of segments) {
    if (s.includes("{") && !PLACEHOLDER.test(s)) throw bad(`has an unknown placeholder in "${s}"`);
  }
  return segments;
}

function* expand(
  realRepo: string,
  dir: string,
  segments: string[],
  prefix: string[],
  names: RootMatch["names"],
): Generator<Omit<RootMatch, "root">> {
  const [head, ...rest] = segments;
  if (head === undefined) {
    yield { id: prefix.join("/"), dir, names };
    return;
  }
  for (const name of childFolders(realRepo, dir)) {
    const placeholder = PLACEHOLDER.exec(head)?.[1] as "env" | "service" | undefined;
    if (placeholder) {
      if (!idPattern.test(name)) continue;
      yield* expand(realRepo, join(dir, name), rest, [...prefix, name], { ...names, [placeholder]: name });
    } else if (name === head || minimatch(name, head)) {
      yield* expand(realRepo, join(dir, name), rest, [...prefix, name], names);
    }
  }
}

function childFolders(realRepo: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(e.name);
    else if (e.isSymbolicLink() && insideRepo(realRepo, path)) out.push(e.name);
  }
  return out.sort();
}

function insideRepo(realRepo: string, path: string): boolean {
  try {
    const real = realpathSync(path);
    if (!statSync(real).isDirectory()) return false;
    const rel = relative(realRepo, real);
    return rel !== "" && !rel.startsWith(".." + sep) && rel !== "..";
  } catch {
    return false;
  }
}
