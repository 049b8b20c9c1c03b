// The changelog action with Argo CD: the bundle (dist/, or GITOPS_DIST) run as the runner runs it,
// with the server and token as inputs, against the swagger-checked fake Argo CD.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeArgoCD } from "../support/fake-argocd/index.js";
import { runAction } from "../support/run-action.js";
import { argoHistory, seedArgo, type ArgoHistory } from "./argocd-fixture.js";

let h: ArgoHistory;
let argo: FakeArgoCD;
beforeEach(async () => {
  h = argoHistory();
  argo = await seedArgo(h);
});
afterEach(async () => {
  argo.assertClean();
  await argo.close();
});

const env = { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };

describe("actions/changelog with Argo CD", () => {
  it("takes deploys from the argocd-server and argocd-token inputs, masking the token", async () => {
    const run = await runAction(
      "changelog",
      { metrics: "true", "github-token": "", "argocd-server": argo.url, "argocd-token": argo.token },
      { workspace: h.repo.dir, env },
    );
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.masks).toContain(argo.token);
    const logged = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(logged.join("\n") + run.summary).not.toContain(argo.token);
    expect(run.annotations.map((a) => [a.level, a.message])).toContainEqual([
      "warning",
      `ARGOCD_SERVER ${argo.url} uses plain http: the Argo CD token is sent unencrypted`,
    ]);
    const metrics = JSON.parse(readFileSync(run.outputs["metrics-file"] ?? "", "utf8")) as {
      argocd?: { server: string; applications: number };
    };
    expect(metrics.argocd).toMatchObject({ server: argo.url, applications: 2 });
    expect(
      argo.requests.filter((r) => r.operationId === "ApplicationService_ListResourceEvents"),
    ).toHaveLength(2);
  });

  it("stays git-only with metrics-source git, and exits 2 naming the input for a bad source", async () => {
    const git = await runAction(
      "changelog",
      {
        metrics: "true",
        "github-token": "",
        "metrics-source": "git",
        "argocd-server": argo.url,
        "argocd-token": argo.token,
      },
      { workspace: h.repo.dir, env },
    );
    expect(git.exitCode).toBe(0);
    const metrics = JSON.parse(readFileSync(git.outputs["metrics-file"] ?? "", "utf8")) as {
      argocd?: unknown;
    };
    expect(metrics.argocd).toBeUndefined();
    expect(argo.requests).toEqual([]);
    const bad = await runAction(
      "changelog",
      { metrics: "true", "github-token": "", "metrics-source": "flux" },
      { workspace: h.repo.dir, env },
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.annotations.map((a) => a.message).join("\n")).toContain(
      'Input "metrics-source" must be argocd, git or auto, got "flux"',
    );
  });
});
