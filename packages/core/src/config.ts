import { existsSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { UserError } from "./errors.js";
import { lineAt, loadYamlFile, type YamlDocument, type YamlFile } from "./yaml.js";

/** The repository config file, at the root of the infra-gitops checkout. */
export const CONFIG_FILE = ".gitops.yaml";

/** `.gitops.yaml` after defaults are applied. */
export interface GitopsConfig {
  /** Environments in promotion order (the first is promoted to the second ...). */
  environments: string[];
  targets: {
    /**
     * Folder patterns relative to the repo. `{env}` and `{service}` each match
     * one path segment and name it; other segments may use glob syntax.
     */
    roots: string[];
    /** Globs of folders that are never targets. */
    exclude: string[];
  };
}

export const DEFAULT_CONFIG: GitopsConfig = {
  environments: ["staging", "prod"],
  targets: {
    roots: ["apps/{service}/overlays/{env}", "clusters/{env}", "environments/{env}", "argo-apps/{env}"],
    exclude: [],
  },
};

/** A plain identifier: env and service names end up in paths, branch names and labels. */
export const ID_PATTERN = "^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$";

const stringList = { type: "array", items: { type: "string", minLength: 1 } } as const;

/**
 * JSON Schema of `.gitops.yaml`. Every object is closed (`additionalProperties:
 * false`) so a misspelt key is an error, not a silently ignored setting.
 * Each check adds its own section here when it lands.
 */
export const CONFIG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    environments: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: ID_PATTERN },
    },
    targets: {
      type: "object",
      additionalProperties: false,
      properties: { roots: { ...stringList, minItems: 1 }, exclude: stringList },
    },
  },
} as const;

let validate: ReturnType<Ajv["compile"]> | undefined;

/**
 * Loads `.gitops.yaml` from `repoDir` and merges it over the defaults. A
 * missing file means defaults. An unknown key, a wrong type or broken YAML is
 * a `UserError` naming the file, the line and the key.
 */
export function loadConfig(repoDir: string): { config: GitopsConfig; file?: string } {
  const path = join(repoDir, CONFIG_FILE);
  if (!existsSync(path)) return { config: structuredClone(DEFAULT_CONFIG) };
  const yaml = loadYamlFile(path, CONFIG_FILE);
  if (yaml.documents.length > 1) {
    throw new UserError(
      `${CONFIG_FILE}: expected one YAML document, found ${yaml.documents.length}`,
      CONFIG_FILE,
    );
  }
  const document = yaml.documents[0];
  const raw = document?.value ?? {};
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(CONFIG_SCHEMA);
  if (!validate(raw)) {
    throw configError(validate.errors ?? [], yaml, document);
  }
  return { config: mergeConfig(raw), file: CONFIG_FILE };
}

function mergeConfig(raw: Partial<GitopsConfig>): GitopsConfig {
  const d = structuredClone(DEFAULT_CONFIG);
  return {
    environments: raw.environments ?? d.environments,
    targets: { ...d.targets, ...raw.targets },
  };
}

/** Turns the first ajv error into one message: file:line, the key path, and what is allowed. */
function configError(errors: ErrorObject[], yaml: YamlFile, document: YamlDocument | undefined): UserError {
  // Unknown keys first: they are the most common mistake and the easiest to fix.
  const err = errors.find((e) => e.keyword === "additionalProperties") ?? errors[0];
  if (!err) return new UserError(`${CONFIG_FILE}: invalid config`, CONFIG_FILE);
  const path = err.instancePath.split("/").slice(1).map(decodePointer);
  let key: string;
  let what: string;
  if (err.keyword === "additionalProperties") {
    const extra = (err.params as { additionalProperty: string }).additionalProperty;
    path.push(extra);
    key = path.join(".");
    what = `unknown key "${key}"; allowed here: ${allowedKeys(path.slice(0, -1)).join(", ")}`;
  } else {
    key = path.join(".") || "(root)";
    what = `"${key}" ${err.message ?? "is invalid"}`;
  }
  const line = document
    ? lineAt(
        yaml,
        document,
        path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      )
    : undefined;
  return new UserError(`${CONFIG_FILE}${line ? `:${line}` : ""}: ${what}`, CONFIG_FILE, line);
}

function allowedKeys(path: string[]): string[] {
  let node: unknown = CONFIG_SCHEMA;
  for (const p of path) {
    const n = node as { properties?: Record<string, unknown>; items?: unknown };
    node = /^\d+$/.test(p) ? n.items : n.properties?.[p];
  }
  return Object.keys((node as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
}

function decodePointer(s: string): string {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
