export const id = 904;
export const ids = [904];
export const modules = {

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

/***/ 7904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  governanceCommand: () => (/* binding */ governanceCommand)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 3 modules
var src = __webpack_require__(8839);
;// CONCATENATED MODULE: ./packages/governance/src/rules.ts
/** The tool name every governance finding carries. */
const TOOL = "governance";
/** Rule ids and what each means (the SARIF rule descriptions). */
const GOVERNANCE_RULES = {
    "governance/codeowners/missing": {
        description: "The repository has no CODEOWNERS file where GitHub looks for one.",
    },
    "governance/codeowners/ignored": {
        description: "A CODEOWNERS file GitHub ignores because one earlier in its search order exists.",
    },
    "governance/codeowners/too-large": {
        description: "GitHub does not load a CODEOWNERS file of 3 MB or more.",
    },
    "governance/codeowners/invalid-pattern": {
        description: "A CODEOWNERS pattern GitHub does not support; GitHub skips the line.",
    },
    "governance/codeowners/invalid-owner": {
        description: "A CODEOWNERS owner that is not @user, @org/team or an email address; GitHub skips the line.",
    },
    "governance/coverage/no-platform": {
        description: "The platform team is unknown: set governance.platform or give CODEOWNERS a `*` line.",
    },
    "governance/coverage/protected-target": {
        description: "A target of a protected environment must be owned by the platform team and, for a service, by another owner.",
    },
    "governance/coverage/platform-path": {
        description: "Policies, Argo CD objects and .github/ must be owned by the platform team.",
    },
    "governance/coverage/unowned-target": {
        description: "Every file a target renders from must have a code owner.",
    },
    "governance/coverage/unknown-env": {
        description: "governance.protectedEnvs names an environment the repository does not have.",
    },
    "governance/checks/no-caller": {
        description: "No workflow calls the validate reusable workflow on pull requests to main.",
    },
    "governance/checks/unreadable-workflow": {
        description: "A workflow file could not be read as YAML.",
    },
    "governance/checks/dynamic-name": {
        description: "A caller job name holds an expression, so its check names are known only at run time.",
    },
    "governance/checks/missing": {
        description: "A required check no workflow produces: pull requests would wait for it forever.",
    },
    "governance/checks/extra": {
        description: "A check the validate workflow produces that governance.requiredChecks does not list.",
    },
    "governance/checks/to-require": {
        description: "The check names to mark as required on main.",
    },
    "governance/signed/unverified-commit": {
        description: "A pull-request commit that touches a protected target is not verified by GitHub while signedCommits is set.",
    },
    "governance/signed/truncated": {
        description: "GitHub lists only the first 250 commits of a pull request; later ones were not checked.",
    },
    "governance/signed/off": {
        description: "governance.signedCommits is not set, so commit signatures are not checked.",
    },
    "governance/live/ruleset-missing": {
        description: "A ruleset the repository describes does not exist on GitHub (`gitops governance apply` creates it).",
    },
    "governance/live/ruleset-drift": {
        description: "A ruleset on GitHub differs from the one the repository describes.",
    },
    "governance/live/ruleset-unmanaged": {
        description: "A repository ruleset on GitHub that no file under .github/rulesets/ describes.",
    },
    "governance/live/environment-missing": {
        description: "A protected environment does not exist on GitHub (`gitops governance apply` creates it).",
    },
    "governance/live/environment-drift": {
        description: "A protected GitHub environment's reviewers, wait timer or deployment branch policy differ from the repository's.",
    },
    "governance/sync/automated": {
        description: "An Application of a protected environment syncs automatically while manualProdSync is set.",
    },
};
/** A governance finding; `rule` is given without the `governance/` prefix of the SARIF ids. */
function finding(rule, severity, message, at = {}) {
    return { tool: TOOL, rule, severity, message, ...at };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/argocd/src/duration.ts
var duration = __webpack_require__(3990);
;// CONCATENATED MODULE: ./packages/governance/src/release-git.ts
/**
 * The git side of the release-branch check: list `release/*` on the remote, fetch them with main
 * into a private ref namespace, and date when a branch's rendered output began to differ.
 * Everything goes through git (no GitHub API): any remote works, a local bare one in tests.
 */

/** Where the fetched heads are kept, so the user's remote-tracking refs are left as they were. */
const RELEASE_REFS = "refs/gitops/release-check";
/** The prefix of the branches checked. */
const RELEASE_PREFIX = "refs/heads/release/";
/** The remote's default branch and its `release/*` heads, from one `git ls-remote`. */
async function listRemoteHeads(top, remote) {
    const r = await (0,src/* git */.$Y)(top, ["ls-remote", "--symref", "--end-of-options", remote, "HEAD", "refs/heads/*"]);
    if (r.code !== 0)
        throw new src/* UserError */.yo(`governance check --live: cannot list the branches of the "${remote}" remote: ${firstLine(r.stderr) || `git exited ${r.code}`}`);
    let main = "main";
    const heads = new Map();
    for (const line of r.stdout.split("\n")) {
        const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
        if (symref?.[1])
            main = symref[1];
        const ref = /^([0-9a-f]{40,64})\t(refs\/heads\/\S+)$/.exec(line);
        if (ref?.[1] && ref[2])
            heads.set(ref[2].slice("refs/heads/".length), ref[1]);
    }
    const releases = new Map([...heads]
        .filter(([name]) => `refs/heads/${name}`.startsWith(RELEASE_PREFIX))
        .sort(([a], [b]) => a.localeCompare(b)));
    const mainCommit = heads.get(main);
    return { main, releases, ...(mainCommit ? { mainCommit } : {}) };
}
/**
 * The same from the remote-tracking refs already in the checkout (`refs/remotes/<remote>/...`), with
 * no network: for CI, where actions/checkout with fetch-depth 0 fetched every branch and kept no
 * credentials for a later fetch. The default branch is `<remote>/HEAD` when set, else `main`.
 */
async function localRemoteHeads(top, remote) {
    const prefix = `refs/remotes/${remote}/`;
    const r = await (0,src/* git */.$Y)(top, ["for-each-ref", "--format=%(objectname) %(refname)", "--end-of-options", prefix]);
    const symref = await (0,src/* git */.$Y)(top, ["symbolic-ref", "--quiet", "--end-of-options", `${prefix}HEAD`]);
    const main = symref.code === 0 ? symref.stdout.trim().slice(prefix.length) || "main" : "main";
    const heads = new Map();
    for (const line of r.stdout.split("\n")) {
        const [sha, ref] = line.split(" ");
        if (sha && ref?.startsWith(prefix) && ref !== `${prefix}HEAD`)
            heads.set(ref.slice(prefix.length), sha);
    }
    const releases = new Map([...heads].filter(([name]) => name.startsWith("release/")).sort(([a], [b]) => a.localeCompare(b)));
    const mainCommit = heads.get(main);
    return { main, releases, ...(mainCommit ? { mainCommit } : {}) };
}
/**
 * Fetches main and the release branches with their history (a shallow CI checkout is deepened, as
 * the merge-base and the log need it). `--prune` drops the private refs of deleted branches.
 */
async function fetchHeads(top, remote, main) {
    const shallow = await (0,src/* git */.$Y)(top, ["rev-parse", "--is-shallow-repository"]);
    const args = [
        "fetch",
        "--quiet",
        "--no-tags",
        "--prune",
        ...(shallow.stdout.trim() === "true" ? ["--unshallow"] : []),
        "--end-of-options",
        remote,
        `+refs/heads/${main}:${RELEASE_REFS}/main`,
        `+${RELEASE_PREFIX}*:${RELEASE_REFS}/release/*`,
    ];
    const r = await (0,src/* git */.$Y)(top, args);
    if (r.code !== 0)
        throw new src/* UserError */.yo(`governance check --live: cannot fetch ${main} and release/* from the "${remote}" remote: ${firstLine(r.stderr) || `git exited ${r.code}`}`);
}
/**
 * When the branch began to render differently from main, in seconds since the epoch: the oldest
 * commit on either side since the merge-base that changed an input of a differing target.
 * `--cherry-pick` leaves out a commit whose same patch is on the other side, so a fix picked onto
 * the release branch does not count. With no such commit (the difference comes from outside the
 * input graphs, a remote base say), the merge-base's own time; with no merge-base, the branch's root.
 * `paths` are relative to the top of the work tree.
 */
async function divergedSince(top, mainCommit, branchCommit, paths) {
    const log = await (0,src/* git */.$Y)(top, [
        "--literal-pathspecs",
        "log",
        "--cherry-pick",
        "--format=%ct %H",
        "--end-of-options",
        `${mainCommit}...${branchCommit}`,
        "--",
        ...(paths.length > 0 ? paths : ["."]),
    ]);
    if (log.code !== 0)
        throw new src/* UserError */.yo(`governance check --live: git log of ${branchCommit}: ${firstLine(log.stderr)}`);
    const commits = log.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => ({ seconds: Number(l.split(" ")[0]), commit: l.split(" ")[1] ?? "" }));
    const oldest = commits.reduce((a, c) => (a === undefined || c.seconds < a.seconds ? c : a), undefined);
    if (oldest)
        return oldest;
    const base = await (0,src/* git */.$Y)(top, ["merge-base", "--end-of-options", mainCommit, branchCommit]);
    const start = base.code === 0
        ? base.stdout.trim()
        : (await (0,src/* git */.$Y)(top, ["rev-list", "--max-parents=0", "--end-of-options", branchCommit])).stdout
            .trim()
            .split("\n")
            .pop();
    const shown = await (0,src/* git */.$Y)(top, ["show", "-s", "--format=%ct %H", "--end-of-options", start ?? branchCommit]);
    const [seconds, commit] = shown.stdout.trim().split(" ");
    return { seconds: Number(seconds), commit: commit ?? branchCommit };
}
/** git's first line of complaint, with any `user:password@` of a remote URL taken out. */
function firstLine(text) {
    return (text.trim().split("\n")[0] ?? "").replace(/\/\/[^/@\s]*@/g, "//");
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(4635);
;// CONCATENATED MODULE: ./packages/governance/src/release-render.ts
/**
 * Renders one commit of the repository in a temporary git worktree, for the release-branch check:
 * each target's result and the files it renders from, so two commits can be compared by target.
 */





/**
 * Checks out `commit` beside the repository and renders every target of the model found there
 * (`sub` is the repository's folder inside the work tree). Outputs go to a temporary folder that is
 * removed afterwards with the worktree; the render cache (GITOPS_CACHE_DIR) is used as usual.
 */
async function renderCommit(top, sub, commit, env) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-release-"));
    const worktree = (0,external_node_path_.join)(scratch, "tree");
    try {
        await (0,src/* gitOk */.Tt)(top, ["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, commit], `governance check --live: cannot check out ${commit}`);
        const repo = (0,external_node_path_.join)(worktree, sub);
        const outDir = (0,external_node_path_.join)(scratch, "render");
        const targets = new Map();
        try {
            const model = await (0,src/* loadModel */.cm)(repo, { outDir, ...(env ? { env } : {}) });
            if (model.targets.length === 0)
                return { targets };
            const report = await (0,render_src/* render */.XX)({ repo, model, outDir, ...(env ? { env } : {}) });
            for (const t of report.targets) {
                const g = model.graph(t.id);
                const inputs = [...g.files, ...g.dirs].map((p) => (0,external_node_path_.relative)(worktree, (0,external_node_path_.join)(repo, p)).split("\\").join("/") || ".");
                targets.set(t.id, { status: t.status, ...(t.sha256 ? { sha256: t.sha256 } : {}), inputs });
            }
            return { targets };
        }
        catch (err) {
            return { targets, error: (0,src/* messageOf */.bD)(err).split(worktree).join(".") };
        }
    }
    finally {
        await (0,src/* git */.$Y)(top, ["worktree", "remove", "--force", "--end-of-options", worktree]);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/governance/src/release.ts
/**
 * `governance check --live`, release branches: the blueprint keeps `release/*` branches only as
 * long as their manifests do not drift from main. Each branch head and main's head are rendered
 * (real kustomize/helm, through packages/render) and compared target by target; a branch that has
 * rendered differently for longer than `governance.releaseBranchMaxAge` is an error finding.
 * Only git is needed: the branches come from `git ls-remote`, not from the GitHub API.
 */







/** The release-branch rules (merged into GOVERNANCE_RULES by index.ts). */
const RELEASE_RULES = {
    "governance/release/diverged": {
        description: "A release/* branch has rendered differently from main for longer than governance.releaseBranchMaxAge.",
    },
    "governance/release/unrenderable": {
        description: "A release/* branch could not be rendered, so it was not compared with main.",
    },
    "governance/release/no-remote": {
        description: "The repository is not a git checkout or has no origin remote, so release/* branches were not compared with main.",
    },
};
/**
 * Lists `release/*` on the remote, fetches them with main, renders each head and main's, and reports
 * each branch that has differed from main for longer than `governance.releaseBranchMaxAge`. The
 * difference is dated by the oldest commit since the merge-base, on either side, that changed an
 * input of a differing target (see divergedSince). A missing remote is a notice; an unreachable one
 * a UserError (exit 2).
 */
async function releaseDrift(options) {
    const { config } = (0,src/* loadConfig */.Z9)(options.repo);
    const maxAge = config.governance.releaseBranchMaxAge;
    const maxMs = (0,duration/* parseDuration */.E)(maxAge, "governance.releaseBranchMaxAge in .gitops.yaml");
    const remote = options.remote ?? "origin";
    const report = { remote, main: "main", maxAge, branches: [], findings: [] };
    const top = await (0,src/* gitTopLevel */.oB)(options.repo);
    const remotes = top ? (await (0,src/* git */.$Y)(top, ["remote"])).stdout.split("\n") : [];
    if (!top || !remotes.includes(remote)) {
        report.findings.push(finding("release/no-remote", "notice", `${top ? `the repository has no "${remote}" remote` : "the repository is not a git checkout"}, so its release/* branches were not compared with main`));
        return report;
    }
    const fetch = options.fetch ?? true;
    const heads = fetch ? await listRemoteHeads(top, remote) : await localRemoteHeads(top, remote);
    report.main = heads.main;
    if (heads.releases.size === 0)
        return report;
    if (!heads.mainCommit)
        throw new src/* UserError */.yo(`governance check --live: the "${remote}" remote has no ${heads.main} branch`);
    if (fetch)
        await fetchHeads(top, remote, heads.main);
    const refOf = (branch) => fetch ? `${RELEASE_REFS}/${branch}` : `refs/remotes/${remote}/${branch}`;
    const sub = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(top), (0,external_node_fs_.realpathSync)(options.repo)).split("\\").join("/");
    const main = await renderCommit(top, sub, fetch ? `${RELEASE_REFS}/main` : refOf(heads.main), options.env);
    if (main.error)
        throw new src/* UserError */.yo(`governance check --live: ${heads.main} does not render: ${main.error}`);
    const now = (options.now ?? new Date()).getTime();
    for (const [branch, commit] of heads.releases) {
        const side = await renderCommit(top, sub, refOf(branch), options.env);
        if (side.error) {
            report.findings.push(finding("release/unrenderable", "warning", `${branch} (${commit.slice(0, 7)}) does not render: ${side.error}`));
            continue;
        }
        const state = compare(branch, commit, main, side);
        if (state.differing.length > 0) {
            const paths = [
                ...new Set(state.differing.flatMap((id) => [...inputsOf(main, id), ...inputsOf(side, id)])),
            ].sort();
            const since = await divergedSince(top, heads.mainCommit, commit, paths);
            state.since = new Date(since.seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
            state.sinceCommit = since.commit;
            state.ageMs = Math.max(0, now - since.seconds * 1000);
            state.stale = state.ageMs > maxMs;
        }
        report.branches.push(state);
        if (state.stale && state.ageMs !== undefined)
            report.findings.push(finding("release/diverged", "error", `${branch} has rendered differently from ${heads.main} for ${(0,duration/* formatDuration */.a)(state.ageMs)} (since ${state.since}, commit ${state.sinceCommit?.slice(0, 7) ?? "?"}), longer than governance.releaseBranchMaxAge ${maxAge}: ${listed(state.differing)}; merge it back, bring it up to date or delete it`));
    }
    return report;
}
function compare(branch, commit, main, side) {
    const differing = [];
    const unrendered = [];
    for (const id of [...new Set([...main.targets.keys(), ...side.targets.keys()])].sort()) {
        const a = main.targets.get(id);
        const b = side.targets.get(id);
        if (a?.status === "failed" || b?.status === "failed")
            unrendered.push(id);
        else if (a?.status !== b?.status || a?.sha256 !== b?.sha256)
            differing.push(id);
    }
    return { branch, commit, differing, unrendered, stale: false };
}
function inputsOf(side, id) {
    return side.targets.get(id)?.inputs ?? [];
}
/** At most five target ids, then a count. */
function listed(ids) {
    return ids.length <= 5 ? ids.join(", ") : `${ids.slice(0, 5).join(", ")} and ${ids.length - 5} more`;
}

;// CONCATENATED MODULE: ./packages/governance/src/codeowners.ts


/**
 * Where GitHub looks for CODEOWNERS, in the order it looks: the first that exists is used and the
 * others are ignored ("About code owners").
 */
const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
/** GitHub does not load a CODEOWNERS file of this size or more. */
const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
/** `@user`: a GitHub login (letters, digits, single hyphens inside). */
const USER = /^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$/;
/** `@org/team`: an organization login and a team slug. */
const TEAM = /^@[A-Za-z0-9](?:-?[A-Za-z0-9])*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** An email address added to a GitHub account. */
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** True when `owner` has a form GitHub accepts: `@user`, `@org/team` or an email address. */
function isOwnerForm(owner) {
    return USER.test(owner) || TEAM.test(owner) || EMAIL.test(owner);
}
/** Owners compare case-insensitively, as GitHub logins and team slugs do. */
function sameOwner(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/** The repo-relative path of the CODEOWNERS file GitHub uses, and those it ignores. */
function locateCodeowners(repo) {
    const found = CODEOWNERS_LOCATIONS.filter((p) => {
        const abs = (0,external_node_path_.join)(repo, p);
        return (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile();
    });
    return { file: found[0], ignored: found.slice(1) };
}
/** Reads and parses the CODEOWNERS file GitHub would use; undefined when there is none. */
function loadCodeowners(repo) {
    const { file, ignored } = locateCodeowners(repo);
    if (!file)
        return undefined;
    const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repo, file));
    return { ...parseCodeowners(bytes.toString("utf8"), file), ignored, bytes: bytes.length };
}
/**
 * Parses CODEOWNERS text by GitHub's rules: blank lines and lines starting with `#` are skipped, a
 * `#` that starts a word begins a comment, the first word is a gitignore-style pattern and the rest
 * are owners. A line with no owners is kept: it makes its paths unowned. A line GitHub rejects
 * (negation, character ranges, `\#`, an owner of the wrong form ...) is skipped and reported.
 */
function parseCodeowners(text, file = "CODEOWNERS") {
    const rules = [];
    const errors = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((source, index) => {
        const line = index + 1;
        const words = splitWords(source);
        const first = words[0];
        if (!first || first.text.startsWith("#"))
            return;
        const owners = words.slice(1);
        const commentAt = owners.findIndex((w) => w.text.startsWith("#"));
        if (commentAt >= 0)
            owners.splice(commentAt);
        const lineErrors = [];
        const problem = patternProblem(first.text);
        if (problem) {
            lineErrors.push({
                line,
                column: first.column + problem.offset,
                kind: "Invalid pattern",
                source,
                message: `Invalid pattern on line ${line}: ${problem.message}`,
                ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
            });
        }
        for (const owner of owners) {
            if (isOwnerForm(owner.text))
                continue;
            lineErrors.push({
                line,
                column: owner.column,
                kind: "Invalid owner",
                source,
                message: `Invalid owner on line ${line}: "${owner.text}" is not @user, @org/team or an email address`,
                ...(/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/.test(owner.text) ? { suggestion: `@${owner.text}` } : {}),
            });
        }
        if (lineErrors.length > 0) {
            errors.push(...lineErrors);
            return;
        }
        rules.push({
            line,
            pattern: first.text,
            owners: owners.map((o) => o.text),
            regex: compilePattern(first.text),
        });
    });
    return { file, rules, errors };
}
/** The rule that decides who owns `path` (repo-relative, `/` separators): the last that matches. */
function ownerRule(codeowners, path) {
    for (let i = codeowners.rules.length - 1; i >= 0; i -= 1) {
        const rule = codeowners.rules[i];
        if (rule?.regex.test(path))
            return rule;
    }
    return undefined;
}
/** Splits a line on unescaped spaces and tabs; `\ ` keeps a space inside a pattern. */
function splitWords(source) {
    const words = [];
    let text = "";
    let start = 0;
    for (let i = 0; i < source.length; i += 1) {
        const ch = source.charAt(i);
        if (ch === "\\" && i + 1 < source.length) {
            if (text === "")
                start = i;
            text += ch + source.charAt(i + 1);
            i += 1;
        }
        else if (ch === " " || ch === "\t") {
            if (text !== "")
                words.push({ text, column: start + 1 });
            text = "";
        }
        else {
            if (text === "")
                start = i;
            text += ch;
        }
    }
    if (text !== "")
        words.push({ text, column: start + 1 });
    return words;
}
/** Why GitHub rejects a pattern, with the offset of the offending character in it. */
function patternProblem(pattern) {
    if (pattern.startsWith("\\#"))
        return { offset: 0, message: "escaping a leading # with \\ is not supported in CODEOWNERS" };
    if (pattern.startsWith("!"))
        return { offset: 0, message: "negation (!) is not supported in CODEOWNERS" };
    const range = pattern.search(/[[\]]/);
    if (range >= 0)
        return { offset: range, message: "character ranges ([ ]) are not supported in CODEOWNERS" };
    const stars = pattern.indexOf("***");
    if (stars >= 0)
        return { offset: stars, message: "three consecutive asterisks are not a pattern" };
    if (pattern === "/")
        return {
            offset: 0,
            message: "the pattern / matches nothing",
            suggestion: "The pattern `/` will never match anything, did you mean `*` instead?",
        };
    return undefined;
}
/**
 * Compiles a CODEOWNERS pattern to a regular expression over repo-relative file paths.
 *
 * Written here rather than taken from minimatch, whose globs are not gitignore patterns: a pattern
 * with no inner `/` matches at any depth (minimatch's matchBase only does that for slash-free
 * patterns), a match of a folder owns every path below it, a trailing `/` matches folders only, and
 * minimatch's `[a-z]`, `!`, `{a,b}` and extglobs would have to be switched off one by one because
 * GitHub supports none of them. As GitHub documents, `docs/*` owns the files directly in `docs/`
 * and not those further down.
 */
function compilePattern(pattern) {
    let body = pattern;
    const folderOnly = body.length > 1 && body.endsWith("/");
    if (folderOnly)
        body = body.slice(0, -1);
    let anchored = body.includes("/");
    if (body.startsWith("/")) {
        body = body.slice(1);
        anchored = true;
    }
    const segments = body.split("/");
    if (!anchored && segments[0] !== "**")
        segments.unshift("**");
    let re = "";
    segments.forEach((segment, i) => {
        const first = i === 0;
        const last = i === segments.length - 1;
        if (segment === "**") {
            if (first && last)
                re += ".+";
            else if (first)
                re += "(?:.+/)?";
            else if (last)
                re += "/.+";
            else
                re += "(?:/.+)?";
            return;
        }
        // A leading `**` brings its own trailing slash; every other joint needs one.
        if (!first && !(i === 1 && segments[0] === "**"))
            re += "/";
        re += segment === "*" ? "[^/]+" : segmentRegex(segment);
        if (last) {
            if (folderOnly)
                re += "/.+";
            // `docs/*` owns the files in docs/, not those in its subfolders (GitHub's documented example).
            else if (segment !== "*")
                re += "(?:/.+)?";
        }
    });
    return new RegExp(`^${re}$`, "s");
}
/** One path segment: `*` and `?` stay within the segment, `\x` is a literal x. */
function segmentRegex(segment) {
    let re = "";
    for (let i = 0; i < segment.length; i += 1) {
        const ch = segment.charAt(i);
        if (ch === "\\" && i + 1 < segment.length) {
            i += 1;
            re += escapeRegex(segment.charAt(i));
        }
        else if (ch === "*")
            re += "[^/]*";
        else if (ch === "?")
            re += "[^/]";
        else
            re += escapeRegex(ch);
    }
    return re;
}
function escapeRegex(ch) {
    return ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(5095);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var walk = __webpack_require__(56);
;// CONCATENATED MODULE: ./packages/governance/src/coverage.ts






/**
 * The platform team: `governance.platform`, else the owners of the last valid `*` line of
 * CODEOWNERS (the catch-all a platform team usually holds); undefined when neither exists.
 */
function platformOwners(configured, codeowners) {
    if (configured) {
        return {
            owners: [configured.startsWith("@") ? configured : `@${configured}`],
            from: "governance.platform",
        };
    }
    const star = codeowners.rules.filter((r) => r.pattern === "*" && r.owners.length > 0).at(-1);
    return star ? { owners: star.owners, from: `${codeowners.file}:${star.line}` } : undefined;
}
/** The environments whose targets need the platform team: configured, else the last one. */
function protectedEnvs(model) {
    const configured = model.config.governance.protectedEnvs;
    if (configured.length > 0)
        return configured;
    const last = model.environments.at(-1);
    return last ? [last] : [];
}
/**
 * The ownership checks on the repository model:
 * - a target of a protected env: every file it renders from lists the platform team, and for a
 *   service target every file in its own folder lists an owner besides the platform team;
 * - the policies folder, the folders holding Argo CD objects, `.github/`, `.gitops.yaml` and
 *   CODEOWNERS itself list the platform team;
 * - every file a target renders from has an owner.
 * Each target is reported once per rule, naming the CODEOWNERS line that wins for an example file.
 */
function coverageFindings(model, given) {
    const findings = [];
    const codeowners = memoized(given);
    const envs = protectedEnvs(model);
    for (const env of envs) {
        if (!model.environments.includes(env))
            findings.push(finding("coverage/unknown-env", "warning", `governance.protectedEnvs names "${env}", which is not an environment of this repository (${model.environments.join(", ") || "none found"})`, model.configFile ? { file: model.configFile } : {}));
    }
    const platform = platformOwners(model.config.governance.platform, codeowners);
    if (!platform)
        findings.push(finding("coverage/no-platform", "error", `cannot tell who the platform team is: set governance.platform in .gitops.yaml or give ${codeowners.file} a "*" line with owners`, { file: codeowners.file }));
    const isPlatform = (rule) => !!rule && !!platform && rule.owners.some((o) => platform.owners.some((p) => sameOwner(o, p)));
    const hasOther = (rule) => !!rule && rule.owners.some((o) => !platform?.owners.some((p) => sameOwner(o, p)));
    for (const target of model.targets) {
        const own = folderFiles(model.repo, target.source);
        const all = [...new Set([...own, ...graphFiles(model, target)])].sort();
        const unowned = all.filter((f) => (codeowners.ownerOf(f)?.owners.length ?? 0) === 0);
        if (unowned.length > 0)
            findings.push(located("coverage/unowned-target", `target ${target.id}: no code owner for ${count(unowned.length, all.length)}, e.g. ${unowned[0] ?? ""} (${winner(codeowners, unowned[0])})`, codeowners, unowned[0], target));
        if (!platform || !envs.includes(target.env))
            continue;
        const problems = [];
        const notPlatform = all.filter((f) => !isPlatform(codeowners.ownerOf(f)));
        let example = notPlatform[0];
        if (notPlatform.length > 0)
            problems.push(`not owned by the platform team (${platform.owners.join(" ")}): ${count(notPlatform.length, all.length)}, e.g. ${example ?? ""} (${winner(codeowners, example)})`);
        if (target.service) {
            const platformOnly = own.filter((f) => !hasOther(codeowners.ownerOf(f)));
            example ??= platformOnly[0];
            if (platformOnly.length > 0)
                problems.push(`no owner besides the platform team (the ${target.service} team) in ${target.source || "."}: ${count(platformOnly.length, own.length)}, e.g. ${platformOnly[0] ?? ""} (${winner(codeowners, platformOnly[0])})`);
        }
        if (problems.length > 0)
            findings.push(located("coverage/protected-target", `${target.env} target ${target.id}: ${problems.join("; ")}`, codeowners, example, target));
    }
    if (platform) {
        for (const dir of platformDirs(model)) {
            const files = folderFiles(model.repo, dir);
            const bad = files.filter((f) => !isPlatform(codeowners.ownerOf(f)));
            if (bad.length === 0)
                continue;
            findings.push(located("coverage/platform-path", `${dir}/ is not owned by the platform team (${platform.owners.join(" ")}): ${count(bad.length, files.length)}, e.g. ${bad[0] ?? ""} (${winner(codeowners, bad[0])})`, codeowners, bad[0]));
        }
        // The files that decide what the checks check: whoever owns them can switch a check off.
        for (const file of [config/* CONFIG_FILE */.g2, codeowners.file]) {
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(model.repo, file)) || isPlatform(codeowners.ownerOf(file)))
                continue;
            findings.push(located("coverage/platform-path", `${file} is not owned by the platform team (${platform.owners.join(" ")}): a change to it can switch checks off or change who reviews what (${winner(codeowners, file)})`, codeowners, file));
        }
    }
    return findings;
}
/**
 * The same CODEOWNERS whose rules are looked up once per path: targets share their bases, so one
 * path is asked about by many targets and several checks.
 */
function memoized(codeowners) {
    const cache = new Map();
    return {
        ...codeowners,
        ownerOf(path) {
            if (!cache.has(path))
                cache.set(path, ownerRule(codeowners, path));
            return cache.get(path);
        },
    };
}
/** The policies folder, every folder holding Argo CD objects, and `.github`, as they exist. */
function platformDirs(model) {
    const dirs = new Set();
    dirs.add(model.config.policy.dir.replace(/\/+$/, ""));
    for (const file of model.argoFiles)
        dirs.add(external_node_path_.posix.dirname(file));
    dirs.add(".github");
    return [...dirs].filter((d) => d !== "." && d !== "" && isDir((0,external_node_path_.join)(model.repo, d)));
}
/** Every file in a repo folder (repo-relative, `/` separators); none for the root or a missing folder. */
function folderFiles(repo, dir) {
    if (!dir || dir === "." || !isDir((0,external_node_path_.join)(repo, dir)))
        return [];
    // Dot files count: a `.helmignore` changes what a chart renders, so someone must own it.
    return [...(0,walk/* walkFiles */.F)((0,external_node_path_.join)(repo, dir), () => true, { dot: true })]
        .map((abs) => toRepoPath(repo, abs))
        .filter((p) => p !== undefined);
}
/** The files of a target's input graph that are in the repository, whole folders walked. */
function graphFiles(model, target) {
    const graph = model.graph(target.id);
    const files = [];
    for (const f of graph.files)
        if (inRepo(f))
            files.push(f);
    for (const d of graph.dirs)
        if (inRepo(d))
            files.push(...folderFiles(model.repo, d));
    return files;
}
function inRepo(path) {
    return (path !== "" && !(0,external_node_path_.isAbsolute)(path) && !path.startsWith("../") && !/^[a-z][a-z0-9+.-]*:\/\//i.test(path));
}
function toRepoPath(repo, abs) {
    const rel = (0,external_node_path_.relative)(repo, abs);
    return rel.startsWith("..") ? undefined : rel.split(external_node_path_.sep).join("/");
}
function isDir(abs) {
    return (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory();
}
function count(n, of) {
    return `${n} of ${of} file${of === 1 ? "" : "s"}`;
}
/** `CODEOWNERS:5 "/apps/cms/" @org/cms` or `no CODEOWNERS line matches`. */
function winner(codeowners, path) {
    const rule = path === undefined ? undefined : ownerRule(codeowners, path);
    if (!rule)
        return `no ${codeowners.file} line matches`;
    const owners = rule.owners.length > 0 ? rule.owners.join(" ") : "no owners";
    return `${codeowners.file}:${rule.line} "${rule.pattern}" ${owners}`;
}
/** A finding on the CODEOWNERS line that wins for `path` (the file to change), or on the file. */
function located(rule, message, codeowners, path, target) {
    const line = path === undefined ? undefined : ownerRule(codeowners, path)?.line;
    return finding(rule, "error", message, {
        file: codeowners.file,
        ...(line ? { line } : {}),
        ...(target ? { target: target.id } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/governance/src/checks.ts





/**
 * The jobs of our reusable `.github/workflows/validate.yml` that report a status check worth
 * requiring (a test compares this list with the workflow). GitHub names a called workflow's check
 * `<caller job name> / <called job name>`.
 */
const VALIDATE_CHECK_JOBS = ["validate", "lint", "policy", "secrets"];
/** `owner/repo/.github/workflows/validate.yml@ref`: a call of our reusable validate workflow. */
const VALIDATE_CALL = /^[^/\s]+\/[^/\s]+\/\.github\/workflows\/validate\.yml@\S+$/;
/** The branch pull requests must target for the checks to protect it. */
const MAIN = "main";
/**
 * The callers of the validate workflow under `.github/workflows/` and the check names they
 * produce, checked against `governance.requiredChecks` when that is set (else listed as a notice).
 */
function requiredCheckFindings(model) {
    const findings = [];
    const callers = findCallers(model.repo, findings);
    if (callers.length === 0) {
        findings.push(finding("checks/no-caller", "error", `no workflow under .github/workflows/ calls <owner>/gitops-actions/.github/workflows/validate.yml@<ref> on pull_request to ${MAIN}: the validate, lint, policy and secrets checks never run (template: workflows/validate.yaml)`));
        return { findings, callers };
    }
    const produced = [...new Set(callers.flatMap((c) => c.checks))];
    const required = model.config.governance.requiredChecks;
    const configFile = model.configFile ?? ".gitops.yaml";
    if (required.length === 0) {
        const first = callers[0];
        findings.push(finding("checks/to-require", "notice", `mark these as required status checks on ${MAIN}: ${produced.map((c) => `"${c}"`).join(", ")} (pin them with governance.requiredChecks)`, first ? { file: first.file, line: first.line } : {}));
        return { findings, callers };
    }
    for (const [index, name] of required.entries()) {
        if (produced.includes(name))
            continue;
        findings.push(finding("checks/missing", "error", `governance.requiredChecks names "${name}", which no workflow produces (they produce ${produced.map((c) => `"${c}"`).join(", ")}): a pull request would wait for it forever`, { file: configFile, ...configLine(model.repo, configFile, ["governance", "requiredChecks", index]) }));
    }
    for (const caller of callers)
        for (const name of caller.checks.filter((c) => !required.includes(c)))
            findings.push(finding("checks/extra", "error", `"${name}" (job ${caller.jobId}) is not in governance.requiredChecks: ${MAIN} would merge without it`, { file: caller.file, line: caller.line }));
    return { findings, callers };
}
/** `{ line }` of a key in `.gitops.yaml` (which loadModel has already validated), else nothing. */
function configLine(repo, file, path) {
    try {
        const yaml = (0,src/* loadYamlFile */.Y3)((0,external_node_path_.join)(repo, file), file);
        const doc = yaml.documents[0];
        return doc ? { line: (0,src/* lineAt */.mh)(yaml, doc, path) } : {};
    }
    catch {
        return {};
    }
}
function findCallers(repo, findings) {
    const dir = (0,external_node_path_.join)(repo, ".github", "workflows");
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    const callers = [];
    const names = (0,external_node_fs_.readdirSync)(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    for (const name of names) {
        const file = `.github/workflows/${name}`;
        let yaml;
        try {
            yaml = (0,src/* loadYamlFile */.Y3)((0,external_node_path_.join)(dir, name), file);
        }
        catch (err) {
            findings.push(finding("checks/unreadable-workflow", "warning", (0,src/* messageOf */.bD)(err), { file }));
            continue;
        }
        const doc = yaml.documents[0];
        const workflow = doc?.value;
        if (!doc || !(0,src/* isObject */.Gv)(workflow) || !onPullRequestToMain(workflow.on))
            continue;
        const jobs = workflow.jobs;
        if (!(0,src/* isObject */.Gv)(jobs))
            continue;
        for (const [jobId, job] of Object.entries(jobs)) {
            if (!(0,src/* isObject */.Gv)(job) || typeof job.uses !== "string" || !VALIDATE_CALL.test(job.uses.trim()))
                continue;
            const line = (0,src/* lineAt */.mh)(yaml, doc, ["jobs", jobId]);
            const jobName = typeof job.name === "string" && job.name.trim() !== "" ? job.name : jobId;
            if (jobName.includes("${{")) {
                findings.push(finding("checks/dynamic-name", "warning", `job ${jobId} is named by an expression (${jobName}): its check names are known only when it runs; required checks cannot be verified`, { file, line }));
                continue;
            }
            callers.push({
                file,
                line,
                jobId,
                jobName,
                checks: VALIDATE_CHECK_JOBS.map((j) => `${jobName} / ${j}`),
            });
        }
    }
    return callers;
}
/** True when a workflow's `on:` runs it for pull requests whose base is main. */
function onPullRequestToMain(on) {
    if (on === "pull_request")
        return true;
    if (Array.isArray(on))
        return on.includes("pull_request");
    if (!(0,src/* isObject */.Gv)(on) || !("pull_request" in on))
        return false;
    const filter = on.pull_request;
    if (!(0,src/* isObject */.Gv)(filter))
        return true;
    const list = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
    if ("branches" in filter)
        return branchFilter(list(filter.branches), MAIN);
    if ("branches-ignore" in filter)
        return !branchFilter(list(filter["branches-ignore"]), MAIN);
    return true;
}
/**
 * GitHub's branch filter: the patterns in order, a `!` pattern taking back what earlier ones
 * matched; `*` stays within a `/`, `**` does not (the CODEOWNERS matcher's globs, anchored).
 */
function branchFilter(patterns, branch) {
    let matched = false;
    for (const p of patterns) {
        const negated = p.startsWith("!");
        const glob = negated ? p.slice(1) : p;
        if (compilePattern(`/${glob.replace(/^\/+/, "")}`).test(branch))
            matched = !negated;
    }
    return matched;
}

;// CONCATENATED MODULE: ./packages/governance/src/sync.ts



/**
 * With `governance.manualProdSync`, every Application of a protected env (written, or generated by
 * an ApplicationSet) must leave `spec.syncPolicy.automated` out (or set its `enabled: false`):
 * a merge then changes what Argo CD shows, and someone syncs it by hand.
 */
function manualSyncFindings(model, envs) {
    if (!model.config.governance.manualProdSync)
        return [];
    const findings = [];
    for (const app of model.applications) {
        if (!envs.includes(app.env) || !syncsAutomatically(app.manifest))
            continue;
        const from = app.applicationSet ? ` (generated by ApplicationSet ${app.applicationSet})` : "";
        findings.push(finding("sync/automated", "error", `Application ${app.name}${from} of protected env ${app.env} has spec.syncPolicy.automated, but governance.manualProdSync requires a manual sync: remove it (or set automated.enabled: false)`, { file: app.file, line: automatedLine(model.repo, app) }));
    }
    return findings;
}
/** True when Argo CD would sync the Application by itself. */
function syncsAutomatically(manifest) {
    const spec = manifest.spec;
    const policy = (0,src/* isObject */.Gv)(spec) ? spec.syncPolicy : undefined;
    if (!(0,src/* isObject */.Gv)(policy) || !("automated" in policy) || policy.automated === null)
        return false;
    const automated = policy.automated;
    return !((0,src/* isObject */.Gv)(automated) && automated.enabled === false);
}
/** The line of `automated:` in the Application (or its ApplicationSet's template), else the object's. */
function automatedLine(repo, app) {
    try {
        const yaml = (0,src/* loadYamlFile */.Y3)((0,external_node_path_.join)(repo, app.file), app.file);
        const doc = yaml.documents.find((d) => d.line === app.line);
        if (!doc)
            return app.line;
        const path = app.applicationSet
            ? ["spec", "template", "spec", "syncPolicy", "automated"]
            : ["spec", "syncPolicy", "automated"];
        return (0,src/* lineAt */.mh)(yaml, doc, path);
    }
    catch {
        return app.line;
    }
}

// EXTERNAL MODULE: ./packages/promote/src/git.ts
var src_git = __webpack_require__(4012);
// EXTERNAL MODULE: ./packages/promote/src/github.ts
var github = __webpack_require__(8221);
// EXTERNAL MODULE: ./packages/promote/src/github-env.ts
var github_env = __webpack_require__(8655);
;// CONCATENATED MODULE: ./packages/governance/src/signed.ts
/**
 * Signed prod commits (`governance.signedCommits`): every commit of a pull request that touches a
 * protected target must be verified by GitHub. This stands in for the `required_signatures` branch
 * rule on plans that cannot enforce it. GitHub says which commits the PR has and whether each is
 * verified; which files a commit touched comes from the local checkout (offline, free), and from
 * the API only for a commit the checkout does not have (a shallow CI checkout).
 */






/** GitHub lists at most this many commits of a pull request. */
const PULL_COMMITS_LIMIT = 250;
/**
 * `gitops governance signed --pr N`: an error finding for each commit of the pull request that
 * touches a protected target and is not verified. A missing token, an unreachable server or a
 * refusal ends in UserError (exit 2) naming the server, never the token.
 */
async function signedCommits(options) {
    const model = await (0,src/* loadModel */.cm)(options.repo);
    const envs = protectedEnvs(model);
    const summary = {
        enabled: model.config.governance.signedCommits,
        pr: options.pr,
        protectedEnvs: envs,
        commits: 0,
        unverified: 0,
        unverifiedProtected: 0,
    };
    if (!summary.enabled) {
        return {
            findings: [
                finding("signed/off", "notice", "governance.signedCommits is not set in .gitops.yaml: commit signatures are not checked", model.configFile ? { file: model.configFile } : {}),
            ],
            summary,
        };
    }
    const server = apiBase(options.env);
    const gh = await (0,github_env/* githubFromEnv */.ZC)(options.env, options.repo, options.githubRepo);
    if (!gh)
        throw new src/* UserError */.yo(`governance signed needs a token for ${server} in GITHUB_TOKEN or GH_TOKEN (read access to the repository's pull requests and contents)`);
    const commits = await askGitHub(server, gh, `pull request #${options.pr}`, () => (0,github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        pull_number: options.pr,
    }));
    summary.commits = commits.length;
    const findings = [];
    if (commits.length >= PULL_COMMITS_LIMIT)
        findings.push(finding("signed/truncated", "warning", `GitHub lists only the first ${PULL_COMMITS_LIMIT} commits of pull request #${options.pr}; later commits were not checked`));
    const touches = protectedTouches(model, envs);
    const git = new src_git/* Git */.TU(model.repo);
    for (const c of commits) {
        const verification = c.commit.verification;
        if (verification?.verified)
            continue;
        summary.unverified++;
        const targets = touches(await commitFiles(git, gh, server, c.sha));
        if (targets.length === 0)
            continue;
        summary.unverifiedProtected++;
        const first = targets[0];
        findings.push(finding("signed/unverified-commit", "error", `commit ${c.sha.slice(0, 7)} by ${authorOf(c)} is not verified (GitHub: ${verification?.reason ?? "no verification data"}) and touches protected target(s) ${targets.map((t) => (t.file ? t.id : `${t.id} (its inputs are not fully known)`)).join(", ")}`, first ? { ...(first.file ? { file: first.file } : {}), target: first.id } : {}));
    }
    return { findings: (0,src/* sortFindings */.Tc)(findings), summary };
}
/** `Jane Doe (@jane)`, falling back to whichever of the git name and GitHub login exists. */
function authorOf(c) {
    const name = c.commit.author?.name?.trim();
    const login = c.author?.login;
    if (name && login)
        return `${name} (@${login})`;
    return name || (login ? `@${login}` : "an unknown author");
}
/**
 * A function from a commit's changed files to the protected targets it touches, each with the
 * first file that did: a file of a target's input graph, under one of its graph's folders, or in
 * the target's own folder. A target whose graph could not be fully resolved counts as touched by
 * every commit, as it does for changed-only rendering (core's `affectedTargets`).
 */
function protectedTouches(model, envs) {
    const targets = model.targets.filter((t) => envs.includes(t.env));
    const graphs = new Map(targets.map((t) => [t.id, model.graph(t.id)]));
    const matchers = targets.map((t) => {
        const g = graphs.get(t.id);
        const dirs = [...(g?.dirs ?? []), ...(t.source && t.source !== "." ? [t.source] : [])].map((d) => d === "" ? "" : `${d.replace(/\/+$/, "")}/`);
        const files = g?.files ?? new Set();
        return { id: t.id, match: (f) => files.has(f) || dirs.some((d) => d === "" || f.startsWith(d)) };
    });
    return (files) => {
        const affected = (0,src/* affectedTargets */.jT)(targets, graphs, files);
        const out = [];
        for (const m of matchers) {
            const file = files.find(m.match);
            if (file !== undefined)
                out.push({ id: m.id, file });
            else if (affected.has(m.id))
                out.push({ id: m.id });
        }
        return out;
    };
}
/**
 * The files a commit changed: `git diff-tree` on the checkout (a merge against its first parent,
 * as GitHub shows it), else GitHub's commit API for a commit the checkout lacks.
 */
async function commitFiles(git, gh, server, sha) {
    if (!/^[0-9a-f]{40}$/i.test(sha))
        throw new src/* UserError */.yo(`GitHub at ${server} listed a commit with a bad SHA`);
    const r = await git.run([
        "diff-tree",
        "--no-commit-id",
        "--name-only",
        "-r",
        "-z",
        "--root",
        "--no-renames",
        "--diff-merges=first-parent",
        "--end-of-options",
        sha,
    ]);
    if (r.code === 0)
        return r.stdout.split("\0").filter((f) => f !== "");
    const files = await askGitHub(server, gh, `commit ${sha.slice(0, 7)}`, () => (0,github/* listAll */._w)(gh, "GET /repos/{owner}/{repo}/commits/{ref}", { ref: sha }, (data) => data.files ?? []));
    return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}
function apiBase(env) {
    return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}
/** Runs a GitHub call; any failure becomes one UserError naming the server and what was asked. */
async function askGitHub(server, gh, what, call) {
    try {
        return await call();
    }
    catch (err) {
        const slug = `${gh.owner}/${gh.repo}`;
        const status = (0,github/* statusOf */.c2)(err);
        if (status === 401)
            throw new src/* UserError */.yo(`GitHub at ${server} rejected the token (401) reading ${what} of ${slug}`);
        if (status === 403)
            throw new src/* UserError */.yo(`GitHub at ${server} refused to read ${what} of ${slug} (403): the token needs read access to pull requests and contents`);
        if (status === 404)
            throw new src/* UserError */.yo(`GitHub at ${server} has no ${what} in ${slug}, or the token cannot see it (404)`);
        if (status !== undefined)
            throw new src/* UserError */.yo(`GitHub at ${server} failed reading ${what} of ${slug}: ${(0,src/* messageOf */.bD)(err)}`);
        throw new src/* UserError */.yo(`cannot reach GitHub at ${server}: ${networkReason(err)}`);
    }
}
/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND ...) in `cause`. */
function networkReason(err) {
    const cause = err?.cause;
    if (typeof cause?.code === "string")
        return cause.code;
    if (typeof cause?.message === "string")
        return cause.message;
    return (0,src/* messageOf */.bD)(err);
}

;// CONCATENATED MODULE: ./packages/governance/src/live-desired.ts
/**
 * The GitHub settings the repository asks for (rulesets and environments as code): rulesets from
 * `.github/rulesets/*.json`, as GitHub's UI exports them, else one generated from `.gitops.yaml`
 * `governance`; and one GitHub environment per protected env with reviewers, a wait timer and a
 * deployment branch policy of main.
 */






/** Where exported rulesets live, relative to the repository. */
const RULESETS_DIR = ".github/rulesets";
/** The name of the ruleset generated from `.gitops.yaml`. */
const GENERATED_RULESET = "gitops: main";
/** The branch the generated ruleset protects and protected environments deploy from. */
const MAIN_BRANCH = "main";
/** Fields of an exported ruleset that GitHub sets itself; they are dropped before comparing or sending. */
const READ_ONLY = [
    "id",
    "node_id",
    "source",
    "source_type",
    "_links",
    "created_at",
    "updated_at",
    "current_user_can_bypass",
];
const ENFORCEMENTS = ["disabled", "active", "evaluate"];
const TARGETS = ["branch", "tag", "push"];
/** The desired rulesets and environments of `model`; a malformed ruleset file is a UserError naming it. */
function desiredState(model) {
    const fromFiles = rulesetFiles(model.repo);
    return {
        rulesets: fromFiles.length > 0 ? fromFiles : [generatedRuleset(model)],
        environments: desiredEnvironments(model),
    };
}
/** `.github/rulesets/*.json`, in name order. */
function rulesetFiles(repo) {
    const dir = (0,external_node_path_.join)(repo, RULESETS_DIR);
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    const names = (0,external_node_fs_.readdirSync)(dir)
        .filter((n) => n.endsWith(".json"))
        .sort();
    const out = [];
    const seen = new Map();
    for (const n of names) {
        const file = `${RULESETS_DIR}/${n}`;
        const body = parseRuleset((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, n), "utf8"), file);
        const other = seen.get(body.name);
        if (other !== undefined)
            throw new src/* UserError */.yo(`${file}: ruleset "${body.name}" is also defined in ${other}; names must be unique`, file);
        seen.set(body.name, file);
        out.push({ source: file, body });
    }
    return out;
}
/** One exported ruleset, checked for the fields GitHub needs and stripped of read-only ones. */
function parseRuleset(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new src/* UserError */.yo(`${file}: not valid JSON (${err.message})`, file);
    }
    const bad = (what) => {
        throw new src/* UserError */.yo(`${file}: ${what}`, file);
    };
    if (!(0,src/* isObject */.Gv)(raw))
        return bad("expected a JSON object (a ruleset as GitHub exports it)");
    const body = Object.fromEntries(Object.entries(raw).filter(([k]) => !READ_ONLY.includes(k)));
    if (typeof body.name !== "string" || body.name.trim() === "")
        bad(`"name" must be a non-empty string`);
    if (typeof body.enforcement !== "string" || !ENFORCEMENTS.includes(body.enforcement))
        bad(`"enforcement" must be one of ${ENFORCEMENTS.join(", ")}`);
    if (body.target !== undefined && (typeof body.target !== "string" || !TARGETS.includes(body.target)))
        bad(`"target" must be one of ${TARGETS.join(", ")} (a repository ruleset)`);
    if (body.rules !== undefined) {
        if (!Array.isArray(body.rules))
            bad(`"rules" must be an array`);
        for (const [i, r] of body.rules.entries())
            if (!(0,src/* isObject */.Gv)(r) ||
                typeof r.type !== "string" ||
                (r.parameters !== undefined && !(0,src/* isObject */.Gv)(r.parameters)))
                bad(`rules[${i}] must be an object with a string "type" and an object "parameters"`);
        const types = body.rules.map((r) => r.type);
        const twice = types.find((t, i) => types.indexOf(t) !== i);
        if (twice !== undefined)
            bad(`rule "${twice}" appears twice`);
    }
    if (body.conditions !== undefined && body.conditions !== null && !(0,src/* isObject */.Gv)(body.conditions))
        bad(`"conditions" must be an object`);
    if (body.conditions === null)
        delete body.conditions;
    if (body.bypass_actors !== undefined &&
        (!Array.isArray(body.bypass_actors) || !body.bypass_actors.every(src/* isObject */.Gv)))
        bad(`"bypass_actors" must be an array of objects`);
    return body;
}
/**
 * The ruleset `.gitops.yaml` implies for main: the validate checks, reviews with code owners,
 * no force pushes or deletion, and signatures and deployments where asked.
 */
function generatedRuleset(model) {
    const g = model.config.governance;
    const checks = g.requiredChecks.length > 0
        ? g.requiredChecks
        : [...new Set(requiredCheckFindings(model).callers.flatMap((c) => c.checks))];
    const rules = [
        { type: "deletion" },
        { type: "non_fast_forward" },
        {
            type: "pull_request",
            parameters: {
                required_approving_review_count: g.approvals,
                require_code_owner_review: true,
                dismiss_stale_reviews_on_push: false,
                require_last_push_approval: false,
                required_review_thread_resolution: false,
            },
        },
    ];
    if (checks.length > 0)
        rules.push({
            type: "required_status_checks",
            parameters: {
                strict_required_status_checks_policy: false,
                required_status_checks: checks.map((context) => ({ context })),
            },
        });
    if (g.signedCommits)
        rules.push({ type: "required_signatures" });
    if (g.requiredDeployments.length > 0)
        rules.push({
            type: "required_deployments",
            parameters: { required_deployment_environments: g.requiredDeployments },
        });
    return {
        source: model.configFile ?? ".gitops.yaml",
        body: {
            name: GENERATED_RULESET,
            target: "branch",
            enforcement: "active",
            bypass_actors: [],
            conditions: { ref_name: { include: [`refs/heads/${MAIN_BRANCH}`], exclude: [] } },
            rules,
        },
    };
}
/** One environment per protected env: reviewers from `governance.reviewers`, else the platform team. */
function desiredEnvironments(model) {
    const g = model.config.governance;
    let reviewers = g.reviewers;
    let reviewersFrom = "governance.reviewers";
    if (reviewers.length === 0) {
        const codeowners = loadCodeowners(model.repo);
        const platform = codeowners
            ? platformOwners(g.platform, codeowners)
            : g.platform
                ? {
                    owners: [g.platform.startsWith("@") ? g.platform : `@${g.platform}`],
                    from: "governance.platform",
                }
                : undefined;
        reviewers = (platform?.owners ?? []).filter((o) => o.startsWith("@"));
        reviewersFrom = platform?.from ?? "governance.reviewers";
    }
    if (reviewers.length === 0)
        throw new src/* UserError */.yo(`${model.configFile ?? ".gitops.yaml"}: no reviewers for the protected environments; set governance.reviewers or governance.platform`, model.configFile ?? ".gitops.yaml");
    return protectedEnvs(model).map((name) => ({
        name,
        reviewers: reviewers.slice(0, 6),
        waitTimer: g.waitTimer,
        branches: [MAIN_BRANCH],
        reviewersFrom,
    }));
}

;// CONCATENATED MODULE: ./packages/governance/src/live-github.ts
/**
 * The live side of rulesets and environments: the GitHub calls that read and write them. Every
 * failure becomes one UserError naming the server and, for a refusal, the permission the token
 * lacks; the token itself is never printed.
 */


/** The client the live checks use: promote's, which every GitHub call of the CLI shares. */
function liveClient(options) {
    return (0,github/* fetchClient */.W6)(options);
}
/**
 * Runs one call; a refusal (403) names the permission: `Administration` for rulesets and
 * environments, `Members` (organization) for looking up a team.
 */
async function ask(live, what, access, call, permission = "Administration") {
    try {
        return await call();
    }
    catch (err) {
        throw explain(live, what, access, err, permission);
    }
}
/** The one-line UserError for a failed call. */
function explain(live, what, access, err, permission = "Administration") {
    const slug = `${live.gh.owner}/${live.gh.repo}`;
    const status = (0,github/* statusOf */.c2)(err);
    if (status === 401)
        return new src/* UserError */.yo(`GitHub at ${live.server} rejected the token (401) for ${what} of ${slug}`);
    if (status === 403)
        return new src/* UserError */.yo(`GitHub at ${live.server} refused ${what} of ${slug} (403): the token needs the "${permission}" permission (${access}) on ${permission === "Members" ? `the organization ${live.gh.owner}` : "the repository"}`);
    if (status !== undefined)
        return new src/* UserError */.yo(`GitHub at ${live.server} failed ${what} of ${slug}: ${(0,src/* messageOf */.bD)(err)}`);
    return new src/* UserError */.yo(`cannot reach GitHub at ${live.server}: ${live_github_networkReason(err)}`);
}
/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND ...) in `cause`. */
function live_github_networkReason(err) {
    const cause = err?.cause;
    if (typeof cause?.code === "string")
        return cause.code;
    if (typeof cause?.message === "string")
        return cause.message;
    return (0,src/* messageOf */.bD)(err);
}
/** The repository's own rulesets (not the organization's), each read in full. */
async function readRulesets(live) {
    const list = await ask(live, "reading the rulesets", "read", () => (0,github/* listAll */._w)(live.gh, "GET /repos/{owner}/{repo}/rulesets", {
        includes_parents: false,
    }));
    const out = [];
    for (const r of list.filter((x) => x.source_type === undefined || x.source_type === "Repository")) {
        const { data } = await ask(live, `reading ruleset "${r.name}"`, "read", () => live.gh.client.request("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
            owner: live.gh.owner,
            repo: live.gh.repo,
            ruleset_id: r.id,
        }));
        const d = data;
        out.push({
            id: d.id,
            body: {
                name: d.name,
                ...(d.target ? { target: d.target } : {}),
                enforcement: d.enforcement,
                bypass_actors: d.bypass_actors ?? [],
                ...(d.conditions ? { conditions: d.conditions } : {}),
                rules: d.rules ?? [],
            },
        });
    }
    return out;
}
/** Creates (`id` undefined) or replaces a ruleset. */
async function writeRuleset(live, body, id) {
    const params = { owner: live.gh.owner, repo: live.gh.repo, ...body };
    await ask(live, `${id === undefined ? "creating" : "updating"} ruleset "${body.name}"`, "write", () => id === undefined
        ? live.gh.client.request("POST /repos/{owner}/{repo}/rulesets", params)
        : live.gh.client.request("PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
            ...params,
            ruleset_id: id,
        }));
}
/** An environment's protection; a 404 means it does not exist yet. */
async function readEnvironment(live, name) {
    const missing = {
        name,
        exists: false,
        reviewers: [],
        waitTimer: 0,
        branchPolicy: null,
        branches: [],
    };
    let data;
    try {
        data = (await live.gh.client.request("GET /repos/{owner}/{repo}/environments/{environment_name}", {
            owner: live.gh.owner,
            repo: live.gh.repo,
            environment_name: name,
        })).data;
    }
    catch (err) {
        if ((0,github/* statusOf */.c2)(err) === 404)
            return missing;
        throw explain(live, `reading environment "${name}"`, "read", err);
    }
    const rules = data.protection_rules ?? [];
    const reviewers = rules
        .filter((r) => r.type === "required_reviewers")
        .flatMap((r) => r.reviewers ?? [])
        .map((r) => r.type === "Team" ? `@${live.gh.owner}/${r.reviewer?.slug ?? "?"}` : `@${r.reviewer?.login ?? "?"}`);
    const waitTimer = rules.find((r) => r.type === "wait_timer")?.wait_timer ?? 0;
    const branchPolicy = data.deployment_branch_policy ?? null;
    const branches = branchPolicy?.custom_branch_policies
        ? await ask(live, `reading the deployment branch policies of "${name}"`, "read", () => (0,github/* listAll */._w)(live.gh, "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", { environment_name: name }, (d) => d.branch_policies))
        : [];
    return {
        name,
        exists: true,
        reviewers,
        waitTimer,
        branchPolicy,
        branches: branches.map((b) => ({ id: b.id, name: b.name, type: b.type ?? "branch" })),
    };
}
/** The ids GitHub's environment endpoint wants for `@user` and `@org/team` reviewers. */
async function reviewerIds(live, reviewers) {
    const out = [];
    for (const r of reviewers) {
        const [org, team] = r.slice(1).split("/");
        if (team !== undefined) {
            const { data } = await ask(live, `looking up team ${r} for`, "read", () => live.gh.client.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: team }), "Members");
            out.push({ type: "Team", id: data.id });
        }
        else {
            const { data } = await ask(live, `looking up user ${r} for`, "read", () => live.gh.client.request("GET /users/{username}", { username: org }));
            out.push({ type: "User", id: data.id });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/governance/src/live-plan.ts
/**
 * The difference between the desired rulesets and environments and the live ones. Only what the
 * desired state says is compared: GitHub adds defaults of its own (an empty `exclude`, new rule
 * parameters) that a re-exported file may not carry, and those are not drift.
 */

/** Plan items for every desired ruleset, then every live ruleset nothing describes. */
function planRulesets(desired, live) {
    const items = desired.map((d) => {
        const match = live.find((l) => l.body.name === d.body.name);
        if (!match)
            return {
                kind: "ruleset",
                name: d.body.name,
                action: "create",
                source: d.source,
                differences: created(d.body),
            };
        const differences = rulesetDifferences(d.body, match.body);
        return {
            kind: "ruleset",
            name: d.body.name,
            action: differences.length > 0 ? "update" : "none",
            source: d.source,
            id: match.id,
            differences,
        };
    });
    for (const l of live)
        if (!desired.some((d) => d.body.name === l.body.name))
            items.push({ kind: "ruleset", name: l.body.name, action: "unmanaged", id: l.id, differences: [] });
    return items;
}
/** What a new ruleset brings, one line per setting and rule. */
function created(body) {
    return [
        { path: "enforcement", desired: body.enforcement },
        ...(body.conditions ? [{ path: "conditions", desired: body.conditions }] : []),
        ...(body.bypass_actors?.length ? [{ path: "bypass_actors", desired: body.bypass_actors }] : []),
        ...(body.rules ?? []).map((r) => ({ path: `rules.${r.type}`, desired: ruleValue(r) })),
    ];
}
/** What differs between a desired ruleset and the live one of the same name. */
function rulesetDifferences(desired, live) {
    const out = [];
    const scalar = (path, d, l) => {
        if (d !== l)
            out.push({ path, live: l, desired: d });
    };
    scalar("target", desired.target ?? "branch", live.target ?? "branch");
    scalar("enforcement", desired.enforcement, live.enforcement);
    if (desired.conditions !== undefined)
        live_plan_compare("conditions", desired.conditions, live.conditions, out);
    if (desired.bypass_actors !== undefined)
        live_plan_compare("bypass_actors", desired.bypass_actors, live.bypass_actors, out);
    const wanted = desired.rules ?? [];
    const have = live.rules ?? [];
    for (const rule of wanted) {
        const l = have.find((r) => r.type === rule.type);
        if (!l)
            out.push({ path: `rules.${rule.type}`, desired: ruleValue(rule) });
        else
            live_plan_compare(`rules.${rule.type}.parameters`, rule.parameters ?? {}, l.parameters ?? {}, out);
    }
    for (const l of have)
        if (!wanted.some((r) => r.type === l.type))
            out.push({ path: `rules.${l.type}`, live: ruleValue(l) });
    return out;
}
function ruleValue(rule) {
    return rule.parameters ?? true;
}
/** Differences of `desired` against `live`, descending into objects; arrays compare whole. */
function live_plan_compare(path, desired, live, out) {
    if ((0,src/* isObject */.Gv)(desired) && !Array.isArray(desired)) {
        const l = (0,src/* isObject */.Gv)(live) ? live : {};
        for (const [k, v] of Object.entries(desired))
            live_plan_compare(`${path}.${k}`, v, l[k], out);
        return;
    }
    if (!covers(desired, live))
        out.push({ path, live, desired });
}
/**
 * True when `live` holds everything `desired` says: objects key by key, arrays as multisets
 * (order is not meaningful in ruleset lists), and an absent live value for an empty or false one.
 */
function covers(desired, live) {
    if (live === undefined || live === null) {
        if (desired === false || desired === null || desired === undefined)
            return true;
        if (Array.isArray(desired))
            return desired.length === 0;
        if ((0,src/* isObject */.Gv)(desired))
            return Object.values(desired).every((v) => covers(v, undefined));
        return false;
    }
    if (Array.isArray(desired)) {
        if (!Array.isArray(live) || live.length !== desired.length)
            return false;
        const free = live.slice();
        for (const d of desired) {
            const at = free.findIndex((l) => covers(d, l));
            if (at < 0)
                return false;
            free.splice(at, 1);
        }
        return true;
    }
    if ((0,src/* isObject */.Gv)(desired)) {
        if (!(0,src/* isObject */.Gv)(live) || Array.isArray(live))
            return false;
        return Object.entries(desired).every(([k, v]) => covers(v, live[k]));
    }
    return desired === live;
}
/** The deployment branch policy protected environments use: custom branch names. */
const CUSTOM_BRANCHES = { protected_branches: false, custom_branch_policies: true };
/** The plan item of one environment. */
function planEnvironment(desired, live, source) {
    const base = { kind: "environment", name: desired.name, source };
    const wanted = {
        reviewers: sortedLower(desired.reviewers),
        wait_timer: desired.waitTimer,
        deployment_branch_policy: CUSTOM_BRANCHES,
        branch_policies: [...desired.branches].sort(),
    };
    if (!live.exists)
        return {
            ...base,
            action: "create",
            differences: Object.entries(wanted).map(([path, value]) => ({ path, desired: value })),
        };
    const have = {
        reviewers: sortedLower(live.reviewers),
        wait_timer: live.waitTimer,
        deployment_branch_policy: live.branchPolicy,
        branch_policies: live.branches
            .filter((b) => b.type === "branch")
            .map((b) => b.name)
            .sort(),
    };
    const differences = [];
    for (const key of Object.keys(wanted))
        if (!covers(wanted[key], have[key]) || !covers(have[key], wanted[key]))
            differences.push({ path: key, live: have[key], desired: wanted[key] });
    return { ...base, action: differences.length > 0 ? "update" : "none", differences };
}
function sortedLower(list) {
    return [...new Set(list.map((s) => s.toLowerCase()))].sort();
}
/** `~ path: live -> desired`, `+ path: desired`, `- path: live`: one line per difference. */
function differenceLine(d) {
    const show = (v) => JSON.stringify(v);
    if (d.live === undefined)
        return `+ ${d.path}: ${show(d.desired)}`;
    if (d.desired === undefined)
        return `- ${d.path}: ${show(d.live)}`;
    return `~ ${d.path}: ${show(d.live)} -> ${show(d.desired)}`;
}

;// CONCATENATED MODULE: ./packages/governance/src/live.ts
/**
 * `gitops governance plan | apply | check --live`: rulesets and environments as code. The desired
 * state comes from the repository (live-desired), the live state from GitHub (live-github); plan
 * shows the difference, apply makes GitHub match (a second run changes nothing), and the drift is
 * also a set of findings for `check --live`.
 */








/** Reads the desired and the live state and compares them. */
async function governancePlan(options) {
    const { plan } = await planWithClient(options);
    return plan;
}
async function planWithClient(options) {
    const model = await (0,src/* loadModel */.cm)(options.repo);
    const desired = desiredState(model);
    const live = await connect(options);
    for (const e of desired.environments)
        for (const r of e.reviewers.filter((x) => x.includes("/")))
            if (r.slice(1).split("/")[0]?.toLowerCase() !== live.gh.owner.toLowerCase())
                throw new src/* UserError */.yo(`environment "${e.name}": reviewer ${r} (from ${e.reviewersFrom}) is a team of another organization; GitHub environments take teams of ${live.gh.owner} only`);
    const rulesets = planRulesets(desired.rulesets, await readRulesets(live));
    const envs = new Map();
    const configFile = model.configFile ?? ".gitops.yaml";
    const environments = [];
    for (const d of desired.environments) {
        const l = await readEnvironment(live, d.name);
        envs.set(d.name, l);
        environments.push(planEnvironment(d, l, configFile));
    }
    const items = [...rulesets, ...environments];
    return {
        plan: {
            repository: `${live.gh.owner}/${live.gh.repo}`,
            items,
            summary: summarize(items),
        },
        desired,
        live,
        envs,
    };
}
function summarize(items) {
    const n = (a) => items.filter((i) => i.action === a).length;
    return { create: n("create"), update: n("update"), unchanged: n("none"), unmanaged: n("unmanaged") };
}
/**
 * Makes GitHub match the desired state: creates or replaces rulesets that differ, and creates or
 * updates environments and their branch policies. Only what differs is written, so a second run
 * sends no write at all. Returns the plan it carried out.
 */
async function live_governanceApply(options) {
    const { plan, desired, live, envs } = await planWithClient(options);
    for (const item of plan.items) {
        if (item.action !== "create" && item.action !== "update")
            continue;
        if (item.kind === "ruleset") {
            const body = desired.rulesets.find((r) => r.body.name === item.name)?.body;
            if (body)
                await writeRuleset(live, body, item.id);
            continue;
        }
        const d = desired.environments.find((e) => e.name === item.name);
        const l = envs.get(item.name);
        if (d && l)
            await writeEnvironment(live, d.name, d.reviewers, d.waitTimer, d.branches, l, item);
    }
    return plan;
}
async function writeEnvironment(live, name, reviewers, waitTimer, branches, current, item) {
    const base = { owner: live.gh.owner, repo: live.gh.repo, environment_name: name };
    const settings = ["reviewers", "wait_timer", "deployment_branch_policy"];
    if (!current.exists || item.differences.some((d) => settings.includes(d.path))) {
        const ids = await reviewerIds(live, reviewers);
        await ask(live, `${current.exists ? "updating" : "creating"} environment "${name}"`, "write", () => live.gh.client.request("PUT /repos/{owner}/{repo}/environments/{environment_name}", {
            ...base,
            wait_timer: waitTimer,
            reviewers: ids,
            deployment_branch_policy: CUSTOM_BRANCHES,
        }));
    }
    // A fresh custom policy starts with no branch; an existing one keeps its list until changed here.
    const have = current.branchPolicy?.custom_branch_policies ? current.branches : [];
    for (const b of branches.filter((x) => !have.some((h) => h.type === "branch" && h.name === x)))
        await ask(live, `adding branch policy ${b} to environment "${name}"`, "write", () => live.gh.client.request("POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", { ...base, name: b, type: "branch" }));
    for (const h of have.filter((x) => !(x.type === "branch" && branches.includes(x.name))))
        await ask(live, `removing branch policy ${h.name} from environment "${name}"`, "write", () => live.gh.client.request("DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", { ...base, branch_policy_id: h.id }));
}
/** Drift as findings: an error for each missing or differing ruleset or environment. */
async function liveFindings(options) {
    const plan = await governancePlan(options);
    const findings = [];
    for (const item of plan.items) {
        const what = `${item.kind} "${item.name}"`;
        const at = item.source ? { file: item.source } : {};
        if (item.action === "create")
            findings.push(finding(`live/${item.kind}-missing`, "error", `${what} (from ${item.source ?? "?"}) does not exist on GitHub (${plan.repository}); run gitops governance apply`, at));
        else if (item.action === "update")
            findings.push(finding(`live/${item.kind}-drift`, "error", `${what} on GitHub (${plan.repository}) differs from ${item.source ?? "?"}: ${item.differences.map(differenceLine).join("; ")}`, at));
        else if (item.action === "unmanaged")
            findings.push(finding("live/ruleset-unmanaged", "warning", `${what} exists on GitHub (${plan.repository}) but the repository does not describe it (no file under .github/rulesets/ names it, nor is it the generated one); apply leaves it alone`));
    }
    return { findings, plan };
}
/** The plan as text: one block per item that changes, then a count. */
function live_planText(plan) {
    const lines = [];
    for (const item of plan.items) {
        if (item.action === "none")
            continue;
        const from = item.source ? ` (from ${item.source})` : "";
        lines.push(`${item.kind} "${item.name}"${from}: ${item.action === "unmanaged" ? "not managed here, left alone" : item.action}`);
        for (const d of item.differences)
            lines.push(`  ${differenceLine(d)}`);
    }
    const s = plan.summary;
    lines.push(`${plan.repository}: ${s.create} to create, ${s.update} to update, ${s.unchanged} unchanged${s.unmanaged ? `, ${s.unmanaged} unmanaged` : ""}`);
    return lines.join("\n") + "\n";
}
/** The client: the token from the option or the environment, the repository from the option, GITHUB_REPOSITORY or origin. */
async function connect(options) {
    const server = (options.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
    const token = options.token?.trim() || (0,github_env/* tokenFromEnv */.B)(options.env);
    if (!token)
        throw new src/* UserError */.yo(`governance plan/apply/check --live need a token for ${server} in GITHUB_TOKEN, GH_TOKEN or --token (the "Administration" repository permission: read for plan, write for apply)`);
    const given = options.githubRepo ?? options.env.GITHUB_REPOSITORY;
    let coords = given ? (0,github/* parseRepoSlug */.Jj)(given) : undefined;
    if (!coords) {
        const r = await new src_git/* Git */.TU(options.repo).run(["remote", "get-url", "origin"]);
        coords = r.code === 0 ? (0,github/* repoFromRemoteUrl */.AN)(r.stdout.trim()) : undefined;
    }
    if (!coords)
        throw new src/* UserError */.yo("cannot tell which GitHub repository this is; pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY");
    const client = liveClient({ token, baseUrl: server, userAgent: `gitops-actions/${src/* VERSION */.xv}` });
    return { gh: { client, ...coords }, server };
}

;// CONCATENATED MODULE: ./packages/governance/src/drift-issue.ts
/**
 * The governance workflow's drift issue: one open issue, found again by its label and a hidden
 * marker in its body, that says how GitHub's settings (and release branches) differ from the
 * repository. It is opened on the first drift, edited when the drift changes, left alone when it
 * does not, and closed with a comment when the drift is gone. Extra marked issues (two runs racing)
 * are closed as duplicates.
 */




/** The hidden marker that identifies the issue; never shown by GitHub. */
const DRIFT_MARKER = "<!-- gitops-governance-drift -->";
const DRIFT_TITLE = "Governance drift: GitHub settings differ from the repository";
/**
 * The label the drift issue carries, as the observe alerts carry `gitops-observe`. GitHub creates
 * it with the issue when the repository lacks it. Listing by it keeps the search to our issues,
 * and only users with write access can label, so an outsider's issue quoting the marker is
 * never taken for ours.
 */
const DRIFT_LABEL = "gitops-governance";
function hasLabel(issue, label) {
    return (issue.labels ?? []).some((l) => (typeof l === "string" ? l : (l.name ?? "")).toLowerCase() === label.toLowerCase());
}
/**
 * Everything the drift issue reports, as `check --live` sees it: rulesets and environments against
 * GitHub, and release/* branches against main.
 */
async function drift_issue_collectDrift(options) {
    const live = await liveFindings(options);
    const releases = await releaseDrift({
        repo: options.repo,
        env: options.env,
        ...(options.now ? { now: options.now } : {}),
        ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
    });
    return { findings: [...live.findings, ...releases.findings], plan: live.plan, releases };
}
/** The plan for a job summary: a heading and the plan text in a code block (its names come from GitHub). */
function planMarkdown(plan) {
    return `### Plan for ${plan.repository}\n\n${fenced(planText(plan).trimEnd())}\n`;
}
/**
 * Drift is an error finding, what `check --live` fails on. Warnings (a ruleset GitHub has and the
 * repository does not describe, a branch that does not render) are listed in the issue but alone
 * open none: they may be meant to stay, and an issue that can never close is noise.
 */
function drift_issue_isDrift(findings) {
    return findings.some((f) => f.severity === "error");
}
/** Opens, updates or closes the drift issue so that it matches `findings`. */
async function drift_issue_syncDriftIssue(options) {
    const { gh } = options;
    const label = options.label ?? DRIFT_LABEL;
    const open = (await call(gh, "listing the open issues", "read", () => listAll(gh, "GET /repos/{owner}/{repo}/issues", {
        state: "open",
        labels: label,
        sort: "created",
        direction: "asc",
    }))).filter((i) => !i.pull_request && (i.body ?? "").includes(DRIFT_MARKER));
    const [issue, ...duplicates] = open.sort((a, b) => a.number - b.number);
    const duplicatesClosed = [];
    for (const d of duplicates) {
        await drift_issue_close(gh, d.number, `Closed as a duplicate of #${String(issue?.number)}.`, "not_planned");
        duplicatesClosed.push(d.number);
    }
    const drift = drift_issue_isDrift(options.findings);
    if (!drift) {
        if (!issue)
            return { action: "none", duplicatesClosed };
        const run = options.runUrl ? ` ([run](${options.runUrl}))` : "";
        await drift_issue_close(gh, issue.number, `No drift any more${run}: GitHub matches the repository.`, "completed");
        return { action: "closed", number: issue.number, url: issue.html_url, duplicatesClosed };
    }
    const core = driftBody(options.findings, options.plan);
    const body = `${core}\n${options.runUrl ? `\n_Written by [this run](${options.runUrl})._\n` : ""}`;
    if (!issue) {
        const { data } = await call(gh, "opening the drift issue", "write", () => gh.client.request("POST /repos/{owner}/{repo}/issues", {
            owner: gh.owner,
            repo: gh.repo,
            title: options.title ?? DRIFT_TITLE,
            body,
            labels: [label],
        }));
        const created = data;
        // GitHub silently drops a label the token may not set; unlabelled, the issue would never be
        // found again and every run would open another. Stop here instead.
        if (!hasLabel(created, label))
            throw new UserError(`GitHub opened drift issue #${created.number} in ${gh.owner}/${gh.repo} without the label "${label}", so later runs could not find it; give the issue token "issues: write" and re-run`);
        return { action: "opened", number: created.number, url: created.html_url, duplicatesClosed };
    }
    // Only the drift decides whether the issue changes: a new run link alone is no reason to edit it.
    if ((issue.body ?? "").startsWith(`${core}\n`))
        return { action: "unchanged", number: issue.number, url: issue.html_url, duplicatesClosed };
    await call(gh, `updating issue #${issue.number}`, "write", () => gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: issue.number,
        body,
    }));
    return { action: "updated", number: issue.number, url: issue.html_url, duplicatesClosed };
}
/**
 * The issue text before the run link. Finding messages hold text from GitHub and the repository
 * (ruleset names, `@team` reviewers), so they go in a code block: no markdown, no mentions.
 */
function driftBody(findings, plan) {
    const listedFindings = findings.filter((f) => f.severity !== "notice");
    const lines = listedFindings.map((f) => `${f.severity} ${f.tool}/${f.rule}${f.file ? ` ${f.file}` : ""}: ${f.message}`);
    const parts = [
        DRIFT_MARKER,
        "GitHub's governance settings or release branches differ from what this repository describes.",
        "This issue is kept up to date by the governance workflow and closes itself when the drift is gone.",
        "",
        `### ${listedFindings.length} finding(s)`,
        "",
        fenced(lines.join("\n")),
    ];
    if (plan?.trim())
        parts.push("", "### Plan (`gitops governance plan`)", "", fenced(plan.trimEnd()));
    parts.push("", "Run `gitops governance apply` (rulesets, environments) or bring the release branches back in line.");
    return parts.join("\n");
}
/** A code block whose fence is longer than any backtick run inside, so the text cannot end it. */
function fenced(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}text\n${text}\n${fence}`;
}
async function drift_issue_close(gh, number, comment, reason) {
    await call(gh, `commenting on issue #${number}`, "write", () => gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        body: comment,
    }));
    await call(gh, `closing issue #${number}`, "write", () => gh.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        state: "closed",
        state_reason: reason,
    }));
}
/** A refused call names the "Issues" permission; the token is never part of the message. */
async function call(gh, what, access, run) {
    try {
        return await run();
    }
    catch (err) {
        const status = statusOf(err);
        const slug = `${gh.owner}/${gh.repo}`;
        if (status === 401)
            throw new UserError(`GitHub rejected the token (401) for ${what} of ${slug}`);
        if (status === 403)
            throw new UserError(`GitHub refused ${what} of ${slug} (${status}): the token needs the "Issues" permission (${access})`);
        throw new UserError(`GitHub failed ${what} of ${slug}: ${messageOf(err)}`);
    }
}

