export const id = 742;
export const ids = [742];
export const modules = {

/***/ 2742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiUrl: () => (/* binding */ apiUrl),
/* harmony export */   getOctokitClient: () => (/* binding */ getOctokitClient),
/* harmony export */   pullRequestFromEvent: () => (/* binding */ pullRequestFromEvent),
/* harmony export */   pushFromEvent: () => (/* binding */ pushFromEvent),
/* harmony export */   repoClient: () => (/* binding */ repoClient),
/* harmony export */   repository: () => (/* binding */ repository),
/* harmony export */   serverUrl: () => (/* binding */ serverUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6608);
/**
 * What actions need to know about the run, read from the runner's
 * environment and event file. Read on demand, not at import (unlike
 * `@actions/github`'s `context`), so a malformed event file becomes a
 * `UserError` naming the file instead of a crash while loading the bundle.
 */




/**
 * The pull request of the triggering event, or undefined when the run has no
 * event file or the event is not about a pull request. Any event whose
 * payload carries `pull_request` counts (`pull_request`,
 * `pull_request_target`, and the review events), since all carry the same
 * base and head.
 */
function pullRequestFromEvent() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file)
        return undefined;
    const payload = readEvent(file);
    const pr = payload.pull_request;
    if (pr === undefined || pr === null)
        return undefined;
    const field = (path) => path.split(".").reduce((v, key) => (isObject(v) ? v[key] : undefined), pr);
    const number = field("number");
    if (typeof number !== "number" || !Number.isInteger(number)) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Event file ${file} has a pull_request without a number`, file);
    }
    const text = (path) => {
        const value = field(path);
        if (typeof value !== "string" || value === "") {
            throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Event file ${file} has a pull_request without ${path}`, file);
        }
        return value;
    };
    return {
        number,
        baseSha: text("base.sha"),
        headSha: text("head.sha"),
        baseRef: text("base.ref"),
        headRef: text("head.ref"),
    };
}
/** The push of a `push` event, or undefined for other events or when the run has no event file. */
function pushFromEvent() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file || process.env.GITHUB_EVENT_NAME !== "push")
        return undefined;
    const { before, after, deleted, head_commit: head } = readEvent(file);
    const id = isObject(head) ? head.id : undefined;
    const timestamp = isObject(head) ? head.timestamp : undefined;
    return {
        ...(typeof before === "string" ? { before } : {}),
        ...(typeof after === "string" ? { after } : {}),
        deleted: deleted === true,
        ...(typeof id === "string" && typeof timestamp === "string" ? { headCommit: { id, timestamp } } : {}),
    };
}
/** The event payload in `file`, which must hold a JSON object. */
function readEvent(file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch (err) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot read the event file ${file} (GITHUB_EVENT_PATH): ${(0,_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`, file);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (err) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The event file ${file} is not valid JSON: ${(0,_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`, file);
    }
    if (!isObject(payload))
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The event file ${file} does not hold a JSON object`, file);
    return payload;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Owner and name from `GITHUB_REPOSITORY` (`owner/name`). */
function repository() {
    const value = process.env.GITHUB_REPOSITORY ?? "";
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
    if (!match?.[1] || !match[2]) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GITHUB_REPOSITORY must look like "owner/name", got ${JSON.stringify(value)}`);
    }
    return { owner: match[1], repo: match[2] };
}
/** The REST API base (`GITHUB_API_URL`), which differs on GitHub Enterprise Server. */
function apiUrl() {
    return trimSlash(process.env.GITHUB_API_URL || "https://api.github.com");
}
/** The web base (`GITHUB_SERVER_URL`), for links in summaries and comments. */
function serverUrl() {
    return trimSlash(process.env.GITHUB_SERVER_URL || "https://github.com");
}
function trimSlash(url) {
    return url.replace(/\/+$/, "");
}
/**
 * An Octokit client for `token` against {@link apiUrl}. The token is masked
 * first, so no later log line (a request dump in debug mode) can show it.
 */
function getOctokitClient(token) {
    if (token.trim() === "") {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("A GitHub token is required but none was given");
    }
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(token);
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl() });
}
/** A client for `token` bound to the repository the workflow runs in (`GITHUB_REPOSITORY`). */
function repoClient(token) {
    return { client: getOctokitClient(token), ...repository() };
}


/***/ })

};
