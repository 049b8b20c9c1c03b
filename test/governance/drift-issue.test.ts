// The governance workflow's drift issue against the OpenAPI-checked fake GitHub: opened once,
// edited only when the drift changes, closed when it is gone, duplicates closed, never two open.
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/index.js";
import { DRIFT_MARKER, syncDriftIssue } from "../../packages/governance/src/index.js";
import { fetchClient } from "../../packages/promote/src/github.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const RUN = "https://github.com/acme/infra-gitops/actions/runs/7";

const rulesetDrift: Finding = {
  tool: "governance",
  rule: "live/ruleset-drift",
  severity: "error",
  message: 'ruleset "gitops: main" differs: ~ reviewers: ["@acme/platform"] -> []',
  file: ".gitops.yaml",
};
const releaseDrift: Finding = {
  tool: "governance",
  rule: "release/diverged",
  severity: "error",
  message: "release/1.1 has rendered differently from main for 27d 14h ```",
};
const unmanaged: Finding = {
  tool: "governance",
  rule: "live/ruleset-unmanaged",
  severity: "warning",
  message: 'ruleset "legacy" exists on GitHub but the repository does not describe it',
};
const notice: Finding = {
  tool: "governance",
  rule: "release/no-remote",
  severity: "notice",
  message: "no remote",
};

describe("the drift issue", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  async function setup() {
    gh = await startFakeGitHub();
    const fake = gh;
    const repo = {
      client: fetchClient({ token: fake.token, baseUrl: fake.url, userAgent: "test" }),
      owner: fake.owner,
      repo: fake.repo,
    };
    const writes = () => fake.requests.filter((r) => WRITES.has(r.method));
    const marked = () =>
      [...fake.repository.issues.values()].filter((i) => (i.body ?? "").includes(DRIFT_MARKER));
    return { fake, repo, writes, marked };
  }

  it("opens one issue on drift, leaves it alone while the drift is the same, edits it when it changes, closes it when it is gone", async () => {
    const { repo, writes, marked } = await setup();
    expect(await syncDriftIssue({ gh: repo, findings: [notice, unmanaged] })).toMatchObject({
      action: "none",
    });
    expect(writes()).toEqual([]);

    const opened = await syncDriftIssue({
      gh: repo,
      findings: [rulesetDrift, unmanaged, notice],
      plan: "x: update\n",
      runUrl: RUN,
    });
    expect(opened.action).toBe("opened");
    const [issue, ...others] = marked();
    expect(others).toEqual([]);
    expect(issue?.number).toBe(opened.number);
    expect(issue?.title).toBe("Governance drift: GitHub settings differ from the repository");
    // Findings are in a code block: a team named in a message is not mentioned (no notification).
    expect(issue?.body).toContain("```text\nerror governance/live/ruleset-drift .gitops.yaml: ruleset");
    expect(issue?.body).not.toContain("no remote");
    expect(issue?.body).toContain("warning governance/live/ruleset-unmanaged: ");
    expect(issue?.body).toContain(`[this run](${RUN})`);

    const count = writes().length;
    const again = await syncDriftIssue({
      gh: repo,
      findings: [rulesetDrift, unmanaged],
      plan: "x: update\n",
      runUrl: `${RUN}0`,
    });
    expect(again).toMatchObject({ action: "unchanged", number: opened.number });
    expect(writes().length).toBe(count);

    const changed = await syncDriftIssue({ gh: repo, findings: [rulesetDrift, releaseDrift], runUrl: RUN });
    expect(changed).toMatchObject({ action: "updated", number: opened.number });
    expect(marked()).toHaveLength(1);
    // A message with a code fence of its own gets a longer fence, so it cannot break out.
    expect(marked()[0]?.body).toContain("````text\n");

    const closed = await syncDriftIssue({ gh: repo, findings: [notice], runUrl: RUN });
    expect(closed).toMatchObject({ action: "closed", number: opened.number });
    expect(marked()[0]?.state).toBe("closed");
    const last = writes().at(-1);
    expect(last?.body).toEqual({ state: "closed", state_reason: "completed" });
    expect(writes().at(-2)?.path).toBe(`/repos/acme/infra-gitops/issues/${opened.number}/comments`);

    expect(await syncDriftIssue({ gh: repo, findings: [] })).toMatchObject({ action: "none" });
    const reopened = await syncDriftIssue({ gh: repo, findings: [rulesetDrift] });
    expect(reopened.action).toBe("opened");
    expect(reopened.number).not.toBe(opened.number);
    expect(marked().filter((i) => i.state === "open")).toHaveLength(1);
  });

  it("keeps the oldest of two open drift issues and closes the other; unmarked issues and pull requests are left alone", async () => {
    const { fake, repo, marked } = await setup();
    fake.seed.issue({ title: "unrelated", body: "governance drift, by hand" });
    const first = fake.seed.issue({
      title: "drift",
      body: `${DRIFT_MARKER}\nold text`,
      labels: ["gitops-governance"],
    });
    const second = fake.seed.issue({
      title: "drift",
      body: `${DRIFT_MARKER}\nolder text`,
      labels: ["gitops-governance"],
    });
    fake.seed.pull({ head: "fix/drift", body: `quoting ${DRIFT_MARKER}` });
    const result = await syncDriftIssue({ gh: repo, findings: [rulesetDrift] });
    expect(result).toMatchObject({
      action: "updated",
      number: first.number,
      duplicatesClosed: [second.number],
    });
    expect(marked().map((i) => [i.number, i.state])).toEqual([
      [first.number, "open"],
      [second.number, "closed"],
      [expect.any(Number), "open"],
    ]);
    expect(fake.repository.issues.get(first.number)?.body).toContain("live/ruleset-drift");
  });

  it("says the token was rejected, in one line without the token", async () => {
    const { fake, repo } = await setup();
    const bad = {
      ...repo,
      client: fetchClient({ token: "not-a-token-value", baseUrl: fake.url, userAgent: "t" }),
    };
    const error = await syncDriftIssue({ gh: bad, findings: [rulesetDrift] }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "UserError",
      message: "GitHub rejected the token (401) for listing the open issues of acme/infra-gitops",
    });
    expect((error as Error).message).not.toContain("not-a-token-value");
    fake.takeViolations();
  });
});
