export const id = 798;
export const ids = [798];
export const modules = {

/***/ 4012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   th: () => (/* binding */ gitReason)
/* harmony export */ });
/* unused harmony exports gitTimeoutMs, authEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);
/**
 * Git for promotion: real git, argument arrays (never a shell), refs after
 * `--end-of-options`. A token for pushing travels only in `http.extraheader`
 * config passed through git's GIT_CONFIG_* environment, the same config
 * layer as `git -c` but kept out of the process list and out of every
 * logged command line; any text git prints is scrubbed of it before it can
 * reach a log or an error.
 */


/** Network commands that hang (a remote that never answers) end after this long. */
const TIMEOUT_MS = 5 * 60_000;
/** The timeout in force: the option, else `GITOPS_GIT_TIMEOUT` seconds, else 5 minutes. */
function gitTimeoutMs(options, env = process.env) {
    if (options.timeoutMs !== undefined)
        return options.timeoutMs;
    const seconds = Number(env.GITOPS_GIT_TIMEOUT);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : TIMEOUT_MS;
}
/** A git working copy. */
class Git {
    cwd;
    options;
    secrets;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.options = options;
        const token = options.token ?? "";
        this.secrets =
            token === "" ? [] : [token, basicCredentials(token), Buffer.from(token).toString("base64")];
    }
    /** Runs git; a non-zero exit is returned, not thrown. Output is scrubbed of the token. */
    run(args, opts = {}) {
        this.options.log?.(`git ${args.join(" ")}`);
        const env = {
            ...process.env,
            GIT_TERMINAL_PROMPT: "0",
            GIT_PAGER: "cat",
            LC_ALL: "C",
            ...this.identityEnv(),
            ...opts.env,
        };
        if (opts.auth && this.options.token) {
            const url = typeof opts.auth === "string" ? opts.auth : undefined;
            Object.assign(env, authEnv(process.env, this.options.token, url));
        }
        const timeout = gitTimeoutMs(this.options);
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", args, {
                cwd: this.cwd,
                env,
                encoding: "utf8",
                maxBuffer: 64 * 1024 * 1024,
                timeout,
                // SIGKILL: a git stuck in a TLS or HTTP read may ignore SIGTERM's cleanup.
                killSignal: "SIGKILL",
            }, (err, stdout, stderr) => {
                if (err?.killed) {
                    const url = typeof opts.auth === "string" ? opts.auth : undefined;
                    reject(new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(this.scrub(timeoutMessage(args, timeout, url))));
                    return;
                }
                if (err && typeof err.code !== "number") {
                    if (err.code === "ENOENT")
                        reject(new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("git is needed but was not found on PATH"));
                    else
                        reject(new Error(this.scrub(`git ${args[0] ?? ""} failed: ${err.message}`)));
                    return;
                }
                const code = typeof err?.code === "number" ? err.code : 0;
                resolve({ code, stdout: this.scrub(stdout), stderr: this.scrub(stderr) });
            });
            // git may exit without reading stdin (an error, or a command that takes none): not our failure.
            child.stdin?.on("error", () => undefined);
            child.stdin?.end(opts.input ?? "");
        });
    }
    /** Runs git and returns stdout; a failure is a `UserError` saying what failed and git's reason. */
    async ok(args, what, opts = {}) {
        const r = await this.run(args, opts);
        if (r.code !== 0)
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: ${gitReason(r)}`);
        return r.stdout;
    }
    /** `text` with every form of the token replaced by `***`. */
    scrub(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join("***");
        return out;
    }
    identityEnv() {
        const id = this.options.identity;
        if (!id)
            return {};
        return {
            GIT_AUTHOR_NAME: id.name,
            GIT_AUTHOR_EMAIL: id.email,
            GIT_COMMITTER_NAME: id.name,
            GIT_COMMITTER_EMAIL: id.email,
        };
    }
}
/**
 * A git command that ran out of time: a remote that never answered, a proxy
 * that swallows the connection. It names the command and the remote (the
 * argument after `--end-of-options`), and says nothing moved locally.
 */
function timeoutMessage(args, timeout, url) {
    const end = args.indexOf("--end-of-options");
    const remote = end >= 0 && ["push", "fetch", "ls-remote"].includes(args[0] ?? "") ? args[end + 1] : undefined;
    const where = remote ? ` (remote "${remote}"${url ? ` at ${withoutUserinfo(url)}` : ""})` : "";
    const what = `git ${args[0] ?? ""}${where}`;
    return `${what} did not finish within ${Math.round(timeout / 1000)} s and was stopped (is the remote reachable? GITOPS_GIT_TIMEOUT sets the limit in seconds); nothing was changed locally, run the same command again`;
}
/** `url` without `user:password@`, which may hold a token. */
function withoutUserinfo(url) {
    try {
        const u = new URL(url);
        u.username = "";
        u.password = "";
        return u.href;
    }
    catch {
        return url.replace(/\/\/[^@/]*@/, "//");
    }
}
/** git's own explanation of a failure: the `fatal:`/`error:` lines, else its last line. */
function gitReason(r) {
    const lines = r.stderr
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    const told = lines.filter((l) => /^(fatal|error|remote|!)/.test(l));
    return (told.length > 0 ? told : lines.slice(-1)).join("; ") || `git exited with ${r.code}`;
}
function basicCredentials(token) {
    return Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
}
/**
 * Config entries (appended after any the caller's environment already has)
 * that first clear and then set `http.extraheader`: the empty value drops a
 * header a checkout step configured, so the remote sees exactly one.
 */
function authEnv(base, token, remoteUrl) {
    const start = Number.parseInt(base.GIT_CONFIG_COUNT ?? "0", 10) || 0;
    const header = `AUTHORIZATION: basic ${basicCredentials(token)}`;
    const keys = ["http.extraheader"];
    const scope = urlScope(remoteUrl);
    if (scope)
        keys.push(`http.${scope}.extraheader`);
    const entries = keys.flatMap((key) => [
        [key, ""],
        [key, header],
    ]);
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = key;
        env[`GIT_CONFIG_VALUE_${start + i}`] = value;
    });
    return env;
}
/** `https://host/` for an HTTP(S) remote URL (the key actions/checkout scopes its header to). */
function urlScope(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        return u.protocol === "https:" || u.protocol === "http:" ? `${u.protocol}//${u.host}/` : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tokenFromEnv),
/* harmony export */   ZC: () => (/* binding */ githubFromEnv),
/* harmony export */   kk: () => (/* binding */ runUrlFromEnv)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4012);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8221);
/**
 * GitHub access for the CLI, from the environment a developer or a CI job
 * has: GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL, and the repository from
 * `--github-repo`, GITHUB_REPOSITORY or the `origin` remote's URL.
 */



/** The token the CLI uses, or undefined. */
function tokenFromEnv(env) {
    const token = (env.GITHUB_TOKEN ?? "").trim() || (env.GH_TOKEN ?? "").trim();
    return token === "" ? undefined : token;
}
/** A client for the repository the checkout belongs to, or undefined without a token. */
async function githubFromEnv(env, repoDir, slug) {
    const token = tokenFromEnv(env);
    if (!token)
        return undefined;
    const given = slug ?? env.GITHUB_REPOSITORY;
    let coords = given ? (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRepoSlug */ .Jj)(given) : undefined;
    if (!coords) {
        const r = await new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU(repoDir).run(["remote", "get-url", "origin"]);
        coords = r.code === 0 ? (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromRemoteUrl */ .AN)(r.stdout.trim()) : undefined;
    }
    if (!coords) {
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("cannot tell which GitHub repository this is; pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY");
    }
    const client = (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchClient */ .W6)({
        token,
        baseUrl: env.GITHUB_API_URL || "https://api.github.com",
        userAgent: `gitops-actions/${_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .xv}`,
    });
    return { client, ...coords };
}
/** The URL of the GitHub Actions run this process is part of, or undefined outside Actions. */
function runUrlFromEnv(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (!server || !repo || !run)
        return undefined;
    return `${server.replace(/\/+$/, "")}/${repo}/actions/runs/${run}`;
}


/***/ }),

/***/ 1798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wh: () => (/* reexport */ GATE_HEADER),
  gw: () => (/* reexport */ src_services/* MAX_SERVICES */.gw),
  $p: () => (/* reexport */ bump_bump),
  Jv: () => (/* reexport */ checkChartVersion),
  Qg: () => (/* reexport */ parity.checkParity),
  $K: () => (/* reexport */ checkSourceCommit),
  H: () => (/* reexport */ checkSourceCommitDate),
  a5: () => (/* reexport */ checkSourceRepository),
  No: () => (/* reexport */ driftRows),
  wT: () => (/* reexport */ gateJson),
  Zl: () => (/* reexport */ gateRows),
  ZC: () => (/* reexport */ github_env/* githubFromEnv */.ZC),
  y4: () => (/* reexport */ nothingLine),
  Q: () => (/* reexport */ bump_ref_parseImageRef),
  Jj: () => (/* reexport */ github/* parseRepoSlug */.Jj),
  GO: () => (/* reexport */ chain_run_promoteChain),
  NA: () => (/* reexport */ pullRequestJson),
  kk: () => (/* reexport */ github_env/* runUrlFromEnv */.kk),
  B: () => (/* reexport */ github_env/* tokenFromEnv */.B),
  UA: () => (/* reexport */ unplacedRows)
});

// UNUSED EXPORTS: BODY_LIMIT, Git, GitHubApiError, MAX_PUSH_ATTEMPTS, PARITY_RULES, YamlEditor, authEnv, bumpBranch, bumpInClone, bumpMessage, bumpSummary, chainOf, chainOutcome, chainText, changeFindings, changeHeads, changesTable, checkArgoGate, checkOrder, checkRequest, closeEmptyPullRequest, commitMessage, commitTree, computeDrift, covers, diffBudget, drOnlyEnvs, drPairs, driftSection, explainGitHubError, fetchClient, formatImageRef, gateRefusal, gateSection, groupAlias, handleArgoComment, imageWithDigest, isGated, listOverlays, loadCodeowners, openPullRequest, ownersOf, parseCodeowners, parsePromoteComment, parseWords, permissionProblem, planDiff, planPromotion, promote, promoteGrouped, promotionBranch, promotionSummary, promotionTitle, publish, pullRequestBody, readCommentEvent, readField, registryOf, renderScalar, renderedDiffSection, repoFromRemoteUrl, requiredChecksProblem, resolveDigest, resolveTargets, reviewersFor, roleClusters, rulesFor, runChatOps, scalarText, scopeMarker, scopeOf, soleApp, statusOf, unifiedDiff, upsertPullRequest, withGitHub, workTree

// EXTERNAL MODULE: ./packages/core/src/index.ts + 3 modules
var src = __webpack_require__(8839);
// EXTERNAL MODULE: ./packages/promote/src/services.ts
var src_services = __webpack_require__(4810);
;// CONCATENATED MODULE: ./packages/promote/src/bump-ref.ts
/**
 * The inputs of `gitops bump` checked at the edge: an image reference
 * (`name:tag`, `name@sha256:…`, `name:tag@sha256:…`), a chart version, and
 * the source repository and commit that become commit trailers.
 */


// The grammar of distribution/reference: an optional host[:port], then lower-case path components.
const HOST = String.raw `(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?`;
const COMPONENT = String.raw `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const NAME = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Parses `text` as an image reference with a tag, a digest or both; anything else is a `UserError`. */
function bump_ref_parseImageRef(text) {
    const bad = (why) => new src/* UserError */.yo(`bad image reference ${(0,src_services/* show */.WU)(text)}: ${why} (expected name:tag, name@sha256:<64 hex> or name:tag@sha256:<64 hex>)`);
    const at = text.indexOf("@");
    const named = at < 0 ? text : text.slice(0, at);
    const digest = at < 0 ? undefined : text.slice(at + 1);
    if (digest !== undefined && !DIGEST.test(digest))
        throw bad(`${(0,src_services/* show */.WU)(digest)} is not a sha256 digest`);
    const colon = named.lastIndexOf(":");
    const hasTag = colon > named.lastIndexOf("/");
    const name = hasTag ? named.slice(0, colon) : named;
    const tag = hasTag ? named.slice(colon + 1) : undefined;
    if (!NAME.test(name))
        throw bad(`${(0,src_services/* show */.WU)(name)} is not an image name`);
    if (tag !== undefined && !TAG.test(tag))
        throw bad(`${(0,src_services/* show */.WU)(tag)} is not a tag`);
    if (tag === undefined && digest === undefined)
        throw bad("it has neither a tag nor a digest");
    return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** What follows the name: `tag`, `sha256:…` or `tag@sha256:…` (the commit title's "to <tag>"). */
function refVersion(ref) {
    return [ref.tag, ref.digest].filter(Boolean).join("@");
}
/** The reference as text again. */
function formatImageRef(ref) {
    return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}
/** A chart version: a Helm version or constraint text, one line, no spaces. */
function checkChartVersion(text) {
    if (!/^[\w.+~^*<>=|-]{1,128}$/.test(text) || text.startsWith("-")) {
        throw new src/* UserError */.yo(`bad chart version ${(0,src_services/* show */.WU)(text)}`);
    }
    return text;
}
/** `OWNER/NAME`, for the `Source-Repository:` trailer. */
function checkSourceRepository(text) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(text)) {
        throw new src/* UserError */.yo(`bad --source-repository ${(0,src_services/* show */.WU)(text)}: expected OWNER/NAME`);
    }
    return text;
}
/** An ISO 8601 time with its zone, for the `Source-Commit-Date:` trailer (as git's %cI prints it). */
function checkSourceCommitDate(text) {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
    if (!iso.test(text) || Number.isNaN(Date.parse(text))) {
        throw new src/* UserError */.yo(`bad --source-commit-date ${(0,src_services/* show */.WU)(text)}: expected an ISO 8601 time with a zone, like 2026-12-01T10:00:00Z`);
    }
    return text;
}
/** A commit SHA (7 to 64 hex digits), for the `Source-Commit:` trailer. */
function checkSourceCommit(text) {
    if (!/^[0-9a-f]{7,64}$/.test(text)) {
        throw new src/* UserError */.yo(`bad --source-commit ${(0,src_services/* show */.WU)(text)}: expected a commit SHA (hex)`);
    }
    return text;
}

// EXTERNAL MODULE: ./packages/promote/src/locate-manifests.ts
var locate_manifests = __webpack_require__(9079);
// EXTERNAL MODULE: ./packages/promote/src/plan.ts + 2 modules
var src_plan = __webpack_require__(1726);
// EXTERNAL MODULE: ./packages/promote/src/yaml-lookup.ts
var yaml_lookup = __webpack_require__(6104);
;// CONCATENATED MODULE: ./packages/promote/src/bump-locate.ts




/** Every image the service's env sets whole in its manifests, strategic-merge and JSON6902 patches. */
async function referenceSites(cache, files) {
    const out = [];
    for (const site of await (0,locate_manifests/* manifestSites */.Y)(cache, files.manifests)) {
        if (site.value?.text)
            out.push({ image: imageName(site.value.text), site });
    }
    return out;
}
/**
 * Sets `ref` on the reference sites that deploy its image: the name stays as written, the tag
 * and digest become the reference's. Returns how many sites deploy it.
 */
function bumpReferences(set, service, sites, ref) {
    const matching = sites.filter((s) => s.image === ref.name);
    for (const { site } of matching) {
        const value = formatImageRef({ ...ref, name: imageName(site.value?.text ?? ref.name) });
        set.field(service, site.file, site.doc, site.path, site.key, { text: value, isString: true });
    }
    return matching.length;
}
/** `ghcr.io/org/web` of `ghcr.io/org/web:1.2@sha256:…` (a registry port is not a tag). */
function imageName(reference) {
    const named = reference.split("@")[0] ?? reference;
    const colon = named.lastIndexOf(":");
    return colon > named.lastIndexOf("/") ? named.slice(0, colon) : named;
}
/** Every image the service deploys from its `files` in one env. */
async function imageSites(cache, files, rules) {
    const out = [];
    const kustomization = files.kustomization ? await cache.get(files.kustomization) : undefined;
    if (kustomization) {
        for (const step of (0,src_plan/* listEntries */.f)(kustomization, "images")) {
            const path = ["images", step];
            // What kustomize deploys: newName when the entry renames the image, else its name.
            const image = first(kustomization, path, "newName") ?? step.equals.text;
            out.push({
                image,
                kind: "kustomize",
                file: kustomization,
                path,
                tagKey: "newTag",
                digestKey: "digest",
            });
        }
    }
    const values = files.values ? await cache.get(files.values) : undefined;
    if (values && files.values) {
        const chain = await valuesChain(cache, files, files.values);
        for (const prefix of imagePrefixes(rules)) {
            const path = prefix.split(".");
            const repository = last(chain, path, "repository");
            if (repository === undefined)
                continue;
            const registry = last(chain, path, "registry");
            const image = registry ? `${registry}/${repository}` : repository;
            out.push({ image, kind: "helm", file: values, path, tagKey: "tag", digestKey: "digest" });
        }
    }
    out.push(...(await inlineValueSites(cache, files, rules)));
    return out;
}
/**
 * Helm image maps written inline in the env's Applications: `helm.valuesObject`, and
 * `helm.values` (a YAML string, edited inside). Argo CD lets inline values win over value files,
 * so the repository may come from the chart's values in the repo and the tag from here.
 */
async function inlineValueSites(cache, files, rules) {
    const out = [];
    for (const app of files.apps) {
        const appFile = await cache.get(app.file);
        for (const source of app.sources) {
            const chain = [];
            for (const path of [...(source.dir ? [`${source.dir}/values.yaml`] : []), ...source.valueFiles]) {
                const file = await cache.get(path);
                if (file)
                    chain.push(file);
            }
            const string = source.valuesString
                ? await cache.embedded(app.file, app.doc, source.valuesString)
                : undefined;
            for (const prefix of imagePrefixes(rules)) {
                const inner = prefix.split(".");
                const object = [...source.path, "helm", "valuesObject", ...inner];
                const document = appFile?.documents[app.doc];
                const inApp = (key) => appFile && document ? (0,yaml_lookup/* readField */.dR)(appFile, document, object, key).value?.text : undefined;
                if (appFile && source.inlineValues) {
                    const repository = inApp("repository") ?? last(chain, inner, "repository");
                    const registry = inApp("registry") ?? last(chain, inner, "registry");
                    if (repository !== undefined)
                        out.push(helmSite(registry, repository, appFile, app.doc, object));
                }
                if (string) {
                    const repository = first(string, inner, "repository") ?? last(chain, inner, "repository");
                    const registry = first(string, inner, "registry") ?? last(chain, inner, "registry");
                    if (repository !== undefined)
                        out.push(helmSite(registry, repository, string, 0, inner));
                }
            }
        }
    }
    return out;
}
function helmSite(registry, repository, file, doc, path) {
    const image = registry ? `${registry}/${repository}` : repository;
    return { image, kind: "helm", file, doc, path, tagKey: "tag", digestKey: "digest" };
}
/** Every chart version the service pins in one env. */
async function chartSites(cache, files) {
    const out = [];
    const chart = files.chart ? await cache.get(files.chart) : undefined;
    if (chart) {
        for (const step of (0,src_plan/* listEntries */.f)(chart, "dependencies")) {
            out.push({
                chart: step.equals.text,
                file: chart,
                doc: 0,
                path: ["dependencies", step],
                key: "version",
            });
        }
    }
    const kustomization = files.kustomization ? await cache.get(files.kustomization) : undefined;
    if (kustomization) {
        for (const step of (0,src_plan/* listEntries */.f)(kustomization, "helmCharts")) {
            out.push({
                chart: step.equals.text,
                file: kustomization,
                doc: 0,
                path: ["helmCharts", step],
                key: "version",
            });
        }
    }
    for (const app of files.apps) {
        const file = await cache.get(app.file);
        if (!file)
            continue;
        for (const source of app.sources) {
            if (source.chart)
                out.push({ chart: source.chart, file, doc: app.doc, path: source.path, key: "targetRevision" });
        }
    }
    return out;
}
/** `image` and the maps above each `…tag`/`…digest` path of `promote.values`. */
function imagePrefixes(rules) {
    const prefixes = new Set(["image"]);
    for (const dotted of rules.values) {
        const m = /^(.+)\.(?:tag|digest)$/.exec(dotted);
        if (m?.[1])
            prefixes.add(m[1]);
    }
    return [...prefixes];
}
/**
 * The value files Helm merges for the env, in order, ending with `own`: the chart's
 * `values.yaml`, then the Application's `valueFiles` (later files win).
 */
async function valuesChain(cache, files, own) {
    const source = files.apps.flatMap((a) => a.sources).find((s) => s.valueFiles.includes(own));
    const paths = source ? [...(source.dir ? [`${source.dir}/values.yaml`] : []), ...source.valueFiles] : [own];
    const out = [];
    for (const path of new Set(paths)) {
        const file = await cache.get(path);
        if (file)
            out.push(file);
    }
    return out;
}
function first(file, path, key) {
    const document = file.documents[0];
    return document ? (0,yaml_lookup/* readField */.dR)(file, document, path, key).value?.text : undefined;
}
function last(chain, path, key) {
    let found;
    for (const file of chain)
        found = first(file, path, key) ?? found;
    return found;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/promote/src/oci-challenge.ts
/**
 * The `WWW-Authenticate` challenge of a registry's 401 (RFC 7235): a scheme and its
 * parameters, e.g. `Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull"`.
 * Quoted values may hold commas (`scope="repository:a:pull,push"`), so they are read as
 * quoted strings rather than split on commas.
 */
