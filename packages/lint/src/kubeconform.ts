import { join } from "node:path";
import { UserError } from "../../core/src/errors.js";
import type { Finding } from "../../core/src/finding.js";
import type { LintConfig } from "../../core/src/config.js";
import { findTool } from "../../tools/src/locate.js";
import { runTool } from "../../tools/src/exec.js";
import { missingSeverity, dotted, type Locate } from "./schema/check.js";
import type { RenderedResource } from "./rendered.js";

/** One entry of `kubeconform -output json`'s `resources` (pkg/output/json.go). */
interface KubeconformResult {
  filename: string;
  kind: string;
  name: string;
  version: string;
  /** statusValid, statusInvalid, statusError or statusSkipped. */
  status: string;
  msg: string;
  validationErrors?: { path: string; msg: string }[];
}

/** What kubeconform -summary prints after the results. */
export interface KubeconformSummary {
  valid: number;
  invalid: number;
  errors: number;
  skipped: number;
}

/**
 * Validates the rendered outputs with the kubeconform binary instead of the bundled schemas, so
 * teams keep their own schema catalogs (`lint.schemaLocations`). Runs
 * `kubeconform -output json -summary [-strict] -kubernetes-version X -schema-location ... files`
 * and maps each invalid resource (and each validation error) to a Finding on its source.
 */
export async function runKubeconform(options: {
  repo: string;
  files: readonly string[];
  resources: readonly RenderedResource[];
  config: LintConfig;
  kubeVersion: string;
  locate: Locate;
  env?: NodeJS.ProcessEnv;
}): Promise<{ findings: Finding[]; summary: KubeconformSummary }> {
  const bin = findTool("kubeconform", options.env);
  if (!bin) {
    throw new UserError(
      'lint.schemaEngine is "kubeconform" but no kubeconform binary was found on PATH or in the tool cache; install it with setup-tools (or `gitops tools install kubeconform`), or use schemaEngine: builtin',
    );
  }
  const args = ["-output", "json", "-summary", "-kubernetes-version", `${options.kubeVersion}.0`];
  if (options.config.strict) args.push("-strict");
  for (const loc of options.config.schemaLocations) args.push("-schema-location", loc);
  args.push(...options.files);
  const result = await runTool(bin, args, {
    cwd: options.repo,
    env: options.env ?? process.env,
    timeoutMs: 600_000,
  });
  let parsed: { resources?: KubeconformResult[]; summary?: KubeconformSummary };
  try {
    parsed = JSON.parse(result.stdout) as typeof parsed;
  } catch {
    const why = result.timedOut ? "timed out" : (result.stderr.trim().split("\n")[0] ?? "no output");
    throw new UserError(`kubeconform (${bin}) did not print JSON: ${why}`);
  }
  const byKey = new Map(options.resources.map((r) => [`${r.output}|${r.kind}|${r.name}`, r]));
  const findings: Finding[] = [];
  for (const res of parsed.resources ?? []) {
    const file = res.filename.startsWith(options.repo)
      ? res.filename.slice(options.repo.length + 1)
      : res.filename;
    const resource = byKey.get(`${file}|${res.kind}|${res.name}`);
    const base = (at: (string | number)[]): Pick<Finding, "file" | "line" | "target" | "resource"> => {
      if (!resource) return { file };
      const loc = options.locate(resource, at);
      const out: Pick<Finding, "file" | "line" | "target" | "resource"> = {
        file: loc.file,
        target: resource.target.id,
        resource: { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name },
      };
      if (loc.line) out.line = loc.line;
      return out;
    };
    const label = `${res.kind}${res.name ? ` ${res.name}` : ""}`;
    if (res.status === "statusInvalid") {
      const errors = res.validationErrors?.length ? res.validationErrors : [{ path: "", msg: res.msg }];
      for (const e of errors) {
        const at = e.path
          .split("/")
          .slice(1)
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        findings.push({
          tool: "lint",
          rule: /additional ?propert/i.test(e.msg) ? "schema/unknown-field" : "schema/invalid",
          severity: "error",
          message: `${label}: ${at.length ? `"${dotted(at)}" ` : ""}${e.msg} (kubeconform)`,
          ...base(at),
        });
      }
    } else if (res.status === "statusError") {
      const missing = /could not find schema/i.test(res.msg);
      const severity = missing
        ? missingSeverity(options.config.missingSchema, res.version, res.kind)
        : "error";
      if (severity === "off") continue;
      findings.push({
        tool: "lint",
        rule: missing ? "schema/missing" : "schema/invalid",
        severity,
        message: `${label}: ${res.msg} (kubeconform)`,
        ...base([]),
      });
    }
  }
  return { findings, summary: parsed.summary ?? { valid: 0, invalid: 0, errors: 0, skipped: 0 } };
}

/** The rendered output files kubeconform reads, absolute. */
export function outputFiles(repo: string, outputs: readonly string[]): string[] {
  return outputs.map((o) => join(repo, o));
}
