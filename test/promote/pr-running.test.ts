// "Running for" in the promotion PR body (#21 item 6): from Argo CD when it is configured (the time
// the source env's Applications first ran a revision containing the change), else the merge time;
// an Argo CD that cannot be read leaves the merge time and says so; a gated env reuses the gate's
// evidence (one List call). Against the swagger-checked fake Argo CD and the fake GitHub.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { promote, promoteChain } from "../../packages/promote/src/index.js";
import { copyExample } from "../support/example.js";
import { startFakeArgoCD, type FakeArgoCD, type SeedApp } from "../support/fake-argocd/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, type TestRepo } from "../support/git.js";
import { IDENTITY, isolateGit } from "./fixture.js";

const REPO_URL = "https://github.com/example-org/infra-gitops.git";
const STAGING = "apps/web/overlays/staging/kustomization.yaml";
/** The change reaches main (the merge time) on the 29th; the promotion commit is made on 1 Dec. */
const MERGED = "2026-11-29T10:00:00Z";
const PROMOTED = "2026-12-01T10:00:00Z";
const DATES = ["GIT_COMMITTER_DATE", "GIT_AUTHOR_DATE"] as const;

beforeAll(isolateGit);

let argo: FakeArgoCD;
let gh: FakeGitHub;
let repo: TestRepo;
let base: string;
let change: string;
let later: string;

