// Tokens under step debug logging (RUNNER_DEBUG=1, ACTIONS_STEP_DEBUG=true): the token input and
// GITHUB_TOKEN are masked before any other line, and no form of either (raw, URL-encoded, base64,
// base64 inside `x-access-token:<token>` as git's basic-auth header carries it) shows up in stdout,
// stderr, the summary, outputs, or any file the action leaves behind. Tokens are made at run time.
import { randomBytes } from "node:crypto";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { at, datedRepo, layoutFiles, overlay } from "../changelog/fixture.js";
import { exampleFiles } from "../promote/fixture.js";
import { serveBareRepo, type HttpRemote } from "../promote/http-remote.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { runAction, type ActionResult, type RunActionOptions } from "../support/run-action.js";
import { toolPath } from "./harness.js";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A token in GitHub's format. With `encodable`, it ends in characters URL encoding changes, so the
 * URL-encoded form differs from the raw one and is checked on its own.
 */
function newToken(encodable = true): string {
  const body = [...randomBytes(36)].map((b) => ALNUM[b % ALNUM.length]).join("");
  return `ghs_${body}${encodable ? "+/=" : ""}`;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64");

/** Every form in which `token` could leak; the base64 ones also as they sit inside longer base64. */
function leakForms(token: string): string[] {
  const forms = new Set([token, encodeURIComponent(token), b64(token), b64(`x-access-token:${token}`)]);
  const bytes = Buffer.from(token);
  for (let shift = 0; shift < 3; shift++) {
    const whole = Math.floor((bytes.length - shift) / 3) * 3;
    forms.add(b64(bytes.subarray(shift, shift + whole)));
  }
  return [...forms];
}

/** The forms of any of `tokens` found in `text`, with where they were found. */
function leaks(where: string, text: string, tokens: string[]): string[] {
  return tokens.flatMap((t) =>
    leakForms(t)
      .filter((f) => text.includes(f))
      .map(() => where),
  );
}

/** Every file under `dir` (git's compressed objects left out; their content is read through git). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name === "objects" && d.endsWith(".git")) continue;
      if (e.isDirectory() && !lstatSync(p).isSymbolicLink()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Asserts the masks came first and that no form of any token appears anywhere the run left. */
function expectNoLeak(result: ActionResult, tokens: string[], dirs: string[], gitDirs: string[] = []): void {
  const lines = result.stdout.split("\n");
  const firstOther = lines.findIndex((l) => !l.startsWith("::add-mask::"));
  const early = lines.slice(0, firstOther === -1 ? lines.length : firstOther);
  for (const t of tokens) expect(early, "masked before any other line").toContain(`::add-mask::${t}`);

  const found = [
    ...leaks("stdout", lines.filter((l) => !l.startsWith("::add-mask::")).join("\n"), tokens),
    ...leaks("stderr", result.stderr, tokens),
    ...leaks("summary", result.summary, tokens),
    ...leaks("outputs", JSON.stringify([result.outputs, result.exportedEnv, result.addedPath]), tokens),
    ...[result.runnerTemp, ...dirs].flatMap((d) =>
      filesUnder(d).flatMap((f) => leaks(f, readFileSync(f, "latin1"), tokens)),
    ),
    ...gitDirs.flatMap((d) =>
      leaks(`git history of ${d}`, git(d, "log", "--all", "-p", "--format=%H%n%an %ae%n%B"), tokens),
    ),
  ];
  expect(found).toEqual([]);
}

const DEBUG = { RUNNER_DEBUG: "1", ACTIONS_STEP_DEBUG: "true", GIT_CONFIG_GLOBAL: "/dev/null" };

let gh: FakeGitHub | undefined;
let remote: HttpRemote | undefined;
let path: string;

beforeAll(async () => {
  path = await toolPath();
});

afterEach(async () => {
  gh?.assertClean();
  await gh?.close();
  await remote?.close();
  gh = undefined;
  remote = undefined;
});

/** A fake GitHub that accepts `token` for its bot. */
async function fakeGitHub(token: string): Promise<FakeGitHub> {
  const fake = await startFakeGitHub();
  fake.state.tokens.set(token, "github-actions[bot]");
  return fake;
}

function apiEnv(fake: FakeGitHub, envToken: string): Record<string, string> {
  return {
    ...DEBUG,
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_TOKEN: envToken,
  };
}

function prEvent(base: string, head: string): RunActionOptions["event"] {
  return { pull_request: { number: 1, base: { sha: base, ref: "main" }, head: { sha: head, ref: "bump" } } };
}

describe("tokens under debug logging", () => {
  it("promote: pushes over HTTP with the token in git's header and opens the PR, showing it nowhere", async () => {
    const token = newToken();
    const envToken = newToken();
    gh = await fakeGitHub(token);
    const repo = createTestRepo(exampleFiles());
    remote = await serveBareRepo(repo.remote, `basic ${b64(`x-access-token:${token}`)}`);
    repo.git("remote", "set-url", "origin", remote.url);
    const r = await runAction(
      "promote",
      { from: "staging", to: "prod", services: "web", token },
      { workspace: repo.dir, env: apiEnv(gh, envToken), timeoutMs: 60_000 },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs["pr-number"]).toBe("1");
    // The push really carried the token, so the test watched a run that used it.
    expect(remote.authorizations).toContain(`basic ${b64(`x-access-token:${token}`)}`);
    expectNoLeak(r, [token, envToken], [repo.dir], [repo.remote]);
  });

  it("changelog: publishes releases through the API, showing the token nowhere", async () => {
    const token = newToken();
    const envToken = newToken();
    gh = await fakeGitHub(token);
    const repo = datedRepo(layoutFiles());
    repo.commitAt(
      "Promote web to prod (#7)",
      { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.1.0") },
      { date: at(1) },
    );
    const r = await runAction(
      "changelog",
      { releases: "true", write: "true", "github-token": token },
      { workspace: repo.dir, env: apiEnv(gh, envToken), timeoutMs: 60_000 },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(gh.requests.some((q) => q.method === "POST")).toBe(true);
    expectNoLeak(r, [token, envToken], [repo.dir], [repo.dir]);
  });

  it("render: posts the diff comment on a pull request, showing the token nowhere", async () => {
    const token = newToken();
    const envToken = newToken();
    gh = await fakeGitHub(token);
    gh.seed.pull({ head: "bump", title: "Bump" });
    const cm = (v: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app, namespace: default}\ndata: {v: "${v}"}\n`;
    const repo = createTestRepo({
      ".gitops.yaml": "environments: [staging]\n",
      "environments/staging/cm.yaml": cm("1"),
    });
    const base = repo.git("rev-parse", "HEAD");
    const head = repo.commit("bump", { "environments/staging/cm.yaml": cm("2") });
    const r = await runAction(
      "render",
      { "github-token": token },
      {
        workspace: repo.dir,
        env: { ...apiEnv(gh, envToken), PATH: path },
        event: prEvent(base, head),
        eventName: "pull_request",
        timeoutMs: 60_000,
      },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(gh.repository.comments.size).toBe(1);
    expectNoLeak(r, [token, envToken], [repo.dir]);
  });

  it("report: posts the validate comment on a pull request, showing the token nowhere", async () => {
    const token = newToken();
    const envToken = newToken();
    gh = await fakeGitHub(token);
    gh.seed.pull({ head: "bump", title: "Bump" });
    const repo = createTestRepo();
    const r = await runAction(
      "report",
      { check: "validate", comment: "true", "github-token": token },
      {
        workspace: repo.dir,
        env: apiEnv(gh, envToken),
        event: prEvent("a".repeat(40), "b".repeat(40)),
        eventName: "pull_request",
        timeoutMs: 60_000,
      },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(gh.repository.comments.size).toBe(1);
    expectNoLeak(r, [token, envToken], [repo.dir]);
  });

  it("secret-scan: GITHUB_TOKEN committed to the scanned repo is reported but never shown", async () => {
    const envToken = newToken(false);
    const repo = createTestRepo({ "apps/web/overlays/staging/notes.yaml": `token: ${envToken}\n` });
    const r = await runAction(
      "secret-scan",
      {},
      {
        workspace: repo.dir,
        env: { ...DEBUG, GITHUB_TOKEN: envToken },
        eventName: "workflow_dispatch",
        timeoutMs: 60_000,
      },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).not.toBe("0");
    // The repo holds the planted token on purpose; only what the action wrote is checked.
    expectNoLeak(r, [envToken], []);
  });
});