const PARAM = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
/** The first challenge of the header, or undefined when there is none. */
function challengeOf(header) {
    const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header ?? "");
    if (!match?.[1])
        return undefined;
    const params = {};
    for (const m of (match[2] ?? "").matchAll(PARAM)) {
        const name = (m[1] ?? "").toLowerCase();
        if (!(name in params))
            params[name] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] ?? "");
    }
    return { scheme: match[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./packages/promote/src/oci-digest.ts
/**
 * `bump --resolve-digest`: a tag resolved to the digest its registry serves now, through the
 * OCI distribution API (`HEAD /v2/<name>/manifests/<tag>`, the Bearer token flow, the
 * `Docker-Content-Digest` header, else GET and sha256 of the body).
 *
 * Written with `fetch` rather than a registry client: the one well-kept npm client found
 * (@snyk/docker-registry-v2-client) brings needle, psl and tslib into every bundle for three
 * requests, and does not do the GET-and-hash fallback. The whole flow is two or three requests.
 */




// Every manifest type a tag may point at: a multi-arch index/list first, so the digest pins all platforms.
const ACCEPT = [
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");
const oci_digest_DIGEST = /^sha256:[a-f0-9]{64}$/;
/**
 * The registry and repository of `name`, as docker reads it: a first component with a `.` or
 * `:` (or `localhost`) is the host; else Docker Hub, whose API host is registry-1.docker.io and
 * whose single-component names live under `library/`.
 */
function registryOf(name) {
    const slash = name.indexOf("/");
    const first = slash < 0 ? "" : name.slice(0, slash);
    if (first && (first.includes(".") || first.includes(":") || first === "localhost")) {
        const repository = name.slice(slash + 1);
        if (first === "docker.io" || first === "index.docker.io")
            return dockerHub(repository);
        return { host: first, repository };
    }
    return dockerHub(name);
}
function dockerHub(repository) {
    return {
        host: "registry-1.docker.io",
        repository: repository.includes("/") ? repository : `library/${repository}`,
    };
}
/** True for hosts that never leave this machine, where plain http exposes nothing. */
function isLoopback(host) {
    const bare = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
    return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}
/**
 * `ref` with the digest its tag points at now. A reference that already holds a digest is
 * returned as it is (it is already immutable). Every failure is a `UserError` naming the image.
 */
async function resolveDigest(ref, options = {}) {
    if (ref.digest !== undefined || ref.tag === undefined)
        return ref;
    const image = registryOf(ref.name);
    const client = new RegistryClient(image, formatImageRef(ref), options);
    return { ...ref, digest: await client.digestOf(ref.tag) };
}
/** One image's requests: the manifest by tag, and the token the registry asks for. */
class RegistryClient {
    image;
    shown;
    options;
    base;
    authorization;
    constructor(image, shown, options) {
        this.image = image;
        this.shown = shown;
        this.options = options;
        this.base = `${this.scheme(image.host)}://${image.host}`;
    }
    async digestOf(tag) {
        const url = `${this.base}/v2/${this.image.repository}/manifests/${encodeURIComponent(tag)}`;
        const head = await this.authorized("HEAD", url);
        const header = head.headers.get("docker-content-digest")?.trim();
        if (header && oci_digest_DIGEST.test(header))
            return header;
        // Some registries leave the header out of HEAD answers: the digest is the body's sha256.
        const got = await this.authorized("GET", url);
        const body = Buffer.from(await got.arrayBuffer());
        return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(body).digest("hex")}`;
    }
    /** `method url`, answering a 401 challenge once; a non-2xx answer is a `UserError`. */
    async authorized(method, url) {
        let response = await this.request(method, url, this.headers());
        if (response.status === 401 && this.authorization === undefined) {
            this.authorization = await this.answer(challengeOf(response.headers.get("www-authenticate")));
            response = await this.request(method, url, this.headers());
        }
        if (response.ok)
            return response;
        const what = `${this.shown} (registry ${this.image.host})`;
        if (response.status === 404) {
            throw new src/* UserError */.yo(`image ${what}: tag not found (HTTP 404 for ${method} ${this.path(url)})`);
        }
        if (response.status === 401 || response.status === 403) {
            throw new src/* UserError */.yo(`image ${what}: the registry denied access (HTTP ${response.status}); ${this.credentialsHint()}`);
        }
        throw new src/* UserError */.yo(`image ${what}: the registry answered HTTP ${response.status} to ${method} ${this.path(url)}`);
    }
    /** The Authorization value for a challenge: a Bearer token from its realm, or Basic credentials. */
    async answer(challenge) {
        const basic = this.basic();
        if (challenge?.scheme === "basic") {
            if (!basic)
                throw new src/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} asks for credentials; ${this.credentialsHint()}`);
            return basic;
        }
        const realm = challenge?.params.realm;
        if (!realm) {
            throw new src/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} answered 401 without a Bearer realm to get a token from`);
        }
        const url = this.realmUrl(realm);
        url.searchParams.set("service", challenge.params.service ?? this.image.host);
        url.searchParams.set("scope", challenge.params.scope ?? `repository:${this.image.repository}:pull`);
        const response = await this.request("GET", url.toString(), basic ? { authorization: basic } : {});
        if (response.status === 401 || response.status === 403) {
            throw new src/* UserError */.yo(`image ${this.shown}: the token service of registry ${this.image.host} refused ${basic ? "the credentials" : "anonymous access"} (HTTP ${response.status}); ${this.credentialsHint()}`);
        }
        if (!response.ok) {
            throw new src/* UserError */.yo(`image ${this.shown}: the token service of registry ${this.image.host} answered HTTP ${response.status}`);
        }
        const body = (await response.json().catch(() => ({})));
        const token = typeof body.token === "string" ? body.token : body.access_token;
        if (typeof token !== "string" || token === "") {
            throw new src/* UserError */.yo(`image ${this.shown}: the token service of registry ${this.image.host} sent no token`);
        }
        return `Bearer ${token}`;
    }
    /** The realm as a URL; an http realm is refused unless its host may be plain http (credentials go there). */
    realmUrl(realm) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new src/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} names a bad token realm`);
        }
        if (url.protocol === "https:" || (url.protocol === "http:" && this.scheme(url.host) === "http"))
            return url;
        throw new src/* UserError */.yo(`image ${this.shown}: registry ${this.image.host} sends credentials to ${url.protocol}//${url.host}, which is neither https nor an allowed insecure host`);
    }
    async request(method, url, headers) {
        const timeout = this.options.timeoutMs ?? 30_000;
        try {
            return await fetch(url, {
                method,
                headers: { accept: ACCEPT, "user-agent": "gitops-actions", ...headers },
                redirect: "follow",
                signal: AbortSignal.timeout(timeout),
            });
        }
        catch (err) {
            const host = new URL(url).host;
            const why = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")
                ? `no answer within ${Math.round(timeout / 1000)} s`
                : reasonOf(err);
            throw new src/* UserError */.yo(`image ${this.shown}: cannot reach ${host} (${why})`);
        }
    }
    headers() {
        return this.authorization ? { authorization: this.authorization } : {};
    }
    basic() {
        const { username, password } = this.options;
        if (!username || password === undefined)
            return undefined;
        return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
    }
    credentialsHint() {
        return this.basic()
            ? "check the registry username and password (they are not shown)"
            : "give registry credentials (GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD, or the action's registry-username and registry-password)";
    }
    scheme(host) {
        return isLoopback(host) || (this.options.insecure ?? []).includes(host) ? "http" : "https";
    }
    path(url) {
        return new URL(url).pathname;
    }
}
/** The low-level cause of a failed fetch (`ECONNREFUSED`, `ENOTFOUND`), never a header or body. */
function reasonOf(err) {
    const cause = err?.cause;
    if (typeof cause?.code === "string")
        return cause.code;
    if (typeof cause?.message === "string")
        return cause.message;
    return err instanceof Error ? err.message : String(err);
}

// EXTERNAL MODULE: ./packages/promote/src/changeset.ts
var changeset = __webpack_require__(4512);
// EXTERNAL MODULE: ./packages/promote/src/git.ts
var src_git = __webpack_require__(4012);
;// CONCATENATED MODULE: ./packages/promote/src/checkout.ts
/**
 * The git checkout a committing promotion starts from, checked before
 * anything is written: inside a work tree, clean, on a branch.
 */


/** Opens the checkout holding `repoDir`; each unusable state is a `UserError` that says how to fix it. */
async function openCheckout(repoDir, options) {
    const probe = new src_git/* Git */.TU(repoDir, options);
    const top = await probe.run(["rev-parse", "--show-toplevel", "--show-prefix"]);
    if (top.code !== 0) {
        throw new src/* UserError */.yo(`${repoDir} is not inside a git repository; --commit, --push and --pr need one`);
    }
    const [root = "", prefix = ""] = top.stdout.split("\n");
    const git = new src_git/* Git */.TU(root, options);
    const status = await git.ok(["status", "--porcelain=v1", "-z", "--untracked-files=normal", "--", prefix === "" ? "." : prefix], "cannot read the git status");
    const dirty = status
        .split("\0")
        .filter(Boolean)
        .map((entry) => entry.slice(3))
        .filter((path) => path !== "");
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 5).join(", ") + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : "");
        throw new src/* UserError */.yo(`the working tree has uncommitted changes (${shown}); commit or stash them first, so that only committed, validated content is promoted`);
    }
    const branch = await git.run(["symbolic-ref", "--quiet", "--short", "HEAD"]);
    if (branch.code !== 0) {
        throw new src/* UserError */.yo("HEAD is detached; check out the branch you promote from (e.g. main) first");
    }
    const name = branch.stdout.trim();
    // The tool owns these branches: building on one would base a PR on itself.
    if (name.startsWith("promote/") || name.startsWith("bump/")) {
        throw new src/* UserError */.yo(`you are on the ${name.startsWith("bump/") ? "bump" : "promotion"} branch ${name}; check out the branch you promote from (e.g. main)`);
    }
    const headSha = (await git.ok(["rev-parse", "--verify", "HEAD^{commit}"], "cannot read HEAD")).trim();
    return { git, prefix, branch: name, headSha };
}
/** The URL of `remote`, or a `UserError` when the checkout has no such remote. */
async function remoteUrl(git, remote) {
    const r = await git.run(["remote", "get-url", "--end-of-options", remote]);
    if (r.code !== 0)
        throw new src/* UserError */.yo(`the repository has no git remote "${remote}" to push to`);
    return r.stdout.trim();
}
/** HEAD of the checkout holding `repoDir`, or undefined outside git (for reports only). */
async function headOf(repoDir) {
    const r = await new src_git/* Git */.TU(repoDir).run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}

;// CONCATENATED MODULE: ./packages/promote/src/diff.ts
/**
 * Unified diffs for `--dry-run`: what `git diff` would show after the
 * promotion, computed in memory so nothing is written.
 */
/** Above this many cells the middle of a file is shown as replaced rather than aligned line by line. */
const MAX_CELLS = 4_000_000;
/** The diff of planned files, one after another, as `git apply` takes it (new files from /dev/null). */
function planDiff(files) {
    return files.map((f) => unifiedDiff(f.path, f.before, f.after, 3, f.created)).join("");
}
/** A `--- a/path` / `+++ b/path` unified diff with `context` lines around each change; "" when equal. */
function unifiedDiff(path, before, after, context = 3, created = false) {
    if (before === after)
        return "";
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = diffLines(a, b);
    const hunks = [];
    let i = 0;
    while (i < ops.length) {
        if (ops[i]?.kind === " ") {
            i++;
            continue;
        }
        // A hunk runs from `context` lines before a change to `context` lines after the last change it absorbs.
        const start = Math.max(0, i - context);
        let end = i;
        for (;;) {
            while (end < ops.length && ops[end]?.kind !== " ")
                end++;
            let next = end;
            while (next < ops.length && ops[next]?.kind === " ")
                next++;
            if (next < ops.length && next - end <= 2 * context)
                end = next;
            else
                break;
        }
        const stop = Math.min(ops.length, end + context);
        hunks.push(hunk(ops, start, stop));
        i = stop;
    }
    const header = created ? "--- /dev/null\n" : `--- a/${path}\n`;
    return `${header}+++ b/${path}\n${hunks.join("")}`;
}
function hunk(ops, start, stop) {
    let oldLine = 1;
    let newLine = 1;
    for (const op of ops.slice(0, start)) {
        if (op.kind !== "+")
            oldLine++;
        if (op.kind !== "-")
            newLine++;
    }
    const body = ops.slice(start, stop);
    const oldCount = body.filter((o) => o.kind !== "+").length;
    const newCount = body.filter((o) => o.kind !== "-").length;
    const range = (line, count) => `${count === 0 ? line - 1 : line},${count}`;
    const lines = body.map((o) => `${o.kind}${o.line.endsWith("\n") ? o.line : `${o.line}\n\\ No newline at end of file\n`}`);
    return `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n${lines.join("")}`;
}
/** Lines with their newline kept, so a missing final newline shows. */
function splitLines(text) {
    return text === "" ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}
/** Line operations turning `a` into `b`: the common prefix and suffix, and an LCS of the middle. */
function diffLines(a, b) {
    let pre = 0;
    while (pre < a.length && pre < b.length && a[pre] === b[pre])
        pre++;
    let suf = 0;
    while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
        suf++;
    const am = a.slice(pre, a.length - suf);
    const bm = b.slice(pre, b.length - suf);
    const same = (lines) => lines.map((line) => ({ kind: " ", line }));
    return [...same(a.slice(0, pre)), ...middle(am, bm), ...same(a.slice(a.length - suf))];
}
function middle(a, b) {
    const removed = () => a.map((line) => ({ kind: "-", line }));
    const added = () => b.map((line) => ({ kind: "+", line }));
    if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_CELLS)
        return [...removed(), ...added()];
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    const width = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i * width + j] =
                a[i] === b[j]
                    ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
                    : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            ops.push({ kind: " ", line: a[i++] ?? "" });
            j++;
        }
        else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
            ops.push({ kind: "-", line: a[i++] ?? "" });
        }
        else {
            ops.push({ kind: "+", line: b[j++] ?? "" });
        }
    }
    while (i < a.length)
        ops.push({ kind: "-", line: a[i++] ?? "" });
    while (j < b.length)
        ops.push({ kind: "+", line: b[j++] ?? "" });
    return ops;
}

// EXTERNAL MODULE: ./packages/promote/src/locate.ts
var locate = __webpack_require__(2160);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./packages/promote/src/codeowners.ts
/**
 * CODEOWNERS, read the way GitHub reads it, to request the reviews the
 * promotion needs: gitignore-style patterns, the last matching rule wins,
 * `@org/team` owners are teams and `@user` owners are people.
 */

/** Where GitHub looks, in the order it looks. */
const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
/** The rules of the first CODEOWNERS file the repo has, or none. */
async function loadCodeowners(tree) {
    for (const path of CODEOWNERS_PATHS) {
        const text = await tree.read(path);
        if (text !== undefined)
            return parseCodeowners(text);
    }
    return [];
}
/** Parses CODEOWNERS text. Comments (`#` at a line start or after a space) and blank lines are skipped. */
function parseCodeowners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (line === "")
            return;
        const [pattern = "", ...owners] = line.split(/\s+/);
        rules.push({ pattern, owners: owners.filter((o) => o.startsWith("@")), line: i + 1 });
    });
    return rules;
}
/** The owners of `path` (relative to the repo root): those of the last rule that matches. */
function ownersOf(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule && matches(rule.pattern, path))
            return rule.owners;
    }
    return [];
}
/**
 * Who to ask for review of `paths`: people as `reviewers`, teams as
 * `teamReviewers` (slugs, as the API wants them). `exclude` (the PR author)
 * is never asked, since GitHub refuses a review request to the author.
 */
function reviewersFor(rules, paths, exclude = []) {
    const skip = new Set(exclude.map((e) => e.toLowerCase()));
    const users = new Set();
    const teams = new Set();
    for (const path of paths) {
        for (const owner of ownersOf(rules, path)) {
            const name = owner.slice(1);
            const slash = name.indexOf("/");
            if (slash !== -1)
                teams.add(name.slice(slash + 1));
            else if (!skip.has(name.toLowerCase()))
                users.add(name);
        }
    }
    return { reviewers: [...users].sort(), teamReviewers: [...teams].sort() };
}
/**
 * gitignore semantics as GitHub documents them for CODEOWNERS: a pattern
 * with a slash before its end is anchored at the root, others match at any
 * depth; a match on a folder covers everything below it, except that a
 * trailing `*` (`docs/*`) matches only files directly inside.
 */
