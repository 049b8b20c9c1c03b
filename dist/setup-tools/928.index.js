export const id = 928;
export const ids = [928];
export const modules = {

/***/ 9928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installSummaryMarkdown: () => (/* reexport */ installSummaryMarkdown),
  installTools: () => (/* reexport */ installTools)
});

// UNUSED EXPORTS: DEFAULT_TOOLS, PLATFORM_KEYS, applyMirror, assertAllowedUrl, builtInManifest, findOnPath, findTool, isLoopbackHost, loadManifest, missingToolsError, normalizeVersion, outputHasVersion, parseMirror, parseToolRequests, platformOf, resolveTool, runTool, toolCacheDir, toolCacheRoots

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/tools/src/exec.ts

/**
 * Process groups of tools still running. Each tool runs in a group of its own
 * (so a timeout can kill its children too), which also means a signal sent to
 * gitops or to gitops' group does not reach it: when the runner cancels a job
 * or a user presses Ctrl-C, these groups are killed before gitops goes.
 */
const liveGroups = new Set();
let stopHandlersInstalled = false;
function killGroup(pid) {
    try {
        process.kill(-pid, "SIGKILL");
    }
    catch {
        // Already gone.
    }
}
function installStopHandlers() {
    if (stopHandlersInstalled || process.platform === "win32")
        return;
    stopHandlersInstalled = true;
    process.on("exit", () => {
        for (const pid of liveGroups)
            killGroup(pid);
    });
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
        process.once(signal, () => {
            for (const pid of liveGroups)
                killGroup(pid);
            // Then end the way the signal would have ended us (exit status 128 + n).
            process.kill(process.pid, signal);
        });
    }
}
/**
 * Runs an external binary with an argument array — never through a shell, so
 * no user text is ever interpreted — with a timeout that kills the whole
 * process group (helm and kustomize may start children of their own).
 */
