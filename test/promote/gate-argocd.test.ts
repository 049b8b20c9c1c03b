// The staging gate (promote.gate): a copy of the example with real commits, the swagger-checked
// fake Argo CD showing staging, and promotions into the gated prod refused or let through.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { promote, promoteChain, type PromoteOptions } from "../../packages/promote/src/index.js";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { startFakeArgoCD, type FakeArgoCD, type SeedApp } from "../support/fake-argocd/index.js";
import { startFakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, type TestRepo } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { IDENTITY, isolateGit } from "./fixture.js";

const REPO_URL = "https://github.com/example-org/infra-gitops.git";
const STAGING = "apps/web/overlays/staging/kustomization.yaml";
const PROD = "apps/web/overlays/prod/kustomization.yaml";
const DEPLOYED = "2026-11-30T10:00:00Z";
/** An hour after the deployment: past the 30m soak. */
const LATER = new Date("2026-11-30T11:00:00Z");
const GATE = "promote:\n  gate:\n    envs: [prod]\n    soak: 30m\n";

beforeAll(isolateGit);

let fake: FakeArgoCD;
let repo: TestRepo;
/** The example as it is, and the commit that moves web to 2.9.0 in staging. */
let base: string;
let change: string;

function setupRepo(gate = GATE): void {
  repo = createTestRepo();
  copyExample(repo.dir);
  const config = join(repo.dir, ".gitops.yaml");
  writeFileSync(config, readFileSync(config, "utf8") + gate);
  base = repo.commit("the example, gated");
  const staging = readFileSync(join(repo.dir, STAGING), "utf8").replace("newTag: 2.8.1", "newTag: 2.9.0");
  change = repo.commit("web 2.9.0 in staging", { [STAGING]: staging });
  repo.git("push", "--quiet", "origin", "main");
}

function webStaging(revision: string, more: Partial<SeedApp> = {}): SeedApp {
  return {
    name: "web-staging",
    project: "staging",
    source: { repoURL: REPO_URL, path: "apps/web/overlays/staging", targetRevision: "main" },
    history: [{ revision, deployedAt: DEPLOYED, deployStartedAt: "2026-11-30T09:59:30Z" }],
    ...more,
  };
}

function run(now = LATER, more: Partial<PromoteOptions> = {}) {
  return promote({
    repo: repo.dir,
    from: "staging",
    to: "prod",
    services: ["web"],
    mode: "edit",
    argocd: { env: { ARGOCD_SERVER: fake.url, ARGOCD_AUTH_TOKEN: fake.token }, now },
    ...more,
  });
}

function prodTag(): string {
  return /newTag: (\S+)/.exec(readFileSync(join(repo.dir, PROD), "utf8"))?.[1] ?? "";
}

beforeEach(async () => {
  fake = await startFakeArgoCD();
  setupRepo();
});

afterEach(async () => {
  fake.assertClean();
  // The gate only reads: whatever it decided, nothing was synced.
  expect(fake.state.syncs).toEqual([]);
  await fake.close();
});

