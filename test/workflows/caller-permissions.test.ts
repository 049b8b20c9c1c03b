// GitHub refuses to start a reusable-workflow call whose calling job grants less than any job of
// the called workflow asks for, a job its `if:` would skip included. Every caller we ship (the
// templates in workflows/ and the example's) must grant at least the union of those permissions.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { read, WORKFLOWS } from "./files.js";

type Permissions = Record<string, string>;
interface Job {
  uses?: string;
  permissions?: Permissions | string;
}
const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

function jobs(path: string): Record<string, Job> {
  return (parse(read(path)) as { jobs?: Record<string, Job> }).jobs ?? {};
}

/** What the called workflow's jobs ask for together. */
function asked(workflow: string): Permissions {
  const out: Permissions = {};
  for (const job of Object.values(jobs(`.github/workflows/${workflow}`)))
    if (typeof job.permissions === "object")
      for (const [scope, level] of Object.entries(job.permissions))
        if ((LEVEL[level] ?? 0) > (LEVEL[out[scope] ?? "none"] ?? 0)) out[scope] = level;
  return out;
}

/** Each `[caller, job, called workflow]` that calls one of our reusable workflows. */
const CALLS = WORKFLOWS.flatMap((path) =>
  Object.entries(jobs(path)).flatMap(([id, job]) => {
    const called = /gitops-actions\/\.github\/workflows\/([\w-]+\.yml)@/.exec(job.uses ?? "")?.[1];
    return called ? [[path, id, called] as const] : [];
  }),
);

describe("reusable-workflow callers", () => {
  it("there are callers of every reusable workflow that has a template", () => {
    const called = new Set(CALLS.map(([, , w]) => w));
    for (const w of ["validate.yml", "promote.yml", "preview.yml", "governance.yml", "observe.yml"])
      expect(called, w).toContain(w);
  });

  it.each(CALLS)("%s job %s grants what %s's jobs ask for", (path, id, called) => {
    const job = jobs(path)[id];
    const granted = typeof job?.permissions === "object" ? job.permissions : {};
    const short = Object.entries(asked(called))
      .filter(([scope, level]) => (LEVEL[granted[scope] ?? "none"] ?? 0) < (LEVEL[level] ?? 0))
      .map(([scope, level]) => `${scope}: ${level}`);
    expect(short).toEqual([]);
  });
});
