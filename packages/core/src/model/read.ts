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
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UserError(`${file}: not a regular file`, file);
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file}: cannot read`, file);
  }
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
