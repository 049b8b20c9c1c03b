import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { UserError } from "../../core/src/errors.js";

/**
 * Finds an executable by name: first on PATH, then in the setup-tools cache
 * (`$RUNNER_TOOL_CACHE/gitops-<name>/<version>/<arch>/`, newest version first).
 * Returns its absolute path, or undefined.
 */
export function findTool(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const onPath = findOnPath(name, env);
  if (onPath) return onPath;
  for (const cache of toolCacheRoots(env)) {
    const found = findInCache(join(cache, `gitops-${name}`), name);
    if (found) return found;
  }
  return undefined;
}

/** The first executable called `name` on PATH, or undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Where a tool version is installed: `<cache root>/gitops-<name>/<version>/<arch>/`.
 * `findTool` looks for `<binary>` in exactly these folders.
 */
export function toolCacheDir(root: string, name: string, version: string, arch: string): string {
  return join(root, `gitops-${name}`, version, arch);
}

/** Where setup-tools and `gitops tools install` keep tools. */
export function toolCacheRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots: string[] = [];
  if (env.RUNNER_TOOL_CACHE) roots.push(env.RUNNER_TOOL_CACHE);
  const home = env.XDG_CACHE_HOME ?? (env.HOME ? join(env.HOME, ".cache") : undefined);
  if (home) roots.push(join(home, "gitops-actions", "tools"));
  return roots;
}

/**
 * The error for tools that are needed and not installed: exit 2, naming each
 * tool and how to get it.
 */
export function missingToolsError(names: readonly string[], purpose: string): UserError {
  const list = names.join(", ");
  return new UserError(
    `${list} ${names.length === 1 ? "is" : "are"} needed to ${purpose} but not installed (looked on PATH and in the tool cache). ` +
      `In a workflow add the step "uses: <owner>/gitops-actions/actions/setup-tools@v1" with tools: ${names.join(" ")}; ` +
      `on a laptop run "gitops tools install ${names.join(" ")}" or install ${names.length === 1 ? "it" : "them"} with your package manager.`,
  );
}

function findInCache(toolDir: string, name: string): string | undefined {
  let versions: string[];
  try {
    versions = readdirSync(toolDir).sort(compareVersionsDesc);
  } catch {
    return undefined;
  }
  for (const version of versions) {
    let arches: string[];
    try {
      arches = readdirSync(join(toolDir, version));
    } catch {
      continue;
    }
    for (const arch of arches) {
      const candidate = join(toolDir, version, arch, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function compareVersionsDesc(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pb[i] ?? 0) - (pa[i] ?? 0);
    if (d !== 0) return d;
  }
  return b.localeCompare(a);
}
