export const id = 422;
export const ids = [422];
export const modules = {

/***/ 4422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LINT_RULES: () => (/* reexport */ LINT_RULES),
  RENDERED_LIMITS: () => (/* reexport */ RENDERED_LIMITS),
  SchemaCatalog: () => (/* reexport */ SchemaCatalog),
  bundledVersions: () => (/* reexport */ bundledVersions),
  checkFile: () => (/* reexport */ checkFile),
  checkFormatted: () => (/* reexport */ checkFormatted),
  checkHygiene: () => (/* reexport */ checkHygiene),
  checkSchemas: () => (/* reexport */ checkSchemas),
  crdVersions: () => (/* reexport */ crdVersions),
  fmt: () => (/* reexport */ fmt),
  formatYaml: () => (/* reexport */ formatYaml),
  goPathMatch: () => (/* reexport */ goPathMatch),
  lint: () => (/* reexport */ lint),
  lintSummaryMarkdown: () => (/* reexport */ lintSummaryMarkdown),
  manifestFolders: () => (/* reexport */ manifestFolders),
  missingSeverity: () => (/* reexport */ missingSeverity),
  readRendered: () => (/* reexport */ readRendered),
  resolveKubeVersion: () => (/* reexport */ resolveKubeVersion),
  runKubeconform: () => (/* reexport */ runKubeconform),
  schemaBundle: () => (/* reexport */ schemaBundle),
  strictCrdSchema: () => (/* reexport */ strictCrdSchema)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/cache/src/store.ts
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
        this.dir = (0,external_node_path_.join)(o.dir, CACHE_FORMAT);
        this.maxBytes = o.maxBytes;
        this.writeFile =
            o.writeFile ??
                ((p, d) => {
                    (0,external_node_fs_.writeFileSync)(p, d);
                });
    }
    /** The payload stored under `kind`/`key`, or undefined (absent, unreadable or corrupt). */
    get(kind, key) {
        const path = this.entryPath(kind, key);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, "utf8");
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
            (0,external_node_fs_.rmSync)(path, { force: true });
            this.count(kind, false);
            return undefined;
        }
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(path, now, now);
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
        const tmp = `${path}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(path, ".."), { recursive: true });
            this.writeFile(tmp, `${MAGIC} ${digest(payload)}\n${payload}`);
            (0,external_node_fs_.renameSync)(tmp, path);
            this.stats.writes++;
        }
        catch (err) {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            this.writable = false;
            this.stats.writeProblem = `cannot write to the cache ${this.dir}: ${(0,errors/* messageOf */.bD)(err)}`;
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
                const st = (0,external_node_fs_.statSync)(path);
                if (path.includes(".tmp-") && st.mtimeMs < hour) {
                    (0,external_node_fs_.rmSync)(path, { force: true });
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
            (0,external_node_fs_.rmSync)(e.path, { force: true });
            total -= e.size;
            this.stats.evicted++;
        }
    }
    entryPath(kind, key) {
        return (0,external_node_path_.join)(this.dir, kind, key.slice(0, 2), key);
    }
}
function digest(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex");
}
function listFiles(dir, out = []) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            listFiles(path, out);
        else if (e.isFile())
            out.push(path);
    }
    return out;
}

// EXTERNAL MODULE: ./packages/cache/src/key.ts
var src_key = __webpack_require__(1129);
// EXTERNAL MODULE: ./packages/core/src/clock.ts
var clock = __webpack_require__(143);
;// CONCATENATED MODULE: ./packages/cache/src/files.ts




/** Thrown when an input cannot be hashed faithfully (a symlinked folder): the work is not cached. */
class Unhashable extends Error {
}
/**
 * Hashes repository files by content, each once per run: bases shared by many targets are read
 * once. Paths are relative to the repository, so the same content hashes the same in a
 * checkout, a CI workspace or the merge-base worktree. A missing file has a hash too ("absent"),
 * so creating it changes every key that named it.
 */
class FileHasher {
    repo;
    skipDirs;
    since;
    memo = new Map();
    /** Folders that were missing when walked. */
    absentDirs = new Set();
    constructor(repo, 
    /** Repo-relative folders never hashed (`render/`, `.git`): outputs are not inputs. */
    skipDirs = [], 
    /**
     * When the run began reading the files (epoch ms, sub-millisecond): the repository model's
     * load. A file changed after it may have been read in two states in one run.
     */
    since = (0,clock/* preciseNow */.M)()) {
        this.repo = repo;
        this.skipDirs = skipDirs;
        this.since = since;
    }
    /**
     * Whether none of `files`, and nothing under `dirs`, was created, changed or removed since
     * the run began: only then do a key hashed from them and a result computed from them (a
     * tool's render, a check's findings) describe the same bytes, and may the result be stored.
     * An edit while gitops runs (an editor saving, a checkout) is caught by the file's ctime,
     * which every write, rename and chmod moves and which no tool can set back.
     */
    unchangedDuringRun(files, dirs) {
        try {
            for (const path of files)
                if (!this.fileUnchanged(path))
                    return false;
            for (const path of dirs)
                if (!this.dirUnchanged(path))
                    return false;
            return true;
        }
        catch {
            // A path that cannot be looked at now (a folder replaced by a file, no permission): changed.
            return false;
        }
    }
    fileUnchanged(path) {
        const abs = (0,external_node_path_.join)(this.repo, path);
        const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
        const hashed = this.memo.get(path);
        // Created or removed since it was hashed.
        if ((st === undefined) !== (hashed === "absent") && hashed !== undefined)
            return false;
        if (st === undefined)
            return true;
        if (st.ctimeMs >= this.since)
            return false;
        if (st.isSymbolicLink()) {
            const target = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
            if (target && target.ctimeMs >= this.since)
                return false;
        }
        return st.isDirectory() ? this.dirUnchanged(path) : true;
    }
    dirUnchanged(path) {
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.repo, path), { throwIfNoEntry: false });
        // A folder's ctime moves when an entry is added, removed or renamed in it.
        if (st === undefined)
            return this.absentDirs.has(path) || !this.memo.has(`${path}/`);
        if (st.ctimeMs >= this.since)
            return false;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.repo, path), { withFileTypes: true });
        }
        catch {
            return false;
        }
        for (const e of entries) {
            const rel = path === "" ? e.name : `${path}/${e.name}`;
            if (e.name === ".git" || this.skipDirs.includes(rel))
                continue;
            if (!(e.isDirectory() ? this.dirUnchanged(rel) : this.fileUnchanged(rel)))
                return false;
        }
        return true;
    }
    /** `path`'s content hash; a symlink hashes as its link text plus what it points at. */
    file(path) {
        const known = this.memo.get(path);
        if (known !== undefined)
            return known;
        const abs = (0,external_node_path_.join)(this.repo, path);
        let h;
        try {
            // A missing file is common (a folder's kustomization.yaml or Chart.yaml): no exception for it.
            const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
            if (st === undefined)
                h = "absent";
            else if (st.isSymbolicLink()) {
                const target = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
                if (target?.isDirectory())
                    throw new Unhashable(`${path} is a symlinked folder`);
                h = sha(`link:${(0,external_node_fs_.readlinkSync)(abs)}:${target ? sha((0,external_node_fs_.readFileSync)(abs)) : "absent"}`);
            }
            else if (st.isDirectory()) {
                h = this.dir(path);
            }
            else {
                h = contentHash(abs, st);
            }
        }
        catch (err) {
            if (err instanceof Unhashable)
                throw err;
            h = "absent";
        }
        this.memo.set(path, h);
        return h;
    }
    /** A folder's hash: every file below it by relative path and content (`.git` and outputs left out). */
    dir(path) {
        const key = `${path}/`;
        const known = this.memo.get(key);
        if (known !== undefined)
            return known;
        const lines = [];
        this.walk(path, lines);
        const h = sha(lines.join("\n"));
        this.memo.set(key, h);
        return h;
    }
    /** Like {@link dir}, with the files `leaveOut` names left out (not remembered). */
    dirWithout(path, leaveOut) {
        const lines = [];
        this.walk(path, lines, leaveOut);
        return sha(lines.join("\n"));
    }
    walk(path, lines, leaveOut) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.repo, path), { withFileTypes: true });
        }
        catch {
            lines.push(`${path}\0absent`);
            this.absentDirs.add(path);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const rel = path === "" ? e.name : `${path}/${e.name}`;
            if (e.name === ".git" || this.skipDirs.includes(rel))
                continue;
            if (leaveOut?.(rel))
                continue;
            if (e.isDirectory())
                this.walk(rel, lines, leaveOut);
            else
                lines.push(`${rel}\0${this.file(rel)}`);
        }
    }
}
const perModel = new WeakMap();
/**
 * The hasher of one repository model: validate's render, lint and policy key their targets
 * against the same model, so each file is stat'ed and each folder walked once per run. A model
 * is one run's view of the files (its input graphs do not follow later edits either), so its
 * hashes are too; a new run loads a new model and gets a new hasher.
 */
function modelHasher(model) {
    let h = perModel.get(model);
    if (!h) {
        h = new FileHasher(model.repo, model.outputDirs, model.loadedAt);
        perModel.set(model, h);
    }
    return h;
}
/**
 * Content hashes by absolute path, shared by every hasher of the process: the render cache and
 * the check cache hash the same files in one run. An entry is reused only when the file's
 * identity, size and times are unchanged and it was last modified well before it was read (as
 * git treats "racily clean" files): a file written in the same instant as it was hashed could
 * change again without its time moving, so such a file is always read again.
 */
const contents = new Map();
const RACY_MS = 2000;
function contentHash(abs, st) {
    const stamp = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    const known = contents.get(abs);
    if (known?.stamp === stamp && Math.max(st.mtimeMs, st.ctimeMs) < known.readAt - RACY_MS)
        return known.hash;
    const readAt = Date.now();
    const hash = sha((0,external_node_fs_.readFileSync)(abs));
    contents.set(abs, { stamp, hash, readAt });
    return hash;
}
function sha(data) {
    return (0,external_node_crypto_.createHash)("sha256").update(data).digest("hex");
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/cache/src/location.ts




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
    return new CacheStore({ dir, maxBytes: maxBytes(env) });
}
/** The folder {@link openCache} would use, or undefined. Throws a `UserError` for a relative GITOPS_CACHE_DIR. */
function cacheDir(env, fallback) {
    const explicit = env.GITOPS_CACHE_DIR;
    if (explicit !== undefined && explicit !== "") {
        if (!(0,external_node_path_.isAbsolute)(explicit))
            throw new errors/* UserError */.yo(`GITOPS_CACHE_DIR must be an absolute path, got "${explicit}"`);
        return explicit;
    }
    if (!fallback)
        return undefined;
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg && (0,external_node_path_.isAbsolute)(xdg) ? xdg : (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), ".cache");
    return (0,external_node_path_.join)(base, "gitops-actions");
}
function maxBytes(env) {
    const raw = env.GITOPS_CACHE_MAX_MB;
    if (raw === undefined || raw === "")
        return DEFAULT_MAX_MB * 1024 * 1024;
    if (!/^[1-9]\d{0,6}$/.test(raw))
        throw new errors/* UserError */.yo(`GITOPS_CACHE_MAX_MB must be a whole number of megabytes (1 or more), got "${raw}"`);
    return Number(raw) * 1024 * 1024;
}

// EXTERNAL MODULE: ./packages/cache/src/code.ts
var code = __webpack_require__(6265);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
;// CONCATENATED MODULE: ./packages/cache/src/targets.ts






/**
 * One check's per-target results in the persistent cache (`lint-target`, `policy-target`): a
 * result is keyed by the target's rendered bytes, the source files its findings point into,
 * the check's shared parts (config, schemas, policies, the cross-target facts it reads) and the
 * code's identity. A miss, a corrupt entry or one of another shape all mean "check it again".
 */
class TargetResults {
    store;
    kind;
    hasher;
    valid;
    shared;
    constructor(store, kind, hasher, shared, 
    /** Whether a parsed entry has the shape of a result. */
    valid) {
        this.store = store;
        this.kind = kind;
        this.hasher = hasher;
        this.valid = valid;
        this.shared = (0,src_key/* cacheKey */.k)({ gitops: version/* VERSION */.x, code: (0,code/* codeIdentity */.y)(), kind, shared });
    }
    /** The key of a target's result; undefined when its inputs cannot be hashed faithfully. */
    key(t) {
        try {
            return (0,src_key/* cacheKey */.k)({
                shared: this.shared,
                id: t.id,
                // A finding without a better place names the folder's kustomization or Chart.yaml.
                source: [t.source, sourceFiles(t.source).map((f) => this.hasher.file(f))],
                rendered: t.renderedSha256,
                files: t.inputs ? [...t.inputs.files].map((f) => [f, this.hasher.file(f)]) : null,
                dirs: t.inputs ? [...t.inputs.dirs].sort().map((d) => [d, this.hasher.dir(d)]) : null,
                extra: t.extra,
            });
        }
        catch (err) {
            if (err instanceof Unhashable)
                return undefined;
            throw err;
        }
    }
    /** Every file and folder a target's key hashes. */
    inputsOf(t) {
        return {
            files: [...sourceFiles(t.source), ...(t.inputs ? t.inputs.files : [])],
            dirs: t.inputs ? [...t.inputs.dirs] : [],
        };
    }
    get(key) {
        const text = this.store.get(this.kind, key);
        if (text === undefined)
            return undefined;
        try {
            const v = JSON.parse(text);
            if (this.valid(v))
                return v;
        }
        catch {
            // Not JSON: handled below.
        }
        // A checksum-valid entry of another shape: a miss like any other.
        this.store.rejected(this.kind);
        return undefined;
    }
    put(key, value) {
        this.store.put(this.kind, key, JSON.stringify(value));
    }
    /** The cached result of a target, else `run()`'s (then stored); uncached when unkeyable. */
    through(parts, run) {
        const key = this.key(parts);
        if (key === undefined)
            return run();
        const known = this.get(key);
        if (known !== undefined)
            return known;
        const fresh = run();
        // Findings name lines of these files: one edited meanwhile may have been read twice, differently.
        const { files, dirs } = this.inputsOf(parts);
        if (this.hasher.unchangedDuringRun(files, dirs))
            this.put(key, fresh);
        return fresh;
    }
}
/** The files a locator names for a target's folder when no input file holds the object. */
const SOURCE_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"];
function sourceFiles(source) {
    return SOURCE_FILES.map((f) => external_node_path_.posix.join(source, f));
}
/** The key part of a rendered output: the SHA-256 of the bytes a check parsed. */
function outputDigest(bytes) {
    return (0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex");
}

;// CONCATENATED MODULE: ./packages/cache/src/lines.ts




const KIND = "yaml-lines";
/**
 * Lines of fields in a set of files, kept between runs (`yaml-lines` entries). Findings in files
 * read by the fast reader, which keeps no positions, are placed by a careful parse of the file;
 * a warm run whose files are unchanged takes the lines from here instead. One entry for the
 * whole set, keyed by every file's content and the code, so a run reads it once; any change to
 * one of the files makes a new entry.
 */
class FileLines {
    store;
    key;
    lines;
    hasher;
    files;
    added = false;
    constructor(store, key, lines, hasher, files) {
        this.store = store;
        this.key = key;
        this.lines = lines;
        this.hasher = hasher;
        this.files = files;
    }
    /** The lines known for `files` (repo-relative); undefined when a file cannot be hashed faithfully. */
    static open(store, hasher, files) {
        let key;
        try {
            key = (0,src_key/* cacheKey */.k)({
                gitops: version/* VERSION */.x,
                code: (0,code/* codeIdentity */.y)(),
                files: [...files].sort().map((f) => [f, hasher.file(f)]),
            });
        }
        catch (err) {
            if (err instanceof Unhashable)
                return undefined;
            throw err;
        }
        let lines = {};
        const text = store.get(KIND, key);
        if (text !== undefined) {
            try {
                const v = JSON.parse(text);
                if (isLines(v))
                    lines = v;
                else
                    store.rejected(KIND);
            }
            catch {
                store.rejected(KIND);
            }
        }
        return new FileLines(store, key, lines, hasher, files);
    }
    /** The known lines of one file of the set. */
    of(file) {
        const at = (docLine, path) => `${file}\0${docLine}\0${JSON.stringify(path)}`;
        return {
            get: (docLine, path) => this.lines[at(docLine, path)],
            set: (docLine, path, line) => {
                this.lines[at(docLine, path)] = line;
                this.added = true;
            },
        };
    }
    /** Stores the lines found in this run, when there are new ones and no file changed meanwhile. */
    save() {
        if (!this.added || !this.hasher.unchangedDuringRun(this.files, []))
            return;
        this.store.put(KIND, this.key, JSON.stringify(this.lines));
    }
}
function isLines(v) {
    return (typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((n) => Number.isInteger(n) && n > 0));
}

;// CONCATENATED MODULE: ./packages/cache/src/index.ts








// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 2 modules
var load = __webpack_require__(1556);
// EXTERNAL MODULE: ./packages/core/src/model/report.ts
var report = __webpack_require__(5781);
// EXTERNAL MODULE: ./packages/core/src/model/detect.ts
var detect = __webpack_require__(5832);
// EXTERNAL MODULE: ./packages/core/src/model/applications.ts
var applications = __webpack_require__(2100);
;// CONCATENATED MODULE: ./packages/render/src/argo.ts
// Argo CD Application helpers live with the repository model in core; re-exported for render's modules.


// EXTERNAL MODULE: ./packages/core/src/model/read.ts
var model_read = __webpack_require__(1543);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var names = __webpack_require__(5499);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts
var yaml = __webpack_require__(1350);
// EXTERNAL MODULE: ./packages/core/src/yaml-lines.ts
var yaml_lines = __webpack_require__(3716);
;// CONCATENATED MODULE: ./packages/lint/src/argo/model.ts







/** The 1-based line of `path` (relative to the Application) in its file. */
function appLine(app, path) {
    return app.at.lineOf([...app.base, ...path]);
}
/** `Application cms-prod` or `Application web-staging (generated by ApplicationSet staging-services)`. */
function appLabel(app) {
    return `Application ${app.name}${app.generatedBy ? ` (generated by ${app.generatedBy})` : ""}`;
}
const KINDS = new Set(["Application", "ApplicationSet", "AppProject"]);
/**
 * Every Argo CD object in `files` (the repository model's Argo CD files, wherever they live),
 * read with `read`: the model's reader, so each file is parsed once per run, by the fast reader.
 * Lines come from the careful loader, which keeps node positions, and only for a file with a
 * finding to place, unless `known` (the persistent cache) has them from a run on the same
 * content. Files that do not parse are left to the YAML hygiene check, which reports them with
 * file:line.
 */
function readArgoObjects(repo, files, read = model_read/* readDocuments */.r, known) {
    const out = [];
    for (const rel of files) {
        let docs;
        try {
            docs = read((0,external_node_path_.join)(repo, rel), rel);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                continue;
            throw err;
        }
        const env = (0,names/* namesFromPath */.GQ)(rel.split("/").slice(0, -1).join("/")).env;
        const positions = (0,yaml_lines/* lazyLines */.K)(() => (0,yaml/* loadYamlFile */.Y3)((0,external_node_path_.join)(repo, rel), rel), known?.(rel));
        for (const doc of docs) {
            const v = doc.value;
            if (!(0,applications/* isObject */.Gv)(v) || typeof v.kind !== "string" || !KINDS.has(v.kind))
                continue;
            if (typeof v.apiVersion !== "string" || !v.apiVersion.startsWith("argoproj.io/"))
                continue;
            const metadata = (0,applications/* isObject */.Gv)(v.metadata) ? v.metadata : {};
            const obj = {
                kind: v.kind,
                name: typeof metadata.name === "string" ? metadata.name : "",
                value: v,
                at: { file: rel, lineOf: (path) => positions(doc.line, path) },
            };
            if (env)
                obj.env = env;
            out.push(obj);
        }
    }
    return out;
}
/** The Application view of a written Application. */
function writtenApp(o) {
    const view = {
        name: o.name,
        metadata: (0,applications/* isObject */.Gv)(o.value.metadata) ? o.value.metadata : {},
        spec: (0,applications/* isObject */.Gv)(o.value.spec) ? o.value.spec : {},
        at: o.at,
        base: [],
    };
    if (o.env)
        view.env = o.env;
    return view;
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/appset.ts


/**
 * The Applications an ApplicationSet generates, as the repository model expanded them (the way
 * Argo CD's controller would), viewed for the reference checks: lines point at the
 * ApplicationSet's template.
 */
function generatedApps(set, generated) {
    const apps = [];
    for (const g of generated) {
        if (g.applicationSet !== set.name || g.file !== set.at.file)
            continue;
        const app = {
            name: g.name,
            metadata: (0,applications/* isObject */.Gv)(g.manifest.metadata) ? g.manifest.metadata : {},
            spec: (0,applications/* isObject */.Gv)(g.manifest.spec) ? g.manifest.spec : {},
            at: set.at,
            base: ["spec", "template"],
            generatedBy: `ApplicationSet ${set.name}`,
            targets: g.targets,
        };
        if (set.env)
            app.env = set.env;
        apps.push(app);
    }
    return apps;
}
/**
 * An ApplicationSet that generates no Application although nothing it needs is live (a git
 * generator whose paths match no folder, an empty list): almost always a typo in a path.
 */
function noMatch(set, generated, needsLive) {
    if (generated > 0 || needsLive)
        return [];
    const spec = (0,applications/* isObject */.Gv)(set.value.spec) ? set.value.spec : {};
    const generators = Array.isArray(spec.generators) ? spec.generators : [];
    const gi = generators.findIndex((g) => (0,applications/* isObject */.Gv)(g) && (0,applications/* isObject */.Gv)(g.git));
    const git = gi === -1 ? undefined : generators[gi].git;
    const key = git && Array.isArray(git.directories)
        ? "directories"
        : git && Array.isArray(git.files)
            ? "files"
            : undefined;
    const path = gi === -1 ? ["spec", "generators"] : ["spec", "generators", gi, "git", ...(key ? [key] : [])];
    const view = {
        name: set.name,
        metadata: {},
        spec: {},
        at: set.at,
        base: [],
    };
    return [
        {
            tool: "lint",
            rule: "argo/appset-no-match",
            severity: "error",
            message: `ApplicationSet ${set.name} generates no Application from this repository${key ? ` (no ${key === "files" ? "file" : "folder"} matches its git ${key})` : ""}`,
            file: set.at.file,
            line: appLine(view, path),
        },
    ];
}
/**
 * The template of an ApplicationSet whose generator needs the SCM or the live cluster (a
 * pullRequest generator with no pull request given) and so generated nothing here: its source
 * paths still name what it deploys. A `{{ }}` placeholder in a path stands for one folder name.
 */
function liveTemplate(set) {
    const spec = (0,applications/* isObject */.Gv)(set.value.spec) ? set.value.spec : {};
    const template = (0,applications/* isObject */.Gv)(spec.template) ? spec.template : {};
    if (!(0,applications/* isObject */.Gv)(template.spec))
        return undefined;
    return {
        name: set.name,
        metadata: (0,applications/* isObject */.Gv)(template.metadata) ? template.metadata : {},
        spec: template.spec,
        at: set.at,
        base: ["spec", "template"],
        generatedBy: `ApplicationSet ${set.name}`,
    };
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/cross.ts





const SYNC_WAVE = "argocd.argoproj.io/sync-wave";
/** Argo CD parses sync waves with strconv.Atoi: an optional sign and digits. */
function isSyncWave(value) {
    return typeof value === "string" && /^[+-]?\d+$/.test(value.trim()) && value.trim() === value;
}
/**
 * Two Applications deploying the same object to the same cluster fight over it. A cluster is the
 * env folder plus the destination server (staging and prod may both say kubernetes.default.svc);
 * an object is group/kind, namespace (its own, else the Application's) and name.
 */
function checkDuplicates(ctx, apps, targetOf) {
    const out = [];
    const owners = new Map();
    for (const app of apps) {
        const target = targetOf(ctx, app);
        if (!target)
            continue;
        const dest = (0,applications/* isObject */.Gv)(app.spec.destination) ? app.spec.destination : {};
        const server = typeof dest.server === "string" ? dest.server : typeof dest.name === "string" ? dest.name : "";
        const destNs = typeof dest.namespace === "string" ? dest.namespace : "";
        const seen = new Set();
        for (const r of ctx.byTarget.get(target.id) ?? []) {
            const group = r.apiVersion.includes("/") ? r.apiVersion.split("/")[0] : "";
            const namespaced = ctx.namespaced(r.apiVersion, r.kind) ?? true;
            const ns = namespaced ? (r.namespace ?? destNs) : "";
            const key = `${app.env ?? ""}|${server}|${group ?? ""}/${r.kind}|${ns}|${r.name}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const owner = owners.get(key);
            if (!owner) {
                owners.set(key, app);
            }
            else if (owner !== app) {
                out.push(argo(app, "argo/duplicate-resource", "error", `deploys ${r.kind} ${ns ? `${ns}/` : ""}${r.name} to ${server || "the same cluster"}, which ${appLabel(owner)} (${owner.at.file}) deploys too`, ["spec", "destination"]));
            }
        }
    }
    return out;
}
/** Sync-wave annotations on the Argo CD objects (and ApplicationSet templates) must be integers. */
function checkSyncWaves(_ctx, objects) {
    const out = [];
    const check = (o, metadata, path) => {
        const annotations = (0,applications/* isObject */.Gv)(metadata) && (0,applications/* isObject */.Gv)(metadata.annotations) ? metadata.annotations : {};
        const wave = annotations[SYNC_WAVE];
        if (wave === undefined || isSyncWave(wave) || (typeof wave === "string" && wave.includes("{{")))
            return;
        out.push({
            tool: "lint",
            rule: "argo/sync-wave",
            severity: "error",
            message: `${o.kind} ${o.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
            file: o.at.file,
            line: o.at.lineOf([...path, "annotations", SYNC_WAVE]),
        });
    };
    for (const o of objects) {
        check(o, o.value.metadata, ["metadata"]);
        const spec = (0,applications/* isObject */.Gv)(o.value.spec) ? o.value.spec : {};
        if (o.kind === "ApplicationSet" && (0,applications/* isObject */.Gv)(spec.template))
            check(o, spec.template.metadata, ["spec", "template", "metadata"]);
    }
    return out;
}
/**
 * Every `apps/<service>/overlays/<env>` folder should be deployed by some Application: through
 * its source path, a Helm value file in it, or a kustomization the Application renders. The
 * templates of ApplicationSets that generated nothing here because they need a live source (a
 * pullRequest generator's previews) deploy their source paths too, `{{ }}` matching one folder.
 */
function checkOverlaysReferenced(ctx, apps, targetOf, templates = []) {
    const patterns = templates.flatMap((t) => localPaths(ctx, t).flatMap((p) => templatePattern(p.path) ?? []));
    const used = new Set();
    for (const app of apps) {
        for (const { source, path } of localPaths(ctx, app)) {
            used.add(path);
            const helm = (0,applications/* isObject */.Gv)(source.helm) ? source.helm : {};
            for (const f of Array.isArray(helm.valueFiles) ? helm.valueFiles : []) {
                if (typeof f === "string")
                    used.add((0,external_node_path_.join)(path, f).replace(/\/[^/]*$/, ""));
            }
        }
        const target = targetOf(ctx, app);
        for (const f of target ? (ctx.inputs.get(target.id) ?? []) : [])
            used.add(f.replace(/\/[^/]*$/, ""));
    }
    const out = [];
    for (const overlay of overlayFolders(ctx.repo)) {
        if ([...used].some((u) => u === overlay || u.startsWith(`${overlay}/`)))
            continue;
        if (patterns.some((p) => p.test(overlay)))
            continue;
        const file = ["kustomization.yaml", "kustomization.yml", "values.yaml", "Chart.yaml"]
            .map((f) => `${overlay}/${f}`)
            .find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.repo, f)));
        out.push({
            tool: "lint",
            rule: "argo/unreferenced-overlay",
            severity: "warning",
            message: `overlay ${overlay} is not deployed by any Application or ApplicationSet under argo-apps/`,
            file: file ?? overlay,
        });
    }
    return out;
}
/**
 * A template's source path as a pattern: the folder itself or anything below it. A path that
 * starts with a placeholder (`{{path}}`) says nothing about which folder: none.
 */
function templatePattern(path) {
    if (path.startsWith("{{"))
        return undefined;
    const parts = path.split(/\{\{.*?\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(`^${parts.join("[^/]+")}(/.*)?$`);
}
function overlayFolders(repo) {
    const out = [];
    for (const service of list((0,external_node_path_.join)(repo, "apps"))) {
        for (const env of list((0,external_node_path_.join)(repo, "apps", service, "overlays")))
            out.push(`apps/${service}/overlays/${env}`);
    }
    return out;
}
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
            .filter((e) => e.isDirectory() && !e.name.startsWith("."))
            .map((e) => e.name)
            .sort();
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/checks.ts







/** Namespaces every cluster has. */
const BUILTIN_NAMESPACES = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
/**
 * Checks the Argo CD objects under `argo-apps/` against the repository, with no Argo CD:
 * source paths and Helm value files exist and render, no env deploys another env's folder,
 * projects are defined, destination namespaces exist, ApplicationSet generators match,
 * no two Applications deploy the same object, sync waves are integers, every overlay is deployed.
 */
function checkArgo(ctx) {
    const objects = readArgoObjects(ctx.repo, ctx.argoFiles, ctx.read, ctx.knownLines);
    if (objects.length === 0)
        return { findings: [], applications: 0 };
    const findings = [];
    const apps = objects.filter((o) => o.kind === "Application").map(writtenApp);
    const templates = [];
    for (const set of objects.filter((o) => o.kind === "ApplicationSet")) {
        const generated = generatedApps(set, ctx.generated);
        apps.push(...generated);
        const live = ctx.liveSets.has(`${set.at.file}#${set.name}`);
        findings.push(...noMatch(set, generated.length, live));
        const template = live && generated.length === 0 ? liveTemplate(set) : undefined;
        if (template)
            templates.push(template);
    }
    const projects = objects.filter((o) => o.kind === "AppProject");
    const namespaces = clusterNamespaces(ctx);
    for (const app of apps) {
        findings.push(...checkSources(ctx, app));
        findings.push(...checkProject(app, projects.map((p) => ({ name: p.name, env: p.env }))));
        findings.push(...checkNamespace(app, namespaces, rendersNamespace(ctx, app)));
    }
    findings.push(...checkDuplicates(ctx, apps, targetOf));
    findings.push(...checkSyncWaves(ctx, objects));
    findings.push(...checkOverlaysReferenced(ctx, apps, targetOf, templates));
    return { findings, applications: apps.length };
}
/** The rendered target that an Application deploys: the one the renderer tied to it, else its path's. */
function targetOf(ctx, app) {
    if (!app.generatedBy) {
        const ref = `${app.at.file}#${app.name}`;
        const tied = ctx.index.targets.find((t) => t.applications?.includes(ref));
        if (tied)
            return tied;
    }
    const path = localPaths(ctx, app)[0]?.path;
    return path === undefined ? undefined : ctx.index.targets.find((t) => t.id === path);
}
/** The Application's sources that render from this repository, with their YAML paths. */
function localPaths(ctx, app) {
    const out = [];
    const list = Array.isArray(app.spec.sources)
        ? app.spec.sources.map((s, i) => [s, ["spec", "sources", i]])
        : [[app.spec.source, ["spec", "source"]]];
    for (const [source, at] of list) {
        if (!(0,applications/* isObject */.Gv)(source) || typeof source.path !== "string" || source.chart !== undefined)
            continue;
        const url = typeof source.repoURL === "string" ? source.repoURL : "";
        if (url && ctx.repoURLs.length > 0 && !(0,applications/* sameRepo */.Zj)(url, ctx.repoURLs))
            continue;
        const path = external_node_path_.posix.normalize(source.path.replace(/^\.\//, "")).replace(/\/$/, "");
        out.push({ source, path: path === "." ? "" : path, at: [...at] });
    }
    return out;
}
function checkSources(ctx, app) {
    const out = [];
    const refs = new Set((Array.isArray(app.spec.sources) ? app.spec.sources : [])
        .filter(applications/* isObject */.Gv)
        .map((s) => (typeof s.ref === "string" ? s.ref : ""))
        .filter(Boolean));
    for (const { source, path, at } of localPaths(ctx, app)) {
        const dir = (0,external_node_path_.join)(ctx.repo, path);
        if (path.startsWith("..") || !isDir(dir)) {
            out.push(argo(app, "argo/source-path", "error", `source path "${path}" is not a folder in this repository`, [
                ...at,
                "path",
            ]));
            continue;
        }
        crossEnv(ctx, app, path, [...at, "path"], out);
        const target = targetOf(ctx, app);
        if (target?.status === "failed") {
            const why = (target.error ?? "failed").split("\n")[0] ?? "";
            out.push({
                ...argo(app, "argo/source-render", "error", `source path "${path}" does not render: ${why}`, [
                    ...at,
                    "path",
                ]),
                // The failed target, so a report that has render's own finding for it can drop this echo.
                target: target.id,
            });
        }
        else if (!target && !(0,applications/* isObject */.Gv)(source.helm) && !(0,detect/* kindOfFolder */.Kv)(dir)) {
            out.push(argo(app, "argo/source-render", "error", `source path "${path}" holds no kustomization, Helm chart or manifests`, [...at, "path"]));
        }
        const helm = (0,applications/* isObject */.Gv)(source.helm) ? source.helm : {};
        const files = Array.isArray(helm.valueFiles) ? helm.valueFiles : [];
        files.forEach((f, i) => {
            if (typeof f !== "string" || /^[a-z]+:\/\//i.test(f))
                return;
            const ref = /^\$([^/]+)\/(.*)$/.exec(f);
            if (ref && !refs.has(ref[1] ?? ""))
                return;
            const rel = ref ? external_node_path_.posix.normalize(ref[2] ?? "") : external_node_path_.posix.normalize(external_node_path_.posix.join(path, f));
            const where = [...at, "helm", "valueFiles", i];
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.repo, rel)) && helm.ignoreMissingValueFiles !== true) {
                out.push(argo(app, "argo/value-file", "error", `Helm value file "${f}" does not exist (${rel})`, where));
            }
            else {
                crossEnv(ctx, app, external_node_path_.posix.dirname(rel), where, out);
            }
        });
    }
    return out;
}
/** An Application under argo-apps/<env>/ must not deploy a folder of another environment. */
function crossEnv(ctx, app, path, at, out) {
    if (!app.env || !ctx.environments.includes(app.env))
        return;
    const other = path.split("/").find((s) => s !== app.env && ctx.environments.includes(s));
    if (other) {
        out.push(argo(app, "argo/cross-env", "error", `is in argo-apps/${app.env}/ but deploys "${path}" of environment ${other}`, at));
    }
}
function checkProject(app, projects) {
    const project = typeof app.spec.project === "string" ? app.spec.project : "default";
    if (project === "default" || /\{\{/.test(project))
        return [];
    if (projects.length === 0) {
        return [
            argo(app, "argo/project", "notice", `project "${project}" is not defined in this repository (it defines no AppProjects); it must exist in Argo CD`, ["spec", "project"]),
        ];
    }
    const sameEnv = projects.filter((p) => p.env === app.env);
    const known = (sameEnv.length > 0 ? sameEnv : projects).map((p) => p.name);
    if (known.includes(project))
        return [];
    return [
        argo(app, "argo/project", "error", `project "${project}" is not defined; AppProjects here: ${[...new Set(known)].sort().join(", ")}`, ["spec", "project"]),
    ];
}
/**
 * Namespace objects rendered from clusters/ targets, by env ("" collects them all). An env whose
 * clusters/ target was not rendered in this run (another shard, --changed-since) is absent from
 * the map: its namespaces are unknown here, not missing.
 */
function clusterNamespaces(ctx) {
    const out = new Map([["", new Set()]]);
    const unknown = ctx.index.targets.filter((t) => t.id.startsWith("clusters/") && t.status === "skipped");
    for (const t of ctx.index.targets) {
        if (!t.id.startsWith("clusters/") || t.status === "skipped")
            continue;
        for (const r of ctx.byTarget.get(t.id) ?? []) {
            if (r.kind !== "Namespace" || r.apiVersion !== "v1" || !r.name)
                continue;
            for (const env of [t.env, ""]) {
                const set = out.get(env) ?? new Set();
                set.add(r.name);
                out.set(env, set);
            }
        }
    }
    for (const t of unknown)
        out.set(`?${t.env}`, new Set());
    if (unknown.length > 0)
        out.set("?", new Set());
    return out;
}
/**
 * The Namespace objects the Application's own render holds. Argo CD applies a Namespace before
 * the namespaced objects of the same sync, so an Application that deploys its destination's
 * Namespace needs no CreateNamespace=true (a preview that does so is also how the namespace
 * gets deleted again on teardown).
 */
function rendersNamespace(ctx, app) {
    const ids = app.targets ?? [targetOf(ctx, app)?.id ?? ""];
    const out = new Set();
    for (const id of ids) {
        for (const r of ctx.byTarget.get(id) ?? []) {
            if (r.kind === "Namespace" && r.apiVersion === "v1" && r.name)
                out.add(r.name);
        }
    }
    return out;
}
function checkNamespace(app, namespaces, own) {
    const dest = (0,applications/* isObject */.Gv)(app.spec.destination) ? app.spec.destination : {};
    const ns = typeof dest.namespace === "string" ? dest.namespace : "";
    if (!ns || BUILTIN_NAMESPACES.has(ns) || own.has(ns))
        return [];
    const sync = (0,applications/* isObject */.Gv)(app.spec.syncPolicy) ? app.spec.syncPolicy : {};
    const options = Array.isArray(sync.syncOptions) ? sync.syncOptions : [];
    if (options.some((o) => typeof o === "string" && o.replace(/\s/g, "") === "CreateNamespace=true"))
        return [];
    if (namespaces.get(app.env ?? "")?.has(ns))
        return [];
    // The namespaces of that env were not rendered here: nothing to compare with.
    if (namespaces.has(`?${app.env ?? ""}`) || (!app.env && namespaces.has("?")))
        return [];
    const where = app.env ? `clusters/${app.env}` : "clusters/";
    return [
        argo(app, "argo/destination-namespace", "error", `destination namespace "${ns}" is not a Namespace in ${where} and the Application does not set CreateNamespace=true`, ["spec", "destination", "namespace"]),
    ];
}
/** A finding on an Application, at `path` inside it. */
function argo(app, rule, severity, message, path) {
    return {
        tool: "lint",
        rule,
        severity,
        message: `${appLabel(app)}: ${message}`,
        file: app.at.file,
        line: appLine(app, path),
        resource: { apiVersion: "argoproj.io/v1alpha1", kind: "Application", name: app.name },
    };
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/model/dr-clusters.ts
var dr_clusters = __webpack_require__(3817);
;// CONCATENATED MODULE: ./packages/lint/src/dr-parity.ts

/**
 * Every DR parity finding of the repository (none when no cluster carries `role: dr`). The
 * parity code (promotion planning) loads only for a repository that has DR clusters.
 */
async function drParityFindings(layout) {
    if (!(0,dr_clusters/* roleClusters */.c8)(layout).some((c) => c.role === "dr"))
        return [];
    const { checkParity } = await __webpack_require__.e(/* import() */ 939).then(__webpack_require__.bind(__webpack_require__, 939));
    return (await checkParity(layout)).findings;
}

;// CONCATENATED MODULE: ./packages/lint/src/extras.ts

const ARGO_KINDS = new Set(["Application", "ApplicationSet", "AppProject"]);
/** When lint does not render, targets that failed in the last render are still errors. */
function freshRenderFindings(index) {
    return index.targets
        .filter((t) => t.status === "failed")
        .map((t) => ({
        tool: "render",
        rule: "render-failed",
        severity: "error",
        message: `${t.id} does not render: ${(t.error ?? "failed").split("\n")[0] ?? ""}`,
        file: t.source,
        target: t.id,
    }));
}
/** Sync-wave annotations on rendered resources must be integers (Argo CD objects are checked at their source). */
function renderedSyncWaves(resources, locate) {
    const out = [];
    for (const r of resources) {
        if (ARGO_KINDS.has(r.kind) && r.apiVersion.startsWith("argoproj.io/"))
            continue;
        const metadata = r.value.metadata;
        const wave = metadata?.annotations?.[SYNC_WAVE];
        if (wave === undefined || isSyncWave(wave))
            continue;
        const at = locate(r, ["metadata", "annotations", SYNC_WAVE]);
        const f = {
            tool: "lint",
            rule: "argo/sync-wave",
            severity: "error",
            message: `${r.kind} ${r.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
            file: at.file,
            target: r.target.id,
            resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
        };
        if (at.line)
            f.line = at.line;
        out.push(f);
    }
    return out;
}
/**
 * One finding per place and message: a base shared by the staging and prod overlays renders
 * into both, and its mistake is one mistake in one file.
 */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.rule}|${f.file ?? ""}|${f.line ?? ""}|${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/render/src/output.ts



const INDEX_FILE = "index.json";
function sha256(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex");
}
/**
 * The previous run's index, or an empty one when there is none or it is
 * unreadable. render/ is a working folder anyone can edit: entries that are
 * not well-formed, or whose output lies outside the repository, are dropped.
 */
function readIndex(outDir) {
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(outDir, INDEX_FILE), "utf8"));
    }
    catch {
        return { targets: [] };
    }
    const targets = parsed?.targets;
    return { targets: Array.isArray(targets) ? targets.filter(isIndexEntry) : [] };
}
function isIndexEntry(e) {
    if (typeof e !== "object" || e === null)
        return false;
    const { id, output, status } = e;
    return (typeof id === "string" &&
        typeof status === "string" &&
        typeof output === "string" &&
        !(0,external_node_path_.isAbsolute)(output) &&
        !output.split(/[\\/]/).includes(".."));
}
/** Deterministic JSON: entries sorted by id, fixed key order, trailing newline. */
function formatIndex(index) {
    const targets = [...index.targets].sort((a, b) => a.id.localeCompare(b.id)).map(ordered);
    return JSON.stringify({ targets }, null, 2) + "\n";
}
const KEY_ORDER = [
    "id",
    "env",
    "service",
    "kind",
    "source",
    "output",
    "status",
    "resources",
    "sha256",
    "error",
    "applications",
];
/** The same keys in the same order on every run, whatever order they were set in. */
function ordered(entry) {
    const out = {};
    for (const k of KEY_ORDER)
        if (entry[k] !== undefined)
            out[k] = entry[k];
    return out;
}
/**
 * Removes outputs of targets that no longer exist. Only files a previous index
 * listed are removed: render/ may hold files that are not ours.
 */
function removeStale(outDir, repo, previous, current) {
    const removed = [];
    for (const entry of previous.targets) {
        if (current.has(entry.id) || typeof entry.output !== "string")
            continue;
        const path = (0,external_node_path_.resolve)(repo, entry.output);
        // A hand-edited index must not make us delete anything outside render/.
        if (!path.startsWith((0,external_node_path_.resolve)(outDir) + external_node_path_.sep) || !path.endsWith(".yaml"))
            continue;
        (0,external_node_fs_.rmSync)(path, { force: true });
        removed.push(entry.output);
    }
    return removed;
}

// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
// EXTERNAL MODULE: ./packages/core/src/shards.ts
var shards = __webpack_require__(1544);
// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
;// CONCATENATED MODULE: ./packages/render/src/changes.ts

/**
 * Paths (relative to `repo`) that differ between `ref` and the working tree:
 * committed, staged and unstaged changes, deletions under both names (no
 * rename pairing), and untracked files. Limited to `repo` when it is a
 * subfolder of a larger checkout.
 */
async function changedFiles(repo, ref) {
    const commit = await (0,git/* resolveCommit */.WL)(repo, ref, "--changed-since");
    const diff = await (0,git/* gitOk */.Tt)(repo, ["diff", "--name-only", "--no-renames", "--relative", "-z", commit, "--", "."], "git diff");
    const untracked = await (0,git/* gitOk */.Tt)(repo, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."], "git ls-files");
    const all = new Set([...diff.split("\0"), ...untracked.split("\0")].filter(Boolean));
    return [...all].sort();
}

// EXTERNAL MODULE: ./packages/core/src/model/graph.ts
var graph = __webpack_require__(3383);
;// CONCATENATED MODULE: ./packages/render/src/graph.ts
// The input graph belongs to the repository model (core): changed-only render, changelog
// attribution and the cache all ask it. Re-exported for render's modules.


;// CONCATENATED MODULE: ./packages/render/src/pool.ts
/**
 * Runs `work` over `items` with at most `limit` in flight, keeping result order.
 * A rejected item rejects the whole run: callers turn expected failures into
 * values first, so this only happens for bugs. Once `signal` aborts, no further
 * item starts; the items never started have no result.
 */
async function mapLimit(items, limit, work, signal) {
    const results = new Array(items.length).fill(undefined);
    let next = 0;
    const worker = async () => {
        while (next < items.length && !signal?.aborted) {
            const i = next++;
            results[i] = await work(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/**
 * At most `limit` callers run `work` at once; the others wait in arrival order. Render holds a
 * slot only while a tool process runs, so a target's JS work (screening its inputs before,
 * parsing, hashing and writing its output after) never keeps a core without a tool on it.
 * A freed slot passes straight to the next waiter: its continuation is queued as a microtask
 * before the releasing caller's own, so the next tool is spawned before the previous output
 * is post-processed.
 */
function toolSlots(limit) {
    let free = Math.max(1, limit);
    const waiting = [];
    return async (work) => {
        if (free > 0)
            free--;
        else
            await new Promise((resolve) => waiting.push(resolve));
        try {
            return await work();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                free++;
        }
    };
}

// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(5095);
// EXTERNAL MODULE: ./packages/tools/src/exec.ts
var exec = __webpack_require__(3746);
;// CONCATENATED MODULE: ./packages/render/src/cache.ts






/** One run's view of the cache for renders: the store, the file hashes and what every key shares. */
class RenderCache {
    store;
    hasher;
    repo;
    shared;
    constructor(store, hasher, repo, 
    /** Tool versions, render options and the config file: parts of every key. */
    shared) {
        this.store = store;
        this.hasher = hasher;
        this.repo = repo;
        this.shared = shared;
    }
    /**
     * Opens the cache for a run: asks each located tool its version (remembered per binary, so a
     * warm run starts no process for it).
     */
    static async open(store, o) {
        // The model's hasher when there is one: lint and policy key the same files in this run.
        const hasher = o.hasher ?? new FileHasher(o.repo, o.outputDirs);
        const k = o.tools.kustomize;
        const [kustomize, helm] = await Promise.all([
            k
                ? toolVersion(store, k.path, k.kind === "kubectl" ? ["version", "--client"] : ["version"], o.timeoutMs)
                : "",
            o.tools.helm ? toolVersion(store, o.tools.helm, ["version", "--short"], o.timeoutMs) : "",
        ]);
        const shared = {
            gitops: version/* VERSION */.x,
            code: (0,code/* codeIdentity */.y)(),
            tools: { kustomize: k ? `${k.kind} ${kustomize}` : "", helm },
            options: o.options,
            config: hasher.file(config/* CONFIG_FILE */.g2),
        };
        return new RenderCache(store, hasher, o.repo, shared);
    }
    /**
     * The key of a target's render: the content of every file in its input graph, its render
     * specs (the Application's source options, paths relative to the repo), and the shared parts.
     * Undefined when the render depends on something the graph cannot name: an unresolved part,
     * a remote base or chart not pinned by digest, a symlinked folder.
     */
    key(target, graph) {
        if (graph.unresolved && !(graph.remote.length > 0 && graph.remote.every(pinned)))
            return undefined;
        try {
            const files = inputFiles(graph);
            return (0,src_key/* cacheKey */.k)({
                shared: this.shared,
                id: target.id,
                kind: target.kind,
                specs: JSON.parse(JSON.stringify(target.specs, (_, v) => this.relative(v))),
                helmCharts: graph.helmCharts,
                remote: graph.remote,
                files: files.map((f) => [f, this.hasher.file(f)]),
                dirs: [...graph.dirs].sort().map((d) => [d, this.hasher.dir(d)]),
            });
        }
        catch (err) {
            if (err instanceof Unhashable)
                return undefined;
            throw err;
        }
    }
    get(key) {
        const text = this.store.get("render", key);
        if (text === undefined)
            return undefined;
        try {
            const v = JSON.parse(text);
            if (typeof v.yaml === "string" && typeof v.resources === "number")
                return { yaml: v.yaml, resources: v.resources };
        }
        catch {
            // A checksum-valid entry of another shape: a miss like any other.
        }
        return undefined;
    }
    /**
     * Stores a fresh render under `key`, unless one of the files it was keyed by changed while
     * the run went on: the tool may then have read other bytes than the key names.
     */
    put(key, value, graph) {
        if (!this.hasher.unchangedDuringRun([config/* CONFIG_FILE */.g2, ...inputFiles(graph)], graph.dirs))
            return;
        this.store.put("render", key, JSON.stringify(value));
    }
    /** Absolute paths in specs, relative to the repo: a worktree elsewhere keys the same. */
    relative(v) {
        if (typeof v !== "string" || !(v === this.repo || v.startsWith(`${this.repo}/`)))
            return v;
        const rel = (0,external_node_path_.relative)(this.repo, v);
        return rel.startsWith("..") ? v : `<repo>/${rel.split("\\").join("/")}`;
    }
}
/** The files a target's render reads, sorted. */
function inputFiles(graph) {
    return [...new Set([...graph.files, ...graph.yamlFiles.keys()])].sort();
}
/**
 * A remote base or chart is cached only when pinned by digest: an OCI digest or a full git
 * commit. A tag or a branch can move under the same text.
 */
function pinned(remote) {
    return /@sha256:[0-9a-f]{64}\b/.test(remote) || /[?&]ref=[0-9a-f]{40}\b/.test(remote);
}
/** A tool's version string, remembered by the binary's identity (path, size, mtime). */
async function toolVersion(store, path, args, timeoutMs) {
    let identity;
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        const st = (0,external_node_fs_.statSync)(real);
        identity = (0,src_key/* cacheKey */.k)({ real, size: st.size, mtime: st.mtimeMs, ino: st.ino, args });
    }
    catch {
        return "unknown";
    }
    const known = store.get("tool", identity);
    if (known !== undefined)
        return known;
    const result = await (0,exec/* runTool */.q)(path, args, { timeoutMs: Math.min(timeoutMs, 30_000) });
    // A version that cannot be read keys as the binary itself: never shared with another, and not
    // remembered, so a tool that hung once is asked again next run.
    if (result.code !== 0)
        return `unreadable ${identity}`;
    const version = result.stdout.trim();
    store.put("tool", identity, version);
    return version;
}

// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./packages/render/src/directory.ts





const MANIFEST = /\.(ya?ml|json)$/i;
/**
 * Renders a plain manifest folder as Argo CD's directory source does: every
 * YAML and JSON file (recursively when `recurse`), filtered by the `include`
 * and `exclude` globs, in path order. Each file is parsed so a broken one fails
 * the target with its own file and line.
 */
function renderDirectory(spec, repo) {
    const parts = [];
    for (const path of directory_listFiles(spec.dir, spec.recurse, repo)) {
        const rel = (0,external_node_path_.relative)(spec.dir, path).split("\\").join("/");
        // minimatch understands Argo CD's `{a.yaml,b.yaml}` lists as brace expansion.
        if (spec.include && !(0,esm/* minimatch */.xF)(rel, spec.include.trim()))
            continue;
        if (spec.exclude && (0,esm/* minimatch */.xF)(rel, spec.exclude.trim()))
            continue;
        const display = (0,external_node_path_.relative)(repo, path).split("\\").join("/");
        // The careful loader checks the size before reading: a 50 MB file is refused, not parsed.
        const parsed = (0,yaml/* loadYamlFile */.Y3)(path, display);
        for (const doc of parsed.documents) {
            if (doc.value !== null)
                parts.push(doc.doc.toString({ lineWidth: 0 }).replace(/^---\n/, ""));
        }
    }
    return parts.map((p) => `---\n${p.endsWith("\n") ? p : p + "\n"}`).join("");
}
/**
 * The manifest files of a directory source, as Argo CD's repo-server reads
 * them: a symlinked file inside the repository counts, a symlinked folder is
 * not descended, and a symlink that leaves the repository fails the target
 * (Argo CD refuses out-of-bounds symlinks).
 */
function directory_listFiles(dir, recurse, repo) {
    const out = [];
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
        if (e.name.startsWith("."))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isSymbolicLink()) {
            if (linkedManifest(path, e.name, repo))
                out.push(path);
        }
        else if (e.isFile() && MANIFEST.test(e.name))
            out.push(path);
        else if (e.isDirectory() && recurse)
            out.push(...directory_listFiles(path, true, repo));
    }
    return out;
}
/** True for a symlink to a manifest file inside the repo; a link out of it is a UserError naming the link. */
function linkedManifest(path, name, repo) {
    const display = (0,external_node_path_.relative)(repo, path).split("\\").join("/");
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        throw new errors/* UserError */.yo(`${display} is a symlink to nothing (its target does not exist)`, display);
    }
    const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), target);
    if (inside === ".." || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside)) {
        throw new errors/* UserError */.yo(`${display} is a symlink to a path outside the repository, which Argo CD refuses; copy the file into the repository`, display);
    }
    return MANIFEST.test(name) && (0,external_node_fs_.statSync)(target).isFile();
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/tools/src/go-env.ts

/**
 * Garbage-collector target for the short-lived Go tools a render starts (kustomize, helm).
 * `kubectl kustomize` on a small overlay allocates about 40 MB while it loads kustomize's
 * built-in OpenAPI schema, and at Go's default (GOGC=100) collects 7-8 times doing so; at 400 it
 * collects twice. A collection marks on an idle core when there is one, which is why the
 * blueprint's sequential loop keeps about 1.1 cores busy on its own; a parallel render has no
 * idle core, so every collection takes time from a tool.
 * Measured on 2 cores (2026-12-02, the 60-service bench repo, 126 targets, CPU of all tool
 * processes of one render, two interleaved runs each): GOGC=100 19.5 s, 200 17.1 s,
 * 400 15.6 s, 800 14.8 s, off 14.3 s; per `kubectl kustomize` of one overlay (perf stat,
 * 48 runs each) 185, 150, 155, 144 and 133 ms. 400 takes most of the gain while a tool's heap
 * stays within 5x its live data.
 */
const DEFAULT_GOGC = "400";
/** The share of the machine's memory one tool may grow to before it collects regardless. */
const MEMORY_SHARE = 4;
/**
 * `env` with the Go runtime settings we run kustomize and helm under: GOGC=DEFAULT_GOGC, and
 * GOMEMLIMIT at a quarter of the machine's memory, so a tool with a large live heap still
 * collects before it crowds out its neighbours (the soft limit only makes a collection come
 * sooner than GOGC would). A user who set either variable is tuning the collector: then both
 * are left exactly as given.
 */
function goRuntimeEnv(env, memoryBytes = (0,external_node_os_.totalmem)()) {
    if (env.GOGC !== undefined || env.GOMEMLIMIT !== undefined)
        return env;
    const limitMiB = Math.max(256, Math.floor(memoryBytes / MEMORY_SHARE / (1024 * 1024)));
    return { ...env, GOGC: DEFAULT_GOGC, GOMEMLIMIT: `${limitMiB}MiB` };
}

;// CONCATENATED MODULE: ./packages/render/src/helm.ts






/**
 * `helm template` with the arguments Argo CD's repo-server passes: value files
 * in order, then inline `values`/`valuesObject`, then `parameters`; the
 * destination namespace; CRDs included unless `skipCrds`.
 */
async function helmTemplate(helm, spec, opts) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-helm-"));
    try {
        return await (0,exec/* runTool */.q)(helm, helmArgs(spec, scratch, opts.kubeVersion), {
            timeoutMs: opts.timeoutMs,
            env: goRuntimeEnv(opts.env ?? process.env),
            ...(opts.signal ? { signal: opts.signal } : {}),
        });
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** The argument list; inline values go to files in `scratch` so no value is ever parsed by a shell. */
function helmArgs(spec, scratch, kubeVersion) {
    const args = ["template", spec.releaseName, spec.chartDir];
    if (spec.namespace)
        args.push("--namespace", spec.namespace);
    for (const f of spec.valueFiles)
        args.push("--values", f);
    if (spec.values) {
        const f = (0,external_node_path_.join)(scratch, "values.yaml");
        (0,external_node_fs_.writeFileSync)(f, spec.values);
        args.push("--values", f);
    }
    if (spec.valuesObject) {
        const f = (0,external_node_path_.join)(scratch, "values-object.yaml");
        (0,external_node_fs_.writeFileSync)(f, (0,dist/* stringify */.As)(spec.valuesObject));
        args.push("--values", f);
    }
    for (const p of spec.parameters ?? []) {
        args.push(p.forceString ? "--set-string" : "--set", `${p.name}=${p.value}`);
    }
    args.push(spec.skipCrds ? "--skip-crds" : "--include-crds");
    if (kubeVersion)
        args.push("--kube-version", kubeVersion);
    return args;
}

;// CONCATENATED MODULE: ./packages/render/src/kustomize.ts






/**
 * Runs `kustomize build` the safe way: load restrictions on (no file outside
 * the kustomization root), never exec or alpha plugins; `--enable-helm` only
 * when the kustomization inflates charts.
 */
async function kustomizeBuild(tool, dir, opts) {
    const args = tool.kind === "kubectl" ? ["kustomize"] : ["build"];
    args.push("--load-restrictor", "LoadRestrictionsRootOnly");
    if (opts.enableHelm && tool.helm)
        args.push("--enable-helm", "--helm-command", tool.helm);
    // `--` keeps a folder named like an option from being read as one.
    args.push("--", dir);
    // A remote base is fetched with git: it must fail, not wait for a password nobody will type.
    const env = { ...goRuntimeEnv(opts.env ?? process.env), GIT_TERMINAL_PROMPT: "0" };
    return (0,exec/* runTool */.q)(tool.path, args, {
        timeoutMs: opts.timeoutMs,
        env,
        ...(opts.signal ? { signal: opts.signal } : {}),
    });
}
/**
 * Builds `dir` with Argo CD's `source.kustomize` options. Argo edits a copy of
 * the kustomization (`kustomize edit set image ...`); we get the same result
 * without copying by building a throwaway overlay whose only resource is `dir`
 * (by relative path: kustomize refuses absolute roots).
 */
async function kustomizeBuildWithOptions(tool, dir, options, opts) {
    const wrapper = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-kustomize-"));
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(wrapper, "kustomization.yaml"), (0,dist/* stringify */.As)(overlayFor((0,external_node_path_.relative)(wrapper, dir), options)));
        return await kustomizeBuild(tool, wrapper, opts);
    }
    finally {
        (0,external_node_fs_.rmSync)(wrapper, { recursive: true, force: true });
    }
}
/** The overlay kustomization equivalent to Argo CD's options. */
function overlayFor(resource, o) {
    const k = {
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        resources: [resource],
    };
    if (o.namePrefix)
        k.namePrefix = o.namePrefix;
    if (o.nameSuffix)
        k.nameSuffix = o.nameSuffix;
    if (o.namespace)
        k.namespace = o.namespace;
    if (o.commonLabels)
        k.commonLabels = o.commonLabels;
    if (o.commonAnnotations)
        k.commonAnnotations = o.commonAnnotations;
    if (o.images?.length)
        k.images = o.images.map(parseArgoImage);
    if (o.patches?.length)
        k.patches = o.patches;
    return k;
}
/**
 * Argo CD's image override syntax (`kustomize edit set image`):
 * `[old=]new[:tag][@digest]`, e.g. `nginx=registry/nginx:1.2` or `app@sha256:...`.
 */
function parseArgoImage(spec) {
    const eq = spec.indexOf("=");
    const name = eq >= 0 ? spec.slice(0, eq) : undefined;
    let rest = eq >= 0 ? spec.slice(eq + 1) : spec;
    const entry = {};
    const at = rest.indexOf("@");
    if (at >= 0) {
        entry.digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    // A colon after the last slash is a tag; one before it is a registry port.
    const colon = rest.lastIndexOf(":");
    if (colon > rest.lastIndexOf("/")) {
        entry.newTag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    entry.name = name ?? rest;
    if (name !== undefined && rest !== name)
        entry.newName = rest;
    return entry;
}

;// CONCATENATED MODULE: ./packages/render/src/screen.ts





/**
 * Checks what kustomize and helm will parse for a target before they run. kustomize hangs on an
 * alias bomb, takes minutes on a few megabytes of keys or thousands of documents, and names no
 * file for a duplicate key; helm names no file for a broken values file. The careful loader
 * refuses each at once, with file and line. Plain syntax errors in kustomize's inputs are left to
 * kustomize, which names the file and the line where the construct opened. A file or folder
 * that is a symlink out of the repository is refused unread: Argo CD refuses such repositories,
 * and what it points at must not reach render/ or a message.
 * Files are read with `read`, the repository model's reader, so a file the model already parsed
 * (every kustomization) is not parsed again, and a base shared by many targets is parsed once.
 * Returns the first problem, or undefined.
 */
function screenInputs(graph, repo, read = model_read/* readDocuments */.r) {
    const realRepo = realPathOf(repo) ?? repo;
    for (const path of [...graph.dirs, ...graph.files, ...graph.yamlFiles.keys()]) {
        if (!leavesRepo(realRepo, (0,external_node_path_.join)(repo, path)))
            continue;
        // kustomize's load restrictor would say the same; this way the file is never read.
        const also = graph.yamlFiles.get(path) === "kustomize" ? ", so outside the kustomization root too" : "";
        return {
            message: `${path} is a symlink to a path outside the repository${also}; copy the file into the repository`,
            file: path,
        };
    }
    for (const [path, tool] of graph.yamlFiles) {
        const err = screenYaml((0,external_node_path_.join)(repo, path), path, read);
        if (!err || (tool === "kustomize" && / invalid YAML: /.test(err.message)))
            continue;
        const problem = { message: err.message, file: err.file ?? path };
        if (err.line)
            problem.line = err.line;
        return problem;
    }
    return undefined;
}
/** True when `path` exists and resolves outside the repository. */
function leavesRepo(realRepo, path) {
    const real = realPathOf(path);
    if (real === undefined)
        return false;
    const rel = (0,external_node_path_.relative)(realRepo, real);
    return rel === ".." || rel.startsWith(".." + external_node_path_.sep) || rel.startsWith(external_node_path_.sep);
}
/**
 * Why a file must not reach the tool, or undefined (a missing file is the tool's to report). The
 * fast reader refuses all the careful loader does (size, documents, depth, aliases, duplicate
 * keys) and more, so a file it reads is fine; only a refused one goes to the careful loader, whose
 * wording names file and line the way every other message does, and whose verdict stands.
 */
function screenYaml(path, display, read) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return undefined;
    }
    catch {
        return undefined;
    }
    try {
        read(path, display);
        return undefined;
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo))
            throw err;
    }
    try {
        (0,yaml/* loadYamlFile */.Y3)(path, display);
        return undefined;
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo))
            throw err;
        return err;
    }
}
function realPathOf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/render/src/remote-errors.ts

/**
 * Reads a kustomize failure to fetch something remote (a base over git or
 * HTTP, a `helmCharts` entry pulled by helm) and names what was fetched and
 * why it failed in one line: kustomize's own message nests every attempt,
 * repeats the URL in three spellings and ends in the helm command line with
 * this machine's paths, none of which helps the reader.
 */
function condenseRemoteError(text) {
    const remote = remoteNamed(text);
    if (remote === undefined)
        return undefined;
    return {
        message: `remote ${remote.name} could not be fetched: ${rootCause(text)}`,
        reference: remote.reference,
    };
}
/**
 * What was being fetched (`name`, for the message) and the text of it the
 * kustomization holds (`reference`, to find its line); undefined when nothing
 * remote failed.
 */
function remoteNamed(text) {
    // kustomize's `helm pull`: "--repo <url> <chart>" for a chart repository, "oci://<registry>/<chart>" for OCI.
    const repo = /helm pull [^']*?--repo (\S+) (\S+)/.exec(text);
    if (repo)
        return { name: `${repo[1] ?? ""} (chart ${repo[2] ?? ""})`, reference: repo[1] ?? "" };
    const oci = /helm pull [^']*?oci:\/\/(\S+)\/(\S+)/.exec(text);
    if (oci)
        return { name: `oci://${oci[1] ?? ""} (chart ${oci[2] ?? ""})`, reference: oci[1] ?? "" };
    // The deepest "accumulating resources from" is the reference that broke.
    const from = [...text.matchAll(/accumulating resources from '([^']+)'/g)].map((m) => m[1] ?? "").at(-1);
    return from !== undefined && graph/* URL_LIKE */.Ut.test(from) ? { name: from, reference: from } : undefined;
}
/** Causes worth a reader's time, most specific first; each names the host or the refusal. */
const CAUSES = [
    /Could not resolve host(?:name)?:? [^\s'":]+/,
    /Failed to connect to \S+ port \d+/,
    /lookup (\S+) on \S+: no such host/,
    /dial tcp \S+: connect: connection refused/,
    /dial tcp [^:]+:\d+: i\/o timeout/,
    /could not read Username for '[^']+'/,
    /repository '[^']+' not found/,
    /Remote branch \S+ not found/,
    /couldn't find remote ref \S+/,
    /\S+ is not a valid chart repository/,
    /chart "[^"]+"(?: version "[^"]+")? not found in \S+ repository/,
    /\b(?:401|403|404) (?:Unauthorized|Forbidden|Not Found)\b/,
];
function rootCause(text) {
    for (const cause of CAUSES) {
        const m = cause.exec(text);
        if (!m)
            continue;
        if (cause.source.startsWith("lookup"))
            return `no such host ${m[1] ?? ""}`;
        return m[0];
    }
    // Unknown shape: git's "fatal:" line, else the first line; never a local path or the helm command line.
    const fatal = /fatal: ([^\n]+)/.exec(text)?.[1];
    const line = (fatal ?? text.split("\n")[0] ?? text).replace(/'\/[^']*'/g, "'…'");
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

;// CONCATENATED MODULE: ./packages/render/src/tool-errors.ts



const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/**
 * Condenses kustomize's nested error chain ("accumulating resources: accumulation
 * err='accumulating resources from ...': ...") into its root cause, with the file
 * and line when the error names them. `dir` is the kustomization that was built.
 */
function condenseKustomizeError(stderr, dir, repo) {
    const text = stderr.replace(/^(error|Error):\s*/m, "").trim();
    // The deepest kustomization on the chain is the one whose reference broke.
    const recursed = [...text.matchAll(/recursed accumulation of path '([^']+)'/g)].map((m) => m[1] ?? "");
    const at = recursed.at(-1) ?? dir;
    const from = [...text.matchAll(/accumulating resources from '([^']+)'/g)].map((m) => m[1] ?? "").at(-1);
    // Before the file checks: kustomize also tries a URL as a local path and reports that as missing.
    const remote = condenseRemoteError(text);
    if (remote) {
        const k = kustomizationFile(at);
        return { message: remote.message, file: rel(repo, k), ...lineOf(k, remote.reference) };
    }
    const malformed = /MalformedYAMLError: yaml: line (\d+): (.+?) in File: (\S+)/.exec(text);
    if (malformed) {
        const file = resolveIn(at, malformed[3] ?? "");
        return { message: `invalid YAML: ${malformed[2]}`, file: rel(repo, file), line: Number(malformed[1]) };
    }
    const invalid = /invalid Kustomization: yaml: line (\d+): (.+)$/m.exec(text);
    if (invalid) {
        return {
            message: `invalid kustomization: ${invalid[2]}`,
            file: rel(repo, kustomizationFile(at)),
            line: Number(invalid[1]),
        };
    }
    const security = /security; file '([^']+)' is not in or below '([^']+)'/.exec(text);
    if (security) {
        const k = kustomizationFile(at);
        return {
            message: `${rel(repo, security[1] ?? "")} is outside the kustomization root ${rel(repo, security[2] ?? "")} (load restrictions are on)`,
            file: rel(repo, k),
            ...lineOf(k, security[1] ?? ""),
        };
    }
    const missing = /(?:lstat|open|stat) ([^:']+): no such file or directory/.exec(text);
    if (missing) {
        const k = kustomizationFile(at);
        const ref = from ?? (0,external_node_path_.relative)(at, missing[1] ?? "");
        return {
            message: `'${ref}' does not exist (${rel(repo, missing[1] ?? "")})`,
            file: rel(repo, k),
            ...lineOf(k, ref),
        };
    }
    const network = /(unable to fetch|failed to run '\/usr\/bin\/git|git cmd = |dial tcp|no such host|could not resolve host)/i.exec(text);
    if (network)
        return {
            message: `remote resource could not be fetched: ${scrubPaths(lastClause(text), repo)}`,
            file: rel(repo, kustomizationFile(at)),
        };
    return { message: scrubPaths(lastClause(text), repo), file: rel(repo, kustomizationFile(at)) };
}
/**
 * Picks the file and line out of helm's errors: template execution errors
 * ("execution error at (chart/templates/x.yaml:4:26): msg"), parse errors in
 * templates, and unreadable values files.
 */
function condenseHelmError(stderr, chartDir, repo) {
    const text = stderr
        .replace(/^Error:\s*/m, "")
        .split("\n\nUse --debug")[0]
        ?.trim() ?? "";
    const exec = /(?:execution error|parse error) at \(([^:)]+):(\d+)(?::\d+)?\): (.+)/.exec(text);
    if (exec)
        return {
            message: exec[3] ?? text,
            file: chartFile(chartDir, exec[1] ?? "", repo),
            line: Number(exec[2]),
        };
    const tmpl = /template: ([^:]+):(\d+):\d+: (.+)/.exec(text);
    if (tmpl)
        return {
            message: tmpl[3] ?? text,
            file: chartFile(chartDir, tmpl[1] ?? "", repo),
            line: Number(tmpl[2]),
        };
    const yamlParse = /YAML parse error on ([^:]+): (?:error converting YAML to JSON: )?yaml: line (\d+): (.+)/.exec(text);
    if (yamlParse) {
        return {
            message: `template renders invalid YAML (line ${yamlParse[2]} of its output): ${yamlParse[3]}`,
            file: chartFile(chartDir, yamlParse[1] ?? "", repo),
        };
    }
    const values = /failed to parse ([^:]+): (?:error converting YAML to JSON: )?yaml: line (\d+): (.+)/.exec(text);
    if (values)
        return {
            message: `invalid values file: ${values[3]}`,
            file: rel(repo, values[1] ?? ""),
            line: Number(values[2]),
        };
    return {
        message: scrubPaths(text.split("\n")[0] ?? text, repo),
        file: rel(repo, (0,external_node_path_.join)(chartDir, "Chart.yaml")),
    };
}
/** Replaces the repo's absolute path with nothing, so messages read `apps/...` and leak no runner paths. */
function scrubPaths(text, repo) {
    return text.split((0,external_node_path_.resolve)(repo) + "/").join("");
}
function lastClause(text) {
    const clauses = text.split(/: (?=[a-z])/).filter((c) => c.length > 3);
    return clauses.slice(-2).join(": ") || text;
}
function chartFile(chartDir, templatePath, repo) {
    // helm names files `<chart name>/templates/x.yaml`; drop the chart name.
    const inChart = templatePath.split("/").slice(1).join("/");
    return rel(repo, (0,external_node_path_.join)(chartDir, inChart));
}
function kustomizationFile(dir) {
    for (const f of KUSTOMIZATION_FILES)
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)))
            return (0,external_node_path_.join)(dir, f);
    return (0,external_node_path_.join)(dir, "kustomization.yaml");
}
function resolveIn(dir, file) {
    return (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file)) ? dir : (0,external_node_path_.dirname)(dir), file);
}
function lineOf(file, needle) {
    try {
        const lines = (0,external_node_fs_.readFileSync)(file, "utf8").split("\n");
        const base = needle.split("/").pop() ?? needle;
        const i = lines.findIndex((l) => l.includes(needle) || (base.length > 2 && l.includes(base)));
        return i >= 0 ? { line: i + 1 } : {};
    }
    catch {
        return {};
    }
}
function rel(repo, path) {
    const r = (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), (0,external_node_path_.resolve)(path)).split("\\").join("/");
    return r.startsWith("..") ? path : r;
}

;// CONCATENATED MODULE: ./packages/render/src/render-target.ts







/** Renders one target; any failure becomes a Finding on the target, never an exception. */
async function renderTarget(target, ctx) {
    const started = performance.now();
    const fail = (f, rule = "failed") => {
        const failure = {
            tool: "render",
            rule,
            severity: "error",
            message: `${target.id}: ${f.message}`,
            target: target.id,
        };
        if (f.file)
            failure.file = f.file;
        if (f.line)
            failure.line = f.line;
        return { ok: false, yaml: "", resources: 0, failure, ms: performance.now() - started };
    };
    if (ctx.graph.remote.length > 0 && !ctx.allowNetwork) {
        return fail({
            message: `needs remote ${ctx.graph.remote.join(", ")}; network access is off (set render.allowNetwork: true in .gitops.yaml to allow it)`,
            ...firstAppLocation(target),
        }, "network-refused");
    }
    const unreadable = screenInputs(ctx.graph, ctx.repo, ctx.read);
    if (unreadable)
        return fail(unreadable, "unreadable-input");
    const parts = [];
    for (const spec of target.specs) {
        let out;
        try {
            // Only the tool holds a slot: the screen above and the parse below run while others' tools do.
            out =
                spec.type === "directory" || !ctx.slot
                    ? await renderSpec(spec, ctx)
                    : await ctx.slot(() => renderSpec(spec, ctx));
        }
        catch (err) {
            out = { message: scrubPaths((0,errors/* messageOf */.bD)(err), ctx.repo), ...errorLocation(err) };
        }
        if (typeof out !== "string")
            return fail(out, out.rule);
        parts.push(out.endsWith("\n") || out === "" ? out : out + "\n");
    }
    const yaml = parts.join(parts.length > 1 ? "---\n" : "");
    try {
        const parsed = (0,rendered_yaml/* parseRenderedYaml */.I)(yaml, `render/${target.id}.yaml`);
        const resources = parsed.filter((d) => isResource(d.value)).length;
        return { ok: true, yaml, resources, ms: performance.now() - started };
    }
    catch (err) {
        return fail({ message: `renders unreadable YAML: ${(0,errors/* messageOf */.bD)(err)}` });
    }
}
async function renderSpec(spec, ctx) {
    if (spec.type === "directory")
        return renderDirectory(spec, ctx.repo);
    // A target that waited for a slot while the run stopped starts no tool.
    if (ctx.signal?.aborted)
        return { message: "not rendered: the run stopped" };
    let result;
    if (spec.type === "helm") {
        if (!ctx.tools.helm)
            throw new Error("helm was not located");
        result = await helmTemplate(ctx.tools.helm, spec, {
            timeoutMs: ctx.timeoutMs,
            kubeVersion: ctx.kubeVersion,
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
    }
    else {
        if (!ctx.tools.kustomize)
            throw new Error("kustomize was not located");
        const opts = {
            timeoutMs: ctx.timeoutMs,
            enableHelm: ctx.graph.helmCharts,
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        };
        result = spec.options
            ? await kustomizeBuildWithOptions(ctx.tools.kustomize, spec.dir, spec.options, opts)
            : await kustomizeBuild(ctx.tools.kustomize, spec.dir, opts);
    }
    const tool = spec.type === "helm" ? "helm template" : "kustomize build";
    if (result.timedOut)
        return {
            message: `${tool} timed out after ${Math.round(ctx.timeoutMs / 1000)} s and was stopped (raise render.timeout in .gitops.yaml if it needs longer)`,
            rule: "timeout",
        };
    if (result.overflowed)
        return { message: `${tool} produced more output than the limit and was stopped`, rule: "output-limit" };
    if (result.code !== 0) {
        return spec.type === "helm"
            ? condenseHelmError(result.stderr, spec.chartDir, ctx.repo)
            : condenseKustomizeError(result.stderr, spec.dir, ctx.repo);
    }
    return result.stdout;
}
function isResource(v) {
    return typeof v === "object" && v !== null && "kind" in v && "apiVersion" in v;
}
function firstAppLocation(target) {
    const app = target.applications[0];
    return app ? { file: app.file, line: app.line } : {};
}
function errorLocation(err) {
    const e = err;
    return { ...(e.file ? { file: e.file } : {}), ...(e.line ? { line: e.line } : {}) };
}

// EXTERNAL MODULE: ./packages/tools/src/locate.ts
var locate = __webpack_require__(2937);
;// CONCATENATED MODULE: ./packages/render/src/tools.ts

/**
 * Finds kustomize (or kubectl) and helm when the selected targets need them.
 * Missing ones end the run with exit 2, naming each and how to install it.
 */
function locateRenderTools(need, config, env = process.env) {
    const missing = [];
    const tools = {};
    const helm = need.helm || need.kustomize ? (0,locate/* findTool */.SG)("helm", env) : undefined;
    if (need.helm && !helm)
        missing.push("helm");
    if (helm)
        tools.helm = helm;
    if (need.kustomize) {
        const kustomize = config.kustomize !== "kubectl" ? (0,locate/* findTool */.SG)("kustomize", env) : undefined;
        const kubectl = config.kustomize !== "kustomize" && !kustomize ? (0,locate/* findTool */.SG)("kubectl", env) : undefined;
        if (kustomize)
            tools.kustomize = { kind: "kustomize", path: kustomize };
        else if (kubectl)
            tools.kustomize = { kind: "kubectl", path: kubectl };
        else
            missing.push(config.kustomize === "kubectl" ? "kubectl" : "kustomize");
        if (tools.kustomize && helm)
            tools.kustomize.helm = helm;
    }
    if (missing.length > 0)
        throw (0,locate/* missingToolsError */.yS)(missing, "render the targets");
    return tools;
}

;// CONCATENATED MODULE: ./packages/render/src/render.ts
















/** The repository model {@link render} loads when it is given none. */
function renderModel(options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir ?? (0,external_node_path_.join)(options.repo, "render"));
    return (0,load/* loadModel */.c)(options.repo, { outDir, ...(options.env ? { env: options.env } : {}) });
}
/**
 * Renders targets into `render/<id>.yaml` and `render/index.json`. Each target
 * fails alone: its failure becomes a Finding and the others go on. Outputs are
 * written atomically and byte-for-byte deterministic; outputs of targets that
 * no longer exist are removed.
 */
async function render(options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir ?? (0,external_node_path_.join)(options.repo, "render"));
    const layout = options.model ?? (await renderModel(options));
    const repo = layout.repo;
    const config = layout.config.render;
    (0,shards/* filterTargets */.xF)(layout, { environments: options.environments, services: options.services });
    // A required check that renders nothing would pass vacuously: a repo (or a
    // .gitops.yaml) with no targets at all is a setup mistake, so say where we looked.
    if (layout.targets.length === 0)
        throw (0,report/* noTargets */.UV)(layout);
    // Every discovered target keeps its line in the index; filters only choose what renders.
    const targets = layout.targets;
    const graphs = new Map(targets.map((t) => [t.id, layout.graph(t.id)]));
    const selectedIds = new Set(targets.filter((t) => selected(t, options)).map((t) => t.id));
    let chosen = new Set(targets.filter((t) => !t.skipReason && selectedIds.has(t.id)).map((t) => t.id));
    if (options.changedSince !== undefined || options.changedPaths !== undefined) {
        const changed = options.changedPaths ?? (await changedFiles(repo, options.changedSince ?? "HEAD"));
        // The config decides what everything renders with: a change to it renders all.
        if (!changed.includes(".gitops.yaml"))
            chosen = intersect(chosen, (0,graph/* affectedTargets */.jT)(targets, graphs, changed));
    }
    if (options.only)
        chosen = intersect(chosen, options.only);
    const toRender = targets.filter((t) => chosen.has(t.id));
    const needHelm = toRender.some((t) => t.specs.some((s) => s.type === "helm") || graphs.get(t.id)?.helmCharts === true);
    const needKustomize = toRender.some((t) => t.specs.some((s) => s.type === "kustomize"));
    const tools = locateRenderTools({ kustomize: needKustomize, helm: needHelm }, config, options.env);
    const previous = readIndex(outDir);
    const concurrency = options.concurrency ?? (config.concurrency || (0,external_node_os_.availableParallelism)());
    const store = options.cache === false ? undefined : (options.cache ?? openCache(options.env ?? process.env));
    const cache = store && toRender.length > 0
        ? await RenderCache.open(store, {
            repo,
            outputDirs: layout.outputDirs,
            hasher: modelHasher(layout),
            tools,
            options: { kubeVersion: config.kubeVersion, allowNetwork: config.allowNetwork },
            timeoutMs: config.timeout * 1000,
        })
        : undefined;
    // The first output that cannot be written stops the run: no new target starts, the tools in
    // flight are killed, and the index is written for what is on disk.
    const stop = new AbortController();
    let writeFailure;
    const cached = [];
    let done = 0;
    // `concurrency` tool processes at once, with as many targets again screened and waiting for a
    // slot: a slot freed by one tool goes to the next at once, and the finished target's output is
    // parsed, hashed and written while the next tool runs (no core waits on our JS).
    const slot = toolSlots(concurrency);
    const outcomes = await mapLimit(toRender, concurrency * 2, async (t) => {
        const graph = graphs.get(t.id) ?? layout.graph(t.id);
        const key = cache?.key(t, graph);
        const hit = key === undefined ? undefined : cache?.get(key);
        const outcome = hit
            ? { ok: true, yaml: hit.yaml, resources: hit.resources, ms: 0 }
            : await renderTarget(t, {
                repo,
                tools,
                timeoutMs: config.timeout * 1000,
                allowNetwork: config.allowNetwork,
                kubeVersion: config.kubeVersion,
                graph,
                read: layout.read,
                signal: stop.signal,
                slot,
            });
        if (stop.signal.aborted)
            return undefined;
        if (outcome.ok) {
            try {
                (0,write/* writeAtomic */.v)(outputPath(outDir, t.id), outcome.yaml);
            }
            catch (err) {
                writeFailure ??= { id: t.id, message: (0,errors/* messageOf */.bD)(err) };
                stop.abort();
                return undefined;
            }
            if (hit)
                cached.push(t.id);
            else if (key !== undefined)
                cache?.put(key, { yaml: outcome.yaml, resources: outcome.resources }, graph);
        }
        options.onProgress?.(++done, toRender.length, t.id);
        return [t.id, outcome];
    }, stop.signal);
    store?.prune();
    if (writeFailure)
        stopped(layout.repo, outDir, targets, toRender, outcomes, previous, writeFailure);
    const byId = new Map(outcomes.filter((o) => o !== undefined));
    // Targets the filters leave out produce no findings; findings about no target stay.
    const findings = layout.findings.filter((f) => findingSelected(f, targets, selectedIds, options));
    const results = targets.map((t) => {
        const base = entryBase(t, repo, outDir);
        const outcome = byId.get(t.id);
        if (!outcome) {
            const old = previous.targets.find((p) => p.id === t.id && p.status === "ok");
            return {
                ...base,
                status: "skipped",
                resources: old?.resources ?? 0,
                sha256: old?.sha256 ?? "",
                ms: 0,
                ...(t.skipReason ? { error: t.skipReason } : {}),
            };
        }
        if (!outcome.ok) {
            if (outcome.failure)
                findings.push(outcome.failure);
            return {
                ...base,
                status: "failed",
                resources: 0,
                sha256: "",
                error: outcome.failure?.message ?? "failed",
                ms: outcome.ms,
            };
        }
        return {
            ...base,
            status: "ok",
            resources: outcome.resources,
            sha256: sha256(outcome.yaml),
            ms: outcome.ms,
        };
    });
    // Only targets that exist keep an output; a failed target's old output would be stale, so it goes too.
    const keep = new Set(results.filter((r) => r.status !== "failed").map((r) => r.id));
    const removed = removeStale(outDir, repo, previous, keep);
    const index = (0,external_node_path_.join)(outDir, INDEX_FILE);
    try {
        (0,write/* writeAtomic */.v)(index, formatIndex({ targets: results.map(withoutTime) }));
    }
    catch (err) {
        // An old index would vouch for outputs it does not describe.
        removeQuietly(index);
        const shown = relativeTo(repo, index);
        throw new errors/* UserError */.yo(`${shown}: cannot write: ${(0,errors/* messageOf */.bD)(err)}`, shown);
    }
    return {
        layout,
        targets: results,
        findings,
        rendered: toRender.map((t) => t.id),
        removed,
        outDir,
        cached: cached.sort(),
        ...(store ? { cache: store.stats } : {}),
    };
}
/** `render/<id>.yaml` for a target id (ids are repo-relative paths and never contain `..`). */
function outputPath(outDir, id) {
    return (0,external_node_path_.join)(outDir, `${id}.yaml`);
}
function entryBase(t, repo, outDir) {
    const output = relativeTo(repo, outputPath(outDir, t.id));
    const base = {
        id: t.id,
        env: t.env,
        kind: t.kind,
        source: t.source,
        output,
    };
    if (t.service)
        base.service = t.service;
    if (t.applications.length > 0)
        base.applications = t.applications.map((a) => `${a.file}#${a.name}`);
    return base;
}
function relativeTo(repo, path) {
    const r = path.startsWith(repo + "/") ? path.slice(repo.length + 1) : path;
    return r.split("\\").join("/");
}
function selected(t, o) {
    const envs = o.environments ?? [];
    const services = o.services ?? [];
    return ((envs.length === 0 || envs.includes(t.env)) &&
        (services.length === 0 || (t.service !== undefined && services.includes(t.service))));
}
/**
 * A finding about a target the filters left out is dropped; so is one about an Application that
 * could not become a target (`applications/<env>/<name>`) of an env the filters left out.
 */
function findingSelected(f, targets, selectedIds, o) {
    if (!f.target)
        return true;
    if (targets.some((t) => t.id === f.target))
        return selectedIds.has(f.target);
    const env = /^applications\/([^/]+)\//.exec(f.target)?.[1];
    const envs = o.environments ?? [];
    return envs.length === 0 || env === undefined || envs.includes(env === "_" ? "" : env);
}
function intersect(a, b) {
    return new Set([...a].filter((x) => b.has(x)));
}
/** index.json must be byte-identical across runs, so the timing stays in --json only. */
function withoutTime(result) {
    const entry = { ...result };
    delete entry.ms;
    return entry;
}
/**
 * Ends a run whose output could not be written (a full disk, a read-only folder). The targets
 * that were written keep their new output; every other target of this run loses its old one
 * (it would be stale) and is listed as failed, so render/index.json says what is on disk. If
 * not even the index can be written it is removed: lint then sees no index and renders again.
 */
function stopped(repo, outDir, targets, toRender, outcomes, previous, failure) {
    const done = new Map();
    for (const o of outcomes)
        if (o)
            done.set(o[0], o[1]);
    const attempted = new Set(toRender.map((t) => t.id));
    const shown = relativeTo(repo, outputPath(outDir, failure.id));
    const why = `not written: the run stopped because ${shown} could not be written (${failure.message})`;
    let written = 0;
    const entries = targets.map((t) => {
        const base = entryBase(t, repo, outDir);
        const outcome = done.get(t.id);
        if (outcome?.ok) {
            written++;
            return { ...base, status: "ok", resources: outcome.resources, sha256: sha256(outcome.yaml) };
        }
        if (attempted.has(t.id)) {
            removeQuietly(outputPath(outDir, t.id));
            const error = outcome ? (outcome.failure?.message ?? "failed") : why;
            return { ...base, status: "failed", resources: 0, sha256: "", error };
        }
        const old = previous.targets.find((p) => p.id === t.id && p.status === "ok");
        return { ...base, status: "skipped", resources: old?.resources ?? 0, sha256: old?.sha256 ?? "" };
    });
    const index = (0,external_node_path_.join)(outDir, INDEX_FILE);
    try {
        (0,write/* writeAtomic */.v)(index, formatIndex({ targets: entries }));
    }
    catch {
        // render/ itself refuses changes: the old index then stays, older than the inputs, so stale.
        removeQuietly(index);
    }
    throw new errors/* UserError */.yo(`${shown}: cannot write: ${failure.message}; the run stopped (${written} of ${toRender.length} target(s) written, render/index.json lists what is on disk)`, shown);
}
function removeQuietly(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { force: true });
    }
    catch {
        // A folder that refuses the removal refused the write too; the index does not list it.
    }
}

