/**
 * Other pull requests than the one asked about, to learn what a template depends on: whether a
 * namespace is per pull request (another pull request gets another one), and how long a name gets
 * for the longest branch_slug Argo CD makes (50 characters).
 */
import type { PullRequestParams } from "../../core/src/appset/index.js";
import { isObject } from "../../core/src/model/applications.js";
import type { PreviewSet } from "./sets.js";

/** A head SHA that differs from `sha` in every character, so short SHAs differ too. */
function otherSha(sha: string): string {
  return sha.replace(/[0-9a-f]/gi, (c) => (parseInt(c, 16) ^ 0xf).toString(16));
}

/**
 * Pull requests that differ from `pr` in number, branch and head, and pass the same label and
 * title filters: the first one a set selects stands for "another pull request". Two branch
 * spellings, since a branchMatch may anchor either end. `longestBranch` has a branch whose slug
 * is as long as branch_slug gets.
 */
export function otherPullRequests(pr: PullRequestParams): {
  compare: PullRequestParams[];
  longestBranch: PullRequestParams;
} {
  const other = (branch: string): PullRequestParams => ({
    ...pr,
    number: pr.number + 1,
    branch,
    headSha: otherSha(pr.headSha),
  });
  return {
    compare: [other(`${pr.branch}-other`), other(`other-${pr.branch}`)],
    // "-a" pairs: the slug is cut at a dash, so it ends up 49 or 50 characters long.
    longestBranch: { ...pr, branch: `${pr.branch}${"-a".repeat(30)}` },
  };
}

/** What a set's pullRequest generators require of a pull request, for the "no preview" message. */
export function describeSelection(set: PreviewSet): string {
  const parts = set.generators.map((g) => {
    const needs: string[] = [];
    for (const [provider, cfg] of Object.entries(g)) {
      if (!isObject(cfg) || provider === "filters") continue;
      const labels = Array.isArray(cfg.labels) ? cfg.labels.filter((l) => typeof l === "string") : [];
      if (labels.length > 0) needs.push(`every label of [${labels.join(", ")}]`);
    }
    const filters = Array.isArray(g.filters) ? g.filters.filter(isObject) : [];
    const described = filters.map((f) =>
      (["branchMatch", "targetBranchMatch", "titleMatch"] as const)
        .filter((k) => typeof f[k] === "string")
        .map((k) => `${k} ${JSON.stringify(f[k])}`)
        .join(" and "),
    );
    if (described.length > 0) needs.push(`one of the filters ${described.join(" | ")}`);
    return needs.length > 0 ? needs.join(", ") : "a pull request of the repository it watches";
  });
  return `ApplicationSet ${set.name} (${set.file}) needs ${parts.join(" or ")}`;
}
