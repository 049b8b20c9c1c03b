// The .gitops.yaml schema is checked against JSON Schema's meta-schema here, once, rather than
// on every run (loadConfig compiles it with validateSchema off, for start-up time).
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { CONFIG_SCHEMA } from "../../packages/core/src/config.js";

describe("the .gitops.yaml schema", () => {
  it("is a valid JSON Schema that ajv compiles in strict mode", () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    expect(ajv.validateSchema(CONFIG_SCHEMA), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(CONFIG_SCHEMA)).not.toThrow();
  });

  it("would be refused by that check with a wrong keyword value", () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    expect(ajv.validateSchema({ ...CONFIG_SCHEMA, type: "objekt" })).toBe(false);
  });
});
