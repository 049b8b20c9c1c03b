// Text we do not control — resource names, labels and annotations, kustomize errors, policy
// messages, shard results, commit messages, PR comments — carries lines that the Actions runner
// would run as workflow commands. Whatever an action or `gitops` (in a `run:` step) prints, none
// may run: no injected annotation, mask, stop-commands or set-env, and our own annotations still
// register afterwards (every stop-commands block we open is closed).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { at, datedRepo, layoutFiles, overlay } from "../changelog/fixture.js";
import { exampleFiles } from "../promote/fixture.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, writeFiles } from "../support/git.js";
import {
  parseWorkflowCommands,
  runAction,
  type ActionResult,
  type WorkflowCommand,
} from "../support/run-action.js";
import { emptyDir, expectHardened, gitops, toolPath } from "./harness.js";

/** Lines an attacker would plant. Every command's data or a property starts with PWNED. */
const PAYLOAD = [
  "##[error]PWNED old syntax",
  "##[add-mask]PWNED-old-mask",
  "::stop-commands::PWNEDSTOP",
  "::set-env name=PWNED::y",
  "::warning file=PWNED.yaml::PWNED warning",
  "  ::notice::PWNED indented",
  // Last, so a diff shows them as context lines (" " + indentation, which the runner trims).
  "::add-mask::x",
  "::error::PWNED error",
];
const PAYLOAD_TEXT = PAYLOAD.join("\n");

/** Commands in `log` that came from a payload rather than from us. */
function injected(log: string): WorkflowCommand[] {
  return parseWorkflowCommands(log).commands.filter(
    (c) =>
      c.command.toLowerCase() === "set-env" ||
      c.data.startsWith("PWNED") ||
      c.data === "x" ||
      Object.values(c.properties).some((v) => v.includes("PWNED")),
  );
}

/** True when `log` ends inside a stop-commands block, so no later command of ours would run. */
function endsStopped(log: string): boolean {
  let open: string | undefined;
  for (const c of parseWorkflowCommands(log).commands) {
    if (open === undefined && c.command === "stop-commands") open = c.data;
    else if (open !== undefined && c.command.toLowerCase() === open.toLowerCase()) open = undefined;
  }
  return open !== undefined;
}

/** The runner reads stdout and stderr alike: nothing injected and no block left open in either. */
function expectInert(out: { stdout: string; stderr: string }): void {
  for (const log of [out.stdout, out.stderr]) {
    expect(injected(log), log).toEqual([]);
    expect(endsStopped(log), log).toBe(false);
  }
}

/** A repo whose manifests, kustomization and policy carry the payload. */
function hostileRepo(): Record<string, string> {
  const indented = (n: number) =>
    PAYLOAD_TEXT.split("\n")
      .map((l) => " ".repeat(n) + l)
      .join("\n");
  return {
    ".gitops.yaml": "environments: [staging]\n",
    "environments/staging/configmap.yaml": [
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata:",
      '  name: "##[error]PWNED-name"',
      "  namespace: default",
      "  labels:",
      '    team: "::error::PWNED-label"',
      "  annotations:",
      "    note: |",
      indented(6),
      "data:",
      "  a: b",
      "",
    ].join("\n"),
    // kustomize fails on both, quoting the names in its error.
    "apps/web/overlays/staging/kustomization.yaml":
      'resources:\n  - "##[error]PWNED-missing.yaml"\n  - "::error::PWNED-missing.yaml"\n',
    "policies/pwn.yaml": [
      "apiVersion: admissionregistration.k8s.io/v1",
      "kind: ValidatingAdmissionPolicy",
      "metadata:",
      "  name: no-configmaps",
      "spec:",
      "  matchConstraints:",
      "    resourceRules:",
      '      - apiGroups: [""]',
      '        apiVersions: ["v1"]',
      '        operations: ["CREATE", "UPDATE"]',
      '        resources: ["configmaps"]',
      "  validations:",
      '    - expression: "false"',
      "      message: |",
      indented(8),
      "---",
      "apiVersion: admissionregistration.k8s.io/v1",
      "kind: ValidatingAdmissionPolicyBinding",
      "metadata:",
      "  name: no-configmaps",
      "spec:",
      "  policyName: no-configmaps",
      '  validationActions: ["Deny"]',
      "",
    ].join("\n"),
  };
}

