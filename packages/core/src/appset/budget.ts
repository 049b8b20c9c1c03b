/**
 * Caps on the work one ApplicationSet may cause, so that hostile content (a
 * template that loops or recurses, a generator that multiplies) ends with an
 * error instead of exhausting time or memory.
 */

export const LIMITS = {
  /** Applications one ApplicationSet may generate (and parameter sets a generator may produce). */
  maxApplications: 10_000,
  /** Characters one template execution may write. */
  maxTemplateOutput: 1024 * 1024,
  /** Characters all rendered strings of one ApplicationSet may add up to. */
  maxTotalOutput: 64 * 1024 * 1024,
  /** Nested `{{template}}` calls (Go allows 100000; a JavaScript stack does not). */
  maxTemplateDepth: 200,
  /** Template evaluation steps for one ApplicationSet. */
  maxSteps: 10_000_000,
  /** Elements a list function (`until`, `repeat` ...) may build. */
  maxListLength: 100_000,
  /** Folders and files listed for git generators. */
  maxRepoEntries: 200_000,
  /** Nesting of values walked by flatten, merge and print. */
  maxDepth: 100,
} as const;

export class LimitError extends Error {}

/** A step counter shared by everything one expansion evaluates. */
export class Budget {
  private steps = 0;
  private output = 0;

  constructor(
    readonly maxSteps: number = LIMITS.maxSteps,
    readonly maxOutput: number = LIMITS.maxTotalOutput,
  ) {}

  spend(n = 1): void {
    this.steps += n;
    if (this.steps > this.maxSteps) {
      throw new LimitError(`expansion stopped after ${this.maxSteps} template steps (a loop or recursion?)`);
    }
  }

  write(chars: number): void {
    this.output += chars;
    if (this.output > this.maxOutput) {
      throw new LimitError(`rendered output exceeds ${this.maxOutput} characters`);
    }
  }
}