describe("promote.gate against Argo CD", () => {
  it("lets the promotion through when staging is Synced, Healthy, runs the change and has soaked", async () => {
    fake.app(webStaging(change));
    const result = await run();
    expect(result.status).toBe("edited");
    expect(prodTag()).toBe("2.9.0");
    expect(result.gate).toMatchObject({
      from: "staging",
      to: "prod",
      soak: "30m",
      problems: [],
      applications: [
        {
          name: "web-staging",
          service: "web",
          sync: "Synced",
          health: "Healthy",
          revision: change,
          deployedAt: DEPLOYED,
          expected: change,
          contains: true,
          problems: [],
        },
      ],
    });
    expect(fake.requests.map((r) => r.operationId)).toEqual(["ApplicationService_List"]);
  });

  it("counts a later deployment that contains the change (real git ancestry)", async () => {
    const later = repo.commit("docs: a note", { "NOTES.md": "later\n" });
    fake.app(webStaging(later));
    const result = await run();
    expect(result.status).toBe("edited");
    expect(result.gate?.applications[0]).toMatchObject({ revision: later, expected: change, contains: true });
  });

  it("refuses while staging is OutOfSync, and writes nothing", async () => {
    fake.app(webStaging(change, { sync: "OutOfSync" }));
    const result = await run();
    expect(result.status).toBe("refused");
    expect(result.reason).toBe(
      "staging has not passed the gate into prod (promote.gate): web-staging is OutOfSync, not Synced",
    );
    expect(prodTag()).toBe("2.7.4");
  });

  it("refuses while staging is Degraded, quoting Argo CD's health message", async () => {
    fake.app(
      webStaging(change, { health: "Degraded", healthMessage: "Back-off\nrestarting failed container" }),
    );
    const result = await run();
    expect(result.status).toBe("refused");
    expect(result.reason).toContain(
      "web-staging is Degraded (Back-off restarting failed container), not Healthy",
    );
    expect(prodTag()).toBe("2.7.4");
  });

  it("refuses when staging runs a revision that does not contain the promoted change", async () => {
    fake.app(webStaging(base));
    const result = await run();
    expect(result.status).toBe("refused");
    expect(result.reason).toContain(
      `web-staging runs ${base.slice(0, 7)}, which does not contain ${change.slice(0, 7)}, the last change to its inputs`,
    );
    expect(result.gate?.applications[0]).toMatchObject({ contains: false, expected: change });
  });

  it("refuses a deployed revision this clone does not have, rather than guessing", async () => {
    fake.app(webStaging("e".repeat(40)));
    const result = await run();
    expect(result.status).toBe("refused");
    expect(result.reason).toContain("web-staging: cannot tell whether it runs the promoted change");
    expect(result.reason).toContain("is not in this clone");
  });

  it("refuses until the deployment has soaked for promote.gate.soak", async () => {
    fake.app(webStaging(change));
    const result = await run(new Date("2026-11-30T10:10:00Z"));
    expect(result.status).toBe("refused");
    expect(result.reason).toBe(
      "staging has not passed the gate into prod (promote.gate): web-staging was deployed 10m ago (2026-11-30T10:00:00Z); the gate needs 30m of soak",
    );
    expect(prodTag()).toBe("2.7.4");
  });

  it("lists every problem at once", async () => {
    fake.app(webStaging(base, { sync: "OutOfSync", health: "Progressing" }));
    const result = await run(new Date("2026-11-30T10:05:00Z"));
    const problems = result.gate?.problems ?? [];
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/OutOfSync[\s\S]*Progressing[\s\S]*does not contain[\s\S]*5m ago/);
  });

  it("refuses when Argo CD shows no Application of the service in staging, naming the RBAC a token needs", async () => {
    fake.app({
      ...webStaging(change),
      name: "web-prod",
      project: "prod",
      source: { repoURL: REPO_URL, path: "apps/web/overlays/prod" },
    });
    const result = await run();
    expect(result.status).toBe("refused");
    expect(result.reason).toBe(
      `staging has not passed the gate into prod (promote.gate): no Argo CD Application at ${fake.url} deploys web in staging ` +
        '(the repository defines web-staging: not created yet, or the token lacks "applications, get, staging/*")',
    );
  });

  it("does not ask Argo CD for an env that is not gated, nor in a dry run", async () => {
    fake.app(webStaging(base, { sync: "OutOfSync" }));
    const dry = await run(LATER, { mode: "dry-run" });
    expect(dry.status).toBe("dry-run");
    expect(dry.notes).toContain("dry run: the gate into prod (promote.gate) was not checked against Argo CD");
    setupRepo("promote:\n  gate:\n    envs: []\n");
    const open = await run();
    expect(open.status).toBe("edited");
    expect(open.gate).toBeUndefined();
    expect(fake.requests).toEqual([]);
  });

  it("shows the evidence in the promotion pull request's body", async () => {
    const gh = await startFakeGitHub();
    try {
      fake.app(webStaging(change));
      const result = await run(LATER, {
        mode: "pr",
        github: { client: getOctokit(gh.token, { baseUrl: gh.url }), owner: gh.owner, repo: gh.repo },
        git: { identity: IDENTITY },
      });
      expect(result.status).toBe("pushed");
      const body = gh.repository.issues.get(result.pr?.number ?? 0)?.body ?? "";
      expect(body).toContain("### Gate: staging before prod");
      expect(body).toContain(`Argo CD at ${fake.url}; required soak 30m.`);
      expect(body).toContain(
        `| web-staging | Synced | Healthy | \`${change.slice(0, 12)}\` (contains \`${change.slice(0, 12)}\`) | 2026-11-30T10:00:00Z |`,
      );
      gh.assertClean();
    } finally {
      await gh.close();
    }
  });
});

