import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import { isUnder, type ChangeScope } from "../../core/src/model/scope.js";
import type { Finding } from "../../core/src/finding.js";
import { checkFile } from "./hygiene.js";
import { SourceFiles } from "./sources.js";

/**
 * The YAML hygiene of a change's files (a commit's staged files, say): those in manifest
 * folders, never a Helm chart's templates/ or charts/, as the full pass skips them.
 */
export function checkHygieneOf(
  repo: string,
  scope: ChangeScope,
  folders: readonly string[],
  sources = new SourceFiles(repo),
): { findings: Finding[]; files: number } {
  const files = [...scope.files].filter(
    (f) => /\.ya?ml$/i.test(f) && folders.some((d) => isUnder(f, d)) && !inChartInternals(repo, f),
  );
  return { findings: files.flatMap((f) => checkFile(repo, f, sources)), files: files.length };
}

/** True when a folder above `file` is a chart (holds Chart.yaml) and the file is in its templates/ or charts/. */
function inChartInternals(repo: string, file: string): boolean {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] !== "templates" && parts[i] !== "charts") continue;
    if (existsSync(join(repo, posix.join(...parts.slice(0, i)), "Chart.yaml"))) return true;
  }
  return false;
}
