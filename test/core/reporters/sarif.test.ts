import { Ajv } from "ajv";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";

import {
  FINGERPRINT_KEY,
  findingFingerprint,
  SARIF_SCHEMA,
  toSarif,
  type SarifLog,
  type SarifOptions,
} from "../../../packages/core/src/reporters/index.js";
import type { Finding } from "../../../packages/core/src/finding.js";
import { FINDINGS, hostileFinding, many } from "./fixtures.js";
import { SARIF_SUBSET_SCHEMA } from "./sarif-schema.js";

const OPTS: SarifOptions = {
  toolName: "gitops",
  toolVersion: "0.1.0",
  informationUri: "https://github.com/acme/gitops-actions",
};

// strictRequired is off only because `anyOf: [{ required: [...] }]` names properties defined beside it.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
formats.default(ajv);
const validate = ajv.compile(SARIF_SUBSET_SCHEMA);

/** Schema-valid, and every result's ruleIndex names the rule its ruleId does (spec §3.27.6). */
function expectValid(log: SarifLog): void {
  // Serialise first: what is uploaded is the JSON, not the object.
  const json: unknown = JSON.parse(JSON.stringify(log));
  expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
  const [run] = log.runs;
  for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
}

describe("toSarif", () => {
  it("writes a valid SARIF 2.1.0 log with one run for the fixtures", () => {
    const log = toSarif(FINDINGS, OPTS);
    expectValid(log);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({
      name: "gitops",
      version: "0.1.0",
      informationUri: "https://github.com/acme/gitops-actions",
    });
  });

  it("maps results worst first with level, message, location and region", () => {
    const { results } = toSarif(FINDINGS, OPTS).runs[0];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ["lint/schema", "error"],
      ["secrets/aws-access-key", "error"],
      ["policy/no-latest-tag", "warning"],
      ["lint/argo/no-sync-policy", "note"],
    ]);
    expect(results[0]!.message.text).toBe(
      "spec.replicas: expected integer, got string [Deployment/cms-prod/cms]",
    );
    expect(results[1]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: "clusters/prod/values.yaml", uriBaseId: "%SRCROOT%" },
          region: { startLine: 3, startColumn: 7 },
        },
      },
    ]);
    // No file: the target is a path, so it becomes the location, without a line.
    expect(results[3]!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: "argo-apps/prod", uriBaseId: "%SRCROOT%" } } },
    ]);
  });

  it("omits locations when there is neither a file nor a target that looks like a path", () => {
    const base: Finding = { tool: "render", rule: "failed", severity: "error", message: "boom" };
    for (const target of [undefined, "cluster prod", "../outside", "/abs/path", "https://x.test/y"]) {
      const [result] = toSarif([{ ...base, target }], OPTS).runs[0].results;
      expect(result!.locations, String(target)).toBeUndefined();
    }
  });

  it("percent-encodes file URIs so odd names stay valid uri-references", () => {
    const log = toSarif([{ ...FINDINGS[1]!, file: "apps/my app/100%/a#b:c.yaml", line: 2 }], OPTS);
    expectValid(log);
    expect(log.runs[0].results[0]!.locations![0]!.physicalLocation.artifactLocation.uri).toBe(
      "apps/my%20app/100%25/a%23b%3Ac.yaml",
    );
  });

  it("lists each tool/rule once, sorted, and points every result at its rule", () => {
    const findings = [...many(3, "warning"), ...many(2, "error"), ...FINDINGS];
    const log = toSarif(findings, OPTS);
    expectValid(log);
    const ids = log.runs[0].tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([
      "lint/argo/no-sync-policy",
      "lint/schema",
      "policy/no-latest-tag",
      "secrets/aws-access-key",
    ]);
    const schema = log.runs[0].tool.driver.rules[1]!;
    // lint/schema has errors and warnings: its default level is the worst.
    expect(schema.defaultConfiguration.level).toBe("error");
    expect(schema.properties.tags).toEqual(["lint"]);
    expect(log.runs[0].results.filter((r) => r.ruleIndex === 1)).toHaveLength(3 + 2 + 1);
  });

  it("uses rule documentation when given", () => {
    const log = toSarif(FINDINGS, {
      ...OPTS,
      rules: {
        "lint/schema": { description: "Manifests match their schema.", helpUri: "https://docs.test/schema" },
      },
    });
    expectValid(log);
    const rule = log.runs[0].tool.driver.rules.find((r) => r.id === "lint/schema")!;
    expect(rule.shortDescription.text).toBe("Manifests match their schema.");
    expect(rule.helpUri).toBe("https://docs.test/schema");
  });

  it("gives fingerprints that are stable across calls and input order", () => {
    const a = toSarif(FINDINGS, OPTS);
    const b = toSarif([...FINDINGS].reverse(), OPTS);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.runs[0].results[0]!.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}:1$/);
    expect(a.runs[0].results[0]!.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
  });

  it("gives different findings different fingerprints, and ignores the line", () => {
    const base = FINDINGS[2]!;
    const variants: Finding[] = [
      base,
      { ...base, tool: "policy" },
      { ...base, rule: "schema2" },
      { ...base, file: "apps/cms/overlays/staging/kustomization.yaml" },
      { ...base, message: "other" },
      { ...base, resource: { ...base.resource!, name: "cms2" } },
      { ...base, resource: undefined },
      { ...base, file: undefined },
    ];
    const prints = variants.map(findingFingerprint);
    expect(new Set(prints).size).toBe(variants.length);
    expect(findingFingerprint({ ...base, line: 99, column: 3 })).toBe(findingFingerprint(base));
    // Parts cannot run into each other: moving text between fields changes the hash.
    expect(findingFingerprint({ ...base, tool: "a", rule: "b/c" })).not.toBe(
      findingFingerprint({ ...base, tool: "a/b", rule: "c" }),
    );
  });

  it("tells identical findings on different lines apart by occurrence", () => {
    const twice = [FINDINGS[2]!, { ...FINDINGS[2]!, line: 40 }];
    const fps = toSarif(twice, OPTS).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]!);
    expect(fps[0]!.split(":")[0]).toBe(fps[1]!.split(":")[0]);
    expect(fps.map((f) => f.split(":")[1])).toEqual(["1", "2"]);
  });

  it("keeps the worst results within maxResults and records how many it dropped", () => {
    const log = toSarif([...many(5, "notice"), ...many(5, "error")], { ...OPTS, maxResults: 6 });
    expectValid(log);
    expect(log.runs[0].results.map((r) => r.level)).toEqual([
      "error",
      "error",
      "error",
      "error",
      "error",
      "note",
    ]);
    expect(log.runs[0].properties).toEqual({ droppedResults: 4 });
  });

  it("is valid for no findings and for hostile text", () => {
    expectValid(toSarif([], OPTS));
    const log = toSarif([hostileFinding(), hostileFinding({ message: "" })], OPTS);
    expectValid(log);
    // Messages are data in JSON; the hostile text survives serialisation unchanged.
    const parsed = JSON.parse(JSON.stringify(log)) as SarifLog;
    expect(parsed.runs[0].results.map((r) => r.message.text)).toContain(hostileFinding().message);
  });
});
