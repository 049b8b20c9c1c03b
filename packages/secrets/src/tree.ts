import { isUnder } from "../../core/src/model/scope.js";
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
  only?: { files: ReadonlySet<string>; folders: readonly string[] },
): void {
  const { cfg } = setup;
  const reader = new FileReader();
  const wanted = (path: string) =>
    !only || only.files.has(path) || only.folders.some((d) => isUnder(path, d));
  const files = listFiles(setup.repo, cfg.exclude).filter((f) => !setup.configFiles.has(f.path));
  // A partial scan checks the READMEs of the overlays it touches, against all their ExternalSecrets.
  const touched = only
    ? overlaysOf(
        files.filter((f) => wanted(f.path)).map((f) => f.path),
        setup,
      )
    : undefined;
  for (const f of files) {
    if (!wanted(f.path)) {
      const overlay = setup.context.of(f.path).overlay;
      if (
        gitops &&
        overlay &&
        touched?.has(overlay) &&
        MANIFEST_FILE.test(f.path) &&
        f.size <= cfg.maxFileBytes
      ) {
        const bytes = scannableBytes(reader.read(f.abs, f.size));
        if (bytes) gitops.file(f.path, bytes.toString("utf8"), false);
      }
      continue;
    }
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
  gitops?.readmes(touched);
}

function overlaysOf(paths: readonly string[], setup: ScanSetup): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const overlay = setup.context.of(p).overlay;
    if (overlay) out.add(overlay);
  }
  return out;
}
