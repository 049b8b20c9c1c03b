export const id = 478;
export const ids = [478];
export const modules = {

/***/ 4478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fmtCommand: () => (/* binding */ fmtCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);
/* harmony import */ var _lint_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6236);



/** `gitops fmt`: canonical YAML formatting, data and comments kept. */
const fmtCommand = {
    name: "fmt",
    summary: "canonical YAML formatting, data and comments kept; --check",
    help: `Usage: gitops fmt [--check] [--json] [--repo DIR] [PATH...]

Formats the YAML files people write: 2-space indentation, sequences indented under their key, no
trailing spaces, one final newline, LF line ends, long lines never folded. Comments, anchors,
aliases, merge keys, key order, quoting, number spelling (0644 stays 0644) and block scalars are
kept. It fixes what lint's YAML hygiene reports where it can: tabs outside block scalars go, and
plain strings that YAML 1.1 (Kubernetes) reads as something else are quoted (yes -> "yes"; a
GitHub workflow's on: stays as it is).

Every result is parsed again and compared with the original, document by document; a file whose
data or comments would change is left as it is and reported, as is a file that does not parse
or has duplicate keys (with file:line).

With no PATH: every *.yaml and *.yml under --repo, except dot folders, node_modules/, render/
and the templates/ and charts/ of Helm charts. With PATHs (files or folders, relative to the
current folder; pre-commit passes staged files): only those, by the same rules; chart templates,
files under render/, symbolic links and files that are not YAML are passed over silently.

Options:
  --check   write nothing; list the files that would change and exit 1 if any would

Exit codes: 0 formatted (or, with --check, nothing to change), 1 a file left as it is (does not
parse, or formatting would change its data or comments) or, with --check, a file that would
change, 2 bad usage or a PATH that does not exist.`,
    options: {
        check: { type: "boolean" },
    },
    maxPositionals: Number.MAX_SAFE_INTEGER,
    run(ctx) {
        const check = ctx.options.check === true;
        const report = (0,_lint_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)({ repo: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.repo), paths: ctx.positionals, check });
        const changed = report.files.filter((f) => f.changed).map((f) => f.file);
        if (ctx.json) {
            const json = (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toJsonReport */ .Ow)(report.findings, {
                files: report.files.length,
                changed: changed.length,
                check,
            });
            ctx.io.stdout(`${JSON.stringify({ files: report.files, ...json }, null, 2)}\n`);
        }
        else {
            for (const file of changed)
                ctx.io.stdout(`${check ? "would reformat" : "formatted"} ${file}\n`);
            if (report.findings.length > 0)
                ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatText */ .vX)(report.findings));
            const n = report.files.length;
            ctx.io.stdout(check
                ? `${changed.length} of ${n} YAML file(s) would be reformatted${changed.length ? '; run "gitops fmt"' : ""}\n`
                : `${changed.length} of ${n} YAML file(s) reformatted\n`);
        }
        const failed = report.findings.some((f) => f.severity === "error") || (check && changed.length > 0);
        return Promise.resolve(failed ? _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Findings : _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Clean);
    },
};


/***/ })

};
