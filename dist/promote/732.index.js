export const id = 732;
export const ids = [732];
export const modules = {

/***/ 1732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BODY_LIMIT: () => (/* reexport */ BODY_LIMIT),
  GATE_HEADER: () => (/* reexport */ GATE_HEADER),
  Git: () => (/* reexport */ Git),
  GitHubApiError: () => (/* reexport */ GitHubApiError),
  MAX_PUSH_ATTEMPTS: () => (/* reexport */ MAX_PUSH_ATTEMPTS),
  MAX_SERVICES: () => (/* reexport */ MAX_SERVICES),
  PARITY_RULES: () => (/* reexport */ PARITY_RULES),
  YamlEditor: () => (/* reexport */ YamlEditor),
  authEnv: () => (/* reexport */ authEnv),
  bump: () => (/* reexport */ bump),
  bumpBranch: () => (/* reexport */ bumpBranch),
  bumpInClone: () => (/* reexport */ bumpInClone),
  bumpMessage: () => (/* reexport */ bumpMessage),
  bumpSummary: () => (/* reexport */ bumpSummary),
  chainOf: () => (/* reexport */ chainOf),
  chainOutcome: () => (/* reexport */ chainOutcome),
  chainText: () => (/* reexport */ chainText),
  changeFindings: () => (/* reexport */ changeFindings),
  changeHeads: () => (/* reexport */ changeHeads),
  changesTable: () => (/* reexport */ changesTable),
  checkArgoGate: () => (/* reexport */ checkArgoGate),
  checkChartVersion: () => (/* reexport */ checkChartVersion),
  checkOrder: () => (/* reexport */ checkOrder),
  checkParity: () => (/* reexport */ checkParity),
  checkRequest: () => (/* reexport */ checkRequest),
  checkSourceCommit: () => (/* reexport */ checkSourceCommit),
  checkSourceCommitDate: () => (/* reexport */ checkSourceCommitDate),
  checkSourceRepository: () => (/* reexport */ checkSourceRepository),
  closeEmptyPullRequest: () => (/* reexport */ closeEmptyPullRequest),
  commitMessage: () => (/* reexport */ commitMessage),
  commitTree: () => (/* reexport */ commitTree),
  computeDrift: () => (/* reexport */ computeDrift),
  covers: () => (/* reexport */ covers),
  diffBudget: () => (/* reexport */ diffBudget),
  drOnlyEnvs: () => (/* reexport */ drOnlyEnvs),
  drPairs: () => (/* reexport */ drPairs),
  driftRows: () => (/* reexport */ driftRows),
  driftSection: () => (/* reexport */ driftSection),
  explainGitHubError: () => (/* reexport */ explainGitHubError),
  fetchClient: () => (/* reexport */ fetchClient),
  formatImageRef: () => (/* reexport */ formatImageRef),
  gateJson: () => (/* reexport */ gateJson),
  gateRefusal: () => (/* reexport */ gateRefusal),
  gateRows: () => (/* reexport */ gateRows),
  gateSection: () => (/* reexport */ gateSection),
  githubFromEnv: () => (/* reexport */ githubFromEnv),
  groupAlias: () => (/* reexport */ groupAlias),
  handleArgoComment: () => (/* reexport */ handleArgoComment),
  imageWithDigest: () => (/* reexport */ imageWithDigest),
  isGated: () => (/* reexport */ isGated),
  listOverlays: () => (/* reexport */ listOverlays),
  loadCodeowners: () => (/* reexport */ loadCodeowners),
  nothingLine: () => (/* reexport */ nothingLine),
  openPullRequest: () => (/* reexport */ openPullRequest),
  ownersOf: () => (/* reexport */ ownersOf),
  parseCodeowners: () => (/* reexport */ parseCodeowners),
  parseImageRef: () => (/* reexport */ parseImageRef),
  parsePromoteComment: () => (/* reexport */ parsePromoteComment),
  parseRepoSlug: () => (/* reexport */ parseRepoSlug),
  parseWords: () => (/* reexport */ parseWords),
  permissionProblem: () => (/* reexport */ permissionProblem),
  planDiff: () => (/* reexport */ planDiff),
  planPromotion: () => (/* reexport */ planPromotion),
  promote: () => (/* reexport */ promote),
  promoteChain: () => (/* reexport */ promoteChain),
  promoteGrouped: () => (/* reexport */ promoteGrouped),
  promotionBranch: () => (/* reexport */ promotionBranch),
  promotionSummary: () => (/* reexport */ promotionSummary),
  promotionTitle: () => (/* reexport */ promotionTitle),
  publish: () => (/* reexport */ publish),
  pullRequestBody: () => (/* reexport */ pullRequestBody),
  pullRequestJson: () => (/* reexport */ pullRequestJson),
  readCommentEvent: () => (/* reexport */ readCommentEvent),
  readField: () => (/* reexport */ readField),
  registryOf: () => (/* reexport */ registryOf),
  renderScalar: () => (/* reexport */ renderScalar),
  renderedDiffSection: () => (/* reexport */ renderedDiffSection),
  repoFromRemoteUrl: () => (/* reexport */ repoFromRemoteUrl),
  requiredChecksProblem: () => (/* reexport */ requiredChecksProblem),
  resolveDigest: () => (/* reexport */ resolveDigest),
  resolveTargets: () => (/* reexport */ resolveTargets),
  reviewersFor: () => (/* reexport */ reviewersFor),
  roleClusters: () => (/* reexport */ roleClusters),
  rulesFor: () => (/* reexport */ rulesFor),
  runChatOps: () => (/* reexport */ runChatOps),
  runUrlFromEnv: () => (/* reexport */ runUrlFromEnv),
  scalarText: () => (/* reexport */ scalarText),
  scopeMarker: () => (/* reexport */ scopeMarker),
  scopeOf: () => (/* reexport */ scopeOf),
  soleApp: () => (/* reexport */ soleApp),
  statusOf: () => (/* reexport */ github_statusOf),
  tokenFromEnv: () => (/* reexport */ tokenFromEnv),
  unifiedDiff: () => (/* reexport */ unifiedDiff),
  unplacedRows: () => (/* reexport */ unplacedRows),
  upsertPullRequest: () => (/* reexport */ upsertPullRequest),
  withGitHub: () => (/* reexport */ withGitHub),
  workTree: () => (/* reexport */ workTree)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(3140);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

;// CONCATENATED MODULE: ./packages/core/src/yaml-lines.ts


/**
 * Field lines for documents the fast reader parsed. The fast reader keeps no node positions, so
 * `load` (the careful loader, which does) runs on the first call only: a file no finding points
 * into is never parsed twice. Both readers number a document by its first content line, which
 * is how the two parses are matched. Should the careful loader refuse what the fast reader took,
 * the document's own line is the answer. With `known`, a line found before for the same content
 * is taken from there, and one found now is added to it.
 */
function lazyLines(load, known) {
    let file;
    return (docLine, path) => {
        const remembered = known?.get(docLine, path);
        if (remembered !== undefined)
            return remembered;
        if (file === undefined) {
            try {
                file = load();
            }
            catch (err) {
                if (!(err instanceof UserError))
                    throw err;
                file = null;
            }
        }
        const document = file?.documents.find((d) => d.line === docLine);
        const line = file && document ? lineAt(file, document, path) : docLine;
        known?.set(docLine, path, line);
        return line;
    };
}

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
    const yaml = loadYamlFile(path, config_CONFIG_FILE);
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
                app_of_apps_finding("notice", chartYaml, `${chartDir || "."} is an app-of-apps chart; helm is not on PATH, so the Applications it creates are not followed (install helm, or run gitops tools install)`),
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
            findings: [app_of_apps_finding("error", chartYaml, `app-of-apps chart ${chartDir || "."} does not render: ${why}`)],
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
        return { applications: [], findings: [app_of_apps_finding("error", chartYaml, (0,src_errors/* messageOf */.bD)(err))] };
    }
    return { applications, findings: [] };
}
function app_of_apps_finding(severity, file, message) {
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
function graph_affectedTargets(targets, graphs, changed) {
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

;// CONCATENATED MODULE: ./packages/core/src/model/service-root.ts
/**
 * The service's own folder in a target's path: the path up to and including the segment that
 * names the service (`apps/cms/overlays/prod` → `apps/cms`), or undefined when no segment does.
 */
function serviceRoot(path, service) {
    const segs = path.split("/");
    const at = segs.lastIndexOf(service);
    return at === -1 ? undefined : segs.slice(0, at + 1).join("/");
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

;// CONCATENATED MODULE: ./packages/core/src/model/scope.ts





/**
 * The scope of `paths` (relative to `cwd`, as a hook or a shell passes them). A path outside the
 * repository or one that does not exist is a usage error naming it. `everything` names further
 * repo-relative paths (a check's own config: the policies folder, say) whose change affects all
 * targets, as `.gitops.yaml` always does.
 */
function changeScope(model, paths, options = {}) {
    const { files, folders } = repoPaths(model.repo, paths, options.cwd);
    const all = folders.includes("") || [...files].some((f) => f === CONFIG_FILE || options.everything?.(f) === true);
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
        if (statSync(resolve(repo, rel)).isDirectory())
            folders.push(rel);
        else
            files.add(rel);
    }
    return { files, folders };
}
function repoRelative(repo, cwd, path) {
    if (path === "")
        throw new UserError("an empty path was given");
    const abs = resolve(cwd, path);
    const rel = relative(resolve(repo), abs);
    if (rel.startsWith("..") || isAbsolute(rel))
        throw new UserError(`${path} is not a file of the repository ${repo}`, path);
    if (!existsSync(abs))
        throw new UserError(`${path} does not exist`, path);
    return rel.split(sep).join("/");
}
/** True when a finding is about the scope: one of its targets, or a file given or under a folder given. */
function inScope(scope, finding) {
    if (finding.target !== undefined && scope.targets.has(finding.target))
        return true;
    const file = finding.file;
    return file !== undefined && (scope.files.has(file) || scope.folders.some((d) => isUnder(file, d)));
}

;// CONCATENATED MODULE: ./packages/core/src/model/index.ts











;// CONCATENATED MODULE: ./packages/core/src/shards.ts

/** Most shards a plan may ask for: GitHub caps a matrix at 256 jobs. */
const MAX_SHARDS = 256;
/**
 * Splits targets into `count` shards for a CI matrix. Targets are dealt in id
 * order, round-robin, so each shard gets a similar mix of envs and services and
 * the same repo always gives the same plan. Empty shards are dropped.
 */
function shards_planShards(targets, count) {
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
function shards_filterTargets(layout, filters) {
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

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** The suite's version; a test keeps it equal to package.json's. */
const version_VERSION = "0.1.0";

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
        cols.push(oneLine(where));
    cols.push(paint("dim", oneLine(`${f.tool}/${f.rule}`)), oneLine(f.message));
    if (f.resource)
        cols.push(`[${oneLine(resourceLabel(f.resource))}]`);
    return cols.join("  ");
}
/**
 * Newlines become a visible `\n`, other control characters (ESC, NUL, DEL, C1) a `\xNN` or
 * `\uNNNN` escape: the reader still sees that something was there, the terminal sees plain text.
 */
function oneLine(s) {
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
function summary_toSummaryMarkdown(findings, opts) {
    const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const counts = countBySeverity(findings);
    const failed = failsAt(findings, opts.failOn ?? "error");
    const check = opts.check ? `**${summary_markdownCell(opts.check)}** ${failed ? "failed" : "passed"}: ` : "";
    const status = findings.length ? countsLabel(counts) : "no findings";
    const out = [`## ${summary_markdownCell(opts.title)}`, "", `${failed ? "❌" : "✅"} ${check}${status}`];
    if (!findings.length)
        return `${out.join("\n")}\n`;
    let room = maxBytes - bytes(out) - NOTE_RESERVE_BYTES;
    const notes = [];
    const groups = groupByTarget(findings);
    if (groups) {
        const table = fitTable(["| Target | Errors | Warnings | Notices |", "| --- | ---: | ---: | ---: |"], groups, ([target, c]) => `| ${summary_markdownCell(target)} | ${c.error} | ${c.warning} | ${c.notice} |`, groups.length, room - 1);
        out.push("", ...table.lines);
        room -= bytes(table.lines) + 1;
        if (table.hidden)
            notes.push(`_${plural(table.hidden, "more target")} not shown._`);
    }
    const table = fitTable(["| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"], sortFindings(findings), (f) => findingRow(f, opts), Math.max(0, opts.limit ?? DEFAULT_SUMMARY_LIMIT), room - 1);
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
    const label = summary_markdownCell(locationLabel(f)) || "—";
    const href = f.file ? fileUrl(f, opts) : undefined;
    const where = href ? `[${label}](${href})` : label;
    const message = f.resource ? `${f.message} (${resourceLabel(f.resource)})` : f.message;
    return `| ${BADGE[f.severity]} | ${where} | ${summary_markdownCell(`${f.tool}/${f.rule}`)} | ${summary_markdownCell(message)} |`;
}
/** `${repoUrl}/blob/${sha}/${file}#L${line}`, with the path percent-encoded. */
function fileUrl(f, opts) {
    if (!opts.repoUrl || !opts.sha || !f.file)
        return undefined;
    const base = opts.repoUrl.replace(/\/+$/, "").replace(/[ ()<>]/g, percent);
    const anchor = f.line ? `#L${f.line}` : "";
    return `${base}/blob/${encodeURIComponent(opts.sha)}/${encodePath(f.file)}${anchor}`;
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
        const size = Buffer.byteLength(row, "utf8") + 1;
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
function summary_markdownCell(s) {
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
    return lines.reduce((n, l) => n + Buffer.byteLength(l, "utf8") + 1, 0);
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
        if (!first.has(ruleId(f)))
            first.set(ruleId(f), f);
    const rules = [...first.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, f]) => toRule(id, f, opts.rules?.[id]));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // Identical findings (same rule, place, message and resource, different lines) share a hash;
    // the occurrence number keeps their fingerprints apart, as codeql-action's does.
    const seen = new Map();
    const results = kept.map((f) => {
        const id = ruleId(f);
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
function ruleId(f) {
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
    return text || ruleId(f);
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







;// CONCATENATED MODULE: ./packages/core/src/plan.ts

/** Selects targets and splits them into shards (see `planShards`). */
function buildPlan(layout, options) {
    const targets = filterTargets(layout, options);
    const shards = planShards(targets, options.shards);
    const matrix = {
        include: shards.map((ids, i) => ({ shard: i + 1, of: shards.length, targets: ids })),
    };
    return { targets, shards, matrix };
}
/** A job-summary section: targets per env and kind, and the shards. */
function planMarkdown(plan) {
    const counts = new Map();
    for (const t of plan.targets)
        counts.set(`${t.env}\u0000${t.kind}`, (counts.get(`${t.env}\u0000${t.kind}`) ?? 0) + 1);
    const rows = [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, n]) => {
        const [env = "", kind = ""] = key.split("\u0000");
        return `| ${env} | ${kind} | ${n} |`;
    });
    const lines = [
        "### gitops plan",
        "",
        `${plan.targets.length} target(s) in ${plan.shards.length} shard(s).`,
        "",
        "| Env | Kind | Targets |",
        "| --- | --- | ---: |",
        ...rows,
    ];
    if (plan.shards.length > 1) {
        lines.push("", "| Shard | Targets |", "| ---: | --- |");
        plan.shards.forEach((ids, i) => lines.push(`| ${i + 1} | ${ids.map((id) => `\`${id}\``).join(", ")} |`));
    }
    return lines.join("\n") + "\n";
}

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

// EXTERNAL MODULE: ./packages/core/src/globs.ts
var globs = __webpack_require__(6626);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var walk = __webpack_require__(56);
;// CONCATENATED MODULE: ./packages/core/src/index.ts

















;// CONCATENATED MODULE: ./packages/promote/src/chain.ts
/**
 * The promotion chain: environments in order, where a step may be a group
 * promoted to together (`[qa, staging, [prod-us, prod-eu]]`). A group can be
 * named by its alias, the common prefix (or suffix) of its envs (`prod` for
 * `prod-us, prod-eu`), and promoting past a step must say so with `--skip`.
 * A DR env sits in its primary's group or nowhere in the chain.
 */


const chain_idPattern = new RegExp(ID_PATTERN);
/**
 * The configured chain, else one found from the env names: envs of one env word (`prod-us`,
 * `prod-eu`) form a group; names with no env word each make their own step.
 */
function chainOf(layout) {
    const configured = layout.config.environmentChain;
    if (configured.length > 0) {
        const chain = { steps: configured.map((s) => (typeof s === "string" ? [s] : [...s])), configured: true };
        if (!checkedDr.has(layout)) {
            checkDrPlaces(layout, chain);
            checkedDr.add(layout);
        }
        return chain;
    }
    const steps = [];
    let rank;
    for (const env of layout.environments) {
        const r = envRank(env);
        const last = steps.at(-1);
        if (last && r !== undefined && r === rank)
            last.push(env);
        else
            steps.push([env]);
        rank = r;
    }
    return { steps, configured: false };
}
/** Layouts whose configured chain passed `checkDrPlaces` (it reads the cluster Secrets: once per model). */
const checkedDr = new WeakSet();
/**
 * A DR env is promoted with its primary (chain-run.ts), so a configured chain may name it only in
 * its primary's group; anywhere else, promotion order would say one thing and do another. Left
 * out of the chain, it follows its primary. A misplaced one is a config error (exit 2).
 */
function checkDrPlaces(layout, chain) {
    const stepOf = (env) => chain.steps.findIndex((s) => s.includes(env));
    for (const [dr, primaries] of drEnvPrimaries(layout)) {
        const at = stepOf(dr);
        const apart = primaries.filter((p) => at >= 0 && stepOf(p) !== at);
        if (apart.length === 0)
            continue;
        const group = [...new Set([...(chain.steps[stepOf(apart[0] ?? "")] ?? apart), dr])];
        throw new src_errors/* UserError */.yo(`.gitops.yaml environments: ${dr} runs the DR clusters of ${apart.join(", ")} and is promoted with ${apart.length > 1 ? "them" : "it"}, ` +
            `so it must be in the same group of the chain (${chainText(chain)}), e.g. [${group.join(", ")}], or be left out of the chain to follow ${apart.length > 1 ? "them" : "it"}`, ".gitops.yaml");
    }
}
/**
 * The envs a promotion may name: the model's, plus the DR envs a configured chain leaves out
 * (they follow their primary, which the chain holds).
 */
function promotableEnvs(layout) {
    const envs = layout.environments;
    if (!layout.config.environmentChain.length)
        return envs;
    const followers = [...drEnvPrimaries(layout)]
        .filter(([dr, primaries]) => !envs.includes(dr) && primaries.some((p) => envs.includes(p)))
        .map(([dr]) => dr);
    return followers.length ? [...envs, ...followers] : envs;
}
/** The alias of a group: its envs' common prefix or suffix without the separator, if that is a plain name. */
function groupAlias(step) {
    if (step.length < 2)
        return undefined;
    const trim = (s) => s.replace(/^[-_.]+|[-_.]+$/g, "");
    const prefix = trim(common(step));
    const suffix = trim(commonSuffix(step));
    for (const alias of [prefix, suffix])
        if (alias && chain_idPattern.test(alias))
            return alias;
    return undefined;
}
function common(names) {
    let out = names[0] ?? "";
    for (const n of names)
        while (!n.startsWith(out))
            out = out.slice(0, -1);
    return out;
}
function commonSuffix(names) {
    let out = names[0] ?? "";
    for (const n of names)
        while (!n.endsWith(out))
            out = out.slice(1);
    return out;
}
/** `qa → staging → [prod-us, prod-eu]`. */
function chainText(chain) {
    return chain.steps.map((s) => (s.length === 1 ? s[0] : `[${s.join(", ")}]`)).join(" → ");
}
/** The envs `name` stands for: itself, or every env of the group it is the alias of; undefined when neither. */
function envsNamed(layout, name) {
    if (layout.environments.includes(name))
        return [name];
    const group = chainOf(layout).steps.find((s) => groupAlias(s) === name);
    return group ? [...group] : undefined;
}
/** The target envs of `promote <from> <to>`: `to` itself, or its group's envs. Unknown is a `UserError`. */
function resolveTargets(layout, to) {
    const envs = envsNamed(layout, to);
    if (envs)
        return envs;
    const aliases = chainOf(layout)
        .steps.map((s) => [groupAlias(s), s])
        .filter(([a]) => a !== undefined)
        .map(([a, s]) => `${a} (${s.join(", ")})`);
    throw new src_errors/* UserError */.yo(`unknown environment ${JSON.stringify(to)}; known: ${layout.environments.join(", ")}` +
        (aliases.length > 0 ? `; groups: ${aliases.join("; ")}` : ""));
}
/**
 * Refuses a promotion that goes backwards, stays inside one group, or passes envs of the chain
 * that `skip` does not name. The order is enforced when configured, or when both envs read as
 * env words (`qa`, `prod-us`); names with no env word have no order to keep. Only envs where
 * `deployed` (the services' envs, when given) has something count as passed over.
 */
function checkOrder(layout, from, to, skip = [], deployed) {
    const chain = chainOf(layout);
    const at = (env) => chain.steps.findIndex((s) => s.includes(env));
    const i = at(from);
    const j = at(to);
    const skipped = skip.flatMap((name) => {
        const envs = envsNamed(layout, name);
        if (!envs)
            throw new src_errors/* UserError */.yo(`--skip ${JSON.stringify(name)}: not an environment or group of the chain`);
        return envs;
    });
    if (i < 0 || j < 0)
        return;
    const ordered = chain.configured || (envRank(from) !== undefined && envRank(to) !== undefined);
    if (!ordered)
        return;
    const text = chainText(chain);
    if (i === j) {
        throw new src_errors/* UserError */.yo(`${from} and ${to} are in the same group of the promotion chain (${text}); promote into the group from the step before it`);
    }
    if (j < i) {
        throw new src_errors/* UserError */.yo(`${to} comes before ${from} in the promotion chain (${text}); promotion goes one way`);
    }
    const passed = chain.steps.slice(i + 1, j).flat();
    const between = deployed ? passed.filter((e) => deployed.has(e)) : passed;
    const stray = skipped.filter((e) => !passed.includes(e));
    if (stray.length > 0) {
        throw new src_errors/* UserError */.yo(`--skip ${stray.join(", ")}: not between ${from} and ${to} in the promotion chain (${text})`);
    }
    const missing = between.filter((e) => !skipped.includes(e));
    if (missing.length > 0) {
        throw new src_errors/* UserError */.yo(`${from} → ${to} skips ${missing.join(", ")} in the promotion chain (${text}); promote through ${missing.length > 1 ? "them" : "it"} first, or say so with ${missing.map((e) => `--skip ${e}`).join(" ")}`);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/services.ts
/**
 * Which services and overlays exist, and what promotion may copy for each.
 * Overlay folders come from the repository model: folder targets, and the
 * env values folders of the charts Argo CD Applications render.
 */



const services_idPattern = new RegExp(ID_PATTERN);
/**
 * Every overlay of every service, from the repository model: a folder target's folder, or for an
 * Application target (a chart with env values) the folder of its env's value file.
 */
function listOverlays(layout) {
    const out = new Map();
    const app = soleApp(layout);
    for (const t of app ? layout.targets.map((x) => appTarget(x, app)) : layout.targets) {
        if (!t.service || !t.env || out.has(`${t.service}\0${t.env}`))
            continue;
        const config = generatorConfig(layout, t);
        const dir = t.origin === "application" ? (valuesFolder(layout, t) ?? services_parent(config)) : t.source;
        if (dir === undefined)
            continue;
        out.set(`${t.service}\0${t.env}`, {
            service: t.service,
            env: t.env,
            dir,
            serviceRoot: serviceRoot(dir, t.service) ?? serviceRoot(t.source, t.service) ?? dir,
            ...(config ? { config } : {}),
        });
    }
    return [...out.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}
/**
 * The service of an env-only repo (`env/<env>`, `envs/<env>` and no service anywhere): the repo
 * holds one app, named after the repository (its first URL, else its folder; `app` when neither
 * makes a plain name).
 */
function soleApp(layout) {
    if (layout.targets.some((t) => t.service))
        return undefined;
    if (!layout.targets.some((t) => t.env && t.origin !== "application"))
        return undefined;
    const url = layout.repoURLs[0]?.replace(/\.git$/, "").replace(/\/+$/, "");
    const name = (0,external_node_path_.basename)(url?.split(/[/:]/).at(-1) ?? layout.repo)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, "-")
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
    return services_idPattern.test(name) ? name : "app";
}
/** An env folder of an env-only repo as an overlay of its one app. */
function appTarget(t, app) {
    return t.env && !t.service && t.origin !== "application" ? { ...t, service: app } : t;
}
/** The one git-files generator input of the target's Applications whose folder names its env. */
function generatorConfig(layout, t) {
    const apps = layout.applications.filter((a) => a.targets.includes(t.id) && a.applicationSet);
    const files = new Set(apps.flatMap((a) => a.inputs).filter((f) => namesFromPath(services_parent(f) ?? "").env === t.env));
    return files.size === 1 ? [...files][0] : undefined;
}
function services_parent(path) {
    return path?.split("/").slice(0, -1).join("/") || undefined;
}
/** The folder of an Application target's last value file that names its env, else of its Application file. */
function valuesFolder(layout, t) {
    const apps = layout.applications.filter((a) => a.targets.includes(t.id));
    const files = apps.flatMap(valueFilesOf);
    for (const f of [...files].reverse()) {
        const dir = f.split("/").slice(0, -1).join("/");
        if (dir && namesFromPath(dir).env === t.env)
            return dir;
    }
    // No env values file (a chart with inline values): the folder of the env's Application file.
    for (const a of apps) {
        const dir = a.file.split("/").slice(0, -1).join("/");
        if (dir && !a.applicationSet && namesFromPath(dir).env === t.env)
            return dir;
    }
    return undefined;
}
/** Most services one promotion may name (a branch name holds them all). */
const MAX_SERVICES = 50;
/**
 * Validates names before anything is read or written. Each mistake is a
 * `UserError` that names the value and lists what is known.
 */
function checkRequest(layout, from, to, services, skip = []) {
    const envs = promotableEnvs(layout);
    for (const env of [from, to]) {
        if (!envs.includes(env)) {
            throw new src_errors/* UserError */.yo(`unknown environment ${show(env)}; known: ${envs.join(", ")}`);
        }
    }
    if (from === to)
        throw new src_errors/* UserError */.yo(`cannot promote from "${from}" to itself; name two different environments`);
    const overlays = listOverlays(layout);
    const known = [...new Set(overlays.map((o) => o.service))].sort();
    // A repo of one service (an env-only repo) needs no service named.
    if (services.length === 0 && known.length === 1)
        services = known;
    // An env the services are not deployed to is no step they skip.
    const deployed = new Set(overlays.filter((o) => services.includes(o.service)).map((o) => o.env));
    checkOrder(layout, from, to, skip, deployed);
    if (services.length === 0) {
        throw new src_errors/* UserError */.yo(`name at least one service to promote; known: ${known.join(", ") || "(none)"}`);
    }
    if (services.length > MAX_SERVICES)
        throw new src_errors/* UserError */.yo(`at most ${MAX_SERVICES} services per promotion`);
    for (const service of services) {
        // `..` and `.lock` are plain enough for a path segment but not for the branch name.
        if (!services_idPattern.test(service) || service.includes("..") || service.endsWith(".lock")) {
            throw new src_errors/* UserError */.yo(`service ${show(service)} is not a plain name (lower-case letters, digits, ".", "_", "-"; not starting with "-" or ".")`);
        }
        if (!known.includes(service)) {
            throw new src_errors/* UserError */.yo(`unknown service ${show(service)}; known: ${known.join(", ") || "(none)"}`);
        }
        for (const env of [from, to]) {
            if (!overlays.some((o) => o.service === service && o.env === env)) {
                throw new src_errors/* UserError */.yo(`service "${service}" has no ${env} overlay`);
            }
        }
    }
    return { from, to, services: [...new Set(services)].sort() };
}
/** The overlay of `service` in `env` (which `checkRequest` made sure exists). */
function overlayOf(layout, service, env) {
    const overlay = listOverlays(layout).find((o) => o.service === service && o.env === env);
    if (!overlay)
        throw new src_errors/* UserError */.yo(`service "${service}" has no ${env} overlay`);
    return overlay;
}
/** The promote config for one service: its overrides over the repo-wide lists. */
function rulesFor(layout, service) {
    const p = layout.config.promote;
    const own = p.services[service] ?? {};
    return {
        images: own.images ?? p.images,
        values: [...new Set([...(own.values ?? p.values), ...(own.extraValues ?? [])])],
        chart: own.chart ?? p.chart,
        files: own.files ?? p.files,
    };
}
/** A user-given value as it appears in a message: quoted, escaped, cut short. */
function show(value) {
    return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}

;// CONCATENATED MODULE: ./packages/promote/src/bump-ref.ts
/**
 * The inputs of `gitops bump` checked at the edge: an image reference
 * (`name:tag`, `name@sha256:…`, `name:tag@sha256:…`), a chart version, and
 * the source repository and commit that become commit trailers.
 */


// The grammar of distribution/reference: an optional host[:port], then lower-case path components.
const HOST = String.raw `(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?`;
const COMPONENT = String.raw `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const bump_ref_NAME = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Parses `text` as an image reference with a tag, a digest or both; anything else is a `UserError`. */
function parseImageRef(text) {
    const bad = (why) => new src_errors/* UserError */.yo(`bad image reference ${show(text)}: ${why} (expected name:tag, name@sha256:<64 hex> or name:tag@sha256:<64 hex>)`);
    const at = text.indexOf("@");
    const named = at < 0 ? text : text.slice(0, at);
    const digest = at < 0 ? undefined : text.slice(at + 1);
    if (digest !== undefined && !DIGEST.test(digest))
        throw bad(`${show(digest)} is not a sha256 digest`);
    const colon = named.lastIndexOf(":");
    const hasTag = colon > named.lastIndexOf("/");
    const name = hasTag ? named.slice(0, colon) : named;
    const tag = hasTag ? named.slice(colon + 1) : undefined;
    if (!bump_ref_NAME.test(name))
        throw bad(`${show(name)} is not an image name`);
    if (tag !== undefined && !TAG.test(tag))
        throw bad(`${show(tag)} is not a tag`);
    if (tag === undefined && digest === undefined)
        throw bad("it has neither a tag nor a digest");
    return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** What follows the name: `tag`, `sha256:…` or `tag@sha256:…` (the commit title's "to <tag>"). */
function refVersion(ref) {
    return [ref.tag, ref.digest].filter(Boolean).join("@");
}
/** The reference as text again. */
function formatImageRef(ref) {
    return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}
/** A chart version: a Helm version or constraint text, one line, no spaces. */
function checkChartVersion(text) {
    if (!/^[\w.+~^*<>=|-]{1,128}$/.test(text) || text.startsWith("-")) {
        throw new src_errors/* UserError */.yo(`bad chart version ${show(text)}`);
    }
    return text;
}
/** `OWNER/NAME`, for the `Source-Repository:` trailer. */
function checkSourceRepository(text) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(text)) {
        throw new src_errors/* UserError */.yo(`bad --source-repository ${show(text)}: expected OWNER/NAME`);
    }
    return text;
}
/** An ISO 8601 time with its zone, for the `Source-Commit-Date:` trailer (as git's %cI prints it). */
function checkSourceCommitDate(text) {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
    if (!iso.test(text) || Number.isNaN(Date.parse(text))) {
        throw new src_errors/* UserError */.yo(`bad --source-commit-date ${show(text)}: expected an ISO 8601 time with a zone, like 2026-12-01T10:00:00Z`);
    }
    return text;
}
/** A commit SHA (7 to 64 hex digits), for the `Source-Commit:` trailer. */
function checkSourceCommit(text) {
    if (!/^[0-9a-f]{7,64}$/.test(text)) {
        throw new src_errors/* UserError */.yo(`bad --source-commit ${show(text)}: expected a commit SHA (hex)`);
    }
    return text;
}

;// CONCATENATED MODULE: ./packages/promote/src/scalar.ts
/**
 * Scalars as promotion sees them: by their text, so `1.10` stays `1.10`
 * (not the number 1.1) when it moves from one file to another, and written
 * back in the target's own quoting unless that would change the value's type.
 */

/** The scalar's text, or undefined for a null (`key:` or `key: ~`), which counts as unset. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    const isString = typeof node.value === "string";
    const text = isString
        ? node.value
        : typeof node.source === "string" && node.source !== ""
            ? node.source
            : JSON.stringify(node.value);
    return { text, isString, type: node.type };
}
/** True when two values would read the same in YAML (quoting aside). */
function sameScalar(a, b) {
    return a?.text === b?.text;
}
/**
 * The YAML text for `value` in a slot written in `style` (the target's own
 * scalar type, or the source's for a new field). A string is quoted when
 * plain text would read as another type (`1.10`, `yes`, `null`) or break
 * the syntax (`a: b`, a `,` inside a flow collection).
 */
function renderScalar(value, style, inFlow) {
    if (!value.isString)
        return value.text;
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE && !/[\n\r]/.test(value.text)) {
        return `'${value.text.replace(/'/g, "''")}'`;
    }
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE || style === dist/* Scalar */.X5.QUOTE_SINGLE)
        return JSON.stringify(value.text);
    return plainSafe(value.text, inFlow) ? value.text : JSON.stringify(value.text);
}
/**
 * Plain is safe when both YAML 1.2 (our parser) and YAML 1.1 (Go's yaml
 * used by kustomize and Helm, where `yes` and `on` are booleans) would read
 * the text back as the same string.
 */
function plainSafe(text, inFlow) {
    if (text === "" || /[\n\r\t]/.test(text) || text !== text.trim())
        return false;
    if (inFlow && /[,[\]{}]/.test(text))
        return false;
    for (const version of ["1.2", "1.1"]) {
        if ((0,dist/* stringify */.As)(text, { version, lineWidth: 0 }) !== `${text}\n`)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-lookup.ts
/**
 * Reading promotable fields out of a parsed YAML document by path, where a
 * path step is a map key or "the list entry whose `name` is X" (how
 * kustomize's `images` are matched).
 */



/** The node an alias points at, or the node itself. */
function resolveNode(document, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(document.doc) : node;
}
/** The pair of `map` whose key is `key` (compared as text). */
function findPair(map, key) {
    return map.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : p.key) === key);
}
/** The entry of a list that `step` selects, if any. */
function findEntry(document, list, step) {
    if (!(0,dist/* isSeq */.oP)(list))
        return undefined;
    return list.items.find((item) => {
        const map = resolveNode(document, item);
        if (!(0,dist/* isMap */.jh)(map))
            return false;
        return scalarText(resolveNode(document, findPair(map, step.key)?.value))?.text === step.equals.text;
    });
}
/** `images[ghcr.io/x].newTag`-style text for messages and change tables. */
function formatPath(path, key) {
    let out = "";
    for (const step of path)
        out += typeof step === "string" ? (out ? `.${step}` : step) : `[${step.equals.text}]`;
    if (key !== undefined)
        out += out ? `.${key}` : key;
    return out;
}
/**
 * The scalar at `path` + `key`. An absent field is `value: undefined`; a
 * field that holds a map or list where a scalar belongs is a `UserError`
 * naming the file and line, since promoting it would copy a whole structure.
 */
function readField(file, document, path, key) {
    let node = resolveNode(document, document.doc.contents);
    let line = document.line;
    for (const step of [...path, key]) {
        let next;
        let at;
        if (typeof step === "string") {
            if (!(0,dist/* isMap */.jh)(node))
                return { line };
            const pair = findPair(node, step);
            at = pair?.key;
            next = pair?.value;
        }
        else {
            at = next = findEntry(document, node, step);
        }
        if (next === undefined || next === null)
            return { line };
        line = lineOf(file, at, line);
        node = resolveNode(document, next);
    }
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
        throw new src_errors/* UserError */.yo(`${file.file}:${line}: ${formatPath(path, key)} holds a ${(0,dist/* isMap */.jh)(node) ? "map" : "list"}, not a single value; promotion copies scalars only`, file.file, line);
    }
    const value = scalarText(node);
    return value ? { value, line } : { line };
}
function lineOf(file, node, fallback) {
    const range = node?.range;
    return range ? lineOfOffset(file.lineCounter, range[0]) : fallback;
}

;// CONCATENATED MODULE: ./packages/promote/src/locate-manifests.ts
/**
 * Container images set in an overlay's own YAML files: plain manifests it
 * lists as resources, strategic-merge patches (`version.yml` holding only a
 * Deployment's image) and JSON6902 patch files. Each image is a site with an
 * id that names what it sets (the resource and container, or the patch
 * target and op path), so the same site is found again in another env
 * whatever its file is called. Nothing else in these files is promotable:
 * replicas, env vars, hosts and namespaces are what make an env an env.
 */


/** Lists whose entries are containers with an `image`. */
const CONTAINER_LISTS = new Set(["containers", "initContainers", "ephemeralContainers"]);
/** A JSON6902 op path that sets one container's image. */
const IMAGE_OP_PATH = /\/(?:containers|initContainers|ephemeralContainers)\/[^/]+\/image$/;
/**
 * The overlay's own files that may set images, in the order kustomize applies them
 * (resources, then patches), each with the patch target for JSON6902 files.
 * Without a kustomization: the folder's YAML files (a plain manifest folder).
 */
async function manifestFiles(cache, dir, kustomization, inDir) {
    if (!kustomization) {
        return inDir
            .filter((p) => /\.ya?ml$/i.test(p) && external_node_path_.posix.dirname(p) === dir)
            .filter((p) => !/\/(values[^/]*|Chart)\.ya?ml$/i.test(p))
            .map((path) => ({ path }));
    }
    const k = (await cache.get(kustomization))?.documents[0]?.value;
    if (!k || typeof k !== "object")
        return [];
    const out = [];
    const add = (ref, target) => {
        if (typeof ref !== "string")
            return;
        const path = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, ref));
        if (!path.startsWith(`${dir}/`) || !inDir.includes(path) || out.some((o) => o.path === path))
            return;
        const t = targetText(target);
        out.push(t ? { path, target: t } : { path });
    };
    // Inline patches (a YAML string in the kustomization) take their place in kustomize's order.
    const inline = (keys, target) => {
        const t = targetText(target);
        out.push({ path: kustomization, inline: keys, ...(t ? { target: t } : {}) });
    };
    for (const r of locate_manifests_list(k.resources))
        add(r);
    for (const [i, p] of locate_manifests_list(k.patchesStrategicMerge).entries()) {
        if (typeof p === "string" && p.includes("\n"))
            inline(["patchesStrategicMerge", i]);
        else
            add(p);
    }
    for (const key of ["patches", "patchesJson6902"]) {
        for (const [i, p] of locate_manifests_list(k[key]).entries()) {
            if (!isRecord(p))
                continue;
            if (typeof p.patch === "string")
                inline([key, i, "patch"], p.target);
            else
                add(p.path, p.target);
        }
    }
    return out;
}
/** Every image site of `files`, in their order. */
async function manifestSites(cache, files) {
    const out = [];
    for (const { path, target, inline } of files) {
        const file = inline ? await cache.embedded(path, 0, inline) : await cache.get(path);
        for (const document of file?.documents ?? []) {
            const value = document.value;
            if (Array.isArray(value))
                out.push(...opSites(file, document.index, value, target));
            else if (isRecord(value))
                out.push(...containerSites(file, document.index, value));
        }
    }
    return out;
}
function containerSites(file, doc, value) {
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const owner = `${str(value.kind) ?? "?"}/${str(meta.name) ?? "?"}`;
    const out = [];
    const walk = (node, path, depth) => {
        if (depth > 8)
            return;
        for (const [k, v] of Object.entries(node)) {
            if (CONTAINER_LISTS.has(k) && Array.isArray(v)) {
                for (const c of v) {
                    const name = isRecord(c) ? str(c.name) : undefined;
                    if (name === undefined || !isRecord(c) || typeof c.image !== "string")
                        continue;
                    const step = { key: "name", equals: { text: name, isString: true } };
                    const at = [...path, k, step];
                    out.push(site(file, doc, at, "image", "container", `${owner} ${formatPath(at, "image")}`));
                }
            }
            else if (isRecord(v) && k !== "metadata") {
                walk(v, [...path, k], depth + 1);
            }
        }
    };
    walk(value, [], 0);
    return out;
}
function opSites(file, doc, ops, target) {
    const out = [];
    const seen = new Set();
    for (const op of ops) {
        if (!isRecord(op) || !["add", "replace"].includes(str(op.op) ?? ""))
            continue;
        const opPath = str(op.path);
        if (!opPath || !IMAGE_OP_PATH.test(opPath) || seen.has(opPath))
            continue;
        seen.add(opPath);
        const path = [{ key: "path", equals: { text: opPath, isString: true } }];
        out.push(site(file, doc, path, "value", "json6902", `${target ?? "?"} ${opPath}`));
    }
    return out;
}
function site(file, doc, path, key, kind, id) {
    const document = file.documents[doc];
    const value = document ? readField(file, document, path, key).value : undefined;
    return { id, kind, file, doc, path, key, value };
}
/** `Deployment/web`: a patch target as an id part. */
function targetText(target) {
    if (!isRecord(target))
        return undefined;
    return `${str(target.kind) ?? "?"}/${str(target.name) ?? "?"}`;
}
function locate_manifests_list(value) {
    return Array.isArray(value) ? value : [];
}
function isRecord(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
function str(value) {
    return typeof value === "string" ? value : undefined;
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-embedded.ts
/**
 * YAML written as a string inside YAML: an Application's `helm.values: |` and a kustomization's
 * inline `patches[].patch: |`. The string is parsed as a file of its own, so every locator and
 * the editor work on it unchanged; an edit then goes back into the outer file line by line,
 * re-indented, so the lines of the string that did not change (comments included) and the
 * whole rest of the file stay byte-identical.
 *
 * Only literal block scalars (`|`, `|-`, `|+`, no explicit indentation digit) are edited: there
 * each line of the value is one line of the file plus the block's indent. A folded (`>`) or
 * quoted string would have to be re-flowed or re-escaped, so it is read as having no fields.
 */


function isEmbedded(file) {
    return "embedding" in file;
}
/** The literal block string at `keys` of document `doc` parsed as YAML, or undefined when it is none. */
function embeddedFile(outer, doc, keys) {
    const document = outer.documents[doc];
    const node = document?.doc.getIn(keys, true);
    if (!(0,dist/* isScalar */.jn)(node) ||
        node.type !== dist/* Scalar */.X5.BLOCK_LITERAL ||
        typeof node.value !== "string" ||
        !node.range) {
        return undefined;
    }
    const value = node.value;
    const text = outer.text;
    const header = text.indexOf("\n", node.range[0]);
    if (header < 0 || /\d/.test(text.slice(node.range[0], header).replace(/#.*$/, "")))
        return undefined;
    const lines = contentLines(value);
    const lineStarts = [];
    let at = header + 1;
    let indent = -1;
    for (const line of lines) {
        const end = text.indexOf("\n", at);
        const raw = text.slice(at, end < 0 ? text.length : end);
        if (indent < 0 && raw.trim() !== "")
            indent = raw.length - raw.trimStart().length;
        // A line that does not read back as the value's line (tabs, CRLF, escapes): not editable.
        const read = raw.trim() === "" && line === "" ? "" : raw.slice(Math.max(indent, 0));
        if (read !== line || (raw.trim() !== "" && !raw.startsWith(" ".repeat(indent))))
            return undefined;
        lineStarts.push(at);
        at = end < 0 ? text.length : end + 1;
    }
    lineStarts.push(at);
    if (indent < 0)
        return undefined;
    let parsed;
    try {
        parsed = parseYaml(value, outer.file);
    }
    catch {
        // A string that is not YAML holds no fields.
        return undefined;
    }
    const field = formatKeys(keys);
    const lineOffset = text.slice(0, lineStarts[0]).split("\n").length - 1;
    return {
        ...parsed,
        embedding: {
            outer,
            doc,
            keys,
            field,
            id: `${outer.file}#${doc}:${field}`,
            lineOffset,
            indent,
            lineStarts,
        },
    };
}
/** The outer-file edit that makes the string read `after`: only the lines that differ are rewritten. */
function embeddedEdit(file, after) {
    const { indent, lineStarts, outer } = file.embedding;
    const old = contentLines(file.text);
    const now = contentLines(after);
    let head = 0;
    while (head < old.length && head < now.length && old[head] === now[head])
        head++;
    let tail = 0;
    while (tail < old.length - head &&
        tail < now.length - head &&
        old[old.length - 1 - tail] === now[now.length - 1 - tail])
        tail++;
    const start = lineStarts[head] ?? outer.text.length;
    const end = lineStarts[old.length - tail] ?? outer.text.length;
    let body = now
        .slice(head, now.length - tail)
        .map((line) => (line === "" ? "" : " ".repeat(indent) + line) + "\n")
        .join("");
    // The string ends the file without a final newline: keep it that way.
    if (end === outer.text.length && !outer.text.endsWith("\n") && body.endsWith("\n")) {
        body = (start === end ? "\n" : "") + body.slice(0, -1);
    }
    return { start, end, text: body };
}
/** Throws (a bug) when the edited outer text does not hold `after` at the string's place. */
function checkEmbedded(file, outerAfter, after) {
    const { outer, doc, keys, field } = file.embedding;
    const got = parseYaml(outerAfter, outer.file).documents[doc]?.doc.getIn(keys);
    if (typeof got !== "string" || got.replace(/\n+$/, "") !== after.replace(/\n+$/, "")) {
        throw new Error(`editing the YAML string ${field} of ${outer.file} did not leave the value asked for`);
    }
}
/** The value's lines, without the empty one a final newline leaves. */
function contentLines(value) {
    const lines = value.split("\n");
    if (lines.at(-1) === "")
        lines.pop();
    return lines;
}
/** `patches[2].patch`, `spec.sources[1].helm.values`. */
function formatKeys(keys) {
    let out = "";
    for (const k of keys)
        out += typeof k === "number" ? `[${k}]` : out ? `.${k}` : k;
    return out;
}

;// CONCATENATED MODULE: ./packages/promote/src/locate.ts
/**
 * Finds the files that hold a service's promotable fields in one env: the
 * kustomization of its overlay, the manifests and patch files it lists, its
 * Helm values file (through the Argo CD Application's `valueFiles` under
 * `argo-apps/<env>/`, or `values.yaml` in the overlay), an umbrella
 * `Chart.yaml`, and chart-repo Applications.
 */






const locate_KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const VALUES_FILES = ["values.yaml", "values.yml"];
/** Parses files on first use and keeps them, so each is read once per tree. */
class YamlCache {
    tree;
    files = new Map();
    strings = new Map();
    constructor(tree) {
        this.tree = tree;
    }
    get(path) {
        let file = this.files.get(path);
        if (!file) {
            file = this.tree.read(path).then((text) => (text === undefined ? undefined : parseYaml(text, path)));
            this.files.set(path, file);
        }
        return file;
    }
    /** The YAML string at `keys` of `path`'s document `doc`, parsed (yaml-embedded.ts); undefined when it is none. */
    async embedded(path, doc, keys) {
        const id = `${path}#${doc}:${JSON.stringify(keys)}`;
        let file = this.strings.get(id);
        if (!file) {
            file = this.get(path).then((outer) => (outer ? embeddedFile(outer, doc, keys) : undefined));
            this.strings.set(id, file);
        }
        return file;
    }
}
/** The files of `overlay` in `cache`'s tree. */
async function locateFiles(cache, overlay) {
    const inDir = await cache.tree.list(overlay.dir);
    const pick = (names) => names.map((n) => `${overlay.dir}/${n}`).find((p) => inDir.includes(p));
    const apps = await applicationsFor(cache, overlay);
    const kustomization = pick(locate_KUSTOMIZATION_FILES);
    const chart = pick(["Chart.yaml"]);
    // A chart's templates are not manifests; its images live in values.
    const manifests = chart ? [] : await manifestFiles(cache, overlay.dir, kustomization, inDir);
    const files = { overlay, apps, manifests };
    if (kustomization)
        files.kustomization = kustomization;
    const values = valuesFileOf(apps, overlay) ?? pick(VALUES_FILES);
    if (values && (await cache.tree.read(values)) !== undefined)
        files.values = values;
    if (chart)
        files.chart = chart;
    return files;
}
/**
 * The env's own values file: the last `valueFiles` entry inside the overlay
 * folder (later files win in Helm, and the overlay is what differs per env).
 */
function valuesFileOf(apps, overlay) {
    const files = apps.flatMap((a) => a.sources.flatMap((s) => s.valueFiles));
    return files.filter((f) => f.startsWith(`${overlay.dir}/`)).at(-1);
}
/** Applications in `argo-apps/<env>/` that deploy this service. */
async function applicationsFor(cache, overlay) {
    const out = [];
    for (const file of await cache.tree.list(`argo-apps/${overlay.env}`)) {
        if (!/\.ya?ml$/.test(file))
            continue;
        const yaml = await cache.get(file);
        for (const document of yaml?.documents ?? []) {
            const app = readApplication(file, document.index, document.value, document.doc.contents);
            if (app && belongsTo(app, overlay))
                out.push(app);
        }
    }
    return out;
}
function belongsTo(app, overlay) {
    const root = `${overlay.serviceRoot}/`;
    const inService = (p) => p === overlay.serviceRoot || p.startsWith(root);
    if (app.sources.some((s) => (s.dir && inService(s.dir)) || s.valueFiles.some(inService)))
        return true;
    // A chart from a chart repository with inline values points nowhere in the repo; go by name.
    return [overlay.service, `${overlay.service}-${overlay.env}`, `${overlay.env}-${overlay.service}`].includes(app.name);
}
function readApplication(file, doc, value, contents) {
    const v = value;
    if (v?.kind !== "Application" ||
        typeof v.apiVersion !== "string" ||
        !v.apiVersion.startsWith("argoproj.io/")) {
        return undefined;
    }
    const spec = (0,dist/* isMap */.jh)(contents) ? contents.get("spec", true) : undefined;
    if (!(0,dist/* isMap */.jh)(spec))
        return undefined;
    const sources = [];
    const single = spec.get("source", true);
    if ((0,dist/* isMap */.jh)(single))
        sources.push(readSource(single, ["spec", "source"], undefined, ["spec", "source"]));
    const many = spec.get("sources", true);
    if ((0,dist/* isSeq */.oP)(many)) {
        // `ref` sources name a repository whose files `$ref/...` value files address from its root.
        const refs = new Set();
        for (const item of many.items) {
            const ref = (0,dist/* isMap */.jh)(item) ? item.get("ref") : undefined;
            if (typeof ref === "string")
                refs.add(ref);
        }
        for (const [index, item] of many.items.entries()) {
            if (!(0,dist/* isMap */.jh)(item))
                continue;
            const chart = item.get("chart");
            const path = typeof chart === "string"
                ? ["spec", "sources", { key: "chart", equals: { text: chart, isString: true } }]
                : ["spec", "sources"];
            sources.push(readSource(item, path, refs, ["spec", "sources", index]));
        }
    }
    const name = typeof v.metadata?.name === "string" ? v.metadata.name : "";
    return { file, doc, name, sources };
}
function readSource(node, path, refs, keys) {
    const dirText = node.get("path");
    const dir = typeof dirText === "string" ? locate_normalize(dirText) : undefined;
    const source = { path, valueFiles: [] };
    if (dir !== undefined)
        source.dir = dir;
    const chart = node.get("chart");
    if (typeof chart === "string")
        source.chart = chart;
    const revision = scalarText(node.get("targetRevision", true));
    if (revision)
        source.targetRevision = revision;
    const helm = node.get("helm", true);
    if ((0,dist/* isMap */.jh)(helm) && (0,dist/* isMap */.jh)(helm.get("valuesObject", true)))
        source.inlineValues = true;
    if ((0,dist/* isMap */.jh)(helm) && typeof helm.get("values") === "string")
        source.valuesString = [...keys, "helm", "values"];
    const valueFiles = (0,dist/* isMap */.jh)(helm) ? helm.get("valueFiles", true) : undefined;
    if ((0,dist/* isSeq */.oP)(valueFiles)) {
        for (const item of valueFiles.items) {
            const text = scalarText(item)?.text;
            const resolved = text === undefined ? undefined : locate_resolveValueFile(text, dir, refs);
            if (resolved)
                source.valueFiles.push(resolved);
        }
    }
    return source;
}
/** A value file as a repo path: relative to the source's path, or `$ref/...` from the repo root. */
function locate_resolveValueFile(file, dir, refs) {
    const ref = /^\$([^/]+)\/(.*)$/.exec(file);
    if (ref)
        return refs?.has(ref[1] ?? "") ? locate_normalize(ref[2] ?? "") : undefined;
    if (dir === undefined)
        return undefined;
    return locate_normalize(external_node_path_.posix.join(dir, file));
}
/** A clean repo-relative path, or undefined for one that is absolute or leaves the repo. */
function locate_normalize(path) {
    if (path.startsWith("/") || /^[a-z]+:\/\//i.test(path))
        return undefined;
    const clean = external_node_path_.posix.normalize(path).replace(/\/+$/, "");
    if (clean === ".." || clean.startsWith("../"))
        return undefined;
    return clean === "." ? "" : clean;
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-text.ts
/**
 * Text-level helpers for editing YAML in place: positions, indentation, and
 * rendering of the small structures promotion adds (a missing key, an
 * `images` entry). Everything here works on the original text so that what
 * the edit does not touch stays byte for byte as the author wrote it.
 */


/** Applies non-overlapping edits; inserts at one offset keep the order they were made in. */
function applyEdits(text, edits) {
    const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    let out = text;
    let limit = Infinity;
    for (const e of ordered) {
        if (e.end > limit)
            throw new Error(`overlapping YAML edits at offset ${e.start}`);
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
        limit = e.start;
    }
    return out;
}
/** Offset of the start of the line holding `pos`. */
function lineStart(text, pos) {
    return text.lastIndexOf("\n", pos - 1) + 1;
}
/** Offset just past the line that holds `pos - 1` (a position at a line start is already there). */
function endOfLine(text, pos) {
    if (pos > 0 && text[pos - 1] === "\n")
        return pos;
    const nl = text.indexOf("\n", pos);
    return nl === -1 ? text.length : nl + 1;
}
/** Column of `pos` in its line. */
function columnOf(text, pos) {
    return pos - lineStart(text, pos);
}
/** True when only spaces precede `pos` on its line (the node starts its line). */
function startsLine(text, pos) {
    return /^[ \t]*$/.test(text.slice(lineStart(text, pos), pos));
}
/** Renders a key as it would be written plainly, quoting only when needed. */
function renderKey(key, inFlow) {
    return renderScalar({ text: key, isString: true }, dist/* Scalar */.X5.PLAIN, inFlow);
}
/** Block lines for `key: value` at column `indent`, each ending in a newline. */
function blockEntry(key, value, indent, style) {
    const pad = " ".repeat(indent);
    const k = renderKey(key, false);
    if (value.kind === "scalar")
        return `${pad}${k}: ${renderScalar(value.value, value.value.type, false)}\n`;
    if (value.kind === "map") {
        return `${pad}${k}:\n${value.entries.map(([ck, cv]) => blockEntry(ck, cv, indent + style.step, style)).join("")}`;
    }
    return `${pad}${k}:\n${value.items.map((item) => blockItem(item, indent + style.seqIndent, style)).join("")}`;
}
/** Block lines for one sequence item whose `-` sits at column `dash`. */
function blockItem(item, dash, style) {
    if (item.kind === "scalar") {
        return `${" ".repeat(dash)}- ${renderScalar(item.value, item.value.type, false)}\n`;
    }
    if (item.kind === "seq")
        throw new Error("nested sequences are never created by promotion");
    const body = item.entries.map(([k, v]) => blockEntry(k, v, dash + 2, style)).join("");
    return `${" ".repeat(dash)}- ${body.slice(dash + 2)}`;
}
/** Flow text for a new node, for insertion inside `{...}` or `[...]`. */
function flowNode(node) {
    if (node.kind === "scalar")
        return renderScalar(node.value, node.value.type, true);
    if (node.kind === "map") {
        return `{${node.entries.map(([k, v]) => `${renderKey(k, true)}: ${flowNode(v)}`).join(", ")}}`;
    }
    return `[${node.items.map(flowNode).join(", ")}]`;
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-tree.ts
/**
 * The tree of requested field changes behind a YAML edit, and what it
 * takes to write parts of it that do not exist yet: new keys and list
 * entries, indented the way the file already indents.
 */


/** The key of a step among its siblings. */
const stepId = (step) => typeof step === "string" ? `k:${step}` : `s:${step.key}=${step.equals.text}`;
/** Edits that add `children` at the end of a file whose (last) document is empty. */
function appendToRoot(text, children, style = DEFAULT_STYLE) {
    const created = newFromChildren(children);
    if (!created)
        return [];
    if (created.kind !== "map")
        throw new Error("a YAML document cannot start as a list entry");
    const lead = text === "" || text.endsWith("\n") ? "" : "\n";
    const body = created.entries.map(([k, v]) => blockEntry(k, v, 0, style)).join("");
    return [{ start: text.length, end: text.length, text: lead + body }];
}
const DEFAULT_STYLE = { step: 2, seqIndent: 2 };
/** What to write for requested fields that do not exist yet; undefined when there is nothing to set. */
function newFromChildren(children, selector) {
    const list = [...children.values()];
    if (!selector && list.length > 0 && list.every((c) => c.kind === "branch" && typeof c.step !== "string")) {
        const items = list.flatMap((c) => c.kind === "branch" && typeof c.step !== "string" ? (newFromChildren(c.children, c.step) ?? []) : []);
        return items.length > 0 ? { kind: "seq", items } : undefined;
    }
    const entries = [];
    for (const child of list) {
        if (child.kind === "leaf") {
            if (child.value)
                entries.push([child.key, { kind: "scalar", value: child.value }]);
        }
        else if (typeof child.step === "string") {
            const sub = newFromChildren(child.children);
            if (sub)
                entries.push([child.step, sub]);
        }
        else {
            throw new Error("a list entry selector under a map key that is also a map");
        }
    }
    if (entries.length === 0)
        return undefined;
    if (selector)
        entries.unshift([selector.key, { kind: "scalar", value: selector.equals }]);
    return { kind: "map", entries };
}
/** The indentation this document already uses, so added lines look like their neighbours. */
function detectStyle(document, text) {
    let step;
    let seqIndent;
    (0,dist/* visit */.YR)(document.doc, {
        Pair(_, pair) {
            const key = pair.key?.range;
            const value = pair.value;
            if (!key || !value || value.flow || !((0,dist/* isMap */.jh)(value) || (0,dist/* isSeq */.oP)(value)))
                return undefined;
            const first = value.items[0];
            const keyColumn = columnOf(text, key[0]);
            if ((0,dist/* isMap */.jh)(value) && step === undefined && first?.key?.range?.[0] !== undefined) {
                step = columnOf(text, first.key.range[0]) - keyColumn;
            }
            if ((0,dist/* isSeq */.oP)(value) && seqIndent === undefined && first?.range?.[0] !== undefined) {
                seqIndent = columnOf(text, text.lastIndexOf("-", first.range[0])) - keyColumn;
            }
            return step !== undefined && seqIndent !== undefined ? dist/* visit */.YR.BREAK : undefined;
        },
    });
    return {
        step: step && step > 0 ? step : DEFAULT_STYLE.step,
        seqIndent: seqIndent !== undefined && seqIndent >= 0 ? seqIndent : DEFAULT_STYLE.seqIndent,
    };
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-walk.ts
/**
 * One pass over one parsed document that turns the requested field tree
 * into text edits: scalar ranges replaced, pairs removed by their lines,
 * new keys and entries inserted beside their siblings.
 */






/** One pass over one document, turning the requested tree into text edits. */
class Walk {
    file;
    document;
    edits;
    style;
    text;
    replaced = new Map();
    constructor(file, document, edits) {
        this.file = file;
        this.document = document;
        this.edits = edits;
        this.text = file.text;
        this.style = detectStyle(document, this.text);
    }
    root(children) {
        const node = resolveNode(this.document, this.document.doc.contents);
        if (node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null)) {
            if (this.document !== this.file.documents.at(-1)) {
                throw this.error(this.document.line, "cannot add promoted fields to an empty YAML document");
            }
            this.edits.push(...appendToRoot(this.text, children, this.style));
            return;
        }
        this.collection(node, children, false, undefined);
    }
    collection(node, children, inFlow, selector) {
        if ((0,dist/* isMap */.jh)(node))
            this.map(node, children, inFlow || Boolean(node.flow), selector);
        else if ((0,dist/* isSeq */.oP)(node))
            this.seq(node, children, inFlow || Boolean(node.flow));
        else
            throw this.error(this.lineOfNode(node), "expected a map or a list here");
    }
    map(map, children, inFlow, selector) {
        const inserts = [];
        let previous;
        for (const child of children.values()) {
            if (child.kind === "leaf") {
                const pair = findPair(map, child.key);
                if (pair) {
                    this.leaf(map, pair, child.value, inFlow);
                    if (!previous || map.items.indexOf(pair) > map.items.indexOf(previous))
                        previous = pair;
                }
                else if (child.value) {
                    const anchor = previous ?? (selector ? findPair(map, selector) : undefined);
                    inserts.push({ anchor, key: child.key, value: { kind: "scalar", value: child.value } });
                }
                continue;
            }
            if (typeof child.step !== "string")
                throw this.error(this.lineOfNode(map), "expected a list here");
            const pair = findPair(map, child.step);
            const value = resolveNode(this.document, pair?.value);
            if (pair && !((0,dist/* isScalar */.jn)(value) && value.value === null)) {
                this.collection(value, child.children, inFlow);
                continue;
            }
            if (pair)
                throw this.error(this.lineOfNode(pair.key), `"${child.step}" has no value; give it a map`);
            const created = newFromChildren(child.children);
            if (created)
                inserts.push({ key: child.step, value: created });
        }
        this.insertIntoMap(map, inserts, inFlow);
    }
    seq(seq, children, inFlow) {
        const appends = [];
        for (const child of children.values()) {
            if (child.kind !== "branch" || typeof child.step === "string") {
                throw this.error(this.lineOfNode(seq), "expected a map here, found a list");
            }
            const entry = findEntry(this.document, seq, child.step);
            if (entry !== undefined) {
                this.collection(resolveNode(this.document, entry), child.children, inFlow, child.step.key);
                continue;
            }
            const created = newFromChildren(child.children, child.step);
            if (created)
                appends.push(created);
        }
        if (appends.length === 0)
            return;
        const last = seq.items.at(-1);
        if (inFlow || !last?.range) {
            const close = this.text.lastIndexOf("]", seq.range?.[1] ?? 0);
            const at = last?.range ? last.range[1] : close;
            const sep = last?.range ? ", " : "";
            this.edits.push({ start: at, end: at, text: sep + appends.map(flowNode).join(", ") });
            return;
        }
        const first = seq.items[0];
        const dash = this.text.lastIndexOf("-", first.range[0]);
        const at = endOfLine(this.text, last.range[1]);
        const lead = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
        const body = appends.map((n) => blockItem(n, columnOf(this.text, dash), this.style)).join("");
        this.edits.push({ start: at, end: at, text: lead + body });
    }
    leaf(map, pair, value, inFlow) {
        const node = resolveNode(this.document, pair.value);
        if (value === null) {
            if (node !== null && node !== undefined)
                this.deletePair(map, pair, inFlow);
            return;
        }
        if (!(0,dist/* isScalar */.jn)(node) || !node.range) {
            throw this.error(this.lineOfNode(pair.key), `"${String(pair.key)}" holds a map or list, not a value`);
        }
        const [start, end] = node.range;
        const old = this.text.slice(start, end);
        let text;
        if (node.value === null) {
            text = (start === end ? " " : "") + renderScalar(value, value.type, inFlow);
        }
        else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
            text = JSON.stringify(value.text) + (old.endsWith("\n") ? "\n" : "");
        }
        else {
            text = renderScalar(value, node.type, inFlow);
        }
        // Two fields may share one anchored scalar; it can take only one value.
        const same = this.replaced.get(start);
        if (same) {
            if (same.text !== text)
                throw this.error(this.lineOfNode(node), "two promoted fields share this anchored value");
            return;
        }
        const edit = { start, end, text };
        this.replaced.set(start, edit);
        this.edits.push(edit);
    }
    deletePair(map, pair, inFlow) {
        const index = map.items.indexOf(pair);
        const prev = map.items[index - 1];
        const next = map.items[index + 1];
        const keyStart = rangeOf(pair.key)[0];
        const valueEnd = pairEnd(pair);
        if (inFlow) {
            if (prev)
                this.edits.push({ start: pairEnd(prev), end: valueEnd, text: "" });
            else if (next)
                this.edits.push({ start: keyStart, end: rangeOf(next.key)[0], text: "" });
            else
                this.edits.push({ start: keyStart, end: valueEnd, text: "" });
            return;
        }
        if (startsLine(this.text, keyStart)) {
            const from = keyStart - columnOf(this.text, keyStart);
            this.edits.push({ start: from, end: endOfLine(this.text, valueEnd), text: "" });
        }
        else if (next) {
            // `- digest: x` opening a list entry: the next key moves up behind the dash.
            this.edits.push({ start: keyStart, end: rangeOf(next.key)[0], text: "" });
        }
        else {
            throw this.error(this.lineOfNode(pair.key), "cannot remove the only field of a list entry");
        }
    }
    insertIntoMap(map, inserts, inFlow) {
        if (inserts.length === 0)
            return;
        const last = map.items.at(-1);
        if (inFlow || !last) {
            const close = this.text.lastIndexOf("}", map.range?.[1] ?? 0);
            const at = last ? pairEnd(last) : close;
            const parts = inserts.map((i) => `${renderKey(i.key, true)}: ${flowNode(i.value)}`);
            this.edits.push({ start: at, end: at, text: (last ? ", " : "") + parts.join(", ") });
            return;
        }
        const indent = columnOf(this.text, rangeOf(map.items[0]?.key)[0]);
        const groups = new Map();
        for (const insert of inserts) {
            const anchor = insert.anchor ?? last;
            groups.set(anchor, [...(groups.get(anchor) ?? []), insert]);
        }
        for (const [anchor, group] of groups) {
            const at = endOfLine(this.text, pairEnd(anchor));
            const lead = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
            const body = group.map((i) => blockEntry(i.key, i.value, indent, this.style)).join("");
            this.edits.push({ start: at, end: at, text: lead + body });
        }
    }
    lineOfNode(node) {
        const range = node?.range;
        return range ? lineOfOffset(this.file.lineCounter, range[0]) : this.document.line;
    }
    error(line, message) {
        return new src_errors/* UserError */.yo(`${this.file.file}:${line}: ${message}`, this.file.file, line);
    }
}
function rangeOf(node) {
    const range = node?.range;
    if (!range)
        throw new Error("YAML node without a source range");
    return range;
}
/** Where a pair's text ends: after its value, or after its key when the value is empty. */
function pairEnd(pair) {
    const value = pair.value;
    return value?.range ? value.range[1] : rangeOf(pair.key)[1];
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-edit.ts
/**
 * Faithful YAML edits. The `yaml` Document (from core's `parseYaml`) finds
 * each field and its exact source range; the change is then spliced into
 * the original text, so comments, key order, quoting, flow style, anchors,
 * blank lines and the indentation of untouched lines stay exactly as they
 * were and a diff shows only the changed scalars. (Re-printing the whole
 * Document would re-indent `- name:` lists and respace flow maps.)
 */





/** Collects field changes for one file and applies them to its text in one go. */
class YamlEditor {
    file;
    roots = new Map();
    requests = [];
    spliced = [];
    constructor(file) {
        this.file = file;
    }
    /**
     * Asks for field `key` of the map at `path` in document `doc` to hold
     * `value`, or to be removed when `value` is null. Maps and list entries on
     * the way are created when missing.
     */
    set(doc, path, key, value) {
        let children = this.roots.get(doc) ?? new Map();
        this.roots.set(doc, children);
        for (const step of path) {
            const id = stepId(step);
            let child = children.get(id);
            if (!child) {
                child = { kind: "branch", step, children: new Map() };
                children.set(id, child);
            }
            if (child.kind !== "branch")
                throw new Error(`${formatPath(path)} is both a field and a map`);
            children = child.children;
        }
        if (children.get(stepId(key))?.kind === "branch")
            throw new Error(`${key} is both a field and a map`);
        children.set(stepId(key), { kind: "leaf", key, value });
        this.requests.push({ doc, path: [...path], key, value });
    }
    /**
     * Adds an edit made outside the field tree (a YAML string edited inside, yaml-embedded.ts)
     * and how to check the result.
     */
    splice(edit, check) {
        this.spliced.push({ edit, check });
    }
    /** True when nothing was asked for. */
    get empty() {
        return this.requests.length === 0 && this.spliced.length === 0;
    }
    /** The edited text. Throws (a bug) when reading it back does not show every requested value. */
    apply() {
        const edits = [];
        for (const [index, children] of this.roots) {
            const document = this.file.documents[index];
            if (document)
                new Walk(this.file, document, edits).root(children);
            else if (index === 0 && this.file.documents.length === 0)
                edits.push(...appendToRoot(this.file.text, children));
            else
                throw new Error(`${this.file.file} has no document ${index}`);
        }
        edits.push(...this.spliced.map((s) => s.edit));
        // New lines follow the file's line endings.
        const eol = this.file.text.includes("\r\n") ? "\r\n" : "\n";
        const out = applyEdits(this.file.text, eol === "\n" ? edits : edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, eol) })));
        this.verify(out);
        for (const s of this.spliced)
            s.check(out);
        return out;
    }
    verify(text) {
        const reread = parseYaml(text, this.file.file);
        for (const r of this.requests) {
            const document = reread.documents[r.doc];
            const got = document ? readField(reread, document, r.path, r.key).value : undefined;
            if (got?.text !== r.value?.text) {
                throw new Error(`editing ${this.file.file} left ${formatPath(r.path, r.key)} at ${got?.text ?? "(unset)"}, expected ${r.value?.text ?? "(unset)"}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/changeset.ts
/** The fields a promotion changes, collected file by file into one editor per target file. */





/** The `field` of a change that copies a whole file. */
const FILE_FIELD = "(file)";
/** A short content id for a whole-file change: `sha256:` and 12 hex digits. */
function contentId(text) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(text).digest("hex").slice(0, 12)}`;
}
/** The changes found so far, and one editor per target file that collects them. */
class Changeset {
    changes = [];
    editors = new Map();
    /** Editors of YAML strings inside files (`helm.values: |`, inline patches), by their place. */
    inner = new Map();
    /** Inner editors already spliced into their files (files() may be asked twice). */
    merged = new Set();
    copies = new Map();
    /**
     * `path` becomes `after` whole (`before` undefined: it is created). A copied file takes no
     * field edits: the copy already carries the source's fields.
     */
    copy(service, path, before, after) {
        if (this.copies.has(path))
            return;
        if (before === after) {
            this.copies.set(path, undefined);
            return;
        }
        this.copies.set(path, {
            path,
            before: before ?? "",
            after,
            ...(before === undefined ? { created: true } : {}),
        });
        this.changes.push({
            service,
            file: path,
            field: FILE_FIELD,
            from: before === undefined ? null : contentId(before),
            to: contentId(after),
            line: 1,
        });
    }
    /** True when `path` is promoted by copying it whole. */
    copied(path) {
        return this.copies.has(path);
    }
    field(service, file, doc, path, key, to) {
        if (this.copies.has(file.file))
            return;
        const document = file.documents[doc];
        const current = document ? readField(file, document, path, key) : { line: 1, value: undefined };
        if (sameScalar(current.value, to))
            return;
        const embedding = isEmbedded(file) ? file.embedding : undefined;
        const editors = embedding ? this.inner : this.editors;
        const id = embedding?.id ?? file.file;
        let editor = editors.get(id);
        if (!editor) {
            editor = new YamlEditor(file);
            editors.set(id, editor);
        }
        editor.set(doc, path, key, to ?? null);
        this.changes.push({
            service,
            file: file.file,
            field: embedding ? `${embedding.field}: ${formatPath(path, key)}` : formatPath(path, key),
            from: current.value?.text ?? null,
            to: to?.text ?? null,
            line: current.line + (embedding?.lineOffset ?? 0),
        });
    }
    files() {
        // Each edited YAML string becomes one edit of its file, beside that file's own field edits.
        for (const [id, editor] of this.inner) {
            if (this.merged.has(id))
                continue;
            this.merged.add(id);
            const file = editor.file;
            const after = editor.apply();
            if (after === file.text)
                continue;
            const { outer } = file.embedding;
            let target = this.editors.get(outer.file);
            if (!target) {
                target = new YamlEditor(outer);
                this.editors.set(outer.file, target);
            }
            target.splice(embeddedEdit(file, after), (text) => {
                checkEmbedded(file, text, after);
            });
        }
        const out = [];
        for (const copy of this.copies.values())
            if (copy)
                out.push(copy);
        for (const editor of this.editors.values()) {
            const after = editor.apply();
            if (after !== editor.file.text)
                out.push({ path: editor.file.file, before: editor.file.text, after });
        }
        return out.sort((a, b) => a.path.localeCompare(b.path));
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/plan-context.ts

/** Both envs' parsed files, or undefined when either is missing. */
async function both(ctx, from, to) {
    const source = from ? await ctx.src.get(from) : undefined;
    const target = to ? await ctx.dst.get(to) : undefined;
    return source && target ? { source, target } : undefined;
}
/** Selectors for the entries of list `key` (by their `name`) in the first document. */
function listEntries(file, key) {
    const document = file.documents[0];
    const list = document?.value?.[key];
    if (!document || !Array.isArray(list))
        return [];
    const seen = new Set();
    const out = [];
    for (const entry of list) {
        const name = entry?.name;
        if (typeof name !== "string" || seen.has(name))
            continue;
        seen.add(name);
        const step = { key: "name", equals: { text: name, isString: true } };
        out.push({ key: "name", equals: read(file, [key, step], "name") ?? step.equals });
    }
    return out;
}
function read(file, path, key) {
    const document = file.documents[0];
    return document ? readField(file, document, path, key).value : undefined;
}

;// CONCATENATED MODULE: ./packages/promote/src/plan-sites.ts
/**
 * The promotion passes beyond kustomize images and Helm value files: whole files
 * (`promote.files`), images in the overlay's manifests and patch files, kustomize
 * `helmCharts`, and Helm values inline in Applications.
 */



/** `promote.files`: each named file of the source env's folder replaces the target's whole. Returns the source paths copied. */
async function promoteFiles(ctx, rules, pair) {
    const copied = new Set();
    const from = pair.source.overlay.dir;
    const to = pair.target.overlay.dir;
    if (from === to)
        return copied;
    for (const name of rules.files) {
        const text = await ctx.src.tree.read(`${from}/${name}`);
        if (text === undefined) {
            ctx.notes.push(`${ctx.service}: ${from}/${name} does not exist; promote.files names it, nothing copied`);
            continue;
        }
        copied.add(`${from}/${name}`);
        ctx.set.copy(ctx.service, `${to}/${name}`, await ctx.dst.tree.read(`${to}/${name}`), text);
    }
    return copied;
}
/**
 * Container images in the overlay's own manifests and patch files, matched by what they set
 * (resource and container, or patch target and op path). The last source site of an id wins,
 * as kustomize applies patches in order.
 */
async function promoteManifests(ctx, pair, copied) {
    const source = await manifestSites(ctx.src, pair.source.manifests);
    const target = await manifestSites(ctx.dst, pair.target.manifests);
    const last = new Map(source.map((s) => [s.id, s]));
    const placed = new Set();
    for (const t of target) {
        const s = last.get(t.id);
        if (!s?.value)
            continue;
        placed.add(t.id);
        ctx.set.field(ctx.service, t.file, t.doc, t.path, t.key, s.value);
    }
    for (const [id, s] of last) {
        if (placed.has(id) || !s.value || copied.has(s.file.file))
            continue;
        ctx.unplaced.push({ service: ctx.service, file: s.file.file, field: id, value: s.value.text });
    }
}
/**
 * Kustomize `helmCharts` entries both envs inflate (by name): the chart `version` (when chart
 * versions are promoted) and the `promote.values` paths of `valuesInline`.
 */
async function promoteHelmCharts(ctx, rules, pair) {
    const files = await both(ctx, pair.source.kustomization, pair.target.kustomization);
    if (!files)
        return;
    const targetCharts = new Set(listEntries(files.target, "helmCharts").map((s) => s.equals.text));
    for (const step of listEntries(files.source, "helmCharts")) {
        const path = ["helmCharts", step];
        if (!targetCharts.has(step.equals.text)) {
            const version = read(files.source, path, "version");
            const field = `helmCharts[${step.equals.text}].version`;
            if (version)
                ctx.unplaced.push({ service: ctx.service, file: files.source.file, field, value: version.text });
            continue;
        }
        if (rules.chart)
            ctx.set.field(ctx.service, files.target, 0, path, "version", read(files.source, path, "version"));
        for (const dotted of rules.values) {
            const at = [...path, "valuesInline", ...dotted.split(".")];
            const key = at.pop();
            ctx.set.field(ctx.service, files.target, 0, at, key, read(files.source, at, key));
        }
    }
}
/**
 * Helm values written inline in an Application (`helm.valuesObject`): the `promote.values` paths,
 * between the sources of the two envs' Applications that install the same chart (or the single
 * `spec.source`). A target without `valuesObject` gets none: its values live elsewhere.
 */
async function promoteInlineValues(ctx, rules, pair) {
    await promoteValuesStrings(ctx, rules, pair);
    for (const app of pair.source.apps) {
        const file = await ctx.src.get(app.file);
        for (const source of app.sources) {
            // A `spec.sources` entry without a chart cannot be told from its siblings.
            if (!file || !source.inlineValues || source.path.at(-1) === "sources")
                continue;
            const id = formatPath(source.path);
            const match = pair.target.apps
                .flatMap((a) => a.sources.map((s) => ({ a, s })))
                .find((x) => formatPath(x.s.path) === id);
            const target = match ? await ctx.dst.get(match.a.file) : undefined;
            for (const dotted of rules.values) {
                const at = [...source.path, "helm", "valuesObject", ...dotted.split(".")];
                const key = at.pop();
                const document = file.documents[app.doc];
                const value = document ? readField(file, document, at, key).value : undefined;
                if (match && target && match.s.inlineValues) {
                    const to = [...match.s.path, "helm", "valuesObject", ...dotted.split(".").slice(0, -1)];
                    ctx.set.field(ctx.service, target, match.a.doc, to, key, value);
                }
                else if (value) {
                    ctx.unplaced.push({
                        service: ctx.service,
                        file: app.file,
                        field: formatPath(at, key),
                        value: value.text,
                    });
                }
            }
        }
    }
}
/**
 * Helm values written as a YAML string in an Application (`helm.values: |`): the `promote.values`
 * paths, edited inside the target's string (its other lines and comments kept), between the
 * sources that install the same chart (or the single `spec.source`).
 */
async function promoteValuesStrings(ctx, rules, pair) {
    for (const app of pair.source.apps) {
        for (const source of app.sources) {
            if (!source.valuesString || source.path.at(-1) === "sources")
                continue;
            const from = await ctx.src.embedded(app.file, app.doc, source.valuesString);
            if (!from)
                continue;
            const id = formatPath(source.path);
            const match = pair.target.apps
                .flatMap((a) => a.sources.map((s) => ({ a, s })))
                .find((x) => formatPath(x.s.path) === id && x.s.valuesString);
            const to = match?.s.valuesString && (await ctx.dst.embedded(match.a.file, match.a.doc, match.s.valuesString));
            for (const dotted of rules.values) {
                const path = dotted.split(".");
                const key = path.pop() ?? dotted;
                const value = read(from, path, key);
                if (to)
                    ctx.set.field(ctx.service, to, 0, path, key, value);
                else if (value) {
                    const field = `${from.embedding.field}: ${dotted}`;
                    ctx.unplaced.push({ service: ctx.service, file: app.file, field, value: value.text });
                }
            }
        }
    }
}
/**
 * An ApplicationSet git-files generator config (`clusters/<env>/config.json`): the
 * `promote.values` paths its env's config already holds. A missing field is not added (the file
 * is often JSON, and the template decides what it means).
 */
async function promoteConfigValues(ctx, rules, pair) {
    const files = await both(ctx, pair.source.overlay.config, pair.target.overlay.config);
    if (!files || files.source.file === files.target.file)
        return;
    for (const dotted of rules.values) {
        const path = dotted.split(".");
        const key = path.pop() ?? dotted;
        const value = read(files.source, path, key);
        if (read(files.target, path, key) !== undefined)
            ctx.set.field(ctx.service, files.target, 0, path, key, value);
        else if (value)
            ctx.unplaced.push({ service: ctx.service, file: files.source.file, field: dotted, value: value.text });
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/plan.ts






/** Plans the promotion of `request` reading the source env from `source` and the target env from `target`. */
async function planPromotion(layout, request, source, target) {
    const src = new YamlCache(source);
    const dst = new YamlCache(target);
    const set = new Changeset();
    const notes = [];
    const unplaced = [];
    const services = [];
    for (const service of request.services) {
        const rules = rulesFor(layout, service);
        const pair = {
            service,
            rules,
            source: await locateFiles(src, overlayOf(layout, service, request.from)),
            target: await locateFiles(dst, overlayOf(layout, service, request.to)),
        };
        services.push(pair);
        const ctx = { set, service, src, dst, notes, request, unplaced };
        // Whole files first: a copied file takes no field edits.
        const copied = await promoteFiles(ctx, rules, pair);
        await promoteImages(ctx, rules, pair);
        await promoteValues(ctx, rules, pair);
        if (rules.chart)
            await promoteCharts(ctx, pair);
        await promoteHelmCharts(ctx, rules, pair);
        await promoteInlineValues(ctx, rules, pair);
        await promoteConfigValues(ctx, rules, pair);
        await promoteManifests(ctx, pair, copied);
    }
    return { request, changes: set.changes, files: set.files(), services, notes, unplaced };
}
async function promoteImages(ctx, rules, pair) {
    const files = await both(ctx, pair.source.kustomization, pair.target.kustomization);
    if (!files) {
        if (pair.source.kustomization)
            ctx.notes.push(`${ctx.service}: the ${ctx.request.to} overlay has no kustomization`);
        return;
    }
    for (const step of listEntries(files.source, "images")) {
        for (const field of rules.images) {
            const value = read(files.source, ["images", step], field);
            ctx.set.field(ctx.service, files.target, 0, ["images", step], field, value);
        }
    }
}
async function promoteValues(ctx, rules, pair) {
    const files = await both(ctx, pair.source.values, pair.target.values);
    if (!files) {
        if (pair.source.values)
            ctx.notes.push(`${ctx.service}: no Helm values file found for ${ctx.request.to}`);
        return;
    }
    for (const dotted of rules.values) {
        const path = dotted.split(".");
        const key = path.pop() ?? dotted;
        ctx.set.field(ctx.service, files.target, 0, path, key, read(files.source, path, key));
    }
}
async function promoteCharts(ctx, pair) {
    const charts = await both(ctx, pair.source.chart, pair.target.chart);
    if (charts) {
        const targetDeps = new Set(listEntries(charts.target, "dependencies").map((s) => s.equals.text));
        for (const step of listEntries(charts.source, "dependencies")) {
            const value = read(charts.source, ["dependencies", step], "version");
            if (!targetDeps.has(step.equals.text)) {
                // A dependency only the source has is a change of the chart, not a promotable value.
                if (value) {
                    const field = `dependencies[${step.equals.text}].version`;
                    ctx.unplaced.push({ service: ctx.service, file: charts.source.file, field, value: value.text });
                }
                continue;
            }
            ctx.set.field(ctx.service, charts.target, 0, ["dependencies", step], "version", value);
        }
    }
    for (const app of pair.source.apps) {
        for (const source of app.sources) {
            if (!source.chart)
                continue;
            const match = pair.target.apps
                .flatMap((a) => a.sources.map((s) => ({ a, s })))
                .find((x) => x.s.chart === source.chart);
            const file = match ? await ctx.dst.get(match.a.file) : undefined;
            if (!match || !file)
                continue;
            ctx.set.field(ctx.service, file, match.a.doc, match.s.path, "targetRevision", source.targetRevision);
        }
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/bump-locate.ts




/** Every image the service's env sets whole in its manifests, strategic-merge and JSON6902 patches. */
async function referenceSites(cache, files) {
    const out = [];
    for (const site of await manifestSites(cache, files.manifests)) {
        if (site.value?.text)
            out.push({ image: imageName(site.value.text), site });
    }
    return out;
}
/**
 * Sets `ref` on the reference sites that deploy its image: the name stays as written, the tag
 * and digest become the reference's. Returns how many sites deploy it.
 */
function bumpReferences(set, service, sites, ref) {
    const matching = sites.filter((s) => s.image === ref.name);
    for (const { site } of matching) {
        const value = formatImageRef({ ...ref, name: imageName(site.value?.text ?? ref.name) });
        set.field(service, site.file, site.doc, site.path, site.key, { text: value, isString: true });
    }
    return matching.length;
}
/** `ghcr.io/org/web` of `ghcr.io/org/web:1.2@sha256:…` (a registry port is not a tag). */
function imageName(reference) {
    const named = reference.split("@")[0] ?? reference;
    const colon = named.lastIndexOf(":");
    return colon > named.lastIndexOf("/") ? named.slice(0, colon) : named;
}
/** Every image the service deploys from its `files` in one env. */
async function imageSites(cache, files, rules) {
    const out = [];
    const kustomization = files.kustomization ? await cache.get(files.kustomization) : undefined;
    if (kustomization) {
        for (const step of listEntries(kustomization, "images")) {
            const path = ["images", step];
            // What kustomize deploys: newName when the entry renames the image, else its name.
            const image = first(kustomization, path, "newName") ?? step.equals.text;
            out.push({
                image,
                kind: "kustomize",
                file: kustomization,
                path,
                tagKey: "newTag",
                digestKey: "digest",
            });
        }
    }
    const values = files.values ? await cache.get(files.values) : undefined;
    if (values && files.values) {
        const chain = await valuesChain(cache, files, files.values);
        for (const prefix of imagePrefixes(rules)) {
            const path = prefix.split(".");
            const repository = last(chain, path, "repository");
            if (repository === undefined)
                continue;
            const registry = last(chain, path, "registry");
            const image = registry ? `${registry}/${repository}` : repository;
            out.push({ image, kind: "helm", file: values, path, tagKey: "tag", digestKey: "digest" });
        }
    }
    out.push(...(await inlineValueSites(cache, files, rules)));
    return out;
}
/**
 * Helm image maps written inline in the env's Applications: `helm.valuesObject`, and
 * `helm.values` (a YAML string, edited inside). Argo CD lets inline values win over value files,
 * so the repository may come from the chart's values in the repo and the tag from here.
 */
async function inlineValueSites(cache, files, rules) {
    const out = [];
    for (const app of files.apps) {
        const appFile = await cache.get(app.file);
        for (const source of app.sources) {
            const chain = [];
            for (const path of [...(source.dir ? [`${source.dir}/values.yaml`] : []), ...source.valueFiles]) {
                const file = await cache.get(path);
                if (file)
                    chain.push(file);
            }
            const string = source.valuesString
                ? await cache.embedded(app.file, app.doc, source.valuesString)
                : undefined;
            for (const prefix of imagePrefixes(rules)) {
                const inner = prefix.split(".");
                const object = [...source.path, "helm", "valuesObject", ...inner];
                const document = appFile?.documents[app.doc];
                const inApp = (key) => appFile && document ? readField(appFile, document, object, key).value?.text : undefined;
                if (appFile && source.inlineValues) {
                    const repository = inApp("repository") ?? last(chain, inner, "repository");
                    const registry = inApp("registry") ?? last(chain, inner, "registry");
                    if (repository !== undefined)
                        out.push(helmSite(registry, repository, appFile, app.doc, object));
                }
                if (string) {
                    const repository = first(string, inner, "repository") ?? last(chain, inner, "repository");
                    const registry = first(string, inner, "registry") ?? last(chain, inner, "registry");
                    if (repository !== undefined)
                        out.push(helmSite(registry, repository, string, 0, inner));
                }
            }
        }
    }
    return out;
}
function helmSite(registry, repository, file, doc, path) {
    const image = registry ? `${registry}/${repository}` : repository;
    return { image, kind: "helm", file, doc, path, tagKey: "tag", digestKey: "digest" };
}
/** Every chart version the service pins in one env. */
async function chartSites(cache, files) {
    const out = [];
    const chart = files.chart ? await cache.get(files.chart) : undefined;
    if (chart) {
        for (const step of listEntries(chart, "dependencies")) {
            out.push({
                chart: step.equals.text,
                file: chart,
                doc: 0,
                path: ["dependencies", step],
                key: "version",
            });
        }
    }
    const kustomization = files.kustomization ? await cache.get(files.kustomization) : undefined;
    if (kustomization) {
        for (const step of listEntries(kustomization, "helmCharts")) {
            out.push({
                chart: step.equals.text,
                file: kustomization,
                doc: 0,
                path: ["helmCharts", step],
                key: "version",
            });
        }
    }
    for (const app of files.apps) {
        const file = await cache.get(app.file);
        if (!file)
            continue;
        for (const source of app.sources) {
            if (source.chart)
                out.push({ chart: source.chart, file, doc: app.doc, path: source.path, key: "targetRevision" });
        }
    }
    return out;
}
/** `image` and the maps above each `…tag`/`…digest` path of `promote.values`. */
function imagePrefixes(rules) {
    const prefixes = new Set(["image"]);
    for (const dotted of rules.values) {
        const m = /^(.+)\.(?:tag|digest)$/.exec(dotted);
        if (m?.[1])
            prefixes.add(m[1]);
    }
    return [...prefixes];
}
/**
 * The value files Helm merges for the env, in order, ending with `own`: the chart's
 * `values.yaml`, then the Application's `valueFiles` (later files win).
 */
async function valuesChain(cache, files, own) {
    const source = files.apps.flatMap((a) => a.sources).find((s) => s.valueFiles.includes(own));
    const paths = source ? [...(source.dir ? [`${source.dir}/values.yaml`] : []), ...source.valueFiles] : [own];
    const out = [];
    for (const path of new Set(paths)) {
        const file = await cache.get(path);
        if (file)
            out.push(file);
    }
    return out;
}
function first(file, path, key) {
    const document = file.documents[0];
    return document ? readField(file, document, path, key).value?.text : undefined;
}
function last(chain, path, key) {
    let found;
    for (const file of chain)
        found = first(file, path, key) ?? found;
    return found;
}

;// CONCATENATED MODULE: ./packages/promote/src/oci-challenge.ts
/**
 * The `WWW-Authenticate` challenge of a registry's 401 (RFC 7235): a scheme and its
 * parameters, e.g. `Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull"`.
 * Quoted values may hold commas (`scope="repository:a:pull,push"`), so they are read as
 * quoted strings rather than split on commas.
 */
const PARAM = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
/** The first challenge of the header, or undefined when there is none. */
function challengeOf(header) {
    const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header ?? "");
    if (!match?.[1])
        return undefined;
    const params = {};
    for (const m of (match[2] ?? "").matchAll(PARAM)) {
        const name = (m[1] ?? "").toLowerCase();
        if (!(name in params))
            params[name] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] ?? "");
    }
    return { scheme: match[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./packages/promote/src/oci-digest.ts
/**
 * `bump --resolve-digest`: a tag resolved to the digest its registry serves now, through the
 * OCI distribution API (`HEAD /v2/<name>/manifests/<tag>`, the Bearer token flow, the
 * `Docker-Content-Digest` header, else GET and sha256 of the body).
 *
 * Written with `fetch` rather than a registry client: the one well-kept npm client found
 * (@snyk/docker-registry-v2-client) brings needle, psl and tslib into every bundle for three
 * requests, and does not do the GET-and-hash fallback. The whole flow is two or three requests.
 */




// Every manifest type a tag may point at: a multi-arch index/list first, so the digest pins all platforms.
const ACCEPT = [
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");
const oci_digest_DIGEST = /^sha256:[a-f0-9]{64}$/;
/**
 * The registry and repository of `name`, as docker reads it: a first component with a `.` or
 * `:` (or `localhost`) is the host; else Docker Hub, whose API host is registry-1.docker.io and
 * whose single-component names live under `library/`.
 */
function registryOf(name) {
    const slash = name.indexOf("/");
    const first = slash < 0 ? "" : name.slice(0, slash);
    if (first && (first.includes(".") || first.includes(":") || first === "localhost")) {
        const repository = name.slice(slash + 1);
        if (first === "docker.io" || first === "index.docker.io")
            return dockerHub(repository);
        return { host: first, repository };
    }
    return dockerHub(name);
}
function dockerHub(repository) {
    return {
        host: "registry-1.docker.io",
        repository: repository.includes("/") ? repository : `library/${repository}`,
    };
}
/** True for hosts that never leave this machine, where plain http exposes nothing. */
function isLoopback(host) {
    const bare = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
    return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}
/**
 * `ref` with the digest its tag points at now. A reference that already holds a digest is
 * returned as it is (it is already immutable). Every failure is a `UserError` naming the image.
 */
async function resolveDigest(ref, options = {}) {
    if (ref.digest !== undefined || ref.tag === undefined)
        return ref;
    const image = registryOf(ref.name);
    const client = new RegistryClient(image, formatImageRef(ref), options);
    return { ...ref, digest: await client.digestOf(ref.tag) };
}
/** One image's requests: the manifest by tag, and the token the registry asks for. */
class RegistryClient {
    image;
    shown;
    options;
    base;
    authorization;
    constructor(image, shown, options) {
        this.image = image;
        this.shown = shown;
        this.options = options;
        this.base = `${this.scheme(image.host)}://${image.host}`;
    }
    async digestOf(tag) {
        const url = `${this.base}/v2/${this.image.repository}/manifests/${encodeURIComponent(tag)}`;
        const head = await this.authorized("HEAD", url);
        const header = head.headers.get("docker-content-digest")?.trim();
        if (header && oci_digest_DIGEST.test(header))
            return header;
        // Some registries leave the header out of HEAD answers: the digest is the body's sha256.
        const got = await this.authorized("GET", url);
        const body = Buffer.from(await got.arrayBuffer());
        return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(body).digest("hex")}`;
    }
    /** `method url`, answering a 401 challenge once; a non-2xx answer is a `UserError`. */
    async authorized(method, url) {
        let response = await this.request(method, url, this.headers());
        if (response.status === 401 && this.authorization === undefined) {
            this.authorization = await this.answer(challengeOf(response.headers.get("www-authenticate")));
            response = await this.request(method, url, this.headers());
        }
        if (response.ok)
            return response;
        const what = `${this.shown} (registry ${this.image.host})`;
        if (response.status === 404) {
            throw new src_errors/* UserError */.yo(`image ${what}: tag not found (HTTP 404 for ${method} ${this.path(url)})`);
        }
        if (response.status === 401 || response.status === 403) {
            throw new src_errors/* UserError */.yo(`image ${what}: the registry denied access (HTTP ${response.status}); ${this.credentialsHint()}`);
        }
        throw new src_errors/* UserError */.yo(`image ${what}: the registry answered HTTP ${response.status} to ${method} ${this.path(url)}`);
    }
    /** The Authorization value for a challenge: a Bearer token from its realm, or Basic credentials. */
    async answer(challenge) {
        const basic = this.basic();
        if (challenge?.scheme === "basic") {
            if (!basic)
                throw new src_errors/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} asks for credentials; ${this.credentialsHint()}`);
            return basic;
        }
        const realm = challenge?.params.realm;
        if (!realm) {
            throw new src_errors/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} answered 401 without a Bearer realm to get a token from`);
        }
        const url = this.realmUrl(realm);
        url.searchParams.set("service", challenge.params.service ?? this.image.host);
        url.searchParams.set("scope", challenge.params.scope ?? `repository:${this.image.repository}:pull`);
        const response = await this.request("GET", url.toString(), basic ? { authorization: basic } : {});
        if (response.status === 401 || response.status === 403) {
            throw new src_errors/* UserError */.yo(`image ${this.shown}: the token service of registry ${this.image.host} refused ${basic ? "the credentials" : "anonymous access"} (HTTP ${response.status}); ${this.credentialsHint()}`);
        }
        if (!response.ok) {
            throw new src_errors/* UserError */.yo(`image ${this.shown}: the token service of registry ${this.image.host} answered HTTP ${response.status}`);
        }
        const body = (await response.json().catch(() => ({})));
        const token = typeof body.token === "string" ? body.token : body.access_token;
        if (typeof token !== "string" || token === "") {
            throw new src_errors/* UserError */.yo(`image ${this.shown}: the token service of registry ${this.image.host} sent no token`);
        }
        return `Bearer ${token}`;
    }
    /** The realm as a URL; an http realm is refused unless its host may be plain http (credentials go there). */
    realmUrl(realm) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new src_errors/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} names a bad token realm`);
        }
        if (url.protocol === "https:" || (url.protocol === "http:" && this.scheme(url.host) === "http"))
            return url;
        throw new src_errors/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} sends credentials to ${url.protocol}//${url.host}, which is neither https nor an allowed insecure host`);
    }
    async request(method, url, headers) {
        const timeout = this.options.timeoutMs ?? 30_000;
        try {
            return await fetch(url, {
                method,
                headers: { accept: ACCEPT, "user-agent": "gitops-actions", ...headers },
                redirect: "follow",
                signal: AbortSignal.timeout(timeout),
            });
        }
        catch (err) {
            const host = new URL(url).host;
            const why = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")
                ? `no answer within ${Math.round(timeout / 1000)} s`
                : reasonOf(err);
            throw new src_errors/* UserError */.yo(`image ${this.shown}: cannot reach ${host} (${why})`);
        }
    }
    headers() {
        return this.authorization ? { authorization: this.authorization } : {};
    }
    basic() {
        const { username, password } = this.options;
        if (!username || password === undefined)
            return undefined;
        return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
    }
    credentialsHint() {
        return this.basic()
            ? "check the registry username and password (they are not shown)"
            : "give registry credentials (GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD, or the action's registry-username and registry-password)";
    }
    scheme(host) {
        return isLoopback(host) || (this.options.insecure ?? []).includes(host) ? "http" : "https";
    }
    path(url) {
        return new URL(url).pathname;
    }
}
/** The low-level cause of a failed fetch (`ECONNREFUSED`, `ENOTFOUND`), never a header or body. */
function reasonOf(err) {
    const cause = err?.cause;
    if (typeof cause?.code === "string")
        return cause.code;
    if (typeof cause?.message === "string")
        return cause.message;
    return err instanceof Error ? err.message : String(err);
}

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
const git_TIMEOUT_MS = 5 * 60_000;
/** The timeout in force: the option, else `GITOPS_GIT_TIMEOUT` seconds, else 5 minutes. */
function gitTimeoutMs(options, env = process.env) {
    if (options.timeoutMs !== undefined)
        return options.timeoutMs;
    const seconds = Number(env.GITOPS_GIT_TIMEOUT);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : git_TIMEOUT_MS;
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
                    reject(new src_errors/* UserError */.yo(this.scrub(timeoutMessage(args, timeout, url))));
                    return;
                }
                if (err && typeof err.code !== "number") {
                    if (err.code === "ENOENT")
                        reject(new src_errors/* UserError */.yo("git is needed but was not found on PATH"));
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
            throw new src_errors/* UserError */.yo(`${what}: ${gitReason(r)}`);
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

;// CONCATENATED MODULE: ./packages/promote/src/checkout.ts
/**
 * The git checkout a committing promotion starts from, checked before
 * anything is written: inside a work tree, clean, on a branch.
 */


/** Opens the checkout holding `repoDir`; each unusable state is a `UserError` that says how to fix it. */
async function openCheckout(repoDir, options) {
    const probe = new Git(repoDir, options);
    const top = await probe.run(["rev-parse", "--show-toplevel", "--show-prefix"]);
    if (top.code !== 0) {
        throw new src_errors/* UserError */.yo(`${repoDir} is not inside a git repository; --commit, --push and --pr need one`);
    }
    const [root = "", prefix = ""] = top.stdout.split("\n");
    const git = new Git(root, options);
    const status = await git.ok(["status", "--porcelain=v1", "-z", "--untracked-files=normal", "--", prefix === "" ? "." : prefix], "cannot read the git status");
    const dirty = status
        .split("\0")
        .filter(Boolean)
        .map((entry) => entry.slice(3))
        .filter((path) => path !== "");
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 5).join(", ") + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : "");
        throw new src_errors/* UserError */.yo(`the working tree has uncommitted changes (${shown}); commit or stash them first, so that only committed, validated content is promoted`);
    }
    const branch = await git.run(["symbolic-ref", "--quiet", "--short", "HEAD"]);
    if (branch.code !== 0) {
        throw new src_errors/* UserError */.yo("HEAD is detached; check out the branch you promote from (e.g. main) first");
    }
    const name = branch.stdout.trim();
    // The tool owns these branches: building on one would base a PR on itself.
    if (name.startsWith("promote/") || name.startsWith("bump/")) {
        throw new src_errors/* UserError */.yo(`you are on the ${name.startsWith("bump/") ? "bump" : "promotion"} branch ${name}; check out the branch you promote from (e.g. main)`);
    }
    const headSha = (await git.ok(["rev-parse", "--verify", "HEAD^{commit}"], "cannot read HEAD")).trim();
    return { git, prefix, branch: name, headSha };
}
/** The URL of `remote`, or a `UserError` when the checkout has no such remote. */
async function remoteUrl(git, remote) {
    const r = await git.run(["remote", "get-url", "--end-of-options", remote]);
    if (r.code !== 0)
        throw new src_errors/* UserError */.yo(`the repository has no git remote "${remote}" to push to`);
    return r.stdout.trim();
}
/** HEAD of the checkout holding `repoDir`, or undefined outside git (for reports only). */
async function headOf(repoDir) {
    const r = await new Git(repoDir).run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}

;// CONCATENATED MODULE: ./packages/promote/src/diff.ts
/**
 * Unified diffs for `--dry-run`: what `git diff` would show after the
 * promotion, computed in memory so nothing is written.
 */
/** Above this many cells the middle of a file is shown as replaced rather than aligned line by line. */
const MAX_CELLS = 4_000_000;
/** The diff of planned files, one after another, as `git apply` takes it (new files from /dev/null). */
function planDiff(files) {
    return files.map((f) => unifiedDiff(f.path, f.before, f.after, 3, f.created)).join("");
}
/** A `--- a/path` / `+++ b/path` unified diff with `context` lines around each change; "" when equal. */
function unifiedDiff(path, before, after, context = 3, created = false) {
    if (before === after)
        return "";
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = diffLines(a, b);
    const hunks = [];
    let i = 0;
    while (i < ops.length) {
        if (ops[i]?.kind === " ") {
            i++;
            continue;
        }
        // A hunk runs from `context` lines before a change to `context` lines after the last change it absorbs.
        const start = Math.max(0, i - context);
        let end = i;
        for (;;) {
            while (end < ops.length && ops[end]?.kind !== " ")
                end++;
            let next = end;
            while (next < ops.length && ops[next]?.kind === " ")
                next++;
            if (next < ops.length && next - end <= 2 * context)
                end = next;
            else
                break;
        }
        const stop = Math.min(ops.length, end + context);
        hunks.push(hunk(ops, start, stop));
        i = stop;
    }
    const header = created ? "--- /dev/null\n" : `--- a/${path}\n`;
    return `${header}+++ b/${path}\n${hunks.join("")}`;
}
function hunk(ops, start, stop) {
    let oldLine = 1;
    let newLine = 1;
    for (const op of ops.slice(0, start)) {
        if (op.kind !== "+")
            oldLine++;
        if (op.kind !== "-")
            newLine++;
    }
    const body = ops.slice(start, stop);
    const oldCount = body.filter((o) => o.kind !== "+").length;
    const newCount = body.filter((o) => o.kind !== "-").length;
    const range = (line, count) => `${count === 0 ? line - 1 : line},${count}`;
    const lines = body.map((o) => `${o.kind}${o.line.endsWith("\n") ? o.line : `${o.line}\n\\ No newline at end of file\n`}`);
    return `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n${lines.join("")}`;
}
/** Lines with their newline kept, so a missing final newline shows. */
function splitLines(text) {
    return text === "" ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}
/** Line operations turning `a` into `b`: the common prefix and suffix, and an LCS of the middle. */
function diffLines(a, b) {
    let pre = 0;
    while (pre < a.length && pre < b.length && a[pre] === b[pre])
        pre++;
    let suf = 0;
    while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
        suf++;
    const am = a.slice(pre, a.length - suf);
    const bm = b.slice(pre, b.length - suf);
    const same = (lines) => lines.map((line) => ({ kind: " ", line }));
    return [...same(a.slice(0, pre)), ...middle(am, bm), ...same(a.slice(a.length - suf))];
}
function middle(a, b) {
    const removed = () => a.map((line) => ({ kind: "-", line }));
    const added = () => b.map((line) => ({ kind: "+", line }));
    if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_CELLS)
        return [...removed(), ...added()];
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    const width = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i * width + j] =
                a[i] === b[j]
                    ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
                    : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            ops.push({ kind: " ", line: a[i++] ?? "" });
            j++;
        }
        else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
            ops.push({ kind: "-", line: a[i++] ?? "" });
        }
        else {
            ops.push({ kind: "+", line: b[j++] ?? "" });
        }
    }
    while (i < a.length)
        ops.push({ kind: "-", line: a[i++] ?? "" });
    while (j < b.length)
        ops.push({ kind: "+", line: b[j++] ?? "" });
    return ops;
}

;// CONCATENATED MODULE: ./packages/promote/src/codeowners.ts
/**
 * CODEOWNERS, read the way GitHub reads it, to request the reviews the
 * promotion needs: gitignore-style patterns, the last matching rule wins,
 * `@org/team` owners are teams and `@user` owners are people.
 */

/** Where GitHub looks, in the order it looks. */
const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
/** The rules of the first CODEOWNERS file the repo has, or none. */
async function loadCodeowners(tree) {
    for (const path of CODEOWNERS_PATHS) {
        const text = await tree.read(path);
        if (text !== undefined)
            return parseCodeowners(text);
    }
    return [];
}
/** Parses CODEOWNERS text. Comments (`#` at a line start or after a space) and blank lines are skipped. */
function parseCodeowners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (line === "")
            return;
        const [pattern = "", ...owners] = line.split(/\s+/);
        rules.push({ pattern, owners: owners.filter((o) => o.startsWith("@")), line: i + 1 });
    });
    return rules;
}
/** The owners of `path` (relative to the repo root): those of the last rule that matches. */
function ownersOf(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule && matches(rule.pattern, path))
            return rule.owners;
    }
    return [];
}
/**
 * Who to ask for review of `paths`: people as `reviewers`, teams as
 * `teamReviewers` (slugs, as the API wants them). `exclude` (the PR author)
 * is never asked, since GitHub refuses a review request to the author.
 */
