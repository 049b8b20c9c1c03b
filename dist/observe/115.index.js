export const id = 115;
export const ids = [115];
export const modules = {

/***/ 9115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubFromEnv: () => (/* binding */ githubFromEnv),
  runUrlFromEnv: () => (/* binding */ runUrlFromEnv),
  tokenFromEnv: () => (/* binding */ tokenFromEnv)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __webpack_require__(5375);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/promote/src/git.ts
/**
 * Git for promotion: real git, argument arrays (never a shell), refs after
 * `--end-of-options`. A token for pushing travels only in `http.extraheader`
 * config passed through git's GIT_CONFIG_* environment, the same config
 * layer as `git -c` but kept out of the process list and out of every
 * logged command line; any text git prints is scrubbed of it before it can
 * reach a log or an error.
 */


/** Network commands that hang (a remote that never answers) end after this long. */
const TIMEOUT_MS = 5 * 60_000;
/** The timeout in force: the option, else `GITOPS_GIT_TIMEOUT` seconds, else 5 minutes. */
function gitTimeoutMs(options, env = process.env) {
    if (options.timeoutMs !== undefined)
        return options.timeoutMs;
    const seconds = Number(env.GITOPS_GIT_TIMEOUT);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : TIMEOUT_MS;
}
/** A git working copy. */
class Git {
    cwd;
    options;
    secrets;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.options = options;
        const token = options.token ?? "";
        this.secrets =
            token === "" ? [] : [token, basicCredentials(token), Buffer.from(token).toString("base64")];
    }
    /** Runs git; a non-zero exit is returned, not thrown. Output is scrubbed of the token. */
    run(args, opts = {}) {
        this.options.log?.(`git ${args.join(" ")}`);
        const env = {
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
            const child = (0,external_node_child_process_.execFile)("git", args, {
                cwd: this.cwd,
                env,
                encoding: "utf8",
                maxBuffer: 64 * 1024 * 1024,
                timeout,
                // SIGKILL: a git stuck in a TLS or HTTP read may ignore SIGTERM's cleanup.
                killSignal: "SIGKILL",
            }, (err, stdout, stderr) => {
                if (err?.killed) {
                    const url = typeof opts.auth === "string" ? opts.auth : undefined;
                    reject(new src/* UserError */.yo(this.scrub(timeoutMessage(args, timeout, url))));
                    return;
                }
                if (err && typeof err.code !== "number") {
                    if (err.code === "ENOENT")
                        reject(new src/* UserError */.yo("git is needed but was not found on PATH"));
                    else
                        reject(new Error(this.scrub(`git ${args[0] ?? ""} failed: ${err.message}`)));
                    return;
                }
                const code = typeof err?.code === "number" ? err.code : 0;
                resolve({ code, stdout: this.scrub(stdout), stderr: this.scrub(stderr) });
            });
            // git may exit without reading stdin (an error, or a command that takes none): not our failure.
            child.stdin?.on("error", () => undefined);
            child.stdin?.end(opts.input ?? "");
        });
    }
    /** Runs git and returns stdout; a failure is a `UserError` saying what failed and git's reason. */
    async ok(args, what, opts = {}) {
        const r = await this.run(args, opts);
        if (r.code !== 0)
            throw new src/* UserError */.yo(`${what}: ${gitReason(r)}`);
        return r.stdout;
    }
    /** `text` with every form of the token replaced by `***`. */
    scrub(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join("***");
        return out;
    }
    identityEnv() {
        const id = this.options.identity;
        if (!id)
            return {};
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
function timeoutMessage(args, timeout, url) {
    const end = args.indexOf("--end-of-options");
    const remote = end >= 0 && ["push", "fetch", "ls-remote"].includes(args[0] ?? "") ? args[end + 1] : undefined;
    const where = remote ? ` (remote "${remote}"${url ? ` at ${withoutUserinfo(url)}` : ""})` : "";
    const what = `git ${args[0] ?? ""}${where}`;
    return `${what} did not finish within ${Math.round(timeout / 1000)} s and was stopped (is the remote reachable? GITOPS_GIT_TIMEOUT sets the limit in seconds); nothing was changed locally, run the same command again`;
}
/** `url` without `user:password@`, which may hold a token. */
function withoutUserinfo(url) {
    try {
        const u = new URL(url);
        u.username = "";
        u.password = "";
        return u.href;
    }
    catch {
        return url.replace(/\/\/[^@/]*@/, "//");
    }
}
/** git's own explanation of a failure: the `fatal:`/`error:` lines, else its last line. */
function gitReason(r) {
    const lines = r.stderr
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    const told = lines.filter((l) => /^(fatal|error|remote|!)/.test(l));
    return (told.length > 0 ? told : lines.slice(-1)).join("; ") || `git exited with ${r.code}`;
}
function basicCredentials(token) {
    return Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
}
/**
 * Config entries (appended after any the caller's environment already has)
 * that first clear and then set `http.extraheader`: the empty value drops a
 * header a checkout step configured, so the remote sees exactly one.
 */
function authEnv(base, token, remoteUrl) {
    const start = Number.parseInt(base.GIT_CONFIG_COUNT ?? "0", 10) || 0;
    const header = `AUTHORIZATION: basic ${basicCredentials(token)}`;
    const keys = ["http.extraheader"];
    const scope = urlScope(remoteUrl);
    if (scope)
        keys.push(`http.${scope}.extraheader`);
    const entries = keys.flatMap((key) => [
        [key, ""],
        [key, header],
    ]);
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = key;
        env[`GIT_CONFIG_VALUE_${start + i}`] = value;
    });
    return env;
}
/** `https://host/` for an HTTP(S) remote URL (the key actions/checkout scopes its header to). */
function urlScope(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        return u.protocol === "https:" || u.protocol === "http:" ? `${u.protocol}//${u.host}/` : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/promote/src/github.ts + 1 modules
var github = __webpack_require__(316);
;// CONCATENATED MODULE: ./packages/promote/src/github-env.ts
/**
 * GitHub access for the CLI, from the environment a developer or a CI job
 * has: GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL, and the repository from
 * `--github-repo`, GITHUB_REPOSITORY or the `origin` remote's URL.
 */



/** The token the CLI uses, or undefined. */
function tokenFromEnv(env) {
    const token = (env.GITHUB_TOKEN ?? "").trim() || (env.GH_TOKEN ?? "").trim();
    return token === "" ? undefined : token;
}
/** A client for the repository the checkout belongs to, or undefined without a token. */
async function githubFromEnv(env, repoDir, slug) {
    const token = tokenFromEnv(env);
    if (!token)
        return undefined;
    const given = slug ?? env.GITHUB_REPOSITORY;
    let coords = given ? (0,github/* parseRepoSlug */.Jj)(given) : undefined;
    if (!coords) {
        const r = await new Git(repoDir).run(["remote", "get-url", "origin"]);
        coords = r.code === 0 ? (0,github/* repoFromRemoteUrl */.AN)(r.stdout.trim()) : undefined;
    }
    if (!coords) {
        throw new src/* UserError */.yo("cannot tell which GitHub repository this is; pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY");
    }
    const client = (0,github/* fetchClient */.W6)({
        token,
        baseUrl: env.GITHUB_API_URL || "https://api.github.com",
        userAgent: `gitops-actions/${src/* VERSION */.xv}`,
    });
    return { client, ...coords };
}
/** The URL of the GitHub Actions run this process is part of, or undefined outside Actions. */
function runUrlFromEnv(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (!server || !repo || !run)
        return undefined;
    return `${server.replace(/\/+$/, "")}/${repo}/actions/runs/${run}`;
}


/***/ })

};
