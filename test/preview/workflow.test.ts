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
  if?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
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
    // GitHub checks every job of the called workflow (the skipped sweep too) against this grant.
    expect(job?.permissions).toEqual({ contents: "read", issues: "write", "pull-requests": "write" });
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

  it("passes the Argo CD token as a secret, never an input, to the preview and the sweep", () => {
    const workflow = read(".github/workflows/preview.yml");
    const call = (workflow.on as { workflow_call: { secrets: Record<string, { required: boolean }> } })
      .workflow_call;
    expect(call.secrets["argocd-token"]).toMatchObject({ required: false });
    const jobs = workflow.jobs as Record<string, Job>;
    for (const name of ["preview", "sweep"]) {
      const step = jobs[name]?.steps?.find((s) => s.uses === "$/actions/preview");
      expect(step?.with?.["argocd-token"], name).toBe("${{ secrets.argocd-token }}");
    }
    expect(JSON.stringify(workflow)).not.toMatch(/"run":/);
  });

  it("the sweep job runs only in mode sweep, may write issues and nothing else, and checks out the default branch", () => {
    const workflow = read(".github/workflows/preview.yml");
    const jobs = workflow.jobs as Record<string, Job>;
    expect(jobs.preview?.if).toBe("inputs.mode == 'preview'");
    const sweep = jobs.sweep;
    expect(sweep?.if).toBe("inputs.mode == 'sweep'");
    expect(sweep?.permissions).toEqual({ contents: "read", issues: "write", "pull-requests": "read" });
    expect(sweep?.steps?.[0]?.with).toEqual({ "persist-credentials": false });
    const step = sweep?.steps?.find((s) => s.uses === "$/actions/preview");
    expect(step?.with?.mode).toBe("sweep");
    const declared = Object.keys(read("actions/preview/action.yml").inputs ?? {});
    expect(Object.keys(step?.with ?? {}).filter((k) => !declared.includes(k))).toEqual([]);
  });

  it("the sweep caller runs on a schedule and by hand, in mode sweep, with the Argo CD token secret", () => {
    const caller = read("workflows/preview-sweep.yaml");
    expect(Object.keys(caller.on as object).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(caller.permissions).toEqual({ contents: "read" });
    const job = (caller.jobs as Record<string, Job>).sweep;
    expect(job?.uses).toMatch(/^example-org\/gitops-actions\/\.github\/workflows\/preview\.yml@/);
    expect(job?.permissions).toEqual({ contents: "read", issues: "write", "pull-requests": "write" });
    expect(job?.with?.mode).toBe("sweep");
    expect(job?.secrets).toEqual({ "argocd-token": "${{ secrets.ARGOCD_AUTH_TOKEN }}" });
  });
});
