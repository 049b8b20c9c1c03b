/**
 * Seeding helpers: put the world a test starts from into the fake. Each
 * takes `repo` to target another repository than the server's default one.
 */
import type { PullRecord } from "./factories/pulls.js";
import { addComment, createIssue, createPull, createRelease, ensureLabel } from "./mutations.js";
import {
  type CheckRunRecord,
  type CommentRecord,
  type CommitRecord,
  type FakeState,
  type IssueRecord,
  type LabelRecord,
  type ReleaseRecord,
  type RepoRecord,
  type RepoSettings,
  type Role,
  shaOf,
} from "./state.js";

/** Who seeded objects belong to unless a test says otherwise. */
export const DEFAULT_AUTHOR = "octocat";

interface InRepo {
  repo?: RepoRecord;
}

export class Seeder {
  constructor(
    private readonly state: FakeState,
    private readonly defaultRepo: RepoRecord,
  ) {}

  /** Adds (or returns) another repository. */
  repo(owner: string, name: string, defaultBranch = "main"): RepoRecord {
    return this.state.addRepo(owner, name, defaultBranch);
  }

  /** Points a branch or tag at a commit; unseeded refs get a stable made-up SHA. */
  ref(name: string, sha: string, opts: InRepo = {}): void {
    (opts.repo ?? this.defaultRepo).refs.set(name, sha);
  }

  issue(
    opts: InRepo & {
      title?: string;
      body?: string;
      user?: string;
      labels?: string[];
      state?: "open" | "closed";
    } = {},
  ): IssueRecord {
    return createIssue(this.state, opts.repo ?? this.defaultRepo, {
      ...opts,
      title: opts.title ?? "An issue",
      user: opts.user ?? DEFAULT_AUTHOR,
    });
  }

  pull(
    opts: InRepo & {
      head: string;
      base?: string;
      title?: string;
      body?: string;
      user?: string;
      labels?: string[];
      draft?: boolean;
      state?: "open" | "closed";
    },
  ): PullRecord {
    const repo = opts.repo ?? this.defaultRepo;
    return createPull(this.state, repo, {
      ...opts,
      title: opts.title ?? `Update ${opts.head}`,
      base: opts.base ?? repo.defaultBranch,
      user: opts.user ?? DEFAULT_AUTHOR,
    });
  }

  /** A comment on an issue or pull request (which must exist). */
  comment(opts: InRepo & { issue: number; body: string; user?: string }): CommentRecord {
    const repo = opts.repo ?? this.defaultRepo;
    const parent = repo.issues.get(opts.issue);
    if (!parent) throw new Error(`seed: no issue #${opts.issue} in ${repo.owner}/${repo.name}`);
    return addComment(this.state, repo, parent, opts.body, opts.user ?? DEFAULT_AUTHOR);
  }

  label(name: string, opts: InRepo & { color?: string } = {}): LabelRecord {
    return ensureLabel(this.state, opts.repo ?? this.defaultRepo, name, opts.color);
  }

  /** The user's role on the repository, as the collaborator permission endpoint reports it. */
  role(login: string, role: Role, opts: InRepo = {}): void {
    this.state.user(login);
    (opts.repo ?? this.defaultRepo).roles.set(login.toLowerCase(), role);
  }

  teamMember(org: string, team: string, login: string, role: "member" | "maintainer" = "member"): void {
    this.state.user(login);
    const key = `${org}/${team}`.toLowerCase();
    const members = this.state.teams.get(key) ?? new Map<string, "member" | "maintainer">();
    members.set(login.toLowerCase(), role);
    this.state.teams.set(key, members);
  }

  /** A check run on the commit `ref` (a SHA, branch or tag) points at. */
  checkRun(
    opts: InRepo & {
      ref: string;
      name: string;
      status?: CheckRunRecord["status"];
      conclusion?: string | null;
    },
  ): CheckRunRecord {
    const repo = opts.repo ?? this.defaultRepo;
    const status = opts.status ?? (opts.conclusion ? "completed" : "queued");
    const now = this.state.now();
    const record: CheckRunRecord = {
      id: this.state.nextId(),
      headSha: shaOf(repo, opts.ref),
      name: opts.name,
      status,
      conclusion: opts.conclusion ?? null,
      startedAt: now,
      completedAt: status === "completed" ? now : null,
      externalId: null,
      detailsUrl: null,
      output: { title: null, summary: null, text: null },
    };
    repo.checkRuns.push(record);
    return record;
  }

  /**
   * A commit GitHub knows, by its (real) SHA: verified with reason "valid" when `verified`, else
   * "unsigned" unless `reason` says otherwise. `login` defaults to the seeded author `octocat`.
   */
  commit(
    opts: InRepo & {
      sha: string;
      message?: string;
      author?: { name: string; email: string };
      login?: string | null;
      verified?: boolean;
      reason?: string;
      files?: string[];
      parents?: string[];
    },
  ): CommitRecord {
    const repo = opts.repo ?? this.defaultRepo;
    const verified = opts.verified ?? false;
    const now = this.state.now();
    const record: CommitRecord = {
      sha: opts.sha,
      message: opts.message ?? "A commit",
      author: { ...(opts.author ?? { name: "Octo Cat", email: "octocat@example.com" }), date: now },
      login: opts.login === undefined ? DEFAULT_AUTHOR : opts.login,
      verification: {
        verified,
        reason: opts.reason ?? (verified ? "valid" : "unsigned"),
        signature: verified ? "-----BEGIN PGP SIGNATURE-----\n...\n-----END PGP SIGNATURE-----" : null,
        verifiedAt: verified ? now : null,
      },
      files: opts.files ?? [],
      parents: opts.parents ?? [],
    };
    if (record.login !== null) this.state.user(record.login);
    repo.commits.set(record.sha, record);
    return record;
  }

  /** Changes repository settings (see `RepoSettings`). */
  settings(patch: Partial<RepoSettings>, opts: InRepo = {}): void {
    Object.assign((opts.repo ?? this.defaultRepo).settings, patch);
  }

  /** Sets the commits of a pull request (seeded with `commit` first), oldest first. */
  pullCommits(pr: number, shas: string[], opts: InRepo = {}): void {
    const repo = opts.repo ?? this.defaultRepo;
    const pull = repo.issues.get(pr);
    if (!pull?.pull) throw new Error(`seed: no pull request #${pr} in ${repo.owner}/${repo.name}`);
    for (const sha of shas)
      if (!repo.commits.has(sha)) throw new Error(`seed: commit ${sha} was not seeded with seed.commit`);
    repo.pullCommits.set(pr, [...shas]);
  }

  release(
    opts: InRepo & {
      tag: string;
      name?: string;
      body?: string;
      draft?: boolean;
      prerelease?: boolean;
      author?: string;
    },
  ): ReleaseRecord {
    return createRelease(this.state, opts.repo ?? this.defaultRepo, {
      ...opts,
      tagName: opts.tag,
      author: opts.author ?? DEFAULT_AUTHOR,
    });
  }
}
