/**
 * Git for promotion: real git, argument arrays (never a shell), refs after
 * `--end-of-options`. A token for pushing travels only in `http.extraheader`
 * config passed through git's GIT_CONFIG_* environment, the same config
 * layer as `git -c` but kept out of the process list and out of every
 * logged command line; any text git prints is scrubbed of it before it can
 * reach a log or an error.
 */
import { execFile } from "node:child_process";
import { UserError } from "../../core/src/index.js";

/** How a git command ended. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitOptions {
  /** Token for pushes and fetches over HTTPS, sent as `AUTHORIZATION: basic base64(x-access-token:TOKEN)`. */
  token?: string;
  /** Author and committer for new commits; git's own config otherwise. */
  identity?: { name: string; email: string };
  /** Receives each command line (never holding the token), for debug logs. */
  log?: (line: string) => void;
  /** How long one git command may run; `GITOPS_GIT_TIMEOUT` (seconds) or 5 minutes by default. */
  timeoutMs?: number;
}

export interface RunOptions {
  /** Text for git's stdin. */
  input?: string;
  /**
   * Send the token (for commands that talk to the remote). Give the remote's
   * URL when known: a header scoped to its host outranks one a checkout step
   * left in the repo's config for that host, where an unscoped one would not.
   */
  auth?: true | string;
  env?: Record<string, string>;
}

/** Network commands that hang (a remote that never answers) end after this long. */
const TIMEOUT_MS = 5 * 60_000;

/** The timeout in force: the option, else `GITOPS_GIT_TIMEOUT` seconds, else 5 minutes. */
export function gitTimeoutMs(options: GitOptions, env: NodeJS.ProcessEnv = process.env): number {
  if (options.timeoutMs !== undefined) return options.timeoutMs;
  const seconds = Number(env.GITOPS_GIT_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : TIMEOUT_MS;
}

/** A git working copy. */
export class Git {
  private readonly secrets: string[];

  constructor(
    readonly cwd: string,
    private readonly options: GitOptions = {},
  ) {
    const token = options.token ?? "";
    this.secrets =
      token === "" ? [] : [token, basicCredentials(token), Buffer.from(token).toString("base64")];
  }

  /** Runs git; a non-zero exit is returned, not thrown. Output is scrubbed of the token. */
  run(args: readonly string[], opts: RunOptions = {}): Promise<GitResult> {
    this.options.log?.(`git ${args.join(" ")}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GIT_TERMINAL_PROMPT: "0",
      GIT_PAGER: "cat",
      LC_ALL: "C",
      ...this.identityEnv(),
      ...opts.env,
    };
    if (opts.auth && this.options.token) {
      const url = typeof opts.auth === "string" ? opts.auth : undefined;
      Object.assign(env, authEnv(process.env, this.options.token, url));
    }
    const timeout = gitTimeoutMs(this.options);
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        args,
        {
          cwd: this.cwd,
          env,
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
          timeout,
          // SIGKILL: a git stuck in a TLS or HTTP read may ignore SIGTERM's cleanup.
          killSignal: "SIGKILL",
        },
        (err, stdout, stderr) => {
          if (err?.killed) {
            const url = typeof opts.auth === "string" ? opts.auth : undefined;
            reject(new UserError(this.scrub(timeoutMessage(args, timeout, url))));
            return;
          }
          if (err && typeof err.code !== "number") {
            if (err.code === "ENOENT") reject(new UserError("git is needed but was not found on PATH"));
            else reject(new Error(this.scrub(`git ${args[0] ?? ""} failed: ${err.message}`)));
            return;
          }
          const code = typeof err?.code === "number" ? err.code : 0;
          resolve({ code, stdout: this.scrub(stdout), stderr: this.scrub(stderr) });
        },
      );
      // git may exit without reading stdin (an error, or a command that takes none): not our failure.
      child.stdin?.on("error", () => undefined);
      child.stdin?.end(opts.input ?? "");
    });
  }

  /** Runs git and returns stdout; a failure is a `UserError` saying what failed and git's reason. */
  async ok(args: readonly string[], what: string, opts: RunOptions = {}): Promise<string> {
    const r = await this.run(args, opts);
    if (r.code !== 0) throw new UserError(`${what}: ${gitReason(r)}`);
    return r.stdout;
  }

  /** `text` with every form of the token replaced by `***`. */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }

  private identityEnv(): Record<string, string> {
    const id = this.options.identity;
    if (!id) return {};
    return {
      GIT_AUTHOR_NAME: id.name,
      GIT_AUTHOR_EMAIL: id.email,
      GIT_COMMITTER_NAME: id.name,
      GIT_COMMITTER_EMAIL: id.email,
    };
  }
}

/**
 * A git command that ran out of time: a remote that never answered, a proxy
 * that swallows the connection. It names the command and the remote (the
 * argument after `--end-of-options`), and says nothing moved locally.
 */
function timeoutMessage(args: readonly string[], timeout: number, url: string | undefined): string {
  const end = args.indexOf("--end-of-options");
  const remote =
    end >= 0 && ["push", "fetch", "ls-remote"].includes(args[0] ?? "") ? args[end + 1] : undefined;
  const where = remote ? ` (remote "${remote}"${url ? ` at ${withoutUserinfo(url)}` : ""})` : "";
  const what = `git ${args[0] ?? ""}${where}`;
  return `${what} did not finish within ${Math.round(timeout / 1000)} s and was stopped (is the remote reachable? GITOPS_GIT_TIMEOUT sets the limit in seconds); nothing was changed locally, run the same command again`;
}

/** `url` without `user:password@`, which may hold a token. */
function withoutUserinfo(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//");
  }
}

/** git's own explanation of a failure: the `fatal:`/`error:` lines, else its last line. */
export function gitReason(r: GitResult): string {
  const lines = r.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const told = lines.filter((l) => /^(fatal|error|remote|!)/.test(l));
  return (told.length > 0 ? told : lines.slice(-1)).join("; ") || `git exited with ${r.code}`;
}

function basicCredentials(token: string): string {
  return Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
}

/**
 * Config entries (appended after any the caller's environment already has)
 * that first clear and then set `http.extraheader`: the empty value drops a
 * header a checkout step configured, so the remote sees exactly one.
 */
export function authEnv(base: NodeJS.ProcessEnv, token: string, remoteUrl?: string): Record<string, string> {
  const start = Number.parseInt(base.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  const header = `AUTHORIZATION: basic ${basicCredentials(token)}`;
  const keys = ["http.extraheader"];
  const scope = urlScope(remoteUrl);
  if (scope) keys.push(`http.${scope}.extraheader`);
  const entries = keys.flatMap((key): [string, string][] => [
    [key, ""],
    [key, header],
  ]);
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = key;
    env[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return env;
}

/** `https://host/` for an HTTP(S) remote URL (the key actions/checkout scopes its header to). */
function urlScope(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? `${u.protocol}//${u.host}/` : undefined;
  } catch {
    return undefined;
  }
}
