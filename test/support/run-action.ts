// Runs a bundled action (dist/<name>/index.js) in a child process exactly as the
// GitHub runner does: inputs as INPUT_* (with action.yml defaults applied), the
// file commands GITHUB_OUTPUT/GITHUB_ENV/GITHUB_PATH/GITHUB_STEP_SUMMARY/GITHUB_STATE,
// the event payload, RUNNER_TEMP and RUNNER_TOOL_CACHE; then reads back what a
// runner would: outputs, annotations, masks, the summary and the exit code.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface RunActionOptions {
  /** Extra environment (GITHUB_API_URL, GITHUB_REPOSITORY, PATH ...). Overrides the defaults. */
  env?: Record<string, string>;
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** The working directory (GITHUB_WORKSPACE); a fresh temp folder by default. */
  workspace?: string;
  /** RUNNER_TOOL_CACHE, shared between runs to test cache hits. */
  toolCache?: string;
  /** Kill the action after this many ms (default 120 s). */
  timeoutMs?: number;
}

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: Record<string, string>;
}

export interface ActionResult {
  exitCode: number | null;
  outputs: Record<string, string>;
  /** Variables exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** Folders added through GITHUB_PATH. */
  addedPath: string[];
  annotations: Annotation[];
  /** Values registered with ::add-mask::. */
  masks: string[];
  summary: string;
  stdout: string;
  stderr: string;
  /** The runner's temp folder for this run. */
  runnerTemp: string;
}

interface ActionYml {
  inputs?: Record<string, { default?: string | number | boolean }>;
}

/** Runs `dist/<name>/index.js` with `inputs` as the runner would. */
export async function runAction(
  name: string,
  inputs: Record<string, string> = {},
  options: RunActionOptions = {},
): Promise<ActionResult> {
  const spec = parse(readFileSync(join(ROOT, "actions", name, "action.yml"), "utf8")) as ActionYml;
  const base = mkdtempSync(join(tmpdir(), `gitops-action-${name}-`));
  const files = {
    GITHUB_OUTPUT: join(base, "output"),
    GITHUB_ENV: join(base, "env"),
    GITHUB_PATH: join(base, "path"),
    GITHUB_STEP_SUMMARY: join(base, "summary.md"),
    GITHUB_STATE: join(base, "state"),
  };
  for (const f of Object.values(files)) writeFileSync(f, "");
  const runnerTemp = join(base, "temp");
  const toolCache = options.toolCache ?? join(base, "tool-cache");
  const workspace = options.workspace ?? join(base, "workspace");
  for (const d of [runnerTemp, toolCache, workspace]) mkdirSync(d, { recursive: true });
  const eventPath = join(base, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? base,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.eventName ?? "push",
    GITHUB_REPOSITORY: "example-org/infra-gitops",
    GITHUB_REPOSITORY_OWNER: "example-org",
    GITHUB_SHA: "0000000000000000000000000000000000000000",
    GITHUB_REF: "refs/heads/main",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_RUN_ID: "1",
    GITHUB_JOB: "test",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    ...files,
  };
  // The runner sets every declared input, defaults included, as INPUT_<NAME>.
  for (const [key, def] of Object.entries(spec.inputs ?? {})) {
    if (def.default !== undefined) env[inputEnvName(key)] = String(def.default);
  }
  for (const [key, value] of Object.entries(inputs)) env[inputEnvName(key)] = value;
  Object.assign(env, options.env);

  const { code, stdout, stderr } = await runNode(
    join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), name, "index.js"),
    workspace,
    env,
    options.timeoutMs ?? 120_000,
  );
  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode: code,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, "utf8")),
    exportedEnv: parseFileCommand(readFileSync(files.GITHUB_ENV, "utf8")),
    addedPath: readFileSync(files.GITHUB_PATH, "utf8").split("\n").filter(Boolean),
    annotations: commands.annotations,
    masks: commands.masks,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
    stdout,
    stderr,
    runnerTemp,
  };
}

/** The runner's name for an input's variable: upper case, spaces to `_`, hyphens kept. */
export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, "_").toUpperCase()}`;
}

function runNode(script: string, cwd: string, env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Reads GITHUB_OUTPUT/GITHUB_ENV: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key = "", delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? "");
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${key}`);
      out[key] = value.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** A workflow command the runner would run (stop-commands and its resume token included). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** Commands the runner knows; a line naming any other is plain text. */
const REGISTERED = [
  "stop-commands",
  "add-mask",
  "error",
  "warning",
  "notice",
  "debug",
  "group",
  "endgroup",
  "echo",
  "set-output",
  "set-env",
  "save-state",
  "add-path",
  "add-matcher",
  "remove-matcher",
];

/**
 * Interprets workflow commands in `stdout` as the runner does (ActionCommandManager):
 * `::command props::data` after leading whitespace, the older `##[command props]data`
 * anywhere in a line, lines split at CR as well as LF, and `::stop-commands::TOKEN` ...
 * `::TOKEN::` (token matched without regard to case), so tests see exactly what would run.
 * `commands` lists every command run, in order.
 */
export function parseWorkflowCommands(stdout: string): {
  annotations: Annotation[];
  masks: string[];
  commands: WorkflowCommand[];
} {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const known = new Set(REGISTERED);
    if (stopToken !== undefined) known.add(stopToken.toLowerCase());
    const cmd = parseV2(line, known) ?? parseV1(line, known);
    if (!cmd) continue;
    if (stopToken !== undefined) {
      if (cmd.command.toLowerCase() === stopToken.toLowerCase()) {
        stopToken = undefined;
        commands.push(cmd);
      }
      continue;
    }
    commands.push(cmd);
    const name = cmd.command.toLowerCase();
    if (name === "stop-commands") stopToken = cmd.data;
    if (name === "add-mask") masks.push(cmd.data);
    if (name === "error" || name === "warning" || name === "notice") {
      annotations.push({ level: name, message: cmd.data, properties: cmd.properties });
    }
  }
  return { annotations, masks, commands };
}

function parseV2(line: string, known: Set<string>): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith("::")) return undefined;
  const end = message.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!known.has(command.toLowerCase())) return undefined;
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ",", unescapeProperty) : {};
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** `key=value` pairs split at `separator`; pairs without a key or a value are dropped, as the runner does. */
function parseProperties(text: string, separator: string, unescape: (s: string) => string) {
  const properties: Record<string, string> = {};
  for (const pair of text.split(separator).filter(Boolean)) {
    const eq = pair.indexOf("=");
    if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return properties;
}

function parseV1(line: string, known: Set<string>): WorkflowCommand | undefined {
  const at = line.indexOf("##[");
  if (at < 0) return undefined;
  const close = line.indexOf("]", at);
  if (close < 0) return undefined;
  const info = line.slice(at + 3, close);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!known.has(command.toLowerCase())) return undefined;
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ";", unescapeV1) : {};
  return { command, properties, data: unescapeV1(line.slice(close + 1)) };
}

function unescapeV1(s: string): string {
  return s
    .replace(/%3B/g, ";")
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%5D/g, "]")
    .replace(/%25/g, "%");
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(s: string): string {
  // %25 last, so an escaped "%3A" (sent as %253A) stays literal.
  return s
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}
