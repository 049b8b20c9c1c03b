export const id = 30;
export const ids = [30];
export const modules = {

/***/ 7786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   __: () => (/* binding */ Budget),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   oC: () => (/* binding */ LimitError)
/* harmony export */ });
/**
 * Caps on the work one ApplicationSet may cause, so that hostile content (a
 * template that loops or recurses, a generator that multiplies) ends with an
 * error instead of exhausting time or memory.
 */
const LIMITS = {
    /** Applications one ApplicationSet may generate (and parameter sets a generator may produce). */
    maxApplications: 10_000,
    /** Characters one template execution may write. */
    maxTemplateOutput: 1024 * 1024,
    /** Characters all rendered strings of one ApplicationSet may add up to. */
    maxTotalOutput: 64 * 1024 * 1024,
    /** Nested `{{template}}` calls (Go allows 100000; a JavaScript stack does not). */
    maxTemplateDepth: 200,
    /** Template evaluation steps for one ApplicationSet. */
    maxSteps: 10_000_000,
    /** Elements a list function (`until`, `repeat` ...) may build. */
    maxListLength: 100_000,
    /** Folders and files listed for git generators. */
    maxRepoEntries: 200_000,
    /** Nesting of values walked by flatten, merge and print. */
    maxDepth: 100,
};
class LimitError extends Error {
}
/** A step counter shared by everything one expansion evaluates. */
class Budget {
    maxSteps;
    maxOutput;
    steps = 0;
    output = 0;
    constructor(maxSteps = LIMITS.maxSteps, maxOutput = LIMITS.maxTotalOutput) {
        this.maxSteps = maxSteps;
        this.maxOutput = maxOutput;
    }
    spend(n = 1) {
        this.steps += n;
        if (this.steps > this.maxSteps) {
            throw new LimitError(`expansion stopped after ${this.maxSteps} template steps (a loop or recursion?)`);
        }
    }
    write(chars) {
        this.output += chars;
        if (this.output > this.maxOutput) {
            throw new LimitError(`rendered output exceeds ${this.maxOutput} characters`);
        }
    }
}


/***/ }),

/***/ 723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ pullRequestGenerator),
/* harmony export */   o: () => (/* binding */ NO_PULL_REQUEST)
/* harmony export */ });
/* harmony import */ var _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6332);
/* harmony import */ var _goregexp_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(287);
/* harmony import */ var _slug_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6148);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6375);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1454);
/**
 * The pull request generator for the one pull request the caller describes.
 * The SCM would list every open pull request; offline there is only the one
 * being checked, and only when the generator watches this repository. Its
 * provider's `labels` and the `filters` decide whether it is generated.
 */





const PROVIDERS = ["github", "gitlab", "gitea", "bitbucketServer", "bitbucket", "azuredevops"];
function hostOf(api, fallback) {
    try {
        return api ? new URL(api).origin : fallback;
    }
    catch {
        return fallback;
    }
}
/** The repository a provider block watches, as a URL the caller's isLocalRepo can judge. */
function watchedRepoURL(provider, cfg) {
    const api = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.api).replace(/\/+$/, "");
    switch (provider) {
        case "github": {
            const host = api ? hostOf(api, "https://github.com").replace("://api.", "://") : "https://github.com";
            return cfg.owner && cfg.repo ? `${host}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.owner)}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.repo)}` : undefined;
        }
        case "gitlab":
            return cfg.project ? `${hostOf(api, "https://gitlab.com")}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.project)}` : undefined;
        case "gitea":
            return cfg.owner && cfg.repo
                ? `${hostOf(api, api)}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.owner)}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.repo)}`
                : undefined;
        case "bitbucketServer":
            return cfg.project && cfg.repo
                ? `${hostOf(api, api)}/scm/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.project)}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.repo)}`
                : undefined;
        case "bitbucket":
            return cfg.owner && cfg.repo
                ? `https://bitbucket.org/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.owner)}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.repo)}`
                : undefined;
        case "azuredevops":
            return cfg.organization && cfg.project && cfg.repo
                ? `https://dev.azure.com/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.organization)}/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.project)}/_git/${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(cfg.repo)}`
                : undefined;
    }
}
function compileFilter(pattern, field) {
    if (pattern === undefined || pattern === null)
        return undefined;
    try {
        return _goregexp_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GoRegexp */ .Y.compile((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(pattern));
    }
    catch (err) {
        if (err instanceof _goregexp_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RegexpError */ .w) {
            throw new _run_js__WEBPACK_IMPORTED_MODULE_4__/* .ExpansionError */ .Y(`error compiling ${field} regexp ${JSON.stringify((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(pattern))}: ${err.message}`);
        }
        throw err;
    }
}
function passesFilters(pr, filters, run) {
    if (filters === undefined || filters === null)
        return true;
    if (!Array.isArray(filters))
        throw new _run_js__WEBPACK_IMPORTED_MODULE_4__/* .ExpansionError */ .Y("pullRequest.filters must be a list");
    if (filters.length === 0)
        return true;
    const compiled = filters.map((f) => {
        const o = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(f);
        if (o.createdWithin !== undefined || o.updatedWithin !== undefined) {
            run.note("pullRequest filters createdWithin/updatedWithin need the pull request's dates from the SCM; they are not applied");
        }
        return {
            branch: compileFilter(o.branchMatch, "BranchMatch"),
            target: compileFilter(o.targetBranchMatch, "TargetBranchMatch"),
            title: compileFilter(o.titleMatch, "TitleMatch"),
        };
    });
    return compiled.some((f) => (!f.branch || f.branch.test(pr.branch)) &&
        (!f.target || f.target.test(pr.targetBranch)) &&
        (!f.title || f.title.test(pr.title ?? "")));
}
/**
 * The note of a pullRequest generator given no pull request. That is how lint, validate and plan
 * run, so the repository model keeps the set as one that needs the SCM without making the note a
 * finding (model/load.ts); `gitops preview` gives the pull request and expands it.
 */
const NO_PULL_REQUEST = "pullRequest generator lists open pull requests from the SCM; no pull request was given, so it generates nothing";
function pullRequestGenerator(spec, run) {
    const gen = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(spec);
    const provider = PROVIDERS.find((p) => gen[p] !== undefined && gen[p] !== null);
    if (!provider)
        throw new _run_js__WEBPACK_IMPORTED_MODULE_4__/* .ExpansionError */ .Y("no Pull Request provider implementation configured");
    const cfg = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(gen[provider]);
    const url = watchedRepoURL(provider, cfg);
    // Said with or without a pull request: this repository's pull requests never select it.
    if (url === undefined || !run.ctx.isLocalRepo(url)) {
        run.note(`pullRequest generator watches ${url ?? `a ${provider} repository`}, not this repository; its pull requests need the SCM`);
        return [];
    }
    const pr = run.ctx.pullRequest;
    if (!pr) {
        run.note(NO_PULL_REQUEST);
        return [];
    }
    const wanted = Array.isArray(cfg.labels) ? cfg.labels.map(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ) : [];
    if (!wanted.every((l) => pr.labels.includes(l)))
        return [];
    if (!passesFilters(pr, gen.filters, run))
        return [];
    const sha = pr.headSha;
    const params = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .newMap */ .dg)();
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "number", String(pr.number));
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "title", pr.title ?? "");
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "branch", pr.branch);
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "branch_slug", (0,_slug_js__WEBPACK_IMPORTED_MODULE_2__/* .branchSlug */ .W3)(pr.branch));
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "target_branch", pr.targetBranch);
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "target_branch_slug", (0,_slug_js__WEBPACK_IMPORTED_MODULE_2__/* .branchSlug */ .W3)(pr.targetBranch));
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "head_sha", sha);
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "head_short_sha", sha.slice(0, 8));
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "head_short_sha_7", sha.slice(0, 7));
    (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "author", pr.author ?? "");
    // Argo CD passes labels only to Go templates.
    if (run.goTemplate)
        (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .put */ .yJ)(params, "labels", (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typed */ .nE)([...pr.labels], "[]string"));
    return [params];
}


/***/ }),

/***/ 6375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ExpansionError)
/* harmony export */ });
/** A problem with the ApplicationSet's content; expansion reports it and goes on with the next generator. */
class ExpansionError extends Error {
}


/***/ }),

/***/ 1454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ appendValues),
/* harmony export */   Np: () => (/* binding */ isNonEmptyParams),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   oJ: () => (/* binding */ asString)
/* harmony export */ });
/* unused harmony export stringMap */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6332);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6305);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6375);
/** Shared helpers for generator specs: reading fields, and the `values` every generator may add. */




function asObject(v) {
    return (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(v) ? v : {};
}
function asString(v) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    return "";
}
/** A map[string]string field: scalars become strings, anything else is an error naming the field. */
function stringMap(v, field) {
    if (v === undefined || v === null)
        return [];
    if (!(0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(v))
        throw new _run_js__WEBPACK_IMPORTED_MODULE_3__/* .ExpansionError */ .Y(`${field} must be a map of strings`);
    return Object.entries(v).map(([k, x]) => {
        if (typeof x === "object" && x !== null)
            throw new _run_js__WEBPACK_IMPORTED_MODULE_3__/* .ExpansionError */ .Y(`${field}.${k} must be a string`);
        return [k, asString(x)];
    });
}
/**
 * appendTemplatedValues: each value is rendered against the parameters the
 * generator made (not against other values), then added as `values.KEY`
 * (fasttemplate) or under a `values` map (Go templates).
 */
function appendValues(values, params, run, field) {
    const entries = stringMap(values, field);
    if (entries.length === 0)
        return;
    const rendered = entries.map(([k, v]) => {
        try {
            return [k, run.replace(v, params)];
        }
        catch (err) {
            throw new _run_js__WEBPACK_IMPORTED_MODULE_3__/* .ExpansionError */ .Y(`failed to append templated values: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err)}`);
        }
    });
    if (run.goTemplate) {
        const m = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .newMap */ .dg)();
        for (const [k, v] of rendered)
            (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(m, k, v);
        (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(params, "values", (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)(m, "map[string]string"));
    }
    else {
        for (const [k, v] of rendered)
            (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(params, `values.${k}`, v);
    }
}
function isNonEmptyParams(p) {
    return p !== undefined && (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(p) && Object.keys(p).length > 0;
}


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ base),
/* harmony export */   YW: () => (/* binding */ match),
/* harmony export */   b: () => (/* binding */ isAbs),
/* harmony export */   oT: () => (/* binding */ ext),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   y_: () => (/* binding */ dir)
/* harmony export */ });
/* unused harmony export BadPattern */
/** Go's `path` package (slash-separated paths), whose results differ from Node's in the corners. */
/** path.Clean. */
function clean(p) {
    if (p === "")
        return ".";
    const rooted = p.startsWith("/");
    const out = [];
    for (const part of p.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (out.length > 0 && out[out.length - 1] !== "..")
                out.pop();
            else if (!rooted)
                out.push("..");
            continue;
        }
        out.push(part);
    }
    const joined = out.join("/");
    if (rooted)
        return "/" + joined;
    return joined === "" ? "." : joined;
}
/** path.Base. */
function base(p) {
    if (p === "")
        return ".";
    let s = p.replace(/\/+$/, "");
    if (s === "")
        return "/";
    const i = s.lastIndexOf("/");
    if (i >= 0)
        s = s.slice(i + 1);
    return s;
}
/** path.Dir. */
function dir(p) {
    const i = p.lastIndexOf("/");
    return clean(p.slice(0, i + 1));
}
/** path.Ext. */
function ext(p) {
    for (let i = p.length - 1; i >= 0 && p.charAt(i) !== "/"; i--) {
        if (p.charAt(i) === ".")
            return p.slice(i);
    }
    return "";
}
function isAbs(p) {
    return p.startsWith("/");
}
class BadPattern extends Error {
    constructor() {
        super("syntax error in pattern");
    }
}
/**
 * path.Match: `*` and `?` stop at `/`, `[...]` classes (negated with `^`),
 * `\` escapes. A malformed pattern throws {@link BadPattern}.
 */
function match(pattern, name) {
    validatePattern(pattern);
    // Failed (pattern, name) positions, so many stars cannot make matching exponential.
    const failed = new Set();
    return matchFrom(pattern, 0, name, 0, failed);
}
function validatePattern(pattern) {
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
            if (i + 1 >= pattern.length)
                throw new BadPattern();
            i++;
        }
        else if (c === "[") {
            const end = classEnd(pattern, i);
            if (end < 0)
                throw new BadPattern();
            i = end;
        }
    }
}
/** Index of the `]` closing the class opened at `start`, or -1 if malformed. */
function classEnd(p, start) {
    let i = start + 1;
    if (p.charAt(i) === "^")
        i++;
    let first = true;
    while (i < p.length) {
        const c = p.charAt(i);
        if (c === "]" && !first)
            return i;
        first = false;
        if (c === "-")
            return -1;
        i = classChar(p, i);
        if (i < 0)
            return -1;
        if (p.charAt(i) === "-") {
            i = classChar(p, i + 1);
            if (i < 0)
                return -1;
        }
    }
    return -1;
}
/** Skips one (possibly escaped) class character, returning the next index or -1. */
function classChar(p, i) {
    const c = p.charAt(i);
    if (c === "" || c === "-" || c === "]")
        return -1;
    if (c === "\\")
        return i + 2 <= p.length ? i + 2 : -1;
    const cp = p.codePointAt(i) ?? 0;
    return i + (cp > 0xffff ? 2 : 1);
}
function readClassChar(p, i) {
    let j = i;
    if (p.charAt(j) === "\\")
        j++;
    const cp = p.codePointAt(j) ?? 0;
    return [cp, j + (cp > 0xffff ? 2 : 1)];
}
function matchFrom(p, pi0, s, si0, failed) {
    const key = pi0 * (s.length + 1) + si0;
    if (failed.has(key))
        return false;
    const ok = matchStep(p, pi0, s, si0, failed);
    if (!ok)
        failed.add(key);
    return ok;
}
function matchStep(p, pi0, s, si0, failed) {
    let pi = pi0;
    let si = si0;
    while (pi < p.length) {
        const c = p.charAt(pi);
        if (c === "*") {
            let pj = pi;
            while (p.charAt(pj) === "*")
                pj++;
            for (let k = si; k <= s.length; k++) {
                if (matchFrom(p, pj, s, k, failed))
                    return true;
                if (s.charAt(k) === "/")
                    return false;
            }
            return false;
        }
        if (si >= s.length)
            return false;
        const scp = s.codePointAt(si) ?? 0;
        const swidth = scp > 0xffff ? 2 : 1;
        if (c === "?") {
            if (scp === 0x2f)
                return false;
            pi++;
            si += swidth;
            continue;
        }
        if (c === "[") {
            if (scp === 0x2f)
                return false;
            const end = classEnd(p, pi);
            let i = pi + 1;
            let neg = false;
            if (p.charAt(i) === "^") {
                neg = true;
                i++;
            }
            let matched = false;
            while (i < end) {
                const [lo, next] = readClassChar(p, i);
                let hi = lo;
                i = next;
                if (p.charAt(i) === "-") {
                    const [h, n2] = readClassChar(p, i + 1);
                    hi = h;
                    i = n2;
                }
                if (scp >= lo && scp <= hi)
                    matched = true;
            }
            if (matched === neg)
                return false;
            pi = end + 1;
            si += swidth;
            continue;
        }
        let lit = c;
        if (c === "\\") {
            pi++;
            lit = p.charAt(pi);
        }
        if (s.charAt(si) !== lit)
            return false;
        pi++;
        si++;
    }
    return si === s.length;
}


/***/ }),

/***/ 287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ GoRegexp),
  w: () => (/* binding */ RegexpError)
});

// EXTERNAL MODULE: ./node_modules/@bufbuild/re2/dist/esm/index.js + 19 modules
var esm = __webpack_require__(2821);
// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/values.ts
var values = __webpack_require__(6332);
;// CONCATENATED MODULE: ./packages/core/src/appset/goregexp/syntax.ts
/**
 * A parser for Go's regexp syntax (RE2, Perl flags), producing the tree the
 * matcher compiles. Patterns reach it only after @bufbuild/re2 accepted them,
 * so it reports what it cannot represent rather than every syntax error.
 */

class RegexpUnsupported extends Error {
}
const PERL = {
    d: [[0x30, 0x39]],
    s: [
        [0x09, 0x0a],
        [0x0c, 0x0d],
        [0x20, 0x20],
    ],
    w: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a],
    ],
};
const POSIX = {
    alnum: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x61, 0x7a],
    ],
    alpha: [
        [0x41, 0x5a],
        [0x61, 0x7a],
    ],
    ascii: [[0x00, 0x7f]],
    blank: [
        [0x09, 0x09],
        [0x20, 0x20],
    ],
    cntrl: [
        [0x00, 0x1f],
        [0x7f, 0x7f],
    ],
    digit: [[0x30, 0x39]],
    graph: [[0x21, 0x7e]],
    lower: [[0x61, 0x7a]],
    print: [[0x20, 0x7e]],
    punct: [
        [0x21, 0x2f],
        [0x3a, 0x40],
        [0x5b, 0x60],
        [0x7b, 0x7e],
    ],
    space: [
        [0x09, 0x0d],
        [0x20, 0x20],
    ],
    upper: [[0x41, 0x5a]],
    word: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a],
    ],
    xdigit: [
        [0x30, 0x39],
        [0x41, 0x46],
        [0x61, 0x66],
    ],
};
const propertyCache = new Map();
/** A Unicode class by Go's name (`L`, `Lu`, `Greek`, `Any`), tested through a one-character RegExp. */
function unicodeProperty(name) {
    if (name === "Any")
        return () => true;
    let re = propertyCache.get(name);
    if (!re) {
        try {
            re = new RegExp(`^\\p{${name}}$`, "u");
        }
        catch {
            try {
                re = new RegExp(`^\\p{Script=${name}}$`, "u");
            }
            catch {
                throw new RegexpUnsupported(`unknown Unicode class \\p{${name}}`);
            }
        }
        propertyCache.set(name, re);
    }
    const r = re;
    return (cp) => r.test(String.fromCodePoint(cp));
}
function inRanges(ranges, cp) {
    for (const [lo, hi] of ranges)
        if (cp >= lo && cp <= hi)
            return true;
    return false;
}
/** The other cases of a code point (simple case folding, enough for ASCII and most scripts). */
function foldVariants(cp) {
    const s = String.fromCodePoint(cp);
    const out = new Set([cp]);
    for (const t of [s.toLowerCase(), s.toUpperCase()]) {
        const c = t.codePointAt(0);
        if (c !== undefined && String.fromCodePoint(c) === t)
            out.add(c);
    }
    if (cp === 0x6b || cp === 0x4b)
        out.add(0x212a);
    if (cp === 0x73 || cp === 0x53)
        out.add(0x17f);
    return [...out];
}
function foldTest(test, fold) {
    if (!fold)
        return test;
    return (cp) => foldVariants(cp).some(test);
}
function parseRegexp(pattern) {
    return new RegexpParser(pattern).parse();
}
class RegexpParser {
    s;
    i = 0;
    groups = 0;
    names = [undefined];
    constructor(s) {
        this.s = s;
    }
    parse() {
        const flags = { fold: false, multiline: false, dotNL: false, ungreedy: false };
        const re = this.alternation(flags);
        if (this.i < this.s.length)
            throw new RegexpUnsupported(`unexpected ) at offset ${this.i}`);
        return { re, groups: this.groups, names: this.names };
    }
    peek() {
        return this.s.charAt(this.i);
    }
    nextCp() {
        const cp = this.s.codePointAt(this.i);
        if (cp === undefined)
            throw new RegexpUnsupported("unexpected end of pattern");
        this.i += cp > 0xffff ? 2 : 1;
        return cp;
    }
    alternation(flags) {
        const subs = [this.concat(flags)];
        while (this.peek() === "|") {
            this.i++;
            subs.push(this.concat(flags));
        }
        return subs.length === 1 ? (subs[0] ?? { op: "empty" }) : { op: "alt", subs };
    }
    concat(flags) {
        const subs = [];
        while (this.i < this.s.length) {
            const c = this.peek();
            if (c === "|" || c === ")")
                break;
            const atom = this.atom(flags);
            if (atom === undefined)
                continue;
            subs.push(this.repetition(atom, flags));
        }
        if (subs.length === 0)
            return { op: "empty" };
        return subs.length === 1 ? (subs[0] ?? { op: "empty" }) : { op: "cat", subs };
    }
    repetition(atom, flags) {
        let re = atom;
        for (;;) {
            const c = this.peek();
            let min;
            let max;
            if (c === "*")
                [min, max] = [0, -1];
            else if (c === "+")
                [min, max] = [1, -1];
            else if (c === "?")
                [min, max] = [0, 1];
            else if (c === "{") {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
                if (!m)
                    return re;
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] === "" || m[3] === undefined ? -1 : Number(m[3]);
                this.i += m[0].length - 1;
            }
            else
                return re;
            this.i++;
            let greedy = true;
            if (this.peek() === "?") {
                greedy = false;
                this.i++;
            }
            if (flags.ungreedy)
                greedy = !greedy;
            re = { op: "rep", min, max, greedy, sub: re };
        }
    }
    /** One atom, or undefined for a flag group that only changes flags. */
    atom(flags) {
        const c = this.peek();
        if (c === "(")
            return this.group(flags);
        if (c === "[")
            return this.charClass(flags);
        if (c === ".") {
            this.i++;
            const dotNL = flags.dotNL;
            return { op: "char", test: (cp) => dotNL || cp !== 0x0a };
        }
        if (c === "^") {
            this.i++;
            return { op: "assert", kind: flags.multiline ? "bol" : "bot" };
        }
        if (c === "$") {
            this.i++;
            return { op: "assert", kind: flags.multiline ? "eol" : "eot" };
        }
        if (c === "\\")
            return this.escape(flags);
        const cp = this.nextCp();
        return { op: "char", test: foldTest((x) => x === cp, flags.fold) };
    }
    group(flags) {
        this.i++;
        const rest = this.s.slice(this.i);
        const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest);
        if (named) {
            this.i += named[0].length;
            return this.capture(named[1], flags);
        }
        if (rest.startsWith("?")) {
            const m = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
            if (!m)
                throw new RegexpUnsupported(`unsupported group syntax at offset ${this.i}`);
            this.i += m[0].length;
            const next = m[3] === ")" ? flags : { ...flags };
            for (const f of m[1] ?? "")
                setFlag(next, f, true);
            for (const f of m[2] ?? "")
                setFlag(next, f, false);
            if (m[3] === ")")
                return undefined;
            const sub = this.alternation(next);
            this.expectClose();
            return sub;
        }
        return this.capture(undefined, flags);
    }
    capture(name, flags) {
        const index = ++this.groups;
        this.names.push(name);
        const sub = this.alternation({ ...flags });
        this.expectClose();
        return { op: "cap", index, name, sub };
    }
    expectClose() {
        if (this.peek() !== ")")
            throw new RegexpUnsupported("missing closing )");
        this.i++;
    }
    escape(flags) {
        this.i++;
        const c = this.peek();
        switch (c) {
            case "b":
            case "B":
                this.i++;
                return { op: "assert", kind: c === "b" ? "wordb" : "nonwordb" };
            case "A":
                this.i++;
                return { op: "assert", kind: "bot" };
            case "z":
                this.i++;
                return { op: "assert", kind: "eot" };
            case "Q": {
                this.i++;
                const end = this.s.indexOf("\\E", this.i);
                const lit = end < 0 ? this.s.slice(this.i) : this.s.slice(this.i, end);
                this.i = end < 0 ? this.s.length : end + 2;
                const subs = (0,values/* runes */.mZ)(lit).map((ch) => {
                    const cp = ch.codePointAt(0) ?? 0;
                    return { op: "char", test: foldTest((x) => x === cp, flags.fold) };
                });
                return subs.length === 0 ? { op: "empty" } : { op: "cat", subs };
            }
        }
        const test = this.classEscape() ?? this.literalEscape();
        return { op: "char", test: foldTest(test, flags.fold) };
    }
    /** `\d`, `\p{Greek}` and friends, after the backslash; undefined if not a class escape. */
    classEscape() {
        const c = this.peek();
        const lower = c.toLowerCase();
        const perl = PERL[lower];
        if (perl && (c === lower || c === c.toUpperCase())) {
            this.i++;
            const neg = c !== lower;
            return (cp) => inRanges(perl, cp) !== neg;
        }
        if (c === "p" || c === "P") {
            this.i++;
            let name;
            if (this.peek() === "{") {
                const end = this.s.indexOf("}", this.i);
                if (end < 0)
                    throw new RegexpUnsupported("invalid character class range");
                name = this.s.slice(this.i + 1, end);
                this.i = end + 1;
            }
            else {
                name = String.fromCodePoint(this.nextCp());
            }
            let neg = c === "P";
            if (name.startsWith("^")) {
                neg = !neg;
                name = name.slice(1);
            }
            const test = unicodeProperty(name);
            return (cp) => test(cp) !== neg;
        }
        return undefined;
    }
    literalEscape() {
        const cp = this.escapedCodePoint();
        return (x) => x === cp;
    }
    escapedCodePoint() {
        const c = this.peek();
        const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
        const mapped = simple[c];
        if (mapped !== undefined) {
            this.i++;
            return mapped;
        }
        if (c >= "0" && c <= "7") {
            const m = /^[0-7]{1,3}/.exec(this.s.slice(this.i));
            const digits = m?.[0] ?? "0";
            this.i += digits.length;
            return parseInt(digits, 8);
        }
        if (c === "x") {
            this.i++;
            if (this.peek() === "{") {
                const end = this.s.indexOf("}", this.i);
                const hex = this.s.slice(this.i + 1, end);
                this.i = end + 1;
                return parseInt(hex, 16);
            }
            const hex = this.s.slice(this.i, this.i + 2);
            this.i += 2;
            return parseInt(hex, 16);
        }
        return this.nextCp();
    }
    charClass(flags) {
        this.i++;
        let neg = false;
        if (this.peek() === "^") {
            neg = true;
            this.i++;
        }
        const ranges = [];
        const tests = [];
        let first = true;
        while (this.i < this.s.length && (this.peek() !== "]" || first)) {
            first = false;
            const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.s.slice(this.i));
            if (posix) {
                const table = POSIX[posix[2] ?? ""];
                if (!table)
                    throw new RegexpUnsupported(`invalid character class range ${posix[0]}`);
                this.i += posix[0].length;
                const pneg = posix[1] === "^";
                tests.push((cp) => inRanges(table, cp) !== pneg);
                continue;
            }
            let lo;
            if (this.peek() === "\\") {
                this.i++;
                const cls = this.classEscape();
                if (cls) {
                    tests.push(cls);
                    continue;
                }
                lo = this.escapedCodePoint();
            }
            else {
                lo = this.nextCp();
            }
            let hi = lo;
            if (this.peek() === "-" && this.s.charAt(this.i + 1) !== "]" && this.i + 1 < this.s.length) {
                this.i++;
                if (this.peek() === "\\") {
                    this.i++;
                    hi = this.escapedCodePoint();
                }
                else {
                    hi = this.nextCp();
                }
            }
            ranges.push([lo, hi]);
        }
        if (this.peek() !== "]")
            throw new RegexpUnsupported("missing closing ]");
        this.i++;
        const base = (cp) => inRanges(ranges, cp) || tests.some((t) => t(cp));
        const folded = foldTest(base, flags.fold);
        return { op: "char", test: (cp) => folded(cp) !== neg };
    }
}
function setFlag(flags, f, on) {
    if (f === "i")
        flags.fold = on;
    else if (f === "m")
        flags.multiline = on;
    else if (f === "s")
        flags.dotNL = on;
    else if (f === "U")
        flags.ungreedy = on;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/goregexp/index.ts
/**
 * Go's regexp package for template functions and generator filters.
 *
 * @bufbuild/re2 (already a dependency) checks the syntax, so a pattern Go
 * rejects is rejected here with Go's message, and answers yes/no questions
 * exactly. It has no API for match positions, so finding and replacing run on
 * a Pike VM over a tree parsed from the same pattern: leftmost-first matches
 * with captures in time linear in the input, so no pattern can backtrack
 * catastrophically the way a translated JavaScript RegExp could.
 */


class RegexpError extends Error {
}
const MAX_PROGRAM = 20_000;
const MAX_INPUT = 1024 * 1024;
/** Thread steps one call (a search, or all the searches of findAll/replaceAll/split) may take. */
const MAX_STEPS = 30_000_000;
class GoRegexp {
    source;
    re2;
    prog;
    groups;
    names;
    constructor(source, re2, prog, groups, names) {
        this.source = source;
        this.re2 = re2;
        this.prog = prog;
        this.groups = groups;
        this.names = names;
    }
    static compile(pattern) {
        let re2;
        try {
            re2 = esm/* RE2JS */.L3.compile(pattern);
        }
        catch (err) {
            throw new RegexpError(err instanceof Error ? err.message : String(err));
        }
        let parsed;
        try {
            parsed = parseRegexp(pattern);
        }
        catch (err) {
            throw new RegexpError(`regexp ${JSON.stringify(pattern)} is not supported: ${err.message}`);
        }
        const prog = compileProgram(parsed.re);
        return new GoRegexp(pattern, re2, prog, parsed.groups, parsed.names);
    }
    /** regexp.MatchString: whether any part of `s` matches. */
    test(s) {
        return this.re2.test(s);
    }
    /** Capture positions (UTF-16 offsets, -1 for unset) of the leftmost-first match at or after `from`. */
    exec(s, from = 0, counter = { steps: 0 }) {
        if (s.length > MAX_INPUT)
            throw new RegexpError(`input of ${s.length} characters is too long to search`);
        return pike(this.prog, s, from, (this.groups + 1) * 2, counter);
    }
    /** FindAllStringSubmatchIndex with Go's rule about empty matches next to a previous match. */
    findAll(s, n) {
        const out = [];
        if (n === 0)
            return out;
        let pos = 0;
        let prevEnd = -1;
        const counter = { steps: 0 };
        while ((n < 0 || out.length < n) && pos <= s.length) {
            const m = this.exec(s, pos, counter);
            if (!m)
                break;
            const [start = 0, end = 0] = m;
            let accept = true;
            if (end === pos) {
                if (start === prevEnd)
                    accept = false;
                pos += pos < s.length ? charWidth(s, pos) : 1;
            }
            else {
                pos = end;
            }
            prevEnd = end;
            if (accept)
                out.push(m);
        }
        return out;
    }
    /** ReplaceAllString; `literal` turns off `$1`/`${name}` expansion. */
    replaceAll(s, repl, literal) {
        let out = "";
        let lastEnd = 0;
        let search = 0;
        const counter = { steps: 0 };
        while (search <= s.length) {
            const m = this.exec(s, search, counter);
            if (!m)
                break;
            const [start = 0, end = 0] = m;
            out += s.slice(lastEnd, start);
            if (end > lastEnd || start === 0)
                out += literal ? repl : this.expand(repl, s, m);
            lastEnd = end;
            const width = search < s.length ? charWidth(s, search) : 0;
            if (search + width > end)
                search += width;
            else if (search + 1 > end)
                search++;
            else
                search = end;
        }
        return out + s.slice(lastEnd);
    }
    /** Regexp.Split. */
    split(s, n) {
        if (n === 0)
            return [];
        if (this.source.length > 0 && s.length === 0)
            return [""];
        const matches = this.findAll(s, n);
        const out = [];
        let beg = 0;
        let end = 0;
        for (const m of matches) {
            if (n > 0 && out.length === n - 1)
                break;
            end = m[0] ?? 0;
            if ((m[1] ?? 0) !== 0)
                out.push(s.slice(beg, end));
            beg = m[1] ?? 0;
        }
        if (end !== s.length)
            out.push(s.slice(beg));
        return out;
    }
    /** Regexp.Expand for `$1`, `${1}`, `$name`, `${name}` and `$$`. */
    expand(template, src, m) {
        let out = "";
        let i = 0;
        while (i < template.length) {
            const d = template.indexOf("$", i);
            if (d < 0) {
                out += template.slice(i);
                break;
            }
            out += template.slice(i, d);
            i = d + 1;
            if (template.charAt(i) === "$") {
                out += "$";
                i++;
                continue;
            }
            let name;
            const braced = /^\{([A-Za-z0-9_]+)\}/.exec(template.slice(i));
            const bare = /^[A-Za-z0-9_]+/.exec(template.slice(i));
            if (braced) {
                name = braced[1];
                i += braced[0].length;
            }
            else if (bare) {
                name = bare[0];
                i += bare[0].length;
            }
            if (name === undefined) {
                out += "$";
                continue;
            }
            const group = /^\d+$/.test(name) ? Number(name) : this.names.indexOf(name);
            if (group >= 0 && group <= this.groups) {
                const a = m[2 * group] ?? -1;
                const b = m[2 * group + 1] ?? -1;
                if (a >= 0 && b >= 0)
                    out += src.slice(a, b);
            }
        }
        return out;
    }
}
function charWidth(s, i) {
    const cp = s.codePointAt(i) ?? 0;
    return cp > 0xffff ? 2 : 1;
}
function compileProgram(re) {
    const prog = [];
    const emit = (inst) => {
        if (prog.length >= MAX_PROGRAM)
            throw new RegexpError("regular expression too large");
        prog.push(inst);
        return prog.length - 1;
    };
    const gen = (r) => {
        switch (r.op) {
            case "char":
                emit({ op: "char", test: r.test, next: prog.length + 1 });
                return;
            case "empty":
                return;
            case "assert":
                emit({ op: "assert", kind: r.kind, next: prog.length + 1 });
                return;
            case "cat":
                for (const s of r.subs)
                    gen(s);
                return;
            case "cap":
                emit({ op: "save", n: 2 * r.index, next: prog.length + 1 });
                gen(r.sub);
                emit({ op: "save", n: 2 * r.index + 1, next: prog.length + 1 });
                return;
            case "alt": {
                const jumps = [];
                r.subs.forEach((sub, k) => {
                    if (k < r.subs.length - 1) {
                        const split = emit({ op: "split", x: prog.length + 1, y: -1 });
                        gen(sub);
                        jumps.push(emit({ op: "jmp", x: -1 }));
                        prog[split].y = prog.length;
                    }
                    else {
                        gen(sub);
                    }
                });
                for (const j of jumps)
                    prog[j].x = prog.length;
                return;
            }
            case "rep":
                genRep(r.sub, r.min, r.max, r.greedy);
                return;
        }
    };
    const star = (sub, greedy) => {
        const split = emit({ op: "split", x: -1, y: -1 });
        const body = prog.length;
        gen(sub);
        emit({ op: "jmp", x: split });
        const after = prog.length;
        prog[split] = greedy ? { op: "split", x: body, y: after } : { op: "split", x: after, y: body };
    };
    const genRep = (sub, min, max, greedy) => {
        if (min === 1 && max === -1) {
            const body = prog.length;
            gen(sub);
            const split = emit({ op: "split", x: -1, y: -1 });
            const after = prog.length;
            prog[split] = greedy ? { op: "split", x: body, y: after } : { op: "split", x: after, y: body };
            return;
        }
        for (let k = 0; k < min; k++)
            gen(sub);
        if (max === -1) {
            star(sub, greedy);
            return;
        }
        // x{n,m}: the optional copies nest, as (x(x)?)?, so a later copy needs the earlier.
        const opens = [];
        for (let k = min; k < max; k++) {
            opens.push(emit({ op: "split", x: -1, y: -1 }));
            gen(sub);
        }
        const after = prog.length;
        for (const split of opens) {
            prog[split] = greedy
                ? { op: "split", x: split + 1, y: after }
                : { op: "split", x: after, y: split + 1 };
        }
    };
    gen(re);
    emit({ op: "match" });
    return prog;
}
function isWordChar(cp) {
    return ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f);
}
function assertionHolds(kind, s, pos) {
    const prev = pos > 0 ? (s.codePointAt(pos - 1) ?? -1) : -1;
    const next = pos < s.length ? (s.codePointAt(pos) ?? -1) : -1;
    switch (kind) {
        case "bot":
            return pos === 0;
        case "eot":
            return pos === s.length;
        case "bol":
            return pos === 0 || prev === 0x0a;
        case "eol":
            return pos === s.length || next === 0x0a;
        case "wordb":
            return isWordChar(prev) !== isWordChar(next);
        case "nonwordb":
            return isWordChar(prev) === isWordChar(next);
    }
}
/** A Pike VM: every thread advances one character at a time, higher priority first. */
function pike(prog, s, from, ncap, counter) {
    const seen = new Int32Array(prog.length).fill(-1);
    let generation = 0;
    let clist = [];
    let nlist = [];
    let matched;
    const add = (list, pc0, caps0, pos) => {
        // Depth-first in priority order, without recursion.
        const stack = [{ pc: pc0, caps: caps0 }];
        while (stack.length > 0) {
            const t = stack.pop();
            if (!t)
                break;
            if (seen[t.pc] === generation)
                continue;
            seen[t.pc] = generation;
            if (++counter.steps > MAX_STEPS)
                throw new RegexpError("regular expression search is too expensive for this input");
            const inst = prog[t.pc];
            if (!inst)
                continue;
            switch (inst.op) {
                case "jmp":
                    stack.push({ pc: inst.x, caps: t.caps });
                    break;
                case "split":
                    stack.push({ pc: inst.y, caps: t.caps }, { pc: inst.x, caps: t.caps });
                    break;
                case "save": {
                    const caps = t.caps.slice();
                    caps[inst.n] = pos;
                    stack.push({ pc: inst.next, caps });
                    break;
                }
                case "assert":
                    if (assertionHolds(inst.kind, s, pos))
                        stack.push({ pc: inst.next, caps: t.caps });
                    break;
                default:
                    list.push(t);
            }
        }
    };
    const initial = new Array(ncap).fill(-1);
    let pos = from;
    generation++;
    for (;;) {
        if (!matched) {
            const caps = initial.slice();
            caps[0] = pos;
            add(clist, 0, caps, pos);
        }
        // With no thread alive, a match found earlier is final; otherwise the search moves on.
        if (clist.length === 0 && matched)
            break;
        const cp = pos < s.length ? (s.codePointAt(pos) ?? -1) : -1;
        const width = cp > 0xffff ? 2 : 1;
        generation++;
        for (const t of clist) {
            const inst = prog[t.pc];
            if (!inst)
                continue;
            if (inst.op === "match") {
                const caps = t.caps.slice();
                caps[1] = pos;
                matched = caps;
                break;
            }
            if (inst.op === "char" && cp >= 0 && inst.test(cp))
                add(nlist, inst.next, t.caps, pos + width);
        }
        if (pos >= s.length)
            break;
        pos += width;
        [clist, nlist] = [nlist, []];
    }
    return matched;
}


/***/ }),

/***/ 9123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ typeLabel),
/* harmony export */   eo: () => (/* binding */ fnOf),
/* harmony export */   hD: () => (/* binding */ FuncError)
/* harmony export */ });
/** An error a template function returns; execution reports `error calling NAME: MESSAGE`. */
class FuncError extends Error {
}
function fnOf(params, fn, variadic) {
    return variadic === undefined ? { params, fn } : { params, fn, variadic };
}
function typeLabel(t) {
    switch (t) {
        case "any":
            return "interface {}";
        case "value":
            return "reflect.Value";
        case "map":
            return "map[string]interface {}";
        case "slice":
            return "[]interface {}";
        case "strings":
            return "[]string";
        default:
            return t;
    }
}


/***/ }),

/***/ 3337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lJ: () => (/* binding */ sprintln),
/* harmony export */   nv: () => (/* binding */ sprintf),
/* harmony export */   p0: () => (/* binding */ quoteGo),
/* harmony export */   vV: () => (/* binding */ sprint)
/* harmony export */ });
/* unused harmony exports formatF, formatE */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6332);
/**
 * fmt.Sprintf, fmt.Sprint and fmt.Sprintln for the value model, with Go's
 * verbs, flags, width, precision, argument indexes and its `%!verb(type=value)`
 * complaints about mismatched arguments.
 */

/** fmt.Sprint: operands separated by a space when neither side is a string. */
function sprint(args) {
    let out = "";
    args.forEach((a, i) => {
        const prev = args[i - 1];
        if (i > 0 && typeof a !== "string" && typeof prev !== "string")
            out += " ";
        out += (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(a);
    });
    return out;
}
/** fmt.Sprintln: operands always separated by a space, newline appended. */
function sprintln(args) {
    return args.map((a) => (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(a)).join(" ") + "\n";
}
function sprintf(format, args) {
    let out = "";
    let argNum = 0;
    // Set by argument indexes ([n]), which turn off the EXTRA complaint as in Go.
    const state = { reordered: false };
    let i = 0;
    while (i < format.length) {
        const pct = format.indexOf("%", i);
        if (pct < 0) {
            out += format.slice(i);
            break;
        }
        out += format.slice(i, pct);
        i = pct + 1;
        const spec = {
            plus: false,
            minus: false,
            sharp: false,
            space: false,
            zero: false,
            width: undefined,
            prec: undefined,
        };
        flags: while (i < format.length) {
            switch (format.charAt(i)) {
                case "+":
                    spec.plus = true;
                    break;
                case "-":
                    spec.minus = true;
                    break;
                case "#":
                    spec.sharp = true;
                    break;
                case " ":
                    spec.space = true;
                    break;
                case "0":
                    spec.zero = true;
                    break;
                default:
                    break flags;
            }
            i++;
        }
        const argIndex = () => {
            const m = /^\[(\d+)\]/.exec(format.slice(i));
            if (m) {
                argNum = Number(m[1]) - 1;
                state.reordered = true;
                i += m[0].length;
            }
        };
        argIndex();
        if (format.charAt(i) === "*") {
            i++;
            const w = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .intOf */ .L0)(args[argNum] ?? null);
            argNum++;
            if (w === undefined)
                out += "%!(BADWIDTH)";
            else {
                spec.width = Math.abs(Number(w));
                if (w < 0n)
                    spec.minus = true;
            }
        }
        else {
            const m = /^\d+/.exec(format.slice(i));
            if (m) {
                spec.width = Number(m[0]);
                i += m[0].length;
            }
        }
        if (format.charAt(i) === ".") {
            i++;
            argIndex();
            if (format.charAt(i) === "*") {
                i++;
                const p = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .intOf */ .L0)(args[argNum] ?? null);
                argNum++;
                if (p === undefined || p < 0n)
                    out += "%!(BADPREC)";
                else
                    spec.prec = Number(p);
            }
            else {
                const m = /^\d+/.exec(format.slice(i));
                spec.prec = m ? Number(m[0]) : 0;
                if (m)
                    i += m[0].length;
            }
        }
        argIndex();
        if (i >= format.length) {
            out += "%!(NOVERB)";
            break;
        }
        const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
        i += verb.length;
        if (verb === "%") {
            out += "%";
            continue;
        }
        if (argNum >= args.length) {
            out += `%!${verb}(MISSING)`;
            continue;
        }
        const arg = args[argNum++];
        out += pad(formatArg(arg, verb, spec), spec, isNumeric(arg) && verb !== "T");
    }
    if (!state.reordered && argNum < args.length) {
        out +=
            "%!(EXTRA " +
                args
                    .slice(argNum)
                    .map((a) => `${(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(a)}=${(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(a)}`)
                    .join(", ") +
                ")";
    }
    return out;
}
function isNumeric(v) {
    return typeof v === "bigint" || typeof v === "number" || v instanceof _values_js__WEBPACK_IMPORTED_MODULE_0__/* .Int64 */ .CG;
}
function pad(s, spec, numeric) {
    const width = spec.width ?? 0;
    const len = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .runes */ .mZ)(s).length;
    if (len >= width)
        return s;
    const fill = width - len;
    if (spec.minus)
        return s + " ".repeat(fill);
    if (spec.zero && numeric) {
        const sign = /^[+\- ]/.test(s) ? s.charAt(0) : "";
        return sign + "0".repeat(fill) + s.slice(sign.length);
    }
    return " ".repeat(fill) + s;
}
function bad(verb, arg) {
    if (arg === null || arg === undefined)
        return `%!${verb}(<nil>)`;
    return `%!${verb}(${(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(arg)}=${(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(arg)})`;
}
function formatArg(arg, verb, spec) {
    if (verb === "T")
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(arg);
    if (arg === null || arg === undefined)
        return verb === "v" ? "<nil>" : bad(verb, arg);
    if (typeof arg === "boolean")
        return verb === "v" || verb === "t" ? String(arg) : bad(verb, arg);
    const int = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .intOf */ .L0)(arg);
    if (int !== undefined)
        return formatInt(int, verb, spec, arg);
    if (typeof arg === "number")
        return formatFloat(arg, verb, spec);
    if (typeof arg === "string")
        return formatString(arg, verb, spec);
    if (Array.isArray(arg)) {
        if (!"vsdqxXobeEfFgGtc".includes(verb))
            return bad(verb, arg);
        return "[" + arg.map((x) => formatArg(x, verb, { ...spec, width: undefined })).join(" ") + "]";
    }
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(arg)) {
        return ("map[" +
            (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedKeys */ .Mf)(arg)
                .map((k) => `${formatArg(k, verb, { ...spec, width: undefined })}:${formatArg(arg[k], verb, { ...spec, width: undefined })}`)
                .join(" ") +
            "]");
    }
    return bad(verb, arg);
}
function signed(neg, digits, spec) {
    if (neg)
        return "-" + digits;
    if (spec.plus)
        return "+" + digits;
    if (spec.space)
        return " " + digits;
    return digits;
}
function formatInt(n, verb, spec, arg) {
    const neg = n < 0n;
    const abs = neg ? -n : n;
    let digits;
    switch (verb) {
        case "v":
        case "d":
            digits = abs.toString(10);
            break;
        case "b":
            digits = abs.toString(2);
            break;
        case "o":
            digits = (spec.sharp ? "0" : "") + abs.toString(8);
            break;
        case "O":
            digits = "0o" + abs.toString(8);
            break;
        case "x":
            digits = (spec.sharp ? "0x" : "") + abs.toString(16);
            break;
        case "X":
            digits = (spec.sharp ? "0X" : "") + abs.toString(16).toUpperCase();
            break;
        case "c":
            return safeCodePoint(n);
        case "q":
            return "'" + quoteRune(safeCodePoint(n)) + "'";
        case "U":
            return "U+" + abs.toString(16).toUpperCase().padStart(4, "0");
        case "e":
        case "E":
        case "f":
        case "F":
        case "g":
        case "G":
            return bad(verb, arg);
        default:
            return bad(verb, arg);
    }
    if (spec.prec !== undefined)
        digits = digits.padStart(spec.prec, "0");
    return signed(neg, digits, spec);
}
function safeCodePoint(n) {
    const cp = Number(n);
    if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
        return "\ufffd";
    return String.fromCodePoint(cp);
}
function formatFloat(f, verb, spec) {
    if (!Number.isFinite(f)) {
        const s = Number.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf";
        if (s === "+Inf" && !spec.plus)
            return "+Inf";
        return s;
    }
    const neg = f < 0 || Object.is(f, -0);
    const abs = Math.abs(f);
    let body;
    switch (verb) {
        case "v":
        case "g":
        case "G":
            body = spec.prec === undefined ? (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFloatShortest */ .g4)(abs, "g") : formatG(abs, spec.prec, spec.sharp);
            if (verb === "G")
                body = body.toUpperCase();
            break;
        case "e":
        case "E":
            body = formatE(abs, spec.prec ?? 6);
            if (verb === "E")
                body = body.toUpperCase();
            break;
        case "f":
        case "F":
            body = formatF(abs, spec.prec ?? 6);
            break;
        default:
            return bad(verb, f);
    }
    return signed(neg, body, spec);
}
function formatF(abs, prec) {
    if (abs < 1e21)
        return abs.toFixed(Math.min(prec, 100));
    const int = BigInt(Math.round(abs)).toString();
    return prec > 0 ? `${int}.${"0".repeat(prec)}` : int;
}
function formatE(abs, prec) {
    const s = abs.toExponential(Math.min(prec, 100));
    const [mant = "0", exp = "+0"] = s.split("e");
    const sign = exp.startsWith("-") ? "-" : "+";
    return `${mant}e${sign}${exp.replace(/^[+-]/, "").padStart(2, "0")}`;
}
function formatG(abs, prec, sharp) {
    const p = prec === 0 ? 1 : prec;
    if (abs === 0)
        return "0";
    const { exp } = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .shortestDigits */ .FY)(Number(abs.toExponential(p - 1)));
    let out;
    if (exp < -4 || exp >= p) {
        out = formatE(abs, p - 1);
        if (!sharp)
            out = out.replace(/\.?0+e/, "e");
    }
    else {
        out = abs.toFixed(Math.max(p - 1 - exp, 0));
        if (!sharp && out.includes("."))
            out = out.replace(/\.?0+$/, "");
    }
    return out;
}
function formatString(s, verb, spec) {
    const truncated = spec.prec === undefined ? s : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .runes */ .mZ)(s).slice(0, spec.prec).join("");
    switch (verb) {
        case "v":
        case "s":
            return truncated;
        case "q":
            return spec.sharp && !truncated.includes("`") ? "`" + truncated + "`" : quoteGo(truncated);
        case "x":
        case "X": {
            const hex = Buffer.from(truncated, "utf8").toString("hex");
            return verb === "X" ? hex.toUpperCase() : hex;
        }
        default:
            return bad(verb, s);
    }
}
/** strconv.Quote: Go's double-quoted form, printable Unicode kept as is. */
function quoteGo(s) {
    let out = '"';
    for (const ch of s) {
        if (ch === '"')
            out += '\\"';
        else
            out += quoteRuneBody(ch);
    }
    return out + '"';
}
function quoteRune(ch) {
    return ch === "'" ? "\\'" : quoteRuneBody(ch);
}
function quoteRuneBody(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    switch (ch) {
        case "\\":
            return "\\\\";
        case "\x07":
            return "\\a";
        case "\b":
            return "\\b";
        case "\f":
            return "\\f";
        case "\n":
            return "\\n";
        case "\r":
            return "\\r";
        case "\t":
            return "\\t";
        case "\v":
            return "\\v";
    }
    if (cp === 0xfffd && ch !== "\ufffd")
        return "\\ufffd";
    if (cp < 0x20 || cp === 0x7f)
        return "\\x" + cp.toString(16).padStart(2, "0");
    if (cp >= 0xd800 && cp < 0xe000)
        return "\\ufffd";
    if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(ch) && (cp < 0x80 || ch !== "\u00a0")) {
        if (cp === 0x20 || !/\p{Zs}/u.test(ch))
            return ch;
    }
    if (cp <= 0xffff)
        return "\\u" + cp.toString(16).padStart(4, "0");
    return "\\U" + cp.toString(16).padStart(8, "0");
}


/***/ }),

/***/ 518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AA: () => (/* binding */ parseGoTemplateOptions),
  dy: () => (/* binding */ renderGoTemplate)
});

// UNUSED EXPORTS: GoExecError, GoTemplateError, excerpt

// EXTERNAL MODULE: ./packages/core/src/appset/budget.ts
var budget = __webpack_require__(7786);
// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/funcs.ts
var funcs = __webpack_require__(9123);
// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/gofmt.ts
var gofmt = __webpack_require__(3337);
// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/values.ts
var values = __webpack_require__(6332);
;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/builtins.ts
/** The functions every Go text/template has (text/template/funcs.go). */



function basicKind(v) {
    if (typeof v === "boolean")
        return "bool";
    if ((0,values/* intOf */.L0)(v) !== undefined)
        return "int";
    if (typeof v === "number")
        return "float";
    if (typeof v === "string")
        return "string";
    return "invalid";
}
function isNilish(v) {
    return v === undefined || v === null;
}
function eq(arg1, ...rest) {
    if (rest.length === 0)
        throw new funcs/* FuncError */.hD("missing argument for comparison");
    const k1 = basicKind(arg1);
    for (const arg of rest) {
        const k2 = basicKind(arg);
        let truth = false;
        if (k1 !== k2) {
            if (!isNilish(arg1) && !isNilish(arg))
                throw new funcs/* FuncError */.hD("incompatible types for comparison");
        }
        else {
            switch (k1) {
                case "int":
                    truth = (0,values/* intOf */.L0)(arg1) === (0,values/* intOf */.L0)(arg);
                    break;
                case "bool":
                case "float":
                case "string":
                    truth = arg1 === arg;
                    break;
                case "invalid":
                    if (isNilish(arg1) || isNilish(arg))
                        truth = isNilish(arg1) === isNilish(arg);
                    else
                        throw new funcs/* FuncError */.hD(`non-comparable type ${(0,values/* formatValue */.Fl)(arg)}: ${(0,values/* typeName */.go)(arg)}`);
            }
        }
        if (truth)
            return true;
    }
    return false;
}
function lt(a, b) {
    const k1 = basicKind(a);
    const k2 = basicKind(b);
    if (k1 === "invalid" || k2 === "invalid")
        throw new funcs/* FuncError */.hD("invalid type for comparison");
    if (k1 !== k2)
        throw new funcs/* FuncError */.hD("incompatible types for comparison");
    switch (k1) {
        case "bool":
            throw new funcs/* FuncError */.hD("invalid type for comparison");
        case "int":
            return ((0,values/* intOf */.L0)(a) ?? 0n) < ((0,values/* intOf */.L0)(b) ?? 0n);
        case "float":
            return a < b;
        default:
            return (0,values/* compareStrings */.Kt)(a, b) < 0;
    }
}
function builtins_length(v) {
    if (v === null)
        throw new funcs/* FuncError */.hD("len of nil pointer");
    if (v === undefined)
        throw new funcs/* FuncError */.hD("len of untyped nil");
    if (typeof v === "string")
        return BigInt((0,values/* utf8Length */.wI)(v));
    if (Array.isArray(v))
        return BigInt(v.length);
    if ((0,values/* isMap */.jh)(v))
        return BigInt(Object.keys(v).length);
    throw new funcs/* FuncError */.hD(`len of type ${(0,values/* typeName */.go)(v)}`);
}
function index(item, ...indexes) {
    if (isNilish(item))
        throw new funcs/* FuncError */.hD("index of untyped nil");
    let cur = item;
    for (const ix of indexes) {
        if (cur === null || cur === undefined)
            throw new funcs/* FuncError */.hD("index of nil pointer");
        if (Array.isArray(cur) || typeof cur === "string") {
            const n = (0,values/* intOf */.L0)(ix);
            if (n === undefined) {
                throw new funcs/* FuncError */.hD(isNilish(ix)
                    ? "cannot index slice/array with nil"
                    : `cannot index slice/array with type ${(0,values/* typeName */.go)(ix)}`);
            }
            const len = typeof cur === "string" ? (0,values/* utf8Length */.wI)(cur) : cur.length;
            if (n < 0n || n >= BigInt(len))
                throw new funcs/* FuncError */.hD(`index out of range: ${n}`);
            cur = typeof cur === "string" ? BigInt(Buffer.from(cur, "utf8")[Number(n)] ?? 0) : cur[Number(n)];
        }
        else if ((0,values/* isMap */.jh)(cur)) {
            if (typeof ix !== "string") {
                throw new funcs/* FuncError */.hD(isNilish(ix)
                    ? "value is nil; should be of type string"
                    : `value has type ${(0,values/* typeName */.go)(ix)}; should be string`);
            }
            if ((0,values/* hasOwn */.$3)(cur, ix))
                cur = cur[ix];
            else
                cur = (0,values/* containerTypeOf */.tG)(cur) === "map[string]string" ? "" : null;
        }
        else {
            throw new funcs/* FuncError */.hD(`can't index item of type ${(0,values/* typeName */.go)(cur)}`);
        }
    }
    return cur;
}
function htmlEscape(s) {
    return s.replace(/[\0"'&<>]/g, (c) => {
        switch (c) {
            case "\0":
                return "\ufffd";
            case '"':
                return "&#34;";
            case "'":
                return "&#39;";
            case "&":
                return "&amp;";
            case "<":
                return "&lt;";
            default:
                return "&gt;";
        }
    });
}
function jsEscape(s) {
    let out = "";
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === "\\")
            out += "\\\\";
        else if (ch === "'")
            out += "\\'";
        else if (ch === '"')
            out += '\\"';
        else if ("<>&=".includes(ch) || cp < 0x20)
            out += "\\u" + cp.toString(16).toUpperCase().padStart(4, "0");
        else
            out += ch;
    }
    return out;
}
function evalArgs(args) {
    const [only] = args;
    if (args.length === 1 && typeof only === "string")
        return only;
    return (0,gofmt/* sprint */.vV)(args);
}
const BUILTINS = new Map([
    ["and", { params: ["value"], variadic: "value", fn: () => null, shortCircuit: "and" }],
    ["or", { params: ["value"], variadic: "value", fn: () => null, shortCircuit: "or" }],
    ["not", { params: ["value"], fn: (v) => !(0,values/* isTrue */.Hn)(v) }],
    ["len", { params: ["value"], fn: builtins_length }],
    ["index", { params: ["value"], variadic: "value", fn: index }],
    ["print", { params: [], variadic: "any", fn: (...a) => (0,gofmt/* sprint */.vV)(a) }],
    ["println", { params: [], variadic: "any", fn: (...a) => (0,gofmt/* sprintln */.lJ)(a) }],
    ["printf", { params: ["string"], variadic: "any", fn: (f, ...a) => (0,gofmt/* sprintf */.nv)(f, a) }],
    ["eq", { params: ["value"], variadic: "value", fn: eq }],
    ["ne", { params: ["value", "value"], fn: (a, b) => !eq(a, b) }],
    ["lt", { params: ["value", "value"], fn: lt }],
    ["le", { params: ["value", "value"], fn: (a, b) => lt(a, b) || eq(a, b) }],
    ["gt", { params: ["value", "value"], fn: (a, b) => !(lt(a, b) || eq(a, b)) }],
    ["ge", { params: ["value", "value"], fn: (a, b) => !lt(a, b) }],
    ["html", { params: [], variadic: "any", fn: (...a) => htmlEscape(evalArgs(a)) }],
    ["js", { params: [], variadic: "any", fn: (...a) => jsEscape(evalArgs(a)) }],
    [
        "urlquery",
        { params: [], variadic: "any", fn: (...a) => encodeURIComponent(evalArgs(a)).replace(/%20/g, "+") },
    ],
    [
        "call",
        {
            params: ["value"],
            variadic: "value",
            fn: () => {
                throw new funcs/* FuncError */.hD("templates here hold no function values to call");
            },
        },
    ],
]);

// EXTERNAL MODULE: ./packages/core/src/appset/slug.ts
var slug = __webpack_require__(6148);
// EXTERNAL MODULE: ./packages/core/src/appset/params.ts
var params = __webpack_require__(6865);
// EXTERNAL MODULE: ./packages/core/src/appset/sprig/convert.ts
var convert = __webpack_require__(6380);
;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/collections.ts
/** sprig's list, dict, default and reflection functions (list.go, dict.go, defaults.go, reflect.go). */





function list(...v) {
    return [...v];
}
function dict(...v) {
    const m = (0,values/* newMap */.dg)();
    for (let i = 0; i < v.length; i += 2) {
        (0,values/* put */.yJ)(m, (0,convert/* strval */.rs)(v[i]), i + 1 < v.length ? v[i + 1] : "");
    }
    return m;
}
/** A copy of a Go slice as []interface{}, or undefined for an empty one (sprig returns nil). */
function copyList(v, what) {
    const l = (0,convert/* listOf */.c3)(v, what);
    return l.length === 0 ? undefined : [...l];
}
function until(count) {
    return untilStep(0n, count, count < 0n ? -1n : 1n);
}
function untilStep(start, stop, step) {
    const out = [];
    if (step === 0n)
        return (0,values/* typed */.nE)(out, "[]int");
    const n = (stop - start) / step;
    if (n > BigInt(budget/* LIMITS */.b1.maxListLength))
        throw new funcs/* FuncError */.hD(`a list of ${n} numbers is too long`);
    if (step > 0n)
        for (let i = start; i < stop; i += step)
            out.push(i);
    else
        for (let i = start; i > stop; i += step)
            out.push(i);
    return (0,values/* typed */.nE)(out, "[]int");
}
function slice(l, ...indices) {
    const items = (0,convert/* listOf */.c3)(l, "slice");
    if (items.length === 0)
        return null;
    const start = indices.length > 0 ? Number((0,convert/* toInt64 */.v8)(indices[0] ?? null)) : 0;
    const end = indices.length > 1 ? Number((0,convert/* toInt64 */.v8)(indices[1] ?? null)) : items.length;
    if (start < 0 || end > items.length || start > end) {
        throw new funcs/* FuncError */.hD(`reflect: slice index out of range`);
    }
    const out = items.slice(start, end);
    const tag = (0,values/* containerTypeOf */.tG)(items);
    return tag ? (0,values/* typed */.nE)(out, tag) : out;
}
function requireMap(v, fn) {
    if ((0,values/* isMap */.jh)(v) && (0,values/* containerTypeOf */.tG)(v) === undefined)
        return v;
    throw new funcs/* FuncError */.hD(`${fn}: interface conversion: interface {} is ${(0,values/* typeName */.go)(v)}, not map[string]interface {}`);
}
function dig(...ps) {
    if (ps.length < 3)
        throw new funcs/* FuncError */.hD("dig needs at least three arguments");
    let cur = requireMap(ps[ps.length - 1], "dig");
    const def = ps[ps.length - 2];
    const keys = ps.slice(0, -2).map((k) => {
        if (typeof k !== "string")
            throw new funcs/* FuncError */.hD(`interface conversion: interface {} is ${(0,values/* typeName */.go)(k)}, not string`);
        return k;
    });
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i] ?? "";
        if (!(0,values/* hasOwn */.$3)(cur, k))
            return def;
        const step = cur[k];
        if (i === keys.length - 1)
            return step;
        cur = requireMap(step, "dig");
    }
    return def;
}
function deepCopy(v, depth = 0) {
    if (depth > budget/* LIMITS */.b1.maxDepth)
        throw new funcs/* FuncError */.hD("value is nested too deeply to copy");
    if (Array.isArray(v)) {
        const out = v.map((x) => deepCopy(x, depth + 1));
        const tag = (0,values/* containerTypeOf */.tG)(v);
        return tag ? (0,values/* typed */.nE)(out, tag) : out;
    }
    if ((0,values/* isMap */.jh)(v)) {
        const m = (0,values/* newMap */.dg)();
        for (const k of Object.keys(v))
            (0,values/* put */.yJ)(m, k, deepCopy(v[k], depth + 1));
        const tag = (0,values/* containerTypeOf */.tG)(v);
        return tag ? (0,values/* typed */.nE)(m, tag) : m;
    }
    return v;
}
function uniq(l) {
    const out = [];
    for (const x of (0,convert/* listOf */.c3)(l, "find uniq"))
        if (!out.some((y) => (0,convert/* deepEqual */.bD)(x, y)))
            out.push(x);
    return out;
}
const COLLECTION_FUNCS = [
    ["list", (0,funcs/* fnOf */.eo)([], list, "any")],
    ["tuple", (0,funcs/* fnOf */.eo)([], list, "any")],
    ["dict", (0,funcs/* fnOf */.eo)([], dict, "any")],
    [
        "get",
        (0,funcs/* fnOf */.eo)(["map", "string"], (d, k) => ((0,values/* hasOwn */.$3)(d, k) ? d[k] : "")),
    ],
    [
        "set",
        (0,funcs/* fnOf */.eo)(["map", "string", "any"], (d, k, v) => {
            (0,values/* put */.yJ)(d, k, v);
            return d;
        }),
    ],
    [
        "unset",
        (0,funcs/* fnOf */.eo)(["map", "string"], (d, k) => {
            Reflect.deleteProperty(d, k);
            return d;
        }),
    ],
    ["hasKey", (0,funcs/* fnOf */.eo)(["map", "string"], (d, k) => (0,values/* hasOwn */.$3)(d, k))],
    [
        "pluck",
        (0,funcs/* fnOf */.eo)(["string"], (k, ...ds) => ds.filter((d) => (0,values/* isMap */.jh)(d) && (0,values/* hasOwn */.$3)(d, k)).map((d) => d[k]), "map"),
    ],
    [
        "keys",
        (0,funcs/* fnOf */.eo)([], (...ds) => (0,values/* typed */.nE)(ds.flatMap((d) => ((0,values/* isMap */.jh)(d) ? Object.keys(d) : [])), "[]string"), "map"),
    ],
    [
        "pick",
        (0,funcs/* fnOf */.eo)(["map"], (d, ...ks) => {
            const m = (0,values/* newMap */.dg)();
            for (const k of ks)
                if ((0,values/* hasOwn */.$3)(d, k))
                    (0,values/* put */.yJ)(m, k, d[k]);
            return m;
        }, "string"),
    ],
    [
        "omit",
        (0,funcs/* fnOf */.eo)(["map"], (d, ...ks) => {
            const m = (0,values/* newMap */.dg)();
            for (const k of Object.keys(d))
                if (!ks.includes(k))
                    (0,values/* put */.yJ)(m, k, d[k]);
            return m;
        }, "string"),
    ],
    [
        "merge",
        (0,funcs/* fnOf */.eo)(["map"], (dst, ...srcs) => {
            for (const s of srcs)
                if ((0,values/* isMap */.jh)(s))
                    (0,params/* mergoMerge */.BV)(dst, s, false);
            return dst;
        }, "map"),
    ],
    [
        "mergeOverwrite",
        (0,funcs/* fnOf */.eo)(["map"], (dst, ...srcs) => {
            for (const s of srcs)
                if ((0,values/* isMap */.jh)(s))
                    (0,params/* mergoMerge */.BV)(dst, s, true);
            return dst;
        }, "map"),
    ],
    ["values", (0,funcs/* fnOf */.eo)(["map"], (d) => Object.values(d))],
    ["dig", (0,funcs/* fnOf */.eo)([], dig, "any")],
    ["deepCopy", (0,funcs/* fnOf */.eo)(["any"], (v) => deepCopy(v))],
    ["append", (0,funcs/* fnOf */.eo)(["any", "any"], (l, v) => [...(0,convert/* listOf */.c3)(l, "push"), v])],
    ["push", (0,funcs/* fnOf */.eo)(["any", "any"], (l, v) => [...(0,convert/* listOf */.c3)(l, "push"), v])],
    ["prepend", (0,funcs/* fnOf */.eo)(["any", "any"], (l, v) => [v, ...(0,convert/* listOf */.c3)(l, "prepend")])],
    ["first", (0,funcs/* fnOf */.eo)(["any"], (l) => (0,convert/* listOf */.c3)(l, "find first")[0] ?? null)],
    ["last", (0,funcs/* fnOf */.eo)(["any"], (l) => (0,convert/* listOf */.c3)(l, "find last").at(-1) ?? null)],
    ["rest", (0,funcs/* fnOf */.eo)(["any"], (l) => copyList(l, "find rest")?.slice(1) ?? null)],
    ["initial", (0,funcs/* fnOf */.eo)(["any"], (l) => copyList(l, "find initial")?.slice(0, -1) ?? null)],
    ["reverse", (0,funcs/* fnOf */.eo)(["any"], (l) => copyList(l, "find reverse")?.reverse() ?? null)],
    ["compact", (0,funcs/* fnOf */.eo)(["any"], (l) => (0,convert/* listOf */.c3)(l, "compact").filter((x) => !(0,convert/* isEmpty */.Im)(x)))],
    ["uniq", (0,funcs/* fnOf */.eo)(["any"], uniq)],
    [
        "without",
        (0,funcs/* fnOf */.eo)(["any"], (l, ...omit) => (0,convert/* listOf */.c3)(l, "find without").filter((x) => !omit.some((o) => (0,convert/* deepEqual */.bD)(x, o))), "any"),
    ],
    [
        "has",
        (0,funcs/* fnOf */.eo)(["any", "any"], (needle, haystack) => {
            if (haystack === null || haystack === undefined)
                return false;
            return (0,convert/* listOf */.c3)(haystack, "find has").some((x) => (0,convert/* deepEqual */.bD)(x, needle));
        }),
    ],
    ["slice", (0,funcs/* fnOf */.eo)(["any"], slice, "any")],
    [
        "concat",
        (0,funcs/* fnOf */.eo)([], (...lists) => {
            const out = [];
            for (const l of lists) {
                if (!Array.isArray(l))
                    throw new funcs/* FuncError */.hD(`Cannot concat type ${(0,convert/* kindOfValue */.H_)(l)} as list`);
                out.push(...l);
            }
            return out;
        }, "any"),
    ],
    [
        "chunk",
        (0,funcs/* fnOf */.eo)(["int", "any"], (size, l) => {
            const n = Number(size);
            const items = (0,convert/* listOf */.c3)(l, "chunk");
            if (n <= 0)
                throw new funcs/* FuncError */.hD("chunk size must be positive");
            const out = [];
            for (let i = 0; i < items.length; i += n)
                out.push(items.slice(i, i + n));
            return (0,values/* typed */.nE)(out, "[][]interface {}");
        }),
    ],
    [
        "sortAlpha",
        (0,funcs/* fnOf */.eo)(["any"], (l) => {
            if (!Array.isArray(l))
                return (0,values/* typed */.nE)([(0,convert/* strval */.rs)(l)], "[]string");
            return (0,values/* typed */.nE)([...(0,convert/* strslice */.E8)(l)].sort(values/* compareStrings */.Kt), "[]string");
        }),
    ],
    ["until", (0,funcs/* fnOf */.eo)(["int"], (n) => until(n))],
    ["untilStep", (0,funcs/* fnOf */.eo)(["int", "int", "int"], (a, b, c) => untilStep(a, b, c))],
    ["toStrings", (0,funcs/* fnOf */.eo)(["any"], (v) => (0,convert/* strslice */.E8)(v))],
    ["join", (0,funcs/* fnOf */.eo)(["string", "any"], (sep, v) => (0,convert/* strslice */.E8)(v).join(sep))],
    // defaults.go
    [
        "default",
        (0,funcs/* fnOf */.eo)(["any"], (d, ...given) => (given.length === 0 || (0,convert/* isEmpty */.Im)(given[0] ?? null) ? d : given[0]), "any"),
    ],
    ["empty", (0,funcs/* fnOf */.eo)(["any"], (v) => (0,convert/* isEmpty */.Im)(v))],
    ["coalesce", (0,funcs/* fnOf */.eo)([], (...v) => v.find((x) => !(0,convert/* isEmpty */.Im)(x)) ?? null, "any")],
    ["all", (0,funcs/* fnOf */.eo)([], (...v) => v.every((x) => !(0,convert/* isEmpty */.Im)(x)), "any")],
    ["any", (0,funcs/* fnOf */.eo)([], (...v) => v.some((x) => !(0,convert/* isEmpty */.Im)(x)), "any")],
    ["ternary", (0,funcs/* fnOf */.eo)(["any", "any", "bool"], (vt, vf, v) => (v ? vt : vf))],
    // reflect.go
    ["typeOf", (0,funcs/* fnOf */.eo)(["any"], (v) => (0,values/* typeName */.go)(v))],
    ["typeIs", (0,funcs/* fnOf */.eo)(["string", "any"], (t, v) => t === (0,values/* typeName */.go)(v))],
    ["typeIsLike", (0,funcs/* fnOf */.eo)(["string", "any"], (t, v) => t === (0,values/* typeName */.go)(v) || t === "*" + (0,values/* typeName */.go)(v))],
    ["kindOf", (0,funcs/* fnOf */.eo)(["any"], (v) => (0,values/* kindName */.Ep)(v))],
    ["kindIs", (0,funcs/* fnOf */.eo)(["string", "any"], (t, v) => t === (0,values/* kindName */.Ep)(v))],
    ["deepEqual", (0,funcs/* fnOf */.eo)(["any", "any"], (a, b) => (0,convert/* deepEqual */.bD)(a, b))],
    [
        "fail",
        (0,funcs/* fnOf */.eo)(["string"], (msg) => {
            throw new funcs/* FuncError */.hD(msg);
        }),
    ],
];

// EXTERNAL MODULE: ./packages/core/src/appset/sprig/encoding.ts
var encoding = __webpack_require__(5534);
;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/math.ts
/** sprig's number functions (numeric.go): int64 arithmetic on cast values, float helpers. */




const i64 = (n) => new values/* Int64 */.CG((0,convert/* wrap64 */.vq)(n));
/** Float results that shopspring/decimal would have computed exactly. */
function decimalish(f) {
    return Number.isFinite(f) ? Number(f.toPrecision(15)) : f;
}
function round(a, places, ...rest) {
    const roundOn = rest.length > 0 ? (0,convert/* toFloat64 */.Gg)(rest[0] ?? null) : 0.5;
    const val = (0,convert/* toFloat64 */.Gg)(a);
    const pow = 10 ** Number(places);
    const digit = pow * val;
    const frac = digit - Math.trunc(digit);
    return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}
function seq(...params) {
    const p = params.map((x) => Number(x));
    const range = (start, stop, step) => {
        const out = [];
        if (step === 0)
            return out;
        if (Math.abs((stop - start) / step) > budget/* LIMITS */.b1.maxListLength)
            throw new funcs/* FuncError */.hD("seq is too long");
        if (step > 0)
            for (let i = start; i < stop; i += step)
                out.push(i);
        else
            for (let i = start; i > stop; i += step)
                out.push(i);
        return out;
    };
    switch (p.length) {
        case 1: {
            const end = p[0] ?? 0;
            const inc = end < 1 ? -1 : 1;
            return range(1, end + inc, inc).join(" ");
        }
        case 2: {
            const [start = 0, end = 0] = p;
            const step = end < start ? -1 : 1;
            return range(start, end + step, step).join(" ");
        }
        case 3: {
            const [start = 0, step = 0, end = 0] = p;
            let inc = 1;
            if (end < start) {
                inc = -1;
                if (step > 0)
                    return "";
            }
            return range(start, end + inc, step).join(" ");
        }
        default:
            return "";
    }
}
const MATH_FUNCS = [
    ["add1", (0,funcs/* fnOf */.eo)(["any"], (a) => i64((0,convert/* toInt64 */.v8)(a) + 1n))],
    ["add", (0,funcs/* fnOf */.eo)([], (...v) => i64(v.reduce((s, x) => (0,convert/* wrap64 */.vq)(s + (0,convert/* toInt64 */.v8)(x)), 0n)), "any")],
    ["sub", (0,funcs/* fnOf */.eo)(["any", "any"], (a, b) => i64((0,convert/* toInt64 */.v8)(a) - (0,convert/* toInt64 */.v8)(b)))],
    [
        "div",
        (0,funcs/* fnOf */.eo)(["any", "any"], (a, b) => {
            const d = (0,convert/* toInt64 */.v8)(b);
            if (d === 0n)
                throw new funcs/* FuncError */.hD("runtime error: integer divide by zero");
            return i64((0,convert/* toInt64 */.v8)(a) / d);
        }),
    ],
    [
        "mod",
        (0,funcs/* fnOf */.eo)(["any", "any"], (a, b) => {
            const d = (0,convert/* toInt64 */.v8)(b);
            if (d === 0n)
                throw new funcs/* FuncError */.hD("runtime error: integer divide by zero");
            return i64((0,convert/* toInt64 */.v8)(a) % d);
        }),
    ],
    [
        "mul",
        (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => i64(v.reduce((s, x) => (0,convert/* wrap64 */.vq)(s * (0,convert/* toInt64 */.v8)(x)), (0,convert/* toInt64 */.v8)(a))), "any"),
    ],
    [
        "max",
        (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => i64(v.reduce((m, x) => ((0,convert/* toInt64 */.v8)(x) > m ? (0,convert/* toInt64 */.v8)(x) : m), (0,convert/* toInt64 */.v8)(a))), "any"),
    ],
    [
        "biggest",
        (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => i64(v.reduce((m, x) => ((0,convert/* toInt64 */.v8)(x) > m ? (0,convert/* toInt64 */.v8)(x) : m), (0,convert/* toInt64 */.v8)(a))), "any"),
    ],
    [
        "min",
        (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => i64(v.reduce((m, x) => ((0,convert/* toInt64 */.v8)(x) < m ? (0,convert/* toInt64 */.v8)(x) : m), (0,convert/* toInt64 */.v8)(a))), "any"),
    ],
    ["add1f", (0,funcs/* fnOf */.eo)(["any"], (a) => decimalish((0,convert/* toFloat64 */.Gg)(a) + 1))],
    ["addf", (0,funcs/* fnOf */.eo)([], (...v) => decimalish(v.reduce((s, x) => s + (0,convert/* toFloat64 */.Gg)(x), 0)), "any")],
    [
        "subf",
        (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => decimalish(v.reduce((s, x) => s - (0,convert/* toFloat64 */.Gg)(x), (0,convert/* toFloat64 */.Gg)(a))), "any"),
    ],
    [
        "mulf",
        (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => decimalish(v.reduce((s, x) => s * (0,convert/* toFloat64 */.Gg)(x), (0,convert/* toFloat64 */.Gg)(a))), "any"),
    ],
    [
        "divf",
        (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => decimalish(v.reduce((s, x) => {
            const d = (0,convert/* toFloat64 */.Gg)(x);
            if (d === 0)
                throw new funcs/* FuncError */.hD("decimal division by 0");
            return s / d;
        }, (0,convert/* toFloat64 */.Gg)(a))), "any"),
    ],
    ["maxf", (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => Math.max((0,convert/* toFloat64 */.Gg)(a), ...v.map(convert/* toFloat64 */.Gg)), "any")],
    ["minf", (0,funcs/* fnOf */.eo)(["any"], (a, ...v) => Math.min((0,convert/* toFloat64 */.Gg)(a), ...v.map(convert/* toFloat64 */.Gg)), "any")],
    ["floor", (0,funcs/* fnOf */.eo)(["any"], (a) => Math.floor((0,convert/* toFloat64 */.Gg)(a)))],
    ["ceil", (0,funcs/* fnOf */.eo)(["any"], (a) => Math.ceil((0,convert/* toFloat64 */.Gg)(a)))],
    ["round", (0,funcs/* fnOf */.eo)(["any", "int"], (a, p, ...r) => round(a, p, ...r), "any")],
    ["int", (0,funcs/* fnOf */.eo)(["any"], (v) => BigInt.asIntN(64, (0,convert/* toInt64 */.v8)(v)))],
    ["int64", (0,funcs/* fnOf */.eo)(["any"], (v) => i64((0,convert/* toInt64 */.v8)(v)))],
    ["float64", (0,funcs/* fnOf */.eo)(["any"], (v) => (0,convert/* toFloat64 */.Gg)(v))],
    [
        "atoi",
        (0,funcs/* fnOf */.eo)(["string"], (s) => {
            const m = /^[+-]?\d+$/.exec(s);
            if (!m)
                return 0n;
            const n = BigInt(m[0]);
            return n > 2n ** 63n - 1n || n < -(2n ** 63n) ? 0n : n;
        }),
    ],
    [
        "toDecimal",
        (0,funcs/* fnOf */.eo)(["any"], (v) => {
            const s = (0,convert/* strval */.rs)(v);
            if (!/^[+-]?[0-7]+$/.test(s))
                return i64(0n);
            const magnitude = BigInt("0o" + s.replace(/^[+-]/, ""));
            return i64(s.startsWith("-") ? -magnitude : magnitude);
        }),
    ],
    ["seq", (0,funcs/* fnOf */.eo)([], seq, "int")],
];

// EXTERNAL MODULE: ./packages/core/src/appset/goregexp/index.ts + 1 modules
var goregexp = __webpack_require__(287);
;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/regex.ts
/** sprig's regex functions (regex.go) on Go regexp semantics. */




const cache = new Map();
/** regexp.Compile, cached. */
function compileGo(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    const re = goregexp/* GoRegexp */.Y.compile(pattern);
    if (cache.size > 500)
        cache.clear();
    cache.set(pattern, re);
    return re;
}
/** regexp.MustCompile: the panic message Go prints for a bad pattern. */
function mustCompile(pattern) {
    try {
        return compileGo(pattern);
    }
    catch (err) {
        if (!(err instanceof goregexp/* RegexpError */.w))
            throw err;
        const quoted = /^[^`\p{Cc}]*$/u.test(pattern) ? "`" + pattern + "`" : (0,gofmt/* quoteGo */.p0)(pattern);
        throw new funcs/* FuncError */.hD(`regexp: Compile(${quoted}): ${err.message}`);
    }
}
/** regexp.Compile for the `must` variants, whose error is the compile error itself. */
function compileOrFail(pattern) {
    try {
        return compileGo(pattern);
    }
    catch (err) {
        if (err instanceof goregexp/* RegexpError */.w)
            throw new funcs/* FuncError */.hD(err.message);
        throw err;
    }
}
function findAll(re, s, n) {
    return (0,values/* typed */.nE)(re.findAll(s, Number(n)).map((m) => s.slice(m[0] ?? 0, m[1] ?? 0)), "[]string");
}
function find(re, s) {
    const m = re.exec(s);
    return m ? s.slice(m[0] ?? 0, m[1] ?? 0) : "";
}
const REGEX_FUNCS = [
    [
        "regexMatch",
        (0,funcs/* fnOf */.eo)(["string", "string"], (r, s) => {
            try {
                return compileGo(r).test(s);
            }
            catch (err) {
                if (err instanceof goregexp/* RegexpError */.w)
                    return false;
                throw err;
            }
        }),
    ],
    ["mustRegexMatch", (0,funcs/* fnOf */.eo)(["string", "string"], (r, s) => compileOrFail(r).test(s))],
    [
        "regexFindAll",
        (0,funcs/* fnOf */.eo)(["string", "string", "int"], (r, s, n) => findAll(mustCompile(r), s, n)),
    ],
    [
        "mustRegexFindAll",
        (0,funcs/* fnOf */.eo)(["string", "string", "int"], (r, s, n) => findAll(compileOrFail(r), s, n)),
    ],
    ["regexFind", (0,funcs/* fnOf */.eo)(["string", "string"], (r, s) => find(mustCompile(r), s))],
    ["mustRegexFind", (0,funcs/* fnOf */.eo)(["string", "string"], (r, s) => find(compileOrFail(r), s))],
    [
        "regexReplaceAll",
        (0,funcs/* fnOf */.eo)(["string", "string", "string"], (r, s, repl) => mustCompile(r).replaceAll(s, repl, false)),
    ],
    [
        "mustRegexReplaceAll",
        (0,funcs/* fnOf */.eo)(["string", "string", "string"], (r, s, repl) => compileOrFail(r).replaceAll(s, repl, false)),
    ],
    [
        "regexReplaceAllLiteral",
        (0,funcs/* fnOf */.eo)(["string", "string", "string"], (r, s, repl) => mustCompile(r).replaceAll(s, repl, true)),
    ],
    [
        "mustRegexReplaceAllLiteral",
        (0,funcs/* fnOf */.eo)(["string", "string", "string"], (r, s, repl) => compileOrFail(r).replaceAll(s, repl, true)),
    ],
    [
        "regexSplit",
        (0,funcs/* fnOf */.eo)(["string", "string", "int"], (r, s, n) => (0,values/* typed */.nE)(mustCompile(r).split(s, Number(n)), "[]string")),
    ],
    [
        "mustRegexSplit",
        (0,funcs/* fnOf */.eo)(["string", "string", "int"], (r, s, n) => (0,values/* typed */.nE)(compileOrFail(r).split(s, Number(n)), "[]string")),
    ],
    ["regexQuoteMeta", (0,funcs/* fnOf */.eo)(["string"], (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&"))],
];

;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/semver.ts
/**
 * sprig's semverCompare on Masterminds/semver v3 rules, the common subset:
 * `=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `^`, x-ranges, hyphen ranges, `,`/space
 * for AND and `||` for OR; a prerelease version only satisfies a constraint
 * that names a prerelease.
 */

const VERSION = /^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parseVersion(s) {
    const m = VERSION.exec(s.trim());
    if (!m)
        throw new funcs/* FuncError */.hD("Invalid Semantic Version");
    return {
        major: BigInt(m[1] ?? "0"),
        minor: BigInt(m[2] ?? "0"),
        patch: BigInt(m[3] ?? "0"),
        pre: m[4] ?? "",
    };
}
const CONSTRAINT_VERSION = /^v?([0-9]+|[xX*])(?:\.([0-9]+|[xX*]))?(?:\.([0-9]+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseConstraintVersion(s, whole) {
    const m = CONSTRAINT_VERSION.exec(s);
    if (!m)
        throw new funcs/* FuncError */.hD(`improper constraint: ${whole}`);
    const parts = [m[1], m[2], m[3]];
    let given = 0;
    for (const p of parts) {
        if (p === undefined || /^[xX*]$/.test(p))
            break;
        given = (given + 1);
    }
    const num = (p) => (p !== undefined && /^\d+$/.test(p) ? BigInt(p) : 0n);
    return { major: num(m[1]), minor: num(m[2]), patch: num(m[3]), pre: m[4] ?? "", given };
}
function comparePre(a, b) {
    if (a === b)
        return 0;
    if (a === "")
        return 1;
    if (b === "")
        return -1;
    const pa = a.split(".");
    const pb = b.split(".");
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny) {
            const d = BigInt(x) - BigInt(y);
            if (d !== 0n)
                return d < 0n ? -1 : 1;
        }
        else if (nx !== ny) {
            return nx ? -1 : 1;
        }
        else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}
function compare(a, b) {
    for (const k of ["major", "minor", "patch"]) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    return comparePre(a.pre, b.pre);
}
function v(major, minor, patch) {
    return { major, minor, patch, pre: "" };
}
/** The half-open range [lo, hi) a wildcard or partial version covers. */
function span(c) {
    switch (c.given) {
        case 0:
            return [v(0n, 0n, 0n), undefined];
        case 1:
            return [v(c.major, 0n, 0n), v(c.major + 1n, 0n, 0n)];
        case 2:
            return [v(c.major, c.minor, 0n), v(c.major, c.minor + 1n, 0n)];
        default:
            return [c, undefined];
    }
}
function check(op, c, ver) {
    if (ver.pre !== "" && c.pre === "")
        return false;
    const [lo, hi] = span(c);
    const exact = c.given === 3;
    const inSpan = exact
        ? compare(ver, c) === 0
        : compare(ver, lo) >= 0 && (hi === undefined || compare(ver, hi) < 0);
    switch (op) {
        case "":
        case "=":
            return inSpan;
        case "!=":
            return !inSpan;
        case ">":
            return exact ? compare(ver, c) > 0 : hi !== undefined && compare(ver, hi) >= 0;
        case ">=":
        case "=>":
            return compare(ver, exact ? c : lo) >= 0;
        case "<":
            return compare(ver, exact ? c : lo) < 0;
        case "<=":
        case "=<":
            return exact ? compare(ver, c) <= 0 : hi === undefined || compare(ver, hi) < 0;
        case "~":
        case "~>": {
            const upper = c.given <= 1 ? v(c.major + 1n, 0n, 0n) : v(c.major, c.minor + 1n, 0n);
            return compare(ver, lo.pre === "" && exact ? c : lo) >= 0 && compare(ver, upper) < 0;
        }
        case "^": {
            let upper;
            if (c.major > 0n || c.given <= 1)
                upper = v(c.major + 1n, 0n, 0n);
            else if (c.minor > 0n || c.given === 2)
                upper = v(0n, c.minor + 1n, 0n);
            else
                upper = v(0n, 0n, c.patch + 1n);
            return compare(ver, exact ? c : lo) >= 0 && compare(ver, upper) < 0;
        }
    }
    return false;
}
const TERM = /^(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*(\S+)$/;
function satisfies(constraint, version) {
    const ver = parseVersion(version);
    const groups = constraint.split("||");
    return groups.some((group) => {
        const g = group.trim().replace(/(\S+)\s+-\s+(\S+)/g, ">=$1, <=$2");
        const terms = g
            .replace(/(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)\s+/g, "$1")
            .split(/[\s,]+/)
            .filter((t) => t.length > 0);
        if (terms.length === 0)
            throw new funcs/* FuncError */.hD(`improper constraint: ${constraint}`);
        return terms.every((t) => {
            const m = TERM.exec(t);
            if (!m)
                throw new funcs/* FuncError */.hD(`improper constraint: ${constraint}`);
            return check(m[1] ?? "", parseConstraintVersion(m[2] ?? "", constraint), ver);
        });
    });
}
const SEMVER_FUNCS = [
    ["semverCompare", (0,funcs/* fnOf */.eo)(["string", "string"], (c, v2) => satisfies(c, v2))],
];

// EXTERNAL MODULE: ./packages/core/src/appset/sprig/strings.ts
var strings = __webpack_require__(4301);
;// CONCATENATED MODULE: ./packages/core/src/appset/sprig/index.ts
/**
 * The functions an ApplicationSet Go template can call: Go's builtins, sprig's
 * generic function map without `env`, `expandenv` and `getHostByName` (Argo CD
 * deletes them), and Argo CD's `normalize`, `slugify`, `toYaml`, `fromYaml`,
 * `fromYamlArray`. Functions that read the clock, draw random numbers or make
 * keys exist (templates using them parse) but fail when called offline.
 */










const NOT_OFFLINE = {
    "reads the clock": "ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate htmlDateInZone must_date_modify mustDateModify mustToDate now toDate unixEpoch",
    "is random": "randAlphaNum randAlpha randAscii randNumeric randBytes randInt shuffle uuidv4",
    "makes keys or certificates": "bcrypt htpasswd genPrivateKey derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES",
    "returns a Go object this expansion does not model": "semver urlParse urlJoin",
};
function unsupported(reason) {
    return {
        params: [],
        variadic: "any",
        fn: () => null,
        unsupported: `this function ${reason}, so offline expansion cannot evaluate it`,
    };
}
/** Argo CD's SlugifyName(args ...interface{}): [maxSize int [, smartTruncate bool]] name string. */
function slugify(...args) {
    let maxSize = 50;
    let smart = true;
    let name = "";
    args.forEach((arg, idx) => {
        if (idx === args.length - 1) {
            if (typeof arg !== "string")
                throw new funcs/* FuncError */.hD(`interface conversion: interface {} is ${(0,values/* typeName */.go)(arg)}, not string`);
            name = arg;
        }
        else if (idx === 0) {
            const n = typeof arg === "bigint" ? arg : undefined;
            if (n === undefined)
                throw new funcs/* FuncError */.hD(`interface conversion: interface {} is ${(0,values/* typeName */.go)(arg)}, not int`);
            maxSize = Number(n);
        }
        else if (idx === 1) {
            if (typeof arg !== "boolean")
                throw new funcs/* FuncError */.hD(`interface conversion: interface {} is ${(0,values/* typeName */.go)(arg)}, not bool`);
            smart = arg;
        }
    });
    return (0,slug/* slugifyName */.nc)(name, maxSize, smart);
}
function buildFuncs() {
    const m = new Map(BUILTINS);
    for (const [name, fn] of [
        ...strings/* STRING_FUNCS */.MD,
        ...COLLECTION_FUNCS,
        ...encoding/* ENCODING_FUNCS */.Un,
        ...MATH_FUNCS,
        ...REGEX_FUNCS,
        ...SEMVER_FUNCS,
    ]) {
        m.set(name, fn);
    }
    // sprig's "must" variants of list and dict functions behave the same here:
    // both kinds of failure end the template with "error calling ...".
    for (const name of [
        "append",
        "push",
        "prepend",
        "first",
        "last",
        "rest",
        "initial",
        "reverse",
        "uniq",
        "without",
        "has",
        "slice",
        "compact",
        "deepCopy",
        "merge",
        "mergeOverwrite",
        "chunk",
    ]) {
        const fn = m.get(name);
        if (fn)
            m.set("must" + name.charAt(0).toUpperCase() + name.slice(1), fn);
    }
    m.set("hello", (0,funcs/* fnOf */.eo)([], () => "Hello!"));
    m.set("normalize", (0,funcs/* fnOf */.eo)(["string"], (s) => (0,slug/* sanitizeName */.rh)(s)));
    m.set("slugify", (0,funcs/* fnOf */.eo)([], (...a) => slugify(...a), "any"));
    for (const [reason, names] of Object.entries(NOT_OFFLINE)) {
        for (const name of names.split(" "))
            m.set(name, unsupported(reason));
    }
    return m;
}
let shared;
/** The one function map every ApplicationSet template sees. */
function templateFuncs() {
    shared ??= buildFuncs();
    return shared;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/nodes.ts
/** Parse tree of a Go text/template, shaped like text/template/parse's nodes. */
/** The source form of a node, as Go prints it in `executing ... at <...>`. */
function nodeString(n) {
    switch (n.type) {
        case "field":
            return "." + n.ident.join(".");
        case "variable":
            return n.ident.join(".");
        case "identifier":
            return n.name;
        case "dot":
            return ".";
        case "nil":
            return "nil";
        case "bool":
            return n.value ? "true" : "false";
        case "number":
            return n.text;
        case "string":
            return n.quoted;
        case "chain": {
            const inner = n.node.type === "pipe" ? `(${nodeString(n.node)})` : nodeString(n.node);
            return inner + "." + n.field.join(".");
        }
        case "command":
            return n.args.map((a) => (a.type === "pipe" ? `(${nodeString(a)})` : nodeString(a))).join(" ");
        case "pipe": {
            const decl = n.decl.length ? n.decl.map((d) => d.ident.join(".")).join(", ") + " := " : "";
            return decl + n.cmds.map((c) => nodeString(c)).join(" | ");
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/exec.ts
/**
 * Execution of a parsed Go text/template, following text/template/exec.go:
 * pipelines pass the previous result as the final argument, missing map keys
 * follow the `missingkey` option, nil and missing values behave as Go's nil
 * interface and invalid reflect.Value, and function arguments are checked
 * against Go signatures.
 */




/** An execution error, already formatted as Go formats it. */
class GoExecError extends Error {
}
/** Go's missingVal: "no final argument", distinct from a missing map key. */
const NO_FINAL = Symbol("no final argument");
/** {{break}} and {{continue}} unwind to the enclosing range. */
class LoopSignal extends Error {
}
const BREAK = new LoopSignal("{{break}}");
const CONTINUE = new LoopSignal("{{continue}}");
/** Runs the main template of `set` with `data` as dot. */
function execute(set, text, data, options) {
    const root = set.get("");
    if (!root)
        return "";
    const state = new State(set, text, options, data);
    try {
        state.walk(data, root);
    }
    catch (err) {
        if (err === BREAK || err === CONTINUE)
            throw new GoExecError("template: break or continue outside range");
        if (err instanceof RangeError)
            throw new GoExecError("template: nested too deeply to evaluate");
        throw err;
    }
    return state.output();
}
class State {
    set;
    text;
    options;
    out = [];
    outLength = 0;
    vars;
    depth = 0;
    name = "";
    at;
    maxOutput;
    maxDepth;
    constructor(set, text, options, data) {
        this.set = set;
        this.text = text;
        this.options = options;
        this.vars = [{ name: "$", value: data }];
        this.maxOutput = options.maxOutput ?? budget/* LIMITS */.b1.maxTemplateOutput;
        this.maxDepth = options.maxDepth ?? budget/* LIMITS */.b1.maxTemplateDepth;
    }
    output() {
        return this.out.join("");
    }
    // --- errors and positions ---
    mark(node) {
        let context = "";
        if (node.type === "command" || isArg(node))
            context = nodeString(node);
        else if (node.type === "action")
            context = `{{${nodeString(node.pipe)}}}`;
        else if (node.type === "if" || node.type === "with" || node.type === "range") {
            context = `{{${node.type} ${nodeString(node.pipe)}}}`;
        }
        else if (node.type === "template")
            context = `{{template ${JSON.stringify(node.name)}}}`;
        this.at = { pos: node.pos, context };
    }
    fail(message) {
        if (!this.at)
            throw new GoExecError(`template: ${this.name}: ${message}`);
        const before = this.text.slice(0, this.at.pos);
        const nl = before.lastIndexOf("\n");
        const line = 1 + countChar(before, "\n");
        const col = nl < 0 ? this.at.pos : this.at.pos - (nl + 1);
        let context = this.at.context;
        if (context.length > 20)
            context = context.slice(0, 20) + "...";
        throw new GoExecError(`template: :${line}:${col}: executing ${JSON.stringify(this.name)} at <${context}>: ${message}`);
    }
    write(s) {
        this.outLength += s.length;
        if (this.outLength > this.maxOutput)
            this.fail(`output exceeds ${this.maxOutput} characters`);
        this.options.budget.write(s.length);
        this.out.push(s);
    }
    spend() {
        try {
            this.options.budget.spend();
        }
        catch (err) {
            if (err instanceof budget/* LimitError */.oC)
                this.fail(err.message);
            throw err;
        }
    }
    // --- variables ---
    push(name, value) {
        this.vars.push({ name, value });
    }
    setVar(name, value) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            const v = this.vars[i];
            if (v?.name === name) {
                v.value = value;
                return;
            }
        }
        this.fail(`undefined variable: ${name}`);
    }
    setTopVar(n, value) {
        const v = this.vars[this.vars.length - n];
        if (v)
            v.value = value;
    }
    varValue(name) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            const v = this.vars[i];
            if (v?.name === name)
                return v.value;
        }
        return this.fail(`undefined variable: ${name}`);
    }
    // --- walking ---
    walk(dot, node) {
        this.spend();
        switch (node.type) {
            case "action": {
                const val = this.evalPipeline(dot, node.pipe);
                if (node.pipe.decl.length === 0)
                    this.printValue(node, val);
                return;
            }
            case "break":
                throw BREAK;
            case "continue":
                throw CONTINUE;
            case "if":
            case "with":
                this.walkIfOrWith(dot, node);
                return;
            case "list":
                for (const n of node.nodes)
                    this.walk(dot, n);
                return;
            case "range":
                this.walkRange(dot, node);
                return;
            case "template":
                this.walkTemplate(dot, node);
                return;
            case "text":
                this.write(node.text);
                return;
        }
    }
    printValue(node, v) {
        this.mark(node);
        if (v === undefined || v === null) {
            this.write("<no value>");
            return;
        }
        try {
            this.write((0,values/* formatValue */.Fl)(v));
        }
        catch (err) {
            if (err instanceof GoExecError)
                throw err;
            this.fail(err.message);
        }
    }
    walkIfOrWith(dot, node) {
        const mark = this.vars.length;
        try {
            const val = this.evalPipeline(dot, node.pipe);
            if ((0,values/* isTrue */.Hn)(val)) {
                this.walk(node.type === "with" ? val : dot, node.list);
            }
            else if (node.elseList) {
                this.walk(dot, node.elseList);
            }
        }
        finally {
            this.vars.length = mark;
        }
    }
    walkRange(dot, node) {
        this.mark(node);
        const mark = this.vars.length;
        try {
            const val = this.evalPipeline(dot, node.pipe);
            const bodyMark = this.vars.length;
            const decl = node.pipe.decl;
            const one = (index, elem) => {
                const first = decl[0];
                const second = decl[1];
                if (first) {
                    if (node.pipe.isAssign)
                        this.setVar(first.ident[0] ?? "", second ? index : elem);
                    else
                        this.setTopVar(1, elem);
                }
                if (second) {
                    if (node.pipe.isAssign)
                        this.setVar(second.ident[0] ?? "", elem);
                    else
                        this.setTopVar(2, index);
                }
                try {
                    this.walk(elem, node.list);
                }
                catch (err) {
                    if (err !== CONTINUE)
                        throw err;
                }
                finally {
                    this.vars.length = bodyMark;
                }
            };
            let ran = false;
            try {
                if (Array.isArray(val)) {
                    for (let i = 0; i < val.length; i++) {
                        ran = true;
                        one(BigInt(i), val[i]);
                    }
                }
                else if ((0,values/* isMap */.jh)(val)) {
                    for (const k of (0,values/* sortedKeys */.Mf)(val)) {
                        ran = true;
                        one(k, val[k]);
                    }
                }
                else if (typeof val === "bigint" || val instanceof values/* Int64 */.CG) {
                    const n = typeof val === "bigint" ? val : val.v;
                    if (decl.length > 1)
                        this.fail(`can't use ${n} to iterate over more than one variable`);
                    for (let i = 0n; i < n; i++) {
                        ran = true;
                        const v = typeof val === "bigint" ? i : new values/* Int64 */.CG(i);
                        one(v, v);
                    }
                }
                else if (val !== undefined) {
                    this.fail(`range can't iterate over ${(0,values/* formatValue */.Fl)(val)}`);
                }
            }
            catch (err) {
                if (err !== BREAK)
                    throw err;
            }
            if (!ran && node.elseList)
                this.walk(dot, node.elseList);
        }
        finally {
            this.vars.length = mark;
        }
    }
    walkTemplate(dot, node) {
        this.mark(node);
        const tmpl = this.set.get(node.name);
        if (!tmpl)
            this.fail(`template ${JSON.stringify(node.name)} not defined`);
        if (this.depth >= this.maxDepth)
            this.fail(`exceeded maximum template depth (${this.maxDepth})`);
        const newDot = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
        const saved = { vars: this.vars, name: this.name };
        this.vars = [{ name: "$", value: newDot }];
        this.name = node.name;
        this.depth++;
        try {
            this.walk(newDot, tmpl);
        }
        finally {
            this.vars = saved.vars;
            this.name = saved.name;
            this.depth--;
        }
    }
    // --- evaluation ---
    evalPipeline(dot, pipe) {
        this.mark(pipe);
        let value = NO_FINAL;
        for (const cmd of pipe.cmds) {
            value = this.evalCommand(dot, cmd, value);
            // An interface{} result is dug into: a nil interface becomes an invalid value.
            if (value === null)
                value = undefined;
        }
        const result = value === NO_FINAL ? undefined : value;
        for (const v of pipe.decl) {
            const name = v.ident[0] ?? "";
            if (pipe.isAssign)
                this.setVar(name, result);
            else
                this.push(name, result);
        }
        return result;
    }
    evalCommand(dot, cmd, final) {
        this.spend();
        const first = cmd.args[0];
        if (!first)
            return this.fail("empty command");
        switch (first.type) {
            case "field":
                return this.evalFieldNode(dot, first, cmd.args, final);
            case "chain":
                return this.evalChainNode(dot, first, cmd.args, final);
            case "identifier":
                return this.evalFunction(dot, first, cmd, cmd.args.slice(1), final);
            case "pipe":
                this.notAFunction(cmd.args, final);
                return this.evalPipeline(dot, first);
            case "variable":
                return this.evalVariableNode(dot, first, cmd.args, final);
        }
        this.mark(first);
        this.notAFunction(cmd.args, final);
        switch (first.type) {
            case "bool":
                return first.value;
            case "dot":
                return dot;
            case "nil":
                return this.fail("nil is not a command");
            case "number":
                return this.idealConstant(first);
            case "string":
                return first.text;
        }
    }
    notAFunction(args, final) {
        if (args.length > 1 || final !== NO_FINAL) {
            this.fail(`can't give argument to non-function ${args[0] ? nodeString(args[0]) : ""}`);
        }
    }
    idealConstant(n) {
        const isHex = /^[+-]?0[xX]/.test(n.text);
        const isRune = n.text.startsWith("'");
        if (n.isFloat && !isHex && !isRune && /[.eEpP]/.test(n.text))
            return n.float;
        if (n.isInt)
            return n.int;
        return this.fail(`${n.text} overflows int`);
    }
    evalFieldNode(dot, field, args, final) {
        this.mark(field);
        return this.evalFieldChain(dot, dot, field.ident, args, final);
    }
    evalChainNode(dot, chain, args, final) {
        this.mark(chain);
        if (chain.node.type === "nil")
            this.fail(`indirection through explicit nil in ${nodeString(chain)}`);
        const receiver = this.evalArg(dot, undefined, chain.node);
        this.mark(chain);
        return this.evalFieldChain(dot, receiver, chain.field, args, final);
    }
    evalVariableNode(dot, v, args, final) {
        this.mark(v);
        const value = this.varValue(v.ident[0] ?? "");
        if (v.ident.length === 1) {
            this.notAFunction(args, final);
            return value;
        }
        return this.evalFieldChain(dot, value, v.ident.slice(1), args, final);
    }
    evalFieldChain(dot, receiver, ident, args, final) {
        let r = receiver;
        for (let i = 0; i < ident.length - 1; i++)
            r = this.evalField(ident[i] ?? "", [], NO_FINAL, r);
        return this.evalField(ident[ident.length - 1] ?? "", args, final, r);
    }
    evalField(name, args, final, receiver) {
        if (receiver === undefined) {
            if (this.options.missingKey === "error")
                this.fail(`nil data; no entry for key ${JSON.stringify(name)}`);
            return undefined;
        }
        if (receiver === null)
            this.fail(`nil pointer evaluating interface {}.${name}`);
        if ((0,values/* isMap */.jh)(receiver)) {
            if (args.length > 1 || final !== NO_FINAL)
                this.fail(`${name} is not a method but has arguments`);
            if ((0,values/* hasOwn */.$3)(receiver, name))
                return receiver[name];
            switch (this.options.missingKey) {
                case "invalid":
                    return undefined;
                case "zero":
                    return (0,values/* containerTypeOf */.tG)(receiver) === "map[string]string" ? "" : null;
                case "error":
                    return this.fail(`map has no entry for key ${JSON.stringify(name)}`);
            }
        }
        return this.fail(`can't evaluate field ${name} in type ${(0,values/* typeName */.go)(receiver)}`);
    }
    evalFunction(dot, node, cmd, args, final) {
        this.mark(node);
        const fn = this.options.funcs.get(node.name);
        if (!fn)
            return this.fail(`${JSON.stringify(node.name)} is not a defined function`);
        return this.evalCall(dot, fn, cmd, node.name, args, final);
    }
    evalCall(dot, fn, node, name, args, final) {
        const numIn = args.length + (final === NO_FINAL ? 0 : 1);
        const fixed = fn.params.length;
        if (fn.variadic !== undefined) {
            if (numIn < fixed)
                this.fail(`wrong number of args for ${name}: want at least ${fixed} got ${numIn}`);
        }
        else if (numIn !== fixed) {
            this.fail(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
        }
        if (fn.shortCircuit) {
            const wantTrue = fn.shortCircuit === "or";
            let v = undefined;
            for (const arg of args) {
                v = this.evalArg(dot, "value", arg);
                if ((0,values/* isTrue */.Hn)(v) === wantTrue)
                    return v;
            }
            if (final !== NO_FINAL)
                v = final;
            return v;
        }
        const argv = [];
        for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (!arg)
                continue;
            const t = i < fixed ? fn.params[i] : fn.variadic;
            argv.push(this.evalArg(dot, t ?? "any", arg));
        }
        if (final !== NO_FINAL) {
            const t = numIn - 1 < fixed ? fn.params[numIn - 1] : fn.variadic;
            argv.push(this.validateType(final, t ?? "any"));
        }
        this.mark(node);
        if (fn.unsupported)
            this.fail(`error calling ${name}: ${fn.unsupported}`);
        try {
            this.spend();
            return fn.fn(...argv);
        }
        catch (err) {
            if (err instanceof GoExecError || err instanceof budget/* LimitError */.oC)
                throw err;
            if (err instanceof RangeError)
                this.fail(`error calling ${name}: value is nested too deeply`);
            this.mark(node);
            return this.fail(`error calling ${name}: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    evalArg(dot, typ, n) {
        this.mark(n);
        switch (n.type) {
            case "dot":
                return this.validateType(dot, typ);
            case "nil":
                if (typ === undefined || typ === "any" || typ === "map" || typ === "slice" || typ === "strings")
                    return null;
                if (typ === "value")
                    return undefined;
                return this.fail(`cannot assign nil to ${(0,funcs/* typeLabel */.Dd)(typ)}`);
            case "field":
                return this.validateType(this.evalFieldNode(dot, n, [n], NO_FINAL), typ);
            case "variable":
                return this.validateType(this.evalVariableNode(dot, n, [], NO_FINAL), typ);
            case "pipe":
                return this.validateType(this.evalPipeline(dot, n), typ);
            case "identifier":
                return this.validateType(this.evalFunction(dot, n, n, [], NO_FINAL), typ);
            case "chain":
                return this.validateType(this.evalChainNode(dot, n, [], NO_FINAL), typ);
        }
        switch (typ) {
            case "bool":
                if (n.type === "bool")
                    return n.value;
                return this.fail(`expected bool; found ${nodeString(n)}`);
            case "float64":
                if (n.type === "number" && n.isFloat)
                    return n.float;
                return this.fail(`expected float; found ${nodeString(n)}`);
            case "int":
                if (n.type === "number" && n.isInt)
                    return n.int;
                return this.fail(`expected integer; found ${nodeString(n)}`);
            case "string":
                if (n.type === "string")
                    return n.text;
                return this.fail(`expected string; found ${nodeString(n)}`);
            case undefined:
            case "any":
            case "value":
                if (n.type === "bool")
                    return n.value;
                if (n.type === "number")
                    return this.idealConstant(n);
                return n.text;
            default:
                return this.fail(`can't handle ${nodeString(n)} for arg of type ${(0,funcs/* typeLabel */.Dd)(typ)}`);
        }
    }
    /** Go's validateType: is the value assignable to the parameter? */
    validateType(value, typ) {
        if (typ === undefined || typ === "value")
            return value;
        if (value === undefined) {
            if (typ === "any" || typ === "map" || typ === "slice" || typ === "strings")
                return null;
            return this.fail(`invalid value; expected ${(0,funcs/* typeLabel */.Dd)(typ)}`);
        }
        const got = value === null ? "interface {}" : (0,values/* typeName */.go)(value);
        const ok = () => {
            switch (typ) {
                case "any":
                    return true;
                case "string":
                    return typeof value === "string";
                case "int":
                    return typeof value === "bigint";
                case "float64":
                    return typeof value === "number";
                case "bool":
                    return typeof value === "boolean";
                case "map":
                    return (0,values/* isMap */.jh)(value) && (0,values/* containerTypeOf */.tG)(value) === undefined;
                case "slice":
                    return Array.isArray(value) && (0,values/* containerTypeOf */.tG)(value) === undefined;
                case "strings":
                    return Array.isArray(value) && (0,values/* containerTypeOf */.tG)(value) === "[]string";
            }
        };
        if (!ok())
            this.fail(`wrong type for value; expected ${(0,funcs/* typeLabel */.Dd)(typ)}; got ${got}`);
        return value;
    }
}
function isArg(node) {
    return [
        "field",
        "variable",
        "identifier",
        "dot",
        "nil",
        "bool",
        "number",
        "string",
        "chain",
        "pipe",
    ].includes(node.type);
}
function countChar(s, c) {
    let n = 0;
    for (const ch of s)
        if (ch === c)
            n++;
    return n;
}

// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/lexer.ts
var lexer = __webpack_require__(1338);
// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/parser.ts
var parser = __webpack_require__(4993);
;// CONCATENATED MODULE: ./packages/core/src/appset/gotemplate/index.ts
/*
 * Go's text/template, written here because JavaScript has no faithful one:
 * @ctrl/golang-template lacks variables, comparisons, printf and define/template,
 * and @mdfriday/text-template is unlicensed, obfuscated code. This subset
 * follows text/template's lexer, parser and evaluator closely enough that
 * ApplicationSet templates render, and fail, as they do in Argo CD.
 */






/** A template that does not parse or fails to execute, with Argo CD's wording. */
class GoTemplateError extends Error {
}
const gotemplate_cache = new Map();
function parseCached(text) {
    const hit = gotemplate_cache.get(text);
    if (hit)
        return hit;
    const funcs = templateFuncs();
    const set = (0,parser/* parseTemplate */.QC)(text, (name) => funcs.has(name));
    if (gotemplate_cache.size > 2000)
        gotemplate_cache.clear();
    gotemplate_cache.set(text, set);
    return set;
}
/** text/template's Option("missingkey=..."). */
function parseGoTemplateOptions(options) {
    let missingKey = "invalid";
    for (const option of options) {
        const m = /^missingkey=(.*)$/.exec(option);
        switch (m?.[1]) {
            case "default":
            case "invalid":
                missingKey = "invalid";
                break;
            case "zero":
                missingKey = "zero";
                break;
            case "error":
                missingKey = "error";
                break;
            default:
                throw new GoTemplateError(`unrecognized option: ${option}`);
        }
    }
    return missingKey;
}
/** Shortens a template for messages. */
function excerpt(text) {
    const oneLine = text.replace(/\s*\n\s*/g, " ");
    return oneLine.length > 120 ? oneLine.slice(0, 117) + "..." : oneLine;
}
/** Parses and runs `text` as Argo CD's Render.Replace does with goTemplate: true. */
function renderGoTemplate(text, data, missingKey, budget) {
    let set;
    try {
        set = parseCached(text);
    }
    catch (err) {
        if (err instanceof lexer/* TemplateSyntaxError */.C) {
            throw new GoTemplateError(`failed to parse template ${excerpt(text)}: template: :${err.line}: ${err.message}`);
        }
        if (err instanceof RangeError)
            throw new GoTemplateError(`failed to parse template ${excerpt(text)}: nested too deeply`);
        throw err;
    }
    try {
        return execute(set, text, data, { funcs: templateFuncs(), missingKey, budget });
    }
    catch (err) {
        if (err instanceof GoExecError) {
            throw new GoTemplateError(`failed to execute go template ${excerpt(text)}: ${err.message}`);
        }
        throw err;
    }
}


/***/ }),

/***/ 1338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ TemplateSyntaxError),
/* harmony export */   I: () => (/* binding */ lex)
/* harmony export */ });
/**
 * The lexer of Go's text/template (delimiters `{{` and `}}`), following
 * text/template/parse/lex.go: trim markers `{{- ` and ` -}}`, comments,
 * quoted and raw strings, character constants, numbers and fields.
 */
class TemplateSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const KEYWORDS = new Set([
    "block",
    "break",
    "continue",
    "define",
    "else",
    "end",
    "if",
    "range",
    "template",
    "with",
]);
const LEFT = "{{";
const RIGHT = "}}";
function isSpace(c) {
    return c === " " || c === "\t" || c === "\r" || c === "\n";
}
function isAlphaNumeric(c) {
    return c === "_" || /^[\p{L}\p{Nd}]$/u.test(c);
}
function hasLeftTrimMarker(s, at) {
    return s.charAt(at) === "-" && isSpace(s.charAt(at + 1));
}
function hasRightTrimMarker(s, at) {
    return isSpace(s.charAt(at)) && s.charAt(at + 1) === "-";
}
function rightTrimLength(s) {
    return s.length - s.replace(/[ \t\r\n]+$/, "").length;
}
function leftTrimLength(s, from) {
    let i = from;
    while (i < s.length && isSpace(s.charAt(i)))
        i++;
    return i - from;
}
/** Splits a template into tokens, or throws a {@link TemplateSyntaxError}. */
function lex(input) {
    const tokens = [];
    let pos = 0;
    let start = 0;
    let line = 1;
    let startLine = 1;
    let parenDepth = 0;
    const fail = (message) => {
        throw new TemplateSyntaxError(message, startLine);
    };
    const emit = (type) => {
        tokens.push({ type, value: input.slice(start, pos), pos: start, line: startLine });
        start = pos;
        startLine = line;
    };
    const ignore = () => {
        line += countNewlines(input, start, pos);
        start = pos;
        startLine = line;
    };
    const peek = () => input.charAt(pos);
    const next = () => {
        const c = input.charAt(pos);
        if (c === "")
            return "";
        const cp = input.codePointAt(pos) ?? 0;
        const s = String.fromCodePoint(cp);
        pos += s.length;
        if (s === "\n")
            line++;
        return s;
    };
    const backup = (s) => {
        pos -= s.length;
        if (s === "\n")
            line--;
    };
    const accept = (valid) => {
        const c = peek();
        if (c !== "" && valid.includes(c)) {
            next();
            return true;
        }
        return false;
    };
    const acceptRun = (valid) => {
        while (accept(valid))
            ;
    };
    const atRightDelim = () => {
        if (hasRightTrimMarker(input, pos) && input.startsWith(RIGHT, pos + 2))
            return { delim: true, trim: true };
        return { delim: input.startsWith(RIGHT, pos), trim: false };
    };
    const atTerminator = () => {
        const c = peek();
        if (c === "" || isSpace(c) || ".,|:)(".includes(c))
            return true;
        return input.startsWith(RIGHT, pos);
    };
    /** Text up to the next `{{`; returns false at the end of input. */
    const lexText = () => {
        const x = input.indexOf(LEFT, pos);
        if (x < 0) {
            pos = input.length;
            if (pos > start) {
                line += countNewlines(input, start, pos);
                emit("text");
            }
            return false;
        }
        pos = x;
        let trim = 0;
        if (hasLeftTrimMarker(input, x + LEFT.length))
            trim = rightTrimLength(input.slice(start, x));
        pos -= trim;
        if (pos > start) {
            line += countNewlines(input, start, pos);
            emit("text");
        }
        pos += trim;
        ignore();
        return true;
    };
    const lexLeftDelim = () => {
        pos += LEFT.length;
        const trim = hasLeftTrimMarker(input, pos);
        const after = trim ? 2 : 0;
        if (input.startsWith("/*", pos + after)) {
            pos += after;
            ignore();
            return "comment";
        }
        emit("left");
        pos += after;
        ignore();
        parenDepth = 0;
        return "action";
    };
    const lexComment = () => {
        pos += 2;
        const x = input.indexOf("*/", pos);
        if (x < 0)
            fail("unclosed comment");
        line += countNewlines(input, pos, x + 2);
        pos = x + 2;
        const { delim, trim } = atRightDelim();
        if (!delim)
            fail("comment ends before closing delimiter");
        emit("comment");
        if (trim)
            pos += 2;
        pos += RIGHT.length;
        if (trim)
            pos += leftTrimLength(input, pos);
        ignore();
    };
    const lexRightDelim = (trim) => {
        if (trim) {
            pos += 2;
            ignore();
        }
        pos += RIGHT.length;
        emit("right");
        if (trim) {
            pos += leftTrimLength(input, pos);
            ignore();
        }
    };
    const lexSpace = () => {
        let n = 0;
        while (isSpace(peek())) {
            next();
            n++;
        }
        // A trim-marked closing delimiter has a minus after a space.
        if (hasRightTrimMarker(input, pos - 1) && input.startsWith(RIGHT, pos + 1)) {
            pos--;
            if (input.charAt(pos) === "\n")
                line--;
            if (n === 1)
                return true;
        }
        emit("space");
        return false;
    };
    const lexQuote = () => {
        for (;;) {
            const c = next();
            if (c === "\\") {
                const d = next();
                if (d !== "" && d !== "\n")
                    continue;
                fail("unterminated quoted string");
            }
            if (c === "" || c === "\n")
                fail("unterminated quoted string");
            if (c === '"')
                break;
        }
        emit("string");
    };
    const lexRawQuote = () => {
        const x = input.indexOf("`", pos);
        if (x < 0)
            fail("unterminated raw quoted string");
        line += countNewlines(input, pos, x + 1);
        pos = x + 1;
        emit("raw");
    };
    const lexChar = () => {
        for (;;) {
            const c = next();
            if (c === "\\") {
                const d = next();
                if (d !== "" && d !== "\n")
                    continue;
                fail("unterminated character constant");
            }
            if (c === "" || c === "\n")
                fail("unterminated character constant");
            if (c === "'")
                break;
        }
        emit("char");
    };
    const scanNumber = () => {
        accept("+-");
        let digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX"))
                digits = "0123456789abcdefABCDEF_";
            else if (accept("oO"))
                digits = "01234567_";
            else if (accept("bB"))
                digits = "01_";
        }
        acceptRun(digits);
        if (accept("."))
            acceptRun(digits);
        if (digits.length === 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length === 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (isAlphaNumeric(peek())) {
            next();
            return false;
        }
        return true;
    };
    const lexNumber = () => {
        if (!scanNumber())
            fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        const sign = peek();
        if (sign === "+" || sign === "-") {
            // A complex constant like 1+2i: Go accepts it; we do not evaluate complex numbers.
            if (!scanNumber() || input.charAt(pos - 1) !== "i") {
                fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
            }
        }
        emit("number");
    };
    const lexFieldOrVariable = (type) => {
        if (atTerminator()) {
            emit(type === "var" ? "var" : "dot");
            return;
        }
        for (;;) {
            const c = next();
            if (!isAlphaNumeric(c)) {
                if (c !== "")
                    backup(c);
                break;
            }
        }
        if (!atTerminator())
            fail(`bad character ${describeChar(peek())}`);
        emit(type);
    };
    const lexIdentifier = () => {
        for (;;) {
            const c = next();
            if (!isAlphaNumeric(c)) {
                if (c !== "")
                    backup(c);
                break;
            }
        }
        if (!atTerminator())
            fail(`bad character ${describeChar(peek())}`);
        const word = input.slice(start, pos);
        if (KEYWORDS.has(word))
            emit(word);
        else if (word === "true" || word === "false")
            emit("bool");
        else if (word === "nil")
            emit("nil");
        else
            emit("ident");
    };
    /** Inside `{{ }}`: returns true when the action has ended. */
    const lexInsideAction = () => {
        const { delim, trim } = atRightDelim();
        if (delim) {
            if (parenDepth !== 0)
                fail("unclosed left paren");
            lexRightDelim(trim);
            return true;
        }
        const c = next();
        if (c === "")
            fail("unclosed action");
        if (isSpace(c)) {
            backup(c);
            if (lexSpace()) {
                lexRightDelim(true);
                return true;
            }
            return false;
        }
        switch (c) {
            case "=":
                emit("assign");
                return false;
            case ":":
                if (next() !== "=")
                    fail("expected :=");
                emit("declare");
                return false;
            case "|":
                emit("pipe");
                return false;
            case '"':
                lexQuote();
                return false;
            case "`":
                lexRawQuote();
                return false;
            case "$":
                lexFieldOrVariable("var");
                return false;
            case "'":
                lexChar();
                return false;
            case "(":
                parenDepth++;
                emit("lparen");
                return false;
            case ")":
                parenDepth--;
                if (parenDepth < 0)
                    fail("unexpected right paren");
                emit("rparen");
                return false;
        }
        if (c === ".") {
            const d = peek();
            if (d === "" || d < "0" || d > "9") {
                lexFieldOrVariable("field");
                return false;
            }
        }
        if (c === "." || c === "+" || c === "-" || (c >= "0" && c <= "9")) {
            backup(c);
            lexNumber();
            return false;
        }
        if (isAlphaNumeric(c)) {
            backup(c);
            lexIdentifier();
            return false;
        }
        if (c.length === 1 && c >= " " && c <= "~") {
            emit("punct");
            return false;
        }
        return fail(`unrecognized character in action: ${describeChar(c)}`);
    };
    while (lexText()) {
        if (lexLeftDelim() === "comment") {
            lexComment();
            continue;
        }
        while (!lexInsideAction())
            ;
    }
    tokens.push({ type: "eof", value: "", pos: input.length, line });
    return tokens;
}
function countNewlines(s, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        if (s.charCodeAt(i) === 10)
            n++;
    return n;
}
function describeChar(c) {
    if (c === "")
        return "EOF";
    const cp = c.codePointAt(0) ?? 0;
    return `U+${cp.toString(16).toUpperCase().padStart(4, "0")} '${c}'`;
}


/***/ }),

/***/ 4993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   bm: () => (/* binding */ parseGoInt)
/* harmony export */ });
/* unused harmony export unquoteGo */
/* harmony import */ var _lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1338);
/**
 * The parser of Go's text/template, following text/template/parse/parse.go:
 * actions, pipelines with declarations, if/else if/with/else with/range/break/
 * continue, define/template/block, and the checks Go makes at parse time
 * (undefined functions and variables, misplaced break/continue).
 */

/** Parses `text`; `hasFunction` says which identifiers name functions. */
function parseTemplate(text, hasFunction) {
    return new Parser(text, hasFunction).parse();
}
class Parser {
    hasFunction;
    tokens;
    i = 0;
    vars = ["$"];
    rangeDepth = 0;
    set = new Map();
    eof;
    constructor(text, hasFunction) {
        this.hasFunction = hasFunction;
        this.tokens = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .lex */ .I)(text);
        this.eof = this.tokens[this.tokens.length - 1] ?? { type: "eof", value: "", pos: text.length, line: 1 };
    }
    parse() {
        const root = { type: "list", pos: 0, nodes: [] };
        while (this.peek().type !== "eof") {
            if (this.peek().type === "left") {
                const save = this.i;
                this.next();
                if (this.nextNonSpace().type === "define") {
                    this.parseDefinition();
                    continue;
                }
                this.i = save;
            }
            const n = this.textOrAction();
            if (n === undefined)
                continue;
            if (isMarker(n))
                this.fail(`unexpected ${markerString(n)}`, n.line);
            root.nodes.push(n);
        }
        if (!this.set.has("") || root.nodes.length > 0)
            this.set.set("", root);
        return this.set;
    }
    // --- tokens ---
    peek() {
        return this.tokens[this.i] ?? this.eof;
    }
    next() {
        const t = this.peek();
        if (this.i < this.tokens.length - 1)
            this.i++;
        return t;
    }
    backup() {
        this.i--;
    }
    nextNonSpace() {
        let t = this.next();
        while (t.type === "space")
            t = this.next();
        return t;
    }
    peekNonSpace() {
        const save = this.i;
        const t = this.nextNonSpace();
        this.i = save;
        return t;
    }
    expect(type, context) {
        const t = this.nextNonSpace();
        if (t.type !== type)
            this.unexpected(t, context);
        return t;
    }
    fail(message, line) {
        throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C(message, line);
    }
    unexpected(t, context) {
        this.fail(`unexpected ${tokenString(t)} in ${context}`, t.line);
    }
    // --- structure ---
    parseDefinition() {
        const nameTok = this.nextNonSpace();
        if (nameTok.type !== "string" && nameTok.type !== "raw")
            this.unexpected(nameTok, "define clause");
        const name = unquote(nameTok);
        this.expect("right", "define clause");
        const savedRange = this.rangeDepth;
        this.rangeDepth = 0;
        const savedVars = this.vars;
        this.vars = ["$"];
        const [list, end] = this.itemList();
        if (end.type !== "end")
            this.fail(`unexpected ${markerString(end)} in define clause`, end.line);
        this.vars = savedVars;
        this.rangeDepth = savedRange;
        this.add(name, list, nameTok.line);
    }
    /** Go keeps a non-empty definition over an empty one and refuses two non-empty ones. */
    add(name, list, line) {
        const existing = this.set.get(name);
        if (!existing || isEmptyTree(existing)) {
            this.set.set(name, list);
            return;
        }
        if (!isEmptyTree(list))
            this.fail(`template: multiple definition of template ${JSON.stringify(name)}`, line);
    }
    itemList() {
        const list = { type: "list", pos: this.peekNonSpace().pos, nodes: [] };
        while (this.peekNonSpace().type !== "eof") {
            const n = this.textOrAction();
            if (n === undefined)
                continue;
            if (isMarker(n))
                return [list, n];
            list.nodes.push(n);
        }
        return this.fail("unexpected EOF", this.peek().line);
    }
    textOrAction() {
        const t = this.nextNonSpace();
        switch (t.type) {
            case "text":
                return { type: "text", pos: t.pos, text: t.value };
            case "left":
                return this.action();
            case "comment":
                return undefined;
            default:
                return this.unexpected(t, "input");
        }
    }
    action() {
        const t = this.nextNonSpace();
        switch (t.type) {
            case "block":
                return this.blockControl();
            case "break":
                return this.loopControl("break", t);
            case "continue":
                return this.loopControl("continue", t);
            case "else":
                return this.elseControl(t);
            case "end":
                this.expect("right", "end");
                return { type: "end", pos: t.pos, line: t.line };
            case "if":
                return this.branchControl("if");
            case "range":
                return this.branchControl("range");
            case "template":
                return this.templateControl();
            case "with":
                return this.branchControl("with");
        }
        this.backup();
        const pipe = this.pipeline("command", "right");
        return { type: "action", pos: pipe.pos, pipe };
    }
    loopControl(kind, t) {
        const next = this.nextNonSpace();
        if (next.type !== "right")
            this.unexpected(next, `{{${kind}}}`);
        if (this.rangeDepth === 0)
            this.fail(`{{${kind}}} outside {{range}}`, t.line);
        return { type: kind, pos: t.pos };
    }
    elseControl(t) {
        const peek = this.peekNonSpace();
        // "{{else if" and "{{else with" leave the keyword pending for branchControl.
        if (peek.type === "if" || peek.type === "with")
            return { type: "else", pos: peek.pos, line: peek.line };
        this.expect("right", "else");
        return { type: "else", pos: t.pos, line: t.line };
    }
    branchControl(kind) {
        const savedVars = this.vars.length;
        const pipe = this.pipeline(kind, "right");
        if (kind === "range")
            this.rangeDepth++;
        const [list, next] = this.itemList();
        if (kind === "range")
            this.rangeDepth--;
        let elseList;
        if (next.type === "else") {
            const after = this.peekNonSpace();
            if (next.pos === after.pos &&
                ((kind === "if" && after.type === "if") || (kind === "with" && after.type === "with"))) {
                this.nextNonSpace();
                elseList = { type: "list", pos: next.pos, nodes: [this.branchControl(kind)] };
            }
            else {
                const [list2, end] = this.itemList();
                if (end.type !== "end")
                    this.fail(`expected end; found ${markerString(end)}`, end.line);
                elseList = list2;
            }
        }
        this.vars.length = savedVars;
        return { type: kind, pos: pipe.pos, pipe, list, elseList };
    }
    templateControl() {
        const t = this.nextNonSpace();
        const name = this.parseTemplateName(t, "template clause");
        let pipe;
        if (this.nextNonSpace().type !== "right") {
            this.backup();
            pipe = this.pipeline("template clause", "right");
        }
        return { type: "template", pos: t.pos, name, pipe };
    }
    blockControl() {
        const context = "block clause";
        const t = this.nextNonSpace();
        const name = this.parseTemplateName(t, context);
        const pipe = this.pipeline(context, "right");
        const savedVars = this.vars;
        const savedRange = this.rangeDepth;
        this.vars = ["$"];
        this.rangeDepth = 0;
        const [list, end] = this.itemList();
        if (end.type !== "end")
            this.fail(`unexpected ${markerString(end)} in ${context}`, end.line);
        this.vars = savedVars;
        this.rangeDepth = savedRange;
        this.add(name, list, t.line);
        return { type: "template", pos: t.pos, name, pipe };
    }
    parseTemplateName(t, context) {
        if (t.type === "string" || t.type === "raw")
            return unquote(t);
        return this.unexpected(t, context);
    }
    // --- pipelines ---
    pipeline(context, end) {
        const first = this.peekNonSpace();
        const pipe = { type: "pipe", pos: first.pos, isAssign: false, decl: [], cmds: [] };
        this.declarations(pipe, context);
        for (;;) {
            const t = this.nextNonSpace();
            if (t.type === end) {
                this.checkPipeline(pipe, context, t);
                return pipe;
            }
            switch (t.type) {
                case "bool":
                case "char":
                case "dot":
                case "field":
                case "ident":
                case "number":
                case "nil":
                case "raw":
                case "string":
                case "var":
                case "lparen":
                    this.backup();
                    pipe.cmds.push(this.command());
                    break;
                default:
                    this.unexpected(t, context);
            }
        }
    }
    declarations(pipe, context) {
        for (;;) {
            const v = this.peekNonSpace();
            if (v.type !== "var")
                return;
            const save = this.i;
            this.nextNonSpace();
            const next = this.peekNonSpace();
            if (next.type === "assign" || next.type === "declare") {
                pipe.isAssign = next.type === "assign";
                this.nextNonSpace();
                pipe.decl.push(this.variableDecl(v));
                return;
            }
            if (next.type === "punct" && next.value === ",") {
                this.nextNonSpace();
                pipe.decl.push(this.variableDecl(v));
                if (context === "range" && pipe.decl.length < 2) {
                    const p = this.peekNonSpace();
                    if (p.type === "var" || p.type === "right" || p.type === "rparen")
                        continue;
                    this.fail("range can only initialize variables", p.line);
                }
                this.fail(`too many declarations in ${context}`, v.line);
            }
            this.i = save;
            return;
        }
    }
    variableDecl(t) {
        // Like Go, an assignment to an undeclared variable fails when it runs.
        this.vars.push(t.value);
        return { type: "variable", pos: t.pos, ident: [t.value] };
    }
    checkPipeline(pipe, context, t) {
        if (pipe.cmds.length === 0)
            this.fail(`missing value for ${context}`, t.line);
        for (let k = 1; k < pipe.cmds.length; k++) {
            const first = pipe.cmds[k]?.args[0];
            if (first && ["bool", "dot", "nil", "number", "string"].includes(first.type)) {
                this.fail(`non executable command in pipeline stage ${k + 1}`, t.line);
            }
        }
    }
    command() {
        const cmd = { type: "command", pos: this.peekNonSpace().pos, args: [] };
        for (;;) {
            this.peekNonSpace();
            while (this.peek().type === "space")
                this.next();
            const operand = this.operand();
            if (operand)
                cmd.args.push(operand);
            const t = this.next();
            if (t.type === "space")
                continue;
            if (t.type === "right" || t.type === "rparen")
                this.backup();
            else if (t.type !== "pipe")
                this.unexpected(t, "operand");
            break;
        }
        if (cmd.args.length === 0)
            this.fail("empty command", this.peek().line);
        return cmd;
    }
    operand() {
        const node = this.term();
        if (!node)
            return undefined;
        if (this.peek().type !== "field")
            return node;
        const fields = [];
        while (this.peek().type === "field")
            fields.push(this.next().value.slice(1));
        switch (node.type) {
            case "field":
                return { type: "field", pos: node.pos, ident: [...node.ident, ...fields] };
            case "variable":
                return { type: "variable", pos: node.pos, ident: [...node.ident, ...fields] };
            case "bool":
            case "string":
            case "number":
            case "nil":
            case "dot":
                return this.fail(`unexpected . after term "${node.type}"`, this.peek().line);
            default:
                return { type: "chain", pos: node.pos, node, field: fields };
        }
    }
    term() {
        const t = this.nextNonSpace();
        switch (t.type) {
            case "ident":
                if (!this.hasFunction(t.value))
                    this.fail(`function "${t.value}" not defined`, t.line);
                return { type: "identifier", pos: t.pos, name: t.value };
            case "dot":
                return { type: "dot", pos: t.pos };
            case "nil":
                return { type: "nil", pos: t.pos };
            case "var":
                return { type: "variable", pos: t.pos, ident: this.useVar(t) };
            case "field":
                return { type: "field", pos: t.pos, ident: [t.value.slice(1)] };
            case "bool":
                return { type: "bool", pos: t.pos, value: t.value === "true" };
            case "char":
            case "number":
                return parseNumber(t);
            case "lparen":
                return this.pipeline("parenthesized pipeline", "rparen");
            case "string":
            case "raw":
                return stringNode(t);
        }
        this.backup();
        return undefined;
    }
    useVar(t) {
        const ident = t.value.split(".");
        const name = ident[0] ?? "";
        if (!this.vars.includes(name))
            this.fail(`undefined variable "${name}"`, t.line);
        return ident;
    }
}
function isMarker(n) {
    return n.type === "end" || n.type === "else";
}
function markerString(m) {
    return `{{${m.type}}}`;
}
function isEmptyTree(list) {
    return list.nodes.every((n) => n.type === "text" && n.text.trim() === "");
}
function tokenString(t) {
    if (t.type === "eof")
        return "EOF";
    if ([
        "block",
        "break",
        "continue",
        "define",
        "else",
        "end",
        "if",
        "range",
        "template",
        "with",
        "nil",
    ].includes(t.type))
        return `<${t.value}>`;
    if (t.value.length > 10)
        return `${JSON.stringify(t.value.slice(0, 10))}...`;
    return JSON.stringify(t.value);
}
function stringNode(t) {
    return { type: "string", pos: t.pos, quoted: t.value, text: unquote(t) };
}
function unquote(t) {
    if (t.type === "raw")
        return t.value.slice(1, -1).replace(/\r/g, "");
    return unquoteGo(t.value.slice(1, -1), '"', t.line);
}
/** strconv.Unquote's escape handling for the inside of a quoted string or char. */
function unquoteGo(body, quote, line) {
    let out = "";
    for (let i = 0; i < body.length; i++) {
        const c = body.charAt(i);
        if (c !== "\\") {
            if (c === quote)
                throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C("invalid syntax in quoted string", line);
            out += c;
            continue;
        }
        const e = body.charAt(++i);
        const simple = {
            a: "\x07",
            b: "\b",
            f: "\f",
            n: "\n",
            r: "\r",
            t: "\t",
            v: "\v",
            "\\": "\\",
        };
        const mapped = simple[e];
        if (mapped !== undefined) {
            out += mapped;
            continue;
        }
        if (e === quote) {
            out += e;
            continue;
        }
        const hex = (len) => {
            const h = body.slice(i + 1, i + 1 + len);
            if (h.length !== len || !/^[0-9a-fA-F]+$/.test(h)) {
                throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C("invalid syntax in quoted string", line);
            }
            i += len;
            return parseInt(h, 16);
        };
        if (e === "x")
            out += String.fromCharCode(hex(2));
        else if (e === "u" || e === "U") {
            const cp = hex(e === "u" ? 4 : 8);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
                throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C("invalid syntax in quoted string", line);
            }
            out += String.fromCodePoint(cp);
        }
        else if (e >= "0" && e <= "7") {
            const o = body.slice(i, i + 3);
            if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) {
                throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C("invalid syntax in quoted string", line);
            }
            i += 2;
            out += String.fromCharCode(parseInt(o, 8));
        }
        else
            throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C("invalid syntax in quoted string", line);
    }
    return out;
}
/** A number or character constant, typed the way text/template/parse types it. */
function parseNumber(t) {
    const node = {
        type: "number",
        pos: t.pos,
        text: t.value,
        isInt: false,
        isFloat: false,
        int: 0n,
        float: 0,
    };
    if (t.type === "char") {
        const s = unquoteGo(t.value.slice(1, -1), "'", t.line);
        const cp = s.codePointAt(0);
        if (cp === undefined || String.fromCodePoint(cp) !== s) {
            throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C(`malformed character constant: ${t.value}`, t.line);
        }
        return { ...node, isInt: true, isFloat: true, int: BigInt(cp), float: cp };
    }
    const text = t.value;
    if (text.endsWith("i"))
        throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C(`complex number ${text} is not supported`, t.line);
    const int = parseGoInt(text);
    if (int !== undefined) {
        if (int > 2n ** 63n - 1n || int < -(2n ** 63n)) {
            throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C(`${text} overflows int`, t.line);
        }
        return { ...node, isInt: true, isFloat: true, int, float: Number(int) };
    }
    const f = parseGoFloat(text);
    if (f !== undefined) {
        if (!/[.eEpP]/.test(text))
            throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C(`integer overflow: ${text}`, t.line);
        const asInt = Number.isInteger(f) && Math.abs(f) < 2 ** 63 ? BigInt(f) : undefined;
        return { ...node, isFloat: true, float: f, isInt: asInt !== undefined, int: asInt ?? 0n };
    }
    throw new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .C(`illegal number syntax: ${JSON.stringify(text)}`, t.line);
}
/** strconv.ParseInt(text, 0, 64) without the range check. */
function parseGoInt(text) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
    if (!m)
        return undefined;
    const sign = m[1] === "-" ? -1n : 1n;
    let body = m[2] ?? "";
    const prefixed = /^0[xXoObB]/.test(body);
    if (body.includes("_")) {
        // Underscores only between digits, and only with a base prefix or a leading 0.
        if (!prefixed && !body.startsWith("0"))
            return undefined;
        if (/__|_$/.test(body) || /^0[xXoObB]?_?$/.test(body))
            return undefined;
        body = body.replace(/_/g, "");
    }
    let value;
    if (prefixed)
        value = BigInt(body.toLowerCase().replace(/^0o/, "0o"));
    else if (body.length > 1 && body.startsWith("0"))
        value = BigInt("0o" + body.slice(1));
    else
        value = BigInt(body);
    return sign * value;
}
/** strconv.ParseFloat(text, 64) for decimal forms (hex floats are not supported). */
function parseGoFloat(text) {
    if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d[\d_]*)?$/.test(text))
        return undefined;
    const n = Number(text.replace(/_/g, ""));
    return Number.isNaN(n) ? undefined : n;
}


/***/ }),

/***/ 6332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   CG: () => (/* binding */ Int64),
/* harmony export */   Ep: () => (/* binding */ kindName),
/* harmony export */   FY: () => (/* binding */ shortestDigits),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   L0: () => (/* binding */ intOf),
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   dg: () => (/* binding */ newMap),
/* harmony export */   g4: () => (/* binding */ formatFloatShortest),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   mZ: () => (/* binding */ runes),
/* harmony export */   nE: () => (/* binding */ typed),
/* harmony export */   tG: () => (/* binding */ containerTypeOf),
/* harmony export */   wI: () => (/* binding */ utf8Length),
/* harmony export */   yJ: () => (/* binding */ put)
/* harmony export */ });
/* unused harmony export mapGet */
/**
 * Go values as text/template sees them, in JavaScript.
 *
 * `undefined` is Go's invalid reflect.Value (a missing map key), `null` a nil
 * interface (JSON null), `bigint` an `int`, {@link Int64} an `int64` (what sprig's
 * arithmetic returns), `number` a `float64` (every number a generator reads from
 * YAML or JSON), arrays are slices and plain objects are maps. Go's container
 * types matter to some functions (`keys` refuses a `map[string]string`), so
 * containers may carry a type tag.
 */
/** An `int64`: kept apart from `int` because Go will not pass one where the other is expected. */
class Int64 {
    v;
    constructor(v) {
        this.v = v;
    }
}
const containerTypes = new WeakMap();
/** Marks `value` as a Go container of a concrete type. */
function typed(value, type) {
    containerTypes.set(value, type);
    return value;
}
/** The Go type tag of a container, if it has one. */
function containerTypeOf(value) {
    return containerTypes.get(value);
}
function isMap(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Int64);
}
/** A map that a key like `__proto__` cannot corrupt. */
function newMap() {
    return Object.create(null);
}
/** Sets a key as an own data property, whatever its name. */
function put(m, key, value) {
    Object.defineProperty(m, key, { value, writable: true, enumerable: true, configurable: true });
}
function hasOwn(m, key) {
    return Object.prototype.hasOwnProperty.call(m, key);
}
function mapGet(m, key) {
    return hasOwn(m, key) ? m[key] : undefined;
}
/** Go orders strings by bytes, which for UTF-8 is code point order. */
function compareStrings(a, b) {
    if (a === b)
        return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.codePointAt(i) ?? 0;
        const y = b.codePointAt(i) ?? 0;
        if (x !== y)
            return x - y;
        if (x > 0xffff)
            i++;
    }
    return a.length - b.length;
}
function sortedKeys(m) {
    return Object.keys(m).sort(compareStrings);
}
/** The Go type name of a value, as error messages and `typeOf` print it. */
function typeName(v) {
    if (v === undefined || v === null)
        return "<nil>";
    if (typeof v === "boolean")
        return "bool";
    if (typeof v === "bigint")
        return "int";
    if (typeof v === "number")
        return "float64";
    if (typeof v === "string")
        return "string";
    if (v instanceof Int64)
        return "int64";
    const tag = containerTypes.get(v);
    if (tag)
        return tag;
    return Array.isArray(v) ? "[]interface {}" : "map[string]interface {}";
}
/** reflect.Kind names, for `kindOf`/`kindIs`. */
function kindName(v) {
    if (v === undefined || v === null)
        return "invalid";
    if (typeof v === "boolean")
        return "bool";
    if (typeof v === "bigint")
        return "int";
    if (v instanceof Int64)
        return "int64";
    if (typeof v === "number")
        return "float64";
    if (typeof v === "string")
        return "string";
    return Array.isArray(v) ? "slice" : "map";
}
/** Go's truth: zero values, empty containers, nil and missing are false. */
function isTrue(v) {
    if (v === undefined || v === null)
        return false;
    if (typeof v === "boolean")
        return v;
    if (typeof v === "bigint")
        return v !== 0n;
    if (v instanceof Int64)
        return v.v !== 0n;
    if (typeof v === "number")
        return v !== 0;
    if (typeof v === "string")
        return v.length > 0;
    if (Array.isArray(v))
        return v.length > 0;
    return Object.keys(v).length > 0;
}
/** The integer inside an `int` or `int64`, or undefined for anything else. */
function intOf(v) {
    if (typeof v === "bigint")
        return v;
    if (v instanceof Int64)
        return v.v;
    return undefined;
}
/** A string's code points: Go ranges over a string rune by rune. */
function runes(s) {
    return Array.from(s);
}
/** Byte length of a string in UTF-8, as Go's `len` counts it. */
function utf8Length(s) {
    return Buffer.byteLength(s, "utf8");
}
const MAX_PRINT_DEPTH = 100;
/** fmt's `%v` of a value inside a container or as an argument (nil prints as `<nil>`). */
function formatValue(v, depth = 0) {
    if (depth > MAX_PRINT_DEPTH)
        throw new Error("value is nested too deeply to print");
    if (v === undefined || v === null)
        return "<nil>";
    if (typeof v === "string")
        return v;
    if (typeof v === "boolean")
        return v ? "true" : "false";
    if (typeof v === "bigint")
        return v.toString();
    if (v instanceof Int64)
        return v.v.toString();
    if (typeof v === "number")
        return formatFloatShortest(v, "g");
    if (Array.isArray(v))
        return "[" + v.map((x) => formatValue(x, depth + 1)).join(" ") + "]";
    return ("map[" +
        sortedKeys(v)
            .map((k) => `${k}:${formatValue(v[k], depth + 1)}`)
            .join(" ") +
        "]");
}
/** The shortest decimal digits of a finite non-zero float and its decimal exponent. */
function shortestDigits(f) {
    const [mant = "0", e = "0"] = Math.abs(f).toExponential().split("e");
    return { digits: mant.replace(".", ""), exp: Number(e) };
}
/**
 * strconv.FormatFloat(f, 'g' or 'e', -1, 64): the shortest representation, in
 * exponent form when 'e', or for 'g' when the exponent is below -4 or at least 6.
 */
function formatFloatShortest(f, fmt) {
    if (Number.isNaN(f))
        return "NaN";
    if (f === Infinity)
        return "+Inf";
    if (f === -Infinity)
        return "-Inf";
    const sign = f < 0 || Object.is(f, -0) ? "-" : "";
    if (f === 0)
        return fmt === "e" ? `${sign}0e+00` : `${sign}0`;
    const { digits, exp } = shortestDigits(f);
    if (fmt === "e" || exp < -4 || exp >= 6) {
        const mantissa = digits.length > 1 ? `${digits[0] ?? ""}.${digits.slice(1)}` : digits;
        const e = Math.abs(exp).toString().padStart(2, "0");
        return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${e}`;
    }
    if (exp < 0)
        return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1)
        return sign + digits + "0".repeat(exp + 1 - digits.length);
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}


/***/ }),

/***/ 3713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* reexport */ clusterFromSecret),
  J: () => (/* reexport */ expandApplicationSet)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/appset/budget.ts
var appset_budget = __webpack_require__(7786);
// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/index.ts + 8 modules
var gotemplate = __webpack_require__(518);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/values.ts
var gotemplate_values = __webpack_require__(6332);
// EXTERNAL MODULE: ./packages/core/src/appset/generators/run.ts
var generators_run = __webpack_require__(6375);
;// CONCATENATED MODULE: ./packages/core/src/appset/generators/repo.ts
/**
 * The local checkout as the repo-server sees it for git generators: every
 * folder (skipping those whose name starts with `.`, like GetGitDirectories)
 * and the files under a folder (like `git ls-files`, dotfiles included). Paths
 * the caller excludes are never listed or read, and symbolic links are not
 * followed, so nothing outside the checkout is read.
 */





class RepoIndex {
    root;
    dirList;
    fileLists = new Map();
    excluded;
    constructor(root, excluded = []) {
        this.root = root;
        this.excluded = excluded.map((e) => e.replace(/^\.\/+/, "").replace(/\/+$/, "")).filter((e) => e !== "");
    }
    isExcluded(rel) {
        return this.excluded.some((e) => rel === e || rel.startsWith(e + "/"));
    }
    /** All folders, depth first in name order (filepath.WalkDir's order). */
    directories() {
        if (this.dirList)
            return this.dirList;
        const out = [];
        const walk = (rel) => {
            for (const e of this.entries(rel)) {
                if (!e.isDirectory() || e.name.startsWith("."))
                    continue;
                const child = rel === "" ? e.name : `${rel}/${e.name}`;
                if (this.isExcluded(child))
                    continue;
                out.push(child);
                if (out.length > appset_budget/* LIMITS */.b1.maxRepoEntries) {
                    throw new generators_run/* ExpansionError */.Y(`the repository has more than ${appset_budget/* LIMITS */.b1.maxRepoEntries} folders to list`);
                }
                walk(child);
            }
        };
        walk("");
        this.dirList = out;
        return out;
    }
    /** Files under a folder ("" for the whole checkout), sorted as git sorts paths. */
    filesUnder(dir) {
        const cached = this.fileLists.get(dir);
        if (cached)
            return cached;
        const out = [];
        const walk = (rel) => {
            for (const e of this.entries(rel)) {
                const child = rel === "" ? e.name : `${rel}/${e.name}`;
                if (e.name === ".git" || this.isExcluded(child))
                    continue;
                if (e.isDirectory())
                    walk(child);
                else if (e.isFile()) {
                    out.push(child);
                    if (out.length > appset_budget/* LIMITS */.b1.maxRepoEntries) {
                        throw new generators_run/* ExpansionError */.Y(`the repository has more than ${appset_budget/* LIMITS */.b1.maxRepoEntries} files to list`);
                    }
                }
            }
        };
        if (dir === "" || (!this.isExcluded(dir) && this.isRealDirectory(dir)))
            walk(dir);
        out.sort(gotemplate_values/* compareStrings */.Kt);
        this.fileLists.set(dir, out);
        return out;
    }
    /** A file's text; the caller parses it with the YAML limits. */
    read(rel, maxBytes) {
        const abs = (0,external_node_path_.join)(this.root, rel);
        const size = (0,external_node_fs_.lstatSync)(abs).size;
        if (size > maxBytes)
            throw new generators_run/* ExpansionError */.Y(`${rel}: ${size} bytes exceed the ${maxBytes}-byte limit for a generator file`);
        return (0,external_node_fs_.readFileSync)(abs, "utf8");
    }
    /** A folder inside the checkout reached without a symbolic link or `..` on the way. */
    isRealDirectory(rel) {
        const parts = rel.split("/");
        if (parts.some((p) => p === "" || p === "." || p === ".."))
            return false;
        try {
            for (let i = 1; i <= parts.length; i++) {
                const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(this.root, ...parts.slice(0, i)));
                if (!st.isDirectory() || st.isSymbolicLink())
                    return false;
            }
            return true;
        }
        catch {
            return false;
        }
    }
    entries(rel) {
        try {
            return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.root, rel), { withFileTypes: true }).sort((a, b) => (0,gotemplate_values/* compareStrings */.Kt)(a.name, b.name));
        }
        catch {
            return [];
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/appset/params.ts
var appset_params = __webpack_require__(6865);
// EXTERNAL MODULE: ./packages/core/src/appset/render.ts + 1 modules
var render = __webpack_require__(6305);
;// CONCATENATED MODULE: ./packages/core/src/appset/selector.ts
/**
 * Kubernetes label selectors (matchLabels, matchExpressions with In, NotIn,
 * Exists, DoesNotExist). Generator post-selectors use Argo CD's copy, which
 * accepts any label value (so a server URL can be matched); the cluster
 * generator's selector is Kubernetes' own, which checks values too.
 */
class SelectorError extends Error {
}
const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function validateKey(key) {
    const slash = key.indexOf("/");
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    const nameOk = name.length > 0 && name.length <= 63 && NAME.test(name);
    const prefixOk = prefix === undefined || (prefix.length > 0 && prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix));
    if (!nameOk || !prefixOk || key.split("/").length > 2) {
        throw new SelectorError(`invalid label key ${JSON.stringify(key)}: a qualified name is an optional DNS prefix and "/", then 1-63 alphanumeric characters, '-', '_' or '.'`);
    }
}
function validateValue(value) {
    if (value !== "" && (value.length > 63 || !NAME.test(value))) {
        throw new SelectorError(`invalid label value ${JSON.stringify(value)}: at most 63 alphanumeric characters, '-', '_' or '.', starting and ending alphanumeric`);
    }
}
function stringOf(v) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    return "";
}
/**
 * Compiles a LabelSelector. `undefined` or `null` selects nothing extra (the
 * caller decides); an empty selector matches everything.
 */
function compileSelector(raw, checkValues) {
    if (raw === null || raw === undefined)
        return () => true;
    if (typeof raw !== "object" || Array.isArray(raw))
        throw new SelectorError("a selector must be a map");
    const sel = raw;
    const reqs = [];
    if (sel.matchLabels !== undefined && sel.matchLabels !== null) {
        if (typeof sel.matchLabels !== "object" || Array.isArray(sel.matchLabels)) {
            throw new SelectorError("matchLabels must be a map");
        }
        for (const [key, v] of Object.entries(sel.matchLabels)) {
            validateKey(key);
            const value = stringOf(v);
            if (checkValues)
                validateValue(value);
            reqs.push({ key, op: "In", values: [value] });
        }
    }
    if (sel.matchExpressions !== undefined && sel.matchExpressions !== null) {
        if (!Array.isArray(sel.matchExpressions))
            throw new SelectorError("matchExpressions must be a list");
        for (const e of sel.matchExpressions) {
            const expr = (typeof e === "object" && e !== null ? e : {});
            const key = stringOf(expr.key);
            const op = stringOf(expr.operator);
            const values = Array.isArray(expr.values) ? expr.values.map(stringOf) : [];
            if (op !== "In" && op !== "NotIn" && op !== "Exists" && op !== "DoesNotExist") {
                throw new SelectorError(`${JSON.stringify(op)} is not a valid label selector operator`);
            }
            validateKey(key);
            if ((op === "In" || op === "NotIn") && values.length === 0) {
                throw new SelectorError(`values for ${key}: for 'in', 'notin' operators, values set can't be empty`);
            }
            if ((op === "Exists" || op === "DoesNotExist") && values.length > 0) {
                throw new SelectorError(`values for ${key}: values set must be empty for exists and does not exist`);
            }
            if (checkValues)
                values.forEach(validateValue);
            reqs.push({ key, op, values });
        }
    }
    return (labels) => reqs.every((r) => {
        const has = Object.prototype.hasOwnProperty.call(labels, r.key);
        const value = has ? labels[r.key] : undefined;
        switch (r.op) {
            case "In":
                return has && r.values.includes(value ?? "");
            case "NotIn":
                return !has || !r.values.includes(value ?? "");
            case "Exists":
                return has;
            case "DoesNotExist":
                return !has;
        }
    });
}
/** True when a selector has at least one requirement (the cluster generator then leaves out in-cluster). */
function selectorHasRequirements(raw) {
    if (typeof raw !== "object" || raw === null)
        return false;
    const sel = raw;
    const labels = typeof sel.matchLabels === "object" && sel.matchLabels !== null ? Object.keys(sel.matchLabels).length : 0;
    const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
    return labels + exprs > 0;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/clusters.ts
const SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";
const IN_CLUSTER_NAME = "in-cluster";
const IN_CLUSTER_SERVER = "https://kubernetes.default.svc";
function stringMap(v) {
    const out = {};
    if (typeof v !== "object" || v === null || Array.isArray(v))
        return out;
    for (const [k, x] of Object.entries(v)) {
        if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") {
            Object.defineProperty(out, k, {
                value: String(x),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
    }
    return out;
}
/**
 * A cluster from an Argo CD cluster Secret (label argocd.argoproj.io/secret-type:
 * cluster): `name`, `server` and `project` from `data` (base64) with `stringData`
 * taking precedence, as the API server merges them. Anything else is undefined.
 */
function clusterFromSecret(doc) {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc))
        return undefined;
    const d = doc;
    if (d.kind !== "Secret")
        return undefined;
    const metadata = (typeof d.metadata === "object" && d.metadata !== null ? d.metadata : {});
    const labels = stringMap(metadata.labels);
    if (labels[SECRET_TYPE_LABEL] !== "cluster")
        return undefined;
    const fields = {};
    const data = stringMap(d.data);
    for (const key of ["name", "server", "project"]) {
        const raw = data[key];
        if (raw !== undefined)
            fields[key] = Buffer.from(raw, "base64").toString("utf8");
    }
    Object.assign(fields, pick(stringMap(d.stringData), ["name", "server", "project"]));
    const cluster = {
        name: fields.name ?? "",
        server: fields.server ?? "",
        labels,
        annotations: stringMap(metadata.annotations),
    };
    if (fields.project !== undefined)
        cluster.project = fields.project;
    return cluster;
}
function pick(m, keys) {
    const out = {};
    for (const k of keys)
        if (m[k] !== undefined)
            out[k] = m[k];
    return out;
}
/** secretToCluster trims the server's trailing slashes before comparing it with the local address. */
function isInClusterServer(server) {
    return server.replace(/\/+$/, "") === IN_CLUSTER_SERVER;
}
/** The labels a cluster's Secret carries (the secret-type label included). */
function secretLabels(cluster) {
    return { ...cluster.labels, [SECRET_TYPE_LABEL]: cluster.labels[SECRET_TYPE_LABEL] ?? "cluster" };
}

// EXTERNAL MODULE: ./packages/core/src/appset/slug.ts
var slug = __webpack_require__(6148);
// EXTERNAL MODULE: ./packages/core/src/appset/generators/values.ts
var generators_values = __webpack_require__(1454);
;// CONCATENATED MODULE: ./packages/core/src/appset/generators/clusters.ts
/**
 * The cluster generator over the clusters the caller knows. The local
 * `in-cluster` is added first unless the selector has requirements or a
 * cluster Secret already points at https://kubernetes.default.svc.
 */







function stringMapParam(m) {
    const out = (0,gotemplate_values/* newMap */.dg)();
    for (const k of Object.keys(m))
        (0,gotemplate_values/* put */.yJ)(out, k, m[k] ?? "");
    return (0,gotemplate_values/* typed */.nE)(out, "map[string]string");
}
function clusterParams(c, run) {
    const params = (0,gotemplate_values/* newMap */.dg)();
    (0,gotemplate_values/* put */.yJ)(params, "name", c.name);
    (0,gotemplate_values/* put */.yJ)(params, "nameNormalized", (0,slug/* sanitizeName */.rh)(c.name));
    (0,gotemplate_values/* put */.yJ)(params, "server", c.server);
    (0,gotemplate_values/* put */.yJ)(params, "project", c.project ?? "");
    const labels = secretLabels(c);
    if (run.goTemplate) {
        const meta = (0,gotemplate_values/* newMap */.dg)();
        if (Object.keys(c.annotations).length > 0)
            (0,gotemplate_values/* put */.yJ)(meta, "annotations", stringMapParam(c.annotations));
        (0,gotemplate_values/* put */.yJ)(meta, "labels", stringMapParam(labels));
        (0,gotemplate_values/* put */.yJ)(params, "metadata", meta);
    }
    else {
        for (const [k, v] of Object.entries(c.annotations))
            (0,gotemplate_values/* put */.yJ)(params, `metadata.annotations.${k}`, v);
        for (const [k, v] of Object.entries(labels))
            (0,gotemplate_values/* put */.yJ)(params, `metadata.labels.${k}`, v);
    }
    return params;
}
function clusterGenerator(spec, run) {
    const gen = (0,generators_values/* asObject */.eB)(spec);
    let select;
    try {
        select = compileSelector(gen.selector, true);
    }
    catch (err) {
        if (err instanceof SelectorError)
            throw new generators_run/* ExpansionError */.Y(`error converting label selector: ${err.message}`);
        throw err;
    }
    const ignoreLocal = selectorHasRequirements(gen.selector);
    // Secrets are listed into a map by cluster name: the last one of a name wins.
    const byName = new Map();
    for (const c of run.ctx.clusters) {
        if (select(secretLabels(c)))
            byName.set(c.name, c);
    }
    const matched = [...byName.values()];
    const out = [];
    if (!ignoreLocal && !matched.some((c) => isInClusterServer(c.server))) {
        const params = (0,gotemplate_values/* newMap */.dg)();
        (0,gotemplate_values/* put */.yJ)(params, "name", IN_CLUSTER_NAME);
        (0,gotemplate_values/* put */.yJ)(params, "nameNormalized", IN_CLUSTER_NAME);
        (0,gotemplate_values/* put */.yJ)(params, "server", IN_CLUSTER_SERVER);
        (0,gotemplate_values/* put */.yJ)(params, "project", "");
        (0,generators_values/* appendValues */.Bx)(gen.values, params, run, "clusters.values");
        out.push(params);
    }
    for (const c of matched) {
        const params = clusterParams(c, run);
        (0,generators_values/* appendValues */.Bx)(gen.values, params, run, "clusters.values");
        out.push(params);
    }
    if (out.length > appset_budget/* LIMITS */.b1.maxApplications) {
        throw new generators_run/* ExpansionError */.Y(`the cluster generator makes ${out.length} parameter sets, more than the ${appset_budget/* LIMITS */.b1.maxApplications} allowed`);
    }
    if (gen.flatList === true) {
        const flat = (0,gotemplate_values/* newMap */.dg)();
        (0,gotemplate_values/* put */.yJ)(flat, "clusters", out);
        return [flat];
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/yaml.ts + 1 modules
var src_yaml = __webpack_require__(5805);
// EXTERNAL MODULE: ./packages/core/src/appset/gopath.ts
var gopath = __webpack_require__(6158);
;// CONCATENATED MODULE: ./packages/core/src/appset/generators/pathspec.ts
/**
 * How the git files generator matches paths by default: `git ls-files -- PATH`
 * pathspecs. Without a wildcard a pathspec names a file or a folder prefix;
 * with one it is a wildmatch where `*` and `?` also match `/` (so `a/*.json`
 * finds JSON files at any depth under `a`, as Argo CD's docs warn).
 */

function isWildcard(c) {
    return c === "*" || c === "?" || c === "[" || c === "\\";
}
function hasWildcard(pattern) {
    return (0,gotemplate_values/* runes */.mZ)(pattern).some(isWildcard);
}
/** The folder below which every match lies (used to list less and to record inputs). */
function pathspecBase(pattern) {
    const p = normalize(pattern);
    const first = (0,gotemplate_values/* runes */.mZ)(p).findIndex(isWildcard);
    // A literal pathspec names a file or a folder: list its parent either way.
    const literal = (first < 0 ? p : p.slice(0, first)).replace(/\/+$/, first < 0 ? "" : "/");
    const slash = literal.lastIndexOf("/");
    return slash < 0 ? "" : literal.slice(0, slash);
}
function normalize(pattern) {
    return pattern.replace(/^(\.\/)+/, "").replace(/^\/+/, "");
}
function pathspecMatches(pattern, path) {
    const p = normalize(pattern);
    if (p === "" || p === ".")
        return true;
    if (path === p)
        return true;
    if (!hasWildcard(p))
        return path.startsWith(p.endsWith("/") ? p : p + "/");
    return wildmatch(p, path);
}
const POSIX = {
    alnum: (c) => /^[A-Za-z0-9]$/.test(c),
    alpha: (c) => /^[A-Za-z]$/.test(c),
    blank: (c) => c === " " || c === "\t",
    cntrl: (c) => (c.codePointAt(0) ?? 0) < 0x20 || c === "\x7f",
    digit: (c) => /^[0-9]$/.test(c),
    graph: (c) => /^[!-~]$/.test(c),
    lower: (c) => /^[a-z]$/.test(c),
    print: (c) => /^[ -~]$/.test(c),
    punct: (c) => /^[!-/:-@[-`{-~]$/.test(c),
    space: (c) => /^[\t\n\v\f\r ]$/.test(c),
    upper: (c) => /^[A-Z]$/.test(c),
    xdigit: (c) => /^[0-9A-Fa-f]$/.test(c),
};
/** Git's wildmatch without WM_PATHNAME, memoised so many stars stay polynomial. */
function wildmatch(pattern, text) {
    const p = (0,gotemplate_values/* runes */.mZ)(pattern);
    const t = (0,gotemplate_values/* runes */.mZ)(text);
    const failed = new Set();
    const go = (pi0, ti0) => {
        const key = pi0 * (t.length + 1) + ti0;
        if (failed.has(key))
            return false;
        let pi = pi0;
        let ti = ti0;
        while (pi < p.length) {
            const c = p[pi] ?? "";
            if (c === "*") {
                while (p[pi] === "*")
                    pi++;
                if (pi === p.length)
                    return true;
                for (let k = ti; k <= t.length; k++) {
                    if (go(pi, k))
                        return true;
                }
                failed.add(key);
                return false;
            }
            if (ti >= t.length) {
                failed.add(key);
                return false;
            }
            const ch = t[ti] ?? "";
            if (c === "?") {
                pi++;
                ti++;
                continue;
            }
            if (c === "[") {
                const r = matchClass(p, pi, ch);
                if (r === undefined || !r.matched) {
                    failed.add(key);
                    return false;
                }
                pi = r.next;
                ti++;
                continue;
            }
            let lit = c;
            if (c === "\\") {
                pi++;
                lit = p[pi] ?? "";
            }
            if (lit !== ch) {
                failed.add(key);
                return false;
            }
            pi++;
            ti++;
        }
        const ok = ti === t.length;
        if (!ok)
            failed.add(key);
        return ok;
    };
    return go(0, 0);
}
/** A bracket expression at `start`; undefined when it never closes (git then matches nothing). */
function matchClass(p, start, ch) {
    let i = start + 1;
    let negate = false;
    if (p[i] === "!" || p[i] === "^") {
        negate = true;
        i++;
    }
    let matched = false;
    let first = true;
    while (i < p.length) {
        let c = p[i] ?? "";
        if (c === "]" && !first)
            return { matched: matched !== negate, next: i + 1 };
        first = false;
        if (c === "[" && p[i + 1] === ":") {
            const close = p.indexOf(":", i + 2);
            if (close > 0 && p[close + 1] === "]") {
                const name = p.slice(i + 2, close).join("");
                const test = POSIX[name];
                if (!test)
                    return undefined;
                if (test(ch))
                    matched = true;
                i = close + 2;
                continue;
            }
        }
        if (c === "\\") {
            i++;
            c = p[i] ?? "";
        }
        if (p[i + 1] === "-" && p[i + 2] !== undefined && p[i + 2] !== "]") {
            let hi = p[i + 2] ?? "";
            let skip = 3;
            if (hi === "\\") {
                hi = p[i + 3] ?? "";
                skip = 4;
            }
            if (ch >= c && ch <= hi)
                matched = true;
            i += skip;
            continue;
        }
        if (c === ch)
            matched = true;
        i++;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/git.ts
/**
 * The git generator on the local checkout: `directories` (path.Match globs,
 * `exclude: true` entries win) and `files` (JSON or YAML files found with
 * git-pathspec matching; a file holding a list gives one parameter set per
 * element). A repoURL that is not this repository cannot be read offline.
 */










function items(v, field) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new generators_run/* ExpansionError */.Y(`git.${field} must be a list`);
    return v.map((x) => {
        const o = (0,generators_values/* asObject */.eB)(x);
        return { path: (0,generators_values/* asString */.oJ)(o.path), exclude: o.exclude === true };
    });
}
/** The folder whose listing decides what a path.Match pattern finds. */
function matchBase(pattern) {
    const segments = pattern.split("/");
    const first = segments.findIndex((s) => /[*?[\\]/.test(s));
    const literal = first < 0 ? segments.slice(0, -1) : segments.slice(0, first);
    const base = literal.join("/");
    return base === "" ? "." : base;
}
function gitGenerator(spec, run) {
    const git = (0,generators_values/* asObject */.eB)(spec);
    const repoURL = (0,generators_values/* asString */.oJ)(git.repoURL);
    if (!run.ctx.isLocalRepo(repoURL)) {
        run.note(`git generator reads ${repoURL || "a repository with no repoURL"}, which is not this repository; its parameters need that repository`);
        return [];
    }
    const directories = items(git.directories, "directories");
    const files = items(git.files, "files");
    const prefix = (0,generators_values/* asString */.oJ)(git.pathParamPrefix);
    let out;
    if (directories.length > 0)
        out = fromDirectories(directories, prefix, git.values, run);
    else if (files.length > 0)
        out = fromFiles(files, prefix, git.values, run);
    else
        throw new generators_run/* ExpansionError */.Y("the git generator has neither directories nor files");
    if (out.length > appset_budget/* LIMITS */.b1.maxApplications) {
        throw new generators_run/* ExpansionError */.Y(`the git generator makes ${out.length} parameter sets, more than the ${appset_budget/* LIMITS */.b1.maxApplications} allowed`);
    }
    return out;
}
function fromDirectories(requested, prefix, values, run) {
    for (const r of requested)
        if (!r.exclude)
            run.inputs.dirs.add(matchBase(r.path));
    const bad = new Set();
    const matches = (pattern, path) => {
        try {
            return gopath/* match */.YW(pattern, path);
        }
        catch {
            bad.add(pattern);
            return false;
        }
    };
    const apps = run.repo.directories().filter((dir) => {
        let include = false;
        let exclude = false;
        for (const r of requested) {
            if (!matches(r.path, dir))
                continue;
            if (r.exclude)
                exclude = true;
            else
                include = true;
        }
        return include && !exclude;
    });
    for (const pattern of bad) {
        run.note(`git generator directory pattern ${JSON.stringify(pattern)} is malformed; Argo CD skips it too`);
    }
    return apps.map((dir) => {
        const params = (0,gotemplate_values/* newMap */.dg)();
        const base = gopath/* base */.E3(dir);
        if (run.goTemplate) {
            const path = (0,gotemplate_values/* newMap */.dg)();
            (0,gotemplate_values/* put */.yJ)(path, "path", dir);
            (0,gotemplate_values/* put */.yJ)(path, "basename", base);
            (0,gotemplate_values/* put */.yJ)(path, "basenameNormalized", (0,slug/* sanitizeName */.rh)(base));
            (0,gotemplate_values/* put */.yJ)(path, "segments", (0,gotemplate_values/* typed */.nE)(dir.split("/"), "[]string"));
            putPath(params, prefix, path);
        }
        else {
            const name = prefix === "" ? "path" : `${prefix}.path`;
            (0,gotemplate_values/* put */.yJ)(params, name, dir);
            (0,gotemplate_values/* put */.yJ)(params, `${name}.basename`, base);
            (0,gotemplate_values/* put */.yJ)(params, `${name}.basenameNormalized`, (0,slug/* sanitizeName */.rh)(base));
            dir.split("/").forEach((segment, i) => {
                if (segment !== "")
                    (0,gotemplate_values/* put */.yJ)(params, `${name}[${i}]`, segment);
            });
        }
        (0,generators_values/* appendValues */.Bx)(values, params, run, "git.values");
        return params;
    });
}
function putPath(params, prefix, path) {
    if (prefix === "") {
        (0,gotemplate_values/* put */.yJ)(params, "path", path);
    }
    else {
        const wrapper = (0,gotemplate_values/* newMap */.dg)();
        (0,gotemplate_values/* put */.yJ)(wrapper, "path", path);
        (0,gotemplate_values/* put */.yJ)(params, prefix, wrapper);
    }
}
function fromFiles(requested, prefix, values, run) {
    const found = new Set();
    const listFor = (pattern) => {
        const base = pathspecBase(pattern);
        return run.repo.filesUnder(base).filter((f) => pathspecMatches(pattern, f));
    };
    for (const r of requested) {
        if (/(^|\/)\.\.(\/|$)/.test(r.path)) {
            throw new generators_run/* ExpansionError */.Y(`git files path ${JSON.stringify(r.path)} is outside the repository`);
        }
    }
    for (const r of requested) {
        if (r.exclude)
            continue;
        const base = pathspecBase(r.path);
        run.inputs.dirs.add(base === "" ? "." : base);
        for (const f of listFor(r.path))
            found.add(f);
    }
    for (const r of requested) {
        if (!r.exclude)
            continue;
        for (const f of listFor(r.path))
            found.delete(f);
    }
    const out = [];
    for (const file of [...found].sort(gotemplate_values/* compareStrings */.Kt)) {
        run.inputs.files.add(file);
        let objects;
        try {
            objects = parseGeneratorFile(run.repo.read(file, src_yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes), file);
        }
        catch (err) {
            throw new generators_run/* ExpansionError */.Y(`unable to process file '${file}': ${(0,src_errors/* messageOf */.bD)(err)}`);
        }
        for (const object of objects) {
            out.push(fileParams(object, file, prefix, values, run));
            if (out.length > appset_budget/* LIMITS */.b1.maxApplications) {
                throw new generators_run/* ExpansionError */.Y(`the git files generator makes more than ${appset_budget/* LIMITS */.b1.maxApplications} parameter sets`);
            }
        }
    }
    return out;
}
/** A file holds one object, or a list of objects; an empty file is one empty object. */
function parseGeneratorFile(text, file) {
    let value;
    try {
        value = (0,appset_params/* toGoValue */.z8)((0,src_yaml/* parseYaml */.hN)(text, file).documents[0]?.value ?? null);
    }
    catch (err) {
        throw new generators_run/* ExpansionError */.Y(`unable to parse file: ${(0,src_errors/* messageOf */.bD)(err)}`);
    }
    if (value === null)
        return [(0,gotemplate_values/* newMap */.dg)()];
    if (Array.isArray(value)) {
        if (value.length === 0)
            return [(0,gotemplate_values/* newMap */.dg)()];
        if (value.every((v) => v === null || (0,gotemplate_values/* isMap */.jh)(v)))
            return value.map((v) => v ?? (0,gotemplate_values/* newMap */.dg)());
        throw new generators_run/* ExpansionError */.Y("unable to parse file: a list in a generator file must hold only maps");
    }
    if ((0,gotemplate_values/* isMap */.jh)(value))
        return [value];
    throw new generators_run/* ExpansionError */.Y(`unable to parse file: error unmarshaling JSON: json: cannot unmarshal ${typeof value} into Go value of type map[string]interface {}`);
}
function fileParams(object, file, prefix, values, run) {
    const params = (0,gotemplate_values/* newMap */.dg)();
    const dir = gopath/* dir */.y_(file);
    const base = gopath/* base */.E3(dir);
    const filename = gopath/* base */.E3(file);
    if (run.goTemplate) {
        if ((0,gotemplate_values/* isMap */.jh)(object))
            for (const k of Object.keys(object))
                (0,gotemplate_values/* put */.yJ)(params, k, object[k]);
        const path = (0,gotemplate_values/* newMap */.dg)();
        (0,gotemplate_values/* put */.yJ)(path, "path", dir);
        (0,gotemplate_values/* put */.yJ)(path, "basename", base);
        (0,gotemplate_values/* put */.yJ)(path, "filename", filename);
        (0,gotemplate_values/* put */.yJ)(path, "basenameNormalized", (0,slug/* sanitizeName */.rh)(base));
        (0,gotemplate_values/* put */.yJ)(path, "filenameNormalized", (0,slug/* sanitizeName */.rh)(filename));
        (0,gotemplate_values/* put */.yJ)(path, "segments", (0,gotemplate_values/* typed */.nE)(dir.split("/"), "[]string"));
        putPath(params, prefix, path);
    }
    else {
        if ((0,gotemplate_values/* isMap */.jh)(object)) {
            for (const [k, v] of Object.entries((0,appset_params/* flattenParams */.V9)(object, true)))
                (0,gotemplate_values/* put */.yJ)(params, k, v);
        }
        const name = prefix === "" ? "path" : `${prefix}.path`;
        (0,gotemplate_values/* put */.yJ)(params, name, dir);
        (0,gotemplate_values/* put */.yJ)(params, `${name}.basename`, base);
        (0,gotemplate_values/* put */.yJ)(params, `${name}.filename`, filename);
        (0,gotemplate_values/* put */.yJ)(params, `${name}.basenameNormalized`, (0,slug/* sanitizeName */.rh)(base));
        (0,gotemplate_values/* put */.yJ)(params, `${name}.filenameNormalized`, (0,slug/* sanitizeName */.rh)(filename));
        dir.split("/").forEach((segment, i) => {
            if (segment !== "")
                (0,gotemplate_values/* put */.yJ)(params, `${name}[${i}]`, segment);
        });
    }
    (0,generators_values/* appendValues */.Bx)(values, params, run, "git.values");
    return params;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/list.ts
/** The list generator: `elements`, and `elementsYaml` (often templated from a matrix's first generator). */







function describe(v) {
    if (Array.isArray(v))
        return "array";
    if (typeof v === "string")
        return "string";
    if (typeof v === "boolean")
        return "bool";
    if (v === null || v === undefined)
        return "null";
    return "number";
}
/** processElement: Go templates see the element as it is; fasttemplate needs scalars, flattened one level for `values`. */
function processElement(element, goTemplate) {
    if (!(0,gotemplate_values/* isMap */.jh)(element)) {
        throw new generators_run/* ExpansionError */.Y(`error unmarshling list element json: cannot unmarshal ${describe(element)} into Go value of type map[string]interface {}`);
    }
    if (goTemplate)
        return element;
    const params = (0,gotemplate_values/* newMap */.dg)();
    const scalar = (v, key) => {
        if (v === null || v === undefined)
            return "";
        if (typeof v === "string")
            return v;
        if (typeof v === "boolean" || typeof v === "number")
            return (0,gotemplate_values/* formatValue */.Fl)(v);
        throw new generators_run/* ExpansionError */.Y(`unsupported value type for key ${JSON.stringify(key)}: nested objects and arrays are not supported in non-GoTemplate mode`);
    };
    for (const key of Object.keys(element)) {
        const value = element[key];
        if (key === "values") {
            if (!(0,gotemplate_values/* isMap */.jh)(value))
                throw new generators_run/* ExpansionError */.Y("error parsing values map");
            for (const k of Object.keys(value))
                (0,gotemplate_values/* put */.yJ)(params, `values.${k}`, scalar(value[k], k));
        }
        else {
            (0,gotemplate_values/* put */.yJ)(params, key, scalar(value, key));
        }
    }
    return params;
}
function listGenerator(spec, run) {
    const list = (0,generators_values/* asObject */.eB)(spec);
    const out = [];
    const elements = list.elements;
    if (elements !== undefined && elements !== null) {
        if (!Array.isArray(elements))
            throw new generators_run/* ExpansionError */.Y("list.elements must be a list");
        for (const e of elements)
            out.push(processElement((0,appset_params/* toGoValue */.z8)(e), run.goTemplate));
    }
    const yaml = list.elementsYaml;
    if (typeof yaml === "string" && yaml !== "") {
        let parsed;
        try {
            parsed = (0,appset_params/* toGoValue */.z8)((0,src_yaml/* parseYaml */.hN)(yaml, "elementsYaml").documents[0]?.value ?? null);
        }
        catch (err) {
            throw new generators_run/* ExpansionError */.Y(`error unmarshling decoded ElementsYaml ${(0,src_errors/* messageOf */.bD)(err)}`);
        }
        if (parsed !== null && !Array.isArray(parsed)) {
            throw new generators_run/* ExpansionError */.Y(`error unmarshling decoded ElementsYaml error unmarshaling JSON: json: cannot unmarshal ${(0,gotemplate_values/* isMap */.jh)(parsed) ? "object" : describe(parsed)} into Go value of type []map[string]interface {}`);
        }
        for (const e of parsed ?? [])
            out.push(processElement(e ?? (0,gotemplate_values/* newMap */.dg)(), run.goTemplate));
    }
    if (out.length > appset_budget/* LIMITS */.b1.maxApplications) {
        throw new generators_run/* ExpansionError */.Y(`the list generator has ${out.length} elements, more than the ${appset_budget/* LIMITS */.b1.maxApplications} allowed`);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/live.ts

const WHY = {
    scmProvider: () => "scmProvider generator lists repositories from the SCM's API",
    clusterDecisionResource: (s) => `clusterDecisionResource generator reads ${(0,generators_values/* asString */.oJ)(s.configMapRef) || "a duck-typed resource"} from the live cluster`,
    plugin: (s) => `plugin generator calls the plugin service ${(0,generators_values/* asString */.oJ)((0,generators_values/* asObject */.eB)(s.configMapRef).name) || ""}`.trim(),
};
/** Notes why the generator cannot run offline and generates nothing. */
function liveGenerator(kind, spec, run) {
    const why = WHY[kind]?.((0,generators_values/* asObject */.eB)(spec)) ?? `${kind} generator needs the live cluster`;
    run.note(`${why}; it generates nothing offline`);
    return [];
}

;// CONCATENATED MODULE: ./packages/core/src/appset/generators/matrix.ts
/**
 * The matrix generator: every parameter set of the first child combined with
 * every set the second child makes when its fields are templated with the
 * first's. Go templates merge the sets (the first child's values win);
 * fasttemplate refuses a key the two children give different values.
 */





function matrixGenerator(spec, run, childParams) {
    const generators = (0,generators_values/* asObject */.eB)(spec).generators;
    if (!Array.isArray(generators) || generators.length < 2) {
        throw new generators_run/* ExpansionError */.Y("found less than two generators, Matrix support only two");
    }
    if (generators.length > 2)
        throw new generators_run/* ExpansionError */.Y("found more than two generators, Matrix support only two");
    const first = wrap("first", () => childParams(generators[0], undefined));
    const out = [];
    for (const a of first) {
        const second = wrap("second", () => childParams(generators[1], a));
        for (const b of second) {
            out.push(run.goTemplate ? mergeGo(a, b) : combineStrings(a, b));
            if (out.length > appset_budget/* LIMITS */.b1.maxApplications) {
                throw new generators_run/* ExpansionError */.Y(`the matrix generator makes more than ${appset_budget/* LIMITS */.b1.maxApplications} parameter sets`);
            }
        }
    }
    return out;
}
function wrap(which, fn) {
    try {
        return fn();
    }
    catch (err) {
        if (err instanceof generators_run/* ExpansionError */.Y) {
            throw new generators_run/* ExpansionError */.Y(which === "first"
                ? `error failed to get params for first generator in matrix generator: ${err.message}`
                : `failed to get params for second generator in the matrix generator: ${err.message}`);
        }
        throw err;
    }
}
/** mergo.Merge(&tmp, b, WithOverride) then mergo.Merge(&tmp, a, WithOverride). */
function mergeGo(a, b) {
    const tmp = (0,appset_params/* mergoMerge */.BV)((0,gotemplate_values/* newMap */.dg)(), (0,appset_params/* deepClone */.Go)(b), true);
    return (0,appset_params/* mergoMerge */.BV)(tmp, (0,appset_params/* deepClone */.Go)(a), true);
}
/** utils.CombineStringMaps. */
function combineStrings(a, b) {
    const out = (0,gotemplate_values/* newMap */.dg)();
    for (const k of Object.keys(a))
        (0,gotemplate_values/* put */.yJ)(out, k, (0,gotemplate_values/* formatValue */.Fl)(a[k]));
    for (const k of Object.keys(b)) {
        const v = (0,gotemplate_values/* formatValue */.Fl)(b[k]);
        const current = Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined;
        if (current !== undefined && current !== v) {
            throw new generators_run/* ExpansionError */.Y(`failed to combine string maps with merging params for the matrix generator: found duplicate key ${k} with different value, a: ${(0,gotemplate_values/* formatValue */.Fl)(current)} ,b: ${v}`);
        }
        (0,gotemplate_values/* put */.yJ)(out, k, v);
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/appset/sprig/encoding.ts
var encoding = __webpack_require__(5534);
;// CONCATENATED MODULE: ./packages/core/src/appset/generators/merge.ts
/**
 * The merge generator: parameter sets of the first child, overridden by sets
 * of later children that agree on every merge key; sets no base set matches
 * are dropped. Each child's sets must be unique by the merge keys.
 */





function byMergeKey(keys, sets) {
    if (keys.length === 0)
        throw new generators_run/* ExpansionError */.Y("no merge keys were specified, Merge requires at least one");
    const unique = [...new Set(keys)];
    const out = new Map();
    for (const set of sets) {
        const key = (0,gotemplate_values/* newMap */.dg)();
        for (const k of unique)
            (0,gotemplate_values/* put */.yJ)(key, k, (0,gotemplate_values/* hasOwn */.$3)(set, k) ? set[k] : null);
        const json = (0,encoding/* goJson */.Pl)(key, { html: true, indent: false });
        if (out.has(json)) {
            throw new generators_run/* ExpansionError */.Y(`error getting param sets by merge key: the parameters from a generator were not unique by the given mergeKeys, Merge requires all param sets to be unique. Duplicate key was ${json}`);
        }
        out.set(json, set);
    }
    return out;
}
function mergeGenerator(spec, run, childParams) {
    const merge = (0,generators_values/* asObject */.eB)(spec);
    const generators = merge.generators;
    if (!Array.isArray(generators) || generators.length < 2) {
        throw new generators_run/* ExpansionError */.Y("found less than two generators, Merge requires two or more");
    }
    const keys = Array.isArray(merge.mergeKeys) ? merge.mergeKeys.map(generators_values/* asString */.oJ) : [];
    const sets = generators.map((g, i) => {
        try {
            return childParams(g, undefined);
        }
        catch (err) {
            if (err instanceof generators_run/* ExpansionError */.Y) {
                throw new generators_run/* ExpansionError */.Y(`error getting params from generator ${i + 1} of ${generators.length}: ${err.message}`);
            }
            throw err;
        }
    });
    const base = byMergeKey(keys, sets[0] ?? []);
    for (const later of sets.slice(1)) {
        const overrides = byMergeKey(keys, later);
        for (const [key, baseSet] of base) {
            const override = overrides.get(key);
            if (!override)
                continue;
            if (run.goTemplate) {
                base.set(key, (0,appset_params/* mergoMerge */.BV)((0,appset_params/* deepClone */.Go)(baseSet), (0,appset_params/* deepClone */.Go)(override), true));
            }
            else {
                const combined = (0,gotemplate_values/* newMap */.dg)();
                for (const k of Object.keys(baseSet))
                    (0,gotemplate_values/* put */.yJ)(combined, k, baseSet[k]);
                for (const k of Object.keys(override))
                    (0,gotemplate_values/* put */.yJ)(combined, k, override[k]);
                base.set(key, combined);
            }
        }
    }
    return [...base.values()];
}

// EXTERNAL MODULE: ./packages/core/src/appset/generators/pull-request.ts
var pull_request = __webpack_require__(723);
;// CONCATENATED MODULE: ./packages/core/src/appset/generators/transform.ts
/**
 * generators.Transform: one generator entry to parameter sets, one result per
 * generator kind it names. Its `selector` filters the sets (on their flattened
 * values), a `template` of its own is merged over the ApplicationSet's, and
 * inside a matrix its fields are first templated with the other child's params.
 */













/** In the order of ApplicationSetGenerator's fields, which is the order Argo CD runs them in. */
const GENERATOR_KINDS = [
    "list",
    "clusters",
    "git",
    "scmProvider",
    "clusterDecisionResource",
    "pullRequest",
    "matrix",
    "merge",
    "plugin",
];
/** Nesting: 0 for spec.generators, 1 inside a matrix/merge, 2 inside a nested one (terminal generators only). */
function transform(generator, run, base, interpolate, depth) {
    if (!(0,render/* isObject */.Gv)(generator))
        throw new generators_run/* ExpansionError */.Y("a generator must be a map");
    let select;
    try {
        if (generator.selector !== undefined && generator.selector !== null)
            select = compileSelector(generator.selector, false);
    }
    catch (err) {
        if (err instanceof SelectorError)
            throw new generators_run/* ExpansionError */.Y(`error parsing label selector: ${err.message}`);
        throw err;
    }
    const kinds = GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null);
    const results = [];
    for (const kind of kinds) {
        if ((kind === "matrix" || kind === "merge") && depth >= 2) {
            throw new generators_run/* ExpansionError */.Y("matrix and merge generators can only be nested once");
        }
        const own = (0,render/* isObject */.Gv)(generator[kind]) ? generator[kind].template : undefined;
        const template = (0,render/* mergeTemplates */.S$)(own, base);
        let spec = generator;
        if ((0,generators_values/* isNonEmptyParams */.Np)(interpolate)) {
            try {
                spec = (0,render/* renderDeep */.PQ)(generator, interpolate, run.replace);
            }
            catch (err) {
                throw new generators_run/* ExpansionError */.Y(`failed to replace parameters in generator: ${(0,src_errors/* messageOf */.bD)(err)}`);
            }
        }
        const params = generate(kind, spec[kind], run, depth);
        const kept = select ? params.filter((p) => select((0,appset_params/* flattenParams */.V9)(p))) : params;
        results.push({ kind, params: kept, template });
    }
    return results;
}
/** A matrix or merge child's parameter sets (Go's getParams). */
function childParams(child, run, params, depth) {
    const results = transform(child, run, undefined, params, depth);
    if (results.length === 0)
        throw new generators_run/* ExpansionError */.Y("child generator generated no parameters");
    if (results.length > 1)
        throw new generators_run/* ExpansionError */.Y("found more than one generator in matrix.Generators");
    return results[0]?.params ?? [];
}
function generate(kind, spec, run, depth) {
    switch (kind) {
        case "list":
            return listGenerator(spec, run);
        case "clusters":
            return clusterGenerator(spec, run);
        case "git":
            return gitGenerator(spec, run);
        case "pullRequest":
            return (0,pull_request/* pullRequestGenerator */.K)(spec, run);
        case "scmProvider":
        case "clusterDecisionResource":
        case "plugin":
            return liveGenerator(kind, spec, run);
        case "matrix":
            return matrixGenerator(spec, run, (child, params) => childParams(child, run, params, depth + 1));
        case "merge":
            return mergeGenerator(spec, run, (child, params) => childParams(child, run, params, depth + 1));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/appset/patch.ts
/**
 * `templatePatch`: the rendered patch (JSON when it starts with `{`, YAML
 * otherwise) applied as a Kubernetes strategic merge patch on the Application.
 * The Application type has merge strategies only on metadata.finalizers
 * (union) and metadata.ownerReferences (by uid); every other list is replaced,
 * maps merge, null deletes, and `$patch: replace|delete` work on maps.
 */





class PatchError extends Error {
}
/** ConvertYAMLToJSON + json.Unmarshal of the patch. */
function parsePatch(text) {
    const trimmed = text.trim();
    let value;
    try {
        if (trimmed.startsWith("{"))
            value = JSON.parse(trimmed);
        else
            value = (0,src_yaml/* parseYaml */.hN)(text, "templatePatch").documents[0]?.value ?? null;
    }
    catch (err) {
        throw new PatchError(`error while converting template to json ${JSON.stringify(trimmed.slice(0, 200))}: ${(0,src_errors/* messageOf */.bD)(err)}`);
    }
    const plain = (0,appset_params/* toPlain */.Ul)((0,appset_params/* toGoValue */.z8)(value));
    if (plain !== null && !(0,render/* isObject */.Gv)(plain)) {
        throw new PatchError(`invalid templatePatch ${JSON.stringify(trimmed.slice(0, 200))}: json: cannot unmarshal ${Array.isArray(plain) ? "array" : typeof plain} into Go value of type v1alpha1.Application`);
    }
    return plain;
}
const MERGE_LISTS = {
    "metadata.finalizers": "set",
    "metadata.ownerReferences": "uid",
};
function strategicMerge(original, patch) {
    if (!(0,render/* isObject */.Gv)(patch))
        return original;
    const merged = mergeMap(original, patch, "", 0);
    return (0,render/* isObject */.Gv)(merged) ? merged : {};
}
function mergeMap(original, patch, path, depth) {
    if (depth > appset_budget/* LIMITS */.b1.maxDepth)
        throw new appset_params/* DepthError */.ei();
    const directive = patch.$patch;
    if (directive === "delete")
        return undefined;
    if (directive === "replace") {
        return Object.fromEntries(Object.entries(patch).filter(([k]) => k !== "$patch"));
    }
    const out = Object.fromEntries(Object.entries(original));
    for (const [k, v] of Object.entries(patch)) {
        if (k.startsWith("$"))
            continue;
        const childPath = path === "" ? k : `${path}.${k}`;
        if (v === null) {
            Reflect.deleteProperty(out, k);
            continue;
        }
        const cur = Object.prototype.hasOwnProperty.call(original, k) ? original[k] : undefined;
        let next;
        if ((0,render/* isObject */.Gv)(v) && (0,render/* isObject */.Gv)(cur))
            next = mergeMap(cur, v, childPath, depth + 1);
        else if ((0,render/* isObject */.Gv)(v))
            next = mergeMap({}, v, childPath, depth + 1);
        else if (Array.isArray(v) && Array.isArray(cur) && MERGE_LISTS[childPath])
            next = mergeList(cur, v, MERGE_LISTS[childPath]);
        else
            next = v;
        if (next === undefined)
            Reflect.deleteProperty(out, k);
        else
            Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return out;
}
function mergeList(original, patch, strategy) {
    if (strategy === "set") {
        const out = [...original];
        for (const item of patch)
            if (!out.includes(item))
                out.push(item);
        return out;
    }
    const out = [...original];
    for (const item of patch) {
        const uid = (0,render/* isObject */.Gv)(item) ? item.uid : undefined;
        const at = out.findIndex((o) => (0,render/* isObject */.Gv)(o) && o.uid === uid);
        if (at >= 0 && (0,render/* isObject */.Gv)(item)) {
            const cur = out[at];
            out[at] = (0,render/* isObject */.Gv)(cur) ? { ...cur, ...item } : item;
        }
        else {
            out.push(item);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/appset/expand.ts
/**
 * Expands one ApplicationSet into the Applications Argo CD's applicationset
 * controller would create, without a cluster. Problems with the
 * ApplicationSet become `errors`; what needs the live cluster or an SCM
 * becomes `notes`; nothing here throws for bad content.
 */









/** Kubernetes object names: a DNS-1123 subdomain. */
const expand_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
class TooMany extends Error {
}
function expandApplicationSet(appset, ctx) {
    const metadata = (0,render/* isObject */.Gv)(appset.metadata) ? appset.metadata : {};
    const name = typeof metadata.name === "string" && metadata.name !== "" ? metadata.name : "(unnamed)";
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
    const errors = [];
    const notes = [];
    const applications = [];
    const inputs = { files: new Set(), dirs: new Set() };
    const fail = (where, message) => {
        errors.push(`ApplicationSet ${name}: ${where}${message}`);
    };
    const result = () => ({
        applications,
        notes,
        errors,
        inputs: { files: [...inputs.files].sort(), dirs: [...inputs.dirs].sort() },
    });
    const spec = appset.spec;
    if (!(0,render/* isObject */.Gv)(spec)) {
        fail("", "spec must be a map");
        return result();
    }
    const goTemplate = spec.goTemplate === true;
    let missingKey = "invalid";
    try {
        const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
        if (goTemplate)
            missingKey = (0,gotemplate/* parseGoTemplateOptions */.AA)(options);
    }
    catch (err) {
        fail("goTemplateOptions: ", (0,src_errors/* messageOf */.bD)(err));
        return result();
    }
    const budget = new appset_budget/* Budget */.__();
    const run = {
        ctx,
        name,
        goTemplate,
        missingKey,
        budget,
        replace: (0,render/* makeReplacer */.Tb)(goTemplate, missingKey, budget),
        repo: new RepoIndex(ctx.repo, ctx.excluded ?? []),
        inputs,
        note: (message) => {
            const text = `ApplicationSet ${name}: ${message}`;
            if (!notes.includes(text))
                notes.push(text);
        },
    };
    const generators = spec.generators;
    if (!Array.isArray(generators)) {
        fail("", "spec.generators must be a list");
        return result();
    }
    const syncPolicy = (0,render/* isObject */.Gv)(spec.syncPolicy) ? spec.syncPolicy : {};
    const preserve = syncPolicy.preserveResourcesOnDeletion === true;
    const templatePatch = typeof spec.templatePatch === "string" ? spec.templatePatch : undefined;
    const seen = new Set();
    const emit = (app, params, where) => {
        const meta = (0,render/* isObject */.Gv)(app.metadata) ? app.metadata : {};
        if (namespace === undefined)
            delete meta.namespace;
        else
            meta.namespace = namespace;
        const appName = typeof meta.name === "string" ? meta.name : "";
        if (!expand_NAME.test(appName) || appName.length > 253) {
            fail(where, `generated Application name ${JSON.stringify(appName)} is not a valid Kubernetes name`);
            return;
        }
        if (seen.has(appName)) {
            fail(where, `contains applications with duplicate name: ${appName}`);
            return;
        }
        seen.add(appName);
        if (applications.length >= appset_budget/* LIMITS */.b1.maxApplications) {
            throw new TooMany(`generates more than ${appset_budget/* LIMITS */.b1.maxApplications} applications; expansion stopped`);
        }
        const manifest = {
            apiVersion: "argoproj.io/v1alpha1",
            kind: "Application",
            metadata: meta,
            spec: (0,render/* isObject */.Gv)(app.spec) ? app.spec : {},
        };
        applications.push({ manifest, params: (0,appset_params/* flattenParams */.V9)(params, true) });
    };
    try {
        generators.forEach((generator, i) => {
            const kinds = (0,render/* isObject */.Gv)(generator)
                ? GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null)
                : [];
            const where = `generators[${i}]${kinds.length > 0 ? ` (${kinds.join(", ")})` : ""}: `;
            let results;
            try {
                results = transform(generator, run, spec.template, undefined, 0);
            }
            catch (err) {
                if (err instanceof generators_run/* ExpansionError */.Y || err instanceof appset_params/* DepthError */.ei) {
                    fail(where, err.message);
                    return;
                }
                throw err;
            }
            if (results.length === 0) {
                const keys = (0,render/* isObject */.Gv)(generator) ? Object.keys(generator).filter((k) => k !== "selector") : [];
                fail(where, `contains unrecognized generators${keys.length > 0 ? `: ${keys.sort().join(", ")}` : ""}`);
                return;
            }
            for (const r of results) {
                const tmpl = (0,render/* templateApplication */.Rr)(r.template);
                for (const params of r.params) {
                    let app;
                    try {
                        app = (0,render/* renderApplication */.NW)(tmpl, params, run.replace, preserve);
                        if (templatePatch !== undefined) {
                            const patch = parsePatch(run.replace(templatePatch, params));
                            app = strategicMerge(app, patch);
                        }
                    }
                    catch (err) {
                        if (err instanceof appset_budget/* LimitError */.oC || err instanceof TooMany)
                            throw err;
                        if (err instanceof RangeError) {
                            fail(where, "values are nested too deeply to render");
                            continue;
                        }
                        fail(where, err instanceof PatchError ? `error applying templatePatch: ${err.message}` : (0,src_errors/* messageOf */.bD)(err));
                        continue;
                    }
                    emit(app, params, where);
                }
            }
        });
    }
    catch (err) {
        if (err instanceof appset_budget/* LimitError */.oC || err instanceof TooMany)
            fail("", err.message);
        else if (err instanceof RangeError)
            fail("", "nested too deeply to expand");
        else
            fail("", `unexpected problem while expanding: ${(0,src_errors/* messageOf */.bD)(err)}`);
    }
    return result();
}

;// CONCATENATED MODULE: ./packages/core/src/appset/index.ts




/***/ }),

/***/ 6865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ mergoMerge),
/* harmony export */   Go: () => (/* binding */ deepClone),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   V9: () => (/* binding */ flattenParams),
/* harmony export */   ei: () => (/* binding */ DepthError),
/* harmony export */   z8: () => (/* binding */ toGoValue)
/* harmony export */ });
/* unused harmony export flatParams */
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7786);
/* harmony import */ var _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6332);
/**
 * Generator parameters: conversion from parsed YAML/JSON into Go values, the
 * dot-flattening fasttemplate sees (jeremywohl/flatten), and mergo's map merge
 * (how matrix, merge and sprig's `merge` combine maps).
 */


class DepthError extends Error {
    constructor() {
        super(`values are nested more than ${_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxDepth} levels deep`);
    }
}
/**
 * Parsed YAML or JSON as Go sees it after sigs.k8s.io/yaml: maps, slices,
 * strings, booleans, null, and every number a float64.
 */
function toGoValue(v, depth = 0) {
    if (depth > _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxDepth)
        throw new DepthError();
    if (v === null || v === undefined)
        return null;
    if (typeof v === "string" || typeof v === "boolean")
        return v;
    if (typeof v === "number")
        return v;
    if (typeof v === "bigint")
        return Number(v);
    if (v instanceof Date)
        return v.toISOString().replace(".000Z", "Z");
    if (Array.isArray(v))
        return v.map((x) => toGoValue(x, depth + 1));
    if (v instanceof Map) {
        const m = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .newMap */ .dg)();
        for (const [k, x] of v)
            (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(m, String(k), toGoValue(x, depth + 1));
        return m;
    }
    if (typeof v === "object") {
        const m = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .newMap */ .dg)();
        for (const [k, x] of Object.entries(v))
            (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(m, k, toGoValue(x, depth + 1));
        return m;
    }
    return null;
}
/** Go values back to plain JSON-able data (ints as numbers, missing values dropped). */
function toPlain(v, depth = 0) {
    if (depth > _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxDepth)
        throw new DepthError();
    if (v === undefined)
        return undefined;
    if (typeof v === "bigint")
        return Number(v);
    if (v instanceof _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Int64 */ .CG)
        return Number(v.v);
    if (Array.isArray(v))
        return v.map((x) => toPlain(x, depth + 1) ?? null);
    if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(v)) {
        const entries = [];
        for (const k of Object.keys(v)) {
            const x = toPlain(v[k], depth + 1);
            if (x !== undefined)
                entries.push([k, x]);
        }
        return Object.fromEntries(entries);
    }
    return v;
}
function deepClone(v, depth = 0) {
    if (depth > _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxDepth)
        throw new DepthError();
    if (Array.isArray(v)) {
        const out = v.map((x) => deepClone(x, depth + 1));
        const tag = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(v);
        return tag ? (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)(out, tag) : out;
    }
    if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(v)) {
        const m = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .newMap */ .dg)();
        for (const k of Object.keys(v))
            (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(m, k, deepClone(v[k], depth + 1));
        const tag = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(v);
        return tag ? (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)(m, tag) : m;
    }
    return v;
}
/** Go's zero values and empty containers: what mergo's merge may overwrite. */
function isEmptyGo(v) {
    return !(0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)(v);
}
/**
 * mergo.Merge(&dst, src[, WithOverride]) for map[string]interface{}: nested
 * maps merge into each other, and a value is taken from src when dst has none
 * (or an empty one), or always with `overwrite`. Mutates and returns dst.
 */
function mergoMerge(dst, src, overwrite, depth = 0) {
    if (depth > _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxDepth)
        throw new DepthError();
    for (const k of Object.keys(src)) {
        const s = src[k];
        const d = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(dst, k) ? dst[k] : undefined;
        if (s === null || s === undefined) {
            if (overwrite)
                (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(dst, k, null);
            continue;
        }
        if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(s)) {
            if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(d)) {
                mergoMerge(d, s, overwrite, depth + 1);
                continue;
            }
            if (d !== undefined && !isEmptyGo(d))
                continue;
            (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(dst, k, s);
            continue;
        }
        if (overwrite || d === undefined || isEmptyGo(d))
            (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(dst, k, s);
    }
    return dst;
}
/**
 * jeremywohl/flatten with DotStyle, then `%v` of every leaf: how Argo CD turns
 * nested values into the flat strings that selectors and fasttemplate see.
 * Only map[string]interface{} and []interface{} are walked; typed containers
 * (a cluster's labels in Go template mode) print whole, as Go prints them.
 */
function flattenParams(params, fully = false) {
    const out = {};
    const walk = (v, key, depth) => {
        if (depth > _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxDepth)
            throw new DepthError();
        const walkable = fully || typeof v !== "object" || v === null || (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(v) === undefined;
        if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(v) && walkable) {
            for (const k of Object.keys(v))
                walk(v[k], key === "" ? k : `${key}.${k}`, depth + 1);
            return;
        }
        if (Array.isArray(v) && walkable) {
            v.forEach((x, i) => {
                walk(x, key === "" ? String(i) : `${key}.${i}`, depth + 1);
            });
            return;
        }
        Object.defineProperty(out, key, {
            value: (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(v),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    };
    for (const k of Object.keys(params))
        walk(params[k], k, 1);
    return out;
}
/** Params from a flat string map (fasttemplate mode). */
function flatParams(entries) {
    const m = newMap();
    for (const [k, v] of entries)
        put(m, k, v);
    return m;
}


/***/ }),

/***/ 6305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gv: () => (/* binding */ isObject),
  Tb: () => (/* binding */ makeReplacer),
  S$: () => (/* binding */ mergeTemplates),
  NW: () => (/* binding */ renderApplication),
  PQ: () => (/* binding */ renderDeep),
  Rr: () => (/* binding */ templateApplication)
});

// UNUSED EXPORTS: RESOURCES_FINALIZER

// EXTERNAL MODULE: ./packages/core/src/appset/budget.ts
var budget = __webpack_require__(7786);
// EXTERNAL MODULE: ./packages/core/src/appset/sprig/strings.ts
var strings = __webpack_require__(4301);
;// CONCATENATED MODULE: ./packages/core/src/appset/fasttemplate.ts

class FastTemplateError extends Error {
}
/** Argo CD only templates strings with `{{...}}` on one line (its `.*{{.*}}.*` check). */
const TEMPLATED = /\{\{.*\}\}/;
function fastReplace(template, params) {
    if (!TEMPLATED.test(template))
        return template;
    let out = "";
    let rest = template;
    for (;;) {
        const start = rest.indexOf("{{");
        if (start < 0) {
            out += rest;
            break;
        }
        out += rest.slice(0, start);
        rest = rest.slice(start + 2);
        const end = rest.indexOf("}}");
        if (end < 0) {
            throw new FastTemplateError(`invalid template: Cannot find end tag="}}" in the template=${JSON.stringify(template)} starting from ${JSON.stringify(rest)}`);
        }
        const tag = rest.slice(0, end);
        rest = rest.slice(end + 2);
        const key = (0,strings/* trimSpace */.Pd)(tag);
        const value = key === "" || !Object.prototype.hasOwnProperty.call(params, key) ? undefined : params[key];
        out += typeof value === "string" ? value : `{{${tag}}}`;
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/appset/gotemplate/index.ts + 8 modules
var gotemplate = __webpack_require__(518);
// EXTERNAL MODULE: ./packages/core/src/appset/params.ts
var appset_params = __webpack_require__(6865);
;// CONCATENATED MODULE: ./packages/core/src/appset/render.ts
/**
 * Rendering an Application from a template and one parameter set, as Argo CD's
 * Render does: every string (and map key) goes through fasttemplate or Go's
 * text/template on its own, generator templates fill the gaps of the
 * ApplicationSet's template (mergo), and the deletion finalizer is added.
 */




function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function makeReplacer(goTemplate, missingKey, budget) {
    if (goTemplate)
        return (text, params) => (0,gotemplate/* renderGoTemplate */.dy)(text, params, missingKey, budget);
    return (text, params) => {
        const out = fastReplace(text, params);
        budget.write(out.length);
        return out;
    };
}
/**
 * deeplyReplace: strings and map keys rendered, nulls in maps dropped (Go
 * skips nil map values), everything else copied.
 */
function renderDeep(value, params, replace, depth = 0) {
    if (depth > budget/* LIMITS */.b1.maxDepth)
        throw new appset_params/* DepthError */.ei();
    if (typeof value === "string")
        return replace(value, params);
    if (Array.isArray(value))
        return value.map((v) => renderDeep(v, params, replace, depth + 1) ?? null);
    if (isObject(value)) {
        const entries = [];
        for (const [k, v] of Object.entries(value)) {
            if (v === null)
                continue;
            const rendered = renderDeep(v, params, replace, depth + 1);
            if (rendered !== undefined)
                entries.push([replace(k, params), rendered]);
        }
        return Object.fromEntries(entries);
    }
    return value;
}
/** mergo's isEmptyValue for JSON. */
function isEmpty(v) {
    if (v === undefined || v === null || v === "" || v === false || v === 0)
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    return false;
}
/**
 * mergo.Merge(generatorTemplate, applicationSetTemplate): the generator's
 * template wins wherever it has a non-empty value; objects merge field by field.
 */
function mergeTemplates(dst, src, depth = 0) {
    if (depth > budget/* LIMITS */.b1.maxDepth)
        throw new appset_params/* DepthError */.ei();
    if (isObject(dst) && isObject(src)) {
        const out = Object.fromEntries(Object.entries(dst));
        for (const [k, v] of Object.entries(src)) {
            const merged = Object.prototype.hasOwnProperty.call(dst, k) ? mergeTemplates(dst[k], v, depth + 1) : v;
            if (merged !== undefined)
                Object.defineProperty(out, k, {
                    value: merged,
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
        }
        return out;
    }
    if (isEmpty(dst) && !isEmpty(src))
        return src;
    if (dst === undefined)
        return src;
    return dst;
}
/** GetTempApplication: only these metadata fields of the template reach the Application. */
function templateApplication(template) {
    const t = isObject(template) ? template : {};
    const meta = isObject(t.metadata) ? t.metadata : {};
    const metadata = {};
    for (const key of ["name", "namespace", "labels", "annotations", "finalizers"]) {
        const v = meta[key];
        if (v !== undefined && v !== null)
            metadata[key] = v;
    }
    return { metadata, spec: isObject(t.spec) ? t.spec : {} };
}
const RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io";
/** RenderTemplateParams: render, then add the deletion finalizer unless resources are preserved. */
function renderApplication(tmpl, params, replace, preserveResources) {
    // Argo CD returns the template untouched (no finalizer either) for an empty parameter set.
    if (Object.keys(params).length === 0)
        return structuredClone(tmpl);
    const app = renderDeep(tmpl, params, replace);
    const out = isObject(app) ? app : {};
    const metadata = isObject(out.metadata) ? out.metadata : {};
    out.metadata = metadata;
    const finalizers = metadata.finalizers;
    if (!preserveResources && (!Array.isArray(finalizers) || finalizers.length === 0)) {
        metadata.finalizers = [RESOURCES_FINALIZER];
    }
    return out;
}


/***/ }),

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W3: () => (/* binding */ branchSlug),
/* harmony export */   nc: () => (/* binding */ slugifyName),
/* harmony export */   rh: () => (/* binding */ sanitizeName)
/* harmony export */ });
/* unused harmony export slugMake */
/* harmony import */ var _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6332);
/* harmony import */ var _sprig_strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/**
 * Argo CD's name helpers: SanitizeName (`normalize`, `*Normalized` params),
 * gosimple/slug's Make (`branch_slug`), and SlugifyName (`slugify`).
 */


/** utils.SanitizeName: lower-case, `[^-a-z0-9.]` to `-`, at most 253 characters, no `-`/`.` at either end. */
function sanitizeName(name) {
    let s = (0,_sprig_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .mapRunes */ .w6)(name, false).replace(/[^-a-z0-9.]/gu, "-");
    if (s.length > 253)
        s = s.slice(0, 253);
    return s.replace(/^[-.]+|[-.]+$/g, "");
}
const LANGUAGE_SUB = {
    "&": "and",
    "@": "at",
    '"': "",
    "'": "",
    "\u2019": "",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
};
const TRANSLIT = {
    ß: "ss",
    æ: "ae",
    Æ: "AE",
    ø: "o",
    Ø: "O",
    đ: "d",
    Đ: "D",
    ł: "l",
    Ł: "L",
    œ: "oe",
    Œ: "OE",
    þ: "th",
    Þ: "TH",
    ð: "d",
    Ð: "D",
    ı: "i",
};
/** An approximation of unidecode: accents dropped, a few letters spelled out, other non-ASCII removed. */
function unidecode(s) {
    let out = "";
    for (const ch of s.normalize("NFKD").replace(/\p{M}/gu, "")) {
        if ((ch.codePointAt(0) ?? 0) < 0x80)
            out += ch;
        else
            out += TRANSLIT[ch] ?? "";
    }
    return out;
}
/** gosimple/slug's Make (v1.13+), with the package settings passed in. */
function slugMake(input, opts) {
    let s = (0,_sprig_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSpace */ .Pd)(input);
    for (const key of Object.keys(opts.customSub ?? {}).sort()) {
        s = s.split(key).join(opts.customSub?.[key] ?? "");
    }
    s = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_0__/* .runes */ .mZ)(s)
        .map((ch) => LANGUAGE_SUB[ch] ?? ch)
        .join("");
    s = unidecode(s).toLowerCase();
    if (!opts.smartTruncate && s.length >= opts.maxLength)
        s = s.slice(0, opts.maxLength);
    s = s.replace(/[^a-zA-Z0-9_-]/g, "-").replace(/-+/g, "-");
    s = s.replace(/^[-_]+|[-_]+$/g, "");
    if (opts.maxLength > 0 && opts.smartTruncate)
        s = smartTruncate(s, opts.maxLength);
    return s;
}
function smartTruncate(text, max) {
    if (text.length <= max)
        return text;
    for (let i = max; i >= 0; i--) {
        if (text.charAt(i) === "-")
            return text.slice(0, i);
    }
    return text.slice(0, max);
}
/** The pull request generator's `branch_slug`: 50 characters at most, `_` as `-`. */
function branchSlug(branch) {
    return slugMake(branch, { maxLength: 50, smartTruncate: true, customSub: { _: "-" } });
}
/** utils.SlugifyName: sanitize, then slug with an optional length and smart truncation. */
function slugifyName(name, maxLength = 50, smartTruncate = true) {
    return slugMake(sanitizeName(name), { maxLength, smartTruncate, customSub: { _: "-" } });
}


/***/ }),

/***/ 6380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ strslice),
/* harmony export */   Gg: () => (/* binding */ toFloat64),
/* harmony export */   H_: () => (/* binding */ kindOfValue),
/* harmony export */   Im: () => (/* binding */ isEmpty),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   rs: () => (/* binding */ strval),
/* harmony export */   v8: () => (/* binding */ toInt64),
/* harmony export */   vq: () => (/* binding */ wrap64)
/* harmony export */ });
/* harmony import */ var _gotemplate_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4993);
/* harmony import */ var _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9123);
/* harmony import */ var _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6332);
/** The conversions sprig leans on: spf13/cast's ToInt64/ToFloat64 and sprig's strval/strslice/empty. */



/** Wraps to a signed 64-bit integer, as Go arithmetic does. */
function wrap64(n) {
    return BigInt.asIntN(64, n);
}
function trimZeroDecimal(s) {
    let foundZero = false;
    for (let i = s.length; i > 0; i--) {
        const c = s.charAt(i - 1);
        if (c === ".") {
            if (foundZero)
                return s.slice(0, i - 1);
        }
        else if (c === "0") {
            foundZero = true;
        }
        else {
            return s;
        }
    }
    return s;
}
/** cast.ToInt64: numbers truncate, strings parse (base prefixes allowed), anything else is 0. */
function toInt64(v) {
    const i = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .intOf */ .L0)(v);
    if (i !== undefined)
        return i;
    if (typeof v === "number") {
        if (!Number.isFinite(v))
            return -(2n ** 63n);
        return wrap64(BigInt(Math.trunc(v)));
    }
    if (typeof v === "boolean")
        return v ? 1n : 0n;
    if (typeof v === "string") {
        const n = (0,_gotemplate_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoInt */ .bm)(trimZeroDecimal(v));
        if (n === undefined || n > 2n ** 63n - 1n || n < -(2n ** 63n))
            return 0n;
        return n;
    }
    return 0n;
}
/** cast.ToFloat64. */
function toFloat64(v) {
    const i = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .intOf */ .L0)(v);
    if (i !== undefined)
        return Number(i);
    if (typeof v === "number")
        return v;
    if (typeof v === "boolean")
        return v ? 1 : 0;
    if (typeof v === "string") {
        const t = v.trim() === v ? v : "";
        if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
            return Number(t);
        if (/^[+-]?(inf|infinity)$/i.test(t))
            return t.startsWith("-") ? -Infinity : Infinity;
        return 0;
    }
    return 0;
}
/** sprig's strval: strings as they are, anything else through `%v`. */
function strval(v) {
    if (typeof v === "string")
        return v;
    return (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(v);
}
/** sprig's strslice: a list of strings from any list (nil elements dropped) or a single value. */
function strslice(v) {
    if (v === null || v === undefined)
        return (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)([], "[]string");
    if (Array.isArray(v)) {
        if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(v) === "[]string")
            return v;
        return (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)(v.filter((x) => x !== null && x !== undefined).map(strval), "[]string");
    }
    return (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)([strval(v)], "[]string");
}
/** sprig's empty: Go zero values and empty containers (the opposite of Go's truth). */
function isEmpty(v) {
    return !(0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)(v);
}
/** The elements of a Go slice, or a sprig-style error naming the type. */
function listOf(v, what) {
    if (Array.isArray(v))
        return v;
    throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_2__/* .FuncError */ .hD(`Cannot ${what} on type ${kindOfValue(v)}`);
}
/** reflect.Kind names, as sprig's errors print them. */
const kindOfValue = _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .kindName */ .Ep;
/** reflect.DeepEqual over the value model. */
function deepEqual(a, b, depth = 0) {
    if (depth > 100)
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_2__/* .FuncError */ .hD("value is nested too deeply to compare");
    if (a === b)
        return true;
    if (a instanceof _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Int64 */ .CG && b instanceof _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Int64 */ .CG)
        return a.v === b.v;
    if (Array.isArray(a) && Array.isArray(b)) {
        if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(a) !== (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(b) || a.length !== b.length)
            return false;
        return a.every((x, i) => deepEqual(x, b[i], depth + 1));
    }
    if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(a) && (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(b)) {
        if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(a) !== (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .containerTypeOf */ .tG)(b))
            return false;
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k], depth + 1));
    }
    return false;
}


/***/ }),

/***/ 5534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ goJson),
/* harmony export */   Un: () => (/* binding */ ENCODING_FUNCS)
/* harmony export */ });
/* unused harmony export goYaml */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7786);
/* harmony import */ var _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9123);
/* harmony import */ var _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6332);
/* harmony import */ var _gopath_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6158);
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6865);
/** sprig's JSON, encoding, hashing and path functions, and Argo CD's toYaml/fromYaml/fromYamlArray. */









/** encoding/json's string escaping; `html` escapes <, > and & as json.Marshal does. */
function jsonString(s, html) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === "\\")
            out += "\\\\";
        else if (ch === "\n")
            out += "\\n";
        else if (ch === "\r")
            out += "\\r";
        else if (ch === "\t")
            out += "\\t";
        else if (ch === "\b")
            out += "\\b";
        else if (ch === "\f")
            out += "\\f";
        else if (cp < 0x20 ||
            (html && (ch === "<" || ch === ">" || ch === "&")) ||
            cp === 0x2028 ||
            cp === 0x2029) {
            out += "\\u" + cp.toString(16).padStart(4, "0");
        }
        else if (cp >= 0xd800 && cp < 0xe000)
            out += "\\ufffd";
        else
            out += ch;
    }
    return out + '"';
}
function jsonNumber(f) {
    if (!Number.isFinite(f))
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .FuncError */ .hD(`json: unsupported value: ${Number.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf"}`);
    return String(f);
}
/** json.Marshal / json.MarshalIndent(v, "", "  "). */
function goJson(v, opts, depth = 0) {
    if (depth > _budget_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.maxDepth)
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .FuncError */ .hD("json: value is nested too deeply");
    const nl = opts.indent ? "\n" + "  ".repeat(depth + 1) : "";
    const close = opts.indent ? "\n" + "  ".repeat(depth) : "";
    if (v === null || v === undefined)
        return "null";
    if (typeof v === "boolean")
        return v ? "true" : "false";
    if (typeof v === "bigint")
        return v.toString();
    if (v instanceof _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__/* .Int64 */ .CG)
        return v.v.toString();
    if (typeof v === "number")
        return jsonNumber(v);
    if (typeof v === "string")
        return jsonString(v, opts.html);
    if (Array.isArray(v)) {
        if (v.length === 0)
            return "[]";
        return "[" + v.map((x) => nl + goJson(x, opts, depth + 1)).join(",") + close + "]";
    }
    const keys = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__/* .sortedKeys */ .Mf)(v);
    if (keys.length === 0)
        return "{}";
    const sep = opts.indent ? ": " : ":";
    return ("{" +
        keys.map((k) => nl + jsonString(k, opts.html) + sep + goJson(v[k], opts, depth + 1)).join(",") +
        close +
        "}");
}
function fromJson(s, strict) {
    try {
        return (0,_params_js__WEBPACK_IMPORTED_MODULE_7__/* .toGoValue */ .z8)(JSON.parse(s));
    }
    catch (err) {
        if (strict)
            throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .FuncError */ .hD((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err));
        return null;
    }
}
/** sigs.k8s.io/yaml's Marshal: JSON-ordered (sorted) keys, block style, sequences not indented. */
function goYaml(v) {
    if (v === null || v === undefined)
        return "null";
    const out = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)((0,_params_js__WEBPACK_IMPORTED_MODULE_7__/* .toPlain */ .Ul)(v), {
        indentSeq: false,
        lineWidth: 0,
        sortMapEntries: true,
        aliasDuplicateObjects: false,
    });
    return out.replace(/\n$/, "");
}
/** Parses YAML (first document) as sigs.k8s.io/yaml.Unmarshal would, numbers as float64. */
function parseYamlValue(s) {
    try {
        const file = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(s, "fromYaml");
        return (0,_params_js__WEBPACK_IMPORTED_MODULE_7__/* .toGoValue */ .z8)(file.documents[0]?.value ?? null);
    }
    catch (err) {
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .FuncError */ .hD(`error converting YAML to JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err).replace(/^fromYaml:\s*/, "")}`);
    }
}
function fromYaml(s) {
    const v = parseYamlValue(s);
    if (v === null)
        return (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__/* .newMap */ .dg)();
    if (!(0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isMap */ .jh)(v)) {
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .FuncError */ .hD(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type map[string]interface {}`);
    }
    return v;
}
function fromYamlArray(s) {
    const v = parseYamlValue(s);
    if (v === null)
        return [];
    if (!Array.isArray(v)) {
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .FuncError */ .hD(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type []interface {}`);
    }
    return v;
}
function jsonKind(v) {
    if (Array.isArray(v))
        return "array";
    if ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isMap */ .jh)(v))
        return "object";
    if (typeof v === "string")
        return "string";
    if (typeof v === "boolean")
        return "bool";
    return "number";
}
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** base64.StdEncoding.DecodeString, whose error sprig returns as the result. */
function b64dec(s) {
    const stripped = s.replace(/[\r\n]/g, "");
    if (!B64.test(stripped) || stripped.length % 4 !== 0) {
        const bad = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__/* .runes */ .mZ)(stripped).findIndex((c) => !/[A-Za-z0-9+/=]/.test(c));
        const at = bad >= 0 ? bad : stripped.length - (stripped.length % 4 || 4);
        return `illegal base64 data at input byte ${Math.max(at, 0)}`;
    }
    return Buffer.from(stripped, "base64").toString("utf8");
}
const B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function b32enc(s) {
    const bytes = Buffer.from(s, "utf8");
    let bits = 0;
    let value = 0;
    let out = "";
    for (const b of bytes) {
        value = (value << 8) | b;
        bits += 8;
        while (bits >= 5) {
            out += B32_ALPHABET.charAt((value >>> (bits - 5)) & 31);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += B32_ALPHABET.charAt((value << (5 - bits)) & 31);
    while (out.length % 8 !== 0)
        out += "=";
    return out;
}
function b32dec(s) {
    const stripped = s.replace(/[\r\n]/g, "");
    if (stripped.length % 8 !== 0 || !/^[A-Z2-7]*=*$/.test(stripped)) {
        const bad = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_5__/* .runes */ .mZ)(stripped).findIndex((c) => !/[A-Z2-7=]/.test(c));
        return `illegal base32 data at input byte ${bad >= 0 ? bad : stripped.length}`;
    }
    let bits = 0;
    let value = 0;
    const bytes = [];
    for (const c of stripped.replace(/=+$/, "")) {
        value = (value << 5) | B32_ALPHABET.indexOf(c);
        bits += 5;
        if (bits >= 8) {
            bytes.push((value >>> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return Buffer.from(bytes).toString("utf8");
}
function adler32(s) {
    let a = 1;
    let b = 0;
    for (const byte of Buffer.from(s, "utf8")) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    return String((b * 65536 + a) >>> 0);
}
function hash(algo, s) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algo).update(s, "utf8").digest("hex");
}
const toJson = (html, indent, strict) => (v) => {
    try {
        return goJson(v, { html, indent });
    }
    catch (err) {
        if (strict)
            throw err;
        return "";
    }
};
const ENCODING_FUNCS = [
    ["toJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["any"], toJson(true, false, false))],
    ["mustToJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["any"], toJson(true, false, true))],
    ["toPrettyJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["any"], toJson(true, true, false))],
    ["mustToPrettyJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["any"], toJson(true, true, true))],
    ["toRawJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["any"], toJson(false, false, false))],
    ["mustToRawJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["any"], toJson(false, false, true))],
    ["fromJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => fromJson(s, false))],
    ["mustFromJson", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => fromJson(s, true))],
    [
        "toYaml",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["any"], (v) => {
            try {
                return goYaml(v);
            }
            catch (err) {
                throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .FuncError */ .hD((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err));
            }
        }),
    ],
    ["fromYaml", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => fromYaml(s))],
    ["fromYamlArray", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => fromYamlArray(s))],
    ["b64enc", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => Buffer.from(s, "utf8").toString("base64"))],
    ["b64dec", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => b64dec(s))],
    ["b32enc", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => b32enc(s))],
    ["b32dec", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => b32dec(s))],
    ["sha1sum", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => hash("sha1", s))],
    ["sha256sum", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => hash("sha256", s))],
    ["sha512sum", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => hash("sha512", s))],
    ["adler32sum", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => adler32(s))],
    ["base", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .base */ .E3(s))],
    ["dir", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .dir */ .y_(s))],
    ["clean", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH(s))],
    ["ext", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .ext */ .oT(s))],
    ["isAbs", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbs */ .b(s))],
    ["osBase", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .base */ .E3(s))],
    ["osDir", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .dir */ .y_(s))],
    ["osClean", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH(s))],
    ["osExt", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .ext */ .oT(s))],
    ["osIsAbs", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_8__/* .fnOf */ .eo)(["string"], (s) => _gopath_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbs */ .b(s))],
];


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MD: () => (/* binding */ STRING_FUNCS),
/* harmony export */   Pd: () => (/* binding */ trimSpace),
/* harmony export */   w6: () => (/* binding */ mapRunes)
/* harmony export */ });
/* unused harmony exports goSplit, goReplaceAll */
/* harmony import */ var _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9123);
/* harmony import */ var _gotemplate_gofmt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6332);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7786);
/* harmony import */ var _convert_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6380);
/** sprig's string functions (strings.go and the parts of goutils/xstrings it calls). */





/** Maps each code point alone, as Go's unicode.ToUpper/ToLower do (no "ß" to "SS"). */
function mapRunes(s, upper) {
    let out = "";
    for (const ch of s) {
        const m = upper ? ch.toUpperCase() : ch.toLowerCase();
        out += (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(m).length === 1 ? m : ch;
    }
    return out;
}
function isGoSpace(ch) {
    return /^[\t\n\v\f\r \u0085\u00a0\p{Zs}\u2028\u2029]$/u.test(ch);
}
/** strings.TrimSpace. */
function trimSpace(s) {
    const chars = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(s);
    let a = 0;
    let b = chars.length;
    while (a < b && isGoSpace(chars[a] ?? ""))
        a++;
    while (b > a && isGoSpace(chars[b - 1] ?? ""))
        b--;
    return chars.slice(a, b).join("");
}
/** strings.Trim with a cutset. */
function trimCutset(s, cutset) {
    const cut = new Set((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(cutset));
    const chars = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(s);
    let a = 0;
    let b = chars.length;
    while (a < b && cut.has(chars[a] ?? ""))
        a++;
    while (b > a && cut.has(chars[b - 1] ?? ""))
        b--;
    return chars.slice(a, b).join("");
}
/** Slices a string by UTF-8 byte offsets, as Go does. */
function byteSlice(s, start, end) {
    const buf = Buffer.from(s, "utf8");
    const e = end ?? buf.length;
    if (start < 0 || e > buf.length || start > e) {
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .FuncError */ .hD(`runtime error: slice bounds out of range [${start}:${e}] with length ${buf.length}`);
    }
    return buf.subarray(start, e).toString("utf8");
}
function trunc(c, s) {
    const n = Number(c);
    const len = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Length */ .wI)(s);
    if (n < 0 && len + n > 0)
        return byteSlice(s, len + n);
    if (n >= 0 && len > n)
        return byteSlice(s, 0, n);
    return s;
}
function substr(start, end, s) {
    const a = Number(start);
    const b = Number(end);
    if (a < 0)
        return byteSlice(s, 0, b);
    if (b < 0 || b > (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Length */ .wI)(s))
        return byteSlice(s, a);
    return byteSlice(s, a, b);
}
function isSeparator(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0x7f)
        return !/[0-9A-Za-z_]/.test(ch);
    if (/[\p{L}\p{Nd}]/u.test(ch))
        return false;
    return isGoSpace(ch);
}
/** strings.Title: the first letter of each word upper-cased. */
function title(s) {
    let prev = " ";
    let out = "";
    for (const ch of s) {
        out += isSeparator(prev) ? mapRunes(ch, true) : ch;
        prev = ch;
    }
    return out;
}
function untitle(s) {
    let prev = " ";
    let out = "";
    for (const ch of s) {
        out += isGoSpace(prev) ? mapRunes(ch, false) : ch;
        prev = ch;
    }
    return out;
}
/** goutils.SwapCase: upper to lower and lower to upper, rune by rune. */
function swapcase(s) {
    let out = "";
    for (const ch of s) {
        const upper = mapRunes(ch, true);
        const lower = mapRunes(ch, false);
        if (ch === upper && ch !== lower)
            out += lower;
        else if (ch === lower && ch !== upper)
            out += upper;
        else
            out += ch;
    }
    return out;
}
function initials(s) {
    return s
        .split(/\s+/u)
        .filter((w) => w.length > 0)
        .map((w) => (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(w)[0] ?? "")
        .join("");
}
/** Splits into words the way xstrings does: at separators, case changes and letter/digit boundaries. */
function words(s) {
    const out = [];
    for (const part of s.split(/[^\p{L}\p{N}]+/u)) {
        if (!part)
            continue;
        const re = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+\p{N}*|\p{Lu}+\p{N}*|\p{N}+\p{Ll}*|\p{L}+/gu;
        for (const m of part.matchAll(re))
            out.push(m[0]);
    }
    return out;
}
function joinWords(s, sep) {
    return words(s)
        .map((w) => mapRunes(w, false))
        .join(sep);
}
function pascalCase(s) {
    return s
        .split(/[_\s-]+/u)
        .filter((w) => w.length > 0)
        .map((w) => {
        const [first = "", ...rest] = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(w);
        return mapRunes(first, true) + rest.join("");
    })
        .join("");
}
function wrapText(width, s, sep = "\n") {
    if (width < 1)
        return s;
    const out = [];
    for (const line of s.split("\n")) {
        let cur = "";
        for (const word of line.split(" ")) {
            if (cur && cur.length + 1 + word.length > width) {
                out.push(cur);
                cur = word;
            }
            else {
                cur = cur ? `${cur} ${word}` : word;
            }
        }
        out.push(cur);
    }
    return out.join(sep);
}
function repeat(count, s) {
    const n = Number(count);
    if (n < 0)
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .FuncError */ .hD("strings: negative Repeat count");
    if (n * s.length > _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.maxTemplateOutput)
        throw new _gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .FuncError */ .hD(`repeat of ${n} copies is too long`);
    return s.repeat(n);
}
function split(sep, s, n = -1) {
    const parts = goSplit(s, sep, n);
    const m = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .newMap */ .dg)();
    parts.forEach((p, i) => {
        (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .put */ .yJ)(m, `_${i}`, p);
    });
    return (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)(m, "map[string]string");
}
/** strings.SplitN (n < 0 for all), including Go's split into UTF-8 sequences on an empty separator. */
function goSplit(s, sep, n = -1) {
    if (n === 0)
        return [];
    if (sep === "") {
        const chars = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(s);
        if (n < 0 || n >= chars.length)
            return chars;
        return [...chars.slice(0, n - 1), chars.slice(n - 1).join("")];
    }
    const parts = s.split(sep);
    if (n < 0 || parts.length <= n)
        return parts;
    return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
function abbrev(width, s) {
    const w = Number(width);
    if (w < 4 || (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(s).length <= w)
        return s;
    return ((0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(s)
        .slice(0, w - 3)
        .join("") + "...");
}
const STRING_FUNCS = [
    ["abbrev", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "string"], (w, s) => abbrev(w, s))],
    ["trunc", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "string"], (c, s) => trunc(c, s))],
    ["trim", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => trimSpace(s))],
    ["upper", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => mapRunes(s, true))],
    ["lower", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => mapRunes(s, false))],
    ["title", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => title(s))],
    ["untitle", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => untitle(s))],
    ["substr", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "int", "string"], (a, b, s) => substr(a, b, s))],
    ["repeat", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "string"], (c, s) => repeat(c, s))],
    ["trimall", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (a, b) => trimCutset(b, a))],
    ["trimAll", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (a, b) => trimCutset(b, a))],
    [
        "trimSuffix",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (a, b) => {
            const s = b;
            return a !== "" && s.endsWith(a) ? s.slice(0, s.length - a.length) : s;
        }),
    ],
    [
        "trimPrefix",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (a, b) => {
            const s = b;
            return s.startsWith(a) ? s.slice(a.length) : s;
        }),
    ],
    [
        "nospace",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(s)
            .filter((c) => !isGoSpace(c))
            .join("")),
    ],
    ["initials", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => initials(s))],
    ["swapcase", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => swapcase(s))],
    ["snakecase", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => joinWords(s, "_"))],
    ["kebabcase", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => joinWords(s, "-"))],
    ["camelcase", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string"], (s) => pascalCase(s))],
    ["wrap", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "string"], (l, s) => wrapText(Number(l), s))],
    [
        "wrapWith",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "string", "string"], (l, sep, s) => wrapText(Number(l), s, sep)),
    ],
    ["contains", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (sub, s) => s.includes(sub))],
    ["hasPrefix", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (p, s) => s.startsWith(p))],
    ["hasSuffix", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (p, s) => s.endsWith(p))],
    [
        "quote",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)([], (...v) => v
            .filter((x) => x !== null && x !== undefined)
            .map((x) => (0,_gotemplate_gofmt_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteGo */ .p0)((0,_convert_js__WEBPACK_IMPORTED_MODULE_3__/* .strval */ .rs)(x)))
            .join(" "), "any"),
    ],
    [
        "squote",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)([], (...v) => v
            .filter((x) => x !== null && x !== undefined)
            .map((x) => `'${(0,_convert_js__WEBPACK_IMPORTED_MODULE_3__/* .strval */ .rs)(x)}'`)
            .join(" "), "any"),
    ],
    [
        "cat",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)([], (...v) => v
            .filter((x) => x !== null && x !== undefined)
            .map(_convert_js__WEBPACK_IMPORTED_MODULE_3__/* .strval */ .rs)
            .join(" "), "any"),
    ],
    [
        "indent",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "string"], (n, s) => {
            const pad = " ".repeat(Math.max(0, Number(n)));
            return pad + s.split("\n").join("\n" + pad);
        }),
    ],
    [
        "nindent",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["int", "string"], (n, s) => {
            const pad = " ".repeat(Math.max(0, Number(n)));
            return "\n" + pad + s.split("\n").join("\n" + pad);
        }),
    ],
    [
        "replace",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string", "string"], (o, n, s) => goReplaceAll(s, o, n)),
    ],
    ["plural", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string", "int"], (one, many, c) => (c === 1n ? one : many))],
    ["toString", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["any"], (v) => (0,_convert_js__WEBPACK_IMPORTED_MODULE_3__/* .strval */ .rs)(v))],
    ["split", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (sep, s) => split(sep, s))],
    ["splitn", (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "int", "string"], (sep, n, s) => split(sep, s, Number(n)))],
    [
        "splitList",
        (0,_gotemplate_funcs_js__WEBPACK_IMPORTED_MODULE_4__/* .fnOf */ .eo)(["string", "string"], (sep, s) => (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typed */ .nE)(goSplit(s, sep), "[]string")),
    ],
];
/** strings.Replace(s, old, new, -1), including Go's behaviour for an empty `old`. */
function goReplaceAll(s, old, repl) {
    if (old === "") {
        const chars = (0,_gotemplate_values_js__WEBPACK_IMPORTED_MODULE_1__/* .runes */ .mZ)(s);
        return repl + chars.join(repl) + (chars.length > 0 ? repl : "");
    }
    return s.split(old).join(repl);
}


/***/ }),

/***/ 4169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g2: () => (/* binding */ CONFIG_FILE),
  pw: () => (/* binding */ ID_PATTERN),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_SCHEMA, DEFAULT_CONFIG, PROMOTABLE_IMAGE_FIELDS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/standalone/index.js
var standalone = __webpack_require__(1398);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/cache/src/code.ts




let identity;
/**
 * The identity of the code that produced an entry: a cached result must never outlive the code
 * that made it, and the version number does not change with every build. From a bundle
 * (dist/<name>/index.js) it is the hash of the bundle's folder (the code, the schemas and the
 * manifests shipped beside it); from source (tests, vite-node) the hash of packages/ and the
 * lockfile. Computed once per process.
 */
function codeIdentity() {
    if (identity !== undefined)
        return identity;
    const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
    const hash = (0,external_node_crypto_.createHash)("sha256");
    const fromSource = (0,external_node_path_.basename)((0,external_node_path_.dirname)(here)) === "src" && (0,external_node_path_.basename)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(here))) === "cache";
    const root = fromSource ? (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(here))) : (0,external_node_path_.dirname)(here);
    for (const file of listFiles(root))
        hash.update(`${file}\0`).update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file)));
    if (fromSource) {
        try {
            hash.update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, "..", "package-lock.json")));
        }
        catch {
            // No lockfile next to the sources: the sources alone.
        }
    }
    identity = hash.digest("hex");
    return identity;
}
function listFiles(root, rel = "", out = []) {
    const entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
        const path = rel === "" ? e.name : `${rel}/${e.name}`;
        if (e.name === "node_modules" || e.name.startsWith("."))
            continue;
        if (e.isDirectory())
            listFiles(root, path, out);
        else if (e.isFile())
            out.push(path);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/cache/src/key.ts

/**
 * The key of a cache entry: SHA-256 of the canonical JSON of everything that decides it (object
 * keys sorted, so the same inputs give the same key whatever order they were gathered in).
 */
function cacheKey(parts) {
    return (0,external_node_crypto_.createHash)("sha256").update(canonical(parts)).digest("hex");
}
function canonical(v) {
    if (v === undefined)
        return "null";
    if (Array.isArray(v))
        return `[${v.map(canonical).join(",")}]`;
    if (v !== null && typeof v === "object") {
        const entries = Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
    }
    return JSON.stringify(v);
}

;// CONCATENATED MODULE: ./packages/cache/src/validators.ts





/** The cache entry kind (a folder of the store). */
const KIND = "schema-validator";
let store;
/**
 * Sets the store compiled validators are kept in (undefined: none), for the run that owns
 * the cache: validate opens it once, and `--no-cache` must reach every catalog of the run and
 * the config loader.
 */
function useCompiledSchemaCache(s) {
    store = s;
}
/** Runs `work` with `s` as the store of compiled validators, then puts back the one before. */
async function withCompiledSchemaCache(s, work) {
    const previous = store;
    store = s;
    try {
        return await work();
    }
    finally {
        store = previous;
    }
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
    const id = cacheKey({ validator: key, code: codeIdentity() });
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

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts + 1 modules
var src_yaml = __webpack_require__(5805);
;// CONCATENATED MODULE: ./packages/core/src/config.ts






/** The repository config file, at the root of the infra-gitops checkout. */
const CONFIG_FILE = ".gitops.yaml";
/** Kustomize `images[]` fields that promotion may copy. */
const PROMOTABLE_IMAGE_FIELDS = ["newName", "newTag", "digest"];
const DEFAULT_CONFIG = {
    environments: [],
    environmentChain: [],
    targets: { roots: [], exclude: [] },
    clusters: [],
    render: {
        kustomize: "auto",
        timeout: 120,
        concurrency: 0,
        allowNetwork: false,
        repoURLs: [],
        kubeVersion: "",
    },
    secrets: {
        keyTemplate: "platform/{service}/{env}",
        ignoreFile: ".gitops-secrets-ignore.yaml",
        baseline: "",
        gitleaksConfig: ".gitleaks.toml",
        maxFileBytes: 5 * 1024 * 1024,
        exclude: [],
    },
    policy: {
        dir: "policies",
        exceptions: "policies/exceptions.yaml",
        enforcement: {},
        conftest: { namespaces: [], allNamespaces: false, data: [], combine: false },
        kyverno: { exceptions: [] },
        timeout: 300,
    },
    lint: {
        kubeVersion: "",
        schemaEngine: "builtin",
        strict: true,
        schemaLocations: [],
        missingSchema: { default: "warning", kinds: {} },
    },
    governance: {
        protectedEnvs: [],
        platform: "",
        requiredChecks: [],
        manualProdSync: false,
        signedCommits: false,
        approvals: 1,
        requiredDeployments: [],
        reviewers: [],
        waitTimer: 0,
        releaseBranchMaxAge: "14d",
    },
    argocd: { server: "", appNamespace: "", projects: [] },
    preview: { ttl: "", sweep: "report" },
    promote: {
        images: [...PROMOTABLE_IMAGE_FIELDS],
        values: ["image.tag", "image.digest"],
        chart: true,
        files: [],
        services: {},
        teams: {},
        requiredChecks: [],
        autoMerge: false,
        prs: "per-env",
        gate: { envs: [], soak: "0" },
    },
};
/** A plain identifier: env and service names end up in paths, branch names and labels. */
const ID_PATTERN = "^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$";
const stringList = { type: "array", items: { type: "string", minLength: 1 } };
/** A dotted Helm value key path such as `image.tag`. */
const VALUE_PATH = "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$";
const valuePaths = {
    type: "array",
    uniqueItems: true,
    items: { type: "string", pattern: VALUE_PATH },
};
const imageFields = {
    type: "array",
    uniqueItems: true,
    items: { type: "string", enum: ["newName", "newTag", "digest"] },
};
/** Files inside an env folder: relative, no `..` segment. */
const envFiles = {
    type: "array",
    uniqueItems: true,
    items: { type: "string", pattern: "^(?!(.*/)?\\.\\.?(/|$))[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$" },
};
/** A team as `org/team`, with or without the leading `@` of CODEOWNERS. */
const TEAM = "^@?[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$";
/**
 * JSON Schema of `.gitops.yaml`. Every object is closed (`additionalProperties:
 * false`) so a misspelt key is an error, not a silently ignored setting.
 * Each check adds its own section here when it lands.
 */
const CONFIG_SCHEMA = {
    type: "object",
    additionalProperties: false,
    properties: {
        environments: {
            type: "array",
            minItems: 1,
            // An env, or a group of envs promoted to together: [qa, staging, [prod-us, prod-eu]].
            items: {
                anyOf: [
                    { type: "string", pattern: ID_PATTERN },
                    { type: "array", minItems: 1, items: { type: "string", pattern: ID_PATTERN } },
                ],
            },
        },
        targets: {
            type: "object",
            additionalProperties: false,
            properties: { roots: { ...stringList, minItems: 1 }, exclude: stringList },
        },
        clusters: {
            type: "array",
            items: {
                type: "object",
                additionalProperties: false,
                required: ["name", "server"],
                properties: {
                    name: { type: "string", minLength: 1 },
                    server: { type: "string", minLength: 1 },
                    project: { type: "string" },
                    labels: { type: "object", additionalProperties: { type: "string" } },
                    annotations: { type: "object", additionalProperties: { type: "string" } },
                },
            },
        },
        render: {
            type: "object",
            additionalProperties: false,
            properties: {
                kustomize: { enum: ["auto", "kustomize", "kubectl"] },
                timeout: { type: "integer", minimum: 1, maximum: 3600 },
                concurrency: { type: "integer", minimum: 0, maximum: 256 },
                allowNetwork: { type: "boolean" },
                repoURLs: stringList,
                kubeVersion: { type: "string", pattern: "^$|^v?\\d+\\.\\d+(\\.\\d+)?$" },
            },
        },
        secrets: {
            type: "object",
            additionalProperties: false,
            properties: {
                keyTemplate: { type: "string", minLength: 1, pattern: "\\{env\\}" },
                ignoreFile: { type: "string", minLength: 1 },
                baseline: { type: "string" },
                gitleaksConfig: { type: "string", minLength: 1 },
                maxFileBytes: { type: "integer", minimum: 1024, maximum: 1073741824 },
                exclude: stringList,
            },
        },
        policy: {
            type: "object",
            additionalProperties: false,
            properties: {
                dir: { type: "string", minLength: 1 },
                exceptions: { type: "string", minLength: 1 },
                enforcement: {
                    type: "object",
                    additionalProperties: {
                        type: "object",
                        propertyNames: { pattern: "^(\\*|[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?)$" },
                        additionalProperties: { enum: ["deny", "warn", "audit"] },
                    },
                },
                conftest: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                        namespaces: stringList,
                        allNamespaces: { type: "boolean" },
                        data: stringList,
                        combine: { type: "boolean" },
                    },
                },
                kyverno: {
                    type: "object",
                    additionalProperties: false,
                    properties: { exceptions: stringList },
                },
                timeout: { type: "integer", minimum: 1, maximum: 3600 },
            },
        },
        lint: {
            type: "object",
            additionalProperties: false,
            properties: {
                kubeVersion: { type: "string", pattern: "^$|^v?\\d+\\.\\d+(\\.\\d+)?$" },
                schemaEngine: { enum: ["builtin", "kubeconform"] },
                strict: { type: "boolean" },
                schemaLocations: stringList,
                missingSchema: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                        default: { enum: ["error", "warning", "off"] },
                        kinds: { type: "object", additionalProperties: { enum: ["error", "warning", "off"] } },
                    },
                },
            },
        },
        promote: {
            type: "object",
            additionalProperties: false,
            properties: {
                images: imageFields,
                values: valuePaths,
                chart: { type: "boolean" },
                files: envFiles,
                services: {
                    type: "object",
                    propertyNames: { pattern: ID_PATTERN },
                    additionalProperties: {
                        type: "object",
                        additionalProperties: false,
                        properties: {
                            images: imageFields,
                            values: valuePaths,
                            extraValues: valuePaths,
                            chart: { type: "boolean" },
                            files: envFiles,
                        },
                    },
                },
                teams: {
                    type: "object",
                    propertyNames: { pattern: ID_PATTERN },
                    additionalProperties: { type: "array", items: { type: "string", pattern: TEAM } },
                },
                requiredChecks: { ...stringList, uniqueItems: true },
                autoMerge: { enum: [true, false, "merge", "squash", "rebase"] },
                prs: { enum: ["per-env", "grouped"] },
                gate: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                        envs: { type: "array", uniqueItems: true, items: { type: "string", pattern: ID_PATTERN } },
                        soak: { type: "string", pattern: "^(0|\\d+(\\.\\d+)?(ms|s|m|h|d))$" },
                    },
                },
            },
        },
        governance: {
            type: "object",
            additionalProperties: false,
            properties: {
                protectedEnvs: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: true,
                    items: { type: "string", pattern: ID_PATTERN },
                },
                platform: { type: "string", pattern: TEAM },
                requiredChecks: { ...stringList, minItems: 1, uniqueItems: true },
                manualProdSync: { type: "boolean" },
                signedCommits: { type: "boolean" },
                approvals: { type: "integer", minimum: 0, maximum: 10 },
                requiredDeployments: { ...stringList, uniqueItems: true },
                reviewers: {
                    type: "array",
                    maxItems: 6,
                    uniqueItems: true,
                    items: { type: "string", pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)?$" },
                },
                waitTimer: { type: "integer", minimum: 0, maximum: 43200 },
                releaseBranchMaxAge: { type: "string", pattern: "^(0|[0-9]+(\\.[0-9]+)?(ms|s|m|h|d))$" },
            },
        },
        argocd: {
            type: "object",
            additionalProperties: false,
            properties: {
                server: { type: "string" },
                appNamespace: { type: "string" },
                projects: { ...stringList, uniqueItems: true },
            },
        },
        preview: {
            type: "object",
            additionalProperties: false,
            properties: {
                ttl: { type: "string", pattern: "^(|0|\\d+(\\.\\d+)?(s|m|h|d))$" },
                sweep: { enum: ["report", "delete"] },
            },
        },
    },
};
let validate;
/**
 * The schema's validator: from the persistent cache when the run has one (ajv's compile of this
 * schema is about 50 ms of every command), else compiled. The schema is ours and fixed:
 * test/core/config-schema.test.ts checks it against the meta-schema, so no run pays to compile
 * the meta-schema (about a third of the compile).
 */
function configValidator() {
    const store = compiledSchemaCache();
    const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true, validateSchema: false, code: { source: !!store } });
    const compile = () => ajv.compile(CONFIG_SCHEMA);
    if (!store)
        return compile();
    return cachedValidator(store, { config: CONFIG_SCHEMA }, compile, (v) => standaloneSource(ajv, v));
}
/**
 * Loads `.gitops.yaml` from `repoDir` and merges it over the defaults. A
 * missing file means defaults. An unknown key, a wrong type or broken YAML is
 * a `UserError` naming the file, the line and the key.
 */
function loadConfig(repoDir) {
    const path = (0,external_node_path_.join)(repoDir, CONFIG_FILE);
    if (!(0,external_node_fs_.existsSync)(path))
        return { config: structuredClone(DEFAULT_CONFIG) };
    const yaml = (0,src_yaml/* loadYamlFile */.Y3)(path, CONFIG_FILE);
    if (yaml.documents.length > 1) {
        throw new src_errors/* UserError */.yo(`${CONFIG_FILE}: expected one YAML document, found ${yaml.documents.length}`, CONFIG_FILE);
    }
    const document = yaml.documents[0];
    const raw = document?.value ?? {};
    validate ??= configValidator();
    if (!validate(raw)) {
        throw configError(validate.errors ?? [], yaml, document);
    }
    checkChain(raw.environments, yaml, document);
    return { config: mergeConfig(raw), file: CONFIG_FILE };
}
function mergeConfig(raw) {
    const d = structuredClone(DEFAULT_CONFIG);
    return {
        environments: raw.environments?.flat() ?? d.environments,
        environmentChain: raw.environments ?? d.environmentChain,
        targets: { ...d.targets, ...raw.targets },
        clusters: raw.clusters ?? d.clusters,
        render: { ...d.render, ...raw.render },
        promote: { ...d.promote, ...raw.promote, gate: { ...d.promote.gate, ...raw.promote?.gate } },
        secrets: { ...d.secrets, ...raw.secrets },
        lint: {
            ...d.lint,
            ...raw.lint,
            missingSchema: { ...d.lint.missingSchema, ...raw.lint?.missingSchema },
        },
        policy: {
            ...d.policy,
            ...raw.policy,
            conftest: { ...d.policy.conftest, ...raw.policy?.conftest },
            kyverno: { ...d.policy.kyverno, ...raw.policy?.kyverno },
        },
        governance: { ...d.governance, ...raw.governance },
        argocd: { ...d.argocd, ...raw.argocd },
        preview: { ...d.preview, ...raw.preview },
    };
}
/** An env may appear once in the chain, in a group or not. */
function checkChain(chain, yaml, document) {
    if (!Array.isArray(chain))
        return;
    const seen = new Set();
    for (const [i, step] of chain.entries()) {
        for (const env of typeof step === "string" ? [step] : step) {
            if (!seen.has(env)) {
                seen.add(env);
                continue;
            }
            const line = document ? (0,src_yaml/* lineAt */.mh)(yaml, document, ["environments", i]) : undefined;
            throw new src_errors/* UserError */.yo(`${CONFIG_FILE}${line ? `:${line}` : ""}: "environments" names "${env}" twice; each env has one place in the chain`, CONFIG_FILE, line);
        }
    }
}
/** Turns the first ajv error into one message: file:line, the key path, and what is allowed. */
function configError(errors, yaml, document) {
    // Unknown keys first: they are the most common mistake and the easiest to fix.
    const err = errors.find((e) => e.keyword === "additionalProperties") ?? errors[0];
    if (!err)
        return new src_errors/* UserError */.yo(`${CONFIG_FILE}: invalid config`, CONFIG_FILE);
    const path = err.instancePath.split("/").slice(1).map(decodePointer);
    let key;
    let what;
    if (err.keyword === "additionalProperties") {
        const extra = err.params.additionalProperty;
        path.push(extra);
        key = path.join(".");
        what = `unknown key "${key}"; allowed here: ${allowedKeys(path.slice(0, -1)).join(", ")}`;
    }
    else {
        key = path.join(".") || "(root)";
        what = `"${key}" ${err.message ?? "is invalid"}`;
    }
    const line = document
        ? (0,src_yaml/* lineAt */.mh)(yaml, document, path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)))
        : undefined;
    return new src_errors/* UserError */.yo(`${CONFIG_FILE}${line ? `:${line}` : ""}: ${what}`, CONFIG_FILE, line);
}
function allowedKeys(path) {
    let node = CONFIG_SCHEMA;
    for (const p of path) {
        const n = node;
        // Maps keyed by name (promote.services.<name>) describe their entries in additionalProperties.
        node = /^\d+$/.test(p) ? n.items : (n.properties?.[p] ?? n.additionalProperties);
    }
    return Object.keys(node?.properties ?? {});
}
function decodePointer(s) {
    return s.replace(/~1/g, "/").replace(/~0/g, "~");
}


/***/ }),

/***/ 4913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Tt: () => (/* binding */ gitOk),
/* harmony export */   WL: () => (/* binding */ resolveCommit)
/* harmony export */ });
/* unused harmony export gitTopLevel */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


/**
 * Runs git with an argument array (never a shell). Callers put refs and paths
 * from users after `--end-of-options` or `--`, so a value like `--upload-pack=x`
 * is never read as an option. The environment turns off prompts and pagers.
 */
function git(cwd, args, env = process.env) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", args, {
            cwd,
            env: { ...env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" },
            maxBuffer: 512 * 1024 * 1024,
            encoding: "utf8",
        }, (err, stdout, stderr) => {
            if (err && typeof err.code !== "number") {
                reject(err.code === "ENOENT"
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("git is needed but not installed (looked on PATH)")
                    : new Error(err.message));
                return;
            }
            resolve({ code: typeof err?.code === "number" ? err.code : 0, stdout, stderr });
        });
    });
}
/** Runs git and returns stdout; a failure is a `UserError` that says `what` failed and git's reason. */
async function gitOk(cwd, args, what) {
    const r = await git(cwd, args);
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: ${firstLine(r.stderr) || `git exited ${r.code}`}`);
    return r.stdout;
}
/** The commit a ref names, or a `UserError` naming the ref. */
async function resolveCommit(cwd, ref, purpose) {
    const r = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (r.code === 0)
        return r.stdout.trim();
    // A fresh `git init` has no commits; saying so beats "HEAD is not a commit".
    const head = await git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    if (head.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${purpose}: the repository has no commits yet; commit first`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${purpose}: "${ref}" is not a commit in this repository`);
}
/** The top folder of the work tree that holds `cwd`, or undefined outside git. */
async function gitTopLevel(cwd) {
    const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}
function firstLine(text) {
    return text.trim().split("\n")[0] ?? "";
}


/***/ }),

/***/ 1351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ isLocal),
/* harmony export */   Vr: () => (/* binding */ followApplications),
/* harmony export */   ts: () => (/* binding */ cleanPath)
/* harmony export */ });
/* unused harmony exports valueFilesOf, appEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2100);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5832);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5499);





/**
 * Follows every Application that points into this repository (its repoURL is one of `repoURLs`,
 * or, with none known, any path that exists here):
 * - one that deploys a folder target as is only marks that target;
 * - one that renders something else (a Helm chart with env values files, kustomize or directory
 *   options, several sources, a folder no leaf covers) becomes a target
 *   `applications/<env>/<name>` rendered the way Argo CD's repo-server would.
 * Each Application's `env` and `targets` are filled in.
 */
function followApplications(repo, apps, folders, repoURLs, kindOf, knownEnvs = new Set()) {
    const findings = [];
    const targets = new Map();
    const plainPath = new Map();
    const envsByPath = new Map();
    for (const app of apps) {
        const local = app.sources.filter((s) => isLocal(s, repo, repoURLs));
        const rendering = local.filter((s) => s.path !== undefined && !s.chart);
        app.env = appEnv(app, rendering, knownEnvs).env;
        const path = cleanPath(rendering[0]?.path ?? "");
        const kind = folders.get(path)?.kind ?? kindOf(path);
        if (rendering.length === 1 &&
            app.sources.length === 1 &&
            !hasOptions(rendering[0]) &&
            kind &&
            kind !== "helm") {
            plainPath.set(app, path);
            const envs = envsByPath.get(path) ?? new Set();
            envs.add(app.env);
            envsByPath.set(path, envs);
        }
    }
    for (const app of apps) {
        const local = app.sources.filter((s) => isLocal(s, repo, repoURLs));
        const rendering = local.filter((s) => s.path !== undefined && !s.chart);
        const ref = { name: app.name, file: app.file, line: app.line };
        if (app.applicationSet)
            ref.applicationSet = app.applicationSet;
        if (app.inputs.length > 0)
            ref.inputs = app.inputs;
        if (rendering.length === 0) {
            const chart = app.sources.find((s) => s.chart !== undefined);
            if (chart) {
                // The Application lives here and so do its values; the chart does not. It is a target
                // the render lists as skipped, so promotion and the changelog still see the service.
                const target = chartRepoTarget(repo, app, ref, chart, knownEnvs);
                findings.push(note(app, `Application ${app.name} renders ${describeExternal(chart)}, not from this repository; not rendered here`));
                if (!targets.has(target.id)) {
                    targets.set(target.id, target);
                    app.targets.push(target.id);
                }
                continue;
            }
            const external = app.sources.filter((s) => s.path !== undefined && !local.includes(s));
            if (external.length > 0) {
                findings.push(note(app, `Application ${app.name} renders ${external.map(describeExternal).join(" and ")}, not from this repository; not rendered here`));
            }
            continue;
        }
        const path = plainPath.get(app);
        // A folder deployed as is is its own target, named by its path, unless Applications of
        // several envs deploy it: then each is a target of its env (env policies differ).
        let plain = path === undefined ? undefined : folders.get(path);
        if (!plain && path !== undefined && path !== "" && (envsByPath.get(path)?.size ?? 0) <= 1) {
            plain = deployedFolder(repo, path, kindOf(path) ?? "directory", app, knownEnvs);
            folders.set(path, plain);
        }
        if (plain) {
            plain.applications.push(ref);
            app.targets.push(plain.id);
            continue;
        }
        const target = applicationTarget(repo, app, ref, rendering, findings, kindOf, knownEnvs);
        if (!target)
            continue;
        const existing = targets.get(target.id);
        if (existing) {
            findings.push(error(app, `Application ${app.name} in ${app.file} has the same name and env as one in ${existing.applications[0]?.file ?? "?"}; only the first is rendered`));
            continue;
        }
        targets.set(target.id, target);
        app.targets.push(target.id);
    }
    return { targets: [...targets.values()], findings };
}
/** An Application that renders a chart from a chart repository: listed, not rendered. */
function chartRepoTarget(repo, app, ref, chart, knownEnvs) {
    const { env, why } = appEnv(app, [], knownEnvs);
    const service = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .stripEnv */ .UZ)(app.name, env);
    const source = (0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .folderOf */ .yS)(app.file);
    return {
        id: `applications/${env || "_"}/${app.name}`,
        env,
        service,
        kind: "helm",
        source,
        dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, source),
        specs: [],
        applications: [ref],
        origin: "application",
        skipReason: `renders ${describeExternal(chart)}, not from this repository; not rendered here`,
        reasons: [
            `Application ${app.name} (${app.file}:${app.line}) deploys ${describeExternal(chart)}`,
            why,
            `service "${service}": the name of Application ${app.name}${service !== app.name ? " without its env" : ""}`,
        ],
    };
}
/**
 * The repo-relative value files an Application names: `$ref/path` from a source of this repo,
 * and paths relative to a local chart folder.
 */
function valueFilesOf(app) {
    const out = [];
    for (const s of app.sources) {
        for (const f of s.helm?.valueFiles ?? []) {
            if (/^[a-z]+:\/\//i.test(f))
                continue;
            const file = f.startsWith("$") ? f.replace(/^\$[^/]+\//, "") : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(cleanPath(s.path ?? ""), f);
            const norm = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(file);
            // A chart-repo source's plain value files live in the chart, not here.
            if (!norm.startsWith("..") && (!s.chart || f.startsWith("$")))
                out.push(norm);
        }
    }
    return out;
}
/** A folder that no layout rule found but an Application deploys as is. */
function deployedFolder(repo, path, kind, app, knownEnvs) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, path);
    const names = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .namesFromPath */ .GQ)(path, knownEnvs);
    const spec = kind === "kustomize" ? { type: "kustomize", dir } : { type: "directory", dir, recurse: false };
    const t = {
        id: path,
        env: names.env ?? "",
        kind,
        source: path,
        dir,
        specs: [spec],
        applications: [],
        origin: "application",
        reasons: [
            `${path || "."}: deployed as is by Application ${app.name} (${app.file}:${app.line})`,
            ...names.why,
        ],
    };
    if (names.service)
        t.service = names.service;
    return t;
}
/**
 * An Application's env, by evidence in this order: the folders it renders (source paths, then
 * value files), the folder it is written in, its labels and name, its destination.
 */
function appEnv(app, rendering, knownEnvs = new Set()) {
    for (const s of rendering) {
        const n = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .namesFromPath */ .GQ)(cleanPath(s.path ?? ""), knownEnvs);
        if (n.env)
            return { env: n.env, why: `${n.why[0] ?? ""} (source path of Application ${app.name})` };
    }
    for (const file of valueFilesOf(app)) {
        const n = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .namesFromPath */ .GQ)((0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .folderOf */ .yS)(file), knownEnvs);
        if (n.env)
            return { env: n.env, why: `${n.why[0] ?? ""} (value file of Application ${app.name})` };
        // `values-prod.yaml` beside the chart.
        const byFile = /(?:^|[-_.])values[-_.]([a-z0-9-]+)\.ya?ml$/i.exec(file)?.[1];
        if (byFile && (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .namesFromPath */ .GQ)(byFile, knownEnvs).env)
            return { env: byFile, why: `env "${byFile}": the value file ${file} of Application ${app.name}` };
    }
    if (!app.applicationSet) {
        const n = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .namesFromPath */ .GQ)((0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .folderOf */ .yS)(app.file), knownEnvs);
        if (n.env)
            return { env: n.env, why: `${n.why[0] ?? ""} (where Application ${app.name} is written)` };
    }
    const named = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .envFromApplication */ .cU)(app);
    if (named)
        return named;
    return { env: "", why: `no env: nothing in Application ${app.name} names one` };
}
function applicationTarget(repo, app, ref, sources, findings, kindOf, knownEnvs) {
    const refs = new Map(app.sources.filter((s) => s.ref).map((s) => [s.ref ?? "", s]));
    const specs = [];
    for (const source of sources) {
        const path = cleanPath(source.path ?? "");
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, path);
        if (!insideRepo(repo, dir) || !isDir(dir)) {
            findings.push(error(app, `Application ${app.name}: source path "${source.path ?? ""}" is not a folder in this repository`));
            return undefined;
        }
        const spec = sourceSpec(repo, app, source, dir, refs, findings, kindOf(path));
        if (!spec)
            return undefined;
        specs.push(spec);
    }
    const sourcePath = cleanPath(sources[0]?.path ?? "");
    const { env, why } = appEnv(app, sources, knownEnvs);
    const names = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .namesFromPath */ .GQ)(sourcePath, knownEnvs);
    const reasons = [
        `Application ${app.name} (${app.file}:${app.line}${app.applicationSet ? `, generated by ApplicationSet ${app.applicationSet}` : ""}) renders ${sourcePath || "."}${sources.length > 1 ? ` and ${sources.length - 1} more source(s)` : ""}${hasOptions(sources[0]) ? " with options" : ""}`,
        why,
    ];
    let service = names.service;
    if (service)
        reasons.push(names.why.find((w) => w.startsWith("service")) ?? "");
    else {
        service = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .stripEnv */ .UZ)(app.name, env);
        reasons.push(`service "${service}": the name of Application ${app.name}${service !== app.name ? ` without its env` : ""}`);
    }
    const target = {
        id: `applications/${env || "_"}/${app.name}`,
        env,
        service,
        kind: specs[0]?.type ?? "directory",
        source: sourcePath,
        dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, sourcePath),
        specs,
        applications: [ref],
        origin: "application",
        reasons,
    };
    return target;
}
function sourceSpec(repo, app, source, dir, refs, findings, detected) {
    const kind = source.helm ? "helm" : (detected ?? "directory");
    if (kind === "helm") {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "Chart.yaml"))) {
            findings.push(error(app, `Application ${app.name}: ${source.path ?? ""} has helm options but no Chart.yaml`));
            return undefined;
        }
        const valueFiles = [];
        for (const f of source.helm?.valueFiles ?? []) {
            const resolved = resolveValueFile(f, dir, refs, repo);
            if (typeof resolved !== "string") {
                findings.push(error(app, `Application ${app.name}: value file "${f}" ${resolved.problem}`));
                return undefined;
            }
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(resolved)) {
                if (source.helm?.ignoreMissingValueFiles)
                    continue;
                findings.push(error(app, `Application ${app.name}: value file "${f}" does not exist (${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repo, resolved)})`));
                return undefined;
            }
            valueFiles.push(resolved);
        }
        const helm = source.helm ?? {};
        const spec = {
            type: "helm",
            chartDir: dir,
            releaseName: helm.releaseName ?? app.name,
            valueFiles,
        };
        if (app.destination.namespace)
            spec.namespace = app.destination.namespace;
        if (helm.values)
            spec.values = helm.values;
        if ((0,_applications_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(helm.valuesObject))
            spec.valuesObject = helm.valuesObject;
        if (helm.parameters?.length)
            spec.parameters = helm.parameters;
        if (helm.skipCrds)
            spec.skipCrds = true;
        return spec;
    }
    if (kind === "kustomize")
        return source.kustomize
            ? { type: "kustomize", dir, options: source.kustomize }
            : { type: "kustomize", dir };
    const d = source.directory ?? {};
    const spec = {
        type: "directory",
        dir,
        recurse: d.recurse === true,
    };
    if (d.include)
        spec.include = d.include;
    if (d.exclude)
        spec.exclude = d.exclude;
    return spec;
}
/** Resolves a Helm value file as Argo CD does: `$ref/...` from a ref source, else relative to the chart. */
function resolveValueFile(f, chartDir, refs, repo) {
    if (/^[a-z]+:\/\//i.test(f))
        return { problem: "is a URL; remote value files need network access" };
    let path;
    const ref = /^\$([^/]+)\/(.*)$/.exec(f);
    if (ref) {
        if (!refs.has(ref[1] ?? ""))
            return { problem: `names the unknown source ref "$${ref[1] ?? ""}"` };
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, ref[2] ?? "");
    }
    else {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(chartDir, f);
    }
    return insideRepo(repo, path) ? path : { problem: "points outside the repository" };
}
/** True when a source renders from this repository. */
function isLocal(source, repo, repoURLs) {
    if (source.repoURL && repoURLs.length > 0)
        return (0,_applications_js__WEBPACK_IMPORTED_MODULE_2__/* .sameRepo */ .Zj)(source.repoURL, repoURLs);
    // No URL to compare against: accept a path that exists here.
    return source.path !== undefined && isDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, cleanPath(source.path)));
}
/** An outside source as a reader can look it up: the chart and version, or the path, and the URL. */
function describeExternal(source) {
    const what = source.chart
        ? `chart ${source.chart}${source.targetRevision ? ` ${source.targetRevision}` : ""}`
        : (source.path ?? "");
    return `${what} from ${source.repoURL ?? "another repository"}`;
}
function hasOptions(source) {
    return (source !== undefined &&
        (source.helm !== undefined || source.kustomize !== undefined || source.directory !== undefined));
}
/** A source path as a repo-relative folder ("" for the root). */
function cleanPath(p) {
    const n = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p.replace(/^\.\//, "")).replace(/\/$/, "");
    return n === "." ? "" : n;
}
function insideRepo(repo, path) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo), path);
    return r === "" || (!r.startsWith("..") && !r.startsWith("/"));
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
function note(app, message) {
    return {
        tool: "render",
        rule: "external-source",
        severity: "notice",
        message,
        file: app.file,
        line: app.line,
    };
}
function error(app, message) {
    return {
        tool: "render",
        rule: "application-source",
        severity: "error",
        message,
        file: app.file,
        line: app.line,
        target: `applications/${app.env || "_"}/${app.name}`,
    };
}


/***/ }),

/***/ 2100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Ld: () => (/* binding */ asApplication),
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   i4: () => (/* binding */ readArgo),
/* harmony export */   zU: () => (/* binding */ knownClusters)
/* harmony export */ });
/* unused harmony export normalizeRepoUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _appset_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1543);




/**
 * The clusters Argo CD knows, as the ApplicationSet cluster generator sees them: `.gitops.yaml`
 * `clusters:` first, then the repository's cluster Secrets.
 */
function knownClusters(config, clusterSecrets) {
    return [
        ...config.clusters.map((c) => ({ ...c, labels: c.labels ?? {}, annotations: c.annotations ?? {} })),
        ...clusterSecrets.flatMap((s) => (0,_appset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterFromSecret */ .R)(s) ?? []),
    ];
}
/**
 * Reads every Application, ApplicationSet and cluster Secret from the files the scan picked out.
 * A broken file becomes one finding and the others go on.
 */
function readArgo(repo, files, read = _read_js__WEBPACK_IMPORTED_MODULE_3__/* .readDocuments */ .r) {
    const out = { applications: [], applicationSets: [], clusterSecrets: [], findings: [] };
    for (const file of files) {
        let docs;
        try {
            docs = read((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(repo, file), file);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo))
                throw err;
            const f = {
                tool: "render",
                rule: "unreadable-application",
                severity: "error",
                message: err.message,
                file,
            };
            if (err.line)
                f.line = err.line;
            out.findings.push(f);
            continue;
        }
        for (const doc of docs) {
            const v = doc.value;
            if (!isObject(v))
                continue;
            if (v.kind === "Secret" && isClusterSecret(v)) {
                out.clusterSecrets.push(v);
                continue;
            }
            if (typeof v.apiVersion !== "string" || !v.apiVersion.startsWith("argoproj.io/"))
                continue;
            if (v.kind === "Application") {
                const app = asApplication(v, file, doc.line, null);
                if (app)
                    out.applications.push(app);
            }
            else if (v.kind === "ApplicationSet") {
                const metadata = isObject(v.metadata) ? v.metadata : {};
                const name = typeof metadata.name === "string" ? metadata.name : "";
                if (name)
                    out.applicationSets.push({ name, file, line: doc.line, value: v });
            }
        }
    }
    return out;
}
/** An Application object (written, generated or rendered) as the model keeps it; undefined without a name. */
function asApplication(value, file, line, applicationSet) {
    const metadata = isObject(value.metadata) ? value.metadata : {};
    const spec = isObject(value.spec) ? value.spec : {};
    const name = typeof metadata.name === "string" ? metadata.name : "";
    if (!name)
        return undefined;
    const sources = Array.isArray(spec.sources)
        ? spec.sources.filter(isObject)
        : isObject(spec.source)
            ? [spec.source]
            : [];
    const d = isObject(spec.destination) ? spec.destination : {};
    const destination = {};
    if (typeof d.server === "string")
        destination.server = d.server;
    if (typeof d.name === "string")
        destination.name = d.name;
    if (typeof d.namespace === "string")
        destination.namespace = d.namespace;
    return {
        name,
        namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
        project: typeof spec.project === "string" ? spec.project : "",
        file,
        line,
        applicationSet,
        targets: [],
        destination,
        labels: stringMap(metadata.labels),
        sources,
        env: "",
        inputs: [],
        manifest: value,
    };
}
function isClusterSecret(v) {
    const metadata = isObject(v.metadata) ? v.metadata : {};
    const labels = isObject(metadata.labels) ? metadata.labels : {};
    return labels["argocd.argoproj.io/secret-type"] === "cluster";
}
function stringMap(v) {
    const out = {};
    if (!isObject(v))
        return out;
    for (const [k, x] of Object.entries(v))
        if (typeof x === "string")
            out[k] = x;
    return out;
}
/**
 * True when an Application's repoURL names this repository: one of the
 * configured URLs or the git remote, compared without scheme, user, `.git`
 * and case (https://github.com/o/r.git == git@github.com:o/r).
 */
function sameRepo(url, candidates) {
    const n = normalizeRepoUrl(url);
    return candidates.some((c) => normalizeRepoUrl(c) === n);
}
function normalizeRepoUrl(url) {
    let u = url.trim().toLowerCase();
    u = u.replace(/^[a-z+]+:\/\//, "");
    u = u.replace(/^[^@/]+@/, "");
    u = u.replace(/^([^/:]+):(?!\d+\/)/, "$1/");
    u = u.replace(/:\d+\//, "/");
    return u.replace(/\.git$/, "").replace(/\/+$/, "");
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 5832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ collectUses),
/* harmony export */   _5: () => (/* binding */ detectLeaves),
/* harmony export */   i_: () => (/* binding */ detectKind),
/* harmony export */   yS: () => (/* binding */ folderOf)
/* harmony export */ });
/* unused harmony export kindOfFolder */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1543);
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2100);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3383);
/* harmony import */ var _kustomization_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(466);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5499);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8170);








/**
 * The deployable leaves, with no config: a kustomization that no other kustomization uses and is
 * not a Component; a Helm chart that no kustomization or chart uses (charts that an Application
 * wraps are taken out by the caller); and a folder of plain manifests under an env folder that no
 * kustomization reads and that is not inside a kustomization's folder.
 */
function detectLeaves(scan, uses) {
    const leaves = [];
    const kustomizeDirs = [...scan.dirs.values()].filter((d) => d.kustomization).map((d) => d.path);
    for (const d of scan.dirs.values()) {
        if (d.path === "")
            continue;
        if (d.kustomization) {
            if (uses.dirs.has(d.path) || uses.components.has(d.path))
                continue;
            leaves.push({
                path: d.path,
                kind: "kustomize",
                why: "a kustomization that no other kustomization uses",
            });
        }
        else if (d.chart) {
            if (uses.dirs.has(d.path) || uses.libraries.has(d.path))
                continue;
            leaves.push({ path: d.path, kind: "helm", why: "a Helm chart that nothing else wraps" });
        }
        else if (d.manifests.length > 0) {
            const env = (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .namesFromPath */ .GQ)(d.path).env;
            if (!env || !plainLeaf(d, uses, kustomizeDirs))
                continue;
            leaves.push({
                path: d.path,
                kind: "directory",
                why: `a folder of manifests under env folder "${env}"`,
            });
        }
    }
    return leaves;
}
/** A folder of manifests (under an env folder) that no kustomization reads or holds. */
function plainLeaf(d, uses, kustomizeDirs) {
    if (d.manifests.some((m) => uses.files.has(`${d.path}/${m}`)))
        return false;
    return !kustomizeDirs.some((k) => k === "" || d.path.startsWith(`${k}/`));
}
/** Reads every kustomization (and chart dependency) once for what it uses. */
function collectUses(repo, scan, read = _read_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocuments */ .r) {
    const uses = { dirs: new Set(), files: new Set(), components: new Set(), libraries: new Set() };
    for (const d of scan.dirs.values()) {
        if (d.kustomization)
            kustomizationUses(repo, d.path, d.kustomization, uses, read);
        if (d.chart)
            chartUses(repo, d.path, uses, read);
    }
    return uses;
}
function kustomizationUses(repo, dir, file, uses, read) {
    let k;
    try {
        k = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo, dir, file), node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, file))[0]?.value;
    }
    catch {
        return; // render reports the broken file on the target
    }
    const reads = (0,_kustomization_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizationReads */ .D)(k);
    if (reads.component)
        uses.components.add(dir);
    const use = (entry) => {
        if (_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .URL_LIKE */ .Ut.test(entry))
            return;
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, entry));
        if (rel.startsWith(".."))
            return;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, rel);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
            return;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
            uses.dirs.add(rel === "." ? "" : rel);
        else
            uses.files.add(rel);
    };
    for (const r of reads.refs)
        use(r.entry);
    for (const c of reads.charts?.list ?? [])
        use(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(reads.charts?.home ?? "charts", c.name));
}
/** `file://` dependencies of a chart are parts of it. */
function chartUses(repo, dir, uses, read) {
    let chart;
    try {
        chart = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo, dir, "Chart.yaml"), node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, "Chart.yaml"))[0]?.value;
    }
    catch {
        return;
    }
    if (!(0,_applications_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(chart))
        return;
    if (chart.type === "library")
        uses.libraries.add(dir);
    for (const dep of list(chart.dependencies)) {
        if (!(0,_applications_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(dep) || typeof dep.repository !== "string" || !dep.repository.startsWith("file://"))
            continue;
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, dep.repository.slice("file://".length)));
        if (!rel.startsWith(".."))
            uses.dirs.add(rel);
    }
}
/** What kind of target a folder is, or undefined when it renders nothing (e.g. Helm values only). */
function detectKind(scanned) {
    if (!scanned)
        return undefined;
    if (scanned.kustomization)
        return "kustomize";
    if (scanned.chart)
        return "helm";
    return scanned.manifests.length > 0 ? "directory" : undefined;
}
/** The folder of a repo-relative file ("" at the root). */
function folderOf(file) {
    const d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file);
    return d === "." ? "" : d;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/** What kind of target a folder on disk is, or undefined when it renders nothing (Helm values only). */
function kindOfFolder(dir) {
    let names;
    try {
        names = readdirSync(dir, { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name);
    }
    catch {
        return undefined;
    }
    if (names.some((n) => KUSTOMIZATION_FILES.includes(n)))
        return "kustomize";
    if (names.includes("Chart.yaml"))
        return "helm";
    for (const n of names.filter((f) => /\.(ya?ml|json)$/i.test(f))) {
        try {
            if (looksLikeManifest(n, readFileSync(join(dir, n), "utf8").slice(0, 64 * 1024)))
                return "directory";
        }
        catch {
            // unreadable: not a manifest
        }
    }
    return undefined;
}
const KUSTOMIZATION_FILES = (/* unused pure expression or super */ null && (["kustomization.yaml", "kustomization.yml", "Kustomization"]));


/***/ }),

/***/ 3383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ut: () => (/* binding */ URL_LIKE),
/* harmony export */   x2: () => (/* binding */ inputGraph)
/* harmony export */ });
/* unused harmony export affectedTargets */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1543);
/* harmony import */ var _kustomization_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(466);




const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/** A kustomization reference that names something remote (a base over git or HTTP, an OCI chart). */
const URL_LIKE = /^(https?:\/\/|git::|ssh:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/|oci:\/\/)/i;
/**
 * Builds a target's input graph without rendering: kustomization resources,
 * components, patches, generator and replacement files (recursively); a Helm
 * chart's folder and its values files; a plain folder; the Application files
 * that point at it.
 */
function inputGraph(target, repo, read = _read_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocuments */ .r) {
    const g = {
        files: new Set(),
        dirs: new Set(),
        yamlFiles: new Map(),
        remote: [],
        unresolved: false,
        helmCharts: false,
    };
    for (const app of target.applications) {
        g.files.add(app.file);
        for (const f of app.inputs ?? [])
            g.files.add(f);
    }
    for (const spec of target.specs)
        addSpec(g, spec, repo, read);
    return g;
}
function addSpec(g, spec, repo, read) {
    if (spec.type === "helm") {
        g.dirs.add(rel(repo, spec.chartDir));
        for (const f of ["Chart.yaml", "values.yaml"])
            g.yamlFiles.set(rel(repo, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spec.chartDir, f)), "helm");
        for (const f of spec.valueFiles) {
            g.files.add(rel(repo, f));
            g.yamlFiles.set(rel(repo, f), "helm");
        }
    }
    else if (spec.type === "directory") {
        g.dirs.add(rel(repo, spec.dir));
    }
    else {
        walkKustomization(g, spec.dir, repo, new Set(), read);
    }
}
function walkKustomization(g, dir, repo, seen, read) {
    // By real path: a symlinked folder that loops back is the same kustomization.
    const real = realPath(dir);
    if (seen.has(real))
        return;
    seen.add(real);
    const file = KUSTOMIZATION_FILES.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
    if (!file) {
        g.unresolved = true;
        return;
    }
    g.files.add(rel(repo, file));
    g.yamlFiles.set(rel(repo, file), "kustomize");
    let k;
    try {
        k = read(file, rel(repo, file))[0]?.value;
    }
    catch {
        // The render reports the broken file; here we only make sure it re-renders.
        g.unresolved = true;
        return;
    }
    const reads = (0,_kustomization_js__WEBPACK_IMPORTED_MODULE_3__/* .kustomizationReads */ .D)(k);
    for (const { entry, yaml } of reads.refs) {
        if (URL_LIKE.test(entry)) {
            g.remote.push(entry);
            g.unresolved = true;
            continue;
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, entry);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            g.unresolved = true;
            g.files.add(rel(repo, path));
        }
        else if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory()) {
            walkKustomization(g, path, repo, seen, read);
        }
        else {
            g.files.add(rel(repo, path));
            if (yaml)
                g.yamlFiles.set(rel(repo, path), "kustomize");
        }
    }
    if (reads.charts) {
        g.helmCharts = true;
        g.dirs.add(rel(repo, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, reads.charts.home)));
        for (const c of reads.charts.list) {
            if (!c.repo)
                continue;
            g.remote.push(`${c.repo} (chart ${c.name})`);
            g.unresolved = true;
        }
    }
}
/** The targets whose inputs include a changed path (or that could not be resolved). */
function affectedTargets(targets, graphs, changed) {
    const out = new Set();
    for (const t of targets) {
        const g = graphs.get(t.id);
        if (!g || g.unresolved) {
            out.add(t.id);
            continue;
        }
        const dirs = [...g.dirs].map((d) => (d === "" ? "" : d + "/"));
        if (changed.some((c) => g.files.has(c) || dirs.some((d) => d === "" || c.startsWith(d))))
            out.add(t.id);
    }
    return out;
}
function realPath(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return path;
    }
}
function rel(repo, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo), path).split("\\").join("/");
}


/***/ }),

/***/ 466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ kustomizationReads)
/* harmony export */ });
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2100);

const PARSED = [
    "resources",
    "bases",
    "components",
    "crds",
    "patchesStrategicMerge",
    "configurations",
    "transformers",
    "generators",
    "validators",
];
const BY_PATH = ["patches", "patchesJson6902", "replacements"];
const GENERATORS = ["configMapGenerator", "secretGenerator"];
/**
 * Every path a parsed kustomization names. The one list of kustomization fields that discovery
 * (which folders are used by others) and the input graph (what a render reads) both follow.
 */
function kustomizationReads(k) {
    const out = { refs: [], component: false };
    if (!(0,_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(k))
        return out;
    out.component = k.kind === "Component";
    // A multi-line string is an inline patch, not a path.
    const add = (entry, yaml = true) => {
        if (typeof entry === "string" && !entry.includes("\n"))
            out.refs.push({ entry, yaml });
    };
    for (const key of PARSED)
        for (const e of list(k[key]))
            add(e);
    for (const key of BY_PATH)
        for (const e of list(k[key]))
            if ((0,_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(e))
                add(e.path);
    for (const key of GENERATORS) {
        for (const g of list(k[key])) {
            if (!(0,_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(g))
                continue;
            // Generator files may be `key=path`.
            for (const f of [...list(g.files), ...list(g.envs), g.env])
                if (typeof f === "string")
                    add(f.replace(/^[^=/]+=/, ""), false);
        }
    }
    if ((0,_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(k.openapi))
        add(k.openapi.path);
    const charts = list(k.helmCharts);
    if (charts.length > 0) {
        const globals = (0,_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(k.helmGlobals) ? k.helmGlobals : {};
        const home = typeof globals.chartHome === "string" ? globals.chartHome : "charts";
        out.charts = { home, list: [] };
        for (const c of charts) {
            if (!(0,_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c))
                continue;
            const chart = { name: String(c.name) };
            if (typeof c.repo === "string" && c.repo)
                chart.repo = c.repo;
            out.charts.list.push(chart);
            add(c.valuesFile);
            for (const f of list(c.additionalValuesFiles))
                add(f);
        }
    }
    return out;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadModel: () => (/* binding */ loadModel)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./packages/core/src/appset/index.ts + 13 modules
var appset = __webpack_require__(3713);
// EXTERNAL MODULE: ./packages/core/src/appset/generators/pull-request.ts
var pull_request = __webpack_require__(723);
;// CONCATENATED MODULE: ./packages/core/src/clock.ts
/**
 * The wall clock with sub-millisecond precision, comparable with a file's `ctimeMs`: when a run
 * began reading the repository, so the cache can tell a file changed during the run.
 */
function preciseNow() {
    return performance.timeOrigin + performance.now();
}

// EXTERNAL MODULE: ./packages/core/src/config.ts + 3 modules
var src_config = __webpack_require__(4169);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
;// CONCATENATED MODULE: ./packages/tools/src/locate.ts



/**
 * Finds an executable by name: first on PATH, then in the setup-tools cache
 * (`$RUNNER_TOOL_CACHE/gitops-<name>/<version>/<arch>/`, newest version first).
 * Returns its absolute path, or undefined.
 */
function findTool(name, env = process.env) {
    const onPath = findOnPath(name, env);
    if (onPath)
        return onPath;
    for (const cache of toolCacheRoots(env)) {
        const found = findInCache((0,external_node_path_.join)(cache, `gitops-${name}`), name);
        if (found)
            return found;
    }
    return undefined;
}
/** The first executable called `name` on PATH, or undefined. */
function findOnPath(name, env = process.env) {
    for (const dir of (env.PATH ?? "").split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * Where a tool version is installed: `<cache root>/gitops-<name>/<version>/<arch>/`.
 * `findTool` looks for `<binary>` in exactly these folders.
 */
function toolCacheDir(root, name, version, arch) {
    return join(root, `gitops-${name}`, version, arch);
}
/** Where setup-tools and `gitops tools install` keep tools. */
function toolCacheRoots(env = process.env) {
    const roots = [];
    if (env.RUNNER_TOOL_CACHE)
        roots.push(env.RUNNER_TOOL_CACHE);
    const home = env.XDG_CACHE_HOME ?? (env.HOME ? (0,external_node_path_.join)(env.HOME, ".cache") : undefined);
    if (home)
        roots.push((0,external_node_path_.join)(home, "gitops-actions", "tools"));
    return roots;
}
/**
 * The error for tools that are needed and not installed: exit 2, naming each
 * tool and how to get it.
 */
function missingToolsError(names, purpose) {
    const list = names.join(", ");
    return new UserError(`${list} ${names.length === 1 ? "is" : "are"} needed to ${purpose} but not installed (looked on PATH and in the tool cache). ` +
        `In a workflow add the step "uses: <owner>/gitops-actions/actions/setup-tools@v1" with tools: ${names.join(" ")}; ` +
        `on a laptop run "gitops tools install ${names.join(" ")}" or install ${names.length === 1 ? "it" : "them"} with your package manager.`);
}
function findInCache(toolDir, name) {
    let versions;
    try {
        versions = (0,external_node_fs_.readdirSync)(toolDir).sort(compareVersionsDesc);
    }
    catch {
        return undefined;
    }
    for (const version of versions) {
        let arches;
        try {
            arches = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(toolDir, version));
        }
        catch {
            continue;
        }
        for (const arch of arches) {
            const candidate = (0,external_node_path_.join)(toolDir, version, arch, name);
            if (isExecutable(candidate))
                return candidate;
        }
    }
    return undefined;
}
function isExecutable(path) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function compareVersionsDesc(a, b) {
    const pa = a.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
    const pb = b.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pb[i] ?? 0) - (pa[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return b.localeCompare(a);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/tools/src/exec.ts

/**
 * Process groups of tools still running. Each tool runs in a group of its own
 * (so a timeout can kill its children too), which also means a signal sent to
 * gitops or to gitops' group does not reach it: when the runner cancels a job
 * or a user presses Ctrl-C, these groups are killed before gitops goes.
 */
const liveGroups = new Set();
let stopHandlersInstalled = false;
function killGroup(pid) {
    try {
        process.kill(-pid, "SIGKILL");
    }
    catch {
        // Already gone.
    }
}
function installStopHandlers() {
    if (stopHandlersInstalled || process.platform === "win32")
        return;
    stopHandlersInstalled = true;
    process.on("exit", () => {
        for (const pid of liveGroups)
            killGroup(pid);
    });
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
        process.once(signal, () => {
            for (const pid of liveGroups)
                killGroup(pid);
            // Then end the way the signal would have ended us (exit status 128 + n).
            process.kill(process.pid, signal);
        });
    }
}
/**
 * Runs an external binary with an argument array — never through a shell, so
 * no user text is ever interpreted — with a timeout that kills the whole
 * process group (helm and kustomize may start children of their own).
 */
function runTool(file, args, options) {
    const started = performance.now();
    const maxOut = options.maxOutputBytes ?? 512 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ["ignore", "pipe", "pipe"],
            detached: process.platform !== "win32",
            signal: options.signal,
        });
        if (child.pid !== undefined && process.platform !== "win32") {
            installStopHandlers();
            liveGroups.add(child.pid);
        }
        const out = [];
        const err = [];
        let outBytes = 0;
        let errBytes = 0;
        let timedOut = false;
        let overflowed = false;
        const kill = () => {
            try {
                if (child.pid !== undefined && process.platform !== "win32")
                    process.kill(-child.pid, "SIGKILL");
                else
                    child.kill("SIGKILL");
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, options.timeoutMs);
        child.stdout.on("data", (d) => {
            outBytes += d.length;
            if (outBytes > maxOut) {
                overflowed = true;
                kill();
                return;
            }
            out.push(d);
        });
        child.stderr.on("data", (d) => {
            // Keep the first 1 MiB of stderr: enough for any error message.
            if (errBytes < 1024 * 1024)
                err.push(d);
            errBytes += d.length;
        });
        child.on("error", (e) => {
            clearTimeout(timer);
            if (child.pid !== undefined)
                liveGroups.delete(child.pid);
            reject(e);
        });
        child.on("close", (code) => {
            clearTimeout(timer);
            if (child.pid !== undefined)
                liveGroups.delete(child.pid);
            resolve({
                code: timedOut || overflowed ? null : code,
                stdout: Buffer.concat(out).toString("utf8"),
                stderr: Buffer.concat(err).toString("utf8"),
                timedOut,
                overflowed,
                ms: performance.now() - started,
            });
        });
    });
}

// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./packages/core/src/model/applications.ts
var model_applications = __webpack_require__(2100);
;// CONCATENATED MODULE: ./packages/core/src/model/app-of-apps.ts






/** Seconds one app-of-apps chart may take to render. */
const TIMEOUT_MS = 60_000;
/**
 * Renders an app-of-apps Helm chart (one whose templates are Argo CD Applications) with its own
 * values, as the Application that deploys it would, and returns the Applications it yields. Each
 * keeps the template file it came from (`# Source:` in helm's output). Without helm, or when the
 * chart does not render, the chart's Applications are not followed and a finding says why.
 */
async function chartApplications(repo, chartDir, env) {
    const chartYaml = external_node_path_.posix.join(chartDir, "Chart.yaml");
    const helm = findTool("helm", env);
    if (!helm) {
        return {
            applications: [],
            findings: [
                finding("notice", chartYaml, `${chartDir || "."} is an app-of-apps chart; helm is not on PATH, so the Applications it creates are not followed (install helm, or run gitops tools install)`),
            ],
        };
    }
    const release = external_node_path_.posix.basename(chartDir) || "apps";
    const r = await runTool(helm, ["template", release, chartDir || "."], {
        cwd: repo,
        timeoutMs: TIMEOUT_MS,
        env,
    });
    if (r.code !== 0) {
        const why = r.timedOut ? "timed out" : (r.stderr.trim().split("\n").at(-1) ?? "failed");
        return {
            applications: [],
            findings: [finding("error", chartYaml, `app-of-apps chart ${chartDir || "."} does not render: ${why}`)],
        };
    }
    const applications = [];
    try {
        for (const doc of (0,rendered_yaml/* parseRenderedYaml */.I)(r.stdout, `${chartDir}/ (helm template)`)) {
            const v = doc.value;
            if (!(0,model_applications/* isObject */.Gv)(v) || v.kind !== "Application" || typeof v.apiVersion !== "string")
                continue;
            if (!v.apiVersion.startsWith("argoproj.io/"))
                continue;
            const source = /#\s*Source:\s*[^/\s]+\/(\S+)/.exec(doc.comment)?.[1];
            const file = source ? external_node_path_.posix.join(chartDir, source) : chartYaml;
            const app = (0,model_applications/* asApplication */.Ld)(v, file, 1, null);
            if (app)
                applications.push(app);
        }
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo))
            throw err;
        return { applications: [], findings: [finding("error", chartYaml, (0,errors/* messageOf */.bD)(err))] };
    }
    return { applications, findings: [] };
}
function finding(severity, file, message) {
    return { tool: "render", rule: "app-of-apps", severity, message, file };
}

// EXTERNAL MODULE: ./packages/core/src/model/app-targets.ts
var app_targets = __webpack_require__(1351);
// EXTERNAL MODULE: ./packages/core/src/model/detect.ts
var detect = __webpack_require__(5832);
;// CONCATENATED MODULE: ./packages/core/src/model/dr-clusters.ts

const ROLE_LABEL = "role";
const REGION_LABEL = "region";
const DR_OF_LABEL = "drOf";
/** Every cluster the model knows: `.gitops.yaml` first, then the repo's cluster Secrets (by name, first wins). */
function modelClusters(layout) {
    // Through the model's reader, which parsed every Argo CD file when the model loaded: no file is
    // read or parsed again.
    const written = (0,model_applications/* readArgo */.i4)(layout.repo, layout.argoFiles, layout.read);
    const seen = new Set();
    return (0,model_applications/* knownClusters */.zU)(layout.config, written.clusterSecrets).filter((c) => c.name !== "" && !seen.has(c.name) && seen.add(c.name));
}
/** The clusters that carry `role: primary` or `role: dr`, DR clusters paired with their primary. */
function roleClusters(layout) {
    const out = [];
    const all = modelClusters(layout);
    for (const c of all) {
        const role = c.labels[ROLE_LABEL];
        if (role !== "primary" && role !== "dr")
            continue;
        out.push({ name: c.name, server: c.server, role, region: c.labels[REGION_LABEL] ?? "" });
    }
    const primaries = all.filter((c) => c.labels[ROLE_LABEL] === "primary");
    for (const dr of out.filter((c) => c.role === "dr")) {
        const info = all.find((c) => c.name === dr.name);
        const named = info?.labels[DR_OF_LABEL];
        const env = info?.labels.env;
        const sameEnv = env === undefined ? [] : primaries.filter((p) => p.labels.env === env);
        const primary = named ?? (sameEnv.length === 1 ? sameEnv[0]?.name : undefined);
        if (primary !== undefined && primaries.some((p) => p.name === primary))
            dr.primary = primary;
    }
    return out;
}
/** Every service on every role cluster, by the Applications whose destination is that cluster. */
function placements(layout, clusters) {
    const byId = new Map(layout.targets.map((t) => [t.id, t]));
    const out = [];
    for (const app of layout.applications) {
        const cluster = clusters.find((c) => destinedTo(app, c));
        if (!cluster)
            continue;
        for (const id of app.targets) {
            const target = byId.get(id);
            if (target?.service)
                out.push({ service: target.service, cluster: cluster.name, application: app, target });
        }
    }
    return out;
}
function destinedTo(app, c) {
    const { server, name } = app.destination;
    if (server !== undefined)
        return trim(server) === trim(c.server);
    return name !== undefined && name === c.name;
}
function trim(url) {
    return url.replace(/\/+$/, "");
}
/** Each service placed on a primary, paired with each of that primary's DR clusters. */
function drPairs(layout, clusters = roleClusters(layout)) {
    const placed = placements(layout, clusters);
    const out = [];
    for (const primary of clusters.filter((c) => c.role === "primary")) {
        const drs = clusters.filter((c) => c.role === "dr" && c.primary === primary.name);
        for (const source of placed.filter((p) => p.cluster === primary.name)) {
            for (const dr of drs) {
                const counterpart = placed.find((p) => p.cluster === dr.name && p.service === source.service);
                out.push({ service: source.service, primary, dr, source, ...(counterpart ? { counterpart } : {}) });
            }
        }
    }
    return out;
}
/** Envs where the services run only on DR clusters: what `--no-dr` leaves out of a group. */
function drOnlyEnvs(layout, services) {
    const clusters = roleClusters(layout);
    const placed = placements(layout, clusters).filter((p) => services.includes(p.service));
    const role = new Map(clusters.map((c) => [c.name, c.role]));
    const primaryEnvs = new Set(placed.filter((p) => role.get(p.cluster) !== "dr").map((p) => p.target.env));
    return new Set(placed
        .filter((p) => role.get(p.cluster) === "dr" && !primaryEnvs.has(p.target.env))
        .map((p) => p.target.env));
}
/**
 * Each env that only DR clusters run (no primary runs anything there), with the envs its
 * clusters' primaries run: the envs it stands in for, and so the envs it is promoted with.
 */
function drEnvPrimaries(layout) {
    const clusters = roleClusters(layout);
    const placed = placements(layout, clusters).filter((p) => p.target.env !== "");
    const byName = new Map(clusters.map((c) => [c.name, c]));
    const isDr = (p) => byName.get(p.cluster)?.role === "dr";
    const primaryEnvs = new Set(placed.filter((p) => !isDr(p)).map((p) => p.target.env));
    const envsOn = new Map();
    for (const p of placed)
        envsOn.set(p.cluster, (envsOn.get(p.cluster) ?? new Set()).add(p.target.env));
    const out = new Map();
    for (const p of placed) {
        const primary = byName.get(p.cluster)?.primary;
        if (!isDr(p) || primary === undefined || primaryEnvs.has(p.target.env))
            continue;
        const envs = out.get(p.target.env) ?? new Set();
        for (const env of envsOn.get(primary) ?? [])
            envs.add(env);
        out.set(p.target.env, envs);
    }
    return new Map([...out].map(([env, envs]) => [env, [...envs].sort()]));
}

// EXTERNAL MODULE: ./packages/core/src/model/graph.ts
var graph = __webpack_require__(3383);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var model_names = __webpack_require__(5499);
;// CONCATENATED MODULE: ./packages/core/src/model/roots.ts





const PLACEHOLDER = /^\{(env|service)\}$/;
const idPattern = new RegExp(src_config/* ID_PATTERN */.pw);
/**
 * Every folder the `.gitops.yaml` roots match. `{env}` and `{service}` each match one folder and
 * name it; a root without `{env}` gives shared (env-less) folders. The walk is bounded by the
 * pattern's depth, so symlinked folders that loop cannot make it spin; folders that resolve
 * outside the repo are ignored, and so are the output folders.
 */
function expandRoots(repo, roots, outputDirs) {
    const realRepo = (0,external_node_fs_.realpathSync)(repo);
    const out = [];
    const seen = new Set();
    for (const root of roots) {
        for (const m of expand(realRepo, repo, parseRoot(root), [], {})) {
            if (seen.has(m.id) || outputDirs.some((o) => m.id === o || m.id.startsWith(`${o}/`)))
                continue;
            seen.add(m.id);
            out.push({ ...m, root });
        }
    }
    return out;
}
/** Splits a root pattern and rejects ones that could leave the repo. */
function parseRoot(root) {
    const segments = root.split("/").filter((s) => s !== "" && s !== ".");
    const bad = (why) => new errors/* UserError */.yo(`${src_config/* CONFIG_FILE */.g2}: targets.roots entry "${root}" ${why}`, src_config/* CONFIG_FILE */.g2);
    if (root.startsWith("/") || /^[a-zA-Z]:/.test(root))
        throw bad("must be relative to the repository");
    if (segments.length === 0)
        throw bad("names no folder");
    if (segments.includes(".."))
        throw bad('must not contain ".."');
    if (segments.includes("**"))
        throw bad('must not use "**": each segment matches one folder level');
    for (const s of segments) {
        if (s.includes("{") && !PLACEHOLDER.test(s))
            throw bad(`has an unknown placeholder in "${s}"`);
    }
    return segments;
}
function* expand(realRepo, dir, segments, prefix, names) {
    const [head, ...rest] = segments;
    if (head === undefined) {
        yield { id: prefix.join("/"), dir, names };
        return;
    }
    for (const name of childFolders(realRepo, dir)) {
        const placeholder = PLACEHOLDER.exec(head)?.[1];
        if (placeholder) {
            if (!idPattern.test(name))
                continue;
            yield* expand(realRepo, (0,external_node_path_.join)(dir, name), rest, [...prefix, name], { ...names, [placeholder]: name });
        }
        else if (name === head || (0,esm/* minimatch */.xF)(name, head)) {
            yield* expand(realRepo, (0,external_node_path_.join)(dir, name), rest, [...prefix, name], names);
        }
    }
}
function childFolders(realRepo, dir) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const e of entries) {
        if (e.name.startsWith("."))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(e.name);
        else if (e.isSymbolicLink() && insideRepo(realRepo, path))
            out.push(e.name);
    }
    return out.sort();
}
function insideRepo(realRepo, path) {
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        if (!(0,external_node_fs_.statSync)(real).isDirectory())
            return false;
        const rel = (0,external_node_path_.relative)(realRepo, real);
        return rel !== "" && !rel.startsWith(".." + external_node_path_.sep) && rel !== "..";
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/model/read.ts
var model_read = __webpack_require__(1543);
// EXTERNAL MODULE: ./packages/core/src/model/scan.ts
var model_scan = __webpack_require__(8170);
;// CONCATENATED MODULE: ./packages/core/src/model/load.ts



















/**
 * The repository model every command takes its targets from. With no `targets.roots` in
 * `.gitops.yaml`, discovery needs no config:
 * 1. every Argo CD Application and ApplicationSet anywhere in the repo is read (ApplicationSets
 *    expanded offline, app-of-apps charts rendered and followed);
 * 2. the deployable leaves of the layout become folder targets;
 * 3. an Application that renders something no folder target covers becomes a target of its own;
 * 4. env and service come from the path, then the Applications' names and labels, then their
 *    destination.
 * With roots configured, the roots decide the folder targets and their names; Applications are
 * still followed.
 */
async function loadModel(repoDir, options = {}) {
    // The cache stores nothing read from a file changed since.
    const loadedAt = preciseNow();
    const repo = checkRepo(repoDir);
    const { config, file: configFile } = (0,src_config/* loadConfig */.Z9)(repo);
    const outputDirs = outputFolders(repo, options.outDir);
    const findings = [];
    // Discovery and the input graphs read the same kustomizations: each is parsed once per model.
    const read = (0,model_read/* documentReader */.v)();
    const scan = (0,model_scan/* scanRepo */.s)(repo, outputDirs);
    const repoURLs = [...config.render.repoURLs, ...(await remoteUrls(repo))];
    const written = (0,model_applications/* readArgo */.i4)(repo, scan.argoFiles, read);
    findings.push(...written.findings);
    const applications = [...written.applications];
    const clusters = (0,model_applications/* knownClusters */.zU)(config, written.clusterSecrets);
    const applicationSets = [];
    for (const set of written.applicationSets) {
        const expanded = expandSet(repo, set, clusters, repoURLs, outputDirs, options.pullRequest, findings);
        applications.push(...expanded.apps);
        applicationSets.push({
            name: set.name,
            file: set.file,
            line: set.line,
            generated: expanded.apps.length,
            incomplete: expanded.incomplete,
        });
    }
    for (const dir of scan.dirs.values()) {
        if (!dir.chartOfApplications)
            continue;
        const charted = await chartApplications(repo, dir.path, options.env ?? process.env);
        applications.push(...charted.applications);
        findings.push(...charted.findings);
    }
    applications.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.name.localeCompare(b.name));
    const known = new Set(config.environments);
    const excluded = (id) => config.targets.exclude.some((g) => (0,esm/* minimatch */.xF)(id, g, { dot: true }));
    const skipped = [];
    const folders = new Map();
    const kindOf = (path) => (0,detect/* detectKind */.i_)(scan.dirs.get(path));
    if (config.targets.roots.length > 0) {
        for (const m of expandRoots(repo, config.targets.roots, outputDirs)) {
            if (excluded(m.id))
                continue;
            const kind = kindOf(m.id);
            if (!kind) {
                skipped.push({ id: m.id, reason: "holds no kustomization, chart or Kubernetes manifests" });
                continue;
            }
            const t = folderTarget(repo, m.id, kind, "root");
            t.root = m.root;
            t.env = m.names.env ?? "";
            t.reasons.push(`matches ${m.root} in ${src_config/* CONFIG_FILE */.g2}`);
            if (m.names.service)
                t.service = m.names.service;
            folders.set(t.id, t);
        }
    }
    else {
        const wrapped = chartsWrappedByApplications(repo, applications, repoURLs);
        for (const leaf of (0,detect/* detectLeaves */._5)(scan, (0,detect/* collectUses */.F_)(repo, scan, read))) {
            if (excluded(leaf.path) || (leaf.kind === "helm" && wrapped.has(leaf.path)))
                continue;
            const t = folderTarget(repo, leaf.path, leaf.kind, "layout");
            t.reasons.push(`${leaf.path}: ${leaf.why}`);
            const names = (0,model_names/* namesFromPath */.GQ)(leaf.path, known);
            if (names.env)
                t.env = names.env;
            if (names.service)
                t.service = names.service;
            t.reasons.push(...names.why);
            folders.set(t.id, t);
        }
    }
    const followed = (0,app_targets/* followApplications */.Vr)(repo, applications, folders, repoURLs, kindOf, known);
    findings.push(...followed.findings);
    if (config.targets.roots.length === 0)
        for (const t of folders.values())
            if (t.origin !== "root")
                namesFromApplications(t, applications);
    const targets = [...folders.values(), ...followed.targets.filter((t) => !excluded(t.id))].sort((a, b) => a.id.localeCompare(b.id));
    const configured = config.environments.length > 0;
    const environments = configured ? config.environments : (0,model_names/* orderEnvironments */.pk)(targets.map((t) => t.env));
    const graphs = new Map();
    const byId = new Map(targets.map((t) => [t.id, t]));
    const model = {
        repo,
        config,
        environments,
        environmentsConfigured: configured,
        targets,
        applications,
        applicationSets,
        skipped,
        findings,
        repoURLs,
        argoFiles: scan.argoFiles,
        outputDirs,
        loadedAt,
        graph(id) {
            let g = graphs.get(id);
            if (!g) {
                const t = byId.get(id);
                g = t ? (0,graph/* inputGraph */.x2)(t, repo, read) : (0,graph/* inputGraph */.x2)({ applications: [], specs: [] }, repo, read);
                graphs.set(id, g);
            }
            return g;
        },
        read,
    };
    if (configFile)
        model.configFile = configFile;
    // A DR env left out of the chain follows its primary (promotion takes it along): not unknown.
    if (configured)
        findings.push(...unknownEnvs(targets, environments, () => drFollowers(model)));
    return model;
}
/** The DR envs a configured chain leaves out that stand in for an env it holds. */
function drFollowers(model) {
    const envs = model.environments;
    return new Set([...drEnvPrimaries(model)]
        .filter(([dr, primaries]) => !envs.includes(dr) && primaries.some((p) => envs.includes(p)))
        .map(([dr]) => dr));
}
function checkRepo(repoDir) {
    const repo = (0,external_node_path_.resolve)(repoDir);
    let st;
    try {
        st = (0,external_node_fs_.statSync)(repo);
    }
    catch {
        throw new errors/* UserError */.yo(`repository folder ${repoDir} does not exist`, repoDir);
    }
    if (!st.isDirectory())
        throw new errors/* UserError */.yo(`repository path ${repoDir} is not a folder`, repoDir);
    return repo;
}
/** `render/` and the chosen output folder, relative to the repo, when inside it. */
function outputFolders(repo, outDir) {
    const out = ["render"];
    if (outDir) {
        const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), (0,external_node_path_.resolve)(outDir)).split("\\").join("/");
        if (rel && !rel.startsWith("..") && !out.includes(rel))
            out.push(rel);
    }
    return out;
}
function folderTarget(repo, id, kind, origin) {
    const dir = (0,external_node_path_.resolve)(repo, id);
    return {
        id,
        env: "",
        kind,
        source: id,
        dir,
        specs: [specFor(kind, dir, id.split("/").at(-1) ?? id)],
        applications: [],
        origin,
        reasons: [],
    };
}
/** How a folder target renders, by kind. */
function specFor(kind, dir, releaseName) {
    if (kind === "kustomize")
        return { type: "kustomize", dir };
    if (kind === "helm")
        return { type: "helm", chartDir: dir, releaseName, valueFiles: [] };
    return { type: "directory", dir, recurse: false };
}
/** Charts an Application renders with its own values: the Application is the target, not the chart. */
function chartsWrappedByApplications(repo, apps, repoURLs) {
    const out = new Set();
    for (const app of apps) {
        for (const s of app.sources) {
            if (s.path !== undefined && !s.chart && (0,app_targets/* isLocal */.IX)(s, repo, repoURLs))
                out.add((0,app_targets/* cleanPath */.ts)(s.path));
        }
    }
    return out;
}
/** A folder target whose path names no env or service takes them from the Applications that deploy it. */
function namesFromApplications(t, apps) {
    const deploying = apps.filter((a) => t.applications.some((r) => r.name === a.name && r.file === a.file));
    for (const app of deploying) {
        if (!t.env) {
            const named = app.env
                ? { env: app.env, why: `env "${app.env}": Application ${app.name} that deploys it` }
                : (0,model_names/* envFromApplication */.cU)(app);
            if (named) {
                t.env = named.env;
                t.reasons.push(named.why);
            }
        }
        if (!t.service && t.env && !platformFolder(t.source)) {
            const service = (0,model_names/* stripEnv */.UZ)(app.name, t.env);
            if (service !== app.name) {
                t.service = service;
                t.reasons.push(`service "${service}": the name of Application ${app.name} without its env`);
            }
        }
    }
}
/** Top folders of platform config: what they deploy belongs to the platform, not to a service. */
const PLATFORM_FOLDERS = new Set([
    "clusters",
    "cluster",
    "environments",
    "infrastructure",
    "infra",
    "platform",
    "argo-apps",
    "argocd",
    "bootstrap",
    "system",
    "policies",
]);
function platformFolder(path) {
    return PLATFORM_FOLDERS.has(path.split("/")[0] ?? "");
}
function expandSet(repo, set, clusters, repoURLs, outputDirs, pullRequest, findings) {
    const result = (0,appset/* expandApplicationSet */.J)(set.value, {
        repo,
        isLocalRepo: (url) => repoURLs.length === 0 || (0,model_applications/* sameRepo */.Zj)(url, repoURLs),
        clusters,
        ...(pullRequest ? { pullRequest } : {}),
        excluded: outputDirs,
    });
    const at = { file: set.file, line: set.line };
    // Messages name their ApplicationSet; one that does not gets its name in front.
    const named = (m) => m.startsWith(`ApplicationSet ${set.name}`) ? m : `ApplicationSet ${set.name}: ${m}`;
    for (const message of result.notes) {
        // Previews: with no pull request given, generating nothing is the expected case, not news.
        // The set still counts as needing the SCM (`incomplete`), so lint reads its template.
        if (message.endsWith(pull_request/* NO_PULL_REQUEST */.o))
            continue;
        findings.push({
            tool: "render",
            rule: "applicationset-live",
            severity: "notice",
            message: named(message),
            ...at,
        });
    }
    for (const message of result.errors)
        findings.push({
            tool: "render",
            rule: "applicationset",
            severity: "error",
            message: named(message),
            ...at,
        });
    const apps = [];
    for (const g of result.applications) {
        const app = (0,model_applications/* asApplication */.Ld)(g.manifest, set.file, set.line, set.name);
        if (!app)
            continue;
        app.inputs = [...result.inputs.files];
        apps.push(app);
    }
    return { apps, incomplete: result.notes.length > 0 || result.errors.length > 0 };
}
/**
 * One warning per env that is not among the configured environments, naming its targets; not for
 * the envs `followers` gives (asked only when some env is unknown: it reads the cluster Secrets).
 */
function unknownEnvs(targets, environments, followers) {
    const byEnv = new Map();
    for (const t of targets) {
        if (!t.env || environments.includes(t.env))
            continue;
        const ids = byEnv.get(t.env) ?? [];
        ids.push(t.id);
        byEnv.set(t.env, ids);
    }
    if (byEnv.size > 0)
        for (const env of followers())
            byEnv.delete(env);
    return [...byEnv].map(([env, ids]) => ({
        tool: "layout",
        rule: "unknown-env",
        severity: "warning",
        message: `env "${env}" (${ids.length} target(s): ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ", …" : ""}) is not one of the environments (${environments.join(", ")}); add it to "environments" in ${src_config/* CONFIG_FILE */.g2}`,
        file: ids[0] ?? src_config/* CONFIG_FILE */.g2,
        target: ids[0] ?? "",
    }));
}
/**
 * URLs of the checkout's remotes, for matching Application repoURLs. A remote on the local disk
 * (a mirror, a bare repo) is no name Argo CD could use, so it is left out.
 */
async function remoteUrls(repo) {
    const r = await (0,git/* git */.$Y)(repo, ["config", "--get-regexp", "^remote\\..*\\.url$"]);
    if (r.code !== 0)
        return [];
    return r.stdout
        .split("\n")
        .map((l) => l.split(" ").slice(1).join(" ").trim())
        .filter((u) => u && !/^(\/|\.|~|file:)/i.test(u));
}


/***/ }),

/***/ 5499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ namesFromPath),
/* harmony export */   UZ: () => (/* binding */ stripEnv),
/* harmony export */   cU: () => (/* binding */ envFromApplication),
/* harmony export */   pk: () => (/* binding */ orderEnvironments)
/* harmony export */ });
/* unused harmony exports envRank, looksLikeEnv */
/**
 * Env and service names from the evidence a repository gives: folder names first, then the
 * Applications that deploy a folder (labels, name, destination). The word lists are what public
 * GitOps repositories use; a repo that uses other words pins them in `.gitops.yaml`.
 */
/** Folders whose children are environments (`envs/<env>`, `clusters/<env>` ...). */
const ENV_CONTAINERS = new Set(["env", "envs", "environment", "environments", "clusters", "stages"]);
/**
 * Folders whose children are environments only when they read as one: `overlays/prod` is an env,
 * `overlays/stable` (an operator channel) or `overlays/default` is a variant.
 */
const WEAK_CONTAINERS = new Set(["overlays", "variants"]);
/** Environment words, in promotion order: the rank orders environments when none are configured. */
const ENV_WORDS = {
    local: 0,
    dev: 1,
    develop: 1,
    development: 1,
    sandbox: 1,
    test: 2,
    testing: 2,
    int: 2,
    integration: 2,
    sit: 2,
    ci: 2,
    qa: 3,
    uat: 4,
    demo: 4,
    perf: 4,
    nonprod: 4,
    "non-prod": 4,
    staging: 5,
    stage: 5,
    stg: 5,
    preprod: 6,
    "pre-prod": 6,
    preproduction: 6,
    canary: 6,
    prod: 7,
    production: 7,
    prd: 7,
    live: 7,
    dr: 8,
};
/** Folders that group services: the child is the service (`apps/<service>/...`). */
const SERVICE_GROUPS = new Set(["apps", "applications", "services", "workloads", "charts", "tenants"]);
/** Folders that describe how a service is built, not which service it is. */
const STRUCTURAL = new Set([
    "base",
    "bases",
    "operator",
    "instance",
    "deploy",
    "deployment",
    "deployments",
    "k8s",
    "kubernetes",
    "kustomize",
    "manifests",
    "helm",
    "chart",
    "config",
    "src",
]);
/** The rank of an env-like name (its env word, e.g. `prod-us` ranks as `prod`), or undefined. */
function envRank(name) {
    const lower = name.toLowerCase();
    if (lower in ENV_WORDS)
        return ENV_WORDS[lower];
    // `prod-us`, `us-east-prod`: a strong env word first or last. Weak words (`test`, `demo`,
    // `live`, `ci`) inside a longer name are more often a service (`test-runner`, `live-stream`).
    const parts = lower.split(/[-_.]/);
    if (parts.length < 2 || parts.length > 4)
        return undefined;
    for (const p of [parts[0] ?? "", parts.at(-1) ?? ""])
        if (STRONG.has(p))
            return ENV_WORDS[p];
    return undefined;
}
const STRONG = new Set([
    "dev",
    "development",
    "qa",
    "uat",
    "staging",
    "stage",
    "stg",
    "preprod",
    "prod",
    "production",
    "prd",
    "nonprod",
    "sandbox",
    "dr",
]);
/** True when `name` reads as an environment: `prod`, `staging`, `prod-eu`, `us-east-prod` ... */
function looksLikeEnv(name) {
    return envRank(name) !== undefined;
}
/** Orders found environments by their env word (dev → qa → staging → prod), then by name. */
function orderEnvironments(envs) {
    const rank = (e) => envRank(e) ?? 4.5;
    return [...new Set(envs)].filter(Boolean).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
const NONE = new Set();
/**
 * Env and service from a repo-relative folder path:
 * - env: the child of the last env container (`envs/qa`, `overlays/prod`, `clusters/production`),
 *   else the last env-like folder name (`apps/staging`, `argo-apps/prod`);
 * - service: the child of a service group (`apps/<service>/...`) that is not itself an env, else
 *   the folder before the env container, passing over structural names (`<svc>/operator/overlays/x`).
 */
function namesFromPath(path, knownEnvs = NONE) {
    const segs = path.split("/").filter(Boolean);
    const why = [];
    let envAt = -1;
    let containerAt = -1;
    for (let i = segs.length - 2; i >= 0; i--) {
        const s = segs[i]?.toLowerCase() ?? "";
        const child = segs[i + 1] ?? "";
        if (ENV_CONTAINERS.has(s) || WEAK_CONTAINERS.has(s)) {
            containerAt = i;
            if (ENV_CONTAINERS.has(s) || looksLikeEnv(child) || knownEnvs.has(child))
                envAt = i + 1;
            break;
        }
    }
    if (envAt === -1 && containerAt === -1) {
        for (let i = segs.length - 1; i >= 0; i--) {
            if (looksLikeEnv(segs[i] ?? "") || knownEnvs.has(segs[i] ?? "")) {
                envAt = i;
                break;
            }
        }
    }
    const out = { why };
    if (envAt !== -1) {
        out.env = segs[envAt] ?? "";
        why.push(containerAt !== -1
            ? `env "${out.env}": the folder under ${segs.slice(0, containerAt + 1).join("/")}/`
            : `env "${out.env}": an environment name in the path`);
    }
    const limit = containerAt !== -1 ? containerAt + 1 : envAt === -1 ? segs.length : envAt;
    for (let i = 0; i < limit - 1; i++) {
        const group = segs[i]?.toLowerCase() ?? "";
        const child = segs[i + 1] ?? "";
        if (SERVICE_GROUPS.has(group) && !looksLikeEnv(child) && !STRUCTURAL.has(child.toLowerCase())) {
            out.service = child;
            why.push(`service "${child}": the folder under ${segs.slice(0, i + 1).join("/")}/`);
            return out;
        }
    }
    if (containerAt > 0) {
        for (let i = containerAt - 1; i >= 0; i--) {
            const s = segs[i] ?? "";
            if (STRUCTURAL.has(s.toLowerCase()))
                continue;
            if (SERVICE_GROUPS.has(s.toLowerCase()) || looksLikeEnv(s))
                break;
            out.service = s;
            why.push(`service "${s}": the folder that holds ${segs.slice(i + 1, containerAt + 1).join("/")}/`);
            break;
        }
    }
    return out;
}
/** An Application name without its env affix: `cms-prod` → `cms`, `prod-cms` → `cms`. */
function stripEnv(name, env) {
    if (!env)
        return name;
    for (const sep of ["-", "_", "."]) {
        if (name.endsWith(sep + env))
            return name.slice(0, -(env.length + 1));
        if (name.startsWith(env + sep))
            return name.slice(env.length + 1);
    }
    return name;
}
/** Labels Argo CD users put an env in. */
const ENV_LABELS = ["env", "environment", "stage", "app.kubernetes.io/environment"];
/** The env an Application names in its labels, name or destination, and where it was found. */
function envFromApplication(app) {
    for (const key of ENV_LABELS) {
        const v = app.labels[key];
        if (v)
            return { env: v, why: `env "${v}": label ${key} of Application ${app.name}` };
    }
    const fromWords = (text) => {
        if (!text)
            return undefined;
        if (looksLikeEnv(text) && !text.includes("-"))
            return text;
        const parts = text.split(/[-_.]/);
        for (const p of [parts.at(-1), parts[0]])
            if (p && looksLikeEnv(p))
                return p;
        return undefined;
    };
    const byName = fromWords(app.name);
    if (byName)
        return { env: byName, why: `env "${byName}": the name of Application ${app.name}` };
    const byNs = fromWords(app.destination.namespace);
    if (byNs)
        return { env: byNs, why: `env "${byNs}": the destination namespace of Application ${app.name}` };
    const byCluster = fromWords(app.destination.name);
    if (byCluster)
        return { env: byCluster, why: `env "${byCluster}": the destination cluster of Application ${app.name}` };
    return undefined;
}


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readDocuments),
/* harmony export */   v: () => (/* binding */ documentReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _rendered_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7882);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5805);




/**
 * The documents of a file people write, for discovery: values and the line each starts on, with
 * the hand-written-file limits. Discovery reads every Application, kustomization and chart of the
 * repository and needs no comments or node positions, so it takes core's fast reader (the one
 * for tool output, about 7× faster than the editing loader); it still refuses duplicate keys,
 * alias bombs, bad UTF-8 and oversized files with a `UserError` naming `file:line`.
 */
function readDocuments(path, file) {
    return parseDocuments(path, file, statOf(path, file));
}
/**
 * A {@link readDocuments} that parses each file once: discovery (what kustomizations use) and
 * every target's input graph read the same kustomizations, a shared base once per overlay. A
 * file is read again when its size or modification time changed. Callers share the result and
 * must not change it; a refusal is remembered and thrown again.
 */
function documentReader() {
    const memo = new Map();
    return (path, file) => {
        let st;
        try {
            st = statOf(path, file);
        }
        catch (err) {
            memo.delete(path);
            throw err;
        }
        const stamp = `${file}\0${st.size}\0${st.mtimeMs}`;
        const hit = memo.get(path);
        if (hit?.stamp === stamp) {
            if (hit.err)
                throw hit.err;
            if (hit.docs)
                return hit.docs;
        }
        try {
            const docs = parseDocuments(path, file, st);
            memo.set(path, { stamp, docs });
            return docs;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
                memo.set(path, { stamp, err });
            throw err;
        }
    };
}
function statOf(path, file) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: not a regular file`, file);
        return st;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: cannot read`, file);
    }
}
function parseDocuments(path, file, st) {
    const size = st.size;
    if (size > _yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_YAML_LIMITS */ .fr.maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: ${size} bytes exceed the ${_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_YAML_LIMITS */ .fr.maxBytes}-byte limit for a YAML file`, file);
    }
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: cannot read`, file);
    }
    return (0,_rendered_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRenderedYaml */ .I)((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(bytes, file), file, _yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_YAML_LIMITS */ .fr);
}


/***/ }),

/***/ 8170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ scanRepo)
/* harmony export */ });
/* unused harmony export looksLikeManifest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const YAML_FILE = /\.(ya?ml|json)$/i;
/** Enough of a file to see its top-level keys; discovery never parses a whole file to classify it. */
const PEEK_BYTES = 64 * 1024;
const MAX_DEPTH = 40;
const MAX_DIRS = 100_000;
const ARGO_KIND = /^\s*["']?kind["']?\s*:\s*["']?(Application|ApplicationSet|AppProject)["']?\s*,?\s*$/m;
const ARGO_API = /argoproj\.io\//;
const CLUSTER_SECRET = /argocd\.argoproj\.io\/secret-type["']?\s*:\s*["']?cluster\b/;
/**
 * Walks the repository once. Skipped: dot folders (`.git`, `.github`), `node_modules`, the output
 * folders (`render/` is never input), and the inside of Helm charts (a chart renders as a whole;
 * its templates are only peeked at for Applications). Symlinked folders are followed only when
 * they resolve inside the repository, and each real folder is visited once, so a loop ends.
 */
function scanRepo(repo, skip) {
    const realRepo = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(repo);
    const dirs = new Map();
    const argoFiles = [];
    const seen = new Set();
    const skipped = new Set(skip.map((s) => s.replace(/\/+$/, "")));
    // `real` is the folder's real path: resolved for the root and for symlinks only, since a plain
    // folder inside a real folder is that folder's real path plus its name (a realpath per folder,
    // an lstat per path segment, was a third of a scan of many small targets).
    const visit = (abs, rel, real, depth) => {
        if (depth > MAX_DEPTH || dirs.size >= MAX_DIRS)
            return;
        if (seen.has(real) || !inside(realRepo, real))
            return;
        seen.add(real);
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const names = entries.filter((e) => isFile(abs, e)).map((e) => e.name);
        const dir = {
            path: rel,
            chart: names.includes("Chart.yaml"),
            chartOfApplications: false,
            manifests: [],
        };
        const k = KUSTOMIZATION_FILES.find((f) => names.includes(f));
        if (k)
            dir.kustomization = k;
        dirs.set(rel, dir);
        if (dir.chart) {
            dir.chartOfApplications = chartTemplatesHoldApplications((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, "templates"));
            return;
        }
        for (const name of names) {
            if (!YAML_FILE.test(name))
                continue;
            const text = peek((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, name));
            if (text === undefined)
                continue;
            if (name !== k && looksLikeManifest(name, text))
                dir.manifests.push(name);
            if ((ARGO_KIND.test(text) && ARGO_API.test(text)) || CLUSTER_SECRET.test(text)) {
                argoFiles.push(rel ? `${rel}/${name}` : name);
            }
        }
        for (const e of entries) {
            if (e.name.startsWith(".") || e.name === "node_modules")
                continue;
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            if (skipped.has(childRel))
                continue;
            if (e.isDirectory())
                visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name), childRel, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, e.name), depth + 1);
            else if (e.isSymbolicLink() && isDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name))) {
                const target = realPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name));
                if (target !== undefined)
                    visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name), childRel, target, depth + 1);
            }
        }
    };
    visit(repo, "", realRepo, 0);
    return { dirs, argoFiles };
}
function isFile(dir, e) {
    if (e.isFile())
        return true;
    if (!e.isSymbolicLink())
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)).isFile();
    }
    catch {
        return false;
    }
}
function realPath(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function isDir(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function inside(realRepo, real) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRepo, real);
    return r === "" || (!r.startsWith(".." + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && r !== "..");
}
/**
 * One buffer for every peek: a fresh zero-filled 64 KiB per file was most of a scan's time on
 * a repository of small files. Only the bytes read are decoded, so what is left over from a
 * longer file never shows.
 */
let peekBuffer;
/** The first bytes of a file as text, or undefined when it cannot be read. */
function peek(path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
        const buf = (peekBuffer ??= Buffer.allocUnsafe(PEEK_BYTES));
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, PEEK_BYTES, 0);
        return buf.subarray(0, n).toString("utf8");
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Top-level `apiVersion:` and `kind:`: enough to tell manifests from Helm values files. */
function looksLikeManifest(name, text) {
    if (name.toLowerCase().endsWith(".json"))
        return /"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text);
    return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);
}
function chartTemplatesHoldApplications(dir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return false;
    }
    return names.some((n) => {
        if (!YAML_FILE.test(n) && !n.endsWith(".tpl"))
            return false;
        const text = peek((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n));
        return text !== undefined && ARGO_KIND.test(text) && ARGO_API.test(text);
    });
}


/***/ }),

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseRenderedYaml)
/* harmony export */ });
/* unused harmony export RENDERED_LIMITS */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5805);



/** Limits for rendered output: machine-made and large, so generous, but still bounded. */
const RENDERED_LIMITS = {
    maxBytes: 512 * 1024 * 1024,
    maxDocuments: 1_000_000,
    maxAliasCount: 10_000,
    maxDepth: 100,
};
const ANCHOR = /(^|[\s[{,:-])&[^\s,\]}]+/m;
const MARKER = /^---(?:[ \t].*)?$/;
/**
 * Parses YAML that tools wrote (kustomize and helm output in render/) about seven times faster
 * than `parseYaml`, which keeps comments and source ranges for editing and is the loader for
 * files people write. The stream is split at `---` lines (a document marker ends any block
 * scalar, so the split is exact) and each document is read with js-yaml, which also rejects
 * duplicate keys. A document that defines an anchor goes through `parseYaml` instead, so alias
 * expansion stays capped. Errors name `file:line`, as `parseYaml`'s do.
 */
function parseRenderedYaml(text, file, limits = {}) {
    const lim = { ...RENDERED_LIMITS, ...limits };
    if (text.length > lim.maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: ${text.length} bytes exceed the ${lim.maxBytes}-byte limit for rendered YAML`, file);
    }
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    const docs = [];
    let start = 0;
    const flush = (end) => {
        const body = lines.slice(start, end);
        if (body.every((l) => l.trim() === "" || l.trimStart().startsWith("#")))
            return;
        const comment = leadingComment(body);
        const first = body.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
        const line = start + first + 1;
        docs.push({ value: readOne(body.join("\n"), file, start + 1, lim), line, comment });
        if (docs.length > lim.maxDocuments) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: more than ${lim.maxDocuments} YAML documents`, file);
        }
    };
    for (let i = 0; i < lines.length; i++) {
        if (!MARKER.test(lines[i] ?? ""))
            continue;
        flush(i);
        start = i + 1;
    }
    flush(lines.length);
    return docs;
}
function readOne(text, file, line, lim) {
    if (ANCHOR.test(text)) {
        // Anchors mean aliases may follow: the careful loader counts their expansions.
        const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(text, file, { ...lim, maxDocuments: 1 });
        return parsed.documents[0]?.value ?? null;
    }
    try {
        return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { filename: file, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU }) ?? null;
    }
    catch (err) {
        const m = /\((\d+):\d+\)/.exec((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(err));
        const at = m ? line + Number(m[1]) - 1 : line;
        const reason = ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(err).split("\n")[0] ?? "")
            .replace(/ \(\d+:\d+\)$/, "")
            .replace(/ in "[^"]*"$/, "");
        // Say it as the careful loader does, whichever reader met the document.
        if (/maxDepth|Maximum call stack size exceeded/.test(reason)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}:${at}: YAML is nested too deeply; flatten it`, file, at);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}:${at}: invalid YAML: ${reason}`, file, at);
    }
}
function leadingComment(body) {
    const out = [];
    for (const l of body) {
        const t = l.trim();
        if (t === "")
            continue;
        if (!t.startsWith("#"))
            break;
        out.push(t.replace(/^#\s?/, ""));
    }
    return out.join("\n");
}


/***/ }),

/***/ 5805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fr: () => (/* binding */ DEFAULT_YAML_LIMITS),
  _6: () => (/* binding */ decodeUtf8),
  mh: () => (/* binding */ lineAt),
  Y3: () => (/* binding */ loadYamlFile),
  hN: () => (/* binding */ parseYaml)
});

// UNUSED EXPORTS: lineOfOffset

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/yaml-depth.ts
/**
 * The first line where YAML text nests flow collections (`[`, `{`) or compact block sequences
 * (`- - - x`) more than `max` levels deep, or undefined. A character scan, not a parse: the
 * `yaml` parser spends seconds on 100,000 levels and its composer then overflows the stack, so
 * the careful loader refuses such text before parsing it. Nesting by indentation is not counted:
 * it needs a longer line per level, so the size cap bounds it. Quoted scalars, comments and
 * block scalars (`|`, `>`) are skipped, so brackets in text do not count; the scan may still
 * over-count a bracket inside an odd plain scalar, which only matters hundreds of times over.
 */
function tooDeepAt(text, max) {
    const s = new DepthScan(max);
    const lines = text.split(/\r?\n/);
    for (let n = 0; n < lines.length; n++) {
        if (s.line(lines[n] ?? ""))
            return n + 1;
    }
    return undefined;
}
/** Scanner state carried from line to line. */
class DepthScan {
    max;
    /** Open flow collections. */
    flow = 0;
    /** Inside a quoted scalar (they may span lines). */
    quote;
    /** Indent of the line that opened a block scalar, -1 outside one. */
    blockIndent = -1;
    /** At a place where a value (and so a flow collection or quote) may start. */
    valueStart = true;
    constructor(max) {
        this.max = max;
    }
    /** Scans one line; true when it nests too deep. */
    line(text) {
        if (/^(---|\.\.\.)(\s|$)/.test(text)) {
            // A document marker ends whatever the previous document left open.
            this.flow = 0;
            this.quote = undefined;
            this.blockIndent = -1;
            this.valueStart = true;
            return false;
        }
        let i = 0;
        let indent = 0;
        if (this.flow === 0 && this.quote === undefined) {
            while (text[i] === " ")
                i++;
            indent = i;
            if (this.blockIndent >= 0) {
                if (text.trim() === "" || indent > this.blockIndent)
                    return false;
                this.blockIndent = -1;
            }
            let compact = 0;
            while (isIndicator(text, i)) {
                compact++;
                i++;
                while (text[i] === " " || text[i] === "\t")
                    i++;
            }
            if (compact > this.max)
                return true;
            this.valueStart = true;
        }
        for (; i < text.length; i++) {
            const c = text[i];
            if (this.quote === "'") {
                if (c === "'") {
                    if (text[i + 1] === "'")
                        i++;
                    else
                        this.quote = undefined;
                }
                continue;
            }
            if (this.quote === '"') {
                if (c === "\\")
                    i++;
                else if (c === '"')
                    this.quote = undefined;
                continue;
            }
            if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t"))
                break;
            if (c === " " || c === "\t")
                continue;
            if (this.flow > 0) {
                if (c === "[" || c === "{") {
                    if (++this.flow > this.max)
                        return true;
                    this.valueStart = true;
                }
                else if (c === "]" || c === "}") {
                    this.flow--;
                    this.valueStart = false;
                }
                else if (c === "," || c === ":" || c === "?") {
                    this.valueStart = true;
                }
                else if ((c === "'" || c === '"') && this.valueStart) {
                    this.quote = c;
                }
                else {
                    this.valueStart = false;
                }
                continue;
            }
            if (this.valueStart) {
                if (c === "[" || c === "{") {
                    this.flow = 1;
                    this.valueStart = true;
                    continue;
                }
                if (c === "'" || c === '"') {
                    this.quote = c;
                    this.valueStart = false;
                    continue;
                }
                if (c === "|" || c === ">") {
                    this.blockIndent = indent;
                    return false;
                }
                if (c === "&" || c === "!") {
                    // An anchor or tag: the value follows it.
                    while (i + 1 < text.length && text[i + 1] !== " ")
                        i++;
                    continue;
                }
                this.valueStart = false;
            }
            if (c === ":" && (i + 1 === text.length || text[i + 1] === " " || text[i + 1] === "\t")) {
                this.valueStart = true;
            }
        }
        return false;
    }
}
/** `-`, `?` or `:` followed by a space or the end of the line: a block indicator. */
function isIndicator(text, i) {
    const c = text[i];
    if (c !== "-" && c !== "?" && c !== ":")
        return false;
    const next = text[i + 1];
    return next === undefined || next === " " || next === "\t";
}

;// CONCATENATED MODULE: ./packages/core/src/yaml.ts




/**
 * Defaults for files people write by hand. Rendered output (thousands of
 * resources in one file) passes larger limits explicitly.
 */
const DEFAULT_YAML_LIMITS = {
    maxBytes: 8 * 1024 * 1024,
    maxDocuments: 5_000,
    maxAliasCount: 100,
    // Real manifests nest a few levels of flow style; js-yaml (the fast reader) stops at 100 levels in all.
    maxDepth: 100,
};
/** Options for the parser, shared so every loader reads YAML the same way. */
const PARSE_OPTIONS = {
    prettyErrors: true,
    strict: true,
    uniqueKeys: true,
    // sigs.k8s.io/yaml accepts merge keys, so manifests may use them.
    merge: true,
};
/**
 * Parses YAML text with every guard we need against broken and hostile input:
 * duplicate keys, syntax errors, alias bombs and too many documents all throw a
 * `UserError` that names `file:line`. Comments and positions are kept.
 */
function parseYaml(text, file, limits = {}) {
    const lim = { ...DEFAULT_YAML_LIMITS, ...limits };
    const lineCounter = new dist/* LineCounter */.HN();
    const source = stripBom(text);
    const deep = tooDeepAt(source, lim.maxDepth);
    if (deep !== undefined) {
        throw new errors/* UserError */.yo(`${file}:${deep}: YAML is nested too deeply (more than ${lim.maxDepth} levels); flatten it`, file, deep);
    }
    let docs;
    try {
        docs = parseLinear(source, lineCounter);
    }
    catch (err) {
        if (isStackOverflow(err))
            throw new errors/* UserError */.yo(`${file}: YAML is nested too deeply; flatten it`, file);
        throw new errors/* UserError */.yo(`${file}: cannot parse YAML: ${firstLine((0,errors/* messageOf */.bD)(err))}`, file);
    }
    if (docs.length > lim.maxDocuments) {
        throw new errors/* UserError */.yo(`${file}: ${docs.length} YAML documents exceed the limit of ${lim.maxDocuments} per file`, file);
    }
    const documents = [];
    for (const [index, doc] of docs.entries()) {
        const error = doc.errors[0];
        if (error)
            throw yamlError(error, file);
        const duplicate = duplicateKeyError(doc, file, lineCounter);
        if (duplicate)
            throw duplicate;
        let value;
        try {
            value = doc.toJS({ maxAliasCount: lim.maxAliasCount });
        }
        catch (err) {
            throw new errors/* UserError */.yo(`${file}: ${describeToJsError(err)}`, file, lineOfOffset(lineCounter, doc.range[0]));
        }
        // A document's range starts at its `---`; people look for its first key.
        const start = (0,dist/* isNode */.Ll)(doc.contents) ? doc.contents.range[0] : doc.range[0];
        documents.push({ index, doc, value, line: lineOfOffset(lineCounter, start) });
    }
    return { file, text, documents, lineCounter };
}
/**
 * `parseAllDocuments` with PARSE_OPTIONS, in linear time. The library's duplicate-key check
 * compares each key with every earlier key of its mapping (a 5 MB mapping took minutes), so the
 * text is parsed without it and `duplicateKeyError` checks the keys with one Set per mapping.
 * When the parse reports any other error, the text is parsed again exactly as before, so those
 * errors (and their order with duplicate keys) are the library's own.
 */
function parseLinear(source, lineCounter) {
    const fast = (0,dist/* parseAllDocuments */.hR)(source, { ...PARSE_OPTIONS, uniqueKeys: false, lineCounter });
    // parseAllDocuments returns an EmptyStream for input without documents.
    const docs = Array.isArray(fast) ? fast : [];
    if (docs.every((doc) => doc.errors.length === 0)) {
        for (const doc of docs)
            doc.options.uniqueKeys = PARSE_OPTIONS.uniqueKeys;
        return docs;
    }
    // The exact parse: its LineCounter must hold each line start once.
    lineCounter.lineStarts.length = 0;
    const exact = (0,dist/* parseAllDocuments */.hR)(source, { ...PARSE_OPTIONS, lineCounter });
    return Array.isArray(exact) ? exact : [];
}
/**
 * The error the library's `uniqueKeys` check would report first for a document that has no
 * other error, or undefined. Keys are the same when their scalar values are `===` (so NaN never
 * repeats); the order is the composer's: a block mapping checks a key before composing its
 * value, a flow mapping after.
 */
function duplicateKeyError(doc, file, lineCounter) {
    const offset = firstDuplicate(doc.contents);
    if (offset === undefined)
        return undefined;
    const line = lineOfOffset(lineCounter, offset);
    return new errors/* UserError */.yo(`${file}:${line}: duplicate key: Map keys must be unique`, file, line);
}
function firstDuplicate(node) {
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items) {
            const at = firstDuplicate(item);
            if (at !== undefined)
                return at;
        }
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const seen = new Set();
        for (const pair of node.items) {
            const inKey = firstDuplicate(pair.key);
            if (inKey !== undefined)
                return inKey;
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
            const repeated = seen.has(key) && !Number.isNaN(key) ? keyOffset(pair.key) : undefined;
            seen.add(key);
            if (repeated !== undefined && !node.flow)
                return repeated;
            const inValue = firstDuplicate(pair.value);
            if (inValue !== undefined)
                return inValue;
            if (repeated !== undefined)
                return repeated;
        }
    }
    return undefined;
}
/** Where the composer reports a duplicate key: the start of the key's content. */
function keyOffset(key) {
    return (0,dist/* isNode */.Ll)(key) && key.range ? key.range[0] : 0;
}
/**
 * Reads and parses a YAML file. A missing or unreadable file, one over the
 * size cap, or one that is not UTF-8 is a `UserError` naming `displayPath`.
 */
function loadYamlFile(path, displayPath = path, limits = {}) {
    const lim = { ...DEFAULT_YAML_LIMITS, ...limits };
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile())
            throw new errors/* UserError */.yo(`${displayPath}: not a regular file`, displayPath);
        size = st.size;
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        throw new errors/* UserError */.yo(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
    }
    if (size > lim.maxBytes) {
        throw new errors/* UserError */.yo(`${displayPath}: ${formatBytes(size)} exceeds the ${formatBytes(lim.maxBytes)} limit for a YAML file`, displayPath);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
    }
    return parseYaml(decodeUtf8(bytes, displayPath), displayPath, lim);
}
/** Decodes UTF-8 strictly: invalid bytes are an error naming the file, never mojibake. */
function decodeUtf8(bytes, file) {
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* UserError */.yo(`${file}: not valid UTF-8 text`, file);
    }
}
/**
 * The 1-based line of the key at `path` in a document (e.g. `["spec", "source", "path"]`),
 * or of the deepest part of the path that exists, or of the document start.
 */
function lineAt(file, document, path) {
    let node = document.doc.contents;
    let line = document.line;
    for (const segment of path) {
        let next;
        let at;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === segment);
            at = pair?.key;
            next = pair?.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === "number") {
            at = next = node.items[segment];
        }
        if (!(0,dist/* isNode */.Ll)(at) || !at.range)
            break;
        line = lineOfOffset(file.lineCounter, at.range[0]);
        node = next;
    }
    return line;
}
/** The 1-based line of a character offset. */
function lineOfOffset(lineCounter, offset) {
    return lineCounter.linePos(offset).line;
}
function yamlError(error, file) {
    const line = error.linePos?.[0].line;
    const where = line ? `${file}:${line}` : file;
    // The composer catches its own stack overflow (nesting by indentation) and reports it as an error.
    if (isStackOverflow(error))
        return new errors/* UserError */.yo(`${where}: YAML is nested too deeply; flatten it`, file, line);
    const what = error.code === "DUPLICATE_KEY" ? "duplicate key" : "invalid YAML";
    return new errors/* UserError */.yo(`${where}: ${what}: ${stripPosition(firstLine(error.message))}`, file, line);
}
function isStackOverflow(err) {
    return /Maximum call stack size exceeded/.test((0,errors/* messageOf */.bD)(err));
}
function describeToJsError(err) {
    if (err instanceof RangeError)
        return "YAML is nested too deeply; flatten it";
    const msg = (0,errors/* messageOf */.bD)(err);
    if (/alias count/i.test(msg))
        return "too many YAML alias expansions (possible alias bomb)";
    return `cannot read YAML: ${firstLine(msg)}`;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function firstLine(text) {
    return text.split("\n", 1)[0] ?? "";
}
/** `yaml` appends " at line N, column M:"; our prefix already says where. */
function stripPosition(message) {
    return message.replace(/ at line \d+, column \d+:?$/, "");
}
function ioReason(err) {
    const code = err.code;
    if (code === "ENOENT")
        return "no such file";
    if (code === "EACCES")
        return "permission denied";
    if (code === "EISDIR")
        return "is a directory";
    return code ?? (0,errors/* messageOf */.bD)(err);
}
function formatBytes(n) {
    return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}


/***/ })

};
