/**
 * One GitHub issue per alerting Application, kept in step with Argo CD across scheduled runs.
 * An issue is found again by its label and the hidden marker on its body's first line (see
 * alert-body.ts), so a re-run opens no duplicate. While the problem lasts the body is rewritten;
 * a comment is added only when the state changes (other problems, another deployed revision).
 * Recovery closes the issue with a comment; a problem that comes back reopens the same issue.
 * Applications this run did not look at (another env, not listed) are left alone.
 */
import { UserError } from "../../core/src/errors.js";
import { listAll, statusOf, type GitHubRepo } from "../../promote/src/github.js";
import {
  ALERT_LABEL,
  alertBody,
  alertTitle,
  changeComment,
  parseMarker,
  recoveryComment,
  type AlertLinks,
} from "./alert-body.js";
import type { AppAlert } from "./alerts.js";

export interface AlertIssue {
  number: number;
  state: "open" | "closed";
  key: string;
  signature: string;
  htmlUrl: string;
}

export type AlertAction =
  /** A new issue. */
  | "opened"
  /** The open issue's body rewritten; `commented` when the state changed. */
  | "updated"
  | "reopened"
  | "closed"
  /** A problem younger than the grace period, with no issue yet: nothing written. */
  | "pending"
  /** No problem and no open issue. */
  | "ok";

export interface AlertOutcome {
  key: string;
  application: string;
  env: string;
  problems: string[];
  action: AlertAction;
  commented: boolean;
  issue: number | null;
  url: string | null;
  /** Open duplicates of the issue (an earlier race) that this run closed. */
  duplicatesClosed: number[];
}

export interface AlertSyncOptions {
  links: AlertLinks;
  label?: string;
  /** Decide and report, write nothing. */
  dryRun?: boolean;
}

interface ListedIssue {
  number: number;
  state: string;
  body?: string | null;
  html_url: string;
  pull_request?: unknown;
}

/** The alert issues of the repository, open and closed, by key; the open one first, lowest number first. */
export async function listAlertIssues(
  gh: GitHubRepo,
  label = ALERT_LABEL,
): Promise<Map<string, AlertIssue[]>> {
  const listed = await guard(gh, "list the alert issues", () =>
    listAll<ListedIssue>(gh, "GET /repos/{owner}/{repo}/issues", {
      labels: label,
      state: "all",
      sort: "created",
      direction: "asc",
    }),
  );
  const byKey = new Map<string, AlertIssue[]>();
  for (const i of listed) {
    const marker = i.pull_request ? undefined : parseMarker(i.body);
    if (!marker) continue;
    const issue: AlertIssue = {
      number: i.number,
      state: i.state === "open" ? "open" : "closed",
      key: marker.key,
      signature: marker.signature,
      htmlUrl: i.html_url,
    };
    const list = byKey.get(marker.key);
    if (list) list.push(issue);
    else byKey.set(marker.key, [issue]);
  }
  for (const list of byKey.values())
    list.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === "open" ? -1 : 1));
  return byKey;
}

