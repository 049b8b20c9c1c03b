import { isAbsolute, relative, resolve, sep } from "node:path";
import {
  markdownCell,
  toSarif,
  toSummaryMarkdown,
  VERSION,
  type SarifLog,
  type SarifRuleInfo,
  type Severity,
} from "../../core/src/index.js";
import type { SecretScanReport, SecretScanStats } from "./scan.js";
import { TOOL, type SecretFinding, type SecretRule } from "./types.js";

/** What each GitOps rule checks, for SARIF and `--help`. */
export const GITOPS_RULE_DESCRIPTIONS: Record<string, string> = {
  "plain-secret": "A Kubernetes Secret with data or stringData is committed; Git may hold only references.",
  "secret-generator": "A kustomize secretGenerator builds a Secret from values kept in Git.",
  "external-secret-key":
    "An ExternalSecret key does not follow the secret path template for its service and env.",
  "cross-env-key": "An ExternalSecret reads another environment's secret path.",
  "readme-required-secrets":
    "The overlay README's Required secrets list and the overlay's ExternalSecrets differ.",
  "yaml-unreadable": "A YAML file could not be parsed, so the GitOps secret rules skipped it.",
  "file-skipped": "A file over the size cap was not scanned.",
  "stale-ignore-entry": "An ignore-file entry matches no finding any more.",
};

/** SARIF rule descriptions for every rule a report can carry. */
export function sarifRules(rules: readonly SecretRule[]): Record<string, SarifRuleInfo> {
  const out: Record<string, SarifRuleInfo> = {};
  for (const r of rules)
    out[`${TOOL}/${r.id}`] = { description: `${r.description} committed to the repository.` };
  for (const [id, description] of Object.entries(GITOPS_RULE_DESCRIPTIONS))
    out[`${TOOL}/${id}`] = { description };
  return out;
}

/** The SARIF 2.1.0 log of a scan, for GitHub code scanning. */
export function secretsSarif(report: Pick<SecretScanReport, "findings" | "rules">): SarifLog {
  return toSarif(report.findings, {
    toolName: "gitops-secrets",
    toolVersion: VERSION,
    rules: sarifRules(report.rules),
  });
}

/** One line saying what was scanned, for logs and the summary. */
export function statsLine(stats: SecretScanStats): string {
  const scope =
    stats.mode === "diff"
      ? `the lines added by ${plural(stats.commits ?? 0, "commit")} since ${short(stats.mergeBase)} (${plural(stats.files, "file")}, ${size(stats.bytes)})`
      : `${plural(stats.files, "file")} (${size(stats.bytes)})`;
  const extra = [
    stats.skipped ? `${stats.skipped} over the size cap` : "",
    stats.binary ? `${stats.binary} binary skipped` : "",
    stats.ignored ? `${stats.ignored} ignored by the ignore file` : "",
    stats.baselined ? `${stats.baselined} in the baseline` : "",
    stats.allowlisted ? `${stats.allowlisted} allowlisted by .gitleaks.toml` : "",
  ].filter(Boolean);
  return `Scanned ${scope} with ${stats.rules} credential rules${extra.length ? `; ${extra.join(", ")}` : ""}.`;
}

/** The job summary: the shared findings tables, preceded by what was scanned. */
export function secretsSummary(
  report: Pick<SecretScanReport, "findings" | "stats">,
  opts: { repoUrl?: string; sha?: string; failOn?: Severity; note?: string },
): string {
  const { note, ...summary } = opts;
  const md = toSummaryMarkdown(report.findings, { title: "Secret scan", check: "secrets", ...summary });
  const [heading, ...rest] = md.split("\n");
  const scope = note
    ? `${markdownCell(note.charAt(0).toUpperCase() + note.slice(1))}. ${statsLine(report.stats)}`
    : statsLine(report.stats);
  return [heading, "", scope, ...rest].join("\n");
}

/**
 * The repository's folder relative to the workspace (`infra` for
 * `repo-path: infra`), which GitHub needs before every annotated path; empty
 * when the repository is the workspace or lies outside it.
 */
export function repoPrefix(workspace: string, repoPath: string): string {
  const rel = relative(resolve(workspace), resolve(workspace, repoPath)).split(sep).join("/");
  return rel.startsWith("..") || isAbsolute(rel) ? "" : rel;
}

/** Findings with `prefix/` before every file, when the repository is a folder of the checkout. */
export function withPathPrefix(findings: readonly SecretFinding[], prefix: string): SecretFinding[] {
  const p = prefix
    .replace(/\\/g, "/")
    .replace(/^\.\/?/, "")
    .replace(/\/+$/, "");
  if (p === "") return [...findings];
  return findings.map((f) => ({
    ...f,
    ...(f.file ? { file: `${p}/${f.file}` } : {}),
    ...(f.target ? { target: `${p}/${f.target}` } : {}),
  }));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
    : `${(bytes / 1024).toFixed(1)} KiB`;
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : "the base";
}