function matches(pattern, path) {
    let p = pattern.replace(/\\#/g, "#");
    const anchored = p.startsWith("/") || p.slice(0, -1).includes("/");
    p = p.replace(/^\/+/, "").replace(/\/+$/, "");
    if (p === "")
        return false;
    const base = anchored ? p : `**/${p}`;
    const options = { dot: true, nocomment: true, nonegate: true };
    if ((0,esm/* minimatch */.xF)(path, base, options))
        return true;
    const last = p.split("/").at(-1) ?? "";
    return !last.includes("*") && (0,esm/* minimatch */.xF)(path, `${base}/**`, options);
}

// EXTERNAL MODULE: ./packages/promote/src/github.ts
var github = __webpack_require__(8221);
// EXTERNAL MODULE: ./packages/promote/src/graphql.ts
var graphql = __webpack_require__(5401);
;// CONCATENATED MODULE: ./packages/promote/src/github-errors.ts
/**
 * GitHub's refusals on the publishing path, told as what the user must fix.
 * A pull request is opened after the branch was pushed, so a bad token, a
 * wrong repository or a repository setting that forbids Actions to open pull
 * requests must not end as a bug: each becomes one `UserError` (exit 2) that
 * names the repository and the permission, and says that the branch is kept
 * and a re-run finishes the job.
 */


/** GitHub's words when the repository does not let GITHUB_TOKEN open pull requests. */
const ACTIONS_MAY_NOT_OPEN_PRS = /not permitted to create or approve pull requests/i;
/**
 * Runs one step of talking to GitHub (`doing`, e.g. "open the pull request")
 * and turns an HTTP refusal or an unreachable server into a `UserError`.
 * `after` tells the user what already happened (e.g. the pushed branch).
 */
async function withGitHub(gh, doing, fn, after = "") {
    try {
        return await fn();
    }
    catch (err) {
        const explained = explainGitHubError(gh, doing, err);
        if (!explained)
            throw err;
        throw new src/* UserError */.yo(after ? `${explained}. ${after}` : explained);
    }
}
/** The message for a GitHub failure, or undefined for errors that are bugs. */
function explainGitHubError(gh, doing, err) {
    const repo = `${gh.owner}/${gh.repo}`;
    const status = (0,github/* statusOf */.c2)(err);
    const said = githubMessage(err);
    const head = `cannot ${doing} in ${repo}`;
    if (status === 401) {
        return `${head}: GitHub refused the token (401 ${said || "Bad credentials"}); give a valid token (GITHUB_TOKEN, or the action's token input) with pull-requests: write and contents: write on ${repo}`;
    }
    if (status === 403 && ACTIONS_MAY_NOT_OPEN_PRS.test(said)) {
        return `${head}: ${said.replace(/\.$/, "")} (403); allow it in ${repo} Settings > Actions > General > Workflow permissions ("Allow GitHub Actions to create and approve pull requests"), or use a GitHub App token with pull-requests: write`;
    }
    if (status === 403) {
        return `${head}: GitHub refused (403 ${said || "Forbidden"}); the token needs pull-requests: write (and contents: write) on ${repo}`;
    }
    if (status === 404) {
        return `${head}: GitHub answered 404 ${said || "Not Found"}; check that the repository ${repo} exists and that the token can see it (a fine-grained or App token must include ${repo}, with pull-requests: write)`;
    }
    if (status === 422)
        return `${head}: GitHub refused the request (422 ${said})`;
    if (status !== undefined && status >= 500) {
        return `${head}: GitHub answered ${status} ${said}; try again later`;
    }
    if (status === undefined && isNetworkError(err)) {
        return `${head}: the GitHub API is unreachable (${(0,src/* messageOf */.bD)(err)}); check GITHUB_API_URL and the network`;
    }
    return undefined;
}
/** GitHub's own `message`, from Octokit's RequestError (`response.data.message`) or our `GitHubApiError` text. */
function githubMessage(err) {
    const data = err?.response?.data;
    if (typeof data?.message === "string")
        return data.message;
    // fetchClient's message is "METHOD /route: STATUS message".
    const m = /^\S+ \S+: \d{3} (.*)$/s.exec((0,src/* messageOf */.bD)(err));
    return (m?.[1] ?? (0,src/* messageOf */.bD)(err)).trim();
}
function isNetworkError(err) {
    const cause = err?.cause;
    return ((err instanceof TypeError && /fetch failed/i.test(err.message)) ||
        (typeof cause?.code === "string" && /^E[A-Z]+/.test(cause.code)));
}

;// CONCATENATED MODULE: ./packages/promote/src/pull-request.ts
/**
 * Opens the promotion pull request, or brings the open one up to date:
 * title and body, the `promotion` and `env:<to>` labels, and reviews from
 * CODEOWNERS. A call is made only when something differs, so a re-run with
 * the same result changes nothing on GitHub.
 */


/** Creates or updates the promotion PR for `spec.branch` into `spec.base`. */
async function upsertPullRequest(gh, spec) {
    const repo = { owner: gh.owner, repo: gh.repo };
    const { data: open } = await gh.client.request("GET /repos/{owner}/{repo}/pulls", {
        ...repo,
        state: "open",
        head: `${gh.owner}:${spec.branch}`,
        base: spec.base,
    });
    let pull = open[0];
    let action = "unchanged";
    if (!pull) {
        const { data } = await gh.client.request("POST /repos/{owner}/{repo}/pulls", {
            ...repo,
            title: spec.title,
            head: spec.branch,
            base: spec.base,
            body: spec.body,
        });
        pull = data;
        action = "created";
    }
    else if (pull.title !== spec.title || (pull.body ?? "") !== spec.body) {
        await gh.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
            ...repo,
            pull_number: pull.number,
            title: spec.title,
            body: spec.body,
        });
        action = "updated";
    }
    const have = new Set(pull.labels.map((l) => l.name));
    const labels = spec.labels.filter((l) => !have.has(l));
    if (labels.length > 0) {
        await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
            ...repo,
            issue_number: pull.number,
            labels,
        });
        if (action === "unchanged")
            action = "updated";
    }
    const result = {
        number: pull.number,
        url: pull.html_url,
        action,
        requested: { reviewers: [], teamReviewers: [] },
        warnings: [],
    };
    if (action === "created" || spec.rerequest)
        await requestReviews(gh, pull, spec, result);
    return result;
}
async function requestReviews(gh, pull, spec, result) {
    const author = pull.user?.login.toLowerCase();
    const asked = new Set((pull.requested_reviewers ?? []).map((u) => u.login.toLowerCase()));
    const askedTeams = new Set((pull.requested_teams ?? []).map((t) => t.slug.toLowerCase()));
    const reviewers = spec.reviewers.filter((r) => r.toLowerCase() !== author && !asked.has(r.toLowerCase()));
    const teamReviewers = spec.teamReviewers.filter((t) => !askedTeams.has(t.toLowerCase()));
    if (reviewers.length === 0 && teamReviewers.length === 0)
        return;
    try {
        await gh.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: pull.number,
            ...(reviewers.length > 0 ? { reviewers } : {}),
            ...(teamReviewers.length > 0 ? { team_reviewers: teamReviewers } : {}),
        });
        result.requested = { reviewers, teamReviewers };
    }
    catch (err) {
        // An owner who is not a collaborator (or a team the token cannot see) must not sink the PR.
        if ((0,github/* statusOf */.c2)(err) !== 422)
            throw err;
        result.warnings.push(`GitHub refused the review request (${(0,src/* messageOf */.bD)(err)}); request reviews by hand`);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/lifecycle.ts
/**
 * What happens to promotion and bump pull requests over time, beyond opening
 * one: a newer PR closes the open ones it covers (with a comment linking it),
 * a PR whose change is already on the base is closed, and auto-merge is
 * switched on when the config asks. PRs are recognised by a hidden scope
 * marker in their body, not by branch names, which cannot tell `a-b` the
 * service from `a` and `b`.
 */





/** A PR as `promote --json` and `bump --json` print it. */
function pullRequestJson(pr) {
    return {
        number: pr.number,
        url: pr.url,
        action: pr.action,
        superseded: pr.superseded,
        ...(pr.autoMerge ? { autoMerge: pr.autoMerge } : {}),
    };
}
const MARKER = "<!-- gitops-actions:scope ";
/** The hidden line that records a PR's scope in its body. */
function scopeMarker(scope) {
    const json = JSON.stringify({
        kind: scope.kind,
        envs: [...scope.envs].sort(),
        services: [...scope.services].sort(),
    });
    return `${MARKER}${json} -->`;
}
/** The scope recorded in a PR body, or undefined for PRs we did not write. */
function scopeOf(body) {
    const at = body?.lastIndexOf(MARKER) ?? -1;
    if (!body || at < 0)
        return undefined;
    const end = body.indexOf(" -->", at);
    try {
        const v = JSON.parse(body.slice(at + MARKER.length, end));
        if ((v.kind !== "promote" && v.kind !== "bump") || !Array.isArray(v.envs) || !Array.isArray(v.services))
            return undefined;
        return { kind: v.kind, envs: v.envs.map(String), services: v.services.map(String) };
    }
    catch {
        return undefined;
    }
}
/** True when `newer` covers every env and service of `older`, of the same kind. */
function covers(newer, older) {
    return (newer.kind === older.kind &&
        older.envs.every((e) => newer.envs.includes(e)) &&
        older.services.every((s) => newer.services.includes(s)));
}
/**
 * Opens or updates the PR for `options.spec.branch`, closes the older open
 * PRs it covers, and enables auto-merge when asked. Every GitHub failure is a
 * `UserError` naming the repository and what the token needs.
 */
async function openPullRequest(gh, options) {
    const { spec, scope } = options;
    const body = `${spec.body.trimEnd()}\n\n${scopeMarker(scope)}\n`;
    const pr = await withGitHub(gh, `open the pull request for ${spec.branch}`, () => upsertPullRequest(gh, { ...spec, body }), options.after);
    const result = { ...pr, superseded: [] };
    const open = await withGitHub(gh, "list the open pull requests", () => (0,github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/pulls", { state: "open", base: spec.base }), options.after);
    for (const older of open) {
        const theirs = scopeOf(older.body);
        if (older.number === pr.number || older.head.ref === spec.branch || !theirs || !covers(scope, theirs))
            continue;
        await closePull(gh, older.number, `Superseded by #${pr.number} (${pr.url}), a newer ${label(scope)}.`);
        result.superseded.push(older.number);
    }
    if (options.autoMerge) {
        const mine = open.find((p) => p.number === pr.number) ?? (await getPull(gh, pr.number));
        const problem = await enableAutoMerge(gh, mine.node_id, options.autoMerge);
        if (problem)
            result.warnings.push(problem);
        else
            result.autoMerge = options.autoMerge;
    }
    return result;
}
/**
 * Closes the open PR of `branch` into `base` (its change is already there or
 * nothing is left to move), with a comment saying why. Returns its number.
 */
async function closeEmptyPullRequest(gh, branch, base, why) {
    return withGitHub(gh, `close the pull request for ${branch}`, async () => {
        const { data } = await gh.client.request("GET /repos/{owner}/{repo}/pulls", {
            owner: gh.owner,
            repo: gh.repo,
            state: "open",
            head: `${gh.owner}:${branch}`,
            base,
        });
        const pull = data[0];
        if (!pull)
            return undefined;
        await closePull(gh, pull.number, `Closed: ${why}`);
        return pull.number;
    });
}
function label(scope) {
    return scope.kind === "bump" ? "bump" : "promotion";
}
async function closePull(gh, number, comment) {
    await withGitHub(gh, `close pull request #${number}`, async () => {
        await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            body: comment,
        });
        await gh.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
            state: "closed",
        });
    });
}
async function getPull(gh, number) {
    return withGitHub(gh, `read pull request #${number}`, async () => {
        const { data } = await gh.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
        });
        return data;
    });
}
// Not `$method`: Octokit's graphql refuses "method" (and "query", "url") as variable names.
const ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { mergeMethod } }
  }
}`;
/**
 * Auto-merge exists only in GitHub's GraphQL API. A refusal (the repository
 * does not allow auto-merge, the PR is already mergeable) is returned as a
 * warning: the PR is open and reviewable either way.
 */
async function enableAutoMerge(gh, nodeId, method) {
    const what = `auto-merge was not enabled on ${gh.owner}/${gh.repo}`;
    const variables = { pullRequestId: nodeId, mergeMethod: method.toUpperCase() };
    try {
        // The client's graphql knows where GraphQL is (GHES: /api/graphql); a bare client is github.com's.
        await (gh.client.graphql
            ? gh.client.graphql(ENABLE_AUTO_MERGE, variables)
            : gh.client
                .request("POST /graphql", { query: ENABLE_AUTO_MERGE, variables })
                .then((r) => (0,graphql/* graphqlData */.oi)(r.data)));
        return undefined;
    }
    catch (err) {
        const refused = (0,graphql/* graphqlErrors */.dM)(err);
        if (refused)
            return `${what}: ${refused.join("; ")}`;
        const status = (0,github/* statusOf */.c2)(err);
        return `${what}: ${status ? `${status} ` : ""}${(0,src/* messageOf */.bD)(err)} (allow auto-merge in the repository settings; the token needs pull-requests: write)`;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/promote/src/tree-write.ts
/**
 * Git objects for a promotion commit: the parent's tree with the promoted
 * files replaced, written through a throw-away index so the user's index
 * and working tree are never touched.
 */



/** True when `commit` already has every file with the promoted content. */
async function holdsFiles(options, commit, files) {
    for (const f of files) {
        const path = options.prefix + f.path;
        const have = await options.git.run([
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            `${commit}:${path}`,
        ]);
        const want = await options.git.ok(["hash-object", "--stdin", `--path=${path}`], `cannot hash ${f.path}`, {
            input: f.after,
        });
        if (have.code !== 0 || have.stdout.trim() !== want.trim())
            return false;
    }
    return true;
}
/** The tree of `parent` with `files` replaced, written through a throw-away index. */
async function writeTree(options, parent, files) {
    const { git, prefix } = options;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-promote-index-"));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, "index") };
    try {
        await git.ok(["read-tree", "--end-of-options", parent], "cannot read the base tree", { env });
        for (const f of files) {
            const path = prefix + f.path;
            const blob = (await git.ok(["hash-object", "-w", "--stdin", `--path=${path}`], `cannot store ${f.path}`, {
                input: f.after,
            })).trim();
            const listed = await git.ok(["ls-tree", "--end-of-options", parent, "--", path], `cannot read ${f.path}`);
            const mode = /^(100644|100755) /.exec(listed)?.[1] ?? "100644";
            await git.ok(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`], `cannot stage ${f.path}`, {
                env,
            });
        }
        return (await git.ok(["write-tree"], "cannot write the promotion tree", { env })).trim();
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/publish.ts
/**
 * Puts a promotion on its branch without touching the checkout: the commit
 * is built from a temporary index (read-tree, hash-object, write-tree,
 * commit-tree) and the branch moved with a compare-and-swap, so the user's
 * working tree and current branch stay as they are.
 *
 * Re-runs are idempotent: when the branch already holds the promoted files
 * there is no new commit. Otherwise the commit goes on the base, or on the
 * branch when it carries commits to keep (see `chooseParent`). A push is
 * always `--force-with-lease` against the tip we saw, so a run that lost a
 * race is rejected, fetches, rebuilds on the new tip and tries again, a
 * bounded number of times.
 *
 * Nothing lost: the local branch only ever moves to a commit that contains
 * everything it held, apart from earlier commits of our own that the new one
 * replaces. Commits added there by hand and never pushed stop the run (exit 2)
 * before anything is pushed, naming them.
 */



/** Pushes tried before giving up on a branch that keeps moving. */
const MAX_PUSH_ATTEMPTS = 4;
/** Promotion commits carry this trailer (report.ts). */
const isPromotionCommit = (message) => /^Promoted-From: \S+@[0-9a-f]{40}$/m.test(message);
/** Commits (and pushes) the promotion on `options.branch`. */
async function publish(options) {
    const { git, branch } = options;
    const ref = `refs/heads/${branch}`;
    for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
        const tip = options.push ? await fetchBranch(options) : await revParse(git, ref);
        const parent = await chooseParent(git, options.headSha, tip, options.isOwn ?? isPromotionCommit);
        const built = await options.build(parent);
        if (tip && (await holdsFiles(options, tip, built.files))) {
            await guardLocalBranch(options, tip, tip);
            await git.ok(["update-ref", ref, tip], `cannot set the local branch ${branch}`);
            return { commit: tip, created: false, pushed: false, attempts: attempt };
        }
        const tree = await writeTree(options, parent, built.files);
        const commit = (options.push ? await unpushedTwin(git, ref, tip, parent, tree) : undefined) ??
            (await git.ok(["commit-tree", tree, "-p", parent, "-F", "-"], "cannot create the promotion commit", {
                input: built.message,
            })).trim();
        if (!options.push) {
            await git.ok(["update-ref", ref, commit, tip ?? ""], `cannot move the branch ${branch}`);
            return { commit, created: true, pushed: false, attempts: attempt };
        }
        const local = await guardLocalBranch(options, commit, tip);
        const r = await git.run([
            "push",
            "--porcelain",
            `--force-with-lease=${ref}:${tip ?? ""}`,
            "--end-of-options",
            options.remote,
            `${commit}:${ref}`,
        ], { auth: options.remoteUrl ?? true });
        if (r.code === 0) {
            // Compare-and-swap against the tip just checked: a commit made meanwhile is not overwritten.
            await git.ok(["update-ref", ref, commit, local ?? ""], `cannot set the local branch ${branch}`);
            return { commit, created: true, pushed: true, attempts: attempt };
        }
        const refused = refusals(r.stdout);
        if (!refused.some(lostRace)) {
            // Nothing local has moved yet (the branch is set only after a push lands), so a re-run is safe.
            const status = refused.length > 0 ? ` (${refused.join("; ")})` : "";
            throw new src/* UserError */.yo(`cannot push ${branch} to ${options.remote}${status}: ${(0,src_git/* gitReason */.th)(r)}. Nothing was changed locally; run the promotion again once the remote accepts the push.`);
        }
    }
    throw new src/* UserError */.yo(`${branch} on ${options.remote} kept moving while promoting; gave up after ${MAX_PUSH_ATTEMPTS} attempts. Run the promotion again.`);
}
/**
 * The reasons `git push --porcelain` gives for refs it did not update: its
 * status lines, "!<TAB>src:dst<TAB>[rejected] (stale info)". Only these are
 * git's own words; "remote:" lines are free text from the server's hooks.
 */
function refusals(stdout) {
    return stdout
        .split("\n")
        .filter((line) => line.startsWith("!\t"))
        .map((line) => line.split("\t").slice(2).join(" ").trim());
}
/**
 * Refusals that mean someone else moved the branch first: our lease was
 * stale or the push was not a fast-forward ("[rejected]"), or another push won
 * the ref lock on the server. Anything else (a protected branch, a hook, no
 * access) is not ours to retry.
 */
