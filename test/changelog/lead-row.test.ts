// The lead-time row: one function gives the cells that the markdown table (CLI text, job summary)
// and the HTML dashboard each escape their own way, so the two never tell a lead time differently.
import { describe, expect, it } from "vitest";
import { dashboardHtml } from "../../packages/changelog/src/dashboard.js";
import type { EnvMetrics, LeadTime, MetricsReport } from "../../packages/changelog/src/metrics.js";
import { leadTimeRow, metricsMarkdown } from "../../packages/changelog/src/metrics-markdown.js";

const fromTrailer: LeadTime = {
  env: "prod",
  service: "web",
  commit: "0123456789abcdef0123456789abcdef01234567",
  date: "2026-03-02T10:00:00Z",
  hours: 12.5,
  from: "trailer",
  source: { repository: "example-org/web", commit: "fedcba9876543210fedcba9876543210fedcba98" },
  deployedAt: "2026-03-02T10:20:00Z",
};
const fromGit: LeadTime = {
  env: "staging",
  service: "a|b <i>",
  commit: "89abcdef0123456789abcdef0123456789abcdef",
  date: "2026-03-01T09:00:00Z",
  hours: 3,
  from: "git",
};

const prod: EnvMetrics = {
  env: "prod",
  services: [],
  weekly: [],
  deployments: 1,
  deploymentsPerWeek: 0.25,
  leadTime: null,
  leadTimeFrom: { trailer: 1, github: 0, git: 0 },
  promotionTime: null,
  failures: 0,
  changeFailureRate: 0,
  timeToRestore: null,
  openRollbacks: 0,
};

const report = (argo: boolean): MetricsReport => ({
  window: { from: "2026-02-01T00:00:00Z", to: "2026-03-03T00:00:00Z" },
  environments: [prod],
  rollbacks: [],
  leadTimes: [fromTrailer, fromGit],
  ...(argo ? { argocd: { server: "https://argocd.example.com", applications: 2, limits: [] } } : {}),
});

describe("leadTimeRow", () => {
  it("gives the deploy time, short SHAs, hours, where it started and, with Argo CD, where it ended", () => {
    expect(leadTimeRow(fromTrailer, true)).toEqual({
      deployed: "2026-03-02T10:20:00Z",
      env: "prod",
      service: "web",
      commit: "0123456",
      hours: "12.5 h",
      source: { at: "example-org/web@fedcba9", datedBy: "Source-Commit-Date" },
      to: "Argo CD sync",
    });
    expect(leadTimeRow({ ...fromTrailer, from: "github" }, false).source?.datedBy).toBe("GitHub");
    expect(leadTimeRow(fromGit, true)).toEqual({
      deployed: "2026-03-01T09:00:00Z",
      env: "staging",
      service: "a|b <i>",
      commit: "89abcde",
      hours: "3 h",
      to: "merge (git)",
    });
    expect(leadTimeRow(fromGit, false)).not.toHaveProperty("to");
  });

  it("is the row of the markdown table, escaped for markdown", () => {
    const md = metricsMarkdown(report(true));
    expect(md).toContain(
      "| 2026-03-02T10:20:00Z | prod | web | `0123456` | 12.5 h | `example-org/web@fedcba9` (Source-Commit-Date) | Argo CD sync |",
    );
    expect(md).toContain(
      "| 2026-03-01T09:00:00Z | staging | a\\|b &lt;i&gt; | `89abcde` | 3 h | first commit here (git) | merge (git) |",
    );
    expect(metricsMarkdown(report(false))).toContain("| 3 h | first commit here (git) |\n");
  });

  it("is the row of the dashboard, escaped for HTML", () => {
    const html = dashboardHtml(report(true));
    expect(html).toContain(
      '<tr><td>2026-03-02T10:20:00Z</td><td>prod</td><td>web</td><td><code>0123456</code></td><td class="n">12.5 h</td>' +
        '<td class="from-trailer"><code>example-org/web@fedcba9</code> (Source-Commit-Date)</td><td>Argo CD sync</td></tr>',
    );
    expect(html).toContain("<td>a|b &lt;i&gt;</td>");
    expect(html).toContain('<td class="from-git">first commit here (git)</td><td>merge (git)</td></tr>');
    expect(dashboardHtml(report(false))).toContain('<td class="from-git">first commit here (git)</td></tr>');
  });
});
