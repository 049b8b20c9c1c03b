// Each repository shape promotes with zero config: the image wherever the env sets it, nothing env-specific.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { changedLines, fixtureRepo, snapshot } from "./layout-fixtures.js";

/** Runs `gitops promote ...args` in `dir` and returns the run with the lines it changed. */
async function promoteIn(dir: string, ...args: string[]) {
  const before = snapshot(dir);
  const run = await cli("promote", ...args, "--repo", dir);
  return { ...run, changed: changedLines(before, snapshot(dir)) };
}

describe("apps/<svc>/envs/<env> with the image in a strategic-merge patch (apps-envs-yml)", () => {
  it("promotes the image in version.yml and leaves settings, replicas and namespace alone; a repeat is a no-op", async () => {
    const dir = fixtureRepo("apps-envs-yml");
    const first = await promoteIn(dir, "staging", "prod", "invoices", "orders");
    expect(first.stderr).not.toContain("gitops:");
    expect(first.code).toBe(0);
    expect(first.changed).toEqual({
      "apps/invoices/envs/prod/version.yml": [
        "image: ghcr.io/example/invoices:1.2.0 => image: ghcr.io/example/invoices:1.3.0",
      ],
      "apps/orders/envs/prod/version.yml": [
        expect.stringMatching(
          /^image: ghcr\.io\/example\/orders:\S+ => image: ghcr\.io\/example\/orders:\S+$/,
        ),
      ],
    });
    const again = await promoteIn(dir, "staging", "prod", "invoices", "orders");
    expect(again.code).toBe(0);
    expect(again.changed).toEqual({});
    expect(again.stdout).toBe("nothing to promote: prod already has what staging has for invoices, orders\n");
  });

  it("promotes payments from qa to prod: it has no staging, so no step is skipped", async () => {
    const dir = fixtureRepo("apps-envs-yml");
    const run = await promoteIn(dir, "qa", "prod", "payments");
    expect(run.stderr).not.toContain("gitops:");
    expect(Object.keys(run.changed)).toEqual(["apps/payments/envs/prod/version.yml"]);
  });

  it("refuses qa straight to prod for a service that has staging", async () => {
    const dir = fixtureRepo("apps-envs-yml");
    const run = await promoteIn(dir, "qa", "prod", "invoices");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "gitops: qa → prod skips staging in the promotion chain (qa → staging → prod); promote through it first, or say so with --skip staging\n",
    );
    expect(run.changed).toEqual({});
  });
});

describe("an env-only repo of one app, images in patches (envs-variants)", () => {
  it("needs no service name: the app is the repo; qa's version.yml image goes to staging, settings stay", async () => {
    const dir = fixtureRepo("envs-variants");
    const run = await promoteIn(dir, "qa", "staging", "--json");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      services: string[];
      changes: unknown[];
      drift: { file: string }[];
    };
    expect(doc.services).toEqual(["envs-variants"]);
    expect(doc.changes).toEqual([
      {
        service: "envs-variants",
        file: "envs/staging/version.yml",
        field: "spec.template.spec.containers[webserver-simple].image",
        from: "ghcr.io/example/simple-env-app:1.3",
        to: "ghcr.io/example/simple-env-app:1.4",
      },
    ]);
    // The settings patch differs (UI_THEME, CACHE_SIZE): drift, never copied.
    expect(doc.drift.map((d) => d.file)).toContain("envs/staging/settings.yml");
    expect(run.changed).toEqual({
      "envs/staging/version.yml": [
        "image: ghcr.io/example/simple-env-app:1.3 => image: ghcr.io/example/simple-env-app:1.4",
      ],
    });
  });

  it("fans staging out to the prod group by its alias, each region its own plan", async () => {
    const dir = fixtureRepo("envs-variants");
    const run = await promoteIn(dir, "staging", "prod", "--json");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      to: string;
      changes: { env: string; file: string }[];
      targets: { to: string; status: string }[];
    };
    expect(doc.to).toBe("prod");
    expect(doc.targets.map((t) => [t.to, t.status])).toEqual([
      ["prod-eu", "edited"],
      ["prod-us", "edited"],
    ]);
    expect(doc.changes.map((c) => `${c.env} ${c.file}`)).toEqual([
      "prod-eu envs/prod-eu/version.yml",
      "prod-us envs/prod-us/version.yml",
    ]);
    expect(Object.keys(run.changed).sort()).toEqual(["envs/prod-eu/version.yml", "envs/prod-us/version.yml"]);
  });
});

