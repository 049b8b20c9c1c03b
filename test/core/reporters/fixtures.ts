import type { Finding } from "../../../packages/core/src/finding.js";

/** A small realistic mix, deliberately out of order: every reporter must sort it worst first. */
export const FINDINGS: Finding[] = [
  {
    tool: "policy",
    rule: "no-latest-tag",
    severity: "warning",
    message: "image cms uses the mutable tag :latest",
    file: "apps/cms/overlays/staging/kustomization.yaml",
    line: 4,
    target: "apps/cms/overlays/staging",
    resource: { apiVersion: "apps/v1", kind: "Deployment", namespace: "cms-staging", name: "cms" },
  },
  {
    tool: "lint",
    rule: "argo/no-sync-policy",
    severity: "notice",
    message: "Application has no sync policy",
    target: "argo-apps/prod",
  },
  {
    tool: "lint",
    rule: "schema",
    severity: "error",
    message: "spec.replicas: expected integer, got string",
    file: "apps/cms/overlays/prod/kustomization.yaml",
    line: 12,
    target: "apps/cms/overlays/prod",
    resource: { apiVersion: "apps/v1", kind: "Deployment", namespace: "cms-prod", name: "cms" },
  },
  {
    tool: "secrets",
    rule: "aws-access-key",
    severity: "error",
    message: "AWS access key in plain text",
    file: "clusters/prod/values.yaml",
    line: 3,
    column: 7,
  },
];

/** Text a manifest could carry into a message: markup, workflow commands, XML breakers, controls. */
export const HOSTILE =
  "bad | value\n::error::x\r\n::add-mask::secret ::stop-commands::tok <script>alert(1)</script> " +
  "]]> & \"q\" 'a' \u0000nul \u001b[31mred\u001b[0m [link](javascript:x) `code` *em* \\ 100%";

export function hostileFinding(over: Partial<Finding> = {}): Finding {
  return {
    tool: "lint",
    rule: "schema",
    severity: "error",
    message: HOSTILE,
    file: "apps/evil/overlays/prod/kustomization.yaml",
    line: 1,
    target: "apps/evil/overlays/prod",
    ...over,
  };
}

/** `n` findings of one severity with distinct messages. */
export function many(n: number, severity: Finding["severity"], message = "finding"): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    tool: "lint",
    rule: "schema",
    severity,
    message: `${message} ${String(i).padStart(5, "0")}`,
    file: `apps/svc${i % 7}/overlays/prod/kustomization.yaml`,
    line: i + 1,
    target: `apps/svc${i % 7}/overlays/prod`,
  }));
}

/** Any C0/C1 control except tab and LF: none may reach a terminal, log line, table or XML file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
