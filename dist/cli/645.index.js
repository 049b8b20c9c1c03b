export const id = 645;
export const ids = [645];
export const modules = {

/***/ 1398:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const scope_1 = __webpack_require__(5407);
const code_1 = __webpack_require__(567);
function standaloneCode(ajv, refsOrFunc) {
    if (!ajv.opts.code.source) {
        throw new Error("moduleCode: ajv instance must have code.source option");
    }
    const { _n } = ajv.scope.opts;
    return typeof refsOrFunc == "function"
        ? funcExportCode(refsOrFunc.source)
        : refsOrFunc !== undefined
            ? multiExportsCode(refsOrFunc, getValidate)
            : multiExportsCode(ajv.schemas, (sch) => sch.meta ? undefined : ajv.compile(sch.schema));
    function getValidate(id) {
        const v = ajv.getSchema(id);
        if (!v)
            throw new Error(`moduleCode: no schema with id ${id}`);
        return v;
    }
    function funcExportCode(source) {
        const usedValues = {};
        const n = source === null || source === void 0 ? void 0 : source.validateName;
        const vCode = validateCode(usedValues, source);
        if (ajv.opts.code.esm) {
            // Always do named export as `validate` rather than the variable `n` which is `validateXX` for known export value
            return `"use strict";${_n}export const validate = ${n};${_n}export default ${n};${_n}${vCode}`;
        }
        return `"use strict";${_n}module.exports = ${n};${_n}module.exports.default = ${n};${_n}${vCode}`;
    }
    function multiExportsCode(schemas, getValidateFunc) {
        var _a;
        const usedValues = {};
        let code = (0, code_1._) `"use strict";`;
        for (const name in schemas) {
            const v = getValidateFunc(schemas[name]);
            if (v) {
                const vCode = validateCode(usedValues, v.source);
                const exportSyntax = ajv.opts.code.esm
                    ? (0, code_1._) `export const ${(0, code_1.getEsmExportName)(name)}`
                    : (0, code_1._) `exports${(0, code_1.getProperty)(name)}`;
                code = (0, code_1._) `${code}${_n}${exportSyntax} = ${(_a = v.source) === null || _a === void 0 ? void 0 : _a.validateName};${_n}${vCode}`;
            }
        }
        return `${code}`;
    }
    function validateCode(usedValues, s) {
        if (!s)
            throw new Error('moduleCode: function does not have "source" property');
        if (usedState(s.validateName) === scope_1.UsedValueState.Completed)
            return code_1.nil;
        setUsedState(s.validateName, scope_1.UsedValueState.Started);
        const scopeCode = ajv.scope.scopeCode(s.scopeValues, usedValues, refValidateCode);
        const code = new code_1._Code(`${scopeCode}${_n}${s.validateCode}`);
        return s.evaluated ? (0, code_1._) `${code}${s.validateName}.evaluated = ${s.evaluated};${_n}` : code;
        function refValidateCode(n) {
            var _a;
            const vRef = (_a = n.value) === null || _a === void 0 ? void 0 : _a.ref;
            if (n.prefix === "validate" && typeof vRef == "function") {
                const v = vRef;
                return validateCode(usedValues, v.source);
            }
            else if ((n.prefix === "root" || n.prefix === "wrapper") && typeof vRef == "object") {
                const { validate, validateName } = vRef;
                if (!validateName)
                    throw new Error("ajv internal error");
                const def = ajv.opts.code.es5 ? scope_1.varKinds.var : scope_1.varKinds.const;
                const wrapper = (0, code_1._) `${def} ${n} = {validate: ${validateName}};`;
                if (usedState(validateName) === scope_1.UsedValueState.Started)
                    return wrapper;
                const vCode = validateCode(usedValues, validate === null || validate === void 0 ? void 0 : validate.source);
                return (0, code_1._) `${wrapper}${_n}${vCode}`;
            }
            return undefined;
        }
        function usedState(name) {
            var _a;
            return (_a = usedValues[name.prefix]) === null || _a === void 0 ? void 0 : _a.get(name);
        }
        function setUsedState(name, state) {
            const { prefix } = name;
            const names = (usedValues[prefix] = usedValues[prefix] || new Map());
            names.set(name, state);
        }
    }
}
module.exports = exports = standaloneCode;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = standaloneCode;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wT: () => (/* reexport */ LINT_RULES),
  Sc: () => (/* reexport */ fmt),
  u8: () => (/* reexport */ lint)
});

// UNUSED EXPORTS: RENDERED_LIMITS, SchemaCatalog, bundledVersions, checkFile, checkFormatted, checkHygiene, checkSchemas, crdVersions, formatYaml, goPathMatch, lintSummaryMarkdown, manifestFolders, missingSeverity, readRendered, resolveKubeVersion, runKubeconform, schemaBundle, strictCrdSchema

// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 1 modules
var load = __webpack_require__(4005);
// EXTERNAL MODULE: ./packages/core/src/model/report.ts
var report = __webpack_require__(5781);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/model/detect.ts
var detect = __webpack_require__(5832);
// EXTERNAL MODULE: ./packages/render/src/argo.ts
var argo = __webpack_require__(1261);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var names = __webpack_require__(5499);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts
var yaml = __webpack_require__(1350);
;// CONCATENATED MODULE: ./packages/lint/src/argo/model.ts





/** The 1-based line of `path` (relative to the Application) in its file. */
function appLine(app, path) {
    return (0,yaml/* lineAt */.mh)(app.file, app.document, [...app.base, ...path]);
}
/** `Application cms-prod` or `Application web-staging (generated by ApplicationSet staging-services)`. */
function appLabel(app) {
    return `Application ${app.name}${app.generatedBy ? ` (generated by ${app.generatedBy})` : ""}`;
}
const KINDS = new Set(["Application", "ApplicationSet", "AppProject"]);
/**
 * Every Argo CD object in `files` (the repository model's Argo CD files, wherever they live).
 * Files that do not parse are left to the YAML hygiene check, which reports them with file:line.
 */
function readArgoObjects(repo, files) {
    const out = [];
    for (const rel of files) {
        let file;
        try {
            file = (0,yaml/* loadYamlFile */.Y3)((0,external_node_path_.join)(repo, rel), rel);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                continue;
            throw err;
        }
        const env = (0,names/* namesFromPath */.GQ)(rel.split("/").slice(0, -1).join("/")).env;
        for (const document of file.documents) {
            const v = document.value;
            if (!(0,argo/* isObject */.Gv)(v) || typeof v.kind !== "string" || !KINDS.has(v.kind))
                continue;
            if (typeof v.apiVersion !== "string" || !v.apiVersion.startsWith("argoproj.io/"))
                continue;
            const metadata = (0,argo/* isObject */.Gv)(v.metadata) ? v.metadata : {};
            const obj = {
                kind: v.kind,
                name: typeof metadata.name === "string" ? metadata.name : "",
                value: v,
                file,
                document,
            };
            if (env)
                obj.env = env;
            out.push(obj);
        }
    }
    return out;
}
/** The Application view of a written Application. */
function writtenApp(o) {
    const view = {
        name: o.name,
        metadata: (0,argo/* isObject */.Gv)(o.value.metadata) ? o.value.metadata : {},
        spec: (0,argo/* isObject */.Gv)(o.value.spec) ? o.value.spec : {},
        file: o.file,
        document: o.document,
        base: [],
    };
    if (o.env)
        view.env = o.env;
    return view;
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/appset.ts


/**
 * The Applications an ApplicationSet generates, as the repository model expanded them (the way
 * Argo CD's controller would), viewed for the reference checks: lines point at the
 * ApplicationSet's template.
 */
function generatedApps(set, generated) {
    const apps = [];
    for (const g of generated) {
        if (g.applicationSet !== set.name || g.file !== set.file.file)
            continue;
        const app = {
            name: g.name,
            metadata: (0,argo/* isObject */.Gv)(g.manifest.metadata) ? g.manifest.metadata : {},
            spec: (0,argo/* isObject */.Gv)(g.manifest.spec) ? g.manifest.spec : {},
            file: set.file,
            document: set.document,
            base: ["spec", "template"],
            generatedBy: `ApplicationSet ${set.name}`,
            targets: g.targets,
        };
        if (set.env)
            app.env = set.env;
        apps.push(app);
    }
    return apps;
}
/**
 * An ApplicationSet that generates no Application although nothing it needs is live (a git
 * generator whose paths match no folder, an empty list): almost always a typo in a path.
 */
function noMatch(set, generated, needsLive) {
    if (generated > 0 || needsLive)
        return [];
    const spec = (0,argo/* isObject */.Gv)(set.value.spec) ? set.value.spec : {};
    const generators = Array.isArray(spec.generators) ? spec.generators : [];
    const gi = generators.findIndex((g) => (0,argo/* isObject */.Gv)(g) && (0,argo/* isObject */.Gv)(g.git));
    const git = gi === -1 ? undefined : generators[gi].git;
    const key = git && Array.isArray(git.directories)
        ? "directories"
        : git && Array.isArray(git.files)
            ? "files"
            : undefined;
    const path = gi === -1 ? ["spec", "generators"] : ["spec", "generators", gi, "git", ...(key ? [key] : [])];
    const view = {
        name: set.name,
        metadata: {},
        spec: {},
        file: set.file,
        document: set.document,
        base: [],
    };
    return [
        {
            tool: "lint",
            rule: "argo/appset-no-match",
            severity: "error",
            message: `ApplicationSet ${set.name} generates no Application from this repository${key ? ` (no ${key === "files" ? "file" : "folder"} matches its git ${key})` : ""}`,
            file: set.file.file,
            line: appLine(view, path),
        },
    ];
}
/**
 * The template of an ApplicationSet whose generator needs the SCM or the live cluster (a
 * pullRequest generator with no pull request given) and so generated nothing here: its source
 * paths still name what it deploys. A `{{ }}` placeholder in a path stands for one folder name.
 */
function liveTemplate(set) {
    const spec = (0,argo/* isObject */.Gv)(set.value.spec) ? set.value.spec : {};
    const template = (0,argo/* isObject */.Gv)(spec.template) ? spec.template : {};
    if (!(0,argo/* isObject */.Gv)(template.spec))
        return undefined;
    return {
        name: set.name,
        metadata: (0,argo/* isObject */.Gv)(template.metadata) ? template.metadata : {},
        spec: template.spec,
        file: set.file,
        document: set.document,
        base: ["spec", "template"],
        generatedBy: `ApplicationSet ${set.name}`,
    };
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/cross.ts






const SYNC_WAVE = "argocd.argoproj.io/sync-wave";
/** Argo CD parses sync waves with strconv.Atoi: an optional sign and digits. */
function isSyncWave(value) {
    return typeof value === "string" && /^[+-]?\d+$/.test(value.trim()) && value.trim() === value;
}
/**
 * Two Applications deploying the same object to the same cluster fight over it. A cluster is the
 * env folder plus the destination server (staging and prod may both say kubernetes.default.svc);
 * an object is group/kind, namespace (its own, else the Application's) and name.
 */
function checkDuplicates(ctx, apps, targetOf) {
    const out = [];
    const owners = new Map();
    for (const app of apps) {
        const target = targetOf(ctx, app);
        if (!target)
            continue;
        const dest = (0,argo/* isObject */.Gv)(app.spec.destination) ? app.spec.destination : {};
        const server = typeof dest.server === "string" ? dest.server : typeof dest.name === "string" ? dest.name : "";
        const destNs = typeof dest.namespace === "string" ? dest.namespace : "";
        const seen = new Set();
        for (const r of ctx.byTarget.get(target.id) ?? []) {
            const group = r.apiVersion.includes("/") ? r.apiVersion.split("/")[0] : "";
            const namespaced = ctx.namespaced(r.apiVersion, r.kind) ?? true;
            const ns = namespaced ? (r.namespace ?? destNs) : "";
            const key = `${app.env ?? ""}|${server}|${group ?? ""}/${r.kind}|${ns}|${r.name}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const owner = owners.get(key);
            if (!owner) {
                owners.set(key, app);
            }
            else if (owner !== app) {
                out.push(checks_argo(app, "argo/duplicate-resource", "error", `deploys ${r.kind} ${ns ? `${ns}/` : ""}${r.name} to ${server || "the same cluster"}, which ${appLabel(owner)} (${owner.file.file}) deploys too`, ["spec", "destination"]));
            }
        }
    }
    return out;
}
/** Sync-wave annotations on the Argo CD objects (and ApplicationSet templates) must be integers. */
function checkSyncWaves(_ctx, objects) {
    const out = [];
    const check = (o, metadata, path) => {
        const annotations = (0,argo/* isObject */.Gv)(metadata) && (0,argo/* isObject */.Gv)(metadata.annotations) ? metadata.annotations : {};
        const wave = annotations[SYNC_WAVE];
        if (wave === undefined || isSyncWave(wave) || (typeof wave === "string" && wave.includes("{{")))
            return;
        out.push({
            tool: "lint",
            rule: "argo/sync-wave",
            severity: "error",
            message: `${o.kind} ${o.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
            file: o.file.file,
            line: (0,yaml/* lineAt */.mh)(o.file, o.document, [...path, "annotations", SYNC_WAVE]),
        });
    };
    for (const o of objects) {
        check(o, o.value.metadata, ["metadata"]);
        const spec = (0,argo/* isObject */.Gv)(o.value.spec) ? o.value.spec : {};
        if (o.kind === "ApplicationSet" && (0,argo/* isObject */.Gv)(spec.template))
            check(o, spec.template.metadata, ["spec", "template", "metadata"]);
    }
    return out;
}
/**
 * Every `apps/<service>/overlays/<env>` folder should be deployed by some Application: through
 * its source path, a Helm value file in it, or a kustomization the Application renders. The
 * templates of ApplicationSets that generated nothing here because they need a live source (a
 * pullRequest generator's previews) deploy their source paths too, `{{ }}` matching one folder.
 */
function checkOverlaysReferenced(ctx, apps, targetOf, templates = []) {
    const patterns = templates.flatMap((t) => localPaths(ctx, t).flatMap((p) => templatePattern(p.path) ?? []));
    const used = new Set();
    for (const app of apps) {
        for (const { source, path } of localPaths(ctx, app)) {
            used.add(path);
            const helm = (0,argo/* isObject */.Gv)(source.helm) ? source.helm : {};
            for (const f of Array.isArray(helm.valueFiles) ? helm.valueFiles : []) {
                if (typeof f === "string")
                    used.add((0,external_node_path_.join)(path, f).replace(/\/[^/]*$/, ""));
            }
        }
        const target = targetOf(ctx, app);
        for (const f of target ? (ctx.inputs.get(target.id) ?? []) : [])
            used.add(f.replace(/\/[^/]*$/, ""));
    }
    const out = [];
    for (const overlay of overlayFolders(ctx.repo)) {
        if ([...used].some((u) => u === overlay || u.startsWith(`${overlay}/`)))
            continue;
        if (patterns.some((p) => p.test(overlay)))
            continue;
        const file = ["kustomization.yaml", "kustomization.yml", "values.yaml", "Chart.yaml"]
            .map((f) => `${overlay}/${f}`)
            .find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.repo, f)));
        out.push({
            tool: "lint",
            rule: "argo/unreferenced-overlay",
            severity: "warning",
            message: `overlay ${overlay} is not deployed by any Application or ApplicationSet under argo-apps/`,
            file: file ?? overlay,
        });
    }
    return out;
}
/**
 * A template's source path as a pattern: the folder itself or anything below it. A path that
 * starts with a placeholder (`{{path}}`) says nothing about which folder: none.
 */