function reviewersFor(rules, paths, exclude = []) {
    const skip = new Set(exclude.map((e) => e.toLowerCase()));
    const users = new Set();
    const teams = new Set();
    for (const path of paths) {
        for (const owner of ownersOf(rules, path)) {
            const name = owner.slice(1);
            const slash = name.indexOf("/");
            if (slash !== -1)
                teams.add(name.slice(slash + 1));
            else if (!skip.has(name.toLowerCase()))
                users.add(name);
        }
    }
    return { reviewers: [...users].sort(), teamReviewers: [...teams].sort() };
}
/**
 * gitignore semantics as GitHub documents them for CODEOWNERS: a pattern
 * with a slash before its end is anchored at the root, others match at any
 * depth; a match on a folder covers everything below it, except that a
 * trailing `*` (`docs/*`) matches only files directly inside.
 */
function matches(pattern, path) {
    let p = pattern.replace(/\\#/g, "#");
    const anchored = p.startsWith("/") || p.slice(0, -1).includes("/");
    p = p.replace(/^\/+/, "").replace(/\/+$/, "");
    if (p === "")
        return false;
    const base = anchored ? p : `**/${p}`;
    const options = { dot: true, nocomment: true, nonegate: true };
    if ((0,esm/* minimatch */.xF)(path, base, options))
        return true;
    const last = p.split("/").at(-1) ?? "";
    return !last.includes("*") && (0,esm/* minimatch */.xF)(path, `${base}/**`, options);
}

;// CONCATENATED MODULE: ./packages/promote/src/graphql.ts
/**
 * GitHub GraphQL next to the REST base URL. github.com serves REST at https://api.github.com and
 * GraphQL at https://api.github.com/graphql, but GitHub Enterprise Server serves REST at
 * https://HOST/api/v3 and GraphQL at https://HOST/api/graphql: "<REST base>/graphql" is wrong
 * there. Octokit's `graphql` maps the URL the same way (`/api/v3` → `/api/graphql`).
 */
/** The GraphQL endpoint that goes with a REST base URL. */
function graphqlUrl(restBase) {
    const base = restBase.replace(/\/+$/, "");
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, "/api/graphql") : `${base}/graphql`;
}
/** GraphQL answers errors with HTTP 200 and an `errors` list; like Octokit's GraphqlResponseError it carries them. */
class GraphqlError extends Error {
    errors;
    name = "GraphqlError";
    constructor(errors) {
        super(errors.map((e) => e.message ?? "").join("; "));
        this.errors = errors;
    }
}
/** The `data` of a GraphQL answer, or a `GraphqlError` when it carries errors. */
function graphqlData(body) {
    const answer = body;
    if (Array.isArray(answer?.errors) && answer.errors.length > 0)
        throw new GraphqlError(answer.errors);
    return answer?.data;
}
/** The messages of a GraphQL refusal (Octokit's GraphqlResponseError or ours), or undefined for any other error. */
function graphqlErrors(err) {
    const errors = err?.errors;
    if (!Array.isArray(errors))
        return undefined;
    return errors.map((e) => {
        const message = e?.message;
        return typeof message === "string" ? message : "";
    });
}

