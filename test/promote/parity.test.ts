// DR parity (#21 item 7) on the two-region fixture: a service on the primary cluster with no DR
// counterpart, and one whose DR overlay runs another image, are reported; a repo in parity is
// clean; the clusters may come from cluster Secrets under clusters/<name>/ or from .gitops.yaml.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/finding.js";
import { cli } from "../support/cli.js";
import { fixtureRepo } from "./layout-fixtures.js";

interface ParityJson {
  findings: Finding[];
  summary: Record<string, unknown>;
  pairs: { service: string; primary: string; dr: string; status: string; drTarget?: string }[];
}

async function parity(dir: string, ...args: string[]) {
  const run = await cli("parity", "--json", "--repo", dir, ...args);
  return { ...run, doc: JSON.parse(run.stdout) as ParityJson };
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, text.replace(from, to));
}

/** The fixture brought into parity: worker deployed to the DR cluster, api's DR tag caught up. */
function inParity(dir: string): void {
  edit(dir, "apps/api/overlays/prod-us-west/kustomization.yaml", "newTag: 1.9.0", "newTag: 2.0.0");
  edit(
    dir,
    "applicationsets/worker.yaml",
    "matchLabels:\n            role: primary",
    "matchExpressions:\n            - key: env\n              operator: In\n              values: [staging, prod]",
  );
  const overlay = readFileSync(join(dir, "apps/worker/overlays/prod-us-east/kustomization.yaml"), "utf8");
  mkdirSync(join(dir, "apps/worker/overlays/prod-us-west"));
  writeFileSync(join(dir, "apps/worker/overlays/prod-us-west/kustomization.yaml"), overlay);
}

const EXPECTED = [
  {
    tool: "lint",
    rule: "dr/missing",
    severity: "error",
    message:
      "worker runs on primary cluster prod-us-east (us-east) (Application prod-us-east-worker) but not on its DR cluster prod-us-west (us-west)",
    file: "applicationsets/worker.yaml",
    line: 2,
    target: "apps/worker/overlays/prod-us-east",
  },
  {
    tool: "lint",
    rule: "dr/differs",
    severity: "warning",
    message:
      "api: DR cluster prod-us-west (us-west) runs images[ghcr.io/example/api].newTag = 1.9.0, primary prod-us-east (us-east) runs 2.0.0",
    file: "apps/api/overlays/prod-us-west/kustomization.yaml",
    line: 8,
    target: "apps/api/overlays/prod-us-west",
  },
];

describe("gitops parity on dr-two-region (primary us-east, DR us-west)", () => {
  it("reports the service missing on the DR cluster and the DR image that differs, and exits 1", async () => {
    const dir = fixtureRepo("dr-two-region");
    const run = await parity(dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.doc.findings).toEqual(EXPECTED);
    expect(run.doc.pairs.map((p) => [p.service, p.primary, p.dr, p.status])).toEqual([
      ["api", "prod-us-east", "prod-us-west", "differs"],
      ["web", "prod-us-east", "prod-us-west", "ok"],
      ["worker", "prod-us-east", "prod-us-west", "missing"],
    ]);
    // staging is a primary with no DR cluster: nothing to pair.
    expect(run.doc.pairs.some((p) => p.primary === "staging")).toBe(false);
  });

  it("prints a table and the findings without --json", async () => {
    const dir = fixtureRepo("dr-two-region");
    const run = await cli("parity", "--repo", dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("SERVICE  PRIMARY                 DR                      STATUS");
    expect(run.stdout).toMatch(/^worker +prod-us-east \(us-east\) +prod-us-west \(us-west\) +missing/m);
    expect(run.stdout).toContain("images[ghcr.io/example/api].newTag: 2.0.0 vs 1.9.0");
    expect(run.stdout).toContain(
      "3 service(s) on 1 primary and 1 DR cluster(s): 1 in parity, 1 missing, 1 differ",
    );
    expect(run.stderr).toContain("lint/dr/missing");
  });

  it("is clean, exit 0, once the DR cluster runs every service with the primary's values", async () => {
    const dir = fixtureRepo("dr-two-region");
    inParity(dir);
    const run = await parity(dir);
    expect(run.code).toBe(0);
    expect(run.doc.findings).toEqual([]);
    expect(run.doc.pairs.map((p) => p.status)).toEqual(["ok", "ok", "ok"]);
  });

  it("--fail-on error lets the differing image pass and still fails on the missing service", async () => {
    const dir = fixtureRepo("dr-two-region");
    edit(
      dir,
      "applicationsets/worker.yaml",
      "matchLabels:\n            role: primary",
      "matchLabels:\n            env: staging",
    );
    expect((await parity(dir, "--fail-on", "error")).code).toBe(0);
    expect((await parity(dir)).code).toBe(1);
  });

  it("reads the clusters from .gitops.yaml clusters: just the same, pairing DR by the env label", async () => {
    const dir = fixtureRepo("dr-two-region");
    rmSync(join(dir, "clusters"), { recursive: true });
    writeFileSync(
      join(dir, ".gitops.yaml"),
      [
        "clusters:",
        "  - name: staging",
        "    server: https://10.10.0.1:6443",
        "    labels: { env: staging, role: primary, region: us-east }",
        "  - name: prod-us-east",
        "    server: https://10.20.0.1:6443",
        "    labels: { env: prod, role: primary, region: us-east }",
        "  - name: prod-us-west",
        "    server: https://10.30.0.1:6443",
        "    labels: { env: prod, role: dr, region: us-west }",
        "",
      ].join("\n"),
    );
    const run = await parity(dir);
    expect(run.code).toBe(1);
    expect(run.doc.findings).toEqual(EXPECTED);
  });

  it("warns about a DR cluster whose drOf names no primary, and pairs nothing with it", async () => {
    const dir = fixtureRepo("dr-two-region");
    edit(dir, "clusters/prod-us-west/cluster-secret.yaml", "drOf: prod-us-east", "drOf: prod-eu-central");
    const run = await parity(dir);
    expect(run.code).toBe(1);
    expect(run.doc.pairs).toEqual([]);
    expect(run.doc.findings).toEqual([
      {
        tool: "lint",
        rule: "dr/unpaired",
        severity: "warning",
        message:
          "DR cluster prod-us-west pairs with no primary: give it the label drOf: <primary cluster name> (a cluster labelled role: primary)",
      },
    ]);
  });

  it("has nothing to pair in a repo whose clusters carry no role", async () => {
    const dir = fixtureRepo("applicationsets");
    const run = await cli("parity", "--repo", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no DR pairs");
  });

  it("refuses a bad --fail-on with exit 2 and one message", async () => {
    const run = await cli("parity", "--fail-on", "sometimes", "--repo", fixtureRepo("dr-two-region"));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gitops: --fail-on must be error, warning or notice, got "sometimes"\n');
  });
});
