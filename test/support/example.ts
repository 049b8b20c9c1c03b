// examples/infra-gitops is the demo's repository too: `npm run demo` leaves render/ in it. Tests
// never read or write it in place; each works on a copy that leaves out what a run wrote there.
import { cpSync } from "node:fs";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const EXAMPLE = fileURLToPath(new URL("../../examples/infra-gitops", import.meta.url));

/** Folders at the top of a repository that a gitops run writes, never part of the sources. */
const WRITTEN = new Set(["render", "changelog"]);

/**
 * Copies the sources of `from` (default the example repo) to `dest`: everything but the folders a
 * gitops run writes, so the copy is the same whatever ran before.
 */
export function copyExample(
  dest: string,
  from = EXAMPLE,
  options: { verbatimSymlinks?: boolean } = {},
): void {
  cpSync(from, dest, {
    recursive: true,
    ...options,
    filter: (src) => !WRITTEN.has(relative(from, src).split(sep)[0] ?? ""),
  });
}
