import { describe, expect, it } from "vitest";

import {
  formatWorkflowCommand,
  toAnnotations,
  type Annotation,
} from "../../../packages/core/src/reporters/index.js";
import { FINDINGS, HOSTILE, hostileFinding, many } from "./fixtures.js";

/**
 * Reads a log line the way the Actions runner does: a command only at the start of a line,
 * `::name key=value,key=value::data`, with the values unescaped afterwards.
 */
function parseCommand(
  line: string,
): { name: string; props: Record<string, string>; data: string } | undefined {
  const m = /^::([^ :]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) return undefined;
  const unescape = (s: string) =>
    s
      .replace(/%0D/g, "\r")
      .replace(/%0A/g, "\n")
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%25/g, "%");
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? "").split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { name: m[1]!, props, data: unescape(m[3]!) };
}

describe("toAnnotations", () => {
  it("maps findings worst first, with title, location and the resource in the message", () => {
    const { annotations, dropped } = toAnnotations(FINDINGS);
    expect(dropped).toBe(0);
    expect(annotations).toEqual<Annotation[]>([
      {
        level: "error",
        title: "lint: schema",
        message: "spec.replicas: expected integer, got string [Deployment/cms-prod/cms]",
        file: "apps/cms/overlays/prod/kustomization.yaml",
        startLine: 12,
      },
      {
        level: "error",
        title: "secrets: aws-access-key",
        message: "AWS access key in plain text",
        file: "clusters/prod/values.yaml",
        startLine: 3,
        startColumn: 7,
      },
      {
        level: "warning",
        title: "policy: no-latest-tag",
        message: "image cms uses the mutable tag :latest [Deployment/cms-staging/cms]",
        file: "apps/cms/overlays/staging/kustomization.yaml",
        startLine: 4,
      },
      {
        level: "notice",
        title: "lint: argo/no-sync-policy",
        message: "argo-apps/prod: Application has no sync policy",
      },
    ]);
  });

  it("keeps at most 10 of each level by default, worst first, and counts the rest", () => {
    const findings = [...many(4, "warning"), ...many(12, "notice"), ...many(25, "error")];
    const { annotations, dropped } = toAnnotations(findings);
    const levels = annotations.map((a) => a.level);
    expect(levels.filter((l) => l === "error")).toHaveLength(10);
    expect(levels.filter((l) => l === "warning")).toHaveLength(4);
    expect(levels.filter((l) => l === "notice")).toHaveLength(10);
    expect(levels).toEqual([...levels].sort((a, b) => "ewn".indexOf(a[0]!) - "ewn".indexOf(b[0]!)));
    expect(dropped).toBe(15 + 2);
    // The errors kept are the first ones in report order, not an arbitrary ten.
    expect(annotations[0]!.message).toBe("finding 00000");
  });

  it("takes a custom per-level limit, including zero", () => {
    const findings = [...many(5, "error"), ...many(5, "warning")];
    expect(toAnnotations(findings, { limit: 2 }).annotations).toHaveLength(4);
    expect(toAnnotations(findings, { limit: 2 }).dropped).toBe(6);
    expect(toAnnotations(findings, { limit: 0 })).toEqual({ annotations: [], dropped: 10 });
  });

  it("drops a column that has no line to go with", () => {
    const [a] = toAnnotations([{ ...FINDINGS[1]!, file: "x.yaml", column: 4 }]).annotations;
    expect(a).toEqual({
      level: "notice",
      title: "lint: argo/no-sync-policy",
      message: "Application has no sync policy",
      file: "x.yaml",
    });
  });
});

describe("formatWorkflowCommand", () => {
  it("writes the ::level properties::message line", () => {
    const { annotations } = toAnnotations(FINDINGS);
    expect(annotations.map(formatWorkflowCommand)).toEqual([
      "::error file=apps/cms/overlays/prod/kustomization.yaml,line=12,title=lint%3A schema::spec.replicas: expected integer, got string [Deployment/cms-prod/cms]",
      "::error file=clusters/prod/values.yaml,line=3,col=7,title=secrets%3A aws-access-key::AWS access key in plain text",
      "::warning file=apps/cms/overlays/staging/kustomization.yaml,line=4,title=policy%3A no-latest-tag::image cms uses the mutable tag :latest [Deployment/cms-staging/cms]",
      "::notice title=lint%3A argo/no-sync-policy::argo-apps/prod: Application has no sync policy",
    ]);
  });

  it("escapes % CR LF in the message and also : , in properties", () => {
    const line = formatWorkflowCommand({
      level: "warning",
      title: "a,b:c%d\ne",
      file: "dir,x/f:1.yaml",
      message: "100% done\r\nnext: a,b",
    });
    expect(line).toBe(
      "::warning file=dir%2Cx/f%3A1.yaml,title=a%2Cb%3Ac%25d%0Ae::100%25 done%0D%0Anext: a,b",
    );
  });

  it("cannot be made to start a second command by a message or a title", () => {
    const { annotations } = toAnnotations([
      hostileFinding({ rule: "x\n::error::title", file: "a\n::add-mask::f" }),
    ]);
    const line = formatWorkflowCommand(annotations[0]!);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    // The runner would see exactly one command, with the untrusted text intact as data.
    const cmd = parseCommand(line);
    expect(cmd).toBeDefined();
    expect(cmd!.name).toBe("error");
    expect(Object.keys(cmd!.props)).toEqual(["file", "line", "title"]);
    expect(cmd!.props.file).toBe("a\n::add-mask::f");
    expect(cmd!.props.title).toBe("lint: x\n::error::title");
    expect(cmd!.data).toBe(HOSTILE);
  });

  it("round-trips every fixture through the runner's parsing", () => {
    for (const a of toAnnotations([...FINDINGS, hostileFinding()]).annotations) {
      const cmd = parseCommand(formatWorkflowCommand(a))!;
      expect(cmd.name).toBe(a.level);
      expect(cmd.data).toBe(a.message);
      expect(cmd.props.title).toBe(a.title);
      expect(cmd.props.file).toBe(a.file);
    }
  });
});
