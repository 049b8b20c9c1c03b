import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, loadConfig } from "../../packages/core/src/config.js";
import { UserError } from "../../packages/core/src/errors.js";

function repoWithConfig(text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-config-"));
  if (text !== undefined) writeFileSync(join(dir, ".gitops.yaml"), text);
  return dir;
}

function configError(text: string): UserError {
  try {
    loadConfig(repoWithConfig(text));
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error("expected a UserError");
}

describe("loadConfig", () => {
  it("uses the defaults when the repo has no .gitops.yaml", () => {
    const { config, file } = loadConfig(repoWithConfig());
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(file).toBeUndefined();
  });

  it("merges the file over the defaults", () => {
    const { config, file } = loadConfig(repoWithConfig("environments: [dev, staging, prod]\n"));
    expect(config.environments).toEqual(["dev", "staging", "prod"]);
    expect(config.targets.roots).toEqual(DEFAULT_CONFIG.targets.roots);
    expect(file).toBe(".gitops.yaml");
  });

  it("rejects an unknown top-level key with its name, line and the allowed keys", () => {
    const err = configError("environments: [staging]\nenviroments: [prod]\n");
    expect(err.message).toMatch(
      /^\.gitops\.yaml:2: unknown key "enviroments"; allowed here: environments, targets(, |$)/,
    );
    expect(err.line).toBe(2);
  });

  it("rejects an unknown nested key with its dotted path", () => {
    const err = configError("targets:\n  roots: ['clusters/{env}']\n  rots: [x]\n");
    expect(err.message).toBe('.gitops.yaml:3: unknown key "targets.rots"; allowed here: roots, exclude');
  });

  it("rejects a wrong type, naming the key", () => {
    expect(configError("environments: prod\n").message).toBe('.gitops.yaml:1: "environments" must be array');
  });

  it("rejects an env name that could not be a path segment or label", () => {
    expect(configError("environments: [staging, ../prod]\n").message).toMatch(
      /^\.gitops\.yaml:1: "environments\.1" must match pattern/,
    );
  });

  it("reports broken YAML in the config with file and line", () => {
    expect(configError("environments: [staging\n").message).toMatch(/^\.gitops\.yaml:\d+: invalid YAML/);
  });
});