let path: string;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  path = await toolPath();
});

afterEach(async () => {
  gh?.assertClean();
  await gh?.close();
  gh = undefined;
});

function workspaceWith(files: Record<string, string>): string {
  const dir = emptyDir();
  writeFiles(dir, files);
  return dir;
}

function run(
  action: string,
  inputs: Record<string, string>,
  workspace: string,
  env: Record<string, string> = {},
) {
  return runAction(action, inputs, { workspace, env: { PATH: path, ...env }, timeoutMs: 60_000 });
}

/** Our annotation with `file`, whose message carries the payload intact (escaped, then unescaped). */
function expectOwnAnnotation(result: ActionResult, file: string, quoted: string): void {
  const ours = result.annotations.filter((a) => a.properties.file === file);
  expect(ours.length, result.stdout).toBeGreaterThan(0);
  expect(ours.map((a) => a.message).join("\n")).toContain(quoted);
}

describe("workflow commands in text we do not control: actions", () => {
  it("render: kustomize errors quoting hostile resource names", async () => {
    const r = await run("render", { comment: "false" }, workspaceWith(hostileRepo()));
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    expectInert(r);
    expectOwnAnnotation(r, "apps/web/overlays/staging/kustomization.yaml", "PWNED-missing.yaml");
  });

  it("policy-check: a multi-line policy message and hostile names and labels", async () => {
    const r = await run("policy-check", {}, workspaceWith(hostileRepo()));
    expectInert(r);
    // The policy engine puts a message on one line; the payload must still arrive whole.
    expectOwnAnnotation(r, "environments/staging/configmap.yaml", "::set-env name=PWNED::y ::warning");
    expect(r.annotations.some((a) => a.message.includes("##[error]PWNED-name"))).toBe(true);
  });

  it("lint: hostile names, labels and annotations in the manifests", async () => {
    const repo = hostileRepo();
    delete repo["apps/web/overlays/staging/kustomization.yaml"];
    // An unknown field gives lint a finding of its own on the hostile ConfigMap.
    repo["environments/staging/configmap.yaml"] =
      `${repo["environments/staging/configmap.yaml"] ?? ""}immutablez: true\n`;
    const r = await run("lint", {}, workspaceWith(repo));
    expectInert(r);
    expectOwnAnnotation(r, "environments/staging/configmap.yaml", "immutablez");
  });

  it("report: shard results whose findings and needs carry the payload", async () => {
    const dir = workspaceWith({});
    const results = join(dir, "gitops-results");
    mkdirSync(results);
    const finding = {
      tool: "render",
      rule: "failed",
      severity: "error",
      message: `kustomize build failed:\n${PAYLOAD_TEXT}`,
      file: "apps/web/overlays/staging/kustomization.yaml",
      line: 2,
    };
    for (const check of ["render", "lint", "policy"]) {
      writeFileSync(
        join(results, `${check}.shard-1.json`),
        JSON.stringify({ check, shard: 1, findings: check === "render" ? [finding] : [], targets: ["x"] }),
      );
    }
    const needs = JSON.stringify({ shard: { result: PAYLOAD_TEXT } });
    const r = await run("report", { check: "validate", "expected-shards": "1", needs }, dir);
    expect(r.exitCode).toBe(1);
    expectInert(r);
    expectOwnAnnotation(r, finding.file, "\n##[add-mask]PWNED-old-mask\n");
  });

  it("promote (chatops): a /promote comment quoting commands in its refusal, then our warning", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const body = "/promote ##[error]PWNED-service to prod\n::error::PWNED second line";
    const issue = gh.seed.issue({ title: "::error::PWNED title" });
    const comment = gh.seed.comment({ issue: issue.number, body, user: "mallory" });
    const event = {
      action: "created",
      issue: { number: issue.number },
      comment: { id: comment.id, body, user: { login: "mallory", type: "User" } },
    };
    const r = await runAction(
      "promote",
      { mode: "chatops", token: gh.token },
      {
        workspace: repo.dir,
        event,
        eventName: "issue_comment",
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
          GIT_CONFIG_GLOBAL: "/dev/null",
        },
        timeoutMs: 60_000,
      },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.status).toBe("refused");
    expectInert(r);
    // Our warning comes after the refusal was logged: the block around it was closed.
    const warning = r.annotations.find((a) => a.level === "warning");
    expect(warning?.message).toContain("##[error]PWNED-service");
  });

  it("changelog: commit messages carrying the payload", async () => {
    const repo = datedRepo(layoutFiles());
    repo.commitAt(
      `Bump web ##[error]PWNED subject\n\n${PAYLOAD_TEXT}`,
      { "apps/web/overlays/staging/kustomization.yaml": overlay("web", "1.1.0") },
      { date: at(1), author: "::error::PWNED author" },
    );
    const r = await runAction(
      "changelog",
      { write: "true", "github-token": "" },
      { workspace: repo.dir, env: { GIT_CONFIG_GLOBAL: "/dev/null" }, timeoutMs: 60_000 },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expectInert(r);
    expect(r.summary).toContain("PWNED");
  });
});

