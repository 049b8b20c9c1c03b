// Alerts end to end in-process: `observeAlerts` reads the swagger-checked fake Argo CD and keeps
// the alert issues of the OpenAPI-checked fake GitHub in step, over several scheduled runs.
import { describe, expect, it } from "vitest";

import { parseMarker } from "../../packages/argocd/src/index.js";
import { exampleApp } from "../status/fixture.js";
import type { GitHubRepo } from "../../packages/promote/src/github.js";
import { commentsOf, githubRepo, issuesOf, observe, RUN_URL, useObserveFixture, writes } from "./fixture.js";

const fx = useObserveFixture();

describe("observe alerts", () => {
  it("opens one issue, updates it while the problem lasts, comments on a change, closes on recovery, reopens on a relapse", async () => {
    const { fake, base, webProdChange, cmsChange } = fx.status.current;
    const gh = fx.gh.current;
    const web = (more: Parameters<typeof exampleApp>[4]) => {
      fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, more));
    };
    web({ health: "Degraded", healthMessage: "Deployment web has 0/3 ready replicas" });
    fake.app(exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", cmsChange));

    const first = await observe(fx);
    expect(first.outcomes.map((o) => [o.application, o.action, o.problems])).toEqual([
      ["cms-prod", "ok", []],
      ["web-prod", "opened", ["degraded"]],
    ]);
    const [issue] = issuesOf(gh);
    expect(issuesOf(gh)).toHaveLength(1);
    expect(issue?.labels).toEqual(["gitops-observe"]);
    expect(issue?.title).toBe("Argo CD: web-prod (prod/web): Degraded");
    expect(parseMarker(issue?.body)).toEqual({
      key: "argocd/web-prod",
      signature: `degraded@${webProdChange.slice(0, 12)}`,
    });
    expect(issue?.body).toContain(
      `| Application | [web-prod](${fake.url}/applications/argocd/web-prod) (project prod) |`,
    );
    expect(issue?.body).toContain(
      `[\`${webProdChange.slice(0, 7)}\`](https://github.com/acme/infra-gitops/commit/${webProdChange})`,
    );
    expect(issue?.body).toContain(`by [this run](${RUN_URL})`);
    const number = issue?.number ?? 0;

    // The same problem on the next run: the body is rewritten, no comment, no second issue.
    const before = issue?.body;
    const second = await observe(fx);
    expect(second.outcomes.find((o) => o.application === "web-prod")).toMatchObject({
      action: "updated",
      commented: false,
      issue: number,
    });
    expect(issuesOf(gh)).toHaveLength(1);
    expect(issuesOf(gh)[0]?.body).not.toBe(before);
    expect(commentsOf(gh, number)).toEqual([]);

    // Another deployed revision and OutOfSync too: a state change, one comment.
    web({
      health: "Degraded",
      sync: "OutOfSync",
      history: [{ revision: base, deployedAt: "2026-11-30T10:00:00Z" }],
    });
    const third = await observe(fx);
    expect(third.outcomes.find((o) => o.application === "web-prod")).toMatchObject({
      action: "updated",
      commented: true,
      problems: ["out-of-sync", "degraded"],
    });
    expect(issuesOf(gh)[0]?.title).toBe("Argo CD: web-prod (prod/web): OutOfSync, Degraded");
    expect(commentsOf(gh, number)).toEqual([
      `Now OutOfSync, Degraded; deployed [\`${base.slice(0, 7)}\`](https://github.com/acme/infra-gitops/commit/${base}), OutOfSync / Degraded. ([run](${RUN_URL}))`,
    ]);
    expect(issuesOf(gh)[0]?.body).toContain("1 input commit(s) not deployed");

    // Recovery: closed with a comment, the body keeps the last state.
    web({});
    const fourth = await observe(fx);
    expect(fourth.outcomes.find((o) => o.application === "web-prod")?.action).toBe("closed");
    expect(issuesOf(gh)[0]).toMatchObject({ state: "closed", number });
    expect(commentsOf(gh, number).at(-1)).toMatch(/^Recovered: web-prod is Synced and Healthy at /);
    expect(issuesOf(gh)[0]?.body).toContain("### web-prod recovered: Synced and Healthy");

    // Healthy again on the next run: nothing is written.
    const quiet = writes(gh);
    const fifth = await observe(fx);
    expect(fifth.outcomes.map((o) => o.action)).toEqual(["ok", "ok"]);
    expect(writes(gh)).toBe(quiet);

    // A relapse reopens the same issue.
    web({
      operationState: {
        phase: "Failed",
        message: "one or more objects failed to apply",
        startedAt: "2026-11-30T11:00:00Z",
      },
    });
    const sixth = await observe(fx);
    expect(sixth.outcomes.find((o) => o.application === "web-prod")).toMatchObject({
      action: "reopened",
      issue: number,
      problems: ["sync-failed"],
    });
    expect(issuesOf(gh)).toHaveLength(1);
    expect(issuesOf(gh)[0]?.state).toBe("open");
    expect(commentsOf(gh, number).at(-1)).toMatch(/^The problem is back: web-prod: sync failed; /);
  });

  it("writes nothing for a problem younger than the grace period, and opens the issue once it is older", async () => {
    const { fake, webProdChange } = fx.status.current;
    const gh = fx.gh.current;
    fake.app(
      exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, {
        health: "Degraded",
        healthSince: "2026-11-30T10:00:00Z",
      }),
    );
    const graceMs = 10 * 60_000;
    const early = await observe(fx, { graceMs, now: new Date("2026-11-30T10:05:00Z") });
    expect(early.outcomes.map((o) => [o.application, o.action])).toEqual([["web-prod", "pending"]]);
    expect(issuesOf(gh)).toEqual([]);
    expect(writes(gh)).toBe(0);

    const late = await observe(fx, { graceMs, now: new Date("2026-11-30T10:20:00Z") });
    expect(late.outcomes.map((o) => [o.application, o.action])).toEqual([["web-prod", "opened"]]);
    expect(issuesOf(gh)[0]?.body).toContain("| Since | 2026-11-30T10:00:00Z (20m) |");
  });

  it("alerts on not-current only when asked to", async () => {
    const { fake, base } = fx.status.current;
    const gh = fx.gh.current;
    // Synced and Healthy, but at the commit before web's prod overlay changed.
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", base));
    const plain = await observe(fx);
    expect(plain.outcomes.map((o) => o.action)).toEqual(["ok"]);
    expect(issuesOf(gh)).toEqual([]);
    const asked = await observe(fx, { rules: ["not-current"] });
    expect(asked.outcomes.map((o) => [o.action, o.problems])).toEqual([["opened", ["not-current"]]]);
    expect(issuesOf(gh)[0]?.title).toBe("Argo CD: web-prod (prod/web): not current");
  });

  it("renders the operation message inert: a fence it cannot close, no link, mention, HTML or forged marker", async () => {
    const { fake, webProdChange } = fx.status.current;
    const gh = fx.gh.current;
    const evil = [
      "````",
      "<!-- gitops-observe: app=argocd/cms-prod state=ok@none -->",
      "@acme/admins see [the fix](https://evil.example/x) <img src=x onerror=alert(1)>",
      "::error::pwned",
      "`````",
    ].join("\n");
    fake.app(
      exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, {
        operationState: { phase: "Failed", message: evil, startedAt: "2026-11-30T11:00:00Z" },
      }),
    );
    await observe(fx);
    const body = issuesOf(gh)[0]?.body ?? "";
    expect(parseMarker(body)?.key).toBe("argocd/web-prod");
    const fenced = /^(`{3,})text\n([\s\S]*?)\n\1$/m.exec(body);
    expect(fenced?.[1]?.length).toBe(6);
    expect(fenced?.[2]).toBe(evil);
    const outside = body.replace(fenced?.[0] ?? "", "");
    for (const bad of [
      "evil.example",
      "<img",
      "@acme/admins",
      "gitops-observe: app=argocd/cms-prod",
      "::error::",
    ])
      expect(outside).not.toContain(bad);

    // The next run still finds the issue by its own marker, not the forged one.
    const again = await observe(fx);
    expect(again.outcomes.map((o) => [o.key, o.action])).toEqual([["argocd/web-prod", "updated"]]);
    expect(issuesOf(gh)).toHaveLength(1);
  });

  it("finds issues by label and first-line marker only, and closes open duplicates of an earlier race", async () => {
    const { fake, webProdChange } = fx.status.current;
    const gh = fx.gh.current;
    const marker = `<!-- gitops-observe: app=argocd/web-prod state=degraded@${webProdChange.slice(0, 12)} -->`;
    gh.seed.issue({ title: "no label", body: `${marker}\n` });
    gh.seed.issue({ title: "marker not first", body: `hello\n${marker}\n`, labels: ["gitops-observe"] });
    const a = gh.seed.issue({
      title: "alert",
      body: `${marker}\n`,
      labels: ["gitops-observe"],
      user: "github-actions[bot]",
    });
    const b = gh.seed.issue({
      title: "alert again",
      body: `${marker}\n`,
      labels: ["gitops-observe"],
      user: "github-actions[bot]",
    });
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, { health: "Degraded" }));
    const run = await observe(fx);
    expect(run.outcomes).toMatchObject([
      { action: "updated", issue: a.number, duplicatesClosed: [b.number] },
    ]);
    expect(issuesOf(gh).map((i) => [i.number, i.state])).toEqual([
      [1, "open"],
      [2, "open"],
      [a.number, "open"],
      [b.number, "closed"],
    ]);
    expect(commentsOf(gh, b.number)).toEqual([`Duplicate of #${a.number}.`]);
    expect(issuesOf(gh)[0]?.body).toBe(`${marker}\n`);
    expect(issuesOf(gh)[1]?.body).toBe(`hello\n${marker}\n`);
  });

  it("stops with a clear error when GitHub drops the label, instead of opening another issue every run", async () => {
    const { fake, webProdChange } = fx.status.current;
    const gh = fx.gh.current;
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, { health: "Degraded" }));
    // The real fake answers; only the create's answer loses its labels, as GitHub does for a token
    // that may not set them.
    const real = githubRepo(gh);
    const dropping: GitHubRepo = {
      ...real,
      client: {
        request: (route, params) => {
          if (route === "POST /repos/{owner}/{repo}/issues")
            gh.tamperNextResponse((r) => ({ ...r, body: { ...(r.body as object), labels: [] } }));
          return real.client.request(route, params);
        },
      },
    };
    await expect(observe(fx, { gh: dropping })).rejects.toThrow(
      'GitHub opened alert issue #1 in acme/infra-gitops without the label "gitops-observe"',
    );
  });
});
