export const id = 454;
export const ids = [454];
export const modules = {

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/index.ts
/** One line per command: its name and a loader, so `gitops` imports only the command it runs. */
function lazy(name, load) {
    return { name, load };
}
/**
 * Every command `gitops` has, in `--help` order. A command is added here by the
 * change that implements it; none is listed before it works. Keep the imports
 * dynamic: a static import here loads that command's packages on every start.
 */
const COMMANDS = [
    lazy("targets", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 6043))).targetsCommand),
    lazy("render", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 9901))).renderCommand),
    lazy("diff", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(970)]).then(__webpack_require__.bind(__webpack_require__, 7970))).diffCommand),
    lazy("lint", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(236), __webpack_require__.e(64)]).then(__webpack_require__.bind(__webpack_require__, 1064))).lintCommand),
    lazy("fmt", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(236), __webpack_require__.e(478)]).then(__webpack_require__.bind(__webpack_require__, 4478))).fmtCommand),
    lazy("policy", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(111), __webpack_require__.e(255), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(636), __webpack_require__.e(352), __webpack_require__.e(381)]).then(__webpack_require__.bind(__webpack_require__, 7439))).policyCommand),
    lazy("tools", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(111), __webpack_require__.e(839), __webpack_require__.e(636), __webpack_require__.e(830)]).then(__webpack_require__.bind(__webpack_require__, 7830))).toolsCommand),
    lazy("secrets", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(292), __webpack_require__.e(839), __webpack_require__.e(400), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 7008))).secretsCommand),
    lazy("validate", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(111), __webpack_require__.e(255), __webpack_require__.e(292), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(236), __webpack_require__.e(636), __webpack_require__.e(352), __webpack_require__.e(400), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 1915))).validateCommand),
    lazy("promote", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(22), __webpack_require__.e(859), __webpack_require__.e(384), __webpack_require__.e(798), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 1841))).promoteCommand),
    lazy("bump", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(22), __webpack_require__.e(859), __webpack_require__.e(384), __webpack_require__.e(798), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 769))).bumpCommand),
    lazy("changelog", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(839), __webpack_require__.e(22), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 9546))).changelogCommand),
    lazy("init", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(839), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 5798))).initCommand),
    lazy("governance", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 7904))).governanceCommand),
    lazy("status", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(22), __webpack_require__.e(859), __webpack_require__.e(384), __webpack_require__.e(798), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 2847))).statusCommand),
    lazy("deployments", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(22), __webpack_require__.e(859), __webpack_require__.e(384), __webpack_require__.e(798), __webpack_require__.e(641)]).then(__webpack_require__.bind(__webpack_require__, 9022))).deploymentsCommand),
    lazy("preview", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(111), __webpack_require__.e(255), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(22), __webpack_require__.e(384), __webpack_require__.e(236), __webpack_require__.e(636), __webpack_require__.e(352), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 6092))).previewCommand),
    lazy("parity", async () => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(672), __webpack_require__.e(839), __webpack_require__.e(813), __webpack_require__.e(22), __webpack_require__.e(859), __webpack_require__.e(384), __webpack_require__.e(798), __webpack_require__.e(128)]).then(__webpack_require__.bind(__webpack_require__, 128))).parityCommand),
];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/github/src/untrusted.ts
/**
 * Printing text we do not control (resource names, tool errors, policy
 * messages, PR titles, comment bodies) where the runner reads workflow
 * commands. The runner treats a line as a command when, after leading
 * whitespace, it starts with `::`, and also (the older syntax) when `##[`
 * appears anywhere in it; it splits lines at CR as well as LF, and it reads
 * stdout and stderr alike. Such text is wrapped in
 * `::stop-commands::<token>` ... `::<token>::` with a fresh random token, so
 * nothing inside can run and nothing inside can end the block early.
 *
 * No `@actions/*` import here: the CLI uses this too when it runs in a
 * workflow step.
 */

/** True when some line of `text` could be read by the runner as a command. */
function mayRunAsCommand(text) {
    return text.includes("::") || text.includes("##[");
}
/** A token no text can guess: hex, so it is never the name of a real command. */
function freshToken() {
    return (0,external_node_crypto_.randomBytes)(16).toString("hex");
}
/**
 * `text` made inert, ending in a newline: unchanged (plus the newline) when no
 * line could run, else between stop-commands markers with a fresh token.
 */