;// CONCATENATED MODULE: ./packages/promote/src/github.ts
/**
 * The GitHub REST calls promotion makes, over a narrow `request(route,
 * params)` interface that Octokit's `request` satisfies (the action passes
 * its Octokit) and that `fetchClient` implements for the CLI, which must not
 * load `@actions/*`.
 */


/** The HTTP status of a failed request (Octokit's RequestError and ours both carry it). */
function github_statusOf(err) {
    const status = err?.status;
    return typeof status === "number" ? status : undefined;
}
/** GETs every page of a list endpoint (100 per page); `pick` takes the items out of a page's body. */
async function github_listAll(gh, route, params, pick = (d) => d) {
    const out = [];
    for (let page = 1; page <= 100; page++) {
        const { data } = await gh.client.request(route, {
            owner: gh.owner,
            repo: gh.repo,
            ...params,
            per_page: 100,
            page,
        });
        const items = pick(data);
        out.push(...items);
        if (items.length < 100)
            break;
    }
    return out;
}
/** An error from the GitHub API, carrying its status like Octokit's RequestError (never headers or tokens). */
class GitHubApiError extends Error {
    status;
    name = "GitHubApiError";
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * A minimal client over `fetch` for the CLI: fills `{name}` placeholders of
 * the route from `params`, sends the rest as the query (GET) or JSON body,
 * and throws `GitHubApiError` for any status of 400 and above.
 */
function fetchClient(options) {
    const base = options.baseUrl.replace(/\/+$/, "");
    const client = {
        async graphql(query, variables = {}) {
            return graphqlData((await client.request(`POST ${graphqlUrl(base)}`, { query, variables })).data);
        },
        async request(route, params = {}) {
            // A path under the base, or a whole URL (the GraphQL endpoint, which is not under it on GHES).
            const match = /^(GET|POST|PATCH|PUT|DELETE) (\/\S*|https?:\/\/\S+)$/.exec(route);
            if (!match)
                throw new Error(`bad route ${route}`);
            const [, method = "GET", template = "/"] = match;
            const used = new Set();
            const path = template.replace(/\{(\w+)\}/g, (_, name) => {
                used.add(name);
                return encodeURIComponent(String(params[name]));
            });
            const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !used.has(k)));
            const url = new URL(path.startsWith("/") ? base + path : path);
            let body;
            if (method === "GET") {
                for (const [k, v] of Object.entries(rest))
                    url.searchParams.set(k, String(v));
            }
            else if (method !== "DELETE" || Object.keys(rest).length > 0) {
                // A DELETE with nothing to say sends no body: GitHub's description gives most DELETEs none.
                body = JSON.stringify(rest);
            }
            const response = await fetch(url, {
                method,
                headers: {
                    accept: "application/vnd.github+json",
                    authorization: `Bearer ${options.token}`,
                    "content-type": "application/json",
                    "user-agent": options.userAgent,
                    "x-github-api-version": "2022-11-28",
                },
                ...(body === undefined ? {} : { body }),
            });
            const text = await response.text();
            let data;
            try {
                data = text === "" ? undefined : JSON.parse(text);
            }
            catch {
                // A proxy's HTML error page, say: report the status, not a JSON syntax error.
                if (response.status < 400)
                    throw new GitHubApiError(`${method} ${template}: the answer is not JSON`, response.status);
            }
            if (response.status >= 400) {
                const message = data?.message;
                throw new GitHubApiError(`${method} ${template}: ${response.status} ${typeof message === "string" ? message : response.statusText}`, response.status);
            }
            return { status: response.status, data };
        },
    };
    return client;
}
/** `owner/name` from a GitHub remote URL (https or ssh), or undefined for other remotes. */
function repoFromRemoteUrl(url) {
    const m = /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|git@[^:]+:|ssh:\/\/git@[^/]+\/)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : undefined;
}
/** `owner/name` as given on the command line or in GITHUB_REPOSITORY. */
function parseRepoSlug(slug) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(slug);
    if (!m?.[1] || !m[2])
        throw new src_errors/* UserError */.yo(`repository must look like "owner/name", got ${JSON.stringify(slug)}`);
    return { owner: m[1], repo: m[2] };
}

