import { isAbsolute, relative, resolve, sep } from "node:path";
import { UserError } from "../../../core/src/errors.js";
import type { Finding, Severity } from "../../../core/src/finding.js";
import { runTool } from "../../../tools/src/index.js";
import type { PolicyResult } from "../engine/run.js";

/** A file conftest checks, and what findings on it belong to. */
export interface ConftestInput {
  /** Absolute path. */
  path: string;
  /** Shown in findings: relative to the repo. */
  file: string;
  target?: string;
}

export interface ConftestOptions {
  binary: string;
  repo: string;
  /** Folders holding the Rego policies (`--policy`). */
  policyDirs: string[];
  namespaces: string[];
  allNamespaces: boolean;
  /** Data files or folders (`--data`), absolute. */
  data: string[];
  combine: boolean;
  inputs: ConftestInput[];
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/** One `failures`/`warnings`/`exceptions` entry of `conftest test --output json`. */
interface ConftestResult {
  msg?: unknown;
  loc?: { file?: unknown; line?: unknown };
  metadata?: { query?: unknown; _loc?: { file?: unknown; line?: unknown }; [k: string]: unknown };
}

interface CheckResult {
  filename?: unknown;
  namespace?: unknown;
  failures?: ConftestResult[];
  warnings?: ConftestResult[];
  exceptions?: ConftestResult[];
}

/** The argument list: never a shell, so nothing in a path or policy reaches one. */
export function conftestArgs(o: ConftestOptions): string[] {
  const args = ["test", "--no-color", "--output", "json"];
  for (const dir of o.policyDirs) args.push("--policy", dir);
  if (o.allNamespaces) args.push("--all-namespaces");
  else for (const ns of o.namespaces) args.push("--namespace", ns);
  for (const d of o.data) args.push("--data", d);
  if (o.combine) args.push("--combine");
  args.push("--", ...o.inputs.map((i) => i.path));
  return args;
}

/**
 * Runs conftest on the inputs and maps its JSON output to results: failures are errors,
 * warnings warnings, and Rego `exception` rules notices. A rule that returns `_loc`
 * (`{"msg": ..., "_loc": {"file": ..., "line": ...}}`) sets the finding's file and line.
 */
export async function runConftest(o: ConftestOptions): Promise<PolicyResult[]> {
  const run = await runTool(o.binary, conftestArgs(o), {
    cwd: o.repo,
    timeoutMs: o.timeoutMs,
    ...(o.env ? { env: o.env } : {}),
  });
  if (run.timedOut) throw new UserError(`conftest did not finish within ${o.timeoutMs / 1000} s`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(run.stdout);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) {
    const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
    throw new UserError(`conftest failed (exit ${run.code ?? "killed"}): ${why || "no output"}`);
  }
  return mapConftestOutput(parsed as CheckResult[], o);
}

/** Maps parsed `conftest test --output json` to results. */
export function mapConftestOutput(
  checks: readonly CheckResult[],
  o: Pick<ConftestOptions, "repo" | "inputs">,
): PolicyResult[] {
  const out: PolicyResult[] = [];
  for (const check of checks) {
    const filename = typeof check.filename === "string" ? check.filename : "";
    const input = o.inputs.find(
      (i) => i.path === filename || i.file === filename || resolve(o.repo, filename) === i.path,
    );
    const groups: [ConftestResult[] | undefined, Severity, string][] = [
      [check.failures, "error", "deny"],
      [check.warnings, "warning", "warn"],
      [check.exceptions, "notice", "exception"],
    ];
    for (const [results, severity, fallbackRule] of groups) {
      for (const r of results ?? []) {
        const query = typeof r.metadata?.query === "string" ? r.metadata.query : "";
        const [namespace, rule] = splitQuery(
          query,
          typeof check.namespace === "string" ? check.namespace : "main",
          fallbackRule,
        );
        const msg = typeof r.msg === "string" && r.msg ? r.msg : query;
        const finding: Finding = {
          tool: "policy",
          rule: `${namespace}/${rule}`,
          severity,
          message: `${namespace}/${rule}: ${oneLine(msg)}${severity === "notice" ? " (Rego exception)" : ""}`,
        };
        if (input) {
          finding.file = input.file;
          if (input.target !== undefined) finding.target = input.target;
        }
        const loc = r.loc ?? r.metadata?._loc;
        if (loc && typeof loc.file === "string" && loc.file !== "") finding.file = repoPath(o.repo, loc.file);
        const line = Number(loc?.line);
        if (Number.isInteger(line) && line > 0) finding.line = line;
        out.push({ finding, policy: namespace, rule, waivable: severity !== "notice" });
      }
    }
  }
  return out;
}

/** `data.main.deny` → [main, deny]; `data.a.b.warn_x` → [a.b, warn_x]. */
function splitQuery(query: string, namespace: string, fallback: string): [string, string] {
  const m = /^data\.(.+)\.([^.]+)$/.exec(query);
  return m?.[1] && m[2] ? [m[1], m[2]] : [namespace, fallback];
}

function repoPath(repo: string, file: string): string {
  if (!isAbsolute(file)) return file.split(sep).join("/");
  const rel = relative(repo, file);
  return rel.startsWith("..") ? file : rel.split(sep).join("/");
}

function oneLine(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ").trim();
  return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}
