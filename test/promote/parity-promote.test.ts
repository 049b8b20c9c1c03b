// Promotion to an env includes its DR clusters' envs (#21 item 7) unless --no-dr, on the
// two-region fixture: prod-us-west is the DR of prod-us-east.
import { beforeAll, describe, expect, it } from "vitest";
import { promoteChain } from "../../packages/promote/src/index.js";
import { cli } from "../support/cli.js";
import { createTestRepo } from "../support/git.js";
import { IDENTITY, isolateGit } from "./fixture.js";
import { changedLines, fixtureRepo, snapshot } from "./layout-fixtures.js";

beforeAll(isolateGit);

async function promoteIn(dir: string, ...args: string[]) {
  const before = snapshot(dir);
  const run = await cli("promote", ...args, "--repo", dir);
  return { ...run, changed: changedLines(before, snapshot(dir)) };
}

describe("promotion and DR clusters (dr-two-region)", () => {
  it("promoting to the primary env also promotes the DR env, only the services the DR clusters run", async () => {
    const dir = fixtureRepo("dr-two-region");
    const run = await promoteIn(dir, "staging", "prod-us-east", "web", "worker");
    expect(run.code).toBe(0);
    expect(run.changed).toEqual({
      "apps/web/overlays/prod-us-east/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
      "apps/worker/overlays/prod-us-east/kustomization.yaml": ["newTag: 0.4.0 => newTag: 0.5.0"],
      // worker has no DR counterpart (gitops parity reports it): only web reaches prod-us-west.
      "apps/web/overlays/prod-us-west/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
    });
    expect(run.stderr).toContain(
      "note: prod-us-west runs the DR clusters of prod-us-east: promoted with it (--no-dr leaves it out)",
    );
  });

  it("--no-dr promotes the primary env alone", async () => {
    const dir = fixtureRepo("dr-two-region");
    const run = await promoteIn(dir, "staging", "prod-us-east", "web", "api", "--no-dr");
    expect(run.code).toBe(0);
    expect(run.changed).toEqual({
      "apps/api/overlays/prod-us-east/kustomization.yaml": ["newTag: 2.0.0 => newTag: 2.1.0"],
      "apps/web/overlays/prod-us-east/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
    });
    expect(run.stderr).not.toContain("DR clusters");
  });

  it("--no-dr on the group alias leaves out the env only DR clusters run", async () => {
    const dir = fixtureRepo("dr-two-region");
    const all = await promoteIn(dir, "staging", "prod-us", "web", "--json");
    expect(Object.keys(all.changed).sort()).toEqual([
      "apps/web/overlays/prod-us-east/kustomization.yaml",
      "apps/web/overlays/prod-us-west/kustomization.yaml",
    ]);
    const again = fixtureRepo("dr-two-region");
    const primary = await promoteIn(again, "staging", "prod-us", "web", "--no-dr", "--json");
    expect(primary.code).toBe(0);
    expect(primary.changed).toEqual({
      "apps/web/overlays/prod-us-east/kustomization.yaml": ["newTag: 1.2.0 => newTag: 1.3.0"],
    });
    expect((JSON.parse(primary.stdout) as { to: string }).to).toBe("prod-us-east");
  });

  it("the JSON of a promotion with its DR env lists both targets", async () => {
    const dir = fixtureRepo("dr-two-region");
    const run = await promoteIn(dir, "staging", "prod-us-east", "api", "--dry-run", "--json");
    expect(run.code).toBe(0);
    expect(run.changed).toEqual({});
    const doc = JSON.parse(run.stdout) as {
      targets: { to: string; changes: { to: string; from: string }[] }[];
    };
    expect(doc.targets.map((t) => [t.to, t.changes.map((c) => `${c.from} -> ${c.to}`)])).toEqual([
      ["prod-us-east", ["2.0.0 -> 2.1.0"]],
      ["prod-us-west", ["1.9.0 -> 2.1.0"]],
    ]);
  });

  it("a grouped promotion (promote.prs: grouped) commits the DR env on the same branch, with the services it runs", async () => {
    const files = Object.fromEntries(snapshot(fixtureRepo("dr-two-region")));
    const repo = createTestRepo({ ...files, ".gitops.yaml": "promote:\n  prs: grouped\n" });
    const chain = await promoteChain({
      repo: repo.dir,
      from: "staging",
      to: "prod-us-east",
      services: ["web", "worker"],
      mode: "commit",
      git: { identity: IDENTITY },
    });
    expect(chain.grouped).toBe(true);
    expect(chain.targets.map((t) => [t.request.to, t.request.services])).toEqual([
      ["prod-us-east", ["web", "worker"]],
      ["prod-us-west", ["web"]],
    ]);
    const commit = chain.targets[0]?.commit ?? "";
    expect(repo.git("show", "--name-only", "--format=", commit).split("\n").sort()).toEqual([
      "apps/web/overlays/prod-us-east/kustomization.yaml",
      "apps/web/overlays/prod-us-west/kustomization.yaml",
      "apps/worker/overlays/prod-us-east/kustomization.yaml",
    ]);
  });
});
