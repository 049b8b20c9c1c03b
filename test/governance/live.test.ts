// `gitops governance plan | apply | check --live`: rulesets and environments as code, against the
// OpenAPI-checked fake GitHub (every request and answer validated against GitHub's description).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { governanceOf } from "../support/fake-github/factories/governance.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { exampleRepo } from "./support.js";

const GITHUB_VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY"];
const CHECKS = ["validate / validate", "validate / lint", "validate / policy", "validate / secrets"];
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

interface Report {
  findings: { rule: string; severity: string; message: string; file?: string }[];
  summary: Record<string, unknown>;
  items?: { kind: string; name: string; action: string; differences: { path: string }[] }[];
}

beforeEach(() => {
  for (const v of GITHUB_VARS) Reflect.deleteProperty(process.env, v);
});

describe("gitops governance plan / apply / check --live", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  /** The fake as example-org/infra-gitops (the example's teams belong to example-org), the actor with `role`. */
  async function github(role: "admin" | "read" | "none" = "admin"): Promise<FakeGitHub> {
    gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
    Object.assign(process.env, {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: "example-org/infra-gitops",
    });
    gh.seed.role("github-actions[bot]", role);
    gh.seed.teamMember("example-org", "platform", "alice");
    return gh;
  }

  const writes = (fake: FakeGitHub) => fake.requests.filter((r) => WRITES.has(r.method));

  it("plans the generated ruleset and the prod environment, applies them, and a second apply writes nothing", async () => {
    const fake = await github();
    const repo = exampleRepo({ config: "governance:\n  waitTimer: 30\n" });

    const plan = await cli("governance", "plan", "--repo", repo);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('ruleset "gitops: main" (from .gitops.yaml): create');
    expect(plan.stdout).toContain('environment "prod" (from .gitops.yaml): create');
    expect(plan.stdout).toContain('+ reviewers: ["@example-org/platform"]');
    expect(plan.stdout).toContain('+ rules.pull_request: {"required_approving_review_count":1,');
    expect(plan.stdout).toContain(
      `+ rules.required_status_checks: {"strict_required_status_checks_policy":false,"required_status_checks":[{"context":"validate / validate"},`,
    );
    expect(plan.stdout).toMatch(/example-org\/infra-gitops: 2 to create, 0 to update, 0 unchanged\n$/);
    expect(writes(fake)).toEqual([]);

    const apply = await cli("governance", "apply", "--repo", repo);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain("applied 2 change(s)");
    const [ruleset, ...others] = governanceOf(fake.repository).rulesets.values();
    expect(others).toEqual([]);
    expect(ruleset?.name).toBe("gitops: main");
    expect(ruleset?.enforcement).toBe("active");
    expect(ruleset?.conditions).toEqual({ ref_name: { include: ["refs/heads/main"], exclude: [] } });
    expect(ruleset?.rules.map((r) => r.type)).toEqual([
      "deletion",
      "non_fast_forward",
      "pull_request",
      "required_status_checks",
    ]);
    const pr = ruleset?.rules.find((r) => r.type === "pull_request")?.parameters as Record<string, unknown>;
    expect(pr).toMatchObject({ required_approving_review_count: 1, require_code_owner_review: true });
    const checks = ruleset?.rules.find((r) => r.type === "required_status_checks")?.parameters as {
      required_status_checks: { context: string }[];
    };
    expect(checks.required_status_checks.map((c) => c.context)).toEqual(CHECKS);
    const prod = governanceOf(fake.repository).environments.get("prod");
    expect(prod?.waitTimer).toBe(30);
    expect(prod?.reviewers.map((r) => r.type)).toEqual(["Team"]);
    expect(prod?.branchPolicy).toEqual({ protected_branches: false, custom_branch_policies: true });
    expect(prod?.branchPolicies.map((p) => p.name)).toEqual(["main"]);

    const before = writes(fake).length;
    const again = await cli("governance", "apply", "--repo", repo);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("0 to create, 0 to update, 2 unchanged");
    expect(again.stdout).toContain("nothing to apply: GitHub matches");
    expect(writes(fake).length).toBe(before);

    const check = await cli("governance", "check", "--live", "--json", "--repo", repo);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as Report;
    expect(report.findings.filter((f) => f.rule.startsWith("live/"))).toEqual([]);
    expect(report.summary.live).toEqual({ create: 0, update: 0, unchanged: 2, unmanaged: 0 });
  });

  it("check --live exits 1 on drift made in the UI, plan names each setting, and apply puts it back", async () => {
    const fake = await github();
    const repo = exampleRepo();
    expect((await cli("governance", "apply", "--repo", repo)).code).toBe(0);
    // Someone lowers the approvals, adds a bypass and widens the prod branch policy by hand.
    const ruleset = [...governanceOf(fake.repository).rulesets.values()][0];
    const pr = ruleset?.rules.find((r) => r.type === "pull_request")?.parameters as Record<string, unknown>;
    pr.required_approving_review_count = 0;
    ruleset?.bypassActors.push({ actor_id: 5, actor_type: "RepositoryRole", bypass_mode: "always" });
    governanceOf(fake.repository)
      .environments.get("prod")
      ?.branchPolicies.push({ id: 99, name: "release/*", type: "branch" });

    const check = await cli("governance", "check", "--live", "--repo", repo);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("governance/live/ruleset-drift");
    expect(check.stdout).toContain("governance/live/environment-drift");

    const plan = await cli("governance", "plan", "--json", "--repo", repo);
    expect(plan.code).toBe(0);
    const report = JSON.parse(plan.stdout) as Report;
    expect(report.summary).toMatchObject({ update: 2, create: 0 });
    const paths = report.items?.flatMap((i) => i.differences.map((d) => `${i.name}: ${d.path}`));
    expect(paths).toEqual([
      "gitops: main: bypass_actors",
      "gitops: main: rules.pull_request.parameters.required_approving_review_count",
      "prod: branch_policies",
    ]);
    expect(report.findings.map((f) => f.rule)).toEqual(["live/ruleset-drift", "live/environment-drift"]);

    expect((await cli("governance", "apply", "--repo", repo)).code).toBe(0);
    const after = [...governanceOf(fake.repository).rulesets.values()][0];
    expect(after?.rules.find((r) => r.type === "pull_request")?.parameters).toMatchObject({
      required_approving_review_count: 1,
    });
    expect(after?.bypassActors).toEqual([]);
    const fixed = await cli("governance", "check", "--live", "--repo", repo);
    expect(fixed.stdout).not.toContain("governance/live/");
    expect(
      governanceOf(fake.repository)
        .environments.get("prod")
        ?.branchPolicies.map((p) => p.name),
    ).toEqual(["main"]);
  });

  it("adds required_signatures and required_deployments and the configured approvals and reviewers", async () => {
    const fake = await github();
    fake.seed.role("bob", "write");
    const repo = exampleRepo({
      config:
        "governance:\n  signedCommits: true\n  approvals: 2\n  requiredDeployments: [staging]\n  reviewers: ['@bob', '@example-org/platform']\n",
    });
    expect((await cli("governance", "apply", "--repo", repo)).code).toBe(0);
    const ruleset = [...governanceOf(fake.repository).rulesets.values()][0];
    expect(ruleset?.rules.map((r) => r.type)).toContain("required_signatures");
    expect(ruleset?.rules.find((r) => r.type === "required_deployments")?.parameters).toEqual({
      required_deployment_environments: ["staging"],
    });
    expect(ruleset?.rules.find((r) => r.type === "pull_request")?.parameters).toMatchObject({
      required_approving_review_count: 2,
    });
    expect(
      governanceOf(fake.repository)
        .environments.get("prod")
        ?.reviewers.map((r) => r.type),
    ).toEqual(["User", "Team"]);
    const plan = await cli("governance", "plan", "--repo", repo);
    expect(plan.stdout).toContain("0 to create, 0 to update, 2 unchanged");
  });

  it("takes the rulesets from .github/rulesets/*.json as GitHub exports them, and updates one that changed", async () => {
    const fake = await github();
    const repo = exampleRepo();
    mkdirSync(join(repo, ".github", "rulesets"));
    const exported = (approvals: number) => ({
      id: 42,
      name: "protect main",
      target: "branch",
      source_type: "Repository",
      source: "example-org/infra-gitops",
      enforcement: "active",
      conditions: { ref_name: { exclude: [], include: ["~DEFAULT_BRANCH"] } },
      rules: [
        { type: "deletion" },
        {
          type: "pull_request",
          parameters: {
            required_approving_review_count: approvals,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: true,
            require_last_push_approval: false,
            required_review_thread_resolution: false,
            allowed_merge_methods: ["squash", "merge"],
          },
        },
      ],
      bypass_actors: [],
    });
    const file = join(repo, ".github", "rulesets", "main.json");
    writeFileSync(file, JSON.stringify(exported(1), null, 2));
    expect((await cli("governance", "apply", "--repo", repo)).code).toBe(0);
    const names = () => [...governanceOf(fake.repository).rulesets.values()].map((r) => r.name);
    expect(names()).toEqual(["protect main"]);

    writeFileSync(file, JSON.stringify(exported(2), null, 2));
    const plan = await cli("governance", "plan", "--repo", repo);
    expect(plan.stdout).toContain('ruleset "protect main" (from .github/rulesets/main.json): update');
    expect(plan.stdout).toContain("~ rules.pull_request.parameters.required_approving_review_count: 1 -> 2");
    const before = fake.requests.length;
    expect((await cli("governance", "apply", "--repo", repo)).code).toBe(0);
    const put = fake.requests.slice(before).filter((r) => r.method === "PUT");
    expect(put.map((r) => r.operationId)).toEqual(["repos/update-repo-ruleset"]);
    expect(JSON.stringify(put[0]?.body)).not.toContain('"id"');
    expect(names()).toEqual(["protect main"]);
  });

  it("warns about a live ruleset nothing describes and leaves it alone", async () => {
    const fake = await github();
    const repo = exampleRepo();
    expect((await cli("governance", "apply", "--repo", repo)).code).toBe(0);
    const now = "2024-01-01T00:00:00Z";
    governanceOf(fake.repository).rulesets.set(7, {
      id: 7,
      name: "hand-made",
      target: "tag",
      enforcement: "active",
      bypassActors: [],
      conditions: null,
      rules: [{ type: "deletion" }],
      createdAt: now,
      updatedAt: now,
    });
    const check = await cli("governance", "check", "--live", "--json", "--repo", repo);
    const report = JSON.parse(check.stdout) as Report;
    expect(report.findings.filter((f) => f.rule.startsWith("live/"))).toMatchObject([
      { rule: "live/ruleset-unmanaged", severity: "warning" },
    ]);
    const before = writes(fake).length;
    expect((await cli("governance", "apply", "--repo", repo)).stdout).toContain(
      "not managed here, left alone",
    );
    expect(writes(fake).length).toBe(before);
  });

  it("exits 2 naming the Administration permission when the token may not write (apply) or read (plan)", async () => {
    const fake = await github("read");
    const repo = exampleRepo();
    const apply = await cli("governance", "apply", "--repo", repo);
    expect(apply.code).toBe(2);
    expect(apply.stderr).toContain(
      'refused creating ruleset "gitops: main" of example-org/infra-gitops (403)',
    );
    expect(apply.stderr).toContain('the "Administration" permission (write)');
    expect(apply.stderr).not.toContain(fake.token);
    expect(apply.stderr).not.toMatch(/\n\s+at /);
    expect(governanceOf(fake.repository).rulesets.size).toBe(0);

    fake.seed.role("github-actions[bot]", "none");
    const plan = await cli("governance", "plan", "--repo", repo);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('the "Administration" permission (read)');
    expect(plan.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("takes --token instead of GITHUB_TOKEN, and without either exits 2 naming the variables", async () => {
    const fake = await github();
    Reflect.deleteProperty(process.env, "GITHUB_TOKEN");
    const repo = exampleRepo();
    const none = await cli("governance", "plan", "--repo", repo);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("GITHUB_TOKEN, GH_TOKEN or --token");
    const given = await cli("governance", "plan", "--token", fake.token, "--repo", repo);
    expect(given.code).toBe(0);
    expect(given.stdout).not.toContain(fake.token);
  });

  it("exits 2 naming a malformed ruleset file, before asking GitHub anything", async () => {
    const fake = await github();
    const repo = exampleRepo();
    mkdirSync(join(repo, ".github", "rulesets"));
    writeFileSync(
      join(repo, ".github", "rulesets", "main.json"),
      JSON.stringify({ name: "x", enforcement: "on" }),
    );
    const run = await cli("governance", "plan", "--repo", repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '.github/rulesets/main.json: "enforcement" must be one of disabled, active, evaluate',
    );
    expect(fake.requests).toEqual([]);
  });
});
