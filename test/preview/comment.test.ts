// The sticky comment's text: the previews with their URLs and findings, and on close the
// Applications Argo CD deletes, with what would keep them from being torn down.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  closedComment,
  expandPreview,
  previewComment,
  teardownFindings,
  type PreviewReport,
} from "../../packages/preview/src/index.js";
import { previewRepo, previewSet, request } from "./support.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(dirname(d), { recursive: true, force: true });
});

describe("the preview comment", () => {
  it("lists each Application with its namespace and URLs, and the findings", () => {
    const report: PreviewReport = {
      pullRequest: 7,
      applications: [
        {
          name: "web-pr-7",
          namespace: "web-pr-7",
          targets: ["applications/_/web-pr-7"],
          urls: ["https://web-pr-7.example.com", "http://api-pr-7.example.com"],
          applicationSet: "web-previews",
          file: "argo-apps/previews.yaml",
          line: 1,
        },
      ],
      findings: [
        {
          tool: "preview",
          rule: "preview/drafts",
          severity: "warning",
          message: "ApplicationSet web-previews previews draft pull requests",
          file: "argo-apps/previews.yaml",
          line: 1,
        },
      ],
      applicationSets: [],
    };
    const body = previewComment(report, request());
    expect(body).toContain(
      "### Preview of #7 at <code>089d92cb</code>\n\n✅ 1 Application(s), 0 error(s), 1 warning(s), 0 notice(s)\n",
    );
    expect(body).toContain(
      "| <code>web-pr-7</code> | <code>web-pr-7</code> | https://web-pr-7.example.com<br>http://api-pr-7.example.com |",
    );
    expect(body).toContain("#### Preview findings");
    expect(body).toContain("preview/drafts");
  });

  it("says why there is no preview", () => {
    const body = previewComment(
      {
        pullRequest: 7,
        applications: [],
        findings: [],
        applicationSets: [],
        message: "no generator selects it",
      },
      request(),
    );
    expect(body).toBe("### Preview of #7 at <code>089d92cb</code>\n\nNo preview: no generator selects it\n");
  });

  it("on close lists what Argo CD deletes, and warns when teardown is not guaranteed", async () => {
    const repo = previewRepo(previewSet({ setSyncPolicy: { applicationsSync: "create-only" } }));
    made.push(repo);
    const expansion = await expandPreview(repo, request());
    const apps = expansion.bySet.flatMap((s) => s.apps).map((a) => ({ name: a.name, namespace: "web-pr-7" }));
    const teardown = teardownFindings(expansion);
    expect(teardown.map((f) => f.rule)).toEqual(["preview/teardown-policy"]);
    const body = closedComment(apps, request(), teardown);
    expect(body).toContain("### Preview of #7: torn down\n");
    expect(body).toContain("| <code>web-pr-7</code> | <code>web-pr-7</code> |");
    expect(body).toContain(
      "⚠️ Teardown is not guaranteed:\n\n- ApplicationSet web-previews: syncPolicy.applicationsSync is create-only",
    );
  });
});
