#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_MB: () => (/* binding */ DEFAULT_MAX_MB),
/* harmony export */   cacheDir: () => (/* binding */ cacheDir),
/* harmony export */   openCache: () => (/* binding */ openCache)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7638);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9987);




/** The size bound when GITOPS_CACHE_MAX_MB is unset. */
const DEFAULT_MAX_MB = 512;
/**
 * The persistent cache a command uses: `GITOPS_CACHE_DIR`, else (with `fallback`, as the CLI
 * does) `${XDG_CACHE_HOME:-~/.cache}/gitops-actions`; undefined when there is none. Packages
 * called without a cache pass no fallback: only an explicit GITOPS_CACHE_DIR (CI sets it next
 * to actions/cache) turns it on there.
 */
function openCache(env, opts = {}) {
    const dir = cacheDir(env, opts.fallback ?? false);
    if (dir === undefined)
        return undefined;
    return new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .CacheStore */ .E({ dir, maxBytes: maxBytes(env) });
}
/** The folder {@link openCache} would use, or undefined. Throws a `UserError` for a relative GITOPS_CACHE_DIR. */
function cacheDir(env, fallback) {
    const explicit = env.GITOPS_CACHE_DIR;
    if (explicit !== undefined && explicit !== "") {
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(explicit))
            throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GITOPS_CACHE_DIR must be an absolute path, got "${explicit}"`);
        return explicit;
    }
    if (!fallback)
        return undefined;
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(xdg) ? xdg : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), ".cache");
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, "gitops-actions");
}
function maxBytes(env) {
    const raw = env.GITOPS_CACHE_MAX_MB;
    if (raw === undefined || raw === "")
        return DEFAULT_MAX_MB * 1024 * 1024;
    if (!/^[1-9]\d{0,6}$/.test(raw))
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GITOPS_CACHE_MAX_MB must be a whole number of megabytes (1 or more), got "${raw}"`);
    return Number(raw) * 1024 * 1024;
}


/***/ }),

/***/ 9987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CacheStore)
/* harmony export */ });
/* unused harmony export CACHE_FORMAT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7638);
/**
 * A content-addressed store kept between runs (and CI jobs): entries are named by the hash of
 * everything that decides them, so a key is never "stale", only absent. Every failure here is
 * a miss: a cache must never fail a run or change its result.
 */




/** Bumped when the entry format or a key's meaning changes: old entries are then never read. */
const CACHE_FORMAT = "v1";
const MAGIC = "gitops-cache-1";
/**
 * Entries are `<dir>/v1/<kind>/<aa>/<key>`: a header line with the payload's SHA-256, then the
 * payload. A write goes to a temp file beside the entry and is renamed over it, so concurrent
 * writers (two CI jobs, two shards) and readers only ever see whole entries. A hit touches the
 * entry's mtime: eviction removes the least recently used.
 */
