// `gitops fmt` in-process: which files, --check, --json, exit codes, and what is never touched.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { writeFiles } from "../support/git.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/fmt/", import.meta.url));

const MESSY = "kind: Kustomization\nresources:\n- a.yaml   \nflag: yes\n";
const TIDY = 'kind: Kustomization\nresources:\n  - a.yaml\nflag: "yes"\n';

/** Files fmt must never rewrite, however messy: output, chart templates, dot folders, node_modules. */
const UNTOUCHABLE: Record<string, string> = {
  "render/apps/web/overlays/prod.yaml": MESSY,
  "render/index.json": "{}\n",
  "charts/queue/Chart.yaml": "apiVersion: v2\nname: queue\nversion: 0.1.0\n",
  "charts/queue/templates/deployment.yaml": "metadata:\n    name: {{ .Release.Name }}\n",
  "charts/queue/templates/plain.yaml": MESSY,
  "charts/queue/charts/dep/values.yaml": MESSY,
  ".github/workflows/ci.yaml": "on: push\njobs:\n    a: {}\n",
  "node_modules/pkg/x.yaml": MESSY,
};

/** A repository with the fixture corpus under apps/, a messy chart values file and the untouchables. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-fmt-"));
  cpSync(FIXTURES, join(dir, "apps/corpus"), { recursive: true, filter: (src) => !src.includes("invalid") });
  writeFiles(dir, {
    ...UNTOUCHABLE,
    "apps/web/kustomization.yaml": MESSY,
    "charts/queue/values.yaml": MESSY,
    "apps/web/README.md": "not yaml:   \n",
  });
  return dir;
}

/** Every file of `dir` and its contents. */
function snapshot(dir: string, under = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, snapshot(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), "utf8");
  }
  return out;
}

