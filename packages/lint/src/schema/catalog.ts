import { Ajv, type ValidateFunction } from "ajv";
import type { CacheStore } from "../../../cache/src/index.js";
import { cacheKey } from "../../../cache/src/key.js";
import { schemaBundle, type SchemaSet } from "./bundle.js";
import { cachedValidator, compiledSchemaCache, standaloneSource } from "../../../cache/src/validators.js";
import type { RepoCrd } from "./crd.js";

/** A compiled validator for one kind, and where its schema came from. */
export interface KindSchema {
  validate: ValidateFunction;
  namespaced: boolean;
  /** `kubernetes 1.33`, `@kubernetes-models/cert-manager@6.0.0` or `CRD in clusters/prod`. */
  source: string;
}

/** `"$ref":"#/definitions/<name>"` in a bundled definition's JSON (a property named `$ref` is an object, never matched). */
const LOCAL_REF = /"\$ref":"#\/definitions\/([^"]+)"/g;
/** `"$ref":"<set>:<name>"`: a definition registered on its own (see {@link SchemaCatalog.register}). */
const SET_REF = /"\$ref":"(k8s|crds):([^"]+)"/g;

/**
 * Every schema `gitops lint` knows, for one Kubernetes minor: the bundled Kubernetes and CRD
 * schemas plus the CRDs the repository renders (which win: the repo's own CRD is the truth).
 * A kind's validator is compiled by ajv on first use and cached, so each kind is compiled once
 * per run however many resources it has. Bundled definitions reach ajv one by one, only those a
 * compiled kind refers to (`k8s:<name>`, `crds:<name>`): registering all 2,500 costs ajv a walk
 * of every one, more than most runs spend compiling.
 */
export class SchemaCatalog {
  /** Made on the first compile: a run whose validators all come from the cache needs no ajv. */
  private ajvInstance: Ajv | undefined;
  private readonly kinds = new Map<string, { ref: string; namespaced: boolean; source: string }>();
  private readonly compiled = new Map<string, KindSchema | null>();
  /** Keys (`group/version/Kind`) of custom resources: the bundled CRD set and the repo's CRDs. */
  private readonly custom = new Set<string>();
  /** The repo's CRD schemas (loosened as configured) by ajv id, in the order they were added. */
  private readonly repoSchemas = new Map<string, unknown>();
  private readonly strict: boolean;
  private readonly cache: CacheStore | undefined;
  /** Bundled definitions registered with the current ajv (`k8s:<name>`). */
  private readonly registered = new Set<string>();
  /** The `{ $ref }` schemas added to the current ajv, one per compiled ref. */
  private readonly wrappers = new Set<string>();

  constructor(
    readonly kubeVersion: string,
    options: { strict?: boolean } = {},
  ) {
    this.strict = options.strict ?? true;
    this.cache = compiledSchemaCache();
    const bundle = schemaBundle();
    const k8s = bundle.kubernetes[kubeVersion];
    if (!k8s) throw new Error(`no bundled schemas for Kubernetes ${kubeVersion}`);
    this.index("k8s", k8s, `Kubernetes ${kubeVersion}`);
    this.index("crds", bundle.crds, "");
  }

  /** Adds the served versions of CRDs the repository renders; they replace bundled schemas of the same kind. */
  addRepoCrds(crds: readonly RepoCrd[]): void {
    for (const crd of crds) {
      // No ":" or "/" in the id: it must not read as a URI scheme or path beside "k8s:<name>".
      const id = `repo-crd-${crd.key.replace(/[/:]/g, "_")}`;
      if (this.repoSchemas.has(id)) continue;
      const schema = this.loosen(crd.schema);
      this.repoSchemas.set(id, schema);
      this.ajvInstance?.addSchema(schema, id);
      this.kinds.set(crd.key, {
        ref: id,
        namespaced: crd.namespaced,
        source: `CRD rendered by ${crd.target}`,
      });
      this.custom.add(crd.key);
      this.compiled.delete(crd.key);
    }
  }

  /** The validator for `apiVersion`/`kind`, or undefined when no schema knows the kind. */
  lookup(apiVersion: string, kind: string): KindSchema | undefined {
    const key = `${apiVersion}/${kind}`;
    let hit = this.compiled.get(key);
    if (hit === undefined) {
      const entry = this.kinds.get(key);
      hit = entry
        ? { validate: this.validator(entry.ref), namespaced: entry.namespaced, source: entry.source }
        : null;
      this.compiled.set(key, hit);
    }
    return hit ?? undefined;
  }

