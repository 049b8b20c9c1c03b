// lint's schema pass and policy's evaluation are cached per target: a one-target change checks
// that target again and takes every other from the cache, the result equals a cold run's, and an
// edit to what every target depends on (a policy, a CRD, .gitops.yaml) checks every target again.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { runValidate } from "../../packages/validate/src/index.js";
import { exampleCopy, toolEnv } from "../render/support.js";
import { bumpProdTag, kustomizeService, multiTargetRepo } from "../support/multi-target.js";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

function newStore(): CacheStore {
  return new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-tcache-")), maxBytes: 1 << 28 });
}

/** The observable result of validate's lint and policy, and what each cache layer did. */
async function outcome(repo: string, cache: CacheStore | false) {
  rmSync(join(repo, "render"), { recursive: true, force: true });
  const before = cache ? counts(cache) : undefined;
  const r = await runValidate({ repo, env, failOn: "error", checks: ["render", "lint", "policy"], cache });
  const after = cache ? counts(cache) : undefined;
  const delta = (kind: "lint" | "policy") => ({
    hits: (after?.[kind].hits ?? 0) - (before?.[kind].hits ?? 0),
    misses: (after?.[kind].misses ?? 0) - (before?.[kind].misses ?? 0),
  });
  return {
    result: JSON.stringify(r.checks.map((c) => [c.name, c.findings])),
    lintSummary: JSON.stringify(r.checks.find((c) => c.name === "lint")?.coverage),
    targets: r.render.targets.filter((t) => t.status === "ok").length,
    lint: delta("lint"),
    policy: delta("policy"),
  };
}

function counts(store: CacheStore) {
  const of = (kind: string) => ({ ...(store.byKind.get(kind) ?? { hits: 0, misses: 0 }) });
  return { lint: of("lint-target"), policy: of("policy-target") };
}

/** Cold and warm results, compared on everything a user sees. */
async function expectSame(repo: string, store: CacheStore) {
  const cold = await outcome(repo, false);
  const warm = await outcome(repo, store);
  expect(warm.result).toBe(cold.result);
  expect(warm.lintSummary).toBe(cold.lintSummary);
  return warm;
}

function edit(repo: string, path: string, change: (text: string) => string): void {
  writeFileSync(join(repo, path), change(readFileSync(join(repo, path), "utf8")));
}

