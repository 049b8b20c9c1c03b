export const id = 717;
export const ids = [717];
export const modules = {

/***/ 4717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS: () => (/* reexport */ CHECKS),
  coverageSummary: () => (/* reexport */ coverageSummary),
  coverageText: () => (/* reexport */ coverageText),
  dedupe: () => (/* reexport */ dedupe),
  mergeCoverage: () => (/* reexport */ mergeCoverage),
  readShardResults: () => (/* reexport */ readShardResults),
  renderCoverage: () => (/* reexport */ renderCoverage),
  reportShards: () => (/* reexport */ reportShards),
  resultFileName: () => (/* reexport */ resultFileName),
  runShard: () => (/* reexport */ runShard),
  runValidate: () => (/* reexport */ runValidate),
  unsuccessfulJobs: () => (/* reexport */ unsuccessfulJobs),
  validateFails: () => (/* reexport */ validateFails),
  validateMarkdown: () => (/* reexport */ validateMarkdown),
  validateText: () => (/* reexport */ validateText),
  worstFirst: () => (/* reexport */ worstFirst)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/validate/src/results.ts



/** The checks a validate run is made of, in the order they run. */
const CHECKS = ["render", "lint", "policy", "secrets"];
function resultFileName(check, shard) {
    return `${check}.shard-${shard}.json`;
}
/**
 * Reads every shard's result for `check` from `dir`. Fewer files than
 * `expectedShards` means a shard job failed before reporting: that is an
 * error, never a silently partial pass.
 */
function readShardResults(dir, check, expectedShards) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        names = [];
    }
    const pattern = new RegExp(`^${check}\\.shard-(\\d+)\\.json$`);
    const results = [];
    for (const name of names.filter((n) => pattern.test(n)).sort()) {
        const path = (0,external_node_path_.join)(dir, name);
        let parsed;
        try {
            parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, "utf8"));
        }
        catch {
            throw new errors/* UserError */.yo(`${path}: not a readable shard result (JSON)`, path);
        }
        if (!isShardResult(parsed))
            throw new errors/* UserError */.yo(`${path}: not a shard result (expected check, shard, findings, targets)`, path);
        results.push(parsed);
    }
    const seen = new Set(results.map((r) => r.shard));
    if (seen.size < expectedShards) {
        const missing = Array.from({ length: expectedShards }, (_, i) => i + 1).filter((n) => !seen.has(n));
        throw new errors/* UserError */.yo(`${check}: no results from shard(s) ${missing.join(", ")} of ${expectedShards} in ${dir}; the render job of those shards failed before reporting, see its log`);
    }
    return results.sort((a, b) => a.shard - b.shard);
}
function isShardResult(v) {
    if (typeof v !== "object" || v === null)
        return false;
    const r = v;
    return (typeof r.check === "string" &&
        Number.isInteger(r.shard) &&
        Array.isArray(r.findings) &&
        Array.isArray(r.targets));
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 3 modules
var core_src = __webpack_require__(8839);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/tools/src/exec.ts
var exec = __webpack_require__(3746);
;// CONCATENATED MODULE: ./packages/secrets/src/git-log.ts
/** Parses `git log -p --unified=0` output into added-line fragments per commit and file. */
function parseLog(out) {
    const commits = [];
    const paths = new Set();
    const fragments = [];
    let binaryFiles = 0;
    let commit = "";
    let path;
    let current;
    let newLine = 0;
    let oldLeft = 0;
    let newLeft = 0;
    const flush = () => {
        if (current && path !== undefined && current.lines.length > 0) {
            fragments.push({ commit, path, text: current.text.join("\n"), lines: current.lines });
        }
        current = undefined;
    };
    for (const raw of out.split("\n")) {
        if (oldLeft > 0 || newLeft > 0) {
            // Inside a hunk every line is content, even one that reads like a header.
            if (raw.startsWith("+")) {
                current?.text.push(raw.slice(1).replace(/\r$/, ""));
                current?.lines.push(newLine++);
                newLeft--;
            }
            else if (raw.startsWith("-")) {
                oldLeft--;
            }
            continue;
        }
        if (raw.startsWith("\u0001")) {
            flush();
            commit = raw.slice(1).trim();
            commits.push(commit);
            path = undefined;
        }
        else if (raw.startsWith("diff --git ")) {
            flush();
            path = undefined;
        }
        else if (raw.startsWith("+++ ")) {
            // git ends the name with a tab when it holds a space (for GNU patch); a real tab would be quoted.
            const target = unquoteGitPath(raw.slice(4).replace(/\t$/, ""));
            path = target === "/dev/null" ? undefined : target.replace(/^b\//, "");
            if (path !== undefined)
                paths.add(path);
            current = { text: [], lines: [] };
        }
        else if (raw.startsWith("Binary files ")) {
            binaryFiles++;
        }
        else {
            const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(raw);
            if (hunk) {
                oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
                newLine = Number(hunk[2]);
                newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
            }
        }
    }
    flush();
    return { commits, fragments, paths: [...paths].sort(), binaryFiles };
}
/** git's C-style quoting of unusual paths (`"b/t\303\251st\tx"`), undone. */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"'))
        return text;
    const body = text.slice(1, -1);
    const bytes = [];
    const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "\\": 92 };
    for (let i = 0; i < body.length; i++) {
        const ch = body.charAt(i);
        if (ch !== "\\") {
            bytes.push(...Buffer.from(ch, "utf8"));
            continue;
        }
        const next = body.charAt(++i);
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString("utf8");
}

;// CONCATENATED MODULE: ./packages/secrets/src/diff.ts





/** Settings that make `git log -p` output the same whatever the user's git config says. */
const STABLE_OUTPUT = [
    "-c",
    "core.quotePath=false",
    "-c",
    "diff.noprefix=false",
    "-c",
    "log.showSignature=false",
    "-c",
    "color.ui=false",
];
const GIT_TIMEOUT_MS = 10 * 60 * 1000;
/**
 * The added lines of every commit between the merge base of `baseRef` and
 * `headRef`, and `headRef`: a secret added in one commit and removed in a
 * later one has still leaked, so each commit is read, not just the net diff.
 */
async function addedInRange(repo, baseRef, headRef = "HEAD") {
    const base = await resolveCommit(repo, baseRef, "--base");
    const head = await resolveCommit(repo, headRef, "--head");
    const mb = await git(repo, ["merge-base", "--end-of-options", base, head]);
    if (mb.code !== 0 || mb.stdout.trim() === "") {
        throw new core_src/* UserError */.yo(`--base ${baseRef} and ${headRef} share no history, so there is no change to scan`);
    }
    const mergeBase = mb.stdout.trim();
    const log = await git(repo, [
        ...STABLE_OUTPUT,
        "log",
        "-p",
        "--reverse",
        "--no-color",
        "--unified=0",
        "--find-renames",
        "--no-ext-diff",
        "--no-textconv",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        "--format=%x01%H",
        "--end-of-options",
        `${mergeBase}..${head}`,
        "--",
    ]);
    if (log.code !== 0)
        throw new core_src/* UserError */.yo(`git log ${mergeBase}..${head} failed: ${firstLine(log.stderr)}`);
    return { base, head, mergeBase, ...parseLog(log.stdout) };
}
/** The file at `commit`, for rules that judge a fragment by its whole file. Empty when unreadable. */
function fileAtCommit(repo, commit, path) {
    try {
        return (0,external_node_child_process_.execFileSync)("git", ["show", "--no-textconv", "--end-of-options", `${commit}:${path}`], {
            cwd: repo,
            encoding: "utf8",
            maxBuffer: 256 * 1024 * 1024,
            stdio: ["ignore", "pipe", "ignore"],
            env: gitEnv(),
        });
    }
    catch {
        return "";
    }
}
/** True when `ref` names a commit present in the repository. */
async function diff_commitExists(repo, ref) {
    const r = await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return r.code === 0 && r.stdout.trim() !== "";
}
async function resolveCommit(repo, ref, option) {
    const r = await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (/not a git repository/i.test(r.stderr)) {
        throw new core_src/* UserError */.yo(`${repo} is not a git repository; ${option} needs the repository's history`);
    }
    if (r.code !== 0 || r.stdout.trim() === "") {
        throw new core_src/* UserError */.yo(`${option} ${ref} is not a commit in ${repo}; fetch the history it needs ` +
            `(in GitHub Actions: actions/checkout with fetch-depth: 0)`);
    }
    return r.stdout.trim();
}
async function git(repo, args) {
    try {
        return await (0,exec/* runTool */.q)("git", args, { cwd: repo, timeoutMs: GIT_TIMEOUT_MS, env: gitEnv() });
    }
    catch (err) {
        if (err.code === "ENOENT") {
            throw new core_src/* UserError */.yo("git is needed for --base but was not found on PATH");
        }
        throw err;
    }
}
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1" };
}
function firstLine(text) {
    return text.trim().split("\n")[0] ?? "";
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./packages/secrets/src/files.ts



/** Folders never scanned: git's own data, installed packages, and our render output. */
const NEVER_SCANNED = [".git", "node_modules"];
/** Folders never scanned at the top of the repository only. */
const NEVER_SCANNED_AT_ROOT = ["render"];
/**
 * Every regular file under `repo`, sorted, except `.git/`, `node_modules/`,
 * the top-level `render/`, paths matching `exclude` globs, and symbolic links
 * (which may point outside the repository).
 */
function listFiles(repo, exclude = []) {
    const out = [];
    const excluded = (path) => exclude.some((g) => (0,esm/* minimatch */.xF)(path, g, { dot: true }));
    const walk = (dir, prefix) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const path = prefix ? `${prefix}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (NEVER_SCANNED.includes(e.name) || (!prefix && NEVER_SCANNED_AT_ROOT.includes(e.name)))
                    continue;
                if (excluded(path) || excluded(`${path}/`))
                    continue;
                walk((0,external_node_path_.join)(dir, e.name), path);
            }
            else if (e.isFile() && !excluded(path)) {
                const abs = (0,external_node_path_.join)(dir, e.name);
                out.push({ path, abs, size: (0,external_node_fs_.statSync)(abs).size });
            }
        }
    };
    walk(repo, "");
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** True when a repo-relative path lies in a folder the scan never reads (for diff mode). */
function isNeverScanned(path, exclude = []) {
    const parts = path.split("/");
    if (parts.slice(0, -1).some((p) => NEVER_SCANNED.includes(p)))
        return true;
    if (parts.length > 1 && NEVER_SCANNED_AT_ROOT.includes(parts[0] ?? ""))
        return true;
    return exclude.some((g) => (0,esm/* minimatch */.xF)(path, g, { dot: true }));
}
/**
 * The bytes to scan, or undefined for binary content (a NUL byte). UTF-16
 * text (with a byte-order mark) is re-encoded as UTF-8; other encodings are
 * scanned as they are, since every credential format is ASCII.
 */
function scannableBytes(bytes) {
    if (bytes.length >= 2) {
        const le = bytes[0] === 0xff && bytes[1] === 0xfe;
        const be = bytes[0] === 0xfe && bytes[1] === 0xff;
        if (le || be) {
            const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
            if (be)
                body.swap16();
            return Buffer.from(body.toString("utf16le"), "utf8");
        }
    }
    return bytes.includes(0) ? undefined : bytes;
}
/**
 * Reads whole files into one reused buffer: a scan reads thousands of files
 * and keeps none of them, so a fresh buffer per file would only feed the
 * garbage collector. A returned view is valid until the next `read`.
 */
class FileReader {
    scratch = Buffer.allocUnsafe(1024 * 1024);
    read(abs, size) {
        if (size > this.scratch.length)
            this.scratch = Buffer.allocUnsafe(Math.max(size, this.scratch.length * 2));
        return readInto(abs, size, this.scratch);
    }
}
/** Reads a whole file into a fresh buffer. */
function readBytes(abs, size) {
    return readInto(abs, size, Buffer.allocUnsafe(size));
}
function readInto(abs, size, buf) {
    const fd = (0,external_node_fs_.openSync)(abs, "r");
    try {
        let off = 0;
        while (off < size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, off, size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return buf.subarray(0, off);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/types.ts
/** The `tool` of every finding this package produces. */
const types_TOOL = "secrets";

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/finding.ts

/** A finding of this package with the fields every one of them has. */
function finding(rule, severity, file, line, message) {
    return { tool: types_TOOL, rule, severity, message, file, ...(line ? { line } : {}) };
}
function resourceOf(value) {
    const meta = isObject(value.metadata) ? value.metadata : {};
    if (typeof meta.name !== "string")
        return {};
    return {
        resource: {
            apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
            kind: String(value.kind),
            ...(typeof meta.namespace === "string" ? { namespace: meta.namespace } : {}),
            name: meta.name,
        },
    };
}
function metaName(value) {
    const meta = isObject(value.metadata) ? value.metadata : {};
    return typeof meta.name === "string" ? `"${meta.name}"` : "(unnamed)";
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/chart-template.ts

/** Chart templates: regex, since `{{ }}` makes them unparseable before rendering. */
function checkChartTemplate(path, text, ctx, template) {
    const result = { findings: [], provided: [], dataFrom: false };
    const lineOf = (offset) => text.slice(0, offset).split("\n").length;
    const secretKind = /^kind:\s*["']?Secret["']?\s*$/m.exec(text);
    const data = /^(?:data|stringData):/m.exec(text);
    if (secretKind && data) {
        result.findings.push(finding("plain-secret", "warning", path, lineOf(data.index), "this chart template renders a plain Secret, so its values come from values files in Git; use an ExternalSecret"));
    }
    if (/^kind:\s*["']?ExternalSecret/m.test(text)) {
        for (const m of text.matchAll(/remoteRef:\s*\n(?:[ \t]*[\w-]+:.*\n){0,3}?[ \t]*key:[ \t]*["']?([^\n"']+)/g)) {
            const key = (m[1] ?? "").trim();
            if (key.includes("{{"))
                continue;
            const problem = template.check(key, ctx);
            if (problem)
                result.findings.push(finding(problem.rule, "error", path, lineOf(m.index + m[0].length), `ExternalSecret template: ${problem.message}`));
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/manifests.ts




/**
 * A document of a kind the rules look at (YAML or JSON spelling, trailing comment allowed). A
 * Kustomization matters only for its `secretGenerator`, which the text must then name.
 */
const KIND_LINE = /^[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?(?:Secret|ExternalSecret)\b/m;
/**
 * The GitOps secret rules on one YAML file, every document of it: plain
 * `kind: Secret` with data, kustomize `secretGenerator`, and ExternalSecret
 * keys against the path template. Helm chart templates are not YAML until
 * rendered; in them a templated key is fine and plain Secrets are a warning.
 */
function checkManifestFile(path, text, ctx, template) {
    const result = { findings: [], provided: [], dataFrom: false };
    if (!KIND_LINE.test(text) && !text.includes("secretGenerator"))
        return result;
    if (/(^|\/)templates\//.test(path) && text.includes("{{"))
        return checkChartTemplate(path, text, ctx, template);
    const read = readManifests(path, text);
    if (read instanceof core_src/* UserError */.yo) {
        result.findings.push(finding("yaml-unreadable", "notice", path, undefined, `${read.message}; GitOps secret rules skipped (credential rules still ran)`));
        return result;
    }
    for (const doc of read.docs) {
        const value = doc.value;
        if (!isObject(value))
            continue;
        const at = (p) => read.lineOf(doc.line, p);
        if (value.kind === "Secret")
            plainSecret(value, path, ctx, at, result);
        else if (value.kind === "ExternalSecret")
            externalSecret(value, path, ctx, template, at, result);
        if (Array.isArray(value.secretGenerator))
            secretGenerator(value.secretGenerator, path, ctx, at, doc.line, result);
    }
    return result;
}
/**
 * The file's documents by the fast reader, with field lines from the careful loader only when a
 * finding (or an ExternalSecret's key) needs one. A file the fast reader refuses goes to the
 * careful loader, whose verdict and wording stand, as in every other command.
 */
function readManifests(path, text) {
    try {
        return {
            docs: (0,core_src/* parseRenderedYaml */.I4)(text, path, core_src/* DEFAULT_YAML_LIMITS */.fr),
            lineOf: (0,core_src/* lazyLines */.KN)(() => (0,core_src/* parseYaml */.hN)(text, path)),
        };
    }
    catch {
        // Worded below.
    }
    try {
        const yaml = (0,core_src/* parseYaml */.hN)(text, path);
        return { docs: yaml.documents, lineOf: (0,core_src/* lazyLines */.KN)(() => yaml) };
    }
    catch (err) {
        return err instanceof core_src/* UserError */.yo ? err : new core_src/* UserError */.yo(`${path}: ${(0,core_src/* messageOf */.bD)(err)}`, path);
    }
}
function plainSecret(value, path, ctx, at, result) {
    // SOPS-encrypted Secrets carry their metadata under `sops:`; their values are ciphertext.
    if (isObject(value.sops))
        return;
    if (argoDeclarative(value))
        return;
    for (const field of ["data", "stringData"]) {
        const data = value[field];
        if (!isObject(data) || Object.keys(data).length === 0)
            continue;
        const keys = Object.keys(data);
        result.findings.push({
            ...finding("plain-secret", "error", path, at([field]), `Secret ${metaName(value)} holds ${keys.length} value(s) in ${field} (${keys.slice(0, 5).join(", ")}${keys.length > 5 ? ", …" : ""}); ` +
                `Git may hold only references: commit an ExternalSecret or SealedSecret instead`),
            ...resourceOf(value),
            ...(ctx.overlay ? { target: ctx.overlay } : {}),
        });
        return;
    }
}
/** Keys of Argo CD's declarative cluster and repository Secrets that name things and hold no credential. */
const ARGO_PLAIN_KEYS = new Set([
    "name",
    "server",
    "project",
    "namespaces",
    "clusterResources",
    "url",
    "type",
    "enableOCI",
]);
/**
 * An Argo CD cluster or repository Secret (label `argocd.argoproj.io/secret-type`) that holds only
 * names and addresses: the credentials (`config`, `password`, `sshPrivateKey` ...) come from
 * elsewhere, so there is nothing to leak. One that does hold a credential key is still reported.
 */
function argoDeclarative(value) {
    const metadata = isObject(value.metadata) ? value.metadata : {};
    const labels = isObject(metadata.labels) ? metadata.labels : {};
    if (!["cluster", "repository", "repo-creds"].includes(String(labels["argocd.argoproj.io/secret-type"])))
        return false;
    const keys = ["data", "stringData"].flatMap((f) => (isObject(value[f]) ? Object.keys(value[f]) : []));
    return keys.every((k) => ARGO_PLAIN_KEYS.has(k));
}
function externalSecret(value, path, ctx, template, at, result) {
    const spec = isObject(value.spec) ? value.spec : {};
    const check = (key, where) => {
        if (typeof key !== "string" || key.includes("{{") || key.includes("${"))
            return;
        const problem = template.check(key, ctx);
        if (!problem)
            return;
        result.findings.push({
            ...finding(problem.rule, "error", path, at(where), `ExternalSecret ${metaName(value)}: ${problem.message}`),
            ...resourceOf(value),
            ...(ctx.overlay ? { target: ctx.overlay } : {}),
        });
    };
    (Array.isArray(spec.data) ? spec.data : []).forEach((item, i) => {
        if (!isObject(item))
            return;
        const ref = isObject(item.remoteRef) ? item.remoteRef : {};
        check(ref.key, ["spec", "data", i, "remoteRef", "key"]);
        if (typeof item.secretKey === "string") {
            // The line only matters when a README misses the key: found (a careful parse) only then.
            const where = ["spec", "data", i, "secretKey"];
            result.provided.push({
                name: item.secretKey,
                file: path,
                get line() {
                    return at(where);
                },
            });
        }
    });
    (Array.isArray(spec.dataFrom) ? spec.dataFrom : []).forEach((item, i) => {
        if (!isObject(item))
            return;
        result.dataFrom = true;
        for (const via of ["extract", "remoteRef"]) {
            const ref = item[via];
            if (isObject(ref))
                check(ref.key, ["spec", "dataFrom", i, via, "key"]);
        }
        check(item.key, ["spec", "dataFrom", i, "key"]);
    });
}
function secretGenerator(generators, path, ctx, at, docLine, result) {
    generators.forEach((g, i) => {
        if (!isObject(g))
            return;
        const sources = ["literals", "files", "envs", "env"].filter((k) => g[k] !== undefined);
        if (sources.length === 0)
            return;
        const name = typeof g.name === "string" ? g.name : `#${i + 1}`;
        result.findings.push({
            ...finding("secret-generator", "error", path, at(["secretGenerator", i]) || docLine, `secretGenerator "${name}" builds a Secret from ${sources.join(" and ")} kept in Git; ` +
                `reference the values with an ExternalSecret instead`),
            ...(ctx.overlay ? { target: ctx.overlay } : {}),
        });
    });
}

;// CONCATENATED MODULE: ./packages/secrets/src/ignore.ts




const ENTRY_KEYS = ["rule", "path", "secretSha256", "reason"];
/**
 * Reads the ignore file (`.gitops-secrets-ignore.yaml` by default):
 *
 * ```yaml
 * ignore:
 *   - rule: generic-secret
 *     path: tests/fixtures/**
 *     secretSha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 *     reason: fake credentials of the integration tests
 * ```
 *
 * A missing file means no entries unless `required` (the user named it). Any
 * other problem is a `UserError` naming the file and line.
 */
function loadIgnoreFile(repo, relPath, required) {
    const abs = (0,external_node_path_.join)(repo, relPath);
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (required)
            throw new core_src/* UserError */.yo(`ignore file ${relPath} does not exist`, relPath);
        return [];
    }
    const yaml = (0,core_src/* loadYamlFile */.Y3)(abs, relPath);
    const doc = yaml.documents[0];
    if (!doc || doc.value === null)
        return [];
    const bad = (path, what) => {
        const line = (0,core_src/* lineAt */.mh)(yaml, doc, path);
        return new core_src/* UserError */.yo(`${relPath}:${line}: ${what}`, relPath, line);
    };
    const root = doc.value;
    if (!ignore_isObject(root) || Object.keys(root).some((k) => k !== "ignore")) {
        throw bad([], 'expected a mapping with one key, "ignore": a list of {rule, path, secretSha256?, reason}');
    }
    if (root.ignore === null || root.ignore === undefined)
        return [];
    if (!Array.isArray(root.ignore))
        throw bad(["ignore"], '"ignore" must be a list');
    return root.ignore.map((raw, i) => entry(raw, i, yaml, doc, bad));
}
function entry(raw, i, yaml, doc, bad) {
    const at = ["ignore", i];
    if (!ignore_isObject(raw))
        throw bad(at, "each entry must be a mapping of rule, path, secretSha256 and reason");
    const unknown = Object.keys(raw).find((k) => !ENTRY_KEYS.includes(k));
    if (unknown)
        throw bad([...at, unknown], `unknown key "${unknown}"; allowed: ${ENTRY_KEYS.join(", ")}`);
    for (const key of ["rule", "path", "reason"]) {
        if (typeof raw[key] !== "string" || raw[key].trim() === "")
            throw bad(at, `entry needs "${key}" (a non-empty string)`);
    }
    const sha = raw.secretSha256;
    if (sha !== undefined && (typeof sha !== "string" || !/^[0-9a-fA-F]{64}$/.test(sha))) {
        throw bad([...at, "secretSha256"], "secretSha256 must be 64 hex digits (the secretSha256 of a --json finding)");
    }
    return {
        rule: raw.rule,
        path: raw.path,
        ...(typeof sha === "string" ? { secretSha256: sha.toLowerCase() } : {}),
        reason: raw.reason,
        line: (0,core_src/* lineAt */.mh)(yaml, doc, at),
    };
}
/** True when the entry covers the finding. */
function ignores(e, f) {
    if (e.rule !== "*" && e.rule !== f.rule)
        return false;
    if (!f.file || !(0,esm/* minimatch */.xF)(f.file, e.path, { dot: true }))
        return false;
    return e.secretSha256 === undefined || e.secretSha256 === f.secretSha256;
}
/** Keys of the findings in a baseline: a `gitops secrets --json` report. */
function loadBaseline(repo, relPath) {
    const abs = (0,external_node_path_.join)(repo, relPath);
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_.readFileSync)(abs, "utf8"));
    }
    catch (err) {
        const why = err.code === "ENOENT"
            ? "does not exist"
            : `is not valid JSON: ${(0,core_src/* messageOf */.bD)(err)}`;
        throw new core_src/* UserError */.yo(`baseline ${relPath} ${why}`, relPath);
    }
    const findings = ignore_isObject(doc) ? doc.findings : undefined;
    if (!Array.isArray(findings)) {
        throw new core_src/* UserError */.yo(`baseline ${relPath} must be a "gitops secrets --json" report: {"findings": [...]}`, relPath);
    }
    return new Set(findings.filter(ignore_isObject).map((f) => baselineKey(f)));
}
/**
 * What makes a finding "the same" as one in a baseline: rule, file and the
 * secret's hash (or, for rules without a secret, the message). Not the line,
 * nor the commit, which change without the finding changing.
 */
function baselineKey(f) {
    return JSON.stringify([f.rule, f.file ?? "", f.secretSha256 ?? f.message]);
}
function ignore_isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./packages/secrets/src/filters.ts


/**
 * Drops findings the ignore file or the baseline accept. With `reportStale`
 * (full scans), an ignore entry that matched nothing becomes a notice, so
 * the file does not keep accepting secrets long gone.
 */
function applyIgnores(findings, setup, counts, reportStale) {
    const used = new Set();
    const kept = findings.filter((f) => {
        const hit = setup.ignore.findIndex((e) => ignores(e, f));
        if (hit >= 0) {
            used.add(hit);
            counts.ignored++;
            return false;
        }
        if (setup.baseline?.has(baselineKey(f))) {
            counts.baselined++;
            return false;
        }
        return true;
    });
    if (reportStale) {
        setup.ignore.forEach((e, i) => {
            if (used.has(i))
                return;
            kept.push(finding("stale-ignore-entry", "notice", setup.ignoreFile, e.line, `ignore entry for ${e.rule} in ${e.path} matches no finding any more; remove it`));
        });
    }
    return kept;
}
/** The notice for a file (or diff fragment) over the size cap. */
function skippedNotice(path, size, cap) {
    return finding("file-skipped", "notice", path, undefined, `not scanned: ${mib(size)} is over the ${mib(cap)} size cap (secrets.maxFileBytes in .gitops.yaml)`);
}
function mib(bytes) {
    return bytes >= 1024 * 1024
        ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
        : `${Math.ceil(bytes / 1024)} KiB`;
}

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/readme.ts

/** The "Required secrets" list of an overlay README; undefined when it has none. */
function parseRequiredSecrets(text) {
    const lines = text.split(/\r?\n/);
    let level = 0;
    let inSection = false;
    let found = false;
    const items = [];
    for (const [i, line] of lines.entries()) {
        const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading) {
            const depth = (heading[1] ?? "").length;
            if (/^required secrets\b/i.test(heading[2] ?? "")) {
                inSection = found = true;
                level = depth;
            }
            else if (inSection && (level === 0 || depth <= level)) {
                inSection = false;
            }
            continue;
        }
        // Also "Required secrets:" as a paragraph label, until the next heading.
        if (/^\s*\**required secrets\**\s*:?\s*\**\s*$/i.test(line)) {
            inSection = found = true;
            level = 0;
            continue;
        }
        if (!inSection)
            continue;
        const item = /^\s*[-*+]\s+`([^`]+)`(?:.*?\bfrom\s+`([^`]+)`)?/.exec(line);
        if (!item)
            continue;
        const path = item[2]?.replace(/^vault:\/\//, "").replace(/#.*$/, "");
        items.push({ name: item[1] ?? "", ...(path ? { path } : {}), line: i + 1 });
    }
    return found ? items : undefined;
}
/**
 * The blueprint's "document required secrets per service in the overlay
 * README", checked both ways: every key an ExternalSecret in the overlay
 * provides is listed, every listed key is provided, and every listed path
 * follows the template for the overlay's service and env. Mismatches are warnings.
 */
function checkReadme(o, template) {
    const { overlay } = o;
    const ctx = {
        overlay: overlay.id,
        env: overlay.env,
        ...(overlay.service ? { service: overlay.service } : {}),
    };
    const documented = o.readme ? parseRequiredSecrets(o.readme.text) : undefined;
    const out = [];
    const warn = (file, line, message) => out.push({ ...finding("readme-required-secrets", "warning", file, line, message), target: overlay.id });
    const readmeFile = o.readme?.file ?? `${overlay.id}/README.md`;
    const providedNames = [...new Set(o.provided.map((p) => p.name))];
    if (!documented) {
        if (providedNames.length > 0) {
            warn(readmeFile, undefined, `${o.readme ? "README.md has no" : "no README.md with a"} "## Required secrets" list for ${overlay.id}; ` +
                `document ${providedNames.join(", ")} (the blueprint asks each overlay to list the secrets it needs)`);
        }
        return out;
    }
    const listed = new Set(documented.map((d) => d.name));
    for (const p of o.provided) {
        if (!listed.has(p.name)) {
            warn(p.file, p.line, `${p.name} is synced by an ExternalSecret but not listed under "Required secrets" in ${readmeFile}`);
        }
    }
    for (const d of documented) {
        // Only where the overlay's ExternalSecrets name their keys: a Helm values overlay gets them
        // from the chart, and `dataFrom` keys are only known at runtime.
        if (providedNames.length > 0 && !o.dataFrom && !providedNames.includes(d.name)) {
            warn(readmeFile, d.line, `README lists ${d.name} under "Required secrets", but no ExternalSecret in ${overlay.id} provides it`);
        }
        if (d.path) {
            const problem = template.check(d.path, ctx);
            if (problem)
                warn(readmeFile, d.line, `README entry ${d.name}: ${problem.message}`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/context.ts

/**
 * Service and env of repository paths, from the repository model: a file inside a
 * target's folder (or the folder of an Application target's value files) takes that
 * target's names; any other file takes what its path names (`apps/cms/base/...` →
 * service `cms`).
 */
class LayoutContext {
    overlays;
    constructor(layout) {
        const byId = new Map();
        const add = (id, env, service) => {
            if (!byId.has(id))
                byId.set(id, { id, env, ...(service ? { service } : {}) });
        };
        for (const t of layout.targets) {
            if (t.origin !== "application")
                add(t.source, t.env, t.service);
            for (const spec of t.specs) {
                if (spec.type !== "helm" || !t.env)
                    continue;
                for (const f of spec.valueFiles) {
                    const dir = f.startsWith(layout.repo + "/")
                        ? f
                            .slice(layout.repo.length + 1)
                            .split("/")
                            .slice(0, -1)
                            .join("/")
                        : "";
                    if (dir && (0,core_src/* namesFromPath */.GQ)(dir).env === t.env)
                        add(dir, t.env, t.service);
                }
            }
        }
        // Longest first, so a nested folder wins over its parent.
        this.overlays = [...byId.values()].sort((a, b) => b.id.length - a.id.length || a.id.localeCompare(b.id));
    }
    /** The context of a repo-relative file path. */
    of(path) {
        const overlay = this.overlays.find((o) => o.id === "" || path.startsWith(`${o.id}/`));
        if (overlay)
            return {
                overlay: overlay.id,
                ...(overlay.env ? { env: overlay.env } : {}),
                ...(overlay.service ? { service: overlay.service } : {}),
            };
        const names = (0,core_src/* namesFromPath */.GQ)(path.split("/").slice(0, -1).join("/"));
        return {
            ...(names.env ? { env: names.env } : {}),
            ...(names.service ? { service: names.service } : {}),
        };
    }
    /** The overlay a folder id names exactly, if any. */
    overlay(id) {
        return this.overlays.find((o) => o.id === id);
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/template.ts

/**
 * The configured secret path template (`platform/{service}/{env}` by
 * default, from the blueprint's `vault://platform/<service>/<env>`). A key
 * follows it when it equals the filled-in template or lies below it
 * (`platform/cms/prod/db`); a `vault://` prefix and a `#property` suffix are allowed.
 */
class KeyTemplate {
    template;
    environments;
    regex;
    constructor(template, environments) {
        this.template = template;
        this.environments = environments;
        if (!template.includes("{env}")) {
            throw new core_src/* UserError */.yo(`secrets.keyTemplate "${template}" must contain {env}`);
        }
        const body = template
            .split(/(\{service\}|\{env\})/)
            .map((part) => {
            if (part === "{service}")
                return "(?<service>[^/#]+)";
            if (part === "{env}")
                return "(?<env>[^/#]+)";
            return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
            .join("");
        this.regex = new RegExp(`^(?:vault://)?${body}(?:/[^#]*)?(?:#.*)?$`);
    }
    /** The path a file in `ctx` should read: the template filled in as far as `ctx` knows. */
    expected(ctx) {
        return this.template
            .replace(/\{service\}/g, ctx.service ?? "<service>")
            .replace(/\{env\}/g, ctx.env ?? "<env>");
    }
    /** The problem with `key` used from `ctx`, or undefined when it is right. */
    check(key, ctx) {
        const m = this.regex.exec(key);
        const expected = this.expected(ctx);
        if (!m) {
            return {
                rule: "external-secret-key",
                message: `key "${key}" does not follow the template ${this.template} (expected ${expected})`,
            };
        }
        const env = m.groups?.env ?? "";
        const service = m.groups?.service;
        if (ctx.env !== undefined && env !== ctx.env && this.environments.includes(env)) {
            return {
                rule: "cross-env-key",
                message: `${ctx.overlay ?? "this folder"} (env ${ctx.env}) reads "${key}", a ${env} path; use ${expected}`,
            };
        }
        if (!this.environments.includes(env) || (ctx.env !== undefined && env !== ctx.env)) {
            return {
                rule: "external-secret-key",
                message: `key "${key}" names env "${env}", which is not one of ${this.environments.join(", ")} (expected ${expected})`,
            };
        }
        if (ctx.service !== undefined && service !== undefined && service !== ctx.service) {
            return {
                rule: "external-secret-key",
                message: `key "${key}" reads service ${service}'s secrets from a ${ctx.service} folder (expected ${expected})`,
            };
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/index.ts








/** YAML (and JSON) files the GitOps rules read. */
const MANIFEST_FILE = /\.(?:ya?ml|json)$/i;
/**
 * The blueprint's secret-handling rules over a set of files: manifests are
 * checked as they are fed in; the README comparison runs at the end, once
 * every ExternalSecret of an overlay has been seen.
 */
class GitopsRules {
    repo;
    context;
    template;
    findings = [];
    provided = new Map();
    constructor(repo, context, template) {
        this.repo = repo;
        this.context = context;
        this.template = template;
    }
    /** Checks one file; with `report` false it only learns the keys its ExternalSecrets provide. */
    file(path, text, report = true) {
        const ctx = this.context.of(path);
        const result = checkManifestFile(path, text, ctx, this.template);
        if (report)
            this.findings.push(...result.findings);
        if (!ctx.overlay || (result.provided.length === 0 && !result.dataFrom))
            return;
        const entry = this.provided.get(ctx.overlay) ?? { keys: [], dataFrom: false };
        entry.keys.push(...result.provided);
        entry.dataFrom ||= result.dataFrom;
        this.provided.set(ctx.overlay, entry);
    }
    /** Compares each overlay's README with its ExternalSecrets: all overlays, or those in `only`. */
    readmes(only) {
        for (const overlay of this.context.overlays) {
            if (!overlay.service || (only && !only.has(overlay.id)))
                continue;
            const file = `${overlay.id}/README.md`;
            const abs = (0,external_node_path_.join)(this.repo, file);
            const seen = this.provided.get(overlay.id);
            this.findings.push(...checkReadme({
                overlay,
                provided: seen?.keys ?? [],
                dataFrom: seen?.dataFrom ?? false,
                ...((0,external_node_fs_.existsSync)(abs) ? { readme: { file, text: (0,external_node_fs_.readFileSync)(abs, "utf8") } } : {}),
            }, this.template));
        }
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/change.ts






/**
 * The diff-mode scan: the added lines of every commit in
 * `merge-base(base, head)..head`, oldest first, so a secret is reported in
 * the commit that introduced it, even when a later commit removed it.
 */
async function scanChange(setup, base, head, collector, gitops, stats, notices) {
    const { cfg, repo } = setup;
    const change = await addedInRange(repo, base, head);
    Object.assign(stats, {
        commits: change.commits.length,
        base: change.base,
        head: change.head,
        mergeBase: change.mergeBase,
        binary: change.binaryFiles,
    });
    const files = new Set();
    for (const frag of change.fragments) {
        if (setup.configFiles.has(frag.path) || isNeverScanned(frag.path, cfg.exclude))
            continue;
        const bytes = Buffer.from(frag.text, "utf8");
        if (bytes.length > cfg.maxFileBytes) {
            stats.skipped++;
            notices.push({ ...skippedNotice(frag.path, bytes.length, cfg.maxFileBytes), commit: frag.commit });
            continue;
        }
        files.add(frag.path);
        stats.bytes += bytes.length;
        // Context rules (is this a kubeconfig? inside a SealedSecret?) judge the whole file at that commit.
        let whole;
        const context = () => (whole ??= fileAtCommit(repo, frag.commit, frag.path) || frag.text);
        const target = setup.context.of(frag.path).overlay;
        for (const m of setup.scanner.scan({ path: frag.path, bytes, context, lines: frag.lines })) {
            const at = {
                path: frag.path,
                line: frag.lines[m.line - 1] ?? m.line,
                column: m.column,
                commit: frag.commit,
            };
            collector.credential(m, target ? { ...at, target } : at, "per-file");
        }
    }
    stats.files = files.size;
    if (gitops)
        checkChangedManifests(setup, gitops, change.paths);
}
/**
 * GitOps rules on the files the change touched, as they are in the work
 * tree, and the README comparison of every overlay the change touched (which
 * needs all of that overlay's ExternalSecrets, changed or not).
 */
function checkChangedManifests(setup, gitops, paths) {
    const changed = new Set(paths.filter((p) => !isNeverScanned(p, setup.cfg.exclude) && !setup.configFiles.has(p)));
    const overlays = new Set();
    for (const p of changed) {
        const overlay = setup.context.of(p).overlay;
        if (overlay)
            overlays.add(overlay);
    }
    const files = new Map();
    for (const o of overlays) {
        for (const f of listFiles((0,external_node_path_.join)(setup.repo, o)))
            files.set(`${o}/${f.path}`, { ...f, path: `${o}/${f.path}` });
    }
    for (const p of changed) {
        const abs = (0,external_node_path_.join)(setup.repo, p);
        try {
            const st = (0,external_node_fs_.statSync)(abs);
            if (st.isFile())
                files.set(p, { path: p, abs, size: st.size });
        }
        catch {
            // Deleted by the end of the change: nothing to check.
        }
    }
    for (const f of [...files.values()].sort((a, b) => a.path.localeCompare(b.path))) {
        if (!MANIFEST_FILE.test(f.path) || f.size > setup.cfg.maxFileBytes)
            continue;
        const bytes = scannableBytes(readBytes(f.abs, f.size));
        if (bytes)
            gitops.file(f.path, bytes.toString("utf8"), changed.has(f.path));
    }
    gitops.readmes(overlays);
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/secrets/src/toml-values.ts

/** Typed reads of parsed TOML values; a wrong type is a `UserError` naming the file and setting. */
function tables(value, file, where) {
    if (value === undefined)
        return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => {
        if (typeof v !== "object" || v === null || Array.isArray(v))
            throw new core_src/* UserError */.yo(`${file}: ${where} must be a table`, file);
        return v;
    });
}
function strings(value, file, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
        throw new core_src/* UserError */.yo(`${file}: ${where} must be a list of strings`, file);
    }
    return value;
}
function str(value, file, where) {
    if (typeof value !== "string")
        throw new core_src/* UserError */.yo(`${file}: ${where} must be a string`, file);
    return value;
}
function toml_values_int(value, file, where) {
    const n = typeof value === "bigint" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
        throw new core_src/* UserError */.yo(`${file}: ${where} must be a whole number`, file);
    return n;
}
function num(value, file, where) {
    const n = typeof value === "bigint" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isFinite(n))
        throw new core_src/* UserError */.yo(`${file}: ${where} must be a number`, file);
    return n;
}

;// CONCATENATED MODULE: ./packages/secrets/src/go-regex.ts

const POSIX_CLASSES = {
    alnum: "A-Za-z0-9",
    alpha: "A-Za-z",
    ascii: "\\x00-\\x7F",
    blank: " \\t",
    digit: "0-9",
    lower: "a-z",
    punct: "!-\\/:-@\\[-`{-~",
    space: "\\s",
    upper: "A-Z",
    word: "\\w",
    xdigit: "0-9A-Fa-f",
};
/**
 * A JavaScript RegExp for a Go (RE2) pattern as gitleaks configs write them:
 * leading `(?i)`/`(?s)` become flags, a mid-pattern `(?i)` becomes a
 * `(?i:...)` group over the rest, `(?P<name>` → `(?<name>`, `\z`/`\A` →
 * `$`/`^`, POSIX classes such as `[[:alnum:]]` are spelled out. `what` names
 * the setting in the `UserError` when the result does not compile.
 */
function goRegex(source, what) {
    let src = source;
    let flags = "";
    for (let m = /^\(\?([ims]+)\)/.exec(src); m; m = /^\(\?([ims]+)\)/.exec(src)) {
        for (const f of m[1] ?? "")
            if (f !== "m" || !flags.includes("m"))
                flags += flags.includes(f) ? "" : f;
        src = src.slice(m[0].length);
    }
    src = src
        .replace(/\(\?P</g, "(?<")
        .replace(/\\z/g, "$")
        .replace(/\\A/g, "^")
        .replace(/\[:(\w+):\]/g, (whole, name) => POSIX_CLASSES[name] ?? whole);
    // A flag group in the middle applies to the rest of its enclosing group in RE2.
    for (let m = /\(\?([ims]+)\)/.exec(src); m; m = /\(\?([ims]+)\)/.exec(src)) {
        const rest = m.index + m[0].length;
        const end = enclosingGroupEnd(src, rest);
        src = `${src.slice(0, m.index)}(?${m[1] ?? ""}:${src.slice(rest, end)})${src.slice(end)}`;
    }
    try {
        return new RegExp(src, flags);
    }
    catch (err) {
        throw new core_src/* UserError */.yo(`${what} ${JSON.stringify(source)} is not a regex we can run: ${(0,core_src/* messageOf */.bD)(err)}`);
    }
}
/** Where the group enclosing `from` closes (the index of its `)`), or the end of the pattern. */
function enclosingGroupEnd(src, from) {
    let depth = 0;
    let inClass = false;
    for (let i = from; i < src.length; i++) {
        const ch = src.charAt(i);
        if (ch === "\\") {
            i++;
        }
        else if (inClass) {
            if (ch === "]")
                inClass = false;
        }
        else if (ch === "[") {
            inClass = true;
        }
        else if (ch === "(") {
            depth++;
        }
        else if (ch === ")") {
            if (depth === 0)
                return i;
            depth--;
        }
    }
    return src.length;
}

;// CONCATENATED MODULE: ./packages/secrets/src/allowlist.ts



/** True when an allowlist accepts the finding described by `q`. */
function allowlisted(lists, q, match = q.secret) {
    return lists.some((a) => {
        if (a.targetRules.length > 0 && !a.targetRules.includes(q.rule))
            return false;
        const target = a.regexTarget === "line" ? q.line : a.regexTarget === "match" ? match : q.secret;
        const checks = [];
        if (a.paths.length)
            checks.push(a.paths.some((r) => r.test(q.path)));
        if (a.regexes.length)
            checks.push(a.regexes.some((r) => r.test(target)));
        if (a.stopwords.length)
            checks.push(a.stopwords.some((w) => q.secret.toLowerCase().includes(w.toLowerCase())));
        if (a.commits.length)
            checks.push(q.commit !== undefined && a.commits.some((c) => q.commit?.startsWith(c)));
        if (checks.length === 0)
            return false;
        return a.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
    });
}
function parseAllowlist(raw, file, where, targetRules) {
    const regexTarget = raw.regexTarget ?? "secret";
    if (regexTarget !== "secret" && regexTarget !== "match" && regexTarget !== "line") {
        throw new core_src/* UserError */.yo(`${file}: ${where} regexTarget must be "secret", "match" or "line"`, file);
    }
    const condition = typeof raw.condition === "string" ? raw.condition.toUpperCase() : "OR";
    if (condition !== "OR" && condition !== "AND")
        throw new core_src/* UserError */.yo(`${file}: ${where} condition must be OR or AND`, file);
    return {
        targetRules,
        condition,
        paths: strings(raw.paths, file, `${where} paths`).map((p) => goRegex(p, `${file}: ${where} paths`)),
        regexes: strings(raw.regexes, file, `${where} regexes`).map((p) => goRegex(p, `${file}: ${where} regexes`)),
        regexTarget,
        stopwords: strings(raw.stopwords, file, `${where} stopwords`),
        commits: strings(raw.commits, file, `${where} commits`),
    };
}

;// CONCATENATED MODULE: ./packages/secrets/src/gitleaks.ts








/**
 * Loads `.gitleaks.toml` (or the configured path) when it exists, so teams
 * migrating from gitleaks keep their custom rules (`id`, `description`,
 * `regex`, `secretGroup`, `entropy`, `keywords`, `path`) and allowlists
 * (global `[allowlist]`/`[[allowlists]]` and per rule, with `paths`,
 * `regexes`, `regexTarget`, `stopwords`, `commits`, `condition`). Go regex
 * syntax is translated; what cannot be is a `UserError` naming the rule.
 */
function loadGitleaksConfig(repo, relPath) {
    const abs = (0,external_node_path_.join)(repo, relPath);
    if (!(0,external_node_fs_.existsSync)(abs))
        return undefined;
    let doc;
    try {
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(abs, "utf8"));
    }
    catch (err) {
        const line = err instanceof dist/* TomlError */.zx ? err.line : undefined;
        throw new core_src/* UserError */.yo(`${relPath}${line ? `:${line}` : ""}: invalid TOML: ${gitleaks_firstLine((0,core_src/* messageOf */.bD)(err))}`, relPath, line);
    }
    const rules = [];
    const allowlists = [];
    for (const raw of tables(doc.allowlist, relPath, "allowlist"))
        allowlists.push(parseAllowlist(raw, relPath, "allowlist", []));
    for (const raw of tables(doc.allowlists, relPath, "allowlists")) {
        allowlists.push(parseAllowlist(raw, relPath, "allowlists", strings(raw.targetRules, relPath, "allowlists.targetRules")));
    }
    tables(doc.rules, relPath, "rules").forEach((raw, i) => {
        const id = typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
        if (!id)
            throw new core_src/* UserError */.yo(`${relPath}: rules[${i}] needs an "id"`, relPath);
        const where = `rule "${id}"`;
        const regex = raw.regex === undefined
            ? undefined
            : goRegex(str(raw.regex, relPath, `${where} regex`), `${relPath}: ${where} regex`);
        const path = raw.path === undefined
            ? undefined
            : goRegex(str(raw.path, relPath, `${where} path`), `${relPath}: ${where} path`);
        if (!regex && !path)
            throw new core_src/* UserError */.yo(`${relPath}: ${where} needs a "regex" or a "path"`, relPath);
        const rule = {
            id,
            description: typeof raw.description === "string" && raw.description !== "" ? raw.description : id,
            keywords: strings(raw.keywords, relPath, `${where} keywords`).map((k) => k.toLowerCase()),
            // A path-only rule reports the file itself: match its first line.
            regex: regex ?? /^.{0,80}/,
            scope: "file",
            keepPlaceholders: false,
            ...(path ? { path } : {}),
        };
        if (raw.secretGroup !== undefined)
            rule.secretGroup = toml_values_int(raw.secretGroup, relPath, `${where} secretGroup`);
        if (raw.entropy !== undefined)
            rule.entropy = num(raw.entropy, relPath, `${where} entropy`);
        const own = [
            ...tables(raw.allowlist, relPath, `${where} allowlist`),
            ...tables(raw.allowlists, relPath, `${where} allowlists`),
        ];
        for (const a of own)
            allowlists.push(parseAllowlist(a, relPath, `${where} allowlist`, [id]));
        rules.push(rule);
    });
    return { file: relPath, rules, allowlists };
}
function gitleaks_firstLine(text) {
    return text.split("\n", 1)[0] ?? "";
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/secrets/src/redact.ts

/** The most characters of a secret any output may show. */
const MAX_SHOWN_CHARS = 4;
/**
 * The shown form of a secret: at most its first 4 characters, fewer for
 * short ones (a quarter of the length), then `…`. Prefixes such as `ghp_` or
 * `AKIA` say what kind of credential it is without giving any of it away.
 */
function redact(secret) {
    const shown = Math.min(MAX_SHOWN_CHARS, Math.floor(secret.length / 4));
    return `${Array.from(secret).slice(0, shown).join("")}…`;
}
/** sha256 (hex) of a secret: how ignore entries and baselines name it without holding it. */
function secretSha256(secret) {
    return (0,external_node_crypto_.createHash)("sha256").update(secret, "utf8").digest("hex");
}
/**
 * Replaces every occurrence of the given secrets in `text` with their
 * redacted form: a last guard for messages that quote input (a YAML parse
 * error, a gitleaks rule description) which could hold a secret.
 */
function scrub(text, secrets) {
    return scrubber(secrets)(text);
}
/**
 * `scrub` for many texts against the same secrets: the secrets are indexed by
 * their first 4 characters, so a message costs its own length, not the number
 * of secrets (a minified file may hold hundreds of thousands).
 */
function scrubber(secrets) {
    const byPrefix = new Map();
    for (const s of secrets) {
        if (s.length < 4)
            continue;
        const list = byPrefix.get(s.slice(0, 4));
        if (list)
            list.push(s);
        else
            byPrefix.set(s.slice(0, 4), [s]);
    }
    return (text) => {
        if (byPrefix.size === 0)
            return text;
        const present = new Set();
        for (let i = 0; i + 4 <= text.length; i++) {
            for (const s of byPrefix.get(text.slice(i, i + 4)) ?? [])
                if (text.startsWith(s, i))
                    present.add(s);
        }
        let out = text;
        // Longest first: a secret that contains another is replaced whole.
        for (const s of [...present].sort((a, b) => b.length - a.length))
            out = out.split(s).join(redact(s));
        return out;
    };
}

;// CONCATENATED MODULE: ./packages/secrets/src/collect.ts



/**
 * Turns raw matches into redacted findings. It is the only place a secret
 * value and a finding meet: the finding gets at most 4 characters of it and
 * its sha256; the value itself goes only to `onSecret` (log masking).
 */
class FindingCollector {
    allowlists;
    onSecret;
    findings = [];
    /** How many matches a gitleaks allowlist accepted. */
    allowlisted = 0;
    seen = new Set();
    secrets = new Set();
    constructor(allowlists, onSecret) {
        this.allowlists = allowlists;
        this.onSecret = onSecret;
    }
    /**
     * Records a credential. `once` decides what counts as a repeat: in a full
     * scan each line is its own finding; in diff mode a secret is reported in
     * the first commit that added it.
     */
    credential(m, at, once) {
        if (!this.secrets.has(m.secret)) {
            this.secrets.add(m.secret);
            this.onSecret?.(m.secret);
        }
        const query = { rule: m.rule.id, path: at.path, secret: m.secret, line: m.lineText };
        if (allowlisted(this.allowlists, at.commit ? { ...query, commit: at.commit } : query, m.match)) {
            this.allowlisted++;
            return;
        }
        const sha = secretSha256(m.secret);
        const key = JSON.stringify([m.rule.id, at.path, sha, once === "per-line" ? at.line : 0]);
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        const length = Array.from(m.secret).length;
        const where = at.commit ? ` added in commit ${at.commit.slice(0, 12)}` : "";
        this.findings.push({
            tool: types_TOOL,
            rule: m.rule.id,
            severity: m.rule.severity ?? "error",
            message: `${m.rule.description} "${redact(m.secret)}" (${length} characters)${where}: revoke and rotate it, ` +
                `then keep it in the secret store and commit only a reference (ExternalSecret)`,
            file: at.path,
            line: at.line,
            ...(at.column ? { column: at.column } : {}),
            ...(at.target ? { target: at.target } : {}),
            secretSha256: sha,
            ...(at.commit ? { commit: at.commit } : {}),
        });
    }
    /** `findings` with any secret seen during the scan scrubbed from every message (a last guard). */
    scrubbed(findings) {
        const scrub = scrubber(this.secrets);
        return findings.map((f) => ({ ...f, message: scrub(f.message) }));
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/anchor.ts
/** Bytes of key names (`DB_PASSWORD`, `api.key`) and of URL schemes (`git+ssh`). */
const KEY_BYTE = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");
const SCHEME_BYTE = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-");
/**
 * Where an anchored rule's sticky regex starts for a keyword at
 * `[from, end]`, or -1 when the keyword cannot be part of a match: a `key`
 * anchor needs the key to be followed by `:`, `=` or the end of the line
 * (the next line may hold `value:`), so prose mentioning "token" costs nothing.
 */
function anchorAt(bytes, anchor, from, end, lineStart) {
    if (anchor === "keyword")
        return from;
    const set = anchor === "key" ? KEY_BYTE : SCHEME_BYTE;
    let start = from;
    while (start > lineStart && set[bytes[start - 1]] === 1)
        start--;
    if (anchor === "scheme")
        return start;
    let i = end + 1;
    while (i < bytes.length && KEY_BYTE[bytes[i]] === 1)
        i++;
    if (bytes[i] === 0x22 || bytes[i] === 0x27)
        i++;
    while (bytes[i] === 0x20 || bytes[i] === 0x09)
        i++;
    const b = bytes[i];
    if (b !== 0x3a && b !== 0x3d) {
        // At the end of the line, only `- name: DB_PASSWORD` can go on: its value is on the next line.
        if (b !== undefined && b !== 0x0a && b !== 0x0d)
            return -1;
        if (!afterNameKey(bytes, start, lineStart))
            return -1;
    }
    // Include an opening quote, for `"api_key": "..."`.
    return start > lineStart && (bytes[start - 1] === 0x22 || bytes[start - 1] === 0x27) ? start - 1 : start;
}
/** True when `name:` (and maybe a quote) comes right before `start` on its line. */
function afterNameKey(bytes, start, lineStart) {
    let i = start - 1;
    if (i >= lineStart && (bytes[i] === 0x22 || bytes[i] === 0x27))
        i--;
    while (i >= lineStart && (bytes[i] === 0x20 || bytes[i] === 0x09))
        i--;
    if (i < lineStart + 4 || bytes[i] !== 0x3a)
        return false;
    return bytes[i - 4] === 0x6e && bytes[i - 3] === 0x61 && bytes[i - 2] === 0x6d && bytes[i - 1] === 0x65;
}
function byteSet(chars) {
    const set = new Uint8Array(256);
    for (const ch of chars)
        set[ch.charCodeAt(0)] = 1;
    return set;
}

;// CONCATENATED MODULE: ./packages/secrets/src/allow.ts
/** Inline markers that accept whatever the line (or the comment line above it) holds. */
const ALLOW_MARKERS = ["gitops:allow-secret", "gitleaks:allow"];

;// CONCATENATED MODULE: ./packages/secrets/src/markdown.ts
/** Markdown files, whose fenced code blocks are documentation. */
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
/** True when `path` names a Markdown file. */
function isMarkdown(path) {
    return MARKDOWN.test(path);
}
/**
 * 1-based numbers of the lines inside fenced code blocks (```` ``` ```` or
 * `~~~`, CommonMark rules: a fence closes on a line of the same character, at
 * least as long, with nothing after it). The fence lines themselves are
 * outside; an unclosed fence runs to the end of the file.
 */
function fencedLines(text) {
    const inside = new Set();
    let fence;
    let n = 0;
    for (const line of text.split("\n")) {
        n++;
        const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ""));
        const run = marker?.[1] ?? "";
        const rest = marker?.[2] ?? "";
        if (fence === undefined) {
            // A backtick fence's info string may not hold a backtick.
            if (marker && !(run.startsWith("`") && rest.includes("`")))
                fence = run;
            continue;
        }
        if (marker && run.startsWith(fence.charAt(0)) && run.length >= fence.length && rest.trim() === "") {
            fence = undefined;
            continue;
        }
        inside.add(n);
    }
    return inside;
}

;// CONCATENATED MODULE: ./packages/secrets/src/suppress.ts
/**
 * Lines that hold ciphertext meant to be committed: the `encryptedData` of a
 * Bitnami SealedSecret (YAML block or JSON object). SOPS values are
 * recognised by their `ENC[` form wherever they are, so they need no region.
 */
function suppressedLines(text) {
    const out = new Set();
    if (!text.includes("encryptedData"))
        return out;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const head = /^(\s*)["']?encryptedData["']?\s*:\s*(\{)?\s*$/.exec(line);
        if (!head)
            continue;
        const indent = (head[1] ?? "").length;
        const json = head[2] === "{";
        for (let j = i + 1; j < lines.length; j++) {
            const next = lines[j];
            const nextIndent = /^\s*/.exec(next)?.[0].length ?? 0;
            if (json
                ? next.trim().startsWith("}") && nextIndent <= indent
                : next.trim() !== "" && nextIndent <= indent) {
                break;
            }
            out.add(j + 1);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/secrets/src/document.ts



/** The scanned bytes as lines and text, decoded only as far as a match needs. */
class Document {
    bytes;
    contextText;
    fileLines;
    full;
    textStarts;
    lines = new Map();
    /** Byte offsets of the lines located so far. */
    starts = new Map();
    suppressedSet;
    fencedSet;
    /** Per line: whether it is ASCII, and the last byte offset turned into a column (anchors come in order). */
    ascii = new Map();
    lastColumn = new Map();
    allowedLines = new Map();
    constructor(bytes, contextText, fileLines) {
        this.bytes = bytes;
        this.contextText = contextText;
        this.fileLines = fileLines;
    }
    text() {
        return (this.full ??= this.bytes.toString("utf8"));
    }
    context() {
        return this.contextText ? this.contextText() : this.text();
    }
    /** Line `n` (1-based) without its line break; `start` is its byte offset when known. */
    line(n, start) {
        const cached = this.lines.get(n);
        if (cached !== undefined)
            return cached;
        const from = start ?? this.lineStart(n);
        if (from === undefined || from > this.bytes.length)
            return undefined;
        let end = this.bytes.indexOf(10, from);
        if (end < 0)
            end = this.bytes.length;
        const text = this.bytes.toString("utf8", from, end > from && this.bytes[end - 1] === 13 ? end - 1 : end);
        this.lines.set(n, text);
        this.starts.set(n, from);
        if (end < this.bytes.length)
            this.starts.set(n + 1, end + 1);
        return text;
    }
    /** The UTF-16 offset within line `n` (starting at byte `lineStart`) of the byte at `at`. */
    column(n, lineStart, at) {
        // An ASCII line decodes one character per byte; only other lines need decoding to count.
        // Both facts are kept per line: measured anew per keyword, a 20 MB line costs 20 MB a keyword.
        let ascii = this.ascii.get(n);
        if (ascii === undefined) {
            const text = this.line(n, lineStart) ?? "";
            ascii = Buffer.byteLength(text, "utf8") === text.length;
            this.ascii.set(n, ascii);
        }
        if (ascii)
            return at - lineStart;
        const last = this.lastColumn.get(n);
        const from = last && last.at <= at ? last : { at: lineStart, column: 0 };
        const column = from.column + this.bytes.toString("utf8", from.at, at).length;
        this.lastColumn.set(n, { at, column });
        return column;
    }
    /** 1-based line and column of a UTF-16 offset into {@link text}. */
    position(offset) {
        const starts = this.textLineStarts();
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return [lo + 1, offset - starts[lo] + 1];
    }
    /** True when the line, or a comment line right above it, carries an allow marker. */
    allowed(n) {
        // Kept per line: a long line with many matches must be searched once, not once per match.
        let allowed = this.allowedLines.get(n);
        if (allowed === undefined) {
            const here = this.line(n) ?? "";
            const above = n > 1 ? (this.line(n - 1) ?? "") : "";
            allowed =
                ALLOW_MARKERS.some((m) => here.includes(m)) ||
                    (/^\s*(?:#|\/\/)/.test(above) && ALLOW_MARKERS.some((m) => above.includes(m)));
            this.allowedLines.set(n, allowed);
        }
        return allowed;
    }
    /** True inside SealedSecret `encryptedData`, which is ciphertext, not a secret. */
    suppressed(n) {
        this.suppressedSet ??= suppressedLines(this.context());
        return this.suppressedSet.has(this.fileLines?.[n - 1] ?? n);
    }
    /** True inside a Markdown fenced code block (the caller knows the file is Markdown). */
    fenced(n) {
        this.fencedSet ??= fencedLines(this.context());
        return this.fencedSet.has(this.fileLines?.[n - 1] ?? n);
    }
    /** Byte offset where line `n` starts, found from the nearest line already located. */
    lineStart(n) {
        const known = this.starts.get(n);
        if (known !== undefined)
            return known;
        const after = this.starts.get(n + 1);
        if (after !== undefined && after > 0) {
            const start = this.bytes.lastIndexOf(10, after - 2) + 1;
            this.starts.set(n, start);
            return start;
        }
        let line = 1;
        let at = 0;
        for (const [l, s] of this.starts) {
            if (l <= n && l > line) {
                line = l;
                at = s;
            }
        }
        while (line < n) {
            const nl = this.bytes.indexOf(10, at);
            if (nl < 0)
                return undefined;
            at = nl + 1;
            line++;
        }
        this.starts.set(n, at);
        return at;
    }
    textLineStarts() {
        if (this.textStarts)
            return this.textStarts;
        const text = this.text();
        const starts = [0];
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
            starts.push(i + 1);
        return (this.textStarts = starts);
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/prefilter.ts
/**
 * The keyword prefilter: one Aho-Corasick pass over a file's bytes finds every
 * occurrence of every rule keyword at once, so the cost of the pass grows with
 * the bytes scanned, not with bytes × rules. Matching is ASCII
 * case-insensitive; the automaton is a full DFA over byte classes, so the
 * inner loop is one table lookup per byte.
 */
class KeywordAutomaton {
    /** Byte → class; 0 is "in no keyword". */
    classOf = new Uint8Array(256);
    width;
    /** Transitions, indexed by (state × width + class); values are pre-multiplied states. */
    delta;
    /** Payloads of the keywords that end in a state, by pre-multiplied state. */
    outputs = new Map();
    hasOutput;
    /** `keywords[i]` carries `payloads[i]` (e.g. a rule index). */
    constructor(keywords, payloads) {
        const words = keywords.map((k) => Buffer.from(k.toLowerCase(), "latin1"));
        let classes = 1;
        for (const w of words) {
            for (const b of w) {
                if (this.classOf[b] === 0) {
                    this.classOf[b] = classes;
                    if (b >= 0x61 && b <= 0x7a)
                        this.classOf[b - 0x20] = classes;
                    classes++;
                }
            }
        }
        if (classes > 255)
            throw new Error("too many distinct keyword characters");
        this.width = classes;
        // The trie, then failure links breadth-first, then every missing edge filled in.
        const next = [new Array(classes).fill(-1)];
        const out = [new Set()];
        words.forEach((w, i) => {
            let s = 0;
            for (const b of w) {
                const c = this.classOf[b] ?? 0;
                let t = next[s]?.[c] ?? -1;
                if (t < 0) {
                    t = next.length;
                    next.push(new Array(classes).fill(-1));
                    out.push(new Set());
                    next[s][c] = t;
                }
                s = t;
            }
            out[s]?.add(payloads[i] ?? i);
        });
        const fail = new Array(next.length).fill(0);
        const queue = [];
        const root = next[0];
        for (let c = 0; c < classes; c++) {
            const t = root[c] ?? -1;
            if (t < 0)
                root[c] = 0;
            else
                queue.push(t);
        }
        for (let qi = 0; qi < queue.length; qi++) {
            const s = queue[qi];
            const row = next[s];
            const f = fail[s] ?? 0;
            for (const p of out[f] ?? [])
                out[s]?.add(p);
            for (let c = 0; c < classes; c++) {
                const t = row[c] ?? -1;
                const viaFail = next[f][c] ?? 0;
                if (t < 0) {
                    row[c] = viaFail;
                }
                else {
                    fail[t] = viaFail;
                    queue.push(t);
                }
            }
        }
        this.delta = new Int32Array(next.length * classes);
        this.hasOutput = new Uint8Array(next.length * classes);
        next.forEach((row, s) => {
            row.forEach((t, c) => (this.delta[s * classes + c] = t * classes));
            const payload = out[s];
            if (payload && payload.size > 0) {
                this.outputs.set(s * classes, [...payload].sort((a, b) => a - b));
                this.hasOutput[s * classes] = 1;
            }
        });
    }
    /**
     * Calls `onHit` for each keyword occurrence with the payloads of the
     * keywords ending there, the 1-based line, the byte offset where that line
     * starts, and the offset of the keyword's last byte.
     */
    scan(bytes, onHit) {
        const { delta, classOf, hasOutput, outputs } = this;
        let state = 0;
        let line = 1;
        let lineStart = 0;
        const n = bytes.length;
        for (let i = 0; i < n; i++) {
            const b = bytes[i];
            state = delta[state + classOf[b]];
            if (hasOutput[state] === 1)
                onHit(outputs.get(state), line, lineStart, i);
            if (b === 10) {
                line++;
                lineStart = i + 1;
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/values.ts
/**
 * Tests on candidate values shared by the rules: entropy, and the shapes of
 * things that sit where secrets sit but are not secrets (placeholders,
 * documented examples, references, digests, UUIDs, names).
 */
/** Shannon entropy in bits per character. Random base62 of 20+ chars scores above 4. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    const n = Array.from(value).length;
    for (const c of counts.values()) {
        const p = c / n;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/**
 * Interpolations a tool replaces before anything reads the value: shell and
 * Compose `$VAR`, `${VAR}`, `$(cmd)`, Kubernetes `$(VAR)`, Windows `%VAR%`,
 * Go/Helm/Jinja/Actions `{{ ... }}`, ERB `<%= ... %>`, Ruby `#{...}`, Python
 * `%(name)s` and `{name}`. A leading `$` before a name counts even with more
 * after it (`$password/` in a sed script); a password that starts so is lost.
 */
const INTERPOLATION = /\$\{|\$\(|\{\{|<%|#\{[A-Za-z_$@]|%\([^)]*\)s|^\$[A-Za-z_]|%[A-Za-z_][A-Za-z0-9_]*%|^\{[A-Za-z_][\w.]*\}$/;
const ANGLE = /<[^<>]{1,80}>/;
const WORDS = /change[_-]?me|replace[_-]?(?:me|with|this)|^replace|placeholder|redacted|^(?:your|my)[_-]|[_-]here$|your[_-]?(?:token|key|secret|password|api)|insert[_-]?here|dummy|not[_-]?a[_-]?(?:real[_-]?)?secret|fixme|todo/i;
const RUNS = /x{5,}|X{5,}|\*{3,}|•{3,}|\.{3,}|…|0{12,}|(?:abc|123|xyz){3,}/;
/**
 * True for values that stand in for a secret: interpolations (`${VAR}`,
 * `{{ .Values.x }}`, `$(cmd)`, `%VAR%`), `<your-token>`, `YOUR-…`,
 * `changeme`, `REPLACE_ME`, runs of `x`, `*` or `.`, or too few distinct
 * characters to be random. Safe for every rule: a provider's token never looks so.
 */
function isPlaceholder(value) {
    if (INTERPOLATION.test(value) || ANGLE.test(value) || RUNS.test(value))
        return true;
    // In a long random body (a PEM key) a short word turns up by chance; there only shapes count.
    if (value.length <= 64 && WORDS.test(value))
        return true;
    return new Set(value).size <= 3 && value.length >= 4;
}
/** One name in a member access: a word, maybe camel-cased or UPPER_SNAKE, digits only at the end. */
const SEGMENT = /^(?:[a-z_$][A-Za-z_$]*\d*|[A-Z][A-Za-z_]*\d*|[A-Z][A-Z0-9_]*)$/;
/**
 * `"db_password: "+h.dbPassword+"\n"`: the quotes around the "value" end one
 * string literal and start the next, so what they hold is an operand between
 * two operators. A random token starts and ends so about once in 4096.
 */
const CONCATENATION = /^\s*(?:\+|,|\.{1,2}|\|\||&&)\s*[A-Za-z_$][\w$.]*(?:\([^)]*\)|\[[^\]]*\])?\s*(?:\+|,|\.{1,2}|\|\||&&)\s*$/;
/**
 * Brackets of any kind, a backslash, a comment, or a regex wildcard (`.*` in a
 * sed script's `s/password: .* /…/`). Not a lone `*`: passwords hold those.
 */
const CODE = /[()[\]{}<>\\]|\/\*|\.[*+]/;
/** `/secrets/mysql/password`, `~/.config/x`, `./x`, `..\x`, `C:\x`, `file:x`. */
const PATH = /^(?:~|\.{1,2})?[/\\](?![/\\])|^[A-Za-z]:[/\\]|^file:/;
/**
 * The one answer to "is this a value or a look-alike?": undefined when
 * `value` may be a secret, else why it is not. Every rule's match passes
 * here (unless it keeps placeholders); code expressions and file paths count
 * only for {@link ValueSite.assigned} values, where a token format did not
 * already rule them out (`hvs.CAES…` is a dotted token, not a member access).
 */
function lookAlike(value, site = {}) {
    if (isPlaceholder(value))
        return "placeholder";
    if (isExampleValue(value))
        return "example";
    if (isEncryptedValue(value))
        return "encrypted";
    if (!site.assigned)
        return undefined;
    if (PATH.test(value))
        return "path";
    if (CONCATENATION.test(value))
        return "expression";
    // Bare text with brackets, a backslash or a comment is code (`getToken(x)`,
    // `os.environ["X"]`); a quoted one may be a password that happens to hold them.
    if (!site.quoted && CODE.test(value))
        return "expression";
    if (!site.quoted && isMemberAccess(value))
        return "expression";
    // A YAML alias (`password: *db_password`), a pointer dereference or a glob (`*Password*`).
    if (!site.quoted && /^\*[\w.*-]*$/.test(value))
        return "expression";
    return undefined;
}
/** `process.env.TOKEN`, `h.dbPassword`, `settings.SECRET_KEY`: names joined by `.`, `?.`, `->` or `::`. */
function isMemberAccess(value) {
    // A leading dot is Helm's `.Values.x` written without its braces.
    const parts = value.replace(/^\./, "").split(/\??\.|->|::/);
    return parts.length >= 2 && parts.every((p) => SEGMENT.test(p));
}
/** True for keys providers publish as examples (`AKIAIOSFODNN7EXAMPLE`, `...EXAMPLEKEY`). */
function isExampleValue(value) {
    return /example/i.test(value);
}
/** SOPS-encrypted values and SealedSecret ciphertexts are safe to commit. */
function isEncryptedValue(value) {
    return value.startsWith("ENC[") || /^AgB[A-Za-z0-9+/]{200,}={0,2}$/.test(value);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b|xxh\d*)[:~-][0-9a-zA-Z+/=_-]+$/i;
/** UUIDs and prefixed digests (`sha256:...`). */
function isUuidOrDigest(value) {
    return UUID.test(value) || DIGEST.test(value);
}
/** A plain hex string of a hash's length: a checksum or git SHA when its key says so. */
function isHashLength(value) {
    return /^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length);
}
/**
 * Names and references rather than values: every part between `-`, `_`,
 * `.`, `/` or `:` is all letters or all digits (`DATABASE_URL`,
 * `postgres-credentials-2024`, `platform/cms/prod`).
 */
function isIdentifierLike(value) {
    const parts = value.split(/[-_./:]+/).filter(Boolean);
    return parts.length > 0 && parts.every((p) => /^[A-Za-z]+$/.test(p) || /^\d+$/.test(p));
}
/** Values that point at a secret store instead of holding a secret. */
function isSecretReference(value) {
    return /^(?:vault:|ref\+|arn:aws:|projects\/[^/]+\/secrets\/|secret:\/\/|sm:\/\/|op:\/\/|azurekeyvault:|akv:|gcp:secretmanager:|awssm:)/i.test(value);
}
/** How many of lower case, upper case, digits and symbols a value uses. */
function characterClasses(value) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
}

;// CONCATENATED MODULE: ./packages/secrets/src/engine.ts






/**
 * Compiled credential rules behind one keyword automaton. A file costs one
 * pass over its bytes; a rule's regex runs only on the lines (or, for
 * multi-line secrets, the files) where one of its keywords occurs, and an
 * anchored rule only at the keyword itself.
 */
class SecretScanner {
    compiled;
    automaton;
    /** Per keyword: its rule and its length. */
    keywordRule = [];
    keywordLength = [];
    /** Rules without keywords: they run on every file. */
    always;
    constructor(rules) {
        this.compiled = rules.map((rule, order) => {
            const scope = rule.scope ?? "line";
            const anchor = scope === "file" ? undefined : rule.anchor;
            return {
                rule,
                order,
                regex: new RegExp(rule.regex.source, withFlags(rule.regex.flags, anchor ? "yd" : "gd")),
                groups: rule.secretGroup === undefined ? undefined : [rule.secretGroup].flat(),
                scope,
                anchor,
            };
        });
        const keywords = [];
        this.compiled.forEach((c, i) => {
            for (const k of c.rule.keywords) {
                keywords.push(k);
                this.keywordRule.push(i);
                this.keywordLength.push(Buffer.byteLength(k, "latin1"));
            }
        });
        this.automaton = new KeywordAutomaton(keywords, keywords.map((_, i) => i));
        this.always = this.compiled.filter((c) => c.rule.keywords.length === 0);
    }
    /** The rules, in order. */
    get rules() {
        return this.compiled.map((c) => c.rule);
    }
    /** Every credential in `input`, most specific rule first where two overlap. */
    scan(input) {
        const { bytes, path } = input;
        const lineHits = new Map();
        const fileRules = new Set(this.always);
        this.automaton.scan(bytes, (keywords, line, start, end) => {
            for (const k of keywords) {
                const r = this.keywordRule[k];
                const c = this.compiled[r];
                if (c.scope === "file") {
                    fileRules.add(c);
                    continue;
                }
                const at = c.anchor
                    ? anchorAt(bytes, c.anchor, end + 1 - this.keywordLength[k], end, start)
                    : 0;
                if (at < 0)
                    continue;
                let hit = lineHits.get(line);
                if (!hit)
                    lineHits.set(line, (hit = { start, rules: [], anchors: [], anchorKeys: new Set() }));
                if (!c.anchor) {
                    if (!hit.rules.includes(r))
                        hit.rules.push(r);
                }
                else if (!hit.anchorKeys.has(r * 2 ** 32 + at)) {
                    hit.anchorKeys.add(r * 2 ** 32 + at);
                    hit.anchors.push({ rule: r, at });
                }
            }
        });
        if (lineHits.size === 0 && fileRules.size === 0)
            return [];
        const doc = new Document(bytes, input.context, input.lines);
        const ctx = { path, text: () => doc.context() };
        const markdown = isMarkdown(path);
        const found = [];
        const consider = (c, m, locate) => {
            const group = secretGroup(m, c.groups);
            if (group === undefined)
                return;
            const raw = m[group];
            const start = m.indices?.[group]?.[0] ?? m.index;
            if (!this.accepts(c, raw, m, ctx, isQuoted(m.input, start, start + raw.length)))
                return;
            const secret = c.rule.normalize ? c.rule.normalize(raw) : raw;
            const [line, column] = locate(start);
            if (doc.allowed(line) || doc.suppressed(line))
                return;
            // A README's code block shows how to configure; only a provider's exact token format there is a leak.
            if (c.rule.assigned && markdown && doc.fenced(line))
                return;
            const lineText = doc.line(line) ?? "";
            found.push({
                rule: c.rule,
                secret,
                line,
                column,
                match: m[0],
                lineText,
                order: c.order,
                length: raw.length,
            });
        };
        for (const [line, hit] of lineHits) {
            const text = doc.line(line, hit.start) ?? "";
            // Built once per line: joined anew for each anchor, a 20 MB line would be copied per keyword.
            let withNext;
            const window = (c) => c.scope === "line+next" ? (withNext ??= `${text}\n${doc.line(line + 1) ?? ""}`) : text;
            const locate = (offset) => offset <= text.length ? [line, offset + 1] : [line + 1, offset - text.length];
            for (const r of hit.rules) {
                const c = this.compiled[r];
                if (c.rule.path && !c.rule.path.test(path))
                    continue;
                for (const m of matchAll(c.regex, window(c)))
                    consider(c, m, locate);
            }
            for (const { rule, at } of hit.anchors) {
                const c = this.compiled[rule];
                if (c.rule.path && !c.rule.path.test(path))
                    continue;
                c.regex.lastIndex = doc.column(line, hit.start, at);
                const m = c.regex.exec(window(c));
                if (m)
                    consider(c, m, locate);
            }
        }
        for (const c of fileRules) {
            if (c.rule.path && !c.rule.path.test(path))
                continue;
            for (const m of matchAll(c.regex, doc.text()))
                consider(c, m, (offset) => doc.position(offset));
        }
        return dropOverlaps(found);
    }
    accepts(c, secret, m, ctx, quoted) {
        const { rule } = c;
        if (secret === "")
            return false;
        if (!rule.keepPlaceholders && lookAlike(secret, { assigned: rule.assigned === true, quoted }))
            return false;
        if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy)
            return false;
        return rule.validate ? rule.validate(secret, m, ctx) : true;
    }
}
/** Index of the first match in `row` (sorted, disjoint) that ends after `column`. */
function firstEndingAfter(row, column) {
    let lo = 0;
    let hi = row.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = row[mid];
        if (m.column + m.length <= column)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** True when the text at `[start, end)` of `text` stands between a matching pair of quotes. */
function isQuoted(text, start, end) {
    const before = text.charAt(start - 1);
    return (before === '"' || before === "'" || before === "`") && text.charAt(end) === before;
}
function withFlags(flags, add) {
    return flags.replace(/[gyd]/g, "") + add;
}
function* matchAll(regex, text) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (m[0] === "")
            regex.lastIndex++;
        yield m;
    }
}
function secretGroup(m, groups) {
    if (groups)
        return groups.find((g) => m[g] !== undefined);
    for (let g = 1; g < m.length; g++)
        if (m[g] !== undefined)
            return g;
    return 0;
}
/** Keeps the earliest rule's match where two matches share a line and overlap. */
function dropOverlaps(found) {
    const kept = [];
    // Per line, the kept matches by column: they never overlap, so a binary search finds the only
    // two a new match could overlap (one long line may hold a hundred thousand matches).
    const byLine = new Map();
    for (const f of [...found].sort((a, b) => a.order - b.order || a.line - b.line || a.column - b.column)) {
        let row = byLine.get(f.line);
        if (!row)
            byLine.set(f.line, (row = []));
        const i = firstEndingAfter(row, f.column);
        const next = row[i];
        if (next && next.column < f.column + f.length)
            continue;
        row.splice(i, 0, f);
        kept.push(f);
    }
    return kept
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .map(({ rule, secret, line, column, match, lineText }) => ({
        rule,
        secret,
        line,
        column,
        match,
        lineText,
    }));
}

;// CONCATENATED MODULE: ./packages/secrets/src/rules/shared.ts
/** Building blocks the rule files share. */
/** Not preceded by a token character: the secret starts here, not inside a longer word. */
const START = String.raw `(?<![A-Za-z0-9_])`;
/** Not followed by a token character. */
const END = String.raw `(?![A-Za-z0-9_])`;
/**
 * `key: value`, `key=value`, `"key": "value"` and the Kubernetes env form
 * `- name: KEY` + `value: ...` on the next line (rules using it need the
 * `line+next` scope). `key` and `value` are regex sources; `value` becomes
 * capture group 1 unless `key` has groups of its own.
 */
function assignment(key, value) {
    return `${key}${SEPARATOR}["']?(${value})`;
}
/** Between a key and its value: `:`, `=`, `:=`, `=>`, or a newline and `value:` (closing quote of the key included). */
const SEPARATOR = String.raw `["']?(?:[ \t]*(?::|=|:=|=>)[ \t]*|[ \t]*\n[ \t]*-?[ \t]*value:[ \t]*)`;
/** Decodes standard or URL-safe base64; empty on malformed input. */
function decodeBase64(value) {
    try {
        return Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
    }
    catch {
        return "";
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/rules/generic.ts


/** Key names that say "the value is a secret". */
// Lazy before the keyword: with greedy repetition every key would backtrack over itself for each alternative.
const SECRET_KEY = String.raw `[A-Za-z0-9_.-]*?(?:passw(?:or)?d|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|credentials?|auth[_.-]?key)[A-Za-z0-9_.-]*`;
/** Keys whose values name or describe a secret instead of holding it (`secretName`, `tokenUrl` ...). */
const DESCRIBING_KEY = /(?:name|names|ref|refs|selector|path|file|files|dir|store|class|type|kind|mode|policy|version|label|labels|annotation|template|format|length|ttl|expiry|expires|expiration|rotation|count|size|enabled|provider|url|uri|endpoint|host|hosts|id|ids|header|field|prop|property|source|namespace|mount|volume|env|algorithm|usage|usages|duration|interval|timeout|period|lifetime|audience|issuer|scope|scopes|claim)$|^existing|^use|^create|^auto|^enable/i;
const HASH_KEY = /checksum|digest|hash|sha\d*|fingerprint|revision|commit|etag/i;
const PASSWORD_KEY = /passw(?:or)?d|pwd/i;
/**
 * High-entropy values under secret-like keys (`password:`, `API_TOKEN=`,
 * `"client_secret": ...`, and `- name: DB_PASSWORD` / `value: ...` in a
 * container's env). Runs after every specific rule, which win where both match.
 */
const GENERIC_RULE = {
    id: "generic-secret",
    description: "Secret value under a secret-like key",
    keywords: [
        "passw",
        "pwd",
        "secret",
        "token",
        "api_key",
        "apikey",
        "api-key",
        "api.key",
        "access_key",
        "accesskey",
        "access-key",
        "access.key",
        "private_key",
        "privatekey",
        "private-key",
        "private.key",
        "credential",
        "auth_key",
        "authkey",
        "auth-key",
    ],
    regex: new RegExp(String.raw `(?<![A-Za-z0-9_.-])["']?(${SECRET_KEY})${SEPARATOR}` +
        String.raw `(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^\s"'\x60,;#][^\s"'\x60,;]{0,511}))`, "i"),
    // Double-quoted, single-quoted or bare: whichever matched.
    secretGroup: [2, 3, 4],
    scope: "line+next",
    anchor: "key",
    // Code (`token = getToken(x)`, `h.dbPassword`) and file paths are dropped by `lookAlike`.
    assigned: true,
    validate: (value, m) => {
        // The key as written may be longer than the regex's: `checksum/secret`, `vault.hashicorp.com/...`.
        const prefix = keyPrefix(m.input, m.index);
        return isSecretValue(`${prefix}${m[1] ?? ""}`, value);
    },
};
/** Key characters (`[\w./-]`) right before `end`: a backward walk, since `/[\w./-]*$/` is quadratic on a long line. */
function keyPrefix(text, end) {
    let start = end;
    // Capped: a key is short, and a 20 MB line of them must not cost 20 MB per match.
    while (start > 0 && end - start < 256 && /[\w./-]/.test(text.charAt(start - 1)))
        start--;
    return text.slice(start, end);
}
/** The rules of thumb that keep the generic rule quiet on names, references and hashes. */
function isSecretValue(key, value) {
    if (value.length < 8 || DESCRIBING_KEY.test(key))
        return false;
    if (/^\d+$/.test(value) || /^(?:true|false|null|none|yes|no)$/i.test(value))
        return false;
    if (value.includes("://"))
        return false;
    if (isSecretReference(value) || isUuidOrDigest(value) || isIdentifierLike(value))
        return false;
    if (HASH_KEY.test(key) && (isHashLength(value) || /^[A-Za-z0-9+/]{20,}={0,2}$/.test(value)))
        return false;
    if (/\s/.test(value) && !PASSWORD_KEY.test(key))
        return false;
    const entropy = shannonEntropy(value);
    if (PASSWORD_KEY.test(key))
        return entropy >= 2.5 && characterClasses(value) >= 2;
    return entropy >= 3.5 && characterClasses(value) >= 2;
}

;// CONCATENATED MODULE: ./packages/secrets/src/rules/ai.ts
/** AI APIs: OpenAI keys carry `T3BlbkFJ` (base64 of "OpenAI"); Anthropic keys are `sk-ant-api03-…AA`. */
const AI_RULES = [
    {
        id: "openai-api-key",
        description: "OpenAI API key",
        keywords: ["t3blbkfj"],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9_-])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,100}T3BlbkFJ[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])`),
        entropy: 3.5,
    },
    {
        id: "anthropic-api-key",
        description: "Anthropic API key",
        keywords: ["sk-ant-"],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])`),
        entropy: 3.5,
    },
];

;// CONCATENATED MODULE: ./packages/secrets/src/rules/cloud.ts

/**
 * AWS, Google Cloud and Azure, from each provider's documented key formats:
 * AWS IAM unique-ID prefixes, Google API keys (`AIza` + 35), the service
 * account JSON key file, Azure storage account keys (64 bytes, base64) and
 * the `SharedAccessKey`/SAS signatures of connection strings.
 */
const CLOUD_RULES = [
    {
        id: "aws-access-key-id",
        description: "AWS access key ID",
        keywords: ["akia", "asia", "abia", "acca", "a3t"],
        regex: new RegExp(String.raw `(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Z0-9])`),
    },
    {
        id: "aws-secret-access-key",
        description: "AWS secret access key",
        keywords: [
            "secret_access_key",
            "secretaccesskey",
            "secret-access-key",
            "secret.access.key",
            "aws_secret",
            "aws-secret",
            "awssecret",
        ],
        regex: new RegExp(assignment(String.raw `["']?[A-Za-z0-9_.-]*?(?:(?:aws[_.-]?)?secret[_.-]?access[_.-]?key|aws[_.-]?secret[_.-]?key)[A-Za-z0-9_.-]*`, String.raw `[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`), "i"),
        scope: "line+next",
        anchor: "key",
        entropy: 4,
    },
    {
        id: "gcp-service-account-key",
        description: "Google Cloud service account key (JSON key file)",
        keywords: ["private_key_id"],
        regex: /"private_key_id"\s*:\s*"([a-f0-9]{40})"/,
        scope: "file",
        // The id alone is harmless; next to a private key in a service account file it names a live key.
        validate: (_s, _m, ctx) => /"type"\s*:\s*"service_account"/.test(ctx.text()) && /"private_key"\s*:\s*"-----BEGIN/.test(ctx.text()),
    },
    {
        id: "gcp-api-key",
        description: "Google Cloud API key",
        keywords: ["aiza"],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])`),
        entropy: 3.5,
    },
    {
        id: "azure-storage-account-key",
        description: "Azure storage account key",
        keywords: ["accountkey="],
        regex: /AccountKey=([A-Za-z0-9+/]{86}==)/i,
        validate: (s) => decodeBase64(s).length === 64,
    },
    {
        id: "azure-shared-access-key",
        description: "Azure Service Bus / Event Hubs shared access key",
        keywords: ["sharedaccesskey="],
        regex: /SharedAccessKey=([A-Za-z0-9+/]{43}=)/i,
    },
    {
        id: "azure-sas-token",
        description: "Azure shared access signature (SAS)",
        keywords: ["sig="],
        regex: /[?&;]sig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})/i,
        // A SAS always carries its service version; `sig=` alone is too common.
        validate: (_s, m) => /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(m.input),
    },
    {
        id: "azure-ad-client-secret",
        description: "Microsoft Entra ID (Azure AD) client secret",
        keywords: ["q~"],
        regex: new RegExp(String.raw `${START}([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`),
        entropy: 3.5,
    },
];

;// CONCATENATED MODULE: ./packages/secrets/src/rules/code-hosting.ts

/**
 * GitHub and GitLab tokens. Both hosts prefix every token type
 * (`ghp_`, `github_pat_`, `gho_`, `ghu_`/`ghs_`/`ghr_`; `glpat-`, `gldt-`,
 * `glrt-` ...) precisely so scanners can find them without guessing.
 */
const CODE_HOSTING_RULES = [
    {
        id: "github-pat",
        description: "GitHub personal access token (classic)",
        keywords: ["ghp_"],
        regex: new RegExp(`${START}(ghp_[A-Za-z0-9]{36})${END}`),
        entropy: 3,
    },
    {
        id: "github-fine-grained-pat",
        description: "GitHub fine-grained personal access token",
        keywords: ["github_pat_"],
        regex: new RegExp(`${START}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${END}`),
        entropy: 3,
    },
    {
        id: "github-oauth-token",
        description: "GitHub OAuth access token",
        keywords: ["gho_"],
        regex: new RegExp(`${START}(gho_[A-Za-z0-9]{36})${END}`),
        entropy: 3,
    },
    {
        id: "github-app-token",
        description: "GitHub App token (user-to-server, server-to-server or refresh)",
        keywords: ["ghu_", "ghs_", "ghr_"],
        regex: new RegExp(`${START}(gh[usr]_[A-Za-z0-9]{36,76})${END}`),
        entropy: 3,
    },
    {
        id: "gitlab-token",
        description: "GitLab token",
        keywords: [
            "glpat-",
            "gldt-",
            "glrt-",
            "glptt-",
            "gloas-",
            "glsoat-",
            "glft-",
            "glimt-",
            "glagent-",
            "glcbt-",
            "glffct-",
            "gr1348941",
        ],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9_-])(` +
            [
                // Personal, deploy, runner, SCIM, feed, incoming-mail and feature-flag tokens;
                // newer ones are "routable": a longer body and `.<2>.<7-9>` suffix.
                String.raw `(?:glpat|gldt|glrt|glsoat|glft|glimt|glffct)-[0-9A-Za-z_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`,
                String.raw `glptt-[0-9a-f]{40}`,
                String.raw `gloas-[0-9A-Za-z_-]{64}`,
                String.raw `glagent-[0-9A-Za-z_-]{50}`,
                String.raw `glcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20}`,
                String.raw `GR1348941[0-9A-Za-z_-]{20}`,
            ].join("|") +
            String.raw `)(?![A-Za-z0-9_-])`),
        entropy: 3,
    },
];

;// CONCATENATED MODULE: ./packages/secrets/src/rules/keys.ts


/** Labels a PEM block may carry, e.g. `RSA `, `EC `, `OPENSSH `, `ENCRYPTED `, `PGP `. */
const PEM_LABEL = "[A-Z0-9 ]{0,40}";
/**
 * Vault tokens, private keys (PEM, OpenSSH, PGP, and base64-wrapped PEM as in
 * Secret data and kubeconfig `client-key-data`), JWTs, kubeconfig user
 * tokens and passwords in URLs. Certificates and public keys never match:
 * every pattern requires `PRIVATE KEY`.
 */
const KEY_RULES = [
    {
        id: "vault-token",
        description: "HashiCorp Vault token",
        keywords: ["hvs.", "hvb.", "hvr.", "vault_token", "vault-token", "vaulttoken"],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9_.-])(hv[sbr]\.[A-Za-z0-9_-]{24,300})(?![A-Za-z0-9_-])|` +
            assignment(String.raw `vault[_-]?token`, String.raw `s\.[A-Za-z0-9]{24}(?![A-Za-z0-9])`), "i"),
        scope: "line+next",
        entropy: 3.5,
    },
    {
        id: "private-key",
        description: "Private key",
        keywords: ["private key"],
        regex: new RegExp(`-----BEGIN ${PEM_LABEL}PRIVATE KEY(?: BLOCK)?-----(?:\\s|\\\\n)*([^\\s\\\\][\\s\\S]{31,16383}?)-----END ${PEM_LABEL}PRIVATE KEY(?: BLOCK)?-----`),
        scope: "file",
        // Enough key material to be a key, not `...` in a how-to.
        validate: (body) => pemBody(body).length >= 64,
        // The same key indented differently (a YAML block, a JSON string) is the same secret.
        normalize: pemBody,
    },
    {
        id: "kubeconfig-client-key",
        description: "kubeconfig client key (client-key-data)",
        keywords: ["client-key-data"],
        regex: /client-key-data["']?\s*:\s*["']?([A-Za-z0-9+/=]{40,})/,
        validate: (s) => decodeBase64(s).includes("PRIVATE KEY"),
    },
    {
        id: "private-key-base64",
        description: "Private key (base64-encoded PEM)",
        // base64 of "-----BEGIN": a PEM starts the encoded value, so the alignment is always the same.
        keywords: ["ls0tls1crudjti"],
        regex: /(?<![A-Za-z0-9+/])(LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9+/=])/,
        validate: (s) => decodeBase64(s).includes("PRIVATE KEY"),
    },
    {
        id: "kubeconfig-token",
        description: "kubeconfig user token",
        keywords: ["token:"],
        regex: /^\s*(?:-\s*)?token:\s*["']?([A-Za-z0-9._~+/=:-]{16,})["']?\s*$/,
        // Only in a kubeconfig: a `token:` key elsewhere is the generic rule's to judge.
        validate: (_s, _m, ctx) => isKubeconfig(ctx.path, ctx.text()),
        entropy: 3,
        assigned: true,
    },
    {
        id: "jwt",
        description: "JSON Web Token",
        keywords: ["eyj"],
        regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/,
        validate: (s) => jwtHeaderHasAlg(s),
    },
    {
        id: "url-password",
        description: "Password in a URL",
        keywords: ["://"],
        regex: 
        // The password may hold an unencoded "@" (drivers split at the last one before the host).
        /(?<![A-Za-z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{1,30}:\/\/([^\s:/?#@'"`<>]{0,128}):([^\s/?#'"`<>]{3,256})@[^\s/?#'"`@<>]+/,
        secretGroup: 2,
        anchor: "scheme",
        // Any text between `:` and `@`: `{password}` and `${PW}` are interpolations, README examples documentation.
        assigned: true,
        validate: (s, m) => !PLACEHOLDER_PASSWORDS.has(s.toLowerCase()) && !isExampleValue(m[0]),
    },
];
/** kubeconfig file names: `~/.kube/config`, `kubeconfig`, `kubeconfig-prod.yaml`, `prod.kubeconfig`. */
const KUBECONFIG = /(?:^|\/)(?:\.kube\/config|[^/]*kubeconfig[^/]*)$/i;
/**
 * A kubeconfig by its name or by its shape (one embedded in a Secret or a
 * ConfigMap): `clusters:` and `users:`, and `kind: Config` or `contexts:`, so
 * a values file with users and clusters of its own is not one.
 */
function isKubeconfig(path, text) {
    if (!/^\s*users:/m.test(text) || !/^\s*clusters:/m.test(text))
        return false;
    return KUBECONFIG.test(path) || /^\s*kind:\s*Config\b|^\s*(?:current-)?contexts?:/m.test(text);
}
/** Passwords that documentation writes into URLs to show the shape. */
const PLACEHOLDER_PASSWORDS = new Set([
    "password",
    "passwd",
    "pass",
    "pwd",
    "secret",
    "token",
    "user",
    "username",
    "changeme",
    "mypassword",
    "yourpassword",
]);
/** A PEM body without whitespace, escaped newlines and headers such as `Proc-Type:`. */
function pemBody(body) {
    return body
        .replace(/\\[nr]/g, "\n")
        .split("\n")
        .filter((l) => !l.includes(":"))
        .join("")
        .replace(/[^A-Za-z0-9+/=]/g, "");
}
function jwtHeaderHasAlg(token) {
    const header = decodeBase64(token.split(".")[0] ?? "");
    try {
        const parsed = JSON.parse(header);
        return typeof parsed === "object" && parsed !== null && "alg" in parsed;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/rules/messaging.ts

/** Slack, Stripe, SendGrid and Twilio, from their documented key formats. */
const MESSAGING_RULES = [
    {
        id: "slack-token",
        description: "Slack token",
        keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxe", "xoxo-", "xoxr-", "xoxs-", "xapp-"],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9-])((?:xoxe\.)?xox[abeoprs]-\d+-[0-9A-Za-z-]{10,250}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)(?![A-Za-z0-9-])`),
        entropy: 3,
    },
    {
        id: "slack-webhook-url",
        description: "Slack incoming webhook URL",
        keywords: ["hooks.slack.com"],
        regex: /hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9+/_-]{20,})/,
        entropy: 3,
    },
    {
        id: "stripe-secret-key",
        description: "Stripe secret or restricted API key",
        keywords: ["sk_live_", "sk_test_", "rk_live_", "rk_test_"],
        regex: new RegExp(`${START}([sr]k_(?:live|test)_[0-9A-Za-z]{24,247})${END}`),
        entropy: 3,
    },
    {
        id: "sendgrid-api-key",
        description: "SendGrid API key",
        keywords: ["sg."],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9_-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`),
        entropy: 3.5,
    },
    {
        id: "twilio-api-key",
        description: "Twilio API key",
        keywords: ["sk"],
        regex: new RegExp(String.raw `(?<![A-Za-z0-9])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9])`),
        // "sk" is everywhere in prose (task, disk): match only where the keyword is.
        anchor: "keyword",
        entropy: 3,
    },
    {
        id: "twilio-auth-token",
        description: "Twilio auth token",
        keywords: ["twilio"],
        regex: new RegExp(assignment(String.raw `["']?[A-Za-z0-9_.-]*?twilio[\w.-]{0,20}?(?:auth)?[_.-]?token[A-Za-z0-9_.-]*`, "[a-f0-9]{32}"), "i"),
        scope: "line+next",
        anchor: "key",
        entropy: 3,
    },
];

;// CONCATENATED MODULE: ./packages/secrets/src/rules/registries.ts

/** `.npmrc` in any folder (project, user, global `npmrc`). */
const NPMRC = /(?:^|\/)\.?npmrc$/;
/** Docker client configs (`~/.docker/config.json`, the legacy `.dockercfg`, a pull Secret's `.dockerconfigjson`). */
const DOCKER_CONFIG = /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg|\.?dockerconfigjson(?:\.json)?)$/;
/**
 * Package and container registries: npm access tokens and `.npmrc`
 * credentials, PyPI API tokens, `auth` entries of Docker configs.
 */
const REGISTRY_RULES = [
    {
        id: "npm-access-token",
        description: "npm access token",
        keywords: ["npm_"],
        regex: new RegExp(`${START}(npm_[A-Za-z0-9]{36})${END}`),
        entropy: 3,
    },
    {
        id: "npmrc-auth",
        description: "npm registry credential in .npmrc (_authToken, _auth or _password)",
        keywords: ["_authtoken", "_auth=", "_auth =", "_password"],
        // `_password` ends many keys (`db_password` in an .ini file): the npmrc key starts at the line
        // or after a registry scope (`//npm.pkg.github.com/:_authToken=`).
        regex: /(?:^|(\/\/[^\s=]*:)|[\s"'])(?:_authToken|_auth|_password)\s*=\s*["']?([^\s"']{12,})/,
        secretGroup: 2,
        entropy: 3,
        assigned: true,
        // In an .npmrc any such key; elsewhere only the registry-scoped form, which is .npmrc text
        // embedded in a ConfigMap, a Dockerfile or a CI script.
        validate: (_s, m, ctx) => m[1] !== undefined || NPMRC.test(ctx.path),
    },
    {
        id: "pypi-token",
        description: "PyPI API token",
        keywords: ["pypi-age"],
        // The body is a macaroon whose first bytes encode the issuing index: pypi.org or test.pypi.org.
        regex: new RegExp(`${START}(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])`),
    },
    {
        id: "docker-config-auth",
        description: "Container registry credential in a Docker config (auths.<registry>.auth)",
        keywords: ['"auth"'],
        regex: /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/,
        // A Docker config by its name, or by its `auths` map (one pasted into a pull Secret's stringData);
        // the value is base64 of `user:password`.
        validate: (s, _m, ctx) => (DOCKER_CONFIG.test(ctx.path) || /"auths"\s*:/.test(ctx.text())) &&
            /^[^:\s]+:\S{3,}$/.test(decodeBase64(s)),
    },
];

;// CONCATENATED MODULE: ./packages/secrets/src/rules/index.ts







/**
 * Every built-in credential rule, most specific first: where two rules match
 * the same text, the earlier one reports it (a kubeconfig token is not also
 * reported as a JWT, nor an AWS secret key as a generic secret).
 */
const BUILTIN_RULES = [
    ...CLOUD_RULES,
    ...CODE_HOSTING_RULES,
    ...MESSAGING_RULES,
    ...REGISTRY_RULES,
    ...AI_RULES,
    ...KEY_RULES,
    GENERIC_RULE,
];



;// CONCATENATED MODULE: ./packages/secrets/src/setup.ts







/**
 * Loads the layout and `.gitops.yaml`, the gitleaks config, the ignore file
 * and the baseline; every problem with them is a `UserError` raised here, so
 * a scan never half-runs on bad configuration.
 */
async function prepareScan(repoDir, options) {
    const layout = options.model ?? (await (0,core_src/* loadModel */.cm)(repoDir));
    const cfg = layout.config.secrets;
    const repo = layout.repo;
    const gitleaks = loadGitleaksConfig(repo, cfg.gitleaksConfig);
    const custom = gitleaks?.rules ?? [];
    // A custom rule with a built-in's id replaces it, as gitleaks' own config extension does. Custom
    // rules come before the generic one, so where both match, the team's more specific rule reports.
    const builtin = BUILTIN_RULES.filter((r) => !custom.some((c) => c.id === r.id));
    const rules = [
        ...builtin.filter((r) => r.id !== GENERIC_RULE.id),
        ...custom,
        ...builtin.filter((r) => r.id === GENERIC_RULE.id),
    ];
    const ignoreFile = options.ignoreFile ?? cfg.ignoreFile;
    const baselineFile = options.baseline ?? cfg.baseline;
    const setup = {
        repo,
        layout,
        cfg,
        scanner: new SecretScanner(rules),
        allowlists: gitleaks?.allowlists ?? [],
        ignore: loadIgnoreFile(repo, ignoreFile, options.ignoreFile !== undefined),
        ignoreFile,
        configFiles: new Set([ignoreFile, cfg.gitleaksConfig, ...(baselineFile ? [baselineFile] : [])].map(normalize)),
        context: new LayoutContext(layout),
        template: new KeyTemplate(cfg.keyTemplate, layout.environments),
    };
    if (baselineFile)
        setup.baseline = loadBaseline(repo, baselineFile);
    return setup;
}
function normalize(path) {
    return path.replace(/\\/g, "/").replace(/^\.\//, "");
}

// EXTERNAL MODULE: ./packages/core/src/model/scope.ts
var model_scope = __webpack_require__(4651);
;// CONCATENATED MODULE: ./packages/secrets/src/tree.ts




/**
 * The full-tree scan: every file once, credential rules on its bytes, GitOps
 * rules on manifests that mention a Secret, then the overlay READMEs.
 */
function scanTree(setup, collector, gitops, stats, notices, only) {
    const { cfg } = setup;
    const reader = new FileReader();
    const wanted = (path) => !only || only.files.has(path) || only.folders.some((d) => (0,model_scope/* isUnder */.Jo)(path, d));
    const files = listFiles(setup.repo, cfg.exclude).filter((f) => !setup.configFiles.has(f.path));
    // A partial scan checks the READMEs of the overlays it touches, against all their ExternalSecrets.
    const touched = only
        ? overlaysOf(files.filter((f) => wanted(f.path)).map((f) => f.path), setup)
        : undefined;
    for (const f of files) {
        if (!wanted(f.path)) {
            const overlay = setup.context.of(f.path).overlay;
            if (gitops &&
                overlay &&
                touched?.has(overlay) &&
                MANIFEST_FILE.test(f.path) &&
                f.size <= cfg.maxFileBytes) {
                const bytes = scannableBytes(reader.read(f.abs, f.size));
                if (bytes)
                    gitops.file(f.path, bytes.toString("utf8"), false);
            }
            continue;
        }
        if (f.size > cfg.maxFileBytes) {
            stats.skipped++;
            notices.push(skippedNotice(f.path, f.size, cfg.maxFileBytes));
            continue;
        }
        const bytes = scannableBytes(reader.read(f.abs, f.size));
        if (!bytes) {
            stats.binary++;
            continue;
        }
        stats.files++;
        stats.bytes += f.size;
        const matches = setup.scanner.scan({ path: f.path, bytes });
        if (matches.length > 0) {
            const target = setup.context.of(f.path).overlay;
            for (const m of matches) {
                collector.credential(m, { path: f.path, line: m.line, column: m.column, ...(target ? { target } : {}) }, "per-line");
            }
        }
        // "Secret" also finds ExternalSecret; Buffer.includes is a memmem, far cheaper than decoding.
        if (gitops &&
            MANIFEST_FILE.test(f.path) &&
            (bytes.includes("Secret") || bytes.includes("secretGenerator"))) {
            gitops.file(f.path, bytes.toString("utf8"));
        }
    }
    gitops?.readmes(touched);
}
function overlaysOf(paths, setup) {
    const out = new Set();
    for (const p of paths) {
        const overlay = setup.context.of(p).overlay;
        if (overlay)
            out.add(overlay);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/secrets/src/scan.ts







/**
 * Scans an infra-gitops checkout for leaked credentials and for breaks of
 * the blueprint's secret-handling rules: the whole tree by default, or with
 * `base` the lines each commit of the change added. Findings never hold a
 * secret: at most its first 4 characters and its sha256.
 */
async function scan_scanRepository(repoDir, options = {}) {
    if (options.base !== undefined && options.files !== undefined)
        throw new core_src/* UserError */.yo("give either --base or files to scan, not both");
    const only = options.files ? (0,core_src/* repoPaths */.TK)(repoDir, options.files, options.cwd) : undefined;
    const setup = await prepareScan(repoDir, options);
    const collector = new FindingCollector(setup.allowlists, options.onSecret);
    const gitops = options.gitopsRules === false ? undefined : new GitopsRules(setup.repo, setup.context, setup.template);
    const stats = {
        mode: options.base ? "diff" : only ? "files" : "full",
        files: 0,
        bytes: 0,
        skipped: 0,
        binary: 0,
        ignored: 0,
        baselined: 0,
        allowlisted: 0,
        rules: setup.scanner.rules.length,
    };
    const notices = [];
    if (options.base)
        await scanChange(setup, options.base, options.head ?? "HEAD", collector, gitops, stats, notices);
    else
        scanTree(setup, collector, gitops, stats, notices, only);
    const all = [...collector.findings, ...(gitops?.findings ?? []), ...notices];
    const kept = applyIgnores(all, setup, stats, stats.mode === "full");
    stats.allowlisted = collector.allowlisted;
    return {
        findings: (0,core_src/* sortFindings */.Tc)(collector.scrubbed(kept)),
        stats,
        rules: setup.scanner.rules,
        layout: setup.layout,
    };
}

;// CONCATENATED MODULE: ./packages/secrets/src/report.ts



/** What each GitOps rule checks, for SARIF and `--help`. */
const GITOPS_RULE_DESCRIPTIONS = {
    "plain-secret": "A Kubernetes Secret with data or stringData is committed; Git may hold only references.",
    "secret-generator": "A kustomize secretGenerator builds a Secret from values kept in Git.",
    "external-secret-key": "An ExternalSecret key does not follow the secret path template for its service and env.",
    "cross-env-key": "An ExternalSecret reads another environment's secret path.",
    "readme-required-secrets": "The overlay README's Required secrets list and the overlay's ExternalSecrets differ.",
    "yaml-unreadable": "A YAML file could not be parsed, so the GitOps secret rules skipped it.",
    "file-skipped": "A file over the size cap was not scanned.",
    "stale-ignore-entry": "An ignore-file entry matches no finding any more.",
};
/** SARIF rule descriptions for every rule a report can carry. */
function sarifRules(rules) {
    const out = {};
    for (const r of rules)
        out[`${TOOL}/${r.id}`] = { description: `${r.description} committed to the repository.` };
    for (const [id, description] of Object.entries(GITOPS_RULE_DESCRIPTIONS))
        out[`${TOOL}/${id}`] = { description };
    return out;
}
/** The SARIF 2.1.0 log of a scan, for GitHub code scanning. */
function secretsSarif(report) {
    return toSarif(report.findings, {
        toolName: "gitops-secrets",
        toolVersion: VERSION,
        rules: sarifRules(report.rules),
    });
}
/** One line saying what was scanned, for logs and the summary. */
function statsLine(stats) {
    const scope = stats.mode === "diff"
        ? `the lines added by ${plural(stats.commits ?? 0, "commit")} since ${report_short(stats.mergeBase)} (${plural(stats.files, "file")}, ${size(stats.bytes)})`
        : `${plural(stats.files, "file")} (${size(stats.bytes)})`;
    const extra = [
        stats.skipped ? `${stats.skipped} over the size cap` : "",
        stats.binary ? `${stats.binary} binary skipped` : "",
        stats.ignored ? `${stats.ignored} ignored by the ignore file` : "",
        stats.baselined ? `${stats.baselined} in the baseline` : "",
        stats.allowlisted ? `${stats.allowlisted} allowlisted by .gitleaks.toml` : "",
    ].filter(Boolean);
    return `Scanned ${scope} with ${stats.rules} credential rules${extra.length ? `; ${extra.join(", ")}` : ""}.`;
}
/** The job summary: the shared findings tables, preceded by what was scanned. */
function secretsSummary(report, opts) {
    const { note, ...summary } = opts;
    const md = toSummaryMarkdown(report.findings, { title: "Secret scan", check: "secrets", ...summary });
    const [heading, ...rest] = md.split("\n");
    const scope = note
        ? `${markdownCell(note.charAt(0).toUpperCase() + note.slice(1))}. ${statsLine(report.stats)}`
        : statsLine(report.stats);
    return [heading, "", scope, ...rest].join("\n");
}
/**
 * The repository's folder relative to the workspace (`infra` for
 * `repo-path: infra`), which GitHub needs before every annotated path; empty
 * when the repository is the workspace or lies outside it.
 */
function repoPrefix(workspace, repoPath) {
    const rel = relative(resolve(workspace), resolve(workspace, repoPath)).split(sep).join("/");
    return rel.startsWith("..") || isAbsolute(rel) ? "" : rel;
}
/** Findings with `prefix/` before every file, when the repository is a folder of the checkout. */
function withPathPrefix(findings, prefix) {
    const p = prefix
        .replace(/\\/g, "/")
        .replace(/^\.\/?/, "")
        .replace(/\/+$/, "");
    if (p === "")
        return [...findings];
    return findings.map((f) => ({
        ...f,
        ...(f.file ? { file: `${p}/${f.file}` } : {}),
        ...(f.target ? { target: `${p}/${f.target}` } : {}),
    }));
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function size(bytes) {
    return bytes >= 1024 * 1024
        ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
        : `${(bytes / 1024).toFixed(1)} KiB`;
}
function report_short(sha) {
    return sha ? sha.slice(0, 12) : "the base";
}

;// CONCATENATED MODULE: ./packages/secrets/src/plan.ts



const ZERO_SHA = /^0+$/;
/**
 * Chooses full-tree or diff mode. A pull request scans `base..head` of the
 * event (unresolvable → the check fails); a push scans `before..after`, and
 * a push with nothing to scan (a deleted branch, no new commits) passes;
 * other events scan the whole tree. `base`/`head` inputs override the event.
 */
function planScan(input) {
    if (input.scan === "full")
        return { mode: "full", reason: "scan: full" };
    const head = input.head ?? input.pullRequest?.headSha ?? "HEAD";
    if (input.base) {
        return { mode: "diff", base: input.base, head, reason: `base ${input.base}`, fullIfUnresolvable: false };
    }
    if (input.pullRequest) {
        const pr = input.pullRequest;
        return {
            mode: "diff",
            base: pr.baseSha,
            head: pr.headSha,
            reason: `pull request #${pr.number}`,
            fullIfUnresolvable: false,
        };
    }
    if (input.eventName === "push" && input.push) {
        const { before, after, deleted } = input.push;
        if (deleted || after === undefined || ZERO_SHA.test(after)) {
            return { mode: "none", reason: "the push deleted a branch or tag: nothing to scan" };
        }
        if (before === after)
            return { mode: "none", reason: "the push added no commits: nothing to scan" };
        if (before !== undefined && !ZERO_SHA.test(before)) {
            return { mode: "diff", base: before, head: after, reason: "push", fullIfUnresolvable: true };
        }
        if (input.scan === "auto")
            return { mode: "full", reason: "a new branch: the whole tree" };
    }
    if (input.scan === "diff") {
        throw new UserError('Input "scan" is diff, but there is no base: run on pull_request or push events, or set the "base" input');
    }
    return {
        mode: "full",
        reason: input.eventName ? `${input.eventName} event: the whole tree` : "the whole tree",
    };
}
/**
 * Runs the scan a plan asks for. A push whose `before` commit is not in the
 * checkout (a force push, a shallow clone) falls back to the whole tree with
 * a note; a pull request's range must resolve, or the scan fails (`UserError`).
 */
async function runPlannedScan(repo, plan, options) {
    if (plan.mode === "none")
        return { mode: "none", note: plan.reason };
    if (plan.mode === "diff") {
        if (plan.fullIfUnresolvable && !(await commitExists(repo, plan.base))) {
            const note = `the push's previous commit ${plan.base.slice(0, 12)} is not in the checkout (force push or shallow clone); scanned the whole tree instead`;
            return { mode: "full", report: await scanRepository(repo, options), note };
        }
        const report = await scanRepository(repo, { ...options, base: plan.base, head: plan.head });
        return { mode: "diff", report, note: plan.reason };
    }
    return { mode: "full", report: await scanRepository(repo, options), note: plan.reason };
}

;// CONCATENATED MODULE: ./packages/secrets/src/index.ts
/**
 * The secret scan: credential rules behind a keyword prefilter, the
 * blueprint's secret-handling rules for GitOps manifests, ignore files,
 * baselines, gitleaks configs, full-tree and diff modes, and redacted reports.
 */















;// CONCATENATED MODULE: ./packages/validate/src/coverage.ts

/** The one summary a coverage holds, as the check's `--json` gives it. */
function coverageSummary(c) {
    return c.render ?? c.lint ?? c.policy ?? c.secrets;
}
/** Render's coverage from its targets (the `render/index.json` entries). */
function renderCoverage(targets) {
    const count = (s) => targets.filter((t) => t.status === s).length;
    return {
        targets: targets.length,
        ok: count("ok"),
        failed: count("failed"),
        skipped: count("skipped"),
        resources: targets.filter((t) => t.status === "ok").reduce((n, t) => n + t.resources, 0),
    };
}
/**
 * One phrase saying what a check covered, for the text report and the summary table:
 * `412 resources in 14 targets against Kubernetes 1.34 schemas + 120 CRD kinds (6 used), strict; ...`.
 */
function coverageText(c) {
    if (c.render) {
        const r = c.render;
        const skipped = r.skipped ? `, ${r.skipped} skipped` : "";
        return `${r.ok} of ${coverage_plural(r.targets, "target")} rendered (${r.failed} failed${skipped}), ${coverage_plural(r.resources, "resource")}`;
    }
    if (c.lint) {
        const l = c.lint;
        const schemas = l.schemaEngine === "kubeconform"
            ? `kubeconform's Kubernetes ${l.kubeVersion} schemas`
            : `Kubernetes ${l.kubeVersion} schemas + ${coverage_plural(l.crdKinds, "CRD kind")} (${l.crdKindsUsed.length} used)`;
        return (`${coverage_plural(l.resources, "resource")} in ${coverage_plural(l.targets, "target")} against ${schemas}, ` +
            `${l.strict ? "strict" : "not strict"}; ${coverage_plural(l.applications, "Application")}, ${coverage_plural(l.files, "YAML file")}`);
    }
    if (c.policy) {
        const p = c.policy;
        if (p.policies === 0)
            return "no policies (nothing checked)";
        const waived = p.waived ? `, ${p.waived} waived` : "";
        const of = p.targets ? ` of ${coverage_plural(p.targets, "target")}` : "";
        return `${p.policies} polic${p.policies === 1 ? "y" : "ies"} × ${coverage_plural(p.resources, "object")}${of}: ${p.evaluations} matched and evaluated${waived}`;
    }
    if (c.secrets) {
        // The secret scan's own line, made a phrase: "Scanned 58 files (12.3 KiB) with ..." -> "58 files ...".
        return statsLine(c.secrets)
            .replace(/^Scanned /, "")
            .replace(/\.$/, "");
    }
    return undefined;
}
/**
 * The coverage of a sharded run, from each shard's: what a shard rendered and checked adds up;
 * what every shard sees whole (the model's targets, the repo's Applications, YAML files and
 * policies, the known CRD kinds) is the largest. Each shard's render leaves the other shards'
 * targets skipped, so skipped is what no shard rendered.
 */
function mergeCoverage(parts) {
    const out = {};
    for (const p of parts) {
        if (p.render) {
            const a = out.render;
            const targets = Math.max(a?.targets ?? 0, p.render.targets);
            const ok = (a?.ok ?? 0) + p.render.ok;
            const failed = (a?.failed ?? 0) + p.render.failed;
            out.render = {
                targets,
                ok,
                failed,
                skipped: Math.max(0, targets - ok - failed),
                resources: (a?.resources ?? 0) + p.render.resources,
            };
        }
        if (p.lint) {
            const a = out.lint;
            out.lint = a
                ? {
                    ...a,
                    targets: Math.max(a.targets, p.lint.targets),
                    resources: a.resources + p.lint.resources,
                    applications: Math.max(a.applications, p.lint.applications),
                    files: Math.max(a.files, p.lint.files),
                    crdKinds: Math.max(a.crdKinds, p.lint.crdKinds),
                    crdKindsUsed: [...new Set([...a.crdKindsUsed, ...p.lint.crdKindsUsed])].sort(),
                }
                : { ...p.lint };
        }
        if (p.policy) {
            const a = out.policy;
            out.policy = a
                ? {
                    ...a,
                    policies: Math.max(a.policies, p.policy.policies),
                    resources: a.resources + p.policy.resources,
                    targets: a.targets + p.policy.targets,
                    evaluations: a.evaluations + p.policy.evaluations,
                    waived: a.waived + p.policy.waived,
                    kyverno: a.kyverno || p.policy.kyverno,
                    conftest: a.conftest || p.policy.conftest,
                }
                : { ...p.policy };
        }
        if (p.secrets)
            out.secrets ??= p.secrets;
    }
    return out;
}
function coverage_plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./packages/validate/src/needs.ts

/**
 * Parses `${{ toJSON(needs) }}` and returns the jobs that did not succeed.
 * Skipped jobs count as not succeeded only when `skippedFails` is set: a
 * render job skipped because there were no targets is fine.
 */
function unsuccessfulJobs(needsJson, skippedFails = false) {
    let parsed;
    try {
        parsed = JSON.parse(needsJson);
    }
    catch {
        throw new errors/* UserError */.yo('Input "needs" must be the JSON of ${{ toJSON(needs) }}');
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new errors/* UserError */.yo('Input "needs" must be the JSON of ${{ toJSON(needs) }}');
    }
    const out = [];
    for (const [job, value] of Object.entries(parsed)) {
        const result = value.result;
        if (result === "success" || (result === "skipped" && !skippedFails))
            continue;
        out.push({ job, result: result ?? "failure" });
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/finding.ts
var src_finding = __webpack_require__(3140);
// EXTERNAL MODULE: ./packages/core/src/reporters/index.ts + 4 modules
var reporters = __webpack_require__(1196);
;// CONCATENATED MODULE: ./packages/validate/src/summary.ts



/** Checks ordered worst first: a check that could not run, then by errors, warnings, notices. */
function worstFirst(checks) {
    const score = (c) => {
        const n = (0,src_finding/* countBySeverity */.Ot)(c.findings);
        return [c.problem ? 1 : 0, n.error, n.warning, n.notice];
    };
    return [...checks].sort((a, b) => {
        const sa = score(a);
        const sb = score(b);
        for (let i = 0; i < sa.length; i++)
            if ((sb[i] ?? 0) !== (sa[i] ?? 0))
                return (sb[i] ?? 0) - (sa[i] ?? 0);
        return a.name.localeCompare(b.name);
    });
}
/** True when the run fails: a check could not run, or a finding is at or above `failOn`. */
function validateFails(checks, failOn) {
    return checks.some((c) => c.problem !== undefined || (0,src_finding/* failsAt */.ZN)(c.findings, failOn));
}
/**
 * The one summary of a validate run: a table of checks (worst first), then a
 * findings table per check that has findings, also worst first.
 */
function validateMarkdown(checks, opts) {
    const ordered = worstFirst(checks);
    const failed = validateFails(checks, opts.failOn);
    const all = checks.flatMap((c) => c.findings);
    const n = (0,src_finding/* countBySeverity */.Ot)(all);
    const time = opts.seconds === undefined ? "" : ` in ${opts.seconds.toFixed(1)} s`;
    const lines = [
        "## gitops validate",
        "",
        `${failed ? "❌" : "✅"} ${n.error} error(s), ${n.warning} warning(s), ${n.notice} notice(s) from ${checks.length} check(s)${time}.`,
        "",
        "| Check | Result | Errors | Warnings | Notices | Covered |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ];
    for (const c of ordered) {
        const cn = (0,src_finding/* countBySeverity */.Ot)(c.findings);
        const result = c.problem
            ? `❌ ${c.problem}`
            : (0,src_finding/* failsAt */.ZN)(c.findings, opts.failOn)
                ? "❌ failed"
                : "✅ passed";
        const covered = c.coverage ? (coverageText(c.coverage) ?? "") : "";
        lines.push(`| ${c.name} | ${result} | ${cn.error} | ${cn.warning} | ${cn.notice} | ${(0,reporters/* markdownCell */.UZ)(covered)} |`);
    }
    lines.push("");
    if (opts.details === false)
        return lines.join("\n");
    // Each findings table gets a share of GitHub's 1 MiB step-summary budget.
    const budget = Math.floor(900_000 / Math.max(1, ordered.length));
    for (const c of ordered.filter((x) => x.findings.length > 0)) {
        const md = (0,reporters/* toSummaryMarkdown */.T7)(c.findings, {
            title: c.name,
            check: c.name,
            failOn: opts.failOn,
            maxBytes: budget,
            ...linkOpts(opts),
        });
        lines.push(md.replace(/^#+ /, "### "), "");
    }
    return lines.join("\n");
}
/** Plain text for a terminal: one block per check with findings, worst first, then the totals. */
function validateText(checks, opts) {
    const out = [];
    for (const c of worstFirst(checks)) {
        const cn = (0,src_finding/* countBySeverity */.Ot)(c.findings);
        const state = c.problem
            ? `could not run: ${c.problem}`
            : (0,src_finding/* failsAt */.ZN)(c.findings, opts.failOn)
                ? "failed"
                : "passed";
        const covered = c.coverage ? coverageText(c.coverage) : undefined;
        out.push(`== ${c.name}: ${state} (${cn.error} error(s), ${cn.warning} warning(s), ${cn.notice} notice(s))` +
            (covered ? ` — ${covered}` : ""));
        if (c.findings.length > 0)
            out.push((0,reporters/* formatText */.vX)(c.findings).trimEnd());
    }
    const time = opts.seconds === undefined ? "" : ` in ${opts.seconds.toFixed(1)} s`;
    out.push(`validate ${validateFails(checks, opts.failOn) ? "failed" : "passed"}${time}`);
    return out.join("\n") + "\n";
}
function linkOpts(o) {
    return o.repoUrl && o.sha ? { repoUrl: o.repoUrl, sha: o.sha } : {};
}

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** The suite's version; a test keeps it equal to package.json's. */
const version_VERSION = "0.1.0";

// EXTERNAL MODULE: ./packages/core/src/model/report.ts
var model_report = __webpack_require__(5781);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/cache/src/store.ts
/**
 * A content-addressed store kept between runs (and CI jobs): entries are named by the hash of
 * everything that decides them, so a key is never "stale", only absent. Every failure here is
 * a miss: a cache must never fail a run or change its result.
 */




/** Bumped when the entry format or a key's meaning changes: old entries are then never read. */
const CACHE_FORMAT = "v1";
const MAGIC = "gitops-cache-1";
/**
 * Entries are `<dir>/v1/<kind>/<aa>/<key>`: a header line with the payload's SHA-256, then the
 * payload. A write goes to a temp file beside the entry and is renamed over it, so concurrent
 * writers (two CI jobs, two shards) and readers only ever see whole entries. A hit touches the
 * entry's mtime: eviction removes the least recently used.
 */
class CacheStore {
    dir;
    maxBytes;
    stats = { hits: 0, misses: 0, writes: 0, evicted: 0 };
    /** Hits and misses by entry kind (`render`, `lint-target` ...): what each layer reused. */
    byKind = new Map();
    writeFile;
    writable = true;
    constructor(o) {
        this.dir = (0,external_node_path_.join)(o.dir, CACHE_FORMAT);
        this.maxBytes = o.maxBytes;
        this.writeFile =
            o.writeFile ??
                ((p, d) => {
                    (0,external_node_fs_.writeFileSync)(p, d);
                });
    }
    /** The payload stored under `kind`/`key`, or undefined (absent, unreadable or corrupt). */
    get(kind, key) {
        const path = this.entryPath(kind, key);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, "utf8");
        }
        catch {
            this.count(kind, false);
            return undefined;
        }
        const nl = text.indexOf("\n");
        const [magic, sum] = text.slice(0, Math.max(nl, 0)).split(" ");
        const payload = text.slice(nl + 1);
        if (nl < 0 || magic !== MAGIC || sum !== digest(payload)) {
            // A torn or tampered entry: drop it so the next run stores a good one.
            (0,external_node_fs_.rmSync)(path, { force: true });
            this.count(kind, false);
            return undefined;
        }
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(path, now, now);
        }
        catch {
            // Evicted meanwhile, or a read-only cache: the hit stands.
        }
        this.count(kind, true);
        return payload;
    }
    /**
     * Takes back a hit whose payload the reader could not use (valid checksum, wrong shape): it is
     * counted as the miss it turned out to be.
     */
    rejected(kind) {
        const k = this.byKind.get(kind);
        if (!k || k.hits === 0)
            return;
        k.hits--;
        k.misses++;
        this.stats.hits--;
        this.stats.misses++;
    }
    count(kind, hit) {
        let k = this.byKind.get(kind);
        if (!k)
            this.byKind.set(kind, (k = { hits: 0, misses: 0 }));
        if (hit) {
            this.stats.hits++;
            k.hits++;
        }
        else {
            this.stats.misses++;
            k.misses++;
        }
    }
    /** Stores `payload`; a failure leaves no file behind and turns further writes off for this run. */
    put(kind, key, payload) {
        if (!this.writable)
            return;
        const path = this.entryPath(kind, key);
        const tmp = `${path}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(path, ".."), { recursive: true });
            this.writeFile(tmp, `${MAGIC} ${digest(payload)}\n${payload}`);
            (0,external_node_fs_.renameSync)(tmp, path);
            this.stats.writes++;
        }
        catch (err) {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            this.writable = false;
            this.stats.writeProblem = `cannot write to the cache ${this.dir}: ${(0,errors/* messageOf */.bD)(err)}`;
        }
    }
    /**
     * Keeps the store under `maxBytes`: removes least recently used entries (and temp files left
     * by killed writers) until it is at 80% of the bound. Runs after a run's writes.
     */
    prune() {
        if (this.stats.writes === 0)
            return;
        const entries = [];
        let total = 0;
        const hour = Date.now() - 3_600_000;
        for (const path of store_listFiles(this.dir)) {
            try {
                const st = (0,external_node_fs_.statSync)(path);
                if (path.includes(".tmp-") && st.mtimeMs < hour) {
                    (0,external_node_fs_.rmSync)(path, { force: true });
                    continue;
                }
                entries.push({ path, size: st.size, used: st.mtimeMs });
                total += st.size;
            }
            catch {
                // Removed by another run meanwhile.
            }
        }
        if (total <= this.maxBytes)
            return;
        entries.sort((a, b) => a.used - b.used);
        const target = this.maxBytes * 0.8;
        for (const e of entries) {
            if (total <= target)
                break;
            (0,external_node_fs_.rmSync)(e.path, { force: true });
            total -= e.size;
            this.stats.evicted++;
        }
    }
    entryPath(kind, key) {
        return (0,external_node_path_.join)(this.dir, kind, key.slice(0, 2), key);
    }
}
function digest(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex");
}
function store_listFiles(dir, out = []) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            store_listFiles(path, out);
        else if (e.isFile())
            out.push(path);
    }
    return out;
}

// EXTERNAL MODULE: ./packages/cache/src/key.ts
var src_key = __webpack_require__(1129);
// EXTERNAL MODULE: ./packages/core/src/clock.ts
var clock = __webpack_require__(143);
;// CONCATENATED MODULE: ./packages/cache/src/files.ts




/** Thrown when an input cannot be hashed faithfully (a symlinked folder): the work is not cached. */
class Unhashable extends Error {
}
/**
 * Hashes repository files by content, each once per run: bases shared by many targets are read
 * once. Paths are relative to the repository, so the same content hashes the same in a
 * checkout, a CI workspace or the merge-base worktree. A missing file has a hash too ("absent"),
 * so creating it changes every key that named it.
 */
class FileHasher {
    repo;
    skipDirs;
    since;
    memo = new Map();
    /** Folders that were missing when walked. */
    absentDirs = new Set();
    constructor(repo, 
    /** Repo-relative folders never hashed (`render/`, `.git`): outputs are not inputs. */
    skipDirs = [], 
    /**
     * When the run began reading the files (epoch ms, sub-millisecond): the repository model's
     * load. A file changed after it may have been read in two states in one run.
     */
    since = (0,clock/* preciseNow */.M)()) {
        this.repo = repo;
        this.skipDirs = skipDirs;
        this.since = since;
    }
    /**
     * Whether none of `files`, and nothing under `dirs`, was created, changed or removed since
     * the run began: only then do a key hashed from them and a result computed from them (a
     * tool's render, a check's findings) describe the same bytes, and may the result be stored.
     * An edit while gitops runs (an editor saving, a checkout) is caught by the file's ctime,
     * which every write, rename and chmod moves and which no tool can set back.
     */
    unchangedDuringRun(files, dirs) {
        try {
            for (const path of files)
                if (!this.fileUnchanged(path))
                    return false;
            for (const path of dirs)
                if (!this.dirUnchanged(path))
                    return false;
            return true;
        }
        catch {
            // A path that cannot be looked at now (a folder replaced by a file, no permission): changed.
            return false;
        }
    }
    fileUnchanged(path) {
        const abs = (0,external_node_path_.join)(this.repo, path);
        const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
        const hashed = this.memo.get(path);
        // Created or removed since it was hashed.
        if ((st === undefined) !== (hashed === "absent") && hashed !== undefined)
            return false;
        if (st === undefined)
            return true;
        if (st.ctimeMs >= this.since)
            return false;
        if (st.isSymbolicLink()) {
            const target = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
            if (target && target.ctimeMs >= this.since)
                return false;
        }
        return st.isDirectory() ? this.dirUnchanged(path) : true;
    }
    dirUnchanged(path) {
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.repo, path), { throwIfNoEntry: false });
        // A folder's ctime moves when an entry is added, removed or renamed in it.
        if (st === undefined)
            return this.absentDirs.has(path) || !this.memo.has(`${path}/`);
        if (st.ctimeMs >= this.since)
            return false;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.repo, path), { withFileTypes: true });
        }
        catch {
            return false;
        }
        for (const e of entries) {
            const rel = path === "" ? e.name : `${path}/${e.name}`;
            if (e.name === ".git" || this.skipDirs.includes(rel))
                continue;
            if (!(e.isDirectory() ? this.dirUnchanged(rel) : this.fileUnchanged(rel)))
                return false;
        }
        return true;
    }
    /** `path`'s content hash; a symlink hashes as its link text plus what it points at. */
    file(path) {
        const known = this.memo.get(path);
        if (known !== undefined)
            return known;
        const abs = (0,external_node_path_.join)(this.repo, path);
        let h;
        try {
            // A missing file is common (a folder's kustomization.yaml or Chart.yaml): no exception for it.
            const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
            if (st === undefined)
                h = "absent";
            else if (st.isSymbolicLink()) {
                const target = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
                if (target?.isDirectory())
                    throw new Unhashable(`${path} is a symlinked folder`);
                h = sha(`link:${(0,external_node_fs_.readlinkSync)(abs)}:${target ? sha((0,external_node_fs_.readFileSync)(abs)) : "absent"}`);
            }
            else if (st.isDirectory()) {
                h = this.dir(path);
            }
            else {
                h = contentHash(abs, st);
            }
        }
        catch (err) {
            if (err instanceof Unhashable)
                throw err;
            h = "absent";
        }
        this.memo.set(path, h);
        return h;
    }
    /** A folder's hash: every file below it by relative path and content (`.git` and outputs left out). */
    dir(path) {
        const key = `${path}/`;
        const known = this.memo.get(key);
        if (known !== undefined)
            return known;
        const lines = [];
        this.walk(path, lines);
        const h = sha(lines.join("\n"));
        this.memo.set(key, h);
        return h;
    }
    /** Like {@link dir}, with the files `leaveOut` names left out (not remembered). */
    dirWithout(path, leaveOut) {
        const lines = [];
        this.walk(path, lines, leaveOut);
        return sha(lines.join("\n"));
    }
    walk(path, lines, leaveOut) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.repo, path), { withFileTypes: true });
        }
        catch {
            lines.push(`${path}\0absent`);
            this.absentDirs.add(path);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const rel = path === "" ? e.name : `${path}/${e.name}`;
            if (e.name === ".git" || this.skipDirs.includes(rel))
                continue;
            if (leaveOut?.(rel))
                continue;
            if (e.isDirectory())
                this.walk(rel, lines, leaveOut);
            else
                lines.push(`${rel}\0${this.file(rel)}`);
        }
    }
}
const perModel = new WeakMap();
/**
 * The hasher of one repository model: validate's render, lint and policy key their targets
 * against the same model, so each file is stat'ed and each folder walked once per run. A model
 * is one run's view of the files (its input graphs do not follow later edits either), so its
 * hashes are too; a new run loads a new model and gets a new hasher.
 */
function modelHasher(model) {
    let h = perModel.get(model);
    if (!h) {
        h = new FileHasher(model.repo, model.outputDirs, model.loadedAt);
        perModel.set(model, h);
    }
    return h;
}
/**
 * Content hashes by absolute path, shared by every hasher of the process: the render cache and
 * the check cache hash the same files in one run. An entry is reused only when the file's
 * identity, size and times are unchanged and it was last modified well before it was read (as
 * git treats "racily clean" files): a file written in the same instant as it was hashed could
 * change again without its time moving, so such a file is always read again.
 */
const contents = new Map();
const RACY_MS = 2000;
function contentHash(abs, st) {
    const stamp = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    const known = contents.get(abs);
    if (known?.stamp === stamp && Math.max(st.mtimeMs, st.ctimeMs) < known.readAt - RACY_MS)
        return known.hash;
    const readAt = Date.now();
    const hash = sha((0,external_node_fs_.readFileSync)(abs));
    contents.set(abs, { stamp, hash, readAt });
    return hash;
}
function sha(data) {
    return (0,external_node_crypto_.createHash)("sha256").update(data).digest("hex");
}

;// CONCATENATED MODULE: ./packages/cache/src/location.ts




/** The size bound when GITOPS_CACHE_MAX_MB is unset. */
const DEFAULT_MAX_MB = 512;
/**
 * The persistent cache a command uses: `GITOPS_CACHE_DIR`, else (with `fallback`, as the CLI
 * does) `${XDG_CACHE_HOME:-~/.cache}/gitops-actions`; undefined when there is none. Packages
 * called without a cache pass no fallback: only an explicit GITOPS_CACHE_DIR (CI sets it next
 * to actions/cache) turns it on there.
 */
function openCache(env, opts = {}) {
    const dir = cacheDir(env, opts.fallback ?? false);
    if (dir === undefined)
        return undefined;
    return new CacheStore({ dir, maxBytes: maxBytes(env) });
}
/** The folder {@link openCache} would use, or undefined. Throws a `UserError` for a relative GITOPS_CACHE_DIR. */
function cacheDir(env, fallback) {
    const explicit = env.GITOPS_CACHE_DIR;
    if (explicit !== undefined && explicit !== "") {
        if (!(0,external_node_path_.isAbsolute)(explicit))
            throw new errors/* UserError */.yo(`GITOPS_CACHE_DIR must be an absolute path, got "${explicit}"`);
        return explicit;
    }
    if (!fallback)
        return undefined;
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg && (0,external_node_path_.isAbsolute)(xdg) ? xdg : (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), ".cache");
    return (0,external_node_path_.join)(base, "gitops-actions");
}
function maxBytes(env) {
    const raw = env.GITOPS_CACHE_MAX_MB;
    if (raw === undefined || raw === "")
        return DEFAULT_MAX_MB * 1024 * 1024;
    if (!/^[1-9]\d{0,6}$/.test(raw))
        throw new errors/* UserError */.yo(`GITOPS_CACHE_MAX_MB must be a whole number of megabytes (1 or more), got "${raw}"`);
    return Number(raw) * 1024 * 1024;
}

// EXTERNAL MODULE: ./packages/cache/src/code.ts
var code = __webpack_require__(6265);
;// CONCATENATED MODULE: ./packages/cache/src/targets.ts






/**
 * One check's per-target results in the persistent cache (`lint-target`, `policy-target`): a
 * result is keyed by the target's rendered bytes, the source files its findings point into,
 * the check's shared parts (config, schemas, policies, the cross-target facts it reads) and the
 * code's identity. A miss, a corrupt entry or one of another shape all mean "check it again".
 */
class TargetResults {
    store;
    kind;
    hasher;
    valid;
    shared;
    constructor(store, kind, hasher, shared, 
    /** Whether a parsed entry has the shape of a result. */
    valid) {
        this.store = store;
        this.kind = kind;
        this.hasher = hasher;
        this.valid = valid;
        this.shared = (0,src_key/* cacheKey */.k)({ gitops: version_VERSION, code: (0,code/* codeIdentity */.y)(), kind, shared });
    }
    /** The key of a target's result; undefined when its inputs cannot be hashed faithfully. */
    key(t) {
        try {
            return (0,src_key/* cacheKey */.k)({
                shared: this.shared,
                id: t.id,
                // A finding without a better place names the folder's kustomization or Chart.yaml.
                source: [t.source, sourceFiles(t.source).map((f) => this.hasher.file(f))],
                rendered: t.renderedSha256,
                files: t.inputs ? [...t.inputs.files].map((f) => [f, this.hasher.file(f)]) : null,
                dirs: t.inputs ? [...t.inputs.dirs].sort().map((d) => [d, this.hasher.dir(d)]) : null,
                extra: t.extra,
            });
        }
        catch (err) {
            if (err instanceof Unhashable)
                return undefined;
            throw err;
        }
    }
    /** Every file and folder a target's key hashes. */
    inputsOf(t) {
        return {
            files: [...sourceFiles(t.source), ...(t.inputs ? t.inputs.files : [])],
            dirs: t.inputs ? [...t.inputs.dirs] : [],
        };
    }
    get(key) {
        const text = this.store.get(this.kind, key);
        if (text === undefined)
            return undefined;
        try {
            const v = JSON.parse(text);
            if (this.valid(v))
                return v;
        }
        catch {
            // Not JSON: handled below.
        }
        // A checksum-valid entry of another shape: a miss like any other.
        this.store.rejected(this.kind);
        return undefined;
    }
    put(key, value) {
        this.store.put(this.kind, key, JSON.stringify(value));
    }
    /** The cached result of a target, else `run()`'s (then stored); uncached when unkeyable. */
    through(parts, run) {
        const key = this.key(parts);
        if (key === undefined)
            return run();
        const known = this.get(key);
        if (known !== undefined)
            return known;
        const fresh = run();
        // Findings name lines of these files: one edited meanwhile may have been read twice, differently.
        const { files, dirs } = this.inputsOf(parts);
        if (this.hasher.unchangedDuringRun(files, dirs))
            this.put(key, fresh);
        return fresh;
    }
}
/** The files a locator names for a target's folder when no input file holds the object. */
const SOURCE_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"];
function sourceFiles(source) {
    return SOURCE_FILES.map((f) => external_node_path_.posix.join(source, f));
}
/** The key part of a rendered output: the SHA-256 of the bytes a check parsed. */
function outputDigest(bytes) {
    return (0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex");
}

;// CONCATENATED MODULE: ./packages/cache/src/lines.ts




const KIND = "yaml-lines";
/**
 * Lines of fields in a set of files, kept between runs (`yaml-lines` entries). Findings in files
 * read by the fast reader, which keeps no positions, are placed by a careful parse of the file;
 * a warm run whose files are unchanged takes the lines from here instead. One entry for the
 * whole set, keyed by every file's content and the code, so a run reads it once; any change to
 * one of the files makes a new entry.
 */
class FileLines {
    store;
    key;
    lines;
    hasher;
    files;
    added = false;
    constructor(store, key, lines, hasher, files) {
        this.store = store;
        this.key = key;
        this.lines = lines;
        this.hasher = hasher;
        this.files = files;
    }
    /** The lines known for `files` (repo-relative); undefined when a file cannot be hashed faithfully. */
    static open(store, hasher, files) {
        let key;
        try {
            key = (0,src_key/* cacheKey */.k)({
                gitops: version_VERSION,
                code: (0,code/* codeIdentity */.y)(),
                files: [...files].sort().map((f) => [f, hasher.file(f)]),
            });
        }
        catch (err) {
            if (err instanceof Unhashable)
                return undefined;
            throw err;
        }
        let lines = {};
        const text = store.get(KIND, key);
        if (text !== undefined) {
            try {
                const v = JSON.parse(text);
                if (isLines(v))
                    lines = v;
                else
                    store.rejected(KIND);
            }
            catch {
                store.rejected(KIND);
            }
        }
        return new FileLines(store, key, lines, hasher, files);
    }
    /** The known lines of one file of the set. */
    of(file) {
        const at = (docLine, path) => `${file}\0${docLine}\0${JSON.stringify(path)}`;
        return {
            get: (docLine, path) => this.lines[at(docLine, path)],
            set: (docLine, path, line) => {
                this.lines[at(docLine, path)] = line;
                this.added = true;
            },
        };
    }
    /** Stores the lines found in this run, when there are new ones and no file changed meanwhile. */
    save() {
        if (!this.added || !this.hasher.unchangedDuringRun(this.files, []))
            return;
        this.store.put(KIND, this.key, JSON.stringify(this.lines));
    }
}
function isLines(v) {
    return (typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((n) => Number.isInteger(n) && n > 0));
}

;// CONCATENATED MODULE: ./packages/cache/src/index.ts








// EXTERNAL MODULE: ./packages/core/src/write.ts
var src_write = __webpack_require__(5430);
// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 2 modules
var load = __webpack_require__(1556);
// EXTERNAL MODULE: ./packages/core/src/shards.ts
var shards = __webpack_require__(1544);
// EXTERNAL MODULE: ./packages/core/src/git.ts
var src_git = __webpack_require__(4913);
;// CONCATENATED MODULE: ./packages/render/src/changes.ts

/**
 * Paths (relative to `repo`) that differ between `ref` and the working tree:
 * committed, staged and unstaged changes, deletions under both names (no
 * rename pairing), and untracked files. Limited to `repo` when it is a
 * subfolder of a larger checkout.
 */
async function changedFiles(repo, ref) {
    const commit = await (0,src_git/* resolveCommit */.WL)(repo, ref, "--changed-since");
    const diff = await (0,src_git/* gitOk */.Tt)(repo, ["diff", "--name-only", "--no-renames", "--relative", "-z", commit, "--", "."], "git diff");
    const untracked = await (0,src_git/* gitOk */.Tt)(repo, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."], "git ls-files");
    const all = new Set([...diff.split("\0"), ...untracked.split("\0")].filter(Boolean));
    return [...all].sort();
}

// EXTERNAL MODULE: ./packages/core/src/model/graph.ts
var graph = __webpack_require__(3383);
;// CONCATENATED MODULE: ./packages/render/src/graph.ts
// The input graph belongs to the repository model (core): changed-only render, changelog
// attribution and the cache all ask it. Re-exported for render's modules.


;// CONCATENATED MODULE: ./packages/render/src/output.ts



const INDEX_FILE = "index.json";
function sha256(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex");
}
/**
 * The previous run's index, or an empty one when there is none or it is
 * unreadable. render/ is a working folder anyone can edit: entries that are
 * not well-formed, or whose output lies outside the repository, are dropped.
 */
function readIndex(outDir) {
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(outDir, INDEX_FILE), "utf8"));
    }
    catch {
        return { targets: [] };
    }
    const targets = parsed?.targets;
    return { targets: Array.isArray(targets) ? targets.filter(isIndexEntry) : [] };
}
function isIndexEntry(e) {
    if (typeof e !== "object" || e === null)
        return false;
    const { id, output, status } = e;
    return (typeof id === "string" &&
        typeof status === "string" &&
        typeof output === "string" &&
        !(0,external_node_path_.isAbsolute)(output) &&
        !output.split(/[\\/]/).includes(".."));
}
/** Deterministic JSON: entries sorted by id, fixed key order, trailing newline. */
function formatIndex(index) {
    const targets = [...index.targets].sort((a, b) => a.id.localeCompare(b.id)).map(ordered);
    return JSON.stringify({ targets }, null, 2) + "\n";
}
const KEY_ORDER = [
    "id",
    "env",
    "service",
    "kind",
    "source",
    "output",
    "status",
    "resources",
    "sha256",
    "error",
    "applications",
];
/** The same keys in the same order on every run, whatever order they were set in. */
function ordered(entry) {
    const out = {};
    for (const k of KEY_ORDER)
        if (entry[k] !== undefined)
            out[k] = entry[k];
    return out;
}
/**
 * Removes outputs of targets that no longer exist. Only files a previous index
 * listed are removed: render/ may hold files that are not ours.
 */
function removeStale(outDir, repo, previous, current) {
    const removed = [];
    for (const entry of previous.targets) {
        if (current.has(entry.id) || typeof entry.output !== "string")
            continue;
        const path = (0,external_node_path_.resolve)(repo, entry.output);
        // A hand-edited index must not make us delete anything outside render/.
        if (!path.startsWith((0,external_node_path_.resolve)(outDir) + external_node_path_.sep) || !path.endsWith(".yaml"))
            continue;
        (0,external_node_fs_.rmSync)(path, { force: true });
        removed.push(entry.output);
    }
    return removed;
}

;// CONCATENATED MODULE: ./packages/render/src/pool.ts
/**
 * Runs `work` over `items` with at most `limit` in flight, keeping result order.
 * A rejected item rejects the whole run: callers turn expected failures into
 * values first, so this only happens for bugs. Once `signal` aborts, no further
 * item starts; the items never started have no result.
 */
async function mapLimit(items, limit, work, signal) {
    const results = new Array(items.length).fill(undefined);
    let next = 0;
    const worker = async () => {
        while (next < items.length && !signal?.aborted) {
            const i = next++;
            results[i] = await work(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/**
 * At most `limit` callers run `work` at once; the others wait in arrival order. Render holds a
 * slot only while a tool process runs, so a target's JS work (screening its inputs before,
 * parsing, hashing and writing its output after) never keeps a core without a tool on it.
 * A freed slot passes straight to the next waiter: its continuation is queued as a microtask
 * before the releasing caller's own, so the next tool is spawned before the previous output
 * is post-processed.
 */
function toolSlots(limit) {
    let free = Math.max(1, limit);
    const waiting = [];
    return async (work) => {
        if (free > 0)
            free--;
        else
            await new Promise((resolve) => waiting.push(resolve));
        try {
            return await work();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                free++;
        }
    };
}

// EXTERNAL MODULE: ./packages/core/src/config.ts
var src_config = __webpack_require__(5095);
;// CONCATENATED MODULE: ./packages/render/src/cache.ts






/** One run's view of the cache for renders: the store, the file hashes and what every key shares. */
class RenderCache {
    store;
    hasher;
    repo;
    shared;
    constructor(store, hasher, repo, 
    /** Tool versions, render options and the config file: parts of every key. */
    shared) {
        this.store = store;
        this.hasher = hasher;
        this.repo = repo;
        this.shared = shared;
    }
    /**
     * Opens the cache for a run: asks each located tool its version (remembered per binary, so a
     * warm run starts no process for it).
     */
    static async open(store, o) {
        // The model's hasher when there is one: lint and policy key the same files in this run.
        const hasher = o.hasher ?? new FileHasher(o.repo, o.outputDirs);
        const k = o.tools.kustomize;
        const [kustomize, helm] = await Promise.all([
            k
                ? toolVersion(store, k.path, k.kind === "kubectl" ? ["version", "--client"] : ["version"], o.timeoutMs)
                : "",
            o.tools.helm ? toolVersion(store, o.tools.helm, ["version", "--short"], o.timeoutMs) : "",
        ]);
        const shared = {
            gitops: version_VERSION,
            code: (0,code/* codeIdentity */.y)(),
            tools: { kustomize: k ? `${k.kind} ${kustomize}` : "", helm },
            options: o.options,
            config: hasher.file(src_config/* CONFIG_FILE */.g2),
        };
        return new RenderCache(store, hasher, o.repo, shared);
    }
    /**
     * The key of a target's render: the content of every file in its input graph, its render
     * specs (the Application's source options, paths relative to the repo), and the shared parts.
     * Undefined when the render depends on something the graph cannot name: an unresolved part,
     * a remote base or chart not pinned by digest, a symlinked folder.
     */
    key(target, graph) {
        if (graph.unresolved && !(graph.remote.length > 0 && graph.remote.every(pinned)))
            return undefined;
        try {
            const files = inputFiles(graph);
            return (0,src_key/* cacheKey */.k)({
                shared: this.shared,
                id: target.id,
                kind: target.kind,
                specs: JSON.parse(JSON.stringify(target.specs, (_, v) => this.relative(v))),
                helmCharts: graph.helmCharts,
                remote: graph.remote,
                files: files.map((f) => [f, this.hasher.file(f)]),
                dirs: [...graph.dirs].sort().map((d) => [d, this.hasher.dir(d)]),
            });
        }
        catch (err) {
            if (err instanceof Unhashable)
                return undefined;
            throw err;
        }
    }
    get(key) {
        const text = this.store.get("render", key);
        if (text === undefined)
            return undefined;
        try {
            const v = JSON.parse(text);
            if (typeof v.yaml === "string" && typeof v.resources === "number")
                return { yaml: v.yaml, resources: v.resources };
        }
        catch {
            // A checksum-valid entry of another shape: a miss like any other.
        }
        return undefined;
    }
    /**
     * Stores a fresh render under `key`, unless one of the files it was keyed by changed while
     * the run went on: the tool may then have read other bytes than the key names.
     */
    put(key, value, graph) {
        if (!this.hasher.unchangedDuringRun([src_config/* CONFIG_FILE */.g2, ...inputFiles(graph)], graph.dirs))
            return;
        this.store.put("render", key, JSON.stringify(value));
    }
    /** Absolute paths in specs, relative to the repo: a worktree elsewhere keys the same. */
    relative(v) {
        if (typeof v !== "string" || !(v === this.repo || v.startsWith(`${this.repo}/`)))
            return v;
        const rel = (0,external_node_path_.relative)(this.repo, v);
        return rel.startsWith("..") ? v : `<repo>/${rel.split("\\").join("/")}`;
    }
}
/** The files a target's render reads, sorted. */
function inputFiles(graph) {
    return [...new Set([...graph.files, ...graph.yamlFiles.keys()])].sort();
}
/**
 * A remote base or chart is cached only when pinned by digest: an OCI digest or a full git
 * commit. A tag or a branch can move under the same text.
 */
function pinned(remote) {
    return /@sha256:[0-9a-f]{64}\b/.test(remote) || /[?&]ref=[0-9a-f]{40}\b/.test(remote);
}
/** A tool's version string, remembered by the binary's identity (path, size, mtime). */
async function toolVersion(store, path, args, timeoutMs) {
    let identity;
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        const st = (0,external_node_fs_.statSync)(real);
        identity = (0,src_key/* cacheKey */.k)({ real, size: st.size, mtime: st.mtimeMs, ino: st.ino, args });
    }
    catch {
        return "unknown";
    }
    const known = store.get("tool", identity);
    if (known !== undefined)
        return known;
    const result = await (0,exec/* runTool */.q)(path, args, { timeoutMs: Math.min(timeoutMs, 30_000) });
    // A version that cannot be read keys as the binary itself: never shared with another, and not
    // remembered, so a tool that hung once is asked again next run.
    if (result.code !== 0)
        return `unreadable ${identity}`;
    const version = result.stdout.trim();
    store.put("tool", identity, version);
    return version;
}

// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts
var src_yaml = __webpack_require__(1350);
;// CONCATENATED MODULE: ./packages/render/src/directory.ts





const MANIFEST = /\.(ya?ml|json)$/i;
/**
 * Renders a plain manifest folder as Argo CD's directory source does: every
 * YAML and JSON file (recursively when `recurse`), filtered by the `include`
 * and `exclude` globs, in path order. Each file is parsed so a broken one fails
 * the target with its own file and line.
 */
function renderDirectory(spec, repo) {
    const parts = [];
    for (const path of directory_listFiles(spec.dir, spec.recurse, repo)) {
        const rel = (0,external_node_path_.relative)(spec.dir, path).split("\\").join("/");
        // minimatch understands Argo CD's `{a.yaml,b.yaml}` lists as brace expansion.
        if (spec.include && !(0,esm/* minimatch */.xF)(rel, spec.include.trim()))
            continue;
        if (spec.exclude && (0,esm/* minimatch */.xF)(rel, spec.exclude.trim()))
            continue;
        const display = (0,external_node_path_.relative)(repo, path).split("\\").join("/");
        // The careful loader checks the size before reading: a 50 MB file is refused, not parsed.
        const parsed = (0,src_yaml/* loadYamlFile */.Y3)(path, display);
        for (const doc of parsed.documents) {
            if (doc.value !== null)
                parts.push(doc.doc.toString({ lineWidth: 0 }).replace(/^---\n/, ""));
        }
    }
    return parts.map((p) => `---\n${p.endsWith("\n") ? p : p + "\n"}`).join("");
}
/**
 * The manifest files of a directory source, as Argo CD's repo-server reads
 * them: a symlinked file inside the repository counts, a symlinked folder is
 * not descended, and a symlink that leaves the repository fails the target
 * (Argo CD refuses out-of-bounds symlinks).
 */
function directory_listFiles(dir, recurse, repo) {
    const out = [];
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
        if (e.name.startsWith("."))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isSymbolicLink()) {
            if (linkedManifest(path, e.name, repo))
                out.push(path);
        }
        else if (e.isFile() && MANIFEST.test(e.name))
            out.push(path);
        else if (e.isDirectory() && recurse)
            out.push(...directory_listFiles(path, true, repo));
    }
    return out;
}
/** True for a symlink to a manifest file inside the repo; a link out of it is a UserError naming the link. */
function linkedManifest(path, name, repo) {
    const display = (0,external_node_path_.relative)(repo, path).split("\\").join("/");
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        throw new errors/* UserError */.yo(`${display} is a symlink to nothing (its target does not exist)`, display);
    }
    const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(repo), target);
    if (inside === ".." || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside)) {
        throw new errors/* UserError */.yo(`${display} is a symlink to a path outside the repository, which Argo CD refuses; copy the file into the repository`, display);
    }
    return MANIFEST.test(name) && (0,external_node_fs_.statSync)(target).isFile();
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/tools/src/go-env.ts

/**
 * Garbage-collector target for the short-lived Go tools a render starts (kustomize, helm).
 * `kubectl kustomize` on a small overlay allocates about 40 MB while it loads kustomize's
 * built-in OpenAPI schema, and at Go's default (GOGC=100) collects 7-8 times doing so; at 400 it
 * collects twice. A collection marks on an idle core when there is one, which is why the
 * blueprint's sequential loop keeps about 1.1 cores busy on its own; a parallel render has no
 * idle core, so every collection takes time from a tool.
 * Measured on 2 cores (2026-12-02, the 60-service bench repo, 126 targets, CPU of all tool
 * processes of one render, two interleaved runs each): GOGC=100 19.5 s, 200 17.1 s,
 * 400 15.6 s, 800 14.8 s, off 14.3 s; per `kubectl kustomize` of one overlay (perf stat,
 * 48 runs each) 185, 150, 155, 144 and 133 ms. 400 takes most of the gain while a tool's heap
 * stays within 5x its live data.
 */
const DEFAULT_GOGC = "400";
/** The share of the machine's memory one tool may grow to before it collects regardless. */
const MEMORY_SHARE = 4;
/**
 * `env` with the Go runtime settings we run kustomize and helm under: GOGC=DEFAULT_GOGC, and
 * GOMEMLIMIT at a quarter of the machine's memory, so a tool with a large live heap still
 * collects before it crowds out its neighbours (the soft limit only makes a collection come
 * sooner than GOGC would). A user who set either variable is tuning the collector: then both
 * are left exactly as given.
 */
function goRuntimeEnv(env, memoryBytes = (0,external_node_os_.totalmem)()) {
    if (env.GOGC !== undefined || env.GOMEMLIMIT !== undefined)
        return env;
    const limitMiB = Math.max(256, Math.floor(memoryBytes / MEMORY_SHARE / (1024 * 1024)));
    return { ...env, GOGC: DEFAULT_GOGC, GOMEMLIMIT: `${limitMiB}MiB` };
}

;// CONCATENATED MODULE: ./packages/render/src/helm.ts






/**
 * `helm template` with the arguments Argo CD's repo-server passes: value files
 * in order, then inline `values`/`valuesObject`, then `parameters`; the
 * destination namespace; CRDs included unless `skipCrds`.
 */
async function helmTemplate(helm, spec, opts) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-helm-"));
    try {
        return await (0,exec/* runTool */.q)(helm, helmArgs(spec, scratch, opts.kubeVersion), {
            timeoutMs: opts.timeoutMs,
            env: goRuntimeEnv(opts.env ?? process.env),
            ...(opts.signal ? { signal: opts.signal } : {}),
        });
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** The argument list; inline values go to files in `scratch` so no value is ever parsed by a shell. */
function helmArgs(spec, scratch, kubeVersion) {
    const args = ["template", spec.releaseName, spec.chartDir];
    if (spec.namespace)
        args.push("--namespace", spec.namespace);
    for (const f of spec.valueFiles)
        args.push("--values", f);
    if (spec.values) {
        const f = (0,external_node_path_.join)(scratch, "values.yaml");
        (0,external_node_fs_.writeFileSync)(f, spec.values);
        args.push("--values", f);
    }
    if (spec.valuesObject) {
        const f = (0,external_node_path_.join)(scratch, "values-object.yaml");
        (0,external_node_fs_.writeFileSync)(f, (0,yaml_dist/* stringify */.As)(spec.valuesObject));
        args.push("--values", f);
    }
    for (const p of spec.parameters ?? []) {
        args.push(p.forceString ? "--set-string" : "--set", `${p.name}=${p.value}`);
    }
    args.push(spec.skipCrds ? "--skip-crds" : "--include-crds");
    if (kubeVersion)
        args.push("--kube-version", kubeVersion);
    return args;
}

;// CONCATENATED MODULE: ./packages/render/src/kustomize.ts






/**
 * Runs `kustomize build` the safe way: load restrictions on (no file outside
 * the kustomization root), never exec or alpha plugins; `--enable-helm` only
 * when the kustomization inflates charts.
 */
async function kustomizeBuild(tool, dir, opts) {
    const args = tool.kind === "kubectl" ? ["kustomize"] : ["build"];
    args.push("--load-restrictor", "LoadRestrictionsRootOnly");
    if (opts.enableHelm && tool.helm)
        args.push("--enable-helm", "--helm-command", tool.helm);
    // `--` keeps a folder named like an option from being read as one.
    args.push("--", dir);
    // A remote base is fetched with git: it must fail, not wait for a password nobody will type.
    const env = { ...goRuntimeEnv(opts.env ?? process.env), GIT_TERMINAL_PROMPT: "0" };
    return (0,exec/* runTool */.q)(tool.path, args, {
        timeoutMs: opts.timeoutMs,
        env,
        ...(opts.signal ? { signal: opts.signal } : {}),
    });
}
/**
 * Builds `dir` with Argo CD's `source.kustomize` options. Argo edits a copy of
 * the kustomization (`kustomize edit set image ...`); we get the same result
 * without copying by building a throwaway overlay whose only resource is `dir`
 * (by relative path: kustomize refuses absolute roots).
 */
async function kustomizeBuildWithOptions(tool, dir, options, opts) {
    const wrapper = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-kustomize-"));
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(wrapper, "kustomization.yaml"), (0,yaml_dist/* stringify */.As)(overlayFor((0,external_node_path_.relative)(wrapper, dir), options)));
        return await kustomizeBuild(tool, wrapper, opts);
    }
    finally {
        (0,external_node_fs_.rmSync)(wrapper, { recursive: true, force: true });
    }
}
/** The overlay kustomization equivalent to Argo CD's options. */
function overlayFor(resource, o) {
    const k = {
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        resources: [resource],
    };
    if (o.namePrefix)
        k.namePrefix = o.namePrefix;
    if (o.nameSuffix)
        k.nameSuffix = o.nameSuffix;
    if (o.namespace)
        k.namespace = o.namespace;
    if (o.commonLabels)
        k.commonLabels = o.commonLabels;
    if (o.commonAnnotations)
        k.commonAnnotations = o.commonAnnotations;
    if (o.images?.length)
        k.images = o.images.map(parseArgoImage);
    if (o.patches?.length)
        k.patches = o.patches;
    return k;
}
/**
 * Argo CD's image override syntax (`kustomize edit set image`):
 * `[old=]new[:tag][@digest]`, e.g. `nginx=registry/nginx:1.2` or `app@sha256:...`.
 */
function parseArgoImage(spec) {
    const eq = spec.indexOf("=");
    const name = eq >= 0 ? spec.slice(0, eq) : undefined;
    let rest = eq >= 0 ? spec.slice(eq + 1) : spec;
    const entry = {};
    const at = rest.indexOf("@");
    if (at >= 0) {
        entry.digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    // A colon after the last slash is a tag; one before it is a registry port.
    const colon = rest.lastIndexOf(":");
    if (colon > rest.lastIndexOf("/")) {
        entry.newTag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    entry.name = name ?? rest;
    if (name !== undefined && rest !== name)
        entry.newName = rest;
    return entry;
}

// EXTERNAL MODULE: ./packages/core/src/model/read.ts
var model_read = __webpack_require__(1543);
;// CONCATENATED MODULE: ./packages/render/src/screen.ts





/**
 * Checks what kustomize and helm will parse for a target before they run. kustomize hangs on an
 * alias bomb, takes minutes on a few megabytes of keys or thousands of documents, and names no
 * file for a duplicate key; helm names no file for a broken values file. The careful loader
 * refuses each at once, with file and line. Plain syntax errors in kustomize's inputs are left to
 * kustomize, which names the file and the line where the construct opened. A file or folder
 * that is a symlink out of the repository is refused unread: Argo CD refuses such repositories,
 * and what it points at must not reach render/ or a message.
 * Files are read with `read`, the repository model's reader, so a file the model already parsed
 * (every kustomization) is not parsed again, and a base shared by many targets is parsed once.
 * Returns the first problem, or undefined.
 */
function screenInputs(graph, repo, read = model_read/* readDocuments */.r) {
    const realRepo = realPathOf(repo) ?? repo;
    for (const path of [...graph.dirs, ...graph.files, ...graph.yamlFiles.keys()]) {
        if (!leavesRepo(realRepo, (0,external_node_path_.join)(repo, path)))
            continue;
        // kustomize's load restrictor would say the same; this way the file is never read.
        const also = graph.yamlFiles.get(path) === "kustomize" ? ", so outside the kustomization root too" : "";
        return {
            message: `${path} is a symlink to a path outside the repository${also}; copy the file into the repository`,
            file: path,
        };
    }
    for (const [path, tool] of graph.yamlFiles) {
        const err = screenYaml((0,external_node_path_.join)(repo, path), path, read);
        if (!err || (tool === "kustomize" && / invalid YAML: /.test(err.message)))
            continue;
        const problem = { message: err.message, file: err.file ?? path };
        if (err.line)
            problem.line = err.line;
        return problem;
    }
    return undefined;
}
/** True when `path` exists and resolves outside the repository. */
function leavesRepo(realRepo, path) {
    const real = realPathOf(path);
    if (real === undefined)
        return false;
    const rel = (0,external_node_path_.relative)(realRepo, real);
    return rel === ".." || rel.startsWith(".." + external_node_path_.sep) || rel.startsWith(external_node_path_.sep);
}
/**
 * Why a file must not reach the tool, or undefined (a missing file is the tool's to report). The
 * fast reader refuses all the careful loader does (size, documents, depth, aliases, duplicate
 * keys) and more, so a file it reads is fine; only a refused one goes to the careful loader, whose
 * wording names file and line the way every other message does, and whose verdict stands.
 */
function screenYaml(path, display, read) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return undefined;
    }
    catch {
        return undefined;
    }
    try {
        read(path, display);
        return undefined;
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo))
            throw err;
    }
    try {
        (0,src_yaml/* loadYamlFile */.Y3)(path, display);
        return undefined;
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.yo))
            throw err;
        return err;
    }
}
function realPathOf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/render/src/remote-errors.ts

/**
 * Reads a kustomize failure to fetch something remote (a base over git or
 * HTTP, a `helmCharts` entry pulled by helm) and names what was fetched and
 * why it failed in one line: kustomize's own message nests every attempt,
 * repeats the URL in three spellings and ends in the helm command line with
 * this machine's paths, none of which helps the reader.
 */
function condenseRemoteError(text) {
    const remote = remoteNamed(text);
    if (remote === undefined)
        return undefined;
    return {
        message: `remote ${remote.name} could not be fetched: ${rootCause(text)}`,
        reference: remote.reference,
    };
}
/**
 * What was being fetched (`name`, for the message) and the text of it the
 * kustomization holds (`reference`, to find its line); undefined when nothing
 * remote failed.
 */
function remoteNamed(text) {
    // kustomize's `helm pull`: "--repo <url> <chart>" for a chart repository, "oci://<registry>/<chart>" for OCI.
    const repo = /helm pull [^']*?--repo (\S+) (\S+)/.exec(text);
    if (repo)
        return { name: `${repo[1] ?? ""} (chart ${repo[2] ?? ""})`, reference: repo[1] ?? "" };
    const oci = /helm pull [^']*?oci:\/\/(\S+)\/(\S+)/.exec(text);
    if (oci)
        return { name: `oci://${oci[1] ?? ""} (chart ${oci[2] ?? ""})`, reference: oci[1] ?? "" };
    // The deepest "accumulating resources from" is the reference that broke.
    const from = [...text.matchAll(/accumulating resources from '([^']+)'/g)].map((m) => m[1] ?? "").at(-1);
    return from !== undefined && graph/* URL_LIKE */.Ut.test(from) ? { name: from, reference: from } : undefined;
}
/** Causes worth a reader's time, most specific first; each names the host or the refusal. */
const CAUSES = [
    /Could not resolve host(?:name)?:? [^\s'":]+/,
    /Failed to connect to \S+ port \d+/,
    /lookup (\S+) on \S+: no such host/,
    /dial tcp \S+: connect: connection refused/,
    /dial tcp [^:]+:\d+: i\/o timeout/,
    /could not read Username for '[^']+'/,
    /repository '[^']+' not found/,
    /Remote branch \S+ not found/,
    /couldn't find remote ref \S+/,
    /\S+ is not a valid chart repository/,
    /chart "[^"]+"(?: version "[^"]+")? not found in \S+ repository/,
    /\b(?:401|403|404) (?:Unauthorized|Forbidden|Not Found)\b/,
];
function rootCause(text) {
    for (const cause of CAUSES) {
        const m = cause.exec(text);
        if (!m)
            continue;
        if (cause.source.startsWith("lookup"))
            return `no such host ${m[1] ?? ""}`;
        return m[0];
    }
    // Unknown shape: git's "fatal:" line, else the first line; never a local path or the helm command line.
    const fatal = /fatal: ([^\n]+)/.exec(text)?.[1];
    const line = (fatal ?? text.split("\n")[0] ?? text).replace(/'\/[^']*'/g, "'…'");
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

;// CONCATENATED MODULE: ./packages/render/src/tool-errors.ts



const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/**
 * Condenses kustomize's nested error chain ("accumulating resources: accumulation
 * err='accumulating resources from ...': ...") into its root cause, with the file
 * and line when the error names them. `dir` is the kustomization that was built.
 */
function condenseKustomizeError(stderr, dir, repo) {
    const text = stderr.replace(/^(error|Error):\s*/m, "").trim();
    // The deepest kustomization on the chain is the one whose reference broke.
    const recursed = [...text.matchAll(/recursed accumulation of path '([^']+)'/g)].map((m) => m[1] ?? "");
    const at = recursed.at(-1) ?? dir;
    const from = [...text.matchAll(/accumulating resources from '([^']+)'/g)].map((m) => m[1] ?? "").at(-1);
    // Before the file checks: kustomize also tries a URL as a local path and reports that as missing.
    const remote = condenseRemoteError(text);
    if (remote) {
        const k = kustomizationFile(at);
        return { message: remote.message, file: rel(repo, k), ...lineOf(k, remote.reference) };
    }
    const malformed = /MalformedYAMLError: yaml: line (\d+): (.+?) in File: (\S+)/.exec(text);
    if (malformed) {
        const file = resolveIn(at, malformed[3] ?? "");
        return { message: `invalid YAML: ${malformed[2]}`, file: rel(repo, file), line: Number(malformed[1]) };
    }
    const invalid = /invalid Kustomization: yaml: line (\d+): (.+)$/m.exec(text);
    if (invalid) {
        return {
            message: `invalid kustomization: ${invalid[2]}`,
            file: rel(repo, kustomizationFile(at)),
            line: Number(invalid[1]),
        };
    }
    const security = /security; file '([^']+)' is not in or below '([^']+)'/.exec(text);
    if (security) {
        const k = kustomizationFile(at);
        return {
            message: `${rel(repo, security[1] ?? "")} is outside the kustomization root ${rel(repo, security[2] ?? "")} (load restrictions are on)`,
            file: rel(repo, k),
            ...lineOf(k, security[1] ?? ""),
        };
    }
    const missing = /(?:lstat|open|stat) ([^:']+): no such file or directory/.exec(text);
    if (missing) {
        const k = kustomizationFile(at);
        const ref = from ?? (0,external_node_path_.relative)(at, missing[1] ?? "");
        return {
            message: `'${ref}' does not exist (${rel(repo, missing[1] ?? "")})`,
            file: rel(repo, k),
            ...lineOf(k, ref),
        };
    }
    const network = /(unable to fetch|failed to run '\/usr\/bin\/git|git cmd = |dial tcp|no such host|could not resolve host)/i.exec(text);
    if (network)
        return {
            message: `remote resource could not be fetched: ${scrubPaths(lastClause(text), repo)}`,
            file: rel(repo, kustomizationFile(at)),
        };
    return { message: scrubPaths(lastClause(text), repo), file: rel(repo, kustomizationFile(at)) };
}
/**
 * Picks the file and line out of helm's errors: template execution errors
 * ("execution error at (chart/templates/x.yaml:4:26): msg"), parse errors in
 * templates, and unreadable values files.
 */
function condenseHelmError(stderr, chartDir, repo) {
    const text = stderr
        .replace(/^Error:\s*/m, "")
        .split("\n\nUse --debug")[0]
        ?.trim() ?? "";
    const exec = /(?:execution error|parse error) at \(([^:)]+):(\d+)(?::\d+)?\): (.+)/.exec(text);
    if (exec)
        return {
            message: exec[3] ?? text,
            file: chartFile(chartDir, exec[1] ?? "", repo),
            line: Number(exec[2]),
        };
    const tmpl = /template: ([^:]+):(\d+):\d+: (.+)/.exec(text);
    if (tmpl)
        return {
            message: tmpl[3] ?? text,
            file: chartFile(chartDir, tmpl[1] ?? "", repo),
            line: Number(tmpl[2]),
        };
    const yamlParse = /YAML parse error on ([^:]+): (?:error converting YAML to JSON: )?yaml: line (\d+): (.+)/.exec(text);
    if (yamlParse) {
        return {
            message: `template renders invalid YAML (line ${yamlParse[2]} of its output): ${yamlParse[3]}`,
            file: chartFile(chartDir, yamlParse[1] ?? "", repo),
        };
    }
    const values = /failed to parse ([^:]+): (?:error converting YAML to JSON: )?yaml: line (\d+): (.+)/.exec(text);
    if (values)
        return {
            message: `invalid values file: ${values[3]}`,
            file: rel(repo, values[1] ?? ""),
            line: Number(values[2]),
        };
    return {
        message: scrubPaths(text.split("\n")[0] ?? text, repo),
        file: rel(repo, (0,external_node_path_.join)(chartDir, "Chart.yaml")),
    };
}
/** Replaces the repo's absolute path with nothing, so messages read `apps/...` and leak no runner paths. */
function scrubPaths(text, repo) {
    return text.split((0,external_node_path_.resolve)(repo) + "/").join("");
}
function lastClause(text) {
    const clauses = text.split(/: (?=[a-z])/).filter((c) => c.length > 3);
    return clauses.slice(-2).join(": ") || text;
}
function chartFile(chartDir, templatePath, repo) {
    // helm names files `<chart name>/templates/x.yaml`; drop the chart name.
    const inChart = templatePath.split("/").slice(1).join("/");
    return rel(repo, (0,external_node_path_.join)(chartDir, inChart));
}
function kustomizationFile(dir) {
    for (const f of KUSTOMIZATION_FILES)
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)))
            return (0,external_node_path_.join)(dir, f);
    return (0,external_node_path_.join)(dir, "kustomization.yaml");
}
function resolveIn(dir, file) {
    return (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file)) ? dir : (0,external_node_path_.dirname)(dir), file);
}
function lineOf(file, needle) {
    try {
        const lines = (0,external_node_fs_.readFileSync)(file, "utf8").split("\n");
        const base = needle.split("/").pop() ?? needle;
        const i = lines.findIndex((l) => l.includes(needle) || (base.length > 2 && l.includes(base)));
        return i >= 0 ? { line: i + 1 } : {};
    }
    catch {
        return {};
    }
}
function rel(repo, path) {
    const r = (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), (0,external_node_path_.resolve)(path)).split("\\").join("/");
    return r.startsWith("..") ? path : r;
}

;// CONCATENATED MODULE: ./packages/render/src/render-target.ts







/** Renders one target; any failure becomes a Finding on the target, never an exception. */
async function renderTarget(target, ctx) {
    const started = performance.now();
    const fail = (f, rule = "failed") => {
        const failure = {
            tool: "render",
            rule,
            severity: "error",
            message: `${target.id}: ${f.message}`,
            target: target.id,
        };
        if (f.file)
            failure.file = f.file;
        if (f.line)
            failure.line = f.line;
        return { ok: false, yaml: "", resources: 0, failure, ms: performance.now() - started };
    };
    if (ctx.graph.remote.length > 0 && !ctx.allowNetwork) {
        return fail({
            message: `needs remote ${ctx.graph.remote.join(", ")}; network access is off (set render.allowNetwork: true in .gitops.yaml to allow it)`,
            ...firstAppLocation(target),
        }, "network-refused");
    }
    const unreadable = screenInputs(ctx.graph, ctx.repo, ctx.read);
    if (unreadable)
        return fail(unreadable, "unreadable-input");
    const parts = [];
    for (const spec of target.specs) {
        let out;
        try {
            // Only the tool holds a slot: the screen above and the parse below run while others' tools do.
            out =
                spec.type === "directory" || !ctx.slot
                    ? await renderSpec(spec, ctx)
                    : await ctx.slot(() => renderSpec(spec, ctx));
        }
        catch (err) {
            out = { message: scrubPaths((0,errors/* messageOf */.bD)(err), ctx.repo), ...errorLocation(err) };
        }
        if (typeof out !== "string")
            return fail(out, out.rule);
        parts.push(out.endsWith("\n") || out === "" ? out : out + "\n");
    }
    const yaml = parts.join(parts.length > 1 ? "---\n" : "");
    try {
        const parsed = (0,rendered_yaml/* parseRenderedYaml */.I)(yaml, `render/${target.id}.yaml`);
        const resources = parsed.filter((d) => isResource(d.value)).length;
        return { ok: true, yaml, resources, ms: performance.now() - started };
    }
    catch (err) {
        return fail({ message: `renders unreadable YAML: ${(0,errors/* messageOf */.bD)(err)}` });
    }
}
async function renderSpec(spec, ctx) {
    if (spec.type === "directory")
        return renderDirectory(spec, ctx.repo);
    // A target that waited for a slot while the run stopped starts no tool.
    if (ctx.signal?.aborted)
        return { message: "not rendered: the run stopped" };
    let result;
    if (spec.type === "helm") {
        if (!ctx.tools.helm)
            throw new Error("helm was not located");
        result = await helmTemplate(ctx.tools.helm, spec, {
            timeoutMs: ctx.timeoutMs,
            kubeVersion: ctx.kubeVersion,
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
    }
    else {
        if (!ctx.tools.kustomize)
            throw new Error("kustomize was not located");
        const opts = {
            timeoutMs: ctx.timeoutMs,
            enableHelm: ctx.graph.helmCharts,
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        };
        result = spec.options
            ? await kustomizeBuildWithOptions(ctx.tools.kustomize, spec.dir, spec.options, opts)
            : await kustomizeBuild(ctx.tools.kustomize, spec.dir, opts);
    }
    const tool = spec.type === "helm" ? "helm template" : "kustomize build";
    if (result.timedOut)
        return {
            message: `${tool} timed out after ${Math.round(ctx.timeoutMs / 1000)} s and was stopped (raise render.timeout in .gitops.yaml if it needs longer)`,
            rule: "timeout",
        };
    if (result.overflowed)
        return { message: `${tool} produced more output than the limit and was stopped`, rule: "output-limit" };
    if (result.code !== 0) {
        return spec.type === "helm"
            ? condenseHelmError(result.stderr, spec.chartDir, ctx.repo)
            : condenseKustomizeError(result.stderr, spec.dir, ctx.repo);
    }
    return result.stdout;
}
function isResource(v) {
    return typeof v === "object" && v !== null && "kind" in v && "apiVersion" in v;
}
function firstAppLocation(target) {
    const app = target.applications[0];
    return app ? { file: app.file, line: app.line } : {};
}
function errorLocation(err) {
    const e = err;
    return { ...(e.file ? { file: e.file } : {}), ...(e.line ? { line: e.line } : {}) };
}

// EXTERNAL MODULE: ./packages/tools/src/locate.ts
var locate = __webpack_require__(2937);
;// CONCATENATED MODULE: ./packages/render/src/tools.ts

/**
 * Finds kustomize (or kubectl) and helm when the selected targets need them.
 * Missing ones end the run with exit 2, naming each and how to install it.
 */
function locateRenderTools(need, config, env = process.env) {
    const missing = [];
    const tools = {};
    const helm = need.helm || need.kustomize ? (0,locate/* findTool */.SG)("helm", env) : undefined;
    if (need.helm && !helm)
        missing.push("helm");
    if (helm)
        tools.helm = helm;
    if (need.kustomize) {
        const kustomize = config.kustomize !== "kubectl" ? (0,locate/* findTool */.SG)("kustomize", env) : undefined;
        const kubectl = config.kustomize !== "kustomize" && !kustomize ? (0,locate/* findTool */.SG)("kubectl", env) : undefined;
        if (kustomize)
            tools.kustomize = { kind: "kustomize", path: kustomize };
        else if (kubectl)
            tools.kustomize = { kind: "kubectl", path: kubectl };
        else
            missing.push(config.kustomize === "kubectl" ? "kubectl" : "kustomize");
        if (tools.kustomize && helm)
            tools.kustomize.helm = helm;
    }
    if (missing.length > 0)
        throw (0,locate/* missingToolsError */.yS)(missing, "render the targets");
    return tools;
}

;// CONCATENATED MODULE: ./packages/render/src/render.ts
















/** The repository model {@link render} loads when it is given none. */
function renderModel(options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir ?? (0,external_node_path_.join)(options.repo, "render"));
    return (0,load/* loadModel */.c)(options.repo, { outDir, ...(options.env ? { env: options.env } : {}) });
}
/**
 * Renders targets into `render/<id>.yaml` and `render/index.json`. Each target
 * fails alone: its failure becomes a Finding and the others go on. Outputs are
 * written atomically and byte-for-byte deterministic; outputs of targets that
 * no longer exist are removed.
 */
async function render_render(options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir ?? (0,external_node_path_.join)(options.repo, "render"));
    const layout = options.model ?? (await renderModel(options));
    const repo = layout.repo;
    const config = layout.config.render;
    (0,shards/* filterTargets */.xF)(layout, { environments: options.environments, services: options.services });
    // A required check that renders nothing would pass vacuously: a repo (or a
    // .gitops.yaml) with no targets at all is a setup mistake, so say where we looked.
    if (layout.targets.length === 0)
        throw (0,model_report/* noTargets */.UV)(layout);
    // Every discovered target keeps its line in the index; filters only choose what renders.
    const targets = layout.targets;
    const graphs = new Map(targets.map((t) => [t.id, layout.graph(t.id)]));
    const selectedIds = new Set(targets.filter((t) => selected(t, options)).map((t) => t.id));
    let chosen = new Set(targets.filter((t) => !t.skipReason && selectedIds.has(t.id)).map((t) => t.id));
    if (options.changedSince !== undefined || options.changedPaths !== undefined) {
        const changed = options.changedPaths ?? (await changedFiles(repo, options.changedSince ?? "HEAD"));
        // The config decides what everything renders with: a change to it renders all.
        if (!changed.includes(".gitops.yaml"))
            chosen = intersect(chosen, (0,graph/* affectedTargets */.jT)(targets, graphs, changed));
    }
    if (options.only)
        chosen = intersect(chosen, options.only);
    const toRender = targets.filter((t) => chosen.has(t.id));
    const needHelm = toRender.some((t) => t.specs.some((s) => s.type === "helm") || graphs.get(t.id)?.helmCharts === true);
    const needKustomize = toRender.some((t) => t.specs.some((s) => s.type === "kustomize"));
    const tools = locateRenderTools({ kustomize: needKustomize, helm: needHelm }, config, options.env);
    const previous = readIndex(outDir);
    const concurrency = options.concurrency ?? (config.concurrency || (0,external_node_os_.availableParallelism)());
    const store = options.cache === false ? undefined : (options.cache ?? openCache(options.env ?? process.env));
    const cache = store && toRender.length > 0
        ? await RenderCache.open(store, {
            repo,
            outputDirs: layout.outputDirs,
            hasher: modelHasher(layout),
            tools,
            options: { kubeVersion: config.kubeVersion, allowNetwork: config.allowNetwork },
            timeoutMs: config.timeout * 1000,
        })
        : undefined;
    // The first output that cannot be written stops the run: no new target starts, the tools in
    // flight are killed, and the index is written for what is on disk.
    const stop = new AbortController();
    let writeFailure;
    const cached = [];
    let done = 0;
    // `concurrency` tool processes at once, with as many targets again screened and waiting for a
    // slot: a slot freed by one tool goes to the next at once, and the finished target's output is
    // parsed, hashed and written while the next tool runs (no core waits on our JS).
    const slot = toolSlots(concurrency);
    const outcomes = await mapLimit(toRender, concurrency * 2, async (t) => {
        const graph = graphs.get(t.id) ?? layout.graph(t.id);
        const key = cache?.key(t, graph);
        const hit = key === undefined ? undefined : cache?.get(key);
        const outcome = hit
            ? { ok: true, yaml: hit.yaml, resources: hit.resources, ms: 0 }
            : await renderTarget(t, {
                repo,
                tools,
                timeoutMs: config.timeout * 1000,
                allowNetwork: config.allowNetwork,
                kubeVersion: config.kubeVersion,
                graph,
                read: layout.read,
                signal: stop.signal,
                slot,
            });
        if (stop.signal.aborted)
            return undefined;
        if (outcome.ok) {
            try {
                (0,src_write/* writeAtomic */.v)(outputPath(outDir, t.id), outcome.yaml);
            }
            catch (err) {
                writeFailure ??= { id: t.id, message: (0,errors/* messageOf */.bD)(err) };
                stop.abort();
                return undefined;
            }
            if (hit)
                cached.push(t.id);
            else if (key !== undefined)
                cache?.put(key, { yaml: outcome.yaml, resources: outcome.resources }, graph);
        }
        options.onProgress?.(++done, toRender.length, t.id);
        return [t.id, outcome];
    }, stop.signal);
    store?.prune();
    if (writeFailure)
        stopped(layout.repo, outDir, targets, toRender, outcomes, previous, writeFailure);
    const byId = new Map(outcomes.filter((o) => o !== undefined));
    // Targets the filters leave out produce no findings; findings about no target stay.
    const findings = layout.findings.filter((f) => findingSelected(f, targets, selectedIds, options));
    const results = targets.map((t) => {
        const base = entryBase(t, repo, outDir);
        const outcome = byId.get(t.id);
        if (!outcome) {
            const old = previous.targets.find((p) => p.id === t.id && p.status === "ok");
            return {
                ...base,
                status: "skipped",
                resources: old?.resources ?? 0,
                sha256: old?.sha256 ?? "",
                ms: 0,
                ...(t.skipReason ? { error: t.skipReason } : {}),
            };
        }
        if (!outcome.ok) {
            if (outcome.failure)
                findings.push(outcome.failure);
            return {
                ...base,
                status: "failed",
                resources: 0,
                sha256: "",
                error: outcome.failure?.message ?? "failed",
                ms: outcome.ms,
            };
        }
        return {
            ...base,
            status: "ok",
            resources: outcome.resources,
            sha256: sha256(outcome.yaml),
            ms: outcome.ms,
        };
    });
    // Only targets that exist keep an output; a failed target's old output would be stale, so it goes too.
    const keep = new Set(results.filter((r) => r.status !== "failed").map((r) => r.id));
    const removed = removeStale(outDir, repo, previous, keep);
    const index = (0,external_node_path_.join)(outDir, INDEX_FILE);
    try {
        (0,src_write/* writeAtomic */.v)(index, formatIndex({ targets: results.map(withoutTime) }));
    }
    catch (err) {
        // An old index would vouch for outputs it does not describe.
        removeQuietly(index);
        const shown = relativeTo(repo, index);
        throw new errors/* UserError */.yo(`${shown}: cannot write: ${(0,errors/* messageOf */.bD)(err)}`, shown);
    }
    return {
        layout,
        targets: results,
        findings,
        rendered: toRender.map((t) => t.id),
        removed,
        outDir,
        cached: cached.sort(),
        ...(store ? { cache: store.stats } : {}),
    };
}
/** `render/<id>.yaml` for a target id (ids are repo-relative paths and never contain `..`). */
function outputPath(outDir, id) {
    return (0,external_node_path_.join)(outDir, `${id}.yaml`);
}
function entryBase(t, repo, outDir) {
    const output = relativeTo(repo, outputPath(outDir, t.id));
    const base = {
        id: t.id,
        env: t.env,
        kind: t.kind,
        source: t.source,
        output,
    };
    if (t.service)
        base.service = t.service;
    if (t.applications.length > 0)
        base.applications = t.applications.map((a) => `${a.file}#${a.name}`);
    return base;
}
function relativeTo(repo, path) {
    const r = path.startsWith(repo + "/") ? path.slice(repo.length + 1) : path;
    return r.split("\\").join("/");
}
function selected(t, o) {
    const envs = o.environments ?? [];
    const services = o.services ?? [];
    return ((envs.length === 0 || envs.includes(t.env)) &&
        (services.length === 0 || (t.service !== undefined && services.includes(t.service))));
}
/**
 * A finding about a target the filters left out is dropped; so is one about an Application that
 * could not become a target (`applications/<env>/<name>`) of an env the filters left out.
 */
function findingSelected(f, targets, selectedIds, o) {
    if (!f.target)
        return true;
    if (targets.some((t) => t.id === f.target))
        return selectedIds.has(f.target);
    const env = /^applications\/([^/]+)\//.exec(f.target)?.[1];
    const envs = o.environments ?? [];
    return envs.length === 0 || env === undefined || envs.includes(env === "_" ? "" : env);
}
function intersect(a, b) {
    return new Set([...a].filter((x) => b.has(x)));
}
/** index.json must be byte-identical across runs, so the timing stays in --json only. */
function withoutTime(result) {
    const entry = { ...result };
    delete entry.ms;
    return entry;
}
/**
 * Ends a run whose output could not be written (a full disk, a read-only folder). The targets
 * that were written keep their new output; every other target of this run loses its old one
 * (it would be stale) and is listed as failed, so render/index.json says what is on disk. If
 * not even the index can be written it is removed: lint then sees no index and renders again.
 */
function stopped(repo, outDir, targets, toRender, outcomes, previous, failure) {
    const done = new Map();
    for (const o of outcomes)
        if (o)
            done.set(o[0], o[1]);
    const attempted = new Set(toRender.map((t) => t.id));
    const shown = relativeTo(repo, outputPath(outDir, failure.id));
    const why = `not written: the run stopped because ${shown} could not be written (${failure.message})`;
    let written = 0;
    const entries = targets.map((t) => {
        const base = entryBase(t, repo, outDir);
        const outcome = done.get(t.id);
        if (outcome?.ok) {
            written++;
            return { ...base, status: "ok", resources: outcome.resources, sha256: sha256(outcome.yaml) };
        }
        if (attempted.has(t.id)) {
            removeQuietly(outputPath(outDir, t.id));
            const error = outcome ? (outcome.failure?.message ?? "failed") : why;
            return { ...base, status: "failed", resources: 0, sha256: "", error };
        }
        const old = previous.targets.find((p) => p.id === t.id && p.status === "ok");
        return { ...base, status: "skipped", resources: old?.resources ?? 0, sha256: old?.sha256 ?? "" };
    });
    const index = (0,external_node_path_.join)(outDir, INDEX_FILE);
    try {
        (0,src_write/* writeAtomic */.v)(index, formatIndex({ targets: entries }));
    }
    catch {
        // render/ itself refuses changes: the old index then stays, older than the inputs, so stale.
        removeQuietly(index);
    }
    throw new errors/* UserError */.yo(`${shown}: cannot write: ${failure.message}; the run stopped (${written} of ${toRender.length} target(s) written, render/index.json lists what is on disk)`, shown);
}
function removeQuietly(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { force: true });
    }
    catch {
        // A folder that refuses the removal refused the write too; the index does not list it.
    }
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./packages/core/src/model/applications.ts
var applications = __webpack_require__(2100);
;// CONCATENATED MODULE: ./packages/render/src/argo.ts
// Argo CD Application helpers live with the repository model in core; re-exported for render's modules.


;// CONCATENATED MODULE: ./packages/render/src/diff/resources.ts


/** Splits rendered YAML into objects by key; documents without kind/name are ignored. */
function splitResources(yaml, label) {
    const out = new Map();
    for (const d of (0,rendered_yaml/* parseRenderedYaml */.I)(yaml, label)) {
        const v = d.value;
        if (!(0,applications/* isObject */.Gv)(v) || typeof v.kind !== "string" || typeof v.apiVersion !== "string")
            continue;
        const meta = (0,applications/* isObject */.Gv)(v.metadata) ? v.metadata : {};
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
            if (!(0,applications/* isObject */.Gv)(mine))
                continue;
            const theirs = other && (0,applications/* isObject */.Gv)(other.value[field]) ? other.value[field] : {};
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
        const before = bv === undefined ? "" : (0,yaml_dist/* stringify */.As)(bv, { lineWidth: 0, sortMapEntries: false });
        const after = hv === undefined ? "" : (0,yaml_dist/* stringify */.As)(hv, { lineWidth: 0, sortMapEntries: false });
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
    const top = await (0,src_git/* gitTopLevel */.oB)(options.repo);
    if (!top)
        throw new errors/* UserError */.yo(`diff: ${options.repo} is not inside a git repository`);
    const baseCommit = await (0,src_git/* resolveCommit */.WL)(options.repo, options.base, "diff --base");
    const mergeBase = (await (0,src_git/* gitOk */.Tt)(options.repo, ["merge-base", "--end-of-options", baseCommit, "HEAD"], `diff: no merge-base between ${options.base} and HEAD`)).trim();
    const changed = await changedFiles(options.repo, mergeBase);
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
    const head = await render_render({
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
        await (0,src_git/* gitOk */.Tt)(top, ["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, mergeBase], "diff: cannot check out the merge-base");
        const baseRepo = (0,external_node_path_.join)(worktree, (0,external_node_path_.relative)(top, head.layout.repo));
        const baseOut = (0,external_node_path_.join)(scratch, "render");
        // A base from before the repo had a .gitops.yaml renders with the head's, so both sides
        // are found and rendered the same way.
        const headConfig = (0,external_node_path_.join)(head.layout.repo, src_config/* CONFIG_FILE */.g2);
        if ((0,external_node_fs_.existsSync)(baseRepo) && (0,external_node_fs_.existsSync)(headConfig) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(baseRepo, src_config/* CONFIG_FILE */.g2)))
            (0,external_node_fs_.copyFileSync)(headConfig, (0,external_node_path_.join)(baseRepo, src_config/* CONFIG_FILE */.g2));
        const baseModel = (0,external_node_fs_.existsSync)(baseRepo)
            ? await (0,load/* loadModel */.c)(baseRepo, { outDir: baseOut, ...(options.env ? { env: options.env } : {}) })
            : undefined;
        // A base with nothing to render (the change adds the first targets) compares as empty.
        const base = baseModel && baseModel.targets.length > 0
            ? await render_render({
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
        (0,src_write/* writeAtomic */.v)(fullDiffFile, diffMarkdown(diffs, { limit: Number.POSITIVE_INFINITY }));
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
        await (0,src_git/* git */.$Y)(top, ["worktree", "remove", "--force", "--end-of-options", worktree]);
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
        const headYaml = h?.status === "ok" ? (0,external_node_fs_.readFileSync)(outputPath(head.outDir, id), "utf8") : undefined;
        const baseYaml = b?.status === "ok" && base ? (0,external_node_fs_.readFileSync)(outputPath(base.outDir, id), "utf8") : undefined;
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

;// CONCATENATED MODULE: ./packages/render/src/private.ts




/**
 * Renders `only` into a temporary folder: a check scoped to a change (a pre-commit hook's staged
 * files) renders what the change feeds without turning the repository's render/ into a partial
 * render that a later `gitops lint` would take for a fresh one.
 */
async function renderPrivately(options) {
    const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-render-"));
    const dispose = () => {
        (0,external_node_fs_.rmSync)(outDir, { recursive: true, force: true });
    };
    try {
        if (options.only.size === 0)
            return { outDir, index: { targets: [] }, findings: [], dispose };
        const report = await render_render({
            repo: options.repo,
            model: options.model,
            outDir,
            only: options.only,
            ...(options.env ? { env: options.env } : {}),
        });
        // The entries as render made them: readIndex refuses outputs outside the repository, as it
        // should for a render/index.json that came with the repository.
        const targets = report.targets.map((t) => {
            const entry = { ...t };
            delete entry.ms;
            return entry;
        });
        return { outDir, index: { targets }, findings: report.findings, dispose };
    }
    catch (err) {
        dispose();
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/render/src/index.ts











;// CONCATENATED MODULE: ./packages/validate/src/report.ts








/**
 * Merges the shard results of a sharded run into one report: one set of
 * findings, one summary, one comment. A missing shard or a failed job fails
 * the report rather than passing on partial results.
 */
function reportShards(o) {
    const checks = [];
    const wanted = o.check === "validate" ? CHECKS.filter((c) => c !== "secrets") : [o.check];
    for (const check of wanted) {
        const results = readShardResults(o.resultsDir, check, o.expectedShards);
        const parts = results.flatMap((r) => (r.coverage ? [r.coverage] : []));
        checks.push({
            name: check,
            findings: dedupe(results.flatMap((r) => r.findings)),
            // Coverage only when every shard gave it: a partial sum would understate what was checked.
            ...(parts.length > 0 && parts.length === results.length ? { coverage: mergeCoverage(parts) } : {}),
        });
    }
    let comment;
    if (o.check === "validate") {
        for (const { job, result } of unsuccessfulJobs(o.needsJson ?? "{}")) {
            if (!checks.some((c) => c.name === job))
                checks.push({ name: job, findings: [], problem: `job ${result}` });
            else {
                const c = checks.find((x) => x.name === job);
                if (c)
                    c.problem = `job ${result}`;
            }
        }
        const diffs = readShardResults(o.resultsDir, "diff", 0).flatMap((r) => r.diffs ?? []);
        // The comment keeps to the check table and the diff: findings are in annotations and the summary.
        comment = `${validateMarkdown(checks, { failOn: o.failOn, details: false })}\n${diffMarkdown(diffs, { limit: 60_000 })}`;
    }
    const findings = checks.flatMap((c) => c.findings);
    const annotate = o.check === "validate" ? (checks.find((c) => c.name === "render")?.findings ?? []) : findings;
    return {
        annotate,
        findings,
        markdown: validateMarkdown(checks, { failOn: o.failOn }),
        ...(comment === undefined ? {} : { comment }),
        sarif: (0,reporters/* toSarif */.zv)(findings, { toolName: "gitops-actions", toolVersion: version_VERSION }),
        failed: validateFails(checks, o.failOn),
    };
}
/**
 * One finding per place and message, as lint keeps them: repo-wide findings (YAML hygiene, Argo
 * CD references) come from every shard, and a shared base's mistake from every target using it.
 */
function dedupe(findings) {
    const seen = new Set();
    return (0,src_finding/* sortFindings */.Tc)(findings).filter((f) => {
        const key = JSON.stringify([f.tool, f.rule, f.severity, f.message, f.file, f.line]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./packages/cache/src/validators.ts
var validators = __webpack_require__(4291);
// EXTERNAL MODULE: ./packages/core/src/model/detect.ts
var detect = __webpack_require__(5832);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var names = __webpack_require__(5499);
// EXTERNAL MODULE: ./packages/core/src/yaml-lines.ts
var yaml_lines = __webpack_require__(3716);
;// CONCATENATED MODULE: ./packages/lint/src/argo/model.ts







/** The 1-based line of `path` (relative to the Application) in its file. */
function appLine(app, path) {
    return app.at.lineOf([...app.base, ...path]);
}
/** `Application cms-prod` or `Application web-staging (generated by ApplicationSet staging-services)`. */
function appLabel(app) {
    return `Application ${app.name}${app.generatedBy ? ` (generated by ${app.generatedBy})` : ""}`;
}
const KINDS = new Set(["Application", "ApplicationSet", "AppProject"]);
/**
 * Every Argo CD object in `files` (the repository model's Argo CD files, wherever they live),
 * read with `read`: the model's reader, so each file is parsed once per run, by the fast reader.
 * Lines come from the careful loader, which keeps node positions, and only for a file with a
 * finding to place, unless `known` (the persistent cache) has them from a run on the same
 * content. Files that do not parse are left to the YAML hygiene check, which reports them with
 * file:line.
 */
function readArgoObjects(repo, files, read = model_read/* readDocuments */.r, known) {
    const out = [];
    for (const rel of files) {
        let docs;
        try {
            docs = read((0,external_node_path_.join)(repo, rel), rel);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                continue;
            throw err;
        }
        const env = (0,names/* namesFromPath */.GQ)(rel.split("/").slice(0, -1).join("/")).env;
        const positions = (0,yaml_lines/* lazyLines */.K)(() => (0,src_yaml/* loadYamlFile */.Y3)((0,external_node_path_.join)(repo, rel), rel), known?.(rel));
        for (const doc of docs) {
            const v = doc.value;
            if (!(0,applications/* isObject */.Gv)(v) || typeof v.kind !== "string" || !KINDS.has(v.kind))
                continue;
            if (typeof v.apiVersion !== "string" || !v.apiVersion.startsWith("argoproj.io/"))
                continue;
            const metadata = (0,applications/* isObject */.Gv)(v.metadata) ? v.metadata : {};
            const obj = {
                kind: v.kind,
                name: typeof metadata.name === "string" ? metadata.name : "",
                value: v,
                at: { file: rel, lineOf: (path) => positions(doc.line, path) },
            };
            if (env)
                obj.env = env;
            out.push(obj);
        }
    }
    return out;
}
/** The Application view of a written Application. */
function writtenApp(o) {
    const view = {
        name: o.name,
        metadata: (0,applications/* isObject */.Gv)(o.value.metadata) ? o.value.metadata : {},
        spec: (0,applications/* isObject */.Gv)(o.value.spec) ? o.value.spec : {},
        at: o.at,
        base: [],
    };
    if (o.env)
        view.env = o.env;
    return view;
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/appset.ts


/**
 * The Applications an ApplicationSet generates, as the repository model expanded them (the way
 * Argo CD's controller would), viewed for the reference checks: lines point at the
 * ApplicationSet's template.
 */
function generatedApps(set, generated) {
    const apps = [];
    for (const g of generated) {
        if (g.applicationSet !== set.name || g.file !== set.at.file)
            continue;
        const app = {
            name: g.name,
            metadata: (0,applications/* isObject */.Gv)(g.manifest.metadata) ? g.manifest.metadata : {},
            spec: (0,applications/* isObject */.Gv)(g.manifest.spec) ? g.manifest.spec : {},
            at: set.at,
            base: ["spec", "template"],
            generatedBy: `ApplicationSet ${set.name}`,
            targets: g.targets,
        };
        if (set.env)
            app.env = set.env;
        apps.push(app);
    }
    return apps;
}
/**
 * An ApplicationSet that generates no Application although nothing it needs is live (a git
 * generator whose paths match no folder, an empty list): almost always a typo in a path.
 */
function noMatch(set, generated, needsLive) {
    if (generated > 0 || needsLive)
        return [];
    const spec = (0,applications/* isObject */.Gv)(set.value.spec) ? set.value.spec : {};
    const generators = Array.isArray(spec.generators) ? spec.generators : [];
    const gi = generators.findIndex((g) => (0,applications/* isObject */.Gv)(g) && (0,applications/* isObject */.Gv)(g.git));
    const git = gi === -1 ? undefined : generators[gi].git;
    const key = git && Array.isArray(git.directories)
        ? "directories"
        : git && Array.isArray(git.files)
            ? "files"
            : undefined;
    const path = gi === -1 ? ["spec", "generators"] : ["spec", "generators", gi, "git", ...(key ? [key] : [])];
    const view = {
        name: set.name,
        metadata: {},
        spec: {},
        at: set.at,
        base: [],
    };
    return [
        {
            tool: "lint",
            rule: "argo/appset-no-match",
            severity: "error",
            message: `ApplicationSet ${set.name} generates no Application from this repository${key ? ` (no ${key === "files" ? "file" : "folder"} matches its git ${key})` : ""}`,
            file: set.at.file,
            line: appLine(view, path),
        },
    ];
}
/**
 * The template of an ApplicationSet whose generator needs the SCM or the live cluster (a
 * pullRequest generator with no pull request given) and so generated nothing here: its source
 * paths still name what it deploys. A `{{ }}` placeholder in a path stands for one folder name.
 */
function liveTemplate(set) {
    const spec = (0,applications/* isObject */.Gv)(set.value.spec) ? set.value.spec : {};
    const template = (0,applications/* isObject */.Gv)(spec.template) ? spec.template : {};
    if (!(0,applications/* isObject */.Gv)(template.spec))
        return undefined;
    return {
        name: set.name,
        metadata: (0,applications/* isObject */.Gv)(template.metadata) ? template.metadata : {},
        spec: template.spec,
        at: set.at,
        base: ["spec", "template"],
        generatedBy: `ApplicationSet ${set.name}`,
    };
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/cross.ts





const SYNC_WAVE = "argocd.argoproj.io/sync-wave";
/** Argo CD parses sync waves with strconv.Atoi: an optional sign and digits. */
function isSyncWave(value) {
    return typeof value === "string" && /^[+-]?\d+$/.test(value.trim()) && value.trim() === value;
}
/**
 * Two Applications deploying the same object to the same cluster fight over it. A cluster is the
 * env folder plus the destination server (staging and prod may both say kubernetes.default.svc);
 * an object is group/kind, namespace (its own, else the Application's) and name.
 */
function checkDuplicates(ctx, apps, targetOf) {
    const out = [];
    const owners = new Map();
    for (const app of apps) {
        const target = targetOf(ctx, app);
        if (!target)
            continue;
        const dest = (0,applications/* isObject */.Gv)(app.spec.destination) ? app.spec.destination : {};
        const server = typeof dest.server === "string" ? dest.server : typeof dest.name === "string" ? dest.name : "";
        const destNs = typeof dest.namespace === "string" ? dest.namespace : "";
        const seen = new Set();
        for (const r of ctx.byTarget.get(target.id) ?? []) {
            const group = r.apiVersion.includes("/") ? r.apiVersion.split("/")[0] : "";
            const namespaced = ctx.namespaced(r.apiVersion, r.kind) ?? true;
            const ns = namespaced ? (r.namespace ?? destNs) : "";
            const key = `${app.env ?? ""}|${server}|${group ?? ""}/${r.kind}|${ns}|${r.name}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const owner = owners.get(key);
            if (!owner) {
                owners.set(key, app);
            }
            else if (owner !== app) {
                out.push(argo(app, "argo/duplicate-resource", "error", `deploys ${r.kind} ${ns ? `${ns}/` : ""}${r.name} to ${server || "the same cluster"}, which ${appLabel(owner)} (${owner.at.file}) deploys too`, ["spec", "destination"]));
            }
        }
    }
    return out;
}
/** Sync-wave annotations on the Argo CD objects (and ApplicationSet templates) must be integers. */
function checkSyncWaves(_ctx, objects) {
    const out = [];
    const check = (o, metadata, path) => {
        const annotations = (0,applications/* isObject */.Gv)(metadata) && (0,applications/* isObject */.Gv)(metadata.annotations) ? metadata.annotations : {};
        const wave = annotations[SYNC_WAVE];
        if (wave === undefined || isSyncWave(wave) || (typeof wave === "string" && wave.includes("{{")))
            return;
        out.push({
            tool: "lint",
            rule: "argo/sync-wave",
            severity: "error",
            message: `${o.kind} ${o.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
            file: o.at.file,
            line: o.at.lineOf([...path, "annotations", SYNC_WAVE]),
        });
    };
    for (const o of objects) {
        check(o, o.value.metadata, ["metadata"]);
        const spec = (0,applications/* isObject */.Gv)(o.value.spec) ? o.value.spec : {};
        if (o.kind === "ApplicationSet" && (0,applications/* isObject */.Gv)(spec.template))
            check(o, spec.template.metadata, ["spec", "template", "metadata"]);
    }
    return out;
}
/**
 * Every `apps/<service>/overlays/<env>` folder should be deployed by some Application: through
 * its source path, a Helm value file in it, or a kustomization the Application renders. The
 * templates of ApplicationSets that generated nothing here because they need a live source (a
 * pullRequest generator's previews) deploy their source paths too, `{{ }}` matching one folder.
 */
function checkOverlaysReferenced(ctx, apps, targetOf, templates = []) {
    const patterns = templates.flatMap((t) => localPaths(ctx, t).flatMap((p) => templatePattern(p.path) ?? []));
    const used = new Set();
    for (const app of apps) {
        for (const { source, path } of localPaths(ctx, app)) {
            used.add(path);
            const helm = (0,applications/* isObject */.Gv)(source.helm) ? source.helm : {};
            for (const f of Array.isArray(helm.valueFiles) ? helm.valueFiles : []) {
                if (typeof f === "string")
                    used.add((0,external_node_path_.join)(path, f).replace(/\/[^/]*$/, ""));
            }
        }
        const target = targetOf(ctx, app);
        for (const f of target ? (ctx.inputs.get(target.id) ?? []) : [])
            used.add(f.replace(/\/[^/]*$/, ""));
    }
    const out = [];
    for (const overlay of overlayFolders(ctx.repo)) {
        if ([...used].some((u) => u === overlay || u.startsWith(`${overlay}/`)))
            continue;
        if (patterns.some((p) => p.test(overlay)))
            continue;
        const file = ["kustomization.yaml", "kustomization.yml", "values.yaml", "Chart.yaml"]
            .map((f) => `${overlay}/${f}`)
            .find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.repo, f)));
        out.push({
            tool: "lint",
            rule: "argo/unreferenced-overlay",
            severity: "warning",
            message: `overlay ${overlay} is not deployed by any Application or ApplicationSet under argo-apps/`,
            file: file ?? overlay,
        });
    }
    return out;
}
/**
 * A template's source path as a pattern: the folder itself or anything below it. A path that
 * starts with a placeholder (`{{path}}`) says nothing about which folder: none.
 */
function templatePattern(path) {
    if (path.startsWith("{{"))
        return undefined;
    const parts = path.split(/\{\{.*?\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(`^${parts.join("[^/]+")}(/.*)?$`);
}
function overlayFolders(repo) {
    const out = [];
    for (const service of list((0,external_node_path_.join)(repo, "apps"))) {
        for (const env of list((0,external_node_path_.join)(repo, "apps", service, "overlays")))
            out.push(`apps/${service}/overlays/${env}`);
    }
    return out;
}
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
            .filter((e) => e.isDirectory() && !e.name.startsWith("."))
            .map((e) => e.name)
            .sort();
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/checks.ts







/** Namespaces every cluster has. */
const BUILTIN_NAMESPACES = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
/**
 * Checks the Argo CD objects under `argo-apps/` against the repository, with no Argo CD:
 * source paths and Helm value files exist and render, no env deploys another env's folder,
 * projects are defined, destination namespaces exist, ApplicationSet generators match,
 * no two Applications deploy the same object, sync waves are integers, every overlay is deployed.
 */
function checkArgo(ctx) {
    const objects = readArgoObjects(ctx.repo, ctx.argoFiles, ctx.read, ctx.knownLines);
    if (objects.length === 0)
        return { findings: [], applications: 0 };
    const findings = [];
    const apps = objects.filter((o) => o.kind === "Application").map(writtenApp);
    const templates = [];
    for (const set of objects.filter((o) => o.kind === "ApplicationSet")) {
        const generated = generatedApps(set, ctx.generated);
        apps.push(...generated);
        const live = ctx.liveSets.has(`${set.at.file}#${set.name}`);
        findings.push(...noMatch(set, generated.length, live));
        const template = live && generated.length === 0 ? liveTemplate(set) : undefined;
        if (template)
            templates.push(template);
    }
    const projects = objects.filter((o) => o.kind === "AppProject");
    const namespaces = clusterNamespaces(ctx);
    for (const app of apps) {
        findings.push(...checkSources(ctx, app));
        findings.push(...checkProject(app, projects.map((p) => ({ name: p.name, env: p.env }))));
        findings.push(...checkNamespace(app, namespaces, rendersNamespace(ctx, app)));
    }
    findings.push(...checkDuplicates(ctx, apps, targetOf));
    findings.push(...checkSyncWaves(ctx, objects));
    findings.push(...checkOverlaysReferenced(ctx, apps, targetOf, templates));
    return { findings, applications: apps.length };
}
/** The rendered target that an Application deploys: the one the renderer tied to it, else its path's. */
function targetOf(ctx, app) {
    if (!app.generatedBy) {
        const ref = `${app.at.file}#${app.name}`;
        const tied = ctx.index.targets.find((t) => t.applications?.includes(ref));
        if (tied)
            return tied;
    }
    const path = localPaths(ctx, app)[0]?.path;
    return path === undefined ? undefined : ctx.index.targets.find((t) => t.id === path);
}
/** The Application's sources that render from this repository, with their YAML paths. */
function localPaths(ctx, app) {
    const out = [];
    const list = Array.isArray(app.spec.sources)
        ? app.spec.sources.map((s, i) => [s, ["spec", "sources", i]])
        : [[app.spec.source, ["spec", "source"]]];
    for (const [source, at] of list) {
        if (!(0,applications/* isObject */.Gv)(source) || typeof source.path !== "string" || source.chart !== undefined)
            continue;
        const url = typeof source.repoURL === "string" ? source.repoURL : "";
        if (url && ctx.repoURLs.length > 0 && !(0,applications/* sameRepo */.Zj)(url, ctx.repoURLs))
            continue;
        const path = external_node_path_.posix.normalize(source.path.replace(/^\.\//, "")).replace(/\/$/, "");
        out.push({ source, path: path === "." ? "" : path, at: [...at] });
    }
    return out;
}
function checkSources(ctx, app) {
    const out = [];
    const refs = new Set((Array.isArray(app.spec.sources) ? app.spec.sources : [])
        .filter(applications/* isObject */.Gv)
        .map((s) => (typeof s.ref === "string" ? s.ref : ""))
        .filter(Boolean));
    for (const { source, path, at } of localPaths(ctx, app)) {
        const dir = (0,external_node_path_.join)(ctx.repo, path);
        if (path.startsWith("..") || !isDir(dir)) {
            out.push(argo(app, "argo/source-path", "error", `source path "${path}" is not a folder in this repository`, [
                ...at,
                "path",
            ]));
            continue;
        }
        crossEnv(ctx, app, path, [...at, "path"], out);
        const target = targetOf(ctx, app);
        if (target?.status === "failed") {
            const why = (target.error ?? "failed").split("\n")[0] ?? "";
            out.push({
                ...argo(app, "argo/source-render", "error", `source path "${path}" does not render: ${why}`, [
                    ...at,
                    "path",
                ]),
                // The failed target, so a report that has render's own finding for it can drop this echo.
                target: target.id,
            });
        }
        else if (!target && !(0,applications/* isObject */.Gv)(source.helm) && !(0,detect/* kindOfFolder */.Kv)(dir)) {
            out.push(argo(app, "argo/source-render", "error", `source path "${path}" holds no kustomization, Helm chart or manifests`, [...at, "path"]));
        }
        const helm = (0,applications/* isObject */.Gv)(source.helm) ? source.helm : {};
        const files = Array.isArray(helm.valueFiles) ? helm.valueFiles : [];
        files.forEach((f, i) => {
            if (typeof f !== "string" || /^[a-z]+:\/\//i.test(f))
                return;
            const ref = /^\$([^/]+)\/(.*)$/.exec(f);
            if (ref && !refs.has(ref[1] ?? ""))
                return;
            const rel = ref ? external_node_path_.posix.normalize(ref[2] ?? "") : external_node_path_.posix.normalize(external_node_path_.posix.join(path, f));
            const where = [...at, "helm", "valueFiles", i];
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.repo, rel)) && helm.ignoreMissingValueFiles !== true) {
                out.push(argo(app, "argo/value-file", "error", `Helm value file "${f}" does not exist (${rel})`, where));
            }
            else {
                crossEnv(ctx, app, external_node_path_.posix.dirname(rel), where, out);
            }
        });
    }
    return out;
}
/** An Application under argo-apps/<env>/ must not deploy a folder of another environment. */
function crossEnv(ctx, app, path, at, out) {
    if (!app.env || !ctx.environments.includes(app.env))
        return;
    const other = path.split("/").find((s) => s !== app.env && ctx.environments.includes(s));
    if (other) {
        out.push(argo(app, "argo/cross-env", "error", `is in argo-apps/${app.env}/ but deploys "${path}" of environment ${other}`, at));
    }
}
function checkProject(app, projects) {
    const project = typeof app.spec.project === "string" ? app.spec.project : "default";
    if (project === "default" || /\{\{/.test(project))
        return [];
    if (projects.length === 0) {
        return [
            argo(app, "argo/project", "notice", `project "${project}" is not defined in this repository (it defines no AppProjects); it must exist in Argo CD`, ["spec", "project"]),
        ];
    }
    const sameEnv = projects.filter((p) => p.env === app.env);
    const known = (sameEnv.length > 0 ? sameEnv : projects).map((p) => p.name);
    if (known.includes(project))
        return [];
    return [
        argo(app, "argo/project", "error", `project "${project}" is not defined; AppProjects here: ${[...new Set(known)].sort().join(", ")}`, ["spec", "project"]),
    ];
}
/**
 * Namespace objects rendered from clusters/ targets, by env ("" collects them all). An env whose
 * clusters/ target was not rendered in this run (another shard, --changed-since) is absent from
 * the map: its namespaces are unknown here, not missing.
 */
function clusterNamespaces(ctx) {
    const out = new Map([["", new Set()]]);
    const unknown = ctx.index.targets.filter((t) => t.id.startsWith("clusters/") && t.status === "skipped");
    for (const t of ctx.index.targets) {
        if (!t.id.startsWith("clusters/") || t.status === "skipped")
            continue;
        for (const r of ctx.byTarget.get(t.id) ?? []) {
            if (r.kind !== "Namespace" || r.apiVersion !== "v1" || !r.name)
                continue;
            for (const env of [t.env, ""]) {
                const set = out.get(env) ?? new Set();
                set.add(r.name);
                out.set(env, set);
            }
        }
    }
    for (const t of unknown)
        out.set(`?${t.env}`, new Set());
    if (unknown.length > 0)
        out.set("?", new Set());
    return out;
}
/**
 * The Namespace objects the Application's own render holds. Argo CD applies a Namespace before
 * the namespaced objects of the same sync, so an Application that deploys its destination's
 * Namespace needs no CreateNamespace=true (a preview that does so is also how the namespace
 * gets deleted again on teardown).
 */
function rendersNamespace(ctx, app) {
    const ids = app.targets ?? [targetOf(ctx, app)?.id ?? ""];
    const out = new Set();
    for (const id of ids) {
        for (const r of ctx.byTarget.get(id) ?? []) {
            if (r.kind === "Namespace" && r.apiVersion === "v1" && r.name)
                out.add(r.name);
        }
    }
    return out;
}
function checkNamespace(app, namespaces, own) {
    const dest = (0,applications/* isObject */.Gv)(app.spec.destination) ? app.spec.destination : {};
    const ns = typeof dest.namespace === "string" ? dest.namespace : "";
    if (!ns || BUILTIN_NAMESPACES.has(ns) || own.has(ns))
        return [];
    const sync = (0,applications/* isObject */.Gv)(app.spec.syncPolicy) ? app.spec.syncPolicy : {};
    const options = Array.isArray(sync.syncOptions) ? sync.syncOptions : [];
    if (options.some((o) => typeof o === "string" && o.replace(/\s/g, "") === "CreateNamespace=true"))
        return [];
    if (namespaces.get(app.env ?? "")?.has(ns))
        return [];
    // The namespaces of that env were not rendered here: nothing to compare with.
    if (namespaces.has(`?${app.env ?? ""}`) || (!app.env && namespaces.has("?")))
        return [];
    const where = app.env ? `clusters/${app.env}` : "clusters/";
    return [
        argo(app, "argo/destination-namespace", "error", `destination namespace "${ns}" is not a Namespace in ${where} and the Application does not set CreateNamespace=true`, ["spec", "destination", "namespace"]),
    ];
}
/** A finding on an Application, at `path` inside it. */
function argo(app, rule, severity, message, path) {
    return {
        tool: "lint",
        rule,
        severity,
        message: `${appLabel(app)}: ${message}`,
        file: app.at.file,
        line: appLine(app, path),
        resource: { apiVersion: "argoproj.io/v1alpha1", kind: "Application", name: app.name },
    };
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/model/dr-clusters.ts
var dr_clusters = __webpack_require__(3817);
;// CONCATENATED MODULE: ./packages/lint/src/dr-parity.ts

/**
 * Every DR parity finding of the repository (none when no cluster carries `role: dr`). The
 * parity code (promotion planning) loads only for a repository that has DR clusters.
 */
async function drParityFindings(layout) {
    if (!(0,dr_clusters/* roleClusters */.c8)(layout).some((c) => c.role === "dr"))
        return [];
    const { checkParity } = await __webpack_require__.e(/* import() */ 939).then(__webpack_require__.bind(__webpack_require__, 939));
    return (await checkParity(layout)).findings;
}

;// CONCATENATED MODULE: ./packages/lint/src/extras.ts

const ARGO_KINDS = new Set(["Application", "ApplicationSet", "AppProject"]);
/** When lint does not render, targets that failed in the last render are still errors. */
function freshRenderFindings(index) {
    return index.targets
        .filter((t) => t.status === "failed")
        .map((t) => ({
        tool: "render",
        rule: "render-failed",
        severity: "error",
        message: `${t.id} does not render: ${(t.error ?? "failed").split("\n")[0] ?? ""}`,
        file: t.source,
        target: t.id,
    }));
}
/** Sync-wave annotations on rendered resources must be integers (Argo CD objects are checked at their source). */
function renderedSyncWaves(resources, locate) {
    const out = [];
    for (const r of resources) {
        if (ARGO_KINDS.has(r.kind) && r.apiVersion.startsWith("argoproj.io/"))
            continue;
        const metadata = r.value.metadata;
        const wave = metadata?.annotations?.[SYNC_WAVE];
        if (wave === undefined || isSyncWave(wave))
            continue;
        const at = locate(r, ["metadata", "annotations", SYNC_WAVE]);
        const f = {
            tool: "lint",
            rule: "argo/sync-wave",
            severity: "error",
            message: `${r.kind} ${r.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
            file: at.file,
            target: r.target.id,
            resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
        };
        if (at.line)
            f.line = at.line;
        out.push(f);
    }
    return out;
}
/**
 * One finding per place and message: a base shared by the staging and prod overlays renders
 * into both, and its mistake is one mistake in one file.
 */
function extras_dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.rule}|${f.file ?? ""}|${f.line ?? ""}|${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/lint/src/freshness.ts



/**
 * Why `render/` must be rendered again before linting, or undefined when it is fresh.
 * It is stale when index.json is missing, lists other targets than the repository has now, or
 * is older than any file a target reads (its input graph, folders included), `.gitops.yaml`
 * or any file that holds Argo CD objects. Comparing modification times keeps this cheap; a fresh
 * clone has no render/ at all, so CI always renders.
 */
function staleReason(repo, outDir, index, graphs, argoFiles = []) {
    const indexPath = (0,external_node_path_.join)(outDir, INDEX_FILE);
    if (!(0,external_node_fs_.existsSync)(indexPath))
        return "render/index.json is missing";
    const rendered = new Set(index.targets.map((t) => t.id));
    const current = [...graphs.keys()];
    if (current.length !== rendered.size || current.some((id) => !rendered.has(id))) {
        return "the targets changed since the last render";
    }
    const renderedAt = (0,external_node_fs_.statSync)(indexPath).mtimeMs;
    const files = new Set([".gitops.yaml", ...argoFiles]);
    const dirs = new Set();
    for (const g of graphs.values()) {
        for (const f of g.files)
            files.add(f);
        for (const d of g.dirs)
            dirs.add(d);
    }
    for (const f of files)
        if (newer((0,external_node_path_.join)(repo, f), renderedAt))
            return `${f} changed after the last render`;
    for (const d of dirs) {
        const hit = newestUnder((0,external_node_path_.join)(repo, d), renderedAt);
        if (hit)
            return `${d}/${hit} changed after the last render`;
    }
    return undefined;
}
function newer(path, than) {
    try {
        return (0,external_node_fs_.statSync)(path).mtimeMs > than;
    }
    catch {
        return false;
    }
}
function newestUnder(dir, than, depth = 0) {
    if (depth > 12)
        return undefined;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    for (const e of entries) {
        if (e.name.startsWith("."))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory()) {
            const hit = newestUnder(path, than, depth + 1);
            if (hit)
                return `${e.name}/${hit}`;
        }
        else if (newer(path, than))
            return e.name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/lint/src/prepare.ts





/**
 * render/ as it is, rendered again when stale, or for a change's scope a private render of the
 * targets it feeds: render/ is left as the last full render left it, so a later `gitops lint`
 * never takes a partial render for a fresh one.
 */
async function renderedIndex(model, graphs, scope, options) {
    const repo = model.repo;
    const env = options.env ? { env: options.env } : {};
    if (scope && options.render !== "never") {
        const own = await renderPrivately({ repo, model, only: scope.targets, ...env });
        if (scope.targets.size === 0)
            return { index: own.index, dispose: own.dispose };
        return {
            index: own.index,
            reason: `the change feeds ${scope.targets.size} target(s)`,
            rendered: own.findings,
            dispose: own.dispose,
        };
    }
    const outDir = (0,external_node_path_.join)(repo, "render");
    const index = readIndex(outDir);
    const noop = () => undefined;
    const reason = options.render === "never" ? undefined : staleReason(repo, outDir, index, graphs, model.argoFiles);
    if (!reason)
        return { index, dispose: noop };
    const report = await render_render({ repo, model, ...env });
    return { index: readIndex(outDir), reason, rendered: report.findings, dispose: noop };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./packages/core/src/yaml-depth.ts
var yaml_depth = __webpack_require__(2390);
;// CONCATENATED MODULE: ./packages/lint/src/yaml-style.ts
/**
 * The YAML style rules that lint's hygiene check reports and `gitops fmt` applies: one module, so
 * what fmt writes is what lint accepts.
 */

/** Values go-yaml v2 (what sigs.k8s.io/yaml and so kubectl, Helm and Argo CD use) reads as booleans. */
const yaml_style_YAML11_BOOLEANS = new Set(["y", "yes", "on", "n", "no", "off"].flatMap((w) => [
    w,
    w.toUpperCase(),
    (w[0]?.toUpperCase() ?? "") + w.slice(1),
]));
/**
 * How `gitops fmt` writes YAML: 2-space indentation with sequences indented under their key,
 * never folding long lines (a folded string is a diff nobody asked for), flow collections kept
 * compact as Kubernetes examples write them (`[a, b]`, `{a: 1}`).
 */
const yaml_style_YAML_FORMAT_OPTIONS = {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    // Only !!binary reads it with lineWidth 0 (and divides by it); base64 lines of 76 as MIME has.
    minContentWidth: 76,
    flowCollectionPadding: false,
};
let yaml11;
/**
 * The YAML 1.1 tags (booleans, sexagesimal and underscored numbers, timestamps) that a plain
 * string must not look like: set as a schema's `compat`, the `yaml` library quotes such a string
 * when it writes it, so Kubernetes (YAML 1.1) and YAML 1.2 tools read the same string.
 */
function yaml_style_yaml11Compat() {
    yaml11 ??= new Schema({ compat: "yaml-1.1" }).compat;
    return yaml11;
}

;// CONCATENATED MODULE: ./packages/lint/src/sources.ts








/**
 * The source files of one lint run, each read once and parsed at most once per parser, shared
 * by the hygiene check and the source locator.
 *
 * Most files people write are plain YAML that js-yaml reads about ten times faster than the
 * careful loader (`parseYaml`, which keeps positions and comments). A file is `quick` when
 * js-yaml reads it and it holds nothing on which the two parsers may disagree or a hygiene rule
 * may fire (see `screen`): such a file has no hygiene finding, and its documents' kinds and names
 * are those the careful loader would give. Every other file goes through the careful loader, as
 * every file did before, so findings do not depend on which path a file took.
 */
class SourceFiles {
    repo;
    reads = new Map();
    careful = new Map();
    /** Document keys of a file that js-yaml read cleanly; null when it did not. */
    quick = new Map();
    constructor(repo) {
        this.repo = repo;
    }
    /** The file's text; a UserError when it is not UTF-8; the read's error is thrown as is. */
    text(rel) {
        let read = this.reads.get(rel);
        if (!read) {
            try {
                read = { text: (0,src_yaml/* decodeUtf8 */._6)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, rel)), rel) };
            }
            catch (err) {
                read = { error: err };
            }
            this.reads.set(rel, read);
        }
        if ("text" in read)
            return read.text;
        if (read.error instanceof errors/* UserError */.yo)
            return read.error;
        throw read.error;
    }
    /** The careful parse (`parseYaml`), or the UserError it threw. */
    parsed(rel, text) {
        let file = this.careful.get(rel);
        if (!file) {
            try {
                file = (0,src_yaml/* parseYaml */.hN)(text, rel);
            }
            catch (err) {
                if (!(err instanceof errors/* UserError */.yo))
                    throw err;
                file = err;
            }
            this.careful.set(rel, file);
        }
        return file;
    }
    /** True when the file is plain YAML that js-yaml reads: no hygiene finding, no parser doubt. */
    isQuick(rel, text) {
        return this.quickKeys(rel, text) !== null;
    }
    /** The file as `loadYamlFile` reads it for the locator: null when it cannot be read or parsed. */
    forLocator(rel) {
        try {
            const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.repo, rel));
            if (!st.isFile() || st.size > src_yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes)
                return null;
            const text = this.text(rel);
            if (text instanceof errors/* UserError */.yo)
                return null;
            const file = this.parsed(rel, text);
            return file instanceof errors/* UserError */.yo ? null : file;
        }
        catch {
            // loadYamlFile turns every read error into a UserError, which the locator skips.
            return null;
        }
    }
    /**
     * The kind and name of each document, for the locator: from js-yaml when the file is quick,
     * else from the careful parse. Null when the file cannot be read or parsed.
     */
    keys(rel) {
        let text;
        try {
            text = this.text(rel);
        }
        catch {
            return null;
        }
        if (text instanceof errors/* UserError */.yo)
            return null;
        const quick = this.careful.has(rel) ? null : this.quickKeys(rel, text);
        if (quick)
            return quick;
        const file = this.forLocator(rel);
        return file ? file.documents.map((d) => docKey(d.value)) : null;
    }
    quickKeys(rel, text) {
        let keys = this.quick.get(rel);
        if (keys === undefined) {
            keys = screen(text) ? readQuick(text) : null;
            this.quick.set(rel, keys);
        }
        return keys;
    }
}
function readQuick(text) {
    const keys = [];
    try {
        (0,js_yaml/* loadAll */.gh)(text, (doc) => keys.push(docKey(doc)), { schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch {
        return null;
    }
    // parseYaml refuses more documents than this; js-yaml may count empty ones differently.
    return keys.length > src_yaml/* DEFAULT_YAML_LIMITS */.fr.maxDocuments / 2 ? null : keys;
}
function docKey(value) {
    if (!(0,applications/* isObject */.Gv)(value))
        return { kind: "", name: "" };
    const metadata = value.metadata;
    const name = (0,applications/* isObject */.Gv)(metadata) ? metadata.name : undefined;
    const kind = value.kind;
    // A key that is not a string in one parser may be one in the other (`1_000`): keep the doc.
    if ((kind !== undefined && typeof kind !== "string") || (name !== undefined && typeof name !== "string"))
        return "any";
    return { kind: kind ?? "", name: name ?? "" };
}
/** A word that go-yaml v2 reads as a boolean, where a plain scalar may hold it (key or value). */
const YAML11_WORD = new RegExp(`(?:^|[\\s\\[{,:])(?:${[...yaml_style_YAML11_BOOLEANS].join("|")})(?=[\\s,\\]}:#]|$)`, "m");
/**
 * True when the text can take the quick path. Left to the careful loader: a tab (a hygiene
 * finding, and where parsers differ), a YAML 1.1 boolean word, and what js-yaml and the `yaml`
 * library may read differently or the careful loader caps: anchors, aliases, merge keys and tags,
 * directives, carriage returns, a `#` right after a quote or bracket, lines of spaces only (block
 * scalar indentation), lines over 1024 characters (implicit key length), flow collections over
 * several lines, and nesting near the depth cap. Each test is a plain scan: this runs on every file.
 */
function screen(text) {
    if (text.includes("\t") || text.includes("\r") || text.includes("<<"))
        return false;
    if (YAML11_WORD.test(text) || /^%|^ +$|["'\]}]#/m.test(text))
        return false;
    if (/[&*!]/.test(text) && /(?:^|[\s[{,:-])[&*!]/m.test(text))
        return false;
    let longest = 0;
    for (let at = 0; at < text.length;) {
        const end = text.indexOf("\n", at);
        const stop = end < 0 ? text.length : end;
        longest = Math.max(longest, stop - at);
        at = stop + 1;
    }
    if (longest > 1024)
        return false;
    const flow = text.includes("[") || text.includes("{");
    if (flow && !flowClosedPerLine(text))
        return false;
    // Deeper than the cap takes over 100 brackets, or a line of over 100 `- ` indicators.
    const shallow = !flow && longest <= 2 * src_yaml/* DEFAULT_YAML_LIMITS */.fr.maxDepth;
    return shallow || (0,yaml_depth/* tooDeepAt */.U)(text, src_yaml/* DEFAULT_YAML_LIMITS */.fr.maxDepth) === undefined;
}
/** Every line opens as many `[`/`{` as it closes (a flow collection over lines is left to the careful loader). */
function flowClosedPerLine(text) {
    for (const line of text.split("\n")) {
        if (!line.includes("[") && !line.includes("{"))
            continue;
        let depth = 0;
        for (const c of line) {
            if (c === "[" || c === "{")
                depth++;
            else if (c === "]" || c === "}")
                depth--;
        }
        if (depth !== 0)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/lint/src/hygiene.ts







/**
 * Folders that hold Kubernetes manifests (Helm templates excepted): the top folders of the
 * model's targets and Application files, and policies/. Never an output folder.
 */
function manifestFolders(repo, paths, outputDirs) {
    const tops = new Set(paths.filter((p) => p.includes("/")).map((p) => p.split("/")[0] ?? ""));
    tops.add("policies");
    return [...tops]
        .filter((t) => t && !t.startsWith(".") && !outputDirs.includes(t) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, t)))
        .filter((t) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, t)).isDirectory())
        .sort();
}
/**
 * YAML hygiene of the files people write, each an error with file:line: parse errors, duplicate
 * keys, tabs, and unquoted YAML 1.1 booleans (`yes`, `no`, `on`, `off`, `y`, `n`) that
 * Kubernetes reads as booleans while YAML 1.2 tools read them as strings. Only manifest folders
 * are checked (a GitHub workflow's `on:` is not a manifest), and never Helm templates, which are
 * not YAML until rendered.
 */
function checkHygiene(repo, folders, sources = new SourceFiles(repo)) {
    const findings = [];
    let files = 0;
    for (const folder of folders) {
        for (const rel of yamlFiles(repo, folder, false)) {
            files++;
            for (const f of checkFile(repo, rel, sources))
                findings.push(f);
        }
    }
    return { findings, files };
}
/**
 * The hygiene findings of one file (relative to `repo`). A file that `sources` finds plain
 * (js-yaml reads it, no tab, no YAML 1.1 boolean word) has none; the others are parsed with the
 * careful loader, whose parse the source locator then reuses.
 */
function checkFile(repo, rel, sources = new SourceFiles(repo)) {
    const findings = [];
    const text = sources.text(rel);
    if (text instanceof errors/* UserError */.yo)
        return [hygiene(rel, undefined, "yaml/parse-error", text.message)];
    if (sources.isQuick(rel, text))
        return [];
    let parsed;
    const result = sources.parsed(rel, text);
    if (result instanceof errors/* UserError */.yo) {
        const rule = /duplicate key/.test(result.message) ? "yaml/duplicate-key" : "yaml/parse-error";
        findings.push(hygiene(rel, result.line, rule, result.message.replace(/^\S+?:(\d+:)? /, "")));
    }
    else {
        parsed = result;
    }
    const blockLines = parsed ? blockScalarLines(parsed) : new Set();
    text.split("\n").forEach((line, i) => {
        if (line.includes("\t") && !blockLines.has(i + 1)) {
            findings.push(hygiene(rel, i + 1, "yaml/tab", "tab character: YAML indentation must be spaces, and tools disagree on tabs elsewhere"));
        }
    });
    if (parsed)
        findings.push(...yaml11Booleans(parsed));
    return findings;
}
function yaml11Booleans(file) {
    const out = [];
    for (const document of file.documents) {
        (0,yaml_dist/* visit */.YR)(document.doc, {
            Scalar(key, node) {
                if (node.type !== yaml_dist/* Scalar */.X5.PLAIN || typeof node.value !== "string" || !yaml_style_YAML11_BOOLEANS.has(node.value))
                    return;
                const line = node.range ? (0,src_yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[0]) : document.line;
                const what = key === "key" ? "key" : "value";
                const as = /^(y|yes|on)$/i.test(node.value) ? "true" : "false";
                out.push(hygiene(file.file, line, "yaml/yaml11-boolean", `unquoted ${what} ${node.value} is the boolean ${as} to Kubernetes (YAML 1.1) but the string "${node.value}" to YAML 1.2 tools; quote it ("${node.value}") or write ${as}`));
            },
        });
    }
    return out;
}
/** Lines inside `|` and `>` block scalars, where a tab is content. */
function blockScalarLines(file) {
    const lines = new Set();
    for (const document of file.documents) {
        (0,yaml_dist/* visit */.YR)(document.doc, {
            Scalar(_key, node) {
                if (!(0,yaml_dist/* isScalar */.jn)(node) || !node.range)
                    return;
                if (node.type !== yaml_dist/* Scalar */.X5.BLOCK_LITERAL && node.type !== yaml_dist/* Scalar */.X5.BLOCK_FOLDED)
                    return;
                const from = (0,src_yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[0]);
                const to = (0,src_yaml/* lineOfOffset */.hW)(file.lineCounter, node.range[1]);
                for (let l = from; l <= to; l++)
                    lines.add(l);
            },
        });
    }
    return lines;
}
/** YAML files under `dir`, skipping dot folders and the templates/ and charts/ of Helm charts. */
function yamlFiles(repo, dir, inChart, depth = 0) {
    if (depth > 12)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const chart = inChart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
    const out = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith("."))
            continue;
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) {
            if (chart && (e.name === "templates" || e.name === "charts"))
                continue;
            out.push(...yamlFiles(repo, rel, chart, depth + 1));
        }
        else if (e.isFile() && /\.ya?ml$/i.test(e.name) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, rel)).size <= 8 * 1024 * 1024) {
            out.push(rel);
        }
    }
    return out;
}
function hygiene(file, line, rule, message) {
    const f = { tool: "lint", rule, severity: "error", message, file };
    if (line)
        f.line = line;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/changed.ts





/**
 * The YAML hygiene of a change's files (a commit's staged files, say): those in manifest
 * folders, never a Helm chart's templates/ or charts/, as the full pass skips them.
 */
function checkHygieneOf(repo, scope, folders, sources = new SourceFiles(repo)) {
    const files = [...scope.files].filter((f) => /\.ya?ml$/i.test(f) && folders.some((d) => (0,model_scope/* isUnder */.Jo)(f, d)) && !inChartInternals(repo, f));
    return { findings: files.flatMap((f) => checkFile(repo, f, sources)), files: files.length };
}
/** True when a folder above `file` is a chart (holds Chart.yaml) and the file is in its templates/ or charts/. */
function inChartInternals(repo, file) {
    const parts = file.split("/");
    for (let i = parts.length - 2; i >= 1; i--) {
        if (parts[i] !== "templates" && parts[i] !== "charts")
            continue;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, external_node_path_.posix.join(...parts.slice(0, i)), "Chart.yaml")))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/lint/src/schema/check.ts
/** Most schema findings reported per resource: one broken template must not flood the report. */
const MAX_ERRORS_PER_RESOURCE = 20;
/**
 * Validates every rendered resource against its kind's schema. A kind no schema knows is
 * reported once per kind at the configured severity (`lint.missingSchema`), naming the kind,
 * rather than silently skipped.
 */
function checkSchemas(resources, catalog, missing, locate) {
    const findings = [];
    const reportedMissing = new Set();
    for (const r of resources) {
        if (!r.apiVersion || !r.kind) {
            findings.push(check_finding(r, locate(r, []), "schema/not-an-object", "error", `not a Kubernetes object: apiVersion and kind are required`));
            continue;
        }
        const schema = catalog.lookup(r.apiVersion, r.kind);
        if (!schema) {
            const severity = missingSeverity(missing, r.apiVersion, r.kind);
            const key = `${r.target.id} ${r.apiVersion}/${r.kind}`;
            if (severity !== "off" && !reportedMissing.has(key)) {
                reportedMissing.add(key);
                findings.push(check_finding(r, locate(r, []), "schema/missing", severity, `no schema for ${r.kind} (${r.apiVersion}) in Kubernetes ${catalog.kubeVersion}, the bundled CRDs or the CRDs this repository renders: not validated; render its CRD or set lint.missingSchema.kinds.${r.kind} in .gitops.yaml`));
            }
            continue;
        }
        if (schema.validate(r.value))
            continue;
        for (const err of relevant(schema.validate.errors ?? []).slice(0, MAX_ERRORS_PER_RESOURCE)) {
            const path = pointerPath(err.instancePath);
            const { rule, message, at } = describe(err, path);
            findings.push(check_finding(r, locate(r, at), rule, "error", message));
        }
    }
    return findings;
}
/** The severity for a kind without a schema: `apiVersion/Kind`, then `Kind`, then the default. */
function missingSeverity(missing, apiVersion, kind) {
    const s = missing.kinds[`${apiVersion}/${kind}`] ?? missing.kinds[kind] ?? missing.default;
    return s === "off" ? "off" : s;
}
/** ajv reports every failed branch of an anyOf; keep the errors a reader can act on. */
function relevant(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if")
            continue;
        const key = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(e);
    }
    return out;
}
function describe(err, path) {
    const where = dotted(path);
    switch (err.keyword) {
        case "additionalProperties": {
            const field = err.params.additionalProperty;
            const at = [...path, field];
            return { rule: "schema/unknown-field", message: `unknown field "${dotted(at)}"`, at };
        }
        case "required": {
            const field = err.params.missingProperty;
            return {
                rule: "schema/required",
                message: `missing required field "${dotted([...path, field])}"`,
                at: path,
            };
        }
        case "type": {
            const expected = String(err.params.type)
                .split(",")
                .filter((t) => t !== "null")
                .join(" or ");
            return { rule: "schema/type", message: `"${where}" must be ${expected}`, at: path };
        }
        case "enum": {
            const allowed = err.params.allowedValues.filter((v) => v !== null);
            return {
                rule: "schema/enum",
                message: `"${where}" must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`,
                at: path,
            };
        }
        default:
            return { rule: "schema/invalid", message: `"${where}" ${err.message ?? "is invalid"}`, at: path };
    }
}
/** `/spec/containers/0/name` → ["spec", "containers", 0, "name"]. */
function pointerPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `spec.containers[0].name`, the way kubectl names fields. */
function dotted(path) {
    let out = "";
    for (const p of path)
        out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
    return out || "(root)";
}
function check_finding(r, at, rule, severity, message) {
    const f = {
        tool: "lint",
        rule,
        severity,
        message: `${r.kind}${r.name ? ` ${r.name}` : ""}: ${message}`,
        file: at.file,
        target: r.target.id,
        resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
    };
    if (at.line)
        f.line = at.line;
    if (r.namespace && f.resource)
        f.resource.namespace = r.namespace;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/kubeconform.ts





/**
 * Validates the rendered outputs with the kubeconform binary instead of the bundled schemas, so
 * teams keep their own schema catalogs (`lint.schemaLocations`). Runs
 * `kubeconform -output json -summary [-strict] -kubernetes-version X -schema-location ... files`
 * and maps each invalid resource (and each validation error) to a Finding on its source.
 */
async function runKubeconform(options) {
    const bin = (0,locate/* findTool */.SG)("kubeconform", options.env);
    if (!bin) {
        throw new errors/* UserError */.yo('lint.schemaEngine is "kubeconform" but no kubeconform binary was found on PATH or in the tool cache; install it with setup-tools (or `gitops tools install kubeconform`), or use schemaEngine: builtin');
    }
    const args = ["-output", "json", "-summary", "-kubernetes-version", `${options.kubeVersion}.0`];
    if (options.config.strict)
        args.push("-strict");
    for (const loc of options.config.schemaLocations)
        args.push("-schema-location", loc);
    args.push(...options.files);
    const result = await (0,exec/* runTool */.q)(bin, args, {
        cwd: options.repo,
        env: options.env ?? process.env,
        timeoutMs: 600_000,
    });
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        const why = result.timedOut ? "timed out" : (result.stderr.trim().split("\n")[0] ?? "no output");
        throw new errors/* UserError */.yo(`kubeconform (${bin}) did not print JSON: ${why}`);
    }
    const byKey = new Map(options.resources.map((r) => [`${r.output}|${r.kind}|${r.name}`, r]));
    const findings = [];
    for (const res of parsed.resources ?? []) {
        const file = res.filename.startsWith(options.repo)
            ? res.filename.slice(options.repo.length + 1)
            : res.filename;
        const resource = byKey.get(`${file}|${res.kind}|${res.name}`);
        const base = (at) => {
            if (!resource)
                return { file };
            const loc = options.locate(resource, at);
            const out = {
                file: loc.file,
                target: resource.target.id,
                resource: { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name },
            };
            if (loc.line)
                out.line = loc.line;
            return out;
        };
        const label = `${res.kind}${res.name ? ` ${res.name}` : ""}`;
        if (res.status === "statusInvalid") {
            const errors = res.validationErrors?.length ? res.validationErrors : [{ path: "", msg: res.msg }];
            for (const e of errors) {
                const at = e.path
                    .split("/")
                    .slice(1)
                    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
                findings.push({
                    tool: "lint",
                    rule: /additional ?propert/i.test(e.msg) ? "schema/unknown-field" : "schema/invalid",
                    severity: "error",
                    message: `${label}: ${at.length ? `"${dotted(at)}" ` : ""}${e.msg} (kubeconform)`,
                    ...base(at),
                });
            }
        }
        else if (res.status === "statusError") {
            const missing = /could not find schema/i.test(res.msg);
            const severity = missing
                ? missingSeverity(options.config.missingSchema, res.version, res.kind)
                : "error";
            if (severity === "off")
                continue;
            findings.push({
                tool: "lint",
                rule: missing ? "schema/missing" : "schema/invalid",
                severity,
                message: `${label}: ${res.msg} (kubeconform)`,
                ...base([]),
            });
        }
    }
    return { findings, summary: parsed.summary ?? { valid: 0, invalid: 0, errors: 0, skipped: 0 } };
}
/** The rendered output files kubeconform reads, absolute. */
function outputFiles(repo, outputs) {
    return outputs.map((o) => join(repo, o));
}

;// CONCATENATED MODULE: ./packages/lint/src/locate.ts





/**
 * Maps findings on rendered resources back to the files people edit.
 *
 * - Helm: the `# Source: <chart>/templates/x.yaml` comment names the template; the line is the
 *   first line of the template that holds the deepest key of the field's path (best effort:
 *   templates are not YAML until rendered).
 * - kustomize and plain folders: the renderer does not add origin annotations, so the target's
 *   input files (its input graph) are searched for documents of the same kind and name; the one
 *   holding most of the field's path wins (a patch that adds the field beats the base), and its
 *   line comes from core's `lineAt`.
 * - Otherwise: the target's folder (its kustomization or Chart.yaml when it has one).
 */
class SourceLocator {
    repo;
    graphs;
    sources;
    inputs = new Map();
    constructor(repo, graphs, sources = new SourceFiles(repo)) {
        this.repo = repo;
        this.graphs = graphs;
        this.sources = sources;
    }
    locate(resource, path) {
        const source = resource.target.source;
        if (resource.helmSource)
            return this.helm(source, resource.helmSource, path);
        let best;
        for (const rel of this.inputFiles(resource.target.id)) {
            // Only files with a document of the same kind and name are parsed with the careful loader.
            const keys = this.sources.keys(rel);
            if (!keys?.some((k) => k === "any" || sameKey(k, resource)))
                continue;
            const file = this.sources.forLocator(rel);
            if (!file)
                continue;
            for (const doc of file.documents) {
                if (!sameObject(doc.value, resource))
                    continue;
                const depth = existingDepth(doc.value, path);
                if (!best || depth > best.depth)
                    best = { file, doc, depth };
            }
        }
        if (best)
            return { file: best.file.file, line: (0,src_yaml/* lineAt */.mh)(best.file, best.doc, path.slice(0, best.depth)) };
        return { file: targetFile(this.repo, source) };
    }
    helm(chartDir, helmSource, path) {
        // "<chart name>/templates/x.yaml": the chart name is the folder here, whatever it is called.
        const file = external_node_path_.posix.join(chartDir, helmSource.split("/").slice(1).join("/"));
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, file), "utf8");
        }
        catch {
            return { file: targetFile(this.repo, chartDir) };
        }
        const lines = text.split("\n");
        for (const key of [...path].reverse()) {
            if (typeof key !== "string")
                continue;
            const re = new RegExp(`^\\s*(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
            const i = lines.findIndex((l) => re.test(l));
            if (i >= 0)
                return { file, line: i + 1 };
        }
        return { file, line: 1 };
    }
    inputFiles(targetId) {
        let files = this.inputs.get(targetId);
        if (!files) {
            const g = this.graphs.get(targetId);
            const set = new Set();
            for (const f of g?.files ?? [])
                if (/\.ya?ml$/i.test(f))
                    set.add(f);
            for (const d of g?.dirs ?? [])
                for (const f of yamlFilesUnder(this.repo, d))
                    set.add(f);
            files = [...set].sort();
            this.inputs.set(targetId, files);
        }
        return files;
    }
}
function sameObject(value, r) {
    if (!(0,applications/* isObject */.Gv)(value) || !(0,applications/* isObject */.Gv)(value.metadata) || typeof value.kind !== "string")
        return false;
    const name = value.metadata.name;
    return typeof name === "string" && sameKey({ kind: value.kind, name }, r);
}
function sameKey(key, r) {
    // kustomize namePrefix/nameSuffix change the rendered name; the source name is inside it.
    return key.kind === r.kind && key.name !== "" && (key.name === r.name || r.name.includes(key.name));
}
/** How many leading segments of `path` exist in `value`. */
function existingDepth(value, path) {
    let node = value;
    let depth = 0;
    for (const seg of path) {
        if (Array.isArray(node) && typeof seg === "number" && seg < node.length)
            node = node[seg];
        else if ((0,applications/* isObject */.Gv)(node) && typeof seg === "string" && seg in node)
            node = node[seg];
        else
            break;
        depth++;
    }
    return depth;
}
function targetFile(repo, dir) {
    for (const f of ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, dir, f)))
            return external_node_path_.posix.join(dir, f);
    }
    return dir;
}
function yamlFilesUnder(repo, dir, depth = 0) {
    if (depth > 8)
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const e of entries) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.name.startsWith("."))
            continue;
        if (e.isDirectory() && e.name !== "templates" && e.name !== "charts")
            out.push(...yamlFilesUnder(repo, rel, depth + 1));
        else if (e.isFile() && /\.ya?ml$/i.test(e.name) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(repo, rel)).size < 4 * 1024 * 1024)
            out.push(rel);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/rendered.ts







/** Rendered output is machine-written and can be large: thousands of resources in one file. */
const RENDERED_LIMITS = (/* unused pure expression or super */ null && (CORE_RENDERED_LIMITS));
/**
 * Reads the outputs of every target that rendered (`status: ok`) with core's fast reader for
 * machine-written YAML (`parseRenderedYaml`): findings point at source files, not at render/,
 * so these documents need values and starts, not the comment-keeping Document.
 * An output that is missing or unreadable is an error finding on its target, not a crash.
 */
function readRendered(repo, targets) {
    const resources = [];
    const findings = [];
    const digests = new Map();
    for (const target of targets) {
        if (target.status !== "ok")
            continue;
        // resolve: a private render's outputs (a change's scope) lie outside the repository.
        const path = (0,external_node_path_.resolve)(repo, target.output);
        let documents;
        try {
            const bytes = (0,external_node_fs_.readFileSync)(path);
            documents = (0,rendered_yaml/* parseRenderedYaml */.I)((0,src_yaml/* decodeUtf8 */._6)(bytes, target.output), target.output);
            digests.set(target.id, outputDigest(bytes));
        }
        catch (err) {
            // Asked only when the read failed: an existsSync per target was a stat per output.
            if (!(0,external_node_fs_.existsSync)(path)) {
                findings.push(renderedError(target, `${target.output} is missing; run "gitops render"`));
                continue;
            }
            if (!(err instanceof errors/* UserError */.yo))
                throw err;
            findings.push(renderedError(target, err.message));
            continue;
        }
        for (const document of documents) {
            const value = document.value;
            if (!(0,applications/* isObject */.Gv)(value))
                continue;
            const metadata = (0,applications/* isObject */.Gv)(value.metadata) ? value.metadata : {};
            const resource = {
                target,
                output: target.output,
                line: document.line,
                value,
                apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
                kind: typeof value.kind === "string" ? value.kind : "",
                name: typeof metadata.name === "string" ? metadata.name : "",
            };
            if (typeof metadata.namespace === "string")
                resource.namespace = metadata.namespace;
            const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
            if (source)
                resource.helmSource = source;
            resources.push(resource);
        }
    }
    return { resources, findings, digests };
}
function renderedError(target, message) {
    return { tool: "lint", rule: "rendered-unreadable", severity: "error", message, target: target.id };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/lint/src/schema/bundle.ts



let cached;
/**
 * The bundled schemas, read and inflated once per process. The path is a literal URL beside
 * this module so ncc copies the file into dist/ next to the bundle.
 */
function schemaBundle() {
    cached ??= JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(3681), __webpack_require__.b), "utf8"), "base64")).toString("utf8"));
    return cached;
}
/** Kubernetes minors with bundled schemas, oldest first. */
function bundledVersions() {
    return Object.keys(schemaBundle().kubernetes).sort(compareMinor);
}
/**
 * The minor to validate against: `requested` (e.g. "1.33", "v1.33.2"), else `fallback`
 * (render.kubeVersion), else the newest bundled. A requested minor that is not bundled is a
 * `UserError` naming the ones that are; an unbundled fallback falls back to the newest.
 */
function resolveKubeVersion(requested, fallback = "") {
    const versions = bundledVersions();
    const newest = versions.at(-1) ?? schemaBundle().defaultVersion;
    if (requested) {
        const minor = toMinor(requested);
        if (!minor || !versions.includes(minor))
            throw new errors/* UserError */.yo(`Kubernetes version "${requested}" has no bundled schemas; choose one of ${versions.join(", ")}`);
        return minor;
    }
    const minor = toMinor(fallback);
    return minor && versions.includes(minor) ? minor : newest;
}
function toMinor(v) {
    const m = /^v?(\d+)\.(\d+)(\.\d+)?$/.exec(v.trim());
    return m ? `${m[1] ?? ""}.${m[2] ?? ""}` : undefined;
}
function compareMinor(a, b) {
    const [am = 0, an = 0] = a.split(".").map(Number);
    const [bm = 0, bn = 0] = b.split(".").map(Number);
    return am - bm || an - bn;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./packages/lint/src/schema/catalog.ts




/** `"$ref":"#/definitions/<name>"` in a bundled definition's JSON (a property named `$ref` is an object, never matched). */
const LOCAL_REF = /"\$ref":"#\/definitions\/([^"]+)"/g;
/** `"$ref":"<set>:<name>"`: a definition registered on its own (see {@link SchemaCatalog.register}). */
const SET_REF = /"\$ref":"(k8s|crds):([^"]+)"/g;
/**
 * Every schema `gitops lint` knows, for one Kubernetes minor: the bundled Kubernetes and CRD
 * schemas plus the CRDs the repository renders (which win: the repo's own CRD is the truth).
 * A kind's validator is compiled by ajv on first use and cached, so each kind is compiled once
 * per run however many resources it has. Bundled definitions reach ajv one by one, only those a
 * compiled kind refers to (`k8s:<name>`, `crds:<name>`): registering all 2,500 costs ajv a walk
 * of every one, more than most runs spend compiling.
 */
class SchemaCatalog {
    kubeVersion;
    /** Made on the first compile: a run whose validators all come from the cache needs no ajv. */
    ajvInstance;
    kinds = new Map();
    compiled = new Map();
    /** Keys (`group/version/Kind`) of custom resources: the bundled CRD set and the repo's CRDs. */
    custom = new Set();
    /** The repo's CRD schemas (loosened as configured) by ajv id, in the order they were added. */
    repoSchemas = new Map();
    strict;
    cache;
    /** Bundled definitions registered with the current ajv (`k8s:<name>`). */
    registered = new Set();
    /** The `{ $ref }` schemas added to the current ajv, one per compiled ref. */
    wrappers = new Set();
    constructor(kubeVersion, options = {}) {
        this.kubeVersion = kubeVersion;
        this.strict = options.strict ?? true;
        this.cache = (0,validators/* compiledSchemaCache */.VQ)();
        const bundle = schemaBundle();
        const k8s = bundle.kubernetes[kubeVersion];
        if (!k8s)
            throw new Error(`no bundled schemas for Kubernetes ${kubeVersion}`);
        this.index("k8s", k8s, `Kubernetes ${kubeVersion}`);
        this.index("crds", bundle.crds, "");
    }
    /** Adds the served versions of CRDs the repository renders; they replace bundled schemas of the same kind. */
    addRepoCrds(crds) {
        for (const crd of crds) {
            // No ":" or "/" in the id: it must not read as a URI scheme or path beside "k8s:<name>".
            const id = `repo-crd-${crd.key.replace(/[/:]/g, "_")}`;
            if (this.repoSchemas.has(id))
                continue;
            const schema = this.loosen(crd.schema);
            this.repoSchemas.set(id, schema);
            this.ajvInstance?.addSchema(schema, id);
            this.kinds.set(crd.key, {
                ref: id,
                namespaced: crd.namespaced,
                source: `CRD rendered by ${crd.target}`,
            });
            this.custom.add(crd.key);
            this.compiled.delete(crd.key);
        }
    }
    /** The validator for `apiVersion`/`kind`, or undefined when no schema knows the kind. */
    lookup(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        let hit = this.compiled.get(key);
        if (hit === undefined) {
            const entry = this.kinds.get(key);
            hit = entry
                ? { validate: this.validator(entry.ref), namespaced: entry.namespaced, source: entry.source }
                : null;
            this.compiled.set(key, hit);
        }
        return hit ?? undefined;
    }
    /** ajv's validator for `ref`, through the persistent cache when the run has one. */
    validator(ref) {
        const compile = () => {
            const ajv = this.ajv();
            const repo = this.repoSchemas.get(ref);
            if (repo === undefined)
                this.register(ajv, ref);
            else
                for (const m of JSON.stringify(repo).matchAll(SET_REF))
                    this.register(ajv, `${m[1]}:${m[2]}`);
            // Added without the meta-schema check that `ajv.compile` runs: the `$ref` wrapper is ours,
            // and checking it made ajv compile draft-07's own validator, more than a small kind costs.
            const id = `use-${ref}`;
            if (!this.wrappers.has(id)) {
                ajv.addSchema({ $ref: ref }, id, undefined, false);
                this.wrappers.add(id);
            }
            const validate = ajv.getSchema(id);
            if (!validate)
                throw new Error(`schema ${ref} did not compile`);
            return validate;
        };
        if (!this.cache)
            return compile();
        // A repo CRD's validator is keyed by every repo schema (one could refer to another); a
        // bundled kind's by the bundle, which the code identity covers, and the Kubernetes minor.
        const key = {
            ref,
            kubeVersion: this.kubeVersion,
            strict: this.strict,
            repo: ref.startsWith("repo-crd-") ? (0,src_key/* cacheKey */.k)([...this.repoSchemas]) : null,
        };
        return (0,validators/* cachedValidator */.rg)(this.cache, key, compile, (v) => (0,validators/* standaloneSource */.v6)(this.ajv(), v));
    }
    ajv() {
        if (this.ajvInstance)
            return this.ajvInstance;
        // Formats are not checked (kubeconform's default too); unknown keywords such as
        // x-kubernetes-* in repo CRDs are ignored rather than rejected. ajv's optimizing pass over
        // the generated code (constant folding, unused names) costs a third of a compile and buys
        // nothing measurable for objects this small: off. `code.source` keeps the generated code,
        // for the cache.
        const ajv = new dist_ajv.Ajv({
            allErrors: true,
            strict: false,
            validateFormats: false,
            code: { optimize: false, ...(this.cache ? { source: true } : {}) },
        });
        for (const [id, schema] of this.repoSchemas)
            ajv.addSchema(schema, id);
        this.ajvInstance = ajv;
        return ajv;
    }
    /**
     * Registers the bundled definition `ref` (`k8s:<name>` or `crds:<name>`) and every definition
     * it refers to, each under its own id, with its `#/definitions/` refs rewritten to those ids.
     * A name the set lacks is left out: ajv then reports the missing ref at compile, as it would
     * with the whole set registered. No meta-schema check: the bundle is our own, and
     * test/lint/schema-bundle-meta.test.ts checks it once.
     */
    register(ajv, ref) {
        const bundle = schemaBundle();
        const pending = [ref];
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
            if (this.registered.has(next))
                continue;
            this.registered.add(next);
            const colon = next.indexOf(":");
            const id = next.slice(0, colon);
            const set = id === "k8s" ? bundle.kubernetes[this.kubeVersion] : bundle.crds;
            const index = set?.defs[next.slice(colon + 1)];
            if (index === undefined)
                continue;
            const json = JSON.stringify(bundle.pool[index]);
            for (const m of json.matchAll(LOCAL_REF))
                pending.push(`${id}:${m[1] ?? ""}`);
            const schema = this.loosen(JSON.parse(json.replace(LOCAL_REF, `"$ref":"${id}:$1"`)));
            ajv.addSchema(schema, next, undefined, false);
        }
    }
    /** Custom resource kinds (`group/Kind`, any version) a schema knows: bundled CRDs and the repo's. */
    crdKinds() {
        return new Set([...this.custom].map(groupKind));
    }
    /** The custom resource kind (`group/Kind`) of `apiVersion`/`kind`, when it is one a schema knows. */
    crdKind(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        return this.custom.has(key) ? groupKind(key) : undefined;
    }
    /** Whether the kind is namespaced, when a schema knows it (without compiling it). */
    namespaced(apiVersion, kind) {
        return this.kinds.get(`${apiVersion}/${kind}`)?.namespaced;
    }
    /** The kinds of a bundled set; their definitions reach ajv only when one is compiled. */
    index(id, set, source) {
        for (const [key, [ref, namespaced, pkg]] of Object.entries(set.kinds)) {
            this.kinds.set(key, {
                ref: `${id}:${ref}`,
                namespaced: namespaced === 1,
                source: pkg ?? source,
            });
            if (id === "crds")
                this.custom.add(key);
        }
    }
    /** With `strict: false`, unknown fields pass: every closed object is opened. */
    loosen(schema) {
        if (this.strict)
            return schema;
        return JSON.parse(JSON.stringify(schema).replaceAll('"additionalProperties":false', '"additionalProperties":true'));
    }
}
/** `group/Kind` of a `group/version/Kind` key: one kind however many versions it serves. */
function groupKind(key) {
    const parts = key.split("/");
    return `${parts.slice(0, -2).join("/")}/${parts.at(-1) ?? ""}`;
}

;// CONCATENATED MODULE: ./packages/lint/src/schema/crd.ts

/** The served versions of a rendered `apiextensions.k8s.io/v1` CustomResourceDefinition. */
function crdVersions(crd, target) {
    if (!(0,applications/* isObject */.Gv)(crd) || crd.kind !== "CustomResourceDefinition" || !(0,applications/* isObject */.Gv)(crd.spec))
        return [];
    const spec = crd.spec;
    const names = (0,applications/* isObject */.Gv)(spec.names) ? spec.names : {};
    if (typeof spec.group !== "string" || typeof names.kind !== "string")
        return [];
    const out = [];
    for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
        if (!(0,applications/* isObject */.Gv)(v) || typeof v.name !== "string" || v.served === false)
            continue;
        const validation = (0,applications/* isObject */.Gv)(v.schema) ? v.schema.openAPIV3Schema : undefined;
        if (!(0,applications/* isObject */.Gv)(validation))
            continue;
        out.push({
            key: `${spec.group}/${v.name}/${names.kind}`,
            namespaced: spec.scope !== "Cluster",
            schema: rootSchema(validation),
            target,
        });
    }
    return out;
}
/** The CRD's root schema: metadata is the full ObjectMeta (CRDs say only `type: object`). */
function rootSchema(schema) {
    const strict = strictCrdSchema(schema);
    const properties = (0,applications/* isObject */.Gv)(strict.properties) ? { ...strict.properties } : {};
    properties.apiVersion = { type: "string" };
    properties.kind = { type: "string" };
    properties.metadata = { $ref: "k8s:V1ObjectMeta" };
    return { ...strict, type: "object", properties };
}
/**
 * A structural CRD schema as the API server applies it: fields not in `properties` are pruned,
 * so they are unknown fields here (additionalProperties: false) unless the schema keeps them
 * (`x-kubernetes-preserve-unknown-fields`) or is a map (`additionalProperties`). Int-or-string,
 * nullable and embedded resources become plain JSON schema; other `x-kubernetes-*` keys are
 * left for ajv to ignore.
 */
function strictCrdSchema(schema) {
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === "properties" && (0,applications/* isObject */.Gv)(value)) {
            out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (0,applications/* isObject */.Gv)(v) ? strictCrdSchema(v) : v]));
        }
        else if ((key === "items" || key === "additionalProperties" || key === "not") && (0,applications/* isObject */.Gv)(value)) {
            out[key] = strictCrdSchema(value);
        }
        else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
            out[key] = value.map((v) => ((0,applications/* isObject */.Gv)(v) ? strictCrdSchema(v) : v));
        }
        else if (key !== "default" && key !== "example" && !key.startsWith("x-kubernetes-")) {
            out[key] = value;
        }
    }
    if (schema["x-kubernetes-int-or-string"] === true) {
        out.type = ["integer", "string"];
        delete out.format;
    }
    if (schema["x-kubernetes-embedded-resource"] === true) {
        const props = (0,applications/* isObject */.Gv)(out.properties) ? { ...out.properties } : {};
        props.apiVersion ??= { type: "string" };
        props.kind ??= { type: "string" };
        props.metadata ??= { type: "object" };
        out.properties = props;
    }
    const closed = (0,applications/* isObject */.Gv)(out.properties) &&
        out.additionalProperties === undefined &&
        schema["x-kubernetes-preserve-unknown-fields"] !== true;
    if (closed)
        out.additionalProperties = false;
    if (schema.nullable === true && typeof out.type === "string")
        out.type = [out.type, "null"];
    delete out.nullable;
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/target-cache.ts



/**
 * The schema pass (and the sync-wave check on rendered objects), the part of lint whose cost
 * grows with every target, run target by target: a target's findings depend only on its own
 * resources, its input files (where findings are located), the schema set and the lint config.
 * With a cache, a target whose key is unchanged takes its findings from there. The result is
 * the same list, in the same order, as one pass over every resource: schema findings target by
 * target, then sync-wave findings target by target.
 */
function schemaPass(input) {
    const byTarget = new Map();
    for (const r of input.resources) {
        const list = byTarget.get(r.target.id);
        if (list)
            list.push(r);
        else
            byTarget.set(r.target.id, [r]);
    }
    const fresh = (resources) => ({
        schema: checkSchemas(resources, input.catalog, input.config.missingSchema, input.locate),
        waves: renderedSyncWaves(resources, input.locate),
    });
    const results = input.cache
        ? new TargetResults(input.cache, "lint-target", input.hasher ?? new FileHasher(input.repo, input.outputDirs), {
            kubeVersion: input.catalog.kubeVersion,
            strict: input.strict,
            config: input.config,
            // The repo's CRDs feed every target's catalog: a CRD change re-checks every target.
            crds: input.crds.map((c) => [c.key, c.namespaced, c.schema]),
        }, isTargetLint)
        : undefined;
    const schema = [];
    const waves = [];
    for (const target of input.targets) {
        const resources = byTarget.get(target.id);
        if (!resources)
            continue;
        const graph = input.graphs.get(target.id);
        const digest = input.digests.get(target.id);
        const one = results && digest !== undefined
            ? results.through({
                id: target.id,
                source: target.source,
                renderedSha256: digest,
                // SourceLocator reads the graph's YAML files sorted, and the YAML under its folders.
                inputs: { files: [...(graph?.files ?? [])].sort(), dirs: graph?.dirs ?? [] },
            }, () => fresh(resources))
            : fresh(resources);
        for (const f of one.schema)
            schema.push(f);
        for (const f of one.waves)
            waves.push(f);
    }
    return { schema, waves };
}
function isTargetLint(v) {
    const r = v;
    return typeof r === "object" && r !== null && Array.isArray(r.schema) && Array.isArray(r.waves);
}

;// CONCATENATED MODULE: ./packages/lint/src/lint.ts



















/**
 * `gitops lint`: renders when render/ is missing or stale, then validates every rendered
 * resource against its schema (bundled Kubernetes and CRD schemas plus the repo's own CRDs, or
 * kubeconform), checks the Argo CD objects under argo-apps/ against the repository, and checks
 * the YAML hygiene of the manifest folders. Every finding names a source file and, when it can,
 * a line.
 */
async function lint(options) {
    const cache = options.cache === false ? undefined : options.cache;
    if (!cache)
        return lintWith(options, undefined);
    // The catalog finds compiled validators through the module's cache setting: this run's store.
    return (0,validators/* withCompiledSchemaCache */.Pr)(cache, () => lintWith(options, cache));
}
async function lintWith(options, cache) {
    const layout = options.model ?? (await (0,load/* loadModel */.c)(options.repo, options.env ? { env: options.env } : {}));
    const repo = layout.repo;
    const config = layout.config.lint;
    const kubeVersion = resolveKubeVersion(options.kubeVersion ?? config.kubeVersion, layout.config.render.kubeVersion);
    const strict = options.strict ?? config.strict;
    const engine = options.schemaEngine ?? config.schemaEngine;
    const repoURLs = layout.repoURLs;
    if (layout.targets.length === 0)
        throw (0,model_report/* noTargets */.UV)(layout);
    const scope = options.files
        ? (0,model_scope/* changeScope */.TQ)(layout, options.files, options.cwd !== undefined ? { cwd: options.cwd } : {})
        : undefined;
    const graphs = new Map(layout.targets.map((t) => [t.id, layout.graph(t.id)]));
    const findings = [];
    const { index, reason, rendered, dispose } = await renderedIndex(layout, graphs, scope, options);
    try {
        if (rendered) {
            // lint's Argo CD checks report bad Application sources with a line; render's note would repeat them.
            findings.push(...rendered.filter((f) => f.rule !== "application-source"));
        }
        else {
            findings.push(...layout.findings.filter((f) => f.rule !== "application-source"), ...freshRenderFindings(index));
        }
        const checked = scope ? index.targets.filter((t) => scope.targets.has(t.id)) : index.targets;
        const { resources, findings: unreadable, digests } = readRendered(repo, checked);
        findings.push(...unreadable);
        const catalog = new SchemaCatalog(kubeVersion, { strict });
        const crds = resources.flatMap((r) => crdVersions(r.value, r.target.id));
        catalog.addRepoCrds(crds);
        // One read and parse per source file, shared by the locator and the hygiene check.
        const sources = new SourceFiles(repo);
        const locator = new SourceLocator(repo, graphs, sources);
        const locate = locator.locate.bind(locator);
        if (engine === "kubeconform") {
            const outputs = checked.filter((t) => t.status === "ok").map((t) => t.output);
            const result = await runKubeconform({
                repo,
                files: outputs,
                resources,
                config: { ...config, strict },
                kubeVersion,
                locate,
                ...(options.env ? { env: options.env } : {}),
            });
            findings.push(...result.findings);
            findings.push(...renderedSyncWaves(resources, locate));
        }
        else {
            // Per target, and from the cache for a target whose inputs are unchanged.
            const pass = schemaPass({
                repo,
                resources,
                digests,
                targets: checked,
                catalog,
                config,
                strict,
                crds,
                locate,
                graphs,
                outputDirs: layout.outputDirs,
                ...(cache ? { cache, hasher: modelHasher(layout) } : {}),
            });
            for (const f of pass.schema)
                findings.push(f);
            for (const f of pass.waves)
                findings.push(f);
        }
        const byTarget = new Map();
        for (const r of resources) {
            const list = byTarget.get(r.target.id);
            if (list)
                list.push(r);
            else
                byTarget.set(r.target.id, [r]);
        }
        // Where findings sit in Argo CD files that did not change: from the cache, without a careful parse.
        const lines = cache ? FileLines.open(cache, modelHasher(layout), layout.argoFiles) : undefined;
        const argo = checkArgo({
            repo,
            environments: layout.environments,
            repoURLs,
            index,
            byTarget,
            namespaced: (apiVersion, kind) => catalog.namespaced(apiVersion, kind),
            inputs: new Map([...graphs].map(([id, g]) => [id, g.files])),
            argoFiles: layout.argoFiles,
            read: layout.read,
            ...(lines ? { knownLines: (file) => lines.of(file) } : {}),
            generated: layout.applications.filter((a) => a.applicationSet !== null),
            liveSets: new Set(layout.applicationSets.filter((s) => s.incomplete).map((s) => `${s.file}#${s.name}`)),
        });
        lines?.save();
        findings.push(...argo.findings);
        findings.push(...(await drParityFindings(layout)));
        const folders = manifestFolders(repo, [...layout.targets.map((t) => `${t.source}/`), ...layout.applications.map((a) => a.file)], layout.outputDirs);
        const hygiene = scope
            ? checkHygieneOf(repo, scope, folders, sources)
            : checkHygiene(repo, folders, sources);
        findings.push(...hygiene.findings);
        const summary = {
            kubeVersion,
            schemaEngine: engine,
            strict,
            targets: checked.length,
            resources: resources.length,
            applications: argo.applications,
            files: hygiene.files,
            crdKinds: catalog.crdKinds().size,
            crdKindsUsed: [
                ...new Set(resources.flatMap((r) => catalog.crdKind(r.apiVersion, r.kind) ?? [])),
            ].sort(),
        };
        if (reason)
            summary.rendered = reason;
        const kept = scope ? findings.filter((f) => (0,model_scope/* inScope */.SB)(scope, f)) : findings;
        return { findings: extras_dedupe(kept), summary };
    }
    finally {
        dispose();
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/argo/path-match.ts
/**
 * Go's `path.Match`, which Argo CD's git directory generator uses: `*` is any run of non-`/`
 * characters, `?` one non-`/` character, `[...]`/`[^...]` a class with ranges, `\` escapes.
 * A malformed pattern (an unclosed class, a trailing `\`) matches nothing, as Go's
 * ErrBadPattern does in the generator.
 */
function goPathMatch(pattern, name) {
    const re = compile(pattern);
    return re !== undefined && re.test(name);
}
const cache = new Map();
function compile(pattern) {
    if (cache.has(pattern))
        return cache.get(pattern);
    let src = "";
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
        const c = pattern.charAt(i);
        if (c === "*")
            src += "[^/]*";
        else if (c === "?")
            src += "[^/]";
        else if (c === "\\") {
            if (i + 1 >= pattern.length)
                ok = false;
            else
                src += path_match_escape(pattern.charAt(++i));
        }
        else if (c === "[") {
            const end = classEnd(pattern, i + 1);
            if (end < 0)
                ok = false;
            else {
                src += classRegex(pattern.slice(i + 1, end));
                i = end;
            }
        }
        else
            src += path_match_escape(c);
    }
    const re = ok ? regexOrUndefined(`^${src}$`) : undefined;
    cache.set(pattern, re);
    return re;
}
/** A class range written backwards (`[z-a]`) is ErrBadPattern in Go; in JavaScript, a SyntaxError. */
function regexOrUndefined(source) {
    try {
        return new RegExp(source, "u");
    }
    catch {
        return undefined;
    }
}
/** Index of the `]` closing a class that starts at `from` (after `[`), or -1. */
function classEnd(p, from) {
    let i = from;
    if (p[i] === "^")
        i++;
    let first = true;
    for (; i < p.length; i++) {
        const c = p[i];
        if (c === "\\")
            i++;
        else if (c === "]" && !first)
            return i;
        first = false;
    }
    return -1;
}
function classRegex(body) {
    let out = "[";
    let i = 0;
    if (body.startsWith("^")) {
        out += "^";
        i = 1;
    }
    for (; i < body.length; i++) {
        const c = body.charAt(i);
        if (c === "\\")
            out += path_match_escape(body.charAt(++i));
        else if (c === "-")
            out += "-";
        else
            out += path_match_escape(c);
    }
    return out + "]";
}
function path_match_escape(c) {
    return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

// EXTERNAL MODULE: ./packages/core/src/reporters/summary.ts
var summary = __webpack_require__(1504);
;// CONCATENATED MODULE: ./packages/lint/src/report.ts

/** SARIF descriptions of every lint rule, keyed `lint/<rule>` as the SARIF reporter expects. */
const LINT_RULES = {
    "lint/schema/unknown-field": {
        description: "A field the kind's schema does not define: the API server drops or rejects it.",
    },
    "lint/schema/required": { description: "A field the kind's schema requires is missing." },
    "lint/schema/type": { description: "A field has the wrong type for its schema." },
    "lint/schema/enum": { description: "A field's value is not one its schema allows." },
    "lint/schema/invalid": { description: "The resource does not satisfy its schema." },
    "lint/schema/missing": {
        description: "No bundled or repository schema knows this kind, so it is not validated.",
    },
    "lint/schema/not-an-object": { description: "A rendered document without apiVersion and kind." },
    "lint/argo/source-path": {
        description: "An Argo CD Application's source path is not a folder in the repository.",
    },
    "lint/argo/source-render": { description: "An Argo CD Application's source does not render." },
    "lint/argo/value-file": { description: "A Helm value file of an Application does not exist." },
    "lint/argo/cross-env": {
        description: "An Application of one environment deploys another environment's folder.",
    },
    "lint/argo/project": { description: "An Application's project is not an AppProject of the repository." },
    "lint/argo/destination-namespace": {
        description: "An Application's destination namespace is neither defined in clusters/<env> nor created by CreateNamespace=true.",
    },
    "lint/argo/appset-no-match": {
        description: "An ApplicationSet git directory generator matches no folder.",
    },
    "lint/argo/appset-not-expanded": {
        description: "An ApplicationSet generator depends on the live Argo CD and is not checked.",
    },
    "lint/argo/duplicate-resource": {
        description: "Two Applications deploy the same object to the same cluster.",
    },
    "lint/argo/sync-wave": { description: "An argocd.argoproj.io/sync-wave annotation is not an integer." },
    "lint/argo/unreferenced-overlay": { description: "An overlay no Application or ApplicationSet deploys." },
    "lint/yaml/parse-error": { description: "The file is not valid YAML." },
    "lint/yaml/duplicate-key": { description: "A mapping repeats a key; tools disagree on which value wins." },
    "lint/yaml/tab": { description: "A tab character in YAML." },
    "lint/yaml/yaml11-boolean": {
        description: "An unquoted yes/no/on/off: a boolean to Kubernetes (YAML 1.1), a string to YAML 1.2 tools.",
    },
    "lint/rendered-unreadable": { description: "A rendered output is missing or cannot be read." },
    "lint/dr/missing": {
        description: "A service runs on a primary cluster (labels.role: primary) but not on its DR cluster.",
    },
    "lint/dr/differs": {
        description: "A DR cluster runs other promotable values (images, chart versions) than its primary.",
    },
    "lint/dr/unpaired": { description: "A cluster labelled role: dr pairs with no primary cluster." },
    "lint/dr/unchecked": {
        description: "A service's values on a DR cluster could not be compared with its primary's.",
    },
};
/** The job summary of a lint run: what was checked, then the findings table. */
function lintSummaryMarkdown(report, options) {
    const s = report.summary;
    const engine = s.schemaEngine === "kubeconform"
        ? "kubeconform"
        : `bundled schemas, Kubernetes ${s.kubeVersion} + ${s.crdKinds} CRD kind(s) (${s.crdKindsUsed.length} used)`;
    const intro = `Checked ${s.resources} rendered resource(s) in ${s.targets} target(s) against ${engine}` +
        `${s.strict ? " (strict: unknown fields are errors)" : ""}, ${s.applications} Argo CD Application(s) ` +
        `and ${s.files} YAML file(s).${s.rendered ? ` Rendered first: ${s.rendered}.` : ""}\n\n`;
    const table = toSummaryMarkdown(report.findings, { title: "Lint", check: "lint", ...options });
    // The heading stays first; the scope line goes right under it.
    const nl = table.indexOf("\n\n");
    return nl < 0 ? table + "\n" + intro : `${table.slice(0, nl + 2)}${intro}${table.slice(nl + 2)}`;
}

;// CONCATENATED MODULE: ./packages/lint/src/fmt/files.ts
/** Which YAML files `gitops fmt` formats: the files people write, never output or Helm templates. */



/** Folders at the top of the repository that gitops writes (the model's output folders). */
const OUTPUT_DIRS = (/* unused pure expression or super */ null && (["render"]));
/** Deeper than this, a folder is not something people format by hand (and may be a loop). */
const MAX_DEPTH = 32;
const YAML_NAME = /\.ya?ml$/i;
/**
 * The YAML files to format. With no `paths`, every `*.yaml`/`*.yml` under `repo`, skipping dot
 * folders, `node_modules/`, `render/` and the `templates/` and `charts/` of Helm charts (a folder
 * holding `Chart.yaml`). With `paths` (files or folders, relative to `cwd`), only those, by the
 * same rules: a chart template, a file under `render/` or in a dot folder, a symbolic link or a
 * file that is not YAML is passed over silently. A path that does not exist is a `UserError`.
 */
function files_selectFiles(repoDir, paths = [], cwd = process.cwd()) {
    const repo = resolve(cwd, repoDir);
    // Worded as the repository model words it, which every other command asks first.
    if (!existsSync(repo))
        throw new UserError(`repository folder ${repoDir} does not exist`, repoDir);
    if (!statSync(repo).isDirectory())
        throw new UserError(`repository path ${repoDir} is not a folder`, repoDir);
    const given = paths.map((p) => ({ shown: p, path: resolve(cwd, p) }));
    const missing = given.filter((g) => !exists(g.path)).map((g) => g.shown);
    if (missing.length > 0) {
        throw new UserError(`${missing.join(", ")}: no such file or folder`, missing[0]);
    }
    const out = [];
    const seen = new Set();
    const add = (path) => {
        if (seen.has(path))
            return;
        seen.add(path);
        out.push({ path, file: shown(repo, path) });
    };
    if (given.length === 0) {
        for (const path of walk(repo, repo, false, 0))
            add(path);
        return out;
    }
    for (const { path } of given) {
        const st = lstatSync(path);
        if (excluded(repo, path))
            continue;
        if (st.isDirectory()) {
            for (const f of walk(repo, path, inChart(path), 0))
                add(f);
        }
        else if (st.isFile() && YAML_NAME.test(path)) {
            add(path);
        }
    }
    return out;
}
function exists(path) {
    try {
        lstatSync(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The YAML files under `dir`, in name order. */
function walk(repo, dir, chart, depth) {
    if (depth > MAX_DEPTH)
        return [];
    let entries;
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const isChart = chart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
    const out = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith(".") || e.name === "node_modules")
            continue;
        const path = join(dir, e.name);
        if (e.isDirectory()) {
            if (isChart && (e.name === "templates" || e.name === "charts"))
                continue;
            if (dir === repo && OUTPUT_DIRS.includes(e.name))
                continue;
            out.push(...walk(repo, path, isChart, depth + 1));
        }
        else if (e.isFile() && YAML_NAME.test(e.name)) {
            out.push(path);
        }
    }
    return out;
}
/**
 * True for a path given explicitly that fmt still leaves alone: under `render/`, in a dot folder
 * or `node_modules/` of the repository, a chart's `templates/` or `charts/`, or a symbolic link.
 */
function excluded(repo, path) {
    if (lstatSync(path).isSymbolicLink())
        return true;
    const rel = relative(repo, path);
    if (rel && !rel.startsWith("..") && !isAbsolute(rel)) {
        const parts = rel.split(sep);
        if (OUTPUT_DIRS.includes(parts[0] ?? ""))
            return true;
        if (parts.some((p) => p.startsWith(".") || p === "node_modules"))
            return true;
    }
    return underChartTemplates(path);
}
/** True when `path` is inside the `templates/` or `charts/` of a Helm chart. */
function underChartTemplates(path) {
    let child = path;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        const parent = dirname(child);
        if (parent === child)
            return false;
        const name = basename(child);
        if ((name === "templates" || name === "charts") && existsSync(join(parent, "Chart.yaml")))
            return true;
        child = parent;
    }
    return false;
}
/** True when the folder `dir` is inside a Helm chart (it or a parent holds `Chart.yaml`). */
function inChart(dir) {
    let current = dir;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        if (existsSync(join(current, "Chart.yaml")))
            return true;
        const parent = dirname(current);
        if (parent === current)
            return false;
        current = parent;
    }
    return false;
}
function shown(repo, path) {
    const rel = relative(repo, path);
    if (!rel || rel.startsWith("..") || isAbsolute(rel))
        return path;
    return rel.split(sep).join("/");
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/util.js
var util = __webpack_require__(383);
;// CONCATENATED MODULE: ./packages/lint/src/fmt/format.ts
/**
 * Canonical formatting of one YAML text through the `yaml` library's document model, so comments,
 * anchors, aliases, merge keys, key order and `---` documents survive. Every result is checked:
 * a text whose data or comments would change is refused, never returned.
 */






/**
 * Formats `text` (the contents of `file`, used in findings): 2-space indentation, sequences
 * indented under their key, no trailing spaces outside block scalars, one final newline, LF line
 * ends. Plain scalars that YAML 1.1 (Kubernetes) reads differently from YAML 1.2 are quoted
 * (`on` -> `"on"`), numbers keep their spelling (`0644` stays octal to Kubernetes), quoted
 * scalars keep their quotes, block scalars keep their content line for line. A file that does not
 * parse, or whose data or comments would change, is a finding and no text.
 */
function format_formatYaml(text, file) {
    let before;
    try {
        before = parseYaml(text, file);
    }
    catch (err) {
        if (err instanceof UserError)
            return { ok: false, finding: parseFinding(err, file) };
        throw err;
    }
    const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    let out;
    if (before.documents.length === 0) {
        // Only comments and blank lines: nothing for the document model to hold.
        out = source.replace(/[ \t]+$/gm, "").replace(/\n+$/, "");
        out = out ? `${out}\n` : "";
    }
    else {
        let docs;
        try {
            docs = (source === text ? before : parseYaml(source, file)).documents.map((d) => d.doc);
        }
        catch (err) {
            if (err instanceof UserError)
                return { ok: false, finding: parseFinding(err, file) };
            throw err;
        }
        try {
            out = stripTrailingSpaces(docs.map((doc, i) => emit(doc, source, i)).join(""));
        }
        catch (err) {
            // The library cannot write something it read; say so rather than fail the whole run.
            return {
                ok: false,
                finding: refusal(file, "fmt/unsupported", `cannot format: ${messageOf(err)}; left as it is`),
            };
        }
    }
    const problem = checkFormatted(before, out, file);
    if (problem)
        return { ok: false, finding: problem };
    return { ok: true, text: out, changed: out !== text };
}
/**
 * Why `formatted` may not replace the text of `before`, or undefined when it may: the formatted
 * text must parse, hold as many documents with the same data (read with merge keys resolved and
 * read with `<<` as a plain key) and keep every comment.
 */
function checkFormatted(before, formatted, file) {
    let after;
    try {
        after = parseYaml(formatted, file);
    }
    catch (err) {
        if (!(err instanceof UserError))
            throw err;
        return refusal(file, "fmt/data-changed", `formatting would not parse again (${err.message}); left as it is`);
    }
    const changed = firstDataChange(before, after);
    if (changed !== undefined) {
        return refusal(file, "fmt/data-changed", `formatting would change the data of document ${changed + 1}; left as it is (please report this file)`, before.documents[changed]?.line);
    }
    const { lost, added } = commentDifference(before.text, formatted);
    if (lost !== undefined) {
        return refusal(file, "fmt/comment-lost", `formatting would lose the comment "${lost}"; left as it is`);
    }
    if (added !== undefined) {
        return refusal(file, "fmt/comment-added", `formatting would add the comment "${added}"; left as it is`);
    }
    return undefined;
}
/** The index of the first document whose data differ, the document count if only that differs. */
function firstDataChange(before, after) {
    const a = before.documents;
    const b = after.documents;
    const literalA = literalData(before.text);
    const literalB = literalData(after.text);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (!x || !y)
            return i;
        if (!isDeepStrictEqual(x.value, y.value))
            return i;
        if (!isDeepStrictEqual(literalA[i], literalB[i]))
            return i;
    }
    return undefined;
}
/**
 * Each document's data with `<<` read as a plain key (so a merge key stays one, not merely its
 * result) and mappings kept as Maps (so `1:` and `"1":` differ). Called on texts parseYaml took.
 */
function literalData(text) {
    const docs = parseAllDocuments(text.replace(/^\uFEFF/, ""), { merge: false, uniqueKeys: false });
    if (!Array.isArray(docs))
        return [];
    return docs.map((d) => {
        const data = d.toJS({ mapAsMap: true, maxAliasCount: DEFAULT_YAML_LIMITS.maxAliasCount });
        return data;
    });
}
/** One document as text, in the house style. */
function emit(doc, source, index) {
    prepare(doc, source);
    let text = emptyDocument(doc) ?? doc.toString(YAML_FORMAT_OPTIONS).replace(OWN_LINE_COMMENT, "");
    // Documents after the first need their `---`, even when the source separated them with `...`.
    if (index > 0 && !/^(---|%)/m.test(firstNonComment(text)))
        text = `---\n${text}`;
    return text;
}
/**
 * An empty document (`---` with nothing or only comments after it) as the library does not write
 * it: without blank lines it invents, its comments starting in the first column.
 */
function emptyDocument(doc) {
    const c = doc.contents;
    if (!isScalar(c) || c.value !== null || c.source !== "" || c.anchor || c.tag)
        return undefined;
    const lines = [];
    const directives = doc.directives.toString(doc);
    if (directives)
        lines.push(directives);
    if (directives || doc.directives.docStart)
        lines.push("---");
    for (const comment of [doc.commentBefore, c.commentBefore, c.comment, doc.comment]) {
        if (comment)
            lines.push(...comment.split("\n").map((l) => (l ? `#${l}` : "")));
    }
    if (doc.directives.docEnd)
        lines.push("...");
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
function firstNonComment(text) {
    return text.split("\n").find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
}
/**
 * Marks up the document before it is written: YAML 1.1 booleans as plain strings get quotes,
 * numbers keep their spelling and block scalars their lines (see the tags below), and the
 * schema learns YAML 1.1's look-alikes so no plain string turns into one.
 */
function prepare(doc, source) {
    const schema = doc.schema.clone();
    schema.compat = yaml11Compat();
    schema.tags = [verbatimPlainTag, verbatimBlockTag, ...schema.tags];
    doc.schema = schema;
    const workflowOn = githubWorkflowOn(doc);
    visit(doc, {
        Scalar(key, node) {
            if (node.tag)
                return;
            if (node === workflowOn) {
                node.value = new VerbatimPlain("on");
            }
            else if (node.type === Scalar.PLAIN &&
                typeof node.value === "string" &&
                YAML11_BOOLEANS.has(node.value)) {
                node.type = Scalar.QUOTE_DOUBLE;
            }
            else if (node.type === Scalar.PLAIN &&
                (typeof node.value === "number" || typeof node.value === "bigint") &&
                node.source &&
                !/[\n#]/.test(node.source)) {
                node.value = new VerbatimPlain(node.source.trim());
            }
            else if (key !== "key" &&
                (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) &&
                typeof node.value === "string" &&
                node.range) {
                const block = blockSource(source.slice(node.range[0], node.range[1]), node.value, node.type);
                if (block)
                    node.value = block;
            }
        },
    });
    visit(doc, (key, node, path) => {
        if (key === "key" || !(isScalar(node) || (isCollection(node) && node.flow)))
            return;
        if (path.some((p) => isCollection(p) && p.flow))
            return;
        if (isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED))
            return;
        if (!node.comment || node.comment.includes("\n") || !node.range)
            return;
        const after = source.slice(node.range[1], node.range[2]);
        const hash = after.indexOf("#");
        if (hash > 0 && after.slice(0, hash).includes("\n"))
            node.comment += `\n${OWN_LINE}`;
    });
}
/**
 * The plain `on` key of a GitHub Actions workflow (a document with `on:` and `jobs:` at the top):
 * GitHub reads it as the string it is, and `"on":` would only puzzle the people who read it.
 */
function githubWorkflowOn(doc) {
    if (!isMap(doc.contents))
        return undefined;
    const keys = [];
    for (const pair of doc.contents.items)
        if (isScalar(pair.key))
            keys.push(pair.key);
    const on = keys.find((k) => k.value === "on" && k.type === Scalar.PLAIN);
    return on && keys.some((k) => k.value === "jobs") ? on : undefined;
}
/**
 * Marks a one-line comment that stood on its own line after a value (`resources: {}` then an
 * indented `# limits: ...`, as `helm create` writes): the library would move it up beside the
 * value, but it writes a comment of two lines below it; the marker line is then removed.
 */
const OWN_LINE = "\u0000gitops-fmt-own-line";
const OWN_LINE_COMMENT = new RegExp(`^[ \\t]*#${OWN_LINE}\\n`, "gm");
/**
 * A plain scalar as it was written: a number (`0644` is octal to Kubernetes and 644 to YAML 1.2;
 * keep it `0644`), or a workflow's `on`.
 */
class VerbatimPlain {
    text;
    constructor(text) {
        this.text = text;
    }
}
const verbatimPlainTag = {
    tag: "tag:gitops-actions,2026:verbatim-plain",
    default: true,
    identify: (value) => value instanceof VerbatimPlain,
    resolve: (value) => value,
    stringify: (item) => ((0,yaml_dist/* isScalar */.jn)(item) && item.value instanceof VerbatimPlain ? item.value.text : ""),
};
/** A block scalar's header and content lines as written (content without its indentation). */
class VerbatimBlock {
    value;
    type;
    indicator;
    lines;
    keptBlankLines;
    constructor(value, type, indicator, lines, keptBlankLines) {
        this.value = value;
        this.type = type;
        this.indicator = indicator;
        this.lines = lines;
        this.keptBlankLines = keptBlankLines;
    }
}
/**
 * The block scalar `raw` (its source from `|` or `>` on) as header and content lines, or
 * undefined for one the library writes well enough itself: an explicit indentation indicator,
 * no content.
 */
function blockSource(raw, value, type) {
    const [header = "", ...body] = raw.split("\n");
    const indicator = /^[|>][+-]?/.exec(header)?.[0];
    if (!indicator || /^[|>][+-]?[1-9]/.test(header))
        return undefined;
    if (body.at(-1) === "")
        body.pop();
    const first = body.find((l) => l.trim() !== "");
    if (first === undefined)
        return undefined;
    const indent = first.length - first.trimStart().length;
    let end = body.length;
    while (end > 0 && (body[end - 1]?.length ?? 0) <= indent)
        end--;
    const lines = body.slice(0, end).map((l) => (l.length <= indent ? "" : l.slice(indent)));
    const keep = indicator.endsWith("+") ? body.length - end : 0;
    return new VerbatimBlock(value, type, indicator, lines, keep);
}
const verbatimBlockTag = {
    tag: "tag:gitops-actions,2026:verbatim-block",
    default: true,
    identify: (value) => value instanceof VerbatimBlock,
    resolve: (value) => value,
    stringify(item, ctx, onComment, onChompKeep) {
        if (!(0,yaml_dist/* isScalar */.jn)(item) || !(item.value instanceof VerbatimBlock))
            return "";
        const block = item.value;
        if (!ctx.indent || ctx.inFlow || ctx.implicitKey) {
            // Where the library would pick another indentation (top level) or style, let it.
            const plain = new yaml_dist/* Scalar */.X5(block.value);
            plain.type = block.type;
            if (item.comment)
                plain.comment = item.comment;
            return (0,util/* stringifyString */.Nx)(plain, ctx, onComment, onChompKeep);
        }
        let header = block.indicator;
        if (item.comment) {
            header += ` ${ctx.options.commentString(item.comment.replace(/ ?\n+/g, " "))}`;
            onComment?.();
        }
        if (block.indicator.endsWith("+"))
            onChompKeep?.();
        const body = block.lines.map((l) => (l ? ctx.indent + l : "")).join("\n");
        return `${header}\n${body}${"\n".repeat(block.keptBlankLines)}`;
    },
};
/** Removes trailing spaces and tabs on every line outside a block scalar (there they are content). */
function stripTrailingSpaces(text) {
    if (!/[ \t]$/m.test(text))
        return text;
    const blockLines = format_blockScalarLines(text);
    return text
        .split("\n")
        .map((line, i) => (blockLines.has(i + 1) ? line : line.replace(/[ \t]+$/, "")))
        .join("\n");
}
/**
 * The 1-based lines of block scalars in `text`, which the library wrote. Read without the
 * duplicate-key check (quadratic in a mapping's size, and done on the input already);
 * checkFormatted reads the result in full.
 */
function format_blockScalarLines(text) {
    const lineCounter = new LineCounter();
    const lines = new Set();
    const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
    for (const doc of Array.isArray(docs) ? docs : []) {
        visit(doc, {
            Scalar(_key, node) {
                if (!node.range || (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED))
                    return;
                const to = lineOfOffset(lineCounter, node.range[1]);
                for (let l = lineOfOffset(lineCounter, node.range[0]); l <= to; l++)
                    lines.add(l);
            },
        });
    }
    return lines;
}
/** The first comment of `before` that `after` lacks, or that `after` adds, if any. */
function commentDifference(before, after) {
    const left = new Map();
    for (const c of comments(after))
        left.set(c, (left.get(c) ?? 0) + 1);
    for (const c of comments(before)) {
        const n = left.get(c) ?? 0;
        if (n === 0)
            return { lost: c };
        left.set(c, n - 1);
    }
    for (const [c, n] of left)
        if (n > 0)
            return { added: c };
    return {};
}
function comments(text) {
    const out = [];
    for (const token of new Lexer().lex(text)) {
        if (token.startsWith("#"))
            out.push(token.trimEnd());
    }
    return out;
}
function parseFinding(err, file) {
    const rule = /duplicate key/.test(err.message) ? "yaml/duplicate-key" : "yaml/parse-error";
    const f = {
        tool: "fmt",
        rule,
        severity: "error",
        message: `${err.message.replace(/^\S+?:(\d+:)? /, "")}; left as it is`,
        file,
    };
    if (err.line)
        f.line = err.line;
    return f;
}
function refusal(file, rule, message, line) {
    const f = { tool: "fmt", rule, severity: "error", message, file };
    if (line)
        f.line = line;
    return f;
}

;// CONCATENATED MODULE: ./packages/lint/src/fmt/index.ts
/** `gitops fmt`: canonical formatting of the YAML files people write, data and comments kept. */








/**
 * Formats the selected files in place (each written atomically, its mode kept), or with `check`
 * only says which would change. A file that cannot be formatted safely is a finding and is
 * left untouched; a path that does not exist is a `UserError`.
 */
function fmt(options) {
    const report = { files: [], findings: [] };
    for (const { path, file } of selectFiles(options.repo, options.paths, options.cwd)) {
        const result = formatFile(path, file);
        if (!result.ok) {
            report.findings.push(result.finding);
            report.files.push({ file, changed: false });
            continue;
        }
        if (result.changed && !options.check) {
            const mode = statSync(path).mode;
            writeTextAtomic(path, result.text, file);
            chmodSync(path, mode & 0o7777);
        }
        report.files.push({ file, changed: result.changed });
    }
    return report;
}
function formatFile(path, file) {
    const size = statSync(path).size;
    if (size > DEFAULT_YAML_LIMITS.maxBytes) {
        return {
            ok: false,
            finding: {
                tool: "fmt",
                rule: "fmt/too-large",
                severity: "error",
                message: `larger than ${DEFAULT_YAML_LIMITS.maxBytes / (1024 * 1024)} MiB, the limit for a YAML file people write; left as it is`,
                file,
            },
        };
    }
    let text;
    try {
        text = decodeUtf8(readFileSync(path), file);
    }
    catch (err) {
        const message = err instanceof UserError
            ? err.message.replace(`${file}: `, "")
            : `cannot read: ${err.code ?? messageOf(err)}`;
        return {
            ok: false,
            finding: { tool: "fmt", rule: "yaml/parse-error", severity: "error", message, file },
        };
    }
    return formatYaml(text, file);
}

;// CONCATENATED MODULE: ./packages/lint/src/index.ts












// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/env.js + 11 modules
var env = __webpack_require__(611);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/parse.js + 3 modules
var parse = __webpack_require__(3340);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/plan.js + 9 modules
var plan = __webpack_require__(8217);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/error.js
var error = __webpack_require__(2108);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/ext/strings.js
var ext_strings = __webpack_require__(5480);
// EXTERNAL MODULE: ./node_modules/@bufbuild/re2/dist/esm/index.js + 19 modules
var dist_esm = __webpack_require__(2821);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/type.js
var esm_type = __webpack_require__(4540);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/map.js
var esm_map = __webpack_require__(724);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/list.js
var esm_list = __webpack_require__(9356);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/func.js
var func = __webpack_require__(8558);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/create.js
var esm_create = __webpack_require__(6149);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/registry.js + 2 modules
var registry = __webpack_require__(370);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js + 1 modules
var descriptor_pb = __webpack_require__(6177);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
var reflect = __webpack_require__(1106);
;// CONCATENATED MODULE: ./packages/policy/src/cel/opaque.ts




const PAYLOAD = Symbol("gitops.cel.payload");
/** Creates an opaque CEL type named `pkg.Name`; `key` gives the canonical form used for `==`. */
function opaqueType(fullName, key) {
    const desc = messageDesc(fullName);
    const type = (0,esm_type/* objectType */.ge)(desc);
    return {
        type,
        name: fullName,
        wrap(value) {
            const message = (0,reflect/* reflect */.E4)(desc, (0,esm_create/* create */.v)(desc, { key: key(value) }));
            Object.defineProperty(message, PAYLOAD, { value, enumerable: false });
            return message;
        },
        unwrap(v) {
            if (typeof v !== "object" || v === null || !(PAYLOAD in v))
                return undefined;
            const message = v;
            return message.desc.typeName === fullName ? message[PAYLOAD] : undefined;
        },
    };
}
function messageDesc(fullName) {
    const dot = fullName.lastIndexOf(".");
    const pkg = fullName.slice(0, dot);
    const name = fullName.slice(dot + 1);
    const file = (0,esm_create/* create */.v)(descriptor_pb/* FileDescriptorProtoSchema */.tr, {
        name: `${fullName.replace(/\./g, "/")}.proto`,
        package: pkg,
        syntax: "proto3",
        messageType: [
            {
                name,
                field: [
                    {
                        name: "key",
                        number: 1,
                        type: descriptor_pb/* FieldDescriptorProto_Type */.P3.STRING,
                        label: descriptor_pb/* FieldDescriptorProto_Label */.TX.OPTIONAL,
                        jsonName: "key",
                    },
                ],
            },
        ],
    });
    const desc = (0,registry/* createFileRegistry */.uO)(file, () => undefined).getMessage(fullName);
    if (!desc)
        throw new Error(`cannot build the CEL type ${fullName}`);
    return desc;
}
/** The JavaScript value inside any opaque CEL value, with its type name; undefined for other values. */
function opaque_opaquePayload(v) {
    if (typeof v !== "object" || v === null || !(PAYLOAD in v))
        return undefined;
    const message = v;
    return { typeName: message.desc.typeName, value: message[PAYLOAD] };
}

// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/uint.js
var uint = __webpack_require__(6060);
;// CONCATENATED MODULE: ./packages/policy/src/cel/values.ts


/**
 * Converts a parsed manifest (plain JSON-like data) into CEL values once, so that
 * every expression evaluated against it shares the converted tree.
 *
 * Integral numbers become CEL `int` (bigint) the way Kubernetes decodes JSON into
 * int64, so `object.spec.replicas + 1` works; other numbers stay `double`.
 */
function toCelValue(value) {
    if (value === null || value === undefined)
        return null;
    switch (typeof value) {
        case "string":
        case "boolean":
        case "bigint":
            return value;
        case "number":
            return Number.isInteger(value) ? BigInt(value) : value;
        case "object":
            break;
        default:
            return null;
    }
    if (Array.isArray(value))
        return (0,esm_list/* celList */.bC)(value.map(toCelValue));
    if (value instanceof Date)
        return value.toISOString();
    const map = new Map();
    for (const [k, v] of Object.entries(value))
        map.set(k, toCelValue(v));
    return (0,esm_map/* celMap */.$I)(map);
}
/** A CEL value as plain JavaScript, for messages and notes (ints become numbers when safe). */
function fromCelValue(value) {
    if (value === undefined || value === null)
        return null;
    if (typeof value === "bigint") {
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (typeof value !== "object")
        return value;
    if (isCelUint(value))
        return fromCelValue(value.value);
    if (isCelList(value))
        return [...value].map(fromCelValue);
    if (isCelMap(value)) {
        const out = {};
        for (const [k, v] of value) {
            Object.defineProperty(out, String(isCelUint(k) ? k.value : k), {
                value: fromCelValue(v),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return out;
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString("base64");
    const opaque = opaquePayload(value);
    if (opaque?.typeName === "gitops.optional_type") {
        const o = opaque.value;
        return o.has ? fromCelValue(o.value) : null;
    }
    const key = value.message?.key;
    return typeof key === "string" ? key : celTypeName(value);
}
/** A short, stable, type-aware rendering of a CEL value: the identity of an optional's content. */
function celKey(value) {
    if (value === undefined)
        return "undefined";
    if (value === null)
        return "null";
    switch (typeof value) {
        case "bigint":
            return `i${value}`;
        case "number":
            return `d${value}`;
        case "string":
            return `s${JSON.stringify(value)}`;
        case "boolean":
            return `b${value}`;
        default:
            break;
    }
    if ((0,uint/* isCelUint */.p)(value))
        return `u${value.value}`;
    if ((0,esm_list/* isCelList */.B9)(value))
        return `[${[...value].map(celKey).join(",")}]`;
    if ((0,esm_map/* isCelMap */.hV)(value)) {
        const entries = [...value].map(([k, v]) => `${celKey(k)}:${celKey(v)}`).sort();
        return `{${entries.join(",")}}`;
    }
    if (value instanceof Uint8Array)
        return `y${Buffer.from(value).toString("hex")}`;
    return `o${String(value.desc?.typeName)}:${JSON.stringify(value.message ?? null, bigintSafe)}`;
}
function bigintSafe(_key, v) {
    return typeof v === "bigint" ? v.toString() : v;
}
/** The name of a value's CEL type, for error messages. */
function celTypeName(value) {
    if (value === undefined)
        return "undefined";
    if (value === null)
        return "null";
    switch (typeof value) {
        case "bigint":
            return "int";
        case "number":
            return "double";
        case "string":
            return "string";
        case "boolean":
            return "bool";
        default:
            break;
    }
    if ((0,uint/* isCelUint */.p)(value))
        return "uint";
    if ((0,esm_list/* isCelList */.B9)(value))
        return "list";
    if ((0,esm_map/* isCelMap */.hV)(value))
        return "map";
    if (value instanceof Uint8Array)
        return "bytes";
    return value.desc?.typeName ?? "object";
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/optional.ts



let serial = 0;
/**
 * Optionals holding a scalar compare by value; ones holding a list, map or message compare by
 * identity, so wrapping a whole manifest (`object.?spec`) never walks it to build a key.
 */
const OptionalType = opaqueType("gitops.optional_type", (o) => {
    if (!o.has)
        return "none";
    const v = o.value ?? null;
    return typeof v === "object" && v !== null ? `some:#${++serial}` : `some:${celKey(v)}`;
});
const OPT = OptionalType.type;
const { DYN, BOOL, STRING } = esm_type/* CelScalar */.ZR;
/** Internal functions the syntax rewrite turns `a.?b`, `a[?k]`, `[?x]` and `{?k: v}` into. */
const OPT_SELECT = "@optselect";
const OPT_INDEX = "@optindex";
const OPT_LIST = "@optlist";
const OPT_MAP = "@optmap";
const OPT_HAS = "@opthas";
/** `or`/`orValue` on a receiver that may not be optional (see `ast.ts`). */
const OPT_PICK = "@optpick";
const OPT_GET = "@optget";
function some(value) {
    return OptionalType.wrap({ has: true, value });
}
function none() {
    return OptionalType.wrap({ has: false });
}
/** Looks `key` up in a map or list (unwrapping an optional receiver): some(value) or none. */
function lookup(target, key) {
    const opt = OptionalType.unwrap(target);
    if (opt) {
        if (!opt.has)
            return none();
        target = opt.value ?? null;
    }
    if ((0,esm_map/* isCelMap */.hV)(target)) {
        const v = target.get(key);
        return v === undefined ? none() : some(v);
    }
    if ((0,esm_list/* isCelList */.B9)(target)) {
        if (typeof key !== "bigint" && typeof key !== "number")
            throw new Error("list index must be an int");
        const i = Number(key);
        if (!Number.isInteger(i) || i < 0 || i >= target.size)
            return none();
        return some(target.get(i) ?? null);
    }
    throw new Error(`optional selection is not supported on ${celTypeName(target)}`);
}
function zero(v) {
    if (v === null || v === false || v === "" || v === 0 || v === 0n)
        return true;
    if ((0,esm_list/* isCelList */.B9)(v) || (0,esm_map/* isCelMap */.hV)(v))
        return v.size === 0;
    if (v instanceof Uint8Array)
        return v.length === 0;
    return false;
}
function optional_self(v) {
    const o = OptionalType.unwrap(v);
    if (!o)
        throw new Error("not an optional");
    return o;
}
/** `optional.of/none/ofNonZeroValue`, `hasValue()`, `value()`, `orValue()`, `or()`, and the syntax helpers. */
const optionalFuncs = [
    (0,func/* celFunc */.V)("optional.of", [DYN], OPT, (v) => some(v)),
    (0,func/* celFunc */.V)("optional.none", [], OPT, () => none()),
    (0,func/* celFunc */.V)("optional.ofNonZeroValue", [DYN], OPT, (v) => (zero(v) ? none() : some(v))),
    (0,func/* celMethod */.y)("hasValue", OPT, [], BOOL, function () {
        return optional_self(this).has;
    }),
    (0,func/* celMethod */.y)("value", OPT, [], DYN, function () {
        const o = optional_self(this);
        if (!o.has)
            throw new Error("optional.none() dereference");
        return o.value ?? null;
    }),
    (0,func/* celMethod */.y)("orValue", OPT, [DYN], DYN, function (fallback) {
        const o = optional_self(this);
        return o.has ? (o.value ?? null) : fallback;
    }),
    (0,func/* celMethod */.y)("or", OPT, [OPT], OPT, function (other) {
        return OptionalType.wrap(optional_self(this).has ? optional_self(this) : optional_self(other));
    }),
    (0,func/* celFunc */.V)(OPT_SELECT, [DYN, STRING], OPT, (target, field) => lookup(target, field)),
    (0,func/* celFunc */.V)(OPT_INDEX, [DYN, DYN], OPT, (target, key) => lookup(target, key)),
    (0,func/* celFunc */.V)(OPT_HAS, [DYN, STRING], BOOL, (target, field) => optional_self(lookup(target, field)).has),
    // True when the receiver is kept: any non-optional value, or an optional holding a value.
    (0,func/* celFunc */.V)(OPT_PICK, [DYN], BOOL, (v) => OptionalType.unwrap(v)?.has ?? true),
    (0,func/* celFunc */.V)(OPT_GET, [DYN], DYN, (v) => {
        const o = OptionalType.unwrap(v);
        return o ? (o.value ?? null) : v;
    }),
    (0,func/* celFunc */.V)(OPT_LIST, [DYN], DYN, (list) => {
        if (!(0,esm_list/* isCelList */.B9)(list))
            throw new Error("invalid optional list");
        const out = [];
        for (const item of list) {
            const o = optional_self(item);
            if (o.has)
                out.push(o.value ?? null);
        }
        return out;
    }),
    (0,func/* celFunc */.V)(OPT_MAP, [DYN], DYN, (pairs) => {
        if (!(0,esm_list/* isCelList */.B9)(pairs))
            throw new Error("invalid optional map");
        const out = new Map();
        for (const pair of pairs) {
            if (!(0,esm_list/* isCelList */.B9)(pair))
                throw new Error("invalid optional map");
            const key = pair.get(0);
            const o = optional_self(pair.get(1) ?? null);
            if (typeof key !== "string" && typeof key !== "bigint" && typeof key !== "boolean")
                throw new Error("unsupported map key type");
            if (o.has)
                out.set(key, o.value ?? null);
        }
        return out;
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/nodes.ts
/**
 * Builders for CEL expression nodes (protobuf-es messages: plain objects tagged with
 * `$typeName`), used by the rewrites in `ast.ts`. New nodes take ids from `ids`.
 */
function newExpr(exprKind, ids) {
    ids.next += 1n;
    return { $typeName: "cel.expr.Expr", id: ids.next, exprKind };
}
/** A call of a global function. */
function callKind(fn, args) {
    return {
        case: "callExpr",
        value: { $typeName: "cel.expr.Expr.Call", function: fn, args },
    };
}
/** A call of a method on `target`. */
function methodKind(fn, target, args) {
    return { case: "callExpr", value: { $typeName: "cel.expr.Expr.Call", function: fn, target, args } };
}
/** A call of a global function, as a node. */
function callExpr(fn, args, ids) {
    return newExpr(callKind(fn, args), ids);
}
/** A list literal. */
function listExpr(elements, ids) {
    return newExpr({
        case: "listExpr",
        value: { $typeName: "cel.expr.Expr.CreateList", elements, optionalIndices: [] },
    }, ids);
}
/** An identifier. */
function identExpr(name, ids) {
    return newExpr({ case: "identExpr", value: { $typeName: "cel.expr.Expr.Ident", name } }, ids);
}
/** A string literal. */
function stringConst(value, ids) {
    return newExpr({
        case: "constExpr",
        // The Constant union has deprecated members (duration, timestamp); ours is not one of them.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        value: { $typeName: "cel.expr.Constant", constantKind: { case: "stringValue", value } },
    }, ids);
}
/** A bool literal. */
function boolConst(value, ids) {
    return newExpr({
        case: "constExpr",
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        value: { $typeName: "cel.expr.Constant", constantKind: { case: "boolValue", value } },
    }, ids);
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/syntax.ts
/**
 * CEL's optional syntax (`a.?b`, `a[?k]`, `[?x]`, `{?k: v}`) is not understood by the
 * @bufbuild/cel parser. Before parsing we rewrite each use into a placeholder the parser
 * accepts; `ast.ts` then turns the placeholders into calls of our optional functions.
 * The rewrite works on tokens, so text inside string literals is never touched.
 */
/** Placeholder prefixes and wrapper names, recognised again in the parsed AST. */
const PLACEHOLDER = {
    select: "__optsel__",
    index: "__optidx__",
    element: "__optelem__",
    key: "__optkey__",
};
const MULTI_PUNCT = ["==", "!=", "<=", ">=", "&&", "||"];
const KEYWORD_OPERATORS = new Set(["in"]);
/** Splits CEL source into tokens, keeping whitespace and comments so the text survives intact. */
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const rest = source.slice(i);
        const space = /^(\s+|\/\/[^\n]*)/.exec(rest);
        if (space) {
            tokens.push({ text: space[0], kind: "space" });
            i += space[0].length;
            continue;
        }
        const str = /^[rRbB]{0,2}('''|"""|'|")/.exec(rest);
        if (str?.[1]) {
            const end = stringEnd(source, i + str[0].length, str[1], /[rR]/.test(str[0].slice(0, -str[1].length)));
            tokens.push({ text: source.slice(i, end), kind: "string" });
            i = end;
            continue;
        }
        const num = /^(0x[0-9a-fA-F]+u?|\d+\.\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+u?)/.exec(rest);
        if (num) {
            tokens.push({ text: num[0], kind: "number" });
            i += num[0].length;
            continue;
        }
        const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
        if (ident) {
            tokens.push({ text: ident[0], kind: "ident" });
            i += ident[0].length;
            continue;
        }
        const multi = MULTI_PUNCT.find((p) => rest.startsWith(p));
        const text = multi ?? rest.charAt(0);
        tokens.push({ text, kind: "punct" });
        i += text.length;
    }
    return tokens;
}
function stringEnd(source, from, quote, raw) {
    let i = from;
    while (i < source.length) {
        if (!raw && source[i] === "\\") {
            i += 2;
            continue;
        }
        if (source.startsWith(quote, i))
            return i + quote.length;
        // A single-quoted string ends at a newline; let the parser report it.
        if (quote.length === 1 && source[i] === "\n")
            return i;
        i += 1;
    }
    return source.length;
}
/** True when `source` uses CEL's optional syntax and needs {@link rewriteOptionalSyntax}. */
function usesOptionalSyntax(source) {
    return /[.[{,]\s*\?/.test(source) && tokenize(source).some((t, i, all) => isOptionalMarker(all, i));
}
/** Rewrites optional syntax into placeholders; other source is returned unchanged. */
function rewriteOptionalSyntax(source) {
    const tokens = tokenize(source);
    const out = [];
    const stack = [];
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        const top = stack[stack.length - 1];
        if (tok.kind === "punct") {
            if (tok.text === "," && top) {
                out.push(top.pendingElement);
                top.pendingElement = "";
            }
            if (tok.text === ":" && top?.kind === "map" && top.pendingKey) {
                out.push(top.pendingKey);
                top.pendingKey = "";
            }
            if ((tok.text === ")" || tok.text === "]" || tok.text === "}") && top) {
                out.push(top.pendingElement, top.closeWith);
                stack.pop();
            }
        }
        if (tok.kind === "punct" && tok.text === "?" && isOptionalMarker(tokens, i)) {
            const before = previousSignificant(tokens, i);
            const marker = before === undefined ? "" : tokens[before].text;
            if (marker === ".") {
                // `.?field`: glue the placeholder to the field name that follows.
                const next = nextSignificant(tokens, i);
                if (next !== undefined) {
                    out.push(PLACEHOLDER.select);
                    i = next - 1;
                }
                continue;
            }
            if (top?.kind === "index" && marker === "[") {
                out.push(`${PLACEHOLDER.index}(`);
                top.closeWith = ")";
                continue;
            }
            if (top?.kind === "list") {
                out.push(`${PLACEHOLDER.element}(`);
                top.pendingElement = ")";
                continue;
            }
            if (top?.kind === "map") {
                out.push(`${PLACEHOLDER.key}(`);
                top.pendingKey = ")";
                continue;
            }
        }
        out.push(tok.text);
        if (tok.kind === "punct" && (tok.text === "(" || tok.text === "[" || tok.text === "{")) {
            stack.push({
                open: tok.text,
                kind: frameKind(tokens, i),
                closeWith: "",
                pendingElement: "",
                pendingKey: "",
            });
        }
    }
    return out.join("");
}
function frameKind(tokens, i) {
    const tok = tokens[i];
    if (tok.text === "(")
        return "paren";
    if (tok.text === "{")
        return "map";
    const before = previousSignificant(tokens, i);
    return before !== undefined && endsExpression(tokens[before]) ? "index" : "list";
}
/** A `?` right after `.`, `[`, `{` or `,` marks optional syntax; elsewhere it is the conditional. */
function isOptionalMarker(tokens, i) {
    const tok = tokens[i];
    if (tok.kind !== "punct" || tok.text !== "?")
        return false;
    const before = previousSignificant(tokens, i);
    if (before === undefined)
        return false;
    const prev = tokens[before];
    return prev.kind === "punct" && [".", "[", "{", ","].includes(prev.text);
}
function endsExpression(tok) {
    if (tok.kind === "ident")
        return !KEYWORD_OPERATORS.has(tok.text);
    if (tok.kind === "string" || tok.kind === "number")
        return true;
    return tok.text === ")" || tok.text === "]" || tok.text === "}";
}
function previousSignificant(tokens, i) {
    for (let j = i - 1; j >= 0; j--)
        if (tokens[j].kind !== "space")
            return j;
    return undefined;
}
function nextSignificant(tokens, i) {
    for (let j = i + 1; j < tokens.length; j++)
        if (tokens[j].kind !== "space")
            return j;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/ast.ts



/**
 * Rewrites a parsed expression in place:
 * - the optional-syntax placeholders of `syntax.ts` become calls of our optional functions,
 *   and a plain `.field` or `[i]` applied to an optional result stays optional, as in cel-go;
 * - `cel.bind(x, init, body)` becomes the comprehension cel-go's bind macro expands to;
 * - `x.orValue(d)` and `x.or(o)` become a form that, as cel-go's interpreter does, returns a
 *   non-optional `x` itself and evaluates `d`/`o` only when `x` is an empty optional.
 *
 * Expressions are protobuf-es messages: plain objects tagged with `$typeName`.
 */
function transformExpr(expr, ids) {
    const kind = expr.exprKind;
    switch (kind.case) {
        case "selectExpr": {
            const sel = kind.value;
            if (sel.operand)
                transformExpr(sel.operand, ids);
            if (!sel.operand)
                return;
            if (sel.testOnly) {
                // has(a.?b.c): false when the optional is empty, else whether the field is there.
                if (isOptionalCall(sel.operand))
                    expr.exprKind = callKind(OPT_HAS, [sel.operand, stringConst(sel.field, ids)]);
                return;
            }
            const optional = sel.field.startsWith(PLACEHOLDER.select);
            if (optional || isOptionalCall(sel.operand)) {
                const field = optional ? sel.field.slice(PLACEHOLDER.select.length) : sel.field;
                expr.exprKind = callKind(OPT_SELECT, [sel.operand, stringConst(field, ids)]);
            }
            return;
        }
        case "callExpr": {
            const call = kind.value;
            if (call.target)
                transformExpr(call.target, ids);
            for (const arg of call.args)
                transformExpr(arg, ids);
            if (call.function === "_[_]" && call.args.length === 2) {
                const [target, index] = call.args;
                const wrapped = unwrapPlaceholder(index, PLACEHOLDER.index);
                if (wrapped || isOptionalCall(target)) {
                    expr.exprKind = callKind(OPT_INDEX, [target, wrapped ?? index]);
                }
                return;
            }
            if (isBind(expr))
                expr.exprKind = bindKind(call.args, ids);
            else if (isOr(expr)) {
                const target = call.target;
                if (call.function === "or" && isOptionalCall(target))
                    OPTIONAL_ORS.add(expr);
                expr.exprKind = orKind(call.function, target, call.args[0], ids);
            }
            else if (isOptMacro(expr))
                expr.exprKind = optMacroKind(call.function, call.target, call.args, ids);
            return;
        }
        case "listExpr": {
            const list = kind.value;
            for (const e of list.elements)
                transformExpr(e, ids);
            if (!list.elements.some((e) => unwrapPlaceholder(e, PLACEHOLDER.element)))
                return;
            const elements = list.elements.map((e) => unwrapPlaceholder(e, PLACEHOLDER.element) ?? callExpr("optional.of", [e], ids));
            expr.exprKind = callKind(OPT_LIST, [listExpr(elements, ids)]);
            return;
        }
        case "structExpr": {
            const struct = kind.value;
            for (const entry of struct.entries) {
                if (entry.keyKind.case === "mapKey")
                    transformExpr(entry.keyKind.value, ids);
                if (entry.value)
                    transformExpr(entry.value, ids);
            }
            // Optional entries exist only in map literals; a message literal is left as it is.
            const keys = [];
            for (const entry of struct.entries) {
                if (entry.keyKind.case !== "mapKey")
                    return;
                keys.push(entry.keyKind.value);
            }
            const optional = keys.map((k) => unwrapPlaceholder(k, PLACEHOLDER.key));
            if (!optional.some(Boolean))
                return;
            const pairs = struct.entries.map((entry, i) => {
                const key = optional[i];
                const value = entry.value;
                return listExpr([key ?? keys[i], key ? value : callExpr("optional.of", [value], ids)], ids);
            });
            expr.exprKind = callKind(OPT_MAP, [listExpr(pairs, ids)]);
            return;
        }
        case "comprehensionExpr": {
            const c = kind.value;
            for (const e of [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result]) {
                if (e)
                    transformExpr(e, ids);
            }
            return;
        }
        default:
            return;
    }
}
/**
 * True when an expression is known to yield an optional: an optional select or index, an
 * `optional.of/none/ofNonZeroValue(...)` call, or `.or(...)` on one of those. Selecting or
 * indexing into such an expression stays optional.
 */
function isOptionalCall(e) {
    if (OPTIONAL_ORS.has(e))
        return true;
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    if (call.function === OPT_SELECT || call.function === OPT_INDEX)
        return true;
    const target = call.target?.exprKind;
    if (target?.case === "identExpr" && target.value.name === "optional") {
        return ["of", "none", "ofNonZeroValue"].includes(call.function);
    }
    return call.function === "or" && call.target !== undefined && isOptionalCall(call.target);
}
function unwrapPlaceholder(e, name) {
    if (e.exprKind.case !== "callExpr")
        return undefined;
    const call = e.exprKind.value;
    return call.function === name && !call.target && call.args.length === 1 ? call.args[0] : undefined;
}
function isBind(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    const target = call.target?.exprKind;
    return (call.function === "bind" &&
        target?.case === "identExpr" &&
        target.value.name === "cel" &&
        call.args.length === 3 &&
        call.args[0]?.exprKind.case === "identExpr");
}
function isOr(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    return ((call.function === "orValue" || call.function === "or") &&
        call.target !== undefined &&
        call.args.length === 1);
}
/** Rewritten `opt.or(...)` nodes whose receiver is known optional: their result is optional too. */
const OPTIONAL_ORS = new WeakSet();
/** The name `or`/`orValue` binds its receiver to: not a valid CEL identifier, so never the user's. */
const OR_RECEIVER = "@or";
/**
 * cel-go's `orValue` and `or` (evalOptionalOrValue, evalOptionalOr) evaluate the receiver first:
 * a value that is not an optional is returned as it is (an error stays an error), an optional
 * with a value gives the value (`or`: the optional), and only an empty optional evaluates the
 * argument. As CEL: `cel.bind(@or, x, @optpick(@or) ? @optget(@or) : d)`.
 */
function orKind(fn, target, fallback, ids) {
    const receiver = () => identExpr(OR_RECEIVER, ids);
    const picked = fn === "orValue" ? callExpr(OPT_GET, [receiver()], ids) : receiver();
    const body = newExpr(callKind("_?_:_", [callExpr(OPT_PICK, [receiver()], ids), picked, fallback]), ids);
    return bindKind([identExpr(OR_RECEIVER, ids), target, body], ids);
}
function isOptMacro(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    return ((call.function === "optMap" || call.function === "optFlatMap") &&
        call.target !== undefined &&
        call.args.length === 2 &&
        call.args[0]?.exprKind.case === "identExpr");
}
/**
 * `opt.optMap(x, body)` is `opt.hasValue() ? optional.of(cel.bind(x, opt.value(), body)) : optional.none()`;
 * `optFlatMap` is the same without `optional.of` (its body returns an optional), as cel-go expands them.
 */
function optMacroKind(fn, target, [name, body], ids) {
    const value = newExpr(methodKind("value", target, []), ids);
    const bound = newExpr(bindKind([name, value, body], ids), ids);
    return callKind("_?_:_", [
        newExpr(methodKind("hasValue", target, []), ids),
        fn === "optMap" ? callExpr("optional.of", [bound], ids) : bound,
        callExpr("optional.none", [], ids),
    ]);
}
/** `cel.bind(x, init, body)`: accumulate `init` into `x` over an empty list, then evaluate `body`. */
function bindKind([name, init, body], ids) {
    const variable = name.exprKind.case === "identExpr" ? name.exprKind.value.name : "";
    return {
        case: "comprehensionExpr",
        value: {
            $typeName: "cel.expr.Expr.Comprehension",
            iterVar: "#unused",
            iterVar2: "",
            iterRange: listExpr([], ids),
            accuVar: variable,
            accuInit: init,
            loopCondition: boolConst(false, ids),
            loopStep: identExpr(variable, ids),
            result: body,
        },
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/references.ts
/**
 * Every function an expression calls and every free identifier. A call on an identifier
 * that is not a variable (`optional.of(x)`, `math.greatest(a, b)`) counts as the qualified
 * function `ns.name`.
 */
function references(expr, variables, out = { functions: new Set(), idents: new Set() }) {
    const kind = expr.exprKind;
    switch (kind.case) {
        case "identExpr":
            out.idents.add(kind.value.name);
            break;
        case "selectExpr":
            if (kind.value.operand)
                references(kind.value.operand, variables, out);
            break;
        case "callExpr": {
            const call = kind.value;
            const target = call.target?.exprKind;
            if (target?.case === "identExpr" && !variables.has(target.value.name)) {
                out.functions.add(`${target.value.name}.${call.function}`);
            }
            else {
                out.functions.add(call.function);
                if (call.target)
                    references(call.target, variables, out);
            }
            for (const a of call.args)
                references(a, variables, out);
            break;
        }
        case "listExpr":
            for (const e of kind.value.elements)
                references(e, variables, out);
            break;
        case "structExpr":
            for (const entry of kind.value.entries) {
                if (entry.keyKind.case === "mapKey")
                    references(entry.keyKind.value, variables, out);
                if (entry.value)
                    references(entry.value, variables, out);
            }
            break;
        case "comprehensionExpr": {
            const c = kind.value;
            const bound = new Set([c.iterVar, c.iterVar2, c.accuVar]);
            const inner = { functions: out.functions, idents: new Set() };
            const innerVars = new Set([...variables, ...bound]);
            for (const e of [c.iterRange, c.accuInit])
                if (e)
                    references(e, variables, out);
            for (const e of [c.loopCondition, c.loopStep, c.result])
                if (e)
                    references(e, innerVars, inner);
            for (const id of inner.idents)
                if (!bound.has(id))
                    out.idents.add(id);
            break;
        }
        default:
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/format.ts



const FormatType = opaqueType("kubernetes.NamedFormat", (f) => f.name);
const F = FormatType.type;
const { STRING: format_STRING, DYN: format_DYN } = esm_type/* CelScalar */.ZR;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const format_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function rule(test, message, max) {
    return (v) => {
        const errs = [];
        if (max !== undefined && v.length > max)
            errs.push(`must be no more than ${max} characters`);
        if (!test(v))
            errs.push(message);
        return errs;
    };
}
function qualifiedName(v) {
    const parts = v.split("/");
    if (parts.length > 2)
        return ["a qualified name must consist of an optional prefix and a name"];
    const name = parts[parts.length - 1] ?? "";
    const errs = [];
    if (parts.length === 2) {
        const prefix = parts[0] ?? "";
        if (prefix === "")
            errs.push("prefix part must be non-empty");
        else
            errs.push(...rule((p) => DNS1123_SUBDOMAIN.test(p), "prefix part must be a DNS-1123 subdomain", 253)(prefix));
    }
    if (name === "")
        errs.push("name part must be non-empty");
    else if (name.length > 63)
        errs.push("name part must be no more than 63 characters");
    else if (!QUALIFIED_NAME_PART.test(name))
        errs.push("name part must consist of alphanumeric characters, '-', '_' or '.'");
    return errs;
}
const FORMATS = [
    { name: "dns1123Label", check: rule((v) => DNS1123_LABEL.test(v), "must be a DNS-1123 label", 63) },
    {
        name: "dns1123Subdomain",
        check: rule((v) => DNS1123_SUBDOMAIN.test(v), "must be a DNS-1123 subdomain", 253),
    },
    { name: "dns1035Label", check: rule((v) => DNS1035_LABEL.test(v), "must be a DNS-1035 label", 63) },
    { name: "qualifiedName", check: qualifiedName },
    { name: "labelValue", check: rule((v) => LABEL_VALUE.test(v), "must be a valid label value", 63) },
    { name: "uuid", check: rule((v) => format_UUID.test(v), "does not match the UUID format") },
    {
        name: "date",
        check: rule((v) => DATE.test(v) && !Number.isNaN(Date.parse(v)), "must be a date (YYYY-MM-DD)"),
    },
    { name: "datetime", check: rule((v) => DATETIME.test(v), "must be an RFC 3339 date-time") },
    {
        name: "byte",
        check: rule((v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0, "must be base64 encoded"),
    },
];
function format_self(v) {
    const f = FormatType.unwrap(v);
    if (!f)
        throw new Error("not a format");
    return f;
}
/** Kubernetes' format library: `format.<name>()`, `format.named(name)` and `.validate(value)`. */
const formatFuncs = [
    ...FORMATS.map((f) => (0,func/* celFunc */.V)(`format.${f.name}`, [], F, () => FormatType.wrap(f))),
    (0,func/* celFunc */.V)("format.named", [format_STRING], format_DYN, (name) => {
        const f = FORMATS.find((x) => x.name === name);
        return f ? some(FormatType.wrap(f)) : none();
    }),
    (0,func/* celMethod */.y)("validate", F, [format_STRING], format_DYN, function (value) {
        const errs = format_self(this).check(value);
        return errs.length === 0 ? none() : some((0,esm_list/* celList */.bC)(errs));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/ip.ts


const IpType = opaqueType("net.IP", (ip) => formatIp(ip));
const CidrType = opaqueType("net.IPPrefix", (c) => `${formatIp(c.ip)}/${c.prefix}`);
const { STRING: ip_STRING, BOOL: ip_BOOL, INT } = esm_type/* CelScalar */.ZR;
/**
 * Parses an IP address the way Kubernetes' CEL library does (Go's netip.ParseAddr):
 * no zones and no IPv4-mapped IPv6 addresses; undefined when it is not an address.
 */
function parseIp(text) {
    if (text.includes("%"))
        return undefined;
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
        const parts = text.split(".");
        if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith("0"))))
            return undefined;
        return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
    }
    if (!text.includes(":") || !/^[0-9A-Fa-f:.]+$/.test(text))
        return undefined;
    const v6 = parseIpv6(text);
    // IPv4-mapped addresses (::ffff:a.b.c.d) are ambiguous for policy decisions; Kubernetes rejects them.
    if (v6 === undefined || v6 >> 32n === 0xffffn)
        return undefined;
    return { family: 6, value: v6 };
}
function parseIpv6(text) {
    let head = text;
    let tailV4;
    const v4 = /:(\d{1,3}(\.\d{1,3}){3})$/.exec(text);
    if (v4?.[1]) {
        const ip = parseIp(v4[1]);
        if (!ip)
            return undefined;
        tailV4 = ip.value;
        head = text.slice(0, text.length - v4[1].length) + "0:0";
    }
    const halves = head.split("::");
    if (halves.length > 2)
        return undefined;
    const groups = (s) => (s ? s.split(":") : []);
    const left = groups(halves[0]);
    const right = groups(halves[1]);
    const missing = 8 - left.length - right.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1)
        return undefined;
    const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...right];
    if (all.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g)))
        return undefined;
    let value = all.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
    if (tailV4 !== undefined)
        value = (value & ~0xffffffffn) | tailV4;
    return value;
}
/** The canonical text form (RFC 5952 for IPv6). */
function formatIp(ip) {
    if (ip.family === 4) {
        return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join(".");
    }
    const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen)
            [best, bestLen] = [i, j - i];
        i = j === i ? i + 1 : j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(":");
    return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
/** Parses `addr/prefix`; undefined when it is not a CIDR. */
function parseCidr(text) {
    const [addr = "", prefixText, extra] = text.split("/");
    if (extra !== undefined || prefixText === undefined || !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const ip = parseIp(addr);
    const prefix = Number(prefixText);
    if (!ip || prefix > (ip.family === 4 ? 32 : 128))
        return undefined;
    return { ip, prefix };
}
const bits = (ip) => (ip.family === 4 ? 32 : 128);
const mask = (c) => {
    const host = BigInt(bits(c.ip) - c.prefix);
    return ((1n << BigInt(bits(c.ip))) - 1n) ^ ((1n << host) - 1n);
};
function containsIp(c, ip) {
    return c.ip.family === ip.family && (c.ip.value & mask(c)) === (ip.value & mask(c));
}
function ipOf(v) {
    const ip = IpType.unwrap(v);
    if (!ip)
        throw new Error("not an IP address");
    return ip;
}
function cidrOf(v) {
    const c = CidrType.unwrap(v);
    if (!c)
        throw new Error("not a CIDR");
    return c;
}
function need(value, what, text) {
    if (value === undefined)
        throw new Error(`${what} parse error during conversion from string: "${text}"`);
    return value;
}
const isLinkLocalUnicast = (ip) => ip.family === 4 ? ip.value >> 16n === 0xa9fen : ip.value >> 118n === 0x3fan;
const isLinkLocalMulticast = (ip) => ip.family === 4 ? ip.value >> 8n === 0xe00000n : ip.value >> 112n === 0xff02n;
const isLoopback = (ip) => (ip.family === 4 ? ip.value >> 24n === 127n : ip.value === 1n);
const isMulticast = (ip) => (ip.family === 4 ? ip.value >> 28n === 0xen : ip.value >> 120n === 0xffn);
/** Kubernetes' IP and CIDR libraries. */
const ipFuncs = [
    (0,func/* celFunc */.V)("ip", [ip_STRING], IpType.type, (s) => IpType.wrap(need(parseIp(s), "IP Address", s))),
    (0,func/* celFunc */.V)("isIP", [ip_STRING], ip_BOOL, (s) => parseIp(s) !== undefined),
    (0,func/* celFunc */.V)("ip.isCanonical", [ip_STRING], ip_BOOL, (s) => formatIp(need(parseIp(s), "IP Address", s)) === s),
    (0,func/* celFunc */.V)("string", [IpType.type], ip_STRING, (ip) => formatIp(ipOf(ip))),
    (0,func/* celMethod */.y)("family", IpType.type, [], INT, function () {
        return BigInt(ipOf(this).family);
    }),
    (0,func/* celMethod */.y)("isUnspecified", IpType.type, [], ip_BOOL, function () {
        return ipOf(this).value === 0n;
    }),
    (0,func/* celMethod */.y)("isLoopback", IpType.type, [], ip_BOOL, function () {
        return isLoopback(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isLinkLocalMulticast", IpType.type, [], ip_BOOL, function () {
        return isLinkLocalMulticast(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isLinkLocalUnicast", IpType.type, [], ip_BOOL, function () {
        return isLinkLocalUnicast(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isGlobalUnicast", IpType.type, [], ip_BOOL, function () {
        const ip = ipOf(this);
        const broadcast = ip.family === 4 && ip.value === 0xffffffffn;
        return !(ip.value === 0n || broadcast || isLoopback(ip) || isMulticast(ip) || isLinkLocalUnicast(ip));
    }),
    (0,func/* celFunc */.V)("cidr", [ip_STRING], CidrType.type, (s) => CidrType.wrap(need(parseCidr(s), "network address", s))),
    (0,func/* celFunc */.V)("isCIDR", [ip_STRING], ip_BOOL, (s) => parseCidr(s) !== undefined),
    (0,func/* celFunc */.V)("string", [CidrType.type], ip_STRING, (c) => {
        const x = cidrOf(c);
        return `${formatIp(x.ip)}/${x.prefix}`;
    }),
    (0,func/* celMethod */.y)("containsIP", CidrType.type, [IpType.type], ip_BOOL, function (ip) {
        return containsIp(cidrOf(this), ipOf(ip));
    }),
    (0,func/* celMethod */.y)("containsIP", CidrType.type, [ip_STRING], ip_BOOL, function (s) {
        return containsIp(cidrOf(this), need(parseIp(s), "IP Address", s));
    }),
    (0,func/* celMethod */.y)("containsCIDR", CidrType.type, [CidrType.type], ip_BOOL, function (o) {
        const inner = cidrOf(o);
        const outer = cidrOf(this);
        return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
    }),
    (0,func/* celMethod */.y)("containsCIDR", CidrType.type, [ip_STRING], ip_BOOL, function (s) {
        const inner = need(parseCidr(s), "network address", s);
        const outer = cidrOf(this);
        return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
    }),
    (0,func/* celMethod */.y)("ip", CidrType.type, [], IpType.type, function () {
        return IpType.wrap(cidrOf(this).ip);
    }),
    (0,func/* celMethod */.y)("masked", CidrType.type, [], CidrType.type, function () {
        const c = cidrOf(this);
        return CidrType.wrap({ ip: { family: c.ip.family, value: c.ip.value & mask(c) }, prefix: c.prefix });
    }),
    (0,func/* celMethod */.y)("prefixLength", CidrType.type, [], INT, function () {
        return BigInt(cidrOf(this).prefix);
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/compare.ts


/**
 * Orders two comparable CEL values (numbers of any kind, strings, bools, bytes) the way
 * CEL's `<` does; anything else is an error naming both types.
 */
function compareValues(a, b) {
    const na = numeric(a);
    const nb = numeric(b);
    if (na !== undefined && nb !== undefined) {
        if (typeof na === "bigint" && typeof nb === "bigint")
            return na < nb ? -1 : na > nb ? 1 : 0;
        const x = Number(na);
        const y = Number(nb);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (typeof a === "string" && typeof b === "string")
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === "boolean" && typeof b === "boolean")
        return Number(a) - Number(b);
    if (a instanceof Uint8Array && b instanceof Uint8Array)
        return Buffer.compare(a, b);
    throw new Error(`cannot compare ${celTypeName(a)} with ${celTypeName(b)}`);
}
function numeric(v) {
    if (typeof v === "bigint" || typeof v === "number")
        return v;
    if ((0,uint/* isCelUint */.p)(v))
        return v.value;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/lists.ts



const { DYN: lists_DYN, BOOL: lists_BOOL, INT: lists_INT, STRING: lists_STRING } = esm_type/* CelScalar */.ZR;
const LIST = (0,esm_type/* listType */.Vc)(lists_DYN);
function items(list) {
    return [...list];
}
function sum(list) {
    const values = items(list);
    if (values.length === 0)
        return 0n;
    const first = values[0];
    if (typeof first === "bigint") {
        return values.reduce((acc, v) => {
            if (typeof v !== "bigint")
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v;
        }, 0n);
    }
    if (typeof first === "number") {
        return values.reduce((acc, v) => {
            if (typeof v !== "number")
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v;
        }, 0);
    }
    if ((0,uint/* isCelUint */.p)(first)) {
        return values.reduce((acc, v) => {
            if (!(0,uint/* isCelUint */.p)(v))
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v.value;
        }, 0n);
    }
    throw new Error(`sum() is not supported on a list of ${celTypeName(first)}`);
}
function extreme(list, sign, name) {
    const values = items(list);
    if (values.length === 0)
        throw new Error(`${name}() called on an empty list`);
    return values.reduce((best, v) => (compareValues(v, best) * sign > 0 ? v : best));
}
function indexOf(list, value, last) {
    const values = items(list);
    const key = celKey(value);
    const order = last ? [...values.keys()].reverse() : [...values.keys()];
    for (const i of order)
        if (celKey(values[i]) === key)
            return BigInt(i);
    return -1n;
}
function distinct(list) {
    const seen = new Set();
    const out = [];
    for (const v of list) {
        const key = celKey(v);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(v);
        }
    }
    return out;
}
function flatten(list, depth) {
    if (depth < 0)
        throw new Error("flatten() depth must not be negative");
    const out = [];
    for (const v of list) {
        if ((0,esm_list/* isCelList */.B9)(v) && depth > 0)
            out.push(...flatten(v, depth - 1));
        else
            out.push(v);
    }
    return out;
}
function slice(list, start, end) {
    if (start < 0n || end < 0n)
        throw new Error("slice() indexes must not be negative");
    if (start > end)
        throw new Error("slice() start must not be greater than end");
    if (end > BigInt(list.size))
        throw new Error("slice() end is out of range");
    return items(list).slice(Number(start), Number(end));
}
/**
 * Kubernetes' lists library (isSorted, sum, min, max, indexOf, lastIndexOf) plus cel-go's
 * ext.Lists functions that policies use (distinct, flatten, reverse, slice, sort, lists.range).
 */
const listFuncs = [
    (0,func/* celMethod */.y)("isSorted", LIST, [], lists_BOOL, function () {
        const v = items(this);
        return v.every((x, i) => i === 0 || compareValues(v[i - 1] ?? null, x) <= 0);
    }),
    (0,func/* celMethod */.y)("sum", LIST, [], lists_DYN, function () {
        return sum(this);
    }),
    (0,func/* celMethod */.y)("min", LIST, [], lists_DYN, function () {
        return extreme(this, -1, "min");
    }),
    (0,func/* celMethod */.y)("max", LIST, [], lists_DYN, function () {
        return extreme(this, 1, "max");
    }),
    (0,func/* celMethod */.y)("indexOf", LIST, [lists_DYN], lists_INT, function (v) {
        return indexOf(this, v, false);
    }),
    (0,func/* celMethod */.y)("lastIndexOf", LIST, [lists_DYN], lists_INT, function (v) {
        return indexOf(this, v, true);
    }),
    (0,func/* celMethod */.y)("distinct", LIST, [], LIST, function () {
        return distinct(this);
    }),
    (0,func/* celMethod */.y)("flatten", LIST, [], LIST, function () {
        return flatten(this, 1);
    }),
    (0,func/* celMethod */.y)("flatten", LIST, [lists_INT], LIST, function (depth) {
        return flatten(this, Number(depth));
    }),
    (0,func/* celMethod */.y)("reverse", LIST, [], LIST, function () {
        return items(this).reverse();
    }),
    (0,func/* celMethod */.y)("slice", LIST, [lists_INT, lists_INT], LIST, function (start, end) {
        return slice(this, start, end);
    }),
    (0,func/* celMethod */.y)("sort", LIST, [], LIST, function () {
        return items(this).sort(compareValues);
    }),
    (0,func/* celFunc */.V)("lists.range", [lists_INT], LIST, (n) => Array.from({ length: Math.max(0, Number(n)) }, (_, i) => BigInt(i))),
    (0,func/* celMethod */.y)("reverse", lists_STRING, [], lists_STRING, function () {
        // cel-go reverses code points, not grapheme clusters; so do we.
        // eslint-disable-next-line @typescript-eslint/no-misused-spread
        return [...this].reverse().join("");
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/quantity.ts


const QuantityType = opaqueType("kubernetes.Quantity", (q) => `${q.num}/${q.den}`);
const Q = QuantityType.type;
const { STRING: quantity_STRING, BOOL: quantity_BOOL, INT: quantity_INT, DOUBLE } = esm_type/* CelScalar */.ZR;
const BINARY = { Ki: 10, Mi: 20, Ti: 40, Gi: 30, Pi: 50, Ei: 60 };
const DECIMAL = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const PATTERN = /^([+-]?)(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
/** Parses a quantity the way resource.ParseQuantity does; undefined when it is not one. */
function parseQuantity(text) {
    const m = PATTERN.exec(text);
    if (!m)
        return undefined;
    const [, sign = "", number = "", suffix = ""] = m;
    const [whole = "", frac = ""] = number.split(".");
    let num = BigInt((whole || "0") + frac) * (sign === "-" ? -1n : 1n);
    let den = 10n ** BigInt(frac.length);
    if (suffix in BINARY) {
        num *= 2n ** BigInt(BINARY[suffix] ?? 0);
    }
    else {
        const exp = suffix in DECIMAL ? (DECIMAL[suffix] ?? 0) : Number(suffix.slice(1));
        if (Math.abs(exp) > 1000)
            return undefined;
        if (exp >= 0)
            num *= 10n ** BigInt(exp);
        else
            den *= 10n ** BigInt(-exp);
    }
    return reduce(num, den);
}
function reduce(num, den) {
    const g = gcd(num < 0n ? -num : num, den);
    return g > 1n ? { num: num / g, den: den / g } : { num, den };
}
function gcd(a, b) {
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a === 0n ? 1n : a;
}
function cmp(a, b) {
    const l = a.num * b.den;
    const r = b.num * a.den;
    return l < r ? -1 : l > r ? 1 : 0;
}
function quantity_self(v) {
    const q = QuantityType.unwrap(v);
    if (!q)
        throw new Error("not a quantity");
    return q;
}
function quantityOf(text) {
    const q = parseQuantity(text);
    if (!q)
        throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': "${text}"`);
    return QuantityType.wrap(q);
}
const add = (a, b) => reduce(a.num * b.den + b.num * a.den, a.den * b.den);
const neg = (q) => ({ num: -q.num, den: q.den });
const fromInt = (n) => ({ num: n, den: 1n });
/** Kubernetes' quantity library: `quantity()`, `isQuantity()` and the Quantity methods. */
const quantityFuncs = [
    (0,func/* celFunc */.V)("quantity", [quantity_STRING], Q, quantityOf),
    (0,func/* celFunc */.V)("isQuantity", [quantity_STRING], quantity_BOOL, (s) => parseQuantity(s) !== undefined),
    (0,func/* celMethod */.y)("sign", Q, [], quantity_INT, function () {
        const n = quantity_self(this).num;
        return n > 0n ? 1n : n < 0n ? -1n : 0n;
    }),
    (0,func/* celMethod */.y)("isInteger", Q, [], quantity_BOOL, function () {
        const q = quantity_self(this);
        return q.den === 1n && q.num >= INT64_MIN && q.num <= INT64_MAX;
    }),
    (0,func/* celMethod */.y)("asInteger", Q, [], quantity_INT, function () {
        const q = quantity_self(this);
        if (q.den !== 1n || q.num < INT64_MIN || q.num > INT64_MAX)
            throw new Error("cannot convert value to integer: precision loss or overflow");
        return q.num;
    }),
    (0,func/* celMethod */.y)("asApproximateFloat", Q, [], DOUBLE, function () {
        const q = quantity_self(this);
        return Number(q.num) / Number(q.den);
    }),
    (0,func/* celMethod */.y)("add", Q, [Q], Q, function (o) {
        return QuantityType.wrap(add(quantity_self(this), quantity_self(o)));
    }),
    (0,func/* celMethod */.y)("add", Q, [quantity_INT], Q, function (n) {
        return QuantityType.wrap(add(quantity_self(this), fromInt(n)));
    }),
    (0,func/* celMethod */.y)("sub", Q, [Q], Q, function (o) {
        return QuantityType.wrap(add(quantity_self(this), neg(quantity_self(o))));
    }),
    (0,func/* celMethod */.y)("sub", Q, [quantity_INT], Q, function (n) {
        return QuantityType.wrap(add(quantity_self(this), fromInt(-n)));
    }),
    (0,func/* celMethod */.y)("isGreaterThan", Q, [Q], quantity_BOOL, function (o) {
        return cmp(quantity_self(this), quantity_self(o)) > 0;
    }),
    (0,func/* celMethod */.y)("isLessThan", Q, [Q], quantity_BOOL, function (o) {
        return cmp(quantity_self(this), quantity_self(o)) < 0;
    }),
    (0,func/* celMethod */.y)("compareTo", Q, [Q], quantity_INT, function (o) {
        return BigInt(cmp(quantity_self(this), quantity_self(o)));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/regex.ts



const { STRING: regex_STRING, INT: regex_INT, BOOL: regex_BOOL, DYN: regex_DYN } = esm_type/* CelScalar */.ZR;
const regex_LIST = (0,esm_type/* listType */.Vc)(regex_DYN);
const regex_cache = new Map();
/**
 * Compiles an RE2 pattern for `find`/`findAll`. RE2JS checks the syntax (so a pattern
 * Kubernetes would reject is rejected here too); the search itself runs on a JavaScript
 * RegExp translated from it, since RE2JS has no API for match positions.
 */
function compileRe2(pattern) {
    const hit = regex_cache.get(pattern);
    if (hit)
        return hit;
    dist_esm/* RE2JS */.L3.compile(pattern);
    let source = pattern;
    let flags = "g";
    const leading = /^\(\?([imsU]+)\)/.exec(source);
    if (leading?.[1]) {
        if (leading[1].includes("U"))
            throw new Error(`the RE2 flag U (ungreedy) is not supported in "${pattern}"`);
        flags += leading[1];
        source = source.slice(leading[0].length);
    }
    source = source
        .replace(/\(\?P</g, "(?<")
        .replace(/\\A/g, "^")
        .replace(/\\z/g, "$")
        .replace(/\\p([A-Za-z])/g, "\\p{$1}")
        .replace(/\\P([A-Za-z])/g, "\\P{$1}");
    const unicode = /\\[pP]\{/.test(source);
    let re;
    try {
        re = new RegExp(source, unicode ? flags + "u" : flags);
    }
    catch (err) {
        throw new Error(`regular expression "${pattern}" is not supported: ${err.message}`, {
            cause: err,
        });
    }
    if (regex_cache.size > 500)
        regex_cache.clear();
    regex_cache.set(pattern, re);
    return re;
}
function findAll(text, pattern, limit) {
    const re = compileRe2(pattern);
    re.lastIndex = 0;
    const out = [];
    for (const m of text.matchAll(re)) {
        if (limit >= 0 && out.length >= limit)
            break;
        out.push(m[0]);
    }
    return out;
}
function asList(v) {
    return [...v].map((x) => celKey(x));
}
/** Kubernetes' regex library (`find`, `findAll`) and cel-go's sets extension. */
const regexFuncs = [
    (0,func/* celMethod */.y)("find", regex_STRING, [regex_STRING], regex_STRING, function (pattern) {
        return findAll(this, pattern, 1)[0] ?? "";
    }),
    (0,func/* celMethod */.y)("findAll", regex_STRING, [regex_STRING], regex_LIST, function (pattern) {
        return findAll(this, pattern, -1);
    }),
    (0,func/* celMethod */.y)("findAll", regex_STRING, [regex_STRING, regex_INT], regex_LIST, function (pattern, n) {
        return findAll(this, pattern, Number(n));
    }),
    (0,func/* celFunc */.V)("sets.contains", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const have = new Set(asList(a));
        return asList(b).every((k) => have.has(k));
    }),
    (0,func/* celFunc */.V)("sets.equivalent", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const x = new Set(asList(a));
        const y = new Set(asList(b));
        return [...x].every((k) => y.has(k)) && [...y].every((k) => x.has(k));
    }),
    (0,func/* celFunc */.V)("sets.intersects", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const have = new Set(asList(a));
        return asList(b).some((k) => have.has(k));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/semver.ts


const SemverType = opaqueType("kubernetes.Semver", (v) => v.text.replace(/\+.*$/, ""));
const S = SemverType.type;
const { STRING: semver_STRING, BOOL: semver_BOOL, INT: semver_INT } = esm_type/* CelScalar */.ZR;
const NUM = "(0|[1-9]\\d*)";
const IDENT = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);
/** Parses a strict semantic version (no leading `v`, all three numbers); undefined otherwise. */
function parseSemver(text) {
    const m = SEMVER.exec(text);
    if (!m)
        return undefined;
    return {
        major: BigInt(m[1] ?? "0"),
        minor: BigInt(m[2] ?? "0"),
        patch: BigInt(m[3] ?? "0"),
        pre: m[4] ? m[4].split(".") : [],
        text,
    };
}
/** Semver precedence: numbers, then a release above its pre-releases, then identifiers. */
function compareSemver(a, b) {
    for (const k of ["major", "minor", "patch"]) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    if (a.pre.length === 0 && b.pre.length === 0)
        return 0;
    if (a.pre.length === 0)
        return 1;
    if (b.pre.length === 0)
        return -1;
    for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return BigInt(x) < BigInt(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function semver_self(v) {
    const s = SemverType.unwrap(v);
    if (!s)
        throw new Error("not a semver");
    return s;
}
/** Kubernetes' semver library (1.31+). */
const semverFuncs = [
    (0,func/* celFunc */.V)("semver", [semver_STRING], S, (s) => {
        const v = parseSemver(s);
        if (!v)
            throw new Error(`could not parse "${s}" as semver`);
        return SemverType.wrap(v);
    }),
    (0,func/* celFunc */.V)("isSemver", [semver_STRING], semver_BOOL, (s) => parseSemver(s) !== undefined),
    (0,func/* celMethod */.y)("major", S, [], semver_INT, function () {
        return semver_self(this).major;
    }),
    (0,func/* celMethod */.y)("minor", S, [], semver_INT, function () {
        return semver_self(this).minor;
    }),
    (0,func/* celMethod */.y)("patch", S, [], semver_INT, function () {
        return semver_self(this).patch;
    }),
    (0,func/* celMethod */.y)("isGreaterThan", S, [S], semver_BOOL, function (o) {
        return compareSemver(semver_self(this), semver_self(o)) > 0;
    }),
    (0,func/* celMethod */.y)("isLessThan", S, [S], semver_BOOL, function (o) {
        return compareSemver(semver_self(this), semver_self(o)) < 0;
    }),
    (0,func/* celMethod */.y)("compareTo", S, [S], semver_INT, function (o) {
        return BigInt(compareSemver(semver_self(this), semver_self(o)));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/url.ts


const UrlType = opaqueType("kubernetes.URL", (u) => u.text);
const U = UrlType.type;
const { STRING: url_STRING, BOOL: url_BOOL } = esm_type/* CelScalar */.ZR;
/**
 * Parses an absolute URI or an absolute path (what url.ParseRequestURI accepts);
 * undefined otherwise.
 */
function parseUrl(text) {
    if (text === "" || /\s/.test(text))
        return undefined;
    if (text.startsWith("/")) {
        const [path, query] = splitOnce(text.replace(/#.*$/, ""), "?");
        return { text, scheme: "", host: "", hostname: "", port: "", escapedPath: path, rawQuery: query };
    }
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text);
    if (!m)
        return undefined;
    const scheme = m[1] ?? "";
    let rest = (m[2] ?? "").replace(/#.*$/, "");
    let authority = "";
    if (rest.startsWith("//")) {
        const end = rest.slice(2).search(/[/?]/);
        authority = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
        rest = end < 0 ? "" : rest.slice(end + 2);
    }
    else if (!rest.startsWith("/")) {
        // An opaque URI such as mailto:x; ParseRequestURI accepts it with an empty host.
        return { text, scheme, host: "", hostname: "", port: "", escapedPath: "", rawQuery: "" };
    }
    const host = authority.includes("@") ? authority.slice(authority.lastIndexOf("@") + 1) : authority;
    const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host);
    if (!hp)
        return undefined;
    const [path, query] = splitOnce(rest, "?");
    return {
        text,
        scheme,
        host,
        hostname: (hp[1] ?? "").replace(/^\[|\]$/g, ""),
        port: hp[2] ?? "",
        escapedPath: path,
        rawQuery: query,
    };
}
function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}
function query(raw) {
    const out = new Map();
    if (raw === "")
        return out;
    for (const part of raw.split("&")) {
        if (part === "")
            continue;
        const [k, v] = splitOnce(part, "=");
        const key = decode(k);
        out.set(key, [...(out.get(key) ?? []), decode(v)]);
    }
    return out;
}
function decode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, " "));
    }
    catch {
        return s;
    }
}
function url_self(v) {
    const u = UrlType.unwrap(v);
    if (!u)
        throw new Error("not a URL");
    return u;
}
/** Kubernetes' URL library: `url()`, `isURL()` and the getters. */
const urlFuncs = [
    (0,func/* celFunc */.V)("url", [url_STRING], U, (s) => {
        const u = parseUrl(s);
        if (!u)
            throw new Error(`URL parse error during conversion from string: "${s}" is not an absolute URI or path`);
        return UrlType.wrap(u);
    }),
    (0,func/* celFunc */.V)("isURL", [url_STRING], url_BOOL, (s) => parseUrl(s) !== undefined),
    (0,func/* celMethod */.y)("getScheme", U, [], url_STRING, function () {
        return url_self(this).scheme;
    }),
    (0,func/* celMethod */.y)("getHost", U, [], url_STRING, function () {
        return url_self(this).host;
    }),
    (0,func/* celMethod */.y)("getHostname", U, [], url_STRING, function () {
        return url_self(this).hostname;
    }),
    (0,func/* celMethod */.y)("getPort", U, [], url_STRING, function () {
        return url_self(this).port;
    }),
    (0,func/* celMethod */.y)("getEscapedPath", U, [], url_STRING, function () {
        return url_self(this).escapedPath;
    }),
    (0,func/* celMethod */.y)("getQuery", U, [], (0,esm_type/* mapType */.H$)(url_STRING, (0,esm_type/* listType */.Vc)(url_STRING)), function () {
        return query(url_self(this).rawQuery);
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/env.ts














/** An expression that could not be compiled: bad syntax, an unknown variable or an unsupported function. */
class CelCompileError extends Error {
    name = "CelCompileError";
}
/** An expression that failed while it ran (no such key, bad types, division by zero ...). */
class CelEvalError extends Error {
    name = "CelEvalError";
}
/** Functions the planner implements itself, so they are never looked up in the environment. */
const PLANNER_FUNCTIONS = new Set([
    "_[_]",
    "_&&_",
    "_||_",
    "_?_:_",
    "@not_strictly_false",
    "__not_strictly_false__",
]);
/** Type names usable as values (`type(x) == int`). */
const TYPE_NAMES = new Set([
    "int",
    "uint",
    "double",
    "bool",
    "string",
    "bytes",
    "list",
    "map",
    "null_type",
    "type",
    "dyn",
]);
/** Variables that exist in Kubernetes but need a live cluster, with the reason we give. */
const CLUSTER_ONLY = {
    authorizer: "authorization checks (authorizer) need a live cluster",
};
let shared;
/** The one environment: CEL's standard library plus the Kubernetes libraries admission policies use. */
function celEnvironment() {
    shared ??= (0,env/* celEnv */.U)({
        // The standard `matches` compiles its pattern on every call; ours compiles each pattern once.
        re2: { compile: cachedRe2 },
        funcs: [
            ...ext_strings/* default */.A,
            ...optionalFuncs,
            ...listFuncs,
            ...regexFuncs,
            ...urlFuncs,
            ...quantityFuncs,
            ...ipFuncs,
            ...semverFuncs,
            ...formatFuncs,
        ],
    });
    return shared;
}
const env_cache = new Map();
const patterns = new Map();
function cachedRe2(pattern) {
    let re = patterns.get(pattern);
    if (!re) {
        re = dist_esm/* RE2JS */.L3.compile(pattern);
        if (patterns.size > 1000)
            patterns.clear();
        patterns.set(pattern, re);
    }
    return re;
}
/**
 * Compiles `source` once (later calls with the same source and variables reuse it).
 * Every function it calls must exist and every free identifier must be one of
 * `variables`, so an unsupported expression fails here, never passes silently.
 */
function compileCel(source, variables) {
    const key = `${variables.join(",")}\u0000${source}`;
    const hit = env_cache.get(key);
    if (hit)
        return hit;
    const program = compileUncached(source, variables);
    env_cache.set(key, program);
    return program;
}
/** Compiles without the cache: the benchmark's baseline. */
function compileUncached(source, variables) {
    const env = celEnvironment();
    const text = usesOptionalSyntax(source) ? rewriteOptionalSyntax(source) : source;
    let parsed;
    try {
        parsed = (0,parse/* parse */.q)(text);
    }
    catch (err) {
        throw new CelCompileError(`syntax error: ${cleanMessage(err.message)}`);
    }
    transformExpr(parsed.expr, { next: 1n << 40n });
    const declared = new Set(variables);
    const refs = references(parsed.expr, declared);
    // Most specific first: a cluster-only variable, then a missing function, then an unknown name.
    const qualifiers = [...refs.functions].map((fn) => fn.split(".")[0] ?? "");
    for (const name of [...refs.idents, ...qualifiers]) {
        const reason = Object.hasOwn(CLUSTER_ONLY, name) ? CLUSTER_ONLY[name] : undefined;
        if (reason && !declared.has(name))
            throw new CelCompileError(reason);
    }
    for (const fn of refs.functions) {
        if (PLANNER_FUNCTIONS.has(fn) || env.funcs.find(fn))
            continue;
        throw new CelCompileError(`unsupported function "${fn}"`);
    }
    for (const ident of refs.idents) {
        if (declared.has(ident) || TYPE_NAMES.has(ident))
            continue;
        throw new CelCompileError(`undeclared reference to "${ident}"`);
    }
    let run;
    try {
        run = (0,plan/* plan */.e)(env, parsed);
    }
    catch (err) {
        throw new CelCompileError(cleanMessage(err.message));
    }
    return {
        source,
        idents: refs.idents,
        evaluate(bindings) {
            let result;
            try {
                result = run(bindings);
            }
            catch (err) {
                throw new CelEvalError(cleanMessage(err instanceof Error ? err.message : String(err)));
            }
            if ((0,error/* isCelError */.Jr)(result))
                throw new CelEvalError(cleanMessage(result.message));
            return result;
        },
    };
}
/** Error text without our placeholders and without the parser's `<input>:` prefix. */
function cleanMessage(message) {
    // Kubernetes (cel-go) says "no such key"; so do we, so messages read the same in CI and in the cluster.
    let out = message.replace(/^<input>:/, "").replace(/^field not found: /, "no such key: ");
    for (const p of Object.values(PLACEHOLDER))
        out = out.split(p).join("?");
    return out;
}

;// CONCATENATED MODULE: ./packages/policy/src/model.ts
/** The CEL variables of admission expressions (Kubernetes and Kyverno CEL policies alike). */
const ADMISSION_VARIABLES = [
    "object",
    "oldObject",
    "request",
    "params",
    "namespaceObject",
    "variables",
];
/** The rule id findings carry: the policy name, with the Kyverno rule when there is one. */
function ruleId(policy) {
    return policy.rule ? `${policy.name}/${policy.rule}` : policy.name;
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/compile.ts


/**
 * Compiles a policy's expressions: the compiled policy, or error findings naming each bad
 * expression. `compile` is the cached compiler; the benchmark's baseline passes an uncached one.
 */
function compilePolicy(bound, compile = compileCel) {
    const { policy } = bound;
    const errors = [];
    const program = (expression, field, at) => {
        try {
            const p = compile(expression, policy.celVariables);
            for (const ident of p.idents)
                compiled.reads.add(ident);
            return p;
        }
        catch (err) {
            errors.push({
                tool: "policy",
                rule: ruleId(policy),
                severity: "error",
                message: `${policy.kind} ${ruleId(policy)}: ${field} "${oneLine(expression)}" cannot be evaluated: ${err.message}`,
                file: at.file,
                line: at.line,
            });
            return undefined;
        }
    };
    const compiled = {
        bound,
        matchConditions: [],
        variables: new Map(),
        validations: [],
        annotations: [],
        reads: new Set(),
    };
    for (const c of policy.matchConditions) {
        const p = program(c.expression, `matchCondition ${c.name}`, c.at);
        if (p)
            compiled.matchConditions.push({ name: c.name, program: p, at: c.at });
    }
    for (const v of policy.variables) {
        const p = program(v.expression, `variable ${v.name}`, v.at);
        if (p)
            compiled.variables.set(v.name, p);
    }
    for (const v of policy.validations) {
        const p = program(v.expression, "validation", v.at);
        const message = v.messageExpression === undefined ? undefined : program(v.messageExpression, "messageExpression", v.at);
        if (p)
            compiled.validations.push({ validation: v, program: p, ...(message ? { message } : {}) });
    }
    for (const a of policy.auditAnnotations) {
        const p = program(a.valueExpression, `auditAnnotation ${a.key}`, a.at);
        if (p)
            compiled.annotations.push({ annotation: a, program: p });
    }
    return errors.length > 0 ? { errors } : { compiled, errors };
}
/** An expression on one line, shortened, for messages. */
function oneLine(expression) {
    const flat = expression.replace(/\s+/g, " ").trim();
    return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/selectors.ts

const OPERATORS = new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
/**
 * Parses a label selector from a policy, binding or param reference. A malformed one is the
 * policy author's mistake: a UserError naming the file, the line and the field.
 */
function parseSelector(value, field, at) {
    if (value === undefined || value === null)
        return undefined;
    const bad = (why) => new errors/* UserError */.yo(`${at.file}:${at.line}: ${field} ${why}`, at.file, at.line);
    if (typeof value !== "object" || Array.isArray(value))
        throw bad("must be a label selector object");
    const v = value;
    const matchLabels = {};
    if (v.matchLabels !== undefined && v.matchLabels !== null) {
        if (typeof v.matchLabels !== "object" || Array.isArray(v.matchLabels))
            throw bad("matchLabels must be a map");
        for (const [k, x] of Object.entries(v.matchLabels)) {
            if (typeof x !== "string")
                throw bad(`matchLabels["${k}"] must be a string`);
            matchLabels[k] = x;
        }
    }
    const matchExpressions = [];
    if (v.matchExpressions !== undefined && v.matchExpressions !== null) {
        if (!Array.isArray(v.matchExpressions))
            throw bad("matchExpressions must be a list");
        for (const [i, e] of v.matchExpressions.entries()) {
            const r = (e ?? {});
            if (typeof r.key !== "string" || r.key === "")
                throw bad(`matchExpressions[${i}].key must be a string`);
            if (typeof r.operator !== "string" || !OPERATORS.has(r.operator))
                throw bad(`matchExpressions[${i}].operator must be In, NotIn, Exists or DoesNotExist`);
            const values = Array.isArray(r.values) ? r.values.map(String) : [];
            const needsValues = r.operator === "In" || r.operator === "NotIn";
            if (needsValues && values.length === 0)
                throw bad(`matchExpressions[${i}] (${r.operator}) needs values`);
            if (!needsValues && values.length > 0)
                throw bad(`matchExpressions[${i}] (${r.operator}) must not have values`);
            matchExpressions.push({ key: r.key, operator: r.operator, values });
        }
    }
    return { matchLabels, matchExpressions };
}
/** True when `labels` satisfy the selector (an absent selector matches everything). */
function selectorMatches(selector, labels) {
    if (!selector)
        return true;
    for (const [k, v] of Object.entries(selector.matchLabels))
        if (labels[k] !== v)
            return false;
    for (const r of selector.matchExpressions) {
        const has = Object.hasOwn(labels, r.key);
        const value = labels[r.key];
        switch (r.operator) {
            case "In":
                if (!has || !r.values.includes(value ?? ""))
                    return false;
                break;
            case "NotIn":
                if (has && r.values.includes(value ?? ""))
                    return false;
                break;
            case "Exists":
                if (!has)
                    return false;
                break;
            case "DoesNotExist":
                if (has)
                    return false;
                break;
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/policy/src/types.ts
/** Splits `group/version` (or a bare core `version`). */
function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf("/");
    return slash < 0
        ? { group: "", version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** String-valued entries of a labels-like value; anything else is dropped. */
function stringMap(value) {
    const out = {};
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return out;
    for (const [k, v] of Object.entries(value)) {
        if (typeof v === "string")
            out[k] = v;
        else if (typeof v === "number" || typeof v === "boolean")
            out[k] = String(v);
    }
    return out;
}
/** Builds a Resource from a parsed object, or undefined when it is not a Kubernetes object. */
function toResource(object, origin) {
    if (typeof object !== "object" || object === null || Array.isArray(object))
        return undefined;
    const o = object;
    if (typeof o.apiVersion !== "string" || typeof o.kind !== "string")
        return undefined;
    const meta = typeof o.metadata === "object" && o.metadata !== null ? o.metadata : {};
    const name = typeof meta.name === "string"
        ? meta.name
        : typeof meta.generateName === "string"
            ? meta.generateName
            : "";
    const ref = { apiVersion: o.apiVersion, kind: o.kind, name };
    if (typeof meta.namespace === "string" && meta.namespace !== "")
        ref.namespace = meta.namespace;
    return { object: o, ref, ...splitApiVersion(o.apiVersion), origin, labels: stringMap(meta.labels) };
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/params.ts


/**
 * Param objects for `paramKind`/`paramRef`, taken from the manifests in the repository
 * (rendered targets, the policies folder, or the given manifests).
 */
class ParamIndex {
    catalog;
    byKind = new Map();
    constructor(candidates, catalog) {
        this.catalog = catalog;
        for (const r of candidates) {
            const key = `${r.ref.apiVersion}/${r.ref.kind}`;
            const list = this.byKind.get(key) ?? [];
            list.push(r);
            this.byKind.set(key, list);
        }
        // The same object may be rendered by several targets; keep each identity once.
        for (const [key, list] of this.byKind) {
            const seen = new Set();
            this.byKind.set(key, list.filter((r) => {
                const id = `${r.ref.namespace ?? ""}/${r.ref.name}`;
                if (seen.has(id))
                    return false;
                seen.add(id);
                return true;
            }));
        }
    }
    /**
     * The params a binding selects for `object`: by name or by selector, in `paramRef.namespace`,
     * else (for a namespaced param kind) in the object's own namespace.
     */
    lookup(kind, ref, object) {
        const all = this.byKind.get(`${kind.apiVersion}/${kind.kind}`) ?? [];
        const { group } = splitApiVersion(kind.apiVersion);
        const namespaced = this.catalog.lookup(group, kind.kind, all.some((r) => r.ref.namespace !== undefined)).namespaced;
        let namespace;
        if (ref.namespace !== undefined && ref.namespace !== "")
            namespace = ref.namespace;
        else if (namespaced) {
            namespace = object.ref.namespace;
            if (namespace === undefined) {
                return {
                    error: `paramRef.namespace must be set to use the namespaced ${kind.kind} params on a cluster-scoped object`,
                };
            }
        }
        const inScope = all.filter((r) => (namespaced ? r.ref.namespace === namespace : true));
        const params = ref.name !== undefined
            ? inScope.filter((r) => r.ref.name === ref.name)
            : inScope.filter((r) => selectorMatches(ref.selector, r.labels));
        return { params };
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/activation.ts

/** The requester CI evaluates as: documented, fixed, and never a real user. */
const CI_USER = {
    username: "system:serviceaccount:gitops-ci:policy-check",
    uid: "00000000-0000-0000-0000-000000000000",
    groups: ["system:serviceaccounts", "system:serviceaccounts:gitops-ci", "system:authenticated"],
};
/**
 * The admission request CI synthesizes for an object: a dry-run CREATE by {@link CI_USER}.
 * There is no cluster, so `oldObject` is always null.
 */
function synthesizeRequest(r, catalog) {
    const info = catalog.of(r);
    const request = {
        uid: "00000000-0000-0000-0000-000000000000",
        kind: { group: r.group, version: r.version, kind: r.ref.kind },
        resource: { group: r.group, version: r.version, resource: info.resource },
        requestKind: { group: r.group, version: r.version, kind: r.ref.kind },
        requestResource: { group: r.group, version: r.version, resource: info.resource },
        name: r.ref.name,
        operation: "CREATE",
        userInfo: { username: CI_USER.username, uid: CI_USER.uid, groups: [...CI_USER.groups] },
        dryRun: true,
        options: { apiVersion: "meta.k8s.io/v1", kind: "CreateOptions" },
    };
    if (r.ref.namespace !== undefined)
        request.namespace = r.ref.namespace;
    return request;
}
/**
 * CEL values per object, converted once however many policies read them. Entries live as
 * long as their Resource (a WeakMap), so a large run does not keep them all.
 */
class CelValueCache {
    catalog;
    namespaces;
    objects = new WeakMap();
    requests = new WeakMap();
    namespaceObjects = new Map();
    constructor(catalog, namespaces) {
        this.catalog = catalog;
        this.namespaces = namespaces;
    }
    /** The values for `r`; `request` and `namespaceObject` are built only when `reads` names them. */
    of(r, reads) {
        let object = this.objects.get(r);
        if (object === undefined) {
            object = toCelValue(r.object);
            this.objects.set(r, object);
        }
        let request = null;
        if (!reads || reads.has("request")) {
            request = this.requests.get(r) ?? null;
            if (request === null) {
                request = toCelValue(synthesizeRequest(r, this.catalog));
                this.requests.set(r, request);
            }
        }
        const namespaceObject = !reads || reads.has("namespaceObject") ? this.namespaceObject(r) : null;
        return { object, request, namespaceObject };
    }
    /** The object's Namespace (as found in the repo, else a bare one with its name label); null when cluster-scoped. */
    namespaceObject(r) {
        const ns = r.ref.namespace;
        if (ns === undefined || !this.catalog.of(r).namespaced)
            return null;
        let value = this.namespaceObjects.get(ns);
        if (value === undefined) {
            const found = this.namespaces.objects.get(ns);
            const labels = { ...(this.namespaces.labels.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
            value = toCelValue({
                ...(found ?? { apiVersion: "v1", kind: "Namespace" }),
                metadata: { ...(found?.metadata ?? {}), name: ns, labels },
            });
            this.namespaceObjects.set(ns, value);
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/evaluate.ts



/**
 * `variables.<name>`, evaluated on first use and then remembered, as in Kubernetes: a
 * variable no expression reads never runs, so it cannot fail.
 */
class LazyVariables extends Map {
    programs;
    done = new Map();
    bindings = {};
    constructor(programs) {
        super();
        this.programs = programs;
    }
    bind(bindings) {
        this.bindings = bindings;
        return this;
    }
    get(key) {
        if (this.done.has(key))
            return this.done.get(key);
        const program = this.programs.get(key);
        if (!program)
            return undefined;
        let value;
        try {
            value = program.evaluate(this.bindings);
        }
        catch (err) {
            throw new CelEvalError(`variables.${key}: ${err.message}`);
        }
        this.done.set(key, value);
        return value;
    }
    has(key) {
        return this.programs.has(key);
    }
    get size() {
        return this.programs.size;
    }
}
/**
 * Runs a compiled policy on one object: match conditions first (any false: the policy does not
 * apply; an error is an error outcome), then every validation and audit annotation.
 */
function evaluatePolicy(compiled, activation) {
    return evaluatePolicyResult(compiled, activation).outcomes;
}
/**
 * {@link evaluatePolicy}, also saying whether the policy applied: false when a match condition
 * was false (Kyverno reports the rule as skipped), true otherwise.
 */
function evaluatePolicyResult(compiled, activation) {
    const lazy = new LazyVariables(compiled.variables);
    const bindings = { ...activation, variables: (0,esm_map/* celMap */.$I)(lazy) };
    lazy.bind(bindings);
    const outcomes = [];
    for (const c of compiled.matchConditions) {
        let result;
        try {
            result = c.program.evaluate(bindings);
        }
        catch (err) {
            const message = `matchCondition ${c.name}: ${err.message}`;
            return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
        }
        if (typeof result !== "boolean") {
            const message = `matchCondition ${c.name} must return a bool`;
            return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
        }
        if (!result)
            return { applied: false, outcomes: [] };
    }
    for (const { validation, program, message } of compiled.validations) {
        let result;
        try {
            result = program.evaluate(bindings);
        }
        catch (err) {
            outcomes.push({
                type: "error",
                message: `expression "${oneLine(validation.expression)}" failed: ${err.message}`,
                at: validation.at,
            });
            continue;
        }
        if (typeof result !== "boolean") {
            outcomes.push({
                type: "error",
                message: `expression "${oneLine(validation.expression)}" must return a bool`,
                at: validation.at,
            });
            continue;
        }
        if (result)
            continue;
        outcomes.push({
            type: "violation",
            message: violationMessage(validation, message, bindings),
            reason: validation.reason,
            at: validation.at,
        });
    }
    for (const { annotation, program } of compiled.annotations) {
        try {
            const value = program.evaluate(bindings);
            if (value === null)
                continue;
            if (typeof value !== "string")
                throw new CelEvalError("valueExpression must return a string or null");
            outcomes.push({ type: "annotation", key: annotation.key, value, at: annotation.at });
        }
        catch (err) {
            outcomes.push({
                type: "error",
                message: `auditAnnotation ${annotation.key}: ${err.message}`,
                at: annotation.at,
            });
        }
    }
    return { applied: true, outcomes };
}
/**
 * The message Kubernetes would return: messageExpression when it yields a non-empty string
 * (an error or an empty result falls back), else message, else the failed expression.
 */
function violationMessage(v, messageProgram, bindings) {
    if (messageProgram) {
        try {
            const m = messageProgram.evaluate(bindings);
            if (typeof m === "string" && m.trim() !== "")
                return oneLineMessage(m);
        }
        catch {
            // Kubernetes logs the error and uses `message`; so do we.
        }
    }
    if (v.message)
        return oneLineMessage(v.message);
    return `failed expression: ${oneLine(v.expression)}`;
}
/** Policy messages are untrusted text: one line, bounded length. */
function oneLineMessage(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/run.ts




const SEVERITY = { deny: "error", warn: "warning", audit: "notice" };
/** The severity a binding's actions give: the strongest of Deny (error), Warn (warning), Audit (notice). */
function severityOf(actions) {
    if (actions.includes("deny"))
        return "error";
    if (actions.includes("warn"))
        return "warning";
    return "notice";
}
/**
 * Evaluates every compiled policy, through each of its bindings (and each selected param), on
 * every object it matches. Returns the findings and how many evaluations ran.
 */
function runCelPolicies(policies, groups, options) {
    const results = [];
    let evaluations = 0;
    for (const group of groups) {
        const ctx = { catalog: options.catalog, namespaces: group.namespaces.labels };
        const values = new CelValueCache(options.catalog, group.namespaces);
        for (const resource of group.resources) {
            for (const compiled of policies) {
                const { policy, bindings } = compiled.bound;
                if (!policy.matches(resource, ctx))
                    continue;
                for (const binding of bindings) {
                    if (binding.matches && !binding.matches(resource, ctx))
                        continue;
                    const configured = options.enforcement?.(policy.name, policy.rule, group.env);
                    const severity = configured ? SEVERITY[configured] : severityOf(binding.actions);
                    const report = (outcome) => results.push(toResult(compiled, binding, resource, outcome, severity));
                    const params = paramsFor(compiled, binding, resource, options.params);
                    if ("error" in params) {
                        report({ type: "error", message: params.error, at: binding.at });
                        continue;
                    }
                    if (params.values.length === 0) {
                        if (params.deny) {
                            report({
                                type: "violation",
                                message: `no params found for binding ${binding.name} (parameterNotFoundAction Deny)`,
                                reason: "Invalid",
                                at: binding.at,
                            });
                        }
                        continue;
                    }
                    const base = values.of(resource, compiled.reads);
                    for (const param of params.values) {
                        evaluations += 1;
                        const outcomes = evaluatePolicy(compiled, { ...base, oldObject: null, params: param });
                        for (const outcome of outcomes)
                            report(outcome);
                    }
                }
            }
        }
    }
    return { results, evaluations };
}
/** Params converted to CEL once each. */
const paramValues = new WeakMap();
function paramValue(object) {
    let v = paramValues.get(object);
    if (v === undefined) {
        v = toCelValue(object);
        paramValues.set(object, v);
    }
    return v;
}
function paramsFor(compiled, binding, resource, index) {
    const kind = compiled.bound.policy.paramKind;
    if (!kind)
        return { values: [null], deny: false };
    if (!binding.paramRef)
        return { error: `binding ${binding.name} sets no paramRef, but the policy has paramKind ${kind.kind}` };
    const found = index.lookup(kind, binding.paramRef, resource);
    if ("error" in found)
        return found;
    return {
        values: found.params.map((p) => paramValue(p.object)),
        deny: binding.paramRef.notFound === "Deny",
    };
}
function toResult(compiled, binding, resource, outcome, severity) {
    const { policy } = compiled.bound;
    const id = ruleId(policy);
    const via = binding.name !== policy.name && binding.name !== policy.rule ? ` (binding ${binding.name})` : "";
    let message;
    let sev = severity;
    let waivable = true;
    if (outcome.type === "violation") {
        message = `${id}: ${outcome.message}${via}`;
    }
    else if (outcome.type === "error") {
        // failurePolicy Fail: an expression that cannot run refuses the object; Ignore lets it through.
        message = `${id}: could not evaluate${via}: ${outcome.message}`;
        if (policy.failurePolicy === "Ignore") {
            sev = "notice";
            message += " (failurePolicy Ignore)";
        }
    }
    else {
        message = `${id}: audit annotation ${outcome.key}=${outcome.value}${via}`;
        sev = "notice";
        waivable = false;
    }
    const finding = { tool: "policy", rule: id, severity: sev, message, resource: resource.ref };
    if (resource.origin.target !== undefined)
        finding.target = resource.origin.target;
    const result = { finding, policy: policy.name, resource, waivable };
    if (policy.rule !== undefined)
        result.rule = policy.rule;
    return result;
}

;// CONCATENATED MODULE: ./packages/policy/src/enforcement.ts
/**
 * The action `.gitops.yaml` sets for a policy in an env (`policy.enforcement`), replacing the
 * bindings' validationActions: `name/rule` before `name`, and the env before `*`. Undefined
 * when the config says nothing, so the bindings decide.
 */
function enforcementFor(config) {
    return (policy, rule, env) => {
        const keys = rule ? [`${policy}/${rule}`, policy] : [policy];
        for (const key of keys) {
            const byEnv = Object.hasOwn(config, key) ? config[key] : undefined;
            if (!byEnv)
                continue;
            const action = (env !== undefined && Object.hasOwn(byEnv, env) ? byEnv[env] : undefined) ?? byEnv["*"];
            if (action)
                return action;
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/cluster.ts

const POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);
/**
 * Each policy's placement: CI (it is in the policies folder) and the cluster envs whose deployed
 * targets render it. A policy only in a rendered target is enforced by the cluster alone.
 */
function placements(set, rendered, model) {
    const out = new Map();
    const at = (kind, name) => {
        const key = `${kind}/${name}`;
        let p = out.get(key);
        if (!p)
            out.set(key, (p = { kind, name, ci: false, cluster: [] }));
        return p;
    };
    for (const b of set.cel)
        at(b.policy.kind, b.policy.name).ci = true;
    for (const r of set.kyvernoRules)
        at("ClusterPolicy", r.policy).ci = true;
    const deployed = new Map(model.targets.map((t) => [t.id, t.applications.length > 0 ? t.env : undefined]));
    for (const r of rendered) {
        if (!POLICY_KINDS.has(r.ref.kind) || !r.origin.target)
            continue;
        const env = deployed.get(r.origin.target);
        if (env === undefined)
            continue;
        const p = at(r.ref.kind, r.ref.name);
        const name = env === "" ? "every env" : env;
        if (!p.cluster.includes(name))
            p.cluster.push(name);
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}
/** One line per policy: where it runs. */
function placementText(list) {
    const width = Math.max(0, ...list.map((p) => p.name.length));
    return list
        .map((p) => {
        const where = p.ci && p.cluster.length > 0
            ? `CI and cluster (${p.cluster.join(", ")})`
            : p.ci
                ? "CI only: no Application deploys it"
                : `cluster only (${p.cluster.join(", ")}): not in the policies folder, so CI never runs it`;
        return `${p.name.padEnd(width)}  ${p.kind.padEnd(25)}  ${where}\n`;
    })
        .join("");
}
/**
 * Bindings and Kyverno policies rendered for an env that enforce otherwise than
 * `policy.enforcement` says for that env: CI would deny what the cluster lets through (or warn
 * about what the cluster refuses).
 */
function enforcementDrift(rendered, config) {
    const wanted = enforcementFor(config.enforcement);
    const out = [];
    for (const r of rendered) {
        const env = r.origin.env;
        if (!env)
            continue;
        const spec = (r.object.spec ?? {});
        if (r.ref.kind === "ValidatingAdmissionPolicyBinding") {
            const policy = typeof spec.policyName === "string" ? spec.policyName : "";
            const action = wanted(policy, undefined, env);
            const actions = Array.isArray(spec.validationActions) ? spec.validationActions.map(String) : [];
            if (action && !bindingEnforces(actions, action))
                out.push(drift(r, env, `validationActions [${actions.join(", ")}]`, action, `validationActions: [${cap(action)}]`));
        }
        else if ((r.ref.kind === "ClusterPolicy" || r.ref.kind === "Policy") &&
            r.ref.apiVersion.startsWith("kyverno.io/")) {
            const action = wanted(r.ref.name, undefined, env);
            const failure = typeof spec.validationFailureAction === "string" ? spec.validationFailureAction : "Audit";
            const enforces = failure.toLowerCase() === "enforce";
            if (action && enforces !== (action === "deny"))
                out.push(drift(r, env, `validationFailureAction ${failure}`, action, `validationFailureAction: ${action === "deny" ? "Enforce" : "Audit"}`));
        }
    }
    return out;
}
function bindingEnforces(actions, action) {
    const has = (a) => actions.some((x) => x.toLowerCase() === a);
    return action === "deny" ? has("deny") : has(action) && !has("deny");
}
/** The finding has no file yet: the caller points it at the source the object came from. */
function drift(r, env, has, action, fix) {
    const finding = {
        tool: "policy",
        rule: "policy/cluster-enforcement",
        severity: "warning",
        message: `${r.ref.kind} ${r.ref.name} is deployed to ${env} with ${has}, but policy.enforcement says ${action} there: CI and the cluster would disagree; set ${fix} or change policy.enforcement`,
        ...(r.origin.target ? { target: r.origin.target } : {}),
        resource: r.ref,
    };
    return { finding, resource: r };
}
const cap = (a) => `${a.charAt(0).toUpperCase()}${a.slice(1)}`;

;// CONCATENATED MODULE: ./packages/policy/src/cluster-coverage.ts
const cluster_coverage_POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);
/**
 * Cluster envs (those with Applications) whose Applications deploy none of the policies CI runs.
 * Only checked once the repo shows it enforces in the cluster: some env deploys policies, or
 * `policy.enforcement` names envs. Before that, every repo without such an Application would get
 * a warning per env for a setup it never chose.
 */
function envsWithoutPolicies(model, rendered, context) {
    if (context.policies === 0)
        return [];
    const clusterEnvs = [...new Set(model.applications.map((a) => a.env).filter((e) => e !== ""))].sort();
    if (clusterEnvs.length === 0)
        return [];
    const envsOf = new Map();
    for (const app of model.applications)
        for (const id of app.targets) {
            let envs = envsOf.get(id);
            if (!envs)
                envsOf.set(id, (envs = new Set()));
            envs.add(app.env);
        }
    const covered = new Set();
    for (const r of rendered) {
        if (!cluster_coverage_POLICY_KINDS.has(r.ref.kind) || !r.origin.target)
            continue;
        for (const env of envsOf.get(r.origin.target) ?? [])
            covered.add(env);
    }
    // An Application that names no env deploys to whatever cluster it points at: count it everywhere.
    if (covered.has(""))
        return [];
    const adopted = covered.size > 0 || context.enforcementEnvs.some((e) => clusterEnvs.includes(e));
    if (!adopted)
        return [];
    return clusterEnvs
        .filter((env) => !covered.has(env))
        .map((env) => ({
        tool: "policy",
        rule: "policy/not-in-cluster",
        severity: "warning",
        message: `env ${env} has Applications but none deploys the policies in ${context.dir}/: CI checks ${context.policies} ${context.policies === 1 ? "policy" : "policies"} that the ${env} cluster never enforces; add an Application for ${env} whose source path is ${context.dir}`,
        file: context.dir,
    }));
}
/** The envs `policy.enforcement` names (besides `*`). */
function enforcementEnvs(enforcement) {
    return [...new Set(Object.values(enforcement).flatMap((byEnv) => Object.keys(byEnv)))].filter((e) => e !== "*");
}

;// CONCATENATED MODULE: ./packages/policy/src/inputs/fresh.ts





/**
 * Renders first when `render/` is missing or stale, like `gitops lint`: a target is stale when
 * it has no output, is new, or one of its inputs (files and folders of its input graph, the
 * Applications that point at it, `.gitops.yaml`) changed after its output was written. Only
 * stale targets are rendered; fresh outputs are kept.
 */
async function ensureRendered(repo, options = {}) {
    const outDir = (0,external_node_path_.join)(repo, "render");
    const index = readIndex(outDir);
    const indexTime = mtime((0,external_node_path_.join)(outDir, INDEX_FILE));
    const layout = options.model ?? (await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {}));
    // A required check that checked nothing would pass vacuously.
    if (layout.targets.length === 0)
        throw (0,model_report/* noTargets */.UV)(layout);
    const targets = layout.targets.filter((t) => !options.environments || options.environments.includes(t.env));
    const configTime = mtime((0,external_node_path_.join)(repo, src_config/* CONFIG_FILE */.g2)) ?? 0;
    const stale = new Set();
    for (const t of targets) {
        if (t.skipReason)
            continue;
        const entry = index.targets.find((e) => e.id === t.id);
        const outputTime = entry && indexTime !== undefined ? mtime((0,external_node_path_.resolve)(repo, entry.output)) : undefined;
        if (outputTime === undefined || configTime > outputTime) {
            stale.add(t.id);
            continue;
        }
        const graph = layout.graph(t.id);
        if (graph.unresolved || newestInput(repo, graph.files, graph.dirs) > outputTime)
            stale.add(t.id);
    }
    if (stale.size === 0)
        return { model: layout, rendered: [], findings: [] };
    const report = await render_render({
        repo,
        model: layout,
        only: stale,
        ...(options.env ? { env: options.env } : {}),
        ...(options.environments ? { environments: options.environments } : {}),
    });
    return { model: layout, rendered: report.rendered, findings: report.findings };
}
function newestInput(repo, files, dirs) {
    let newest = 0;
    for (const f of files)
        newest = Math.max(newest, mtime((0,external_node_path_.join)(repo, f)) ?? Number.MAX_SAFE_INTEGER);
    for (const d of dirs)
        newest = Math.max(newest, newestIn((0,external_node_path_.join)(repo, d), 0));
    return newest;
}
/** The newest mtime under a folder (the folder's own mtime covers deleted files). */
function newestIn(dir, depth) {
    let newest = mtime(dir) ?? Number.MAX_SAFE_INTEGER;
    if (depth > 20)
        return newest;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return newest;
    }
    for (const e of entries) {
        const path = (0,external_node_path_.join)(dir, e.name);
        newest = Math.max(newest, e.isDirectory() ? newestIn(path, depth + 1) : (mtime(path) ?? 0));
    }
    return newest;
}
function mtime(path) {
    try {
        return (0,external_node_fs_.statSync)(path).mtimeMs;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/globs.ts
var globs = __webpack_require__(6626);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var src_walk = __webpack_require__(56);
;// CONCATENATED MODULE: ./packages/policy/src/inputs/load.ts










/** Rendered output is machine-written and can be large. */
const LARGE_YAML = { maxBytes: 512 * 1024 * 1024, maxDocuments: 1_000_000, maxAliasCount: 10_000 };
const load_MANIFEST = /\.(ya?ml|json)$/i;
/**
 * Reads the outputs of the rendered targets in `render/index.json` (optionally of some envs).
 * A failed or missing output is an error finding on its target: its objects go unchecked, and
 * the run must not pass silently.
 */
function loadRenderedTargets(repo, environments, only, 
/** The index entries to read, when not render/index.json's (a private render's). */
entries = readIndex((0,external_node_path_.join)(repo, "render")).targets) {
    const targets = [];
    const findings = [];
    for (const entry of entries) {
        if (environments && !environments.includes(entry.env))
            continue;
        if (only && !only.has(entry.id))
            continue;
        const unchecked = (why) => findings.push({
            tool: "policy",
            rule: "policy/unrendered-target",
            severity: "error",
            message: `${entry.id}: ${why}; its objects were not checked`,
            target: entry.id,
            file: entry.source,
        });
        if (entry.status === "failed") {
            unchecked(`the target failed to render${entry.error ? ` (${entry.error.split("\n")[0] ?? ""})` : ""}`);
            continue;
        }
        const path = (0,external_node_path_.resolve)(repo, entry.output);
        if (entry.status === "skipped" && entry.error)
            continue;
        // A target left out of this render (--changed-since, a filter, another shard) has nothing
        // to check unless an earlier run left its output; lint treats it the same way.
        if (entry.status === "skipped" && !(0,external_node_fs_.existsSync)(path))
            continue;
        if (!(0,external_node_fs_.existsSync)(path)) {
            unchecked(`${entry.output} is missing`);
            continue;
        }
        const yaml = load_readManifests(path, entry.output);
        targets.push({
            entry,
            resources: resourcesOf(yaml, { target: entry.id, env: entry.env }),
            sha256: yaml.sha256,
        });
    }
    return { targets, findings };
}
/**
 * Reads a manifest file with core's fast reader (`parseRenderedYaml`): policies need each
 * object's value, its document's first line and Helm's `# Source:` comment, not the
 * comment-keeping Document, and rendered targets hold thousands of objects. Duplicate keys,
 * alias bombs, size and document caps are still refused with `file:line`.
 */
function load_readManifests(path, file) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        throw new errors/* UserError */.yo(`${file}: cannot read`, file);
    }
    if (size > LARGE_YAML.maxBytes)
        throw new errors/* UserError */.yo(`${file}: ${size} bytes exceed the rendered-YAML limit`, file);
    const bytes = (0,external_node_fs_.readFileSync)(path);
    const documents = (0,rendered_yaml/* parseRenderedYaml */.I)((0,src_yaml/* decodeUtf8 */._6)(bytes, file), file, LARGE_YAML);
    return { file, documents, sha256: outputDigest(bytes) };
}
/** Objects of a parsed file, with Helm `# Source:` comments kept. */
function resourcesOf(yaml, extra = {}) {
    const out = [];
    for (const document of yaml.documents) {
        const values = Array.isArray(document.value) ? document.value : [document.value];
        for (const value of values) {
            const origin = { file: yaml.file, line: document.line, ...extra };
            const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
            if (source)
                origin.helmSource = source;
            // A `kind: List` holds its objects in `items`.
            const v = value;
            const items = v?.kind === "List" && Array.isArray(v.items) ? v.items : [value];
            for (const item of items) {
                const r = toResource(item, origin);
                if (r)
                    out.push(r);
            }
        }
    }
    return out;
}
/**
 * Reads manifest files and folders (recursively: *.yaml, *.yml, *.json), like `conftest test`,
 * and globs (`render/apps/**\/*.yaml`). Paths are shown relative to the repo when inside it.
 * A path that does not exist, a bad glob or one that matches nothing is a UserError.
 */
function loadManifestPaths(repo, paths, cwd = process.cwd()) {
    const out = [];
    for (const p of paths) {
        if ((0,globs/* isGlob */.fg)(p)) {
            const problem = (0,globs/* globProblem */.AI)(p);
            if (problem !== undefined)
                throw new errors/* UserError */.yo(`--manifests ${JSON.stringify(p)}: invalid glob: ${problem}`);
            const files = (0,globs/* expandGlob */.hT)(p, cwd);
            if (files.length === 0)
                throw new errors/* UserError */.yo(`--manifests ${JSON.stringify(p)}: the glob matches no file`);
            for (const file of files)
                out.push(...resourcesOf(load_readManifests(file, display(repo, file))));
            continue;
        }
        const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p);
        let st;
        try {
            st = (0,external_node_fs_.statSync)(abs);
        }
        catch {
            throw new errors/* UserError */.yo(`--manifests ${p}: no such file or folder`, p);
        }
        const files = st.isDirectory() ? [...(0,src_walk/* walkFiles */.F)(abs, (name) => load_MANIFEST.test(name))] : [abs];
        for (const file of files)
            out.push(...resourcesOf(load_readManifests(file, display(repo, file))));
    }
    return out;
}
/** Relative to the repo, as every finding's file is; a file outside the repo by its absolute path. */
function display(repo, file) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), file);
    return (0,external_node_path_.isAbsolute)(rel) || rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) ? file : rel.split(external_node_path_.sep).join("/");
}

;// CONCATENATED MODULE: ./packages/policy/src/inputs/locate.ts



/**
 * Points findings on rendered objects at the files people edit:
 * - Helm output: the template its `# Source:` comment names, at the line of its `kind:`;
 * - kustomize and plain folders: the input file of the target that defines an object of the
 *   same kind and name (the renderer adds no origin annotations), at its document's line;
 * - otherwise the target's folder.
 * Only objects that have findings are located, so a clean run reads no source files.
 */
class locate_SourceLocator {
    repo;
    entries;
    graph;
    yaml = new Map();
    inputs;
    constructor(repo, entries, 
    /** The model's input graphs; without them findings stay on the target's folder. */
    graph) {
        this.repo = repo;
        this.entries = entries;
        this.graph = graph;
    }
    /** Sets `file` and `line` on a finding about `resource`. */
    locate(finding, resource) {
        const target = resource.origin.target;
        const entry = target === undefined ? undefined : this.entries.get(target);
        if (!entry) {
            finding.file = resource.origin.file;
            finding.line = resource.origin.line;
            return;
        }
        const at = resource.origin.helmSource
            ? this.helm(entry.source, resource.origin.helmSource, resource.ref.kind)
            : this.search(entry, resource);
        finding.file = at.file;
        if (at.line !== undefined)
            finding.line = at.line;
    }
    helm(chartDir, source, kind) {
        // "<chart name>/templates/x.yaml": the chart's folder is the target's source, whatever its name.
        const file = external_node_path_.posix.join(chartDir, source.split("/").slice(1).join("/"));
        try {
            const lines = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, file), "utf8").split("\n");
            const i = lines.findIndex((l) => new RegExp(`^kind:\\s*["']?${kind}\\b`).test(l));
            return { file, line: i + 1 || 1 };
        }
        catch {
            return { file: chartDir };
        }
    }
    search(entry, resource) {
        for (const rel of this.inputFiles(entry.id)) {
            const yaml = this.load(rel);
            for (const doc of yaml?.documents ?? []) {
                const v = doc.value;
                if (v?.kind === resource.ref.kind && v.metadata?.name === resource.ref.name) {
                    return { file: rel, line: doc.line };
                }
            }
        }
        return { file: entry.source };
    }
    inputFiles(id) {
        if (!this.inputs)
            this.inputs = new Map();
        let files = this.inputs.get(id);
        if (!files) {
            const g = this.graph?.(id);
            files = g ? [...g.files, ...[...g.dirs].flatMap((d) => yamlFilesIn(this.repo, d))] : [];
            this.inputs.set(id, files);
        }
        return files.filter((f) => /\.ya?ml$/i.test(f));
    }
    load(rel) {
        let y = this.yaml.get(rel);
        if (y === undefined) {
            try {
                y = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.repo, rel)) ? (0,src_yaml/* loadYamlFile */.Y3)((0,external_node_path_.join)(this.repo, rel), rel) : null;
            }
            catch {
                y = null;
            }
            this.yaml.set(rel, y);
        }
        return y;
    }
}
function yamlFilesIn(repo, dir) {
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { recursive: true, encoding: "utf8" })
            .filter((f) => /\.ya?ml$/i.test(f))
            .map((f) => external_node_path_.posix.join(dir, f.split("\\").join("/")));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/catalog.ts
/**
 * Built-in kinds and the CRDs a GitOps repository commonly holds (Argo CD, external-secrets,
 * cert-manager, ...). CRDs defined in the checked manifests are added on top, so a policy's
 * `resources: ["widgets"]` matches `kind: Widget` whenever the repo holds its CRD.
 */
const KNOWN = [
    ["", "Pod", "pods", true],
    ["", "Service", "services", true],
    ["", "ConfigMap", "configmaps", true],
    ["", "Secret", "secrets", true],
    ["", "ServiceAccount", "serviceaccounts", true],
    ["", "PersistentVolumeClaim", "persistentvolumeclaims", true],
    ["", "PersistentVolume", "persistentvolumes", false],
    ["", "Namespace", "namespaces", false],
    ["", "Node", "nodes", false],
    ["", "Endpoints", "endpoints", true],
    ["", "LimitRange", "limitranges", true],
    ["", "ResourceQuota", "resourcequotas", true],
    ["", "ReplicationController", "replicationcontrollers", true],
    ["", "PodTemplate", "podtemplates", true],
    ["", "Event", "events", true],
    ["apps", "Deployment", "deployments", true],
    ["apps", "StatefulSet", "statefulsets", true],
    ["apps", "DaemonSet", "daemonsets", true],
    ["apps", "ReplicaSet", "replicasets", true],
    ["apps", "ControllerRevision", "controllerrevisions", true],
    ["batch", "Job", "jobs", true],
    ["batch", "CronJob", "cronjobs", true],
    ["autoscaling", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true],
    ["policy", "PodDisruptionBudget", "poddisruptionbudgets", true],
    ["networking.k8s.io", "Ingress", "ingresses", true],
    ["networking.k8s.io", "IngressClass", "ingressclasses", false],
    ["networking.k8s.io", "NetworkPolicy", "networkpolicies", true],
    ["rbac.authorization.k8s.io", "Role", "roles", true],
    ["rbac.authorization.k8s.io", "RoleBinding", "rolebindings", true],
    ["rbac.authorization.k8s.io", "ClusterRole", "clusterroles", false],
    ["rbac.authorization.k8s.io", "ClusterRoleBinding", "clusterrolebindings", false],
    ["storage.k8s.io", "StorageClass", "storageclasses", false],
    ["storage.k8s.io", "VolumeAttachment", "volumeattachments", false],
    ["storage.k8s.io", "CSIDriver", "csidrivers", false],
    ["scheduling.k8s.io", "PriorityClass", "priorityclasses", false],
    ["node.k8s.io", "RuntimeClass", "runtimeclasses", false],
    ["coordination.k8s.io", "Lease", "leases", true],
    ["discovery.k8s.io", "EndpointSlice", "endpointslices", true],
    ["apiextensions.k8s.io", "CustomResourceDefinition", "customresourcedefinitions", false],
    ["apiregistration.k8s.io", "APIService", "apiservices", false],
    ["admissionregistration.k8s.io", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", false],
    [
        "admissionregistration.k8s.io",
        "ValidatingAdmissionPolicyBinding",
        "validatingadmissionpolicybindings",
        false,
    ],
    [
        "admissionregistration.k8s.io",
        "ValidatingWebhookConfiguration",
        "validatingwebhookconfigurations",
        false,
    ],
    ["admissionregistration.k8s.io", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false],
    ["certificates.k8s.io", "CertificateSigningRequest", "certificatesigningrequests", false],
    ["gateway.networking.k8s.io", "Gateway", "gateways", true],
    ["gateway.networking.k8s.io", "GatewayClass", "gatewayclasses", false],
    ["gateway.networking.k8s.io", "HTTPRoute", "httproutes", true],
    ["gateway.networking.k8s.io", "GRPCRoute", "grpcroutes", true],
    ["gateway.networking.k8s.io", "ReferenceGrant", "referencegrants", true],
    ["argoproj.io", "Application", "applications", true],
    ["argoproj.io", "ApplicationSet", "applicationsets", true],
    ["argoproj.io", "AppProject", "appprojects", true],
    ["argoproj.io", "Rollout", "rollouts", true],
    ["external-secrets.io", "ExternalSecret", "externalsecrets", true],
    ["external-secrets.io", "ClusterExternalSecret", "clusterexternalsecrets", false],
    ["external-secrets.io", "SecretStore", "secretstores", true],
    ["external-secrets.io", "ClusterSecretStore", "clustersecretstores", false],
    ["bitnami.com", "SealedSecret", "sealedsecrets", true],
    ["cert-manager.io", "Certificate", "certificates", true],
    ["cert-manager.io", "CertificateRequest", "certificaterequests", true],
    ["cert-manager.io", "Issuer", "issuers", true],
    ["cert-manager.io", "ClusterIssuer", "clusterissuers", false],
    ["monitoring.coreos.com", "ServiceMonitor", "servicemonitors", true],
    ["monitoring.coreos.com", "PodMonitor", "podmonitors", true],
    ["monitoring.coreos.com", "PrometheusRule", "prometheusrules", true],
    ["kyverno.io", "ClusterPolicy", "clusterpolicies", false],
    ["kyverno.io", "Policy", "policies", true],
    ["policies.kyverno.io", "ValidatingPolicy", "validatingpolicies", false],
    ["keda.sh", "ScaledObject", "scaledobjects", true],
];
/** Maps (group, kind) to the resource name and scope Kubernetes gives it. */
class KindCatalog {
    kinds = new Map();
    /** Per object: matching asks for every policy, so each object is looked up once. */
    known = new WeakMap();
    constructor() {
        for (const [group, kind, resource, namespaced] of KNOWN)
            this.kinds.set(`${group}/${kind}`, { resource, namespaced });
    }
    /** Adds the kinds CustomResourceDefinitions among `resources` define. */
    addDefinitions(resources) {
        for (const r of resources) {
            if (r.ref.kind !== "CustomResourceDefinition" || r.group !== "apiextensions.k8s.io")
                continue;
            const spec = r.object.spec;
            const group = spec?.group;
            const kind = spec?.names?.kind;
            const plural = spec?.names?.plural;
            if (typeof group !== "string" || typeof kind !== "string" || typeof plural !== "string")
                continue;
            this.kinds.set(`${group}/${kind}`, { resource: plural, namespaced: spec?.scope !== "Cluster" });
        }
    }
    /**
     * The resource name and scope of a kind. A kind we do not know gets the usual English
     * plural, and is taken as namespaced exactly when the object names a namespace.
     */
    lookup(group, kind, hasNamespace) {
        return (this.kinds.get(`${group}/${kind}`) ?? {
            resource: pluralize(kind.toLowerCase()),
            namespaced: hasNamespace,
        });
    }
    /** Info for a checked object. */
    of(r) {
        let info = this.known.get(r);
        if (!info) {
            info = this.lookup(r.group, r.ref.kind, r.ref.namespace !== undefined);
            this.known.set(r, info);
        }
        return info;
    }
}
function pluralize(word) {
    if (/(s|x|z|ch|sh)$/.test(word))
        return `${word}es`;
    if (/[^aeiou]y$/.test(word))
        return `${word.slice(0, -1)}ies`;
    return `${word}s`;
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/namespaces.ts
/**
 * Collects the Namespace objects among `resources` (for a repository: those rendered for the
 * target's env, `clusters/<env>` above all). When two define the same name, the first wins.
 */
function collectNamespaces(resources) {
    const labels = new Map();
    const objects = new Map();
    for (const r of resources) {
        if (r.group !== "" || r.ref.kind !== "Namespace" || labels.has(r.ref.name))
            continue;
        labels.set(r.ref.name, { ...r.labels, "kubernetes.io/metadata.name": r.ref.name });
        objects.set(r.ref.name, r.object);
    }
    return { labels, objects };
}

;// CONCATENATED MODULE: ./packages/policy/src/load/cel-fields.ts

const REASONS = ["Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge"];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CONDITION_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/**
 * `matchConditions` or `variables`: a list of `{name, expression}`. Variable names must be CEL
 * identifiers (`variables.<name>`); match condition names are qualified names, like label keys.
 */
function namedExpressions(doc, path, kind = "variable") {
    const seen = new Set();
    return doc.list(path).map((_, i) => {
        const name = doc.string([...path, i, "name"], true) ?? "";
        const pattern = kind === "variable" ? VARIABLE_NAME : CONDITION_NAME;
        if (!pattern.test(name))
            throw doc.fail([...path, i, "name"], `"${name}" is not a valid ${kind === "variable" ? "CEL identifier" : "name"}`);
        if (seen.has(name))
            throw doc.fail([...path, i, "name"], `"${name}" is defined twice`);
        seen.add(name);
        return { name, expression: doc.string([...path, i, "expression"], true) ?? "", at: doc.at([...path, i]) };
    });
}
/** `validations`: expression, message, messageExpression, reason. */
function validations(doc, path) {
    return doc.list(path).map((_, i) => {
        const p = [...path, i];
        const v = {
            expression: doc.string([...p, "expression"], true) ?? "",
            reason: doc.oneOf([...p, "reason"], REASONS, "Invalid"),
            at: doc.at(p),
        };
        const message = doc.string([...p, "message"]);
        const messageExpression = doc.string([...p, "messageExpression"]);
        if (message !== undefined)
            v.message = message;
        if (messageExpression !== undefined)
            v.messageExpression = messageExpression;
        return v;
    });
}
/** `auditAnnotations`: key and valueExpression. */
function auditAnnotations(doc, path) {
    return doc.list(path).map((_, i) => ({
        key: doc.string([...path, i, "key"], true) ?? "",
        valueExpression: doc.string([...path, i, "valueExpression"], true) ?? "",
        at: doc.at([...path, i]),
    }));
}
function paramKind(doc, path) {
    if (!doc.object(path))
        return undefined;
    return {
        apiVersion: doc.string([...path, "apiVersion"], true) ?? "",
        kind: doc.string([...path, "kind"], true) ?? "",
    };
}
function paramRef(doc, path) {
    if (!doc.object(path))
        return undefined;
    const ref = {
        notFound: doc.oneOf([...path, "parameterNotFoundAction"], ["Allow", "Deny"], "Deny"),
    };
    const name = doc.string([...path, "name"]);
    const namespace = doc.string([...path, "namespace"]);
    const selector = parseSelector(doc.get([...path, "selector"]), "paramRef.selector", doc.at([...path, "selector"]));
    if (name !== undefined && selector)
        throw doc.fail(path, "must set name or selector, not both");
    if (name === undefined && !selector)
        throw doc.fail(path, "must set name or selector");
    if (name !== undefined)
        ref.name = name;
    if (namespace !== undefined)
        ref.namespace = namespace;
    if (selector)
        ref.selector = selector;
    return ref;
}
/** `validationActions` (Deny, Warn, Audit) as our actions; at least one is required. */
function validationActions(doc, path, fallback) {
    const raw = doc.strings(path);
    if (raw.length === 0) {
        if (fallback)
            return fallback;
        throw doc.fail(path, "needs at least one of Deny, Warn, Audit");
    }
    return raw.map((a, i) => {
        if (a === "Deny")
            return "deny";
        if (a === "Warn")
            return "warn";
        if (a === "Audit")
            return "audit";
        throw doc.fail([...path, i], `must be Deny, Warn or Audit, got "${a}"`);
    });
}
function failurePolicy(doc, path) {
    return doc.oneOf(path, ["Fail", "Ignore"], "Fail");
}

;// CONCATENATED MODULE: ./packages/policy/src/vap/match.ts

const SCOPES = ["*", "Cluster", "Namespaced"];
/** Reads a MatchResources block at `path`; undefined when absent. */
function parseMatchResources(doc, path) {
    if (!doc.object(path))
        return undefined;
    const rules = (key) => doc.list([...path, key]).map((_, i) => {
        const p = [...path, key, i];
        if (!doc.object(p))
            throw doc.fail(p, "must be a map");
        return {
            apiGroups: doc.strings([...p, "apiGroups"]),
            apiVersions: doc.strings([...p, "apiVersions"]),
            resources: doc.strings([...p, "resources"]),
            operations: doc.strings([...p, "operations"]),
            resourceNames: doc.strings([...p, "resourceNames"]),
            scope: doc.oneOf([...p, "scope"], SCOPES, "*"),
        };
    });
    const result = { excludeResourceRules: rules("excludeResourceRules") };
    if (doc.get([...path, "resourceRules"]) !== undefined)
        result.resourceRules = rules("resourceRules");
    const ns = parseSelector(doc.get([...path, "namespaceSelector"]), "namespaceSelector", doc.at([...path, "namespaceSelector"]));
    const obj = parseSelector(doc.get([...path, "objectSelector"]), "objectSelector", doc.at([...path, "objectSelector"]));
    if (ns)
        result.namespaceSelector = ns;
    if (obj)
        result.objectSelector = obj;
    return result;
}
/**
 * True when the object is matched: a resource rule covers it (each object is checked as a
 * CREATE), no exclude rule does, and both selectors match. Cluster-scoped objects skip the
 * namespaceSelector, except Namespaces, which are matched on their own labels (as in Kubernetes).
 */
function matchesResources(m, r, ctx) {
    const info = ctx.catalog.of(r);
    if (m.resourceRules &&
        !m.resourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced)))
        return false;
    if (m.excludeResourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced)))
        return false;
    if (!selectorMatches(m.objectSelector, r.labels))
        return false;
    if (m.namespaceSelector) {
        const labels = namespaceLabelsOf(r, info.namespaced, ctx);
        if (labels && !selectorMatches(m.namespaceSelector, labels))
            return false;
    }
    return true;
}
/**
 * The labels namespaceSelector is matched against: the object's own for a Namespace, its
 * Namespace's for a namespaced object (a namespace we did not find has only the
 * `kubernetes.io/metadata.name` label Kubernetes puts on every namespace), none for other
 * cluster-scoped objects.
 */
function namespaceLabelsOf(r, namespaced, ctx) {
    if (r.group === "" && r.ref.kind === "Namespace") {
        return { ...r.labels, "kubernetes.io/metadata.name": r.ref.name };
    }
    if (!namespaced)
        return undefined;
    const ns = r.ref.namespace ?? "";
    return { ...(ctx.namespaces.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
}
function ruleMatches(rule, r, resource, namespaced) {
    const any = (list, value) => list.includes("*") || list.includes(value);
    if (!any(rule.operations, "CREATE"))
        return false;
    if (!any(rule.apiGroups, r.group) || !any(rule.apiVersions, r.version))
        return false;
    if (!rule.resources.some((x) => x === "*" || x === "*/*" || x === resource))
        return false;
    if (rule.resourceNames.length > 0 && !rule.resourceNames.includes(r.ref.name))
        return false;
    if (rule.scope === "Cluster" && namespaced)
        return false;
    if (rule.scope === "Namespaced" && !namespaced)
        return false;
    return true;
}

;// CONCATENATED MODULE: ./packages/policy/src/vap/parse.ts



const VAP_GROUP = "admissionregistration.k8s.io";
/** Reads a ValidatingAdmissionPolicy (v1, v1beta1 or v1alpha1). */
function parseVap(doc) {
    const policy = parseAdmissionSpec(doc, "ValidatingAdmissionPolicy");
    if (policy.validations.length === 0 && policy.auditAnnotations.length === 0) {
        throw doc.fail(["spec"], "needs validations or auditAnnotations");
    }
    const kind = paramKind(doc, ["spec", "paramKind"]);
    if (kind)
        policy.paramKind = kind;
    return policy;
}
/**
 * The spec a ValidatingAdmissionPolicy and a Kyverno ValidatingPolicy share:
 * matchConstraints, matchConditions, variables, validations, auditAnnotations.
 */
function parseAdmissionSpec(doc, kind) {
    const name = doc.string(["metadata", "name"], true) ?? "";
    const constraints = parseMatchResources(doc, ["spec", "matchConstraints"]);
    if (!constraints?.resourceRules?.length) {
        throw doc.fail(["spec", "matchConstraints", "resourceRules"], "is required: it says which resources the policy checks");
    }
    return {
        kind,
        name,
        at: doc.at(),
        failurePolicy: failurePolicy(doc, ["spec", "failurePolicy"]),
        matches: (r, ctx) => matchesResources(constraints, r, ctx),
        matchConditions: namedExpressions(doc, ["spec", "matchConditions"], "condition"),
        variables: namedExpressions(doc, ["spec", "variables"]),
        validations: validations(doc, ["spec", "validations"]),
        auditAnnotations: auditAnnotations(doc, ["spec", "auditAnnotations"]),
        celVariables: ADMISSION_VARIABLES,
    };
}
/** Reads a ValidatingAdmissionPolicyBinding. */
function parseVapBinding(doc) {
    const resources = parseMatchResources(doc, ["spec", "matchResources"]);
    const binding = {
        name: doc.string(["metadata", "name"], true) ?? "",
        policyName: doc.string(["spec", "policyName"], true) ?? "",
        at: doc.at(),
        actions: validationActions(doc, ["spec", "validationActions"]),
    };
    if (resources)
        binding.matches = (r, ctx) => matchesResources(resources, r, ctx);
    const ref = paramRef(doc, ["spec", "paramRef"]);
    if (ref)
        binding.paramRef = ref;
    return binding;
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/match.ts




/** Reads `match`/`exclude` (with `any`, `all`, or the older top-level `resources`). */
function parseKyvernoMatch(doc, path) {
    if (!doc.object(path))
        return undefined;
    const filters = (key) => doc.list([...path, key]).map((_, i) => parseFilter(doc, [...path, key, i]));
    const block = { any: filters("any"), all: filters("all") };
    if (doc.object([...path, "resources"]))
        block.top = parseFilter(doc, path);
    return block;
}
function parseFilter(doc, path) {
    const res = [...path, "resources"];
    const filter = {
        kinds: doc.strings([...res, "kinds"]),
        names: [
            ...doc.strings([...res, "names"]),
            ...(doc.string([...res, "name"]) ? [doc.string([...res, "name"]) ?? ""] : []),
        ],
        namespaces: doc.strings([...res, "namespaces"]),
        operations: doc.strings([...res, "operations"]),
        annotations: stringMap(doc.get([...res, "annotations"])),
        byRequester: ["subjects", "roles", "clusterRoles"].some((k) => doc.get([...path, k]) !== undefined),
        narrowed: !!doc.get([...res, "name"]) ||
            doc.strings([...res, "names"]).length > 0 ||
            doc.get([...res, "selector"]) != null ||
            doc.get([...res, "annotations"]) != null,
    };
    const selector = parseSelector(doc.get([...res, "selector"]), "selector", doc.at([...res, "selector"]));
    const nsSelector = parseSelector(doc.get([...res, "namespaceSelector"]), "namespaceSelector", doc.at([...res, "namespaceSelector"]));
    if (selector)
        filter.selector = selector;
    if (nsSelector)
        filter.namespaceSelector = nsSelector;
    return filter;
}
/**
 * True when a rule applies: its match block matches and its exclude block does not.
 * Filters on subjects, roles or clusterRoles never match: CI has no real requester.
 */
function kyvernoMatches(match, exclude, r, ctx) {
    if (!match || !blockMatches(match, r, ctx))
        return false;
    return !(exclude && blockMatches(exclude, r, ctx));
}
function blockMatches(block, r, ctx) {
    if (block.any.length === 0 && block.all.length === 0 && !block.top)
        return false;
    if (block.any.length > 0 && !block.any.some((f) => filterMatches(f, r, ctx)))
        return false;
    if (block.top && !filterMatches(block.top, r, ctx))
        return false;
    return block.all.every((f) => filterMatches(f, r, ctx));
}
function filterMatches(f, r, ctx) {
    if (f.byRequester)
        return false;
    if (f.operations.length > 0 && !f.operations.includes("CREATE"))
        return false;
    if (f.kinds.length > 0 && !f.kinds.some((k) => kindMatches(k, r)))
        return false;
    if (f.names.length > 0 && !f.names.some((n) => wildcard(n, r.ref.name)))
        return false;
    const isNamespace = r.group === "" && r.ref.kind === "Namespace";
    const namespace = isNamespace ? r.ref.name : (r.ref.namespace ?? "");
    if (f.namespaces.length > 0 && !f.namespaces.some((n) => wildcard(n, namespace)))
        return false;
    const annotations = stringMap(r.object.metadata?.annotations);
    for (const [k, v] of Object.entries(f.annotations)) {
        if (!Object.keys(annotations).some((key) => wildcard(k, key) && wildcard(v, annotations[key] ?? "")))
            return false;
    }
    if (!selectorMatches(f.selector, r.labels))
        return false;
    if (f.namespaceSelector) {
        const labels = namespaceLabelsOf(r, ctx.catalog.of(r).namespaced, ctx);
        if (!labels || !selectorMatches(f.namespaceSelector, labels))
            return false;
    }
    return true;
}
/** `Kind`, `version/Kind` or `group/version/Kind`, each part with `*` wildcards; subresources never match. */
function kindMatches(spec, r) {
    const parts = spec.split("/");
    if (parts.length > 3 || (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? "")))
        return false;
    const kind = parts[parts.length - 1] ?? "";
    if (!wildcard(kind, r.ref.kind))
        return false;
    if (parts.length === 2)
        return wildcard(parts[0] ?? "", r.version);
    if (parts.length === 3)
        return wildcard(parts[0] ?? "", r.group) && wildcard(parts[1] ?? "", r.version);
    return true;
}
function wildcard(pattern, value) {
    return pattern === value || (0,esm/* minimatch */.xF)(value, pattern, { dot: true, nocomment: true, nonegate: true });
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/autogen.ts

// Kyverno's autogen: a rule written for Pods also runs on the Pod controllers, through their Pod
// template. What follows mirrors Kyverno's own code (pkg/autogen/v1 for ClusterPolicy/Policy,
// pkg/cel/autogen for ValidatingPolicy), quirks included, so that CI and the cluster agree on
// which rules exist, what they are called and what they match.
/** The policy annotation that picks the controllers (`none`, `all`, or a comma-separated list). */
const AUTOGEN_ANNOTATION = "pod-policies.kyverno.io/autogen-controllers";
/** Every controller Kyverno generates rules for by default. */
const POD_CONTROLLERS = [
    "DaemonSet",
    "Deployment",
    "Job",
    "StatefulSet",
    "ReplicaSet",
    "ReplicationController",
    "CronJob",
];
/** The controllers whose Pod template sits at `spec.template`. */
const TEMPLATE_CONTROLLERS = POD_CONTROLLERS.filter((k) => k !== "CronJob");
const POD_KINDS = new Set([...POD_CONTROLLERS, "Pod"]);
/** Kyverno writes generated kinds fully qualified. */
const GVK = {
    DaemonSet: "apps/v1/DaemonSet",
    Deployment: "apps/v1/Deployment",
    Job: "batch/v1/Job",
    StatefulSet: "apps/v1/StatefulSet",
    ReplicaSet: "apps/v1/ReplicaSet",
    ReplicationController: "v1/ReplicationController",
    CronJob: "batch/v1/CronJob",
    Pod: "v1/Pod",
};
/** Kyverno's textual rewrite of a rule's CEL (`object.spec` -> `object.spec.template.spec` ...). */
function replacer(template) {
    const pairs = [
        ["object.spec", `object.${template}.spec`],
        ["oldObject.spec", `oldObject.${template}.spec`],
        ["object.metadata", `object.${template}.metadata`],
        ["oldObject.metadata", `oldObject.${template}.metadata`],
    ];
    return (text) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
}
const rewriteForPodControllers = replacer("spec.template");
const rewriteForCronJobs = replacer("spec.jobTemplate.spec.template");
/** The kind in `Kind`, `version/Kind` or `group/version/Kind` (a `Kind/subresource` gives Kind). */
function kindOf(spec) {
    const parts = spec.split("/");
    if (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? ""))
        return parts[0] ?? "";
    return parts[parts.length - 1] ?? "";
}
function containsKind(kinds, kind) {
    return kinds.some((k) => kindOf(k) === kind);
}
function filtersOf(block) {
    if (!block)
        return [];
    return [...(block.top ? [block.top] : []), ...block.any, ...block.all];
}
/**
 * Kyverno's CanAutoGen, over every rule of the policy (whatever it does): no generate rule, no
 * JSON6902 patch, no filter narrowed by name, selector or annotations, no filter that lists Pod
 * together with other kinds, and at least one filter naming Pod or a Pod controller exactly.
 */
function canAutoGen(doc) {
    let needed = false;
    for (const [i] of doc.list(["spec", "rules"]).entries()) {
        const p = ["spec", "rules", i];
        if (doc.get([...p, "generate"]) != null)
            return false;
        if (nonEmpty(doc.get([...p, "mutate", "patchesJson6902"])))
            return false;
        const foreach = doc.get([...p, "mutate", "foreach"]);
        if (Array.isArray(foreach) &&
            foreach.some((f) => typeof f === "object" &&
                f !== null &&
                nonEmpty(f.patchesJson6902)))
            return false;
        const filters = [
            ...filtersOf(parseKyvernoMatch(doc, [...p, "match"])),
            ...filtersOf(parseKyvernoMatch(doc, [...p, "exclude"])),
        ];
        for (const f of filters) {
            if (f.narrowed || (f.kinds.length > 1 && containsKind(f.kinds, "Pod")))
                return false;
            needed ||= f.kinds.some((k) => POD_KINDS.has(k));
        }
    }
    return needed;
}
function nonEmpty(v) {
    return typeof v === "string" ? v !== "" : v != null;
}
/**
 * The controllers a ClusterPolicy/Policy generates rules for, as Kyverno reads them: none when
 * autogen does not apply or the annotation says `none`; else the annotation's comma-separated
 * list (taken as written: Kyverno does not trim it), or every Pod controller.
 */
function policyControllers(doc) {
    if (!canAutoGen(doc))
        return [];
    const annotation = doc.get(["metadata", "annotations", AUTOGEN_ANNOTATION]);
    if (typeof annotation !== "string")
        return POD_CONTROLLERS;
    const list = [...new Set(annotation.split(","))];
    return list.length === 1 && list[0] === "none" ? [] : list;
}
/**
 * The rules Kyverno generates from one rule for `controllers`: `autogen-<rule>` for the
 * controllers with a `spec.template`, `autogen-cronjob-<rule>` for CronJobs. A rule only gets
 * them when its match names Pod (and its exclude, if it names kinds, names Pod too).
 */
function autogenRules(rule, match, exclude, controllers) {
    if (controllers.length === 0 || rule.startsWith("autogen-") || !match)
        return [];
    const matchKinds = filtersOf(match).flatMap((f) => f.kinds);
    const excludeKinds = filtersOf(exclude).flatMap((f) => f.kinds);
    if (!containsKind(matchKinds, "Pod"))
        return [];
    if (excludeKinds.length > 0 && !containsKind(excludeKinds, "Pod"))
        return [];
    const out = [];
    const rest = controllers.filter((c) => c !== "CronJob");
    // Kyverno joins the list and strips CronJob; an empty remainder generates nothing.
    if (rest.join(",") !== "") {
        const kinds = templateKinds(rest).map((k) => GVK[k] ?? k);
        const generated = {
            name: ruleName("autogen", rule),
            match: retarget(match, kinds, true, false),
            rewrite: rewriteForPodControllers,
        };
        if (exclude)
            generated.exclude = retarget(exclude, kinds, true, true);
        out.push(generated);
    }
    if (controllers.some((c) => c.includes("CronJob") || c.includes("all"))) {
        const kinds = [GVK.CronJob ?? "CronJob"];
        const generated = {
            name: ruleName("autogen-cronjob", rule),
            match: retarget(match, kinds, false, false),
            rewrite: rewriteForCronJobs,
        };
        if (exclude)
            generated.exclude = retarget(exclude, kinds, false, true);
        out.push(generated);
    }
    return out;
}
/** `all` is every template controller; otherwise the known names, or (none known) the list as given. */
function templateKinds(list) {
    if (list.length === 1 && list[0] === "all")
        return [...TEMPLATE_CONTROLLERS].sort();
    const known = list.filter((c) => TEMPLATE_CONTROLLERS.includes(c));
    return [...(known.length > 0 ? known : list)].sort();
}
/** Kyverno cuts generated rule names at 63 characters. */
function ruleName(prefix, rule) {
    return `${prefix}-${rule}`.slice(0, 63);
}
/**
 * The generated rule's filters: in `any` if it has filters, else in `all`, else the top-level
 * filter. For controllers only the filters naming Pod change kinds; for CronJobs every one does.
 * An exclude block's top-level filter changes only when it names kinds.
 */
function retarget(block, kinds, onlyPod, exclude) {
    const swap = (f) => !onlyPod || containsKind(f.kinds, "Pod") ? { ...f, kinds } : f;
    if (block.any.length > 0)
        return { ...block, any: block.any.map(swap) };
    if (block.all.length > 0)
        return { ...block, all: block.all.map(swap) };
    if (!block.top || (exclude && block.top.kinds.length === 0))
        return block;
    return { ...block, top: { ...block.top, kinds } };
}
const VPOL_TARGETS = {
    daemonsets: { group: "apps", resource: "daemonsets", cron: false },
    deployments: { group: "apps", resource: "deployments", cron: false },
    replicasets: { group: "apps", resource: "replicasets", cron: false },
    statefulsets: { group: "apps", resource: "statefulsets", cron: false },
    jobs: { group: "batch", resource: "jobs", cron: false },
    cronjobs: { group: "batch", resource: "cronjobs", cron: true },
};
/**
 * Kyverno's CanAutoGen for a ValidatingPolicy: exactly one resource rule, for core v1 `pods`,
 * with no resourceNames, no exclude rules and no namespace or object selector.
 */
function vpolCanAutoGen(doc) {
    const m = ["spec", "matchConstraints"];
    if (!doc.object(m))
        return false;
    for (const sel of ["namespaceSelector", "objectSelector"]) {
        const labels = doc.get([...m, sel, "matchLabels"]);
        const exprs = doc.get([...m, sel, "matchExpressions"]);
        if (labels && typeof labels === "object" && Object.keys(labels).length > 0)
            return false;
        if (Array.isArray(exprs) && exprs.length > 0)
            return false;
    }
    if (doc.list([...m, "excludeResourceRules"]).length > 0)
        return false;
    const rules = doc.list([...m, "resourceRules"]);
    if (rules.length !== 1)
        return false;
    const r = [...m, "resourceRules", 0];
    const only = (key, value) => {
        const list = doc.strings([...r, key]);
        return list.length === 1 && list[0] === value;
    };
    return (doc.strings([...r, "resourceNames"]).length === 0 &&
        only("apiGroups", "") &&
        only("apiVersions", "v1") &&
        only("resources", "pods"));
}
/**
 * The variants Kyverno generates for a ValidatingPolicy: by default every controller but
 * ReplicationController; `spec.autogen.podControllers.controllers` (resource names) narrows it,
 * and an empty list turns autogen off. Operations come from the policy's first resource rule.
 */
function vpolAutogen(doc) {
    if (!vpolCanAutoGen(doc))
        return [];
    const path = ["spec", "autogen", "podControllers", "controllers"];
    const chosen = doc.get(path) == null ? Object.keys(VPOL_TARGETS) : doc.strings(path);
    const operations = doc.strings(["spec", "matchConstraints", "resourceRules", 0, "operations"]);
    const targets = [...new Set(chosen)].flatMap((c) => (VPOL_TARGETS[c] ? [VPOL_TARGETS[c]] : []));
    const out = [];
    for (const key of ["cronjobs", "defaults"]) {
        const group = targets.filter((t) => t.cron === (key === "cronjobs"));
        if (group.length === 0)
            continue;
        const byGroup = new Map();
        for (const t of group)
            byGroup.set(t.group, [...(byGroup.get(t.group) ?? []), t.resource]);
        const resourceRules = [...byGroup.keys()].sort().map((g) => ({
            apiGroups: [g],
            apiVersions: ["v1"],
            resources: [...(byGroup.get(g) ?? [])].sort(),
            operations,
            resourceNames: [],
            scope: "*",
        }));
        const template = key === "cronjobs" ? "spec.jobTemplate.spec.template" : "spec.template";
        out.push({ key, resourceRules, rewrite: protectedReplacer(template) });
    }
    return out;
}
/**
 * The ValidatingPolicy rewrite: like the ClusterPolicy one, except that an occurrence followed
 * by `.name` or `.namespace` stays on the controller's own metadata.
 */
function protectedReplacer(template) {
    const steps = [];
    for (const [from, to] of [
        ["spec", `${template}.spec`],
        ["metadata", `${template}.metadata`],
    ]) {
        steps.push([`object.${from}`, `object.${to}`], [`oldObject.${from}`, `oldObject.${to}`]);
    }
    return (text) => steps.reduce((t, [from, to]) => replaceUnprotected(t, from, to), text);
}
function replaceUnprotected(text, from, to) {
    let out = "";
    let rest = text;
    for (let i = rest.indexOf(from); i >= 0; i = rest.indexOf(from)) {
        out += rest.slice(0, i);
        rest = rest.slice(i + from.length);
        out += /^\.(name|namespace)(?![A-Za-z0-9_])/.test(rest) ? from : to;
    }
    return out + rest;
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/parse.ts






/** Reads a Kyverno ValidatingPolicy (policies.kyverno.io): a VAP-shaped policy carrying its own actions. */
function parseValidatingPolicy(doc) {
    const policy = parseAdmissionSpec(doc, "ValidatingPolicy");
    const name = policy.name;
    // Kyverno's ValidatingPolicy carries its actions itself; it has no binding object.
    const binding = {
        name,
        at: doc.at(["spec", "validationActions"]),
        actions: validationActions(doc, ["spec", "validationActions"], ["audit"]),
    };
    return { policy, bindings: [binding] };
}
/**
 * A ValidatingPolicy with the variants Kyverno generates for Pod controllers: the same policy
 * (findings keep its name), matching the controllers, with its CEL rewritten to read the Pod
 * template. Match conditions are renamed `autogen-<key>-<name>` as Kyverno names them.
 */
function parseValidatingPolicies(doc) {
    const base = parseValidatingPolicy(doc);
    const out = [base];
    for (const variant of vpolAutogen(doc)) {
        const { policy } = base;
        const rw = variant.rewrite;
        const constraints = { resourceRules: variant.resourceRules, excludeResourceRules: [] };
        const generated = {
            ...policy,
            matches: (r, ctx) => matchesResources(constraints, r, ctx),
            matchConditions: policy.matchConditions.map((c) => ({
                ...c,
                name: `autogen-${variant.key}-${c.name}`,
                expression: rw(c.expression),
            })),
            variables: policy.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
            validations: policy.validations.map((v) => rewriteValidation(v, rw)),
            auditAnnotations: policy.auditAnnotations.map((a) => ({
                ...a,
                valueExpression: rw(a.valueExpression),
            })),
        };
        out.push({ policy: generated, bindings: base.bindings });
    }
    return out;
}
function rewriteValidation(v, rw) {
    const out = { ...v, expression: rw(v.expression) };
    if (v.message !== undefined)
        out.message = rw(v.message);
    if (v.messageExpression !== undefined)
        out.messageExpression = rw(v.messageExpression);
    return out;
}
/** Splits a ClusterPolicy/Policy into its `validate.cel` rules (run here) and the rules the CLI must run. */
function parseKyvernoPolicy(doc) {
    const name = doc.string(["metadata", "name"], true) ?? "";
    const kind = doc.string(["kind"]) ?? "ClusterPolicy";
    const namespace = kind === "Policy" ? doc.string(["metadata", "namespace"]) : undefined;
    const specAction = failureAction(doc, ["spec", "validationFailureAction"], "audit");
    const onFailure = failurePolicy(doc, ["spec", "failurePolicy"]);
    const parts = { cel: [], cli: [], skipped: [] };
    const controllers = policyControllers(doc);
    const generated = [];
    for (const [i] of doc.list(["spec", "rules"]).entries()) {
        const p = ["spec", "rules", i];
        const rule = doc.string([...p, "name"], true) ?? "";
        const action = failureAction(doc, [...p, "validate", "failureAction"], specAction);
        const where = { policy: name, rule, ...doc.at(p), action };
        if (!doc.object([...p, "validate"])) {
            parts.skipped.push(where);
            continue;
        }
        if (!doc.object([...p, "validate", "cel"])) {
            parts.cli.push(where);
            continue;
        }
        const match = parseKyvernoMatch(doc, [...p, "match"]);
        const exclude = parseKyvernoMatch(doc, [...p, "exclude"]);
        const cel = [...p, "validate", "cel"];
        const fallbackMessage = doc.string([...p, "validate", "message"]);
        const checks = validations(doc, [...cel, "expressions"]).map((v) => v.message === undefined && fallbackMessage !== undefined ? { ...v, message: fallbackMessage } : v);
        const source = {
            rule,
            match,
            exclude,
            matchConditions: namedExpressions(doc, [...p, "celPreconditions"], "condition"),
            variables: namedExpressions(doc, [...cel, "variables"]),
            validations: checks,
            auditAnnotations: auditAnnotations(doc, [...cel, "auditAnnotations"]),
        };
        if (checks.length === 0)
            throw doc.fail([...cel, "expressions"], "needs at least one expression");
        const common = {
            kind,
            name,
            namespace,
            at: doc.at(p),
            failurePolicy: onFailure,
            action,
            paramKind: paramKind(doc, [...cel, "paramKind"]),
            paramRef: paramRef(doc, [...cel, "paramRef"]),
        };
        parts.cel.push(celRule(common, source));
        for (const g of autogenRules(rule, match, exclude, controllers)) {
            const rw = g.rewrite;
            generated.push(celRule(common, {
                rule: g.name,
                match: g.match,
                exclude: g.exclude,
                matchConditions: source.matchConditions.map((c) => ({ ...c, expression: rw(c.expression) })),
                variables: source.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
                validations: source.validations.map((v) => rewriteValidation(v, rw)),
                auditAnnotations: source.auditAnnotations.map((a) => ({
                    ...a,
                    valueExpression: rw(a.valueExpression),
                })),
            }));
        }
    }
    // Once Kyverno generates rules, it drops any hand-written rule named like a generated one.
    if (generated.length > 0) {
        parts.cel = parts.cel.filter((b) => !b.policy.rule?.startsWith("autogen-"));
        parts.cel.push(...generated);
    }
    return parts;
}
function celRule(common, source) {
    const { namespace, paramKind: kindOfParams, paramRef: ref } = common;
    const { match, exclude } = source;
    const policy = {
        kind: common.kind,
        name: common.name,
        rule: source.rule,
        at: common.at,
        failurePolicy: common.failurePolicy,
        // A namespaced Policy only ever applies to its own namespace.
        matches: (r, ctx) => (namespace === undefined || r.ref.namespace === namespace) && kyvernoMatches(match, exclude, r, ctx),
        matchConditions: source.matchConditions,
        variables: source.variables,
        validations: source.validations,
        auditAnnotations: source.auditAnnotations,
        celVariables: ADMISSION_VARIABLES,
    };
    if (kindOfParams)
        policy.paramKind = kindOfParams;
    const binding = { name: source.rule, at: common.at, actions: [common.action] };
    if (ref)
        binding.paramRef = ref;
    return { policy, bindings: [binding] };
}
/** Kyverno's Enforce/Audit (any case) as our deny/audit. */
function failureAction(doc, path, fallback) {
    const v = doc.string(path);
    if (v === undefined)
        return fallback;
    if (/^enforce$/i.test(v))
        return "deny";
    if (/^audit$/i.test(v))
        return "audit";
    throw doc.fail(path, `must be Enforce or Audit, got "${v}"`);
}

;// CONCATENATED MODULE: ./packages/policy/src/load/document.ts


/**
 * One YAML document being read as a policy: typed accessors that turn every
 * malformed field into a UserError naming `file:line` and the field's path.
 */
class DocReader {
    yaml;
    doc;
    constructor(yaml, doc) {
        this.yaml = yaml;
        this.doc = doc;
    }
    get file() {
        return this.yaml.file;
    }
    /** Where the document (or the field at `path`) starts. */
    at(path = []) {
        return { file: this.yaml.file, line: (0,src_yaml/* lineAt */.mh)(this.yaml, this.doc, path) };
    }
    fail(path, message) {
        const at = this.at(path);
        const field = path.length ? `${formatPath(path)} ` : "";
        return new errors/* UserError */.yo(`${at.file}:${at.line}: ${field}${message}`, at.file, at.line);
    }
    get(path) {
        let v = this.doc.value;
        for (const p of path) {
            if (typeof v !== "object" || v === null)
                return undefined;
            v = v[p];
        }
        return v;
    }
    string(path, required = false) {
        const v = this.get(path);
        if (v === undefined || v === null) {
            if (required)
                throw this.fail(path, "is required");
            return undefined;
        }
        if (typeof v !== "string")
            throw this.fail(path, "must be a string");
        if (required && v === "")
            throw this.fail(path, "must not be empty");
        return v;
    }
    strings(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
            throw this.fail(path, "must be a list of strings");
        return v;
    }
    list(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v))
            throw this.fail(path, "must be a list");
        return v;
    }
    object(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== "object" || Array.isArray(v))
            throw this.fail(path, "must be a map");
        return v;
    }
    oneOf(path, allowed, fallback) {
        const v = this.string(path);
        if (v === undefined)
            return fallback;
        if (!allowed.includes(v))
            throw this.fail(path, `must be one of ${allowed.join(", ")}, got "${v}"`);
        return v;
    }
}
/** `spec.validations[0].expression` */
function formatPath(path) {
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

;// CONCATENATED MODULE: ./packages/policy/src/load/policies.ts









const policies_MANIFEST = /\.(ya?ml|json)$/i;
/** Files in the policies folder that are never policies. */
const NOT_POLICIES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]);
/**
 * Reads every manifest and Rego file under `dir` (recursively, skipping hidden folders and
 * `skip`, the waivers file). Paths in the result and in messages are relative to `repo`.
 */
function loadPolicies(repo, dir, skip) {
    const set = {
        cel: [],
        kyvernoRules: [],
        kyvernoFiles: [],
        kyvernoExceptions: [],
        rego: [],
        objects: [],
        findings: [],
    };
    const vaps = new Map();
    const bindings = [];
    const skipPath = skip ? (0,external_node_path_.resolve)(repo, skip) : undefined;
    for (const path of (0,src_walk/* walkFiles */.F)((0,external_node_path_.resolve)(repo, dir))) {
        if (path === skipPath)
            continue;
        const file = (0,external_node_path_.relative)(repo, path).split(external_node_path_.sep).join("/");
        if (path.endsWith(".rego")) {
            if (!path.endsWith("_test.rego"))
                set.rego.push(path);
            continue;
        }
        if (!policies_MANIFEST.test(path) || NOT_POLICIES.has(path.slice(path.lastIndexOf(external_node_path_.sep) + 1)))
            continue;
        const yaml = (0,src_yaml/* loadYamlFile */.Y3)(path, file);
        let kyvernoCli = false;
        for (const document of yaml.documents) {
            const doc = new DocReader(yaml, document);
            const apiVersion = doc.get(["apiVersion"]);
            const kind = doc.get(["kind"]);
            if (typeof apiVersion !== "string" || typeof kind !== "string")
                continue;
            const group = apiVersion.split("/")[0] ?? "";
            if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicy") {
                const policy = parseVap(doc);
                if (vaps.has(policy.name))
                    throw doc.fail(["metadata", "name"], `ValidatingAdmissionPolicy "${policy.name}" is defined twice`);
                vaps.set(policy.name, { policy, bindings: [] });
            }
            else if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicyBinding") {
                bindings.push(parseVapBinding(doc));
            }
            else if (group === "policies.kyverno.io" && kind === "ValidatingPolicy") {
                set.cel.push(...parseValidatingPolicies(doc));
            }
            else if (group === "kyverno.io" && (kind === "ClusterPolicy" || kind === "Policy")) {
                const parts = parseKyvernoPolicy(doc);
                set.cel.push(...parts.cel);
                set.kyvernoRules.push(...parts.cli);
                kyvernoCli ||= parts.cli.length > 0;
                for (const s of parts.skipped)
                    set.findings.push(note(s.file, s.line, `${kind} ${s.policy}/${s.rule} is not a validation rule; the policy check skips it`));
            }
            else if (group === "kyverno.io" && kind === "PolicyException") {
                if (!set.kyvernoExceptions.includes(path))
                    set.kyvernoExceptions.push(path);
            }
            else {
                const r = toResource(document.value, { file, line: document.line });
                if (r)
                    set.objects.push(r);
            }
        }
        if (kyvernoCli)
            set.kyvernoFiles.push(path);
    }
    for (const b of bindings) {
        const target = vaps.get(b.policyName);
        if (target)
            target.bindings.push(b);
        else
            set.findings.push(warn(b.at.file, b.at.line, `ValidatingAdmissionPolicyBinding ${b.name} names the policy "${b.policyName}", which is not in the policies folder`));
    }
    for (const { policy, bindings: bound } of vaps.values()) {
        if (bound.length === 0) {
            set.findings.push(warn(policy.at.file, policy.at.line, `ValidatingAdmissionPolicy ${policy.name} has no binding, so Kubernetes never enforces it`));
            continue;
        }
        set.cel.push({ policy, bindings: bound });
    }
    return set;
}
/** True when `dir` (relative to `repo`) is a folder. */
function isFolder(repo, dir) {
    try {
        return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(repo, dir)).isDirectory();
    }
    catch {
        return false;
    }
}
/** The policies folder must exist when it was asked for by name. */
function requireFolder(repo, dir, flag) {
    if (!isFolder(repo, dir))
        throw new UserError(`${flag} ${dir}: no such folder`, dir);
}
function warn(file, line, message) {
    return { tool: "policy", rule: "policy/configuration", severity: "warning", message, file, line };
}
function note(file, line, message) {
    return { tool: "policy", rule: "policy/configuration", severity: "notice", message, file, line };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/tools/src/archive.ts
/**
 * Takes one binary out of a verified archive. Every entry is checked first:
 * an absolute path, a ".." segment, a link that points outside the archive or
 * a device file makes the whole archive unsafe, and nothing is installed.
 * Only the wanted binary is written, as a regular file with mode 0755.
 */








/** Largest binary we write (1 GiB), whatever the archive claims. */
const MAX_BINARY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 * 1024));
/**
 * Writes the file at `bin` inside `archive` to `dest` with mode 0755 and
 * returns its SHA-256. `label` names the tool in errors.
 */
async function archive_extractBinary(archive, type, bin, dest, label) {
    if (type === "binary") {
        copyFileSync(archive, dest);
        chmodSync(dest, 0o755);
        return archive_sha256File(dest);
    }
    const sha = type === "zip" ? await fromZip(archive, bin, dest, label) : await fromTarGz(archive, bin, dest, label);
    chmodSync(dest, 0o755);
    return sha;
}
/** Why an entry is unsafe, or undefined. `link` is a symlink's target, `hardlink` a hard link's. */
function unsafeEntryReason(path, link) {
    if (path.includes("\0"))
        return "a NUL byte in the name";
    if (path.includes("\\"))
        return "a backslash in the name";
    if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
        return "an absolute path";
    if (path.split("/").includes(".."))
        return 'a ".." segment';
    if (link) {
        const target = link.target;
        if (target.startsWith("/") || /^[A-Za-z]:/.test(target) || target.includes("\\")) {
            return `a link to an absolute path (${target})`;
        }
        // A symlink resolves from its own folder; a hard link from the archive root.
        const resolved = posix.normalize(link.hard ? target : posix.join(posix.dirname(path), target));
        if (resolved === ".." || resolved.startsWith("../"))
            return `a link that escapes the archive (${target})`;
    }
    return undefined;
}
function normalizeEntry(path) {
    return posix
        .normalize(path)
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "");
}
function unsafe(label, entry, reason) {
    const name = entry === undefined ? "" : ` ${JSON.stringify(entry)}`;
    return new UserError(`${label}: the archive has an unsafe entry${name} (${reason}); nothing was installed`);
}
function missing(label, bin, seen) {
    const some = seen
        .slice(0, 10)
        .map((s) => JSON.stringify(s))
        .join(", ");
    return new UserError(`${label}: "${bin}" is not in the archive (it holds ${some}${seen.length > 10 ? ", ..." : ""}); set "bin" in the manifest`);
}
async function fromTarGz(archive, bin, dest, label) {
    let problem;
    let written;
    const seen = [];
    try {
        await tar.t({
            file: archive,
            strict: true,
            noResume: true,
            onReadEntry: (entry) => {
                const path = entry.path;
                seen.push(path);
                const type = entry.type;
                const link = type === "SymbolicLink" || type === "Link"
                    ? { target: entry.linkpath ?? "", hard: type === "Link" }
                    : undefined;
                const reason = unsafeEntryReason(path, link) ??
                    (["CharacterDevice", "BlockDevice", "FIFO"].includes(type) ? `a ${type} entry` : undefined);
                if (reason)
                    problem ??= unsafe(label, path, reason);
                if (!problem && normalizeEntry(path) === bin) {
                    if (written)
                        problem = new UserError(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
                    else if (type !== "File" && type !== "OldFile" && type !== "ContiguousFile") {
                        problem = new UserError(`${label}: "${bin}" in the archive is a ${type}, not a regular file; nothing was installed`);
                    }
                    else {
                        written = writeHashed(entry, dest);
                        return;
                    }
                }
                entry.resume();
            },
        });
    }
    catch (err) {
        throw new UserError(`${label}: not a readable tar.gz archive (${messageOf(err)})`);
    }
    const sha = await written?.catch((err) => {
        throw new UserError(`${label}: cannot write the binary: ${messageOf(err)}`);
    });
    if (problem)
        throw problem;
    if (sha === undefined)
        throw missing(label, bin, seen);
    return sha;
}
function openZip(path) {
    return new Promise((resolve, reject) => {
        // yauzl itself rejects absolute paths and ".." (strictFileNames also refuses backslashes).
        yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zip) => {
            if (err)
                reject(err);
            else
                resolve(zip);
        });
    });
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
            if (err)
                reject(err);
            else
                resolve(stream);
        });
    });
}
async function readSmall(stream, limit) {
    const chunks = [];
    let n = 0;
    for await (const chunk of stream) {
        n += chunk.length;
        if (n > limit)
            throw new Error("link target too long");
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
}
async function fromZip(archive, bin, dest, label) {
    let zip;
    try {
        zip = await openZip(archive);
    }
    catch (err) {
        throw new UserError(`${label}: not a readable zip archive (${messageOf(err)})`);
    }
    const seen = [];
    let sha;
    try {
        const entries = await new Promise((resolve, reject) => {
            const list = [];
            zip.on("entry", (e) => {
                list.push(e);
                zip.readEntry();
            });
            zip.on("end", () => {
                resolve(list);
            });
            zip.on("error", reject);
            zip.readEntry();
        }).catch((err) => {
            // yauzl's own name checks ("invalid relative path", "absolute path") land here.
            throw unsafe(label, undefined, messageOf(err));
        });
        // Check every entry before writing anything.
        const links = new Map();
        for (const entry of entries) {
            seen.push(entry.fileName);
            const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
            let link;
            if (mode === 0o120000) {
                const target = await readSmall(await openEntry(zip, entry), 4096);
                links.set(entry, target);
                link = { target, hard: false };
            }
            else if (mode !== 0 && mode !== 0o100000 && mode !== 0o040000) {
                throw unsafe(label, entry.fileName, "a special file");
            }
            const reason = unsafeEntryReason(entry.fileName, link);
            if (reason)
                throw unsafe(label, entry.fileName, reason);
        }
        const matches = entries.filter((e) => !e.fileName.endsWith("/") && normalizeEntry(e.fileName) === bin);
        if (matches.length > 1)
            throw new UserError(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
        const entry = matches[0];
        if (!entry)
            throw missing(label, bin, seen);
        if (links.has(entry))
            throw new UserError(`${label}: "${bin}" in the archive is a symlink, not a regular file; nothing was installed`);
        try {
            sha = await writeHashed(await openEntry(zip, entry), dest);
        }
        catch (err) {
            throw new UserError(`${label}: cannot extract "${bin}": ${messageOf(err)}`);
        }
    }
    catch (err) {
        if (err instanceof UserError)
            throw err;
        throw new UserError(`${label}: not a readable zip archive (${messageOf(err)})`);
    }
    finally {
        zip.close();
    }
    return sha;
}
/** Streams `source` to `dest` (mode 0755) and returns its SHA-256. */
async function writeHashed(source, dest) {
    const hash = createHash("sha256");
    let bytes = 0;
    await pipeline(source, new Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            if (bytes > MAX_BINARY_BYTES) {
                done(new Error(`the binary is larger than ${MAX_BINARY_BYTES} bytes`));
                return;
            }
            hash.update(chunk);
            done(null, chunk);
        },
    }), createWriteStream(dest, { mode: 0o755 }));
    return hash.digest("hex");
}
/** SHA-256 of a file, streamed. */
async function archive_sha256File(path) {
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path))
        hash.update(chunk);
    return hash.digest("hex");
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./packages/tools/src/download.ts
/**
 * Downloads over HTTPS (plain HTTP only on loopback) with retries, streaming
 * to a file while hashing. It never trusts what it fetched: the caller checks
 * the digest before anything is extracted.
 */







/** A download that failed; `retryable` says whether another attempt may help. */
class DownloadError extends errors/* UserError */.yo {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
    }
}
const MAX_REDIRECTS = 10;
/** True for 127.0.0.0/8, ::1 and localhost: the only hosts plain http may reach. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    if (host === "localhost" || host === "::1")
        return true;
    return isIPv4(host) && host.startsWith("127.");
}
/**
 * Throws a `UserError` unless `url` may be fetched: https anywhere, http only
 * on loopback, never with credentials in the URL (they would end up in logs).
 */
function assertAllowedUrl(url, what = url.href) {
    if (url.username || url.password) {
        throw new UserError(`refusing ${download_redact(url)}: credentials in a URL end up in logs`);
    }
    if (url.protocol === "https:")
        return;
    if (url.protocol === "http:" && isLoopbackHost(url.hostname))
        return;
    throw new UserError(`refusing to download ${what}: only https:// URLs are allowed (plain http only on loopback: 127.0.0.0/8, ::1, localhost)`);
}
/**
 * Parses the `mirror` setting: an http(s) base URL without credentials, query
 * or fragment. Its scheme, host and path prefix replace the scheme and host of
 * every download URL.
 */
function download_parseMirror(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new UserError(`mirror ${JSON.stringify(text)} is not an absolute URL such as https://mirror.example.com/releases`);
    }
    if (url.search || url.hash)
        throw new UserError(`mirror ${JSON.stringify(text)} must not have a query or fragment`);
    assertAllowedUrl(url, `from mirror ${JSON.stringify(text)}`);
    return url;
}
/** `https://github.com/a/b?x` with mirror `https://m.example/gh` becomes `https://m.example/gh/a/b?x`. */
function download_applyMirror(url, mirror) {
    if (!mirror)
        return url;
    const original = new URL(url);
    const prefix = mirror.pathname.replace(/\/+$/, "");
    return `${mirror.protocol}//${mirror.host}${prefix}${original.pathname}${original.search}`;
}
/**
 * Downloads `url` to `dest`, retrying what may be transient. An HTML page in
 * place of the file, a 4xx, or a body cut short after every retry is a
 * `DownloadError` with a message saying which.
 */
async function download_download(url, dest, options = {}) {
    const retries = options.retries ?? 4;
    const baseDelay = options.retryDelayMs ?? 1000;
    for (let attempt = 0;; attempt++) {
        try {
            return await downloadOnce(url, dest, options);
        }
        catch (err) {
            rmSync(dest, { force: true });
            const retryable = err instanceof DownloadError ? err.retryable : !(err instanceof UserError);
            if (!retryable)
                throw err;
            const message = err instanceof DownloadError ? err.message : describeNetworkError(err, url);
            if (attempt >= retries) {
                throw new DownloadError(`${message} (gave up after ${attempt + 1} attempts)`, false);
            }
            const delay = baseDelay * 2 ** attempt;
            options.onRetry?.(`${message}; retrying in ${formatDelay(delay)} (attempt ${attempt + 2} of ${retries + 1})`);
            await sleep(delay);
        }
    }
}
async function downloadOnce(url, dest, options) {
    const signal = AbortSignal.timeout(options.timeoutMs ?? 10 * 60 * 1000);
    const maxBytes = options.maxBytes ?? 1024 * 1024 * 1024;
    let current = new URL(url);
    let response;
    for (let hops = 0;; hops++) {
        assertAllowedUrl(current);
        // Redirects are followed by hand so every hop is held to the same rule:
        // an https URL must not be bounced to plain http.
        response = await fetch(current, {
            redirect: "manual",
            signal,
            headers: { "user-agent": "gitops-actions-setup-tools" },
        });
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && location) {
            await response.body?.cancel();
            if (hops >= MAX_REDIRECTS)
                throw new DownloadError(`${url}: more than ${MAX_REDIRECTS} redirects`, false);
            current = new URL(location, current);
            continue;
        }
        break;
    }
    // A redirect to storage is usually pre-signed (X-Amz-Signature=..., jwt=...): show it without its query.
    const shown = current.href === url ? url : `${url} (redirected to ${current.origin}${current.pathname})`;
    if (!response.ok) {
        await response.body?.cancel();
        const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
        const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
        const hint = response.status === 404 ? "; check the version and, for a mirror or user manifest, the URL" : "";
        throw new DownloadError(`${status} from ${shown}${hint}`, retryable);
    }
    const contentType = response.headers.get("content-type") ?? "";
    if (/^\s*text\/html\b/i.test(contentType)) {
        await response.body?.cancel();
        throw htmlError(shown);
    }
    const lengthHeader = response.headers.get("content-length");
    const expected = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
    if (expected !== undefined && expected > maxBytes) {
        await response.body?.cancel();
        throw new DownloadError(`${shown} is ${expected} bytes, more than the ${maxBytes}-byte limit`, false);
    }
    if (!response.body)
        throw new DownloadError(`${shown} returned no body`, true);
    const hash = createHash("sha256");
    let bytes = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            if (bytes > maxBytes) {
                done(new DownloadError(`${shown} is larger than the ${maxBytes}-byte limit`, false));
                return;
            }
            if (head.length < 512)
                head = Buffer.concat([head, chunk.subarray(0, 512 - head.length)]);
            hash.update(chunk);
            done(null, chunk);
        },
    });
    try {
        await pipeline(Readable.fromWeb(response.body), meter, createWriteStream(dest));
    }
    catch (err) {
        if (err instanceof DownloadError)
            throw err;
        // The connection dropped mid-body: a truncated file, which a retry may fix.
        const of = expected !== undefined ? ` of ${expected}` : "";
        throw new DownloadError(`${shown}: the download was cut off after ${bytes}${of} bytes (${causeOf(err)})`, true);
    }
    if (expected !== undefined && bytes !== expected) {
        throw new DownloadError(`${shown}: the download was cut off after ${bytes} of ${expected} bytes (truncated)`, true);
    }
    if (looksLikeHtml(head))
        throw htmlError(shown);
    return { sha256: hash.digest("hex"), bytes, finalUrl: current.href };
}
function htmlError(shown) {
    return new DownloadError(`${shown} returned an HTML page instead of the file (a login page, a proxy's error page or a wrong URL?); nothing was installed`, false);
}
/** True when the first bytes are an HTML document rather than an archive or binary. */
function looksLikeHtml(head) {
    const text = head
        .toString("latin1")
        .replace(/^\uFEFF/, "")
        .trimStart()
        .slice(0, 64)
        .toLowerCase();
    return (text.startsWith("<!doctype html") ||
        text.startsWith("<html") ||
        text.startsWith("<head") ||
        text.startsWith("<body"));
}
function describeNetworkError(err, url) {
    if (err instanceof Error && err.name === "TimeoutError")
        return `${url}: timed out`;
    return `${url}: ${causeOf(err)}`;
}
/** undici wraps the socket error in `cause`; that is the part people can act on. */
function causeOf(err) {
    const cause = err.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return code ? `${code}: ${cause.message}` : cause.message;
    }
    return messageOf(err);
}
function formatDelay(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)}s` : `${ms}ms`;
}
function download_redact(url) {
    const copy = new URL(url.href);
    copy.username = "";
    copy.password = "";
    return copy.href;
}

;// CONCATENATED MODULE: ./packages/tools/src/platform.ts

/** Every platform a manifest may pin, in the order they are shown. */
const platform_PLATFORM_KEYS = (/* unused pure expression or super */ null && ([
    "linux-amd64",
    "linux-arm64",
    "darwin-amd64",
    "darwin-arm64",
]));
const OS_OF = { linux: "linux", darwin: "darwin" };
const ARCH_OF = { x64: "amd64", arm64: "arm64" };
/**
 * Maps Node's `process.platform`/`process.arch` to a platform, or throws a
 * `UserError` naming what is supported.
 */
function platform_platformOf(platform = process.platform, arch = process.arch) {
    const os = OS_OF[platform];
    const a = ARCH_OF[arch];
    if (!os || !a) {
        throw new UserError(`setup-tools supports ${platform_PLATFORM_KEYS.join(", ")}; this machine is ${platform}-${arch}`);
    }
    return { os, arch: a, key: `${os}-${a}` };
}

;// CONCATENATED MODULE: ./packages/tools/src/manifest.ts
/**
 * The tool manifest: which version of each tool to install, where from, and
 * the SHA-256 of its release archive per platform. The built-in manifest
 * (`packages/tools/manifest.yaml`, bundled next to each dist entry by ncc) can
 * be overridden by a user manifest of the same format, merged tool by tool.
 */





const ARCHIVE_TYPES = (/* unused pure expression or super */ null && (["tar.gz", "zip", "binary"]));
/** Every tool the suite uses, installed when no list is given. */
const manifest_DEFAULT_TOOLS = (/* unused pure expression or super */ null && ([
    "kustomize",
    "helm",
    "kubeconform",
    "conftest",
    "kyverno",
    "gitleaks",
]));
const BUILT_IN = "built-in";
/** Tool names: they become folder names in the tool cache and keys of the outputs. */
const NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;
/** MAJOR.MINOR.PATCH with an optional pre-release; never a path separator or "..". */
const VERSION_RE = /^\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?$/;
const SHA256_RE = /^[0-9a-f]{64}$/;
const PLACEHOLDER_RE = /\{([^{}]*)\}/g;
const PLACEHOLDERS = new Set(["version", "os", "arch"]);
const NAME_TOKEN_RE = /^[A-Za-z0-9._-]{1,40}$/;
/**
 * Checks a version string and returns it without a leading "v", or throws a
 * `UserError` saying what a version looks like. Versions end up in URLs and
 * cache paths, so nothing but digits, dots and a plain pre-release passes.
 */
function normalizeVersion(value, what) {
    const v = value.startsWith("v") ? value.slice(1) : value;
    if (v.length > 64 || !VERSION_RE.test(v)) {
        throw new UserError(`${what}: invalid version ${JSON.stringify(value)}; expected MAJOR.MINOR.PATCH such as 5.7.1 (a leading "v" is allowed)`);
    }
    return v;
}
/**
 * Parses `name` / `name@version` entries. A name listed twice with different
 * versions is an error; listed twice the same way, it is installed once.
 */
function manifest_parseToolRequests(entries) {
    const byName = new Map();
    for (const entry of entries) {
        const at = entry.indexOf("@");
        const name = at === -1 ? entry : entry.slice(0, at);
        if (!NAME_RE.test(name)) {
            throw new UserError(`invalid tool ${JSON.stringify(entry)}: expected a name such as "kustomize" or "kustomize@5.7.1"`);
        }
        const version = at === -1 ? undefined : normalizeVersion(entry.slice(at + 1), `tool "${name}"`);
        const seen = byName.get(name);
        if (seen && seen.version !== version) {
            throw new UserError(`tool "${name}" is listed twice with different versions`);
        }
        byName.set(name, version === undefined ? { name } : { name, version });
    }
    return [...byName.values()];
}
let builtIn;
/** The manifest shipped with gitops-actions (parsed once). */
function builtInManifest() {
    // The literal `new URL(..., import.meta.url)` lets ncc find the file and
    // copy it next to each bundle, so dist/<entry>/index.js reads its own copy
    // from wherever it is run.
    builtIn ??= parseManifest(readFileSync(/* unused asset import */ undefined, "utf8"), BUILT_IN);
    return builtIn;
}
/** Parses manifest text; `file` names it in errors ("built-in" for ours). */
function parseManifest(text, file) {
    return fromYaml(parseYaml(text, file), file, file === BUILT_IN);
}
/** Reads a user manifest from disk. */
function loadUserManifest(path, displayPath = path) {
    return fromYaml(loadYamlFile(path, displayPath), displayPath, false);
}
/** The built-in manifest with an optional user manifest merged over it. */
function manifest_loadManifest(userManifestPath, displayPath) {
    const base = builtInManifest();
    if (userManifestPath === undefined)
        return base;
    return mergeManifests(base, loadUserManifest(userManifestPath, displayPath ?? userManifestPath));
}
/**
 * Merges `user` over `base`, tool by tool and field by field. The digests
 * belong to a version: when the user pins another version, the built-in
 * digests are dropped and only the user's count. When the user changes only
 * the URL (an internal mirror of the same files), the built-in digests stay.
 */
function mergeManifests(base, user) {
    const tools = new Map(base.tools);
    for (const [name, pin] of user.tools) {
        const old = base.tools.get(name);
        if (!old) {
            tools.set(name, pin);
            continue;
        }
        const raw = userFields.get(pin) ?? new Set();
        const sameVersion = !raw.has("version") || pin.version === old.version;
        tools.set(name, {
            name,
            version: raw.has("version") ? pin.version : old.version,
            url: raw.has("url") ? pin.url : old.url,
            bin: raw.has("bin") ? pin.bin : old.bin,
            archive: raw.has("archive") ? pin.archive : old.archive,
            os: raw.has("os") ? pin.os : old.os,
            arch: raw.has("arch") ? pin.arch : old.arch,
            versionArgs: raw.has("version-args") ? pin.versionArgs : old.versionArgs,
            sha256: sameVersion ? { ...old.sha256, ...pin.sha256 } : pin.sha256,
            sources: raw.has("sources") ? pin.sources : old.sources,
            origin: pin.origin,
        });
    }
    return { tools };
}
/** Which keys a user manifest actually set, so a merge can tell "absent" from "default". */
const userFields = new WeakMap();
const TOOL_KEYS = (/* unused pure expression or super */ null && (["version", "url", "bin", "archive", "os", "arch", "version-args", "sha256", "sources"]));
function fromYaml(yaml, file, strictBuiltIn) {
    if (yaml.documents.length !== 1) {
        throw new UserError(`${file}: expected one YAML document, found ${yaml.documents.length}`, file);
    }
    const doc = yaml.documents[0];
    const fail = (path, message) => {
        const line = lineAt(yaml, doc, path);
        throw new UserError(`${file}:${line}: ${message}`, file, line);
    };
    const root = doc.value;
    if (!isRecord(root))
        return fail([], 'a manifest is a mapping with a "tools" key');
    for (const key of Object.keys(root)) {
        if (key !== "tools")
            fail([key], `unknown key "${key}"; allowed here: tools`);
    }
    const toolsNode = root.tools;
    if (!isRecord(toolsNode))
        return fail(["tools"], '"tools" must be a mapping of tool name to pin');
    const tools = new Map();
    for (const [name, entry] of Object.entries(toolsNode)) {
        const at = (...rest) => ["tools", name, ...rest];
        if (!NAME_RE.test(name)) {
            fail(at(), `invalid tool name "${name}": lower-case letters, digits and "-", starting with a letter`);
        }
        if (!isRecord(entry))
            return fail(at(), `tools.${name} must be a mapping`);
        for (const key of Object.keys(entry)) {
            if (!TOOL_KEYS.includes(key))
                fail(at(key), `unknown key "tools.${name}.${key}"; allowed here: ${TOOL_KEYS.join(", ")}`);
        }
        const str = (key) => {
            const v = entry[key];
            if (v === undefined)
                return undefined;
            if (typeof v !== "string" || v === "") {
                return fail(at(key), `tools.${name}.${key} must be a non-empty string${typeof v === "number" ? " (quote it)" : ""}`);
            }
            return v;
        };
        const strList = (key) => {
            const v = entry[key];
            if (v === undefined)
                return undefined;
            if (!Array.isArray(v) || v.some((s) => typeof s !== "string") || v.length > 16) {
                return fail(at(key), `tools.${name}.${key} must be a list of strings`);
            }
            return v;
        };
        const nameMap = (key, allowed) => {
            const v = entry[key];
            if (v === undefined)
                return undefined;
            if (!isRecord(v))
                return fail(at(key), `tools.${name}.${key} must be a mapping such as { ${allowed[0]}: ... }`);
            for (const [k, s] of Object.entries(v)) {
                if (!allowed.includes(k)) {
                    fail(at(key, k), `unknown key "tools.${name}.${key}.${k}"; allowed here: ${allowed.join(", ")}`);
                }
                if (typeof s !== "string" || !NAME_TOKEN_RE.test(s)) {
                    fail(at(key, k), `tools.${name}.${key}.${k} must be a plain name such as "x86_64"`);
                }
            }
            return v;
        };
        const versionText = str("version");
        let version;
        if (versionText !== undefined) {
            try {
                version = normalizeVersion(versionText, `tools.${name}.version`);
            }
            catch (err) {
                fail(at("version"), err.message);
            }
        }
        else if (entry.version !== undefined) {
            fail(at("version"), `tools.${name}.version must be a string`);
        }
        const url = str("url");
        if (url !== undefined) {
            const problem = templateProblem(url, true);
            if (problem)
                fail(at("url"), `tools.${name}.url ${problem}`);
        }
        const bin = str("bin");
        if (bin !== undefined) {
            const problem = templateProblem(bin, false) ?? relativePathProblem(bin);
            if (problem)
                fail(at("bin"), `tools.${name}.bin ${problem}`);
        }
        const archive = str("archive");
        if (archive !== undefined && !ARCHIVE_TYPES.includes(archive)) {
            fail(at("archive"), `tools.${name}.archive must be one of ${ARCHIVE_TYPES.join(", ")}`);
        }
        const shaNode = entry.sha256;
        const sha256 = {};
        if (shaNode !== undefined) {
            if (!isRecord(shaNode))
                return fail(at("sha256"), `tools.${name}.sha256 must be a mapping of platform to digest`);
            for (const [k, v] of Object.entries(shaNode)) {
                if (!PLATFORM_KEYS.includes(k)) {
                    fail(at("sha256", k), `unknown platform "${k}" in tools.${name}.sha256; allowed: ${PLATFORM_KEYS.join(", ")}`);
                }
                const hex = typeof v === "string" ? v.toLowerCase() : "";
                if (!SHA256_RE.test(hex)) {
                    fail(at("sha256", k), `tools.${name}.sha256.${k} must be 64 hex digits (a SHA-256), got ${JSON.stringify(v)}`);
                }
                sha256[k] = hex;
            }
        }
        const versionArgs = strList("version-args");
        const sources = strList("sources");
        const os = nameMap("os", ["linux", "darwin"]);
        const arch = nameMap("arch", ["amd64", "arm64"]);
        // A tool the built-in manifest does not know needs enough to be installed.
        const isNew = strictBuiltIn || !builtInHas(name);
        if (isNew && version === undefined)
            fail(at(), `tools.${name} needs "version"`);
        if (isNew && url === undefined)
            fail(at(), `tools.${name} needs "url"`);
        if (strictBuiltIn && (sources === undefined || sources.length === 0)) {
            fail(at(), `tools.${name} needs "sources" naming where its digests were read`);
        }
        const pin = {
            name,
            version: version ?? "",
            url: url ?? "",
            bin: bin ?? name,
            ...(archive ? { archive: archive } : {}),
            os: os ?? {},
            arch: arch ?? {},
            versionArgs: versionArgs ?? ["version"],
            sha256,
            sources: sources ?? [],
            origin: file,
        };
        userFields.set(pin, new Set(Object.keys(entry)));
        tools.set(name, pin);
    }
    return { tools };
}
function builtInHas(name) {
    return builtInManifest().tools.has(name);
}
/** Why `template` is not a usable URL or path template, or undefined. */
function templateProblem(template, isUrl) {
    for (const m of template.matchAll(PLACEHOLDER_RE)) {
        if (!PLACEHOLDERS.has(m[1] ?? "")) {
            return `has an unknown placeholder "{${m[1]}}"; use {version}, {os} or {arch}`;
        }
    }
    if (/\s/.test(template))
        return "must not contain whitespace";
    if (!isUrl)
        return undefined;
    let url;
    try {
        url = new URL(expand(template, { version: "1.0.0", os: "linux", arch: "amd64" }));
    }
    catch {
        return "is not an absolute URL";
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        return "must be an https:// URL";
    if (url.username || url.password)
        return "must not carry credentials";
    return undefined;
}
function relativePathProblem(path) {
    if (path.startsWith("/") || path.includes("\\") || path.includes("\0")) {
        return "must be a relative path inside the archive";
    }
    if (path.split("/").includes(".."))
        return 'must not contain ".."';
    return undefined;
}
/** Substitutes `{version}`, `{os}` and `{arch}`. */
function expand(template, values) {
    return template.replace(PLACEHOLDER_RE, (whole, key) => key === "version" || key === "os" || key === "arch" ? values[key] : whole);
}
/**
 * Resolves a request against the manifest for `platform`. Fails closed: an
 * unknown tool, a version the manifest does not pin, or a platform without a
 * digest is a `UserError` that shows how to pin it in a user manifest.
 */
function manifest_resolveTool(manifest, request, platform) {
    const pin = manifest.tools.get(request.name);
    if (!pin) {
        throw new UserError(`unknown tool "${request.name}"; the manifest knows ${[...manifest.tools.keys()].join(", ")}. ` +
            `To install another tool, describe it in a user manifest:\n${pinSnippet(request.name, request.version ?? "1.2.3", platform.key, true)}`);
    }
    const version = request.version ?? pin.version;
    const values = {
        version,
        os: pin.os[platform.os] ?? platform.os,
        arch: pin.arch[platform.arch] ?? platform.arch,
    };
    const url = expand(pin.url, values);
    const sha256 = version === pin.version ? pin.sha256[platform.key] : undefined;
    if (!sha256) {
        const why = version !== pin.version
            ? `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} pins ${pin.name} ${pin.version}, not ${version}`
            : `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} has no SHA-256 for ${platform.key}`;
        throw new UserError(`no pinned SHA-256 for ${pin.name} ${version} on ${platform.key} (${why}), so it is not installed: ` +
            `setup-tools never runs a download it cannot verify. Pin it in a user manifest (the "manifest" input, ` +
            `or "gitops tools install --manifest FILE") with the digest of ${url} from the project's published checksums file:\n` +
            pinSnippet(pin.name, version, platform.key, false));
    }
    const bin = posix.normalize(expand(pin.bin, values)).replace(/^(\.\/)+/, "");
    return {
        name: pin.name,
        version,
        url,
        archive: pin.archive ?? archiveTypeOf(url),
        bin,
        binaryName: posix.basename(bin),
        sha256,
        versionArgs: pin.versionArgs,
        platform,
        origin: pin.origin,
    };
}
/** The archive type a URL's file name implies. */
function archiveTypeOf(url) {
    const path = new URL(url).pathname.toLowerCase();
    if (path.endsWith(".tar.gz") || path.endsWith(".tgz"))
        return "tar.gz";
    if (path.endsWith(".zip"))
        return "zip";
    return "binary";
}
function pinSnippet(name, version, platform, withUrl) {
    const lines = ["tools:", `  ${name}:`, `    version: "${version}"`];
    if (withUrl) {
        lines.push(`    url: "https://example.com/${name}_v{version}_{os}_{arch}.tar.gz"`, `    bin: ${name}`);
    }
    lines.push("    sha256:", `      ${platform}: "<64 hex digits from the project's checksums file>"`);
    return lines.map((l) => `  ${l}`).join("\n");
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/tools/src/install.ts
/**
 * Installs pinned tools: use the requested version when it is already on
 * PATH, else a cached copy that verifies again, else download, check the
 * SHA-256, extract safely and move the binary into the tool cache atomically.
 */











/** Written next to each cached binary when it is installed. */
const RECORD = ".gitops-tool.json";
const quiet = { info: () => undefined, warning: () => undefined };
/**
 * Installs the requested tools. Everything is resolved first, so an unknown
 * tool or an unpinned platform fails before anything is downloaded. Tools are
 * then installed in parallel; if any fails, the error names every failure and
 * the caller puts nothing on PATH.
 */
async function installTools(options) {
    const env = options.env ?? process.env;
    const log = options.log ?? quiet;
    const platform = options.platform ?? platformOf();
    const manifest = options.manifest ?? loadManifest(options.manifestPath, options.manifestDisplayPath);
    const mirror = options.mirror ? parseMirror(options.mirror) : undefined;
    const requests = parseToolRequests(options.tools.length > 0 ? options.tools : DEFAULT_TOOLS);
    const problems = [];
    const tools = [];
    for (const request of requests) {
        try {
            const tool = resolveTool(manifest, request, platform);
            tools.push({ ...tool, url: applyMirror(tool.url, mirror) });
        }
        catch (err) {
            if (!isUserError(err))
                throw err;
            problems.push(err.message);
        }
    }
    if (problems.length > 0)
        throw new UserError(problems.join("\n"));
    const cacheRoot = options.cacheRoot ?? toolCacheRoots(env)[0];
    if (!cacheRoot)
        throw new UserError("no tool cache: set RUNNER_TOOL_CACHE, XDG_CACHE_HOME or HOME");
    const ctx = {
        env,
        log,
        cacheRoot,
        cacheRoots: [cacheRoot, ...toolCacheRoots(env)],
        tempDir: options.tempDir ?? env.RUNNER_TEMP ?? tmpdir(),
        download: { ...downloadTuning(env), ...options.download },
    };
    const settled = await Promise.allSettled(tools.map((tool) => installOne(tool, ctx)));
    const failures = [];
    const installed = [];
    for (const result of settled) {
        if (result.status === "fulfilled")
            installed.push(result.value);
        else if (isUserError(result.reason))
            failures.push(result.reason.message);
        else
            throw result.reason;
    }
    if (failures.length > 0)
        throw new UserError(failures.join("\n"));
    const pathDirs = [...new Set(installed.filter((t) => t.source !== "path").map((t) => t.dir))];
    return { tools: installed, pathDirs };
}
/** GITOPS_TOOLS_RETRIES and GITOPS_TOOLS_RETRY_DELAY_MS tune the retries (tests make them fast). */
function downloadTuning(env) {
    const number = (name) => {
        const value = env[name];
        return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
    };
    const retries = number("GITOPS_TOOLS_RETRIES");
    const retryDelayMs = number("GITOPS_TOOLS_RETRY_DELAY_MS");
    return {
        ...(retries !== undefined ? { retries } : {}),
        ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
    };
}
async function installOne(tool, ctx) {
    const label = `${tool.name} ${tool.version}`;
    // 1. The requested version already on PATH is used as it is. A binary in
    //    one of our caches is not taken on its word: it is verified below.
    const onPath = findOnPath(tool.binaryName, ctx.env);
    if (onPath && !ctx.cacheRoots.some((root) => isInside(onPath, root))) {
        if (await reportsVersion(onPath, tool, ctx.env)) {
            ctx.log.info(`${label}: using ${onPath}, already on PATH`);
            return { name: tool.name, version: tool.version, dir: dirname(onPath), path: onPath, source: "path" };
        }
    }
    // 2. A cached copy is verified again before reuse: self-hosted runners keep
    //    their tool cache between jobs, and anything may have touched it.
    const dir = toolCacheDir(ctx.cacheRoot, tool.name, tool.version, tool.platform.arch);
    const binary = join(dir, tool.binaryName);
    if (existsSync(dir)) {
        const problem = await cachedCopyProblem(dir, tool);
        if (problem === undefined) {
            ctx.log.info(`${label}: cached copy verified (${binary})`);
            return {
                name: tool.name,
                version: tool.version,
                dir,
                path: binary,
                source: "cache",
                sha256: tool.sha256,
            };
        }
        // Removed at once, so nothing (findTool included) can pick it up even if the download below fails.
        removeDir(dir, ctx.cacheRoot);
        ctx.log.warning(`${label}: the cached copy in ${dir} failed verification (${problem}); removed it, installing again`);
    }
    // 3. Download to a private temp folder, check the digest, and only then extract.
    mkdirSync(ctx.tempDir, { recursive: true });
    const work = mkdtempSync(join(ctx.tempDir, "gitops-tools-"));
    try {
        const archive = join(work, "download");
        ctx.log.info(`${label}: downloading ${tool.url}`);
        const got = await download(tool.url, archive, {
            ...ctx.download,
            onRetry: (message) => {
                ctx.log.warning(`${label}: ${message}`);
            },
        }).catch((err) => {
            throw isUserError(err) ? new UserError(`${label}: ${err.message}`) : err;
        });
        if (got.sha256 !== tool.sha256) {
            throw new UserError(`${label}: checksum mismatch for ${tool.url} (${tool.platform.key}): expected ${tool.sha256}, got ${got.sha256}. ` +
                `The download was deleted and nothing was installed. Do not change the pin without checking the digest ` +
                `against the project's published checksums file (pinned in ${tool.origin === "built-in" ? "the built-in manifest" : tool.origin}).`);
        }
        return await placeInCache(tool, archive, dir, ctx);
    }
    finally {
        rmSync(work, { recursive: true, force: true });
    }
}
/** Extracts into a staging folder under the cache root, then renames it into place. */
async function placeInCache(tool, archive, dir, ctx) {
    const label = `${tool.name} ${tool.version}`;
    mkdirSync(ctx.cacheRoot, { recursive: true });
    // Same file system as the final folder, so the rename below is atomic; the
    // name keeps it out of the gitops-<name>/ folders that findTool searches.
    const staging = mkdtempSync(join(ctx.cacheRoot, ".gitops-staging-"));
    try {
        const binarySha256 = await extractBinary(archive, tool.archive, tool.bin, join(staging, tool.binaryName), label);
        const record = {
            tool: tool.name,
            version: tool.version,
            platform: tool.platform.key,
            url: tool.url,
            archiveSha256: tool.sha256,
            binarySha256,
        };
        writeFileSync(join(staging, RECORD), JSON.stringify(record, null, 2) + "\n");
        mkdirSync(dirname(dir), { recursive: true });
        // Something put a copy there since the check above: it has not been verified, so it goes.
        if (existsSync(dir))
            removeDir(dir, ctx.cacheRoot);
        try {
            renameSync(staging, dir);
        }
        catch (err) {
            // Another job installed the same version at the same moment: use its copy if it verifies.
            const code = err.code;
            if ((code !== "ENOTEMPTY" && code !== "EEXIST") || (await cachedCopyProblem(dir, tool)) !== undefined)
                throw err;
        }
    }
    finally {
        rmSync(staging, { recursive: true, force: true });
    }
    const binary = join(dir, tool.binaryName);
    ctx.log.info(`${label}: verified (sha256 ${tool.sha256}) and installed to ${binary}`);
    return {
        name: tool.name,
        version: tool.version,
        dir,
        path: binary,
        source: "download",
        sha256: tool.sha256,
    };
}
/** Moves `dir` aside in one rename, then deletes it: no one sees a half-deleted tool. */
function removeDir(dir, cacheRoot) {
    const trash = join(cacheRoot, `.gitops-trash-${randomBytes(6).toString("hex")}`);
    renameSync(dir, trash);
    rmSync(trash, { recursive: true, force: true });
}
/**
 * Why the cached copy in `dir` cannot be reused, or undefined when it can.
 *
 * The manifest pins the digest of the release archive, but the cache holds
 * only the binary taken out of it, so the archive digest cannot be checked
 * again. Instead the install record written next to the binary carries the
 * binary's own digest, computed while extracting it from an archive whose
 * digest had just matched the pin. That makes the record a faithful stand-in:
 * hashing the binary now and comparing with it proves the bytes are the ones
 * that came out of a verified archive. The record also names the archive
 * digest it came from, and must equal the current pin, so changing a pin
 * invalidates old copies. What it cannot stop is someone able to rewrite both
 * files in the cache; such a person could equally edit PATH or the workflow.
 */
async function cachedCopyProblem(dir, tool) {
    let record;
    try {
        record = JSON.parse(readFileSync(join(dir, RECORD), "utf8"));
    }
    catch {
        return "no readable install record";
    }
    if (record.tool !== tool.name || record.version !== tool.version || record.platform !== tool.platform.key) {
        return "the install record is for another tool, version or platform";
    }
    if (record.archiveSha256 !== tool.sha256)
        return "it was installed from an archive with another digest than the pin";
    const binary = join(dir, tool.binaryName);
    try {
        const st = lstatSync(binary);
        if (!st.isFile())
            return "the binary is not a regular file";
        if ((st.mode & 0o111) === 0)
            return "the binary is not executable";
    }
    catch {
        return "the binary is missing";
    }
    const actual = await sha256File(binary);
    if (actual !== record.binarySha256)
        return `the binary's sha256 ${actual} differs from the recorded ${record.binarySha256}`;
    return undefined;
}
/** True when `path` printed the requested version (e.g. `v5.7.1`, `Version: 1.15.2`). */
async function reportsVersion(path, tool, env) {
    try {
        const result = await runTool(path, tool.versionArgs, {
            env,
            timeoutMs: 15_000,
            maxOutputBytes: 1024 * 1024,
        });
        if (result.code !== 0)
            return false;
        return outputHasVersion(`${result.stdout}\n${result.stderr}`, tool.version);
    }
    catch {
        return false;
    }
}
/** Whether `output` mentions exactly `version` (3.19.0 matches "v3.19.0+g3d8990f", not "13.19.0" or "3.19.0-rc.1"). */
function outputHasVersion(output, version) {
    const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![0-9A-Za-z.])v?${escaped}(?![0-9A-Za-z]|[.-][0-9A-Za-z])`).test(output);
}
function isInside(path, root) {
    const rel = relative(root, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
/** A job-summary table of what was installed and how. */
function installSummaryMarkdown(result) {
    const how = {
        path: "already on PATH",
        cache: "tool cache, verified",
        download: "downloaded, verified",
    };
    const rows = result.tools.map((t) => `| ${t.name} | ${t.version} | ${how[t.source]} | ${t.sha256 ? `\`${t.sha256.slice(0, 16)}…\`` : "—"} |`);
    return [
        "### gitops setup-tools",
        "",
        "| tool | version | from | archive sha256 |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./packages/tools/src/index.ts
/** External tools: run them (exec), find them (locate), install them pinned and verified (install). */







;// CONCATENATED MODULE: ./packages/policy/src/adapters/conftest.ts



/** The argument list: never a shell, so nothing in a path or policy reaches one. */
function conftestArgs(o) {
    const args = ["test", "--no-color", "--output", "json"];
    for (const dir of o.policyDirs)
        args.push("--policy", dir);
    if (o.allNamespaces)
        args.push("--all-namespaces");
    else
        for (const ns of o.namespaces)
            args.push("--namespace", ns);
    for (const d of o.data)
        args.push("--data", d);
    if (o.combine)
        args.push("--combine");
    args.push("--", ...o.inputs.map((i) => i.path));
    return args;
}
/**
 * Runs conftest on the inputs and maps its JSON output to results: failures are errors,
 * warnings warnings, and Rego `exception` rules notices. A rule that returns `_loc`
 * (`{"msg": ..., "_loc": {"file": ..., "line": ...}}`) sets the finding's file and line.
 */
async function runConftest(o) {
    const run = await (0,exec/* runTool */.q)(o.binary, conftestArgs(o), {
        cwd: o.repo,
        timeoutMs: o.timeoutMs,
        ...(o.env ? { env: o.env } : {}),
    });
    if (run.timedOut)
        throw new errors/* UserError */.yo(`conftest did not finish within ${o.timeoutMs / 1000} s`);
    let parsed;
    try {
        parsed = JSON.parse(run.stdout);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
        const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
        throw new errors/* UserError */.yo(`conftest failed (exit ${run.code ?? "killed"}): ${why || "no output"}`);
    }
    return mapConftestOutput(parsed, o);
}
/** Maps parsed `conftest test --output json` to results. */
function mapConftestOutput(checks, o) {
    const out = [];
    for (const check of checks) {
        const filename = typeof check.filename === "string" ? check.filename : "";
        const input = o.inputs.find((i) => i.path === filename || i.file === filename || (0,external_node_path_.resolve)(o.repo, filename) === i.path);
        const groups = [
            [check.failures, "error", "deny"],
            [check.warnings, "warning", "warn"],
            [check.exceptions, "notice", "exception"],
        ];
        for (const [results, severity, fallbackRule] of groups) {
            for (const r of results ?? []) {
                const query = typeof r.metadata?.query === "string" ? r.metadata.query : "";
                const [namespace, rule] = splitQuery(query, typeof check.namespace === "string" ? check.namespace : "main", fallbackRule);
                const msg = typeof r.msg === "string" && r.msg ? r.msg : query;
                const finding = {
                    tool: "policy",
                    rule: `${namespace}/${rule}`,
                    severity,
                    message: `${namespace}/${rule}: ${conftest_oneLine(msg)}${severity === "notice" ? " (Rego exception)" : ""}`,
                };
                if (input) {
                    finding.file = input.file;
                    if (input.target !== undefined)
                        finding.target = input.target;
                }
                const loc = r.loc ?? r.metadata?._loc;
                if (loc && typeof loc.file === "string" && loc.file !== "")
                    finding.file = repoPath(o.repo, loc.file);
                const line = Number(loc?.line);
                if (Number.isInteger(line) && line > 0)
                    finding.line = line;
                out.push({ finding, policy: namespace, rule, waivable: severity !== "notice" });
            }
        }
    }
    return out;
}
/** `data.main.deny` → [main, deny]; `data.a.b.warn_x` → [a.b, warn_x]. */
function splitQuery(query, namespace, fallback) {
    const m = /^data\.(.+)\.([^.]+)$/.exec(query);
    return m?.[1] && m[2] ? [m[1], m[2]] : [namespace, fallback];
}
function repoPath(repo, file) {
    if (!(0,external_node_path_.isAbsolute)(file))
        return file.split(external_node_path_.sep).join("/");
    const rel = (0,external_node_path_.relative)(repo, file);
    return rel.startsWith("..") ? file : rel.split(external_node_path_.sep).join("/");
}
function conftest_oneLine(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/adapters/kyverno.ts



/** The argument list for one input file; no shell ever sees it. */
function kyvernoArgs(o, input) {
    const args = ["apply", ...o.policyFiles, "--resource", input.path];
    for (const e of o.exceptionFiles)
        args.push("--exception", e);
    args.push("--policy-report", "--output-format", "json", "--remove-color");
    return args;
}
/**
 * Runs `kyverno apply ... --policy-report` once per input file (so every result maps back to one
 * target) and turns the report into results. `fail` takes the rule's failureAction (Enforce: an
 * error, Audit: a notice), `warn` is a warning, `error` an error; `pass` and `skip` say nothing.
 * Results of rules evaluated in-process (validate.cel) are dropped: those are ours.
 */
async function runKyverno(o) {
    const out = [];
    for (const input of o.inputs) {
        const run = await (0,exec/* runTool */.q)(o.binary, kyvernoArgs(o, input), {
            cwd: o.repo,
            timeoutMs: o.timeoutMs,
            ...(o.env ? { env: o.env } : {}),
        });
        if (run.timedOut)
            throw new errors/* UserError */.yo(`kyverno did not finish within ${o.timeoutMs / 1000} s`);
        const results = parseReports(run.stdout);
        if (!results) {
            const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
            throw new errors/* UserError */.yo(`kyverno apply failed (exit ${run.code ?? "killed"}): ${why || "no policy report"}`);
        }
        out.push(...mapKyvernoResults(results, input, o.rules));
    }
    return out;
}
/**
 * The results of every report in the CLI's output: JSON (one report or a list) or YAML documents.
 * Lines before the first report (notes about skipped policies) are ignored; undefined when
 * there is no report at all.
 */
function parseReports(stdout) {
    const start = stdout.search(/^(\{|\[|apiVersion:)/m);
    if (start < 0)
        return undefined;
    const text = stdout.slice(start);
    let docs;
    try {
        const json = JSON.parse(text);
        docs = Array.isArray(json) ? json : [json];
    }
    catch {
        try {
            docs = (0,src_yaml/* parseYaml */.hN)(text, "kyverno output", {
                maxDocuments: 100_000,
                maxBytes: 512 * 1024 * 1024,
            }).documents.map((d) => d.value);
        }
        catch {
            return undefined;
        }
    }
    const reports = docs.filter((d) => typeof d === "object" && d !== null && /PolicyReport$/.test(String(d.kind)));
    if (reports.length === 0)
        return undefined;
    return reports.flatMap((r) => (Array.isArray(r.results) ? r.results : []));
}
/** Maps report results of one input to results on its objects. */
function mapKyvernoResults(results, input, rules) {
    const out = [];
    for (const r of results) {
        const status = String(r.result);
        if (status !== "fail" && status !== "warn" && status !== "error")
            continue;
        const policy = (typeof r.policy === "string" ? r.policy : "").replace(/^.*\//, "");
        const reported = typeof r.rule === "string" ? r.rule : "";
        // Kyverno's autogen turns a Pod rule into `autogen-<rule>` / `autogen-cronjob-<rule>` for controllers.
        const rule = reported.replace(/^autogen-(cronjob-)?/, "");
        const known = rules.find((x) => x.policy === policy && x.rule === rule);
        if (!known)
            continue;
        const severity = status === "warn" ? "warning" : status === "error" ? "error" : kyverno_SEVERITY[known.action];
        const message = kyverno_oneLine(typeof r.message === "string" && r.message ? r.message : `rule ${reported} ${status}ed`);
        for (const ref of r.resources?.length ? r.resources : [undefined]) {
            const resource = ref
                ? input.resources.find((x) => x.ref.kind === ref.kind &&
                    x.ref.name === ref.name &&
                    (x.ref.namespace ?? "") === (ref.namespace ?? ""))
                : undefined;
            const finding = {
                tool: "policy",
                rule: `${policy}/${rule}`,
                severity,
                message: `${policy}/${rule}: ${status === "error" ? "could not evaluate: " : ""}${message}`,
            };
            if (resource) {
                finding.resource = resource.ref;
                if (resource.origin.target !== undefined)
                    finding.target = resource.origin.target;
            }
            else {
                finding.file = known.file;
                finding.line = known.line;
            }
            const result = { finding, policy, rule, waivable: true };
            if (resource)
                result.resource = resource;
            out.push(result);
        }
    }
    return out;
}
const kyverno_SEVERITY = { deny: "error", warn: "warning", audit: "notice" };
function kyverno_oneLine(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/external.ts




/**
 * Runs the policies that need an external tool: Kyverno pattern/anyPattern/deny rules through
 * the kyverno CLI and Rego through conftest. A policy whose tool is not installed fails the run
 * with a UserError naming the policies and how to install the tool: it never passes silently.
 */
async function runExternalEngines(policies, inputs, o) {
    const repo = (0,external_node_path_.resolve)(o.repo);
    const timeoutMs = o.config.timeout * 1000;
    const env = o.env ?? process.env;
    const results = [];
    const files = inputs.files.filter((f) => f.resources.length > 0);
    let kyverno = false;
    let conftest = false;
    if (policies.kyvernoRules.length > 0) {
        const binary = (0,locate/* findTool */.SG)("kyverno", env);
        if (!binary) {
            const names = [
                ...new Set(policies.kyvernoRules.map((r) => `${r.policy}/${r.rule} (${r.file}:${r.line})`)),
            ];
            throw (0,locate/* missingToolsError */.yS)(["kyverno"], `run the Kyverno pattern/anyPattern/deny rules ${names.join(", ")}`);
        }
        kyverno = true;
        results.push(...(await runKyverno({
            binary,
            repo,
            policyFiles: policies.kyvernoFiles,
            exceptionFiles: [
                ...policies.kyvernoExceptions,
                ...o.config.kyverno.exceptions.map((e) => (0,external_node_path_.resolve)(repo, e)),
            ],
            rules: policies.kyvernoRules,
            inputs: files.map((f) => ({ path: (0,external_node_path_.resolve)(repo, f.path), resources: f.resources })),
            timeoutMs,
            env,
        })));
    }
    if (policies.rego.length > 0) {
        const binary = (0,locate/* findTool */.SG)("conftest", env);
        if (!binary) {
            const names = policies.rego.map((p) => (0,external_node_path_.relative)(repo, p));
            throw (0,locate/* missingToolsError */.yS)(["conftest"], `run the Rego policies ${names.join(", ")}`);
        }
        conftest = true;
        const c = o.config.conftest;
        results.push(...(await runConftest({
            binary,
            repo,
            policyDirs: [(0,external_node_path_.resolve)(repo, o.dir)],
            namespaces: c.namespaces,
            allNamespaces: c.allNamespaces,
            data: c.data.map((d) => (0,external_node_path_.resolve)(repo, d)),
            combine: c.combine,
            inputs: files.map((f) => ({
                path: (0,external_node_path_.resolve)(repo, f.path),
                file: f.file,
                ...(f.target !== undefined ? { target: f.target } : {}),
            })),
            timeoutMs,
            env,
        })));
    }
    return { results, kyverno, conftest };
}

;// CONCATENATED MODULE: ./packages/policy/src/waivers.ts





const waivers_ENTRY_KEYS = ["policy", "rule", "match", "reason", "owner", "expires"];
const MATCH_KEYS = ["target", "apiVersion", "kind", "namespace", "name"];
/**
 * Reads the waivers file; a missing file means no waivers. Any malformed entry (unknown key,
 * missing reason/owner/expires, a date that is not YYYY-MM-DD, an empty match) is a UserError
 * naming `file:line`.
 */
function loadWaivers(repo, file) {
    const path = (0,external_node_path_.resolve)(repo, file);
    if (!(0,external_node_fs_.existsSync)(path))
        return [];
    const yaml = (0,src_yaml/* loadYamlFile */.Y3)(path, file);
    const [, second] = yaml.documents;
    if (second)
        throw new DocReader(yaml, second).fail([], "the waivers file must hold one YAML document");
    const document = yaml.documents[0];
    if (!document || document.value === null)
        return [];
    const doc = new DocReader(yaml, document);
    const top = document.value;
    if (typeof top !== "object" || Array.isArray(top))
        throw doc.fail([], "must be a map with an `exceptions` list");
    for (const key of Object.keys(top)) {
        if (key !== "exceptions")
            throw doc.fail([key], `unknown key; the waivers file holds only "exceptions"`);
    }
    return doc.list(["exceptions"]).map((_, i) => readWaiver(doc, ["exceptions", i]));
}
function readWaiver(doc, p) {
    const entry = doc.object(p);
    if (!entry)
        throw doc.fail(p, "must be a map");
    for (const key of Object.keys(entry)) {
        if (!waivers_ENTRY_KEYS.includes(key))
            throw doc.fail([...p, key], `unknown key; allowed: ${waivers_ENTRY_KEYS.join(", ")}`);
    }
    const match = {};
    const m = doc.object([...p, "match"]);
    if (!m)
        throw doc.fail([...p, "match"], "is required: name the target or the resource the waiver covers");
    for (const key of Object.keys(m)) {
        if (!MATCH_KEYS.includes(key))
            throw doc.fail([...p, "match", key], `unknown key; allowed: ${MATCH_KEYS.join(", ")}`);
    }
    for (const key of MATCH_KEYS) {
        const v = doc.string([...p, "match", key]);
        if (v !== undefined && v !== "")
            match[key] = v;
    }
    if (Object.keys(match).length === 0)
        throw doc.fail([...p, "match"], "must name a target or resource fields");
    const expires = doc.string([...p, "expires"], true) ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) ||
        Number.isNaN(Date.parse(`${expires}T00:00:00Z`)) ||
        new Date(`${expires}T00:00:00Z`).toISOString().slice(0, 10) !== expires) {
        throw doc.fail([...p, "expires"], `must be a date as YYYY-MM-DD (quote it), got "${expires}"`);
    }
    const waiver = {
        policy: doc.string([...p, "policy"], true) ?? "",
        match,
        reason: doc.string([...p, "reason"], true) ?? "",
        owner: doc.string([...p, "owner"], true) ?? "",
        expires,
        at: doc.at(p),
    };
    const rule = doc.string([...p, "rule"]);
    if (rule !== undefined && rule !== "")
        waiver.rule = rule;
    return waiver;
}
/** True once the day after `expires` has begun (UTC). */
function isExpired(waiver, now) {
    return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
}
function glob(pattern, value) {
    if (pattern === undefined)
        return true;
    if (value === undefined)
        return false;
    return pattern === value || (0,esm/* minimatch */.xF)(value, pattern, { dot: true, nocomment: true, nonegate: true });
}
/** True when the waiver covers this result. */
function waiverCovers(w, r) {
    if (!r.waivable || w.policy !== r.policy)
        return false;
    if (w.rule !== undefined && w.rule !== (r.rule ?? r.policy))
        return false;
    const ref = r.finding.resource;
    return (glob(w.match.target, r.finding.target) &&
        glob(w.match.apiVersion, ref?.apiVersion) &&
        glob(w.match.kind, ref?.kind) &&
        glob(w.match.namespace, ref?.namespace) &&
        glob(w.match.name, ref?.name));
}
/**
 * Applies waivers: a covered finding becomes a notice naming its waiver; an expired waiver is
 * an error (and covers nothing); with `reportUnused`, a live waiver that covered nothing is a
 * warning (a partial run, such as `--manifests`, leaves it off).
 */
function applyWaivers(results, waivers, options) {
    const live = waivers.filter((w) => !isExpired(w, options.now));
    const used = new Set();
    const out = [];
    let waived = 0;
    for (const r of results) {
        const w = live.find((x) => waiverCovers(x, r));
        if (!w) {
            out.push(r.finding);
            continue;
        }
        used.add(w);
        waived += 1;
        out.push({
            ...r.finding,
            severity: "notice",
            message: `${r.finding.message} [waived by ${w.at.file}:${w.at.line}, owner ${w.owner}, expires ${w.expires}: ${w.reason}]`,
        });
    }
    for (const w of waivers) {
        const base = { tool: "policy", file: w.at.file, line: w.at.line };
        if (isExpired(w, options.now)) {
            out.push({
                ...base,
                rule: "policy/waiver-expired",
                severity: "error",
                message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) expired on ${w.expires}; fix the violation or renew the waiver`,
            });
        }
        else if (options.reportUnused && !used.has(w)) {
            out.push({
                ...base,
                rule: "policy/waiver-unused",
                severity: "warning",
                message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) matches no finding; remove it`,
            });
        }
    }
    return { findings: out, waived };
}

;// CONCATENATED MODULE: ./packages/policy/src/inputs/scoped.ts




/**
 * The inputs of a check of some targets only: a change's (a pre-commit hook) or a shard's. A
 * binding's namespaceSelector needs the labels of the Namespaces an env renders, which live in the
 * env's shared targets (clusters/<env>, environments/<env>), so those come along as context.
 *
 * `rendered` says render/ already holds the targets (a shard: validate rendered them); then only
 * context render/ lacks renders, privately. Otherwise targets and context render privately, and
 * render/ is left as the last full render left it.
 */
async function scopedInputs(model, targets, options) {
    const envs = new Set(model.targets.filter((t) => targets.has(t.id)).map((t) => t.env));
    const context = new Set(model.targets.filter((t) => !targets.has(t.id) && !t.service && envs.has(t.env)).map((t) => t.id));
    const existing = options.rendered ? readIndex((0,external_node_path_.join)(model.repo, "render")).targets : [];
    const usable = existing.filter((e) => (targets.has(e.id) || context.has(e.id)) &&
        (e.status !== "ok" || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(model.repo, e.output))));
    const have = new Set(usable.filter((e) => e.status === "ok" || targets.has(e.id)).map((e) => e.id));
    const missing = new Set([...targets, ...context].filter((id) => !have.has(id)));
    const own = await renderPrivately({
        repo: model.repo,
        model,
        only: missing,
        ...(options.env ? { env: options.env } : {}),
    });
    const fresh = own.index.targets.filter((e) => missing.has(e.id));
    // Only the checked targets' own render findings: the model's notes about the layout (a generator
    // that needs a cluster or the SCM) are render's and lint's to report, as a full run that finds
    // render/ fresh does not repeat them either.
    const findings = own.findings.filter((f) => f.target !== undefined && targets.has(f.target));
    return {
        entries: [...usable.filter((e) => have.has(e.id)), ...fresh],
        context,
        findings,
        dispose: own.dispose,
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/target-cache.ts



/**
 * The in-process CEL evaluation, target by target, each target's results from the cache when
 * nothing it depends on changed: its rendered bytes, its input files (findings are located in
 * them), its env and that env's Namespaces, the policies folder, `policy.enforcement`, and the
 * CRDs and param objects of the whole run (a CRD changes a kind's scope, a ConfigMap a param).
 * Waivers are applied later to the union, so unused and expired waivers are still decided over
 * the whole run. The results are those of one pass over `inputs.groups`, in the same order:
 * env by env, and within an env target by target, as the groups were built.
 */
function evaluateTargets(e) {
    // The model's hasher: validate's render and lint hashed these files already in this run.
    const hasher = e.inputs.model ? modelHasher(e.inputs.model) : new FileHasher(e.repo, ["render"]);
    const paramKinds = new Set(e.compiled.flatMap((c) => {
        const k = c.bound.policy.paramKind;
        return k ? [`${k.apiVersion}/${k.kind}`] : [];
    }));
    const cross = [...e.all, ...e.objects];
    // A policies folder that cannot be hashed faithfully (a symlinked folder) is checked uncached.
    const policies = hashOrUndefined(() => hasher.dirWithout(e.dir, (rel) => rel === external_node_path_.posix.normalize(e.exceptions)));
    const shared = {
        policies,
        config: { ...e.config, exceptions: null },
        crds: (0,src_key/* cacheKey */.k)(cross
            .filter((r) => r.ref.kind === "CustomResourceDefinition" && r.group === "apiextensions.k8s.io")
            .map((r) => r.object)),
        params: (0,src_key/* cacheKey */.k)(cross.filter((r) => paramKinds.has(`${r.ref.apiVersion}/${r.ref.kind}`)).map((r) => [r.ref, r.object])),
    };
    const cache = new TargetResults(e.cache, "policy-target", hasher, shared, isTargetPolicy);
    const results = [];
    let evaluations = 0;
    for (const group of e.inputs.groups) {
        const namespaces = (0,src_key/* cacheKey */.k)([...group.namespaces.objects]);
        for (const file of e.inputs.files) {
            const entry = file.target === undefined ? undefined : e.inputs.entries.get(file.target);
            if (!entry || entry.env !== group.env)
                continue;
            const fresh = () => {
                const one = runCelPolicies(e.compiled, [{ ...group, resources: file.resources }], e.run);
                for (const r of one.results)
                    if (r.resource && r.finding.file === undefined)
                        e.locator.locate(r.finding, r.resource);
                // What waivers and the report read; the object itself stays out of the entry.
                const kept = one.results.map(({ finding, policy, rule, waivable }) => rule === undefined ? { finding, policy, waivable } : { finding, policy, rule, waivable });
                return { results: kept, evaluations: one.evaluations };
            };
            const graph = e.inputs.model?.graph(entry.id);
            // Unkeyable (a policies folder that cannot be hashed, bytes not read here): checked fresh.
            const one = policies === undefined || file.sha256 === undefined
                ? fresh()
                : cache.through({
                    id: entry.id,
                    source: entry.source,
                    renderedSha256: file.sha256,
                    // The locator searches the graph's files in this order, then the YAML under its folders.
                    inputs: { files: graph?.files ?? [], dirs: graph?.dirs ?? [] },
                    extra: { env: group.env ?? null, namespaces },
                }, fresh);
            for (const r of one.results)
                results.push(r);
            evaluations += one.evaluations;
        }
    }
    return { results, evaluations };
}
function hashOrUndefined(hash) {
    try {
        return hash();
    }
    catch (err) {
        if (err instanceof Unhashable)
            return undefined;
        throw err;
    }
}
/** Whether the results of `runCelPolicies` may be computed target by target (all rendered). */
function perTarget(inputs) {
    return inputs.entries.size > 0 && inputs.files.every((f) => f.target !== undefined);
}
function isTargetPolicy(v) {
    const r = v;
    return (typeof r === "object" &&
        r !== null &&
        typeof r.evaluations === "number" &&
        Array.isArray(r.results) &&
        r.results.every((x) => typeof x.policy === "string" && typeof x.finding === "object"));
}

;// CONCATENATED MODULE: ./packages/policy/src/check.ts





















/**
 * `gitops policy`: runs the policies under `policies/` on the rendered targets (rendering first
 * when render/ is missing or stale) or on the given manifests. CEL policies (Kubernetes
 * ValidatingAdmissionPolicies, Kyverno ValidatingPolicies and `validate.cel` rules) run here;
 * Kyverno pattern/deny rules through the kyverno CLI and Rego through conftest. Waivers from the
 * exceptions file and the per-env enforcement of `.gitops.yaml` apply to all of them.
 */
async function runPolicyCheck(options) {
    const started = performance.now();
    const repo = options.repo;
    if (!isFolder(repo, "."))
        throw new errors/* UserError */.yo(`repository folder ${repo} does not exist`, repo);
    const config = (0,src_config/* loadConfig */.Z9)(repo).config.policy;
    const dir = options.policies ?? config.dir;
    if (options.policies !== undefined && !isFolder(repo, dir))
        throw new errors/* UserError */.yo(`the policies folder ${dir} does not exist`, dir);
    const exceptions = options.exceptions ??
        (options.policies !== undefined ? external_node_path_.posix.join(dir, "exceptions.yaml") : config.exceptions);
    const policies = loadPolicies(repo, dir, exceptions);
    const waivers = loadWaivers(repo, exceptions);
    const findings = [...policies.findings];
    // A required check that had nothing to check must not look like one that passed.
    if (countPolicies(policies) === 0)
        findings.push(noPolicies(dir));
    const inputs = await loadInputs(options, findings, (f) => (0,model_scope/* isUnder */.Jo)(f, dir) || f === exceptions);
    try {
        return await evaluate(options, inputs, policies, findings, { started, waivers, config, dir, exceptions });
    }
    finally {
        inputs.dispose?.();
    }
}
async function evaluate(options, inputs, policies, findings, context) {
    const { started, waivers, config, dir } = context;
    const repo = options.repo;
    const loaded = performance.now();
    const all = inputs.groups.flatMap((g) => g.resources);
    const catalog = new KindCatalog();
    catalog.addDefinitions([...all, ...policies.objects]);
    const compiled = [];
    for (const bound of policies.cel) {
        const { compiled: c, errors } = compilePolicy(bound);
        findings.push(...errors);
        if (c)
            compiled.push(c);
    }
    const run = {
        catalog,
        params: new ParamIndex([...all, ...policies.objects], catalog),
        enforcement: enforcementFor(config.enforcement),
    };
    const locator = new locate_SourceLocator(repo, inputs.entries, inputs.model?.graph.bind(inputs.model));
    const cache = options.cache === false ? undefined : options.cache;
    const { results, evaluations } = cache && perTarget(inputs)
        ? evaluateTargets({
            repo,
            compiled,
            inputs,
            run,
            locator,
            cache,
            dir,
            exceptions: context.exceptions,
            config,
            all,
            objects: policies.objects,
        })
        : runCelPolicies(compiled, inputs.groups, run);
    const evaluated = performance.now();
    const external = await runExternalEngines(policies, inputs, { repo, dir, config, env: options.env });
    results.push(...external.results);
    for (const r of results)
        if (r.resource && r.finding.file === undefined)
            locator.locate(r.finding, r.resource);
    for (const d of enforcementDrift(all, config)) {
        locator.locate(d.finding, d.resource);
        findings.push(d.finding);
    }
    const partial = options.manifests !== undefined ||
        options.environments !== undefined ||
        options.files !== undefined ||
        options.targets !== undefined;
    // Which envs deploy the policies is only known when every target was rendered.
    if (!partial && inputs.model)
        findings.push(...envsWithoutPolicies(inputs.model, all, {
            dir,
            policies: countPolicies(policies),
            enforcementEnvs: enforcementEnvs(config.enforcement),
        }));
    const waived = applyWaivers(results, waivers, { now: options.now ?? new Date(), reportUnused: !partial });
    findings.push(...waived.findings);
    return {
        findings,
        stats: {
            policies: countPolicies(policies),
            resources: all.length,
            targets: inputs.entries.size,
            evaluations,
            waived: waived.waived,
            kyverno: external.kyverno,
            conftest: external.conftest,
            loadMs: Math.round(loaded - started),
            evaluateMs: Math.round(evaluated - loaded),
            ms: Math.round(performance.now() - started),
        },
        ...(options.explain && inputs.model ? { placement: placements(policies, all, inputs.model) } : {}),
    };
}
async function loadInputs(options, findings, policyFile) {
    const repo = options.repo;
    if (options.manifests !== undefined) {
        const resources = loadManifestPaths(repo, options.manifests);
        const env = options.environments?.[0];
        return {
            groups: [
                { ...(env !== undefined ? { env } : {}), resources, namespaces: collectNamespaces(resources) },
            ],
            entries: new Map(),
            files: byFile(repo, resources),
        };
    }
    let model = options.model;
    let scope = options.targets;
    if (options.files) {
        model ??= await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {});
        const cwd = options.cwd !== undefined ? { cwd: options.cwd } : {};
        scope = (0,model_scope/* changeScope */.TQ)(model, options.files, { ...cwd, everything: policyFile }).targets;
    }
    const reported = new Set();
    let scoped;
    if (scope) {
        model ??= await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {});
        scoped = await scopedInputs(model, scope, {
            rendered: options.render === false,
            ...(options.env ? { env: options.env } : {}),
        });
        findings.push(...scoped.findings);
        for (const f of scoped.findings)
            if (f.tool === "render" && f.target)
                reported.add(f.target);
    }
    else if (options.render !== false) {
        const status = await ensureRendered(repo, {
            ...(model ? { model } : {}),
            ...(options.env ? { env: options.env } : {}),
            ...(options.environments ? { environments: options.environments } : {}),
        });
        findings.push(...status.findings);
        model = status.model;
        // A target whose render failed just now is reported once, by the render.
        for (const f of status.findings)
            if (f.tool === "render" && f.target)
                reported.add(f.target);
    }
    else {
        model ??= await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {});
    }
    const context = scoped?.context ?? new Set();
    const loaded = loadRenderedTargets(repo, options.environments, scope && new Set([...scope, ...context]), scoped?.entries);
    findings.push(...loaded.findings.filter((f) => !(f.target && (reported.has(f.target) || context.has(f.target)))));
    const targets = loaded.targets.filter((t) => !context.has(t.entry.id));
    const envs = [...new Set(targets.map((t) => t.entry.env))];
    const groups = envs.map((env) => {
        const resources = targets.filter((t) => t.entry.env === env).flatMap((t) => t.resources);
        const around = loaded.targets.filter((t) => t.entry.env === env && context.has(t.entry.id));
        return {
            env,
            resources,
            namespaces: collectNamespaces([...resources, ...around.flatMap((t) => t.resources)]),
        };
    });
    const dispose = scoped?.dispose;
    return {
        model,
        ...(dispose ? { dispose } : {}),
        groups,
        entries: new Map(targets.map((t) => [t.entry.id, t.entry])),
        files: targets.map((t) => ({
            path: (0,external_node_path_.resolve)(repo, t.entry.output),
            file: t.entry.output,
            target: t.entry.id,
            resources: t.resources,
            sha256: t.sha256,
        })),
    };
}
function byFile(repo, resources) {
    const files = new Map();
    for (const r of resources)
        files.set(r.origin.file, [...(files.get(r.origin.file) ?? []), r]);
    return [...files].map(([file, list]) => ({
        path: (0,external_node_path_.resolve)(repo, file),
        file,
        resources: list,
    }));
}
/** The notice of a run with no policy at all: `policy: no policies (nothing checked)`. */
function noPolicies(dir) {
    return {
        tool: "policy",
        rule: "policy/no-policies",
        severity: "notice",
        message: `no policies (nothing checked): ${dir}/ holds no bound ValidatingAdmissionPolicy, no Kyverno policy and no Rego to run; add some, or let "gitops init" write a starter set`,
        file: dir,
    };
}
function countPolicies(set) {
    const names = new Set(set.cel.map((b) => `${b.policy.kind}/${b.policy.name}`));
    for (const r of set.kyvernoRules)
        names.add(`kyverno/${r.policy}`);
    return names.size + (set.rego.length > 0 ? 1 : 0);
}

;// CONCATENATED MODULE: ./packages/core/src/workspace-paths.ts
/**
 * Findings name files relative to the repository; GitHub places annotations (and code scanning
 * places SARIF results) by paths relative to the workspace. When `repo-path` is a folder of the
 * checkout, its path goes in front; a repository outside the workspace cannot be annotated there,
 * so its paths stay as they are.
 */

/**
 * `findings` with each file relative to `workspace` (the runner's working directory by default)
 * instead of `repoPath`. Absolute files inside the workspace become relative too.
 */
function workspace_paths_findingsInWorkspace(findings, repoPath, workspace = process.cwd()) {
    const ws = resolve(workspace);
    const repo = resolve(ws, repoPath);
    return findings.map((f) => {
        if (!f.file)
            return f;
        const rel = relative(ws, resolve(repo, f.file));
        const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
        return outside ? f : { ...f, file: rel.split(sep).join("/") };
    });
}

;// CONCATENATED MODULE: ./packages/policy/src/summary.ts


/** The job summary of a policy check: the shared findings tables plus one line of counts. */
function policySummaryMarkdown(findings, stats, options = {}) {
    const engines = [
        "CEL (in-process)",
        stats.kyverno ? "kyverno CLI" : "",
        stats.conftest ? "conftest" : "",
    ].filter(Boolean);
    const line = `${stats.policies} polic${stats.policies === 1 ? "y" : "ies"} on ${stats.resources} object(s)` +
        (stats.targets ? ` of ${stats.targets} target(s)` : "") +
        `, ${stats.evaluations} evaluation(s), ${stats.waived} waived; engines: ${engines.join(", ")}; ${(stats.ms / 1000).toFixed(2)} s`;
    const body = toSummaryMarkdown(findings, {
        title: "Policy check",
        check: "policy",
        ...(options.failOn ? { failOn: options.failOn } : {}),
        ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
        ...(options.sha ? { sha: options.sha } : {}),
    });
    return `${body}\n${line}\n`;
}
/**
 * Findings with paths relative to the workspace instead of the repo, for annotations, when the
 * repo is a folder of the checkout (`repo-path`); a --manifests file outside the repo, named by
 * its absolute path, too. Paths outside the workspace are left alone.
 */
function relativeToWorkspace(findings, workspace, repo) {
    return findingsInWorkspace(findings, repo, workspace);
}

;// CONCATENATED MODULE: ./packages/policy/src/index.ts
/**
 * Policy checks: Kubernetes ValidatingAdmissionPolicies and Kyverno CEL policies evaluated
 * in-process, Kyverno pattern rules through the kyverno CLI, Rego through conftest, with
 * per-env enforcement and expiring waivers.
 */














;// CONCATENATED MODULE: ./packages/validate/src/run.ts








/**
 * `gitops validate`: render, then lint, policy and secrets on the result, with
 * one list of outcomes for one summary and one exit code. Each check is timed.
 * Render runs once; lint and policy read its output instead of rendering again.
 */
async function runValidate(o) {
    const store = o.cache === false ? undefined : (o.cache ?? openCache(o.env ?? process.env));
    // The config's and lint's compiled validators come from this run's store (or from none).
    return (0,validators/* withCompiledSchemaCache */.Pr)(store, () => validateWith(o, store));
}
async function validateWith(o, store) {
    const started = performance.now();
    const wanted = new Set(o.checks ?? ["render", "lint", "policy", "secrets"]);
    const checks = [];
    const timed = async (name, work) => {
        const t = performance.now();
        const { findings, value, coverage } = await work();
        checks.push({ name, findings, ms: performance.now() - t, coverage });
        return value;
    };
    const filters = {
        environments: o.environments,
        services: o.services,
        env: o.env,
        concurrency: o.concurrency,
        cache: store ?? false,
    };
    let diff;
    let secrets;
    const scanSecrets = async (model) => {
        const t = performance.now();
        const report = await scan_scanRepository(o.repo, {
            ...(model ? { model } : {}),
            ...(o.base ? { base: o.base } : {}),
        });
        return {
            name: "secrets",
            findings: report.findings,
            ms: performance.now() - t,
            coverage: { secrets: report.stats },
        };
    };
    const rendered = await timed("render", async () => {
        if (o.diff && o.base !== undefined) {
            diff = await run_diffRendered({
                repo: o.repo,
                base: o.base,
                ...filters,
                ...(o.only ? { only: o.only } : {}),
            });
            return {
                findings: diff.findings,
                value: diff.head,
                coverage: { render: renderCoverage(diff.head.targets) },
            };
        }
        const model = await renderModel({ repo: o.repo, env: o.env });
        // The secrets scan needs no rendered output: it runs while kustomize and helm do.
        if (wanted.has("secrets")) {
            secrets = afterIo(() => scanSecrets(model));
            // Awaited after lint and policy: a failure (a bad ignore file) is thrown there, not lost.
            secrets.catch(() => undefined);
        }
        const r = await render_render({ repo: o.repo, model, ...filters, ...(o.only ? { only: o.only } : {}) });
        return { findings: r.findings, value: r, coverage: { render: renderCoverage(r.targets) } };
    });
    if (!wanted.has("render"))
        checks.shift();
    // A target that failed to render is reported once, by the render check.
    const failed = new Set(rendered.targets.filter((t) => t.status === "failed").map((t) => t.id));
    const echo = (f, rule) => f.rule === rule && f.target !== undefined && failed.has(f.target);
    if (wanted.has("lint")) {
        await timed("lint", async () => {
            // Per target: a target whose rendered bytes and inputs are unchanged takes its findings from the cache.
            const report = await lint({
                repo: o.repo,
                model: rendered.layout,
                render: "never",
                env: o.env,
                cache: store ?? false,
                ...(o.k8sVersion ? { kubeVersion: o.k8sVersion } : {}),
            });
            return {
                findings: report.findings.filter((f) => f.tool !== "render" && !echo(f, "argo/source-render")),
                value: undefined,
                coverage: { lint: report.summary },
            };
        });
    }
    if (wanted.has("policy")) {
        await timed("policy", async () => {
            const report = await runPolicyCheck({
                repo: o.repo,
                model: rendered.layout,
                render: false,
                env: o.env,
                cache: store ?? false,
                ...(o.environments?.length ? { environments: o.environments } : {}),
                // A shard's objects, with the Namespaces of their envs' shared targets as context.
                ...(o.only ? { targets: o.only } : {}),
            });
            return {
                findings: report.findings.filter((f) => !echo(f, "policy/unrendered-target")),
                value: undefined,
                coverage: { policy: report.stats },
            };
        });
    }
    if (wanted.has("secrets"))
        checks.push(await (secrets ?? scanSecrets(rendered.layout)));
    // Keeps the store under its bound after lint's and policy's writes too.
    store?.prune();
    const result = {
        checks,
        render: rendered,
        failed: validateFails(checks, o.failOn),
        ms: performance.now() - started,
        // By kind too: how many targets' renders, lint and policy results came from the cache.
        ...(store
            ? {
                cache: {
                    ...store.stats,
                    kinds: Object.fromEntries([...store.byKind].map(([k, v]) => [k, { ...v }])),
                },
            }
            : {}),
    };
    if (diff)
        result.diff = diff;
    return result;
}
/**
 * Runs `work` once the event loop has waited on I/O (a tool process, a file): started beside a
 * render, it takes the core the render's tools leave idle instead of delaying their start.
 */
function afterIo(work) {
    return new Promise((resolve) => setImmediate(resolve)).then(work);
}

;// CONCATENATED MODULE: ./packages/validate/src/shard.ts





/**
 * One shard of a sharded validate run: render this shard's targets (and, on a
 * pull request, diff them against the merge-base), lint and policy-check them,
 * and write each check's findings to `<resultsDir>/<check>.shard-<n>.json` for
 * the reporting jobs. Secrets are scanned once, in their own job.
 */
async function runShard(o) {
    if (!Number.isInteger(o.shard) || o.shard < 1)
        throw new errors/* UserError */.yo(`shard must be a whole number from 1, got ${o.shard}`);
    const result = await runValidate({
        ...o,
        only: new Set(o.targets),
        diff: o.base !== undefined,
        checks: ["render", "lint", "policy"],
    });
    // The results folder is an input: a bad one is named, not reported as a bug.
    const write = (name, text) => {
        (0,src_write/* writeTextAtomic */.Q)((0,external_node_path_.join)(o.resultsDir, name), text, `results folder ${o.resultsDir}`);
    };
    const covered = result.render.rendered;
    for (const c of result.checks) {
        const file = {
            check: c.name,
            shard: o.shard,
            findings: c.findings,
            targets: covered,
            ...(c.coverage ? { coverage: c.coverage } : {}),
        };
        write(resultFileName(file.check, o.shard), JSON.stringify(file) + "\n");
    }
    const diff = {
        check: "diff",
        shard: o.shard,
        findings: [],
        targets: covered,
        diffs: result.diff?.diffs ?? [],
    };
    write(resultFileName("diff", o.shard), JSON.stringify(diff) + "\n");
    return result;
}

;// CONCATENATED MODULE: ./packages/validate/src/index.ts









/***/ }),

/***/ 3681:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "ae4601d60dba9feb661f.b64";

/***/ })

};
