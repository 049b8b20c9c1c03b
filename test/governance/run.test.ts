// runGovernance and governanceCheck: the modes the action and the CLI share, in process, against
// the OpenAPI-checked fake GitHub and a stale release/* branch on a local bare origin. The CLI's
// `check --live` and the action's `mode: check, live: true` must report the same findings.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  governance,
  keepDriftIssue,
  runGovernance,
  type DriftOptions,
} from "../../packages/governance/src/index.js";
import { testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { exampleWithRelease } from "./release-support.js";
import { exampleRepo, fixedCodeowners } from "./support.js";

const VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY", "GITOPS_CACHE_DIR"];
const saved = { PATH: process.env.PATH };
const noIssue = (): never => {
  throw new Error("the drift issue's repository was asked for");
};

beforeEach(async () => {
  for (const v of VARS) Reflect.deleteProperty(process.env, v);
  process.env.PATH = `${(await testBinaries()).dir}:${saved.PATH ?? ""}`;
});

describe("runGovernance", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    process.env.PATH = saved.PATH;
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  it("check without live: the offline findings alone, no drift, no GitHub and no drift issue", async () => {
    const repo = exampleRepo({ codeowners: fixedCodeowners });
    const run = await runGovernance({ repo, env: {}, mode: "check", live: false });
    expect(run).toMatchObject({ mode: "check", live: false, drift: false, driftFindings: [] });
    expect(run.plan).toBeUndefined();
    expect(run.findings).toEqual((await governance({ repo })).findings);
    expect(await keepDriftIssue(run, noIssue)).toBeUndefined();
  });

  it("check with live reports what gitops governance check --live does; plan the drift alone; apply none", async () => {
    gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
    gh.seed.role("github-actions[bot]", "admin");
    gh.seed.teamMember("example-org", "platform", "alice");
    const vars = {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: "example-org/infra-gitops",
    };
    const r = exampleWithRelease();
    const options: DriftOptions = { repo: r.dir, env: { ...process.env, ...vars } };

    const check = await runGovernance({ ...options, mode: "check", live: true, fetch: false });
    const rules = check.driftFindings.map((f) => f.rule).sort();
    expect(rules).toEqual(["live/environment-missing", "live/ruleset-missing", "release/diverged"]);
    expect(check).toMatchObject({ live: true, drift: true });
    expect(check.plan?.summary).toMatchObject({ create: 2 });
    const offline = (await governance({ repo: r.dir })).findings;
    expect(check.findings).toEqual([...offline, ...check.driftFindings]);

    Object.assign(process.env, vars);
    const cliRun = await cli("governance", "check", "--live", "--json", "--repo", r.dir);
    expect(cliRun.stderr).toBe("");
    const fromCli = (JSON.parse(cliRun.stdout) as { findings: unknown[] }).findings;
    // The ages in release/diverged count to "now", and --json orders findings worst first.
    const aged = (fs: readonly unknown[]) =>
      fs.map((f) => JSON.stringify(f).replace(/for \d+d( \d+h)?( \d+m)?/g, "for <age>")).sort();
    expect(aged(fromCli)).toEqual(aged(check.findings));

    const plan = await runGovernance({ ...options, mode: "plan", live: false, fetch: false });
    expect(plan.findings).toEqual(plan.driftFindings);
    expect(aged(plan.driftFindings)).toEqual(aged(check.driftFindings));
    expect(plan).toMatchObject({ live: true, drift: true });

    const apply = await runGovernance({ ...options, mode: "apply", live: false });
    expect(apply).toMatchObject({ mode: "apply", findings: [], driftFindings: [], drift: false });
    expect(apply.plan?.summary).toMatchObject({ create: 2 });
    expect(await keepDriftIssue(apply, noIssue)).toBeUndefined();
    const after = await runGovernance({ ...options, mode: "plan", live: false, fetch: false });
    expect(after.driftFindings.map((f) => f.rule)).toEqual(["release/diverged"]);
  });
});
