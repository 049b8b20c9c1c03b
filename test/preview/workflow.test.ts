// preview.yml and its caller template: the events, least-privilege permissions, the checkout of
// the pull request's head, and the preview step's inputs matching what the action declares.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const read = (file: string) => parse(readFileSync(join(ROOT, file), "utf8")) as Record<string, unknown>;

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
  uses?: string;
}

describe("the preview workflows", () => {
  it("the caller runs on the pull request events that change a preview, never pull_request_target", () => {
    const caller = read("workflows/preview.yaml");
    const on = caller.on as Record<string, { types: string[] }>;
    expect(Object.keys(on)).toEqual(["pull_request"]);
    expect(on.pull_request?.types).toEqual(
      expect.arrayContaining(["opened", "synchronize", "labeled", "closed"]),
    );
    expect(caller.permissions).toEqual({ contents: "read" });
    const job = (caller.jobs as Record<string, Job>).preview;
    expect(job?.uses).toMatch(/^example-org\/gitops-actions\/\.github\/workflows\/preview\.yml@/);
    expect(job?.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });

  it("the reusable workflow checks out the head read-only and passes the action only inputs it declares", () => {
    const workflow = read(".github/workflows/preview.yml");
    expect(Object.keys(workflow.on as object)).toEqual(["workflow_call"]);
    expect(workflow.permissions).toEqual({ contents: "read" });
    const job = (workflow.jobs as Record<string, Job>).preview;
    expect(job?.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    const steps = job?.steps ?? [];
    expect(steps[0]?.with).toEqual({
      "persist-credentials": false,
      ref: "${{ github.event.pull_request.head.sha }}",
    });
    const preview = steps.find((s) => s.uses === "$/actions/preview");
    const declared = Object.keys(read("actions/preview/action.yml").inputs ?? {});
    expect(Object.keys(preview?.with ?? {}).every((k) => declared.includes(k))).toBe(true);
    expect(steps.findIndex((s) => s.uses === "$/actions/setup-tools")).toBeLessThan(
      steps.indexOf(preview ?? {}),
    );
  });
});