function lostRace(refusal) {
    return /^\[rejected\]|^\[remote rejected\] \((cannot lock ref|failed to update ref|incorrect old value)/i.test(refusal);
}
/**
 * The local branch's commit when it is exactly the one we would make (same
 * parent, same tree) but the remote does not have it yet: left by `--commit`
 * or by a run that stopped before its push. Pushing it rather than a fresh
 * twin keeps the commit the user may have reviewed.
 */
async function unpushedTwin(git, ref, remoteTip, parent, tree) {
    const local = await revParse(git, ref);
    if (!local || local === remoteTip)
        return undefined;
    const r = await git.run(["log", "-1", "--format=%T %P", "--end-of-options", local]);
    return r.code === 0 && r.stdout.trim() === `${tree} ${parent}` ? local : undefined;
}
/** The branch's commit on the remote after fetching it, or undefined when the remote has no such branch. */
async function fetchBranch(options) {
    const { git, remote, branch } = options;
    const tracking = `refs/remotes/${remote}/${branch}`;
    const r = await git.run(["fetch", "--quiet", "--no-tags", "--end-of-options", remote, `+refs/heads/${branch}:${tracking}`], { auth: options.remoteUrl ?? true });
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        throw new src/* UserError */.yo(`cannot fetch ${branch} from ${remote}: ${(0,src_git/* gitReason */.th)(r)}`);
    }
    return revParse(git, tracking);
}
async function revParse(git, ref) {
    const r = await git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/**
 * What to build on: the base when the branch is merged, absent, or holds
 * only earlier commits of our own (rebuilt fresh, so the PR stays one
 * up-to-date commit and a newer bump replaces the older one); the branch tip
 * when it carries commits someone else added, which must not be thrown away.
 */
async function chooseParent(git, head, tip, isOwn) {
    if (!tip || (await isAncestor(git, tip, head)))
        return head;
    // Ahead of the base or not, a branch of only our own commits is rebuilt: one fresh commit on HEAD.
    const onlyOurs = (await commitsIn(git, tip, [head])).every((c) => isOwn(c.message));
    return onlyOurs ? head : tip;
}
/** The commits reachable from `from` but from none of `not`, newest first. */
async function commitsIn(git, from, not) {
    const log = await git.ok(["log", "--format=%x01%H%x00%B", "--end-of-options", from, ...not.map((c) => `^${c}`)], "cannot read the branch's history");
    return log
        .split("\x01")
        .slice(1)
        .map((entry) => {
        const [sha = "", message = ""] = entry.split("\0");
        return { sha, message };
    });
}
/**
 * Refuses (exit 2) to move the local branch to `target` when that would drop
 * commits made there by hand: commits on it that neither `target` nor the
 * remote's tip holds and that this tool did not write. Returns the local
 * branch's commit, for a compare-and-swap when it is moved.
 */
async function guardLocalBranch(options, target, remoteTip) {
    const { git, branch } = options;
    const local = await revParse(git, `refs/heads/${branch}`);
    if (!local || local === target)
        return local;
    const isOwn = options.isOwn ?? isPromotionCommit;
    const lost = (await commitsIn(git, local, remoteTip ? [target, remoteTip] : [target])).filter((c) => !isOwn(c.message));
    if (lost.length === 0)
        return local;
    const named = lost
        .slice(0, 5)
        .map((c) => `${c.sha.slice(0, 12)} "${c.message.split("\n", 1)[0] ?? ""}"`)
        .join(", ");
    const more = lost.length > 5 ? ` and ${lost.length - 5} more` : "";
    throw new src/* UserError */.yo(`the local branch ${branch} has ${lost.length} commit(s) that ${options.remote} does not have and this run would drop: ${named}${more}. ` +
        `Nothing was pushed. Push them (git push ${options.remote} ${branch}) to keep them on the pull request, or drop them (git branch -D ${branch}), then run again.`);
}
async function isAncestor(git, ancestor, commit) {
    const r = await git.run(["merge-base", "--is-ancestor", "--end-of-options", ancestor, commit]);
    return r.code === 0;
}

;// CONCATENATED MODULE: ./packages/promote/src/bump-body.ts
/**
 * The parts of a bump PR's body that say where the image comes from: the
 * source repository, commit and workflow run, and the source commits since
 * the image deployed now. That image's source commit is read from the
 * `Source-Commit:` trailer of the last bump of the service in the env, so the
 * range needs no registry and no tag convention.
 */


/** Commits listed in the body at most; the compare link has them all. */
const MAX_LISTED = 30;
/** Bumps read back from the env's history to find the last one with trailers. */
const HISTORY = 50;
/** The source commit of the image deployed now in `options.env`, when a bump recorded it. */
async function deployedSource(checkout, options, files) {
    const r = await checkout.git.run([
        "log",
        `-${HISTORY}`,
        "--format=%x01%B",
        "--end-of-options",
        checkout.headSha,
        "--",
        ...files.map((f) => `${checkout.prefix}${f}`),
    ]);
    if (r.code !== 0)
        return undefined;
    const title = `bump ${options.service} in ${options.env} to `;
    for (const message of r.stdout.split("\x01").slice(1)) {
        if (!message.startsWith(title))
            continue;
        const commit = /^Source-Commit: ([0-9a-f]{7,40})$/m.exec(message)?.[1];
        const repository = /^Source-Repository: (\S+)$/m.exec(message)?.[1];
        if (!commit)
            continue;
        if (options.sourceRepository && repository && repository !== options.sourceRepository)
            continue;
        return { commit, ...(repository ? { repository } : {}) };
    }
    return undefined;
}
/** `Source: [owner/name@sha](link) · [workflow run](url)`. */
function sourceLine(options, runUrl, serverUrl = "https://github.com") {
    const run = runUrl ? ` · built by [this workflow run](${runUrl})` : "";
    const repo = options.sourceRepository;
    const sha = options.sourceCommit;
    if (!repo && !sha)
        return `Source: not recorded (no source repository or commit was given)${run}.`;
    const server = serverUrl.replace(/\/+$/, "");
    const what = `${repo ?? "(repository not given)"}@${sha ? sha.slice(0, 12) : "(commit not given)"}`;
    const link = repo && sha ? `[${what}](${server}/${repo}/commit/${sha})` : `\`${what}\``;
    return `Source: ${link} (trailers \`Source-Repository\`, \`Source-Commit\`)${run}.`;
}
/**
 * The source commits between the deployed image's commit and the new one, or
 * a line saying why they are not shown. Undefined when there is nothing to
 * compare (no source commit, or no earlier bump recorded one).
 */
async function compareSection(gh, options, deployed, serverUrl = "https://github.com") {
    const head = options.sourceCommit;
    if (!gh || !head || !deployed || deployed.commit === head)
        return undefined;
    const range = `${deployed.commit.slice(0, 12)}...${head.slice(0, 12)}`;
    const heading = `#### Source changes since the image deployed now (\`${range}\`)`;
    let data;
    try {
        const r = await gh.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
            owner: gh.owner,
            repo: gh.repo,
            basehead: `${deployed.commit}...${head}`,
            per_page: MAX_LISTED,
        });
        data = r.data;
    }
    catch (err) {
        // The token may not read the service repository: the PR is still worth opening.
        const status = (0,github/* statusOf */.c2)(err);
        const link = `${serverUrl.replace(/\/+$/, "")}/${gh.owner}/${gh.repo}/compare/${deployed.commit}...${head}`;
        return `${heading}\n\nNot listed: GitHub answered ${status ?? (0,src/* messageOf */.bD)(err)} for ${gh.owner}/${gh.repo} (the token needs contents: read there). [Compare on GitHub](${link}).`;
    }
    const lines = data.commits.map((c) => {
        const subject = c.commit.message.split("\n", 1)[0] ?? "";
        const author = c.commit.author?.name ? ` (${c.commit.author.name})` : "";
        return `- [\`${c.sha.slice(0, 7)}\`](${c.html_url}) ${subject.replace(/[<>]/g, "")}${author}`;
    });
    const more = data.total_commits > lines.length ? `\n- …and ${data.total_commits - lines.length} more` : "";
    return `${heading}\n\n[${data.total_commits} commit(s)](${data.html_url}):\n\n${lines.join("\n")}${more}`;
}

;// CONCATENATED MODULE: ./packages/promote/src/report.ts
/** `Promote cms, web to prod`. */
function promotionTitle(request) {
    return `Promote ${request.services.join(", ")} to ${request.to}`;
}
/** `promote/prod/cms-web`: one branch per target env and set of services, so a re-run finds it again. */
function promotionBranch(request) {
    return `promote/${request.to}/${request.services.join("-")}`;
}
/** The trailer that ties the commit to the validated source commit. */
function trailer(request, sourceSha) {
    return `Promoted-From: ${request.from}@${sourceSha}`;
}
/** Reads the source commit back from a commit message's trailer. */
function sourceFromMessage(message, from) {
    const m = new RegExp(`^Promoted-From: ${from.replace(/[.]/g, "\\.")}@([0-9a-f]{40})$`, "m").exec(message);
    return m?.[1];
}
/** Commit message: the title, one line per change, and the trailer. */
function commitMessage(request, changes, sourceSha) {
    const lines = changes.map((c) => `- ${c.service}: ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`);
    return `${promotionTitle(request)}\n\n${lines.join("\n")}\n\n${trailer(request, sourceSha)}\n`;
}
/** A value in a table cell: code, with `|` and line breaks made harmless. */
function report_cell(value) {
    if (value === null)
        return "_(unset)_";
    const flat = value.replace(/\r?\n/g, " ⏎ ");
    const cut = flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
    return `\`${cut.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}
/** Column heads of a change table: the target's value before, and the value promoted from the source. */
function changeHeads(request) {
    return [`${request.to} (before)`, `${request.from} (promoted)`];
}
/**
 * The one line for a run that changed nothing. "Nothing to promote" only when every promotable
 * field already matches; a field with no place in the target is said to be left behind.
 */
function nothingLine(request, unplaced) {
    const services = request.services.join(", ");
    if (unplaced.length === 0) {
        return `nothing to promote: ${request.to} already has what ${request.from} has for ${services}`;
    }
    return `nothing promoted: ${unplaced.length} promotable field(s) of ${request.from} differ but have no place in ${request.to} for ${services} (listed above)`;
}
/** Rows of the "not promoted" lists: promotable fields with no place in the target. */
function unplacedRows(unplaced) {
    return unplaced.map((u) => [u.service, u.file, u.field, u.value]);
}
/** Rows of the drift list: fields that differ and are not promoted. */
function driftRows(drift) {
    return drift.items.map((d) => [d.service, d.file, d.field, d.source ?? "(unset)", d.target ?? "(unset)"]);
}
/** The change table in markdown. */
function report_changesTable(request, changes) {
    const rows = changes.map((c) => `| ${c.service} | ${report_cell(c.file)} | ${report_cell(c.field)} | ${report_cell(c.from)} | ${report_cell(c.to)} |`);
    return [
        `| Service | File | Field | ${changeHeads(request).join(" | ")} |`,
        "| --- | --- | --- | --- | --- |",
        ...rows,
    ].join("\n");
}
/** The drift section: folded, since it is for information only. */
function driftSection(request, drift) {
    const count = drift.items.length + drift.omitted;
    if (count === 0)
        return `No other differences between the ${request.from} and ${request.to} overlays.`;
    const rows = drift.items.map((d) => `| ${d.service} | ${report_cell(d.file)} | ${report_cell(d.field)} | ${report_cell(d.source)} | ${report_cell(d.target)} |`);
    const more = drift.omitted > 0 ? `\n\n…and ${drift.omitted} more.` : "";
    return [
        `<details><summary>Drift: ${count} field(s) differ between ${request.from} and ${request.to} and are not promoted (information only)</summary>`,
        "",
        `| Service | File | Field | ${request.from} | ${request.to} |`,
        "| --- | --- | --- | --- | --- |",
        ...rows,
        more,
        "</details>",
    ].join("\n");
}
/** The pull request body. The first line is a hidden marker that says who wrote it. */
function pullRequestBody(request, changes, sourceSha, drift) {
    return [
        "<!-- gitops-actions:promotion -->",
        `Promotes **${request.services.join(", ")}** from \`${request.from}\` to \`${request.to}\`: only the promotable fields (image tags and digests, chart versions, configured values) move; everything else in the ${request.to} overlays stays as it is.`,
        "",
        report_changesTable(request, changes),
        "",
        `Source commit: \`${sourceSha}\` (trailer \`${trailer(request, sourceSha)}\`).`,
        "",
        driftSection(request, drift),
        "",
    ].join("\n");
}

// EXTERNAL MODULE: ./packages/promote/src/tree.ts
var src_tree = __webpack_require__(746);
;// CONCATENATED MODULE: ./packages/promote/src/bump-publish.ts







/** `bump/<env>/<service>`: one branch, so one PR, per env and service. */
function bumpBranch(env, service) {
    return `bump/${env}/${service}`;
}
/** Commits this tool wrote on a bump branch (replaced by a newer bump, never kept as someone's work). */
function isBumpCommit(env, service) {
    const title = `bump ${service} in ${env} to `;
    return (message) => message.startsWith(title);
}
/** Pushes the bump on its branch and, for `pr`, opens or updates its pull request. */
async function publishBump(args) {
    const { layout, options, checkout, plan, result } = args;
    const settings = options.publish ?? {};
    const { git, prefix, headSha } = checkout;
    const branch = bumpBranch(options.env, options.service);
    const remote = settings.remote ?? "origin";
    const base = settings.base ?? checkout.branch;
    const github = options.mode === "pr" ? settings.github : undefined;
    if (plan.set.changes.length === 0) {
        // The env already runs this image: an open bump PR has nothing left to merge.
        const closed = github
            ? await closeEmptyPullRequest(github, branch, base, `${options.service} in ${options.env} already runs ${plan.to} on ${base}.`)
            : undefined;
        return { ...result, branch, ...(closed !== undefined ? { closedPr: closed } : {}) };
    }
    const published = await publish({
        git,
        prefix,
        branch,
        headSha,
        push: true,
        remote,
        remoteUrl: await remoteUrl(git, remote),
        isOwn: isBumpCommit(options.env, options.service),
        build: async (parent) => {
            const again = parent === headSha ? plan : await args.replan((0,src_tree/* commitTree */.S)(git, parent, prefix));
            return { files: again.set.files(), message: args.message(again) };
        },
    });
    const out = {
        ...result,
        status: published.created ? "pushed" : "unchanged",
        branch,
        commit: published.commit,
        message: args.message(plan),
    };
    if (!github)
        return out;
    const tree = (0,src_tree/* workTree */._)(options.repo);
    const files = plan.set.files().map((f) => f.path);
    const reviews = reviewersFor(await loadCodeowners(tree), files);
    const autoMerge = settings.autoMerge ?? configMergeMethod(layout);
    out.pr = await openPullRequest(github, {
        spec: {
            branch,
            base,
            title: `Bump ${options.service} in ${options.env} to ${plan.version}`,
            body: await bumpBody(args, settings),
            labels: ["bump", `env:${options.env}`],
            reviewers: reviews.reviewers,
            teamReviewers: reviews.teamReviewers,
            rerequest: published.created,
        },
        scope: { kind: "bump", envs: [options.env], services: [options.service] },
        ...(autoMerge ? { autoMerge } : {}),
        after: `The branch ${branch} was pushed to ${remote} (${published.commit.slice(0, 12)}) and is kept; run the same bump again to open the pull request`,
    });
    return out;
}
async function bumpBody(args, settings) {
    const { options, plan, checkout } = args;
    const rows = plan.set.changes.map((c) => `| ${report_cell(c.file)} | ${report_cell(c.field)} | ${report_cell(c.from)} | ${report_cell(c.to)} |`);
    const deployed = await deployedSource(checkout, options, plan.set.changes.map((c) => c.file));
    const compare = await compareSection(settings.sourceGithub, options, deployed, settings.serverUrl);
    return [
        "<!-- gitops-actions:bump -->",
        `Bumps **${options.service}** in \`${options.env}\` to \`${plan.to}\`.`,
        "",
        "| File | Field | Before | After |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
        sourceLine(options, settings.runUrl, settings.serverUrl),
        ...(compare ? ["", compare] : []),
        "",
    ].join("\n");
}
function configMergeMethod(layout) {
    const v = layout.config.promote.autoMerge;
    return v === true ? "merge" : v === false ? undefined : v;
}

;// CONCATENATED MODULE: ./packages/promote/src/write.ts
/**
 * Writing promoted files into the working tree without leaving anything
 * half-written: every new file is written beside its target first, and
 * only when all are written are they renamed over the originals.
 */




/**
 * Writes `files` (paths relative to `repo`) through temporary files and renames.
 * A symlinked file is written through to the file it links to (as it was read),
 * so the link stays a link. A failure is a `UserError` naming the file; no
 * temporary file is left behind.
 */