function untrustedBlock(text) {
    const body = /[\r\n]$/.test(text) ? text : `${text}\n`;
    if (!mayRunAsCommand(text))
        return body;
    const token = freshToken();
    return `::stop-commands::${token}\n${body}::${token}::\n`;
}
/**
 * Writes `text` to the step log (stdout) so that no line of it can run as a
 * workflow command, in one write so no other output lands inside the block.
 */
function printUntrusted(text) {
    process.stdout.write(untrustedBlock(text));
}

;// CONCATENATED MODULE: ./packages/cli/src/inert-io.ts
/**
 * Output for `gitops` running inside a GitHub Actions step (`run: gitops
 * validate`), where the runner reads every line of stdout and stderr for
 * workflow commands. Findings, tool errors and diffs quote manifests, policy
 * messages and commit text that anyone opening a pull request controls, so a
 * write that could hold a command goes out between stop-commands markers
 * (see packages/github/src/untrusted.ts).
 */

/**
 * `io` with human text made inert on the logged streams; `json` is for `--json`
 * runs, whose stdout stays one JSON document.
 */
function inertIo(io, logged = { stdout: true, stderr: true }) {
    const stderr = logged.stderr ? inertText(io.stderr) : io.stderr;
    return {
        text: { stdout: logged.stdout ? inertText(io.stdout) : io.stdout, stderr, isTTY: io.isTTY },
        json: {
            stdout: logged.stdout
                ? (t) => {
                    io.stdout(inertJson(t));
                }
                : io.stdout,
            stderr,
            isTTY: io.isTTY,
        },
    };
}
/**
 * A writer that wraps each write that could hold a command. A command can
 * also be split over two writes (`::` then `error::x`), so the end of the
 * unfinished line is checked together with the next write; the block then
 * starts on a line of its own, since markers only count at the start of one.
 */
function inertText(write) {
    // The last characters of the line being written: enough to complete "::" or "##[".
    let tail = "";
    return (text) => {
        if (text === "")
            return;
        if (mayRunAsCommand(tail + text)) {
            write(`${tail === "" ? "" : "\n"}${untrustedBlock(text)}`);
            tail = "";
            return;
        }
        write(text);
        const line = tail + text;
        const end = Math.max(line.lastIndexOf("\n"), line.lastIndexOf("\r"));
        // Empty exactly when the output is at the start of a line.
        tail = line.slice(end + 1).slice(-2);
    };
}
/**
 * JSON can only carry the older `##[command]` syntax (strings hold no raw line
 * breaks, so no line starts with `::`). `#` occurs only inside strings, where
 * `\u0023` is the same character, so the document parses to the same value.
 */
function inertJson(text) {
    return text.replaceAll("##[", "#\\u0023[");
}

;// CONCATENATED MODULE: ./packages/cli/src/cli.ts

// Only the files the dispatcher needs: the core barrel would load every package at start-up.




