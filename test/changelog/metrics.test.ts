// DORA metrics from the story: every number follows from the commit dates the story sets.
import { beforeAll, describe, expect, it } from "vitest";
import {
  collectMetrics,
  type MetricsReport,
  type ServiceMetrics,
} from "../../packages/changelog/src/index.js";
import { buildStory, type Story } from "./story.js";

let story: Story;
let report: MetricsReport;
beforeAll(async () => {
  story = buildStory();
  report = await collectMetrics({ repo: story.repo.dir });
});

function service(env: string, name: string): ServiceMetrics {
  const found = report.environments.find((e) => e.env === env)?.services.find((s) => s.service === name);
  if (!found) throw new Error(`no metrics for ${env}/${name}`);
  return found;
}

describe("metrics", () => {
  it("covers the history from the first commit to the last, ignoring deploy tags", async () => {
    story.repo.git("tag", "deploy/prod/2026.01.15-1", "HEAD");
    try {
      const again = await collectMetrics({ repo: story.repo.dir });
      expect(again.window).toEqual({ from: "2026-01-05T09:00:00Z", to: "2026-01-15T09:00:00Z" });
      expect(again.environments.map((e) => [e.env, e.deployments])).toEqual([
        ["staging", 11],
        ["prod", 9],
      ]);
    } finally {
      story.repo.git("tag", "-d", "deploy/prod/2026.01.15-1");
    }
  });

  it("counts deployments per week, and per week start for the chart", () => {
    const prodWeb = service("prod", "web");
    expect(prodWeb.deployments).toBe(5);
    // 5 deployments in 10 days.
    expect(prodWeb.deploymentsPerWeek).toBe(3.5);
    expect(report.environments.find((e) => e.env === "prod")?.weekly).toEqual([
      { week: "2026-01-05", deployments: 5 },
      { week: "2026-01-12", deployments: 4 },
    ]);
  });

  it("runs lead time from the first commit of a merged branch to its merge", () => {
    // The branch commit is day 1 10:00, the merge day 2 09:00.
    expect(service("staging", "queue").leadTime).toMatchObject({ count: 3, maxHours: 23 });
  });

  it("follows Promoted-From back to the staging commit for prod lead time and promotion time", () => {
    // Both promotions land two days after their staging commit; the base change and layout are direct.
    expect(service("prod", "web").promotionTime).toEqual({
      count: 2,
      medianHours: 48,
      meanHours: 48,
      p90Hours: 48,
      maxHours: 48,
    });
    expect(service("prod", "web").leadTime).toMatchObject({ count: 4, maxHours: 48, medianHours: 24 });
  });

  it("counts reverts and tags moving back as failures, and restores at the next forward deploy", () => {
    expect(service("staging", "web")).toMatchObject({
      failures: 1,
      changeFailureRate: 0.2,
      timeToRestore: { count: 1, medianHours: 22 },
      openRollbacks: 0,
    });
    expect(service("prod", "web")).toMatchObject({
      failures: 1,
      changeFailureRate: 0.25,
      timeToRestore: { count: 1, medianHours: 24 },
    });
    expect(service("prod", "queue")).toMatchObject({
      failures: 0,
      changeFailureRate: 0,
      timeToRestore: null,
    });
    expect(report.rollbacks.map((r) => [r.env, r.commit, r.revertOf])).toEqual([
      ["prod", story.sha.rollbackProd, null],
      ["staging", story.sha.revert, story.sha.bad],
    ]);
  });

  it("keeps promotion links when reporting one env, and counts a rollback with no fix as open", async () => {
    const rolled = story.repo.commitAt(
      "Revert queue",
      {
        "apps/queue/overlays/prod/values.yaml":
          'env: prod\nimage:\n  repository: ghcr.io/example-org/queue\n  tag: "0.8.0"\n',
      },
      { date: "2026-01-16T09:00:00Z" },
    );
    try {
      const prod = await collectMetrics({ repo: story.repo.dir, environments: ["prod"] });
      expect(prod.environments.map((e) => e.env)).toEqual(["prod"]);
      const queue = prod.environments[0]?.services.find((s) => s.service === "queue");
      expect(queue).toMatchObject({ failures: 1, openRollbacks: 1, timeToRestore: null });
      expect(prod.environments[0]?.services.find((s) => s.service === "web")?.promotionTime?.count).toBe(2);
      expect(prod.rollbacks[0]?.commit).toBe(rolled);
    } finally {
      story.repo.git("reset", "--quiet", "--hard", "HEAD~1");
    }
  });
});