function writeFilesAtomically(repo, files) {
    const staged = [];
    const removeStaged = () => {
        for (const [temp] of staged)
            (0,external_node_fs_.rmSync)(temp, { force: true });
    };
    // A fresh suffix per run: a temp file left by a killed run (same pid in a container) never blocks this one.
    const suffix = `${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
    for (const f of files) {
        try {
            const target = f.created ? newTarget(repo, f.path) : realTarget(repo, f.path);
            const temp = `${target}.gitops-promote-${suffix}.tmp`;
            staged.push([temp, target, f.path]);
            (0,external_node_fs_.writeFileSync)(temp, f.after, { flag: "wx" });
            if (!f.created)
                (0,external_node_fs_.chmodSync)(temp, (0,external_node_fs_.statSync)(target).mode & 0o777);
        }
        catch (err) {
            removeStaged();
            throw err instanceof src/* UserError */.yo
                ? err
                : new src/* UserError */.yo(`${f.path}: cannot write: ${(0,src/* messageOf */.bD)(err)}`, f.path);
        }
    }
    for (const [i, [temp, target, path]] of staged.entries()) {
        try {
            (0,external_node_fs_.renameSync)(temp, target);
        }
        catch (err) {
            removeStaged();
            const done = staged.slice(0, i).map(([, , p]) => p);
            throw new src/* UserError */.yo(`${path}: cannot write: ${(0,src/* messageOf */.bD)(err)}` +
                (done.length ? `; already promoted: ${done.join(", ")} (git checkout -- them to undo)` : ""), path);
        }
    }
}
/** Where a new file goes: its folder must resolve inside the repo, and nothing may be there yet. */
function newTarget(repo, path) {
    const dir = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(repo, (0,external_node_path_.dirname)(path)));
    const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), dir);
    if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) || rel.startsWith(external_node_path_.sep)) {
        throw new src/* UserError */.yo(`${path}: its folder resolves outside the repository; promote will not write there`, path);
    }
    const target = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(path));
    if ((0,external_node_fs_.existsSync)(target))
        throw new src/* UserError */.yo(`${path}: appeared while promoting; run the promotion again`, path);
    return target;
}
/** The file to replace for `path`: itself, or what its symlink points at, which must be in the repo. */
function realTarget(repo, path) {
    const target = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(repo, path));
    const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), target);
    if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) || rel.startsWith(external_node_path_.sep)) {
        throw new src/* UserError */.yo(`${path} is a symlink to a file outside the repository; promote will not write there`, path);
    }
    return target;
}

;// CONCATENATED MODULE: ./packages/promote/src/bump.ts
/**
 * `gitops bump`: set the image (or chart version) one service deploys in one
 * env to what its pipeline just built. It is promotion's write half with the
 * value given rather than copied: the same locator finds the fields, the same
 * changeset edits them in place (comments kept), and only that env's files
 * are written.
 */













/** Runs one bump. Bad input is a `UserError` (exit 2) before anything is written. */
async function bump_bump(given) {
    const layout = await (0,src/* loadModel */.cm)(given.repo);
    // No env given (the bump action's default): the first env of the promotion order.
    const options = { ...given, env: given.env || (layout.environments[0] ?? "") };
    checkTarget(layout, options.env, options.service);
    // After the cheap checks, before anything is read or written: a registry failure leaves all as it was.
    if (options.resolveDigest && "image" in options.target) {
        options.target = { image: await resolveDigest(options.target.image, options.resolveDigest) };
    }
    const checkout = options.mode === "commit" || options.mode === "push" || options.mode === "pr"
        ? await openCheckout(options.repo, options.git ?? {})
        : undefined;
    const { set, notes, to, version } = await planBump(layout, options, (0,src_tree/* workTree */._)(options.repo));
    const result = {
        status: "nothing",
        env: options.env,
        service: options.service,
        to,
        changes: set.changes,
        notes,
    };
    if (checkout && (options.mode === "push" || options.mode === "pr")) {
        return publishBump({
            layout,
            options,
            checkout,
            plan: { set, notes, to, version },
            result,
            replan: (tree) => planBump(layout, options, tree),
            message: (plan) => bumpMessage(options, plan.version, plan.set.changes),
        });
    }
    if (set.changes.length === 0)
        return result;
    const planned = set.files();
    if (options.mode === "dry-run") {
        return {
            ...result,
            status: "dry-run",
            diff: planned.map((f) => unifiedDiff(f.path, f.before, f.after)).join(""),
        };
    }
    writeFilesAtomically(options.repo, planned);
    if (!checkout)
        return { ...result, status: "edited" };
    const message = bumpMessage(options, version, set.changes);
    const paths = planned.map((f) => `${checkout.prefix}${f.path}`);
    await checkout.git.ok(["add", "--", ...paths], "cannot stage the bump");
    await checkout.git.ok(["commit", "--quiet", "--file=-", "--", ...paths], "cannot commit the bump", {
        input: message,
    });
    const commit = (await checkout.git.ok(["rev-parse", "HEAD"], "cannot read the new commit")).trim();
    return { ...result, status: "committed", commit, message };
}
/** Plans the bump reading the env's files from `tree` (the working tree, or a branch's commit). */
async function planBump(layout, options, tree) {
    const cache = new locate/* YamlCache */.C(tree);
    const files = await (0,locate/* locateFiles */.w)(cache, (0,src_services/* overlayOf */.ke)(layout, options.service, options.env));
    const set = new changeset/* Changeset */.To();
    const notes = [];
    const { target } = options;
    if ("image" in target) {
        const sites = await imageSites(cache, files, (0,src_services/* rulesFor */.NP)(layout, options.service));
        // Images written whole in the env's manifests and patches (version.yml) are bumped too.
        const refs = await referenceSites(cache, files);
        const placed = bumpReferences(set, options.service, refs, target.image);
        if (sites.some((s) => s.image === target.image.name)) {
            bumpImage(set, options, pick(options, sites, target.image), target.image, notes);
        }
        else if (placed === 0) {
            // Throws, naming every image the env does deploy.
            const whole = refs.map((r) => ({ image: r.image, file: r.site.file }));
            pick(options, [...sites, ...whole], target.image);
        }
        return { set, notes, to: formatImageRef(target.image), version: refVersion(target.image) };
    }
    const sites = await chartSites(cache, files);
    for (const site of pickChart(options, sites, target.chart)) {
        set.field(options.service, site.file, site.doc, site.path, site.key, bump_text(target.chartVersion));
    }
    return { set, notes, to: target.chartVersion, version: target.chartVersion };
}
/** Checks the env and service before anything is read: each mistake names the value and what is known. */
function checkTarget(layout, env, service) {
    if (!layout.environments.includes(env)) {
        throw new src/* UserError */.yo(`unknown environment ${(0,src_services/* show */.WU)(env)}; known: ${layout.environments.join(", ")}`);
    }
    if (!new RegExp(src/* ID_PATTERN */.pw).test(service))
        throw new src/* UserError */.yo(`service ${(0,src_services/* show */.WU)(service)} is not a plain name`);
    const overlays = (0,src_services/* listOverlays */.Mf)(layout);
    const known = [...new Set(overlays.map((o) => o.service))].sort();
    if (!known.includes(service)) {
        throw new src/* UserError */.yo(`unknown service ${(0,src_services/* show */.WU)(service)}; known: ${known.join(", ") || "(none)"}`);
    }
    if (!overlays.some((o) => o.service === service && o.env === env)) {
        const envs = overlays.filter((o) => o.service === service).map((o) => o.env);
        throw new src/* UserError */.yo(`service "${service}" has no ${env} overlay; it has: ${envs.join(", ")}`);
    }
}
/** The sites that deploy `ref`'s image; none is a `UserError` naming the images the service does deploy. */
function pick(options, sites, ref) {
    const matching = sites.filter((s) => s.image === ref.name);
    if (matching.length > 0)
        return matching;
    const deployed = [...new Set(sites.map((s) => `${s.image} (${s.file.file})`))];
    throw new src/* UserError */.yo(`${options.service} does not deploy image ${(0,src_services/* show */.WU)(ref.name)} in ${options.env}; ` +
        (deployed.length > 0 ? `it deploys: ${deployed.join(", ")}` : "no image field was found in its files"));
}
/**
 * The field := the reference. Kustomize: newTag and digest both follow it (a field the
 * reference lacks is removed, so `name@digest` does not keep an old tag). Helm: the overlay's
 * tag falls back to the chart's default when removed, so a digest-only reference leaves it.
 */
function bumpImage(set, options, sites, ref, notes) {
    for (const site of sites) {
        const tag = ref.tag === undefined ? undefined : bump_text(ref.tag);
        if (tag || site.kind === "kustomize")
            set.field(options.service, site.file, site.doc ?? 0, site.path, site.tagKey, tag);
        else
            notes.push(`${site.file.file}: the reference has no tag; ${(0,yaml_lookup/* formatPath */.jV)(site.path, site.tagKey)} is left as it is`);
        const digest = ref.digest === undefined ? undefined : bump_text(ref.digest);
        set.field(options.service, site.file, site.doc ?? 0, site.path, site.digestKey, digest);
    }
}
function pickChart(options, sites, chart) {
    const names = [...new Set(sites.map((s) => s.chart))].sort();
    if (names.length === 0) {
        throw new src/* UserError */.yo(`${options.service} pins no chart version in ${options.env} (no Chart.yaml dependency, no chart-repository Application)`);
    }
    const matching = chart === undefined ? sites : sites.filter((s) => s.chart === chart);
    if (matching.length === 0 || (chart === undefined && names.length > 1)) {
        const what = chart === undefined ? "which chart to bump (name it with --chart)" : `chart ${(0,src_services/* show */.WU)(chart)}`;
        throw new src/* UserError */.yo(`${options.service} in ${options.env}: cannot tell ${what}; it pins: ${names.join(", ")}`);
    }
    return matching;
}
function bump_text(value) {
    return { text: value, isString: true };
}
/** `bump web in staging to 2.9.0`, the changed fields, and the source trailers. */
function bumpMessage(options, version, changes) {
    const lines = changes.map((c) => `- ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`);
    const trailers = [
        ...(options.sourceRepository ? [`Source-Repository: ${options.sourceRepository}`] : []),
        ...(options.sourceCommit ? [`Source-Commit: ${options.sourceCommit}`] : []),
        ...(options.sourceCommit && options.sourceCommitDate
            ? [`Source-Commit-Date: ${options.sourceCommitDate}`]
            : []),
    ];
    const tail = trailers.length > 0 ? `\n\n${trailers.join("\n")}` : "";
    return `bump ${options.service} in ${options.env} to ${version}\n\n${lines.join("\n")}${tail}\n`;
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops.ts
/**
 * ChatOps: a comment `/promote <service...> [to <env>] [--no-dr]` asks for a
 * promotion, as `gitops promote` would do it (a group alias fans out, DR envs come along). The comment is untrusted text: it is parsed here, token by
 * token, into plain names (never handed to a shell), and whoever wrote it
 * must have write access, and be in one of the env's teams when
 * `promote.teams` lists any.
 */




const idPattern = new RegExp(src/* ID_PATTERN */.pw);
const COMMAND = /^\/promote(?:\s|$)/;
/** The one flag a comment may give; every other word must be a plain name. */
const NO_DR = "--no-dr";
/**
 * Reads the command from the comment's first line. Undefined when the
 * comment is not a `/promote` command at all; a `UserError` (shown to the
 * commenter) when it is one but malformed.
 */
function chatops_parsePromoteComment(body) {
    const first = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
    if (!COMMAND.test(first))
        return undefined;
    const words = first
        .slice("/promote".length)
        .split(/[\s,]+/)
        .filter(Boolean);
    const noDr = words.includes(NO_DR);
    if (noDr)
        words.splice(0, words.length, ...words.filter((w) => w !== NO_DR));
    let to;
    const toAt = words.indexOf("to");
    if (toAt !== -1) {
        if (toAt !== words.length - 2)
            throw new UserError('write the target env last: "/promote <service...> to <env> [--no-dr]"');
        to = words[toAt + 1];
        words.splice(toAt, 2);
    }
    if (words.length === 0)
        throw new UserError('name at least one service: "/promote <service...> [to <env>] [--no-dr]"');
    if (words.length > MAX_SERVICES)
        throw new UserError(`at most ${MAX_SERVICES} services per promotion`);
    for (const word of [...words, ...(to === undefined ? [] : [to])]) {
        if (!idPattern.test(word))
            throw new UserError(`${show(word)} is not a service or environment name`);
    }
    return {
        services: [...new Set(words)],
        ...(to === undefined ? {} : { to }),
        ...(noDr ? { noDr: true } : {}),
    };
}
/** The `issue_comment` payload at `path` (GITHUB_EVENT_PATH), checked field by field. */
function readCommentEvent(path, eventName) {
    if (eventName !== "issue_comment") {
        throw new UserError(`mode "chatops" runs on issue_comment events, but this run was triggered by "${eventName}"`);
    }
    let payload;
    try {
        payload = JSON.parse(readFileSync(path, "utf8"));
    }
    catch (err) {
        throw new UserError(`cannot read the event payload ${path}: ${messageOf(err)}`, path);
    }
    const p = payload;
    const id = p.comment?.id;
    const number = p.issue?.number;
    const login = p.comment?.user?.login;
    if (typeof id !== "number" || typeof number !== "number" || typeof login !== "string") {
        throw new UserError(`the event payload ${path} is not an issue_comment event (no comment id, issue number or user)`, path);
    }
    return {
        action: typeof p.action === "string" ? p.action : "",
        commentId: id,
        body: typeof p.comment?.body === "string" ? p.comment.body : "",
        user: login,
        userType: typeof p.comment?.user?.type === "string" ? p.comment.user.type : "User",
        issueNumber: number,
    };
}
const WRITE_ROLES = new Set(["admin", "maintain", "write"]);
const ACTION_TEXT = {
    promote: { verb: "promote", into: "promote to" },
    sync: { verb: "sync", into: "sync in" },
    status: { verb: "ask for status", into: "ask for the status of" },
};
/**
 * Undefined when `user` may promote into `env` (or `action` it); otherwise the reason, as
 * shown to them. Write access comes from the collaborator permission API;
 * team membership (when `teams` is non-empty) from the org membership API,
 * which needs a token that can read the org's members.
 */
async function chatops_permissionProblem(gh, user, env, teams, action = "promote") {
    const text = ACTION_TEXT[action];
    let role;
    try {
        const { data } = await gh.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
            owner: gh.owner,
            repo: gh.repo,
            username: user,
        });
        const d = data;
        role = d.role_name ?? d.permission ?? "none";
    }
    catch (err) {
        if (statusOf(err) !== 404)
            throw err;
        role = "none";
    }
    if (!WRITE_ROLES.has(role))
        return `@${user} needs write access to ${gh.owner}/${gh.repo} to ${text.verb} (has: ${role})`;
    if (teams.length === 0)
        return undefined;
    for (const team of teams) {
        const [org = "", slug = ""] = team.replace(/^@/, "").split("/");
        try {
            const { data } = await gh.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
                org,
                team_slug: slug,
                username: user,
            });
            if (data.state === "active")
                return undefined;
        }
        catch (err) {
            const status = statusOf(err);
            if (status === 403) {
                return `cannot check team membership for ${env}: the token may not read the members of ${org} (it needs the org "members: read" permission)`;
            }
            if (status !== 404)
                throw err;
        }
    }
    return `@${user} is not in a team allowed to ${text.into} ${env} (${teams.join(", ")})`;
}

// EXTERNAL MODULE: ./packages/argocd/src/index.ts + 9 modules
var argocd_src = __webpack_require__(4135);
;// CONCATENATED MODULE: ./packages/promote/src/chatops-sync-reply.ts
/**
 * The one reply to `/sync`: first what each sync request got (while the outcome is awaited), then,
 * in the same comment, how each sync ended. Everything Argo CD wrote (names, messages, health) is
 * untrusted: one table cell each, markdown and HTML escaped, @-mentions defused.
 */



/**
 * The reply's text: `waitingMs` while the outcome is awaited, `waitedMs` once it is known (or
 * the wait ran out).
 */
function chatops_sync_reply_syncReplyText(head, syncs, time) {
    const done = "waitedMs" in time;
    const rows = syncs.map((s) => {
        const cells = [
            resultOf(s, done ? time.waitedMs : undefined),
            s.end?.health ?? "",
            chatops_sync_reply_short(s.end?.revision),
        ];
        return `| ${nameCell(s)} | ${cells.map((c) => quiet(markdownCell(c))).join(" | ")} |`;
    });
    const running = syncs.some((s) => s.started && s.end?.outcome === "running");
    const footer = !done
        ? `Waiting up to ${formatDuration(time.waitingMs)} for the outcome; this comment is updated then.`
        : running
            ? `Still running after ${formatDuration(time.waitedMs)}: follow it in Argo CD (linked above) or with \`/status\`.`
            : "Argo CD synced each Application to its own target revision.";
    return [
        `@${head.user} sync of **${head.service}** in \`${head.env}\` (Argo CD at ${markdownCell(head.server)}):`,
        "",
        "| Application | Result | Health | Revision |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
        footer,
        "",
    ].join("\n");
}
function resultOf(s, waitedMs) {
    if (!s.started)
        return `refused: ${s.message ?? ""}`;
    const to = s.targetRevision ? ` (to its target revision ${s.targetRevision})` : "";
    const end = s.end;
    if (!end || waitedMs === undefined)
        return `sync started${to}`;
    const said = end.message ? `: ${end.message}` : "";
    if (end.outcome === "succeeded")
        return `${end.phase ?? "Succeeded"}, Synced${said}`;
    if (end.outcome === "failed")
        return `${end.phase ?? "Failed"}${said}`;
    const where = end.phase ? `operation ${end.phase}` : "operation not finished";
    return `still running after ${formatDuration(waitedMs)} (${where}${end.sync ? `, ${end.sync}` : ""})${said}`;
}
function nameCell(s) {
    const name = quiet(markdownCell(s.name));
    return s.url ? `[${name}](${s.url})` : name;
}
function chatops_sync_reply_short(revision) {
    if (!revision)
        return "";
    return /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 12) : revision;
}
/** The Application's page in Argo CD's UI, when the server is a web address. */
function chatops_sync_reply_appUrl(server, name, namespace) {
    if (!/^https?:\/\//.test(server))
        return undefined;
    const path = `${namespace ? `${encodeURIComponent(namespace)}/` : ""}${encodeURIComponent(name)}`;
    return `${server.replace(/\/+$/, "")}/applications/${path}`;
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-sync-wait.ts
/**
 * After `/sync` started its syncs: wait, bounded, for each Application's sync operation to end and
 * the Application to be Synced and Healthy at the revision the operation synced. Argo CD keeps
 * `operation` on the Application while a requested operation is queued or running and clears it
 * when the operation completes; `status.operationState` then holds the result. An operation state
 * whose `startedAt` is the one seen before the sync request is the previous operation's, not ours.
 */

/** The action's default wait: enough for a usual rollout, short enough for a chat answer. */
const chatops_sync_wait_DEFAULT_SYNC_WAIT_MS = (/* unused pure expression or super */ null && (5 * 60_000));
const FAILED = new Set(["Failed", "Error"]);
/** Follows every sync until it ends or `wait.timeoutMs` passes; each Application is read at least once. */
async function chatops_sync_wait_waitForSyncs(client, syncs, wait) {
    const deadline = Date.now() + wait.timeoutMs;
    const ends = new Map();
    let pending = [...syncs];
    for (;;) {
        const next = [];
        for (const s of pending) {
            const end = await readEnd(client, s);
            ends.set(s.name, end);
            if (end.outcome === "running" && !end.unreadable)
                next.push(s);
        }
        pending = next;
        const left = deadline - Date.now();
        if (pending.length === 0 || left <= 0)
            return ends;
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait.intervalMs ?? 5000, left)));
    }
}
async function readEnd(client, s) {
    let app;
    try {
        app = await client.getApplication(s.name, {
            ...(s.project ? { project: s.project } : {}),
            ...(s.appNamespace ? { appNamespace: s.appNamespace } : {}),
        });
    }
    catch (err) {
        // Losing sight of it is not the sync failing: say so, and stop asking.
        if (!isUserError(err))
            throw err;
        return { outcome: "running", message: `cannot read it: ${err.message}`, unreadable: true };
    }
    return endOf(app, s.before);
}
/** Where the Application's sync stands, from one read of it. */
function endOf(app, before) {
    const op = app.status?.operationState;
    const sync = app.status?.sync?.status;
    const health = app.status?.health?.status;
    const seen = { ...(sync ? { sync } : {}), ...(health ? { health } : {}) };
    const ours = op !== undefined && op.startedAt !== before;
    if (app.operation !== undefined || !ours)
        return { outcome: "running", ...seen };
    const revision = op.syncResult?.revision;
    const told = {
        ...(op.phase ? { phase: op.phase } : {}),
        ...(op.message ? { message: op.message } : {}),
        ...seen,
        ...(revision ? { revision } : {}),
    };
    if (FAILED.has(op.phase ?? ""))
        return { outcome: "failed", ...told };
    const atRevision = !revision || app.status?.sync?.revision === revision;
    if (op.phase === "Succeeded" && sync === "Synced" && atRevision && health === "Healthy")
        return { outcome: "succeeded", ...told };
    return { outcome: "running", ...told };
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-sync.ts
/**
 * ChatOps `/sync <service> [env]` and `/status [service] [env]`, through the same comment
 * handling and RBAC as `/promote`: write access, plus one of the env's `promote.teams` when it
 * lists any. `/sync` asks Argo CD to sync the service's Applications in the env to their own
 * target revision (a comment can never choose the revision), answers in ONE reply, waits
 * (bounded: `syncWait`) for the syncs to end (chatops-sync-wait.ts) and completes that reply
 * with each outcome.
 */







const chatops_sync_COMMAND = /^\/(sync|status)(?:\s|$)/;
const chatops_sync_idPattern = new RegExp(src/* ID_PATTERN */.pw);
/** Only what mapping to the model needs: names, projects and sources. */
const SYNC_FIELDS = (/* unused pure expression or super */ null && ([
    "items.metadata.name",
    "items.metadata.namespace",
    "items.spec.project",
    "items.spec.source",
    "items.spec.sources",
    // The last operation's start, to tell it from the one our sync request starts.
    "items.status.operationState.startedAt",
]));
/** Handles a `/sync` or `/status` comment; undefined when the comment is neither. */
async function chatops_sync_handleArgoComment(options) {
    const first = options.event.body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
    const kind = chatops_sync_COMMAND.exec(first)?.[1];
    if (!kind)
        return undefined;
    await react(options, "eyes");
    try {
        const words = parseWords(first.slice(kind.length + 1), kind);
        const model = await loadModel(options.repo);
        return kind === "sync" ? await runSync(options, model, words) : await runStatus(options, model, words);
    }
    catch (err) {
        if (isUserError(err))
            return refuse(options, kind, err.message);
        const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : "";
        await reply(options, `@${options.event.user} /${kind} failed unexpectedly${run}: ${quiet(messageOf(err))}`).catch(() => undefined);
        await react(options, "confused").catch(() => undefined);
        throw err;
    }
}
/** The words after the command: plain names only, at most two (service, env). */
function parseWords(rest, kind) {
    const words = rest.split(/[\s,]+/).filter(Boolean);
    const usage = kind === "sync" ? '"/sync <service> [env]"' : '"/status [service] [env]"';
    if ((kind === "sync" && words.length === 0) || words.length > 2)
        throw new UserError(`write ${usage}`);
    for (const word of words) {
        if (!chatops_sync_idPattern.test(word))
            throw new UserError(`${show(word)} is not a service or environment name`);
    }
    return words;
}
async function runSync(options, model, words) {
    const [service = "", named] = words;
    // No env named: the first of the chain, the one a stray /sync can do least harm to.
    const env = named ?? model.environments[0] ?? "";
    checkNames(model, service, env);
    const denied = await permissionProblem(options.github, options.event.user, env, model.config.promote.teams[env] ?? [], "sync");
    if (denied)
        return refuse(options, "sync", denied);
    const { client, settings } = connectFor(options, model);
    const { mapped } = await listRepoApplications(client, model, settings, SYNC_FIELDS);
    const apps = mapped.filter((m) => m.env === env && m.service === service);
    if (apps.length === 0)
        return refuse(options, "sync", `no Argo CD Application at ${client.server} deploys ${service} in ${env}`);
    const syncs = [];
    const watch = [];
    for (const m of apps) {
        const project = m.live.spec?.project;
        const namespace = m.live.metadata?.namespace;
        const appNamespace = settings.appNamespace && namespace ? namespace : undefined;
        const targetRevision = sourcesOf(m.live)[m.sourceIndex]?.targetRevision;
        const url = appUrl(client.server, m.name, namespace);
        try {
            await client.syncApplication({
                name: m.name,
                ...(project ? { project } : {}),
                ...(appNamespace ? { appNamespace } : {}),
            });
            syncs.push({
                name: m.name,
                started: true,
                ...(targetRevision ? { targetRevision } : {}),
                ...(url ? { url } : {}),
            });
            const before = m.live.status?.operationState?.startedAt;
            watch.push({
                name: m.name,
                ...(project ? { project } : {}),
                ...(appNamespace ? { appNamespace } : {}),
                ...(before ? { before } : {}),
            });
        }
        catch (err) {
            if (!isUserError(err))
                throw err;
            syncs.push({ name: m.name, started: false, message: err.message, ...(url ? { url } : {}) });
        }
    }
    const head = { user: options.event.user, service, env, server: client.server };
    if (watch.length === 0) {
        const replyUrl = await reply(options, syncReplyText(head, syncs, { waitedMs: 0 }));
        await react(options, "confused");
        const reason = syncs.map((s) => `${s.name}: ${s.message ?? "refused"}`).join("; ");
        return { status: "refused", reason, replyUrl, syncs };
    }
    const wait = options.syncWait ?? { timeoutMs: DEFAULT_SYNC_WAIT_MS };
    // Answer at once, so the thread knows the sync started; the outcome completes the same reply.
    const posted = await postReply(options, syncReplyText(head, syncs, { waitingMs: wait.timeoutMs }));
    const ends = await waitForSyncs(client, watch, wait);
    for (const s of syncs) {
        const end = ends.get(s.name);
        if (end)
            s.end = end;
    }
    await updateReply(options, posted.id, syncReplyText(head, syncs, { waitedMs: wait.timeoutMs }));
    const failed = syncs.filter((s) => !s.started || s.end?.outcome === "failed");
    await react(options, failed.length === 0 ? "rocket" : "confused");
    const reason = failed.map((s) => `${s.name}: ${s.started ? (s.end?.message ?? "failed") : (s.message ?? "refused")}`);
    return {
        status: "synced",
        replyUrl: posted.url,
        syncs,
        ...(reason.length > 0 ? { reason: reason.join("; ") } : {}),
    };
}
async function runStatus(options, model, words) {
    const services = new Set(model.targets.flatMap((t) => (t.service ? [t.service] : [])));
    let service;
    let env;
    // One word is an env when it names one and no service; otherwise a service.
    if (words.length === 2)
        [service, env] = words;
    else if (words[0] !== undefined && model.environments.includes(words[0]) && !services.has(words[0]))
        env = words[0];
    else
        service = words[0];
    if (service !== undefined)
        checkNames(model, service, env);
    else if (env !== undefined)
        checkNames(model, undefined, env);
    const teams = env !== undefined ? (model.config.promote.teams[env] ?? []) : [];
    const denied = await permissionProblem(options.github, options.event.user, env ?? "", teams, "status");
    if (denied)
        return refuse(options, "status", denied);
    const { client, settings } = connectFor(options, model);
    const report = await collectStatus({
        model,
        client,
        appNamespace: settings.appNamespace,
        projects: settings.projects,
        graceMs: 0,
        failOnDrift: false,
        envs: env !== undefined ? [env] : [],
        services: service !== undefined ? [service] : [],
        ...(options.argocd?.now ? { now: options.argocd.now } : {}),
    });
    const scope = [service, env].filter(Boolean).join(" in ");
    const lines = [
        `@${options.event.user} Argo CD status${scope ? ` of ${scope}` : ""} at ${markdownCell(report.server)}: ` +
            `${report.applications.length} Application(s)`,
    ];
    if (report.applications.length > 0) {
        lines.push("", "| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |", "| --- | --- | --- | --- | --- | --- | --- | --- |", ...statusRows(report.applications).map((row) => `| ${row.map((c) => markdownCell(c)).join(" | ")} |`));
    }
    const [head = "", ...rest] = lines;
    const replyUrl = await reply(options, [head, ...rest.map(quiet)].join("\n") + "\n");
    await react(options, "+1");
    return { status: "reported", replyUrl };
}
function checkNames(model, service, env) {
    if (env !== undefined && !model.environments.includes(env)) {
        throw new UserError(`unknown environment ${show(env)}; known: ${model.environments.join(", ")}`);
    }
    if (service === undefined)
        return;
    const known = [...new Set(model.targets.flatMap((t) => (t.service ? [t.service] : [])))].sort();
    if (!known.includes(service))
        throw new UserError(`unknown service ${show(service)}; known: ${known.join(", ")}`);
}
function connectFor(options, model) {
    const timeout = options.argocd?.timeoutMs;
    return connect(options.argocd?.env ?? process.env, model.config.argocd, timeout ? { timeoutMs: timeout } : {});
}
async function refuse(options, kind, reason) {
    const run = options.runUrl ? `\n\n[Workflow run](${options.runUrl})` : "";
    const what = kind === "sync" ? "the sync was refused" : "the status request was refused";
    const replyUrl = await reply(options, `@${options.event.user} ${what}: ${quiet(reason)}${run}`);
    await react(options, "confused");
    return { status: "refused", reason, replyUrl };
}

// EXTERNAL MODULE: ./packages/promote/src/chain.ts
var chain = __webpack_require__(8069);
// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
;// CONCATENATED MODULE: ./packages/promote/src/gate-since.ts

const SHA = /^[0-9a-f]{7,40}$/i;
/**
 * RFC 3339 time the Application first ran a revision containing `expected` (and has run one
 * since), or null when its newest sync lacks it or the history cannot tell.
 */
async function runningSince(repo, app, sourceIndex, expected) {
    if (!expected)
        return null;
    const history = [...(app.status?.history ?? [])].sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
    let since = null;
    for (const entry of history) {
        const revision = entry.revisions?.[sourceIndex] ?? entry.revision ?? "";
        // Revisions come from the server: only a plain SHA ever reaches git.
        if (!entry.deployedAt || !SHA.test(revision))
            break;
        const r = await (0,git/* git */.$Y)(repo, ["merge-base", "--is-ancestor", "--end-of-options", expected, revision]);
        if (r.code !== 0)
            break;
        since = entry.deployedAt;
    }
    return since;
}

;// CONCATENATED MODULE: ./packages/promote/src/source-evidence.ts
/**
 * What Argo CD shows for the promoted services in the source env: one evidence per Application
 * (sync, health, the revision it runs and whether that holds the last change to its inputs,
 * when it was deployed and since when it has run the change). The staging gate judges it; the
 * promotion PR dates "Running for" by it.
 */


/** Lists the source env's Applications of `request.services` (one List call) and judges each. */
async function readSourceEvidence(layout, request, { client, settings }, clock) {
    const { mapped: all } = await (0,argocd_src/* listRepoApplications */.y$)(client, layout, settings, argocd_src/* STATUS_FIELDS */.n$);
    const mapped = all.filter((m) => m.env === request.from && m.service !== undefined && request.services.includes(m.service));
    const applications = await Promise.all(mapped.map((m) => evidenceOf(layout, m, clock)));
    const missing = request.services
        .filter((service) => !applications.some((a) => a.service === service))
        .map((service) => ({
        service,
        problem: missingProblem(layout, request.from, service, client.server, settings.projects),
    }));
    return { server: client.server, applications, missing };
}
async function evidenceOf(layout, m, { soak, soakMs, now }) {
    const status = m.live.status;
    const sync = status?.sync?.status ?? "Unknown";
    const health = status?.health?.status ?? "Unknown";
    const { revision, at } = (0,argocd_src/* deployedRevision */.Sf)(m.live, m.sourceIndex);
    const fresh = await (0,argocd_src/* freshness */.I9)(layout.repo, revision ?? undefined, (0,argocd_src/* inputPaths */.Nq)(layout, m.targets));
    const problems = [];
    if (sync !== "Synced")
        problems.push(`${m.name} is ${sync}, not Synced`);
    if (health !== "Healthy") {
        const why = status?.health?.message ? ` (${oneLine(status.health.message)})` : "";
        problems.push(`${m.name} is ${health}${why}, not Healthy`);
    }
    if (fresh.current === false) {
        problems.push(`${m.name} runs ${source_evidence_short(revision)}, which does not contain ${source_evidence_short(fresh.expected)}, the last change to its inputs`);
    }
    else if (fresh.current === null) {
        problems.push(`${m.name}: cannot tell whether it runs the promoted change: ${fresh.note ?? "unknown"}`);
    }
    if (soakMs > 0) {
        const age = at ? now.getTime() - Date.parse(at) : Number.NaN;
        if (!at || Number.isNaN(age))
            problems.push(`${m.name} has no deployment time in its sync history`);
        else if (age < soakMs)
            problems.push(`${m.name} was deployed ${(0,argocd_src/* formatDuration */.a3)(age)} ago (${at}); the gate needs ${soak} of soak`);
    }
    return {
        name: m.name,
        service: m.service ?? "",
        sync,
        health,
        revision,
        deployedAt: at,
        runningSince: fresh.current
            ? await runningSince(layout.repo, m.live, m.sourceIndex, fresh.expected)
            : null,
        expected: fresh.expected,
        contains: fresh.current,
        problems,
    };
}
/** No Application of the service in the source env: not created, or hidden from the token. */
function missingProblem(layout, env, service, server, projects) {
    const inModel = layout.applications.filter((a) => a.env === env &&
        layout.targets.some((t) => t.service === service && a.targets.includes(t.id)) &&
        (projects.length === 0 || projects.includes(a.project)));
    const named = inModel.map((a) => a.name).sort();
    const rbac = [...new Set(inModel.map((a) => `"applications, get, ${a.project || "<project>"}/*"`))];
    return (`no Argo CD Application at ${server} deploys ${service} in ${env}` +
        (named.length
            ? ` (the repository defines ${named.join(", ")}: not created yet, or the token lacks ${rbac.join(", ")})`
            : ""));
}
function source_evidence_short(sha) {
    return sha ? sha.slice(0, 7) : "(none)";
}
function oneLine(text) {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-argocd.ts
/**
 * The staging gate (`promote.gate` in .gitops.yaml). A promotion into a gated env goes ahead only
 * when Argo CD shows every Application of the promoted services in the source env Synced,
 * Healthy, running a revision that contains the last change to its inputs (real git ancestry),
 * and deployed at least `promote.gate.soak` ago. The evidence is kept for the pull request.
 */




/** True when `promote.gate.envs` names `to` or a group of the chain that holds it. */
function isGated(layout, to) {
    return layout.config.promote.gate.envs.some((name) => {
        const envs = (0,chain/* envsNamed */.iN)(layout, name);
        if (!envs) {
            throw new src/* UserError */.yo(`.gitops.yaml promote.gate.envs names "${name}", which is no environment or group of the chain; known: ${layout.environments.join(", ")}`, ".gitops.yaml");
        }
        return envs.includes(to);
    });
}
/** The gate for `request`, or undefined when its target env is not gated. Argo CD not configured: a `UserError`. */
async function checkArgoGate(layout, request, access = {}) {
    if (!isGated(layout, request.to))
        return undefined;
    const soak = layout.config.promote.gate.soak;
    const soakMs = (0,argocd_src/* parseDuration */.E9)(soak, ".gitops.yaml promote.gate.soak");
    const connection = connectForGate(layout, request, access);
    const now = access.now ?? new Date();
    const { server, applications, missing } = await readSourceEvidence(layout, request, connection, {
        soak,
        soakMs,
        now,
    });
    const problems = [...missing.map((m) => m.problem), ...applications.flatMap((a) => a.problems)];
    return {
        from: request.from,
        to: request.to,
        server,
        soak,
        soakMs,
        checkedAt: now.toISOString(),
        applications,
        problems,
        warnings: connection.settings.warnings,
    };
}
/** The refusal reason for a report with problems, undefined when it passed. */
function gateRefusal(report) {
    if (report.problems.length === 0)
        return undefined;
    return `${report.from} has not passed the gate into ${report.to} (promote.gate): ${report.problems.join("; ")}`;
}
function connectForGate(layout, request, access) {
    try {
        const options = access.timeoutMs ? { timeoutMs: access.timeoutMs } : {};
        return (0,argocd_src/* connect */.Ng)(access.env ?? process.env, layout.config.argocd, options);
    }
    catch (err) {
        if (!(0,src/* isUserError */.iU)(err))
            throw err;
        throw new src/* UserError */.yo(`promotion to ${request.to} is gated (promote.gate in .gitops.yaml) and reads Argo CD: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/drift.ts
/**
 * Drift: how the two overlays of a service differ in what promotion does not
 * copy (replicas, hosts, patches ...). Shown in the pull request for
 * information only; most of it is what makes an env an env.
 */


/** Most drift entries reported per service. */
const PER_SERVICE = 25;
/** Compares each service's overlays file by file, leaving out the promoted fields. */
async function computeDrift(pairs, changes, source, target) {
    const items = [];
    let omitted = 0;
    for (const pair of pairs) {
        const own = changes.filter((c) => c.service === pair.service);
        const promoted = new Set(own.map((c) => `${c.file}\0${c.field}`));
        // A file copied whole is promoted as a whole.
        const copied = new Set(own.filter((c) => c.field === changeset/* FILE_FIELD */.i).map((c) => c.file));
        const found = [];
        for (const [from, to] of await filePairs(pair, source, target)) {
            if (to && copied.has(to))
                continue;
            const a = from ? await source.read(from) : undefined;
            const b = to ? await target.read(to) : undefined;
            const file = to ?? from ?? "";
            if (a === b)
                continue;
            if (a === undefined || b === undefined) {
                found.push({
                    service: pair.service,
                    file,
                    field: "(file)",
                    source: a === undefined ? null : "present",
                    target: b === undefined ? null : "present",
                });
                continue;
            }
            for (const d of compareFile(file, a, b)) {
                if (!promoted.has(`${file}\0${d.field}`))
                    found.push({ service: pair.service, file, ...d });
            }
        }
        items.push(...found.slice(0, PER_SERVICE));
        omitted += Math.max(0, found.length - PER_SERVICE);
    }
    return { items, omitted };
}
/** Source and target paths of the files to compare: the overlay folders, and values files kept elsewhere. */
async function filePairs(pair, source, target) {
    const srcDir = pair.source.overlay.dir;
    const dstDir = pair.target.overlay.dir;
    const names = new Set();
    for (const p of await source.list(srcDir))
        names.add(p.slice(srcDir.length + 1));
    for (const p of await target.list(dstDir))
        names.add(p.slice(dstDir.length + 1));
    const out = [...names]
        .sort()
        .map((n) => [`${srcDir}/${n}`, `${dstDir}/${n}`]);
    const { values: sv } = pair.source;
    const { values: tv } = pair.target;
    if (sv && tv && !sv.startsWith(`${srcDir}/`) && !tv.startsWith(`${dstDir}/`))
        out.push([sv, tv]);
    return out;
}
function compareFile(file, a, b) {
    if (!/\.(ya?ml|json)$/i.test(file))
        return [{ field: "(content)", source: "differs", target: "differs" }];
    let left;
    let right;
    try {
        left = flattenFile(a, file);
        right = flattenFile(b, file);
    }
    catch {
        return [{ field: "(content)", source: "differs", target: "differs" }];
    }
    const keys = [...new Set([...left.keys(), ...right.keys()])];
    return keys
        .filter((k) => left.get(k) !== right.get(k))
        .map((field) => ({ field, source: left.get(field) ?? null, target: right.get(field) ?? null }));
}
function flattenFile(text, file) {
    const out = new Map();
    const docs = (0,src/* parseYaml */.hN)(text, file).documents;
    for (const d of docs)
        flatten(d.value, docs.length > 1 ? `[doc ${d.index}]` : "", out);
    return out;
}
/** Leaf values by path; list entries with a `name` are keyed by it, as promotion names them. */
function flatten(value, path, out) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            out.set(path, "[]");
        value.forEach((item, i) => {
            // Named entries by their name; JSON6902 ops by their path, as promotion names them.
            const { name, op, path: at } = (item ?? {});
            const key = typeof name === "string" ? name : typeof op === "string" && typeof at === "string" ? at : i;
            flatten(item, `${path}[${key}]`, out);
        });
    }
    else if (value !== null && typeof value === "object") {
        const entries = Object.entries(value);
        if (entries.length === 0)
            out.set(path, "{}");
        for (const [k, v] of entries)
            flatten(v, path ? `${path}.${k}` : k, out);
    }
    else {
        out.set(path, value === undefined ? "null" : typeof value === "string" ? value : JSON.stringify(value));
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/gate.ts
/**
 * The optional gate: promote only a source commit whose required checks
 * passed. Read from the check runs API, newest run per name, the way branch
 * protection counts them (success, neutral and skipped pass).
 */

const PASSING = new Set(["success", "neutral", "skipped"]);
/** Undefined when every required check passed on `sha`; otherwise why the promotion is refused. */
async function requiredChecksProblem(gh, sha, required) {
    if (required.length === 0)
        return undefined;
    const runs = await (0,github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ref: sha }, (d) => d.check_runs);
    const problems = [];
    for (const name of required) {
        const latest = runs.filter((r) => r.name === name).sort((a, b) => b.id - a.id)[0];
        if (!latest)
            problems.push(`"${name}" has not run`);
        else if (latest.status !== "completed")
            problems.push(`"${name}" is ${latest.status.replace(/_/g, " ")}`);
        else if (!PASSING.has(latest.conclusion ?? ""))
            problems.push(`"${name}" concluded ${latest.conclusion ?? "without a result"}`);
    }
    if (problems.length === 0)
        return undefined;
    return `required checks did not pass on ${sha.slice(0, 12)}: ${problems.join(", ")}`;
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-checks.ts
/**
 * The required-checks gate before a promotion pushes: the source commit's required check runs
 * (`promote.requiredChecks` plus the caller's) must have passed. One function for a single-env
 * promotion (promote.ts) and a grouped one (publish-grouped.ts), so both refuse alike.
 * `commit` mode pushes nothing and is not gated.
 */



/** Why the push is refused, or undefined; no GitHub access with checks required is a `UserError`. */
async function requiredChecksGate(options, layout, headSha) {
    if (options.mode === "commit")
        return undefined;
    const required = [...new Set([...layout.config.promote.requiredChecks, ...(options.requiredChecks ?? [])])];
    if (required.length === 0)
        return undefined;
    const gh = options.github;
    if (!gh) {
        throw new src/* UserError */.yo(`required checks (${required.join(", ")}) must pass before pushing; the gate reads check runs and needs a GitHub token (set GITHUB_TOKEN)`);
    }
    return withGitHub(gh, `read the check runs of ${headSha}`, () => requiredChecksProblem(gh, headSha, required));
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-evidence.ts
/**
 * The staging gate's evidence for people: a markdown section for the promotion PR body and rows
 * for the CLI table. Names, states and messages come from the Argo CD server: every cell is
 * escaped, and only a plain SHA is shown as code.
 */


const GATE_HEADER = ["APPLICATION", "SYNC", "HEALTH", "REVISION", "DEPLOYED", "SOAKED", "GATE"];
/** One row per source-env Application. */
function gateRows(report) {
    return report.applications.map((a) => [
        a.name,
        a.sync,
        a.health,
        revisionText(a),
        a.deployedAt ?? "-",
        soaked(report, a),
        a.problems.length === 0 ? "pass" : "fail",
    ]);
}
/**
 * The PR body's section: what Argo CD showed for the source env when the promotion was made.
 * No check time or age in it: a re-run that finds the same state leaves the body, and so the
 * pull request, untouched.
 */
function gateSection(report) {
    const lines = [
        `### Gate: ${(0,src/* markdownCell */.UZ)(report.from)} before ${(0,src/* markdownCell */.UZ)(report.to)}`,
        "",
        `Argo CD at ${(0,src/* markdownCell */.UZ)(report.server)}` +
            (report.soakMs > 0 ? `; required soak ${(0,src/* markdownCell */.UZ)(report.soak)}.` : "; no soak required."),
        "",
        "| Application | Sync | Health | Revision | Deployed since |",
        "| --- | --- | --- | --- | --- |",
    ];
    for (const a of report.applications) {
        const cells = [a.name, a.sync, a.health].map(src/* markdownCell */.UZ);
        cells.push(revisionMarkdown(a), (0,src/* markdownCell */.UZ)(a.deployedAt ?? "-"));
        lines.push(`| ${cells.join(" | ")} |`);
    }
    if (report.problems.length > 0) {
        lines.push("", "Not passed:", ...report.problems.map((p) => `- ${(0,src/* markdownCell */.UZ)(p)}`));
    }
    return `${lines.join("\n")}\n`;
}
/** The gate as `promote --json` prints it (fields may be added, not renamed). */
function gateJson(report) {
    return {
        from: report.from,
        to: report.to,
        server: report.server,
        soak: report.soak,
        checkedAt: report.checkedAt,
        passed: report.problems.length === 0,
        problems: report.problems,
        applications: report.applications,
    };
}
const gate_evidence_SHA = /^[0-9a-f]{7,40}$/i;
function revisionText(a) {
    const rev = a.revision ? a.revision.slice(0, 7) : "-";
    if (a.contains === true && a.expected)
        return `${rev} (has ${a.expected.slice(0, 7)})`;
    if (a.contains === false && a.expected)
        return `${rev} (lacks ${a.expected.slice(0, 7)})`;
    return rev;
}
function revisionMarkdown(a) {
    const code = (sha) => sha && gate_evidence_SHA.test(sha) ? `\`${sha.slice(0, 12)}\`` : (0,src/* markdownCell */.UZ)(sha ?? "-");
    if (a.contains === true && a.expected)
        return `${code(a.revision)} (contains ${code(a.expected)})`;
    if (a.contains === false && a.expected)
        return `${code(a.revision)} (lacks ${code(a.expected)})`;
    return code(a.revision);
}
function soaked(report, a) {
    if (!a.deployedAt)
        return "-";
    const age = Date.parse(report.checkedAt) - Date.parse(a.deployedAt);
    return Number.isNaN(age) ? "-" : (0,argocd_src/* formatDuration */.a3)(age);
}

;// CONCATENATED MODULE: ./packages/promote/src/pr-context.ts
/**
 * What a reviewer wants next to a promotion's change table: which commit put
 * each service's values in the source env, who made it, and how long it has
 * run there. From git, the time is when that commit reached the source
 * branch (its commit time; a merge or squash sets it when the PR merged);
 * with Argo CD (pr-running.ts), when the env's Applications started running it.
 */

/** The last commit under each `dirs[service]` (relative to the infra repo) reachable from `head`. */
async function sourceEntries(git, prefix, head, dirs) {
    const out = [];
    for (const [service, dir] of dirs) {
        const r = await git.run([
            "log",
            "-1",
            // First parent: the merge that brought the change to the source branch, not the feature commit.
            "--first-parent",
            "--format=%H%x00%s%x00%an%x00%cI",
            "--end-of-options",
            head,
            "--",
            `${prefix}${dir}`,
        ]);
        const [commit = "", subject = "", author = "", date = ""] = r.stdout.trim().split("\0");
        if (r.code === 0 && commit !== "")
            out.push({ service, commit, subject, author, date: utc(date) });
    }
    return out;
}
/** `2020-01-01T00:00:00Z`: git's `%cI` in UTC, so every PR body reads alike. */
function utc(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}
/** `3 days`, `5 hours`, `12 minutes`: how long from `since` to `now`. */
function runningFor(since, now) {
    const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
    const [n, unit] = minutes >= 2 * 1440
        ? [Math.floor(minutes / 1440), "day"]
        : minutes >= 120
            ? [Math.floor(minutes / 60), "hour"]
            : [minutes, "minute"];
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
/**
 * The markdown section: one row per service, with the time it has run in `from`. With `argo`,
 * a service Argo CD dates is timed from when it started running, the others from the merge,
 * and each row and the notes say which.
 */
function sourceSection(from, entries, now, argo) {
    if (entries.length === 0)
        return "";
    const head = `| Service | Last change in ${from} | Author | Merged |`;
    const change = (e) => `| ${e.service} | \`${e.commit.slice(0, 12)}\` ${pr_context_escape(e.subject)} | ${pr_context_escape(e.author)} | ${e.date} |`;
    if (!argo) {
        return [
            `#### Running in \`${from}\``,
            "",
            `${head} Running for |`,
            "| --- | --- | --- | --- | --- |",
            ...entries.map((e) => `${change(e)} ${runningFor(e.date, now)} |`),
        ].join("\n");
    }
    const rows = entries.map((e) => {
        const live = argo.times.get(e.service);
        const since = live ? `${live.at} (Argo CD)` : `${e.date} (merge)`;
        return `${change(e)} ${(0,src/* markdownCell */.UZ)(since)} | ${runningFor(live?.at ?? e.date, now)} |`;
    });
    const notes = [
        `Since: "Argo CD" is when the service's Applications in ${from} (Argo CD at ${(0,src/* markdownCell */.UZ)(argo.server)}) first ran a revision containing the change, the latest of them; "merge" is when the change was merged.`,
        ...argo.notes.map((n) => `- ${(0,src/* markdownCell */.UZ)(n)}`),
    ];
    return [
        `#### Running in \`${from}\``,
        "",
        `${head} Since | Running for |`,
        "| --- | --- | --- | --- | --- | --- |",
        ...rows,
        "",
        ...notes,
    ].join("\n");
}
function pr_context_escape(text) {
    return text.replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
}

;// CONCATENATED MODULE: ./packages/promote/src/pr-running.ts
/**
 * How long each service has run in the source env, for the promotion PR body: from Argo CD when
 * it is configured (the time the service's source-env Applications first ran a revision holding
 * the change), else the merge time. It is context, not a gate: an Argo CD that cannot be read
 * leaves the merge time and a note saying why. When the target env is gated, the gate's
 * evidence is used as it is, so Argo CD is asked once.
 */



/** A non-gate read gives up sooner than the gate: the PR is opened either way. */
const TIMEOUT_MS = 10_000;
/**
 * Argo CD's times for `request.services` in `request.from`: from `gate` when there is one, else
 * read now when Argo CD is configured; undefined when it is not configured (merge times, as is).
 */
async function argoRunning(layout, request, gate, access = {}) {
    if (gate)
        return timesOf(request, gate.server, gate.applications);
    const env = access.env ?? process.env;
    const server = (env.ARGOCD_SERVER ?? "").trim() || layout.config.argocd.server.trim();
    if (!server)
        return undefined;
    try {
        const connection = (0,argocd_src/* connect */.Ng)(env, layout.config.argocd, { timeoutMs: access.timeoutMs ?? TIMEOUT_MS });
        const clock = { soak: "0s", soakMs: 0, now: access.now ?? new Date() };
        const read = await readSourceEvidence(layout, request, connection, clock);
        return timesOf(request, read.server, read.applications);
    }
    catch (err) {
        if (!(0,src/* isUserError */.iU)(err))
            throw err;
        return {
            server,
            times: new Map(),
            notes: [`Argo CD could not be read (${err.message}): every time is the merge time`],
        };
    }
}
function timesOf(request, server, evidence) {
    const times = new Map();
    const notes = [];
    for (const service of request.services) {
        const apps = evidence.filter((a) => a.service === service);
        const names = apps.map((a) => a.name).sort();
        const waiting = apps.filter((a) => a.runningSince === null).map((a) => a.name);
        if (apps.length === 0) {
            notes.push(`${service}: no Argo CD Application deploys it in ${request.from}; merge time`);
        }
        else if (waiting.length > 0) {
            notes.push(`${service}: ${waiting.join(", ")} ${waiting.length > 1 ? "do" : "does"} not run the change yet (or Argo CD's history cannot tell); merge time`);
        }
        else {
            // Every Application runs it: it has run everywhere since the latest of their starts.
            const starts = apps.map((a) => a.runningSince ?? "");
            const at = starts.reduce((x, y) => (Date.parse(y) > Date.parse(x) ? y : x));
            times.set(service, { at, applications: names });
        }
    }
    return { server, times, notes };
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(4635);
;// CONCATENATED MODULE: ./packages/promote/src/pr-diff.ts
/**
 * The rendered diff of a promotion PR: the target envs' targets the promotion touches, rendered
 * (real kustomize/helm, as `gitops render` does) at the PR's base commit and at its head, compared
 * object by object. Each target is a collapsed `<details>` section with a unified diff; Secret
 * `data`/`stringData` values are redacted before anything is compared; the section stays within
 * the room the PR body has left (GitHub refuses bodies over 65,536 characters) and says what it cut.
 * A render that cannot run leaves a note in the body instead: the PR still opens.
 */






/** GitHub's limit on an issue or PR body. */
const BODY_LIMIT = 65_536;
/** Room kept for what the lifecycle adds to the body (the scope marker) and for safety. */
const RESERVE = 1_000;
/** Below this, a diff section is not worth cutting down to: a note says it was left out. */
const MIN_SECTION = 600;
/** The room a PR body of `used` characters leaves for the rendered diff. */
function diffBudget(used) {
    return Math.max(0, BODY_LIMIT - RESERVE - used);
}
/**
 * The markdown sections, one per env: the rendered diff of its targets between `base` and `head`
 * (each env gets an equal share of `limit`), or a note why there is none.
 */
async function renderedDiffSection(input) {
    const each = Math.floor(input.limit / Math.max(1, input.envs.length));
    const title = (env) => `Rendered ${env} diff`;
    const notes = (why) => input.envs.map((env) => `### ${title(env)}\n\n${why}\n`).join("\n");
    if (each < MIN_SECTION)
        return notes("Left out: the pull request body has no room left.");
    let sides;
    try {
        sides = await renderBothSides(input);
    }
    catch (err) {
        // The PR matters more than its diff: a tool that is missing or fails becomes a note.
        if (!(err instanceof src/* UserError */.yo))
            throw err;
        return notes(`Not available: ${pr_diff_oneLine((0,src/* messageOf */.bD)(err))}`);
    }
    return input.envs
        .map((env) => {
        const failed = sides.failed.filter((f) => f.env === env).map((f) => `\`${f.id}\``);
        const note = failed.length > 0 ? `\n> Not rendered on one side: ${failed.join(", ")}\n` : "";
        const diffs = sides.diffs.filter((d) => d.env === env);
        return (0,render_src/* diffMarkdown */.xb)(diffs, { limit: each - note.length, title: title(env) }) + note;
    })
        .join("\n");
}
async function renderBothSides(input) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-pr-diff-"));
    const tree = (0,external_node_path_.join)(scratch, "tree");
    try {
        // GitHub shows the PR against the merge-base, so the diff is rendered from there too.
        const base = (await input.git.ok(["merge-base", "--end-of-options", input.base, input.head], "cannot find the promotion's merge-base")).trim();
        const changed = (await input.git.ok([
            "diff",
            "--name-only",
            "--no-renames",
            "--end-of-options",
            base,
            input.head,
            "--",
            input.prefix || ".",
        ], "cannot list the promotion's changed files"))
            .split("\n")
            .filter((p) => p !== "")
            .map((p) => p.slice(input.prefix.length));
        await input.git.ok(["worktree", "add", "--detach", "--quiet", "--end-of-options", tree, base], "cannot check out the base for the rendered diff");
        const repo = (0,external_node_path_.join)(tree, input.prefix);
        const before = await renderSide(repo, (0,external_node_path_.join)(scratch, "before"), input, changed);
        await new src_git/* Git */.TU(tree).ok(["checkout", "--detach", "--quiet", input.head, "--"], "cannot check out the promotion for the rendered diff");
        const after = await renderSide(repo, (0,external_node_path_.join)(scratch, "after"), input, changed);
        const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
        const diffs = [];
        const failed = [];
        for (const id of ids) {
            const a = before.get(id);
            const b = after.get(id);
            const meta = b ?? a;
            if (!meta)
                continue;
            if (a?.yaml === null || b?.yaml === null) {
                failed.push({ id, env: meta.env });
                continue;
            }
            const d = (0,render_src/* compareTarget */.FK)({ id, env: meta.env, ...(meta.service ? { service: meta.service } : {}) }, a?.yaml, b?.yaml);
            if (d)
                diffs.push(d);
        }
        return { diffs, failed };
    }
    finally {
        await input.git.run(["worktree", "remove", "--force", "--end-of-options", tree]);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** Renders the env's targets that `changed` feeds, at the commit checked out in `repo`. */
async function renderSide(repo, outDir, input, changed) {
    const env = input.toolsEnv;
    const layout = await (0,src/* loadModel */.cm)(repo, { outDir, ...(env ? { env } : {}) });
    const inEnv = layout.targets.filter((t) => input.envs.includes(t.env));
    const graphs = new Map(inEnv.map((t) => [t.id, layout.graph(t.id)]));
    const only = (0,src/* affectedTargets */.jT)(inEnv, graphs, changed);
    const out = new Map();
    if (only.size === 0)
        return out;
    const report = await (0,render_src/* render */.XX)({ repo, model: layout, outDir, only, cache: false, ...(env ? { env } : {}) });
    for (const t of report.targets) {
        if (!only.has(t.id) || t.status === "skipped")
            continue;
        const yaml = t.status === "ok" ? (0,external_node_fs_.readFileSync)((0,render_src/* outputPath */.XC)(report.outDir, t.id), "utf8") : null;
        out.set(t.id, { env: t.env, ...(t.service ? { service: t.service } : {}), yaml });
    }
    return out;
}
function pr_diff_oneLine(text) {
    const line = text.split("\n")[0] ?? "";
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

;// CONCATENATED MODULE: ./packages/promote/src/promote-pr.ts








/** Opens or updates the promotion PR and applies the lifecycle. */
async function promotionPullRequest(p) {
    const { request } = p.plan;
    const reviews = reviewersFor(await loadCodeowners(p.tree), p.plan.files.map((f) => f.path));
    const dirs = new Map(request.services.map((s) => [s, (0,src_services/* overlayOf */.ke)(p.layout, s, request.from).dir]));
    const entries = await sourceEntries(p.checkout.git, p.checkout.prefix, p.sourceSha, dirs);
    const when = await p.checkout.git.ok(["log", "-1", "--format=%cI", p.commit], "cannot read the branch's commit");
    const argo = await argoRunning(p.layout, request, p.gate, p.argocd);
    const context = sourceSection(request.from, entries, new Date(when.trim()), argo);
    const body = pullRequestBody(request, p.plan.changes, p.sourceSha, p.drift) +
        (context ? `\n${context}\n` : "") +
        (p.gate ? `\n${gateSection(p.gate)}` : "");
    // Last, so the rendered diff takes only the room the rest of the body leaves.
    const diff = await renderedDiffSection({
        git: p.checkout.git,
        prefix: p.checkout.prefix,
        base: p.checkout.headSha,
        head: p.commit,
        envs: [request.to],
        limit: diffBudget(body.length),
    });
    return openPullRequest(p.github, {
        spec: {
            branch: p.branch,
            base: p.base,
            title: promotionTitle(request),
            body: `${body}\n${diff}`,
            labels: ["promotion", `env:${request.to}`],
            reviewers: reviews.reviewers,
            teamReviewers: reviews.teamReviewers,
            rerequest: p.created,
        },
        scope: { kind: "promote", envs: [request.to], services: request.services },
        ...(mergeMethod(p.layout) ? { autoMerge: mergeMethod(p.layout) } : {}),
        after: `The branch ${p.branch} was pushed to ${p.remote} (${p.commit.slice(0, 12)}) and is kept; run the same command again to open the pull request`,
    });
}
/** Closes the promotion PR of `request` when nothing is left to promote; returns its number. */
function closeSettledPromotion(github, request, base) {
    return closeEmptyPullRequest(github, promotionBranch(request), base, `${request.to} already has what ${request.from} has for ${request.services.join(", ")}; nothing is left to promote.`);
}
/** `promote.autoMerge` as a merge method, or undefined when off. */
function mergeMethod(layout) {
    const v = layout.config.promote.autoMerge;
    return v === true ? "merge" : v === false ? undefined : v;
}

;// CONCATENATED MODULE: ./packages/promote/src/promote.ts
/**
 * `gitops promote`: plan the field copy, then, by mode, show it, write it,
 * or commit, push and open the pull request. Input is validated before
 * anything is read from the overlays, and nothing is written in dry-run.
 */













/** Runs one promotion. Bad input is a `UserError` (exit 2) before anything is written. */
async function promote(options) {
    const layout = options.layout ?? (await (0,src/* loadModel */.cm)(options.repo));
    const request = (0,src_services/* checkRequest */.yG)(layout, options.from, options.to, options.services, options.skip);
    const committing = options.mode === "commit" || options.mode === "push" || options.mode === "pr";
    if (options.mode === "pr" && !options.github) {
        throw new src/* UserError */.yo("opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)");
    }
    const checkout = committing ? await openCheckout(options.repo, options.git ?? {}) : undefined;
    const tree = (0,src_tree/* workTree */._)(options.repo);
    const plan = await (0,src_plan/* planPromotion */.z)(layout, request, tree, tree);
    const drift = await computeDrift(plan.services, plan.changes, tree, tree);
    const sourceSha = checkout?.headSha ?? (await headOf(options.repo));
    const result = {
        status: "nothing",
        request,
        changes: plan.changes,
        drift,
        notes: plan.notes,
        unplaced: plan.unplaced,
        ...(sourceSha ? { sourceSha } : {}),
    };
    if (plan.changes.length === 0) {
        // Nothing left to move: an open promotion PR for this set has become empty.
        if (options.mode === "pr" && options.github && checkout) {
            const closed = await closeSettledPromotion(options.github, request, options.base ?? checkout.branch);
            if (closed !== undefined)
                result.closedPr = closed;
        }
        return result;
    }
    if (options.mode === "dry-run") {
        if (isGated(layout, request.to))
            result.notes.push(`dry run: the gate into ${request.to} (promote.gate) was not checked against Argo CD`);
        return {
            ...result,
            status: "dry-run",
            diff: planDiff(plan.files),
        };
    }
    // The staging gate holds for every mode that writes: what it refuses must not reach the tree either.
    const gate = await checkArgoGate(layout, request, options.argocd);
    if (gate) {
        result.gate = gate;
        const refusal = gateRefusal(gate);
        if (refusal)
            return { ...result, status: "refused", reason: refusal };
    }
    if (!checkout) {
        writeFilesAtomically(options.repo, plan.files);
        return { ...result, status: "edited" };
    }
    const reason = await requiredChecksGate(options, layout, checkout.headSha);
    if (reason)
        return { ...result, status: "refused", reason };
    return commitAndOpen(options, layout, request, plan, checkout, result);
}
async function commitAndOpen(options, layout, request, plan, checkout, result) {
    const { git, prefix, headSha } = checkout;
    const branch = promotionBranch(request);
    const remote = options.remote ?? "origin";
    const push = options.mode !== "commit";
    const tree = (0,src_tree/* workTree */._)(options.repo);
    const published = await publish({
        git,
        prefix,
        branch,
        headSha,
        push,
        remote,
        ...(push ? { remoteUrl: await remoteUrl(git, remote) } : {}),
        build: async (parent) => {
            if (parent === headSha)
                return { files: plan.files, message: commitMessage(request, plan.changes, headSha) };
            // The branch moved on: the same fields, copied onto its tip.
            const again = await (0,src_plan/* planPromotion */.z)(layout, request, tree, (0,src_tree/* commitTree */.S)(git, parent, prefix));
            return { files: again.files, message: commitMessage(request, again.changes, headSha) };
        },
    });
    let sourceSha = headSha;
    if (!published.created) {
        const message = await git.ok(["log", "-1", "--format=%B", published.commit], "cannot read the branch's commit");
        sourceSha = sourceFromMessage(message, request.from) ?? headSha;
    }
    const out = {
        ...result,
        status: published.created ? (push ? "pushed" : "committed") : "unchanged",
        sourceSha,
        branch,
        commit: published.commit,
    };
    if (options.mode !== "pr" || !options.github)
        return out;
    out.pr = await promotionPullRequest({
        github: options.github,
        layout,
        plan,
        checkout,
        tree,
        drift: result.drift,
        branch,
        remote,
        base: options.base ?? checkout.branch,
        commit: published.commit,
        sourceSha,
        created: published.created,
        ...(result.gate ? { gate: result.gate } : {}),
        ...(options.argocd ? { argocd: options.argocd } : {}),
    });
    return out;
}

;// CONCATENATED MODULE: ./packages/promote/src/gate-group.ts



/**
 * Refused results for every env of the group (`refused`), or none when the group may be
 * published; `gate` is what the gate saw, when an env of the group is gated.
 */
async function groupGate(options, layout, envs, servicesOf) {
    const gated = envs.find((env) => isGated(layout, env));
    if (gated === undefined)
        return {};
    const request = (0,src_services/* checkRequest */.yG)(layout, options.from, gated, servicesOf(gated), options.skip);
    const gate = await checkArgoGate(layout, request, options.argocd);
    const reason = gate && gateRefusal(gate);
    if (!gate)
        return {};
    if (!reason)
        return { gate };
    const out = [];
    for (const env of envs) {
        // A dry run plans without writing and without the gate; its diff is not part of a refusal.
        const plan = await promote({ ...options, to: env, services: servicesOf(env), layout, mode: "dry-run" });
        delete plan.diff;
        const notes = plan.notes.filter((n) => !n.startsWith("dry run:"));
        out.push(plan.status === "nothing" ? plan : { ...plan, notes, status: "refused", reason, gate });
    }
    return { refused: out, gate };
}

;// CONCATENATED MODULE: ./packages/promote/src/publish-grouped.ts
/**
 * `promote.prs: grouped`: a promotion to a fan-out group (`prod` for
 * `prod-us, prod-eu`) as ONE branch and ONE pull request holding every env's
 * changes, Telefonistka's grouped mode. Each env is planned on its own
 * (plan.ts), the plans are published together (publish.ts), and the PR's
 * scope names every env, so it supersedes the per-env PRs it covers.
 * `per-env` needs nothing here: it is one ordinary promotion per env.
 */
















/**
 * Promotes `options.services` from `options.from` to every env of `envs` (the
 * group `options.to` names) on one branch, `promote/<to>/<services>`, with
 * one PR in `pr` mode. Only the committing modes group; `edit` and `dry-run`
 * are the same per env.
 */
async function promoteGrouped(options, envs, 
/** The services each env gets, when not all (a DR env gets those its clusters run). */
servicesOf = () => options.services, 
/** What the staging gate saw, when the group is gated and passed: shown in the body. */
gateReport) {
    if (options.mode !== "commit" && options.mode !== "push" && options.mode !== "pr") {
        throw new src/* UserError */.yo(`a grouped promotion commits; ${options.mode} runs per env`);
    }
    if (options.mode === "pr" && !options.github) {
        throw new src/* UserError */.yo("opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)");
    }
    const layout = await (0,src/* loadModel */.cm)(options.repo);
    const requests = envs.map((env) => (0,src_services/* checkRequest */.yG)(layout, options.from, env, servicesOf(env), options.skip));
    const checkout = await openCheckout(options.repo, options.git ?? {});
    const tree = (0,src_tree/* workTree */._)(options.repo);
    const targets = await planAll(layout, requests, tree, tree, true);
    const services = requests[0]?.services ?? [];
    const branch = `promote/${options.to}/${services.join("-")}`;
    const base = options.base ?? checkout.branch;
    const result = {
        status: "nothing",
        to: options.to,
        envs: [...envs],
        targets,
        branch,
        sourceSha: checkout.headSha,
    };
    const changes = targets.flatMap((t) => t.plan.changes);
    if (changes.length === 0) {
        if (options.mode === "pr" && options.github) {
            const why = `${envs.join(", ")} already have what ${options.from} has for ${services.join(", ")}; nothing is left to promote.`;
            const closed = await closeEmptyPullRequest(options.github, branch, base, why);
            if (closed !== undefined)
                result.closedPr = closed;
        }
        return result;
    }
    const refused = await requiredChecksGate(options, layout, checkout.headSha);
    if (refused)
        return { ...result, status: "refused", reason: refused };
    const push = options.mode !== "commit";
    const remote = options.remote ?? "origin";
    const { git, prefix, headSha } = checkout;
    const published = await publish({
        git,
        prefix,
        branch,
        headSha,
        push,
        remote,
        ...(push ? { remoteUrl: await remoteUrl(git, remote) } : {}),
        build: async (parent) => {
            const again = parent === headSha
                ? targets
                : await planAll(layout, requests, tree, (0,src_tree/* commitTree */.S)(git, parent, prefix), false);
            return {
                files: again.flatMap((t) => t.plan.files),
                message: groupMessage(options, envs, again, headSha),
            };
        },
    });
    const out = {
        ...result,
        status: published.created ? (push ? "pushed" : "committed") : "unchanged",
        commit: published.commit,
    };
    if (options.mode !== "pr" || !options.github)
        return out;
    const files = targets.flatMap((t) => t.plan.files.map((f) => f.path));
    const reviews = reviewersFor(await loadCodeowners(tree), files);
    const dirs = new Map(services.map((s) => [s, (0,src_services/* overlayOf */.ke)(layout, s, options.from).dir]));
    const entries = await sourceEntries(git, prefix, headSha, dirs);
    // "Running for" from Argo CD when configured (the gate's evidence when there is one).
    const argo = await argoRunning(layout, { from: options.from, to: options.to, services }, gateReport, options.argocd);
    const when = await git.ok(["log", "-1", "--format=%cI", published.commit], "cannot read the branch's commit");
    const method = mergeMethod(layout);
    const body = groupBody(options.from, envs, targets, headSha, sourceSection(options.from, entries, new Date(when.trim()), argo) +
        (gateReport ? `\n\n${gateSection(gateReport)}` : ""));
    // Last, so the rendered diffs take only the room the rest of the body leaves.
    const diff = await renderedDiffSection({
        git,
        prefix,
        base: headSha,
        head: published.commit,
        envs,
        limit: diffBudget(body.length),
    });
    out.pr = await openPullRequest(options.github, {
        spec: {
            branch,
            base,
            title: groupTitle(services, envs),
            body: `${body}\n${diff}`,
            labels: ["promotion", ...envs.map((e) => `env:${e}`)],
            reviewers: reviews.reviewers,
            teamReviewers: reviews.teamReviewers,
            rerequest: published.created,
        },
        scope: { kind: "promote", envs: [...envs], services },
        ...(method ? { autoMerge: method } : {}),
        after: `The branch ${branch} was pushed to ${remote} (${published.commit.slice(0, 12)}) and is kept; run the same command again to open the pull request`,
    });
    return out;
}
async function planAll(layout, requests, source, target, withDrift) {
    const out = [];
    for (const request of requests) {
        const plan = await (0,src_plan/* planPromotion */.z)(layout, request, source, target);
        const drift = withDrift
            ? await computeDrift(plan.services, plan.changes, source, target)
            : { items: [], omitted: 0 };
        out.push({ request, plan, drift });
    }
    return out;
}
function groupTitle(services, envs) {
    return `Promote ${services.join(", ")} to ${envs.join(", ")}`;
}
/** One title, one line per change and env, one `Promoted-From` trailer (the source is one commit). */
function groupMessage(options, envs, targets, sha) {
    const line = (env, c) => `- ${env}/${c.service}: ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`;
    const lines = targets.flatMap((t) => t.plan.changes.map((c) => line(t.request.to, c)));
    const first = targets[0]?.request;
    const services = first?.services ?? [];
    const source = first ? trailer(first, sha) : `Promoted-From: ${options.from}@${sha}`;
    return `${groupTitle(services, envs)}\n\n${lines.join("\n")}\n\n${source}\n`;
}
function groupBody(from, envs, targets, sha, context) {
    const sections = targets.flatMap((t) => [
        `### ${t.request.to}`,
        "",
        t.plan.changes.length > 0 ? report_changesTable(t.request, t.plan.changes) : `${t.request.to} already has it.`,
        "",
        driftSection(t.request, t.drift),
        "",
    ]);
    return [
        "<!-- gitops-actions:promotion -->",
        `Promotes from \`${from}\` to ${envs.map((e) => `\`${e}\``).join(", ")} in one pull request (\`promote.prs: grouped\`): only the promotable fields move.`,
        "",
        ...sections,
        `Source commit: \`${sha}\` (trailer \`Promoted-From: ${from}@${sha}\`).`,
        ...(context ? ["", context] : []),
        "",
    ].join("\n");
}

// EXTERNAL MODULE: ./packages/core/src/model/dr-clusters.ts
var dr_clusters = __webpack_require__(3817);
;// CONCATENATED MODULE: ./packages/promote/src/chain-run.ts
/**
 * `promote <from> <to>` where `to` may name a group of the chain (`prod` for
 * `prod-us, prod-eu`): one promotion per target env, in chain order, each
 * its own plan (and, with --commit/--push/--pr, its own branch and PR), or,
 * with `promote.prs: grouped`, one branch and one PR for the whole group.
 * The order and `--skip` are checked for every target before anything runs.
 * A target env's DR counterparts (clusters labelled `role: dr`) are promoted
 * with it unless `noDr`; with `noDr` a group leaves out its DR-only envs.
 */







/** Promotes to `options.to`, an env or a group alias. Bad input (any target) is a `UserError` before anything runs. */
async function chain_run_promoteChain(options) {
    const layout = await (0,src/* loadModel */.cm)(options.repo);
    const named = (0,chain/* resolveTargets */.h5)(layout, options.to);
    const services = options.services.length > 0 ? options.services : [...new Set((0,src_services/* listOverlays */.Mf)(layout).map((o) => o.service))];
    const dropped = options.noDr && named.length > 1 ? (0,dr_clusters/* drOnlyEnvs */.vt)(layout, services) : new Set();
    const envs = named.filter((e) => !dropped.has(e));
    // Each added DR env promotes only the services its DR clusters run (a missing one is `gitops parity`'s finding).
    const added = options.noDr ? new Map() : drAdditions(layout, envs, services);
    envs.push(...added.keys());
    const servicesOf = (env) => added.get(env) ?? options.services;
    for (const env of envs)
        (0,src_services/* checkRequest */.yG)(layout, options.from, env, servicesOf(env), options.skip);
    if (envs.length > 1 && layout.config.promote.prs === "grouped" && commits(options)) {
        const { refused, gate } = await groupGate(options, layout, envs, servicesOf);
        if (refused)
            return { from: options.from, to: options.to, targets: refused, grouped: true };
        const grouped = await promoteGrouped(options, envs, servicesOf, gate);
        return { from: options.from, to: options.to, targets: perEnv(grouped), grouped: true };
    }
    const targets = [];
    for (const env of envs) {
        const result = await promote({ ...options, to: env, services: servicesOf(env), layout });
        if (added.has(env))
            result.notes.push(`${env} runs the DR clusters of ${options.to}: promoted with it (--no-dr leaves it out)`);
        targets.push(result);
    }
    return { from: options.from, to: options.to, targets };
}
/** The DR envs of `envs` not among them, each with the services whose DR counterpart it runs. */
function drAdditions(layout, envs, services) {
    const out = new Map();
    for (const pair of (0,dr_clusters/* drPairs */.sD)(layout)) {
        const env = pair.counterpart?.target.env;
        if (!env || envs.includes(env) || !envs.includes(pair.source.target.env))
            continue;
        if (!services.includes(pair.service))
            continue;
        const list = out.get(env) ?? [];
        if (!list.includes(pair.service))
            list.push(pair.service);
        out.set(env, list.sort());
    }
    return out;
}
/** Only committing modes group: an edit or a dry run is the same per env. */
function commits(options) {
    return options.mode === "commit" || options.mode === "push" || options.mode === "pr";
}
/** The grouped result seen per env, so every reporter prints a group as it prints a fan-out. */
function perEnv(grouped) {
    return grouped.targets.map((t) => ({
        status: t.plan.changes.length === 0 && grouped.status !== "nothing" ? "unchanged" : grouped.status,
        request: t.request,
        changes: t.plan.changes,
        drift: t.drift,
        notes: t.plan.notes,
        unplaced: t.plan.unplaced,
        sourceSha: grouped.sourceSha,
        branch: grouped.branch,
        ...(grouped.commit ? { commit: grouped.commit } : {}),
        ...(grouped.pr ? { pr: grouped.pr } : {}),
        ...(grouped.closedPr !== undefined ? { closedPr: grouped.closedPr } : {}),
        ...(grouped.reason ? { reason: grouped.reason } : {}),
    }));
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-promote-reply.ts
/**
 * The reply to a `/promote` that reached one env (as it always did) or several (a group alias,
 * a target with its DR envs): one comment listing every env's outcome and pull request, or the
 * grouped pull request when `promote.prs: grouped` published them together.
 */



/** The reply for a promotion that was not refused as a whole. */
function chatops_promote_reply_promotionReply(user, chain) {
    const [only] = chain.targets;
    if (chain.targets.length === 1 && only)
        return oneEnvText(user, only);
    const envs = chain.targets.map((t) => t.request.to);
    const services = [...new Set(chain.targets.flatMap((t) => t.request.services))].sort();
    const grouped = chain.grouped ? chain.targets.find((t) => t.pr) : undefined;
    const lines = [
        `@${user} promoting **${services.join(", ")}** from \`${chain.from}\` to \`${chain.to}\` (${envs.join(", ")}):`,
        "",
    ];
    if (grouped?.pr)
        lines.push(`One pull request for the group (\`promote.prs: grouped\`): ${prText(grouped)}`, "");
    lines.push("| Env | Result | Pull request |", "| --- | --- | --- |", ...chain.targets.map((t) => `| ${t.request.to} | ${quiet(markdownCell(resultText(t)))} | ${prText(t)} |`));
    for (const t of chain.targets.filter((x) => x.changes.length > 0 && x.status !== "refused")) {
        lines.push("", `**${t.request.to}**`, "", changesTable(t.request, t.changes));
    }
    return `${lines.join("\n")}\n`;
}
function oneEnvText(user, p) {
    const { request } = p;
    const what = `**${request.services.join(", ")}** from \`${request.from}\` to \`${request.to}\``;
    if (p.status === "nothing") {
        return `@${user} nothing to promote: \`${request.to}\` already has what \`${request.from}\` has for ${request.services.join(", ")}.`;
    }
    const pr = p.pr ? `#${p.pr.number} (${p.pr.url}, ${p.pr.action})` : `branch \`${p.branch ?? ""}\``;
    return `@${user} promoting ${what}: ${pr}\n\n${changesTable(request, p.changes)}\n`;
}
function resultText(t) {
    if (t.status === "refused")
        return `refused: ${t.reason ?? ""}`;
    if (t.status === "nothing")
        return "nothing to promote";
    if (t.status === "unchanged")
        return t.changes.length > 0 ? "unchanged (the branch has it)" : "already has it";
    return `${t.status}, ${t.changes.length} field(s)`;
}
function prText(t) {
    return t.pr ? `#${t.pr.number} (${t.pr.url}, ${t.pr.action})` : "";
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-step.ts
/**
 * Which envs a `/promote <service...> [to <env>]` comment moves between, as `gitops promote` would:
 * the env or group it names (default the last step of the chain) and the step before it, so in
 * `[qa, staging, [prod-us, prod-eu]]` `prod-eu` comes from `staging`, not from `prod-us`, and
 * `prod` (the group's alias) fans out to prod-us and prod-eu. A source that is itself a group is
 * refused: which of its envs to promote from is the CLI's `<from>`, not a comment's guess.
 */


function chatops_step_chatOpsStep(layout, named) {
    const steps = chainOf(layout).steps;
    const last = steps.at(-1) ?? [];
    const to = named ?? (last.length === 1 ? last[0] : groupAlias(last));
    if (to === undefined)
        throw new UserError(`name the environment: the last step of the chain is the group ${last.join(", ")}, which has no common name`);
    const envs = envsNamed(layout, to);
    const at = envs ? steps.findIndex((s) => s.includes(envs[0] ?? "")) : -1;
    if (!envs || at === -1)
        throw new UserError(`unknown environment "${to}"; known: ${layout.environments.join(", ")}`);
    const source = steps[at - 1];
    if (source === undefined)
        throw new UserError(`"${to}" is the first environment; nothing is promoted into it`);
    if (source.length !== 1 || source[0] === undefined)
        throw new UserError(`the step before ${to} is the group ${source.join(", ")}: promote from one of them with gitops promote <from> ${to}`);
    return { from: source[0], to, envs };
}

;// CONCATENATED MODULE: ./packages/promote/src/chatops-run.ts
/**
 * One ChatOps round: acknowledge the comment, check who asked, promote,
 * and answer in the thread with the pull request or the reason it was
 * refused. Refusals are answers, not failures: the run itself succeeds.
 * A `/promote` goes where `gitops promote` would (promoteChain): a group alias fans out to its
 * envs and DR envs come along unless `--no-dr`; the commenter must be allowed into EVERY env it
 * reaches, checked on a dry run before anything is written or pushed.
 * `/sync` and `/status` take the same path up to the command (chatops-sync.ts).
 */








/** Handles one `issue_comment` event. */
async function runChatOps(options) {
    const { event } = options;
    if (event.action !== "created")
        return { status: "ignored", reason: `the comment was ${event.action || "not created"}` };
    if (event.userType === "Bot")
        return { status: "ignored", reason: "comments by bots are not commands" };
    let command;
    try {
        command = parsePromoteComment(event.body);
    }
    catch (err) {
        if (!isUserError(err))
            throw err;
        await react(options, "eyes");
        return chatops_run_refuse(options, err.message);
    }
    if (!command) {
        const argo = await handleArgoComment(options);
        return argo ?? { status: "ignored", reason: "the comment is not a /promote command" };
    }
    await react(options, "eyes");
    try {
        const layout = await loadModel(options.repo);
        const { from, to } = chatOpsStep(layout, command.to);
        const request = {
            repo: options.repo,
            from,
            to,
            services: command.services,
            ...(command.noDr ? { noDr: true } : {}),
            github: options.github,
            ...(options.git ? { git: options.git } : {}),
            ...(options.requiredChecks ? { requiredChecks: options.requiredChecks } : {}),
            ...(options.base ? { base: options.base } : {}),
            ...(options.argocd ? { argocd: options.argocd } : {}),
        };
        // Where it would go, DR envs included, the way the real run decides it; nothing is written.
        const plan = await promoteChain({ ...request, mode: "dry-run" });
        const denied = await deniedEnvs(options, layout, plan.targets.map((t) => t.request.to));
        if (denied)
            return await chatops_run_refuse(options, denied);
        const chain = await promoteChain({ ...request, mode: "pr" });
        const outcome = chainOutcome(chain);
        const promotion = chain.targets[0];
        if (chain.targets.every((t) => t.status === "refused"))
            return await chatops_run_refuse(options, outcome.reason ?? "refused", promotion, chain);
        const replyUrl = await reply(options, promotionReply(event.user, chain));
        const refused = chain.targets.some((t) => t.status === "refused");
        await react(options, refused ? "confused" : chain.targets.some((t) => t.pr) ? "rocket" : "+1");
        return {
            status: outcome.status,
            ...(outcome.reason ? { reason: outcome.reason } : {}),
            ...(promotion ? { promotion } : {}),
            chain,
            replyUrl,
        };
    }
    catch (err) {
        if (isUserError(err))
            return chatops_run_refuse(options, err.message);
        const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : "";
        await reply(options, `@${event.user} the promotion failed unexpectedly${run}: ${quiet(messageOf(err))}`).catch(() => undefined);
        await react(options, "confused").catch(() => undefined);
        throw err;
    }
}
/** Every env the user may not promote into, each with its reason; undefined when none. */
async function deniedEnvs(options, layout, envs) {
    const reasons = new Set();
    for (const env of new Set(envs)) {
        const teams = layout.config.promote.teams[env] ?? [];
        const denied = await permissionProblem(options.github, options.event.user, env, teams);
        if (denied)
            reasons.add(denied);
    }
    return reasons.size > 0 ? [...reasons].join("; ") : undefined;
}
async function chatops_run_refuse(options, reason, promotion, chain) {
    const run = options.runUrl ? `\n\n[Workflow run](${options.runUrl})` : "";
    const replyUrl = await reply(options, `@${options.event.user} the promotion was refused: ${quiet(reason)}${run}`);
    await react(options, "confused");
    return {
        status: "refused",
        reason,
        replyUrl,
        ...(promotion ? { promotion } : {}),
        ...(chain ? { chain } : {}),
    };
}

// EXTERNAL MODULE: ./packages/promote/src/github-env.ts
var github_env = __webpack_require__(8655);
;// CONCATENATED MODULE: ./packages/promote/src/bump-clone.ts
/**
 * The bump action's work, run from a service repository's pipeline: clone
 * the infra-gitops repository (the token travels only as an http.extraheader,
 * as every push does), then bump there with `--pr`. The clone is a fresh
 * folder the run owns, so the service's own checkout is never touched.
 */







/** Clones the infra repository and bumps it with a pull request. */
async function bumpInClone(options) {
    mkdirSync(options.workDir, { recursive: true });
    const clone = join(mkdtempSync(join(options.workDir, "gitops-bump-")), "infra");
    const slug = `${options.github.owner}/${options.github.repo}`;
    const r = await new Git(options.workDir, options.git).run(["clone", "--quiet", "--no-tags", "--single-branch", "--end-of-options", options.cloneUrl, clone], { auth: options.cloneUrl });
    if (r.code !== 0) {
        throw new UserError(`cannot clone ${slug} from ${options.cloneUrl}: ${gitReason(r)}; the token needs contents: write on ${slug} (a GitHub App token for that repository)`);
    }
    const result = await bump({
        repo: clone,
        env: options.env,
        service: options.service,
        target: options.target,
        mode: "pr",
        git: options.git,
        ...(options.sourceRepository ? { sourceRepository: options.sourceRepository } : {}),
        ...(options.sourceCommit ? { sourceCommit: options.sourceCommit } : {}),
        ...(options.sourceCommitDate ? { sourceCommitDate: options.sourceCommitDate } : {}),
        publish: { ...options.publish, github: options.github },
        ...(options.resolveDigest ? { resolveDigest: options.resolveDigest } : {}),
    });
    return { ...result, clone };
}
/** The action's `image` and `digest` inputs as one reference; a digest given twice is a `UserError`. */
function imageWithDigest(image, digest) {
    if (!digest)
        return parseImageRef(image);
    if (image.includes("@")) {
        throw new UserError(`image ${JSON.stringify(image)} already holds a digest; give it there or in digest, not both`);
    }
    return parseImageRef(`${image}@${digest}`);
}
/** The job summary: what was bumped where, and the pull request. */
function bumpSummary(slug, r) {
    const head = `### gitops bump: ${r.service} in ${r.env} of ${slug} to \`${r.to}\`\n\n`;
    if (r.status === "nothing") {
        const closed = r.closedPr !== undefined ? ` Pull request #${r.closedPr} was closed.` : "";
        return `${head}${r.env} already runs this image; nothing to bump.${closed}\n`;
    }
    const rows = r.changes.map((c) => `| ${cell(c.file)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} |`);
    const pr = r.pr ? `Pull request [#${r.pr.number}](${r.pr.url}) ${r.pr.action}.` : "";
    return `${head}| File | Field | Before | After |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n\n${pr}\n`;
}

// EXTERNAL MODULE: ./packages/promote/src/yaml-edit.ts + 3 modules
var yaml_edit = __webpack_require__(6676);
// EXTERNAL MODULE: ./packages/promote/src/scalar.ts
var scalar = __webpack_require__(9162);
// EXTERNAL MODULE: ./packages/promote/src/parity.ts
var parity = __webpack_require__(8859);
;// CONCATENATED MODULE: ./packages/promote/src/index.ts
/** Promotion between environments: field-level copies, faithful YAML edits, branches, PRs and ChatOps. */







































/***/ })

};
