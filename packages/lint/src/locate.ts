import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { lineAt, type YamlDocument, type YamlFile } from "../../core/src/yaml.js";
import { isObject } from "../../render/src/argo.js";
import type { InputGraph } from "../../render/src/graph.js";
import type { RenderedResource } from "./rendered.js";
import { SourceFiles } from "./sources.js";

/** Where a finding on a rendered resource points: a source file and, when known, a line. */
export interface SourceLocation {
  file: string;
  line?: number;
}

/**
 * Maps findings on rendered resources back to the files people edit.
 *
 * - Helm: the `# Source: <chart>/templates/x.yaml` comment names the template; the line is the
 *   first line of the template that holds the deepest key of the field's path (best effort:
 *   templates are not YAML until rendered).
 * - kustomize and plain folders: the renderer does not add origin annotations, so the target's
 *   input files (its input graph) are searched for documents of the same kind and name; the one
 *   holding most of the field's path wins (a patch that adds the field beats the base), and its
 *   line comes from core's `lineAt`.
 * - Otherwise: the target's folder (its kustomization or Chart.yaml when it has one).
 */
export class SourceLocator {
  private readonly inputs = new Map<string, string[]>();

  constructor(
    private readonly repo: string,
    private readonly graphs: ReadonlyMap<string, InputGraph>,
    private readonly sources = new SourceFiles(repo),
  ) {}

  locate(resource: RenderedResource, path: readonly (string | number)[]): SourceLocation {
    const source = resource.target.source;
    if (resource.helmSource) return this.helm(source, resource.helmSource, path);
    let best: { file: YamlFile; doc: YamlDocument; depth: number } | undefined;
    for (const rel of this.inputFiles(resource.target.id)) {
      // Only files with a document of the same kind and name are parsed with the careful loader.
      const keys = this.sources.keys(rel);
      if (!keys?.some((k) => k === "any" || sameKey(k, resource))) continue;
      const file = this.sources.forLocator(rel);
      if (!file) continue;
      for (const doc of file.documents) {
        if (!sameObject(doc.value, resource)) continue;
        const depth = existingDepth(doc.value, path);
        if (!best || depth > best.depth) best = { file, doc, depth };
      }
    }
    if (best) return { file: best.file.file, line: lineAt(best.file, best.doc, path.slice(0, best.depth)) };
    return { file: targetFile(this.repo, source) };
  }

  private helm(chartDir: string, helmSource: string, path: readonly (string | number)[]): SourceLocation {
    // "<chart name>/templates/x.yaml": the chart name is the folder here, whatever it is called.
    const file = posix.join(chartDir, helmSource.split("/").slice(1).join("/"));
    let text: string;
    try {
      text = readFileSync(join(this.repo, file), "utf8");
    } catch {
      return { file: targetFile(this.repo, chartDir) };
    }
    const lines = text.split("\n");
    for (const key of [...path].reverse()) {
      if (typeof key !== "string") continue;
      const re = new RegExp(`^\\s*(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
      const i = lines.findIndex((l) => re.test(l));
      if (i >= 0) return { file, line: i + 1 };
    }
    return { file, line: 1 };
  }

  private inputFiles(targetId: string): string[] {
    let files = this.inputs.get(targetId);
    if (!files) {
      const g = this.graphs.get(targetId);
      const set = new Set<string>();
      for (const f of g?.files ?? []) if (/\.ya?ml$/i.test(f)) set.add(f);
      for (const d of g?.dirs ?? []) for (const f of yamlFilesUnder(this.repo, d)) set.add(f);
      files = [...set].sort();
      this.inputs.set(targetId, files);
    }
    return files;
  }
}

function sameObject(value: unknown, r: RenderedResource): boolean {
  if (!isObject(value) || !isObject(value.metadata) || typeof value.kind !== "string") return false;
  const name = value.metadata.name;
  return typeof name === "string" && sameKey({ kind: value.kind, name }, r);
}

function sameKey(key: { kind: string; name: string }, r: RenderedResource): boolean {
  // kustomize namePrefix/nameSuffix change the rendered name; the source name is inside it.
  return key.kind === r.kind && key.name !== "" && (key.name === r.name || r.name.includes(key.name));
}

/** How many leading segments of `path` exist in `value`. */
function existingDepth(value: unknown, path: readonly (string | number)[]): number {
  let node = value;
  let depth = 0;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === "number" && seg < node.length) node = node[seg];
    else if (isObject(node) && typeof seg === "string" && seg in node) node = node[seg];
    else break;
    depth++;
  }
  return depth;
}

function targetFile(repo: string, dir: string): string {
  for (const f of ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]) {
    if (existsSync(join(repo, dir, f))) return posix.join(dir, f);
  }
  return dir;
}

function yamlFilesUnder(repo: string, dir: string, depth = 0): string[] {
  if (depth > 8) return [];
  let entries;
  try {
    entries = readdirSync(join(repo, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.name.startsWith(".")) continue;
    if (e.isDirectory() && e.name !== "templates" && e.name !== "charts")
      out.push(...yamlFilesUnder(repo, rel, depth + 1));
    else if (e.isFile() && /\.ya?ml$/i.test(e.name) && statSync(join(repo, rel)).size < 4 * 1024 * 1024)
      out.push(rel);
  }
  return out;
}