/** Options every command takes. */
const GLOBAL_OPTIONS = {
    repo: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
const GLOBAL_HELP = `Global options:
  --repo DIR   the infra-gitops checkout (default: the current folder)
  --json       print one JSON document on stdout and nothing else there
  -h, --help   show help`;
/**
 * Runs `gitops` with `argv` (without node and the script) and returns the
 * exit code: 0 clean, 1 findings or failed targets, 2 bad usage or input.
 * User mistakes print one line naming what is wrong; only bugs mention a stack,
 * and only with GITOPS_DEBUG=1.
 */
async function runCli(argv, given, env = process.env, options = {}) {
    const inert = options.workflowStep ? inertIo(given, options.logged) : undefined;
    const io = inert?.text ?? given;
    try {
        return await dispatch(argv, io, inert?.json ?? given);
    }
    catch (err) {
        if ((0,errors/* isUserError */.iU)(err)) {
            io.stderr(`gitops: ${err.message}\n`);
            return errors/* ExitCode */.yU.UsageError;
        }
        io.stderr(`gitops: unexpected error: ${(0,errors/* messageOf */.bD)(err)}\nThis is a bug in gitops-actions; please report it.\n`);
        if (env.GITOPS_DEBUG === "1" && err instanceof Error && err.stack)
            io.stderr(err.stack + "\n");
        return errors/* ExitCode */.yU.Findings;
    }
}
/** `jsonIo` is what a `--json` run writes through. */
async function dispatch(argv, io, jsonIo) {
    const first = argv[0];
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
        io.stdout(await mainHelp());
        return first === undefined ? errors/* ExitCode */.yU.UsageError : errors/* ExitCode */.yU.Clean;
    }
    if (first === "--version" || first === "-v") {
        io.stdout(`${version/* VERSION */.x}\n`);
        return errors/* ExitCode */.yU.Clean;
    }
    if (first.startsWith("-")) {
        throw new errors/* UserError */.yo(`expected a command before "${first}"; run "gitops --help" for the list`);
    }
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry) {
        throw new errors/* UserError */.yo(`unknown command "${first}"; commands: ${COMMANDS.map((c) => c.name).join(", ")}`);
    }
    const command = await entry.load();
    const parsed = parseCommandArgs(command, argv.slice(1));
    if (parsed.values.help === true) {
        io.stdout(`${command.help}\n\n${GLOBAL_HELP}\n`);
        return errors/* ExitCode */.yU.Clean;
    }
    const { repo, json, ...options } = parsed.values;
    delete options.help;
    return withValidatorCache(options["no-cache"] === true, () => command.run({
        repo: typeof repo === "string" ? repo : ".",
        json: json === true,
        options,
        positionals: parsed.positionals,
        io: json === true ? jsonIo : io,
    }));
}
/**
 * Runs a command with compiled schema validators (`.gitops.yaml`'s, lint's kinds) kept in the
 * persistent cache folder, as the CLI's renders are, unless `--no-cache`: a hit runs the code
 * ajv would have generated, so nothing a command reports changes. Loaded here, after `--version`
 * and `--help` have answered.
 */
async function withValidatorCache(off, run) {
    const [{ openCache }, { compiledSchemaCache, withCompiledSchemaCache }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6755)),
        __webpack_require__.e(/* import() */ 291).then(__webpack_require__.bind(__webpack_require__, 4291)),
    ]);
    let store;
    try {
        store = off ? undefined : openCache(process.env, { fallback: true });
    }
    catch {
        // A relative GITOPS_CACHE_DIR: the commands that cache say so, with their exit code.
    }
    try {
        return await withCompiledSchemaCache(store ?? compiledSchemaCache(), run);
    }
    finally {
        store?.prune();
    }
}
function parseCommandArgs(command, args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            options: { ...command.options, ...GLOBAL_OPTIONS },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${command.name}: ${argsProblem(err, args)}; run "gitops ${command.name} --help"`);
    }
    const max = command.maxPositionals ?? 0;
    if (parsed.positionals.length > max) {
        const extra = parsed.positionals[max] ?? "";
        throw new errors/* UserError */.yo(`${command.name}: unexpected argument "${extra}"; run "gitops ${command.name} --help"`);
    }
    if (parsed.values.repo === "")
        throw new errors/* UserError */.yo("--repo needs a folder");
    return parsed;
}
/**
 * node:util's parse error in one line: its messages run to several sentences
 * and lines, and a bundled short option ("-rf") is reported by its first letter.
 */
function argsProblem(err, args) {
    const message = (0,errors/* messageOf */.bD)(err);
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
async function mainHelp() {
    const commands = await Promise.all(COMMANDS.map((c) => c.load()));
    const width = Math.max(...commands.map((c) => c.name.length));
    const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return `gitops ${version/* VERSION */.x}: the CI of an Argo CD infra-gitops repository

Usage: gitops <command> [options]

Commands:
${lines.join("\n")}

${GLOBAL_HELP}
  -v, --version  print the version

Exit codes: 0 clean, 1 findings or failed targets, 2 bad usage, config or input.
Run "gitops <command> --help" for a command's options.
`;
}


/***/ }),

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The suite's version; a test keeps it equal to package.json's. */
const VERSION = "0.1.0";


/***/ })

};
