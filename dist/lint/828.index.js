export const id = 828;
export const ids = [828];
export const modules = {

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


/***/ })

};
