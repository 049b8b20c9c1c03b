// `npm run demo` (scripts/demo.ts is its entry): `gitops validate` on the example as committed,
// then on a copy with one problem planted per check, checking that the copy's report names exactly
// those, each at its file and line. Apart from the entry so tests run the same demo on copies.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { copyExample } from "../test/support/example.js";

/** One planted problem: the check that must report it, where, and what a reader should see. */
export interface Planted {
  check: "render" | "lint" | "policy" | "secrets";
  rule: string;
  file: string;
  line: number;
  what: string;
}

/** A finding line of `gitops validate`'s text, under its check's `== <check>:` header. */
export interface ReportedFinding {
  check: string;
  severity: string;
  file: string;
  line: number | undefined;
  rule: string;
}

/**
 * A GitHub classic token in shape only: `ghp_` and 36 letters that spell what it is. Joined at
 * run time so this file never holds a token-shaped string for a scanner of this repository.
 */
export const FAKE_TOKEN = ["ghp", "0DemoTokenNotRealPlantedByNpmRunDemo"].join("_");

/** Right in every way the example's policies check but one: the image tag. */
const MIGRATE_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: cms-migrate
spec:
  backoffLimit: 1
  template:
    spec:
      restartPolicy: Never
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: migrate
          image: ghcr.io/example-org/cms-migrations:latest
          args: ["migrate", "--to", "latest"]
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { cpu: 500m, memory: 256Mi }
`;

/**
 * Plants one problem per check into `repo` (a copy of examples/infra-gitops) and says where each
 * must be reported. Each edit is checked to apply, so a changed example fails loudly here rather
 * than as a puzzling demo.
 */
export function plantProblems(repo: string): Planted[] {
  const edit = (file: string, from: string | RegExp, to: string): number => {
    const path = join(repo, file);
    const text = readFileSync(path, "utf8");
    const next = text.replace(from, to);
    if (next === text)
      throw new Error(`demo: the planted edit did not apply to ${file}; was the example changed?`);
    writeFileSync(path, next);
    // The line of the first changed character, 1-based.
    let i = 0;
    while (i < text.length && text[i] === next[i]) i++;
    return next.slice(0, i).split("\n").length;
  };
  const render = "apps/web/overlays/staging/kustomization.yaml";
  const lint = "clusters/staging/namespaces.yaml";
  const policy = "apps/cms/overlays/staging/migrate-job.yaml";
  // A Job of the overlay's own, so the finding points at the file that holds the image.
  const plantJob = (): number => {
    edit(
      "apps/cms/overlays/staging/kustomization.yaml",
      /resources:\n/,
      "resources:\n  - migrate-job.yaml\n",
    );
    writeFileSync(join(repo, policy), MIGRATE_JOB);
    // A policy finding points at the object it is about: the first line of its document.
    return 1;
  };
  const secrets = "apps/cms/overlays/prod/README.md";
  return [
    {
      check: "render",
      rule: "render/failed",
      file: render,
      line: edit(render, /resources:\n/, "resources:\n  - missing-configmap.yaml\n"),
      what: "the web staging overlay lists a resource file that does not exist",
    },
    {
      check: "lint",
      rule: "lint/schema/unknown-field",
      file: lint,
      line: edit(lint, /(\n {2}name: cms-staging\n)/, "$1  labelz:\n    owner: cms\n"),
      what: "the cms-staging Namespace has `labelz:` (a typo for labels), a field its schema lacks",
    },
    {
      check: "policy",
      rule: "policy/disallow-latest-tag",
      file: policy,
      line: plantJob(),
      what: "a migration Job added to the cms staging overlay runs an image tagged `latest`",
    },
    {
      check: "secrets",
      rule: "secrets/github-pat",
      file: secrets,
      line: edit(
        secrets,
        /\n## Required secrets\n/,
        `\nDeploy bot token, rotate after the demo: ${FAKE_TOKEN}\n\n## Required secrets\n`,
      ),
      what: "a README quotes a GitHub token (a fake one that matches the token's format)",
    },
  ];
}

/**
 * The findings in `gitops validate`'s text (no colour): each `== <check>: ...` header opens a
 * block whose lines read `<severity>  <file>[:<line>]  <tool/rule>  <message>`.
 */