describe("validate caches lint and policy per target", () => {
  it("on the example: a warm run takes every target from the cache and reports what a cold run does", async () => {
    const repo = exampleCopy();
    const store = newStore();
    const first = await outcome(repo, store);
    expect(first.lint.hits).toBe(0);
    const warm = await expectSame(repo, store);
    expect(warm.lint).toEqual({ hits: warm.targets, misses: 0 });
    expect(warm.policy.misses).toBe(0);
    expect(warm.policy.hits).toBeGreaterThan(0);
  });

  it("after a one-target change checks only that target again", async () => {
    const repo = multiTargetRepo();
    const store = newStore();
    await outcome(repo, store);
    bumpProdTag(repo, kustomizeService(repo), "77.0.1");
    const warm = await expectSame(repo, store);
    expect(warm.lint).toEqual({ hits: warm.targets - 1, misses: 1 });
    expect(warm.policy.misses).toBe(1);
  });

  it("checks every target's policies again after a policy edit, and lints only the policies target again", async () => {
    const repo = multiTargetRepo();
    const store = newStore();
    await outcome(repo, store);
    // Deny becomes Warn: the policy's findings turn into warnings.
    edit(repo, "policies/require-resource-limits.yaml", (t) => t.replace(/\["Deny"\]/g, "[Warn]"));
    const warm = await expectSame(repo, store);
    expect(warm.policy.hits).toBe(0);
    // policies/ is a target too (a kustomization): its own render changed, no other.
    expect(warm.lint).toEqual({ hits: warm.targets - 1, misses: 1 });
  });

  it("applies a new waiver to cached results: unused and used waivers come out as a cold run's", async () => {
    const repo = multiTargetRepo();
    const store = newStore();
    const before = await outcome(repo, store);
    const violation = (
      JSON.parse(before.result) as [
        string,
        { rule: string; tool: string; target?: string; resource?: { kind: string; name: string } }[],
      ][]
    )
      .flatMap(([, f]) => f)
      .find((f) => f.tool === "policy" && f.target !== undefined && f.resource);
    expect(violation).toBeDefined();
    writeFileSync(
      join(repo, "policies/exceptions.yaml"),
      `exceptions:
  - policy: ${violation?.rule}
    match: { target: "${violation?.target}", kind: ${violation?.resource?.kind}, name: ${violation?.resource?.name} }
    reason: test
    owner: "@team"
    expires: "2999-01-01"
  - policy: no-such-policy
    match: { kind: Nothing }
    reason: test
    owner: "@team"
    expires: "2999-01-01"
`,
    );
    const warm = await expectSame(repo, store);
    // Waivers apply to the union afterwards: no target's evaluation is keyed by them.
    expect(warm.policy.misses).toBe(0);
    expect(warm.result).toContain("waived by policies/exceptions.yaml:2");
    expect(warm.result).toContain("policy/waiver-unused");
  });

  it("checks every target's schemas again when the repo's CRDs change", async () => {
    const repo = multiTargetRepo();
    const store = newStore();
    await outcome(repo, store);
    const service = kustomizeService(repo);
    writeFileSync(
      join(repo, "apps", service, "base", "crd.yaml"),
      `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: { type: object, properties: { spec: { type: object } } }
`,
    );
    edit(repo, `apps/${service}/base/kustomization.yaml`, (t) =>
      t.replace(/resources:\n/, "resources:\n  - crd.yaml\n"),
    );
    const warm = await expectSame(repo, store);
    expect(warm.lint).toEqual({ hits: 0, misses: warm.targets });
  });

  it("checks again what a .gitops.yaml edit changes: lint config for lint, enforcement for policy", async () => {
    const repo = multiTargetRepo();
    const store = newStore();
    await outcome(repo, store);
    const config = readFileSync(join(repo, ".gitops.yaml"), "utf8");
    writeFileSync(join(repo, ".gitops.yaml"), `${config}\nlint:\n  missingSchema:\n    default: error\n`);
    const lintEdit = await expectSame(repo, store);
    expect(lintEdit.lint.hits).toBe(0);
    expect(lintEdit.policy.misses).toBe(0);
    writeFileSync(
      join(repo, ".gitops.yaml"),
      `${config}\nlint:\n  missingSchema:\n    default: error\npolicy:\n  enforcement:\n    require-resource-limits: { prod: deny }\n`,
    );
    const policyEdit = await expectSame(repo, store);
    expect(policyEdit.lint.misses).toBe(0);
    expect(policyEdit.policy.hits).toBe(0);
  });

  it("takes a corrupt entry for a miss and reports what a cold run does", async () => {
    const repo = multiTargetRepo();
    const store = newStore();
    await outcome(repo, store);
    const entries: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true }))
        if (e.isDirectory()) walk(join(d, e.name));
        else entries.push(join(d, e.name));
    };
    walk(join(store.dir, "lint-target"));
    walk(join(store.dir, "policy-target"));
    expect(entries.length).toBeGreaterThan(0);
    // One torn (checksum wrong), one of another shape (checksum right): both are misses.
    for (const [i, path] of entries.entries()) {
      const text = readFileSync(path, "utf8");
      if (i % 2 === 0) writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
      else {
        const payload = '{"schema":"not a list"}';
        writeFileSync(
          path,
          `gitops-cache-1 ${createHash("sha256").update(payload).digest("hex")}\n${payload}`,
        );
      }
    }
    const warm = await expectSame(repo, store);
    expect(warm.lint.hits + warm.policy.hits).toBe(0);
  });
});