function templatePattern(path) {
    if (path.startsWith("{{"))
        return undefined;
    const parts = path.split(/\{\{.*?\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(`^${parts.join("[^/]+")}(/.*)?$`);
}
function overlayFolders(repo) {
    const out = [];
    for (const service of list((0,external_node_path_.join)(repo, "apps"))) {
        for (const env of list((0,external_node_path_.join)(repo, "apps", service, "overlays")))
            out.push(`apps/${service}/overlays/${env}`);
    }
    return out;
}
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
            .filter((e) => e.isDirectory() && !e.name.startsWith("."))
            .map((e) => e.name)
            .sort();
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/checks.ts







/** Namespaces every cluster has. */
const BUILTIN_NAMESPACES = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
/**
 * Checks the Argo CD objects under `argo-apps/` against the repository, with no Argo CD:
 * source paths and Helm value files exist and render, no env deploys another env's folder,
 * projects are defined, destination namespaces exist, ApplicationSet generators match,
 * no two Applications deploy the same object, sync waves are integers, every overlay is deployed.
 */
function checkArgo(ctx) {
    const objects = readArgoObjects(ctx.repo, ctx.argoFiles);
    if (objects.length === 0)
        return { findings: [], applications: 0 };
    const findings = [];
    const apps = objects.filter((o) => o.kind === "Application").map(writtenApp);
    const templates = [];
    for (const set of objects.filter((o) => o.kind === "ApplicationSet")) {
        const generated = generatedApps(set, ctx.generated);
        apps.push(...generated);
        const live = ctx.liveSets.has(`${set.file.file}#${set.name}`);
        findings.push(...noMatch(set, generated.length, live));
        const template = live && generated.length === 0 ? liveTemplate(set) : undefined;
        if (template)
            templates.push(template);
    }
    const projects = objects.filter((o) => o.kind === "AppProject");
    const namespaces = clusterNamespaces(ctx);
    for (const app of apps) {
        findings.push(...checkSources(ctx, app));
        findings.push(...checkProject(app, projects.map((p) => ({ name: p.name, env: p.env }))));
        findings.push(...checkNamespace(app, namespaces, rendersNamespace(ctx, app)));
    }
    findings.push(...checkDuplicates(ctx, apps, targetOf));
    findings.push(...checkSyncWaves(ctx, objects));
    findings.push(...checkOverlaysReferenced(ctx, apps, targetOf, templates));
    return { findings, applications: apps.length };
}
/** The rendered target that an Application deploys: the one the renderer tied to it, else its path's. */
function targetOf(ctx, app) {
    if (!app.generatedBy) {
        const ref = `${app.file.file}#${app.name}`;
        const tied = ctx.index.targets.find((t) => t.applications?.includes(ref));
        if (tied)
            return tied;
    }
    const path = localPaths(ctx, app)[0]?.path;
    return path === undefined ? undefined : ctx.index.targets.find((t) => t.id === path);
}
/** The Application's sources that render from this repository, with their YAML paths. */
function localPaths(ctx, app) {
    const out = [];
    const list = Array.isArray(app.spec.sources)
        ? app.spec.sources.map((s, i) => [s, ["spec", "sources", i]])
        : [[app.spec.source, ["spec", "source"]]];
    for (const [source, at] of list) {
        if (!(0,argo/* isObject */.Gv)(source) || typeof source.path !== "string" || source.chart !== undefined)
            continue;
        const url = typeof source.repoURL === "string" ? source.repoURL : "";
        if (url && ctx.repoURLs.length > 0 && !(0,argo/* sameRepo */.Zj)(url, ctx.repoURLs))
            continue;
        const path = external_node_path_.posix.normalize(source.path.replace(/^\.\//, "")).replace(/\/$/, "");
        out.push({ source, path: path === "." ? "" : path, at: [...at] });
    }
    return out;
}
function checkSources(ctx, app) {
    const out = [];
    const refs = new Set((Array.isArray(app.spec.sources) ? app.spec.sources : [])
        .filter(argo/* isObject */.Gv)
        .map((s) => (typeof s.ref === "string" ? s.ref : ""))
        .filter(Boolean));
    for (const { source, path, at } of localPaths(ctx, app)) {
        const dir = (0,external_node_path_.join)(ctx.repo, path);
        if (path.startsWith("..") || !isDir(dir)) {
            out.push(checks_argo(app, "argo/source-path", "error", `source path "${path}" is not a folder in this repository`, [
                ...at,
                "path",
            ]));
            continue;
        }
        crossEnv(ctx, app, path, [...at, "path"], out);
        const target = targetOf(ctx, app);
        if (target?.status === "failed") {
            const why = (target.error ?? "failed").split("\n")[0] ?? "";
            out.push({
                ...checks_argo(app, "argo/source-render", "error", `source path "${path}" does not render: ${why}`, [
                    ...at,
                    "path",
                ]),
                // The failed target, so a report that has render's own finding for it can drop this echo.
                target: target.id,
            });
        }
        else if (!target && !(0,argo/* isObject */.Gv)(source.helm) && !(0,detect/* kindOfFolder */.Kv)(dir)) {
            out.push(checks_argo(app, "argo/source-render", "error", `source path "${path}" holds no kustomization, Helm chart or manifests`, [...at, "path"]));
        }
        const helm = (0,argo/* isObject */.Gv)(source.helm) ? source.helm : {};
        const files = Array.isArray(helm.valueFiles) ? helm.valueFiles : [];
        files.forEach((f, i) => {
            if (typeof f !== "string" || /^[a-z]+:\/\//i.test(f))
                return;
            const ref = /^\$([^/]+)\/(.*)$/.exec(f);
            if (ref && !refs.has(ref[1] ?? ""))
                return;
            const rel = ref ? external_node_path_.posix.normalize(ref[2] ?? "") : external_node_path_.posix.normalize(external_node_path_.posix.join(path, f));
            const where = [...at, "helm", "valueFiles", i];
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.repo, rel)) && helm.ignoreMissingValueFiles !== true) {
                out.push(checks_argo(app, "argo/value-file", "error", `Helm value file "${f}" does not exist (${rel})`, where));
            }
            else {
                crossEnv(ctx, app, external_node_path_.posix.dirname(rel), where, out);
            }
        });
    }
    return out;
}
/** An Application under argo-apps/<env>/ must not deploy a folder of another environment. */
function crossEnv(ctx, app, path, at, out) {
    if (!app.env || !ctx.environments.includes(app.env))
        return;
    const other = path.split("/").find((s) => s !== app.env && ctx.environments.includes(s));
    if (other) {
        out.push(checks_argo(app, "argo/cross-env", "error", `is in argo-apps/${app.env}/ but deploys "${path}" of environment ${other}`, at));
    }
}
function checkProject(app, projects) {
    const project = typeof app.spec.project === "string" ? app.spec.project : "default";
    if (project === "default" || /\{\{/.test(project))
        return [];
    if (projects.length === 0) {
        return [
            checks_argo(app, "argo/project", "notice", `project "${project}" is not defined in this repository (it defines no AppProjects); it must exist in Argo CD`, ["spec", "project"]),
        ];
    }
    const sameEnv = projects.filter((p) => p.env === app.env);
    const known = (sameEnv.length > 0 ? sameEnv : projects).map((p) => p.name);
    if (known.includes(project))
        return [];
    return [
        checks_argo(app, "argo/project", "error", `project "${project}" is not defined; AppProjects here: ${[...new Set(known)].sort().join(", ")}`, ["spec", "project"]),
    ];
}
/**
 * Namespace objects rendered from clusters/ targets, by env ("" collects them all). An env whose
 * clusters/ target was not rendered in this run (another shard, --changed-since) is absent from
 * the map: its namespaces are unknown here, not missing.
 */
function clusterNamespaces(ctx) {
    const out = new Map([["", new Set()]]);
    const unknown = ctx.index.targets.filter((t) => t.id.startsWith("clusters/") && t.status === "skipped");
    for (const t of ctx.index.targets) {
        if (!t.id.startsWith("clusters/") || t.status === "skipped")
            continue;
        for (const r of ctx.byTarget.get(t.id) ?? []) {
            if (r.kind !== "Namespace" || r.apiVersion !== "v1" || !r.name)
                continue;
            for (const env of [t.env, ""]) {
                const set = out.get(env) ?? new Set();
                set.add(r.name);
                out.set(env, set);
            }
        }
    }
    for (const t of unknown)
        out.set(`?${t.env}`, new Set());
    if (unknown.length > 0)
        out.set("?", new Set());
    return out;
}
/**
 * The Namespace objects the Application's own render holds. Argo CD applies a Namespace before
 * the namespaced objects of the same sync, so an Application that deploys its destination's
 * Namespace needs no CreateNamespace=true (a preview that does so is also how the namespace
 * gets deleted again on teardown).
 */
function rendersNamespace(ctx, app) {
    const ids = app.targets ?? [targetOf(ctx, app)?.id ?? ""];
    const out = new Set();
    for (const id of ids) {
        for (const r of ctx.byTarget.get(id) ?? []) {
            if (r.kind === "Namespace" && r.apiVersion === "v1" && r.name)
                out.add(r.name);
        }
    }
    return out;
}
function checkNamespace(app, namespaces, own) {
    const dest = (0,argo/* isObject */.Gv)(app.spec.destination) ? app.spec.destination : {};
    const ns = typeof dest.namespace === "string" ? dest.namespace : "";
    if (!ns || BUILTIN_NAMESPACES.has(ns) || own.has(ns))
        return [];
    const sync = (0,argo/* isObject */.Gv)(app.spec.syncPolicy) ? app.spec.syncPolicy : {};
    const options = Array.isArray(sync.syncOptions) ? sync.syncOptions : [];
    if (options.some((o) => typeof o === "string" && o.replace(/\s/g, "") === "CreateNamespace=true"))
        return [];
    if (namespaces.get(app.env ?? "")?.has(ns))
        return [];
    // The namespaces of that env were not rendered here: nothing to compare with.
    if (namespaces.has(`?${app.env ?? ""}`) || (!app.env && namespaces.has("?")))
        return [];
    const where = app.env ? `clusters/${app.env}` : "clusters/";
    return [
        checks_argo(app, "argo/destination-namespace", "error", `destination namespace "${ns}" is not a Namespace in ${where} and the Application does not set CreateNamespace=true`, ["spec", "destination", "namespace"]),
    ];
}
/** A finding on an Application, at `path` inside it. */
function checks_argo(app, rule, severity, message, path) {
    return {
        tool: "lint",
        rule,
        severity,
        message: `${appLabel(app)}: ${message}`,
        file: app.file.file,
        line: appLine(app, path),
        resource: { apiVersion: "argoproj.io/v1alpha1", kind: "Application", name: app.name },
    };
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/promote/src/parity.ts
var parity = __webpack_require__(8859);
;// CONCATENATED MODULE: ./packages/lint/src/dr-parity.ts

/** Every DR parity finding of the repository (none when no cluster carries `role: dr`). */
async function drParityFindings(layout) {
    return (await (0,parity/* checkParity */.Q)(layout)).findings;
}

;// CONCATENATED MODULE: ./packages/lint/src/extras.ts

const ARGO_KINDS = new Set(["Application", "ApplicationSet", "AppProject"]);
/** When lint does not render, targets that failed in the last render are still errors. */
function freshRenderFindings(index) {
    return index.targets
        .filter((t) => t.status === "failed")
        .map((t) => ({
        tool: "render",
        rule: "render-failed",
        severity: "error",
        message: `${t.id} does not render: ${(t.error ?? "failed").split("\n")[0] ?? ""}`,
        file: t.source,
        target: t.id,
    }));
}
/** Sync-wave annotations on rendered resources must be integers (Argo CD objects are checked at their source). */
function renderedSyncWaves(resources, locate) {
    const out = [];
    for (const r of resources) {
        if (ARGO_KINDS.has(r.kind) && r.apiVersion.startsWith("argoproj.io/"))
            continue;
        const metadata = r.value.metadata;
        const wave = metadata?.annotations?.[SYNC_WAVE];
        if (wave === undefined || isSyncWave(wave))
            continue;
        const at = locate(r, ["metadata", "annotations", SYNC_WAVE]);
        const f = {
            tool: "lint",
            rule: "argo/sync-wave",
            severity: "error",
            message: `${r.kind} ${r.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
            file: at.file,
            target: r.target.id,
            resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
        };
        if (at.line)
            f.line = at.line;
        out.push(f);
    }
    return out;
}
/**
 * One finding per place and message: a base shared by the staging and prod overlays renders
 * into both, and its mistake is one mistake in one file.
 */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.rule}|${f.file ?? ""}|${f.line ?? ""}|${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./packages/render/src/output.ts
var output = __webpack_require__(6817);
// EXTERNAL MODULE: ./packages/render/src/private.ts
var src_private = __webpack_require__(6049);
// EXTERNAL MODULE: ./packages/render/src/render.ts + 11 modules
var render = __webpack_require__(2892);
;// CONCATENATED MODULE: ./packages/lint/src/freshness.ts



/**
 * Why `render/` must be rendered again before linting, or undefined when it is fresh.
 * It is stale when index.json is missing, lists other targets than the repository has now, or
 * is older than any file a target reads (its input graph, folders included), `.gitops.yaml`
 * or any file that holds Argo CD objects. Comparing modification times keeps this cheap; a fresh
 * clone has no render/ at all, so CI always renders.
 */
function staleReason(repo, outDir, index, graphs, argoFiles = []) {
    const indexPath = (0,external_node_path_.join)(outDir, output/* INDEX_FILE */.K$);
    if (!(0,external_node_fs_.existsSync)(indexPath))
        return "render/index.json is missing";
    const rendered = new Set(index.targets.map((t) => t.id));
    const current = [...graphs.keys()];
    if (current.length !== rendered.size || current.some((id) => !rendered.has(id))) {
        return "the targets changed since the last render";
    }
    const renderedAt = (0,external_node_fs_.statSync)(indexPath).mtimeMs;
    const files = new Set([".gitops.yaml", ...argoFiles]);
    const dirs = new Set();
    for (const g of graphs.values()) {
        for (const f of g.files)
            files.add(f);
        for (const d of g.dirs)
            dirs.add(d);
    }
    for (const f of files)
        if (newer((0,external_node_path_.join)(repo, f), renderedAt))
            return `${f} changed after the last render`;
    for (const d of dirs) {
        const hit = newestUnder((0,external_node_path_.join)(repo, d), renderedAt);
        if (hit)
            return `${d}/${hit} changed after the last render`;
    }
    return undefined;
}
function newer(path, than) {
    try {
        return (0,external_node_fs_.statSync)(path).mtimeMs > than;
    }
    catch {
        return false;
    }
}
function newestUnder(dir, than, depth = 0) {
    if (depth > 12)
        return undefined;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    for (const e of entries) {
        if (e.name.startsWith("."))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory()) {
            const hit = newestUnder(path, than, depth + 1);
            if (hit)
                return `${e.name}/${hit}`;
        }
        else if (newer(path, than))
            return e.name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/lint/src/prepare.ts





/**
 * render/ as it is, rendered again when stale, or for a change's scope a private render of the
 * targets it feeds: render/ is left as the last full render left it, so a later `gitops lint`
 * never takes a partial render for a fresh one.
 */
async function renderedIndex(model, graphs, scope, options) {
    const repo = model.repo;
    const env = options.env ? { env: options.env } : {};
    if (scope && options.render !== "never") {
        const own = await (0,src_private/* renderPrivately */.L)({ repo, model, only: scope.targets, ...env });
        if (scope.targets.size === 0)
            return { index: own.index, dispose: own.dispose };
        return {
            index: own.index,
            reason: `the change feeds ${scope.targets.size} target(s)`,
            rendered: own.findings,
            dispose: own.dispose,
        };
    }
    const outDir = (0,external_node_path_.join)(repo, "render");
    const index = (0,output/* readIndex */.vY)(outDir);
    const noop = () => undefined;
    const reason = options.render === "never" ? undefined : staleReason(repo, outDir, index, graphs, model.argoFiles);
    if (!reason)
        return { index, dispose: noop };
    const report = await (0,render/* render */.o)({ repo, model, ...env });
    return { index: (0,output/* readIndex */.vY)(outDir), reason, rendered: report.findings, dispose: noop };
}

// EXTERNAL MODULE: ./packages/core/src/model/scope.ts
var model_scope = __webpack_require__(4651);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./packages/core/src/yaml-depth.ts
var yaml_depth = __webpack_require__(2390);
;// CONCATENATED MODULE: ./packages/lint/src/yaml-style.ts
/**
 * The YAML style rules that lint's hygiene check reports and `gitops fmt` applies: one module, so
 * what fmt writes is what lint accepts.
 */

/** Values go-yaml v2 (what sigs.k8s.io/yaml and so kubectl, Helm and Argo CD use) reads as booleans. */
const YAML11_BOOLEANS = new Set(["y", "yes", "on", "n", "no", "off"].flatMap((w) => [
    w,
    w.toUpperCase(),
    (w[0]?.toUpperCase() ?? "") + w.slice(1),
]));
/**
 * How `gitops fmt` writes YAML: 2-space indentation with sequences indented under their key,
 * never folding long lines (a folded string is a diff nobody asked for), flow collections kept
 * compact as Kubernetes examples write them (`[a, b]`, `{a: 1}`).
 */
const YAML_FORMAT_OPTIONS = {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    // Only !!binary reads it with lineWidth 0 (and divides by it); base64 lines of 76 as MIME has.
    minContentWidth: 76,
    flowCollectionPadding: false,
};
let yaml11;
/**
 * The YAML 1.1 tags (booleans, sexagesimal and underscored numbers, timestamps) that a plain
 * string must not look like: set as a schema's `compat`, the `yaml` library quotes such a string
 * when it writes it, so Kubernetes (YAML 1.1) and YAML 1.2 tools read the same string.
 */
function yaml11Compat() {
    yaml11 ??= new dist/* Schema */.Sj({ compat: "yaml-1.1" }).compat;
    return yaml11;
}

;// CONCATENATED MODULE: ./packages/lint/src/sources.ts








/**
 * The source files of one lint run, each read once and parsed at most once per parser, shared
 * by the hygiene check and the source locator.
 *
 * Most files people write are plain YAML that js-yaml reads about ten times faster than the
 * careful loader (`parseYaml`, which keeps positions and comments). A file is `quick` when
 * js-yaml reads it and it holds nothing on which the two parsers may disagree or a hygiene rule
 * may fire (see `screen`): such a file has no hygiene finding, and its documents' kinds and names
 * are those the careful loader would give. Every other file goes through the careful loader, as
 * every file did before, so findings do not depend on which path a file took.
 */
class SourceFiles {
    repo;
    reads = new Map();
    careful = new Map();
    /** Document keys of a file that js-yaml read cleanly; null when it did not. */
    quick = new Map();
    constructor(repo) {
        this.repo = repo;
    }
    /** The file's text; a UserError when it is not UTF-8; the read's error is thrown as is. */
    text(rel) {
        let read = this.reads.get(rel);
        if (!read) {
            try {
                read = { text: (0,yaml/* decodeUtf8 */._6)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, rel)), rel) };
            }
            catch (err) {
                read = { error: err };
            }
            this.reads.set(rel, read);
        }
        if ("text" in read)
            return read.text;
        if (read.error instanceof errors/* UserError */.yo)
            return read.error;
        throw read.error;
    }
    /** The careful parse (`parseYaml`), or the UserError it threw. */
    parsed(rel, text) {
        let file = this.careful.get(rel);
        if (!file) {
            try {
                file = (0,yaml/* parseYaml */.hN)(text, rel);
            }
            catch (err) {
                if (!(err instanceof errors/* UserError */.yo))
                    throw err;
                file = err;
            }
            this.careful.set(rel, file);
        }
        return file;
    }
    /** True when the file is plain YAML that js-yaml reads: no hygiene finding, no parser doubt. */
    isQuick(rel, text) {
        return this.quickKeys(rel, text) !== null;
    }
    /** The file as `loadYamlFile` reads it for the locator: null when it cannot be read or parsed. */
    forLocator(rel) {
        try {
            const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.repo, rel));
            if (!st.isFile() || st.size > yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes)
                return null;
            const text = this.text(rel);
            if (text instanceof errors/* UserError */.yo)
                return null;
            const file = this.parsed(rel, text);
            return file instanceof errors/* UserError */.yo ? null : file;
        }
        catch {
            // loadYamlFile turns every read error into a UserError, which the locator skips.
            return null;
        }
    }
    /**
     * The kind and name of each document, for the locator: from js-yaml when the file is quick,
     * else from the careful parse. Null when the file cannot be read or parsed.
     */
    keys(rel) {
        let text;
        try {
            text = this.text(rel);
        }
        catch {
            return null;
        }
        if (text instanceof errors/* UserError */.yo)
            return null;
        const quick = this.careful.has(rel) ? null : this.quickKeys(rel, text);
        if (quick)
            return quick;
        const file = this.forLocator(rel);
        return file ? file.documents.map((d) => docKey(d.value)) : null;
    }
    quickKeys(rel, text) {
        let keys = this.quick.get(rel);
        if (keys === undefined) {
            keys = screen(text) ? readQuick(text) : null;
            this.quick.set(rel, keys);
        }
        return keys;
    }
}
function readQuick(text) {
    const keys = [];
    try {
        (0,js_yaml/* loadAll */.gh)(text, (doc) => keys.push(docKey(doc)), { schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch {
        return null;
    }
    // parseYaml refuses more documents than this; js-yaml may count empty ones differently.
    return keys.length > yaml/* DEFAULT_YAML_LIMITS */.fr.maxDocuments / 2 ? null : keys;
}
function docKey(value) {
    if (!(0,argo/* isObject */.Gv)(value))
        return { kind: "", name: "" };
    const metadata = value.metadata;
    const name = (0,argo/* isObject */.Gv)(metadata) ? metadata.name : undefined;
    const kind = value.kind;
    // A key that is not a string in one parser may be one in the other (`1_000`): keep the doc.
    if ((kind !== undefined && typeof kind !== "string") || (name !== undefined && typeof name !== "string"))
        return "any";
    return { kind: kind ?? "", name: name ?? "" };
}
/** A word that go-yaml v2 reads as a boolean, where a plain scalar may hold it (key or value). */
const YAML11_WORD = new RegExp(`(?:^|[\\s\\[{,:])(?:${[...YAML11_BOOLEANS].join("|")})(?=[\\s,\\]}:#]|$)`, "m");
/**
 * True when the text can take the quick path. Left to the careful loader: a tab (a hygiene
 * finding, and where parsers differ), a YAML 1.1 boolean word, and what js-yaml and the `yaml`
 * library may read differently or the careful loader caps: anchors, aliases, merge keys and tags,
 * directives, carriage returns, a `#` right after a quote or bracket, lines of spaces only (block
 * scalar indentation), lines over 1024 characters (implicit key length), flow collections over
 * several lines, and nesting near the depth cap. Each test is a plain scan: this runs on every file.
 */
function screen(text) {
    if (text.includes("\t") || text.includes("\r") || text.includes("<<"))
        return false;
    if (YAML11_WORD.test(text) || /^%|^ +$|["'\]}]#/m.test(text))
        return false;
    if (/[&*!]/.test(text) && /(?:^|[\s[{,:-])[&*!]/m.test(text))
        return false;
    let longest = 0;
    for (let at = 0; at < text.length;) {
        const end = text.indexOf("\n", at);
        const stop = end < 0 ? text.length : end;
        longest = Math.max(longest, stop - at);
        at = stop + 1;
    }
    if (longest > 1024)
        return false;
    const flow = text.includes("[") || text.includes("{");
    if (flow && !flowClosedPerLine(text))
        return false;
    // Deeper than the cap takes over 100 brackets, or a line of over 100 `- ` indicators.
    const shallow = !flow && longest <= 2 * yaml/* DEFAULT_YAML_LIMITS */.fr.maxDepth;
    return shallow || (0,yaml_depth/* tooDeepAt */.U)(text, yaml/* DEFAULT_YAML_LIMITS */.fr.maxDepth) === undefined;
}
/** Every line opens as many `[`/`{` as it closes (a flow collection over lines is left to the careful loader). */
function flowClosedPerLine(text) {
    for (const line of text.split("\n")) {
        if (!line.includes("[") && !line.includes("{"))
            continue;
        let depth = 0;
        for (const c of line) {
            if (c === "[" || c === "{")
                depth++;
            else if (c === "]" || c === "}")
                depth--;
        }
        if (depth !== 0)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/lint/src/hygiene.ts







/**
 * Folders that hold Kubernetes manifests (Helm templates excepted): the top folders of the
 * model's targets and Application files, and policies/. Never an output folder.
 */
function manifestFolders(repo, paths, outputDirs) {
    const tops = new Set(paths.filter((p) => p.includes("/")).map((p) => p.split("/")[0] ?? ""));
    tops.add("policies");
    return [...tops]
        .filter((t) => t && !t.startsWith(".") && !outputDirs.includes(t) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, t)))
        .filter((t) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, t)).isDirectory())
        .sort();
}
/**
 * YAML hygiene of the files people write, each an error with file:line: parse errors, duplicate
 * keys, tabs, and unquoted YAML 1.1 booleans (`yes`, `no`, `on`, `off`, `y`, `n`) that
 * Kubernetes reads as booleans while YAML 1.2 tools read them as strings. Only manifest folders
 * are checked (a GitHub workflow's `on:` is not a manifest), and never Helm templates, which are
 * not YAML until rendered.
 */
function checkHygiene(repo, folders, sources = new SourceFiles(repo)) {
    const findings = [];
    let files = 0;
    for (const folder of folders) {
        for (const rel of yamlFiles(repo, folder, false)) {
            files++;
            for (const f of checkFile(repo, rel, sources))
                findings.push(f);
        }
    }
    return { findings, files };
}
/**
 * The hygiene findings of one file (relative to `repo`). A file that `sources` finds plain
 * (js-yaml reads it, no tab, no YAML 1.1 boolean word) has none; the others are parsed with the
 * careful loader, whose parse the source locator then reuses.
 */
function checkFile(repo, rel, sources = new SourceFiles(repo)) {
    const findings = [];
    const text = sources.text(rel);
    if (text instanceof errors/* UserError */.yo)
        return [hygiene(rel, undefined, "yaml/parse-error", text.message)];
    if (sources.isQuick(rel, text))
        return [];
    let parsed;
    const result = sources.parsed(rel, text);
    if (result instanceof errors/* UserError */.yo) {
        const rule = /duplicate key/.test(result.message) ? "yaml/duplicate-key" : "yaml/parse-error";
        findings.push(hygiene(rel, result.line, rule, result.message.replace(/^\S+?:(\d+:)? /, "")));
    }
    else {
        parsed = result;
    }
    const blockLines = parsed ? blockScalarLines(parsed) : new Set();
    text.split("\n").forEach((line, i) => {
        if (line.includes("\t") && !blockLines.has(i + 1)) {
            findings.push(hygiene(rel, i + 1, "yaml/tab", "tab character: YAML indentation must be spaces, and tools disagree on tabs elsewhere"));
        }
    });
    if (parsed)
        findings.push(...yaml11Booleans(parsed));
    return findings;
}
function yaml11Booleans(file) {
    const out = [];
    for (const document of file.documents) {
        (0,dist/* visit */.YR)(document.doc, {
            Scalar(key, node) {
                if (node.type !== dist/* Scalar */.X5.PLAIN || typeof node.value !== "string" || !YAML11_BOOLEANS.has(node.value))
                    return;
                const line = node.range ? (0,yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[0]) : document.line;
                const what = key === "key" ? "key" : "value";
                const as = /^(y|yes|on)$/i.test(node.value) ? "true" : "false";
                out.push(hygiene(file.file, line, "yaml/yaml11-boolean", `unquoted ${what} ${node.value} is the boolean ${as} to Kubernetes (YAML 1.1) but the string "${node.value}" to YAML 1.2 tools; quote it ("${node.value}") or write ${as}`));
            },
        });
    }
    return out;
}
/** Lines inside `|` and `>` block scalars, where a tab is content. */
function blockScalarLines(file) {
    const lines = new Set();
    for (const document of file.documents) {
        (0,dist/* visit */.YR)(document.doc, {
            Scalar(_key, node) {
                if (!(0,dist/* isScalar */.jn)(node) || !node.range)
                    return;
                if (node.type !== dist/* Scalar */.X5.BLOCK_LITERAL && node.type !== dist/* Scalar */.X5.BLOCK_FOLDED)
                    return;
                const from = (0,yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[0]);
                const to = (0,yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[1]);
                for (let l = from; l <= to; l++)
                    lines.add(l);
            },
        });
    }
    return lines;
}
/** YAML files under `dir`, skipping dot folders and the templates/ and charts/ of Helm charts. */
function yamlFiles(repo, dir, inChart, depth = 0) {
    if (depth > 12)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const chart = inChart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
    const out = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith("."))
            continue;
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) {
            if (chart && (e.name === "templates" || e.name === "charts"))
                continue;
            out.push(...yamlFiles(repo, rel, chart, depth + 1));
        }
        else if (e.isFile() && /\.ya?ml$/i.test(e.name) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, rel)).size <= 8 * 1024 * 1024) {
            out.push(rel);
        }
    }
    return out;
}
function hygiene(file, line, rule, message) {
    const f = { tool: "lint", rule, severity: "error", message, file };
    if (line)
        f.line = line;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/changed.ts





/**
 * The YAML hygiene of a change's files (a commit's staged files, say): those in manifest
 * folders, never a Helm chart's templates/ or charts/, as the full pass skips them.
 */
function checkHygieneOf(repo, scope, folders, sources = new SourceFiles(repo)) {
    const files = [...scope.files].filter((f) => /\.ya?ml$/i.test(f) && folders.some((d) => (0,model_scope/* isUnder */.Jo)(f, d)) && !inChartInternals(repo, f));
    return { findings: files.flatMap((f) => checkFile(repo, f, sources)), files: files.length };
}
/** True when a folder above `file` is a chart (holds Chart.yaml) and the file is in its templates/ or charts/. */
function inChartInternals(repo, file) {
    const parts = file.split("/");
    for (let i = parts.length - 2; i >= 1; i--) {
        if (parts[i] !== "templates" && parts[i] !== "charts")
            continue;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, external_node_path_.posix.join(...parts.slice(0, i)), "Chart.yaml")))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./packages/tools/src/locate.ts
var locate = __webpack_require__(2937);
// EXTERNAL MODULE: ./packages/tools/src/exec.ts
var exec = __webpack_require__(3746);
;// CONCATENATED MODULE: ./packages/lint/src/schema/check.ts
/** Most schema findings reported per resource: one broken template must not flood the report. */
const MAX_ERRORS_PER_RESOURCE = 20;
/**
 * Validates every rendered resource against its kind's schema. A kind no schema knows is
 * reported once per kind at the configured severity (`lint.missingSchema`), naming the kind,
 * rather than silently skipped.
 */
function checkSchemas(resources, catalog, missing, locate) {
    const findings = [];
    const reportedMissing = new Set();
    for (const r of resources) {
        if (!r.apiVersion || !r.kind) {
            findings.push(finding(r, locate(r, []), "schema/not-an-object", "error", `not a Kubernetes object: apiVersion and kind are required`));
            continue;
        }
        const schema = catalog.lookup(r.apiVersion, r.kind);
        if (!schema) {
            const severity = missingSeverity(missing, r.apiVersion, r.kind);
            const key = `${r.target.id} ${r.apiVersion}/${r.kind}`;
            if (severity !== "off" && !reportedMissing.has(key)) {
                reportedMissing.add(key);
                findings.push(finding(r, locate(r, []), "schema/missing", severity, `no schema for ${r.kind} (${r.apiVersion}) in Kubernetes ${catalog.kubeVersion}, the bundled CRDs or the CRDs this repository renders: not validated; render its CRD or set lint.missingSchema.kinds.${r.kind} in .gitops.yaml`));
            }
            continue;
        }
        if (schema.validate(r.value))
            continue;
        for (const err of relevant(schema.validate.errors ?? []).slice(0, MAX_ERRORS_PER_RESOURCE)) {
            const path = pointerPath(err.instancePath);
            const { rule, message, at } = describe(err, path);
            findings.push(finding(r, locate(r, at), rule, "error", message));
        }
    }
    return findings;
}
/** The severity for a kind without a schema: `apiVersion/Kind`, then `Kind`, then the default. */
function missingSeverity(missing, apiVersion, kind) {
    const s = missing.kinds[`${apiVersion}/${kind}`] ?? missing.kinds[kind] ?? missing.default;
    return s === "off" ? "off" : s;
}
/** ajv reports every failed branch of an anyOf; keep the errors a reader can act on. */
function relevant(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if")
            continue;
        const key = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(e);
    }
    return out;
}
function describe(err, path) {
    const where = dotted(path);
    switch (err.keyword) {
        case "additionalProperties": {
            const field = err.params.additionalProperty;
            const at = [...path, field];
            return { rule: "schema/unknown-field", message: `unknown field "${dotted(at)}"`, at };
        }
        case "required": {
            const field = err.params.missingProperty;
            return {
                rule: "schema/required",
                message: `missing required field "${dotted([...path, field])}"`,
                at: path,
            };
        }
        case "type": {
            const expected = String(err.params.type)
                .split(",")
                .filter((t) => t !== "null")
                .join(" or ");
            return { rule: "schema/type", message: `"${where}" must be ${expected}`, at: path };
        }
        case "enum": {
            const allowed = err.params.allowedValues.filter((v) => v !== null);
            return {
                rule: "schema/enum",
                message: `"${where}" must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`,
                at: path,
            };
        }
        default:
            return { rule: "schema/invalid", message: `"${where}" ${err.message ?? "is invalid"}`, at: path };
    }
}
/** `/spec/containers/0/name` → ["spec", "containers", 0, "name"]. */
function pointerPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `spec.containers[0].name`, the way kubectl names fields. */
function dotted(path) {
    let out = "";
    for (const p of path)
        out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
    return out || "(root)";
}
function finding(r, at, rule, severity, message) {
    const f = {
        tool: "lint",
        rule,
        severity,
        message: `${r.kind}${r.name ? ` ${r.name}` : ""}: ${message}`,
        file: at.file,
        target: r.target.id,
        resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
    };
    if (at.line)
        f.line = at.line;
    if (r.namespace && f.resource)
        f.resource.namespace = r.namespace;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/kubeconform.ts





/**
 * Validates the rendered outputs with the kubeconform binary instead of the bundled schemas, so
 * teams keep their own schema catalogs (`lint.schemaLocations`). Runs
 * `kubeconform -output json -summary [-strict] -kubernetes-version X -schema-location ... files`
 * and maps each invalid resource (and each validation error) to a Finding on its source.
 */
async function runKubeconform(options) {
    const bin = (0,locate/* findTool */.SG)("kubeconform", options.env);
    if (!bin) {
        throw new errors/* UserError */.yo('lint.schemaEngine is "kubeconform" but no kubeconform binary was found on PATH or in the tool cache; install it with setup-tools (or `gitops tools install kubeconform`), or use schemaEngine: builtin');
    }
    const args = ["-output", "json", "-summary", "-kubernetes-version", `${options.kubeVersion}.0`];
    if (options.config.strict)
        args.push("-strict");
    for (const loc of options.config.schemaLocations)
        args.push("-schema-location", loc);
    args.push(...options.files);
    const result = await (0,exec/* runTool */.q)(bin, args, {
        cwd: options.repo,
        env: options.env ?? process.env,
        timeoutMs: 600_000,
    });
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        const why = result.timedOut ? "timed out" : (result.stderr.trim().split("\n")[0] ?? "no output");
        throw new errors/* UserError */.yo(`kubeconform (${bin}) did not print JSON: ${why}`);
    }
    const byKey = new Map(options.resources.map((r) => [`${r.output}|${r.kind}|${r.name}`, r]));
    const findings = [];
    for (const res of parsed.resources ?? []) {
        const file = res.filename.startsWith(options.repo)
            ? res.filename.slice(options.repo.length + 1)
            : res.filename;
        const resource = byKey.get(`${file}|${res.kind}|${res.name}`);
        const base = (at) => {
            if (!resource)
                return { file };
            const loc = options.locate(resource, at);
            const out = {
                file: loc.file,
                target: resource.target.id,
                resource: { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name },
            };
            if (loc.line)
                out.line = loc.line;
            return out;
        };
        const label = `${res.kind}${res.name ? ` ${res.name}` : ""}`;
        if (res.status === "statusInvalid") {
            const errors = res.validationErrors?.length ? res.validationErrors : [{ path: "", msg: res.msg }];
            for (const e of errors) {
                const at = e.path
                    .split("/")
                    .slice(1)
                    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
                findings.push({
                    tool: "lint",
                    rule: /additional ?propert/i.test(e.msg) ? "schema/unknown-field" : "schema/invalid",
                    severity: "error",
                    message: `${label}: ${at.length ? `"${dotted(at)}" ` : ""}${e.msg} (kubeconform)`,
                    ...base(at),
                });
            }
        }
        else if (res.status === "statusError") {
            const missing = /could not find schema/i.test(res.msg);
            const severity = missing
                ? missingSeverity(options.config.missingSchema, res.version, res.kind)
                : "error";
            if (severity === "off")
                continue;
            findings.push({
                tool: "lint",
                rule: missing ? "schema/missing" : "schema/invalid",
                severity,
                message: `${label}: ${res.msg} (kubeconform)`,
                ...base([]),
            });
        }
    }
    return { findings, summary: parsed.summary ?? { valid: 0, invalid: 0, errors: 0, skipped: 0 } };
}
/** The rendered output files kubeconform reads, absolute. */
function outputFiles(repo, outputs) {
    return outputs.map((o) => join(repo, o));
}

;// CONCATENATED MODULE: ./packages/lint/src/locate.ts





/**
 * Maps findings on rendered resources back to the files people edit.
 *
 * - Helm: the `# Source: <chart>/templates/x.yaml` comment names the template; the line is the
 *   first line of the template that holds the deepest key of the field's path (best effort:
 *   templates are not YAML until rendered).
 * - kustomize and plain folders: the renderer does not add origin annotations, so the target's
 *   input files (its input graph) are searched for documents of the same kind and name; the one
 *   holding most of the field's path wins (a patch that adds the field beats the base), and its
 *   line comes from core's `lineAt`.
 * - Otherwise: the target's folder (its kustomization or Chart.yaml when it has one).
 */
class SourceLocator {
    repo;
    graphs;
    sources;
    inputs = new Map();
    constructor(repo, graphs, sources = new SourceFiles(repo)) {
        this.repo = repo;
        this.graphs = graphs;
        this.sources = sources;
    }
    locate(resource, path) {
        const source = resource.target.source;
        if (resource.helmSource)
            return this.helm(source, resource.helmSource, path);
        let best;
        for (const rel of this.inputFiles(resource.target.id)) {
            // Only files with a document of the same kind and name are parsed with the careful loader.
            const keys = this.sources.keys(rel);
            if (!keys?.some((k) => k === "any" || sameKey(k, resource)))
                continue;
            const file = this.sources.forLocator(rel);
            if (!file)
                continue;
            for (const doc of file.documents) {
                if (!sameObject(doc.value, resource))
                    continue;
                const depth = existingDepth(doc.value, path);
                if (!best || depth > best.depth)
                    best = { file, doc, depth };
            }
        }
        if (best)
            return { file: best.file.file, line: (0,yaml/* lineAt */.mh)(best.file, best.doc, path.slice(0, best.depth)) };
        return { file: targetFile(this.repo, source) };
    }
    helm(chartDir, helmSource, path) {
        // "<chart name>/templates/x.yaml": the chart name is the folder here, whatever it is called.
        const file = external_node_path_.posix.join(chartDir, helmSource.split("/").slice(1).join("/"));
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, file), "utf8");
        }
        catch {
            return { file: targetFile(this.repo, chartDir) };
        }
        const lines = text.split("\n");
        for (const key of [...path].reverse()) {
            if (typeof key !== "string")
                continue;
            const re = new RegExp(`^\\s*(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
            const i = lines.findIndex((l) => re.test(l));
            if (i >= 0)
                return { file, line: i + 1 };
        }
        return { file, line: 1 };
    }
    inputFiles(targetId) {
        let files = this.inputs.get(targetId);
        if (!files) {
            const g = this.graphs.get(targetId);
            const set = new Set();
            for (const f of g?.files ?? [])
                if (/\.ya?ml$/i.test(f))
                    set.add(f);
            for (const d of g?.dirs ?? [])
                for (const f of yamlFilesUnder(this.repo, d))
                    set.add(f);
            files = [...set].sort();
            this.inputs.set(targetId, files);
        }
        return files;
    }
}
function sameObject(value, r) {
    if (!(0,argo/* isObject */.Gv)(value) || !(0,argo/* isObject */.Gv)(value.metadata) || typeof value.kind !== "string")
        return false;
    const name = value.metadata.name;
    return typeof name === "string" && sameKey({ kind: value.kind, name }, r);
}
function sameKey(key, r) {
    // kustomize namePrefix/nameSuffix change the rendered name; the source name is inside it.
    return key.kind === r.kind && key.name !== "" && (key.name === r.name || r.name.includes(key.name));
}
/** How many leading segments of `path` exist in `value`. */
function existingDepth(value, path) {
    let node = value;
    let depth = 0;
    for (const seg of path) {
        if (Array.isArray(node) && typeof seg === "number" && seg < node.length)
            node = node[seg];
        else if ((0,argo/* isObject */.Gv)(node) && typeof seg === "string" && seg in node)
            node = node[seg];
        else
            break;
        depth++;
    }
    return depth;
}
function targetFile(repo, dir) {
    for (const f of ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, dir, f)))
            return external_node_path_.posix.join(dir, f);
    }
    return dir;
}
function yamlFilesUnder(repo, dir, depth = 0) {
    if (depth > 8)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const e of entries) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.name.startsWith("."))
            continue;
        if (e.isDirectory() && e.name !== "templates" && e.name !== "charts")
            out.push(...yamlFilesUnder(repo, rel, depth + 1));
        else if (e.isFile() && /\.ya?ml$/i.test(e.name) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, rel)).size < 4 * 1024 * 1024)
            out.push(rel);
    }
    return out;
}

// EXTERNAL MODULE: ./packages/lint/src/rendered.ts
var src_rendered = __webpack_require__(7058);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/lint/src/schema/bundle.ts



let cached;
/**
 * The bundled schemas, read and inflated once per process. The path is a literal URL beside
 * this module so ncc copies the file into dist/ next to the bundle.
 */
function schemaBundle() {
    cached ??= JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(3681), __webpack_require__.b), "utf8"), "base64")).toString("utf8"));
    return cached;
}
/** Kubernetes minors with bundled schemas, oldest first. */
function bundledVersions() {
    return Object.keys(schemaBundle().kubernetes).sort(compareMinor);
}
/**
 * The minor to validate against: `requested` (e.g. "1.33", "v1.33.2"), else `fallback`
 * (render.kubeVersion), else the newest bundled. A requested minor that is not bundled is a
 * `UserError` naming the ones that are; an unbundled fallback falls back to the newest.
 */
function resolveKubeVersion(requested, fallback = "") {
    const versions = bundledVersions();
    const newest = versions.at(-1) ?? schemaBundle().defaultVersion;
    if (requested) {
        const minor = toMinor(requested);
        if (!minor || !versions.includes(minor))
            throw new errors/* UserError */.yo(`Kubernetes version "${requested}" has no bundled schemas; choose one of ${versions.join(", ")}`);
        return minor;
    }
    const minor = toMinor(fallback);
    return minor && versions.includes(minor) ? minor : newest;
}
function toMinor(v) {
    const m = /^v?(\d+)\.(\d+)(\.\d+)?$/.exec(v.trim());
    return m ? `${m[1] ?? ""}.${m[2] ?? ""}` : undefined;
}
function compareMinor(a, b) {
    const [am = 0, an = 0] = a.split(".").map(Number);
    const [bm = 0, bn = 0] = b.split(".").map(Number);
    return am - bm || an - bn;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./packages/cache/src/key.ts
var src_key = __webpack_require__(1129);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/standalone/index.js
var standalone = __webpack_require__(1398);
// EXTERNAL MODULE: ./packages/cache/src/index.ts + 5 modules
var src = __webpack_require__(4466);
;// CONCATENATED MODULE: ./packages/lint/src/schema/compiled.ts




/** The cache entry kind (a folder of the store). */
const KIND = "schema-validator";
let store;
/**
 * Sets the store compiled validators are kept in (undefined: none), for the run that owns
 * the cache: validate opens it once, and `--no-cache` must reach every catalog of the run.
 */
function useCompiledSchemaCache(s) {
    store = s;
}
/** The store set by {@link useCompiledSchemaCache}, if any. */
function compiledSchemaCache() {
    return store;
}
/**
 * The helpers ajv's standalone code `require`s. Only these two can appear with our options
 * (no formats, no JTD, no $async); code that asks for another is never stored.
 */
const RUNTIME = {
    "ajv/dist/runtime/equal": { default: exported(equal) },
    "ajv/dist/runtime/ucs2length": { default: exported(ucs2length) },
};
const REQUIRE = /require\("([^"]+)"\)/g;
/**
 * ajv's runtime files are CommonJS with `exports.default`; depending on the loader (Node,
 * vitest, the ncc bundle) the import is that exports object or a namespace whose default is it.
 */
function exported(ns) {
    const d = ns.default;
    return typeof d === "function" ? d : d?.default;
}
/** ajv's standalone module text (CommonJS) of a validator compiled with `code.source`. */
function standaloneSource(ajv, validate) {
    const write = exported(standalone);
    return write(ajv, validate);
}
/**
 * The validator for `key` from the cache, else `compile()`'s (then stored as standalone code by
 * `source`). Any problem with an entry (corrupt, unevaluable) is a miss, never an error.
 */
function cachedValidator(cache, key, compile, source) {
    const id = (0,src/* cacheKey */.k$)({ validator: key, code: (0,src/* codeIdentity */.yJ)() });
    const text = cache.get(KIND, id);
    if (text !== undefined) {
        const loaded = evaluate(text);
        if (loaded)
            return loaded;
    }
    const fresh = compile();
    let code;
    try {
        code = source(fresh);
    }
    catch {
        // A validator ajv cannot write out (none known) is just not stored.
    }
    if (code !== undefined && requiresKnown(code))
        cache.put(KIND, id, code);
    return fresh;
}
function requiresKnown(code) {
    for (const m of code.matchAll(REQUIRE))
        if (!(m[1] !== undefined && m[1] in RUNTIME))
            return false;
    return true;
}
/** Runs standalone module text (CommonJS) and returns its export, or undefined. */
function evaluate(code) {
    if (!requiresKnown(code))
        return undefined;
    try {
        const module = { exports: {} };
        const require = (name) => RUNTIME[name];
        // The text is what ajv generated from our own schemas, read back from a checksummed entry.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const run = new Function("require", "module", "exports", code);
        run(require, module, module.exports);
        return typeof module.exports === "function" ? module.exports : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/schema/catalog.ts




/** `"$ref":"#/definitions/<name>"` in a bundled definition's JSON (a property named `$ref` is an object, never matched). */
const LOCAL_REF = /"\$ref":"#\/definitions\/([^"]+)"/g;
/** `"$ref":"<set>:<name>"`: a definition registered on its own (see {@link SchemaCatalog.register}). */
const SET_REF = /"\$ref":"(k8s|crds):([^"]+)"/g;
/**
 * Every schema `gitops lint` knows, for one Kubernetes minor: the bundled Kubernetes and CRD
 * schemas plus the CRDs the repository renders (which win: the repo's own CRD is the truth).
 * A kind's validator is compiled by ajv on first use and cached, so each kind is compiled once
 * per run however many resources it has. Bundled definitions reach ajv one by one, only those a
 * compiled kind refers to (`k8s:<name>`, `crds:<name>`): registering all 2,500 costs ajv a walk
 * of every one, more than most runs spend compiling.
 */
class SchemaCatalog {
    kubeVersion;
    /** Made on the first compile: a run whose validators all come from the cache needs no ajv. */
    ajvInstance;
    kinds = new Map();
    compiled = new Map();
    /** Keys (`group/version/Kind`) of custom resources: the bundled CRD set and the repo's CRDs. */
    custom = new Set();
    /** The repo's CRD schemas (loosened as configured) by ajv id, in the order they were added. */
    repoSchemas = new Map();
    strict;
    cache;
    /** Bundled definitions registered with the current ajv (`k8s:<name>`). */
    registered = new Set();
    constructor(kubeVersion, options = {}) {
        this.kubeVersion = kubeVersion;
        this.strict = options.strict ?? true;
        this.cache = compiledSchemaCache();
        const bundle = schemaBundle();
        const k8s = bundle.kubernetes[kubeVersion];
        if (!k8s)
            throw new Error(`no bundled schemas for Kubernetes ${kubeVersion}`);
        this.index("k8s", k8s, `Kubernetes ${kubeVersion}`);
        this.index("crds", bundle.crds, "");
    }
    /** Adds the served versions of CRDs the repository renders; they replace bundled schemas of the same kind. */
    addRepoCrds(crds) {
        for (const crd of crds) {
            // No ":" or "/" in the id: it must not read as a URI scheme or path beside "k8s:<name>".
            const id = `repo-crd-${crd.key.replace(/[/:]/g, "_")}`;
            if (this.repoSchemas.has(id))
                continue;
            const schema = this.loosen(crd.schema);
            this.repoSchemas.set(id, schema);
            this.ajvInstance?.addSchema(schema, id);
            this.kinds.set(crd.key, {
                ref: id,
                namespaced: crd.namespaced,
                source: `CRD rendered by ${crd.target}`,
            });
            this.custom.add(crd.key);
            this.compiled.delete(crd.key);
        }
    }
    /** The validator for `apiVersion`/`kind`, or undefined when no schema knows the kind. */
    lookup(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        let hit = this.compiled.get(key);
        if (hit === undefined) {
            const entry = this.kinds.get(key);
            hit = entry
                ? { validate: this.validator(entry.ref), namespaced: entry.namespaced, source: entry.source }
                : null;
            this.compiled.set(key, hit);
        }
        return hit ?? undefined;
    }
    /** ajv's validator for `ref`, through the persistent cache when the run has one. */
    validator(ref) {
        const compile = () => {
            const ajv = this.ajv();
            const repo = this.repoSchemas.get(ref);
            if (repo === undefined)
                this.register(ajv, ref);
            else
                for (const m of JSON.stringify(repo).matchAll(SET_REF))
                    this.register(ajv, `${m[1]}:${m[2]}`);
            return ajv.compile({ $ref: ref });
        };
        if (!this.cache)
            return compile();
        // A repo CRD's validator is keyed by every repo schema (one could refer to another); a
        // bundled kind's by the bundle, which the code identity covers, and the Kubernetes minor.
        const key = {
            ref,
            kubeVersion: this.kubeVersion,
            strict: this.strict,
            repo: ref.startsWith("repo-crd-") ? (0,src_key/* cacheKey */.k)([...this.repoSchemas]) : null,
        };
        return cachedValidator(this.cache, key, compile, (v) => standaloneSource(this.ajv(), v));
    }
    ajv() {
        if (this.ajvInstance)
            return this.ajvInstance;
        // Formats are not checked (kubeconform's default too); unknown keywords such as
        // x-kubernetes-* in repo CRDs are ignored rather than rejected. ajv's optimizing pass over
        // the generated code (constant folding, unused names) costs a third of a compile and buys
        // nothing measurable for objects this small: off. `code.source` keeps the generated code,
        // for the cache.
        const ajv = new dist_ajv.Ajv({
            allErrors: true,
            strict: false,
            validateFormats: false,
            code: { optimize: false, ...(this.cache ? { source: true } : {}) },
        });
        for (const [id, schema] of this.repoSchemas)
            ajv.addSchema(schema, id);
        this.ajvInstance = ajv;
        return ajv;
    }
    /**
     * Registers the bundled definition `ref` (`k8s:<name>` or `crds:<name>`) and every definition
     * it refers to, each under its own id, with its `#/definitions/` refs rewritten to those ids.
     * A name the set lacks is left out: ajv then reports the missing ref at compile, as it would
     * with the whole set registered. No meta-schema check: the bundle is our own, and
     * test/lint/schema-bundle-meta.test.ts checks it once.
     */
    register(ajv, ref) {
        const bundle = schemaBundle();
        const pending = [ref];
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
            if (this.registered.has(next))
                continue;
            this.registered.add(next);
            const colon = next.indexOf(":");
            const id = next.slice(0, colon);
            const set = id === "k8s" ? bundle.kubernetes[this.kubeVersion] : bundle.crds;
            const index = set?.defs[next.slice(colon + 1)];
            if (index === undefined)
                continue;
            const json = JSON.stringify(bundle.pool[index]);
            for (const m of json.matchAll(LOCAL_REF))
                pending.push(`${id}:${m[1] ?? ""}`);
            const schema = this.loosen(JSON.parse(json.replace(LOCAL_REF, `"$ref":"${id}:$1"`)));
            ajv.addSchema(schema, next, undefined, false);
        }
    }
    /** Custom resource kinds (`group/Kind`, any version) a schema knows: bundled CRDs and the repo's. */
    crdKinds() {
        return new Set([...this.custom].map(groupKind));
    }
    /** The custom resource kind (`group/Kind`) of `apiVersion`/`kind`, when it is one a schema knows. */
    crdKind(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        return this.custom.has(key) ? groupKind(key) : undefined;
    }
    /** Whether the kind is namespaced, when a schema knows it (without compiling it). */
    namespaced(apiVersion, kind) {
        return this.kinds.get(`${apiVersion}/${kind}`)?.namespaced;
    }
    /** The kinds of a bundled set; their definitions reach ajv only when one is compiled. */
    index(id, set, source) {
        for (const [key, [ref, namespaced, pkg]] of Object.entries(set.kinds)) {
            this.kinds.set(key, {
                ref: `${id}:${ref}`,
                namespaced: namespaced === 1,
                source: pkg ?? source,
            });
            if (id === "crds")
                this.custom.add(key);
        }
    }
    /** With `strict: false`, unknown fields pass: every closed object is opened. */
    loosen(schema) {
        if (this.strict)
            return schema;
        return JSON.parse(JSON.stringify(schema).replaceAll('"additionalProperties":false', '"additionalProperties":true'));
    }
}
/** `group/Kind` of a `group/version/Kind` key: one kind however many versions it serves. */
function groupKind(key) {
    const parts = key.split("/");
    return `${parts.slice(0, -2).join("/")}/${parts.at(-1) ?? ""}`;
}

;// CONCATENATED MODULE: ./packages/lint/src/schema/crd.ts

/** The served versions of a rendered `apiextensions.k8s.io/v1` CustomResourceDefinition. */
function crdVersions(crd, target) {
    if (!(0,argo/* isObject */.Gv)(crd) || crd.kind !== "CustomResourceDefinition" || !(0,argo/* isObject */.Gv)(crd.spec))
        return [];
    const spec = crd.spec;
    const names = (0,argo/* isObject */.Gv)(spec.names) ? spec.names : {};
    if (typeof spec.group !== "string" || typeof names.kind !== "string")
        return [];
    const out = [];
    for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
        if (!(0,argo/* isObject */.Gv)(v) || typeof v.name !== "string" || v.served === false)
            continue;
        const validation = (0,argo/* isObject */.Gv)(v.schema) ? v.schema.openAPIV3Schema : undefined;
        if (!(0,argo/* isObject */.Gv)(validation))
            continue;
        out.push({
            key: `${spec.group}/${v.name}/${names.kind}`,
            namespaced: spec.scope !== "Cluster",
            schema: rootSchema(validation),
            target,
        });
    }
    return out;
}
/** The CRD's root schema: metadata is the full ObjectMeta (CRDs say only `type: object`). */
function rootSchema(schema) {
    const strict = strictCrdSchema(schema);
    const properties = (0,argo/* isObject */.Gv)(strict.properties) ? { ...strict.properties } : {};
    properties.apiVersion = { type: "string" };
    properties.kind = { type: "string" };
    properties.metadata = { $ref: "k8s:V1ObjectMeta" };
    return { ...strict, type: "object", properties };
}
/**
 * A structural CRD schema as the API server applies it: fields not in `properties` are pruned,
 * so they are unknown fields here (additionalProperties: false) unless the schema keeps them
 * (`x-kubernetes-preserve-unknown-fields`) or is a map (`additionalProperties`). Int-or-string,
 * nullable and embedded resources become plain JSON schema; other `x-kubernetes-*` keys are
 * left for ajv to ignore.
 */
function strictCrdSchema(schema) {
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === "properties" && (0,argo/* isObject */.Gv)(value)) {
            out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (0,argo/* isObject */.Gv)(v) ? strictCrdSchema(v) : v]));
        }
        else if ((key === "items" || key === "additionalProperties" || key === "not") && (0,argo/* isObject */.Gv)(value)) {
            out[key] = strictCrdSchema(value);
        }
        else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
            out[key] = value.map((v) => ((0,argo/* isObject */.Gv)(v) ? strictCrdSchema(v) : v));
        }
        else if (key !== "default" && key !== "example" && !key.startsWith("x-kubernetes-")) {
            out[key] = value;
        }
    }
    if (schema["x-kubernetes-int-or-string"] === true) {
        out.type = ["integer", "string"];
        delete out.format;
    }
    if (schema["x-kubernetes-embedded-resource"] === true) {
        const props = (0,argo/* isObject */.Gv)(out.properties) ? { ...out.properties } : {};
        props.apiVersion ??= { type: "string" };
        props.kind ??= { type: "string" };
        props.metadata ??= { type: "object" };
        out.properties = props;
    }
    const closed = (0,argo/* isObject */.Gv)(out.properties) &&
        out.additionalProperties === undefined &&
        schema["x-kubernetes-preserve-unknown-fields"] !== true;
    if (closed)
        out.additionalProperties = false;
    if (schema.nullable === true && typeof out.type === "string")
        out.type = [out.type, "null"];
    delete out.nullable;
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/target-cache.ts