function runTool(file, args, options) {
    const started = performance.now();
    const maxOut = options.maxOutputBytes ?? 512 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ["ignore", "pipe", "pipe"],
            detached: process.platform !== "win32",
            signal: options.signal,
        });
        if (child.pid !== undefined && process.platform !== "win32") {
            installStopHandlers();
            liveGroups.add(child.pid);
        }
        const out = [];
        const err = [];
        let outBytes = 0;
        let errBytes = 0;
        let timedOut = false;
        let overflowed = false;
        const kill = () => {
            try {
                if (child.pid !== undefined && process.platform !== "win32")
                    process.kill(-child.pid, "SIGKILL");
                else
                    child.kill("SIGKILL");
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, options.timeoutMs);
        child.stdout.on("data", (d) => {
            outBytes += d.length;
            if (outBytes > maxOut) {
                overflowed = true;
                kill();
                return;
            }
            out.push(d);
        });
        child.stderr.on("data", (d) => {
            // Keep the first 1 MiB of stderr: enough for any error message.
            if (errBytes < 1024 * 1024)
                err.push(d);
            errBytes += d.length;
        });
        child.on("error", (e) => {
            clearTimeout(timer);
            if (child.pid !== undefined)
                liveGroups.delete(child.pid);
            reject(e);
        });
        child.on("close", (code) => {
            clearTimeout(timer);
            if (child.pid !== undefined)
                liveGroups.delete(child.pid);
            resolve({
                code: timedOut || overflowed ? null : code,
                stdout: Buffer.concat(out).toString("utf8"),
                stderr: Buffer.concat(err).toString("utf8"),
                timedOut,
                overflowed,
                ms: performance.now() - started,
            });
        });
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/tools/src/locate.ts



/**
 * Finds an executable by name: first on PATH, then in the setup-tools cache
 * (`$RUNNER_TOOL_CACHE/gitops-<name>/<version>/<arch>/`, newest version first).
 * Returns its absolute path, or undefined.
 */
function findTool(name, env = process.env) {
    const onPath = findOnPath(name, env);
    if (onPath)
        return onPath;
    for (const cache of toolCacheRoots(env)) {
        const found = findInCache(join(cache, `gitops-${name}`), name);
        if (found)
            return found;
    }
    return undefined;
}
/** The first executable called `name` on PATH, or undefined. */
function findOnPath(name, env = process.env) {
    for (const dir of (env.PATH ?? "").split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * Where a tool version is installed: `<cache root>/gitops-<name>/<version>/<arch>/`.
 * `findTool` looks for `<binary>` in exactly these folders.
 */
function toolCacheDir(root, name, version, arch) {
    return (0,external_node_path_.join)(root, `gitops-${name}`, version, arch);
}
/** Where setup-tools and `gitops tools install` keep tools. */
function toolCacheRoots(env = process.env) {
    const roots = [];
    if (env.RUNNER_TOOL_CACHE)
        roots.push(env.RUNNER_TOOL_CACHE);
    const home = env.XDG_CACHE_HOME ?? (env.HOME ? (0,external_node_path_.join)(env.HOME, ".cache") : undefined);
    if (home)
        roots.push((0,external_node_path_.join)(home, "gitops-actions", "tools"));
    return roots;
}
/**
 * The error for tools that are needed and not installed: exit 2, naming each
 * tool and how to get it.
 */
function missingToolsError(names, purpose) {
    const list = names.join(", ");
    return new UserError(`${list} ${names.length === 1 ? "is" : "are"} needed to ${purpose} but not installed (looked on PATH and in the tool cache). ` +
        `In a workflow add the step "uses: <owner>/gitops-actions/actions/setup-tools@v1" with tools: ${names.join(" ")}; ` +
        `on a laptop run "gitops tools install ${names.join(" ")}" or install ${names.length === 1 ? "it" : "them"} with your package manager.`);
}
function findInCache(toolDir, name) {
    let versions;
    try {
        versions = readdirSync(toolDir).sort(compareVersionsDesc);
    }
    catch {
        return undefined;
    }
    for (const version of versions) {
        let arches;
        try {
            arches = readdirSync(join(toolDir, version));
        }
        catch {
            continue;
        }
        for (const arch of arches) {
            const candidate = join(toolDir, version, arch, name);
            if (isExecutable(candidate))
                return candidate;
        }
    }
    return undefined;
}
function isExecutable(path) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function compareVersionsDesc(a, b) {
    const pa = a.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
    const pb = b.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pb[i] ?? 0) - (pa[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return b.localeCompare(a);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/tools/src/archive.ts
/**
 * Takes one binary out of a verified archive. Every entry is checked first:
 * an absolute path, a ".." segment, a link that points outside the archive or
 * a device file makes the whole archive unsafe, and nothing is installed.
 * Only the wanted binary is written, as a regular file with mode 0755.
 */








/** Largest binary we write (1 GiB), whatever the archive claims. */
const MAX_BINARY_BYTES = 1024 * 1024 * 1024;
/**
 * Writes the file at `bin` inside `archive` to `dest` with mode 0755 and
 * returns its SHA-256. `label` names the tool in errors.
 */
async function extractBinary(archive, type, bin, dest, label) {
    if (type === "binary") {
        (0,external_node_fs_.copyFileSync)(archive, dest);
        (0,external_node_fs_.chmodSync)(dest, 0o755);
        return sha256File(dest);
    }
    const sha = type === "zip" ? await fromZip(archive, bin, dest, label) : await fromTarGz(archive, bin, dest, label);
    (0,external_node_fs_.chmodSync)(dest, 0o755);
    return sha;
}
/** Why an entry is unsafe, or undefined. `link` is a symlink's target, `hardlink` a hard link's. */
function unsafeEntryReason(path, link) {
    if (path.includes("\0"))
        return "a NUL byte in the name";
    if (path.includes("\\"))
        return "a backslash in the name";
    if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
        return "an absolute path";
    if (path.split("/").includes(".."))
        return 'a ".." segment';
    if (link) {
        const target = link.target;
        if (target.startsWith("/") || /^[A-Za-z]:/.test(target) || target.includes("\\")) {
            return `a link to an absolute path (${target})`;
        }
        // A symlink resolves from its own folder; a hard link from the archive root.
        const resolved = external_node_path_.posix.normalize(link.hard ? target : external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
        if (resolved === ".." || resolved.startsWith("../"))
            return `a link that escapes the archive (${target})`;
    }
    return undefined;
}
function normalizeEntry(path) {
    return external_node_path_.posix
        .normalize(path)
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "");
}
function unsafe(label, entry, reason) {
    const name = entry === undefined ? "" : ` ${JSON.stringify(entry)}`;
    return new errors/* UserError */.yo(`${label}: the archive has an unsafe entry${name} (${reason}); nothing was installed`);
}
function missing(label, bin, seen) {
    const some = seen
        .slice(0, 10)
        .map((s) => JSON.stringify(s))
        .join(", ");
    return new errors/* UserError */.yo(`${label}: "${bin}" is not in the archive (it holds ${some}${seen.length > 10 ? ", ..." : ""}); set "bin" in the manifest`);
}
async function fromTarGz(archive, bin, dest, label) {
    let problem;
    let written;
    const seen = [];
    try {
        await index_min.t({
            file: archive,
            strict: true,
            noResume: true,
            onReadEntry: (entry) => {
                const path = entry.path;
                seen.push(path);
                const type = entry.type;
                const link = type === "SymbolicLink" || type === "Link"
                    ? { target: entry.linkpath ?? "", hard: type === "Link" }
                    : undefined;
                const reason = unsafeEntryReason(path, link) ??
                    (["CharacterDevice", "BlockDevice", "FIFO"].includes(type) ? `a ${type} entry` : undefined);
                if (reason)
                    problem ??= unsafe(label, path, reason);
                if (!problem && normalizeEntry(path) === bin) {
                    if (written)
                        problem = new errors/* UserError */.yo(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
                    else if (type !== "File" && type !== "OldFile" && type !== "ContiguousFile") {
                        problem = new errors/* UserError */.yo(`${label}: "${bin}" in the archive is a ${type}, not a regular file; nothing was installed`);
                    }
                    else {
                        written = writeHashed(entry, dest);
                        return;
                    }
                }
                entry.resume();
            },
        });
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${label}: not a readable tar.gz archive (${(0,errors/* messageOf */.bD)(err)})`);
    }
    const sha = await written?.catch((err) => {
        throw new errors/* UserError */.yo(`${label}: cannot write the binary: ${(0,errors/* messageOf */.bD)(err)}`);
    });
    if (problem)
        throw problem;
    if (sha === undefined)
        throw missing(label, bin, seen);
    return sha;
}
function openZip(path) {
    return new Promise((resolve, reject) => {
        // yauzl itself rejects absolute paths and ".." (strictFileNames also refuses backslashes).
        yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zip) => {
            if (err)
                reject(err);
            else
                resolve(zip);
        });
    });
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
            if (err)
                reject(err);
            else
                resolve(stream);
        });
    });
}
async function readSmall(stream, limit) {
    const chunks = [];
    let n = 0;
    for await (const chunk of stream) {
        n += chunk.length;
        if (n > limit)
            throw new Error("link target too long");
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
}
async function fromZip(archive, bin, dest, label) {
    let zip;
    try {
        zip = await openZip(archive);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${label}: not a readable zip archive (${(0,errors/* messageOf */.bD)(err)})`);
    }
    const seen = [];
    let sha;
    try {
        const entries = await new Promise((resolve, reject) => {
            const list = [];
            zip.on("entry", (e) => {
                list.push(e);
                zip.readEntry();
            });
            zip.on("end", () => {
                resolve(list);
            });
            zip.on("error", reject);
            zip.readEntry();
        }).catch((err) => {
            // yauzl's own name checks ("invalid relative path", "absolute path") land here.
            throw unsafe(label, undefined, (0,errors/* messageOf */.bD)(err));
        });
        // Check every entry before writing anything.
        const links = new Map();
        for (const entry of entries) {
            seen.push(entry.fileName);
            const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
            let link;
            if (mode === 0o120000) {
                const target = await readSmall(await openEntry(zip, entry), 4096);
                links.set(entry, target);
                link = { target, hard: false };
            }
            else if (mode !== 0 && mode !== 0o100000 && mode !== 0o040000) {
                throw unsafe(label, entry.fileName, "a special file");
            }
            const reason = unsafeEntryReason(entry.fileName, link);
            if (reason)
                throw unsafe(label, entry.fileName, reason);
        }
        const matches = entries.filter((e) => !e.fileName.endsWith("/") && normalizeEntry(e.fileName) === bin);
        if (matches.length > 1)
            throw new errors/* UserError */.yo(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
        const entry = matches[0];
        if (!entry)
            throw missing(label, bin, seen);
        if (links.has(entry))
            throw new errors/* UserError */.yo(`${label}: "${bin}" in the archive is a symlink, not a regular file; nothing was installed`);
        try {
            sha = await writeHashed(await openEntry(zip, entry), dest);
        }
        catch (err) {
            throw new errors/* UserError */.yo(`${label}: cannot extract "${bin}": ${(0,errors/* messageOf */.bD)(err)}`);
        }
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        throw new errors/* UserError */.yo(`${label}: not a readable zip archive (${(0,errors/* messageOf */.bD)(err)})`);
    }
    finally {
        zip.close();
    }
    return sha;
}
/** Streams `source` to `dest` (mode 0755) and returns its SHA-256. */
async function writeHashed(source, dest) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    await (0,promises_.pipeline)(source, new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            if (bytes > MAX_BINARY_BYTES) {
                done(new Error(`the binary is larger than ${MAX_BINARY_BYTES} bytes`));
                return;
            }
            hash.update(chunk);
            done(null, chunk);
        },
    }), (0,external_node_fs_.createWriteStream)(dest, { mode: 0o755 }));
    return hash.digest("hex");
}
/** SHA-256 of a file, streamed. */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest("hex");
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./packages/tools/src/download.ts
/**
 * Downloads over HTTPS (plain HTTP only on loopback) with retries, streaming
 * to a file while hashing. It never trusts what it fetched: the caller checks
 * the digest before anything is extracted.
 */







/** A download that failed; `retryable` says whether another attempt may help. */
class DownloadError extends errors/* UserError */.yo {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
    }
}
const MAX_REDIRECTS = 10;
/** True for 127.0.0.0/8, ::1 and localhost: the only hosts plain http may reach. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    if (host === "localhost" || host === "::1")
        return true;
    return (0,external_node_net_.isIPv4)(host) && host.startsWith("127.");
}
/**
 * Throws a `UserError` unless `url` may be fetched: https anywhere, http only
 * on loopback, never with credentials in the URL (they would end up in logs).
 */
function assertAllowedUrl(url, what = url.href) {
    if (url.username || url.password) {
        throw new errors/* UserError */.yo(`refusing ${redact(url)}: credentials in a URL end up in logs`);
    }
    if (url.protocol === "https:")
        return;
    if (url.protocol === "http:" && isLoopbackHost(url.hostname))
        return;
    throw new errors/* UserError */.yo(`refusing to download ${what}: only https:// URLs are allowed (plain http only on loopback: 127.0.0.0/8, ::1, localhost)`);
}
/**
 * Parses the `mirror` setting: an http(s) base URL without credentials, query
 * or fragment. Its scheme, host and path prefix replace the scheme and host of
 * every download URL.
 */
function parseMirror(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* UserError */.yo(`mirror ${JSON.stringify(text)} is not an absolute URL such as https://mirror.example.com/releases`);
    }
    if (url.search || url.hash)
        throw new errors/* UserError */.yo(`mirror ${JSON.stringify(text)} must not have a query or fragment`);
    assertAllowedUrl(url, `from mirror ${JSON.stringify(text)}`);
    return url;
}
/** `https://github.com/a/b?x` with mirror `https://m.example/gh` becomes `https://m.example/gh/a/b?x`. */
function applyMirror(url, mirror) {
    if (!mirror)
        return url;
    const original = new URL(url);
    const prefix = mirror.pathname.replace(/\/+$/, "");
    return `${mirror.protocol}//${mirror.host}${prefix}${original.pathname}${original.search}`;
}
/**
 * Downloads `url` to `dest`, retrying what may be transient. An HTML page in
 * place of the file, a 4xx, or a body cut short after every retry is a
 * `DownloadError` with a message saying which.
 */
