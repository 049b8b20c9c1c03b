/**
 * Faithful YAML edits. The `yaml` Document (from core's `parseYaml`) finds
 * each field and its exact source range; the change is then spliced into
 * the original text, so comments, key order, quoting, flow style, anchors,
 * blank lines and the indentation of untouched lines stay exactly as they
 * were and a diff shows only the changed scalars. (Re-printing the whole
 * Document would re-indent `- name:` lists and respace flow maps.)
 */
import { parseYaml, type YamlFile } from "../../core/src/index.js";
import type { ScalarText } from "./scalar.js";
import { formatPath, readField, type PathStep } from "./yaml-lookup.js";
import { applyEdits, type TextEdit } from "./yaml-text.js";
import { appendToRoot, stepId, type Child } from "./yaml-tree.js";
import { Walk } from "./yaml-walk.js";

interface Request {
  doc: number;
  path: PathStep[];
  key: string;
  value: ScalarText | null;
}

/** Collects field changes for one file and applies them to its text in one go. */
export class YamlEditor {
  private readonly roots = new Map<number, Map<string, Child>>();
  private readonly requests: Request[] = [];
  private readonly spliced: { edit: TextEdit; check: (text: string) => void }[] = [];

  constructor(readonly file: YamlFile) {}

  /**
   * Asks for field `key` of the map at `path` in document `doc` to hold
   * `value`, or to be removed when `value` is null. Maps and list entries on
   * the way are created when missing.
   */
  set(doc: number, path: readonly PathStep[], key: string, value: ScalarText | null): void {
    let children = this.roots.get(doc) ?? new Map<string, Child>();
    this.roots.set(doc, children);
    for (const step of path) {
      const id = stepId(step);
      let child = children.get(id);
      if (!child) {
        child = { kind: "branch", step, children: new Map() };
        children.set(id, child);
      }
      if (child.kind !== "branch") throw new Error(`${formatPath(path)} is both a field and a map`);
      children = child.children;
    }
    if (children.get(stepId(key))?.kind === "branch") throw new Error(`${key} is both a field and a map`);
    children.set(stepId(key), { kind: "leaf", key, value });
    this.requests.push({ doc, path: [...path], key, value });
  }

  /**
   * Adds an edit made outside the field tree (a YAML string edited inside, yaml-embedded.ts)
   * and how to check the result.
   */
  splice(edit: TextEdit, check: (text: string) => void): void {
    this.spliced.push({ edit, check });
  }

  /** True when nothing was asked for. */
  get empty(): boolean {
    return this.requests.length === 0 && this.spliced.length === 0;
  }

  /** The edited text. Throws (a bug) when reading it back does not show every requested value. */
  apply(): string {
    const edits: TextEdit[] = [];
    for (const [index, children] of this.roots) {
      const document = this.file.documents[index];
      if (document) new Walk(this.file, document, edits).root(children);
      else if (index === 0 && this.file.documents.length === 0)
        edits.push(...appendToRoot(this.file.text, children));
      else throw new Error(`${this.file.file} has no document ${index}`);
    }
    edits.push(...this.spliced.map((s) => s.edit));
    // New lines follow the file's line endings.
    const eol = this.file.text.includes("\r\n") ? "\r\n" : "\n";
    const out = applyEdits(
      this.file.text,
      eol === "\n" ? edits : edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, eol) })),
    );
    this.verify(out);
    for (const s of this.spliced) s.check(out);
    return out;
  }

  private verify(text: string): void {
    const reread = parseYaml(text, this.file.file);
    for (const r of this.requests) {
      const document = reread.documents[r.doc];
      const got = document ? readField(reread, document, r.path, r.key).value : undefined;
      if (got?.text !== r.value?.text) {
        throw new Error(
          `editing ${this.file.file} left ${formatPath(r.path, r.key)} at ${got?.text ?? "(unset)"}, expected ${r.value?.text ?? "(unset)"}`,
        );
      }
    }
  }
}
