import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { governance } from "../../packages/governance/src/index.js";
import { exampleRepo, fixedCodeowners, unfixedCodeowners } from "./support.js";

const errors = async (repo: string) =>
  (await governance({ repo })).findings.filter((f) => f.severity !== "notice");

describe("governance coverage on the example", () => {
  it("finds the prod targets whose shared bases lack the platform team", async () => {
    const found = await errors(exampleRepo({ codeowners: unfixedCodeowners }));
    expect(found.map((f) => [f.rule, f.target, f.file, f.line])).toEqual([
      ["coverage/protected-target", "apps/cms/overlays/prod", "CODEOWNERS", 6],
      ["coverage/protected-target", "apps/web/overlays/prod", "CODEOWNERS", 8],
      ["coverage/protected-target", "applications/prod/queue-prod", "CODEOWNERS", 10],
    ]);
    expect(found[0]?.message).toContain(
      'e.g. apps/cms/base/deployment.yaml (CODEOWNERS:6 "/apps/cms/" @example-org/cms-team)',
    );
  });

  it("is clean as shipped, with the platform team on the service folders too", async () => {
    const report = await governance({ repo: exampleRepo({ codeowners: fixedCodeowners }) });
    expect(report.findings.map((f) => [f.severity, f.rule])).toEqual([["notice", "checks/to-require"]]);
    expect(report.summary).toMatchObject({ codeowners: "CODEOWNERS", protectedEnvs: ["prod"], targets: 13 });
  });
});

describe("governance coverage on broken variants", () => {
  const variant = (edit: (t: string) => string, config?: string) =>
    exampleRepo({ codeowners: (t) => edit(fixedCodeowners(t)), ...(config ? { config } : {}) });

  it("reports a prod overlay owned by its service team alone, on the line that wins", async () => {
    const repo = variant((t) =>
      t.replace(/^(\/apps\/cms\/overlays\/prod\/ +@example-org\/cms-team) @example-org\/platform$/m, "$1"),
    );
    const found = await errors(repo);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      tool: "governance",
      rule: "coverage/protected-target",
      severity: "error",
      target: "apps/cms/overlays/prod",
      file: "CODEOWNERS",
      line: 7,
    });
    expect(found[0]?.message).toMatch(
      /not owned by the platform team \(@example-org\/platform\): 5 of 12 files/,
    );
  });

  it("reports a prod service overlay owned by the platform team alone", async () => {
    const repo = variant((t) =>
      t.replace(/^\/apps\/web\/overlays\/prod\/ .*$/m, "/apps/web/overlays/prod/ @example-org/platform"),
    );
    const found = await errors(repo);
    expect(found.map((f) => [f.rule, f.target, f.line])).toEqual([
      ["coverage/protected-target", "apps/web/overlays/prod", 9],
    ]);
    expect(found[0]?.message).toContain(
      "no owner besides the platform team (the web team) in apps/web/overlays/prod",
    );
  });

  it("does not ask shared infrastructure (no service) for a second owner", async () => {
    const found = await errors(variant((t) => t));
    expect(found.filter((f) => f.target === "clusters/prod")).toEqual([]);
  });

  it("reports unowned targets once each, staging included", async () => {
    const repo = variant((t) => `${t}/apps/queue/\n`);
    const found = await errors(repo);
    expect(found.map((f) => [f.rule, f.target, f.line])).toEqual([
      ["coverage/protected-target", "applications/prod/queue-prod", 19],
      ["coverage/unowned-target", "applications/prod/queue-prod", 19],
      ["coverage/unowned-target", "applications/staging/queue-staging", 19],
    ]);
    expect(found[1]?.message).toMatch(
      /no code owner for 10 of 11 files, e.g. apps\/queue\/base\/\.helmignore \(CODEOWNERS:19 "\/apps\/queue\/" no owners\)/,
    );
  });

  it("reports a file no line matches as unowned, naming no line", async () => {
    const repo = variant(
      (t) => t.replace(/^\*\s+@example-org\/platform$/m, ""),
      'governance:\n  platform: "@example-org/platform"\n',
    );
    writeFileSync(join(repo, "apps/cms/overlays/staging/extra.yaml"), "a: 1\n");
    const found = (await errors(repo)).filter((f) => f.rule === "coverage/unowned-target");
    expect(found).toEqual([]);
    mkdirSync(join(repo, "apps/new/overlays/staging"), { recursive: true });
    writeFileSync(join(repo, "apps/new/overlays/staging/kustomization.yaml"), "resources: []\n");
    const unowned = (await errors(repo)).filter((f) => f.rule === "coverage/unowned-target");
    expect(unowned).toEqual([
      expect.objectContaining({ target: "apps/new/overlays/staging", file: "CODEOWNERS" }),
    ]);
    expect(unowned[0]?.line).toBeUndefined();
    expect(unowned[0]?.message).toContain("no CODEOWNERS line matches");
  });

  it("reports policies/ not owned by the platform team", async () => {
    const repo = variant((t) => t.replace(/^\/policies\/ .*$/m, "/policies/ @example-org/security"));
    const found = await errors(repo);
    expect(found.map((f) => [f.rule, f.line])).toEqual([["coverage/platform-path", 16]]);
    expect(found[0]?.message).toMatch(
      /^policies\/ is not owned by the platform team \(@example-org\/platform\): 8 of 8 files/,
    );
  });

  it("reports .gitops.yaml and CODEOWNERS itself when the platform team does not own them", async () => {
    // Whoever owns them can switch a check off (signedCommits, protectedEnvs) or change reviewers.
    const repo = variant(
      (t) =>
        t.replace(/^\/CODEOWNERS .*$/m, "/CODEOWNERS @example-org/web-team") +
        "/.gitops.yaml @example-org/web-team\n",
    );
    const found = (await errors(repo)).filter((f) => f.rule === "coverage/platform-path");
    expect(found.map((f) => f.message.split(" is not owned")[0]).sort()).toEqual([
      ".gitops.yaml",
      "CODEOWNERS",
    ]);
    expect(found[0]?.message).toContain("can switch checks off");
  });

  it("reports the Argo CD folders and .github/ when the platform team does not own them", async () => {
    const repo = variant((t) =>
      t
        .replace(
          /^\/argo-apps\/ .*$/m,
          "/argo-apps/staging/ @example-org/platform\n/argo-apps/prod/ @example-org/web-team",
        )
        .replace(/^\/\.github\/ .*$/m, "/.github/ @example-org/web-team"),
    );
    const found = (await errors(repo)).filter((f) => f.rule === "coverage/platform-path");
    expect(found.map((f) => f.message.split(" ")[0])).toEqual(["argo-apps/prod/", ".github/"]);
  });

  it("takes the platform team from governance.platform over the * line", async () => {
    const repo = variant((t) => t, 'governance:\n  platform: "@example-org/security"\n');
    const found = await errors(repo);
    expect(found.map((f) => f.rule)).toContain("coverage/protected-target");
    expect(found.find((f) => f.target === "clusters/prod")?.message).toContain("(@example-org/security)");
  });

  it("protects every configured env, and warns about an env the repo lacks", async () => {
    const repo = variant((t) => t, "governance:\n  protectedEnvs: [staging, prod, qa]\n");
    const found = await errors(repo);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["coverage/unknown-env", "warning"]]);
    const staging = variant(
      (t) => t.replace(/^\/apps\/cms\/ .*$/m, "/apps/cms/ @example-org/cms-team"),
      "governance:\n  protectedEnvs: [staging]\n",
    );
    expect((await errors(staging)).map((f) => f.target)).toEqual(["apps/cms/overlays/staging"]);
  });

  it("needs a platform team: no * line and no governance.platform is an error", async () => {
    const repo = variant((t) => t.replace(/^\*\s+@example-org\/platform$/m, ""));
    const found = await errors(repo);
    expect(found.map((f) => f.rule)).toEqual(["coverage/no-platform"]);
  });
});

