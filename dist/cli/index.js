#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __nccwpck_require__(8109);
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
    lazy("targets", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(43)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6043))).targetsCommand),
    lazy("render", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(901)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9901))).renderCommand),
    lazy("diff", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(970)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7970))).diffCommand),
    lazy("lint", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(645), __nccwpck_require__.e(64)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1064))).lintCommand),
    lazy("fmt", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(645), __nccwpck_require__.e(478)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4478))).fmtCommand),
    lazy("policy", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(111), __nccwpck_require__.e(255), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(636), __nccwpck_require__.e(352), __nccwpck_require__.e(381)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7439))).policyCommand),
    lazy("tools", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(111), __nccwpck_require__.e(839), __nccwpck_require__.e(636), __nccwpck_require__.e(830)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7830))).toolsCommand),
    lazy("secrets", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(292), __nccwpck_require__.e(839), __nccwpck_require__.e(400), __nccwpck_require__.e(8)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7008))).secretsCommand),
    lazy("validate", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(111), __nccwpck_require__.e(255), __nccwpck_require__.e(292), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(645), __nccwpck_require__.e(636), __nccwpck_require__.e(352), __nccwpck_require__.e(400), __nccwpck_require__.e(915)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1915))).validateCommand),
    lazy("promote", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(22), __nccwpck_require__.e(384), __nccwpck_require__.e(798), __nccwpck_require__.e(841)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1841))).promoteCommand),
    lazy("bump", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(22), __nccwpck_require__.e(384), __nccwpck_require__.e(798), __nccwpck_require__.e(769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 769))).bumpCommand),
    lazy("changelog", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(839), __nccwpck_require__.e(22), __nccwpck_require__.e(165)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9546))).changelogCommand),
    lazy("init", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(839), __nccwpck_require__.e(417)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5798))).initCommand),
    lazy("governance", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(904)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7904))).governanceCommand),
    lazy("status", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(22), __nccwpck_require__.e(384), __nccwpck_require__.e(798), __nccwpck_require__.e(847)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2847))).statusCommand),
    lazy("deployments", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(22), __nccwpck_require__.e(384), __nccwpck_require__.e(798), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9022))).deploymentsCommand),
    lazy("preview", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(111), __nccwpck_require__.e(255), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(22), __nccwpck_require__.e(384), __nccwpck_require__.e(645), __nccwpck_require__.e(636), __nccwpck_require__.e(352), __nccwpck_require__.e(92)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6092))).previewCommand),
    lazy("parity", async () => (await Promise.all(/* import() */[__nccwpck_require__.e(988), __nccwpck_require__.e(291), __nccwpck_require__.e(839), __nccwpck_require__.e(813), __nccwpck_require__.e(859), __nccwpck_require__.e(22), __nccwpck_require__.e(384), __nccwpck_require__.e(798), __nccwpck_require__.e(128)]).then(__nccwpck_require__.bind(__nccwpck_require__, 128))).parityCommand),
];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    return command.run({
        repo: typeof repo === "string" ? repo : ".",
        json: json === true,
        options,
        positionals: parsed.positionals,
        io: json === true ? jsonIo : io,
    });
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

/***/ 2049:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5454);


// Keep `gitops ... | head` quiet: a closed pipe is not an error of ours.
process.stdout.on("error", (err) => {
    if (err.code === "EPIPE")
        process.exit(process.exitCode ?? 0);
});
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stderr.isTTY,
}, process.env, 
// In a `run:` step the runner reads our output for workflow commands, except
// where a stream is redirected to a file.
{
    workflowStep: process.env.GITHUB_ACTIONS === "true",
    logged: { stdout: !isFile(1), stderr: !isFile(2) },
});
function isFile(fd) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile();
    }
    catch {
        return false;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yU: () => (/* binding */ ExitCode),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/** Exit codes of every `gitops` command and action (DESIGN.md, CLI contract). */
const ExitCode = {
    /** Nothing to report. */
    Clean: 0,
    /** Findings at or above the fail-on severity, or failed targets. */
    Findings: 1,
    /** Bad usage, bad config or unreadable input. */
    UsageError: 2,
};
/**
 * A mistake in what the user gave us: a flag, an input, a config file, a
 * manifest we cannot read. It ends the run with exit 2 and its message alone,
 * never a stack trace (the model is codeql-action's ConfigurationError).
 * The message must name the file, key or value at fault.
 */
class UserError extends Error {
    file;
    line;
    name = "UserError";
    constructor(message, 
    /** The file at fault, relative to the repo when known. */
    file, 
    /** 1-based line in `file`. */
    line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
/** True for errors that are the user's to fix (exit 2, message only). */
function isUserError(err) {
    return err instanceof UserError;
}
/** The message of anything thrown, for logs that must not carry a stack. */
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The suite's version; a test keeps it equal to package.json's. */
const VERSION = "0.1.0";


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2049);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
