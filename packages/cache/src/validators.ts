/**
 * Compiled schema validators kept in the persistent cache. ajv builds a validator by generating
 * JavaScript from the schema, which for Kubernetes kinds (deep, shared definitions) is most of
 * lint's cost on a warm run (about 0.25 s per kind), and for `.gitops.yaml`'s schema about 50 ms
 * of every command that reads it. The generated code is kept as
 * ajv's standalone module text, keyed by everything that decides it, and a hit only evaluates
 * it: the same code ajv would have generated, so the same errors.
 */
import type { Ajv, ValidateFunction } from "ajv";
import * as equal from "ajv/dist/runtime/equal.js";
import * as ucs2length from "ajv/dist/runtime/ucs2length.js";
import * as standalone from "ajv/dist/standalone/index.js";
import { codeIdentity } from "./code.js";
import { cacheKey } from "./key.js";
import type { CacheStore } from "./store.js";

/** The cache entry kind (a folder of the store). */
const KIND = "schema-validator";

let store: CacheStore | undefined;

/**
 * Sets the store compiled validators are kept in (undefined: none), for the run that owns
 * the cache: validate opens it once, and `--no-cache` must reach every catalog of the run and
 * the config loader.
 */
export function useCompiledSchemaCache(s: CacheStore | undefined): void {
  store = s;
}

/** Runs `work` with `s` as the store of compiled validators, then puts back the one before. */
export async function withCompiledSchemaCache<T>(
  s: CacheStore | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const previous = store;
  store = s;
  try {
    return await work();
  } finally {
    store = previous;
  }
}

/** The store set by {@link useCompiledSchemaCache}, if any. */
export function compiledSchemaCache(): CacheStore | undefined {
  return store;
}

/**
 * The helpers ajv's standalone code `require`s. Only these two can appear with our options
 * (no formats, no JTD, no $async); code that asks for another is never stored.
 */
const RUNTIME: Record<string, unknown> = {
  "ajv/dist/runtime/equal": { default: exported(equal) },
  "ajv/dist/runtime/ucs2length": { default: exported(ucs2length) },
};
const REQUIRE = /require\("([^"]+)"\)/g;

/**
 * ajv's runtime files are CommonJS with `exports.default`; depending on the loader (Node,
 * vitest, the ncc bundle) the import is that exports object or a namespace whose default is it.
 */
function exported(ns: unknown): unknown {
  const d = (ns as { default?: unknown }).default;
  return typeof d === "function" ? d : (d as { default?: unknown } | undefined)?.default;
}

/** ajv's standalone module text (CommonJS) of a validator compiled with `code.source`. */
export function standaloneSource(ajv: Ajv, validate: ValidateFunction): string {
  const write = exported(standalone) as (ajv: Ajv, v: ValidateFunction) => string;
  return write(ajv, validate);
}

/** Everything a compiled validator depends on besides the code (whose identity is added here). */
export type ValidatorKey = Record<string, unknown>;

/**
 * The validator for `key` from the cache, else `compile()`'s (then stored as standalone code by
 * `source`). Any problem with an entry (corrupt, unevaluable) is a miss, never an error.
 */
export function cachedValidator(
  cache: CacheStore,
  key: ValidatorKey,
  compile: () => ValidateFunction,
  source: (v: ValidateFunction) => string,
): ValidateFunction {
  const id = cacheKey({ validator: key, code: codeIdentity() });
  const text = cache.get(KIND, id);
  if (text !== undefined) {
    const loaded = evaluate(text);
    if (loaded) return loaded;
  }
  const fresh = compile();
  let code: string | undefined;
  try {
    code = source(fresh);
  } catch {
    // A validator ajv cannot write out (none known) is just not stored.
  }
  if (code !== undefined && requiresKnown(code)) cache.put(KIND, id, code);
  return fresh;
}

function requiresKnown(code: string): boolean {
  for (const m of code.matchAll(REQUIRE)) if (!(m[1] !== undefined && m[1] in RUNTIME)) return false;
  return true;
}

/** Runs standalone module text (CommonJS) and returns its export, or undefined. */
function evaluate(code: string): ValidateFunction | undefined {
  if (!requiresKnown(code)) return undefined;
  try {
    const module: { exports: unknown } = { exports: {} };
    const require = (name: string): unknown => RUNTIME[name];
    // The text is what ajv generated from our own schemas, read back from a checksummed entry.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function("require", "module", "exports", code) as (...args: unknown[]) => void;
    run(require, module, module.exports);
    return typeof module.exports === "function" ? (module.exports as ValidateFunction) : undefined;
  } catch {
    return undefined;
  }
}
