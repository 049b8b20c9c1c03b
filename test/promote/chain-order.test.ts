// The promotion chain: configured or read from env names, group aliases, and which orders are enforced.
import { describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/index.js";
import {
  chainOf,
  chainText,
  checkOrder,
  groupAlias,
  resolveTargets,
} from "../../packages/promote/src/index.js";
import { tempRepo } from "./fixture.js";
import { fixtureRepo } from "./layout-fixtures.js";

/** A repo of plain env folders `envs/<env>` holding one ConfigMap each. */
async function envsRepo(envs: string[], config = "") {
  const files: Record<string, string> = config ? { ".gitops.yaml": config } : {};
  for (const env of envs) {
    files[`envs/${env}/cm.yaml`] =
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  env: ${env}\n`;
  }
  return loadModel(tempRepo(files));
}

describe("the promotion chain", () => {
  it("groups envs of one env word when none is configured", async () => {
    const layout = await loadModel(fixtureRepo("envs-variants"));
    expect(chainOf(layout)).toEqual({
      steps: [["qa"], ["staging"], ["prod-eu", "prod-us"]],
      configured: false,
    });
    expect(chainText(chainOf(layout))).toBe("qa → staging → [prod-eu, prod-us]");
    expect(resolveTargets(layout, "prod")).toEqual(["prod-eu", "prod-us"]);
  });

  it("takes the configured chain, groups and all", async () => {
    const layout = await envsRepo(["dev", "eu-prod", "us-prod"], "environments: [dev, [us-prod, eu-prod]]\n");
    expect(layout.environments).toEqual(["dev", "us-prod", "eu-prod"]);
    expect(chainOf(layout).steps).toEqual([["dev"], ["us-prod", "eu-prod"]]);
    expect(resolveTargets(layout, "prod")).toEqual(["us-prod", "eu-prod"]);
  });

  it.each([
    [["prod-us", "prod-eu", "prod-asia"], "prod"],
    [["us-prod", "eu-prod"], "prod"],
    [["prod"], undefined],
    [["blue", "green"], undefined],
  ])("names the group %j by %j", (step, alias) => {
    expect(groupAlias(step)).toBe(alias);
  });

  it("keeps no order between env names that are no env words", async () => {
    const layout = await envsRepo(["blue", "green"]);
    expect(() => {
      checkOrder(layout, "green", "blue");
    }).not.toThrow();
    const ranked = await envsRepo(["dev", "qa", "prod"]);
    expect(() => {
      checkOrder(ranked, "prod", "qa");
    }).toThrow("qa comes before prod in the promotion chain (dev → qa → prod)");
    expect(() => {
      checkOrder(ranked, "dev", "prod", ["qa"]);
    }).not.toThrow();
  });
});
