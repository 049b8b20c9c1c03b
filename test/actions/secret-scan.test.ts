// The secret-scan action end to end: the bundle in dist/ run as the runner runs it, on real git
// repositories with bare remotes, for pull_request, push and manual events.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTestRepo, type TestRepo } from "../support/git.js";
import { runAction, type ActionResult } from "../support/run-action.js";
import { plantedCorpus } from "../secrets/corpus.js";
import { Fakes } from "../secrets/fakes.js";
import { copyExample } from "../support/example.js";

const f = new Fakes(21);

function exampleRepo(): TestRepo {
  const repo = createTestRepo();
  copyExample(repo.dir);
  repo.commit("example");
  repo.git("push", "--quiet", "origin", "main");
  return repo;
}

function prEvent(base: string, head: string) {
  return {
    pull_request: { number: 7, base: { sha: base, ref: "main" }, head: { sha: head, ref: "change" } },
  };
}

/** Every line of stdout holding `secret`, other than the runner's ::add-mask:: commands (which it never shows). */
function visibleLeaks(result: ActionResult, secret: string): string[] {
  return result.stdout.split("\n").filter((l) => l.includes(secret) && !l.startsWith("::add-mask::"));
}

describe("actions/secret-scan", () => {
  it("on a pull request, reads every commit of the change and reports a secret added then removed", async () => {
    const repo = exampleRepo();
    const base = repo.git("rev-parse", "HEAD");
    repo.git("checkout", "--quiet", "-b", "change");
    const token = f.githubPat();
    const added = repo.commit("add", { "apps/cms/overlays/prod/values.yaml": `a: 1\ntoken: ${token}\n` });
    const head = repo.commit("remove", { "apps/cms/overlays/prod/values.yaml": "a: 1\n" });
    const result = await runAction(
      "secret-scan",
      {},
      { workspace: repo.dir, eventName: "pull_request", event: prEvent(base, head) },
    );

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      mode: "diff",
      commits: "2",
      findings: "1",
      errors: "1",
      warnings: "0",
    });
    expect(result.annotations.map((a) => a.level)).toEqual(["error"]);
    expect(result.annotations[0]?.properties).toMatchObject({
      file: "apps/cms/overlays/prod/values.yaml",
      line: "2",
      col: "8",
      title: "secrets: github-pat",
    });
    expect(result.annotations[0]?.message).toContain(`added in commit ${added.slice(0, 12)}`);
    expect(result.summary).toContain("## Secret scan");
    expect(result.summary).toContain("Pull request #7. Scanned the lines added by 2 commits since");
    const sarif = JSON.parse(readFileSync(result.outputs["sarif-file"] ?? "", "utf8")) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(["secrets/github-pat"]);
    expect(result.masks).toContain(token);
    expect(visibleLeaks(result, token)).toEqual([]);
  });

  it("never shows any of 28 planted secrets in the log, annotations, summary, outputs or SARIF", async () => {
    const repo = exampleRepo();
    const corpus = plantedCorpus(4);
    repo.commit("leaks", corpus.files);
    const sarifFile = join(mkdtempSync(join(tmpdir(), "secret-scan-sarif-")), "scan.sarif");
    const result = await runAction(
      "secret-scan",
      { "sarif-file": sarifFile },
      { workspace: repo.dir, eventName: "workflow_dispatch" },
    );
    expect(result.exitCode).toBe(1);
    expect(Number(result.outputs.findings)).toBeGreaterThanOrEqual(28);
    const everything = [
      result.annotations.map((a) => `${a.message} ${JSON.stringify(a.properties)}`).join("\n"),
      result.summary,
      JSON.stringify(result.outputs),
      readFileSync(sarifFile, "utf8"),
      result.stderr,
    ].join("\n");
    for (const p of corpus.planted) {
      expect(everything.includes(p.secret), `${p.rule} in ${p.file}`).toBe(false);
      expect(visibleLeaks(result, p.secret), `${p.rule} in ${p.file}`).toEqual([]);
    }
  });

  it("fails with exit 2 and says to fetch history when the pull request's base is not in the checkout", async () => {
    const repo = exampleRepo();
    const head = repo.git("rev-parse", "HEAD");
    const result = await runAction(
      "secret-scan",
      {},
      {
        workspace: repo.dir,
        eventName: "pull_request",
        event: prEvent("1111111111111111111111111111111111111111", head),
      },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations.map((a) => a.message)).toEqual([expect.stringContaining("fetch-depth: 0")]);
  });

  it("passes a push with nothing to scan (a deleted branch) without scanning", async () => {
    const repo = exampleRepo();
    repo.commit("leak", { "a.yaml": `token: ${f.githubPat()}\n` });
    const zero = "0".repeat(40);
    const result = await runAction(
      "secret-scan",
      {},
      {
        workspace: repo.dir,
        eventName: "push",
        event: { before: repo.git("rev-parse", "HEAD"), after: zero, deleted: true },
      },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ mode: "none", findings: "0" });
    expect(result.outputs["sarif-file"]).toBeUndefined();
    expect(result.summary).toContain("Nothing to scan");
  });

  it("scans before..after of a push, and the whole tree when `before` is gone (force push)", async () => {
    const repo = exampleRepo();
    const before = repo.git("rev-parse", "HEAD");
    const after = repo.commit("leak", { "b.yaml": `key: ${f.awsKeyId()}\n` });
    const pushed = await runAction(
      "secret-scan",
      {},
      { workspace: repo.dir, eventName: "push", event: { before, after } },
    );
    expect(pushed.outputs).toMatchObject({ mode: "diff", commits: "1", findings: "1" });

    const forced = await runAction(
      "secret-scan",
      { "fail-on": "notice" },
      {
        workspace: repo.dir,
        eventName: "push",
        event: { before: "2".repeat(40), after },
      },
    );
    expect(forced.outputs).toMatchObject({ mode: "full", findings: "1" });
    expect(forced.exitCode).toBe(1);
    expect(forced.stdout).toContain("scanned the whole tree instead");
  });

  it("scans the whole tree on other events, with annotation paths relative to the workspace", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "secret-scan-ws-"));
    copyExample(join(workspace, "infra"));
    const clean = await runAction(
      "secret-scan",
      { "repo-path": "infra" },
      { workspace, eventName: "workflow_dispatch" },
    );
    expect(clean.exitCode).toBe(0);
    expect(clean.outputs).toMatchObject({ mode: "full", findings: "0", errors: "0" });
    expect(existsSync(clean.outputs["sarif-file"] ?? "")).toBe(true);
    expect(clean.summary).toContain("✅");

    writeFileSync(join(workspace, "infra/apps/cms/overlays/prod/README.md"), "# cms\n");
    const warned = await runAction(
      "secret-scan",
      { "repo-path": "infra" },
      { workspace, eventName: "schedule" },
    );
    expect(warned.exitCode).toBe(0);
    expect(warned.annotations.map((a) => [a.level, a.properties.file])).toEqual([
      ["warning", "infra/apps/cms/overlays/prod/README.md"],
    ]);
  });

  it.each([
    [{ scan: "sometimes" }, 'Input "scan" must be one of auto, full, diff'],
    [{ "fail-on": "fatal" }, 'Input "fail-on" must be one of error, warning, notice'],
    [{ scan: "diff" }, 'Input "scan" is diff, but there is no base'],
  ])("rejects bad input %j with exit 2", async (inputs, message) => {
    const repo = exampleRepo();
    const result = await runAction("secret-scan", inputs, {
      workspace: repo.dir,
      eventName: "workflow_dispatch",
    });
    expect(result.exitCode).toBe(2);
    expect(result.annotations[0]?.message).toContain(message);
  });
});
