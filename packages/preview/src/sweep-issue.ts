/**
 * The sweeper's report: one open issue, found again by a hidden marker on its first line, that
 * lists the stale previews. It is opened on the first stale preview, edited only when the list
 * changes (so a re-run changes nothing), and closed when nothing is stale any more.
 */
import { UserError } from "../../core/src/errors.js";
import { listAll, statusOf, type GitHubClient, type GitHubRepo } from "../../promote/src/github.js";
import type { PullState, StalePreview } from "./sweep.js";

export const SWEEP_MARKER = "<!-- gitops-actions:preview-sweep -->";
export const SWEEP_TITLE = "Stale preview environments";

export type SweepIssueAction = "opened" | "updated" | "unchanged" | "closed" | "none";

interface IssueItem {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
}

const REASONS: Record<StalePreview["reason"], string> = {
  closed: "pull request closed",
  merged: "pull request merged",
  missing: "pull request not found",
  ttl: "older than preview.ttl",
};

/** The issue's text: stable for the same stale list, so re-runs leave the issue alone. */
export function sweepIssueBody(
  stale: readonly StalePreview[],
  deleted: readonly string[],
  ttl: string,
): string {
  const gone = new Set(deleted);
  const rows = stale.map(
    (p) =>
      `| \`${p.name}\` | \`${p.applicationSet}\` | ${p.pullRequest !== undefined ? `#${p.pullRequest}` : "—"} | ${p.createdAt ?? "—"} | ${REASONS[p.reason]} | ${gone.has(p.name) ? "deleted" : "reported"} |`,
  );
  return [
    SWEEP_MARKER,
    `${stale.length} preview Application(s) outlived their pull request${ttl ? ` or preview.ttl (${ttl})` : ""}.`,
    "Set `preview.sweep: delete` in .gitops.yaml to let the sweeper delete them through Argo CD.",
    "This issue is kept up to date by the preview sweeper and closes itself when nothing is stale.",
    "",
    "| Application | ApplicationSet | Pull request | Created | Why | Action |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

/** Opens, updates or closes the sweep issue so that it says `body` (undefined: nothing is stale). */
export async function syncSweepIssue(
  gh: GitHubRepo,
  body: string | undefined,
): Promise<{ action: SweepIssueAction; number?: number; url?: string }> {
  const open = (
    await call("listing the open issues", () =>
      listAll<IssueItem>(gh, "GET /repos/{owner}/{repo}/issues", {
        state: "open",
        sort: "created",
        direction: "asc",
      }),
    )
  ).filter((i) => !i.pull_request && (i.body ?? "").split(/\r?\n/, 1)[0] === SWEEP_MARKER);
  const issue = open.sort((a, b) => a.number - b.number)[0];
  const at = (n: number) => ({ owner: gh.owner, repo: gh.repo, issue_number: n });
  if (body === undefined) {
    if (!issue) return { action: "none" };
    await call(`closing issue #${issue.number}`, () =>
      gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...at(issue.number),
        state: "closed",
        state_reason: "completed",
      }),
    );
    return { action: "closed", number: issue.number, url: issue.html_url };
  }
  if (!issue) {
    const { data } = await call("opening the sweep issue", () =>
      gh.client.request("POST /repos/{owner}/{repo}/issues", {
        owner: gh.owner,
        repo: gh.repo,
        title: SWEEP_TITLE,
        body,
      }),
    );
    const created = data as IssueItem;
    return { action: "opened", number: created.number, url: created.html_url };
  }
  if (issue.body === body) return { action: "unchanged", number: issue.number, url: issue.html_url };
  await call(`updating issue #${issue.number}`, () =>
    gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...at(issue.number), body }),
  );
  return { action: "updated", number: issue.number, url: issue.html_url };
}

/** A pull request's state from GitHub: open, closed, merged, or missing (404). */
export function pullStateFrom(client: GitHubClient) {
  return async (github: { owner: string; repo: string }, number: number): Promise<PullState> => {
    try {
      const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
        owner: github.owner,
        repo: github.repo,
        pull_number: number,
      });
      const pr = data as { state?: string; merged_at?: string | null };
      if (pr.state === "open") return "open";
      return pr.merged_at ? "merged" : "closed";
    } catch (err) {
      if (statusOf(err) === 404) return "missing";
      throw new UserError(
        `GitHub refused reading pull request ${github.owner}/${github.repo}#${number}: ${messageOf(err)}`,
      );
    }
  };
}

async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const status = statusOf(err);
    const hint = status === 403 || status === 404 ? " (the token needs issues: write)" : "";
    throw new UserError(`GitHub refused ${what}${hint}: ${messageOf(err)}`);
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