;// CONCATENATED MODULE: ./packages/governance/src/offline.ts
/**
 * `gitops governance check` without --live: what can be checked from the checkout alone.
 */






/**
 * `gitops governance`: the offline checks of how a repository is governed: CODEOWNERS as GitHub
 * reads it, who owns what reaches protected envs, the required status checks the validate
 * workflow produces, and (with manualProdSync) that protected Applications sync by hand.
 * A bad `.gitops.yaml` throws UserError (exit 2).
 */
async function governance(options) {
    const model = await (0,src/* loadModel */.cm)(options.repo);
    const findings = [];
    const envs = protectedEnvs(model);
    const codeowners = loadCodeowners(model.repo);
    if (!codeowners) {
        findings.push(finding("codeowners/missing", "error", "no CODEOWNERS file in .github/, the root or docs/: no review is required from anyone for any path"));
    }
    else {
        for (const ignored of codeowners.ignored)
            findings.push(finding("codeowners/ignored", "warning", `GitHub ignores ${ignored}: it uses ${codeowners.file}`, {
                file: ignored,
            }));
        if (codeowners.bytes >= CODEOWNERS_MAX_BYTES)
            findings.push(finding("codeowners/too-large", "error", `${codeowners.file} is ${codeowners.bytes} bytes; GitHub does not load CODEOWNERS of 3 MB or more`, { file: codeowners.file }));
        for (const e of codeowners.errors)
            findings.push(finding(e.kind === "Invalid owner" ? "codeowners/invalid-owner" : "codeowners/invalid-pattern", "error", `${e.kind} (GitHub skips this line): ${e.message.replace(/^Invalid \w+ on line \d+: /, "")}${e.suggestion ? `; ${e.suggestion.startsWith("@") ? `did you mean ${e.suggestion}?` : e.suggestion}` : ""}`, { file: codeowners.file, line: e.line, column: e.column }));
        findings.push(...coverageFindings(model, codeowners));
    }
    const checks = requiredCheckFindings(model);
    findings.push(...checks.findings);
    findings.push(...manualSyncFindings(model, envs));
    return {
        findings: (0,src/* sortFindings */.Tc)(findings),
        summary: {
            codeowners: codeowners?.file ?? null,
            protectedEnvs: envs,
            targets: model.targets.length,
            checks: [...new Set(checks.callers.flatMap((c) => c.checks))],
        },
    };
}

