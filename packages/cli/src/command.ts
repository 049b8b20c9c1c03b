import type { ParseArgsConfig } from "node:util";

/** Where a command writes: injected so tests run the CLI in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress lines, colour). */
  isTTY: boolean;
}

/** What every command receives once argv is parsed. */
export interface CommandContext {
  /** The infra-gitops checkout (`--repo`, default the current folder). */
  repo: string;
  /** `--json`: one JSON document on stdout and nothing else there. */
  json: boolean;
  /** Values of the command's own options. */
  options: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  io: Io;
}

/** A `gitops` subcommand. Commands only parse and print; the work lives in packages/. */
export interface Command {
  name: string;
  /** One line for `gitops --help`. */
  summary: string;
  /** Usage and option lines for `gitops <name> --help`. */
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Largest number of positional arguments (default 0). */
  maxPositionals?: number;
  /** Returns the exit code. Throws UserError for bad input (exit 2). */
  run(ctx: CommandContext): Promise<number>;
}

/**
 * A command as `gitops` lists it: the name, and the body loaded on demand. Loading
 * only the command that runs keeps start-up to its own modules (`--version` loads
 * none); `gitops --help` is the one path that loads every command, for the summaries.
 */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}
