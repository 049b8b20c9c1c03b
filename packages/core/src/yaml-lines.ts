import { UserError } from "./errors.js";
import { lineAt, type YamlFile } from "./yaml.js";

/** The line of a field, given the line its document starts on. */
export type LineOf = (docLine: number, path: readonly (string | number)[]) => number;

/** Lines found in an earlier run for the same content of the file (the persistent cache's). */
export interface KnownLines {
  get(docLine: number, path: readonly (string | number)[]): number | undefined;
  set(docLine: number, path: readonly (string | number)[], line: number): void;
}

/**
 * Field lines for documents the fast reader parsed. The fast reader keeps no node positions, so
 * `load` (the careful loader, which does) runs on the first call only: a file no finding points
 * into is never parsed twice. Both readers number a document by its first content line, which
 * is how the two parses are matched. Should the careful loader refuse what the fast reader took,
 * the document's own line is the answer. With `known`, a line found before for the same content
 * is taken from there, and one found now is added to it.
 */
export function lazyLines(load: () => YamlFile, known?: KnownLines): LineOf {
  let file: YamlFile | null | undefined;
  return (docLine, path) => {
    const remembered = known?.get(docLine, path);
    if (remembered !== undefined) return remembered;
    if (file === undefined) {
      try {
        file = load();
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        file = null;
      }
    }
    const document = file?.documents.find((d) => d.line === docLine);
    const line = file && document ? lineAt(file, document, path) : docLine;
    known?.set(docLine, path, line);
    return line;
  };
}
