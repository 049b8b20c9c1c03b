export const id = 602;
export const ids = [602];
export const modules = {

/***/ 8602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALERT_HEADER: () => (/* reexport */ ALERT_HEADER),
  ALERT_LABEL: () => (/* reexport */ ALERT_LABEL),
  ALERT_RULES: () => (/* reexport */ src_alerts/* ALERT_RULES */.HL),
  ArgoClient: () => (/* reexport */ ArgoClient),
  DEFAULT_ALERT_RULES: () => (/* reexport */ src_alerts/* DEFAULT_ALERT_RULES */.nG),
  STATUS_FIELDS: () => (/* reexport */ STATUS_FIELDS),
  STATUS_HEADER: () => (/* reexport */ STATUS_HEADER),
  alertBody: () => (/* reexport */ alertBody),
  alertCounts: () => (/* reexport */ alertCounts),
  alertKey: () => (/* reexport */ src_alerts/* alertKey */.aG),
  alertRows: () => (/* reexport */ alertRows),
  alertSummaryLine: () => (/* reexport */ alertSummaryLine),
  alertTitle: () => (/* reexport */ alertTitle),
  alertsMarkdown: () => (/* reexport */ alertsMarkdown),
  argoSettings: () => (/* reexport */ argoSettings),
  collectStatus: () => (/* reexport */ collectStatus),
  connect: () => (/* reexport */ connect),
  currentLabel: () => (/* reexport */ currentLabel),
  deployedRevision: () => (/* reexport */ deployedRevision),
  evaluateAlerts: () => (/* reexport */ src_alerts/* evaluateAlerts */.ZG),
  formatDuration: () => (/* reexport */ duration/* formatDuration */.a),
  freshness: () => (/* reexport */ freshness),
  inputPaths: () => (/* reexport */ inputPaths),
  listAlertIssues: () => (/* reexport */ listAlertIssues),
  listRepoApplications: () => (/* reexport */ listRepoApplications),
  mapApplications: () => (/* reexport */ mapApplications),
  observeAlerts: () => (/* reexport */ observeAlerts),
  parseAlertRules: () => (/* reexport */ src_alerts/* parseAlertRules */.z9),
  parseDuration: () => (/* reexport */ duration/* parseDuration */.E),
  parseMarker: () => (/* reexport */ parseMarker),
  parseServer: () => (/* reexport */ parseServer),
  permissionDenied: () => (/* reexport */ permissionDenied),
  planDeployments: () => (/* reexport */ planDeployments),
  problemsOf: () => (/* reexport */ src_alerts/* problemsOf */.GW),
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

// EXTERNAL MODULE: ./packages/argocd/src/duration.ts
var duration = __webpack_require__(3990);
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
            age: Number.isFinite(age) ? ` for ${(0,duration/* formatDuration */.a)(age)}` : "",
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

// EXTERNAL MODULE: ./packages/promote/src/github.ts + 1 modules
var github = __webpack_require__(316);
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
        const list = await (0,github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/deployments", {
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
            const statuses = await (0,github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { deployment_id: found.id });
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

// EXTERNAL MODULE: ./packages/argocd/src/alerts.ts
var src_alerts = __webpack_require__(2197);
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
    return Number.isFinite(age) ? `${inline(since)} (${(0,duration/* formatDuration */.a)(age)})` : inline(since);
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
    const listed = await guard(gh, "list the alert issues", () => (0,github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/issues", {
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
        const status = (0,github/* statusOf */.c2)(err);
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
    const alerts = (0,src_alerts/* evaluateAlerts */.ZG)(report, { graceMs: o.graceMs, now, ...(o.rules ? { rules: o.rules } : {}) });
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
