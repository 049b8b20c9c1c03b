import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { UserError } from "../../core/src/errors.js";
import { CacheStore } from "./store.js";

/** The size bound when GITOPS_CACHE_MAX_MB is unset. */
export const DEFAULT_MAX_MB = 512;

/**
 * The persistent cache a command uses: `GITOPS_CACHE_DIR`, else (with `fallback`, as the CLI
 * does) `${XDG_CACHE_HOME:-~/.cache}/gitops-actions`; undefined when there is none. Packages
 * called without a cache pass no fallback: only an explicit GITOPS_CACHE_DIR (CI sets it next
 * to actions/cache) turns it on there.
 */
export function openCache(env: NodeJS.ProcessEnv, opts: { fallback?: boolean } = {}): CacheStore | undefined {
  const dir = cacheDir(env, opts.fallback ?? false);
  if (dir === undefined) return undefined;
  return new CacheStore({ dir, maxBytes: maxBytes(env) });
}

/** The folder {@link openCache} would use, or undefined. Throws a `UserError` for a relative GITOPS_CACHE_DIR. */
export function cacheDir(env: NodeJS.ProcessEnv, fallback: boolean): string | undefined {
  const explicit = env.GITOPS_CACHE_DIR;
  if (explicit !== undefined && explicit !== "") {
    if (!isAbsolute(explicit))
      throw new UserError(`GITOPS_CACHE_DIR must be an absolute path, got "${explicit}"`);
    return explicit;
  }
  if (!fallback) return undefined;
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME ?? homedir(), ".cache");
  return join(base, "gitops-actions");
}

function maxBytes(env: NodeJS.ProcessEnv): number {
  const raw = env.GITOPS_CACHE_MAX_MB;
  if (raw === undefined || raw === "") return DEFAULT_MAX_MB * 1024 * 1024;
  if (!/^[1-9]\d{0,6}$/.test(raw))
    throw new UserError(`GITOPS_CACHE_MAX_MB must be a whole number of megabytes (1 or more), got "${raw}"`);
  return Number(raw) * 1024 * 1024;
}
