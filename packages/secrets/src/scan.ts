import { repoPaths, sortFindings, UserError, type Layout } from "../../core/src/index.js";
import { scanChange } from "./change.js";
import { FindingCollector } from "./collect.js";
import { applyIgnores } from "./filters.js";
import { GitopsRules } from "./gitops/index.js";
import { prepareScan } from "./setup.js";
import { scanTree } from "./tree.js";
import type { SecretFinding, SecretRule } from "./types.js";

/** How to scan. */
export interface SecretScanOptions {
  /** Scan only what `merge-base(base, head)..head` adds, commit by commit. */
  base?: string;
  /** The tip of the change (default `HEAD`); only with `base`. */
  head?: string;
  /** The ignore file, overriding `secrets.ignoreFile`; a named file must exist. */
  ignoreFile?: string;
  /** A baseline report, overriding `secrets.baseline`. */
  baseline?: string;
  /** Run the GitOps rules (plain Secrets, key templates, READMEs); default true. */
  gitopsRules?: boolean;
  /**
   * Scan only these files and folders (relative to `cwd`): a pre-commit hook passes the staged
   * files, whose working-tree content is then the staged content. Not with `base`.
   */
  files?: readonly string[];
  /** What `files` are relative to (default the process's). */
  cwd?: string;
  /** Called once with each distinct secret found, before any finding is reported (log masking). */
  onSecret?: (secret: string) => void;
  /** The repository model, when the caller loaded it already (validate's render did). */
  model?: Layout;
}

/** What was scanned. */
export interface SecretScanStats {
  mode: "full" | "diff" | "files";
  /** Files read (full, files) or files with added lines (diff). */
  files: number;
  bytes: number;
  /** Files over the size cap, reported as notices. */
  skipped: number;
  binary: number;
  commits?: number;
  base?: string;
  head?: string;
  mergeBase?: string;
  /** Findings dropped by the ignore file, the baseline and gitleaks allowlists. */
  ignored: number;
  baselined: number;
  allowlisted: number;
  rules: number;
}

export interface SecretScanReport {
  findings: SecretFinding[];
  stats: SecretScanStats;
  /** The credential rules that ran (built-in and from `.gitleaks.toml`), for SARIF. */
  rules: readonly SecretRule[];
  layout: Layout;
}

/**
 * Scans an infra-gitops checkout for leaked credentials and for breaks of
 * the blueprint's secret-handling rules: the whole tree by default, or with
 * `base` the lines each commit of the change added. Findings never hold a
 * secret: at most its first 4 characters and its sha256.
 */
export async function scanRepository(
  repoDir: string,
  options: SecretScanOptions = {},
): Promise<SecretScanReport> {
  if (options.base !== undefined && options.files !== undefined)
    throw new UserError("give either --base or files to scan, not both");
  const only = options.files ? repoPaths(repoDir, options.files, options.cwd) : undefined;
  const setup = await prepareScan(repoDir, options);
  const collector = new FindingCollector(setup.allowlists, options.onSecret);
  const gitops =
    options.gitopsRules === false ? undefined : new GitopsRules(setup.repo, setup.context, setup.template);
  const stats: SecretScanStats = {
    mode: options.base ? "diff" : only ? "files" : "full",
    files: 0,
    bytes: 0,
    skipped: 0,
    binary: 0,
    ignored: 0,
    baselined: 0,
    allowlisted: 0,
    rules: setup.scanner.rules.length,
  };
  const notices: SecretFinding[] = [];
  if (options.base)
    await scanChange(setup, options.base, options.head ?? "HEAD", collector, gitops, stats, notices);
  else scanTree(setup, collector, gitops, stats, notices, only);

  const all = [...collector.findings, ...(gitops?.findings ?? []), ...notices];
  const kept = applyIgnores(all, setup, stats, stats.mode === "full");
  stats.allowlisted = collector.allowlisted;
  return {
    findings: sortFindings(collector.scrubbed(kept)),
    stats,
    rules: setup.scanner.rules,
    layout: setup.layout,
  };
}
