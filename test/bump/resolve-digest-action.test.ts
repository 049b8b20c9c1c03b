// The bump action with resolve-digest: the bundle run as the runner runs it, the registry
// credentials from its inputs masked, the digest pinned on the pushed bump branch.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { startFakeRegistry, type FakeRegistry } from "../support/fake-registry/index.js";
import { createTestRepo, git } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { exampleFiles } from "../promote/fixture.js";

const WEB = "apps/web/overlays/staging/kustomization.yaml";
const BRANCH = "bump/staging/web";
const PASSWORD = "registry-pass-7f3a91";

let gh: FakeGitHub;
let registry: FakeRegistry;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
  await registry.close();
});

/** The example infra repo, web's image on the loopback registry, as a bare repository under a file:// server. */
function infraServer(host: string): { server: string; bare: string } {
  const files = exampleFiles();
  for (const [path, text] of Object.entries(files)) {
    if (path.startsWith("apps/web/"))
      files[path] = text.split("ghcr.io/example-org/web").join(`${host}/example-org/web`);
  }
  const repo = createTestRepo(files);
  const server = mkdtempSync(join(tmpdir(), "gitops-digest-server-"));
  mkdirSync(join(server, "acme"));
  const bare = join(server, "acme", "infra-gitops.git");
  git(server, "clone", "--quiet", "--bare", repo.remote, bare);
  return { server, bare };
}

function env(server: string): Record<string, string> {
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: `file://${server}`,
    GITHUB_REPOSITORY: "acme/web",
    GITHUB_SHA: "ab".repeat(20),
    GITHUB_RUN_ID: "42",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
  };
}

describe("actions/bump resolve-digest", () => {
  it("pins the tag to the registry's digest on the bump branch; the registry password is masked and never printed", async () => {
    gh = await startFakeGitHub();
    registry = await startFakeRegistry({ users: { "ci-bot": PASSWORD } });
    const digest = registry.push("example-org/web", "2.9.0");
    const { server, bare } = infraServer(registry.host);
    const result = await runAction(
      "bump",
      {
        repository: "acme/infra-gitops",
        token: gh.token,
        service: "web",
        image: `${registry.host}/example-org/web:2.9.0`,
        "resolve-digest": "true",
        "registry-username": "ci-bot",
        "registry-password": PASSWORD,
      },
      { env: env(server) },
    );
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ status: "pushed", branch: BRANCH, "pr-number": "1" });
    const text = git(bare, "show", `${BRANCH}:${WEB}`);
    expect(text).toContain("newTag: 2.9.0");
    expect(text).toContain(`digest: ${digest}`);
    expect(gh.repository.issues.get(1)?.title).toBe(`Bump web in staging to 2.9.0@${digest}`);
    expect(result.masks).toContain(PASSWORD);
    const printed = result.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(printed + result.summary).not.toContain(PASSWORD);
  });

  it("an unknown tag fails the step with exit 2 naming the image, and nothing is pushed", async () => {
    gh = await startFakeGitHub();
    registry = await startFakeRegistry({ anonymous: true });
    const { server, bare } = infraServer(registry.host);
    const result = await runAction(
      "bump",
      {
        repository: "acme/infra-gitops",
        token: gh.token,
        service: "web",
        image: `${registry.host}/example-org/web:0.0.0-nope`,
        "resolve-digest": "true",
      },
      { env: env(server) },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations.filter((a) => a.level === "error").map((a) => a.message)).toEqual([
      expect.stringContaining(
        `image ${registry.host}/example-org/web:0.0.0-nope (registry ${registry.host}): tag not found`,
      ),
    ]);
    expect(git(bare, "branch", "--list", BRANCH)).toBe("");
    expect(gh.repository.issues.size).toBe(0);
  });
});
