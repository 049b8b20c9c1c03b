// The comparison behind `governance plan`: only what the desired ruleset says counts, lists compare
// as multisets, and GitHub's own defaults are not drift. Exported ruleset files are checked.
import { describe, expect, it } from "vitest";
import {
  covers,
  parseRuleset,
  rulesetDifferences,
  type RulesetBody,
} from "../../packages/governance/src/index.js";

const desired: RulesetBody = {
  name: "main",
  enforcement: "active",
  conditions: { ref_name: { include: ["refs/heads/main"], exclude: [] } },
  rules: [
    { type: "deletion" },
    {
      type: "required_status_checks",
      parameters: {
        strict_required_status_checks_policy: false,
        required_status_checks: [{ context: "validate / lint" }, { context: "validate / policy" }],
      },
    },
  ],
};

describe("rulesetDifferences", () => {
  it("finds nothing when GitHub adds its defaults, ids and reorders lists", () => {
    const live: RulesetBody = {
      name: "main",
      target: "branch",
      enforcement: "active",
      conditions: { ref_name: { include: ["refs/heads/main"] } },
      rules: [
        {
          type: "required_status_checks",
          parameters: {
            strict_required_status_checks_policy: false,
            do_not_enforce_on_create: false,
            required_status_checks: [
              { context: "validate / policy", integration_id: 15368 },
              { context: "validate / lint" },
            ],
          },
        },
        { type: "deletion" },
      ],
    };
    expect(rulesetDifferences(desired, live)).toEqual([]);
  });

  it("names a missing check, an extra rule, a missing rule and a changed enforcement", () => {
    const live: RulesetBody = {
      name: "main",
      enforcement: "evaluate",
      conditions: { ref_name: { include: ["refs/heads/main"], exclude: [] } },
      rules: [
        {
          type: "required_status_checks",
          parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: [{ context: "validate / lint" }],
          },
        },
        { type: "non_fast_forward" },
      ],
    };
    expect(rulesetDifferences(desired, live).map((d) => d.path)).toEqual([
      "enforcement",
      "rules.deletion",
      "rules.required_status_checks.parameters.required_status_checks",
      "rules.non_fast_forward",
    ]);
  });
});

describe("covers", () => {
  it.each([
    [[], undefined, true],
    [false, undefined, true],
    [true, undefined, false],
    [["a", "b"], ["b", "a"], true],
    [["a", "a"], ["a", "b"], false],
    [{ a: 1 }, { a: 1, b: 2 }, true],
    [{ a: 1, b: 2 }, { a: 1 }, false],
    [1, "1", false],
  ])("covers(%j, %j) is %s", (d, l, expected) => {
    expect(covers(d, l)).toBe(expected);
  });
});

describe("parseRuleset", () => {
  it("drops the fields GitHub sets itself from an exported ruleset", () => {
    const body = parseRuleset(
      JSON.stringify({
        id: 1,
        source: "o/r",
        source_type: "Repository",
        node_id: "x",
        _links: {},
        created_at: "2026-01-01T00:00:00Z",
        updated_at: "2026-01-01T00:00:00Z",
        current_user_can_bypass: "never",
        name: "main",
        enforcement: "active",
        rules: [],
      }),
      "f.json",
    );
    expect(body).toEqual({ name: "main", enforcement: "active", rules: [] });
  });

  it.each([
    ["{", "f.json: not valid JSON"],
    ["[]", "f.json: expected a JSON object"],
    ['{"enforcement":"active"}', 'f.json: "name" must be a non-empty string'],
    [
      '{"name":"m","enforcement":"active","target":"repository"}',
      'f.json: "target" must be one of branch, tag, push',
    ],
    [
      '{"name":"m","enforcement":"active","rules":[{"type":"deletion"},{"type":"deletion"}]}',
      'rule "deletion" appears twice',
    ],
    ['{"name":"m","enforcement":"active","rules":[{"parameters":{}}]}', "rules[0] must be an object"],
  ])("refuses %s", (text, message) => {
    expect(() => parseRuleset(text, "f.json")).toThrow(message);
  });
});
