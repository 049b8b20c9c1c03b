/**
 * The metrics as one self-contained HTML page: inline CSS and SVG, no
 * script, and a Content-Security-Policy that forbids any network access.
 * Every text that came from git (subjects, authors, service names) is escaped.
 */
import type { EnvMetrics, Metrics, MetricsReport } from "./metrics.js";
import { fromCounts, leadTimeRow, sourcesLine } from "./metrics-markdown.js";
import type { DurationStats } from "./stats.js";
import { barChart, escapeHtml as e } from "./svg.js";

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header,main{max-width:1200px;margin:0 auto;padding:16px 24px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:0 0 12px}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:12px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:140px}
.card b{display:block;font-size:20px}.card span{color:#59636e;font-size:12px}
.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}figcaption{color:#59636e;font-size:12px}
.chart .bar{fill:#0969da}.chart .axis{stroke:#8c959f}.chart text{font-size:10px;fill:#59636e}
table{border-collapse:collapse;width:100%;margin-top:12px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #d0d7de}
td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px}
`;

/** The dashboard page for `report`; `title` names the repository or range. */
export function dashboardHtml(report: MetricsReport, title = "Deployment metrics"): string {
  const envs = report.environments.map(envSection).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${e(title)}</h1><p>From ${e(report.window.from)} to ${e(report.window.to)}. Lead time runs from the
first commit of a change (for an image bump with a Source-Commit trailer, the service commit, dated by its
Source-Commit-Date trailer or by GitHub) to its merge into the environment, through each promotion; a rollback (a revert or an image
tag moving back) counts one failed change, and time to restore runs to the next forward deployment.</p>${argoNote(report)}</header>
<main>
${envs || "<section><p>No deployments in this range.</p></section>"}
${leadTimeSection(report)}
${rollbackSection(report)}
</main>
</body>
</html>
`;
}

function envSection(env: EnvMetrics): string {
  const weeks = env.weekly.slice(-26);
  const withLead = env.services.filter((s) => s.leadTime);
  const charts = [
    figure(
      barChart({
        title: `Deployments per week to ${env.env}`,
        labels: weeks.map((w) => w.week.slice(5)),
        values: weeks.map((w) => w.deployments),
      }),
      `Deployments per week (week starting, UTC; last ${weeks.length})`,
    ),
    figure(
      barChart({
        title: `Median lead time by service in ${env.env}`,
        labels: withLead.map((s) => s.service),
        values: withLead.map((s) => s.leadTime?.medianHours ?? 0),
        unit: "h",
      }),
      "Median lead time for changes, hours",
    ),
  ];
  const rows = env.services
    .map(
      (s) =>
        `<tr><td>${e(s.service)}</td><td class="n">${s.deployments}</td><td class="n">${s.deploymentsPerWeek}</td>` +
        `<td class="n">${hours(s.leadTime)}</td><td>${fromCounts(s)}</td><td class="n">${hours(s.promotionTime)}</td>` +
        `<td class="n">${rate(s.changeFailureRate)}</td><td class="n">${hours(s.timeToRestore)}</td><td class="n">${s.openRollbacks}</td></tr>`,
    )
    .join("\n");
  return `<section class="env" id="env-${e(env.env)}">
<h2>${e(env.env)}</h2>
${cards(env)}
${env.sources ? `<p class="sources">Sources: ${e(sourcesLine(env))}.</p>` : ""}
<div class="charts">${charts.join("")}</div>
<table><thead><tr><th>service</th><th>deployments</th><th>per week</th><th>lead time (median)</th>
<th>lead time from</th><th>promotion (median)</th><th>change failure rate</th><th>time to restore (median)</th><th>open rollbacks</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

/** With Argo CD: where deploy times and failures came from, and what the API could not tell. */
function argoNote(report: MetricsReport): string {
  const argo = report.argocd;
  if (!argo) return "";
  return `
<p class="argocd">Deploys from Argo CD at ${e(argo.server)} (${argo.applications} Application(s)): a deployment is dated by the
first sync whose revision contains its merge, failures are failed syncs and Degraded periods, and time to restore runs
from Degraded back to Healthy. Where Argo CD has no record, the figure comes from git, as each section says.</p>
<ul class="limits">${argo.limits.map((l) => `<li>${e(l)}</li>`).join("")}</ul>`;
}

function cards(m: Metrics): string {
  const card = (value: string, label: string) =>
    `<div class="card"><b>${value}</b><span>${label}</span></div>`;
  return `<div class="cards">${[
    card(String(m.deployments), "deployments"),
    card(String(m.deploymentsPerWeek), "deployments per week"),
    card(hours(m.leadTime), "median lead time"),
    card(rate(m.changeFailureRate), "change failure rate"),
    card(hours(m.timeToRestore), "median time to restore"),
  ].join("")}</div>`;
}

/** The newest lead times, each with where it started. */
function leadTimeSection(report: MetricsReport): string {
  if (report.leadTimes.length === 0) return "";
  const rows = report.leadTimes
    .slice(0, 50)
    .map((l) => {
      const r = leadTimeRow(l, report.argocd !== undefined);
      const from = r.source
        ? `<code>${e(r.source.at)}</code> (${r.source.datedBy})`
        : "first commit here (git)";
      return (
        `<tr><td>${e(r.deployed)}</td><td>${e(r.env)}</td><td>${e(r.service)}</td><td><code>${e(r.commit)}</code></td>` +
        `<td class="n">${r.hours}</td><td class="from-${l.from}">${from}</td>` +
        (r.to ? `<td>${r.to}</td>` : "") +
        "</tr>"
      );
    })
    .join("\n");
  return `<section id="lead-times"><h2>Lead times</h2>
<table><thead><tr><th>deployed</th><th>env</th><th>service</th><th>commit</th><th>lead time</th><th>from</th>${report.argocd ? "<th>to</th>" : ""}</tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function rollbackSection(report: MetricsReport): string {
  if (report.rollbacks.length === 0) return "";
  const rows = report.rollbacks
    .slice(0, 50)
    .map(
      (r) =>
        `<tr><td>${e(r.date)}</td><td>${e(r.env)}</td><td>${e(r.service)}</td><td><code>${e(r.commit.slice(0, 7))}</code></td>` +
        `<td>${e(r.subject)}</td><td>${e(r.author)}</td></tr>`,
    )
    .join("\n");
  return `<section id="rollbacks"><h2>Rollbacks</h2>
<table><thead><tr><th>date</th><th>env</th><th>service</th><th>commit</th><th>subject</th><th>author</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${e(caption)}</figcaption></figure>`;
}

function hours(stats: DurationStats | null): string {
  if (!stats) return "–";
  const h = stats.medianHours;
  return h >= 48 ? `${Math.round((h / 24) * 10) / 10} d` : `${h} h`;
}

function rate(r: number | null): string {
  return r === null ? "–" : `${Math.round(r * 100)}%`;
}
