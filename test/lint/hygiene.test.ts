// YAML hygiene on the files people write, and Go's path.Match used by ApplicationSets.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, checkHygiene, goPathMatch } from "../../packages/lint/src/index.js";

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-lint-hygiene-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("YAML hygiene", () => {
  it("passes a clean file, quoted booleans and tabs inside block scalars", () => {
    const repo = repoWith({ "a.yaml": 'enabled: "yes"\nflag: true\nscript: |\n  echo\ta\n' });
    expect(checkFile(repo, "a.yaml")).toEqual([]);
  });

  it("reports duplicate keys and parse errors with file and line", () => {
    const repo = repoWith({ "dup.yaml": "a: 1\nb: 2\na: 3\n", "bad.yaml": "a: [1, 2\nb: 3\n" });
    expect(checkFile(repo, "dup.yaml")).toEqual([
      expect.objectContaining({ rule: "yaml/duplicate-key", file: "dup.yaml", line: 3, severity: "error" }),
    ]);
    expect(checkFile(repo, "bad.yaml")[0]).toMatchObject({ rule: "yaml/parse-error", file: "bad.yaml" });
  });

  it("reports tabs and unquoted YAML 1.1 booleans", () => {
    const repo = repoWith({ "b.yaml": "labels:\n  public: yes\n  tier:\tweb\nmode: Off\n" });
    const found = checkFile(repo, "b.yaml").map((f) => `${f.rule}:${f.line}`);
    expect(found.sort()).toEqual(["yaml/tab:3", "yaml/yaml11-boolean:2", "yaml/yaml11-boolean:4"]);
  });

  it("checks manifest folders only, never Helm templates", () => {
    const repo = repoWith({
      "apps/q/base/Chart.yaml": "name: q\nversion: 0.1.0\n",
      "apps/q/base/templates/d.yaml": "a: {{ .Values.x }}\na: no\n",
      "apps/q/base/values.yaml": "debug: no\n",
      ".github/workflows/ci.yaml": "on: push\n",
    });
    const { findings, files } = checkHygiene(repo, ["apps"]);
    expect(files).toBe(2);
    expect(findings.map((f) => f.file)).toEqual(["apps/q/base/values.yaml"]);
  });
});

describe("goPathMatch (Go path.Match)", () => {
  it("matches one segment per star and honours classes and escapes", () => {
    expect(goPathMatch("apps/*/overlays/staging", "apps/web/overlays/staging")).toBe(true);
    expect(goPathMatch("apps/*/overlays/staging", "apps/a/b/overlays/staging")).toBe(false);
    expect(goPathMatch("apps/*", "apps/web/overlays")).toBe(false);
    expect(goPathMatch("apps/?eb", "apps/web")).toBe(true);
    expect(goPathMatch("apps/[a-w]eb", "apps/web")).toBe(true);
    expect(goPathMatch("apps/[^w]eb", "apps/web")).toBe(false);
    expect(goPathMatch("apps/\\*", "apps/*")).toBe(true);
    expect(goPathMatch("apps/[", "apps/[")).toBe(false);
    // A backwards range is a bad pattern: it matches nothing rather than throwing.
    expect(goPathMatch("apps/[z-a]*", "apps/web")).toBe(false);
  });
});
