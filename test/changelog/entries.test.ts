// Entries from a real history: which env and service each commit deploys to, what moved,
// and what the message says (PR, promotion source, revert).
import { beforeAll, describe, expect, it } from "vitest";
import { collectChangelog, type Entry } from "../../packages/changelog/src/index.js";
import { buildStory, type Story } from "./story.js";

let story: Story;
let entries: Entry[];
beforeAll(async () => {
  story = buildStory();
  entries = (await collectChangelog({ repo: story.repo.dir })).entries;
});

const of = (sha: string) => entries.filter((e) => e.commit === sha).map((e) => `${e.env}/${e.service}`);
const one = (sha: string, env: string, service: string): Entry => {
  const e = entries.find((x) => x.commit === sha && x.env === env && x.service === service);
  if (!e) throw new Error(`no entry ${sha} ${env}/${service}`);
  return e;
};

describe("entries", () => {
  it("records an overlay image bump from a squash commit with its PR, author and date", () => {
    expect(of(story.sha.squash)).toEqual(["staging/web"]);
    expect(one(story.sha.squash, "staging", "web")).toMatchObject({
      commit: story.sha.squash,
      date: "2026-01-06T09:00:00Z",
      author: "Alice",
      pr: 3,
      promotedFrom: null,
      rollback: false,
      changes: [
        {
          kind: "image",
          name: "ghcr.io/example-org/web",
          from: "ghcr.io/example-org/web:1.0.0",
          to: "ghcr.io/example-org/web:1.1.0",
        },
        {
          kind: "config",
          name: "apps/web/overlays/staging/kustomization.yaml",
          from: null,
          to: null,
          status: "modified",
        },
      ],
    });
  });

  it("reads a merge commit against its first parent, with the PR from GitHub's merge message", () => {
    const e = one(story.sha.merge, "staging", "queue");
    expect(of(story.sha.merge)).toEqual(["staging/queue"]);
    expect(e.pr).toBe(4);
    expect(e.changes[0]).toMatchObject({
      kind: "image",
      name: "ghcr.io/example-org/queue",
      from: "ghcr.io/example-org/queue:0.9.0",
      to: "ghcr.io/example-org/queue:0.9.1",
    });
    // The branch commit itself is not on the first-parent line.
    expect(entries.filter((x) => x.subject === "queue 0.9.1 in staging")).toEqual([]);
  });

  it("names the promotion source from the Promoted-From trailer", () => {
    expect(one(story.sha.promote, "prod", "web")).toMatchObject({
      pr: null,
      promotedFrom: { env: "staging", commit: story.sha.squash },
      changes: [
        { kind: "image", from: "ghcr.io/example-org/web:1.0.0", to: "ghcr.io/example-org/web:1.1.0" },
        { kind: "config" },
      ],
    });
  });

  it("marks a revert and an image tag moving backwards as rollbacks", () => {
    expect(one(story.sha.revert, "staging", "web")).toMatchObject({
      revertOf: story.sha.bad,
      rollback: true,
    });
    expect(one(story.sha.rollbackProd, "prod", "web")).toMatchObject({ revertOf: null, rollback: true });
    expect(one(story.sha.fix, "staging", "web").rollback).toBe(false);
  });

  it("counts base/ and Chart.yaml for every env, and reports the chart version", () => {
    expect(of(story.sha.chart)).toEqual(["staging/queue", "prod/queue"]);
    expect(one(story.sha.chart, "prod", "queue").changes[0]).toEqual({
      kind: "chart",
      name: "queue",
      from: "0.1.0",
      to: "0.2.0",
      file: "apps/queue/base/Chart.yaml",
    });
    expect(of(story.sha.hostile)).toEqual(["staging/web", "prod/web"]);
  });

  it("gives clusters/<env> to that env's platform, policies/ to every env, and ignores other folders", () => {
    expect(of(story.sha.platform)).toEqual(["staging/platform", "prod/platform"]);
    expect(one(story.sha.platform, "staging", "platform").changes.map((c) => c.name)).toEqual([
      "policies/require-limits.yaml",
    ]);
    expect(one(story.sha.platform, "prod", "platform").changes.map((c) => c.name)).toEqual([
      "clusters/prod/namespaces.yaml",
      "policies/require-limits.yaml",
    ]);
  });

  it("lists newest first, env in promotion order within a commit, with the DESIGN.md fields", () => {
    expect(entries[0]?.commit).toBe(story.sha.hostile);
    expect(entries.at(-1)?.commit).toBe(story.sha.layout);
    for (const e of entries) {
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining(["env", "service", "commit", "date", "author", "pr", "changes"]),
      );
    }
  });

  it("filters by env and service", async () => {
    const r = await collectChangelog({ repo: story.repo.dir, environments: ["prod"], services: ["web"] });
    expect(new Set(r.entries.map((e) => `${e.env}/${e.service}`))).toEqual(new Set(["prod/web"]));
    expect(r.entries.map((e) => e.commit)).toEqual([
      story.sha.hostile,
      story.sha.promoteFix,
      story.sha.rollbackProd,
      story.sha.promote,
      story.sha.layout,
    ]);
  });
});
