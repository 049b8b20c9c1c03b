// The governance and observe callers gitops init writes: where each is written, that a fresh
// repository runs them without the App or server it does not have yet (the job `if:` evaluated with
// GitHub's own expression engine), and that each calling job grants what the called workflow asks.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { initRepo } from "../../packages/init/src/index.js";
import { cli } from "../support/cli.js";
import { copyShape, ROOT, SHAPES } from "./support.js";

const REF = "0123456789abcdef0123456789abcdef01234567";
const GOVERNANCE = ".github/workflows/governance.yaml";
const OBSERVE = ".github/workflows/observe.yaml";

/** The shapes that hold Argo CD Applications or ApplicationSets: observe applies to them. */
const ARGO_SHAPES = [
  "applicationsets",
  "apps-at-root",
  "apps-envs-yml",
  "dr-two-region",
  "example-apps-dir",
  "preview-basic",
  "example",
];

type Permissions = Record<string, string>;
interface CallerJob {
  if?: string;
  uses: string;
  permissions?: Permissions;
  with?: Record<string, unknown>;
  secrets?: unknown;
}
interface Caller {
  permissions: Permissions;
  jobs: Record<string, CallerJob>;
}

function readCaller(dir: string, path: string): Caller {
  return parse(readFileSync(join(dir, path), "utf8")) as Caller;
}

/** Evaluates a job's `if:` as GitHub does, with the `github` and `vars` contexts given. */
function runs(condition: string | undefined, event: string, vars: Record<string, string>): boolean {
  if (condition === undefined) return true;
  const lexed = new Lexer(condition).lex();
  const expr = new Parser(lexed.tokens, ["github", "vars"], []).parse();
  const dict = (o: Record<string, string>) =>
    new data.Dictionary(...Object.entries(o).map(([key, v]) => ({ key, value: new data.StringData(v) })));
  const context = new data.Dictionary(
    { key: "github", value: dict({ event_name: event }) },
    { key: "vars", value: dict(vars) },
  );
  return truthy(new Evaluator(expr, context).evaluate());
}

