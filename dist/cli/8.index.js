export const id = 8;
export const ids = [8];
export const modules = {

/***/ 7008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   secretsCommand: () => (/* binding */ secretsCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);
/* harmony import */ var _secrets_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9400);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1428);




/** `gitops secrets`: leaked credentials and the blueprint's secret-handling rules. */
const secretsCommand = {
    name: "secrets",
    summary: "scan for leaked secrets and secret-handling rule breaks (--base REF scans only the change)",
    help: `Usage: gitops secrets [--base REF [--head REF]] [--sarif FILE] [--baseline FILE]
                      [--ignore-file FILE] [--fail-on SEVERITY] [--credentials-only] [--json] [--repo DIR]
                      [PATH...]

Scans the repository for credentials (cloud, GitHub/GitLab, Slack, Stripe, SendGrid, Twilio,
npm, PyPI, OpenAI, Anthropic, Vault tokens, private keys, JWTs, kubeconfigs, passwords in URLs,
high-entropy values under secret-like keys) and for the blueprint's rules: no plain Secret or
secretGenerator in Git, ExternalSecret keys that follow secrets.keyTemplate for their service and
env, and overlay READMEs whose "## Required secrets" list matches the ExternalSecrets.
Findings show at most the first 4 characters of a secret, never the value.

With PATH... only those files and folders are scanned (the gitops-secrets pre-commit hook passes
the staged files, whose content pre-commit has stashed down to what is staged).

Options:
  --base REF          scan only the lines added by each commit in merge-base(REF, HEAD)..HEAD
  --head REF          the tip of the change (default HEAD), with --base
  --sarif FILE        also write the findings as SARIF 2.1.0 (for GitHub code scanning)
  --baseline FILE     drop findings already in FILE (an earlier "gitops secrets --json" report)
  --ignore-file FILE  accepted findings (default .gitops-secrets-ignore.yaml, see secrets.ignoreFile)
  --fail-on SEVERITY  exit 1 when a finding is at least this bad: error (default), warning, notice
  --credentials-only  skip the GitOps rules (plain Secrets, key templates, READMEs)

A line (or the comment line above it) holding "gitops:allow-secret" or "gitleaks:allow" is
accepted. A .gitleaks.toml at the root adds its custom rules and allowlists.`,
    options: {
        base: { type: "string" },
        head: { type: "string" },
        sarif: { type: "string" },
        baseline: { type: "string" },
        "ignore-file": { type: "string" },
        "fail-on": { type: "string" },
        "credentials-only": { type: "boolean" },
    },
    maxPositionals: 100_000,
    async run(ctx) {
        const opt = (name) => {
            const v = ctx.options[name];
            if (v === "")
                throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--${name} needs a value`);
            return typeof v === "string" ? v : undefined;
        };
        const failOn = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .failOnOption */ .r)(ctx);
        const base = opt("base");
        const head = opt("head");
        if (head !== undefined && base === undefined)
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("--head needs --base");
        const ignoreFile = opt("ignore-file");
        const baseline = opt("baseline");
        const report = await (0,_secrets_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scanRepository */ .Gw)(ctx.repo, {
            ...(base !== undefined ? { base } : {}),
            ...(head !== undefined ? { head } : {}),
            ...(ignoreFile !== undefined ? { ignoreFile } : {}),
            ...(baseline !== undefined ? { baseline } : {}),
            gitopsRules: ctx.options["credentials-only"] !== true,
            ...(ctx.positionals.length > 0 ? { files: ctx.positionals } : {}),
        });
        const sarif = opt("sarif");
        if (sarif !== undefined) {
            (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(sarif), `${JSON.stringify((0,_secrets_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .secretsSarif */ .zE)(report), null, 2)}\n`, `--sarif ${sarif}`);
        }
        if (ctx.json) {
            ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatJson */ .IB)(report.findings, { ...report.stats }));
        }
        else {
            if (report.findings.length > 0)
                ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatText */ .vX)(report.findings, { color: ctx.io.isTTY }));
            ctx.io.stderr(`${(0,_secrets_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statsLine */ .I0)(report.stats)}\n`);
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


/***/ })

};
