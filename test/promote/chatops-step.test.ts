// `/promote <service> [env]` in a chain with a fan-out group: the source is the step before the
// named env, never its sibling in the group; a group alias fans out to the group's envs, as
// `gitops promote` does; a group source is refused with a message naming the CLI form.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/index.js";
import { chatOpsStep } from "../../packages/promote/src/chatops-step.js";
import { writeFiles } from "../support/git.js";

const deployment = (env: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: web-${env} }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "ghcr.io/example-org/web:1.0.0" }]
`;

async function layout(chain: string) {
  const dir = mkdtempSync(join(tmpdir(), "gitops-chatops-step-"));
  const files: Record<string, string> = { ".gitops.yaml": `environments: ${chain}\n` };
  for (const env of ["qa", "staging", "prod-us", "prod-eu"]) {
    files[`envs/${env}/kustomization.yaml`] = "resources: [deployment.yaml]\n";
    files[`envs/${env}/deployment.yaml`] = deployment(env);
  }
  writeFiles(dir, files);
  return loadModel(dir);
}

describe("the envs a /promote comment moves between", () => {
  it("takes the source from the step before, not from the named env's group", async () => {
    const l = await layout("[qa, staging, [prod-us, prod-eu]]");
    expect(chatOpsStep(l, "prod-eu")).toEqual({ from: "staging", to: "prod-eu", envs: ["prod-eu"] });
    expect(chatOpsStep(l, "prod-us")).toEqual({ from: "staging", to: "prod-us", envs: ["prod-us"] });
    expect(chatOpsStep(l, "staging")).toEqual({ from: "qa", to: "staging", envs: ["staging"] });
  });

  it("fans out to the group a comment names by its alias, or to the last step's group when it names none", async () => {
    const l = await layout("[qa, staging, [prod-us, prod-eu]]");
    const group = { from: "staging", to: "prod", envs: ["prod-us", "prod-eu"] };
    expect(chatOpsStep(l, "prod")).toEqual(group);
    expect(chatOpsStep(l, undefined)).toEqual(group);
    expect(() => chatOpsStep(l, "qa")).toThrow('"qa" is the first environment');
    expect(() => chatOpsStep(l, "dev")).toThrow('unknown environment "dev"');
  });

  it("asks for the env when the last step is a group with no common name", async () => {
    const l = await layout("[qa, [staging, prod-us, prod-eu]]");
    expect(() => chatOpsStep(l, undefined)).toThrow(
      "name the environment: the last step of the chain is the group staging, prod-us, prod-eu, which has no common name",
    );
  });

  it("refuses a target whose previous step is a group, naming the CLI form", async () => {
    const l = await layout("[qa, [prod-us, prod-eu], staging]");
    expect(() => chatOpsStep(l, "staging")).toThrow(
      "the step before staging is the group prod-us, prod-eu: promote from one of them with gitops promote <from> staging",
    );
  });

  it("defaults to the last env of a plain chain", async () => {
    const l = await layout("[qa, staging, prod-us, prod-eu]");
    expect(chatOpsStep(l, undefined)).toEqual({ from: "prod-us", to: "prod-eu", envs: ["prod-eu"] });
  });
});
