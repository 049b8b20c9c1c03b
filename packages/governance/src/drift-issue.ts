/**
 * The governance workflow's drift issue: one open issue, found again by its label and a hidden
 * marker in its body, that says how GitHub's settings (and release branches) differ from the
 * repository. It is opened on the first drift, edited when the drift changes, left alone when it
 * does not, and closed with a comment when the drift is gone. Extra marked issues (two runs racing)
 * are closed as duplicates.
 */
import { messageOf, UserError, type Finding } from "../../core/src/index.js";
import { listAll, statusOf, type GitHubRepo } from "../../promote/src/github.js";
import { liveFindings, planText, type LiveOptions, type LivePlan } from "./live.js";
import { releaseDrift, type ReleaseDriftOptions, type ReleaseDriftReport } from "./release.js";

/** The hidden marker that identifies the issue; never shown by GitHub. */
export const DRIFT_MARKER = "<!-- gitops-governance-drift -->";

export const DRIFT_TITLE = "Governance drift: GitHub settings differ from the repository";

/**
 * The label the drift issue carries, as the observe alerts carry `gitops-observe`. GitHub creates
 * it with the issue when the repository lacks it. Listing by it keeps the search to our issues,
 * and only users with write access can label, so an outsider's issue quoting the marker is
 * never taken for ours.
 */
export const DRIFT_LABEL = "gitops-governance";

export interface DriftIssueOptions {
  gh: GitHubRepo;
  /** The findings of `plan` / `check --live`: errors are drift; errors and warnings are listed. */
  findings: readonly Finding[];
  /** The plan as text (`planText`), shown below the findings. */
  plan?: string;
  /** The workflow run, linked from the issue when its text changes. */
  runUrl?: string;
  title?: string;
  /** The issue's label; default DRIFT_LABEL. */
  label?: string;
}

export type DriftIssueAction = "opened" | "updated" | "unchanged" | "closed" | "none";

export interface DriftIssueResult {
  action: DriftIssueAction;
  number?: number;
  url?: string;
  /** Marked issues closed because another one was already open. */
  duplicatesClosed: number[];
}

interface IssueItem {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
  labels?: ({ name?: string } | string)[];
}

function hasLabel(issue: IssueItem, label: string): boolean {
  return (issue.labels ?? []).some(
    (l) => (typeof l === "string" ? l : (l.name ?? "")).toLowerCase() === label.toLowerCase(),
  );
}

export interface Drift {
  /** Live (rulesets, environments) and release-branch findings. */
  findings: Finding[];
  plan: LivePlan;
  releases: ReleaseDriftReport;
}

/**
 * Everything the drift issue reports, as `check --live` sees it: rulesets and environments against
 * GitHub, and release/* branches against main.
 */
export async function collectDrift(
  options: LiveOptions & Pick<ReleaseDriftOptions, "now" | "fetch">,
): Promise<Drift> {
  const live = await liveFindings(options);
  const releases = await releaseDrift({
    repo: options.repo,
    env: options.env,
    ...(options.now ? { now: options.now } : {}),
    ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
  });
  return { findings: [...live.findings, ...releases.findings], plan: live.plan, releases };
}

/** The plan for a job summary: a heading and the plan text in a code block (its names come from GitHub). */
export function planMarkdown(plan: LivePlan): string {
  return `### Plan for ${plan.repository}\n\n${fenced(planText(plan).trimEnd())}\n`;
}

/**
 * Drift is an error finding, what `check --live` fails on. Warnings (a ruleset GitHub has and the
 * repository does not describe, a branch that does not render) are listed in the issue but alone
 * open none: they may be meant to stay, and an issue that can never close is noise.
 */
