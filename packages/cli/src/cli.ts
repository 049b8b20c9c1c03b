import { parseArgs, type ParseArgsConfig } from "node:util";
// Only the files the dispatcher needs: the core barrel would load every package at start-up.
import { ExitCode, isUserError, messageOf, UserError } from "../../core/src/errors.js";
import { VERSION } from "../../core/src/version.js";
import type { Command, Io } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { inertIo, type LoggedStreams } from "./inert-io.js";

/** Options every command takes. */
const GLOBAL_OPTIONS = {
  repo: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

const GLOBAL_HELP = `Global options:
  --repo DIR   the infra-gitops checkout (default: the current folder)
  --json       print one JSON document on stdout and nothing else there
  -h, --help   show help`;

export interface CliOptions {
  /**
   * The output goes to a GitHub Actions step log (main.ts: GITHUB_ACTIONS=true), where the runner
   * reads it for workflow commands; text that could hold one is printed inert (see inert-io.ts).
   * An option rather than read from the environment here, so in-process callers (tests run on
   * Actions too) get the plain output they expect.
   */
  workflowStep?: boolean;
  /** With `workflowStep`: the streams the runner reads (default both). */
  logged?: LoggedStreams;
}

/**
 * Runs `gitops` with `argv` (without node and the script) and returns the
 * exit code: 0 clean, 1 findings or failed targets, 2 bad usage or input.
 * User mistakes print one line naming what is wrong; only bugs mention a stack,
 * and only with GITOPS_DEBUG=1.
 */
export async function runCli(
  argv: string[],
  given: Io,
  env: NodeJS.ProcessEnv = process.env,
  options: CliOptions = {},
): Promise<number> {
  const inert = options.workflowStep ? inertIo(given, options.logged) : undefined;
  const io = inert?.text ?? given;
  try {
    return await dispatch(argv, io, inert?.json ?? given);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr(`gitops: ${err.message}\n`);
      return ExitCode.UsageError;
    }
    io.stderr(
      `gitops: unexpected error: ${messageOf(err)}\nThis is a bug in gitops-actions; please report it.\n`,
    );
    if (env.GITOPS_DEBUG === "1" && err instanceof Error && err.stack) io.stderr(err.stack + "\n");
    return ExitCode.Findings;
  }
}

/** `jsonIo` is what a `--json` run writes through. */
async function dispatch(argv: string[], io: Io, jsonIo: Io): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(await mainHelp());
    return first === undefined ? ExitCode.UsageError : ExitCode.Clean;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Clean;
  }
  if (first.startsWith("-")) {
    throw new UserError(`expected a command before "${first}"; run "gitops --help" for the list`);
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) {
    throw new UserError(`unknown command "${first}"; commands: ${COMMANDS.map((c) => c.name).join(", ")}`);
  }
  const command = await entry.load();
  const parsed = parseCommandArgs(command, argv.slice(1));
  if (parsed.values.help === true) {
    io.stdout(`${command.help}\n\n${GLOBAL_HELP}\n`);
    return ExitCode.Clean;
  }
  const { repo, json, ...options } = parsed.values;
  delete options.help;
  return withValidatorCache((options as Record<string, unknown>)["no-cache"] === true, () =>
    command.run({
      repo: typeof repo === "string" ? repo : ".",
      json: json === true,
      options,
      positionals: parsed.positionals,
      io: json === true ? jsonIo : io,
    }),
  );
}

/**
 * Runs a command with compiled schema validators (`.gitops.yaml`'s, lint's kinds) kept in the
 * persistent cache folder, as the CLI's renders are, unless `--no-cache`: a hit runs the code
 * ajv would have generated, so nothing a command reports changes. Loaded here, after `--version`
 * and `--help` have answered.
 */
async function withValidatorCache(off: boolean, run: () => Promise<number>): Promise<number> {
  const [{ openCache }, { compiledSchemaCache, withCompiledSchemaCache }] = await Promise.all([
    import("../../cache/src/location.js"),
    import("../../cache/src/validators.js"),
  ]);
  let store;
  try {
    store = off ? undefined : openCache(process.env, { fallback: true });
  } catch {
    // A relative GITOPS_CACHE_DIR: the commands that cache say so, with their exit code.
  }
  try {
    return await withCompiledSchemaCache(store ?? compiledSchemaCache(), run);
  } finally {
    store?.prune();
  }
}

function parseCommandArgs(command: Command, args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...command.options, ...GLOBAL_OPTIONS },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UserError(`${command.name}: ${argsProblem(err, args)}; run "gitops ${command.name} --help"`);
  }
  const max = command.maxPositionals ?? 0;
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals[max] ?? "";
    throw new UserError(
      `${command.name}: unexpected argument "${extra}"; run "gitops ${command.name} --help"`,
    );
  }
  if (parsed.values.repo === "") throw new UserError("--repo needs a folder");
  return parsed;
}

/**
 * node:util's parse error in one line: its messages run to several sentences
 * and lines, and a bundled short option ("-rf") is reported by its first letter.
 */
function argsProblem(err: unknown, args: readonly string[]): string {
  const message = messageOf(err);
  const ambiguous = /^Option '(--?[\w-]+)' argument is ambiguous/.exec(message);
  if (ambiguous) {
    const flag = ambiguous[1] ?? "";
    return `option ${flag} needs a value; for a value that starts with "-", write ${flag}=VALUE`;
  }
  const reason = message.split(/\.\s|\n/)[0]?.replace(/\.$/, "") ?? "bad arguments";
  const short = /^Unknown option '-(\w)'$/.exec(reason);
  const bundle = short ? args.find((a) => /^-\w{2,}$/.test(a) && a.includes(short[1] ?? "")) : undefined;
  return bundle === undefined ? reason : `${reason} in "${bundle}"`;
}

/** Loads every command for its summary: the only path that does. */
async function mainHelp(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `gitops ${VERSION}: the CI of an Argo CD infra-gitops repository

Usage: gitops <command> [options]

Commands:
${lines.join("\n")}

${GLOBAL_HELP}
  -v, --version  print the version

Exit codes: 0 clean, 1 findings or failed targets, 2 bad usage, config or input.
Run "gitops <command> --help" for a command's options.
`;
}
