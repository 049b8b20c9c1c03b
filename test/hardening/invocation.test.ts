// Empty or wrong invocations: each ends with exit 2 (or a clean "nothing to do")
// and one line naming what is wrong.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git } from "../support/git.js";
import { emptyDir, expectHardened, gitops, repoCopy, snapshot } from "./harness.js";

/** The example repo, committed to a fresh git repository. */
function committedCopy(): string {
  const repo = repoCopy();
  git(repo, "init", "--quiet", "--initial-branch=main");
  git(repo, "add", "-A");
  git(repo, "commit", "--quiet", "-m", "init");
  return repo;
}

describe("hardening: invocation", () => {
  it("an empty repo: render reports that there are no targets, writes nothing else", async () => {
    const repo = emptyDir();
    const before = snapshot(repo);
    const r = await gitops(["render", "--repo", repo]);
    expectHardened(r, { code: 2, names: [/no targets/i], repo, before });
  });

  it("a repo with folders but no targets: validate says so and names what it looked for", async () => {
    const repo = emptyDir();
    mkdirSync(join(repo, "docs"));
    writeFileSync(join(repo, "docs", "README.md"), "# nothing to render\n");
    const before = snapshot(repo);
    const r = await gitops(["validate", "--repo", repo]);
    expectHardened(r, {
      code: 2,
      names: [/no targets/i, "no kustomization or chart that nothing else uses", "targets.roots"],
      repo,
      before,
    });
  });

  it("a .gitops.yaml whose roots match nothing names the config file", async () => {
    const repo = emptyDir();
    mkdirSync(join(repo, "apps", "web", "overlays", "staging"), { recursive: true });
    writeFileSync(join(repo, "apps", "web", "overlays", "staging", "kustomization.yaml"), "resources: []\n");
    writeFileSync(join(repo, ".gitops.yaml"), 'targets:\n  roots: ["deploy/{env}"]\n');
    const before = snapshot(repo);
    const r = await gitops(["lint", "--repo", repo]);
    expectHardened(r, { code: 2, names: [/no targets/i, "deploy/{env}", ".gitops.yaml"], repo, before });
  });

  it("an empty git repository (no commits): every command ends cleanly or names the problem", async () => {
    const repo = emptyDir();
    git(repo, "init", "--quiet", "--initial-branch=main");
    const before = snapshot(repo);
    expectHardened(await gitops(["secrets", "--repo", repo]), { code: 0, repo, before });
    expectHardened(await gitops(["render", "--repo", repo]), {
      code: 2,
      names: [/no targets/i],
      repo,
      before,
    });
    expectHardened(await gitops(["changelog", "--repo", repo, "--json"]), {
      code: 2,
      names: [/no commits/i],
      repo,
      before,
    });
    expectHardened(await gitops(["diff", "--repo", repo, "--base", "main"]), {
      code: 2,
      names: ["--base", /no commits/],
      repo,
      before,
    });
  });

  it("--changed-since with nothing changed renders nothing and passes", async () => {
    const repo = committedCopy();
    const before = snapshot(repo);
    const r = await gitops(["render", "--repo", repo, "--changed-since", "HEAD"]);
    expectHardened(r, { code: 0, names: [/rendered 0 of \d+ target/], repo, before });
  });

  it("a --changed-since ref that does not exist is named", async () => {
    const repo = committedCopy();
    const before = snapshot(repo);
    const r = await gitops(["render", "--repo", repo, "--changed-since", "no-such-ref"]);
    expectHardened(r, { code: 2, names: ['"no-such-ref"'], repo, before });
  });

  it("a --repo folder that does not exist is named", async () => {
    const missing = join(emptyDir(), "no-such-checkout");
    for (const command of ["render", "lint", "policy", "secrets", "validate", "targets", "changelog"]) {
      const r = await gitops([command, "--repo", missing]);
      expectHardened(r, { code: 2, names: [missing] });
    }
  });

  it("a --repo that is a file is named", async () => {
    const file = join(emptyDir(), "not-a-folder");
    writeFileSync(file, "x");
    const r = await gitops(["render", "--repo", file]);
    expectHardened(r, { code: 2, names: [file] });
  });

  it("an unknown option is named with the command's help hint", async () => {
    const repo = repoCopy();
    const before = snapshot(repo);
    const r = await gitops(["render", "--repo", repo, "--frobnicate"]);
    expectHardened(r, { code: 2, names: ["--frobnicate", "gitops render --help"], repo, before });
  });

  it("an option that wants a value but gets an option-like one says how to pass it, in one line", async () => {
    const r = await gitops(["promote", "staging", "prod", "web", "--remote", "--upload-pack=touch /tmp/x"]);
    expectHardened(r, { code: 2, names: ["--remote", "--remote=VALUE"] });
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a bundle of unknown short options is named whole", async () => {
    const r = await gitops(["render", "-rf", "--repo", "."]);
    expectHardened(r, { code: 2, names: ['"-rf"'] });
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("an unknown command is named, with the list of commands", async () => {
    const r = await gitops(["frobnicate", "--repo", "."]);
    expectHardened(r, { code: 2, names: ['"frobnicate"', "validate"] });
  });

  it("a value that looks like an option where a value is wanted is refused", async () => {
    const r = await gitops(["render", "--repo", "--json"]);
    expectHardened(r, { code: 2, names: ["--repo"] });
  });
});