;// CONCATENATED MODULE: ./packages/render/src/private.ts




/**
 * Renders `only` into a temporary folder: a check scoped to a change (a pre-commit hook's staged
 * files) renders what the change feeds without turning the repository's render/ into a partial
 * render that a later `gitops lint` would take for a fresh one.
 */
async function renderPrivately(options) {
    const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-render-"));
    const dispose = () => {
        (0,external_node_fs_.rmSync)(outDir, { recursive: true, force: true });
    };
    try {
        if (options.only.size === 0)
            return { outDir, index: { targets: [] }, findings: [], dispose };
        const report = await render({
            repo: options.repo,
            model: options.model,
            outDir,
            only: options.only,
            ...(options.env ? { env: options.env } : {}),
        });
        // The entries as render made them: readIndex refuses outputs outside the repository, as it
        // should for a render/index.json that came with the repository.
        const targets = report.targets.map((t) => {
            const entry = { ...t };
            delete entry.ms;
            return entry;
        });
        return { outDir, index: { targets }, findings: report.findings, dispose };
    }
    catch (err) {
        dispose();
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/freshness.ts



/**
 * Why `render/` must be rendered again before linting, or undefined when it is fresh.
 * It is stale when index.json is missing, lists other targets than the repository has now, or
 * is older than any file a target reads (its input graph, folders included), `.gitops.yaml`
 * or any file that holds Argo CD objects. Comparing modification times keeps this cheap; a fresh
 * clone has no render/ at all, so CI always renders.
 */
function staleReason(repo, outDir, index, graphs, argoFiles = []) {
    const indexPath = (0,external_node_path_.join)(outDir, INDEX_FILE);
    if (!(0,external_node_fs_.existsSync)(indexPath))
        return "render/index.json is missing";
    const rendered = new Set(index.targets.map((t) => t.id));
    const current = [...graphs.keys()];
    if (current.length !== rendered.size || current.some((id) => !rendered.has(id))) {
        return "the targets changed since the last render";
    }
    const renderedAt = (0,external_node_fs_.statSync)(indexPath).mtimeMs;
    const files = new Set([".gitops.yaml", ...argoFiles]);
    const dirs = new Set();
    for (const g of graphs.values()) {
        for (const f of g.files)
            files.add(f);
        for (const d of g.dirs)
            dirs.add(d);
    }
    for (const f of files)
        if (newer((0,external_node_path_.join)(repo, f), renderedAt))
            return `${f} changed after the last render`;
    for (const d of dirs) {
        const hit = newestUnder((0,external_node_path_.join)(repo, d), renderedAt);
        if (hit)
            return `${d}/${hit} changed after the last render`;
    }
    return undefined;
}
function newer(path, than) {
    try {
        return (0,external_node_fs_.statSync)(path).mtimeMs > than;
    }
    catch {
        return false;
    }
}
function newestUnder(dir, than, depth = 0) {
    if (depth > 12)
        return undefined;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    for (const e of entries) {
        if (e.name.startsWith("."))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory()) {
            const hit = newestUnder(path, than, depth + 1);
            if (hit)
                return `${e.name}/${hit}`;
        }
        else if (newer(path, than))
            return e.name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/lint/src/prepare.ts





/**
 * render/ as it is, rendered again when stale, or for a change's scope a private render of the
 * targets it feeds: render/ is left as the last full render left it, so a later `gitops lint`
 * never takes a partial render for a fresh one.
 */
async function renderedIndex(model, graphs, scope, options) {
    const repo = model.repo;
    const env = options.env ? { env: options.env } : {};
    if (scope && options.render !== "never") {
        const own = await renderPrivately({ repo, model, only: scope.targets, ...env });
        if (scope.targets.size === 0)
            return { index: own.index, dispose: own.dispose };
        return {
            index: own.index,
            reason: `the change feeds ${scope.targets.size} target(s)`,
            rendered: own.findings,
            dispose: own.dispose,
        };
    }
    const outDir = (0,external_node_path_.join)(repo, "render");
    const index = readIndex(outDir);
    const noop = () => undefined;
    const reason = options.render === "never" ? undefined : staleReason(repo, outDir, index, graphs, model.argoFiles);
    if (!reason)
        return { index, dispose: noop };
    const report = await render({ repo, model, ...env });
    return { index: readIndex(outDir), reason, rendered: report.findings, dispose: noop };
}

// EXTERNAL MODULE: ./packages/core/src/model/scope.ts
var model_scope = __webpack_require__(4651);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./packages/core/src/yaml-depth.ts
var yaml_depth = __webpack_require__(2390);
;// CONCATENATED MODULE: ./packages/lint/src/yaml-style.ts
/**
 * The YAML style rules that lint's hygiene check reports and `gitops fmt` applies: one module, so
 * what fmt writes is what lint accepts.
 */

/** Values go-yaml v2 (what sigs.k8s.io/yaml and so kubectl, Helm and Argo CD use) reads as booleans. */
const YAML11_BOOLEANS = new Set(["y", "yes", "on", "n", "no", "off"].flatMap((w) => [
    w,
    w.toUpperCase(),
    (w[0]?.toUpperCase() ?? "") + w.slice(1),
]));
/**
 * How `gitops fmt` writes YAML: 2-space indentation with sequences indented under their key,
 * never folding long lines (a folded string is a diff nobody asked for), flow collections kept
 * compact as Kubernetes examples write them (`[a, b]`, `{a: 1}`).
 */
const YAML_FORMAT_OPTIONS = {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    // Only !!binary reads it with lineWidth 0 (and divides by it); base64 lines of 76 as MIME has.
    minContentWidth: 76,
    flowCollectionPadding: false,
};
let yaml11;
/**
 * The YAML 1.1 tags (booleans, sexagesimal and underscored numbers, timestamps) that a plain
 * string must not look like: set as a schema's `compat`, the `yaml` library quotes such a string
 * when it writes it, so Kubernetes (YAML 1.1) and YAML 1.2 tools read the same string.
 */
function yaml11Compat() {
    yaml11 ??= new dist/* Schema */.Sj({ compat: "yaml-1.1" }).compat;
    return yaml11;
}

;// CONCATENATED MODULE: ./packages/lint/src/sources.ts








/**
 * The source files of one lint run, each read once and parsed at most once per parser, shared
 * by the hygiene check and the source locator.
 *
 * Most files people write are plain YAML that js-yaml reads about ten times faster than the
 * careful loader (`parseYaml`, which keeps positions and comments). A file is `quick` when
 * js-yaml reads it and it holds nothing on which the two parsers may disagree or a hygiene rule
 * may fire (see `screen`): such a file has no hygiene finding, and its documents' kinds and names
 * are those the careful loader would give. Every other file goes through the careful loader, as
 * every file did before, so findings do not depend on which path a file took.
 */
class SourceFiles {
    repo;
    reads = new Map();
    careful = new Map();
    /** Document keys of a file that js-yaml read cleanly; null when it did not. */
    quick = new Map();
    constructor(repo) {
        this.repo = repo;
    }
    /** The file's text; a UserError when it is not UTF-8; the read's error is thrown as is. */
    text(rel) {
        let read = this.reads.get(rel);
        if (!read) {
            try {
                read = { text: (0,yaml/* decodeUtf8 */._6)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, rel)), rel) };
            }
            catch (err) {
                read = { error: err };
            }
            this.reads.set(rel, read);
        }
        if ("text" in read)
            return read.text;
        if (read.error instanceof errors/* UserError */.yo)
            return read.error;
        throw read.error;
    }
    /** The careful parse (`parseYaml`), or the UserError it threw. */
    parsed(rel, text) {
        let file = this.careful.get(rel);
        if (!file) {
            try {
                file = (0,yaml/* parseYaml */.hN)(text, rel);
            }
            catch (err) {
                if (!(err instanceof errors/* UserError */.yo))
                    throw err;
                file = err;
            }
            this.careful.set(rel, file);
        }
        return file;
    }
    /** True when the file is plain YAML that js-yaml reads: no hygiene finding, no parser doubt. */
    isQuick(rel, text) {
        return this.quickKeys(rel, text) !== null;
    }
    /** The file as `loadYamlFile` reads it for the locator: null when it cannot be read or parsed. */
    forLocator(rel) {
        try {
            const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.repo, rel));
            if (!st.isFile() || st.size > yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes)
                return null;
            const text = this.text(rel);
            if (text instanceof errors/* UserError */.yo)
                return null;
            const file = this.parsed(rel, text);
            return file instanceof errors/* UserError */.yo ? null : file;
        }
        catch {
            // loadYamlFile turns every read error into a UserError, which the locator skips.
            return null;
        }
    }
    /**
     * The kind and name of each document, for the locator: from js-yaml when the file is quick,
     * else from the careful parse. Null when the file cannot be read or parsed.
     */
    keys(rel) {
        let text;
        try {
            text = this.text(rel);
        }
        catch {
            return null;
        }
        if (text instanceof errors/* UserError */.yo)
            return null;
        const quick = this.careful.has(rel) ? null : this.quickKeys(rel, text);
        if (quick)
            return quick;
        const file = this.forLocator(rel);
        return file ? file.documents.map((d) => docKey(d.value)) : null;
    }
    quickKeys(rel, text) {
        let keys = this.quick.get(rel);
        if (keys === undefined) {
            keys = screen(text) ? readQuick(text) : null;
            this.quick.set(rel, keys);
        }
        return keys;
    }
}
function readQuick(text) {
    const keys = [];
    try {
        (0,js_yaml/* loadAll */.gh)(text, (doc) => keys.push(docKey(doc)), { schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch {
        return null;
    }
    // parseYaml refuses more documents than this; js-yaml may count empty ones differently.
    return keys.length > yaml/* DEFAULT_YAML_LIMITS */.fr.maxDocuments / 2 ? null : keys;
}
function docKey(value) {
    if (!(0,applications/* isObject */.Gv)(value))
        return { kind: "", name: "" };
    const metadata = value.metadata;
    const name = (0,applications/* isObject */.Gv)(metadata) ? metadata.name : undefined;
    const kind = value.kind;
    // A key that is not a string in one parser may be one in the other (`1_000`): keep the doc.
    if ((kind !== undefined && typeof kind !== "string") || (name !== undefined && typeof name !== "string"))
        return "any";
    return { kind: kind ?? "", name: name ?? "" };
}
/** A word that go-yaml v2 reads as a boolean, where a plain scalar may hold it (key or value). */
const YAML11_WORD = new RegExp(`(?:^|[\\s\\[{,:])(?:${[...YAML11_BOOLEANS].join("|")})(?=[\\s,\\]}:#]|$)`, "m");
/**
 * True when the text can take the quick path. Left to the careful loader: a tab (a hygiene
 * finding, and where parsers differ), a YAML 1.1 boolean word, and what js-yaml and the `yaml`
 * library may read differently or the careful loader caps: anchors, aliases, merge keys and tags,
 * directives, carriage returns, a `#` right after a quote or bracket, lines of spaces only (block
 * scalar indentation), lines over 1024 characters (implicit key length), flow collections over
 * several lines, and nesting near the depth cap. Each test is a plain scan: this runs on every file.
 */
function screen(text) {
    if (text.includes("\t") || text.includes("\r") || text.includes("<<"))
        return false;
    if (YAML11_WORD.test(text) || /^%|^ +$|["'\]}]#/m.test(text))
        return false;
    if (/[&*!]/.test(text) && /(?:^|[\s[{,:-])[&*!]/m.test(text))
        return false;
    let longest = 0;
    for (let at = 0; at < text.length;) {
        const end = text.indexOf("\n", at);
        const stop = end < 0 ? text.length : end;
        longest = Math.max(longest, stop - at);
        at = stop + 1;
    }
    if (longest > 1024)
        return false;
    const flow = text.includes("[") || text.includes("{");
    if (flow && !flowClosedPerLine(text))
        return false;
    // Deeper than the cap takes over 100 brackets, or a line of over 100 `- ` indicators.
    const shallow = !flow && longest <= 2 * yaml/* DEFAULT_YAML_LIMITS */.fr.maxDepth;
    return shallow || (0,yaml_depth/* tooDeepAt */.U)(text, yaml/* DEFAULT_YAML_LIMITS */.fr.maxDepth) === undefined;
}
/** Every line opens as many `[`/`{` as it closes (a flow collection over lines is left to the careful loader). */
function flowClosedPerLine(text) {
    for (const line of text.split("\n")) {
        if (!line.includes("[") && !line.includes("{"))
            continue;
        let depth = 0;
        for (const c of line) {
            if (c === "[" || c === "{")
                depth++;
            else if (c === "]" || c === "}")
                depth--;
        }
        if (depth !== 0)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/lint/src/hygiene.ts







/**
 * Folders that hold Kubernetes manifests (Helm templates excepted): the top folders of the
 * model's targets and Application files, and policies/. Never an output folder.
 */
function manifestFolders(repo, paths, outputDirs) {
    const tops = new Set(paths.filter((p) => p.includes("/")).map((p) => p.split("/")[0] ?? ""));
    tops.add("policies");
    return [...tops]
        .filter((t) => t && !t.startsWith(".") && !outputDirs.includes(t) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, t)))
        .filter((t) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, t)).isDirectory())
        .sort();
}
/**
 * YAML hygiene of the files people write, each an error with file:line: parse errors, duplicate
 * keys, tabs, and unquoted YAML 1.1 booleans (`yes`, `no`, `on`, `off`, `y`, `n`) that
 * Kubernetes reads as booleans while YAML 1.2 tools read them as strings. Only manifest folders
 * are checked (a GitHub workflow's `on:` is not a manifest), and never Helm templates, which are
 * not YAML until rendered.
 */
function checkHygiene(repo, folders, sources = new SourceFiles(repo)) {
    const findings = [];
    let files = 0;
    for (const folder of folders) {
        for (const rel of yamlFiles(repo, folder, false)) {
            files++;
            for (const f of checkFile(repo, rel, sources))
                findings.push(f);
        }
    }
    return { findings, files };
}
/**
 * The hygiene findings of one file (relative to `repo`). A file that `sources` finds plain
 * (js-yaml reads it, no tab, no YAML 1.1 boolean word) has none; the others are parsed with the
 * careful loader, whose parse the source locator then reuses.
 */
function checkFile(repo, rel, sources = new SourceFiles(repo)) {
    const findings = [];
    const text = sources.text(rel);
    if (text instanceof errors/* UserError */.yo)
        return [hygiene(rel, undefined, "yaml/parse-error", text.message)];
    if (sources.isQuick(rel, text))
        return [];
    let parsed;
    const result = sources.parsed(rel, text);
    if (result instanceof errors/* UserError */.yo) {
        const rule = /duplicate key/.test(result.message) ? "yaml/duplicate-key" : "yaml/parse-error";
        findings.push(hygiene(rel, result.line, rule, result.message.replace(/^\S+?:(\d+:)? /, "")));
    }
    else {
        parsed = result;
    }
    const blockLines = parsed ? blockScalarLines(parsed) : new Set();
    text.split("\n").forEach((line, i) => {
        if (line.includes("\t") && !blockLines.has(i + 1)) {
            findings.push(hygiene(rel, i + 1, "yaml/tab", "tab character: YAML indentation must be spaces, and tools disagree on tabs elsewhere"));
        }
    });
    if (parsed)
        findings.push(...yaml11Booleans(parsed));
    return findings;
}
function yaml11Booleans(file) {
    const out = [];
    for (const document of file.documents) {
        (0,dist/* visit */.YR)(document.doc, {
            Scalar(key, node) {
                if (node.type !== dist/* Scalar */.X5.PLAIN || typeof node.value !== "string" || !YAML11_BOOLEANS.has(node.value))
                    return;
                const line = node.range ? (0,yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[0]) : document.line;
                const what = key === "key" ? "key" : "value";
                const as = /^(y|yes|on)$/i.test(node.value) ? "true" : "false";
                out.push(hygiene(file.file, line, "yaml/yaml11-boolean", `unquoted ${what} ${node.value} is the boolean ${as} to Kubernetes (YAML 1.1) but the string "${node.value}" to YAML 1.2 tools; quote it ("${node.value}") or write ${as}`));
            },
        });
    }
    return out;
}
/** Lines inside `|` and `>` block scalars, where a tab is content. */
function blockScalarLines(file) {
    const lines = new Set();
    for (const document of file.documents) {
        (0,dist/* visit */.YR)(document.doc, {
            Scalar(_key, node) {
                if (!(0,dist/* isScalar */.jn)(node) || !node.range)
                    return;
                if (node.type !== dist/* Scalar */.X5.BLOCK_LITERAL && node.type !== dist/* Scalar */.X5.BLOCK_FOLDED)
                    return;
                const from = (0,yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[0]);
                const to = (0,yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[1]);
                for (let l = from; l <= to; l++)
                    lines.add(l);
            },
        });
    }
    return lines;
}
/** YAML files under `dir`, skipping dot folders and the templates/ and charts/ of Helm charts. */
function yamlFiles(repo, dir, inChart, depth = 0) {
    if (depth > 12)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const chart = inChart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
    const out = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith("."))
            continue;
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) {
            if (chart && (e.name === "templates" || e.name === "charts"))
                continue;
            out.push(...yamlFiles(repo, rel, chart, depth + 1));
        }
        else if (e.isFile() && /\.ya?ml$/i.test(e.name) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, rel)).size <= 8 * 1024 * 1024) {
            out.push(rel);
        }
    }
    return out;
}
function hygiene(file, line, rule, message) {
    const f = { tool: "lint", rule, severity: "error", message, file };
    if (line)
        f.line = line;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/changed.ts





/**
 * The YAML hygiene of a change's files (a commit's staged files, say): those in manifest
 * folders, never a Helm chart's templates/ or charts/, as the full pass skips them.
 */
function checkHygieneOf(repo, scope, folders, sources = new SourceFiles(repo)) {
    const files = [...scope.files].filter((f) => /\.ya?ml$/i.test(f) && folders.some((d) => (0,model_scope/* isUnder */.Jo)(f, d)) && !inChartInternals(repo, f));
    return { findings: files.flatMap((f) => checkFile(repo, f, sources)), files: files.length };
}
/** True when a folder above `file` is a chart (holds Chart.yaml) and the file is in its templates/ or charts/. */
function inChartInternals(repo, file) {
    const parts = file.split("/");
    for (let i = parts.length - 2; i >= 1; i--) {
        if (parts[i] !== "templates" && parts[i] !== "charts")
            continue;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, external_node_path_.posix.join(...parts.slice(0, i)), "Chart.yaml")))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/lint/src/schema/check.ts
