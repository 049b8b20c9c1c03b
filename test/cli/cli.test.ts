import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../packages/cli/src/commands/index.js";
import { VERSION } from "../../packages/core/src/version.js";
import { writeFiles } from "../support/git.js";
import { cli } from "../support/cli.js";

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-cli-"));
  writeFiles(dir, {
    "apps/cms/overlays/staging/kustomization.yaml": "resources: []\n",
    "apps/cms/overlays/prod/kustomization.yaml": "resources: []\n",
    "clusters/prod/ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: cms-prod\n",
  });
  return dir;
}

describe("gitops CLI", () => {
  it("prints the version of package.json", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("lists exactly the registered commands in --help, each with --help of its own", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    const listed = [...stdout.matchAll(/^ {2}([a-z]+) {2,}\S/gm)].map((m) => m[1]);
    expect(listed).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMANDS) {
      const help = await cli(c.name, "--help");
      expect(help.code, c.name).toBe(0);
      expect(help.stdout, c.name).toContain(`Usage: gitops ${c.name}`);
    }
  });

  it("shows usage and exits 2 when no command is given", async () => {
    const { code, stdout } = await cli();
    expect(code).toBe(2);
    expect(stdout).toContain("Usage: gitops <command>");
  });

  it("has --help for each command", async () => {
    const { code, stdout } = await cli("targets", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: gitops targets");
    expect(stdout).toContain("--repo DIR");
  });

  it("names an unknown command and exits 2 without a stack", async () => {
    const { code, stderr } = await cli("deploy");
    expect(code).toBe(2);
    expect(stderr).toBe(
      `gitops: unknown command "deploy"; commands: ${COMMANDS.map((c) => c.name).join(", ")}\n`,
    );
  });

  it("names an unknown option and exits 2", async () => {
    const { code, stderr } = await cli("targets", "--frobnicate");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gitops: targets: Unknown option '--frobnicate'; run "gitops targets --help"\n$/);
  });

  it("rejects a stray positional argument", async () => {
    const { code, stderr } = await cli("targets", "extra");
    expect(code).toBe(2);
    expect(stderr).toContain('unexpected argument "extra"');
  });

  it("names a --repo folder that does not exist", async () => {
    const { code, stderr } = await cli("targets", "--repo", "/no/such/repo");
    expect(code).toBe(2);
    expect(stderr).toBe("gitops: repository folder /no/such/repo does not exist\n");
  });

  it("reports bad config as exit 2 with file and line", async () => {
    const dir = repo();
    writeFiles(dir, { ".gitops.yaml": "environments: [staging, prod]\nextra: 1\n" });
    const { code, stderr } = await cli("targets", "--repo", dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^gitops: \.gitops\.yaml:2: unknown key "extra"; allowed here: environments, targets\b.*\n$/,
    );
  });

  it("lists targets as a table", async () => {
    const { code, stdout } = await cli("targets", "--repo", repo());
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 4)).toEqual([
      "TARGET                     ENV      SERVICE  KIND       APPLICATIONS",
      "apps/cms/overlays/prod     prod     cms      kustomize  -",
      "apps/cms/overlays/staging  staging  cms      kustomize  -",
      "clusters/prod              prod     -        directory  -",
    ]);
  });

  it("prints one JSON document with --json, with shards when asked", async () => {
    const { code, stdout, stderr } = await cli(
      "targets",
      "--repo",
      repo(),
      "--json",
      "--shards",
      "2",
      "--env",
      "prod",
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const doc = JSON.parse(stdout) as { targets: { id: string }[]; shards: string[][] };
    expect(doc.targets.map((t) => t.id)).toEqual(["apps/cms/overlays/prod", "clusters/prod"]);
    expect(doc.shards).toEqual([["apps/cms/overlays/prod"], ["clusters/prod"]]);
  });

  it("lists the Applications in --json and says why with --explain", async () => {
    const dir = repo();
    writeFiles(dir, {
      "root-apps.yaml":
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cms-prod\n  namespace: argocd\nspec:\n  project: prod\n  source:\n    repoURL: https://example.com/infra.git\n    path: apps/cms/overlays/prod\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: cms\n",
    });
    const json = await cli("targets", "--repo", dir, "--json");
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as {
      targets: { id: string; applications: string[] }[];
      applications: unknown[];
    };
    expect(doc.targets.find((t) => t.id === "apps/cms/overlays/prod")?.applications).toEqual(["cms-prod"]);
    expect(doc.applications).toEqual([
      {
        name: "cms-prod",
        namespace: "argocd",
        project: "prod",
        file: "root-apps.yaml",
        line: 1,
        applicationSet: null,
        targets: ["apps/cms/overlays/prod"],
        destination: { server: "https://kubernetes.default.svc", namespace: "cms" },
      },
    ]);
    const explain = await cli("targets", "--repo", dir, "--explain", "--env", "prod");
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain(
      [
        "apps/cms/overlays/prod  (kustomize, env prod, service cms)",
        "  - apps/cms/overlays/prod: a kustomization that no other kustomization uses",
        '  - env "prod": the folder under apps/cms/overlays/',
        '  - service "cms": the folder under apps/',
        "  - deployed by Application cms-prod (root-apps.yaml:1)",
      ].join("\n"),
    );
  });

  it("exits 2 naming where it looked when the repository has no targets", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-cli-empty-"));
    writeFiles(dir, { "README.md": "# nothing here\n" });
    const { code, stderr } = await cli("targets", "--repo", dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gitops: no targets in .*: no kustomization or chart that nothing else uses/);
  });

  it("rejects a shard count that is not a number", async () => {
    const { code, stderr } = await cli("targets", "--repo", repo(), "--shards", "two");
    expect(code).toBe(2);
    expect(stderr).toBe('gitops: --shards must be a whole number, got "two"\n');
  });

  it("rejects an unknown environment filter, listing the known ones", async () => {
    const { code, stderr } = await cli("targets", "--repo", repo(), "--env", "qa");
    expect(code).toBe(2);
    expect(stderr).toBe('gitops: unknown environment "qa"; known: staging, prod\n');
  });
});