describe("promote.gate on a fan-out group with promote.prs: grouped", () => {
  const overlay = (tag: string) =>
    `resources: [deployment.yaml]\nimages:\n  - name: ghcr.io/acme/web\n    newTag: ${tag}\n`;
  const deployment =
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web\n";

  it("checks the source env once for the group: refused, nothing committed; then one grouped pull request showing the evidence", async () => {
    const files: Record<string, string> = {
      ".gitops.yaml": `environments: [staging, [prod-us, prod-eu]]\nrender:\n  repoURLs: ["${REPO_URL}"]\npromote:\n  prs: grouped\n  gate:\n    envs: [prod]\n    soak: 1h\n`,
    };
    for (const [env, tag] of [
      ["staging", "2.0.0"],
      ["prod-us", "1.0.0"],
      ["prod-eu", "1.0.0"],
    ] as const) {
      files[`apps/web/overlays/${env}/kustomization.yaml`] = overlay(tag);
      files[`apps/web/overlays/${env}/deployment.yaml`] = deployment;
    }
    const group = createTestRepo(files);
    fake.app(webStaging(group.git("rev-parse", "HEAD")));
    const options = {
      repo: group.dir,
      from: "staging",
      to: "prod",
      services: ["web"],
      mode: "commit" as const,
      git: { identity: IDENTITY },
    };
    const env = { ARGOCD_SERVER: fake.url, ARGOCD_AUTH_TOKEN: fake.token };
    const early = await promoteChain({ ...options, argocd: { env, now: new Date("2026-11-30T10:30:00Z") } });
    expect(early.targets.map((t) => [t.request.to, t.status, t.changes.length])).toEqual([
      ["prod-us", "refused", 1],
      ["prod-eu", "refused", 1],
    ]);
    expect(early.targets[0]?.reason).toContain("web-staging was deployed 30m ago");
    expect(early.targets[0]?.diff).toBeUndefined();
    expect(group.git("branch", "--list", "promote/*")).toBe("");
    expect(fake.requests).toHaveLength(1);
    const gh = await startFakeGitHub();
    try {
      const later = await promoteChain({
        ...options,
        mode: "pr",
        github: { client: getOctokit(gh.token, { baseUrl: gh.url }), owner: gh.owner, repo: gh.repo },
        argocd: { env, now: LATER },
      });
      expect(later.grouped).toBe(true);
      expect(later.targets.map((t) => t.status)).toEqual(["pushed", "pushed"]);
      // The one grouped pull request carries the gate's evidence, as a per-env one does.
      const body = gh.repository.issues.get(later.targets[0]?.pr?.number ?? 0)?.body ?? "";
      expect(body).toContain("### Gate: staging before prod-us");
      expect(body).toContain("| web-staging | Synced | Healthy |");
      gh.assertClean();
    } finally {
      await gh.close();
    }
  });
});

describe("actions/promote with a gate", () => {
  it("fails the step with the reason, the evidence in the summary and the Argo CD token masked", async () => {
    const gh = await startFakeGitHub();
    try {
      fake.app(webStaging(change, { health: "Degraded" }));
      const result = await runAction(
        "promote",
        { from: "staging", to: "prod", services: "web", token: gh.token, "argocd-token": fake.token },
        {
          workspace: repo.dir,
          env: {
            GITHUB_API_URL: gh.url,
            GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
            GIT_CONFIG_GLOBAL: "/dev/null",
            GIT_CONFIG_NOSYSTEM: "1",
            ARGOCD_SERVER: fake.url,
          },
        },
      );
      expect(result.exitCode).toBe(1);
      expect(result.outputs.status).toBe("refused");
      // The action has no clock input: only what does not depend on the time is asserted.
      expect(result.outputs.reason).toContain(
        "staging has not passed the gate into prod (promote.gate): web-staging is Degraded, not Healthy",
      );
      expect(result.annotations.filter((a) => a.level === "error").map((a) => a.message)).toEqual([
        `promotion refused: ${result.outputs.reason ?? ""}`,
      ]);
      expect(result.summary).toContain("### Gate: staging before prod");
      expect(result.masks).toContain(fake.token);
      expect(repo.git("ls-remote", "origin")).not.toContain("promote/");
      gh.assertClean();
    } finally {
      await gh.close();
    }
  });
});

