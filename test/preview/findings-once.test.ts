// gitops preview renders, lints and policy-checks the preview, and each of those passes carries
// the repository model's own findings. A model finding (here: the preview template's env label
// names no environment of the chain) must reach the report once, not once per pass: on the
// example and on test/fixtures/repos/preview-basic (a previews folder of its own, three hosts).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/finding.js";
import { testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { createTestRepo } from "../support/git.js";
import { fixtureCopy, SHA } from "./support.js";

let repo: string;
let head: string;
let basic: string;
beforeAll(async () => {
  process.env.PATH = `${(await testBinaries()).dir}:/usr/bin:/bin`;
  const r = createTestRepo();
  copyExample(r.dir);
  const file = join(r.dir, "argo-apps/staging/previews.yaml");
  const text = readFileSync(file, "utf8");
  writeFileSync(
    file,
    text.replace(
      "      labels:\n        team: web\n",
      "      labels:\n        env: preview\n        team: web\n",
    ),
  );
  head = r.commit("the example, previews labelled with an env that is not in the chain");
  repo = r.dir;
  basic = fixtureCopy();
  const set = join(basic, "argo-apps/previews/web.yaml");
  const before = readFileSync(set, "utf8");
  const after = before.replace(
    '      name: "web-pr-{{ .number }}"\n',
    '      name: "web-pr-{{ .number }}"\n      labels:\n        env: preview\n',
  );
  if (after === before) throw new Error("the preview-basic edit did not apply");
  writeFileSync(set, after);
});
afterAll(() => {
  rmSync(dirname(repo), { recursive: true, force: true });
  rmSync(dirname(basic), { recursive: true, force: true });
});

describe("gitops preview reports each finding once", () => {
  it.each([
    ["the example", () => [repo, "42", head, "preview"]],
    ["preview-basic", () => [basic, "7", SHA, "preview,ui"]],
  ])("%s: a model finding shared by render, lint and policy appears once", async (_shape, args) => {
    const [dir, pr, sha, labels] = args() as [string, string, string, string];
    const r = await cli(
      "preview",
      "--repo",
      dir,
      "--pr",
      pr,
      "--branch",
      "feat/x",
      "--head-sha",
      sha,
      "--labels",
      labels,
      "--json",
    );
    const doc = JSON.parse(r.stdout) as { findings: Finding[]; applications: unknown[] };
    expect(doc.applications).toHaveLength(1);
    const unknownEnv = doc.findings.filter((f) => f.rule === "unknown-env");
    expect(unknownEnv).toHaveLength(1);
    expect(unknownEnv[0]?.message).toContain('env "preview"');
    const keys = doc.findings.map((f) => JSON.stringify([f.tool, f.rule, f.file, f.line, f.message]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
