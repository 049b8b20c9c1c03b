// Shared helpers for the render suites: the real binaries on PATH and parsed outputs.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseYaml } from "../../packages/core/src/yaml.js";
import { testBinaries } from "../support/binaries.js";
import { copyExample } from "../support/example.js";

export const EXAMPLE = fileURLToPath(new URL("../../examples/infra-gitops", import.meta.url));

/** An environment whose PATH holds the real helm and kubectl, and no tool cache. */
export async function toolEnv(): Promise<NodeJS.ProcessEnv> {
  const bins = await testBinaries();
  return { PATH: `${bins.dir}:/usr/bin:/bin` };
}

/** A private copy of the example repo (tests write render/ into it). */
export function exampleCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-render-")), "infra");
  copyExample(dir);
  return dir;
}

/** Objects of a rendered file, keyed apiVersion/kind/namespace/name, for order-free comparison. */
export function objects(yaml: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const docs = parseYaml(yaml, "rendered", { maxDocuments: 100_000, maxBytes: 1 << 28 }).documents;
  for (const d of docs) {
    const v = d.value as {
      apiVersion?: string;
      kind?: string;
      metadata?: { name?: string; namespace?: string };
    } | null;
    if (!v?.kind) continue;
    out.set(`${v.apiVersion ?? ""}/${v.kind}/${v.metadata?.namespace ?? ""}/${v.metadata?.name ?? ""}`, v);
  }
  return out;
}

export function readOutput(repo: string, id: string): string {
  return readFileSync(join(repo, "render", `${id}.yaml`), "utf8");
}

/** The example repo's files (path → text), without render/, for createTestRepo. */
export function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === "render") continue;
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else files[`${prefix}${e.name}`] = readFileSync(join(dir, e.name), "utf8");
    }
  };
  walk(EXAMPLE, "");
  return files;
}
