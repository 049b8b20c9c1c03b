/** The fields a promotion changes, collected file by file into one editor per target file. */
import { createHash } from "node:crypto";
import type { YamlFile } from "../../core/src/index.js";
import { sameScalar, type ScalarText } from "./scalar.js";
import { YamlEditor } from "./yaml-edit.js";
import { checkEmbedded, embeddedEdit, isEmbedded, type EmbeddedFile } from "./yaml-embedded.js";
import { formatPath, readField, type PathStep } from "./yaml-lookup.js";

/** The `field` of a change that copies a whole file. */
export const FILE_FIELD = "(file)";

/** A short content id for a whole-file change: `sha256:` and 12 hex digits. */
export function contentId(text: string): string {
  return `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}

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
  /** True when the file does not exist yet (a whole-file copy into a folder that lacks it). */
  created?: boolean;
}

/** The changes found so far, and one editor per target file that collects them. */
export class Changeset {
  readonly changes: Change[] = [];
  private readonly editors = new Map<string, YamlEditor>();
  /** Editors of YAML strings inside files (`helm.values: |`, inline patches), by their place. */
  private readonly inner = new Map<string, YamlEditor>();
  /** Inner editors already spliced into their files (files() may be asked twice). */
  private readonly merged = new Set<string>();
  private readonly copies = new Map<string, PlannedFile | undefined>();

  /**
   * `path` becomes `after` whole (`before` undefined: it is created). A copied file takes no
   * field edits: the copy already carries the source's fields.
   */
  copy(service: string, path: string, before: string | undefined, after: string): void {
    if (this.copies.has(path)) return;
    if (before === after) {
      this.copies.set(path, undefined);
      return;
    }
    this.copies.set(path, {
      path,
      before: before ?? "",
      after,
      ...(before === undefined ? { created: true } : {}),
    });
    this.changes.push({
      service,
      file: path,
      field: FILE_FIELD,
      from: before === undefined ? null : contentId(before),
      to: contentId(after),
      line: 1,
    });
  }

  /** True when `path` is promoted by copying it whole. */
  copied(path: string): boolean {
    return this.copies.has(path);
  }

  field(
    service: string,
    file: YamlFile,
    doc: number,
    path: readonly PathStep[],
    key: string,
    to: ScalarText | undefined,
  ) {
    if (this.copies.has(file.file)) return;
    const document = file.documents[doc];
    const current = document ? readField(file, document, path, key) : { line: 1, value: undefined };
    if (sameScalar(current.value, to)) return;
    const embedding = isEmbedded(file) ? file.embedding : undefined;
    const editors = embedding ? this.inner : this.editors;
    const id = embedding?.id ?? file.file;
    let editor = editors.get(id);
    if (!editor) {
      editor = new YamlEditor(file);
      editors.set(id, editor);
    }
    editor.set(doc, path, key, to ?? null);
    this.changes.push({
      service,
      file: file.file,
      field: embedding ? `${embedding.field}: ${formatPath(path, key)}` : formatPath(path, key),
      from: current.value?.text ?? null,
      to: to?.text ?? null,
      line: current.line + (embedding?.lineOffset ?? 0),
    });
  }

  files(): PlannedFile[] {
    // Each edited YAML string becomes one edit of its file, beside that file's own field edits.
    for (const [id, editor] of this.inner) {
      if (this.merged.has(id)) continue;
      this.merged.add(id);
      const file = editor.file as EmbeddedFile;
      const after = editor.apply();
      if (after === file.text) continue;
      const { outer } = file.embedding;
      let target = this.editors.get(outer.file);
      if (!target) {
        target = new YamlEditor(outer);
        this.editors.set(outer.file, target);
      }
      target.splice(embeddedEdit(file, after), (text) => {
        checkEmbedded(file, text, after);
      });
    }
    const out: PlannedFile[] = [];
    for (const copy of this.copies.values()) if (copy) out.push(copy);
    for (const editor of this.editors.values()) {
      const after = editor.apply();
      if (after !== editor.file.text) out.push({ path: editor.file.file, before: editor.file.text, after });
    }
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }
}
