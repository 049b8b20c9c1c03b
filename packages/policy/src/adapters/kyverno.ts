import { UserError } from "../../../core/src/errors.js";
import type { Finding, Severity } from "../../../core/src/finding.js";
import { parseYaml } from "../../../core/src/yaml.js";
import { runTool } from "../../../tools/src/index.js";
import type { PolicyResult } from "../engine/run.js";
import type { CliRule } from "../kyverno/parse.js";
import type { Resource } from "../types.js";

/** One file of objects the kyverno CLI checks, with the objects we read from it. */
export interface KyvernoInput {
  path: string;
  resources: Resource[];
}

export interface KyvernoOptions {
  binary: string;
  repo: string;
  /** Policy files holding the rules that need the CLI. */
  policyFiles: string[];
  exceptionFiles: string[];
  rules: CliRule[];
  inputs: KyvernoInput[];
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/** One `results` entry of a wgpolicyk8s.io PolicyReport/ClusterPolicyReport. */
interface ReportResult {
  policy?: unknown;
  rule?: unknown;
  result?: unknown;
  message?: unknown;
  resources?: { apiVersion?: unknown; kind?: unknown; name?: unknown; namespace?: unknown }[];
}

/** The argument list for one input file; no shell ever sees it. */
export function kyvernoArgs(o: KyvernoOptions, input: KyvernoInput): string[] {
  const args = ["apply", ...o.policyFiles, "--resource", input.path];
  for (const e of o.exceptionFiles) args.push("--exception", e);
  args.push("--policy-report", "--output-format", "json", "--remove-color");
  return args;
}

/**
 * Runs `kyverno apply ... --policy-report` once per input file (so every result maps back to one
 * target) and turns the report into results. `fail` takes the rule's failureAction (Enforce: an
 * error, Audit: a notice), `warn` is a warning, `error` an error; `pass` and `skip` say nothing.
 * Results of rules evaluated in-process (validate.cel) are dropped: those are ours.
 */
export async function runKyverno(o: KyvernoOptions): Promise<PolicyResult[]> {
  const out: PolicyResult[] = [];
  for (const input of o.inputs) {
    const run = await runTool(o.binary, kyvernoArgs(o, input), {
      cwd: o.repo,
      timeoutMs: o.timeoutMs,
      ...(o.env ? { env: o.env } : {}),
    });
    if (run.timedOut) throw new UserError(`kyverno did not finish within ${o.timeoutMs / 1000} s`);
    const results = parseReports(run.stdout);
    if (!results) {
      const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
      throw new UserError(
        `kyverno apply failed (exit ${run.code ?? "killed"}): ${why || "no policy report"}`,
      );
    }
    out.push(...mapKyvernoResults(results, input, o.rules));
  }
  return out;
}

/**
 * The results of every report in the CLI's output: JSON (one report or a list) or YAML documents.
 * Lines before the first report (notes about skipped policies) are ignored; undefined when
 * there is no report at all.
 */
export function parseReports(stdout: string): ReportResult[] | undefined {
  const start = stdout.search(/^(\{|\[|apiVersion:)/m);
  if (start < 0) return undefined;
  const text = stdout.slice(start);
  let docs: unknown[];
  try {
    const json: unknown = JSON.parse(text);
    docs = Array.isArray(json) ? json : [json];
  } catch {
    try {
      docs = parseYaml(text, "kyverno output", {
        maxDocuments: 100_000,
        maxBytes: 512 * 1024 * 1024,
      }).documents.map((d) => d.value);
    } catch {
      return undefined;
    }
  }
  const reports = docs.filter(
    (d): d is { kind: string; results?: ReportResult[] } =>
      typeof d === "object" && d !== null && /PolicyReport$/.test(String((d as { kind?: unknown }).kind)),
  );
  if (reports.length === 0) return undefined;
  return reports.flatMap((r) => (Array.isArray(r.results) ? r.results : []));
}

/** Maps report results of one input to results on its objects. */
export function mapKyvernoResults(
  results: readonly ReportResult[],
  input: KyvernoInput,
  rules: readonly CliRule[],
): PolicyResult[] {
  const out: PolicyResult[] = [];
  for (const r of results) {
    const status = String(r.result);
    if (status !== "fail" && status !== "warn" && status !== "error") continue;
    const policy = (typeof r.policy === "string" ? r.policy : "").replace(/^.*\//, "");
    const reported = typeof r.rule === "string" ? r.rule : "";
    // Kyverno's autogen turns a Pod rule into `autogen-<rule>` / `autogen-cronjob-<rule>` for controllers.
    const rule = reported.replace(/^autogen-(cronjob-)?/, "");
    const known = rules.find((x) => x.policy === policy && x.rule === rule);
    if (!known) continue;
    const severity: Severity =
      status === "warn" ? "warning" : status === "error" ? "error" : SEVERITY[known.action];
    const message = oneLine(
      typeof r.message === "string" && r.message ? r.message : `rule ${reported} ${status}ed`,
    );
    for (const ref of r.resources?.length ? r.resources : [undefined]) {
      const resource = ref
        ? input.resources.find(
            (x) =>
              x.ref.kind === ref.kind &&
              x.ref.name === ref.name &&
              (x.ref.namespace ?? "") === (ref.namespace ?? ""),
          )
        : undefined;
      const finding: Finding = {
        tool: "policy",
        rule: `${policy}/${rule}`,
        severity,
        message: `${policy}/${rule}: ${status === "error" ? "could not evaluate: " : ""}${message}`,
      };
      if (resource) {
        finding.resource = resource.ref;
        if (resource.origin.target !== undefined) finding.target = resource.origin.target;
      } else {
        finding.file = known.file;
        finding.line = known.line;
      }
      const result: PolicyResult = { finding, policy, rule, waivable: true };
      if (resource) result.resource = resource;
      out.push(result);
    }
  }
  return out;
}

const SEVERITY: Record<CliRule["action"], Severity> = { deny: "error", warn: "warning", audit: "notice" };

function oneLine(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ").trim();
  return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}
