// DORA from real deploys: deploy times from the Applications' status.history (matched to merges by
// real git), failed syncs and Degraded periods from events and health, time to restore from
// Degraded back to Healthy; against the swagger-checked fake Argo CD. Every number follows from
// the fixed dates of argocd-fixture.ts.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArgoClient } from "../../packages/argocd/src/client.js";
import { deployTimes } from "../../packages/changelog/src/deploy-times.js";
import type { ArgoApp } from "../../packages/changelog/src/deploys-argocd.js";
import { readGraph } from "../../packages/changelog/src/graph.js";
import {
  collectChangelog,
  collectMetrics,
  dashboardHtml,
  metricsMarkdown,
  type MetricsReport,
  type ServiceMetrics,
} from "../../packages/changelog/src/index.js";
import type { FakeArgoCD } from "../support/fake-argocd/index.js";
import { argoHistory, seedArgo, type ArgoHistory } from "./argocd-fixture.js";
import { at } from "./fixture.js";

let h: ArgoHistory;
let argo: FakeArgoCD;

beforeEach(async () => {
  h = argoHistory();
  argo = await seedArgo(h);
});
afterEach(async () => {
  argo.assertClean();
  await argo.close();
});

async function metrics(): Promise<MetricsReport> {
  const client = new ArgoClient({ baseUrl: argo.url, token: argo.token, retries: 0 });
  return collectMetrics({ repo: h.repo.dir, argocd: { client } });
}

function service(report: MetricsReport, env: string, name: string): ServiceMetrics {
  const found = report.environments.find((e) => e.env === env)?.services.find((s) => s.service === name);
  if (!found) throw new Error(`no metrics for ${env}/${name}`);
  return found;
}

describe("metrics from Argo CD", () => {
  it("dates each merge by the first sync whose revision contains it, and keeps the merge for the rest", async () => {
    const report = await metrics();
    const lead = (commit: string) => report.leadTimes.find((l) => l.commit === commit);
    expect(lead(h.s1)?.deployedAt).toBe(at(1, 1));
    expect(lead(h.p2)?.deployedAt).toBe(at(4, 3));
    // s3 is in no sync: its lead time ends at the merge and says so.
    expect(lead(h.s3)?.deployedAt).toBeUndefined();
    // The first commit (day 0) is in the first sync Argo CD kept, as are s1, s2 and p1, p2.
    expect(service(report, "staging", "web").sources?.deployTime).toEqual({ argocd: 3, git: 1 });
    expect(service(report, "prod", "web").sources?.deployTime).toEqual({ argocd: 3, git: 0 });
    expect(report.argocd).toMatchObject({ server: argo.url, applications: 2 });
    // One list and one events call per mapped Application, nothing else.
    expect(argo.requests.map((r) => r.operationId).sort()).toEqual([
      "ApplicationService_List",
      "ApplicationService_ListResourceEvents",
      "ApplicationService_ListResourceEvents",
    ]);
  });

  it("ends lead time at the deploy: from the Source-Commit-Date trailer, or the first commit", async () => {
    const report = await metrics();
    // s1: written day 1, deployed day 1 + 1 h. s2: source commit day 2 + 12 h, deployed day 3 + 2 h.
    expect(report.leadTimes.find((l) => l.commit === h.s1)?.hours).toBe(1);
    const s2 = report.leadTimes.find((l) => l.commit === h.s2);
    expect(s2).toMatchObject({ hours: 14, from: "trailer", deployedAt: at(3, 2) });
    // Without Argo CD the same trailer measures to the merge, day 3.
    const git = await collectMetrics({ repo: h.repo.dir });
    expect(git.leadTimes.find((l) => l.commit === h.s2)?.hours).toBe(12);
  });

  it("times hand promotions from the source env's deploy of the same version to this env's deploy", async () => {
    const report = await metrics();
    // p1: day 2 + 30 min minus s1's day 1 + 1 h = 23.5 h; p2: day 4 + 3 h minus day 3 + 2 h = 25 h.
    expect(service(report, "prod", "web").promotionTime).toMatchObject({
      count: 2,
      medianHours: 24.25,
      maxHours: 25,
    });
  });

  it("counts failed syncs once and Degraded periods as failures, and restores at Healthy", async () => {
    const report = await metrics();
    expect(service(report, "prod", "web")).toMatchObject({
      failures: 2,
      // Two failures over three deployments (the first commit, p1, p2).
      changeFailureRate: 0.67,
      timeToRestore: { count: 1, medianHours: 2 },
      sources: {
        failures: "argocd",
        timeToRestore: "argocd",
        failedSyncs: 1,
        degradedPeriods: 1,
        openDegraded: 0,
      },
    });
    // Degraded now, its start known only from status.health: one failure, still open.
    expect(service(report, "staging", "web")).toMatchObject({
      failures: 1,
      timeToRestore: null,
      sources: { failedSyncs: 0, degradedPeriods: 1, openDegraded: 1 },
    });
    // queue has no Application in Argo CD: its figures stay git's.
    expect(service(report, "staging", "queue").sources).toMatchObject({
      deployTime: { argocd: 0, git: 1 },
      failures: "git",
    });
  });

  it("says where each figure came from in the markdown and the dashboard", async () => {
    const report = await metrics();
    const md = metricsMarkdown(report);
    expect(md).toContain(`Deploys from Argo CD at ${argo.url} (2 Application(s))`);
    // Per env: platform and queue have no Application, so their figures are git's.
    expect(md).toContain(
      "Sources: deploy time argocd 3, git 2; failures and time to restore mixed (1 failed sync(s), 1 Degraded period(s)).",
    );
    expect(md).toContain("| deployed | env | service | commit | lead time | from | to |");
    expect(md).toMatch(/\| merge \(git\) \|/);
    expect(md).toMatch(/\| Argo CD sync \|/);
    const html = dashboardHtml(report);
    expect(html).toContain('<p class="sources">Sources: deploy time argocd 3, git 3;');
    expect(html).toContain("revisionHistoryLimit");
  });

  it("stays git-only without Argo CD: no sources, no Argo CD calls", async () => {
    const report = await collectMetrics({ repo: h.repo.dir });
    expect(report.argocd).toBeUndefined();
    expect(service(report, "prod", "web").sources).toBeUndefined();
    expect(metricsMarkdown(report)).not.toContain("Sources:");
    expect(argo.requests).toEqual([]);
  });
});

