import { describe, expect, it } from "vitest";

import { formatFindingLine, formatText } from "../../../packages/core/src/reporters/index.js";
import { FINDINGS, HAS_CONTROL, hostileFinding } from "./fixtures.js";

describe("formatText", () => {
  it("prints one line per finding, worst first, then the totals", () => {
    expect(formatText(FINDINGS)).toBe(
      [
        "error  apps/cms/overlays/prod/kustomization.yaml:12  lint/schema  spec.replicas: expected integer, got string  [Deployment/cms-prod/cms]",
        "error  clusters/prod/values.yaml:3  secrets/aws-access-key  AWS access key in plain text",
        "warning  apps/cms/overlays/staging/kustomization.yaml:4  policy/no-latest-tag  image cms uses the mutable tag :latest  [Deployment/cms-staging/cms]",
        "notice  argo-apps/prod  lint/argo/no-sync-policy  Application has no sync policy",
        "2 errors, 1 warning, 1 notice",
        "",
      ].join("\n"),
    );
  });

  it("prints only the totals when there is nothing to report", () => {
    expect(formatText([])).toBe("0 errors, 0 warnings, 0 notices\n");
  });

  it("uses no ANSI escapes unless asked, and colours severities when asked", () => {
    expect(formatText(FINDINGS)).not.toContain("\u001b[");
    const colored = formatText(FINDINGS, { color: true });
    expect(colored).toContain("\u001b[31merror\u001b[0m");
    expect(colored).toContain("\u001b[33mwarning\u001b[0m");
    // Stripping the colours gives back the plain text exactly.
    // eslint-disable-next-line no-control-regex
    expect(colored.replace(/\u001b\[\d+m/g, "")).toBe(formatText(FINDINGS));
  });

  it("keeps hostile text on its own line and strips terminal escapes from it", () => {
    const out = formatText([hostileFinding()]);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => !l.startsWith("::"))).toBe(true);
    expect(out).not.toMatch(HAS_CONTROL);
    expect(lines[0]).toContain("\\n::error::x\\n::add-mask::secret");
    expect(lines[0]).toContain("\\x00nul \\x1b[31mred");
  });

  it("formats a single finding as the same line formatText prints", () => {
    const [first] = formatText(FINDINGS).split("\n");
    expect(formatFindingLine(FINDINGS[2]!)).toBe(first);
  });
});
