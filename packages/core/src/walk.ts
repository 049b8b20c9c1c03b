import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Every regular file under `dir` whose name `accept` takes, depth first in
 * name order so results are deterministic. Dot entries are skipped (with `dot`,
 * only `.git`), symbolic links are not followed (they may leave the repository
 * or loop), and an unreadable folder is passed over.
 */
export function* walkFiles(
  dir: string,
  accept: (name: string) => boolean = () => true,
  options: { dot?: boolean } = {},
): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (options.dot ? e.name === ".git" : e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walkFiles(path, accept, options);
    else if (e.isFile() && accept(e.name)) yield path;
  }
}