;// CONCATENATED MODULE: ./packages/governance/src/run.ts



/** `governance check [--live]`: the offline checks and, with `live`, the drift after them. */
async function governanceCheck(options) {
    const report = await governance({ repo: options.repo });
    if (!options.live)
        return { ...report, drift: [] };
    const drift = await drift_issue_collectDrift(options.live);
    return {
        findings: [...report.findings, ...drift.findings],
        drift: drift.findings,
        summary: { ...report.summary, live: drift.plan.summary, releaseBranches: drift.releases.branches },
        plan: drift.plan,
    };
}
/** Runs one mode: apply writes GitHub's settings; check and plan only compare. */
async function runGovernance(options) {
    const { mode, live: liveCheck, ...drift } = options;
    const live = mode !== "check" || liveCheck;
    if (mode === "apply") {
        const plan = await governanceApply(drift);
        return { mode, live, findings: [], driftFindings: [], drift: false, plan };
    }
    const checked = mode === "check"
        ? await governanceCheck({ repo: options.repo, ...(live ? { live: drift } : {}) })
        : await collectDrift(drift).then((d) => ({ findings: d.findings, drift: d.findings, plan: d.plan }));
    return {
        mode,
        live,
        findings: checked.findings,
        driftFindings: checked.drift,
        drift: live && isDrift(checked.drift),
        ...(checked.plan ? { plan: checked.plan } : {}),
    };
}
/**
 * Opens, updates or closes the one drift issue after a run that compared without writing (plan,
 * check with live); undefined after any other. `where` is asked only then, so a run that keeps no
 * issue needs no issue token or repository.
 */
