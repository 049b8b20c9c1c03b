import { readFileSync, statSync } from "node:fs";
import { UserError } from "../errors.js";
import { parseRenderedYaml, type RenderedDocument } from "../rendered-yaml.js";
import { decodeUtf8, DEFAULT_YAML_LIMITS } from "../yaml.js";

/**
 * The documents of a file people write, for discovery: values and the line each starts on, with
 * the hand-written-file limits. Discovery reads every Application, kustomization and chart of the
 * repository and needs no comments or node positions, so it takes core's fast reader (the one
 * for tool output, about 7× faster than the editing loader); it still refuses duplicate keys,
 * alias bombs, bad UTF-8 and oversized files with a `UserError` naming `file:line`.
 */
export function readDocuments(path: string, file: string): RenderedDocument[] {
  return parseDocuments(path, file, statOf(path, file));
}

/** Reads documents the way {@link readDocuments} does. */
export type DocumentReader = (path: string, file: string) => RenderedDocument[];

/**
 * A {@link readDocuments} that parses each file once: discovery (what kustomizations use) and
 * every target's input graph read the same kustomizations, a shared base once per overlay. A
 * file is read again when its size or modification time changed. Callers share the result and
 * must not change it; a refusal is remembered and thrown again.
 */
export function documentReader(): DocumentReader {
  const memo = new Map<string, { stamp: string; docs?: RenderedDocument[]; err?: UserError }>();
  return (path, file) => {
    let st: { size: number; mtimeMs: number };
    try {
      st = statOf(path, file);
    } catch (err) {
      memo.delete(path);
      throw err;
    }
    const stamp = `${file}\0${st.size}\0${st.mtimeMs}`;
    const hit = memo.get(path);
    if (hit?.stamp === stamp) {
      if (hit.err) throw hit.err;
      if (hit.docs) return hit.docs;
    }
    try {
      const docs = parseDocuments(path, file, st);
      memo.set(path, { stamp, docs });
      return docs;
    } catch (err) {
      if (err instanceof UserError) memo.set(path, { stamp, err });
      throw err;
    }
  };
}

function statOf(path: string, file: string): { size: number; mtimeMs: number } {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UserError(`${file}: not a regular file`, file);
    return st;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file}: cannot read`, file);
  }
}

function parseDocuments(path: string, file: string, st: { size: number }): RenderedDocument[] {
  const size = st.size;
  if (size > DEFAULT_YAML_LIMITS.maxBytes) {
    throw new UserError(
      `${file}: ${size} bytes exceed the ${DEFAULT_YAML_LIMITS.maxBytes}-byte limit for a YAML file`,
      file,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UserError(`${file}: cannot read`, file);
  }
  return parseRenderedYaml(decodeUtf8(bytes, file), file, DEFAULT_YAML_LIMITS);
}
