// The observe action end to end: its bundle (dist/observe, or GITOPS_DIST) run as the runner runs it,
// against the swagger-checked fake Argo CD and the OpenAPI-checked fake GitHub; a re-run opens nothing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { runAction } from "../support/run-action.js";
import { exampleApp } from "../status/fixture.js";
import { commentsOf, issuesOf, useObserveFixture } from "./fixture.js";

const fx = useObserveFixture();

describe("actions/observe", () => {
  it("opens the issue once, updates it on the next run, masks both tokens and keeps the message inert in the log", async () => {
    const { repo, fake, webProdChange, cmsChange } = fx.status.current;
    const gh = fx.gh.current;
    fake.app(
      exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, {
        health: "Degraded",
        operationState: {
          phase: "Failed",
          message: "::error::forged\nhook failed",
          startedAt: "2026-11-30T11:00:00Z",
        },
      }),
    );
    fake.app(exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", cmsChange));
    const run = () =>
      runAction(
        "observe",
        {
          "repo-path": repo.dir,
          "argocd-server": fake.url,
          "argocd-token": fake.token,
          "github-token": gh.token,
          grace: "0",
        },
        {
          env: {
            GITHUB_API_URL: gh.url,
            GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
            GIT_CONFIG_GLOBAL: "/dev/null",
            GIT_CONFIG_NOSYSTEM: "1",
          },
        },
      );
    const first = await run();
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      opened: "1",
      updated: "0",
      closed: "0",
      pending: "0",
      alerting: "1",
    });
    expect(first.summary).toContain("## Argo CD alerts");
    expect(first.summary).toContain("1 opened, 0 updated, 0 reopened, 0 closed, 0 within the grace period");
    expect(first.summary).toContain(`| web-prod | prod | degraded, sync-failed | opened | [#1](`);
    expect(first.summary).toContain("## Argo CD status");
    const doc = JSON.parse(readFileSync(first.outputs["json-file"] ?? "", "utf8")) as {
      alerts: { application: string; action: string }[];
    };
    expect(doc.alerts.map((a) => [a.application, a.action])).toEqual([
      ["cms-prod", "ok"],
      ["web-prod", "opened"],
    ]);
    expect(issuesOf(gh)[0]?.body).toContain("::error::forged");

    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ opened: "0", updated: "1", alerting: "1" });
    expect(issuesOf(gh)).toHaveLength(1);
    expect(commentsOf(gh, 1)).toEqual([]);

    for (const r of [first, second]) {
      expect(r.masks).toEqual(expect.arrayContaining([fake.token, gh.token]));
      expect(unmasked(r.stdout) + r.stderr).not.toContain(fake.token);
      expect(unmasked(r.stdout) + r.stderr).not.toContain(gh.token);
      // The server's message never reaches the log as a workflow command.
      expect(r.annotations.map((a) => a.message)).not.toContain("forged");
    }
  });

  it("fails with exit 2 and one error naming the input when alert-on names an unknown rule", async () => {
    const { repo, fake } = fx.status.current;
    const gh = fx.gh.current;
    const result = await runAction(
      "observe",
      {
        "repo-path": repo.dir,
        "argocd-server": fake.url,
        "argocd-token": fake.token,
        "github-token": gh.token,
        "alert-on": "degraded exploded",
      },
      { env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}` } },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations.map((a) => [a.level, a.message])).toEqual([
      ["error", expect.stringContaining('Input "alert-on": unknown rule "exploded"')],
    ]);
    expect(gh.requests).toEqual([]);
  });
});

/** The log without the `::add-mask::` commands, which carry the secrets by design. */
function unmasked(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}
