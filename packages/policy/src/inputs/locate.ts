import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { UserError } from "../../../core/src/errors.js";
import type { Finding } from "../../../core/src/finding.js";
import { loadLayout } from "../../../core/src/layout.js";
import { loadYamlFile, type YamlFile } from "../../../core/src/yaml.js";
import { discoverTargets, inputGraph } from "../../../render/src/index.js";
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
    if (!this.inputs) {
      this.inputs = new Map();
      try {
        const layout = loadLayout(this.repo);
        for (const t of discoverTargets(layout, layout.config.render.repoURLs).targets) {
          const g = inputGraph(t, this.repo);
          this.inputs.set(t.id, [...g.files, ...[...g.dirs].flatMap((d) => yamlFilesIn(this.repo, d))]);
        }
      } catch (err) {
        // Locating is best effort: a layout that cannot be read leaves findings on the target folder.
        if (!(err instanceof UserError)) throw err;
      }
    }
    return (this.inputs.get(id) ?? []).filter((f) => /\.ya?ml$/i.test(f));
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