/** GitHub's truthiness: false, null, 0 and "" are false. */
function truthy(d: data.ExpressionData): boolean {
  if (d instanceof data.BooleanData) return d.value;
  if (d instanceof data.Null) return false;
  if (d instanceof data.NumberData) return d.value !== 0;
  if (d instanceof data.StringData) return d.value !== "";
  return true;
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** What a called workflow's jobs ask for together: GitHub checks them all against the caller, skipped or not. */
function asked(workflow: string): Permissions {
  const wf = parse(readFileSync(join(ROOT, ".github/workflows", workflow), "utf8")) as {
    jobs: Record<string, { permissions?: Permissions }>;
  };
  const out: Permissions = {};
  for (const job of Object.values(wf.jobs))
    for (const [scope, level] of Object.entries(job.permissions ?? {}))
      if ((LEVEL[level] ?? 0) > (LEVEL[out[scope] ?? "none"] ?? 0)) out[scope] = level;
  return out;
}

/** Scopes the calling job grants less of than the called workflow asks. */
function shortfall(job: CallerJob): string[] {
  const workflow = /\/\.github\/workflows\/([\w-]+\.yml)@/.exec(job.uses)?.[1] ?? "";
  return Object.entries(asked(workflow))
    .filter(([scope, level]) => (LEVEL[job.permissions?.[scope] ?? "none"] ?? 0) < (LEVEL[level] ?? 0))
    .map(([scope, level]) => `${scope}: ${level}`);
}

describe("the governance and observe callers", () => {
  it.each(SHAPES)(
    "%s: governance always, observe only where Argo CD deploys the repository",
    async (shape) => {
      const dir = copyShape(shape);
      // The example ships the callers init writes; init then leaves them as they are.
      const added = (path: string) => (existsSync(join(dir, path)) ? "exists" : "add");
      if (shape === "example") expect([added(GOVERNANCE), added(OBSERVE)]).toEqual(["exists", "exists"]);
      const result = await initRepo(dir, { ref: REF, dryRun: true });
      const action = (path: string) => result.files.find((f) => f.path === path)?.action;
      expect(action(GOVERNANCE)).toBe(added(GOVERNANCE));
      if (ARGO_SHAPES.includes(shape)) {
        expect(action(OBSERVE)).toBe(added(OBSERVE));
        expect(result.skipped.map((s) => s.path)).not.toContain(OBSERVE);
      } else {
        expect(action(OBSERVE)).toBeUndefined();
        const skipped = result.skipped.find((s) => s.path === OBSERVE);
        expect(skipped?.reason).toContain("no Argo CD object");
        expect(skipped?.reason).toContain("argocd.server");
      }
    },
  );

  it("runs the pull request check with no secret, and the drift job only once the App is configured", async () => {
    const dir = copyShape("envs-variants");
    await initRepo(dir, { ref: REF });
    const wf = readCaller(dir, GOVERNANCE);
    const { check, drift } = wf.jobs;
    const app = { GITOPS_GOVERNANCE_APP_ID: "12345" };
    expect(runs(check?.if, "pull_request", {})).toBe(true);
    expect(runs(drift?.if, "pull_request", app)).toBe(false);
    for (const event of ["schedule", "workflow_dispatch"]) {
      expect(runs(check?.if, event, app), event).toBe(false);
      expect(runs(drift?.if, event, {}), event).toBe(false);
      expect(runs(drift?.if, event, app), event).toBe(true);
    }
    expect(check?.secrets).toBeUndefined();
    expect(drift?.with).toEqual({ mode: "drift", "app-id": "${{ vars.GITOPS_GOVERNANCE_APP_ID }}" });
    expect(drift?.secrets).toEqual({ "app-private-key": "${{ secrets.GITOPS_GOVERNANCE_APP_KEY }}" });
  });

  it("gates observe on vars.ARGOCD_SERVER unless .gitops.yaml names the server", async () => {
    const apps = copyShape("preview-basic");
    await initRepo(apps, { ref: REF });
    const gated = readCaller(apps, OBSERVE).jobs.observe;
    expect(runs(gated?.if, "schedule", {})).toBe(false);
    expect(runs(gated?.if, "schedule", { ARGOCD_SERVER: "argocd.example.com" })).toBe(true);

    // No Application here, but the config names an Argo CD: observe, and the config's server suffices.
    const configured = copyShape("envs-variants");
    writeFileSync(join(configured, ".gitops.yaml"), "argocd:\n  server: argocd.example.com\n");
    const result = await initRepo(configured, { ref: REF });
    expect(result.files.find((f) => f.path === OBSERVE)?.action).toBe("add");
    const job = readCaller(configured, OBSERVE).jobs.observe;
    expect(job?.if).toBeUndefined();
    for (const j of [gated, job]) {
      expect(j?.with).toEqual({ "argocd-server": "${{ vars.ARGOCD_SERVER }}", grace: "15m" });
      expect(j?.secrets).toEqual({ ARGOCD_AUTH_TOKEN: "${{ secrets.ARGOCD_AUTH_TOKEN }}" });
    }
  });

  it("grants each calling job what the called workflow's jobs ask for, and no more than read at the top", async () => {
    const dir = copyShape("preview-basic");
    const result = await initRepo(dir, { ref: REF });
    // Every caller init writes: GitHub refuses to start any call that grants too little.
    const written = result.files.filter((f) => f.path.startsWith(".github/workflows/")).map((f) => f.path);
    expect(written).toEqual(expect.arrayContaining([GOVERNANCE, OBSERVE, ".github/workflows/validate.yaml"]));
    expect(written).toEqual(
      expect.arrayContaining([".github/workflows/preview.yaml", ".github/workflows/preview-sweep.yaml"]),
    );
    for (const path of written) {
      const wf = readCaller(dir, path);
      expect(wf.permissions, path).toEqual({ contents: "read" });
      for (const [id, job] of Object.entries(wf.jobs)) {
        expect(shortfall(job), `${path} ${id}`).toEqual([]);
        expect(job.uses, `${path} ${id}`).toMatch(
          new RegExp(`^example-org/gitops-actions/\\.github/workflows/\\w+\\.yml@${REF}$`),
        );
      }
    }
    // And the grant is what the job needs, not write-all: the drift job's issue is its only write.
    expect(readCaller(dir, GOVERNANCE).jobs.drift?.permissions).toEqual({
      contents: "read",
      issues: "write",
    });
  });

  it("leaves a governance or observe workflow the repository has, under either extension", async () => {
    const dir = copyShape("preview-basic");
    mkdirSync(join(dir, ".github/workflows"), { recursive: true });
    writeFileSync(join(dir, ".github/workflows/governance.yml"), "# mine\n");
    writeFileSync(join(dir, ".github/workflows/observe.yml"), "# mine too\n");
    const run = await cli("init", "--repo", dir, "--ref", REF);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("exists  .github/workflows/governance.yml\n");
    expect(run.stdout).toContain("exists  .github/workflows/observe.yml\n");
    expect(readFileSync(join(dir, ".github/workflows/governance.yml"), "utf8")).toBe("# mine\n");
    expect(() => readFileSync(join(dir, GOVERNANCE))).toThrow();
  });

  it("says on the command line why a repository without Argo CD gets no observe workflow", async () => {
    const run = await cli("init", "--repo", copyShape("flux-style"), "--ref", REF, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("would add .github/workflows/governance.yaml\n");
    expect(run.stdout).toMatch(/^skip {4}\.github\/workflows\/observe\.yaml: observe reads Argo CD/m);
  });
});
