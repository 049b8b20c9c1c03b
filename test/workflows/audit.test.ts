// The hardening rules every workflow and composite action must keep:
// read-only top-level permissions with writes per job, third-party actions pinned
// to a commit SHA with a version comment, checkout without persisted credentials,
// no `secrets: inherit`, and no `${{ }}` expression inside `run:`.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ACTIONS, read, WORKFLOWS } from "./files.js";

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: unknown; steps?: Step[]; uses?: string; secrets?: unknown };

/** Problems with one `uses:` line (its text, for the version comment). */
export function usesProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    const m = /^\s*(?:-\s*)?uses:\s*([^\s#]+)\s*(#.*)?$/.exec(line);
    if (!m) continue;
    const ref = m[1] ?? "";
    // Our own actions and workflows: `$/` (the running commit) or `./` (the caller's checkout).
    if (ref.startsWith("$/") || ref.startsWith("./") || ref.startsWith("docker://")) continue;
    // The example repo calls our reusable workflow by release tag, as users do.
    if (ref.startsWith("example-org/gitops-actions/")) continue;
    const at = ref.split("@")[1] ?? "";
    if (!/^[0-9a-f]{40}$/.test(at))
      problems.push(`${file}:${i + 1}: ${ref} is not pinned to a full commit SHA`);
    else if (!/#\s*v\d/.test(m[2] ?? ""))
      problems.push(`${file}:${i + 1}: ${ref} has no "# vX.Y.Z" version comment`);
  }
  return problems;
}

/** Problems with the steps of a job or composite action. */
export function stepProblems(where: string, steps: Step[]): string[] {
  const problems: string[] = [];
  for (const [i, step] of steps.entries()) {
    if (step.run !== undefined && /\$\{\{/.test(step.run))
      problems.push(`${where} step ${i + 1}: \${{ }} inside run: (pass it through env:)`);
    if (step.uses?.startsWith("actions/checkout@") && step.with?.["persist-credentials"] !== false) {
      problems.push(`${where} step ${i + 1}: actions/checkout without persist-credentials: false`);
    }
  }
  return problems;
}

const READ_ONLY = new Set(["read", "none"]);

function readOnly(permissions: unknown): boolean {
  if (
    permissions === "read-all" ||
    (typeof permissions === "object" && permissions !== null && Object.keys(permissions).length === 0)
  )
    return true;
  if (typeof permissions !== "object" || permissions === null) return false;
  return Object.values(permissions).every((v) => READ_ONLY.has(String(v)));
}

export function workflowProblems(file: string, text: string): string[] {
  const wf = parse(text) as { permissions?: unknown; jobs?: Record<string, Job> };
  const problems = usesProblems(file, text);
  if (!readOnly(wf.permissions)) problems.push(`${file}: top-level permissions must be read-only`);
  for (const [name, job] of Object.entries(wf.jobs ?? {})) {
    if (job.secrets === "inherit") problems.push(`${file}: job ${name} uses secrets: inherit`);
    if (job.permissions === undefined && !readOnly(wf.permissions))
      problems.push(`${file}: job ${name} has no permissions`);
    problems.push(...stepProblems(`${file} job ${name}`, job.steps ?? []));
  }
  return problems;
}

describe.each(WORKFLOWS)("workflow %s", (file) => {
  it("keeps the hardening rules", () => {
    expect(workflowProblems(file, read(file))).toEqual([]);
  });
});

describe.each(ACTIONS)("action %s", (file) => {
  it("keeps the hardening rules", () => {
    const action = parse(read(file)) as { runs: { using: string; steps?: Step[] } };
    expect([...usesProblems(file, read(file)), ...stepProblems(file, action.runs.steps ?? [])]).toEqual([]);
  });
});

describe("the audit itself", () => {
  it("catches each kind of breach", () => {
    const bad = [
      "on: push",
      "permissions: write-all",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-latest",
      "    secrets: inherit",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020",
      "      - run: echo ${{ github.event.pull_request.title }}",
    ].join("\n");
    expect(workflowProblems("bad.yml", bad)).toEqual([
      "bad.yml:8: actions/checkout@v4 is not pinned to a full commit SHA",
      'bad.yml:9: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 has no "# vX.Y.Z" version comment',
      "bad.yml: top-level permissions must be read-only",
      "bad.yml: job a uses secrets: inherit",
      "bad.yml: job a has no permissions",
      "bad.yml job a step 1: actions/checkout without persist-credentials: false",
      "bad.yml job a step 3: ${{ }} inside run: (pass it through env:)",
    ]);
  });
});
