import type { FindingCollector } from "./collect.js";
import { FileReader, listFiles, scannableBytes } from "./files.js";
import { skippedNotice } from "./filters.js";
import { MANIFEST_FILE, type GitopsRules } from "./gitops/index.js";
import type { ScanSetup } from "./setup.js";
import type { SecretFinding } from "./types.js";
import type { SecretScanStats } from "./scan.js";

/**
 * The full-tree scan: every file once, credential rules on its bytes, GitOps
 * rules on manifests that mention a Secret, then the overlay READMEs.
 */
export function scanTree(
  setup: ScanSetup,
  collector: FindingCollector,
  gitops: GitopsRules | undefined,
  stats: SecretScanStats,
  notices: SecretFinding[],
): void {
  const { cfg } = setup;
  const reader = new FileReader();
  for (const f of listFiles(setup.repo, cfg.exclude)) {
    if (setup.configFiles.has(f.path)) continue;
    if (f.size > cfg.maxFileBytes) {
      stats.skipped++;
      notices.push(skippedNotice(f.path, f.size, cfg.maxFileBytes));
      continue;
    }
    const bytes = scannableBytes(reader.read(f.abs, f.size));
    if (!bytes) {
      stats.binary++;
      continue;
    }
    stats.files++;
    stats.bytes += f.size;
    const matches = setup.scanner.scan({ path: f.path, bytes });
    if (matches.length > 0) {
      const target = setup.context.of(f.path).overlay;
      for (const m of matches) {
        collector.credential(
          m,
          { path: f.path, line: m.line, column: m.column, ...(target ? { target } : {}) },
          "per-line",
        );
      }
    }
    // "Secret" also finds ExternalSecret; Buffer.includes is a memmem, far cheaper than decoding.
    if (
      gitops &&
      MANIFEST_FILE.test(f.path) &&
      (bytes.includes("Secret") || bytes.includes("secretGenerator"))
    ) {
      gitops.file(f.path, bytes.toString("utf8"));
    }
  }
  gitops?.readmes();
}
