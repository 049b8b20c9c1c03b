export const id = 641;
export const ids = [641];
export const modules = {

/***/ 9022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploymentsCommand: () => (/* binding */ deploymentsCommand)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4135);
/* harmony import */ var _promote_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1798);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2510);




/** `gitops deployments`: GitHub deployments from what Argo CD deployed. */
const deploymentsCommand = {
    name: "deployments",
    summary: "GitHub deployments from Argo CD's sync history (--push creates them, idempotently)",
    help: `Usage: gitops deployments [--push] [--env ENV]... [--github-repo OWNER/NAME] [--json] [--repo DIR]

Reads Argo CD (ARGOCD_SERVER, ARGOCD_AUTH_TOKEN, .gitops.yaml argocd:) and lists one deployment per
sync in each Application's status.history (state success), plus one for a running (in_progress)
or failed (failure) sync operation: environment = the Application's env, ref = the deployed SHA,
environment_url = the Application's first external URL. Without --push it only lists them.

--push creates them on GitHub (GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL; repository from
--github-repo, GITHUB_REPOSITORY or the origin remote). Each carries a key in its payload, so a
second run creates nothing and only adds a status where a state moved. The token needs the
"Deployments" repository permission (write). The last env in promotion order is the production one.

Exit codes: 0 done, 2 bad usage or config, no token, or Argo CD or GitHub unreachable or refusing.`,
    options: {
        push: { type: "boolean" },
        env: { type: "string", multiple: true },
        "github-repo": { type: "string" },
    },
    async run(ctx) {
        const model = await (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadModel */ .cm)(ctx.repo);
        const { client, settings } = (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .connect */ .Ng)(process.env, model.config.argocd);
        for (const w of settings.warnings)
            ctx.io.stderr(`gitops: warning: ${w}\n`);
        const planned = await (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .planDeployments */ .zU)(model, client, {
            appNamespace: settings.appNamespace,
            projects: settings.projects,
            envs: ctx.options.env ?? [],
        });
        let done = planned;
        if (ctx.options.push === true) {
            const gh = await (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .githubFromEnv */ .ZC)(process.env, ctx.repo, ctx.options["github-repo"]);
            if (!gh)
                throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("deployments --push needs a GitHub token in GITHUB_TOKEN or GH_TOKEN");
            const last = model.environments.at(-1);
            done = await (0,_argocd_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pushDeployments */ .th)(gh, planned, {
                server: client.server,
                productionEnvs: last ? [last] : [],
            });
        }
        if (ctx.json) {
            ctx.io.stdout(JSON.stringify({ deployments: done }, null, 2) + "\n");
            return _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Clean;
        }
        const rows = done.map((d) => [
            d.env,
            d.application,
            d.sha.slice(0, 7),
            d.state,
            d.at ?? "-",
            d.action ?? "planned",
        ]);
        if (rows.length > 0)
            ctx.io.stdout((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTable */ .k)(["ENV", "APPLICATION", "SHA", "STATE", "AT", "ACTION"], rows) + "\n");
        const count = (a) => done.filter((d) => d.action === a).length;
        ctx.io.stdout(ctx.options.push === true
            ? `${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged\n`
            : `${done.length} deployment(s) from Argo CD; run with --push to create them on GitHub\n`);
        return _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Clean;
    },
};


/***/ })

};
