// The starter pack in examples/infra-gitops/policies: every policy passes its passing fixture
// and refuses its failing one, with the policy's own message. No rendering: `--manifests` mode.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPolicyCheck } from "../../packages/policy/src/index.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/infra-gitops", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/starter", import.meta.url));

async function check(fixture: string) {
  const report = await runPolicyCheck({
    repo: EXAMPLE,
    manifests: [`${FIXTURES}/namespaces.yaml`, `${FIXTURES}/${fixture}`],
  });
  return report;
}

const POLICIES: [string, RegExp[]][] = [
  ["require-resource-limits", [/every container must set resources\.requests and resources\.limits/]],
  [
    "disallow-latest-tag",
    [
      /not pinned: ghcr\.io\/example-org\/web:latest, ghcr\.io\/example-org\/proxy@sha256:, ghcr\.io\/example-org\/web$/,
    ],
  ],
  [
    "prod-min-replicas",
    [
      /spec\.replicas must be set to at least 2/,
      /spec\.minReplicas of an autoscaler must be set to at least 2/,
    ],
  ],
  ["disallow-plain-secrets", [/plain Secrets are not allowed/]],
  [
    "disallow-default-project",
    [/must name an AppProject other than default/, /must name an AppProject other than default/],
  ],
  [
    "allowed-registries",
    [/must come from ghcr\.io\/example-org\/; found: docker\.io\/library\/busybox:1\.37$/],
  ],
];

describe("starter pack policies", () => {
  for (const [policy, messages] of POLICIES) {
    it(`${policy} admits its passing fixture`, async () => {
      const report = await check(`${policy}.pass.yaml`);
      expect(report.findings).toEqual([]);
      expect(report.stats.evaluations).toBeGreaterThan(0);
    });

    it(`${policy} refuses its failing fixture with its message`, async () => {
      const report = await check(`${policy}.fail.yaml`);
      expect(report.findings.map((f) => f.rule)).toEqual(messages.map(() => policy));
      expect(report.findings.every((f) => f.severity === "error" && f.tool === "policy")).toBe(true);
      for (const [i, re] of messages.entries()) expect(report.findings[i]?.message).toMatch(re);
      expect(report.findings[0]?.file).toMatch(new RegExp(`${policy}\\.fail\\.yaml$`));
      expect(report.findings[0]?.line).toBeGreaterThan(0);
    });
  }
});
