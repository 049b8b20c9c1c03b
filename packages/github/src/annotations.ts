/**
 * Findings as check annotations on the run and the PR diff. Which findings
 * survive GitHub's per-step cap is decided by the core reporter; this file
 * only hands them to the runner and says how many were left out, because
 * GitHub drops the excess without a word.
 */
import * as core from "@actions/core";

import type { Finding } from "../../core/src/finding.js";
import {
  toAnnotations,
  type Annotation,
  type AnnotationOptions,
} from "../../core/src/reporters/annotations.js";

/** What {@link emitAnnotations} did. */
export interface EmitResult {
  /** Annotations written to the log. */
  emitted: number;
  /** Findings left out by the cap. */
  dropped: number;
}

const EMIT: Record<Annotation["level"], typeof core.error> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice,
};

/** Emits `findings` as annotations, worst first, and logs a line when some were left out. */
export function emitAnnotations(findings: readonly Finding[], options?: AnnotationOptions): EmitResult {
  const { annotations, dropped } = toAnnotations(findings, options);
  for (const a of annotations) {
    EMIT[a.level](a.message, {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      startColumn: a.startColumn,
    });
  }
  if (dropped > 0) {
    const noun = dropped === 1 ? "finding was" : "findings were";
    core.info(
      `${dropped} more ${noun} not annotated (GitHub shows only a few per step); see the job summary.`,
    );
  }
  return { emitted: annotations.length, dropped };
}