/** A git repo whose last commit changes a hostile ConfigMap, and the commit before it. */
function changedHostileRepo() {
  const files = hostileRepo();
  delete files["apps/web/overlays/staging/kustomization.yaml"];
  const repo = createTestRepo(files);
  const base = repo.git("rev-parse", "HEAD");
  repo.commit("change data", {
    "environments/staging/configmap.yaml": (files["environments/staging/configmap.yaml"] ?? "").replace(
      "a: b",
      "a: c",
    ),
  });
  return { repo, base };
}

describe("workflow commands in text we do not control: gitops in a run step", () => {
  const env = { GITHUB_ACTIONS: "true" };

  it("validate prints findings quoting the payload, and none of it runs", async () => {
    const repo = workspaceWith(hostileRepo());
    const r = await gitops(["validate", "--repo", repo], { env });
    expectHardened(r, { code: 1 });
    expectInert(r);
    // The text is still shown, only inert.
    expect(r.stdout + r.stderr).toContain("##[error]PWNED");
  });

  it("validate --json keeps stdout one JSON document with the payload intact", async () => {
    const repo = workspaceWith(hostileRepo());
    const r = await gitops(["validate", "--repo", repo, "--json"], { env });
    expectHardened(r, { code: 1 });
    expectInert(r);
    const doc = JSON.parse(r.stdout) as { findings: { message: string }[] };
    expect(doc.findings.map((f) => f.message).join("\n")).toContain("##[error]PWNED old syntax ##[add-mask]");
  });

  it("diff prints hostile annotations as context lines, and none of them runs", async () => {
    const { repo, base } = changedHostileRepo();
    const r = await gitops(["diff", "--repo", repo.dir, "--base", base], { env });
    expectHardened(r, { code: 0 });
    expectInert(r);
    expect(r.stdout).toContain("::error::PWNED error");
  });

  it("diff > FILE: a redirected stdout is not the log, so the file gets the diff without markers", async () => {
    const { repo, base } = changedHostileRepo();
    const out = join(emptyDir(), "diff.md");
    const r = await gitops(["diff", "--repo", repo.dir, "--base", base], { env, stdoutFile: out });
    expectHardened(r, { code: 0 });
    expectInert(r);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("::error::PWNED error");
    expect(text).not.toContain("::stop-commands::");
  });
});
