import { UserError } from "../../../core/src/errors.js";
import { lineAt, type YamlDocument, type YamlFile } from "../../../core/src/yaml.js";
import type { DefinedAt } from "../types.js";

type Path = readonly (string | number)[];

/**
 * One YAML document being read as a policy: typed accessors that turn every
 * malformed field into a UserError naming `file:line` and the field's path.
 */
export class DocReader {
  constructor(
    readonly yaml: YamlFile,
    readonly doc: YamlDocument,
  ) {}

  get file(): string {
    return this.yaml.file;
  }

  /** Where the document (or the field at `path`) starts. */
  at(path: Path = []): DefinedAt {
    return { file: this.yaml.file, line: lineAt(this.yaml, this.doc, path) };
  }

  fail(path: Path, message: string): UserError {
    const at = this.at(path);
    const field = path.length ? `${formatPath(path)} ` : "";
    return new UserError(`${at.file}:${at.line}: ${field}${message}`, at.file, at.line);
  }

  get(path: Path): unknown {
    let v: unknown = this.doc.value;
    for (const p of path) {
      if (typeof v !== "object" || v === null) return undefined;
      v = (v as Record<string | number, unknown>)[p];
    }
    return v;
  }

  string(path: Path, required = false): string | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) {
      if (required) throw this.fail(path, "is required");
      return undefined;
    }
    if (typeof v !== "string") throw this.fail(path, "must be a string");
    if (required && v === "") throw this.fail(path, "must not be empty");
    return v;
  }

  strings(path: Path): string[] {
    const v = this.get(path);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      throw this.fail(path, "must be a list of strings");
    return v as string[];
  }

  list(path: Path): unknown[] {
    const v = this.get(path);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw this.fail(path, "must be a list");
    return v;
  }

  object(path: Path): Record<string, unknown> | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "object" || Array.isArray(v)) throw this.fail(path, "must be a map");
    return v as Record<string, unknown>;
  }

  oneOf<T extends string>(path: Path, allowed: readonly T[], fallback: T): T {
    const v = this.string(path);
    if (v === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(v))
      throw this.fail(path, `must be one of ${allowed.join(", ")}, got "${v}"`);
    return v as T;
  }
}

/** `spec.validations[0].expression` */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
