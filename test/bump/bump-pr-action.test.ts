// The bump action end to end (#20): the bundle run as the runner runs it from a service
// repository's pipeline, cloning the infra repo from a local bare remote (GITHUB_SERVER_URL is a
// file:// folder holding <owner>/<name>.git) and talking to the OpenAPI-checked fake GitHub.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { exampleFiles } from "../promote/fixture.js";

const WEB = "apps/web/overlays/staging/kustomization.yaml";
const BRANCH = "bump/staging/web";
const SOURCE_SHA = "ab".repeat(20);
const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

/** The example infra repo as a bare repository at <server>/acme/infra-gitops.git. */
function infraServer(): { server: string; bare: string; main: string } {
  const repo = createTestRepo(exampleFiles());
  const server = mkdtempSync(join(tmpdir(), "gitops-bump-server-"));
  mkdirSync(join(server, "acme"));
  const bare = join(server, "acme", "infra-gitops.git");
  git(server, "clone", "--quiet", "--bare", repo.remote, bare);
  return { server, bare, main: git(bare, "rev-parse", "main") };
}

function env(fake: FakeGitHub, server: string): Record<string, string> {
  return {
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: `file://${server}`,
    GITHUB_REPOSITORY: "acme/web",
    GITHUB_SHA: SOURCE_SHA,
    GITHUB_RUN_ID: "42",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
  };
}

const inputs = (fake: FakeGitHub, extra: Record<string, string> = {}) => ({
  repository: "acme/infra-gitops",
  token: fake.token,
  service: "web",
  image: "ghcr.io/example-org/web:2.9.0",
  ...extra,
});

