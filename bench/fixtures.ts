import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { generateRepo, type GeneratedRepo, type GenerateOptions } from "./generate.js";

/**
 * Generates a repo in a fresh temporary folder, hands it to `work`, and
 * removes it afterwards, also when `work` throws.
 */
export async function withGeneratedRepo<T>(
  opts: GenerateOptions,
  work: (repo: GeneratedRepo) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "gitops-bench-"));
  try {
    return await work(generateRepo(dir, opts));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every YAML file under `dir` (absolute paths, sorted), except chart
 * templates: those are Go templates that only become YAML after `helm template`.
 */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (!(e.name === "templates" && readdirSync(d).includes("Chart.yaml"))) walk(path);
      } else if (/\.ya?ml$/.test(e.name)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** `path` relative to `dir` with `/` separators, as our messages name files. */
export function relativePath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join("/");
}
