export const id = 862;
export const ids = [862];
export const modules = {

/***/ 4481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderForCi: () => (/* reexport */ renderForCi),
  renderSummaryMarkdown: () => (/* reexport */ renderSummaryMarkdown)
});

// UNUSED EXPORTS: COMMENT_LIMIT, INDEX_FILE, affectedTargets, compareTarget, diffMarkdown, diffRendered, formatIndex, inputGraph, noTargets, outputPath, readIndex, render, renderModel, renderPrivately

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/standalone/index.js
var standalone = __webpack_require__(1398);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/cache/src/code.ts




let identity;
/**
 * The identity of the code that produced an entry: a cached result must never outlive the code
 * that made it, and the version number does not change with every build. From a bundle
 * (dist/<name>/index.js) it is the hash of the bundle's folder (the code, the schemas and the
 * manifests shipped beside it); from source (tests, vite-node) the hash of packages/ and the
 * lockfile. Computed once per process.
 */
function code_codeIdentity() {
    if (identity !== undefined)
        return identity;
    const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
    const hash = (0,external_node_crypto_.createHash)("sha256");
    const fromSource = (0,external_node_path_.basename)((0,external_node_path_.dirname)(here)) === "src" && (0,external_node_path_.basename)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(here))) === "cache";
    const root = fromSource ? (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(here))) : (0,external_node_path_.dirname)(here);
    for (const file of listFiles(root))
        hash.update(`${file}\0`).update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file)));
    if (fromSource) {
        try {
            hash.update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, "..", "package-lock.json")));
        }
        catch {
            // No lockfile next to the sources: the sources alone.
        }
    }
    identity = hash.digest("hex");
    return identity;
}
function listFiles(root, rel = "", out = []) {
    const entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
        const path = rel === "" ? e.name : `${rel}/${e.name}`;
        if (e.name === "node_modules" || e.name.startsWith("."))
            continue;
        if (e.isDirectory())
            listFiles(root, path, out);
        else if (e.isFile())
            out.push(path);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/cache/src/key.ts

/**
 * The key of a cache entry: SHA-256 of the canonical JSON of everything that decides it (object
 * keys sorted, so the same inputs give the same key whatever order they were gathered in).
 */
function key_cacheKey(parts) {
    return (0,external_node_crypto_.createHash)("sha256").update(canonical(parts)).digest("hex");
}
function canonical(v) {
    if (v === undefined)
        return "null";
    if (Array.isArray(v))
        return `[${v.map(canonical).join(",")}]`;
    if (v !== null && typeof v === "object") {
        const entries = Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
    }
    return JSON.stringify(v);
}

;// CONCATENATED MODULE: ./packages/cache/src/validators.ts





/** The cache entry kind (a folder of the store). */
const KIND = "schema-validator";
let store;
/**
 * Sets the store compiled validators are kept in (undefined: none), for the run that owns
 * the cache: validate opens it once, and `--no-cache` must reach every catalog of the run and
 * the config loader.
 */
function useCompiledSchemaCache(s) {
    store = s;
}
/** Runs `work` with `s` as the store of compiled validators, then puts back the one before. */
async function withCompiledSchemaCache(s, work) {
    const previous = store;
    store = s;
    try {
        return await work();
    }
    finally {
        store = previous;
    }
}
/** The store set by {@link useCompiledSchemaCache}, if any. */
function compiledSchemaCache() {
    return store;
}
/**
 * The helpers ajv's standalone code `require`s. Only these two can appear with our options
 * (no formats, no JTD, no $async); code that asks for another is never stored.
 */
const RUNTIME = {
    "ajv/dist/runtime/equal": { default: exported(equal) },
    "ajv/dist/runtime/ucs2length": { default: exported(ucs2length) },
};
const REQUIRE = /require\("([^"]+)"\)/g;
/**
 * ajv's runtime files are CommonJS with `exports.default`; depending on the loader (Node,
 * vitest, the ncc bundle) the import is that exports object or a namespace whose default is it.
 */
function exported(ns) {
    const d = ns.default;
    return typeof d === "function" ? d : d?.default;
}
/** ajv's standalone module text (CommonJS) of a validator compiled with `code.source`. */
function standaloneSource(ajv, validate) {
    const write = exported(standalone);
    return write(ajv, validate);
}
/**
 * The validator for `key` from the cache, else `compile()`'s (then stored as standalone code by
 * `source`). Any problem with an entry (corrupt, unevaluable) is a miss, never an error.
 */
function cachedValidator(cache, key, compile, source) {
    const id = key_cacheKey({ validator: key, code: code_codeIdentity() });
    const text = cache.get(KIND, id);
    if (text !== undefined) {
        const loaded = evaluate(text);
        if (loaded)
            return loaded;
    }
    const fresh = compile();
    let code;
    try {
        code = source(fresh);
    }
    catch {
        // A validator ajv cannot write out (none known) is just not stored.
    }
    if (code !== undefined && requiresKnown(code))
        cache.put(KIND, id, code);
    return fresh;
}
function requiresKnown(code) {
    for (const m of code.matchAll(REQUIRE))
        if (!(m[1] !== undefined && m[1] in RUNTIME))
            return false;
    return true;
}
/** Runs standalone module text (CommonJS) and returns its export, or undefined. */
function evaluate(code) {
    if (!requiresKnown(code))
        return undefined;
    try {
        const module = { exports: {} };
        const require = (name) => RUNTIME[name];
        // The text is what ajv generated from our own schemas, read back from a checksummed entry.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const run = new Function("require", "module", "exports", code);
        run(require, module, module.exports);
        return typeof module.exports === "function" ? module.exports : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
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
        throw new src_errors/* UserError */.yo(`${file}:${deep}: YAML is nested too deeply (more than ${lim.maxDepth} levels); flatten it`, file, deep);
    }
    let docs;
    try {
        docs = parseLinear(source, lineCounter);
    }
    catch (err) {
        if (isStackOverflow(err))
            throw new src_errors/* UserError */.yo(`${file}: YAML is nested too deeply; flatten it`, file);
        throw new src_errors/* UserError */.yo(`${file}: cannot parse YAML: ${firstLine((0,src_errors/* messageOf */.bD)(err))}`, file);
    }
    if (docs.length > lim.maxDocuments) {
        throw new src_errors/* UserError */.yo(`${file}: ${docs.length} YAML documents exceed the limit of ${lim.maxDocuments} per file`, file);
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
            throw new src_errors/* UserError */.yo(`${file}: ${describeToJsError(err)}`, file, lineOfOffset(lineCounter, doc.range[0]));
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
    return new src_errors/* UserError */.yo(`${file}:${line}: duplicate key: Map keys must be unique`, file, line);
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
            throw new src_errors/* UserError */.yo(`${displayPath}: not a regular file`, displayPath);
        size = st.size;
    }
    catch (err) {
        if (err instanceof src_errors/* UserError */.yo)
            throw err;
        throw new src_errors/* UserError */.yo(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
    }
    if (size > lim.maxBytes) {
        throw new src_errors/* UserError */.yo(`${displayPath}: ${formatBytes(size)} exceeds the ${formatBytes(lim.maxBytes)} limit for a YAML file`, displayPath);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        throw new src_errors/* UserError */.yo(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
    }
    return parseYaml(decodeUtf8(bytes, displayPath), displayPath, lim);
}
/** Decodes UTF-8 strictly: invalid bytes are an error naming the file, never mojibake. */
function decodeUtf8(bytes, file) {
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new src_errors/* UserError */.yo(`${file}: not valid UTF-8 text`, file);
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
        return new src_errors/* UserError */.yo(`${where}: YAML is nested too deeply; flatten it`, file, line);
    const what = error.code === "DUPLICATE_KEY" ? "duplicate key" : "invalid YAML";
    return new src_errors/* UserError */.yo(`${where}: ${what}: ${stripPosition(firstLine(error.message))}`, file, line);
}
function isStackOverflow(err) {
    return /Maximum call stack size exceeded/.test((0,src_errors/* messageOf */.bD)(err));
}
function describeToJsError(err) {
    if (err instanceof RangeError)
        return "YAML is nested too deeply; flatten it";
    const msg = (0,src_errors/* messageOf */.bD)(err);
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
    return code ?? (0,src_errors/* messageOf */.bD)(err);
}
function formatBytes(n) {
    return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

;// CONCATENATED MODULE: ./packages/core/src/config.ts






/** The repository config file, at the root of the infra-gitops checkout. */
const CONFIG_FILE = ".gitops.yaml";
/** Kustomize `images[]` fields that promotion may copy. */
const PROMOTABLE_IMAGE_FIELDS = ["newName", "newTag", "digest"];
const DEFAULT_CONFIG = {
    environments: [],
    environmentChain: [],
    targets: { roots: [], exclude: [] },
    clusters: [],
    render: {
        kustomize: "auto",
        timeout: 120,
        concurrency: 0,
        allowNetwork: false,
        repoURLs: [],
        kubeVersion: "",
    },
    secrets: {
        keyTemplate: "platform/{service}/{env}",
        ignoreFile: ".gitops-secrets-ignore.yaml",
        baseline: "",
        gitleaksConfig: ".gitleaks.toml",
        maxFileBytes: 5 * 1024 * 1024,
        exclude: [],
    },
    policy: {
        dir: "policies",
        exceptions: "policies/exceptions.yaml",
        enforcement: {},
        conftest: { namespaces: [], allNamespaces: false, data: [], combine: false },
        kyverno: { exceptions: [] },
        timeout: 300,
    },
    lint: {
        kubeVersion: "",
        schemaEngine: "builtin",
        strict: true,
        schemaLocations: [],
        missingSchema: { default: "warning", kinds: {} },
    },
    governance: {
        protectedEnvs: [],
        platform: "",
        requiredChecks: [],
        manualProdSync: false,
        signedCommits: false,
        approvals: 1,
        requiredDeployments: [],
        reviewers: [],
        waitTimer: 0,
        releaseBranchMaxAge: "14d",
    },
    argocd: { server: "", appNamespace: "", projects: [] },
    preview: { ttl: "", sweep: "report" },
    promote: {
        images: [...PROMOTABLE_IMAGE_FIELDS],
        values: ["image.tag", "image.digest"],
        chart: true,
        files: [],
        services: {},
        teams: {},
        requiredChecks: [],
        autoMerge: false,
        prs: "per-env",
        gate: { envs: [], soak: "0" },
    },
};
/** A plain identifier: env and service names end up in paths, branch names and labels. */
const ID_PATTERN = "^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$";
const stringList = { type: "array", items: { type: "string", minLength: 1 } };
/** A dotted Helm value key path such as `image.tag`. */
const VALUE_PATH = "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$";
const valuePaths = {
    type: "array",
    uniqueItems: true,
    items: { type: "string", pattern: VALUE_PATH },
};
const imageFields = {
    type: "array",
    uniqueItems: true,
    items: { type: "string", enum: ["newName", "newTag", "digest"] },
};
/** Files inside an env folder: relative, no `..` segment. */
const envFiles = {
    type: "array",
    uniqueItems: true,
    items: { type: "string", pattern: "^(?!(.*/)?\\.\\.?(/|$))[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$" },
};
/** A team as `org/team`, with or without the leading `@` of CODEOWNERS. */
const TEAM = "^@?[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$";
/**
 * JSON Schema of `.gitops.yaml`. Every object is closed (`additionalProperties:
 * false`) so a misspelt key is an error, not a silently ignored setting.
 * Each check adds its own section here when it lands.
 */
const CONFIG_SCHEMA = {
    type: "object",
    additionalProperties: false,
    properties: {
        environments: {
            type: "array",
            minItems: 1,
            // An env, or a group of envs promoted to together: [qa, staging, [prod-us, prod-eu]].
            items: {
                anyOf: [
                    { type: "string", pattern: ID_PATTERN },
                    { type: "array", minItems: 1, items: { type: "string", pattern: ID_PATTERN } },
                ],
            },
        },
        targets: {
            type: "object",
            additionalProperties: false,
            properties: { roots: { ...stringList, minItems: 1 }, exclude: stringList },
        },
        clusters: {
            type: "array",
            items: {
                type: "object",
                additionalProperties: false,
                required: ["name", "server"],
                properties: {
                    name: { type: "string", minLength: 1 },
                    server: { type: "string", minLength: 1 },
                    project: { type: "string" },
                    labels: { type: "object", additionalProperties: { type: "string" } },
                    annotations: { type: "object", additionalProperties: { type: "string" } },
                },
            },
        },
        render: {
            type: "object",
            additionalProperties: false,
            properties: {
                kustomize: { enum: ["auto", "kustomize", "kubectl"] },
                timeout: { type: "integer", minimum: 1, maximum: 3600 },
                concurrency: { type: "integer", minimum: 0, maximum: 256 },
                allowNetwork: { type: "boolean" },
                repoURLs: stringList,
                kubeVersion: { type: "string", pattern: "^$|^v?\\d+\\.\\d+(\\.\\d+)?$" },
            },
        },
        secrets: {
            type: "object",
            additionalProperties: false,
            properties: {
                keyTemplate: { type: "string", minLength: 1, pattern: "\\{env\\}" },
                ignoreFile: { type: "string", minLength: 1 },
                baseline: { type: "string" },
                gitleaksConfig: { type: "string", minLength: 1 },
                maxFileBytes: { type: "integer", minimum: 1024, maximum: 1073741824 },
                exclude: stringList,
            },
        },
        policy: {
            type: "object",
            additionalProperties: false,
            properties: {
                dir: { type: "string", minLength: 1 },
                exceptions: { type: "string", minLength: 1 },
                enforcement: {
                    type: "object",
                    additionalProperties: {
                        type: "object",
                        propertyNames: { pattern: "^(\\*|[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?)$" },
                        additionalProperties: { enum: ["deny", "warn", "audit"] },
                    },
                },
                conftest: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                        namespaces: stringList,
                        allNamespaces: { type: "boolean" },
                        data: stringList,
                        combine: { type: "boolean" },
                    },
                },
                kyverno: {
                    type: "object",
                    additionalProperties: false,
                    properties: { exceptions: stringList },
                },
                timeout: { type: "integer", minimum: 1, maximum: 3600 },
            },
        },
        lint: {
            type: "object",
            additionalProperties: false,
            properties: {
                kubeVersion: { type: "string", pattern: "^$|^v?\\d+\\.\\d+(\\.\\d+)?$" },
                schemaEngine: { enum: ["builtin", "kubeconform"] },
                strict: { type: "boolean" },
                schemaLocations: stringList,
                missingSchema: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                        default: { enum: ["error", "warning", "off"] },
                        kinds: { type: "object", additionalProperties: { enum: ["error", "warning", "off"] } },
                    },
                },
            },
        },
        promote: {
            type: "object",
            additionalProperties: false,
            properties: {
                images: imageFields,
                values: valuePaths,
                chart: { type: "boolean" },
                files: envFiles,
                services: {
                    type: "object",
                    propertyNames: { pattern: ID_PATTERN },
                    additionalProperties: {
                        type: "object",
                        additionalProperties: false,
                        properties: {
                            images: imageFields,
                            values: valuePaths,
                            extraValues: valuePaths,
                            chart: { type: "boolean" },
                            files: envFiles,
                        },
                    },
                },
                teams: {
                    type: "object",
                    propertyNames: { pattern: ID_PATTERN },
                    additionalProperties: { type: "array", items: { type: "string", pattern: TEAM } },
                },
                requiredChecks: { ...stringList, uniqueItems: true },
                autoMerge: { enum: [true, false, "merge", "squash", "rebase"] },
                prs: { enum: ["per-env", "grouped"] },
                gate: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                        envs: { type: "array", uniqueItems: true, items: { type: "string", pattern: ID_PATTERN } },
                        soak: { type: "string", pattern: "^(0|\\d+(\\.\\d+)?(ms|s|m|h|d))$" },
                    },
                },
            },
        },
        governance: {
            type: "object",
            additionalProperties: false,
            properties: {
                protectedEnvs: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: true,
                    items: { type: "string", pattern: ID_PATTERN },
                },
                platform: { type: "string", pattern: TEAM },
                requiredChecks: { ...stringList, minItems: 1, uniqueItems: true },
                manualProdSync: { type: "boolean" },
                signedCommits: { type: "boolean" },
                approvals: { type: "integer", minimum: 0, maximum: 10 },
                requiredDeployments: { ...stringList, uniqueItems: true },
                reviewers: {
                    type: "array",
                    maxItems: 6,
                    uniqueItems: true,
                    items: { type: "string", pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)?$" },
                },
                waitTimer: { type: "integer", minimum: 0, maximum: 43200 },
                releaseBranchMaxAge: { type: "string", pattern: "^(0|[0-9]+(\\.[0-9]+)?(ms|s|m|h|d))$" },
            },
        },
        argocd: {
            type: "object",
            additionalProperties: false,
            properties: {
                server: { type: "string" },
                appNamespace: { type: "string" },
                projects: { ...stringList, uniqueItems: true },
            },
        },
        preview: {
            type: "object",
            additionalProperties: false,
            properties: {
                ttl: { type: "string", pattern: "^(|0|\\d+(\\.\\d+)?(s|m|h|d))$" },
                sweep: { enum: ["report", "delete"] },
            },
        },
    },
};
let validate;
/**
 * The schema's validator: from the persistent cache when the run has one (ajv's compile of this
 * schema is about 50 ms of every command), else compiled. The schema is ours and fixed:
 * test/core/config-schema.test.ts checks it against the meta-schema, so no run pays to compile
 * the meta-schema (about a third of the compile).
 */
function configValidator() {
    const store = compiledSchemaCache();
    const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true, validateSchema: false, code: { source: !!store } });
    const compile = () => ajv.compile(CONFIG_SCHEMA);
    if (!store)
        return compile();
    return cachedValidator(store, { config: CONFIG_SCHEMA }, compile, (v) => standaloneSource(ajv, v));
}
/**
 * Loads `.gitops.yaml` from `repoDir` and merges it over the defaults. A
 * missing file means defaults. An unknown key, a wrong type or broken YAML is
 * a `UserError` naming the file, the line and the key.
 */
function loadConfig(repoDir) {
    const path = (0,external_node_path_.join)(repoDir, CONFIG_FILE);
    if (!(0,external_node_fs_.existsSync)(path))
        return { config: structuredClone(DEFAULT_CONFIG) };
    const yaml = loadYamlFile(path, CONFIG_FILE);
    if (yaml.documents.length > 1) {
        throw new src_errors/* UserError */.yo(`${CONFIG_FILE}: expected one YAML document, found ${yaml.documents.length}`, CONFIG_FILE);
    }
    const document = yaml.documents[0];
    const raw = document?.value ?? {};
    validate ??= configValidator();
    if (!validate(raw)) {
        throw configError(validate.errors ?? [], yaml, document);
    }
    checkChain(raw.environments, yaml, document);
    return { config: mergeConfig(raw), file: CONFIG_FILE };
}
function mergeConfig(raw) {
    const d = structuredClone(DEFAULT_CONFIG);
    return {
        environments: raw.environments?.flat() ?? d.environments,
        environmentChain: raw.environments ?? d.environmentChain,
        targets: { ...d.targets, ...raw.targets },
        clusters: raw.clusters ?? d.clusters,
        render: { ...d.render, ...raw.render },
        promote: { ...d.promote, ...raw.promote, gate: { ...d.promote.gate, ...raw.promote?.gate } },
        secrets: { ...d.secrets, ...raw.secrets },
        lint: {
            ...d.lint,
            ...raw.lint,
            missingSchema: { ...d.lint.missingSchema, ...raw.lint?.missingSchema },
        },
        policy: {
            ...d.policy,
            ...raw.policy,
            conftest: { ...d.policy.conftest, ...raw.policy?.conftest },
            kyverno: { ...d.policy.kyverno, ...raw.policy?.kyverno },
        },
        governance: { ...d.governance, ...raw.governance },
        argocd: { ...d.argocd, ...raw.argocd },
        preview: { ...d.preview, ...raw.preview },
    };
}
/** An env may appear once in the chain, in a group or not. */
function checkChain(chain, yaml, document) {
    if (!Array.isArray(chain))
        return;
    const seen = new Set();
    for (const [i, step] of chain.entries()) {
        for (const env of typeof step === "string" ? [step] : step) {
            if (!seen.has(env)) {
                seen.add(env);
                continue;
            }
            const line = document ? lineAt(yaml, document, ["environments", i]) : undefined;
            throw new src_errors/* UserError */.yo(`${CONFIG_FILE}${line ? `:${line}` : ""}: "environments" names "${env}" twice; each env has one place in the chain`, CONFIG_FILE, line);
        }
    }
}
/** Turns the first ajv error into one message: file:line, the key path, and what is allowed. */
function configError(errors, yaml, document) {
    // Unknown keys first: they are the most common mistake and the easiest to fix.
    const err = errors.find((e) => e.keyword === "additionalProperties") ?? errors[0];
    if (!err)
        return new src_errors/* UserError */.yo(`${CONFIG_FILE}: invalid config`, CONFIG_FILE);
    const path = err.instancePath.split("/").slice(1).map(decodePointer);
    let key;
    let what;
    if (err.keyword === "additionalProperties") {
        const extra = err.params.additionalProperty;
        path.push(extra);
        key = path.join(".");
        what = `unknown key "${key}"; allowed here: ${allowedKeys(path.slice(0, -1)).join(", ")}`;
    }
    else {
        key = path.join(".") || "(root)";
        what = `"${key}" ${err.message ?? "is invalid"}`;
    }
    const line = document
        ? lineAt(yaml, document, path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)))
        : undefined;
    return new src_errors/* UserError */.yo(`${CONFIG_FILE}${line ? `:${line}` : ""}: ${what}`, CONFIG_FILE, line);
}
function allowedKeys(path) {
    let node = CONFIG_SCHEMA;
    for (const p of path) {
        const n = node;
        // Maps keyed by name (promote.services.<name>) describe their entries in additionalProperties.
        node = /^\d+$/.test(p) ? n.items : (n.properties?.[p] ?? n.additionalProperties);
    }
    return Object.keys(node?.properties ?? {});
}
function decodePointer(s) {
    return s.replace(/~1/g, "/").replace(/~0/g, "~");
}

;// CONCATENATED MODULE: ./packages/core/src/model/report.ts


/** The model as JSON: the chosen targets, and the Applications that deploy any of them. */
function modelJson(model, targets, options = {}) {
    const chosen = new Set(targets.map((t) => t.id));
    // Unfiltered, every Application is listed (those that render nothing here too).
    const all = targets.length === model.targets.length;
    return {
        environments: model.environments,
        targets: targets.map((t) => targetJson(t, options.explain === true)),
        applications: model.applications
            .filter((a) => all || a.targets.some((id) => chosen.has(id)))
            .map((a) => ({
            name: a.name,
            namespace: a.namespace,
            project: a.project,
            file: a.file,
            line: a.line,
            applicationSet: a.applicationSet,
            targets: a.targets,
            destination: a.destination,
        })),
    };
}
function targetJson(t, explain) {
    const out = {
        id: t.id,
        env: t.env,
        kind: t.kind,
        source: t.source,
        origin: t.origin,
        applications: [...new Set(t.applications.map((a) => a.name))],
    };
    if (t.service)
        out.service = t.service;
    if (t.root)
        out.root = t.root;
    if (explain)
        out.reasons = t.reasons.filter(Boolean);
    return out;
}
/** `gitops targets --explain` as text: each target, then why. */
function explainText(targets) {
    const lines = [];
    for (const t of targets) {
        lines.push(`${t.id}  (${t.kind}, env ${t.env || "none: shared"}, service ${t.service ?? "none"})`);
        for (const r of t.reasons.filter(Boolean))
            lines.push(`  - ${r}`);
        for (const a of t.applications) {
            lines.push(`  - deployed by Application ${a.name} (${a.file}:${a.line}${a.applicationSet ? `, ApplicationSet ${a.applicationSet}` : ""})`);
        }
    }
    return lines.join("\n") + "\n";
}
/** A repo with nothing to check: say where we looked and how to point us elsewhere. */
function noTargets(layout) {
    const where = layout.configFile ? `targets.roots in ${CONFIG_FILE}` : `targets.roots in a ${CONFIG_FILE}`;
    const looked = layout.config.targets.roots.length > 0
        ? `no kustomization, chart or manifest folder under ${layout.config.targets.roots.join(", ")}`
        : "no kustomization or chart that nothing else uses, no manifest folder under an env folder";
    return new src_errors/* UserError */.yo(`no targets in ${layout.repo}: ${looked}, and no Argo CD Application points into the repository; ` +
        `set ${where} to where your overlays live`, layout.configFile ? CONFIG_FILE : undefined);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
            this.stats.writeProblem = `cannot write to the cache ${this.dir}: ${(0,src_errors/* messageOf */.bD)(err)}`;
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
        for (const path of store_listFiles(this.dir)) {
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
function store_listFiles(dir, out = []) {
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
            store_listFiles(path, out);
        else if (e.isFile())
            out.push(path);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/clock.ts
/**
 * The wall clock with sub-millisecond precision, comparable with a file's `ctimeMs`: when a run
 * began reading the repository, so the cache can tell a file changed during the run.
 */
function preciseNow() {
    return performance.timeOrigin + performance.now();
}

;// CONCATENATED MODULE: ./packages/cache/src/files.ts




/** Thrown when an input cannot be hashed faithfully (a symlinked folder): the work is not cached. */
class files_Unhashable extends Error {
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
    since = preciseNow()) {
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
                    throw new files_Unhashable(`${path} is a symlinked folder`);
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
            if (err instanceof files_Unhashable)
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
            throw new src_errors/* UserError */.yo(`GITOPS_CACHE_DIR must be an absolute path, got "${explicit}"`);
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
        throw new src_errors/* UserError */.yo(`GITOPS_CACHE_MAX_MB must be a whole number of megabytes (1 or more), got "${raw}"`);
    return Number(raw) * 1024 * 1024;
}

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
        this.shared = cacheKey({ gitops: VERSION, code: codeIdentity(), kind, shared });
    }
    /** The key of a target's result; undefined when its inputs cannot be hashed faithfully. */
    key(t) {
        try {
            return cacheKey({
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
const SOURCE_FILES = (/* unused pure expression or super */ null && (["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]));
function sourceFiles(source) {
    return SOURCE_FILES.map((f) => posix.join(source, f));
}
/** The key part of a rendered output: the SHA-256 of the bytes a check parsed. */
function outputDigest(bytes) {
    return createHash("sha256").update(bytes).digest("hex");
}

;// CONCATENATED MODULE: ./packages/cache/src/lines.ts




const lines_KIND = "yaml-lines";
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
            key = cacheKey({
                gitops: VERSION,
                code: codeIdentity(),
                files: [...files].sort().map((f) => [f, hasher.file(f)]),
            });
        }
        catch (err) {
            if (err instanceof Unhashable)
                return undefined;
            throw err;
        }
        let lines = {};
        const text = store.get(lines_KIND, key);
        if (text !== undefined) {
            try {
                const v = JSON.parse(text);
                if (isLines(v))
                    lines = v;
                else
                    store.rejected(lines_KIND);
            }
            catch {
                store.rejected(lines_KIND);
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
        this.store.put(lines_KIND, this.key, JSON.stringify(this.lines));
    }
}
function isLines(v) {
    return (typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((n) => Number.isInteger(n) && n > 0));
}

;// CONCATENATED MODULE: ./packages/cache/src/index.ts








;// CONCATENATED MODULE: ./packages/core/src/write.ts
/** Writing output files so that a crash, a kill or a full disk never leaves half a file. */




/**
 * Writes `content` to a temp file beside `path`, then renames it over `path`:
 * a reader sees the old file or the new one, never half of one. A failure
 * removes the temp file and rethrows.
 */
function writeAtomic(path, content) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
    try {
        (0,external_node_fs_.writeFileSync)(tmp, content);
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw err;
    }
}
/**
 * `writeAtomic` for a file the user named (an option, an input, a config
 * value): a failure is a `UserError` naming `shownAs` and the path.
 */
function writeTextAtomic(path, content, shownAs = path) {
    try {
        writeAtomic(path, content);
    }
    catch (err) {
        throw new UserError(`${shownAs}: cannot write: ${messageOf(err)}`);
    }
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./packages/core/src/appset/budget.ts
/**
 * Caps on the work one ApplicationSet may cause, so that hostile content (a
 * template that loops or recurses, a generator that multiplies) ends with an
 * error instead of exhausting time or memory.
 */
const LIMITS = {
    /** Applications one ApplicationSet may generate (and parameter sets a generator may produce). */
    maxApplications: 10_000,
    /** Characters one template execution may write. */
    maxTemplateOutput: 1024 * 1024,
    /** Characters all rendered strings of one ApplicationSet may add up to. */
    maxTotalOutput: 64 * 1024 * 1024,
    /** Nested `{{template}}` calls (Go allows 100000; a JavaScript stack does not). */
    maxTemplateDepth: 200,
    /** Template evaluation steps for one ApplicationSet. */
    maxSteps: 10_000_000,
    /** Elements a list function (`until`, `repeat` ...) may build. */
    maxListLength: 100_000,
    /** Folders and files listed for git generators. */
    maxRepoEntries: 200_000,
    /** Nesting of values walked by flatten, merge and print. */
    maxDepth: 100,
};
class LimitError extends Error {
}
/** A step counter shared by everything one expansion evaluates. */
class Budget {
    maxSteps;
    maxOutput;
    steps = 0;
    output = 0;
    constructor(maxSteps = LIMITS.maxSteps, maxOutput = LIMITS.maxTotalOutput) {
        this.maxSteps = maxSteps;
        this.maxOutput = maxOutput;
    }
    spend(n = 1) {
        this.steps += n;
        if (this.steps > this.maxSteps) {
            throw new LimitError(`expansion stopped after ${this.maxSteps} template steps (a loop or recursion?)`);
        }
    }
    write(chars) {
        this.output += chars;
        if (this.output > this.maxOutput) {
            throw new LimitError(`rendered output exceeds ${this.maxOutput} characters`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/funcs.ts
/** An error a template function returns; execution reports `error calling NAME: MESSAGE`. */
class FuncError extends Error {
}
function fnOf(params, fn, variadic) {
    return variadic === undefined ? { params, fn } : { params, fn, variadic };
}
function typeLabel(t) {
    switch (t) {
        case "any":
            return "interface {}";
        case "value":
            return "reflect.Value";
        case "map":
            return "map[string]interface {}";
        case "slice":
            return "[]interface {}";
        case "strings":
            return "[]string";
        default:
            return t;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/values.ts
/**
 * Go values as text/template sees them, in JavaScript.
 *
 * `undefined` is Go's invalid reflect.Value (a missing map key), `null` a nil
 * interface (JSON null), `bigint` an `int`, {@link Int64} an `int64` (what sprig's
 * arithmetic returns), `number` a `float64` (every number a generator reads from
 * YAML or JSON), arrays are slices and plain objects are maps. Go's container
 * types matter to some functions (`keys` refuses a `map[string]string`), so
 * containers may carry a type tag.
 */
/** An `int64`: kept apart from `int` because Go will not pass one where the other is expected. */
class Int64 {
    v;
    constructor(v) {
        this.v = v;
    }
}
const containerTypes = new WeakMap();
/** Marks `value` as a Go container of a concrete type. */
function typed(value, type) {
    containerTypes.set(value, type);
    return value;
}
/** The Go type tag of a container, if it has one. */
function containerTypeOf(value) {
    return containerTypes.get(value);
}
function isMap(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Int64);
}
/** A map that a key like `__proto__` cannot corrupt. */
function values_newMap() {
    return Object.create(null);
}
/** Sets a key as an own data property, whatever its name. */
function values_put(m, key, value) {
    Object.defineProperty(m, key, { value, writable: true, enumerable: true, configurable: true });
}
function hasOwn(m, key) {
    return Object.prototype.hasOwnProperty.call(m, key);
}
function mapGet(m, key) {
    return hasOwn(m, key) ? m[key] : undefined;
}
/** Go orders strings by bytes, which for UTF-8 is code point order. */
function compareStrings(a, b) {
    if (a === b)
        return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.codePointAt(i) ?? 0;
        const y = b.codePointAt(i) ?? 0;
        if (x !== y)
            return x - y;
        if (x > 0xffff)
            i++;
    }
    return a.length - b.length;
}
function sortedKeys(m) {
    return Object.keys(m).sort(compareStrings);
}
/** The Go type name of a value, as error messages and `typeOf` print it. */
function typeName(v) {
    if (v === undefined || v === null)
        return "<nil>";
    if (typeof v === "boolean")
        return "bool";
    if (typeof v === "bigint")
        return "int";
    if (typeof v === "number")
        return "float64";
    if (typeof v === "string")
        return "string";
    if (v instanceof Int64)
        return "int64";
    const tag = containerTypes.get(v);
    if (tag)
        return tag;
    return Array.isArray(v) ? "[]interface {}" : "map[string]interface {}";
}
/** reflect.Kind names, for `kindOf`/`kindIs`. */
function kindName(v) {
    if (v === undefined || v === null)
        return "invalid";
    if (typeof v === "boolean")
        return "bool";
    if (typeof v === "bigint")
        return "int";
    if (v instanceof Int64)
        return "int64";
    if (typeof v === "number")
        return "float64";
    if (typeof v === "string")
        return "string";
    return Array.isArray(v) ? "slice" : "map";
}
/** Go's truth: zero values, empty containers, nil and missing are false. */
function isTrue(v) {
    if (v === undefined || v === null)
        return false;
    if (typeof v === "boolean")
        return v;
    if (typeof v === "bigint")
        return v !== 0n;
    if (v instanceof Int64)
        return v.v !== 0n;
    if (typeof v === "number")
        return v !== 0;
    if (typeof v === "string")
        return v.length > 0;
    if (Array.isArray(v))
        return v.length > 0;
    return Object.keys(v).length > 0;
}
/** The integer inside an `int` or `int64`, or undefined for anything else. */
function intOf(v) {
    if (typeof v === "bigint")
        return v;
    if (v instanceof Int64)
        return v.v;
    return undefined;
}
/** A string's code points: Go ranges over a string rune by rune. */
function runes(s) {
    return Array.from(s);
}
/** Byte length of a string in UTF-8, as Go's `len` counts it. */
function utf8Length(s) {
    return Buffer.byteLength(s, "utf8");
}
const MAX_PRINT_DEPTH = 100;
/** fmt's `%v` of a value inside a container or as an argument (nil prints as `<nil>`). */
function formatValue(v, depth = 0) {
    if (depth > MAX_PRINT_DEPTH)
        throw new Error("value is nested too deeply to print");
    if (v === undefined || v === null)
        return "<nil>";
    if (typeof v === "string")
        return v;
    if (typeof v === "boolean")
        return v ? "true" : "false";
    if (typeof v === "bigint")
        return v.toString();
    if (v instanceof Int64)
        return v.v.toString();
    if (typeof v === "number")
        return formatFloatShortest(v, "g");
    if (Array.isArray(v))
        return "[" + v.map((x) => formatValue(x, depth + 1)).join(" ") + "]";
    return ("map[" +
        sortedKeys(v)
            .map((k) => `${k}:${formatValue(v[k], depth + 1)}`)
            .join(" ") +
        "]");
}
/** The shortest decimal digits of a finite non-zero float and its decimal exponent. */
function shortestDigits(f) {
    const [mant = "0", e = "0"] = Math.abs(f).toExponential().split("e");
    return { digits: mant.replace(".", ""), exp: Number(e) };
}
/**
 * strconv.FormatFloat(f, 'g' or 'e', -1, 64): the shortest representation, in
 * exponent form when 'e', or for 'g' when the exponent is below -4 or at least 6.
 */
function formatFloatShortest(f, fmt) {
    if (Number.isNaN(f))
        return "NaN";
    if (f === Infinity)
        return "+Inf";
    if (f === -Infinity)
        return "-Inf";
    const sign = f < 0 || Object.is(f, -0) ? "-" : "";
    if (f === 0)
        return fmt === "e" ? `${sign}0e+00` : `${sign}0`;
    const { digits, exp } = shortestDigits(f);
    if (fmt === "e" || exp < -4 || exp >= 6) {
        const mantissa = digits.length > 1 ? `${digits[0] ?? ""}.${digits.slice(1)}` : digits;
        const e = Math.abs(exp).toString().padStart(2, "0");
        return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${e}`;
    }
    if (exp < 0)
        return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1)
        return sign + digits + "0".repeat(exp + 1 - digits.length);
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/gofmt.ts
/**
 * fmt.Sprintf, fmt.Sprint and fmt.Sprintln for the value model, with Go's
 * verbs, flags, width, precision, argument indexes and its `%!verb(type=value)`
 * complaints about mismatched arguments.
 */

/** fmt.Sprint: operands separated by a space when neither side is a string. */
function sprint(args) {
    let out = "";
    args.forEach((a, i) => {
        const prev = args[i - 1];
        if (i > 0 && typeof a !== "string" && typeof prev !== "string")
            out += " ";
        out += formatValue(a);
    });
    return out;
}
/** fmt.Sprintln: operands always separated by a space, newline appended. */
function sprintln(args) {
    return args.map((a) => formatValue(a)).join(" ") + "\n";
}
function sprintf(format, args) {
    let out = "";
    let argNum = 0;
    // Set by argument indexes ([n]), which turn off the EXTRA complaint as in Go.
    const state = { reordered: false };
    let i = 0;
    while (i < format.length) {
        const pct = format.indexOf("%", i);
        if (pct < 0) {
            out += format.slice(i);
            break;
        }
        out += format.slice(i, pct);
        i = pct + 1;
        const spec = {
            plus: false,
            minus: false,
            sharp: false,
            space: false,
            zero: false,
            width: undefined,
            prec: undefined,
        };
        flags: while (i < format.length) {
            switch (format.charAt(i)) {
                case "+":
                    spec.plus = true;
                    break;
                case "-":
                    spec.minus = true;
                    break;
                case "#":
                    spec.sharp = true;
                    break;
                case " ":
                    spec.space = true;
                    break;
                case "0":
                    spec.zero = true;
                    break;
                default:
                    break flags;
            }
            i++;
        }
        const argIndex = () => {
            const m = /^\[(\d+)\]/.exec(format.slice(i));
            if (m) {
                argNum = Number(m[1]) - 1;
                state.reordered = true;
                i += m[0].length;
            }
        };
        argIndex();
        if (format.charAt(i) === "*") {
            i++;
            const w = intOf(args[argNum] ?? null);
            argNum++;
            if (w === undefined)
                out += "%!(BADWIDTH)";
            else {
                spec.width = Math.abs(Number(w));
                if (w < 0n)
                    spec.minus = true;
            }
        }
        else {
            const m = /^\d+/.exec(format.slice(i));
            if (m) {
                spec.width = Number(m[0]);
                i += m[0].length;
            }
        }
        if (format.charAt(i) === ".") {
            i++;
            argIndex();
            if (format.charAt(i) === "*") {
                i++;
                const p = intOf(args[argNum] ?? null);
                argNum++;
                if (p === undefined || p < 0n)
                    out += "%!(BADPREC)";
                else
                    spec.prec = Number(p);
            }
            else {
                const m = /^\d+/.exec(format.slice(i));
                spec.prec = m ? Number(m[0]) : 0;
                if (m)
                    i += m[0].length;
            }
        }
        argIndex();
        if (i >= format.length) {
            out += "%!(NOVERB)";
            break;
        }
        const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
        i += verb.length;
        if (verb === "%") {
            out += "%";
            continue;
        }
        if (argNum >= args.length) {
            out += `%!${verb}(MISSING)`;
            continue;
        }
        const arg = args[argNum++];
        out += pad(formatArg(arg, verb, spec), spec, isNumeric(arg) && verb !== "T");
    }
    if (!state.reordered && argNum < args.length) {
        out +=
            "%!(EXTRA " +
                args
                    .slice(argNum)
                    .map((a) => `${typeName(a)}=${formatValue(a)}`)
                    .join(", ") +
                ")";
    }
    return out;
}
function isNumeric(v) {
    return typeof v === "bigint" || typeof v === "number" || v instanceof Int64;
}
function pad(s, spec, numeric) {
    const width = spec.width ?? 0;
    const len = runes(s).length;
    if (len >= width)
        return s;
    const fill = width - len;
    if (spec.minus)
        return s + " ".repeat(fill);
    if (spec.zero && numeric) {
        const sign = /^[+\- ]/.test(s) ? s.charAt(0) : "";
        return sign + "0".repeat(fill) + s.slice(sign.length);
    }
    return " ".repeat(fill) + s;
}
function bad(verb, arg) {
    if (arg === null || arg === undefined)
        return `%!${verb}(<nil>)`;
    return `%!${verb}(${typeName(arg)}=${formatValue(arg)})`;
}
function formatArg(arg, verb, spec) {
    if (verb === "T")
        return typeName(arg);
    if (arg === null || arg === undefined)
        return verb === "v" ? "<nil>" : bad(verb, arg);
    if (typeof arg === "boolean")
        return verb === "v" || verb === "t" ? String(arg) : bad(verb, arg);
    const int = intOf(arg);
    if (int !== undefined)
        return formatInt(int, verb, spec, arg);
    if (typeof arg === "number")
        return formatFloat(arg, verb, spec);
    if (typeof arg === "string")
        return formatString(arg, verb, spec);
    if (Array.isArray(arg)) {
        if (!"vsdqxXobeEfFgGtc".includes(verb))
            return bad(verb, arg);
        return "[" + arg.map((x) => formatArg(x, verb, { ...spec, width: undefined })).join(" ") + "]";
    }
    if (isMap(arg)) {
        return ("map[" +
            sortedKeys(arg)
                .map((k) => `${formatArg(k, verb, { ...spec, width: undefined })}:${formatArg(arg[k], verb, { ...spec, width: undefined })}`)
                .join(" ") +
            "]");
    }
    return bad(verb, arg);
}
function signed(neg, digits, spec) {
    if (neg)
        return "-" + digits;
    if (spec.plus)
        return "+" + digits;
    if (spec.space)
        return " " + digits;
    return digits;
}
function formatInt(n, verb, spec, arg) {
    const neg = n < 0n;
    const abs = neg ? -n : n;
    let digits;
    switch (verb) {
        case "v":
        case "d":
            digits = abs.toString(10);
            break;
        case "b":
            digits = abs.toString(2);
            break;
        case "o":
            digits = (spec.sharp ? "0" : "") + abs.toString(8);
            break;
        case "O":
            digits = "0o" + abs.toString(8);
            break;
        case "x":
            digits = (spec.sharp ? "0x" : "") + abs.toString(16);
            break;
        case "X":
            digits = (spec.sharp ? "0X" : "") + abs.toString(16).toUpperCase();
            break;
        case "c":
            return safeCodePoint(n);
        case "q":
            return "'" + quoteRune(safeCodePoint(n)) + "'";
        case "U":
            return "U+" + abs.toString(16).toUpperCase().padStart(4, "0");
        case "e":
        case "E":
        case "f":
        case "F":
        case "g":
        case "G":
            return bad(verb, arg);
        default:
            return bad(verb, arg);
    }
    if (spec.prec !== undefined)
        digits = digits.padStart(spec.prec, "0");
    return signed(neg, digits, spec);
}
function safeCodePoint(n) {
    const cp = Number(n);
    if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
        return "\ufffd";
    return String.fromCodePoint(cp);
}
function formatFloat(f, verb, spec) {
    if (!Number.isFinite(f)) {
        const s = Number.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf";
        if (s === "+Inf" && !spec.plus)
            return "+Inf";
        return s;
    }
    const neg = f < 0 || Object.is(f, -0);
    const abs = Math.abs(f);
    let body;
    switch (verb) {
        case "v":
        case "g":
        case "G":
            body = spec.prec === undefined ? formatFloatShortest(abs, "g") : formatG(abs, spec.prec, spec.sharp);
            if (verb === "G")
                body = body.toUpperCase();
            break;
        case "e":
        case "E":
            body = formatE(abs, spec.prec ?? 6);
            if (verb === "E")
                body = body.toUpperCase();
            break;
        case "f":
        case "F":
            body = formatF(abs, spec.prec ?? 6);
            break;
        default:
            return bad(verb, f);
    }
    return signed(neg, body, spec);
}
function formatF(abs, prec) {
    if (abs < 1e21)
        return abs.toFixed(Math.min(prec, 100));
    const int = BigInt(Math.round(abs)).toString();
    return prec > 0 ? `${int}.${"0".repeat(prec)}` : int;
}
function formatE(abs, prec) {
    const s = abs.toExponential(Math.min(prec, 100));
    const [mant = "0", exp = "+0"] = s.split("e");
    const sign = exp.startsWith("-") ? "-" : "+";
    return `${mant}e${sign}${exp.replace(/^[+-]/, "").padStart(2, "0")}`;
}
function formatG(abs, prec, sharp) {
    const p = prec === 0 ? 1 : prec;
    if (abs === 0)
        return "0";
    const { exp } = shortestDigits(Number(abs.toExponential(p - 1)));
    let out;
    if (exp < -4 || exp >= p) {
        out = formatE(abs, p - 1);
        if (!sharp)
            out = out.replace(/\.?0+e/, "e");
    }
    else {
        out = abs.toFixed(Math.max(p - 1 - exp, 0));
        if (!sharp && out.includes("."))
            out = out.replace(/\.?0+$/, "");
    }
    return out;
}
function formatString(s, verb, spec) {
    const truncated = spec.prec === undefined ? s : runes(s).slice(0, spec.prec).join("");
    switch (verb) {
        case "v":
        case "s":
            return truncated;
        case "q":
            return spec.sharp && !truncated.includes("`") ? "`" + truncated + "`" : quoteGo(truncated);
        case "x":
        case "X": {
            const hex = Buffer.from(truncated, "utf8").toString("hex");
            return verb === "X" ? hex.toUpperCase() : hex;
        }
        default:
            return bad(verb, s);
    }
}
/** strconv.Quote: Go's double-quoted form, printable Unicode kept as is. */
function quoteGo(s) {
    let out = '"';
    for (const ch of s) {
        if (ch === '"')
            out += '\\"';
        else
            out += quoteRuneBody(ch);
    }
    return out + '"';
}
function quoteRune(ch) {
    return ch === "'" ? "\\'" : quoteRuneBody(ch);
}
function quoteRuneBody(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    switch (ch) {
        case "\\":
            return "\\\\";
        case "\x07":
            return "\\a";
        case "\b":
            return "\\b";
        case "\f":
            return "\\f";
        case "\n":
            return "\\n";
        case "\r":
            return "\\r";
        case "\t":
            return "\\t";
        case "\v":
            return "\\v";
    }
    if (cp === 0xfffd && ch !== "\ufffd")
        return "\\ufffd";
    if (cp < 0x20 || cp === 0x7f)
        return "\\x" + cp.toString(16).padStart(2, "0");
    if (cp >= 0xd800 && cp < 0xe000)
        return "\\ufffd";
    if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(ch) && (cp < 0x80 || ch !== "\u00a0")) {
        if (cp === 0x20 || !/\p{Zs}/u.test(ch))
            return ch;
    }
    if (cp <= 0xffff)
        return "\\u" + cp.toString(16).padStart(4, "0");
    return "\\U" + cp.toString(16).padStart(8, "0");
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/builtins.ts
/** The functions every Go text/template has (text/template/funcs.go). */



function basicKind(v) {
    if (typeof v === "boolean")
        return "bool";
    if (intOf(v) !== undefined)
        return "int";
    if (typeof v === "number")
        return "float";
    if (typeof v === "string")
        return "string";
    return "invalid";
}
function isNilish(v) {
    return v === undefined || v === null;
}
function eq(arg1, ...rest) {
    if (rest.length === 0)
        throw new FuncError("missing argument for comparison");
    const k1 = basicKind(arg1);
    for (const arg of rest) {
        const k2 = basicKind(arg);
        let truth = false;
        if (k1 !== k2) {
            if (!isNilish(arg1) && !isNilish(arg))
                throw new FuncError("incompatible types for comparison");
        }
        else {
            switch (k1) {
                case "int":
                    truth = intOf(arg1) === intOf(arg);
                    break;
                case "bool":
                case "float":
                case "string":
                    truth = arg1 === arg;
                    break;
                case "invalid":
                    if (isNilish(arg1) || isNilish(arg))
                        truth = isNilish(arg1) === isNilish(arg);
                    else
                        throw new FuncError(`non-comparable type ${formatValue(arg)}: ${typeName(arg)}`);
            }
        }
        if (truth)
            return true;
    }
    return false;
}
function lt(a, b) {
    const k1 = basicKind(a);
    const k2 = basicKind(b);
    if (k1 === "invalid" || k2 === "invalid")
        throw new FuncError("invalid type for comparison");
    if (k1 !== k2)
        throw new FuncError("incompatible types for comparison");
    switch (k1) {
        case "bool":
            throw new FuncError("invalid type for comparison");
        case "int":
            return (intOf(a) ?? 0n) < (intOf(b) ?? 0n);
        case "float":
            return a < b;
        default:
            return compareStrings(a, b) < 0;
    }
}
function builtins_length(v) {
    if (v === null)
        throw new FuncError("len of nil pointer");
    if (v === undefined)
        throw new FuncError("len of untyped nil");
    if (typeof v === "string")
        return BigInt(utf8Length(v));
    if (Array.isArray(v))
        return BigInt(v.length);
    if (isMap(v))
        return BigInt(Object.keys(v).length);
    throw new FuncError(`len of type ${typeName(v)}`);
}
function index(item, ...indexes) {
    if (isNilish(item))
        throw new FuncError("index of untyped nil");
    let cur = item;
    for (const ix of indexes) {
        if (cur === null || cur === undefined)
            throw new FuncError("index of nil pointer");
        if (Array.isArray(cur) || typeof cur === "string") {
            const n = intOf(ix);
            if (n === undefined) {
                throw new FuncError(isNilish(ix)
                    ? "cannot index slice/array with nil"
                    : `cannot index slice/array with type ${typeName(ix)}`);
            }
            const len = typeof cur === "string" ? utf8Length(cur) : cur.length;
            if (n < 0n || n >= BigInt(len))
                throw new FuncError(`index out of range: ${n}`);
            cur = typeof cur === "string" ? BigInt(Buffer.from(cur, "utf8")[Number(n)] ?? 0) : cur[Number(n)];
        }
        else if (isMap(cur)) {
            if (typeof ix !== "string") {
                throw new FuncError(isNilish(ix)
                    ? "value is nil; should be of type string"
                    : `value has type ${typeName(ix)}; should be string`);
            }
            if (hasOwn(cur, ix))
                cur = cur[ix];
            else
                cur = containerTypeOf(cur) === "map[string]string" ? "" : null;
        }
        else {
            throw new FuncError(`can't index item of type ${typeName(cur)}`);
        }
    }
    return cur;
}
function htmlEscape(s) {
    return s.replace(/[\0"'&<>]/g, (c) => {
        switch (c) {
            case "\0":
                return "\ufffd";
            case '"':
                return "&#34;";
            case "'":
                return "&#39;";
            case "&":
                return "&amp;";
            case "<":
                return "&lt;";
            default:
                return "&gt;";
        }
    });
}
function jsEscape(s) {
    let out = "";
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === "\\")
            out += "\\\\";
        else if (ch === "'")
            out += "\\'";
        else if (ch === '"')
            out += '\\"';
        else if ("<>&=".includes(ch) || cp < 0x20)
            out += "\\u" + cp.toString(16).toUpperCase().padStart(4, "0");
        else
            out += ch;
    }
    return out;
}
function evalArgs(args) {
    const [only] = args;
    if (args.length === 1 && typeof only === "string")
        return only;
    return sprint(args);
}
const BUILTINS = new Map([
    ["and", { params: ["value"], variadic: "value", fn: () => null, shortCircuit: "and" }],
    ["or", { params: ["value"], variadic: "value", fn: () => null, shortCircuit: "or" }],
    ["not", { params: ["value"], fn: (v) => !isTrue(v) }],
    ["len", { params: ["value"], fn: builtins_length }],
    ["index", { params: ["value"], variadic: "value", fn: index }],
    ["print", { params: [], variadic: "any", fn: (...a) => sprint(a) }],
    ["println", { params: [], variadic: "any", fn: (...a) => sprintln(a) }],
    ["printf", { params: ["string"], variadic: "any", fn: (f, ...a) => sprintf(f, a) }],
    ["eq", { params: ["value"], variadic: "value", fn: eq }],
    ["ne", { params: ["value", "value"], fn: (a, b) => !eq(a, b) }],
    ["lt", { params: ["value", "value"], fn: lt }],
    ["le", { params: ["value", "value"], fn: (a, b) => lt(a, b) || eq(a, b) }],
    ["gt", { params: ["value", "value"], fn: (a, b) => !(lt(a, b) || eq(a, b)) }],
    ["ge", { params: ["value", "value"], fn: (a, b) => !lt(a, b) }],
    ["html", { params: [], variadic: "any", fn: (...a) => htmlEscape(evalArgs(a)) }],
    ["js", { params: [], variadic: "any", fn: (...a) => jsEscape(evalArgs(a)) }],
    [
        "urlquery",
        { params: [], variadic: "any", fn: (...a) => encodeURIComponent(evalArgs(a)).replace(/%20/g, "+") },
    ],
    [
        "call",
        {
            params: ["value"],
            variadic: "value",
            fn: () => {
                throw new FuncError("templates here hold no function values to call");
            },
        },
    ],
]);

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/lexer.ts
/**
 * The lexer of Go's text/template (delimiters `{{` and `}}`), following
 * text/template/parse/lex.go: trim markers `{{- ` and ` -}}`, comments,
 * quoted and raw strings, character constants, numbers and fields.
 */
class TemplateSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const KEYWORDS = new Set([
    "block",
    "break",
    "continue",
    "define",
    "else",
    "end",
    "if",
    "range",
    "template",
    "with",
]);
const LEFT = "{{";
const RIGHT = "}}";
function isSpace(c) {
    return c === " " || c === "\t" || c === "\r" || c === "\n";
}
function isAlphaNumeric(c) {
    return c === "_" || /^[\p{L}\p{Nd}]$/u.test(c);
}
function hasLeftTrimMarker(s, at) {
    return s.charAt(at) === "-" && isSpace(s.charAt(at + 1));
}
function hasRightTrimMarker(s, at) {
    return isSpace(s.charAt(at)) && s.charAt(at + 1) === "-";
}
function rightTrimLength(s) {
    return s.length - s.replace(/[ \t\r\n]+$/, "").length;
}
function leftTrimLength(s, from) {
    let i = from;
    while (i < s.length && isSpace(s.charAt(i)))
        i++;
    return i - from;
}
/** Splits a template into tokens, or throws a {@link TemplateSyntaxError}. */
function lex(input) {
    const tokens = [];
    let pos = 0;
    let start = 0;
    let line = 1;
    let startLine = 1;
    let parenDepth = 0;
    const fail = (message) => {
        throw new TemplateSyntaxError(message, startLine);
    };
    const emit = (type) => {
        tokens.push({ type, value: input.slice(start, pos), pos: start, line: startLine });
        start = pos;
        startLine = line;
    };
    const ignore = () => {
        line += countNewlines(input, start, pos);
        start = pos;
        startLine = line;
    };
    const peek = () => input.charAt(pos);
    const next = () => {
        const c = input.charAt(pos);
        if (c === "")
            return "";
        const cp = input.codePointAt(pos) ?? 0;
        const s = String.fromCodePoint(cp);
        pos += s.length;
        if (s === "\n")
            line++;
        return s;
    };
    const backup = (s) => {
        pos -= s.length;
        if (s === "\n")
            line--;
    };
    const accept = (valid) => {
        const c = peek();
        if (c !== "" && valid.includes(c)) {
            next();
            return true;
        }
        return false;
    };
    const acceptRun = (valid) => {
        while (accept(valid))
            ;
    };
    const atRightDelim = () => {
        if (hasRightTrimMarker(input, pos) && input.startsWith(RIGHT, pos + 2))
            return { delim: true, trim: true };
        return { delim: input.startsWith(RIGHT, pos), trim: false };
    };
    const atTerminator = () => {
        const c = peek();
        if (c === "" || isSpace(c) || ".,|:)(".includes(c))
            return true;
        return input.startsWith(RIGHT, pos);
    };
    /** Text up to the next `{{`; returns false at the end of input. */
    const lexText = () => {
        const x = input.indexOf(LEFT, pos);
        if (x < 0) {
            pos = input.length;
            if (pos > start) {
                line += countNewlines(input, start, pos);
                emit("text");
            }
            return false;
        }
        pos = x;
        let trim = 0;
        if (hasLeftTrimMarker(input, x + LEFT.length))
            trim = rightTrimLength(input.slice(start, x));
        pos -= trim;
        if (pos > start) {
            line += countNewlines(input, start, pos);
            emit("text");
        }
        pos += trim;
        ignore();
        return true;
    };
    const lexLeftDelim = () => {
        pos += LEFT.length;
        const trim = hasLeftTrimMarker(input, pos);
        const after = trim ? 2 : 0;
        if (input.startsWith("/*", pos + after)) {
            pos += after;
            ignore();
            return "comment";
        }
        emit("left");
        pos += after;
        ignore();
        parenDepth = 0;
        return "action";
    };
    const lexComment = () => {
        pos += 2;
        const x = input.indexOf("*/", pos);
        if (x < 0)
            fail("unclosed comment");
        line += countNewlines(input, pos, x + 2);
        pos = x + 2;
        const { delim, trim } = atRightDelim();
        if (!delim)
            fail("comment ends before closing delimiter");
        emit("comment");
        if (trim)
            pos += 2;
        pos += RIGHT.length;
        if (trim)
            pos += leftTrimLength(input, pos);
        ignore();
    };
    const lexRightDelim = (trim) => {
        if (trim) {
            pos += 2;
            ignore();
        }
        pos += RIGHT.length;
        emit("right");
        if (trim) {
            pos += leftTrimLength(input, pos);
            ignore();
        }
    };
    const lexSpace = () => {
        let n = 0;
        while (isSpace(peek())) {
            next();
            n++;
        }
        // A trim-marked closing delimiter has a minus after a space.
        if (hasRightTrimMarker(input, pos - 1) && input.startsWith(RIGHT, pos + 1)) {
            pos--;
            if (input.charAt(pos) === "\n")
                line--;
            if (n === 1)
                return true;
        }
        emit("space");
        return false;
    };
    const lexQuote = () => {
        for (;;) {
            const c = next();
            if (c === "\\") {
                const d = next();
                if (d !== "" && d !== "\n")
                    continue;
                fail("unterminated quoted string");
            }
            if (c === "" || c === "\n")
                fail("unterminated quoted string");
            if (c === '"')
                break;
        }
        emit("string");
    };
    const lexRawQuote = () => {
        const x = input.indexOf("`", pos);
        if (x < 0)
            fail("unterminated raw quoted string");
        line += countNewlines(input, pos, x + 1);
        pos = x + 1;
        emit("raw");
    };
    const lexChar = () => {
        for (;;) {
            const c = next();
            if (c === "\\") {
                const d = next();
                if (d !== "" && d !== "\n")
                    continue;
                fail("unterminated character constant");
            }
            if (c === "" || c === "\n")
                fail("unterminated character constant");
            if (c === "'")
                break;
        }
        emit("char");
    };
    const scanNumber = () => {
        accept("+-");
        let digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX"))
                digits = "0123456789abcdefABCDEF_";
            else if (accept("oO"))
                digits = "01234567_";
            else if (accept("bB"))
                digits = "01_";
        }
        acceptRun(digits);
        if (accept("."))
            acceptRun(digits);
        if (digits.length === 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length === 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (isAlphaNumeric(peek())) {
            next();
            return false;
        }
        return true;
    };
    const lexNumber = () => {
        if (!scanNumber())
            fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        const sign = peek();
        if (sign === "+" || sign === "-") {
            // A complex constant like 1+2i: Go accepts it; we do not evaluate complex numbers.
            if (!scanNumber() || input.charAt(pos - 1) !== "i") {
                fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
            }
        }
        emit("number");
    };
    const lexFieldOrVariable = (type) => {
        if (atTerminator()) {
            emit(type === "var" ? "var" : "dot");
            return;
        }
        for (;;) {
            const c = next();
            if (!isAlphaNumeric(c)) {
                if (c !== "")
                    backup(c);
                break;
            }
        }
        if (!atTerminator())
            fail(`bad character ${describeChar(peek())}`);
        emit(type);
    };
    const lexIdentifier = () => {
        for (;;) {
            const c = next();
            if (!isAlphaNumeric(c)) {
                if (c !== "")
                    backup(c);
                break;
            }
        }
        if (!atTerminator())
            fail(`bad character ${describeChar(peek())}`);
        const word = input.slice(start, pos);
        if (KEYWORDS.has(word))
            emit(word);
        else if (word === "true" || word === "false")
            emit("bool");
        else if (word === "nil")
            emit("nil");
        else
            emit("ident");
    };
    /** Inside `{{ }}`: returns true when the action has ended. */
    const lexInsideAction = () => {
        const { delim, trim } = atRightDelim();
        if (delim) {
            if (parenDepth !== 0)
                fail("unclosed left paren");
            lexRightDelim(trim);
            return true;
        }
        const c = next();
        if (c === "")
            fail("unclosed action");
        if (isSpace(c)) {
            backup(c);
            if (lexSpace()) {
                lexRightDelim(true);
                return true;
            }
            return false;
        }
        switch (c) {
            case "=":
                emit("assign");
                return false;
            case ":":
                if (next() !== "=")
                    fail("expected :=");
                emit("declare");
                return false;
            case "|":
                emit("pipe");
                return false;
            case '"':
                lexQuote();
                return false;
            case "`":
                lexRawQuote();
                return false;
            case "$":
                lexFieldOrVariable("var");
                return false;
            case "'":
                lexChar();
                return false;
            case "(":
                parenDepth++;
                emit("lparen");
                return false;
            case ")":
                parenDepth--;
                if (parenDepth < 0)
                    fail("unexpected right paren");
                emit("rparen");
                return false;
        }
        if (c === ".") {
            const d = peek();
            if (d === "" || d < "0" || d > "9") {
                lexFieldOrVariable("field");
                return false;
            }
        }
        if (c === "." || c === "+" || c === "-" || (c >= "0" && c <= "9")) {
            backup(c);
            lexNumber();
            return false;
        }
        if (isAlphaNumeric(c)) {
            backup(c);
            lexIdentifier();
            return false;
        }
        if (c.length === 1 && c >= " " && c <= "~") {
            emit("punct");
            return false;
        }
        return fail(`unrecognized character in action: ${describeChar(c)}`);
    };
    while (lexText()) {
        if (lexLeftDelim() === "comment") {
            lexComment();
            continue;
        }
        while (!lexInsideAction())
            ;
    }
    tokens.push({ type: "eof", value: "", pos: input.length, line });
    return tokens;
}
function countNewlines(s, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        if (s.charCodeAt(i) === 10)
            n++;
    return n;
}
function describeChar(c) {
    if (c === "")
        return "EOF";
    const cp = c.codePointAt(0) ?? 0;
    return `U+${cp.toString(16).toUpperCase().padStart(4, "0")} '${c}'`;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/parser.ts
/**
 * The parser of Go's text/template, following text/template/parse/parse.go:
 * actions, pipelines with declarations, if/else if/with/else with/range/break/
 * continue, define/template/block, and the checks Go makes at parse time
 * (undefined functions and variables, misplaced break/continue).
 */

/** Parses `text`; `hasFunction` says which identifiers name functions. */
function parseTemplate(text, hasFunction) {
    return new Parser(text, hasFunction).parse();
}
class Parser {
    hasFunction;
    tokens;
    i = 0;
    vars = ["$"];
    rangeDepth = 0;
    set = new Map();
    eof;
    constructor(text, hasFunction) {
        this.hasFunction = hasFunction;
        this.tokens = lex(text);
        this.eof = this.tokens[this.tokens.length - 1] ?? { type: "eof", value: "", pos: text.length, line: 1 };
    }
    parse() {
        const root = { type: "list", pos: 0, nodes: [] };
        while (this.peek().type !== "eof") {
            if (this.peek().type === "left") {
                const save = this.i;
                this.next();
                if (this.nextNonSpace().type === "define") {
                    this.parseDefinition();
                    continue;
                }
                this.i = save;
            }
            const n = this.textOrAction();
            if (n === undefined)
                continue;
            if (isMarker(n))
                this.fail(`unexpected ${markerString(n)}`, n.line);
            root.nodes.push(n);
        }
        if (!this.set.has("") || root.nodes.length > 0)
            this.set.set("", root);
        return this.set;
    }
    // --- tokens ---
    peek() {
        return this.tokens[this.i] ?? this.eof;
    }
    next() {
        const t = this.peek();
        if (this.i < this.tokens.length - 1)
            this.i++;
        return t;
    }
    backup() {
        this.i--;
    }
    nextNonSpace() {
        let t = this.next();
        while (t.type === "space")
            t = this.next();
        return t;
    }
    peekNonSpace() {
        const save = this.i;
        const t = this.nextNonSpace();
        this.i = save;
        return t;
    }
    expect(type, context) {
        const t = this.nextNonSpace();
        if (t.type !== type)
            this.unexpected(t, context);
        return t;
    }
    fail(message, line) {
        throw new TemplateSyntaxError(message, line);
    }
    unexpected(t, context) {
        this.fail(`unexpected ${tokenString(t)} in ${context}`, t.line);
    }
    // --- structure ---
    parseDefinition() {
        const nameTok = this.nextNonSpace();
        if (nameTok.type !== "string" && nameTok.type !== "raw")
            this.unexpected(nameTok, "define clause");
        const name = unquote(nameTok);
        this.expect("right", "define clause");
        const savedRange = this.rangeDepth;
        this.rangeDepth = 0;
        const savedVars = this.vars;
        this.vars = ["$"];
        const [list, end] = this.itemList();
        if (end.type !== "end")
            this.fail(`unexpected ${markerString(end)} in define clause`, end.line);
        this.vars = savedVars;
        this.rangeDepth = savedRange;
        this.add(name, list, nameTok.line);
    }
    /** Go keeps a non-empty definition over an empty one and refuses two non-empty ones. */
    add(name, list, line) {
        const existing = this.set.get(name);
        if (!existing || isEmptyTree(existing)) {
            this.set.set(name, list);
            return;
        }
        if (!isEmptyTree(list))
            this.fail(`template: multiple definition of template ${JSON.stringify(name)}`, line);
    }
    itemList() {
        const list = { type: "list", pos: this.peekNonSpace().pos, nodes: [] };
        while (this.peekNonSpace().type !== "eof") {
            const n = this.textOrAction();
            if (n === undefined)
                continue;
            if (isMarker(n))
                return [list, n];
            list.nodes.push(n);
        }
        return this.fail("unexpected EOF", this.peek().line);
    }
    textOrAction() {
        const t = this.nextNonSpace();
        switch (t.type) {
            case "text":
                return { type: "text", pos: t.pos, text: t.value };
            case "left":
                return this.action();
            case "comment":
                return undefined;
            default:
                return this.unexpected(t, "input");
        }
    }
    action() {
        const t = this.nextNonSpace();
        switch (t.type) {
            case "block":
                return this.blockControl();
            case "break":
                return this.loopControl("break", t);
            case "continue":
                return this.loopControl("continue", t);
            case "else":
                return this.elseControl(t);
            case "end":
                this.expect("right", "end");
                return { type: "end", pos: t.pos, line: t.line };
            case "if":
                return this.branchControl("if");
            case "range":
                return this.branchControl("range");
            case "template":
                return this.templateControl();
            case "with":
                return this.branchControl("with");
        }
        this.backup();
        const pipe = this.pipeline("command", "right");
        return { type: "action", pos: pipe.pos, pipe };
    }
    loopControl(kind, t) {
        const next = this.nextNonSpace();
        if (next.type !== "right")
            this.unexpected(next, `{{${kind}}}`);
        if (this.rangeDepth === 0)
            this.fail(`{{${kind}}} outside {{range}}`, t.line);
        return { type: kind, pos: t.pos };
    }
    elseControl(t) {
        const peek = this.peekNonSpace();
        // "{{else if" and "{{else with" leave the keyword pending for branchControl.
        if (peek.type === "if" || peek.type === "with")
            return { type: "else", pos: peek.pos, line: peek.line };
        this.expect("right", "else");
        return { type: "else", pos: t.pos, line: t.line };
    }
    branchControl(kind) {
        const savedVars = this.vars.length;
        const pipe = this.pipeline(kind, "right");
        if (kind === "range")
            this.rangeDepth++;
        const [list, next] = this.itemList();
        if (kind === "range")
            this.rangeDepth--;
        let elseList;
        if (next.type === "else") {
            const after = this.peekNonSpace();
            if (next.pos === after.pos &&
                ((kind === "if" && after.type === "if") || (kind === "with" && after.type === "with"))) {
                this.nextNonSpace();
                elseList = { type: "list", pos: next.pos, nodes: [this.branchControl(kind)] };
            }
            else {
                const [list2, end] = this.itemList();
                if (end.type !== "end")
                    this.fail(`expected end; found ${markerString(end)}`, end.line);
                elseList = list2;
            }
        }
        this.vars.length = savedVars;
        return { type: kind, pos: pipe.pos, pipe, list, elseList };
    }
    templateControl() {
        const t = this.nextNonSpace();
        const name = this.parseTemplateName(t, "template clause");
        let pipe;
        if (this.nextNonSpace().type !== "right") {
            this.backup();
            pipe = this.pipeline("template clause", "right");
        }
        return { type: "template", pos: t.pos, name, pipe };
    }
    blockControl() {
        const context = "block clause";
        const t = this.nextNonSpace();
        const name = this.parseTemplateName(t, context);
        const pipe = this.pipeline(context, "right");
        const savedVars = this.vars;
        const savedRange = this.rangeDepth;
        this.vars = ["$"];
        this.rangeDepth = 0;
        const [list, end] = this.itemList();
        if (end.type !== "end")
            this.fail(`unexpected ${markerString(end)} in ${context}`, end.line);
        this.vars = savedVars;
        this.rangeDepth = savedRange;
        this.add(name, list, t.line);
        return { type: "template", pos: t.pos, name, pipe };
    }
    parseTemplateName(t, context) {
        if (t.type === "string" || t.type === "raw")
            return unquote(t);
        return this.unexpected(t, context);
    }
    // --- pipelines ---
    pipeline(context, end) {
        const first = this.peekNonSpace();
        const pipe = { type: "pipe", pos: first.pos, isAssign: false, decl: [], cmds: [] };
        this.declarations(pipe, context);
        for (;;) {
            const t = this.nextNonSpace();
            if (t.type === end) {
                this.checkPipeline(pipe, context, t);
                return pipe;
            }
            switch (t.type) {
                case "bool":
                case "char":
                case "dot":
                case "field":
                case "ident":
                case "number":
                case "nil":
                case "raw":
                case "string":
                case "var":
                case "lparen":
                    this.backup();
                    pipe.cmds.push(this.command());
                    break;
                default:
                    this.unexpected(t, context);
            }
        }
    }
    declarations(pipe, context) {
        for (;;) {
            const v = this.peekNonSpace();
            if (v.type !== "var")
                return;
            const save = this.i;
            this.nextNonSpace();
            const next = this.peekNonSpace();
            if (next.type === "assign" || next.type === "declare") {
                pipe.isAssign = next.type === "assign";
                this.nextNonSpace();
                pipe.decl.push(this.variableDecl(v));
                return;
            }
            if (next.type === "punct" && next.value === ",") {
                this.nextNonSpace();
                pipe.decl.push(this.variableDecl(v));
                if (context === "range" && pipe.decl.length < 2) {
                    const p = this.peekNonSpace();
                    if (p.type === "var" || p.type === "right" || p.type === "rparen")
                        continue;
                    this.fail("range can only initialize variables", p.line);
                }
                this.fail(`too many declarations in ${context}`, v.line);
            }
            this.i = save;
            return;
        }
    }
    variableDecl(t) {
        // Like Go, an assignment to an undeclared variable fails when it runs.
        this.vars.push(t.value);
        return { type: "variable", pos: t.pos, ident: [t.value] };
    }
    checkPipeline(pipe, context, t) {
        if (pipe.cmds.length === 0)
            this.fail(`missing value for ${context}`, t.line);
        for (let k = 1; k < pipe.cmds.length; k++) {
            const first = pipe.cmds[k]?.args[0];
            if (first && ["bool", "dot", "nil", "number", "string"].includes(first.type)) {
                this.fail(`non executable command in pipeline stage ${k + 1}`, t.line);
            }
        }
    }
    command() {
        const cmd = { type: "command", pos: this.peekNonSpace().pos, args: [] };
        for (;;) {
            this.peekNonSpace();
            while (this.peek().type === "space")
                this.next();
            const operand = this.operand();
            if (operand)
                cmd.args.push(operand);
            const t = this.next();
            if (t.type === "space")
                continue;
            if (t.type === "right" || t.type === "rparen")
                this.backup();
            else if (t.type !== "pipe")
                this.unexpected(t, "operand");
            break;
        }
        if (cmd.args.length === 0)
            this.fail("empty command", this.peek().line);
        return cmd;
    }
    operand() {
        const node = this.term();
        if (!node)
            return undefined;
        if (this.peek().type !== "field")
            return node;
        const fields = [];
        while (this.peek().type === "field")
            fields.push(this.next().value.slice(1));
        switch (node.type) {
            case "field":
                return { type: "field", pos: node.pos, ident: [...node.ident, ...fields] };
            case "variable":
                return { type: "variable", pos: node.pos, ident: [...node.ident, ...fields] };
            case "bool":
            case "string":
            case "number":
            case "nil":
            case "dot":
                return this.fail(`unexpected . after term "${node.type}"`, this.peek().line);
            default:
                return { type: "chain", pos: node.pos, node, field: fields };
        }
    }
    term() {
        const t = this.nextNonSpace();
        switch (t.type) {
            case "ident":
                if (!this.hasFunction(t.value))
                    this.fail(`function "${t.value}" not defined`, t.line);
                return { type: "identifier", pos: t.pos, name: t.value };
            case "dot":
                return { type: "dot", pos: t.pos };
            case "nil":
                return { type: "nil", pos: t.pos };
            case "var":
                return { type: "variable", pos: t.pos, ident: this.useVar(t) };
            case "field":
                return { type: "field", pos: t.pos, ident: [t.value.slice(1)] };
            case "bool":
                return { type: "bool", pos: t.pos, value: t.value === "true" };
            case "char":
            case "number":
                return parseNumber(t);
            case "lparen":
                return this.pipeline("parenthesized pipeline", "rparen");
            case "string":
            case "raw":
                return stringNode(t);
        }
        this.backup();
        return undefined;
    }
    useVar(t) {
        const ident = t.value.split(".");
        const name = ident[0] ?? "";
        if (!this.vars.includes(name))
            this.fail(`undefined variable "${name}"`, t.line);
        return ident;
    }
}
function isMarker(n) {
    return n.type === "end" || n.type === "else";
}
function markerString(m) {
    return `{{${m.type}}}`;
}
function isEmptyTree(list) {
    return list.nodes.every((n) => n.type === "text" && n.text.trim() === "");
}
function tokenString(t) {
    if (t.type === "eof")
        return "EOF";
    if ([
        "block",
        "break",
        "continue",
        "define",
        "else",
        "end",
        "if",
        "range",
        "template",
        "with",
        "nil",
    ].includes(t.type))
        return `<${t.value}>`;
    if (t.value.length > 10)
        return `${JSON.stringify(t.value.slice(0, 10))}...`;
    return JSON.stringify(t.value);
}
function stringNode(t) {
    return { type: "string", pos: t.pos, quoted: t.value, text: unquote(t) };
}
function unquote(t) {
    if (t.type === "raw")
        return t.value.slice(1, -1).replace(/\r/g, "");
    return unquoteGo(t.value.slice(1, -1), '"', t.line);
}
/** strconv.Unquote's escape handling for the inside of a quoted string or char. */
function unquoteGo(body, quote, line) {
    let out = "";
    for (let i = 0; i < body.length; i++) {
        const c = body.charAt(i);
        if (c !== "\\") {
            if (c === quote)
                throw new TemplateSyntaxError("invalid syntax in quoted string", line);
            out += c;
            continue;
        }
        const e = body.charAt(++i);
        const simple = {
            a: "\x07",
            b: "\b",
            f: "\f",
            n: "\n",
            r: "\r",
            t: "\t",
            v: "\v",
            "\\": "\\",
        };
        const mapped = simple[e];
        if (mapped !== undefined) {
            out += mapped;
            continue;
        }
        if (e === quote) {
            out += e;
            continue;
        }
        const hex = (len) => {
            const h = body.slice(i + 1, i + 1 + len);
            if (h.length !== len || !/^[0-9a-fA-F]+$/.test(h)) {
                throw new TemplateSyntaxError("invalid syntax in quoted string", line);
            }
            i += len;
            return parseInt(h, 16);
        };
        if (e === "x")
            out += String.fromCharCode(hex(2));
        else if (e === "u" || e === "U") {
            const cp = hex(e === "u" ? 4 : 8);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
                throw new TemplateSyntaxError("invalid syntax in quoted string", line);
            }
            out += String.fromCodePoint(cp);
        }
        else if (e >= "0" && e <= "7") {
            const o = body.slice(i, i + 3);
            if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) {
                throw new TemplateSyntaxError("invalid syntax in quoted string", line);
            }
            i += 2;
            out += String.fromCharCode(parseInt(o, 8));
        }
        else
            throw new TemplateSyntaxError("invalid syntax in quoted string", line);
    }
    return out;
}
/** A number or character constant, typed the way text/template/parse types it. */
function parseNumber(t) {
    const node = {
        type: "number",
        pos: t.pos,
        text: t.value,
        isInt: false,
        isFloat: false,
        int: 0n,
        float: 0,
    };
    if (t.type === "char") {
        const s = unquoteGo(t.value.slice(1, -1), "'", t.line);
        const cp = s.codePointAt(0);
        if (cp === undefined || String.fromCodePoint(cp) !== s) {
            throw new TemplateSyntaxError(`malformed character constant: ${t.value}`, t.line);
        }
        return { ...node, isInt: true, isFloat: true, int: BigInt(cp), float: cp };
    }
    const text = t.value;
    if (text.endsWith("i"))
        throw new TemplateSyntaxError(`complex number ${text} is not supported`, t.line);
    const int = parseGoInt(text);
    if (int !== undefined) {
        if (int > 2n ** 63n - 1n || int < -(2n ** 63n)) {
            throw new TemplateSyntaxError(`${text} overflows int`, t.line);
        }
        return { ...node, isInt: true, isFloat: true, int, float: Number(int) };
    }
    const f = parseGoFloat(text);
    if (f !== undefined) {
        if (!/[.eEpP]/.test(text))
            throw new TemplateSyntaxError(`integer overflow: ${text}`, t.line);
        const asInt = Number.isInteger(f) && Math.abs(f) < 2 ** 63 ? BigInt(f) : undefined;
        return { ...node, isFloat: true, float: f, isInt: asInt !== undefined, int: asInt ?? 0n };
    }
    throw new TemplateSyntaxError(`illegal number syntax: ${JSON.stringify(text)}`, t.line);
}
/** strconv.ParseInt(text, 0, 64) without the range check. */
function parseGoInt(text) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
    if (!m)
        return undefined;
    const sign = m[1] === "-" ? -1n : 1n;
    let body = m[2] ?? "";
    const prefixed = /^0[xXoObB]/.test(body);
    if (body.includes("_")) {
        // Underscores only between digits, and only with a base prefix or a leading 0.
        if (!prefixed && !body.startsWith("0"))
            return undefined;
        if (/__|_$/.test(body) || /^0[xXoObB]?_?$/.test(body))
            return undefined;
        body = body.replace(/_/g, "");
    }
    let value;
    if (prefixed)
        value = BigInt(body.toLowerCase().replace(/^0o/, "0o"));
    else if (body.length > 1 && body.startsWith("0"))
        value = BigInt("0o" + body.slice(1));
    else
        value = BigInt(body);
    return sign * value;
}
/** strconv.ParseFloat(text, 64) for decimal forms (hex floats are not supported). */
function parseGoFloat(text) {
    if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d[\d_]*)?$/.test(text))
        return undefined;
    const n = Number(text.replace(/_/g, ""));
    return Number.isNaN(n) ? undefined : n;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/convert.ts
/** The conversions sprig leans on: spf13/cast's ToInt64/ToFloat64 and sprig's strval/strslice/empty. */



/** Wraps to a signed 64-bit integer, as Go arithmetic does. */
function wrap64(n) {
    return BigInt.asIntN(64, n);
}
function trimZeroDecimal(s) {
    let foundZero = false;
    for (let i = s.length; i > 0; i--) {
        const c = s.charAt(i - 1);
        if (c === ".") {
            if (foundZero)
                return s.slice(0, i - 1);
        }
        else if (c === "0") {
            foundZero = true;
        }
        else {
            return s;
        }
    }
    return s;
}
/** cast.ToInt64: numbers truncate, strings parse (base prefixes allowed), anything else is 0. */
function toInt64(v) {
    const i = intOf(v);
    if (i !== undefined)
        return i;
    if (typeof v === "number") {
        if (!Number.isFinite(v))
            return -(2n ** 63n);
        return wrap64(BigInt(Math.trunc(v)));
    }
    if (typeof v === "boolean")
        return v ? 1n : 0n;
    if (typeof v === "string") {
        const n = parseGoInt(trimZeroDecimal(v));
        if (n === undefined || n > 2n ** 63n - 1n || n < -(2n ** 63n))
            return 0n;
        return n;
    }
    return 0n;
}
/** cast.ToFloat64. */
function toFloat64(v) {
    const i = intOf(v);
    if (i !== undefined)
        return Number(i);
    if (typeof v === "number")
        return v;
    if (typeof v === "boolean")
        return v ? 1 : 0;
    if (typeof v === "string") {
        const t = v.trim() === v ? v : "";
        if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
            return Number(t);
        if (/^[+-]?(inf|infinity)$/i.test(t))
            return t.startsWith("-") ? -Infinity : Infinity;
        return 0;
    }
    return 0;
}
/** sprig's strval: strings as they are, anything else through `%v`. */
function strval(v) {
    if (typeof v === "string")
        return v;
    return formatValue(v);
}
/** sprig's strslice: a list of strings from any list (nil elements dropped) or a single value. */
function strslice(v) {
    if (v === null || v === undefined)
        return typed([], "[]string");
    if (Array.isArray(v)) {
        if (containerTypeOf(v) === "[]string")
            return v;
        return typed(v.filter((x) => x !== null && x !== undefined).map(strval), "[]string");
    }
    return typed([strval(v)], "[]string");
}
/** sprig's empty: Go zero values and empty containers (the opposite of Go's truth). */
function isEmpty(v) {
    return !isTrue(v);
}
/** The elements of a Go slice, or a sprig-style error naming the type. */
function listOf(v, what) {
    if (Array.isArray(v))
        return v;
    throw new FuncError(`Cannot ${what} on type ${kindOfValue(v)}`);
}
/** reflect.Kind names, as sprig's errors print them. */
const kindOfValue = kindName;
/** reflect.DeepEqual over the value model. */
function deepEqual(a, b, depth = 0) {
    if (depth > 100)
        throw new FuncError("value is nested too deeply to compare");
    if (a === b)
        return true;
    if (a instanceof Int64 && b instanceof Int64)
        return a.v === b.v;
    if (Array.isArray(a) && Array.isArray(b)) {
        if (containerTypeOf(a) !== containerTypeOf(b) || a.length !== b.length)
            return false;
        return a.every((x, i) => deepEqual(x, b[i], depth + 1));
    }
    if (isMap(a) && isMap(b)) {
        if (containerTypeOf(a) !== containerTypeOf(b))
            return false;
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k], depth + 1));
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/strings.ts
/** sprig's string functions (strings.go and the parts of goutils/xstrings it calls). */





/** Maps each code point alone, as Go's unicode.ToUpper/ToLower do (no "ß" to "SS"). */
function mapRunes(s, upper) {
    let out = "";
    for (const ch of s) {
        const m = upper ? ch.toUpperCase() : ch.toLowerCase();
        out += runes(m).length === 1 ? m : ch;
    }
    return out;
}
function isGoSpace(ch) {
    return /^[\t\n\v\f\r \u0085\u00a0\p{Zs}\u2028\u2029]$/u.test(ch);
}
/** strings.TrimSpace. */
function trimSpace(s) {
    const chars = runes(s);
    let a = 0;
    let b = chars.length;
    while (a < b && isGoSpace(chars[a] ?? ""))
        a++;
    while (b > a && isGoSpace(chars[b - 1] ?? ""))
        b--;
    return chars.slice(a, b).join("");
}
/** strings.Trim with a cutset. */
function trimCutset(s, cutset) {
    const cut = new Set(runes(cutset));
    const chars = runes(s);
    let a = 0;
    let b = chars.length;
    while (a < b && cut.has(chars[a] ?? ""))
        a++;
    while (b > a && cut.has(chars[b - 1] ?? ""))
        b--;
    return chars.slice(a, b).join("");
}
/** Slices a string by UTF-8 byte offsets, as Go does. */
function byteSlice(s, start, end) {
    const buf = Buffer.from(s, "utf8");
    const e = end ?? buf.length;
    if (start < 0 || e > buf.length || start > e) {
        throw new FuncError(`runtime error: slice bounds out of range [${start}:${e}] with length ${buf.length}`);
    }
    return buf.subarray(start, e).toString("utf8");
}
function trunc(c, s) {
    const n = Number(c);
    const len = utf8Length(s);
    if (n < 0 && len + n > 0)
        return byteSlice(s, len + n);
    if (n >= 0 && len > n)
        return byteSlice(s, 0, n);
    return s;
}
function substr(start, end, s) {
    const a = Number(start);
    const b = Number(end);
    if (a < 0)
        return byteSlice(s, 0, b);
    if (b < 0 || b > utf8Length(s))
        return byteSlice(s, a);
    return byteSlice(s, a, b);
}
function isSeparator(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0x7f)
        return !/[0-9A-Za-z_]/.test(ch);
    if (/[\p{L}\p{Nd}]/u.test(ch))
        return false;
    return isGoSpace(ch);
}
/** strings.Title: the first letter of each word upper-cased. */
function title(s) {
    let prev = " ";
    let out = "";
    for (const ch of s) {
        out += isSeparator(prev) ? mapRunes(ch, true) : ch;
        prev = ch;
    }
    return out;
}
function untitle(s) {
    let prev = " ";
    let out = "";
    for (const ch of s) {
        out += isGoSpace(prev) ? mapRunes(ch, false) : ch;
        prev = ch;
    }
    return out;
}
/** goutils.SwapCase: upper to lower and lower to upper, rune by rune. */
function swapcase(s) {
    let out = "";
    for (const ch of s) {
        const upper = mapRunes(ch, true);
        const lower = mapRunes(ch, false);
        if (ch === upper && ch !== lower)
            out += lower;
        else if (ch === lower && ch !== upper)
            out += upper;
        else
            out += ch;
    }
    return out;
}
function initials(s) {
    return s
        .split(/\s+/u)
        .filter((w) => w.length > 0)
        .map((w) => runes(w)[0] ?? "")
        .join("");
}
/** Splits into words the way xstrings does: at separators, case changes and letter/digit boundaries. */
function words(s) {
    const out = [];
    for (const part of s.split(/[^\p{L}\p{N}]+/u)) {
        if (!part)
            continue;
        const re = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+\p{N}*|\p{Lu}+\p{N}*|\p{N}+\p{Ll}*|\p{L}+/gu;
        for (const m of part.matchAll(re))
            out.push(m[0]);
    }
    return out;
}
function joinWords(s, sep) {
    return words(s)
        .map((w) => mapRunes(w, false))
        .join(sep);
}
function pascalCase(s) {
    return s
        .split(/[_\s-]+/u)
        .filter((w) => w.length > 0)
        .map((w) => {
        const [first = "", ...rest] = runes(w);
        return mapRunes(first, true) + rest.join("");
    })
        .join("");
}
function wrapText(width, s, sep = "\n") {
    if (width < 1)
        return s;
    const out = [];
    for (const line of s.split("\n")) {
        let cur = "";
        for (const word of line.split(" ")) {
            if (cur && cur.length + 1 + word.length > width) {
                out.push(cur);
                cur = word;
            }
            else {
                cur = cur ? `${cur} ${word}` : word;
            }
        }
        out.push(cur);
    }
    return out.join(sep);
}
function repeat(count, s) {
    const n = Number(count);
    if (n < 0)
        throw new FuncError("strings: negative Repeat count");
    if (n * s.length > LIMITS.maxTemplateOutput)
        throw new FuncError(`repeat of ${n} copies is too long`);
    return s.repeat(n);
}
function split(sep, s, n = -1) {
    const parts = goSplit(s, sep, n);
    const m = values_newMap();
    parts.forEach((p, i) => {
        values_put(m, `_${i}`, p);
    });
    return typed(m, "map[string]string");
}
/** strings.SplitN (n < 0 for all), including Go's split into UTF-8 sequences on an empty separator. */
function goSplit(s, sep, n = -1) {
    if (n === 0)
        return [];
    if (sep === "") {
        const chars = runes(s);
        if (n < 0 || n >= chars.length)
            return chars;
        return [...chars.slice(0, n - 1), chars.slice(n - 1).join("")];
    }
    const parts = s.split(sep);
    if (n < 0 || parts.length <= n)
        return parts;
    return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
function abbrev(width, s) {
    const w = Number(width);
    if (w < 4 || runes(s).length <= w)
        return s;
    return (runes(s)
        .slice(0, w - 3)
        .join("") + "...");
}
const STRING_FUNCS = [
    ["abbrev", fnOf(["int", "string"], (w, s) => abbrev(w, s))],
    ["trunc", fnOf(["int", "string"], (c, s) => trunc(c, s))],
    ["trim", fnOf(["string"], (s) => trimSpace(s))],
    ["upper", fnOf(["string"], (s) => mapRunes(s, true))],
    ["lower", fnOf(["string"], (s) => mapRunes(s, false))],
    ["title", fnOf(["string"], (s) => title(s))],
    ["untitle", fnOf(["string"], (s) => untitle(s))],
    ["substr", fnOf(["int", "int", "string"], (a, b, s) => substr(a, b, s))],
    ["repeat", fnOf(["int", "string"], (c, s) => repeat(c, s))],
    ["trimall", fnOf(["string", "string"], (a, b) => trimCutset(b, a))],
    ["trimAll", fnOf(["string", "string"], (a, b) => trimCutset(b, a))],
    [
        "trimSuffix",
        fnOf(["string", "string"], (a, b) => {
            const s = b;
            return a !== "" && s.endsWith(a) ? s.slice(0, s.length - a.length) : s;
        }),
    ],
    [
        "trimPrefix",
        fnOf(["string", "string"], (a, b) => {
            const s = b;
            return s.startsWith(a) ? s.slice(a.length) : s;
        }),
    ],
    [
        "nospace",
        fnOf(["string"], (s) => runes(s)
            .filter((c) => !isGoSpace(c))
            .join("")),
    ],
    ["initials", fnOf(["string"], (s) => initials(s))],
    ["swapcase", fnOf(["string"], (s) => swapcase(s))],
    ["snakecase", fnOf(["string"], (s) => joinWords(s, "_"))],
    ["kebabcase", fnOf(["string"], (s) => joinWords(s, "-"))],
    ["camelcase", fnOf(["string"], (s) => pascalCase(s))],
    ["wrap", fnOf(["int", "string"], (l, s) => wrapText(Number(l), s))],
    [
        "wrapWith",
        fnOf(["int", "string", "string"], (l, sep, s) => wrapText(Number(l), s, sep)),
    ],
    ["contains", fnOf(["string", "string"], (sub, s) => s.includes(sub))],
    ["hasPrefix", fnOf(["string", "string"], (p, s) => s.startsWith(p))],
    ["hasSuffix", fnOf(["string", "string"], (p, s) => s.endsWith(p))],
    [
        "quote",
        fnOf([], (...v) => v
            .filter((x) => x !== null && x !== undefined)
            .map((x) => quoteGo(strval(x)))
            .join(" "), "any"),
    ],
    [
        "squote",
        fnOf([], (...v) => v
            .filter((x) => x !== null && x !== undefined)
            .map((x) => `'${strval(x)}'`)
            .join(" "), "any"),
    ],
    [
        "cat",
        fnOf([], (...v) => v
            .filter((x) => x !== null && x !== undefined)
            .map(strval)
            .join(" "), "any"),
    ],
    [
        "indent",
        fnOf(["int", "string"], (n, s) => {
            const pad = " ".repeat(Math.max(0, Number(n)));
            return pad + s.split("\n").join("\n" + pad);
        }),
    ],
    [
        "nindent",
        fnOf(["int", "string"], (n, s) => {
            const pad = " ".repeat(Math.max(0, Number(n)));
            return "\n" + pad + s.split("\n").join("\n" + pad);
        }),
    ],
    [
        "replace",
        fnOf(["string", "string", "string"], (o, n, s) => goReplaceAll(s, o, n)),
    ],
    ["plural", fnOf(["string", "string", "int"], (one, many, c) => (c === 1n ? one : many))],
    ["toString", fnOf(["any"], (v) => strval(v))],
    ["split", fnOf(["string", "string"], (sep, s) => split(sep, s))],
    ["splitn", fnOf(["string", "int", "string"], (sep, n, s) => split(sep, s, Number(n)))],
    [
        "splitList",
        fnOf(["string", "string"], (sep, s) => typed(goSplit(s, sep), "[]string")),
    ],
];
/** strings.Replace(s, old, new, -1), including Go's behaviour for an empty `old`. */
function goReplaceAll(s, old, repl) {
    if (old === "") {
        const chars = runes(s);
        return repl + chars.join(repl) + (chars.length > 0 ? repl : "");
    }
    return s.split(old).join(repl);
}

;// CONCATENATED MODULE: ./packages/core/src/appset/slug.ts
/**
 * Argo CD's name helpers: SanitizeName (`normalize`, `*Normalized` params),
 * gosimple/slug's Make (`branch_slug`), and SlugifyName (`slugify`).
 */


/** utils.SanitizeName: lower-case, `[^-a-z0-9.]` to `-`, at most 253 characters, no `-`/`.` at either end. */
function sanitizeName(name) {
    let s = mapRunes(name, false).replace(/[^-a-z0-9.]/gu, "-");
    if (s.length > 253)
        s = s.slice(0, 253);
    return s.replace(/^[-.]+|[-.]+$/g, "");
}
const LANGUAGE_SUB = {
    "&": "and",
    "@": "at",
    '"': "",
    "'": "",
    "\u2019": "",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
};
const TRANSLIT = {
    ß: "ss",
    æ: "ae",
    Æ: "AE",
    ø: "o",
    Ø: "O",
    đ: "d",
    Đ: "D",
    ł: "l",
    Ł: "L",
    œ: "oe",
    Œ: "OE",
    þ: "th",
    Þ: "TH",
    ð: "d",
    Ð: "D",
    ı: "i",
};
/** An approximation of unidecode: accents dropped, a few letters spelled out, other non-ASCII removed. */
function unidecode(s) {
    let out = "";
    for (const ch of s.normalize("NFKD").replace(/\p{M}/gu, "")) {
        if ((ch.codePointAt(0) ?? 0) < 0x80)
            out += ch;
        else
            out += TRANSLIT[ch] ?? "";
    }
    return out;
}
/** gosimple/slug's Make (v1.13+), with the package settings passed in. */
function slugMake(input, opts) {
    let s = trimSpace(input);
    for (const key of Object.keys(opts.customSub ?? {}).sort()) {
        s = s.split(key).join(opts.customSub?.[key] ?? "");
    }
    s = runes(s)
        .map((ch) => LANGUAGE_SUB[ch] ?? ch)
        .join("");
    s = unidecode(s).toLowerCase();
    if (!opts.smartTruncate && s.length >= opts.maxLength)
        s = s.slice(0, opts.maxLength);
    s = s.replace(/[^a-zA-Z0-9_-]/g, "-").replace(/-+/g, "-");
    s = s.replace(/^[-_]+|[-_]+$/g, "");
    if (opts.maxLength > 0 && opts.smartTruncate)
        s = smartTruncate(s, opts.maxLength);
    return s;
}
function smartTruncate(text, max) {
    if (text.length <= max)
        return text;
    for (let i = max; i >= 0; i--) {
        if (text.charAt(i) === "-")
            return text.slice(0, i);
    }
    return text.slice(0, max);
}
/** The pull request generator's `branch_slug`: 50 characters at most, `_` as `-`. */
function branchSlug(branch) {
    return slugMake(branch, { maxLength: 50, smartTruncate: true, customSub: { _: "-" } });
}
/** utils.SlugifyName: sanitize, then slug with an optional length and smart truncation. */
function slugifyName(name, maxLength = 50, smartTruncate = true) {
    return slugMake(sanitizeName(name), { maxLength, smartTruncate, customSub: { _: "-" } });
}

;// CONCATENATED MODULE: ./packages/core/src/appset/params.ts
/**
 * Generator parameters: conversion from parsed YAML/JSON into Go values, the
 * dot-flattening fasttemplate sees (jeremywohl/flatten), and mergo's map merge
 * (how matrix, merge and sprig's `merge` combine maps).
 */


class DepthError extends Error {
    constructor() {
        super(`values are nested more than ${LIMITS.maxDepth} levels deep`);
    }
}
/**
 * Parsed YAML or JSON as Go sees it after sigs.k8s.io/yaml: maps, slices,
 * strings, booleans, null, and every number a float64.
 */
function toGoValue(v, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new DepthError();
    if (v === null || v === undefined)
        return null;
    if (typeof v === "string" || typeof v === "boolean")
        return v;
    if (typeof v === "number")
        return v;
    if (typeof v === "bigint")
        return Number(v);
    if (v instanceof Date)
        return v.toISOString().replace(".000Z", "Z");
    if (Array.isArray(v))
        return v.map((x) => toGoValue(x, depth + 1));
    if (v instanceof Map) {
        const m = values_newMap();
        for (const [k, x] of v)
            values_put(m, String(k), toGoValue(x, depth + 1));
        return m;
    }
    if (typeof v === "object") {
        const m = values_newMap();
        for (const [k, x] of Object.entries(v))
            values_put(m, k, toGoValue(x, depth + 1));
        return m;
    }
    return null;
}
/** Go values back to plain JSON-able data (ints as numbers, missing values dropped). */
function toPlain(v, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new DepthError();
    if (v === undefined)
        return undefined;
    if (typeof v === "bigint")
        return Number(v);
    if (v instanceof Int64)
        return Number(v.v);
    if (Array.isArray(v))
        return v.map((x) => toPlain(x, depth + 1) ?? null);
    if (isMap(v)) {
        const entries = [];
        for (const k of Object.keys(v)) {
            const x = toPlain(v[k], depth + 1);
            if (x !== undefined)
                entries.push([k, x]);
        }
        return Object.fromEntries(entries);
    }
    return v;
}
function deepClone(v, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new DepthError();
    if (Array.isArray(v)) {
        const out = v.map((x) => deepClone(x, depth + 1));
        const tag = containerTypeOf(v);
        return tag ? typed(out, tag) : out;
    }
    if (isMap(v)) {
        const m = values_newMap();
        for (const k of Object.keys(v))
            values_put(m, k, deepClone(v[k], depth + 1));
        const tag = containerTypeOf(v);
        return tag ? typed(m, tag) : m;
    }
    return v;
}
/** Go's zero values and empty containers: what mergo's merge may overwrite. */
function isEmptyGo(v) {
    return !isTrue(v);
}
/**
 * mergo.Merge(&dst, src[, WithOverride]) for map[string]interface{}: nested
 * maps merge into each other, and a value is taken from src when dst has none
 * (or an empty one), or always with `overwrite`. Mutates and returns dst.
 */
function mergoMerge(dst, src, overwrite, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new DepthError();
    for (const k of Object.keys(src)) {
        const s = src[k];
        const d = hasOwn(dst, k) ? dst[k] : undefined;
        if (s === null || s === undefined) {
            if (overwrite)
                values_put(dst, k, null);
            continue;
        }
        if (isMap(s)) {
            if (isMap(d)) {
                mergoMerge(d, s, overwrite, depth + 1);
                continue;
            }
            if (d !== undefined && !isEmptyGo(d))
                continue;
            values_put(dst, k, s);
            continue;
        }
        if (overwrite || d === undefined || isEmptyGo(d))
            values_put(dst, k, s);
    }
    return dst;
}
/**
 * jeremywohl/flatten with DotStyle, then `%v` of every leaf: how Argo CD turns
 * nested values into the flat strings that selectors and fasttemplate see.
 * Only map[string]interface{} and []interface{} are walked; typed containers
 * (a cluster's labels in Go template mode) print whole, as Go prints them.
 */
function flattenParams(params, fully = false) {
    const out = {};
    const walk = (v, key, depth) => {
        if (depth > LIMITS.maxDepth)
            throw new DepthError();
        const walkable = fully || typeof v !== "object" || v === null || containerTypeOf(v) === undefined;
        if (isMap(v) && walkable) {
            for (const k of Object.keys(v))
                walk(v[k], key === "" ? k : `${key}.${k}`, depth + 1);
            return;
        }
        if (Array.isArray(v) && walkable) {
            v.forEach((x, i) => {
                walk(x, key === "" ? String(i) : `${key}.${i}`, depth + 1);
            });
            return;
        }
        Object.defineProperty(out, key, {
            value: formatValue(v),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    };
    for (const k of Object.keys(params))
        walk(params[k], k, 1);
    return out;
}
/** Params from a flat string map (fasttemplate mode). */
function flatParams(entries) {
    const m = newMap();
    for (const [k, v] of entries)
        put(m, k, v);
    return m;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/collections.ts
/** sprig's list, dict, default and reflection functions (list.go, dict.go, defaults.go, reflect.go). */





function list(...v) {
    return [...v];
}
function dict(...v) {
    const m = values_newMap();
    for (let i = 0; i < v.length; i += 2) {
        values_put(m, strval(v[i]), i + 1 < v.length ? v[i + 1] : "");
    }
    return m;
}
/** A copy of a Go slice as []interface{}, or undefined for an empty one (sprig returns nil). */
function copyList(v, what) {
    const l = listOf(v, what);
    return l.length === 0 ? undefined : [...l];
}
function until(count) {
    return untilStep(0n, count, count < 0n ? -1n : 1n);
}
function untilStep(start, stop, step) {
    const out = [];
    if (step === 0n)
        return typed(out, "[]int");
    const n = (stop - start) / step;
    if (n > BigInt(LIMITS.maxListLength))
        throw new FuncError(`a list of ${n} numbers is too long`);
    if (step > 0n)
        for (let i = start; i < stop; i += step)
            out.push(i);
    else
        for (let i = start; i > stop; i += step)
            out.push(i);
    return typed(out, "[]int");
}
function slice(l, ...indices) {
    const items = listOf(l, "slice");
    if (items.length === 0)
        return null;
    const start = indices.length > 0 ? Number(toInt64(indices[0] ?? null)) : 0;
    const end = indices.length > 1 ? Number(toInt64(indices[1] ?? null)) : items.length;
    if (start < 0 || end > items.length || start > end) {
        throw new FuncError(`reflect: slice index out of range`);
    }
    const out = items.slice(start, end);
    const tag = containerTypeOf(items);
    return tag ? typed(out, tag) : out;
}
function requireMap(v, fn) {
    if (isMap(v) && containerTypeOf(v) === undefined)
        return v;
    throw new FuncError(`${fn}: interface conversion: interface {} is ${typeName(v)}, not map[string]interface {}`);
}
function dig(...ps) {
    if (ps.length < 3)
        throw new FuncError("dig needs at least three arguments");
    let cur = requireMap(ps[ps.length - 1], "dig");
    const def = ps[ps.length - 2];
    const keys = ps.slice(0, -2).map((k) => {
        if (typeof k !== "string")
            throw new FuncError(`interface conversion: interface {} is ${typeName(k)}, not string`);
        return k;
    });
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i] ?? "";
        if (!hasOwn(cur, k))
            return def;
        const step = cur[k];
        if (i === keys.length - 1)
            return step;
        cur = requireMap(step, "dig");
    }
    return def;
}
function deepCopy(v, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new FuncError("value is nested too deeply to copy");
    if (Array.isArray(v)) {
        const out = v.map((x) => deepCopy(x, depth + 1));
        const tag = containerTypeOf(v);
        return tag ? typed(out, tag) : out;
    }
    if (isMap(v)) {
        const m = values_newMap();
        for (const k of Object.keys(v))
            values_put(m, k, deepCopy(v[k], depth + 1));
        const tag = containerTypeOf(v);
        return tag ? typed(m, tag) : m;
    }
    return v;
}
function uniq(l) {
    const out = [];
    for (const x of listOf(l, "find uniq"))
        if (!out.some((y) => deepEqual(x, y)))
            out.push(x);
    return out;
}
const COLLECTION_FUNCS = [
    ["list", fnOf([], list, "any")],
    ["tuple", fnOf([], list, "any")],
    ["dict", fnOf([], dict, "any")],
    [
        "get",
        fnOf(["map", "string"], (d, k) => (hasOwn(d, k) ? d[k] : "")),
    ],
    [
        "set",
        fnOf(["map", "string", "any"], (d, k, v) => {
            values_put(d, k, v);
            return d;
        }),
    ],
    [
        "unset",
        fnOf(["map", "string"], (d, k) => {
            Reflect.deleteProperty(d, k);
            return d;
        }),
    ],
    ["hasKey", fnOf(["map", "string"], (d, k) => hasOwn(d, k))],
    [
        "pluck",
        fnOf(["string"], (k, ...ds) => ds.filter((d) => isMap(d) && hasOwn(d, k)).map((d) => d[k]), "map"),
    ],
    [
        "keys",
        fnOf([], (...ds) => typed(ds.flatMap((d) => (isMap(d) ? Object.keys(d) : [])), "[]string"), "map"),
    ],
    [
        "pick",
        fnOf(["map"], (d, ...ks) => {
            const m = values_newMap();
            for (const k of ks)
                if (hasOwn(d, k))
                    values_put(m, k, d[k]);
            return m;
        }, "string"),
    ],
    [
        "omit",
        fnOf(["map"], (d, ...ks) => {
            const m = values_newMap();
            for (const k of Object.keys(d))
                if (!ks.includes(k))
                    values_put(m, k, d[k]);
            return m;
        }, "string"),
    ],
    [
        "merge",
        fnOf(["map"], (dst, ...srcs) => {
            for (const s of srcs)
                if (isMap(s))
                    mergoMerge(dst, s, false);
            return dst;
        }, "map"),
    ],
    [
        "mergeOverwrite",
        fnOf(["map"], (dst, ...srcs) => {
            for (const s of srcs)
                if (isMap(s))
                    mergoMerge(dst, s, true);
            return dst;
        }, "map"),
    ],
    ["values", fnOf(["map"], (d) => Object.values(d))],
    ["dig", fnOf([], dig, "any")],
    ["deepCopy", fnOf(["any"], (v) => deepCopy(v))],
    ["append", fnOf(["any", "any"], (l, v) => [...listOf(l, "push"), v])],
    ["push", fnOf(["any", "any"], (l, v) => [...listOf(l, "push"), v])],
    ["prepend", fnOf(["any", "any"], (l, v) => [v, ...listOf(l, "prepend")])],
    ["first", fnOf(["any"], (l) => listOf(l, "find first")[0] ?? null)],
    ["last", fnOf(["any"], (l) => listOf(l, "find last").at(-1) ?? null)],
    ["rest", fnOf(["any"], (l) => copyList(l, "find rest")?.slice(1) ?? null)],
    ["initial", fnOf(["any"], (l) => copyList(l, "find initial")?.slice(0, -1) ?? null)],
    ["reverse", fnOf(["any"], (l) => copyList(l, "find reverse")?.reverse() ?? null)],
    ["compact", fnOf(["any"], (l) => listOf(l, "compact").filter((x) => !isEmpty(x)))],
    ["uniq", fnOf(["any"], uniq)],
    [
        "without",
        fnOf(["any"], (l, ...omit) => listOf(l, "find without").filter((x) => !omit.some((o) => deepEqual(x, o))), "any"),
    ],
    [
        "has",
        fnOf(["any", "any"], (needle, haystack) => {
            if (haystack === null || haystack === undefined)
                return false;
            return listOf(haystack, "find has").some((x) => deepEqual(x, needle));
        }),
    ],
    ["slice", fnOf(["any"], slice, "any")],
    [
        "concat",
        fnOf([], (...lists) => {
            const out = [];
            for (const l of lists) {
                if (!Array.isArray(l))
                    throw new FuncError(`Cannot concat type ${kindOfValue(l)} as list`);
                out.push(...l);
            }
            return out;
        }, "any"),
    ],
    [
        "chunk",
        fnOf(["int", "any"], (size, l) => {
            const n = Number(size);
            const items = listOf(l, "chunk");
            if (n <= 0)
                throw new FuncError("chunk size must be positive");
            const out = [];
            for (let i = 0; i < items.length; i += n)
                out.push(items.slice(i, i + n));
            return typed(out, "[][]interface {}");
        }),
    ],
    [
        "sortAlpha",
        fnOf(["any"], (l) => {
            if (!Array.isArray(l))
                return typed([strval(l)], "[]string");
            return typed([...strslice(l)].sort(compareStrings), "[]string");
        }),
    ],
    ["until", fnOf(["int"], (n) => until(n))],
    ["untilStep", fnOf(["int", "int", "int"], (a, b, c) => untilStep(a, b, c))],
    ["toStrings", fnOf(["any"], (v) => strslice(v))],
    ["join", fnOf(["string", "any"], (sep, v) => strslice(v).join(sep))],
    // defaults.go
    [
        "default",
        fnOf(["any"], (d, ...given) => (given.length === 0 || isEmpty(given[0] ?? null) ? d : given[0]), "any"),
    ],
    ["empty", fnOf(["any"], (v) => isEmpty(v))],
    ["coalesce", fnOf([], (...v) => v.find((x) => !isEmpty(x)) ?? null, "any")],
    ["all", fnOf([], (...v) => v.every((x) => !isEmpty(x)), "any")],
    ["any", fnOf([], (...v) => v.some((x) => !isEmpty(x)), "any")],
    ["ternary", fnOf(["any", "any", "bool"], (vt, vf, v) => (v ? vt : vf))],
    // reflect.go
    ["typeOf", fnOf(["any"], (v) => typeName(v))],
    ["typeIs", fnOf(["string", "any"], (t, v) => t === typeName(v))],
    ["typeIsLike", fnOf(["string", "any"], (t, v) => t === typeName(v) || t === "*" + typeName(v))],
    ["kindOf", fnOf(["any"], (v) => kindName(v))],
    ["kindIs", fnOf(["string", "any"], (t, v) => t === kindName(v))],
    ["deepEqual", fnOf(["any", "any"], (a, b) => deepEqual(a, b))],
    [
        "fail",
        fnOf(["string"], (msg) => {
            throw new FuncError(msg);
        }),
    ],
];

;// CONCATENATED MODULE: ./packages/core/src/appset/gopath.ts
/** Go's `path` package (slash-separated paths), whose results differ from Node's in the corners. */
/** path.Clean. */
function clean(p) {
    if (p === "")
        return ".";
    const rooted = p.startsWith("/");
    const out = [];
    for (const part of p.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (out.length > 0 && out[out.length - 1] !== "..")
                out.pop();
            else if (!rooted)
                out.push("..");
            continue;
        }
        out.push(part);
    }
    const joined = out.join("/");
    if (rooted)
        return "/" + joined;
    return joined === "" ? "." : joined;
}
/** path.Base. */
function gopath_base(p) {
    if (p === "")
        return ".";
    let s = p.replace(/\/+$/, "");
    if (s === "")
        return "/";
    const i = s.lastIndexOf("/");
    if (i >= 0)
        s = s.slice(i + 1);
    return s;
}
/** path.Dir. */
function gopath_dir(p) {
    const i = p.lastIndexOf("/");
    return clean(p.slice(0, i + 1));
}
/** path.Ext. */
function ext(p) {
    for (let i = p.length - 1; i >= 0 && p.charAt(i) !== "/"; i--) {
        if (p.charAt(i) === ".")
            return p.slice(i);
    }
    return "";
}
function isAbs(p) {
    return p.startsWith("/");
}
class BadPattern extends Error {
    constructor() {
        super("syntax error in pattern");
    }
}
/**
 * path.Match: `*` and `?` stop at `/`, `[...]` classes (negated with `^`),
 * `\` escapes. A malformed pattern throws {@link BadPattern}.
 */
function match(pattern, name) {
    validatePattern(pattern);
    // Failed (pattern, name) positions, so many stars cannot make matching exponential.
    const failed = new Set();
    return matchFrom(pattern, 0, name, 0, failed);
}
function validatePattern(pattern) {
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
            if (i + 1 >= pattern.length)
                throw new BadPattern();
            i++;
        }
        else if (c === "[") {
            const end = classEnd(pattern, i);
            if (end < 0)
                throw new BadPattern();
            i = end;
        }
    }
}
/** Index of the `]` closing the class opened at `start`, or -1 if malformed. */
function classEnd(p, start) {
    let i = start + 1;
    if (p.charAt(i) === "^")
        i++;
    let first = true;
    while (i < p.length) {
        const c = p.charAt(i);
        if (c === "]" && !first)
            return i;
        first = false;
        if (c === "-")
            return -1;
        i = classChar(p, i);
        if (i < 0)
            return -1;
        if (p.charAt(i) === "-") {
            i = classChar(p, i + 1);
            if (i < 0)
                return -1;
        }
    }
    return -1;
}
/** Skips one (possibly escaped) class character, returning the next index or -1. */
function classChar(p, i) {
    const c = p.charAt(i);
    if (c === "" || c === "-" || c === "]")
        return -1;
    if (c === "\\")
        return i + 2 <= p.length ? i + 2 : -1;
    const cp = p.codePointAt(i) ?? 0;
    return i + (cp > 0xffff ? 2 : 1);
}
function readClassChar(p, i) {
    let j = i;
    if (p.charAt(j) === "\\")
        j++;
    const cp = p.codePointAt(j) ?? 0;
    return [cp, j + (cp > 0xffff ? 2 : 1)];
}
function matchFrom(p, pi0, s, si0, failed) {
    const key = pi0 * (s.length + 1) + si0;
    if (failed.has(key))
        return false;
    const ok = matchStep(p, pi0, s, si0, failed);
    if (!ok)
        failed.add(key);
    return ok;
}
function matchStep(p, pi0, s, si0, failed) {
    let pi = pi0;
    let si = si0;
    while (pi < p.length) {
        const c = p.charAt(pi);
        if (c === "*") {
            let pj = pi;
            while (p.charAt(pj) === "*")
                pj++;
            for (let k = si; k <= s.length; k++) {
                if (matchFrom(p, pj, s, k, failed))
                    return true;
                if (s.charAt(k) === "/")
                    return false;
            }
            return false;
        }
        if (si >= s.length)
            return false;
        const scp = s.codePointAt(si) ?? 0;
        const swidth = scp > 0xffff ? 2 : 1;
        if (c === "?") {
            if (scp === 0x2f)
                return false;
            pi++;
            si += swidth;
            continue;
        }
        if (c === "[") {
            if (scp === 0x2f)
                return false;
            const end = classEnd(p, pi);
            let i = pi + 1;
            let neg = false;
            if (p.charAt(i) === "^") {
                neg = true;
                i++;
            }
            let matched = false;
            while (i < end) {
                const [lo, next] = readClassChar(p, i);
                let hi = lo;
                i = next;
                if (p.charAt(i) === "-") {
                    const [h, n2] = readClassChar(p, i + 1);
                    hi = h;
                    i = n2;
                }
                if (scp >= lo && scp <= hi)
                    matched = true;
            }
            if (matched === neg)
                return false;
            pi = end + 1;
            si += swidth;
            continue;
        }
        let lit = c;
        if (c === "\\") {
            pi++;
            lit = p.charAt(pi);
        }
        if (s.charAt(si) !== lit)
            return false;
        pi++;
        si++;
    }
    return si === s.length;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/encoding.ts
/** sprig's JSON, encoding, hashing and path functions, and Argo CD's toYaml/fromYaml/fromYamlArray. */









/** encoding/json's string escaping; `html` escapes <, > and & as json.Marshal does. */
function jsonString(s, html) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === "\\")
            out += "\\\\";
        else if (ch === "\n")
            out += "\\n";
        else if (ch === "\r")
            out += "\\r";
        else if (ch === "\t")
            out += "\\t";
        else if (ch === "\b")
            out += "\\b";
        else if (ch === "\f")
            out += "\\f";
        else if (cp < 0x20 ||
            (html && (ch === "<" || ch === ">" || ch === "&")) ||
            cp === 0x2028 ||
            cp === 0x2029) {
            out += "\\u" + cp.toString(16).padStart(4, "0");
        }
        else if (cp >= 0xd800 && cp < 0xe000)
            out += "\\ufffd";
        else
            out += ch;
    }
    return out + '"';
}
function jsonNumber(f) {
    if (!Number.isFinite(f))
        throw new FuncError(`json: unsupported value: ${Number.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf"}`);
    return String(f);
}
/** json.Marshal / json.MarshalIndent(v, "", "  "). */
function goJson(v, opts, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new FuncError("json: value is nested too deeply");
    const nl = opts.indent ? "\n" + "  ".repeat(depth + 1) : "";
    const close = opts.indent ? "\n" + "  ".repeat(depth) : "";
    if (v === null || v === undefined)
        return "null";
    if (typeof v === "boolean")
        return v ? "true" : "false";
    if (typeof v === "bigint")
        return v.toString();
    if (v instanceof Int64)
        return v.v.toString();
    if (typeof v === "number")
        return jsonNumber(v);
    if (typeof v === "string")
        return jsonString(v, opts.html);
    if (Array.isArray(v)) {
        if (v.length === 0)
            return "[]";
        return "[" + v.map((x) => nl + goJson(x, opts, depth + 1)).join(",") + close + "]";
    }
    const keys = sortedKeys(v);
    if (keys.length === 0)
        return "{}";
    const sep = opts.indent ? ": " : ":";
    return ("{" +
        keys.map((k) => nl + jsonString(k, opts.html) + sep + goJson(v[k], opts, depth + 1)).join(",") +
        close +
        "}");
}
function fromJson(s, strict) {
    try {
        return toGoValue(JSON.parse(s));
    }
    catch (err) {
        if (strict)
            throw new FuncError((0,src_errors/* messageOf */.bD)(err));
        return null;
    }
}
/** sigs.k8s.io/yaml's Marshal: JSON-ordered (sorted) keys, block style, sequences not indented. */
function goYaml(v) {
    if (v === null || v === undefined)
        return "null";
    const out = (0,dist/* stringify */.As)(toPlain(v), {
        indentSeq: false,
        lineWidth: 0,
        sortMapEntries: true,
        aliasDuplicateObjects: false,
    });
    return out.replace(/\n$/, "");
}
/** Parses YAML (first document) as sigs.k8s.io/yaml.Unmarshal would, numbers as float64. */
function parseYamlValue(s) {
    try {
        const file = parseYaml(s, "fromYaml");
        return toGoValue(file.documents[0]?.value ?? null);
    }
    catch (err) {
        throw new FuncError(`error converting YAML to JSON: ${(0,src_errors/* messageOf */.bD)(err).replace(/^fromYaml:\s*/, "")}`);
    }
}
function fromYaml(s) {
    const v = parseYamlValue(s);
    if (v === null)
        return values_newMap();
    if (!isMap(v)) {
        throw new FuncError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type map[string]interface {}`);
    }
    return v;
}
function fromYamlArray(s) {
    const v = parseYamlValue(s);
    if (v === null)
        return [];
    if (!Array.isArray(v)) {
        throw new FuncError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type []interface {}`);
    }
    return v;
}
function jsonKind(v) {
    if (Array.isArray(v))
        return "array";
    if (isMap(v))
        return "object";
    if (typeof v === "string")
        return "string";
    if (typeof v === "boolean")
        return "bool";
    return "number";
}
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** base64.StdEncoding.DecodeString, whose error sprig returns as the result. */
function b64dec(s) {
    const stripped = s.replace(/[\r\n]/g, "");
    if (!B64.test(stripped) || stripped.length % 4 !== 0) {
        const bad = runes(stripped).findIndex((c) => !/[A-Za-z0-9+/=]/.test(c));
        const at = bad >= 0 ? bad : stripped.length - (stripped.length % 4 || 4);
        return `illegal base64 data at input byte ${Math.max(at, 0)}`;
    }
    return Buffer.from(stripped, "base64").toString("utf8");
}
const B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function b32enc(s) {
    const bytes = Buffer.from(s, "utf8");
    let bits = 0;
    let value = 0;
    let out = "";
    for (const b of bytes) {
        value = (value << 8) | b;
        bits += 8;
        while (bits >= 5) {
            out += B32_ALPHABET.charAt((value >>> (bits - 5)) & 31);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += B32_ALPHABET.charAt((value << (5 - bits)) & 31);
    while (out.length % 8 !== 0)
        out += "=";
    return out;
}
function b32dec(s) {
    const stripped = s.replace(/[\r\n]/g, "");
    if (stripped.length % 8 !== 0 || !/^[A-Z2-7]*=*$/.test(stripped)) {
        const bad = runes(stripped).findIndex((c) => !/[A-Z2-7=]/.test(c));
        return `illegal base32 data at input byte ${bad >= 0 ? bad : stripped.length}`;
    }
    let bits = 0;
    let value = 0;
    const bytes = [];
    for (const c of stripped.replace(/=+$/, "")) {
        value = (value << 5) | B32_ALPHABET.indexOf(c);
        bits += 5;
        if (bits >= 8) {
            bytes.push((value >>> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return Buffer.from(bytes).toString("utf8");
}
function adler32(s) {
    let a = 1;
    let b = 0;
    for (const byte of Buffer.from(s, "utf8")) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    return String((b * 65536 + a) >>> 0);
}
function hash(algo, s) {
    return (0,external_node_crypto_.createHash)(algo).update(s, "utf8").digest("hex");
}
const toJson = (html, indent, strict) => (v) => {
    try {
        return goJson(v, { html, indent });
    }
    catch (err) {
        if (strict)
            throw err;
        return "";
    }
};
const ENCODING_FUNCS = [
    ["toJson", fnOf(["any"], toJson(true, false, false))],
    ["mustToJson", fnOf(["any"], toJson(true, false, true))],
    ["toPrettyJson", fnOf(["any"], toJson(true, true, false))],
    ["mustToPrettyJson", fnOf(["any"], toJson(true, true, true))],
    ["toRawJson", fnOf(["any"], toJson(false, false, false))],
    ["mustToRawJson", fnOf(["any"], toJson(false, false, true))],
    ["fromJson", fnOf(["string"], (s) => fromJson(s, false))],
    ["mustFromJson", fnOf(["string"], (s) => fromJson(s, true))],
    [
        "toYaml",
        fnOf(["any"], (v) => {
            try {
                return goYaml(v);
            }
            catch (err) {
                throw new FuncError((0,src_errors/* messageOf */.bD)(err));
            }
        }),
    ],
    ["fromYaml", fnOf(["string"], (s) => fromYaml(s))],
    ["fromYamlArray", fnOf(["string"], (s) => fromYamlArray(s))],
    ["b64enc", fnOf(["string"], (s) => Buffer.from(s, "utf8").toString("base64"))],
    ["b64dec", fnOf(["string"], (s) => b64dec(s))],
    ["b32enc", fnOf(["string"], (s) => b32enc(s))],
    ["b32dec", fnOf(["string"], (s) => b32dec(s))],
    ["sha1sum", fnOf(["string"], (s) => hash("sha1", s))],
    ["sha256sum", fnOf(["string"], (s) => hash("sha256", s))],
    ["sha512sum", fnOf(["string"], (s) => hash("sha512", s))],
    ["adler32sum", fnOf(["string"], (s) => adler32(s))],
    ["base", fnOf(["string"], (s) => gopath_base(s))],
    ["dir", fnOf(["string"], (s) => gopath_dir(s))],
    ["clean", fnOf(["string"], (s) => clean(s))],
    ["ext", fnOf(["string"], (s) => ext(s))],
    ["isAbs", fnOf(["string"], (s) => isAbs(s))],
    ["osBase", fnOf(["string"], (s) => gopath_base(s))],
    ["osDir", fnOf(["string"], (s) => gopath_dir(s))],
    ["osClean", fnOf(["string"], (s) => clean(s))],
    ["osExt", fnOf(["string"], (s) => ext(s))],
    ["osIsAbs", fnOf(["string"], (s) => isAbs(s))],
];

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/math.ts
/** sprig's number functions (numeric.go): int64 arithmetic on cast values, float helpers. */




const i64 = (n) => new Int64(wrap64(n));
/** Float results that shopspring/decimal would have computed exactly. */
function decimalish(f) {
    return Number.isFinite(f) ? Number(f.toPrecision(15)) : f;
}
function round(a, places, ...rest) {
    const roundOn = rest.length > 0 ? toFloat64(rest[0] ?? null) : 0.5;
    const val = toFloat64(a);
    const pow = 10 ** Number(places);
    const digit = pow * val;
    const frac = digit - Math.trunc(digit);
    return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}
function seq(...params) {
    const p = params.map((x) => Number(x));
    const range = (start, stop, step) => {
        const out = [];
        if (step === 0)
            return out;
        if (Math.abs((stop - start) / step) > LIMITS.maxListLength)
            throw new FuncError("seq is too long");
        if (step > 0)
            for (let i = start; i < stop; i += step)
                out.push(i);
        else
            for (let i = start; i > stop; i += step)
                out.push(i);
        return out;
    };
    switch (p.length) {
        case 1: {
            const end = p[0] ?? 0;
            const inc = end < 1 ? -1 : 1;
            return range(1, end + inc, inc).join(" ");
        }
        case 2: {
            const [start = 0, end = 0] = p;
            const step = end < start ? -1 : 1;
            return range(start, end + step, step).join(" ");
        }
        case 3: {
            const [start = 0, step = 0, end = 0] = p;
            let inc = 1;
            if (end < start) {
                inc = -1;
                if (step > 0)
                    return "";
            }
            return range(start, end + inc, step).join(" ");
        }
        default:
            return "";
    }
}
const MATH_FUNCS = [
    ["add1", fnOf(["any"], (a) => i64(toInt64(a) + 1n))],
    ["add", fnOf([], (...v) => i64(v.reduce((s, x) => wrap64(s + toInt64(x)), 0n)), "any")],
    ["sub", fnOf(["any", "any"], (a, b) => i64(toInt64(a) - toInt64(b)))],
    [
        "div",
        fnOf(["any", "any"], (a, b) => {
            const d = toInt64(b);
            if (d === 0n)
                throw new FuncError("runtime error: integer divide by zero");
            return i64(toInt64(a) / d);
        }),
    ],
    [
        "mod",
        fnOf(["any", "any"], (a, b) => {
            const d = toInt64(b);
            if (d === 0n)
                throw new FuncError("runtime error: integer divide by zero");
            return i64(toInt64(a) % d);
        }),
    ],
    [
        "mul",
        fnOf(["any"], (a, ...v) => i64(v.reduce((s, x) => wrap64(s * toInt64(x)), toInt64(a))), "any"),
    ],
    [
        "max",
        fnOf(["any"], (a, ...v) => i64(v.reduce((m, x) => (toInt64(x) > m ? toInt64(x) : m), toInt64(a))), "any"),
    ],
    [
        "biggest",
        fnOf(["any"], (a, ...v) => i64(v.reduce((m, x) => (toInt64(x) > m ? toInt64(x) : m), toInt64(a))), "any"),
    ],
    [
        "min",
        fnOf(["any"], (a, ...v) => i64(v.reduce((m, x) => (toInt64(x) < m ? toInt64(x) : m), toInt64(a))), "any"),
    ],
    ["add1f", fnOf(["any"], (a) => decimalish(toFloat64(a) + 1))],
    ["addf", fnOf([], (...v) => decimalish(v.reduce((s, x) => s + toFloat64(x), 0)), "any")],
    [
        "subf",
        fnOf(["any"], (a, ...v) => decimalish(v.reduce((s, x) => s - toFloat64(x), toFloat64(a))), "any"),
    ],
    [
        "mulf",
        fnOf(["any"], (a, ...v) => decimalish(v.reduce((s, x) => s * toFloat64(x), toFloat64(a))), "any"),
    ],
    [
        "divf",
        fnOf(["any"], (a, ...v) => decimalish(v.reduce((s, x) => {
            const d = toFloat64(x);
            if (d === 0)
                throw new FuncError("decimal division by 0");
            return s / d;
        }, toFloat64(a))), "any"),
    ],
    ["maxf", fnOf(["any"], (a, ...v) => Math.max(toFloat64(a), ...v.map(toFloat64)), "any")],
    ["minf", fnOf(["any"], (a, ...v) => Math.min(toFloat64(a), ...v.map(toFloat64)), "any")],
    ["floor", fnOf(["any"], (a) => Math.floor(toFloat64(a)))],
    ["ceil", fnOf(["any"], (a) => Math.ceil(toFloat64(a)))],
    ["round", fnOf(["any", "int"], (a, p, ...r) => round(a, p, ...r), "any")],
    ["int", fnOf(["any"], (v) => BigInt.asIntN(64, toInt64(v)))],
    ["int64", fnOf(["any"], (v) => i64(toInt64(v)))],
    ["float64", fnOf(["any"], (v) => toFloat64(v))],
    [
        "atoi",
        fnOf(["string"], (s) => {
            const m = /^[+-]?\d+$/.exec(s);
            if (!m)
                return 0n;
            const n = BigInt(m[0]);
            return n > 2n ** 63n - 1n || n < -(2n ** 63n) ? 0n : n;
        }),
    ],
    [
        "toDecimal",
        fnOf(["any"], (v) => {
            const s = strval(v);
            if (!/^[+-]?[0-7]+$/.test(s))
                return i64(0n);
            const magnitude = BigInt("0o" + s.replace(/^[+-]/, ""));
            return i64(s.startsWith("-") ? -magnitude : magnitude);
        }),
    ],
    ["seq", fnOf([], seq, "int")],
];

// EXTERNAL MODULE: ./node_modules/@bufbuild/re2/dist/esm/index.js + 19 modules
var dist_esm = __webpack_require__(2821);
;// CONCATENATED MODULE: ./packages/core/src/appset/goregexp/syntax.ts
/**
 * A parser for Go's regexp syntax (RE2, Perl flags), producing the tree the
 * matcher compiles. Patterns reach it only after @bufbuild/re2 accepted them,
 * so it reports what it cannot represent rather than every syntax error.
 */

class RegexpUnsupported extends Error {
}
const PERL = {
    d: [[0x30, 0x39]],
    s: [
        [0x09, 0x0a],
        [0x0c, 0x0d],
        [0x20, 0x20],
    ],
    w: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a],
    ],
};
const POSIX = {
    alnum: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x61, 0x7a],
    ],
    alpha: [
        [0x41, 0x5a],
        [0x61, 0x7a],
    ],
    ascii: [[0x00, 0x7f]],
    blank: [
        [0x09, 0x09],
        [0x20, 0x20],
    ],
    cntrl: [
        [0x00, 0x1f],
        [0x7f, 0x7f],
    ],
    digit: [[0x30, 0x39]],
    graph: [[0x21, 0x7e]],
    lower: [[0x61, 0x7a]],
    print: [[0x20, 0x7e]],
    punct: [
        [0x21, 0x2f],
        [0x3a, 0x40],
        [0x5b, 0x60],
        [0x7b, 0x7e],
    ],
    space: [
        [0x09, 0x0d],
        [0x20, 0x20],
    ],
    upper: [[0x41, 0x5a]],
    word: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a],
    ],
    xdigit: [
        [0x30, 0x39],
        [0x41, 0x46],
        [0x61, 0x66],
    ],
};
const propertyCache = new Map();
/** A Unicode class by Go's name (`L`, `Lu`, `Greek`, `Any`), tested through a one-character RegExp. */
function unicodeProperty(name) {
    if (name === "Any")
        return () => true;
    let re = propertyCache.get(name);
    if (!re) {
        try {
            re = new RegExp(`^\\p{${name}}$`, "u");
        }
        catch {
            try {
                re = new RegExp(`^\\p{Script=${name}}$`, "u");
            }
            catch {
                throw new RegexpUnsupported(`unknown Unicode class \\p{${name}}`);
            }
        }
        propertyCache.set(name, re);
    }
    const r = re;
    return (cp) => r.test(String.fromCodePoint(cp));
}
function inRanges(ranges, cp) {
    for (const [lo, hi] of ranges)
        if (cp >= lo && cp <= hi)
            return true;
    return false;
}
/** The other cases of a code point (simple case folding, enough for ASCII and most scripts). */
function foldVariants(cp) {
    const s = String.fromCodePoint(cp);
    const out = new Set([cp]);
    for (const t of [s.toLowerCase(), s.toUpperCase()]) {
        const c = t.codePointAt(0);
        if (c !== undefined && String.fromCodePoint(c) === t)
            out.add(c);
    }
    if (cp === 0x6b || cp === 0x4b)
        out.add(0x212a);
    if (cp === 0x73 || cp === 0x53)
        out.add(0x17f);
    return [...out];
}
function foldTest(test, fold) {
    if (!fold)
        return test;
    return (cp) => foldVariants(cp).some(test);
}
function parseRegexp(pattern) {
    return new RegexpParser(pattern).parse();
}
class RegexpParser {
    s;
    i = 0;
    groups = 0;
    names = [undefined];
    constructor(s) {
        this.s = s;
    }
    parse() {
        const flags = { fold: false, multiline: false, dotNL: false, ungreedy: false };
        const re = this.alternation(flags);
        if (this.i < this.s.length)
            throw new RegexpUnsupported(`unexpected ) at offset ${this.i}`);
        return { re, groups: this.groups, names: this.names };
    }
    peek() {
        return this.s.charAt(this.i);
    }
    nextCp() {
        const cp = this.s.codePointAt(this.i);
        if (cp === undefined)
            throw new RegexpUnsupported("unexpected end of pattern");
        this.i += cp > 0xffff ? 2 : 1;
        return cp;
    }
    alternation(flags) {
        const subs = [this.concat(flags)];
        while (this.peek() === "|") {
            this.i++;
            subs.push(this.concat(flags));
        }
        return subs.length === 1 ? (subs[0] ?? { op: "empty" }) : { op: "alt", subs };
    }
    concat(flags) {
        const subs = [];
        while (this.i < this.s.length) {
            const c = this.peek();
            if (c === "|" || c === ")")
                break;
            const atom = this.atom(flags);
            if (atom === undefined)
                continue;
            subs.push(this.repetition(atom, flags));
        }
        if (subs.length === 0)
            return { op: "empty" };
        return subs.length === 1 ? (subs[0] ?? { op: "empty" }) : { op: "cat", subs };
    }
    repetition(atom, flags) {
        let re = atom;
        for (;;) {
            const c = this.peek();
            let min;
            let max;
            if (c === "*")
                [min, max] = [0, -1];
            else if (c === "+")
                [min, max] = [1, -1];
            else if (c === "?")
                [min, max] = [0, 1];
            else if (c === "{") {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
                if (!m)
                    return re;
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] === "" || m[3] === undefined ? -1 : Number(m[3]);
                this.i += m[0].length - 1;
            }
            else
                return re;
            this.i++;
            let greedy = true;
            if (this.peek() === "?") {
                greedy = false;
                this.i++;
            }
            if (flags.ungreedy)
                greedy = !greedy;
            re = { op: "rep", min, max, greedy, sub: re };
        }
    }
    /** One atom, or undefined for a flag group that only changes flags. */
    atom(flags) {
        const c = this.peek();
        if (c === "(")
            return this.group(flags);
        if (c === "[")
            return this.charClass(flags);
        if (c === ".") {
            this.i++;
            const dotNL = flags.dotNL;
            return { op: "char", test: (cp) => dotNL || cp !== 0x0a };
        }
        if (c === "^") {
            this.i++;
            return { op: "assert", kind: flags.multiline ? "bol" : "bot" };
        }
        if (c === "$") {
            this.i++;
            return { op: "assert", kind: flags.multiline ? "eol" : "eot" };
        }
        if (c === "\\")
            return this.escape(flags);
        const cp = this.nextCp();
        return { op: "char", test: foldTest((x) => x === cp, flags.fold) };
    }
    group(flags) {
        this.i++;
        const rest = this.s.slice(this.i);
        const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest);
        if (named) {
            this.i += named[0].length;
            return this.capture(named[1], flags);
        }
        if (rest.startsWith("?")) {
            const m = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
            if (!m)
                throw new RegexpUnsupported(`unsupported group syntax at offset ${this.i}`);
            this.i += m[0].length;
            const next = m[3] === ")" ? flags : { ...flags };
            for (const f of m[1] ?? "")
                setFlag(next, f, true);
            for (const f of m[2] ?? "")
                setFlag(next, f, false);
            if (m[3] === ")")
                return undefined;
            const sub = this.alternation(next);
            this.expectClose();
            return sub;
        }
        return this.capture(undefined, flags);
    }
    capture(name, flags) {
        const index = ++this.groups;
        this.names.push(name);
        const sub = this.alternation({ ...flags });
        this.expectClose();
        return { op: "cap", index, name, sub };
    }
    expectClose() {
        if (this.peek() !== ")")
            throw new RegexpUnsupported("missing closing )");
        this.i++;
    }
    escape(flags) {
        this.i++;
        const c = this.peek();
        switch (c) {
            case "b":
            case "B":
                this.i++;
                return { op: "assert", kind: c === "b" ? "wordb" : "nonwordb" };
            case "A":
                this.i++;
                return { op: "assert", kind: "bot" };
            case "z":
                this.i++;
                return { op: "assert", kind: "eot" };
            case "Q": {
                this.i++;
                const end = this.s.indexOf("\\E", this.i);
                const lit = end < 0 ? this.s.slice(this.i) : this.s.slice(this.i, end);
                this.i = end < 0 ? this.s.length : end + 2;
                const subs = runes(lit).map((ch) => {
                    const cp = ch.codePointAt(0) ?? 0;
                    return { op: "char", test: foldTest((x) => x === cp, flags.fold) };
                });
                return subs.length === 0 ? { op: "empty" } : { op: "cat", subs };
            }
        }
        const test = this.classEscape() ?? this.literalEscape();
        return { op: "char", test: foldTest(test, flags.fold) };
    }
    /** `\d`, `\p{Greek}` and friends, after the backslash; undefined if not a class escape. */
    classEscape() {
        const c = this.peek();
        const lower = c.toLowerCase();
        const perl = PERL[lower];
        if (perl && (c === lower || c === c.toUpperCase())) {
            this.i++;
            const neg = c !== lower;
            return (cp) => inRanges(perl, cp) !== neg;
        }
        if (c === "p" || c === "P") {
            this.i++;
            let name;
            if (this.peek() === "{") {
                const end = this.s.indexOf("}", this.i);
                if (end < 0)
                    throw new RegexpUnsupported("invalid character class range");
                name = this.s.slice(this.i + 1, end);
                this.i = end + 1;
            }
            else {
                name = String.fromCodePoint(this.nextCp());
            }
            let neg = c === "P";
            if (name.startsWith("^")) {
                neg = !neg;
                name = name.slice(1);
            }
            const test = unicodeProperty(name);
            return (cp) => test(cp) !== neg;
        }
        return undefined;
    }
    literalEscape() {
        const cp = this.escapedCodePoint();
        return (x) => x === cp;
    }
    escapedCodePoint() {
        const c = this.peek();
        const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
        const mapped = simple[c];
        if (mapped !== undefined) {
            this.i++;
            return mapped;
        }
        if (c >= "0" && c <= "7") {
            const m = /^[0-7]{1,3}/.exec(this.s.slice(this.i));
            const digits = m?.[0] ?? "0";
            this.i += digits.length;
            return parseInt(digits, 8);
        }
        if (c === "x") {
            this.i++;
            if (this.peek() === "{") {
                const end = this.s.indexOf("}", this.i);
                const hex = this.s.slice(this.i + 1, end);
                this.i = end + 1;
                return parseInt(hex, 16);
            }
            const hex = this.s.slice(this.i, this.i + 2);
            this.i += 2;
            return parseInt(hex, 16);
        }
        return this.nextCp();
    }
    charClass(flags) {
        this.i++;
        let neg = false;
        if (this.peek() === "^") {
            neg = true;
            this.i++;
        }
        const ranges = [];
        const tests = [];
        let first = true;
        while (this.i < this.s.length && (this.peek() !== "]" || first)) {
            first = false;
            const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.s.slice(this.i));
            if (posix) {
                const table = POSIX[posix[2] ?? ""];
                if (!table)
                    throw new RegexpUnsupported(`invalid character class range ${posix[0]}`);
                this.i += posix[0].length;
                const pneg = posix[1] === "^";
                tests.push((cp) => inRanges(table, cp) !== pneg);
                continue;
            }
            let lo;
            if (this.peek() === "\\") {
                this.i++;
                const cls = this.classEscape();
                if (cls) {
                    tests.push(cls);
                    continue;
                }
                lo = this.escapedCodePoint();
            }
            else {
                lo = this.nextCp();
            }
            let hi = lo;
            if (this.peek() === "-" && this.s.charAt(this.i + 1) !== "]" && this.i + 1 < this.s.length) {
                this.i++;
                if (this.peek() === "\\") {
                    this.i++;
                    hi = this.escapedCodePoint();
                }
                else {
                    hi = this.nextCp();
                }
            }
            ranges.push([lo, hi]);
        }
        if (this.peek() !== "]")
            throw new RegexpUnsupported("missing closing ]");
        this.i++;
        const base = (cp) => inRanges(ranges, cp) || tests.some((t) => t(cp));
        const folded = foldTest(base, flags.fold);
        return { op: "char", test: (cp) => folded(cp) !== neg };
    }
}
function setFlag(flags, f, on) {
    if (f === "i")
        flags.fold = on;
    else if (f === "m")
        flags.multiline = on;
    else if (f === "s")
        flags.dotNL = on;
    else if (f === "U")
        flags.ungreedy = on;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/goregexp/index.ts
/**
 * Go's regexp package for template functions and generator filters.
 *
 * @bufbuild/re2 (already a dependency) checks the syntax, so a pattern Go
 * rejects is rejected here with Go's message, and answers yes/no questions
 * exactly. It has no API for match positions, so finding and replacing run on
 * a Pike VM over a tree parsed from the same pattern: leftmost-first matches
 * with captures in time linear in the input, so no pattern can backtrack
 * catastrophically the way a translated JavaScript RegExp could.
 */


class RegexpError extends Error {
}
const MAX_PROGRAM = 20_000;
const MAX_INPUT = 1024 * 1024;
/** Thread steps one call (a search, or all the searches of findAll/replaceAll/split) may take. */
const MAX_STEPS = 30_000_000;
class GoRegexp {
    source;
    re2;
    prog;
    groups;
    names;
    constructor(source, re2, prog, groups, names) {
        this.source = source;
        this.re2 = re2;
        this.prog = prog;
        this.groups = groups;
        this.names = names;
    }
    static compile(pattern) {
        let re2;
        try {
            re2 = dist_esm/* RE2JS */.L3.compile(pattern);
        }
        catch (err) {
            throw new RegexpError(err instanceof Error ? err.message : String(err));
        }
        let parsed;
        try {
            parsed = parseRegexp(pattern);
        }
        catch (err) {
            throw new RegexpError(`regexp ${JSON.stringify(pattern)} is not supported: ${err.message}`);
        }
        const prog = compileProgram(parsed.re);
        return new GoRegexp(pattern, re2, prog, parsed.groups, parsed.names);
    }
    /** regexp.MatchString: whether any part of `s` matches. */
    test(s) {
        return this.re2.test(s);
    }
    /** Capture positions (UTF-16 offsets, -1 for unset) of the leftmost-first match at or after `from`. */
    exec(s, from = 0, counter = { steps: 0 }) {
        if (s.length > MAX_INPUT)
            throw new RegexpError(`input of ${s.length} characters is too long to search`);
        return pike(this.prog, s, from, (this.groups + 1) * 2, counter);
    }
    /** FindAllStringSubmatchIndex with Go's rule about empty matches next to a previous match. */
    findAll(s, n) {
        const out = [];
        if (n === 0)
            return out;
        let pos = 0;
        let prevEnd = -1;
        const counter = { steps: 0 };
        while ((n < 0 || out.length < n) && pos <= s.length) {
            const m = this.exec(s, pos, counter);
            if (!m)
                break;
            const [start = 0, end = 0] = m;
            let accept = true;
            if (end === pos) {
                if (start === prevEnd)
                    accept = false;
                pos += pos < s.length ? charWidth(s, pos) : 1;
            }
            else {
                pos = end;
            }
            prevEnd = end;
            if (accept)
                out.push(m);
        }
        return out;
    }
    /** ReplaceAllString; `literal` turns off `$1`/`${name}` expansion. */
    replaceAll(s, repl, literal) {
        let out = "";
        let lastEnd = 0;
        let search = 0;
        const counter = { steps: 0 };
        while (search <= s.length) {
            const m = this.exec(s, search, counter);
            if (!m)
                break;
            const [start = 0, end = 0] = m;
            out += s.slice(lastEnd, start);
            if (end > lastEnd || start === 0)
                out += literal ? repl : this.expand(repl, s, m);
            lastEnd = end;
            const width = search < s.length ? charWidth(s, search) : 0;
            if (search + width > end)
                search += width;
            else if (search + 1 > end)
                search++;
            else
                search = end;
        }
        return out + s.slice(lastEnd);
    }
    /** Regexp.Split. */
    split(s, n) {
        if (n === 0)
            return [];
        if (this.source.length > 0 && s.length === 0)
            return [""];
        const matches = this.findAll(s, n);
        const out = [];
        let beg = 0;
        let end = 0;
        for (const m of matches) {
            if (n > 0 && out.length === n - 1)
                break;
            end = m[0] ?? 0;
            if ((m[1] ?? 0) !== 0)
                out.push(s.slice(beg, end));
            beg = m[1] ?? 0;
        }
        if (end !== s.length)
            out.push(s.slice(beg));
        return out;
    }
    /** Regexp.Expand for `$1`, `${1}`, `$name`, `${name}` and `$$`. */
    expand(template, src, m) {
        let out = "";
        let i = 0;
        while (i < template.length) {
            const d = template.indexOf("$", i);
            if (d < 0) {
                out += template.slice(i);
                break;
            }
            out += template.slice(i, d);
            i = d + 1;
            if (template.charAt(i) === "$") {
                out += "$";
                i++;
                continue;
            }
            let name;
            const braced = /^\{([A-Za-z0-9_]+)\}/.exec(template.slice(i));
            const bare = /^[A-Za-z0-9_]+/.exec(template.slice(i));
            if (braced) {
                name = braced[1];
                i += braced[0].length;
            }
            else if (bare) {
                name = bare[0];
                i += bare[0].length;
            }
            if (name === undefined) {
                out += "$";
                continue;
            }
            const group = /^\d+$/.test(name) ? Number(name) : this.names.indexOf(name);
            if (group >= 0 && group <= this.groups) {
                const a = m[2 * group] ?? -1;
                const b = m[2 * group + 1] ?? -1;
                if (a >= 0 && b >= 0)
                    out += src.slice(a, b);
            }
        }
        return out;
    }
}
function charWidth(s, i) {
    const cp = s.codePointAt(i) ?? 0;
    return cp > 0xffff ? 2 : 1;
}
function compileProgram(re) {
    const prog = [];
    const emit = (inst) => {
        if (prog.length >= MAX_PROGRAM)
            throw new RegexpError("regular expression too large");
        prog.push(inst);
        return prog.length - 1;
    };
    const gen = (r) => {
        switch (r.op) {
            case "char":
                emit({ op: "char", test: r.test, next: prog.length + 1 });
                return;
            case "empty":
                return;
            case "assert":
                emit({ op: "assert", kind: r.kind, next: prog.length + 1 });
                return;
            case "cat":
                for (const s of r.subs)
                    gen(s);
                return;
            case "cap":
                emit({ op: "save", n: 2 * r.index, next: prog.length + 1 });
                gen(r.sub);
                emit({ op: "save", n: 2 * r.index + 1, next: prog.length + 1 });
                return;
            case "alt": {
                const jumps = [];
                r.subs.forEach((sub, k) => {
                    if (k < r.subs.length - 1) {
                        const split = emit({ op: "split", x: prog.length + 1, y: -1 });
                        gen(sub);
                        jumps.push(emit({ op: "jmp", x: -1 }));
                        prog[split].y = prog.length;
                    }
                    else {
                        gen(sub);
                    }
                });
                for (const j of jumps)
                    prog[j].x = prog.length;
                return;
            }
            case "rep":
                genRep(r.sub, r.min, r.max, r.greedy);
                return;
        }
    };
    const star = (sub, greedy) => {
        const split = emit({ op: "split", x: -1, y: -1 });
        const body = prog.length;
        gen(sub);
        emit({ op: "jmp", x: split });
        const after = prog.length;
        prog[split] = greedy ? { op: "split", x: body, y: after } : { op: "split", x: after, y: body };
    };
    const genRep = (sub, min, max, greedy) => {
        if (min === 1 && max === -1) {
            const body = prog.length;
            gen(sub);
            const split = emit({ op: "split", x: -1, y: -1 });
            const after = prog.length;
            prog[split] = greedy ? { op: "split", x: body, y: after } : { op: "split", x: after, y: body };
            return;
        }
        for (let k = 0; k < min; k++)
            gen(sub);
        if (max === -1) {
            star(sub, greedy);
            return;
        }
        // x{n,m}: the optional copies nest, as (x(x)?)?, so a later copy needs the earlier.
        const opens = [];
        for (let k = min; k < max; k++) {
            opens.push(emit({ op: "split", x: -1, y: -1 }));
            gen(sub);
        }
        const after = prog.length;
        for (const split of opens) {
            prog[split] = greedy
                ? { op: "split", x: split + 1, y: after }
                : { op: "split", x: after, y: split + 1 };
        }
    };
    gen(re);
    emit({ op: "match" });
    return prog;
}
function isWordChar(cp) {
    return ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f);
}
function assertionHolds(kind, s, pos) {
    const prev = pos > 0 ? (s.codePointAt(pos - 1) ?? -1) : -1;
    const next = pos < s.length ? (s.codePointAt(pos) ?? -1) : -1;
    switch (kind) {
        case "bot":
            return pos === 0;
        case "eot":
            return pos === s.length;
        case "bol":
            return pos === 0 || prev === 0x0a;
        case "eol":
            return pos === s.length || next === 0x0a;
        case "wordb":
            return isWordChar(prev) !== isWordChar(next);
        case "nonwordb":
            return isWordChar(prev) === isWordChar(next);
    }
}
/** A Pike VM: every thread advances one character at a time, higher priority first. */
function pike(prog, s, from, ncap, counter) {
    const seen = new Int32Array(prog.length).fill(-1);
    let generation = 0;
    let clist = [];
    let nlist = [];
    let matched;
    const add = (list, pc0, caps0, pos) => {
        // Depth-first in priority order, without recursion.
        const stack = [{ pc: pc0, caps: caps0 }];
        while (stack.length > 0) {
            const t = stack.pop();
            if (!t)
                break;
            if (seen[t.pc] === generation)
                continue;
            seen[t.pc] = generation;
            if (++counter.steps > MAX_STEPS)
                throw new RegexpError("regular expression search is too expensive for this input");
            const inst = prog[t.pc];
            if (!inst)
                continue;
            switch (inst.op) {
                case "jmp":
                    stack.push({ pc: inst.x, caps: t.caps });
                    break;
                case "split":
                    stack.push({ pc: inst.y, caps: t.caps }, { pc: inst.x, caps: t.caps });
                    break;
                case "save": {
                    const caps = t.caps.slice();
                    caps[inst.n] = pos;
                    stack.push({ pc: inst.next, caps });
                    break;
                }
                case "assert":
                    if (assertionHolds(inst.kind, s, pos))
                        stack.push({ pc: inst.next, caps: t.caps });
                    break;
                default:
                    list.push(t);
            }
        }
    };
    const initial = new Array(ncap).fill(-1);
    let pos = from;
    generation++;
    for (;;) {
        if (!matched) {
            const caps = initial.slice();
            caps[0] = pos;
            add(clist, 0, caps, pos);
        }
        // With no thread alive, a match found earlier is final; otherwise the search moves on.
        if (clist.length === 0 && matched)
            break;
        const cp = pos < s.length ? (s.codePointAt(pos) ?? -1) : -1;
        const width = cp > 0xffff ? 2 : 1;
        generation++;
        for (const t of clist) {
            const inst = prog[t.pc];
            if (!inst)
                continue;
            if (inst.op === "match") {
                const caps = t.caps.slice();
                caps[1] = pos;
                matched = caps;
                break;
            }
            if (inst.op === "char" && cp >= 0 && inst.test(cp))
                add(nlist, inst.next, t.caps, pos + width);
        }
        if (pos >= s.length)
            break;
        pos += width;
        [clist, nlist] = [nlist, []];
    }
    return matched;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/regex.ts
/** sprig's regex functions (regex.go) on Go regexp semantics. */




const cache = new Map();
/** regexp.Compile, cached. */
function compileGo(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    const re = GoRegexp.compile(pattern);
    if (cache.size > 500)
        cache.clear();
    cache.set(pattern, re);
    return re;
}
/** regexp.MustCompile: the panic message Go prints for a bad pattern. */
function mustCompile(pattern) {
    try {
        return compileGo(pattern);
    }
    catch (err) {
        if (!(err instanceof RegexpError))
            throw err;
        const quoted = /^[^`\p{Cc}]*$/u.test(pattern) ? "`" + pattern + "`" : quoteGo(pattern);
        throw new FuncError(`regexp: Compile(${quoted}): ${err.message}`);
    }
}
/** regexp.Compile for the `must` variants, whose error is the compile error itself. */
function compileOrFail(pattern) {
    try {
        return compileGo(pattern);
    }
    catch (err) {
        if (err instanceof RegexpError)
            throw new FuncError(err.message);
        throw err;
    }
}
function findAll(re, s, n) {
    return typed(re.findAll(s, Number(n)).map((m) => s.slice(m[0] ?? 0, m[1] ?? 0)), "[]string");
}
function find(re, s) {
    const m = re.exec(s);
    return m ? s.slice(m[0] ?? 0, m[1] ?? 0) : "";
}
const REGEX_FUNCS = [
    [
        "regexMatch",
        fnOf(["string", "string"], (r, s) => {
            try {
                return compileGo(r).test(s);
            }
            catch (err) {
                if (err instanceof RegexpError)
                    return false;
                throw err;
            }
        }),
    ],
    ["mustRegexMatch", fnOf(["string", "string"], (r, s) => compileOrFail(r).test(s))],
    [
        "regexFindAll",
        fnOf(["string", "string", "int"], (r, s, n) => findAll(mustCompile(r), s, n)),
    ],
    [
        "mustRegexFindAll",
        fnOf(["string", "string", "int"], (r, s, n) => findAll(compileOrFail(r), s, n)),
    ],
    ["regexFind", fnOf(["string", "string"], (r, s) => find(mustCompile(r), s))],
    ["mustRegexFind", fnOf(["string", "string"], (r, s) => find(compileOrFail(r), s))],
    [
        "regexReplaceAll",
        fnOf(["string", "string", "string"], (r, s, repl) => mustCompile(r).replaceAll(s, repl, false)),
    ],
    [
        "mustRegexReplaceAll",
        fnOf(["string", "string", "string"], (r, s, repl) => compileOrFail(r).replaceAll(s, repl, false)),
    ],
    [
        "regexReplaceAllLiteral",
        fnOf(["string", "string", "string"], (r, s, repl) => mustCompile(r).replaceAll(s, repl, true)),
    ],
    [
        "mustRegexReplaceAllLiteral",
        fnOf(["string", "string", "string"], (r, s, repl) => compileOrFail(r).replaceAll(s, repl, true)),
    ],
    [
        "regexSplit",
        fnOf(["string", "string", "int"], (r, s, n) => typed(mustCompile(r).split(s, Number(n)), "[]string")),
    ],
    [
        "mustRegexSplit",
        fnOf(["string", "string", "int"], (r, s, n) => typed(compileOrFail(r).split(s, Number(n)), "[]string")),
    ],
    ["regexQuoteMeta", fnOf(["string"], (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&"))],
];

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/semver.ts
/**
 * sprig's semverCompare on Masterminds/semver v3 rules, the common subset:
 * `=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `^`, x-ranges, hyphen ranges, `,`/space
 * for AND and `||` for OR; a prerelease version only satisfies a constraint
 * that names a prerelease.
 */

const semver_VERSION = /^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parseVersion(s) {
    const m = semver_VERSION.exec(s.trim());
    if (!m)
        throw new FuncError("Invalid Semantic Version");
    return {
        major: BigInt(m[1] ?? "0"),
        minor: BigInt(m[2] ?? "0"),
        patch: BigInt(m[3] ?? "0"),
        pre: m[4] ?? "",
    };
}
const CONSTRAINT_VERSION = /^v?([0-9]+|[xX*])(?:\.([0-9]+|[xX*]))?(?:\.([0-9]+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseConstraintVersion(s, whole) {
    const m = CONSTRAINT_VERSION.exec(s);
    if (!m)
        throw new FuncError(`improper constraint: ${whole}`);
    const parts = [m[1], m[2], m[3]];
    let given = 0;
    for (const p of parts) {
        if (p === undefined || /^[xX*]$/.test(p))
            break;
        given = (given + 1);
    }
    const num = (p) => (p !== undefined && /^\d+$/.test(p) ? BigInt(p) : 0n);
    return { major: num(m[1]), minor: num(m[2]), patch: num(m[3]), pre: m[4] ?? "", given };
}
function comparePre(a, b) {
    if (a === b)
        return 0;
    if (a === "")
        return 1;
    if (b === "")
        return -1;
    const pa = a.split(".");
    const pb = b.split(".");
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny) {
            const d = BigInt(x) - BigInt(y);
            if (d !== 0n)
                return d < 0n ? -1 : 1;
        }
        else if (nx !== ny) {
            return nx ? -1 : 1;
        }
        else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}
function compare(a, b) {
    for (const k of ["major", "minor", "patch"]) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    return comparePre(a.pre, b.pre);
}
function v(major, minor, patch) {
    return { major, minor, patch, pre: "" };
}
/** The half-open range [lo, hi) a wildcard or partial version covers. */
function span(c) {
    switch (c.given) {
        case 0:
            return [v(0n, 0n, 0n), undefined];
        case 1:
            return [v(c.major, 0n, 0n), v(c.major + 1n, 0n, 0n)];
        case 2:
            return [v(c.major, c.minor, 0n), v(c.major, c.minor + 1n, 0n)];
        default:
            return [c, undefined];
    }
}
function check(op, c, ver) {
    if (ver.pre !== "" && c.pre === "")
        return false;
    const [lo, hi] = span(c);
    const exact = c.given === 3;
    const inSpan = exact
        ? compare(ver, c) === 0
        : compare(ver, lo) >= 0 && (hi === undefined || compare(ver, hi) < 0);
    switch (op) {
        case "":
        case "=":
            return inSpan;
        case "!=":
            return !inSpan;
        case ">":
            return exact ? compare(ver, c) > 0 : hi !== undefined && compare(ver, hi) >= 0;
        case ">=":
        case "=>":
            return compare(ver, exact ? c : lo) >= 0;
        case "<":
            return compare(ver, exact ? c : lo) < 0;
        case "<=":
        case "=<":
            return exact ? compare(ver, c) <= 0 : hi === undefined || compare(ver, hi) < 0;
        case "~":
        case "~>": {
            const upper = c.given <= 1 ? v(c.major + 1n, 0n, 0n) : v(c.major, c.minor + 1n, 0n);
            return compare(ver, lo.pre === "" && exact ? c : lo) >= 0 && compare(ver, upper) < 0;
        }
        case "^": {
            let upper;
            if (c.major > 0n || c.given <= 1)
                upper = v(c.major + 1n, 0n, 0n);
            else if (c.minor > 0n || c.given === 2)
                upper = v(0n, c.minor + 1n, 0n);
            else
                upper = v(0n, 0n, c.patch + 1n);
            return compare(ver, exact ? c : lo) >= 0 && compare(ver, upper) < 0;
        }
    }
    return false;
}
const TERM = /^(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*(\S+)$/;
function satisfies(constraint, version) {
    const ver = parseVersion(version);
    const groups = constraint.split("||");
    return groups.some((group) => {
        const g = group.trim().replace(/(\S+)\s+-\s+(\S+)/g, ">=$1, <=$2");
        const terms = g
            .replace(/(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)\s+/g, "$1")
            .split(/[\s,]+/)
            .filter((t) => t.length > 0);
        if (terms.length === 0)
            throw new FuncError(`improper constraint: ${constraint}`);
        return terms.every((t) => {
            const m = TERM.exec(t);
            if (!m)
                throw new FuncError(`improper constraint: ${constraint}`);
            return check(m[1] ?? "", parseConstraintVersion(m[2] ?? "", constraint), ver);
        });
    });
}
const SEMVER_FUNCS = [
    ["semverCompare", fnOf(["string", "string"], (c, v2) => satisfies(c, v2))],
];

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/index.ts
/**
 * The functions an ApplicationSet Go template can call: Go's builtins, sprig's
 * generic function map without `env`, `expandenv` and `getHostByName` (Argo CD
 * deletes them), and Argo CD's `normalize`, `slugify`, `toYaml`, `fromYaml`,
 * `fromYamlArray`. Functions that read the clock, draw random numbers or make
 * keys exist (templates using them parse) but fail when called offline.
 */










const NOT_OFFLINE = {
    "reads the clock": "ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate htmlDateInZone must_date_modify mustDateModify mustToDate now toDate unixEpoch",
    "is random": "randAlphaNum randAlpha randAscii randNumeric randBytes randInt shuffle uuidv4",
    "makes keys or certificates": "bcrypt htpasswd genPrivateKey derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES",
    "returns a Go object this expansion does not model": "semver urlParse urlJoin",
};
function unsupported(reason) {
    return {
        params: [],
        variadic: "any",
        fn: () => null,
        unsupported: `this function ${reason}, so offline expansion cannot evaluate it`,
    };
}
/** Argo CD's SlugifyName(args ...interface{}): [maxSize int [, smartTruncate bool]] name string. */
function slugify(...args) {
    let maxSize = 50;
    let smart = true;
    let name = "";
    args.forEach((arg, idx) => {
        if (idx === args.length - 1) {
            if (typeof arg !== "string")
                throw new FuncError(`interface conversion: interface {} is ${typeName(arg)}, not string`);
            name = arg;
        }
        else if (idx === 0) {
            const n = typeof arg === "bigint" ? arg : undefined;
            if (n === undefined)
                throw new FuncError(`interface conversion: interface {} is ${typeName(arg)}, not int`);
            maxSize = Number(n);
        }
        else if (idx === 1) {
            if (typeof arg !== "boolean")
                throw new FuncError(`interface conversion: interface {} is ${typeName(arg)}, not bool`);
            smart = arg;
        }
    });
    return slugifyName(name, maxSize, smart);
}
function buildFuncs() {
    const m = new Map(BUILTINS);
    for (const [name, fn] of [
        ...STRING_FUNCS,
        ...COLLECTION_FUNCS,
        ...ENCODING_FUNCS,
        ...MATH_FUNCS,
        ...REGEX_FUNCS,
        ...SEMVER_FUNCS,
    ]) {
        m.set(name, fn);
    }
    // sprig's "must" variants of list and dict functions behave the same here:
    // both kinds of failure end the template with "error calling ...".
    for (const name of [
        "append",
        "push",
        "prepend",
        "first",
        "last",
        "rest",
        "initial",
        "reverse",
        "uniq",
        "without",
        "has",
        "slice",
        "compact",
        "deepCopy",
        "merge",
        "mergeOverwrite",
        "chunk",
    ]) {
        const fn = m.get(name);
        if (fn)
            m.set("must" + name.charAt(0).toUpperCase() + name.slice(1), fn);
    }
    m.set("hello", fnOf([], () => "Hello!"));
    m.set("normalize", fnOf(["string"], (s) => sanitizeName(s)));
    m.set("slugify", fnOf([], (...a) => slugify(...a), "any"));
    for (const [reason, names] of Object.entries(NOT_OFFLINE)) {
        for (const name of names.split(" "))
            m.set(name, unsupported(reason));
    }
    return m;
}
let shared;
/** The one function map every ApplicationSet template sees. */
function templateFuncs() {
    shared ??= buildFuncs();
    return shared;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/nodes.ts
/** Parse tree of a Go text/template, shaped like text/template/parse's nodes. */
/** The source form of a node, as Go prints it in `executing ... at <...>`. */
function nodeString(n) {
    switch (n.type) {
        case "field":
            return "." + n.ident.join(".");
        case "variable":
            return n.ident.join(".");
        case "identifier":
            return n.name;
        case "dot":
            return ".";
        case "nil":
            return "nil";
        case "bool":
            return n.value ? "true" : "false";
        case "number":
            return n.text;
        case "string":
            return n.quoted;
        case "chain": {
            const inner = n.node.type === "pipe" ? `(${nodeString(n.node)})` : nodeString(n.node);
            return inner + "." + n.field.join(".");
        }
        case "command":
            return n.args.map((a) => (a.type === "pipe" ? `(${nodeString(a)})` : nodeString(a))).join(" ");
        case "pipe": {
            const decl = n.decl.length ? n.decl.map((d) => d.ident.join(".")).join(", ") + " := " : "";
            return decl + n.cmds.map((c) => nodeString(c)).join(" | ");
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/exec.ts
/**
 * Execution of a parsed Go text/template, following text/template/exec.go:
 * pipelines pass the previous result as the final argument, missing map keys
 * follow the `missingkey` option, nil and missing values behave as Go's nil
 * interface and invalid reflect.Value, and function arguments are checked
 * against Go signatures.
 */




/** An execution error, already formatted as Go formats it. */
class GoExecError extends Error {
}
/** Go's missingVal: "no final argument", distinct from a missing map key. */
const NO_FINAL = Symbol("no final argument");
/** {{break}} and {{continue}} unwind to the enclosing range. */
class LoopSignal extends Error {
}
const BREAK = new LoopSignal("{{break}}");
const CONTINUE = new LoopSignal("{{continue}}");
/** Runs the main template of `set` with `data` as dot. */
function execute(set, text, data, options) {
    const root = set.get("");
    if (!root)
        return "";
    const state = new State(set, text, options, data);
    try {
        state.walk(data, root);
    }
    catch (err) {
        if (err === BREAK || err === CONTINUE)
            throw new GoExecError("template: break or continue outside range");
        if (err instanceof RangeError)
            throw new GoExecError("template: nested too deeply to evaluate");
        throw err;
    }
    return state.output();
}
class State {
    set;
    text;
    options;
    out = [];
    outLength = 0;
    vars;
    depth = 0;
    name = "";
    at;
    maxOutput;
    maxDepth;
    constructor(set, text, options, data) {
        this.set = set;
        this.text = text;
        this.options = options;
        this.vars = [{ name: "$", value: data }];
        this.maxOutput = options.maxOutput ?? LIMITS.maxTemplateOutput;
        this.maxDepth = options.maxDepth ?? LIMITS.maxTemplateDepth;
    }
    output() {
        return this.out.join("");
    }
    // --- errors and positions ---
    mark(node) {
        let context = "";
        if (node.type === "command" || isArg(node))
            context = nodeString(node);
        else if (node.type === "action")
            context = `{{${nodeString(node.pipe)}}}`;
        else if (node.type === "if" || node.type === "with" || node.type === "range") {
            context = `{{${node.type} ${nodeString(node.pipe)}}}`;
        }
        else if (node.type === "template")
            context = `{{template ${JSON.stringify(node.name)}}}`;
        this.at = { pos: node.pos, context };
    }
    fail(message) {
        if (!this.at)
            throw new GoExecError(`template: ${this.name}: ${message}`);
        const before = this.text.slice(0, this.at.pos);
        const nl = before.lastIndexOf("\n");
        const line = 1 + countChar(before, "\n");
        const col = nl < 0 ? this.at.pos : this.at.pos - (nl + 1);
        let context = this.at.context;
        if (context.length > 20)
            context = context.slice(0, 20) + "...";
        throw new GoExecError(`template: :${line}:${col}: executing ${JSON.stringify(this.name)} at <${context}>: ${message}`);
    }
    write(s) {
        this.outLength += s.length;
        if (this.outLength > this.maxOutput)
            this.fail(`output exceeds ${this.maxOutput} characters`);
        this.options.budget.write(s.length);
        this.out.push(s);
    }
    spend() {
        try {
            this.options.budget.spend();
        }
        catch (err) {
            if (err instanceof LimitError)
                this.fail(err.message);
            throw err;
        }
    }
    // --- variables ---
    push(name, value) {
        this.vars.push({ name, value });
    }
    setVar(name, value) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            const v = this.vars[i];
            if (v?.name === name) {
                v.value = value;
                return;
            }
        }
        this.fail(`undefined variable: ${name}`);
    }
    setTopVar(n, value) {
        const v = this.vars[this.vars.length - n];
        if (v)
            v.value = value;
    }
    varValue(name) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            const v = this.vars[i];
            if (v?.name === name)
                return v.value;
        }
        return this.fail(`undefined variable: ${name}`);
    }
    // --- walking ---
    walk(dot, node) {
        this.spend();
        switch (node.type) {
            case "action": {
                const val = this.evalPipeline(dot, node.pipe);
                if (node.pipe.decl.length === 0)
                    this.printValue(node, val);
                return;
            }
            case "break":
                throw BREAK;
            case "continue":
                throw CONTINUE;
            case "if":
            case "with":
                this.walkIfOrWith(dot, node);
                return;
            case "list":
                for (const n of node.nodes)
                    this.walk(dot, n);
                return;
            case "range":
                this.walkRange(dot, node);
                return;
            case "template":
                this.walkTemplate(dot, node);
                return;
            case "text":
                this.write(node.text);
                return;
        }
    }
    printValue(node, v) {
        this.mark(node);
        if (v === undefined || v === null) {
            this.write("<no value>");
            return;
        }
        try {
            this.write(formatValue(v));
        }
        catch (err) {
            if (err instanceof GoExecError)
                throw err;
            this.fail(err.message);
        }
    }
    walkIfOrWith(dot, node) {
        const mark = this.vars.length;
        try {
            const val = this.evalPipeline(dot, node.pipe);
            if (isTrue(val)) {
                this.walk(node.type === "with" ? val : dot, node.list);
            }
            else if (node.elseList) {
                this.walk(dot, node.elseList);
            }
        }
        finally {
            this.vars.length = mark;
        }
    }
    walkRange(dot, node) {
        this.mark(node);
        const mark = this.vars.length;
        try {
            const val = this.evalPipeline(dot, node.pipe);
            const bodyMark = this.vars.length;
            const decl = node.pipe.decl;
            const one = (index, elem) => {
                const first = decl[0];
                const second = decl[1];
                if (first) {
                    if (node.pipe.isAssign)
                        this.setVar(first.ident[0] ?? "", second ? index : elem);
                    else
                        this.setTopVar(1, elem);
                }
                if (second) {
                    if (node.pipe.isAssign)
                        this.setVar(second.ident[0] ?? "", elem);
                    else
                        this.setTopVar(2, index);
                }
                try {
                    this.walk(elem, node.list);
                }
                catch (err) {
                    if (err !== CONTINUE)
                        throw err;
                }
                finally {
                    this.vars.length = bodyMark;
                }
            };
            let ran = false;
            try {
                if (Array.isArray(val)) {
                    for (let i = 0; i < val.length; i++) {
                        ran = true;
                        one(BigInt(i), val[i]);
                    }
                }
                else if (isMap(val)) {
                    for (const k of sortedKeys(val)) {
                        ran = true;
                        one(k, val[k]);
                    }
                }
                else if (typeof val === "bigint" || val instanceof Int64) {
                    const n = typeof val === "bigint" ? val : val.v;
                    if (decl.length > 1)
                        this.fail(`can't use ${n} to iterate over more than one variable`);
                    for (let i = 0n; i < n; i++) {
                        ran = true;
                        const v = typeof val === "bigint" ? i : new Int64(i);
                        one(v, v);
                    }
                }
                else if (val !== undefined) {
                    this.fail(`range can't iterate over ${formatValue(val)}`);
                }
            }
            catch (err) {
                if (err !== BREAK)
                    throw err;
            }
            if (!ran && node.elseList)
                this.walk(dot, node.elseList);
        }
        finally {
            this.vars.length = mark;
        }
    }
    walkTemplate(dot, node) {
        this.mark(node);
        const tmpl = this.set.get(node.name);
        if (!tmpl)
            this.fail(`template ${JSON.stringify(node.name)} not defined`);
        if (this.depth >= this.maxDepth)
            this.fail(`exceeded maximum template depth (${this.maxDepth})`);
        const newDot = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
        const saved = { vars: this.vars, name: this.name };
        this.vars = [{ name: "$", value: newDot }];
        this.name = node.name;
        this.depth++;
        try {
            this.walk(newDot, tmpl);
        }
        finally {
            this.vars = saved.vars;
            this.name = saved.name;
            this.depth--;
        }
    }
    // --- evaluation ---
    evalPipeline(dot, pipe) {
        this.mark(pipe);
        let value = NO_FINAL;
        for (const cmd of pipe.cmds) {
            value = this.evalCommand(dot, cmd, value);
            // An interface{} result is dug into: a nil interface becomes an invalid value.
            if (value === null)
                value = undefined;
        }
        const result = value === NO_FINAL ? undefined : value;
        for (const v of pipe.decl) {
            const name = v.ident[0] ?? "";
            if (pipe.isAssign)
                this.setVar(name, result);
            else
                this.push(name, result);
        }
        return result;
    }
    evalCommand(dot, cmd, final) {
        this.spend();
        const first = cmd.args[0];
        if (!first)
            return this.fail("empty command");
        switch (first.type) {
            case "field":
                return this.evalFieldNode(dot, first, cmd.args, final);
            case "chain":
                return this.evalChainNode(dot, first, cmd.args, final);
            case "identifier":
                return this.evalFunction(dot, first, cmd, cmd.args.slice(1), final);
            case "pipe":
                this.notAFunction(cmd.args, final);
                return this.evalPipeline(dot, first);
            case "variable":
                return this.evalVariableNode(dot, first, cmd.args, final);
        }
        this.mark(first);
        this.notAFunction(cmd.args, final);
        switch (first.type) {
            case "bool":
                return first.value;
            case "dot":
                return dot;
            case "nil":
                return this.fail("nil is not a command");
            case "number":
                return this.idealConstant(first);
            case "string":
                return first.text;
        }
    }
    notAFunction(args, final) {
        if (args.length > 1 || final !== NO_FINAL) {
            this.fail(`can't give argument to non-function ${args[0] ? nodeString(args[0]) : ""}`);
        }
    }
    idealConstant(n) {
        const isHex = /^[+-]?0[xX]/.test(n.text);
        const isRune = n.text.startsWith("'");
        if (n.isFloat && !isHex && !isRune && /[.eEpP]/.test(n.text))
            return n.float;
        if (n.isInt)
            return n.int;
        return this.fail(`${n.text} overflows int`);
    }
    evalFieldNode(dot, field, args, final) {
        this.mark(field);
        return this.evalFieldChain(dot, dot, field.ident, args, final);
    }
    evalChainNode(dot, chain, args, final) {
        this.mark(chain);
        if (chain.node.type === "nil")
            this.fail(`indirection through explicit nil in ${nodeString(chain)}`);
        const receiver = this.evalArg(dot, undefined, chain.node);
        this.mark(chain);
        return this.evalFieldChain(dot, receiver, chain.field, args, final);
    }
    evalVariableNode(dot, v, args, final) {
        this.mark(v);
        const value = this.varValue(v.ident[0] ?? "");
        if (v.ident.length === 1) {
            this.notAFunction(args, final);
            return value;
        }
        return this.evalFieldChain(dot, value, v.ident.slice(1), args, final);
    }
    evalFieldChain(dot, receiver, ident, args, final) {
        let r = receiver;
        for (let i = 0; i < ident.length - 1; i++)
            r = this.evalField(ident[i] ?? "", [], NO_FINAL, r);
        return this.evalField(ident[ident.length - 1] ?? "", args, final, r);
    }
    evalField(name, args, final, receiver) {
        if (receiver === undefined) {
            if (this.options.missingKey === "error")
                this.fail(`nil data; no entry for key ${JSON.stringify(name)}`);
            return undefined;
        }
        if (receiver === null)
            this.fail(`nil pointer evaluating interface {}.${name}`);
        if (isMap(receiver)) {
            if (args.length > 1 || final !== NO_FINAL)
                this.fail(`${name} is not a method but has arguments`);
            if (hasOwn(receiver, name))
                return receiver[name];
            switch (this.options.missingKey) {
                case "invalid":
                    return undefined;
                case "zero":
                    return containerTypeOf(receiver) === "map[string]string" ? "" : null;
                case "error":
                    return this.fail(`map has no entry for key ${JSON.stringify(name)}`);
            }
        }
        return this.fail(`can't evaluate field ${name} in type ${typeName(receiver)}`);
    }
    evalFunction(dot, node, cmd, args, final) {
        this.mark(node);
        const fn = this.options.funcs.get(node.name);
        if (!fn)
            return this.fail(`${JSON.stringify(node.name)} is not a defined function`);
        return this.evalCall(dot, fn, cmd, node.name, args, final);
    }
    evalCall(dot, fn, node, name, args, final) {
        const numIn = args.length + (final === NO_FINAL ? 0 : 1);
        const fixed = fn.params.length;
        if (fn.variadic !== undefined) {
            if (numIn < fixed)
                this.fail(`wrong number of args for ${name}: want at least ${fixed} got ${numIn}`);
        }
        else if (numIn !== fixed) {
            this.fail(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
        }
        if (fn.shortCircuit) {
            const wantTrue = fn.shortCircuit === "or";
            let v = undefined;
            for (const arg of args) {
                v = this.evalArg(dot, "value", arg);
                if (isTrue(v) === wantTrue)
                    return v;
            }
            if (final !== NO_FINAL)
                v = final;
            return v;
        }
        const argv = [];
        for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (!arg)
                continue;
            const t = i < fixed ? fn.params[i] : fn.variadic;
            argv.push(this.evalArg(dot, t ?? "any", arg));
        }
        if (final !== NO_FINAL) {
            const t = numIn - 1 < fixed ? fn.params[numIn - 1] : fn.variadic;
            argv.push(this.validateType(final, t ?? "any"));
        }
        this.mark(node);
        if (fn.unsupported)
            this.fail(`error calling ${name}: ${fn.unsupported}`);
        try {
            this.spend();
            return fn.fn(...argv);
        }
        catch (err) {
            if (err instanceof GoExecError || err instanceof LimitError)
                throw err;
            if (err instanceof RangeError)
                this.fail(`error calling ${name}: value is nested too deeply`);
            this.mark(node);
            return this.fail(`error calling ${name}: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    evalArg(dot, typ, n) {
        this.mark(n);
        switch (n.type) {
            case "dot":
                return this.validateType(dot, typ);
            case "nil":
                if (typ === undefined || typ === "any" || typ === "map" || typ === "slice" || typ === "strings")
                    return null;
                if (typ === "value")
                    return undefined;
                return this.fail(`cannot assign nil to ${typeLabel(typ)}`);
            case "field":
                return this.validateType(this.evalFieldNode(dot, n, [n], NO_FINAL), typ);
            case "variable":
                return this.validateType(this.evalVariableNode(dot, n, [], NO_FINAL), typ);
            case "pipe":
                return this.validateType(this.evalPipeline(dot, n), typ);
            case "identifier":
                return this.validateType(this.evalFunction(dot, n, n, [], NO_FINAL), typ);
            case "chain":
                return this.validateType(this.evalChainNode(dot, n, [], NO_FINAL), typ);
        }
        switch (typ) {
            case "bool":
                if (n.type === "bool")
                    return n.value;
                return this.fail(`expected bool; found ${nodeString(n)}`);
            case "float64":
                if (n.type === "number" && n.isFloat)
                    return n.float;
                return this.fail(`expected float; found ${nodeString(n)}`);
            case "int":
                if (n.type === "number" && n.isInt)
                    return n.int;
                return this.fail(`expected integer; found ${nodeString(n)}`);
            case "string":
                if (n.type === "string")
                    return n.text;
                return this.fail(`expected string; found ${nodeString(n)}`);
            case undefined:
            case "any":
            case "value":
                if (n.type === "bool")
                    return n.value;
                if (n.type === "number")
                    return this.idealConstant(n);
                return n.text;
            default:
                return this.fail(`can't handle ${nodeString(n)} for arg of type ${typeLabel(typ)}`);
        }
    }
    /** Go's validateType: is the value assignable to the parameter? */
    validateType(value, typ) {
        if (typ === undefined || typ === "value")
            return value;
        if (value === undefined) {
            if (typ === "any" || typ === "map" || typ === "slice" || typ === "strings")
                return null;
            return this.fail(`invalid value; expected ${typeLabel(typ)}`);
        }
        const got = value === null ? "interface {}" : typeName(value);
        const ok = () => {
            switch (typ) {
                case "any":
                    return true;
                case "string":
                    return typeof value === "string";
                case "int":
                    return typeof value === "bigint";
                case "float64":
                    return typeof value === "number";
                case "bool":
                    return typeof value === "boolean";
                case "map":
                    return isMap(value) && containerTypeOf(value) === undefined;
                case "slice":
                    return Array.isArray(value) && containerTypeOf(value) === undefined;
                case "strings":
                    return Array.isArray(value) && containerTypeOf(value) === "[]string";
            }
        };
        if (!ok())
            this.fail(`wrong type for value; expected ${typeLabel(typ)}; got ${got}`);
        return value;
    }
}
function isArg(node) {
    return [
        "field",
        "variable",
        "identifier",
        "dot",
        "nil",
        "bool",
        "number",
        "string",
        "chain",
        "pipe",
    ].includes(node.type);
}
function countChar(s, c) {
    let n = 0;
    for (const ch of s)
        if (ch === c)
            n++;
    return n;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/index.ts
/*
 * Go's text/template, written here because JavaScript has no faithful one:
 * @ctrl/golang-template lacks variables, comparisons, printf and define/template,
 * and @mdfriday/text-template is unlicensed, obfuscated code. This subset
 * follows text/template's lexer, parser and evaluator closely enough that
 * ApplicationSet templates render, and fail, as they do in Argo CD.
 */






/** A template that does not parse or fails to execute, with Argo CD's wording. */
class GoTemplateError extends Error {
}
const gotemplate_cache = new Map();
function parseCached(text) {
    const hit = gotemplate_cache.get(text);
    if (hit)
        return hit;
    const funcs = templateFuncs();
    const set = parseTemplate(text, (name) => funcs.has(name));
    if (gotemplate_cache.size > 2000)
        gotemplate_cache.clear();
    gotemplate_cache.set(text, set);
    return set;
}
/** text/template's Option("missingkey=..."). */
function parseGoTemplateOptions(options) {
    let missingKey = "invalid";
    for (const option of options) {
        const m = /^missingkey=(.*)$/.exec(option);
        switch (m?.[1]) {
            case "default":
            case "invalid":
                missingKey = "invalid";
                break;
            case "zero":
                missingKey = "zero";
                break;
            case "error":
                missingKey = "error";
                break;
            default:
                throw new GoTemplateError(`unrecognized option: ${option}`);
        }
    }
    return missingKey;
}
/** Shortens a template for messages. */
function excerpt(text) {
    const oneLine = text.replace(/\s*\n\s*/g, " ");
    return oneLine.length > 120 ? oneLine.slice(0, 117) + "..." : oneLine;
}
/** Parses and runs `text` as Argo CD's Render.Replace does with goTemplate: true. */
function renderGoTemplate(text, data, missingKey, budget) {
    let set;
    try {
        set = parseCached(text);
    }
    catch (err) {
        if (err instanceof TemplateSyntaxError) {
            throw new GoTemplateError(`failed to parse template ${excerpt(text)}: template: :${err.line}: ${err.message}`);
        }
        if (err instanceof RangeError)
            throw new GoTemplateError(`failed to parse template ${excerpt(text)}: nested too deeply`);
        throw err;
    }
    try {
        return execute(set, text, data, { funcs: templateFuncs(), missingKey, budget });
    }
    catch (err) {
        if (err instanceof GoExecError) {
            throw new GoTemplateError(`failed to execute go template ${excerpt(text)}: ${err.message}`);
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/run.ts
/** A problem with the ApplicationSet's content; expansion reports it and goes on with the next generator. */
class ExpansionError extends Error {
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/repo.ts
/**
 * The local checkout as the repo-server sees it for git generators: every
 * folder (skipping those whose name starts with `.`, like GetGitDirectories)
 * and the files under a folder (like `git ls-files`, dotfiles included). Paths
 * the caller excludes are never listed or read, and symbolic links are not
 * followed, so nothing outside the checkout is read.
 */





class RepoIndex {
    root;
    dirList;
    fileLists = new Map();
    excluded;
    constructor(root, excluded = []) {
        this.root = root;
        this.excluded = excluded.map((e) => e.replace(/^\.\/+/, "").replace(/\/+$/, "")).filter((e) => e !== "");
    }
    isExcluded(rel) {
        return this.excluded.some((e) => rel === e || rel.startsWith(e + "/"));
    }
    /** All folders, depth first in name order (filepath.WalkDir's order). */
    directories() {
        if (this.dirList)
            return this.dirList;
        const out = [];
        const walk = (rel) => {
            for (const e of this.entries(rel)) {
                if (!e.isDirectory() || e.name.startsWith("."))
                    continue;
                const child = rel === "" ? e.name : `${rel}/${e.name}`;
                if (this.isExcluded(child))
                    continue;
                out.push(child);
                if (out.length > LIMITS.maxRepoEntries) {
                    throw new ExpansionError(`the repository has more than ${LIMITS.maxRepoEntries} folders to list`);
                }
                walk(child);
            }
        };
        walk("");
        this.dirList = out;
        return out;
    }
    /** Files under a folder ("" for the whole checkout), sorted as git sorts paths. */
    filesUnder(dir) {
        const cached = this.fileLists.get(dir);
        if (cached)
            return cached;
        const out = [];
        const walk = (rel) => {
            for (const e of this.entries(rel)) {
                const child = rel === "" ? e.name : `${rel}/${e.name}`;
                if (e.name === ".git" || this.isExcluded(child))
                    continue;
                if (e.isDirectory())
                    walk(child);
                else if (e.isFile()) {
                    out.push(child);
                    if (out.length > LIMITS.maxRepoEntries) {
                        throw new ExpansionError(`the repository has more than ${LIMITS.maxRepoEntries} files to list`);
                    }
                }
            }
        };
        if (dir === "" || (!this.isExcluded(dir) && this.isRealDirectory(dir)))
            walk(dir);
        out.sort(compareStrings);
        this.fileLists.set(dir, out);
        return out;
    }
    /** A file's text; the caller parses it with the YAML limits. */
    read(rel, maxBytes) {
        const abs = (0,external_node_path_.join)(this.root, rel);
        const size = (0,external_node_fs_.lstatSync)(abs).size;
        if (size > maxBytes)
            throw new ExpansionError(`${rel}: ${size} bytes exceed the ${maxBytes}-byte limit for a generator file`);
        return (0,external_node_fs_.readFileSync)(abs, "utf8");
    }
    /** A folder inside the checkout reached without a symbolic link or `..` on the way. */
    isRealDirectory(rel) {
        const parts = rel.split("/");
        if (parts.some((p) => p === "" || p === "." || p === ".."))
            return false;
        try {
            for (let i = 1; i <= parts.length; i++) {
                const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(this.root, ...parts.slice(0, i)));
                if (!st.isDirectory() || st.isSymbolicLink())
                    return false;
            }
            return true;
        }
        catch {
            return false;
        }
    }
    entries(rel) {
        try {
            return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.root, rel), { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
        }
        catch {
            return [];
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/fasttemplate.ts

class FastTemplateError extends Error {
}
/** Argo CD only templates strings with `{{...}}` on one line (its `.*{{.*}}.*` check). */
const TEMPLATED = /\{\{.*\}\}/;
function fastReplace(template, params) {
    if (!TEMPLATED.test(template))
        return template;
    let out = "";
    let rest = template;
    for (;;) {
        const start = rest.indexOf("{{");
        if (start < 0) {
            out += rest;
            break;
        }
        out += rest.slice(0, start);
        rest = rest.slice(start + 2);
        const end = rest.indexOf("}}");
        if (end < 0) {
            throw new FastTemplateError(`invalid template: Cannot find end tag="}}" in the template=${JSON.stringify(template)} starting from ${JSON.stringify(rest)}`);
        }
        const tag = rest.slice(0, end);
        rest = rest.slice(end + 2);
        const key = trimSpace(tag);
        const value = key === "" || !Object.prototype.hasOwnProperty.call(params, key) ? undefined : params[key];
        out += typeof value === "string" ? value : `{{${tag}}}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/render.ts
/**
 * Rendering an Application from a template and one parameter set, as Argo CD's
 * Render does: every string (and map key) goes through fasttemplate or Go's
 * text/template on its own, generator templates fill the gaps of the
 * ApplicationSet's template (mergo), and the deletion finalizer is added.
 */




function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function makeReplacer(goTemplate, missingKey, budget) {
    if (goTemplate)
        return (text, params) => renderGoTemplate(text, params, missingKey, budget);
    return (text, params) => {
        const out = fastReplace(text, params);
        budget.write(out.length);
        return out;
    };
}
/**
 * deeplyReplace: strings and map keys rendered, nulls in maps dropped (Go
 * skips nil map values), everything else copied.
 */
function renderDeep(value, params, replace, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new DepthError();
    if (typeof value === "string")
        return replace(value, params);
    if (Array.isArray(value))
        return value.map((v) => renderDeep(v, params, replace, depth + 1) ?? null);
    if (isObject(value)) {
        const entries = [];
        for (const [k, v] of Object.entries(value)) {
            if (v === null)
                continue;
            const rendered = renderDeep(v, params, replace, depth + 1);
            if (rendered !== undefined)
                entries.push([replace(k, params), rendered]);
        }
        return Object.fromEntries(entries);
    }
    return value;
}
/** mergo's isEmptyValue for JSON. */
function render_isEmpty(v) {
    if (v === undefined || v === null || v === "" || v === false || v === 0)
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    return false;
}
/**
 * mergo.Merge(generatorTemplate, applicationSetTemplate): the generator's
 * template wins wherever it has a non-empty value; objects merge field by field.
 */
function mergeTemplates(dst, src, depth = 0) {
    if (depth > LIMITS.maxDepth)
        throw new DepthError();
    if (isObject(dst) && isObject(src)) {
        const out = Object.fromEntries(Object.entries(dst));
        for (const [k, v] of Object.entries(src)) {
            const merged = Object.prototype.hasOwnProperty.call(dst, k) ? mergeTemplates(dst[k], v, depth + 1) : v;
            if (merged !== undefined)
                Object.defineProperty(out, k, {
                    value: merged,
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
        }
        return out;
    }
    if (render_isEmpty(dst) && !render_isEmpty(src))
        return src;
    if (dst === undefined)
        return src;
    return dst;
}
/** GetTempApplication: only these metadata fields of the template reach the Application. */
function templateApplication(template) {
    const t = isObject(template) ? template : {};
    const meta = isObject(t.metadata) ? t.metadata : {};
    const metadata = {};
    for (const key of ["name", "namespace", "labels", "annotations", "finalizers"]) {
        const v = meta[key];
        if (v !== undefined && v !== null)
            metadata[key] = v;
    }
    return { metadata, spec: isObject(t.spec) ? t.spec : {} };
}
const RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io";
/** RenderTemplateParams: render, then add the deletion finalizer unless resources are preserved. */
function renderApplication(tmpl, params, replace, preserveResources) {
    // Argo CD returns the template untouched (no finalizer either) for an empty parameter set.
    if (Object.keys(params).length === 0)
        return structuredClone(tmpl);
    const app = renderDeep(tmpl, params, replace);
    const out = isObject(app) ? app : {};
    const metadata = isObject(out.metadata) ? out.metadata : {};
    out.metadata = metadata;
    const finalizers = metadata.finalizers;
    if (!preserveResources && (!Array.isArray(finalizers) || finalizers.length === 0)) {
        metadata.finalizers = [RESOURCES_FINALIZER];
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/selector.ts
/**
 * Kubernetes label selectors (matchLabels, matchExpressions with In, NotIn,
 * Exists, DoesNotExist). Generator post-selectors use Argo CD's copy, which
 * accepts any label value (so a server URL can be matched); the cluster
 * generator's selector is Kubernetes' own, which checks values too.
 */
class SelectorError extends Error {
}
const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function validateKey(key) {
    const slash = key.indexOf("/");
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    const nameOk = name.length > 0 && name.length <= 63 && NAME.test(name);
    const prefixOk = prefix === undefined || (prefix.length > 0 && prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix));
    if (!nameOk || !prefixOk || key.split("/").length > 2) {
        throw new SelectorError(`invalid label key ${JSON.stringify(key)}: a qualified name is an optional DNS prefix and "/", then 1-63 alphanumeric characters, '-', '_' or '.'`);
    }
}
function validateValue(value) {
    if (value !== "" && (value.length > 63 || !NAME.test(value))) {
        throw new SelectorError(`invalid label value ${JSON.stringify(value)}: at most 63 alphanumeric characters, '-', '_' or '.', starting and ending alphanumeric`);
    }
}
function stringOf(v) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    return "";
}
/**
 * Compiles a LabelSelector. `undefined` or `null` selects nothing extra (the
 * caller decides); an empty selector matches everything.
 */
function compileSelector(raw, checkValues) {
    if (raw === null || raw === undefined)
        return () => true;
    if (typeof raw !== "object" || Array.isArray(raw))
        throw new SelectorError("a selector must be a map");
    const sel = raw;
    const reqs = [];
    if (sel.matchLabels !== undefined && sel.matchLabels !== null) {
        if (typeof sel.matchLabels !== "object" || Array.isArray(sel.matchLabels)) {
            throw new SelectorError("matchLabels must be a map");
        }
        for (const [key, v] of Object.entries(sel.matchLabels)) {
            validateKey(key);
            const value = stringOf(v);
            if (checkValues)
                validateValue(value);
            reqs.push({ key, op: "In", values: [value] });
        }
    }
    if (sel.matchExpressions !== undefined && sel.matchExpressions !== null) {
        if (!Array.isArray(sel.matchExpressions))
            throw new SelectorError("matchExpressions must be a list");
        for (const e of sel.matchExpressions) {
            const expr = (typeof e === "object" && e !== null ? e : {});
            const key = stringOf(expr.key);
            const op = stringOf(expr.operator);
            const values = Array.isArray(expr.values) ? expr.values.map(stringOf) : [];
            if (op !== "In" && op !== "NotIn" && op !== "Exists" && op !== "DoesNotExist") {
                throw new SelectorError(`${JSON.stringify(op)} is not a valid label selector operator`);
            }
            validateKey(key);
            if ((op === "In" || op === "NotIn") && values.length === 0) {
                throw new SelectorError(`values for ${key}: for 'in', 'notin' operators, values set can't be empty`);
            }
            if ((op === "Exists" || op === "DoesNotExist") && values.length > 0) {
                throw new SelectorError(`values for ${key}: values set must be empty for exists and does not exist`);
            }
            if (checkValues)
                values.forEach(validateValue);
            reqs.push({ key, op, values });
        }
    }
    return (labels) => reqs.every((r) => {
        const has = Object.prototype.hasOwnProperty.call(labels, r.key);
        const value = has ? labels[r.key] : undefined;
        switch (r.op) {
            case "In":
                return has && r.values.includes(value ?? "");
            case "NotIn":
                return !has || !r.values.includes(value ?? "");
            case "Exists":
                return has;
            case "DoesNotExist":
                return !has;
        }
    });
}
/** True when a selector has at least one requirement (the cluster generator then leaves out in-cluster). */
function selectorHasRequirements(raw) {
    if (typeof raw !== "object" || raw === null)
        return false;
    const sel = raw;
    const labels = typeof sel.matchLabels === "object" && sel.matchLabels !== null ? Object.keys(sel.matchLabels).length : 0;
    const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
    return labels + exprs > 0;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/clusters.ts
const SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";
const IN_CLUSTER_NAME = "in-cluster";
const IN_CLUSTER_SERVER = "https://kubernetes.default.svc";
function stringMap(v) {
    const out = {};
    if (typeof v !== "object" || v === null || Array.isArray(v))
        return out;
    for (const [k, x] of Object.entries(v)) {
        if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") {
            Object.defineProperty(out, k, {
                value: String(x),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
    }
    return out;
}
/**
 * A cluster from an Argo CD cluster Secret (label argocd.argoproj.io/secret-type:
 * cluster): `name`, `server` and `project` from `data` (base64) with `stringData`
 * taking precedence, as the API server merges them. Anything else is undefined.
 */
function clusterFromSecret(doc) {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc))
        return undefined;
    const d = doc;
    if (d.kind !== "Secret")
        return undefined;
    const metadata = (typeof d.metadata === "object" && d.metadata !== null ? d.metadata : {});
    const labels = stringMap(metadata.labels);
    if (labels[SECRET_TYPE_LABEL] !== "cluster")
        return undefined;
    const fields = {};
    const data = stringMap(d.data);
    for (const key of ["name", "server", "project"]) {
        const raw = data[key];
        if (raw !== undefined)
            fields[key] = Buffer.from(raw, "base64").toString("utf8");
    }
    Object.assign(fields, pick(stringMap(d.stringData), ["name", "server", "project"]));
    const cluster = {
        name: fields.name ?? "",
        server: fields.server ?? "",
        labels,
        annotations: stringMap(metadata.annotations),
    };
    if (fields.project !== undefined)
        cluster.project = fields.project;
    return cluster;
}
function pick(m, keys) {
    const out = {};
    for (const k of keys)
        if (m[k] !== undefined)
            out[k] = m[k];
    return out;
}
/** secretToCluster trims the server's trailing slashes before comparing it with the local address. */
function isInClusterServer(server) {
    return server.replace(/\/+$/, "") === IN_CLUSTER_SERVER;
}
/** The labels a cluster's Secret carries (the secret-type label included). */
function secretLabels(cluster) {
    return { ...cluster.labels, [SECRET_TYPE_LABEL]: cluster.labels[SECRET_TYPE_LABEL] ?? "cluster" };
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/values.ts
/** Shared helpers for generator specs: reading fields, and the `values` every generator may add. */




function asObject(v) {
    return isObject(v) ? v : {};
}
function asString(v) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    return "";
}
/** A map[string]string field: scalars become strings, anything else is an error naming the field. */
function values_stringMap(v, field) {
    if (v === undefined || v === null)
        return [];
    if (!isObject(v))
        throw new ExpansionError(`${field} must be a map of strings`);
    return Object.entries(v).map(([k, x]) => {
        if (typeof x === "object" && x !== null)
            throw new ExpansionError(`${field}.${k} must be a string`);
        return [k, asString(x)];
    });
}
/**
 * appendTemplatedValues: each value is rendered against the parameters the
 * generator made (not against other values), then added as `values.KEY`
 * (fasttemplate) or under a `values` map (Go templates).
 */
function appendValues(values, params, run, field) {
    const entries = values_stringMap(values, field);
    if (entries.length === 0)
        return;
    const rendered = entries.map(([k, v]) => {
        try {
            return [k, run.replace(v, params)];
        }
        catch (err) {
            throw new ExpansionError(`failed to append templated values: ${(0,src_errors/* messageOf */.bD)(err)}`);
        }
    });
    if (run.goTemplate) {
        const m = values_newMap();
        for (const [k, v] of rendered)
            values_put(m, k, v);
        values_put(params, "values", typed(m, "map[string]string"));
    }
    else {
        for (const [k, v] of rendered)
            values_put(params, `values.${k}`, v);
    }
}
function isNonEmptyParams(p) {
    return p !== undefined && isMap(p) && Object.keys(p).length > 0;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/clusters.ts
/**
 * The cluster generator over the clusters the caller knows. The local
 * `in-cluster` is added first unless the selector has requirements or a
 * cluster Secret already points at https://kubernetes.default.svc.
 */







function stringMapParam(m) {
    const out = values_newMap();
    for (const k of Object.keys(m))
        values_put(out, k, m[k] ?? "");
    return typed(out, "map[string]string");
}
function clusterParams(c, run) {
    const params = values_newMap();
    values_put(params, "name", c.name);
    values_put(params, "nameNormalized", sanitizeName(c.name));
    values_put(params, "server", c.server);
    values_put(params, "project", c.project ?? "");
    const labels = secretLabels(c);
    if (run.goTemplate) {
        const meta = values_newMap();
        if (Object.keys(c.annotations).length > 0)
            values_put(meta, "annotations", stringMapParam(c.annotations));
        values_put(meta, "labels", stringMapParam(labels));
        values_put(params, "metadata", meta);
    }
    else {
        for (const [k, v] of Object.entries(c.annotations))
            values_put(params, `metadata.annotations.${k}`, v);
        for (const [k, v] of Object.entries(labels))
            values_put(params, `metadata.labels.${k}`, v);
    }
    return params;
}
function clusterGenerator(spec, run) {
    const gen = asObject(spec);
    let select;
    try {
        select = compileSelector(gen.selector, true);
    }
    catch (err) {
        if (err instanceof SelectorError)
            throw new ExpansionError(`error converting label selector: ${err.message}`);
        throw err;
    }
    const ignoreLocal = selectorHasRequirements(gen.selector);
    // Secrets are listed into a map by cluster name: the last one of a name wins.
    const byName = new Map();
    for (const c of run.ctx.clusters) {
        if (select(secretLabels(c)))
            byName.set(c.name, c);
    }
    const matched = [...byName.values()];
    const out = [];
    if (!ignoreLocal && !matched.some((c) => isInClusterServer(c.server))) {
        const params = values_newMap();
        values_put(params, "name", IN_CLUSTER_NAME);
        values_put(params, "nameNormalized", IN_CLUSTER_NAME);
        values_put(params, "server", IN_CLUSTER_SERVER);
        values_put(params, "project", "");
        appendValues(gen.values, params, run, "clusters.values");
        out.push(params);
    }
    for (const c of matched) {
        const params = clusterParams(c, run);
        appendValues(gen.values, params, run, "clusters.values");
        out.push(params);
    }
    if (out.length > LIMITS.maxApplications) {
        throw new ExpansionError(`the cluster generator makes ${out.length} parameter sets, more than the ${LIMITS.maxApplications} allowed`);
    }
    if (gen.flatList === true) {
        const flat = values_newMap();
        values_put(flat, "clusters", out);
        return [flat];
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/pathspec.ts
/**
 * How the git files generator matches paths by default: `git ls-files -- PATH`
 * pathspecs. Without a wildcard a pathspec names a file or a folder prefix;
 * with one it is a wildmatch where `*` and `?` also match `/` (so `a/*.json`
 * finds JSON files at any depth under `a`, as Argo CD's docs warn).
 */

function isWildcard(c) {
    return c === "*" || c === "?" || c === "[" || c === "\\";
}
function hasWildcard(pattern) {
    return runes(pattern).some(isWildcard);
}
/** The folder below which every match lies (used to list less and to record inputs). */
function pathspecBase(pattern) {
    const p = normalize(pattern);
    const first = runes(p).findIndex(isWildcard);
    // A literal pathspec names a file or a folder: list its parent either way.
    const literal = (first < 0 ? p : p.slice(0, first)).replace(/\/+$/, first < 0 ? "" : "/");
    const slash = literal.lastIndexOf("/");
    return slash < 0 ? "" : literal.slice(0, slash);
}
function normalize(pattern) {
    return pattern.replace(/^(\.\/)+/, "").replace(/^\/+/, "");
}
function pathspecMatches(pattern, path) {
    const p = normalize(pattern);
    if (p === "" || p === ".")
        return true;
    if (path === p)
        return true;
    if (!hasWildcard(p))
        return path.startsWith(p.endsWith("/") ? p : p + "/");
    return wildmatch(p, path);
}
const pathspec_POSIX = {
    alnum: (c) => /^[A-Za-z0-9]$/.test(c),
    alpha: (c) => /^[A-Za-z]$/.test(c),
    blank: (c) => c === " " || c === "\t",
    cntrl: (c) => (c.codePointAt(0) ?? 0) < 0x20 || c === "\x7f",
    digit: (c) => /^[0-9]$/.test(c),
    graph: (c) => /^[!-~]$/.test(c),
    lower: (c) => /^[a-z]$/.test(c),
    print: (c) => /^[ -~]$/.test(c),
    punct: (c) => /^[!-/:-@[-`{-~]$/.test(c),
    space: (c) => /^[\t\n\v\f\r ]$/.test(c),
    upper: (c) => /^[A-Z]$/.test(c),
    xdigit: (c) => /^[0-9A-Fa-f]$/.test(c),
};
/** Git's wildmatch without WM_PATHNAME, memoised so many stars stay polynomial. */
function wildmatch(pattern, text) {
    const p = runes(pattern);
    const t = runes(text);
    const failed = new Set();
    const go = (pi0, ti0) => {
        const key = pi0 * (t.length + 1) + ti0;
        if (failed.has(key))
            return false;
        let pi = pi0;
        let ti = ti0;
        while (pi < p.length) {
            const c = p[pi] ?? "";
            if (c === "*") {
                while (p[pi] === "*")
                    pi++;
                if (pi === p.length)
                    return true;
                for (let k = ti; k <= t.length; k++) {
                    if (go(pi, k))
                        return true;
                }
                failed.add(key);
                return false;
            }
            if (ti >= t.length) {
                failed.add(key);
                return false;
            }
            const ch = t[ti] ?? "";
            if (c === "?") {
                pi++;
                ti++;
                continue;
            }
            if (c === "[") {
                const r = matchClass(p, pi, ch);
                if (r === undefined || !r.matched) {
                    failed.add(key);
                    return false;
                }
                pi = r.next;
                ti++;
                continue;
            }
            let lit = c;
            if (c === "\\") {
                pi++;
                lit = p[pi] ?? "";
            }
            if (lit !== ch) {
                failed.add(key);
                return false;
            }
            pi++;
            ti++;
        }
        const ok = ti === t.length;
        if (!ok)
            failed.add(key);
        return ok;
    };
    return go(0, 0);
}
/** A bracket expression at `start`; undefined when it never closes (git then matches nothing). */
function matchClass(p, start, ch) {
    let i = start + 1;
    let negate = false;
    if (p[i] === "!" || p[i] === "^") {
        negate = true;
        i++;
    }
    let matched = false;
    let first = true;
    while (i < p.length) {
        let c = p[i] ?? "";
        if (c === "]" && !first)
            return { matched: matched !== negate, next: i + 1 };
        first = false;
        if (c === "[" && p[i + 1] === ":") {
            const close = p.indexOf(":", i + 2);
            if (close > 0 && p[close + 1] === "]") {
                const name = p.slice(i + 2, close).join("");
                const test = pathspec_POSIX[name];
                if (!test)
                    return undefined;
                if (test(ch))
                    matched = true;
                i = close + 2;
                continue;
            }
        }
        if (c === "\\") {
            i++;
            c = p[i] ?? "";
        }
        if (p[i + 1] === "-" && p[i + 2] !== undefined && p[i + 2] !== "]") {
            let hi = p[i + 2] ?? "";
            let skip = 3;
            if (hi === "\\") {
                hi = p[i + 3] ?? "";
                skip = 4;
            }
            if (ch >= c && ch <= hi)
                matched = true;
            i += skip;
            continue;
        }
        if (c === ch)
            matched = true;
        i++;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/git.ts
/**
 * The git generator on the local checkout: `directories` (path.Match globs,
 * `exclude: true` entries win) and `files` (JSON or YAML files found with
 * git-pathspec matching; a file holding a list gives one parameter set per
 * element). A repoURL that is not this repository cannot be read offline.
 */










function items(v, field) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new ExpansionError(`git.${field} must be a list`);
    return v.map((x) => {
        const o = asObject(x);
        return { path: asString(o.path), exclude: o.exclude === true };
    });
}
/** The folder whose listing decides what a path.Match pattern finds. */
function matchBase(pattern) {
    const segments = pattern.split("/");
    const first = segments.findIndex((s) => /[*?[\\]/.test(s));
    const literal = first < 0 ? segments.slice(0, -1) : segments.slice(0, first);
    const base = literal.join("/");
    return base === "" ? "." : base;
}
function gitGenerator(spec, run) {
    const git = asObject(spec);
    const repoURL = asString(git.repoURL);
    if (!run.ctx.isLocalRepo(repoURL)) {
        run.note(`git generator reads ${repoURL || "a repository with no repoURL"}, which is not this repository; its parameters need that repository`);
        return [];
    }
    const directories = items(git.directories, "directories");
    const files = items(git.files, "files");
    const prefix = asString(git.pathParamPrefix);
    let out;
    if (directories.length > 0)
        out = fromDirectories(directories, prefix, git.values, run);
    else if (files.length > 0)
        out = fromFiles(files, prefix, git.values, run);
    else
        throw new ExpansionError("the git generator has neither directories nor files");
    if (out.length > LIMITS.maxApplications) {
        throw new ExpansionError(`the git generator makes ${out.length} parameter sets, more than the ${LIMITS.maxApplications} allowed`);
    }
    return out;
}
function fromDirectories(requested, prefix, values, run) {
    for (const r of requested)
        if (!r.exclude)
            run.inputs.dirs.add(matchBase(r.path));
    const bad = new Set();
    const matches = (pattern, path) => {
        try {
            return match(pattern, path);
        }
        catch {
            bad.add(pattern);
            return false;
        }
    };
    const apps = run.repo.directories().filter((dir) => {
        let include = false;
        let exclude = false;
        for (const r of requested) {
            if (!matches(r.path, dir))
                continue;
            if (r.exclude)
                exclude = true;
            else
                include = true;
        }
        return include && !exclude;
    });
    for (const pattern of bad) {
        run.note(`git generator directory pattern ${JSON.stringify(pattern)} is malformed; Argo CD skips it too`);
    }
    return apps.map((dir) => {
        const params = values_newMap();
        const base = gopath_base(dir);
        if (run.goTemplate) {
            const path = values_newMap();
            values_put(path, "path", dir);
            values_put(path, "basename", base);
            values_put(path, "basenameNormalized", sanitizeName(base));
            values_put(path, "segments", typed(dir.split("/"), "[]string"));
            putPath(params, prefix, path);
        }
        else {
            const name = prefix === "" ? "path" : `${prefix}.path`;
            values_put(params, name, dir);
            values_put(params, `${name}.basename`, base);
            values_put(params, `${name}.basenameNormalized`, sanitizeName(base));
            dir.split("/").forEach((segment, i) => {
                if (segment !== "")
                    values_put(params, `${name}[${i}]`, segment);
            });
        }
        appendValues(values, params, run, "git.values");
        return params;
    });
}
function putPath(params, prefix, path) {
    if (prefix === "") {
        values_put(params, "path", path);
    }
    else {
        const wrapper = values_newMap();
        values_put(wrapper, "path", path);
        values_put(params, prefix, wrapper);
    }
}
function fromFiles(requested, prefix, values, run) {
    const found = new Set();
    const listFor = (pattern) => {
        const base = pathspecBase(pattern);
        return run.repo.filesUnder(base).filter((f) => pathspecMatches(pattern, f));
    };
    for (const r of requested) {
        if (/(^|\/)\.\.(\/|$)/.test(r.path)) {
            throw new ExpansionError(`git files path ${JSON.stringify(r.path)} is outside the repository`);
        }
    }
    for (const r of requested) {
        if (r.exclude)
            continue;
        const base = pathspecBase(r.path);
        run.inputs.dirs.add(base === "" ? "." : base);
        for (const f of listFor(r.path))
            found.add(f);
    }
    for (const r of requested) {
        if (!r.exclude)
            continue;
        for (const f of listFor(r.path))
            found.delete(f);
    }
    const out = [];
    for (const file of [...found].sort(compareStrings)) {
        run.inputs.files.add(file);
        let objects;
        try {
            objects = parseGeneratorFile(run.repo.read(file, DEFAULT_YAML_LIMITS.maxBytes), file);
        }
        catch (err) {
            throw new ExpansionError(`unable to process file '${file}': ${(0,src_errors/* messageOf */.bD)(err)}`);
        }
        for (const object of objects) {
            out.push(fileParams(object, file, prefix, values, run));
            if (out.length > LIMITS.maxApplications) {
                throw new ExpansionError(`the git files generator makes more than ${LIMITS.maxApplications} parameter sets`);
            }
        }
    }
    return out;
}
/** A file holds one object, or a list of objects; an empty file is one empty object. */
function parseGeneratorFile(text, file) {
    let value;
    try {
        value = toGoValue(parseYaml(text, file).documents[0]?.value ?? null);
    }
    catch (err) {
        throw new ExpansionError(`unable to parse file: ${(0,src_errors/* messageOf */.bD)(err)}`);
    }
    if (value === null)
        return [values_newMap()];
    if (Array.isArray(value)) {
        if (value.length === 0)
            return [values_newMap()];
        if (value.every((v) => v === null || isMap(v)))
            return value.map((v) => v ?? values_newMap());
        throw new ExpansionError("unable to parse file: a list in a generator file must hold only maps");
    }
    if (isMap(value))
        return [value];
    throw new ExpansionError(`unable to parse file: error unmarshaling JSON: json: cannot unmarshal ${typeof value} into Go value of type map[string]interface {}`);
}
function fileParams(object, file, prefix, values, run) {
    const params = values_newMap();
    const dir = gopath_dir(file);
    const base = gopath_base(dir);
    const filename = gopath_base(file);
    if (run.goTemplate) {
        if (isMap(object))
            for (const k of Object.keys(object))
                values_put(params, k, object[k]);
        const path = values_newMap();
        values_put(path, "path", dir);
        values_put(path, "basename", base);
        values_put(path, "filename", filename);
        values_put(path, "basenameNormalized", sanitizeName(base));
        values_put(path, "filenameNormalized", sanitizeName(filename));
        values_put(path, "segments", typed(dir.split("/"), "[]string"));
        putPath(params, prefix, path);
    }
    else {
        if (isMap(object)) {
            for (const [k, v] of Object.entries(flattenParams(object, true)))
                values_put(params, k, v);
        }
        const name = prefix === "" ? "path" : `${prefix}.path`;
        values_put(params, name, dir);
        values_put(params, `${name}.basename`, base);
        values_put(params, `${name}.filename`, filename);
        values_put(params, `${name}.basenameNormalized`, sanitizeName(base));
        values_put(params, `${name}.filenameNormalized`, sanitizeName(filename));
        dir.split("/").forEach((segment, i) => {
            if (segment !== "")
                values_put(params, `${name}[${i}]`, segment);
        });
    }
    appendValues(values, params, run, "git.values");
    return params;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/list.ts
/** The list generator: `elements`, and `elementsYaml` (often templated from a matrix's first generator). */







function describe(v) {
    if (Array.isArray(v))
        return "array";
    if (typeof v === "string")
        return "string";
    if (typeof v === "boolean")
        return "bool";
    if (v === null || v === undefined)
        return "null";
    return "number";
}
/** processElement: Go templates see the element as it is; fasttemplate needs scalars, flattened one level for `values`. */
function processElement(element, goTemplate) {
    if (!isMap(element)) {
        throw new ExpansionError(`error unmarshling list element json: cannot unmarshal ${describe(element)} into Go value of type map[string]interface {}`);
    }
    if (goTemplate)
        return element;
    const params = values_newMap();
    const scalar = (v, key) => {
        if (v === null || v === undefined)
            return "";
        if (typeof v === "string")
            return v;
        if (typeof v === "boolean" || typeof v === "number")
            return formatValue(v);
        throw new ExpansionError(`unsupported value type for key ${JSON.stringify(key)}: nested objects and arrays are not supported in non-GoTemplate mode`);
    };
    for (const key of Object.keys(element)) {
        const value = element[key];
        if (key === "values") {
            if (!isMap(value))
                throw new ExpansionError("error parsing values map");
            for (const k of Object.keys(value))
                values_put(params, `values.${k}`, scalar(value[k], k));
        }
        else {
            values_put(params, key, scalar(value, key));
        }
    }
    return params;
}
function listGenerator(spec, run) {
    const list = asObject(spec);
    const out = [];
    const elements = list.elements;
    if (elements !== undefined && elements !== null) {
        if (!Array.isArray(elements))
            throw new ExpansionError("list.elements must be a list");
        for (const e of elements)
            out.push(processElement(toGoValue(e), run.goTemplate));
    }
    const yaml = list.elementsYaml;
    if (typeof yaml === "string" && yaml !== "") {
        let parsed;
        try {
            parsed = toGoValue(parseYaml(yaml, "elementsYaml").documents[0]?.value ?? null);
        }
        catch (err) {
            throw new ExpansionError(`error unmarshling decoded ElementsYaml ${(0,src_errors/* messageOf */.bD)(err)}`);
        }
        if (parsed !== null && !Array.isArray(parsed)) {
            throw new ExpansionError(`error unmarshling decoded ElementsYaml error unmarshaling JSON: json: cannot unmarshal ${isMap(parsed) ? "object" : describe(parsed)} into Go value of type []map[string]interface {}`);
        }
        for (const e of parsed ?? [])
            out.push(processElement(e ?? values_newMap(), run.goTemplate));
    }
    if (out.length > LIMITS.maxApplications) {
        throw new ExpansionError(`the list generator has ${out.length} elements, more than the ${LIMITS.maxApplications} allowed`);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/live.ts

const WHY = {
    scmProvider: () => "scmProvider generator lists repositories from the SCM's API",
    clusterDecisionResource: (s) => `clusterDecisionResource generator reads ${asString(s.configMapRef) || "a duck-typed resource"} from the live cluster`,
    plugin: (s) => `plugin generator calls the plugin service ${asString(asObject(s.configMapRef).name) || ""}`.trim(),
};
/** Notes why the generator cannot run offline and generates nothing. */
function liveGenerator(kind, spec, run) {
    const why = WHY[kind]?.(asObject(spec)) ?? `${kind} generator needs the live cluster`;
    run.note(`${why}; it generates nothing offline`);
    return [];
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/matrix.ts
/**
 * The matrix generator: every parameter set of the first child combined with
 * every set the second child makes when its fields are templated with the
 * first's. Go templates merge the sets (the first child's values win);
 * fasttemplate refuses a key the two children give different values.
 */





function matrixGenerator(spec, run, childParams) {
    const generators = asObject(spec).generators;
    if (!Array.isArray(generators) || generators.length < 2) {
        throw new ExpansionError("found less than two generators, Matrix support only two");
    }
    if (generators.length > 2)
        throw new ExpansionError("found more than two generators, Matrix support only two");
    const first = wrap("first", () => childParams(generators[0], undefined));
    const out = [];
    for (const a of first) {
        const second = wrap("second", () => childParams(generators[1], a));
        for (const b of second) {
            out.push(run.goTemplate ? mergeGo(a, b) : combineStrings(a, b));
            if (out.length > LIMITS.maxApplications) {
                throw new ExpansionError(`the matrix generator makes more than ${LIMITS.maxApplications} parameter sets`);
            }
        }
    }
    return out;
}
function wrap(which, fn) {
    try {
        return fn();
    }
    catch (err) {
        if (err instanceof ExpansionError) {
            throw new ExpansionError(which === "first"
                ? `error failed to get params for first generator in matrix generator: ${err.message}`
                : `failed to get params for second generator in the matrix generator: ${err.message}`);
        }
        throw err;
    }
}
/** mergo.Merge(&tmp, b, WithOverride) then mergo.Merge(&tmp, a, WithOverride). */
function mergeGo(a, b) {
    const tmp = mergoMerge(values_newMap(), deepClone(b), true);
    return mergoMerge(tmp, deepClone(a), true);
}
/** utils.CombineStringMaps. */
function combineStrings(a, b) {
    const out = values_newMap();
    for (const k of Object.keys(a))
        values_put(out, k, formatValue(a[k]));
    for (const k of Object.keys(b)) {
        const v = formatValue(b[k]);
        const current = Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined;
        if (current !== undefined && current !== v) {
            throw new ExpansionError(`failed to combine string maps with merging params for the matrix generator: found duplicate key ${k} with different value, a: ${formatValue(current)} ,b: ${v}`);
        }
        values_put(out, k, v);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/merge.ts
/**
 * The merge generator: parameter sets of the first child, overridden by sets
 * of later children that agree on every merge key; sets no base set matches
 * are dropped. Each child's sets must be unique by the merge keys.
 */





function byMergeKey(keys, sets) {
    if (keys.length === 0)
        throw new ExpansionError("no merge keys were specified, Merge requires at least one");
    const unique = [...new Set(keys)];
    const out = new Map();
    for (const set of sets) {
        const key = values_newMap();
        for (const k of unique)
            values_put(key, k, hasOwn(set, k) ? set[k] : null);
        const json = goJson(key, { html: true, indent: false });
        if (out.has(json)) {
            throw new ExpansionError(`error getting param sets by merge key: the parameters from a generator were not unique by the given mergeKeys, Merge requires all param sets to be unique. Duplicate key was ${json}`);
        }
        out.set(json, set);
    }
    return out;
}
function mergeGenerator(spec, run, childParams) {
    const merge = asObject(spec);
    const generators = merge.generators;
    if (!Array.isArray(generators) || generators.length < 2) {
        throw new ExpansionError("found less than two generators, Merge requires two or more");
    }
    const keys = Array.isArray(merge.mergeKeys) ? merge.mergeKeys.map(asString) : [];
    const sets = generators.map((g, i) => {
        try {
            return childParams(g, undefined);
        }
        catch (err) {
            if (err instanceof ExpansionError) {
                throw new ExpansionError(`error getting params from generator ${i + 1} of ${generators.length}: ${err.message}`);
            }
            throw err;
        }
    });
    const base = byMergeKey(keys, sets[0] ?? []);
    for (const later of sets.slice(1)) {
        const overrides = byMergeKey(keys, later);
        for (const [key, baseSet] of base) {
            const override = overrides.get(key);
            if (!override)
                continue;
            if (run.goTemplate) {
                base.set(key, mergoMerge(deepClone(baseSet), deepClone(override), true));
            }
            else {
                const combined = values_newMap();
                for (const k of Object.keys(baseSet))
                    values_put(combined, k, baseSet[k]);
                for (const k of Object.keys(override))
                    values_put(combined, k, override[k]);
                base.set(key, combined);
            }
        }
    }
    return [...base.values()];
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/pull-request.ts
/**
 * The pull request generator for the one pull request the caller describes.
 * The SCM would list every open pull request; offline there is only the one
 * being checked, and only when the generator watches this repository. Its
 * provider's `labels` and the `filters` decide whether it is generated.
 */





const PROVIDERS = ["github", "gitlab", "gitea", "bitbucketServer", "bitbucket", "azuredevops"];
function hostOf(api, fallback) {
    try {
        return api ? new URL(api).origin : fallback;
    }
    catch {
        return fallback;
    }
}
/** The repository a provider block watches, as a URL the caller's isLocalRepo can judge. */
function watchedRepoURL(provider, cfg) {
    const api = asString(cfg.api).replace(/\/+$/, "");
    switch (provider) {
        case "github": {
            const host = api ? hostOf(api, "https://github.com").replace("://api.", "://") : "https://github.com";
            return cfg.owner && cfg.repo ? `${host}/${asString(cfg.owner)}/${asString(cfg.repo)}` : undefined;
        }
        case "gitlab":
            return cfg.project ? `${hostOf(api, "https://gitlab.com")}/${asString(cfg.project)}` : undefined;
        case "gitea":
            return cfg.owner && cfg.repo
                ? `${hostOf(api, api)}/${asString(cfg.owner)}/${asString(cfg.repo)}`
                : undefined;
        case "bitbucketServer":
            return cfg.project && cfg.repo
                ? `${hostOf(api, api)}/scm/${asString(cfg.project)}/${asString(cfg.repo)}`
                : undefined;
        case "bitbucket":
            return cfg.owner && cfg.repo
                ? `https://bitbucket.org/${asString(cfg.owner)}/${asString(cfg.repo)}`
                : undefined;
        case "azuredevops":
            return cfg.organization && cfg.project && cfg.repo
                ? `https://dev.azure.com/${asString(cfg.organization)}/${asString(cfg.project)}/_git/${asString(cfg.repo)}`
                : undefined;
    }
}
function compileFilter(pattern, field) {
    if (pattern === undefined || pattern === null)
        return undefined;
    try {
        return GoRegexp.compile(asString(pattern));
    }
    catch (err) {
        if (err instanceof RegexpError) {
            throw new ExpansionError(`error compiling ${field} regexp ${JSON.stringify(asString(pattern))}: ${err.message}`);
        }
        throw err;
    }
}
function passesFilters(pr, filters, run) {
    if (filters === undefined || filters === null)
        return true;
    if (!Array.isArray(filters))
        throw new ExpansionError("pullRequest.filters must be a list");
    if (filters.length === 0)
        return true;
    const compiled = filters.map((f) => {
        const o = asObject(f);
        if (o.createdWithin !== undefined || o.updatedWithin !== undefined) {
            run.note("pullRequest filters createdWithin/updatedWithin need the pull request's dates from the SCM; they are not applied");
        }
        return {
            branch: compileFilter(o.branchMatch, "BranchMatch"),
            target: compileFilter(o.targetBranchMatch, "TargetBranchMatch"),
            title: compileFilter(o.titleMatch, "TitleMatch"),
        };
    });
    return compiled.some((f) => (!f.branch || f.branch.test(pr.branch)) &&
        (!f.target || f.target.test(pr.targetBranch)) &&
        (!f.title || f.title.test(pr.title ?? "")));
}
/**
 * The note of a pullRequest generator given no pull request. That is how lint, validate and plan
 * run, so the repository model keeps the set as one that needs the SCM without making the note a
 * finding (model/load.ts); `gitops preview` gives the pull request and expands it.
 */
const NO_PULL_REQUEST = "pullRequest generator lists open pull requests from the SCM; no pull request was given, so it generates nothing";
function pullRequestGenerator(spec, run) {
    const gen = asObject(spec);
    const provider = PROVIDERS.find((p) => gen[p] !== undefined && gen[p] !== null);
    if (!provider)
        throw new ExpansionError("no Pull Request provider implementation configured");
    const cfg = asObject(gen[provider]);
    const url = watchedRepoURL(provider, cfg);
    // Said with or without a pull request: this repository's pull requests never select it.
    if (url === undefined || !run.ctx.isLocalRepo(url)) {
        run.note(`pullRequest generator watches ${url ?? `a ${provider} repository`}, not this repository; its pull requests need the SCM`);
        return [];
    }
    const pr = run.ctx.pullRequest;
    if (!pr) {
        run.note(NO_PULL_REQUEST);
        return [];
    }
    const wanted = Array.isArray(cfg.labels) ? cfg.labels.map(asString) : [];
    if (!wanted.every((l) => pr.labels.includes(l)))
        return [];
    if (!passesFilters(pr, gen.filters, run))
        return [];
    const sha = pr.headSha;
    const params = values_newMap();
    values_put(params, "number", String(pr.number));
    values_put(params, "title", pr.title ?? "");
    values_put(params, "branch", pr.branch);
    values_put(params, "branch_slug", branchSlug(pr.branch));
    values_put(params, "target_branch", pr.targetBranch);
    values_put(params, "target_branch_slug", branchSlug(pr.targetBranch));
    values_put(params, "head_sha", sha);
    values_put(params, "head_short_sha", sha.slice(0, 8));
    values_put(params, "head_short_sha_7", sha.slice(0, 7));
    values_put(params, "author", pr.author ?? "");
    // Argo CD passes labels only to Go templates.
    if (run.goTemplate)
        values_put(params, "labels", typed([...pr.labels], "[]string"));
    return [params];
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/transform.ts
/**
 * generators.Transform: one generator entry to parameter sets, one result per
 * generator kind it names. Its `selector` filters the sets (on their flattened
 * values), a `template` of its own is merged over the ApplicationSet's, and
 * inside a matrix its fields are first templated with the other child's params.
 */













/** In the order of ApplicationSetGenerator's fields, which is the order Argo CD runs them in. */
const GENERATOR_KINDS = [
    "list",
    "clusters",
    "git",
    "scmProvider",
    "clusterDecisionResource",
    "pullRequest",
    "matrix",
    "merge",
    "plugin",
];
/** Nesting: 0 for spec.generators, 1 inside a matrix/merge, 2 inside a nested one (terminal generators only). */
function transform(generator, run, base, interpolate, depth) {
    if (!isObject(generator))
        throw new ExpansionError("a generator must be a map");
    let select;
    try {
        if (generator.selector !== undefined && generator.selector !== null)
            select = compileSelector(generator.selector, false);
    }
    catch (err) {
        if (err instanceof SelectorError)
            throw new ExpansionError(`error parsing label selector: ${err.message}`);
        throw err;
    }
    const kinds = GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null);
    const results = [];
    for (const kind of kinds) {
        if ((kind === "matrix" || kind === "merge") && depth >= 2) {
            throw new ExpansionError("matrix and merge generators can only be nested once");
        }
        const own = isObject(generator[kind]) ? generator[kind].template : undefined;
        const template = mergeTemplates(own, base);
        let spec = generator;
        if (isNonEmptyParams(interpolate)) {
            try {
                spec = renderDeep(generator, interpolate, run.replace);
            }
            catch (err) {
                throw new ExpansionError(`failed to replace parameters in generator: ${(0,src_errors/* messageOf */.bD)(err)}`);
            }
        }
        const params = generate(kind, spec[kind], run, depth);
        const kept = select ? params.filter((p) => select(flattenParams(p))) : params;
        results.push({ kind, params: kept, template });
    }
    return results;
}
/** A matrix or merge child's parameter sets (Go's getParams). */
function childParams(child, run, params, depth) {
    const results = transform(child, run, undefined, params, depth);
    if (results.length === 0)
        throw new ExpansionError("child generator generated no parameters");
    if (results.length > 1)
        throw new ExpansionError("found more than one generator in matrix.Generators");
    return results[0]?.params ?? [];
}
function generate(kind, spec, run, depth) {
    switch (kind) {
        case "list":
            return listGenerator(spec, run);
        case "clusters":
            return clusterGenerator(spec, run);
        case "git":
            return gitGenerator(spec, run);
        case "pullRequest":
            return pullRequestGenerator(spec, run);
        case "scmProvider":
        case "clusterDecisionResource":
        case "plugin":
            return liveGenerator(kind, spec, run);
        case "matrix":
            return matrixGenerator(spec, run, (child, params) => childParams(child, run, params, depth + 1));
        case "merge":
            return mergeGenerator(spec, run, (child, params) => childParams(child, run, params, depth + 1));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/patch.ts
/**
 * `templatePatch`: the rendered patch (JSON when it starts with `{`, YAML
 * otherwise) applied as a Kubernetes strategic merge patch on the Application.
 * The Application type has merge strategies only on metadata.finalizers
 * (union) and metadata.ownerReferences (by uid); every other list is replaced,
 * maps merge, null deletes, and `$patch: replace|delete` work on maps.
 */





class PatchError extends Error {
}
/** ConvertYAMLToJSON + json.Unmarshal of the patch. */
function parsePatch(text) {
    const trimmed = text.trim();
    let value;
    try {
        if (trimmed.startsWith("{"))
            value = JSON.parse(trimmed);
        else
            value = parseYaml(text, "templatePatch").documents[0]?.value ?? null;
    }
    catch (err) {
        throw new PatchError(`error while converting template to json ${JSON.stringify(trimmed.slice(0, 200))}: ${(0,src_errors/* messageOf */.bD)(err)}`);
    }
    const plain = toPlain(toGoValue(value));
    if (plain !== null && !isObject(plain)) {
        throw new PatchError(`invalid templatePatch ${JSON.stringify(trimmed.slice(0, 200))}: json: cannot unmarshal ${Array.isArray(plain) ? "array" : typeof plain} into Go value of type v1alpha1.Application`);
    }
    return plain;
}
const MERGE_LISTS = {
    "metadata.finalizers": "set",
    "metadata.ownerReferences": "uid",
};
function strategicMerge(original, patch) {
    if (!isObject(patch))
        return original;
    const merged = mergeMap(original, patch, "", 0);
    return isObject(merged) ? merged : {};
}
function mergeMap(original, patch, path, depth) {
    if (depth > LIMITS.maxDepth)
        throw new DepthError();
    const directive = patch.$patch;
    if (directive === "delete")
        return undefined;
    if (directive === "replace") {
        return Object.fromEntries(Object.entries(patch).filter(([k]) => k !== "$patch"));
    }
    const out = Object.fromEntries(Object.entries(original));
    for (const [k, v] of Object.entries(patch)) {
        if (k.startsWith("$"))
            continue;
        const childPath = path === "" ? k : `${path}.${k}`;
        if (v === null) {
            Reflect.deleteProperty(out, k);
            continue;
        }
        const cur = Object.prototype.hasOwnProperty.call(original, k) ? original[k] : undefined;
        let next;
        if (isObject(v) && isObject(cur))
            next = mergeMap(cur, v, childPath, depth + 1);
        else if (isObject(v))
            next = mergeMap({}, v, childPath, depth + 1);
        else if (Array.isArray(v) && Array.isArray(cur) && MERGE_LISTS[childPath])
            next = mergeList(cur, v, MERGE_LISTS[childPath]);
        else
            next = v;
        if (next === undefined)
            Reflect.deleteProperty(out, k);
        else
            Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return out;
}
function mergeList(original, patch, strategy) {
    if (strategy === "set") {
        const out = [...original];
        for (const item of patch)
            if (!out.includes(item))
                out.push(item);
        return out;
    }
    const out = [...original];
    for (const item of patch) {
        const uid = isObject(item) ? item.uid : undefined;
        const at = out.findIndex((o) => isObject(o) && o.uid === uid);
        if (at >= 0 && isObject(item)) {
            const cur = out[at];
            out[at] = isObject(cur) ? { ...cur, ...item } : item;
        }
        else {
            out.push(item);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/expand.ts
/**
 * Expands one ApplicationSet into the Applications Argo CD's applicationset
 * controller would create, without a cluster. Problems with the
 * ApplicationSet become `errors`; what needs the live cluster or an SCM
 * becomes `notes`; nothing here throws for bad content.
 */









/** Kubernetes object names: a DNS-1123 subdomain. */
const expand_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
class TooMany extends Error {
}
function expandApplicationSet(appset, ctx) {
    const metadata = isObject(appset.metadata) ? appset.metadata : {};
    const name = typeof metadata.name === "string" && metadata.name !== "" ? metadata.name : "(unnamed)";
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
    const errors = [];
    const notes = [];
    const applications = [];
    const inputs = { files: new Set(), dirs: new Set() };
    const fail = (where, message) => {
        errors.push(`ApplicationSet ${name}: ${where}${message}`);
    };
    const result = () => ({
        applications,
        notes,
        errors,
        inputs: { files: [...inputs.files].sort(), dirs: [...inputs.dirs].sort() },
    });
    const spec = appset.spec;
    if (!isObject(spec)) {
        fail("", "spec must be a map");
        return result();
    }
    const goTemplate = spec.goTemplate === true;
    let missingKey = "invalid";
    try {
        const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
        if (goTemplate)
            missingKey = parseGoTemplateOptions(options);
    }
    catch (err) {
        fail("goTemplateOptions: ", (0,src_errors/* messageOf */.bD)(err));
        return result();
    }
    const budget = new Budget();
    const run = {
        ctx,
        name,
        goTemplate,
        missingKey,
        budget,
        replace: makeReplacer(goTemplate, missingKey, budget),
        repo: new RepoIndex(ctx.repo, ctx.excluded ?? []),
        inputs,
        note: (message) => {
            const text = `ApplicationSet ${name}: ${message}`;
            if (!notes.includes(text))
                notes.push(text);
        },
    };
    const generators = spec.generators;
    if (!Array.isArray(generators)) {
        fail("", "spec.generators must be a list");
        return result();
    }
    const syncPolicy = isObject(spec.syncPolicy) ? spec.syncPolicy : {};
    const preserve = syncPolicy.preserveResourcesOnDeletion === true;
    const templatePatch = typeof spec.templatePatch === "string" ? spec.templatePatch : undefined;
    const seen = new Set();
    const emit = (app, params, where) => {
        const meta = isObject(app.metadata) ? app.metadata : {};
        if (namespace === undefined)
            delete meta.namespace;
        else
            meta.namespace = namespace;
        const appName = typeof meta.name === "string" ? meta.name : "";
        if (!expand_NAME.test(appName) || appName.length > 253) {
            fail(where, `generated Application name ${JSON.stringify(appName)} is not a valid Kubernetes name`);
            return;
        }
        if (seen.has(appName)) {
            fail(where, `contains applications with duplicate name: ${appName}`);
            return;
        }
        seen.add(appName);
        if (applications.length >= LIMITS.maxApplications) {
            throw new TooMany(`generates more than ${LIMITS.maxApplications} applications; expansion stopped`);
        }
        const manifest = {
            apiVersion: "argoproj.io/v1alpha1",
            kind: "Application",
            metadata: meta,
            spec: isObject(app.spec) ? app.spec : {},
        };
        applications.push({ manifest, params: flattenParams(params, true) });
    };
    try {
        generators.forEach((generator, i) => {
            const kinds = isObject(generator)
                ? GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null)
                : [];
            const where = `generators[${i}]${kinds.length > 0 ? ` (${kinds.join(", ")})` : ""}: `;
            let results;
            try {
                results = transform(generator, run, spec.template, undefined, 0);
            }
            catch (err) {
                if (err instanceof ExpansionError || err instanceof DepthError) {
                    fail(where, err.message);
                    return;
                }
                throw err;
            }
            if (results.length === 0) {
                const keys = isObject(generator) ? Object.keys(generator).filter((k) => k !== "selector") : [];
                fail(where, `contains unrecognized generators${keys.length > 0 ? `: ${keys.sort().join(", ")}` : ""}`);
                return;
            }
            for (const r of results) {
                const tmpl = templateApplication(r.template);
                for (const params of r.params) {
                    let app;
                    try {
                        app = renderApplication(tmpl, params, run.replace, preserve);
                        if (templatePatch !== undefined) {
                            const patch = parsePatch(run.replace(templatePatch, params));
                            app = strategicMerge(app, patch);
                        }
                    }
                    catch (err) {
                        if (err instanceof LimitError || err instanceof TooMany)
                            throw err;
                        if (err instanceof RangeError) {
                            fail(where, "values are nested too deeply to render");
                            continue;
                        }
                        fail(where, err instanceof PatchError ? `error applying templatePatch: ${err.message}` : (0,src_errors/* messageOf */.bD)(err));
                        continue;
                    }
                    emit(app, params, where);
                }
            }
        });
    }
    catch (err) {
        if (err instanceof LimitError || err instanceof TooMany)
            fail("", err.message);
        else if (err instanceof RangeError)
            fail("", "nested too deeply to expand");
        else
            fail("", `unexpected problem while expanding: ${(0,src_errors/* messageOf */.bD)(err)}`);
    }
    return result();
}

;// CONCATENATED MODULE: ./packages/core/src/appset/index.ts



// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/git.ts


/**
 * Runs git with an argument array (never a shell). Callers put refs and paths
 * from users after `--end-of-options` or `--`, so a value like `--upload-pack=x`
 * is never read as an option. The environment turns off prompts and pagers.
 */
function git(cwd, args, env = process.env) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)("git", args, {
            cwd,
            env: { ...env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" },
            maxBuffer: 512 * 1024 * 1024,
            encoding: "utf8",
        }, (err, stdout, stderr) => {
            if (err && typeof err.code !== "number") {
                reject(err.code === "ENOENT"
                    ? new src_errors/* UserError */.yo("git is needed but not installed (looked on PATH)")
                    : new Error(err.message));
                return;
            }
            resolve({ code: typeof err?.code === "number" ? err.code : 0, stdout, stderr });
        });
    });
}
/** Runs git and returns stdout; a failure is a `UserError` that says `what` failed and git's reason. */
async function gitOk(cwd, args, what) {
    const r = await git(cwd, args);
    if (r.code !== 0)
        throw new src_errors/* UserError */.yo(`${what}: ${git_firstLine(r.stderr) || `git exited ${r.code}`}`);
    return r.stdout;
}
/** The commit a ref names, or a `UserError` naming the ref. */
async function resolveCommit(cwd, ref, purpose) {
    const r = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (r.code === 0)
        return r.stdout.trim();
    // A fresh `git init` has no commits; saying so beats "HEAD is not a commit".
    const head = await git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    if (head.code !== 0)
        throw new src_errors/* UserError */.yo(`${purpose}: the repository has no commits yet; commit first`);
    throw new src_errors/* UserError */.yo(`${purpose}: "${ref}" is not a commit in this repository`);
}
/** The top folder of the work tree that holds `cwd`, or undefined outside git. */
async function gitTopLevel(cwd) {
    const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}
function git_firstLine(text) {
    return text.trim().split("\n")[0] ?? "";
}

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
        const found = findInCache((0,external_node_path_.join)(cache, `gitops-${name}`), name);
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
    return join(root, `gitops-${name}`, version, arch);
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
    return new src_errors/* UserError */.yo(`${list} ${names.length === 1 ? "is" : "are"} needed to ${purpose} but not installed (looked on PATH and in the tool cache). ` +
        `In a workflow add the step "uses: <owner>/gitops-actions/actions/setup-tools@v1" with tools: ${names.join(" ")}; ` +
        `on a laptop run "gitops tools install ${names.join(" ")}" or install ${names.length === 1 ? "it" : "them"} with your package manager.`);
}
function findInCache(toolDir, name) {
    let versions;
    try {
        versions = (0,external_node_fs_.readdirSync)(toolDir).sort(compareVersionsDesc);
    }
    catch {
        return undefined;
    }
    for (const version of versions) {
        let arches;
        try {
            arches = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(toolDir, version));
        }
        catch {
            continue;
        }
        for (const arch of arches) {
            const candidate = (0,external_node_path_.join)(toolDir, version, arch, name);
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

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./packages/core/src/rendered-yaml.ts



/** Limits for rendered output: machine-made and large, so generous, but still bounded. */
const RENDERED_LIMITS = {
    maxBytes: 512 * 1024 * 1024,
    maxDocuments: 1_000_000,
    maxAliasCount: 10_000,
    maxDepth: 100,
};
const ANCHOR = /(^|[\s[{,:-])&[^\s,\]}]+/m;
const MARKER = /^---(?:[ \t].*)?$/;
/**
 * Parses YAML that tools wrote (kustomize and helm output in render/) about seven times faster
 * than `parseYaml`, which keeps comments and source ranges for editing and is the loader for
 * files people write. The stream is split at `---` lines (a document marker ends any block
 * scalar, so the split is exact) and each document is read with js-yaml, which also rejects
 * duplicate keys. A document that defines an anchor goes through `parseYaml` instead, so alias
 * expansion stays capped. Errors name `file:line`, as `parseYaml`'s do.
 */
function parseRenderedYaml(text, file, limits = {}) {
    const lim = { ...RENDERED_LIMITS, ...limits };
    if (text.length > lim.maxBytes) {
        throw new src_errors/* UserError */.yo(`${file}: ${text.length} bytes exceed the ${lim.maxBytes}-byte limit for rendered YAML`, file);
    }
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    const docs = [];
    let start = 0;
    const flush = (end) => {
        const body = lines.slice(start, end);
        if (body.every((l) => l.trim() === "" || l.trimStart().startsWith("#")))
            return;
        const comment = leadingComment(body);
        const first = body.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
        const line = start + first + 1;
        docs.push({ value: readOne(body.join("\n"), file, start + 1, lim), line, comment });
        if (docs.length > lim.maxDocuments) {
            throw new src_errors/* UserError */.yo(`${file}: more than ${lim.maxDocuments} YAML documents`, file);
        }
    };
    for (let i = 0; i < lines.length; i++) {
        if (!MARKER.test(lines[i] ?? ""))
            continue;
        flush(i);
        start = i + 1;
    }
    flush(lines.length);
    return docs;
}
function readOne(text, file, line, lim) {
    if (ANCHOR.test(text)) {
        // Anchors mean aliases may follow: the careful loader counts their expansions.
        const parsed = parseYaml(text, file, { ...lim, maxDocuments: 1 });
        return parsed.documents[0]?.value ?? null;
    }
    try {
        return (0,js_yaml/* load */.Hh)(text, { filename: file, schema: js_yaml/* CORE_SCHEMA */.OU }) ?? null;
    }
    catch (err) {
        const m = /\((\d+):\d+\)/.exec((0,src_errors/* messageOf */.bD)(err));
        const at = m ? line + Number(m[1]) - 1 : line;
        const reason = ((0,src_errors/* messageOf */.bD)(err).split("\n")[0] ?? "")
            .replace(/ \(\d+:\d+\)$/, "")
            .replace(/ in "[^"]*"$/, "");
        // Say it as the careful loader does, whichever reader met the document.
        if (/maxDepth|Maximum call stack size exceeded/.test(reason)) {
            throw new src_errors/* UserError */.yo(`${file}:${at}: YAML is nested too deeply; flatten it`, file, at);
        }
        throw new src_errors/* UserError */.yo(`${file}:${at}: invalid YAML: ${reason}`, file, at);
    }
}
function leadingComment(body) {
    const out = [];
    for (const l of body) {
        const t = l.trim();
        if (t === "")
            continue;
        if (!t.startsWith("#"))
            break;
        out.push(t.replace(/^#\s?/, ""));
    }
    return out.join("\n");
}

;// CONCATENATED MODULE: ./packages/core/src/model/read.ts




/**
 * The documents of a file people write, for discovery: values and the line each starts on, with
 * the hand-written-file limits. Discovery reads every Application, kustomization and chart of the
 * repository and needs no comments or node positions, so it takes core's fast reader (the one
 * for tool output, about 7× faster than the editing loader); it still refuses duplicate keys,
 * alias bombs, bad UTF-8 and oversized files with a `UserError` naming `file:line`.
 */
function readDocuments(path, file) {
    return parseDocuments(path, file, statOf(path, file));
}
/**
 * A {@link readDocuments} that parses each file once: discovery (what kustomizations use) and
 * every target's input graph read the same kustomizations, a shared base once per overlay. A
 * file is read again when its size or modification time changed. Callers share the result and
 * must not change it; a refusal is remembered and thrown again.
 */
function documentReader() {
    const memo = new Map();
    return (path, file) => {
        let st;
        try {
            st = statOf(path, file);
        }
        catch (err) {
            memo.delete(path);
            throw err;
        }
        const stamp = `${file}\0${st.size}\0${st.mtimeMs}`;
        const hit = memo.get(path);
        if (hit?.stamp === stamp) {
            if (hit.err)
                throw hit.err;
            if (hit.docs)
                return hit.docs;
        }
        try {
            const docs = parseDocuments(path, file, st);
            memo.set(path, { stamp, docs });
            return docs;
        }
        catch (err) {
            if (err instanceof src_errors/* UserError */.yo)
                memo.set(path, { stamp, err });
            throw err;
        }
    };
}
function statOf(path, file) {
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile())
            throw new src_errors/* UserError */.yo(`${file}: not a regular file`, file);
        return st;
    }
    catch (err) {
        if (err instanceof src_errors/* UserError */.yo)
            throw err;
        throw new src_errors/* UserError */.yo(`${file}: cannot read`, file);
    }
}
function parseDocuments(path, file, st) {
    const size = st.size;
    if (size > DEFAULT_YAML_LIMITS.maxBytes) {
        throw new src_errors/* UserError */.yo(`${file}: ${size} bytes exceed the ${DEFAULT_YAML_LIMITS.maxBytes}-byte limit for a YAML file`, file);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch {
        throw new src_errors/* UserError */.yo(`${file}: cannot read`, file);
    }
    return parseRenderedYaml(decodeUtf8(bytes, file), file, DEFAULT_YAML_LIMITS);
}

;// CONCATENATED MODULE: ./packages/core/src/model/applications.ts




/**
 * The clusters Argo CD knows, as the ApplicationSet cluster generator sees them: `.gitops.yaml`
 * `clusters:` first, then the repository's cluster Secrets.
 */
function knownClusters(config, clusterSecrets) {
    return [
        ...config.clusters.map((c) => ({ ...c, labels: c.labels ?? {}, annotations: c.annotations ?? {} })),
        ...clusterSecrets.flatMap((s) => clusterFromSecret(s) ?? []),
    ];
}
/**
 * Reads every Application, ApplicationSet and cluster Secret from the files the scan picked out.
 * A broken file becomes one finding and the others go on.
 */
function readArgo(repo, files, read = readDocuments) {
    const out = { applications: [], applicationSets: [], clusterSecrets: [], findings: [] };
    for (const file of files) {
        let docs;
        try {
            docs = read((0,external_node_path_.join)(repo, file), file);
        }
        catch (err) {
            if (!(err instanceof src_errors/* UserError */.yo))
                throw err;
            const f = {
                tool: "render",
                rule: "unreadable-application",
                severity: "error",
                message: err.message,
                file,
            };
            if (err.line)
                f.line = err.line;
            out.findings.push(f);
            continue;
        }
        for (const doc of docs) {
            const v = doc.value;
            if (!applications_isObject(v))
                continue;
            if (v.kind === "Secret" && isClusterSecret(v)) {
                out.clusterSecrets.push(v);
                continue;
            }
            if (typeof v.apiVersion !== "string" || !v.apiVersion.startsWith("argoproj.io/"))
                continue;
            if (v.kind === "Application") {
                const app = asApplication(v, file, doc.line, null);
                if (app)
                    out.applications.push(app);
            }
            else if (v.kind === "ApplicationSet") {
                const metadata = applications_isObject(v.metadata) ? v.metadata : {};
                const name = typeof metadata.name === "string" ? metadata.name : "";
                if (name)
                    out.applicationSets.push({ name, file, line: doc.line, value: v });
            }
        }
    }
    return out;
}
/** An Application object (written, generated or rendered) as the model keeps it; undefined without a name. */
function asApplication(value, file, line, applicationSet) {
    const metadata = applications_isObject(value.metadata) ? value.metadata : {};
    const spec = applications_isObject(value.spec) ? value.spec : {};
    const name = typeof metadata.name === "string" ? metadata.name : "";
    if (!name)
        return undefined;
    const sources = Array.isArray(spec.sources)
        ? spec.sources.filter(applications_isObject)
        : applications_isObject(spec.source)
            ? [spec.source]
            : [];
    const d = applications_isObject(spec.destination) ? spec.destination : {};
    const destination = {};
    if (typeof d.server === "string")
        destination.server = d.server;
    if (typeof d.name === "string")
        destination.name = d.name;
    if (typeof d.namespace === "string")
        destination.namespace = d.namespace;
    return {
        name,
        namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
        project: typeof spec.project === "string" ? spec.project : "",
        file,
        line,
        applicationSet,
        targets: [],
        destination,
        labels: applications_stringMap(metadata.labels),
        sources,
        env: "",
        inputs: [],
        manifest: value,
    };
}
function isClusterSecret(v) {
    const metadata = applications_isObject(v.metadata) ? v.metadata : {};
    const labels = applications_isObject(metadata.labels) ? metadata.labels : {};
    return labels["argocd.argoproj.io/secret-type"] === "cluster";
}
function applications_stringMap(v) {
    const out = {};
    if (!applications_isObject(v))
        return out;
    for (const [k, x] of Object.entries(v))
        if (typeof x === "string")
            out[k] = x;
    return out;
}
/**
 * True when an Application's repoURL names this repository: one of the
 * configured URLs or the git remote, compared without scheme, user, `.git`
 * and case (https://github.com/o/r.git == git@github.com:o/r).
 */
function sameRepo(url, candidates) {
    const n = normalizeRepoUrl(url);
    return candidates.some((c) => normalizeRepoUrl(c) === n);
}
function normalizeRepoUrl(url) {
    let u = url.trim().toLowerCase();
    u = u.replace(/^[a-z+]+:\/\//, "");
    u = u.replace(/^[^@/]+@/, "");
    u = u.replace(/^([^/:]+):(?!\d+\/)/, "$1/");
    u = u.replace(/:\d+\//, "/");
    return u.replace(/\.git$/, "").replace(/\/+$/, "");
}
function applications_isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./packages/core/src/model/app-of-apps.ts






/** Seconds one app-of-apps chart may take to render. */
const TIMEOUT_MS = 60_000;
/**
 * Renders an app-of-apps Helm chart (one whose templates are Argo CD Applications) with its own
 * values, as the Application that deploys it would, and returns the Applications it yields. Each
 * keeps the template file it came from (`# Source:` in helm's output). Without helm, or when the
 * chart does not render, the chart's Applications are not followed and a finding says why.
 */
async function chartApplications(repo, chartDir, env) {
    const chartYaml = external_node_path_.posix.join(chartDir, "Chart.yaml");
    const helm = findTool("helm", env);
    if (!helm) {
        return {
            applications: [],
            findings: [
                finding("notice", chartYaml, `${chartDir || "."} is an app-of-apps chart; helm is not on PATH, so the Applications it creates are not followed (install helm, or run gitops tools install)`),
            ],
        };
    }
    const release = external_node_path_.posix.basename(chartDir) || "apps";
    const r = await runTool(helm, ["template", release, chartDir || "."], {
        cwd: repo,
        timeoutMs: TIMEOUT_MS,
        env,
    });
    if (r.code !== 0) {
        const why = r.timedOut ? "timed out" : (r.stderr.trim().split("\n").at(-1) ?? "failed");
        return {
            applications: [],
            findings: [finding("error", chartYaml, `app-of-apps chart ${chartDir || "."} does not render: ${why}`)],
        };
    }
    const applications = [];
    try {
        for (const doc of parseRenderedYaml(r.stdout, `${chartDir}/ (helm template)`)) {
            const v = doc.value;
            if (!applications_isObject(v) || v.kind !== "Application" || typeof v.apiVersion !== "string")
                continue;
            if (!v.apiVersion.startsWith("argoproj.io/"))
                continue;
            const source = /#\s*Source:\s*[^/\s]+\/(\S+)/.exec(doc.comment)?.[1];
            const file = source ? external_node_path_.posix.join(chartDir, source) : chartYaml;
            const app = asApplication(v, file, 1, null);
            if (app)
                applications.push(app);
        }
    }
    catch (err) {
        if (!(err instanceof src_errors/* UserError */.yo))
            throw err;
        return { applications: [], findings: [finding("error", chartYaml, (0,src_errors/* messageOf */.bD)(err))] };
    }
    return { applications, findings: [] };
}
function finding(severity, file, message) {
    return { tool: "render", rule: "app-of-apps", severity, message, file };
}

;// CONCATENATED MODULE: ./packages/core/src/model/kustomization.ts

const PARSED = [
    "resources",
    "bases",
    "components",
    "crds",
    "patchesStrategicMerge",
    "configurations",
    "transformers",
    "generators",
    "validators",
];
const BY_PATH = ["patches", "patchesJson6902", "replacements"];
const GENERATORS = ["configMapGenerator", "secretGenerator"];
/**
 * Every path a parsed kustomization names. The one list of kustomization fields that discovery
 * (which folders are used by others) and the input graph (what a render reads) both follow.
 */
function kustomizationReads(k) {
    const out = { refs: [], component: false };
    if (!applications_isObject(k))
        return out;
    out.component = k.kind === "Component";
    // A multi-line string is an inline patch, not a path.
    const add = (entry, yaml = true) => {
        if (typeof entry === "string" && !entry.includes("\n"))
            out.refs.push({ entry, yaml });
    };
    for (const key of PARSED)
        for (const e of kustomization_list(k[key]))
            add(e);
    for (const key of BY_PATH)
        for (const e of kustomization_list(k[key]))
            if (applications_isObject(e))
                add(e.path);
    for (const key of GENERATORS) {
        for (const g of kustomization_list(k[key])) {
            if (!applications_isObject(g))
                continue;
            // Generator files may be `key=path`.
            for (const f of [...kustomization_list(g.files), ...kustomization_list(g.envs), g.env])
                if (typeof f === "string")
                    add(f.replace(/^[^=/]+=/, ""), false);
        }
    }
    if (applications_isObject(k.openapi))
        add(k.openapi.path);
    const charts = kustomization_list(k.helmCharts);
    if (charts.length > 0) {
        const globals = applications_isObject(k.helmGlobals) ? k.helmGlobals : {};
        const home = typeof globals.chartHome === "string" ? globals.chartHome : "charts";
        out.charts = { home, list: [] };
        for (const c of charts) {
            if (!applications_isObject(c))
                continue;
            const chart = { name: String(c.name) };
            if (typeof c.repo === "string" && c.repo)
                chart.repo = c.repo;
            out.charts.list.push(chart);
            add(c.valuesFile);
            for (const f of kustomization_list(c.additionalValuesFiles))
                add(f);
        }
    }
    return out;
}
function kustomization_list(v) {
    return Array.isArray(v) ? v : [];
}

;// CONCATENATED MODULE: ./packages/core/src/model/graph.ts




const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/** A kustomization reference that names something remote (a base over git or HTTP, an OCI chart). */
const URL_LIKE = /^(https?:\/\/|git::|ssh:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/|oci:\/\/)/i;
/**
 * Builds a target's input graph without rendering: kustomization resources,
 * components, patches, generator and replacement files (recursively); a Helm
 * chart's folder and its values files; a plain folder; the Application files
 * that point at it.
 */
function inputGraph(target, repo, read = readDocuments) {
    const g = {
        files: new Set(),
        dirs: new Set(),
        yamlFiles: new Map(),
        remote: [],
        unresolved: false,
        helmCharts: false,
    };
    for (const app of target.applications) {
        g.files.add(app.file);
        for (const f of app.inputs ?? [])
            g.files.add(f);
    }
    for (const spec of target.specs)
        addSpec(g, spec, repo, read);
    return g;
}
function addSpec(g, spec, repo, read) {
    if (spec.type === "helm") {
        g.dirs.add(rel(repo, spec.chartDir));
        for (const f of ["Chart.yaml", "values.yaml"])
            g.yamlFiles.set(rel(repo, (0,external_node_path_.join)(spec.chartDir, f)), "helm");
        for (const f of spec.valueFiles) {
            g.files.add(rel(repo, f));
            g.yamlFiles.set(rel(repo, f), "helm");
        }
    }
    else if (spec.type === "directory") {
        g.dirs.add(rel(repo, spec.dir));
    }
    else {
        walkKustomization(g, spec.dir, repo, new Set(), read);
    }
}
function walkKustomization(g, dir, repo, seen, read) {
    // By real path: a symlinked folder that loops back is the same kustomization.
    const real = realPath(dir);
    if (seen.has(real))
        return;
    seen.add(real);
    const file = KUSTOMIZATION_FILES.map((f) => (0,external_node_path_.join)(dir, f)).find((f) => (0,external_node_fs_.existsSync)(f));
    if (!file) {
        g.unresolved = true;
        return;
    }
    g.files.add(rel(repo, file));
    g.yamlFiles.set(rel(repo, file), "kustomize");
    let k;
    try {
        k = read(file, rel(repo, file))[0]?.value;
    }
    catch {
        // The render reports the broken file; here we only make sure it re-renders.
        g.unresolved = true;
        return;
    }
    const reads = kustomizationReads(k);
    for (const { entry, yaml } of reads.refs) {
        if (URL_LIKE.test(entry)) {
            g.remote.push(entry);
            g.unresolved = true;
            continue;
        }
        const path = (0,external_node_path_.resolve)(dir, entry);
        if (!(0,external_node_fs_.existsSync)(path)) {
            g.unresolved = true;
            g.files.add(rel(repo, path));
        }
        else if ((0,external_node_fs_.statSync)(path).isDirectory()) {
            walkKustomization(g, path, repo, seen, read);
        }
        else {
            g.files.add(rel(repo, path));
            if (yaml)
                g.yamlFiles.set(rel(repo, path), "kustomize");
        }
    }
    if (reads.charts) {
        g.helmCharts = true;
        g.dirs.add(rel(repo, (0,external_node_path_.resolve)(dir, reads.charts.home)));
        for (const c of reads.charts.list) {
            if (!c.repo)
                continue;
            g.remote.push(`${c.repo} (chart ${c.name})`);
            g.unresolved = true;
        }
    }
}
/** The targets whose inputs include a changed path (or that could not be resolved). */
function affectedTargets(targets, graphs, changed) {
    const out = new Set();
    for (const t of targets) {
        const g = graphs.get(t.id);
        if (!g || g.unresolved) {
            out.add(t.id);
            continue;
        }
        const dirs = [...g.dirs].map((d) => (d === "" ? "" : d + "/"));
        if (changed.some((c) => g.files.has(c) || dirs.some((d) => d === "" || c.startsWith(d))))
            out.add(t.id);
    }
    return out;
}
function realPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
function rel(repo, path) {
    return (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), path).split("\\").join("/");
}

;// CONCATENATED MODULE: ./packages/core/src/model/names.ts
/**
 * Env and service names from the evidence a repository gives: folder names first, then the
 * Applications that deploy a folder (labels, name, destination). The word lists are what public
 * GitOps repositories use; a repo that uses other words pins them in `.gitops.yaml`.
 */
/** Folders whose children are environments (`envs/<env>`, `clusters/<env>` ...). */
const ENV_CONTAINERS = new Set(["env", "envs", "environment", "environments", "clusters", "stages"]);
/**
 * Folders whose children are environments only when they read as one: `overlays/prod` is an env,
 * `overlays/stable` (an operator channel) or `overlays/default` is a variant.
 */
const WEAK_CONTAINERS = new Set(["overlays", "variants"]);
/** Environment words, in promotion order: the rank orders environments when none are configured. */
const ENV_WORDS = {
    local: 0,
    dev: 1,
    develop: 1,
    development: 1,
    sandbox: 1,
    test: 2,
    testing: 2,
    int: 2,
    integration: 2,
    sit: 2,
    ci: 2,
    qa: 3,
    uat: 4,
    demo: 4,
    perf: 4,
    nonprod: 4,
    "non-prod": 4,
    staging: 5,
    stage: 5,
    stg: 5,
    preprod: 6,
    "pre-prod": 6,
    preproduction: 6,
    canary: 6,
    prod: 7,
    production: 7,
    prd: 7,
    live: 7,
    dr: 8,
};
/** Folders that group services: the child is the service (`apps/<service>/...`). */
const SERVICE_GROUPS = new Set(["apps", "applications", "services", "workloads", "charts", "tenants"]);
/** Folders that describe how a service is built, not which service it is. */
const STRUCTURAL = new Set([
    "base",
    "bases",
    "operator",
    "instance",
    "deploy",
    "deployment",
    "deployments",
    "k8s",
    "kubernetes",
    "kustomize",
    "manifests",
    "helm",
    "chart",
    "config",
    "src",
]);
/** The rank of an env-like name (its env word, e.g. `prod-us` ranks as `prod`), or undefined. */
function envRank(name) {
    const lower = name.toLowerCase();
    if (lower in ENV_WORDS)
        return ENV_WORDS[lower];
    // `prod-us`, `us-east-prod`: a strong env word first or last. Weak words (`test`, `demo`,
    // `live`, `ci`) inside a longer name are more often a service (`test-runner`, `live-stream`).
    const parts = lower.split(/[-_.]/);
    if (parts.length < 2 || parts.length > 4)
        return undefined;
    for (const p of [parts[0] ?? "", parts.at(-1) ?? ""])
        if (STRONG.has(p))
            return ENV_WORDS[p];
    return undefined;
}
const STRONG = new Set([
    "dev",
    "development",
    "qa",
    "uat",
    "staging",
    "stage",
    "stg",
    "preprod",
    "prod",
    "production",
    "prd",
    "nonprod",
    "sandbox",
    "dr",
]);
/** True when `name` reads as an environment: `prod`, `staging`, `prod-eu`, `us-east-prod` ... */
function looksLikeEnv(name) {
    return envRank(name) !== undefined;
}
/** Orders found environments by their env word (dev → qa → staging → prod), then by name. */
function orderEnvironments(envs) {
    const rank = (e) => envRank(e) ?? 4.5;
    return [...new Set(envs)].filter(Boolean).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
const NONE = new Set();
/**
 * Env and service from a repo-relative folder path:
 * - env: the child of the last env container (`envs/qa`, `overlays/prod`, `clusters/production`),
 *   else the last env-like folder name (`apps/staging`, `argo-apps/prod`);
 * - service: the child of a service group (`apps/<service>/...`) that is not itself an env, else
 *   the folder before the env container, passing over structural names (`<svc>/operator/overlays/x`).
 */
function namesFromPath(path, knownEnvs = NONE) {
    const segs = path.split("/").filter(Boolean);
    const why = [];
    let envAt = -1;
    let containerAt = -1;
    for (let i = segs.length - 2; i >= 0; i--) {
        const s = segs[i]?.toLowerCase() ?? "";
        const child = segs[i + 1] ?? "";
        if (ENV_CONTAINERS.has(s) || WEAK_CONTAINERS.has(s)) {
            containerAt = i;
            if (ENV_CONTAINERS.has(s) || looksLikeEnv(child) || knownEnvs.has(child))
                envAt = i + 1;
            break;
        }
    }
    if (envAt === -1 && containerAt === -1) {
        for (let i = segs.length - 1; i >= 0; i--) {
            if (looksLikeEnv(segs[i] ?? "") || knownEnvs.has(segs[i] ?? "")) {
                envAt = i;
                break;
            }
        }
    }
    const out = { why };
    if (envAt !== -1) {
        out.env = segs[envAt] ?? "";
        why.push(containerAt !== -1
            ? `env "${out.env}": the folder under ${segs.slice(0, containerAt + 1).join("/")}/`
            : `env "${out.env}": an environment name in the path`);
    }
    const limit = containerAt !== -1 ? containerAt + 1 : envAt === -1 ? segs.length : envAt;
    for (let i = 0; i < limit - 1; i++) {
        const group = segs[i]?.toLowerCase() ?? "";
        const child = segs[i + 1] ?? "";
        if (SERVICE_GROUPS.has(group) && !looksLikeEnv(child) && !STRUCTURAL.has(child.toLowerCase())) {
            out.service = child;
            why.push(`service "${child}": the folder under ${segs.slice(0, i + 1).join("/")}/`);
            return out;
        }
    }
    if (containerAt > 0) {
        for (let i = containerAt - 1; i >= 0; i--) {
            const s = segs[i] ?? "";
            if (STRUCTURAL.has(s.toLowerCase()))
                continue;
            if (SERVICE_GROUPS.has(s.toLowerCase()) || looksLikeEnv(s))
                break;
            out.service = s;
            why.push(`service "${s}": the folder that holds ${segs.slice(i + 1, containerAt + 1).join("/")}/`);
            break;
        }
    }
    return out;
}
/** An Application name without its env affix: `cms-prod` → `cms`, `prod-cms` → `cms`. */
function stripEnv(name, env) {
    if (!env)
        return name;
    for (const sep of ["-", "_", "."]) {
        if (name.endsWith(sep + env))
            return name.slice(0, -(env.length + 1));
        if (name.startsWith(env + sep))
            return name.slice(env.length + 1);
    }
    return name;
}
/** Labels Argo CD users put an env in. */
const ENV_LABELS = ["env", "environment", "stage", "app.kubernetes.io/environment"];
/** The env an Application names in its labels, name or destination, and where it was found. */
function envFromApplication(app) {
    for (const key of ENV_LABELS) {
        const v = app.labels[key];
        if (v)
            return { env: v, why: `env "${v}": label ${key} of Application ${app.name}` };
    }
    const fromWords = (text) => {
        if (!text)
            return undefined;
        if (looksLikeEnv(text) && !text.includes("-"))
            return text;
        const parts = text.split(/[-_.]/);
        for (const p of [parts.at(-1), parts[0]])
            if (p && looksLikeEnv(p))
                return p;
        return undefined;
    };
    const byName = fromWords(app.name);
    if (byName)
        return { env: byName, why: `env "${byName}": the name of Application ${app.name}` };
    const byNs = fromWords(app.destination.namespace);
    if (byNs)
        return { env: byNs, why: `env "${byNs}": the destination namespace of Application ${app.name}` };
    const byCluster = fromWords(app.destination.name);
    if (byCluster)
        return { env: byCluster, why: `env "${byCluster}": the destination cluster of Application ${app.name}` };
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/model/scan.ts


const scan_KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const YAML_FILE = /\.(ya?ml|json)$/i;
/** Enough of a file to see its top-level keys; discovery never parses a whole file to classify it. */
const PEEK_BYTES = 64 * 1024;
const MAX_DEPTH = 40;
const MAX_DIRS = 100_000;
const ARGO_KIND = /^\s*["']?kind["']?\s*:\s*["']?(Application|ApplicationSet|AppProject)["']?\s*,?\s*$/m;
const ARGO_API = /argoproj\.io\//;
const CLUSTER_SECRET = /argocd\.argoproj\.io\/secret-type["']?\s*:\s*["']?cluster\b/;
/**
 * Walks the repository once. Skipped: dot folders (`.git`, `.github`), `node_modules`, the output
 * folders (`render/` is never input), and the inside of Helm charts (a chart renders as a whole;
 * its templates are only peeked at for Applications). Symlinked folders are followed only when
 * they resolve inside the repository, and each real folder is visited once, so a loop ends.
 */
function scanRepo(repo, skip) {
    const realRepo = (0,external_node_fs_.realpathSync)(repo);
    const dirs = new Map();
    const argoFiles = [];
    const seen = new Set();
    const skipped = new Set(skip.map((s) => s.replace(/\/+$/, "")));
    // `real` is the folder's real path: resolved for the root and for symlinks only, since a plain
    // folder inside a real folder is that folder's real path plus its name (a realpath per folder,
    // an lstat per path segment, was a third of a scan of many small targets).
    const visit = (abs, rel, real, depth) => {
        if (depth > MAX_DEPTH || dirs.size >= MAX_DIRS)
            return;
        if (seen.has(real) || !inside(realRepo, real))
            return;
        seen.add(real);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const names = entries.filter((e) => isFile(abs, e)).map((e) => e.name);
        const dir = {
            path: rel,
            chart: names.includes("Chart.yaml"),
            chartOfApplications: false,
            manifests: [],
        };
        const k = scan_KUSTOMIZATION_FILES.find((f) => names.includes(f));
        if (k)
            dir.kustomization = k;
        dirs.set(rel, dir);
        if (dir.chart) {
            dir.chartOfApplications = chartTemplatesHoldApplications((0,external_node_path_.join)(abs, "templates"));
            return;
        }
        for (const name of names) {
            if (!YAML_FILE.test(name))
                continue;
            const text = peek((0,external_node_path_.join)(abs, name));
            if (text === undefined)
                continue;
            if (name !== k && scan_looksLikeManifest(name, text))
                dir.manifests.push(name);
            if ((ARGO_KIND.test(text) && ARGO_API.test(text)) || CLUSTER_SECRET.test(text)) {
                argoFiles.push(rel ? `${rel}/${name}` : name);
            }
        }
        for (const e of entries) {
            if (e.name.startsWith(".") || e.name === "node_modules")
                continue;
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            if (skipped.has(childRel))
                continue;
            if (e.isDirectory())
                visit((0,external_node_path_.join)(abs, e.name), childRel, (0,external_node_path_.join)(real, e.name), depth + 1);
            else if (e.isSymbolicLink() && isDir((0,external_node_path_.join)(abs, e.name))) {
                const target = scan_realPath((0,external_node_path_.join)(abs, e.name));
                if (target !== undefined)
                    visit((0,external_node_path_.join)(abs, e.name), childRel, target, depth + 1);
            }
        }
    };
    visit(repo, "", realRepo, 0);
    return { dirs, argoFiles };
}
function isFile(dir, e) {
    if (e.isFile())
        return true;
    if (!e.isSymbolicLink())
        return false;
    try {
        return (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, e.name)).isFile();
    }
    catch {
        return false;
    }
}
function scan_realPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function isDir(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function inside(realRepo, real) {
    const r = (0,external_node_path_.relative)(realRepo, real);
    return r === "" || (!r.startsWith(".." + external_node_path_.sep) && r !== "..");
}
/**
 * One buffer for every peek: a fresh zero-filled 64 KiB per file was most of a scan's time on
 * a repository of small files. Only the bytes read are decoded, so what is left over from a
 * longer file never shows.
 */
let peekBuffer;
/** The first bytes of a file as text, or undefined when it cannot be read. */
function peek(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, "r");
        const buf = (peekBuffer ??= Buffer.allocUnsafe(PEEK_BYTES));
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, PEEK_BYTES, 0);
        return buf.subarray(0, n).toString("utf8");
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Top-level `apiVersion:` and `kind:`: enough to tell manifests from Helm values files. */
function scan_looksLikeManifest(name, text) {
    if (name.toLowerCase().endsWith(".json"))
        return /"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text);
    return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);
}
function chartTemplatesHoldApplications(dir) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return false;
    }
    return names.some((n) => {
        if (!YAML_FILE.test(n) && !n.endsWith(".tpl"))
            return false;
        const text = peek((0,external_node_path_.join)(dir, n));
        return text !== undefined && ARGO_KIND.test(text) && ARGO_API.test(text);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/model/detect.ts








/**
 * The deployable leaves, with no config: a kustomization that no other kustomization uses and is
 * not a Component; a Helm chart that no kustomization or chart uses (charts that an Application
 * wraps are taken out by the caller); and a folder of plain manifests under an env folder that no
 * kustomization reads and that is not inside a kustomization's folder.
 */
function detectLeaves(scan, uses) {
    const leaves = [];
    const kustomizeDirs = [...scan.dirs.values()].filter((d) => d.kustomization).map((d) => d.path);
    for (const d of scan.dirs.values()) {
        if (d.path === "")
            continue;
        if (d.kustomization) {
            if (uses.dirs.has(d.path) || uses.components.has(d.path))
                continue;
            leaves.push({
                path: d.path,
                kind: "kustomize",
                why: "a kustomization that no other kustomization uses",
            });
        }
        else if (d.chart) {
            if (uses.dirs.has(d.path) || uses.libraries.has(d.path))
                continue;
            leaves.push({ path: d.path, kind: "helm", why: "a Helm chart that nothing else wraps" });
        }
        else if (d.manifests.length > 0) {
            const env = namesFromPath(d.path).env;
            if (!env || !plainLeaf(d, uses, kustomizeDirs))
                continue;
            leaves.push({
                path: d.path,
                kind: "directory",
                why: `a folder of manifests under env folder "${env}"`,
            });
        }
    }
    return leaves;
}
/** A folder of manifests (under an env folder) that no kustomization reads or holds. */
function plainLeaf(d, uses, kustomizeDirs) {
    if (d.manifests.some((m) => uses.files.has(`${d.path}/${m}`)))
        return false;
    return !kustomizeDirs.some((k) => k === "" || d.path.startsWith(`${k}/`));
}
/** Reads every kustomization (and chart dependency) once for what it uses. */
function collectUses(repo, scan, read = readDocuments) {
    const uses = { dirs: new Set(), files: new Set(), components: new Set(), libraries: new Set() };
    for (const d of scan.dirs.values()) {
        if (d.kustomization)
            kustomizationUses(repo, d.path, d.kustomization, uses, read);
        if (d.chart)
            chartUses(repo, d.path, uses, read);
    }
    return uses;
}
function kustomizationUses(repo, dir, file, uses, read) {
    let k;
    try {
        k = read((0,external_node_path_.join)(repo, dir, file), external_node_path_.posix.join(dir, file))[0]?.value;
    }
    catch {
        return; // render reports the broken file on the target
    }
    const reads = kustomizationReads(k);
    if (reads.component)
        uses.components.add(dir);
    const use = (entry) => {
        if (URL_LIKE.test(entry))
            return;
        const rel = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, entry));
        if (rel.startsWith(".."))
            return;
        const abs = (0,external_node_path_.resolve)(repo, rel);
        if (!(0,external_node_fs_.existsSync)(abs))
            return;
        if ((0,external_node_fs_.statSync)(abs).isDirectory())
            uses.dirs.add(rel === "." ? "" : rel);
        else
            uses.files.add(rel);
    };
    for (const r of reads.refs)
        use(r.entry);
    for (const c of reads.charts?.list ?? [])
        use(external_node_path_.posix.join(reads.charts?.home ?? "charts", c.name));
}
/** `file://` dependencies of a chart are parts of it. */
function chartUses(repo, dir, uses, read) {
    let chart;
    try {
        chart = read((0,external_node_path_.join)(repo, dir, "Chart.yaml"), external_node_path_.posix.join(dir, "Chart.yaml"))[0]?.value;
    }
    catch {
        return;
    }
    if (!applications_isObject(chart))
        return;
    if (chart.type === "library")
        uses.libraries.add(dir);
    for (const dep of detect_list(chart.dependencies)) {
        if (!applications_isObject(dep) || typeof dep.repository !== "string" || !dep.repository.startsWith("file://"))
            continue;
        const rel = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, dep.repository.slice("file://".length)));
        if (!rel.startsWith(".."))
            uses.dirs.add(rel);
    }
}
/** What kind of target a folder is, or undefined when it renders nothing (e.g. Helm values only). */
function detectKind(scanned) {
    if (!scanned)
        return undefined;
    if (scanned.kustomization)
        return "kustomize";
    if (scanned.chart)
        return "helm";
    return scanned.manifests.length > 0 ? "directory" : undefined;
}
/** The folder of a repo-relative file ("" at the root). */
function folderOf(file) {
    const d = (0,external_node_path_.dirname)(file);
    return d === "." ? "" : d;
}
function detect_list(v) {
    return Array.isArray(v) ? v : [];
}
/** What kind of target a folder on disk is, or undefined when it renders nothing (Helm values only). */
function kindOfFolder(dir) {
    let names;
    try {
        names = readdirSync(dir, { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name);
    }
    catch {
        return undefined;
    }
    if (names.some((n) => detect_KUSTOMIZATION_FILES.includes(n)))
        return "kustomize";
    if (names.includes("Chart.yaml"))
        return "helm";
    for (const n of names.filter((f) => /\.(ya?ml|json)$/i.test(f))) {
        try {
            if (looksLikeManifest(n, readFileSync(join(dir, n), "utf8").slice(0, 64 * 1024)))
                return "directory";
        }
        catch {
            // unreadable: not a manifest
        }
    }
    return undefined;
}
const detect_KUSTOMIZATION_FILES = (/* unused pure expression or super */ null && (["kustomization.yaml", "kustomization.yml", "Kustomization"]));

;// CONCATENATED MODULE: ./packages/core/src/model/app-targets.ts





/**
 * Follows every Application that points into this repository (its repoURL is one of `repoURLs`,
 * or, with none known, any path that exists here):
 * - one that deploys a folder target as is only marks that target;
 * - one that renders something else (a Helm chart with env values files, kustomize or directory
 *   options, several sources, a folder no leaf covers) becomes a target
 *   `applications/<env>/<name>` rendered the way Argo CD's repo-server would.
 * Each Application's `env` and `targets` are filled in.
 */
function followApplications(repo, apps, folders, repoURLs, kindOf, knownEnvs = new Set()) {
    const findings = [];
    const targets = new Map();
    const plainPath = new Map();
    const envsByPath = new Map();
    for (const app of apps) {
        const local = app.sources.filter((s) => isLocal(s, repo, repoURLs));
        const rendering = local.filter((s) => s.path !== undefined && !s.chart);
        app.env = appEnv(app, rendering, knownEnvs).env;
        const path = cleanPath(rendering[0]?.path ?? "");
        const kind = folders.get(path)?.kind ?? kindOf(path);
        if (rendering.length === 1 &&
            app.sources.length === 1 &&
            !hasOptions(rendering[0]) &&
            kind &&
            kind !== "helm") {
            plainPath.set(app, path);
            const envs = envsByPath.get(path) ?? new Set();
            envs.add(app.env);
            envsByPath.set(path, envs);
        }
    }
    for (const app of apps) {
        const local = app.sources.filter((s) => isLocal(s, repo, repoURLs));
        const rendering = local.filter((s) => s.path !== undefined && !s.chart);
        const ref = { name: app.name, file: app.file, line: app.line };
        if (app.applicationSet)
            ref.applicationSet = app.applicationSet;
        if (app.inputs.length > 0)
            ref.inputs = app.inputs;
        if (rendering.length === 0) {
            const chart = app.sources.find((s) => s.chart !== undefined);
            if (chart) {
                // The Application lives here and so do its values; the chart does not. It is a target
                // the render lists as skipped, so promotion and the changelog still see the service.
                const target = chartRepoTarget(repo, app, ref, chart, knownEnvs);
                findings.push(note(app, `Application ${app.name} renders ${describeExternal(chart)}, not from this repository; not rendered here`));
                if (!targets.has(target.id)) {
                    targets.set(target.id, target);
                    app.targets.push(target.id);
                }
                continue;
            }
            const external = app.sources.filter((s) => s.path !== undefined && !local.includes(s));
            if (external.length > 0) {
                findings.push(note(app, `Application ${app.name} renders ${external.map(describeExternal).join(" and ")}, not from this repository; not rendered here`));
            }
            continue;
        }
        const path = plainPath.get(app);
        // A folder deployed as is is its own target, named by its path, unless Applications of
        // several envs deploy it: then each is a target of its env (env policies differ).
        let plain = path === undefined ? undefined : folders.get(path);
        if (!plain && path !== undefined && path !== "" && (envsByPath.get(path)?.size ?? 0) <= 1) {
            plain = deployedFolder(repo, path, kindOf(path) ?? "directory", app, knownEnvs);
            folders.set(path, plain);
        }
        if (plain) {
            plain.applications.push(ref);
            app.targets.push(plain.id);
            continue;
        }
        const target = applicationTarget(repo, app, ref, rendering, findings, kindOf, knownEnvs);
        if (!target)
            continue;
        const existing = targets.get(target.id);
        if (existing) {
            findings.push(error(app, `Application ${app.name} in ${app.file} has the same name and env as one in ${existing.applications[0]?.file ?? "?"}; only the first is rendered`));
            continue;
        }
        targets.set(target.id, target);
        app.targets.push(target.id);
    }
    return { targets: [...targets.values()], findings };
}
/** An Application that renders a chart from a chart repository: listed, not rendered. */
function chartRepoTarget(repo, app, ref, chart, knownEnvs) {
    const { env, why } = appEnv(app, [], knownEnvs);
    const service = stripEnv(app.name, env);
    const source = folderOf(app.file);
    return {
        id: `applications/${env || "_"}/${app.name}`,
        env,
        service,
        kind: "helm",
        source,
        dir: (0,external_node_path_.resolve)(repo, source),
        specs: [],
        applications: [ref],
        origin: "application",
        skipReason: `renders ${describeExternal(chart)}, not from this repository; not rendered here`,
        reasons: [
            `Application ${app.name} (${app.file}:${app.line}) deploys ${describeExternal(chart)}`,
            why,
            `service "${service}": the name of Application ${app.name}${service !== app.name ? " without its env" : ""}`,
        ],
    };
}
/**
 * The repo-relative value files an Application names: `$ref/path` from a source of this repo,
 * and paths relative to a local chart folder.
 */
function valueFilesOf(app) {
    const out = [];
    for (const s of app.sources) {
        for (const f of s.helm?.valueFiles ?? []) {
            if (/^[a-z]+:\/\//i.test(f))
                continue;
            const file = f.startsWith("$") ? f.replace(/^\$[^/]+\//, "") : external_node_path_.posix.join(cleanPath(s.path ?? ""), f);
            const norm = external_node_path_.posix.normalize(file);
            // A chart-repo source's plain value files live in the chart, not here.
            if (!norm.startsWith("..") && (!s.chart || f.startsWith("$")))
                out.push(norm);
        }
    }
    return out;
}
/** A folder that no layout rule found but an Application deploys as is. */
function deployedFolder(repo, path, kind, app, knownEnvs) {
    const dir = (0,external_node_path_.resolve)(repo, path);
    const names = namesFromPath(path, knownEnvs);
    const spec = kind === "kustomize" ? { type: "kustomize", dir } : { type: "directory", dir, recurse: false };
    const t = {
        id: path,
        env: names.env ?? "",
        kind,
        source: path,
        dir,
        specs: [spec],
        applications: [],
        origin: "application",
        reasons: [
            `${path || "."}: deployed as is by Application ${app.name} (${app.file}:${app.line})`,
            ...names.why,
        ],
    };
    if (names.service)
        t.service = names.service;
    return t;
}
/**
 * An Application's env, by evidence in this order: the folders it renders (source paths, then
 * value files), the folder it is written in, its labels and name, its destination.
 */
function appEnv(app, rendering, knownEnvs = new Set()) {
    for (const s of rendering) {
        const n = namesFromPath(cleanPath(s.path ?? ""), knownEnvs);
        if (n.env)
            return { env: n.env, why: `${n.why[0] ?? ""} (source path of Application ${app.name})` };
    }
    for (const file of valueFilesOf(app)) {
        const n = namesFromPath(folderOf(file), knownEnvs);
        if (n.env)
            return { env: n.env, why: `${n.why[0] ?? ""} (value file of Application ${app.name})` };
        // `values-prod.yaml` beside the chart.
        const byFile = /(?:^|[-_.])values[-_.]([a-z0-9-]+)\.ya?ml$/i.exec(file)?.[1];
        if (byFile && namesFromPath(byFile, knownEnvs).env)
            return { env: byFile, why: `env "${byFile}": the value file ${file} of Application ${app.name}` };
    }
    if (!app.applicationSet) {
        const n = namesFromPath(folderOf(app.file), knownEnvs);
        if (n.env)
            return { env: n.env, why: `${n.why[0] ?? ""} (where Application ${app.name} is written)` };
    }
    const named = envFromApplication(app);
    if (named)
        return named;
    return { env: "", why: `no env: nothing in Application ${app.name} names one` };
}
function applicationTarget(repo, app, ref, sources, findings, kindOf, knownEnvs) {
    const refs = new Map(app.sources.filter((s) => s.ref).map((s) => [s.ref ?? "", s]));
    const specs = [];
    for (const source of sources) {
        const path = cleanPath(source.path ?? "");
        const dir = (0,external_node_path_.resolve)(repo, path);
        if (!insideRepo(repo, dir) || !app_targets_isDir(dir)) {
            findings.push(error(app, `Application ${app.name}: source path "${source.path ?? ""}" is not a folder in this repository`));
            return undefined;
        }
        const spec = sourceSpec(repo, app, source, dir, refs, findings, kindOf(path));
        if (!spec)
            return undefined;
        specs.push(spec);
    }
    const sourcePath = cleanPath(sources[0]?.path ?? "");
    const { env, why } = appEnv(app, sources, knownEnvs);
    const names = namesFromPath(sourcePath, knownEnvs);
    const reasons = [
        `Application ${app.name} (${app.file}:${app.line}${app.applicationSet ? `, generated by ApplicationSet ${app.applicationSet}` : ""}) renders ${sourcePath || "."}${sources.length > 1 ? ` and ${sources.length - 1} more source(s)` : ""}${hasOptions(sources[0]) ? " with options" : ""}`,
        why,
    ];
    let service = names.service;
    if (service)
        reasons.push(names.why.find((w) => w.startsWith("service")) ?? "");
    else {
        service = stripEnv(app.name, env);
        reasons.push(`service "${service}": the name of Application ${app.name}${service !== app.name ? ` without its env` : ""}`);
    }
    const target = {
        id: `applications/${env || "_"}/${app.name}`,
        env,
        service,
        kind: specs[0]?.type ?? "directory",
        source: sourcePath,
        dir: (0,external_node_path_.resolve)(repo, sourcePath),
        specs,
        applications: [ref],
        origin: "application",
        reasons,
    };
    return target;
}
function sourceSpec(repo, app, source, dir, refs, findings, detected) {
    const kind = source.helm ? "helm" : (detected ?? "directory");
    if (kind === "helm") {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, "Chart.yaml"))) {
            findings.push(error(app, `Application ${app.name}: ${source.path ?? ""} has helm options but no Chart.yaml`));
            return undefined;
        }
        const valueFiles = [];
        for (const f of source.helm?.valueFiles ?? []) {
            const resolved = resolveValueFile(f, dir, refs, repo);
            if (typeof resolved !== "string") {
                findings.push(error(app, `Application ${app.name}: value file "${f}" ${resolved.problem}`));
                return undefined;
            }
            if (!(0,external_node_fs_.existsSync)(resolved)) {
                if (source.helm?.ignoreMissingValueFiles)
                    continue;
                findings.push(error(app, `Application ${app.name}: value file "${f}" does not exist (${(0,external_node_path_.relative)(repo, resolved)})`));
                return undefined;
            }
            valueFiles.push(resolved);
        }
        const helm = source.helm ?? {};
        const spec = {
            type: "helm",
            chartDir: dir,
            releaseName: helm.releaseName ?? app.name,
            valueFiles,
        };
        if (app.destination.namespace)
            spec.namespace = app.destination.namespace;
        if (helm.values)
            spec.values = helm.values;
        if (applications_isObject(helm.valuesObject))
            spec.valuesObject = helm.valuesObject;
        if (helm.parameters?.length)
            spec.parameters = helm.parameters;
        if (helm.skipCrds)
            spec.skipCrds = true;
        return spec;
    }
    if (kind === "kustomize")
        return source.kustomize
            ? { type: "kustomize", dir, options: source.kustomize }
            : { type: "kustomize", dir };
    const d = source.directory ?? {};
    const spec = {
        type: "directory",
        dir,
        recurse: d.recurse === true,
    };
    if (d.include)
        spec.include = d.include;
    if (d.exclude)
        spec.exclude = d.exclude;
    return spec;
}
/** Resolves a Helm value file as Argo CD does: `$ref/...` from a ref source, else relative to the chart. */
function resolveValueFile(f, chartDir, refs, repo) {
    if (/^[a-z]+:\/\//i.test(f))
        return { problem: "is a URL; remote value files need network access" };
    let path;
    const ref = /^\$([^/]+)\/(.*)$/.exec(f);
    if (ref) {
        if (!refs.has(ref[1] ?? ""))
            return { problem: `names the unknown source ref "$${ref[1] ?? ""}"` };
        path = (0,external_node_path_.resolve)(repo, ref[2] ?? "");
    }
    else {
        path = (0,external_node_path_.resolve)(chartDir, f);
    }
    return insideRepo(repo, path) ? path : { problem: "points outside the repository" };
}
/** True when a source renders from this repository. */
function isLocal(source, repo, repoURLs) {
    if (source.repoURL && repoURLs.length > 0)
        return sameRepo(source.repoURL, repoURLs);
    // No URL to compare against: accept a path that exists here.
    return source.path !== undefined && app_targets_isDir((0,external_node_path_.resolve)(repo, cleanPath(source.path)));
}
/** An outside source as a reader can look it up: the chart and version, or the path, and the URL. */
function describeExternal(source) {
    const what = source.chart
        ? `chart ${source.chart}${source.targetRevision ? ` ${source.targetRevision}` : ""}`
        : (source.path ?? "");
    return `${what} from ${source.repoURL ?? "another repository"}`;
}
function hasOptions(source) {
    return (source !== undefined &&
        (source.helm !== undefined || source.kustomize !== undefined || source.directory !== undefined));
}
/** A source path as a repo-relative folder ("" for the root). */
function cleanPath(p) {
    const n = external_node_path_.posix.normalize(p.replace(/^\.\//, "")).replace(/\/$/, "");
    return n === "." ? "" : n;
}
function insideRepo(repo, path) {
    const r = (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), path);
    return r === "" || (!r.startsWith("..") && !r.startsWith("/"));
}
function app_targets_isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
function note(app, message) {
    return {
        tool: "render",
        rule: "external-source",
        severity: "notice",
        message,
        file: app.file,
        line: app.line,
    };
}
function error(app, message) {
    return {
        tool: "render",
        rule: "application-source",
        severity: "error",
        message,
        file: app.file,
        line: app.line,
        target: `applications/${app.env || "_"}/${app.name}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/model/dr-clusters.ts

const ROLE_LABEL = "role";
const REGION_LABEL = "region";
const DR_OF_LABEL = "drOf";
/** Every cluster the model knows: `.gitops.yaml` first, then the repo's cluster Secrets (by name, first wins). */
function modelClusters(layout) {
    // Through the model's reader, which parsed every Argo CD file when the model loaded: no file is
    // read or parsed again.
    const written = readArgo(layout.repo, layout.argoFiles, layout.read);
    const seen = new Set();
    return knownClusters(layout.config, written.clusterSecrets).filter((c) => c.name !== "" && !seen.has(c.name) && seen.add(c.name));
}
/** The clusters that carry `role: primary` or `role: dr`, DR clusters paired with their primary. */
function roleClusters(layout) {
    const out = [];
    const all = modelClusters(layout);
    for (const c of all) {
        const role = c.labels[ROLE_LABEL];
        if (role !== "primary" && role !== "dr")
            continue;
        out.push({ name: c.name, server: c.server, role, region: c.labels[REGION_LABEL] ?? "" });
    }
    const primaries = all.filter((c) => c.labels[ROLE_LABEL] === "primary");
    for (const dr of out.filter((c) => c.role === "dr")) {
        const info = all.find((c) => c.name === dr.name);
        const named = info?.labels[DR_OF_LABEL];
        const env = info?.labels.env;
        const sameEnv = env === undefined ? [] : primaries.filter((p) => p.labels.env === env);
        const primary = named ?? (sameEnv.length === 1 ? sameEnv[0]?.name : undefined);
        if (primary !== undefined && primaries.some((p) => p.name === primary))
            dr.primary = primary;
    }
    return out;
}
/** Every service on every role cluster, by the Applications whose destination is that cluster. */
function placements(layout, clusters) {
    const byId = new Map(layout.targets.map((t) => [t.id, t]));
    const out = [];
    for (const app of layout.applications) {
        const cluster = clusters.find((c) => destinedTo(app, c));
        if (!cluster)
            continue;
        for (const id of app.targets) {
            const target = byId.get(id);
            if (target?.service)
                out.push({ service: target.service, cluster: cluster.name, application: app, target });
        }
    }
    return out;
}
function destinedTo(app, c) {
    const { server, name } = app.destination;
    if (server !== undefined)
        return trim(server) === trim(c.server);
    return name !== undefined && name === c.name;
}
function trim(url) {
    return url.replace(/\/+$/, "");
}
/** Each service placed on a primary, paired with each of that primary's DR clusters. */
function drPairs(layout, clusters = roleClusters(layout)) {
    const placed = placements(layout, clusters);
    const out = [];
    for (const primary of clusters.filter((c) => c.role === "primary")) {
        const drs = clusters.filter((c) => c.role === "dr" && c.primary === primary.name);
        for (const source of placed.filter((p) => p.cluster === primary.name)) {
            for (const dr of drs) {
                const counterpart = placed.find((p) => p.cluster === dr.name && p.service === source.service);
                out.push({ service: source.service, primary, dr, source, ...(counterpart ? { counterpart } : {}) });
            }
        }
    }
    return out;
}
/** Envs where the services run only on DR clusters: what `--no-dr` leaves out of a group. */
function drOnlyEnvs(layout, services) {
    const clusters = roleClusters(layout);
    const placed = placements(layout, clusters).filter((p) => services.includes(p.service));
    const role = new Map(clusters.map((c) => [c.name, c.role]));
    const primaryEnvs = new Set(placed.filter((p) => role.get(p.cluster) !== "dr").map((p) => p.target.env));
    return new Set(placed
        .filter((p) => role.get(p.cluster) === "dr" && !primaryEnvs.has(p.target.env))
        .map((p) => p.target.env));
}
/**
 * Each env that only DR clusters run (no primary runs anything there), with the envs its
 * clusters' primaries run: the envs it stands in for, and so the envs it is promoted with.
 */
function drEnvPrimaries(layout) {
    const clusters = roleClusters(layout);
    const placed = placements(layout, clusters).filter((p) => p.target.env !== "");
    const byName = new Map(clusters.map((c) => [c.name, c]));
    const isDr = (p) => byName.get(p.cluster)?.role === "dr";
    const primaryEnvs = new Set(placed.filter((p) => !isDr(p)).map((p) => p.target.env));
    const envsOn = new Map();
    for (const p of placed)
        envsOn.set(p.cluster, (envsOn.get(p.cluster) ?? new Set()).add(p.target.env));
    const out = new Map();
    for (const p of placed) {
        const primary = byName.get(p.cluster)?.primary;
        if (!isDr(p) || primary === undefined || primaryEnvs.has(p.target.env))
            continue;
        const envs = out.get(p.target.env) ?? new Set();
        for (const env of envsOn.get(primary) ?? [])
            envs.add(env);
        out.set(p.target.env, envs);
    }
    return new Map([...out].map(([env, envs]) => [env, [...envs].sort()]));
}

;// CONCATENATED MODULE: ./packages/core/src/model/roots.ts





const PLACEHOLDER = /^\{(env|service)\}$/;
const idPattern = new RegExp(ID_PATTERN);
/**
 * Every folder the `.gitops.yaml` roots match. `{env}` and `{service}` each match one folder and
 * name it; a root without `{env}` gives shared (env-less) folders. The walk is bounded by the
 * pattern's depth, so symlinked folders that loop cannot make it spin; folders that resolve
 * outside the repo are ignored, and so are the output folders.
 */
function expandRoots(repo, roots, outputDirs) {
    const realRepo = (0,external_node_fs_.realpathSync)(repo);
    const out = [];
    const seen = new Set();
    for (const root of roots) {
        for (const m of expand(realRepo, repo, parseRoot(root), [], {})) {
            if (seen.has(m.id) || outputDirs.some((o) => m.id === o || m.id.startsWith(`${o}/`)))
                continue;
            seen.add(m.id);
            out.push({ ...m, root });
        }
    }
    return out;
}
/** Splits a root pattern and rejects ones that could leave the repo. */
function parseRoot(root) {
    const segments = root.split("/").filter((s) => s !== "" && s !== ".");
    const bad = (why) => new src_errors/* UserError */.yo(`${CONFIG_FILE}: targets.roots entry "${root}" ${why}`, CONFIG_FILE);
    if (root.startsWith("/") || /^[a-zA-Z]:/.test(root))
        throw bad("must be relative to the repository");
    if (segments.length === 0)
        throw bad("names no folder");
    if (segments.includes(".."))
        throw bad('must not contain ".."');
    if (segments.includes("**"))
        throw bad('must not use "**": each segment matches one folder level');
    for (const s of segments) {
        if (s.includes("{") && !PLACEHOLDER.test(s))
            throw bad(`has an unknown placeholder in "${s}"`);
    }
    return segments;
}
function* expand(realRepo, dir, segments, prefix, names) {
    const [head, ...rest] = segments;
    if (head === undefined) {
        yield { id: prefix.join("/"), dir, names };
        return;
    }
    for (const name of childFolders(realRepo, dir)) {
        const placeholder = PLACEHOLDER.exec(head)?.[1];
        if (placeholder) {
            if (!idPattern.test(name))
                continue;
            yield* expand(realRepo, (0,external_node_path_.join)(dir, name), rest, [...prefix, name], { ...names, [placeholder]: name });
        }
        else if (name === head || (0,esm/* minimatch */.xF)(name, head)) {
            yield* expand(realRepo, (0,external_node_path_.join)(dir, name), rest, [...prefix, name], names);
        }
    }
}
function childFolders(realRepo, dir) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const e of entries) {
        if (e.name.startsWith("."))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(e.name);
        else if (e.isSymbolicLink() && roots_insideRepo(realRepo, path))
            out.push(e.name);
    }
    return out.sort();
}
function roots_insideRepo(realRepo, path) {
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        if (!(0,external_node_fs_.statSync)(real).isDirectory())
            return false;
        const rel = (0,external_node_path_.relative)(realRepo, real);
        return rel !== "" && !rel.startsWith(".." + external_node_path_.sep) && rel !== "..";
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/model/load.ts



















/**
 * The repository model every command takes its targets from. With no `targets.roots` in
 * `.gitops.yaml`, discovery needs no config:
 * 1. every Argo CD Application and ApplicationSet anywhere in the repo is read (ApplicationSets
 *    expanded offline, app-of-apps charts rendered and followed);
 * 2. the deployable leaves of the layout become folder targets;
 * 3. an Application that renders something no folder target covers becomes a target of its own;
 * 4. env and service come from the path, then the Applications' names and labels, then their
 *    destination.
 * With roots configured, the roots decide the folder targets and their names; Applications are
 * still followed.
 */
async function loadModel(repoDir, options = {}) {
    // The cache stores nothing read from a file changed since.
    const loadedAt = preciseNow();
    const repo = checkRepo(repoDir);
    const { config, file: configFile } = loadConfig(repo);
    const outputDirs = outputFolders(repo, options.outDir);
    const findings = [];
    // Discovery and the input graphs read the same kustomizations: each is parsed once per model.
    const read = documentReader();
    const scan = scanRepo(repo, outputDirs);
    const repoURLs = [...config.render.repoURLs, ...(await remoteUrls(repo))];
    const written = readArgo(repo, scan.argoFiles, read);
    findings.push(...written.findings);
    const applications = [...written.applications];
    const clusters = knownClusters(config, written.clusterSecrets);
    const applicationSets = [];
    for (const set of written.applicationSets) {
        const expanded = expandSet(repo, set, clusters, repoURLs, outputDirs, options.pullRequest, findings);
        applications.push(...expanded.apps);
        applicationSets.push({
            name: set.name,
            file: set.file,
            line: set.line,
            generated: expanded.apps.length,
            incomplete: expanded.incomplete,
        });
    }
    for (const dir of scan.dirs.values()) {
        if (!dir.chartOfApplications)
            continue;
        const charted = await chartApplications(repo, dir.path, options.env ?? process.env);
        applications.push(...charted.applications);
        findings.push(...charted.findings);
    }
    applications.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.name.localeCompare(b.name));
    const known = new Set(config.environments);
    const excluded = (id) => config.targets.exclude.some((g) => (0,esm/* minimatch */.xF)(id, g, { dot: true }));
    const skipped = [];
    const folders = new Map();
    const kindOf = (path) => detectKind(scan.dirs.get(path));
    if (config.targets.roots.length > 0) {
        for (const m of expandRoots(repo, config.targets.roots, outputDirs)) {
            if (excluded(m.id))
                continue;
            const kind = kindOf(m.id);
            if (!kind) {
                skipped.push({ id: m.id, reason: "holds no kustomization, chart or Kubernetes manifests" });
                continue;
            }
            const t = folderTarget(repo, m.id, kind, "root");
            t.root = m.root;
            t.env = m.names.env ?? "";
            t.reasons.push(`matches ${m.root} in ${CONFIG_FILE}`);
            if (m.names.service)
                t.service = m.names.service;
            folders.set(t.id, t);
        }
    }
    else {
        const wrapped = chartsWrappedByApplications(repo, applications, repoURLs);
        for (const leaf of detectLeaves(scan, collectUses(repo, scan, read))) {
            if (excluded(leaf.path) || (leaf.kind === "helm" && wrapped.has(leaf.path)))
                continue;
            const t = folderTarget(repo, leaf.path, leaf.kind, "layout");
            t.reasons.push(`${leaf.path}: ${leaf.why}`);
            const names = namesFromPath(leaf.path, known);
            if (names.env)
                t.env = names.env;
            if (names.service)
                t.service = names.service;
            t.reasons.push(...names.why);
            folders.set(t.id, t);
        }
    }
    const followed = followApplications(repo, applications, folders, repoURLs, kindOf, known);
    findings.push(...followed.findings);
    if (config.targets.roots.length === 0)
        for (const t of folders.values())
            if (t.origin !== "root")
                namesFromApplications(t, applications);
    const targets = [...folders.values(), ...followed.targets.filter((t) => !excluded(t.id))].sort((a, b) => a.id.localeCompare(b.id));
    const configured = config.environments.length > 0;
    const environments = configured ? config.environments : orderEnvironments(targets.map((t) => t.env));
    const graphs = new Map();
    const byId = new Map(targets.map((t) => [t.id, t]));
    const model = {
        repo,
        config,
        environments,
        environmentsConfigured: configured,
        targets,
        applications,
        applicationSets,
        skipped,
        findings,
        repoURLs,
        argoFiles: scan.argoFiles,
        outputDirs,
        loadedAt,
        graph(id) {
            let g = graphs.get(id);
            if (!g) {
                const t = byId.get(id);
                g = t ? inputGraph(t, repo, read) : inputGraph({ applications: [], specs: [] }, repo, read);
                graphs.set(id, g);
            }
            return g;
        },
        read,
    };
    if (configFile)
        model.configFile = configFile;
    // A DR env left out of the chain follows its primary (promotion takes it along): not unknown.
    if (configured)
        findings.push(...unknownEnvs(targets, environments, () => drFollowers(model)));
    return model;
}
/** The DR envs a configured chain leaves out that stand in for an env it holds. */
function drFollowers(model) {
    const envs = model.environments;
    return new Set([...drEnvPrimaries(model)]
        .filter(([dr, primaries]) => !envs.includes(dr) && primaries.some((p) => envs.includes(p)))
        .map(([dr]) => dr));
}
function checkRepo(repoDir) {
    const repo = (0,external_node_path_.resolve)(repoDir);
    let st;
    try {
        st = (0,external_node_fs_.statSync)(repo);
    }
    catch {
        throw new src_errors/* UserError */.yo(`repository folder ${repoDir} does not exist`, repoDir);
    }
    if (!st.isDirectory())
        throw new src_errors/* UserError */.yo(`repository path ${repoDir} is not a folder`, repoDir);
    return repo;
}
/** `render/` and the chosen output folder, relative to the repo, when inside it. */
function outputFolders(repo, outDir) {
    const out = ["render"];
    if (outDir) {
        const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), (0,external_node_path_.resolve)(outDir)).split("\\").join("/");
        if (rel && !rel.startsWith("..") && !out.includes(rel))
            out.push(rel);
    }
    return out;
}
function folderTarget(repo, id, kind, origin) {
    const dir = (0,external_node_path_.resolve)(repo, id);
    return {
        id,
        env: "",
        kind,
        source: id,
        dir,
        specs: [specFor(kind, dir, id.split("/").at(-1) ?? id)],
        applications: [],
        origin,
        reasons: [],
    };
}
/** How a folder target renders, by kind. */
function specFor(kind, dir, releaseName) {
    if (kind === "kustomize")
        return { type: "kustomize", dir };
    if (kind === "helm")
        return { type: "helm", chartDir: dir, releaseName, valueFiles: [] };
    return { type: "directory", dir, recurse: false };
}
/** Charts an Application renders with its own values: the Application is the target, not the chart. */
function chartsWrappedByApplications(repo, apps, repoURLs) {
    const out = new Set();
    for (const app of apps) {
        for (const s of app.sources) {
            if (s.path !== undefined && !s.chart && isLocal(s, repo, repoURLs))
                out.add(cleanPath(s.path));
        }
    }
    return out;
}
/** A folder target whose path names no env or service takes them from the Applications that deploy it. */
function namesFromApplications(t, apps) {
    const deploying = apps.filter((a) => t.applications.some((r) => r.name === a.name && r.file === a.file));
    for (const app of deploying) {
        if (!t.env) {
            const named = app.env
                ? { env: app.env, why: `env "${app.env}": Application ${app.name} that deploys it` }
                : envFromApplication(app);
            if (named) {
                t.env = named.env;
                t.reasons.push(named.why);
            }
        }
        if (!t.service && t.env && !platformFolder(t.source)) {
            const service = stripEnv(app.name, t.env);
            if (service !== app.name) {
                t.service = service;
                t.reasons.push(`service "${service}": the name of Application ${app.name} without its env`);
            }
        }
    }
}
/** Top folders of platform config: what they deploy belongs to the platform, not to a service. */
const PLATFORM_FOLDERS = new Set([
    "clusters",
    "cluster",
    "environments",
    "infrastructure",
    "infra",
    "platform",
    "argo-apps",
    "argocd",
    "bootstrap",
    "system",
    "policies",
]);
function platformFolder(path) {
    return PLATFORM_FOLDERS.has(path.split("/")[0] ?? "");
}
function expandSet(repo, set, clusters, repoURLs, outputDirs, pullRequest, findings) {
    const result = expandApplicationSet(set.value, {
        repo,
        isLocalRepo: (url) => repoURLs.length === 0 || sameRepo(url, repoURLs),
        clusters,
        ...(pullRequest ? { pullRequest } : {}),
        excluded: outputDirs,
    });
    const at = { file: set.file, line: set.line };
    // Messages name their ApplicationSet; one that does not gets its name in front.
    const named = (m) => m.startsWith(`ApplicationSet ${set.name}`) ? m : `ApplicationSet ${set.name}: ${m}`;
    for (const message of result.notes) {
        // Previews: with no pull request given, generating nothing is the expected case, not news.
        // The set still counts as needing the SCM (`incomplete`), so lint reads its template.
        if (message.endsWith(NO_PULL_REQUEST))
            continue;
        findings.push({
            tool: "render",
            rule: "applicationset-live",
            severity: "notice",
            message: named(message),
            ...at,
        });
    }
    for (const message of result.errors)
        findings.push({
            tool: "render",
            rule: "applicationset",
            severity: "error",
            message: named(message),
            ...at,
        });
    const apps = [];
    for (const g of result.applications) {
        const app = asApplication(g.manifest, set.file, set.line, set.name);
        if (!app)
            continue;
        app.inputs = [...result.inputs.files];
        apps.push(app);
    }
    return { apps, incomplete: result.notes.length > 0 || result.errors.length > 0 };
}
/**
 * One warning per env that is not among the configured environments, naming its targets; not for
 * the envs `followers` gives (asked only when some env is unknown: it reads the cluster Secrets).
 */
function unknownEnvs(targets, environments, followers) {
    const byEnv = new Map();
    for (const t of targets) {
        if (!t.env || environments.includes(t.env))
            continue;
        const ids = byEnv.get(t.env) ?? [];
        ids.push(t.id);
        byEnv.set(t.env, ids);
    }
    if (byEnv.size > 0)
        for (const env of followers())
            byEnv.delete(env);
    return [...byEnv].map(([env, ids]) => ({
        tool: "layout",
        rule: "unknown-env",
        severity: "warning",
        message: `env "${env}" (${ids.length} target(s): ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ", …" : ""}) is not one of the environments (${environments.join(", ")}); add it to "environments" in ${CONFIG_FILE}`,
        file: ids[0] ?? CONFIG_FILE,
        target: ids[0] ?? "",
    }));
}
/**
 * URLs of the checkout's remotes, for matching Application repoURLs. A remote on the local disk
 * (a mirror, a bare repo) is no name Argo CD could use, so it is left out.
 */
async function remoteUrls(repo) {
    const r = await git(repo, ["config", "--get-regexp", "^remote\\..*\\.url$"]);
    if (r.code !== 0)
        return [];
    return r.stdout
        .split("\n")
        .map((l) => l.split(" ").slice(1).join(" ").trim())
        .filter((u) => u && !/^(\/|\.|~|file:)/i.test(u));
}

;// CONCATENATED MODULE: ./packages/core/src/shards.ts

/** Most shards a plan may ask for: GitHub caps a matrix at 256 jobs. */
const MAX_SHARDS = 256;
/**
 * Splits targets into `count` shards for a CI matrix. Targets are dealt in id
 * order, round-robin, so each shard gets a similar mix of envs and services and
 * the same repo always gives the same plan. Empty shards are dropped.
 */
function planShards(targets, count) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
        throw new UserError(`shard count must be an integer from 1 to ${MAX_SHARDS}, got ${count}`);
    }
    const ids = targets.map((t) => t.id).sort();
    const shards = Array.from({ length: Math.min(count, ids.length) }, () => []);
    ids.forEach((id, i) => shards[i % shards.length]?.push(id));
    return shards;
}
/**
 * Keeps the layout's targets whose env (and service, when given) is in the
 * filters; empty filters keep all. A name the repo does not know is a
 * `UserError` listing the names it does know.
 */
function filterTargets(layout, filters) {
    const envs = filters.environments ?? [];
    const services = filters.services ?? [];
    const knownEnvs = new Set([...layout.environments, ...layout.targets.map((t) => t.env)].filter(Boolean));
    const knownServices = new Set(layout.targets.flatMap((t) => (t.service ? [t.service] : [])));
    for (const env of envs) {
        if (!knownEnvs.has(env))
            throw new src_errors/* UserError */.yo(`unknown environment "${env}"; known: ${[...knownEnvs].join(", ")}`);
    }
    for (const svc of services) {
        if (!knownServices.has(svc)) {
            throw new src_errors/* UserError */.yo(`unknown service "${svc}"; known: ${[...knownServices].sort().join(", ") || "(none)"}`);
        }
    }
    return layout.targets.filter((t) => (envs.length === 0 || envs.includes(t.env)) &&
        (services.length === 0 || (t.service !== undefined && services.includes(t.service))));
}

;// CONCATENATED MODULE: ./packages/render/src/changes.ts

/**
 * Paths (relative to `repo`) that differ between `ref` and the working tree:
 * committed, staged and unstaged changes, deletions under both names (no
 * rename pairing), and untracked files. Limited to `repo` when it is a
 * subfolder of a larger checkout.
 */
async function changedFiles(repo, ref) {
    const commit = await resolveCommit(repo, ref, "--changed-since");
    const diff = await gitOk(repo, ["diff", "--name-only", "--no-renames", "--relative", "-z", commit, "--", "."], "git diff");
    const untracked = await gitOk(repo, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."], "git ls-files");
    const all = new Set([...diff.split("\0"), ...untracked.split("\0")].filter(Boolean));
    return [...all].sort();
}

;// CONCATENATED MODULE: ./packages/render/src/graph.ts
// The input graph belongs to the repository model (core): changed-only render, changelog
// attribution and the cache all ask it. Re-exported for render's modules.


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

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** The suite's version; a test keeps it equal to package.json's. */
const version_VERSION = "0.1.0";

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
            gitops: version_VERSION,
            code: code_codeIdentity(),
            tools: { kustomize: k ? `${k.kind} ${kustomize}` : "", helm },
            options: o.options,
            config: hasher.file(CONFIG_FILE),
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
            return key_cacheKey({
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
            if (err instanceof files_Unhashable)
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
        if (!this.hasher.unchangedDuringRun([CONFIG_FILE, ...inputFiles(graph)], graph.dirs))
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
        identity = key_cacheKey({ real, size: st.size, mtime: st.mtimeMs, ino: st.ino, args });
    }
    catch {
        return "unknown";
    }
    const known = store.get("tool", identity);
    if (known !== undefined)
        return known;
    const result = await runTool(path, args, { timeoutMs: Math.min(timeoutMs, 30_000) });
    // A version that cannot be read keys as the binary itself: never shared with another, and not
    // remembered, so a tool that hung once is asked again next run.
    if (result.code !== 0)
        return `unreadable ${identity}`;
    const version = result.stdout.trim();
    store.put("tool", identity, version);
    return version;
}

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
        const parsed = loadYamlFile(path, display);
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
        throw new src_errors/* UserError */.yo(`${display} is a symlink to nothing (its target does not exist)`, display);
    }
    const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), target);
    if (inside === ".." || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside)) {
        throw new src_errors/* UserError */.yo(`${display} is a symlink to a path outside the repository, which Argo CD refuses; copy the file into the repository`, display);
    }
    return MANIFEST.test(name) && (0,external_node_fs_.statSync)(target).isFile();
}

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
        return await runTool(helm, helmArgs(spec, scratch, opts.kubeVersion), {
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
    return runTool(tool.path, args, {
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
function screenInputs(graph, repo, read = readDocuments) {
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
        if (!(err instanceof src_errors/* UserError */.yo))
            throw err;
    }
    try {
        loadYamlFile(path, display);
        return undefined;
    }
    catch (err) {
        if (!(err instanceof src_errors/* UserError */.yo))
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
    return from !== undefined && URL_LIKE.test(from) ? { name: from, reference: from } : undefined;
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



const tool_errors_KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
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
        return { message: remote.message, file: tool_errors_rel(repo, k), ...lineOf(k, remote.reference) };
    }
    const malformed = /MalformedYAMLError: yaml: line (\d+): (.+?) in File: (\S+)/.exec(text);
    if (malformed) {
        const file = resolveIn(at, malformed[3] ?? "");
        return { message: `invalid YAML: ${malformed[2]}`, file: tool_errors_rel(repo, file), line: Number(malformed[1]) };
    }
    const invalid = /invalid Kustomization: yaml: line (\d+): (.+)$/m.exec(text);
    if (invalid) {
        return {
            message: `invalid kustomization: ${invalid[2]}`,
            file: tool_errors_rel(repo, kustomizationFile(at)),
            line: Number(invalid[1]),
        };
    }
    const security = /security; file '([^']+)' is not in or below '([^']+)'/.exec(text);
    if (security) {
        const k = kustomizationFile(at);
        return {
            message: `${tool_errors_rel(repo, security[1] ?? "")} is outside the kustomization root ${tool_errors_rel(repo, security[2] ?? "")} (load restrictions are on)`,
            file: tool_errors_rel(repo, k),
            ...lineOf(k, security[1] ?? ""),
        };
    }
    const missing = /(?:lstat|open|stat) ([^:']+): no such file or directory/.exec(text);
    if (missing) {
        const k = kustomizationFile(at);
        const ref = from ?? (0,external_node_path_.relative)(at, missing[1] ?? "");
        return {
            message: `'${ref}' does not exist (${tool_errors_rel(repo, missing[1] ?? "")})`,
            file: tool_errors_rel(repo, k),
            ...lineOf(k, ref),
        };
    }
    const network = /(unable to fetch|failed to run '\/usr\/bin\/git|git cmd = |dial tcp|no such host|could not resolve host)/i.exec(text);
    if (network)
        return {
            message: `remote resource could not be fetched: ${scrubPaths(lastClause(text), repo)}`,
            file: tool_errors_rel(repo, kustomizationFile(at)),
        };
    return { message: scrubPaths(lastClause(text), repo), file: tool_errors_rel(repo, kustomizationFile(at)) };
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
            file: tool_errors_rel(repo, values[1] ?? ""),
            line: Number(values[2]),
        };
    return {
        message: scrubPaths(text.split("\n")[0] ?? text, repo),
        file: tool_errors_rel(repo, (0,external_node_path_.join)(chartDir, "Chart.yaml")),
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
    return tool_errors_rel(repo, (0,external_node_path_.join)(chartDir, inChart));
}
function kustomizationFile(dir) {
    for (const f of tool_errors_KUSTOMIZATION_FILES)
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
function tool_errors_rel(repo, path) {
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
            out = { message: scrubPaths((0,src_errors/* messageOf */.bD)(err), ctx.repo), ...errorLocation(err) };
        }
        if (typeof out !== "string")
            return fail(out, out.rule);
        parts.push(out.endsWith("\n") || out === "" ? out : out + "\n");
    }
    const yaml = parts.join(parts.length > 1 ? "---\n" : "");
    try {
        const parsed = parseRenderedYaml(yaml, `render/${target.id}.yaml`);
        const resources = parsed.filter((d) => isResource(d.value)).length;
        return { ok: true, yaml, resources, ms: performance.now() - started };
    }
    catch (err) {
        return fail({ message: `renders unreadable YAML: ${(0,src_errors/* messageOf */.bD)(err)}` });
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

;// CONCATENATED MODULE: ./packages/render/src/tools.ts

/**
 * Finds kustomize (or kubectl) and helm when the selected targets need them.
 * Missing ones end the run with exit 2, naming each and how to install it.
 */
function locateRenderTools(need, config, env = process.env) {
    const missing = [];
    const tools = {};
    const helm = need.helm || need.kustomize ? findTool("helm", env) : undefined;
    if (need.helm && !helm)
        missing.push("helm");
    if (helm)
        tools.helm = helm;
    if (need.kustomize) {
        const kustomize = config.kustomize !== "kubectl" ? findTool("kustomize", env) : undefined;
        const kubectl = config.kustomize !== "kustomize" && !kustomize ? findTool("kubectl", env) : undefined;
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
        throw missingToolsError(missing, "render the targets");
    return tools;
}

;// CONCATENATED MODULE: ./packages/render/src/render.ts
















/** The repository model {@link render} loads when it is given none. */
function renderModel(options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir ?? (0,external_node_path_.join)(options.repo, "render"));
    return loadModel(options.repo, { outDir, ...(options.env ? { env: options.env } : {}) });
}
/**
 * Renders targets into `render/<id>.yaml` and `render/index.json`. Each target
 * fails alone: its failure becomes a Finding and the others go on. Outputs are
 * written atomically and byte-for-byte deterministic; outputs of targets that
 * no longer exist are removed.
 */
async function render_render(options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir ?? (0,external_node_path_.join)(options.repo, "render"));
    const layout = options.model ?? (await renderModel(options));
    const repo = layout.repo;
    const config = layout.config.render;
    filterTargets(layout, { environments: options.environments, services: options.services });
    // A required check that renders nothing would pass vacuously: a repo (or a
    // .gitops.yaml) with no targets at all is a setup mistake, so say where we looked.
    if (layout.targets.length === 0)
        throw noTargets(layout);
    // Every discovered target keeps its line in the index; filters only choose what renders.
    const targets = layout.targets;
    const graphs = new Map(targets.map((t) => [t.id, layout.graph(t.id)]));
    const selectedIds = new Set(targets.filter((t) => selected(t, options)).map((t) => t.id));
    let chosen = new Set(targets.filter((t) => !t.skipReason && selectedIds.has(t.id)).map((t) => t.id));
    if (options.changedSince !== undefined || options.changedPaths !== undefined) {
        const changed = options.changedPaths ?? (await changedFiles(repo, options.changedSince ?? "HEAD"));
        // The config decides what everything renders with: a change to it renders all.
        if (!changed.includes(".gitops.yaml"))
            chosen = intersect(chosen, affectedTargets(targets, graphs, changed));
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
                writeAtomic(outputPath(outDir, t.id), outcome.yaml);
            }
            catch (err) {
                writeFailure ??= { id: t.id, message: (0,src_errors/* messageOf */.bD)(err) };
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
        writeAtomic(index, formatIndex({ targets: results.map(withoutTime) }));
    }
    catch (err) {
        // An old index would vouch for outputs it does not describe.
        removeQuietly(index);
        const shown = relativeTo(repo, index);
        throw new src_errors/* UserError */.yo(`${shown}: cannot write: ${(0,src_errors/* messageOf */.bD)(err)}`, shown);
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
        writeAtomic(index, formatIndex({ targets: entries }));
    }
    catch {
        // render/ itself refuses changes: the old index then stays, older than the inputs, so stale.
        removeQuietly(index);
    }
    throw new src_errors/* UserError */.yo(`${shown}: cannot write: ${failure.message}; the run stopped (${written} of ${toRender.length} target(s) written, render/index.json lists what is on disk)`, shown);
}
function removeQuietly(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { force: true });
    }
    catch {
        // A folder that refuses the removal refused the write too; the index does not list it.
    }
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./packages/render/src/argo.ts
// Argo CD Application helpers live with the repository model in core; re-exported for render's modules.


;// CONCATENATED MODULE: ./packages/render/src/diff/resources.ts


/** Splits rendered YAML into objects by key; documents without kind/name are ignored. */
function splitResources(yaml, label) {
    const out = new Map();
    for (const d of parseRenderedYaml(yaml, label)) {
        const v = d.value;
        if (!applications_isObject(v) || typeof v.kind !== "string" || typeof v.apiVersion !== "string")
            continue;
        const meta = applications_isObject(v.metadata) ? v.metadata : {};
        const name = typeof meta.name === "string" ? meta.name : "";
        const namespace = typeof meta.namespace === "string" ? meta.namespace : undefined;
        const key = `${v.apiVersion}/${v.kind}/${namespace ?? ""}/${name}`;
        const r = { key, apiVersion: v.apiVersion, kind: v.kind, name, value: v };
        if (namespace)
            r.namespace = namespace;
        out.set(key, r);
    }
    return out;
}
/**
 * Replaces the values of a Secret's `data` and `stringData` with markers, so
 * a diff shows which keys were added, removed or changed but never a value or
 * anything derived from it. Other kinds pass through.
 */
function redactSecrets(base, head) {
    if ((base ?? head)?.kind !== "Secret")
        return [base?.value, head?.value];
    // Head marks a changed value, base does not: the two texts differ exactly where the values do.
    const redact = (r, other, side) => {
        if (!r)
            return undefined;
        const copy = { ...r.value };
        for (const field of ["data", "stringData"]) {
            const mine = r.value[field];
            if (!applications_isObject(mine))
                continue;
            const theirs = other && applications_isObject(other.value[field]) ? other.value[field] : {};
            copy[field] = Object.fromEntries(Object.keys(mine).map((k) => [
                k,
                side === "head" && k in theirs && mine[k] !== theirs[k] ? "<redacted: changed>" : "<redacted>",
            ]));
        }
        return copy;
    };
    return [redact(base, head, "base"), redact(head, base, "head")];
}

;// CONCATENATED MODULE: ./packages/render/src/diff/compare.ts



/**
 * Compares one target's rendered YAML at base and head, object by object
 * (apiVersion/kind/namespace/name), so reordering alone is not a change.
 */
function compareTarget(meta, baseYaml, headYaml) {
    const base = baseYaml === undefined
        ? new Map()
        : splitResources(baseYaml, `base:${meta.id}`);
    const head = headYaml === undefined
        ? new Map()
        : splitResources(headYaml, `head:${meta.id}`);
    const changes = [];
    for (const key of [...new Set([...base.keys(), ...head.keys()])].sort()) {
        const b = base.get(key);
        const h = head.get(key);
        const [bv, hv] = redactSecrets(b, h);
        const before = bv === undefined ? "" : (0,dist/* stringify */.As)(bv, { lineWidth: 0, sortMapEntries: false });
        const after = hv === undefined ? "" : (0,dist/* stringify */.As)(hv, { lineWidth: 0, sortMapEntries: false });
        if (before === after)
            continue;
        const r = (h ?? b);
        const change = !b ? "added" : !h ? "removed" : "changed";
        const lines = (0,create/* createTwoFilesPatch */.ss)(`a/${key}`, `b/${key}`, before, after, "", "", { context: 3 }).split("\n");
        // jsdiff opens with "Index:"/"===" lines that `git diff` readers don't expect.
        const patch = lines
            .slice(Math.max(0, lines.findIndex((l) => l.startsWith("--- "))))
            .join("\n");
        const entry = { key, kind: r.kind, name: r.name, change, patch };
        if (r.namespace)
            entry.namespace = r.namespace;
        changes.push(entry);
    }
    if (changes.length === 0)
        return undefined;
    const status = baseYaml === undefined ? "added" : headYaml === undefined ? "removed" : "changed";
    const diff = { id: meta.id, env: meta.env, status, changes };
    if (meta.service)
        diff.service = meta.service;
    return diff;
}

;// CONCATENATED MODULE: ./packages/render/src/diff/markdown.ts
/** GitHub refuses comments over 65,536 characters; leave room for the marker line. */
const COMMENT_LIMIT = 65_000;
/**
 * The rendered diff as pull-request markdown: counts per env and service, then
 * a collapsible section per target with a unified YAML diff per changed
 * object. It stays within `limit`: sections that do not fit are listed by name
 * only, with a pointer to the full diff file.
 */
function diffMarkdown(diffs, opts = {}) {
    const limit = opts.limit ?? COMMENT_LIMIT;
    const head = [`### ${opts.title ?? "Rendered manifests diff"}`, ""];
    if (diffs.length === 0)
        return [...head, "No rendered manifest changes.", ""].join("\n");
    head.push(countsTable(diffs), "");
    let out = head.join("\n");
    const omitted = [];
    const tailReserve = 600; // room for the truncation note itself
    for (const [i, d] of diffs.entries()) {
        const section = targetSection(d);
        const remainingNames = diffs.slice(i).reduce((n, x) => n + x.id.length + 8, 0);
        if (omitted.length === 0 && out.length + section.length + tailReserve + remainingNames <= limit) {
            out += section;
        }
        else {
            omitted.push(d.id);
        }
    }
    if (omitted.length > 0) {
        const where = opts.fullDiffPath ? ` The full diff is in \`${opts.fullDiffPath}\`.` : "";
        let note = `\n> [!NOTE]\n> The diff was cut to fit a comment: ${omitted.length} more target(s) changed.${where}\n\n`;
        for (const id of omitted) {
            const line = `- \`${id}\`\n`;
            if (out.length + note.length + line.length > limit)
                break;
            note += line;
        }
        out += note;
    }
    return out;
}
function countsTable(diffs) {
    const rows = new Map();
    for (const d of diffs) {
        const key = `${d.env || "-"}\u0000${d.service ?? "(platform)"}`;
        const row = rows.get(key) ?? { added: 0, changed: 0, removed: 0 };
        for (const c of d.changes)
            row[c.change] += 1;
        rows.set(key, row);
    }
    const lines = ["| Env | Service | Added | Changed | Removed |", "| --- | --- | ---: | ---: | ---: |"];
    for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
        const [env = "", service = ""] = key.split("\u0000");
        lines.push(`| ${env} | ${service} | ${r.added} | ${r.changed} | ${r.removed} |`);
    }
    return lines.join("\n");
}
function targetSection(d) {
    const counts = ["added", "changed", "removed"]
        .map((k) => [k, d.changes.filter((c) => c.change === k).length])
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(", ");
    const body = d.changes
        .map((c) => {
        const name = c.namespace ? `${c.kind} ${c.namespace}/${c.name}` : `${c.kind} ${c.name}`;
        const fence = fenceFor(c.patch);
        return `**${escapeInline(name)}** (${c.change})\n\n${fence}diff\n${c.patch.trimEnd()}\n${fence}\n`;
    })
        .join("\n");
    return `<details><summary><code>${escapeHtml(d.id)}</code> (${d.status}: ${counts})</summary>\n\n${body}\n</details>\n\n`;
}
/** A code fence longer than any backtick run inside, so a manifest cannot close it early. */
function fenceFor(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return "`".repeat(longest + 1);
}
function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeInline(s) {
    return escapeHtml(s).replace(/([\\`*_[\]|])/g, "\\$1");
}

;// CONCATENATED MODULE: ./packages/render/src/diff/run.ts












/**
 * Renders the merge-base (in a temporary git worktree) and the working tree,
 * only for the targets the change can affect, and compares them per target
 * and per object. Writes the complete markdown to `render/diff.md`.
 */
async function diffRendered(options) {
    const top = await gitTopLevel(options.repo);
    if (!top)
        throw new src_errors/* UserError */.yo(`diff: ${options.repo} is not inside a git repository`);
    const baseCommit = await resolveCommit(options.repo, options.base, "diff --base");
    const mergeBase = (await gitOk(options.repo, ["merge-base", "--end-of-options", baseCommit, "HEAD"], `diff: no merge-base between ${options.base} and HEAD`)).trim();
    const changed = await changedFiles(options.repo, mergeBase);
    const model = await loadModel(options.repo, options.env ? { env: options.env } : {});
    // A target that needs a remote base or chart renders on neither side without network; when
    // the change touches none of its local files it cannot differ, so it is a notice, not two errors.
    const unreachable = model.config.render.allowNetwork
        ? []
        : model.targets.filter((t) => model.graph(t.id).remote.length > 0 && !touches(model.graph(t.id), changed));
    const skip = new Set(unreachable.map((t) => t.id));
    const onlyOf = (ids) => new Set(ids.filter((id) => !skip.has(id) && (!options.only || options.only.has(id))));
    const common = {
        changedPaths: changed,
        env: options.env,
        concurrency: options.concurrency,
        environments: options.environments,
        services: options.services,
        ...(options.cache !== undefined ? { cache: options.cache } : {}),
    };
    const head = await render_render({
        repo: options.repo,
        model,
        only: onlyOf(model.targets.map((t) => t.id)),
        ...common,
    });
    const notices = unreachable.map((t) => ({
        tool: "render",
        rule: "diff-remote-unchanged",
        severity: "notice",
        message: `${t.id}: needs remote ${model.graph(t.id).remote.join(", ")} and the change touches none of its files; not compared (network access is off)`,
        target: t.id,
        file: t.source,
    }));
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-diff-"));
    const worktree = (0,external_node_path_.join)(scratch, "base");
    try {
        await gitOk(top, ["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, mergeBase], "diff: cannot check out the merge-base");
        const baseRepo = (0,external_node_path_.join)(worktree, (0,external_node_path_.relative)(top, head.layout.repo));
        const baseOut = (0,external_node_path_.join)(scratch, "render");
        // A base from before the repo had a .gitops.yaml renders with the head's, so both sides
        // are found and rendered the same way.
        const headConfig = (0,external_node_path_.join)(head.layout.repo, CONFIG_FILE);
        if ((0,external_node_fs_.existsSync)(baseRepo) && (0,external_node_fs_.existsSync)(headConfig) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(baseRepo, CONFIG_FILE)))
            (0,external_node_fs_.copyFileSync)(headConfig, (0,external_node_path_.join)(baseRepo, CONFIG_FILE));
        const baseModel = (0,external_node_fs_.existsSync)(baseRepo)
            ? await loadModel(baseRepo, { outDir: baseOut, ...(options.env ? { env: options.env } : {}) })
            : undefined;
        // A base with nothing to render (the change adds the first targets) compares as empty.
        const base = baseModel && baseModel.targets.length > 0
            ? await render_render({
                repo: baseRepo,
                outDir: baseOut,
                model: baseModel,
                only: onlyOf(baseModel.targets.map((t) => t.id)),
                ...common,
            })
            : undefined;
        const diffs = compareAll(head, base);
        const fullDiffFile = (0,external_node_path_.join)(head.outDir, "diff.md");
        const rel = (0,external_node_path_.relative)(head.layout.repo, fullDiffFile).split("\\").join("/");
        writeAtomic(fullDiffFile, diffMarkdown(diffs, { limit: Number.POSITIVE_INFINITY }));
        const markdown = diffMarkdown(diffs, { limit: options.limit ?? COMMENT_LIMIT, fullDiffPath: rel });
        // The base lives in a temporary worktree: its findings name files as the repo does.
        const scrub = (text) => text
            .split(baseRepo + "/")
            .join("")
            .split(baseRepo)
            .join(".")
            .split(scratch)
            .join("<base>");
        const findings = [
            ...notices,
            ...head.findings,
            ...(base?.findings ?? []).map((f) => ({
                ...f,
                message: `base: ${scrub(f.message)}`,
                ...(f.file ? { file: scrub(f.file) } : {}),
            })),
        ];
        return { mergeBase, diffs, markdown, fullDiffFile, findings, head };
    }
    finally {
        await git(top, ["worktree", "remove", "--force", "--end-of-options", worktree]);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** True when a changed path is one of the graph's local files or inside one of its folders. */
function touches(g, changed) {
    return changed.some((c) => g.files.has(c) || [...g.dirs].some((d) => d === "" || c.startsWith(`${d}/`)));
}
function compareAll(head, base) {
    const ids = new Set([...head.rendered, ...(base?.rendered ?? [])]);
    const diffs = [];
    for (const id of [...ids].sort()) {
        const h = head.targets.find((t) => t.id === id);
        const b = base?.targets.find((t) => t.id === id);
        // A side that failed to render is reported as a finding, not as "everything removed".
        if (h?.status === "failed" || b?.status === "failed")
            continue;
        const headYaml = h?.status === "ok" ? (0,external_node_fs_.readFileSync)(outputPath(head.outDir, id), "utf8") : undefined;
        const baseYaml = b?.status === "ok" && base ? (0,external_node_fs_.readFileSync)(outputPath(base.outDir, id), "utf8") : undefined;
        const meta = h ?? b;
        if (!meta)
            continue;
        const d = compareTarget({ id, env: meta.env, ...(meta.service ? { service: meta.service } : {}) }, baseYaml, headYaml);
        if (d)
            diffs.push(d);
    }
    return diffs;
}

;// CONCATENATED MODULE: ./packages/render/src/summary.ts
/**
 * Job-summary markdown for a render: targets per env with their status and
 * resource counts, failed targets first. Findings get their own table from
 * core's reporters; this is the overview above it.
 */
function renderSummaryMarkdown(report) {
    const failed = report.targets.filter((t) => t.status === "failed");
    const ok = report.targets.filter((t) => t.status === "ok");
    const icon = failed.length > 0 ? "❌" : "✅";
    const lines = [
        "### gitops render",
        "",
        `${icon} ${ok.length} rendered, ${failed.length} failed, ${report.targets.length - report.rendered.length} unchanged or filtered out; ` +
            `${ok.reduce((n, t) => n + t.resources, 0)} resource(s) rendered.`,
        "",
    ];
    const shown = [...failed, ...ok];
    if (shown.length > 0) {
        lines.push("| Status | Target | Env | Service | Resources |", "| --- | --- | --- | --- | ---: |");
        for (const t of shown.slice(0, 500)) {
            const status = t.status === "failed" ? "❌ failed" : "✅ ok";
            lines.push(`| ${status} | \`${t.id}\` | ${t.env || "-"} | ${t.service ?? "-"} | ${t.resources} |`);
        }
        if (shown.length > 500)
            lines.push("", `${shown.length - 500} more targets not shown.`);
    }
    return lines.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./packages/render/src/ci.ts


/**
 * What the render action does, in one call: a pull request renders only the
 * targets its change affects, and with `diff` also the merge-base, giving the
 * rendered diff; elsewhere everything renders. The diff path renders head
 * itself, so the targets are rendered once either way.
 */
async function renderForCi(o) {
    const filters = {
        environments: o.environments,
        services: o.services,
        ...(o.cache !== undefined ? { cache: o.cache } : {}),
    };
    if (o.diff && o.changedSince !== undefined) {
        const diff = await diffRendered({
            repo: o.repo,
            base: o.changedSince,
            env: o.env,
            concurrency: o.concurrency,
            ...filters,
        });
        return { report: diff.head, diff };
    }
    const report = await render_render({
        repo: o.repo,
        changedSince: o.changedSince,
        concurrency: o.concurrency,
        env: o.env,
        ...filters,
    });
    return { report };
}

;// CONCATENATED MODULE: ./packages/render/src/private.ts




/**
 * Renders `only` into a temporary folder: a check scoped to a change (a pre-commit hook's staged
 * files) renders what the change feeds without turning the repository's render/ into a partial
 * render that a later `gitops lint` would take for a fresh one.
 */
async function renderPrivately(options) {
    const outDir = mkdtempSync(join(tmpdir(), "gitops-render-"));
    const dispose = () => {
        rmSync(outDir, { recursive: true, force: true });
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

;// CONCATENATED MODULE: ./packages/render/src/index.ts












/***/ })

};
