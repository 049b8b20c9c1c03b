export const id = 428;
export const ids = [428];
export const modules = {

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALERT_HEADER: () => (/* reexport */ ALERT_HEADER),
  ALERT_LABEL: () => (/* reexport */ ALERT_LABEL),
  ALERT_RULES: () => (/* reexport */ ALERT_RULES),
  ArgoClient: () => (/* reexport */ ArgoClient),
  DEFAULT_ALERT_RULES: () => (/* reexport */ DEFAULT_ALERT_RULES),
  STATUS_FIELDS: () => (/* reexport */ STATUS_FIELDS),
  STATUS_HEADER: () => (/* reexport */ STATUS_HEADER),
  alertBody: () => (/* reexport */ alertBody),
  alertCounts: () => (/* reexport */ alertCounts),
  alertKey: () => (/* reexport */ alertKey),
  alertRows: () => (/* reexport */ alertRows),
  alertSummaryLine: () => (/* reexport */ alertSummaryLine),
  alertTitle: () => (/* reexport */ alertTitle),
  alertsMarkdown: () => (/* reexport */ alertsMarkdown),
  argoSettings: () => (/* reexport */ argoSettings),
  collectStatus: () => (/* reexport */ collectStatus),
  connect: () => (/* reexport */ connect),
  currentLabel: () => (/* reexport */ currentLabel),
  deployedRevision: () => (/* reexport */ deployedRevision),
  evaluateAlerts: () => (/* reexport */ evaluateAlerts),
  formatDuration: () => (/* reexport */ formatDuration),
  freshness: () => (/* reexport */ freshness),
  inputPaths: () => (/* reexport */ inputPaths),
  listAlertIssues: () => (/* reexport */ listAlertIssues),
  listRepoApplications: () => (/* reexport */ listRepoApplications),
  mapApplications: () => (/* reexport */ mapApplications),
  observeAlerts: () => (/* reexport */ observeAlerts),
  parseAlertRules: () => (/* reexport */ parseAlertRules),
  parseDuration: () => (/* reexport */ parseDuration),
  parseMarker: () => (/* reexport */ parseMarker),
  parseServer: () => (/* reexport */ parseServer),
  permissionDenied: () => (/* reexport */ permissionDenied),
  planDeployments: () => (/* reexport */ planDeployments),
  problemsOf: () => (/* reexport */ problemsOf),
  pushDeployments: () => (/* reexport */ pushDeployments),
  rbacRules: () => (/* reexport */ rbacRules),
  refusedToken: () => (/* reexport */ refusedToken),
  sourcesOf: () => (/* reexport */ sourcesOf),
  statusJson: () => (/* reexport */ statusJson),
  statusMarkdown: () => (/* reexport */ statusMarkdown),
  statusRows: () => (/* reexport */ statusRows),
  summaryCounts: () => (/* reexport */ summaryCounts),
  syncAlertIssues: () => (/* reexport */ syncAlertIssues),
  unreachable: () => (/* reexport */ unreachable)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/argocd/src/problems.ts
/**
 * The messages of a refusing or unreachable Argo CD. Each names the server (and the
 * Application where there is one) and never the token: they end up in CI logs.
 */

/** The RBAC lines a CI token needs, as written in argocd-rbac-cm `policy.csv` or an AppProject role. */
function rbacRules(project = "<project>", role = "role:ci") {
    return [
        `p, ${role}, applications, get, ${project}/*, allow`,
        `p, ${role}, applications, sync, ${project}/*, allow`,
    ];
}
function refusedToken(server, detail) {
    return new errors/* UserError */.yo(`Argo CD at ${server} refused the token in ARGOCD_AUTH_TOKEN (401${detail ? `: ${detail}` : ""}); ` +
        `generate a new one with "argocd account generate-token --account <ci-account>"`);
}
/**
 * Argo CD answers "permission denied" for an Application that does not exist as well as for one
 * the token may not see, so the message says both and gives the rule that would grant access.
 */
function permissionDenied(server, subject) {
    const [get, sync] = rbacRules(subject.project);
    const del = `p, role:ci, applications, delete, ${subject.project ?? "<project>"}/*, allow`;
    const needs = subject.action === "sync"
        ? `"${get}" and "${sync}"`
        : subject.action === "delete"
            ? `"${get}" and "${del}"`
            : `"${get}" (and "${sync}" to sync)`;
    return new errors/* UserError */.yo(`Argo CD at ${server} answered "permission denied" for Application "${subject.app}": it does not exist, ` +
        `or the token may not ${subject.action} it (Argo CD answers both alike). A CI token needs ${needs} ` +
        `in argocd-rbac-cm policy.csv or an AppProject role; "applications, override" is not needed ` +
        `(it only adds syncing local manifests or overridden parameters, which gitops never does)`);
}
function unreachable(server, reason, attempts) {
    return new errors/* UserError */.yo(`Argo CD at ${server} is unreachable: ${reason} (${attempts} attempt${attempts === 1 ? "" : "s"})`);
}
function serverFailed(server, status, detail, attempts) {
    return new errors/* UserError */.yo(`Argo CD at ${server} failed with ${status}${detail ? `: ${detail}` : ""} (${attempts} attempt${attempts === 1 ? "" : "s"})`);
}
/** A network error in a few words: fetch hides the useful part in `cause`. */
function networkReason(err, timeoutMs) {
    if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
        return `no answer within ${formatMs(timeoutMs)}`;
    }
    const cause = err?.cause;
    if (cause?.code === "ECONNREFUSED")
        return "connection refused";
    if (cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN")
        return "host not found";
    if (cause?.code)
        return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
    return err instanceof Error ? err.message : String(err);
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/client.ts
/**
 * A typed client for the parts of Argo CD's REST API the suite uses, on Node's own fetch.
 * Every call has a timeout; GETs are retried with backoff on 5xx, 429 and network errors.
 * The token is sent as `Authorization: Bearer` and scrubbed from every message we build.
 */


class ArgoClient {
    options;
    timeoutMs;
    retries;
    backoffMs;
    fetchImpl;
    constructor(options) {
        this.options = options;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = options.retries ?? 3;
        this.backoffMs = options.backoffMs ?? 250;
        this.fetchImpl = options.fetch ?? fetch;
    }
    /** The server as messages name it. */
    get server() {
        return this.options.baseUrl;
    }
    /** Every Application the token may get (Argo CD leaves the others out rather than refusing). */
    async listApplications(options = {}) {
        const list = await this.call("GET", "/api/v1/applications", {
            projects: options.projects?.length ? options.projects : undefined,
            appNamespace: options.appNamespace || undefined,
            repo: options.repo,
            selector: options.selector || undefined,
            fields: options.fields?.join(","),
        });
        return list.items ?? [];
    }
    async getApplication(name, options = {}) {
        const subject = {
            app: name,
            action: "get",
            ...(options.project ? { project: options.project } : {}),
        };
        return this.call("GET", `/api/v1/applications/${encodeURIComponent(name)}`, { appNamespace: options.appNamespace || undefined, fields: options.fields?.join(",") }, undefined, subject);
    }
    /**
     * The Kubernetes events Argo CD recorded about the Application itself (sync results, sync and
     * health transitions). Events expire (the API server keeps them an hour by default), so this is
     * recent history only.
     */
    async listApplicationEvents(name, options = {}) {
        const subject = {
            app: name,
            action: "get",
            ...(options.project ? { project: options.project } : {}),
        };
        const list = await this.call("GET", `/api/v1/applications/${encodeURIComponent(name)}/events`, { appNamespace: options.appNamespace || undefined, project: options.project || undefined }, undefined, subject);
        return list.items ?? [];
    }
    /**
     * Deletes the Application (`ApplicationService_Delete`). With `cascade` (Argo CD's default) its
     * resources are deleted too, foreground: the Application goes once they are gone.
     */
    async deleteApplication(name, options = {}) {
        const subject = {
            app: name,
            action: "delete",
            ...(options.project ? { project: options.project } : {}),
        };
        await this.call("DELETE", `/api/v1/applications/${encodeURIComponent(name)}`, {
            cascade: String(options.cascade ?? true),
            propagationPolicy: "foreground",
            appNamespace: options.appNamespace || undefined,
            project: options.project || undefined,
        }, undefined, subject);
    }
    /**
     * Starts a sync of the Application to its own target revision. There is deliberately no
     * revision parameter: a revision from a user would deploy what review never saw.
     */
    async syncApplication(request) {
        const subject = {
            app: request.name,
            action: "sync",
            ...(request.project ? { project: request.project } : {}),
        };
        return this.call("POST", `/api/v1/applications/${encodeURIComponent(request.name)}/sync`, {}, request, subject);
    }
    async call(method, path, query, body, subject) {
        const url = new URL(this.options.baseUrl + path);
        for (const [key, value] of Object.entries(query)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
                url.searchParams.append(key, v);
        }
        // A sync that reached the server may have started; only a refused connection is safe to repeat.
        const idempotent = method === "GET";
        const attempts = this.retries + 1;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.fetchImpl(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${this.options.token}`,
                        accept: "application/json",
                        ...(body === undefined ? {} : { "content-type": "application/json" }),
                    },
                    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                    signal: AbortSignal.timeout(this.timeoutMs),
                });
            }
            catch (err) {
                const reason = networkReason(err, this.timeoutMs);
                if (attempt < attempts && (idempotent || reason === "connection refused")) {
                    await this.wait(attempt);
                    continue;
                }
                throw this.scrub(unreachable(this.server, reason, attempt));
            }
            const text = await readText(res, this.timeoutMs);
            if (res.ok)
                return this.parse(text, res.status);
            const detail = errorMessage(text);
            if (res.status >= 500 || res.status === 429) {
                if (attempt < attempts && (idempotent || res.status === 503)) {
                    await this.wait(attempt);
                    continue;
                }
                throw this.scrub(serverFailed(this.server, res.status, detail, attempt));
            }
            if (res.status === 401)
                throw this.scrub(refusedToken(this.server, detail));
            if (res.status === 403 && subject)
                throw this.scrub(permissionDenied(this.server, subject));
            throw this.scrub(new errors/* UserError */.yo(`Argo CD at ${this.server} answered ${res.status} to ${method} ${path}: ${detail}`));
        }
    }
    parse(text, status) {
        try {
            return JSON.parse(text);
        }
        catch {
            // An SSO proxy or the UI in front of the API answers HTML with 200.
            throw new errors/* UserError */.yo(`Argo CD at ${this.server} answered ${status} with something that is not JSON; ` +
                "is ARGOCD_SERVER the API server, not a login page or proxy?");
        }
    }
    wait(attempt) {
        return new Promise((resolve) => setTimeout(resolve, this.backoffMs * 2 ** (attempt - 1)));
    }
    /** Defence in depth: nothing we throw may carry the token, whatever a server echoed. */
    scrub(err) {
        const token = this.options.token;
        if (token.length < 4 || !err.message.includes(token))
            return err;
        return new errors/* UserError */.yo(err.message.split(token).join("***"));
    }
}
async function readText(res, timeoutMs) {
    try {
        return await res.text();
    }
    catch (err) {
        return `(body unreadable: ${networkReason(err, timeoutMs)})`;
    }
}
/** grpc-gateway's `runtimeError` message, else the start of the body. */
function errorMessage(text) {
    try {
        const body = JSON.parse(text);
        const message = typeof body.message === "string" ? body.message : body.error;
        if (typeof message === "string")
            return message.slice(0, 300);
    }
    catch {
        // not JSON: fall through
    }
    return text.trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./packages/argocd/src/settings.ts
/**
 * Where Argo CD is and how to reach it: `ARGOCD_SERVER` and `ARGOCD_AUTH_TOKEN` (the argocd
 * CLI's names) and `.gitops.yaml` `argocd:`. The environment wins over the file for the
 * server, as it does for the argocd CLI, so a CI job can point at another instance (or a
 * port-forward) without a commit; the token only ever comes from the environment.
 */

/** Resolves the settings; a missing server or token, or a server value that is no host, is a UserError. */
function argoSettings(env, file = { server: "", appNamespace: "", projects: [] }) {
    const fromEnv = (env.ARGOCD_SERVER ?? "").trim();
    const raw = fromEnv || file.server.trim();
    const origin = fromEnv ? "ARGOCD_SERVER" : ".gitops.yaml argocd.server";
    if (!raw) {
        throw new errors/* UserError */.yo("Argo CD is not configured: set ARGOCD_SERVER (host[:port]) or argocd.server in .gitops.yaml");
    }
    const { baseUrl, warnings } = parseServer(raw, origin);
    const token = (env.ARGOCD_AUTH_TOKEN ?? "").trim();
    if (!token) {
        throw new errors/* UserError */.yo(`Argo CD at ${baseUrl} needs a token: set ARGOCD_AUTH_TOKEN (an API token of a CI account)`);
    }
    return { baseUrl, token, appNamespace: file.appNamespace, projects: file.projects, warnings };
}
/**
 * `host`, `host:port` and `https://host[:port][/path]` mean HTTPS; `http://...` is accepted
 * for port-forwards and tests, with a warning because the token then travels in clear text.
 */
function parseServer(raw, origin = "ARGOCD_SERVER") {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new errors/* UserError */.yo(`${origin} "${raw}" is not a host[:port] or an http(s) URL`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        throw new errors/* UserError */.yo(`${origin} "${raw}" must use https (or http for a local port-forward)`);
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new errors/* UserError */.yo(`${origin} "${url.host}" must be a plain host[:port] or URL, without credentials or query`);
    }
    const baseUrl = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
    const warnings = url.protocol === "http:"
        ? [`${origin} ${baseUrl} uses plain http: the Argo CD token is sent unencrypted`]
        : [];
    return { baseUrl, warnings };
}

;// CONCATENATED MODULE: ./packages/argocd/src/duration.ts

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30m`, `2h`, `1d`, `45s`, `500ms` (or `0`) in milliseconds; anything else is a UserError naming `what`. */
function parseDuration(value, what) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value.trim());
    if (value.trim() === "0")
        return 0;
    if (!m)
        throw new errors/* UserError */.yo(`${what} must be a duration like 30m, 2h, 1d or 45s, got "${value}"`);
    return Math.round(Number(m[1]) * (UNITS[m[2] ?? "s"] ?? 1000));
}
/** `3h 12m`, `2d 4h`, `45s`: the largest two units, for messages. */
function formatDuration(ms) {
    const parts = [];
    let rest = Math.max(0, Math.floor(ms / 1000));
    for (const [unit, size] of [
        ["d", 86_400],
        ["h", 3_600],
        ["m", 60],
        ["s", 1],
    ]) {
        const n = Math.floor(rest / size);
        rest -= n * size;
        if (n > 0)
            parts.push(`${n}${unit}`);
    }
    return parts.slice(0, 2).join(" ") || "0s";
}

// EXTERNAL MODULE: ./packages/core/src/model/applications.ts
var applications = __webpack_require__(2100);
;// CONCATENATED MODULE: ./packages/argocd/src/mapping.ts
/**
 * Which live Applications belong to this repository, and what they deploy. One answer, from
 * the repository model: by name first (the Applications written or generated in the repo),
 * then by source (an Application made elsewhere whose repoURL is this repo and whose path is
 * a target's folder).
 */

/** Maps each live Application to the model; those of other repositories are left out. */
function mapApplications(model, live) {
    const byName = new Map();
    for (const app of model.applications) {
        const list = byName.get(app.name);
        if (list)
            list.push(app);
        else
            byName.set(app.name, [app]);
    }
    const targetsById = new Map(model.targets.map((t) => [t.id, t]));
    const bySource = new Map(model.targets.map((t) => [t.source, t]));
    const out = [];
    for (const app of live) {
        const name = app.metadata?.name;
        if (!name)
            continue;
        const sources = sourcesOf(app);
        const sourceIndex = Math.max(0, sources.findIndex((s) => s.repoURL !== undefined && (0,applications/* sameRepo */.Zj)(s.repoURL, model.repoURLs)));
        const candidates = byName.get(name) ?? [];
        // Same name in two namespaces (apps in any namespace): the namespace decides.
        const match = candidates.find((c) => c.namespace !== "" && c.namespace === app.metadata?.namespace) ??
            candidates.find((c) => c.namespace === "" || candidates.length === 1);
        if (match) {
            const targets = match.targets.flatMap((id) => targetsById.get(id) ?? []);
            out.push(describe(app, name, targets, "name", sourceIndex, match));
            continue;
        }
        const targets = sources
            .filter((s) => s.repoURL !== undefined && s.path !== undefined && (0,applications/* sameRepo */.Zj)(s.repoURL, model.repoURLs))
            .flatMap((s) => bySource.get(normalizePath(s.path ?? "")) ?? []);
        if (targets.length > 0)
            out.push(describe(app, name, targets, "source", sourceIndex));
    }
    return out.sort((a, b) => envRank(model, a.env) - envRank(model, b.env) || a.name.localeCompare(b.name));
}
function describe(live, name, targets, matchedBy, sourceIndex, model) {
    const services = [...new Set(targets.flatMap((t) => (t.service ? [t.service] : [])))];
    const env = model?.env || targets.find((t) => t.env)?.env || "";
    return {
        live,
        name,
        ...(model ? { model } : {}),
        targets,
        env,
        ...(services.length === 1 ? { service: services[0] } : {}),
        matchedBy,
        sourceIndex,
    };
}
function sourcesOf(app) {
    if (app.spec?.sources?.length)
        return app.spec.sources;
    return app.spec?.source ? [app.spec.source] : [];
}
function normalizePath(path) {
    return path
        .replace(/^\.\/+/, "")
        .replace(/\/+$/, "")
        .replace(/^\.$/, "");
}
function envRank(model, env) {
    const i = model.environments.indexOf(env);
    return i < 0 ? model.environments.length : i;
}

;// CONCATENATED MODULE: ./packages/argocd/src/list-mapped.ts

/** Lists the Applications in `scope` with only `fields`, and maps them to `model`. */
async function listRepoApplications(client, model, scope, fields) {
    const live = await client.listApplications({
        ...(scope.appNamespace ? { appNamespace: scope.appNamespace } : {}),
        ...(scope.projects?.length ? { projects: [...scope.projects] } : {}),
        fields: [...fields],
    });
    return { live, mapped: mapApplications(model, live) };
}

// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
;// CONCATENATED MODULE: ./packages/argocd/src/freshness.ts
/**
 * Whether a deployed revision holds the last change to a target's inputs, from real git:
 * the newest commit that touched the input graph's files and folders, `merge-base
 * --is-ancestor` against the deployed SHA, and the commits it lacks (`deployed..HEAD`).
 */

const SHA = /^[0-9a-f]{7,40}$/i;
/** The repo-relative paths a set of targets reads (files and whole folders), sorted. */
function inputPaths(model, targets) {
    const paths = new Set();
    for (const t of targets) {
        const g = model.graph(t.id);
        for (const f of g.files)
            paths.add(f);
        for (const d of g.dirs)
            paths.add(d === "" ? "." : d);
    }
    return [...paths].sort();
}
/** Compares `deployed` with HEAD of the checkout at `repo` over `paths`. */
async function freshness(repo, deployed, paths) {
    if (paths.length === 0)
        return { expected: null, current: null, behind: null, note: "no targets in the repository model" };
    const last = await (0,git/* git */.$Y)(repo, ["log", "-1", "--format=%H", "HEAD", "--", ...paths]);
    if (last.code !== 0) {
        // No commit yet, not a git checkout, or an input outside it: say so rather than guess "current".
        return {
            expected: null,
            current: null,
            behind: null,
            note: `git cannot read the inputs' history: ${firstLine(last.stderr)}`,
        };
    }
    const expected = last.stdout.trim() || null;
    if (!deployed)
        return { expected, current: null, behind: null, note: "Argo CD reports no deployed revision" };
    // The revision comes from the server: only a plain SHA ever reaches git.
    if (!SHA.test(deployed)) {
        return {
            expected,
            current: null,
            behind: null,
            note: `deployed revision "${deployed}" is not a commit SHA`,
        };
    }
    const known = await (0,git/* git */.$Y)(repo, ["cat-file", "-e", "--end-of-options", `${deployed}^{commit}`]);
    if (known.code !== 0) {
        return {
            expected,
            current: null,
            behind: null,
            note: `deployed revision ${deployed.slice(0, 12)} is not in this clone (fetch the full history, e.g. fetch-depth: 0)`,
        };
    }
    const missing = await (0,git/* git */.$Y)(repo, [
        "log",
        "--format=%H %cI",
        "--end-of-options",
        `${deployed}..HEAD`,
        "--",
        ...paths,
    ]);
    if (missing.code !== 0) {
        return { expected, current: null, behind: null, note: `git log failed: ${firstLine(missing.stderr)}` };
    }
    const lines = missing.stdout.split("\n").filter((l) => l.trim() !== "");
    const since = lines.at(-1)?.split(" ")[1] ?? null;
    let current = true;
    if (expected) {
        const ancestor = await (0,git/* git */.$Y)(repo, ["merge-base", "--is-ancestor", "--end-of-options", expected, deployed]);
        current = ancestor.code === 0;
    }
    return { expected, current, behind: { commits: lines.length, since } };
}
function firstLine(text) {
    return text.trim().split("\n")[0] ?? "";
}

;// CONCATENATED MODULE: ./packages/argocd/src/status.ts



/** The fields status reads; Argo CD cuts the list answer down to them. */
const STATUS_FIELDS = [
    "items.metadata.name",
    "items.metadata.namespace",
    "items.spec.project",
    "items.spec.source",
    "items.spec.sources",
    "items.status.sync",
    "items.status.health",
    "items.status.history",
    "items.status.operationState.phase",
    "items.status.operationState.message",
    "items.status.operationState.startedAt",
    "items.status.operationState.finishedAt",
    "items.status.operationState.syncResult",
    "items.status.summary.externalURLs",
];
async function collectStatus(options) {
    const { model, client } = options;
    const { live, mapped: all } = await listRepoApplications(client, model, options, STATUS_FIELDS);
    const wanted = (env, service) => (!options.envs?.length || options.envs.includes(env)) &&
        (!options.services?.length || (service !== undefined && options.services.includes(service)));
    const mapped = all.filter((m) => wanted(m.env, m.service));
    const applications = [];
    const findings = [];
    const now = options.now ?? new Date();
    // Each Application costs a few git processes; run them side by side, report in model order.
    const statuses = await Promise.all(mapped.map((m) => statusOf(model, m)));
    for (const [i, status] of statuses.entries()) {
        const m = mapped[i];
        if (!m)
            continue;
        applications.push(status);
        findings.push(...driftFindings(m, status, options, now));
    }
    const listed = new Set(live.map((a) => a.metadata?.name));
    const projects = options.projects ?? [];
    const missing = model.applications.filter((a) => !listed.has(a.name) &&
        (projects.length === 0 || projects.includes(a.project)) &&
        wanted(a.env, serviceOf(model, a.targets)));
    findings.push(...missingFinding(missing, client.server));
    return { server: client.server, applications, findings, ignored: live.length - all.length };
}
async function statusOf(model, m) {
    const { live } = m;
    const deployed = deployedRevision(live, m.sourceIndex);
    const fresh = await freshness(model.repo, deployed.revision ?? undefined, inputPaths(model, m.targets));
    const op = live.status?.operationState;
    return {
        name: m.name,
        namespace: live.metadata?.namespace ?? "",
        project: live.spec?.project ?? "",
        env: m.env,
        service: m.service ?? null,
        targets: m.targets.map((t) => t.id),
        sync: live.status?.sync?.status ?? "Unknown",
        health: live.status?.health?.status ?? "Unknown",
        revision: deployed.revision,
        deployedAt: deployed.at,
        expected: fresh.expected,
        current: fresh.current,
        behind: fresh.behind,
        operation: op?.phase
            ? { phase: op.phase, message: op.message ?? null, at: op.finishedAt ?? op.startedAt ?? null }
            : null,
        // Only when Argo CD dates the health: the --json shape of an undated one stays as it was.
        ...(live.status?.health?.lastTransitionTime
            ? { healthSince: live.status.health.lastTransitionTime }
            : {}),
        urls: live.status?.summary?.externalURLs ?? [],
        matchedBy: m.matchedBy,
        note: fresh.note ?? null,
    };
}
/** The newest history entry (by id, as Argo CD numbers syncs), its revision for our source. */
function deployedRevision(app, sourceIndex = 0) {
    const history = [...(app.status?.history ?? [])].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    const latest = history.at(-1);
    if (latest) {
        const revision = latest.revisions?.[sourceIndex] ?? latest.revision ?? null;
        return { revision: revision || null, at: latest.deployedAt ?? null };
    }
    const result = app.status?.operationState?.syncResult;
    const revision = result?.revisions?.[sourceIndex] ?? result?.revision ?? null;
    return { revision: revision || null, at: null };
}
function driftFindings(m, s, o, now) {
    const out = [];
    const where = {
        ...(m.model ? { file: m.model.file, line: m.model.line } : {}),
        ...(s.targets[0] ? { target: s.targets[0] } : {}),
    };
    const severity = (since) => {
        const age = since ? now.getTime() - Date.parse(since) : Number.POSITIVE_INFINITY;
        const past = !(age < o.graceMs);
        return {
            severity: !past ? "notice" : o.failOnDrift ? "error" : "warning",
            age: Number.isFinite(age) ? ` for ${formatDuration(age)}` : "",
        };
    };
    const label = `Application ${s.name}${s.env ? ` (${s.env}${s.service ? `/${s.service}` : ""})` : ""}`;
    if (s.sync === "OutOfSync") {
        // A pending change dates the drift; without one, live objects were changed by hand.
        const { severity: sev, age } = severity(s.behind?.commits ? s.behind.since : undefined);
        out.push({
            tool: "argocd",
            rule: "out-of-sync",
            severity: sev,
            message: `${label} is OutOfSync${age}`,
            ...where,
        });
    }
    if (s.health === "Degraded") {
        const { severity: sev } = severity(m.live.status?.health?.lastTransitionTime);
        const msg = m.live.status?.health?.message;
        out.push({
            tool: "argocd",
            rule: "degraded",
            severity: sev,
            message: `${label} is Degraded${msg ? `: ${oneLine(msg)}` : ""}`,
            ...where,
        });
    }
    if (s.current === false && s.behind) {
        const { severity: sev, age } = severity(s.behind.since);
        out.push({
            tool: "argocd",
            rule: "not-current",
            severity: sev,
            message: `${label} runs ${status_short(s.revision)}, ${s.behind.commits} input commit(s) behind ${status_short(s.expected)}` +
                (age ? `,${age}` : ""),
            ...where,
        });
    }
    if (s.operation && (s.operation.phase === "Failed" || s.operation.phase === "Error")) {
        out.push({
            tool: "argocd",
            rule: "sync-failed",
            severity: "warning",
            message: `${label}: last sync ${s.operation.phase}${s.operation.message ? `: ${oneLine(s.operation.message)}` : ""}`,
            ...where,
        });
    }
    if (s.note)
        out.push({
            tool: "argocd",
            rule: "revision-unknown",
            severity: "notice",
            message: `${label}: ${s.note}`,
            ...where,
        });
    return out;
}
/**
 * One notice for the Applications of the repository that Argo CD did not list: not created yet,
 * or hidden from the token (Argo CD leaves those out of a list instead of refusing). One, not one
 * per Application: a token scoped to prod would otherwise bury the run in notices.
 */
function missingFinding(apps, server) {
    if (apps.length === 0)
        return [];
    const projects = [...new Set(apps.map((a) => a.project || "<project>"))].sort();
    const names = apps.map((a) => a.name).sort();
    const shown = names.length > 10 ? `${names.slice(0, 10).join(", ")} and ${names.length - 10} more` : names.join(", ");
    return [
        {
            tool: "argocd",
            rule: "not-listed",
            severity: "notice",
            message: `${apps.length} Application(s) of the repository were not listed by Argo CD at ${server}: ${shown}. ` +
                `They are not created yet, or the token lacks ${projects.map((p) => `"applications, get, ${p}/*"`).join(", ")}`,
        },
    ];
}
function serviceOf(model, ids) {
    const services = new Set(model.targets.filter((t) => ids.includes(t.id)).flatMap((t) => (t.service ? [t.service] : [])));
    return services.size === 1 ? [...services][0] : undefined;
}
function status_short(sha) {
    return sha ? sha.slice(0, 7) : "(none)";
}
/** Operation and health messages are the server's text: one line, bounded. */
function oneLine(text) {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

// EXTERNAL MODULE: ./packages/core/src/reporters/summary.ts + 1 modules
var summary = __webpack_require__(8816);
;// CONCATENATED MODULE: ./packages/argocd/src/report.ts
/** How `gitops status` and the status action show a report: rows for a table, JSON, a job summary. */

const STATUS_HEADER = [
    "APPLICATION",
    "ENV",
    "SERVICE",
    "SYNC",
    "HEALTH",
    "REVISION",
    "DEPLOYED",
    "CURRENT",
];
/** Table cells, one row per Application, in the model's env order. */
function statusRows(apps) {
    return apps.map((a) => [
        a.name,
        a.env || "(shared)",
        a.service ?? "-",
        a.sync,
        a.health,
        a.revision ? a.revision.slice(0, 7) : "-",
        a.deployedAt ?? "-",
        currentLabel(a),
    ]);
}
function currentLabel(a) {
    if (a.current === null)
        return "unknown";
    if (a.current)
        return "yes";
    const behind = a.behind ? `${a.behind.commits} behind` : "behind";
    return a.behind?.since ? `no (${behind} since ${a.behind.since})` : `no (${behind})`;
}
/** The `--json` document: `{ applications, findings, summary }`. */
function statusJson(report) {
    return {
        server: report.server,
        applications: report.applications,
        findings: report.findings,
        summary: summaryCounts(report),
    };
}
function summaryCounts(report) {
    const apps = report.applications;
    return {
        applications: apps.length,
        outOfSync: apps.filter((a) => a.sync === "OutOfSync").length,
        degraded: apps.filter((a) => a.health === "Degraded").length,
        notCurrent: apps.filter((a) => a.current === false).length,
        unknown: apps.filter((a) => a.current === null).length,
        ignored: report.ignored,
    };
}
/** Job-summary markdown: one table of Applications (worst first), then the usual findings section. */
function statusMarkdown(report, opts = {}) {
    const rank = (a) => (a.health === "Degraded" ? 0 : 4) + (a.sync === "OutOfSync" ? 0 : 2) + (a.current === false ? 0 : 1);
    const apps = [...report.applications].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
    const lines = [
        `## Argo CD status`,
        "",
        `${apps.length} Application(s) from ${(0,summary/* markdownCell */.UZ)(report.server)}` +
            (report.ignored ? `; ${report.ignored} of other repositories ignored` : ""),
        "",
    ];
    if (apps.length > 0) {
        lines.push("| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |");
        lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (const [i, a] of statusRows(apps).entries()) {
            const app = apps[i];
            const url = app?.urls[0];
            const cells = a.map((c) => (0,summary/* markdownCell */.UZ)(c));
            if (url && /^https?:\/\//.test(url))
                cells[0] = `[${cells[0] ?? ""}](${linkTarget(url)})`;
            lines.push(`| ${cells.join(" | ")} |`);
        }
        lines.push("");
    }
    const findings = (0,summary/* toSummaryMarkdown */.T7)(report.findings, {
        title: "Drift",
        check: "status",
        ...(opts.repoUrl ? { repoUrl: opts.repoUrl } : {}),
        ...(opts.sha ? { sha: opts.sha } : {}),
    });
    return `${lines.join("\n")}\n${findings}`;
}
/** A server-given URL as a markdown link target: parentheses and spaces encoded so it cannot end the link early. */
function linkTarget(url) {
    return encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29");
}

;// CONCATENATED MODULE: ./packages/argocd/src/connect.ts


/** The client the CLI and actions use: settings from the environment and `.gitops.yaml` `argocd:`. */
function connect(env, config, options = {}) {
    const settings = argoSettings(env, config);
    const client = new ArgoClient({ baseUrl: settings.baseUrl, token: settings.token, ...options });
    return { client, settings };
}

// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(3140);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts + 1 modules
var yaml = __webpack_require__(5805);
;// CONCATENATED MODULE: ./packages/core/src/yaml-lines.ts


/**
 * Field lines for documents the fast reader parsed. The fast reader keeps no node positions, so
 * `load` (the careful loader, which does) runs on the first call only: a file no finding points
 * into is never parsed twice. Both readers number a document by its first content line, which
 * is how the two parses are matched. Should the careful loader refuse what the fast reader took,
 * the document's own line is the answer. With `known`, a line found before for the same content
 * is taken from there, and one found now is added to it.
 */
function lazyLines(load, known) {
    let file;
    return (docLine, path) => {
        const remembered = known?.get(docLine, path);
        if (remembered !== undefined)
            return remembered;
        if (file === undefined) {
            try {
                file = load();
            }
            catch (err) {
                if (!(err instanceof UserError))
                    throw err;
                file = null;
            }
        }
        const document = file?.documents.find((d) => d.line === docLine);
        const line = file && document ? lineAt(file, document, path) : docLine;
        known?.set(docLine, path, line);
        return line;
    };
}

// EXTERNAL MODULE: ./packages/core/src/config.ts + 3 modules
var config = __webpack_require__(4169);
// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 6 modules
var load = __webpack_require__(5030);
// EXTERNAL MODULE: ./packages/core/src/model/graph.ts
var graph = __webpack_require__(3383);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var names = __webpack_require__(5499);
;// CONCATENATED MODULE: ./packages/core/src/model/report.ts


/** The model as JSON: the chosen targets, and the Applications that deploy any of them. */
function modelJson(model, targets, options = {}) {
    const chosen = new Set(targets.map((t) => t.id));
    // Unfiltered, every Application is listed (those that render nothing here too).
    const all = targets.length === model.targets.length;
    return {
        environments: model.environments,
        targets: targets.map((t) => targetJson(t, options.explain === true)),
        applications: model.applications
            .filter((a) => all || a.targets.some((id) => chosen.has(id)))
            .map((a) => ({
            name: a.name,
            namespace: a.namespace,
            project: a.project,
            file: a.file,
            line: a.line,
            applicationSet: a.applicationSet,
            targets: a.targets,
            destination: a.destination,
        })),
    };
}
function targetJson(t, explain) {
    const out = {
        id: t.id,
        env: t.env,
        kind: t.kind,
        source: t.source,
        origin: t.origin,
        applications: [...new Set(t.applications.map((a) => a.name))],
    };
    if (t.service)
        out.service = t.service;
    if (t.root)
        out.root = t.root;
    if (explain)
        out.reasons = t.reasons.filter(Boolean);
    return out;
}
/** `gitops targets --explain` as text: each target, then why. */
function explainText(targets) {
    const lines = [];
    for (const t of targets) {
        lines.push(`${t.id}  (${t.kind}, env ${t.env || "none: shared"}, service ${t.service ?? "none"})`);
        for (const r of t.reasons.filter(Boolean))
            lines.push(`  - ${r}`);
        for (const a of t.applications) {
            lines.push(`  - deployed by Application ${a.name} (${a.file}:${a.line}${a.applicationSet ? `, ApplicationSet ${a.applicationSet}` : ""})`);
        }
    }
    return lines.join("\n") + "\n";
}
/** A repo with nothing to check: say where we looked and how to point us elsewhere. */
function noTargets(layout) {
    const where = layout.configFile ? `targets.roots in ${CONFIG_FILE}` : `targets.roots in a ${CONFIG_FILE}`;
    const looked = layout.config.targets.roots.length > 0
        ? `no kustomization, chart or manifest folder under ${layout.config.targets.roots.join(", ")}`
        : "no kustomization or chart that nothing else uses, no manifest folder under an env folder";
    return new UserError(`no targets in ${layout.repo}: ${looked}, and no Argo CD Application points into the repository; ` +
        `set ${where} to where your overlays live`, layout.configFile ? CONFIG_FILE : undefined);
}

// EXTERNAL MODULE: ./packages/core/src/model/detect.ts
var detect = __webpack_require__(5832);
// EXTERNAL MODULE: ./packages/core/src/model/app-targets.ts
var app_targets = __webpack_require__(1351);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/model/scope.ts





/**
 * The scope of `paths` (relative to `cwd`, as a hook or a shell passes them). A path outside the
 * repository or one that does not exist is a usage error naming it. `everything` names further
 * repo-relative paths (a check's own config: the policies folder, say) whose change affects all
 * targets, as `.gitops.yaml` always does.
 */
function changeScope(model, paths, options = {}) {
    const { files, folders } = repoPaths(model.repo, paths, options.cwd);
    const all = folders.includes("") || [...files].some((f) => f === CONFIG_FILE || options.everything?.(f) === true);
    const graphs = new Map(model.targets.map((t) => [t.id, model.graph(t.id)]));
    if (all)
        return { files, folders, targets: new Set(model.targets.map((t) => t.id)) };
    const targets = affectedTargets(model.targets, graphs, [...files]);
    // A folder feeds a target when the target reads anything under it.
    for (const [id, g] of graphs) {
        const read = [...g.files, ...g.dirs];
        if (folders.some((f) => read.some((r) => isUnder(r, f) || isUnder(f, r))))
            targets.add(id);
    }
    return { files, folders, targets };
}
/** True when `file` is `dir` or lies under it (both repo-relative). */
function isUnder(file, dir) {
    const d = dir.replace(/\/+$/, "");
    return d === "" || d === "." || file === d || file.startsWith(`${d}/`);
}
/**
 * `paths` (relative to `cwd`) as repo-relative files and folders. A path outside the repository
 * or one that does not exist is a usage error naming it.
 */
function repoPaths(repo, paths, cwd = process.cwd()) {
    const files = new Set();
    const folders = [];
    for (const p of paths) {
        const rel = repoRelative(repo, cwd, p);
        if (statSync(resolve(repo, rel)).isDirectory())
            folders.push(rel);
        else
            files.add(rel);
    }
    return { files, folders };
}
function repoRelative(repo, cwd, path) {
    if (path === "")
        throw new UserError("an empty path was given");
    const abs = resolve(cwd, path);
    const rel = relative(resolve(repo), abs);
    if (rel.startsWith("..") || isAbsolute(rel))
        throw new UserError(`${path} is not a file of the repository ${repo}`, path);
    if (!existsSync(abs))
        throw new UserError(`${path} does not exist`, path);
    return rel.split(sep).join("/");
}
/** True when a finding is about the scope: one of its targets, or a file given or under a folder given. */
function inScope(scope, finding) {
    if (finding.target !== undefined && scope.targets.has(finding.target))
        return true;
    const file = finding.file;
    return file !== undefined && (scope.files.has(file) || scope.folders.some((d) => isUnder(file, d)));
}

;// CONCATENATED MODULE: ./packages/core/src/model/index.ts











;// CONCATENATED MODULE: ./packages/core/src/shards.ts

/** Most shards a plan may ask for: GitHub caps a matrix at 256 jobs. */
const MAX_SHARDS = 256;
/**
 * Splits targets into `count` shards for a CI matrix. Targets are dealt in id
 * order, round-robin, so each shard gets a similar mix of envs and services and
 * the same repo always gives the same plan. Empty shards are dropped.
 */
function shards_planShards(targets, count) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
        throw new UserError(`shard count must be an integer from 1 to ${MAX_SHARDS}, got ${count}`);
    }
    const ids = targets.map((t) => t.id).sort();
    const shards = Array.from({ length: Math.min(count, ids.length) }, () => []);
    ids.forEach((id, i) => shards[i % shards.length]?.push(id));
    return shards;
}
/**
 * Keeps the layout's targets whose env (and service, when given) is in the
 * filters; empty filters keep all. A name the repo does not know is a
 * `UserError` listing the names it does know.
 */
function shards_filterTargets(layout, filters) {
    const envs = filters.environments ?? [];
    const services = filters.services ?? [];
    const knownEnvs = new Set([...layout.environments, ...layout.targets.map((t) => t.env)].filter(Boolean));
    const knownServices = new Set(layout.targets.flatMap((t) => (t.service ? [t.service] : [])));
    for (const env of envs) {
        if (!knownEnvs.has(env))
            throw new UserError(`unknown environment "${env}"; known: ${[...knownEnvs].join(", ")}`);
    }
    for (const svc of services) {
        if (!knownServices.has(svc)) {
            throw new UserError(`unknown service "${svc}"; known: ${[...knownServices].sort().join(", ") || "(none)"}`);
        }
    }
    return layout.targets.filter((t) => (envs.length === 0 || envs.includes(t.env)) &&
        (services.length === 0 || (t.service !== undefined && services.includes(t.service))));
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/text.ts

const ANSI = {
    error: "\u001b[31m",
    warning: "\u001b[33m",
    notice: "\u001b[36m",
    dim: "\u001b[2m",
    bold: "\u001b[1m",
};
const RESET = "\u001b[0m";
/**
 * Human text: one line per finding, worst first, then a totals line.
 *
 * ```
 * error  apps/cms/overlays/prod/kustomization.yaml:12  lint/schema  message  [Deployment/cms-prod/cms]
 * 1 error, 0 warnings, 0 notices
 * ```
 *
 * Untrusted text (messages quote manifests) is forced onto one line and stripped of control
 * characters, so it can neither forge a line of its own (which the Actions runner would read as a
 * `::workflow-command::`) nor send escape sequences to the reader's terminal.
 */
function formatText(findings, opts = {}) {
    const paint = (style, s) => (opts.color ? `${ANSI[style]}${s}${RESET}` : s);
    const lines = sortFindings(findings).map((f) => renderLine(f, paint));
    const counts = countBySeverity(findings);
    const totals = countsLabel(counts);
    const worst = counts.error ? "error" : counts.warning ? "warning" : undefined;
    lines.push(worst ? paint(worst, totals) : paint("bold", totals));
    return `${lines.join("\n")}\n`;
}
/**
 * One finding as one line of plain text (`severity  location  tool/rule  message  [resource]`),
 * the same line {@link formatText} prints; other reports (JUnit bodies) reuse it.
 */
function text_formatFindingLine(f) {
    return renderLine(f, (_style, s) => s);
}
function renderLine(f, paint) {
    const cols = [paint(f.severity, f.severity)];
    const where = locationLabel(f);
    if (where)
        cols.push(text_oneLine(where));
    cols.push(paint("dim", text_oneLine(`${f.tool}/${f.rule}`)), text_oneLine(f.message));
    if (f.resource)
        cols.push(`[${text_oneLine(resourceLabel(f.resource))}]`);
    return cols.join("  ");
}
/**
 * Newlines become a visible `\n`, other control characters (ESC, NUL, DEL, C1) a `\xNN` or
 * `\uNNNN` escape: the reader still sees that something was there, the terminal sees plain text.
 */
function text_oneLine(s) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    return s.replace(/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        if (c === "\r\n" || c === "\n")
            return "\\n";
        if (c === "\r")
            return "\\r";
        if (c === "\t")
            return " ";
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
    });
}
function hex(n, width) {
    return n.toString(16).padStart(width, "0");
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/json.ts

/**
 * The `--json` document of a findings command (DESIGN.md, CLI contract): findings worst first and
 * a summary of counts plus `extra` (e.g. `{ targets: 12, failedTargets: 0 }`).
 *
 * The counts are always computed from `findings`; an `extra` key of the same name is ignored, so
 * the summary cannot disagree with the list it summarises.
 */
function toJsonReport(findings, extra = {}) {
    const counts = countBySeverity(findings);
    const summary = { errors: counts.error, warnings: counts.warning, notices: counts.notice };
    for (const [key, value] of Object.entries(extra)) {
        // defineProperty, not assignment: a `__proto__` key from parsed input stays a plain key.
        if (!Object.hasOwn(summary, key)) {
            Object.defineProperty(summary, key, { value, enumerable: true, writable: true, configurable: true });
        }
    }
    return { findings: sortFindings(findings), summary };
}
/** {@link toJsonReport} as the text printed on stdout: two-space indent, trailing newline. */
function formatJson(findings, extra) {
    return `${JSON.stringify(toJsonReport(findings, extra), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/annotations.ts

/**
 * GitHub shows at most 10 annotations of each level per step (and 50 per job) and silently drops
 * the rest, so we choose which ones survive: worst first, in report order, `limit` per level.
 */
const DEFAULT_ANNOTATION_LIMIT = 10;
/**
 * Turns findings into annotations, worst first and capped per level.
 * The resource label is appended to the message (the annotation has no field for it), and a
 * finding with no file names its target in the message, since it will not be pinned to a file.
 */
function toAnnotations(findings, opts = {}) {
    const limit = Math.max(0, opts.limit ?? DEFAULT_ANNOTATION_LIMIT);
    const taken = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let dropped = 0;
    for (const f of sortFindings(findings)) {
        if (taken[f.severity] >= limit) {
            dropped += 1;
            continue;
        }
        taken[f.severity] += 1;
        annotations.push(toAnnotation(f));
    }
    return { annotations, dropped };
}
function toAnnotation(f) {
    let message = f.message;
    if (!f.file && f.target)
        message = `${f.target}: ${message}`;
    if (f.resource)
        message = `${message} [${resourceLabel(f.resource)}]`;
    const a = { level: f.severity, message, title: `${f.tool}: ${f.rule}` };
    if (f.file) {
        a.file = f.file;
        if (f.line) {
            a.startLine = f.line;
            // GitHub ignores a column without a line, so only carry it alongside one.
            if (f.column)
                a.startColumn = f.column;
        }
    }
    return a;
}
/**
 * The `::error file=...,line=...,col=...,title=...::message` line the runner turns into an
 * annotation, escaped as `@actions/core` does (`toCommandValue`/`escapeData`/`escapeProperty`).
 *
 * The escaping is what keeps untrusted text inert: a message can hold no raw CR or LF, so it can
 * never begin a line of its own (`\n::add-mask::...`, `\n::stop-commands::...`), and a property
 * can hold no `,` or `:` to smuggle in another property or end the property list early.
 */
function formatWorkflowCommand(a) {
    const props = [];
    if (a.file !== undefined)
        props.push(`file=${escapeProperty(a.file)}`);
    if (a.startLine !== undefined)
        props.push(`line=${a.startLine}`);
    if (a.startColumn !== undefined)
        props.push(`col=${a.startColumn}`);
    props.push(`title=${escapeProperty(a.title)}`);
    // The level is ours, but check it anyway: it is the one part of the line we do not escape.
    const level = SEVERITIES.includes(a.level) ? a.level : "error";
    return `::${level} ${props.join(",")}::${escapeData(a.message)}`;
}
/** Escapes the message part of a workflow command. */
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Escapes a `key=value` property of a workflow command. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/reporters/sarif.ts



const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/**
 * GitHub rejects a run with more than 25,000 results (and shows the top 5,000), so past this we
 * keep the worst and count the rest in `run.properties`.
 */
const SARIF_MAX_RESULTS = 25_000;
const LEVEL = { error: "error", warning: "warning", notice: "note" };
/** The versioned fingerprint key: bump it if what {@link findingFingerprint} hashes ever changes. */
const FINGERPRINT_KEY = "gitopsFinding/v1";
/**
 * A SARIF 2.1.0 log for GitHub code scanning: one run, rules deduplicated as `${tool}/${rule}`,
 * results worst first with repo-relative locations and fingerprints stable across runs.
 */
function toSarif(findings, opts) {
    const sorted = sortFindings(findings);
    const kept = sorted.slice(0, Math.max(0, opts.maxResults ?? SARIF_MAX_RESULTS));
    // Rules sorted by id (code-unit order, not locale order, so every machine agrees) rather than by
    // first use, so the rules array and every ruleIndex stay put when only the results change.
    // `kept` is worst first, so a rule's first finding carries its worst severity.
    const first = new Map();
    for (const f of kept)
        if (!first.has(ruleId(f)))
            first.set(ruleId(f), f);
    const rules = [...first.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, f]) => toRule(id, f, opts.rules?.[id]));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // Identical findings (same rule, place, message and resource, different lines) share a hash;
    // the occurrence number keeps their fingerprints apart, as codeql-action's does.
    const seen = new Map();
    const results = kept.map((f) => {
        const id = ruleId(f);
        const hash = findingFingerprint(f);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        const location = toLocation(f);
        return {
            ruleId: id,
            ruleIndex: index.get(id) ?? -1,
            level: LEVEL[f.severity],
            message: { text: messageText(f) },
            ...(location && { locations: [location] }),
            partialFingerprints: {
                [FINGERPRINT_KEY]: `${hash}:${n}`,
                // GitHub only reads primaryLocationLineHash; when it is absent, upload-sarif derives one
                // from the text around `line`, which moves whenever lines above are edited. Ours does not
                // depend on the line, so an alert survives unrelated edits to the file.
                primaryLocationLineHash: `${hash.slice(0, 16)}:${n}`,
            },
        };
    });
    const driver = { name: opts.toolName, version: opts.toolVersion, rules };
    if (opts.informationUri)
        driver.informationUri = opts.informationUri;
    const run = { tool: { driver }, columnKind: "utf16CodeUnits", results };
    if (kept.length < sorted.length)
        run.properties = { droppedResults: sorted.length - kept.length };
    return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
/**
 * sha256 (hex) of what makes a finding the same finding across runs: tool, rule, file (or target),
 * message and resource. Not the line, which shifts with unrelated edits.
 */
function findingFingerprint(f) {
    const parts = [
        f.tool,
        f.rule,
        f.file ?? f.target ?? "",
        f.message,
        f.resource ? resourceLabel(f.resource) : "",
    ];
    // JSON keeps the parts apart: no choice of separator can be forged from inside a part.
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
function ruleId(f) {
    return `${f.tool}/${f.rule}`;
}
function toRule(id, worst, info) {
    // GitHub requires all three descriptions to be non-empty; the id is the best we have without info.
    const text = info?.description ?? id;
    const rule = {
        id,
        name: id,
        shortDescription: { text },
        fullDescription: { text },
        help: { text: info?.helpUri ? `${text}\n\n${info.helpUri}` : text },
        defaultConfiguration: { level: LEVEL[worst.severity] },
        // The tool as a tag lets code scanning filter lint from policy from secrets.
        properties: { tags: [worst.tool] },
    };
    if (info?.helpUri)
        rule.helpUri = info.helpUri;
    return rule;
}
function messageText(f) {
    const text = f.resource ? `${f.message} [${resourceLabel(f.resource)}]` : f.message;
    // message.text is required and GitHub refuses an empty string for a required property.
    return text || ruleId(f);
}
function toLocation(f) {
    const path = f.file ?? (f.target && looksLikePath(f.target) ? f.target : undefined);
    if (!path)
        return undefined;
    const location = {
        physicalLocation: { artifactLocation: { uri: encodePath(path), uriBaseId: "%SRCROOT%" } },
    };
    // A line only means something in the file; a target is a directory.
    if (f.file && f.line && f.line >= 1) {
        location.physicalLocation.region = { startLine: f.line };
        if (f.column && f.column >= 1)
            location.physicalLocation.region.startColumn = f.column;
    }
    return location;
}
/** Relative, `/`-separated, no `..`, no spaces or scheme: `apps/cms/overlays/prod`, not `cluster prod`. */
function looksLikePath(s) {
    return /^[\w.@+-]+(\/[\w.@+-]+)*\/?$/.test(s) && !s.split("/").includes("..");
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/junit.ts


/** The case a finding belongs to when it names neither a target nor a file. */
const REPOSITORY_CASE = "(repository)";
/**
 * JUnit XML for CI test-report viewers: one `<testsuite>` per tool, one `<testcase>` per target
 * (or file) with a `<failure>` listing its errors; warnings and notices go to `<system-out>`
 * unless `warningsAsFailures`. `tests`/`failures` count cases, as the viewers expect.
 *
 * All text is escaped, so markup in a message (`<script>`, `]]>`) stays text, and characters XML
 * 1.0 cannot carry at all (NUL and most C0 controls, lone surrogates) become U+FFFD.
 */
function toJUnitXml(findings, opts) {
    const byTool = new Map();
    for (const tool of opts.tools ?? [])
        byTool.set(tool, []);
    for (const f of sortFindings(findings)) {
        const list = byTool.get(f.tool);
        if (list)
            list.push(f);
        else
            byTool.set(f.tool, [f]);
    }
    if (!byTool.size)
        byTool.set(opts.suiteName, []);
    const suites = [...byTool].map(([tool, list]) => suiteXml(tool, list, opts));
    const tests = suites.reduce((n, s) => n + s.tests, 0);
    const failures = suites.reduce((n, s) => n + s.failures, 0);
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="${xmlAttr(opts.suiteName)}" tests="${tests}" failures="${failures}" errors="0">`,
        ...suites.flatMap((s) => s.lines),
        `</testsuites>`,
        "",
    ].join("\n");
}
function suiteXml(tool, findings, opts) {
    // Listed cases keep the caller's order (usually plan order); the rest follow, sorted.
    const byCase = new Map();
    for (const name of opts.cases ?? [])
        byCase.set(name, []);
    const extra = new Map();
    for (const f of findings) {
        const name = f.target ?? f.file ?? REPOSITORY_CASE;
        const list = byCase.get(name) ?? extra.get(name);
        if (list)
            list.push(f);
        else
            extra.set(name, [f]);
    }
    for (const name of [...extra.keys()].sort())
        byCase.set(name, extra.get(name) ?? []);
    const lines = [];
    let failures = 0;
    for (const [name, list] of byCase) {
        const failing = [];
        const other = [];
        for (const f of list) {
            const fails = f.severity === "error" || (opts.warningsAsFailures && f.severity === "warning");
            (fails ? failing : other).push(f);
        }
        const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(tool)}"`;
        if (!list.length) {
            lines.push(`${open}/>`);
            continue;
        }
        lines.push(`${open}>`);
        const [head] = failing;
        if (head) {
            failures += 1;
            const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : "";
            lines.push(`      <failure message="${xmlAttr(head.message + more)}" type="${xmlAttr(`${head.tool}/${head.rule}`)}">` +
                `${xmlText(failing.map(formatFindingLine).join("\n"))}</failure>`);
        }
        if (other.length) {
            lines.push(`      <system-out>${xmlText(other.map(formatFindingLine).join("\n"))}</system-out>`);
        }
        lines.push(`    </testcase>`);
    }
    const tests = byCase.size;
    return {
        lines: [
            `  <testsuite name="${xmlAttr(tool)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
            ...lines,
            `  </testsuite>`,
        ],
        tests,
        failures,
    };
}
/**
 * Everything XML 1.0 cannot carry (its `Char` production) plus the C1 controls it discourages.
 * With the `u` flag a lone surrogate is one unmatched code unit, so it falls in here too.
 */
const NOT_XML = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ENTITY = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&apos;",
};
/** Escapes element text. `>` is escaped too, so `]]>` cannot appear in the output. */
function xmlText(s) {
    return s.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}
/** Escapes an attribute value; tab/CR/LF as references, since parsers turn raw ones into spaces. */
function xmlAttr(s) {
    return xmlText(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/index.ts
/**
 * The one set of reporters: every check's `Finding[]` becomes text, `--json`, annotations, the
 * job summary, SARIF and JUnit here, so a new check adds rules, never a new report format.
 */







;// CONCATENATED MODULE: ./packages/core/src/plan.ts

/** Selects targets and splits them into shards (see `planShards`). */
function buildPlan(layout, options) {
    const targets = filterTargets(layout, options);
    const shards = planShards(targets, options.shards);
    const matrix = {
        include: shards.map((ids, i) => ({ shard: i + 1, of: shards.length, targets: ids })),
    };
    return { targets, shards, matrix };
}
/** A job-summary section: targets per env and kind, and the shards. */
function planMarkdown(plan) {
    const counts = new Map();
    for (const t of plan.targets)
        counts.set(`${t.env}\u0000${t.kind}`, (counts.get(`${t.env}\u0000${t.kind}`) ?? 0) + 1);
    const rows = [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, n]) => {
        const [env = "", kind = ""] = key.split("\u0000");
        return `| ${env} | ${kind} | ${n} |`;
    });
    const lines = [
        "### gitops plan",
        "",
        `${plan.targets.length} target(s) in ${plan.shards.length} shard(s).`,
        "",
        "| Env | Kind | Targets |",
        "| --- | --- | ---: |",
        ...rows,
    ];
    if (plan.shards.length > 1) {
        lines.push("", "| Shard | Targets |", "| ---: | --- |");
        plan.shards.forEach((ids, i) => lines.push(`| ${i + 1} | ${ids.map((id) => `\`${id}\``).join(", ")} |`));
    }
    return lines.join("\n") + "\n";
}

// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
// EXTERNAL MODULE: ./packages/core/src/globs.ts
var globs = __webpack_require__(6626);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var walk = __webpack_require__(56);
;// CONCATENATED MODULE: ./packages/core/src/index.ts

















;// CONCATENATED MODULE: ./packages/promote/src/graphql.ts
/**
 * GitHub GraphQL next to the REST base URL. github.com serves REST at https://api.github.com and
 * GraphQL at https://api.github.com/graphql, but GitHub Enterprise Server serves REST at
 * https://HOST/api/v3 and GraphQL at https://HOST/api/graphql: "<REST base>/graphql" is wrong
 * there. Octokit's `graphql` maps the URL the same way (`/api/v3` → `/api/graphql`).
 */
/** The GraphQL endpoint that goes with a REST base URL. */
function graphql_graphqlUrl(restBase) {
    const base = restBase.replace(/\/+$/, "");
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, "/api/graphql") : `${base}/graphql`;
}
/** GraphQL answers errors with HTTP 200 and an `errors` list; like Octokit's GraphqlResponseError it carries them. */
class GraphqlError extends Error {
    errors;
    name = "GraphqlError";
    constructor(errors) {
        super(errors.map((e) => e.message ?? "").join("; "));
        this.errors = errors;
    }
}
/** The `data` of a GraphQL answer, or a `GraphqlError` when it carries errors. */
function graphql_graphqlData(body) {
    const answer = body;
    if (Array.isArray(answer?.errors) && answer.errors.length > 0)
        throw new GraphqlError(answer.errors);
    return answer?.data;
}
/** The messages of a GraphQL refusal (Octokit's GraphqlResponseError or ours), or undefined for any other error. */
function graphqlErrors(err) {
    const errors = err?.errors;
    if (!Array.isArray(errors))
        return undefined;
    return errors.map((e) => {
        const message = e?.message;
        return typeof message === "string" ? message : "";
    });
}

;// CONCATENATED MODULE: ./packages/promote/src/github.ts
/**
 * The GitHub REST calls promotion makes, over a narrow `request(route,
 * params)` interface that Octokit's `request` satisfies (the action passes
 * its Octokit) and that `fetchClient` implements for the CLI, which must not
 * load `@actions/*`.
 */


