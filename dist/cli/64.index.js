export const id = 64;
export const ids = [64];
export const modules = {

/***/ 1064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintCommand: () => (/* binding */ lintCommand)
/* harmony export */ });
/* harmony import */ var _cache_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9762);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);
/* harmony import */ var _lint_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6236);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1428);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9012);





/** `gitops lint`: schema validation of rendered manifests, Argo CD reference checks, YAML hygiene. */
const lintCommand = {
    name: "lint",
    summary: "schema-validate rendered manifests and check the repo's Argo CD references (renders first when render/ is missing or stale)",
    help: `Usage: gitops lint [--k8s-version X.Y] [--schema-engine builtin|kubeconform] [--no-strict] [--no-render] [--no-cache]
                   [--sarif FILE] [--junit FILE] [--fail-on error|warning|notice] [--json] [--repo DIR]
                   [FILE...]

Validates every rendered resource against bundled schemas (Kubernetes 1.32-1.34, Argo CD, External
Secrets, Sealed Secrets, cert-manager, Prometheus Operator, plus the CRDs the repo renders) with no
download; unknown fields are errors. Checks the Argo CD Applications and ApplicationSets under
argo-apps/ against the repository, and the YAML hygiene of the manifest folders. Renders first when
render/ is missing or older than its inputs.

With FILE... (the gitops-lint pre-commit hook passes the staged files) only the targets whose
input graph holds one of the files are rendered and checked, with the hygiene of those files.

Options:
  --k8s-version X.Y     Kubernetes minor of the schemas (default lint.kubeVersion, else the newest)
  --schema-engine NAME  builtin (default) or kubeconform (the binary, with lint.schemaLocations)
  --no-strict           do not report unknown fields
  --no-render           lint render/ as it is, even when stale
  --sarif FILE          also write a SARIF 2.1.0 report
  --junit FILE          also write a JUnit XML report
  --fail-on SEVERITY    exit 1 at this severity or worse (default error)
  --no-cache            check every target afresh; by default, with GITOPS_CACHE_DIR set, a
                        target whose rendered bytes and inputs are unchanged reuses its schema
                        findings; compiled schema validators are kept in the cache folder
                        (GITOPS_CACHE_DIR, else ~/.cache/gitops-actions) unless --no-cache

Exit codes: 0 clean, 1 findings at --fail-on or worse, 2 bad usage, config or missing tools.`,
    options: {
        "k8s-version": { type: "string" },
        "schema-engine": { type: "string" },
        "no-strict": { type: "boolean" },
        "no-render": { type: "boolean" },
        sarif: { type: "string" },
        junit: { type: "string" },
        "fail-on": { type: "string" },
        "no-cache": { type: "boolean" },
    },
    maxPositionals: 100_000,
    async run(ctx) {
        const engine = ctx.options["schema-engine"];
        if (engine !== undefined && engine !== "builtin" && engine !== "kubeconform")
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--schema-engine must be builtin or kubeconform, got "${engine}"`);
        const failOn = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .failOnOption */ .r)(ctx);
        // Only an explicit GITOPS_CACHE_DIR turns the cache on here (CI sets it beside actions/cache).
        const cache = ctx.options["no-cache"] === true ? false : ((0,_cache_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openCache */ .bp)(process.env) ?? false);
        const report = await (0,_lint_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lint */ .u8)({
            repo: ctx.repo,
            kubeVersion: ctx.options["k8s-version"],
            ...(engine ? { schemaEngine: engine } : {}),
            ...(ctx.options["no-strict"] === true ? { strict: false } : {}),
            render: ctx.options["no-render"] === true ? "never" : "auto",
            ...(ctx.positionals.length > 0 ? { files: ctx.positionals } : {}),
            cache,
        });
        if (cache)
            cache.prune();
        (0,_report_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeReportFiles */ .t)(ctx, report.findings, "lint", _lint_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LINT_RULES */ .wT);
        if (ctx.json)
            ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatJson */ .IB)(report.findings, { ...report.summary }));
        else {
            const s = report.summary;
            if (s.rendered)
                ctx.io.stderr(`rendered first: ${s.rendered}\n`);
            ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatText */ .vX)(report.findings));
            ctx.io.stdout(`checked ${s.resources} resource(s) in ${s.targets} target(s) (Kubernetes ${s.kubeVersion} + ${s.crdKinds} CRD kinds, ${s.crdKindsUsed.length} used, ${s.schemaEngine}${s.strict ? ", strict" : ""}), ${s.applications} Application(s), ${s.files} YAML file(s)\n`);
        }
        return (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failsAt */ .ZN)(report.findings, failOn) ? _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Findings : _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Clean;
    },
};


/***/ }),

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ failOnOption)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);

/** `--fail-on error|warning|notice`: the severity that makes a command exit 1 (default error). */
function failOnOption(ctx) {
    const value = ctx.options["fail-on"] ?? "error";
    const severity = (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSeverity */ .lv)(value);
    if (!severity)
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--fail-on must be error, warning or notice, got "${value}"`);
    return severity;
}


/***/ }),

/***/ 9012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);


/**
 * Writes the report files a check's `--sarif FILE` and `--junit FILE` ask for (each atomically,
 * a bad path named). `tool` names the check: SARIF's driver is `gitops-<tool>`, JUnit's suite `<tool>`.
 */
function writeReportFiles(ctx, findings, tool, rules) {
    const path = (name) => {
        const v = ctx.options[name];
        if (v === "")
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--${name} needs a file`);
        return typeof v === "string" ? v : undefined;
    };
    const sarif = path("sarif");
    if (sarif !== undefined) {
        const log = (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toSarif */ .zv)(findings, {
            toolName: `gitops-${tool}`,
            toolVersion: _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .xv,
            ...(rules ? { rules } : {}),
        });
        (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(sarif), `${JSON.stringify(log, null, 2)}\n`, `--sarif ${sarif}`);
    }
    const junit = path("junit");
    if (junit !== undefined)
        (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(junit), (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toJUnitXml */ .Bk)(findings, { suiteName: tool, tools: [tool] }), `--junit ${junit}`);
}


/***/ })

};
