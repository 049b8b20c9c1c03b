/**
 * The SARIF 2.1.0 JSON schema is not installed (no package in node_modules ships it), so this is
 * a subset written from the OASIS spec (sarif-v2.1.0, §3.13 sarifLog onwards) for exactly the
 * objects toSarif emits: each object's required properties, value types and enums, and
 * `additionalProperties: false` so a misspelt property fails instead of being silently ignored.
 * Where GitHub code scanning is stricter than the spec (non-empty rule descriptions and help,
 * non-empty message text), the subset follows GitHub.
 */
const nonEmpty = { type: "string", minLength: 1 } as const;
const level = { enum: ["none", "note", "warning", "error"] } as const;

export const SARIF_SUBSET_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  required: ["version", "runs"],
  additionalProperties: false,
  properties: {
    $schema: { type: "string", format: "uri" },
    version: { enum: ["2.1.0"] },
    runs: { type: "array", items: { $ref: "#/definitions/run" } },
  },
  definitions: {
    run: {
      type: "object",
      required: ["tool"],
      additionalProperties: false,
      properties: {
        tool: { $ref: "#/definitions/tool" },
        results: { type: "array", items: { $ref: "#/definitions/result" } },
        columnKind: { enum: ["utf16CodeUnits", "unicodeCodePoints"] },
        properties: { $ref: "#/definitions/propertyBag" },
      },
    },
    tool: {
      type: "object",
      required: ["driver"],
      additionalProperties: false,
      properties: { driver: { $ref: "#/definitions/toolComponent" } },
    },
    toolComponent: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: nonEmpty,
        version: { type: "string" },
        informationUri: { type: "string", format: "uri" },
        rules: { type: "array", uniqueItems: true, items: { $ref: "#/definitions/reportingDescriptor" } },
      },
    },
    reportingDescriptor: {
      type: "object",
      required: ["id", "shortDescription", "fullDescription", "help"],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        name: { type: "string", maxLength: 255 },
        shortDescription: { $ref: "#/definitions/multiformatMessageString" },
        fullDescription: { $ref: "#/definitions/multiformatMessageString" },
        help: { $ref: "#/definitions/multiformatMessageString" },
        helpUri: { type: "string", format: "uri" },
        defaultConfiguration: {
          type: "object",
          additionalProperties: false,
          properties: {
            level,
            enabled: { type: "boolean" },
            rank: { type: "number", minimum: -1, maximum: 100 },
          },
        },
        properties: { $ref: "#/definitions/propertyBag" },
      },
    },
    multiformatMessageString: {
      type: "object",
      required: ["text"],
      additionalProperties: false,
      properties: { text: nonEmpty, markdown: { type: "string" } },
    },
    propertyBag: {
      type: "object",
      properties: { tags: { type: "array", uniqueItems: true, items: { type: "string" } } },
    },
    result: {
      type: "object",
      required: ["message"],
      additionalProperties: false,
      properties: {
        ruleId: { type: "string" },
        ruleIndex: { type: "integer", minimum: -1 },
        level,
        message: { $ref: "#/definitions/message" },
        locations: { type: "array", maxItems: 1000, items: { $ref: "#/definitions/location" } },
        partialFingerprints: { type: "object", additionalProperties: { type: "string" } },
      },
    },
    message: {
      type: "object",
      anyOf: [{ required: ["text"] }, { required: ["id"] }],
      additionalProperties: false,
      properties: { text: nonEmpty, id: { type: "string" }, markdown: { type: "string" } },
    },
    location: {
      type: "object",
      additionalProperties: false,
      properties: { physicalLocation: { $ref: "#/definitions/physicalLocation" } },
    },
    physicalLocation: {
      type: "object",
      anyOf: [{ required: ["address"] }, { required: ["artifactLocation"] }],
      additionalProperties: false,
      properties: {
        artifactLocation: { $ref: "#/definitions/artifactLocation" },
        region: { $ref: "#/definitions/region" },
      },
    },
    artifactLocation: {
      type: "object",
      additionalProperties: false,
      properties: {
        uri: { type: "string", format: "uri-reference" },
        uriBaseId: { type: "string" },
        index: { type: "integer", minimum: -1 },
      },
    },
    region: {
      type: "object",
      additionalProperties: false,
      properties: {
        startLine: { type: "integer", minimum: 1 },
        startColumn: { type: "integer", minimum: 1 },
        endLine: { type: "integer", minimum: 1 },
        endColumn: { type: "integer", minimum: 1 },
      },
    },
  },
} as const;