describe("gitops fmt", () => {
  it("--check writes nothing, lists the files that would change and exits 1", async () => {
    const dir = repo();
    const before = snapshot(dir);
    const run = await cli("fmt", "--check", "--repo", dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("would reformat apps/web/kustomization.yaml\n");
    expect(run.stdout).toContain("would reformat charts/queue/values.yaml\n");
    expect(run.stdout).not.toContain("directives.yaml");
    expect(snapshot(dir)).toEqual(before);
  });

  it("rewrites the files people write, then --check is clean; output, templates and dot folders are untouched", async () => {
    const dir = repo();
    chmodSync(join(dir, "apps/web/kustomization.yaml"), 0o600);
    const run = await cli("fmt", "--repo", dir);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("formatted apps/web/kustomization.yaml\n");
    expect(run.stdout).toContain("formatted apps/corpus/kustomization.yaml\n");
    expect(readFileSync(join(dir, "apps/web/kustomization.yaml"), "utf8")).toBe(TIDY);
    expect(readFileSync(join(dir, "charts/queue/values.yaml"), "utf8")).toBe(TIDY);
    expect(statSync(join(dir, "apps/web/kustomization.yaml")).mode & 0o777).toBe(0o600);
    const after = snapshot(dir);
    for (const [path, text] of Object.entries(UNTOUCHABLE)) expect(after[path], path).toBe(text);
    expect(after["apps/web/README.md"]).toBe("not yaml:   \n");
    // No temp file left beside what was written.
    expect(Object.keys(after).filter((p) => p.includes(".tmp-"))).toEqual([]);

    const again = await cli("fmt", "--check", "--repo", dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 of \d+ YAML file\(s\) would be reformatted\n$/);
    expect(snapshot(dir)).toEqual(after);
  });

  it("prints files and findings as one JSON document with --json", async () => {
    const dir = repo();
    writeFiles(dir, { "apps/bad/dup.yaml": "a: 1\nb: 2\na: 3\n" });
    const run = await cli("fmt", "--check", "--json", "--repo", dir);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      files: { file: string; changed: boolean }[];
      findings: unknown[];
      summary: Record<string, unknown>;
    };
    expect(json.files).toContainEqual({ file: "apps/web/kustomization.yaml", changed: true });
    expect(json.files).toContainEqual({ file: "apps/corpus/directives.yaml", changed: false });
    expect(json.files).toContainEqual({ file: "apps/bad/dup.yaml", changed: false });
    expect(
      json.files.map((f) => f.file).filter((f) => /^(render|node_modules|\.github)\/|templates/.test(f)),
    ).toEqual([]);
    expect(json.findings).toEqual([
      {
        tool: "fmt",
        rule: "yaml/duplicate-key",
        severity: "error",
        message: expect.stringContaining("duplicate key") as unknown,
        file: "apps/bad/dup.yaml",
        line: 3,
      },
    ]);
    expect(json.summary).toMatchObject({ errors: 1, files: json.files.length, check: true });
  });

  it("leaves a file that does not parse untouched, reports it with file:line and formats the rest", async () => {
    const dir = repo();
    const broken = readFileSync(join(FIXTURES, "invalid/parse-error.yaml"), "utf8");
    writeFiles(dir, { "apps/bad/broken.yaml": broken });
    const run = await cli("fmt", "--repo", dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/apps\/bad\/broken\.yaml:\d+/);
    expect(run.stdout).toContain("yaml/parse-error");
    expect(readFileSync(join(dir, "apps/bad/broken.yaml"), "utf8")).toBe(broken);
    expect(readFileSync(join(dir, "apps/web/kustomization.yaml"), "utf8")).toBe(TIDY);
  });

  it("formats only the paths given (files or folders), passing over templates, render/ and non-YAML", async () => {
    const dir = repo();
    const run = await cli(
      "fmt",
      "--repo",
      dir,
      join(dir, "apps/web/kustomization.yaml"),
      join(dir, "apps/web/README.md"),
      join(dir, "render/apps/web/overlays/prod.yaml"),
      join(dir, "charts/queue/templates/plain.yaml"),
      join(dir, "charts/queue/templates"),
      join(dir, ".github/workflows/ci.yaml"),
      join(dir, "charts/queue"),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "formatted apps/web/kustomization.yaml\nformatted charts/queue/values.yaml\n2 of 3 YAML file(s) reformatted\n",
    );
    const after = snapshot(dir);
    for (const [path, text] of Object.entries(UNTOUCHABLE)) expect(after[path], path).toBe(text);
    expect(after["apps/corpus/booleans.yaml"]).toBe(readFileSync(join(FIXTURES, "booleans.yaml"), "utf8"));
  });

  it("exits 2 naming a path that does not exist, and writes nothing", async () => {
    const dir = repo();
    const before = snapshot(dir);
    const run = await cli(
      "fmt",
      "--repo",
      dir,
      join(dir, "apps/web/kustomization.yaml"),
      join(dir, "apps/nope.yaml"),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gitops: ${join(dir, "apps/nope.yaml")}: no such file or folder\n`);
    expect(run.stdout).toBe("");
    expect(snapshot(dir)).toEqual(before);
  });

  it("exits 2 naming a --repo that does not exist", async () => {
    const missing = join(tmpdir(), "gitops-fmt-no-such-repo");
    expect(await cli("fmt", "--repo", missing)).toEqual({
      code: 2,
      stdout: "",
      stderr: `gitops: repository folder ${missing} does not exist\n`,
    });
  });

  it("formats the example repository with no refusal, and a second run has nothing to change", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-fmt-example-"));
    copyExample(dir);
    const run = await cli("fmt", "--repo", dir);
    expect(run.stdout).toMatch(/^(formatted \S+\n)*\d+ of \d+ YAML file\(s\) reformatted\n$/);
    expect(run.code).toBe(0);
    expect(await cli("fmt", "--check", "--repo", dir)).toMatchObject({ code: 0 });
  });
});
