// What a run leaves in render/: every file, path -> text, for byte-for-byte comparisons.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function snapshot(repo: string, folder = "render"): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
      else out[`${rel}${e.name}`] = readFileSync(join(dir, e.name), "utf8");
    }
  };
  if (existsSync(join(repo, folder))) walk(join(repo, folder), `${folder}/`);
  return out;
}
