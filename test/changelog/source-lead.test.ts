// Lead time from the service commit: image bumps whose commits carry Source-Repository and
// Source-Commit trailers (gitops bump --commit) start their lead time at that commit, dated by a
// Source-Commit-Date trailer or by GitHub; other bumps keep the git measure. Real git histories,
// and the OpenAPI-checked fake GitHub for the commit look-ups.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  collectMetrics,
  dashboardHtml,
  metricsMarkdown,
  type LeadTime,
} from "../../packages/changelog/src/index.js";
import { fetchClient } from "../../packages/promote/src/github.js";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { git, GIT_ENV } from "../support/git.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { at, datedRepo, layoutFiles, overlay, values, type DatedRepo } from "./fixture.js";

const WEB_SHA = "a".repeat(40);
const QUEUE_SHA = "b".repeat(40);
const LOST_SHA = "c".repeat(40);

const trailers = (repo: string, sha: string, date?: string) =>
  `\n\nSource-Repository: ${repo}\nSource-Commit: ${sha}${date ? `\nSource-Commit-Date: ${date}` : ""}`;

interface History {
  repo: DatedRepo;
  webBump: string;
  queueMerge: string;
  plainBump: string;
  promote: string;
  lostBump: string;
}

/**
 * - day 1: web 1.1.0 bumped in staging, with a dated trailer (source commit day 0 + 12 h);
 * - day 2: a bump branch for queue (branch commit day 1 + 12 h, trailers without a date, source
 *   commit dated on GitHub) merged with a merge commit;
 * - day 3: web 1.2.0 bumped by hand, no trailers (written day 2 + 20 h);
 * - day 4: web 1.1.0 promoted to prod from the day-1 bump;
 * - day 5: queue bumped with trailers naming a commit GitHub does not know.
 */