/**
 * The schema pass (and the sync-wave check on rendered objects), the part of lint whose cost
 * grows with every target, run target by target: a target's findings depend only on its own
 * resources, its input files (where findings are located), the schema set and the lint config.
 * With a cache, a target whose key is unchanged takes its findings from there. The result is
 * the same list, in the same order, as one pass over every resource: schema findings target by
 * target, then sync-wave findings target by target.
 */
function schemaPass(input) {
    const byTarget = new Map();
    for (const r of input.resources) {
        const list = byTarget.get(r.target.id);
        if (list)
            list.push(r);
        else
            byTarget.set(r.target.id, [r]);
    }
    const fresh = (resources) => ({
        schema: checkSchemas(resources, input.catalog, input.config.missingSchema, input.locate),
        waves: renderedSyncWaves(resources, input.locate),
    });
    const results = input.cache
        ? new src/* TargetResults */.gQ(input.cache, "lint-target", new src/* FileHasher */.gp(input.repo, input.outputDirs), {
            kubeVersion: input.catalog.kubeVersion,
            strict: input.strict,
            config: input.config,
            // The repo's CRDs feed every target's catalog: a CRD change re-checks every target.
            crds: input.crds.map((c) => [c.key, c.namespaced, c.schema]),
        }, isTargetLint)
        : undefined;
    const schema = [];
    const waves = [];
    for (const target of input.targets) {
        const resources = byTarget.get(target.id);
        if (!resources)
            continue;
        const graph = input.graphs.get(target.id);
        const one = results
            ? results.through({
                id: target.id,
                source: target.source,
                output: target.output,
                // SourceLocator reads the graph's YAML files sorted, and the YAML under its folders.
                inputs: { files: [...(graph?.files ?? [])].sort(), dirs: graph?.dirs ?? [] },
            }, () => fresh(resources))
            : fresh(resources);
        for (const f of one.schema)
            schema.push(f);
        for (const f of one.waves)
            waves.push(f);
    }
    return { schema, waves };
}
function isTargetLint(v) {
    const r = v;
    return typeof r === "object" && r !== null && Array.isArray(r.schema) && Array.isArray(r.waves);
}

