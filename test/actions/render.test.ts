// The render action end to end: the dist bundle run as the runner runs it, with the
// real binaries on PATH, and the sticky PR comment against the fake GitHub API.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { startFakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, type TestRepo } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { exampleFiles } from "../render/support.js";

type FakeGitHub = Awaited<ReturnType<typeof startFakeGitHub>>;

let path: string;
let repo: TestRepo;
let gh: FakeGitHub;

beforeAll(async () => {
  const bins = await testBinaries();
  path = `${bins.dir}:/usr/bin:/bin`;
  repo = createTestRepo(exampleFiles());
  gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
  gh.seed.pull({ head: "bump", title: "Bump cms in prod" });
});

afterAll(async () => {
  await gh.close();
});

function prEvent(baseSha: string, headSha: string) {
  return {
    pull_request: { number: 1, base: { sha: baseSha, ref: "main" }, head: { sha: headSha, ref: "bump" } },
  };
}

describe("actions/render", () => {
  it("renders every target on a push, with outputs and a summary", async () => {
    const ws = join(repo.dir, "..", "ws-push");
    cpSync(repo.dir, ws, { recursive: true });
    const r = await runAction("render", {}, { workspace: ws, env: { PATH: path } });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs["changed-targets"] ?? "[]")).toHaveLength(13);
    expect(r.outputs).toMatchObject({ index: "./render/index.json", failed: "0", "diff-file": "" });
    expect(r.summary).toContain("✅ 13 rendered, 0 failed");
    expect(
      (JSON.parse(readFileSync(join(ws, "render/index.json"), "utf8")) as { targets: unknown[] }).targets,
    ).toHaveLength(13);
  });

  it("on a pull request renders what changed and posts, then updates, one diff comment", async () => {
    const base = repo.git("rev-parse", "HEAD");
    repo.git("checkout", "--quiet", "-b", "bump");
    const bump = (tag: string) =>
      repo.commit(`cms ${tag}`, {
        "apps/cms/overlays/prod/kustomization.yaml": readFileSync(
          join(repo.dir, "apps/cms/overlays/prod/kustomization.yaml"),
          "utf8",
        ).replace(/newTag: "?[\d.]+"?/, `newTag: "${tag}"`),
      });
    const env = { PATH: path, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "example-org/infra-gitops" };
    const first = await runAction(
      "render",
      { "github-token": gh.token },
      { workspace: repo.dir, env, event: prEvent(base, bump("9.9.9")), eventName: "pull_request" },
    );
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(first.outputs["changed-targets"] ?? "")).toEqual(["apps/cms/overlays/prod"]);
    expect(first.outputs["diff-file"]).toBe("./render/diff.md");
    const comments = [...gh.repository.comments.values()];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("<!-- gitops-actions:render-diff -->");
    expect(comments[0]?.body).toContain(
      "-          image: ghcr.io/example-org/cms:1.14.2\n+          image: ghcr.io/example-org/cms:9.9.9",
    );

    const second = await runAction(
      "render",
      { "github-token": gh.token },
      { workspace: repo.dir, env, event: prEvent(base, bump("9.9.10")), eventName: "pull_request" },
    );
    expect(second.exitCode).toBe(0);
    const after = [...gh.repository.comments.values()];
    expect(after).toHaveLength(1);
    expect(after[0]?.body).toContain("cms:9.9.10");
    expect(gh.requests.filter((q) => q.method === "PATCH")).toHaveLength(1);
    gh.assertClean();
  });

  it("fails with exit 1 and an annotation on the file when a target breaks", async () => {
    const ws = join(repo.dir, "..", "ws-broken");
    cpSync(repo.dir, ws, { recursive: true });
    cpSync(
      join(ws, "apps/cms/overlays/prod/kustomization.yaml"),
      join(ws, "apps/cms/overlays/prod/kustomization.yaml.bak"),
    );
    const k = join(ws, "apps/cms/overlays/prod/kustomization.yaml");
    const text = readFileSync(k, "utf8").replace("resources:\n", "resources:\n  - missing.yaml\n");
    writeFileSync(k, text);
    const r = await runAction("render", { comment: "false" }, { workspace: ws, env: { PATH: path } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.failed).toBe("1");
    const a = r.annotations.find((x) => x.level === "error");
    expect(a?.properties.file).toBe("apps/cms/overlays/prod/kustomization.yaml");
    expect(a?.message).toContain("'missing.yaml' does not exist");
  });

  it("exits 2 naming the input when concurrency is not a number", async () => {
    const r = await runAction(
      "render",
      { concurrency: "lots" },
      { workspace: repo.dir, env: { PATH: path } },
    );
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]?.message).toContain('"concurrency"');
  });

  it("exits 2 naming helm and kustomize when they are not installed", async () => {
    // Only git on PATH: this machine may have a kubectl of its own in /usr/bin.
    const bin = mkdtempSync(join(tmpdir(), "gitops-onlygit-"));
    symlinkSync(execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim(), join(bin, "git"));
    const r = await runAction("render", {}, { workspace: repo.dir, env: { PATH: bin } });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]?.message).toMatch(
      /^helm, kustomize are needed to render the targets but not installed/,
    );
  });
});