describe("gitops promote with a gate", () => {
  const VARS = ["ARGOCD_SERVER", "ARGOCD_AUTH_TOKEN"] as const;
  const saved: Partial<Record<(typeof VARS)[number], string>> = {};
  beforeEach(() => {
    for (const v of VARS) saved[v] = process.env[v];
    process.env.ARGOCD_SERVER = fake.url;
    process.env.ARGOCD_AUTH_TOKEN = fake.token;
  });
  afterEach(() => {
    for (const v of VARS) {
      if (saved[v] === undefined) Reflect.deleteProperty(process.env, v);
      else process.env[v] = saved[v];
    }
  });

  const promoteCli = (...args: string[]) =>
    cli("promote", "staging", "prod", "web", "--repo", repo.dir, ...args);

  it("exits 1 with the refusal and the evidence in --json, and 0 once soaked", async () => {
    fake.app(webStaging(change));
    const early = await promoteCli("--json", "--now", "2026-11-30T10:20:00Z");
    expect(early.code).toBe(1);
    const doc = JSON.parse(early.stdout) as { status: string; reason: string; gate: Record<string, unknown> };
    expect(doc.status).toBe("refused");
    expect(doc.reason).toContain("deployed 20m ago");
    expect(doc.gate).toMatchObject({ passed: false, soak: "30m", applications: [{ name: "web-staging" }] });
    expect(prodTag()).toBe("2.7.4");
    const later = await promoteCli("--now", "2026-11-30T10:30:00Z");
    expect(later.code).toBe(0);
    expect(later.stderr).toMatch(
      /web-staging\s+Synced\s+Healthy\s+\w{7} \(has \w{7}\)\s+2026-11-30T10:00:00Z\s+30m\s+pass/,
    );
    expect(prodTag()).toBe("2.9.0");
  });

  it("exits 2 naming ARGOCD_SERVER or ARGOCD_AUTH_TOKEN when Argo CD is not configured", async () => {
    Reflect.deleteProperty(process.env, "ARGOCD_SERVER");
    const noServer = await promoteCli();
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain(
      "promotion to prod is gated (promote.gate in .gitops.yaml) and reads Argo CD: Argo CD is not configured: set ARGOCD_SERVER",
    );
    process.env.ARGOCD_SERVER = fake.url;
    Reflect.deleteProperty(process.env, "ARGOCD_AUTH_TOKEN");
    const noToken = await promoteCli();
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("set ARGOCD_AUTH_TOKEN");
    for (const run of [noServer, noToken]) expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(prodTag()).toBe("2.7.4");
  });

  it("exits 2 on a bad --now, a soak that is no duration, or a gate env the chain lacks", async () => {
    const now = await promoteCli("--now", "yesterday");
    expect(now.code).toBe(2);
    expect(now.stderr).toContain(
      '--now must be an RFC 3339 time such as 2026-12-01T12:00:00Z, got "yesterday"',
    );
    setupRepo("promote:\n  gate:\n    envs: [prod]\n    soak: 30 minutes\n");
    const soak = await promoteCli();
    expect(soak.code).toBe(2);
    expect(soak.stderr).toMatch(/\.gitops\.yaml:\d+: "promote\.gate\.soak" must match pattern/);
    setupRepo("promote:\n  gate:\n    envs: [production]\n");
    const env = await promoteCli();
    expect(env.code).toBe(2);
    expect(env.stderr).toContain(
      '.gitops.yaml promote.gate.envs names "production", which is no environment or group of the chain; known: staging, prod',
    );
    expect(fake.requests).toEqual([]);
  });
});
