/**
 * A GitHub release per deployment to an env (prod by default), tagged
 * `deploy/<env>/<yyyy.mm.dd>-<n>` at the deployed commit, with the notes.
 * No state is kept anywhere else: each release's body carries a hidden marker
 * naming env and commit, so a re-run lists the releases, finds the marker
 * and creates nothing twice.
 */
import { call, listPages, type GitHubRepo } from "./github.js";
import { changeText, entryByline, mdText } from "./markdown.js";
import { deployTagPrefix } from "./range.js";
import type { Entry } from "./types.js";

/** One commit's deployment to one env: the entries of all services it changed. */
export interface Deployment {
  env: string;
  commit: string;
  date: string;
  entries: Entry[];
}

/** The entries of `env` grouped by commit, newest first. */
export function deploymentsOf(entries: readonly Entry[], env: string): Deployment[] {
  const byCommit = new Map<string, Deployment>();
  for (const e of entries.filter((x) => x.env === env)) {
    const d = byCommit.get(e.commit) ?? { env, commit: e.commit, date: e.date, entries: [] };
    d.entries.push(e);
    byCommit.set(e.commit, d);
  }
  return [...byCommit.values()];
}

/** `deploy/prod/2026.11.20-2`: the n-th deployment to `env` on that UTC day. */
export function releaseTag(env: string, date: string, n: number): string {
  return `${deployTagPrefix(env)}${date.slice(0, 10).replace(/-/g, ".")}-${n}`;
}

/** The hidden line that ties a release to its deployment. */
export function releaseMarker(env: string, commit: string): string {
  return `<!-- gitops-changelog-release:${env}:${commit} -->`;
}

/** Release notes: the deployment's services and what moved in each. */
export function releaseNotes(d: Deployment): string {
  const lines = [`Deployed to **${mdText(d.env)}** on ${d.date}.`, ""];
  for (const e of d.entries) {
    lines.push(
      `### ${mdText(e.service)}`,
      "",
      `- ${entryByline(e)}`,
      ...e.changes.map((c) => `- ${changeText(c)}`),
      "",
    );
  }
  lines.push(releaseMarker(d.env, d.commit), "");
  return lines.join("\n");
}

/** A release as the list endpoint returns it (the fields we read). */
interface ReleaseData {
  tag_name: string;
  body?: string | null;
  html_url: string;
}

/** Every release of the repository, newest first (at most 1,000). */
export function listReleases(gh: GitHubRepo): Promise<ReleaseData[]> {
  return listPages<ReleaseData>(gh, "GET /repos/{owner}/{repo}/releases", {}, "list releases", {
    maxPages: 10,
  });
}

/** Per env, the commit of its newest release (by marker): where the next changelog starts when no tag is fetched. */
export function lastReleasedCommits(releases: readonly ReleaseData[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const r of releases) {
    const m = /<!-- gitops-changelog-release:([a-z0-9._-]+):([0-9a-f]{40}) -->/.exec(r.body ?? "");
    if (m?.[1] && m[2] && !(m[1] in found)) found[m[1]] = m[2];
  }
  return found;
}

/** What happened to one deployment's release. */
export interface ReleaseResult {
  commit: string;
  /** Empty for a skipped deployment. */
  tag: string;
  status: "created" | "exists" | "skipped";
  url?: string;
}

export interface PublishOptions {
  /** Deployments of one env, newest first. */
  deployments: readonly Deployment[];
  /** At most this many new releases, for the newest deployments; older ones are reported as skipped. */
  max: number;
  /** `deploy/<env>/*` tags already in the clone, tag → commit: their names are taken, and reused for their commit. */
  localTags: ReadonlyMap<string, string>;
}

/** Creates the releases the deployments lack, oldest first so a day's numbers follow the order of deploys. */
export async function publishReleases(gh: GitHubRepo, options: PublishOptions): Promise<ReleaseResult[]> {
  const releases = await listReleases(gh);
  const taken = new Set([...releases.map((r) => r.tag_name), ...options.localTags.keys()]);
  const results: ReleaseResult[] = [];
  for (const d of [...options.deployments].reverse()) {
    const marker = releaseMarker(d.env, d.commit);
    const existing = releases.find((r) => (r.body ?? "").includes(marker));
    if (existing) {
      results.push({ commit: d.commit, tag: existing.tag_name, status: "exists", url: existing.html_url });
      continue;
    }
    if (options.deployments.indexOf(d) >= options.max) {
      results.push({ commit: d.commit, tag: "", status: "skipped" });
      continue;
    }
    // A deploy tag already on this commit (made by hand, or a release deleted since) names its release.
    const tagged = [...options.localTags].find(
      ([tag, sha]) => sha === d.commit && !releases.some((r) => r.tag_name === tag),
    );
    const tag = tagged?.[0] ?? nextTag(d, taken);
    taken.add(tag);
    const { data } = await call(
      gh,
      "POST /repos/{owner}/{repo}/releases",
      {
        tag_name: tag,
        target_commitish: d.commit,
        name: `${d.env} ${tag.slice(deployTagPrefix(d.env).length)}`,
        body: releaseNotes(d),
      },
      `create release ${tag}`,
    );
    results.push({ commit: d.commit, tag, status: "created", url: (data as ReleaseData).html_url });
  }
  return results.reverse();
}

function nextTag(d: Deployment, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(releaseTag(d.env, d.date, n))) n++;
  return releaseTag(d.env, d.date, n);
}