/** Most schema findings reported per resource: one broken template must not flood the report. */
const MAX_ERRORS_PER_RESOURCE = 20;
/**
 * Validates every rendered resource against its kind's schema. A kind no schema knows is
 * reported once per kind at the configured severity (`lint.missingSchema`), naming the kind,
 * rather than silently skipped.
 */
function checkSchemas(resources, catalog, missing, locate) {
    const findings = [];
    const reportedMissing = new Set();
    for (const r of resources) {
        if (!r.apiVersion || !r.kind) {
            findings.push(finding(r, locate(r, []), "schema/not-an-object", "error", `not a Kubernetes object: apiVersion and kind are required`));
            continue;
        }
        const schema = catalog.lookup(r.apiVersion, r.kind);
        if (!schema) {
            const severity = missingSeverity(missing, r.apiVersion, r.kind);
            const key = `${r.target.id} ${r.apiVersion}/${r.kind}`;
            if (severity !== "off" && !reportedMissing.has(key)) {
                reportedMissing.add(key);
                findings.push(finding(r, locate(r, []), "schema/missing", severity, `no schema for ${r.kind} (${r.apiVersion}) in Kubernetes ${catalog.kubeVersion}, the bundled CRDs or the CRDs this repository renders: not validated; render its CRD or set lint.missingSchema.kinds.${r.kind} in .gitops.yaml`));
            }
            continue;
        }
        if (schema.validate(r.value))
            continue;
        for (const err of relevant(schema.validate.errors ?? []).slice(0, MAX_ERRORS_PER_RESOURCE)) {
            const path = pointerPath(err.instancePath);
            const { rule, message, at } = describe(err, path);
            findings.push(finding(r, locate(r, at), rule, "error", message));
        }
    }
    return findings;
}
/** The severity for a kind without a schema: `apiVersion/Kind`, then `Kind`, then the default. */
function missingSeverity(missing, apiVersion, kind) {
    const s = missing.kinds[`${apiVersion}/${kind}`] ?? missing.kinds[kind] ?? missing.default;
    return s === "off" ? "off" : s;
}
/** ajv reports every failed branch of an anyOf; keep the errors a reader can act on. */
function relevant(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if")
            continue;
        const key = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(e);
    }
    return out;
}
function describe(err, path) {
    const where = dotted(path);
    switch (err.keyword) {
        case "additionalProperties": {
            const field = err.params.additionalProperty;
            const at = [...path, field];
            return { rule: "schema/unknown-field", message: `unknown field "${dotted(at)}"`, at };
        }
        case "required": {
            const field = err.params.missingProperty;
            return {
                rule: "schema/required",
                message: `missing required field "${dotted([...path, field])}"`,
                at: path,
            };
        }
        case "type": {
            const expected = String(err.params.type)
                .split(",")
                .filter((t) => t !== "null")
                .join(" or ");
            return { rule: "schema/type", message: `"${where}" must be ${expected}`, at: path };
        }
        case "enum": {
            const allowed = err.params.allowedValues.filter((v) => v !== null);
            return {
                rule: "schema/enum",
                message: `"${where}" must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`,
                at: path,
            };
        }
        default:
            return { rule: "schema/invalid", message: `"${where}" ${err.message ?? "is invalid"}`, at: path };
    }
}
/** `/spec/containers/0/name` → ["spec", "containers", 0, "name"]. */
function pointerPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `spec.containers[0].name`, the way kubectl names fields. */
function dotted(path) {
    let out = "";
    for (const p of path)
        out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
    return out || "(root)";
}
function finding(r, at, rule, severity, message) {
    const f = {
        tool: "lint",
        rule,
        severity,
        message: `${r.kind}${r.name ? ` ${r.name}` : ""}: ${message}`,
        file: at.file,
        target: r.target.id,
        resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
    };
    if (at.line)
        f.line = at.line;
    if (r.namespace && f.resource)
        f.resource.namespace = r.namespace;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/kubeconform.ts





/**
 * Validates the rendered outputs with the kubeconform binary instead of the bundled schemas, so
 * teams keep their own schema catalogs (`lint.schemaLocations`). Runs
 * `kubeconform -output json -summary [-strict] -kubernetes-version X -schema-location ... files`
 * and maps each invalid resource (and each validation error) to a Finding on its source.
 */
async function runKubeconform(options) {
    const bin = (0,locate/* findTool */.SG)("kubeconform", options.env);
    if (!bin) {
        throw new errors/* UserError */.yo('lint.schemaEngine is "kubeconform" but no kubeconform binary was found on PATH or in the tool cache; install it with setup-tools (or `gitops tools install kubeconform`), or use schemaEngine: builtin');
    }
    const args = ["-output", "json", "-summary", "-kubernetes-version", `${options.kubeVersion}.0`];
    if (options.config.strict)
        args.push("-strict");
    for (const loc of options.config.schemaLocations)
        args.push("-schema-location", loc);
    args.push(...options.files);
    const result = await (0,exec/* runTool */.q)(bin, args, {
        cwd: options.repo,
        env: options.env ?? process.env,
        timeoutMs: 600_000,
    });
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        const why = result.timedOut ? "timed out" : (result.stderr.trim().split("\n")[0] ?? "no output");
        throw new errors/* UserError */.yo(`kubeconform (${bin}) did not print JSON: ${why}`);
    }
    const byKey = new Map(options.resources.map((r) => [`${r.output}|${r.kind}|${r.name}`, r]));
    const findings = [];
    for (const res of parsed.resources ?? []) {
        const file = res.filename.startsWith(options.repo)
            ? res.filename.slice(options.repo.length + 1)
            : res.filename;
        const resource = byKey.get(`${file}|${res.kind}|${res.name}`);
        const base = (at) => {
            if (!resource)
                return { file };
            const loc = options.locate(resource, at);
            const out = {
                file: loc.file,
                target: resource.target.id,
                resource: { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name },
            };
            if (loc.line)
                out.line = loc.line;
            return out;
        };
        const label = `${res.kind}${res.name ? ` ${res.name}` : ""}`;
        if (res.status === "statusInvalid") {
            const errors = res.validationErrors?.length ? res.validationErrors : [{ path: "", msg: res.msg }];
            for (const e of errors) {
                const at = e.path
                    .split("/")
                    .slice(1)
                    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
                findings.push({
                    tool: "lint",
                    rule: /additional ?propert/i.test(e.msg) ? "schema/unknown-field" : "schema/invalid",
                    severity: "error",
                    message: `${label}: ${at.length ? `"${dotted(at)}" ` : ""}${e.msg} (kubeconform)`,
                    ...base(at),
                });
            }
        }
        else if (res.status === "statusError") {
            const missing = /could not find schema/i.test(res.msg);
            const severity = missing
                ? missingSeverity(options.config.missingSchema, res.version, res.kind)
                : "error";
            if (severity === "off")
                continue;
            findings.push({
                tool: "lint",
                rule: missing ? "schema/missing" : "schema/invalid",
                severity,
                message: `${label}: ${res.msg} (kubeconform)`,
                ...base([]),
            });
        }
    }
    return { findings, summary: parsed.summary ?? { valid: 0, invalid: 0, errors: 0, skipped: 0 } };
}
/** The rendered output files kubeconform reads, absolute. */
function outputFiles(repo, outputs) {
    return outputs.map((o) => join(repo, o));
}