describe("actions/bump", () => {
  it("dates the source commit from the push event that built the image", async () => {
    gh = await startFakeGitHub();
    const { server, bare } = infraServer();
    const event = join(mkdtempSync(join(tmpdir(), "gitops-bump-event-")), "event.json");
    writeFileSync(
      event,
      JSON.stringify({
        after: SOURCE_SHA,
        head_commit: { id: SOURCE_SHA, timestamp: "2026-12-01T09:30:00-05:00" },
      }),
    );
    const result = await runAction("bump", inputs(gh), {
      env: { ...env(gh, server), GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: event },
    });
    expect(result.exitCode).toBe(0);
    expect(git(bare, "log", "-1", "--format=%(trailers:key=Source-Commit-Date,valueonly)", BRANCH)).toBe(
      "2026-12-01T09:30:00-05:00",
    );
  });

  it("clones the infra repo, pushes bump/<first env>/<service> and opens the PR, with outputs and trailers", async () => {
    gh = await startFakeGitHub();
    const { server, bare, main } = infraServer();
    const result = await runAction("bump", inputs(gh), { env: env(gh, server) });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      changed: "true",
      status: "pushed",
      branch: BRANCH,
      commit: git(bare, "rev-parse", BRANCH),
      "pr-number": "1",
    });
    expect(result.outputs["pr-url"]).toMatch(/\/acme\/infra-gitops\/pull\/1$/);
    expect(git(bare, "rev-parse", `${BRANCH}^`)).toBe(main);
    expect(git(bare, "show", `${BRANCH}:${WEB}`)).toContain("newTag: 2.9.0");
    expect(
      git(bare, "log", "-1", "--format=%an|%(trailers:key=Source-Repository,key=Source-Commit)", BRANCH),
    ).toBe(`github-actions[bot]|Source-Repository: acme/web\nSource-Commit: ${SOURCE_SHA}`);
    const pr = gh.repository.issues.get(1)!;
    expect(pr.title).toBe("Bump web in staging to 2.9.0");
    expect(pr.body).toContain(
      `[acme/web@${SOURCE_SHA.slice(0, 12)}](file://${server}/acme/web/commit/${SOURCE_SHA})`,
    );
    expect(pr.body).toContain(`built by [this workflow run](file://${server}/acme/web/actions/runs/42)`);
    expect(result.summary).toContain(
      "### gitops bump: web in staging of acme/infra-gitops to `ghcr.io/example-org/web:2.9.0`",
    );
    // The token is masked and never printed.
    expect(result.masks).toContain(gh.token);
    const printed = result.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(printed).not.toContain(gh.token);
  });

  it("a newer image with its digest updates the same PR; auto-merge is enabled", async () => {
    gh = await startFakeGitHub();
    gh.seed.settings({ allowAutoMerge: true });
    const { server, bare, main } = infraServer();
    await runAction("bump", inputs(gh), { env: env(gh, server) });
    const newer = await runAction(
      "bump",
      inputs(gh, { image: "ghcr.io/example-org/web:2.9.1", digest: DIGEST, "auto-merge": "squash" }),
      { env: env(gh, server) },
    );
    expect(newer.exitCode).toBe(0);
    expect(newer.outputs).toMatchObject({ status: "pushed", "pr-number": "1" });
    expect(gh.repository.issues.size).toBe(1);
    expect(gh.repository.issues.get(1)?.title).toBe(`Bump web in staging to 2.9.1@${DIGEST}`);
    expect(gh.repository.issues.get(1)?.pull?.autoMerge).toEqual({
      method: "squash",
      enabledBy: "github-actions[bot]",
    });
    expect(git(bare, "rev-parse", `${BRANCH}^`)).toBe(main);
    const text = git(bare, "show", `${BRANCH}:${WEB}`);
    expect(text).toContain("newTag: 2.9.1");
    expect(text).toContain(`digest: ${DIGEST}`);
  });

  it("retries when another run pushes the bump branch between its fetch and its push", async () => {
    gh = await startFakeGitHub();
    const { server, bare, main } = infraServer();
    // The first push finds the branch just taken by a concurrent bump of an older image.
    const mark = join(server, "raced");
    const hook = join(bare, "hooks", "pre-receive");
    writeFileSync(
      hook,
      `#!/bin/sh
[ -e '${mark}' ] && exit 0
touch '${mark}'
unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
c=$(git commit-tree main^{tree} -p main -m 'bump web in staging to 2.8.9')
git update-ref refs/heads/${BRANCH} "$c"
`,
    );
    chmodSync(hook, 0o755);
    const result = await runAction("bump", inputs(gh), { env: env(gh, server) });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(existsSync(mark)).toBe(true);
    // Two pushes: the first lost the race (its lease said "no branch yet"), the second won.
    expect(result.stdout.match(/^::debug::git push /gm)).toHaveLength(2);
    expect(result.outputs).toMatchObject({ status: "pushed", "pr-number": "1" });
    // The racer's older bump is replaced: one commit, ours, on main.
    expect(git(bare, "rev-parse", `${BRANCH}^`)).toBe(main);
    expect(git(bare, "log", "-1", "--format=%s", BRANCH)).toBe("bump web in staging to 2.9.0");
  });

  it("ends with exit 2 naming the repository and the permission when GitHub refuses the token", async () => {
    gh = await startFakeGitHub();
    const { server, bare } = infraServer();
    const result = await runAction("bump", inputs(gh, { token: "ghs_revoked" }), { env: env(gh, server) });
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(["auth"]);
    expect(result.exitCode).toBe(2);
    expect(result.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^cannot open the pull request for bump\/staging\/web in acme\/infra-gitops: GitHub refused the token \(401 Bad credentials\); .* pull-requests: write .*run the same bump again to open the pull request$/,
      ),
    ]);
    expect(result.stdout).not.toContain("This is a bug");
    expect(git(bare, "rev-parse", "--verify", BRANCH)).toMatch(/^[0-9a-f]{40}$/);
  });

  it("ends with exit 2 naming the image the service does deploy when given another", async () => {
    gh = await startFakeGitHub();
    const { server } = infraServer();
    const result = await runAction("bump", inputs(gh, { image: "ghcr.io/example-org/cms:9.9.9" }), {
      env: env(gh, server),
    });
    expect(result.exitCode).toBe(2);
    expect(result.annotations[0]?.message).toMatch(
      /^web does not deploy image "ghcr\.io\/example-org\/cms" in staging; it deploys: ghcr\.io\/example-org\/web/,
    );
    expect(gh.requests).toEqual([]);
  });
});
