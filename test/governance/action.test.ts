// The governance action end to end: its bundle (dist/governance, or GITOPS_DIST) run as the runner
// runs it, on a git copy of the example with a stale release branch on a local bare origin, against
// the OpenAPI-checked fake GitHub. Commit dates come from GIT_COMMITTER_DATE (months before now).
import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { copyExample } from "../support/example.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { GIT_ENV } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { DRIFT_MARKER } from "../../packages/governance/src/index.js";
import { datedRepo, exampleWithRelease } from "./release-support.js";

let env: Record<string, string>;
beforeAll(async () => {
  const bins = await testBinaries();
  env = {
    PATH: `${bins.dir}:/usr/bin:/bin`,
    GITOPS_CACHE_DIR: "",
    ...(Object.fromEntries(Object.entries(GIT_ENV).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >),
  };
});

describe("actions/governance", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  it("check: the offline checks in the summary and SARIF, exit 0 on the example", async () => {
    const r = datedRepo();
    copyExample(r.dir);
    const result = await runAction("governance", { "repo-path": r.dir }, { env });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ drift: "false", errors: "0", "issue-action": "" });
    const sarif = JSON.parse(readFileSync(result.outputs["sarif-file"] ?? "", "utf8")) as {
      runs: { tool: { driver: { name: string } } }[];
    };
    expect(sarif.runs[0]?.tool.driver.name).toBe("gitops-governance");
    expect(result.summary).toContain("Governance check");
  });

  it("plan: opens one drift issue for missing settings and a stale release branch, keeps it, and closes it once apply and the branch's removal end the drift", async () => {
    gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
    const fake = gh;
    fake.seed.role("github-actions[bot]", "admin");
    fake.seed.teamMember("example-org", "platform", "alice");
    const r = exampleWithRelease();
    const run = (mode: string) =>
      runAction(
        "governance",
        { "repo-path": r.dir, mode, issue: "true", "github-token": fake.token, "issue-token": fake.token },
        { env: { ...env, GITHUB_API_URL: fake.url } },
      );
    const marked = () =>
      [...fake.repository.issues.values()].filter((i) => (i.body ?? "").includes(DRIFT_MARKER));

    const first = await run("plan");
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ drift: "true", "issue-action": "opened", "issue-number": "1" });
    expect(first.masks).toContain(fake.token);
    const errors = first.annotations.filter((a) => a.level === "error").map((a) => a.message);
    expect(errors.sort()).toEqual([
      expect.stringContaining('environment "prod" (from .gitops.yaml) does not exist on GitHub'),
      expect.stringMatching(
        /^release\/2026\.05 has rendered differently from main for \d+d .*: apps\/web\/overlays\/prod; /,
      ),
      expect.stringContaining('ruleset "gitops: main" (from .gitops.yaml) does not exist on GitHub'),
    ]);
    expect(first.summary).toContain("### Plan for example-org/infra-gitops");
    expect(marked()[0]?.body).toContain("governance/release/diverged");
    const logged = first.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(logged.join("\n")).not.toContain(fake.token);

    const second = await run("plan");
    expect(second.outputs).toMatchObject({ drift: "true", "issue-action": "unchanged", "issue-number": "1" });

    const apply = await run("apply");
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs).toMatchObject({ drift: "false", "issue-action": "" });
    const third = await run("plan");
    expect(third.outputs).toMatchObject({ drift: "true", "issue-action": "updated", "issue-number": "1" });
    expect(marked()[0]?.body).not.toContain("live/ruleset-missing");

    r.git("push", "--quiet", "origin", "--delete", "release/2026.05");
    const last = await run("plan");
    expect(last.outputs).toMatchObject({ drift: "false", "issue-action": "closed", "issue-number": "1" });
    expect(marked().map((i) => i.state)).toEqual(["closed"]);
  });

  it("check with live exits 1 on drift; a bad mode is exit 2 naming the input", async () => {
    gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
    gh.seed.role("github-actions[bot]", "read");
    const r = exampleWithRelease();
    const check = await runAction(
      "governance",
      { "repo-path": r.dir, live: "true", "github-token": gh.token },
      { env: { ...env, GITHUB_API_URL: gh.url } },
    );
    expect(check.exitCode).toBe(1);
    expect(check.outputs).toMatchObject({ drift: "true", "issue-action": "" });
    expect(existsSync(check.outputs["json-file"] ?? "")).toBe(true);

    const bad = await runAction("governance", { "repo-path": r.dir, mode: "destroy" }, { env });
    expect(bad.exitCode).toBe(2);
    expect(bad.annotations.map((a) => a.level)).toEqual(["error"]);
    expect(bad.annotations[0]?.message).toContain("mode");
    expect(bad.stderr).not.toContain("    at ");
  });
});
