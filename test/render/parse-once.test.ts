// #22 "Parse each input file once per run": the render's input screen and lint's Argo CD checks
// read files through the repository model's reader, which parses each file once per model, so
// the files discovery and the input graphs parsed are not parsed again by either.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/model/load.js";
import type { DocumentReader } from "../../packages/core/src/model/read.js";
import type { RepoModel } from "../../packages/core/src/model/types.js";
import { lint } from "../../packages/lint/src/index.js";
import { render } from "../../packages/render/src/index.js";
import { exampleCopy, toolEnv } from "./support.js";

/** The model with its reader wrapped: every path asked for, in order, and the documents handed back. */
function recording(model: RepoModel): { asked: string[]; handed: Map<string, unknown[]> } {
  const asked: string[] = [];
  const handed = new Map<string, unknown[]>();
  const inner: DocumentReader = model.read;
  model.read = (path, file) => {
    asked.push(file);
    const docs = inner(path, file);
    handed.set(file, [...(handed.get(file) ?? []), docs]);
    return docs;
  };
  return { asked, handed };
}

describe("one parse per input file per run", () => {
  it("screens every kustomize and helm input through the model's reader, one parse per file", async () => {
    const repo = exampleCopy();
    const env = await toolEnv();
    const model = await loadModel(repo, { env });
    const { asked, handed } = recording(model);
    const report = await render({ repo, env, model, cache: false });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const inputs = new Set(model.targets.flatMap((t) => [...model.graph(t.id).yamlFiles.keys()]));
    expect(inputs.size).toBeGreaterThan(10);
    // Every YAML input the tools parse was screened through the reader ...
    for (const file of inputs) expect(asked).toContain(file);
    // ... and a base shared by several targets was asked for again, yet parsed once: the same
    // documents came back each time.
    const shared = [...handed].filter(([, list]) => list.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [, list] of shared) for (const docs of list) expect(docs).toBe(list[0]);
  });

  it("still refuses a broken values file with the careful loader's file:line", async () => {
    const repo = exampleCopy();
    const env = await toolEnv();
    const model = await loadModel(repo, { env });
    const helm = model.targets.find((t) => t.specs.some((s) => s.type === "helm"));
    const values = [...(helm ? model.graph(helm.id).yamlFiles : [])].find(
      ([f, tool]) => tool === "helm" && f.endsWith("values.yaml"),
    )?.[0];
    expect(values).toBeDefined();
    writeFileSync(join(repo, values ?? ""), "replicas: 1\nreplicas: 2\n");
    const report = await render({ repo, env, cache: false });
    const failed = report.findings.filter((f) => f.rule === "unreadable-input");
    expect(failed.map((f) => [f.file, f.line])).toContainEqual([values, 2]);
    expect(failed[0]?.message).toMatch(/duplicate key/);
  });

  it("lint reads the Argo CD files through the model's reader and still places findings on their line", async () => {
    const repo = exampleCopy();
    const env = await toolEnv();
    await render({ repo, env, cache: false });
    // An Application whose project no AppProject defines: a finding on spec.project's line.
    const model0 = await loadModel(repo, { env });
    const app = model0.applications.find((a) => a.applicationSet === null && a.project);
    expect(app).toBeDefined();
    const file = app?.file ?? "";
    const text = readFileSync(join(repo, file), "utf8");
    writeFileSync(join(repo, file), text.replace(/project: \S+/, "project: nowhere"));
    const expected = text.split("\n").findIndex((l) => /^\s*project: /.test(l)) + 1;

    const model = await loadModel(repo, { env });
    const { asked } = recording(model);
    const report = await lint({ repo, env, model, render: "never", cache: false });
    for (const f of model.argoFiles) expect(asked).toContain(f);
    const project = report.findings.filter((f) => f.rule === "argo/project" && f.file === file);
    expect(project.map((f) => f.line)).toContain(expected);
    expect(project.some((f) => f.message.includes('"nowhere"'))).toBe(true);
  });
});
