/** API objects for releases, check runs and team memberships. */
import type { CheckRunRecord, ReleaseRecord, RepoRecord } from "../state.js";
import { repoApi, repoHtml } from "./repos.js";
import { enc, type Site, userByLogin } from "./users.js";

/** `release`; assets are always empty since the fake stores no files. */
export function release(site: Site, repo: RepoRecord, record: ReleaseRecord): Record<string, unknown> {
  const api = `${repoApi(site, repo)}/releases/${record.id}`;
  const html = repoHtml(site, repo);
  const tag = enc(record.tagName);
  return {
    url: api,
    html_url: `${html}/releases/${record.draft ? `untagged-${record.id}` : `tag/${tag}`}`,
    assets_url: `${api}/assets`,
    upload_url: `${site.base}/uploads/repos/${enc(repo.owner)}/${enc(repo.name)}/releases/${record.id}/assets{?name,label}`,
    tarball_url: `${repoApi(site, repo)}/tarball/${tag}`,
    zipball_url: `${repoApi(site, repo)}/zipball/${tag}`,
    id: record.id,
    node_id: `RE_${record.id}`,
    tag_name: record.tagName,
    target_commitish: record.targetCommitish,
    name: record.name,
    body: record.body,
    draft: record.draft,
    prerelease: record.prerelease,
    created_at: record.createdAt,
    published_at: record.publishedAt,
    author: userByLogin(site, record.author),
    assets: [],
  };
}

/** `check-run`; the app is left null since the fake has no GitHub Apps. */
export function checkRun(site: Site, repo: RepoRecord, record: CheckRunRecord): Record<string, unknown> {
  const api = `${repoApi(site, repo)}/check-runs/${record.id}`;
  return {
    id: record.id,
    head_sha: record.headSha,
    node_id: `CR_${record.id}`,
    external_id: record.externalId,
    url: api,
    html_url: `${repoHtml(site, repo)}/runs/${record.id}`,
    details_url: record.detailsUrl,
    status: record.status,
    conclusion: record.conclusion,
    started_at: record.startedAt,
    completed_at: record.completedAt,
    output: { ...record.output, annotations_count: 0, annotations_url: `${api}/annotations` },
    name: record.name,
    check_suite: { id: record.id },
    app: null,
    pull_requests: [],
  };
}

/** `team-membership`. */
export function teamMembership(site: Site, org: string, slug: string, login: string, role: string) {
  return {
    url: `${site.base}/organizations/${enc(org)}/team/${enc(slug)}/memberships/${enc(login)}`,
    role,
    state: "active",
  };
}
