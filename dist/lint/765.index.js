export const id = 765;
export const ids = [765];
export const modules = {

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FINGERPRINT_KEY: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   SARIF_MAX_RESULTS: () => (/* binding */ SARIF_MAX_RESULTS),
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   findingFingerprint: () => (/* binding */ findingFingerprint),
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3140);
/* harmony import */ var _uri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9022);



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
    const sorted = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(findings);
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
        f.resource ? (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .bP)(f.resource) : "",
    ];
    // JSON keeps the parts apart: no choice of separator can be forged from inside a part.
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(parts)).digest("hex");
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
    const text = f.resource ? `${f.message} [${(0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .bP)(f.resource)}]` : f.message;
    // message.text is required and GitHub refuses an empty string for a required property.
    return text || ruleId(f);
}
function toLocation(f) {
    const path = f.file ?? (f.target && looksLikePath(f.target) ? f.target : undefined);
    if (!path)
        return undefined;
    const location = {
        physicalLocation: { artifactLocation: { uri: (0,_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePath */ .O)(path), uriBaseId: "%SRCROOT%" } },
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


/***/ }),

/***/ 9022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ percent),
/* harmony export */   O: () => (/* binding */ encodePath)
/* harmony export */ });
/**
 * Percent-encodes a repo-relative path for a URI (SARIF `artifactLocation.uri`, summary links).
 *
 * Deliberately stricter than RFC 3986's path characters: `:` (a first segment with a colon reads
 * as a URI scheme), `(`/`)` (they end a markdown link) and `&` (markdown decodes entities in link
 * destinations) are encoded too. Lone surrogates, which `encodeURIComponent` throws on, become
 * U+FFFD first so a strange file name cannot crash a report.
 */
function encodePath(path) {
    return path
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
        .replace(/[^A-Za-z0-9\-._~!$'*+,;=@/]/gu, percent);
}
/** `encodeURIComponent`, plus the `(`/`)` it leaves alone. */
function percent(c) {
    return encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`);
}


/***/ })

};
