// What the preview action's sweep says: the log lines and the job summary, from the sweep report.
import { describe, expect, it } from "vitest";
import { sweepLogLines, sweepSummaryMarkdown, type SweepReport } from "../../packages/preview/src/index.js";

const report = (over: Partial<SweepReport> = {}): SweepReport => ({
  previews: [
    { name: "web-pr-3", applicationSet: "web-previews", project: "default", pullRequest: 3 },
    { name: "web-pr-4", applicationSet: "web-previews", project: "default", pullRequest: 4 },
  ],
  stale: [],
  deleted: [],
  mode: "report",
  ttl: "7d",
  ...over,
});

const stale = {
  name: "web-pr-3",
  applicationSet: "web-previews",
  project: "default",
  pullRequest: 3,
  createdAt: "2026-11-01T10:00:00Z",
  reason: "closed" as const,
};

describe("sweepLogLines", () => {
  it("counts, then each stale preview with why, then the issue", () => {
    expect(
      sweepLogLines(
        report({
          stale: [stale, { ...stale, name: "old", pullRequest: undefined, reason: "ttl" }],
          deleted: ["web-pr-3"],
          mode: "delete",
          issue: { action: "updated", number: 9, url: "https://github.com/o/r/issues/9" },
        }),
      ),
    ).toEqual([
      "2 preview Application(s), 2 stale, 1 deleted (preview.sweep: delete)",
      "stale: web-pr-3 (closed, #3)",
      "stale: old (ttl)",
      "sweep issue: updated https://github.com/o/r/issues/9",
    ]);
  });

  it("starts with why nothing was looked at, when nothing was", () => {
    const message = "no ApplicationSet in the repository has a pullRequest generator: nothing to sweep";
    expect(sweepLogLines(report({ previews: [], message }))).toEqual([
      message,
      "0 preview Application(s), 0 stale, 0 deleted (preview.sweep: report)",
    ]);
  });
});

describe("sweepSummaryMarkdown", () => {
  it("is the issue's table without its marker when something is stale", () => {
    const md = sweepSummaryMarkdown(report({ stale: [stale] }));
    expect(md.startsWith("### Stale previews\n\n1 preview Application(s) outlived")).toBe(true);
    expect(md).not.toContain("<!--");
    expect(md).toContain("| `web-pr-3` | `web-previews` | #3 | 2026-11-01T10:00:00Z |");
  });

  it("says none is stale otherwise", () => {
    expect(sweepSummaryMarkdown(report())).toBe(
      "### Stale previews\n\nNone of 2 preview Application(s) is stale.\n",
    );
  });
});