describe("env/<env> with kustomize images and inline JSON6902 host patches (env-base-single-app)", () => {
  it("promotes the images newTag; hosts, namespace and replicas stay", async () => {
    const dir = fixtureRepo("env-base-single-app");
    const run = await promoteIn(dir, "staging", "prod");
    expect(run.code).toBe(0);
    expect(run.changed).toEqual({ "env/prod/kustomization.yaml": ["newTag: 1.1.0 => newTag: 1.2.0"] });
    expect(run.stderr).toMatch(/not promoted: \d+ other field\(s\) differ between staging and prod/);
    const again = await promoteIn(dir, "staging", "prod");
    expect(again.changed).toEqual({});
    expect(again.stdout).toBe(
      "nothing to promote: prod already has what staging has for env-base-single-app\n",
    );
  });
});

describe("JSON6902 patch files and plain manifests of an overlay", () => {
  it("promotes an image set by a JSON6902 op and by a manifest the overlay lists, matched by what they set", async () => {
    const dir = fixtureRepo("apps-envs-yml");
    const env = (e: string, tag: string, job: string) => {
      const k = join(dir, `apps/orders/envs/${e}/kustomization.yml`);
      writeFileSync(
        k,
        readFileSync(k, "utf8").replace(
          "resources:\n  - ../../base\n",
          "resources:\n  - ../../base\n  - migrate.yml\n",
        ) +
          "patchesJson6902:\n  - target: {group: apps, version: v1, kind: Deployment, name: orders}\n    path: image-op.yml\n",
      );
      writeFileSync(
        join(dir, `apps/orders/envs/${e}/image-op.yml`),
        `# the sidecar's image\n- op: replace\n  path: /spec/template/spec/containers/1/image\n  value: ghcr.io/example/proxy:${tag}\n`,
      );
      writeFileSync(
        join(dir, `apps/orders/envs/${e}/migrate.yml`),
        `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  backoffLimit: ${e === "prod" ? 1 : 4}\n  template:\n    spec:\n      containers:\n        - name: migrate\n          image: "ghcr.io/example/orders-migrate:${job}"\n`,
      );
    };
    env("staging", "2.1", "5");
    env("prod", "2.0", "4");
    const run = await promoteIn(dir, "staging", "prod", "orders", "--json");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { changes: { file: string; field: string; to: string }[] };
    // In kustomize's order: resources, then patches.
    expect(doc.changes.map((c) => `${c.file} ${c.field} ${c.to}`)).toEqual([
      "apps/orders/envs/prod/migrate.yml spec.template.spec.containers[migrate].image ghcr.io/example/orders-migrate:5",
      "apps/orders/envs/prod/version.yml spec.template.spec.containers[orders].image ghcr.io/example/orders:2.0.1",
      "apps/orders/envs/prod/image-op.yml [/spec/template/spec/containers/1/image].value ghcr.io/example/proxy:2.1",
    ]);
    expect(run.changed["apps/orders/envs/prod/image-op.yml"]).toEqual([
      "value: ghcr.io/example/proxy:2.0 => value: ghcr.io/example/proxy:2.1",
    ]);
    // backoffLimit is the env's own: not promoted.
    expect(run.changed["apps/orders/envs/prod/migrate.yml"]).toEqual([
      'image: "ghcr.io/example/orders-migrate:4" => image: "ghcr.io/example/orders-migrate:5"',
    ]);
  });
});
