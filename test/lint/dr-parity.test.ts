// The DR parity rules in lint agree with `gitops parity`: the same findings, from the same code,
// on the two-region fixture (one service missing on the DR cluster, one DR image behind).
import { describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/model/load.js";
import { lint } from "../../packages/lint/src/index.js";
import { checkParity } from "../../packages/promote/src/index.js";
import { fixtureRepo } from "../promote/layout-fixtures.js";
import { toolEnv } from "../render/support.js";

describe("lint dr/missing and dr/differs", () => {
  it("reports exactly what gitops parity reports", async () => {
    const dir = fixtureRepo("dr-two-region");
    const report = await lint({ repo: dir, env: await toolEnv() });
    const fromLint = report.findings.filter((f) => f.rule.startsWith("dr/"));
    const fromParity = (await checkParity(await loadModel(dir))).findings;
    expect(fromParity.map((f) => f.rule).sort()).toEqual(["dr/differs", "dr/missing"]);
    expect(fromLint).toEqual(expect.arrayContaining(fromParity));
    expect(fromLint).toHaveLength(fromParity.length);
  });

  it("has no DR finding on a repo whose clusters carry no role", async () => {
    const dir = fixtureRepo("applicationsets");
    const report = await lint({ repo: dir, env: await toolEnv() });
    expect(report.findings.filter((f) => f.rule.startsWith("dr/"))).toEqual([]);
  });
});
