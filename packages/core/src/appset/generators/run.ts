/** What every generator shares while one ApplicationSet expands. */
import type { Budget } from "../budget.js";
import type { MissingKey } from "../gotemplate/exec.js";
import type { Replacer } from "../render.js";
import type { AppSetContext } from "../types.js";
import type { RepoIndex } from "./repo.js";

export interface Run {
  ctx: AppSetContext;
  /** The ApplicationSet's name, for messages. */
  name: string;
  goTemplate: boolean;
  missingKey: MissingKey;
  replace: Replacer;
  budget: Budget;
  repo: RepoIndex;
  /** Records that a generator needs the live cluster or SCM (said once). */
  note(message: string): void;
  inputs: { files: Set<string>; dirs: Set<string> };
}

/** A problem with the ApplicationSet's content; expansion reports it and goes on with the next generator. */
export class ExpansionError extends Error {}
