export const id = 523;
export const ids = [523];
export const modules = {

/***/ 2523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policySummaryMarkdown: () => (/* reexport */ policySummaryMarkdown),
  relativeToWorkspace: () => (/* reexport */ relativeToWorkspace),
  runPolicyCheck: () => (/* reexport */ runPolicyCheck)
});

// UNUSED EXPORTS: CI_USER, CelCompileError, CelEvalError, KindCatalog, applyWaivers, compileCel, conftestArgs, enforcementDrift, enforcementFor, fromCelValue, isExpired, kyvernoArgs, loadPolicies, loadWaivers, mapConftestOutput, mapKyvernoResults, parseReports, parseSelector, placementText, placements, runConftest, runKyverno, selectorMatches, synthesizeRequest, toCelValue

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
function yaml_parseYaml(text, file, limits = {}) {
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
function yaml_loadYamlFile(path, displayPath = path, limits = {}) {
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
    return yaml_parseYaml(decodeUtf8(bytes, displayPath), displayPath, lim);
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
function yaml_lineAt(file, document, path) {
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
const config_CONFIG_FILE = ".gitops.yaml";
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
    const path = (0,external_node_path_.join)(repoDir, config_CONFIG_FILE);
    if (!(0,external_node_fs_.existsSync)(path))
        return { config: structuredClone(DEFAULT_CONFIG) };
    const yaml = yaml_loadYamlFile(path, config_CONFIG_FILE);
    if (yaml.documents.length > 1) {
        throw new src_errors/* UserError */.yo(`${config_CONFIG_FILE}: expected one YAML document, found ${yaml.documents.length}`, config_CONFIG_FILE);
    }
    const document = yaml.documents[0];
    const raw = document?.value ?? {};
    validate ??= configValidator();
    if (!validate(raw)) {
        throw configError(validate.errors ?? [], yaml, document);
    }
    checkChain(raw.environments, yaml, document);
    return { config: mergeConfig(raw), file: config_CONFIG_FILE };
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
            const line = document ? yaml_lineAt(yaml, document, ["environments", i]) : undefined;
            throw new src_errors/* UserError */.yo(`${config_CONFIG_FILE}${line ? `:${line}` : ""}: "environments" names "${env}" twice; each env has one place in the chain`, config_CONFIG_FILE, line);
        }
    }
}
/** Turns the first ajv error into one message: file:line, the key path, and what is allowed. */
function configError(errors, yaml, document) {
    // Unknown keys first: they are the most common mistake and the easiest to fix.
    const err = errors.find((e) => e.keyword === "additionalProperties") ?? errors[0];
    if (!err)
        return new src_errors/* UserError */.yo(`${config_CONFIG_FILE}: invalid config`, config_CONFIG_FILE);
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
        ? yaml_lineAt(yaml, document, path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)))
        : undefined;
    return new src_errors/* UserError */.yo(`${config_CONFIG_FILE}${line ? `:${line}` : ""}: ${what}`, config_CONFIG_FILE, line);
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

// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/env.js + 11 modules
var env = __webpack_require__(611);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/parse.js + 3 modules
var parse = __webpack_require__(3340);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/plan.js + 9 modules
var plan = __webpack_require__(8217);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/error.js
var error = __webpack_require__(2108);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/ext/strings.js
var strings = __webpack_require__(5480);
// EXTERNAL MODULE: ./node_modules/@bufbuild/re2/dist/esm/index.js + 19 modules
var esm = __webpack_require__(2821);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/type.js
var esm_type = __webpack_require__(4540);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/map.js
var esm_map = __webpack_require__(724);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/list.js
var esm_list = __webpack_require__(9356);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/func.js
var func = __webpack_require__(8558);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/create.js
var create = __webpack_require__(6149);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/registry.js + 2 modules
var registry = __webpack_require__(370);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js + 1 modules
var descriptor_pb = __webpack_require__(6177);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
var reflect = __webpack_require__(1106);
;// CONCATENATED MODULE: ./packages/policy/src/cel/opaque.ts




const PAYLOAD = Symbol("gitops.cel.payload");
/** Creates an opaque CEL type named `pkg.Name`; `key` gives the canonical form used for `==`. */
function opaqueType(fullName, key) {
    const desc = messageDesc(fullName);
    const type = (0,esm_type/* objectType */.ge)(desc);
    return {
        type,
        name: fullName,
        wrap(value) {
            const message = (0,reflect/* reflect */.E4)(desc, (0,create/* create */.v)(desc, { key: key(value) }));
            Object.defineProperty(message, PAYLOAD, { value, enumerable: false });
            return message;
        },
        unwrap(v) {
            if (typeof v !== "object" || v === null || !(PAYLOAD in v))
                return undefined;
            const message = v;
            return message.desc.typeName === fullName ? message[PAYLOAD] : undefined;
        },
    };
}
function messageDesc(fullName) {
    const dot = fullName.lastIndexOf(".");
    const pkg = fullName.slice(0, dot);
    const name = fullName.slice(dot + 1);
    const file = (0,create/* create */.v)(descriptor_pb/* FileDescriptorProtoSchema */.tr, {
        name: `${fullName.replace(/\./g, "/")}.proto`,
        package: pkg,
        syntax: "proto3",
        messageType: [
            {
                name,
                field: [
                    {
                        name: "key",
                        number: 1,
                        type: descriptor_pb/* FieldDescriptorProto_Type */.P3.STRING,
                        label: descriptor_pb/* FieldDescriptorProto_Label */.TX.OPTIONAL,
                        jsonName: "key",
                    },
                ],
            },
        ],
    });
    const desc = (0,registry/* createFileRegistry */.uO)(file, () => undefined).getMessage(fullName);
    if (!desc)
        throw new Error(`cannot build the CEL type ${fullName}`);
    return desc;
}
/** The JavaScript value inside any opaque CEL value, with its type name; undefined for other values. */
function opaque_opaquePayload(v) {
    if (typeof v !== "object" || v === null || !(PAYLOAD in v))
        return undefined;
    const message = v;
    return { typeName: message.desc.typeName, value: message[PAYLOAD] };
}

// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/uint.js
var uint = __webpack_require__(6060);
;// CONCATENATED MODULE: ./packages/policy/src/cel/values.ts


/**
 * Converts a parsed manifest (plain JSON-like data) into CEL values once, so that
 * every expression evaluated against it shares the converted tree.
 *
 * Integral numbers become CEL `int` (bigint) the way Kubernetes decodes JSON into
 * int64, so `object.spec.replicas + 1` works; other numbers stay `double`.
 */
