export const id = 841;
export const ids = [841];
export const modules = {

/***/ 1841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteCommand: () => (/* binding */ promoteCommand)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1798);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2510);



/** `gitops promote <from> <to> <service...>`: copy promotable fields from one env's overlays to the next. */
const promoteCommand = {
    name: "promote",
    summary: "copy promotable fields (image tags, digests, chart versions) from one env to the next",
    help: `Usage: gitops promote <from> <to> <service>... [--dry-run | --commit | --push | --pr] [--json] [--repo DIR]

Copies only the promotable fields of each service from the <from> overlay to the <to>
overlay: kustomize images[] newName/newTag/digest, container images in the overlay's own
manifests and patch files (strategic-merge and JSON6902), Helm values image.tag/image.digest
(plus promote.values in .gitops.yaml), and chart versions. Files named in promote.files are
copied whole. Everything else stays, and what differs but is not promoted is listed.
A repo of one app (env/<env>, envs/<env>) needs no <service>.

<to> may name a group of the chain (environments: [qa, staging, [prod-us, prod-eu]]) by its
alias, the common prefix or suffix of its envs ("prod"): each env of the group is promoted.
Promoting past a step of the chain is refused unless --skip names every env passed over.

Modes (default: edit the working tree and print the changes):
  --dry-run             print the unified diff on stdout; write nothing
  --commit              commit on the branch promote/<to>/<services> (working tree untouched)
  --push                also push that branch (fetch, rebuild and retry when it moved)
  --pr                  also open the pull request, or update the open one

--commit, --push and --pr promote HEAD of a clean checkout on a branch (the PR's base): a dirty
working tree or a detached HEAD is refused. A refused or interrupted push changes nothing on
your branch; run the same command again (a commit already on the promotion branch is reused).

Options:
  --skip ENV            an env (or group) of the chain this promotion passes over (repeatable)
  --no-dr               leave out the DR clusters' envs (clusters labelled role: dr), which a
                        promotion includes by default (see gitops parity)
  --require-check NAME  a check run that must have passed on HEAD before pushing (repeatable;
                        adds to promote.requiredChecks)
  --base BRANCH         the pull request's base (default: the branch checked out)
  --remote NAME         the remote to push to (default: origin)
  --github-repo O/N     the GitHub repository (default: GITHUB_REPOSITORY or the origin URL)
  --now TIME            measure the gate's soak as of this RFC 3339 time (tests, replays)

Staging gate: with promote.gate in .gitops.yaml (gate: {envs: [prod], soak: 30m}), a
promotion into a gated env (every mode but --dry-run) is refused (exit 1) unless Argo CD shows
each Application of the services in <from> Synced, Healthy, running a revision that contains
the last change to its inputs, and deployed at least soak ago. The PR body shows the evidence.
It reads ARGOCD_SERVER (or argocd.server) and ARGOCD_AUTH_TOKEN; missing, that is exit 2.

Environment: GITHUB_TOKEN (or GH_TOKEN) for --pr and the required-checks gate, also sent to
git as an http.extraheader for --push; GITHUB_API_URL for GitHub Enterprise Server.
Exit codes: 0 promoted or nothing to promote, 1 refused by a gate, 2 bad input, or Argo CD
not configured, unreachable or refusing the token while a gate needs it.`,
    options: {
        "dry-run": { type: "boolean" },
        commit: { type: "boolean" },
        push: { type: "boolean" },
        pr: { type: "boolean" },
        "require-check": { type: "string", multiple: true },
        base: { type: "string" },
        remote: { type: "string" },
        "github-repo": { type: "string" },
        skip: { type: "string", multiple: true },
        "no-dr": { type: "boolean" },
        now: { type: "string" },
    },
    maxPositionals: 2 + _promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SERVICES */ .gw,
    async run(ctx) {
        const [from, to, ...services] = ctx.positionals;
        if (from === undefined || to === undefined) {
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('promote needs <from> <to> <service>...; run "gitops promote --help"');
        }
        const mode = modeOf(ctx);
        const env = process.env;
        const token = (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenFromEnv */ .B)(env);
        const github = mode === "push" || mode === "pr"
            ? await (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .githubFromEnv */ .ZC)(env, ctx.repo, text(ctx, "github-repo"))
            : undefined;
        const base = text(ctx, "base");
        const remote = text(ctx, "remote");
        const now = nowOf(text(ctx, "now"));
        const chain = await (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .promoteChain */ .GO)({
            repo: ctx.repo,
            from,
            to,
            services,
            mode,
            skip: ctx.options.skip ?? [],
            noDr: ctx.options["no-dr"] === true,
            ...(github ? { github } : {}),
            requiredChecks: ctx.options["require-check"] ?? [],
            git: token ? { token } : {},
            ...(base ? { base } : {}),
            ...(remote ? { remote } : {}),
            argocd: { env, ...(now ? { now } : {}) },
        });
        if (ctx.json)
            ctx.io.stdout(JSON.stringify(chainJson(chain), null, 2) + "\n");
        else
            for (const result of chain.targets)
                printResult(ctx, result);
        return chain.targets.some((r) => r.status === "refused") ? _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Findings : _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Clean;
    },
};
function text(ctx, name) {
    const value = ctx.options[name];
    return typeof value === "string" && value !== "" ? value : undefined;
}
/** `--now`: an RFC 3339 time with a zone, so the soak is the same wherever it runs. */
function nowOf(value) {
    if (value === undefined)
        return undefined;
    const ms = Date.parse(value);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) || Number.isNaN(ms)) {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--now must be an RFC 3339 time such as 2026-12-01T12:00:00Z, got ${JSON.stringify(value)}`);
    }
    return new Date(ms);
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
/** One target: its own document; a group: the group's changes and drift with their env, and each target's document. */
function chainJson(chain) {
    const [only] = chain.targets;
    if (chain.targets.length === 1 && only)
        return toJson(only);
    const docs = chain.targets.map(toJson);
    return {
        status: docs.find((d) => d.status === "refused")?.status ??
            docs.find((d) => d.status !== "nothing")?.status ??
            "nothing",
        from: chain.from,
        to: chain.to,
        changes: docs.flatMap((d) => d.changes.map((c) => ({ env: d.to, ...c }))),
        drift: docs.flatMap((d) => d.drift.map((x) => ({ env: d.to, ...x }))),
        unplaced: docs.flatMap((d) => d.unplaced.map((u) => ({ env: d.to, ...u }))),
        targets: docs,
    };
}
function toJson(r) {
    return {
        status: r.status,
        from: r.request.from,
        to: r.request.to,
        services: r.request.services,
        changes: r.changes.map(({ service, file, field, from, to }) => ({ service, file, field, from, to })),
        drift: r.drift.items,
        unplaced: r.unplaced,
        notes: r.notes,
        ...(r.sourceSha ? { sourceSha: r.sourceSha } : {}),
        ...(r.branch ? { branch: r.branch } : {}),
        ...(r.commit ? { commit: r.commit } : {}),
        ...(r.pr ? { pr: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestJson */ .NA)(r.pr) } : {}),
        ...(r.closedPr !== undefined ? { closedPr: r.closedPr } : {}),
        ...(r.diff !== undefined ? { diff: r.diff } : {}),
        ...(r.reason ? { reason: r.reason } : {}),
        ...(r.gate ? { gate: (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .gateJson */ .wT)(r.gate) } : {}),
    };
}
function printResult(ctx, r) {
    const { request } = r;
    const out = ctx.io.stdout;
    const err = ctx.io.stderr;
    for (const note of r.notes)
        err(`note: ${note}\n`);
    for (const warning of r.pr?.warnings ?? [])
        err(`warning: ${warning}\n`);
    if (r.gate) {
        for (const w of r.gate.warnings)
            err(`warning: ${w}\n`);
        err(`gate: ${request.from} before ${request.to}, Argo CD at ${r.gate.server}, soak ${r.gate.soak}\n`);
        if (r.gate.applications.length > 0)
            err((0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTable */ .k)(_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_HEADER */ .Wh, (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .gateRows */ .Zl)(r.gate)) + "\n");
    }
    if (r.status === "nothing") {
        printLeftBehind(ctx, r);
        out(`${(0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .nothingLine */ .y4)(request, r.unplaced)}\n`);
        if (r.closedPr !== undefined)
            out(`closed pull request #${r.closedPr}: nothing is left to promote\n`);
        return;
    }
    const rows = r.changes.map((c) => [c.service, c.file, c.field, c.from ?? "(unset)", c.to ?? "(unset)"]);
    const table = (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTable */ .k)(["SERVICE", "FILE", "FIELD", `BEFORE (${request.to})`, `AFTER (from ${request.from})`], rows) + "\n";
    // With --dry-run stdout is the diff alone, so it can go straight to `git apply`.
    if (r.status === "dry-run") {
        err(table);
        out(r.diff ?? "");
    }
    else {
        out(table);
    }
    printLeftBehind(ctx, r);
    const say = r.status === "dry-run" ? err : out;
    say(statusLine(r) + "\n");
}
/** Most drift rows printed; --json has them all. */
const DRIFT_ROWS = 10;
/**
 * On stderr, always: promotable fields the target has no place for, and the drift (fields that
 * differ and are not promoted), so a quiet run never hides a difference.
 */
