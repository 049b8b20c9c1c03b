export const id = 384;
export const ids = [384];
export const modules = {

/***/ 4135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zf: () => (/* reexport */ ALERT_HEADER),
  n$: () => (/* reexport */ STATUS_FIELDS),
  jP: () => (/* reexport */ STATUS_HEADER),
  Mf: () => (/* reexport */ alertRows),
  XT: () => (/* reexport */ alertSummaryLine),
  hB: () => (/* reexport */ collectStatus),
  Ng: () => (/* reexport */ connect/* connect */.N),
  Sf: () => (/* reexport */ deployedRevision),
  a3: () => (/* reexport */ duration/* formatDuration */.a),
  I9: () => (/* reexport */ freshness),
  Nq: () => (/* reexport */ inputPaths),
  y$: () => (/* reexport */ list_mapped/* listRepoApplications */.y),
  ty: () => (/* reexport */ observeAlerts),
  z9: () => (/* reexport */ parseAlertRules),
  E9: () => (/* reexport */ duration/* parseDuration */.E),
  zU: () => (/* reexport */ planDeployments),
  th: () => (/* reexport */ pushDeployments),
  bj: () => (/* reexport */ statusJson),
  O5: () => (/* reexport */ statusRows)
});

// UNUSED EXPORTS: ALERT_LABEL, ALERT_RULES, ArgoClient, DEFAULT_ALERT_RULES, alertBody, alertCounts, alertKey, alertTitle, alertsMarkdown, argoSettings, currentLabel, evaluateAlerts, listAlertIssues, mapApplications, parseMarker, parseServer, permissionDenied, problemsOf, rbacRules, refusedToken, sourcesOf, statusMarkdown, summaryCounts, syncAlertIssues, unreachable

// EXTERNAL MODULE: ./packages/argocd/src/client.ts
var client = __webpack_require__(6077);
// EXTERNAL MODULE: ./packages/argocd/src/settings.ts
var settings = __webpack_require__(9855);
// EXTERNAL MODULE: ./packages/argocd/src/problems.ts
var problems = __webpack_require__(1554);
// EXTERNAL MODULE: ./packages/argocd/src/duration.ts
var duration = __webpack_require__(3990);
// EXTERNAL MODULE: ./packages/argocd/src/mapping.ts
var mapping = __webpack_require__(4998);
// EXTERNAL MODULE: ./packages/argocd/src/list-mapped.ts
var list_mapped = __webpack_require__(2644);
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
    const { live, mapped: all } = await (0,list_mapped/* listRepoApplications */.y)(client, model, options, STATUS_FIELDS);
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

// EXTERNAL MODULE: ./packages/core/src/reporters/summary.ts
var summary = __webpack_require__(1504);
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
        `${apps.length} Application(s) from ${markdownCell(report.server)}` +
            (report.ignored ? `; ${report.ignored} of other repositories ignored` : ""),
        "",
    ];
    if (apps.length > 0) {
        lines.push("| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |");
        lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (const [i, a] of statusRows(apps).entries()) {
            const app = apps[i];
            const url = app?.urls[0];
            const cells = a.map((c) => markdownCell(c));
            if (url && /^https?:\/\//.test(url))
                cells[0] = `[${cells[0] ?? ""}](${linkTarget(url)})`;
            lines.push(`| ${cells.join(" | ")} |`);
        }
        lines.push("");
    }
    const findings = toSummaryMarkdown(report.findings, {
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

// EXTERNAL MODULE: ./packages/argocd/src/connect.ts
var connect = __webpack_require__(8662);
// EXTERNAL MODULE: ./packages/promote/src/github.ts
var github = __webpack_require__(8221);
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
    const { mapped } = await (0,list_mapped/* listRepoApplications */.y)(client, model, options, STATUS_FIELDS);
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

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
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
            const cells = [o.application, o.env || "(shared)", o.problems.join(", ") || "-", o.action].map((c) => markdownCell(c));
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


















/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ formatTable)
/* harmony export */ });
/** Left-aligned columns separated by two spaces, for terminal listings. */
function formatTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd();
    return [line(header), ...rows.map(line)].join("\n");
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
