import type { ErrorObject } from "ajv";
import type { Finding, Severity } from "../../../core/src/finding.js";
import type { LintConfig } from "../../../core/src/config.js";
import type { SourceLocation } from "../locate.js";
import type { RenderedResource } from "../rendered.js";
import type { SchemaCatalog } from "./catalog.js";

/** Finds the source of a field of a rendered resource (see SourceLocator). */
export type Locate = (resource: RenderedResource, path: readonly (string | number)[]) => SourceLocation;

/** Most schema findings reported per resource: one broken template must not flood the report. */
const MAX_ERRORS_PER_RESOURCE = 20;

/**
 * Validates every rendered resource against its kind's schema. A kind no schema knows is
 * reported once per kind at the configured severity (`lint.missingSchema`), naming the kind,
 * rather than silently skipped.
 */
export function checkSchemas(
  resources: readonly RenderedResource[],
  catalog: SchemaCatalog,
  missing: LintConfig["missingSchema"],
  locate: Locate,
): Finding[] {
  const findings: Finding[] = [];
  const reportedMissing = new Set<string>();
  for (const r of resources) {
    if (!r.apiVersion || !r.kind) {
      findings.push(
        finding(
          r,
          locate(r, []),
          "schema/not-an-object",
          "error",
          `not a Kubernetes object: apiVersion and kind are required`,
        ),
      );
      continue;
    }
    const schema = catalog.lookup(r.apiVersion, r.kind);
    if (!schema) {
      const severity = missingSeverity(missing, r.apiVersion, r.kind);
      const key = `${r.target.id} ${r.apiVersion}/${r.kind}`;
      if (severity !== "off" && !reportedMissing.has(key)) {
        reportedMissing.add(key);
        findings.push(
          finding(
            r,
            locate(r, []),
            "schema/missing",
            severity,
            `no schema for ${r.kind} (${r.apiVersion}) in Kubernetes ${catalog.kubeVersion}, the bundled CRDs or the CRDs this repository renders: not validated; render its CRD or set lint.missingSchema.kinds.${r.kind} in .gitops.yaml`,
          ),
        );
      }
      continue;
    }
    if (schema.validate(r.value)) continue;
    for (const err of relevant(schema.validate.errors ?? []).slice(0, MAX_ERRORS_PER_RESOURCE)) {
      const path = pointerPath(err.instancePath);
      const { rule, message, at } = describe(err, path);
      findings.push(finding(r, locate(r, at), rule, "error", message));
    }
  }
  return findings;
}

/** The severity for a kind without a schema: `apiVersion/Kind`, then `Kind`, then the default. */
export function missingSeverity(
  missing: LintConfig["missingSchema"],
  apiVersion: string,
  kind: string,
): Severity | "off" {
  const s = missing.kinds[`${apiVersion}/${kind}`] ?? missing.kinds[kind] ?? missing.default;
  return s === "off" ? "off" : s;
}

/** ajv reports every failed branch of an anyOf; keep the errors a reader can act on. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if") continue;
    const key = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function describe(
  err: ErrorObject,
  path: (string | number)[],
): { rule: string; message: string; at: (string | number)[] } {
  const where = dotted(path);
  switch (err.keyword) {
    case "additionalProperties": {
      const field = (err.params as { additionalProperty: string }).additionalProperty;
      const at = [...path, field];
      return { rule: "schema/unknown-field", message: `unknown field "${dotted(at)}"`, at };
    }
    case "required": {
      const field = (err.params as { missingProperty: string }).missingProperty;
      return {
        rule: "schema/required",
        message: `missing required field "${dotted([...path, field])}"`,
        at: path,
      };
    }
    case "type": {
      const expected = String((err.params as { type: string | string[] }).type)
        .split(",")
        .filter((t) => t !== "null")
        .join(" or ");
      return { rule: "schema/type", message: `"${where}" must be ${expected}`, at: path };
    }
    case "enum": {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.filter((v) => v !== null);
      return {
        rule: "schema/enum",
        message: `"${where}" must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`,
        at: path,
      };
    }
    default:
      return { rule: "schema/invalid", message: `"${where}" ${err.message ?? "is invalid"}`, at: path };
  }
}

/** `/spec/containers/0/name` → ["spec", "containers", 0, "name"]. */
function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `spec.containers[0].name`, the way kubectl names fields. */
export function dotted(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out || "(root)";
}

function finding(
  r: RenderedResource,
  at: SourceLocation,
  rule: string,
  severity: Severity,
  message: string,
): Finding {
  const f: Finding = {
    tool: "lint",
    rule,
    severity,
    message: `${r.kind}${r.name ? ` ${r.name}` : ""}: ${message}`,
    file: at.file,
    target: r.target.id,
    resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
  };
  if (at.line) f.line = at.line;
  if (r.namespace && f.resource) f.resource.namespace = r.namespace;
  return f;
}