async function download(url, dest, options = {}) {
    const retries = options.retries ?? 4;
    const baseDelay = options.retryDelayMs ?? 1000;
    for (let attempt = 0;; attempt++) {
        try {
            return await downloadOnce(url, dest, options);
        }
        catch (err) {
            (0,external_node_fs_.rmSync)(dest, { force: true });
            const retryable = err instanceof DownloadError ? err.retryable : !(err instanceof errors/* UserError */.yo);
            if (!retryable)
                throw err;
            const message = err instanceof DownloadError ? err.message : describeNetworkError(err, url);
            if (attempt >= retries) {
                throw new DownloadError(`${message} (gave up after ${attempt + 1} attempts)`, false);
            }
            const delay = baseDelay * 2 ** attempt;
            options.onRetry?.(`${message}; retrying in ${formatDelay(delay)} (attempt ${attempt + 2} of ${retries + 1})`);
            await (0,external_node_timers_promises_.setTimeout)(delay);
        }
    }
}
async function downloadOnce(url, dest, options) {
    const signal = AbortSignal.timeout(options.timeoutMs ?? 10 * 60 * 1000);
    const maxBytes = options.maxBytes ?? 1024 * 1024 * 1024;
    let current = new URL(url);
    let response;
    for (let hops = 0;; hops++) {
        assertAllowedUrl(current);
        // Redirects are followed by hand so every hop is held to the same rule:
        // an https URL must not be bounced to plain http.
        response = await fetch(current, {
            redirect: "manual",
            signal,
            headers: { "user-agent": "gitops-actions-setup-tools" },
        });
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && location) {
            await response.body?.cancel();
            if (hops >= MAX_REDIRECTS)
                throw new DownloadError(`${url}: more than ${MAX_REDIRECTS} redirects`, false);
            current = new URL(location, current);
            continue;
        }
        break;
    }
    // A redirect to storage is usually pre-signed (X-Amz-Signature=..., jwt=...): show it without its query.
    const shown = current.href === url ? url : `${url} (redirected to ${current.origin}${current.pathname})`;
    if (!response.ok) {
        await response.body?.cancel();
        const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
        const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
        const hint = response.status === 404 ? "; check the version and, for a mirror or user manifest, the URL" : "";
        throw new DownloadError(`${status} from ${shown}${hint}`, retryable);
    }
    const contentType = response.headers.get("content-type") ?? "";
    if (/^\s*text\/html\b/i.test(contentType)) {
        await response.body?.cancel();
        throw htmlError(shown);
    }
    const lengthHeader = response.headers.get("content-length");
    const expected = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
    if (expected !== undefined && expected > maxBytes) {
        await response.body?.cancel();
        throw new DownloadError(`${shown} is ${expected} bytes, more than the ${maxBytes}-byte limit`, false);
    }
    if (!response.body)
        throw new DownloadError(`${shown} returned no body`, true);
    const hash = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    let head = Buffer.alloc(0);
    const meter = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            if (bytes > maxBytes) {
                done(new DownloadError(`${shown} is larger than the ${maxBytes}-byte limit`, false));
                return;
            }
            if (head.length < 512)
                head = Buffer.concat([head, chunk.subarray(0, 512 - head.length)]);
            hash.update(chunk);
            done(null, chunk);
        },
    });
    try {
        await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), meter, (0,external_node_fs_.createWriteStream)(dest));
    }
    catch (err) {
        if (err instanceof DownloadError)
            throw err;
        // The connection dropped mid-body: a truncated file, which a retry may fix.
        const of = expected !== undefined ? ` of ${expected}` : "";
        throw new DownloadError(`${shown}: the download was cut off after ${bytes}${of} bytes (${causeOf(err)})`, true);
    }
    if (expected !== undefined && bytes !== expected) {
        throw new DownloadError(`${shown}: the download was cut off after ${bytes} of ${expected} bytes (truncated)`, true);
    }
    if (looksLikeHtml(head))
        throw htmlError(shown);
    return { sha256: hash.digest("hex"), bytes, finalUrl: current.href };
}
function htmlError(shown) {
    return new DownloadError(`${shown} returned an HTML page instead of the file (a login page, a proxy's error page or a wrong URL?); nothing was installed`, false);
}
/** True when the first bytes are an HTML document rather than an archive or binary. */
function looksLikeHtml(head) {
    const text = head
        .toString("latin1")
        .replace(/^\uFEFF/, "")
        .trimStart()
        .slice(0, 64)
        .toLowerCase();
    return (text.startsWith("<!doctype html") ||
        text.startsWith("<html") ||
        text.startsWith("<head") ||
        text.startsWith("<body"));
}
function describeNetworkError(err, url) {
    if (err instanceof Error && err.name === "TimeoutError")
        return `${url}: timed out`;
    return `${url}: ${causeOf(err)}`;
}
/** undici wraps the socket error in `cause`; that is the part people can act on. */
function causeOf(err) {
    const cause = err.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return code ? `${code}: ${cause.message}` : cause.message;
    }
    return (0,errors/* messageOf */.bD)(err);
}
function formatDelay(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)}s` : `${ms}ms`;
}
function redact(url) {
    const copy = new URL(url.href);
    copy.username = "";
    copy.password = "";
    return copy.href;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/yaml-depth.ts
/**
 * The first line where YAML text nests flow collections (`[`, `{`) or compact block sequences
 * (`- - - x`) more than `max` levels deep, or undefined. A character scan, not a parse: the
 * `yaml` parser spends seconds on 100,000 levels and its composer then overflows the stack, so
 * the careful loader refuses such text before parsing it. Nesting by indentation is not counted:
 * it needs a longer line per level, so the size cap bounds it. Quoted scalars, comments and
 * block scalars (`|`, `>`) are skipped, so brackets in text do not count; the scan may still
 * over-count a bracket inside an odd plain scalar, which only matters hundreds of times over.
 */
function tooDeepAt(text, max) {
    const s = new DepthScan(max);
    const lines = text.split(/\r?\n/);
    for (let n = 0; n < lines.length; n++) {
        if (s.line(lines[n] ?? ""))
            return n + 1;
    }
    return undefined;
}
/** Scanner state carried from line to line. */
class DepthScan {
    max;
    /** Open flow collections. */
    flow = 0;
    /** Inside a quoted scalar (they may span lines). */
    quote;
    /** Indent of the line that opened a block scalar, -1 outside one. */
    blockIndent = -1;
    /** At a place where a value (and so a flow collection or quote) may start. */
    valueStart = true;
    constructor(max) {
        this.max = max;
    }
    /** Scans one line; true when it nests too deep. */
    line(text) {
        if (/^(---|\.\.\.)(\s|$)/.test(text)) {
            // A document marker ends whatever the previous document left open.
            this.flow = 0;
            this.quote = undefined;
            this.blockIndent = -1;
            this.valueStart = true;
            return false;
        }
        let i = 0;
        let indent = 0;
        if (this.flow === 0 && this.quote === undefined) {
            while (text[i] === " ")
                i++;
            indent = i;
            if (this.blockIndent >= 0) {
                if (text.trim() === "" || indent > this.blockIndent)
                    return false;
                this.blockIndent = -1;
            }
            let compact = 0;
            while (isIndicator(text, i)) {
                compact++;
                i++;
                while (text[i] === " " || text[i] === "\t")
                    i++;
            }
            if (compact > this.max)
                return true;
            this.valueStart = true;
        }
        for (; i < text.length; i++) {
            const c = text[i];
            if (this.quote === "'") {
                if (c === "'") {
                    if (text[i + 1] === "'")
                        i++;
                    else
                        this.quote = undefined;
                }
                continue;
            }
            if (this.quote === '"') {
                if (c === "\\")
                    i++;
                else if (c === '"')
                    this.quote = undefined;
                continue;
            }
            if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t"))
                break;
            if (c === " " || c === "\t")
                continue;
            if (this.flow > 0) {
                if (c === "[" || c === "{") {
                    if (++this.flow > this.max)
                        return true;
                    this.valueStart = true;
                }
                else if (c === "]" || c === "}") {
                    this.flow--;
                    this.valueStart = false;
                }
                else if (c === "," || c === ":" || c === "?") {
                    this.valueStart = true;
                }
                else if ((c === "'" || c === '"') && this.valueStart) {
                    this.quote = c;
                }
                else {
                    this.valueStart = false;
                }
                continue;
            }
            if (this.valueStart) {
                if (c === "[" || c === "{") {
                    this.flow = 1;
                    this.valueStart = true;
                    continue;
                }
                if (c === "'" || c === '"') {
                    this.quote = c;
                    this.valueStart = false;
                    continue;
                }
                if (c === "|" || c === ">") {
                    this.blockIndent = indent;
                    return false;
                }
                if (c === "&" || c === "!") {
                    // An anchor or tag: the value follows it.
                    while (i + 1 < text.length && text[i + 1] !== " ")
                        i++;
                    continue;
                }
                this.valueStart = false;
            }
            if (c === ":" && (i + 1 === text.length || text[i + 1] === " " || text[i + 1] === "\t")) {
                this.valueStart = true;
            }
        }
        return false;
    }
}
/** `-`, `?` or `:` followed by a space or the end of the line: a block indicator. */
function isIndicator(text, i) {
    const c = text[i];
    if (c !== "-" && c !== "?" && c !== ":")
        return false;
    const next = text[i + 1];
    return next === undefined || next === " " || next === "\t";
}

;// CONCATENATED MODULE: ./packages/core/src/yaml.ts




/**
 * Defaults for files people write by hand. Rendered output (thousands of
 * resources in one file) passes larger limits explicitly.
 */
const DEFAULT_YAML_LIMITS = {
    maxBytes: 8 * 1024 * 1024,
    maxDocuments: 5_000,
    maxAliasCount: 100,
    // Real manifests nest a few levels of flow style; js-yaml (the fast reader) stops at 100 levels in all.
    maxDepth: 100,
};
/** Options for the parser, shared so every loader reads YAML the same way. */
const PARSE_OPTIONS = {
    prettyErrors: true,
    strict: true,
    uniqueKeys: true,
    // sigs.k8s.io/yaml accepts merge keys, so manifests may use them.
    merge: true,
};
/**
 * Parses YAML text with every guard we need against broken and hostile input:
 * duplicate keys, syntax errors, alias bombs and too many documents all throw a
 * `UserError` that names `file:line`. Comments and positions are kept.
 */
function parseYaml(text, file, limits = {}) {
    const lim = { ...DEFAULT_YAML_LIMITS, ...limits };
    const lineCounter = new dist/* LineCounter */.HN();
    const source = stripBom(text);
    const deep = tooDeepAt(source, lim.maxDepth);
    if (deep !== undefined) {
        throw new errors/* UserError */.yo(`${file}:${deep}: YAML is nested too deeply (more than ${lim.maxDepth} levels); flatten it`, file, deep);
    }
    let docs;
    try {
        docs = parseLinear(source, lineCounter);
    }
    catch (err) {
        if (isStackOverflow(err))
            throw new errors/* UserError */.yo(`${file}: YAML is nested too deeply; flatten it`, file);
        throw new errors/* UserError */.yo(`${file}: cannot parse YAML: ${firstLine((0,errors/* messageOf */.bD)(err))}`, file);
    }
    if (docs.length > lim.maxDocuments) {
        throw new errors/* UserError */.yo(`${file}: ${docs.length} YAML documents exceed the limit of ${lim.maxDocuments} per file`, file);
    }
    const documents = [];
    for (const [index, doc] of docs.entries()) {
        const error = doc.errors[0];
        if (error)
            throw yamlError(error, file);
        const duplicate = duplicateKeyError(doc, file, lineCounter);
        if (duplicate)
            throw duplicate;
        let value;
        try {
            value = doc.toJS({ maxAliasCount: lim.maxAliasCount });
        }
        catch (err) {
            throw new errors/* UserError */.yo(`${file}: ${describeToJsError(err)}`, file, lineOfOffset(lineCounter, doc.range[0]));
        }
        // A document's range starts at its `---`; people look for its first key.
        const start = (0,dist/* isNode */.Ll)(doc.contents) ? doc.contents.range[0] : doc.range[0];
        documents.push({ index, doc, value, line: lineOfOffset(lineCounter, start) });
    }
    return { file, text, documents, lineCounter };
}
/**
 * `parseAllDocuments` with PARSE_OPTIONS, in linear time. The library's duplicate-key check
 * compares each key with every earlier key of its mapping (a 5 MB mapping took minutes), so the
 * text is parsed without it and `duplicateKeyError` checks the keys with one Set per mapping.
 * When the parse reports any other error, the text is parsed again exactly as before, so those
 * errors (and their order with duplicate keys) are the library's own.
 */
function parseLinear(source, lineCounter) {
    const fast = (0,dist/* parseAllDocuments */.hR)(source, { ...PARSE_OPTIONS, uniqueKeys: false, lineCounter });
    // parseAllDocuments returns an EmptyStream for input without documents.
    const docs = Array.isArray(fast) ? fast : [];
    if (docs.every((doc) => doc.errors.length === 0)) {
        for (const doc of docs)
            doc.options.uniqueKeys = PARSE_OPTIONS.uniqueKeys;
        return docs;
    }
    // The exact parse: its LineCounter must hold each line start once.
    lineCounter.lineStarts.length = 0;
    const exact = (0,dist/* parseAllDocuments */.hR)(source, { ...PARSE_OPTIONS, lineCounter });
    return Array.isArray(exact) ? exact : [];
}
/**
 * The error the library's `uniqueKeys` check would report first for a document that has no
 * other error, or undefined. Keys are the same when their scalar values are `===` (so NaN never
 * repeats); the order is the composer's: a block mapping checks a key before composing its
 * value, a flow mapping after.
 */
function duplicateKeyError(doc, file, lineCounter) {
    const offset = firstDuplicate(doc.contents);
    if (offset === undefined)
        return undefined;
    const line = lineOfOffset(lineCounter, offset);
    return new errors/* UserError */.yo(`${file}:${line}: duplicate key: Map keys must be unique`, file, line);
}
function firstDuplicate(node) {
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items) {
            const at = firstDuplicate(item);
            if (at !== undefined)
                return at;
        }
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const seen = new Set();
        for (const pair of node.items) {
            const inKey = firstDuplicate(pair.key);
            if (inKey !== undefined)
                return inKey;
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
            const repeated = seen.has(key) && !Number.isNaN(key) ? keyOffset(pair.key) : undefined;
            seen.add(key);
            if (repeated !== undefined && !node.flow)
                return repeated;
            const inValue = firstDuplicate(pair.value);
            if (inValue !== undefined)
                return inValue;
            if (repeated !== undefined)
                return repeated;
        }
    }
    return undefined;
}
/** Where the composer reports a duplicate key: the start of the key's content. */
function keyOffset(key) {
    return (0,dist/* isNode */.Ll)(key) && key.range ? key.range[0] : 0;
}
/**
 * Reads and parses a YAML file. A missing or unreadable file, one over the
 * size cap, or one that is not UTF-8 is a `UserError` naming `displayPath`.
 */
function loadYamlFile(path, displayPath = path, limits = {}) {
    const lim = { ...DEFAULT_YAML_LIMITS, ...limits };
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile())
            throw new errors/* UserError */.yo(`${displayPath}: not a regular file`, displayPath);
        size = st.size;
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        throw new errors/* UserError */.yo(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
    }
    if (size > lim.maxBytes) {
        throw new errors/* UserError */.yo(`${displayPath}: ${formatBytes(size)} exceeds the ${formatBytes(lim.maxBytes)} limit for a YAML file`, displayPath);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
    }
    return parseYaml(decodeUtf8(bytes, displayPath), displayPath, lim);
}
/** Decodes UTF-8 strictly: invalid bytes are an error naming the file, never mojibake. */
function decodeUtf8(bytes, file) {
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* UserError */.yo(`${file}: not valid UTF-8 text`, file);
    }
}
/**
 * The 1-based line of the key at `path` in a document (e.g. `["spec", "source", "path"]`),
 * or of the deepest part of the path that exists, or of the document start.
 */
function lineAt(file, document, path) {
    let node = document.doc.contents;
    let line = document.line;
    for (const segment of path) {
        let next;
        let at;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === segment);
            at = pair?.key;
            next = pair?.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === "number") {
            at = next = node.items[segment];
        }
        if (!(0,dist/* isNode */.Ll)(at) || !at.range)
            break;
        line = lineOfOffset(file.lineCounter, at.range[0]);
        node = next;
    }
    return line;
}
/** The 1-based line of a character offset. */
function lineOfOffset(lineCounter, offset) {
    return lineCounter.linePos(offset).line;
}
function yamlError(error, file) {
    const line = error.linePos?.[0].line;
    const where = line ? `${file}:${line}` : file;
    // The composer catches its own stack overflow (nesting by indentation) and reports it as an error.
    if (isStackOverflow(error))
        return new errors/* UserError */.yo(`${where}: YAML is nested too deeply; flatten it`, file, line);
    const what = error.code === "DUPLICATE_KEY" ? "duplicate key" : "invalid YAML";
    return new errors/* UserError */.yo(`${where}: ${what}: ${stripPosition(firstLine(error.message))}`, file, line);
}
function isStackOverflow(err) {
    return /Maximum call stack size exceeded/.test((0,errors/* messageOf */.bD)(err));
}
function describeToJsError(err) {
    if (err instanceof RangeError)
        return "YAML is nested too deeply; flatten it";
    const msg = (0,errors/* messageOf */.bD)(err);
    if (/alias count/i.test(msg))
        return "too many YAML alias expansions (possible alias bomb)";
    return `cannot read YAML: ${firstLine(msg)}`;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function firstLine(text) {
    return text.split("\n", 1)[0] ?? "";
}
/** `yaml` appends " at line N, column M:"; our prefix already says where. */
function stripPosition(message) {
    return message.replace(/ at line \d+, column \d+:?$/, "");
}
function ioReason(err) {
    const code = err.code;
    if (code === "ENOENT")
        return "no such file";
    if (code === "EACCES")
        return "permission denied";
    if (code === "EISDIR")
        return "is a directory";
    return code ?? (0,errors/* messageOf */.bD)(err);
}
function formatBytes(n) {
    return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

;// CONCATENATED MODULE: ./packages/tools/src/platform.ts

/** Every platform a manifest may pin, in the order they are shown. */
const PLATFORM_KEYS = [
    "linux-amd64",
    "linux-arm64",
    "darwin-amd64",
    "darwin-arm64",
];
const OS_OF = { linux: "linux", darwin: "darwin" };
const ARCH_OF = { x64: "amd64", arm64: "arm64" };
/**
 * Maps Node's `process.platform`/`process.arch` to a platform, or throws a
 * `UserError` naming what is supported.
 */
function platformOf(platform = process.platform, arch = process.arch) {
    const os = OS_OF[platform];
    const a = ARCH_OF[arch];
    if (!os || !a) {
        throw new errors/* UserError */.yo(`setup-tools supports ${PLATFORM_KEYS.join(", ")}; this machine is ${platform}-${arch}`);
    }
    return { os, arch: a, key: `${os}-${a}` };
}

;// CONCATENATED MODULE: ./packages/tools/src/manifest.ts
/**
 * The tool manifest: which version of each tool to install, where from, and
 * the SHA-256 of its release archive per platform. The built-in manifest
 * (`packages/tools/manifest.yaml`, bundled next to each dist entry by ncc) can
 * be overridden by a user manifest of the same format, merged tool by tool.
 */





const ARCHIVE_TYPES = ["tar.gz", "zip", "binary"];
/** Every tool the suite uses, installed when no list is given. */
const DEFAULT_TOOLS = [
    "kustomize",
    "helm",
    "kubeconform",
    "conftest",
    "kyverno",
    "gitleaks",
];
const BUILT_IN = "built-in";
/** Tool names: they become folder names in the tool cache and keys of the outputs. */
const NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;
/** MAJOR.MINOR.PATCH with an optional pre-release; never a path separator or "..". */
const VERSION_RE = /^\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?$/;
const SHA256_RE = /^[0-9a-f]{64}$/;
const PLACEHOLDER_RE = /\{([^{}]*)\}/g;
const PLACEHOLDERS = new Set(["version", "os", "arch"]);
const NAME_TOKEN_RE = /^[A-Za-z0-9._-]{1,40}$/;
/**
 * Checks a version string and returns it without a leading "v", or throws a
 * `UserError` saying what a version looks like. Versions end up in URLs and
 * cache paths, so nothing but digits, dots and a plain pre-release passes.
 */
function normalizeVersion(value, what) {
    const v = value.startsWith("v") ? value.slice(1) : value;
    if (v.length > 64 || !VERSION_RE.test(v)) {
        throw new errors/* UserError */.yo(`${what}: invalid version ${JSON.stringify(value)}; expected MAJOR.MINOR.PATCH such as 5.7.1 (a leading "v" is allowed)`);
    }
    return v;
}
/**
 * Parses `name` / `name@version` entries. A name listed twice with different
 * versions is an error; listed twice the same way, it is installed once.
 */
function parseToolRequests(entries) {
    const byName = new Map();
    for (const entry of entries) {
        const at = entry.indexOf("@");
        const name = at === -1 ? entry : entry.slice(0, at);
        if (!NAME_RE.test(name)) {
            throw new errors/* UserError */.yo(`invalid tool ${JSON.stringify(entry)}: expected a name such as "kustomize" or "kustomize@5.7.1"`);
        }
        const version = at === -1 ? undefined : normalizeVersion(entry.slice(at + 1), `tool "${name}"`);
        const seen = byName.get(name);
        if (seen && seen.version !== version) {
            throw new errors/* UserError */.yo(`tool "${name}" is listed twice with different versions`);
        }
        byName.set(name, version === undefined ? { name } : { name, version });
    }
    return [...byName.values()];
}
let builtIn;
/** The manifest shipped with gitops-actions (parsed once). */
function builtInManifest() {
    // The literal `new URL(..., import.meta.url)` lets ncc find the file and
    // copy it next to each bundle, so dist/<entry>/index.js reads its own copy
    // from wherever it is run.
    builtIn ??= parseManifest((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(8701), __webpack_require__.b), "utf8"), BUILT_IN);
    return builtIn;
}
/** Parses manifest text; `file` names it in errors ("built-in" for ours). */
function parseManifest(text, file) {
    return fromYaml(parseYaml(text, file), file, file === BUILT_IN);
}
/** Reads a user manifest from disk. */
function loadUserManifest(path, displayPath = path) {
    return fromYaml(loadYamlFile(path, displayPath), displayPath, false);
}
/** The built-in manifest with an optional user manifest merged over it. */
function loadManifest(userManifestPath, displayPath) {
    const base = builtInManifest();
    if (userManifestPath === undefined)
        return base;
    return mergeManifests(base, loadUserManifest(userManifestPath, displayPath ?? userManifestPath));
}
/**
 * Merges `user` over `base`, tool by tool and field by field. The digests
 * belong to a version: when the user pins another version, the built-in
 * digests are dropped and only the user's count. When the user changes only
 * the URL (an internal mirror of the same files), the built-in digests stay.
 */
function mergeManifests(base, user) {
    const tools = new Map(base.tools);
    for (const [name, pin] of user.tools) {
        const old = base.tools.get(name);
        if (!old) {
            tools.set(name, pin);
            continue;
        }
        const raw = userFields.get(pin) ?? new Set();
        const sameVersion = !raw.has("version") || pin.version === old.version;
        tools.set(name, {
            name,
            version: raw.has("version") ? pin.version : old.version,
            url: raw.has("url") ? pin.url : old.url,
            bin: raw.has("bin") ? pin.bin : old.bin,
            archive: raw.has("archive") ? pin.archive : old.archive,
            os: raw.has("os") ? pin.os : old.os,
            arch: raw.has("arch") ? pin.arch : old.arch,
            versionArgs: raw.has("version-args") ? pin.versionArgs : old.versionArgs,
            sha256: sameVersion ? { ...old.sha256, ...pin.sha256 } : pin.sha256,
            sources: raw.has("sources") ? pin.sources : old.sources,
            origin: pin.origin,
        });
    }
    return { tools };
}
/** Which keys a user manifest actually set, so a merge can tell "absent" from "default". */
const userFields = new WeakMap();
const TOOL_KEYS = ["version", "url", "bin", "archive", "os", "arch", "version-args", "sha256", "sources"];
function fromYaml(yaml, file, strictBuiltIn) {
    if (yaml.documents.length !== 1) {
        throw new errors/* UserError */.yo(`${file}: expected one YAML document, found ${yaml.documents.length}`, file);
    }
    const doc = yaml.documents[0];
    const fail = (path, message) => {
        const line = lineAt(yaml, doc, path);
        throw new errors/* UserError */.yo(`${file}:${line}: ${message}`, file, line);
    };
    const root = doc.value;
    if (!isRecord(root))
        return fail([], 'a manifest is a mapping with a "tools" key');
    for (const key of Object.keys(root)) {
        if (key !== "tools")
            fail([key], `unknown key "${key}"; allowed here: tools`);
    }
    const toolsNode = root.tools;
    if (!isRecord(toolsNode))
        return fail(["tools"], '"tools" must be a mapping of tool name to pin');
    const tools = new Map();
    for (const [name, entry] of Object.entries(toolsNode)) {
        const at = (...rest) => ["tools", name, ...rest];
        if (!NAME_RE.test(name)) {
            fail(at(), `invalid tool name "${name}": lower-case letters, digits and "-", starting with a letter`);
        }
        if (!isRecord(entry))
            return fail(at(), `tools.${name} must be a mapping`);
        for (const key of Object.keys(entry)) {
            if (!TOOL_KEYS.includes(key))
                fail(at(key), `unknown key "tools.${name}.${key}"; allowed here: ${TOOL_KEYS.join(", ")}`);
        }
        const str = (key) => {
            const v = entry[key];
            if (v === undefined)
                return undefined;
            if (typeof v !== "string" || v === "") {
                return fail(at(key), `tools.${name}.${key} must be a non-empty string${typeof v === "number" ? " (quote it)" : ""}`);
            }
            return v;
        };
        const strList = (key) => {
            const v = entry[key];
            if (v === undefined)
                return undefined;
            if (!Array.isArray(v) || v.some((s) => typeof s !== "string") || v.length > 16) {
                return fail(at(key), `tools.${name}.${key} must be a list of strings`);
            }
            return v;
        };
        const nameMap = (key, allowed) => {
            const v = entry[key];
            if (v === undefined)
                return undefined;
            if (!isRecord(v))
                return fail(at(key), `tools.${name}.${key} must be a mapping such as { ${allowed[0]}: ... }`);
            for (const [k, s] of Object.entries(v)) {
                if (!allowed.includes(k)) {
                    fail(at(key, k), `unknown key "tools.${name}.${key}.${k}"; allowed here: ${allowed.join(", ")}`);
                }
                if (typeof s !== "string" || !NAME_TOKEN_RE.test(s)) {
                    fail(at(key, k), `tools.${name}.${key}.${k} must be a plain name such as "x86_64"`);
                }
            }
            return v;
        };
        const versionText = str("version");
        let version;
        if (versionText !== undefined) {
            try {
                version = normalizeVersion(versionText, `tools.${name}.version`);
            }
            catch (err) {
                fail(at("version"), err.message);
            }
        }
        else if (entry.version !== undefined) {
            fail(at("version"), `tools.${name}.version must be a string`);
        }
        const url = str("url");
        if (url !== undefined) {
            const problem = templateProblem(url, true);
            if (problem)
                fail(at("url"), `tools.${name}.url ${problem}`);
        }
        const bin = str("bin");
        if (bin !== undefined) {
            const problem = templateProblem(bin, false) ?? relativePathProblem(bin);
            if (problem)
                fail(at("bin"), `tools.${name}.bin ${problem}`);
        }
        const archive = str("archive");
        if (archive !== undefined && !ARCHIVE_TYPES.includes(archive)) {
            fail(at("archive"), `tools.${name}.archive must be one of ${ARCHIVE_TYPES.join(", ")}`);
        }
        const shaNode = entry.sha256;
        const sha256 = {};
        if (shaNode !== undefined) {
            if (!isRecord(shaNode))
                return fail(at("sha256"), `tools.${name}.sha256 must be a mapping of platform to digest`);
            for (const [k, v] of Object.entries(shaNode)) {
                if (!PLATFORM_KEYS.includes(k)) {
                    fail(at("sha256", k), `unknown platform "${k}" in tools.${name}.sha256; allowed: ${PLATFORM_KEYS.join(", ")}`);
                }
                const hex = typeof v === "string" ? v.toLowerCase() : "";
                if (!SHA256_RE.test(hex)) {
                    fail(at("sha256", k), `tools.${name}.sha256.${k} must be 64 hex digits (a SHA-256), got ${JSON.stringify(v)}`);
                }
                sha256[k] = hex;
            }
        }
        const versionArgs = strList("version-args");
        const sources = strList("sources");
        const os = nameMap("os", ["linux", "darwin"]);
        const arch = nameMap("arch", ["amd64", "arm64"]);
        // A tool the built-in manifest does not know needs enough to be installed.
        const isNew = strictBuiltIn || !builtInHas(name);
        if (isNew && version === undefined)
            fail(at(), `tools.${name} needs "version"`);
        if (isNew && url === undefined)
            fail(at(), `tools.${name} needs "url"`);
        if (strictBuiltIn && (sources === undefined || sources.length === 0)) {
            fail(at(), `tools.${name} needs "sources" naming where its digests were read`);
        }
        const pin = {
            name,
            version: version ?? "",
            url: url ?? "",
            bin: bin ?? name,
            ...(archive ? { archive: archive } : {}),
            os: os ?? {},
            arch: arch ?? {},
            versionArgs: versionArgs ?? ["version"],
            sha256,
            sources: sources ?? [],
            origin: file,
        };
        userFields.set(pin, new Set(Object.keys(entry)));
        tools.set(name, pin);
    }
    return { tools };
}
function builtInHas(name) {
    return builtInManifest().tools.has(name);
}
/** Why `template` is not a usable URL or path template, or undefined. */
function templateProblem(template, isUrl) {
    for (const m of template.matchAll(PLACEHOLDER_RE)) {
        if (!PLACEHOLDERS.has(m[1] ?? "")) {
            return `has an unknown placeholder "{${m[1]}}"; use {version}, {os} or {arch}`;
        }
    }
    if (/\s/.test(template))
        return "must not contain whitespace";
    if (!isUrl)
        return undefined;
    let url;
    try {
        url = new URL(expand(template, { version: "1.0.0", os: "linux", arch: "amd64" }));
    }
    catch {
        return "is not an absolute URL";
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        return "must be an https:// URL";
    if (url.username || url.password)
        return "must not carry credentials";
    return undefined;
}
function relativePathProblem(path) {
    if (path.startsWith("/") || path.includes("\\") || path.includes("\0")) {
        return "must be a relative path inside the archive";
    }
    if (path.split("/").includes(".."))
        return 'must not contain ".."';
    return undefined;
}
/** Substitutes `{version}`, `{os}` and `{arch}`. */
function expand(template, values) {
    return template.replace(PLACEHOLDER_RE, (whole, key) => key === "version" || key === "os" || key === "arch" ? values[key] : whole);
}
/**
 * Resolves a request against the manifest for `platform`. Fails closed: an
 * unknown tool, a version the manifest does not pin, or a platform without a
 * digest is a `UserError` that shows how to pin it in a user manifest.
 */
function resolveTool(manifest, request, platform) {
    const pin = manifest.tools.get(request.name);
    if (!pin) {
        throw new errors/* UserError */.yo(`unknown tool "${request.name}"; the manifest knows ${[...manifest.tools.keys()].join(", ")}. ` +
            `To install another tool, describe it in a user manifest:\n${pinSnippet(request.name, request.version ?? "1.2.3", platform.key, true)}`);
    }
    const version = request.version ?? pin.version;
    const values = {
        version,
        os: pin.os[platform.os] ?? platform.os,
        arch: pin.arch[platform.arch] ?? platform.arch,
    };
    const url = expand(pin.url, values);
    const sha256 = version === pin.version ? pin.sha256[platform.key] : undefined;
    if (!sha256) {
        const why = version !== pin.version
            ? `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} pins ${pin.name} ${pin.version}, not ${version}`
            : `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} has no SHA-256 for ${platform.key}`;
        throw new errors/* UserError */.yo(`no pinned SHA-256 for ${pin.name} ${version} on ${platform.key} (${why}), so it is not installed: ` +
            `setup-tools never runs a download it cannot verify. Pin it in a user manifest (the "manifest" input, ` +
            `or "gitops tools install --manifest FILE") with the digest of ${url} from the project's published checksums file:\n` +
            pinSnippet(pin.name, version, platform.key, false));
    }
    const bin = external_node_path_.posix.normalize(expand(pin.bin, values)).replace(/^(\.\/)+/, "");
    return {
        name: pin.name,
        version,
        url,
        archive: pin.archive ?? archiveTypeOf(url),
        bin,
        binaryName: external_node_path_.posix.basename(bin),
        sha256,
        versionArgs: pin.versionArgs,
        platform,
        origin: pin.origin,
    };
}
/** The archive type a URL's file name implies. */
function archiveTypeOf(url) {
    const path = new URL(url).pathname.toLowerCase();
    if (path.endsWith(".tar.gz") || path.endsWith(".tgz"))
        return "tar.gz";
    if (path.endsWith(".zip"))
        return "zip";
    return "binary";
}
function pinSnippet(name, version, platform, withUrl) {
    const lines = ["tools:", `  ${name}:`, `    version: "${version}"`];
    if (withUrl) {
        lines.push(`    url: "https://example.com/${name}_v{version}_{os}_{arch}.tar.gz"`, `    bin: ${name}`);
    }
    lines.push("    sha256:", `      ${platform}: "<64 hex digits from the project's checksums file>"`);
    return lines.map((l) => `  ${l}`).join("\n");
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/tools/src/install.ts
/**
 * Installs pinned tools: use the requested version when it is already on
 * PATH, else a cached copy that verifies again, else download, check the
 * SHA-256, extract safely and move the binary into the tool cache atomically.
 */











/** Written next to each cached binary when it is installed. */
const RECORD = ".gitops-tool.json";
const quiet = { info: () => undefined, warning: () => undefined };
/**
 * Installs the requested tools. Everything is resolved first, so an unknown
 * tool or an unpinned platform fails before anything is downloaded. Tools are
 * then installed in parallel; if any fails, the error names every failure and
 * the caller puts nothing on PATH.
 */
async function installTools(options) {
    const env = options.env ?? process.env;
    const log = options.log ?? quiet;
    const platform = options.platform ?? platformOf();
    const manifest = options.manifest ?? loadManifest(options.manifestPath, options.manifestDisplayPath);
    const mirror = options.mirror ? parseMirror(options.mirror) : undefined;
    const requests = parseToolRequests(options.tools.length > 0 ? options.tools : DEFAULT_TOOLS);
    const problems = [];
    const tools = [];
    for (const request of requests) {
        try {
            const tool = resolveTool(manifest, request, platform);
            tools.push({ ...tool, url: applyMirror(tool.url, mirror) });
        }
        catch (err) {
            if (!(0,errors/* isUserError */.iU)(err))
                throw err;
            problems.push(err.message);
        }
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo(problems.join("\n"));
    const cacheRoot = options.cacheRoot ?? toolCacheRoots(env)[0];
    if (!cacheRoot)
        throw new errors/* UserError */.yo("no tool cache: set RUNNER_TOOL_CACHE, XDG_CACHE_HOME or HOME");
    const ctx = {
        env,
        log,
        cacheRoot,
        cacheRoots: [cacheRoot, ...toolCacheRoots(env)],
        tempDir: options.tempDir ?? env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
        download: { ...downloadTuning(env), ...options.download },
    };
    const settled = await Promise.allSettled(tools.map((tool) => installOne(tool, ctx)));
    const failures = [];
    const installed = [];
    for (const result of settled) {
        if (result.status === "fulfilled")
            installed.push(result.value);
        else if ((0,errors/* isUserError */.iU)(result.reason))
            failures.push(result.reason.message);
        else
            throw result.reason;
    }
    if (failures.length > 0)
        throw new errors/* UserError */.yo(failures.join("\n"));
    const pathDirs = [...new Set(installed.filter((t) => t.source !== "path").map((t) => t.dir))];
    return { tools: installed, pathDirs };
}
/** GITOPS_TOOLS_RETRIES and GITOPS_TOOLS_RETRY_DELAY_MS tune the retries (tests make them fast). */
function downloadTuning(env) {
    const number = (name) => {
        const value = env[name];
        return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
    };
    const retries = number("GITOPS_TOOLS_RETRIES");
    const retryDelayMs = number("GITOPS_TOOLS_RETRY_DELAY_MS");
    return {
        ...(retries !== undefined ? { retries } : {}),
        ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
    };
}
async function installOne(tool, ctx) {
    const label = `${tool.name} ${tool.version}`;
    // 1. The requested version already on PATH is used as it is. A binary in
    //    one of our caches is not taken on its word: it is verified below.
    const onPath = findOnPath(tool.binaryName, ctx.env);
    if (onPath && !ctx.cacheRoots.some((root) => isInside(onPath, root))) {
        if (await reportsVersion(onPath, tool, ctx.env)) {
            ctx.log.info(`${label}: using ${onPath}, already on PATH`);
            return { name: tool.name, version: tool.version, dir: (0,external_node_path_.dirname)(onPath), path: onPath, source: "path" };
        }
    }
    // 2. A cached copy is verified again before reuse: self-hosted runners keep
    //    their tool cache between jobs, and anything may have touched it.
    const dir = toolCacheDir(ctx.cacheRoot, tool.name, tool.version, tool.platform.arch);
    const binary = (0,external_node_path_.join)(dir, tool.binaryName);
    if ((0,external_node_fs_.existsSync)(dir)) {
        const problem = await cachedCopyProblem(dir, tool);
        if (problem === undefined) {
            ctx.log.info(`${label}: cached copy verified (${binary})`);
            return {
                name: tool.name,
                version: tool.version,
                dir,
                path: binary,
                source: "cache",
                sha256: tool.sha256,
            };
        }
        // Removed at once, so nothing (findTool included) can pick it up even if the download below fails.
        removeDir(dir, ctx.cacheRoot);
        ctx.log.warning(`${label}: the cached copy in ${dir} failed verification (${problem}); removed it, installing again`);
    }
    // 3. Download to a private temp folder, check the digest, and only then extract.
    (0,external_node_fs_.mkdirSync)(ctx.tempDir, { recursive: true });
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.tempDir, "gitops-tools-"));
    try {
        const archive = (0,external_node_path_.join)(work, "download");
        ctx.log.info(`${label}: downloading ${tool.url}`);
        const got = await download(tool.url, archive, {
            ...ctx.download,
            onRetry: (message) => {
                ctx.log.warning(`${label}: ${message}`);
            },
        }).catch((err) => {
            throw (0,errors/* isUserError */.iU)(err) ? new errors/* UserError */.yo(`${label}: ${err.message}`) : err;
        });
        if (got.sha256 !== tool.sha256) {
            throw new errors/* UserError */.yo(`${label}: checksum mismatch for ${tool.url} (${tool.platform.key}): expected ${tool.sha256}, got ${got.sha256}. ` +
                `The download was deleted and nothing was installed. Do not change the pin without checking the digest ` +
                `against the project's published checksums file (pinned in ${tool.origin === "built-in" ? "the built-in manifest" : tool.origin}).`);
        }
        return await placeInCache(tool, archive, dir, ctx);
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** Extracts into a staging folder under the cache root, then renames it into place. */
async function placeInCache(tool, archive, dir, ctx) {
    const label = `${tool.name} ${tool.version}`;
    (0,external_node_fs_.mkdirSync)(ctx.cacheRoot, { recursive: true });
    // Same file system as the final folder, so the rename below is atomic; the
    // name keeps it out of the gitops-<name>/ folders that findTool searches.
    const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.cacheRoot, ".gitops-staging-"));
    try {
        const binarySha256 = await extractBinary(archive, tool.archive, tool.bin, (0,external_node_path_.join)(staging, tool.binaryName), label);
        const record = {
            tool: tool.name,
            version: tool.version,
            platform: tool.platform.key,
            url: tool.url,
            archiveSha256: tool.sha256,
            binarySha256,
        };
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(staging, RECORD), JSON.stringify(record, null, 2) + "\n");
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dir), { recursive: true });
        // Something put a copy there since the check above: it has not been verified, so it goes.
        if ((0,external_node_fs_.existsSync)(dir))
            removeDir(dir, ctx.cacheRoot);
        try {
            (0,external_node_fs_.renameSync)(staging, dir);
        }
        catch (err) {
            // Another job installed the same version at the same moment: use its copy if it verifies.
            const code = err.code;
            if ((code !== "ENOTEMPTY" && code !== "EEXIST") || (await cachedCopyProblem(dir, tool)) !== undefined)
                throw err;
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
    const binary = (0,external_node_path_.join)(dir, tool.binaryName);
    ctx.log.info(`${label}: verified (sha256 ${tool.sha256}) and installed to ${binary}`);
    return {
        name: tool.name,
        version: tool.version,
        dir,
        path: binary,
        source: "download",
        sha256: tool.sha256,
    };
}
/** Moves `dir` aside in one rename, then deletes it: no one sees a half-deleted tool. */
function removeDir(dir, cacheRoot) {
    const trash = (0,external_node_path_.join)(cacheRoot, `.gitops-trash-${(0,external_node_crypto_.randomBytes)(6).toString("hex")}`);
    (0,external_node_fs_.renameSync)(dir, trash);
    (0,external_node_fs_.rmSync)(trash, { recursive: true, force: true });
}
/**
 * Why the cached copy in `dir` cannot be reused, or undefined when it can.
 *
 * The manifest pins the digest of the release archive, but the cache holds
 * only the binary taken out of it, so the archive digest cannot be checked
 * again. Instead the install record written next to the binary carries the
 * binary's own digest, computed while extracting it from an archive whose
 * digest had just matched the pin. That makes the record a faithful stand-in:
 * hashing the binary now and comparing with it proves the bytes are the ones
 * that came out of a verified archive. The record also names the archive
 * digest it came from, and must equal the current pin, so changing a pin
 * invalidates old copies. What it cannot stop is someone able to rewrite both
 * files in the cache; such a person could equally edit PATH or the workflow.
 */