;// CONCATENATED MODULE: ./packages/lint/src/lint.ts


















/**
 * `gitops lint`: renders when render/ is missing or stale, then validates every rendered
 * resource against its schema (bundled Kubernetes and CRD schemas plus the repo's own CRDs, or
 * kubeconform), checks the Argo CD objects under argo-apps/ against the repository, and checks
 * the YAML hygiene of the manifest folders. Every finding names a source file and, when it can,
 * a line.
 */
async function lint(options) {
    const cache = options.cache === false ? undefined : options.cache;
    if (!cache)
        return lintWith(options, undefined);
    // The catalog finds compiled validators through the module's cache setting: this run's store.
    const previous = compiledSchemaCache();
    useCompiledSchemaCache(cache);
    try {
        return await lintWith(options, cache);
    }
    finally {
        useCompiledSchemaCache(previous);
    }
}
async function lintWith(options, cache) {
    const layout = options.model ?? (await (0,load/* loadModel */.c)(options.repo, options.env ? { env: options.env } : {}));
    const repo = layout.repo;
    const config = layout.config.lint;
    const kubeVersion = resolveKubeVersion(options.kubeVersion ?? config.kubeVersion, layout.config.render.kubeVersion);
    const strict = options.strict ?? config.strict;
    const engine = options.schemaEngine ?? config.schemaEngine;
    const repoURLs = layout.repoURLs;
    if (layout.targets.length === 0)
        throw (0,report/* noTargets */.UV)(layout);
    const scope = options.files
        ? (0,model_scope/* changeScope */.TQ)(layout, options.files, options.cwd !== undefined ? { cwd: options.cwd } : {})
        : undefined;
    const graphs = new Map(layout.targets.map((t) => [t.id, layout.graph(t.id)]));
    const findings = [];
    const { index, reason, rendered, dispose } = await renderedIndex(layout, graphs, scope, options);
    try {
        if (rendered) {
            // lint's Argo CD checks report bad Application sources with a line; render's note would repeat them.
            findings.push(...rendered.filter((f) => f.rule !== "application-source"));
        }
        else {
            findings.push(...layout.findings.filter((f) => f.rule !== "application-source"), ...freshRenderFindings(index));
        }
        const checked = scope ? index.targets.filter((t) => scope.targets.has(t.id)) : index.targets;
        const { resources, findings: unreadable } = (0,src_rendered/* readRendered */.w)(repo, checked);
        findings.push(...unreadable);
        const catalog = new SchemaCatalog(kubeVersion, { strict });
        const crds = resources.flatMap((r) => crdVersions(r.value, r.target.id));
        catalog.addRepoCrds(crds);
        // One read and parse per source file, shared by the locator and the hygiene check.
        const sources = new SourceFiles(repo);
        const locator = new SourceLocator(repo, graphs, sources);
        const locate = locator.locate.bind(locator);
        if (engine === "kubeconform") {
            const outputs = checked.filter((t) => t.status === "ok").map((t) => t.output);
            const result = await runKubeconform({
                repo,
                files: outputs,
                resources,
                config: { ...config, strict },
                kubeVersion,
                locate,
                ...(options.env ? { env: options.env } : {}),
            });
            findings.push(...result.findings);
            findings.push(...renderedSyncWaves(resources, locate));
        }
        else {
            // Per target, and from the cache for a target whose inputs are unchanged.
            const pass = schemaPass({
                repo,
                resources,
                targets: checked,
                catalog,
                config,
                strict,
                crds,
                locate,
                graphs,
                outputDirs: layout.outputDirs,
                ...(cache ? { cache } : {}),
            });
            for (const f of pass.schema)
                findings.push(f);
            for (const f of pass.waves)
                findings.push(f);
        }
        const byTarget = new Map();
        for (const r of resources) {
            const list = byTarget.get(r.target.id);
            if (list)
                list.push(r);
            else
                byTarget.set(r.target.id, [r]);
        }
        const argo = checkArgo({
            repo,
            environments: layout.environments,
            repoURLs,
            index,
            byTarget,
            namespaced: (apiVersion, kind) => catalog.namespaced(apiVersion, kind),
            inputs: new Map([...graphs].map(([id, g]) => [id, g.files])),
            argoFiles: layout.argoFiles,
            generated: layout.applications.filter((a) => a.applicationSet !== null),
            liveSets: new Set(layout.applicationSets.filter((s) => s.incomplete).map((s) => `${s.file}#${s.name}`)),
        });
        findings.push(...argo.findings);
        findings.push(...(await drParityFindings(layout)));
        const folders = manifestFolders(repo, [...layout.targets.map((t) => `${t.source}/`), ...layout.applications.map((a) => a.file)], layout.outputDirs);
        const hygiene = scope
            ? checkHygieneOf(repo, scope, folders, sources)
            : checkHygiene(repo, folders, sources);
        findings.push(...hygiene.findings);
        const summary = {
            kubeVersion,
            schemaEngine: engine,
            strict,
            targets: checked.length,
            resources: resources.length,
            applications: argo.applications,
            files: hygiene.files,
            crdKinds: catalog.crdKinds().size,
            crdKindsUsed: [
                ...new Set(resources.flatMap((r) => catalog.crdKind(r.apiVersion, r.kind) ?? [])),
            ].sort(),
        };
        if (reason)
            summary.rendered = reason;
        const kept = scope ? findings.filter((f) => (0,model_scope/* inScope */.SB)(scope, f)) : findings;
        return { findings: dedupe(kept), summary };
    }
    finally {
        dispose();
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/path-match.ts
/**
 * Go's `path.Match`, which Argo CD's git directory generator uses: `*` is any run of non-`/`
 * characters, `?` one non-`/` character, `[...]`/`[^...]` a class with ranges, `\` escapes.
 * A malformed pattern (an unclosed class, a trailing `\`) matches nothing, as Go's
 * ErrBadPattern does in the generator.
 */
function goPathMatch(pattern, name) {
    const re = compile(pattern);
    return re !== undefined && re.test(name);
}
const cache = new Map();
function compile(pattern) {
    if (cache.has(pattern))
        return cache.get(pattern);
    let src = "";
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
        const c = pattern.charAt(i);
        if (c === "*")
            src += "[^/]*";
        else if (c === "?")
            src += "[^/]";
        else if (c === "\\") {
            if (i + 1 >= pattern.length)
                ok = false;
            else
                src += path_match_escape(pattern.charAt(++i));
        }
        else if (c === "[") {
            const end = classEnd(pattern, i + 1);
            if (end < 0)
                ok = false;
            else {
                src += classRegex(pattern.slice(i + 1, end));
                i = end;
            }
        }
        else
            src += path_match_escape(c);
    }
    const re = ok ? regexOrUndefined(`^${src}$`) : undefined;
    cache.set(pattern, re);
    return re;
}
/** A class range written backwards (`[z-a]`) is ErrBadPattern in Go; in JavaScript, a SyntaxError. */
function regexOrUndefined(source) {
    try {
        return new RegExp(source, "u");
    }
    catch {
        return undefined;
    }
}
/** Index of the `]` closing a class that starts at `from` (after `[`), or -1. */
function classEnd(p, from) {
    let i = from;
    if (p[i] === "^")
        i++;
    let first = true;
    for (; i < p.length; i++) {
        const c = p[i];
        if (c === "\\")
            i++;
        else if (c === "]" && !first)
            return i;
        first = false;
    }
    return -1;
}
function classRegex(body) {
    let out = "[";
    let i = 0;
    if (body.startsWith("^")) {
        out += "^";
        i = 1;
    }
    for (; i < body.length; i++) {
        const c = body.charAt(i);
        if (c === "\\")
            out += path_match_escape(body.charAt(++i));
        else if (c === "-")
            out += "-";
        else
            out += path_match_escape(c);
    }
    return out + "]";
}
function path_match_escape(c) {
    return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

// EXTERNAL MODULE: ./packages/core/src/reporters/summary.ts
var summary = __webpack_require__(1504);
;// CONCATENATED MODULE: ./packages/lint/src/report.ts

/** SARIF descriptions of every lint rule, keyed `lint/<rule>` as the SARIF reporter expects. */
const LINT_RULES = {
    "lint/schema/unknown-field": {
        description: "A field the kind's schema does not define: the API server drops or rejects it.",
    },
    "lint/schema/required": { description: "A field the kind's schema requires is missing." },
    "lint/schema/type": { description: "A field has the wrong type for its schema." },
    "lint/schema/enum": { description: "A field's value is not one its schema allows." },
    "lint/schema/invalid": { description: "The resource does not satisfy its schema." },
    "lint/schema/missing": {
        description: "No bundled or repository schema knows this kind, so it is not validated.",
    },
    "lint/schema/not-an-object": { description: "A rendered document without apiVersion and kind." },
    "lint/argo/source-path": {
        description: "An Argo CD Application's source path is not a folder in the repository.",
    },
    "lint/argo/source-render": { description: "An Argo CD Application's source does not render." },
    "lint/argo/value-file": { description: "A Helm value file of an Application does not exist." },
    "lint/argo/cross-env": {
        description: "An Application of one environment deploys another environment's folder.",
    },
    "lint/argo/project": { description: "An Application's project is not an AppProject of the repository." },
    "lint/argo/destination-namespace": {
        description: "An Application's destination namespace is neither defined in clusters/<env> nor created by CreateNamespace=true.",
    },
    "lint/argo/appset-no-match": {
        description: "An ApplicationSet git directory generator matches no folder.",
    },
    "lint/argo/appset-not-expanded": {
        description: "An ApplicationSet generator depends on the live Argo CD and is not checked.",
    },
    "lint/argo/duplicate-resource": {
        description: "Two Applications deploy the same object to the same cluster.",
    },
    "lint/argo/sync-wave": { description: "An argocd.argoproj.io/sync-wave annotation is not an integer." },
    "lint/argo/unreferenced-overlay": { description: "An overlay no Application or ApplicationSet deploys." },
    "lint/yaml/parse-error": { description: "The file is not valid YAML." },
    "lint/yaml/duplicate-key": { description: "A mapping repeats a key; tools disagree on which value wins." },
    "lint/yaml/tab": { description: "A tab character in YAML." },
    "lint/yaml/yaml11-boolean": {
        description: "An unquoted yes/no/on/off: a boolean to Kubernetes (YAML 1.1), a string to YAML 1.2 tools.",
    },
    "lint/rendered-unreadable": { description: "A rendered output is missing or cannot be read." },
    "lint/dr/missing": {
        description: "A service runs on a primary cluster (labels.role: primary) but not on its DR cluster.",
    },
    "lint/dr/differs": {
        description: "A DR cluster runs other promotable values (images, chart versions) than its primary.",
    },
    "lint/dr/unpaired": { description: "A cluster labelled role: dr pairs with no primary cluster." },
    "lint/dr/unchecked": {
        description: "A service's values on a DR cluster could not be compared with its primary's.",
    },
};
/** The job summary of a lint run: what was checked, then the findings table. */
function lintSummaryMarkdown(report, options) {
    const s = report.summary;
    const engine = s.schemaEngine === "kubeconform"
        ? "kubeconform"
        : `bundled schemas, Kubernetes ${s.kubeVersion} + ${s.crdKinds} CRD kind(s) (${s.crdKindsUsed.length} used)`;
    const intro = `Checked ${s.resources} rendered resource(s) in ${s.targets} target(s) against ${engine}` +
        `${s.strict ? " (strict: unknown fields are errors)" : ""}, ${s.applications} Argo CD Application(s) ` +
        `and ${s.files} YAML file(s).${s.rendered ? ` Rendered first: ${s.rendered}.` : ""}\n\n`;
    const table = toSummaryMarkdown(report.findings, { title: "Lint", check: "lint", ...options });
    // The heading stays first; the scope line goes right under it.
    const nl = table.indexOf("\n\n");
    return nl < 0 ? table + "\n" + intro : `${table.slice(0, nl + 2)}${intro}${table.slice(nl + 2)}`;
}

// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
;// CONCATENATED MODULE: ./packages/lint/src/fmt/files.ts
/** Which YAML files `gitops fmt` formats: the files people write, never output or Helm templates. */



/** Folders at the top of the repository that gitops writes (the model's output folders). */
const OUTPUT_DIRS = ["render"];
/** Deeper than this, a folder is not something people format by hand (and may be a loop). */
const MAX_DEPTH = 32;
const YAML_NAME = /\.ya?ml$/i;
/**
 * The YAML files to format. With no `paths`, every `*.yaml`/`*.yml` under `repo`, skipping dot
 * folders, `node_modules/`, `render/` and the `templates/` and `charts/` of Helm charts (a folder
 * holding `Chart.yaml`). With `paths` (files or folders, relative to `cwd`), only those, by the
 * same rules: a chart template, a file under `render/` or in a dot folder, a symbolic link or a
 * file that is not YAML is passed over silently. A path that does not exist is a `UserError`.
 */
function selectFiles(repoDir, paths = [], cwd = process.cwd()) {
    const repo = (0,external_node_path_.resolve)(cwd, repoDir);
    // Worded as the repository model words it, which every other command asks first.
    if (!(0,external_node_fs_.existsSync)(repo))
        throw new errors/* UserError */.yo(`repository folder ${repoDir} does not exist`, repoDir);
    if (!(0,external_node_fs_.statSync)(repo).isDirectory())
        throw new errors/* UserError */.yo(`repository path ${repoDir} is not a folder`, repoDir);
    const given = paths.map((p) => ({ shown: p, path: (0,external_node_path_.resolve)(cwd, p) }));
    const missing = given.filter((g) => !exists(g.path)).map((g) => g.shown);
    if (missing.length > 0) {
        throw new errors/* UserError */.yo(`${missing.join(", ")}: no such file or folder`, missing[0]);
    }
    const out = [];
    const seen = new Set();
    const add = (path) => {
        if (seen.has(path))
            return;
        seen.add(path);
        out.push({ path, file: shown(repo, path) });
    };
    if (given.length === 0) {
        for (const path of walk(repo, repo, false, 0))
            add(path);
        return out;
    }
    for (const { path } of given) {
        const st = (0,external_node_fs_.lstatSync)(path);
        if (excluded(repo, path))
            continue;
        if (st.isDirectory()) {
            for (const f of walk(repo, path, inChart(path), 0))
                add(f);
        }
        else if (st.isFile() && YAML_NAME.test(path)) {
            add(path);
        }
    }
    return out;
}
function exists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The YAML files under `dir`, in name order. */
function walk(repo, dir, chart, depth) {
    if (depth > MAX_DEPTH)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const isChart = chart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
    const out = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith(".") || e.name === "node_modules")
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory()) {
            if (isChart && (e.name === "templates" || e.name === "charts"))
                continue;
            if (dir === repo && OUTPUT_DIRS.includes(e.name))
                continue;
            out.push(...walk(repo, path, isChart, depth + 1));
        }
        else if (e.isFile() && YAML_NAME.test(e.name)) {
            out.push(path);
        }
    }
    return out;
}
/**
 * True for a path given explicitly that fmt still leaves alone: under `render/`, in a dot folder
 * or `node_modules/` of the repository, a chart's `templates/` or `charts/`, or a symbolic link.
 */
