// Promotion time for promotions made by hand (no Promoted-From trailer), in git-only mode: the
// version a prod commit sets is matched with the commit where that same image or chart version
// reached staging. Real git history with fixed dates.
import { beforeAll, describe, expect, it } from "vitest";
import {
  collectMetrics,
  metricsMarkdown,
  type MetricsReport,
  type ServiceMetrics,
} from "../../packages/changelog/src/index.js";
import { at, datedRepo, layoutFiles, overlay, values } from "./fixture.js";

let report: MetricsReport;

/**
 * - day 1: web 1.1.0 in staging; day 2: the same 1.1.0 copied to prod by hand (24 h);
 * - day 3: queue's chart to 0.2.0 in its shared base (one commit for both envs: no promotion);
 * - day 4: web 1.1.1 straight to prod (a hotfix staging never had: no promotion);
 * - day 5: queue 0.9.1 in staging; day 7: copied to prod by hand (48 h).
 */
beforeAll(async () => {
  const repo = datedRepo(layoutFiles());
  const web = (env: string) => `apps/web/overlays/${env}/kustomization.yaml`;
  const queue = (env: string) => `apps/queue/overlays/${env}/values.yaml`;
  repo.commitAt("web 1.1.0 in staging", { [web("staging")]: overlay("web", "1.1.0") }, { date: at(1) });
  repo.commitAt("web 1.1.0 in prod", { [web("prod")]: overlay("web", "1.1.0") }, { date: at(2) });
  repo.commitAt(
    "queue chart 0.2.0",
    { "apps/queue/base/Chart.yaml": "apiVersion: v2\nname: queue\nversion: 0.2.0\n" },
    { date: at(3) },
  );
  repo.commitAt("web hotfix 1.1.1 in prod", { [web("prod")]: overlay("web", "1.1.1") }, { date: at(4) });
  repo.commitAt(
    "queue 0.9.1 in staging",
    { [queue("staging")]: values("0.9.1", "staging") },
    { date: at(5) },
  );
  repo.commitAt("queue 0.9.1 in prod", { [queue("prod")]: values("0.9.1", "prod") }, { date: at(7) });
  report = await collectMetrics({ repo: repo.dir });
});

function service(env: string, name: string): ServiceMetrics {
  const found = report.environments.find((e) => e.env === env)?.services.find((s) => s.service === name);
  if (!found) throw new Error(`no metrics for ${env}/${name}`);
  return found;
}

describe("promotion time for promotions made by hand", () => {
  it("runs from when the same image version reached staging to when it reached prod", () => {
    // Only the copy of 1.1.0 counts: the hotfix 1.1.1 never was in staging.
    expect(service("prod", "web").promotionTime).toEqual({
      count: 1,
      medianHours: 24,
      meanHours: 24,
      p90Hours: 24,
      maxHours: 24,
    });
  });

  it("matches Helm values versions too, and leaves a shared-base change out", () => {
    // queue 0.9.1: day 5 -> day 7; the chart bump reached both envs in one commit.
    expect(service("prod", "queue").promotionTime).toMatchObject({ count: 1, medianHours: 48 });
    expect(service("staging", "queue").promotionTime).toBeNull();
  });

  it("shows the promotion in the markdown instead of a dash", () => {
    expect(metricsMarkdown(report)).toMatch(/^\| web \| \d+ \| [\d.]+ \| [\d.]+ h \| [^|]+ \| 24 h \|/m);
  });
});
