export const id = 769;
export const ids = [769];
export const modules = {

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bumpCommand: () => (/* binding */ bumpCommand)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1798);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2510);



/** `gitops bump <env> <service> --image REF`: set the image one service deploys in one env. */
const bumpCommand = {
    name: "bump",
    summary: "set the image tag/digest (or chart version) a service deploys in one env",
    help: `Usage: gitops bump <env> <service> (--image REF | --chart-version V [--chart NAME])
                   [--resolve-digest [--insecure-registry HOST]]
                   [--dry-run | --commit | --push | --pr] [--source-repository O/N] [--source-commit SHA]
                   [--json] [--repo DIR]

Sets the field that deploys the image REF names (registry and path included) in the <env>
files of <service>, found as promote finds them: kustomize images[] newTag/digest (matched by
newName, else name), Helm values image.tag/image.digest (plus the maps of promote.values
paths) in value files and in Applications (valuesObject, or the helm.values string, edited
inside), matched by their repository, and images written whole in manifests and patches
(inline patch strings too). Comments and formatting stay; other envs are never read for
writing. Already at REF: nothing changes.

  --image REF           name:tag, name@sha256:<64 hex> or name:tag@sha256:<64 hex>
  --chart-version V     pin a chart's version instead (Chart.yaml dependencies, Application
                        chart sources' targetRevision); --chart NAME when the service pins several
  --resolve-digest      pin name:tag to name:tag@sha256:... as its registry serves it now (OCI
                        distribution API: HEAD /v2/<name>/manifests/<tag>, the Bearer token flow);
                        kustomize gets images[].digest, Helm image.digest. Credentials from
                        GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD (never printed); https,
                        except loopback hosts and --insecure-registry HOST[,HOST] (plain http)

Modes (default: edit the working tree and print the changes):
  --dry-run             print the unified diff on stdout; write nothing
  --commit              write and commit on the branch checked out (a clean checkout), as
                        "bump <service> in <env> to <tag>"
  --push                commit on the branch bump/<env>/<service> (built on HEAD of a clean checkout,
                        which stays as it is) and push it with --force-with-lease, retrying races
  --pr                  also open the pull request, or update the open one: one per env and
                        service, so a newer image replaces the older bump
  --source-repository O/N, --source-commit SHA [--source-commit-date ISO-TIME]
                        add Source-Repository: / Source-Commit: (/ Source-Commit-Date:) trailers
                        to the commit, from which changelog --metrics measures lead time; with --pr
                        the body links them and lists the source commits since the image deployed
                        now (GitHub's compare API, from the last bump's Source-Commit)

Options for --push and --pr:
  --remote NAME         the remote to push to (default: origin)
  --base BRANCH         the pull request's base (default: the branch checked out)
  --github-repo O/N     the infra repository on GitHub (default: the origin URL)
  --run-url URL         the workflow run that built the image (default: this run in GitHub Actions)
  --auto-merge METHOD   enable auto-merge: merge, squash or rebase (default: promote.autoMerge)

Environment: GITHUB_TOKEN (or GH_TOKEN) for --pr, also sent to git as an http.extraheader;
GITOPS_REGISTRY_USERNAME / GITOPS_REGISTRY_PASSWORD for --resolve-digest.

Exit codes: 0 bumped or already there, 2 bad input (an unknown env, service or image, a bad REF,
a tag the registry does not have, refused credentials, an unreachable registry)
or GitHub refusing (the message names the repository and the permission; a re-run finishes).`,
    options: {
        image: { type: "string" },
        "chart-version": { type: "string" },
        chart: { type: "string" },
        "dry-run": { type: "boolean" },
        commit: { type: "boolean" },
        "source-repository": { type: "string" },
        "source-commit": { type: "string" },
        "source-commit-date": { type: "string" },
        push: { type: "boolean" },
        pr: { type: "boolean" },
        remote: { type: "string" },
        base: { type: "string" },
        "github-repo": { type: "string" },
        "run-url": { type: "string" },
        "auto-merge": { type: "string" },
        "resolve-digest": { type: "boolean" },
        "insecure-registry": { type: "string" },
    },
    maxPositionals: 2,
    async run(ctx) {
        const [env, service] = ctx.positionals;
        if (env === undefined || service === undefined) {
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('bump needs <env> <service> and --image REF; run "gitops bump --help"');
        }
        const sourceRepository = text(ctx, "source-repository");
        const sourceCommit = text(ctx, "source-commit");
        const sourceCommitDate = text(ctx, "source-commit-date");
        if (sourceCommitDate && !sourceCommit) {
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("--source-commit-date dates the --source-commit; give both");
        }
        const token = (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenFromEnv */ .B)(process.env);
        const mode = modeOf(ctx);
        const result = await (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .bump */ .$p)({
            repo: ctx.repo,
            env,
            service,
            target: targetOf(ctx),
            mode,
            publish: await publishSettings(ctx, mode, sourceRepository),
            ...(sourceRepository ? { sourceRepository: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSourceRepository */ .a5)(sourceRepository) } : {}),
            ...(sourceCommit ? { sourceCommit: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSourceCommit */ .$K)(sourceCommit) } : {}),
            ...(sourceCommitDate ? { sourceCommitDate: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSourceCommitDate */ .H)(sourceCommitDate) } : {}),
            git: token ? { token } : {},
            ...registryOptions(ctx),
        });
        if (ctx.json)
            ctx.io.stdout(JSON.stringify(toJson(result), null, 2) + "\n");
        else
            printResult(ctx, result);
        return _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Clean;
    },
};
function text(ctx, name) {
    const value = ctx.options[name];
    return typeof value === "string" && value !== "" ? value : undefined;
}
/** `--resolve-digest` settings; registry credentials come from the environment only, so no argv shows them. */
function registryOptions(ctx) {
    const insecure = text(ctx, "insecure-registry");
    if (ctx.options["resolve-digest"] !== true) {
        if (insecure)
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("--insecure-registry goes with --resolve-digest");
        return {};
    }
    if (ctx.options["chart-version"] !== undefined) {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("--resolve-digest pins an --image; a chart version has no digest to resolve");
    }
    const username = process.env.GITOPS_REGISTRY_USERNAME;
    const password = process.env.GITOPS_REGISTRY_PASSWORD;
    if (Boolean(username) !== Boolean(password)) {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("set both GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD, or neither");
    }
    return {
        resolveDigest: {
            ...(username && password ? { username, password } : {}),
            ...(insecure
                ? {
                    insecure: insecure
                        .split(",")
                        .map((h) => h.trim())
                        .filter(Boolean),
                }
                : {}),
        },
    };
}
function targetOf(ctx) {
    const image = ctx.options.image;
    const version = ctx.options["chart-version"];
    const chart = text(ctx, "chart");
    if (typeof image === "string" && typeof version === "string") {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("give --image or --chart-version, not both");
    }
    if (typeof image === "string") {
        if (chart)
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("--chart goes with --chart-version, not --image");
        return { image: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(image) };
    }
    if (typeof version === "string") {
        return { chartVersion: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkChartVersion */ .Jv)(version), ...(chart ? { chart } : {}) };
    }
    throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('bump needs --image REF (or --chart-version V); run "gitops bump --help"');
}
function modeOf(ctx) {
    const picked = ["dry-run", "commit", "push", "pr"].filter((m) => ctx.options[m] === true);
    if (picked.includes("dry-run") && picked.length > 1) {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--dry-run writes nothing; it cannot be combined with --${picked.filter((m) => m !== "dry-run").join(", --")}`);
    }
    // --pr implies --push implies --commit: the strongest one asked for wins.
    for (const mode of ["pr", "push", "commit", "dry-run"])
        if (picked.includes(mode))
            return mode;
    return "edit";
}
const MERGE_METHODS = ["merge", "squash", "rebase"];
/** Where --push/--pr publish, from flags and the environment (GitHub only for --pr). */
async function publishSettings(ctx, mode, sourceRepository) {
    if (mode !== "push" && mode !== "pr")
        return undefined;
    const env = process.env;
    const autoMerge = text(ctx, "auto-merge");
    if (autoMerge !== undefined && !MERGE_METHODS.includes(autoMerge)) {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--auto-merge must be one of ${MERGE_METHODS.join(", ")}, got "${autoMerge}"`);
    }
    // GITHUB_REPOSITORY is the service's repo when this runs in its pipeline: the infra repo comes from the flag or origin.
    const github = mode === "pr"
        ? await (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .githubFromEnv */ .ZC)({ ...env, GITHUB_REPOSITORY: "" }, ctx.repo, text(ctx, "github-repo"))
        : undefined;
    if (mode === "pr" && !github) {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)");
    }
    const runUrl = text(ctx, "run-url") ?? (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrlFromEnv */ .kk)(env);
    const remote = text(ctx, "remote");
    const base = text(ctx, "base");
    return {
        ...(remote ? { remote } : {}),
        ...(base ? { base } : {}),
        ...(github ? { github } : {}),
        ...(github && sourceRepository
            ? { sourceGithub: { ...github, ...(0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepoSlug */ .Jj)(sourceRepository) } }
            : {}),
        ...(autoMerge ? { autoMerge: autoMerge } : {}),
        ...(runUrl ? { runUrl } : {}),
        ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
    };
}
function toJson(r) {
    return {
        status: r.status,
        env: r.env,
        service: r.service,
        to: r.to,
        changes: r.changes.map(({ service, file, field, from, to }) => ({ service, file, field, from, to })),
        notes: r.notes,
        ...(r.commit ? { commit: r.commit } : {}),
        ...(r.branch ? { branch: r.branch } : {}),
        ...(r.pr ? { pr: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestJson */ .NA)(r.pr) } : {}),
        ...(r.closedPr !== undefined ? { closedPr: r.closedPr } : {}),
        ...(r.diff !== undefined ? { diff: r.diff } : {}),
    };
}
function printResult(ctx, r) {
    const err = ctx.io.stderr;
    for (const note of r.notes)
        err(`note: ${note}\n`);
    for (const warning of r.pr?.warnings ?? [])
        err(`warning: ${warning}\n`);
    if (r.status === "nothing") {
        ctx.io.stdout(`nothing to bump: ${r.service} in ${r.env} is already at ${r.to}\n`);
        if (r.closedPr !== undefined)
            ctx.io.stdout(`closed pull request #${r.closedPr}: nothing is left to bump\n`);
        return;
    }
    const rows = r.changes.map((c) => [c.file, c.field, c.from ?? "(unset)", c.to ?? "(unset)"]);
    const table = (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTable */ .k)(["FILE", "FIELD", "FROM", "TO"], rows) + "\n";
    // With --dry-run stdout is the diff alone, so it can go straight to `git apply`.
    if (r.status === "dry-run") {
        err(table);
        ctx.io.stdout(r.diff ?? "");
        err("dry run: nothing was written\n");
        return;
    }
    ctx.io.stdout(table);
    const files = new Set(r.changes.map((c) => c.file)).size;
    const short = r.commit?.slice(0, 12) ?? "";
    const pr = r.pr ? `; pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}` : "";
    const line = r.status === "committed"
        ? `committed ${short}: bumped ${r.service} in ${r.env} to ${r.to}`
        : r.status === "pushed"
            ? `pushed ${short} to ${r.branch ?? ""}${pr}`
            : r.status === "unchanged"
                ? `${r.branch ?? ""} already holds this bump (${short})${pr}`
                : `edited ${files} file(s) in the working tree`;
    ctx.io.stdout(`${line}\n`);
}


/***/ })

};
