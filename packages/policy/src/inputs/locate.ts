import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { Finding } from "../../../core/src/finding.js";
import type { InputGraph } from "../../../core/src/model/types.js";
import { loadYamlFile, type YamlFile } from "../../../core/src/yaml.js";
import type { IndexEntry } from "../../../render/src/index.js";
import type { Resource } from "../types.js";

/**
 * Points findings on rendered objects at the files people edit:
 * - Helm output: the template its `# Source:` comment names, at the line of its `kind:`;
 * - kustomize and plain folders: the input file of the target that defines an object of the
 *   same kind and name (the renderer adds no origin annotations), at its document's line;
 * - otherwise the target's folder.
 * Only objects that have findings are located, so a clean run reads no source files.
 */
export class SourceLocator {
  private readonly yaml = new Map<string, YamlFile | null>();
  private inputs?: Map<string, string[]>;

  constructor(
    private readonly repo: string,
    private readonly entries: ReadonlyMap<string, IndexEntry>,
    /** The model's input graphs; without them findings stay on the target's folder. */
    private readonly graph?: (id: string) => InputGraph,
  ) {}

  /** Sets `file` and `line` on a finding about `resource`. */
  locate(finding: Finding, resource: Resource): void {
    const target = resource.origin.target;
    const entry = target === undefined ? undefined : this.entries.get(target);
    if (!entry) {
      finding.file = resource.origin.file;
      finding.line = resource.origin.line;
      return;
    }
    const at = resource.origin.helmSource
      ? this.helm(entry.source, resource.origin.helmSource, resource.ref.kind)
      : this.search(entry, resource);
    finding.file = at.file;
    if (at.line !== undefined) finding.line = at.line;
  }

  private helm(chartDir: string, source: string, kind: string): { file: string; line?: number } {
    // "<chart name>/templates/x.yaml": the chart's folder is the target's source, whatever its name.
    const file = posix.join(chartDir, source.split("/").slice(1).join("/"));
    try {
      const lines = readFileSync(join(this.repo, file), "utf8").split("\n");
      const i = lines.findIndex((l) => new RegExp(`^kind:\\s*["']?${kind}\\b`).test(l));
      return { file, line: i + 1 || 1 };
    } catch {
      return { file: chartDir };
    }
  }

  private search(entry: IndexEntry, resource: Resource): { file: string; line?: number } {
    for (const rel of this.inputFiles(entry.id)) {
      const yaml = this.load(rel);
      for (const doc of yaml?.documents ?? []) {
        const v = doc.value as { kind?: unknown; metadata?: { name?: unknown } } | null;
        if (v?.kind === resource.ref.kind && v.metadata?.name === resource.ref.name) {
          return { file: rel, line: doc.line };
        }
      }
    }
    return { file: entry.source };
  }

  private inputFiles(id: string): string[] {
    if (!this.inputs) this.inputs = new Map();
    let files = this.inputs.get(id);
    if (!files) {
      const g = this.graph?.(id);
      files = g ? [...g.files, ...[...g.dirs].flatMap((d) => yamlFilesIn(this.repo, d))] : [];
      this.inputs.set(id, files);
    }
    return files.filter((f) => /\.ya?ml$/i.test(f));
  }

  private load(rel: string): YamlFile | null {
    let y = this.yaml.get(rel);
    if (y === undefined) {
      try {
        y = existsSync(join(this.repo, rel)) ? loadYamlFile(join(this.repo, rel), rel) : null;
      } catch {
        y = null;
      }
      this.yaml.set(rel, y);
    }
    return y;
  }
}

function yamlFilesIn(repo: string, dir: string): string[] {
  try {
    return readdirSync(join(repo, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.ya?ml$/i.test(f))
      .map((f) => posix.join(dir, f.split("\\").join("/")));
  } catch {
    return [];
  }
}