  /** ajv's validator for `ref`, through the persistent cache when the run has one. */
  private validator(ref: string): ValidateFunction {
    const compile = () => {
      const ajv = this.ajv();
      const repo = this.repoSchemas.get(ref);
      if (repo === undefined) this.register(ajv, ref);
      else for (const m of JSON.stringify(repo).matchAll(SET_REF)) this.register(ajv, `${m[1]}:${m[2]}`);
      // Added without the meta-schema check that `ajv.compile` runs: the `$ref` wrapper is ours,
      // and checking it made ajv compile draft-07's own validator, more than a small kind costs.
      const id = `use-${ref}`;
      if (!this.wrappers.has(id)) {
        ajv.addSchema({ $ref: ref }, id, undefined, false);
        this.wrappers.add(id);
      }
      const validate = ajv.getSchema(id);
      if (!validate) throw new Error(`schema ${ref} did not compile`);
      return validate;
    };
    if (!this.cache) return compile();
    // A repo CRD's validator is keyed by every repo schema (one could refer to another); a
    // bundled kind's by the bundle, which the code identity covers, and the Kubernetes minor.
    const key = {
      ref,
      kubeVersion: this.kubeVersion,
      strict: this.strict,
      repo: ref.startsWith("repo-crd-") ? cacheKey([...this.repoSchemas]) : null,
    };
    return cachedValidator(this.cache, key, compile, (v) => standaloneSource(this.ajv(), v));
  }

  private ajv(): Ajv {
    if (this.ajvInstance) return this.ajvInstance;
    // Formats are not checked (kubeconform's default too); unknown keywords such as
    // x-kubernetes-* in repo CRDs are ignored rather than rejected. ajv's optimizing pass over
    // the generated code (constant folding, unused names) costs a third of a compile and buys
    // nothing measurable for objects this small: off. `code.source` keeps the generated code,
    // for the cache.
    const ajv = new Ajv({
      allErrors: true,
      strict: false,
      validateFormats: false,
      code: { optimize: false, ...(this.cache ? { source: true } : {}) },
    });
    for (const [id, schema] of this.repoSchemas) ajv.addSchema(schema as object, id);
    this.ajvInstance = ajv;
    return ajv;
  }

  /**
   * Registers the bundled definition `ref` (`k8s:<name>` or `crds:<name>`) and every definition
   * it refers to, each under its own id, with its `#/definitions/` refs rewritten to those ids.
   * A name the set lacks is left out: ajv then reports the missing ref at compile, as it would
   * with the whole set registered. No meta-schema check: the bundle is our own, and
   * test/lint/schema-bundle-meta.test.ts checks it once.
   */
  private register(ajv: Ajv, ref: string): void {
    const bundle = schemaBundle();
    const pending = [ref];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (this.registered.has(next)) continue;
      this.registered.add(next);
      const colon = next.indexOf(":");
      const id = next.slice(0, colon);
      const set = id === "k8s" ? bundle.kubernetes[this.kubeVersion] : bundle.crds;
      const index = set?.defs[next.slice(colon + 1)];
      if (index === undefined) continue;
      const json = JSON.stringify(bundle.pool[index]);
      for (const m of json.matchAll(LOCAL_REF)) pending.push(`${id}:${m[1] ?? ""}`);
      const schema = this.loosen(JSON.parse(json.replace(LOCAL_REF, `"$ref":"${id}:$1"`)) as object);
      ajv.addSchema(schema, next, undefined, false);
    }
  }

  /** Custom resource kinds (`group/Kind`, any version) a schema knows: bundled CRDs and the repo's. */
  crdKinds(): Set<string> {
    return new Set([...this.custom].map(groupKind));
  }

  /** The custom resource kind (`group/Kind`) of `apiVersion`/`kind`, when it is one a schema knows. */
  crdKind(apiVersion: string, kind: string): string | undefined {
    const key = `${apiVersion}/${kind}`;
    return this.custom.has(key) ? groupKind(key) : undefined;
  }

  /** Whether the kind is namespaced, when a schema knows it (without compiling it). */
  namespaced(apiVersion: string, kind: string): boolean | undefined {
    return this.kinds.get(`${apiVersion}/${kind}`)?.namespaced;
  }

  /** The kinds of a bundled set; their definitions reach ajv only when one is compiled. */
  private index(id: string, set: SchemaSet, source: string): void {
    for (const [key, [ref, namespaced, pkg]] of Object.entries(set.kinds)) {
      this.kinds.set(key, {
        ref: `${id}:${ref}`,
        namespaced: namespaced === 1,
        source: pkg ?? source,
      });
      if (id === "crds") this.custom.add(key);
    }
  }

  /** With `strict: false`, unknown fields pass: every closed object is opened. */
  private loosen<T>(schema: T): T {
    if (this.strict) return schema;
    return JSON.parse(
      JSON.stringify(schema).replaceAll('"additionalProperties":false', '"additionalProperties":true'),
    ) as T;
  }
}

/** `group/Kind` of a `group/version/Kind` key: one kind however many versions it serves. */
function groupKind(key: string): string {
  const parts = key.split("/");
  return `${parts.slice(0, -2).join("/")}/${parts.at(-1) ?? ""}`;
}
