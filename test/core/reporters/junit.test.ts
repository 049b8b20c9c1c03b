import { describe, expect, it } from "vitest";

import { REPOSITORY_CASE, toJUnitXml, xmlAttr, xmlText } from "../../../packages/core/src/reporters/index.js";
import { FINDINGS, HOSTILE, hostileFinding } from "./fixtures.js";
import { parseXml, type XmlElement } from "./xml-check.js";

function suite(root: XmlElement, name: string): XmlElement {
  const s = root.children.find((c) => c.name === "testsuite" && c.attrs.name === name);
  expect(s, `suite ${name}`).toBeDefined();
  return s!;
}

function testcase(s: XmlElement, name: string): XmlElement {
  const c = s.children.find((t) => t.attrs.name === name);
  expect(c, `case ${name}`).toBeDefined();
  return c!;
}

describe("toJUnitXml", () => {
  it("writes one suite per tool and one case per target or file, with failures for errors", () => {
    const xml = toJUnitXml(FINDINGS, { suiteName: "validate" });
    const root = parseXml(xml);
    expect(root.name).toBe("testsuites");
    expect(root.attrs).toEqual({ name: "validate", tests: "4", failures: "2", errors: "0" });
    expect(root.children.map((s) => s.attrs.name)).toEqual(["lint", "secrets", "policy"]);

    const lint = suite(root, "lint");
    expect(lint.attrs).toMatchObject({ tests: "2", failures: "1", errors: "0", skipped: "0" });
    const prod = testcase(lint, "apps/cms/overlays/prod");
    expect(prod.attrs.classname).toBe("lint");
    expect(prod.children.map((c) => c.name)).toEqual(["failure"]);
    expect(prod.children[0]!.attrs).toEqual({
      message: "spec.replicas: expected integer, got string",
      type: "lint/schema",
    });
    expect(prod.children[0]!.text).toBe(
      "error  apps/cms/overlays/prod/kustomization.yaml:12  lint/schema  spec.replicas: expected integer, got string  [Deployment/cms-prod/cms]",
    );
    // A notice is reported but does not fail its case.
    const argo = testcase(lint, "argo-apps/prod");
    expect(argo.children.map((c) => c.name)).toEqual(["system-out"]);

    // No target: the case is the file.
    expect(testcase(suite(root, "secrets"), "clusters/prod/values.yaml").children[0]!.name).toBe("failure");
  });

  it("lists passing cases the caller checked, in the caller's order, before the rest", () => {
    const cases = ["apps/web/overlays/prod", "apps/cms/overlays/prod", "apps/cms/overlays/staging"];
    const root = parseXml(toJUnitXml(FINDINGS, { suiteName: "validate", cases, tools: ["lint", "policy"] }));
    const lint = suite(root, "lint");
    expect(lint.children.map((c) => c.attrs.name)).toEqual([...cases, "argo-apps/prod"]);
    expect(lint.attrs).toMatchObject({ tests: "4", failures: "1" });
    expect(testcase(lint, "apps/web/overlays/prod").children).toEqual([]);
    // policy only has a warning, which passes by default.
    const policy = suite(root, "policy");
    expect(policy.attrs).toMatchObject({ tests: "3", failures: "0" });
    expect(testcase(policy, "apps/cms/overlays/staging").children.map((c) => c.name)).toEqual(["system-out"]);
    // Totals are the sums over suites.
    const suites = root.children;
    const sum = (k: string) => suites.reduce((n, s) => n + Number(s.attrs[k]), 0);
    expect(root.attrs.tests).toBe(String(sum("tests")));
    expect(root.attrs.failures).toBe(String(sum("failures")));
  });

  it("gives a tool that ran clean its own passing suite", () => {
    const root = parseXml(toJUnitXml([], { suiteName: "validate", tools: ["secrets"], cases: ["a", "b"] }));
    expect(root.attrs).toMatchObject({ tests: "2", failures: "0" });
    expect(suite(root, "secrets").children.map((c) => c.attrs.name)).toEqual(["a", "b"]);
  });

  it("falls back to one suite named after the run when nothing is known", () => {
    const root = parseXml(toJUnitXml([], { suiteName: "lint" }));
    expect(root.children).toHaveLength(1);
    expect(root.children[0]!.attrs).toMatchObject({ name: "lint", tests: "0", failures: "0" });
  });

  it("fails warnings too with warningsAsFailures, summing several into one failure", () => {
    const findings = [
      ...FINDINGS,
      { ...FINDINGS[0]!, rule: "no-privileged", message: "container runs privileged" },
    ];
    const root = parseXml(toJUnitXml(findings, { suiteName: "v", warningsAsFailures: true }));
    const staging = testcase(suite(root, "policy"), "apps/cms/overlays/staging");
    expect(staging.children.map((c) => c.name)).toEqual(["failure"]);
    expect(staging.children[0]!.attrs.message).toBe("image cms uses the mutable tag :latest (and 1 more)");
    expect(staging.children[0]!.text.split("\n")).toHaveLength(2);
    expect(root.attrs.failures).toBe("3");
  });

  it("puts findings without target or file in a repository case", () => {
    const root = parseXml(
      toJUnitXml([{ tool: "render", rule: "x", severity: "error", message: "m" }], { suiteName: "v" }),
    );
    expect(testcase(suite(root, "render"), REPOSITORY_CASE).children[0]!.name).toBe("failure");
  });

  it("stays well-formed with hostile text everywhere and gives the text back as text", () => {
    const nasty = `${HOSTILE} \uD800 lone \uFFFE \u0085`;
    const xml = toJUnitXml(
      [
        hostileFinding({ message: nasty, target: `t"<>&'\u0001]]>` }),
        hostileFinding({ severity: "warning", tool: "pol</testsuite>icy" }),
      ],
      { suiteName: `suite ]]> <x a="1"> \u0000`, cases: ["<script>alert(1)</script>"] },
    );
    expect(xml).not.toContain("]]>");
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("\u0000");
    const root = parseXml(xml);
    expect(root.attrs.name).toBe(`suite ]]> <x a="1"> \uFFFD`);
    const lint = suite(root, "lint");
    expect(lint.children.map((c) => c.attrs.name)).toEqual(["<script>alert(1)</script>", `t"<>&'\uFFFD]]>`]);
    const failure = testcase(lint, `t"<>&'\uFFFD]]>`).children[0]!;
    // The attribute keeps the message's newlines (as references); controls and lone surrogates are replaced.
    expect(failure.attrs.message).toBe(
      nasty
        .replaceAll("\u0000", "\uFFFD")
        .replaceAll("\u001b", "\uFFFD")
        .replace(/\uD800|\uFFFE|\u0085/g, "\uFFFD"),
    );
    // The body is the one-line text form, where controls are already visible escapes.
    expect(failure.text).toContain("<script>alert(1)</script> ]]> & \"q\" 'a' \\x00nul \\x1b[31mred");
    expect(suite(root, "pol</testsuite>icy").children).toHaveLength(2);
  });
});

describe("xml escaping", () => {
  it("escapes the five special characters and keeps attribute whitespace", () => {
    expect(xmlText(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(xmlAttr("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
    expect(xmlText("a\tb\nc")).toBe("a\tb\nc");
  });

  it("replaces characters XML 1.0 cannot carry and keeps astral characters whole", () => {
    expect(xmlText("a\u0000b\u0008c\u001fd\uFFFF\uDC00e")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFD\uFFFDe");
    expect(xmlText("rocket \u{1F680} é")).toBe("rocket \u{1F680} é");
  });
});
