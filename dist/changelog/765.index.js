export const id = 765;
export const ids = [765];
export const modules = {

/***/ 4765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENTRIES_MARKER: () => (/* reexport */ ENTRIES_MARKER),
  PLATFORM_SERVICE: () => (/* reexport */ PLATFORM_SERVICE),
  attributionOf: () => (/* reexport */ attributionOf),
  buildEntries: () => (/* reexport */ buildEntries),
  changelogMarkdown: () => (/* reexport */ changelogMarkdown),
  changelogPath: () => (/* reexport */ changelogPath),
  ciSummaryMarkdown: () => (/* reexport */ ciSummaryMarkdown),
  collectChangelog: () => (/* reexport */ collectChangelog),
  collectMetrics: () => (/* reexport */ collectMetrics),
  compareVersions: () => (/* reexport */ compareVersions),
  computeMetrics: () => (/* reexport */ computeMetrics),
  dashboardHtml: () => (/* reexport */ dashboardHtml),
  deployTagPrefix: () => (/* reexport */ deployTagPrefix),
  deployTags: () => (/* reexport */ deployTags),
  deploymentsOf: () => (/* reexport */ deploymentsOf),
  entryBlock: () => (/* reexport */ entryBlock),
  entryMarker: () => (/* reexport */ entryMarker),
  escapeHtml: () => (/* reexport */ escapeHtml),
  fileChanges: () => (/* reexport */ fileChanges),
  fillPullRequests: () => (/* reexport */ fillPullRequests),
  imageRef: () => (/* reexport */ imageRef),
  isoUtc: () => (/* reexport */ isoUtc),
  lastDeployTag: () => (/* reexport */ lastDeployTag),
  lastReleasedCommits: () => (/* reexport */ lastReleasedCommits),
  listReleases: () => (/* reexport */ listReleases),
  mdCode: () => (/* reexport */ mdCode),
  mdText: () => (/* reexport */ mdText),
  metricsMarkdown: () => (/* reexport */ metricsMarkdown),
  parseLog: () => (/* reexport */ parseLog),
  parsePromotedFrom: () => (/* reexport */ parsePromotedFrom),
  pinnedIn: () => (/* reexport */ pinnedIn),
  prFromMessage: () => (/* reexport */ prFromMessage),
  publishReleases: () => (/* reexport */ publishReleases),
  readHistory: () => (/* reexport */ readHistory),
  releaseMarker: () => (/* reexport */ releaseMarker),
  releaseNotes: () => (/* reexport */ releaseNotes),
  releaseTag: () => (/* reexport */ releaseTag),
  repositoryOf: () => (/* reexport */ repositoryOf),
  revertOf: () => (/* reexport */ revertOf),
  runChangelogCi: () => (/* reexport */ runChangelogCi),
  sourceStarts: () => (/* reexport */ sourceStarts),
  sourceTrailers: () => (/* reexport */ sourceTrailers),
  sourcesOf: () => (/* reexport */ sourcesOf),
  subjectOf: () => (/* reexport */ subjectOf),
  tagOf: () => (/* reexport */ tagOf),
  tidyChanges: () => (/* reexport */ tidyChanges),
  updateChangelogFiles: () => (/* reexport */ updateChangelogFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __webpack_require__(9738);
;// CONCATENATED MODULE: ./packages/changelog/src/types.ts
/** The shapes `gitops changelog` produces (DESIGN.md: fields may be added, never renamed). */
/** The service name of entries from clusters/, environments/, policies/ and argo-apps/. */
const PLATFORM_SERVICE = "platform";

;// CONCATENATED MODULE: ./packages/changelog/src/components.ts

/** The attribution of the model's targets, built once: files by name, folders by prefix. */
function attributionOf(model) {
    const byFile = new Map();
    const byDir = [];
    for (const t of model.targets) {
        const components = (t.env ? [t.env] : model.environments).map((env) => ({
            env,
            service: t.service ?? PLATFORM_SERVICE,
        }));
        const g = model.graph(t.id);
        for (const f of g.files) {
            const list = byFile.get(f) ?? [];
            list.push(...components);
            byFile.set(f, list);
        }
        for (const d of g.dirs)
            byDir.push({ prefix: d === "" ? "" : `${d}/`, components });
    }
    return (path) => {
        const all = [...(byFile.get(path) ?? [])];
        for (const d of byDir)
            if (path.startsWith(d.prefix))
                all.push(...d.components);
        const seen = new Set();
        return all.filter((c) => {
            const key = `${c.env}\0${c.service}`;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/changelog/src/blobs.ts
/**
 * Reads many files at many commits with one `git cat-file --batch`, instead
 * of one `git show <sha>:<path>` process per file and side.
 */

/** `<sha>:./<path>` names a file at a commit, relative to the folder git runs in (the repo, maybe a subfolder). */
function blobSpec(sha, path) {
    return `${sha}:./${path}`;
}
/** Largest file we read back; a bigger one is treated as unreadable (a config file is never this big). */
const MAX_BLOB_BYTES = 4 * 1024 * 1024;
/**
 * The contents of each `<sha>:<path>` that exists and is a file of at most
 * 4 MiB, keyed by spec. Missing paths (a file added or deleted by the commit)
 * are simply absent. Paths with a newline cannot be asked for in batch mode
 * and are skipped.
 */
async function readBlobs(repo, specs) {
    const wanted = [...new Set(specs)].filter((s) => !s.includes("\n"));
    const result = new Map();
    // In chunks, so a long history never holds every file of every commit in memory at once.
    for (let i = 0; i < wanted.length; i += CHUNK) {
        await readChunk(repo, wanted.slice(i, i + CHUNK), result);
    }
    return result;
}
const CHUNK = 256;
async function readChunk(repo, wanted, result) {
    const out = await catFile(repo, wanted.join("\n") + "\n");
    let offset = 0;
    for (const spec of wanted) {
        const eol = out.indexOf(0x0a, offset);
        if (eol < 0)
            throw new Error(`git cat-file ended early, before ${spec}`);
        const header = out.subarray(offset, eol).toString("utf8");
        offset = eol + 1;
        // `<oid> <type> <size>` is followed by the content and a newline; anything else
        // (`<spec> missing`, `<spec> ambiguous`) has no body.
        const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
        if (!m)
            continue;
        const size = Number(m[2]);
        if (m[1] === "blob" && size <= MAX_BLOB_BYTES)
            result.set(spec, out.subarray(offset, offset + size));
        offset += size + 1;
    }
}
function catFile(repo, input) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)("git", ["cat-file", "--batch"], {
            cwd: repo,
            env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
            stdio: ["pipe", "pipe", "pipe"],
        });
        const chunks = [];
        let stderr = "";
        child.stdout.on("data", (c) => chunks.push(c));
        child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
        child.on("error", reject);
        child.on("close", (code) => {
            if (code === 0)
                resolve(Buffer.concat(chunks));
            else
                reject(new Error(`git cat-file --batch exited ${code}: ${stderr.trim().split("\n")[0] ?? ""}`));
        });
        child.stdin.on("error", reject);
        child.stdin.end(input);
    });
}

;// CONCATENATED MODULE: ./packages/changelog/src/images.ts
/** Image references and version order: enough to tell a rollback from a roll forward. */
/** `repo:tag@digest`, leaving out the parts that are not set. */
function imageRef(repository, tag, digest) {
    const withTag = tag ? (repository ? `${repository}:${tag}` : tag) : repository;
    return digest ? `${withTag}@${digest}` : withTag;
}
/** The repository of an image reference (`ghcr.io/org/web:1.2@sha256:...` is `ghcr.io/org/web`). */
function repositoryOf(image) {
    const noDigest = image.split("@", 1)[0] ?? image;
    const colon = noDigest.lastIndexOf(":");
    return colon > noDigest.lastIndexOf("/") ? noDigest.slice(0, colon) : noDigest;
}
/** The tag of an image reference, or undefined when it has none. */
function tagOf(image) {
    const noDigest = image.split("@", 1)[0] ?? image;
    const colon = noDigest.lastIndexOf(":");
    return colon > noDigest.lastIndexOf("/") ? noDigest.slice(colon + 1) : undefined;
}
const VERSION = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseVersion(tag) {
    const m = VERSION.exec(tag);
    if (!m?.[1])
        return undefined;
    return { numbers: m[1].split(".").map(Number), pre: m[2] ? m[2].split(".") : [] };
}
/**
 * Compares two tags as semantic versions (a leading `v`, 1 to 4 numbers and a
 * pre-release are accepted): negative when `a` is older, positive when newer,
 * 0 when equal, and undefined when either is not a version (`latest`, a SHA),
 * because such tags carry no order.
 */
function compareVersions(a, b) {
    const va = parseVersion(a);
    const vb = parseVersion(b);
    if (!va || !vb)
        return undefined;
    for (let i = 0; i < Math.max(va.numbers.length, vb.numbers.length); i++) {
        const d = (va.numbers[i] ?? 0) - (vb.numbers[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    // A release is newer than its pre-releases (1.0.0-rc.1 < 1.0.0).
    if (va.pre.length === 0 || vb.pre.length === 0)
        return Math.sign(vb.pre.length - va.pre.length);
    for (let i = 0; i < Math.max(va.pre.length, vb.pre.length); i++) {
        const pa = va.pre[i];
        const pb = vb.pre[i];
        if (pa === undefined || pb === undefined)
            return pa === undefined ? -1 : 1;
        if (pa === pb)
            continue;
        const na = /^\d+$/.test(pa) ? Number(pa) : undefined;
        const nb = /^\d+$/.test(pb) ? Number(pb) : undefined;
        if (na !== undefined && nb !== undefined)
            return Math.sign(na - nb);
        if (na !== undefined || nb !== undefined)
            return na !== undefined ? -1 : 1;
        return pa < pb ? -1 : 1;
    }
    return 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/changelog/src/manifest-versions.ts
/** Versions pinned by Chart.yaml, Argo CD Applications and plain manifests' containers. */

const CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
function chartVersions(value, read, pinned) {
    const name = read(["name"]) ?? "chart";
    const version = read(["version"]);
    if (version)
        pinned.set(`chart:${name}`, { kind: "chart", name, ref: version });
    if (!Array.isArray(value.dependencies))
        return;
    value.dependencies.forEach((_dep, i) => {
        const dep = read(["dependencies", i, "name"]);
        const v = read(["dependencies", i, "version"]);
        if (dep && v)
            pinned.set(`dependency:${dep}`, { kind: "chart", name: dep, ref: v });
    });
}
function applicationRevisions(value, read, pinned) {
    const app = read(["metadata", "name"]) ?? "application";
    const spec = value.kind === "ApplicationSet" ? ["spec", "template", "spec"] : ["spec"];
    const add = (source, id) => {
        const revision = read([...source, "targetRevision"]);
        if (!revision)
            return;
        const name = read([...source, "chart"]) ?? app;
        pinned.set(`${value.kind === "ApplicationSet" ? "appset" : "app"}:${app}${id}`, {
            kind: "chart",
            name,
            ref: revision,
        });
    };
    add([...spec, "source"], "");
    const sources = value.kind === "ApplicationSet" ? undefined : value.spec?.sources;
    if (!Array.isArray(sources))
        return;
    for (let i = 0; i < sources.length; i++)
        add([...spec, "sources", i], `[${i}]`);
}
/** Container images of plain manifests (Deployments, CronJobs, Pods ...), found at any depth. */
function containerImages(value, at, owner, pinned) {
    if (Array.isArray(value)) {
        for (const v of value)
            containerImages(v, at, owner, pinned);
        return;
    }
    if (!isRecord(value) || at.length > 8)
        return;
    for (const [key, child] of Object.entries(value)) {
        if (CONTAINER_LISTS.includes(key) && Array.isArray(child)) {
            for (const c of child) {
                if (isRecord(c) && typeof c.image === "string" && c.image !== "") {
                    pinned.set(`container:${owner}/${str(c.name)}`, {
                        kind: "image",
                        name: repositoryOf(c.image),
                        ref: c.image,
                        tag: tagOf(c.image),
                    });
                }
            }
        }
        else {
            containerImages(child, [...at, key], owner, pinned);
        }
    }
}
function isRecord(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function str(v) {
    return typeof v === "string" ? v : "";
}

;// CONCATENATED MODULE: ./packages/changelog/src/versions.ts
/**
 * The versioned things a YAML file pins: kustomize `images[]`, Helm values
 * `image.*`, container images of plain manifests, Chart.yaml versions and
 * dependencies, and the `targetRevision` of Argo CD Applications.
 */




const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const VALUES = /(^|\/)values[^/]*\.ya?ml$/;
const CHART = /(^|\/)Chart\.yaml$/;
/**
 * Everything `text` (the file at `path`) pins, keyed by a stable id. A file
 * that does not parse pins nothing: an old commit with broken YAML, or a Helm
 * template, still counts as a config change but reports no versions.
 */
function pinnedIn(path, text) {
    const pinned = new Map();
    let documents;
    try {
        documents = (0,src/* parseYaml */.hN)(text, path).documents;
    }
    catch {
        return pinned;
    }
    for (const document of documents) {
        const read = reader(document);
        const value = document.value;
        if (!versions_isRecord(value))
            continue;
        if (KUSTOMIZATION.test(path) || value.kind === "Kustomization" || value.kind === "Component") {
            kustomizeImages(value, read, pinned);
        }
        else if (VALUES.test(path)) {
            helmImages(value, [], read, pinned);
        }
        else if (CHART.test(path)) {
            chartVersions(value, read, pinned);
        }
        else if (value.kind === "Application" || value.kind === "ApplicationSet") {
            applicationRevisions(value, read, pinned);
        }
        else {
            containerImages(value, [], `${versions_str(value.kind)}/${versions_str(versions_isRecord(value.metadata) ? value.metadata.name : "")}`, pinned);
        }
    }
    return pinned;
}
/** Reads a scalar as written: `tag: 1.10` is "1.10", not the number 1.1. */
function reader(document) {
    return (path) => {
        const node = document.doc.getIn(path, true);
        if (!(0,dist/* isScalar */.jn)(node))
            return undefined;
        const value = node.value;
        if (typeof value === "number" && typeof node.source === "string")
            return node.source;
        return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
            ? String(value)
            : undefined;
    };
}
function kustomizeImages(value, read, pinned) {
    if (!Array.isArray(value.images))
        return;
    value.images.forEach((image, i) => {
        const name = versions_isRecord(image) ? read(["images", i, "name"]) : undefined;
        if (!name)
            return;
        const repo = read(["images", i, "newName"]) ?? name;
        const tag = read(["images", i, "newTag"]);
        const ref = imageRef(repo, tag, read(["images", i, "digest"]));
        pinned.set(`kustomize:${name}`, { kind: "image", name, ref, tag });
    });
}
/** `image:` maps at any depth up to 3 (`image`, `worker.image`, `sub.worker.image`). */
function helmImages(value, at, read, pinned) {
    for (const [key, child] of Object.entries(value)) {
        if (!versions_isRecord(child))
            continue;
        const path = [...at, key];
        if (key === "image" && ["repository", "tag", "digest"].some((k) => k in child)) {
            const repository = [read([...path, "registry"]), read([...path, "repository"])]
                .filter(Boolean)
                .join("/");
            const name = repository || path.join(".");
            const tag = read([...path, "tag"]);
            const ref = imageRef(repository, tag, read([...path, "digest"]));
            pinned.set(`values:${path.join(".")}`, { kind: "image", name, ref, tag });
        }
        else if (path.length < 3) {
            helmImages(child, path, read, pinned);
        }
    }
}
function versions_isRecord(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function versions_str(v) {
    return typeof v === "string" ? v : "";
}

;// CONCATENATED MODULE: ./packages/changelog/src/changes.ts


const YAML_FILE = /(\.ya?ml|(^|\/)Kustomization)$/;
/** True for files whose versions we read (YAML); others only count as config changes. */
function holdsVersions(path) {
    return YAML_FILE.test(path);
}
/**
 * Compares the versions pinned in `file` before and after the commit
 * (`before`/`after` are the texts, undefined where the file did not exist)
 * and lists each that moved, followed by the file as a config change.
 */
function fileChanges(file, before, after) {
    const changes = [];
    let rollback = false;
    if (holdsVersions(file.path)) {
        const old = before === undefined ? new Map() : pinnedIn(file.path, before);
        const now = after === undefined ? new Map() : pinnedIn(file.path, after);
        for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
            const a = old.get(id);
            const b = now.get(id);
            if (a?.ref === b?.ref)
                continue;
            const kind = (b ?? a)?.kind ?? "image";
            changes.push({
                kind,
                name: (b ?? a)?.name ?? id,
                from: a?.ref ?? null,
                to: b?.ref ?? null,
                file: file.path,
            });
            if (kind === "image" && a?.tag && b?.tag && (compareVersions(b.tag, a.tag) ?? 0) < 0)
                rollback = true;
        }
    }
    changes.push({
        kind: "config",
        name: file.path,
        from: null,
        to: null,
        file: file.path,
        status: file.status,
    });
    return { changes, rollback };
}
/**
 * Orders changes images first, then charts, then files, keeping each group's
 * order, and drops a version change that another file of the entry already
 * reported identically (a base Deployment and its overlay's `images[]` moving
 * the same image): the files still appear as config changes.
 */
function tidyChanges(changes) {
    const rank = { image: 0, chart: 1, config: 2 };
    const seen = new Set();
    return changes
        .filter((c) => {
        if (c.kind === "config")
            return true;
        const key = JSON.stringify([c.kind, c.name, c.from, c.to]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .map((c, i) => ({ c, i }))
        .sort((x, y) => rank[x.c.kind] - rank[y.c.kind] || x.i - y.i)
        .map((x) => x.c);
}

;// CONCATENATED MODULE: ./packages/changelog/src/messages.ts
/** What a commit message tells about a deployment: its PR, its promotion source, what it reverts. */

const MERGE_PR = /^Merge pull request #(\d{1,9}) from \S/;
// GitHub's squash merge appends " (#12)" to the PR title.
const SQUASH_PR = /\(#(\d{1,9})\)\s*$/;
const REVERTS = /This reverts commit ([0-9a-f]{40})/;
const PROMOTED = new RegExp(`^(?<env>${src/* ID_PATTERN */.pw.slice(1, -1)})@(?<sha>[0-9a-f]{40})$`);
/** The first line of a message. */
function subjectOf(message) {
    return message.split("\n", 1)[0] ?? "";
}
/** The PR number from a merge (`Merge pull request #12 from ...`) or squash (`Title (#12)`) subject. */
function prFromMessage(message) {
    const subject = subjectOf(message);
    const m = MERGE_PR.exec(subject) ?? SQUASH_PR.exec(subject);
    return m?.[1] ? Number(m[1]) : null;
}
/** The commit a `git revert` message names, or null. */
function revertOf(message) {
    return REVERTS.exec(message)?.[1] ?? null;
}
/**
 * The first well-formed value of the `Promoted-From` trailer (`staging@<sha>`,
 * written by `gitops promote`), as git prints it with `valueonly` and a comma
 * between repeated trailers.
 */
function parsePromotedFrom(trailer) {
    for (const value of trailer.split(/[,\n]/)) {
        const groups = PROMOTED.exec(value.trim())?.groups;
        if (groups?.env && groups.sha)
            return { env: groups.env, commit: groups.sha };
    }
    return null;
}

;// CONCATENATED MODULE: ./packages/changelog/src/entries.ts
/** Turns first-parent commits into entries: one per commit × env × service, with what moved. */



/** Entries of `history` (newest first) that pass `filter`, in history order, then env order, then service. */
async function buildEntries(repo, history, environments, attribute, filter) {
    const groups = history.map((commit) => ({
        commit,
        parts: groupFiles(commit, environments, attribute, filter),
    }));
    const specs = [];
    for (const { commit, parts } of groups) {
        for (const files of parts.values()) {
            for (const f of files.filter((file) => holdsVersions(file.path))) {
                if (commit.parents[0])
                    specs.push(blobSpec(commit.parents[0], f.path));
                specs.push(blobSpec(commit.sha, f.path));
            }
        }
    }
    const blobs = await readBlobs(repo, specs);
    const text = (sha, path) => {
        const buf = sha ? blobs.get(blobSpec(sha, path)) : undefined;
        return buf?.toString("utf8");
    };
    const entries = [];
    for (const { commit, parts } of groups) {
        for (const [key, files] of parts) {
            const [env = "", service = ""] = key.split("\0");
            const results = files.map((f) => fileChanges(f, text(commit.parents[0], f.path), text(commit.sha, f.path)));
            const changes = results.flatMap((r) => r.changes);
            const rollback = results.some((r) => r.rollback);
            const reverts = revertOf(commit.message);
            entries.push({
                env,
                service,
                commit: commit.sha,
                date: isoUtc(commit.date),
                author: commit.author,
                pr: prFromMessage(commit.message),
                changes: tidyChanges(changes),
                subject: subjectOf(commit.message),
                authorDate: isoUtc(commit.authorDate),
                promotedFrom: commit.promotedFrom,
                revertOf: reverts,
                rollback: rollback || reverts !== null,
            });
        }
    }
    return entries;
}
/** Files of one commit grouped by `env\0service`, in env order then service name. */
function groupFiles(commit, environments, attribute, filter) {
    const groups = new Map();
    for (const file of commit.files) {
        for (const { env, service } of attribute(file.path)) {
            if (!filter(env, service, commit.sha))
                continue;
            const key = `${env}\0${service}`;
            const files = groups.get(key) ?? [];
            files.push(file);
            groups.set(key, files);
        }
    }
    const rank = (env) => {
        const i = environments.indexOf(env);
        return i < 0 ? environments.length : i;
    };
    return new Map([...groups].sort(([a], [b]) => {
        const [ea = "", sa = ""] = a.split("\0");
        const [eb = "", sb = ""] = b.split("\0");
        return rank(ea) - rank(eb) || compare(ea, eb) || compare(sa, sb);
    }));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** An ISO 8601 time in UTC without milliseconds, whatever offset git printed. */
function isoUtc(date) {
    return new Date(date).toISOString().replace(/\.000Z$/, "Z");
}

;// CONCATENATED MODULE: ./packages/changelog/src/history.ts
/**
 * The first-parent history of the main line, read with one `git log`: every
 * commit with its metadata and the files it changed against its first parent
 * (for a merge, everything the merged branch brought in).
 */


// Fields are NUL-separated, and `-z` ends each commit with a NUL too; a commit
// message cannot hold a NUL, so no message can fake a field boundary.
const FORMAT = [
    "%H",
    "%P",
    "%an",
    "%aI",
    "%cI",
    "%(trailers:key=Promoted-From,valueonly,separator=%x2c)",
    "%B",
].join("%x00");
const HEADER_FIELDS = 7;
const SHA = /^[0-9a-f]{40}$/;
const STATUS = {
    A: "added",
    M: "modified",
    D: "deleted",
    T: "modified",
};
/**
 * Commits reachable from `to` along first parents, newest first, excluding
 * those reachable from `since` (when given). Renames are read as a delete and
 * an add, so moving a file out of an overlay counts for that overlay too.
 */
async function readHistory(repo, to, since) {
    const range = since ? [to, `^${since}`] : [to];
    const out = await (0,src/* gitOk */.Tt)(repo, [
        "log",
        "-z",
        "--first-parent",
        "--diff-merges=first-parent",
        "--no-renames",
        "--name-status",
        // Paths relative to `repo`, which may be a folder inside a larger Git repository.
        "--relative",
        `--format=${FORMAT}`,
        "--end-of-options",
        ...range,
        "--",
    ], `cannot read the history of ${to}`);
    return parseLog(out);
}
/** Parses the `-z` output of {@link readHistory}'s `git log`. */
function parseLog(out) {
    const tokens = out.split("\0");
    const commits = [];
    let i = 0;
    while (i < tokens.length) {
        const head = (tokens[i] ?? "").replace(/^\n/, "");
        if (head === "") {
            i++;
            continue;
        }
        // Not the user's doing: our format and git's disagree.
        if (!SHA.test(head))
            throw new Error(`unexpected git log output near "${head.slice(0, 40)}"`);
        const [, parents = "", author = "", authorDate = "", date = "", trailer = "", message = ""] = tokens.slice(i, i + HEADER_FIELDS);
        i += HEADER_FIELDS;
        const files = [];
        // Status and path pairs follow until the next commit's SHA (git puts a newline before the first status).
        for (;;) {
            const status = STATUS[(tokens[i] ?? "").replace(/^\n/, "")];
            if (status === undefined || i + 1 >= tokens.length)
                break;
            files.push({ status, path: tokens[i + 1] ?? "" });
            i += 2;
        }
        commits.push({
            sha: head,
            parents: parents.split(" ").filter(Boolean),
            author,
            authorDate,
            date,
            message: message.trimEnd(),
            promotedFrom: parsePromotedFrom(trailer),
            files,
        });
    }
    return commits;
}

;// CONCATENATED MODULE: ./packages/changelog/src/range.ts
/**
 * Where each environment's changelog starts: `--since`, else the last
 * `deploy/<env>/*` tag on the first-parent line, else a commit the caller
 * found (the last GitHub release), else the beginning of history.
 */


/** The tag prefix of deployments to `env`: `deploy/<env>/`. */
function deployTagPrefix(env) {
    return `deploy/${env}/`;
}
/** The commit of the nearest `deploy/<env>/*` tag on `to`'s first-parent line, or undefined. */
async function lastDeployTag(repo, env, to) {
    const r = await (0,src/* git */.$Y)(repo, [
        "describe",
        "--tags",
        "--abbrev=0",
        "--first-parent",
        `--match=${deployTagPrefix(env)}*`,
        "--end-of-options",
        to,
    ]);
    if (r.code !== 0)
        return undefined;
    return (0,src/* resolveCommit */.WL)(repo, r.stdout.trim(), `deploy tag of ${env}`);
}
/**
 * The first-parent commits after `base` up to `to` (`git rev-list
 * --first-parent base..to`): the commits an env's changelog covers.
 */
async function commitsAfter(repo, base, to) {
    const out = await (0,src/* gitOk */.Tt)(repo, ["rev-list", "--first-parent", "--end-of-options", to, `^${base}`], `cannot list the commits between ${base} and ${to}`);
    return new Set(out.split("\n").filter(Boolean));
}
/**
 * A base that is an ancestor of every other base, so one history walk from
 * `to` can stop there; undefined when there is none (walk everything).
 */
async function oldestBase(repo, bases) {
    const unique = [...new Set(bases)];
    for (const candidate of unique) {
        let ok = true;
        for (const other of unique) {
            if (other === candidate)
                continue;
            const r = await (0,src/* git */.$Y)(repo, ["merge-base", "--is-ancestor", "--end-of-options", candidate, other]);
            if (r.code !== 0) {
                ok = false;
                break;
            }
        }
        if (ok)
            return candidate;
    }
    return undefined;
}
/** The `deploy/<env>/*` tags in the clone, tag name → the commit it points at. */
async function deployTags(repo, env) {
    const out = await (0,src/* gitOk */.Tt)(repo, [
        "for-each-ref",
        "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)",
        `refs/tags/${deployTagPrefix(env)}`,
    ], "cannot list the deploy tags");
    const tags = new Map();
    for (const line of out.split("\n").filter(Boolean)) {
        // An annotated tag points at a tag object; `*objectname` is the commit behind it.
        const [name = "", object = "", peeled = ""] = line.split("\0");
        tags.set(name, peeled || object);
    }
    return tags;
}
/**
 * The boundary commits of a shallow clone (`.git/shallow`): their parents are
 * missing, so git diffs them against nothing and every file looks added.
 */
async function shallowBoundaries(repo) {
    const path = (await (0,src/* gitOk */.Tt)(repo, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"], "cannot find .git")).trim();
    if (!(0,external_node_fs_.existsSync)(path))
        return new Set();
    return new Set((0,external_node_fs_.readFileSync)(path, "utf8")
        .split("\n")
        .filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}

;// CONCATENATED MODULE: ./packages/changelog/src/collect.ts
/**
 * Builds the changelog from Git alone: walk the first-parent history, map
 * each changed file to the env × service it deploys to, and read what moved
 * from the files themselves at both commits.
 */






/** The changelog between each env's start and `to`, newest commit first. */
async function collectChangelog(options) {
    const { repo } = options;
    await assertGitRepo(repo);
    const to = await (0,src/* resolveCommit */.WL)(repo, options.to ?? "HEAD", options.to ? "--to" : "the changelog's end (HEAD)");
    const since = options.since ? await (0,src/* resolveCommit */.WL)(repo, options.since, "--since") : undefined;
    // Attribution follows the repository model of the checkout: a file counts for the targets
    // whose input graph holds it.
    const model = await (0,src/* loadModel */.cm)(repo);
    // With no target, no change could be attributed: an empty changelog would look like "no deploys".
    if (model.targets.length === 0)
        throw (0,src/* noTargets */.UV)(model);
    const configured = model.environments;
    for (const env of options.environments ?? []) {
        if (!configured.includes(env)) {
            throw new src/* UserError */.yo(`unknown environment "${env}"; known: ${configured.join(", ") || "(none)"}`);
        }
    }
    const wanted = options.environments?.length
        ? configured.filter((e) => options.environments?.includes(e))
        : configured;
    const bases = {};
    for (const env of wanted) {
        bases[env] = options.ignoreDeployTags
            ? (since ?? null)
            : (since ?? (await lastDeployTag(repo, env, to)) ?? options.fallbackBases?.[env] ?? null);
    }
    const starts = Object.values(bases);
    const walkFrom = starts.some((b) => b === null) ? undefined : await oldestBase(repo, starts);
    const history = await readHistory(repo, to, walkFrom);
    const shallow = await shallowBoundaries(repo);
    const cut = history.find((c) => shallow.has(c.sha));
    if (cut) {
        throw new src/* UserError */.yo(`the clone is shallow: history stops at ${cut.sha.slice(0, 7)}, so its changes cannot be read; ` +
            "check out with fetch-depth: 0 (or fetch more history), or start later with --since");
    }
    const ranges = new Map();
    for (const env of wanted) {
        const base = bases[env];
        if (base && base !== walkFrom)
            ranges.set(env, await commitsAfter(repo, base, to));
    }
    const inRange = (env, sha) => ranges.get(env)?.has(sha) ?? true;
    const keep = (env, service) => (options.environments?.length ? wanted.includes(env) : true) &&
        (!options.services?.length || options.services.includes(service));
    const entries = await buildEntries(repo, history, configured, attributionOf(model), (env, service, sha) => keep(env, service) && inRange(env, sha));
    const environments = [
        ...configured,
        ...[...new Set(entries.map((e) => e.env))].filter((e) => !configured.includes(e)).sort(),
    ];
    return { entries, environments, since: bases, to };
}
/** A clear message for a folder that does not exist, or is not a Git work tree with commits. */
async function assertGitRepo(repo) {
    if (!(0,external_node_fs_.existsSync)(repo) || !(0,external_node_fs_.statSync)(repo).isDirectory()) {
        throw new src/* UserError */.yo(`repository folder ${repo} does not exist`, repo);
    }
    const r = await (0,src/* git */.$Y)(repo, ["rev-parse", "--is-inside-work-tree"]);
    if (r.code !== 0 || r.stdout.trim() !== "true") {
        throw new src/* UserError */.yo(`${repo} is not a Git work tree; the changelog is read from Git history`, repo);
    }
}

;// CONCATENATED MODULE: ./packages/changelog/src/markdown.ts
/** Text from git made inert: one line, no HTML, no markdown syntax, no @mentions. */
function mdText(text) {
    return (text
        .replace(/[\r\n]+/g, " ")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        // Links need `[`, emphasis `*` `_` `~`, tables `|`; `#` and `+` only act at a line start, where our text never is.
        .replace(/([\\`*_[\]|~])/g, "\\$1")
        .replace(/@/g, "@\u200b"));
}
/** A value as inline code, one line and cut to 120 characters; backticks cannot close the span. */
function mdCode(text) {
    const flat = text.replace(/[\r\n]+/g, " ").replace(/`/g, "'");
    return `\`${flat.length > 120 ? `${flat.slice(0, 120)}…` : flat}\``;
}
/** The first 7 characters of a SHA. */
function markdown_short(sha) {
    return sha.slice(0, 7);
}
/** `ghcr.io/org/web:2.7.4` shown as `2.7.4` when the name says the rest. */
function shown(name, ref) {
    if (ref === null)
        return "_(none)_";
    if (ref.startsWith(`${name}:`))
        return mdCode(ref.slice(name.length + 1));
    if (ref.startsWith(`${name}@`))
        return mdCode(ref.slice(name.length));
    return mdCode(ref);
}
/** One change as a list item's text. */
function changeText(c) {
    if (c.kind === "config")
        return `config ${mdCode(c.name)} (${c.status ?? "modified"})`;
    return `${c.kind} ${mdCode(c.name)}: ${shown(c.name, c.from)} → ${shown(c.name, c.to)}`;
}
/** The line that says who, which commit, which PR, where from. */
function entryByline(e) {
    const parts = [`${mdCode(markdown_short(e.commit))} ${mdText(e.subject)}`, `by ${mdText(e.author)}`];
    if (e.pr !== null)
        parts.push(`PR #${e.pr}`);
    if (e.promotedFrom)
        parts.push(`promoted from ${e.promotedFrom.env}@${mdCode(markdown_short(e.promotedFrom.commit))}`);
    if (e.revertOf)
        parts.push(`reverts ${mdCode(markdown_short(e.revertOf))}`);
    else if (e.rollback)
        parts.push("rollback");
    return parts.join(" · ");
}
/** The day of an ISO date (`2026-11-20`). */
function day(iso) {
    return iso.slice(0, 10);
}
/** `--format md`: every entry grouped by env (promotion order), then service, newest first. */
function changelogMarkdown(report) {
    const lines = ["# Deployment changelog", ""];
    if (report.entries.length === 0)
        return [...lines, "No deployments in this range.", ""].join("\n");
    for (const env of report.environments) {
        const ofEnv = report.entries.filter((e) => e.env === env);
        if (ofEnv.length === 0)
            continue;
        lines.push(`## ${env}`, "");
        for (const service of [...new Set(ofEnv.map((e) => e.service))].sort()) {
            lines.push(`### ${service}`, "");
            for (const e of ofEnv.filter((x) => x.service === service)) {
                lines.push(`- ${day(e.date)} ${entryByline(e)}`);
                for (const c of e.changes)
                    lines.push(`  - ${changeText(c)}`);
            }
            lines.push("");
        }
    }
    return lines.join("\n");
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
;// CONCATENATED MODULE: ./packages/changelog/src/changelog-file.ts
/**
 * `CHANGELOG.md` per environment, at `changelog/<env>/CHANGELOG.md`, updated
 * in place. Each entry carries a hidden marker (`<!-- gitops-changelog:<sha>:<service> -->`),
 * so a re-run finds what is already there and adds nothing; new entries go on
 * top, under the header. The file is the only state, and it is re-derived
 * from Git: delete it and the next run writes it again.
 */





/** Where an env's changelog lives, relative to the repository. */
function changelogPath(env) {
    return `changelog/${env}/CHANGELOG.md`;
}
/** The line new entries go under; everything above it is the user's. */
const ENTRIES_MARKER = "<!-- gitops-changelog:entries -->";
const ENTRY_MARKER = /^<!-- gitops-changelog:([0-9a-f]{40}):([a-z0-9._-]+) -->$/gm;
/** The hidden marker that identifies an entry in a changelog file. */
function entryMarker(e) {
    return `<!-- gitops-changelog:${e.commit}:${e.service} -->`;
}
/** One entry as a block of CHANGELOG.md. */
function entryBlock(e) {
    return [
        `### ${day(e.date)} · ${e.service} · ${mdCode(markdown_short(e.commit))}${e.pr !== null ? ` · #${e.pr}` : ""}`,
        "",
        entryMarker(e),
        "",
        `- ${entryByline(e)}`,
        ...e.changes.map((c) => `- ${changeText(c)}`),
        "",
    ].join("\n");
}
function header(env) {
    return [
        `# Deployments to ${env}`,
        "",
        "Written by `gitops changelog --write` from Git history, newest first. Text above the marker",
        "below is yours to edit; entries are added under it and never rewritten.",
        "",
        ENTRIES_MARKER,
        "",
    ].join("\n");
}
/**
 * Adds the entries of each env in `envs` that its CHANGELOG.md lacks, newest
 * on top, and writes each file atomically (temp file, then rename). A file is
 * only written when something was added.
 */
function updateChangelogFiles(repo, entries, envs) {
    return envs.map((env) => updateOne(repo, env, entries.filter((e) => e.env === env)));
}
function updateOne(repo, env, entries) {
    const file = changelogPath(env);
    const path = (0,external_node_path_.join)(repo, file);
    const existing = (0,external_node_fs_.existsSync)(path) ? readText(path, file) : undefined;
    const present = new Set([...(existing ?? "").matchAll(ENTRY_MARKER)].map((m) => `${m[1]}:${m[2]}`));
    const fresh = entries.filter((e) => !present.has(`${e.commit}:${e.service}`));
    if (fresh.length === 0)
        return { env, file, added: 0 };
    const blocks = fresh.map(entryBlock).join("\n");
    (0,write/* writeTextAtomic */.Q)(path, insertBlocks(existing ?? header(env), blocks), file);
    return { env, file, added: fresh.length };
}
/** Puts `blocks` right under the entries marker, adding the marker after the title when a hand-made file lacks it. */
function insertBlocks(original, blocks) {
    const text = original.endsWith("\n") ? original : `${original}\n`;
    const at = text.indexOf(`${ENTRIES_MARKER}\n`);
    if (at >= 0) {
        const end = at + ENTRIES_MARKER.length + 1;
        return `${text.slice(0, end)}\n${blocks}${text.slice(end).replace(/^\n*/, "\n")}`.replace(/\n+$/, "\n");
    }
    const title = /^# .*\n/.exec(text);
    const cut = title ? title[0].length : 0;
    return `${text.slice(0, cut)}\n${ENTRIES_MARKER}\n\n${blocks}\n${text.slice(cut)}`.replace(/\n+$/, "\n");
}
function readText(path, file) {
    try {
        return (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch (err) {
        throw new src/* UserError */.yo(`${file}: cannot read: ${(0,src/* messageOf */.bD)(err)}`, file);
    }
}

;// CONCATENATED MODULE: ./packages/changelog/src/graph.ts
/**
 * The commit graph behind lead times: when each change was first written
 * (the oldest commit of a merged branch, not the merge), and the order of the
 * main line, to find the staging commit a promotion came from.
 */

const trailer = (key) => `%(trailers:key=${key},valueonly,separator=%x2c)`;
// Trailer values cannot hold a NUL, so they cannot fake a field boundary.
const GRAPH_FORMAT = [
    "%H",
    "%P",
    "%at",
    "%ct",
    trailer("Source-Repository"),
    trailer("Source-Commit"),
    trailer("Source-Commit-Date"),
].join("%x00");
const GRAPH_FIELDS = 7;
const SOURCE_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SOURCE_SHA = /^[0-9a-f]{7,40}$/i;
/** Reads the graph reachable from `to` with two git commands. */
async function readGraph(repo, to) {
    const log = await (0,src/* gitOk */.Tt)(repo, ["log", "-z", `--format=${GRAPH_FORMAT}`, "--end-of-options", to, "--"], `cannot read the history of ${to}`);
    const commits = new Map();
    const tokens = log.split("\0");
    for (let i = 0; i + GRAPH_FIELDS - 1 < tokens.length; i += GRAPH_FIELDS) {
        const sha = (tokens[i] ?? "").replace(/^\n/, "");
        const source = sourceTrailers(tokens[i + 4] ?? "", tokens[i + 5] ?? "", tokens[i + 6] ?? "");
        commits.set(sha, {
            parents: (tokens[i + 1] ?? "").split(" ").filter(Boolean),
            authorMs: Number(tokens[i + 2]) * 1000,
            committerMs: Number(tokens[i + 3]) * 1000,
            ...(source ? { source } : {}),
        });
    }
    const line = await (0,src/* gitOk */.Tt)(repo, ["rev-list", "--first-parent", "--end-of-options", to], "cannot list the main line");
    const position = new Map(line
        .split("\n")
        .filter(Boolean)
        .map((sha, i) => [sha, i]));
    return { commits, position };
}
/**
 * When the change in `sha` was first written: for a merge, the oldest author
 * date among the commits its branch brought in (those not on the main line);
 * otherwise its own author date. Undefined for a commit the graph lacks.
 */
function authoredMs(graph, sha) {
    const commit = graph.commits.get(sha);
    if (!commit)
        return undefined;
    let oldest = commit.authorMs;
    const queue = commit.parents.slice(1);
    const seen = new Set(queue);
    while (queue.length > 0) {
        const next = queue.pop() ?? "";
        const c = graph.commits.get(next);
        if (!c || graph.position.has(next))
            continue;
        oldest = Math.min(oldest, c.authorMs);
        for (const p of c.parents) {
            if (!seen.has(p)) {
                seen.add(p);
                queue.push(p);
            }
        }
    }
    return oldest;
}
/**
 * The first well-formed `Source-Repository` and `Source-Commit` (git joins repeated trailers with
 * a comma); a commit with only one of them, or a malformed value, has no source.
 */
function sourceTrailers(repository, commit, date) {
    const first = (v, ok) => v
        .split(",")
        .map((x) => x.trim())
        .find((x) => ok.test(x));
    const r = first(repository, SOURCE_REPO);
    const c = first(commit, SOURCE_SHA);
    if (!r || !c)
        return undefined;
    const d = date
        .split(",")
        .map((x) => x.trim())
        .find((x) => /^\d{4}-\d{2}-\d{2}T/.test(x) && !Number.isNaN(Date.parse(x)));
    return { repository: r, commit: c.toLowerCase(), ...(d ? { dateMs: Date.parse(d) } : {}) };
}
/**
 * The source trailers behind the change `sha` brought: its own, else those of the commits its
 * branch brought in (a merge of a bump branch), the one with the oldest known time first.
 */
function sourcesOf(graph, sha) {
    const commit = graph.commits.get(sha);
    if (!commit)
        return [];
    if (commit.source)
        return [commit.source];
    const out = [];
    const queue = commit.parents.slice(1);
    const seen = new Set(queue);
    while (queue.length > 0) {
        const next = queue.pop() ?? "";
        const c = graph.commits.get(next);
        if (!c || graph.position.has(next))
            continue;
        if (c.source)
            out.push(c.source);
        for (const p of c.parents)
            if (!seen.has(p)) {
                seen.add(p);
                queue.push(p);
            }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/changelog/src/failures.ts
/**
 * Failures and restore times, service by service: from Argo CD where the service has an
 * Application (failed syncs and Degraded periods since the window starts), else from git
 * (rollbacks, restored by the next forward deployment).
 */
function failureFigures(entries, forward, ctx) {
    const { incidents, deploys } = ctx;
    let failures = 0;
    let open = 0;
    const restore = [];
    const used = new Set();
    const counts = { failedSyncs: 0, degradedPeriods: 0, openDegraded: 0 };
    for (const service of new Set(entries.map((e) => e.service))) {
        const timeline = incidents?.get(`${entries[0]?.env ?? ""}\0${service}`);
        if (timeline) {
            used.add("argocd");
            const since = (t) => t !== null && Date.parse(t) >= ctx.span.from;
            const syncs = timeline.failedSyncs.filter((f) => since(f.at));
            // A period still open is current, whenever it started.
            const periods = timeline.degraded.filter((p) => p.to === null || since(p.from) || since(p.to));
            counts.failedSyncs += syncs.length;
            counts.degradedPeriods += periods.length;
            failures += syncs.length + periods.length;
            for (const p of periods) {
                if (p.to === null)
                    counts.openDegraded++;
                else if (p.from !== null)
                    restore.push(Date.parse(p.to) - Date.parse(p.from));
            }
            continue;
        }
        used.add("git");
        for (const e of entries.filter((x) => x.rollback && x.service === service)) {
            failures++;
            // Entries are newest first: the next forward deploy is the nearest newer one of the same service.
            const at = ctx.at(e);
            const next = forward.filter((f) => f.service === e.service && ctx.at(f) > at).at(-1);
            if (next)
                restore.push(ctx.at(next) - at);
            else
                open++;
        }
    }
    if (!deploys)
        return { failures, restore, open };
    const source = used.size > 1 ? "mixed" : used.has("argocd") ? "argocd" : "git";
    const dated = entries.filter((e) => deploys.has(e)).length;
    const sources = {
        deployTime: { argocd: dated, git: entries.length - dated },
        failures: source,
        timeToRestore: source,
        ...counts,
    };
    return { failures, restore, open, sources };
}

;// CONCATENATED MODULE: ./packages/changelog/src/stats.ts
/** Small statistics for the metrics: hours, weeks, medians. */
const HOUR = 3_600_000;
/** One day in milliseconds. */
const DAY = 24 * HOUR;
/** Stats of durations in milliseconds, or null when there are none. */
function durationStats(ms) {
    if (ms.length === 0)
        return null;
    const sorted = [...ms].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
    // Nearest rank: the smallest value with at least 90% of the samples at or below it.
    const p90 = sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] ?? 0;
    return {
        count: sorted.length,
        medianHours: hours(median),
        meanHours: hours(sorted.reduce((s, v) => s + v, 0) / sorted.length),
        p90Hours: hours(p90),
        maxHours: hours(sorted.at(-1) ?? 0),
    };
}
function hours(ms) {
    return Math.round((ms / HOUR) * 100) / 100;
}
/** The Monday (UTC) starting the week of `ms`, as `YYYY-MM-DD`. */
function weekStart(ms) {
    const d = new Date(ms);
    const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
    return new Date(monday).toISOString().slice(0, 10);
}
/** Every week start from `fromMs` to `toMs`, oldest first. */
function weeksBetween(fromMs, toMs) {
    const weeks = [];
    for (let w = Date.parse(weekStart(fromMs)); w <= toMs; w += 7 * DAY)
        weeks.push(weekStart(w));
    return weeks;
}
/** Rounds to two decimals (rates and frequencies). */
function round2(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./packages/changelog/src/metrics.ts



/** Computes the metrics of `entries` (newest first) over `window`. */
function computeMetrics(entries, environments, graph, window, starts = new Map(), extras = {}) {
    const span = { from: Date.parse(window.from), to: Date.parse(window.to) };
    const deployed = (e) => extras.deploys?.get(e);
    const at = (e) => Date.parse(deployed(e)?.at ?? e.date);
    const ctx = {
        span,
        at,
        ...(extras.incidents ? { incidents: extras.incidents } : {}),
        ...(extras.deploys ? { deploys: extras.deploys } : {}),
    };
    const byService = new Map();
    for (const e of entries) {
        const key = `${e.env}\0${e.service}`;
        const list = byService.get(key) ?? [];
        list.push(e);
        byService.set(key, list);
    }
    const lead = new Map(entries.map((e) => [e, leadTimes(e, byService, graph, starts, at, extras.promotions)]));
    const envs = environments
        .filter((env) => entries.some((e) => e.env === env))
        .map((env) => {
        const ofEnv = entries.filter((e) => e.env === env);
        const services = [...new Set(ofEnv.map((e) => e.service))].sort().map((service) => ({
            service,
            ...metricsOf(ofEnv.filter((e) => e.service === service), lead, ctx),
        }));
        const weekly = weeksBetween(span.from, span.to).map((week) => ({
            week,
            deployments: ofEnv.filter((e) => weekStart(at(e)) === week).length,
        }));
        return { env, ...metricsOf(ofEnv, lead, ctx), services, weekly };
    });
    const rollbacks = entries
        .filter((e) => e.rollback)
        .map(({ env, service, commit, date, author, subject, revertOf }) => ({
        env,
        service,
        commit,
        date,
        author,
        subject,
        revertOf,
    }));
    const leadList = entries.flatMap((e) => {
        const l = lead.get(e);
        if (e.rollback || l?.lead === undefined)
            return [];
        return [
            {
                env: e.env,
                service: e.service,
                commit: e.commit,
                date: e.date,
                hours: Math.round((l.lead / 3_600_000) * 100) / 100,
                from: l.from,
                ...(l.start ? { source: { repository: l.start.repository, commit: l.start.commit } } : {}),
                ...(deployed(e) ? { deployedAt: deployed(e)?.at } : {}),
            },
        ];
    });
    return { window, environments: envs, rollbacks, leadTimes: leadList };
}
function metricsOf(entries, lead, ctx) {
    const { span } = ctx;
    const forward = entries.filter((e) => !e.rollback);
    const leadTimeFrom = { trailer: 0, github: 0, git: 0 };
    for (const e of forward) {
        const l = lead.get(e);
        if (l?.lead !== undefined)
            leadTimeFrom[l.from]++;
    }
    const weeks = Math.max(span.to - span.from, DAY) / (7 * DAY);
    const { failures, restore, open, sources } = failureFigures(entries, forward, ctx);
    return {
        deployments: entries.length,
        deploymentsPerWeek: round2(entries.length / weeks),
        leadTime: durationStats(forward.flatMap((e) => lead.get(e)?.lead ?? [])),
        leadTimeFrom,
        promotionTime: durationStats(forward.flatMap((e) => lead.get(e)?.promotion ?? [])),
        failures,
        changeFailureRate: forward.length ? round2(Math.min(1, failures / forward.length)) : null,
        timeToRestore: durationStats(restore),
        openRollbacks: open,
        ...(sources ? { sources } : {}),
    };
}
/**
 * Follows `Promoted-From` back to the first env the change landed in: the
 * newest entry of the source env and same service at or before the source
 * commit. Lead time runs from when that change was written to this merge:
 * the source commit of its bump trailers where `starts` knows its time, else
 * the oldest commit of the change in this repository.
 */
function leadTimes(entry, byService, graph, starts, at, promotions) {
    let origin = entry;
    let promotion;
    for (let hops = 0; origin.promotedFrom && hops < 8; hops++) {
        const source = origin.promotedFrom;
        const position = graph.position.get(source.commit);
        const landed = position === undefined
            ? undefined
            : byService
                .get(`${source.env}\0${entry.service}`)
                ?.find((e) => (graph.position.get(e.commit) ?? -1) >= position);
        const sourceMs = landed ? at(landed) : graph.commits.get(source.commit)?.committerMs;
        if (hops === 0 && sourceMs !== undefined)
            promotion = at(entry) - sourceMs;
        if (!landed) {
            origin = { commit: source.commit, date: entry.date, promotedFrom: null };
            break;
        }
        origin = landed;
    }
    // A promotion by hand: the version reached the source env in an earlier entry.
    const byHand = promotions?.get(entry);
    if (byHand)
        promotion = at(entry) - at(byHand);
    const start = starts.get(origin.commit);
    const written = start?.ms ?? authoredMs(graph, origin.commit);
    return {
        lead: written === undefined ? undefined : Math.max(0, at(entry) - written),
        promotion: promotion === undefined ? undefined : Math.max(0, promotion),
        from: start?.from ?? "git",
        ...(start ? { start } : {}),
    };
}

// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
;// CONCATENATED MODULE: ./packages/changelog/src/deploy-times.ts
/**
 * When each merge actually reached its environment: the first Argo CD sync (status.history,
 * oldest first) whose revision contains the merge commit. Both on the first-parent line (the
 * usual case: Argo CD tracks the main branch), that is their order on it, from the commit graph
 * git already gave; otherwise real git `merge-base --is-ancestor` decides, once per pair. An env and service with several Applications (clusters) is deployed
 * when the last of them has it. A merge no sync contains (older than the kept history, or not
 * deployed yet) keeps its merge time, and says so.
 */

/** Revisions come from the server: only a plain SHA ever reaches git. */
const deploy_times_SHA = /^[0-9a-f]{7,40}$/i;
/** A sync recorded this long before a commit's time cannot contain it (clock skew allowed). */
const SKEW_MS = 10 * 60_000;
/**
 * Argo CD's default `revisionHistoryLimit`: with this many syncs kept, older ones were dropped, so
 * a merge the oldest kept sync already contains may have been deployed before it: no date.
 */
const KEPT_SYNCS = 10;
/** Deploy times of `entries` from the Applications of their env and service. */
async function deployTimes(repo, entries, apps, 
/** Position on the first-parent line, 0 at the tip (CommitGraph.position). */
position = new Map()) {
    const byKey = new Map();
    for (const app of apps) {
        const key = `${app.env}\0${app.service ?? ""}`;
        const list = byKey.get(key);
        if (list)
            list.push(app);
        else
            byKey.set(key, [app]);
    }
    const contains = ancestry(repo, position);
    const out = new Map();
    for (const entry of entries) {
        const own = byKey.get(`${entry.env}\0${entry.service}`) ?? [];
        if (own.length === 0)
            continue;
        const merged = Date.parse(entry.date);
        const syncs = [];
        for (const app of own) {
            let found;
            for (const [i, h] of app.history.entries()) {
                const ms = Date.parse(h.at);
                if (Number.isNaN(ms) || ms + SKEW_MS < merged || !deploy_times_SHA.test(h.revision))
                    continue;
                if (await contains(entry.commit, h.revision)) {
                    if (i > 0 || app.history.length < KEPT_SYNCS)
                        found = { app: app.name, revision: h.revision, ms };
                    break;
                }
            }
            // One Application without it: the env is not fully deployed, so no deploy time yet.
            if (!found) {
                syncs.length = 0;
                break;
            }
            syncs.push(found);
        }
        if (syncs.length === 0)
            continue;
        const last = Math.max(...syncs.map((s) => s.ms));
        out.set(entry, {
            at: new Date(last).toISOString().replace(/\.000Z$/, "Z"),
            syncs: syncs.map(({ app, revision }) => ({ app, revision })),
        });
    }
    return out;
}
/**
 * Whether `revision` contains `commit`. On one first-parent line an older commit is an ancestor
 * of a newer one, so positions answer without a process per pair (hundreds of merges times ten
 * kept syncs per Application); `merge-base --is-ancestor` answers the rest, once per pair, and a
 * revision this clone lacks contains nothing.
 */
function ancestry(repo, position) {
    const seen = new Map();
    return async (commit, revision) => {
        const at = position.get(commit);
        const deployed = position.get(revision.toLowerCase());
        if (at !== undefined && deployed !== undefined)
            return at >= deployed;
        const key = `${commit} ${revision}`;
        const known = seen.get(key);
        if (known !== undefined)
            return known;
        const r = await (0,git/* git */.$Y)(repo, ["merge-base", "--is-ancestor", "--end-of-options", commit, revision]);
        seen.set(key, r.code === 0);
        return r.code === 0;
    };
}

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
        const sources = mapping_sourcesOf(app);
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
function mapping_sourcesOf(app) {
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

;// CONCATENATED MODULE: ./packages/changelog/src/health-periods.ts
const HEALTH = /^Updated health status: (\w+) -> (\w+)\s*$/;
const SYNC_FAILED = /^(?:Partial sync|Sync) operation(?: to (\S+))? failed:\s*([\s\S]*)$/;
/** An operation state and its event are the same failure when this close. */
const SAME_FAILURE_MS = 60_000;
/** The failed syncs and Degraded periods of `app`, oldest first. */
function timelineOf(app, events) {
    const dated = events
        .map((e) => ({ e, at: e.lastTimestamp ?? e.firstTimestamp ?? "" }))
        .filter((d) => !Number.isNaN(Date.parse(d.at)))
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const failedSyncs = [];
    const degraded = [];
    let open;
    for (const { e, at } of dated) {
        const message = e.message ?? "";
        const health = HEALTH.exec(message);
        if (health) {
            const [, from, to] = health;
            if (to === "Degraded" && !open) {
                open = { from: at, to: null };
                degraded.push(open);
            }
            else if (to === "Healthy") {
                if (open)
                    open.to = at;
                // The Degraded start expired from the events: a failure with no known duration.
                else if (from === "Degraded")
                    degraded.push({ from: null, to: at });
                open = undefined;
            }
            continue;
        }
        const failed = e.reason === "OperationCompleted" ? SYNC_FAILED.exec(message) : null;
        if (failed)
            failedSyncs.push({ at, revision: failed[1] ?? null, message: failed[2]?.trim() ?? "" });
    }
    addCurrentHealth(app, degraded, open);
    addLastOperation(app, failedSyncs);
    return { failedSyncs, degraded };
}
/** The Application's health now: a Degraded app with no open period opened at its last transition. */
function addCurrentHealth(app, degraded, open) {
    const health = app.status?.health;
    const since = health?.lastTransitionTime ?? null;
    if (health?.status === "Degraded" && !open) {
        const last = degraded.at(-1);
        // The event of this same transition is already there when the period closed before it.
        if (!last || last.to === null || since === null || Date.parse(since) > Date.parse(last.to))
            degraded.push({ from: since, to: null });
    }
    else if (health?.status === "Healthy" &&
        open &&
        since &&
        Date.parse(since) >= Date.parse(open.from ?? "")) {
        // The Degraded -> Healthy event expired or was dropped; the transition time says when.
        open.to = since;
    }
}
/** The last operation, when it failed and its event is not already counted. */
function addLastOperation(app, failedSyncs) {
    const op = app.status?.operationState;
    if (op?.phase !== "Failed" && op?.phase !== "Error")
        return;
    const at = op.finishedAt ?? op.startedAt;
    if (!at)
        return;
    const revision = op.syncResult?.revision ?? null;
    const seen = failedSyncs.some((f) => (f.revision === revision || f.revision === null || revision === null) &&
        Math.abs(Date.parse(f.at) - Date.parse(at)) <= SAME_FAILURE_MS);
    if (!seen) {
        failedSyncs.push({ at, revision, message: op.message ?? "" });
        failedSyncs.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    }
}

;// CONCATENATED MODULE: ./packages/changelog/src/deploys-argocd.ts


const FIELDS = [
    "items.metadata.name",
    "items.metadata.namespace",
    "items.spec.project",
    "items.spec.source",
    "items.spec.sources",
    "items.status.health",
    "items.status.history",
    "items.status.operationState.phase",
    "items.status.operationState.message",
    "items.status.operationState.startedAt",
    "items.status.operationState.finishedAt",
    "items.status.operationState.syncResult",
];
/** Events are one call per Application; a few at a time keeps a large instance responsive. */
const PARALLEL = 6;
async function readArgoFacts(client, model, options = {}) {
    const mapped = (await listRepoApplications(client, model, options, FIELDS)).mapped.filter((m) => m.env !== "");
    const apps = new Array(mapped.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < mapped.length; i = next++) {
            const m = mapped[i];
            if (!m)
                continue;
            const events = await client.listApplicationEvents(m.name, {
                ...(m.live.metadata?.namespace && options.appNamespace
                    ? { appNamespace: m.live.metadata.namespace }
                    : {}),
                ...(m.live.spec?.project ? { project: m.live.spec.project } : {}),
            });
            const history = [...(m.live.status?.history ?? [])]
                .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
                .flatMap((h) => {
                const revision = h.revisions?.[m.sourceIndex] ?? h.revision;
                return revision && h.deployedAt ? [{ revision, at: h.deployedAt }] : [];
            });
            apps[i] = {
                name: m.name,
                env: m.env,
                service: m.service ?? null,
                history,
                timeline: timelineOf(m.live, events),
            };
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, mapped.length) }, worker));
    const limits = [
        "Argo CD keeps the last 10 syncs per Application by default (spec.revisionHistoryLimit); older merges keep their merge time (git)",
        "Kubernetes keeps events about an hour by default (--event-ttl); Degraded periods and failed syncs older than that are not seen, except the current health and the last operation",
    ];
    return { server: client.server, apps: apps.filter(Boolean), limits };
}

;// CONCATENATED MODULE: ./packages/changelog/src/promotion-time.ts
/** For each hand promotion, the entry where its version first reached the source env. */
function handPromotions(entries, environments) {
    // Entries are newest first; index each (env, service, kind, name, version) by its oldest arrival.
    const firstArrival = new Map();
    for (const e of entries) {
        if (e.rollback)
            continue;
        for (const c of versioned(e.changes))
            firstArrival.set(key(e.env, e.service, c), e);
    }
    const out = new Map();
    for (const e of entries) {
        if (e.rollback || e.promotedFrom)
            continue;
        const index = environments.indexOf(e.env);
        if (index <= 0)
            continue;
        const changes = versioned(e.changes);
        if (changes.length === 0)
            continue;
        for (const env of environments.slice(0, index).reverse()) {
            // Every version the commit sets must have been in the source env before it.
            const sources = changes.map((c) => firstArrival.get(key(env, e.service, c)));
            if (sources.some((s) => !s || s.commit === e.commit || Date.parse(s.date) > Date.parse(e.date)))
                continue;
            const latest = sources.reduce((a, b) => (Date.parse(b.date) > Date.parse(a.date) ? b : a));
            out.set(e, latest);
            break;
        }
    }
    return out;
}
function versioned(changes) {
    return changes.filter((c) => (c.kind === "image" || c.kind === "chart") && c.to !== null);
}
function key(env, service, c) {
    return [env, service, c.kind, c.name, c.to ?? ""].join("\0");
}

;// CONCATENATED MODULE: ./packages/changelog/src/source-lead.ts
/**
 * Lead time from the service's own commit: `gitops bump --commit` writes `Source-Repository:` and
 * `Source-Commit:` trailers, so a deployment's lead time can start when the change was committed in
 * the service repository rather than when the bump was. The time comes from a
 * `Source-Commit-Date:` trailer when there is one, else from GitHub's commit API when a token is
 * given; otherwise the deployment keeps the infra-repository measure.
 */


/**
 * For each infra commit in `shas` whose change carries source trailers, the earliest source time
 * that can be known. GitHub is asked once per source commit; a 403, 404 or 422 leaves that commit
 * to the git measure, a rejected token (401) or an unreachable server is a UserError.
 */
async function sourceStarts(graph, shas, github) {
    const starts = new Map();
    const lookups = { asked: 0, failed: 0 };
    const asked = new Map();
    for (const sha of new Set(shas)) {
        let best;
        for (const s of sourcesOf(graph, sha)) {
            let candidate;
            if (s.dateMs !== undefined)
                candidate = { ms: s.dateMs, from: "trailer", repository: s.repository, commit: s.commit };
            else if (github) {
                const key = `${s.repository}@${s.commit}`;
                if (!asked.has(key)) {
                    lookups.asked++;
                    const ms = await commitTime(github, s.repository, s.commit);
                    if (ms === undefined)
                        lookups.failed++;
                    asked.set(key, ms);
                }
                const ms = asked.get(key);
                if (ms !== undefined)
                    candidate = { ms, from: "github", repository: s.repository, commit: s.commit };
            }
            if (candidate && (!best || candidate.ms < best.ms))
                best = candidate;
        }
        if (best)
            starts.set(sha, best);
    }
    return { starts, lookups };
}
/** The author time of a commit of another repository, or undefined when GitHub will not say. */
async function commitTime(github, repository, sha) {
    const [owner, repo] = repository.split("/");
    try {
        const { data } = await github.client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
            owner,
            repo,
            ref: sha,
            per_page: 1,
        });
        const date = data.commit?.author?.date;
        const ms = date ? Date.parse(date) : NaN;
        return Number.isNaN(ms) ? undefined : ms;
    }
    catch (err) {
        const status = err?.status;
        if (status === 401)
            throw new src/* UserError */.yo(`GitHub at ${github.server} rejected the token (401) reading commit ${sha.slice(0, 7)} of ${repository}`);
        if (status === 403 || status === 404 || status === 422)
            return undefined;
        if (typeof status === "number")
            throw new src/* UserError */.yo(`GitHub at ${github.server} failed reading commit ${sha.slice(0, 7)} of ${repository}: ${(0,src/* messageOf */.bD)(err)}`);
        const cause = err?.cause?.code;
        throw new src/* UserError */.yo(`cannot reach GitHub at ${github.server}: ${typeof cause === "string" ? cause : (0,src/* messageOf */.bD)(err)}`);
    }
}

;// CONCATENATED MODULE: ./packages/changelog/src/metrics-run.ts









/**
 * Metrics from `since` (default: the whole history; deploy tags are ignored)
 * to `to`. Every env is read, since a prod lead time runs back through
 * staging; `environments` only filters what is reported, `services` what is counted.
 */
async function collectMetrics(options) {
    const report = await collectChangelog({
        repo: options.repo,
        to: options.to,
        since: options.since,
        services: options.services,
        ignoreDeployTags: true,
    });
    const envs = options.environments?.length ? options.environments : undefined;
    const unknown = envs?.find((e) => !report.environments.includes(e));
    if (unknown !== undefined) {
        throw new src/* UserError */.yo(`unknown environment "${unknown}"; known: ${report.environments.join(", ")}`);
    }
    const graph = await readGraph(options.repo, report.to);
    const base = Object.values(report.since).find((s) => s !== null);
    const oldest = [...graph.position.keys()].at(-1);
    const fromMs = graph.commits.get(base ?? oldest ?? report.to)?.committerMs ?? 0;
    let toMs = graph.commits.get(report.to)?.committerMs ?? fromMs;
    const origins = report.entries.flatMap((e) => [
        e.commit,
        ...(e.promotedFrom ? [e.promotedFrom.commit] : []),
    ]);
    const { starts, lookups } = await sourceStarts(graph, origins, options.github);
    const extras = { promotions: handPromotions(report.entries, report.environments) };
    let argocd;
    if (options.argocd) {
        const { client, ...scope } = options.argocd;
        const facts = await readArgoFacts(client, await (0,src/* loadModel */.cm)(options.repo), scope);
        extras.deploys = await deployTimes(options.repo, report.entries, facts.apps, graph.position);
        extras.incidents = incidentsOf(facts.apps);
        // Deploys after the last merge still belong to the range (the weekly chart counts them).
        for (const d of extras.deploys.values())
            toMs = Math.max(toMs, Date.parse(d.at));
        argocd = { server: facts.server, applications: facts.apps.length, limits: facts.limits };
    }
    const computed = computeMetrics(report.entries, report.environments, graph, { from: isoUtc(new Date(fromMs).toISOString()), to: isoUtc(new Date(toMs).toISOString()) }, starts, extras);
    const metrics = {
        ...computed,
        ...(options.github ? { sourceLookups: lookups } : {}),
        ...(argocd ? { argocd } : {}),
    };
    if (!envs)
        return metrics;
    return {
        ...metrics,
        environments: metrics.environments.filter((e) => envs.includes(e.env)),
        rollbacks: metrics.rollbacks.filter((r) => envs.includes(r.env)),
        leadTimes: metrics.leadTimes.filter((l) => envs.includes(l.env)),
    };
}
/** The failed syncs and Degraded periods of each env and service, all its Applications together. */
function incidentsOf(apps) {
    const out = new Map();
    for (const app of apps) {
        if (app.service === null)
            continue;
        const key = `${app.env}\0${app.service}`;
        const t = out.get(key) ?? { failedSyncs: [], degraded: [] };
        t.failedSyncs.push(...app.timeline.failedSyncs);
        t.degraded.push(...app.timeline.degraded);
        out.set(key, t);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/changelog/src/metrics-markdown.ts
/** The metrics as markdown tables: the CLI's text output and the action's job summary. */

/** One table per env: a row per service and a total row. */
function metricsMarkdown(report) {
    const lines = ["## Deployment metrics", "", `From ${report.window.from} to ${report.window.to}.`, ""];
    if (report.argocd)
        lines.push(...argoIntro(report.argocd));
    if (report.environments.length === 0)
        return [...lines, "No deployments in this range.", ""].join("\n");
    for (const env of report.environments) {
        lines.push(`### ${mdText(env.env)}`, "", "| service | deployments | per week | lead time | lead time from | promotion | change failure rate | time to restore |", "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |", ...env.services.map((s) => row(mdText(s.service), s)), row("**all**", env), "", ...(env.sources ? [`Sources: ${sourcesLine(env)}.`, ""] : []));
    }
    lines.push("Lead time, promotion and time to restore are medians. Lead time starts at the service commit an image bump names " +
        "(`Source-Commit`), dated by its `Source-Commit-Date` trailer or by GitHub, else at the change's first commit here (git).", "");
    lines.push(...leadTimeTable(report.leadTimes.slice(0, LEAD_ROWS), report.leadTimes.length, report.argocd !== undefined));
    return lines.join("\n");
}
/** The newest lead times listed one by one, so each says where it started. */
const LEAD_ROWS = 20;
function leadTimeTable(rows, total, argo) {
    if (rows.length === 0)
        return [];
    return [
        `### Lead times${total > rows.length ? ` (newest ${rows.length} of ${total})` : ""}`,
        "",
        `| deployed | env | service | commit | lead time | from |${argo ? " to |" : ""}`,
        `| --- | --- | --- | --- | ---: | --- |${argo ? " --- |" : ""}`,
        ...rows.map((l) => {
            const r = leadTimeRow(l, argo);
            const to = r.to ? ` ${r.to} |` : "";
            return `| ${r.deployed} | ${mdText(r.env)} | ${mdText(r.service)} | ${mdCode(r.commit)} | ${r.hours} | ${leadSource(l)} |${to}`;
        }),
        "",
    ];
}
function argoIntro(argo) {
    return [
        `Deploys from Argo CD at ${mdText(argo.server)} (${argo.applications} Application(s)): a deployment is dated by ` +
            "the first sync whose revision contains its merge; failures are failed syncs and Degraded periods; time to " +
            "restore runs from Degraded back to Healthy.",
        "",
        ...argo.limits.map((l) => `- ${mdText(l)}`),
        "",
    ];
}
/** `deploy time argocd 7, git 2; failures and time to restore argocd (1 failed sync, 2 Degraded periods)`. */
function sourcesLine(m) {
    const s = m.sources;
    if (!s)
        return "git";
    const counts = [
        `${s.failedSyncs} failed sync(s)`,
        `${s.degradedPeriods} Degraded period(s)`,
        ...(s.openDegraded ? [`${s.openDegraded} still Degraded`] : []),
    ];
    const failures = s.failures === "git" ? "" : ` (${counts.join(", ")})`;
    return (`deploy time argocd ${s.deployTime.argocd}, git ${s.deployTime.git}; ` +
        `failures and time to restore ${s.failures}${failures}`);
}
/** The row of the lead-time tables (markdown and dashboard) for `l`; `argo` adds where it ended. */
function leadTimeRow(l, argo) {
    return {
        deployed: l.deployedAt ?? l.date,
        env: l.env,
        service: l.service,
        commit: markdown_short(l.commit),
        hours: `${l.hours} h`,
        ...(l.source
            ? {
                source: {
                    at: `${l.source.repository}@${markdown_short(l.source.commit)}`,
                    datedBy: l.from === "trailer" ? "Source-Commit-Date" : "GitHub",
                },
            }
            : {}),
        ...(argo ? { to: l.deployedAt ? "Argo CD sync" : "merge (git)" } : {}),
    };
}
/** Where one lead time started, for people. */
function leadSource(l) {
    const { source } = leadTimeRow(l, false);
    return source ? `${mdCode(source.at)} (${source.datedBy})` : "first commit here (git)";
}
/** `trailer 2, GitHub 1, git 3`: how many lead times started where (the markdown and the dashboard). */
function fromCounts(m) {
    const f = m.leadTimeFrom;
    const parts = [
        ...(f.trailer ? [`trailer ${f.trailer}`] : []),
        ...(f.github ? [`GitHub ${f.github}`] : []),
        ...(f.git ? [`git ${f.git}`] : []),
    ];
    return parts.join(", ") || "–";
}
function row(name, m) {
    const rate = m.changeFailureRate === null ? "–" : `${Math.round(m.changeFailureRate * 100)}%`;
    const cells = [
        name,
        m.deployments,
        m.deploymentsPerWeek,
        h(m.leadTime),
        fromCounts(m),
        h(m.promotionTime),
        rate,
        h(m.timeToRestore),
    ];
    return `| ${cells.join(" | ")} |`;
}
function h(s) {
    return s ? `${s.medianHours} h` : "–";
}

;// CONCATENATED MODULE: ./packages/changelog/src/svg.ts
/** Inline SVG bar charts for the dashboard: no script, no fonts, no network. */
/** Escapes text for HTML and SVG content and attribute values. */
function escapeHtml(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
const WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 16, right: 12, bottom: 44, left: 36 };
/** A vertical bar chart, one bar per label, scaled to the largest value. */
function barChart(chart) {
    const n = Math.max(chart.values.length, 1);
    const max = Math.max(...chart.values, 1);
    const plotW = WIDTH - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const slot = plotW / n;
    const bar = Math.max(2, slot * 0.7);
    // Label every bar when there are few, else about a dozen, so text never overlaps.
    const every = Math.max(1, Math.ceil(n / 12));
    const bars = chart.values.map((v, i) => {
        const h = (v / max) * plotH;
        const x = PAD.left + i * slot + (slot - bar) / 2;
        const y = PAD.top + plotH - h;
        const label = chart.labels[i] ?? "";
        const tip = `${label}: ${fmt(v)}${chart.unit ?? ""}`;
        const parts = [
            `<rect class="bar" x="${fmt(x)}" y="${fmt(y)}" width="${fmt(bar)}" height="${fmt(h)}"><title>${escapeHtml(tip)}</title></rect>`,
        ];
        if (i % every === 0) {
            parts.push(`<text class="tick" x="${fmt(x + bar / 2)}" y="${HEIGHT - PAD.bottom + 14}" text-anchor="middle">${escapeHtml(shorten(label))}</text>`);
        }
        if (n <= 16 && v > 0) {
            parts.push(`<text class="value" x="${fmt(x + bar / 2)}" y="${fmt(y - 3)}" text-anchor="middle">${escapeHtml(fmt(v))}</text>`);
        }
        return parts.join("");
    });
    const axis = `<line class="axis" x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${WIDTH - PAD.right}" y2="${PAD.top + plotH}"/>`;
    const top = `<text class="tick" x="${PAD.left - 4}" y="${PAD.top + 4}" text-anchor="end">${escapeHtml(fmt(max))}</text>`;
    return (`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" ` +
        `aria-label="${escapeHtml(chart.title)}" xmlns="http://www.w3.org/2000/svg">` +
        `<title>${escapeHtml(chart.title)}</title>${axis}${top}${bars.join("")}</svg>`);
}
function fmt(n) {
    return String(Math.round(n * 100) / 100);
}
function shorten(label) {
    return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}

;// CONCATENATED MODULE: ./packages/changelog/src/dashboard.ts


const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header,main{max-width:1200px;margin:0 auto;padding:16px 24px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:0 0 12px}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:12px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:140px}
.card b{display:block;font-size:20px}.card span{color:#59636e;font-size:12px}
.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}figcaption{color:#59636e;font-size:12px}
.chart .bar{fill:#0969da}.chart .axis{stroke:#8c959f}.chart text{font-size:10px;fill:#59636e}
table{border-collapse:collapse;width:100%;margin-top:12px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #d0d7de}
td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px}
`;
/** The dashboard page for `report`; `title` names the repository or range. */
function dashboardHtml(report, title = "Deployment metrics") {
    const envs = report.environments.map(envSection).join("\n");
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>From ${escapeHtml(report.window.from)} to ${escapeHtml(report.window.to)}. Lead time runs from the
first commit of a change (for an image bump with a Source-Commit trailer, the service commit, dated by its
Source-Commit-Date trailer or by GitHub) to its merge into the environment, through each promotion; a rollback (a revert or an image
tag moving back) counts one failed change, and time to restore runs to the next forward deployment.</p>${argoNote(report)}</header>
<main>
${envs || "<section><p>No deployments in this range.</p></section>"}
${leadTimeSection(report)}
${rollbackSection(report)}
</main>
</body>
</html>
`;
}
function envSection(env) {
    const weeks = env.weekly.slice(-26);
    const withLead = env.services.filter((s) => s.leadTime);
    const charts = [
        figure(barChart({
            title: `Deployments per week to ${env.env}`,
            labels: weeks.map((w) => w.week.slice(5)),
            values: weeks.map((w) => w.deployments),
        }), `Deployments per week (week starting, UTC; last ${weeks.length})`),
        figure(barChart({
            title: `Median lead time by service in ${env.env}`,
            labels: withLead.map((s) => s.service),
            values: withLead.map((s) => s.leadTime?.medianHours ?? 0),
            unit: "h",
        }), "Median lead time for changes, hours"),
    ];
    const rows = env.services
        .map((s) => `<tr><td>${escapeHtml(s.service)}</td><td class="n">${s.deployments}</td><td class="n">${s.deploymentsPerWeek}</td>` +
        `<td class="n">${dashboard_hours(s.leadTime)}</td><td>${fromCounts(s)}</td><td class="n">${dashboard_hours(s.promotionTime)}</td>` +
        `<td class="n">${rate(s.changeFailureRate)}</td><td class="n">${dashboard_hours(s.timeToRestore)}</td><td class="n">${s.openRollbacks}</td></tr>`)
        .join("\n");
    return `<section class="env" id="env-${escapeHtml(env.env)}">
<h2>${escapeHtml(env.env)}</h2>
${cards(env)}
${env.sources ? `<p class="sources">Sources: ${escapeHtml(sourcesLine(env))}.</p>` : ""}
<div class="charts">${charts.join("")}</div>
<table><thead><tr><th>service</th><th>deployments</th><th>per week</th><th>lead time (median)</th>
<th>lead time from</th><th>promotion (median)</th><th>change failure rate</th><th>time to restore (median)</th><th>open rollbacks</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}
/** With Argo CD: where deploy times and failures came from, and what the API could not tell. */
function argoNote(report) {
    const argo = report.argocd;
    if (!argo)
        return "";
    return `
<p class="argocd">Deploys from Argo CD at ${escapeHtml(argo.server)} (${argo.applications} Application(s)): a deployment is dated by the
first sync whose revision contains its merge, failures are failed syncs and Degraded periods, and time to restore runs
from Degraded back to Healthy. Where Argo CD has no record, the figure comes from git, as each section says.</p>
<ul class="limits">${argo.limits.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
}
function cards(m) {
    const card = (value, label) => `<div class="card"><b>${value}</b><span>${label}</span></div>`;
    return `<div class="cards">${[
        card(String(m.deployments), "deployments"),
        card(String(m.deploymentsPerWeek), "deployments per week"),
        card(dashboard_hours(m.leadTime), "median lead time"),
        card(rate(m.changeFailureRate), "change failure rate"),
        card(dashboard_hours(m.timeToRestore), "median time to restore"),
    ].join("")}</div>`;
}
/** The newest lead times, each with where it started. */
function leadTimeSection(report) {
    if (report.leadTimes.length === 0)
        return "";
    const rows = report.leadTimes
        .slice(0, 50)
        .map((l) => {
        const r = leadTimeRow(l, report.argocd !== undefined);
        const from = r.source
            ? `<code>${escapeHtml(r.source.at)}</code> (${r.source.datedBy})`
            : "first commit here (git)";
        return (`<tr><td>${escapeHtml(r.deployed)}</td><td>${escapeHtml(r.env)}</td><td>${escapeHtml(r.service)}</td><td><code>${escapeHtml(r.commit)}</code></td>` +
            `<td class="n">${r.hours}</td><td class="from-${l.from}">${from}</td>` +
            (r.to ? `<td>${r.to}</td>` : "") +
            "</tr>");
    })
        .join("\n");
    return `<section id="lead-times"><h2>Lead times</h2>
<table><thead><tr><th>deployed</th><th>env</th><th>service</th><th>commit</th><th>lead time</th><th>from</th>${report.argocd ? "<th>to</th>" : ""}</tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}
function rollbackSection(report) {
    if (report.rollbacks.length === 0)
        return "";
    const rows = report.rollbacks
        .slice(0, 50)
        .map((r) => `<tr><td>${escapeHtml(r.date)}</td><td>${escapeHtml(r.env)}</td><td>${escapeHtml(r.service)}</td><td><code>${escapeHtml(r.commit.slice(0, 7))}</code></td>` +
        `<td>${escapeHtml(r.subject)}</td><td>${escapeHtml(r.author)}</td></tr>`)
        .join("\n");
    return `<section id="rollbacks"><h2>Rollbacks</h2>
<table><thead><tr><th>date</th><th>env</th><th>service</th><th>commit</th><th>subject</th><th>author</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}
function figure(svg, caption) {
    return `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
function dashboard_hours(stats) {
    if (!stats)
        return "–";
    const h = stats.medianHours;
    return h >= 48 ? `${Math.round((h / 24) * 10) / 10} d` : `${h} h`;
}
function rate(r) {
    return r === null ? "–" : `${Math.round(r * 100)}%`;
}

;// CONCATENATED MODULE: ./packages/changelog/src/github.ts
/**
 * The GitHub REST calls of the changelog, over a narrow `request(route,
 * params)` interface that Octokit's `request` satisfies, so this package
 * never loads `@actions/*` (the action passes its Octokit).
 */

/**
 * Calls `route` on the repository. 401, 403 and 404 mean the token may not do
 * this: a `UserError` that says `what` failed, never the token.
 */
async function call(gh, route, params, what) {
    try {
        return await gh.client.request(route, { owner: gh.owner, repo: gh.repo, ...params });
    }
    catch (err) {
        const status = err?.status;
        if (status === 401 || status === 403 || status === 404) {
            throw new src/* UserError */.yo(`cannot ${what} in ${gh.owner}/${gh.repo}: ${(0,src/* messageOf */.bD)(err)}`);
        }
        throw err;
    }
}
/**
 * The items of a list endpoint, 100 per page, newest first as GitHub sends
 * them, for at most `maxPages` pages; `enough` stops early.
 */
async function listPages(gh, route, params, what, options) {
    const all = [];
    for (let page = 1; page <= options.maxPages; page++) {
        const { data } = await call(gh, route, { ...params, per_page: 100, page }, what);
        const items = Array.isArray(data) ? data : [];
        all.push(...items);
        // `enough` sees every page, the last one too.
        if (options.enough?.(all) === true || items.length < 100)
            break;
    }
    return all;
}

;// CONCATENATED MODULE: ./packages/changelog/src/pulls.ts
/**
 * PR numbers from the API, for commits whose message names none (a rebase
 * merge, or a squash whose title was edited): a closed PR's merge commit is
 * the commit on the main line.
 */

/** Sets `pr` on entries that lack one, from the repository's closed PRs (newest 1,000 at most). */
async function fillPullRequests(gh, entries) {
    const missing = new Set(entries.filter((e) => e.pr === null).map((e) => e.commit));
    if (missing.size === 0)
        return 0;
    const found = new Map();
    await listPages(gh, "GET /repos/{owner}/{repo}/pulls", { state: "closed", sort: "updated", direction: "desc" }, "list pull requests", {
        maxPages: 10,
        enough: (pulls) => {
            for (const p of pulls) {
                if (p.merge_commit_sha && missing.has(p.merge_commit_sha))
                    found.set(p.merge_commit_sha, p.number);
            }
            return found.size === missing.size;
        },
    });
    let filled = 0;
    for (const e of entries) {
        const pr = e.pr === null ? found.get(e.commit) : undefined;
        if (pr !== undefined) {
            e.pr = pr;
            filled++;
        }
    }
    return filled;
}

;// CONCATENATED MODULE: ./packages/changelog/src/releases.ts
/**
 * A GitHub release per deployment to an env (prod by default), tagged
 * `deploy/<env>/<yyyy.mm.dd>-<n>` at the deployed commit, with the notes.
 * No state is kept anywhere else: each release's body carries a hidden marker
 * naming env and commit, so a re-run lists the releases, finds the marker
 * and creates nothing twice.
 */



/** The entries of `env` grouped by commit, newest first. */
function deploymentsOf(entries, env) {
    const byCommit = new Map();
    for (const e of entries.filter((x) => x.env === env)) {
        const d = byCommit.get(e.commit) ?? { env, commit: e.commit, date: e.date, entries: [] };
        d.entries.push(e);
        byCommit.set(e.commit, d);
    }
    return [...byCommit.values()];
}
/** `deploy/prod/2026.11.20-2`: the n-th deployment to `env` on that UTC day. */
function releaseTag(env, date, n) {
    return `${deployTagPrefix(env)}${date.slice(0, 10).replace(/-/g, ".")}-${n}`;
}
/** The hidden line that ties a release to its deployment. */
function releaseMarker(env, commit) {
    return `<!-- gitops-changelog-release:${env}:${commit} -->`;
}
/** Release notes: the deployment's services and what moved in each. */
function releaseNotes(d) {
    const lines = [`Deployed to **${mdText(d.env)}** on ${d.date}.`, ""];
    for (const e of d.entries) {
        lines.push(`### ${mdText(e.service)}`, "", `- ${entryByline(e)}`, ...e.changes.map((c) => `- ${changeText(c)}`), "");
    }
    lines.push(releaseMarker(d.env, d.commit), "");
    return lines.join("\n");
}
/** Every release of the repository, newest first (at most 1,000). */
function listReleases(gh) {
    return listPages(gh, "GET /repos/{owner}/{repo}/releases", {}, "list releases", {
        maxPages: 10,
    });
}
/** Per env, the commit of its newest release (by marker): where the next changelog starts when no tag is fetched. */
function lastReleasedCommits(releases) {
    const found = {};
    for (const r of releases) {
        const m = /<!-- gitops-changelog-release:([a-z0-9._-]+):([0-9a-f]{40}) -->/.exec(r.body ?? "");
        if (m?.[1] && m[2] && !(m[1] in found))
            found[m[1]] = m[2];
    }
    return found;
}
/** Creates the releases the deployments lack, oldest first so a day's numbers follow the order of deploys. */
async function publishReleases(gh, options) {
    const releases = await listReleases(gh);
    const taken = new Set([...releases.map((r) => r.tag_name), ...options.localTags.keys()]);
    const results = [];
    for (const d of [...options.deployments].reverse()) {
        const marker = releaseMarker(d.env, d.commit);
        const existing = releases.find((r) => (r.body ?? "").includes(marker));
        if (existing) {
            results.push({ commit: d.commit, tag: existing.tag_name, status: "exists", url: existing.html_url });
            continue;
        }
        if (options.deployments.indexOf(d) >= options.max) {
            results.push({ commit: d.commit, tag: "", status: "skipped" });
            continue;
        }
        // A deploy tag already on this commit (made by hand, or a release deleted since) names its release.
        const tagged = [...options.localTags].find(([tag, sha]) => sha === d.commit && !releases.some((r) => r.tag_name === tag));
        const tag = tagged?.[0] ?? nextTag(d, taken);
        taken.add(tag);
        const { data } = await call(gh, "POST /repos/{owner}/{repo}/releases", {
            tag_name: tag,
            target_commitish: d.commit,
            name: `${d.env} ${tag.slice(deployTagPrefix(d.env).length)}`,
            body: releaseNotes(d),
        }, `create release ${tag}`);
        results.push({ commit: d.commit, tag, status: "created", url: data.html_url });
    }
    return results.reverse();
}
function nextTag(d, taken) {
    let n = 1;
    while (taken.has(releaseTag(d.env, d.date, n)))
        n++;
    return releaseTag(d.env, d.date, n);
}

;// CONCATENATED MODULE: ./packages/changelog/src/ci.ts
/**
 * The changelog action's whole run, so its main.ts only reads inputs and
 * reports: collect, fill PR numbers from the API, write CHANGELOG.md files,
 * compute metrics and the dashboard, and publish releases.
 */











/** Runs everything the options ask for, in the order that lets release notes carry PR numbers. */
async function runChangelogCi(options) {
    const { repo, github } = options;
    const fallbackBases = github ? await releaseBases(github, repo, options.warn) : undefined;
    const report = await collectChangelog({ ...options, fallbackBases });
    if (github) {
        try {
            await fillPullRequests(github, report.entries);
        }
        catch (err) {
            options.warn(`Could not look up pull request numbers: ${(0,src/* messageOf */.bD)(err)}`);
        }
    }
    const written = options.write ? updateChangelogFiles(repo, report.entries, report.environments) : [];
    let metrics;
    if (options.metrics || options.dashboard) {
        // The action's token dates the source commits of image bumps it can see; others keep the git measure.
        metrics = await collectMetrics({
            repo,
            ...(options.since !== undefined ? { since: options.since } : {}),
            ...(options.environments ? { environments: options.environments } : {}),
            ...(options.services ? { services: options.services } : {}),
            ...(github ? { github: { client: github.client, server: "the GitHub API" } } : {}),
            ...(options.argocd ? { argocd: options.argocd } : {}),
        });
        if (options.dashboard)
            (0,write/* writeTextAtomic */.Q)(options.dashboard, dashboardHtml(metrics));
    }
    let releases = [];
    if (github && options.releaseEnv) {
        releases = await publishReleases(github, {
            deployments: deploymentsOf(report.entries, options.releaseEnv),
            max: options.maxReleases,
            localTags: await deployTags(repo, options.releaseEnv),
        });
    }
    return { report, written, metrics, releases };
}
/**
 * Per env, the commit of its newest release when the clone has it: where the
 * range starts when the deploy tags were not fetched. Best effort: a token
 * that may not list releases only costs a warning.
 */
async function releaseBases(github, repo, warn) {
    let found;
    try {
        found = lastReleasedCommits(await listReleases(github));
    }
    catch (err) {
        warn(`Could not list releases: ${(0,src/* messageOf */.bD)(err)}`);
        return undefined;
    }
    const present = {};
    for (const [env, sha] of Object.entries(found)) {
        const r = await (0,src/* git */.$Y)(repo, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
        if (r.code === 0)
            present[env] = sha;
    }
    return present;
}
/** Largest changelog shown in the job summary; the summary has a 1 MiB cap. */
const SUMMARY_LIMIT = 200_000;
/** The job summary: the changelog, the releases and the metrics. */
function ciSummaryMarkdown(result) {
    let changelog = changelogMarkdown(result.report);
    if (changelog.length > SUMMARY_LIMIT) {
        changelog = `${changelog.slice(0, SUMMARY_LIMIT)}\n\n_(cut here; the full changelog is in the json-file output)_\n`;
    }
    const parts = [changelog];
    if (result.written.length > 0) {
        parts.push("## CHANGELOG.md files", "", ...result.written.map((w) => `- ${mdCode(w.file)}: ${w.added ? `${w.added} new` : "up to date"}`), "");
    }
    if (result.releases.length > 0) {
        parts.push("## Releases", "", "| commit | tag | status |", "| --- | --- | --- |", ...result.releases.map((r) => `| ${mdCode(r.commit.slice(0, 7))} | ${r.tag ? mdCode(r.tag) : "–"} | ${r.status} |`), "");
    }
    if (result.metrics)
        parts.push(metricsMarkdown(result.metrics));
    return parts.join("\n");
}

;// CONCATENATED MODULE: ./packages/changelog/src/index.ts
/** The deployment changelog, its files and releases, and DORA metrics: everything is re-derived from Git. */

























/***/ })

};
