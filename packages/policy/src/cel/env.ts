import { celEnv, isCelError, parse, plan, type CelEnv, type CelValue } from "@bufbuild/cel";
import { strings } from "@bufbuild/cel/ext";
import { RE2JS } from "@bufbuild/re2";
import { transformExpr } from "./ast.js";
import { references } from "./references.js";
import { formatFuncs } from "./lib/format.js";
import { ipFuncs } from "./lib/ip.js";
import { listFuncs } from "./lib/lists.js";
import { optionalFuncs } from "./lib/optional.js";
import { quantityFuncs } from "./lib/quantity.js";
import { regexFuncs } from "./lib/regex.js";
import { semverFuncs } from "./lib/semver.js";
import { urlFuncs } from "./lib/url.js";
import { PLACEHOLDER, rewriteOptionalSyntax, usesOptionalSyntax } from "./syntax.js";

/** An expression that could not be compiled: bad syntax, an unknown variable or an unsupported function. */
export class CelCompileError extends Error {
  override readonly name = "CelCompileError";
}

/** An expression that failed while it ran (no such key, bad types, division by zero ...). */
export class CelEvalError extends Error {
  override readonly name = "CelEvalError";
}

/** A compiled expression; `evaluate` throws {@link CelEvalError}. */
export interface CelProgram {
  readonly source: string;
  /** The free identifiers it reads (`object`, `request`, ...): bindings it does not read may be left out. */
  readonly idents: ReadonlySet<string>;
  evaluate(bindings: Record<string, CelValue>): CelValue;
}

/** Functions the planner implements itself, so they are never looked up in the environment. */
const PLANNER_FUNCTIONS = new Set([
  "_[_]",
  "_&&_",
  "_||_",
  "_?_:_",
  "@not_strictly_false",
  "__not_strictly_false__",
]);

/** Type names usable as values (`type(x) == int`). */
const TYPE_NAMES = new Set([
  "int",
  "uint",
  "double",
  "bool",
  "string",
  "bytes",
  "list",
  "map",
  "null_type",
  "type",
  "dyn",
]);

/** Variables that exist in Kubernetes but need a live cluster, with the reason we give. */
const CLUSTER_ONLY: Record<string, string> = {
  authorizer: "authorization checks (authorizer) need a live cluster",
};

let shared: CelEnv | undefined;

/** The one environment: CEL's standard library plus the Kubernetes libraries admission policies use. */
export function celEnvironment(): CelEnv {
  shared ??= celEnv({
    // The standard `matches` compiles its pattern on every call; ours compiles each pattern once.
    re2: { compile: cachedRe2 },
    funcs: [
      ...strings,
      ...optionalFuncs,
      ...listFuncs,
      ...regexFuncs,
      ...urlFuncs,
      ...quantityFuncs,
      ...ipFuncs,
      ...semverFuncs,
      ...formatFuncs,
    ],
  });
  return shared;
}

const cache = new Map<string, CelProgram>();
const patterns = new Map<string, RE2JS>();

function cachedRe2(pattern: string): RE2JS {
  let re = patterns.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    if (patterns.size > 1000) patterns.clear();
    patterns.set(pattern, re);
  }
  return re;
}

/**
 * Compiles `source` once (later calls with the same source and variables reuse it).
 * Every function it calls must exist and every free identifier must be one of
 * `variables`, so an unsupported expression fails here, never passes silently.
 */
export function compileCel(source: string, variables: readonly string[]): CelProgram {
  const key = `${variables.join(",")}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const program = compileUncached(source, variables);
  cache.set(key, program);
  return program;
}

/** Compiles without the cache: the benchmark's baseline. */
export function compileUncached(source: string, variables: readonly string[]): CelProgram {
  const env = celEnvironment();
  const text = usesOptionalSyntax(source) ? rewriteOptionalSyntax(source) : source;
  let parsed;
  try {
    parsed = parse(text);
  } catch (err) {
    throw new CelCompileError(`syntax error: ${cleanMessage((err as Error).message)}`);
  }
  transformExpr(parsed.expr, { next: 1n << 40n });
  const declared = new Set(variables);
  const refs = references(parsed.expr, declared);
  // Most specific first: a cluster-only variable, then a missing function, then an unknown name.
  const qualifiers = [...refs.functions].map((fn) => fn.split(".")[0] ?? "");
  for (const name of [...refs.idents, ...qualifiers]) {
    const reason = Object.hasOwn(CLUSTER_ONLY, name) ? CLUSTER_ONLY[name] : undefined;
    if (reason && !declared.has(name)) throw new CelCompileError(reason);
  }
  for (const fn of refs.functions) {
    if (PLANNER_FUNCTIONS.has(fn) || env.funcs.find(fn)) continue;
    throw new CelCompileError(`unsupported function "${fn}"`);
  }
  for (const ident of refs.idents) {
    if (declared.has(ident) || TYPE_NAMES.has(ident)) continue;
    throw new CelCompileError(`undeclared reference to "${ident}"`);
  }
  let run: ReturnType<typeof plan>;
  try {
    run = plan(env, parsed);
  } catch (err) {
    throw new CelCompileError(cleanMessage((err as Error).message));
  }
  return {
    source,
    idents: refs.idents,
    evaluate(bindings) {
      let result;
      try {
        result = run(bindings);
      } catch (err) {
        throw new CelEvalError(cleanMessage(err instanceof Error ? err.message : String(err)));
      }
      if (isCelError(result)) throw new CelEvalError(cleanMessage(result.message));
      return result;
    },
  };
}

/** Error text without our placeholders and without the parser's `<input>:` prefix. */
function cleanMessage(message: string): string {
  // Kubernetes (cel-go) says "no such key"; so do we, so messages read the same in CI and in the cluster.
  let out = message.replace(/^<input>:/, "").replace(/^field not found: /, "no such key: ");
  for (const p of Object.values(PLACEHOLDER)) out = out.split(p).join("?");
  return out;
}