async function keepDriftIssue(run, where) {
    if (!run.live || run.mode === "apply")
        return undefined;
    const { gh, runUrl } = where();
    return syncDriftIssue({
        gh,
        findings: run.driftFindings,
        ...(run.plan ? { plan: planText(run.plan) } : {}),
        ...(runUrl ? { runUrl } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/governance/src/index.ts















/** Every governance rule id and its SARIF description, the release-branch ones included. */
const src_GOVERNANCE_RULES = { ...GOVERNANCE_RULES, ...RELEASE_RULES };

// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(1428);
// EXTERNAL MODULE: ./packages/cli/src/report-files.ts
var report_files = __webpack_require__(9012);
;// CONCATENATED MODULE: ./packages/cli/src/commands/governance.ts




/** `gitops governance [check]`: the offline governance checks (CODEOWNERS, coverage, required checks, manual prod sync). */
const governanceCommand = {
    name: "governance",
    summary: "check CODEOWNERS, required checks and prod sync; plan/apply rulesets and environments as code",
    help: `Usage: gitops governance [check] [--live] [--sarif FILE] [--junit FILE] [--fail-on error|warning|notice]
                         [--json] [--repo DIR]
       gitops governance plan|apply [--github-repo OWNER/NAME] [--token TOKEN] [--json] [--repo DIR]
       gitops governance signed --pr N [--github-repo OWNER/NAME] [same report options]

Checks, with no network access:
  - CODEOWNERS as GitHub reads it (.github/CODEOWNERS, then CODEOWNERS, then docs/CODEOWNERS):
    every line GitHub would skip (unsupported pattern syntax, an owner not @user, @org/team or
    an email), by line and column;
  - every target of a protected env (governance.protectedEnvs, default the last env) is owned by
    the platform team (governance.platform, else the owners of the "*" line) in every file it
    renders from, and a service target's folder also by another owner; policies/, the folders of
    Argo CD objects and .github/ by the platform team; no target has unowned files;
  - a workflow calls validate.yml on pull requests to main, and the checks it produces
    ("<job> / validate", "/ lint", "/ policy", "/ secrets") equal governance.requiredChecks;
  - with governance.manualProdSync, no Application of a protected env has syncPolicy.automated.

"plan", "apply" and "check --live" (need GitHub): rulesets and environments as code. The desired
rulesets are .github/rulesets/*.json (GitHub's ruleset JSON as its UI exports it), else one ruleset
"gitops: main" generated from .gitops.yaml: required_status_checks (the validate check names, or
governance.requiredChecks), pull_request (governance.approvals, default 1, code owner review),
non_fast_forward, deletion, required_signatures (governance.signedCommits) and
required_deployments (governance.requiredDeployments). Each protected env is a GitHub environment
with required reviewers (governance.reviewers, else the platform team), a wait timer
(governance.waitTimer minutes, default 0) and a deployment branch policy of main.
"plan" prints what differs from GitHub; "apply" creates or updates it (only what differs: a second
run writes nothing); "check --live" adds an error finding for each difference (exit 1 on drift).
"check --live" also compares each release/* branch of the origin remote (git ls-remote and fetch, no
GitHub API) with its default branch: both heads are rendered and compared target by target, and a
branch that has rendered differently for longer than governance.releaseBranchMaxAge (default 14d)
is an error. The difference is dated by the oldest commit since the merge-base, on either side, that
changed an input of a differing target (cherry-picked commits left out), else by the merge-base.
The token needs the "Administration" repository permission (read for plan, write for apply) and,
for team reviewers, the organization's "Members" (read).

"signed" (needs GitHub): with governance.signedCommits, every commit of pull request N that touches
a protected target (a file of its input graph) is verified by GitHub. Files come from the local
checkout, or from GitHub for commits it lacks. Token: GITHUB_TOKEN or GH_TOKEN; server:
GITHUB_API_URL; repository: --github-repo, GITHUB_REPOSITORY or the origin remote.

Options:
  --sarif FILE          also write a SARIF 2.1.0 report
  --junit FILE          also write a JUnit XML report
  --fail-on SEVERITY    exit 1 at this severity or worse (default error)
  --pr N                (signed) the pull request to check
  --live                (check) also compare rulesets and environments with GitHub
  --github-repo O/N     (signed, plan, apply, check --live) the GitHub repository
  --token TOKEN         (plan, apply, check --live) instead of GITHUB_TOKEN (which is safer: a
                        command line is visible to other processes)

Exit codes: 0 clean, 1 findings at --fail-on or worse, 2 bad usage or config, no token, or GitHub
unreachable or refusing.`,
    options: {
        sarif: { type: "string" },
        junit: { type: "string" },
        "fail-on": { type: "string" },
        pr: { type: "string" },
        "github-repo": { type: "string" },
        live: { type: "boolean" },
        token: { type: "string" },
    },
    maxPositionals: 1,
    async run(ctx) {
        const sub = ctx.positionals[0];
        if (sub !== undefined && !["check", "signed", "plan", "apply"].includes(sub))
            throw new src/* UserError */.yo(`governance: unknown subcommand "${sub}"; use "check" (the default), "plan", "apply" or "signed"`);
        if (sub !== "signed" && ctx.options.pr !== undefined)
            throw new src/* UserError */.yo(`governance: --pr is for "governance signed"`);
        if (sub !== undefined && sub !== "check" && ctx.options.live !== undefined)
            throw new src/* UserError */.yo(`governance: --live is for "governance check"`);
        if (sub === "signed")
            return runSigned(ctx);
        const live = sub === "plan" || sub === "apply" || ctx.options.live === true;
        for (const name of ["github-repo", "token"])
            if (!live && ctx.options[name] !== undefined)
                throw new src/* UserError */.yo(`governance: --${name} is for "governance plan", "apply", "check --live" or "signed"`);
        if (sub === "plan" || sub === "apply")
            return runLive(ctx, sub);
        const failOn = (0,options/* failOnOption */.r)(ctx);
        const report = await governanceCheck({ repo: ctx.repo, ...(live ? { live: liveOptions(ctx) } : {}) });
        (0,report_files/* writeReportFiles */.t)(ctx, report.findings, "governance", src_GOVERNANCE_RULES);
        if (ctx.json)
            ctx.io.stdout((0,src/* formatJson */.IB)(report.findings, { ...report.summary }));
        else {
            const s = report.summary;
            ctx.io.stdout((0,src/* formatText */.vX)(report.findings));
            ctx.io.stdout(`checked ${s.codeowners ?? "no CODEOWNERS"}, ${s.targets} target(s), protected env(s): ${s.protectedEnvs.join(", ") || "none"}, ${s.checks.length} check name(s)\n`);
        }
        return (0,src/* failsAt */.ZN)(report.findings, failOn) ? src/* ExitCode */.yU.Findings : src/* ExitCode */.yU.Clean;
    },
};
/** `gitops governance signed --pr N`: unverified PR commits that touch protected targets. */
async function runSigned(ctx) {
    const failOn = (0,options/* failOnOption */.r)(ctx);
    const pr = ctx.options.pr;
    if (typeof pr !== "string" || !/^[1-9]\d{0,9}$/.test(pr))
        throw new src/* UserError */.yo(`governance signed needs --pr with a pull request number${typeof pr === "string" ? `, got "${pr}"` : ""}`);
    const githubRepo = ctx.options["github-repo"];
    const report = await signedCommits({
        repo: ctx.repo,
        pr: Number(pr),
        env: process.env,
        ...(typeof githubRepo === "string" && githubRepo !== "" ? { githubRepo } : {}),
    });
    (0,report_files/* writeReportFiles */.t)(ctx, report.findings, "governance", src_GOVERNANCE_RULES);
    if (ctx.json)
        ctx.io.stdout((0,src/* formatJson */.IB)(report.findings, { ...report.summary }));
    else {
        const s = report.summary;
        ctx.io.stdout((0,src/* formatText */.vX)(report.findings));
        if (s.enabled)
            ctx.io.stdout(`checked pull request #${s.pr}: ${s.commits} commit(s), ${s.unverified} unverified, ${s.unverifiedProtected} of them touching protected env(s) ${s.protectedEnvs.join(", ") || "none"}\n`);
    }
    return (0,src/* failsAt */.ZN)(report.findings, failOn) ? src/* ExitCode */.yU.Findings : src/* ExitCode */.yU.Clean;
}
function liveOptions(ctx) {
    const githubRepo = ctx.options["github-repo"];
    const token = ctx.options.token;
    if (token === "")
        throw new src/* UserError */.yo("governance: --token is empty");
    return {
        repo: ctx.repo,
        env: process.env,
        ...(typeof githubRepo === "string" && githubRepo !== "" ? { githubRepo } : {}),
        ...(typeof token === "string" ? { token } : {}),
    };
}
/** `gitops governance plan|apply`: the difference with GitHub's rulesets and environments, or make it go away. */
async function runLive(ctx, sub) {
    if (ctx.options["fail-on"] !== undefined ||
        ctx.options.sarif !== undefined ||
        ctx.options.junit !== undefined)
        throw new src/* UserError */.yo(`governance ${sub}: --fail-on, --sarif and --junit are for "governance check"`);
    // plan reports the drift as findings too, so --json keeps the command's { findings, summary } shape.
    const { plan, findings } = sub === "plan"
        ? await liveFindings(liveOptions(ctx))
        : { plan: await live_governanceApply(liveOptions(ctx)), findings: [] };
    if (ctx.json)
        ctx.io.stdout(JSON.stringify({ findings, summary: { repository: plan.repository, ...plan.summary }, items: plan.items }, null, 2) + "\n");
    else {
        ctx.io.stdout(live_planText(plan));
        if (sub === "apply") {
            const n = plan.summary.create + plan.summary.update;
            ctx.io.stdout(n === 0 ? "nothing to apply: GitHub matches\n" : `applied ${n} change(s)\n`);
        }
    }
    return src/* ExitCode */.yU.Clean;
}


/***/ }),

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ failOnOption)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);

