// The preview action with Argo CD: its bundle run as the runner runs it (GITOPS_DIST selects a
// build) against the OpenAPI-checked fake GitHub and the swagger-checked fake Argo CD. The fake's
// Applications change on each read (state.script), so the action's polling meets the states
// Argo CD would show, with no clock in the test.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { startFakeArgoCD, type FakeArgoCD, type SeedApp } from "../support/fake-argocd/index.js";
import { startFakeGitHub } from "../support/fake-github/index.js";
import { runAction } from "../support/run-action.js";
import { fixtureCopy, SHA } from "./support.js";

type FakeGitHub = Awaited<ReturnType<typeof startFakeGitHub>>;

let gh: FakeGitHub;
let argo: FakeArgoCD;
let workspace: string;
let env: Record<string, string>;

beforeAll(async () => {
  workspace = fixtureCopy();
  gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
  argo = await startFakeArgoCD();
  env = {
    PATH: `${(await testBinaries()).dir}:/usr/bin:/bin`,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: "example-org/infra-gitops",
  };
});

afterAll(async () => {
  await gh.close();
  await argo.close();
  rmSync(dirname(workspace), { recursive: true, force: true });
});

function event(action: string, number: number, state = "open") {
  return {
    action,
    number,
    pull_request: {
      number,
      state,
      title: "Add the login page",
      draft: false,
      user: { login: "octocat" },
      labels: [{ name: "preview" }],
      head: { ref: "feat/login", sha: SHA },
      base: { ref: "main", sha: "1111111111111111111111111111111111111111" },
    },
  };
}

const run = (payload: unknown, inputs: Record<string, string> = {}) =>
  runAction(
    "preview",
    {
      "github-token": gh.token,
      "argocd-server": argo.url,
      "argocd-token": argo.token,
      "poll-interval": "0",
      ...inputs,
    },
    { workspace, env, event: payload, eventName: "pull_request", timeoutMs: 300_000 },
  );

const commentsOn = (issue: number) =>
  [...gh.repository.comments.values()].filter((c) => c.issueNumber === issue);

/** The preview Application Argo CD's generator makes for pull request `n`. */
function preview(n: number, over: Partial<SeedApp> = {}): SeedApp {
  return {
    name: `web-pr-${n}`,
    applicationSet: "web-previews",
    destination: { server: "https://kubernetes.default.svc", namespace: `web-pr-${n}` },
    finalizers: ["resources-finalizer.argocd.argoproj.io"],
    resources: [{ kind: "Namespace", name: `web-pr-${n}` }],
    sync: "Synced",
    health: "Healthy",
    revision: SHA,
    ...over,
  };
}

describe("actions/preview with Argo CD", () => {
  it("creates the comment with the checks, then updates it with sync, health and revision at the head", async () => {
    const pr = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    const n = pr.number;
    // Syncing an older commit at the first look, Synced and Healthy at the head from the second.
    argo.app(preview(n, { sync: "OutOfSync", health: "Progressing", revision: "1".repeat(40) }));
    argo.state.script(`web-pr-${n}`, preview(n));
    const lists = () => argo.requests.filter((q) => q.operationId === "ApplicationService_List").length;
    const before = lists();
    const r = await run(event("opened", n));
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: "previewed", live: "ready" });
    expect(r.masks).toContain(argo.token);
    const printed = r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(printed.join("\n")).not.toContain(argo.token);
    const comments = commentsOn(n);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    expect(body).toContain(`https://web-pr-${n}.preview.example.com`);
    expect(body).toContain("#### Live in Argo CD");
    expect(body).toMatch(/✅ Synced and Healthy at <code>089d92cb<\/code>/);
    expect(body).toContain(`| <code>web-pr-${n}</code> | Synced | Healthy | <code>089d92cb</code> |`);
    expect(body).not.toContain("Waiting up to");
    // Created once with the checks and "waiting", then edited in place.
    const ops = gh.requests.map((q) => q.operationId).filter((o) => /comment$/.test(o ?? ""));
    expect(ops.filter((o) => o === "issues/create-comment")).toHaveLength(1);
    expect(ops.filter((o) => o === "issues/update-comment")).toHaveLength(1);
    expect(lists() - before).toBe(2);
    argo.assertClean();
    gh.assertClean();
  });

  it("fails the step and says so when the preview is not Synced and Healthy in time", async () => {
    const pr = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    const n = pr.number;
    argo.app(preview(n, { health: "Degraded", healthMessage: "Back-off pulling image" }));
    const r = await run(event("synchronize", n), { "wait-timeout": "0" });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.live).toBe("timeout");
    const body = commentsOn(n)[0]?.body ?? "";
    expect(body).toMatch(/❌ Not Synced and Healthy at <code>089d92cb<\/code> after 0s/);
    expect(body).toContain(`| <code>web-pr-${n}</code> | Synced | Degraded |`);
    argo.assertClean();
    gh.assertClean();
  });

  it("on close, verifies the Applications are gone and their namespace deleted with them", async () => {
    const pr = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    const n = pr.number;
    argo.app(preview(n));
    argo.state.script(`web-pr-${n}`, null);
    const r = await run(event("closed", n, "closed"));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: "closed", live: "torn-down" });
    const comments = commentsOn(n);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    expect(body).toContain(`### Preview of #${n}: torn down`);
    expect(body).toContain("✅ Torn down: every preview Application is gone from Argo CD");
    expect(body).toContain(`| <code>web-pr-${n}</code> | gone | <code>web-pr-${n}</code>: deleted with it |`);
    argo.assertClean();
    gh.assertClean();
  });

  it("on close, fails when Argo CD still has the preview after the timeout", async () => {
    const pr = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    const n = pr.number;
    argo.app(preview(n));
    const r = await run(event("closed", n, "closed"), { "wait-timeout": "0" });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.live).toBe("present");
    const body = commentsOn(n)[0]?.body ?? "";
    expect(body).toContain(`### Preview of #${n}: teardown not complete`);
    expect(body).toContain(`❌ Still present after 0s: <code>web-pr-${n}</code>`);
    argo.assertClean();
    gh.assertClean();
  });

  it("on close, fails when the namespace was never the Application's and so stays behind", async () => {
    const pr = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    const n = pr.number;
    argo.app(preview(n, { resources: [{ kind: "ConfigMap", name: "web", namespace: `web-pr-${n}` }] }));
    argo.state.script(`web-pr-${n}`, null);
    const r = await run(event("closed", n, "closed"));
    expect(r.exitCode).toBe(1);
    const body = commentsOn(n)[0]?.body ?? "";
    expect(body).toContain("❌ The Applications are gone, but a namespace is left behind");
    expect(body).toContain(`<code>web-pr-${n}</code>: ⚠️ left behind`);
    argo.assertClean();
    gh.assertClean();
  });
});