;// CONCATENATED MODULE: ./packages/lint/src/locate.ts





/**
 * Maps findings on rendered resources back to the files people edit.
 *
 * - Helm: the `# Source: <chart>/templates/x.yaml` comment names the template; the line is the
 *   first line of the template that holds the deepest key of the field's path (best effort:
 *   templates are not YAML until rendered).
 * - kustomize and plain folders: the renderer does not add origin annotations, so the target's
 *   input files (its input graph) are searched for documents of the same kind and name; the one
 *   holding most of the field's path wins (a patch that adds the field beats the base), and its
 *   line comes from core's `lineAt`.
 * - Otherwise: the target's folder (its kustomization or Chart.yaml when it has one).
 */
class SourceLocator {
    repo;
    graphs;
    sources;
    inputs = new Map();
    constructor(repo, graphs, sources = new SourceFiles(repo)) {
        this.repo = repo;
        this.graphs = graphs;
        this.sources = sources;
    }
    locate(resource, path) {
        const source = resource.target.source;
        if (resource.helmSource)
            return this.helm(source, resource.helmSource, path);
        let best;
        for (const rel of this.inputFiles(resource.target.id)) {
            // Only files with a document of the same kind and name are parsed with the careful loader.
            const keys = this.sources.keys(rel);
            if (!keys?.some((k) => k === "any" || sameKey(k, resource)))
                continue;
            const file = this.sources.forLocator(rel);
            if (!file)
                continue;
            for (const doc of file.documents) {
                if (!sameObject(doc.value, resource))
                    continue;
                const depth = existingDepth(doc.value, path);
                if (!best || depth > best.depth)
                    best = { file, doc, depth };
            }
        }
        if (best)
            return { file: best.file.file, line: (0,yaml/* lineAt */.mh)(best.file, best.doc, path.slice(0, best.depth)) };
        return { file: targetFile(this.repo, source) };
    }
    helm(chartDir, helmSource, path) {
        // "<chart name>/templates/x.yaml": the chart name is the folder here, whatever it is called.
        const file = external_node_path_.posix.join(chartDir, helmSource.split("/").slice(1).join("/"));
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, file), "utf8");
        }
        catch {
            return { file: targetFile(this.repo, chartDir) };
        }
        const lines = text.split("\n");
        for (const key of [...path].reverse()) {
            if (typeof key !== "string")
                continue;
            const re = new RegExp(`^\\s*(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
            const i = lines.findIndex((l) => re.test(l));
            if (i >= 0)
                return { file, line: i + 1 };
        }
        return { file, line: 1 };
    }
    inputFiles(targetId) {
        let files = this.inputs.get(targetId);
        if (!files) {
            const g = this.graphs.get(targetId);
            const set = new Set();
            for (const f of g?.files ?? [])
                if (/\.ya?ml$/i.test(f))
                    set.add(f);
            for (const d of g?.dirs ?? [])
                for (const f of yamlFilesUnder(this.repo, d))
                    set.add(f);
            files = [...set].sort();
            this.inputs.set(targetId, files);
        }
        return files;
    }
}
function sameObject(value, r) {
    if (!(0,applications/* isObject */.Gv)(value) || !(0,applications/* isObject */.Gv)(value.metadata) || typeof value.kind !== "string")
        return false;
    const name = value.metadata.name;
    return typeof name === "string" && sameKey({ kind: value.kind, name }, r);
}
function sameKey(key, r) {
    // kustomize namePrefix/nameSuffix change the rendered name; the source name is inside it.
    return key.kind === r.kind && key.name !== "" && (key.name === r.name || r.name.includes(key.name));
}
/** How many leading segments of `path` exist in `value`. */
function existingDepth(value, path) {
    let node = value;
    let depth = 0;
    for (const seg of path) {
        if (Array.isArray(node) && typeof seg === "number" && seg < node.length)
            node = node[seg];
        else if ((0,applications/* isObject */.Gv)(node) && typeof seg === "string" && seg in node)
            node = node[seg];
        else
            break;
        depth++;
    }
    return depth;
}
function targetFile(repo, dir) {
    for (const f of ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, dir, f)))
            return external_node_path_.posix.join(dir, f);
    }
    return dir;
}
function yamlFilesUnder(repo, dir, depth = 0) {
    if (depth > 8)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const e of entries) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.name.startsWith("."))
            continue;
        if (e.isDirectory() && e.name !== "templates" && e.name !== "charts")
            out.push(...yamlFilesUnder(repo, rel, depth + 1));
        else if (e.isFile() && /\.ya?ml$/i.test(e.name) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, rel)).size < 4 * 1024 * 1024)
            out.push(rel);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/rendered.ts







/** Rendered output is machine-written and can be large: thousands of resources in one file. */
const RENDERED_LIMITS = rendered_yaml/* RENDERED_LIMITS */.v;
/**
 * Reads the outputs of every target that rendered (`status: ok`) with core's fast reader for
 * machine-written YAML (`parseRenderedYaml`): findings point at source files, not at render/,
 * so these documents need values and starts, not the comment-keeping Document.
 * An output that is missing or unreadable is an error finding on its target, not a crash.
 */
function readRendered(repo, targets) {
    const resources = [];
    const findings = [];
    const digests = new Map();
    for (const target of targets) {
        if (target.status !== "ok")
            continue;
        // resolve: a private render's outputs (a change's scope) lie outside the repository.
        const path = (0,external_node_path_.resolve)(repo, target.output);
        let documents;
        try {
            const bytes = (0,external_node_fs_.readFileSync)(path);
            documents = (0,rendered_yaml/* parseRenderedYaml */.I)((0,yaml/* decodeUtf8 */._6)(bytes, target.output), target.output);
            digests.set(target.id, outputDigest(bytes));
        }
        catch (err) {
            // Asked only when the read failed: an existsSync per target was a stat per output.
            if (!(0,external_node_fs_.existsSync)(path)) {
                findings.push(renderedError(target, `${target.output} is missing; run "gitops render"`));
                continue;
            }
            if (!(err instanceof errors/* UserError */.yo))
                throw err;
            findings.push(renderedError(target, err.message));
            continue;
        }
        for (const document of documents) {
            const value = document.value;
            if (!(0,applications/* isObject */.Gv)(value))
                continue;
            const metadata = (0,applications/* isObject */.Gv)(value.metadata) ? value.metadata : {};
            const resource = {
                target,
                output: target.output,
                line: document.line,
                value,
                apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
                kind: typeof value.kind === "string" ? value.kind : "",
                name: typeof metadata.name === "string" ? metadata.name : "",
            };
            if (typeof metadata.namespace === "string")
                resource.namespace = metadata.namespace;
            const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
            if (source)
                resource.helmSource = source;
            resources.push(resource);
        }
    }
    return { resources, findings, digests };
}
function renderedError(target, message) {
    return { tool: "lint", rule: "rendered-unreadable", severity: "error", message, target: target.id };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/lint/src/schema/bundle.ts



let cached;
/**
 * The bundled schemas, read and inflated once per process. The path is a literal URL beside
 * this module so ncc copies the file into dist/ next to the bundle.
 */
function schemaBundle() {
    cached ??= JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(3681), __webpack_require__.b), "utf8"), "base64")).toString("utf8"));
    return cached;
}
/** Kubernetes minors with bundled schemas, oldest first. */
function bundledVersions() {
    return Object.keys(schemaBundle().kubernetes).sort(compareMinor);
}
/**
 * The minor to validate against: `requested` (e.g. "1.33", "v1.33.2"), else `fallback`
 * (render.kubeVersion), else the newest bundled. A requested minor that is not bundled is a
 * `UserError` naming the ones that are; an unbundled fallback falls back to the newest.
 */
function resolveKubeVersion(requested, fallback = "") {
    const versions = bundledVersions();
    const newest = versions.at(-1) ?? schemaBundle().defaultVersion;
    if (requested) {
        const minor = toMinor(requested);
        if (!minor || !versions.includes(minor))
            throw new errors/* UserError */.yo(`Kubernetes version "${requested}" has no bundled schemas; choose one of ${versions.join(", ")}`);
        return minor;
    }
    const minor = toMinor(fallback);
    return minor && versions.includes(minor) ? minor : newest;
}
function toMinor(v) {
    const m = /^v?(\d+)\.(\d+)(\.\d+)?$/.exec(v.trim());
    return m ? `${m[1] ?? ""}.${m[2] ?? ""}` : undefined;
}
function compareMinor(a, b) {
    const [am = 0, an = 0] = a.split(".").map(Number);
    const [bm = 0, bn = 0] = b.split(".").map(Number);
    return am - bm || an - bn;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./packages/cache/src/validators.ts
var validators = __webpack_require__(4291);
;// CONCATENATED MODULE: ./packages/lint/src/schema/catalog.ts




/** `"$ref":"#/definitions/<name>"` in a bundled definition's JSON (a property named `$ref` is an object, never matched). */
const LOCAL_REF = /"\$ref":"#\/definitions\/([^"]+)"/g;
/** `"$ref":"<set>:<name>"`: a definition registered on its own (see {@link SchemaCatalog.register}). */
const SET_REF = /"\$ref":"(k8s|crds):([^"]+)"/g;
/**
 * Every schema `gitops lint` knows, for one Kubernetes minor: the bundled Kubernetes and CRD
 * schemas plus the CRDs the repository renders (which win: the repo's own CRD is the truth).
 * A kind's validator is compiled by ajv on first use and cached, so each kind is compiled once
 * per run however many resources it has. Bundled definitions reach ajv one by one, only those a
 * compiled kind refers to (`k8s:<name>`, `crds:<name>`): registering all 2,500 costs ajv a walk
 * of every one, more than most runs spend compiling.
 */
class SchemaCatalog {
    kubeVersion;
    /** Made on the first compile: a run whose validators all come from the cache needs no ajv. */
    ajvInstance;
    kinds = new Map();
    compiled = new Map();
    /** Keys (`group/version/Kind`) of custom resources: the bundled CRD set and the repo's CRDs. */
    custom = new Set();
    /** The repo's CRD schemas (loosened as configured) by ajv id, in the order they were added. */
    repoSchemas = new Map();
    strict;
    cache;
    /** Bundled definitions registered with the current ajv (`k8s:<name>`). */
    registered = new Set();
    /** The `{ $ref }` schemas added to the current ajv, one per compiled ref. */
    wrappers = new Set();
    constructor(kubeVersion, options = {}) {
        this.kubeVersion = kubeVersion;
        this.strict = options.strict ?? true;
        this.cache = (0,validators/* compiledSchemaCache */.VQ)();
        const bundle = schemaBundle();
        const k8s = bundle.kubernetes[kubeVersion];
        if (!k8s)
            throw new Error(`no bundled schemas for Kubernetes ${kubeVersion}`);
        this.index("k8s", k8s, `Kubernetes ${kubeVersion}`);
        this.index("crds", bundle.crds, "");
    }
    /** Adds the served versions of CRDs the repository renders; they replace bundled schemas of the same kind. */
    addRepoCrds(crds) {
        for (const crd of crds) {
            // No ":" or "/" in the id: it must not read as a URI scheme or path beside "k8s:<name>".
            const id = `repo-crd-${crd.key.replace(/[/:]/g, "_")}`;
            if (this.repoSchemas.has(id))
                continue;
            const schema = this.loosen(crd.schema);
            this.repoSchemas.set(id, schema);
            this.ajvInstance?.addSchema(schema, id);
            this.kinds.set(crd.key, {
                ref: id,
                namespaced: crd.namespaced,
                source: `CRD rendered by ${crd.target}`,
            });
            this.custom.add(crd.key);
            this.compiled.delete(crd.key);
        }
    }
    /** The validator for `apiVersion`/`kind`, or undefined when no schema knows the kind. */
    lookup(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        let hit = this.compiled.get(key);
        if (hit === undefined) {
            const entry = this.kinds.get(key);
            hit = entry
                ? { validate: this.validator(entry.ref), namespaced: entry.namespaced, source: entry.source }
                : null;
            this.compiled.set(key, hit);
        }
        return hit ?? undefined;
    }
    /** ajv's validator for `ref`, through the persistent cache when the run has one. */
    validator(ref) {
        const compile = () => {
            const ajv = this.ajv();
            const repo = this.repoSchemas.get(ref);
            if (repo === undefined)
                this.register(ajv, ref);
            else
                for (const m of JSON.stringify(repo).matchAll(SET_REF))
                    this.register(ajv, `${m[1]}:${m[2]}`);
            // Added without the meta-schema check that `ajv.compile` runs: the `$ref` wrapper is ours,
            // and checking it made ajv compile draft-07's own validator, more than a small kind costs.
            const id = `use-${ref}`;
            if (!this.wrappers.has(id)) {
                ajv.addSchema({ $ref: ref }, id, undefined, false);
                this.wrappers.add(id);
            }
            const validate = ajv.getSchema(id);
            if (!validate)
                throw new Error(`schema ${ref} did not compile`);
            return validate;
        };
        if (!this.cache)
            return compile();
        // A repo CRD's validator is keyed by every repo schema (one could refer to another); a
        // bundled kind's by the bundle, which the code identity covers, and the Kubernetes minor.
        const key = {
            ref,
            kubeVersion: this.kubeVersion,
            strict: this.strict,
            repo: ref.startsWith("repo-crd-") ? (0,src_key/* cacheKey */.k)([...this.repoSchemas]) : null,
        };
        return (0,validators/* cachedValidator */.rg)(this.cache, key, compile, (v) => (0,validators/* standaloneSource */.v6)(this.ajv(), v));
    }
    ajv() {
        if (this.ajvInstance)
            return this.ajvInstance;
        // Formats are not checked (kubeconform's default too); unknown keywords such as
        // x-kubernetes-* in repo CRDs are ignored rather than rejected. ajv's optimizing pass over
        // the generated code (constant folding, unused names) costs a third of a compile and buys
        // nothing measurable for objects this small: off. `code.source` keeps the generated code,
        // for the cache.
        const ajv = new dist_ajv.Ajv({
            allErrors: true,
            strict: false,
            validateFormats: false,
            code: { optimize: false, ...(this.cache ? { source: true } : {}) },
        });
        for (const [id, schema] of this.repoSchemas)
            ajv.addSchema(schema, id);
        this.ajvInstance = ajv;
        return ajv;
    }
    /**
     * Registers the bundled definition `ref` (`k8s:<name>` or `crds:<name>`) and every definition
     * it refers to, each under its own id, with its `#/definitions/` refs rewritten to those ids.
     * A name the set lacks is left out: ajv then reports the missing ref at compile, as it would
     * with the whole set registered. No meta-schema check: the bundle is our own, and
     * test/lint/schema-bundle-meta.test.ts checks it once.
     */
    register(ajv, ref) {
        const bundle = schemaBundle();
        const pending = [ref];
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
            if (this.registered.has(next))
                continue;
            this.registered.add(next);
            const colon = next.indexOf(":");
            const id = next.slice(0, colon);
            const set = id === "k8s" ? bundle.kubernetes[this.kubeVersion] : bundle.crds;
            const index = set?.defs[next.slice(colon + 1)];
            if (index === undefined)
                continue;
            const json = JSON.stringify(bundle.pool[index]);
            for (const m of json.matchAll(LOCAL_REF))
                pending.push(`${id}:${m[1] ?? ""}`);
            const schema = this.loosen(JSON.parse(json.replace(LOCAL_REF, `"$ref":"${id}:$1"`)));
            ajv.addSchema(schema, next, undefined, false);
        }
    }
    /** Custom resource kinds (`group/Kind`, any version) a schema knows: bundled CRDs and the repo's. */
    crdKinds() {
        return new Set([...this.custom].map(groupKind));
    }
    /** The custom resource kind (`group/Kind`) of `apiVersion`/`kind`, when it is one a schema knows. */
    crdKind(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        return this.custom.has(key) ? groupKind(key) : undefined;
    }
    /** Whether the kind is namespaced, when a schema knows it (without compiling it). */
    namespaced(apiVersion, kind) {
        return this.kinds.get(`${apiVersion}/${kind}`)?.namespaced;
    }
    /** The kinds of a bundled set; their definitions reach ajv only when one is compiled. */
    index(id, set, source) {
        for (const [key, [ref, namespaced, pkg]] of Object.entries(set.kinds)) {
            this.kinds.set(key, {
                ref: `${id}:${ref}`,
                namespaced: namespaced === 1,
                source: pkg ?? source,
            });
            if (id === "crds")
                this.custom.add(key);
        }
    }
    /** With `strict: false`, unknown fields pass: every closed object is opened. */
    loosen(schema) {
        if (this.strict)
            return schema;
        return JSON.parse(JSON.stringify(schema).replaceAll('"additionalProperties":false', '"additionalProperties":true'));
    }
}
/** `group/Kind` of a `group/version/Kind` key: one kind however many versions it serves. */
function groupKind(key) {
    const parts = key.split("/");
    return `${parts.slice(0, -2).join("/")}/${parts.at(-1) ?? ""}`;
}

