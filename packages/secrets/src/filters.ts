import { finding } from "./gitops/manifests.js";
import { baselineKey, ignores } from "./ignore.js";
import type { ScanSetup } from "./setup.js";
import type { SecretFinding } from "./types.js";

/** Counts of what the filters dropped. */
export interface FilterCounts {
  ignored: number;
  baselined: number;
}

/**
 * Drops findings the ignore file or the baseline accept. With `reportStale`
 * (full scans), an ignore entry that matched nothing becomes a notice, so
 * the file does not keep accepting secrets long gone.
 */
export function applyIgnores(
  findings: readonly SecretFinding[],
  setup: ScanSetup,
  counts: FilterCounts,
  reportStale: boolean,
): SecretFinding[] {
  const used = new Set<number>();
  const kept = findings.filter((f) => {
    const hit = setup.ignore.findIndex((e) => ignores(e, f));
    if (hit >= 0) {
      used.add(hit);
      counts.ignored++;
      return false;
    }
    if (setup.baseline?.has(baselineKey(f))) {
      counts.baselined++;
      return false;
    }
    return true;
  });
  if (reportStale) {
    setup.ignore.forEach((e, i) => {
      if (used.has(i)) return;
      kept.push(
        finding(
          "stale-ignore-entry",
          "notice",
          setup.ignoreFile,
          e.line,
          `ignore entry for ${e.rule} in ${e.path} matches no finding any more; remove it`,
        ),
      );
    });
  }
  return kept;
}

/** The notice for a file (or diff fragment) over the size cap. */
export function skippedNotice(path: string, size: number, cap: number): SecretFinding {
  return finding(
    "file-skipped",
    "notice",
    path,
    undefined,
    `not scanned: ${mib(size)} is over the ${mib(cap)} size cap (secrets.maxFileBytes in .gitops.yaml)`,
  );
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}
