import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";

import {
  DEFAULT_SUMMARY_MAX_BYTES,
  markdownCell,
  toSummaryMarkdown,
} from "../../../packages/core/src/reporters/index.js";
import { FINDINGS, HAS_CONTROL, HOSTILE, hostileFinding, many } from "./fixtures.js";

/** The cells of a markdown table row, split only on unescaped pipes (GFM's rule). */
function cells(row: string): string[] {
  return row
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function rowsOf(md: string, header: string): string[] {
  const lines = md.split("\n");
  const start = lines.indexOf(header);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line);
  }
  return rows;
}

const TARGETS = "| Target | Errors | Warnings | Notices |";
const FINDINGS_HEADER = "| Severity | Location | Rule | Message |";

describe("toSummaryMarkdown", () => {
  it("renders heading, status, counts per target and findings, worst first", () => {
    const md = toSummaryMarkdown(FINDINGS, {
      title: "Validate",
      check: "lint",
      repoUrl: "https://github.com/acme/infra-gitops/",
      sha: "abc123",
    });
    expect(md).toBe(
      [
        "## Validate",
        "",
        "❌ **lint** failed: 2 errors, 1 warning, 1 notice",
        "",
        TARGETS,
        "| --- | ---: | ---: | ---: |",
        "| apps/cms/overlays/prod | 1 | 0 | 0 |",
        "| (no target) | 1 | 0 | 0 |",
        "| apps/cms/overlays/staging | 0 | 1 | 0 |",
        "| argo-apps/prod | 0 | 0 | 1 |",
        "",
        FINDINGS_HEADER,
        "| --- | --- | --- | --- |",
        "| ❌ error | [apps/cms/overlays/prod/kustomization.yaml:12](https://github.com/acme/infra-gitops/blob/abc123/apps/cms/overlays/prod/kustomization.yaml#L12) | lint/schema | spec.replicas: expected integer, got string (Deployment/cms-prod/cms) |",
        "| ❌ error | [clusters/prod/values.yaml:3](https://github.com/acme/infra-gitops/blob/abc123/clusters/prod/values.yaml#L3) | secrets/aws-access-key | AWS access key in plain text |",
        "| ⚠️ warning | [apps/cms/overlays/staging/kustomization.yaml:4](https://github.com/acme/infra-gitops/blob/abc123/apps/cms/overlays/staging/kustomization.yaml#L4) | policy/no-latest-tag | image cms uses the mutable tag :latest (Deployment/cms-staging/cms) |",
        "| ℹ️ notice | argo-apps/prod | lint/argo/no-sync-policy | Application has no sync policy |",
        "",
      ].join("\n"),
    );
  });

  it("says passed with ✅ when nothing reaches fail-on, and ❌ when a lower fail-on is reached", () => {
    const warningsOnly = FINDINGS.filter((f) => f.severity !== "error");
    expect(toSummaryMarkdown(warningsOnly, { title: "T", check: "policy" })).toContain(
      "✅ **policy** passed: 0 errors, 1 warning, 1 notice",
    );
    expect(toSummaryMarkdown(warningsOnly, { title: "T", failOn: "warning" })).toContain(
      "❌ 0 errors, 1 warning, 1 notice",
    );
  });

  it("prints only the status when there are no findings", () => {
    expect(toSummaryMarkdown([], { title: "Secrets", check: "secrets" })).toBe(
      "## Secrets\n\n✅ **secrets** passed: no findings\n",
    );
  });

  it("leaves out the target table when no finding names a target", () => {
    const md = toSummaryMarkdown(
      [FINDINGS[1]!, FINDINGS[1]!].map((f) => ({ ...f, target: undefined })),
      {
        title: "T",
      },
    );
    expect(md).not.toContain(TARGETS);
    expect(rowsOf(md, FINDINGS_HEADER)).toHaveLength(2);
  });

  it("does not link without a sha, and links a file with no line to the file", () => {
    const noSha = toSummaryMarkdown(FINDINGS, { title: "T", repoUrl: "https://github.com/a/b" });
    expect(noSha).not.toContain("](");
    const md = toSummaryMarkdown([{ ...FINDINGS[1]!, file: "argo-apps/prod/app.yaml" }], {
      title: "T",
      repoUrl: "https://github.com/a/b",
      sha: "f00",
    });
    expect(md).toContain(
      "[argo-apps/prod/app.yaml](https://github.com/a/b/blob/f00/argo-apps/prod/app.yaml)",
    );
  });

  it("percent-encodes link paths so spaces, parentheses and # cannot break the link", () => {
    const md = toSummaryMarkdown([{ ...FINDINGS[2]!, file: "apps/my app (v2)/#x.yaml", line: 3 }], {
      title: "T",
      repoUrl: "https://github.com/a/b",
      sha: "f00",
    });
    expect(md).toContain("(https://github.com/a/b/blob/f00/apps/my%20app%20%28v2%29/%23x.yaml#L3)");
  });

  it("caps the findings table at limit rows (default 200) and says how many are not shown", () => {
    const md = toSummaryMarkdown(many(250, "warning"), { title: "T" });
    const rows = rowsOf(md, FINDINGS_HEADER);
    expect(rows).toHaveLength(200);
    expect(cells(rows[0]!)[3]).toBe("finding 00000");
    expect(md.trimEnd().endsWith("_50 more findings not shown._")).toBe(true);
    expect(
      rowsOf(toSummaryMarkdown(many(5, "error"), { title: "T", limit: 2 }), FINDINGS_HEADER),
    ).toHaveLength(2);
    expect(toSummaryMarkdown(many(2, "error"), { title: "T", limit: 1 })).toContain(
      "_1 more finding not shown._",
    );
    // Counts always cover everything, shown or not.
    expect(md).toContain("0 errors, 250 warnings, 0 notices");
  });

  it("stays under GitHub's 1 MiB step-summary limit however many findings there are", () => {
    const huge = many(30_000, "error", "x".repeat(900));
    const md = toSummaryMarkdown(huge, {
      title: "T",
      limit: Infinity,
      repoUrl: "https://github.com/a/b",
      sha: "s",
    });
    const size = Buffer.byteLength(md, "utf8");
    expect(size).toBeLessThanOrEqual(DEFAULT_SUMMARY_MAX_BYTES);
    expect(size).toBeLessThan(1024 * 1024);
    expect(size).toBeGreaterThan(DEFAULT_SUMMARY_MAX_BYTES * 0.9); // it used the room, not just a few rows
    const shown = rowsOf(md, FINDINGS_HEADER).length;
    expect(md).toContain(`_${30_000 - shown} more findings not shown._`);
  });

  it("respects a smaller byte budget and cuts one enormous message", () => {
    const md = toSummaryMarkdown(many(100, "error", "y".repeat(50_000)), { title: "T", maxBytes: 20_000 });
    expect(Buffer.byteLength(md, "utf8")).toBeLessThanOrEqual(20_000);
    const rows = rowsOf(md, FINDINGS_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    expect(cells(rows[0]!)[3]!.endsWith("…")).toBe(true);
  });

  it("keeps hostile text inside its cell, on one line, with no live markup", () => {
    const md = toSummaryMarkdown(
      [hostileFinding({ resource: { apiVersion: "v1", kind: "Pod", name: "a|b" } })],
      {
        title: "Report <b>|</b>",
      },
    );
    const rows = rowsOf(md, FINDINGS_HEADER);
    expect(rows).toHaveLength(1);
    expect(cells(rows[0]!)).toHaveLength(4);
    expect(md).not.toMatch(/<(?!br>)/); // the only tag is our own <br>
    expect(md).not.toContain("](javascript");
    expect(md).not.toContain("`");
    expect(md).not.toMatch(HAS_CONTROL);
    expect(md.split("\n")[0]).toBe("## Report &#60;b&#62;&#124;&#60;/b&#62;");
  });
});

describe("markdownCell", () => {
  /** What a browser shows for the cell: references decoded, <br> as a newline. */
  function rendered(cell: string): string {
    return cell.replace(/<br>/g, "\n").replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  }

  it("renders back to the original text, minus control characters", () => {
    const cell = markdownCell(HOSTILE);
    expect(cell).not.toMatch(/[|`[\]*_~\\\n\r]/);
    expect(cell.replace(/<br>/g, "")).not.toMatch(/[<>]/);
    expect(rendered(cell)).toBe(
      HOSTILE.replace(/\r\n/g, "\n").replaceAll("\u0000", "").replaceAll("\u001b", "").trim(),
    );
  });

  it("leaves ordinary text as it is", () => {
    expect(markdownCell("spec.replicas: expected integer, got string")).toBe(
      "spec.replicas: expected integer, got string",
    );
  });
});
