// The preview sweeper (`mode: sweep` of the preview action), its bundle run as the runner runs it
// against the OpenAPI-checked fake GitHub and the swagger-checked fake Argo CD: stale previews
// (pull request closed, or older than preview.ttl) in one issue that re-runs leave alone,
// deletion through Argo CD only with `preview.sweep: delete`, and the issue closed when nothing
// is stale. Also how a preview Application is told from the others.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArgoClient } from "../../packages/argocd/src/index.js";
import { namePattern } from "../../packages/preview/src/index.js";
import { startFakeArgoCD, type FakeArgoCD } from "../support/fake-argocd/index.js";
import { startFakeGitHub } from "../support/fake-github/index.js";
import { cli } from "../support/cli.js";
import { runAction } from "../support/run-action.js";
import { fixtureCopy } from "./support.js";

type FakeGitHub = Awaited<ReturnType<typeof startFakeGitHub>>;

let gh: FakeGitHub;
let argo: FakeArgoCD;
let workspace: string;

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString().replace(/\.\d+Z$/, "Z");

beforeAll(async () => {
  workspace = fixtureCopy();
  gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
  argo = await startFakeArgoCD();
});

afterAll(async () => {
  await gh.close();
  await argo.close();
  rmSync(dirname(workspace), { recursive: true, force: true });
});

function configure(sweep: "report" | "delete"): void {
  const file = join(workspace, ".gitops.yaml");
  const text = readFileSync(file, "utf8").replace(/\npreview:[\s\S]*$/, "\n");
  writeFileSync(file, `${text}preview:\n  ttl: 7d\n  sweep: ${sweep}\n`);
}

const sweep = () =>
  runAction(
    "preview",
    { mode: "sweep", "github-token": gh.token, "argocd-server": argo.url, "argocd-token": argo.token },
    {
      workspace,
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "example-org/infra-gitops" },
      eventName: "schedule",
    },
  );

const sweepIssues = () =>
  [...gh.repository.issues.values()].filter((i) =>
    (i.body ?? "").startsWith("<!-- gitops-actions:preview-sweep -->"),
  );

describe("the preview sweeper", () => {
  it("reports stale previews in one issue, re-runs change nothing, deletes only with preview.sweep: delete", async () => {
    configure("report");
    const open = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    const closed = gh.seed.pull({ head: "feat/old", labels: ["preview"], state: "closed" });
    const old = gh.seed.pull({ head: "feat/forever", labels: ["preview"] });
    const gone = gh.seed.pull({ head: "feat/gone", labels: ["preview"], state: "closed" });
    const seed = (n: number, days: number, owned = true) => {
      argo.app({
        name: `web-pr-${n}`,
        ...(owned ? { applicationSet: "web-previews" } : {}),
        createdAt: ago(days),
        destination: { server: "https://kubernetes.default.svc", namespace: `web-pr-${n}` },
      });
    };
    seed(open.number, 1);
    seed(closed.number, 2);
    seed(old.number, 30);
    // No ownerReference (an older Argo CD): its name still fits the set's template.
    seed(gone.number, 3, false);
    // Not a preview: another ApplicationSet's, and a written one.
    argo.app({ name: "web-pr-999", applicationSet: "other-set", createdAt: ago(40) });
    argo.app({ name: "web-staging", createdAt: ago(100) });

    const first = await sweep();
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    const stale = [`web-pr-${closed.number}`, `web-pr-${gone.number}`, `web-pr-${old.number}`].sort();
    expect(JSON.parse(first.outputs.stale ?? "")).toEqual(stale);
    expect(first.outputs).toMatchObject({ status: "swept", count: "4", deleted: "[]" });
    let issues = sweepIssues();
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    expect(issue?.title).toBe("Stale preview environments");
    expect(issue?.body).toContain(`| \`web-pr-${closed.number}\` | \`web-previews\` | #${closed.number} |`);
    expect(issue?.body).toContain("| pull request closed | reported |");
    expect(issue?.body).toContain(
      `| \`web-pr-${old.number}\` | \`web-previews\` | #${old.number} | ${ago(30).slice(0, 10)}`,
    );
    expect(issue?.body).toContain("| older than preview.ttl | reported |");
    expect(issue?.body).not.toContain("web-pr-999");
    expect(argo.state.deletes).toEqual([]);

    // Idempotent: the same single issue, not edited.
    const again = await sweep();
    expect(again.exitCode).toBe(0);
    expect(again.outputs.issue).toBe(String(issue?.number));
    issues = sweepIssues();
    expect(issues).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === "issues/create")).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === "issues/update")).toHaveLength(0);
    expect(argo.state.deletes).toEqual([]);

    // With preview.sweep: delete, the stale ones go through Argo CD's API, with their resources.
    configure("delete");
    const deleting = await sweep();
    expect(deleting.exitCode).toBe(0);
    expect(JSON.parse(deleting.outputs.deleted ?? "")).toEqual(stale);
    expect(argo.state.deletes.map((d) => d.name).sort()).toEqual(stale);
    expect(argo.state.deletes.every((d) => d.query.cascade === "true" || d.query.cascade === true)).toBe(
      true,
    );
    expect([...argo.state.apps.keys()].sort()).toEqual(
      ["web-pr-999", `web-pr-${open.number}`, "web-staging"].sort(),
    );
    expect(sweepIssues()[0]?.body).toContain("| pull request closed | deleted |");

    // Nothing stale any more: the issue is closed, and stays the only one.
    const done = await sweep();
    expect(done.exitCode).toBe(0);
    expect(JSON.parse(done.outputs.stale ?? "")).toEqual([]);
    issues = sweepIssues();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.state).toBe("closed");
    argo.assertClean();
    gh.assertClean();
  });

  it("exits 2 naming the input when Argo CD is not configured", async () => {
    const r = await runAction(
      "preview",
      { mode: "sweep", "github-token": gh.token },
      { workspace, env: { GITHUB_API_URL: gh.url }, eventName: "schedule" },
    );
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]?.message).toContain("mode sweep needs Argo CD: set the argocd-token input");
  });
});