/** The HTTP status of a failed request (Octokit's RequestError and ours both carry it). */
function github_statusOf(err) {
    const status = err?.status;
    return typeof status === "number" ? status : undefined;
}
/** GETs every page of a list endpoint (100 per page); `pick` takes the items out of a page's body. */
async function listAll(gh, route, params, pick = (d) => d) {
    const out = [];
    for (let page = 1; page <= 100; page++) {
        const { data } = await gh.client.request(route, {
            owner: gh.owner,
            repo: gh.repo,
            ...params,
            per_page: 100,
            page,
        });
        const items = pick(data);
        out.push(...items);
        if (items.length < 100)
            break;
    }
    return out;
}
/** An error from the GitHub API, carrying its status like Octokit's RequestError (never headers or tokens). */
class GitHubApiError extends Error {
    status;
    name = "GitHubApiError";
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * A minimal client over `fetch` for the CLI: fills `{name}` placeholders of
 * the route from `params`, sends the rest as the query (GET) or JSON body,
 * and throws `GitHubApiError` for any status of 400 and above.
 */
function fetchClient(options) {
    const base = options.baseUrl.replace(/\/+$/, "");
    const client = {
        async graphql(query, variables = {}) {
            return graphqlData((await client.request(`POST ${graphqlUrl(base)}`, { query, variables })).data);
        },
        async request(route, params = {}) {
            // A path under the base, or a whole URL (the GraphQL endpoint, which is not under it on GHES).
            const match = /^(GET|POST|PATCH|PUT|DELETE) (\/\S*|https?:\/\/\S+)$/.exec(route);
            if (!match)
                throw new Error(`bad route ${route}`);
            const [, method = "GET", template = "/"] = match;
            const used = new Set();
            const path = template.replace(/\{(\w+)\}/g, (_, name) => {
                used.add(name);
                return encodeURIComponent(String(params[name]));
            });
            const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !used.has(k)));
            const url = new URL(path.startsWith("/") ? base + path : path);
            let body;
            if (method === "GET") {
                for (const [k, v] of Object.entries(rest))
                    url.searchParams.set(k, String(v));
            }
            else if (method !== "DELETE" || Object.keys(rest).length > 0) {
                // A DELETE with nothing to say sends no body: GitHub's description gives most DELETEs none.
                body = JSON.stringify(rest);
            }
            const response = await fetch(url, {
                method,
                headers: {
                    accept: "application/vnd.github+json",
                    authorization: `Bearer ${options.token}`,
                    "content-type": "application/json",
                    "user-agent": options.userAgent,
                    "x-github-api-version": "2022-11-28",
                },
                ...(body === undefined ? {} : { body }),
            });
            const text = await response.text();
            let data;
            try {
                data = text === "" ? undefined : JSON.parse(text);
            }
            catch {
                // A proxy's HTML error page, say: report the status, not a JSON syntax error.
                if (response.status < 400)
                    throw new GitHubApiError(`${method} ${template}: the answer is not JSON`, response.status);
            }
            if (response.status >= 400) {
                const message = data?.message;
                throw new GitHubApiError(`${method} ${template}: ${response.status} ${typeof message === "string" ? message : response.statusText}`, response.status);
            }
            return { status: response.status, data };
        },
    };
    return client;
}
/** `owner/name` from a GitHub remote URL (https or ssh), or undefined for other remotes. */
function repoFromRemoteUrl(url) {
    const m = /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|git@[^:]+:|ssh:\/\/git@[^/]+\/)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : undefined;
}
/** `owner/name` as given on the command line or in GITHUB_REPOSITORY. */
function parseRepoSlug(slug) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(slug);
    if (!m?.[1] || !m[2])
        throw new UserError(`repository must look like "owner/name", got ${JSON.stringify(slug)}`);
    return { owner: m[1], repo: m[2] };
}

