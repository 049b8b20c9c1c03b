/** The fields a promotion changes, collected file by file into one editor per target file. */
import type { YamlFile } from "../../core/src/index.js";
import { sameScalar, type ScalarText } from "./scalar.js";
import { YamlEditor } from "./yaml-edit.js";
import { formatPath, readField, type PathStep } from "./yaml-lookup.js";

/** One promoted field, as the change table shows it. */
export interface Change {
  service: string;
  /** The target file, relative to the repo. */
  file: string;
  /** e.g. `images[ghcr.io/org/cms].newTag`, `image.tag`, `spec.source.targetRevision`. */
  field: string;
  /** The target's value before, or null when it lacked the field. */
  from: string | null;
  /** The source's value, or null when the source does not set it (the field is removed). */
  to: string | null;
  /** 1-based line of the field (or where it goes) in the target file. */
  line: number;
}

/** A file the promotion rewrites. */
export interface PlannedFile {
  path: string;
  before: string;
  after: string;
}

/** The changes found so far, and one editor per target file that collects them. */
export class Changeset {
  readonly changes: Change[] = [];
  private readonly editors = new Map<string, YamlEditor>();

  field(
    service: string,
    file: YamlFile,
    doc: number,
    path: readonly PathStep[],
    key: string,
    to: ScalarText | undefined,
  ) {
    const document = file.documents[doc];
    const current = document ? readField(file, document, path, key) : { line: 1, value: undefined };
    if (sameScalar(current.value, to)) return;
    let editor = this.editors.get(file.file);
    if (!editor) {
      editor = new YamlEditor(file);
      this.editors.set(file.file, editor);
    }
    editor.set(doc, path, key, to ?? null);
    this.changes.push({
      service,
      file: file.file,
      field: formatPath(path, key),
      from: current.value?.text ?? null,
      to: to?.text ?? null,
      line: current.line,
    });
  }

  files(): PlannedFile[] {
    const out: PlannedFile[] = [];
    for (const editor of this.editors.values()) {
      const after = editor.apply();
      if (after !== editor.file.text) out.push({ path: editor.file.file, before: editor.file.text, after });
    }
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }
}
