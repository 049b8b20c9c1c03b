export const id = 381;
export const ids = [381];
export const modules = {

/***/ 7439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyCommand: () => (/* binding */ policyCommand)
/* harmony export */ });
/* harmony import */ var _cache_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9762);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);
/* harmony import */ var _policy_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5247);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1428);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9012);





/** `gitops policy`: the policies under policies/ on the rendered targets, or on given manifests. */
const policyCommand = {
    name: "policy",
    summary: "run the policies under policies/ against rendered manifests (--manifests PATH... checks given files)",
    help: `Usage: gitops policy [--policies DIR] [--manifests PATH...] [--env ENV]... [--exceptions FILE]
                     [--fail-on SEVERITY] [--no-render] [--no-cache] [--sarif FILE] [--junit FILE] [--explain] [--json] [--repo DIR]
                     [FILE...]

Runs every policy in the policies folder against the rendered targets (rendering first when
render/ is missing or stale), or against the given manifest files and folders:
  - Kubernetes ValidatingAdmissionPolicies with their bindings, Kyverno ValidatingPolicies and
    ClusterPolicy/Policy validate.cel rules run in-process (CEL, no cluster, no download);
  - Kyverno pattern/anyPattern/deny rules run through the kyverno CLI, Rego through conftest
    (each is needed only when such policies exist).
Each object is evaluated as a CREATE by a fixed CI user, with oldObject null. Namespace labels
come from the Namespaces rendered for the object's env (clusters/<env>), or with --manifests
from the Namespaces among the manifests. Waivers come from policies/exceptions.yaml and
per-env enforcement from policy.enforcement in .gitops.yaml.

With FILE... (the gitops-policy pre-commit hook passes the staged files) only the targets whose
input graph holds one of the files are rendered and checked; a change to the policies, the
waivers or .gitops.yaml checks every target.

Options:
  --policies DIR      the policies folder (default: policy.dir, "policies")
  --manifests PATH... check these files, folders or globs ("render/**/*.yaml", quoted)
                      instead of the rendered targets
  --env ENV           only targets of this env (repeatable); with --manifests, the env whose
                      enforcement applies
  --exceptions FILE   the waivers file (default: policy.exceptions, or DIR/exceptions.yaml)
  --fail-on SEVERITY  exit 1 when a finding is at least this bad: error (default), warning, notice
  --no-render         use render/ as it is, without rendering stale targets
  --sarif FILE        also write the findings as SARIF 2.1.0 (for GitHub code scanning)
  --junit FILE        also write a JUnit XML report
  --explain           say where each policy runs: CI (it is in the policies folder), the cluster
                      (the envs whose Applications deploy a target that renders it), or both
  --no-cache          evaluate every target afresh; by default, with GITOPS_CACHE_DIR set, a
                      target whose rendered bytes, inputs, env and policies are unchanged reuses
                      its in-process results (waivers, kyverno and conftest always run afresh)

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage, config, policy or missing tool.`,
    options: {
        policies: { type: "string" },
        manifests: { type: "string", multiple: true },
        env: { type: "string", multiple: true },
        exceptions: { type: "string" },
        "fail-on": { type: "string" },
        "no-cache": { type: "boolean" },
        "no-render": { type: "boolean" },
        sarif: { type: "string" },
        junit: { type: "string" },
        explain: { type: "boolean" },
    },
    // `--manifests a.yaml b.yaml` like conftest: the paths after the flag arrive as positionals.
    maxPositionals: 10_000,
    async run(ctx) {
        const value = (name) => {
            const v = ctx.options[name];
            if (v === "")
                throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--${name} needs a value`);
            return typeof v === "string" ? v : undefined;
        };
        const manifestFlags = ctx.options.manifests;
        const files = ctx.positionals.length > 0 && manifestFlags === undefined ? ctx.positionals : undefined;
        const manifests = manifestFlags ? [...manifestFlags, ...ctx.positionals] : undefined;
        if (manifests?.some((m) => m === ""))
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("--manifests needs a path");
        const failOn = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .failOnOption */ .r)(ctx);
        const policies = value("policies");
        const exceptions = value("exceptions");
        // Only an explicit GITOPS_CACHE_DIR turns the cache on here (CI sets it beside actions/cache).
        const cache = ctx.options["no-cache"] === true ? false : ((0,_cache_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openCache */ .bp)(process.env) ?? false);
        const report = await (0,_policy_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runPolicyCheck */ .ov)({
            repo: ctx.repo,
            ...(policies !== undefined ? { policies } : {}),
            ...(exceptions !== undefined ? { exceptions } : {}),
            ...(manifests ? { manifests } : {}),
            ...(files ? { files } : {}),
            ...(ctx.options.env ? { environments: ctx.options.env } : {}),
            render: ctx.options["no-render"] !== true,
            explain: ctx.options.explain === true,
            cache,
        });
        if (cache)
            cache.prune();
        const { stats } = report;
        (0,_report_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeReportFiles */ .t)(ctx, report.findings, "policy");
        if (ctx.json) {
            ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatJson */ .IB)(report.findings, {
                ...stats,
                ...(report.placement ? { placement: report.placement } : {}),
            }));
        }
        else {
            if (report.placement)
                ctx.io.stdout((0,_policy_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .placementText */ .pr)(report.placement));
            if (report.findings.length > 0)
                ctx.io.stdout((0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatText */ .vX)(report.findings, { color: ctx.io.isTTY }));
            ctx.io.stderr(`checked ${stats.resources} object(s) against ${stats.policies} polic${stats.policies === 1 ? "y" : "ies"}: ` +
                `${stats.evaluations} evaluation(s), ${stats.waived} waived, ${(stats.ms / 1000).toFixed(2)} s\n`);
        }
        return (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failsAt */ .ZN)(report.findings, failOn) ? _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Findings : _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Clean;
    },
};


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


/***/ }),

/***/ 4635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* reexport */ output/* INDEX_FILE */.K$),
  FK: () => (/* reexport */ compareTarget),
  xb: () => (/* reexport */ diffMarkdown),
  dp: () => (/* reexport */ run_diffRendered),
  UV: () => (/* reexport */ report/* noTargets */.UV),
  XC: () => (/* reexport */ src_render/* outputPath */.XC),
  vY: () => (/* reexport */ output/* readIndex */.vY),
  XX: () => (/* reexport */ src_render/* render */.XX),
  e7: () => (/* reexport */ src_render/* renderModel */.e7)
});

// UNUSED EXPORTS: COMMENT_LIMIT, affectedTargets, formatIndex, inputGraph, renderForCi, renderPrivately, renderSummaryMarkdown

// EXTERNAL MODULE: ./packages/core/src/model/report.ts
var report = __webpack_require__(5781);
// EXTERNAL MODULE: ./packages/render/src/render.ts + 11 modules
var src_render = __webpack_require__(2892);
// EXTERNAL MODULE: ./packages/render/src/graph.ts
var graph = __webpack_require__(4706);
// EXTERNAL MODULE: ./packages/render/src/output.ts
var output = __webpack_require__(6817);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(5095);
// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 1 modules
var load = __webpack_require__(4005);
// EXTERNAL MODULE: ./packages/render/src/changes.ts
var changes = __webpack_require__(2935);
// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./packages/render/src/argo.ts
var argo = __webpack_require__(1261);
;// CONCATENATED MODULE: ./packages/render/src/diff/resources.ts


/** Splits rendered YAML into objects by key; documents without kind/name are ignored. */
function splitResources(yaml, label) {
    const out = new Map();
    for (const d of (0,rendered_yaml/* parseRenderedYaml */.I)(yaml, label)) {
        const v = d.value;
        if (!(0,argo/* isObject */.Gv)(v) || typeof v.kind !== "string" || typeof v.apiVersion !== "string")
            continue;
        const meta = (0,argo/* isObject */.Gv)(v.metadata) ? v.metadata : {};
        const name = typeof meta.name === "string" ? meta.name : "";
        const namespace = typeof meta.namespace === "string" ? meta.namespace : undefined;
        const key = `${v.apiVersion}/${v.kind}/${namespace ?? ""}/${name}`;
        const r = { key, apiVersion: v.apiVersion, kind: v.kind, name, value: v };
        if (namespace)
            r.namespace = namespace;
        out.set(key, r);
    }
    return out;
}
/**
 * Replaces the values of a Secret's `data` and `stringData` with markers, so
 * a diff shows which keys were added, removed or changed but never a value or
 * anything derived from it. Other kinds pass through.
 */
function redactSecrets(base, head) {
    if ((base ?? head)?.kind !== "Secret")
        return [base?.value, head?.value];
    // Head marks a changed value, base does not: the two texts differ exactly where the values do.
    const redact = (r, other, side) => {
        if (!r)
            return undefined;
        const copy = { ...r.value };
        for (const field of ["data", "stringData"]) {
            const mine = r.value[field];
            if (!(0,argo/* isObject */.Gv)(mine))
                continue;
            const theirs = other && (0,argo/* isObject */.Gv)(other.value[field]) ? other.value[field] : {};
            copy[field] = Object.fromEntries(Object.keys(mine).map((k) => [
                k,
                side === "head" && k in theirs && mine[k] !== theirs[k] ? "<redacted: changed>" : "<redacted>",
            ]));
        }
        return copy;
    };
    return [redact(base, head, "base"), redact(head, base, "head")];
}

;// CONCATENATED MODULE: ./packages/render/src/diff/compare.ts



/**
 * Compares one target's rendered YAML at base and head, object by object
 * (apiVersion/kind/namespace/name), so reordering alone is not a change.
 */
function compareTarget(meta, baseYaml, headYaml) {
    const base = baseYaml === undefined
        ? new Map()
        : splitResources(baseYaml, `base:${meta.id}`);
    const head = headYaml === undefined
        ? new Map()
        : splitResources(headYaml, `head:${meta.id}`);
    const changes = [];
    for (const key of [...new Set([...base.keys(), ...head.keys()])].sort()) {
        const b = base.get(key);
        const h = head.get(key);
        const [bv, hv] = redactSecrets(b, h);
        const before = bv === undefined ? "" : (0,dist/* stringify */.As)(bv, { lineWidth: 0, sortMapEntries: false });
        const after = hv === undefined ? "" : (0,dist/* stringify */.As)(hv, { lineWidth: 0, sortMapEntries: false });
        if (before === after)
            continue;
        const r = (h ?? b);
        const change = !b ? "added" : !h ? "removed" : "changed";
        const lines = (0,create/* createTwoFilesPatch */.ss)(`a/${key}`, `b/${key}`, before, after, "", "", { context: 3 }).split("\n");
        // jsdiff opens with "Index:"/"===" lines that `git diff` readers don't expect.
        const patch = lines
            .slice(Math.max(0, lines.findIndex((l) => l.startsWith("--- "))))
            .join("\n");
        const entry = { key, kind: r.kind, name: r.name, change, patch };
        if (r.namespace)
            entry.namespace = r.namespace;
        changes.push(entry);
    }
    if (changes.length === 0)
        return undefined;
    const status = baseYaml === undefined ? "added" : headYaml === undefined ? "removed" : "changed";
    const diff = { id: meta.id, env: meta.env, status, changes };
    if (meta.service)
        diff.service = meta.service;
    return diff;
}

;// CONCATENATED MODULE: ./packages/render/src/diff/markdown.ts
/** GitHub refuses comments over 65,536 characters; leave room for the marker line. */
const COMMENT_LIMIT = 65_000;
/**
 * The rendered diff as pull-request markdown: counts per env and service, then
 * a collapsible section per target with a unified YAML diff per changed
 * object. It stays within `limit`: sections that do not fit are listed by name
 * only, with a pointer to the full diff file.
 */
function diffMarkdown(diffs, opts = {}) {
    const limit = opts.limit ?? COMMENT_LIMIT;
    const head = [`### ${opts.title ?? "Rendered manifests diff"}`, ""];
    if (diffs.length === 0)
        return [...head, "No rendered manifest changes.", ""].join("\n");
    head.push(countsTable(diffs), "");
    let out = head.join("\n");
    const omitted = [];
    const tailReserve = 600; // room for the truncation note itself
    for (const [i, d] of diffs.entries()) {
        const section = targetSection(d);
        const remainingNames = diffs.slice(i).reduce((n, x) => n + x.id.length + 8, 0);
        if (omitted.length === 0 && out.length + section.length + tailReserve + remainingNames <= limit) {
            out += section;
        }
        else {
            omitted.push(d.id);
        }
    }
    if (omitted.length > 0) {
        const where = opts.fullDiffPath ? ` The full diff is in \`${opts.fullDiffPath}\`.` : "";
        let note = `\n> [!NOTE]\n> The diff was cut to fit a comment: ${omitted.length} more target(s) changed.${where}\n\n`;
        for (const id of omitted) {
            const line = `- \`${id}\`\n`;
            if (out.length + note.length + line.length > limit)
                break;
            note += line;
        }
        out += note;
    }
    return out;
}
function countsTable(diffs) {
    const rows = new Map();
    for (const d of diffs) {
        const key = `${d.env || "-"}\u0000${d.service ?? "(platform)"}`;
        const row = rows.get(key) ?? { added: 0, changed: 0, removed: 0 };
        for (const c of d.changes)
            row[c.change] += 1;
        rows.set(key, row);
    }
    const lines = ["| Env | Service | Added | Changed | Removed |", "| --- | --- | ---: | ---: | ---: |"];
    for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
        const [env = "", service = ""] = key.split("\u0000");
        lines.push(`| ${env} | ${service} | ${r.added} | ${r.changed} | ${r.removed} |`);
    }
    return lines.join("\n");
}
function targetSection(d) {
    const counts = ["added", "changed", "removed"]
        .map((k) => [k, d.changes.filter((c) => c.change === k).length])
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(", ");
    const body = d.changes
        .map((c) => {
        const name = c.namespace ? `${c.kind} ${c.namespace}/${c.name}` : `${c.kind} ${c.name}`;
        const fence = fenceFor(c.patch);
        return `**${escapeInline(name)}** (${c.change})\n\n${fence}diff\n${c.patch.trimEnd()}\n${fence}\n`;
    })
        .join("\n");
    return `<details><summary><code>${escapeHtml(d.id)}</code> (${d.status}: ${counts})</summary>\n\n${body}\n</details>\n\n`;
}
/** A code fence longer than any backtick run inside, so a manifest cannot close it early. */
function fenceFor(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return "`".repeat(longest + 1);
}
function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeInline(s) {
    return escapeHtml(s).replace(/([\\`*_[\]|])/g, "\\$1");
}

;// CONCATENATED MODULE: ./packages/render/src/diff/run.ts












/**
 * Renders the merge-base (in a temporary git worktree) and the working tree,
 * only for the targets the change can affect, and compares them per target
 * and per object. Writes the complete markdown to `render/diff.md`.
 */
async function run_diffRendered(options) {
    const top = await (0,git/* gitTopLevel */.oB)(options.repo);
    if (!top)
        throw new errors/* UserError */.yo(`diff: ${options.repo} is not inside a git repository`);
    const baseCommit = await (0,git/* resolveCommit */.WL)(options.repo, options.base, "diff --base");
    const mergeBase = (await (0,git/* gitOk */.Tt)(options.repo, ["merge-base", "--end-of-options", baseCommit, "HEAD"], `diff: no merge-base between ${options.base} and HEAD`)).trim();
    const changed = await (0,changes/* changedFiles */.Y)(options.repo, mergeBase);
    const model = await (0,load/* loadModel */.c)(options.repo, options.env ? { env: options.env } : {});
    // A target that needs a remote base or chart renders on neither side without network; when
    // the change touches none of its local files it cannot differ, so it is a notice, not two errors.
    const unreachable = model.config.render.allowNetwork
        ? []
        : model.targets.filter((t) => model.graph(t.id).remote.length > 0 && !touches(model.graph(t.id), changed));
    const skip = new Set(unreachable.map((t) => t.id));
    const onlyOf = (ids) => new Set(ids.filter((id) => !skip.has(id) && (!options.only || options.only.has(id))));
    const common = {
        changedPaths: changed,
        env: options.env,
        concurrency: options.concurrency,
        environments: options.environments,
        services: options.services,
        ...(options.cache !== undefined ? { cache: options.cache } : {}),
    };
    const head = await (0,src_render/* render */.XX)({
        repo: options.repo,
        model,
        only: onlyOf(model.targets.map((t) => t.id)),
        ...common,
    });
    const notices = unreachable.map((t) => ({
        tool: "render",
        rule: "diff-remote-unchanged",
        severity: "notice",
        message: `${t.id}: needs remote ${model.graph(t.id).remote.join(", ")} and the change touches none of its files; not compared (network access is off)`,
        target: t.id,
        file: t.source,
    }));
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-diff-"));
    const worktree = (0,external_node_path_.join)(scratch, "base");
    try {
        await (0,git/* gitOk */.Tt)(top, ["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, mergeBase], "diff: cannot check out the merge-base");
        const baseRepo = (0,external_node_path_.join)(worktree, (0,external_node_path_.relative)(top, head.layout.repo));
        const baseOut = (0,external_node_path_.join)(scratch, "render");
        // A base from before the repo had a .gitops.yaml renders with the head's, so both sides
        // are found and rendered the same way.
        const headConfig = (0,external_node_path_.join)(head.layout.repo, config/* CONFIG_FILE */.g2);
        if ((0,external_node_fs_.existsSync)(baseRepo) && (0,external_node_fs_.existsSync)(headConfig) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(baseRepo, config/* CONFIG_FILE */.g2)))
            (0,external_node_fs_.copyFileSync)(headConfig, (0,external_node_path_.join)(baseRepo, config/* CONFIG_FILE */.g2));
        const baseModel = (0,external_node_fs_.existsSync)(baseRepo)
            ? await (0,load/* loadModel */.c)(baseRepo, { outDir: baseOut, ...(options.env ? { env: options.env } : {}) })
            : undefined;
        // A base with nothing to render (the change adds the first targets) compares as empty.
        const base = baseModel && baseModel.targets.length > 0
            ? await (0,src_render/* render */.XX)({
                repo: baseRepo,
                outDir: baseOut,
                model: baseModel,
                only: onlyOf(baseModel.targets.map((t) => t.id)),
                ...common,
            })
            : undefined;
        const diffs = compareAll(head, base);
        const fullDiffFile = (0,external_node_path_.join)(head.outDir, "diff.md");
        const rel = (0,external_node_path_.relative)(head.layout.repo, fullDiffFile).split("\\").join("/");
        (0,write/* writeAtomic */.v)(fullDiffFile, diffMarkdown(diffs, { limit: Number.POSITIVE_INFINITY }));
        const markdown = diffMarkdown(diffs, { limit: options.limit ?? COMMENT_LIMIT, fullDiffPath: rel });
        // The base lives in a temporary worktree: its findings name files as the repo does.
        const scrub = (text) => text
            .split(baseRepo + "/")
            .join("")
            .split(baseRepo)
            .join(".")
            .split(scratch)
            .join("<base>");
        const findings = [
            ...notices,
            ...head.findings,
            ...(base?.findings ?? []).map((f) => ({
                ...f,
                message: `base: ${scrub(f.message)}`,
                ...(f.file ? { file: scrub(f.file) } : {}),
            })),
        ];
        return { mergeBase, diffs, markdown, fullDiffFile, findings, head };
    }
    finally {
        await (0,git/* git */.$Y)(top, ["worktree", "remove", "--force", "--end-of-options", worktree]);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** True when a changed path is one of the graph's local files or inside one of its folders. */
function touches(g, changed) {
    return changed.some((c) => g.files.has(c) || [...g.dirs].some((d) => d === "" || c.startsWith(`${d}/`)));
}
function compareAll(head, base) {
    const ids = new Set([...head.rendered, ...(base?.rendered ?? [])]);
    const diffs = [];
    for (const id of [...ids].sort()) {
        const h = head.targets.find((t) => t.id === id);
        const b = base?.targets.find((t) => t.id === id);
        // A side that failed to render is reported as a finding, not as "everything removed".
        if (h?.status === "failed" || b?.status === "failed")
            continue;
        const headYaml = h?.status === "ok" ? (0,external_node_fs_.readFileSync)((0,src_render/* outputPath */.XC)(head.outDir, id), "utf8") : undefined;
        const baseYaml = b?.status === "ok" && base ? (0,external_node_fs_.readFileSync)((0,src_render/* outputPath */.XC)(base.outDir, id), "utf8") : undefined;
        const meta = h ?? b;
        if (!meta)
            continue;
        const d = compareTarget({ id, env: meta.env, ...(meta.service ? { service: meta.service } : {}) }, baseYaml, headYaml);
        if (d)
            diffs.push(d);
    }
    return diffs;
}

;// CONCATENATED MODULE: ./packages/render/src/ci.ts


/**
 * What the render action does, in one call: a pull request renders only the
 * targets its change affects, and with `diff` also the merge-base, giving the
 * rendered diff; elsewhere everything renders. The diff path renders head
 * itself, so the targets are rendered once either way.
 */
async function renderForCi(o) {
    const filters = {
        environments: o.environments,
        services: o.services,
        ...(o.cache !== undefined ? { cache: o.cache } : {}),
    };
    if (o.diff && o.changedSince !== undefined) {
        const diff = await diffRendered({
            repo: o.repo,
            base: o.changedSince,
            env: o.env,
            concurrency: o.concurrency,
            ...filters,
        });
        return { report: diff.head, diff };
    }
    const report = await render({
        repo: o.repo,
        changedSince: o.changedSince,
        concurrency: o.concurrency,
        env: o.env,
        ...filters,
    });
    return { report };
}

// EXTERNAL MODULE: ./packages/render/src/private.ts
var src_private = __webpack_require__(6049);
;// CONCATENATED MODULE: ./packages/render/src/index.ts












/***/ })

};
