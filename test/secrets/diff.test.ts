// Diff mode on real git history: every commit between the merge base and HEAD, so a secret added
// and removed inside the change is still found, in the commit that added it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import { parseLog, unquoteGitPath } from "../../packages/secrets/src/diff.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { createTestRepo } from "../support/git.js";
import { Fakes } from "./fakes.js";
import { tempRepo } from "./support.js";
import { copyExample } from "../support/example.js";

const f = new Fakes(11);

/** A repo holding the example on `main` (pushed to its bare origin), on a new branch `change`. */
function exampleRepo() {
  const repo = createTestRepo();
  copyExample(repo.dir);
  repo.commit("add the example");
  repo.git("push", "--quiet", "origin", "main");
  repo.git("checkout", "--quiet", "-b", "change");
  return repo;
}

describe("diff mode (--base)", () => {
  it("finds a secret added and removed inside the change, with the commit that added it", async () => {
    const repo = exampleRepo();
    const a = f.githubPat();
    const b = f.awsKeyId();
    const first = repo.commit("add a token", { "apps/cms/overlays/prod/values.yaml": `x: 1\ntoken: ${a}\n` });
    repo.commit("remove it again", { "apps/cms/overlays/prod/values.yaml": "x: 1\n" });
    const third = repo.commit("add a key", { "docs/notes.md": `# notes\n\nline\nkey ${b}\n` });
    const report = await scanRepository(repo.dir, { base: "origin/main" });
    expect(report.findings.map((x) => [x.rule, x.file, x.line, x.commit])).toEqual([
      ["github-pat", "apps/cms/overlays/prod/values.yaml", 2, first],
      ["aws-access-key-id", "docs/notes.md", 4, third],
    ]);
    expect(report.findings[0]?.message).toContain(`added in commit ${first.slice(0, 12)}`);
    expect(report.stats).toMatchObject({ mode: "diff", commits: 3, files: 2 });
  });

  it("does not report what the base already had, and reports a secret re-added later once", async () => {
    const token = f.githubPat();
    const repo = createTestRepo({ "old.yaml": `token: ${token}\n` });
    repo.git("checkout", "--quiet", "-b", "change");
    const first = repo.commit("add", { "new.yaml": `token: ${token}\n` });
    repo.commit("drop", { "new.yaml": "a: 1\n" });
    repo.commit("again", { "new.yaml": `token: ${token}\n` });
    const report = await scanRepository(repo.dir, { base: "main" });
    expect(report.findings.map((x) => [x.file, x.commit])).toEqual([["new.yaml", first]]);
  });

  it("reads every commit of a long change (35 commits, past gitleaks-action's 30)", async () => {
    const repo = createTestRepo();
    repo.git("checkout", "--quiet", "-b", "change");
    const tokens: string[] = [];
    for (let i = 0; i < 35; i++) {
      const t = f.githubPat();
      tokens.push(t);
      repo.commit(`c${i}`, { [`f${i}.yaml`]: `token: ${t}\n` });
    }
    const report = await scanRepository(repo.dir, { base: "main" });
    expect(report.findings).toHaveLength(35);
    expect(report.stats.commits).toBe(35);
  });

  it("scans only the added lines of a renamed file, and names files with unusual characters right", async () => {
    const token = f.slackBot();
    const repo = createTestRepo({ "a.yaml": "one: 1\ntwo: 2\nthree: 3\nfour: 4\n" });
    repo.git("checkout", "--quiet", "-b", "change");
    repo.git("mv", "a.yaml", "b.yaml");
    repo.commit("rename", { "b.yaml": `one: 1\ntwo: 2\nthree: 3\nfour: 4\nfive: ${token}\n` });
    repo.commit("odd names", {
      "dir with space/naïve\tfile.yaml": `bot: ${token}x\n`,
      "with space.yaml": `bot: ${token}y\n`,
    });
    const report = await scanRepository(repo.dir, { base: "main" });
    expect(report.findings.map((x) => [x.file, x.line]).sort()).toEqual([
      ["b.yaml", 5],
      ["dir with space/naïve\tfile.yaml", 1],
      ["with space.yaml", 1],
    ]);
  });

  it("judges a fragment by its whole file: new SealedSecret ciphertext is not a finding", async () => {
    const sealed = (v: string) =>
      `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    DB_PASSWORD: ${v}\n`;
    const repo = createTestRepo({ "sealed.yaml": sealed(`AgB${f.chars(300)}`) });
    repo.git("checkout", "--quiet", "-b", "change");
    repo.commit("rotate", { "sealed.yaml": sealed(`Ag${f.chars(60)}`) });
    expect((await scanRepository(repo.dir, { base: "main" })).findings).toEqual([]);
  });

  it("runs the GitOps rules on changed files and on the READMEs of the overlays the change touched only", async () => {
    const repo = exampleRepo();
    // Break web's README on main first: a change that does not touch web must not be blamed for it.
    writeFileSync(
      join(repo.dir, "apps/web/overlays/prod/README.md"),
      "# web\n\n## Required secrets\n\n- `X` from `platform/web/prod`\n",
    );
    repo.commit("web readme");
    repo.git("push", "--quiet", "origin", "HEAD:main");
    repo.commit("plain secret", {
      "apps/cms/overlays/prod/secret.yaml":
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\nstringData:\n  A: b\n",
    });
    const report = await scanRepository(repo.dir, { base: "origin/main" });
    expect(report.findings.map((x) => [x.rule, x.file])).toEqual([
      ["plain-secret", "apps/cms/overlays/prod/secret.yaml"],
    ]);
  });

  it("fails with a UserError naming the ref when the base is not in the repository", async () => {
    const repo = createTestRepo();
    await expect(scanRepository(repo.dir, { base: "no-such-branch" })).rejects.toThrow(UserError);
    await expect(scanRepository(repo.dir, { base: "no-such-branch" })).rejects.toThrow(
      /no-such-branch.*fetch-depth: 0/,
    );
    const plain = tempRepo({ "a.yaml": "a: 1\n" });
    await expect(scanRepository(plain, { base: "main" })).rejects.toThrow(/not a git repository/);
  });

  it("counts binary files the change added and scans none of them", async () => {
    const repo = createTestRepo();
    repo.git("checkout", "--quiet", "-b", "change");
    writeFileSync(
      join(repo.dir, "blob.bin"),
      Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`token: ${f.githubPat()}`)]),
    );
    repo.commit("binary");
    const report = await scanRepository(repo.dir, { base: "main" });
    expect(report.findings).toEqual([]);
    expect(report.stats.binary).toBe(1);
  });
});

describe("git log parsing", () => {
  it("reads hunk lines that look like headers as content, and skips removed lines", () => {
    const out = [
      "\u0001abc",
      "",
      "diff --git a/x b/x",
      "--- a/x",
      "+++ b/x",
      "@@ -1,2 +1,3 @@",
      "-old",
      "-+++ b/tricky",
      "++++ b/not-a-header",
      "+second",
      "+third",
      "\\ No newline at end of file",
      "@@ -9 +10 @@",
      "-x",
      "+tenth\r",
      "",
    ].join("\n");
    expect(parseLog(out)).toEqual({
      commits: ["abc"],
      fragments: [
        { commit: "abc", path: "x", text: "+++ b/not-a-header\nsecond\nthird\ntenth", lines: [1, 2, 3, 10] },
      ],
      paths: ["x"],
      binaryFiles: 0,
    });
  });

  it("undoes git's C quoting of paths", () => {
    expect(unquoteGitPath('"b/na\\303\\257ve\\tfile \\"q\\".yaml"')).toBe('b/naïve\tfile "q".yaml');
    expect(unquoteGitPath("b/plain.yaml")).toBe("b/plain.yaml");
  });
});