;// CONCATENATED MODULE: ./packages/argocd/src/deployments.ts
/**
 * GitHub deployments from what Argo CD deployed: one per sync in `status.history` (a success),
 * plus one for a running or failed sync operation, with environment = the Application's env and
 * ref = the deployed SHA. Idempotent across runs: each carries a key in its payload
 * (`gitops.key`), and a run creates only what GitHub lacks, adding a status where the state moved.
 * Works from the Argo CD API alone, with no Argo CD Notifications set up.
 */



const deployments_SHA = /^[0-9a-f]{40}$/i;
/** Reads Argo CD and lists the deployments it implies, oldest first. Applications with no env are left out. */
async function planDeployments(model, client, options = {}) {
    const { mapped } = await listRepoApplications(client, model, options, STATUS_FIELDS);
    const out = [];
    for (const m of mapped) {
        if (!m.env || (options.envs?.length && !options.envs.includes(m.env)))
            continue;
        const ns = m.live.metadata?.namespace ?? "";
        const base = `argocd:${ns}/${m.name}`;
        const common = {
            application: m.name,
            env: m.env,
            environmentUrl: m.live.status?.summary?.externalURLs?.[0] ?? null,
            logUrl: `${client.server}/applications/${ns ? `${ns}/` : ""}${encodeURIComponent(m.name)}`,
        };
        for (const h of m.live.status?.history ?? []) {
            const sha = h.revisions?.[m.sourceIndex] ?? h.revision ?? "";
            // A Helm chart version or a branch name is no commit GitHub could deploy.
            if (!deployments_SHA.test(sha) || h.id === undefined)
                continue;
            // Argo CD stamps a history entry with its operation's start, so a sync seen running on one
            // run and finished on the next is the same deployment, moved to success.
            const key = h.deployStartedAt ? `${base}/sync/${h.deployStartedAt}` : `${base}/history/${h.id}`;
            if (out.some((p) => p.key === key))
                continue;
            out.push({ key, sha, state: "success", at: h.deployedAt ?? null, ...common });
        }
        const op = m.live.status?.operationState;
        const opSha = op?.syncResult?.revisions?.[m.sourceIndex] ?? op?.syncResult?.revision ?? "";
        const state = op?.phase === "Running"
            ? "in_progress"
            : op?.phase === "Failed" || op?.phase === "Error"
                ? "failure"
                : undefined;
        if (state && op?.startedAt && deployments_SHA.test(opSha)) {
            out.push({ key: `${base}/sync/${op.startedAt}`, sha: opSha, state, at: op.startedAt, ...common });
        }
    }
    return out.sort((a, b) => (a.at ?? "").localeCompare(b.at ?? "") || a.key.localeCompare(b.key));
}
/**
 * Creates the planned deployments GitHub lacks and adds a status to those whose state moved
 * (a running sync that finished). Sets `action` on each item.
 */
