// `gitops changelog --metrics --source argocd|git|auto` in-process: the settings the argocd CLI
// uses (ARGOCD_SERVER, ARGOCD_AUTH_TOKEN, .gitops.yaml argocd.server), the fallback to git, and
// exit 2 with one message for a missing token or a refused one, against the fake Argo CD.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import type { FakeArgoCD } from "../support/fake-argocd/index.js";
import { argoHistory, seedArgo, type ArgoHistory } from "./argocd-fixture.js";

const VARS = ["ARGOCD_SERVER", "ARGOCD_AUTH_TOKEN", "GITHUB_TOKEN", "GH_TOKEN"];
const saved: Record<string, string | undefined> = {};
let h: ArgoHistory;
let argo: FakeArgoCD;

beforeEach(async () => {
  for (const v of VARS) {
    saved[v] = process.env[v];
    Reflect.deleteProperty(process.env, v);
  }
  h = argoHistory();
  argo = await seedArgo(h);
});
afterEach(async () => {
  for (const v of VARS) {
    if (saved[v] === undefined) Reflect.deleteProperty(process.env, v);
    else process.env[v] = saved[v];
  }
  argo.assertClean();
  await argo.close();
});

interface Json {
  argocd?: { server: string };
  environments: { env: string; services: { service: string; sources?: { failures: string } }[] }[];
}

describe("gitops changelog --metrics with Argo CD", () => {
  it("reads Argo CD by default when ARGOCD_SERVER and ARGOCD_AUTH_TOKEN are set", async () => {
    Object.assign(process.env, { ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: argo.token });
    const run = await cli("changelog", "--metrics", "--json", "--repo", h.repo.dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.argocd?.server).toBe(argo.url);
    const web = json.environments.find((e) => e.env === "prod")?.services.find((s) => s.service === "web");
    expect(web?.sources?.failures).toBe("argocd");
    // Plain http is accepted with a warning; the token is never printed.
    expect(run.stderr).toContain("uses plain http");
    expect(run.stdout + run.stderr).not.toContain(argo.token);
  });

  it("takes the server from .gitops.yaml, and --source git skips Argo CD", async () => {
    writeFileSync(join(h.repo.dir, ".gitops.yaml"), `argocd:\n  server: ${argo.url}\n`);
    process.env.ARGOCD_AUTH_TOKEN = argo.token;
    const md = await cli("changelog", "--metrics", "--repo", h.repo.dir);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`Deploys from Argo CD at ${argo.url}`);
    const calls = argo.requests.length;
    const git = await cli("changelog", "--metrics", "--source", "git", "--repo", h.repo.dir);
    expect(git.code).toBe(0);
    expect(git.stdout).not.toContain("Argo CD");
    expect(argo.requests.length).toBe(calls);
  });

  it("falls back to git with a note when auto finds a server and no token", async () => {
    process.env.ARGOCD_SERVER = argo.url;
    const run = await cli("changelog", "--metrics", "--repo", h.repo.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Argo CD at ${argo.url} is configured but ARGOCD_AUTH_TOKEN is not set`);
    expect(run.stdout).not.toContain("Sources:");
    expect(argo.requests).toEqual([]);
  });

  it("exits 2 with one message when --source argocd has no server or token, or the token is refused", async () => {
    const none = await cli("changelog", "--metrics", "--source", "argocd", "--repo", h.repo.dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Argo CD is not configured");
    process.env.ARGOCD_SERVER = argo.url;
    const noToken = await cli("changelog", "--metrics", "--source", "argocd", "--repo", h.repo.dir);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("needs a token: set ARGOCD_AUTH_TOKEN");
    process.env.ARGOCD_AUTH_TOKEN = "argocd-not-a-real-token";
    const refused = await cli("changelog", "--metrics", "--source", "argocd", "--repo", h.repo.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(argo.url);
    expect(refused.stderr).not.toContain("argocd-not-a-real-token");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(refused.stdout).toBe("");
  });

  it("refuses a bad --source, and --source without --metrics", async () => {
    const bad = await cli("changelog", "--metrics", "--source", "flux", "--repo", h.repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--source must be argocd, git or auto, got "flux"');
    const alone = await cli("changelog", "--source", "git", "--repo", h.repo.dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--source and --timeout need --metrics");
  });
});