;// CONCATENATED MODULE: ./packages/lint/src/schema/crd.ts

/** The served versions of a rendered `apiextensions.k8s.io/v1` CustomResourceDefinition. */
function crdVersions(crd, target) {
    if (!(0,applications/* isObject */.Gv)(crd) || crd.kind !== "CustomResourceDefinition" || !(0,applications/* isObject */.Gv)(crd.spec))
        return [];
    const spec = crd.spec;
    const names = (0,applications/* isObject */.Gv)(spec.names) ? spec.names : {};
    if (typeof spec.group !== "string" || typeof names.kind !== "string")
        return [];
    const out = [];
    for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
        if (!(0,applications/* isObject */.Gv)(v) || typeof v.name !== "string" || v.served === false)
            continue;
        const validation = (0,applications/* isObject */.Gv)(v.schema) ? v.schema.openAPIV3Schema : undefined;
        if (!(0,applications/* isObject */.Gv)(validation))
            continue;
        out.push({
            key: `${spec.group}/${v.name}/${names.kind}`,
            namespaced: spec.scope !== "Cluster",
            schema: rootSchema(validation),
            target,
        });
    }
    return out;
}
/** The CRD's root schema: metadata is the full ObjectMeta (CRDs say only `type: object`). */
function rootSchema(schema) {
    const strict = strictCrdSchema(schema);
    const properties = (0,applications/* isObject */.Gv)(strict.properties) ? { ...strict.properties } : {};
    properties.apiVersion = { type: "string" };
    properties.kind = { type: "string" };
    properties.metadata = { $ref: "k8s:V1ObjectMeta" };
    return { ...strict, type: "object", properties };
}
/**
 * A structural CRD schema as the API server applies it: fields not in `properties` are pruned,
 * so they are unknown fields here (additionalProperties: false) unless the schema keeps them
 * (`x-kubernetes-preserve-unknown-fields`) or is a map (`additionalProperties`). Int-or-string,
 * nullable and embedded resources become plain JSON schema; other `x-kubernetes-*` keys are
 * left for ajv to ignore.
 */