describe("gitops preview sweep", () => {
  it("prints the stale previews, exits 1 while some are left, and keeps the issue only with --issue", async () => {
    configure("report");
    const pr = gh.seed.pull({ head: "feat/cli", labels: ["preview"], state: "closed" });
    argo.app({ name: `web-pr-${pr.number}`, applicationSet: "web-previews", createdAt: ago(1) });
    const saved = { ...process.env };
    Object.assign(process.env, {
      ARGOCD_SERVER: argo.url,
      ARGOCD_AUTH_TOKEN: argo.token,
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: "example-org/infra-gitops",
    });
    try {
      const issuesBefore = sweepIssues().length;
      const json = await cli("preview", "sweep", "--repo", workspace, "--json");
      expect(json.code).toBe(1);
      const doc = JSON.parse(json.stdout) as { stale: { name: string; reason: string }[]; mode: string };
      expect(doc.mode).toBe("report");
      expect(doc.stale).toContainEqual(
        expect.objectContaining({ name: `web-pr-${pr.number}`, reason: "closed" }),
      );
      expect(sweepIssues()).toHaveLength(issuesBefore);

      const text = await cli("preview", "sweep", "--repo", workspace, "--issue");
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(
        new RegExp(`^web-pr-${pr.number}\\s+web-previews\\s+#${pr.number}\\s+closed\\s+reported$`, "m"),
      );
      expect(text.stdout).toContain("issue: opened ");
      expect(json.stdout + text.stdout + text.stderr).not.toContain(argo.token);
      argo.assertClean();
      gh.assertClean();
    } finally {
      for (const k of [
        "ARGOCD_SERVER",
        "ARGOCD_AUTH_TOKEN",
        "GITHUB_TOKEN",
        "GITHUB_API_URL",
        "GITHUB_REPOSITORY",
      ])
        if (saved[k] === undefined) Reflect.deleteProperty(process.env, k);
        else process.env[k] = saved[k];
    }
  });

  it("exits 2 naming the unknown subcommand", async () => {
    const r = await cli("preview", "sweeep", "--repo", workspace);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown subcommand "sweeep"');
  });
});

describe("namePattern", () => {
  it("captures the pull request number of a name template, and matches other placeholders loosely", () => {
    const go = namePattern("web-pr-{{ .number }}");
    expect(go.hasNumber).toBe(true);
    expect(go.pattern.exec("web-pr-42")?.[1]).toBe("42");
    expect(go.pattern.test("web-pr-x")).toBe(false);
    expect(go.pattern.test("web-staging")).toBe(false);
    const plain = namePattern("{{branch_slug}}-{{number}}");
    expect(plain.pattern.exec("feat-login-7")?.[1]).toBe("7");
    const none = namePattern("preview-{{ .branch_slug }}");
    expect(none.hasNumber).toBe(false);
    expect(none.pattern.test("preview-feat-login")).toBe(true);
  });
});

describe("the Argo CD client's list selector and delete, against the fake", () => {
  it("lists by label selector and deletes with cascade, refusing a token without delete", async () => {
    argo.app({ name: "sel-a", labels: { team: "web", preview: "true" } });
    argo.app({ name: "sel-b", labels: { team: "cms" } });
    const client = new ArgoClient({ baseUrl: argo.url, token: argo.token, retries: 0 });
    const names = async (selector: string) =>
      (await client.listApplications({ selector, fields: ["items.metadata.name"] })).map(
        (a) => a.metadata?.name,
      );
    expect(await names("team=web")).toEqual(["sel-a"]);
    expect(await names("team!=web,team")).toEqual(["sel-b"]);
    expect(await names("preview,team==web")).toEqual(["sel-a"]);
    const readOnly = new ArgoClient({
      baseUrl: argo.url,
      token: argo.tokenFor({ get: ["*/*"] }),
      retries: 0,
    });
    await expect(readOnly.deleteApplication("sel-b", { project: "default" })).rejects.toThrow(
      /may not delete it .*applications, delete, default\/\*/,
    );
    await client.deleteApplication("sel-b", { project: "default" });
    expect(argo.state.apps.has("sel-b")).toBe(false);
    expect(argo.state.deletes.at(-1)).toMatchObject({ name: "sel-b", query: { cascade: true } });
    argo.assertClean();
  });
});
