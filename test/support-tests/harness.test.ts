// The test harness is code too: these pin what later suites rely on.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { createTestRepo, git } from "../support/git.js";
import { inputEnvName, parseFileCommand, parseWorkflowCommands } from "../support/run-action.js";

describe("testBinaries", () => {
  it("gives the pinned helm 3.17 and kubectl 1.32 with kustomize 5.5", async () => {
    const bins = await testBinaries();
    expect(execFileSync(bins.helm, ["version", "--short"], { encoding: "utf8" })).toMatch(/^v3\.17\.2/);
    const kubectl = execFileSync(bins.kubectl, ["version", "--client", "-o", "json"], { encoding: "utf8" });
    const v = JSON.parse(kubectl) as { clientVersion: { gitVersion: string }; kustomizeVersion: string };
    expect(v.clientVersion.gitVersion).toMatch(/^v1\.32\./);
    expect(v.kustomizeVersion).toMatch(/^v5\.5\./);
  });
});

describe("createTestRepo", () => {
  it("makes a repo on main pushed to a bare origin, and commits more", () => {
    const repo = createTestRepo({ "a.txt": "one\n" });
    const second = repo.commit("second", { "b/c.txt": "two\n" });
    repo.git("push", "--quiet", "origin", "main");
    expect(git(repo.remote, "rev-parse", "main")).toBe(second);
    const clone = join(mkdtempSync(join(tmpdir(), "gitops-clone-")), "c");
    git(tmpdir(), "clone", "--quiet", repo.remote, clone);
    expect(readFileSync(join(clone, "b", "c.txt"), "utf8")).toBe("two\n");
    expect(repo.git("log", "--format=%an <%ae>", "-1")).toBe("Test Author <author@example.com>");
  });
});

describe("runAction's runner emulation", () => {
  it("names inputs the way the runner does", () => {
    expect(inputEnvName("repo-path")).toBe("INPUT_REPO-PATH");
    expect(inputEnvName("my input")).toBe("INPUT_MY_INPUT");
  });

  it("reads plain and heredoc file commands", () => {
    expect(parseFileCommand("a=1\nb<<EOF_X\nline 1\nline=2\nEOF_X\nc=\n")).toEqual({
      a: "1",
      b: "line 1\nline=2",
      c: "",
    });
    expect(() => parseFileCommand("b<<EOF\nno end\n")).toThrow("unterminated heredoc for b");
  });

  it("ignores commands between stop-commands markers, as the runner does", () => {
    const out = [
      "::error file=a%2Cb.yaml,line=3,title=t%3Ax::bad%0Athing",
      "::stop-commands::tok123",
      "::error::injected",
      "::add-mask::injected",
      "::tok123::",
      "::warning::after",
      "::add-mask::s3cr3t",
    ].join("\n");
    const { annotations, masks } = parseWorkflowCommands(out);
    expect(annotations).toEqual([
      { level: "error", message: "bad\nthing", properties: { file: "a,b.yaml", line: "3", title: "t:x" } },
      { level: "warning", message: "after", properties: {} },
    ]);
    expect(masks).toEqual(["s3cr3t"]);
  });
});
