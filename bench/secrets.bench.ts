// The secret scan against secretlint (npm, recommended preset) on the same ~30 MB generated tree,
// in the same run: files/s and MB/s of each, and how many planted credentials each one found.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine } from "@secretlint/node";
import { secretLintProfiler } from "@secretlint/profiler";
import { listFiles } from "../packages/secrets/src/files.js";
import { scanRepository } from "../packages/secrets/src/scan.js";
import { compare, throughput, type Benchmark, type BenchResult } from "./harness.js";
import { generateSecretsTree } from "./secrets-tree.js";

const TARGET_BYTES = 30 * 1024 * 1024;
const SERVICES = 150;
const GOAL = 5;
/**
 * secretlint's profiler keeps every performance mark of the process in an array and searches it
 * on each new mark, so one long run slows down quadratically (its CLI took ~3 minutes on this
 * tree here). Scanning in batches and emptying that array between them measures secretlint at
 * its best, which is the fair baseline.
 */
const SECRETLINT_BATCH = 100;

export const benchmark: Benchmark = {
  name: "secrets",
  description: `secret scan vs secretlint (recommended preset) on a ${TARGET_BYTES / 1024 / 1024} MB tree`,
  run: async ({ runs }): Promise<BenchResult> => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-bench-secrets-"));
    try {
      const tree = generateSecretsTree(dir, { services: SERVICES, targetBytes: TARGET_BYTES });
      const files = listFiles(dir).map((f) => f.abs);
      const engine = await createEngine({
        cwd: dir,
        configFileJSON: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] },
        formatter: "json",
        color: false,
        maskSecrets: true,
      });
      let oursFound = new Set<string>();
      let theirsFound = new Set<string>();
      const ours = async () => {
        const report = await scanRepository(dir);
        oursFound = new Set(report.findings.filter((f) => f.secretSha256).map((f) => f.file ?? ""));
      };
      const secretlint = async () => {
        theirsFound = new Set();
        for (let i = 0; i < files.length; i += SECRETLINT_BATCH) {
          const { output } = await engine.executeOnFiles({
            filePathList: files.slice(i, i + SECRETLINT_BATCH),
          });
          const results = JSON.parse(output) as { filePath: string; messages: unknown[] }[];
          for (const r of results)
            if (r.messages.length > 0) theirsFound.add(r.filePath.slice(dir.length + 1));
          await secretLintProfiler.getMeasures(); // lets its pending measure() calls finish first
          const kept = secretLintProfiler as unknown as { entries: unknown[]; measures: unknown[] };
          kept.entries.length = 0;
          kept.measures.length = 0;
        }
      };
      const t = await compare(ours, secretlint, runs);
      const mb = tree.bytes / (1024 * 1024);
      const recall = (found: Set<string>) => tree.planted.filter((p) => found.has(p.file)).length;
      return {
        lines: [
          throughput("full scan: files/s (ours vs secretlint)", "files/s", files.length, t, GOAL),
          throughput("full scan: MB/s (ours vs secretlint)", "MB/s", mb, t, GOAL),
        ],
        notes: [
          `tree: ${files.length} files, ${mb.toFixed(1)} MB (${SERVICES} generated services + padding); ours also runs the GitOps rules`,
          `secretlint ran in batches of ${SECRETLINT_BATCH} files with its profiler's mark list emptied between them (its best case)`,
          `median wall time: ours ${t.ours.toFixed(0)} ms, secretlint ${t.baseline.toFixed(0)} ms`,
          `planted credentials found: ours ${recall(oursFound)}/${tree.planted.length}, secretlint ${recall(theirsFound)}/${tree.planted.length}`,
          `files with findings: ours ${oursFound.size}, secretlint ${theirsFound.size} (false alarms show up here)`,
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
