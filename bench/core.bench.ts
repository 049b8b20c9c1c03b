// The core benchmark: the cost of our safe YAML loader and of target discovery
// on a generated 60-service repo, each against the obvious plain approach.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { loadModel } from "../packages/core/src/model/load.js";
import { loadYamlFile } from "../packages/core/src/yaml.js";
import { relativePath, withGeneratedRepo, yamlFiles } from "./fixtures.js";
import { compare, duration, throughput, type Benchmark, type BenchResult } from "./harness.js";

const SERVICES = 60;

/** Our loader (limits, positions, duplicate keys, strict UTF-8) vs plain `yaml` parsing. */
export const benchmark: Benchmark = {
  name: "core",
  description: `YAML loading and target discovery on a ${SERVICES}-service repo`,
  run: ({ runs }) =>
    withGeneratedRepo({ services: SERVICES, seed: 1 }, async (repo): Promise<BenchResult> => {
      const files = yamlFiles(repo.dir).map((path) => ({
        path,
        rel: relativePath(repo.dir, path),
        multi: false,
      }));
      // Decided once, outside the timing: plain `parse` refuses streams, so the
      // baseline uses parseAllDocuments only for the files that are streams.
      let documents = 0;
      for (const f of files) {
        const n = loadYamlFile(f.path, f.rel).documents.length;
        f.multi = n > 1;
        documents += n;
      }

      const ours = () => files.reduce((n, f) => n + loadYamlFile(f.path, f.rel).documents.length, 0);
      const plain = () =>
        files.reduce((n, f) => {
          const text = readFileSync(f.path, "utf8");
          if (!f.multi) return n + (parse(text) === undefined ? 0 : 1);
          return n + parseAllDocuments(text).map((d) => d.toJS() as unknown).length;
        }, 0);
      // Both sides must read the same documents, or the comparison means nothing.
      if (ours() !== documents || plain() !== documents)
        throw new Error("loader and baseline disagree on the documents");
      const yamlTimes = await compare(ours, plain, runs);

      const layout = await loadModel(repo.dir);
      const naive = naiveDiscovery(repo.dir);
      const layoutTimes = await compare(
        () => loadModel(repo.dir),
        () => naiveDiscovery(repo.dir),
        runs,
      );

      const helm = repo.services.filter((s) => s.kind === "helm").length;
      return {
        lines: [
          throughput("YAML load: loadYamlFile vs yaml.parse", "files/s", files.length, yamlTimes),
          duration("target discovery: loadModel vs full walk", layoutTimes, 1),
        ],
        notes: [
          `repo: ${repo.services.length} services (${helm} helm), ${repo.files} files, ${(repo.bytes / 1024).toFixed(0)} KiB`,
          `YAML: ${files.length} files, ${documents} documents (chart templates excluded: not YAML until rendered)`,
          `discovery: loadModel found ${layout.targets.length} targets (${layout.skipped.length} skipped); the walk read ${naive.filesRead} files in ${naive.folders} folders`,
        ],
      };
    }),
};

const KUSTOMIZATION = /^kind:\s*Kustomization\b/m;

/**
 * The baseline: walk the whole tree and read every file, calling a folder a
 * target when a file in it is a kustomization (by name or by content) or a
 * chart. Cheap regex checks, no parsing, so the baseline is not a straw man.
 */
function naiveDiscovery(dir: string): { targets: string[]; folders: number; filesRead: number } {
  const targets: string[] = [];
  let folders = 0;
  let filesRead = 0;
  const walk = (d: string) => {
    folders++;
    let target = false;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        walk(path);
        continue;
      }
      const text = readFileSync(path, "utf8");
      filesRead++;
      if (e.name === "kustomization.yaml" || e.name === "Chart.yaml" || KUSTOMIZATION.test(text))
        target = true;
    }
    if (target) targets.push(d);
  };
  walk(dir);
  return { targets, folders, filesRead };
}