function excluded(repo, path) {
    if ((0,external_node_fs_.lstatSync)(path).isSymbolicLink())
        return true;
    const rel = (0,external_node_path_.relative)(repo, path);
    if (rel && !rel.startsWith("..") && !(0,external_node_path_.isAbsolute)(rel)) {
        const parts = rel.split(external_node_path_.sep);
        if (OUTPUT_DIRS.includes(parts[0] ?? ""))
            return true;
        if (parts.some((p) => p.startsWith(".") || p === "node_modules"))
            return true;
    }
    return underChartTemplates(path);
}
/** True when `path` is inside the `templates/` or `charts/` of a Helm chart. */
function underChartTemplates(path) {
    let child = path;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        const parent = (0,external_node_path_.dirname)(child);
        if (parent === child)
            return false;
        const name = (0,external_node_path_.basename)(child);
        if ((name === "templates" || name === "charts") && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(parent, "Chart.yaml")))
            return true;
        child = parent;
    }
    return false;
}
/** True when the folder `dir` is inside a Helm chart (it or a parent holds `Chart.yaml`). */
function inChart(dir) {
    let current = dir;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(current, "Chart.yaml")))
            return true;
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return false;
        current = parent;
    }
    return false;
}
function shown(repo, path) {
    const rel = (0,external_node_path_.relative)(repo, path);
    if (!rel || rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
        return path;
    return rel.split(external_node_path_.sep).join("/");
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/util.js
var util = __webpack_require__(383);
;// CONCATENATED MODULE: ./packages/lint/src/fmt/format.ts
/**
 * Canonical formatting of one YAML text through the `yaml` library's document model, so comments,
 * anchors, aliases, merge keys, key order and `---` documents survive. Every result is checked:
 * a text whose data or comments would change is refused, never returned.
 */






/**
 * Formats `text` (the contents of `file`, used in findings): 2-space indentation, sequences
 * indented under their key, no trailing spaces outside block scalars, one final newline, LF line
 * ends. Plain scalars that YAML 1.1 (Kubernetes) reads differently from YAML 1.2 are quoted
 * (`on` -> `"on"`), numbers keep their spelling (`0644` stays octal to Kubernetes), quoted
 * scalars keep their quotes, block scalars keep their content line for line. A file that does not
 * parse, or whose data or comments would change, is a finding and no text.
 */
function formatYaml(text, file) {
    let before;
    try {
        before = (0,yaml/* parseYaml */.hN)(text, file);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return { ok: false, finding: parseFinding(err, file) };
        throw err;
    }
    const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    let out;
    if (before.documents.length === 0) {
        // Only comments and blank lines: nothing for the document model to hold.
        out = source.replace(/[ \t]+$/gm, "").replace(/\n+$/, "");
        out = out ? `${out}\n` : "";
    }
    else {
        let docs;
        try {
            docs = (source === text ? before : (0,yaml/* parseYaml */.hN)(source, file)).documents.map((d) => d.doc);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                return { ok: false, finding: parseFinding(err, file) };
            throw err;
        }
        try {
            out = stripTrailingSpaces(docs.map((doc, i) => emit(doc, source, i)).join(""));
        }
        catch (err) {
            // The library cannot write something it read; say so rather than fail the whole run.
            return {
                ok: false,
                finding: refusal(file, "fmt/unsupported", `cannot format: ${(0,errors/* messageOf */.bD)(err)}; left as it is`),
            };
        }
    }
    const problem = checkFormatted(before, out, file);
    if (problem)
        return { ok: false, finding: problem };
    return { ok: true, text: out, changed: out !== text };
}
/**
 * Why `formatted` may not replace the text of `before`, or undefined when it may: the formatted
 * text must parse, hold as many documents with the same data (read with merge keys resolved and
 * read with `<<` as a plain key) and keep every comment.
 */
function checkFormatted(before, formatted, file) {
    let after;
    try {
        after = (0,yaml/* parseYaml */.hN)(formatted, file);
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo))
            throw err;
        return refusal(file, "fmt/data-changed", `formatting would not parse again (${err.message}); left as it is`);
    }
    const changed = firstDataChange(before, after);
    if (changed !== undefined) {
        return refusal(file, "fmt/data-changed", `formatting would change the data of document ${changed + 1}; left as it is (please report this file)`, before.documents[changed]?.line);
    }
    const { lost, added } = commentDifference(before.text, formatted);
    if (lost !== undefined) {
        return refusal(file, "fmt/comment-lost", `formatting would lose the comment "${lost}"; left as it is`);
    }
    if (added !== undefined) {
        return refusal(file, "fmt/comment-added", `formatting would add the comment "${added}"; left as it is`);
    }
    return undefined;
}
/** The index of the first document whose data differ, the document count if only that differs. */
function firstDataChange(before, after) {
    const a = before.documents;
    const b = after.documents;
    const literalA = literalData(before.text);
    const literalB = literalData(after.text);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (!x || !y)
            return i;
        if (!(0,external_node_util_.isDeepStrictEqual)(x.value, y.value))
            return i;
        if (!(0,external_node_util_.isDeepStrictEqual)(literalA[i], literalB[i]))
            return i;
    }
    return undefined;
}
/**
 * Each document's data with `<<` read as a plain key (so a merge key stays one, not merely its
 * result) and mappings kept as Maps (so `1:` and `"1":` differ). Called on texts parseYaml took.
 */