/** Opens, updates, reopens and closes alert issues so that GitHub matches `alerts`. */
export async function syncAlertIssues(
  gh: GitHubRepo,
  alerts: readonly AppAlert[],
  options: AlertSyncOptions,
): Promise<AlertOutcome[]> {
  const label = options.label ?? ALERT_LABEL;
  const existing = await listAlertIssues(gh, label);
  const out: AlertOutcome[] = [];
  for (const alert of alerts) {
    const issues = existing.get(alert.key) ?? [];
    const open = issues.filter((i) => i.state === "open");
    // The newest closed one: a problem that comes back reopens it, so one issue holds its history.
    const closed = issues.filter((i) => i.state === "closed").at(-1);
    const outcome: AlertOutcome = {
      key: alert.key,
      application: alert.app.name,
      env: alert.app.env,
      problems: alert.problems.map((p) => p.rule),
      action: "ok",
      commented: false,
      issue: open[0]?.number ?? null,
      url: open[0]?.htmlUrl ?? null,
      duplicatesClosed: [],
    };
    out.push(outcome);
    const [first, ...duplicates] = open;
    if (first) {
      if (alert.problems.length === 0) {
        outcome.action = "closed";
        outcome.commented = true;
        if (!options.dryRun) await close(gh, first.number, alert, options.links);
      } else {
        outcome.action = "updated";
        outcome.commented = first.signature !== alert.signature;
        if (!options.dryRun) await update(gh, first.number, alert, options.links, outcome.commented);
      }
      for (const d of duplicates) {
        outcome.duplicatesClosed.push(d.number);
        if (!options.dryRun) await closeDuplicate(gh, d.number, first.number);
      }
      continue;
    }
    if (alert.problems.length === 0) continue;
    if (!alert.pastGrace) {
      outcome.action = "pending";
      continue;
    }
    if (closed) {
      outcome.action = "reopened";
      outcome.commented = true;
      outcome.issue = closed.number;
      outcome.url = closed.htmlUrl;
      if (!options.dryRun) await reopen(gh, closed.number, alert, options.links);
      continue;
    }
    outcome.action = "opened";
    if (options.dryRun) continue;
    const created = await guard(gh, `open the alert issue of ${alert.app.name}`, () =>
      gh.client.request("POST /repos/{owner}/{repo}/issues", {
        owner: gh.owner,
        repo: gh.repo,
        title: alertTitle(alert),
        body: alertBody(alert, options.links),
        labels: [label],
      }),
    );
    const data = created.data as {
      number: number;
      html_url: string;
      labels?: ({ name?: string } | string)[];
    };
    outcome.issue = data.number;
    outcome.url = data.html_url;
    // GitHub silently drops labels the token may not set; unlabelled, the issue would never be found
    // again and every run would open another. Stop here instead.
    const labels = (data.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? "")).toLowerCase());
    if (!labels.includes(label.toLowerCase()))
      throw new UserError(
        `GitHub opened alert issue #${data.number} in ${gh.owner}/${gh.repo} without the label "${label}", so ` +
          `later runs could not find it; give the token "issues: write" and re-run`,
      );
  }
  return out;
}

async function update(
  gh: GitHubRepo,
  number: number,
  alert: AppAlert,
  links: AlertLinks,
  comment: boolean,
): Promise<void> {
  await patch(gh, number, { title: alertTitle(alert), body: alertBody(alert, links) }, alert);
  if (comment) await addComment(gh, number, changeComment(alert, links, false), alert);
}

async function reopen(gh: GitHubRepo, number: number, alert: AppAlert, links: AlertLinks): Promise<void> {
  await patch(
    gh,
    number,
    { title: alertTitle(alert), body: alertBody(alert, links), state: "open", state_reason: "reopened" },
    alert,
  );
  await addComment(gh, number, changeComment(alert, links, true), alert);
}

async function close(gh: GitHubRepo, number: number, alert: AppAlert, links: AlertLinks): Promise<void> {
  // The comment first: a closed issue's last words should say why it closed.
  await addComment(gh, number, recoveryComment(alert, links), alert);
  await patch(
    gh,
    number,
    { body: alertBody(alert, links, true), state: "closed", state_reason: "completed" },
    alert,
  );
}

async function closeDuplicate(gh: GitHubRepo, number: number, of: number): Promise<void> {
  await guard(gh, `close the duplicate alert issue #${number}`, async () => {
    await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: number,
      body: `Duplicate of #${of}.`,
    });
    await gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: number,
      state: "closed",
      state_reason: "duplicate",
    });
  });
}

async function patch(gh: GitHubRepo, number: number, fields: Record<string, unknown>, alert: AppAlert) {
  await guard(gh, `update alert issue #${number} (${alert.app.name})`, () =>
    gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: number,
      ...fields,
    }),
  );
}

async function addComment(gh: GitHubRepo, number: number, body: string, alert: AppAlert) {
  await guard(gh, `comment on alert issue #${number} (${alert.app.name})`, () =>
    gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: number,
      body,
    }),
  );
}

/** GitHub's refusals as one `UserError` naming the repository and the permission (exit 2). */
async function guard<T>(gh: GitHubRepo, doing: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const status = statusOf(err);
    const head = `cannot ${doing} in ${gh.owner}/${gh.repo}`;
    if (status === 401) throw new UserError(`${head}: GitHub refused the token (401)`);
    if (status === 403 || status === 404)
      throw new UserError(
        `${head}: GitHub answered ${status}; the token needs "issues: write" on the repository`,
      );
    if (status === 410) throw new UserError(`${head}: issues are disabled for the repository (410)`);
    if (status !== undefined) throw new UserError(`${head}: GitHub answered ${status}`);
    if (err instanceof TypeError && /fetch failed/i.test(err.message))
      throw new UserError(`${head}: the GitHub API is unreachable; check GITHUB_API_URL and the network`);
    throw err;
  }
}
