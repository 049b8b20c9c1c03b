export const id = 205;
export const ids = [205,828];
export const modules = {

/***/ 4917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fr: () => (/* reexport */ yaml/* DEFAULT_YAML_LIMITS */.fr),
  pw: () => (/* reexport */ config/* ID_PATTERN */.pw),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  _6: () => (/* reexport */ yaml/* decodeUtf8 */._6),
  hW: () => (/* reexport */ yaml/* lineOfOffset */.hW),
  GQ: () => (/* reexport */ names/* namesFromPath */.GQ),
  hN: () => (/* reexport */ yaml/* parseYaml */.hN),
  Qt: () => (/* reexport */ serviceRoot),
  sn: () => (/* reexport */ app_targets/* valueFilesOf */.sn),
  Q: () => (/* reexport */ write/* writeTextAtomic */.Q)
});

// UNUSED EXPORTS: CONFIG_FILE, CONFIG_SCHEMA, DEFAULT_ANNOTATION_LIMIT, DEFAULT_CONFIG, DEFAULT_SUMMARY_LIMIT, DEFAULT_SUMMARY_MAX_BYTES, ExitCode, FINGERPRINT_KEY, MAX_SHARDS, PROMOTABLE_IMAGE_FIELDS, RENDERED_LIMITS, REPOSITORY_CASE, SARIF_MAX_RESULTS, SARIF_SCHEMA, SEVERITIES, URL_LIKE, VERSION, affectedTargets, atLeast, buildPlan, changeScope, countBySeverity, countsLabel, envRank, escapeData, escapeProperty, expandGlob, explainText, failsAt, filterTargets, findingFingerprint, formatFindingLine, formatJson, formatText, formatWorkflowCommand, git, gitOk, gitTopLevel, globProblem, inScope, inputGraph, isGlob, isObject, isUnder, isUserError, kindOfFolder, lazyLines, lineAt, loadConfig, loadModel, loadYamlFile, locationLabel, looksLikeEnv, markdownCell, messageOf, modelJson, noTargets, normalizeRepoUrl, orderEnvironments, parseRenderedYaml, parseSeverity, planMarkdown, planShards, repoPaths, resolveCommit, resourceLabel, sameRepo, sortFindings, stripEnv, toAnnotations, toJUnitXml, toJsonReport, toSarif, toSummaryMarkdown, walkFiles, writeAtomic, xmlAttr, xmlText

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(3140);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts
var yaml = __webpack_require__(1350);
// EXTERNAL MODULE: ./packages/core/src/yaml-lines.ts
var yaml_lines = __webpack_require__(3716);
// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(5095);
// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 2 modules
var load = __webpack_require__(1556);
// EXTERNAL MODULE: ./packages/core/src/model/graph.ts
var graph = __webpack_require__(3383);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var names = __webpack_require__(5499);
// EXTERNAL MODULE: ./packages/core/src/model/applications.ts
var applications = __webpack_require__(2100);
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

// EXTERNAL MODULE: ./packages/core/src/model/report.ts
var report = __webpack_require__(5781);
// EXTERNAL MODULE: ./packages/core/src/model/detect.ts
var detect = __webpack_require__(5832);
// EXTERNAL MODULE: ./packages/core/src/model/app-targets.ts
var app_targets = __webpack_require__(1351);
// EXTERNAL MODULE: ./packages/core/src/model/scope.ts
var scope = __webpack_require__(4651);
;// CONCATENATED MODULE: ./packages/core/src/model/index.ts











// EXTERNAL MODULE: ./packages/core/src/shards.ts
var shards = __webpack_require__(1544);
// EXTERNAL MODULE: ./packages/core/src/reporters/text.ts
var reporters_text = __webpack_require__(8057);
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
// EXTERNAL MODULE: ./packages/core/src/reporters/summary.ts
var summary = __webpack_require__(1504);
// EXTERNAL MODULE: ./packages/core/src/reporters/sarif.ts
var sarif = __webpack_require__(1765);
// EXTERNAL MODULE: ./packages/core/src/reporters/junit.ts
var junit = __webpack_require__(9828);
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

// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
// EXTERNAL MODULE: ./packages/core/src/globs.ts
var globs = __webpack_require__(6626);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var walk = __webpack_require__(56);
;// CONCATENATED MODULE: ./packages/core/src/index.ts


















/***/ }),

/***/ 9828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPOSITORY_CASE: () => (/* binding */ REPOSITORY_CASE),
/* harmony export */   toJUnitXml: () => (/* binding */ toJUnitXml),
/* harmony export */   xmlAttr: () => (/* binding */ xmlAttr),
/* harmony export */   xmlText: () => (/* binding */ xmlText)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3140);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8057);


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
    for (const f of (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings)) {
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
                `${xmlText(failing.map(_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFindingLine */ .l).join("\n"))}</failure>`);
        }
        if (other.length) {
            lines.push(`      <system-out>${xmlText(other.map(_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFindingLine */ .l).join("\n"))}</system-out>`);
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


/***/ }),

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

/***/ 8057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ formatFindingLine)
/* harmony export */ });
/* unused harmony export formatText */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3140);

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
function formatFindingLine(f) {
    return renderLine(f, (_style, s) => s);
}
function renderLine(f, paint) {
    const cols = [paint(f.severity, f.severity)];
    const where = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .locationLabel */ .GE)(f);
    if (where)
        cols.push(oneLine(where));
    cols.push(paint("dim", oneLine(`${f.tool}/${f.rule}`)), oneLine(f.message));
    if (f.resource)
        cols.push(`[${oneLine((0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .bP)(f.resource))}]`);
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


/***/ }),

/***/ 5205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFilePath: () => (/* binding */ reportFilePath),
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4917);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(416);
/**
 * Report files an action writes (SARIF, JUnit, JSON) for later steps: where
 * they go and how they are written, the same for every action.
 */




/**
 * The path an input names, else `defaultName` under RUNNER_TEMP, which the
 * runner empties after the job, so nothing lands in the user's workspace.
 */
function reportFilePath(input, defaultName) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(input) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), defaultName));
}
/** Writes a report file whole or not at all; a failure names the input that chose the path. */
function writeReportFile(input, path, text) {
    (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTextAtomic */ .Q)(path, text, `Input "${input}" (${path})`);
}


/***/ })

};
