/**
 * `gitops governance check` without --live: what can be checked from the checkout alone.
 */
import { loadModel, sortFindings, type Finding } from "../../core/src/index.js";
import { CODEOWNERS_MAX_BYTES, loadCodeowners } from "./codeowners.js";
import { requiredCheckFindings } from "./checks.js";
import { coverageFindings, protectedEnvs } from "./coverage.js";
import { finding } from "./rules.js";
import { manualSyncFindings } from "./sync.js";

export interface GovernanceOptions {
  repo: string;
}

export interface GovernanceSummary {
  /** The CODEOWNERS file GitHub uses, when there is one. */
  codeowners: string | null;
  protectedEnvs: string[];
  targets: number;
  /** The status check names the validate callers produce. */
  checks: string[];
}

export interface GovernanceReport {
  findings: Finding[];
  summary: GovernanceSummary;
}

/**
 * `gitops governance`: the offline checks of how a repository is governed: CODEOWNERS as GitHub
 * reads it, who owns what reaches protected envs, the required status checks the validate
 * workflow produces, and (with manualProdSync) that protected Applications sync by hand.
 * A bad `.gitops.yaml` throws UserError (exit 2).
 */
export async function governance(options: GovernanceOptions): Promise<GovernanceReport> {
  const model = await loadModel(options.repo);
  const findings: Finding[] = [];
  const envs = protectedEnvs(model);
  const codeowners = loadCodeowners(model.repo);
  if (!codeowners) {
    findings.push(
      finding(
        "codeowners/missing",
        "error",
        "no CODEOWNERS file in .github/, the root or docs/: no review is required from anyone for any path",
      ),
    );
  } else {
    for (const ignored of codeowners.ignored)
      findings.push(
        finding("codeowners/ignored", "warning", `GitHub ignores ${ignored}: it uses ${codeowners.file}`, {
          file: ignored,
        }),
      );
    if (codeowners.bytes >= CODEOWNERS_MAX_BYTES)
      findings.push(
        finding(
          "codeowners/too-large",
          "error",
          `${codeowners.file} is ${codeowners.bytes} bytes; GitHub does not load CODEOWNERS of 3 MB or more`,
          { file: codeowners.file },
        ),
      );
    for (const e of codeowners.errors)
      findings.push(
        finding(
          e.kind === "Invalid owner" ? "codeowners/invalid-owner" : "codeowners/invalid-pattern",
          "error",
          `${e.kind} (GitHub skips this line): ${e.message.replace(/^Invalid \w+ on line \d+: /, "")}${e.suggestion ? `; ${e.suggestion.startsWith("@") ? `did you mean ${e.suggestion}?` : e.suggestion}` : ""}`,
          { file: codeowners.file, line: e.line, column: e.column },
        ),
      );
    findings.push(...coverageFindings(model, codeowners));
  }
  const checks = requiredCheckFindings(model);
  findings.push(...checks.findings);
  findings.push(...manualSyncFindings(model, envs));
  return {
    findings: sortFindings(findings),
    summary: {
      codeowners: codeowners?.file ?? null,
      protectedEnvs: envs,
      targets: model.targets.length,
      checks: [...new Set(checks.callers.flatMap((c) => c.checks))],
    },
  };
}
