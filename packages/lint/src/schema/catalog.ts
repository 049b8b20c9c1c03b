import { Ajv, type ValidateFunction } from "ajv";
import { schemaBundle, type SchemaSet } from "./bundle.js";
import type { RepoCrd } from "./crd.js";

/** A compiled validator for one kind, and where its schema came from. */
export interface KindSchema {
  validate: ValidateFunction;
  namespaced: boolean;
  /** `kubernetes 1.33`, `@kubernetes-models/cert-manager@6.0.0` or `CRD in clusters/prod`. */
  source: string;
}

/**
 * Every schema `gitops lint` knows, for one Kubernetes minor: the bundled Kubernetes and CRD
 * schemas plus the CRDs the repository renders (which win: the repo's own CRD is the truth).
 * The definitions are registered once; a kind's validator is compiled by ajv on first use and
 * cached, so each kind is compiled once per run however many resources it has.
 */
export class SchemaCatalog {
  private readonly ajv: Ajv;
  private readonly kinds = new Map<string, { ref: string; namespaced: boolean; source: string }>();
  private readonly compiled = new Map<string, KindSchema | null>();
  /** Keys (`group/version/Kind`) of custom resources: the bundled CRD set and the repo's CRDs. */
  private readonly custom = new Set<string>();
  private readonly strict: boolean;

  constructor(
    readonly kubeVersion: string,
    options: { strict?: boolean } = {},
  ) {
    this.strict = options.strict ?? true;
    const bundle = schemaBundle();
    const k8s = bundle.kubernetes[kubeVersion];
    if (!k8s) throw new Error(`no bundled schemas for Kubernetes ${kubeVersion}`);
    // Formats are not checked (kubeconform's default too); unknown keywords such as
    // x-kubernetes-* in repo CRDs are ignored rather than rejected.
    this.ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    this.register("k8s", k8s, `Kubernetes ${kubeVersion}`);
    this.register("crds", bundle.crds, "");
  }

  /** Adds the served versions of CRDs the repository renders; they replace bundled schemas of the same kind. */
  addRepoCrds(crds: readonly RepoCrd[]): void {
    for (const crd of crds) {
      // No ":" or "/" in the id: "k8s#/..." refs must resolve to the registered k8s schema.
      const id = `repo-crd-${crd.key.replace(/[/:]/g, "_")}`;
      if (this.ajv.getSchema(id)) continue;
      this.ajv.addSchema(this.loosen(crd.schema), id);
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
        ? {
            validate: this.ajv.compile({ $ref: entry.ref }),
            namespaced: entry.namespaced,
            source: entry.source,
          }
        : null;
      this.compiled.set(key, hit);
    }
    return hit ?? undefined;
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

  private register(id: string, set: SchemaSet, source: string): void {
    const pool = schemaBundle().pool;
    const definitions: Record<string, unknown> = {};
    for (const [name, index] of Object.entries(set.defs)) definitions[name] = this.loosen(pool[index]);
    this.ajv.addSchema({ definitions }, id);
    for (const [key, [ref, namespaced, pkg]] of Object.entries(set.kinds)) {
      this.kinds.set(key, {
        ref: `${id}#/definitions/${ref}`,
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