function strictCrdSchema(schema) {
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === "properties" && (0,applications/* isObject */.Gv)(value)) {
            out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (0,applications/* isObject */.Gv)(v) ? strictCrdSchema(v) : v]));
        }
        else if ((key === "items" || key === "additionalProperties" || key === "not") && (0,applications/* isObject */.Gv)(value)) {
            out[key] = strictCrdSchema(value);
        }
        else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
            out[key] = value.map((v) => ((0,applications/* isObject */.Gv)(v) ? strictCrdSchema(v) : v));
        }
        else if (key !== "default" && key !== "example" && !key.startsWith("x-kubernetes-")) {
            out[key] = value;
        }
    }
    if (schema["x-kubernetes-int-or-string"] === true) {
        out.type = ["integer", "string"];
        delete out.format;
    }
    if (schema["x-kubernetes-embedded-resource"] === true) {
        const props = (0,applications/* isObject */.Gv)(out.properties) ? { ...out.properties } : {};
        props.apiVersion ??= { type: "string" };
        props.kind ??= { type: "string" };
        props.metadata ??= { type: "object" };
        out.properties = props;
    }
    const closed = (0,applications/* isObject */.Gv)(out.properties) &&
        out.additionalProperties === undefined &&
        schema["x-kubernetes-preserve-unknown-fields"] !== true;
    if (closed)
        out.additionalProperties = false;
    if (schema.nullable === true && typeof out.type === "string")
        out.type = [out.type, "null"];
    delete out.nullable;
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/target-cache.ts



