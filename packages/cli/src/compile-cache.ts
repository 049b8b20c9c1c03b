import * as nodeModule from "node:module";
import { join } from "node:path";
import { cacheDir } from "../../cache/src/location.js";

/**
 * Keeps V8's compiled code of our bundle in the persistent cache (`<cache>/node-compile-cache`),
 * so a second run skips compiling the modules it loads: about 50 ms of a warm `validate`. Node
 * checks each entry against the file's content and its own version, so a stale entry is only
 * unused. Off with `--no-cache`, on a Node without the API (before 22.1) and whenever the
 * folder is unusable: it never changes what a command does.
 */
export function useCompileCache(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  if (argv.includes("--no-cache")) return;
  const enable = (nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (!enable) return;
  try {
    const dir = cacheDir(env, true);
    if (dir) enable(join(dir, "node-compile-cache"));
  } catch {
    // A relative GITOPS_CACHE_DIR: the command itself says so, with its exit code.
  }
}