function toCelValue(value) {
    if (value === null || value === undefined)
        return null;
    switch (typeof value) {
        case "string":
        case "boolean":
        case "bigint":
            return value;
        case "number":
            return Number.isInteger(value) ? BigInt(value) : value;
        case "object":
            break;
        default:
            return null;
    }
    if (Array.isArray(value))
        return (0,esm_list/* celList */.bC)(value.map(toCelValue));
    if (value instanceof Date)
        return value.toISOString();
    const map = new Map();
    for (const [k, v] of Object.entries(value))
        map.set(k, toCelValue(v));
    return (0,esm_map/* celMap */.$I)(map);
}
/** A CEL value as plain JavaScript, for messages and notes (ints become numbers when safe). */
function fromCelValue(value) {
    if (value === undefined || value === null)
        return null;
    if (typeof value === "bigint") {
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (typeof value !== "object")
        return value;
    if (isCelUint(value))
        return fromCelValue(value.value);
    if (isCelList(value))
        return [...value].map(fromCelValue);
    if (isCelMap(value)) {
        const out = {};
        for (const [k, v] of value) {
            Object.defineProperty(out, String(isCelUint(k) ? k.value : k), {
                value: fromCelValue(v),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return out;
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString("base64");
    const opaque = opaquePayload(value);
    if (opaque?.typeName === "gitops.optional_type") {
        const o = opaque.value;
        return o.has ? fromCelValue(o.value) : null;
    }
    const key = value.message?.key;
    return typeof key === "string" ? key : celTypeName(value);
}
/** A short, stable, type-aware rendering of a CEL value: the identity of an optional's content. */
function celKey(value) {
    if (value === undefined)
        return "undefined";
    if (value === null)
        return "null";
    switch (typeof value) {
        case "bigint":
            return `i${value}`;
        case "number":
            return `d${value}`;
        case "string":
            return `s${JSON.stringify(value)}`;
        case "boolean":
            return `b${value}`;
        default:
            break;
    }
    if ((0,uint/* isCelUint */.p)(value))
        return `u${value.value}`;
    if ((0,esm_list/* isCelList */.B9)(value))
        return `[${[...value].map(celKey).join(",")}]`;
    if ((0,esm_map/* isCelMap */.hV)(value)) {
        const entries = [...value].map(([k, v]) => `${celKey(k)}:${celKey(v)}`).sort();
        return `{${entries.join(",")}}`;
    }
    if (value instanceof Uint8Array)
        return `y${Buffer.from(value).toString("hex")}`;
    return `o${String(value.desc?.typeName)}:${JSON.stringify(value.message ?? null, bigintSafe)}`;
}
function bigintSafe(_key, v) {
    return typeof v === "bigint" ? v.toString() : v;
}
/** The name of a value's CEL type, for error messages. */
function celTypeName(value) {
    if (value === undefined)
        return "undefined";
    if (value === null)
        return "null";
    switch (typeof value) {
        case "bigint":
            return "int";
        case "number":
            return "double";
        case "string":
            return "string";
        case "boolean":
            return "bool";
        default:
            break;
    }
    if ((0,uint/* isCelUint */.p)(value))
        return "uint";
    if ((0,esm_list/* isCelList */.B9)(value))
        return "list";
    if ((0,esm_map/* isCelMap */.hV)(value))
        return "map";
    if (value instanceof Uint8Array)
        return "bytes";
    return value.desc?.typeName ?? "object";
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/optional.ts



let serial = 0;
/**
 * Optionals holding a scalar compare by value; ones holding a list, map or message compare by
 * identity, so wrapping a whole manifest (`object.?spec`) never walks it to build a key.
 */
const OptionalType = opaqueType("gitops.optional_type", (o) => {
    if (!o.has)
        return "none";
    const v = o.value ?? null;
    return typeof v === "object" && v !== null ? `some:#${++serial}` : `some:${celKey(v)}`;
});
const OPT = OptionalType.type;
const { DYN, BOOL, STRING } = esm_type/* CelScalar */.ZR;
/** Internal functions the syntax rewrite turns `a.?b`, `a[?k]`, `[?x]` and `{?k: v}` into. */
const OPT_SELECT = "@optselect";
const OPT_INDEX = "@optindex";
const OPT_LIST = "@optlist";
const OPT_MAP = "@optmap";
const OPT_HAS = "@opthas";
/** `or`/`orValue` on a receiver that may not be optional (see `ast.ts`). */
const OPT_PICK = "@optpick";
const OPT_GET = "@optget";
function some(value) {
    return OptionalType.wrap({ has: true, value });
}
function none() {
    return OptionalType.wrap({ has: false });
}
/** Looks `key` up in a map or list (unwrapping an optional receiver): some(value) or none. */
function lookup(target, key) {
    const opt = OptionalType.unwrap(target);
    if (opt) {
        if (!opt.has)
            return none();
        target = opt.value ?? null;
    }
    if ((0,esm_map/* isCelMap */.hV)(target)) {
        const v = target.get(key);
        return v === undefined ? none() : some(v);
    }
    if ((0,esm_list/* isCelList */.B9)(target)) {
        if (typeof key !== "bigint" && typeof key !== "number")
            throw new Error("list index must be an int");
        const i = Number(key);
        if (!Number.isInteger(i) || i < 0 || i >= target.size)
            return none();
        return some(target.get(i) ?? null);
    }
    throw new Error(`optional selection is not supported on ${celTypeName(target)}`);
}
function zero(v) {
    if (v === null || v === false || v === "" || v === 0 || v === 0n)
        return true;
    if ((0,esm_list/* isCelList */.B9)(v) || (0,esm_map/* isCelMap */.hV)(v))
        return v.size === 0;
    if (v instanceof Uint8Array)
        return v.length === 0;
    return false;
}
function optional_self(v) {
    const o = OptionalType.unwrap(v);
    if (!o)
        throw new Error("not an optional");
    return o;
}
/** `optional.of/none/ofNonZeroValue`, `hasValue()`, `value()`, `orValue()`, `or()`, and the syntax helpers. */
const optionalFuncs = [
    (0,func/* celFunc */.V)("optional.of", [DYN], OPT, (v) => some(v)),
    (0,func/* celFunc */.V)("optional.none", [], OPT, () => none()),
    (0,func/* celFunc */.V)("optional.ofNonZeroValue", [DYN], OPT, (v) => (zero(v) ? none() : some(v))),
    (0,func/* celMethod */.y)("hasValue", OPT, [], BOOL, function () {
        return optional_self(this).has;
    }),
    (0,func/* celMethod */.y)("value", OPT, [], DYN, function () {
        const o = optional_self(this);
        if (!o.has)
            throw new Error("optional.none() dereference");
        return o.value ?? null;
    }),
    (0,func/* celMethod */.y)("orValue", OPT, [DYN], DYN, function (fallback) {
        const o = optional_self(this);
        return o.has ? (o.value ?? null) : fallback;
    }),
    (0,func/* celMethod */.y)("or", OPT, [OPT], OPT, function (other) {
        return OptionalType.wrap(optional_self(this).has ? optional_self(this) : optional_self(other));
    }),
    (0,func/* celFunc */.V)(OPT_SELECT, [DYN, STRING], OPT, (target, field) => lookup(target, field)),
    (0,func/* celFunc */.V)(OPT_INDEX, [DYN, DYN], OPT, (target, key) => lookup(target, key)),
    (0,func/* celFunc */.V)(OPT_HAS, [DYN, STRING], BOOL, (target, field) => optional_self(lookup(target, field)).has),
    // True when the receiver is kept: any non-optional value, or an optional holding a value.
    (0,func/* celFunc */.V)(OPT_PICK, [DYN], BOOL, (v) => OptionalType.unwrap(v)?.has ?? true),
    (0,func/* celFunc */.V)(OPT_GET, [DYN], DYN, (v) => {
        const o = OptionalType.unwrap(v);
        return o ? (o.value ?? null) : v;
    }),
    (0,func/* celFunc */.V)(OPT_LIST, [DYN], DYN, (list) => {
        if (!(0,esm_list/* isCelList */.B9)(list))
            throw new Error("invalid optional list");
        const out = [];
        for (const item of list) {
            const o = optional_self(item);
            if (o.has)
                out.push(o.value ?? null);
        }
        return out;
    }),
    (0,func/* celFunc */.V)(OPT_MAP, [DYN], DYN, (pairs) => {
        if (!(0,esm_list/* isCelList */.B9)(pairs))
            throw new Error("invalid optional map");
        const out = new Map();
        for (const pair of pairs) {
            if (!(0,esm_list/* isCelList */.B9)(pair))
                throw new Error("invalid optional map");
            const key = pair.get(0);
            const o = optional_self(pair.get(1) ?? null);
            if (typeof key !== "string" && typeof key !== "bigint" && typeof key !== "boolean")
                throw new Error("unsupported map key type");
            if (o.has)
                out.set(key, o.value ?? null);
        }
        return out;
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/nodes.ts
/**
 * Builders for CEL expression nodes (protobuf-es messages: plain objects tagged with
 * `$typeName`), used by the rewrites in `ast.ts`. New nodes take ids from `ids`.
 */
function newExpr(exprKind, ids) {
    ids.next += 1n;
    return { $typeName: "cel.expr.Expr", id: ids.next, exprKind };
}
/** A call of a global function. */
function callKind(fn, args) {
    return {
        case: "callExpr",
        value: { $typeName: "cel.expr.Expr.Call", function: fn, args },
    };
}
/** A call of a method on `target`. */
function methodKind(fn, target, args) {
    return { case: "callExpr", value: { $typeName: "cel.expr.Expr.Call", function: fn, target, args } };
}
/** A call of a global function, as a node. */
function callExpr(fn, args, ids) {
    return newExpr(callKind(fn, args), ids);
}
/** A list literal. */
function listExpr(elements, ids) {
    return newExpr({
        case: "listExpr",
        value: { $typeName: "cel.expr.Expr.CreateList", elements, optionalIndices: [] },
    }, ids);
}
/** An identifier. */
function identExpr(name, ids) {
    return newExpr({ case: "identExpr", value: { $typeName: "cel.expr.Expr.Ident", name } }, ids);
}
/** A string literal. */
function stringConst(value, ids) {
    return newExpr({
        case: "constExpr",
        // The Constant union has deprecated members (duration, timestamp); ours is not one of them.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        value: { $typeName: "cel.expr.Constant", constantKind: { case: "stringValue", value } },
    }, ids);
}
/** A bool literal. */
function boolConst(value, ids) {
    return newExpr({
        case: "constExpr",
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        value: { $typeName: "cel.expr.Constant", constantKind: { case: "boolValue", value } },
    }, ids);
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/syntax.ts
/**
 * CEL's optional syntax (`a.?b`, `a[?k]`, `[?x]`, `{?k: v}`) is not understood by the
 * @bufbuild/cel parser. Before parsing we rewrite each use into a placeholder the parser
 * accepts; `ast.ts` then turns the placeholders into calls of our optional functions.
 * The rewrite works on tokens, so text inside string literals is never touched.
 */
/** Placeholder prefixes and wrapper names, recognised again in the parsed AST. */
const PLACEHOLDER = {
    select: "__optsel__",
    index: "__optidx__",
    element: "__optelem__",
    key: "__optkey__",
};
const MULTI_PUNCT = ["==", "!=", "<=", ">=", "&&", "||"];
const KEYWORD_OPERATORS = new Set(["in"]);
/** Splits CEL source into tokens, keeping whitespace and comments so the text survives intact. */
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const rest = source.slice(i);
        const space = /^(\s+|\/\/[^\n]*)/.exec(rest);
        if (space) {
            tokens.push({ text: space[0], kind: "space" });
            i += space[0].length;
            continue;
        }
        const str = /^[rRbB]{0,2}('''|"""|'|")/.exec(rest);
        if (str?.[1]) {
            const end = stringEnd(source, i + str[0].length, str[1], /[rR]/.test(str[0].slice(0, -str[1].length)));
            tokens.push({ text: source.slice(i, end), kind: "string" });
            i = end;
            continue;
        }
        const num = /^(0x[0-9a-fA-F]+u?|\d+\.\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+u?)/.exec(rest);
        if (num) {
            tokens.push({ text: num[0], kind: "number" });
            i += num[0].length;
            continue;
        }
        const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
        if (ident) {
            tokens.push({ text: ident[0], kind: "ident" });
            i += ident[0].length;
            continue;
        }
        const multi = MULTI_PUNCT.find((p) => rest.startsWith(p));
        const text = multi ?? rest.charAt(0);
        tokens.push({ text, kind: "punct" });
        i += text.length;
    }
    return tokens;
}
function stringEnd(source, from, quote, raw) {
    let i = from;
    while (i < source.length) {
        if (!raw && source[i] === "\\") {
            i += 2;
            continue;
        }
        if (source.startsWith(quote, i))
            return i + quote.length;
        // A single-quoted string ends at a newline; let the parser report it.
        if (quote.length === 1 && source[i] === "\n")
            return i;
        i += 1;
    }
    return source.length;
}
/** True when `source` uses CEL's optional syntax and needs {@link rewriteOptionalSyntax}. */
function usesOptionalSyntax(source) {
    return /[.[{,]\s*\?/.test(source) && tokenize(source).some((t, i, all) => isOptionalMarker(all, i));
}
/** Rewrites optional syntax into placeholders; other source is returned unchanged. */
function rewriteOptionalSyntax(source) {
    const tokens = tokenize(source);
    const out = [];
    const stack = [];
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        const top = stack[stack.length - 1];
        if (tok.kind === "punct") {
            if (tok.text === "," && top) {
                out.push(top.pendingElement);
                top.pendingElement = "";
            }
            if (tok.text === ":" && top?.kind === "map" && top.pendingKey) {
                out.push(top.pendingKey);
                top.pendingKey = "";
            }
            if ((tok.text === ")" || tok.text === "]" || tok.text === "}") && top) {
                out.push(top.pendingElement, top.closeWith);
                stack.pop();
            }
        }
        if (tok.kind === "punct" && tok.text === "?" && isOptionalMarker(tokens, i)) {
            const before = previousSignificant(tokens, i);
            const marker = before === undefined ? "" : tokens[before].text;
            if (marker === ".") {
                // `.?field`: glue the placeholder to the field name that follows.
                const next = nextSignificant(tokens, i);
                if (next !== undefined) {
                    out.push(PLACEHOLDER.select);
                    i = next - 1;
                }
                continue;
            }
            if (top?.kind === "index" && marker === "[") {
                out.push(`${PLACEHOLDER.index}(`);
                top.closeWith = ")";
                continue;
            }
            if (top?.kind === "list") {
                out.push(`${PLACEHOLDER.element}(`);
                top.pendingElement = ")";
                continue;
            }
            if (top?.kind === "map") {
                out.push(`${PLACEHOLDER.key}(`);
                top.pendingKey = ")";
                continue;
            }
        }
        out.push(tok.text);
        if (tok.kind === "punct" && (tok.text === "(" || tok.text === "[" || tok.text === "{")) {
            stack.push({
                open: tok.text,
                kind: frameKind(tokens, i),
                closeWith: "",
                pendingElement: "",
                pendingKey: "",
            });
        }
    }
    return out.join("");
}
function frameKind(tokens, i) {
    const tok = tokens[i];
    if (tok.text === "(")
        return "paren";
    if (tok.text === "{")
        return "map";
    const before = previousSignificant(tokens, i);
    return before !== undefined && endsExpression(tokens[before]) ? "index" : "list";
}
/** A `?` right after `.`, `[`, `{` or `,` marks optional syntax; elsewhere it is the conditional. */
function isOptionalMarker(tokens, i) {
    const tok = tokens[i];
    if (tok.kind !== "punct" || tok.text !== "?")
        return false;
    const before = previousSignificant(tokens, i);
    if (before === undefined)
        return false;
    const prev = tokens[before];
    return prev.kind === "punct" && [".", "[", "{", ","].includes(prev.text);
}
function endsExpression(tok) {
    if (tok.kind === "ident")
        return !KEYWORD_OPERATORS.has(tok.text);
    if (tok.kind === "string" || tok.kind === "number")
        return true;
    return tok.text === ")" || tok.text === "]" || tok.text === "}";
}
function previousSignificant(tokens, i) {
    for (let j = i - 1; j >= 0; j--)
        if (tokens[j].kind !== "space")
            return j;
    return undefined;
}
function nextSignificant(tokens, i) {
    for (let j = i + 1; j < tokens.length; j++)
        if (tokens[j].kind !== "space")
            return j;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/ast.ts



/**
 * Rewrites a parsed expression in place:
 * - the optional-syntax placeholders of `syntax.ts` become calls of our optional functions,
 *   and a plain `.field` or `[i]` applied to an optional result stays optional, as in cel-go;
 * - `cel.bind(x, init, body)` becomes the comprehension cel-go's bind macro expands to;
 * - `x.orValue(d)` and `x.or(o)` become a form that, as cel-go's interpreter does, returns a
 *   non-optional `x` itself and evaluates `d`/`o` only when `x` is an empty optional.
 *
 * Expressions are protobuf-es messages: plain objects tagged with `$typeName`.
 */
function transformExpr(expr, ids) {
    const kind = expr.exprKind;
    switch (kind.case) {
        case "selectExpr": {
            const sel = kind.value;
            if (sel.operand)
                transformExpr(sel.operand, ids);
            if (!sel.operand)
                return;
            if (sel.testOnly) {
                // has(a.?b.c): false when the optional is empty, else whether the field is there.
                if (isOptionalCall(sel.operand))
                    expr.exprKind = callKind(OPT_HAS, [sel.operand, stringConst(sel.field, ids)]);
                return;
            }
            const optional = sel.field.startsWith(PLACEHOLDER.select);
            if (optional || isOptionalCall(sel.operand)) {
                const field = optional ? sel.field.slice(PLACEHOLDER.select.length) : sel.field;
                expr.exprKind = callKind(OPT_SELECT, [sel.operand, stringConst(field, ids)]);
            }
            return;
        }
        case "callExpr": {
            const call = kind.value;
            if (call.target)
                transformExpr(call.target, ids);
            for (const arg of call.args)
                transformExpr(arg, ids);
            if (call.function === "_[_]" && call.args.length === 2) {
                const [target, index] = call.args;
                const wrapped = unwrapPlaceholder(index, PLACEHOLDER.index);
                if (wrapped || isOptionalCall(target)) {
                    expr.exprKind = callKind(OPT_INDEX, [target, wrapped ?? index]);
                }
                return;
            }
            if (isBind(expr))
                expr.exprKind = bindKind(call.args, ids);
            else if (isOr(expr)) {
                const target = call.target;
                if (call.function === "or" && isOptionalCall(target))
                    OPTIONAL_ORS.add(expr);
                expr.exprKind = orKind(call.function, target, call.args[0], ids);
            }
            else if (isOptMacro(expr))
                expr.exprKind = optMacroKind(call.function, call.target, call.args, ids);
            return;
        }
        case "listExpr": {
            const list = kind.value;
            for (const e of list.elements)
                transformExpr(e, ids);
            if (!list.elements.some((e) => unwrapPlaceholder(e, PLACEHOLDER.element)))
                return;
            const elements = list.elements.map((e) => unwrapPlaceholder(e, PLACEHOLDER.element) ?? callExpr("optional.of", [e], ids));
            expr.exprKind = callKind(OPT_LIST, [listExpr(elements, ids)]);
            return;
        }
        case "structExpr": {
            const struct = kind.value;
            for (const entry of struct.entries) {
                if (entry.keyKind.case === "mapKey")
                    transformExpr(entry.keyKind.value, ids);
                if (entry.value)
                    transformExpr(entry.value, ids);
            }
            // Optional entries exist only in map literals; a message literal is left as it is.
            const keys = [];
            for (const entry of struct.entries) {
                if (entry.keyKind.case !== "mapKey")
                    return;
                keys.push(entry.keyKind.value);
            }
            const optional = keys.map((k) => unwrapPlaceholder(k, PLACEHOLDER.key));
            if (!optional.some(Boolean))
                return;
            const pairs = struct.entries.map((entry, i) => {
                const key = optional[i];
                const value = entry.value;
                return listExpr([key ?? keys[i], key ? value : callExpr("optional.of", [value], ids)], ids);
            });
            expr.exprKind = callKind(OPT_MAP, [listExpr(pairs, ids)]);
            return;
        }
        case "comprehensionExpr": {
            const c = kind.value;
            for (const e of [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result]) {
                if (e)
                    transformExpr(e, ids);
            }
            return;
        }
        default:
            return;
    }
}
/**
 * True when an expression is known to yield an optional: an optional select or index, an
 * `optional.of/none/ofNonZeroValue(...)` call, or `.or(...)` on one of those. Selecting or
 * indexing into such an expression stays optional.
 */
function isOptionalCall(e) {
    if (OPTIONAL_ORS.has(e))
        return true;
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    if (call.function === OPT_SELECT || call.function === OPT_INDEX)
        return true;
    const target = call.target?.exprKind;
    if (target?.case === "identExpr" && target.value.name === "optional") {
        return ["of", "none", "ofNonZeroValue"].includes(call.function);
    }
    return call.function === "or" && call.target !== undefined && isOptionalCall(call.target);
}
function unwrapPlaceholder(e, name) {
    if (e.exprKind.case !== "callExpr")
        return undefined;
    const call = e.exprKind.value;
    return call.function === name && !call.target && call.args.length === 1 ? call.args[0] : undefined;
}
function isBind(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    const target = call.target?.exprKind;
    return (call.function === "bind" &&
        target?.case === "identExpr" &&
        target.value.name === "cel" &&
        call.args.length === 3 &&
        call.args[0]?.exprKind.case === "identExpr");
}
function isOr(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    return ((call.function === "orValue" || call.function === "or") &&
        call.target !== undefined &&
        call.args.length === 1);
}
/** Rewritten `opt.or(...)` nodes whose receiver is known optional: their result is optional too. */
const OPTIONAL_ORS = new WeakSet();
/** The name `or`/`orValue` binds its receiver to: not a valid CEL identifier, so never the user's. */
const OR_RECEIVER = "@or";
/**
 * cel-go's `orValue` and `or` (evalOptionalOrValue, evalOptionalOr) evaluate the receiver first:
 * a value that is not an optional is returned as it is (an error stays an error), an optional
 * with a value gives the value (`or`: the optional), and only an empty optional evaluates the
 * argument. As CEL: `cel.bind(@or, x, @optpick(@or) ? @optget(@or) : d)`.
 */
function orKind(fn, target, fallback, ids) {
    const receiver = () => identExpr(OR_RECEIVER, ids);
    const picked = fn === "orValue" ? callExpr(OPT_GET, [receiver()], ids) : receiver();
    const body = newExpr(callKind("_?_:_", [callExpr(OPT_PICK, [receiver()], ids), picked, fallback]), ids);
    return bindKind([identExpr(OR_RECEIVER, ids), target, body], ids);
}
function isOptMacro(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    return ((call.function === "optMap" || call.function === "optFlatMap") &&
        call.target !== undefined &&
        call.args.length === 2 &&
        call.args[0]?.exprKind.case === "identExpr");
}
/**
 * `opt.optMap(x, body)` is `opt.hasValue() ? optional.of(cel.bind(x, opt.value(), body)) : optional.none()`;
 * `optFlatMap` is the same without `optional.of` (its body returns an optional), as cel-go expands them.
 */
function optMacroKind(fn, target, [name, body], ids) {
    const value = newExpr(methodKind("value", target, []), ids);
    const bound = newExpr(bindKind([name, value, body], ids), ids);
    return callKind("_?_:_", [
        newExpr(methodKind("hasValue", target, []), ids),
        fn === "optMap" ? callExpr("optional.of", [bound], ids) : bound,
        callExpr("optional.none", [], ids),
    ]);
}
/** `cel.bind(x, init, body)`: accumulate `init` into `x` over an empty list, then evaluate `body`. */
function bindKind([name, init, body], ids) {
    const variable = name.exprKind.case === "identExpr" ? name.exprKind.value.name : "";
    return {
        case: "comprehensionExpr",
        value: {
            $typeName: "cel.expr.Expr.Comprehension",
            iterVar: "#unused",
            iterVar2: "",
            iterRange: listExpr([], ids),
            accuVar: variable,
            accuInit: init,
            loopCondition: boolConst(false, ids),
            loopStep: identExpr(variable, ids),
            result: body,
        },
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/references.ts
/**
 * Every function an expression calls and every free identifier. A call on an identifier
 * that is not a variable (`optional.of(x)`, `math.greatest(a, b)`) counts as the qualified
 * function `ns.name`.
 */
function references(expr, variables, out = { functions: new Set(), idents: new Set() }) {
    const kind = expr.exprKind;
    switch (kind.case) {
        case "identExpr":
            out.idents.add(kind.value.name);
            break;
        case "selectExpr":
            if (kind.value.operand)
                references(kind.value.operand, variables, out);
            break;
        case "callExpr": {
            const call = kind.value;
            const target = call.target?.exprKind;
            if (target?.case === "identExpr" && !variables.has(target.value.name)) {
                out.functions.add(`${target.value.name}.${call.function}`);
            }
            else {
                out.functions.add(call.function);
                if (call.target)
                    references(call.target, variables, out);
            }
            for (const a of call.args)
                references(a, variables, out);
            break;
        }
        case "listExpr":
            for (const e of kind.value.elements)
                references(e, variables, out);
            break;
        case "structExpr":
            for (const entry of kind.value.entries) {
                if (entry.keyKind.case === "mapKey")
                    references(entry.keyKind.value, variables, out);
                if (entry.value)
                    references(entry.value, variables, out);
            }
            break;
        case "comprehensionExpr": {
            const c = kind.value;
            const bound = new Set([c.iterVar, c.iterVar2, c.accuVar]);
            const inner = { functions: out.functions, idents: new Set() };
            const innerVars = new Set([...variables, ...bound]);
            for (const e of [c.iterRange, c.accuInit])
                if (e)
                    references(e, variables, out);
            for (const e of [c.loopCondition, c.loopStep, c.result])
                if (e)
                    references(e, innerVars, inner);
            for (const id of inner.idents)
                if (!bound.has(id))
                    out.idents.add(id);
            break;
        }
        default:
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/format.ts



const FormatType = opaqueType("kubernetes.NamedFormat", (f) => f.name);
const F = FormatType.type;
const { STRING: format_STRING, DYN: format_DYN } = esm_type/* CelScalar */.ZR;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function rule(test, message, max) {
    return (v) => {
        const errs = [];
        if (max !== undefined && v.length > max)
            errs.push(`must be no more than ${max} characters`);
        if (!test(v))
            errs.push(message);
        return errs;
    };
}
function qualifiedName(v) {
    const parts = v.split("/");
    if (parts.length > 2)
        return ["a qualified name must consist of an optional prefix and a name"];
    const name = parts[parts.length - 1] ?? "";
    const errs = [];
    if (parts.length === 2) {
        const prefix = parts[0] ?? "";
        if (prefix === "")
            errs.push("prefix part must be non-empty");
        else
            errs.push(...rule((p) => DNS1123_SUBDOMAIN.test(p), "prefix part must be a DNS-1123 subdomain", 253)(prefix));
    }
    if (name === "")
        errs.push("name part must be non-empty");
    else if (name.length > 63)
        errs.push("name part must be no more than 63 characters");
    else if (!QUALIFIED_NAME_PART.test(name))
        errs.push("name part must consist of alphanumeric characters, '-', '_' or '.'");
    return errs;
}
const FORMATS = [
    { name: "dns1123Label", check: rule((v) => DNS1123_LABEL.test(v), "must be a DNS-1123 label", 63) },
    {
        name: "dns1123Subdomain",
        check: rule((v) => DNS1123_SUBDOMAIN.test(v), "must be a DNS-1123 subdomain", 253),
    },
    { name: "dns1035Label", check: rule((v) => DNS1035_LABEL.test(v), "must be a DNS-1035 label", 63) },
    { name: "qualifiedName", check: qualifiedName },
    { name: "labelValue", check: rule((v) => LABEL_VALUE.test(v), "must be a valid label value", 63) },
    { name: "uuid", check: rule((v) => UUID.test(v), "does not match the UUID format") },
    {
        name: "date",
        check: rule((v) => DATE.test(v) && !Number.isNaN(Date.parse(v)), "must be a date (YYYY-MM-DD)"),
    },
    { name: "datetime", check: rule((v) => DATETIME.test(v), "must be an RFC 3339 date-time") },
    {
        name: "byte",
        check: rule((v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0, "must be base64 encoded"),
    },
];
function format_self(v) {
    const f = FormatType.unwrap(v);
    if (!f)
        throw new Error("not a format");
    return f;
}
/** Kubernetes' format library: `format.<name>()`, `format.named(name)` and `.validate(value)`. */
const formatFuncs = [
    ...FORMATS.map((f) => (0,func/* celFunc */.V)(`format.${f.name}`, [], F, () => FormatType.wrap(f))),
    (0,func/* celFunc */.V)("format.named", [format_STRING], format_DYN, (name) => {
        const f = FORMATS.find((x) => x.name === name);
        return f ? some(FormatType.wrap(f)) : none();
    }),
    (0,func/* celMethod */.y)("validate", F, [format_STRING], format_DYN, function (value) {
        const errs = format_self(this).check(value);
        return errs.length === 0 ? none() : some((0,esm_list/* celList */.bC)(errs));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/ip.ts


const IpType = opaqueType("net.IP", (ip) => formatIp(ip));
const CidrType = opaqueType("net.IPPrefix", (c) => `${formatIp(c.ip)}/${c.prefix}`);
const { STRING: ip_STRING, BOOL: ip_BOOL, INT } = esm_type/* CelScalar */.ZR;
/**
 * Parses an IP address the way Kubernetes' CEL library does (Go's netip.ParseAddr):
 * no zones and no IPv4-mapped IPv6 addresses; undefined when it is not an address.
 */
function parseIp(text) {
    if (text.includes("%"))
        return undefined;
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
        const parts = text.split(".");
        if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith("0"))))
            return undefined;
        return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
    }
    if (!text.includes(":") || !/^[0-9A-Fa-f:.]+$/.test(text))
        return undefined;
    const v6 = parseIpv6(text);
    // IPv4-mapped addresses (::ffff:a.b.c.d) are ambiguous for policy decisions; Kubernetes rejects them.
    if (v6 === undefined || v6 >> 32n === 0xffffn)
        return undefined;
    return { family: 6, value: v6 };
}
function parseIpv6(text) {
    let head = text;
    let tailV4;
    const v4 = /:(\d{1,3}(\.\d{1,3}){3})$/.exec(text);
    if (v4?.[1]) {
        const ip = parseIp(v4[1]);
        if (!ip)
            return undefined;
        tailV4 = ip.value;
        head = text.slice(0, text.length - v4[1].length) + "0:0";
    }
    const halves = head.split("::");
    if (halves.length > 2)
        return undefined;
    const groups = (s) => (s ? s.split(":") : []);
    const left = groups(halves[0]);
    const right = groups(halves[1]);
    const missing = 8 - left.length - right.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1)
        return undefined;
    const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...right];
    if (all.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g)))
        return undefined;
    let value = all.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
    if (tailV4 !== undefined)
        value = (value & ~0xffffffffn) | tailV4;
    return value;
}
/** The canonical text form (RFC 5952 for IPv6). */
function formatIp(ip) {
    if (ip.family === 4) {
        return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join(".");
    }
    const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen)
            [best, bestLen] = [i, j - i];
        i = j === i ? i + 1 : j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(":");
    return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
/** Parses `addr/prefix`; undefined when it is not a CIDR. */
function parseCidr(text) {
    const [addr = "", prefixText, extra] = text.split("/");
    if (extra !== undefined || prefixText === undefined || !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const ip = parseIp(addr);
    const prefix = Number(prefixText);
    if (!ip || prefix > (ip.family === 4 ? 32 : 128))
        return undefined;
    return { ip, prefix };
}
const bits = (ip) => (ip.family === 4 ? 32 : 128);
const mask = (c) => {
    const host = BigInt(bits(c.ip) - c.prefix);
    return ((1n << BigInt(bits(c.ip))) - 1n) ^ ((1n << host) - 1n);
};
function containsIp(c, ip) {
    return c.ip.family === ip.family && (c.ip.value & mask(c)) === (ip.value & mask(c));
}
function ipOf(v) {
    const ip = IpType.unwrap(v);
    if (!ip)
        throw new Error("not an IP address");
    return ip;
}
function cidrOf(v) {
    const c = CidrType.unwrap(v);
    if (!c)
        throw new Error("not a CIDR");
    return c;
}
function need(value, what, text) {
    if (value === undefined)
        throw new Error(`${what} parse error during conversion from string: "${text}"`);
    return value;
}
const isLinkLocalUnicast = (ip) => ip.family === 4 ? ip.value >> 16n === 0xa9fen : ip.value >> 118n === 0x3fan;
const isLinkLocalMulticast = (ip) => ip.family === 4 ? ip.value >> 8n === 0xe00000n : ip.value >> 112n === 0xff02n;
const isLoopback = (ip) => (ip.family === 4 ? ip.value >> 24n === 127n : ip.value === 1n);
const isMulticast = (ip) => (ip.family === 4 ? ip.value >> 28n === 0xen : ip.value >> 120n === 0xffn);
/** Kubernetes' IP and CIDR libraries. */
const ipFuncs = [
    (0,func/* celFunc */.V)("ip", [ip_STRING], IpType.type, (s) => IpType.wrap(need(parseIp(s), "IP Address", s))),
    (0,func/* celFunc */.V)("isIP", [ip_STRING], ip_BOOL, (s) => parseIp(s) !== undefined),
    (0,func/* celFunc */.V)("ip.isCanonical", [ip_STRING], ip_BOOL, (s) => formatIp(need(parseIp(s), "IP Address", s)) === s),
    (0,func/* celFunc */.V)("string", [IpType.type], ip_STRING, (ip) => formatIp(ipOf(ip))),
    (0,func/* celMethod */.y)("family", IpType.type, [], INT, function () {
        return BigInt(ipOf(this).family);
    }),
    (0,func/* celMethod */.y)("isUnspecified", IpType.type, [], ip_BOOL, function () {
        return ipOf(this).value === 0n;
    }),
    (0,func/* celMethod */.y)("isLoopback", IpType.type, [], ip_BOOL, function () {
        return isLoopback(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isLinkLocalMulticast", IpType.type, [], ip_BOOL, function () {
        return isLinkLocalMulticast(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isLinkLocalUnicast", IpType.type, [], ip_BOOL, function () {
        return isLinkLocalUnicast(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isGlobalUnicast", IpType.type, [], ip_BOOL, function () {
        const ip = ipOf(this);
        const broadcast = ip.family === 4 && ip.value === 0xffffffffn;
        return !(ip.value === 0n || broadcast || isLoopback(ip) || isMulticast(ip) || isLinkLocalUnicast(ip));
    }),
    (0,func/* celFunc */.V)("cidr", [ip_STRING], CidrType.type, (s) => CidrType.wrap(need(parseCidr(s), "network address", s))),
    (0,func/* celFunc */.V)("isCIDR", [ip_STRING], ip_BOOL, (s) => parseCidr(s) !== undefined),
    (0,func/* celFunc */.V)("string", [CidrType.type], ip_STRING, (c) => {
        const x = cidrOf(c);
        return `${formatIp(x.ip)}/${x.prefix}`;
    }),
    (0,func/* celMethod */.y)("containsIP", CidrType.type, [IpType.type], ip_BOOL, function (ip) {
        return containsIp(cidrOf(this), ipOf(ip));
    }),
    (0,func/* celMethod */.y)("containsIP", CidrType.type, [ip_STRING], ip_BOOL, function (s) {
        return containsIp(cidrOf(this), need(parseIp(s), "IP Address", s));
    }),
    (0,func/* celMethod */.y)("containsCIDR", CidrType.type, [CidrType.type], ip_BOOL, function (o) {
        const inner = cidrOf(o);
        const outer = cidrOf(this);
        return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
    }),
    (0,func/* celMethod */.y)("containsCIDR", CidrType.type, [ip_STRING], ip_BOOL, function (s) {
        const inner = need(parseCidr(s), "network address", s);
        const outer = cidrOf(this);
        return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
    }),
    (0,func/* celMethod */.y)("ip", CidrType.type, [], IpType.type, function () {
        return IpType.wrap(cidrOf(this).ip);
    }),
    (0,func/* celMethod */.y)("masked", CidrType.type, [], CidrType.type, function () {
        const c = cidrOf(this);
        return CidrType.wrap({ ip: { family: c.ip.family, value: c.ip.value & mask(c) }, prefix: c.prefix });
    }),
    (0,func/* celMethod */.y)("prefixLength", CidrType.type, [], INT, function () {
        return BigInt(cidrOf(this).prefix);
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/compare.ts


/**
 * Orders two comparable CEL values (numbers of any kind, strings, bools, bytes) the way
 * CEL's `<` does; anything else is an error naming both types.
 */
function compareValues(a, b) {
    const na = numeric(a);
    const nb = numeric(b);
    if (na !== undefined && nb !== undefined) {
        if (typeof na === "bigint" && typeof nb === "bigint")
            return na < nb ? -1 : na > nb ? 1 : 0;
        const x = Number(na);
        const y = Number(nb);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (typeof a === "string" && typeof b === "string")
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === "boolean" && typeof b === "boolean")
        return Number(a) - Number(b);
    if (a instanceof Uint8Array && b instanceof Uint8Array)
        return Buffer.compare(a, b);
    throw new Error(`cannot compare ${celTypeName(a)} with ${celTypeName(b)}`);
}
function numeric(v) {
    if (typeof v === "bigint" || typeof v === "number")
        return v;
    if ((0,uint/* isCelUint */.p)(v))
        return v.value;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/lists.ts



const { DYN: lists_DYN, BOOL: lists_BOOL, INT: lists_INT, STRING: lists_STRING } = esm_type/* CelScalar */.ZR;
const LIST = (0,esm_type/* listType */.Vc)(lists_DYN);
function items(list) {
    return [...list];
}
function sum(list) {
    const values = items(list);
    if (values.length === 0)
        return 0n;
    const first = values[0];
    if (typeof first === "bigint") {
        return values.reduce((acc, v) => {
            if (typeof v !== "bigint")
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v;
        }, 0n);
    }
    if (typeof first === "number") {
        return values.reduce((acc, v) => {
            if (typeof v !== "number")
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v;
        }, 0);
    }
    if ((0,uint/* isCelUint */.p)(first)) {
        return values.reduce((acc, v) => {
            if (!(0,uint/* isCelUint */.p)(v))
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v.value;
        }, 0n);
    }
    throw new Error(`sum() is not supported on a list of ${celTypeName(first)}`);
}
function extreme(list, sign, name) {
    const values = items(list);
    if (values.length === 0)
        throw new Error(`${name}() called on an empty list`);
    return values.reduce((best, v) => (compareValues(v, best) * sign > 0 ? v : best));
}
function indexOf(list, value, last) {
    const values = items(list);
    const key = celKey(value);
    const order = last ? [...values.keys()].reverse() : [...values.keys()];
    for (const i of order)
        if (celKey(values[i]) === key)
            return BigInt(i);
    return -1n;
}
function distinct(list) {
    const seen = new Set();
    const out = [];
    for (const v of list) {
        const key = celKey(v);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(v);
        }
    }
    return out;
}
function flatten(list, depth) {
    if (depth < 0)
        throw new Error("flatten() depth must not be negative");
    const out = [];
    for (const v of list) {
        if ((0,esm_list/* isCelList */.B9)(v) && depth > 0)
            out.push(...flatten(v, depth - 1));
        else
            out.push(v);
    }
    return out;
}
function slice(list, start, end) {
    if (start < 0n || end < 0n)
        throw new Error("slice() indexes must not be negative");
    if (start > end)
        throw new Error("slice() start must not be greater than end");
    if (end > BigInt(list.size))
        throw new Error("slice() end is out of range");
    return items(list).slice(Number(start), Number(end));
}
/**
 * Kubernetes' lists library (isSorted, sum, min, max, indexOf, lastIndexOf) plus cel-go's
 * ext.Lists functions that policies use (distinct, flatten, reverse, slice, sort, lists.range).
 */
const listFuncs = [
    (0,func/* celMethod */.y)("isSorted", LIST, [], lists_BOOL, function () {
        const v = items(this);
        return v.every((x, i) => i === 0 || compareValues(v[i - 1] ?? null, x) <= 0);
    }),
    (0,func/* celMethod */.y)("sum", LIST, [], lists_DYN, function () {
        return sum(this);
    }),
    (0,func/* celMethod */.y)("min", LIST, [], lists_DYN, function () {
        return extreme(this, -1, "min");
    }),
    (0,func/* celMethod */.y)("max", LIST, [], lists_DYN, function () {
        return extreme(this, 1, "max");
    }),
    (0,func/* celMethod */.y)("indexOf", LIST, [lists_DYN], lists_INT, function (v) {
        return indexOf(this, v, false);
    }),
    (0,func/* celMethod */.y)("lastIndexOf", LIST, [lists_DYN], lists_INT, function (v) {
        return indexOf(this, v, true);
    }),
    (0,func/* celMethod */.y)("distinct", LIST, [], LIST, function () {
        return distinct(this);
    }),
    (0,func/* celMethod */.y)("flatten", LIST, [], LIST, function () {
        return flatten(this, 1);
    }),
    (0,func/* celMethod */.y)("flatten", LIST, [lists_INT], LIST, function (depth) {
        return flatten(this, Number(depth));
    }),
    (0,func/* celMethod */.y)("reverse", LIST, [], LIST, function () {
        return items(this).reverse();
    }),
    (0,func/* celMethod */.y)("slice", LIST, [lists_INT, lists_INT], LIST, function (start, end) {
        return slice(this, start, end);
    }),
    (0,func/* celMethod */.y)("sort", LIST, [], LIST, function () {
        return items(this).sort(compareValues);
    }),
    (0,func/* celFunc */.V)("lists.range", [lists_INT], LIST, (n) => Array.from({ length: Math.max(0, Number(n)) }, (_, i) => BigInt(i))),
    (0,func/* celMethod */.y)("reverse", lists_STRING, [], lists_STRING, function () {
        // cel-go reverses code points, not grapheme clusters; so do we.
        // eslint-disable-next-line @typescript-eslint/no-misused-spread
        return [...this].reverse().join("");
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/quantity.ts


const QuantityType = opaqueType("kubernetes.Quantity", (q) => `${q.num}/${q.den}`);
const Q = QuantityType.type;
const { STRING: quantity_STRING, BOOL: quantity_BOOL, INT: quantity_INT, DOUBLE } = esm_type/* CelScalar */.ZR;
const BINARY = { Ki: 10, Mi: 20, Ti: 40, Gi: 30, Pi: 50, Ei: 60 };
const DECIMAL = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const PATTERN = /^([+-]?)(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
/** Parses a quantity the way resource.ParseQuantity does; undefined when it is not one. */
function parseQuantity(text) {
    const m = PATTERN.exec(text);
    if (!m)
        return undefined;
    const [, sign = "", number = "", suffix = ""] = m;
    const [whole = "", frac = ""] = number.split(".");
    let num = BigInt((whole || "0") + frac) * (sign === "-" ? -1n : 1n);
    let den = 10n ** BigInt(frac.length);
    if (suffix in BINARY) {
        num *= 2n ** BigInt(BINARY[suffix] ?? 0);
    }
    else {
        const exp = suffix in DECIMAL ? (DECIMAL[suffix] ?? 0) : Number(suffix.slice(1));
        if (Math.abs(exp) > 1000)
            return undefined;
        if (exp >= 0)
            num *= 10n ** BigInt(exp);
        else
            den *= 10n ** BigInt(-exp);
    }
    return reduce(num, den);
}
function reduce(num, den) {
    const g = gcd(num < 0n ? -num : num, den);
    return g > 1n ? { num: num / g, den: den / g } : { num, den };
}
function gcd(a, b) {
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a === 0n ? 1n : a;
}
function cmp(a, b) {
    const l = a.num * b.den;
    const r = b.num * a.den;
    return l < r ? -1 : l > r ? 1 : 0;
}
function quantity_self(v) {
    const q = QuantityType.unwrap(v);
    if (!q)
        throw new Error("not a quantity");
    return q;
}
function quantityOf(text) {
    const q = parseQuantity(text);
    if (!q)
        throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': "${text}"`);
    return QuantityType.wrap(q);
}
const add = (a, b) => reduce(a.num * b.den + b.num * a.den, a.den * b.den);
const neg = (q) => ({ num: -q.num, den: q.den });
const fromInt = (n) => ({ num: n, den: 1n });
/** Kubernetes' quantity library: `quantity()`, `isQuantity()` and the Quantity methods. */
const quantityFuncs = [
    (0,func/* celFunc */.V)("quantity", [quantity_STRING], Q, quantityOf),
    (0,func/* celFunc */.V)("isQuantity", [quantity_STRING], quantity_BOOL, (s) => parseQuantity(s) !== undefined),
    (0,func/* celMethod */.y)("sign", Q, [], quantity_INT, function () {
        const n = quantity_self(this).num;
        return n > 0n ? 1n : n < 0n ? -1n : 0n;
    }),
    (0,func/* celMethod */.y)("isInteger", Q, [], quantity_BOOL, function () {
        const q = quantity_self(this);
        return q.den === 1n && q.num >= INT64_MIN && q.num <= INT64_MAX;
    }),
    (0,func/* celMethod */.y)("asInteger", Q, [], quantity_INT, function () {
        const q = quantity_self(this);
        if (q.den !== 1n || q.num < INT64_MIN || q.num > INT64_MAX)
            throw new Error("cannot convert value to integer: precision loss or overflow");
        return q.num;
    }),
    (0,func/* celMethod */.y)("asApproximateFloat", Q, [], DOUBLE, function () {
        const q = quantity_self(this);
        return Number(q.num) / Number(q.den);
    }),
    (0,func/* celMethod */.y)("add", Q, [Q], Q, function (o) {
        return QuantityType.wrap(add(quantity_self(this), quantity_self(o)));
    }),
    (0,func/* celMethod */.y)("add", Q, [quantity_INT], Q, function (n) {
        return QuantityType.wrap(add(quantity_self(this), fromInt(n)));
    }),
    (0,func/* celMethod */.y)("sub", Q, [Q], Q, function (o) {
        return QuantityType.wrap(add(quantity_self(this), neg(quantity_self(o))));
    }),
    (0,func/* celMethod */.y)("sub", Q, [quantity_INT], Q, function (n) {
        return QuantityType.wrap(add(quantity_self(this), fromInt(-n)));
    }),
    (0,func/* celMethod */.y)("isGreaterThan", Q, [Q], quantity_BOOL, function (o) {
        return cmp(quantity_self(this), quantity_self(o)) > 0;
    }),
    (0,func/* celMethod */.y)("isLessThan", Q, [Q], quantity_BOOL, function (o) {
        return cmp(quantity_self(this), quantity_self(o)) < 0;
    }),
    (0,func/* celMethod */.y)("compareTo", Q, [Q], quantity_INT, function (o) {
        return BigInt(cmp(quantity_self(this), quantity_self(o)));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/regex.ts



const { STRING: regex_STRING, INT: regex_INT, BOOL: regex_BOOL, DYN: regex_DYN } = esm_type/* CelScalar */.ZR;
const regex_LIST = (0,esm_type/* listType */.Vc)(regex_DYN);
const cache = new Map();
/**
 * Compiles an RE2 pattern for `find`/`findAll`. RE2JS checks the syntax (so a pattern
 * Kubernetes would reject is rejected here too); the search itself runs on a JavaScript
 * RegExp translated from it, since RE2JS has no API for match positions.
 */
function compileRe2(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    esm/* RE2JS */.L3.compile(pattern);
    let source = pattern;
    let flags = "g";
    const leading = /^\(\?([imsU]+)\)/.exec(source);
    if (leading?.[1]) {
        if (leading[1].includes("U"))
            throw new Error(`the RE2 flag U (ungreedy) is not supported in "${pattern}"`);
        flags += leading[1];
        source = source.slice(leading[0].length);
    }
    source = source
        .replace(/\(\?P</g, "(?<")
        .replace(/\\A/g, "^")
        .replace(/\\z/g, "$")
        .replace(/\\p([A-Za-z])/g, "\\p{$1}")
        .replace(/\\P([A-Za-z])/g, "\\P{$1}");
    const unicode = /\\[pP]\{/.test(source);
    let re;
    try {
        re = new RegExp(source, unicode ? flags + "u" : flags);
    }
    catch (err) {
        throw new Error(`regular expression "${pattern}" is not supported: ${err.message}`, {
            cause: err,
        });
    }
    if (cache.size > 500)
        cache.clear();
    cache.set(pattern, re);
    return re;
}
function findAll(text, pattern, limit) {
    const re = compileRe2(pattern);
    re.lastIndex = 0;
    const out = [];
    for (const m of text.matchAll(re)) {
        if (limit >= 0 && out.length >= limit)
            break;
        out.push(m[0]);
    }
    return out;
}
function asList(v) {
    return [...v].map((x) => celKey(x));
}
/** Kubernetes' regex library (`find`, `findAll`) and cel-go's sets extension. */
const regexFuncs = [
    (0,func/* celMethod */.y)("find", regex_STRING, [regex_STRING], regex_STRING, function (pattern) {
        return findAll(this, pattern, 1)[0] ?? "";
    }),
    (0,func/* celMethod */.y)("findAll", regex_STRING, [regex_STRING], regex_LIST, function (pattern) {
        return findAll(this, pattern, -1);
    }),
    (0,func/* celMethod */.y)("findAll", regex_STRING, [regex_STRING, regex_INT], regex_LIST, function (pattern, n) {
        return findAll(this, pattern, Number(n));
    }),
    (0,func/* celFunc */.V)("sets.contains", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const have = new Set(asList(a));
        return asList(b).every((k) => have.has(k));
    }),
    (0,func/* celFunc */.V)("sets.equivalent", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const x = new Set(asList(a));
        const y = new Set(asList(b));
        return [...x].every((k) => y.has(k)) && [...y].every((k) => x.has(k));
    }),
    (0,func/* celFunc */.V)("sets.intersects", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const have = new Set(asList(a));
        return asList(b).some((k) => have.has(k));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/semver.ts


const SemverType = opaqueType("kubernetes.Semver", (v) => v.text.replace(/\+.*$/, ""));
const S = SemverType.type;
const { STRING: semver_STRING, BOOL: semver_BOOL, INT: semver_INT } = esm_type/* CelScalar */.ZR;
const NUM = "(0|[1-9]\\d*)";
const IDENT = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);
/** Parses a strict semantic version (no leading `v`, all three numbers); undefined otherwise. */
function parseSemver(text) {
    const m = SEMVER.exec(text);
    if (!m)
        return undefined;
    return {
        major: BigInt(m[1] ?? "0"),
        minor: BigInt(m[2] ?? "0"),
        patch: BigInt(m[3] ?? "0"),
        pre: m[4] ? m[4].split(".") : [],
        text,
    };
}
/** Semver precedence: numbers, then a release above its pre-releases, then identifiers. */
function compareSemver(a, b) {
    for (const k of ["major", "minor", "patch"]) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    if (a.pre.length === 0 && b.pre.length === 0)
        return 0;
    if (a.pre.length === 0)
        return 1;
    if (b.pre.length === 0)
        return -1;
    for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return BigInt(x) < BigInt(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function semver_self(v) {
    const s = SemverType.unwrap(v);
    if (!s)
        throw new Error("not a semver");
    return s;
}
/** Kubernetes' semver library (1.31+). */
const semverFuncs = [
    (0,func/* celFunc */.V)("semver", [semver_STRING], S, (s) => {
        const v = parseSemver(s);
        if (!v)
            throw new Error(`could not parse "${s}" as semver`);
        return SemverType.wrap(v);
    }),
    (0,func/* celFunc */.V)("isSemver", [semver_STRING], semver_BOOL, (s) => parseSemver(s) !== undefined),
    (0,func/* celMethod */.y)("major", S, [], semver_INT, function () {
        return semver_self(this).major;
    }),
    (0,func/* celMethod */.y)("minor", S, [], semver_INT, function () {
        return semver_self(this).minor;
    }),
    (0,func/* celMethod */.y)("patch", S, [], semver_INT, function () {
        return semver_self(this).patch;
    }),
    (0,func/* celMethod */.y)("isGreaterThan", S, [S], semver_BOOL, function (o) {
        return compareSemver(semver_self(this), semver_self(o)) > 0;
    }),
    (0,func/* celMethod */.y)("isLessThan", S, [S], semver_BOOL, function (o) {
        return compareSemver(semver_self(this), semver_self(o)) < 0;
    }),
    (0,func/* celMethod */.y)("compareTo", S, [S], semver_INT, function (o) {
        return BigInt(compareSemver(semver_self(this), semver_self(o)));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/url.ts


const UrlType = opaqueType("kubernetes.URL", (u) => u.text);
const U = UrlType.type;
const { STRING: url_STRING, BOOL: url_BOOL } = esm_type/* CelScalar */.ZR;
/**
 * Parses an absolute URI or an absolute path (what url.ParseRequestURI accepts);
 * undefined otherwise.
 */
function parseUrl(text) {
    if (text === "" || /\s/.test(text))
        return undefined;
    if (text.startsWith("/")) {
        const [path, query] = splitOnce(text.replace(/#.*$/, ""), "?");
        return { text, scheme: "", host: "", hostname: "", port: "", escapedPath: path, rawQuery: query };
    }
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text);
    if (!m)
        return undefined;
    const scheme = m[1] ?? "";
    let rest = (m[2] ?? "").replace(/#.*$/, "");
    let authority = "";
    if (rest.startsWith("//")) {
        const end = rest.slice(2).search(/[/?]/);
        authority = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
        rest = end < 0 ? "" : rest.slice(end + 2);
    }
    else if (!rest.startsWith("/")) {
        // An opaque URI such as mailto:x; ParseRequestURI accepts it with an empty host.
        return { text, scheme, host: "", hostname: "", port: "", escapedPath: "", rawQuery: "" };
    }
    const host = authority.includes("@") ? authority.slice(authority.lastIndexOf("@") + 1) : authority;
    const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host);
    if (!hp)
        return undefined;
    const [path, query] = splitOnce(rest, "?");
    return {
        text,
        scheme,
        host,
        hostname: (hp[1] ?? "").replace(/^\[|\]$/g, ""),
        port: hp[2] ?? "",
        escapedPath: path,
        rawQuery: query,
    };
}
function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}
function query(raw) {
    const out = new Map();
    if (raw === "")
        return out;
    for (const part of raw.split("&")) {
        if (part === "")
            continue;
        const [k, v] = splitOnce(part, "=");
        const key = decode(k);
        out.set(key, [...(out.get(key) ?? []), decode(v)]);
    }
    return out;
}
function decode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, " "));
    }
    catch {
        return s;
    }
}
function url_self(v) {
    const u = UrlType.unwrap(v);
    if (!u)
        throw new Error("not a URL");
    return u;
}
/** Kubernetes' URL library: `url()`, `isURL()` and the getters. */
const urlFuncs = [
    (0,func/* celFunc */.V)("url", [url_STRING], U, (s) => {
        const u = parseUrl(s);
        if (!u)
            throw new Error(`URL parse error during conversion from string: "${s}" is not an absolute URI or path`);
        return UrlType.wrap(u);
    }),
    (0,func/* celFunc */.V)("isURL", [url_STRING], url_BOOL, (s) => parseUrl(s) !== undefined),
    (0,func/* celMethod */.y)("getScheme", U, [], url_STRING, function () {
        return url_self(this).scheme;
    }),
    (0,func/* celMethod */.y)("getHost", U, [], url_STRING, function () {
        return url_self(this).host;
    }),
    (0,func/* celMethod */.y)("getHostname", U, [], url_STRING, function () {
        return url_self(this).hostname;
    }),
    (0,func/* celMethod */.y)("getPort", U, [], url_STRING, function () {
        return url_self(this).port;
    }),
    (0,func/* celMethod */.y)("getEscapedPath", U, [], url_STRING, function () {
        return url_self(this).escapedPath;
    }),
    (0,func/* celMethod */.y)("getQuery", U, [], (0,esm_type/* mapType */.H$)(url_STRING, (0,esm_type/* listType */.Vc)(url_STRING)), function () {
        return query(url_self(this).rawQuery);
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/env.ts














/** An expression that could not be compiled: bad syntax, an unknown variable or an unsupported function. */
class CelCompileError extends Error {
    name = "CelCompileError";
}
/** An expression that failed while it ran (no such key, bad types, division by zero ...). */
class CelEvalError extends Error {
    name = "CelEvalError";
}
/** Functions the planner implements itself, so they are never looked up in the environment. */
const PLANNER_FUNCTIONS = new Set([
    "_[_]",
    "_&&_",
    "_||_",
    "_?_:_",
    "@not_strictly_false",
    "__not_strictly_false__",
]);
/** Type names usable as values (`type(x) == int`). */
const TYPE_NAMES = new Set([
    "int",
    "uint",
    "double",
    "bool",
    "string",
    "bytes",
    "list",
    "map",
    "null_type",
    "type",
    "dyn",
]);
/** Variables that exist in Kubernetes but need a live cluster, with the reason we give. */
const CLUSTER_ONLY = {
    authorizer: "authorization checks (authorizer) need a live cluster",
};
let shared;
/** The one environment: CEL's standard library plus the Kubernetes libraries admission policies use. */
function celEnvironment() {
    shared ??= (0,env/* celEnv */.U)({
        // The standard `matches` compiles its pattern on every call; ours compiles each pattern once.
        re2: { compile: cachedRe2 },
        funcs: [
            ...strings/* default */.A,
            ...optionalFuncs,
            ...listFuncs,
            ...regexFuncs,
            ...urlFuncs,
            ...quantityFuncs,
            ...ipFuncs,
            ...semverFuncs,
            ...formatFuncs,
        ],
    });
    return shared;
}
const env_cache = new Map();
const patterns = new Map();
function cachedRe2(pattern) {
    let re = patterns.get(pattern);
    if (!re) {
        re = esm/* RE2JS */.L3.compile(pattern);
        if (patterns.size > 1000)
            patterns.clear();
        patterns.set(pattern, re);
    }
    return re;
}
/**
 * Compiles `source` once (later calls with the same source and variables reuse it).
 * Every function it calls must exist and every free identifier must be one of
 * `variables`, so an unsupported expression fails here, never passes silently.
 */
function compileCel(source, variables) {
    const key = `${variables.join(",")}\u0000${source}`;
    const hit = env_cache.get(key);
    if (hit)
        return hit;
    const program = compileUncached(source, variables);
    env_cache.set(key, program);
    return program;
}
/** Compiles without the cache: the benchmark's baseline. */
function compileUncached(source, variables) {
    const env = celEnvironment();
    const text = usesOptionalSyntax(source) ? rewriteOptionalSyntax(source) : source;
    let parsed;
    try {
        parsed = (0,parse/* parse */.q)(text);
    }
    catch (err) {
        throw new CelCompileError(`syntax error: ${cleanMessage(err.message)}`);
    }
    transformExpr(parsed.expr, { next: 1n << 40n });
    const declared = new Set(variables);
    const refs = references(parsed.expr, declared);
    // Most specific first: a cluster-only variable, then a missing function, then an unknown name.
    const qualifiers = [...refs.functions].map((fn) => fn.split(".")[0] ?? "");
    for (const name of [...refs.idents, ...qualifiers]) {
        const reason = Object.hasOwn(CLUSTER_ONLY, name) ? CLUSTER_ONLY[name] : undefined;
        if (reason && !declared.has(name))
            throw new CelCompileError(reason);
    }
    for (const fn of refs.functions) {
        if (PLANNER_FUNCTIONS.has(fn) || env.funcs.find(fn))
            continue;
        throw new CelCompileError(`unsupported function "${fn}"`);
    }
    for (const ident of refs.idents) {
        if (declared.has(ident) || TYPE_NAMES.has(ident))
            continue;
        throw new CelCompileError(`undeclared reference to "${ident}"`);
    }
    let run;
    try {
        run = (0,plan/* plan */.e)(env, parsed);
    }
    catch (err) {
        throw new CelCompileError(cleanMessage(err.message));
    }
    return {
        source,
        idents: refs.idents,
        evaluate(bindings) {
            let result;
            try {
                result = run(bindings);
            }
            catch (err) {
                throw new CelEvalError(cleanMessage(err instanceof Error ? err.message : String(err)));
            }
            if ((0,error/* isCelError */.Jr)(result))
                throw new CelEvalError(cleanMessage(result.message));
            return result;
        },
    };
}
/** Error text without our placeholders and without the parser's `<input>:` prefix. */
function cleanMessage(message) {
    // Kubernetes (cel-go) says "no such key"; so do we, so messages read the same in CI and in the cluster.
    let out = message.replace(/^<input>:/, "").replace(/^field not found: /, "no such key: ");
    for (const p of Object.values(PLACEHOLDER))
        out = out.split(p).join("?");
    return out;
}

;// CONCATENATED MODULE: ./packages/policy/src/model.ts
/** The CEL variables of admission expressions (Kubernetes and Kyverno CEL policies alike). */
const ADMISSION_VARIABLES = [
    "object",
    "oldObject",
    "request",
    "params",
    "namespaceObject",
    "variables",
];
/** The rule id findings carry: the policy name, with the Kyverno rule when there is one. */
function ruleId(policy) {
    return policy.rule ? `${policy.name}/${policy.rule}` : policy.name;
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/compile.ts


/**
 * Compiles a policy's expressions: the compiled policy, or error findings naming each bad
 * expression. `compile` is the cached compiler; the benchmark's baseline passes an uncached one.
 */
function compilePolicy(bound, compile = compileCel) {
    const { policy } = bound;
    const errors = [];
    const program = (expression, field, at) => {
        try {
            const p = compile(expression, policy.celVariables);
            for (const ident of p.idents)
                compiled.reads.add(ident);
            return p;
        }
        catch (err) {
            errors.push({
                tool: "policy",
                rule: ruleId(policy),
                severity: "error",
                message: `${policy.kind} ${ruleId(policy)}: ${field} "${oneLine(expression)}" cannot be evaluated: ${err.message}`,
                file: at.file,
                line: at.line,
            });
            return undefined;
        }
    };
    const compiled = {
        bound,
        matchConditions: [],
        variables: new Map(),
        validations: [],
        annotations: [],
        reads: new Set(),
    };
    for (const c of policy.matchConditions) {
        const p = program(c.expression, `matchCondition ${c.name}`, c.at);
        if (p)
            compiled.matchConditions.push({ name: c.name, program: p, at: c.at });
    }
    for (const v of policy.variables) {
        const p = program(v.expression, `variable ${v.name}`, v.at);
        if (p)
            compiled.variables.set(v.name, p);
    }
    for (const v of policy.validations) {
        const p = program(v.expression, "validation", v.at);
        const message = v.messageExpression === undefined ? undefined : program(v.messageExpression, "messageExpression", v.at);
        if (p)
            compiled.validations.push({ validation: v, program: p, ...(message ? { message } : {}) });
    }
    for (const a of policy.auditAnnotations) {
        const p = program(a.valueExpression, `auditAnnotation ${a.key}`, a.at);
        if (p)
            compiled.annotations.push({ annotation: a, program: p });
    }
    return errors.length > 0 ? { errors } : { compiled, errors };
}
/** An expression on one line, shortened, for messages. */
function oneLine(expression) {
    const flat = expression.replace(/\s+/g, " ").trim();
    return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/selectors.ts

const OPERATORS = new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
/**
 * Parses a label selector from a policy, binding or param reference. A malformed one is the
 * policy author's mistake: a UserError naming the file, the line and the field.
 */
function parseSelector(value, field, at) {
    if (value === undefined || value === null)
        return undefined;
    const bad = (why) => new src_errors/* UserError */.yo(`${at.file}:${at.line}: ${field} ${why}`, at.file, at.line);
    if (typeof value !== "object" || Array.isArray(value))
        throw bad("must be a label selector object");
    const v = value;
    const matchLabels = {};
    if (v.matchLabels !== undefined && v.matchLabels !== null) {
        if (typeof v.matchLabels !== "object" || Array.isArray(v.matchLabels))
            throw bad("matchLabels must be a map");
        for (const [k, x] of Object.entries(v.matchLabels)) {
            if (typeof x !== "string")
                throw bad(`matchLabels["${k}"] must be a string`);
            matchLabels[k] = x;
        }
    }
    const matchExpressions = [];
    if (v.matchExpressions !== undefined && v.matchExpressions !== null) {
        if (!Array.isArray(v.matchExpressions))
            throw bad("matchExpressions must be a list");
        for (const [i, e] of v.matchExpressions.entries()) {
            const r = (e ?? {});
            if (typeof r.key !== "string" || r.key === "")
                throw bad(`matchExpressions[${i}].key must be a string`);
            if (typeof r.operator !== "string" || !OPERATORS.has(r.operator))
                throw bad(`matchExpressions[${i}].operator must be In, NotIn, Exists or DoesNotExist`);
            const values = Array.isArray(r.values) ? r.values.map(String) : [];
            const needsValues = r.operator === "In" || r.operator === "NotIn";
            if (needsValues && values.length === 0)
                throw bad(`matchExpressions[${i}] (${r.operator}) needs values`);
            if (!needsValues && values.length > 0)
                throw bad(`matchExpressions[${i}] (${r.operator}) must not have values`);
            matchExpressions.push({ key: r.key, operator: r.operator, values });
        }
    }
    return { matchLabels, matchExpressions };
}
/** True when `labels` satisfy the selector (an absent selector matches everything). */
function selectorMatches(selector, labels) {
    if (!selector)
        return true;
    for (const [k, v] of Object.entries(selector.matchLabels))
        if (labels[k] !== v)
            return false;
    for (const r of selector.matchExpressions) {
        const has = Object.hasOwn(labels, r.key);
        const value = labels[r.key];
        switch (r.operator) {
            case "In":
                if (!has || !r.values.includes(value ?? ""))
                    return false;
                break;
            case "NotIn":
                if (has && r.values.includes(value ?? ""))
                    return false;
                break;
            case "Exists":
                if (!has)
                    return false;
                break;
            case "DoesNotExist":
                if (has)
                    return false;
                break;
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/policy/src/types.ts
/** Splits `group/version` (or a bare core `version`). */
function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf("/");
    return slash < 0
        ? { group: "", version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** String-valued entries of a labels-like value; anything else is dropped. */
function stringMap(value) {
    const out = {};
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return out;
    for (const [k, v] of Object.entries(value)) {
        if (typeof v === "string")
            out[k] = v;
        else if (typeof v === "number" || typeof v === "boolean")
            out[k] = String(v);
    }
    return out;
}
/** Builds a Resource from a parsed object, or undefined when it is not a Kubernetes object. */
function toResource(object, origin) {
    if (typeof object !== "object" || object === null || Array.isArray(object))
        return undefined;
    const o = object;
    if (typeof o.apiVersion !== "string" || typeof o.kind !== "string")
        return undefined;
    const meta = typeof o.metadata === "object" && o.metadata !== null ? o.metadata : {};
    const name = typeof meta.name === "string"
        ? meta.name
        : typeof meta.generateName === "string"
            ? meta.generateName
            : "";
    const ref = { apiVersion: o.apiVersion, kind: o.kind, name };
    if (typeof meta.namespace === "string" && meta.namespace !== "")
        ref.namespace = meta.namespace;
    return { object: o, ref, ...splitApiVersion(o.apiVersion), origin, labels: stringMap(meta.labels) };
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/params.ts


/**
 * Param objects for `paramKind`/`paramRef`, taken from the manifests in the repository
 * (rendered targets, the policies folder, or the given manifests).
 */
class ParamIndex {
    catalog;
    byKind = new Map();
    constructor(candidates, catalog) {
        this.catalog = catalog;
        for (const r of candidates) {
            const key = `${r.ref.apiVersion}/${r.ref.kind}`;
            const list = this.byKind.get(key) ?? [];
            list.push(r);
            this.byKind.set(key, list);
        }
        // The same object may be rendered by several targets; keep each identity once.
        for (const [key, list] of this.byKind) {
            const seen = new Set();
            this.byKind.set(key, list.filter((r) => {
                const id = `${r.ref.namespace ?? ""}/${r.ref.name}`;
                if (seen.has(id))
                    return false;
                seen.add(id);
                return true;
            }));
        }
    }
    /**
     * The params a binding selects for `object`: by name or by selector, in `paramRef.namespace`,
     * else (for a namespaced param kind) in the object's own namespace.
     */
    lookup(kind, ref, object) {
        const all = this.byKind.get(`${kind.apiVersion}/${kind.kind}`) ?? [];
        const { group } = splitApiVersion(kind.apiVersion);
        const namespaced = this.catalog.lookup(group, kind.kind, all.some((r) => r.ref.namespace !== undefined)).namespaced;
        let namespace;
        if (ref.namespace !== undefined && ref.namespace !== "")
            namespace = ref.namespace;
        else if (namespaced) {
            namespace = object.ref.namespace;
            if (namespace === undefined) {
                return {
                    error: `paramRef.namespace must be set to use the namespaced ${kind.kind} params on a cluster-scoped object`,
                };
            }
        }
        const inScope = all.filter((r) => (namespaced ? r.ref.namespace === namespace : true));
        const params = ref.name !== undefined
            ? inScope.filter((r) => r.ref.name === ref.name)
            : inScope.filter((r) => selectorMatches(ref.selector, r.labels));
        return { params };
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/activation.ts

/** The requester CI evaluates as: documented, fixed, and never a real user. */
const CI_USER = {
    username: "system:serviceaccount:gitops-ci:policy-check",
    uid: "00000000-0000-0000-0000-000000000000",
    groups: ["system:serviceaccounts", "system:serviceaccounts:gitops-ci", "system:authenticated"],
};
/**
 * The admission request CI synthesizes for an object: a dry-run CREATE by {@link CI_USER}.
 * There is no cluster, so `oldObject` is always null.
 */
function synthesizeRequest(r, catalog) {
    const info = catalog.of(r);
    const request = {
        uid: "00000000-0000-0000-0000-000000000000",
        kind: { group: r.group, version: r.version, kind: r.ref.kind },
        resource: { group: r.group, version: r.version, resource: info.resource },
        requestKind: { group: r.group, version: r.version, kind: r.ref.kind },
        requestResource: { group: r.group, version: r.version, resource: info.resource },
        name: r.ref.name,
        operation: "CREATE",
        userInfo: { username: CI_USER.username, uid: CI_USER.uid, groups: [...CI_USER.groups] },
        dryRun: true,
        options: { apiVersion: "meta.k8s.io/v1", kind: "CreateOptions" },
    };
    if (r.ref.namespace !== undefined)
        request.namespace = r.ref.namespace;
    return request;
}
/**
 * CEL values per object, converted once however many policies read them. Entries live as
 * long as their Resource (a WeakMap), so a large run does not keep them all.
 */
class CelValueCache {
    catalog;
    namespaces;
    objects = new WeakMap();
    requests = new WeakMap();
    namespaceObjects = new Map();
    constructor(catalog, namespaces) {
        this.catalog = catalog;
        this.namespaces = namespaces;
    }
    /** The values for `r`; `request` and `namespaceObject` are built only when `reads` names them. */
    of(r, reads) {
        let object = this.objects.get(r);
        if (object === undefined) {
            object = toCelValue(r.object);
            this.objects.set(r, object);
        }
        let request = null;
        if (!reads || reads.has("request")) {
            request = this.requests.get(r) ?? null;
            if (request === null) {
                request = toCelValue(synthesizeRequest(r, this.catalog));
                this.requests.set(r, request);
            }
        }
        const namespaceObject = !reads || reads.has("namespaceObject") ? this.namespaceObject(r) : null;
        return { object, request, namespaceObject };
    }
    /** The object's Namespace (as found in the repo, else a bare one with its name label); null when cluster-scoped. */
    namespaceObject(r) {
        const ns = r.ref.namespace;
        if (ns === undefined || !this.catalog.of(r).namespaced)
            return null;
        let value = this.namespaceObjects.get(ns);
        if (value === undefined) {
            const found = this.namespaces.objects.get(ns);
            const labels = { ...(this.namespaces.labels.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
            value = toCelValue({
                ...(found ?? { apiVersion: "v1", kind: "Namespace" }),
                metadata: { ...(found?.metadata ?? {}), name: ns, labels },
            });
            this.namespaceObjects.set(ns, value);
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/evaluate.ts



/**
 * `variables.<name>`, evaluated on first use and then remembered, as in Kubernetes: a
 * variable no expression reads never runs, so it cannot fail.
 */
class LazyVariables extends Map {
    programs;
    done = new Map();
    bindings = {};
    constructor(programs) {
        super();
        this.programs = programs;
    }
    bind(bindings) {
        this.bindings = bindings;
        return this;
    }
    get(key) {
        if (this.done.has(key))
            return this.done.get(key);
        const program = this.programs.get(key);
        if (!program)
            return undefined;
        let value;
        try {
            value = program.evaluate(this.bindings);
        }
        catch (err) {
            throw new CelEvalError(`variables.${key}: ${err.message}`);
        }
        this.done.set(key, value);
        return value;
    }
    has(key) {
        return this.programs.has(key);
    }
    get size() {
        return this.programs.size;
    }
}
/**
 * Runs a compiled policy on one object: match conditions first (any false: the policy does not
 * apply; an error is an error outcome), then every validation and audit annotation.
 */
function evaluatePolicy(compiled, activation) {
    return evaluatePolicyResult(compiled, activation).outcomes;
}
/**
 * {@link evaluatePolicy}, also saying whether the policy applied: false when a match condition
 * was false (Kyverno reports the rule as skipped), true otherwise.
 */
function evaluatePolicyResult(compiled, activation) {
    const lazy = new LazyVariables(compiled.variables);
    const bindings = { ...activation, variables: (0,esm_map/* celMap */.$I)(lazy) };
    lazy.bind(bindings);
    const outcomes = [];
    for (const c of compiled.matchConditions) {
        let result;
        try {
            result = c.program.evaluate(bindings);
        }
        catch (err) {
            const message = `matchCondition ${c.name}: ${err.message}`;
            return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
        }
        if (typeof result !== "boolean") {
            const message = `matchCondition ${c.name} must return a bool`;
            return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
        }
        if (!result)
            return { applied: false, outcomes: [] };
    }
    for (const { validation, program, message } of compiled.validations) {
        let result;
        try {
            result = program.evaluate(bindings);
        }
        catch (err) {
            outcomes.push({
                type: "error",
                message: `expression "${oneLine(validation.expression)}" failed: ${err.message}`,
                at: validation.at,
            });
            continue;
        }
        if (typeof result !== "boolean") {
            outcomes.push({
                type: "error",
                message: `expression "${oneLine(validation.expression)}" must return a bool`,
                at: validation.at,
            });
            continue;
        }
        if (result)
            continue;
        outcomes.push({
            type: "violation",
            message: violationMessage(validation, message, bindings),
            reason: validation.reason,
            at: validation.at,
        });
    }
    for (const { annotation, program } of compiled.annotations) {
        try {
            const value = program.evaluate(bindings);
            if (value === null)
                continue;
            if (typeof value !== "string")
                throw new CelEvalError("valueExpression must return a string or null");
            outcomes.push({ type: "annotation", key: annotation.key, value, at: annotation.at });
        }
        catch (err) {
            outcomes.push({
                type: "error",
                message: `auditAnnotation ${annotation.key}: ${err.message}`,
                at: annotation.at,
            });
        }
    }
    return { applied: true, outcomes };
}
/**
 * The message Kubernetes would return: messageExpression when it yields a non-empty string
 * (an error or an empty result falls back), else message, else the failed expression.
 */
function violationMessage(v, messageProgram, bindings) {
    if (messageProgram) {
        try {
            const m = messageProgram.evaluate(bindings);
            if (typeof m === "string" && m.trim() !== "")
                return oneLineMessage(m);
        }
        catch {
            // Kubernetes logs the error and uses `message`; so do we.
        }
    }
    if (v.message)
        return oneLineMessage(v.message);
    return `failed expression: ${oneLine(v.expression)}`;
}
/** Policy messages are untrusted text: one line, bounded length. */
function oneLineMessage(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/run.ts




const SEVERITY = { deny: "error", warn: "warning", audit: "notice" };
/** The severity a binding's actions give: the strongest of Deny (error), Warn (warning), Audit (notice). */
function severityOf(actions) {
    if (actions.includes("deny"))
        return "error";
    if (actions.includes("warn"))
        return "warning";
    return "notice";
}
/**
 * Evaluates every compiled policy, through each of its bindings (and each selected param), on
 * every object it matches. Returns the findings and how many evaluations ran.
 */
function runCelPolicies(policies, groups, options) {
    const results = [];
    let evaluations = 0;
    for (const group of groups) {
        const ctx = { catalog: options.catalog, namespaces: group.namespaces.labels };
        const values = new CelValueCache(options.catalog, group.namespaces);
        for (const resource of group.resources) {
            for (const compiled of policies) {
                const { policy, bindings } = compiled.bound;
                if (!policy.matches(resource, ctx))
                    continue;
                for (const binding of bindings) {
                    if (binding.matches && !binding.matches(resource, ctx))
                        continue;
                    const configured = options.enforcement?.(policy.name, policy.rule, group.env);
                    const severity = configured ? SEVERITY[configured] : severityOf(binding.actions);
                    const report = (outcome) => results.push(toResult(compiled, binding, resource, outcome, severity));
                    const params = paramsFor(compiled, binding, resource, options.params);
                    if ("error" in params) {
                        report({ type: "error", message: params.error, at: binding.at });
                        continue;
                    }
                    if (params.values.length === 0) {
                        if (params.deny) {
                            report({
                                type: "violation",
                                message: `no params found for binding ${binding.name} (parameterNotFoundAction Deny)`,
                                reason: "Invalid",
                                at: binding.at,
                            });
                        }
                        continue;
                    }
                    const base = values.of(resource, compiled.reads);
                    for (const param of params.values) {
                        evaluations += 1;
                        const outcomes = evaluatePolicy(compiled, { ...base, oldObject: null, params: param });
                        for (const outcome of outcomes)
                            report(outcome);
                    }
                }
            }
        }
    }
    return { results, evaluations };
}
/** Params converted to CEL once each. */
const paramValues = new WeakMap();
function paramValue(object) {
    let v = paramValues.get(object);
    if (v === undefined) {
        v = toCelValue(object);
        paramValues.set(object, v);
    }
    return v;
}
function paramsFor(compiled, binding, resource, index) {
    const kind = compiled.bound.policy.paramKind;
    if (!kind)
        return { values: [null], deny: false };
    if (!binding.paramRef)
        return { error: `binding ${binding.name} sets no paramRef, but the policy has paramKind ${kind.kind}` };
    const found = index.lookup(kind, binding.paramRef, resource);
    if ("error" in found)
        return found;
    return {
        values: found.params.map((p) => paramValue(p.object)),
        deny: binding.paramRef.notFound === "Deny",
    };
}
function toResult(compiled, binding, resource, outcome, severity) {
    const { policy } = compiled.bound;
    const id = ruleId(policy);
    const via = binding.name !== policy.name && binding.name !== policy.rule ? ` (binding ${binding.name})` : "";
    let message;
    let sev = severity;
    let waivable = true;
    if (outcome.type === "violation") {
        message = `${id}: ${outcome.message}${via}`;
    }
    else if (outcome.type === "error") {
        // failurePolicy Fail: an expression that cannot run refuses the object; Ignore lets it through.
        message = `${id}: could not evaluate${via}: ${outcome.message}`;
        if (policy.failurePolicy === "Ignore") {
            sev = "notice";
            message += " (failurePolicy Ignore)";
        }
    }
    else {
        message = `${id}: audit annotation ${outcome.key}=${outcome.value}${via}`;
        sev = "notice";
        waivable = false;
    }
    const finding = { tool: "policy", rule: id, severity: sev, message, resource: resource.ref };
    if (resource.origin.target !== undefined)
        finding.target = resource.origin.target;
    const result = { finding, policy: policy.name, resource, waivable };
    if (policy.rule !== undefined)
        result.rule = policy.rule;
    return result;
}

;// CONCATENATED MODULE: ./packages/policy/src/enforcement.ts
/**
 * The action `.gitops.yaml` sets for a policy in an env (`policy.enforcement`), replacing the
 * bindings' validationActions: `name/rule` before `name`, and the env before `*`. Undefined
 * when the config says nothing, so the bindings decide.
 */
function enforcementFor(config) {
    return (policy, rule, env) => {
        const keys = rule ? [`${policy}/${rule}`, policy] : [policy];
        for (const key of keys) {
            const byEnv = Object.hasOwn(config, key) ? config[key] : undefined;
            if (!byEnv)
                continue;
            const action = (env !== undefined && Object.hasOwn(byEnv, env) ? byEnv[env] : undefined) ?? byEnv["*"];
            if (action)
                return action;
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/cluster.ts

const POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);
/**
 * Each policy's placement: CI (it is in the policies folder) and the cluster envs whose deployed
 * targets render it. A policy only in a rendered target is enforced by the cluster alone.
 */
function placements(set, rendered, model) {
    const out = new Map();
    const at = (kind, name) => {
        const key = `${kind}/${name}`;
        let p = out.get(key);
        if (!p)
            out.set(key, (p = { kind, name, ci: false, cluster: [] }));
        return p;
    };
    for (const b of set.cel)
        at(b.policy.kind, b.policy.name).ci = true;
    for (const r of set.kyvernoRules)
        at("ClusterPolicy", r.policy).ci = true;
    const deployed = new Map(model.targets.map((t) => [t.id, t.applications.length > 0 ? t.env : undefined]));
    for (const r of rendered) {
        if (!POLICY_KINDS.has(r.ref.kind) || !r.origin.target)
            continue;
        const env = deployed.get(r.origin.target);
        if (env === undefined)
            continue;
        const p = at(r.ref.kind, r.ref.name);
        const name = env === "" ? "every env" : env;
        if (!p.cluster.includes(name))
            p.cluster.push(name);
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}
/** One line per policy: where it runs. */
function placementText(list) {
    const width = Math.max(0, ...list.map((p) => p.name.length));
    return list
        .map((p) => {
        const where = p.ci && p.cluster.length > 0
            ? `CI and cluster (${p.cluster.join(", ")})`
            : p.ci
                ? "CI only: no Application deploys it"
                : `cluster only (${p.cluster.join(", ")}): not in the policies folder, so CI never runs it`;
        return `${p.name.padEnd(width)}  ${p.kind.padEnd(25)}  ${where}\n`;
    })
        .join("");
}
/**
 * Bindings and Kyverno policies rendered for an env that enforce otherwise than
 * `policy.enforcement` says for that env: CI would deny what the cluster lets through (or warn
 * about what the cluster refuses).
 */
function enforcementDrift(rendered, config) {
    const wanted = enforcementFor(config.enforcement);
    const out = [];
    for (const r of rendered) {
        const env = r.origin.env;
        if (!env)
            continue;
        const spec = (r.object.spec ?? {});
        if (r.ref.kind === "ValidatingAdmissionPolicyBinding") {
            const policy = typeof spec.policyName === "string" ? spec.policyName : "";
            const action = wanted(policy, undefined, env);
            const actions = Array.isArray(spec.validationActions) ? spec.validationActions.map(String) : [];
            if (action && !bindingEnforces(actions, action))
                out.push(drift(r, env, `validationActions [${actions.join(", ")}]`, action, `validationActions: [${cap(action)}]`));
        }
        else if ((r.ref.kind === "ClusterPolicy" || r.ref.kind === "Policy") &&
            r.ref.apiVersion.startsWith("kyverno.io/")) {
            const action = wanted(r.ref.name, undefined, env);
            const failure = typeof spec.validationFailureAction === "string" ? spec.validationFailureAction : "Audit";
            const enforces = failure.toLowerCase() === "enforce";
            if (action && enforces !== (action === "deny"))
                out.push(drift(r, env, `validationFailureAction ${failure}`, action, `validationFailureAction: ${action === "deny" ? "Enforce" : "Audit"}`));
        }
    }
    return out;
}
function bindingEnforces(actions, action) {
    const has = (a) => actions.some((x) => x.toLowerCase() === a);
    return action === "deny" ? has("deny") : has(action) && !has("deny");
}
/** The finding has no file yet: the caller points it at the source the object came from. */
function drift(r, env, has, action, fix) {
    const finding = {
        tool: "policy",
        rule: "policy/cluster-enforcement",
        severity: "warning",
        message: `${r.ref.kind} ${r.ref.name} is deployed to ${env} with ${has}, but policy.enforcement says ${action} there: CI and the cluster would disagree; set ${fix} or change policy.enforcement`,
        ...(r.origin.target ? { target: r.origin.target } : {}),
        resource: r.ref,
    };
    return { finding, resource: r };
}
const cap = (a) => `${a.charAt(0).toUpperCase()}${a.slice(1)}`;

;// CONCATENATED MODULE: ./packages/policy/src/cluster-coverage.ts
const cluster_coverage_POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);
/**
 * Cluster envs (those with Applications) whose Applications deploy none of the policies CI runs.
 * Only checked once the repo shows it enforces in the cluster: some env deploys policies, or
 * `policy.enforcement` names envs. Before that, every repo without such an Application would get
 * a warning per env for a setup it never chose.
 */
function envsWithoutPolicies(model, rendered, context) {
    if (context.policies === 0)
        return [];
    const clusterEnvs = [...new Set(model.applications.map((a) => a.env).filter((e) => e !== ""))].sort();
    if (clusterEnvs.length === 0)
        return [];
    const envsOf = new Map();
    for (const app of model.applications)
        for (const id of app.targets) {
            let envs = envsOf.get(id);
            if (!envs)
                envsOf.set(id, (envs = new Set()));
            envs.add(app.env);
        }
    const covered = new Set();
    for (const r of rendered) {
        if (!cluster_coverage_POLICY_KINDS.has(r.ref.kind) || !r.origin.target)
            continue;
        for (const env of envsOf.get(r.origin.target) ?? [])
            covered.add(env);
    }
    // An Application that names no env deploys to whatever cluster it points at: count it everywhere.
    if (covered.has(""))
        return [];
    const adopted = covered.size > 0 || context.enforcementEnvs.some((e) => clusterEnvs.includes(e));
    if (!adopted)
        return [];
    return clusterEnvs
        .filter((env) => !covered.has(env))
        .map((env) => ({
        tool: "policy",
        rule: "policy/not-in-cluster",
        severity: "warning",
        message: `env ${env} has Applications but none deploys the policies in ${context.dir}/: CI checks ${context.policies} ${context.policies === 1 ? "policy" : "policies"} that the ${env} cluster never enforces; add an Application for ${env} whose source path is ${context.dir}`,
        file: context.dir,
    }));
}
/** The envs `policy.enforcement` names (besides `*`). */
function enforcementEnvs(enforcement) {
    return [...new Set(Object.values(enforcement).flatMap((byEnv) => Object.keys(byEnv)))].filter((e) => e !== "*");
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var dist_esm = __webpack_require__(1138);
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
function collections_slice(l, ...indices) {
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
    ["slice", fnOf(["any"], collections_slice, "any")],
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
        const file = yaml_parseYaml(s, "fromYaml");
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
            re2 = esm/* RE2JS */.L3.compile(pattern);
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




const regex_cache = new Map();
/** regexp.Compile, cached. */
function compileGo(pattern) {
    const hit = regex_cache.get(pattern);
    if (hit)
        return hit;
    const re = GoRegexp.compile(pattern);
    if (regex_cache.size > 500)
        regex_cache.clear();
    regex_cache.set(pattern, re);
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
function regex_findAll(re, s, n) {
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
        fnOf(["string", "string", "int"], (r, s, n) => regex_findAll(mustCompile(r), s, n)),
    ],
    [
        "mustRegexFindAll",
        fnOf(["string", "string", "int"], (r, s, n) => regex_findAll(compileOrFail(r), s, n)),
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
let sprig_shared;
/** The one function map every ApplicationSet template sees. */
function templateFuncs() {
    sprig_shared ??= buildFuncs();
    return sprig_shared;
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




function render_isObject(v) {
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
    if (render_isObject(value)) {
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
    if (render_isObject(dst) && render_isObject(src)) {
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
    const t = render_isObject(template) ? template : {};
    const meta = render_isObject(t.metadata) ? t.metadata : {};
    const metadata = {};
    for (const key of ["name", "namespace", "labels", "annotations", "finalizers"]) {
        const v = meta[key];
        if (v !== undefined && v !== null)
            metadata[key] = v;
    }
    return { metadata, spec: render_isObject(t.spec) ? t.spec : {} };
}
const RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io";
/** RenderTemplateParams: render, then add the deletion finalizer unless resources are preserved. */
function renderApplication(tmpl, params, replace, preserveResources) {
    // Argo CD returns the template untouched (no finalizer either) for an empty parameter set.
    if (Object.keys(params).length === 0)
        return structuredClone(tmpl);
    const app = renderDeep(tmpl, params, replace);
    const out = render_isObject(app) ? app : {};
    const metadata = render_isObject(out.metadata) ? out.metadata : {};
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
function clusters_stringMap(v) {
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
    const labels = clusters_stringMap(metadata.labels);
    if (labels[SECRET_TYPE_LABEL] !== "cluster")
        return undefined;
    const fields = {};
    const data = clusters_stringMap(d.data);
    for (const key of ["name", "server", "project"]) {
        const raw = data[key];
        if (raw !== undefined)
            fields[key] = Buffer.from(raw, "base64").toString("utf8");
    }
    Object.assign(fields, pick(clusters_stringMap(d.stringData), ["name", "server", "project"]));
    const cluster = {
        name: fields.name ?? "",
        server: fields.server ?? "",
        labels,
        annotations: clusters_stringMap(metadata.annotations),
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
    return render_isObject(v) ? v : {};
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
    if (!render_isObject(v))
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










function git_items(v, field) {
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
    const directories = git_items(git.directories, "directories");
    const files = git_items(git.files, "files");
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
        value = toGoValue(yaml_parseYaml(text, file).documents[0]?.value ?? null);
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
            parsed = toGoValue(yaml_parseYaml(yaml, "elementsYaml").documents[0]?.value ?? null);
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
    if (!render_isObject(generator))
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
        const own = render_isObject(generator[kind]) ? generator[kind].template : undefined;
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
            value = yaml_parseYaml(text, "templatePatch").documents[0]?.value ?? null;
    }
    catch (err) {
        throw new PatchError(`error while converting template to json ${JSON.stringify(trimmed.slice(0, 200))}: ${(0,src_errors/* messageOf */.bD)(err)}`);
    }
    const plain = toPlain(toGoValue(value));
    if (plain !== null && !render_isObject(plain)) {
        throw new PatchError(`invalid templatePatch ${JSON.stringify(trimmed.slice(0, 200))}: json: cannot unmarshal ${Array.isArray(plain) ? "array" : typeof plain} into Go value of type v1alpha1.Application`);
    }
    return plain;
}
const MERGE_LISTS = {
    "metadata.finalizers": "set",
    "metadata.ownerReferences": "uid",
};
function strategicMerge(original, patch) {
    if (!render_isObject(patch))
        return original;
    const merged = mergeMap(original, patch, "", 0);
    return render_isObject(merged) ? merged : {};
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
        if (render_isObject(v) && render_isObject(cur))
            next = mergeMap(cur, v, childPath, depth + 1);
        else if (render_isObject(v))
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
        const uid = render_isObject(item) ? item.uid : undefined;
        const at = out.findIndex((o) => render_isObject(o) && o.uid === uid);
        if (at >= 0 && render_isObject(item)) {
            const cur = out[at];
            out[at] = render_isObject(cur) ? { ...cur, ...item } : item;
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
    const metadata = render_isObject(appset.metadata) ? appset.metadata : {};
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
    if (!render_isObject(spec)) {
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
    const syncPolicy = render_isObject(spec.syncPolicy) ? spec.syncPolicy : {};
    const preserve = syncPolicy.preserveResourcesOnDeletion === true;
    const templatePatch = typeof spec.templatePatch === "string" ? spec.templatePatch : undefined;
    const seen = new Set();
    const emit = (app, params, where) => {
        const meta = render_isObject(app.metadata) ? app.metadata : {};
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
            spec: render_isObject(app.spec) ? app.spec : {},
        };
        applications.push({ manifest, params: flattenParams(params, true) });
    };
    try {
        generators.forEach((generator, i) => {
            const kinds = render_isObject(generator)
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
                const keys = render_isObject(generator) ? Object.keys(generator).filter((k) => k !== "selector") : [];
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



;// CONCATENATED MODULE: ./packages/core/src/clock.ts
/**
 * The wall clock with sub-millisecond precision, comparable with a file's `ctimeMs`: when a run
 * began reading the repository, so the cache can tell a file changed during the run.
 */
function preciseNow() {
    return performance.timeOrigin + performance.now();
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/git.ts


/**
 * Runs git with an argument array (never a shell). Callers put refs and paths
 * from users after `--end-of-options` or `--`, so a value like `--upload-pack=x`
 * is never read as an option. The environment turns off prompts and pagers.
 */
function git_git(cwd, args, env = process.env) {
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
async function git_gitOk(cwd, args, what) {
    const r = await git_git(cwd, args);
    if (r.code !== 0)
        throw new src_errors/* UserError */.yo(`${what}: ${git_firstLine(r.stderr) || `git exited ${r.code}`}`);
    return r.stdout;
}
/** The commit a ref names, or a `UserError` naming the ref. */
async function git_resolveCommit(cwd, ref, purpose) {
    const r = await git_git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (r.code === 0)
        return r.stdout.trim();
    // A fresh `git init` has no commits; saying so beats "HEAD is not a commit".
    const head = await git_git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    if (head.code !== 0)
        throw new src_errors/* UserError */.yo(`${purpose}: the repository has no commits yet; commit first`);
    throw new src_errors/* UserError */.yo(`${purpose}: "${ref}" is not a commit in this repository`);
}
/** The top folder of the work tree that holds `cwd`, or undefined outside git. */
async function git_gitTopLevel(cwd) {
    const r = await git_git(cwd, ["rev-parse", "--show-toplevel"]);
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
    const onPath = locate_findOnPath(name, env);
    if (onPath)
        return onPath;
    for (const cache of locate_toolCacheRoots(env)) {
        const found = findInCache((0,external_node_path_.join)(cache, `gitops-${name}`), name);
        if (found)
            return found;
    }
    return undefined;
}
/** The first executable called `name` on PATH, or undefined. */
function locate_findOnPath(name, env = process.env) {
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
function locate_toolCacheDir(root, name, version, arch) {
    return join(root, `gitops-${name}`, version, arch);
}
/** Where setup-tools and `gitops tools install` keep tools. */
function locate_toolCacheRoots(env = process.env) {
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
function exec_runTool(file, args, options) {
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
function rendered_yaml_parseRenderedYaml(text, file, limits = {}) {
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
        const parsed = yaml_parseYaml(text, file, { ...lim, maxDocuments: 1 });
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
    return rendered_yaml_parseRenderedYaml(decodeUtf8(bytes, file), file, DEFAULT_YAML_LIMITS);
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
    const r = await exec_runTool(helm, ["template", release, chartDir || "."], {
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
        for (const doc of rendered_yaml_parseRenderedYaml(r.stdout, `${chartDir}/ (helm template)`)) {
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
            findings.push(app_targets_error(app, `Application ${app.name} in ${app.file} has the same name and env as one in ${existing.applications[0]?.file ?? "?"}; only the first is rendered`));
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
            findings.push(app_targets_error(app, `Application ${app.name}: source path "${source.path ?? ""}" is not a folder in this repository`));
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
            findings.push(app_targets_error(app, `Application ${app.name}: ${source.path ?? ""} has helm options but no Chart.yaml`));
            return undefined;
        }
        const valueFiles = [];
        for (const f of source.helm?.valueFiles ?? []) {
            const resolved = resolveValueFile(f, dir, refs, repo);
            if (typeof resolved !== "string") {
                findings.push(app_targets_error(app, `Application ${app.name}: value file "${f}" ${resolved.problem}`));
                return undefined;
            }
            if (!(0,external_node_fs_.existsSync)(resolved)) {
                if (source.helm?.ignoreMissingValueFiles)
                    continue;
                findings.push(app_targets_error(app, `Application ${app.name}: value file "${f}" does not exist (${(0,external_node_path_.relative)(repo, resolved)})`));
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
function app_targets_error(app, message) {
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
function dr_clusters_placements(layout, clusters) {
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
    const placed = dr_clusters_placements(layout, clusters);
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
    const placed = dr_clusters_placements(layout, clusters).filter((p) => services.includes(p.service));
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
    const placed = dr_clusters_placements(layout, clusters).filter((p) => p.target.env !== "");
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





const roots_PLACEHOLDER = /^\{(env|service)\}$/;
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
    const bad = (why) => new src_errors/* UserError */.yo(`${config_CONFIG_FILE}: targets.roots entry "${root}" ${why}`, config_CONFIG_FILE);
    if (root.startsWith("/") || /^[a-zA-Z]:/.test(root))
        throw bad("must be relative to the repository");
    if (segments.length === 0)
        throw bad("names no folder");
    if (segments.includes(".."))
        throw bad('must not contain ".."');
    if (segments.includes("**"))
        throw bad('must not use "**": each segment matches one folder level');
    for (const s of segments) {
        if (s.includes("{") && !roots_PLACEHOLDER.test(s))
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
        const placeholder = roots_PLACEHOLDER.exec(head)?.[1];
        if (placeholder) {
            if (!idPattern.test(name))
                continue;
            yield* expand(realRepo, (0,external_node_path_.join)(dir, name), rest, [...prefix, name], { ...names, [placeholder]: name });
        }
        else if (name === head || (0,dist_esm/* minimatch */.xF)(name, head)) {
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
async function load_loadModel(repoDir, options = {}) {
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
    const excluded = (id) => config.targets.exclude.some((g) => (0,dist_esm/* minimatch */.xF)(id, g, { dot: true }));
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
            t.reasons.push(`matches ${m.root} in ${config_CONFIG_FILE}`);
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
        message: `env "${env}" (${ids.length} target(s): ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ", …" : ""}) is not one of the environments (${environments.join(", ")}); add it to "environments" in ${config_CONFIG_FILE}`,
        file: ids[0] ?? config_CONFIG_FILE,
        target: ids[0] ?? "",
    }));
}
/**
 * URLs of the checkout's remotes, for matching Application repoURLs. A remote on the local disk
 * (a mirror, a bare repo) is no name Argo CD could use, so it is left out.
 */
async function remoteUrls(repo) {
    const r = await git_git(repo, ["config", "--get-regexp", "^remote\\..*\\.url$"]);
    if (r.code !== 0)
        return [];
    return r.stdout
        .split("\n")
        .map((l) => l.split(" ").slice(1).join(" ").trim())
        .filter((u) => u && !/^(\/|\.|~|file:)/i.test(u));
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
    const where = layout.configFile ? `targets.roots in ${config_CONFIG_FILE}` : `targets.roots in a ${config_CONFIG_FILE}`;
    const looked = layout.config.targets.roots.length > 0
        ? `no kustomization, chart or manifest folder under ${layout.config.targets.roots.join(", ")}`
        : "no kustomization or chart that nothing else uses, no manifest folder under an env folder";
    return new src_errors/* UserError */.yo(`no targets in ${layout.repo}: ${looked}, and no Argo CD Application points into the repository; ` +
        `set ${where} to where your overlays live`, layout.configFile ? config_CONFIG_FILE : undefined);
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

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** The suite's version; a test keeps it equal to package.json's. */
const version_VERSION = "0.1.0";

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
        this.shared = key_cacheKey({ gitops: version_VERSION, code: code_codeIdentity(), kind, shared });
    }
    /** The key of a target's result; undefined when its inputs cannot be hashed faithfully. */
    key(t) {
        try {
            return key_cacheKey({
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
            if (err instanceof files_Unhashable)
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
function write_writeAtomic(path, content) {
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
        write_writeAtomic(path, content);
    }
    catch (err) {
        throw new UserError(`${shownAs}: cannot write: ${messageOf(err)}`);
    }
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
async function changes_changedFiles(repo, ref) {
    const commit = await git_resolveCommit(repo, ref, "--changed-since");
    const diff = await git_gitOk(repo, ["diff", "--name-only", "--no-renames", "--relative", "-z", commit, "--", "."], "git diff");
    const untracked = await git_gitOk(repo, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."], "git ls-files");
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
            config: hasher.file(config_CONFIG_FILE),
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
        if (!this.hasher.unchangedDuringRun([config_CONFIG_FILE, ...inputFiles(graph)], graph.dirs))
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
    const result = await exec_runTool(path, args, { timeoutMs: Math.min(timeoutMs, 30_000) });
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
        if (spec.include && !(0,dist_esm/* minimatch */.xF)(rel, spec.include.trim()))
            continue;
        if (spec.exclude && (0,dist_esm/* minimatch */.xF)(rel, spec.exclude.trim()))
            continue;
        const display = (0,external_node_path_.relative)(repo, path).split("\\").join("/");
        // The careful loader checks the size before reading: a 50 MB file is refused, not parsed.
        const parsed = yaml_loadYamlFile(path, display);
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
        return await exec_runTool(helm, helmArgs(spec, scratch, opts.kubeVersion), {
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
    return exec_runTool(tool.path, args, {
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
        yaml_loadYamlFile(path, display);
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
        const parsed = rendered_yaml_parseRenderedYaml(yaml, `render/${target.id}.yaml`);
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
    return load_loadModel(options.repo, { outDir, ...(options.env ? { env: options.env } : {}) });
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
        const changed = options.changedPaths ?? (await changes_changedFiles(repo, options.changedSince ?? "HEAD"));
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
                write_writeAtomic(render_outputPath(outDir, t.id), outcome.yaml);
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
        write_writeAtomic(index, formatIndex({ targets: results.map(withoutTime) }));
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
function render_outputPath(outDir, id) {
    return (0,external_node_path_.join)(outDir, `${id}.yaml`);
}
function entryBase(t, repo, outDir) {
    const output = relativeTo(repo, render_outputPath(outDir, t.id));
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
    const shown = relativeTo(repo, render_outputPath(outDir, failure.id));
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
            removeQuietly(render_outputPath(outDir, t.id));
            const error = outcome ? (outcome.failure?.message ?? "failed") : why;
            return { ...base, status: "failed", resources: 0, sha256: "", error };
        }
        const old = previous.targets.find((p) => p.id === t.id && p.status === "ok");
        return { ...base, status: "skipped", resources: old?.resources ?? 0, sha256: old?.sha256 ?? "" };
    });
    const index = (0,external_node_path_.join)(outDir, INDEX_FILE);
    try {
        write_writeAtomic(index, formatIndex({ targets: entries }));
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

;// CONCATENATED MODULE: ./packages/render/src/argo.ts
// Argo CD Application helpers live with the repository model in core; re-exported for render's modules.


;// CONCATENATED MODULE: ./packages/render/src/diff/resources.ts


/** Splits rendered YAML into objects by key; documents without kind/name are ignored. */
function resources_splitResources(yaml, label) {
    const out = new Map();
    for (const d of parseRenderedYaml(yaml, label)) {
        const v = d.value;
        if (!isObject(v) || typeof v.kind !== "string" || typeof v.apiVersion !== "string")
            continue;
        const meta = isObject(v.metadata) ? v.metadata : {};
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
function resources_redactSecrets(base, head) {
    if ((base ?? head)?.kind !== "Secret")
        return [base?.value, head?.value];
    // Head marks a changed value, base does not: the two texts differ exactly where the values do.
    const redact = (r, other, side) => {
        if (!r)
            return undefined;
        const copy = { ...r.value };
        for (const field of ["data", "stringData"]) {
            const mine = r.value[field];
            if (!isObject(mine))
                continue;
            const theirs = other && isObject(other.value[field]) ? other.value[field] : {};
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
function compare_compareTarget(meta, baseYaml, headYaml) {
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
        const before = bv === undefined ? "" : stringify(bv, { lineWidth: 0, sortMapEntries: false });
        const after = hv === undefined ? "" : stringify(hv, { lineWidth: 0, sortMapEntries: false });
        if (before === after)
            continue;
        const r = (h ?? b);
        const change = !b ? "added" : !h ? "removed" : "changed";
        const lines = createTwoFilesPatch(`a/${key}`, `b/${key}`, before, after, "", "", { context: 3 }).split("\n");
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

;// CONCATENATED MODULE: ./packages/render/src/diff/run.ts












/**
 * Renders the merge-base (in a temporary git worktree) and the working tree,
 * only for the targets the change can affect, and compares them per target
 * and per object. Writes the complete markdown to `render/diff.md`.
 */
async function run_diffRendered(options) {
    const top = await gitTopLevel(options.repo);
    if (!top)
        throw new UserError(`diff: ${options.repo} is not inside a git repository`);
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
    const head = await render({
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
    const scratch = mkdtempSync(join(tmpdir(), "gitops-diff-"));
    const worktree = join(scratch, "base");
    try {
        await gitOk(top, ["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, mergeBase], "diff: cannot check out the merge-base");
        const baseRepo = join(worktree, relative(top, head.layout.repo));
        const baseOut = join(scratch, "render");
        // A base from before the repo had a .gitops.yaml renders with the head's, so both sides
        // are found and rendered the same way.
        const headConfig = join(head.layout.repo, CONFIG_FILE);
        if (existsSync(baseRepo) && existsSync(headConfig) && !existsSync(join(baseRepo, CONFIG_FILE)))
            copyFileSync(headConfig, join(baseRepo, CONFIG_FILE));
        const baseModel = existsSync(baseRepo)
            ? await loadModel(baseRepo, { outDir: baseOut, ...(options.env ? { env: options.env } : {}) })
            : undefined;
        // A base with nothing to render (the change adds the first targets) compares as empty.
        const base = baseModel && baseModel.targets.length > 0
            ? await render({
                repo: baseRepo,
                outDir: baseOut,
                model: baseModel,
                only: onlyOf(baseModel.targets.map((t) => t.id)),
                ...common,
            })
            : undefined;
        const diffs = compareAll(head, base);
        const fullDiffFile = join(head.outDir, "diff.md");
        const rel = relative(head.layout.repo, fullDiffFile).split("\\").join("/");
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
        rmSync(scratch, { recursive: true, force: true });
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
        const headYaml = h?.status === "ok" ? readFileSync(outputPath(head.outDir, id), "utf8") : undefined;
        const baseYaml = b?.status === "ok" && base ? readFileSync(outputPath(base.outDir, id), "utf8") : undefined;
        const meta = h ?? b;
        if (!meta)
            continue;
        const d = compareTarget({ id, env: meta.env, ...(meta.service ? { service: meta.service } : {}) }, baseYaml, headYaml);
        if (d)
            diffs.push(d);
    }
    return diffs;
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
    const report = await render({
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
    const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-render-"));
    const dispose = () => {
        (0,external_node_fs_.rmSync)(outDir, { recursive: true, force: true });
    };
    try {
        if (options.only.size === 0)
            return { outDir, index: { targets: [] }, findings: [], dispose };
        const report = await render_render({
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











;// CONCATENATED MODULE: ./packages/policy/src/inputs/fresh.ts





/**
 * Renders first when `render/` is missing or stale, like `gitops lint`: a target is stale when
 * it has no output, is new, or one of its inputs (files and folders of its input graph, the
 * Applications that point at it, `.gitops.yaml`) changed after its output was written. Only
 * stale targets are rendered; fresh outputs are kept.
 */
async function ensureRendered(repo, options = {}) {
    const outDir = (0,external_node_path_.join)(repo, "render");
    const index = readIndex(outDir);
    const indexTime = mtime((0,external_node_path_.join)(outDir, INDEX_FILE));
    const layout = options.model ?? (await load_loadModel(repo, options.env ? { env: options.env } : {}));
    // A required check that checked nothing would pass vacuously.
    if (layout.targets.length === 0)
        throw noTargets(layout);
    const targets = layout.targets.filter((t) => !options.environments || options.environments.includes(t.env));
    const configTime = mtime((0,external_node_path_.join)(repo, config_CONFIG_FILE)) ?? 0;
    const stale = new Set();
    for (const t of targets) {
        if (t.skipReason)
            continue;
        const entry = index.targets.find((e) => e.id === t.id);
        const outputTime = entry && indexTime !== undefined ? mtime((0,external_node_path_.resolve)(repo, entry.output)) : undefined;
        if (outputTime === undefined || configTime > outputTime) {
            stale.add(t.id);
            continue;
        }
        const graph = layout.graph(t.id);
        if (graph.unresolved || newestInput(repo, graph.files, graph.dirs) > outputTime)
            stale.add(t.id);
    }
    if (stale.size === 0)
        return { model: layout, rendered: [], findings: [] };
    const report = await render_render({
        repo,
        model: layout,
        only: stale,
        ...(options.env ? { env: options.env } : {}),
        ...(options.environments ? { environments: options.environments } : {}),
    });
    return { model: layout, rendered: report.rendered, findings: report.findings };
}
function newestInput(repo, files, dirs) {
    let newest = 0;
    for (const f of files)
        newest = Math.max(newest, mtime((0,external_node_path_.join)(repo, f)) ?? Number.MAX_SAFE_INTEGER);
    for (const d of dirs)
        newest = Math.max(newest, newestIn((0,external_node_path_.join)(repo, d), 0));
    return newest;
}
/** The newest mtime under a folder (the folder's own mtime covers deleted files). */
function newestIn(dir, depth) {
    let newest = mtime(dir) ?? Number.MAX_SAFE_INTEGER;
    if (depth > 20)
        return newest;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return newest;
    }
    for (const e of entries) {
        const path = (0,external_node_path_.join)(dir, e.name);
        newest = Math.max(newest, e.isDirectory() ? newestIn(path, depth + 1) : (mtime(path) ?? 0));
    }
    return newest;
}
function mtime(path) {
    try {
        return (0,external_node_fs_.statSync)(path).mtimeMs;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/globs.ts
var globs = __webpack_require__(6626);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var walk = __webpack_require__(56);
;// CONCATENATED MODULE: ./packages/policy/src/inputs/load.ts










/** Rendered output is machine-written and can be large. */
const LARGE_YAML = { maxBytes: 512 * 1024 * 1024, maxDocuments: 1_000_000, maxAliasCount: 10_000 };
const load_MANIFEST = /\.(ya?ml|json)$/i;
/**
 * Reads the outputs of the rendered targets in `render/index.json` (optionally of some envs).
 * A failed or missing output is an error finding on its target: its objects go unchecked, and
 * the run must not pass silently.
 */
function loadRenderedTargets(repo, environments, only, 
/** The index entries to read, when not render/index.json's (a private render's). */
entries = readIndex((0,external_node_path_.join)(repo, "render")).targets) {
    const targets = [];
    const findings = [];
    for (const entry of entries) {
        if (environments && !environments.includes(entry.env))
            continue;
        if (only && !only.has(entry.id))
            continue;
        const unchecked = (why) => findings.push({
            tool: "policy",
            rule: "policy/unrendered-target",
            severity: "error",
            message: `${entry.id}: ${why}; its objects were not checked`,
            target: entry.id,
            file: entry.source,
        });
        if (entry.status === "failed") {
            unchecked(`the target failed to render${entry.error ? ` (${entry.error.split("\n")[0] ?? ""})` : ""}`);
            continue;
        }
        const path = (0,external_node_path_.resolve)(repo, entry.output);
        if (entry.status === "skipped" && entry.error)
            continue;
        // A target left out of this render (--changed-since, a filter, another shard) has nothing
        // to check unless an earlier run left its output; lint treats it the same way.
        if (entry.status === "skipped" && !(0,external_node_fs_.existsSync)(path))
            continue;
        if (!(0,external_node_fs_.existsSync)(path)) {
            unchecked(`${entry.output} is missing`);
            continue;
        }
        const yaml = readManifests(path, entry.output);
        targets.push({
            entry,
            resources: resourcesOf(yaml, { target: entry.id, env: entry.env }),
            sha256: yaml.sha256,
        });
    }
    return { targets, findings };
}
/**
 * Reads a manifest file with core's fast reader (`parseRenderedYaml`): policies need each
 * object's value, its document's first line and Helm's `# Source:` comment, not the
 * comment-keeping Document, and rendered targets hold thousands of objects. Duplicate keys,
 * alias bombs, size and document caps are still refused with `file:line`.
 */
function readManifests(path, file) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        throw new src_errors/* UserError */.yo(`${file}: cannot read`, file);
    }
    if (size > LARGE_YAML.maxBytes)
        throw new src_errors/* UserError */.yo(`${file}: ${size} bytes exceed the rendered-YAML limit`, file);
    const bytes = (0,external_node_fs_.readFileSync)(path);
    const documents = rendered_yaml_parseRenderedYaml(decodeUtf8(bytes, file), file, LARGE_YAML);
    return { file, documents, sha256: outputDigest(bytes) };
}
/** Objects of a parsed file, with Helm `# Source:` comments kept. */
function resourcesOf(yaml, extra = {}) {
    const out = [];
    for (const document of yaml.documents) {
        const values = Array.isArray(document.value) ? document.value : [document.value];
        for (const value of values) {
            const origin = { file: yaml.file, line: document.line, ...extra };
            const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
            if (source)
                origin.helmSource = source;
            // A `kind: List` holds its objects in `items`.
            const v = value;
            const items = v?.kind === "List" && Array.isArray(v.items) ? v.items : [value];
            for (const item of items) {
                const r = toResource(item, origin);
                if (r)
                    out.push(r);
            }
        }
    }
    return out;
}
/**
 * Reads manifest files and folders (recursively: *.yaml, *.yml, *.json), like `conftest test`,
 * and globs (`render/apps/**\/*.yaml`). Paths are shown relative to the repo when inside it.
 * A path that does not exist, a bad glob or one that matches nothing is a UserError.
 */
function loadManifestPaths(repo, paths, cwd = process.cwd()) {
    const out = [];
    for (const p of paths) {
        if ((0,globs/* isGlob */.fg)(p)) {
            const problem = (0,globs/* globProblem */.AI)(p);
            if (problem !== undefined)
                throw new src_errors/* UserError */.yo(`--manifests ${JSON.stringify(p)}: invalid glob: ${problem}`);
            const files = (0,globs/* expandGlob */.hT)(p, cwd);
            if (files.length === 0)
                throw new src_errors/* UserError */.yo(`--manifests ${JSON.stringify(p)}: the glob matches no file`);
            for (const file of files)
                out.push(...resourcesOf(readManifests(file, display(repo, file))));
            continue;
        }
        const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p);
        let st;
        try {
            st = (0,external_node_fs_.statSync)(abs);
        }
        catch {
            throw new src_errors/* UserError */.yo(`--manifests ${p}: no such file or folder`, p);
        }
        const files = st.isDirectory() ? [...(0,walk/* walkFiles */.F)(abs, (name) => load_MANIFEST.test(name))] : [abs];
        for (const file of files)
            out.push(...resourcesOf(readManifests(file, display(repo, file))));
    }
    return out;
}
/** Relative to the repo, as every finding's file is; a file outside the repo by its absolute path. */
function display(repo, file) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), file);
    return (0,external_node_path_.isAbsolute)(rel) || rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) ? file : rel.split(external_node_path_.sep).join("/");
}

;// CONCATENATED MODULE: ./packages/policy/src/inputs/locate.ts



/**
 * Points findings on rendered objects at the files people edit:
 * - Helm output: the template its `# Source:` comment names, at the line of its `kind:`;
 * - kustomize and plain folders: the input file of the target that defines an object of the
 *   same kind and name (the renderer adds no origin annotations), at its document's line;
 * - otherwise the target's folder.
 * Only objects that have findings are located, so a clean run reads no source files.
 */
class SourceLocator {
    repo;
    entries;
    graph;
    yaml = new Map();
    inputs;
    constructor(repo, entries, 
    /** The model's input graphs; without them findings stay on the target's folder. */
    graph) {
        this.repo = repo;
        this.entries = entries;
        this.graph = graph;
    }
    /** Sets `file` and `line` on a finding about `resource`. */
    locate(finding, resource) {
        const target = resource.origin.target;
        const entry = target === undefined ? undefined : this.entries.get(target);
        if (!entry) {
            finding.file = resource.origin.file;
            finding.line = resource.origin.line;
            return;
        }
        const at = resource.origin.helmSource
            ? this.helm(entry.source, resource.origin.helmSource, resource.ref.kind)
            : this.search(entry, resource);
        finding.file = at.file;
        if (at.line !== undefined)
            finding.line = at.line;
    }
    helm(chartDir, source, kind) {
        // "<chart name>/templates/x.yaml": the chart's folder is the target's source, whatever its name.
        const file = external_node_path_.posix.join(chartDir, source.split("/").slice(1).join("/"));
        try {
            const lines = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, file), "utf8").split("\n");
            const i = lines.findIndex((l) => new RegExp(`^kind:\\s*["']?${kind}\\b`).test(l));
            return { file, line: i + 1 || 1 };
        }
        catch {
            return { file: chartDir };
        }
    }
    search(entry, resource) {
        for (const rel of this.inputFiles(entry.id)) {
            const yaml = this.load(rel);
            for (const doc of yaml?.documents ?? []) {
                const v = doc.value;
                if (v?.kind === resource.ref.kind && v.metadata?.name === resource.ref.name) {
                    return { file: rel, line: doc.line };
                }
            }
        }
        return { file: entry.source };
    }
    inputFiles(id) {
        if (!this.inputs)
            this.inputs = new Map();
        let files = this.inputs.get(id);
        if (!files) {
            const g = this.graph?.(id);
            files = g ? [...g.files, ...[...g.dirs].flatMap((d) => yamlFilesIn(this.repo, d))] : [];
            this.inputs.set(id, files);
        }
        return files.filter((f) => /\.ya?ml$/i.test(f));
    }
    load(rel) {
        let y = this.yaml.get(rel);
        if (y === undefined) {
            try {
                y = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.repo, rel)) ? yaml_loadYamlFile((0,external_node_path_.join)(this.repo, rel), rel) : null;
            }
            catch {
                y = null;
            }
            this.yaml.set(rel, y);
        }
        return y;
    }
}
function yamlFilesIn(repo, dir) {
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { recursive: true, encoding: "utf8" })
            .filter((f) => /\.ya?ml$/i.test(f))
            .map((f) => external_node_path_.posix.join(dir, f.split("\\").join("/")));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/catalog.ts
/**
 * Built-in kinds and the CRDs a GitOps repository commonly holds (Argo CD, external-secrets,
 * cert-manager, ...). CRDs defined in the checked manifests are added on top, so a policy's
 * `resources: ["widgets"]` matches `kind: Widget` whenever the repo holds its CRD.
 */
const KNOWN = [
    ["", "Pod", "pods", true],
    ["", "Service", "services", true],
    ["", "ConfigMap", "configmaps", true],
    ["", "Secret", "secrets", true],
    ["", "ServiceAccount", "serviceaccounts", true],
    ["", "PersistentVolumeClaim", "persistentvolumeclaims", true],
    ["", "PersistentVolume", "persistentvolumes", false],
    ["", "Namespace", "namespaces", false],
    ["", "Node", "nodes", false],
    ["", "Endpoints", "endpoints", true],
    ["", "LimitRange", "limitranges", true],
    ["", "ResourceQuota", "resourcequotas", true],
    ["", "ReplicationController", "replicationcontrollers", true],
    ["", "PodTemplate", "podtemplates", true],
    ["", "Event", "events", true],
    ["apps", "Deployment", "deployments", true],
    ["apps", "StatefulSet", "statefulsets", true],
    ["apps", "DaemonSet", "daemonsets", true],
    ["apps", "ReplicaSet", "replicasets", true],
    ["apps", "ControllerRevision", "controllerrevisions", true],
    ["batch", "Job", "jobs", true],
    ["batch", "CronJob", "cronjobs", true],
    ["autoscaling", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true],
    ["policy", "PodDisruptionBudget", "poddisruptionbudgets", true],
    ["networking.k8s.io", "Ingress", "ingresses", true],
    ["networking.k8s.io", "IngressClass", "ingressclasses", false],
    ["networking.k8s.io", "NetworkPolicy", "networkpolicies", true],
    ["rbac.authorization.k8s.io", "Role", "roles", true],
    ["rbac.authorization.k8s.io", "RoleBinding", "rolebindings", true],
    ["rbac.authorization.k8s.io", "ClusterRole", "clusterroles", false],
    ["rbac.authorization.k8s.io", "ClusterRoleBinding", "clusterrolebindings", false],
    ["storage.k8s.io", "StorageClass", "storageclasses", false],
    ["storage.k8s.io", "VolumeAttachment", "volumeattachments", false],
    ["storage.k8s.io", "CSIDriver", "csidrivers", false],
    ["scheduling.k8s.io", "PriorityClass", "priorityclasses", false],
    ["node.k8s.io", "RuntimeClass", "runtimeclasses", false],
    ["coordination.k8s.io", "Lease", "leases", true],
    ["discovery.k8s.io", "EndpointSlice", "endpointslices", true],
    ["apiextensions.k8s.io", "CustomResourceDefinition", "customresourcedefinitions", false],
    ["apiregistration.k8s.io", "APIService", "apiservices", false],
    ["admissionregistration.k8s.io", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", false],
    [
        "admissionregistration.k8s.io",
        "ValidatingAdmissionPolicyBinding",
        "validatingadmissionpolicybindings",
        false,
    ],
    [
        "admissionregistration.k8s.io",
        "ValidatingWebhookConfiguration",
        "validatingwebhookconfigurations",
        false,
    ],
    ["admissionregistration.k8s.io", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false],
    ["certificates.k8s.io", "CertificateSigningRequest", "certificatesigningrequests", false],
    ["gateway.networking.k8s.io", "Gateway", "gateways", true],
    ["gateway.networking.k8s.io", "GatewayClass", "gatewayclasses", false],
    ["gateway.networking.k8s.io", "HTTPRoute", "httproutes", true],
    ["gateway.networking.k8s.io", "GRPCRoute", "grpcroutes", true],
    ["gateway.networking.k8s.io", "ReferenceGrant", "referencegrants", true],
    ["argoproj.io", "Application", "applications", true],
    ["argoproj.io", "ApplicationSet", "applicationsets", true],
    ["argoproj.io", "AppProject", "appprojects", true],
    ["argoproj.io", "Rollout", "rollouts", true],
    ["external-secrets.io", "ExternalSecret", "externalsecrets", true],
    ["external-secrets.io", "ClusterExternalSecret", "clusterexternalsecrets", false],
    ["external-secrets.io", "SecretStore", "secretstores", true],
    ["external-secrets.io", "ClusterSecretStore", "clustersecretstores", false],
    ["bitnami.com", "SealedSecret", "sealedsecrets", true],
    ["cert-manager.io", "Certificate", "certificates", true],
    ["cert-manager.io", "CertificateRequest", "certificaterequests", true],
    ["cert-manager.io", "Issuer", "issuers", true],
    ["cert-manager.io", "ClusterIssuer", "clusterissuers", false],
    ["monitoring.coreos.com", "ServiceMonitor", "servicemonitors", true],
    ["monitoring.coreos.com", "PodMonitor", "podmonitors", true],
    ["monitoring.coreos.com", "PrometheusRule", "prometheusrules", true],
    ["kyverno.io", "ClusterPolicy", "clusterpolicies", false],
    ["kyverno.io", "Policy", "policies", true],
    ["policies.kyverno.io", "ValidatingPolicy", "validatingpolicies", false],
    ["keda.sh", "ScaledObject", "scaledobjects", true],
];
/** Maps (group, kind) to the resource name and scope Kubernetes gives it. */
class KindCatalog {
    kinds = new Map();
    /** Per object: matching asks for every policy, so each object is looked up once. */
    known = new WeakMap();
    constructor() {
        for (const [group, kind, resource, namespaced] of KNOWN)
            this.kinds.set(`${group}/${kind}`, { resource, namespaced });
    }
    /** Adds the kinds CustomResourceDefinitions among `resources` define. */
    addDefinitions(resources) {
        for (const r of resources) {
            if (r.ref.kind !== "CustomResourceDefinition" || r.group !== "apiextensions.k8s.io")
                continue;
            const spec = r.object.spec;
            const group = spec?.group;
            const kind = spec?.names?.kind;
            const plural = spec?.names?.plural;
            if (typeof group !== "string" || typeof kind !== "string" || typeof plural !== "string")
                continue;
            this.kinds.set(`${group}/${kind}`, { resource: plural, namespaced: spec?.scope !== "Cluster" });
        }
    }
    /**
     * The resource name and scope of a kind. A kind we do not know gets the usual English
     * plural, and is taken as namespaced exactly when the object names a namespace.
     */
    lookup(group, kind, hasNamespace) {
        return (this.kinds.get(`${group}/${kind}`) ?? {
            resource: pluralize(kind.toLowerCase()),
            namespaced: hasNamespace,
        });
    }
    /** Info for a checked object. */
    of(r) {
        let info = this.known.get(r);
        if (!info) {
            info = this.lookup(r.group, r.ref.kind, r.ref.namespace !== undefined);
            this.known.set(r, info);
        }
        return info;
    }
}
function pluralize(word) {
    if (/(s|x|z|ch|sh)$/.test(word))
        return `${word}es`;
    if (/[^aeiou]y$/.test(word))
        return `${word.slice(0, -1)}ies`;
    return `${word}s`;
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/namespaces.ts
/**
 * Collects the Namespace objects among `resources` (for a repository: those rendered for the
 * target's env, `clusters/<env>` above all). When two define the same name, the first wins.
 */
function collectNamespaces(resources) {
    const labels = new Map();
    const objects = new Map();
    for (const r of resources) {
        if (r.group !== "" || r.ref.kind !== "Namespace" || labels.has(r.ref.name))
            continue;
        labels.set(r.ref.name, { ...r.labels, "kubernetes.io/metadata.name": r.ref.name });
        objects.set(r.ref.name, r.object);
    }
    return { labels, objects };
}

;// CONCATENATED MODULE: ./packages/policy/src/load/cel-fields.ts

const REASONS = ["Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge"];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CONDITION_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/**
 * `matchConditions` or `variables`: a list of `{name, expression}`. Variable names must be CEL
 * identifiers (`variables.<name>`); match condition names are qualified names, like label keys.
 */
function namedExpressions(doc, path, kind = "variable") {
    const seen = new Set();
    return doc.list(path).map((_, i) => {
        const name = doc.string([...path, i, "name"], true) ?? "";
        const pattern = kind === "variable" ? VARIABLE_NAME : CONDITION_NAME;
        if (!pattern.test(name))
            throw doc.fail([...path, i, "name"], `"${name}" is not a valid ${kind === "variable" ? "CEL identifier" : "name"}`);
        if (seen.has(name))
            throw doc.fail([...path, i, "name"], `"${name}" is defined twice`);
        seen.add(name);
        return { name, expression: doc.string([...path, i, "expression"], true) ?? "", at: doc.at([...path, i]) };
    });
}
/** `validations`: expression, message, messageExpression, reason. */
function validations(doc, path) {
    return doc.list(path).map((_, i) => {
        const p = [...path, i];
        const v = {
            expression: doc.string([...p, "expression"], true) ?? "",
            reason: doc.oneOf([...p, "reason"], REASONS, "Invalid"),
            at: doc.at(p),
        };
        const message = doc.string([...p, "message"]);
        const messageExpression = doc.string([...p, "messageExpression"]);
        if (message !== undefined)
            v.message = message;
        if (messageExpression !== undefined)
            v.messageExpression = messageExpression;
        return v;
    });
}
/** `auditAnnotations`: key and valueExpression. */
function auditAnnotations(doc, path) {
    return doc.list(path).map((_, i) => ({
        key: doc.string([...path, i, "key"], true) ?? "",
        valueExpression: doc.string([...path, i, "valueExpression"], true) ?? "",
        at: doc.at([...path, i]),
    }));
}
function paramKind(doc, path) {
    if (!doc.object(path))
        return undefined;
    return {
        apiVersion: doc.string([...path, "apiVersion"], true) ?? "",
        kind: doc.string([...path, "kind"], true) ?? "",
    };
}
function paramRef(doc, path) {
    if (!doc.object(path))
        return undefined;
    const ref = {
        notFound: doc.oneOf([...path, "parameterNotFoundAction"], ["Allow", "Deny"], "Deny"),
    };
    const name = doc.string([...path, "name"]);
    const namespace = doc.string([...path, "namespace"]);
    const selector = parseSelector(doc.get([...path, "selector"]), "paramRef.selector", doc.at([...path, "selector"]));
    if (name !== undefined && selector)
        throw doc.fail(path, "must set name or selector, not both");
    if (name === undefined && !selector)
        throw doc.fail(path, "must set name or selector");
    if (name !== undefined)
        ref.name = name;
    if (namespace !== undefined)
        ref.namespace = namespace;
    if (selector)
        ref.selector = selector;
    return ref;
}
/** `validationActions` (Deny, Warn, Audit) as our actions; at least one is required. */
function validationActions(doc, path, fallback) {
    const raw = doc.strings(path);
    if (raw.length === 0) {
        if (fallback)
            return fallback;
        throw doc.fail(path, "needs at least one of Deny, Warn, Audit");
    }
    return raw.map((a, i) => {
        if (a === "Deny")
            return "deny";
        if (a === "Warn")
            return "warn";
        if (a === "Audit")
            return "audit";
        throw doc.fail([...path, i], `must be Deny, Warn or Audit, got "${a}"`);
    });
}
function failurePolicy(doc, path) {
    return doc.oneOf(path, ["Fail", "Ignore"], "Fail");
}

;// CONCATENATED MODULE: ./packages/policy/src/vap/match.ts

const SCOPES = ["*", "Cluster", "Namespaced"];
/** Reads a MatchResources block at `path`; undefined when absent. */
function parseMatchResources(doc, path) {
    if (!doc.object(path))
        return undefined;
    const rules = (key) => doc.list([...path, key]).map((_, i) => {
        const p = [...path, key, i];
        if (!doc.object(p))
            throw doc.fail(p, "must be a map");
        return {
            apiGroups: doc.strings([...p, "apiGroups"]),
            apiVersions: doc.strings([...p, "apiVersions"]),
            resources: doc.strings([...p, "resources"]),
            operations: doc.strings([...p, "operations"]),
            resourceNames: doc.strings([...p, "resourceNames"]),
            scope: doc.oneOf([...p, "scope"], SCOPES, "*"),
        };
    });
    const result = { excludeResourceRules: rules("excludeResourceRules") };
    if (doc.get([...path, "resourceRules"]) !== undefined)
        result.resourceRules = rules("resourceRules");
    const ns = parseSelector(doc.get([...path, "namespaceSelector"]), "namespaceSelector", doc.at([...path, "namespaceSelector"]));
    const obj = parseSelector(doc.get([...path, "objectSelector"]), "objectSelector", doc.at([...path, "objectSelector"]));
    if (ns)
        result.namespaceSelector = ns;
    if (obj)
        result.objectSelector = obj;
    return result;
}
/**
 * True when the object is matched: a resource rule covers it (each object is checked as a
 * CREATE), no exclude rule does, and both selectors match. Cluster-scoped objects skip the
 * namespaceSelector, except Namespaces, which are matched on their own labels (as in Kubernetes).
 */
function matchesResources(m, r, ctx) {
    const info = ctx.catalog.of(r);
    if (m.resourceRules &&
        !m.resourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced)))
        return false;
    if (m.excludeResourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced)))
        return false;
    if (!selectorMatches(m.objectSelector, r.labels))
        return false;
    if (m.namespaceSelector) {
        const labels = namespaceLabelsOf(r, info.namespaced, ctx);
        if (labels && !selectorMatches(m.namespaceSelector, labels))
            return false;
    }
    return true;
}
/**
 * The labels namespaceSelector is matched against: the object's own for a Namespace, its
 * Namespace's for a namespaced object (a namespace we did not find has only the
 * `kubernetes.io/metadata.name` label Kubernetes puts on every namespace), none for other
 * cluster-scoped objects.
 */
function namespaceLabelsOf(r, namespaced, ctx) {
    if (r.group === "" && r.ref.kind === "Namespace") {
        return { ...r.labels, "kubernetes.io/metadata.name": r.ref.name };
    }
    if (!namespaced)
        return undefined;
    const ns = r.ref.namespace ?? "";
    return { ...(ctx.namespaces.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
}
function ruleMatches(rule, r, resource, namespaced) {
    const any = (list, value) => list.includes("*") || list.includes(value);
    if (!any(rule.operations, "CREATE"))
        return false;
    if (!any(rule.apiGroups, r.group) || !any(rule.apiVersions, r.version))
        return false;
    if (!rule.resources.some((x) => x === "*" || x === "*/*" || x === resource))
        return false;
    if (rule.resourceNames.length > 0 && !rule.resourceNames.includes(r.ref.name))
        return false;
    if (rule.scope === "Cluster" && namespaced)
        return false;
    if (rule.scope === "Namespaced" && !namespaced)
        return false;
    return true;
}

;// CONCATENATED MODULE: ./packages/policy/src/vap/parse.ts



const VAP_GROUP = "admissionregistration.k8s.io";
/** Reads a ValidatingAdmissionPolicy (v1, v1beta1 or v1alpha1). */
function parseVap(doc) {
    const policy = parseAdmissionSpec(doc, "ValidatingAdmissionPolicy");
    if (policy.validations.length === 0 && policy.auditAnnotations.length === 0) {
        throw doc.fail(["spec"], "needs validations or auditAnnotations");
    }
    const kind = paramKind(doc, ["spec", "paramKind"]);
    if (kind)
        policy.paramKind = kind;
    return policy;
}
/**
 * The spec a ValidatingAdmissionPolicy and a Kyverno ValidatingPolicy share:
 * matchConstraints, matchConditions, variables, validations, auditAnnotations.
 */
function parseAdmissionSpec(doc, kind) {
    const name = doc.string(["metadata", "name"], true) ?? "";
    const constraints = parseMatchResources(doc, ["spec", "matchConstraints"]);
    if (!constraints?.resourceRules?.length) {
        throw doc.fail(["spec", "matchConstraints", "resourceRules"], "is required: it says which resources the policy checks");
    }
    return {
        kind,
        name,
        at: doc.at(),
        failurePolicy: failurePolicy(doc, ["spec", "failurePolicy"]),
        matches: (r, ctx) => matchesResources(constraints, r, ctx),
        matchConditions: namedExpressions(doc, ["spec", "matchConditions"], "condition"),
        variables: namedExpressions(doc, ["spec", "variables"]),
        validations: validations(doc, ["spec", "validations"]),
        auditAnnotations: auditAnnotations(doc, ["spec", "auditAnnotations"]),
        celVariables: ADMISSION_VARIABLES,
    };
}
/** Reads a ValidatingAdmissionPolicyBinding. */
function parseVapBinding(doc) {
    const resources = parseMatchResources(doc, ["spec", "matchResources"]);
    const binding = {
        name: doc.string(["metadata", "name"], true) ?? "",
        policyName: doc.string(["spec", "policyName"], true) ?? "",
        at: doc.at(),
        actions: validationActions(doc, ["spec", "validationActions"]),
    };
    if (resources)
        binding.matches = (r, ctx) => matchesResources(resources, r, ctx);
    const ref = paramRef(doc, ["spec", "paramRef"]);
    if (ref)
        binding.paramRef = ref;
    return binding;
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/match.ts




/** Reads `match`/`exclude` (with `any`, `all`, or the older top-level `resources`). */
function parseKyvernoMatch(doc, path) {
    if (!doc.object(path))
        return undefined;
    const filters = (key) => doc.list([...path, key]).map((_, i) => parseFilter(doc, [...path, key, i]));
    const block = { any: filters("any"), all: filters("all") };
    if (doc.object([...path, "resources"]))
        block.top = parseFilter(doc, path);
    return block;
}
function parseFilter(doc, path) {
    const res = [...path, "resources"];
    const filter = {
        kinds: doc.strings([...res, "kinds"]),
        names: [
            ...doc.strings([...res, "names"]),
            ...(doc.string([...res, "name"]) ? [doc.string([...res, "name"]) ?? ""] : []),
        ],
        namespaces: doc.strings([...res, "namespaces"]),
        operations: doc.strings([...res, "operations"]),
        annotations: stringMap(doc.get([...res, "annotations"])),
        byRequester: ["subjects", "roles", "clusterRoles"].some((k) => doc.get([...path, k]) !== undefined),
        narrowed: !!doc.get([...res, "name"]) ||
            doc.strings([...res, "names"]).length > 0 ||
            doc.get([...res, "selector"]) != null ||
            doc.get([...res, "annotations"]) != null,
    };
    const selector = parseSelector(doc.get([...res, "selector"]), "selector", doc.at([...res, "selector"]));
    const nsSelector = parseSelector(doc.get([...res, "namespaceSelector"]), "namespaceSelector", doc.at([...res, "namespaceSelector"]));
    if (selector)
        filter.selector = selector;
    if (nsSelector)
        filter.namespaceSelector = nsSelector;
    return filter;
}
/**
 * True when a rule applies: its match block matches and its exclude block does not.
 * Filters on subjects, roles or clusterRoles never match: CI has no real requester.
 */
function kyvernoMatches(match, exclude, r, ctx) {
    if (!match || !blockMatches(match, r, ctx))
        return false;
    return !(exclude && blockMatches(exclude, r, ctx));
}
function blockMatches(block, r, ctx) {
    if (block.any.length === 0 && block.all.length === 0 && !block.top)
        return false;
    if (block.any.length > 0 && !block.any.some((f) => filterMatches(f, r, ctx)))
        return false;
    if (block.top && !filterMatches(block.top, r, ctx))
        return false;
    return block.all.every((f) => filterMatches(f, r, ctx));
}
function filterMatches(f, r, ctx) {
    if (f.byRequester)
        return false;
    if (f.operations.length > 0 && !f.operations.includes("CREATE"))
        return false;
    if (f.kinds.length > 0 && !f.kinds.some((k) => kindMatches(k, r)))
        return false;
    if (f.names.length > 0 && !f.names.some((n) => wildcard(n, r.ref.name)))
        return false;
    const isNamespace = r.group === "" && r.ref.kind === "Namespace";
    const namespace = isNamespace ? r.ref.name : (r.ref.namespace ?? "");
    if (f.namespaces.length > 0 && !f.namespaces.some((n) => wildcard(n, namespace)))
        return false;
    const annotations = stringMap(r.object.metadata?.annotations);
    for (const [k, v] of Object.entries(f.annotations)) {
        if (!Object.keys(annotations).some((key) => wildcard(k, key) && wildcard(v, annotations[key] ?? "")))
            return false;
    }
    if (!selectorMatches(f.selector, r.labels))
        return false;
    if (f.namespaceSelector) {
        const labels = namespaceLabelsOf(r, ctx.catalog.of(r).namespaced, ctx);
        if (!labels || !selectorMatches(f.namespaceSelector, labels))
            return false;
    }
    return true;
}
/** `Kind`, `version/Kind` or `group/version/Kind`, each part with `*` wildcards; subresources never match. */
function kindMatches(spec, r) {
    const parts = spec.split("/");
    if (parts.length > 3 || (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? "")))
        return false;
    const kind = parts[parts.length - 1] ?? "";
    if (!wildcard(kind, r.ref.kind))
        return false;
    if (parts.length === 2)
        return wildcard(parts[0] ?? "", r.version);
    if (parts.length === 3)
        return wildcard(parts[0] ?? "", r.group) && wildcard(parts[1] ?? "", r.version);
    return true;
}
function wildcard(pattern, value) {
    return pattern === value || (0,dist_esm/* minimatch */.xF)(value, pattern, { dot: true, nocomment: true, nonegate: true });
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/autogen.ts

// Kyverno's autogen: a rule written for Pods also runs on the Pod controllers, through their Pod
// template. What follows mirrors Kyverno's own code (pkg/autogen/v1 for ClusterPolicy/Policy,
// pkg/cel/autogen for ValidatingPolicy), quirks included, so that CI and the cluster agree on
// which rules exist, what they are called and what they match.
/** The policy annotation that picks the controllers (`none`, `all`, or a comma-separated list). */
const AUTOGEN_ANNOTATION = "pod-policies.kyverno.io/autogen-controllers";
/** Every controller Kyverno generates rules for by default. */
const POD_CONTROLLERS = [
    "DaemonSet",
    "Deployment",
    "Job",
    "StatefulSet",
    "ReplicaSet",
    "ReplicationController",
    "CronJob",
];
/** The controllers whose Pod template sits at `spec.template`. */
const TEMPLATE_CONTROLLERS = POD_CONTROLLERS.filter((k) => k !== "CronJob");
const POD_KINDS = new Set([...POD_CONTROLLERS, "Pod"]);
/** Kyverno writes generated kinds fully qualified. */
const GVK = {
    DaemonSet: "apps/v1/DaemonSet",
    Deployment: "apps/v1/Deployment",
    Job: "batch/v1/Job",
    StatefulSet: "apps/v1/StatefulSet",
    ReplicaSet: "apps/v1/ReplicaSet",
    ReplicationController: "v1/ReplicationController",
    CronJob: "batch/v1/CronJob",
    Pod: "v1/Pod",
};
/** Kyverno's textual rewrite of a rule's CEL (`object.spec` -> `object.spec.template.spec` ...). */
function replacer(template) {
    const pairs = [
        ["object.spec", `object.${template}.spec`],
        ["oldObject.spec", `oldObject.${template}.spec`],
        ["object.metadata", `object.${template}.metadata`],
        ["oldObject.metadata", `oldObject.${template}.metadata`],
    ];
    return (text) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
}
const rewriteForPodControllers = replacer("spec.template");
const rewriteForCronJobs = replacer("spec.jobTemplate.spec.template");
/** The kind in `Kind`, `version/Kind` or `group/version/Kind` (a `Kind/subresource` gives Kind). */
function kindOf(spec) {
    const parts = spec.split("/");
    if (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? ""))
        return parts[0] ?? "";
    return parts[parts.length - 1] ?? "";
}
function containsKind(kinds, kind) {
    return kinds.some((k) => kindOf(k) === kind);
}
function filtersOf(block) {
    if (!block)
        return [];
    return [...(block.top ? [block.top] : []), ...block.any, ...block.all];
}
/**
 * Kyverno's CanAutoGen, over every rule of the policy (whatever it does): no generate rule, no
 * JSON6902 patch, no filter narrowed by name, selector or annotations, no filter that lists Pod
 * together with other kinds, and at least one filter naming Pod or a Pod controller exactly.
 */
function canAutoGen(doc) {
    let needed = false;
    for (const [i] of doc.list(["spec", "rules"]).entries()) {
        const p = ["spec", "rules", i];
        if (doc.get([...p, "generate"]) != null)
            return false;
        if (nonEmpty(doc.get([...p, "mutate", "patchesJson6902"])))
            return false;
        const foreach = doc.get([...p, "mutate", "foreach"]);
        if (Array.isArray(foreach) &&
            foreach.some((f) => typeof f === "object" &&
                f !== null &&
                nonEmpty(f.patchesJson6902)))
            return false;
        const filters = [
            ...filtersOf(parseKyvernoMatch(doc, [...p, "match"])),
            ...filtersOf(parseKyvernoMatch(doc, [...p, "exclude"])),
        ];
        for (const f of filters) {
            if (f.narrowed || (f.kinds.length > 1 && containsKind(f.kinds, "Pod")))
                return false;
            needed ||= f.kinds.some((k) => POD_KINDS.has(k));
        }
    }
    return needed;
}
function nonEmpty(v) {
    return typeof v === "string" ? v !== "" : v != null;
}
/**
 * The controllers a ClusterPolicy/Policy generates rules for, as Kyverno reads them: none when
 * autogen does not apply or the annotation says `none`; else the annotation's comma-separated
 * list (taken as written: Kyverno does not trim it), or every Pod controller.
 */
function policyControllers(doc) {
    if (!canAutoGen(doc))
        return [];
    const annotation = doc.get(["metadata", "annotations", AUTOGEN_ANNOTATION]);
    if (typeof annotation !== "string")
        return POD_CONTROLLERS;
    const list = [...new Set(annotation.split(","))];
    return list.length === 1 && list[0] === "none" ? [] : list;
}
/**
 * The rules Kyverno generates from one rule for `controllers`: `autogen-<rule>` for the
 * controllers with a `spec.template`, `autogen-cronjob-<rule>` for CronJobs. A rule only gets
 * them when its match names Pod (and its exclude, if it names kinds, names Pod too).
 */
function autogenRules(rule, match, exclude, controllers) {
    if (controllers.length === 0 || rule.startsWith("autogen-") || !match)
        return [];
    const matchKinds = filtersOf(match).flatMap((f) => f.kinds);
    const excludeKinds = filtersOf(exclude).flatMap((f) => f.kinds);
    if (!containsKind(matchKinds, "Pod"))
        return [];
    if (excludeKinds.length > 0 && !containsKind(excludeKinds, "Pod"))
        return [];
    const out = [];
    const rest = controllers.filter((c) => c !== "CronJob");
    // Kyverno joins the list and strips CronJob; an empty remainder generates nothing.
    if (rest.join(",") !== "") {
        const kinds = templateKinds(rest).map((k) => GVK[k] ?? k);
        const generated = {
            name: ruleName("autogen", rule),
            match: retarget(match, kinds, true, false),
            rewrite: rewriteForPodControllers,
        };
        if (exclude)
            generated.exclude = retarget(exclude, kinds, true, true);
        out.push(generated);
    }
    if (controllers.some((c) => c.includes("CronJob") || c.includes("all"))) {
        const kinds = [GVK.CronJob ?? "CronJob"];
        const generated = {
            name: ruleName("autogen-cronjob", rule),
            match: retarget(match, kinds, false, false),
            rewrite: rewriteForCronJobs,
        };
        if (exclude)
            generated.exclude = retarget(exclude, kinds, false, true);
        out.push(generated);
    }
    return out;
}
/** `all` is every template controller; otherwise the known names, or (none known) the list as given. */
function templateKinds(list) {
    if (list.length === 1 && list[0] === "all")
        return [...TEMPLATE_CONTROLLERS].sort();
    const known = list.filter((c) => TEMPLATE_CONTROLLERS.includes(c));
    return [...(known.length > 0 ? known : list)].sort();
}
/** Kyverno cuts generated rule names at 63 characters. */
function ruleName(prefix, rule) {
    return `${prefix}-${rule}`.slice(0, 63);
}
/**
 * The generated rule's filters: in `any` if it has filters, else in `all`, else the top-level
 * filter. For controllers only the filters naming Pod change kinds; for CronJobs every one does.
 * An exclude block's top-level filter changes only when it names kinds.
 */
function retarget(block, kinds, onlyPod, exclude) {
    const swap = (f) => !onlyPod || containsKind(f.kinds, "Pod") ? { ...f, kinds } : f;
    if (block.any.length > 0)
        return { ...block, any: block.any.map(swap) };
    if (block.all.length > 0)
        return { ...block, all: block.all.map(swap) };
    if (!block.top || (exclude && block.top.kinds.length === 0))
        return block;
    return { ...block, top: { ...block.top, kinds } };
}
const VPOL_TARGETS = {
    daemonsets: { group: "apps", resource: "daemonsets", cron: false },
    deployments: { group: "apps", resource: "deployments", cron: false },
    replicasets: { group: "apps", resource: "replicasets", cron: false },
    statefulsets: { group: "apps", resource: "statefulsets", cron: false },
    jobs: { group: "batch", resource: "jobs", cron: false },
    cronjobs: { group: "batch", resource: "cronjobs", cron: true },
};
/**
 * Kyverno's CanAutoGen for a ValidatingPolicy: exactly one resource rule, for core v1 `pods`,
 * with no resourceNames, no exclude rules and no namespace or object selector.
 */
function vpolCanAutoGen(doc) {
    const m = ["spec", "matchConstraints"];
    if (!doc.object(m))
        return false;
    for (const sel of ["namespaceSelector", "objectSelector"]) {
        const labels = doc.get([...m, sel, "matchLabels"]);
        const exprs = doc.get([...m, sel, "matchExpressions"]);
        if (labels && typeof labels === "object" && Object.keys(labels).length > 0)
            return false;
        if (Array.isArray(exprs) && exprs.length > 0)
            return false;
    }
    if (doc.list([...m, "excludeResourceRules"]).length > 0)
        return false;
    const rules = doc.list([...m, "resourceRules"]);
    if (rules.length !== 1)
        return false;
    const r = [...m, "resourceRules", 0];
    const only = (key, value) => {
        const list = doc.strings([...r, key]);
        return list.length === 1 && list[0] === value;
    };
    return (doc.strings([...r, "resourceNames"]).length === 0 &&
        only("apiGroups", "") &&
        only("apiVersions", "v1") &&
        only("resources", "pods"));
}
/**
 * The variants Kyverno generates for a ValidatingPolicy: by default every controller but
 * ReplicationController; `spec.autogen.podControllers.controllers` (resource names) narrows it,
 * and an empty list turns autogen off. Operations come from the policy's first resource rule.
 */
function vpolAutogen(doc) {
    if (!vpolCanAutoGen(doc))
        return [];
    const path = ["spec", "autogen", "podControllers", "controllers"];
    const chosen = doc.get(path) == null ? Object.keys(VPOL_TARGETS) : doc.strings(path);
    const operations = doc.strings(["spec", "matchConstraints", "resourceRules", 0, "operations"]);
    const targets = [...new Set(chosen)].flatMap((c) => (VPOL_TARGETS[c] ? [VPOL_TARGETS[c]] : []));
    const out = [];
    for (const key of ["cronjobs", "defaults"]) {
        const group = targets.filter((t) => t.cron === (key === "cronjobs"));
        if (group.length === 0)
            continue;
        const byGroup = new Map();
        for (const t of group)
            byGroup.set(t.group, [...(byGroup.get(t.group) ?? []), t.resource]);
        const resourceRules = [...byGroup.keys()].sort().map((g) => ({
            apiGroups: [g],
            apiVersions: ["v1"],
            resources: [...(byGroup.get(g) ?? [])].sort(),
            operations,
            resourceNames: [],
            scope: "*",
        }));
        const template = key === "cronjobs" ? "spec.jobTemplate.spec.template" : "spec.template";
        out.push({ key, resourceRules, rewrite: protectedReplacer(template) });
    }
    return out;
}
/**
 * The ValidatingPolicy rewrite: like the ClusterPolicy one, except that an occurrence followed
 * by `.name` or `.namespace` stays on the controller's own metadata.
 */
function protectedReplacer(template) {
    const steps = [];
    for (const [from, to] of [
        ["spec", `${template}.spec`],
        ["metadata", `${template}.metadata`],
    ]) {
        steps.push([`object.${from}`, `object.${to}`], [`oldObject.${from}`, `oldObject.${to}`]);
    }
    return (text) => steps.reduce((t, [from, to]) => replaceUnprotected(t, from, to), text);
}
function replaceUnprotected(text, from, to) {
    let out = "";
    let rest = text;
    for (let i = rest.indexOf(from); i >= 0; i = rest.indexOf(from)) {
        out += rest.slice(0, i);
        rest = rest.slice(i + from.length);
        out += /^\.(name|namespace)(?![A-Za-z0-9_])/.test(rest) ? from : to;
    }
    return out + rest;
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/parse.ts






/** Reads a Kyverno ValidatingPolicy (policies.kyverno.io): a VAP-shaped policy carrying its own actions. */
function parseValidatingPolicy(doc) {
    const policy = parseAdmissionSpec(doc, "ValidatingPolicy");
    const name = policy.name;
    // Kyverno's ValidatingPolicy carries its actions itself; it has no binding object.
    const binding = {
        name,
        at: doc.at(["spec", "validationActions"]),
        actions: validationActions(doc, ["spec", "validationActions"], ["audit"]),
    };
    return { policy, bindings: [binding] };
}
/**
 * A ValidatingPolicy with the variants Kyverno generates for Pod controllers: the same policy
 * (findings keep its name), matching the controllers, with its CEL rewritten to read the Pod
 * template. Match conditions are renamed `autogen-<key>-<name>` as Kyverno names them.
 */
function parseValidatingPolicies(doc) {
    const base = parseValidatingPolicy(doc);
    const out = [base];
    for (const variant of vpolAutogen(doc)) {
        const { policy } = base;
        const rw = variant.rewrite;
        const constraints = { resourceRules: variant.resourceRules, excludeResourceRules: [] };
        const generated = {
            ...policy,
            matches: (r, ctx) => matchesResources(constraints, r, ctx),
            matchConditions: policy.matchConditions.map((c) => ({
                ...c,
                name: `autogen-${variant.key}-${c.name}`,
                expression: rw(c.expression),
            })),
            variables: policy.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
            validations: policy.validations.map((v) => rewriteValidation(v, rw)),
            auditAnnotations: policy.auditAnnotations.map((a) => ({
                ...a,
                valueExpression: rw(a.valueExpression),
            })),
        };
        out.push({ policy: generated, bindings: base.bindings });
    }
    return out;
}
function rewriteValidation(v, rw) {
    const out = { ...v, expression: rw(v.expression) };
    if (v.message !== undefined)
        out.message = rw(v.message);
    if (v.messageExpression !== undefined)
        out.messageExpression = rw(v.messageExpression);
    return out;
}
/** Splits a ClusterPolicy/Policy into its `validate.cel` rules (run here) and the rules the CLI must run. */
function parseKyvernoPolicy(doc) {
    const name = doc.string(["metadata", "name"], true) ?? "";
    const kind = doc.string(["kind"]) ?? "ClusterPolicy";
    const namespace = kind === "Policy" ? doc.string(["metadata", "namespace"]) : undefined;
    const specAction = failureAction(doc, ["spec", "validationFailureAction"], "audit");
    const onFailure = failurePolicy(doc, ["spec", "failurePolicy"]);
    const parts = { cel: [], cli: [], skipped: [] };
    const controllers = policyControllers(doc);
    const generated = [];
    for (const [i] of doc.list(["spec", "rules"]).entries()) {
        const p = ["spec", "rules", i];
        const rule = doc.string([...p, "name"], true) ?? "";
        const action = failureAction(doc, [...p, "validate", "failureAction"], specAction);
        const where = { policy: name, rule, ...doc.at(p), action };
        if (!doc.object([...p, "validate"])) {
            parts.skipped.push(where);
            continue;
        }
        if (!doc.object([...p, "validate", "cel"])) {
            parts.cli.push(where);
            continue;
        }
        const match = parseKyvernoMatch(doc, [...p, "match"]);
        const exclude = parseKyvernoMatch(doc, [...p, "exclude"]);
        const cel = [...p, "validate", "cel"];
        const fallbackMessage = doc.string([...p, "validate", "message"]);
        const checks = validations(doc, [...cel, "expressions"]).map((v) => v.message === undefined && fallbackMessage !== undefined ? { ...v, message: fallbackMessage } : v);
        const source = {
            rule,
            match,
            exclude,
            matchConditions: namedExpressions(doc, [...p, "celPreconditions"], "condition"),
            variables: namedExpressions(doc, [...cel, "variables"]),
            validations: checks,
            auditAnnotations: auditAnnotations(doc, [...cel, "auditAnnotations"]),
        };
        if (checks.length === 0)
            throw doc.fail([...cel, "expressions"], "needs at least one expression");
        const common = {
            kind,
            name,
            namespace,
            at: doc.at(p),
            failurePolicy: onFailure,
            action,
            paramKind: paramKind(doc, [...cel, "paramKind"]),
            paramRef: paramRef(doc, [...cel, "paramRef"]),
        };
        parts.cel.push(celRule(common, source));
        for (const g of autogenRules(rule, match, exclude, controllers)) {
            const rw = g.rewrite;
            generated.push(celRule(common, {
                rule: g.name,
                match: g.match,
                exclude: g.exclude,
                matchConditions: source.matchConditions.map((c) => ({ ...c, expression: rw(c.expression) })),
                variables: source.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
                validations: source.validations.map((v) => rewriteValidation(v, rw)),
                auditAnnotations: source.auditAnnotations.map((a) => ({
                    ...a,
                    valueExpression: rw(a.valueExpression),
                })),
            }));
        }
    }
    // Once Kyverno generates rules, it drops any hand-written rule named like a generated one.
    if (generated.length > 0) {
        parts.cel = parts.cel.filter((b) => !b.policy.rule?.startsWith("autogen-"));
        parts.cel.push(...generated);
    }
    return parts;
}
function celRule(common, source) {
    const { namespace, paramKind: kindOfParams, paramRef: ref } = common;
    const { match, exclude } = source;
    const policy = {
        kind: common.kind,
        name: common.name,
        rule: source.rule,
        at: common.at,
        failurePolicy: common.failurePolicy,
        // A namespaced Policy only ever applies to its own namespace.
        matches: (r, ctx) => (namespace === undefined || r.ref.namespace === namespace) && kyvernoMatches(match, exclude, r, ctx),
        matchConditions: source.matchConditions,
        variables: source.variables,
        validations: source.validations,
        auditAnnotations: source.auditAnnotations,
        celVariables: ADMISSION_VARIABLES,
    };
    if (kindOfParams)
        policy.paramKind = kindOfParams;
    const binding = { name: source.rule, at: common.at, actions: [common.action] };
    if (ref)
        binding.paramRef = ref;
    return { policy, bindings: [binding] };
}
/** Kyverno's Enforce/Audit (any case) as our deny/audit. */
function failureAction(doc, path, fallback) {
    const v = doc.string(path);
    if (v === undefined)
        return fallback;
    if (/^enforce$/i.test(v))
        return "deny";
    if (/^audit$/i.test(v))
        return "audit";
    throw doc.fail(path, `must be Enforce or Audit, got "${v}"`);
}

;// CONCATENATED MODULE: ./packages/policy/src/load/document.ts


/**
 * One YAML document being read as a policy: typed accessors that turn every
 * malformed field into a UserError naming `file:line` and the field's path.
 */
class DocReader {
    yaml;
    doc;
    constructor(yaml, doc) {
        this.yaml = yaml;
        this.doc = doc;
    }
    get file() {
        return this.yaml.file;
    }
    /** Where the document (or the field at `path`) starts. */
    at(path = []) {
        return { file: this.yaml.file, line: yaml_lineAt(this.yaml, this.doc, path) };
    }
    fail(path, message) {
        const at = this.at(path);
        const field = path.length ? `${formatPath(path)} ` : "";
        return new src_errors/* UserError */.yo(`${at.file}:${at.line}: ${field}${message}`, at.file, at.line);
    }
    get(path) {
        let v = this.doc.value;
        for (const p of path) {
            if (typeof v !== "object" || v === null)
                return undefined;
            v = v[p];
        }
        return v;
    }
    string(path, required = false) {
        const v = this.get(path);
        if (v === undefined || v === null) {
            if (required)
                throw this.fail(path, "is required");
            return undefined;
        }
        if (typeof v !== "string")
            throw this.fail(path, "must be a string");
        if (required && v === "")
            throw this.fail(path, "must not be empty");
        return v;
    }
    strings(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
            throw this.fail(path, "must be a list of strings");
        return v;
    }
    list(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v))
            throw this.fail(path, "must be a list");
        return v;
    }
    object(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== "object" || Array.isArray(v))
            throw this.fail(path, "must be a map");
        return v;
    }
    oneOf(path, allowed, fallback) {
        const v = this.string(path);
        if (v === undefined)
            return fallback;
        if (!allowed.includes(v))
            throw this.fail(path, `must be one of ${allowed.join(", ")}, got "${v}"`);
        return v;
    }
}
/** `spec.validations[0].expression` */
function formatPath(path) {
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

;// CONCATENATED MODULE: ./packages/policy/src/load/policies.ts









const policies_MANIFEST = /\.(ya?ml|json)$/i;
/** Files in the policies folder that are never policies. */
const NOT_POLICIES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]);
/**
 * Reads every manifest and Rego file under `dir` (recursively, skipping hidden folders and
 * `skip`, the waivers file). Paths in the result and in messages are relative to `repo`.
 */
function loadPolicies(repo, dir, skip) {
    const set = {
        cel: [],
        kyvernoRules: [],
        kyvernoFiles: [],
        kyvernoExceptions: [],
        rego: [],
        objects: [],
        findings: [],
    };
    const vaps = new Map();
    const bindings = [];
    const skipPath = skip ? (0,external_node_path_.resolve)(repo, skip) : undefined;
    for (const path of (0,walk/* walkFiles */.F)((0,external_node_path_.resolve)(repo, dir))) {
        if (path === skipPath)
            continue;
        const file = (0,external_node_path_.relative)(repo, path).split(external_node_path_.sep).join("/");
        if (path.endsWith(".rego")) {
            if (!path.endsWith("_test.rego"))
                set.rego.push(path);
            continue;
        }
        if (!policies_MANIFEST.test(path) || NOT_POLICIES.has(path.slice(path.lastIndexOf(external_node_path_.sep) + 1)))
            continue;
        const yaml = yaml_loadYamlFile(path, file);
        let kyvernoCli = false;
        for (const document of yaml.documents) {
            const doc = new DocReader(yaml, document);
            const apiVersion = doc.get(["apiVersion"]);
            const kind = doc.get(["kind"]);
            if (typeof apiVersion !== "string" || typeof kind !== "string")
                continue;
            const group = apiVersion.split("/")[0] ?? "";
            if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicy") {
                const policy = parseVap(doc);
                if (vaps.has(policy.name))
                    throw doc.fail(["metadata", "name"], `ValidatingAdmissionPolicy "${policy.name}" is defined twice`);
                vaps.set(policy.name, { policy, bindings: [] });
            }
            else if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicyBinding") {
                bindings.push(parseVapBinding(doc));
            }
            else if (group === "policies.kyverno.io" && kind === "ValidatingPolicy") {
                set.cel.push(...parseValidatingPolicies(doc));
            }
            else if (group === "kyverno.io" && (kind === "ClusterPolicy" || kind === "Policy")) {
                const parts = parseKyvernoPolicy(doc);
                set.cel.push(...parts.cel);
                set.kyvernoRules.push(...parts.cli);
                kyvernoCli ||= parts.cli.length > 0;
                for (const s of parts.skipped)
                    set.findings.push(policies_note(s.file, s.line, `${kind} ${s.policy}/${s.rule} is not a validation rule; the policy check skips it`));
            }
            else if (group === "kyverno.io" && kind === "PolicyException") {
                if (!set.kyvernoExceptions.includes(path))
                    set.kyvernoExceptions.push(path);
            }
            else {
                const r = toResource(document.value, { file, line: document.line });
                if (r)
                    set.objects.push(r);
            }
        }
        if (kyvernoCli)
            set.kyvernoFiles.push(path);
    }
    for (const b of bindings) {
        const target = vaps.get(b.policyName);
        if (target)
            target.bindings.push(b);
        else
            set.findings.push(warn(b.at.file, b.at.line, `ValidatingAdmissionPolicyBinding ${b.name} names the policy "${b.policyName}", which is not in the policies folder`));
    }
    for (const { policy, bindings: bound } of vaps.values()) {
        if (bound.length === 0) {
            set.findings.push(warn(policy.at.file, policy.at.line, `ValidatingAdmissionPolicy ${policy.name} has no binding, so Kubernetes never enforces it`));
            continue;
        }
        set.cel.push({ policy, bindings: bound });
    }
    return set;
}
/** True when `dir` (relative to `repo`) is a folder. */
function isFolder(repo, dir) {
    try {
        return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(repo, dir)).isDirectory();
    }
    catch {
        return false;
    }
}
/** The policies folder must exist when it was asked for by name. */
function requireFolder(repo, dir, flag) {
    if (!isFolder(repo, dir))
        throw new UserError(`${flag} ${dir}: no such folder`, dir);
}
function warn(file, line, message) {
    return { tool: "policy", rule: "policy/configuration", severity: "warning", message, file, line };
}
function policies_note(file, line, message) {
    return { tool: "policy", rule: "policy/configuration", severity: "notice", message, file, line };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/tools/src/archive.ts
/**
 * Takes one binary out of a verified archive. Every entry is checked first:
 * an absolute path, a ".." segment, a link that points outside the archive or
 * a device file makes the whole archive unsafe, and nothing is installed.
 * Only the wanted binary is written, as a regular file with mode 0755.
 */








/** Largest binary we write (1 GiB), whatever the archive claims. */
const MAX_BINARY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 * 1024));
/**
 * Writes the file at `bin` inside `archive` to `dest` with mode 0755 and
 * returns its SHA-256. `label` names the tool in errors.
 */
async function archive_extractBinary(archive, type, bin, dest, label) {
    if (type === "binary") {
        copyFileSync(archive, dest);
        chmodSync(dest, 0o755);
        return archive_sha256File(dest);
    }
    const sha = type === "zip" ? await fromZip(archive, bin, dest, label) : await fromTarGz(archive, bin, dest, label);
    chmodSync(dest, 0o755);
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
        const resolved = posix.normalize(link.hard ? target : posix.join(posix.dirname(path), target));
        if (resolved === ".." || resolved.startsWith("../"))
            return `a link that escapes the archive (${target})`;
    }
    return undefined;
}
function normalizeEntry(path) {
    return posix
        .normalize(path)
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "");
}
function unsafe(label, entry, reason) {
    const name = entry === undefined ? "" : ` ${JSON.stringify(entry)}`;
    return new UserError(`${label}: the archive has an unsafe entry${name} (${reason}); nothing was installed`);
}
function missing(label, bin, seen) {
    const some = seen
        .slice(0, 10)
        .map((s) => JSON.stringify(s))
        .join(", ");
    return new UserError(`${label}: "${bin}" is not in the archive (it holds ${some}${seen.length > 10 ? ", ..." : ""}); set "bin" in the manifest`);
}
async function fromTarGz(archive, bin, dest, label) {
    let problem;
    let written;
    const seen = [];
    try {
        await tar.t({
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
                        problem = new UserError(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
                    else if (type !== "File" && type !== "OldFile" && type !== "ContiguousFile") {
                        problem = new UserError(`${label}: "${bin}" in the archive is a ${type}, not a regular file; nothing was installed`);
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
        throw new UserError(`${label}: not a readable tar.gz archive (${messageOf(err)})`);
    }
    const sha = await written?.catch((err) => {
        throw new UserError(`${label}: cannot write the binary: ${messageOf(err)}`);
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
        throw new UserError(`${label}: not a readable zip archive (${messageOf(err)})`);
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
            throw unsafe(label, undefined, messageOf(err));
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
            throw new UserError(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
        const entry = matches[0];
        if (!entry)
            throw missing(label, bin, seen);
        if (links.has(entry))
            throw new UserError(`${label}: "${bin}" in the archive is a symlink, not a regular file; nothing was installed`);
        try {
            sha = await writeHashed(await openEntry(zip, entry), dest);
        }
        catch (err) {
            throw new UserError(`${label}: cannot extract "${bin}": ${messageOf(err)}`);
        }
    }
    catch (err) {
        if (err instanceof UserError)
            throw err;
        throw new UserError(`${label}: not a readable zip archive (${messageOf(err)})`);
    }
    finally {
        zip.close();
    }
    return sha;
}
/** Streams `source` to `dest` (mode 0755) and returns its SHA-256. */
async function writeHashed(source, dest) {
    const hash = createHash("sha256");
    let bytes = 0;
    await pipeline(source, new Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            if (bytes > MAX_BINARY_BYTES) {
                done(new Error(`the binary is larger than ${MAX_BINARY_BYTES} bytes`));
                return;
            }
            hash.update(chunk);
            done(null, chunk);
        },
    }), createWriteStream(dest, { mode: 0o755 }));
    return hash.digest("hex");
}
/** SHA-256 of a file, streamed. */
async function archive_sha256File(path) {
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path))
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
class DownloadError extends src_errors/* UserError */.yo {
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
    return isIPv4(host) && host.startsWith("127.");
}
/**
 * Throws a `UserError` unless `url` may be fetched: https anywhere, http only
 * on loopback, never with credentials in the URL (they would end up in logs).
 */
function assertAllowedUrl(url, what = url.href) {
    if (url.username || url.password) {
        throw new UserError(`refusing ${redact(url)}: credentials in a URL end up in logs`);
    }
    if (url.protocol === "https:")
        return;
    if (url.protocol === "http:" && isLoopbackHost(url.hostname))
        return;
    throw new UserError(`refusing to download ${what}: only https:// URLs are allowed (plain http only on loopback: 127.0.0.0/8, ::1, localhost)`);
}
/**
 * Parses the `mirror` setting: an http(s) base URL without credentials, query
 * or fragment. Its scheme, host and path prefix replace the scheme and host of
 * every download URL.
 */
function download_parseMirror(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new UserError(`mirror ${JSON.stringify(text)} is not an absolute URL such as https://mirror.example.com/releases`);
    }
    if (url.search || url.hash)
        throw new UserError(`mirror ${JSON.stringify(text)} must not have a query or fragment`);
    assertAllowedUrl(url, `from mirror ${JSON.stringify(text)}`);
    return url;
}
/** `https://github.com/a/b?x` with mirror `https://m.example/gh` becomes `https://m.example/gh/a/b?x`. */
function download_applyMirror(url, mirror) {
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
async function download_download(url, dest, options = {}) {
    const retries = options.retries ?? 4;
    const baseDelay = options.retryDelayMs ?? 1000;
    for (let attempt = 0;; attempt++) {
        try {
            return await downloadOnce(url, dest, options);
        }
        catch (err) {
            rmSync(dest, { force: true });
            const retryable = err instanceof DownloadError ? err.retryable : !(err instanceof UserError);
            if (!retryable)
                throw err;
            const message = err instanceof DownloadError ? err.message : describeNetworkError(err, url);
            if (attempt >= retries) {
                throw new DownloadError(`${message} (gave up after ${attempt + 1} attempts)`, false);
            }
            const delay = baseDelay * 2 ** attempt;
            options.onRetry?.(`${message}; retrying in ${formatDelay(delay)} (attempt ${attempt + 2} of ${retries + 1})`);
            await sleep(delay);
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
    const hash = createHash("sha256");
    let bytes = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
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
        await pipeline(Readable.fromWeb(response.body), meter, createWriteStream(dest));
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
    return messageOf(err);
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

;// CONCATENATED MODULE: ./packages/tools/src/platform.ts

/** Every platform a manifest may pin, in the order they are shown. */
const platform_PLATFORM_KEYS = (/* unused pure expression or super */ null && ([
    "linux-amd64",
    "linux-arm64",
    "darwin-amd64",
    "darwin-arm64",
]));
const OS_OF = { linux: "linux", darwin: "darwin" };
const ARCH_OF = { x64: "amd64", arm64: "arm64" };
/**
 * Maps Node's `process.platform`/`process.arch` to a platform, or throws a
 * `UserError` naming what is supported.
 */
function platform_platformOf(platform = process.platform, arch = process.arch) {
    const os = OS_OF[platform];
    const a = ARCH_OF[arch];
    if (!os || !a) {
        throw new UserError(`setup-tools supports ${platform_PLATFORM_KEYS.join(", ")}; this machine is ${platform}-${arch}`);
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





const ARCHIVE_TYPES = (/* unused pure expression or super */ null && (["tar.gz", "zip", "binary"]));
/** Every tool the suite uses, installed when no list is given. */
const manifest_DEFAULT_TOOLS = (/* unused pure expression or super */ null && ([
    "kustomize",
    "helm",
    "kubeconform",
    "conftest",
    "kyverno",
    "gitleaks",
]));
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
        throw new UserError(`${what}: invalid version ${JSON.stringify(value)}; expected MAJOR.MINOR.PATCH such as 5.7.1 (a leading "v" is allowed)`);
    }
    return v;
}
/**
 * Parses `name` / `name@version` entries. A name listed twice with different
 * versions is an error; listed twice the same way, it is installed once.
 */
function manifest_parseToolRequests(entries) {
    const byName = new Map();
    for (const entry of entries) {
        const at = entry.indexOf("@");
        const name = at === -1 ? entry : entry.slice(0, at);
        if (!NAME_RE.test(name)) {
            throw new UserError(`invalid tool ${JSON.stringify(entry)}: expected a name such as "kustomize" or "kustomize@5.7.1"`);
        }
        const version = at === -1 ? undefined : normalizeVersion(entry.slice(at + 1), `tool "${name}"`);
        const seen = byName.get(name);
        if (seen && seen.version !== version) {
            throw new UserError(`tool "${name}" is listed twice with different versions`);
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
    builtIn ??= parseManifest(readFileSync(/* unused asset import */ undefined, "utf8"), BUILT_IN);
    return builtIn;
}
/** Parses manifest text; `file` names it in errors ("built-in" for ours). */
function parseManifest(text, file) {
    return manifest_fromYaml(parseYaml(text, file), file, file === BUILT_IN);
}
/** Reads a user manifest from disk. */
function loadUserManifest(path, displayPath = path) {
    return manifest_fromYaml(loadYamlFile(path, displayPath), displayPath, false);
}
/** The built-in manifest with an optional user manifest merged over it. */
function manifest_loadManifest(userManifestPath, displayPath) {
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
const TOOL_KEYS = (/* unused pure expression or super */ null && (["version", "url", "bin", "archive", "os", "arch", "version-args", "sha256", "sources"]));
function manifest_fromYaml(yaml, file, strictBuiltIn) {
    if (yaml.documents.length !== 1) {
        throw new UserError(`${file}: expected one YAML document, found ${yaml.documents.length}`, file);
    }
    const doc = yaml.documents[0];
    const fail = (path, message) => {
        const line = lineAt(yaml, doc, path);
        throw new UserError(`${file}:${line}: ${message}`, file, line);
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
        url = new URL(manifest_expand(template, { version: "1.0.0", os: "linux", arch: "amd64" }));
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
function manifest_expand(template, values) {
    return template.replace(PLACEHOLDER_RE, (whole, key) => key === "version" || key === "os" || key === "arch" ? values[key] : whole);
}
/**
 * Resolves a request against the manifest for `platform`. Fails closed: an
 * unknown tool, a version the manifest does not pin, or a platform without a
 * digest is a `UserError` that shows how to pin it in a user manifest.
 */
function manifest_resolveTool(manifest, request, platform) {
    const pin = manifest.tools.get(request.name);
    if (!pin) {
        throw new UserError(`unknown tool "${request.name}"; the manifest knows ${[...manifest.tools.keys()].join(", ")}. ` +
            `To install another tool, describe it in a user manifest:\n${pinSnippet(request.name, request.version ?? "1.2.3", platform.key, true)}`);
    }
    const version = request.version ?? pin.version;
    const values = {
        version,
        os: pin.os[platform.os] ?? platform.os,
        arch: pin.arch[platform.arch] ?? platform.arch,
    };
    const url = manifest_expand(pin.url, values);
    const sha256 = version === pin.version ? pin.sha256[platform.key] : undefined;
    if (!sha256) {
        const why = version !== pin.version
            ? `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} pins ${pin.name} ${pin.version}, not ${version}`
            : `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} has no SHA-256 for ${platform.key}`;
        throw new UserError(`no pinned SHA-256 for ${pin.name} ${version} on ${platform.key} (${why}), so it is not installed: ` +
            `setup-tools never runs a download it cannot verify. Pin it in a user manifest (the "manifest" input, ` +
            `or "gitops tools install --manifest FILE") with the digest of ${url} from the project's published checksums file:\n` +
            pinSnippet(pin.name, version, platform.key, false));
    }
    const bin = posix.normalize(manifest_expand(pin.bin, values)).replace(/^(\.\/)+/, "");
    return {
        name: pin.name,
        version,
        url,
        archive: pin.archive ?? archiveTypeOf(url),
        bin,
        binaryName: posix.basename(bin),
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
            if (!isUserError(err))
                throw err;
            problems.push(err.message);
        }
    }
    if (problems.length > 0)
        throw new UserError(problems.join("\n"));
    const cacheRoot = options.cacheRoot ?? toolCacheRoots(env)[0];
    if (!cacheRoot)
        throw new UserError("no tool cache: set RUNNER_TOOL_CACHE, XDG_CACHE_HOME or HOME");
    const ctx = {
        env,
        log,
        cacheRoot,
        cacheRoots: [cacheRoot, ...toolCacheRoots(env)],
        tempDir: options.tempDir ?? env.RUNNER_TEMP ?? tmpdir(),
        download: { ...downloadTuning(env), ...options.download },
    };
    const settled = await Promise.allSettled(tools.map((tool) => installOne(tool, ctx)));
    const failures = [];
    const installed = [];
    for (const result of settled) {
        if (result.status === "fulfilled")
            installed.push(result.value);
        else if (isUserError(result.reason))
            failures.push(result.reason.message);
        else
            throw result.reason;
    }
    if (failures.length > 0)
        throw new UserError(failures.join("\n"));
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
            return { name: tool.name, version: tool.version, dir: dirname(onPath), path: onPath, source: "path" };
        }
    }
    // 2. A cached copy is verified again before reuse: self-hosted runners keep
    //    their tool cache between jobs, and anything may have touched it.
    const dir = toolCacheDir(ctx.cacheRoot, tool.name, tool.version, tool.platform.arch);
    const binary = join(dir, tool.binaryName);
    if (existsSync(dir)) {
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
    mkdirSync(ctx.tempDir, { recursive: true });
    const work = mkdtempSync(join(ctx.tempDir, "gitops-tools-"));
    try {
        const archive = join(work, "download");
        ctx.log.info(`${label}: downloading ${tool.url}`);
        const got = await download(tool.url, archive, {
            ...ctx.download,
            onRetry: (message) => {
                ctx.log.warning(`${label}: ${message}`);
            },
        }).catch((err) => {
            throw isUserError(err) ? new UserError(`${label}: ${err.message}`) : err;
        });
        if (got.sha256 !== tool.sha256) {
            throw new UserError(`${label}: checksum mismatch for ${tool.url} (${tool.platform.key}): expected ${tool.sha256}, got ${got.sha256}. ` +
                `The download was deleted and nothing was installed. Do not change the pin without checking the digest ` +
                `against the project's published checksums file (pinned in ${tool.origin === "built-in" ? "the built-in manifest" : tool.origin}).`);
        }
        return await placeInCache(tool, archive, dir, ctx);
    }
    finally {
        rmSync(work, { recursive: true, force: true });
    }
}
/** Extracts into a staging folder under the cache root, then renames it into place. */
async function placeInCache(tool, archive, dir, ctx) {
    const label = `${tool.name} ${tool.version}`;
    mkdirSync(ctx.cacheRoot, { recursive: true });
    // Same file system as the final folder, so the rename below is atomic; the
    // name keeps it out of the gitops-<name>/ folders that findTool searches.
    const staging = mkdtempSync(join(ctx.cacheRoot, ".gitops-staging-"));
    try {
        const binarySha256 = await extractBinary(archive, tool.archive, tool.bin, join(staging, tool.binaryName), label);
        const record = {
            tool: tool.name,
            version: tool.version,
            platform: tool.platform.key,
            url: tool.url,
            archiveSha256: tool.sha256,
            binarySha256,
        };
        writeFileSync(join(staging, RECORD), JSON.stringify(record, null, 2) + "\n");
        mkdirSync(dirname(dir), { recursive: true });
        // Something put a copy there since the check above: it has not been verified, so it goes.
        if (existsSync(dir))
            removeDir(dir, ctx.cacheRoot);
        try {
            renameSync(staging, dir);
        }
        catch (err) {
            // Another job installed the same version at the same moment: use its copy if it verifies.
            const code = err.code;
            if ((code !== "ENOTEMPTY" && code !== "EEXIST") || (await cachedCopyProblem(dir, tool)) !== undefined)
                throw err;
        }
    }
    finally {
        rmSync(staging, { recursive: true, force: true });
    }
    const binary = join(dir, tool.binaryName);
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
    const trash = join(cacheRoot, `.gitops-trash-${randomBytes(6).toString("hex")}`);
    renameSync(dir, trash);
    rmSync(trash, { recursive: true, force: true });
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
        record = JSON.parse(readFileSync(join(dir, RECORD), "utf8"));
    }
    catch {
        return "no readable install record";
    }
    if (record.tool !== tool.name || record.version !== tool.version || record.platform !== tool.platform.key) {
        return "the install record is for another tool, version or platform";
    }
    if (record.archiveSha256 !== tool.sha256)
        return "it was installed from an archive with another digest than the pin";
    const binary = join(dir, tool.binaryName);
    try {
        const st = lstatSync(binary);
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
    const rel = relative(root, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
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







;// CONCATENATED MODULE: ./packages/policy/src/adapters/conftest.ts



/** The argument list: never a shell, so nothing in a path or policy reaches one. */
function conftestArgs(o) {
    const args = ["test", "--no-color", "--output", "json"];
    for (const dir of o.policyDirs)
        args.push("--policy", dir);
    if (o.allNamespaces)
        args.push("--all-namespaces");
    else
        for (const ns of o.namespaces)
            args.push("--namespace", ns);
    for (const d of o.data)
        args.push("--data", d);
    if (o.combine)
        args.push("--combine");
    args.push("--", ...o.inputs.map((i) => i.path));
    return args;
}
/**
 * Runs conftest on the inputs and maps its JSON output to results: failures are errors,
 * warnings warnings, and Rego `exception` rules notices. A rule that returns `_loc`
 * (`{"msg": ..., "_loc": {"file": ..., "line": ...}}`) sets the finding's file and line.
 */
async function runConftest(o) {
    const run = await exec_runTool(o.binary, conftestArgs(o), {
        cwd: o.repo,
        timeoutMs: o.timeoutMs,
        ...(o.env ? { env: o.env } : {}),
    });
    if (run.timedOut)
        throw new src_errors/* UserError */.yo(`conftest did not finish within ${o.timeoutMs / 1000} s`);
    let parsed;
    try {
        parsed = JSON.parse(run.stdout);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
        const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
        throw new src_errors/* UserError */.yo(`conftest failed (exit ${run.code ?? "killed"}): ${why || "no output"}`);
    }
    return mapConftestOutput(parsed, o);
}
/** Maps parsed `conftest test --output json` to results. */
function mapConftestOutput(checks, o) {
    const out = [];
    for (const check of checks) {
        const filename = typeof check.filename === "string" ? check.filename : "";
        const input = o.inputs.find((i) => i.path === filename || i.file === filename || (0,external_node_path_.resolve)(o.repo, filename) === i.path);
        const groups = [
            [check.failures, "error", "deny"],
            [check.warnings, "warning", "warn"],
            [check.exceptions, "notice", "exception"],
        ];
        for (const [results, severity, fallbackRule] of groups) {
            for (const r of results ?? []) {
                const query = typeof r.metadata?.query === "string" ? r.metadata.query : "";
                const [namespace, rule] = splitQuery(query, typeof check.namespace === "string" ? check.namespace : "main", fallbackRule);
                const msg = typeof r.msg === "string" && r.msg ? r.msg : query;
                const finding = {
                    tool: "policy",
                    rule: `${namespace}/${rule}`,
                    severity,
                    message: `${namespace}/${rule}: ${conftest_oneLine(msg)}${severity === "notice" ? " (Rego exception)" : ""}`,
                };
                if (input) {
                    finding.file = input.file;
                    if (input.target !== undefined)
                        finding.target = input.target;
                }
                const loc = r.loc ?? r.metadata?._loc;
                if (loc && typeof loc.file === "string" && loc.file !== "")
                    finding.file = repoPath(o.repo, loc.file);
                const line = Number(loc?.line);
                if (Number.isInteger(line) && line > 0)
                    finding.line = line;
                out.push({ finding, policy: namespace, rule, waivable: severity !== "notice" });
            }
        }
    }
    return out;
}
/** `data.main.deny` → [main, deny]; `data.a.b.warn_x` → [a.b, warn_x]. */
function splitQuery(query, namespace, fallback) {
    const m = /^data\.(.+)\.([^.]+)$/.exec(query);
    return m?.[1] && m[2] ? [m[1], m[2]] : [namespace, fallback];
}
function repoPath(repo, file) {
    if (!(0,external_node_path_.isAbsolute)(file))
        return file.split(external_node_path_.sep).join("/");
    const rel = (0,external_node_path_.relative)(repo, file);
    return rel.startsWith("..") ? file : rel.split(external_node_path_.sep).join("/");
}
function conftest_oneLine(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/adapters/kyverno.ts



/** The argument list for one input file; no shell ever sees it. */
function kyvernoArgs(o, input) {
    const args = ["apply", ...o.policyFiles, "--resource", input.path];
    for (const e of o.exceptionFiles)
        args.push("--exception", e);
    args.push("--policy-report", "--output-format", "json", "--remove-color");
    return args;
}
/**
 * Runs `kyverno apply ... --policy-report` once per input file (so every result maps back to one
 * target) and turns the report into results. `fail` takes the rule's failureAction (Enforce: an
 * error, Audit: a notice), `warn` is a warning, `error` an error; `pass` and `skip` say nothing.
 * Results of rules evaluated in-process (validate.cel) are dropped: those are ours.
 */
async function runKyverno(o) {
    const out = [];
    for (const input of o.inputs) {
        const run = await exec_runTool(o.binary, kyvernoArgs(o, input), {
            cwd: o.repo,
            timeoutMs: o.timeoutMs,
            ...(o.env ? { env: o.env } : {}),
        });
        if (run.timedOut)
            throw new src_errors/* UserError */.yo(`kyverno did not finish within ${o.timeoutMs / 1000} s`);
        const results = parseReports(run.stdout);
        if (!results) {
            const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
            throw new src_errors/* UserError */.yo(`kyverno apply failed (exit ${run.code ?? "killed"}): ${why || "no policy report"}`);
        }
        out.push(...mapKyvernoResults(results, input, o.rules));
    }
    return out;
}
/**
 * The results of every report in the CLI's output: JSON (one report or a list) or YAML documents.
 * Lines before the first report (notes about skipped policies) are ignored; undefined when
 * there is no report at all.
 */
function parseReports(stdout) {
    const start = stdout.search(/^(\{|\[|apiVersion:)/m);
    if (start < 0)
        return undefined;
    const text = stdout.slice(start);
    let docs;
    try {
        const json = JSON.parse(text);
        docs = Array.isArray(json) ? json : [json];
    }
    catch {
        try {
            docs = yaml_parseYaml(text, "kyverno output", {
                maxDocuments: 100_000,
                maxBytes: 512 * 1024 * 1024,
            }).documents.map((d) => d.value);
        }
        catch {
            return undefined;
        }
    }
    const reports = docs.filter((d) => typeof d === "object" && d !== null && /PolicyReport$/.test(String(d.kind)));
    if (reports.length === 0)
        return undefined;
    return reports.flatMap((r) => (Array.isArray(r.results) ? r.results : []));
}
/** Maps report results of one input to results on its objects. */
function mapKyvernoResults(results, input, rules) {
    const out = [];
    for (const r of results) {
        const status = String(r.result);
        if (status !== "fail" && status !== "warn" && status !== "error")
            continue;
        const policy = (typeof r.policy === "string" ? r.policy : "").replace(/^.*\//, "");
        const reported = typeof r.rule === "string" ? r.rule : "";
        // Kyverno's autogen turns a Pod rule into `autogen-<rule>` / `autogen-cronjob-<rule>` for controllers.
        const rule = reported.replace(/^autogen-(cronjob-)?/, "");
        const known = rules.find((x) => x.policy === policy && x.rule === rule);
        if (!known)
            continue;
        const severity = status === "warn" ? "warning" : status === "error" ? "error" : kyverno_SEVERITY[known.action];
        const message = kyverno_oneLine(typeof r.message === "string" && r.message ? r.message : `rule ${reported} ${status}ed`);
        for (const ref of r.resources?.length ? r.resources : [undefined]) {
            const resource = ref
                ? input.resources.find((x) => x.ref.kind === ref.kind &&
                    x.ref.name === ref.name &&
                    (x.ref.namespace ?? "") === (ref.namespace ?? ""))
                : undefined;
            const finding = {
                tool: "policy",
                rule: `${policy}/${rule}`,
                severity,
                message: `${policy}/${rule}: ${status === "error" ? "could not evaluate: " : ""}${message}`,
            };
            if (resource) {
                finding.resource = resource.ref;
                if (resource.origin.target !== undefined)
                    finding.target = resource.origin.target;
            }
            else {
                finding.file = known.file;
                finding.line = known.line;
            }
            const result = { finding, policy, rule, waivable: true };
            if (resource)
                result.resource = resource;
            out.push(result);
        }
    }
    return out;
}
const kyverno_SEVERITY = { deny: "error", warn: "warning", audit: "notice" };
function kyverno_oneLine(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/external.ts




/**
 * Runs the policies that need an external tool: Kyverno pattern/anyPattern/deny rules through
 * the kyverno CLI and Rego through conftest. A policy whose tool is not installed fails the run
 * with a UserError naming the policies and how to install the tool: it never passes silently.
 */
async function runExternalEngines(policies, inputs, o) {
    const repo = (0,external_node_path_.resolve)(o.repo);
    const timeoutMs = o.config.timeout * 1000;
    const env = o.env ?? process.env;
    const results = [];
    const files = inputs.files.filter((f) => f.resources.length > 0);
    let kyverno = false;
    let conftest = false;
    if (policies.kyvernoRules.length > 0) {
        const binary = findTool("kyverno", env);
        if (!binary) {
            const names = [
                ...new Set(policies.kyvernoRules.map((r) => `${r.policy}/${r.rule} (${r.file}:${r.line})`)),
            ];
            throw missingToolsError(["kyverno"], `run the Kyverno pattern/anyPattern/deny rules ${names.join(", ")}`);
        }
        kyverno = true;
        results.push(...(await runKyverno({
            binary,
            repo,
            policyFiles: policies.kyvernoFiles,
            exceptionFiles: [
                ...policies.kyvernoExceptions,
                ...o.config.kyverno.exceptions.map((e) => (0,external_node_path_.resolve)(repo, e)),
            ],
            rules: policies.kyvernoRules,
            inputs: files.map((f) => ({ path: (0,external_node_path_.resolve)(repo, f.path), resources: f.resources })),
            timeoutMs,
            env,
        })));
    }
    if (policies.rego.length > 0) {
        const binary = findTool("conftest", env);
        if (!binary) {
            const names = policies.rego.map((p) => (0,external_node_path_.relative)(repo, p));
            throw missingToolsError(["conftest"], `run the Rego policies ${names.join(", ")}`);
        }
        conftest = true;
        const c = o.config.conftest;
        results.push(...(await runConftest({
            binary,
            repo,
            policyDirs: [(0,external_node_path_.resolve)(repo, o.dir)],
            namespaces: c.namespaces,
            allNamespaces: c.allNamespaces,
            data: c.data.map((d) => (0,external_node_path_.resolve)(repo, d)),
            combine: c.combine,
            inputs: files.map((f) => ({
                path: (0,external_node_path_.resolve)(repo, f.path),
                file: f.file,
                ...(f.target !== undefined ? { target: f.target } : {}),
            })),
            timeoutMs,
            env,
        })));
    }
    return { results, kyverno, conftest };
}

;// CONCATENATED MODULE: ./packages/policy/src/waivers.ts





const ENTRY_KEYS = ["policy", "rule", "match", "reason", "owner", "expires"];
const MATCH_KEYS = ["target", "apiVersion", "kind", "namespace", "name"];
/**
 * Reads the waivers file; a missing file means no waivers. Any malformed entry (unknown key,
 * missing reason/owner/expires, a date that is not YYYY-MM-DD, an empty match) is a UserError
 * naming `file:line`.
 */
function loadWaivers(repo, file) {
    const path = (0,external_node_path_.resolve)(repo, file);
    if (!(0,external_node_fs_.existsSync)(path))
        return [];
    const yaml = yaml_loadYamlFile(path, file);
    const [, second] = yaml.documents;
    if (second)
        throw new DocReader(yaml, second).fail([], "the waivers file must hold one YAML document");
    const document = yaml.documents[0];
    if (!document || document.value === null)
        return [];
    const doc = new DocReader(yaml, document);
    const top = document.value;
    if (typeof top !== "object" || Array.isArray(top))
        throw doc.fail([], "must be a map with an `exceptions` list");
    for (const key of Object.keys(top)) {
        if (key !== "exceptions")
            throw doc.fail([key], `unknown key; the waivers file holds only "exceptions"`);
    }
    return doc.list(["exceptions"]).map((_, i) => readWaiver(doc, ["exceptions", i]));
}
function readWaiver(doc, p) {
    const entry = doc.object(p);
    if (!entry)
        throw doc.fail(p, "must be a map");
    for (const key of Object.keys(entry)) {
        if (!ENTRY_KEYS.includes(key))
            throw doc.fail([...p, key], `unknown key; allowed: ${ENTRY_KEYS.join(", ")}`);
    }
    const match = {};
    const m = doc.object([...p, "match"]);
    if (!m)
        throw doc.fail([...p, "match"], "is required: name the target or the resource the waiver covers");
    for (const key of Object.keys(m)) {
        if (!MATCH_KEYS.includes(key))
            throw doc.fail([...p, "match", key], `unknown key; allowed: ${MATCH_KEYS.join(", ")}`);
    }
    for (const key of MATCH_KEYS) {
        const v = doc.string([...p, "match", key]);
        if (v !== undefined && v !== "")
            match[key] = v;
    }
    if (Object.keys(match).length === 0)
        throw doc.fail([...p, "match"], "must name a target or resource fields");
    const expires = doc.string([...p, "expires"], true) ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) ||
        Number.isNaN(Date.parse(`${expires}T00:00:00Z`)) ||
        new Date(`${expires}T00:00:00Z`).toISOString().slice(0, 10) !== expires) {
        throw doc.fail([...p, "expires"], `must be a date as YYYY-MM-DD (quote it), got "${expires}"`);
    }
    const waiver = {
        policy: doc.string([...p, "policy"], true) ?? "",
        match,
        reason: doc.string([...p, "reason"], true) ?? "",
        owner: doc.string([...p, "owner"], true) ?? "",
        expires,
        at: doc.at(p),
    };
    const rule = doc.string([...p, "rule"]);
    if (rule !== undefined && rule !== "")
        waiver.rule = rule;
    return waiver;
}
/** True once the day after `expires` has begun (UTC). */
function isExpired(waiver, now) {
    return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
}
function glob(pattern, value) {
    if (pattern === undefined)
        return true;
    if (value === undefined)
        return false;
    return pattern === value || (0,dist_esm/* minimatch */.xF)(value, pattern, { dot: true, nocomment: true, nonegate: true });
}
/** True when the waiver covers this result. */
function waiverCovers(w, r) {
    if (!r.waivable || w.policy !== r.policy)
        return false;
    if (w.rule !== undefined && w.rule !== (r.rule ?? r.policy))
        return false;
    const ref = r.finding.resource;
    return (glob(w.match.target, r.finding.target) &&
        glob(w.match.apiVersion, ref?.apiVersion) &&
        glob(w.match.kind, ref?.kind) &&
        glob(w.match.namespace, ref?.namespace) &&
        glob(w.match.name, ref?.name));
}
/**
 * Applies waivers: a covered finding becomes a notice naming its waiver; an expired waiver is
 * an error (and covers nothing); with `reportUnused`, a live waiver that covered nothing is a
 * warning (a partial run, such as `--manifests`, leaves it off).
 */
function applyWaivers(results, waivers, options) {
    const live = waivers.filter((w) => !isExpired(w, options.now));
    const used = new Set();
    const out = [];
    let waived = 0;
    for (const r of results) {
        const w = live.find((x) => waiverCovers(x, r));
        if (!w) {
            out.push(r.finding);
            continue;
        }
        used.add(w);
        waived += 1;
        out.push({
            ...r.finding,
            severity: "notice",
            message: `${r.finding.message} [waived by ${w.at.file}:${w.at.line}, owner ${w.owner}, expires ${w.expires}: ${w.reason}]`,
        });
    }
    for (const w of waivers) {
        const base = { tool: "policy", file: w.at.file, line: w.at.line };
        if (isExpired(w, options.now)) {
            out.push({
                ...base,
                rule: "policy/waiver-expired",
                severity: "error",
                message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) expired on ${w.expires}; fix the violation or renew the waiver`,
            });
        }
        else if (options.reportUnused && !used.has(w)) {
            out.push({
                ...base,
                rule: "policy/waiver-unused",
                severity: "warning",
                message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) matches no finding; remove it`,
            });
        }
    }
    return { findings: out, waived };
}

;// CONCATENATED MODULE: ./packages/core/src/model/scope.ts





/**
 * The scope of `paths` (relative to `cwd`, as a hook or a shell passes them). A path outside the
 * repository or one that does not exist is a usage error naming it. `everything` names further
 * repo-relative paths (a check's own config: the policies folder, say) whose change affects all
 * targets, as `.gitops.yaml` always does.
 */
function changeScope(model, paths, options = {}) {
    const { files, folders } = repoPaths(model.repo, paths, options.cwd);
    const all = folders.includes("") || [...files].some((f) => f === config_CONFIG_FILE || options.everything?.(f) === true);
    const graphs = new Map(model.targets.map((t) => [t.id, model.graph(t.id)]));
    if (all)
        return { files, folders, targets: new Set(model.targets.map((t) => t.id)) };
    const targets = affectedTargets(model.targets, graphs, [...files]);
    // A folder feeds a target when the target reads anything under it.
    for (const [id, g] of graphs) {
        const read = [...g.files, ...g.dirs];
        if (folders.some((f) => read.some((r) => isUnder(r, f) || isUnder(f, r))))
            targets.add(id);
    }
    return { files, folders, targets };
}
/** True when `file` is `dir` or lies under it (both repo-relative). */
function isUnder(file, dir) {
    const d = dir.replace(/\/+$/, "");
    return d === "" || d === "." || file === d || file.startsWith(`${d}/`);
}
/**
 * `paths` (relative to `cwd`) as repo-relative files and folders. A path outside the repository
 * or one that does not exist is a usage error naming it.
 */
function repoPaths(repo, paths, cwd = process.cwd()) {
    const files = new Set();
    const folders = [];
    for (const p of paths) {
        const rel = repoRelative(repo, cwd, p);
        if ((0,external_node_fs_.statSync)((0,external_node_path_.resolve)(repo, rel)).isDirectory())
            folders.push(rel);
        else
            files.add(rel);
    }
    return { files, folders };
}
function repoRelative(repo, cwd, path) {
    if (path === "")
        throw new src_errors/* UserError */.yo("an empty path was given");
    const abs = (0,external_node_path_.resolve)(cwd, path);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), abs);
    if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
        throw new src_errors/* UserError */.yo(`${path} is not a file of the repository ${repo}`, path);
    if (!(0,external_node_fs_.existsSync)(abs))
        throw new src_errors/* UserError */.yo(`${path} does not exist`, path);
    return rel.split(external_node_path_.sep).join("/");
}
/** True when a finding is about the scope: one of its targets, or a file given or under a folder given. */
function inScope(scope, finding) {
    if (finding.target !== undefined && scope.targets.has(finding.target))
        return true;
    const file = finding.file;
    return file !== undefined && (scope.files.has(file) || scope.folders.some((d) => isUnder(file, d)));
}

;// CONCATENATED MODULE: ./packages/policy/src/inputs/scoped.ts




/**
 * The inputs of a check of some targets only: a change's (a pre-commit hook) or a shard's. A
 * binding's namespaceSelector needs the labels of the Namespaces an env renders, which live in the
 * env's shared targets (clusters/<env>, environments/<env>), so those come along as context.
 *
 * `rendered` says render/ already holds the targets (a shard: validate rendered them); then only
 * context render/ lacks renders, privately. Otherwise targets and context render privately, and
 * render/ is left as the last full render left it.
 */
async function scopedInputs(model, targets, options) {
    const envs = new Set(model.targets.filter((t) => targets.has(t.id)).map((t) => t.env));
    const context = new Set(model.targets.filter((t) => !targets.has(t.id) && !t.service && envs.has(t.env)).map((t) => t.id));
    const existing = options.rendered ? readIndex((0,external_node_path_.join)(model.repo, "render")).targets : [];
    const usable = existing.filter((e) => (targets.has(e.id) || context.has(e.id)) &&
        (e.status !== "ok" || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(model.repo, e.output))));
    const have = new Set(usable.filter((e) => e.status === "ok" || targets.has(e.id)).map((e) => e.id));
    const missing = new Set([...targets, ...context].filter((id) => !have.has(id)));
    const own = await renderPrivately({
        repo: model.repo,
        model,
        only: missing,
        ...(options.env ? { env: options.env } : {}),
    });
    const fresh = own.index.targets.filter((e) => missing.has(e.id));
    // Only the checked targets' own render findings: the model's notes about the layout (a generator
    // that needs a cluster or the SCM) are render's and lint's to report, as a full run that finds
    // render/ fresh does not repeat them either.
    const findings = own.findings.filter((f) => f.target !== undefined && targets.has(f.target));
    return {
        entries: [...usable.filter((e) => have.has(e.id)), ...fresh],
        context,
        findings,
        dispose: own.dispose,
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/target-cache.ts



/**
 * The in-process CEL evaluation, target by target, each target's results from the cache when
 * nothing it depends on changed: its rendered bytes, its input files (findings are located in
 * them), its env and that env's Namespaces, the policies folder, `policy.enforcement`, and the
 * CRDs and param objects of the whole run (a CRD changes a kind's scope, a ConfigMap a param).
 * Waivers are applied later to the union, so unused and expired waivers are still decided over
 * the whole run. The results are those of one pass over `inputs.groups`, in the same order:
 * env by env, and within an env target by target, as the groups were built.
 */
function evaluateTargets(e) {
    // The model's hasher: validate's render and lint hashed these files already in this run.
    const hasher = e.inputs.model ? modelHasher(e.inputs.model) : new FileHasher(e.repo, ["render"]);
    const paramKinds = new Set(e.compiled.flatMap((c) => {
        const k = c.bound.policy.paramKind;
        return k ? [`${k.apiVersion}/${k.kind}`] : [];
    }));
    const cross = [...e.all, ...e.objects];
    // A policies folder that cannot be hashed faithfully (a symlinked folder) is checked uncached.
    const policies = hashOrUndefined(() => hasher.dirWithout(e.dir, (rel) => rel === external_node_path_.posix.normalize(e.exceptions)));
    const shared = {
        policies,
        config: { ...e.config, exceptions: null },
        crds: key_cacheKey(cross
            .filter((r) => r.ref.kind === "CustomResourceDefinition" && r.group === "apiextensions.k8s.io")
            .map((r) => r.object)),
        params: key_cacheKey(cross.filter((r) => paramKinds.has(`${r.ref.apiVersion}/${r.ref.kind}`)).map((r) => [r.ref, r.object])),
    };
    const cache = new TargetResults(e.cache, "policy-target", hasher, shared, isTargetPolicy);
    const results = [];
    let evaluations = 0;
    for (const group of e.inputs.groups) {
        const namespaces = key_cacheKey([...group.namespaces.objects]);
        for (const file of e.inputs.files) {
            const entry = file.target === undefined ? undefined : e.inputs.entries.get(file.target);
            if (!entry || entry.env !== group.env)
                continue;
            const fresh = () => {
                const one = runCelPolicies(e.compiled, [{ ...group, resources: file.resources }], e.run);
                for (const r of one.results)
                    if (r.resource && r.finding.file === undefined)
                        e.locator.locate(r.finding, r.resource);
                // What waivers and the report read; the object itself stays out of the entry.
                const kept = one.results.map(({ finding, policy, rule, waivable }) => rule === undefined ? { finding, policy, waivable } : { finding, policy, rule, waivable });
                return { results: kept, evaluations: one.evaluations };
            };
            const graph = e.inputs.model?.graph(entry.id);
            // Unkeyable (a policies folder that cannot be hashed, bytes not read here): checked fresh.
            const one = policies === undefined || file.sha256 === undefined
                ? fresh()
                : cache.through({
                    id: entry.id,
                    source: entry.source,
                    renderedSha256: file.sha256,
                    // The locator searches the graph's files in this order, then the YAML under its folders.
                    inputs: { files: graph?.files ?? [], dirs: graph?.dirs ?? [] },
                    extra: { env: group.env ?? null, namespaces },
                }, fresh);
            for (const r of one.results)
                results.push(r);
            evaluations += one.evaluations;
        }
    }
    return { results, evaluations };
}
function hashOrUndefined(hash) {
    try {
        return hash();
    }
    catch (err) {
        if (err instanceof files_Unhashable)
            return undefined;
        throw err;
    }
}
/** Whether the results of `runCelPolicies` may be computed target by target (all rendered). */
function perTarget(inputs) {
    return inputs.entries.size > 0 && inputs.files.every((f) => f.target !== undefined);
}
function isTargetPolicy(v) {
    const r = v;
    return (typeof r === "object" &&
        r !== null &&
        typeof r.evaluations === "number" &&
        Array.isArray(r.results) &&
        r.results.every((x) => typeof x.policy === "string" && typeof x.finding === "object"));
}

;// CONCATENATED MODULE: ./packages/policy/src/check.ts





















/**
 * `gitops policy`: runs the policies under `policies/` on the rendered targets (rendering first
 * when render/ is missing or stale) or on the given manifests. CEL policies (Kubernetes
 * ValidatingAdmissionPolicies, Kyverno ValidatingPolicies and `validate.cel` rules) run here;
 * Kyverno pattern/deny rules through the kyverno CLI and Rego through conftest. Waivers from the
 * exceptions file and the per-env enforcement of `.gitops.yaml` apply to all of them.
 */
async function runPolicyCheck(options) {
    const started = performance.now();
    const repo = options.repo;
    if (!isFolder(repo, "."))
        throw new src_errors/* UserError */.yo(`repository folder ${repo} does not exist`, repo);
    const config = loadConfig(repo).config.policy;
    const dir = options.policies ?? config.dir;
    if (options.policies !== undefined && !isFolder(repo, dir))
        throw new src_errors/* UserError */.yo(`the policies folder ${dir} does not exist`, dir);
    const exceptions = options.exceptions ??
        (options.policies !== undefined ? external_node_path_.posix.join(dir, "exceptions.yaml") : config.exceptions);
    const policies = loadPolicies(repo, dir, exceptions);
    const waivers = loadWaivers(repo, exceptions);
    const findings = [...policies.findings];
    // A required check that had nothing to check must not look like one that passed.
    if (countPolicies(policies) === 0)
        findings.push(noPolicies(dir));
    const inputs = await loadInputs(options, findings, (f) => isUnder(f, dir) || f === exceptions);
    try {
        return await check_evaluate(options, inputs, policies, findings, { started, waivers, config, dir, exceptions });
    }
    finally {
        inputs.dispose?.();
    }
}
async function check_evaluate(options, inputs, policies, findings, context) {
    const { started, waivers, config, dir } = context;
    const repo = options.repo;
    const loaded = performance.now();
    const all = inputs.groups.flatMap((g) => g.resources);
    const catalog = new KindCatalog();
    catalog.addDefinitions([...all, ...policies.objects]);
    const compiled = [];
    for (const bound of policies.cel) {
        const { compiled: c, errors } = compilePolicy(bound);
        findings.push(...errors);
        if (c)
            compiled.push(c);
    }
    const run = {
        catalog,
        params: new ParamIndex([...all, ...policies.objects], catalog),
        enforcement: enforcementFor(config.enforcement),
    };
    const locator = new SourceLocator(repo, inputs.entries, inputs.model?.graph.bind(inputs.model));
    const cache = options.cache === false ? undefined : options.cache;
    const { results, evaluations } = cache && perTarget(inputs)
        ? evaluateTargets({
            repo,
            compiled,
            inputs,
            run,
            locator,
            cache,
            dir,
            exceptions: context.exceptions,
            config,
            all,
            objects: policies.objects,
        })
        : runCelPolicies(compiled, inputs.groups, run);
    const evaluated = performance.now();
    const external = await runExternalEngines(policies, inputs, { repo, dir, config, env: options.env });
    results.push(...external.results);
    for (const r of results)
        if (r.resource && r.finding.file === undefined)
            locator.locate(r.finding, r.resource);
    for (const d of enforcementDrift(all, config)) {
        locator.locate(d.finding, d.resource);
        findings.push(d.finding);
    }
    const partial = options.manifests !== undefined ||
        options.environments !== undefined ||
        options.files !== undefined ||
        options.targets !== undefined;
    // Which envs deploy the policies is only known when every target was rendered.
    if (!partial && inputs.model)
        findings.push(...envsWithoutPolicies(inputs.model, all, {
            dir,
            policies: countPolicies(policies),
            enforcementEnvs: enforcementEnvs(config.enforcement),
        }));
    const waived = applyWaivers(results, waivers, { now: options.now ?? new Date(), reportUnused: !partial });
    findings.push(...waived.findings);
    return {
        findings,
        stats: {
            policies: countPolicies(policies),
            resources: all.length,
            targets: inputs.entries.size,
            evaluations,
            waived: waived.waived,
            kyverno: external.kyverno,
            conftest: external.conftest,
            loadMs: Math.round(loaded - started),
            evaluateMs: Math.round(evaluated - loaded),
            ms: Math.round(performance.now() - started),
        },
        ...(options.explain && inputs.model ? { placement: placements(policies, all, inputs.model) } : {}),
    };
}
async function loadInputs(options, findings, policyFile) {
    const repo = options.repo;
    if (options.manifests !== undefined) {
        const resources = loadManifestPaths(repo, options.manifests);
        const env = options.environments?.[0];
        return {
            groups: [
                { ...(env !== undefined ? { env } : {}), resources, namespaces: collectNamespaces(resources) },
            ],
            entries: new Map(),
            files: byFile(repo, resources),
        };
    }
    let model = options.model;
    let scope = options.targets;
    if (options.files) {
        model ??= await load_loadModel(repo, options.env ? { env: options.env } : {});
        const cwd = options.cwd !== undefined ? { cwd: options.cwd } : {};
        scope = changeScope(model, options.files, { ...cwd, everything: policyFile }).targets;
    }
    const reported = new Set();
    let scoped;
    if (scope) {
        model ??= await load_loadModel(repo, options.env ? { env: options.env } : {});
        scoped = await scopedInputs(model, scope, {
            rendered: options.render === false,
            ...(options.env ? { env: options.env } : {}),
        });
        findings.push(...scoped.findings);
        for (const f of scoped.findings)
            if (f.tool === "render" && f.target)
                reported.add(f.target);
    }
    else if (options.render !== false) {
        const status = await ensureRendered(repo, {
            ...(model ? { model } : {}),
            ...(options.env ? { env: options.env } : {}),
            ...(options.environments ? { environments: options.environments } : {}),
        });
        findings.push(...status.findings);
        model = status.model;
        // A target whose render failed just now is reported once, by the render.
        for (const f of status.findings)
            if (f.tool === "render" && f.target)
                reported.add(f.target);
    }
    else {
        model ??= await load_loadModel(repo, options.env ? { env: options.env } : {});
    }
    const context = scoped?.context ?? new Set();
    const loaded = loadRenderedTargets(repo, options.environments, scope && new Set([...scope, ...context]), scoped?.entries);
    findings.push(...loaded.findings.filter((f) => !(f.target && (reported.has(f.target) || context.has(f.target)))));
    const targets = loaded.targets.filter((t) => !context.has(t.entry.id));
    const envs = [...new Set(targets.map((t) => t.entry.env))];
    const groups = envs.map((env) => {
        const resources = targets.filter((t) => t.entry.env === env).flatMap((t) => t.resources);
        const around = loaded.targets.filter((t) => t.entry.env === env && context.has(t.entry.id));
        return {
            env,
            resources,
            namespaces: collectNamespaces([...resources, ...around.flatMap((t) => t.resources)]),
        };
    });
    const dispose = scoped?.dispose;
    return {
        model,
        ...(dispose ? { dispose } : {}),
        groups,
        entries: new Map(targets.map((t) => [t.entry.id, t.entry])),
        files: targets.map((t) => ({
            path: (0,external_node_path_.resolve)(repo, t.entry.output),
            file: t.entry.output,
            target: t.entry.id,
            resources: t.resources,
            sha256: t.sha256,
        })),
    };
}
function byFile(repo, resources) {
    const files = new Map();
    for (const r of resources)
        files.set(r.origin.file, [...(files.get(r.origin.file) ?? []), r]);
    return [...files].map(([file, list]) => ({
        path: (0,external_node_path_.resolve)(repo, file),
        file,
        resources: list,
    }));
}
/** The notice of a run with no policy at all: `policy: no policies (nothing checked)`. */
function noPolicies(dir) {
    return {
        tool: "policy",
        rule: "policy/no-policies",
        severity: "notice",
        message: `no policies (nothing checked): ${dir}/ holds no bound ValidatingAdmissionPolicy, no Kyverno policy and no Rego to run; add some, or let "gitops init" write a starter set`,
        file: dir,
    };
}
function countPolicies(set) {
    const names = new Set(set.cel.map((b) => `${b.policy.kind}/${b.policy.name}`));
    for (const r of set.kyvernoRules)
        names.add(`kyverno/${r.policy}`);
    return names.size + (set.rego.length > 0 ? 1 : 0);
}

;// CONCATENATED MODULE: ./packages/core/src/workspace-paths.ts
/**
 * Findings name files relative to the repository; GitHub places annotations (and code scanning
 * places SARIF results) by paths relative to the workspace. When `repo-path` is a folder of the
 * checkout, its path goes in front; a repository outside the workspace cannot be annotated there,
 * so its paths stay as they are.
 */

/**
 * `findings` with each file relative to `workspace` (the runner's working directory by default)
 * instead of `repoPath`. Absolute files inside the workspace become relative too.
 */
function findingsInWorkspace(findings, repoPath, workspace = process.cwd()) {
    const ws = (0,external_node_path_.resolve)(workspace);
    const repo = (0,external_node_path_.resolve)(ws, repoPath);
    return findings.map((f) => {
        if (!f.file)
            return f;
        const rel = (0,external_node_path_.relative)(ws, (0,external_node_path_.resolve)(repo, f.file));
        const outside = rel === "" || rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
        return outside ? f : { ...f, file: rel.split(external_node_path_.sep).join("/") };
    });
}

// EXTERNAL MODULE: ./packages/core/src/finding.ts
var src_finding = __webpack_require__(3140);
;// CONCATENATED MODULE: ./packages/core/src/reporters/text.ts

const ANSI = {
    error: "\u001b[31m",
    warning: "\u001b[33m",
    notice: "\u001b[36m",
    dim: "\u001b[2m",
    bold: "\u001b[1m",
};
const RESET = "\u001b[0m";
/**
 * Human text: one line per finding, worst first, then a totals line.
 *
 * ```
 * error  apps/cms/overlays/prod/kustomization.yaml:12  lint/schema  message  [Deployment/cms-prod/cms]
 * 1 error, 0 warnings, 0 notices
 * ```
 *
 * Untrusted text (messages quote manifests) is forced onto one line and stripped of control
 * characters, so it can neither forge a line of its own (which the Actions runner would read as a
 * `::workflow-command::`) nor send escape sequences to the reader's terminal.
 */
function formatText(findings, opts = {}) {
    const paint = (style, s) => (opts.color ? `${ANSI[style]}${s}${RESET}` : s);
    const lines = sortFindings(findings).map((f) => renderLine(f, paint));
    const counts = countBySeverity(findings);
    const totals = countsLabel(counts);
    const worst = counts.error ? "error" : counts.warning ? "warning" : undefined;
    lines.push(worst ? paint(worst, totals) : paint("bold", totals));
    return `${lines.join("\n")}\n`;
}
/**
 * One finding as one line of plain text (`severity  location  tool/rule  message  [resource]`),
 * the same line {@link formatText} prints; other reports (JUnit bodies) reuse it.
 */
function text_formatFindingLine(f) {
    return renderLine(f, (_style, s) => s);
}
function renderLine(f, paint) {
    const cols = [paint(f.severity, f.severity)];
    const where = locationLabel(f);
    if (where)
        cols.push(text_oneLine(where));
    cols.push(paint("dim", text_oneLine(`${f.tool}/${f.rule}`)), text_oneLine(f.message));
    if (f.resource)
        cols.push(`[${text_oneLine(resourceLabel(f.resource))}]`);
    return cols.join("  ");
}
/**
 * Newlines become a visible `\n`, other control characters (ESC, NUL, DEL, C1) a `\xNN` or
 * `\uNNNN` escape: the reader still sees that something was there, the terminal sees plain text.
 */
function text_oneLine(s) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    return s.replace(/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        if (c === "\r\n" || c === "\n")
            return "\\n";
        if (c === "\r")
            return "\\r";
        if (c === "\t")
            return " ";
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
    });
}
function hex(n, width) {
    return n.toString(16).padStart(width, "0");
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/json.ts

/**
 * The `--json` document of a findings command (DESIGN.md, CLI contract): findings worst first and
 * a summary of counts plus `extra` (e.g. `{ targets: 12, failedTargets: 0 }`).
 *
 * The counts are always computed from `findings`; an `extra` key of the same name is ignored, so
 * the summary cannot disagree with the list it summarises.
 */
function toJsonReport(findings, extra = {}) {
    const counts = countBySeverity(findings);
    const summary = { errors: counts.error, warnings: counts.warning, notices: counts.notice };
    for (const [key, value] of Object.entries(extra)) {
        // defineProperty, not assignment: a `__proto__` key from parsed input stays a plain key.
        if (!Object.hasOwn(summary, key)) {
            Object.defineProperty(summary, key, { value, enumerable: true, writable: true, configurable: true });
        }
    }
    return { findings: sortFindings(findings), summary };
}
/** {@link toJsonReport} as the text printed on stdout: two-space indent, trailing newline. */
function formatJson(findings, extra) {
    return `${JSON.stringify(toJsonReport(findings, extra), null, 2)}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/reporters/annotations.ts
var annotations = __webpack_require__(38);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/core/src/reporters/uri.ts
/**
 * Percent-encodes a repo-relative path for a URI (SARIF `artifactLocation.uri`, summary links).
 *
 * Deliberately stricter than RFC 3986's path characters: `:` (a first segment with a colon reads
 * as a URI scheme), `(`/`)` (they end a markdown link) and `&` (markdown decodes entities in link
 * destinations) are encoded too. Lone surrogates, which `encodeURIComponent` throws on, become
 * U+FFFD first so a strange file name cannot crash a report.
 */
function uri_encodePath(path) {
    return path
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
        .replace(/[^A-Za-z0-9\-._~!$'*+,;=@/]/gu, percent);
}
/** `encodeURIComponent`, plus the `(`/`)` it leaves alone. */
function percent(c) {
    return encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`);
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/summary.ts



/** Finding rows shown before the "N more findings not shown" note. */
const DEFAULT_SUMMARY_LIMIT = 200;
/**
 * GitHub rejects a step summary over 1 MiB (1,048,576 bytes) and shows an error instead of it.
 * We stop a little short, leaving room for a caller's own lines around ours.
 */
const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
/** One message can be a whole manifest; past this a cell is cut with `…`. */
const MAX_CELL_CHARS = 1000;
/** Room kept for the closing notes, so they always fit. */
const NOTE_RESERVE_BYTES = 256;
/** The row for findings that name no target (repo-wide checks, secrets in plain files). */
const NO_TARGET = "(no target)";
const BADGE = { error: "❌ error", warning: "⚠️ warning", notice: "ℹ️ notice" };
/**
 * GitHub job-summary markdown for one check: heading, ✅/❌ status line with counts, a table of
 * counts per target (worst first, when findings carry targets), then a findings table worst first,
 * capped at `limit` rows and at `maxBytes` in total, with a note saying how many were left out.
 */
function toSummaryMarkdown(findings, opts) {
    const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const counts = (0,src_finding/* countBySeverity */.Ot)(findings);
    const failed = (0,src_finding/* failsAt */.ZN)(findings, opts.failOn ?? "error");
    const check = opts.check ? `**${markdownCell(opts.check)}** ${failed ? "failed" : "passed"}: ` : "";
    const status = findings.length ? (0,src_finding/* countsLabel */.d_)(counts) : "no findings";
    const out = [`## ${markdownCell(opts.title)}`, "", `${failed ? "❌" : "✅"} ${check}${status}`];
    if (!findings.length)
        return `${out.join("\n")}\n`;
    let room = maxBytes - bytes(out) - NOTE_RESERVE_BYTES;
    const notes = [];
    const groups = groupByTarget(findings);
    if (groups) {
        const table = fitTable(["| Target | Errors | Warnings | Notices |", "| --- | ---: | ---: | ---: |"], groups, ([target, c]) => `| ${markdownCell(target)} | ${c.error} | ${c.warning} | ${c.notice} |`, groups.length, room - 1);
        out.push("", ...table.lines);
        room -= bytes(table.lines) + 1;
        if (table.hidden)
            notes.push(`_${plural(table.hidden, "more target")} not shown._`);
    }
    const table = fitTable(["| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"], (0,src_finding/* sortFindings */.Tc)(findings), (f) => findingRow(f, opts), Math.max(0, opts.limit ?? DEFAULT_SUMMARY_LIMIT), room - 1);
    out.push("", ...table.lines);
    if (table.hidden)
        notes.push(`_${plural(table.hidden, "more finding")} not shown._`);
    if (notes.length)
        out.push("", ...notes);
    return `${out.join("\n")}\n`;
}
/** Counts per target, worst first; undefined when no finding names a target (it would be one row). */
function groupByTarget(findings) {
    if (!findings.some((f) => f.target))
        return undefined;
    const byTarget = new Map();
    for (const f of findings) {
        const key = f.target ?? NO_TARGET;
        let counts = byTarget.get(key);
        if (!counts)
            byTarget.set(key, (counts = { error: 0, warning: 0, notice: 0 }));
        counts[f.severity] += 1;
    }
    return [...byTarget].sort(([ta, a], [tb, b]) => b.error - a.error ||
        b.warning - a.warning ||
        b.notice - a.notice ||
        // On a tie, named targets first: the catch-all row is the least specific.
        Number(ta === NO_TARGET) - Number(tb === NO_TARGET) ||
        ta.localeCompare(tb));
}
function findingRow(f, opts) {
    const label = markdownCell((0,src_finding/* locationLabel */.GE)(f)) || "—";
    const href = f.file ? fileUrl(f, opts) : undefined;
    const where = href ? `[${label}](${href})` : label;
    const message = f.resource ? `${f.message} (${(0,src_finding/* resourceLabel */.bP)(f.resource)})` : f.message;
    return `| ${BADGE[f.severity]} | ${where} | ${markdownCell(`${f.tool}/${f.rule}`)} | ${markdownCell(message)} |`;
}
/** `${repoUrl}/blob/${sha}/${file}#L${line}`, with the path percent-encoded. */
function fileUrl(f, opts) {
    if (!opts.repoUrl || !opts.sha || !f.file)
        return undefined;
    const base = opts.repoUrl.replace(/\/+$/, "").replace(/[ ()<>]/g, percent);
    const anchor = f.line ? `#L${f.line}` : "";
    return `${base}/blob/${encodeURIComponent(opts.sha)}/${uri_encodePath(f.file)}${anchor}`;
}
/**
 * Renders items as rows while they fit both `limit` and `room` bytes; says how many it left out.
 * Rows are rendered lazily, so a million findings cost only the rows shown.
 */
function fitTable(header, items, render, limit, room) {
    const lines = [...header];
    let used = bytes(header);
    for (const item of items.slice(0, limit)) {
        const row = render(item);
        const size = external_node_buffer_.Buffer.byteLength(row, "utf8") + 1;
        if (used + size > room)
            break;
        lines.push(row);
        used += size;
    }
    const shown = lines.length - header.length;
    // A header with no rows under it renders as an empty table; leave it out.
    return { lines: shown ? lines : [], hidden: items.length - shown };
}
/**
 * Makes untrusted text one literal table cell. Newlines become `<br>`; other control characters
 * go. Everything that markdown or HTML would interpret (`|` ends the cell, `<` opens a tag, `[`
 * starts a link or image, `` ` `` a code span, `*`/`_`/`~` emphasis, `\` escapes the next one) is
 * written as a character reference, which renders as the character itself. So a message reads
 * exactly as the check wrote it, and a manifest cannot inject markup into the summary.
 */
function markdownCell(s) {
    const cut = s.length > MAX_CELL_CHARS ? `${s.slice(0, MAX_CELL_CHARS).replace(/[\uD800-\uDBFF]$/, "")}…` : s;
    return (cut
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
        .replace(/[&<>|\\`*_[\]~]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, "<br>")
        .replace(/\t/g, " ")
        .trim());
}
function bytes(lines) {
    return lines.reduce((n, l) => n + external_node_buffer_.Buffer.byteLength(l, "utf8") + 1, 0);
}
function plural(n, words) {
    return `${n} ${words}${n === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/sarif.ts



const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/**
 * GitHub rejects a run with more than 25,000 results (and shows the top 5,000), so past this we
 * keep the worst and count the rest in `run.properties`.
 */
const SARIF_MAX_RESULTS = 25_000;
const LEVEL = { error: "error", warning: "warning", notice: "note" };
/** The versioned fingerprint key: bump it if what {@link findingFingerprint} hashes ever changes. */
const FINGERPRINT_KEY = "gitopsFinding/v1";
/**
 * A SARIF 2.1.0 log for GitHub code scanning: one run, rules deduplicated as `${tool}/${rule}`,
 * results worst first with repo-relative locations and fingerprints stable across runs.
 */
function toSarif(findings, opts) {
    const sorted = sortFindings(findings);
    const kept = sorted.slice(0, Math.max(0, opts.maxResults ?? SARIF_MAX_RESULTS));
    // Rules sorted by id (code-unit order, not locale order, so every machine agrees) rather than by
    // first use, so the rules array and every ruleIndex stay put when only the results change.
    // `kept` is worst first, so a rule's first finding carries its worst severity.
    const first = new Map();
    for (const f of kept)
        if (!first.has(sarif_ruleId(f)))
            first.set(sarif_ruleId(f), f);
    const rules = [...first.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, f]) => toRule(id, f, opts.rules?.[id]));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // Identical findings (same rule, place, message and resource, different lines) share a hash;
    // the occurrence number keeps their fingerprints apart, as codeql-action's does.
    const seen = new Map();
    const results = kept.map((f) => {
        const id = sarif_ruleId(f);
        const hash = findingFingerprint(f);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        const location = toLocation(f);
        return {
            ruleId: id,
            ruleIndex: index.get(id) ?? -1,
            level: LEVEL[f.severity],
            message: { text: messageText(f) },
            ...(location && { locations: [location] }),
            partialFingerprints: {
                [FINGERPRINT_KEY]: `${hash}:${n}`,
                // GitHub only reads primaryLocationLineHash; when it is absent, upload-sarif derives one
                // from the text around `line`, which moves whenever lines above are edited. Ours does not
                // depend on the line, so an alert survives unrelated edits to the file.
                primaryLocationLineHash: `${hash.slice(0, 16)}:${n}`,
            },
        };
    });
    const driver = { name: opts.toolName, version: opts.toolVersion, rules };
    if (opts.informationUri)
        driver.informationUri = opts.informationUri;
    const run = { tool: { driver }, columnKind: "utf16CodeUnits", results };
    if (kept.length < sorted.length)
        run.properties = { droppedResults: sorted.length - kept.length };
    return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
/**
 * sha256 (hex) of what makes a finding the same finding across runs: tool, rule, file (or target),
 * message and resource. Not the line, which shifts with unrelated edits.
 */
function findingFingerprint(f) {
    const parts = [
        f.tool,
        f.rule,
        f.file ?? f.target ?? "",
        f.message,
        f.resource ? resourceLabel(f.resource) : "",
    ];
    // JSON keeps the parts apart: no choice of separator can be forged from inside a part.
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
function sarif_ruleId(f) {
    return `${f.tool}/${f.rule}`;
}
function toRule(id, worst, info) {
    // GitHub requires all three descriptions to be non-empty; the id is the best we have without info.
    const text = info?.description ?? id;
    const rule = {
        id,
        name: id,
        shortDescription: { text },
        fullDescription: { text },
        help: { text: info?.helpUri ? `${text}\n\n${info.helpUri}` : text },
        defaultConfiguration: { level: LEVEL[worst.severity] },
        // The tool as a tag lets code scanning filter lint from policy from secrets.
        properties: { tags: [worst.tool] },
    };
    if (info?.helpUri)
        rule.helpUri = info.helpUri;
    return rule;
}
function messageText(f) {
    const text = f.resource ? `${f.message} [${resourceLabel(f.resource)}]` : f.message;
    // message.text is required and GitHub refuses an empty string for a required property.
    return text || sarif_ruleId(f);
}
function toLocation(f) {
    const path = f.file ?? (f.target && looksLikePath(f.target) ? f.target : undefined);
    if (!path)
        return undefined;
    const location = {
        physicalLocation: { artifactLocation: { uri: encodePath(path), uriBaseId: "%SRCROOT%" } },
    };
    // A line only means something in the file; a target is a directory.
    if (f.file && f.line && f.line >= 1) {
        location.physicalLocation.region = { startLine: f.line };
        if (f.column && f.column >= 1)
            location.physicalLocation.region.startColumn = f.column;
    }
    return location;
}
/** Relative, `/`-separated, no `..`, no spaces or scheme: `apps/cms/overlays/prod`, not `cluster prod`. */
function looksLikePath(s) {
    return /^[\w.@+-]+(\/[\w.@+-]+)*\/?$/.test(s) && !s.split("/").includes("..");
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/junit.ts


/** The case a finding belongs to when it names neither a target nor a file. */
const REPOSITORY_CASE = "(repository)";
/**
 * JUnit XML for CI test-report viewers: one `<testsuite>` per tool, one `<testcase>` per target
 * (or file) with a `<failure>` listing its errors; warnings and notices go to `<system-out>`
 * unless `warningsAsFailures`. `tests`/`failures` count cases, as the viewers expect.
 *
 * All text is escaped, so markup in a message (`<script>`, `]]>`) stays text, and characters XML
 * 1.0 cannot carry at all (NUL and most C0 controls, lone surrogates) become U+FFFD.
 */
function toJUnitXml(findings, opts) {
    const byTool = new Map();
    for (const tool of opts.tools ?? [])
        byTool.set(tool, []);
    for (const f of sortFindings(findings)) {
        const list = byTool.get(f.tool);
        if (list)
            list.push(f);
        else
            byTool.set(f.tool, [f]);
    }
    if (!byTool.size)
        byTool.set(opts.suiteName, []);
    const suites = [...byTool].map(([tool, list]) => suiteXml(tool, list, opts));
    const tests = suites.reduce((n, s) => n + s.tests, 0);
    const failures = suites.reduce((n, s) => n + s.failures, 0);
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="${xmlAttr(opts.suiteName)}" tests="${tests}" failures="${failures}" errors="0">`,
        ...suites.flatMap((s) => s.lines),
        `</testsuites>`,
        "",
    ].join("\n");
}
function suiteXml(tool, findings, opts) {
    // Listed cases keep the caller's order (usually plan order); the rest follow, sorted.
    const byCase = new Map();
    for (const name of opts.cases ?? [])
        byCase.set(name, []);
    const extra = new Map();
    for (const f of findings) {
        const name = f.target ?? f.file ?? REPOSITORY_CASE;
        const list = byCase.get(name) ?? extra.get(name);
        if (list)
            list.push(f);
        else
            extra.set(name, [f]);
    }
    for (const name of [...extra.keys()].sort())
        byCase.set(name, extra.get(name) ?? []);
    const lines = [];
    let failures = 0;
    for (const [name, list] of byCase) {
        const failing = [];
        const other = [];
        for (const f of list) {
            const fails = f.severity === "error" || (opts.warningsAsFailures && f.severity === "warning");
            (fails ? failing : other).push(f);
        }
        const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(tool)}"`;
        if (!list.length) {
            lines.push(`${open}/>`);
            continue;
        }
        lines.push(`${open}>`);
        const [head] = failing;
        if (head) {
            failures += 1;
            const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : "";
            lines.push(`      <failure message="${xmlAttr(head.message + more)}" type="${xmlAttr(`${head.tool}/${head.rule}`)}">` +
                `${xmlText(failing.map(formatFindingLine).join("\n"))}</failure>`);
        }
        if (other.length) {
            lines.push(`      <system-out>${xmlText(other.map(formatFindingLine).join("\n"))}</system-out>`);
        }
        lines.push(`    </testcase>`);
    }
    const tests = byCase.size;
    return {
        lines: [
            `  <testsuite name="${xmlAttr(tool)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
            ...lines,
            `  </testsuite>`,
        ],
        tests,
        failures,
    };
}
/**
 * Everything XML 1.0 cannot carry (its `Char` production) plus the C1 controls it discourages.
 * With the `u` flag a lone surrogate is one unmatched code unit, so it falls in here too.
 */
const NOT_XML = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ENTITY = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&apos;",
};
/** Escapes element text. `>` is escaped too, so `]]>` cannot appear in the output. */
function xmlText(s) {
    return s.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}
/** Escapes an attribute value; tab/CR/LF as references, since parsers turn raw ones into spaces. */
function xmlAttr(s) {
    return xmlText(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/index.ts
/**
 * The one set of reporters: every check's `Finding[]` becomes text, `--json`, annotations, the
 * job summary, SARIF and JUnit here, so a new check adds rules, never a new report format.
 */







;// CONCATENATED MODULE: ./packages/policy/src/summary.ts


/** The job summary of a policy check: the shared findings tables plus one line of counts. */
function policySummaryMarkdown(findings, stats, options = {}) {
    const engines = [
        "CEL (in-process)",
        stats.kyverno ? "kyverno CLI" : "",
        stats.conftest ? "conftest" : "",
    ].filter(Boolean);
    const line = `${stats.policies} polic${stats.policies === 1 ? "y" : "ies"} on ${stats.resources} object(s)` +
        (stats.targets ? ` of ${stats.targets} target(s)` : "") +
        `, ${stats.evaluations} evaluation(s), ${stats.waived} waived; engines: ${engines.join(", ")}; ${(stats.ms / 1000).toFixed(2)} s`;
    const body = toSummaryMarkdown(findings, {
        title: "Policy check",
        check: "policy",
        ...(options.failOn ? { failOn: options.failOn } : {}),
        ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
        ...(options.sha ? { sha: options.sha } : {}),
    });
    return `${body}\n${line}\n`;
}
/**
 * Findings with paths relative to the workspace instead of the repo, for annotations, when the
 * repo is a folder of the checkout (`repo-path`); a --manifests file outside the repo, named by
 * its absolute path, too. Paths outside the workspace are left alone.
 */
function relativeToWorkspace(findings, workspace, repo) {
    return findingsInWorkspace(findings, repo, workspace);
}

;// CONCATENATED MODULE: ./packages/policy/src/index.ts
/**
 * Policy checks: Kubernetes ValidatingAdmissionPolicies and Kyverno CEL policies evaluated
 * in-process, Kyverno pattern rules through the kyverno CLI, Rego through conftest, with
 * per-env enforcement and expiring waivers.
 */















/***/ })

};