function printLeftBehind(ctx, r) {
    const { request } = r;
    const err = ctx.io.stderr;
    if (r.unplaced.length > 0) {
        err(`promotable but not promoted: ${request.to} has no such field (add it, or copy its file with promote.files)\n`);
        err((0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTable */ .k)(["SERVICE", `FILE (${request.from})`, "FIELD", "VALUE"], (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .unplacedRows */ .UA)(r.unplaced)) + "\n");
    }
    const count = r.drift.items.length + r.drift.omitted;
    if (count === 0)
        return;
    err(`not promoted: ${count} other field(s) differ between ${request.from} and ${request.to} (env-specific)\n`);
    const rows = (0,_promote_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .driftRows */ .No)(r.drift);
    err((0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTable */ .k)(["SERVICE", "FILE", "FIELD", request.from, request.to], rows.slice(0, DRIFT_ROWS)) + "\n");
    if (count > DRIFT_ROWS)
        err(`…and ${count - Math.min(rows.length, DRIFT_ROWS)} more (see --json)\n`);
}
function statusLine(r) {
    const short = r.commit?.slice(0, 12) ?? "";
    const superseded = r.pr?.superseded.length ? ` (closed #${r.pr.superseded.join(", #")}, superseded)` : "";
    const pr = r.pr ? `; pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}${superseded}` : "";
    switch (r.status) {
        case "dry-run":
            return "dry run: nothing was written";
        case "edited":
            return `edited ${new Set(r.changes.map((c) => c.file)).size} file(s) in the working tree`;
        case "committed":
            return `committed ${short} on ${r.branch ?? ""}`;
        case "pushed":
            return `pushed ${short} to ${r.branch ?? ""}${pr}`;
        case "unchanged":
            return `${r.branch ?? ""} already holds this promotion (${short})${pr}`;
        case "refused":
            return `promotion refused: ${r.reason ?? ""}`;
        default:
            return r.status;
    }
}


/***/ })

};
