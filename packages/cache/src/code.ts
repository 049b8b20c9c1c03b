import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let identity: string | undefined;

/**
 * The identity of the code that produced an entry: a cached result must never outlive the code
 * that made it, and the version number does not change with every build. From a bundle
 * (dist/<name>/index.js) it is the hash of the bundle's folder (the code, the schemas and the
 * manifests shipped beside it); from source (tests, vite-node) the hash of packages/ and the
 * lockfile. Computed once per process.
 */
export function codeIdentity(): string {
  if (identity !== undefined) return identity;
  const here = fileURLToPath(import.meta.url);
  const hash = createHash("sha256");
  const fromSource = basename(dirname(here)) === "src" && basename(dirname(dirname(here))) === "cache";
  const root = fromSource ? dirname(dirname(dirname(here))) : dirname(here);
  for (const file of listFiles(root)) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  if (fromSource) {
    try {
      hash.update(readFileSync(join(root, "..", "package-lock.json")));
    } catch {
      // No lockfile next to the sources: the sources alone.
    }
  }
  identity = hash.digest("hex");
  return identity;
}

function listFiles(root: string, rel = "", out: string[] = []): string[] {
  const entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const path = rel === "" ? e.name : `${rel}/${e.name}`;
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    if (e.isDirectory()) listFiles(root, path, out);
    else if (e.isFile()) out.push(path);
  }
  return out;
}