async function cachedCopyProblem(dir, tool) {
    let record;
    try {
        record = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, RECORD), "utf8"));
    }
    catch {
        return "no readable install record";
    }
    if (record.tool !== tool.name || record.version !== tool.version || record.platform !== tool.platform.key) {
        return "the install record is for another tool, version or platform";
    }
    if (record.archiveSha256 !== tool.sha256)
        return "it was installed from an archive with another digest than the pin";
    const binary = (0,external_node_path_.join)(dir, tool.binaryName);
    try {
        const st = (0,external_node_fs_.lstatSync)(binary);
        if (!st.isFile())
            return "the binary is not a regular file";
        if ((st.mode & 0o111) === 0)
            return "the binary is not executable";
    }
    catch {
        return "the binary is missing";
    }
    const actual = await sha256File(binary);
    if (actual !== record.binarySha256)
        return `the binary's sha256 ${actual} differs from the recorded ${record.binarySha256}`;
    return undefined;
}
/** True when `path` printed the requested version (e.g. `v5.7.1`, `Version: 1.15.2`). */
async function reportsVersion(path, tool, env) {
    try {
        const result = await runTool(path, tool.versionArgs, {
            env,
            timeoutMs: 15_000,
            maxOutputBytes: 1024 * 1024,
        });
        if (result.code !== 0)
            return false;
        return outputHasVersion(`${result.stdout}\n${result.stderr}`, tool.version);
    }
    catch {
        return false;
    }
}
/** Whether `output` mentions exactly `version` (3.19.0 matches "v3.19.0+g3d8990f", not "13.19.0" or "3.19.0-rc.1"). */
function outputHasVersion(output, version) {
    const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![0-9A-Za-z.])v?${escaped}(?![0-9A-Za-z]|[.-][0-9A-Za-z])`).test(output);
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== "" && !rel.startsWith("..") && !(0,external_node_path_.isAbsolute)(rel);
}
/** A job-summary table of what was installed and how. */
function installSummaryMarkdown(result) {
    const how = {
        path: "already on PATH",
        cache: "tool cache, verified",
        download: "downloaded, verified",
    };
    const rows = result.tools.map((t) => `| ${t.name} | ${t.version} | ${how[t.source]} | ${t.sha256 ? `\`${t.sha256.slice(0, 16)}…\`` : "—"} |`);
    return [
        "### gitops setup-tools",
        "",
        "| tool | version | from | archive sha256 |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./packages/tools/src/index.ts
/** External tools: run them (exec), find them (locate), install them pinned and verified (install). */








/***/ }),

/***/ 8701:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "a9bec546d4d69afad004.yaml";

/***/ })

};