function literalData(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\uFEFF/, ""), { merge: false, uniqueKeys: false });
    if (!Array.isArray(docs))
        return [];
    return docs.map((d) => {
        const data = d.toJS({ mapAsMap: true, maxAliasCount: yaml/* DEFAULT_YAML_LIMITS */.fr.maxAliasCount });
        return data;
    });
}
/** One document as text, in the house style. */
function emit(doc, source, index) {
    prepare(doc, source);
    let text = emptyDocument(doc) ?? doc.toString(YAML_FORMAT_OPTIONS).replace(OWN_LINE_COMMENT, "");
    // Documents after the first need their `---`, even when the source separated them with `...`.
    if (index > 0 && !/^(---|%)/m.test(firstNonComment(text)))
        text = `---\n${text}`;
    return text;
}
/**
 * An empty document (`---` with nothing or only comments after it) as the library does not write
 * it: without blank lines it invents, its comments starting in the first column.
 */
function emptyDocument(doc) {
    const c = doc.contents;
    if (!(0,dist/* isScalar */.jn)(c) || c.value !== null || c.source !== "" || c.anchor || c.tag)
        return undefined;
    const lines = [];
    const directives = doc.directives.toString(doc);
    if (directives)
        lines.push(directives);
    if (directives || doc.directives.docStart)
        lines.push("---");
    for (const comment of [doc.commentBefore, c.commentBefore, c.comment, doc.comment]) {
        if (comment)
            lines.push(...comment.split("\n").map((l) => (l ? `#${l}` : "")));
    }
    if (doc.directives.docEnd)
        lines.push("...");
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
function firstNonComment(text) {
    return text.split("\n").find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
}
/**
 * Marks up the document before it is written: YAML 1.1 booleans as plain strings get quotes,
 * numbers keep their spelling and block scalars their lines (see the tags below), and the
 * schema learns YAML 1.1's look-alikes so no plain string turns into one.
 */
function prepare(doc, source) {
    const schema = doc.schema.clone();
    schema.compat = yaml11Compat();
    schema.tags = [verbatimPlainTag, verbatimBlockTag, ...schema.tags];
    doc.schema = schema;
    const workflowOn = githubWorkflowOn(doc);
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            if (node.tag)
                return;
            if (node === workflowOn) {
                node.value = new VerbatimPlain("on");
            }
            else if (node.type === dist/* Scalar */.X5.PLAIN &&
                typeof node.value === "string" &&
                YAML11_BOOLEANS.has(node.value)) {
                node.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
            }
            else if (node.type === dist/* Scalar */.X5.PLAIN &&
                (typeof node.value === "number" || typeof node.value === "bigint") &&
                node.source &&
                !/[\n#]/.test(node.source)) {
                node.value = new VerbatimPlain(node.source.trim());
            }
            else if (key !== "key" &&
                (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED) &&
                typeof node.value === "string" &&
                node.range) {
                const block = blockSource(source.slice(node.range[0], node.range[1]), node.value, node.type);
                if (block)
                    node.value = block;
            }
        },
    });
    (0,dist/* visit */.YR)(doc, (key, node, path) => {
        if (key === "key" || !((0,dist/* isScalar */.jn)(node) || ((0,dist/* isCollection */.P3)(node) && node.flow)))
            return;
        if (path.some((p) => (0,dist/* isCollection */.P3)(p) && p.flow))
            return;
        if ((0,dist/* isScalar */.jn)(node) && (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED))
            return;
        if (!node.comment || node.comment.includes("\n") || !node.range)
            return;
        const after = source.slice(node.range[1], node.range[2]);
        const hash = after.indexOf("#");
        if (hash > 0 && after.slice(0, hash).includes("\n"))
            node.comment += `\n${OWN_LINE}`;
    });
}
/**
 * The plain `on` key of a GitHub Actions workflow (a document with `on:` and `jobs:` at the top):
 * GitHub reads it as the string it is, and `"on":` would only puzzle the people who read it.
 */
