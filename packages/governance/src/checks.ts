import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  isObject,
  lineAt,
  loadYamlFile,
  messageOf,
  type Finding,
  type RepoModel,
} from "../../core/src/index.js";
import { compilePattern } from "./codeowners.js";
import { finding } from "./rules.js";

/**
 * The jobs of our reusable `.github/workflows/validate.yml` that report a status check worth
 * requiring (a test compares this list with the workflow). GitHub names a called workflow's check
 * `<caller job name> / <called job name>`.
 */
export const VALIDATE_CHECK_JOBS = ["validate", "lint", "policy", "secrets"] as const;

/** `owner/repo/.github/workflows/validate.yml@ref`: a call of our reusable validate workflow. */
const VALIDATE_CALL = /^[^/\s]+\/[^/\s]+\/\.github\/workflows\/validate\.yml@\S+$/;

/** The branch pull requests must target for the checks to protect it. */
const MAIN = "main";

/** A caller job that runs our validate workflow on pull requests to main. */
export interface ValidateCaller {
  file: string;
  line: number;
  jobId: string;
  /** The job's `name:`, else its id: the first half of every check name. */
  jobName: string;
  /** The check names it produces. */
  checks: string[];
}

/**
 * The callers of the validate workflow under `.github/workflows/` and the check names they
 * produce, checked against `governance.requiredChecks` when that is set (else listed as a notice).
 */
export function requiredCheckFindings(model: RepoModel): { findings: Finding[]; callers: ValidateCaller[] } {
  const findings: Finding[] = [];
  const callers = findCallers(model.repo, findings);
  if (callers.length === 0) {
    findings.push(
      finding(
        "checks/no-caller",
        "error",
        `no workflow under .github/workflows/ calls <owner>/gitops-actions/.github/workflows/validate.yml@<ref> on pull_request to ${MAIN}: the validate, lint, policy and secrets checks never run (template: workflows/validate.yaml)`,
      ),
    );
    return { findings, callers };
  }
  const produced = [...new Set(callers.flatMap((c) => c.checks))];
  const required = model.config.governance.requiredChecks;
  const configFile = model.configFile ?? ".gitops.yaml";
  if (required.length === 0) {
    const first = callers[0];
    findings.push(
      finding(
        "checks/to-require",
        "notice",
        `mark these as required status checks on ${MAIN}: ${produced.map((c) => `"${c}"`).join(", ")} (pin them with governance.requiredChecks)`,
        first ? { file: first.file, line: first.line } : {},
      ),
    );
    return { findings, callers };
  }
  for (const [index, name] of required.entries()) {
    if (produced.includes(name)) continue;
    findings.push(
      finding(
        "checks/missing",
        "error",
        `governance.requiredChecks names "${name}", which no workflow produces (they produce ${produced.map((c) => `"${c}"`).join(", ")}): a pull request would wait for it forever`,
        { file: configFile, ...configLine(model.repo, configFile, ["governance", "requiredChecks", index]) },
      ),
    );
  }
  for (const caller of callers)
    for (const name of caller.checks.filter((c) => !required.includes(c)))
      findings.push(
        finding(
          "checks/extra",
          "error",
          `"${name}" (job ${caller.jobId}) is not in governance.requiredChecks: ${MAIN} would merge without it`,
          { file: caller.file, line: caller.line },
        ),
      );
  return { findings, callers };
}

/** `{ line }` of a key in `.gitops.yaml` (which loadModel has already validated), else nothing. */
function configLine(repo: string, file: string, path: (string | number)[]): { line?: number } {
  try {
    const yaml = loadYamlFile(join(repo, file), file);
    const doc = yaml.documents[0];
    return doc ? { line: lineAt(yaml, doc, path) } : {};
  } catch {
    return {};
  }
}

function findCallers(repo: string, findings: Finding[]): ValidateCaller[] {
  const dir = join(repo, ".github", "workflows");
  if (!existsSync(dir)) return [];
  const callers: ValidateCaller[] = [];
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  for (const name of names) {
    const file = `.github/workflows/${name}`;
    let yaml;
    try {
      yaml = loadYamlFile(join(dir, name), file);
    } catch (err) {
      findings.push(finding("checks/unreadable-workflow", "warning", messageOf(err), { file }));
      continue;
    }
    const doc = yaml.documents[0];
    const workflow = doc?.value;
    if (!doc || !isObject(workflow) || !onPullRequestToMain(workflow.on)) continue;
    const jobs = workflow.jobs;
    if (!isObject(jobs)) continue;
    for (const [jobId, job] of Object.entries(jobs)) {
      if (!isObject(job) || typeof job.uses !== "string" || !VALIDATE_CALL.test(job.uses.trim())) continue;
      const line = lineAt(yaml, doc, ["jobs", jobId]);
      const jobName = typeof job.name === "string" && job.name.trim() !== "" ? job.name : jobId;
      if (jobName.includes("${{")) {
        findings.push(
          finding(
            "checks/dynamic-name",
            "warning",
            `job ${jobId} is named by an expression (${jobName}): its check names are known only when it runs; required checks cannot be verified`,
            { file, line },
          ),
        );
        continue;
      }
      callers.push({
        file,
        line,
        jobId,
        jobName,
        checks: VALIDATE_CHECK_JOBS.map((j) => `${jobName} / ${j}`),
      });
    }
  }
  return callers;
}

/** True when a workflow's `on:` runs it for pull requests whose base is main. */
export function onPullRequestToMain(on: unknown): boolean {
  if (on === "pull_request") return true;
  if (Array.isArray(on)) return on.includes("pull_request");
  if (!isObject(on) || !("pull_request" in on)) return false;
  const filter = on.pull_request;
  if (!isObject(filter)) return true;
  const list = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
  if ("branches" in filter) return branchFilter(list(filter.branches), MAIN);
  if ("branches-ignore" in filter) return !branchFilter(list(filter["branches-ignore"]), MAIN);
  return true;
}

/**
 * GitHub's branch filter: the patterns in order, a `!` pattern taking back what earlier ones
 * matched; `*` stays within a `/`, `**` does not (the CODEOWNERS matcher's globs, anchored).
 */
function branchFilter(patterns: string[], branch: string): boolean {
  let matched = false;
  for (const p of patterns) {
    const negated = p.startsWith("!");
    const glob = negated ? p.slice(1) : p;
    if (compilePattern(`/${glob.replace(/^\/+/, "")}`).test(branch)) matched = !negated;
  }
  return matched;
}
