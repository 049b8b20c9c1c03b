// The change-scoped checks the pre-commit hooks run agree with the full runs on the repository
// shapes real repos use, not only on the example: given every file, lint and policy find what
// their full runs find, and a file of one target's input graph puts that target in scope.
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { sortFindings, type Finding } from "../../packages/core/src/finding.js";
import { loadModel } from "../../packages/core/src/model/load.js";
import { changeScope } from "../../packages/core/src/model/scope.js";
import { lint } from "../../packages/lint/src/lint.js";
import { runPolicyCheck } from "../../packages/policy/src/check.js";
import { toolEnv } from "../render/support.js";

const SHAPES = fileURLToPath(new URL("../fixtures/repos", import.meta.url));
const key = (findings: readonly Finding[]) => sortFindings(findings).map((f) => JSON.stringify(f));

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

function copy(shape: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-scope-shape-")), shape);
  cpSync(join(SHAPES, shape), dir, { recursive: true });
  return dir;
}

function everyFile(repo: string): string[] {
  return readdirSync(repo, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(repo, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("render/"))
    .sort();
}

describe.each(readdirSync(SHAPES).sort())("the %s shape", (shape) => {
  it("puts a target in the scope of each file it reads", async () => {
    const repo = copy(shape);
    const model = await loadModel(repo);
    expect(model.targets.length).toBeGreaterThan(0);
    for (const t of model.targets) {
      const graph = model.graph(t.id);
      if (graph.unresolved) continue;
      const file = [...graph.files].find((f) => !f.includes("://"));
      if (!file) continue;
      expect([...changeScope(model, [file], { cwd: repo }).targets], `${t.id} reads ${file}`).toContain(t.id);
    }
  });

  it("finds, given every file, what full lint and policy runs find", async () => {
    const repo = copy(shape);
    const files = everyFile(repo);
    const fullLint = await lint({ repo, env });
    const scopedLint = await lint({ repo, env, files, cwd: repo });
    expect(key(scopedLint.findings)).toEqual(key(fullLint.findings));
    expect(scopedLint.summary.resources).toBe(fullLint.summary.resources);
    const fullPolicy = await runPolicyCheck({ repo, env });
    const scopedPolicy = await runPolicyCheck({ repo, env, files, cwd: repo });
    expect(key(scopedPolicy.findings)).toEqual(key(fullPolicy.findings));
    expect(scopedPolicy.stats.resources).toBe(fullPolicy.stats.resources);
  });
});
