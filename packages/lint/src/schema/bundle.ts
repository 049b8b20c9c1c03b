import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { UserError } from "../../../core/src/errors.js";

/** `apiVersion/Kind` → [definition name, 1 when namespaced, source package (CRDs)]. */
export type KindTable = Record<string, [string, number, string?]>;

/** The schemas of one Kubernetes minor, or of the bundled CRDs. */
export interface SchemaSet {
  /** Definition name → index into {@link SchemaBundle.pool}. */
  defs: Record<string, number>;
  kinds: KindTable;
  /** The npm package the set was generated from. */
  source?: string;
}

/** packages/lint/schemas/schemas.json.gz.b64 (base64 of gzipped JSON), written by scripts/gen-schemas.mjs. */
export interface SchemaBundle {
  format: number;
  /** The npm packages the schemas were generated from (`name@version`), pinned by integrity. */
  sources: { package: string; integrity: string; license?: string }[];
  defaultVersion: string;
  /** Unique definition bodies, shared by the sets. */
  pool: Record<string, unknown>[];
  kubernetes: Record<string, SchemaSet>;
  crds: SchemaSet;
}

let cached: SchemaBundle | undefined;

/**
 * The bundled schemas, read and inflated once per process. The path is a literal URL beside
 * this module so ncc copies the file into dist/ next to the bundle.
 */
export function schemaBundle(): SchemaBundle {
  cached ??= JSON.parse(
    gunzipSync(
      Buffer.from(
        readFileSync(new URL("../../schemas/schemas.json.gz.b64", import.meta.url), "utf8"),
        "base64",
      ),
    ).toString("utf8"),
  ) as SchemaBundle;
  return cached;
}

/** Kubernetes minors with bundled schemas, oldest first. */
export function bundledVersions(): string[] {
  return Object.keys(schemaBundle().kubernetes).sort(compareMinor);
}

/**
 * The minor to validate against: `requested` (e.g. "1.33", "v1.33.2"), else `fallback`
 * (render.kubeVersion), else the newest bundled. A requested minor that is not bundled is a
 * `UserError` naming the ones that are; an unbundled fallback falls back to the newest.
 */
export function resolveKubeVersion(requested: string | undefined, fallback = ""): string {
  const versions = bundledVersions();
  const newest = versions.at(-1) ?? schemaBundle().defaultVersion;
  if (requested) {
    const minor = toMinor(requested);
    if (!minor || !versions.includes(minor))
      throw new UserError(
        `Kubernetes version "${requested}" has no bundled schemas; choose one of ${versions.join(", ")}`,
      );
    return minor;
  }
  const minor = toMinor(fallback);
  return minor && versions.includes(minor) ? minor : newest;
}

function toMinor(v: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)(\.\d+)?$/.exec(v.trim());
  return m ? `${m[1] ?? ""}.${m[2] ?? ""}` : undefined;
}

function compareMinor(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}
