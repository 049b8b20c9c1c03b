import { sortFindings, type Finding, type Severity } from "../../core/src/finding.js";
import { toSarif } from "../../core/src/reporters/index.js";
import { VERSION } from "../../core/src/version.js";
import { diffMarkdown, type TargetDiff } from "../../render/src/index.js";
import { mergeCoverage } from "./coverage.js";
import { unsuccessfulJobs } from "./needs.js";
import { CHECKS, readShardResults, type CheckName } from "./results.js";
import { validateFails, validateMarkdown, type CheckOutcome } from "./summary.js";

export interface ReportOptions {
  /** `lint`, `policy` (one check's results) or `validate` (everything). */
  check: "lint" | "policy" | "render" | "validate";
  resultsDir: string;
  expectedShards: number;
  failOn: Severity;
  /** `${{ toJSON(needs) }}` of the reporting job, for `validate`. */
  needsJson?: string;
}

export interface Report {
  /** Findings to annotate in this job (a check's own; render's for validate). */
  annotate: Finding[];
  /** All findings of the checks reported. */
  findings: Finding[];
  markdown: string;
  /** Rendered diff markdown for the pull request comment (validate only). */
  comment?: string;
  sarif: unknown;
  failed: boolean;
}

/**
 * Merges the shard results of a sharded run into one report: one set of
 * findings, one summary, one comment. A missing shard or a failed job fails
 * the report rather than passing on partial results.
 */
export function reportShards(o: ReportOptions): Report {
  const checks: CheckOutcome[] = [];
  const wanted: readonly CheckName[] =
    o.check === "validate" ? CHECKS.filter((c) => c !== "secrets") : [o.check];
  for (const check of wanted) {
    const results = readShardResults(o.resultsDir, check, o.expectedShards);
    const parts = results.flatMap((r) => (r.coverage ? [r.coverage] : []));
    checks.push({
      name: check,
      findings: dedupe(results.flatMap((r) => r.findings)),
      // Coverage only when every shard gave it: a partial sum would understate what was checked.
      ...(parts.length > 0 && parts.length === results.length ? { coverage: mergeCoverage(parts) } : {}),
    });
  }
  let comment: string | undefined;
  if (o.check === "validate") {
    for (const { job, result } of unsuccessfulJobs(o.needsJson ?? "{}")) {
      if (!checks.some((c) => c.name === job))
        checks.push({ name: job, findings: [], problem: `job ${result}` });
      else {
        const c = checks.find((x) => x.name === job);
        if (c) c.problem = `job ${result}`;
      }
    }
    const diffs: TargetDiff[] = readShardResults(o.resultsDir, "diff", 0).flatMap((r) => r.diffs ?? []);
    // The comment keeps to the check table and the diff: findings are in annotations and the summary.
    comment = `${validateMarkdown(checks, { failOn: o.failOn, details: false })}\n${diffMarkdown(diffs, { limit: 60_000 })}`;
  }
  const findings = checks.flatMap((c) => c.findings);
  const annotate =
    o.check === "validate" ? (checks.find((c) => c.name === "render")?.findings ?? []) : findings;
  return {
    annotate,
    findings,
    markdown: validateMarkdown(checks, { failOn: o.failOn }),
    ...(comment === undefined ? {} : { comment }),
    sarif: toSarif(findings, { toolName: "gitops-actions", toolVersion: VERSION }),
    failed: validateFails(checks, o.failOn),
  };
}

/**
 * One finding per place and message, as lint keeps them: repo-wide findings (YAML hygiene, Argo
 * CD references) come from every shard, and a shared base's mistake from every target using it.
 */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return sortFindings(findings).filter((f) => {
    const key = JSON.stringify([f.tool, f.rule, f.severity, f.message, f.file, f.line]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
