// Malformed YAML in each file people write: the run ends with the documented
// exit code and one message naming the file (and line), never a stack trace.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectHardened, gitops, snapshot } from "./harness.js";
import { configMap, removeTempFolders, tinyRepo, writeIn } from "./yaml-inputs.js";

afterAll(removeTempFolders);

/** An unclosed flow sequence: every YAML parser refuses it. */
const BROKEN = "broken: [not, closed\n";

const RENDERED = "render/index.json";

interface IndexEntry {
  id: string;
  status: string;
  error?: string;
}

function renderStatus(repo: string, id: string): IndexEntry | undefined {
  const index = JSON.parse(readFileSync(join(repo, RENDERED), "utf8")) as { targets: IndexEntry[] };
  return index.targets.find((t) => t.id === id);
}

describe("hardening: broken YAML", () => {
  it("a kustomization: its target fails, naming the file; the other targets still render", async () => {
    const file = "apps/web/overlays/staging/kustomization.yaml";
    const repo = tinyRepo();
    writeIn(repo, file, `${readFileSync(join(repo, file), "utf8")}${BROKEN}`);
    const before = snapshot(repo);

    const render = await gitops(["render", "--repo", repo]);
    expectHardened(render, { code: 1, names: [file], repo, before });
    expect(renderStatus(repo, "apps/web/overlays/staging")?.status).toBe("failed");
    expect(renderStatus(repo, "applications/staging/queue-staging")?.status).toBe("ok");

    const lint = await gitops(["lint", "--repo", repo]);
    expectHardened(lint, { code: 1, names: [file], repo, before });
  });

  it("a Helm values file, of an Application and of the chart itself: the target fails, naming it", async () => {
    const valueFiles = ["apps/queue/overlays/staging/values.yaml", "apps/queue/base/values.yaml"];
    for (const file of valueFiles) {
      const repo = tinyRepo({ [file]: `replicas: 2\n${BROKEN}` });
      const before = snapshot(repo);
      const render = await gitops(["render", "--repo", repo]);
      expectHardened(render, { code: 1, names: [file], repo, before });
      expect(renderStatus(repo, "applications/staging/queue-staging")?.status).toBe("failed");
      expect(renderStatus(repo, "apps/web/overlays/staging")?.status).toBe("ok");
    }
  });

  it("an Argo CD Application under argo-apps/: render and lint name it with its line", async () => {
    const file = "argo-apps/staging/queue.yaml";
    const repo = tinyRepo();
    writeIn(repo, file, `${readFileSync(join(repo, file), "utf8")}${BROKEN}`);
    const before = snapshot(repo);
    for (const command of ["render", "lint"]) {
      const r = await gitops([command, "--repo", repo]);
      expectHardened(r, { code: 1, names: [new RegExp(`${file}:\\d+`)], repo, before });
    }
  });

  it("a policy under policies/: policy and validate stop with exit 2, naming it with its line", async () => {
    const file = "policies/configmap-has-data.yaml";
    const repo = tinyRepo();
    writeIn(repo, file, `${readFileSync(join(repo, file), "utf8")}${BROKEN}`);
    const manifests = writeIn(repo, "manifests/cm.yaml", configMap("checked"));
    const before = snapshot(repo);
    const checked = await gitops(["policy", "--repo", repo, "--manifests", manifests]);
    expectHardened(checked, { code: 2, names: [new RegExp(`${file}:\\d+`)], repo, before });
    const validate = await gitops(["validate", "--repo", repo]);
    expectHardened(validate, { code: 2, names: [new RegExp(`${file}:\\d+`)], repo, before });
  });

  it(".gitops.yaml: every command stops with exit 2, naming it with its line", async () => {
    const repo = tinyRepo({ ".gitops.yaml": `environments: [staging, prod]\n${BROKEN}` });
    const before = snapshot(repo);
    for (const command of ["targets", "render", "lint", "policy", "secrets", "validate"]) {
      const r = await gitops([command, "--repo", repo]);
      expectHardened(r, { code: 2, names: [/\.gitops\.yaml:\d+: invalid YAML/], repo, before });
    }
  });
});
