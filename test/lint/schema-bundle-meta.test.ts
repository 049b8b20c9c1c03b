// The schema catalog registers the bundled definitions without ajv's meta-schema check (it
// costs more than compiling a kind, on every lint run); this test is that check, done once.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { schemaBundle } from "../../packages/lint/src/schema/bundle.js";

describe("bundled schemas", () => {
  it("are valid JSON Schema (draft-07), every Kubernetes minor and the CRD set", () => {
    const bundle = schemaBundle();
    const sets = [...Object.entries(bundle.kubernetes), ["crds", bundle.crds] as const];
    expect(sets.length).toBeGreaterThan(1);
    const ajv = new Ajv({ strict: false });
    for (const [name, set] of sets) {
      const definitions: Record<string, unknown> = {};
      for (const [def, index] of Object.entries(set.defs)) definitions[def] = bundle.pool[index];
      const valid = ajv.validateSchema({ definitions });
      expect(valid ? "" : `${name}: ${ajv.errorsText(ajv.errors)}`).toBe("");
    }
  });

  it("would be caught by that check when a definition is malformed", () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema({ definitions: { Bad: { type: "objekt" } } })).toBe(false);
  });
});