/**
 * The schema pass (and the sync-wave check on rendered objects), the part of lint whose cost
 * grows with every target, run target by target: a target's findings depend only on its own
 * resources, its input files (where findings are located), the schema set and the lint config.
 * With a cache, a target whose key is unchanged takes its findings from there. The result is
 * the same list, in the same order, as one pass over every resource: schema findings target by
 * target, then sync-wave findings target by target.
 */
function schemaPass(input) {
    const byTarget = new Map();
    for (const r of input.resources) {
        const list = byTarget.get(r.target.id);
        if (list)
            list.push(r);
        else
            byTarget.set(r.target.id, [r]);
    }
    const fresh = (resources) => ({
        schema: checkSchemas(resources, input.catalog, input.config.missingSchema, input.locate),
        waves: renderedSyncWaves(resources, input.locate),
    });
    const results = input.cache
        ? new TargetResults(input.cache, "lint-target", input.hasher ?? new FileHasher(input.repo, input.outputDirs), {
            kubeVersion: input.catalog.kubeVersion,
            strict: input.strict,
            config: input.config,
            // The repo's CRDs feed every target's catalog: a CRD change re-checks every target.
            crds: input.crds.map((c) => [c.key, c.namespaced, c.schema]),
        }, isTargetLint)
        : undefined;
    const schema = [];
    const waves = [];
    for (const target of input.targets) {
        const resources = byTarget.get(target.id);
        if (!resources)
            continue;
        const graph = input.graphs.get(target.id);
        const digest = input.digests.get(target.id);
        const one = results && digest !== undefined
            ? results.through({
                id: target.id,
                source: target.source,
                renderedSha256: digest,
                // SourceLocator reads the graph's YAML files sorted, and the YAML under its folders.
                inputs: { files: [...(graph?.files ?? [])].sort(), dirs: graph?.dirs ?? [] },
            }, () => fresh(resources))
            : fresh(resources);
        for (const f of one.schema)
            schema.push(f);
        for (const f of one.waves)
            waves.push(f);
    }
    return { schema, waves };
}
function isTargetLint(v) {
    const r = v;
    return typeof r === "object" && r !== null && Array.isArray(r.schema) && Array.isArray(r.waves);
}

;// CONCATENATED MODULE: ./packages/lint/src/lint.ts



















/**
 * `gitops lint`: renders when render/ is missing or stale, then validates every rendered
 * resource against its schema (bundled Kubernetes and CRD schemas plus the repo's own CRDs, or
 * kubeconform), checks the Argo CD objects under argo-apps/ against the repository, and checks
 * the YAML hygiene of the manifest folders. Every finding names a source file and, when it can,
 * a line.
 */
async function lint(options) {
    const cache = options.cache === false ? undefined : options.cache;
    if (!cache)
        return lintWith(options, undefined);
    // The catalog finds compiled validators through the module's cache setting: this run's store.
    return (0,validators/* withCompiledSchemaCache */.Pr)(cache, () => lintWith(options, cache));
}
async function lintWith(options, cache) {
    const layout = options.model ?? (await (0,load/* loadModel */.c)(options.repo, options.env ? { env: options.env } : {}));
    const repo = layout.repo;
    const config = layout.config.lint;
    const kubeVersion = resolveKubeVersion(options.kubeVersion ?? config.kubeVersion, layout.config.render.kubeVersion);
    const strict = options.strict ?? config.strict;
    const engine = options.schemaEngine ?? config.schemaEngine;
    const repoURLs = layout.repoURLs;
    if (layout.targets.length === 0)
        throw (0,report/* noTargets */.UV)(layout);
    const scope = options.files
        ? (0,model_scope/* changeScope */.TQ)(layout, options.files, options.cwd !== undefined ? { cwd: options.cwd } : {})
        : undefined;
    const graphs = new Map(layout.targets.map((t) => [t.id, layout.graph(t.id)]));
    const findings = [];
    const { index, reason, rendered, dispose } = await renderedIndex(layout, graphs, scope, options);
    try {
        if (rendered) {
            // lint's Argo CD checks report bad Application sources with a line; render's note would repeat them.
            findings.push(...rendered.filter((f) => f.rule !== "application-source"));
        }
        else {
            findings.push(...layout.findings.filter((f) => f.rule !== "application-source"), ...freshRenderFindings(index));
        }
        const checked = scope ? index.targets.filter((t) => scope.targets.has(t.id)) : index.targets;
        const { resources, findings: unreadable, digests } = readRendered(repo, checked);
        findings.push(...unreadable);
        const catalog = new SchemaCatalog(kubeVersion, { strict });
        const crds = resources.flatMap((r) => crdVersions(r.value, r.target.id));
        catalog.addRepoCrds(crds);
        // One read and parse per source file, shared by the locator and the hygiene check.
        const sources = new SourceFiles(repo);
        const locator = new SourceLocator(repo, graphs, sources);
        const locate = locator.locate.bind(locator);
        if (engine === "kubeconform") {
            const outputs = checked.filter((t) => t.status === "ok").map((t) => t.output);
            const result = await runKubeconform({
                repo,
                files: outputs,
                resources,
                config: { ...config, strict },
                kubeVersion,
                locate,
                ...(options.env ? { env: options.env } : {}),
            });
            findings.push(...result.findings);
            findings.push(...renderedSyncWaves(resources, locate));
        }
        else {
            // Per target, and from the cache for a target whose inputs are unchanged.
            const pass = schemaPass({
                repo,
                resources,
                digests,
                targets: checked,
                catalog,
                config,
                strict,
                crds,
                locate,
                graphs,
                outputDirs: layout.outputDirs,
                ...(cache ? { cache, hasher: modelHasher(layout) } : {}),
            });
            for (const f of pass.schema)
                findings.push(f);
            for (const f of pass.waves)
                findings.push(f);
        }
        const byTarget = new Map();
        for (const r of resources) {
            const list = byTarget.get(r.target.id);
            if (list)
                list.push(r);
            else
                byTarget.set(r.target.id, [r]);
        }
        // Where findings sit in Argo CD files that did not change: from the cache, without a careful parse.
        const lines = cache ? FileLines.open(cache, modelHasher(layout), layout.argoFiles) : undefined;
        const argo = checkArgo({
            repo,
            environments: layout.environments,
            repoURLs,
            index,
            byTarget,
            namespaced: (apiVersion, kind) => catalog.namespaced(apiVersion, kind),
            inputs: new Map([...graphs].map(([id, g]) => [id, g.files])),
            argoFiles: layout.argoFiles,
            read: layout.read,
            ...(lines ? { knownLines: (file) => lines.of(file) } : {}),
            generated: layout.applications.filter((a) => a.applicationSet !== null),
            liveSets: new Set(layout.applicationSets.filter((s) => s.incomplete).map((s) => `${s.file}#${s.name}`)),
        });
        lines?.save();
        findings.push(...argo.findings);
        findings.push(...(await drParityFindings(layout)));
        const folders = manifestFolders(repo, [...layout.targets.map((t) => `${t.source}/`), ...layout.applications.map((a) => a.file)], layout.outputDirs);
        const hygiene = scope
            ? checkHygieneOf(repo, scope, folders, sources)
            : checkHygiene(repo, folders, sources);
        findings.push(...hygiene.findings);
        const summary = {
            kubeVersion,
            schemaEngine: engine,
            strict,
            targets: checked.length,
            resources: resources.length,
            applications: argo.applications,
            files: hygiene.files,
            crdKinds: catalog.crdKinds().size,
            crdKindsUsed: [
                ...new Set(resources.flatMap((r) => catalog.crdKind(r.apiVersion, r.kind) ?? [])),
            ].sort(),
        };
        if (reason)
            summary.rendered = reason;
        const kept = scope ? findings.filter((f) => (0,model_scope/* inScope */.SB)(scope, f)) : findings;
        return { findings: dedupe(kept), summary };
    }
    finally {
        dispose();
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/path-match.ts
/**
 * Go's `path.Match`, which Argo CD's git directory generator uses: `*` is any run of non-`/`
 * characters, `?` one non-`/` character, `[...]`/`[^...]` a class with ranges, `\` escapes.
 * A malformed pattern (an unclosed class, a trailing `\`) matches nothing, as Go's
 * ErrBadPattern does in the generator.
 */
function goPathMatch(pattern, name) {
    const re = compile(pattern);
    return re !== undefined && re.test(name);
}
const cache = new Map();
function compile(pattern) {
    if (cache.has(pattern))
        return cache.get(pattern);
    let src = "";
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
        const c = pattern.charAt(i);
        if (c === "*")
            src += "[^/]*";
        else if (c === "?")
            src += "[^/]";
        else if (c === "\\") {
            if (i + 1 >= pattern.length)
                ok = false;
            else
                src += path_match_escape(pattern.charAt(++i));
        }
        else if (c === "[") {
            const end = classEnd(pattern, i + 1);
            if (end < 0)
                ok = false;
            else {
                src += classRegex(pattern.slice(i + 1, end));
                i = end;
            }
        }
        else
            src += path_match_escape(c);
    }
    const re = ok ? regexOrUndefined(`^${src}$`) : undefined;
    cache.set(pattern, re);
    return re;
}
/** A class range written backwards (`[z-a]`) is ErrBadPattern in Go; in JavaScript, a SyntaxError. */
function regexOrUndefined(source) {
    try {
        return new RegExp(source, "u");
    }
    catch {
        return undefined;
    }
}
/** Index of the `]` closing a class that starts at `from` (after `[`), or -1. */
function classEnd(p, from) {
    let i = from;
    if (p[i] === "^")
        i++;
    let first = true;
    for (; i < p.length; i++) {
        const c = p[i];
        if (c === "\\")
            i++;
        else if (c === "]" && !first)
            return i;
        first = false;
    }
    return -1;
}
function classRegex(body) {
    let out = "[";
    let i = 0;
    if (body.startsWith("^")) {
        out += "^";
        i = 1;
    }
    for (; i < body.length; i++) {
        const c = body.charAt(i);
        if (c === "\\")
            out += path_match_escape(body.charAt(++i));
        else if (c === "-")
            out += "-";
        else
            out += path_match_escape(c);
    }
    return out + "]";
}
function path_match_escape(c) {
    return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

// EXTERNAL MODULE: ./packages/core/src/reporters/summary.ts
var summary = __webpack_require__(1504);
;// CONCATENATED MODULE: ./packages/lint/src/report.ts

/** SARIF descriptions of every lint rule, keyed `lint/<rule>` as the SARIF reporter expects. */
const LINT_RULES = {
    "lint/schema/unknown-field": {
        description: "A field the kind's schema does not define: the API server drops or rejects it.",
    },
    "lint/schema/required": { description: "A field the kind's schema requires is missing." },
    "lint/schema/type": { description: "A field has the wrong type for its schema." },
    "lint/schema/enum": { description: "A field's value is not one its schema allows." },
    "lint/schema/invalid": { description: "The resource does not satisfy its schema." },
    "lint/schema/missing": {
        description: "No bundled or repository schema knows this kind, so it is not validated.",
    },
    "lint/schema/not-an-object": { description: "A rendered document without apiVersion and kind." },
    "lint/argo/source-path": {
        description: "An Argo CD Application's source path is not a folder in the repository.",
    },
    "lint/argo/source-render": { description: "An Argo CD Application's source does not render." },
    "lint/argo/value-file": { description: "A Helm value file of an Application does not exist." },
    "lint/argo/cross-env": {
        description: "An Application of one environment deploys another environment's folder.",
    },
    "lint/argo/project": { description: "An Application's project is not an AppProject of the repository." },
    "lint/argo/destination-namespace": {
        description: "An Application's destination namespace is neither defined in clusters/<env> nor created by CreateNamespace=true.",
    },
    "lint/argo/appset-no-match": {
        description: "An ApplicationSet git directory generator matches no folder.",
    },
    "lint/argo/appset-not-expanded": {
        description: "An ApplicationSet generator depends on the live Argo CD and is not checked.",
    },
    "lint/argo/duplicate-resource": {
        description: "Two Applications deploy the same object to the same cluster.",
    },
    "lint/argo/sync-wave": { description: "An argocd.argoproj.io/sync-wave annotation is not an integer." },
    "lint/argo/unreferenced-overlay": { description: "An overlay no Application or ApplicationSet deploys." },
    "lint/yaml/parse-error": { description: "The file is not valid YAML." },
    "lint/yaml/duplicate-key": { description: "A mapping repeats a key; tools disagree on which value wins." },
    "lint/yaml/tab": { description: "A tab character in YAML." },
    "lint/yaml/yaml11-boolean": {
        description: "An unquoted yes/no/on/off: a boolean to Kubernetes (YAML 1.1), a string to YAML 1.2 tools.",
    },
    "lint/rendered-unreadable": { description: "A rendered output is missing or cannot be read." },
    "lint/dr/missing": {
        description: "A service runs on a primary cluster (labels.role: primary) but not on its DR cluster.",
    },
    "lint/dr/differs": {
        description: "A DR cluster runs other promotable values (images, chart versions) than its primary.",
    },
    "lint/dr/unpaired": { description: "A cluster labelled role: dr pairs with no primary cluster." },
    "lint/dr/unchecked": {
        description: "A service's values on a DR cluster could not be compared with its primary's.",
    },
};
/** The job summary of a lint run: what was checked, then the findings table. */
function lintSummaryMarkdown(report, options) {
    const s = report.summary;
    const engine = s.schemaEngine === "kubeconform"
        ? "kubeconform"
        : `bundled schemas, Kubernetes ${s.kubeVersion} + ${s.crdKinds} CRD kind(s) (${s.crdKindsUsed.length} used)`;
    const intro = `Checked ${s.resources} rendered resource(s) in ${s.targets} target(s) against ${engine}` +
        `${s.strict ? " (strict: unknown fields are errors)" : ""}, ${s.applications} Argo CD Application(s) ` +
        `and ${s.files} YAML file(s).${s.rendered ? ` Rendered first: ${s.rendered}.` : ""}\n\n`;
    const table = (0,summary/* toSummaryMarkdown */.T7)(report.findings, { title: "Lint", check: "lint", ...options });
    // The heading stays first; the scope line goes right under it.
    const nl = table.indexOf("\n\n");
    return nl < 0 ? table + "\n" + intro : `${table.slice(0, nl + 2)}${intro}${table.slice(nl + 2)}`;
}

;// CONCATENATED MODULE: ./packages/lint/src/fmt/files.ts
/** Which YAML files `gitops fmt` formats: the files people write, never output or Helm templates. */



/** Folders at the top of the repository that gitops writes (the model's output folders). */
const OUTPUT_DIRS = ["render"];
/** Deeper than this, a folder is not something people format by hand (and may be a loop). */
const MAX_DEPTH = 32;
const YAML_NAME = /\.ya?ml$/i;
/**
 * The YAML files to format. With no `paths`, every `*.yaml`/`*.yml` under `repo`, skipping dot
 * folders, `node_modules/`, `render/` and the `templates/` and `charts/` of Helm charts (a folder
 * holding `Chart.yaml`). With `paths` (files or folders, relative to `cwd`), only those, by the
 * same rules: a chart template, a file under `render/` or in a dot folder, a symbolic link or a
 * file that is not YAML is passed over silently. A path that does not exist is a `UserError`.
 */
function selectFiles(repoDir, paths = [], cwd = process.cwd()) {
    const repo = (0,external_node_path_.resolve)(cwd, repoDir);
    // Worded as the repository model words it, which every other command asks first.
    if (!(0,external_node_fs_.existsSync)(repo))
        throw new errors/* UserError */.yo(`repository folder ${repoDir} does not exist`, repoDir);
    if (!(0,external_node_fs_.statSync)(repo).isDirectory())
        throw new errors/* UserError */.yo(`repository path ${repoDir} is not a folder`, repoDir);
    const given = paths.map((p) => ({ shown: p, path: (0,external_node_path_.resolve)(cwd, p) }));
    const missing = given.filter((g) => !exists(g.path)).map((g) => g.shown);
    if (missing.length > 0) {
        throw new errors/* UserError */.yo(`${missing.join(", ")}: no such file or folder`, missing[0]);
    }
    const out = [];
    const seen = new Set();
    const add = (path) => {
        if (seen.has(path))
            return;
        seen.add(path);
        out.push({ path, file: shown(repo, path) });
    };
    if (given.length === 0) {
        for (const path of walk(repo, repo, false, 0))
            add(path);
        return out;
    }
    for (const { path } of given) {
        const st = (0,external_node_fs_.lstatSync)(path);
        if (excluded(repo, path))
            continue;
        if (st.isDirectory()) {
            for (const f of walk(repo, path, inChart(path), 0))
                add(f);
        }
        else if (st.isFile() && YAML_NAME.test(path)) {
            add(path);
        }
    }
    return out;
}
function exists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The YAML files under `dir`, in name order. */
function walk(repo, dir, chart, depth) {
    if (depth > MAX_DEPTH)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const isChart = chart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
    const out = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith(".") || e.name === "node_modules")
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory()) {
            if (isChart && (e.name === "templates" || e.name === "charts"))
                continue;
            if (dir === repo && OUTPUT_DIRS.includes(e.name))
                continue;
            out.push(...walk(repo, path, isChart, depth + 1));
        }
        else if (e.isFile() && YAML_NAME.test(e.name)) {
            out.push(path);
        }
    }
    return out;
}
/**
 * True for a path given explicitly that fmt still leaves alone: under `render/`, in a dot folder
 * or `node_modules/` of the repository, a chart's `templates/` or `charts/`, or a symbolic link.
 */
