export const id = 92;
export const ids = [92];
export const modules = {

/***/ 6092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  previewCommand: () => (/* binding */ previewCommand)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 3 modules
var src = __webpack_require__(8839);
// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 1 modules
var load = __webpack_require__(4005);
// EXTERNAL MODULE: ./packages/lint/src/index.ts + 25 modules
var lint_src = __webpack_require__(6236);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 49 modules
var policy_src = __webpack_require__(5247);
// EXTERNAL MODULE: ./packages/core/src/model/applications.ts
var applications = __webpack_require__(2100);
// EXTERNAL MODULE: ./packages/preview/src/sets.ts
var src_sets = __webpack_require__(5663);
;// CONCATENATED MODULE: ./packages/preview/src/checks.ts


/** RFC 1123 label characters; the length is checked on its own for a clearer message. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LABEL = 63;
/** Argo CD's cascade-deleting finalizer, alone or with its /foreground or /background suffix. */
const FINALIZER = /^resources-finalizer\.argocd\.argoproj\.io(\/(foreground|background))?$/;
/** ApplicationSet policies under which the controller never deletes a generated Application. */
const NO_DELETE = ["create-only", "create-update"];
/** Every preview check for one ApplicationSet's Applications. */
function checks_checkPreviews(ctx) {
    const out = [];
    const at = (rule, message, app, severity = "error") => {
        const f = { tool: "preview", rule, severity, message, file: ctx.set.file, line: ctx.set.line };
        if (app) {
            f.resource = { apiVersion: "argoproj.io/v1alpha1", kind: "Application", name: app.name };
            if (app.namespace)
                f.resource.namespace = app.namespace;
            if (app.targets[0])
                f.target = app.targets[0];
        }
        out.push(f);
    };
    const setName = `ApplicationSet ${ctx.set.name}`;
    const policy = (0,src_sets/* specOf */.r)(ctx.set).syncPolicy;
    const preserved = (0,applications/* isObject */.Gv)(policy) && policy.preserveResourcesOnDeletion === true;
    if ((0,applications/* isObject */.Gv)(policy)) {
        if (preserved)
            at("preview/teardown-preserve", `${setName}: syncPolicy.preserveResourcesOnDeletion is true, so a closed pull request's preview keeps running after its Application is deleted`);
        const sync = policy.applicationsSync;
        if (typeof sync === "string" && NO_DELETE.includes(sync))
            at("preview/teardown-policy", `${setName}: syncPolicy.applicationsSync is ${sync}, so the controller never deletes the Application of a closed pull request; use create-delete or leave it unset`);
    }
    for (const app of ctx.apps)
        checkName(app, at);
    for (const app of ctx.apps)
        checkApp(app, { ...ctx, preserved }, at);
    if (ctx.longest)
        checkLongest(ctx.longest, ctx.apps, at, setName);
    return out;
}
function checkName(app, at) {
    const ns = app.destination.namespace ?? "";
    for (const [what, value, tooLong, notLabel] of [
        ["Application name", app.name, "preview/name-too-long", "preview/name-not-dns-label"],
        ["namespace", ns, "preview/namespace-too-long", "preview/namespace-not-dns-label"],
    ]) {
        if (what === "namespace" && value === "")
            continue;
        if (value.length > MAX_LABEL)
            at(tooLong, `preview ${what} "${value}" is ${value.length} characters, over the ${MAX_LABEL} a label allows${what === "Application name" ? " (Argo CD's app.kubernetes.io/instance tracking label)" : ""}`, app);
        if (!DNS_LABEL.test(value))
            at(notLabel, `preview ${what} "${value}" is not a DNS label: lower-case letters, digits and "-" only, starting and ending with a letter or digit`, app);
    }
}
function checkApp(app, ctx, at) {
    const manifest = app.manifest;
    const metadata = (0,applications/* isObject */.Gv)(manifest.metadata) ? manifest.metadata : {};
    const spec = (0,applications/* isObject */.Gv)(manifest.spec) ? manifest.spec : {};
    const finalizers = Array.isArray(metadata.finalizers) ? metadata.finalizers : [];
    // Argo CD adds the finalizer to a template that lists none, unless resources are preserved
    // (reported once, on the ApplicationSet); a template that lists others gets none added.
    if (!ctx.preserved && !finalizers.some((f) => typeof f === "string" && FINALIZER.test(f)))
        at("preview/teardown-finalizer", `preview Application ${app.name} has finalizers but not resources-finalizer.argocd.argoproj.io (Argo CD adds it only to a template that lists none): when the pull request closes the Application goes and its resources stay; add it to the template's metadata.finalizers`, app);
    const sync = (0,applications/* isObject */.Gv)(spec.syncPolicy) ? spec.syncPolicy : {};
    const automated = (0,applications/* isObject */.Gv)(sync.automated) ? sync.automated : undefined;
    if (automated?.prune !== true)
        at("preview/no-prune", automated
            ? `preview Application ${app.name} syncs automatically without prune: what a later push removes stays deployed; set syncPolicy.automated.prune: true`
            : `preview Application ${app.name} has no automated sync: pushes to the pull request never reach the preview, and nothing is pruned; set syncPolicy.automated with prune: true`, app);
    const ns = app.destination.namespace ?? "";
    if (ns === "")
        return;
    const env = ctx.envNamespaces.get(ns);
    if (env !== undefined)
        at("preview/shared-namespace", `preview Application ${app.name} deploys into namespace ${ns}, which Application ${env} of a real environment deploys into: the preview would overwrite and, on teardown, delete its resources`, app);
    else if (ctx.otherNamespaces.has(ns))
        at("preview/shared-namespace", `preview Application ${app.name} deploys into namespace ${ns}, and so would every other pull request's preview: make the namespace per pull request (e.g. with {{number}})`, app);
    const perPR = ctx.comparedWithOthers ? !ctx.otherNamespaces.has(ns) && env === undefined : false;
    const syncOptions = Array.isArray(sync.syncOptions) ? sync.syncOptions : [];
    const rendered = ctx.renderedNamespaces.get(app.name)?.has(ns) === true;
    const creates = syncOptions.includes("CreateNamespace=true") || rendered;
    if (perPR && !creates)
        at("preview/create-namespace", `preview Application ${app.name} deploys into ${ns}, a namespace per pull request that nothing creates: add CreateNamespace=true to syncPolicy.syncOptions (or a Namespace to the manifests)`, app);
    // Argo CD never deletes a namespace CreateNamespace=true made (argoproj/argo-cd#7875); one in
    // the manifests goes with the rest through the finalizer.
    else if (perPR && !rendered)
        at("preview/namespace-left-behind", `preview Application ${app.name} has its namespace ${ns} made by CreateNamespace=true, which Argo CD does not delete when the Application goes: every closed pull request leaves an empty namespace behind; render a Namespace ${ns} with the preview instead`, app, "warning");
}
/** A name or namespace that fits for this branch but not for the longest slug a branch can have. */
function checkLongest(longest, apps, at, setName) {
    const fits = (v) => v.length <= MAX_LABEL;
    // Only when this pull request's own values fit: otherwise the error above says it already.
    if (!apps.every((a) => fits(a.name) && fits(a.destination.namespace ?? "")))
        return;
    const over = [
        ...longest.names.filter((n) => !fits(n)).map((n) => `name "${n}" (${n.length})`),
        ...longest.namespaces.filter((n) => !fits(n)).map((n) => `namespace "${n}" (${n.length})`),
    ];
    if (over.length === 0)
        return;
    at("preview/long-branch", `${setName}: a pull request from a branch whose branch_slug is 50 characters (the most Argo CD makes) would get ${over.join(" and ")}, over 63 characters; shorten the template's fixed part or use {{number}} instead of {{branch_slug}}`, undefined, "warning");
}

// EXTERNAL MODULE: ./packages/lint/src/rendered.ts
var rendered = __webpack_require__(7058);
// EXTERNAL MODULE: ./packages/render/src/private.ts
var src_private = __webpack_require__(6049);
;// CONCATENATED MODULE: ./packages/preview/src/rendered.ts


async function renderPreview(model, targets, env) {
    const own = await (0,src_private/* renderPrivately */.L)({ repo: model.repo, model, only: targets, ...(env ? { env } : {}) });
    try {
        // A private render repeats the model's findings about every target; only these are ours.
        const findings = own.findings.filter((f) => f.target !== undefined && targets.has(f.target));
        const read = (0,rendered/* readRendered */.w)(model.repo, own.index.targets.filter((t) => targets.has(t.id)));
        findings.push(...read.findings);
        const objects = new Map();
        for (const r of read.resources) {
            const list = objects.get(r.target.id) ?? [];
            list.push(r.value);
            objects.set(r.target.id, list);
        }
        return { objects, findings };
    }
    finally {
        own.dispose();
    }
}

// EXTERNAL MODULE: ./packages/core/src/appset/goregexp/index.ts + 1 modules
var goregexp = __webpack_require__(287);
;// CONCATENATED MODULE: ./packages/preview/src/selection.ts


/** A pull request as Dependabot opens it (branch dependabot/<ecosystem>/<dependency>-<version>). */
const DEPENDABOT = {
    branch: "dependabot/npm_and_yarn/lodash-4.17.21",
    title: "Bump lodash from 4.17.20 to 4.17.21",
};
/** Labels Dependabot adds by default; a required label among these does not keep it out. */
const DEPENDABOT_LABELS = new Set(["dependencies"]);
function filtersOf(generator) {
    const list = Array.isArray(generator.filters) ? generator.filters : [];
    return list.filter(applications/* isObject */.Gv).map((f) => ({
        ...(typeof f.branchMatch === "string" ? { branch: f.branchMatch } : {}),
        ...(typeof f.targetBranchMatch === "string" ? { target: f.targetBranchMatch } : {}),
        ...(typeof f.titleMatch === "string" ? { title: f.titleMatch } : {}),
    }));
}
function labelsOf(generator) {
    for (const provider of Object.values(generator)) {
        if ((0,applications/* isObject */.Gv)(provider) && Array.isArray(provider.labels))
            return provider.labels.filter((l) => typeof l === "string");
    }
    return [];
}
/** regexp.MatchString; a pattern that does not compile is the expansion's error, not ours. */
function matches(pattern, text) {
    if (pattern === undefined)
        return true;
    try {
        return goregexp/* GoRegexp */.Y.compile(pattern).test(text);
    }
    catch (err) {
        if (err instanceof goregexp/* RegexpError */.w)
            return true;
        throw err;
    }
}
/** Warnings about drafts and Dependabot pull requests one set would preview. */
function checkSelection(set, pr, selected) {
    const out = [];
    const warn = (rule, message) => out.push({ tool: "preview", rule, severity: "warning", message, file: set.file, line: set.line });
    const draftsOpen = set.generators.some((g) => {
        const filters = filtersOf(g);
        // A required label is opted into by a person; so is a title every filter insists on.
        return labelsOf(g).length === 0 && !(filters.length > 0 && filters.every((f) => f.title !== undefined));
    });
    if (draftsOpen || (selected && pr.draft)) {
        const now = selected && pr.draft ? ` (pull request #${pr.number} is a draft and gets one)` : "";
        warn("preview/drafts", `ApplicationSet ${set.name} previews draft pull requests${now}: the pullRequest generator cannot see GitHub's draft flag, so require a label (github.labels: [preview]) that authors add when the pull request is ready`);
    }
    const dependabotOpen = set.generators.some((g) => {
        const labels = labelsOf(g);
        if (labels.some((l) => !DEPENDABOT_LABELS.has(l)))
            return false;
        const filters = filtersOf(g);
        if (filters.length === 0)
            return true;
        return filters.some((f) => matches(f.branch, DEPENDABOT.branch) &&
            matches(f.target, pr.targetBranch) &&
            matches(f.title, DEPENDABOT.title));
    });
    const isDependabot = pr.author === "dependabot[bot]" || pr.branch.startsWith("dependabot/");
    if (dependabotOpen || (selected && isDependabot)) {
        const now = selected && isDependabot ? ` (pull request #${pr.number} is Dependabot's and gets one)` : "";
        warn("preview/dependabot", `ApplicationSet ${set.name} previews Dependabot's pull requests${now}: require a label Dependabot does not add, or a branchMatch that rejects dependabot/ branches`);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/preview/src/urls.ts
/**
 * Where a preview answers: the hosts of its rendered Ingress, Gateway API HTTPRoute and Istio
 * VirtualService objects. A host is https:// when the objects say TLS terminates for it (an
 * Ingress tls entry, an HTTPS/TLS listener of a rendered Gateway or a parentRef section named for
 * it, an Istio Gateway server with tls), else http://. Wildcards and in-mesh names are no URL.
 */

const list = (v) => (Array.isArray(v) ? v : []);
const strings = (v) => list(v).filter((x) => typeof x === "string");
const obj = (v) => ((0,applications/* isObject */.Gv)(v) ? v : {});
/** A host a browser can open: a dotted name with no wildcard, not a cluster-internal one. */
function publicHost(host) {
    return host.includes(".") && !host.includes("*") && !/\.svc(\.cluster\.local)?$/.test(host);
}
function ingressHosts(o, add) {
    const spec = obj(o.spec);
    const tls = new Set(list(spec.tls).flatMap((t) => strings(obj(t).hosts)));
    for (const rule of list(spec.rules)) {
        const host = obj(rule).host;
        if (typeof host === "string")
            add(host, tls.has(host));
    }
    for (const host of tls)
        add(host, true);
}
/** HTTPS listeners of the rendered Gateway API Gateways, by `namespace/name#section` and `namespace/name`. */
function gatewayTls(objects, kind) {
    const out = new Set();
    for (const o of objects) {
        const api = typeof o.apiVersion === "string" ? o.apiVersion : "";
        if (o.kind !== "Gateway")
            continue;
        const meta = obj(o.metadata);
        const key = `${typeof meta.namespace === "string" ? meta.namespace : ""}/${String(meta.name)}`;
        if (kind === "gateway-api" && api.startsWith("gateway.networking.k8s.io/")) {
            for (const l of list(obj(o.spec).listeners)) {
                const listener = obj(l);
                if (listener.protocol === "HTTPS" || listener.protocol === "TLS") {
                    out.add(`${key}#${String(listener.name)}`);
                    out.add(key);
                }
            }
        }
        else if (kind === "istio" && api.startsWith("networking.istio.io/")) {
            if (list(obj(o.spec).servers).some((s) => (0,applications/* isObject */.Gv)(obj(s).tls) || obj(obj(s).port).protocol === "HTTPS"))
                out.add(key);
        }
    }
    return out;
}
function routeHosts(o, namespace, tls, add) {
    const spec = obj(o.spec);
    const secure = list(spec.parentRefs).some((p) => {
        const ref = obj(p);
        const ns = typeof ref.namespace === "string" ? ref.namespace : namespace;
        const section = typeof ref.sectionName === "string" ? ref.sectionName : "";
        const key = `${ns}/${String(ref.name)}`;
        return ((section ? tls.has(`${key}#${section}`) : tls.has(key)) ||
            /https|tls/i.test(section) ||
            ref.port === 443);
    });
    for (const host of strings(spec.hostnames))
        add(host, secure);
}
function virtualServiceHosts(o, namespace, tls, add) {
    const spec = obj(o.spec);
    // No gateway, or only the mesh: the hosts are service names inside the cluster.
    const gateways = strings(spec.gateways).filter((g) => g !== "mesh");
    if (gateways.length === 0)
        return;
    const secure = gateways.some((g) => tls.has(g.includes("/") ? g : `${namespace}/${g}`));
    for (const host of strings(spec.hosts))
        add(host, secure);
}
/**
 * The URLs of one preview's rendered objects, sorted, each host once (https wins). `namespace`
 * is where namespaced objects without one land (the Application's destination).
 */
function previewUrls(objects, namespace) {
    const hosts = new Map();
    const add = (host, tls) => {
        const h = host.trim().toLowerCase();
        if (publicHost(h))
            hosts.set(h, (hosts.get(h) ?? false) || tls);
    };
    const gatewayApi = gatewayTls(objects, "gateway-api");
    const istio = gatewayTls(objects, "istio");
    for (const o of objects) {
        const api = typeof o.apiVersion === "string" ? o.apiVersion : "";
        const meta = obj(o.metadata);
        const ns = typeof meta.namespace === "string" ? meta.namespace : namespace;
        if (o.kind === "Ingress" && api.startsWith("networking.k8s.io/"))
            ingressHosts(o, add);
        else if (o.kind === "HTTPRoute" && api.startsWith("gateway.networking.k8s.io/"))
            routeHosts(o, ns, gatewayApi, add);
        else if (o.kind === "VirtualService" && api.startsWith("networking.istio.io/"))
            virtualServiceHosts(o, ns, istio, add);
    }
    return [...hosts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([h, tls]) => `${tls ? "https" : "http"}://${h}`);
}

;// CONCATENATED MODULE: ./packages/preview/src/variants.ts

/** A head SHA that differs from `sha` in every character, so short SHAs differ too. */
function otherSha(sha) {
    return sha.replace(/[0-9a-f]/gi, (c) => (parseInt(c, 16) ^ 0xf).toString(16));
}
/**
 * Pull requests that differ from `pr` in number, branch and head, and pass the same label and
 * title filters: the first one a set selects stands for "another pull request". Two branch
 * spellings, since a branchMatch may anchor either end. `longestBranch` has a branch whose slug
 * is as long as branch_slug gets.
 */
function otherPullRequests(pr) {
    const other = (branch) => ({
        ...pr,
        number: pr.number + 1,
        branch,
        headSha: otherSha(pr.headSha),
    });
    return {
        compare: [other(`${pr.branch}-other`), other(`other-${pr.branch}`)],
        // "-a" pairs: the slug is cut at a dash, so it ends up 49 or 50 characters long.
        longestBranch: { ...pr, branch: `${pr.branch}${"-a".repeat(30)}` },
    };
}
/** What a set's pullRequest generators require of a pull request, for the "no preview" message. */
function describeSelection(set) {
    const parts = set.generators.map((g) => {
        const needs = [];
        for (const [provider, cfg] of Object.entries(g)) {
            if (!(0,applications/* isObject */.Gv)(cfg) || provider === "filters")
                continue;
            const labels = Array.isArray(cfg.labels) ? cfg.labels.filter((l) => typeof l === "string") : [];
            if (labels.length > 0)
                needs.push(`every label of [${labels.join(", ")}]`);
        }
        const filters = Array.isArray(g.filters) ? g.filters.filter(applications/* isObject */.Gv) : [];
        const described = filters.map((f) => ["branchMatch", "targetBranchMatch", "titleMatch"]
            .filter((k) => typeof f[k] === "string")
            .map((k) => `${k} ${JSON.stringify(f[k])}`)
            .join(" and "));
        if (described.length > 0)
            needs.push(`one of the filters ${described.join(" | ")}`);
        return needs.length > 0 ? needs.join(", ") : "a pull request of the repository it watches";
    });
    return `ApplicationSet ${set.name} (${set.file}) needs ${parts.join(" or ")}`;
}

;// CONCATENATED MODULE: ./packages/preview/src/run.ts









/** Expands the repository's pullRequest ApplicationSets for one pull request. */
async function run_expandPreview(repo, request, env) {
    const model = await (0,load/* loadModel */.c)(repo, { pullRequest: request, ...(env ? { env } : {}) });
    const sets = new src_sets/* PreviewSets */.m(model);
    const bySet = sets.sets.map((set) => ({
        set,
        apps: model.applications.filter((a) => a.applicationSet === set.name && a.file === set.file),
    }));
    const findings = model.findings.filter((f) => sets.sets.some((s) => f.file === s.file && f.message.startsWith(`ApplicationSet ${s.name}`)));
    const expansion = { model, sets, bySet, findings };
    if (sets.sets.length === 0)
        expansion.message = `no ApplicationSet in the repository has a pullRequest generator, so pull request #${request.number} gets no preview`;
    else if (bySet.every((s) => s.apps.length === 0))
        expansion.message = `no pullRequest generator selects pull request #${request.number}, so it gets no preview: ${bySet.map((s) => describeSelection(s.set)).join("; ")}`;
    return expansion;
}
/**
 * What keeps a closed pull request's previews from being torn down (the teardown rules only,
 * which need no render): for the comment that says they are gone.
 */
function run_teardownFindings(expansion) {
    return expansion.bySet
        .filter((s) => s.apps.length > 0)
        .flatMap(({ set, apps }) => checkPreviews({
        set,
        apps,
        otherNamespaces: new Set(),
        comparedWithOthers: false,
        longest: undefined,
        envNamespaces: new Map(),
        renderedNamespaces: new Map(),
    }))
        .filter((f) => f.rule.startsWith("preview/teardown-"));
}
/** The preview of one pull request, rendered and checked. */
async function run_runPreview(o) {
    const expansion = await run_expandPreview(o.repo, o.request, o.env);
    const { model, sets, bySet } = expansion;
    const report = {
        pullRequest: o.request.number,
        applications: [],
        findings: [...expansion.findings],
        applicationSets: bySet.map((s) => ({
            name: s.set.name,
            file: s.set.file,
            line: s.set.line,
            generated: s.apps.length,
        })),
    };
    if (expansion.message !== undefined) {
        report.message = expansion.message;
        return report;
    }
    const apps = bySet.flatMap((s) => s.apps);
    const known = new Set(model.targets.filter((t) => !t.skipReason).map((t) => t.id));
    const targets = new Set(apps.flatMap((a) => a.targets).filter((id) => known.has(id)));
    const env = o.env ? { env: o.env } : {};
    const rendered = await renderPreview(model, targets, o.env);
    report.findings.push(...rendered.findings);
    const objects = rendered.objects;
    const objectsOf = (app) => app.targets.flatMap((id) => objects.get(id) ?? []);
    const previewNames = new Set(apps.map((a) => `${a.file}#${a.name}`));
    const envNamespaces = new Map();
    for (const a of model.applications) {
        const ns = a.destination.namespace;
        if (ns && !previewNames.has(`${a.file}#${a.name}`) && !envNamespaces.has(ns))
            envNamespaces.set(ns, a.name);
    }
    const renderedNamespaces = new Map(apps.map((a) => [
        a.name,
        new Set(objectsOf(a).flatMap((x) => (x.kind === "Namespace" ? [nameOf(x)] : []))),
    ]));
    const others = otherPullRequests(o.request);
    for (const { set, apps: generated } of bySet) {
        report.findings.push(...checkSelection(set, o.request, generated.length > 0));
        if (generated.length === 0)
            continue;
        let other;
        for (const pr of others.compare) {
            const made = sets.expandFor(set, pr);
            if (made.length > 0) {
                other = made;
                break;
            }
        }
        const longest = sets.expandFor(set, others.longestBranch);
        report.findings.push(...checks_checkPreviews({
            set,
            apps: generated,
            otherNamespaces: new Set((other ?? []).map(namespaceOf).filter((n) => n !== "")),
            comparedWithOthers: other !== undefined,
            longest: longest.length > 0
                ? { names: longest.map(nameOf), namespaces: longest.map(namespaceOf).filter((n) => n !== "") }
                : undefined,
            envNamespaces,
            renderedNamespaces,
        }));
    }
    const setFiles = [...new Set(bySet.filter((s) => s.apps.length > 0).map((s) => s.set.file))];
    const linted = await (0,lint_src/* lint */.u8)({
        repo: model.repo,
        model,
        files: setFiles,
        cwd: model.repo,
        ...env,
        ...(o.kubeVersion ? { kubeVersion: o.kubeVersion } : {}),
    });
    // The render was reported above, once; render, lint and policy each carry the model's own
    // findings (an unknown env, say), which are reported once too.
    const reported = new Set(report.findings.map(findingKey));
    const fresh = (f) => f.tool !== "render" && !reported.has(findingKey(f));
    report.findings.push(...linted.findings.filter(fresh));
    for (const f of linted.findings)
        reported.add(findingKey(f));
    const policy = await (0,policy_src/* runPolicyCheck */.ov)({ repo: model.repo, model, targets, ...env });
    report.findings.push(...policy.findings.filter(fresh));
    report.applications = apps
        .map((a) => ({
        name: a.name,
        namespace: a.destination.namespace ?? "",
        targets: [...a.targets],
        urls: previewUrls(objectsOf(a), a.destination.namespace ?? ""),
        applicationSet: a.applicationSet ?? "",
        file: a.file,
        line: a.line,
    }))
        .sort((a, b) => a.name.localeCompare(b.name));
    return report;
}
/** Two findings with this key say the same thing about the same place. */
function findingKey(f) {
    return JSON.stringify([f.tool, f.rule, f.severity, f.file ?? "", f.line ?? 0, f.target ?? "", f.message]);
}
function nameOf(o) {
    const meta = o.metadata;
    return typeof meta === "object" && meta !== null && typeof meta.name === "string"
        ? meta.name
        : "";
}
function namespaceOf(o) {
    const spec = o.spec;
    const ns = spec?.destination?.namespace;
    return typeof ns === "string" ? ns : "";
}

;// CONCATENATED MODULE: ./packages/preview/src/rules.ts
/** The preview checks' rule ids, with what each one means (for --help, SARIF and the README). */
const PREVIEW_RULES = {
    "preview/name-too-long": "a generated Application name over 63 characters: Argo CD's app.kubernetes.io/instance tracking label cannot hold it",
    "preview/name-not-dns-label": "a generated Application name that is not a DNS label (RFC 1123)",
    "preview/namespace-too-long": "a preview namespace over 63 characters",
    "preview/namespace-not-dns-label": "a preview namespace that is not a DNS label (RFC 1123)",
    "preview/long-branch": "(warning) a branch whose slug is as long as branch_slug allows (50) would make a name or namespace over 63 characters",
    "preview/shared-namespace": "a preview namespace that other pull requests' previews, or a real environment, deploy into as well",
    "preview/teardown-finalizer": "the template lists finalizers but not resources-finalizer.argocd.argoproj.io (Argo CD adds it only to a template that lists none): deleting the Application leaves its resources running",
    "preview/teardown-preserve": "syncPolicy.preserveResourcesOnDeletion: true keeps the resources when the pull request closes",
    "preview/teardown-policy": "syncPolicy.applicationsSync create-only or create-update: the controller never deletes a closed pull request's Application",
    "preview/create-namespace": "a per-pull-request namespace that nothing creates: no CreateNamespace=true and no Namespace in the manifests",
    "preview/namespace-left-behind": "(warning) a per-pull-request namespace made only by CreateNamespace=true: Argo CD does not delete it with the Application",
    "preview/no-prune": "no automated sync with prune: what a later push removes stays deployed",
    "preview/drafts": "(warning) draft pull requests get previews: no label or titleMatch filter keeps them out",
    "preview/dependabot": "(warning) Dependabot pull requests get previews: no label, branchMatch or titleMatch filter keeps them out",
};

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/preview/src/request.ts
/** A pull request's parameters, checked at the edge (CLI flags or the event payload). */

const CLI_NAMES = {
    number: "--pr",
    branch: "--branch",
    headSha: "--head-sha",
    targetBranch: "--target-branch",
};
const shown = (v) => JSON.stringify(v.length > 100 ? `${v.slice(0, 100)}…` : v);
/**
 * Checks and normalises a pull request: a positive whole number, a branch and a target branch
 * that git could name, a hexadecimal head SHA (Argo CD's short SHAs are its first 8 and 7
 * characters), labels split on commas with blanks dropped.
 */
function request_parseRequest(input, names = CLI_NAMES) {
    const number = typeof input.number === "number" ? String(input.number) : (input.number ?? "").trim();
    if (!/^\d+$/.test(number) || Number(number) < 1 || !Number.isSafeInteger(Number(number)))
        throw new errors/* UserError */.yo(`${names.number} must be a pull request number (a whole number from 1), got ${shown(number)}`);
    const branch = ref(input.branch, names.branch, true);
    const targetBranch = ref(input.targetBranch ?? "main", names.targetBranch, false);
    const headSha = (input.headSha ?? "").trim();
    if (!/^[0-9a-f]{4,64}$/i.test(headSha))
        throw new errors/* UserError */.yo(`${names.headSha} must be a commit SHA (4 to 64 hexadecimal digits), got ${shown(headSha)}`);
    const labels = (typeof input.labels === "string" ? input.labels.split(",") : [...(input.labels ?? [])])
        .map((l) => l.trim())
        .filter((l) => l !== "");
    return {
        number: Number(number),
        branch,
        targetBranch,
        headSha: headSha.toLowerCase(),
        labels: [...new Set(labels)],
        title: input.title ?? "",
        author: input.author ?? "",
        draft: input.draft === true,
    };
}
/** A branch name: required where the pull request must have one; no control characters or spaces. */
function ref(value, name, required) {
    const v = (value ?? "").trim();
    if (v === "") {
        if (required)
            throw new errors/* UserError */.yo(`${name} is required: the pull request's branch`);
        throw new errors/* UserError */.yo(`${name} must not be empty`);
    }
    // eslint-disable-next-line no-control-regex -- control characters are what git refuses
    if (/[\u0000-\u001f\u007f\s~^:?*[\\]/.test(v) || v.startsWith("-") || v.includes(".."))
        throw new errors/* UserError */.yo(`${name} is not a branch name git allows: ${shown(v)}`);
    return v;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/preview/src/event.ts
/**
 * The pull request of a `pull_request` event payload, with what a preview needs beyond the base
 * and head the shared context reads: labels, title, author, draft, and the event's action.
 */



const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** Reads `file` (GITHUB_EVENT_PATH); a payload without a pull request is a UserError naming it. */
function readPullRequestEvent(file) {
    let payload;
    try {
        payload = JSON.parse(readFileSync(file, "utf8"));
    }
    catch (err) {
        throw new UserError(`cannot read the event file ${file}: ${messageOf(err)}`, file);
    }
    if (!isObject(payload) || !isObject(payload.pull_request))
        throw new UserError(`the event file ${file} holds no pull_request: run the preview on pull_request events (opened, synchronize, labeled, closed)`, file);
    const pr = payload.pull_request;
    const head = isObject(pr.head) ? pr.head : {};
    const base = isObject(pr.base) ? pr.base : {};
    const user = isObject(pr.user) ? pr.user : {};
    const text = (v) => (typeof v === "string" ? v : undefined);
    const where = (field) => `pull_request.${field} of the event file ${file}`;
    const request = parseRequest({
        number: typeof pr.number === "number" ? pr.number : text(pr.number),
        branch: text(head.ref),
        headSha: text(head.sha),
        targetBranch: text(base.ref) ?? "",
        labels: (Array.isArray(pr.labels) ? pr.labels : []).flatMap((l) => isObject(l) && typeof l.name === "string" ? [l.name] : []),
        title: text(pr.title),
        author: text(user.login),
        draft: pr.draft === true,
    }, {
        number: where("number"),
        branch: where("head.ref"),
        headSha: where("head.sha"),
        targetBranch: where("base.ref"),
    });
    const action = text(payload.action) ?? "";
    return { request, action, closed: action === "closed" || pr.state === "closed" };
}

// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(3140);
// EXTERNAL MODULE: ./packages/core/src/reporters/index.ts + 6 modules
var reporters = __webpack_require__(8286);
;// CONCATENATED MODULE: ./packages/preview/src/markdown.ts
/** The sticky pull request comment of a preview: what it creates, where it answers, what is wrong. */


/** The hidden marker of the preview's sticky comment. */
const COMMENT_MARKER = "preview";
const code = (s) => `<code>${markdownCell(s)}</code>`;
function heading(request) {
    return `### Preview of #${request.number} at ${code(request.headSha.slice(0, 8))}`;
}
/** The comment while the pull request is open. */
function markdown_previewComment(report, request, failOn = "error") {
    const out = [heading(request), ""];
    if (report.applications.length === 0) {
        out.push(`No preview: ${markdownCell(report.message ?? "no Application was generated")}`);
    }
    else {
        const counts = countBySeverity(report.findings);
        const state = failsAt(report.findings, failOn) ? "❌" : "✅";
        out.push(`${state} ${report.applications.length} Application(s), ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)`, "", "| Application | Namespace | URLs |", "| --- | --- | --- |", ...report.applications.map((a) => `| ${code(a.name)} | ${a.namespace ? code(a.namespace) : "—"} | ${a.urls.map((u) => markdownCell(u)).join("<br>") || "—"} |`));
    }
    if (report.findings.length > 0) {
        out.push("", toSummaryMarkdown(report.findings, { title: "Preview findings", failOn }).replace(/^## /, "#### "));
    }
    return `${out.join("\n").trimEnd()}\n`;
}
/**
 * The comment once the pull request is closed: Argo CD deletes the Applications it generated.
 * `verified` false (Argo CD still has them) changes the heading; `live` is the teardown section.
 */
function markdown_closedComment(apps, request, findings = [], verified) {
    const state = verified && !verified.done ? "teardown not complete" : "torn down";
    const out = [`### Preview of #${request.number}: ${state}`, ""];
    if (apps.length === 0) {
        out.push("The pull request is closed; it had no preview.");
    }
    else {
        out.push("The pull request is closed, so Argo CD's pullRequest generator deletes these Applications, and their resources finalizer deletes what they deployed:", "", "| Application | Namespace |", "| --- | --- |", ...apps.map((a) => `| ${code(a.name)} | ${a.namespace ? code(a.namespace) : "—"} |`));
        const teardown = findings.filter((f) => f.rule.startsWith("preview/teardown-"));
        if (teardown.length > 0)
            out.push("", "⚠️ Teardown is not guaranteed:", "", ...teardown.map((f) => `- ${markdownCell(f.message)}`));
    }
    if (verified)
        out.push("", verified.markdown);
    return `${out.join("\n").trimEnd()}\n`;
}

// EXTERNAL MODULE: ./packages/argocd/src/duration.ts
var duration = __webpack_require__(3990);
;// CONCATENATED MODULE: ./packages/preview/src/live-markdown.ts
/** The live parts of the preview comment: Argo CD's sync and health, and the teardown check. */


const live_markdown_code = (s) => `<code>${markdownCell(s)}</code>`;
/** Said in the comment before the wait, so the pull request shows the checks at once. */
function live_markdown_waitingMarkdown(timeoutMs) {
    return `#### Live in Argo CD\n\n⏳ Waiting up to ${formatDuration(timeoutMs)} for the previews to be Synced and Healthy at the head…\n`;
}
function live_markdown_liveMarkdown(live) {
    const head = live_markdown_code(live.headSha.slice(0, 8));
    const state = live.ready
        ? `✅ Synced and Healthy at ${head} (after ${formatDuration(live.waitedMs)})`
        : `❌ Not Synced and Healthy at ${head} after ${formatDuration(live.waitedMs)}`;
    return [
        "#### Live in Argo CD",
        "",
        state,
        "",
        "| Application | Sync | Health | Revision |",
        "| --- | --- | --- | --- |",
        ...live.apps.map((a) => `| ${live_markdown_code(a.name)} | ${a.present ? markdownCell(a.sync) : "not created yet"} | ${a.present ? markdownCell(a.health) : "—"} | ${a.revision ? live_markdown_code(a.revision.slice(0, 8)) : "—"} |`),
        "",
    ].join("\n");
}
const NAMESPACE = {
    deleted: "deleted with it",
    "left-behind": "⚠️ left behind: not one of its resources (only CreateNamespace=true made it)",
    unknown: "not seen (the Application was gone when first checked)",
    present: "still there",
};
function live_markdown_teardownMarkdown(t, timeoutMs) {
    const present = t.apps.filter((a) => a.state !== "gone");
    const state = t.done
        ? `✅ Torn down: every preview Application is gone from Argo CD (checked after ${formatDuration(t.waitedMs)})`
        : present.length > 0
            ? `❌ Still present after ${formatDuration(timeoutMs)}: ${present.map((a) => live_markdown_code(a.name)).join(", ")}`
            : "❌ The Applications are gone, but a namespace is left behind";
    return [
        "#### Teardown in Argo CD",
        "",
        state,
        "",
        "| Application | Application state | Namespace |",
        "| --- | --- | --- |",
        ...t.apps.map((a) => `| ${live_markdown_code(a.name)} | ${a.state} | ${a.namespace ? `${live_markdown_code(a.namespace)}: ${NAMESPACE[a.namespaceState]}` : "—"} |`),
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./packages/preview/src/sweep.ts


/** The sweeper's view of the repository's preview ApplicationSets. */
function sweepSets(sets) {
    return sets.map((set) => {
        const template = (0,applications/* isObject */.Gv)((0,src_sets/* specOf */.r)(set).template) ? (0,src_sets/* specOf */.r)(set).template : {};
        const meta = (0,applications/* isObject */.Gv)(template.metadata) ? template.metadata : {};
        const name = typeof meta.name === "string" ? meta.name : "";
        const github = set.generators.map((g) => g.github).find(applications/* isObject */.Gv);
        const out = { name: set.name, file: set.file, ...namePattern(name) };
        if (github && typeof github.owner === "string" && typeof github.repo === "string")
            out.github = { owner: github.owner, repo: github.repo };
        return out;
    });
}
/**
 * A name template as a pattern: `{{ .number }}` (or `{{number}}`) captures digits, any other
 * placeholder matches a run of DNS-label characters.
 */
function namePattern(template) {
    let hasNumber = false;
    const parts = template.split(/(\{\{.*?\}\})/).map((part) => {
        if (!part.startsWith("{{"))
            return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        if (/^\{\{-?\s*\.?number\s*-?\}\}$/.test(part) && !hasNumber) {
            hasNumber = true;
            return "(\\d+)";
        }
        return "[a-z0-9.-]*?";
    });
    return { pattern: new RegExp(`^${parts.join("")}$`), hasNumber };
}
const FIELDS = [
    "items.metadata.name",
    "items.metadata.creationTimestamp",
    "items.metadata.ownerReferences",
    "items.spec.project",
];
/** Lists the preview Applications and picks the stale ones. */
async function findStalePreviews(o) {
    const apps = await o.client.listApplications({
        fields: FIELDS,
        ...(o.appNamespace ? { appNamespace: o.appNamespace } : {}),
    });
    const previews = apps.flatMap((a) => {
        const p = instanceOf(a, o.sets, o.now);
        return p ? [p] : [];
    });
    previews.sort((a, b) => a.name.localeCompare(b.name));
    const states = new Map();
    const stale = [];
    for (const p of previews) {
        const set = o.sets.find((s) => s.name === p.applicationSet);
        if (set?.github && p.pullRequest !== undefined) {
            const key = `${set.github.owner}/${set.github.repo}#${p.pullRequest}`;
            let state = states.get(key);
            if (!state) {
                state = o.pullState(set.github, p.pullRequest);
                states.set(key, state);
            }
            const s = await state;
            if (s !== "open") {
                stale.push({ ...p, reason: s });
                continue;
            }
        }
        if (o.ttlMs > 0 && p.ageMs !== undefined && p.ageMs > o.ttlMs)
            stale.push({ ...p, reason: "ttl" });
    }
    return { previews, stale };
}
/** Deletes the stale previews (cascade: their resources, and so a managed namespace, go too). */
async function deleteStalePreviews(client, stale, appNamespace) {
    const deleted = [];
    for (const p of stale) {
        await client.deleteApplication(p.name, {
            cascade: true,
            ...(appNamespace ? { appNamespace } : {}),
            ...(p.project ? { project: p.project } : {}),
        });
        deleted.push(p.name);
    }
    return deleted;
}
function instanceOf(app, sets, now) {
    const name = app.metadata?.name;
    if (!name)
        return undefined;
    const owner = app.metadata?.ownerReferences?.find((r) => r.kind === "ApplicationSet")?.name;
    // An owner that is another ApplicationSet settles it: not a preview of ours.
    const set = owner !== undefined ? sets.find((s) => s.name === owner) : sets.find((s) => s.pattern.test(name));
    if (!set)
        return undefined;
    const out = { name, applicationSet: set.name, project: app.spec?.project ?? "" };
    const m = set.hasNumber ? set.pattern.exec(name) : null;
    if (m?.[1])
        out.pullRequest = Number(m[1]);
    const created = app.metadata?.creationTimestamp;
    if (created && !Number.isNaN(Date.parse(created))) {
        out.createdAt = created;
        out.ageMs = now.getTime() - Date.parse(created);
    }
    return out;
}

// EXTERNAL MODULE: ./packages/promote/src/github.ts
var src_github = __webpack_require__(8221);
;// CONCATENATED MODULE: ./packages/preview/src/sweep-issue.ts
/**
 * The sweeper's report: one open issue, found again by a hidden marker on its first line, that
 * lists the stale previews. It is opened on the first stale preview, edited only when the list
 * changes (so a re-run changes nothing), and closed when nothing is stale any more.
 */


const SWEEP_MARKER = "<!-- gitops-actions:preview-sweep -->";
const SWEEP_TITLE = "Stale preview environments";
const REASONS = {
    closed: "pull request closed",
    merged: "pull request merged",
    missing: "pull request not found",
    ttl: "older than preview.ttl",
};
/** The issue's text: stable for the same stale list, so re-runs leave the issue alone. */
function sweep_issue_sweepIssueBody(stale, deleted, ttl) {
    const gone = new Set(deleted);
    const rows = stale.map((p) => `| \`${p.name}\` | \`${p.applicationSet}\` | ${p.pullRequest !== undefined ? `#${p.pullRequest}` : "—"} | ${p.createdAt ?? "—"} | ${REASONS[p.reason]} | ${gone.has(p.name) ? "deleted" : "reported"} |`);
    return [
        SWEEP_MARKER,
        `${stale.length} preview Application(s) outlived their pull request${ttl ? ` or preview.ttl (${ttl})` : ""}.`,
        "Set `preview.sweep: delete` in .gitops.yaml to let the sweeper delete them through Argo CD.",
        "This issue is kept up to date by the preview sweeper and closes itself when nothing is stale.",
        "",
        "| Application | ApplicationSet | Pull request | Created | Why | Action |",
        "| --- | --- | --- | --- | --- | --- |",
        ...rows,
        "",
    ].join("\n");
}
/** Opens, updates or closes the sweep issue so that it says `body` (undefined: nothing is stale). */
async function syncSweepIssue(gh, body) {
    const open = (await call("listing the open issues", () => (0,src_github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/issues", {
        state: "open",
        sort: "created",
        direction: "asc",
    }))).filter((i) => !i.pull_request && (i.body ?? "").split(/\r?\n/, 1)[0] === SWEEP_MARKER);
    const issue = open.sort((a, b) => a.number - b.number)[0];
    const at = (n) => ({ owner: gh.owner, repo: gh.repo, issue_number: n });
    if (body === undefined) {
        if (!issue)
            return { action: "none" };
        await call(`closing issue #${issue.number}`, () => gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
            ...at(issue.number),
            state: "closed",
            state_reason: "completed",
        }));
        return { action: "closed", number: issue.number, url: issue.html_url };
    }
    if (!issue) {
        const { data } = await call("opening the sweep issue", () => gh.client.request("POST /repos/{owner}/{repo}/issues", {
            owner: gh.owner,
            repo: gh.repo,
            title: SWEEP_TITLE,
            body,
        }));
        const created = data;
        return { action: "opened", number: created.number, url: created.html_url };
    }
    if (issue.body === body)
        return { action: "unchanged", number: issue.number, url: issue.html_url };
    await call(`updating issue #${issue.number}`, () => gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...at(issue.number), body }));
    return { action: "updated", number: issue.number, url: issue.html_url };
}
/** A pull request's state from GitHub: open, closed, merged, or missing (404). */
function pullStateFrom(client) {
    return async (github, number) => {
        try {
            const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
                owner: github.owner,
                repo: github.repo,
                pull_number: number,
            });
            const pr = data;
            if (pr.state === "open")
                return "open";
            return pr.merged_at ? "merged" : "closed";
        }
        catch (err) {
            if ((0,src_github/* statusOf */.c2)(err) === 404)
                return "missing";
            throw new errors/* UserError */.yo(`GitHub refused reading pull request ${github.owner}/${github.repo}#${number}: ${sweep_issue_messageOf(err)}`);
        }
    };
}
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        const status = (0,src_github/* statusOf */.c2)(err);
        const hint = status === 403 || status === 404 ? " (the token needs issues: write)" : "";
        throw new errors/* UserError */.yo(`GitHub refused ${what}${hint}: ${sweep_issue_messageOf(err)}`);
    }
}
function sweep_issue_messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./packages/preview/src/sweep-run.ts





async function runSweep(o) {
    const model = await (0,load/* loadModel */.c)(o.repo);
    const { ttl, sweep: mode } = model.config.preview;
    const ttlMs = ttl ? (0,duration/* parseDuration */.E)(ttl, ".gitops.yaml preview.ttl") : 0;
    const sets = sweepSets(new src_sets/* PreviewSets */.m(model).sets);
    const report = { previews: [], stale: [], deleted: [], mode, ttl };
    if (sets.length === 0) {
        report.message = "no ApplicationSet in the repository has a pullRequest generator: nothing to sweep";
    }
    else {
        const appNamespace = model.config.argocd.appNamespace;
        const found = await findStalePreviews({
            client: o.client,
            appNamespace,
            sets,
            ttlMs,
            now: o.now ?? new Date(),
            // Without GitHub a pull request counts as open: only the TTL can make it stale.
            pullState: o.github ? pullStateFrom(o.github.client) : () => Promise.resolve("open"),
        });
        report.previews = found.previews;
        report.stale = found.stale;
        if (mode === "delete")
            report.deleted = await deleteStalePreviews(o.client, found.stale, appNamespace);
    }
    if (o.github && o.keepIssue !== false) {
        const body = report.stale.length > 0 ? sweep_issue_sweepIssueBody(report.stale, report.deleted, ttl) : undefined;
        report.issue = await syncSweepIssue(o.github, body);
    }
    return report;
}

;// CONCATENATED MODULE: ./packages/preview/src/sweep-summary.ts
/** A sweeper run told to people: the log lines and the job summary of the preview action's sweep. */

/** One line for the counts, one per stale preview, one for the issue. */
function sweepLogLines(report) {
    return [
        ...(report.message ? [report.message] : []),
        `${report.previews.length} preview Application(s), ${report.stale.length} stale, ${report.deleted.length} deleted (preview.sweep: ${report.mode})`,
        ...report.stale.map((p) => `stale: ${p.name} (${p.reason}${p.pullRequest !== undefined ? `, #${p.pullRequest}` : ""})`),
        ...(report.issue
            ? [`sweep issue: ${report.issue.action}${report.issue.url ? ` ${report.issue.url}` : ""}`]
            : []),
    ];
}
/** The job summary: the issue's table of stale previews without its title, or that none is stale. */
function sweepSummaryMarkdown(report) {
    return report.stale.length > 0
        ? `### Stale previews\n\n${sweepIssueBody(report.stale, report.deleted, report.ttl).split("\n").slice(1).join("\n")}`
        : `### Stale previews\n\nNone of ${report.previews.length} preview Application(s) is stale.\n`;
}

;// CONCATENATED MODULE: ./packages/preview/src/event-run.ts
/**
 * The preview action's work on a pull_request event: an open pull request's previews checked
 * (and, with Argo CD, waited for until Synced and Healthy at the head); a closed one's listed for
 * teardown (and, with Argo CD, verified gone). The action only reads inputs and writes outputs.
 */





/** Runs the preview (open) or the teardown (closed) for the event's pull request. */
function previewEvent(o) {
    return o.closed ? closedPreview(o) : openPreview(o);
}
async function openPreview(o) {
    const { request, argo, io } = o;
    const report = await runPreview({
        repo: o.repo,
        request,
        ...(o.kubeVersion ? { kubeVersion: o.kubeVersion } : {}),
    });
    const previewed = report.applications.length > 0;
    const counts = countBySeverity(report.findings);
    io.info(previewed
        ? `pull request #${request.number}: ${report.applications.length} preview Application(s), ${counts.error} error(s), ${counts.warning} warning(s)`
        : (report.message ?? "no preview"));
    io.annotate(report.findings);
    let body = previewComment(report, request, o.failOn);
    let live = "off";
    if (argo && previewed) {
        // The checks are worth seeing at once; the live part replaces the waiting line when known.
        await io.progress(`${body}\n${waitingMarkdown(argo.timeoutMs)}`);
        const result = await waitForPreviews({ ...argo, apps: report.applications, headSha: request.headSha });
        live = result.ready ? "ready" : "timeout";
        body = `${body}\n${liveMarkdown(result)}`;
        io.info(result.ready ? "previews Synced and Healthy at the head" : "previews not Synced and Healthy in time");
    }
    return {
        status: previewed ? "previewed" : "none",
        applications: report.applications.map(({ name, namespace, targets, urls }) => ({
            name,
            namespace,
            targets,
            urls,
        })),
        errors: counts.error,
        warnings: counts.warning,
        live,
        body,
        previewed,
        failed: live === "timeout" || failsAt(report.findings, o.failOn),
    };
}
async function closedPreview(o) {
    const { request, argo, io } = o;
    const expansion = await expandPreview(o.repo, request);
    const apps = expansion.bySet
        .flatMap((s) => s.apps)
        .map((a) => ({ name: a.name, namespace: a.destination.namespace ?? "", targets: a.targets }));
    const previewed = apps.length > 0;
    const teardown = teardownFindings(expansion);
    io.annotate(teardown);
    let verified;
    if (argo && previewed) {
        const t = await verifyTeardown({ ...argo, apps });
        verified = { done: t.done, markdown: teardownMarkdown(t, argo.timeoutMs) };
        io.info(t.done ? "teardown verified in Argo CD" : "teardown not complete in Argo CD");
    }
    const body = closedComment(apps, request, teardown, verified);
    io.info(`pull request #${request.number} is closed: ${apps.length} preview Application(s) to be torn down`);
    return {
        status: "closed",
        applications: apps.map((a) => ({ ...a, urls: [] })),
        errors: teardown.length,
        warnings: 0,
        live: verified ? (verified.done ? "torn-down" : "present") : "off",
        body,
        previewed,
        failed: verified?.done === false,
    };
}

;// CONCATENATED MODULE: ./packages/preview/src/index.ts
/**
 * Preview environments: the Applications an ApplicationSet pullRequest generator would create
 * for one pull request, rendered and checked before Argo CD creates them.
 */














// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(1428);
// EXTERNAL MODULE: ./packages/cli/src/table.ts
var table = __webpack_require__(2510);
// EXTERNAL MODULE: ./packages/argocd/src/index.ts + 9 modules
var argocd_src = __webpack_require__(4135);
;// CONCATENATED MODULE: ./packages/cli/src/commands/preview-sweep.ts
/**
 * `gitops preview sweep`: the preview Applications Argo CD still has although their pull request
 * is closed, or that outlived `preview.ttl`; deleted when `.gitops.yaml` says `preview.sweep:
 * delete`, and listed in one issue with `--issue`. The work is packages/preview's runSweep.
 */





const SWEEP_HELP = `Usage: gitops preview sweep [--issue] [--json] [--repo DIR]

Lists the preview Applications in Argo CD (ARGOCD_SERVER, ARGOCD_AUTH_TOKEN) generated by the
repository's pullRequest ApplicationSets, and reports those whose pull request is closed (GitHub:
GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL) or that are older than preview.ttl. With
preview.sweep: delete in .gitops.yaml they are deleted through Argo CD (cascade). --issue keeps
one issue listing them in GITHUB_REPOSITORY (opened, updated, closed when nothing is stale).

Exit codes: 0 nothing stale (or all deleted), 1 stale previews reported, 2 bad usage, config or server.`;
async function runPreviewSweep(ctx) {
    const config = (0,src/* loadConfig */.Z9)(ctx.repo).config;
    const { client, settings } = (0,argocd_src/* connect */.Ng)(process.env, config.argocd);
    for (const w of settings.warnings)
        ctx.io.stderr(`warning: ${w}\n`);
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
    let github;
    if (ctx.options.issue === true) {
        const slug = process.env.GITHUB_REPOSITORY ?? "";
        if (!token || !slug)
            throw new src/* UserError */.yo("preview sweep --issue needs GITHUB_TOKEN (or GH_TOKEN) and GITHUB_REPOSITORY");
        github = {
            client: (0,src_github/* fetchClient */.W6)({
                token,
                baseUrl: process.env.GITHUB_API_URL || "https://api.github.com",
                userAgent: `gitops-actions/${src/* VERSION */.xv}`,
            }),
            ...(0,src_github/* parseRepoSlug */.Jj)(slug),
        };
    }
    else if (token) {
        // Only to read pull requests' state; the repository is the one each generator names.
        github = {
            client: (0,src_github/* fetchClient */.W6)({
                token,
                baseUrl: process.env.GITHUB_API_URL || "https://api.github.com",
                userAgent: `gitops-actions/${src/* VERSION */.xv}`,
            }),
            owner: "",
            repo: "",
        };
    }
    const report = await runSweep({
        repo: ctx.repo,
        client,
        ...(github ? { github } : {}),
        keepIssue: ctx.options.issue === true,
    });
    if (ctx.json) {
        ctx.io.stdout(JSON.stringify(report, null, 2) + "\n");
    }
    else {
        if (report.message)
            ctx.io.stdout(`${report.message}\n`);
        const rows = report.stale.map((p) => [
            p.name,
            p.applicationSet,
            p.pullRequest !== undefined ? `#${p.pullRequest}` : "-",
            p.reason,
            report.deleted.includes(p.name) ? "deleted" : "reported",
        ]);
        if (rows.length > 0)
            ctx.io.stdout((0,table/* formatTable */.k)(["APPLICATION", "APPLICATIONSET", "PR", "WHY", "ACTION"], rows) + "\n");
        ctx.io.stdout(`${report.previews.length} preview Application(s), ${report.stale.length} stale, ${report.deleted.length} deleted (preview.sweep: ${report.mode})\n`);
        if (report.issue)
            ctx.io.stdout(`issue: ${report.issue.action}${report.issue.url ? ` ${report.issue.url}` : ""}\n`);
    }
    return report.stale.length > report.deleted.length ? src/* ExitCode */.yU.Findings : src/* ExitCode */.yU.Clean;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/preview.ts





/** `gitops preview`: the Applications a pull request's preview would create, rendered and checked. */
const previewCommand = {
    name: "preview",
    summary: "the Applications a pull request's preview would create, rendered and checked",
    help: `Usage: gitops preview --pr N --branch BRANCH --head-sha SHA [--labels a,b] [--target-branch main]
                      [--title TITLE] [--author LOGIN] [--draft] [--k8s-version X.Y]
                      [--fail-on error|warning|notice] [--json] [--repo DIR]

Expands the repository's ApplicationSets that have a pullRequest generator for this one pull
request, as Argo CD would (branch_slug, head_short_sha, head_short_sha_7, every listed label
required, branchMatch / targetBranchMatch / titleMatch filters), renders the Applications at the
checkout (the pull request's head), lints and policy-checks them, and checks what only a preview
needs: names and namespaces that are DNS labels of at most 63 characters, a namespace no other
pull request or environment uses, a guaranteed teardown (resources finalizer, no
preserveResourcesOnDeletion, no create-only policy), CreateNamespace=true for a per-PR namespace,
prune, and whether drafts and Dependabot's pull requests are kept out. Each preview's URLs come
from its rendered Ingress, HTTPRoute and VirtualService hosts.

A pull request that no generator selects gets no preview: exit 0 with a message.

Options:
  --pr N               the pull request number
  --branch BRANCH      its head branch
  --head-sha SHA       its head commit
  --labels a,b         its labels (comma-separated)
  --target-branch B    its base branch (default main)
  --title TITLE        its title (for titleMatch filters)
  --author LOGIN       its author
  --draft              it is a draft
  --k8s-version X.Y    Kubernetes minor of lint's schemas
  --fail-on SEVERITY   exit 1 at this severity or worse (default error)

Exit codes: 0 clean or no preview, 1 findings at --fail-on or worse, 2 bad usage, config or missing tools.

${SWEEP_HELP}`,
    options: {
        pr: { type: "string" },
        branch: { type: "string" },
        "head-sha": { type: "string" },
        labels: { type: "string" },
        "target-branch": { type: "string" },
        title: { type: "string" },
        author: { type: "string" },
        draft: { type: "boolean" },
        "k8s-version": { type: "string" },
        "fail-on": { type: "string" },
        issue: { type: "boolean" },
    },
    maxPositionals: 1,
    async run(ctx) {
        if (ctx.positionals[0] === "sweep")
            return runPreviewSweep(ctx);
        if (ctx.positionals[0] !== undefined)
            throw new src/* UserError */.yo(`gitops preview: unknown subcommand "${ctx.positionals[0]}" (only "sweep")`);
        const o = ctx.options;
        const str = (k) => (typeof o[k] === "string" ? o[k] : undefined);
        const request = request_parseRequest({
            number: str("pr"),
            branch: str("branch"),
            headSha: str("head-sha"),
            targetBranch: str("target-branch"),
            labels: str("labels"),
            title: str("title"),
            author: str("author"),
            draft: o.draft === true,
        });
        const failOn = (0,options/* failOnOption */.r)(ctx);
        const k8s = str("k8s-version");
        const report = await run_runPreview({ repo: ctx.repo, request, ...(k8s ? { kubeVersion: k8s } : {}) });
        const findings = (0,src/* sortFindings */.Tc)(report.findings);
        if (ctx.json) {
            const doc = {
                pullRequest: report.pullRequest,
                applications: report.applications,
                findings,
                summary: (0,src/* toJsonReport */.Ow)(findings).summary,
                applicationSets: report.applicationSets,
                ...(report.message !== undefined ? { message: report.message } : {}),
            };
            ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
        }
        else if (report.message !== undefined) {
            ctx.io.stdout(`${report.message}\n`);
            if (findings.length > 0)
                ctx.io.stdout((0,src/* formatText */.vX)(findings));
        }
        else {
            const rows = report.applications.map((a) => [
                a.name,
                a.namespace || "-",
                a.targets.join(", ") || "-",
                a.urls.join(" ") || "-",
            ]);
            ctx.io.stdout((0,table/* formatTable */.k)(["APPLICATION", "NAMESPACE", "TARGETS", "URLS"], rows) + "\n");
            ctx.io.stdout((0,src/* formatText */.vX)(findings));
            ctx.io.stdout(`preview of pull request #${request.number} at ${request.headSha.slice(0, 8)}: ${report.applications.length} Application(s)\n`);
        }
        return (0,src/* failsAt */.ZN)(findings, failOn) ? src/* ExitCode */.yU.Findings : src/* ExitCode */.yU.Clean;
    },
};


/***/ }),

/***/ 5663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ PreviewSets),
/* harmony export */   r: () => (/* binding */ specOf)
/* harmony export */ });
/* harmony import */ var _core_src_appset_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3713);
/* harmony import */ var _core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2100);
/**
 * The ApplicationSets that make previews: those with a pullRequest generator anywhere in their
 * generators (matrix and merge children included), read from the files the model found them in.
 */