function githubWorkflowOn(doc) {
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return undefined;
    const keys = [];
    for (const pair of doc.contents.items)
        if ((0,dist/* isScalar */.jn)(pair.key))
            keys.push(pair.key);
    const on = keys.find((k) => k.value === "on" && k.type === dist/* Scalar */.X5.PLAIN);
    return on && keys.some((k) => k.value === "jobs") ? on : undefined;
}
/**
 * Marks a one-line comment that stood on its own line after a value (`resources: {}` then an
 * indented `# limits: ...`, as `helm create` writes): the library would move it up beside the
 * value, but it writes a comment of two lines below it; the marker line is then removed.
 */
const OWN_LINE = "\u0000gitops-fmt-own-line";
const OWN_LINE_COMMENT = new RegExp(`^[ \\t]*#${OWN_LINE}\\n`, "gm");
/**
 * A plain scalar as it was written: a number (`0644` is octal to Kubernetes and 644 to YAML 1.2;
 * keep it `0644`), or a workflow's `on`.
 */
class VerbatimPlain {
    text;
    constructor(text) {
        this.text = text;
    }
}
const verbatimPlainTag = {
    tag: "tag:gitops-actions,2026:verbatim-plain",
    default: true,
    identify: (value) => value instanceof VerbatimPlain,
    resolve: (value) => value,
    stringify: (item) => ((0,dist/* isScalar */.jn)(item) && item.value instanceof VerbatimPlain ? item.value.text : ""),
};
/** A block scalar's header and content lines as written (content without its indentation). */
class VerbatimBlock {
    value;
    type;
    indicator;
    lines;
    keptBlankLines;
    constructor(value, type, indicator, lines, keptBlankLines) {
        this.value = value;
        this.type = type;
        this.indicator = indicator;
        this.lines = lines;
        this.keptBlankLines = keptBlankLines;
    }
}
/**
 * The block scalar `raw` (its source from `|` or `>` on) as header and content lines, or
 * undefined for one the library writes well enough itself: an explicit indentation indicator,
 * no content.
 */