function excluded(repo, path) {
    if ((0,external_node_fs_.lstatSync)(path).isSymbolicLink())
        return true;
    const rel = (0,external_node_path_.relative)(repo, path);
    if (rel && !rel.startsWith("..") && !(0,external_node_path_.isAbsolute)(rel)) {
        const parts = rel.split(external_node_path_.sep);
        if (OUTPUT_DIRS.includes(parts[0] ?? ""))
            return true;
        if (parts.some((p) => p.startsWith(".") || p === "node_modules"))
            return true;
    }
    return underChartTemplates(path);
}
/** True when `path` is inside the `templates/` or `charts/` of a Helm chart. */
function underChartTemplates(path) {
    let child = path;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        const parent = (0,external_node_path_.dirname)(child);
        if (parent === child)
            return false;
        const name = (0,external_node_path_.basename)(child);
        if ((name === "templates" || name === "charts") && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(parent, "Chart.yaml")))
            return true;
        child = parent;
    }
    return false;
}
/** True when the folder `dir` is inside a Helm chart (it or a parent holds `Chart.yaml`). */
function inChart(dir) {
    let current = dir;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(current, "Chart.yaml")))
            return true;
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return false;
        current = parent;
    }
    return false;
}
function shown(repo, path) {
    const rel = (0,external_node_path_.relative)(repo, path);
    if (!rel || rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
        return path;
    return rel.split(external_node_path_.sep).join("/");
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/util.js
var util = __webpack_require__(383);
;// CONCATENATED MODULE: ./packages/lint/src/fmt/format.ts
/**
 * Canonical formatting of one YAML text through the `yaml` library's document model, so comments,
 * anchors, aliases, merge keys, key order and `---` documents survive. Every result is checked:
 * a text whose data or comments would change is refused, never returned.
 */






/**
 * Formats `text` (the contents of `file`, used in findings): 2-space indentation, sequences
 * indented under their key, no trailing spaces outside block scalars, one final newline, LF line
 * ends. Plain scalars that YAML 1.1 (Kubernetes) reads differently from YAML 1.2 are quoted
 * (`on` -> `"on"`), numbers keep their spelling (`0644` stays octal to Kubernetes), quoted
 * scalars keep their quotes, block scalars keep their content line for line. A file that does not
 * parse, or whose data or comments would change, is a finding and no text.
 */
function formatYaml(text, file) {
    let before;
    try {
        before = (0,yaml/* parseYaml */.hN)(text, file);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return { ok: false, finding: parseFinding(err, file) };
        throw err;
    }
    const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    let out;
    if (before.documents.length === 0) {
        // Only comments and blank lines: nothing for the document model to hold.
        out = source.replace(/[ \t]+$/gm, "").replace(/\n+$/, "");
        out = out ? `${out}\n` : "";
    }
    else {
        let docs;
        try {
            docs = (source === text ? before : (0,yaml/* parseYaml */.hN)(source, file)).documents.map((d) => d.doc);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                return { ok: false, finding: parseFinding(err, file) };
            throw err;
        }
        try {
            out = stripTrailingSpaces(docs.map((doc, i) => emit(doc, source, i)).join(""));
        }
        catch (err) {
            // The library cannot write something it read; say so rather than fail the whole run.
            return {
                ok: false,
                finding: refusal(file, "fmt/unsupported", `cannot format: ${(0,errors/* messageOf */.bD)(err)}; left as it is`),
            };
        }
    }
    const problem = checkFormatted(before, out, file);
    if (problem)
        return { ok: false, finding: problem };
    return { ok: true, text: out, changed: out !== text };
}
/**
 * Why `formatted` may not replace the text of `before`, or undefined when it may: the formatted
 * text must parse, hold as many documents with the same data (read with merge keys resolved and
 * read with `<<` as a plain key) and keep every comment.
 */
function checkFormatted(before, formatted, file) {
    let after;
    try {
        after = (0,yaml/* parseYaml */.hN)(formatted, file);
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo))
            throw err;
        return refusal(file, "fmt/data-changed", `formatting would not parse again (${err.message}); left as it is`);
    }
    const changed = firstDataChange(before, after);
    if (changed !== undefined) {
        return refusal(file, "fmt/data-changed", `formatting would change the data of document ${changed + 1}; left as it is (please report this file)`, before.documents[changed]?.line);
    }
    const { lost, added } = commentDifference(before.text, formatted);
    if (lost !== undefined) {
        return refusal(file, "fmt/comment-lost", `formatting would lose the comment "${lost}"; left as it is`);
    }
    if (added !== undefined) {
        return refusal(file, "fmt/comment-added", `formatting would add the comment "${added}"; left as it is`);
    }
    return undefined;
}
/** The index of the first document whose data differ, the document count if only that differs. */
function firstDataChange(before, after) {
    const a = before.documents;
    const b = after.documents;
    const literalA = literalData(before.text);
    const literalB = literalData(after.text);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (!x || !y)
            return i;
        if (!(0,external_node_util_.isDeepStrictEqual)(x.value, y.value))
            return i;
        if (!(0,external_node_util_.isDeepStrictEqual)(literalA[i], literalB[i]))
            return i;
    }
    return undefined;
}
/**
 * Each document's data with `<<` read as a plain key (so a merge key stays one, not merely its
 * result) and mappings kept as Maps (so `1:` and `"1":` differ). Called on texts parseYaml took.
 */
function literalData(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\uFEFF/, ""), { merge: false, uniqueKeys: false });
    if (!Array.isArray(docs))
        return [];
    return docs.map((d) => {
        const data = d.toJS({ mapAsMap: true, maxAliasCount: yaml/* DEFAULT_YAML_LIMITS */.fr.maxAliasCount });
        return data;
    });
}
/** One document as text, in the house style. */
function emit(doc, source, index) {
    prepare(doc, source);
    let text = emptyDocument(doc) ?? doc.toString(YAML_FORMAT_OPTIONS).replace(OWN_LINE_COMMENT, "");
    // Documents after the first need their `---`, even when the source separated them with `...`.
    if (index > 0 && !/^(---|%)/m.test(firstNonComment(text)))
        text = `---\n${text}`;
    return text;
}
/**
 * An empty document (`---` with nothing or only comments after it) as the library does not write
 * it: without blank lines it invents, its comments starting in the first column.
 */
function emptyDocument(doc) {
    const c = doc.contents;
    if (!(0,dist/* isScalar */.jn)(c) || c.value !== null || c.source !== "" || c.anchor || c.tag)
        return undefined;
    const lines = [];
    const directives = doc.directives.toString(doc);
    if (directives)
        lines.push(directives);
    if (directives || doc.directives.docStart)
        lines.push("---");
    for (const comment of [doc.commentBefore, c.commentBefore, c.comment, doc.comment]) {
        if (comment)
            lines.push(...comment.split("\n").map((l) => (l ? `#${l}` : "")));
    }
    if (doc.directives.docEnd)
        lines.push("...");
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
function firstNonComment(text) {
    return text.split("\n").find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
}
/**
 * Marks up the document before it is written: YAML 1.1 booleans as plain strings get quotes,
 * numbers keep their spelling and block scalars their lines (see the tags below), and the
 * schema learns YAML 1.1's look-alikes so no plain string turns into one.
 */
function prepare(doc, source) {
    const schema = doc.schema.clone();
    schema.compat = yaml11Compat();
    schema.tags = [verbatimPlainTag, verbatimBlockTag, ...schema.tags];
    doc.schema = schema;
    const workflowOn = githubWorkflowOn(doc);
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            if (node.tag)
                return;
            if (node === workflowOn) {
                node.value = new VerbatimPlain("on");
            }
            else if (node.type === dist/* Scalar */.X5.PLAIN &&
                typeof node.value === "string" &&
                YAML11_BOOLEANS.has(node.value)) {
                node.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
            }
            else if (node.type === dist/* Scalar */.X5.PLAIN &&
                (typeof node.value === "number" || typeof node.value === "bigint") &&
                node.source &&
                !/[\n#]/.test(node.source)) {
                node.value = new VerbatimPlain(node.source.trim());
            }
            else if (key !== "key" &&
                (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED) &&
                typeof node.value === "string" &&
                node.range) {
                const block = blockSource(source.slice(node.range[0], node.range[1]), node.value, node.type);
                if (block)
                    node.value = block;
            }
        },
    });
    (0,dist/* visit */.YR)(doc, (key, node, path) => {
        if (key === "key" || !((0,dist/* isScalar */.jn)(node) || ((0,dist/* isCollection */.P3)(node) && node.flow)))
            return;
        if (path.some((p) => (0,dist/* isCollection */.P3)(p) && p.flow))
            return;
        if ((0,dist/* isScalar */.jn)(node) && (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED))
            return;
        if (!node.comment || node.comment.includes("\n") || !node.range)
            return;
        const after = source.slice(node.range[1], node.range[2]);
        const hash = after.indexOf("#");
        if (hash > 0 && after.slice(0, hash).includes("\n"))
            node.comment += `\n${OWN_LINE}`;
    });
}
/**
 * The plain `on` key of a GitHub Actions workflow (a document with `on:` and `jobs:` at the top):
 * GitHub reads it as the string it is, and `"on":` would only puzzle the people who read it.
 */
function githubWorkflowOn(doc) {
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return undefined;
    const keys = [];
    for (const pair of doc.contents.items)
        if ((0,dist/* isScalar */.jn)(pair.key))
            keys.push(pair.key);
    const on = keys.find((k) => k.value === "on" && k.type === dist/* Scalar */.X5.PLAIN);
    return on && keys.some((k) => k.value === "jobs") ? on : undefined;
}
/**
 * Marks a one-line comment that stood on its own line after a value (`resources: {}` then an
 * indented `# limits: ...`, as `helm create` writes): the library would move it up beside the
 * value, but it writes a comment of two lines below it; the marker line is then removed.
 */
const OWN_LINE = "\u0000gitops-fmt-own-line";
const OWN_LINE_COMMENT = new RegExp(`^[ \\t]*#${OWN_LINE}\\n`, "gm");
/**
 * A plain scalar as it was written: a number (`0644` is octal to Kubernetes and 644 to YAML 1.2;
 * keep it `0644`), or a workflow's `on`.
 */
class VerbatimPlain {
    text;
    constructor(text) {
        this.text = text;
    }
}
const verbatimPlainTag = {
    tag: "tag:gitops-actions,2026:verbatim-plain",
    default: true,
    identify: (value) => value instanceof VerbatimPlain,
    resolve: (value) => value,
    stringify: (item) => ((0,dist/* isScalar */.jn)(item) && item.value instanceof VerbatimPlain ? item.value.text : ""),
};
/** A block scalar's header and content lines as written (content without its indentation). */
class VerbatimBlock {
    value;
    type;
    indicator;
    lines;
    keptBlankLines;
    constructor(value, type, indicator, lines, keptBlankLines) {
        this.value = value;
        this.type = type;
        this.indicator = indicator;
        this.lines = lines;
        this.keptBlankLines = keptBlankLines;
    }
}
/**
 * The block scalar `raw` (its source from `|` or `>` on) as header and content lines, or
 * undefined for one the library writes well enough itself: an explicit indentation indicator,
 * no content.
 */
function blockSource(raw, value, type) {
    const [header = "", ...body] = raw.split("\n");
    const indicator = /^[|>][+-]?/.exec(header)?.[0];
    if (!indicator || /^[|>][+-]?[1-9]/.test(header))
        return undefined;
    if (body.at(-1) === "")
        body.pop();
    const first = body.find((l) => l.trim() !== "");
    if (first === undefined)
        return undefined;
    const indent = first.length - first.trimStart().length;
    let end = body.length;
    while (end > 0 && (body[end - 1]?.length ?? 0) <= indent)
        end--;
    const lines = body.slice(0, end).map((l) => (l.length <= indent ? "" : l.slice(indent)));
    const keep = indicator.endsWith("+") ? body.length - end : 0;
    return new VerbatimBlock(value, type, indicator, lines, keep);
}
const verbatimBlockTag = {
    tag: "tag:gitops-actions,2026:verbatim-block",
    default: true,
    identify: (value) => value instanceof VerbatimBlock,
    resolve: (value) => value,
    stringify(item, ctx, onComment, onChompKeep) {
        if (!(0,dist/* isScalar */.jn)(item) || !(item.value instanceof VerbatimBlock))
            return "";
        const block = item.value;
        if (!ctx.indent || ctx.inFlow || ctx.implicitKey) {
            // Where the library would pick another indentation (top level) or style, let it.
            const plain = new dist/* Scalar */.X5(block.value);
            plain.type = block.type;
            if (item.comment)
                plain.comment = item.comment;
            return (0,util/* stringifyString */.Nx)(plain, ctx, onComment, onChompKeep);
        }
        let header = block.indicator;
        if (item.comment) {
            header += ` ${ctx.options.commentString(item.comment.replace(/ ?\n+/g, " "))}`;
            onComment?.();
        }
        if (block.indicator.endsWith("+"))
            onChompKeep?.();
        const body = block.lines.map((l) => (l ? ctx.indent + l : "")).join("\n");
        return `${header}\n${body}${"\n".repeat(block.keptBlankLines)}`;
    },
};
/** Removes trailing spaces and tabs on every line outside a block scalar (there they are content). */
function stripTrailingSpaces(text) {
    if (!/[ \t]$/m.test(text))
        return text;
    const blockLines = format_blockScalarLines(text);
    return text
        .split("\n")
        .map((line, i) => (blockLines.has(i + 1) ? line : line.replace(/[ \t]+$/, "")))
        .join("\n");
}
/**
 * The 1-based lines of block scalars in `text`, which the library wrote. Read without the
 * duplicate-key check (quadratic in a mapping's size, and done on the input already);
 * checkFormatted reads the result in full.
 */
function format_blockScalarLines(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const lines = new Set();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: false });
    for (const doc of Array.isArray(docs) ? docs : []) {
        (0,dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                if (!node.range || (node.type !== dist/* Scalar */.X5.BLOCK_LITERAL && node.type !== dist/* Scalar */.X5.BLOCK_FOLDED))
                    return;
                const to = (0,yaml/* lineOfOffset */.hW)(lineCounter, node.range[1]);
                for (let l = (0,yaml/* lineOfOffset */.hW)(lineCounter, node.range[0]); l <= to; l++)
                    lines.add(l);
            },
        });
    }
    return lines;
}
/** The first comment of `before` that `after` lacks, or that `after` adds, if any. */
function commentDifference(before, after) {
    const left = new Map();
    for (const c of comments(after))
        left.set(c, (left.get(c) ?? 0) + 1);
    for (const c of comments(before)) {
        const n = left.get(c) ?? 0;
        if (n === 0)
            return { lost: c };
        left.set(c, n - 1);
    }
    for (const [c, n] of left)
        if (n > 0)
            return { added: c };
    return {};
}
function comments(text) {
    const out = [];
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (token.startsWith("#"))
            out.push(token.trimEnd());
    }
    return out;
}
function parseFinding(err, file) {
    const rule = /duplicate key/.test(err.message) ? "yaml/duplicate-key" : "yaml/parse-error";
    const f = {
        tool: "fmt",
        rule,
        severity: "error",
        message: `${err.message.replace(/^\S+?:(\d+:)? /, "")}; left as it is`,
        file,
    };
    if (err.line)
        f.line = err.line;
    return f;
}
function refusal(file, rule, message, line) {
    const f = { tool: "fmt", rule, severity: "error", message, file };
    if (line)
        f.line = line;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/fmt/index.ts
/** `gitops fmt`: canonical formatting of the YAML files people write, data and comments kept. */








/**
 * Formats the selected files in place (each written atomically, its mode kept), or with `check`
 * only says which would change. A file that cannot be formatted safely is a finding and is
 * left untouched; a path that does not exist is a `UserError`.
 */
function fmt(options) {
    const report = { files: [], findings: [] };
    for (const { path, file } of selectFiles(options.repo, options.paths, options.cwd)) {
        const result = formatFile(path, file);
        if (!result.ok) {
            report.findings.push(result.finding);
            report.files.push({ file, changed: false });
            continue;
        }
        if (result.changed && !options.check) {
            const mode = (0,external_node_fs_.statSync)(path).mode;
            (0,write/* writeTextAtomic */.Q)(path, result.text, file);
            (0,external_node_fs_.chmodSync)(path, mode & 0o7777);
        }
        report.files.push({ file, changed: result.changed });
    }
    return report;
}
function formatFile(path, file) {
    const size = (0,external_node_fs_.statSync)(path).size;
    if (size > yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes) {
        return {
            ok: false,
            finding: {
                tool: "fmt",
                rule: "fmt/too-large",
                severity: "error",
                message: `larger than ${yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes / (1024 * 1024)} MiB, the limit for a YAML file people write; left as it is`,
                file,
            },
        };
    }
    let text;
    try {
        text = (0,yaml/* decodeUtf8 */._6)((0,external_node_fs_.readFileSync)(path), file);
    }
    catch (err) {
        const message = err instanceof errors/* UserError */.yo
            ? err.message.replace(`${file}: `, "")
            : `cannot read: ${err.code ?? (0,errors/* messageOf */.bD)(err)}`;
        return {
            ok: false,
            finding: { tool: "fmt", rule: "yaml/parse-error", severity: "error", message, file },
        };
    }
    return formatYaml(text, file);
}

;// CONCATENATED MODULE: ./packages/lint/src/index.ts













/***/ }),

/***/ 3681:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "ae4601d60dba9feb661f.b64";

/***/ }),

/***/ 383:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;


var createNode = __webpack_require__(2404);
var log = __webpack_require__(7249);
var Pair = __webpack_require__(7165);
var toJS = __webpack_require__(6424);
var YAMLMap = __webpack_require__(4454);
var map = __webpack_require__(7451);
var seq = __webpack_require__(1706);
var string = __webpack_require__(6464);
var foldFlowLines = __webpack_require__(4475);
var stringifyNumber = __webpack_require__(8689);
var stringifyString = __webpack_require__(3069);



__webpack_unused_export__ = createNode.createNode;
__webpack_unused_export__ = log.debug;
__webpack_unused_export__ = log.warn;
__webpack_unused_export__ = Pair.createPair;
__webpack_unused_export__ = toJS.toJS;
__webpack_unused_export__ = YAMLMap.findPair;
__webpack_unused_export__ = map.map;
__webpack_unused_export__ = seq.seq;
__webpack_unused_export__ = string.string;
__webpack_unused_export__ = foldFlowLines.foldFlowLines;
__webpack_unused_export__ = stringifyNumber.stringifyNumber;
exports.Nx = stringifyString.stringifyString;


/***/ })

};
