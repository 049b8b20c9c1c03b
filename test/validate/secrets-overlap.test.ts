// validate scans for secrets while kustomize and helm render (the scan needs no rendered output):
// the checks still come in their order with the scan's own findings, the scan reuses the
// render's repository model, and a scan that fails (a bad baseline) fails the run with its own
// message once, never as an unhandled rejection.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isUserError } from "../../packages/core/src/errors.js";
import { scanRepository } from "../../packages/secrets/src/index.js";
import { runValidate } from "../../packages/validate/src/index.js";
import { exampleCopy, toolEnv } from "../render/support.js";
import { Fakes } from "../secrets/fakes.js";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

describe("validate's secrets scan beside the render", () => {
  it("reports the checks in order, with what a scan on its own finds", async () => {
    const repo = exampleCopy();
    const token = new Fakes(7).githubPat();
    writeFileSync(join(repo, "notes.txt"), `deploy token ${token}\n`);
    const r = await runValidate({ repo, env, failOn: "error", cache: false });
    expect(r.checks.map((c) => c.name)).toEqual(["render", "lint", "policy", "secrets"]);
    const alone = await scanRepository(repo);
    const secrets = r.checks.find((c) => c.name === "secrets");
    expect(secrets?.findings).toEqual(alone.findings);
    expect(secrets?.findings.map((f) => [f.rule, f.file])).toContainEqual(["github-pat", "notes.txt"]);
    expect(JSON.stringify(r.checks)).not.toContain(token);
    expect(r.failed).toBe(true);
  });

  it("fails the run with the scan's own error when its configuration is broken", async () => {
    const repo = exampleCopy();
    const config = join(repo, ".gitops.yaml");
    writeFileSync(config, `${readFileSync(config, "utf8")}\nsecrets:\n  baseline: no-such-baseline.json\n`);
    const err: unknown = await runValidate({ repo, env, failOn: "error", cache: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toMatch(/baseline no-such-baseline\.json/);
  });
});