;// CONCATENATED MODULE: ./packages/promote/src/github-errors.ts
/**
 * GitHub's refusals on the publishing path, told as what the user must fix.
 * A pull request is opened after the branch was pushed, so a bad token, a
 * wrong repository or a repository setting that forbids Actions to open pull
 * requests must not end as a bug: each becomes one `UserError` (exit 2) that
 * names the repository and the permission, and says that the branch is kept
 * and a re-run finishes the job.
 */


/** GitHub's words when the repository does not let GITHUB_TOKEN open pull requests. */
const ACTIONS_MAY_NOT_OPEN_PRS = /not permitted to create or approve pull requests/i;
/**
 * Runs one step of talking to GitHub (`doing`, e.g. "open the pull request")
 * and turns an HTTP refusal or an unreachable server into a `UserError`.
 * `after` tells the user what already happened (e.g. the pushed branch).
 */
async function withGitHub(gh, doing, fn, after = "") {
    try {
        return await fn();
    }
    catch (err) {
        const explained = explainGitHubError(gh, doing, err);
        if (!explained)
            throw err;
        throw new src_errors/* UserError */.yo(after ? `${explained}. ${after}` : explained);
    }
}
/** The message for a GitHub failure, or undefined for errors that are bugs. */
function explainGitHubError(gh, doing, err) {
    const repo = `${gh.owner}/${gh.repo}`;
    const status = github_statusOf(err);
    const said = githubMessage(err);
    const head = `cannot ${doing} in ${repo}`;
    if (status === 401) {
        return `${head}: GitHub refused the token (401 ${said || "Bad credentials"}); give a valid token (GITHUB_TOKEN, or the action's token input) with pull-requests: write and contents: write on ${repo}`;
    }
    if (status === 403 && ACTIONS_MAY_NOT_OPEN_PRS.test(said)) {
        return `${head}: ${said.replace(/\.$/, "")} (403); allow it in ${repo} Settings > Actions > General > Workflow permissions ("Allow GitHub Actions to create and approve pull requests"), or use a GitHub App token with pull-requests: write`;
    }
    if (status === 403) {
        return `${head}: GitHub refused (403 ${said || "Forbidden"}); the token needs pull-requests: write (and contents: write) on ${repo}`;
    }
    if (status === 404) {
        return `${head}: GitHub answered 404 ${said || "Not Found"}; check that the repository ${repo} exists and that the token can see it (a fine-grained or App token must include ${repo}, with pull-requests: write)`;
    }
    if (status === 422)
        return `${head}: GitHub refused the request (422 ${said})`;
    if (status !== undefined && status >= 500) {
        return `${head}: GitHub answered ${status} ${said}; try again later`;
    }
    if (status === undefined && isNetworkError(err)) {
        return `${head}: the GitHub API is unreachable (${(0,src_errors/* messageOf */.bD)(err)}); check GITHUB_API_URL and the network`;
    }
    return undefined;
}
/** GitHub's own `message`, from Octokit's RequestError (`response.data.message`) or our `GitHubApiError` text. */
function githubMessage(err) {
    const data = err?.response?.data;
    if (typeof data?.message === "string")
        return data.message;
    // fetchClient's message is "METHOD /route: STATUS message".
    const m = /^\S+ \S+: \d{3} (.*)$/s.exec((0,src_errors/* messageOf */.bD)(err));
    return (m?.[1] ?? (0,src_errors/* messageOf */.bD)(err)).trim();
}
function isNetworkError(err) {
    const cause = err?.cause;
    return ((err instanceof TypeError && /fetch failed/i.test(err.message)) ||
        (typeof cause?.code === "string" && /^E[A-Z]+/.test(cause.code)));
}

;// CONCATENATED MODULE: ./packages/promote/src/pull-request.ts
/**
 * Opens the promotion pull request, or brings the open one up to date:
 * title and body, the `promotion` and `env:<to>` labels, and reviews from
 * CODEOWNERS. A call is made only when something differs, so a re-run with
 * the same result changes nothing on GitHub.
 */


/** Creates or updates the promotion PR for `spec.branch` into `spec.base`. */
async function upsertPullRequest(gh, spec) {
    const repo = { owner: gh.owner, repo: gh.repo };
    const { data: open } = await gh.client.request("GET /repos/{owner}/{repo}/pulls", {
        ...repo,
        state: "open",
        head: `${gh.owner}:${spec.branch}`,
        base: spec.base,
    });
    let pull = open[0];
    let action = "unchanged";
    if (!pull) {
        const { data } = await gh.client.request("POST /repos/{owner}/{repo}/pulls", {
            ...repo,
            title: spec.title,
            head: spec.branch,
            base: spec.base,
            body: spec.body,
        });
        pull = data;
        action = "created";
    }
    else if (pull.title !== spec.title || (pull.body ?? "") !== spec.body) {
        await gh.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
            ...repo,
            pull_number: pull.number,
            title: spec.title,
            body: spec.body,
        });
        action = "updated";
    }
    const have = new Set(pull.labels.map((l) => l.name));
    const labels = spec.labels.filter((l) => !have.has(l));
    if (labels.length > 0) {
        await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
            ...repo,
            issue_number: pull.number,
            labels,
        });
        if (action === "unchanged")
            action = "updated";
    }
    const result = {
        number: pull.number,
        url: pull.html_url,
        action,
        requested: { reviewers: [], teamReviewers: [] },
        warnings: [],
    };
    if (action === "created" || spec.rerequest)
        await requestReviews(gh, pull, spec, result);
    return result;
}
async function requestReviews(gh, pull, spec, result) {
    const author = pull.user?.login.toLowerCase();
    const asked = new Set((pull.requested_reviewers ?? []).map((u) => u.login.toLowerCase()));
    const askedTeams = new Set((pull.requested_teams ?? []).map((t) => t.slug.toLowerCase()));
    const reviewers = spec.reviewers.filter((r) => r.toLowerCase() !== author && !asked.has(r.toLowerCase()));
    const teamReviewers = spec.teamReviewers.filter((t) => !askedTeams.has(t.toLowerCase()));
    if (reviewers.length === 0 && teamReviewers.length === 0)
        return;
    try {
        await gh.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: pull.number,
            ...(reviewers.length > 0 ? { reviewers } : {}),
            ...(teamReviewers.length > 0 ? { team_reviewers: teamReviewers } : {}),
        });
        result.requested = { reviewers, teamReviewers };
    }
    catch (err) {
        // An owner who is not a collaborator (or a team the token cannot see) must not sink the PR.
        if (github_statusOf(err) !== 422)
            throw err;
        result.warnings.push(`GitHub refused the review request (${(0,src_errors/* messageOf */.bD)(err)}); request reviews by hand`);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/lifecycle.ts
/**
 * What happens to promotion and bump pull requests over time, beyond opening
 * one: a newer PR closes the open ones it covers (with a comment linking it),
 * a PR whose change is already on the base is closed, and auto-merge is
 * switched on when the config asks. PRs are recognised by a hidden scope
 * marker in their body, not by branch names, which cannot tell `a-b` the
 * service from `a` and `b`.
 */





/** A PR as `promote --json` and `bump --json` print it. */
function pullRequestJson(pr) {
    return {
        number: pr.number,
        url: pr.url,
        action: pr.action,
        superseded: pr.superseded,
        ...(pr.autoMerge ? { autoMerge: pr.autoMerge } : {}),
    };
}
const lifecycle_MARKER = "<!-- gitops-actions:scope ";
/** The hidden line that records a PR's scope in its body. */
function scopeMarker(scope) {
    const json = JSON.stringify({
        kind: scope.kind,
        envs: [...scope.envs].sort(),
        services: [...scope.services].sort(),
    });
    return `${lifecycle_MARKER}${json} -->`;
}
/** The scope recorded in a PR body, or undefined for PRs we did not write. */
function scopeOf(body) {
    const at = body?.lastIndexOf(lifecycle_MARKER) ?? -1;
    if (!body || at < 0)
        return undefined;
    const end = body.indexOf(" -->", at);
    try {
        const v = JSON.parse(body.slice(at + lifecycle_MARKER.length, end));
        if ((v.kind !== "promote" && v.kind !== "bump") || !Array.isArray(v.envs) || !Array.isArray(v.services))
            return undefined;
        return { kind: v.kind, envs: v.envs.map(String), services: v.services.map(String) };
    }
    catch {
        return undefined;
    }
}
/** True when `newer` covers every env and service of `older`, of the same kind. */
function covers(newer, older) {
    return (newer.kind === older.kind &&
        older.envs.every((e) => newer.envs.includes(e)) &&
        older.services.every((s) => newer.services.includes(s)));
}
/**
 * Opens or updates the PR for `options.spec.branch`, closes the older open
 * PRs it covers, and enables auto-merge when asked. Every GitHub failure is a
 * `UserError` naming the repository and what the token needs.
 */
async function openPullRequest(gh, options) {
    const { spec, scope } = options;
    const body = `${spec.body.trimEnd()}\n\n${scopeMarker(scope)}\n`;
    const pr = await withGitHub(gh, `open the pull request for ${spec.branch}`, () => upsertPullRequest(gh, { ...spec, body }), options.after);
    const result = { ...pr, superseded: [] };
    const open = await withGitHub(gh, "list the open pull requests", () => github_listAll(gh, "GET /repos/{owner}/{repo}/pulls", { state: "open", base: spec.base }), options.after);
    for (const older of open) {
        const theirs = scopeOf(older.body);
        if (older.number === pr.number || older.head.ref === spec.branch || !theirs || !covers(scope, theirs))
            continue;
        await closePull(gh, older.number, `Superseded by #${pr.number} (${pr.url}), a newer ${label(scope)}.`);
        result.superseded.push(older.number);
    }
    if (options.autoMerge) {
        const mine = open.find((p) => p.number === pr.number) ?? (await getPull(gh, pr.number));
        const problem = await enableAutoMerge(gh, mine.node_id, options.autoMerge);
        if (problem)
            result.warnings.push(problem);
        else
            result.autoMerge = options.autoMerge;
    }
    return result;
}
/**
 * Closes the open PR of `branch` into `base` (its change is already there or
 * nothing is left to move), with a comment saying why. Returns its number.
 */
async function closeEmptyPullRequest(gh, branch, base, why) {
    return withGitHub(gh, `close the pull request for ${branch}`, async () => {
        const { data } = await gh.client.request("GET /repos/{owner}/{repo}/pulls", {
            owner: gh.owner,
            repo: gh.repo,
            state: "open",
            head: `${gh.owner}:${branch}`,
            base,
        });
        const pull = data[0];
        if (!pull)
            return undefined;
        await closePull(gh, pull.number, `Closed: ${why}`);
        return pull.number;
    });
}
function label(scope) {
    return scope.kind === "bump" ? "bump" : "promotion";
}
async function closePull(gh, number, comment) {
    await withGitHub(gh, `close pull request #${number}`, async () => {
        await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            body: comment,
        });
        await gh.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
            state: "closed",
        });
    });
}
async function getPull(gh, number) {
    return withGitHub(gh, `read pull request #${number}`, async () => {
        const { data } = await gh.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
        });
        return data;
    });
}
// Not `$method`: Octokit's graphql refuses "method" (and "query", "url") as variable names.
const ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { mergeMethod } }
  }
}`;
/**
 * Auto-merge exists only in GitHub's GraphQL API. A refusal (the repository
 * does not allow auto-merge, the PR is already mergeable) is returned as a
 * warning: the PR is open and reviewable either way.
 */
async function enableAutoMerge(gh, nodeId, method) {
    const what = `auto-merge was not enabled on ${gh.owner}/${gh.repo}`;
    const variables = { pullRequestId: nodeId, mergeMethod: method.toUpperCase() };
    try {
        // The client's graphql knows where GraphQL is (GHES: /api/graphql); a bare client is github.com's.
        await (gh.client.graphql
            ? gh.client.graphql(ENABLE_AUTO_MERGE, variables)
            : gh.client
                .request("POST /graphql", { query: ENABLE_AUTO_MERGE, variables })
                .then((r) => graphqlData(r.data)));
        return undefined;
    }
    catch (err) {
        const refused = graphqlErrors(err);
        if (refused)
            return `${what}: ${refused.join("; ")}`;
        const status = github_statusOf(err);
        return `${what}: ${status ? `${status} ` : ""}${(0,src_errors/* messageOf */.bD)(err)} (allow auto-merge in the repository settings; the token needs pull-requests: write)`;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/promote/src/tree-write.ts
/**
 * Git objects for a promotion commit: the parent's tree with the promoted
 * files replaced, written through a throw-away index so the user's index
 * and working tree are never touched.
 */



/** True when `commit` already has every file with the promoted content. */
async function holdsFiles(options, commit, files) {
    for (const f of files) {
        const path = options.prefix + f.path;
        const have = await options.git.run([
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            `${commit}:${path}`,
        ]);
        const want = await options.git.ok(["hash-object", "--stdin", `--path=${path}`], `cannot hash ${f.path}`, {
            input: f.after,
        });
        if (have.code !== 0 || have.stdout.trim() !== want.trim())
            return false;
    }
    return true;
}
/** The tree of `parent` with `files` replaced, written through a throw-away index. */
async function writeTree(options, parent, files) {
    const { git, prefix } = options;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-promote-index-"));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, "index") };
    try {
        await git.ok(["read-tree", "--end-of-options", parent], "cannot read the base tree", { env });
        for (const f of files) {
            const path = prefix + f.path;
            const blob = (await git.ok(["hash-object", "-w", "--stdin", `--path=${path}`], `cannot store ${f.path}`, {
                input: f.after,
            })).trim();
            const listed = await git.ok(["ls-tree", "--end-of-options", parent, "--", path], `cannot read ${f.path}`);
            const mode = /^(100644|100755) /.exec(listed)?.[1] ?? "100644";
            await git.ok(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`], `cannot stage ${f.path}`, {
                env,
            });
        }
        return (await git.ok(["write-tree"], "cannot write the promotion tree", { env })).trim();
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/publish.ts
/**
 * Puts a promotion on its branch without touching the checkout: the commit
 * is built from a temporary index (read-tree, hash-object, write-tree,
 * commit-tree) and the branch moved with a compare-and-swap, so the user's
 * working tree and current branch stay as they are.
 *
 * Re-runs are idempotent: when the branch already holds the promoted files
 * there is no new commit. Otherwise the commit goes on the base, or on the
 * branch when it carries commits to keep (see `chooseParent`). A push is
 * always `--force-with-lease` against the tip we saw, so a run that lost a
 * race is rejected, fetches, rebuilds on the new tip and tries again, a
 * bounded number of times.
 *
 * Nothing lost: the local branch only ever moves to a commit that contains
 * everything it held, apart from earlier commits of our own that the new one
 * replaces. Commits added there by hand and never pushed stop the run (exit 2)
 * before anything is pushed, naming them.
 */



/** Pushes tried before giving up on a branch that keeps moving. */
const MAX_PUSH_ATTEMPTS = 4;
/** Promotion commits carry this trailer (report.ts). */
const isPromotionCommit = (message) => /^Promoted-From: \S+@[0-9a-f]{40}$/m.test(message);
/** Commits (and pushes) the promotion on `options.branch`. */
async function publish(options) {
    const { git, branch } = options;
    const ref = `refs/heads/${branch}`;
    for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
        const tip = options.push ? await fetchBranch(options) : await revParse(git, ref);
        const parent = await chooseParent(git, options.headSha, tip, options.isOwn ?? isPromotionCommit);
        const built = await options.build(parent);
        if (tip && (await holdsFiles(options, tip, built.files))) {
            await guardLocalBranch(options, tip, tip);
            await git.ok(["update-ref", ref, tip], `cannot set the local branch ${branch}`);
            return { commit: tip, created: false, pushed: false, attempts: attempt };
        }
        const tree = await writeTree(options, parent, built.files);
        const commit = (options.push ? await unpushedTwin(git, ref, tip, parent, tree) : undefined) ??
            (await git.ok(["commit-tree", tree, "-p", parent, "-F", "-"], "cannot create the promotion commit", {
                input: built.message,
            })).trim();
        if (!options.push) {
            await git.ok(["update-ref", ref, commit, tip ?? ""], `cannot move the branch ${branch}`);
            return { commit, created: true, pushed: false, attempts: attempt };
        }
        const local = await guardLocalBranch(options, commit, tip);
        const r = await git.run([
            "push",
            "--porcelain",
            `--force-with-lease=${ref}:${tip ?? ""}`,
            "--end-of-options",
            options.remote,
            `${commit}:${ref}`,
        ], { auth: options.remoteUrl ?? true });
        if (r.code === 0) {
            // Compare-and-swap against the tip just checked: a commit made meanwhile is not overwritten.
            await git.ok(["update-ref", ref, commit, local ?? ""], `cannot set the local branch ${branch}`);
            return { commit, created: true, pushed: true, attempts: attempt };
        }
        const refused = refusals(r.stdout);
        if (!refused.some(lostRace)) {
            // Nothing local has moved yet (the branch is set only after a push lands), so a re-run is safe.
            const status = refused.length > 0 ? ` (${refused.join("; ")})` : "";
            throw new src_errors/* UserError */.yo(`cannot push ${branch} to ${options.remote}${status}: ${gitReason(r)}. Nothing was changed locally; run the promotion again once the remote accepts the push.`);
        }
    }
    throw new src_errors/* UserError */.yo(`${branch} on ${options.remote} kept moving while promoting; gave up after ${MAX_PUSH_ATTEMPTS} attempts. Run the promotion again.`);
}
/**
 * The reasons `git push --porcelain` gives for refs it did not update: its
 * status lines, "!<TAB>src:dst<TAB>[rejected] (stale info)". Only these are
 * git's own words; "remote:" lines are free text from the server's hooks.
 */
function refusals(stdout) {
    return stdout
        .split("\n")
        .filter((line) => line.startsWith("!\t"))
        .map((line) => line.split("\t").slice(2).join(" ").trim());
}
/**
 * Refusals that mean someone else moved the branch first: our lease was
 * stale or the push was not a fast-forward ("[rejected]"), or another push won
 * the ref lock on the server. Anything else (a protected branch, a hook, no
 * access) is not ours to retry.
 */
function lostRace(refusal) {
    return /^\[rejected\]|^\[remote rejected\] \((cannot lock ref|failed to update ref|incorrect old value)/i.test(refusal);
}
/**
 * The local branch's commit when it is exactly the one we would make (same
 * parent, same tree) but the remote does not have it yet: left by `--commit`
 * or by a run that stopped before its push. Pushing it rather than a fresh
 * twin keeps the commit the user may have reviewed.
 */
async function unpushedTwin(git, ref, remoteTip, parent, tree) {
    const local = await revParse(git, ref);
    if (!local || local === remoteTip)
        return undefined;
    const r = await git.run(["log", "-1", "--format=%T %P", "--end-of-options", local]);
    return r.code === 0 && r.stdout.trim() === `${tree} ${parent}` ? local : undefined;
}
/** The branch's commit on the remote after fetching it, or undefined when the remote has no such branch. */
async function fetchBranch(options) {
    const { git, remote, branch } = options;
    const tracking = `refs/remotes/${remote}/${branch}`;
    const r = await git.run(["fetch", "--quiet", "--no-tags", "--end-of-options", remote, `+refs/heads/${branch}:${tracking}`], { auth: options.remoteUrl ?? true });
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        throw new src_errors/* UserError */.yo(`cannot fetch ${branch} from ${remote}: ${gitReason(r)}`);
    }
    return revParse(git, tracking);
}
async function revParse(git, ref) {
    const r = await git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/**
 * What to build on: the base when the branch is merged, absent, or holds
 * only earlier commits of our own (rebuilt fresh, so the PR stays one
 * up-to-date commit and a newer bump replaces the older one); the branch tip
 * when it carries commits someone else added, which must not be thrown away.
 */
async function chooseParent(git, head, tip, isOwn) {
    if (!tip || (await isAncestor(git, tip, head)))
        return head;
    // Ahead of the base or not, a branch of only our own commits is rebuilt: one fresh commit on HEAD.
    const onlyOurs = (await commitsIn(git, tip, [head])).every((c) => isOwn(c.message));
    return onlyOurs ? head : tip;
}
/** The commits reachable from `from` but from none of `not`, newest first. */
async function commitsIn(git, from, not) {
    const log = await git.ok(["log", "--format=%x01%H%x00%B", "--end-of-options", from, ...not.map((c) => `^${c}`)], "cannot read the branch's history");
    return log
        .split("\x01")
        .slice(1)
        .map((entry) => {
        const [sha = "", message = ""] = entry.split("\0");
        return { sha, message };
    });
}
/**
 * Refuses (exit 2) to move the local branch to `target` when that would drop
 * commits made there by hand: commits on it that neither `target` nor the
 * remote's tip holds and that this tool did not write. Returns the local
 * branch's commit, for a compare-and-swap when it is moved.
 */
async function guardLocalBranch(options, target, remoteTip) {
    const { git, branch } = options;
    const local = await revParse(git, `refs/heads/${branch}`);
    if (!local || local === target)
        return local;
    const isOwn = options.isOwn ?? isPromotionCommit;
    const lost = (await commitsIn(git, local, remoteTip ? [target, remoteTip] : [target])).filter((c) => !isOwn(c.message));
    if (lost.length === 0)
        return local;
    const named = lost
        .slice(0, 5)
        .map((c) => `${c.sha.slice(0, 12)} "${c.message.split("\n", 1)[0] ?? ""}"`)
        .join(", ");
    const more = lost.length > 5 ? ` and ${lost.length - 5} more` : "";
    throw new src_errors/* UserError */.yo(`the local branch ${branch} has ${lost.length} commit(s) that ${options.remote} does not have and this run would drop: ${named}${more}. ` +
        `Nothing was pushed. Push them (git push ${options.remote} ${branch}) to keep them on the pull request, or drop them (git branch -D ${branch}), then run again.`);
}
async function isAncestor(git, ancestor, commit) {
    const r = await git.run(["merge-base", "--is-ancestor", "--end-of-options", ancestor, commit]);
    return r.code === 0;
}

;// CONCATENATED MODULE: ./packages/promote/src/bump-body.ts
/**
 * The parts of a bump PR's body that say where the image comes from: the
 * source repository, commit and workflow run, and the source commits since
 * the image deployed now. That image's source commit is read from the
 * `Source-Commit:` trailer of the last bump of the service in the env, so the
 * range needs no registry and no tag convention.
 */


/** Commits listed in the body at most; the compare link has them all. */
const MAX_LISTED = 30;
/** Bumps read back from the env's history to find the last one with trailers. */
const HISTORY = 50;
/** The source commit of the image deployed now in `options.env`, when a bump recorded it. */
async function deployedSource(checkout, options, files) {
    const r = await checkout.git.run([
        "log",
        `-${HISTORY}`,
        "--format=%x01%B",
        "--end-of-options",
        checkout.headSha,
        "--",
        ...files.map((f) => `${checkout.prefix}${f}`),
    ]);
    if (r.code !== 0)
        return undefined;
    const title = `bump ${options.service} in ${options.env} to `;
    for (const message of r.stdout.split("\x01").slice(1)) {
        if (!message.startsWith(title))
            continue;
        const commit = /^Source-Commit: ([0-9a-f]{7,40})$/m.exec(message)?.[1];
        const repository = /^Source-Repository: (\S+)$/m.exec(message)?.[1];
        if (!commit)
            continue;
        if (options.sourceRepository && repository && repository !== options.sourceRepository)
            continue;
        return { commit, ...(repository ? { repository } : {}) };
    }
    return undefined;
}
/** `Source: [owner/name@sha](link) · [workflow run](url)`. */
function sourceLine(options, runUrl, serverUrl = "https://github.com") {
    const run = runUrl ? ` · built by [this workflow run](${runUrl})` : "";
    const repo = options.sourceRepository;
    const sha = options.sourceCommit;
    if (!repo && !sha)
        return `Source: not recorded (no source repository or commit was given)${run}.`;
    const server = serverUrl.replace(/\/+$/, "");
    const what = `${repo ?? "(repository not given)"}@${sha ? sha.slice(0, 12) : "(commit not given)"}`;
    const link = repo && sha ? `[${what}](${server}/${repo}/commit/${sha})` : `\`${what}\``;
    return `Source: ${link} (trailers \`Source-Repository\`, \`Source-Commit\`)${run}.`;
}
/**
 * The source commits between the deployed image's commit and the new one, or
 * a line saying why they are not shown. Undefined when there is nothing to
 * compare (no source commit, or no earlier bump recorded one).
 */
async function compareSection(gh, options, deployed, serverUrl = "https://github.com") {
    const head = options.sourceCommit;
    if (!gh || !head || !deployed || deployed.commit === head)
        return undefined;
    const range = `${deployed.commit.slice(0, 12)}...${head.slice(0, 12)}`;
    const heading = `#### Source changes since the image deployed now (\`${range}\`)`;
    let data;
    try {
        const r = await gh.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
            owner: gh.owner,
            repo: gh.repo,
            basehead: `${deployed.commit}...${head}`,
            per_page: MAX_LISTED,
        });
        data = r.data;
    }
    catch (err) {
        // The token may not read the service repository: the PR is still worth opening.
        const status = github_statusOf(err);
        const link = `${serverUrl.replace(/\/+$/, "")}/${gh.owner}/${gh.repo}/compare/${deployed.commit}...${head}`;
        return `${heading}\n\nNot listed: GitHub answered ${status ?? (0,src_errors/* messageOf */.bD)(err)} for ${gh.owner}/${gh.repo} (the token needs contents: read there). [Compare on GitHub](${link}).`;
    }
    const lines = data.commits.map((c) => {
        const subject = c.commit.message.split("\n", 1)[0] ?? "";
        const author = c.commit.author?.name ? ` (${c.commit.author.name})` : "";
        return `- [\`${c.sha.slice(0, 7)}\`](${c.html_url}) ${subject.replace(/[<>]/g, "")}${author}`;
    });
    const more = data.total_commits > lines.length ? `\n- …and ${data.total_commits - lines.length} more` : "";
    return `${heading}\n\n[${data.total_commits} commit(s)](${data.html_url}):\n\n${lines.join("\n")}${more}`;
}

