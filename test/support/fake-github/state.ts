/**
 * The in-memory GitHub the fake serves: plain records that tests seed and
 * read back. Timestamps come from a clock that ticks one second per event,
 * so ordering by time is stable and runs are reproducible.
 */
import { createHash } from "node:crypto";

import type { RepoRecord, UserRecord } from "./records.js";

export type * from "./records.js";

/** Everything the fake knows; one per server, so tests never share state. */
export class FakeState {
  readonly users = new Map<string, UserRecord>();
  readonly repos = new Map<string, RepoRecord>();
  /** `org/team-slug` to member login to role. */
  readonly teams = new Map<string, Map<string, "member" | "maintainer">>();
  /** Token to the login it authenticates. */
  readonly tokens = new Map<string, string>();
  private lastId = 1000;
  private clock = Date.UTC(2024, 0, 1);

  /** A fresh id, unique across every kind of object. */
  nextId(): number {
    return ++this.lastId;
  }

  /** The current time as GitHub prints it, advanced one second per call. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  /** The user with this login, created on first mention. */
  user(login: string, type: UserRecord["type"] = login.endsWith("[bot]") ? "Bot" : "User"): UserRecord {
    let user = this.users.get(login.toLowerCase());
    if (!user) {
      user = { login, id: this.nextId(), type };
      this.users.set(login.toLowerCase(), user);
    }
    return user;
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(owner: string, name: string, defaultBranch = "main"): RepoRecord {
    const existing = this.repo(owner, name);
    if (existing) return existing;
    this.user(owner, "Organization");
    const repo: RepoRecord = {
      id: this.nextId(),
      owner,
      name,
      defaultBranch,
      private: true,
      nextNumber: 1,
      issues: new Map(),
      comments: new Map(),
      labels: new Map(),
      refs: new Map(),
      checkRuns: [],
      roles: new Map(),
      releases: new Map(),
      commits: new Map(),
      pullCommits: new Map(),
      settings: { actionsCanCreatePullRequests: true, allowAutoMerge: false },
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }
}

/**
 * The SHA a ref points at: a 40-hex SHA is itself, a known branch or tag
 * its commit, and an unknown name gets a stable made-up commit.
 */
export function shaOf(repo: RepoRecord, ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref)) return ref;
  const name = ref.replace(/^refs\/(heads|tags)\//, "");
  let sha = repo.refs.get(name);
  if (!sha) {
    sha = createHash("sha1").update(`${repo.owner}/${repo.name}:${name}`).digest("hex");
    repo.refs.set(name, sha);
  }
  return sha;
}