describe("deploy times", () => {
  it("asks git merge-base for a synced revision that is not on the first-parent line, or not in the clone", async () => {
    const main = h.repo.git("rev-parse", "HEAD");
    // A branch off s1 (Argo CD pointed at it): it contains s1, not p1 or anything later.
    h.repo.git("checkout", "--quiet", "-b", "hotfix", h.s1);
    const branch = h.repo.commitAt("hotfix on a branch", { "notes.txt": "x\n" }, { date: at(1, 2) });
    h.repo.git("checkout", "--quiet", "main");
    const report = await collectChangelog({ repo: h.repo.dir, ignoreDeployTags: true });
    const graph = await readGraph(h.repo.dir, main);
    expect(graph.position.has(branch)).toBe(false);
    const app: ArgoApp = {
      name: "web-staging",
      env: "staging",
      service: "web",
      history: [
        { revision: "f".repeat(40), at: at(1, 1) },
        { revision: branch, at: at(1, 3) },
      ],
      timeline: { failedSyncs: [], degraded: [] },
    };
    const times = await deployTimes(h.repo.dir, report.entries, [app], graph.position);
    const of = (sha: string) => [...times].find(([e]) => e.commit === sha && e.env === "staging")?.[1];
    expect(of(h.s1)).toEqual({ at: at(1, 3), syncs: [{ app: "web-staging", revision: branch }] });
    expect(of(h.s2)).toBeUndefined();
  });

  it("dates a merge by the last of several Applications of one env and service, and not before all have it", async () => {
    const report = await collectChangelog({ repo: h.repo.dir, ignoreDeployTags: true });
    const graph = await readGraph(h.repo.dir, h.repo.git("rev-parse", "HEAD"));
    const cluster = (name: string, syncs: [string, string][]): ArgoApp => ({
      name,
      env: "prod",
      service: "web",
      history: syncs.map(([revision, time]) => ({ revision, at: time })),
      timeline: { failedSyncs: [], degraded: [] },
    });
    const apps = [
      cluster("web-prod-eu", [
        [h.p1, at(2, 1)],
        [h.p2, at(4, 1)],
      ]),
      cluster("web-prod-us", [[h.p1, at(2, 5)]]),
    ];
    const times = await deployTimes(h.repo.dir, report.entries, apps, graph.position);
    const of = (sha: string) => [...times].find(([e]) => e.commit === sha && e.env === "prod")?.[1];
    expect(of(h.p1)?.at).toBe(at(2, 5));
    expect(of(h.p1)?.syncs.map((s) => s.app)).toEqual(["web-prod-eu", "web-prod-us"]);
    // web-prod-us never synced p2: prod as a whole has not got it yet.
    expect(of(h.p2)).toBeUndefined();
  });
});