/** The pullRequest generator blocks among `generators`, matrix and merge children included. */
function pullRequestGenerators(generators) {
    if (!Array.isArray(generators))
        return [];
    const out = [];
    for (const g of generators) {
        if (!(0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(g))
            continue;
        if ((0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(g.pullRequest))
            out.push(g.pullRequest);
        for (const nested of [g.matrix, g.merge]) {
            if ((0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(nested))
                out.push(...pullRequestGenerators(nested.generators));
        }
    }
    return out;
}
/** Whether a generator list uses the clusters generator anywhere (then cluster Secrets matter). */
function usesClusters(generators) {
    if (!Array.isArray(generators))
        return false;
    return generators.some((g) => (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(g) &&
        (g.clusters !== undefined ||
            [g.matrix, g.merge].some((n) => (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(n) && usesClusters(n.generators))));
}
/** Reads back the ApplicationSets that watch pull requests, and expands them for other pull requests. */
class PreviewSets {
    model;
    sets;
    clusters;
    constructor(model) {
        this.model = model;
        // Only the files that hold ApplicationSets: the model has parsed the rest already.
        const files = [...new Set(model.applicationSets.map((s) => s.file))].sort();
        this.sets = (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .readArgo */ .i4)(model.repo, files)
            .applicationSets.map((s) => ({ ...s, generators: pullRequestGenerators(specOf(s).generators) }))
            .filter((s) => s.generators.length > 0);
    }
    /**
     * The Applications `set` generates for another pull request, expanded the way the model
     * expanded it for this one (same repository URLs, clusters and excluded folders).
     */
    expandFor(set, pullRequest) {
        const result = (0,_core_src_appset_index_js__WEBPACK_IMPORTED_MODULE_0__/* .expandApplicationSet */ .J)(set.value, {
            repo: this.model.repo,
            isLocalRepo: (url) => this.model.repoURLs.length === 0 || (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepo */ .Zj)(url, this.model.repoURLs),
            clusters: usesClusters(specOf(set).generators) ? this.allClusters() : [],
            pullRequest,
            excluded: this.model.outputDirs,
        });
        return result.applications.map((a) => a.manifest);
    }
    allClusters() {
        this.clusters ??= [
            ...this.model.config.clusters.map((c) => ({
                ...c,
                labels: c.labels ?? {},
                annotations: c.annotations ?? {},
            })),
            ...(0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .readArgo */ .i4)(this.model.repo, this.model.argoFiles).clusterSecrets.flatMap((s) => (0,_core_src_appset_index_js__WEBPACK_IMPORTED_MODULE_0__/* .clusterFromSecret */ .R)(s) ?? []),
        ];
        return this.clusters;
    }
}
/** `spec` of an ApplicationSet as written, `{}` when missing. */
function specOf(set) {
    return (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(set.value.spec) ? set.value.spec : {};
}


/***/ })

};