function setDate(iso: string | undefined): void {
  for (const name of DATES) {
    if (iso === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = iso;
  }
}

function setupRepo(config = ""): void {
  setDate(MERGED);
  repo = createTestRepo();
  copyExample(repo.dir);
  const file = join(repo.dir, ".gitops.yaml");
  writeFileSync(file, readFileSync(file, "utf8") + config);
  base = repo.commit("the example");
  const staging = readFileSync(join(repo.dir, STAGING), "utf8").replace("newTag: 2.8.1", "newTag: 2.9.0");
  change = repo.commit("web 2.9.0 in staging", { [STAGING]: staging });
  later = repo.commit("docs: a note", { "NOTES.md": "later\n" });
  repo.git("push", "--quiet", "origin", "main");
  setDate(PROMOTED);
}

/** web-staging ran `base`, then the change from the 30th 10:00, then a re-sync of a later commit. */
function webStaging(more: Partial<SeedApp> = {}): SeedApp {
  return {
    name: "web-staging",
    project: "staging",
    source: { repoURL: REPO_URL, path: "apps/web/overlays/staging", targetRevision: "main" },
    history: [
      { revision: base, deployedAt: "2026-11-28T08:00:00Z" },
      { revision: change, deployedAt: "2026-11-30T10:00:00Z" },
      { revision: later, deployedAt: "2026-11-30T20:00:00Z" },
    ],
    ...more,
  };
}

function openPr(env: NodeJS.ProcessEnv, now?: Date) {
  return promote({
    repo: repo.dir,
    from: "staging",
    to: "prod",
    services: ["web"],
    mode: "pr",
    github: { client: getOctokit(gh.token, { baseUrl: gh.url }), owner: gh.owner, repo: gh.repo },
    git: { identity: IDENTITY },
    argocd: { env, ...(now ? { now } : {}) },
  });
}

const bodyOf = (n: number | undefined) => gh.repository.issues.get(n ?? 0)?.body ?? "";
const webRow = (since: string, running: string) =>
  `| web | \`${change.slice(0, 12)}\` web 2.9.0 in staging | Test Author | ${MERGED} | ${since} | ${running} |`;

beforeEach(async () => {
  argo = await startFakeArgoCD();
  gh = await startFakeGitHub();
});

afterEach(async () => {
  setDate(undefined);
  argo.assertClean();
  gh.assertClean();
  expect(argo.state.syncs).toEqual([]);
  await argo.close();
  await gh.close();
});

describe("Running for in the promotion PR", () => {
  it("is dated by Argo CD when it is configured and the env is not gated: since the first sync that ran the change", async () => {
    setupRepo();
    argo.app(webStaging());
    const result = await openPr({ ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: argo.token });
    expect(result.status).toBe("pushed");
    expect(result.gate).toBeUndefined();
    const body = bodyOf(result.pr?.number);
    expect(body).toContain("| Service | Last change in staging | Author | Merged | Since | Running for |");
    // The re-sync of the 30th 20:00 does not restart the clock: it ran the change since 10:00.
    expect(body).toContain(webRow("2026-11-30T10:00:00Z (Argo CD)", "24 hours"));
    expect(body).toContain(
      `"Argo CD" is when the service's Applications in staging (Argo CD at ${argo.url}) first ran a revision containing the change`,
    );
    expect(argo.requests.map((r) => r.operationId)).toEqual(["ApplicationService_List"]);
  });

  it("keeps the merge time, with a note, for a service whose Application does not run the change yet", async () => {
    setupRepo();
    argo.app(webStaging({ history: [{ revision: base, deployedAt: "2026-11-28T08:00:00Z" }] }));
    const result = await openPr({ ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: argo.token });
    const body = bodyOf(result.pr?.number);
    expect(body).toContain(webRow(`${MERGED} (merge)`, "2 days"));
    expect(body).toContain("- web: web-staging does not run the change yet");
  });

  it("falls back to the merge time and says so when Argo CD is configured but unreachable or has no token; the PR still opens", async () => {
    setupRepo();
    const gone = await startFakeArgoCD();
    const url = gone.url;
    await gone.close();
    const unreachable = await openPr({ ARGOCD_SERVER: url, ARGOCD_AUTH_TOKEN: "t" });
    expect(unreachable.status).toBe("pushed");
    const body = bodyOf(unreachable.pr?.number);
    expect(body).toContain(webRow(`${MERGED} (merge)`, "2 days"));
    expect(body).toMatch(/- Argo CD could not be read \(.*127\.0\.0\.1.*\): every time is the merge time/);
    expect(body).not.toContain("\n    at ");
    const noToken = await openPr({ ARGOCD_SERVER: argo.url });
    // Server text in the body is escaped as markdown (`_` as an entity).
    expect(bodyOf(noToken.pr?.number)).toContain(
      `Argo CD could not be read (Argo CD at ${argo.url} needs a token: set ARGOCD&#95;AUTH&#95;TOKEN`,
    );
    expect(argo.requests).toEqual([]);
  });

  it("is the plain merge time when Argo CD is not configured", async () => {
    setupRepo();
    const result = await openPr({});
    const body = bodyOf(result.pr?.number);
    expect(body).toContain("| Service | Last change in staging | Author | Merged | Running for |");
    expect(body).toContain(`| Test Author | ${MERGED} | 2 days |`);
    expect(body).not.toContain("Argo CD");
  });

  it("uses the gate's evidence when the env is gated: Argo CD is asked once", async () => {
    setupRepo("promote:\n  gate:\n    envs: [prod]\n    soak: 30m\n");
    argo.app(webStaging());
    const result = await openPr(
      { ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: argo.token },
      new Date("2026-12-01T09:00:00Z"),
    );
    expect(result.status).toBe("pushed");
    expect(result.gate?.applications[0]).toMatchObject({
      deployedAt: "2026-11-30T20:00:00Z",
      runningSince: "2026-11-30T10:00:00Z",
    });
    const body = bodyOf(result.pr?.number);
    expect(body).toContain(webRow("2026-11-30T10:00:00Z (Argo CD)", "24 hours"));
    expect(body).toContain("### Gate: staging before prod");
    expect(argo.requests.map((r) => r.operationId)).toEqual(["ApplicationService_List"]);
  });

  it("is dated by Argo CD in a grouped pull request (promote.prs: grouped) too", async () => {
    setDate(MERGED);
    const overlay = (tag: string) =>
      `resources: [deployment.yaml]\nimages:\n  - name: ghcr.io/acme/web\n    newTag: ${tag}\n`;
    const deployment =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web\n";
    const files: Record<string, string> = {
      ".gitops.yaml": `environments: [staging, [prod-us, prod-eu]]\nrender:\n  repoURLs: ["${REPO_URL}"]\npromote:\n  prs: grouped\n`,
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
    setDate(PROMOTED);
    argo.app({
      ...webStaging(),
      history: [{ revision: group.git("rev-parse", "HEAD"), deployedAt: "2026-11-30T22:00:00Z" }],
    });
    const chain = await promoteChain({
      repo: group.dir,
      from: "staging",
      to: "prod",
      services: ["web"],
      mode: "pr",
      github: { client: getOctokit(gh.token, { baseUrl: gh.url }), owner: gh.owner, repo: gh.repo },
      git: { identity: IDENTITY },
      argocd: { env: { ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: argo.token } },
    });
    expect(chain.grouped).toBe(true);
    const body = bodyOf(chain.targets[0]?.pr?.number);
    expect(body).toMatch(
      /\| web \| .* \| 2026-11-29T10:00:00Z \| 2026-11-30T22:00:00Z \(Argo CD\) \| 12 hours \|/,
    );
    expect(argo.requests.map((r) => r.operationId)).toEqual(["ApplicationService_List"]);
  });
});
