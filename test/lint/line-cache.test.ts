// Where findings sit in Argo CD files is kept between runs (`yaml-lines`): a warm lint places
// them without a careful parse, on the same lines a cold run gives, and an edit that moves a
// field moves its finding too.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { loadModel } from "../../packages/core/src/model/load.js";
import { lint } from "../../packages/lint/src/index.js";
import { render } from "../../packages/render/src/index.js";
import { exampleCopy, toolEnv } from "../render/support.js";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

/** A copy of the example where one Application names a project nobody defines. */
async function repoWithProjectFinding(): Promise<{ repo: string; file: string }> {
  const repo = exampleCopy();
  const model = await loadModel(repo, { env });
  const file = model.applications.find((a) => a.applicationSet === null && a.project)?.file ?? "";
  const path = join(repo, file);
  writeFileSync(path, readFileSync(path, "utf8").replace(/project: \S+/, "project: nowhere"));
  await render({ repo, env, cache: false });
  return { repo, file };
}

const placed = (r: Awaited<ReturnType<typeof lint>>) =>
  r.findings.filter((f) => f.rule.startsWith("argo/")).map((f) => [f.rule, f.file, f.line]);

describe("the Argo CD line cache", () => {
  it("gives a warm run the lines of a cold one, from one entry", async () => {
    const { repo } = await repoWithProjectFinding();
    const store = new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-lines-")), maxBytes: 1 << 28 });
    const cold = await lint({ repo, env, render: "never", cache: false });
    expect(placed(cold).some(([rule]) => rule === "argo/project")).toBe(true);
    const filling = await lint({ repo, env, render: "never", cache: store });
    expect(store.byKind.get("yaml-lines")).toEqual({ hits: 0, misses: 1 });
    const warm = await lint({ repo, env, render: "never", cache: store });
    expect(store.byKind.get("yaml-lines")).toEqual({ hits: 1, misses: 1 });
    expect(JSON.stringify(filling)).toBe(JSON.stringify(cold));
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  });

  it("follows a field that moved", async () => {
    const { repo, file } = await repoWithProjectFinding();
    const store = new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-lines-")), maxBytes: 1 << 28 });
    await lint({ repo, env, render: "never", cache: store });
    const path = join(repo, file);
    writeFileSync(path, `# moved down\n# by two lines\n${readFileSync(path, "utf8")}`);
    const warm = await lint({ repo, env, render: "never", cache: store });
    const cold = await lint({ repo, env, render: "never", cache: false });
    expect(placed(warm)).toEqual(placed(cold));
    const line =
      readFileSync(path, "utf8")
        .split("\n")
        .findIndex((l) => /^\s*project: nowhere/.test(l)) + 1;
    expect(placed(warm)).toContainEqual(["argo/project", file, line]);
  });
});