class CacheStore {
    dir;
    maxBytes;
    stats = { hits: 0, misses: 0, writes: 0, evicted: 0 };
    /** Hits and misses by entry kind (`render`, `lint-target` ...): what each layer reused. */
    byKind = new Map();
    writeFile;
    writable = true;
    constructor(o) {
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(o.dir, CACHE_FORMAT);
        this.maxBytes = o.maxBytes;
        this.writeFile =
            o.writeFile ??
                ((p, d) => {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(p, d);
                });
    }
    /** The payload stored under `kind`/`key`, or undefined (absent, unreadable or corrupt). */
    get(kind, key) {
        const path = this.entryPath(kind, key);
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, "utf8");
        }
        catch {
            this.count(kind, false);
            return undefined;
        }
        const nl = text.indexOf("\n");
        const [magic, sum] = text.slice(0, Math.max(nl, 0)).split(" ");
        const payload = text.slice(nl + 1);
        if (nl < 0 || magic !== MAGIC || sum !== digest(payload)) {
            // A torn or tampered entry: drop it so the next run stores a good one.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
            this.count(kind, false);
            return undefined;
        }
        try {
            const now = new Date();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(path, now, now);
        }
        catch {
            // Evicted meanwhile, or a read-only cache: the hit stands.
        }
        this.count(kind, true);
        return payload;
    }
    /**
     * Takes back a hit whose payload the reader could not use (valid checksum, wrong shape): it is
     * counted as the miss it turned out to be.
     */
    rejected(kind) {
        const k = this.byKind.get(kind);
        if (!k || k.hits === 0)
            return;
        k.hits--;
        k.misses++;
        this.stats.hits--;
        this.stats.misses++;
    }
    count(kind, hit) {
        let k = this.byKind.get(kind);
        if (!k)
            this.byKind.set(kind, (k = { hits: 0, misses: 0 }));
        if (hit) {
            this.stats.hits++;
            k.hits++;
        }
        else {
            this.stats.misses++;
            k.misses++;
        }
    }
    /** Stores `payload`; a failure leaves no file behind and turns further writes off for this run. */
    put(kind, key, payload) {
        if (!this.writable)
            return;
        const path = this.entryPath(kind, key);
        const tmp = `${path}.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")}`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, ".."), { recursive: true });
            this.writeFile(tmp, `${MAGIC} ${digest(payload)}\n${payload}`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
            this.stats.writes++;
        }
        catch (err) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
            this.writable = false;
            this.stats.writeProblem = `cannot write to the cache ${this.dir}: ${(0,_core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err)}`;
        }
    }
    /**
     * Keeps the store under `maxBytes`: removes least recently used entries (and temp files left
     * by killed writers) until it is at 80% of the bound. Runs after a run's writes.
     */
    prune() {
        if (this.stats.writes === 0)
            return;
        const entries = [];
        let total = 0;
        const hour = Date.now() - 3_600_000;
        for (const path of listFiles(this.dir)) {
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
                if (path.includes(".tmp-") && st.mtimeMs < hour) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
                    continue;
                }
                entries.push({ path, size: st.size, used: st.mtimeMs });
                total += st.size;
            }
            catch {
                // Removed by another run meanwhile.
            }
        }
        if (total <= this.maxBytes)
            return;
        entries.sort((a, b) => a.used - b.used);
        const target = this.maxBytes * 0.8;
        for (const e of entries) {
            if (total <= target)
                break;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(e.path, { force: true });
            total -= e.size;
            this.stats.evicted++;
        }
    }
    entryPath(kind, key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, kind, key.slice(0, 2), key);
    }
}
function digest(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
}
function listFiles(dir, out = []) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
        if (e.isDirectory())
            listFiles(path, out);
        else if (e.isFile())
            out.push(path);
    }
    return out;
}


/***/ }),

/***/ 8142:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ useCompileCache)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/cache/src/location.ts
var src_location = __nccwpck_require__(6755);
;// CONCATENATED MODULE: ./packages/cli/src/compile-cache.ts



/**
 * Keeps V8's compiled code of our bundle in the persistent cache (`<cache>/node-compile-cache`),
 * so a second run skips compiling the modules it loads: about 50 ms of a warm `validate`. Node
 * checks each entry against the file's content and its own version, so a stale entry is only
 * unused. Off with `--no-cache`, on a Node without the API (before 22.1) and whenever the
 * folder is unusable: it never changes what a command does.
 */
function useCompileCache(argv, env) {
    if (argv.includes("--no-cache"))
        return;
    const enable = external_node_module_namespaceObject.enableCompileCache;
    if (!enable)
        return;
    try {
        const dir = (0,src_location.cacheDir)(env, true);
        if (dir)
            enable((0,external_node_path_.join)(dir, "node-compile-cache"));
    }
    catch {
        // A relative GITOPS_CACHE_DIR: the command itself says so, with its exit code.
    }
}


/***/ }),

/***/ 2049:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8142);


// Before the dispatcher loads: every module after this line compiles from the cache.
(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .useCompileCache */ .v)(process.argv.slice(2), process.env);
const { runCli } = await __nccwpck_require__.e(/* import() */ 454).then(__nccwpck_require__.bind(__nccwpck_require__, 5454));
// Keep `gitops ... | head` quiet: a closed pipe is not an error of ours.
process.stdout.on("error", (err) => {
    if (err.code === "EPIPE")
        process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv.slice(2), {
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