export function parseValidateText(text: string): ReportedFinding[] {
  const out: ReportedFinding[] = [];
  let check = "";
  for (const line of text.split("\n")) {
    const header = /^== (\S+): /.exec(line);
    if (header) {
      check = header[1] ?? "";
      continue;
    }
    const m = /^(error|warning|notice) {2}(\S+?)(?::(\d+))? {2}(\S+)/.exec(line);
    if (!m || !check) continue;
    out.push({
      check,
      severity: m[1] ?? "",
      file: m[2] ?? "",
      line: m[3] === undefined ? undefined : Number(m[3]),
      rule: m[4] ?? "",
    });
  }
  return out;
}

/**
 * What is wrong with a planted run's report, empty when it is right: every check reports exactly
 * one finding, the one planted for it, at the planted file and line.
 */
export function plantedMismatches(
  reported: readonly ReportedFinding[],
  planted: readonly Planted[],
): string[] {
  const problems: string[] = [];
  for (const p of planted) {
    const mine = reported.filter((f) => f.check === p.check);
    const at = `${p.file}:${p.line}`;
    const hit = mine.filter((f) => f.file === p.file && f.line === p.line && f.rule === p.rule);
    if (hit.length !== 1) problems.push(`${p.check}: expected ${p.rule} at ${at}, found ${describe(mine)}`);
    else if (mine.length !== 1)
      problems.push(`${p.check}: expected only ${p.rule} at ${at}, found ${describe(mine)}`);
  }
  for (const f of reported.filter((r) => !planted.some((p) => p.check === r.check)))
    problems.push(`${f.check}: nothing was planted for it, yet it reported ${describe([f])}`);
  return problems;
}

function describe(findings: readonly ReportedFinding[]): string {
  if (findings.length === 0) return "nothing";
  return findings.map((f) => `${f.severity} ${f.rule} at ${f.file}${f.line ? `:${f.line}` : ""}`).join("; ");
}

export interface DemoOptions {
  /** The CLI bundle (`dist/cli/index.js`). */
  bin: string;
  /** The repository of the first run, as committed (`examples/infra-gitops`). */
  example: string;
  /** The working folder the runs start in, for shorter paths in the headers. */
  cwd: string;
  /** Environment of the runs (PATH with kustomize/kubectl and helm). */
  env: NodeJS.ProcessEnv;
  /** More `gitops validate` arguments for the first run. */
  args?: readonly string[];
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Runs the demo and returns its exit code: 0 when the example passes and the planted copy reports
 * exactly the planted problems, else 1 with a message saying what differed.
 */
export function runDemo(o: DemoOptions): number {
  const validate = (repo: string, args: readonly string[] = []) => {
    const r = spawnSync(process.execPath, [o.bin, "validate", "--repo", repo, ...args], {
      cwd: o.cwd,
      env: o.env,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    o.out(r.stdout);
    o.err(r.stderr);
    return { code: r.status ?? 1, stdout: r.stdout };
  };
  const shown = (p: string) => relative(o.cwd, p) || ".";

  o.out(
    [
      `━━ 1/2  gitops validate --repo ${shown(o.example)}: the example as committed`,
      "   Every check should pass, and each line says what it covered: the targets and resources",
      "   rendered, the schemas they were linted against, policies × objects, the files scanned.",
      "",
    ].join("\n"),
  );
  const clean = validate(o.example, o.args);

  const copy = join(mkdtempSync(join(tmpdir(), "gitops-demo-")), "infra-gitops");
  try {
    copyExample(copy, o.example);
    const planted = plantProblems(copy);
    const width = Math.max(...planted.map((p) => `${p.file}:${p.line}`.length));
    o.out(
      [
        "",
        `━━ 2/2  the same on a copy (${copy}) with one problem planted per check:`,
        ...planted.map((p) => `   ${p.check.padEnd(8)} ${`${p.file}:${p.line}`.padEnd(width)}  ${p.what}`),
        "   Each should be reported once, on its own line: severity, file:line, rule and message",
        "   (in CI, the same findings are annotations on those lines of the pull request).",
        "",
      ].join("\n"),
    );
    const broken = validate(copy);
    const problems: string[] = [];
    if (clean.code !== 0) problems.push(`the example as committed did not pass (exit ${clean.code})`);
    if (broken.code !== 1) problems.push(`the planted copy exited ${broken.code}, not 1`);
    problems.push(...plantedMismatches(parseValidateText(broken.stdout), planted));
    if (problems.length > 0) {
      o.err(`\ndemo failed:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
      return 1;
    }
    o.out(
      `\ndemo: the example passed, and the copy's ${planted.length} planted problems were each reported at their file and line.\n`,
    );
    return 0;
  } finally {
    rmSync(join(copy, ".."), { recursive: true, force: true });
  }
}