/** `--fail-on error|warning|notice`: the severity that makes a command exit 1 (default error). */
function failOnOption(ctx) {
    const value = ctx.options["fail-on"] ?? "error";
    const severity = (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSeverity */ .lv)(value);
    if (!severity)
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--fail-on must be error, warning or notice, got "${value}"`);
    return severity;
}


/***/ }),

/***/ 9012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);


/**
 * Writes the report files a check's `--sarif FILE` and `--junit FILE` ask for (each atomically,
 * a bad path named). `tool` names the check: SARIF's driver is `gitops-<tool>`, JUnit's suite `<tool>`.
 */
function writeReportFiles(ctx, findings, tool, rules) {
    const path = (name) => {
        const v = ctx.options[name];
        if (v === "")
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--${name} needs a file`);
        return typeof v === "string" ? v : undefined;
    };
    const sarif = path("sarif");
    if (sarif !== undefined) {
        const log = (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toSarif */ .zv)(findings, {
            toolName: `gitops-${tool}`,
            toolVersion: _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .xv,
            ...(rules ? { rules } : {}),
        });
        (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(sarif), `${JSON.stringify(log, null, 2)}\n`, `--sarif ${sarif}`);
    }
    const junit = path("junit");
    if (junit !== undefined)
        (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(junit), (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toJUnitXml */ .Bk)(findings, { suiteName: tool, tools: [tool] }), `--junit ${junit}`);
}


/***/ }),

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
