export const id = 22;
export const ids = [22];
export const modules = {

/***/ 6077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ArgoClient)
/* harmony export */ });
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1554);
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
                const reason = (0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .networkReason */ .d8)(err, this.timeoutMs);
                if (attempt < attempts && (idempotent || reason === "connection refused")) {
                    await this.wait(attempt);
                    continue;
                }
                throw this.scrub((0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .HB)(this.server, reason, attempt));
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
                throw this.scrub((0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .serverFailed */ .xR)(this.server, res.status, detail, attempt));
            }
            if (res.status === 401)
                throw this.scrub((0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .refusedToken */ .S2)(this.server, detail));
            if (res.status === 403 && subject)
                throw this.scrub((0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionDenied */ .L5)(this.server, subject));
            throw this.scrub(new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Argo CD at ${this.server} answered ${res.status} to ${method} ${path}: ${detail}`));
        }
    }
    parse(text, status) {
        try {
            return JSON.parse(text);
        }
        catch {
            // An SSO proxy or the UI in front of the API answers HTML with 200.
            throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Argo CD at ${this.server} answered ${status} with something that is not JSON; ` +
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
        return new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(err.message.split(token).join("***"));
    }
}
async function readText(res, timeoutMs) {
    try {
        return await res.text();
    }
    catch (err) {
        return `(body unreadable: ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .networkReason */ .d8)(err, timeoutMs)})`;
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


/***/ }),

/***/ 8662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6077);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9855);


/** The client the CLI and actions use: settings from the environment and `.gitops.yaml` `argocd:`. */
function connect(env, config, options = {}) {
    const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .argoSettings */ .T)(env, config);
    const client = new _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ArgoClient */ .T({ baseUrl: settings.baseUrl, token: settings.token, ...options });
    return { client, settings };
}


/***/ }),

/***/ 3990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30m`, `2h`, `1d`, `45s`, `500ms` (or `0`) in milliseconds; anything else is a UserError naming `what`. */
function parseDuration(value, what) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value.trim());
    if (value.trim() === "0")
        return 0;
    if (!m)
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} must be a duration like 30m, 2h, 1d or 45s, got "${value}"`);
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


/***/ }),

/***/ 2644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ listRepoApplications)
/* harmony export */ });
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4998);

/** Lists the Applications in `scope` with only `fields`, and maps them to `model`. */
async function listRepoApplications(client, model, scope, fields) {
    const live = await client.listApplications({
        ...(scope.appNamespace ? { appNamespace: scope.appNamespace } : {}),
        ...(scope.projects?.length ? { projects: [...scope.projects] } : {}),
        fields: [...fields],
    });
    return { live, mapped: (0,_mapping_js__WEBPACK_IMPORTED_MODULE_0__/* .mapApplications */ .U)(model, live) };
}


/***/ }),

/***/ 4998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ mapApplications)
/* harmony export */ });
/* unused harmony export sourcesOf */
/* harmony import */ var _core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2100);
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
        const sourceIndex = Math.max(0, sources.findIndex((s) => s.repoURL !== undefined && (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRepo */ .Zj)(s.repoURL, model.repoURLs)));
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
            .filter((s) => s.repoURL !== undefined && s.path !== undefined && (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRepo */ .Zj)(s.repoURL, model.repoURLs))
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


/***/ }),

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   L5: () => (/* binding */ permissionDenied),
/* harmony export */   S2: () => (/* binding */ refusedToken),
/* harmony export */   d8: () => (/* binding */ networkReason),
/* harmony export */   xR: () => (/* binding */ serverFailed)
/* harmony export */ });
/* unused harmony export rbacRules */
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
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
    return new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Argo CD at ${server} refused the token in ARGOCD_AUTH_TOKEN (401${detail ? `: ${detail}` : ""}); ` +
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
    return new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Argo CD at ${server} answered "permission denied" for Application "${subject.app}": it does not exist, ` +
        `or the token may not ${subject.action} it (Argo CD answers both alike). A CI token needs ${needs} ` +
        `in argocd-rbac-cm policy.csv or an AppProject role; "applications, override" is not needed ` +
        `(it only adds syncing local manifests or overridden parameters, which gitops never does)`);
}
function unreachable(server, reason, attempts) {
    return new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Argo CD at ${server} is unreachable: ${reason} (${attempts} attempt${attempts === 1 ? "" : "s"})`);
}
function serverFailed(server, status, detail, attempts) {
    return new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Argo CD at ${server} failed with ${status}${detail ? `: ${detail}` : ""} (${attempts} attempt${attempts === 1 ? "" : "s"})`);
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


/***/ }),

/***/ 9855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ argoSettings)
/* harmony export */ });
/* unused harmony export parseServer */
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
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
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Argo CD is not configured: set ARGOCD_SERVER (host[:port]) or argocd.server in .gitops.yaml");
    }
    const { baseUrl, warnings } = parseServer(raw, origin);
    const token = (env.ARGOCD_AUTH_TOKEN ?? "").trim();
    if (!token) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Argo CD at ${baseUrl} needs a token: set ARGOCD_AUTH_TOKEN (an API token of a CI account)`);
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
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin} "${raw}" is not a host[:port] or an http(s) URL`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin} "${raw}" must use https (or http for a local port-forward)`);
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin} "${url.host}" must be a plain host[:port] or URL, without credentials or query`);
    }
    const baseUrl = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
    const warnings = url.protocol === "http:"
        ? [`${origin} ${baseUrl} uses plain http: the Argo CD token is sent unencrypted`]
        : [];
    return { baseUrl, warnings };
}


/***/ }),

/***/ 8221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ repoFromRemoteUrl),
/* harmony export */   Jj: () => (/* binding */ parseRepoSlug),
/* harmony export */   W6: () => (/* binding */ fetchClient),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony export GitHubApiError */
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _graphql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5401);
/**
 * The GitHub REST calls promotion makes, over a narrow `request(route,
 * params)` interface that Octokit's `request` satisfies (the action passes
 * its Octokit) and that `fetchClient` implements for the CLI, which must not
 * load `@actions/*`.
 */


/** The HTTP status of a failed request (Octokit's RequestError and ours both carry it). */
function statusOf(err) {
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
            return (0,_graphql_js__WEBPACK_IMPORTED_MODULE_1__/* .graphqlData */ .oi)((await client.request(`POST ${(0,_graphql_js__WEBPACK_IMPORTED_MODULE_1__/* .graphqlUrl */ .XS)(base)}`, { query, variables })).data);
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
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`repository must look like "owner/name", got ${JSON.stringify(slug)}`);
    return { owner: m[1], repo: m[2] };
}


/***/ }),

/***/ 5401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ graphqlUrl),
/* harmony export */   dM: () => (/* binding */ graphqlErrors),
/* harmony export */   oi: () => (/* binding */ graphqlData)
/* harmony export */ });
/* unused harmony export GraphqlError */
/**
 * GitHub GraphQL next to the REST base URL. github.com serves REST at https://api.github.com and
 * GraphQL at https://api.github.com/graphql, but GitHub Enterprise Server serves REST at
 * https://HOST/api/v3 and GraphQL at https://HOST/api/graphql: "<REST base>/graphql" is wrong
 * there. Octokit's `graphql` maps the URL the same way (`/api/v3` → `/api/graphql`).
 */
/** The GraphQL endpoint that goes with a REST base URL. */
function graphqlUrl(restBase) {
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
function graphqlData(body) {
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


/***/ })

};
