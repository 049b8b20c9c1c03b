// The starter policies init writes: loaded by the policy engine without complaint, and run per
// object on Pods and every Pod controller (the pod template where each keeps it), as warnings.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/index.js";
import { loadPolicies } from "../../packages/policy/src/index.js";
import { cli } from "../support/cli.js";
import { copyShape } from "./support.js";

const container = (name: string, extra: string) =>
  `      - name: ${name}\n${extra
    .split("\n")
    .filter(Boolean)
    .map((l) => `        ${l}`)
    .join("\n")}\n`;
const LIMITS = "resources:\n  limits: { cpu: 100m, memory: 64Mi }";
const good = (image: string) => container("app", `image: ${image}\n${LIMITS}`);

/** A workload of `kind` whose pod spec is `spec` (indented for a Deployment's template). */
function workload(kind: string, apiVersion: string, name: string, containers: string, podExtra = ""): string {
  const podSpec = `    spec:\n${podExtra}      containers:\n${containers}`;
  if (kind === "Pod") {
    return `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: apps }\n${podSpec
      .split("\n")
      .map((l) => l.slice(4))
      .join("\n")}`;
  }
  const template = `  template:\n    metadata: { labels: { app: ${name} } }\n${podSpec}`;
  if (kind === "CronJob") {
    const indented = template
      .split("\n")
      .map((l) => (l ? `      ${l}` : l))
      .join("\n");
    return `apiVersion: ${apiVersion}\nkind: CronJob\nmetadata: { name: ${name}, namespace: apps }\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n${indented}`;
  }
  const selector = kind === "Job" ? "" : `  selector: { matchLabels: { app: ${name} } }\n`;
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: ${name}, namespace: apps }\nspec:\n${selector}${template}`;
}

describe("starter policies", () => {
  it("load as three bound ValidatingAdmissionPolicies with no configuration findings", async () => {
    const dir = copyShape("env-base-single-app");
    expect((await cli("init", "--repo", dir)).code).toBe(0);
    const set = loadPolicies(dir, "policies");
    expect(set.cel.map((p) => p.policy.name).sort()).toEqual([
      "disallow-latest-tag",
      "disallow-privileged",
      "require-resource-limits",
    ]);
    expect(set.findings).toEqual([]);
  });

  it("warn on Pods and on every Pod controller's template, and pass clean workloads", async () => {
    const dir = copyShape("env-base-single-app");
    expect((await cli("init", "--repo", dir)).code).toBe(0);
    const manifests = mkdtempSync(join(tmpdir(), "gitops-init-policies-"));
    const docs = [
      workload("Deployment", "apps/v1", "latest", container("app", `image: nginx:latest\n${LIMITS}`)),
      workload("StatefulSet", "apps/v1", "untagged", container("app", `image: registry:5000/db\n${LIMITS}`)),
      workload(
        "DaemonSet",
        "apps/v1",
        "privileged",
        container("app", `image: agent:1.0\n${LIMITS}\nsecurityContext: { privileged: true }`),
      ),
      workload("Job", "batch/v1", "nolimits", container("app", "image: job:1.0")),
      workload("CronJob", "batch/v1", "cronlatest", container("app", `image: cron:latest\n${LIMITS}`)),
      workload("Pod", "v1", "hostnet", good("pod:1.0"), "      hostNetwork: true\n"),
      workload("Deployment", "apps/v1", "clean", good("web@sha256:" + "a".repeat(64))),
      workload("Deployment", "apps/v1", "clean-tag", good("registry:5000/web:1.2.3")),
    ];
    writeFileSync(join(manifests, "all.yaml"), docs.join("---\n"));
    const run = await cli(
      "policy",
      "--repo",
      dir,
      "--policies",
      join(dir, "policies"),
      "--manifests",
      join(manifests, "all.yaml"),
      "--json",
    );
    expect(run.code, run.stderr).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
    const hits = findings.map(
      (f) => `${f.rule} ${f.resource?.kind ?? ""}/${f.resource?.name ?? ""} ${f.severity}`,
    );
    expect(hits.sort()).toEqual(
      [
        "disallow-latest-tag Deployment/latest warning",
        "disallow-latest-tag StatefulSet/untagged warning",
        "disallow-privileged DaemonSet/privileged warning",
        "require-resource-limits Job/nolimits warning",
        "disallow-latest-tag CronJob/cronlatest warning",
        "disallow-privileged Pod/hostnet warning",
      ].sort(),
    );
  });
});