function blockSource(raw, value, type) {
    const [header = "", ...body] = raw.split("\n");
    const indicator = /^[|>][+-]?/.exec(header)?.[0];
    if (!indicator || /^[|>][+-]?[1-9]/.test(header))
        return undefined;
    if (body.at(-1) === "")
        body.pop();
    const first = body.find((l) => l.trim() !== "");
    if (first === undefined)
        return undefined;
    const indent = first.length - first.trimStart().length;
    let end = body.length;
    while (end > 0 && (body[end - 1]?.length ?? 0) <= indent)
        end--;
    const lines = body.slice(0, end).map((l) => (l.length <= indent ? "" : l.slice(indent)));
    const keep = indicator.endsWith("+") ? body.length - end : 0;
    return new VerbatimBlock(value, type, indicator, lines, keep);
}
const verbatimBlockTag = {
    tag: "tag:gitops-actions,2026:verbatim-block",
    default: true,
    identify: (value) => value instanceof VerbatimBlock,
    resolve: (value) => value,
    stringify(item, ctx, onComment, onChompKeep) {
        if (!(0,dist/* isScalar */.jn)(item) || !(item.value instanceof VerbatimBlock))
            return "";
        const block = item.value;
        if (!ctx.indent || ctx.inFlow || ctx.implicitKey) {
            // Where the library would pick another indentation (top level) or style, let it.
            const plain = new dist/* Scalar */.X5(block.value);
            plain.type = block.type;
            if (item.comment)
                plain.comment = item.comment;
            return (0,util/* stringifyString */.Nx)(plain, ctx, onComment, onChompKeep);
        }
        let header = block.indicator;
        if (item.comment) {
            header += ` ${ctx.options.commentString(item.comment.replace(/ ?\n+/g, " "))}`;
            onComment?.();
        }
        if (block.indicator.endsWith("+"))
            onChompKeep?.();
        const body = block.lines.map((l) => (l ? ctx.indent + l : "")).join("\n");
        return `${header}\n${body}${"\n".repeat(block.keptBlankLines)}`;
    },
};
/** Removes trailing spaces and tabs on every line outside a block scalar (there they are content). */
function stripTrailingSpaces(text) {
    if (!/[ \t]$/m.test(text))
        return text;
    const blockLines = format_blockScalarLines(text);
    return text
        .split("\n")
        .map((line, i) => (blockLines.has(i + 1) ? line : line.replace(/[ \t]+$/, "")))
        .join("\n");
}
/**
 * The 1-based lines of block scalars in `text`, which the library wrote. Read without the
 * duplicate-key check (quadratic in a mapping's size, and done on the input already);
 * checkFormatted reads the result in full.
 */
function format_blockScalarLines(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const lines = new Set();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: false });
    for (const doc of Array.isArray(docs) ? docs : []) {
        (0,dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                if (!node.range || (node.type !== dist/* Scalar */.X5.BLOCK_LITERAL && node.type !== dist/* Scalar */.X5.BLOCK_FOLDED))
                    return;
                const to = (0,yaml/* lineOfOffset */.hW)(lineCounter, node.range[1]);
                for (let l = (0,yaml/* lineOfOffset */.hW)(lineCounter, node.range[0]); l <= to; l++)
                    lines.add(l);
            },
        });
    }
    return lines;
}
/** The first comment of `before` that `after` lacks, or that `after` adds, if any. */
function commentDifference(before, after) {
    const left = new Map();
    for (const c of comments(after))
        left.set(c, (left.get(c) ?? 0) + 1);
    for (const c of comments(before)) {
        const n = left.get(c) ?? 0;
        if (n === 0)
            return { lost: c };
        left.set(c, n - 1);
    }
    for (const [c, n] of left)
        if (n > 0)
            return { added: c };
    return {};
}
function comments(text) {
    const out = [];
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (token.startsWith("#"))
            out.push(token.trimEnd());
    }
    return out;
}
function parseFinding(err, file) {
    const rule = /duplicate key/.test(err.message) ? "yaml/duplicate-key" : "yaml/parse-error";
    const f = {
        tool: "fmt",
        rule,
        severity: "error",
        message: `${err.message.replace(/^\S+?:(\d+:)? /, "")}; left as it is`,
        file,
    };
    if (err.line)
        f.line = err.line;
    return f;
}
function refusal(file, rule, message, line) {
    const f = { tool: "fmt", rule, severity: "error", message, file };
    if (line)
        f.line = line;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/fmt/index.ts
/** `gitops fmt`: canonical formatting of the YAML files people write, data and comments kept. */








/**
 * Formats the selected files in place (each written atomically, its mode kept), or with `check`
 * only says which would change. A file that cannot be formatted safely is a finding and is
 * left untouched; a path that does not exist is a `UserError`.
 */
function fmt(options) {
    const report = { files: [], findings: [] };
    for (const { path, file } of selectFiles(options.repo, options.paths, options.cwd)) {
        const result = formatFile(path, file);
        if (!result.ok) {
            report.findings.push(result.finding);
            report.files.push({ file, changed: false });
            continue;
        }
        if (result.changed && !options.check) {
            const mode = (0,external_node_fs_.statSync)(path).mode;
            (0,write/* writeTextAtomic */.Q)(path, result.text, file);
            (0,external_node_fs_.chmodSync)(path, mode & 0o7777);
        }
        report.files.push({ file, changed: result.changed });
    }
    return report;
}
function formatFile(path, file) {
    const size = (0,external_node_fs_.statSync)(path).size;
    if (size > yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes) {
        return {
            ok: false,
            finding: {
                tool: "fmt",
                rule: "fmt/too-large",
                severity: "error",
                message: `larger than ${yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes / (1024 * 1024)} MiB, the limit for a YAML file people write; left as it is`,
                file,
            },
        };
    }
    let text;
    try {
        text = (0,yaml/* decodeUtf8 */._6)((0,external_node_fs_.readFileSync)(path), file);
    }
    catch (err) {
        const message = err instanceof errors/* UserError */.yo
            ? err.message.replace(`${file}: `, "")
            : `cannot read: ${err.code ?? (0,errors/* messageOf */.bD)(err)}`;
        return {
            ok: false,
            finding: { tool: "fmt", rule: "yaml/parse-error", severity: "error", message, file },
        };
    }
    return formatYaml(text, file);
}

;// CONCATENATED MODULE: ./packages/lint/src/index.ts













/***/ }),

/***/ 7058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readRendered)
/* harmony export */ });
/* unused harmony export RENDERED_LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _core_src_rendered_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7882);
/* harmony import */ var _core_src_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1350);
/* harmony import */ var _render_src_argo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1261);






/** Rendered output is machine-written and can be large: thousands of resources in one file. */
const RENDERED_LIMITS = (/* unused pure expression or super */ null && (CORE_RENDERED_LIMITS));
/**
 * Reads the outputs of every target that rendered (`status: ok`) with core's fast reader for
 * machine-written YAML (`parseRenderedYaml`): findings point at source files, not at render/,
 * so these documents need values and starts, not the comment-keeping Document.
 * An output that is missing or unreadable is an error finding on its target, not a crash.
 */
function readRendered(repo, targets) {
    const resources = [];
    const findings = [];
    for (const target of targets) {
        if (target.status !== "ok")
            continue;
        // resolve: a private render's outputs (a change's scope) lie outside the repository.
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, target.output);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            findings.push(renderedError(target, `${target.output} is missing; run "gitops render"`));
            continue;
        }
        let documents;
        try {
            documents = (0,_core_src_rendered_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRenderedYaml */ .I)((0,_core_src_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path), target.output), target.output);
        }
        catch (err) {
            if (!(err instanceof _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo))
                throw err;
            findings.push(renderedError(target, err.message));
            continue;
        }
        for (const document of documents) {
            const value = document.value;
            if (!(0,_render_src_argo_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(value))
                continue;
            const metadata = (0,_render_src_argo_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(value.metadata) ? value.metadata : {};
            const resource = {
                target,
                output: target.output,
                line: document.line,
                value,
                apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
                kind: typeof value.kind === "string" ? value.kind : "",
                name: typeof metadata.name === "string" ? metadata.name : "",
            };
            if (typeof metadata.namespace === "string")
                resource.namespace = metadata.namespace;
            const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
            if (source)
                resource.helmSource = source;
            resources.push(resource);
        }
    }
    return { resources, findings };
}
function renderedError(target, message) {
    return { tool: "lint", rule: "rendered-unreadable", severity: "error", message, target: target.id };
}


/***/ }),

/***/ 3681:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "ae4601d60dba9feb661f.b64";

/***/ }),

/***/ 383:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;


var createNode = __webpack_require__(2404);
var log = __webpack_require__(7249);
var Pair = __webpack_require__(7165);
var toJS = __webpack_require__(4043);
var YAMLMap = __webpack_require__(4454);
var map = __webpack_require__(7451);
var seq = __webpack_require__(1706);
var string = __webpack_require__(6464);
var foldFlowLines = __webpack_require__(4475);
var stringifyNumber = __webpack_require__(8689);
var stringifyString = __webpack_require__(3069);



__webpack_unused_export__ = createNode.createNode;
__webpack_unused_export__ = log.debug;
__webpack_unused_export__ = log.warn;
__webpack_unused_export__ = Pair.createPair;
__webpack_unused_export__ = toJS.toJS;
__webpack_unused_export__ = YAMLMap.findPair;
__webpack_unused_export__ = map.map;
__webpack_unused_export__ = seq.seq;
__webpack_unused_export__ = string.string;
__webpack_unused_export__ = foldFlowLines.foldFlowLines;
__webpack_unused_export__ = stringifyNumber.stringifyNumber;
exports.Nx = stringifyString.stringifyString;


/***/ })

};
