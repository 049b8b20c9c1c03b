// DR envs in a configured chain (#21): a promotion to an env includes its DR env, so the chain may
// name a DR env only in its primary's group, or leave it out (it then follows its primary).
// Anywhere else is one config error (exit 2) naming both envs and the chain, raised where the
// chain is built, so `gitops promote`, the promote action's promoteChain and ChatOps all see it.
// On the dr-two-region fixture: prod-us-west runs the DR cluster of prod-us-east.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/index.js";
import { chatOpsStep } from "../../packages/promote/src/chatops-step.js";
import { promoteChain } from "../../packages/promote/src/index.js";
import { cli } from "../support/cli.js";
import { isolateGit } from "./fixture.js";
import { changedLines, fixtureRepo, snapshot } from "./layout-fixtures.js";

beforeAll(isolateGit);

function repoWith(chain: string): string {
  const dir = fixtureRepo("dr-two-region");
  writeFileSync(join(dir, ".gitops.yaml"), `environments: ${chain}\n`);
  return dir;
}

const misplaced = (chain: string) =>
  `.gitops.yaml environments: prod-us-west runs the DR clusters of prod-us-east and is promoted with it, ` +
  `so it must be in the same group of the chain (${chain}), e.g. [prod-us-east, prod-us-west], ` +
  "or be left out of the chain to follow it";

describe("DR envs in a configured promotion chain", () => {
  it.each([
    ["[staging, prod-us-west, [prod-us-east]]", "staging → prod-us-west → prod-us-east"],
    ["[staging, [prod-us-east], prod-us-west]", "staging → prod-us-east → prod-us-west"],
  ])("refuses %s with one config error (exit 2) before anything is written", async (chain, text) => {
    const dir = repoWith(chain);
    const before = snapshot(dir);
    const run = await cli("promote", "staging", "prod-us-east", "web", "--repo", dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gitops: ${misplaced(text)}\n`);
    expect(changedLines(before, snapshot(dir))).toEqual({});
  });

  it("the promote action's promoteChain and ChatOps meet the same error", async () => {
    const dir = repoWith("[staging, prod-us-west, [prod-us-east]]");
    const message = misplaced("staging → prod-us-west → prod-us-east");
    await expect(
      promoteChain({ repo: dir, from: "staging", to: "prod-us-east", services: ["web"], mode: "dry-run" }),
    ).rejects.toThrow(message);
    const layout = await loadModel(dir);
    expect(() => chatOpsStep(layout, "prod-us-east")).toThrow(message);
  });

  it("accepts the DR env in its primary's group, and promotes both", async () => {
    const dir = repoWith("[staging, [prod-us-east, prod-us-west]]");
    const before = snapshot(dir);
    const run = await cli("promote", "staging", "prod-us-east", "web", "--repo", dir);
    expect(run.code).toBe(0);
    expect(changedLines(before, snapshot(dir))).toEqual({
      "apps/web/overlays/prod-us-east/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
      "apps/web/overlays/prod-us-west/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
    });
  });

  it("a DR env left out of the chain follows its primary", async () => {
    const dir = repoWith("[staging, prod-us-east]");
    const before = snapshot(dir);
    const run = await cli("promote", "staging", "prod-us-east", "web", "--repo", dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "note: prod-us-west runs the DR clusters of prod-us-east: promoted with it (--no-dr leaves it out)",
    );
    expect(changedLines(before, snapshot(dir))).toEqual({
      "apps/web/overlays/prod-us-east/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
      "apps/web/overlays/prod-us-west/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
    });
    // --no-dr still leaves it out.
    const again = repoWith("[staging, prod-us-east]");
    const alone = snapshot(again);
    expect((await cli("promote", "staging", "prod-us-east", "web", "--no-dr", "--repo", again)).code).toBe(0);
    expect(Object.keys(changedLines(alone, snapshot(again)))).toEqual([
      "apps/web/overlays/prod-us-east/kustomization.yaml",
    ]);
  });

  it("warns of no unknown env for a DR env that follows its primary, and still of a stray one", async () => {
    const quiet = await loadModel(repoWith("[staging, prod-us-east]"));
    expect(quiet.findings.filter((f) => f.rule === "unknown-env")).toEqual([]);
    // Without its primary in the chain, the DR env follows nothing: it is unknown, as is the primary.
    const stray = await loadModel(repoWith("[staging]"));
    const unknown = stray.findings.filter((f) => f.rule === "unknown-env").map((f) => f.message);
    expect(unknown).toHaveLength(2);
    expect(unknown.some((m) => m.startsWith('env "prod-us-west"'))).toBe(true);
    expect(unknown.some((m) => m.startsWith('env "prod-us-east"'))).toBe(true);
  });
});
