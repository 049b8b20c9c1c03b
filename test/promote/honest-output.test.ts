// Honest output: "nothing to promote" only when no promotable field differs; the drift is always shown.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { fixtureRepo } from "./layout-fixtures.js";

const QA = "apps/invoices/envs/qa/version.yml";
const STAGING = "apps/invoices/envs/staging/version.yml";
const K = "apps/invoices/envs/staging/kustomization.yml";

/** The invoices image of qa set to `qa`, of staging to `staging`, in their version.yml patches. */
function invoices(qa: string, staging: string): string {
  const dir = fixtureRepo("apps-envs-yml");
  for (const [file, tag] of [
    [QA, qa],
    [STAGING, staging],
  ] as const) {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, "utf8").replace(/invoices:[\d.]+/, `invoices:${tag}`));
  }
  return dir;
}

describe("promote says what it does", () => {
  it("does not say 'nothing to promote' when qa runs :1.0 and staging :2.0 (the image is in a patch)", async () => {
    const dir = invoices("1.0", "2.0");
    const run = await cli("promote", "qa", "staging", "invoices", "--dry-run", "--repo", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("nothing to promote");
    expect(run.stdout).toBe(`--- a/${STAGING}
+++ b/${STAGING}
@@ -7,4 +7,4 @@
     spec:
       containers:
         - name: invoices
-          image: ghcr.io/example/invoices:2.0
+          image: ghcr.io/example/invoices:1.0
`);
    expect(run.stderr).toMatch(
      /^SERVICE +FILE +FIELD +BEFORE \(staging\) +AFTER \(from qa\)\ninvoices +apps\/invoices\/envs\/staging\/version\.yml +spec\.template\.spec\.containers\[invoices\]\.image +ghcr\.io\/example\/invoices:2\.0 +ghcr\.io\/example\/invoices:1\.0\n/m,
    );
    // The settings patch differs and is env-specific: listed, never copied.
    expect(run.stderr).toMatch(/not promoted: 3 other field\(s\) differ between qa and staging/);
    expect(run.stderr).toMatch(
      /apps\/invoices\/envs\/staging\/settings\.yml +.*LOG_LEVEL\]\.value +debug +info/,
    );
  });

  it("lists the same image as a change, never as drift, in --json", async () => {
    const dir = invoices("1.0", "2.0");
    const run = await cli("promote", "qa", "staging", "invoices", "--dry-run", "--json", "--repo", dir);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      status: string;
      changes: { file: string; field: string; from: string; to: string }[];
      drift: { file: string; field: string; source: string; target: string }[];
      unplaced: unknown[];
    };
    expect(doc.status).toBe("dry-run");
    expect(doc.changes).toEqual([
      {
        service: "invoices",
        file: STAGING,
        field: "spec.template.spec.containers[invoices].image",
        from: "ghcr.io/example/invoices:2.0",
        to: "ghcr.io/example/invoices:1.0",
      },
    ]);
    expect(doc.drift.filter((d) => d.field.endsWith(".image"))).toEqual([]);
    expect(doc.drift).toEqual([
      { service: "invoices", file: K, field: "namespace", source: "qa", target: "staging" },
      { service: "invoices", file: K, field: "namePrefix", source: "qa-", target: "staging-" },
      {
        service: "invoices",
        file: "apps/invoices/envs/staging/settings.yml",
        field: "spec.template.spec.containers[invoices].env[LOG_LEVEL].value",
        source: "debug",
        target: "info",
      },
    ]);
    expect(doc.unplaced).toEqual([]);
  });

  it("says 'nothing to promote' when the images match, and still shows the drift", async () => {
    const dir = invoices("1.0", "1.0");
    const run = await cli("promote", "qa", "staging", "invoices", "--repo", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("nothing to promote: staging already has what qa has for invoices\n");
    expect(run.stderr).toMatch(/not promoted: 3 other field\(s\) differ between qa and staging/);
  });

  it("says what it left behind when the target has no place for a differing image", async () => {
    const dir = invoices("1.0", "2.0");
    // staging takes its image from the base: no version.yml patch.
    const k = join(dir, "apps/invoices/envs/staging/kustomization.yml");
    writeFileSync(k, readFileSync(k, "utf8").replace("  - version.yml\n", ""));
    const run = await cli("promote", "qa", "staging", "invoices", "--repo", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "nothing promoted: 1 promotable field(s) of qa differ but have no place in staging for invoices (listed above)\n",
    );
    expect(run.stderr).toMatch(/promotable but not promoted: staging has no such field/);
    expect(run.stderr).toMatch(
      /invoices +apps\/invoices\/envs\/qa\/version\.yml +Deployment\/invoices spec\.template\.spec\.containers\[invoices\]\.image +ghcr\.io\/example\/invoices:1\.0/,
    );
  });
});