;// CONCATENATED MODULE: ./packages/promote/src/report.ts
/** `Promote cms, web to prod`. */
function promotionTitle(request) {
    return `Promote ${request.services.join(", ")} to ${request.to}`;
}
/** `promote/prod/cms-web`: one branch per target env and set of services, so a re-run finds it again. */
function promotionBranch(request) {
    return `promote/${request.to}/${request.services.join("-")}`;
}
/** The trailer that ties the commit to the validated source commit. */
function trailer(request, sourceSha) {
    return `Promoted-From: ${request.from}@${sourceSha}`;
}
/** Reads the source commit back from a commit message's trailer. */
function sourceFromMessage(message, from) {
    const m = new RegExp(`^Promoted-From: ${from.replace(/[.]/g, "\\.")}@([0-9a-f]{40})$`, "m").exec(message);
    return m?.[1];
}
/** Commit message: the title, one line per change, and the trailer. */
function commitMessage(request, changes, sourceSha) {
    const lines = changes.map((c) => `- ${c.service}: ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`);
    return `${promotionTitle(request)}\n\n${lines.join("\n")}\n\n${trailer(request, sourceSha)}\n`;
}
/** A value in a table cell: code, with `|` and line breaks made harmless. */
function cell(value) {
    if (value === null)
        return "_(unset)_";
    const flat = value.replace(/\r?\n/g, " ⏎ ");
    const cut = flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
    return `\`${cut.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}
/** Column heads of a change table: the target's value before, and the value promoted from the source. */
function changeHeads(request) {
    return [`${request.to} (before)`, `${request.from} (promoted)`];
}
/**
 * The one line for a run that changed nothing. "Nothing to promote" only when every promotable
 * field already matches; a field with no place in the target is said to be left behind.
 */
function nothingLine(request, unplaced) {
    const services = request.services.join(", ");
    if (unplaced.length === 0) {
        return `nothing to promote: ${request.to} already has what ${request.from} has for ${services}`;
    }
    return `nothing promoted: ${unplaced.length} promotable field(s) of ${request.from} differ but have no place in ${request.to} for ${services} (listed above)`;
}
/** Rows of the "not promoted" lists: promotable fields with no place in the target. */
function unplacedRows(unplaced) {
    return unplaced.map((u) => [u.service, u.file, u.field, u.value]);
}
/** Rows of the drift list: fields that differ and are not promoted. */
function driftRows(drift) {
    return drift.items.map((d) => [d.service, d.file, d.field, d.source ?? "(unset)", d.target ?? "(unset)"]);
}
/** The change table in markdown. */
function changesTable(request, changes) {
    const rows = changes.map((c) => `| ${c.service} | ${cell(c.file)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} |`);
    return [
        `| Service | File | Field | ${changeHeads(request).join(" | ")} |`,
        "| --- | --- | --- | --- | --- |",
        ...rows,
    ].join("\n");
}
/** The drift section: folded, since it is for information only. */
function driftSection(request, drift) {
    const count = drift.items.length + drift.omitted;
    if (count === 0)
        return `No other differences between the ${request.from} and ${request.to} overlays.`;
    const rows = drift.items.map((d) => `| ${d.service} | ${cell(d.file)} | ${cell(d.field)} | ${cell(d.source)} | ${cell(d.target)} |`);
    const more = drift.omitted > 0 ? `\n\n…and ${drift.omitted} more.` : "";
    return [
        `<details><summary>Drift: ${count} field(s) differ between ${request.from} and ${request.to} and are not promoted (information only)</summary>`,
        "",
        `| Service | File | Field | ${request.from} | ${request.to} |`,
        "| --- | --- | --- | --- | --- |",
        ...rows,
        more,
        "</details>",
    ].join("\n");
}
/** The pull request body. The first line is a hidden marker that says who wrote it. */
function pullRequestBody(request, changes, sourceSha, drift) {
    return [
        "<!-- gitops-actions:promotion -->",
        `Promotes **${request.services.join(", ")}** from \`${request.from}\` to \`${request.to}\`: only the promotable fields (image tags and digests, chart versions, configured values) move; everything else in the ${request.to} overlays stays as it is.`,
        "",
        changesTable(request, changes),
        "",
        `Source commit: \`${sourceSha}\` (trailer \`${trailer(request, sourceSha)}\`).`,
        "",
        driftSection(request, drift),
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./packages/promote/src/tree.ts
/**
 * Where promotion reads files from: the working tree, or a commit (when a
 * promotion is re-applied onto a branch that moved). Paths are relative to
 * the infra-gitops repo, with `/` separators.
 */



/** The checkout on disk. A file that resolves outside the repo (a symlink) is refused. */
function workTree(repo) {
    const realRepo = (0,external_node_fs_.realpathSync)(repo);
    return {
        read(path) {
            const full = (0,external_node_path_.join)(repo, path);
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(full);
            }
            catch {
                return Promise.resolve(undefined);
            }
            const rel = (0,external_node_path_.relative)(realRepo, real);
            if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`)) {
                throw new src_errors/* UserError */.yo(`${path}: resolves outside the repository; promotion will not read or write it`, path);
            }
            const st = (0,external_node_fs_.statSync)(real);
            if (!st.isFile())
                return Promise.resolve(undefined);
            checkSize(path, st.size);
            return Promise.resolve(decodeUtf8((0,external_node_fs_.readFileSync)(real), path));
        },
        list(dir) {
            const out = [];
            const walk = (rel, depth) => {
                if (depth > 8)
                    return;
                let entries;
                try {
                    entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, rel), { withFileTypes: true });
                }
                catch {
                    return;
                }
                for (const e of entries) {
                    if (e.name.startsWith("."))
                        continue;
                    const child = `${rel}/${e.name}`;
                    if (e.isDirectory())
                        walk(child, depth + 1);
                    else if (e.isFile())
                        out.push(child);
                }
            };
            walk(dir, 0);
            return Promise.resolve(out.sort());
        },
    };
}
/** The files of `commit`; `prefix` is the repo's folder inside the git work tree ("" at the top). */
function commitTree(git, commit, prefix) {
    return {
        async read(path) {
            const r = await git.run(["cat-file", "blob", `${commit}:${prefix}${path}`]);
            if (r.code !== 0)
                return undefined;
            checkSize(path, Buffer.byteLength(r.stdout));
            return r.stdout;
        },
        async list(dir) {
            const r = await git.run(["ls-tree", "-r", "--name-only", "-z", commit, "--", `${prefix}${dir}/`]);
            if (r.code !== 0)
                return [];
            return r.stdout
                .split("\0")
                .filter(Boolean)
                .map((p) => p.slice(prefix.length))
                .sort();
        },
    };
}
function checkSize(path, size) {
    if (size > DEFAULT_YAML_LIMITS.maxBytes) {
        throw new src_errors/* UserError */.yo(`${path}: ${size} bytes is more than promotion reads from one file`, path);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/bump-publish.ts







/** `bump/<env>/<service>`: one branch, so one PR, per env and service. */
function bumpBranch(env, service) {
    return `bump/${env}/${service}`;
}
/** Commits this tool wrote on a bump branch (replaced by a newer bump, never kept as someone's work). */
function isBumpCommit(env, service) {
    const title = `bump ${service} in ${env} to `;
    return (message) => message.startsWith(title);
}
/** Pushes the bump on its branch and, for `pr`, opens or updates its pull request. */
async function publishBump(args) {
    const { layout, options, checkout, plan, result } = args;
    const settings = options.publish ?? {};
    const { git, prefix, headSha } = checkout;
    const branch = bumpBranch(options.env, options.service);
    const remote = settings.remote ?? "origin";
    const base = settings.base ?? checkout.branch;
    const github = options.mode === "pr" ? settings.github : undefined;
    if (plan.set.changes.length === 0) {
        // The env already runs this image: an open bump PR has nothing left to merge.
        const closed = github
            ? await closeEmptyPullRequest(github, branch, base, `${options.service} in ${options.env} already runs ${plan.to} on ${base}.`)
            : undefined;
        return { ...result, branch, ...(closed !== undefined ? { closedPr: closed } : {}) };
    }
    const published = await publish({
        git,
        prefix,
        branch,
        headSha,
        push: true,
        remote,
        remoteUrl: await remoteUrl(git, remote),
        isOwn: isBumpCommit(options.env, options.service),
        build: async (parent) => {
            const again = parent === headSha ? plan : await args.replan(commitTree(git, parent, prefix));
            return { files: again.set.files(), message: args.message(again) };
        },
    });
    const out = {
        ...result,
        status: published.created ? "pushed" : "unchanged",
        branch,
        commit: published.commit,
        message: args.message(plan),
    };
    if (!github)
        return out;
    const tree = workTree(options.repo);
    const files = plan.set.files().map((f) => f.path);
    const reviews = reviewersFor(await loadCodeowners(tree), files);
    const autoMerge = settings.autoMerge ?? configMergeMethod(layout);
    out.pr = await openPullRequest(github, {
        spec: {
            branch,
            base,
            title: `Bump ${options.service} in ${options.env} to ${plan.version}`,
            body: await bumpBody(args, settings),
            labels: ["bump", `env:${options.env}`],
            reviewers: reviews.reviewers,
            teamReviewers: reviews.teamReviewers,
            rerequest: published.created,
        },
        scope: { kind: "bump", envs: [options.env], services: [options.service] },
        ...(autoMerge ? { autoMerge } : {}),
        after: `The branch ${branch} was pushed to ${remote} (${published.commit.slice(0, 12)}) and is kept; run the same bump again to open the pull request`,
    });
    return out;
}
async function bumpBody(args, settings) {
    const { options, plan, checkout } = args;
    const rows = plan.set.changes.map((c) => `| ${cell(c.file)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} |`);
    const deployed = await deployedSource(checkout, options, plan.set.changes.map((c) => c.file));
    const compare = await compareSection(settings.sourceGithub, options, deployed, settings.serverUrl);
    return [
        "<!-- gitops-actions:bump -->",
        `Bumps **${options.service}** in \`${options.env}\` to \`${plan.to}\`.`,
        "",
        "| File | Field | Before | After |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
        sourceLine(options, settings.runUrl, settings.serverUrl),
        ...(compare ? ["", compare] : []),
        "",
    ].join("\n");
}
function configMergeMethod(layout) {
    const v = layout.config.promote.autoMerge;
    return v === true ? "merge" : v === false ? undefined : v;
}

;// CONCATENATED MODULE: ./packages/promote/src/write.ts
/**
 * Writing promoted files into the working tree without leaving anything
 * half-written: every new file is written beside its target first, and
 * only when all are written are they renamed over the originals.
 */




/**
 * Writes `files` (paths relative to `repo`) through temporary files and renames.
 * A symlinked file is written through to the file it links to (as it was read),
 * so the link stays a link. A failure is a `UserError` naming the file; no
 * temporary file is left behind.
 */
function writeFilesAtomically(repo, files) {
    const staged = [];
    const removeStaged = () => {
        for (const [temp] of staged)
            (0,external_node_fs_.rmSync)(temp, { force: true });
    };
    // A fresh suffix per run: a temp file left by a killed run (same pid in a container) never blocks this one.
    const suffix = `${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
    for (const f of files) {
        try {
            const target = f.created ? newTarget(repo, f.path) : realTarget(repo, f.path);
            const temp = `${target}.gitops-promote-${suffix}.tmp`;
            staged.push([temp, target, f.path]);
            (0,external_node_fs_.writeFileSync)(temp, f.after, { flag: "wx" });
            if (!f.created)
                (0,external_node_fs_.chmodSync)(temp, (0,external_node_fs_.statSync)(target).mode & 0o777);
        }
        catch (err) {
            removeStaged();
            throw err instanceof src_errors/* UserError */.yo
                ? err
                : new src_errors/* UserError */.yo(`${f.path}: cannot write: ${(0,src_errors/* messageOf */.bD)(err)}`, f.path);
        }
    }
    for (const [i, [temp, target, path]] of staged.entries()) {
        try {
            (0,external_node_fs_.renameSync)(temp, target);
        }
        catch (err) {
            removeStaged();
            const done = staged.slice(0, i).map(([, , p]) => p);
            throw new src_errors/* UserError */.yo(`${path}: cannot write: ${(0,src_errors/* messageOf */.bD)(err)}` +
                (done.length ? `; already promoted: ${done.join(", ")} (git checkout -- them to undo)` : ""), path);
        }
    }
}
/** Where a new file goes: its folder must resolve inside the repo, and nothing may be there yet. */
function newTarget(repo, path) {
    const dir = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(repo, (0,external_node_path_.dirname)(path)));
    const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), dir);
    if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) || rel.startsWith(external_node_path_.sep)) {
        throw new src_errors/* UserError */.yo(`${path}: its folder resolves outside the repository; promote will not write there`, path);
    }
    const target = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(path));
    if ((0,external_node_fs_.existsSync)(target))
        throw new src_errors/* UserError */.yo(`${path}: appeared while promoting; run the promotion again`, path);
    return target;
}
/** The file to replace for `path`: itself, or what its symlink points at, which must be in the repo. */
function realTarget(repo, path) {
    const target = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(repo, path));
    const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), target);
    if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) || rel.startsWith(external_node_path_.sep)) {
        throw new src_errors/* UserError */.yo(`${path} is a symlink to a file outside the repository; promote will not write there`, path);
    }
    return target;
}

;// CONCATENATED MODULE: ./packages/promote/src/bump.ts
/**
 * `gitops bump`: set the image (or chart version) one service deploys in one
 * env to what its pipeline just built. It is promotion's write half with the
 * value given rather than copied: the same locator finds the fields, the same
 * changeset edits them in place (comments kept), and only that env's files
 * are written.
 */













/** Runs one bump. Bad input is a `UserError` (exit 2) before anything is written. */
async function bump(given) {
    const layout = await load_loadModel(given.repo);
    // No env given (the bump action's default): the first env of the promotion order.
    const options = { ...given, env: given.env || (layout.environments[0] ?? "") };
    checkTarget(layout, options.env, options.service);
    // After the cheap checks, before anything is read or written: a registry failure leaves all as it was.
    if (options.resolveDigest && "image" in options.target) {
        options.target = { image: await resolveDigest(options.target.image, options.resolveDigest) };
    }
    const checkout = options.mode === "commit" || options.mode === "push" || options.mode === "pr"
        ? await openCheckout(options.repo, options.git ?? {})
        : undefined;
    const { set, notes, to, version } = await planBump(layout, options, workTree(options.repo));
    const result = {
        status: "nothing",
        env: options.env,
        service: options.service,
        to,
        changes: set.changes,
        notes,
    };
    if (checkout && (options.mode === "push" || options.mode === "pr")) {
        return publishBump({
            layout,
            options,
            checkout,
            plan: { set, notes, to, version },
            result,
            replan: (tree) => planBump(layout, options, tree),
            message: (plan) => bumpMessage(options, plan.version, plan.set.changes),
        });
    }
    if (set.changes.length === 0)
        return result;
    const planned = set.files();
    if (options.mode === "dry-run") {
        return {
            ...result,
            status: "dry-run",
            diff: planned.map((f) => unifiedDiff(f.path, f.before, f.after)).join(""),
        };
    }
    writeFilesAtomically(options.repo, planned);
    if (!checkout)
        return { ...result, status: "edited" };
    const message = bumpMessage(options, version, set.changes);
    const paths = planned.map((f) => `${checkout.prefix}${f.path}`);
    await checkout.git.ok(["add", "--", ...paths], "cannot stage the bump");
    await checkout.git.ok(["commit", "--quiet", "--file=-", "--", ...paths], "cannot commit the bump", {
        input: message,
    });
    const commit = (await checkout.git.ok(["rev-parse", "HEAD"], "cannot read the new commit")).trim();
    return { ...result, status: "committed", commit, message };
}
/** Plans the bump reading the env's files from `tree` (the working tree, or a branch's commit). */
async function planBump(layout, options, tree) {
    const cache = new YamlCache(tree);
    const files = await locateFiles(cache, overlayOf(layout, options.service, options.env));
    const set = new Changeset();
    const notes = [];
    const { target } = options;
    if ("image" in target) {
        const sites = await imageSites(cache, files, rulesFor(layout, options.service));
        // Images written whole in the env's manifests and patches (version.yml) are bumped too.
        const refs = await referenceSites(cache, files);
        const placed = bumpReferences(set, options.service, refs, target.image);
        if (sites.some((s) => s.image === target.image.name)) {
            bumpImage(set, options, bump_pick(options, sites, target.image), target.image, notes);
        }
        else if (placed === 0) {
            // Throws, naming every image the env does deploy.
            const whole = refs.map((r) => ({ image: r.image, file: r.site.file }));
            bump_pick(options, [...sites, ...whole], target.image);
        }
        return { set, notes, to: formatImageRef(target.image), version: refVersion(target.image) };
    }
    const sites = await chartSites(cache, files);
    for (const site of pickChart(options, sites, target.chart)) {
        set.field(options.service, site.file, site.doc, site.path, site.key, bump_text(target.chartVersion));
    }
    return { set, notes, to: target.chartVersion, version: target.chartVersion };
}
/** Checks the env and service before anything is read: each mistake names the value and what is known. */
function checkTarget(layout, env, service) {
    if (!layout.environments.includes(env)) {
        throw new src_errors/* UserError */.yo(`unknown environment ${show(env)}; known: ${layout.environments.join(", ")}`);
    }
    if (!new RegExp(ID_PATTERN).test(service))
        throw new src_errors/* UserError */.yo(`service ${show(service)} is not a plain name`);
    const overlays = listOverlays(layout);
    const known = [...new Set(overlays.map((o) => o.service))].sort();
    if (!known.includes(service)) {
        throw new src_errors/* UserError */.yo(`unknown service ${show(service)}; known: ${known.join(", ") || "(none)"}`);
    }
    if (!overlays.some((o) => o.service === service && o.env === env)) {
        const envs = overlays.filter((o) => o.service === service).map((o) => o.env);
        throw new src_errors/* UserError */.yo(`service "${service}" has no ${env} overlay; it has: ${envs.join(", ")}`);
    }
}
/** The sites that deploy `ref`'s image; none is a `UserError` naming the images the service does deploy. */
function bump_pick(options, sites, ref) {
    const matching = sites.filter((s) => s.image === ref.name);
    if (matching.length > 0)
        return matching;
    const deployed = [...new Set(sites.map((s) => `${s.image} (${s.file.file})`))];
    throw new src_errors/* UserError */.yo(`${options.service} does not deploy image ${show(ref.name)} in ${options.env}; ` +
        (deployed.length > 0 ? `it deploys: ${deployed.join(", ")}` : "no image field was found in its files"));
}
/**
 * The field := the reference. Kustomize: newTag and digest both follow it (a field the
 * reference lacks is removed, so `name@digest` does not keep an old tag). Helm: the overlay's
 * tag falls back to the chart's default when removed, so a digest-only reference leaves it.
 */
function bumpImage(set, options, sites, ref, notes) {
    for (const site of sites) {
        const tag = ref.tag === undefined ? undefined : bump_text(ref.tag);
        if (tag || site.kind === "kustomize")
            set.field(options.service, site.file, site.doc ?? 0, site.path, site.tagKey, tag);
        else
            notes.push(`${site.file.file}: the reference has no tag; ${formatPath(site.path, site.tagKey)} is left as it is`);
        const digest = ref.digest === undefined ? undefined : bump_text(ref.digest);
        set.field(options.service, site.file, site.doc ?? 0, site.path, site.digestKey, digest);
    }
}
function pickChart(options, sites, chart) {
    const names = [...new Set(sites.map((s) => s.chart))].sort();
    if (names.length === 0) {
        throw new src_errors/* UserError */.yo(`${options.service} pins no chart version in ${options.env} (no Chart.yaml dependency, no chart-repository Application)`);
    }
    const matching = chart === undefined ? sites : sites.filter((s) => s.chart === chart);
    if (matching.length === 0 || (chart === undefined && names.length > 1)) {
        const what = chart === undefined ? "which chart to bump (name it with --chart)" : `chart ${show(chart)}`;
        throw new src_errors/* UserError */.yo(`${options.service} in ${options.env}: cannot tell ${what}; it pins: ${names.join(", ")}`);
    }
    return matching;
}
function bump_text(value) {
    return { text: value, isString: true };
}
/** `bump web in staging to 2.9.0`, the changed fields, and the source trailers. */
function bumpMessage(options, version, changes) {
    const lines = changes.map((c) => `- ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`);
    const trailers = [
        ...(options.sourceRepository ? [`Source-Repository: ${options.sourceRepository}`] : []),
        ...(options.sourceCommit ? [`Source-Commit: ${options.sourceCommit}`] : []),
        ...(options.sourceCommit && options.sourceCommitDate
            ? [`Source-Commit-Date: ${options.sourceCommitDate}`]
            : []),
    ];
    const tail = trailers.length > 0 ? `\n\n${trailers.join("\n")}` : "";
    return `bump ${options.service} in ${options.env} to ${version}\n\n${lines.join("\n")}${tail}\n`;
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops.ts
/**
 * ChatOps: a comment `/promote <service...> [to <env>] [--no-dr]` asks for a
 * promotion, as `gitops promote` would do it (a group alias fans out, DR envs come along). The comment is untrusted text: it is parsed here, token by
 * token, into plain names (never handed to a shell), and whoever wrote it
 * must have write access, and be in one of the env's teams when
 * `promote.teams` lists any.
 */




const chatops_idPattern = new RegExp(ID_PATTERN);
const COMMAND = /^\/promote(?:\s|$)/;
/** The one flag a comment may give; every other word must be a plain name. */
const NO_DR = "--no-dr";
/**
 * Reads the command from the comment's first line. Undefined when the
 * comment is not a `/promote` command at all; a `UserError` (shown to the
 * commenter) when it is one but malformed.
 */
function parsePromoteComment(body) {
    const first = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
    if (!COMMAND.test(first))
        return undefined;
    const words = first
        .slice("/promote".length)
        .split(/[\s,]+/)
        .filter(Boolean);
    const noDr = words.includes(NO_DR);
    if (noDr)
        words.splice(0, words.length, ...words.filter((w) => w !== NO_DR));
    let to;
    const toAt = words.indexOf("to");
    if (toAt !== -1) {
        if (toAt !== words.length - 2)
            throw new src_errors/* UserError */.yo('write the target env last: "/promote <service...> to <env> [--no-dr]"');
        to = words[toAt + 1];
        words.splice(toAt, 2);
    }
    if (words.length === 0)
        throw new src_errors/* UserError */.yo('name at least one service: "/promote <service...> [to <env>] [--no-dr]"');
    if (words.length > MAX_SERVICES)
        throw new src_errors/* UserError */.yo(`at most ${MAX_SERVICES} services per promotion`);
    for (const word of [...words, ...(to === undefined ? [] : [to])]) {
        if (!chatops_idPattern.test(word))
            throw new src_errors/* UserError */.yo(`${show(word)} is not a service or environment name`);
    }
    return {
        services: [...new Set(words)],
        ...(to === undefined ? {} : { to }),
        ...(noDr ? { noDr: true } : {}),
    };
}
/** The `issue_comment` payload at `path` (GITHUB_EVENT_PATH), checked field by field. */
function readCommentEvent(path, eventName) {
    if (eventName !== "issue_comment") {
        throw new src_errors/* UserError */.yo(`mode "chatops" runs on issue_comment events, but this run was triggered by "${eventName}"`);
    }
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, "utf8"));
    }
    catch (err) {
        throw new src_errors/* UserError */.yo(`cannot read the event payload ${path}: ${(0,src_errors/* messageOf */.bD)(err)}`, path);
    }
    const p = payload;
    const id = p.comment?.id;
    const number = p.issue?.number;
    const login = p.comment?.user?.login;
    if (typeof id !== "number" || typeof number !== "number" || typeof login !== "string") {
        throw new src_errors/* UserError */.yo(`the event payload ${path} is not an issue_comment event (no comment id, issue number or user)`, path);
    }
    return {
        action: typeof p.action === "string" ? p.action : "",
        commentId: id,
        body: typeof p.comment?.body === "string" ? p.comment.body : "",
        user: login,
        userType: typeof p.comment?.user?.type === "string" ? p.comment.user.type : "User",
        issueNumber: number,
    };
}
const WRITE_ROLES = new Set(["admin", "maintain", "write"]);
const ACTION_TEXT = {
    promote: { verb: "promote", into: "promote to" },
    sync: { verb: "sync", into: "sync in" },
    status: { verb: "ask for status", into: "ask for the status of" },
};
/**
 * Undefined when `user` may promote into `env` (or `action` it); otherwise the reason, as
 * shown to them. Write access comes from the collaborator permission API;
 * team membership (when `teams` is non-empty) from the org membership API,
 * which needs a token that can read the org's members.
 */
async function permissionProblem(gh, user, env, teams, action = "promote") {
    const text = ACTION_TEXT[action];
    let role;
    try {
        const { data } = await gh.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
            owner: gh.owner,
            repo: gh.repo,
            username: user,
        });
        const d = data;
        role = d.role_name ?? d.permission ?? "none";
    }
    catch (err) {
        if (github_statusOf(err) !== 404)
            throw err;
        role = "none";
    }
    if (!WRITE_ROLES.has(role))
        return `@${user} needs write access to ${gh.owner}/${gh.repo} to ${text.verb} (has: ${role})`;
    if (teams.length === 0)
        return undefined;
    for (const team of teams) {
        const [org = "", slug = ""] = team.replace(/^@/, "").split("/");
        try {
            const { data } = await gh.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
                org,
                team_slug: slug,
                username: user,
            });
            if (data.state === "active")
                return undefined;
        }
        catch (err) {
            const status = github_statusOf(err);
            if (status === 403) {
                return `cannot check team membership for ${env}: the token may not read the members of ${org} (it needs the org "members: read" permission)`;
            }
            if (status !== 404)
                throw err;
        }
    }
    return `@${user} is not in a team allowed to ${text.into} ${env} (${teams.join(", ")})`;
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-reply.ts
/** Posts the reply comment; returns its web URL. */
async function reply(thread, body) {
    return (await postReply(thread, body)).url;
}
/** Posts the reply comment; returns its id (to update it later, see `updateReply`) and web URL. */
async function postReply(thread, body) {
    const { data } = await thread.github.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: thread.github.owner,
        repo: thread.github.repo,
        issue_number: thread.event.issueNumber,
        body,
    });
    const d = data;
    return { id: d.id, url: d.html_url };
}
/** Replaces the body of an earlier reply: a long-running command answers once, then completes its answer. */
async function updateReply(thread, id, body) {
    await thread.github.client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner: thread.github.owner,
        repo: thread.github.repo,
        comment_id: id,
        body,
    });
}
async function react(thread, content) {
    await thread.github.client.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        owner: thread.github.owner,
        repo: thread.github.repo,
        comment_id: thread.event.commentId,
        content,
    });
}
/**
 * Text for a reply with its @-mentions defused (a zero-width space after the
 * `@`): a reason may quote the comment or name teams, and the reply must not
 * notify whoever those name. The commenter is mentioned on purpose, in front.
 */
function quiet(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200b");
}

;// CONCATENATED MODULE: ./packages/argocd/src/problems.ts
/**
 * The messages of a refusing or unreachable Argo CD. Each names the server (and the
 * Application where there is one) and never the token: they end up in CI logs.
 */

/** The RBAC lines a CI token needs, as written in argocd-rbac-cm `policy.csv` or an AppProject role. */
function rbacRules(project = "<project>", role = "role:ci") {
    return [
        `p, ${role}, applications, get, ${project}/*, allow`,
        `p, ${role}, applications, sync, ${project}/*, allow`,
    ];
}
function refusedToken(server, detail) {
    return new src_errors/* UserError */.yo(`Argo CD at ${server} refused the token in ARGOCD_AUTH_TOKEN (401${detail ? `: ${detail}` : ""}); ` +
        `generate a new one with "argocd account generate-token --account <ci-account>"`);
}
/**
 * Argo CD answers "permission denied" for an Application that does not exist as well as for one
 * the token may not see, so the message says both and gives the rule that would grant access.
 */
function permissionDenied(server, subject) {
    const [get, sync] = rbacRules(subject.project);
    const del = `p, role:ci, applications, delete, ${subject.project ?? "<project>"}/*, allow`;
    const needs = subject.action === "sync"
        ? `"${get}" and "${sync}"`
        : subject.action === "delete"
            ? `"${get}" and "${del}"`
            : `"${get}" (and "${sync}" to sync)`;
    return new src_errors/* UserError */.yo(`Argo CD at ${server} answered "permission denied" for Application "${subject.app}": it does not exist, ` +
        `or the token may not ${subject.action} it (Argo CD answers both alike). A CI token needs ${needs} ` +
        `in argocd-rbac-cm policy.csv or an AppProject role; "applications, override" is not needed ` +
        `(it only adds syncing local manifests or overridden parameters, which gitops never does)`);
}
function unreachable(server, reason, attempts) {
    return new src_errors/* UserError */.yo(`Argo CD at ${server} is unreachable: ${reason} (${attempts} attempt${attempts === 1 ? "" : "s"})`);
}
function serverFailed(server, status, detail, attempts) {
    return new src_errors/* UserError */.yo(`Argo CD at ${server} failed with ${status}${detail ? `: ${detail}` : ""} (${attempts} attempt${attempts === 1 ? "" : "s"})`);
}
/** A network error in a few words: fetch hides the useful part in `cause`. */
function networkReason(err, timeoutMs) {
    if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
        return `no answer within ${formatMs(timeoutMs)}`;
    }
    const cause = err?.cause;
    if (cause?.code === "ECONNREFUSED")
        return "connection refused";
    if (cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN")
        return "host not found";
    if (cause?.code)
        return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
    return err instanceof Error ? err.message : String(err);
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/client.ts
/**
 * A typed client for the parts of Argo CD's REST API the suite uses, on Node's own fetch.
 * Every call has a timeout; GETs are retried with backoff on 5xx, 429 and network errors.
 * The token is sent as `Authorization: Bearer` and scrubbed from every message we build.
 */


class ArgoClient {
    options;
    timeoutMs;
    retries;
    backoffMs;
    fetchImpl;
    constructor(options) {
        this.options = options;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = options.retries ?? 3;
        this.backoffMs = options.backoffMs ?? 250;
        this.fetchImpl = options.fetch ?? fetch;
    }
    /** The server as messages name it. */
    get server() {
        return this.options.baseUrl;
    }
    /** Every Application the token may get (Argo CD leaves the others out rather than refusing). */
    async listApplications(options = {}) {
        const list = await this.call("GET", "/api/v1/applications", {
            projects: options.projects?.length ? options.projects : undefined,
            appNamespace: options.appNamespace || undefined,
            repo: options.repo,
            selector: options.selector || undefined,
            fields: options.fields?.join(","),
        });
        return list.items ?? [];
    }
    async getApplication(name, options = {}) {
        const subject = {
            app: name,
            action: "get",
            ...(options.project ? { project: options.project } : {}),
        };
        return this.call("GET", `/api/v1/applications/${encodeURIComponent(name)}`, { appNamespace: options.appNamespace || undefined, fields: options.fields?.join(",") }, undefined, subject);
    }
    /**
     * The Kubernetes events Argo CD recorded about the Application itself (sync results, sync and
     * health transitions). Events expire (the API server keeps them an hour by default), so this is
     * recent history only.
     */
    async listApplicationEvents(name, options = {}) {
        const subject = {
            app: name,
            action: "get",
            ...(options.project ? { project: options.project } : {}),
        };
        const list = await this.call("GET", `/api/v1/applications/${encodeURIComponent(name)}/events`, { appNamespace: options.appNamespace || undefined, project: options.project || undefined }, undefined, subject);
        return list.items ?? [];
    }
    /**
     * Deletes the Application (`ApplicationService_Delete`). With `cascade` (Argo CD's default) its
     * resources are deleted too, foreground: the Application goes once they are gone.
     */
    async deleteApplication(name, options = {}) {
        const subject = {
            app: name,
            action: "delete",
            ...(options.project ? { project: options.project } : {}),
        };
        await this.call("DELETE", `/api/v1/applications/${encodeURIComponent(name)}`, {
            cascade: String(options.cascade ?? true),
            propagationPolicy: "foreground",
            appNamespace: options.appNamespace || undefined,
            project: options.project || undefined,
        }, undefined, subject);
    }
    /**
     * Starts a sync of the Application to its own target revision. There is deliberately no
     * revision parameter: a revision from a user would deploy what review never saw.
     */
    async syncApplication(request) {
        const subject = {
            app: request.name,
            action: "sync",
            ...(request.project ? { project: request.project } : {}),
        };
        return this.call("POST", `/api/v1/applications/${encodeURIComponent(request.name)}/sync`, {}, request, subject);
    }
    async call(method, path, query, body, subject) {
        const url = new URL(this.options.baseUrl + path);
        for (const [key, value] of Object.entries(query)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
                url.searchParams.append(key, v);
        }
        // A sync that reached the server may have started; only a refused connection is safe to repeat.
        const idempotent = method === "GET";
        const attempts = this.retries + 1;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.fetchImpl(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${this.options.token}`,
                        accept: "application/json",
                        ...(body === undefined ? {} : { "content-type": "application/json" }),
                    },
                    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                    signal: AbortSignal.timeout(this.timeoutMs),
                });
            }
            catch (err) {
                const reason = networkReason(err, this.timeoutMs);
                if (attempt < attempts && (idempotent || reason === "connection refused")) {
                    await this.wait(attempt);
                    continue;
                }
                throw this.scrub(unreachable(this.server, reason, attempt));
            }
            const text = await readText(res, this.timeoutMs);
            if (res.ok)
                return this.parse(text, res.status);
            const detail = errorMessage(text);
            if (res.status >= 500 || res.status === 429) {
                if (attempt < attempts && (idempotent || res.status === 503)) {
                    await this.wait(attempt);
                    continue;
                }
                throw this.scrub(serverFailed(this.server, res.status, detail, attempt));
            }
            if (res.status === 401)
                throw this.scrub(refusedToken(this.server, detail));
            if (res.status === 403 && subject)
                throw this.scrub(permissionDenied(this.server, subject));
            throw this.scrub(new src_errors/* UserError */.yo(`Argo CD at ${this.server} answered ${res.status} to ${method} ${path}: ${detail}`));
        }
    }
    parse(text, status) {
        try {
            return JSON.parse(text);
        }
        catch {
            // An SSO proxy or the UI in front of the API answers HTML with 200.
            throw new src_errors/* UserError */.yo(`Argo CD at ${this.server} answered ${status} with something that is not JSON; ` +
                "is ARGOCD_SERVER the API server, not a login page or proxy?");
        }
    }
    wait(attempt) {
        return new Promise((resolve) => setTimeout(resolve, this.backoffMs * 2 ** (attempt - 1)));
    }
    /** Defence in depth: nothing we throw may carry the token, whatever a server echoed. */
    scrub(err) {
        const token = this.options.token;
        if (token.length < 4 || !err.message.includes(token))
            return err;
        return new src_errors/* UserError */.yo(err.message.split(token).join("***"));
    }
}
async function readText(res, timeoutMs) {
    try {
        return await res.text();
    }
    catch (err) {
        return `(body unreadable: ${networkReason(err, timeoutMs)})`;
    }
}
/** grpc-gateway's `runtimeError` message, else the start of the body. */
function errorMessage(text) {
    try {
        const body = JSON.parse(text);
        const message = typeof body.message === "string" ? body.message : body.error;
        if (typeof message === "string")
            return message.slice(0, 300);
    }
    catch {
        // not JSON: fall through
    }
    return text.trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./packages/argocd/src/settings.ts
/**
 * Where Argo CD is and how to reach it: `ARGOCD_SERVER` and `ARGOCD_AUTH_TOKEN` (the argocd
 * CLI's names) and `.gitops.yaml` `argocd:`. The environment wins over the file for the
 * server, as it does for the argocd CLI, so a CI job can point at another instance (or a
 * port-forward) without a commit; the token only ever comes from the environment.
 */

/** Resolves the settings; a missing server or token, or a server value that is no host, is a UserError. */
function argoSettings(env, file = { server: "", appNamespace: "", projects: [] }) {
    const fromEnv = (env.ARGOCD_SERVER ?? "").trim();
    const raw = fromEnv || file.server.trim();
    const origin = fromEnv ? "ARGOCD_SERVER" : ".gitops.yaml argocd.server";
    if (!raw) {
        throw new src_errors/* UserError */.yo("Argo CD is not configured: set ARGOCD_SERVER (host[:port]) or argocd.server in .gitops.yaml");
    }
    const { baseUrl, warnings } = parseServer(raw, origin);
    const token = (env.ARGOCD_AUTH_TOKEN ?? "").trim();
    if (!token) {
        throw new src_errors/* UserError */.yo(`Argo CD at ${baseUrl} needs a token: set ARGOCD_AUTH_TOKEN (an API token of a CI account)`);
    }
    return { baseUrl, token, appNamespace: file.appNamespace, projects: file.projects, warnings };
}
/**
 * `host`, `host:port` and `https://host[:port][/path]` mean HTTPS; `http://...` is accepted
 * for port-forwards and tests, with a warning because the token then travels in clear text.
 */
function parseServer(raw, origin = "ARGOCD_SERVER") {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new src_errors/* UserError */.yo(`${origin} "${raw}" is not a host[:port] or an http(s) URL`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        throw new src_errors/* UserError */.yo(`${origin} "${raw}" must use https (or http for a local port-forward)`);
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new src_errors/* UserError */.yo(`${origin} "${url.host}" must be a plain host[:port] or URL, without credentials or query`);
    }
    const baseUrl = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
    const warnings = url.protocol === "http:"
        ? [`${origin} ${baseUrl} uses plain http: the Argo CD token is sent unencrypted`]
        : [];
    return { baseUrl, warnings };
}

// EXTERNAL MODULE: ./packages/argocd/src/duration.ts
var duration = __webpack_require__(3990);
;// CONCATENATED MODULE: ./packages/argocd/src/mapping.ts
/**
 * Which live Applications belong to this repository, and what they deploy. One answer, from
 * the repository model: by name first (the Applications written or generated in the repo),
 * then by source (an Application made elsewhere whose repoURL is this repo and whose path is
 * a target's folder).
 */

/** Maps each live Application to the model; those of other repositories are left out. */
function mapApplications(model, live) {
    const byName = new Map();
    for (const app of model.applications) {
        const list = byName.get(app.name);
        if (list)
            list.push(app);
        else
            byName.set(app.name, [app]);
    }
    const targetsById = new Map(model.targets.map((t) => [t.id, t]));
    const bySource = new Map(model.targets.map((t) => [t.source, t]));
    const out = [];
    for (const app of live) {
        const name = app.metadata?.name;
        if (!name)
            continue;
        const sources = sourcesOf(app);
        const sourceIndex = Math.max(0, sources.findIndex((s) => s.repoURL !== undefined && sameRepo(s.repoURL, model.repoURLs)));
        const candidates = byName.get(name) ?? [];
        // Same name in two namespaces (apps in any namespace): the namespace decides.
        const match = candidates.find((c) => c.namespace !== "" && c.namespace === app.metadata?.namespace) ??
            candidates.find((c) => c.namespace === "" || candidates.length === 1);
        if (match) {
            const targets = match.targets.flatMap((id) => targetsById.get(id) ?? []);
            out.push(mapping_describe(app, name, targets, "name", sourceIndex, match));
            continue;
        }
        const targets = sources
            .filter((s) => s.repoURL !== undefined && s.path !== undefined && sameRepo(s.repoURL, model.repoURLs))
            .flatMap((s) => bySource.get(normalizePath(s.path ?? "")) ?? []);
        if (targets.length > 0)
            out.push(mapping_describe(app, name, targets, "source", sourceIndex));
    }
    return out.sort((a, b) => mapping_envRank(model, a.env) - mapping_envRank(model, b.env) || a.name.localeCompare(b.name));
}
function mapping_describe(live, name, targets, matchedBy, sourceIndex, model) {
    const services = [...new Set(targets.flatMap((t) => (t.service ? [t.service] : [])))];
    const env = model?.env || targets.find((t) => t.env)?.env || "";
    return {
        live,
        name,
        ...(model ? { model } : {}),
        targets,
        env,
        ...(services.length === 1 ? { service: services[0] } : {}),
        matchedBy,
        sourceIndex,
    };
}
function sourcesOf(app) {
    if (app.spec?.sources?.length)
        return app.spec.sources;
    return app.spec?.source ? [app.spec.source] : [];
}
function normalizePath(path) {
    return path
        .replace(/^\.\/+/, "")
        .replace(/\/+$/, "")
        .replace(/^\.$/, "");
}
function mapping_envRank(model, env) {
    const i = model.environments.indexOf(env);
    return i < 0 ? model.environments.length : i;
}

;// CONCATENATED MODULE: ./packages/argocd/src/list-mapped.ts

/** Lists the Applications in `scope` with only `fields`, and maps them to `model`. */
async function list_mapped_listRepoApplications(client, model, scope, fields) {
    const live = await client.listApplications({
        ...(scope.appNamespace ? { appNamespace: scope.appNamespace } : {}),
        ...(scope.projects?.length ? { projects: [...scope.projects] } : {}),
        fields: [...fields],
    });
    return { live, mapped: mapApplications(model, live) };
}

;// CONCATENATED MODULE: ./packages/argocd/src/freshness.ts
/**
 * Whether a deployed revision holds the last change to a target's inputs, from real git:
 * the newest commit that touched the input graph's files and folders, `merge-base
 * --is-ancestor` against the deployed SHA, and the commits it lacks (`deployed..HEAD`).
 */

const SHA = /^[0-9a-f]{7,40}$/i;
/** The repo-relative paths a set of targets reads (files and whole folders), sorted. */
function inputPaths(model, targets) {
    const paths = new Set();
    for (const t of targets) {
        const g = model.graph(t.id);
        for (const f of g.files)
            paths.add(f);
        for (const d of g.dirs)
            paths.add(d === "" ? "." : d);
    }
    return [...paths].sort();
}
/** Compares `deployed` with HEAD of the checkout at `repo` over `paths`. */
async function freshness(repo, deployed, paths) {
    if (paths.length === 0)
        return { expected: null, current: null, behind: null, note: "no targets in the repository model" };
    const last = await git_git(repo, ["log", "-1", "--format=%H", "HEAD", "--", ...paths]);
    if (last.code !== 0) {
        // No commit yet, not a git checkout, or an input outside it: say so rather than guess "current".
        return {
            expected: null,
            current: null,
            behind: null,
            note: `git cannot read the inputs' history: ${freshness_firstLine(last.stderr)}`,
        };
    }
    const expected = last.stdout.trim() || null;
    if (!deployed)
        return { expected, current: null, behind: null, note: "Argo CD reports no deployed revision" };
    // The revision comes from the server: only a plain SHA ever reaches git.
    if (!SHA.test(deployed)) {
        return {
            expected,
            current: null,
            behind: null,
            note: `deployed revision "${deployed}" is not a commit SHA`,
        };
    }
    const known = await git_git(repo, ["cat-file", "-e", "--end-of-options", `${deployed}^{commit}`]);
    if (known.code !== 0) {
        return {
            expected,
            current: null,
            behind: null,
            note: `deployed revision ${deployed.slice(0, 12)} is not in this clone (fetch the full history, e.g. fetch-depth: 0)`,
        };
    }
    const missing = await git_git(repo, [
        "log",
        "--format=%H %cI",
        "--end-of-options",
        `${deployed}..HEAD`,
        "--",
        ...paths,
    ]);
    if (missing.code !== 0) {
        return { expected, current: null, behind: null, note: `git log failed: ${freshness_firstLine(missing.stderr)}` };
    }
    const lines = missing.stdout.split("\n").filter((l) => l.trim() !== "");
    const since = lines.at(-1)?.split(" ")[1] ?? null;
    let current = true;
    if (expected) {
        const ancestor = await git_git(repo, ["merge-base", "--is-ancestor", "--end-of-options", expected, deployed]);
        current = ancestor.code === 0;
    }
    return { expected, current, behind: { commits: lines.length, since } };
}
function freshness_firstLine(text) {
    return text.trim().split("\n")[0] ?? "";
}

;// CONCATENATED MODULE: ./packages/argocd/src/status.ts



/** The fields status reads; Argo CD cuts the list answer down to them. */
const status_STATUS_FIELDS = [
    "items.metadata.name",
    "items.metadata.namespace",
    "items.spec.project",
    "items.spec.source",
    "items.spec.sources",
    "items.status.sync",
    "items.status.health",
    "items.status.history",
    "items.status.operationState.phase",
    "items.status.operationState.message",
    "items.status.operationState.startedAt",
    "items.status.operationState.finishedAt",
    "items.status.operationState.syncResult",
    "items.status.summary.externalURLs",
];
async function status_collectStatus(options) {
    const { model, client } = options;
    const { live, mapped: all } = await list_mapped_listRepoApplications(client, model, options, status_STATUS_FIELDS);
    const wanted = (env, service) => (!options.envs?.length || options.envs.includes(env)) &&
        (!options.services?.length || (service !== undefined && options.services.includes(service)));
    const mapped = all.filter((m) => wanted(m.env, m.service));
    const applications = [];
    const findings = [];
    const now = options.now ?? new Date();
    // Each Application costs a few git processes; run them side by side, report in model order.
    const statuses = await Promise.all(mapped.map((m) => status_statusOf(model, m)));
    for (const [i, status] of statuses.entries()) {
        const m = mapped[i];
        if (!m)
            continue;
        applications.push(status);
        findings.push(...driftFindings(m, status, options, now));
    }
    const listed = new Set(live.map((a) => a.metadata?.name));
    const projects = options.projects ?? [];
    const missing = model.applications.filter((a) => !listed.has(a.name) &&
        (projects.length === 0 || projects.includes(a.project)) &&
        wanted(a.env, serviceOf(model, a.targets)));
    findings.push(...missingFinding(missing, client.server));
    return { server: client.server, applications, findings, ignored: live.length - all.length };
}
async function status_statusOf(model, m) {
    const { live } = m;
    const deployed = deployedRevision(live, m.sourceIndex);
    const fresh = await freshness(model.repo, deployed.revision ?? undefined, inputPaths(model, m.targets));
    const op = live.status?.operationState;
    return {
        name: m.name,
        namespace: live.metadata?.namespace ?? "",
        project: live.spec?.project ?? "",
        env: m.env,
        service: m.service ?? null,
        targets: m.targets.map((t) => t.id),
        sync: live.status?.sync?.status ?? "Unknown",
        health: live.status?.health?.status ?? "Unknown",
        revision: deployed.revision,
        deployedAt: deployed.at,
        expected: fresh.expected,
        current: fresh.current,
        behind: fresh.behind,
        operation: op?.phase
            ? { phase: op.phase, message: op.message ?? null, at: op.finishedAt ?? op.startedAt ?? null }
            : null,
        // Only when Argo CD dates the health: the --json shape of an undated one stays as it was.
        ...(live.status?.health?.lastTransitionTime
            ? { healthSince: live.status.health.lastTransitionTime }
            : {}),
        urls: live.status?.summary?.externalURLs ?? [],
        matchedBy: m.matchedBy,
        note: fresh.note ?? null,
    };
}
/** The newest history entry (by id, as Argo CD numbers syncs), its revision for our source. */
function deployedRevision(app, sourceIndex = 0) {
    const history = [...(app.status?.history ?? [])].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    const latest = history.at(-1);
    if (latest) {
        const revision = latest.revisions?.[sourceIndex] ?? latest.revision ?? null;
        return { revision: revision || null, at: latest.deployedAt ?? null };
    }
    const result = app.status?.operationState?.syncResult;
    const revision = result?.revisions?.[sourceIndex] ?? result?.revision ?? null;
    return { revision: revision || null, at: null };
}
function driftFindings(m, s, o, now) {
    const out = [];
    const where = {
        ...(m.model ? { file: m.model.file, line: m.model.line } : {}),
        ...(s.targets[0] ? { target: s.targets[0] } : {}),
    };
    const severity = (since) => {
        const age = since ? now.getTime() - Date.parse(since) : Number.POSITIVE_INFINITY;
        const past = !(age < o.graceMs);
        return {
            severity: !past ? "notice" : o.failOnDrift ? "error" : "warning",
            age: Number.isFinite(age) ? ` for ${(0,duration/* formatDuration */.a)(age)}` : "",
        };
    };
    const label = `Application ${s.name}${s.env ? ` (${s.env}${s.service ? `/${s.service}` : ""})` : ""}`;
    if (s.sync === "OutOfSync") {
        // A pending change dates the drift; without one, live objects were changed by hand.
        const { severity: sev, age } = severity(s.behind?.commits ? s.behind.since : undefined);
        out.push({
            tool: "argocd",
            rule: "out-of-sync",
            severity: sev,
            message: `${label} is OutOfSync${age}`,
            ...where,
        });
    }
    if (s.health === "Degraded") {
        const { severity: sev } = severity(m.live.status?.health?.lastTransitionTime);
        const msg = m.live.status?.health?.message;
        out.push({
            tool: "argocd",
            rule: "degraded",
            severity: sev,
            message: `${label} is Degraded${msg ? `: ${status_oneLine(msg)}` : ""}`,
            ...where,
        });
    }
    if (s.current === false && s.behind) {
        const { severity: sev, age } = severity(s.behind.since);
        out.push({
            tool: "argocd",
            rule: "not-current",
            severity: sev,
            message: `${label} runs ${status_short(s.revision)}, ${s.behind.commits} input commit(s) behind ${status_short(s.expected)}` +
                (age ? `,${age}` : ""),
            ...where,
        });
    }
    if (s.operation && (s.operation.phase === "Failed" || s.operation.phase === "Error")) {
        out.push({
            tool: "argocd",
            rule: "sync-failed",
            severity: "warning",
            message: `${label}: last sync ${s.operation.phase}${s.operation.message ? `: ${status_oneLine(s.operation.message)}` : ""}`,
            ...where,
        });
    }
    if (s.note)
        out.push({
            tool: "argocd",
            rule: "revision-unknown",
            severity: "notice",
            message: `${label}: ${s.note}`,
            ...where,
        });
    return out;
}
/**
 * One notice for the Applications of the repository that Argo CD did not list: not created yet,
 * or hidden from the token (Argo CD leaves those out of a list instead of refusing). One, not one
 * per Application: a token scoped to prod would otherwise bury the run in notices.
 */
function missingFinding(apps, server) {
    if (apps.length === 0)
        return [];
    const projects = [...new Set(apps.map((a) => a.project || "<project>"))].sort();
    const names = apps.map((a) => a.name).sort();
    const shown = names.length > 10 ? `${names.slice(0, 10).join(", ")} and ${names.length - 10} more` : names.join(", ");
    return [
        {
            tool: "argocd",
            rule: "not-listed",
            severity: "notice",
            message: `${apps.length} Application(s) of the repository were not listed by Argo CD at ${server}: ${shown}. ` +
                `They are not created yet, or the token lacks ${projects.map((p) => `"applications, get, ${p}/*"`).join(", ")}`,
        },
    ];
}
function serviceOf(model, ids) {
    const services = new Set(model.targets.filter((t) => ids.includes(t.id)).flatMap((t) => (t.service ? [t.service] : [])));
    return services.size === 1 ? [...services][0] : undefined;
}
function status_short(sha) {
    return sha ? sha.slice(0, 7) : "(none)";
}
/** Operation and health messages are the server's text: one line, bounded. */
function status_oneLine(text) {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

;// CONCATENATED MODULE: ./packages/argocd/src/report.ts
/** How `gitops status` and the status action show a report: rows for a table, JSON, a job summary. */

const STATUS_HEADER = (/* unused pure expression or super */ null && ([
    "APPLICATION",
    "ENV",
    "SERVICE",
    "SYNC",
    "HEALTH",
    "REVISION",
    "DEPLOYED",
    "CURRENT",
]));
/** Table cells, one row per Application, in the model's env order. */
function statusRows(apps) {
    return apps.map((a) => [
        a.name,
        a.env || "(shared)",
        a.service ?? "-",
        a.sync,
        a.health,
        a.revision ? a.revision.slice(0, 7) : "-",
        a.deployedAt ?? "-",
        currentLabel(a),
    ]);
}
function currentLabel(a) {
    if (a.current === null)
        return "unknown";
    if (a.current)
        return "yes";
    const behind = a.behind ? `${a.behind.commits} behind` : "behind";
    return a.behind?.since ? `no (${behind} since ${a.behind.since})` : `no (${behind})`;
}
/** The `--json` document: `{ applications, findings, summary }`. */
function statusJson(report) {
    return {
        server: report.server,
        applications: report.applications,
        findings: report.findings,
        summary: summaryCounts(report),
    };
}
function summaryCounts(report) {
    const apps = report.applications;
    return {
        applications: apps.length,
        outOfSync: apps.filter((a) => a.sync === "OutOfSync").length,
        degraded: apps.filter((a) => a.health === "Degraded").length,
        notCurrent: apps.filter((a) => a.current === false).length,
        unknown: apps.filter((a) => a.current === null).length,
        ignored: report.ignored,
    };
}
/** Job-summary markdown: one table of Applications (worst first), then the usual findings section. */
function statusMarkdown(report, opts = {}) {
    const rank = (a) => (a.health === "Degraded" ? 0 : 4) + (a.sync === "OutOfSync" ? 0 : 2) + (a.current === false ? 0 : 1);
    const apps = [...report.applications].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
    const lines = [
        `## Argo CD status`,
        "",
        `${apps.length} Application(s) from ${markdownCell(report.server)}` +
            (report.ignored ? `; ${report.ignored} of other repositories ignored` : ""),
        "",
    ];
    if (apps.length > 0) {
        lines.push("| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |");
        lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (const [i, a] of statusRows(apps).entries()) {
            const app = apps[i];
            const url = app?.urls[0];
            const cells = a.map((c) => markdownCell(c));
            if (url && /^https?:\/\//.test(url))
                cells[0] = `[${cells[0] ?? ""}](${linkTarget(url)})`;
            lines.push(`| ${cells.join(" | ")} |`);
        }
        lines.push("");
    }
    const findings = toSummaryMarkdown(report.findings, {
        title: "Drift",
        check: "status",
        ...(opts.repoUrl ? { repoUrl: opts.repoUrl } : {}),
        ...(opts.sha ? { sha: opts.sha } : {}),
    });
    return `${lines.join("\n")}\n${findings}`;
}
/** A server-given URL as a markdown link target: parentheses and spaces encoded so it cannot end the link early. */
function linkTarget(url) {
    return encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29");
}

;// CONCATENATED MODULE: ./packages/argocd/src/connect.ts


/** The client the CLI and actions use: settings from the environment and `.gitops.yaml` `argocd:`. */
function connect(env, config, options = {}) {
    const settings = argoSettings(env, config);
    const client = new ArgoClient({ baseUrl: settings.baseUrl, token: settings.token, ...options });
    return { client, settings };
}

;// CONCATENATED MODULE: ./packages/argocd/src/deployments.ts
/**
 * GitHub deployments from what Argo CD deployed: one per sync in `status.history` (a success),
 * plus one for a running or failed sync operation, with environment = the Application's env and
 * ref = the deployed SHA. Idempotent across runs: each carries a key in its payload
 * (`gitops.key`), and a run creates only what GitHub lacks, adding a status where the state moved.
 * Works from the Argo CD API alone, with no Argo CD Notifications set up.
 */



const deployments_SHA = /^[0-9a-f]{40}$/i;
/** Reads Argo CD and lists the deployments it implies, oldest first. Applications with no env are left out. */
async function planDeployments(model, client, options = {}) {
    const { mapped } = await listRepoApplications(client, model, options, STATUS_FIELDS);
    const out = [];
    for (const m of mapped) {
        if (!m.env || (options.envs?.length && !options.envs.includes(m.env)))
            continue;
        const ns = m.live.metadata?.namespace ?? "";
        const base = `argocd:${ns}/${m.name}`;
        const common = {
            application: m.name,
            env: m.env,
            environmentUrl: m.live.status?.summary?.externalURLs?.[0] ?? null,
            logUrl: `${client.server}/applications/${ns ? `${ns}/` : ""}${encodeURIComponent(m.name)}`,
        };
        for (const h of m.live.status?.history ?? []) {
            const sha = h.revisions?.[m.sourceIndex] ?? h.revision ?? "";
            // A Helm chart version or a branch name is no commit GitHub could deploy.
            if (!deployments_SHA.test(sha) || h.id === undefined)
                continue;
            // Argo CD stamps a history entry with its operation's start, so a sync seen running on one
            // run and finished on the next is the same deployment, moved to success.
            const key = h.deployStartedAt ? `${base}/sync/${h.deployStartedAt}` : `${base}/history/${h.id}`;
            if (out.some((p) => p.key === key))
                continue;
            out.push({ key, sha, state: "success", at: h.deployedAt ?? null, ...common });
        }
        const op = m.live.status?.operationState;
        const opSha = op?.syncResult?.revisions?.[m.sourceIndex] ?? op?.syncResult?.revision ?? "";
        const state = op?.phase === "Running"
            ? "in_progress"
            : op?.phase === "Failed" || op?.phase === "Error"
                ? "failure"
                : undefined;
        if (state && op?.startedAt && deployments_SHA.test(opSha)) {
            out.push({ key: `${base}/sync/${op.startedAt}`, sha: opSha, state, at: op.startedAt, ...common });
        }
    }
    return out.sort((a, b) => (a.at ?? "").localeCompare(b.at ?? "") || a.key.localeCompare(b.key));
}
/**
 * Creates the planned deployments GitHub lacks and adds a status to those whose state moved
 * (a running sync that finished). Sets `action` on each item.
 */
async function pushDeployments(gh, planned, options) {
    const existing = new Map();
    for (const env of new Set(planned.map((p) => p.env))) {
        const list = await listAll(gh, "GET /repos/{owner}/{repo}/deployments", {
            environment: env,
        });
        for (const d of list) {
            const key = keyOf(d.payload);
            if (key && !existing.has(key))
                existing.set(key, d);
        }
    }
    for (const p of planned) {
        const found = existing.get(p.key);
        if (found) {
            const statuses = await listAll(gh, "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { deployment_id: found.id });
            // Newest first: only the latest state counts. GitHub marks superseded deployments inactive
            // (auto_inactive), which is still the success we recorded.
            const latest = statuses[0]?.state;
            if (latest === p.state || (p.state === "success" && latest === "inactive")) {
                p.action = "unchanged";
                continue;
            }
            await addStatus(gh, found.id, p);
            p.action = "updated";
            continue;
        }
        const { data } = await gh.client.request("POST /repos/{owner}/{repo}/deployments", {
            owner: gh.owner,
            repo: gh.repo,
            ref: p.sha,
            environment: p.env,
            // The SHA already ran: GitHub must neither merge the default branch in nor wait for checks.
            auto_merge: false,
            required_contexts: [],
            payload: { gitops: { key: p.key, application: p.application, argocd: options.server } },
            description: `Argo CD sync of ${p.application}`.slice(0, 140),
            production_environment: options.productionEnvs?.includes(p.env) ?? false,
            transient_environment: false,
        });
        await addStatus(gh, data.id, p);
        p.action = "created";
    }
    return planned;
}
async function addStatus(gh, id, p) {
    await gh.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        owner: gh.owner,
        repo: gh.repo,
        deployment_id: id,
        state: p.state,
        log_url: p.logUrl,
        ...(p.environmentUrl && /^https?:\/\//.test(p.environmentUrl)
            ? { environment_url: p.environmentUrl }
            : {}),
        description: `${p.application} ${p.state === "success" ? "synced" : p.state === "failure" ? "sync failed" : "syncing"} at ${p.sha.slice(0, 7)}`,
    });
}
function keyOf(payload) {
    const key = payload?.gitops?.key;
    return typeof key === "string" ? key : undefined;
}

;// CONCATENATED MODULE: ./packages/argocd/src/alerts.ts
/**
 * Which Applications deserve an alert, from a `gitops status` report: the problems of each
 * (OutOfSync, Degraded, a failed sync and, when asked, not current), with since when each lasts,
 * and whether the oldest is past the grace period. Pure: no network, no clock of its own.
 */

const ALERT_RULES = (/* unused pure expression or super */ null && (["out-of-sync", "degraded", "sync-failed", "not-current"]));
/** Issue #17: OutOfSync, Degraded or sync-failed. Not current is opt-in (a pinned targetRevision is on purpose). */
const DEFAULT_ALERT_RULES = (/* unused pure expression or super */ null && (["out-of-sync", "degraded", "sync-failed"]));
/** One entry per Application of the report, problems or not (no problems: it is healthy). */
function alerts_evaluateAlerts(report, options) {
    const rules = options.rules ?? DEFAULT_ALERT_RULES;
    return report.applications.map((app) => {
        const problems = problemsOf(app).filter((p) => rules.includes(p.rule));
        const dated = problems.map((p) => p.since);
        // An undated problem counts at once, as `gitops status` counts it.
        const since = dated.includes(null) ? null : (dated.filter((d) => d !== null).sort()[0] ?? null);
        const age = since === null ? Number.POSITIVE_INFINITY : options.now.getTime() - Date.parse(since);
        return {
            app,
            key: alertKey(app),
            problems,
            since,
            pastGrace: problems.length > 0 && !(age < options.graceMs),
            signature: signatureOf(problems, app.revision),
        };
    });
}
/** `<namespace>/<name>`, or the name alone when Argo CD gave no namespace. */
function alertKey(app) {
    return app.namespace ? `${app.namespace}/${app.name}` : app.name;
}
/** The problems of one Application, dated the way `gitops status` dates its drift findings. */
function problemsOf(app) {
    const out = [];
    // A pending change dates OutOfSync; without one, live objects were changed by hand: at once.
    if (app.sync === "OutOfSync")
        out.push({ rule: "out-of-sync", since: app.behind?.commits ? app.behind.since : null });
    if (app.health === "Degraded")
        out.push({ rule: "degraded", since: app.healthSince ?? null });
    if (app.operation && (app.operation.phase === "Failed" || app.operation.phase === "Error"))
        out.push({ rule: "sync-failed", since: app.operation.at ?? null });
    if (app.current === false && app.behind)
        out.push({ rule: "not-current", since: app.behind.since });
    return out;
}
/** Parses rule names (`--alert-on`, the action's `alert-on`); an unknown one is a `UserError` naming `what`. */
function parseAlertRules(values, what) {
    const out = [];
    for (const v of values) {
        if (!ALERT_RULES.includes(v))
            throw new UserError(`${what}: unknown rule "${v}"; use ${ALERT_RULES.join(", ")}`);
        if (!out.includes(v))
            out.push(v);
    }
    return out;
}
function signatureOf(problems, revision) {
    const rules = problems.map((p) => p.rule).sort();
    return `${rules.join("+") || "ok"}@${revision ? revision.slice(0, 12) : "none"}`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-body.ts
/**
 * The markdown of an alert issue: its title, its body (a hidden marker on the first line that
 * finds the issue again, then the facts and links) and the comments on a change of state.
 * Everything Argo CD says in words (operation and health messages) is untrusted: it goes into a
 * fenced block that no backtick run inside can close, so it renders as text, never as links,
 * mentions, HTML or a forged marker.
 */


/** The label every alert issue carries; listing by it finds the issues of earlier runs. */
const alert_body_ALERT_LABEL = "gitops-observe";
const alert_body_MARKER = /^<!-- gitops-observe: app=([A-Za-z0-9._/-]+) state=([A-Za-z0-9+@._-]*) -->/;
const alert_body_SHA = /^[0-9a-f]{7,40}$/i;
const MAX_UNTRUSTED = 2000;
/** The hidden first line of an alert issue's body. */
function alertMarker(key, signature) {
    return `<!-- gitops-observe: app=${key} state=${signature} -->`;
}
/** The key and state signature of an alert issue, from the first line of its body only. */
function alert_body_parseMarker(body) {
    const m = alert_body_MARKER.exec(body ?? "");
    return m?.[1] ? { key: m[1], signature: m[2] ?? "" } : undefined;
}
const WORDS = {
    "out-of-sync": "OutOfSync",
    degraded: "Degraded",
    "sync-failed": "sync failed",
    "not-current": "not current",
};
/** `Argo CD: web-prod (prod/web): OutOfSync, Degraded`. */
function alert_body_alertTitle(alert) {
    const { app } = alert;
    const where = app.env ? ` (${app.env}${app.service ? `/${app.service}` : ""})` : "";
    const what = alert.problems.map((p) => WORDS[p.rule]).join(", ") || "recovered";
    return `Argo CD: ${app.name}${where}: ${what}`.slice(0, 250);
}
/** The whole body; `recovered` writes the last state before the issue is closed. */
function alert_body_alertBody(alert, links, recovered = false) {
    const { app } = alert;
    const lines = [
        alertMarker(alert.key, alert.signature),
        recovered
            ? `### ${inline(app.name)} recovered: ${inline(app.sync)} and ${inline(app.health)}`
            : `### ${inline(app.name)}: ${alert.problems.map((p) => WORDS[p.rule]).join(", ")}`,
        "",
        "| | |",
        "| --- | --- |",
        `| Application | ${appLink(app.name, app.namespace, links.server)} (project ${inline(app.project || "default")}) |`,
        `| Environment / service | ${inline(app.env || "(shared)")} / ${inline(app.service ?? "-")} |`,
        `| Sync / health | ${inline(app.sync)} / ${inline(app.health)} |`,
        `| Deployed | ${commit(app.revision, links.repoUrl)}${app.deployedAt ? ` at ${inline(app.deployedAt)}` : ""} |`,
        `| Expected | ${commit(app.expected, links.repoUrl)}${behind(alert, links.repoUrl)} |`,
        `| Since | ${sinceText(alert.since, links.now)} |`,
        `| Targets | ${app.targets.map((t) => `\`${t.replace(/`/g, "'")}\``).join(", ") || "-"} |`,
    ];
    if (alert.problems.length > 0) {
        lines.push("", "Problems:", "");
        for (const p of alert.problems)
            lines.push(`- ${WORDS[p.rule]}: ${sinceText(p.since, links.now)}`);
    }
    if (app.operation) {
        lines.push("", `Last sync operation: ${inline(app.operation.phase)}${app.operation.at ? ` at ${inline(app.operation.at)}` : ""}`);
        if (app.operation.message)
            lines.push("", untrustedFence(app.operation.message));
    }
    if (app.note)
        lines.push("", `Note: ${inline(app.note)}`);
    const url = app.urls.find((u) => /^https?:\/\//.test(u));
    if (url)
        lines.push("", `Serves ${inline(url)}`);
    lines.push("", "---", `_Checked ${links.now.toISOString()}${links.runUrl ? ` by [this run](${links.runUrl})` : ""}. ` +
        `gitops observe updates this issue while the problem lasts and closes it when the Application recovers._`);
    return lines.join("\n") + "\n";
}
/** The comment for a state that changed while the issue is open, or came back after it was closed. */
function alert_body_changeComment(alert, links, reopened) {
    const what = alert.problems.map((p) => WORDS[p.rule]).join(", ");
    const head = reopened ? `The problem is back: ${inline(alert.app.name)}: ${what}` : `Now ${what}`;
    return `${head}; deployed ${commit(alert.app.revision, links.repoUrl)}, ${inline(alert.app.sync)} / ${inline(alert.app.health)}.${footer(links)}`;
}
function alert_body_recoveryComment(alert, links) {
    return (`Recovered: ${inline(alert.app.name)} is ${inline(alert.app.sync)} and ${inline(alert.app.health)} ` +
        `at ${commit(alert.app.revision, links.repoUrl)}; closing.${footer(links)}`);
}
/** Server text as a fenced block: control characters dropped, bounded, a fence longer than any backtick run. */
function untrustedFence(text) {
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").trimEnd();
    const cut = clean.length > MAX_UNTRUSTED ? `${clean.slice(0, MAX_UNTRUSTED)}…` : clean;
    const longest = Math.max(2, ...[...cut.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    return `${fence}text\n${cut}\n${fence}`;
}
function footer(links) {
    return links.runUrl ? ` ([run](${links.runUrl}))` : "";
}
/** A short value from the server or the model as one inert table cell. */
function inline(text) {
    return markdownCell(text).replace(/@/g, "@\u200b");
}
function appLink(name, namespace, server) {
    const path = `${namespace ? `${encodeURIComponent(namespace)}/` : ""}${encodeURIComponent(name)}`;
    return /^https?:\/\//.test(server)
        ? `[${inline(name)}](${server.replace(/\/+$/, "")}/applications/${path})`
        : inline(name);
}
function commit(sha, repoUrl) {
    if (!sha)
        return "(none)";
    if (!alert_body_SHA.test(sha))
        return inline(sha);
    return repoUrl ? `[\`${sha.slice(0, 7)}\`](${repoUrl}/commit/${sha})` : `\`${sha.slice(0, 7)}\``;
}
function behind(alert, repoUrl) {
    const { app } = alert;
    if (!app.behind?.commits)
        return app.current === true ? " (deployed)" : "";
    const compare = repoUrl && app.revision && app.expected && alert_body_SHA.test(app.revision) && alert_body_SHA.test(app.expected)
        ? `, [compare](${repoUrl}/compare/${app.revision}...${app.expected})`
        : "";
    return ` (${app.behind.commits} input commit(s) not deployed${compare})`;
}
function sinceText(since, now) {
    if (!since)
        return "undated (counts at once)";
    const age = now.getTime() - Date.parse(since);
    return Number.isFinite(age) ? `${inline(since)} (${formatDuration(age)})` : inline(since);
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-issues.ts
/**
 * One GitHub issue per alerting Application, kept in step with Argo CD across scheduled runs.
 * An issue is found again by its label and the hidden marker on its body's first line (see
 * alert-body.ts), so a re-run opens no duplicate. While the problem lasts the body is rewritten;
 * a comment is added only when the state changes (other problems, another deployed revision).
 * Recovery closes the issue with a comment; a problem that comes back reopens the same issue.
 * Applications this run did not look at (another env, not listed) are left alone.
 */



/** The alert issues of the repository, open and closed, by key; the open one first, lowest number first. */
async function listAlertIssues(gh, label = ALERT_LABEL) {
    const listed = await guard(gh, "list the alert issues", () => listAll(gh, "GET /repos/{owner}/{repo}/issues", {
        labels: label,
        state: "all",
        sort: "created",
        direction: "asc",
    }));
    const byKey = new Map();
    for (const i of listed) {
        const marker = i.pull_request ? undefined : parseMarker(i.body);
        if (!marker)
            continue;
        const issue = {
            number: i.number,
            state: i.state === "open" ? "open" : "closed",
            key: marker.key,
            signature: marker.signature,
            htmlUrl: i.html_url,
        };
        const list = byKey.get(marker.key);
        if (list)
            list.push(issue);
        else
            byKey.set(marker.key, [issue]);
    }
    for (const list of byKey.values())
        list.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === "open" ? -1 : 1));
    return byKey;
}
/** Opens, updates, reopens and closes alert issues so that GitHub matches `alerts`. */
async function alert_issues_syncAlertIssues(gh, alerts, options) {
    const label = options.label ?? ALERT_LABEL;
    const existing = await listAlertIssues(gh, label);
    const out = [];
    for (const alert of alerts) {
        const issues = existing.get(alert.key) ?? [];
        const open = issues.filter((i) => i.state === "open");
        // The newest closed one: a problem that comes back reopens it, so one issue holds its history.
        const closed = issues.filter((i) => i.state === "closed").at(-1);
        const outcome = {
            key: alert.key,
            application: alert.app.name,
            env: alert.app.env,
            problems: alert.problems.map((p) => p.rule),
            action: "ok",
            commented: false,
            issue: open[0]?.number ?? null,
            url: open[0]?.htmlUrl ?? null,
            duplicatesClosed: [],
        };
        out.push(outcome);
        const [first, ...duplicates] = open;
        if (first) {
            if (alert.problems.length === 0) {
                outcome.action = "closed";
                outcome.commented = true;
                if (!options.dryRun)
                    await alert_issues_close(gh, first.number, alert, options.links);
            }
            else {
                outcome.action = "updated";
                outcome.commented = first.signature !== alert.signature;
                if (!options.dryRun)
                    await update(gh, first.number, alert, options.links, outcome.commented);
            }
            for (const d of duplicates) {
                outcome.duplicatesClosed.push(d.number);
                if (!options.dryRun)
                    await closeDuplicate(gh, d.number, first.number);
            }
            continue;
        }
        if (alert.problems.length === 0)
            continue;
        if (!alert.pastGrace) {
            outcome.action = "pending";
            continue;
        }
        if (closed) {
            outcome.action = "reopened";
            outcome.commented = true;
            outcome.issue = closed.number;
            outcome.url = closed.htmlUrl;
            if (!options.dryRun)
                await reopen(gh, closed.number, alert, options.links);
            continue;
        }
        outcome.action = "opened";
        if (options.dryRun)
            continue;
        const created = await guard(gh, `open the alert issue of ${alert.app.name}`, () => gh.client.request("POST /repos/{owner}/{repo}/issues", {
            owner: gh.owner,
            repo: gh.repo,
            title: alertTitle(alert),
            body: alertBody(alert, options.links),
            labels: [label],
        }));
        const data = created.data;
        outcome.issue = data.number;
        outcome.url = data.html_url;
        // GitHub silently drops labels the token may not set; unlabelled, the issue would never be found
        // again and every run would open another. Stop here instead.
        const labels = (data.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? "")).toLowerCase());
        if (!labels.includes(label.toLowerCase()))
            throw new UserError(`GitHub opened alert issue #${data.number} in ${gh.owner}/${gh.repo} without the label "${label}", so ` +
                `later runs could not find it; give the token "issues: write" and re-run`);
    }
    return out;
}
async function update(gh, number, alert, links, comment) {
    await patch(gh, number, { title: alertTitle(alert), body: alertBody(alert, links) }, alert);
    if (comment)
        await addComment(gh, number, changeComment(alert, links, false), alert);
}
async function reopen(gh, number, alert, links) {
    await patch(gh, number, { title: alertTitle(alert), body: alertBody(alert, links), state: "open", state_reason: "reopened" }, alert);
    await addComment(gh, number, changeComment(alert, links, true), alert);
}
async function alert_issues_close(gh, number, alert, links) {
    // The comment first: a closed issue's last words should say why it closed.
    await addComment(gh, number, recoveryComment(alert, links), alert);
    await patch(gh, number, { body: alertBody(alert, links, true), state: "closed", state_reason: "completed" }, alert);
}
async function closeDuplicate(gh, number, of) {
    await guard(gh, `close the duplicate alert issue #${number}`, async () => {
        await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            body: `Duplicate of #${of}.`,
        });
        await gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            state: "closed",
            state_reason: "duplicate",
        });
    });
}
async function patch(gh, number, fields, alert) {
    await guard(gh, `update alert issue #${number} (${alert.app.name})`, () => gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        ...fields,
    }));
}
async function addComment(gh, number, body, alert) {
    await guard(gh, `comment on alert issue #${number} (${alert.app.name})`, () => gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        body,
    }));
}
/** GitHub's refusals as one `UserError` naming the repository and the permission (exit 2). */
async function guard(gh, doing, fn) {
    try {
        return await fn();
    }
    catch (err) {
        const status = statusOf(err);
        const head = `cannot ${doing} in ${gh.owner}/${gh.repo}`;
        if (status === 401)
            throw new UserError(`${head}: GitHub refused the token (401)`);
        if (status === 403 || status === 404)
            throw new UserError(`${head}: GitHub answered ${status}; the token needs "issues: write" on the repository`);
        if (status === 410)
            throw new UserError(`${head}: issues are disabled for the repository (410)`);
        if (status !== undefined)
            throw new UserError(`${head}: GitHub answered ${status}`);
        if (err instanceof TypeError && /fetch failed/i.test(err.message))
            throw new UserError(`${head}: the GitHub API is unreachable; check GITHUB_API_URL and the network`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-report.ts
/** How a run of the alerts is shown: table rows for the CLI, a job summary, counts for outputs. */

const ALERT_HEADER = (/* unused pure expression or super */ null && (["APPLICATION", "ENV", "PROBLEMS", "ACTION", "ISSUE"]));
/** Rows for the Applications with a problem or an issue; healthy ones without an issue are left out. */
function alertRows(outcomes) {
    return outcomes
        .filter((o) => o.action !== "ok")
        .map((o) => [
        o.application,
        o.env || "(shared)",
        o.problems.join(", ") || "-",
        o.action + (o.commented ? " (commented)" : ""),
        o.issue === null ? "-" : `#${o.issue}`,
    ]);
}
function alertCounts(outcomes) {
    const counts = { opened: 0, updated: 0, reopened: 0, closed: 0, pending: 0, ok: 0 };
    for (const o of outcomes)
        counts[o.action]++;
    return counts;
}
/** One line: `1 opened, 2 updated, 0 reopened, 1 closed, 1 within the grace period`. */
function alertSummaryLine(outcomes) {
    const c = alertCounts(outcomes);
    return (`${c.opened} opened, ${c.updated} updated, ${c.reopened} reopened, ${c.closed} closed, ` +
        `${c.pending} within the grace period`);
}
/** Job-summary markdown: the line above, then a table linking each issue. */
function alertsMarkdown(outcomes, dryRun = false) {
    const lines = [
        "## Argo CD alerts",
        "",
        `${alertSummaryLine(outcomes)}${dryRun ? " (dry run: nothing written)" : ""}`,
        "",
    ];
    const shown = outcomes.filter((o) => o.action !== "ok");
    if (shown.length > 0) {
        lines.push("| Application | Env | Problems | Action | Issue |", "| --- | --- | --- | --- | --- |");
        for (const o of shown) {
            const issue = o.issue === null ? "-" : o.url ? `[#${o.issue}](${o.url})` : `#${o.issue}`;
            const cells = [o.application, o.env || "(shared)", o.problems.join(", ") || "-", o.action].map((c) => markdownCell(c));
            lines.push(`| ${[...cells, issue].join(" | ")} |`);
        }
        lines.push("");
    }
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-run.ts



async function observeAlerts(o) {
    const now = o.now ?? new Date();
    const report = await collectStatus({
        model: o.model,
        client: o.client,
        ...(o.appNamespace ? { appNamespace: o.appNamespace } : {}),
        ...(o.projects ? { projects: o.projects } : {}),
        graceMs: o.graceMs,
        failOnDrift: false,
        envs: o.envs ?? [],
        services: o.services ?? [],
        now,
    });
    const alerts = evaluateAlerts(report, { graceMs: o.graceMs, now, ...(o.rules ? { rules: o.rules } : {}) });
    const server = (o.githubServerUrl || "https://github.com").replace(/\/+$/, "");
    const outcomes = await syncAlertIssues(o.gh, alerts, {
        links: {
            server: o.client.server,
            repoUrl: `${server}/${o.gh.owner}/${o.gh.repo}`,
            ...(o.runUrl ? { runUrl: o.runUrl } : {}),
            now,
        },
        ...(o.label ? { label: o.label } : {}),
        ...(o.dryRun ? { dryRun: true } : {}),
    });
    return { report, alerts, outcomes };
}

;// CONCATENATED MODULE: ./packages/argocd/src/index.ts

















;// CONCATENATED MODULE: ./packages/promote/src/chatops-sync-reply.ts
/**
 * The one reply to `/sync`: first what each sync request got (while the outcome is awaited), then,
 * in the same comment, how each sync ended. Everything Argo CD wrote (names, messages, health) is
 * untrusted: one table cell each, markdown and HTML escaped, @-mentions defused.
 */



/**
 * The reply's text: `waitingMs` while the outcome is awaited, `waitedMs` once it is known (or
 * the wait ran out).
 */
function syncReplyText(head, syncs, time) {
    const done = "waitedMs" in time;
    const rows = syncs.map((s) => {
        const cells = [
            resultOf(s, done ? time.waitedMs : undefined),
            s.end?.health ?? "",
            chatops_sync_reply_short(s.end?.revision),
        ];
        return `| ${nameCell(s)} | ${cells.map((c) => quiet(summary_markdownCell(c))).join(" | ")} |`;
    });
    const running = syncs.some((s) => s.started && s.end?.outcome === "running");
    const footer = !done
        ? `Waiting up to ${(0,duration/* formatDuration */.a)(time.waitingMs)} for the outcome; this comment is updated then.`
        : running
            ? `Still running after ${(0,duration/* formatDuration */.a)(time.waitedMs)}: follow it in Argo CD (linked above) or with \`/status\`.`
            : "Argo CD synced each Application to its own target revision.";
    return [
        `@${head.user} sync of **${head.service}** in \`${head.env}\` (Argo CD at ${summary_markdownCell(head.server)}):`,
        "",
        "| Application | Result | Health | Revision |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
        footer,
        "",
    ].join("\n");
}
function resultOf(s, waitedMs) {
    if (!s.started)
        return `refused: ${s.message ?? ""}`;
    const to = s.targetRevision ? ` (to its target revision ${s.targetRevision})` : "";
    const end = s.end;
    if (!end || waitedMs === undefined)
        return `sync started${to}`;
    const said = end.message ? `: ${end.message}` : "";
    if (end.outcome === "succeeded")
        return `${end.phase ?? "Succeeded"}, Synced${said}`;
    if (end.outcome === "failed")
        return `${end.phase ?? "Failed"}${said}`;
    const where = end.phase ? `operation ${end.phase}` : "operation not finished";
    return `still running after ${(0,duration/* formatDuration */.a)(waitedMs)} (${where}${end.sync ? `, ${end.sync}` : ""})${said}`;
}
function nameCell(s) {
    const name = quiet(summary_markdownCell(s.name));
    return s.url ? `[${name}](${s.url})` : name;
}
function chatops_sync_reply_short(revision) {
    if (!revision)
        return "";
    return /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 12) : revision;
}
/** The Application's page in Argo CD's UI, when the server is a web address. */
function appUrl(server, name, namespace) {
    if (!/^https?:\/\//.test(server))
        return undefined;
    const path = `${namespace ? `${encodeURIComponent(namespace)}/` : ""}${encodeURIComponent(name)}`;
    return `${server.replace(/\/+$/, "")}/applications/${path}`;
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-sync-wait.ts
/**
 * After `/sync` started its syncs: wait, bounded, for each Application's sync operation to end and
 * the Application to be Synced and Healthy at the revision the operation synced. Argo CD keeps
 * `operation` on the Application while a requested operation is queued or running and clears it
 * when the operation completes; `status.operationState` then holds the result. An operation state
 * whose `startedAt` is the one seen before the sync request is the previous operation's, not ours.
 */

/** The action's default wait: enough for a usual rollout, short enough for a chat answer. */
const DEFAULT_SYNC_WAIT_MS = 5 * 60_000;
const FAILED = new Set(["Failed", "Error"]);
/** Follows every sync until it ends or `wait.timeoutMs` passes; each Application is read at least once. */
async function waitForSyncs(client, syncs, wait) {
    const deadline = Date.now() + wait.timeoutMs;
    const ends = new Map();
    let pending = [...syncs];
    for (;;) {
        const next = [];
        for (const s of pending) {
            const end = await readEnd(client, s);
            ends.set(s.name, end);
            if (end.outcome === "running" && !end.unreadable)
                next.push(s);
        }
        pending = next;
        const left = deadline - Date.now();
        if (pending.length === 0 || left <= 0)
            return ends;
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait.intervalMs ?? 5000, left)));
    }
}
async function readEnd(client, s) {
    let app;
    try {
        app = await client.getApplication(s.name, {
            ...(s.project ? { project: s.project } : {}),
            ...(s.appNamespace ? { appNamespace: s.appNamespace } : {}),
        });
    }
    catch (err) {
        // Losing sight of it is not the sync failing: say so, and stop asking.
        if (!(0,src_errors/* isUserError */.iU)(err))
            throw err;
        return { outcome: "running", message: `cannot read it: ${err.message}`, unreadable: true };
    }
    return endOf(app, s.before);
}
/** Where the Application's sync stands, from one read of it. */
function endOf(app, before) {
    const op = app.status?.operationState;
    const sync = app.status?.sync?.status;
    const health = app.status?.health?.status;
    const seen = { ...(sync ? { sync } : {}), ...(health ? { health } : {}) };
    const ours = op !== undefined && op.startedAt !== before;
    if (app.operation !== undefined || !ours)
        return { outcome: "running", ...seen };
    const revision = op.syncResult?.revision;
    const told = {
        ...(op.phase ? { phase: op.phase } : {}),
        ...(op.message ? { message: op.message } : {}),
        ...seen,
        ...(revision ? { revision } : {}),
    };
    if (FAILED.has(op.phase ?? ""))
        return { outcome: "failed", ...told };
    const atRevision = !revision || app.status?.sync?.revision === revision;
    if (op.phase === "Succeeded" && sync === "Synced" && atRevision && health === "Healthy")
        return { outcome: "succeeded", ...told };
    return { outcome: "running", ...told };
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-sync.ts
/**
 * ChatOps `/sync <service> [env]` and `/status [service] [env]`, through the same comment
 * handling and RBAC as `/promote`: write access, plus one of the env's `promote.teams` when it
 * lists any. `/sync` asks Argo CD to sync the service's Applications in the env to their own
 * target revision (a comment can never choose the revision), answers in ONE reply, waits
 * (bounded: `syncWait`) for the syncs to end (chatops-sync-wait.ts) and completes that reply
 * with each outcome.
 */







const chatops_sync_COMMAND = /^\/(sync|status)(?:\s|$)/;
const chatops_sync_idPattern = new RegExp(ID_PATTERN);
/** Only what mapping to the model needs: names, projects and sources. */
const SYNC_FIELDS = [
    "items.metadata.name",
    "items.metadata.namespace",
    "items.spec.project",
    "items.spec.source",
    "items.spec.sources",
    // The last operation's start, to tell it from the one our sync request starts.
    "items.status.operationState.startedAt",
];
/** Handles a `/sync` or `/status` comment; undefined when the comment is neither. */
async function handleArgoComment(options) {
    const first = options.event.body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
    const kind = chatops_sync_COMMAND.exec(first)?.[1];
    if (!kind)
        return undefined;
    await react(options, "eyes");
    try {
        const words = parseWords(first.slice(kind.length + 1), kind);
        const model = await load_loadModel(options.repo);
        return kind === "sync" ? await runSync(options, model, words) : await runStatus(options, model, words);
    }
    catch (err) {
        if ((0,src_errors/* isUserError */.iU)(err))
            return refuse(options, kind, err.message);
        const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : "";
        await reply(options, `@${options.event.user} /${kind} failed unexpectedly${run}: ${quiet((0,src_errors/* messageOf */.bD)(err))}`).catch(() => undefined);
        await react(options, "confused").catch(() => undefined);
        throw err;
    }
}
/** The words after the command: plain names only, at most two (service, env). */
function parseWords(rest, kind) {
    const words = rest.split(/[\s,]+/).filter(Boolean);
    const usage = kind === "sync" ? '"/sync <service> [env]"' : '"/status [service] [env]"';
    if ((kind === "sync" && words.length === 0) || words.length > 2)
        throw new src_errors/* UserError */.yo(`write ${usage}`);
    for (const word of words) {
        if (!chatops_sync_idPattern.test(word))
            throw new src_errors/* UserError */.yo(`${show(word)} is not a service or environment name`);
    }
    return words;
}
async function runSync(options, model, words) {
    const [service = "", named] = words;
    // No env named: the first of the chain, the one a stray /sync can do least harm to.
    const env = named ?? model.environments[0] ?? "";
    checkNames(model, service, env);
    const denied = await permissionProblem(options.github, options.event.user, env, model.config.promote.teams[env] ?? [], "sync");
    if (denied)
        return refuse(options, "sync", denied);
    const { client, settings } = connectFor(options, model);
    const { mapped } = await list_mapped_listRepoApplications(client, model, settings, SYNC_FIELDS);
    const apps = mapped.filter((m) => m.env === env && m.service === service);
    if (apps.length === 0)
        return refuse(options, "sync", `no Argo CD Application at ${client.server} deploys ${service} in ${env}`);
    const syncs = [];
    const watch = [];
    for (const m of apps) {
        const project = m.live.spec?.project;
        const namespace = m.live.metadata?.namespace;
        const appNamespace = settings.appNamespace && namespace ? namespace : undefined;
        const targetRevision = sourcesOf(m.live)[m.sourceIndex]?.targetRevision;
        const url = appUrl(client.server, m.name, namespace);
        try {
            await client.syncApplication({
                name: m.name,
                ...(project ? { project } : {}),
                ...(appNamespace ? { appNamespace } : {}),
            });
            syncs.push({
                name: m.name,
                started: true,
                ...(targetRevision ? { targetRevision } : {}),
                ...(url ? { url } : {}),
            });
            const before = m.live.status?.operationState?.startedAt;
            watch.push({
                name: m.name,
                ...(project ? { project } : {}),
                ...(appNamespace ? { appNamespace } : {}),
                ...(before ? { before } : {}),
            });
        }
        catch (err) {
            if (!(0,src_errors/* isUserError */.iU)(err))
                throw err;
            syncs.push({ name: m.name, started: false, message: err.message, ...(url ? { url } : {}) });
        }
    }
    const head = { user: options.event.user, service, env, server: client.server };
    if (watch.length === 0) {
        const replyUrl = await reply(options, syncReplyText(head, syncs, { waitedMs: 0 }));
        await react(options, "confused");
        const reason = syncs.map((s) => `${s.name}: ${s.message ?? "refused"}`).join("; ");
        return { status: "refused", reason, replyUrl, syncs };
    }
    const wait = options.syncWait ?? { timeoutMs: DEFAULT_SYNC_WAIT_MS };
    // Answer at once, so the thread knows the sync started; the outcome completes the same reply.
    const posted = await postReply(options, syncReplyText(head, syncs, { waitingMs: wait.timeoutMs }));
    const ends = await waitForSyncs(client, watch, wait);
    for (const s of syncs) {
        const end = ends.get(s.name);
        if (end)
            s.end = end;
    }
    await updateReply(options, posted.id, syncReplyText(head, syncs, { waitedMs: wait.timeoutMs }));
    const failed = syncs.filter((s) => !s.started || s.end?.outcome === "failed");
    await react(options, failed.length === 0 ? "rocket" : "confused");
    const reason = failed.map((s) => `${s.name}: ${s.started ? (s.end?.message ?? "failed") : (s.message ?? "refused")}`);
    return {
        status: "synced",
        replyUrl: posted.url,
        syncs,
        ...(reason.length > 0 ? { reason: reason.join("; ") } : {}),
    };
}
async function runStatus(options, model, words) {
    const services = new Set(model.targets.flatMap((t) => (t.service ? [t.service] : [])));
    let service;
    let env;
    // One word is an env when it names one and no service; otherwise a service.
    if (words.length === 2)
        [service, env] = words;
    else if (words[0] !== undefined && model.environments.includes(words[0]) && !services.has(words[0]))
        env = words[0];
    else
        service = words[0];
    if (service !== undefined)
        checkNames(model, service, env);
    else if (env !== undefined)
        checkNames(model, undefined, env);
    const teams = env !== undefined ? (model.config.promote.teams[env] ?? []) : [];
    const denied = await permissionProblem(options.github, options.event.user, env ?? "", teams, "status");
    if (denied)
        return refuse(options, "status", denied);
    const { client, settings } = connectFor(options, model);
    const report = await status_collectStatus({
        model,
        client,
        appNamespace: settings.appNamespace,
        projects: settings.projects,
        graceMs: 0,
        failOnDrift: false,
        envs: env !== undefined ? [env] : [],
        services: service !== undefined ? [service] : [],
        ...(options.argocd?.now ? { now: options.argocd.now } : {}),
    });
    const scope = [service, env].filter(Boolean).join(" in ");
    const lines = [
        `@${options.event.user} Argo CD status${scope ? ` of ${scope}` : ""} at ${summary_markdownCell(report.server)}: ` +
            `${report.applications.length} Application(s)`,
    ];
    if (report.applications.length > 0) {
        lines.push("", "| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |", "| --- | --- | --- | --- | --- | --- | --- | --- |", ...statusRows(report.applications).map((row) => `| ${row.map((c) => summary_markdownCell(c)).join(" | ")} |`));
    }
    const [head = "", ...rest] = lines;
    const replyUrl = await reply(options, [head, ...rest.map(quiet)].join("\n") + "\n");
    await react(options, "+1");
    return { status: "reported", replyUrl };
}
function checkNames(model, service, env) {
    if (env !== undefined && !model.environments.includes(env)) {
        throw new src_errors/* UserError */.yo(`unknown environment ${show(env)}; known: ${model.environments.join(", ")}`);
    }
    if (service === undefined)
        return;
    const known = [...new Set(model.targets.flatMap((t) => (t.service ? [t.service] : [])))].sort();
    if (!known.includes(service))
        throw new src_errors/* UserError */.yo(`unknown service ${show(service)}; known: ${known.join(", ")}`);
}
function connectFor(options, model) {
    const timeout = options.argocd?.timeoutMs;
    return connect(options.argocd?.env ?? process.env, model.config.argocd, timeout ? { timeoutMs: timeout } : {});
}
async function refuse(options, kind, reason) {
    const run = options.runUrl ? `\n\n[Workflow run](${options.runUrl})` : "";
    const what = kind === "sync" ? "the sync was refused" : "the status request was refused";
    const replyUrl = await reply(options, `@${options.event.user} ${what}: ${quiet(reason)}${run}`);
    await react(options, "confused");
    return { status: "refused", reason, replyUrl };
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-since.ts

const gate_since_SHA = /^[0-9a-f]{7,40}$/i;
/**
 * RFC 3339 time the Application first ran a revision containing `expected` (and has run one
 * since), or null when its newest sync lacks it or the history cannot tell.
 */
async function runningSince(repo, app, sourceIndex, expected) {
    if (!expected)
        return null;
    const history = [...(app.status?.history ?? [])].sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
    let since = null;
    for (const entry of history) {
        const revision = entry.revisions?.[sourceIndex] ?? entry.revision ?? "";
        // Revisions come from the server: only a plain SHA ever reaches git.
        if (!entry.deployedAt || !gate_since_SHA.test(revision))
            break;
        const r = await git_git(repo, ["merge-base", "--is-ancestor", "--end-of-options", expected, revision]);
        if (r.code !== 0)
            break;
        since = entry.deployedAt;
    }
    return since;
}

;// CONCATENATED MODULE: ./packages/promote/src/source-evidence.ts
/**
 * What Argo CD shows for the promoted services in the source env: one evidence per Application
 * (sync, health, the revision it runs and whether that holds the last change to its inputs,
 * when it was deployed and since when it has run the change). The staging gate judges it; the
 * promotion PR dates "Running for" by it.
 */


/** Lists the source env's Applications of `request.services` (one List call) and judges each. */
async function readSourceEvidence(layout, request, { client, settings }, clock) {
    const { mapped: all } = await list_mapped_listRepoApplications(client, layout, settings, status_STATUS_FIELDS);
    const mapped = all.filter((m) => m.env === request.from && m.service !== undefined && request.services.includes(m.service));
    const applications = await Promise.all(mapped.map((m) => evidenceOf(layout, m, clock)));
    const missing = request.services
        .filter((service) => !applications.some((a) => a.service === service))
        .map((service) => ({
        service,
        problem: missingProblem(layout, request.from, service, client.server, settings.projects),
    }));
    return { server: client.server, applications, missing };
}
async function evidenceOf(layout, m, { soak, soakMs, now }) {
    const status = m.live.status;
    const sync = status?.sync?.status ?? "Unknown";
    const health = status?.health?.status ?? "Unknown";
    const { revision, at } = deployedRevision(m.live, m.sourceIndex);
    const fresh = await freshness(layout.repo, revision ?? undefined, inputPaths(layout, m.targets));
    const problems = [];
    if (sync !== "Synced")
        problems.push(`${m.name} is ${sync}, not Synced`);
    if (health !== "Healthy") {
        const why = status?.health?.message ? ` (${source_evidence_oneLine(status.health.message)})` : "";
        problems.push(`${m.name} is ${health}${why}, not Healthy`);
    }
    if (fresh.current === false) {
        problems.push(`${m.name} runs ${source_evidence_short(revision)}, which does not contain ${source_evidence_short(fresh.expected)}, the last change to its inputs`);
    }
    else if (fresh.current === null) {
        problems.push(`${m.name}: cannot tell whether it runs the promoted change: ${fresh.note ?? "unknown"}`);
    }
    if (soakMs > 0) {
        const age = at ? now.getTime() - Date.parse(at) : Number.NaN;
        if (!at || Number.isNaN(age))
            problems.push(`${m.name} has no deployment time in its sync history`);
        else if (age < soakMs)
            problems.push(`${m.name} was deployed ${(0,duration/* formatDuration */.a)(age)} ago (${at}); the gate needs ${soak} of soak`);
    }
    return {
        name: m.name,
        service: m.service ?? "",
        sync,
        health,
        revision,
        deployedAt: at,
        runningSince: fresh.current
            ? await runningSince(layout.repo, m.live, m.sourceIndex, fresh.expected)
            : null,
        expected: fresh.expected,
        contains: fresh.current,
        problems,
    };
}
/** No Application of the service in the source env: not created, or hidden from the token. */
function missingProblem(layout, env, service, server, projects) {
    const inModel = layout.applications.filter((a) => a.env === env &&
        layout.targets.some((t) => t.service === service && a.targets.includes(t.id)) &&
        (projects.length === 0 || projects.includes(a.project)));
    const named = inModel.map((a) => a.name).sort();
    const rbac = [...new Set(inModel.map((a) => `"applications, get, ${a.project || "<project>"}/*"`))];
    return (`no Argo CD Application at ${server} deploys ${service} in ${env}` +
        (named.length
            ? ` (the repository defines ${named.join(", ")}: not created yet, or the token lacks ${rbac.join(", ")})`
            : ""));
}
function source_evidence_short(sha) {
    return sha ? sha.slice(0, 7) : "(none)";
}
function source_evidence_oneLine(text) {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-argocd.ts
/**
 * The staging gate (`promote.gate` in .gitops.yaml). A promotion into a gated env goes ahead only
 * when Argo CD shows every Application of the promoted services in the source env Synced,
 * Healthy, running a revision that contains the last change to its inputs (real git ancestry),
 * and deployed at least `promote.gate.soak` ago. The evidence is kept for the pull request.
 */




/** True when `promote.gate.envs` names `to` or a group of the chain that holds it. */
function isGated(layout, to) {
    return layout.config.promote.gate.envs.some((name) => {
        const envs = envsNamed(layout, name);
        if (!envs) {
            throw new src_errors/* UserError */.yo(`.gitops.yaml promote.gate.envs names "${name}", which is no environment or group of the chain; known: ${layout.environments.join(", ")}`, ".gitops.yaml");
        }
        return envs.includes(to);
    });
}
/** The gate for `request`, or undefined when its target env is not gated. Argo CD not configured: a `UserError`. */
async function checkArgoGate(layout, request, access = {}) {
    if (!isGated(layout, request.to))
        return undefined;
    const soak = layout.config.promote.gate.soak;
    const soakMs = (0,duration/* parseDuration */.E)(soak, ".gitops.yaml promote.gate.soak");
    const connection = connectForGate(layout, request, access);
    const now = access.now ?? new Date();
    const { server, applications, missing } = await readSourceEvidence(layout, request, connection, {
        soak,
        soakMs,
        now,
    });
    const problems = [...missing.map((m) => m.problem), ...applications.flatMap((a) => a.problems)];
    return {
        from: request.from,
        to: request.to,
        server,
        soak,
        soakMs,
        checkedAt: now.toISOString(),
        applications,
        problems,
        warnings: connection.settings.warnings,
    };
}
/** The refusal reason for a report with problems, undefined when it passed. */
function gateRefusal(report) {
    if (report.problems.length === 0)
        return undefined;
    return `${report.from} has not passed the gate into ${report.to} (promote.gate): ${report.problems.join("; ")}`;
}
function connectForGate(layout, request, access) {
    try {
        const options = access.timeoutMs ? { timeoutMs: access.timeoutMs } : {};
        return connect(access.env ?? process.env, layout.config.argocd, options);
    }
    catch (err) {
        if (!(0,src_errors/* isUserError */.iU)(err))
            throw err;
        throw new src_errors/* UserError */.yo(`promotion to ${request.to} is gated (promote.gate in .gitops.yaml) and reads Argo CD: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/drift.ts
/**
 * Drift: how the two overlays of a service differ in what promotion does not
 * copy (replicas, hosts, patches ...). Shown in the pull request for
 * information only; most of it is what makes an env an env.
 */


/** Most drift entries reported per service. */
const PER_SERVICE = 25;
/** Compares each service's overlays file by file, leaving out the promoted fields. */
async function computeDrift(pairs, changes, source, target) {
    const items = [];
    let omitted = 0;
    for (const pair of pairs) {
        const own = changes.filter((c) => c.service === pair.service);
        const promoted = new Set(own.map((c) => `${c.file}\0${c.field}`));
        // A file copied whole is promoted as a whole.
        const copied = new Set(own.filter((c) => c.field === FILE_FIELD).map((c) => c.file));
        const found = [];
        for (const [from, to] of await filePairs(pair, source, target)) {
            if (to && copied.has(to))
                continue;
            const a = from ? await source.read(from) : undefined;
            const b = to ? await target.read(to) : undefined;
            const file = to ?? from ?? "";
            if (a === b)
                continue;
            if (a === undefined || b === undefined) {
                found.push({
                    service: pair.service,
                    file,
                    field: "(file)",
                    source: a === undefined ? null : "present",
                    target: b === undefined ? null : "present",
                });
                continue;
            }
            for (const d of compareFile(file, a, b)) {
                if (!promoted.has(`${file}\0${d.field}`))
                    found.push({ service: pair.service, file, ...d });
            }
        }
        items.push(...found.slice(0, PER_SERVICE));
        omitted += Math.max(0, found.length - PER_SERVICE);
    }
    return { items, omitted };
}
/** Source and target paths of the files to compare: the overlay folders, and values files kept elsewhere. */
async function filePairs(pair, source, target) {
    const srcDir = pair.source.overlay.dir;
    const dstDir = pair.target.overlay.dir;
    const names = new Set();
    for (const p of await source.list(srcDir))
        names.add(p.slice(srcDir.length + 1));
    for (const p of await target.list(dstDir))
        names.add(p.slice(dstDir.length + 1));
    const out = [...names]
        .sort()
        .map((n) => [`${srcDir}/${n}`, `${dstDir}/${n}`]);
    const { values: sv } = pair.source;
    const { values: tv } = pair.target;
    if (sv && tv && !sv.startsWith(`${srcDir}/`) && !tv.startsWith(`${dstDir}/`))
        out.push([sv, tv]);
    return out;
}
function compareFile(file, a, b) {
    if (!/\.(ya?ml|json)$/i.test(file))
        return [{ field: "(content)", source: "differs", target: "differs" }];
    let left;
    let right;
    try {
        left = flattenFile(a, file);
        right = flattenFile(b, file);
    }
    catch {
        return [{ field: "(content)", source: "differs", target: "differs" }];
    }
    const keys = [...new Set([...left.keys(), ...right.keys()])];
    return keys
        .filter((k) => left.get(k) !== right.get(k))
        .map((field) => ({ field, source: left.get(field) ?? null, target: right.get(field) ?? null }));
}
function flattenFile(text, file) {
    const out = new Map();
    const docs = parseYaml(text, file).documents;
    for (const d of docs)
        flatten(d.value, docs.length > 1 ? `[doc ${d.index}]` : "", out);
    return out;
}
/** Leaf values by path; list entries with a `name` are keyed by it, as promotion names them. */
function flatten(value, path, out) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            out.set(path, "[]");
        value.forEach((item, i) => {
            // Named entries by their name; JSON6902 ops by their path, as promotion names them.
            const { name, op, path: at } = (item ?? {});
            const key = typeof name === "string" ? name : typeof op === "string" && typeof at === "string" ? at : i;
            flatten(item, `${path}[${key}]`, out);
        });
    }
    else if (value !== null && typeof value === "object") {
        const entries = Object.entries(value);
        if (entries.length === 0)
            out.set(path, "{}");
        for (const [k, v] of entries)
            flatten(v, path ? `${path}.${k}` : k, out);
    }
    else {
        out.set(path, value === undefined ? "null" : typeof value === "string" ? value : JSON.stringify(value));
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/gate.ts
/**
 * The optional gate: promote only a source commit whose required checks
 * passed. Read from the check runs API, newest run per name, the way branch
 * protection counts them (success, neutral and skipped pass).
 */

const PASSING = new Set(["success", "neutral", "skipped"]);
/** Undefined when every required check passed on `sha`; otherwise why the promotion is refused. */
async function requiredChecksProblem(gh, sha, required) {
    if (required.length === 0)
        return undefined;
    const runs = await github_listAll(gh, "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ref: sha }, (d) => d.check_runs);
    const problems = [];
    for (const name of required) {
        const latest = runs.filter((r) => r.name === name).sort((a, b) => b.id - a.id)[0];
        if (!latest)
            problems.push(`"${name}" has not run`);
        else if (latest.status !== "completed")
            problems.push(`"${name}" is ${latest.status.replace(/_/g, " ")}`);
        else if (!PASSING.has(latest.conclusion ?? ""))
            problems.push(`"${name}" concluded ${latest.conclusion ?? "without a result"}`);
    }
    if (problems.length === 0)
        return undefined;
    return `required checks did not pass on ${sha.slice(0, 12)}: ${problems.join(", ")}`;
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-checks.ts
/**
 * The required-checks gate before a promotion pushes: the source commit's required check runs
 * (`promote.requiredChecks` plus the caller's) must have passed. One function for a single-env
 * promotion (promote.ts) and a grouped one (publish-grouped.ts), so both refuse alike.
 * `commit` mode pushes nothing and is not gated.
 */



/** Why the push is refused, or undefined; no GitHub access with checks required is a `UserError`. */
async function requiredChecksGate(options, layout, headSha) {
    if (options.mode === "commit")
        return undefined;
    const required = [...new Set([...layout.config.promote.requiredChecks, ...(options.requiredChecks ?? [])])];
    if (required.length === 0)
        return undefined;
    const gh = options.github;
    if (!gh) {
        throw new src_errors/* UserError */.yo(`required checks (${required.join(", ")}) must pass before pushing; the gate reads check runs and needs a GitHub token (set GITHUB_TOKEN)`);
    }
    return withGitHub(gh, `read the check runs of ${headSha}`, () => requiredChecksProblem(gh, headSha, required));
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-evidence.ts
/**
 * The staging gate's evidence for people: a markdown section for the promotion PR body and rows
 * for the CLI table. Names, states and messages come from the Argo CD server: every cell is
 * escaped, and only a plain SHA is shown as code.
 */


const GATE_HEADER = ["APPLICATION", "SYNC", "HEALTH", "REVISION", "DEPLOYED", "SOAKED", "GATE"];
/** One row per source-env Application. */
function gateRows(report) {
    return report.applications.map((a) => [
        a.name,
        a.sync,
        a.health,
        revisionText(a),
        a.deployedAt ?? "-",
        soaked(report, a),
        a.problems.length === 0 ? "pass" : "fail",
    ]);
}
/**
 * The PR body's section: what Argo CD showed for the source env when the promotion was made.
 * No check time or age in it: a re-run that finds the same state leaves the body, and so the
 * pull request, untouched.
 */
function gateSection(report) {
    const lines = [
        `### Gate: ${summary_markdownCell(report.from)} before ${summary_markdownCell(report.to)}`,
        "",
        `Argo CD at ${summary_markdownCell(report.server)}` +
            (report.soakMs > 0 ? `; required soak ${summary_markdownCell(report.soak)}.` : "; no soak required."),
        "",
        "| Application | Sync | Health | Revision | Deployed since |",
        "| --- | --- | --- | --- | --- |",
    ];
    for (const a of report.applications) {
        const cells = [a.name, a.sync, a.health].map(summary_markdownCell);
        cells.push(revisionMarkdown(a), summary_markdownCell(a.deployedAt ?? "-"));
        lines.push(`| ${cells.join(" | ")} |`);
    }
    if (report.problems.length > 0) {
        lines.push("", "Not passed:", ...report.problems.map((p) => `- ${summary_markdownCell(p)}`));
    }
    return `${lines.join("\n")}\n`;
}
/** The gate as `promote --json` prints it (fields may be added, not renamed). */
function gateJson(report) {
    return {
        from: report.from,
        to: report.to,
        server: report.server,
        soak: report.soak,
        checkedAt: report.checkedAt,
        passed: report.problems.length === 0,
        problems: report.problems,
        applications: report.applications,
    };
}
const gate_evidence_SHA = /^[0-9a-f]{7,40}$/i;
function revisionText(a) {
    const rev = a.revision ? a.revision.slice(0, 7) : "-";
    if (a.contains === true && a.expected)
        return `${rev} (has ${a.expected.slice(0, 7)})`;
    if (a.contains === false && a.expected)
        return `${rev} (lacks ${a.expected.slice(0, 7)})`;
    return rev;
}
function revisionMarkdown(a) {
    const code = (sha) => sha && gate_evidence_SHA.test(sha) ? `\`${sha.slice(0, 12)}\`` : summary_markdownCell(sha ?? "-");
    if (a.contains === true && a.expected)
        return `${code(a.revision)} (contains ${code(a.expected)})`;
    if (a.contains === false && a.expected)
        return `${code(a.revision)} (lacks ${code(a.expected)})`;
    return code(a.revision);
}
function soaked(report, a) {
    if (!a.deployedAt)
        return "-";
    const age = Date.parse(report.checkedAt) - Date.parse(a.deployedAt);
    return Number.isNaN(age) ? "-" : (0,duration/* formatDuration */.a)(age);
}

;// CONCATENATED MODULE: ./packages/promote/src/pr-context.ts
/**
 * What a reviewer wants next to a promotion's change table: which commit put
 * each service's values in the source env, who made it, and how long it has
 * run there. From git, the time is when that commit reached the source
 * branch (its commit time; a merge or squash sets it when the PR merged);
 * with Argo CD (pr-running.ts), when the env's Applications started running it.
 */

/** The last commit under each `dirs[service]` (relative to the infra repo) reachable from `head`. */
async function sourceEntries(git, prefix, head, dirs) {
    const out = [];
    for (const [service, dir] of dirs) {
        const r = await git.run([
            "log",
            "-1",
            // First parent: the merge that brought the change to the source branch, not the feature commit.
            "--first-parent",
            "--format=%H%x00%s%x00%an%x00%cI",
            "--end-of-options",
            head,
            "--",
            `${prefix}${dir}`,
        ]);
        const [commit = "", subject = "", author = "", date = ""] = r.stdout.trim().split("\0");
        if (r.code === 0 && commit !== "")
            out.push({ service, commit, subject, author, date: utc(date) });
    }
    return out;
}
/** `2020-01-01T00:00:00Z`: git's `%cI` in UTC, so every PR body reads alike. */
function utc(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}
/** `3 days`, `5 hours`, `12 minutes`: how long from `since` to `now`. */
function runningFor(since, now) {
    const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
    const [n, unit] = minutes >= 2 * 1440
        ? [Math.floor(minutes / 1440), "day"]
        : minutes >= 120
            ? [Math.floor(minutes / 60), "hour"]
            : [minutes, "minute"];
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
/**
 * The markdown section: one row per service, with the time it has run in `from`. With `argo`,
 * a service Argo CD dates is timed from when it started running, the others from the merge,
 * and each row and the notes say which.
 */
function sourceSection(from, entries, now, argo) {
    if (entries.length === 0)
        return "";
    const head = `| Service | Last change in ${from} | Author | Merged |`;
    const change = (e) => `| ${e.service} | \`${e.commit.slice(0, 12)}\` ${pr_context_escape(e.subject)} | ${pr_context_escape(e.author)} | ${e.date} |`;
    if (!argo) {
        return [
            `#### Running in \`${from}\``,
            "",
            `${head} Running for |`,
            "| --- | --- | --- | --- | --- |",
            ...entries.map((e) => `${change(e)} ${runningFor(e.date, now)} |`),
        ].join("\n");
    }
    const rows = entries.map((e) => {
        const live = argo.times.get(e.service);
        const since = live ? `${live.at} (Argo CD)` : `${e.date} (merge)`;
        return `${change(e)} ${summary_markdownCell(since)} | ${runningFor(live?.at ?? e.date, now)} |`;
    });
    const notes = [
        `Since: "Argo CD" is when the service's Applications in ${from} (Argo CD at ${summary_markdownCell(argo.server)}) first ran a revision containing the change, the latest of them; "merge" is when the change was merged.`,
        ...argo.notes.map((n) => `- ${summary_markdownCell(n)}`),
    ];
    return [
        `#### Running in \`${from}\``,
        "",
        `${head} Since | Running for |`,
        "| --- | --- | --- | --- | --- | --- |",
        ...rows,
        "",
        ...notes,
    ].join("\n");
}
function pr_context_escape(text) {
    return text.replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
}

;// CONCATENATED MODULE: ./packages/promote/src/pr-running.ts
/**
 * How long each service has run in the source env, for the promotion PR body: from Argo CD when
 * it is configured (the time the service's source-env Applications first ran a revision holding
 * the change), else the merge time. It is context, not a gate: an Argo CD that cannot be read
 * leaves the merge time and a note saying why. When the target env is gated, the gate's
 * evidence is used as it is, so Argo CD is asked once.
 */



/** A non-gate read gives up sooner than the gate: the PR is opened either way. */
const pr_running_TIMEOUT_MS = 10_000;
/**
 * Argo CD's times for `request.services` in `request.from`: from `gate` when there is one, else
 * read now when Argo CD is configured; undefined when it is not configured (merge times, as is).
 */
async function argoRunning(layout, request, gate, access = {}) {
    if (gate)
        return timesOf(request, gate.server, gate.applications);
    const env = access.env ?? process.env;
    const server = (env.ARGOCD_SERVER ?? "").trim() || layout.config.argocd.server.trim();
    if (!server)
        return undefined;
    try {
        const connection = connect(env, layout.config.argocd, { timeoutMs: access.timeoutMs ?? pr_running_TIMEOUT_MS });
        const clock = { soak: "0s", soakMs: 0, now: access.now ?? new Date() };
        const read = await readSourceEvidence(layout, request, connection, clock);
        return timesOf(request, read.server, read.applications);
    }
    catch (err) {
        if (!(0,src_errors/* isUserError */.iU)(err))
            throw err;
        return {
            server,
            times: new Map(),
            notes: [`Argo CD could not be read (${err.message}): every time is the merge time`],
        };
    }
}
function timesOf(request, server, evidence) {
    const times = new Map();
    const notes = [];
    for (const service of request.services) {
        const apps = evidence.filter((a) => a.service === service);
        const names = apps.map((a) => a.name).sort();
        const waiting = apps.filter((a) => a.runningSince === null).map((a) => a.name);
        if (apps.length === 0) {
            notes.push(`${service}: no Argo CD Application deploys it in ${request.from}; merge time`);
        }
        else if (waiting.length > 0) {
            notes.push(`${service}: ${waiting.join(", ")} ${waiting.length > 1 ? "do" : "does"} not run the change yet (or Argo CD's history cannot tell); merge time`);
        }
        else {
            // Every Application runs it: it has run everywhere since the latest of their starts.
            const starts = apps.map((a) => a.runningSince ?? "");
            const at = starts.reduce((x, y) => (Date.parse(y) > Date.parse(x) ? y : x));
            times.set(service, { at, applications: names });
        }
    }
    return { server, times, notes };
}

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
        return { message: remote.message, file: tool_errors_rel(repo, k), ...tool_errors_lineOf(k, remote.reference) };
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
            ...tool_errors_lineOf(k, security[1] ?? ""),
        };
    }
    const missing = /(?:lstat|open|stat) ([^:']+): no such file or directory/.exec(text);
    if (missing) {
        const k = kustomizationFile(at);
        const ref = from ?? (0,external_node_path_.relative)(at, missing[1] ?? "");
        return {
            message: `'${ref}' does not exist (${tool_errors_rel(repo, missing[1] ?? "")})`,
            file: tool_errors_rel(repo, k),
            ...tool_errors_lineOf(k, ref),
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
function tool_errors_lineOf(file, needle) {
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
    shards_filterTargets(layout, { environments: options.environments, services: options.services });
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
            chosen = intersect(chosen, graph_affectedTargets(targets, graphs, changed));
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

;// CONCATENATED MODULE: ./packages/render/src/diff/markdown.ts
/** GitHub refuses comments over 65,536 characters; leave room for the marker line. */
const markdown_COMMENT_LIMIT = 65_000;
/**
 * The rendered diff as pull-request markdown: counts per env and service, then
 * a collapsible section per target with a unified YAML diff per changed
 * object. It stays within `limit`: sections that do not fit are listed by name
 * only, with a pointer to the full diff file.
 */
function markdown_diffMarkdown(diffs, opts = {}) {
    const limit = opts.limit ?? markdown_COMMENT_LIMIT;
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











;// CONCATENATED MODULE: ./packages/promote/src/pr-diff.ts
/**
 * The rendered diff of a promotion PR: the target envs' targets the promotion touches, rendered
 * (real kustomize/helm, as `gitops render` does) at the PR's base commit and at its head, compared
 * object by object. Each target is a collapsed `<details>` section with a unified diff; Secret
 * `data`/`stringData` values are redacted before anything is compared; the section stays within
 * the room the PR body has left (GitHub refuses bodies over 65,536 characters) and says what it cut.
 * A render that cannot run leaves a note in the body instead: the PR still opens.
 */






/** GitHub's limit on an issue or PR body. */
const BODY_LIMIT = 65_536;
/** Room kept for what the lifecycle adds to the body (the scope marker) and for safety. */
const RESERVE = 1_000;
/** Below this, a diff section is not worth cutting down to: a note says it was left out. */
const MIN_SECTION = 600;
/** The room a PR body of `used` characters leaves for the rendered diff. */
function diffBudget(used) {
    return Math.max(0, BODY_LIMIT - RESERVE - used);
}
/**
 * The markdown sections, one per env: the rendered diff of its targets between `base` and `head`
 * (each env gets an equal share of `limit`), or a note why there is none.
 */
async function renderedDiffSection(input) {
    const each = Math.floor(input.limit / Math.max(1, input.envs.length));
    const title = (env) => `Rendered ${env} diff`;
    const notes = (why) => input.envs.map((env) => `### ${title(env)}\n\n${why}\n`).join("\n");
    if (each < MIN_SECTION)
        return notes("Left out: the pull request body has no room left.");
    let sides;
    try {
        sides = await renderBothSides(input);
    }
    catch (err) {
        // The PR matters more than its diff: a tool that is missing or fails becomes a note.
        if (!(err instanceof src_errors/* UserError */.yo))
            throw err;
        return notes(`Not available: ${pr_diff_oneLine((0,src_errors/* messageOf */.bD)(err))}`);
    }
    return input.envs
        .map((env) => {
        const failed = sides.failed.filter((f) => f.env === env).map((f) => `\`${f.id}\``);
        const note = failed.length > 0 ? `\n> Not rendered on one side: ${failed.join(", ")}\n` : "";
        const diffs = sides.diffs.filter((d) => d.env === env);
        return markdown_diffMarkdown(diffs, { limit: each - note.length, title: title(env) }) + note;
    })
        .join("\n");
}
async function renderBothSides(input) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-pr-diff-"));
    const tree = (0,external_node_path_.join)(scratch, "tree");
    try {
        // GitHub shows the PR against the merge-base, so the diff is rendered from there too.
        const base = (await input.git.ok(["merge-base", "--end-of-options", input.base, input.head], "cannot find the promotion's merge-base")).trim();
        const changed = (await input.git.ok([
            "diff",
            "--name-only",
            "--no-renames",
            "--end-of-options",
            base,
            input.head,
            "--",
            input.prefix || ".",
        ], "cannot list the promotion's changed files"))
            .split("\n")
            .filter((p) => p !== "")
            .map((p) => p.slice(input.prefix.length));
        await input.git.ok(["worktree", "add", "--detach", "--quiet", "--end-of-options", tree, base], "cannot check out the base for the rendered diff");
        const repo = (0,external_node_path_.join)(tree, input.prefix);
        const before = await renderSide(repo, (0,external_node_path_.join)(scratch, "before"), input, changed);
        await new Git(tree).ok(["checkout", "--detach", "--quiet", input.head, "--"], "cannot check out the promotion for the rendered diff");
        const after = await renderSide(repo, (0,external_node_path_.join)(scratch, "after"), input, changed);
        const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
        const diffs = [];
        const failed = [];
        for (const id of ids) {
            const a = before.get(id);
            const b = after.get(id);
            const meta = b ?? a;
            if (!meta)
                continue;
            if (a?.yaml === null || b?.yaml === null) {
                failed.push({ id, env: meta.env });
                continue;
            }
            const d = compare_compareTarget({ id, env: meta.env, ...(meta.service ? { service: meta.service } : {}) }, a?.yaml, b?.yaml);
            if (d)
                diffs.push(d);
        }
        return { diffs, failed };
    }
    finally {
        await input.git.run(["worktree", "remove", "--force", "--end-of-options", tree]);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** Renders the env's targets that `changed` feeds, at the commit checked out in `repo`. */
async function renderSide(repo, outDir, input, changed) {
    const env = input.toolsEnv;
    const layout = await load_loadModel(repo, { outDir, ...(env ? { env } : {}) });
    const inEnv = layout.targets.filter((t) => input.envs.includes(t.env));
    const graphs = new Map(inEnv.map((t) => [t.id, layout.graph(t.id)]));
    const only = graph_affectedTargets(inEnv, graphs, changed);
    const out = new Map();
    if (only.size === 0)
        return out;
    const report = await render_render({ repo, model: layout, outDir, only, cache: false, ...(env ? { env } : {}) });
    for (const t of report.targets) {
        if (!only.has(t.id) || t.status === "skipped")
            continue;
        const yaml = t.status === "ok" ? (0,external_node_fs_.readFileSync)(render_outputPath(report.outDir, t.id), "utf8") : null;
        out.set(t.id, { env: t.env, ...(t.service ? { service: t.service } : {}), yaml });
    }
    return out;
}
function pr_diff_oneLine(text) {
    const line = text.split("\n")[0] ?? "";
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

;// CONCATENATED MODULE: ./packages/promote/src/promote-pr.ts








/** Opens or updates the promotion PR and applies the lifecycle. */
async function promotionPullRequest(p) {
    const { request } = p.plan;
    const reviews = reviewersFor(await loadCodeowners(p.tree), p.plan.files.map((f) => f.path));
    const dirs = new Map(request.services.map((s) => [s, overlayOf(p.layout, s, request.from).dir]));
    const entries = await sourceEntries(p.checkout.git, p.checkout.prefix, p.sourceSha, dirs);
    const when = await p.checkout.git.ok(["log", "-1", "--format=%cI", p.commit], "cannot read the branch's commit");
    const argo = await argoRunning(p.layout, request, p.gate, p.argocd);
    const context = sourceSection(request.from, entries, new Date(when.trim()), argo);
    const body = pullRequestBody(request, p.plan.changes, p.sourceSha, p.drift) +
        (context ? `\n${context}\n` : "") +
        (p.gate ? `\n${gateSection(p.gate)}` : "");
    // Last, so the rendered diff takes only the room the rest of the body leaves.
    const diff = await renderedDiffSection({
        git: p.checkout.git,
        prefix: p.checkout.prefix,
        base: p.checkout.headSha,
        head: p.commit,
        envs: [request.to],
        limit: diffBudget(body.length),
    });
    return openPullRequest(p.github, {
        spec: {
            branch: p.branch,
            base: p.base,
            title: promotionTitle(request),
            body: `${body}\n${diff}`,
            labels: ["promotion", `env:${request.to}`],
            reviewers: reviews.reviewers,
            teamReviewers: reviews.teamReviewers,
            rerequest: p.created,
        },
        scope: { kind: "promote", envs: [request.to], services: request.services },
        ...(mergeMethod(p.layout) ? { autoMerge: mergeMethod(p.layout) } : {}),
        after: `The branch ${p.branch} was pushed to ${p.remote} (${p.commit.slice(0, 12)}) and is kept; run the same command again to open the pull request`,
    });
}
/** Closes the promotion PR of `request` when nothing is left to promote; returns its number. */
function closeSettledPromotion(github, request, base) {
    return closeEmptyPullRequest(github, promotionBranch(request), base, `${request.to} already has what ${request.from} has for ${request.services.join(", ")}; nothing is left to promote.`);
}
/** `promote.autoMerge` as a merge method, or undefined when off. */
function mergeMethod(layout) {
    const v = layout.config.promote.autoMerge;
    return v === true ? "merge" : v === false ? undefined : v;
}

;// CONCATENATED MODULE: ./packages/promote/src/promote.ts
/**
 * `gitops promote`: plan the field copy, then, by mode, show it, write it,
 * or commit, push and open the pull request. Input is validated before
 * anything is read from the overlays, and nothing is written in dry-run.
 */













/** Runs one promotion. Bad input is a `UserError` (exit 2) before anything is written. */
async function promote(options) {
    const layout = options.layout ?? (await load_loadModel(options.repo));
    const request = checkRequest(layout, options.from, options.to, options.services, options.skip);
    const committing = options.mode === "commit" || options.mode === "push" || options.mode === "pr";
    if (options.mode === "pr" && !options.github) {
        throw new src_errors/* UserError */.yo("opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)");
    }
    const checkout = committing ? await openCheckout(options.repo, options.git ?? {}) : undefined;
    const tree = workTree(options.repo);
    const plan = await planPromotion(layout, request, tree, tree);
    const drift = await computeDrift(plan.services, plan.changes, tree, tree);
    const sourceSha = checkout?.headSha ?? (await headOf(options.repo));
    const result = {
        status: "nothing",
        request,
        changes: plan.changes,
        drift,
        notes: plan.notes,
        unplaced: plan.unplaced,
        ...(sourceSha ? { sourceSha } : {}),
    };
    if (plan.changes.length === 0) {
        // Nothing left to move: an open promotion PR for this set has become empty.
        if (options.mode === "pr" && options.github && checkout) {
            const closed = await closeSettledPromotion(options.github, request, options.base ?? checkout.branch);
            if (closed !== undefined)
                result.closedPr = closed;
        }
        return result;
    }
    if (options.mode === "dry-run") {
        if (isGated(layout, request.to))
            result.notes.push(`dry run: the gate into ${request.to} (promote.gate) was not checked against Argo CD`);
        return {
            ...result,
            status: "dry-run",
            diff: planDiff(plan.files),
        };
    }
    // The staging gate holds for every mode that writes: what it refuses must not reach the tree either.
    const gate = await checkArgoGate(layout, request, options.argocd);
    if (gate) {
        result.gate = gate;
        const refusal = gateRefusal(gate);
        if (refusal)
            return { ...result, status: "refused", reason: refusal };
    }
    if (!checkout) {
        writeFilesAtomically(options.repo, plan.files);
        return { ...result, status: "edited" };
    }
    const reason = await requiredChecksGate(options, layout, checkout.headSha);
    if (reason)
        return { ...result, status: "refused", reason };
    return commitAndOpen(options, layout, request, plan, checkout, result);
}
async function commitAndOpen(options, layout, request, plan, checkout, result) {
    const { git, prefix, headSha } = checkout;
    const branch = promotionBranch(request);
    const remote = options.remote ?? "origin";
    const push = options.mode !== "commit";
    const tree = workTree(options.repo);
    const published = await publish({
        git,
        prefix,
        branch,
        headSha,
        push,
        remote,
        ...(push ? { remoteUrl: await remoteUrl(git, remote) } : {}),
        build: async (parent) => {
            if (parent === headSha)
                return { files: plan.files, message: commitMessage(request, plan.changes, headSha) };
            // The branch moved on: the same fields, copied onto its tip.
            const again = await planPromotion(layout, request, tree, commitTree(git, parent, prefix));
            return { files: again.files, message: commitMessage(request, again.changes, headSha) };
        },
    });
    let sourceSha = headSha;
    if (!published.created) {
        const message = await git.ok(["log", "-1", "--format=%B", published.commit], "cannot read the branch's commit");
        sourceSha = sourceFromMessage(message, request.from) ?? headSha;
    }
    const out = {
        ...result,
        status: published.created ? (push ? "pushed" : "committed") : "unchanged",
        sourceSha,
        branch,
        commit: published.commit,
    };
    if (options.mode !== "pr" || !options.github)
        return out;
    out.pr = await promotionPullRequest({
        github: options.github,
        layout,
        plan,
        checkout,
        tree,
        drift: result.drift,
        branch,
        remote,
        base: options.base ?? checkout.branch,
        commit: published.commit,
        sourceSha,
        created: published.created,
        ...(result.gate ? { gate: result.gate } : {}),
        ...(options.argocd ? { argocd: options.argocd } : {}),
    });
    return out;
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-group.ts



/**
 * Refused results for every env of the group (`refused`), or none when the group may be
 * published; `gate` is what the gate saw, when an env of the group is gated.
 */
async function groupGate(options, layout, envs, servicesOf) {
    const gated = envs.find((env) => isGated(layout, env));
    if (gated === undefined)
        return {};
    const request = checkRequest(layout, options.from, gated, servicesOf(gated), options.skip);
    const gate = await checkArgoGate(layout, request, options.argocd);
    const reason = gate && gateRefusal(gate);
    if (!gate)
        return {};
    if (!reason)
        return { gate };
    const out = [];
    for (const env of envs) {
        // A dry run plans without writing and without the gate; its diff is not part of a refusal.
        const plan = await promote({ ...options, to: env, services: servicesOf(env), layout, mode: "dry-run" });
        delete plan.diff;
        const notes = plan.notes.filter((n) => !n.startsWith("dry run:"));
        out.push(plan.status === "nothing" ? plan : { ...plan, notes, status: "refused", reason, gate });
    }
    return { refused: out, gate };
}

;// CONCATENATED MODULE: ./packages/promote/src/publish-grouped.ts
/**
 * `promote.prs: grouped`: a promotion to a fan-out group (`prod` for
 * `prod-us, prod-eu`) as ONE branch and ONE pull request holding every env's
 * changes, Telefonistka's grouped mode. Each env is planned on its own
 * (plan.ts), the plans are published together (publish.ts), and the PR's
 * scope names every env, so it supersedes the per-env PRs it covers.
 * `per-env` needs nothing here: it is one ordinary promotion per env.
 */
















/**
 * Promotes `options.services` from `options.from` to every env of `envs` (the
 * group `options.to` names) on one branch, `promote/<to>/<services>`, with
 * one PR in `pr` mode. Only the committing modes group; `edit` and `dry-run`
 * are the same per env.
 */
async function promoteGrouped(options, envs, 
/** The services each env gets, when not all (a DR env gets those its clusters run). */
servicesOf = () => options.services, 
/** What the staging gate saw, when the group is gated and passed: shown in the body. */
gateReport) {
    if (options.mode !== "commit" && options.mode !== "push" && options.mode !== "pr") {
        throw new src_errors/* UserError */.yo(`a grouped promotion commits; ${options.mode} runs per env`);
    }
    if (options.mode === "pr" && !options.github) {
        throw new src_errors/* UserError */.yo("opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)");
    }
    const layout = await load_loadModel(options.repo);
    const requests = envs.map((env) => checkRequest(layout, options.from, env, servicesOf(env), options.skip));
    const checkout = await openCheckout(options.repo, options.git ?? {});
    const tree = workTree(options.repo);
    const targets = await planAll(layout, requests, tree, tree, true);
    const services = requests[0]?.services ?? [];
    const branch = `promote/${options.to}/${services.join("-")}`;
    const base = options.base ?? checkout.branch;
    const result = {
        status: "nothing",
        to: options.to,
        envs: [...envs],
        targets,
        branch,
        sourceSha: checkout.headSha,
    };
    const changes = targets.flatMap((t) => t.plan.changes);
    if (changes.length === 0) {
        if (options.mode === "pr" && options.github) {
            const why = `${envs.join(", ")} already have what ${options.from} has for ${services.join(", ")}; nothing is left to promote.`;
            const closed = await closeEmptyPullRequest(options.github, branch, base, why);
            if (closed !== undefined)
                result.closedPr = closed;
        }
        return result;
    }
    const refused = await requiredChecksGate(options, layout, checkout.headSha);
    if (refused)
        return { ...result, status: "refused", reason: refused };
    const push = options.mode !== "commit";
    const remote = options.remote ?? "origin";
    const { git, prefix, headSha } = checkout;
    const published = await publish({
        git,
        prefix,
        branch,
        headSha,
        push,
        remote,
        ...(push ? { remoteUrl: await remoteUrl(git, remote) } : {}),
        build: async (parent) => {
            const again = parent === headSha
                ? targets
                : await planAll(layout, requests, tree, commitTree(git, parent, prefix), false);
            return {
                files: again.flatMap((t) => t.plan.files),
                message: groupMessage(options, envs, again, headSha),
            };
        },
    });
    const out = {
        ...result,
        status: published.created ? (push ? "pushed" : "committed") : "unchanged",
        commit: published.commit,
    };
    if (options.mode !== "pr" || !options.github)
        return out;
    const files = targets.flatMap((t) => t.plan.files.map((f) => f.path));
    const reviews = reviewersFor(await loadCodeowners(tree), files);
    const dirs = new Map(services.map((s) => [s, overlayOf(layout, s, options.from).dir]));
    const entries = await sourceEntries(git, prefix, headSha, dirs);
    // "Running for" from Argo CD when configured (the gate's evidence when there is one).
    const argo = await argoRunning(layout, { from: options.from, to: options.to, services }, gateReport, options.argocd);
    const when = await git.ok(["log", "-1", "--format=%cI", published.commit], "cannot read the branch's commit");
    const method = mergeMethod(layout);
    const body = groupBody(options.from, envs, targets, headSha, sourceSection(options.from, entries, new Date(when.trim()), argo) +
        (gateReport ? `\n\n${gateSection(gateReport)}` : ""));
    // Last, so the rendered diffs take only the room the rest of the body leaves.
    const diff = await renderedDiffSection({
        git,
        prefix,
        base: headSha,
        head: published.commit,
        envs,
        limit: diffBudget(body.length),
    });
    out.pr = await openPullRequest(options.github, {
        spec: {
            branch,
            base,
            title: groupTitle(services, envs),
            body: `${body}\n${diff}`,
            labels: ["promotion", ...envs.map((e) => `env:${e}`)],
            reviewers: reviews.reviewers,
            teamReviewers: reviews.teamReviewers,
            rerequest: published.created,
        },
        scope: { kind: "promote", envs: [...envs], services },
        ...(method ? { autoMerge: method } : {}),
        after: `The branch ${branch} was pushed to ${remote} (${published.commit.slice(0, 12)}) and is kept; run the same command again to open the pull request`,
    });
    return out;
}
async function planAll(layout, requests, source, target, withDrift) {
    const out = [];
    for (const request of requests) {
        const plan = await planPromotion(layout, request, source, target);
        const drift = withDrift
            ? await computeDrift(plan.services, plan.changes, source, target)
            : { items: [], omitted: 0 };
        out.push({ request, plan, drift });
    }
    return out;
}
function groupTitle(services, envs) {
    return `Promote ${services.join(", ")} to ${envs.join(", ")}`;
}
/** One title, one line per change and env, one `Promoted-From` trailer (the source is one commit). */
function groupMessage(options, envs, targets, sha) {
    const line = (env, c) => `- ${env}/${c.service}: ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`;
    const lines = targets.flatMap((t) => t.plan.changes.map((c) => line(t.request.to, c)));
    const first = targets[0]?.request;
    const services = first?.services ?? [];
    const source = first ? trailer(first, sha) : `Promoted-From: ${options.from}@${sha}`;
    return `${groupTitle(services, envs)}\n\n${lines.join("\n")}\n\n${source}\n`;
}
function groupBody(from, envs, targets, sha, context) {
    const sections = targets.flatMap((t) => [
        `### ${t.request.to}`,
        "",
        t.plan.changes.length > 0 ? changesTable(t.request, t.plan.changes) : `${t.request.to} already has it.`,
        "",
        driftSection(t.request, t.drift),
        "",
    ]);
    return [
        "<!-- gitops-actions:promotion -->",
        `Promotes from \`${from}\` to ${envs.map((e) => `\`${e}\``).join(", ")} in one pull request (\`promote.prs: grouped\`): only the promotable fields move.`,
        "",
        ...sections,
        `Source commit: \`${sha}\` (trailer \`Promoted-From: ${from}@${sha}\`).`,
        ...(context ? ["", context] : []),
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./packages/promote/src/chain-run.ts
/**
 * `promote <from> <to>` where `to` may name a group of the chain (`prod` for
 * `prod-us, prod-eu`): one promotion per target env, in chain order, each
 * its own plan (and, with --commit/--push/--pr, its own branch and PR), or,
 * with `promote.prs: grouped`, one branch and one PR for the whole group.
 * The order and `--skip` are checked for every target before anything runs.
 * A target env's DR counterparts (clusters labelled `role: dr`) are promoted
 * with it unless `noDr`; with `noDr` a group leaves out its DR-only envs.
 */







/** Promotes to `options.to`, an env or a group alias. Bad input (any target) is a `UserError` before anything runs. */
async function promoteChain(options) {
    const layout = await load_loadModel(options.repo);
    const named = resolveTargets(layout, options.to);
    const services = options.services.length > 0 ? options.services : [...new Set(listOverlays(layout).map((o) => o.service))];
    const dropped = options.noDr && named.length > 1 ? drOnlyEnvs(layout, services) : new Set();
    const envs = named.filter((e) => !dropped.has(e));
    // Each added DR env promotes only the services its DR clusters run (a missing one is `gitops parity`'s finding).
    const added = options.noDr ? new Map() : drAdditions(layout, envs, services);
    envs.push(...added.keys());
    const servicesOf = (env) => added.get(env) ?? options.services;
    for (const env of envs)
        checkRequest(layout, options.from, env, servicesOf(env), options.skip);
    if (envs.length > 1 && layout.config.promote.prs === "grouped" && commits(options)) {
        const { refused, gate } = await groupGate(options, layout, envs, servicesOf);
        if (refused)
            return { from: options.from, to: options.to, targets: refused, grouped: true };
        const grouped = await promoteGrouped(options, envs, servicesOf, gate);
        return { from: options.from, to: options.to, targets: perEnv(grouped), grouped: true };
    }
    const targets = [];
    for (const env of envs) {
        const result = await promote({ ...options, to: env, services: servicesOf(env), layout });
        if (added.has(env))
            result.notes.push(`${env} runs the DR clusters of ${options.to}: promoted with it (--no-dr leaves it out)`);
        targets.push(result);
    }
    return { from: options.from, to: options.to, targets };
}
/** The DR envs of `envs` not among them, each with the services whose DR counterpart it runs. */
function drAdditions(layout, envs, services) {
    const out = new Map();
    for (const pair of drPairs(layout)) {
        const env = pair.counterpart?.target.env;
        if (!env || envs.includes(env) || !envs.includes(pair.source.target.env))
            continue;
        if (!services.includes(pair.service))
            continue;
        const list = out.get(env) ?? [];
        if (!list.includes(pair.service))
            list.push(pair.service);
        out.set(env, list.sort());
    }
    return out;
}
/** Only committing modes group: an edit or a dry run is the same per env. */
function commits(options) {
    return options.mode === "commit" || options.mode === "push" || options.mode === "pr";
}
/** The grouped result seen per env, so every reporter prints a group as it prints a fan-out. */
function perEnv(grouped) {
    return grouped.targets.map((t) => ({
        status: t.plan.changes.length === 0 && grouped.status !== "nothing" ? "unchanged" : grouped.status,
        request: t.request,
        changes: t.plan.changes,
        drift: t.drift,
        notes: t.plan.notes,
        unplaced: t.plan.unplaced,
        sourceSha: grouped.sourceSha,
        branch: grouped.branch,
        ...(grouped.commit ? { commit: grouped.commit } : {}),
        ...(grouped.pr ? { pr: grouped.pr } : {}),
        ...(grouped.closedPr !== undefined ? { closedPr: grouped.closedPr } : {}),
        ...(grouped.reason ? { reason: grouped.reason } : {}),
    }));
}

;// CONCATENATED MODULE: ./packages/promote/src/chain-outcome.ts
/** From most to least telling. */
const RANK = [
    "refused",
    "pushed",
    "committed",
    "edited",
    "unchanged",
    "dry-run",
    "nothing",
];
function chainOutcome(chain) {
    const targets = chain.targets;
    const rank = (r) => RANK.indexOf(r.status);
    const top = [...targets].sort((a, b) => rank(a) - rank(b))[0];
    const withBranch = targets.find((t) => t.branch);
    const withPr = targets.find((t) => t.pr);
    const reasons = targets.filter((t) => t.reason).map((t) => `${t.request.to}: ${t.reason ?? ""}`);
    return {
        status: top?.status ?? "nothing",
        ...(reasons.length > 0 ? { reason: targets.length === 1 ? targets[0]?.reason : reasons.join("; ") } : {}),
        changes: targets.flatMap((t) => t.changes.map((c) => ({ ...c, env: t.request.to }))),
        ...(withBranch?.branch ? { branch: withBranch.branch } : {}),
        ...(withBranch?.commit ? { commit: withBranch.commit } : {}),
        ...(targets[0]?.sourceSha ? { sourceSha: targets[0].sourceSha } : {}),
        ...(withPr?.pr ? { pr: { number: withPr.pr.number, url: withPr.pr.url } } : {}),
        superseded: [...new Set(targets.flatMap((t) => t.pr?.superseded ?? []))],
        ...(targets.find((t) => t.closedPr !== undefined)
            ? { closedPr: targets.find((t) => t.closedPr !== undefined)?.closedPr }
            : {}),
        results: targets.map((t) => ({
            env: t.request.to,
            status: t.status,
            ...(t.branch ? { branch: t.branch } : {}),
            ...(t.pr ? { prNumber: t.pr.number, prUrl: t.pr.url } : {}),
        })),
    };
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-promote-reply.ts
/**
 * The reply to a `/promote` that reached one env (as it always did) or several (a group alias,
 * a target with its DR envs): one comment listing every env's outcome and pull request, or the
 * grouped pull request when `promote.prs: grouped` published them together.
 */



/** The reply for a promotion that was not refused as a whole. */
function promotionReply(user, chain) {
    const [only] = chain.targets;
    if (chain.targets.length === 1 && only)
        return oneEnvText(user, only);
    const envs = chain.targets.map((t) => t.request.to);
    const services = [...new Set(chain.targets.flatMap((t) => t.request.services))].sort();
    const grouped = chain.grouped ? chain.targets.find((t) => t.pr) : undefined;
    const lines = [
        `@${user} promoting **${services.join(", ")}** from \`${chain.from}\` to \`${chain.to}\` (${envs.join(", ")}):`,
        "",
    ];
    if (grouped?.pr)
        lines.push(`One pull request for the group (\`promote.prs: grouped\`): ${prText(grouped)}`, "");
    lines.push("| Env | Result | Pull request |", "| --- | --- | --- |", ...chain.targets.map((t) => `| ${t.request.to} | ${quiet(summary_markdownCell(resultText(t)))} | ${prText(t)} |`));
    for (const t of chain.targets.filter((x) => x.changes.length > 0 && x.status !== "refused")) {
        lines.push("", `**${t.request.to}**`, "", changesTable(t.request, t.changes));
    }
    return `${lines.join("\n")}\n`;
}
function oneEnvText(user, p) {
    const { request } = p;
    const what = `**${request.services.join(", ")}** from \`${request.from}\` to \`${request.to}\``;
    if (p.status === "nothing") {
        return `@${user} nothing to promote: \`${request.to}\` already has what \`${request.from}\` has for ${request.services.join(", ")}.`;
    }
    const pr = p.pr ? `#${p.pr.number} (${p.pr.url}, ${p.pr.action})` : `branch \`${p.branch ?? ""}\``;
    return `@${user} promoting ${what}: ${pr}\n\n${changesTable(request, p.changes)}\n`;
}
function resultText(t) {
    if (t.status === "refused")
        return `refused: ${t.reason ?? ""}`;
    if (t.status === "nothing")
        return "nothing to promote";
    if (t.status === "unchanged")
        return t.changes.length > 0 ? "unchanged (the branch has it)" : "already has it";
    return `${t.status}, ${t.changes.length} field(s)`;
}
function prText(t) {
    return t.pr ? `#${t.pr.number} (${t.pr.url}, ${t.pr.action})` : "";
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-step.ts
/**
 * Which envs a `/promote <service...> [to <env>]` comment moves between, as `gitops promote` would:
 * the env or group it names (default the last step of the chain) and the step before it, so in
 * `[qa, staging, [prod-us, prod-eu]]` `prod-eu` comes from `staging`, not from `prod-us`, and
 * `prod` (the group's alias) fans out to prod-us and prod-eu. A source that is itself a group is
 * refused: which of its envs to promote from is the CLI's `<from>`, not a comment's guess.
 */


function chatOpsStep(layout, named) {
    const steps = chainOf(layout).steps;
    const last = steps.at(-1) ?? [];
    const to = named ?? (last.length === 1 ? last[0] : groupAlias(last));
    if (to === undefined)
        throw new src_errors/* UserError */.yo(`name the environment: the last step of the chain is the group ${last.join(", ")}, which has no common name`);
    const envs = envsNamed(layout, to);
    const at = envs ? steps.findIndex((s) => s.includes(envs[0] ?? "")) : -1;
    if (!envs || at === -1)
        throw new src_errors/* UserError */.yo(`unknown environment "${to}"; known: ${layout.environments.join(", ")}`);
    const source = steps[at - 1];
    if (source === undefined)
        throw new src_errors/* UserError */.yo(`"${to}" is the first environment; nothing is promoted into it`);
    if (source.length !== 1 || source[0] === undefined)
        throw new src_errors/* UserError */.yo(`the step before ${to} is the group ${source.join(", ")}: promote from one of them with gitops promote <from> ${to}`);
    return { from: source[0], to, envs };
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-run.ts
/**
 * One ChatOps round: acknowledge the comment, check who asked, promote,
 * and answer in the thread with the pull request or the reason it was
 * refused. Refusals are answers, not failures: the run itself succeeds.
 * A `/promote` goes where `gitops promote` would (promoteChain): a group alias fans out to its
 * envs and DR envs come along unless `--no-dr`; the commenter must be allowed into EVERY env it
 * reaches, checked on a dry run before anything is written or pushed.
 * `/sync` and `/status` take the same path up to the command (chatops-sync.ts).
 */








/** Handles one `issue_comment` event. */
async function runChatOps(options) {
    const { event } = options;
    if (event.action !== "created")
        return { status: "ignored", reason: `the comment was ${event.action || "not created"}` };
    if (event.userType === "Bot")
        return { status: "ignored", reason: "comments by bots are not commands" };
    let command;
    try {
        command = parsePromoteComment(event.body);
    }
    catch (err) {
        if (!(0,src_errors/* isUserError */.iU)(err))
            throw err;
        await react(options, "eyes");
        return chatops_run_refuse(options, err.message);
    }
    if (!command) {
        const argo = await handleArgoComment(options);
        return argo ?? { status: "ignored", reason: "the comment is not a /promote command" };
    }
    await react(options, "eyes");
    try {
        const layout = await load_loadModel(options.repo);
        const { from, to } = chatOpsStep(layout, command.to);
        const request = {
            repo: options.repo,
            from,
            to,
            services: command.services,
            ...(command.noDr ? { noDr: true } : {}),
            github: options.github,
            ...(options.git ? { git: options.git } : {}),
            ...(options.requiredChecks ? { requiredChecks: options.requiredChecks } : {}),
            ...(options.base ? { base: options.base } : {}),
            ...(options.argocd ? { argocd: options.argocd } : {}),
        };
        // Where it would go, DR envs included, the way the real run decides it; nothing is written.
        const plan = await promoteChain({ ...request, mode: "dry-run" });
        const denied = await deniedEnvs(options, layout, plan.targets.map((t) => t.request.to));
        if (denied)
            return await chatops_run_refuse(options, denied);
        const chain = await promoteChain({ ...request, mode: "pr" });
        const outcome = chainOutcome(chain);
        const promotion = chain.targets[0];
        if (chain.targets.every((t) => t.status === "refused"))
            return await chatops_run_refuse(options, outcome.reason ?? "refused", promotion, chain);
        const replyUrl = await reply(options, promotionReply(event.user, chain));
        const refused = chain.targets.some((t) => t.status === "refused");
        await react(options, refused ? "confused" : chain.targets.some((t) => t.pr) ? "rocket" : "+1");
        return {
            status: outcome.status,
            ...(outcome.reason ? { reason: outcome.reason } : {}),
            ...(promotion ? { promotion } : {}),
            chain,
            replyUrl,
        };
    }
    catch (err) {
        if ((0,src_errors/* isUserError */.iU)(err))
            return chatops_run_refuse(options, err.message);
        const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : "";
        await reply(options, `@${event.user} the promotion failed unexpectedly${run}: ${quiet((0,src_errors/* messageOf */.bD)(err))}`).catch(() => undefined);
        await react(options, "confused").catch(() => undefined);
        throw err;
    }
}
/** Every env the user may not promote into, each with its reason; undefined when none. */
async function deniedEnvs(options, layout, envs) {
    const reasons = new Set();
    for (const env of new Set(envs)) {
        const teams = layout.config.promote.teams[env] ?? [];
        const denied = await permissionProblem(options.github, options.event.user, env, teams);
        if (denied)
            reasons.add(denied);
    }
    return reasons.size > 0 ? [...reasons].join("; ") : undefined;
}
async function chatops_run_refuse(options, reason, promotion, chain) {
    const run = options.runUrl ? `\n\n[Workflow run](${options.runUrl})` : "";
    const replyUrl = await reply(options, `@${options.event.user} the promotion was refused: ${quiet(reason)}${run}`);
    await react(options, "confused");
    return {
        status: "refused",
        reason,
        replyUrl,
        ...(promotion ? { promotion } : {}),
        ...(chain ? { chain } : {}),
    };
}

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
    let coords = given ? parseRepoSlug(given) : undefined;
    if (!coords) {
        const r = await new Git(repoDir).run(["remote", "get-url", "origin"]);
        coords = r.code === 0 ? repoFromRemoteUrl(r.stdout.trim()) : undefined;
    }
    if (!coords) {
        throw new src_errors/* UserError */.yo("cannot tell which GitHub repository this is; pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY");
    }
    const client = fetchClient({
        token,
        baseUrl: env.GITHUB_API_URL || "https://api.github.com",
        userAgent: `gitops-actions/${version_VERSION}`,
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

;// CONCATENATED MODULE: ./packages/promote/src/bump-clone.ts
/**
 * The bump action's work, run from a service repository's pipeline: clone
 * the infra-gitops repository (the token travels only as an http.extraheader,
 * as every push does), then bump there with `--pr`. The clone is a fresh
 * folder the run owns, so the service's own checkout is never touched.
 */







/** Clones the infra repository and bumps it with a pull request. */
async function bumpInClone(options) {
    (0,external_node_fs_.mkdirSync)(options.workDir, { recursive: true });
    const clone = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.workDir, "gitops-bump-")), "infra");
    const slug = `${options.github.owner}/${options.github.repo}`;
    const r = await new Git(options.workDir, options.git).run(["clone", "--quiet", "--no-tags", "--single-branch", "--end-of-options", options.cloneUrl, clone], { auth: options.cloneUrl });
    if (r.code !== 0) {
        throw new src_errors/* UserError */.yo(`cannot clone ${slug} from ${options.cloneUrl}: ${gitReason(r)}; the token needs contents: write on ${slug} (a GitHub App token for that repository)`);
    }
    const result = await bump({
        repo: clone,
        env: options.env,
        service: options.service,
        target: options.target,
        mode: "pr",
        git: options.git,
        ...(options.sourceRepository ? { sourceRepository: options.sourceRepository } : {}),
        ...(options.sourceCommit ? { sourceCommit: options.sourceCommit } : {}),
        ...(options.sourceCommitDate ? { sourceCommitDate: options.sourceCommitDate } : {}),
        publish: { ...options.publish, github: options.github },
        ...(options.resolveDigest ? { resolveDigest: options.resolveDigest } : {}),
    });
    return { ...result, clone };
}
/** The action's `image` and `digest` inputs as one reference; a digest given twice is a `UserError`. */
function imageWithDigest(image, digest) {
    if (!digest)
        return parseImageRef(image);
    if (image.includes("@")) {
        throw new src_errors/* UserError */.yo(`image ${JSON.stringify(image)} already holds a digest; give it there or in digest, not both`);
    }
    return parseImageRef(`${image}@${digest}`);
}
/** The job summary: what was bumped where, and the pull request. */
function bumpSummary(slug, r) {
    const head = `### gitops bump: ${r.service} in ${r.env} of ${slug} to \`${r.to}\`\n\n`;
    if (r.status === "nothing") {
        const closed = r.closedPr !== undefined ? ` Pull request #${r.closedPr} was closed.` : "";
        return `${head}${r.env} already runs this image; nothing to bump.${closed}\n`;
    }
    const rows = r.changes.map((c) => `| ${cell(c.file)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} |`);
    const pr = r.pr ? `Pull request [#${r.pr.number}](${r.pr.url}) ${r.pr.action}.` : "";
    return `${head}| File | Field | Before | After |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n\n${pr}\n`;
}

;// CONCATENATED MODULE: ./packages/promote/src/summary.ts

/** A markdown section for the job summary. */
function promotionSummary(r) {
    const { request } = r;
    const lines = [
        `### gitops promote: ${request.services.join(", ")} from ${request.from} to ${request.to}`,
        "",
    ];
    lines.push(statusText(r), "");
    if (r.changes.length > 0)
        lines.push(changesTable(request, r.changes), "");
    if (r.diff)
        lines.push("```diff", r.diff.trimEnd(), "```", "");
    for (const note of r.notes)
        lines.push(`> ${note}`, "");
    if (r.sourceSha)
        lines.push(`Source commit: \`${r.sourceSha}\``, "");
    lines.push(driftSection(request, r.drift), "");
    return lines.join("\n");
}
function statusText(r) {
    const pr = r.pr ? ` Pull request [#${r.pr.number}](${r.pr.url}) ${r.pr.action}.` : "";
    switch (r.status) {
        case "nothing":
            return `Nothing to promote: ${r.request.to} already has what ${r.request.from} has.`;
        case "dry-run":
            return "Dry run: nothing was written.";
        case "edited":
            return "The working tree was edited.";
        case "committed":
            return `Committed \`${r.commit ?? ""}\` on \`${r.branch ?? ""}\`.`;
        case "pushed":
            return `Pushed \`${r.commit ?? ""}\` to \`${r.branch ?? ""}\`.${pr}`;
        case "unchanged":
            return `\`${r.branch ?? ""}\` already holds this promotion.${pr}`;
        case "refused":
            return `**Refused:** ${r.reason ?? ""}`;
    }
}
/** A notice on each promoted field's line, so the run shows where each value went. `prefix` leads to the repo. */
function changeFindings(r, prefix) {
    const base = prefix === "" || prefix === "." ? "" : `${prefix.replace(/\/+$/, "")}/`;
    return r.changes.map((c) => ({
        tool: "promote",
        rule: "promoted",
        severity: "notice",
        message: `${c.service}: ${c.field} ${c.from ?? "(unset)"} → ${c.to ?? "(unset)"} (from ${r.request.from})`,
        file: base + c.file,
        line: c.line,
    }));
}

;// CONCATENATED MODULE: ./packages/promote/src/parity.ts
/**
 * DR parity: every service a primary cluster runs must run on the primary's DR clusters, with
 * the same promotable values (images, chart versions, `promote.values`, `promote.files`). The
 * values are compared by planning a promotion from the primary's env to the DR env: what that
 * promotion would change, or could not place, is what differs. `gitops parity` and the lint rule
 * both report these findings.
 */




const PARITY_RULES = {
    missing: "dr/missing",
    differs: "dr/differs",
    unchecked: "dr/unchecked",
    unpaired: "dr/unpaired",
};
/** Compares every primary placement with its DR counterparts. Reads the working tree; writes nothing. */
async function checkParity(layout) {
    const clusters = roleClusters(layout);
    const pairs = drPairs(layout, clusters);
    const rows = [];
    // A DR cluster that pairs with no primary is checked against nothing: say so.
    const findings = clusters
        .filter((c) => c.role === "dr" && c.primary === undefined)
        .map((c) => ({
        tool: "lint",
        rule: PARITY_RULES.unpaired,
        severity: "warning",
        message: `DR cluster ${c.name} pairs with no primary: give it the label ${DR_OF_LABEL}: <primary cluster name> (a cluster labelled ${ROLE_LABEL}: primary)`,
    }));
    for (const pair of pairs) {
        const row = await parity_compare(layout, pair);
        rows.push(row);
        findings.push(...rowFindings(pair, row));
    }
    const count = (s) => rows.filter((r) => r.status === s).length;
    return {
        rows,
        findings,
        summary: {
            primaries: new Set(pairs.map((p) => p.primary.name)).size,
            dr: new Set(pairs.map((p) => p.dr.name)).size,
            services: new Set(pairs.map((p) => p.service)).size,
            ok: count("ok"),
            missing: count("missing"),
            differs: count("differs"),
        },
    };
}
async function parity_compare(layout, pair) {
    const row = {
        service: pair.service,
        primary: pair.primary.name,
        primaryRegion: pair.primary.region,
        dr: pair.dr.name,
        drRegion: pair.dr.region,
        status: "ok",
        primaryTarget: pair.source.target.id,
        differences: [],
    };
    const other = pair.counterpart;
    if (!other)
        return { ...row, status: "missing" };
    row.drTarget = other.target.id;
    // One target deployed to both clusters runs the same values on both.
    if (other.target.id === pair.source.target.id)
        return row;
    const from = pair.source.target.env;
    const to = other.target.env;
    if (!from || !to || from === to) {
        return { ...row, status: "unchecked", reason: "the two targets have no envs of their own to compare" };
    }
    const tree = workTree(layout.repo);
    try {
        const plan = await planPromotion(layout, { from, to, services: [pair.service] }, tree, tree);
        row.differences = [
            ...plan.changes.map((c) => ({ file: c.file, field: c.field, primary: c.to, dr: c.from, line: c.line })),
            ...plan.unplaced.map((u) => ({ file: u.file, field: u.field, primary: u.value, dr: null })),
        ];
    }
    catch (err) {
        if (!(err instanceof src_errors/* UserError */.yo))
            throw err;
        return { ...row, status: "unchecked", reason: err.message };
    }
    return row.differences.length > 0 ? { ...row, status: "differs" } : row;
}
function rowFindings(pair, row) {
    const where = (name, region) => (region ? `${name} (${region})` : name);
    const primary = where(row.primary, row.primaryRegion);
    const dr = where(row.dr, row.drRegion);
    if (row.status === "missing") {
        return [
            {
                tool: "lint",
                rule: PARITY_RULES.missing,
                severity: "error",
                message: `${row.service} runs on primary cluster ${primary} (Application ${pair.source.application.name}) but not on its DR cluster ${dr}`,
                file: pair.source.application.file,
                line: pair.source.application.line,
                target: row.primaryTarget,
            },
        ];
    }
    if (row.status === "unchecked") {
        return [
            {
                tool: "lint",
                rule: PARITY_RULES.unchecked,
                severity: "notice",
                message: `${row.service}: the values on DR cluster ${dr} were not compared with primary ${primary}: ${row.reason ?? ""}`,
                file: pair.source.application.file,
                line: pair.source.application.line,
                target: row.primaryTarget,
            },
        ];
    }
    if (row.status !== "differs")
        return [];
    return row.differences.map((d) => ({
        tool: "lint",
        rule: PARITY_RULES.differs,
        severity: "warning",
        message: `${row.service}: DR cluster ${dr} runs ${d.field} = ${d.dr ?? "(unset)"}, primary ${primary} runs ${d.primary ?? "(unset)"}`,
        // The DR side's file for a value it sets differently; the primary's for one it has no place for.
        file: d.file,
        ...(d.line ? { line: d.line } : {}),
        ...(row.drTarget ? { target: row.drTarget } : {}),
    }));
}

;// CONCATENATED MODULE: ./packages/promote/src/index.ts
/** Promotion between environments: field-level copies, faithful YAML edits, branches, PRs and ChatOps. */







































/***/ })

};
