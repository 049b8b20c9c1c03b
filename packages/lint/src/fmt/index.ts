/** `gitops fmt`: canonical formatting of the YAML files people write, data and comments kept. */
import { chmodSync, readFileSync, statSync } from "node:fs";
import { messageOf, UserError } from "../../../core/src/errors.js";
import type { Finding } from "../../../core/src/finding.js";
import { writeTextAtomic } from "../../../core/src/write.js";
import { decodeUtf8, DEFAULT_YAML_LIMITS } from "../../../core/src/yaml.js";
import { selectFiles } from "./files.js";
import { formatYaml } from "./format.js";

export { checkFormatted, firstDataChange, formatYaml, type FormatResult } from "./format.js";
export { selectFiles, type FmtFile } from "./files.js";

export interface FmtOptions {
  /** The infra-gitops checkout. */
  repo: string;
  /** Files or folders (relative to `cwd`); none means every YAML file of the repository. */
  paths?: readonly string[];
  cwd?: string;
  /** Write nothing; report which files would change. */
  check?: boolean;
}

export interface FmtReport {
  /** Every YAML file looked at, and whether formatting changed it (or would, with `check`). */
  files: { file: string; changed: boolean }[];
  /** Files left as they are: parse errors, duplicate keys, results that would change data. */
  findings: Finding[];
}

/**
 * Formats the selected files in place (each written atomically, its mode kept), or with `check`
 * only says which would change. A file that cannot be formatted safely is a finding and is
 * left untouched; a path that does not exist is a `UserError`.
 */
export function fmt(options: FmtOptions): FmtReport {
  const report: FmtReport = { files: [], findings: [] };
  for (const { path, file } of selectFiles(options.repo, options.paths, options.cwd)) {
    const result = formatFile(path, file);
    if (!result.ok) {
      report.findings.push(result.finding);
      report.files.push({ file, changed: false });
      continue;
    }
    if (result.changed && !options.check) {
      const mode = statSync(path).mode;
      writeTextAtomic(path, result.text, file);
      chmodSync(path, mode & 0o7777);
    }
    report.files.push({ file, changed: result.changed });
  }
  return report;
}

function formatFile(path: string, file: string): ReturnType<typeof formatYaml> {
  const size = statSync(path).size;
  if (size > DEFAULT_YAML_LIMITS.maxBytes) {
    return {
      ok: false,
      finding: {
        tool: "fmt",
        rule: "fmt/too-large",
        severity: "error",
        message: `larger than ${DEFAULT_YAML_LIMITS.maxBytes / (1024 * 1024)} MiB, the limit for a YAML file people write; left as it is`,
        file,
      },
    };
  }
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path), file);
  } catch (err) {
    const message =
      err instanceof UserError
        ? err.message.replace(`${file}: `, "")
        : `cannot read: ${(err as NodeJS.ErrnoException).code ?? messageOf(err)}`;
    return {
      ok: false,
      finding: { tool: "fmt", rule: "yaml/parse-error", severity: "error", message, file },
    };
  }
  return formatYaml(text, file);
}
