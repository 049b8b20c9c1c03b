import { TOOL, type SecretFinding } from "../types.js";

/** A finding of this package with the fields every one of them has. */
export function finding(
  rule: string,
  severity: SecretFinding["severity"],
  file: string,
  line: number | undefined,
  message: string,
): SecretFinding {
  return { tool: TOOL, rule, severity, message, file, ...(line ? { line } : {}) };
}

export function resourceOf(value: Record<string, unknown>): Pick<SecretFinding, "resource"> {
  const meta = isObject(value.metadata) ? value.metadata : {};
  if (typeof meta.name !== "string") return {};
  return {
    resource: {
      apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
      kind: String(value.kind),
      ...(typeof meta.namespace === "string" ? { namespace: meta.namespace } : {}),
      name: meta.name,
    },
  };
}

export function metaName(value: Record<string, unknown>): string {
  const meta = isObject(value.metadata) ? value.metadata : {};
  return typeof meta.name === "string" ? `"${meta.name}"` : "(unnamed)";
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
