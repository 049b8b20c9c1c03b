// The status fixture (a copy of the example with real commits, the swagger-checked fake Argo CD)
// plus the OpenAPI-checked fake GitHub where the alert issues live, and one observe run in-process.
import { afterEach, beforeEach } from "vitest";

import { loadModel } from "../../packages/core/src/index.js";
import {
  ArgoClient,
  observeAlerts,
  type AlertRule,
  type ObserveResult,
} from "../../packages/argocd/src/index.js";
import { fetchClient, type GitHubRepo } from "../../packages/promote/src/github.js";
import { startFakeGitHub, type FakeGitHub, type IssueRecord } from "../support/fake-github/index.js";
import { useStatusFixture, type StatusFixture } from "../status/fixture.js";

export const RUN_URL = "https://github.com/acme/infra-gitops/actions/runs/7";

export interface ObserveFixture {
  status: { current: StatusFixture };
  gh: { current: FakeGitHub };
}

/** Per test: the status fixture and a fresh fake GitHub, checked clean and closed after. */
export function useObserveFixture(): ObserveFixture {
  const status = useStatusFixture();
  const gh = {} as { current: FakeGitHub };
  beforeEach(async () => {
    gh.current = await startFakeGitHub();
  });
  afterEach(async () => {
    gh.current.assertClean();
    await gh.current.close();
  });
  return { status, gh };
}

export function githubRepo(gh: FakeGitHub, token = gh.token): GitHubRepo {
  return {
    client: fetchClient({ token, baseUrl: gh.url, userAgent: "gitops-test" }),
    owner: gh.owner,
    repo: gh.repo,
  };
}

/** One observe run against both fakes. */
export async function observe(
  fx: ObserveFixture,
  options: { graceMs?: number; now?: Date; rules?: AlertRule[]; gh?: GitHubRepo } = {},
): Promise<ObserveResult> {
  const { repo, fake } = fx.status.current;
  return observeAlerts({
    model: await loadModel(repo.dir),
    client: new ArgoClient({ baseUrl: fake.url, token: fake.token }),
    gh: options.gh ?? githubRepo(fx.gh.current),
    graceMs: options.graceMs ?? 0,
    runUrl: RUN_URL,
    ...(options.now ? { now: options.now } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  });
}

/** The issues of the fake repository (pull requests left out), by number. */
export function issuesOf(gh: FakeGitHub): IssueRecord[] {
  return [...gh.repository.issues.values()].filter((i) => !i.pull).sort((a, b) => a.number - b.number);
}

export function commentsOf(gh: FakeGitHub, issue: number): string[] {
  return [...gh.repository.comments.values()]
    .filter((c) => c.issueNumber === issue)
    .sort((a, b) => a.id - b.id)
    .map((c) => c.body);
}

/** How many requests wrote something (POST, PATCH, PUT, DELETE). */
export function writes(gh: FakeGitHub): number {
  return gh.requests.filter((r) => r.method !== "GET").length;
}
