// After gitops init, gitops validate still passes on a repository that passed before: the
// config pins the same model, and the starter policies only warn. Real kustomize and helm.
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/index.js";
import { pathWith, testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { copyShape, modelSnapshot, SHAPES } from "./support.js";

beforeAll(async () => {
  process.env.PATH = pathWith((await testBinaries()).dir);
});

async function validate(dir: string) {
  const run = await cli("validate", "--repo", dir, "--json");
  const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
  return { code: run.code, errors: findings.filter((f) => f.severity === "error").map((f) => f.message) };
}

/**
 * Shapes that validate cleanly as they are: example-apps-dir's root-app names a namespace no repo
 * file makes, and dr-two-region plants a service missing on its DR cluster (`dr/missing`).
 */
const CLEAN = SHAPES.filter((s) => s !== "example-apps-dir" && s !== "dr-two-region");

describe.each(SHAPES)("gitops validate after gitops init on %s", (shape) => {
  it("passes when it passed before", async () => {
    const dir = copyShape(shape);
    const before = await validate(dir);
    if (CLEAN.includes(shape)) expect(before).toEqual({ code: 0, errors: [] });
    // With helm on PATH, app-of-apps charts are followed too: the model must still be the same.
    const model = await modelSnapshot(dir);
    expect((await cli("init", "--repo", dir)).code).toBe(0);
    expect(await modelSnapshot(dir)).toEqual(model);
    const after = await validate(dir);
    if (before.code === 0) expect(after).toEqual({ code: 0, errors: [] });
    else expect(after.errors).toEqual(before.errors);
  });
});
