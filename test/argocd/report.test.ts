// The parts of status that read Argo CD's fields and render them: multi-source revisions, and
// server text kept inert in the job summary.
import { describe, expect, it } from "vitest";

import { deployedRevision, statusMarkdown, type ApplicationStatus } from "../../packages/argocd/src/index.js";

describe("deployedRevision", () => {
  it("takes the newest history entry by id, and this repository's source of a multi-source Application", () => {
    const app = {
      status: {
        history: [
          { id: 7, revisions: ["1.2.0", "b".repeat(40)], deployedAt: "2026-12-01T10:00:00Z" },
          { id: 3, revision: "a".repeat(40), deployedAt: "2026-11-01T10:00:00Z" },
        ],
      },
    };
    expect(deployedRevision(app, 1)).toEqual({ revision: "b".repeat(40), at: "2026-12-01T10:00:00Z" });
    expect(deployedRevision(app, 0).revision).toBe("1.2.0");
  });

  it("falls back to the last operation's revision when there is no history", () => {
    const app = {
      status: { operationState: { phase: "Running", syncResult: { revision: "c".repeat(40) } } },
    };
    expect(deployedRevision(app)).toEqual({ revision: "c".repeat(40), at: null });
  });
});

describe("statusMarkdown", () => {
  it("keeps server text from breaking the table or the link", () => {
    const app: ApplicationStatus = {
      name: "web|prod",
      namespace: "argocd",
      project: "prod",
      env: "prod",
      service: "web",
      targets: [],
      sync: "Synced",
      health: "Healthy",
      revision: null,
      deployedAt: null,
      expected: null,
      current: null,
      behind: null,
      operation: null,
      urls: ["https://web.example.com/a)(b"],
      matchedBy: "name",
      note: null,
    };
    const md = statusMarkdown({
      server: "https://argocd.example.com",
      applications: [app],
      findings: [],
      ignored: 0,
    });
    expect(md).toContain("| [web&#124;prod](https://web.example.com/a%29%28b) | prod | web |");
  });
});
