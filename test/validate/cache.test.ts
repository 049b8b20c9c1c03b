// Property: for random edits of random generated repositories, validate with a warm cache gives
// byte-identical render outputs, index and findings to a cold run (lint and policy cached per target).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateRepo } from "../../bench/generate.js";
import { Random } from "../../bench/gen/random.js";
import { CacheStore, type CacheStore as Store } from "../../packages/cache/src/index.js";
import { runValidate } from "../../packages/validate/src/index.js";
import { snapshot } from "../cache/snapshot.js";
import { EXAMPLE, toolEnv } from "../render/support.js";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

/** Rewrites one file; returns false when the edit does not apply to this repo. */
function edit(repo: string, path: string, change: (text: string) => string): boolean {
  const full = join(repo, path);
  if (!existsSync(full)) return false;
  writeFileSync(full, change(readFileSync(full, "utf8")));
  return true;
}

/** The random edits: image tags, Helm values, base resources, chart templates, Applications, breakage. */
function randomEdit(repo: string, rnd: Random, n: number): string {
  const service = rnd.pick(readdirSync(join(repo, "apps")).sort());
  const env = rnd.pick(["staging", "prod"]);
  const overlay = `apps/${service}/overlays/${env}`;
  const helm = existsSync(join(repo, "apps", service, "base", "Chart.yaml"));
  const kinds = ["tag", "base", "app", "break", "readme", "policy", "waiver"] as const;
  const kind = rnd.pick(kinds);
  if (kind === "tag")
    return helm
      ? `${edit(repo, `${overlay}/values.yaml`, (t) => t.replace(/tag: .*/, `tag: 9.${n}.0`))} values ${overlay}`
      : `${edit(repo, `${overlay}/kustomization.yaml`, (t) => t.replace(/newTag: .*/, `newTag: 9.${n}.0`))} tag ${overlay}`;
  if (kind === "base") {
    const cm = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-${n}\ndata:\n  n: "${n}"\n`;
    if (helm) {
      writeFileSync(join(repo, "apps", service, "base", "templates", `extra-${n}.yaml`), cm);
      return `template apps/${service}`;
    }
    return `${edit(repo, `apps/${service}/base/kustomization.yaml`, (t) => `${t}commonAnnotations:\n  edit: "${n}"\n`)} base ${service}`;
  }
  if (kind === "app")
    return `${edit(repo, `argo-apps/${env}/${service}.yaml`, (t) => t.replace(/namespace: (\S+)/, "namespace: $1-moved"))} app ${service}`;
  if (kind === "break") {
    const file = helm ? `${overlay}/values.yaml` : `${overlay}/kustomization.yaml`;
    return `${edit(repo, file, (t) => `${t}\nbroken: [\n`)} break ${file}`;
  }
  if (kind === "policy")
    return `${edit(repo, "policies/require-resource-limits.yaml", (t) => (t.includes('["Deny"]') ? t.replace('["Deny"]', '["Warn"]') : t.replace('["Warn"]', '["Deny"]')))} policy`;
  if (kind === "waiver") {
    const waiver = `  - policy: require-resource-limits\n    match: { target: "${overlay}", kind: Deployment }\n    reason: edit ${n}\n    owner: "@team"\n    expires: "2999-01-01"\n`;
    writeFileSync(join(repo, "policies", "exceptions.yaml"), `exceptions:\n${waiver}`);
    return `waiver ${overlay}`;
  }
  return `${edit(repo, `${overlay}/README.md`, (t) => `${t}\nedited ${n}\n`)} readme ${overlay}`;
}

/** One validate run's observable result: render/ byte for byte and each check's findings. */
async function outcome(repo: string, cache: Store | false) {
  rmSync(join(repo, "render"), { recursive: true, force: true });
  const r = await runValidate({ repo, env, failOn: "error", checks: ["render", "lint", "policy"], cache });
  return {
    files: snapshot(repo),
    findings: JSON.stringify(r.checks.map((c) => [c.name, c.findings])),
    lint: JSON.stringify(r.checks.find((c) => c.name === "lint")?.coverage),
  };
}

describe("validate with a warm cache", () => {
  for (const seed of [101, 202]) {
    it(`equals a cold run after random edits (seed ${seed})`, async () => {
      const rnd = new Random(seed);
      const repo = generateRepo(join(mkdtempSync(join(tmpdir(), "gitops-prop-")), "repo"), {
        services: rnd.int(2, 4),
        helmRatio: 0.4,
        resourcesPerService: rnd.int(2, 4),
        seed,
      }).dir;
      // The example's policies, so that per-target policy results and waivers are exercised too.
      cpSync(join(EXAMPLE, "policies"), join(repo, "policies"), { recursive: true });
      const store = new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-cache-")), maxBytes: 1 << 28 });
      await outcome(repo, store);
      for (let round = 0; round < 3; round++) {
        const edits = Array.from({ length: rnd.int(0, 2) }, (_, i) => randomEdit(repo, rnd, round * 10 + i));
        const cold = await outcome(repo, false);
        const warm = await outcome(repo, store);
        expect(warm, `round ${round}: ${edits.join("; ") || "no edit"}`).toEqual(cold);
      }
      expect(store.stats.hits).toBeGreaterThan(0);
      expect(store.byKind.get("lint-target")?.hits).toBeGreaterThan(0);
      expect(store.byKind.get("policy-target")?.hits).toBeGreaterThan(0);
    });
  }
});
