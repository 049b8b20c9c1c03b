export const id = 847;
export const ids = [847];
export const modules = {

/***/ 2847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4135);
/* harmony import */ var _promote_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1798);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2510);




/** `gitops status`: what Argo CD runs, per Application, against what the repository says. */
const statusCommand = {
    name: "status",
    summary: "live state from Argo CD, mapped to targets: sync, health, deployed revision, current or behind",
    help: `Usage: gitops status [--env ENV]... [--service NAME]... [--fail-on-drift] [--grace DURATION]
                     [--timeout DURATION] [--alert [--alert-on RULE]... [--github-repo OWNER/NAME]]
                     [--json] [--repo DIR]

Read-only. Lists the Argo CD Applications that deploy part of this repository (matched to the
repository model by name, else by repoURL and path), with their env, service, targets, sync
status, health, the revision of their newest sync (status.history) and when it was deployed.
"current" says whether that revision contains the last commit (at HEAD) that changed the inputs
of its targets; "behind" counts the input commits it lacks and gives the oldest one's time. A
revision this clone does not have is reported as unknown (fetch the full history).

Settings: ARGOCD_SERVER (host[:port], https; an http:// URL is accepted with a warning), else
argocd.server in .gitops.yaml; ARGOCD_AUTH_TOKEN (never printed); argocd.appNamespace and
argocd.projects in .gitops.yaml. The token needs "applications, get" on the projects.

Options:
  --env ENV            only Applications of this env (repeatable)
  --service NAME       only Applications of this service (repeatable)
  --fail-on-drift      exit 1 when an Application is OutOfSync, Degraded or not current for longer
                       than --grace (without it, drift is reported as warnings and exits 0)
  --grace DURATION     how long drift may last before it counts (default 10m: Argo CD polls Git
                       every 3 minutes by default, then syncs); e.g. 0, 30m, 2h, 1d
  --timeout DURATION   per request to Argo CD (default 30s); failed requests are retried 3 times
  --alert              keep one GitHub issue per Application with a problem past --grace (label
                       gitops-observe, found again by a hidden marker): open it, update it while the
                       problem lasts, close it on recovery. GITHUB_TOKEN or GH_TOKEN (issues: write),
                       GITHUB_API_URL; repository from --github-repo, GITHUB_REPOSITORY or origin.
                       Open alerts exit 0 (the issues are the alert; --fail-on-drift is not used)
  --alert-on RULE      problems that open an issue: out-of-sync, degraded, sync-failed (the default
                       three), not-current (repeatable)

Exit codes: 0 clean, 1 drift with --fail-on-drift, 2 bad usage or config, no token, or Argo CD
unreachable or refusing (401, 403).`,
    options: {
        env: { type: "string", multiple: true },
        service: { type: "string", multiple: true },
        "fail-on-drift": { type: "boolean" },
        grace: { type: "string" },
        timeout: { type: "string" },
        alert: { type: "boolean" },
        "alert-on": { type: "string", multiple: true },
        "github-repo": { type: "string" },
    },
    async run(ctx) {
        const graceMs = (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(ctx.options.grace ?? "10m", "--grace");
        const timeoutMs = (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(ctx.options.timeout ?? "30s", "--timeout");
        const model = await (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadModel */ .cm)(ctx.repo);
        const { client, settings } = (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .connect */ .Ng)(process.env, model.config.argocd, {
            timeoutMs: Math.max(timeoutMs, 1),
        });
        for (const w of settings.warnings)
            ctx.io.stderr(`gitops: warning: ${w}\n`);
        if (ctx.options.alert === true) {
            // Alerts: the same status, then the issues; drift never fails this run (the issues are the alert).
            const gh = await (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .githubFromEnv */ .ZC)(process.env, ctx.repo, ctx.options["github-repo"]);
            if (!gh)
                throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("status --alert needs a GitHub token in GITHUB_TOKEN or GH_TOKEN");
            const rules = ctx.options["alert-on"] ?? [];
            const runUrl = (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runUrlFromEnv */ .kk)(process.env);
            const { report, outcomes } = await (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .observeAlerts */ .ty)({
                model,
                client,
                gh,
                appNamespace: settings.appNamespace,
                projects: settings.projects,
                envs: ctx.options.env ?? [],
                services: ctx.options.service ?? [],
                graceMs,
                ...(rules.length ? { rules: (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAlertRules */ .z9)(rules, "--alert-on") } : {}),
                ...(process.env.GITHUB_SERVER_URL ? { githubServerUrl: process.env.GITHUB_SERVER_URL } : {}),
                ...(runUrl ? { runUrl } : {}),
            });
            if (ctx.json) {
                ctx.io.stdout(JSON.stringify({ ...(0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusJson */ .bj)(report), alerts: outcomes }, null, 2) + "\n");
                return _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Clean;
            }
            const rows = (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .alertRows */ .Mf)(outcomes);
            if (rows.length > 0)
                ctx.io.stdout((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTable */ .k)(_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ALERT_HEADER */ .Zf, rows) + "\n");
            ctx.io.stdout(`${(0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .alertSummaryLine */ .XT)(outcomes)} (${gh.owner}/${gh.repo})\n`);
            return _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Clean;
        }
        const report = await (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .collectStatus */ .hB)({
            model,
            client,
            appNamespace: settings.appNamespace,
            projects: settings.projects,
            graceMs,
            failOnDrift: ctx.options["fail-on-drift"] === true,
            envs: ctx.options.env ?? [],
            services: ctx.options.service ?? [],
        });
        const code = (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .failsAt */ .ZN)(report.findings, "error") ? _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Findings : _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Clean;
        if (ctx.json) {
            ctx.io.stdout(JSON.stringify((0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusJson */ .bj)(report), null, 2) + "\n");
            return code;
        }
        if (report.applications.length > 0)
            ctx.io.stdout((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTable */ .k)(_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_HEADER */ .jP, (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusRows */ .O5)(report.applications)) + "\n");
        ctx.io.stdout(`${report.applications.length} Application(s) from ${report.server}` +
            (report.ignored ? `; ${report.ignored} of other repositories ignored` : "") +
            "\n");
        if (report.findings.length > 0)
            ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatText */ .vX)(report.findings));
        return code;
    },
};


/***/ })

};