async function pushDeployments(gh, planned, options) {
    const existing = new Map();
    for (const env of new Set(planned.map((p) => p.env))) {
        const list = await listAll(gh, "GET /repos/{owner}/{repo}/deployments", {
            environment: env,
        });
        for (const d of list) {
            const key = keyOf(d.payload);
            if (key && !existing.has(key))
                existing.set(key, d);
        }
    }
    for (const p of planned) {
        const found = existing.get(p.key);
        if (found) {
            const statuses = await listAll(gh, "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { deployment_id: found.id });
            // Newest first: only the latest state counts. GitHub marks superseded deployments inactive
            // (auto_inactive), which is still the success we recorded.
            const latest = statuses[0]?.state;
            if (latest === p.state || (p.state === "success" && latest === "inactive")) {
                p.action = "unchanged";
                continue;
            }
            await addStatus(gh, found.id, p);
            p.action = "updated";
            continue;
        }
        const { data } = await gh.client.request("POST /repos/{owner}/{repo}/deployments", {
            owner: gh.owner,
            repo: gh.repo,
            ref: p.sha,
            environment: p.env,
            // The SHA already ran: GitHub must neither merge the default branch in nor wait for checks.
            auto_merge: false,
            required_contexts: [],
            payload: { gitops: { key: p.key, application: p.application, argocd: options.server } },
            description: `Argo CD sync of ${p.application}`.slice(0, 140),
            production_environment: options.productionEnvs?.includes(p.env) ?? false,
            transient_environment: false,
        });
        await addStatus(gh, data.id, p);
        p.action = "created";
    }
    return planned;
}
async function addStatus(gh, id, p) {
    await gh.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        owner: gh.owner,
        repo: gh.repo,
        deployment_id: id,
        state: p.state,
        log_url: p.logUrl,
        ...(p.environmentUrl && /^https?:\/\//.test(p.environmentUrl)
            ? { environment_url: p.environmentUrl }
            : {}),
        description: `${p.application} ${p.state === "success" ? "synced" : p.state === "failure" ? "sync failed" : "syncing"} at ${p.sha.slice(0, 7)}`,
    });
}
function keyOf(payload) {
    const key = payload?.gitops?.key;
    return typeof key === "string" ? key : undefined;
}

