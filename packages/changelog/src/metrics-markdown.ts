/** The metrics as markdown tables: the CLI's text output and the action's job summary. */
import { mdCode, mdText, short } from "./markdown.js";
import type { LeadTime, Metrics, MetricsReport } from "./metrics.js";
import type { DurationStats } from "./stats.js";

/** One table per env: a row per service and a total row. */
export function metricsMarkdown(report: MetricsReport): string {
  const lines = ["## Deployment metrics", "", `From ${report.window.from} to ${report.window.to}.`, ""];
  if (report.argocd) lines.push(...argoIntro(report.argocd));
  if (report.environments.length === 0) return [...lines, "No deployments in this range.", ""].join("\n");
  for (const env of report.environments) {
    lines.push(
      `### ${mdText(env.env)}`,
      "",
      "| service | deployments | per week | lead time | lead time from | promotion | change failure rate | time to restore |",
      "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
      ...env.services.map((s) => row(mdText(s.service), s)),
      row("**all**", env),
      "",
      ...(env.sources ? [`Sources: ${sourcesLine(env)}.`, ""] : []),
    );
  }
  lines.push(
    "Lead time, promotion and time to restore are medians. Lead time starts at the service commit an image bump names " +
      "(`Source-Commit`), dated by its `Source-Commit-Date` trailer or by GitHub, else at the change's first commit here (git).",
    "",
  );
  lines.push(
    ...leadTimeTable(
      report.leadTimes.slice(0, LEAD_ROWS),
      report.leadTimes.length,
      report.argocd !== undefined,
    ),
  );
  return lines.join("\n");
}

/** The newest lead times listed one by one, so each says where it started. */
const LEAD_ROWS = 20;

function leadTimeTable(rows: readonly LeadTime[], total: number, argo: boolean): string[] {
  if (rows.length === 0) return [];
  return [
    `### Lead times${total > rows.length ? ` (newest ${rows.length} of ${total})` : ""}`,
    "",
    `| deployed | env | service | commit | lead time | from |${argo ? " to |" : ""}`,
    `| --- | --- | --- | --- | ---: | --- |${argo ? " --- |" : ""}`,
    ...rows.map((l) => {
      const r = leadTimeRow(l, argo);
      const to = r.to ? ` ${r.to} |` : "";
      return `| ${r.deployed} | ${mdText(r.env)} | ${mdText(r.service)} | ${mdCode(r.commit)} | ${r.hours} | ${leadSource(l)} |${to}`;
    }),
    "",
  ];
}

function argoIntro(argo: NonNullable<MetricsReport["argocd"]>): string[] {
  return [
    `Deploys from Argo CD at ${mdText(argo.server)} (${argo.applications} Application(s)): a deployment is dated by ` +
      "the first sync whose revision contains its merge; failures are failed syncs and Degraded periods; time to " +
      "restore runs from Degraded back to Healthy.",
    "",
    ...argo.limits.map((l) => `- ${mdText(l)}`),
    "",
  ];
}

/** `deploy time argocd 7, git 2; failures and time to restore argocd (1 failed sync, 2 Degraded periods)`. */
export function sourcesLine(m: Metrics): string {
  const s = m.sources;
  if (!s) return "git";
  const counts = [
    `${s.failedSyncs} failed sync(s)`,
    `${s.degradedPeriods} Degraded period(s)`,
    ...(s.openDegraded ? [`${s.openDegraded} still Degraded`] : []),
  ];
  const failures = s.failures === "git" ? "" : ` (${counts.join(", ")})`;
  return (
    `deploy time argocd ${s.deployTime.argocd}, git ${s.deployTime.git}; ` +
    `failures and time to restore ${s.failures}${failures}`
  );
}

/** One lead time's cells as plain text, for the markdown table and the dashboard to escape their own way. */
export interface LeadTimeRow {
  /** The Argo CD sync that ended it, else the merge. */
  deployed: string;
  env: string;
  service: string;
  /** Short SHA of the infra commit. */
  commit: string;
  /** `12.5 h` */
  hours: string;
  /** The service commit it started at (`repository@sha`) and what dated it; absent: the first commit here (git). */
  source?: { at: string; datedBy: "Source-Commit-Date" | "GitHub" };
  /** With Argo CD, where it ended: a sync, or the merge (git) when Argo CD has no record. */
  to?: "Argo CD sync" | "merge (git)";
}

/** The row of the lead-time tables (markdown and dashboard) for `l`; `argo` adds where it ended. */
export function leadTimeRow(l: LeadTime, argo: boolean): LeadTimeRow {
  return {
    deployed: l.deployedAt ?? l.date,
    env: l.env,
    service: l.service,
    commit: short(l.commit),
    hours: `${l.hours} h`,
    ...(l.source
      ? {
          source: {
            at: `${l.source.repository}@${short(l.source.commit)}`,
            datedBy: l.from === "trailer" ? ("Source-Commit-Date" as const) : ("GitHub" as const),
          },
        }
      : {}),
    ...(argo ? { to: l.deployedAt ? ("Argo CD sync" as const) : ("merge (git)" as const) } : {}),
  };
}

/** Where one lead time started, for people. */
export function leadSource(l: LeadTime): string {
  const { source } = leadTimeRow(l, false);
  return source ? `${mdCode(source.at)} (${source.datedBy})` : "first commit here (git)";
}

/** `trailer 2, GitHub 1, git 3`: how many lead times started where (the markdown and the dashboard). */
export function fromCounts(m: Metrics): string {
  const f = m.leadTimeFrom;
  const parts = [
    ...(f.trailer ? [`trailer ${f.trailer}`] : []),
    ...(f.github ? [`GitHub ${f.github}`] : []),
    ...(f.git ? [`git ${f.git}`] : []),
  ];
  return parts.join(", ") || "–";
}

function row(name: string, m: Metrics): string {
  const rate = m.changeFailureRate === null ? "–" : `${Math.round(m.changeFailureRate * 100)}%`;
  const cells = [
    name,
    m.deployments,
    m.deploymentsPerWeek,
    h(m.leadTime),
    fromCounts(m),
    h(m.promotionTime),
    rate,
    h(m.timeToRestore),
  ];
  return `| ${cells.join(" | ")} |`;
}

function h(s: DurationStats | null): string {
  return s ? `${s.medianHours} h` : "–";
}