function history(): History {
  const repo = datedRepo(layoutFiles());
  const webBump = repo.commitAt(
    `bump web in staging to 1.1.0${trailers("example-org/web", WEB_SHA, at(0, 12))}`,
    { "apps/web/overlays/staging/kustomization.yaml": overlay("web", "1.1.0") },
    { date: at(1) },
  );
  repo.git("checkout", "--quiet", "-b", "bump/staging/queue");
  repo.commitAt(
    `bump queue in staging to 0.9.1${trailers("example-org/queue", QUEUE_SHA)}`,
    { "apps/queue/overlays/staging/values.yaml": values("0.9.1", "staging") },
    { date: at(1, 12) },
  );
  repo.git("checkout", "--quiet", "main");
  repo.gitAt(
    { date: at(2) },
    "merge",
    "--quiet",
    "--no-ff",
    "-m",
    "Merge pull request #7 from example-org/bump/staging/queue",
    "bump/staging/queue",
  );
  const queueMerge = repo.git("rev-parse", "HEAD");
  const plainBump = repo.commitAt(
    "Bump web to 1.2.0 in staging (#8)",
    { "apps/web/overlays/staging/kustomization.yaml": overlay("web", "1.2.0") },
    { date: at(3), authored: at(2, 20) },
  );
  const promote = repo.commitAt(
    `Promote web to prod\n\nPromoted-From: staging@${webBump}`,
    { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.1.0") },
    { date: at(4) },
  );
  const lostBump = repo.commitAt(
    `bump queue in staging to 0.9.2${trailers("example-org/queue", LOST_SHA)}`,
    { "apps/queue/overlays/staging/values.yaml": values("0.9.2", "staging") },
    { date: at(5), authored: at(4, 23) },
  );
  return { repo, webBump, queueMerge, plainBump, promote, lostBump };
}

const of = (list: readonly LeadTime[], commit: string, env = "staging") => {
  const found = list.find((l) => l.commit === commit && l.env === env);
  if (!found) throw new Error(`no lead time for ${env} ${commit}`);
  return found;
};

describe("lead time from the source commit", () => {
  beforeAll(() => {
    // `gitops bump --commit` runs git in-process: no user config (a CI HOME has none), a fixed identity.
    Object.assign(process.env, GIT_ENV);
  });
  let gh: FakeGitHub | undefined;
  beforeEach(() => {
    for (const v of ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL"]) Reflect.deleteProperty(process.env, v);
  });
  afterEach(async () => {
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  /** The fake with example-org/queue holding QUEUE_SHA, authored day 1 + 2 h. */
  async function github(): Promise<FakeGitHub> {
    gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
    const queue = gh.seed.repo("example-org", "queue");
    const commit = gh.seed.commit({ repo: queue, sha: QUEUE_SHA, message: "queue: faster retries" });
    commit.author.date = at(1, 2);
    return gh;
  }

  it("dates sources by trailer without a token, and keeps the git measure for the rest", async () => {
    const h = history();
    const report = await collectMetrics({ repo: h.repo.dir });
    // Staging web 1.1.0 landed day 1 09:00; its source commit is day 0 + 12 h: 12 hours.
    expect(of(report.leadTimes, h.webBump)).toEqual({
      env: "staging",
      service: "web",
      commit: h.webBump,
      date: at(1),
      hours: 12,
      from: "trailer",
      source: { repository: "example-org/web", commit: WEB_SHA },
    });
    // The prod promotion follows Promoted-From back to that bump: day 4 minus day 0 + 12 h.
    expect(of(report.leadTimes, h.promote, "prod")).toMatchObject({ hours: 84, from: "trailer" });
    // The queue merge has undated trailers and no token: from its branch commit (day 1 + 12 h).
    expect(of(report.leadTimes, h.queueMerge)).toMatchObject({ hours: 12, from: "git" });
    expect(of(report.leadTimes, h.queueMerge).source).toBeUndefined();
    // The hand-made bump: from its author date (day 2 + 20 h, so day 3 at 05:00) to day 3 at 09:00.
    expect(of(report.leadTimes, h.plainBump)).toMatchObject({ hours: 4, from: "git" });
    const staging = report.environments.find((e) => e.env === "staging");
    expect(staging?.services.find((s) => s.service === "web")?.leadTimeFrom).toEqual({
      trailer: 1,
      github: 0,
      git: 2,
    });
    // The layout commit (platform, queue, web), the queue merge and the lost bump keep git.
    expect(staging?.leadTimeFrom).toEqual({ trailer: 1, github: 0, git: 6 });
    expect(report.sourceLookups).toBeUndefined();
  });

  it("asks GitHub for source commits the trailers do not date, once each, and falls back when it does not know one", async () => {
    const fake = await github();
    const h = history();
    const report = await collectMetrics({
      repo: h.repo.dir,
      github: {
        client: fetchClient({ token: fake.token, baseUrl: fake.url, userAgent: "test" }),
        server: fake.url,
      },
    });
    // Queue merged day 2; GitHub dates its source commit day 1 + 2 h: 22 hours.
    expect(of(report.leadTimes, h.queueMerge)).toMatchObject({
      hours: 22,
      from: "github",
      source: { repository: "example-org/queue", commit: QUEUE_SHA },
    });
    // GitHub does not know LOST_SHA (422): the bump keeps its own author date, day 4 + 23 h to day 5.
    expect(of(report.leadTimes, h.lostBump)).toMatchObject({ hours: 1, from: "git" });
    expect(report.sourceLookups).toEqual({ asked: 2, failed: 1 });
    const asked = fake.requests.filter((r) => r.operationId === "repos/get-commit").map((r) => r.path);
    expect(asked.sort()).toEqual([
      `/repos/example-org/queue/commits/${QUEUE_SHA}`,
      `/repos/example-org/queue/commits/${LOST_SHA}`,
    ]);
    expect(report.environments.find((e) => e.env === "staging")?.leadTimeFrom).toEqual({
      trailer: 1,
      github: 1,
      git: 5,
    });
  });

  it("says where each lead time started in the markdown and the dashboard", async () => {
    const h = history();
    const report = await collectMetrics({ repo: h.repo.dir });
    const md = metricsMarkdown(report);
    expect(md).toContain("| web | 3 | ");
    expect(md).toContain("| trailer 1, git 2 |");
    expect(md).toContain(
      `| ${at(1)} | staging | web | \`${h.webBump.slice(0, 7)}\` | 12 h | \`example-org/web@aaaaaaa\` (Source-Commit-Date) |`,
    );
    expect(md).toContain(
      `| ${at(3)} | staging | web | \`${h.plainBump.slice(0, 7)}\` | 4 h | first commit here (git) |`,
    );
    const html = dashboardHtml(report);
    expect(html).toContain(
      '<td class="from-trailer"><code>example-org/web@aaaaaaa</code> (Source-Commit-Date)</td>',
    );
    expect(html).toContain('<td class="from-git">first commit here (git)</td>');
  });

  it("uses GITHUB_TOKEN in the CLI, and prints the source of each lead time", async () => {
    const fake = await github();
    const h = history();
    Object.assign(process.env, { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url });
    const run = await cli("changelog", "--metrics", "--env", "staging", "--repo", h.repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("`example-org/queue@bbbbbbb` (GitHub)");
    expect(run.stdout).not.toContain(fake.token);
    const json = JSON.parse((await cli("changelog", "--metrics", "--json", "--repo", h.repo.dir)).stdout) as {
      leadTimes: LeadTime[];
    };
    expect(of(json.leadTimes, h.queueMerge).from).toBe("github");
  });

  it("reads the trailers gitops bump --commit writes, end to end on the example", async () => {
    const fake = await github();
    const dir = mkdtempSync(join(tmpdir(), "gitops-source-lead-"));
    copyExample(dir);
    git(dir, "init", "--quiet", "--initial-branch=main");
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "-m", "initial");
    const bump = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "ghcr.io/example-org/web:2.9.0",
      "--commit",
      "--source-repository",
      "example-org/queue",
      "--source-commit",
      QUEUE_SHA,
      "--repo",
      dir,
    );
    expect(bump.code).toBe(0);
    const head = git(dir, "rev-parse", "HEAD");
    const offline = JSON.parse((await cli("changelog", "--metrics", "--json", "--repo", dir)).stdout) as {
      leadTimes: LeadTime[];
    };
    expect(of(offline.leadTimes, head).from).toBe("git");
    Object.assign(process.env, { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url });
    const online = JSON.parse((await cli("changelog", "--metrics", "--json", "--repo", dir)).stdout) as {
      leadTimes: LeadTime[];
    };
    // The source commit is dated 2026-01-06 11:00 on GitHub; the bump was committed now.
    const expected = (Date.parse(git(dir, "log", "-1", "--format=%cI")) - Date.parse(at(1, 2))) / 3_600_000;
    expect(of(online.leadTimes, head)).toMatchObject({
      from: "github",
      source: { repository: "example-org/queue", commit: QUEUE_SHA },
      hours: Math.round(expected * 100) / 100,
    });
  });

  it("exits 2 naming the server when GitHub rejects the token, and never prints it", async () => {
    const fake = await github();
    const h = history();
    Object.assign(process.env, { GITHUB_TOKEN: "ghs_not_a_real_token_123", GITHUB_API_URL: fake.url });
    const run = await cli("changelog", "--metrics", "--repo", h.repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`GitHub at ${fake.url} rejected the token (401)`);
    expect(run.stderr).not.toContain("ghs_not_a_real_token_123");
    fake.takeViolations(); // the unknown token is recorded as an auth violation on purpose
  });
});