;// CONCATENATED MODULE: ./packages/argocd/src/alerts.ts
/**
 * Which Applications deserve an alert, from a `gitops status` report: the problems of each
 * (OutOfSync, Degraded, a failed sync and, when asked, not current), with since when each lasts,
 * and whether the oldest is past the grace period. Pure: no network, no clock of its own.
 */

const ALERT_RULES = ["out-of-sync", "degraded", "sync-failed", "not-current"];
/** Issue #17: OutOfSync, Degraded or sync-failed. Not current is opt-in (a pinned targetRevision is on purpose). */
const DEFAULT_ALERT_RULES = ["out-of-sync", "degraded", "sync-failed"];
/** One entry per Application of the report, problems or not (no problems: it is healthy). */
function evaluateAlerts(report, options) {
    const rules = options.rules ?? DEFAULT_ALERT_RULES;
    return report.applications.map((app) => {
        const problems = problemsOf(app).filter((p) => rules.includes(p.rule));
        const dated = problems.map((p) => p.since);
        // An undated problem counts at once, as `gitops status` counts it.
        const since = dated.includes(null) ? null : (dated.filter((d) => d !== null).sort()[0] ?? null);
        const age = since === null ? Number.POSITIVE_INFINITY : options.now.getTime() - Date.parse(since);
        return {
            app,
            key: alertKey(app),
            problems,
            since,
            pastGrace: problems.length > 0 && !(age < options.graceMs),
            signature: signatureOf(problems, app.revision),
        };
    });
}
/** `<namespace>/<name>`, or the name alone when Argo CD gave no namespace. */
function alertKey(app) {
    return app.namespace ? `${app.namespace}/${app.name}` : app.name;
}
/** The problems of one Application, dated the way `gitops status` dates its drift findings. */
function problemsOf(app) {
    const out = [];
    // A pending change dates OutOfSync; without one, live objects were changed by hand: at once.
    if (app.sync === "OutOfSync")
        out.push({ rule: "out-of-sync", since: app.behind?.commits ? app.behind.since : null });
    if (app.health === "Degraded")
        out.push({ rule: "degraded", since: app.healthSince ?? null });
    if (app.operation && (app.operation.phase === "Failed" || app.operation.phase === "Error"))
        out.push({ rule: "sync-failed", since: app.operation.at ?? null });
    if (app.current === false && app.behind)
        out.push({ rule: "not-current", since: app.behind.since });
    return out;
}
/** Parses rule names (`--alert-on`, the action's `alert-on`); an unknown one is a `UserError` naming `what`. */
function parseAlertRules(values, what) {
    const out = [];
    for (const v of values) {
        if (!ALERT_RULES.includes(v))
            throw new errors/* UserError */.yo(`${what}: unknown rule "${v}"; use ${ALERT_RULES.join(", ")}`);
        if (!out.includes(v))
            out.push(v);
    }
    return out;
}
function signatureOf(problems, revision) {
    const rules = problems.map((p) => p.rule).sort();
    return `${rules.join("+") || "ok"}@${revision ? revision.slice(0, 12) : "none"}`;
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-body.ts
/**
 * The markdown of an alert issue: its title, its body (a hidden marker on the first line that
 * finds the issue again, then the facts and links) and the comments on a change of state.
 * Everything Argo CD says in words (operation and health messages) is untrusted: it goes into a
 * fenced block that no backtick run inside can close, so it renders as text, never as links,
 * mentions, HTML or a forged marker.
 */


/** The label every alert issue carries; listing by it finds the issues of earlier runs. */
const ALERT_LABEL = "gitops-observe";
const MARKER = /^<!-- gitops-observe: app=([A-Za-z0-9._/-]+) state=([A-Za-z0-9+@._-]*) -->/;
const alert_body_SHA = /^[0-9a-f]{7,40}$/i;
const MAX_UNTRUSTED = 2000;
/** The hidden first line of an alert issue's body. */
function alertMarker(key, signature) {
    return `<!-- gitops-observe: app=${key} state=${signature} -->`;
}
/** The key and state signature of an alert issue, from the first line of its body only. */
function parseMarker(body) {
    const m = MARKER.exec(body ?? "");
    return m?.[1] ? { key: m[1], signature: m[2] ?? "" } : undefined;
}
const WORDS = {
    "out-of-sync": "OutOfSync",
    degraded: "Degraded",
    "sync-failed": "sync failed",
    "not-current": "not current",
};
/** `Argo CD: web-prod (prod/web): OutOfSync, Degraded`. */
function alertTitle(alert) {
    const { app } = alert;
    const where = app.env ? ` (${app.env}${app.service ? `/${app.service}` : ""})` : "";
    const what = alert.problems.map((p) => WORDS[p.rule]).join(", ") || "recovered";
    return `Argo CD: ${app.name}${where}: ${what}`.slice(0, 250);
}
/** The whole body; `recovered` writes the last state before the issue is closed. */
function alertBody(alert, links, recovered = false) {
    const { app } = alert;
    const lines = [
        alertMarker(alert.key, alert.signature),
        recovered
            ? `### ${inline(app.name)} recovered: ${inline(app.sync)} and ${inline(app.health)}`
            : `### ${inline(app.name)}: ${alert.problems.map((p) => WORDS[p.rule]).join(", ")}`,
        "",
        "| | |",
        "| --- | --- |",
        `| Application | ${appLink(app.name, app.namespace, links.server)} (project ${inline(app.project || "default")}) |`,
        `| Environment / service | ${inline(app.env || "(shared)")} / ${inline(app.service ?? "-")} |`,
        `| Sync / health | ${inline(app.sync)} / ${inline(app.health)} |`,
        `| Deployed | ${commit(app.revision, links.repoUrl)}${app.deployedAt ? ` at ${inline(app.deployedAt)}` : ""} |`,
        `| Expected | ${commit(app.expected, links.repoUrl)}${behind(alert, links.repoUrl)} |`,
        `| Since | ${sinceText(alert.since, links.now)} |`,
        `| Targets | ${app.targets.map((t) => `\`${t.replace(/`/g, "'")}\``).join(", ") || "-"} |`,
    ];
    if (alert.problems.length > 0) {
        lines.push("", "Problems:", "");
        for (const p of alert.problems)
            lines.push(`- ${WORDS[p.rule]}: ${sinceText(p.since, links.now)}`);
    }
    if (app.operation) {
        lines.push("", `Last sync operation: ${inline(app.operation.phase)}${app.operation.at ? ` at ${inline(app.operation.at)}` : ""}`);
        if (app.operation.message)
            lines.push("", untrustedFence(app.operation.message));
    }
    if (app.note)
        lines.push("", `Note: ${inline(app.note)}`);
    const url = app.urls.find((u) => /^https?:\/\//.test(u));
    if (url)
        lines.push("", `Serves ${inline(url)}`);
    lines.push("", "---", `_Checked ${links.now.toISOString()}${links.runUrl ? ` by [this run](${links.runUrl})` : ""}. ` +
        `gitops observe updates this issue while the problem lasts and closes it when the Application recovers._`);
    return lines.join("\n") + "\n";
}
/** The comment for a state that changed while the issue is open, or came back after it was closed. */
function changeComment(alert, links, reopened) {
    const what = alert.problems.map((p) => WORDS[p.rule]).join(", ");
    const head = reopened ? `The problem is back: ${inline(alert.app.name)}: ${what}` : `Now ${what}`;
    return `${head}; deployed ${commit(alert.app.revision, links.repoUrl)}, ${inline(alert.app.sync)} / ${inline(alert.app.health)}.${footer(links)}`;
}
function recoveryComment(alert, links) {
    return (`Recovered: ${inline(alert.app.name)} is ${inline(alert.app.sync)} and ${inline(alert.app.health)} ` +
        `at ${commit(alert.app.revision, links.repoUrl)}; closing.${footer(links)}`);
}
/** Server text as a fenced block: control characters dropped, bounded, a fence longer than any backtick run. */
function untrustedFence(text) {
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").trimEnd();
    const cut = clean.length > MAX_UNTRUSTED ? `${clean.slice(0, MAX_UNTRUSTED)}…` : clean;
    const longest = Math.max(2, ...[...cut.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    return `${fence}text\n${cut}\n${fence}`;
}
function footer(links) {
    return links.runUrl ? ` ([run](${links.runUrl}))` : "";
}
/** A short value from the server or the model as one inert table cell. */
function inline(text) {
    return (0,summary/* markdownCell */.UZ)(text).replace(/@/g, "@\u200b");
}
function appLink(name, namespace, server) {
    const path = `${namespace ? `${encodeURIComponent(namespace)}/` : ""}${encodeURIComponent(name)}`;
    return /^https?:\/\//.test(server)
        ? `[${inline(name)}](${server.replace(/\/+$/, "")}/applications/${path})`
        : inline(name);
}
function commit(sha, repoUrl) {
    if (!sha)
        return "(none)";
    if (!alert_body_SHA.test(sha))
        return inline(sha);
    return repoUrl ? `[\`${sha.slice(0, 7)}\`](${repoUrl}/commit/${sha})` : `\`${sha.slice(0, 7)}\``;
}
function behind(alert, repoUrl) {
    const { app } = alert;
    if (!app.behind?.commits)
        return app.current === true ? " (deployed)" : "";
    const compare = repoUrl && app.revision && app.expected && alert_body_SHA.test(app.revision) && alert_body_SHA.test(app.expected)
        ? `, [compare](${repoUrl}/compare/${app.revision}...${app.expected})`
        : "";
    return ` (${app.behind.commits} input commit(s) not deployed${compare})`;
}
function sinceText(since, now) {
    if (!since)
        return "undated (counts at once)";
    const age = now.getTime() - Date.parse(since);
    return Number.isFinite(age) ? `${inline(since)} (${formatDuration(age)})` : inline(since);
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-issues.ts
/**
 * One GitHub issue per alerting Application, kept in step with Argo CD across scheduled runs.
 * An issue is found again by its label and the hidden marker on its body's first line (see
 * alert-body.ts), so a re-run opens no duplicate. While the problem lasts the body is rewritten;
 * a comment is added only when the state changes (other problems, another deployed revision).
 * Recovery closes the issue with a comment; a problem that comes back reopens the same issue.
 * Applications this run did not look at (another env, not listed) are left alone.
 */



/** The alert issues of the repository, open and closed, by key; the open one first, lowest number first. */
async function listAlertIssues(gh, label = ALERT_LABEL) {
    const listed = await guard(gh, "list the alert issues", () => listAll(gh, "GET /repos/{owner}/{repo}/issues", {
        labels: label,
        state: "all",
        sort: "created",
        direction: "asc",
    }));
    const byKey = new Map();
    for (const i of listed) {
        const marker = i.pull_request ? undefined : parseMarker(i.body);
        if (!marker)
            continue;
        const issue = {
            number: i.number,
            state: i.state === "open" ? "open" : "closed",
            key: marker.key,
            signature: marker.signature,
            htmlUrl: i.html_url,
        };
        const list = byKey.get(marker.key);
        if (list)
            list.push(issue);
        else
            byKey.set(marker.key, [issue]);
    }
    for (const list of byKey.values())
        list.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === "open" ? -1 : 1));
    return byKey;
}
/** Opens, updates, reopens and closes alert issues so that GitHub matches `alerts`. */
async function syncAlertIssues(gh, alerts, options) {
    const label = options.label ?? ALERT_LABEL;
    const existing = await listAlertIssues(gh, label);
    const out = [];
    for (const alert of alerts) {
        const issues = existing.get(alert.key) ?? [];
        const open = issues.filter((i) => i.state === "open");
        // The newest closed one: a problem that comes back reopens it, so one issue holds its history.
        const closed = issues.filter((i) => i.state === "closed").at(-1);
        const outcome = {
            key: alert.key,
            application: alert.app.name,
            env: alert.app.env,
            problems: alert.problems.map((p) => p.rule),
            action: "ok",
            commented: false,
            issue: open[0]?.number ?? null,
            url: open[0]?.htmlUrl ?? null,
            duplicatesClosed: [],
        };
        out.push(outcome);
        const [first, ...duplicates] = open;
        if (first) {
            if (alert.problems.length === 0) {
                outcome.action = "closed";
                outcome.commented = true;
                if (!options.dryRun)
                    await alert_issues_close(gh, first.number, alert, options.links);
            }
            else {
                outcome.action = "updated";
                outcome.commented = first.signature !== alert.signature;
                if (!options.dryRun)
                    await update(gh, first.number, alert, options.links, outcome.commented);
            }
            for (const d of duplicates) {
                outcome.duplicatesClosed.push(d.number);
                if (!options.dryRun)
                    await closeDuplicate(gh, d.number, first.number);
            }
            continue;
        }
        if (alert.problems.length === 0)
            continue;
        if (!alert.pastGrace) {
            outcome.action = "pending";
            continue;
        }
        if (closed) {
            outcome.action = "reopened";
            outcome.commented = true;
            outcome.issue = closed.number;
            outcome.url = closed.htmlUrl;
            if (!options.dryRun)
                await reopen(gh, closed.number, alert, options.links);
            continue;
        }
        outcome.action = "opened";
        if (options.dryRun)
            continue;
        const created = await guard(gh, `open the alert issue of ${alert.app.name}`, () => gh.client.request("POST /repos/{owner}/{repo}/issues", {
            owner: gh.owner,
            repo: gh.repo,
            title: alertTitle(alert),
            body: alertBody(alert, options.links),
            labels: [label],
        }));
        const data = created.data;
        outcome.issue = data.number;
        outcome.url = data.html_url;
        // GitHub silently drops labels the token may not set; unlabelled, the issue would never be found
        // again and every run would open another. Stop here instead.
        const labels = (data.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? "")).toLowerCase());
        if (!labels.includes(label.toLowerCase()))
            throw new errors/* UserError */.yo(`GitHub opened alert issue #${data.number} in ${gh.owner}/${gh.repo} without the label "${label}", so ` +
                `later runs could not find it; give the token "issues: write" and re-run`);
    }
    return out;
}
async function update(gh, number, alert, links, comment) {
    await patch(gh, number, { title: alertTitle(alert), body: alertBody(alert, links) }, alert);
    if (comment)
        await addComment(gh, number, changeComment(alert, links, false), alert);
}
async function reopen(gh, number, alert, links) {
    await patch(gh, number, { title: alertTitle(alert), body: alertBody(alert, links), state: "open", state_reason: "reopened" }, alert);
    await addComment(gh, number, changeComment(alert, links, true), alert);
}
async function alert_issues_close(gh, number, alert, links) {
    // The comment first: a closed issue's last words should say why it closed.
    await addComment(gh, number, recoveryComment(alert, links), alert);
    await patch(gh, number, { body: alertBody(alert, links, true), state: "closed", state_reason: "completed" }, alert);
}
async function closeDuplicate(gh, number, of) {
    await guard(gh, `close the duplicate alert issue #${number}`, async () => {
        await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            body: `Duplicate of #${of}.`,
        });
        await gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            state: "closed",
            state_reason: "duplicate",
        });
    });
}
async function patch(gh, number, fields, alert) {
    await guard(gh, `update alert issue #${number} (${alert.app.name})`, () => gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        ...fields,
    }));
}
async function addComment(gh, number, body, alert) {
    await guard(gh, `comment on alert issue #${number} (${alert.app.name})`, () => gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        body,
    }));
}
/** GitHub's refusals as one `UserError` naming the repository and the permission (exit 2). */
async function guard(gh, doing, fn) {
    try {
        return await fn();
    }
    catch (err) {
        const status = github_statusOf(err);
        const head = `cannot ${doing} in ${gh.owner}/${gh.repo}`;
        if (status === 401)
            throw new errors/* UserError */.yo(`${head}: GitHub refused the token (401)`);
        if (status === 403 || status === 404)
            throw new errors/* UserError */.yo(`${head}: GitHub answered ${status}; the token needs "issues: write" on the repository`);
        if (status === 410)
            throw new errors/* UserError */.yo(`${head}: issues are disabled for the repository (410)`);
        if (status !== undefined)
            throw new errors/* UserError */.yo(`${head}: GitHub answered ${status}`);
        if (err instanceof TypeError && /fetch failed/i.test(err.message))
            throw new errors/* UserError */.yo(`${head}: the GitHub API is unreachable; check GITHUB_API_URL and the network`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-report.ts
/** How a run of the alerts is shown: table rows for the CLI, a job summary, counts for outputs. */

const ALERT_HEADER = ["APPLICATION", "ENV", "PROBLEMS", "ACTION", "ISSUE"];
/** Rows for the Applications with a problem or an issue; healthy ones without an issue are left out. */
function alertRows(outcomes) {
    return outcomes
        .filter((o) => o.action !== "ok")
        .map((o) => [
        o.application,
        o.env || "(shared)",
        o.problems.join(", ") || "-",
        o.action + (o.commented ? " (commented)" : ""),
        o.issue === null ? "-" : `#${o.issue}`,
    ]);
}
function alertCounts(outcomes) {
    const counts = { opened: 0, updated: 0, reopened: 0, closed: 0, pending: 0, ok: 0 };
    for (const o of outcomes)
        counts[o.action]++;
    return counts;
}
/** One line: `1 opened, 2 updated, 0 reopened, 1 closed, 1 within the grace period`. */
function alertSummaryLine(outcomes) {
    const c = alertCounts(outcomes);
    return (`${c.opened} opened, ${c.updated} updated, ${c.reopened} reopened, ${c.closed} closed, ` +
        `${c.pending} within the grace period`);
}
/** Job-summary markdown: the line above, then a table linking each issue. */
function alertsMarkdown(outcomes, dryRun = false) {
    const lines = [
        "## Argo CD alerts",
        "",
        `${alertSummaryLine(outcomes)}${dryRun ? " (dry run: nothing written)" : ""}`,
        "",
    ];
    const shown = outcomes.filter((o) => o.action !== "ok");
    if (shown.length > 0) {
        lines.push("| Application | Env | Problems | Action | Issue |", "| --- | --- | --- | --- | --- |");
        for (const o of shown) {
            const issue = o.issue === null ? "-" : o.url ? `[#${o.issue}](${o.url})` : `#${o.issue}`;
            const cells = [o.application, o.env || "(shared)", o.problems.join(", ") || "-", o.action].map((c) => (0,summary/* markdownCell */.UZ)(c));
            lines.push(`| ${[...cells, issue].join(" | ")} |`);
        }
        lines.push("");
    }
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./packages/argocd/src/alert-run.ts



async function observeAlerts(o) {
    const now = o.now ?? new Date();
    const report = await collectStatus({
        model: o.model,
        client: o.client,
        ...(o.appNamespace ? { appNamespace: o.appNamespace } : {}),
        ...(o.projects ? { projects: o.projects } : {}),
        graceMs: o.graceMs,
        failOnDrift: false,
        envs: o.envs ?? [],
        services: o.services ?? [],
        now,
    });
    const alerts = evaluateAlerts(report, { graceMs: o.graceMs, now, ...(o.rules ? { rules: o.rules } : {}) });
    const server = (o.githubServerUrl || "https://github.com").replace(/\/+$/, "");
    const outcomes = await syncAlertIssues(o.gh, alerts, {
        links: {
            server: o.client.server,
            repoUrl: `${server}/${o.gh.owner}/${o.gh.repo}`,
            ...(o.runUrl ? { runUrl: o.runUrl } : {}),
            now,
        },
        ...(o.label ? { label: o.label } : {}),
        ...(o.dryRun ? { dryRun: true } : {}),
    });
    return { report, alerts, outcomes };
}

;// CONCATENATED MODULE: ./packages/argocd/src/index.ts


















/***/ })

};