export function isDrift(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Opens, updates or closes the drift issue so that it matches `findings`. */
export async function syncDriftIssue(options: DriftIssueOptions): Promise<DriftIssueResult> {
  const { gh } = options;
  const label = options.label ?? DRIFT_LABEL;
  const open = (
    await call(gh, "listing the open issues", "read", () =>
      listAll<IssueItem>(gh, "GET /repos/{owner}/{repo}/issues", {
        state: "open",
        labels: label,
        sort: "created",
        direction: "asc",
      }),
    )
  ).filter((i) => !i.pull_request && (i.body ?? "").includes(DRIFT_MARKER));
  const [issue, ...duplicates] = open.sort((a, b) => a.number - b.number);
  const duplicatesClosed: number[] = [];
  for (const d of duplicates) {
    await close(gh, d.number, `Closed as a duplicate of #${String(issue?.number)}.`, "not_planned");
    duplicatesClosed.push(d.number);
  }
  const drift = isDrift(options.findings);
  if (!drift) {
    if (!issue) return { action: "none", duplicatesClosed };
    const run = options.runUrl ? ` ([run](${options.runUrl}))` : "";
    await close(gh, issue.number, `No drift any more${run}: GitHub matches the repository.`, "completed");
    return { action: "closed", number: issue.number, url: issue.html_url, duplicatesClosed };
  }
  const core = driftBody(options.findings, options.plan);
  const body = `${core}\n${options.runUrl ? `\n_Written by [this run](${options.runUrl})._\n` : ""}`;
  if (!issue) {
    const { data } = await call(gh, "opening the drift issue", "write", () =>
      gh.client.request("POST /repos/{owner}/{repo}/issues", {
        owner: gh.owner,
        repo: gh.repo,
        title: options.title ?? DRIFT_TITLE,
        body,
        labels: [label],
      }),
    );
    const created = data as IssueItem;
    // GitHub silently drops a label the token may not set; unlabelled, the issue would never be
    // found again and every run would open another. Stop here instead.
    if (!hasLabel(created, label))
      throw new UserError(
        `GitHub opened drift issue #${created.number} in ${gh.owner}/${gh.repo} without the label "${label}", so later runs could not find it; give the issue token "issues: write" and re-run`,
      );
    return { action: "opened", number: created.number, url: created.html_url, duplicatesClosed };
  }
  // Only the drift decides whether the issue changes: a new run link alone is no reason to edit it.
  if ((issue.body ?? "").startsWith(`${core}\n`))
    return { action: "unchanged", number: issue.number, url: issue.html_url, duplicatesClosed };
  await call(gh, `updating issue #${issue.number}`, "write", () =>
    gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: issue.number,
      body,
    }),
  );
  return { action: "updated", number: issue.number, url: issue.html_url, duplicatesClosed };
}

/**
 * The issue text before the run link. Finding messages hold text from GitHub and the repository
 * (ruleset names, `@team` reviewers), so they go in a code block: no markdown, no mentions.
 */
export function driftBody(findings: readonly Finding[], plan?: string): string {
  const listedFindings = findings.filter((f) => f.severity !== "notice");
  const lines = listedFindings.map(
    (f) => `${f.severity} ${f.tool}/${f.rule}${f.file ? ` ${f.file}` : ""}: ${f.message}`,
  );
  const parts = [
    DRIFT_MARKER,
    "GitHub's governance settings or release branches differ from what this repository describes.",
    "This issue is kept up to date by the governance workflow and closes itself when the drift is gone.",
    "",
    `### ${listedFindings.length} finding(s)`,
    "",
    fenced(lines.join("\n")),
  ];
  if (plan?.trim()) parts.push("", "### Plan (`gitops governance plan`)", "", fenced(plan.trimEnd()));
  parts.push(
    "",
    "Run `gitops governance apply` (rulesets, environments) or bring the release branches back in line.",
  );
  return parts.join("\n");
}

/** A code block whose fence is longer than any backtick run inside, so the text cannot end it. */
function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}

async function close(
  gh: GitHubRepo,
  number: number,
  comment: string,
  reason: "completed" | "not_planned",
): Promise<void> {
  await call(gh, `commenting on issue #${number}`, "write", () =>
    gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: number,
      body: comment,
    }),
  );
  await call(gh, `closing issue #${number}`, "write", () =>
    gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: number,
      state: "closed",
      state_reason: reason,
    }),
  );
}

/** A refused call names the "Issues" permission; the token is never part of the message. */
async function call<T>(
  gh: GitHubRepo,
  what: string,
  access: "read" | "write",
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const status = statusOf(err);
    const slug = `${gh.owner}/${gh.repo}`;
    if (status === 401) throw new UserError(`GitHub rejected the token (401) for ${what} of ${slug}`);
    if (status === 403)
      throw new UserError(
        `GitHub refused ${what} of ${slug} (${status}): the token needs the "Issues" permission (${access})`,
      );
    throw new UserError(`GitHub failed ${what} of ${slug}: ${messageOf(err)}`);
  }
}