describe("where GitHub finds CODEOWNERS", () => {
  it("reports a repo with none", async () => {
    const repo = exampleRepo();
    rmSync(join(repo, "CODEOWNERS"));
    const report = await governance({ repo });
    expect(report.findings.map((f) => f.rule)).toContain("codeowners/missing");
    expect(report.summary.codeowners).toBeNull();
  });

  it("uses .github/CODEOWNERS first and warns that the root one is ignored", async () => {
    const repo = exampleRepo({ codeowners: fixedCodeowners });
    mkdirSync(join(repo, "docs"));
    renameSync(join(repo, "CODEOWNERS"), join(repo, ".github/CODEOWNERS"));
    writeFileSync(join(repo, "CODEOWNERS"), "* @someone\n");
    writeFileSync(join(repo, "docs/CODEOWNERS"), "* @someone\n");
    const report = await governance({ repo });
    expect(report.summary.codeowners).toBe(".github/CODEOWNERS");
    expect(report.findings.filter((f) => f.severity !== "notice").map((f) => [f.rule, f.file])).toEqual([
      ["codeowners/ignored", "CODEOWNERS"],
      ["codeowners/ignored", "docs/CODEOWNERS"],
    ]);
  });

  it("reports the lines GitHub skips with line and column, and ignores them for ownership", async () => {
    const repo = exampleRepo({
      codeowners: (t) => `${fixedCodeowners(t)}!/apps/web/ @example-org/web-team\n/apps/cms/ cms-team\n`,
    });
    const found = await errors(repo);
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([
      ["codeowners/invalid-pattern", 19, 1],
      ["codeowners/invalid-owner", 20, 12],
    ]);
    expect(found[1]?.message).toContain("did you mean @cms-team?");
  });
});
