export const id = 625;
export const ids = [625];
export const modules = {

/***/ 3625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseMetricsSource: () => (/* binding */ parseMetricsSource),
  resolveMetricsSource: () => (/* binding */ resolveMetricsSource)
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

;// CONCATENATED MODULE: ./packages/argocd/src/connect.ts


/** The client the CLI and actions use: settings from the environment and `.gitops.yaml` `argocd:`. */
function connect(env, config, options = {}) {
    const settings = argoSettings(env, config);
    const client = new ArgoClient({ baseUrl: settings.baseUrl, token: settings.token, ...options });
    return { client, settings };
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __webpack_require__(9738);
;// CONCATENATED MODULE: ./packages/changelog/src/metrics-source.ts
/**
 * Where `changelog --metrics` takes deploys from: `--source argocd|git|auto`. `auto` (the
 * default) reads Argo CD when it is configured (ARGOCD_SERVER, or `.gitops.yaml` argocd.server)
 * and a token is there; a configured server without ARGOCD_AUTH_TOKEN falls back to git with a
 * note, since a laptop usually has the config and not the CI token. `argocd` insists: anything
 * missing is a UserError (exit 2).
 */


/** `what` names the value for the message: the CLI flag or the action input. */
function parseMetricsSource(raw, what = "--source") {
    const value = raw ?? "auto";
    if (value === "argocd" || value === "git" || value === "auto")
        return value;
    throw new src/* UserError */.yo(`${what} must be argocd, git or auto, got "${value}"`);
}
/** The Argo CD connection the metrics use, or none for git-only. */
function resolveMetricsSource(source, repo, env, options = {}) {
    if (source === "git")
        return { warnings: [], notes: [] };
    const config = (0,src/* loadConfig */.Z9)(repo).config.argocd;
    const server = (env.ARGOCD_SERVER ?? "").trim() || config.server.trim();
    if (source === "auto" && !server)
        return { warnings: [], notes: [] };
    if (source === "auto" && !(env.ARGOCD_AUTH_TOKEN ?? "").trim()) {
        return {
            warnings: [],
            notes: [`Argo CD at ${server} is configured but ARGOCD_AUTH_TOKEN is not set: metrics from git only`],
        };
    }
    const { client, settings } = connect(env, config, options);
    return {
        argocd: { client, appNamespace: settings.appNamespace, projects: settings.projects },
        warnings: settings.warnings,
        notes: [],
    };
}


/***/ })

};
