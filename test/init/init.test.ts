// gitops init on every repository shape the model supports: what it writes, that the config
// pins what was found, that the workflows are valid, and that a second run changes nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../packages/core/src/index.js";
import {
  HOOK_IDS,
  MAKE_TARGETS,
  PLATFORM_TEAM,
  prodEnvs,
  serviceTeam,
} from "../../packages/init/src/index.js";
import { ownersOf, parseCodeowners } from "../../packages/promote/src/index.js";
import { cli } from "../support/cli.js";
import { copyShape, modelSnapshot, SHAPES, tree } from "./support.js";

const REF = "0123456789abcdef0123456789abcdef01234567";

interface InitJson {
  files: { path: string; action: "add" | "exists" }[];
  detected: {
    environments: string[];
    targets: { id: string; env: string; service?: string; kind: string }[];
    applications: { name: string; file: string }[];
  };
}

async function init(dir: string, ...args: string[]): Promise<InitJson> {
  const run = await cli("init", "--repo", dir, "--json", "--ref", REF, ...args);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as InitJson;
}

async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return errors;
}

describe.each(SHAPES)("gitops init on %s", (shape) => {
  it("adds what is missing, pins what the model found, and changes nothing on a second run", async () => {
    const dir = copyShape(shape);
    const before = await modelSnapshot(dir);
    const hadConfig = loadConfig(dir).file !== undefined;

    const first = await init(dir);
    expect(first.detected.environments).toEqual(before.environments);
    expect(first.detected.targets.map((t) => t.id)).toEqual(before.targets.map((t) => t.id));
    const added = first.files.filter((f) => f.action === "add").map((f) => f.path);
    expect(added).toContain(".pre-commit-config.yaml");
    if (!hadConfig) expect(added).toContain(".gitops.yaml");

    // The config loads without complaint and the model is the same as before it existed.
    expect(() => loadConfig(dir)).not.toThrow();
    expect(await modelSnapshot(dir)).toEqual(before);
    if (!hadConfig && before.environments.length > 0) {
      expect(loadConfig(dir).config.environments).toEqual(before.environments);
    }

    for (const file of added.filter((p) => p.startsWith(".github/workflows/"))) {
      const content = readFileSync(join(dir, file), "utf8");
      expect(await workflowErrors(file, content), file).toEqual([]);
      expect(content).toMatch(
        new RegExp(`uses: example-org/gitops-actions/\\.github/workflows/\\w+\\.yml@${REF}\\n`),
      );
    }
    if (added.includes(".github/workflows/promote.yaml")) {
      const promote = parse(readFileSync(join(dir, ".github/workflows/promote.yaml"), "utf8")) as {
        on: { workflow_dispatch: { inputs: Record<string, { options?: string[]; default?: string }> } };
      };
      const inputs = promote.on.workflow_dispatch.inputs;
      expect(inputs.from?.options).toEqual(before.environments.slice(0, -1));
      expect(inputs.to?.options).toEqual(before.environments.slice(1));
      expect(inputs.to?.default).toBe(before.environments.at(-1));
    } else {
      expect(before.environments.length < 2 || !added.includes(".gitops.yaml")).toBe(true);
    }

    if (added.includes(".github/CODEOWNERS")) {
      const rules = parseCodeowners(readFileSync(join(dir, ".github/CODEOWNERS"), "utf8"));
      expect(ownersOf(rules, "README.md")).toEqual([PLATFORM_TEAM]);
      expect(ownersOf(rules, ".github/workflows/validate.yaml")).toEqual([PLATFORM_TEAM]);
      expect(ownersOf(rules, "policies/x.yaml")).toEqual([PLATFORM_TEAM]);
      const prod = before.targets.filter(
        (t) => prodEnvs(before.environments).includes(t.env) && !t.id.startsWith("applications/"),
      );
      for (const t of prod) {
        const owners = ownersOf(rules, `${t.id}/kustomization.yaml`);
        expect(owners, t.id).toContain(PLATFORM_TEAM);
        if (t.service) expect(owners, t.id).toContain(serviceTeam(t.service));
      }
      for (const a of first.detected.applications) {
        expect(ownersOf(rules, a.file), a.file).toEqual([PLATFORM_TEAM]);
      }
    }

    if (added.includes("Makefile")) {
      const make = readFileSync(join(dir, "Makefile"), "utf8");
      for (const [name, command] of MAKE_TARGETS) {
        expect(make).toContain(`\n${name}:\n\t$(GITOPS) ${command}\n`);
      }
      expect(make).not.toMatch(/^ +\S/m);
    }

    const precommit = parse(readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8")) as {
      repos: { repo: string; rev: string; hooks: { id: string }[] }[];
    };
    expect(precommit.repos).toEqual([
      {
        repo: "https://github.com/example-org/gitops-actions",
        rev: REF,
        hooks: HOOK_IDS.map((id) => ({ id })),
      },
    ]);

    // A second run finds everything in place and leaves the tree byte for byte as it was.
    const after = tree(dir);
    const second = await init(dir);
    expect(second.files.every((f) => f.action === "exists")).toBe(true);
    const policiesOnce = [...new Set(first.files.map((f) => f.path.replace(/^policies\/.+/, "policies/")))];
    expect(second.files.map((f) => f.path)).toEqual(policiesOnce);
    expect(tree(dir)).toEqual(after);
  });
});

describe("what init pins", () => {
  it.each([
    ["applicationsets", ["addons/{service}/overlays/{env}", "apps/{service}/overlays/{env}"]],
    ["apps-envs-yml", ["apps/{service}/envs/{env}"]],
    ["env-base-single-app", ["env/{env}"]],
    ["envs-variants", ["envs/{env}"]],
    ["flux-style", ["apps/{env}", "clusters/{env}", "clusters/{env}/*", "infrastructure/*"]],
    ["operator-catalog", ["{service}/instance/overlays/*", "{service}/operator/overlays/*"]],
  ])("%s: the target roots that give back every target found", async (shape, roots) => {
    const json = await init(copyShape(shape));
    expect((json.detected as { roots?: string[] }).roots).toEqual(roots);
  });

  it("takes the production envs as the last env and those that rank with it", () => {
    expect(prodEnvs(["qa", "staging", "prod-eu", "prod-us"])).toEqual(["prod-eu", "prod-us"]);
    expect(prodEnvs(["staging", "production"])).toEqual(["production"]);
    expect(prodEnvs(["blue", "green"])).toEqual(["green"]);
    expect(prodEnvs([])).toEqual([]);
  });
});
