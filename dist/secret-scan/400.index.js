export const id = 400;
export const ids = [400];
export const modules = {

/***/ 9400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALLOW_MARKERS: () => (/* reexport */ ALLOW_MARKERS),
  BUILTIN_RULES: () => (/* reexport */ BUILTIN_RULES),
  GITOPS_RULE_DESCRIPTIONS: () => (/* reexport */ GITOPS_RULE_DESCRIPTIONS),
  KeyTemplate: () => (/* reexport */ KeyTemplate),
  KeywordAutomaton: () => (/* reexport */ KeywordAutomaton),
  LayoutContext: () => (/* reexport */ LayoutContext),
  MAX_SHOWN_CHARS: () => (/* reexport */ MAX_SHOWN_CHARS),
  SecretScanner: () => (/* reexport */ SecretScanner),
  TOOL: () => (/* reexport */ TOOL),
  addedInRange: () => (/* reexport */ addedInRange),
  allowlisted: () => (/* reexport */ allowlisted),
  baselineKey: () => (/* reexport */ baselineKey),
  checkManifestFile: () => (/* reexport */ checkManifestFile),
  goRegex: () => (/* reexport */ goRegex),
  ignores: () => (/* reexport */ ignores),
  isPlaceholder: () => (/* reexport */ isPlaceholder),
  loadBaseline: () => (/* reexport */ loadBaseline),
  loadGitleaksConfig: () => (/* reexport */ loadGitleaksConfig),
  loadIgnoreFile: () => (/* reexport */ loadIgnoreFile),
  parseLog: () => (/* reexport */ parseLog),
  parseRequiredSecrets: () => (/* reexport */ parseRequiredSecrets),
  planScan: () => (/* reexport */ planScan),
  redact: () => (/* reexport */ redact),
  repoPrefix: () => (/* reexport */ repoPrefix),
  runPlannedScan: () => (/* reexport */ runPlannedScan),
  sarifRules: () => (/* reexport */ sarifRules),
  scanRepository: () => (/* reexport */ scanRepository),
  scrub: () => (/* reexport */ scrub),
  secretSha256: () => (/* reexport */ secretSha256),
  secretsSarif: () => (/* reexport */ secretsSarif),
  secretsSummary: () => (/* reexport */ secretsSummary),
  shannonEntropy: () => (/* reexport */ shannonEntropy),
  statsLine: () => (/* reexport */ statsLine),
  unquoteGitPath: () => (/* reexport */ unquoteGitPath),
  withPathPrefix: () => (/* reexport */ withPathPrefix)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 25 modules
var core_src = __webpack_require__(3653);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
async function commitExists(repo, ref) {
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
const TOOL = "secrets";

;// CONCATENATED MODULE: ./packages/secrets/src/gitops/finding.ts

/** A finding of this package with the fields every one of them has. */
function finding(rule, severity, file, line, message) {
    return { tool: TOOL, rule, severity, message, file, ...(line ? { line } : {}) };
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
            tool: TOOL,
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
var scope = __webpack_require__(4651);
;// CONCATENATED MODULE: ./packages/secrets/src/tree.ts




/**
 * The full-tree scan: every file once, credential rules on its bytes, GitOps
 * rules on manifests that mention a Secret, then the overlay READMEs.
 */
function scanTree(setup, collector, gitops, stats, notices, only) {
    const { cfg } = setup;
    const reader = new FileReader();
    const wanted = (path) => !only || only.files.has(path) || only.folders.some((d) => (0,scope/* isUnder */.Jo)(path, d));
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
async function scanRepository(repoDir, options = {}) {
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
    return (0,core_src/* toSarif */.zv)(report.findings, {
        toolName: "gitops-secrets",
        toolVersion: core_src/* VERSION */.xv,
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
    const md = (0,core_src/* toSummaryMarkdown */.T7)(report.findings, { title: "Secret scan", check: "secrets", ...summary });
    const [heading, ...rest] = md.split("\n");
    const scope = note
        ? `${(0,core_src/* markdownCell */.UZ)(note.charAt(0).toUpperCase() + note.slice(1))}. ${statsLine(report.stats)}`
        : statsLine(report.stats);
    return [heading, "", scope, ...rest].join("\n");
}
/**
 * The repository's folder relative to the workspace (`infra` for
 * `repo-path: infra`), which GitHub needs before every annotated path; empty
 * when the repository is the workspace or lies outside it.
 */
function repoPrefix(workspace, repoPath) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, repoPath)).split(external_node_path_.sep).join("/");
    return rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel) ? "" : rel;
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
        throw new core_src/* UserError */.yo('Input "scan" is diff, but there is no base: run on pull_request or push events, or set the "base" input');
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
















/***/ })

};
