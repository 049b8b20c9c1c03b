// The rendered diff in the promotion PR body (#21 item 6), against the OpenAPI-checked fake
// GitHub with real git and real kustomize: a collapsed section per target of the target env, the
// image change in a unified diff, Secret values never in the body, and a size bound with a note.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  BODY_LIMIT,
  Git,
  promoteChain,
  renderedDiffSection,
  type GitHubRepo,
} from "../../packages/promote/src/index.js";
import { testBinaries } from "../support/binaries.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, type TestRepo } from "../support/git.js";
import { IDENTITY, isolateGit } from "./fixture.js";
import { fixtureRepo, snapshot } from "./layout-fixtures.js";

const SECRETS = ["staging-token-Xq7Lm2", "prod-token-Zr9Kp4", "staging-pass-Wd3", "prod-pass-Hn8"];
const b64 = (s: string) => Buffer.from(s).toString("base64");

beforeAll(async () => {
  isolateGit();
  // The promotion renders with the tools on PATH, as a runner's would be.
  process.env.PATH = `${(await testBinaries()).dir}:${process.env.PATH ?? ""}`;
});

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

function secret(token: string, password: string): string {
  return [
    "apiVersion: v1",
    "kind: Secret",
    "metadata:",
    "  name: web-credentials",
    "type: Opaque",
    "stringData:",
    `  token: ${token}`,
    "data:",
    `  password: ${b64(password)}`,
    "",
  ].join("\n");
}

/** dr-two-region with a Secret in web's staging and prod-us-east overlays, promoted as a whole file. */
function repoWithSecret(config = ""): TestRepo {
  const files = Object.fromEntries(snapshot(fixtureRepo("dr-two-region")));
  for (const env of ["staging", "prod-us-east"]) {
    const k = `apps/web/overlays/${env}/kustomization.yaml`;
    files[k] = files[k]!.replace("  - ../../base\n", "  - ../../base\n  - secret.yaml\n");
  }
  files["apps/web/overlays/staging/secret.yaml"] = secret(SECRETS[0]!, SECRETS[2]!);
  files["apps/web/overlays/prod-us-east/secret.yaml"] = secret(SECRETS[1]!, SECRETS[3]!);
  files[".gitops.yaml"] = `promote:\n${config}  services:\n    web:\n      files: [secret.yaml]\n`;
  return createTestRepo(files);
}

function client(fake: FakeGitHub): GitHubRepo {
  return { client: getOctokit(fake.token, { baseUrl: fake.url }), owner: fake.owner, repo: fake.repo };
}

const bodyOf = (fake: FakeGitHub, n: number) => fake.repository.issues.get(n)?.body ?? "";

describe("the rendered diff in the promotion PR body", () => {
  it("shows each target env's rendered change, collapsed, with Secret values redacted, for the primary and its DR env", async () => {
    gh = await startFakeGitHub();
    const repo = repoWithSecret();
    const chain = await promoteChain({
      repo: repo.dir,
      from: "staging",
      to: "prod-us-east",
      services: ["web"],
      mode: "pr",
      github: client(gh),
      git: { identity: IDENTITY },
    });
    expect(chain.targets.map((t) => [t.request.to, t.pr?.number])).toEqual([
      ["prod-us-east", 1],
      ["prod-us-west", 2],
    ]);
    const east = bodyOf(gh, 1);
    expect(east).toContain("### Rendered prod-us-east diff");
    expect(east).toContain(
      "<details><summary><code>apps/web/overlays/prod-us-east</code> (changed: 2 changed)",
    );
    expect(east).toContain(
      "-        - image: ghcr.io/example/web:1.2.0\n+        - image: ghcr.io/example/web:1.3.0",
    );
    expect(east).toContain("**Secret web/web-credentials** (changed)");
    expect(east).toContain(`+  token: "<redacted: changed>"`);
    expect(east).toContain(`+  password: "<redacted: changed>"`);
    // Only the target env: staging and the DR env are not in this PR's diff.
    expect(east).not.toContain("<code>apps/web/overlays/staging</code>");
    expect(east).not.toContain("<code>apps/web/overlays/prod-us-west</code>");
    const west = bodyOf(gh, 2);
    expect(west).toContain("### Rendered prod-us-west diff");
    expect(west).toContain("<code>apps/web/overlays/prod-us-west</code>");
    expect(west).toContain("+        - image: ghcr.io/example/web:1.3.0");
    for (const body of [east, west]) {
      expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
      for (const value of SECRETS) {
        expect(body).not.toContain(value);
        expect(body).not.toContain(b64(value));
      }
    }
  });

  it("a grouped PR (promote.prs: grouped) carries one rendered section per env, the DR env included", async () => {
    gh = await startFakeGitHub();
    const repo = repoWithSecret("  prs: grouped\n");
    const chain = await promoteChain({
      repo: repo.dir,
      from: "staging",
      to: "prod-us-east",
      services: ["web"],
      mode: "pr",
      github: client(gh),
      git: { identity: IDENTITY },
    });
    expect(chain.grouped).toBe(true);
    expect(chain.targets.map((t) => [t.request.to, t.pr?.number])).toEqual([
      ["prod-us-east", 1],
      ["prod-us-west", 1],
    ]);
    const body = bodyOf(gh, 1);
    const east = body.indexOf("### Rendered prod-us-east diff");
    const west = body.indexOf("### Rendered prod-us-west diff");
    expect(east).toBeGreaterThan(0);
    expect(west).toBeGreaterThan(east);
    expect(body.slice(east, west)).toContain("<code>apps/web/overlays/prod-us-east</code>");
    expect(body.slice(west)).toContain("<code>apps/web/overlays/prod-us-west</code>");
    for (const value of SECRETS) expect(body).not.toContain(value);
  });

  it("stays within its limit: a target that does not fit is named in a note", async () => {
    gh = await startFakeGitHub();
    const repo = repoWithSecret();
    const base = repo.git("rev-parse", "HEAD");
    const chain = await promoteChain({
      repo: repo.dir,
      from: "staging",
      to: "prod-us-east",
      services: ["web"],
      mode: "commit",
      noDr: true,
      git: { identity: IDENTITY },
    });
    const head = chain.targets[0]?.commit ?? "";
    const input = { git: new Git(repo.dir), prefix: "", base, head, envs: ["prod-us-east"] };
    const full = await renderedDiffSection({ ...input, limit: 60_000 });
    expect(full).toContain("<details>");
    const cut = await renderedDiffSection({ ...input, limit: 800 });
    expect(cut.length).toBeLessThanOrEqual(800);
    expect(cut).not.toContain("<details>");
    expect(cut).toContain("The diff was cut to fit a comment: 1 more target(s) changed.");
    expect(cut).toContain("- `apps/web/overlays/prod-us-east`");
    expect(await renderedDiffSection({ ...input, limit: 100 })).toBe(
      "### Rendered prod-us-east diff\n\nLeft out: the pull request body has no room left.\n",
    );
    // No render tools: the section says so instead of failing the promotion.
    const none = await renderedDiffSection({ ...input, limit: 60_000, toolsEnv: { PATH: "/nonexistent" } });
    expect(none).toMatch(
      /^### Rendered prod-us-east diff\n\nNot available: kustomize is needed to render the targets but not installed [^\n]*\n$/,
    );
    for (const value of SECRETS) expect(full + none).not.toContain(value);
    // The worktree used for the base is gone again.
    expect(repo.git("worktree", "list")).not.toContain("gitops-pr-diff-");
  });
});
