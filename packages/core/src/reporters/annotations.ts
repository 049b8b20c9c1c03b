import { resourceLabel, SEVERITIES, sortFindings, type Finding, type Severity } from "../finding.js";

/** One GitHub check annotation, in the shape `@actions/core`'s `error()/warning()/notice()` take. */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  /** `${tool}: ${rule}`. */
  title: string;
  /** Repo-relative path; absent for findings about the repo as a whole. */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationOptions {
  /** Most annotations to emit of each level (default 10, what GitHub shows per step). */
  limit?: number;
}

export interface AnnotationBatch {
  /** Worst first, at most `limit` of each level. */
  annotations: Annotation[];
  /** How many findings were left out by the cap, for a "N more in the job summary" line. */
  dropped: number;
}

/**
 * GitHub shows at most 10 annotations of each level per step (and 50 per job) and silently drops
 * the rest, so we choose which ones survive: worst first, in report order, `limit` per level.
 */
export const DEFAULT_ANNOTATION_LIMIT = 10;

/**
 * Turns findings into annotations, worst first and capped per level.
 * The resource label is appended to the message (the annotation has no field for it), and a
 * finding with no file names its target in the message, since it will not be pinned to a file.
 */
export function toAnnotations(findings: readonly Finding[], opts: AnnotationOptions = {}): AnnotationBatch {
  const limit = Math.max(0, opts.limit ?? DEFAULT_ANNOTATION_LIMIT);
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let dropped = 0;
  for (const f of sortFindings(findings)) {
    if (taken[f.severity] >= limit) {
      dropped += 1;
      continue;
    }
    taken[f.severity] += 1;
    annotations.push(toAnnotation(f));
  }
  return { annotations, dropped };
}

function toAnnotation(f: Finding): Annotation {
  let message = f.message;
  if (!f.file && f.target) message = `${f.target}: ${message}`;
  if (f.resource) message = `${message} [${resourceLabel(f.resource)}]`;
  const a: Annotation = { level: f.severity, message, title: `${f.tool}: ${f.rule}` };
  if (f.file) {
    a.file = f.file;
    if (f.line) {
      a.startLine = f.line;
      // GitHub ignores a column without a line, so only carry it alongside one.
      if (f.column) a.startColumn = f.column;
    }
  }
  return a;
}

/**
 * The `::error file=...,line=...,col=...,title=...::message` line the runner turns into an
 * annotation, escaped as `@actions/core` does (`toCommandValue`/`escapeData`/`escapeProperty`).
 *
 * The escaping is what keeps untrusted text inert: a message can hold no raw CR or LF, so it can
 * never begin a line of its own (`\n::add-mask::...`, `\n::stop-commands::...`), and a property
 * can hold no `,` or `:` to smuggle in another property or end the property list early.
 */
export function formatWorkflowCommand(a: Annotation): string {
  const props: string[] = [];
  if (a.file !== undefined) props.push(`file=${escapeProperty(a.file)}`);
  if (a.startLine !== undefined) props.push(`line=${a.startLine}`);
  if (a.startColumn !== undefined) props.push(`col=${a.startColumn}`);
  props.push(`title=${escapeProperty(a.title)}`);
  // The level is ours, but check it anyway: it is the one part of the line we do not escape.
  const level = SEVERITIES.includes(a.level) ? a.level : "error";
  return `::${level} ${props.join(",")}::${escapeData(a.message)}`;
}

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a `key=value` property of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
