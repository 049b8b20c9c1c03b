// The drift issue's label against the OpenAPI-checked fake GitHub: the issue is opened with
// `gitops-governance` (GitHub creates the label when the repository has none) and found again by
// label and marker together, so neither an outsider quoting the marker nor a labelled issue of
// someone else's is ever edited or closed.
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/index.js";
import { DRIFT_LABEL, DRIFT_MARKER, syncDriftIssue } from "../../packages/governance/src/index.js";
import { fetchClient, type GitHubClient } from "../../packages/promote/src/github.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const drift: Finding = {
  tool: "governance",
  rule: "live/ruleset-drift",
  severity: "error",
  message: 'ruleset "gitops: main" differs: ~ approvals: 2 -> 1',
  file: ".gitops.yaml",
};
const otherDrift: Finding = { ...drift, message: 'ruleset "gitops: main" differs: ~ approvals: 2 -> 0' };

describe("the drift issue's label", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  async function setup() {
    gh = await startFakeGitHub();
    const fake = gh;
    const client = fetchClient({ token: fake.token, baseUrl: fake.url, userAgent: "test" });
    const repo = { client, owner: fake.owner, repo: fake.repo };
    const writesTo = (n: number) =>
      fake.requests.filter(
        (r) => WRITES.has(r.method) && r.path.startsWith(`/repos/acme/infra-gitops/issues/${n}`),
      );
    return { fake, repo, client, writesTo };
  }

  it("opens the issue with gitops-governance, creating the label, and finds it again by it", async () => {
    const { fake, repo } = await setup();
    expect(fake.repository.labels.has(DRIFT_LABEL)).toBe(false);

    const opened = await syncDriftIssue({ gh: repo, findings: [drift] });
    expect(opened.action).toBe("opened");
    const issue = fake.repository.issues.get(opened.number ?? 0);
    expect(issue?.labels).toEqual(["gitops-governance"]);
    expect(fake.repository.labels.get("gitops-governance")?.name).toBe("gitops-governance");
    const create = fake.requests.find((r) => r.operationId === "issues/create");
    expect(create?.body).toMatchObject({ labels: ["gitops-governance"] });

    // Found again through the label filter: unchanged, then edited, then closed, never a second one.
    expect(await syncDriftIssue({ gh: repo, findings: [drift] })).toMatchObject({
      action: "unchanged",
      number: opened.number,
    });
    const lists = fake.requests.filter((r) => r.operationId === "issues/list-for-repo");
    expect(lists.map((r) => r.query.labels)).toEqual(["gitops-governance", "gitops-governance"]);
    expect(await syncDriftIssue({ gh: repo, findings: [otherDrift] })).toMatchObject({
      action: "updated",
      number: opened.number,
    });
    expect(await syncDriftIssue({ gh: repo, findings: [] })).toMatchObject({
      action: "closed",
      number: opened.number,
    });
    expect([...fake.repository.issues.values()].map((i) => [i.number, i.state])).toEqual([
      [opened.number, "closed"],
    ]);
  });

  it("uses the label the repository already has, as it is", async () => {
    const { fake, repo } = await setup();
    fake.seed.label("gitops-governance", { color: "b60205" });
    const opened = await syncDriftIssue({ gh: repo, findings: [drift] });
    expect(fake.repository.issues.get(opened.number ?? 0)?.labels).toEqual(["gitops-governance"]);
    expect([...fake.repository.labels.values()].map((l) => [l.name, l.color])).toEqual([
      ["gitops-governance", "b60205"],
    ]);
  });

  it("leaves alone a marked issue without the label and a labelled issue without the marker", async () => {
    const { fake, repo, writesTo } = await setup();
    const quoted = fake.seed.issue({
      title: "Why does the bot write this?",
      body: `I saw ${DRIFT_MARKER} in an issue`,
      user: "outsider",
    });
    const human = fake.seed.issue({ title: "Rulesets to review", body: "by hand", labels: [DRIFT_LABEL] });
    const opened = await syncDriftIssue({ gh: repo, findings: [drift] });
    expect(opened.action).toBe("opened");
    expect(opened.duplicatesClosed).toEqual([]);
    expect(opened.number).not.toBe(quoted.number);
    expect(opened.number).not.toBe(human.number);

    const closed = await syncDriftIssue({ gh: repo, findings: [] });
    expect(closed).toMatchObject({ action: "closed", number: opened.number });
    for (const other of [quoted, human]) {
      expect(writesTo(other.number), `#${other.number}`).toEqual([]);
      expect(fake.repository.issues.get(other.number)?.state).toBe("open");
    }
  });

  it("takes another label when told", async () => {
    const { fake, repo } = await setup();
    const opened = await syncDriftIssue({ gh: repo, findings: [drift], label: "infra-drift" });
    expect(fake.repository.issues.get(opened.number ?? 0)?.labels).toEqual(["infra-drift"]);
    expect(await syncDriftIssue({ gh: repo, findings: [drift] })).toMatchObject({ action: "opened" });
    expect(await syncDriftIssue({ gh: repo, findings: [drift], label: "infra-drift" })).toMatchObject({
      action: "unchanged",
      number: opened.number,
    });
  });

  it("stops with one clear error when GitHub drops the label, as it does for a token that may not set it", async () => {
    const { fake, client, repo } = await setup();
    // GitHub answers 201 without the label; the fake is told to, on the create call only.
    const dropping: GitHubClient = {
      request: (route, params) => {
        if (route === "POST /repos/{owner}/{repo}/issues")
          fake.tamperNextResponse((res) => ({ ...res, body: { ...(res.body as object), labels: [] } }));
        return client.request(route, params);
      },
    };
    const error = await syncDriftIssue({ gh: { ...repo, client: dropping }, findings: [drift] }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      name: "UserError",
      message:
        'GitHub opened drift issue #1 in acme/infra-gitops without the label "gitops-governance", so later runs could not find it; give the issue token "issues: write" and re-run',
    });
    expect((error as Error).message).not.toContain(fake.token);
  });
});
