// `gitops diff`: the merge-base rendered in a worktree against head, per target and object.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import { diffRendered, type DiffReport } from "../../packages/render/src/index.js";
import { createTestRepo, type TestRepo } from "../support/git.js";
import { toolEnv } from "./support.js";

const deploy = (tag: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:${tag}\n`;
const secret = (password: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  username: admin\n  password: ${password}\n`;
const service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports: [{port: 80}]\n";

let repo: TestRepo;
let report: DiffReport;

beforeAll(async () => {
  repo = createTestRepo({
    "apps/api/overlays/prod/kustomization.yaml":
      "namespace: api-prod\nresources: [deploy.yaml, service.yaml, secret.yaml]\n",
    "apps/api/overlays/prod/deploy.yaml": deploy("1.0.0"),
    "apps/api/overlays/prod/service.yaml": service,
    "apps/api/overlays/prod/secret.yaml": secret("hunter2-old-value"),
    "apps/api/overlays/staging/kustomization.yaml": "namespace: api-staging\nresources: [deploy.yaml]\n",
    "apps/api/overlays/staging/deploy.yaml": deploy("1.0.0"),
  });
  repo.git("checkout", "--quiet", "-b", "feature");
  repo.git("rm", "--quiet", "apps/api/overlays/prod/service.yaml");
  repo.commit("bump api in prod", {
    "apps/api/overlays/prod/kustomization.yaml":
      "namespace: api-prod\nresources: [deploy.yaml, secret.yaml, cm.yaml]\n",
    "apps/api/overlays/prod/deploy.yaml": deploy("1.1.0"),
    "apps/api/overlays/prod/secret.yaml": secret("s3cret-new-value"),
    "apps/api/overlays/prod/cm.yaml":
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  LOG_LEVEL: debug\n",
  });
  report = await diffRendered({ repo: repo.dir, base: "main", env: await toolEnv() });
});

describe("diffRendered", () => {
  it("diffs only the targets the change affects, object by object", () => {
    expect(report.findings).toEqual([]);
    expect(report.diffs.map((d) => d.id)).toEqual(["apps/api/overlays/prod"]);
    const changes = report.diffs[0]?.changes.map((c) => `${c.change} ${c.kind}/${c.name}`);
    expect(changes).toEqual([
      "changed Deployment/api",
      "added ConfigMap/api-config",
      "changed Secret/creds",
      "removed Service/api",
    ]);
  });

  it("renders only what the change can affect on both sides", () => {
    expect(report.head.rendered).toEqual(["apps/api/overlays/prod"]);
  });

  it("shows a unified diff of the changed field", () => {
    const patch = report.diffs[0]?.changes.find((c) => c.kind === "Deployment")?.patch ?? "";

    expect(patch.split("\n").filter((l) => /^[-+] /.test(l) || /^[-+]\s/.test(l))).toEqual([
      "-        - image: ghcr.io/acme/api:1.0.0",
      "+        - image: ghcr.io/acme/api:1.1.0",
    ]);
  });

  it("never shows Secret values, only which keys changed", () => {
    const all = JSON.stringify(report.diffs) + report.markdown + readFileSync(report.fullDiffFile, "utf8");
    expect(all).not.toContain("hunter2");
    expect(all).not.toContain("s3cret");
    expect(all).not.toContain(Buffer.from("s3cret-new-value").toString("base64"));
    const patch = report.diffs[0]?.changes.find((c) => c.kind === "Secret")?.patch ?? "";
    expect(patch).toContain('+  password: "<redacted: changed>"');
    expect(patch).not.toMatch(/^[-+]\s+username/m);
  });

  it("writes markdown with counts per env and service and a section per target", () => {
    expect(report.markdown).toContain("| prod | api | 1 | 2 | 1 |");
    expect(report.markdown).toContain(
      "<details><summary><code>apps/api/overlays/prod</code> (changed: 1 added, 2 changed, 1 removed)</summary>",
    );
    expect(report.markdown).toContain("```diff\n--- a/apps/v1/Deployment/api-prod/api");
    expect(readFileSync(join(repo.dir, "render/diff.md"), "utf8")).toBe(report.markdown);
  });

  it("removes the base worktree", () => {
    expect(repo.git("worktree", "list").split("\n")).toHaveLength(1);
  });

  it("cuts the markdown to the budget and says where the full diff is", async () => {
    const small = await diffRendered({ repo: repo.dir, base: "main", env: await toolEnv(), limit: 900 });
    expect(small.markdown.length).toBeLessThanOrEqual(900);
    expect(small.markdown).toContain(
      "The diff was cut to fit a comment: 1 more target(s) changed. The full diff is in `render/diff.md`.",
    );
    expect(small.markdown).toContain("- `apps/api/overlays/prod`");
    expect(readFileSync(small.fullDiffFile, "utf8")).toContain("image: ghcr.io/acme/api:1.1.0");
  });

  it("gitops diff needs --base and names a bad ref", async () => {
    const io = () => {
      const o = { out: "", err: "" };
      return {
        o,
        io: { stdout: (t: string) => (o.out += t), stderr: (t: string) => (o.err += t), isTTY: false },
      };
    };
    const a = io();
    expect(await runCli(["diff", "--repo", repo.dir], a.io)).toBe(2);
    expect(a.o.err).toContain("--base REF is required");
    const b = io();
    expect(await runCli(["diff", "--repo", repo.dir, "--base", "nope"], b.io)).toBe(2);
    expect(b.o.err).toBe('gitops: diff --base: "nope" is not a commit in this repository\n');
    expect(existsSync(join(repo.dir, "render"))).toBe(true);
  });
});

describe("diffRendered across a change of the repository model", () => {
  it("renders a base with no .gitops.yaml with the head's config", async () => {
    // legacy/prod uses the same base; the head's config leaves it out, so neither side has it.
    const r = createTestRepo({
      "base/kustomization.yaml": "resources: [deploy.yaml]\n",
      "base/deploy.yaml": deploy("1.0.0"),
      "teams/api/blue/kustomization.yaml": "resources: [../../../base]\n",
      "legacy/prod/kustomization.yaml": "resources: [../../base]\n",
    });
    r.git("checkout", "--quiet", "-b", "feature");
    r.commit("config and bump", {
      ".gitops.yaml": "environments: [blue]\ntargets:\n  roots: ['teams/{service}/{env}']\n",
      "base/deploy.yaml": deploy("2.0.0"),
    });
    const d = await diffRendered({ repo: r.dir, base: "main", env: await toolEnv() });
    expect(d.findings).toEqual([]);
    expect(d.diffs.map((x) => `${x.id} ${x.env} ${x.service ?? ""}`)).toEqual(["teams/api/blue blue api"]);
  });

  it("reports a base that fails to render once, naming repo paths, never the temporary worktree", async () => {
    const r = createTestRepo({
      "apps/api/overlays/prod/kustomization.yaml": "resources: [deploy.yaml, missing.yaml]\n",
      "apps/api/overlays/prod/deploy.yaml": deploy("1.0.0"),
    });
    r.git("checkout", "--quiet", "-b", "feature");
    r.commit("fix and bump", {
      "apps/api/overlays/prod/kustomization.yaml": "resources: [deploy.yaml]\n",
      "apps/api/overlays/prod/deploy.yaml": deploy("2.0.0"),
    });
    const d = await diffRendered({ repo: r.dir, base: "main", env: await toolEnv() });
    expect(d.findings.map((f) => `${f.severity} ${f.target ?? ""}`)).toEqual([
      "error apps/api/overlays/prod",
    ]);
    expect(d.findings[0]?.message).toMatch(/^base: .*missing\.yaml/);
    expect(JSON.stringify(d.findings)).not.toMatch(/gitops-diff-|\/tmp\//);
  });

  it("notes a remote-base target the change does not touch instead of failing it on both sides", async () => {
    const r = createTestRepo({
      "apps/api/overlays/prod/kustomization.yaml": "resources: [deploy.yaml]\n",
      "apps/api/overlays/prod/deploy.yaml": deploy("1.0.0"),
      "apps/shared/overlays/prod/kustomization.yaml":
        "resources:\n  - https://github.com/acme/shared//base?ref=v1\n",
    });
    r.git("checkout", "--quiet", "-b", "feature");
    r.commit("bump api", { "apps/api/overlays/prod/deploy.yaml": deploy("1.1.0") });
    const d = await diffRendered({ repo: r.dir, base: "main", env: await toolEnv() });
    expect(d.findings.map((f) => `${f.severity} ${f.rule} ${f.target ?? ""}`)).toEqual([
      "notice diff-remote-unchanged apps/shared/overlays/prod",
    ]);
    expect(d.diffs.map((x) => x.id)).toEqual(["apps/api/overlays/prod"]);
  });
});
