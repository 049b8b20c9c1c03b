export const id = 939;
export const ids = [939];
export const modules = {

/***/ 939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkParity: () => (/* binding */ checkParity)
});

// UNUSED EXPORTS: PARITY_RULES

// EXTERNAL MODULE: ./packages/core/src/index.ts + 3 modules
var src = __webpack_require__(8839);
// EXTERNAL MODULE: ./packages/core/src/model/dr-clusters.ts
var dr_clusters = __webpack_require__(3817);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/promote/src/scalar.ts
/**
 * Scalars as promotion sees them: by their text, so `1.10` stays `1.10`
 * (not the number 1.1) when it moves from one file to another, and written
 * back in the target's own quoting unless that would change the value's type.
 */

/** The scalar's text, or undefined for a null (`key:` or `key: ~`), which counts as unset. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    const isString = typeof node.value === "string";
    const text = isString
        ? node.value
        : typeof node.source === "string" && node.source !== ""
            ? node.source
            : JSON.stringify(node.value);
    return { text, isString, type: node.type };
}
/** True when two values would read the same in YAML (quoting aside). */
function sameScalar(a, b) {
    return a?.text === b?.text;
}
/**
 * The YAML text for `value` in a slot written in `style` (the target's own
 * scalar type, or the source's for a new field). A string is quoted when
 * plain text would read as another type (`1.10`, `yes`, `null`) or break
 * the syntax (`a: b`, a `,` inside a flow collection).
 */
function renderScalar(value, style, inFlow) {
    if (!value.isString)
        return value.text;
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE && !/[\n\r]/.test(value.text)) {
        return `'${value.text.replace(/'/g, "''")}'`;
    }
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE || style === dist/* Scalar */.X5.QUOTE_SINGLE)
        return JSON.stringify(value.text);
    return plainSafe(value.text, inFlow) ? value.text : JSON.stringify(value.text);
}
/**
 * Plain is safe when both YAML 1.2 (our parser) and YAML 1.1 (Go's yaml
 * used by kustomize and Helm, where `yes` and `on` are booleans) would read
 * the text back as the same string.
 */
function plainSafe(text, inFlow) {
    if (text === "" || /[\n\r\t]/.test(text) || text !== text.trim())
        return false;
    if (inFlow && /[,[\]{}]/.test(text))
        return false;
    for (const version of ["1.2", "1.1"]) {
        if ((0,dist/* stringify */.As)(text, { version, lineWidth: 0 }) !== `${text}\n`)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-lookup.ts
/**
 * Reading promotable fields out of a parsed YAML document by path, where a
 * path step is a map key or "the list entry whose `name` is X" (how
 * kustomize's `images` are matched).
 */



/** The node an alias points at, or the node itself. */
function resolveNode(document, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(document.doc) : node;
}
/** The pair of `map` whose key is `key` (compared as text). */
function findPair(map, key) {
    return map.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : p.key) === key);
}
/** The entry of a list that `step` selects, if any. */
function findEntry(document, list, step) {
    if (!(0,dist/* isSeq */.oP)(list))
        return undefined;
    return list.items.find((item) => {
        const map = resolveNode(document, item);
        if (!(0,dist/* isMap */.jh)(map))
            return false;
        return scalarText(resolveNode(document, findPair(map, step.key)?.value))?.text === step.equals.text;
    });
}
/** `images[ghcr.io/x].newTag`-style text for messages and change tables. */
function formatPath(path, key) {
    let out = "";
    for (const step of path)
        out += typeof step === "string" ? (out ? `.${step}` : step) : `[${step.equals.text}]`;
    if (key !== undefined)
        out += out ? `.${key}` : key;
    return out;
}
/**
 * The scalar at `path` + `key`. An absent field is `value: undefined`; a
 * field that holds a map or list where a scalar belongs is a `UserError`
 * naming the file and line, since promoting it would copy a whole structure.
 */
function readField(file, document, path, key) {
    let node = resolveNode(document, document.doc.contents);
    let line = document.line;
    for (const step of [...path, key]) {
        let next;
        let at;
        if (typeof step === "string") {
            if (!(0,dist/* isMap */.jh)(node))
                return { line };
            const pair = findPair(node, step);
            at = pair?.key;
            next = pair?.value;
        }
        else {
            at = next = findEntry(document, node, step);
        }
        if (next === undefined || next === null)
            return { line };
        line = lineOf(file, at, line);
        node = resolveNode(document, next);
    }
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
        throw new src/* UserError */.yo(`${file.file}:${line}: ${formatPath(path, key)} holds a ${(0,dist/* isMap */.jh)(node) ? "map" : "list"}, not a single value; promotion copies scalars only`, file.file, line);
    }
    const value = scalarText(node);
    return value ? { value, line } : { line };
}
function lineOf(file, node, fallback) {
    const range = node?.range;
    return range ? (0,src/* lineOfOffset */.hW)(file.lineCounter, range[0]) : fallback;
}

;// CONCATENATED MODULE: ./packages/promote/src/locate-manifests.ts
/**
 * Container images set in an overlay's own YAML files: plain manifests it
 * lists as resources, strategic-merge patches (`version.yml` holding only a
 * Deployment's image) and JSON6902 patch files. Each image is a site with an
 * id that names what it sets (the resource and container, or the patch
 * target and op path), so the same site is found again in another env
 * whatever its file is called. Nothing else in these files is promotable:
 * replicas, env vars, hosts and namespaces are what make an env an env.
 */


/** Lists whose entries are containers with an `image`. */
const CONTAINER_LISTS = new Set(["containers", "initContainers", "ephemeralContainers"]);
/** A JSON6902 op path that sets one container's image. */
const IMAGE_OP_PATH = /\/(?:containers|initContainers|ephemeralContainers)\/[^/]+\/image$/;
/**
 * The overlay's own files that may set images, in the order kustomize applies them
 * (resources, then patches), each with the patch target for JSON6902 files.
 * Without a kustomization: the folder's YAML files (a plain manifest folder).
 */
async function manifestFiles(cache, dir, kustomization, inDir) {
    if (!kustomization) {
        return inDir
            .filter((p) => /\.ya?ml$/i.test(p) && external_node_path_.posix.dirname(p) === dir)
            .filter((p) => !/\/(values[^/]*|Chart)\.ya?ml$/i.test(p))
            .map((path) => ({ path }));
    }
    const k = (await cache.get(kustomization))?.documents[0]?.value;
    if (!k || typeof k !== "object")
        return [];
    const out = [];
    const add = (ref, target) => {
        if (typeof ref !== "string")
            return;
        const path = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, ref));
        if (!path.startsWith(`${dir}/`) || !inDir.includes(path) || out.some((o) => o.path === path))
            return;
        const t = targetText(target);
        out.push(t ? { path, target: t } : { path });
    };
    // Inline patches (a YAML string in the kustomization) take their place in kustomize's order.
    const inline = (keys, target) => {
        const t = targetText(target);
        out.push({ path: kustomization, inline: keys, ...(t ? { target: t } : {}) });
    };
    for (const r of list(k.resources))
        add(r);
    for (const [i, p] of list(k.patchesStrategicMerge).entries()) {
        if (typeof p === "string" && p.includes("\n"))
            inline(["patchesStrategicMerge", i]);
        else
            add(p);
    }
    for (const key of ["patches", "patchesJson6902"]) {
        for (const [i, p] of list(k[key]).entries()) {
            if (!isRecord(p))
                continue;
            if (typeof p.patch === "string")
                inline([key, i, "patch"], p.target);
            else
                add(p.path, p.target);
        }
    }
    return out;
}
/** Every image site of `files`, in their order. */
async function manifestSites(cache, files) {
    const out = [];
    for (const { path, target, inline } of files) {
        const file = inline ? await cache.embedded(path, 0, inline) : await cache.get(path);
        for (const document of file?.documents ?? []) {
            const value = document.value;
            if (Array.isArray(value))
                out.push(...opSites(file, document.index, value, target));
            else if (isRecord(value))
                out.push(...containerSites(file, document.index, value));
        }
    }
    return out;
}
function containerSites(file, doc, value) {
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const owner = `${str(value.kind) ?? "?"}/${str(meta.name) ?? "?"}`;
    const out = [];
    const walk = (node, path, depth) => {
        if (depth > 8)
            return;
        for (const [k, v] of Object.entries(node)) {
            if (CONTAINER_LISTS.has(k) && Array.isArray(v)) {
                for (const c of v) {
                    const name = isRecord(c) ? str(c.name) : undefined;
                    if (name === undefined || !isRecord(c) || typeof c.image !== "string")
                        continue;
                    const step = { key: "name", equals: { text: name, isString: true } };
                    const at = [...path, k, step];
                    out.push(site(file, doc, at, "image", "container", `${owner} ${formatPath(at, "image")}`));
                }
            }
            else if (isRecord(v) && k !== "metadata") {
                walk(v, [...path, k], depth + 1);
            }
        }
    };
    walk(value, [], 0);
    return out;
}
function opSites(file, doc, ops, target) {
    const out = [];
    const seen = new Set();
    for (const op of ops) {
        if (!isRecord(op) || !["add", "replace"].includes(str(op.op) ?? ""))
            continue;
        const opPath = str(op.path);
        if (!opPath || !IMAGE_OP_PATH.test(opPath) || seen.has(opPath))
            continue;
        seen.add(opPath);
        const path = [{ key: "path", equals: { text: opPath, isString: true } }];
        out.push(site(file, doc, path, "value", "json6902", `${target ?? "?"} ${opPath}`));
    }
    return out;
}
function site(file, doc, path, key, kind, id) {
    const document = file.documents[doc];
    const value = document ? readField(file, document, path, key).value : undefined;
    return { id, kind, file, doc, path, key, value };
}
/** `Deployment/web`: a patch target as an id part. */
function targetText(target) {
    if (!isRecord(target))
        return undefined;
    return `${str(target.kind) ?? "?"}/${str(target.name) ?? "?"}`;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function isRecord(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
function str(value) {
    return typeof value === "string" ? value : undefined;
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-embedded.ts
/**
 * YAML written as a string inside YAML: an Application's `helm.values: |` and a kustomization's
 * inline `patches[].patch: |`. The string is parsed as a file of its own, so every locator and
 * the editor work on it unchanged; an edit then goes back into the outer file line by line,
 * re-indented, so the lines of the string that did not change (comments included) and the
 * whole rest of the file stay byte-identical.
 *
 * Only literal block scalars (`|`, `|-`, `|+`, no explicit indentation digit) are edited: there
 * each line of the value is one line of the file plus the block's indent. A folded (`>`) or
 * quoted string would have to be re-flowed or re-escaped, so it is read as having no fields.
 */


function isEmbedded(file) {
    return "embedding" in file;
}
/** The literal block string at `keys` of document `doc` parsed as YAML, or undefined when it is none. */
function embeddedFile(outer, doc, keys) {
    const document = outer.documents[doc];
    const node = document?.doc.getIn(keys, true);
    if (!(0,dist/* isScalar */.jn)(node) ||
        node.type !== dist/* Scalar */.X5.BLOCK_LITERAL ||
        typeof node.value !== "string" ||
        !node.range) {
        return undefined;
    }
    const value = node.value;
    const text = outer.text;
    const header = text.indexOf("\n", node.range[0]);
    if (header < 0 || /\d/.test(text.slice(node.range[0], header).replace(/#.*$/, "")))
        return undefined;
    const lines = contentLines(value);
    const lineStarts = [];
    let at = header + 1;
    let indent = -1;
    for (const line of lines) {
        const end = text.indexOf("\n", at);
        const raw = text.slice(at, end < 0 ? text.length : end);
        if (indent < 0 && raw.trim() !== "")
            indent = raw.length - raw.trimStart().length;
        // A line that does not read back as the value's line (tabs, CRLF, escapes): not editable.
        const read = raw.trim() === "" && line === "" ? "" : raw.slice(Math.max(indent, 0));
        if (read !== line || (raw.trim() !== "" && !raw.startsWith(" ".repeat(indent))))
            return undefined;
        lineStarts.push(at);
        at = end < 0 ? text.length : end + 1;
    }
    lineStarts.push(at);
    if (indent < 0)
        return undefined;
    let parsed;
    try {
        parsed = (0,src/* parseYaml */.hN)(value, outer.file);
    }
    catch {
        // A string that is not YAML holds no fields.
        return undefined;
    }
    const field = formatKeys(keys);
    const lineOffset = text.slice(0, lineStarts[0]).split("\n").length - 1;
    return {
        ...parsed,
        embedding: {
            outer,
            doc,
            keys,
            field,
            id: `${outer.file}#${doc}:${field}`,
            lineOffset,
            indent,
            lineStarts,
        },
    };
}
/** The outer-file edit that makes the string read `after`: only the lines that differ are rewritten. */
function embeddedEdit(file, after) {
    const { indent, lineStarts, outer } = file.embedding;
    const old = contentLines(file.text);
    const now = contentLines(after);
    let head = 0;
    while (head < old.length && head < now.length && old[head] === now[head])
        head++;
    let tail = 0;
    while (tail < old.length - head &&
        tail < now.length - head &&
        old[old.length - 1 - tail] === now[now.length - 1 - tail])
        tail++;
    const start = lineStarts[head] ?? outer.text.length;
    const end = lineStarts[old.length - tail] ?? outer.text.length;
    let body = now
        .slice(head, now.length - tail)
        .map((line) => (line === "" ? "" : " ".repeat(indent) + line) + "\n")
        .join("");
    // The string ends the file without a final newline: keep it that way.
    if (end === outer.text.length && !outer.text.endsWith("\n") && body.endsWith("\n")) {
        body = (start === end ? "\n" : "") + body.slice(0, -1);
    }
    return { start, end, text: body };
}
/** Throws (a bug) when the edited outer text does not hold `after` at the string's place. */
function checkEmbedded(file, outerAfter, after) {
    const { outer, doc, keys, field } = file.embedding;
    const got = (0,src/* parseYaml */.hN)(outerAfter, outer.file).documents[doc]?.doc.getIn(keys);
    if (typeof got !== "string" || got.replace(/\n+$/, "") !== after.replace(/\n+$/, "")) {
        throw new Error(`editing the YAML string ${field} of ${outer.file} did not leave the value asked for`);
    }
}
/** The value's lines, without the empty one a final newline leaves. */
function contentLines(value) {
    const lines = value.split("\n");
    if (lines.at(-1) === "")
        lines.pop();
    return lines;
}
/** `patches[2].patch`, `spec.sources[1].helm.values`. */
function formatKeys(keys) {
    let out = "";
    for (const k of keys)
        out += typeof k === "number" ? `[${k}]` : out ? `.${k}` : k;
    return out;
}

;// CONCATENATED MODULE: ./packages/promote/src/locate.ts
/**
 * Finds the files that hold a service's promotable fields in one env: the
 * kustomization of its overlay, the manifests and patch files it lists, its
 * Helm values file (through the Argo CD Application's `valueFiles` under
 * `argo-apps/<env>/`, or `values.yaml` in the overlay), an umbrella
 * `Chart.yaml`, and chart-repo Applications.
 */






const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const VALUES_FILES = ["values.yaml", "values.yml"];
/** Parses files on first use and keeps them, so each is read once per tree. */
class YamlCache {
    tree;
    files = new Map();
    strings = new Map();
    constructor(tree) {
        this.tree = tree;
    }
    get(path) {
        let file = this.files.get(path);
        if (!file) {
            file = this.tree.read(path).then((text) => (text === undefined ? undefined : (0,src/* parseYaml */.hN)(text, path)));
            this.files.set(path, file);
        }
        return file;
    }
    /** The YAML string at `keys` of `path`'s document `doc`, parsed (yaml-embedded.ts); undefined when it is none. */
    async embedded(path, doc, keys) {
        const id = `${path}#${doc}:${JSON.stringify(keys)}`;
        let file = this.strings.get(id);
        if (!file) {
            file = this.get(path).then((outer) => (outer ? embeddedFile(outer, doc, keys) : undefined));
            this.strings.set(id, file);
        }
        return file;
    }
}
/** The files of `overlay` in `cache`'s tree. */
async function locateFiles(cache, overlay) {
    const inDir = await cache.tree.list(overlay.dir);
    const pick = (names) => names.map((n) => `${overlay.dir}/${n}`).find((p) => inDir.includes(p));
    const apps = await applicationsFor(cache, overlay);
    const kustomization = pick(KUSTOMIZATION_FILES);
    const chart = pick(["Chart.yaml"]);
    // A chart's templates are not manifests; its images live in values.
    const manifests = chart ? [] : await manifestFiles(cache, overlay.dir, kustomization, inDir);
    const files = { overlay, apps, manifests };
    if (kustomization)
        files.kustomization = kustomization;
    const values = valuesFileOf(apps, overlay) ?? pick(VALUES_FILES);
    if (values && (await cache.tree.read(values)) !== undefined)
        files.values = values;
    if (chart)
        files.chart = chart;
    return files;
}
/**
 * The env's own values file: the last `valueFiles` entry inside the overlay
 * folder (later files win in Helm, and the overlay is what differs per env).
 */
function valuesFileOf(apps, overlay) {
    const files = apps.flatMap((a) => a.sources.flatMap((s) => s.valueFiles));
    return files.filter((f) => f.startsWith(`${overlay.dir}/`)).at(-1);
}
/** Applications in `argo-apps/<env>/` that deploy this service. */
async function applicationsFor(cache, overlay) {
    const out = [];
    for (const file of await cache.tree.list(`argo-apps/${overlay.env}`)) {
        if (!/\.ya?ml$/.test(file))
            continue;
        const yaml = await cache.get(file);
        for (const document of yaml?.documents ?? []) {
            const app = readApplication(file, document.index, document.value, document.doc.contents);
            if (app && belongsTo(app, overlay))
                out.push(app);
        }
    }
    return out;
}
function belongsTo(app, overlay) {
    const root = `${overlay.serviceRoot}/`;
    const inService = (p) => p === overlay.serviceRoot || p.startsWith(root);
    if (app.sources.some((s) => (s.dir && inService(s.dir)) || s.valueFiles.some(inService)))
        return true;
    // A chart from a chart repository with inline values points nowhere in the repo; go by name.
    return [overlay.service, `${overlay.service}-${overlay.env}`, `${overlay.env}-${overlay.service}`].includes(app.name);
}
function readApplication(file, doc, value, contents) {
    const v = value;
    if (v?.kind !== "Application" ||
        typeof v.apiVersion !== "string" ||
        !v.apiVersion.startsWith("argoproj.io/")) {
        return undefined;
    }
    const spec = (0,dist/* isMap */.jh)(contents) ? contents.get("spec", true) : undefined;
    if (!(0,dist/* isMap */.jh)(spec))
        return undefined;
    const sources = [];
    const single = spec.get("source", true);
    if ((0,dist/* isMap */.jh)(single))
        sources.push(readSource(single, ["spec", "source"], undefined, ["spec", "source"]));
    const many = spec.get("sources", true);
    if ((0,dist/* isSeq */.oP)(many)) {
        // `ref` sources name a repository whose files `$ref/...` value files address from its root.
        const refs = new Set();
        for (const item of many.items) {
            const ref = (0,dist/* isMap */.jh)(item) ? item.get("ref") : undefined;
            if (typeof ref === "string")
                refs.add(ref);
        }
        for (const [index, item] of many.items.entries()) {
            if (!(0,dist/* isMap */.jh)(item))
                continue;
            const chart = item.get("chart");
            const path = typeof chart === "string"
                ? ["spec", "sources", { key: "chart", equals: { text: chart, isString: true } }]
                : ["spec", "sources"];
            sources.push(readSource(item, path, refs, ["spec", "sources", index]));
        }
    }
    const name = typeof v.metadata?.name === "string" ? v.metadata.name : "";
    return { file, doc, name, sources };
}
function readSource(node, path, refs, keys) {
    const dirText = node.get("path");
    const dir = typeof dirText === "string" ? normalize(dirText) : undefined;
    const source = { path, valueFiles: [] };
    if (dir !== undefined)
        source.dir = dir;
    const chart = node.get("chart");
    if (typeof chart === "string")
        source.chart = chart;
    const revision = scalarText(node.get("targetRevision", true));
    if (revision)
        source.targetRevision = revision;
    const helm = node.get("helm", true);
    if ((0,dist/* isMap */.jh)(helm) && (0,dist/* isMap */.jh)(helm.get("valuesObject", true)))
        source.inlineValues = true;
    if ((0,dist/* isMap */.jh)(helm) && typeof helm.get("values") === "string")
        source.valuesString = [...keys, "helm", "values"];
    const valueFiles = (0,dist/* isMap */.jh)(helm) ? helm.get("valueFiles", true) : undefined;
    if ((0,dist/* isSeq */.oP)(valueFiles)) {
        for (const item of valueFiles.items) {
            const text = scalarText(item)?.text;
            const resolved = text === undefined ? undefined : resolveValueFile(text, dir, refs);
            if (resolved)
                source.valueFiles.push(resolved);
        }
    }
    return source;
}
/** A value file as a repo path: relative to the source's path, or `$ref/...` from the repo root. */
function resolveValueFile(file, dir, refs) {
    const ref = /^\$([^/]+)\/(.*)$/.exec(file);
    if (ref)
        return refs?.has(ref[1] ?? "") ? normalize(ref[2] ?? "") : undefined;
    if (dir === undefined)
        return undefined;
    return normalize(external_node_path_.posix.join(dir, file));
}
/** A clean repo-relative path, or undefined for one that is absolute or leaves the repo. */
function normalize(path) {
    if (path.startsWith("/") || /^[a-z]+:\/\//i.test(path))
        return undefined;
    const clean = external_node_path_.posix.normalize(path).replace(/\/+$/, "");
    if (clean === ".." || clean.startsWith("../"))
        return undefined;
    return clean === "." ? "" : clean;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/promote/src/yaml-text.ts
/**
 * Text-level helpers for editing YAML in place: positions, indentation, and
 * rendering of the small structures promotion adds (a missing key, an
 * `images` entry). Everything here works on the original text so that what
 * the edit does not touch stays byte for byte as the author wrote it.
 */


/** Applies non-overlapping edits; inserts at one offset keep the order they were made in. */
function applyEdits(text, edits) {
    const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    let out = text;
    let limit = Infinity;
    for (const e of ordered) {
        if (e.end > limit)
            throw new Error(`overlapping YAML edits at offset ${e.start}`);
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
        limit = e.start;
    }
    return out;
}
/** Offset of the start of the line holding `pos`. */
function lineStart(text, pos) {
    return text.lastIndexOf("\n", pos - 1) + 1;
}
/** Offset just past the line that holds `pos - 1` (a position at a line start is already there). */
function endOfLine(text, pos) {
    if (pos > 0 && text[pos - 1] === "\n")
        return pos;
    const nl = text.indexOf("\n", pos);
    return nl === -1 ? text.length : nl + 1;
}
/** Column of `pos` in its line. */
function columnOf(text, pos) {
    return pos - lineStart(text, pos);
}
/** True when only spaces precede `pos` on its line (the node starts its line). */
function startsLine(text, pos) {
    return /^[ \t]*$/.test(text.slice(lineStart(text, pos), pos));
}
/** Renders a key as it would be written plainly, quoting only when needed. */
function renderKey(key, inFlow) {
    return renderScalar({ text: key, isString: true }, dist/* Scalar */.X5.PLAIN, inFlow);
}
/** Block lines for `key: value` at column `indent`, each ending in a newline. */
function blockEntry(key, value, indent, style) {
    const pad = " ".repeat(indent);
    const k = renderKey(key, false);
    if (value.kind === "scalar")
        return `${pad}${k}: ${renderScalar(value.value, value.value.type, false)}\n`;
    if (value.kind === "map") {
        return `${pad}${k}:\n${value.entries.map(([ck, cv]) => blockEntry(ck, cv, indent + style.step, style)).join("")}`;
    }
    return `${pad}${k}:\n${value.items.map((item) => blockItem(item, indent + style.seqIndent, style)).join("")}`;
}
/** Block lines for one sequence item whose `-` sits at column `dash`. */
function blockItem(item, dash, style) {
    if (item.kind === "scalar") {
        return `${" ".repeat(dash)}- ${renderScalar(item.value, item.value.type, false)}\n`;
    }
    if (item.kind === "seq")
        throw new Error("nested sequences are never created by promotion");
    const body = item.entries.map(([k, v]) => blockEntry(k, v, dash + 2, style)).join("");
    return `${" ".repeat(dash)}- ${body.slice(dash + 2)}`;
}
/** Flow text for a new node, for insertion inside `{...}` or `[...]`. */
function flowNode(node) {
    if (node.kind === "scalar")
        return renderScalar(node.value, node.value.type, true);
    if (node.kind === "map") {
        return `{${node.entries.map(([k, v]) => `${renderKey(k, true)}: ${flowNode(v)}`).join(", ")}}`;
    }
    return `[${node.items.map(flowNode).join(", ")}]`;
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-tree.ts
/**
 * The tree of requested field changes behind a YAML edit, and what it
 * takes to write parts of it that do not exist yet: new keys and list
 * entries, indented the way the file already indents.
 */


/** The key of a step among its siblings. */
const stepId = (step) => typeof step === "string" ? `k:${step}` : `s:${step.key}=${step.equals.text}`;
/** Edits that add `children` at the end of a file whose (last) document is empty. */
function appendToRoot(text, children, style = DEFAULT_STYLE) {
    const created = newFromChildren(children);
    if (!created)
        return [];
    if (created.kind !== "map")
        throw new Error("a YAML document cannot start as a list entry");
    const lead = text === "" || text.endsWith("\n") ? "" : "\n";
    const body = created.entries.map(([k, v]) => blockEntry(k, v, 0, style)).join("");
    return [{ start: text.length, end: text.length, text: lead + body }];
}
const DEFAULT_STYLE = { step: 2, seqIndent: 2 };
/** What to write for requested fields that do not exist yet; undefined when there is nothing to set. */
function newFromChildren(children, selector) {
    const list = [...children.values()];
    if (!selector && list.length > 0 && list.every((c) => c.kind === "branch" && typeof c.step !== "string")) {
        const items = list.flatMap((c) => c.kind === "branch" && typeof c.step !== "string" ? (newFromChildren(c.children, c.step) ?? []) : []);
        return items.length > 0 ? { kind: "seq", items } : undefined;
    }
    const entries = [];
    for (const child of list) {
        if (child.kind === "leaf") {
            if (child.value)
                entries.push([child.key, { kind: "scalar", value: child.value }]);
        }
        else if (typeof child.step === "string") {
            const sub = newFromChildren(child.children);
            if (sub)
                entries.push([child.step, sub]);
        }
        else {
            throw new Error("a list entry selector under a map key that is also a map");
        }
    }
    if (entries.length === 0)
        return undefined;
    if (selector)
        entries.unshift([selector.key, { kind: "scalar", value: selector.equals }]);
    return { kind: "map", entries };
}
/** The indentation this document already uses, so added lines look like their neighbours. */
function detectStyle(document, text) {
    let step;
    let seqIndent;
    (0,dist/* visit */.YR)(document.doc, {
        Pair(_, pair) {
            const key = pair.key?.range;
            const value = pair.value;
            if (!key || !value || value.flow || !((0,dist/* isMap */.jh)(value) || (0,dist/* isSeq */.oP)(value)))
                return undefined;
            const first = value.items[0];
            const keyColumn = columnOf(text, key[0]);
            if ((0,dist/* isMap */.jh)(value) && step === undefined && first?.key?.range?.[0] !== undefined) {
                step = columnOf(text, first.key.range[0]) - keyColumn;
            }
            if ((0,dist/* isSeq */.oP)(value) && seqIndent === undefined && first?.range?.[0] !== undefined) {
                seqIndent = columnOf(text, text.lastIndexOf("-", first.range[0])) - keyColumn;
            }
            return step !== undefined && seqIndent !== undefined ? dist/* visit */.YR.BREAK : undefined;
        },
    });
    return {
        step: step && step > 0 ? step : DEFAULT_STYLE.step,
        seqIndent: seqIndent !== undefined && seqIndent >= 0 ? seqIndent : DEFAULT_STYLE.seqIndent,
    };
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-walk.ts
/**
 * One pass over one parsed document that turns the requested field tree
 * into text edits: scalar ranges replaced, pairs removed by their lines,
 * new keys and entries inserted beside their siblings.
 */






/** One pass over one document, turning the requested tree into text edits. */
class Walk {
    file;
    document;
    edits;
    style;
    text;
    replaced = new Map();
    constructor(file, document, edits) {
        this.file = file;
        this.document = document;
        this.edits = edits;
        this.text = file.text;
        this.style = detectStyle(document, this.text);
    }
    root(children) {
        const node = resolveNode(this.document, this.document.doc.contents);
        if (node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null)) {
            if (this.document !== this.file.documents.at(-1)) {
                throw this.error(this.document.line, "cannot add promoted fields to an empty YAML document");
            }
            this.edits.push(...appendToRoot(this.text, children, this.style));
            return;
        }
        this.collection(node, children, false, undefined);
    }
    collection(node, children, inFlow, selector) {
        if ((0,dist/* isMap */.jh)(node))
            this.map(node, children, inFlow || Boolean(node.flow), selector);
        else if ((0,dist/* isSeq */.oP)(node))
            this.seq(node, children, inFlow || Boolean(node.flow));
        else
            throw this.error(this.lineOfNode(node), "expected a map or a list here");
    }
    map(map, children, inFlow, selector) {
        const inserts = [];
        let previous;
        for (const child of children.values()) {
            if (child.kind === "leaf") {
                const pair = findPair(map, child.key);
                if (pair) {
                    this.leaf(map, pair, child.value, inFlow);
                    if (!previous || map.items.indexOf(pair) > map.items.indexOf(previous))
                        previous = pair;
                }
                else if (child.value) {
                    const anchor = previous ?? (selector ? findPair(map, selector) : undefined);
                    inserts.push({ anchor, key: child.key, value: { kind: "scalar", value: child.value } });
                }
                continue;
            }
            if (typeof child.step !== "string")
                throw this.error(this.lineOfNode(map), "expected a list here");
            const pair = findPair(map, child.step);
            const value = resolveNode(this.document, pair?.value);
            if (pair && !((0,dist/* isScalar */.jn)(value) && value.value === null)) {
                this.collection(value, child.children, inFlow);
                continue;
            }
            if (pair)
                throw this.error(this.lineOfNode(pair.key), `"${child.step}" has no value; give it a map`);
            const created = newFromChildren(child.children);
            if (created)
                inserts.push({ key: child.step, value: created });
        }
        this.insertIntoMap(map, inserts, inFlow);
    }
    seq(seq, children, inFlow) {
        const appends = [];
        for (const child of children.values()) {
            if (child.kind !== "branch" || typeof child.step === "string") {
                throw this.error(this.lineOfNode(seq), "expected a map here, found a list");
            }
            const entry = findEntry(this.document, seq, child.step);
            if (entry !== undefined) {
                this.collection(resolveNode(this.document, entry), child.children, inFlow, child.step.key);
                continue;
            }
            const created = newFromChildren(child.children, child.step);
            if (created)
                appends.push(created);
        }
        if (appends.length === 0)
            return;
        const last = seq.items.at(-1);
        if (inFlow || !last?.range) {
            const close = this.text.lastIndexOf("]", seq.range?.[1] ?? 0);
            const at = last?.range ? last.range[1] : close;
            const sep = last?.range ? ", " : "";
            this.edits.push({ start: at, end: at, text: sep + appends.map(flowNode).join(", ") });
            return;
        }
        const first = seq.items[0];
        const dash = this.text.lastIndexOf("-", first.range[0]);
        const at = endOfLine(this.text, last.range[1]);
        const lead = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
        const body = appends.map((n) => blockItem(n, columnOf(this.text, dash), this.style)).join("");
        this.edits.push({ start: at, end: at, text: lead + body });
    }
    leaf(map, pair, value, inFlow) {
        const node = resolveNode(this.document, pair.value);
        if (value === null) {
            if (node !== null && node !== undefined)
                this.deletePair(map, pair, inFlow);
            return;
        }
        if (!(0,dist/* isScalar */.jn)(node) || !node.range) {
            throw this.error(this.lineOfNode(pair.key), `"${String(pair.key)}" holds a map or list, not a value`);
        }
        const [start, end] = node.range;
        const old = this.text.slice(start, end);
        let text;
        if (node.value === null) {
            text = (start === end ? " " : "") + renderScalar(value, value.type, inFlow);
        }
        else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
            text = JSON.stringify(value.text) + (old.endsWith("\n") ? "\n" : "");
        }
        else {
            text = renderScalar(value, node.type, inFlow);
        }
        // Two fields may share one anchored scalar; it can take only one value.
        const same = this.replaced.get(start);
        if (same) {
            if (same.text !== text)
                throw this.error(this.lineOfNode(node), "two promoted fields share this anchored value");
            return;
        }
        const edit = { start, end, text };
        this.replaced.set(start, edit);
        this.edits.push(edit);
    }
    deletePair(map, pair, inFlow) {
        const index = map.items.indexOf(pair);
        const prev = map.items[index - 1];
        const next = map.items[index + 1];
        const keyStart = rangeOf(pair.key)[0];
        const valueEnd = pairEnd(pair);
        if (inFlow) {
            if (prev)
                this.edits.push({ start: pairEnd(prev), end: valueEnd, text: "" });
            else if (next)
                this.edits.push({ start: keyStart, end: rangeOf(next.key)[0], text: "" });
            else
                this.edits.push({ start: keyStart, end: valueEnd, text: "" });
            return;
        }
        if (startsLine(this.text, keyStart)) {
            const from = keyStart - columnOf(this.text, keyStart);
            this.edits.push({ start: from, end: endOfLine(this.text, valueEnd), text: "" });
        }
        else if (next) {
            // `- digest: x` opening a list entry: the next key moves up behind the dash.
            this.edits.push({ start: keyStart, end: rangeOf(next.key)[0], text: "" });
        }
        else {
            throw this.error(this.lineOfNode(pair.key), "cannot remove the only field of a list entry");
        }
    }
    insertIntoMap(map, inserts, inFlow) {
        if (inserts.length === 0)
            return;
        const last = map.items.at(-1);
        if (inFlow || !last) {
            const close = this.text.lastIndexOf("}", map.range?.[1] ?? 0);
            const at = last ? pairEnd(last) : close;
            const parts = inserts.map((i) => `${renderKey(i.key, true)}: ${flowNode(i.value)}`);
            this.edits.push({ start: at, end: at, text: (last ? ", " : "") + parts.join(", ") });
            return;
        }
        const indent = columnOf(this.text, rangeOf(map.items[0]?.key)[0]);
        const groups = new Map();
        for (const insert of inserts) {
            const anchor = insert.anchor ?? last;
            groups.set(anchor, [...(groups.get(anchor) ?? []), insert]);
        }
        for (const [anchor, group] of groups) {
            const at = endOfLine(this.text, pairEnd(anchor));
            const lead = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
            const body = group.map((i) => blockEntry(i.key, i.value, indent, this.style)).join("");
            this.edits.push({ start: at, end: at, text: lead + body });
        }
    }
    lineOfNode(node) {
        const range = node?.range;
        return range ? (0,src/* lineOfOffset */.hW)(this.file.lineCounter, range[0]) : this.document.line;
    }
    error(line, message) {
        return new src/* UserError */.yo(`${this.file.file}:${line}: ${message}`, this.file.file, line);
    }
}
function rangeOf(node) {
    const range = node?.range;
    if (!range)
        throw new Error("YAML node without a source range");
    return range;
}
/** Where a pair's text ends: after its value, or after its key when the value is empty. */
function pairEnd(pair) {
    const value = pair.value;
    return value?.range ? value.range[1] : rangeOf(pair.key)[1];
}

;// CONCATENATED MODULE: ./packages/promote/src/yaml-edit.ts
/**
 * Faithful YAML edits. The `yaml` Document (from core's `parseYaml`) finds
 * each field and its exact source range; the change is then spliced into
 * the original text, so comments, key order, quoting, flow style, anchors,
 * blank lines and the indentation of untouched lines stay exactly as they
 * were and a diff shows only the changed scalars. (Re-printing the whole
 * Document would re-indent `- name:` lists and respace flow maps.)
 */





/** Collects field changes for one file and applies them to its text in one go. */
class YamlEditor {
    file;
    roots = new Map();
    requests = [];
    spliced = [];
    constructor(file) {
        this.file = file;
    }
    /**
     * Asks for field `key` of the map at `path` in document `doc` to hold
     * `value`, or to be removed when `value` is null. Maps and list entries on
     * the way are created when missing.
     */
    set(doc, path, key, value) {
        let children = this.roots.get(doc) ?? new Map();
        this.roots.set(doc, children);
        for (const step of path) {
            const id = stepId(step);
            let child = children.get(id);
            if (!child) {
                child = { kind: "branch", step, children: new Map() };
                children.set(id, child);
            }
            if (child.kind !== "branch")
                throw new Error(`${formatPath(path)} is both a field and a map`);
            children = child.children;
        }
        if (children.get(stepId(key))?.kind === "branch")
            throw new Error(`${key} is both a field and a map`);
        children.set(stepId(key), { kind: "leaf", key, value });
        this.requests.push({ doc, path: [...path], key, value });
    }
    /**
     * Adds an edit made outside the field tree (a YAML string edited inside, yaml-embedded.ts)
     * and how to check the result.
     */
    splice(edit, check) {
        this.spliced.push({ edit, check });
    }
    /** True when nothing was asked for. */
    get empty() {
        return this.requests.length === 0 && this.spliced.length === 0;
    }
    /** The edited text. Throws (a bug) when reading it back does not show every requested value. */
    apply() {
        const edits = [];
        for (const [index, children] of this.roots) {
            const document = this.file.documents[index];
            if (document)
                new Walk(this.file, document, edits).root(children);
            else if (index === 0 && this.file.documents.length === 0)
                edits.push(...appendToRoot(this.file.text, children));
            else
                throw new Error(`${this.file.file} has no document ${index}`);
        }
        edits.push(...this.spliced.map((s) => s.edit));
        // New lines follow the file's line endings.
        const eol = this.file.text.includes("\r\n") ? "\r\n" : "\n";
        const out = applyEdits(this.file.text, eol === "\n" ? edits : edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, eol) })));
        this.verify(out);
        for (const s of this.spliced)
            s.check(out);
        return out;
    }
    verify(text) {
        const reread = (0,src/* parseYaml */.hN)(text, this.file.file);
        for (const r of this.requests) {
            const document = reread.documents[r.doc];
            const got = document ? readField(reread, document, r.path, r.key).value : undefined;
            if (got?.text !== r.value?.text) {
                throw new Error(`editing ${this.file.file} left ${formatPath(r.path, r.key)} at ${got?.text ?? "(unset)"}, expected ${r.value?.text ?? "(unset)"}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/changeset.ts
/** The fields a promotion changes, collected file by file into one editor per target file. */





/** The `field` of a change that copies a whole file. */
const FILE_FIELD = "(file)";
/** A short content id for a whole-file change: `sha256:` and 12 hex digits. */
function contentId(text) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(text).digest("hex").slice(0, 12)}`;
}
/** The changes found so far, and one editor per target file that collects them. */
class Changeset {
    changes = [];
    editors = new Map();
    /** Editors of YAML strings inside files (`helm.values: |`, inline patches), by their place. */
    inner = new Map();
    /** Inner editors already spliced into their files (files() may be asked twice). */
    merged = new Set();
    copies = new Map();
    /**
     * `path` becomes `after` whole (`before` undefined: it is created). A copied file takes no
     * field edits: the copy already carries the source's fields.
     */
    copy(service, path, before, after) {
        if (this.copies.has(path))
            return;
        if (before === after) {
            this.copies.set(path, undefined);
            return;
        }
        this.copies.set(path, {
            path,
            before: before ?? "",
            after,
            ...(before === undefined ? { created: true } : {}),
        });
        this.changes.push({
            service,
            file: path,
            field: FILE_FIELD,
            from: before === undefined ? null : contentId(before),
            to: contentId(after),
            line: 1,
        });
    }
    /** True when `path` is promoted by copying it whole. */
    copied(path) {
        return this.copies.has(path);
    }
    field(service, file, doc, path, key, to) {
        if (this.copies.has(file.file))
            return;
        const document = file.documents[doc];
        const current = document ? readField(file, document, path, key) : { line: 1, value: undefined };
        if (sameScalar(current.value, to))
            return;
        const embedding = isEmbedded(file) ? file.embedding : undefined;
        const editors = embedding ? this.inner : this.editors;
        const id = embedding?.id ?? file.file;
        let editor = editors.get(id);
        if (!editor) {
            editor = new YamlEditor(file);
            editors.set(id, editor);
        }
        editor.set(doc, path, key, to ?? null);
        this.changes.push({
            service,
            file: file.file,
            field: embedding ? `${embedding.field}: ${formatPath(path, key)}` : formatPath(path, key),
            from: current.value?.text ?? null,
            to: to?.text ?? null,
            line: current.line + (embedding?.lineOffset ?? 0),
        });
    }
    files() {
        // Each edited YAML string becomes one edit of its file, beside that file's own field edits.
        for (const [id, editor] of this.inner) {
            if (this.merged.has(id))
                continue;
            this.merged.add(id);
            const file = editor.file;
            const after = editor.apply();
            if (after === file.text)
                continue;
            const { outer } = file.embedding;
            let target = this.editors.get(outer.file);
            if (!target) {
                target = new YamlEditor(outer);
                this.editors.set(outer.file, target);
            }
            target.splice(embeddedEdit(file, after), (text) => {
                checkEmbedded(file, text, after);
            });
        }
        const out = [];
        for (const copy of this.copies.values())
            if (copy)
                out.push(copy);
        for (const editor of this.editors.values()) {
            const after = editor.apply();
            if (after !== editor.file.text)
                out.push({ path: editor.file.file, before: editor.file.text, after });
        }
        return out.sort((a, b) => a.path.localeCompare(b.path));
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/chain.ts
/**
 * The promotion chain: environments in order, where a step may be a group
 * promoted to together (`[qa, staging, [prod-us, prod-eu]]`). A group can be
 * named by its alias, the common prefix (or suffix) of its envs (`prod` for
 * `prod-us, prod-eu`), and promoting past a step must say so with `--skip`.
 * A DR env sits in its primary's group or nowhere in the chain.
 */


const idPattern = new RegExp(src/* ID_PATTERN */.pw);
/**
 * The configured chain, else one found from the env names: envs of one env word (`prod-us`,
 * `prod-eu`) form a group; names with no env word each make their own step.
 */
function chainOf(layout) {
    const configured = layout.config.environmentChain;
    if (configured.length > 0) {
        const chain = { steps: configured.map((s) => (typeof s === "string" ? [s] : [...s])), configured: true };
        if (!checkedDr.has(layout)) {
            checkDrPlaces(layout, chain);
            checkedDr.add(layout);
        }
        return chain;
    }
    const steps = [];
    let rank;
    for (const env of layout.environments) {
        const r = envRank(env);
        const last = steps.at(-1);
        if (last && r !== undefined && r === rank)
            last.push(env);
        else
            steps.push([env]);
        rank = r;
    }
    return { steps, configured: false };
}
/** Layouts whose configured chain passed `checkDrPlaces` (it reads the cluster Secrets: once per model). */
const checkedDr = new WeakSet();
/**
 * A DR env is promoted with its primary (chain-run.ts), so a configured chain may name it only in
 * its primary's group; anywhere else, promotion order would say one thing and do another. Left
 * out of the chain, it follows its primary. A misplaced one is a config error (exit 2).
 */
function checkDrPlaces(layout, chain) {
    const stepOf = (env) => chain.steps.findIndex((s) => s.includes(env));
    for (const [dr, primaries] of drEnvPrimaries(layout)) {
        const at = stepOf(dr);
        const apart = primaries.filter((p) => at >= 0 && stepOf(p) !== at);
        if (apart.length === 0)
            continue;
        const group = [...new Set([...(chain.steps[stepOf(apart[0] ?? "")] ?? apart), dr])];
        throw new UserError(`.gitops.yaml environments: ${dr} runs the DR clusters of ${apart.join(", ")} and is promoted with ${apart.length > 1 ? "them" : "it"}, ` +
            `so it must be in the same group of the chain (${chainText(chain)}), e.g. [${group.join(", ")}], or be left out of the chain to follow ${apart.length > 1 ? "them" : "it"}`, ".gitops.yaml");
    }
}
/**
 * The envs a promotion may name: the model's, plus the DR envs a configured chain leaves out
 * (they follow their primary, which the chain holds).
 */
function chain_promotableEnvs(layout) {
    const envs = layout.environments;
    if (!layout.config.environmentChain.length)
        return envs;
    const followers = [...drEnvPrimaries(layout)]
        .filter(([dr, primaries]) => !envs.includes(dr) && primaries.some((p) => envs.includes(p)))
        .map(([dr]) => dr);
    return followers.length ? [...envs, ...followers] : envs;
}
/** The alias of a group: its envs' common prefix or suffix without the separator, if that is a plain name. */
function groupAlias(step) {
    if (step.length < 2)
        return undefined;
    const trim = (s) => s.replace(/^[-_.]+|[-_.]+$/g, "");
    const prefix = trim(common(step));
    const suffix = trim(commonSuffix(step));
    for (const alias of [prefix, suffix])
        if (alias && idPattern.test(alias))
            return alias;
    return undefined;
}
function common(names) {
    let out = names[0] ?? "";
    for (const n of names)
        while (!n.startsWith(out))
            out = out.slice(0, -1);
    return out;
}
function commonSuffix(names) {
    let out = names[0] ?? "";
    for (const n of names)
        while (!n.endsWith(out))
            out = out.slice(1);
    return out;
}
/** `qa → staging → [prod-us, prod-eu]`. */
function chainText(chain) {
    return chain.steps.map((s) => (s.length === 1 ? s[0] : `[${s.join(", ")}]`)).join(" → ");
}
/** The envs `name` stands for: itself, or every env of the group it is the alias of; undefined when neither. */
function envsNamed(layout, name) {
    if (layout.environments.includes(name))
        return [name];
    const group = chainOf(layout).steps.find((s) => groupAlias(s) === name);
    return group ? [...group] : undefined;
}
/** The target envs of `promote <from> <to>`: `to` itself, or its group's envs. Unknown is a `UserError`. */
function resolveTargets(layout, to) {
    const envs = envsNamed(layout, to);
    if (envs)
        return envs;
    const aliases = chainOf(layout)
        .steps.map((s) => [groupAlias(s), s])
        .filter(([a]) => a !== undefined)
        .map(([a, s]) => `${a} (${s.join(", ")})`);
    throw new UserError(`unknown environment ${JSON.stringify(to)}; known: ${layout.environments.join(", ")}` +
        (aliases.length > 0 ? `; groups: ${aliases.join("; ")}` : ""));
}
/**
 * Refuses a promotion that goes backwards, stays inside one group, or passes envs of the chain
 * that `skip` does not name. The order is enforced when configured, or when both envs read as
 * env words (`qa`, `prod-us`); names with no env word have no order to keep. Only envs where
 * `deployed` (the services' envs, when given) has something count as passed over.
 */
function chain_checkOrder(layout, from, to, skip = [], deployed) {
    const chain = chainOf(layout);
    const at = (env) => chain.steps.findIndex((s) => s.includes(env));
    const i = at(from);
    const j = at(to);
    const skipped = skip.flatMap((name) => {
        const envs = envsNamed(layout, name);
        if (!envs)
            throw new UserError(`--skip ${JSON.stringify(name)}: not an environment or group of the chain`);
        return envs;
    });
    if (i < 0 || j < 0)
        return;
    const ordered = chain.configured || (envRank(from) !== undefined && envRank(to) !== undefined);
    if (!ordered)
        return;
    const text = chainText(chain);
    if (i === j) {
        throw new UserError(`${from} and ${to} are in the same group of the promotion chain (${text}); promote into the group from the step before it`);
    }
    if (j < i) {
        throw new UserError(`${to} comes before ${from} in the promotion chain (${text}); promotion goes one way`);
    }
    const passed = chain.steps.slice(i + 1, j).flat();
    const between = deployed ? passed.filter((e) => deployed.has(e)) : passed;
    const stray = skipped.filter((e) => !passed.includes(e));
    if (stray.length > 0) {
        throw new UserError(`--skip ${stray.join(", ")}: not between ${from} and ${to} in the promotion chain (${text})`);
    }
    const missing = between.filter((e) => !skipped.includes(e));
    if (missing.length > 0) {
        throw new UserError(`${from} → ${to} skips ${missing.join(", ")} in the promotion chain (${text}); promote through ${missing.length > 1 ? "them" : "it"} first, or say so with ${missing.map((e) => `--skip ${e}`).join(" ")}`);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/services.ts
/**
 * Which services and overlays exist, and what promotion may copy for each.
 * Overlay folders come from the repository model: folder targets, and the
 * env values folders of the charts Argo CD Applications render.
 */



const services_idPattern = new RegExp(src/* ID_PATTERN */.pw);
/**
 * Every overlay of every service, from the repository model: a folder target's folder, or for an
 * Application target (a chart with env values) the folder of its env's value file.
 */
function listOverlays(layout) {
    const out = new Map();
    const app = soleApp(layout);
    for (const t of app ? layout.targets.map((x) => appTarget(x, app)) : layout.targets) {
        if (!t.service || !t.env || out.has(`${t.service}\0${t.env}`))
            continue;
        const config = generatorConfig(layout, t);
        const dir = t.origin === "application" ? (valuesFolder(layout, t) ?? services_parent(config)) : t.source;
        if (dir === undefined)
            continue;
        out.set(`${t.service}\0${t.env}`, {
            service: t.service,
            env: t.env,
            dir,
            serviceRoot: (0,src/* serviceRoot */.Qt)(dir, t.service) ?? (0,src/* serviceRoot */.Qt)(t.source, t.service) ?? dir,
            ...(config ? { config } : {}),
        });
    }
    return [...out.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}
/**
 * The service of an env-only repo (`env/<env>`, `envs/<env>` and no service anywhere): the repo
 * holds one app, named after the repository (its first URL, else its folder; `app` when neither
 * makes a plain name).
 */
function soleApp(layout) {
    if (layout.targets.some((t) => t.service))
        return undefined;
    if (!layout.targets.some((t) => t.env && t.origin !== "application"))
        return undefined;
    const url = layout.repoURLs[0]?.replace(/\.git$/, "").replace(/\/+$/, "");
    const name = (0,external_node_path_.basename)(url?.split(/[/:]/).at(-1) ?? layout.repo)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, "-")
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
    return services_idPattern.test(name) ? name : "app";
}
/** An env folder of an env-only repo as an overlay of its one app. */
function appTarget(t, app) {
    return t.env && !t.service && t.origin !== "application" ? { ...t, service: app } : t;
}
/** The one git-files generator input of the target's Applications whose folder names its env. */
function generatorConfig(layout, t) {
    const apps = layout.applications.filter((a) => a.targets.includes(t.id) && a.applicationSet);
    const files = new Set(apps.flatMap((a) => a.inputs).filter((f) => (0,src/* namesFromPath */.GQ)(services_parent(f) ?? "").env === t.env));
    return files.size === 1 ? [...files][0] : undefined;
}
function services_parent(path) {
    return path?.split("/").slice(0, -1).join("/") || undefined;
}
/** The folder of an Application target's last value file that names its env, else of its Application file. */
function valuesFolder(layout, t) {
    const apps = layout.applications.filter((a) => a.targets.includes(t.id));
    const files = apps.flatMap(src/* valueFilesOf */.sn);
    for (const f of [...files].reverse()) {
        const dir = f.split("/").slice(0, -1).join("/");
        if (dir && (0,src/* namesFromPath */.GQ)(dir).env === t.env)
            return dir;
    }
    // No env values file (a chart with inline values): the folder of the env's Application file.
    for (const a of apps) {
        const dir = a.file.split("/").slice(0, -1).join("/");
        if (dir && !a.applicationSet && (0,src/* namesFromPath */.GQ)(dir).env === t.env)
            return dir;
    }
    return undefined;
}
/** Most services one promotion may name (a branch name holds them all). */
const MAX_SERVICES = 50;
/**
 * Validates names before anything is read or written. Each mistake is a
 * `UserError` that names the value and lists what is known.
 */
function checkRequest(layout, from, to, services, skip = []) {
    const envs = promotableEnvs(layout);
    for (const env of [from, to]) {
        if (!envs.includes(env)) {
            throw new UserError(`unknown environment ${show(env)}; known: ${envs.join(", ")}`);
        }
    }
    if (from === to)
        throw new UserError(`cannot promote from "${from}" to itself; name two different environments`);
    const overlays = listOverlays(layout);
    const known = [...new Set(overlays.map((o) => o.service))].sort();
    // A repo of one service (an env-only repo) needs no service named.
    if (services.length === 0 && known.length === 1)
        services = known;
    // An env the services are not deployed to is no step they skip.
    const deployed = new Set(overlays.filter((o) => services.includes(o.service)).map((o) => o.env));
    checkOrder(layout, from, to, skip, deployed);
    if (services.length === 0) {
        throw new UserError(`name at least one service to promote; known: ${known.join(", ") || "(none)"}`);
    }
    if (services.length > MAX_SERVICES)
        throw new UserError(`at most ${MAX_SERVICES} services per promotion`);
    for (const service of services) {
        // `..` and `.lock` are plain enough for a path segment but not for the branch name.
        if (!services_idPattern.test(service) || service.includes("..") || service.endsWith(".lock")) {
            throw new UserError(`service ${show(service)} is not a plain name (lower-case letters, digits, ".", "_", "-"; not starting with "-" or ".")`);
        }
        if (!known.includes(service)) {
            throw new UserError(`unknown service ${show(service)}; known: ${known.join(", ") || "(none)"}`);
        }
        for (const env of [from, to]) {
            if (!overlays.some((o) => o.service === service && o.env === env)) {
                throw new UserError(`service "${service}" has no ${env} overlay`);
            }
        }
    }
    return { from, to, services: [...new Set(services)].sort() };
}
/** The overlay of `service` in `env` (which `checkRequest` made sure exists). */
function overlayOf(layout, service, env) {
    const overlay = listOverlays(layout).find((o) => o.service === service && o.env === env);
    if (!overlay)
        throw new src/* UserError */.yo(`service "${service}" has no ${env} overlay`);
    return overlay;
}
/** The promote config for one service: its overrides over the repo-wide lists. */
function rulesFor(layout, service) {
    const p = layout.config.promote;
    const own = p.services[service] ?? {};
    return {
        images: own.images ?? p.images,
        values: [...new Set([...(own.values ?? p.values), ...(own.extraValues ?? [])])],
        chart: own.chart ?? p.chart,
        files: own.files ?? p.files,
    };
}
/** A user-given value as it appears in a message: quoted, escaped, cut short. */
function show(value) {
    return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}

;// CONCATENATED MODULE: ./packages/promote/src/plan-context.ts

/** Both envs' parsed files, or undefined when either is missing. */
async function both(ctx, from, to) {
    const source = from ? await ctx.src.get(from) : undefined;
    const target = to ? await ctx.dst.get(to) : undefined;
    return source && target ? { source, target } : undefined;
}
/** Selectors for the entries of list `key` (by their `name`) in the first document. */
function listEntries(file, key) {
    const document = file.documents[0];
    const list = document?.value?.[key];
    if (!document || !Array.isArray(list))
        return [];
    const seen = new Set();
    const out = [];
    for (const entry of list) {
        const name = entry?.name;
        if (typeof name !== "string" || seen.has(name))
            continue;
        seen.add(name);
        const step = { key: "name", equals: { text: name, isString: true } };
        out.push({ key: "name", equals: read(file, [key, step], "name") ?? step.equals });
    }
    return out;
}
function read(file, path, key) {
    const document = file.documents[0];
    return document ? readField(file, document, path, key).value : undefined;
}

;// CONCATENATED MODULE: ./packages/promote/src/plan-sites.ts
/**
 * The promotion passes beyond kustomize images and Helm value files: whole files
 * (`promote.files`), images in the overlay's manifests and patch files, kustomize
 * `helmCharts`, and Helm values inline in Applications.
 */



/** `promote.files`: each named file of the source env's folder replaces the target's whole. Returns the source paths copied. */
async function promoteFiles(ctx, rules, pair) {
    const copied = new Set();
    const from = pair.source.overlay.dir;
    const to = pair.target.overlay.dir;
    if (from === to)
        return copied;
    for (const name of rules.files) {
        const text = await ctx.src.tree.read(`${from}/${name}`);
        if (text === undefined) {
            ctx.notes.push(`${ctx.service}: ${from}/${name} does not exist; promote.files names it, nothing copied`);
            continue;
        }
        copied.add(`${from}/${name}`);
        ctx.set.copy(ctx.service, `${to}/${name}`, await ctx.dst.tree.read(`${to}/${name}`), text);
    }
    return copied;
}
/**
 * Container images in the overlay's own manifests and patch files, matched by what they set
 * (resource and container, or patch target and op path). The last source site of an id wins,
 * as kustomize applies patches in order.
 */
async function promoteManifests(ctx, pair, copied) {
    const source = await manifestSites(ctx.src, pair.source.manifests);
    const target = await manifestSites(ctx.dst, pair.target.manifests);
    const last = new Map(source.map((s) => [s.id, s]));
    const placed = new Set();
    for (const t of target) {
        const s = last.get(t.id);
        if (!s?.value)
            continue;
        placed.add(t.id);
        ctx.set.field(ctx.service, t.file, t.doc, t.path, t.key, s.value);
    }
    for (const [id, s] of last) {
        if (placed.has(id) || !s.value || copied.has(s.file.file))
            continue;
        ctx.unplaced.push({ service: ctx.service, file: s.file.file, field: id, value: s.value.text });
    }
}
/**
 * Kustomize `helmCharts` entries both envs inflate (by name): the chart `version` (when chart
 * versions are promoted) and the `promote.values` paths of `valuesInline`.
 */
async function promoteHelmCharts(ctx, rules, pair) {
    const files = await both(ctx, pair.source.kustomization, pair.target.kustomization);
    if (!files)
        return;
    const targetCharts = new Set(listEntries(files.target, "helmCharts").map((s) => s.equals.text));
    for (const step of listEntries(files.source, "helmCharts")) {
        const path = ["helmCharts", step];
        if (!targetCharts.has(step.equals.text)) {
            const version = read(files.source, path, "version");
            const field = `helmCharts[${step.equals.text}].version`;
            if (version)
                ctx.unplaced.push({ service: ctx.service, file: files.source.file, field, value: version.text });
            continue;
        }
        if (rules.chart)
            ctx.set.field(ctx.service, files.target, 0, path, "version", read(files.source, path, "version"));
        for (const dotted of rules.values) {
            const at = [...path, "valuesInline", ...dotted.split(".")];
            const key = at.pop();
            ctx.set.field(ctx.service, files.target, 0, at, key, read(files.source, at, key));
        }
    }
}
/**
 * Helm values written inline in an Application (`helm.valuesObject`): the `promote.values` paths,
 * between the sources of the two envs' Applications that install the same chart (or the single
 * `spec.source`). A target without `valuesObject` gets none: its values live elsewhere.
 */
async function promoteInlineValues(ctx, rules, pair) {
    await promoteValuesStrings(ctx, rules, pair);
    for (const app of pair.source.apps) {
        const file = await ctx.src.get(app.file);
        for (const source of app.sources) {
            // A `spec.sources` entry without a chart cannot be told from its siblings.
            if (!file || !source.inlineValues || source.path.at(-1) === "sources")
                continue;
            const id = formatPath(source.path);
            const match = pair.target.apps
                .flatMap((a) => a.sources.map((s) => ({ a, s })))
                .find((x) => formatPath(x.s.path) === id);
            const target = match ? await ctx.dst.get(match.a.file) : undefined;
            for (const dotted of rules.values) {
                const at = [...source.path, "helm", "valuesObject", ...dotted.split(".")];
                const key = at.pop();
                const document = file.documents[app.doc];
                const value = document ? readField(file, document, at, key).value : undefined;
                if (match && target && match.s.inlineValues) {
                    const to = [...match.s.path, "helm", "valuesObject", ...dotted.split(".").slice(0, -1)];
                    ctx.set.field(ctx.service, target, match.a.doc, to, key, value);
                }
                else if (value) {
                    ctx.unplaced.push({
                        service: ctx.service,
                        file: app.file,
                        field: formatPath(at, key),
                        value: value.text,
                    });
                }
            }
        }
    }
}
/**
 * Helm values written as a YAML string in an Application (`helm.values: |`): the `promote.values`
 * paths, edited inside the target's string (its other lines and comments kept), between the
 * sources that install the same chart (or the single `spec.source`).
 */
async function promoteValuesStrings(ctx, rules, pair) {
    for (const app of pair.source.apps) {
        for (const source of app.sources) {
            if (!source.valuesString || source.path.at(-1) === "sources")
                continue;
            const from = await ctx.src.embedded(app.file, app.doc, source.valuesString);
            if (!from)
                continue;
            const id = formatPath(source.path);
            const match = pair.target.apps
                .flatMap((a) => a.sources.map((s) => ({ a, s })))
                .find((x) => formatPath(x.s.path) === id && x.s.valuesString);
            const to = match?.s.valuesString && (await ctx.dst.embedded(match.a.file, match.a.doc, match.s.valuesString));
            for (const dotted of rules.values) {
                const path = dotted.split(".");
                const key = path.pop() ?? dotted;
                const value = read(from, path, key);
                if (to)
                    ctx.set.field(ctx.service, to, 0, path, key, value);
                else if (value) {
                    const field = `${from.embedding.field}: ${dotted}`;
                    ctx.unplaced.push({ service: ctx.service, file: app.file, field, value: value.text });
                }
            }
        }
    }
}
/**
 * An ApplicationSet git-files generator config (`clusters/<env>/config.json`): the
 * `promote.values` paths its env's config already holds. A missing field is not added (the file
 * is often JSON, and the template decides what it means).
 */
async function promoteConfigValues(ctx, rules, pair) {
    const files = await both(ctx, pair.source.overlay.config, pair.target.overlay.config);
    if (!files || files.source.file === files.target.file)
        return;
    for (const dotted of rules.values) {
        const path = dotted.split(".");
        const key = path.pop() ?? dotted;
        const value = read(files.source, path, key);
        if (read(files.target, path, key) !== undefined)
            ctx.set.field(ctx.service, files.target, 0, path, key, value);
        else if (value)
            ctx.unplaced.push({ service: ctx.service, file: files.source.file, field: dotted, value: value.text });
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/plan.ts






/** Plans the promotion of `request` reading the source env from `source` and the target env from `target`. */
async function planPromotion(layout, request, source, target) {
    const src = new YamlCache(source);
    const dst = new YamlCache(target);
    const set = new Changeset();
    const notes = [];
    const unplaced = [];
    const services = [];
    for (const service of request.services) {
        const rules = rulesFor(layout, service);
        const pair = {
            service,
            rules,
            source: await locateFiles(src, overlayOf(layout, service, request.from)),
            target: await locateFiles(dst, overlayOf(layout, service, request.to)),
        };
        services.push(pair);
        const ctx = { set, service, src, dst, notes, request, unplaced };
        // Whole files first: a copied file takes no field edits.
        const copied = await promoteFiles(ctx, rules, pair);
        await promoteImages(ctx, rules, pair);
        await promoteValues(ctx, rules, pair);
        if (rules.chart)
            await promoteCharts(ctx, pair);
        await promoteHelmCharts(ctx, rules, pair);
        await promoteInlineValues(ctx, rules, pair);
        await promoteConfigValues(ctx, rules, pair);
        await promoteManifests(ctx, pair, copied);
    }
    return { request, changes: set.changes, files: set.files(), services, notes, unplaced };
}
async function promoteImages(ctx, rules, pair) {
    const files = await both(ctx, pair.source.kustomization, pair.target.kustomization);
    if (!files) {
        if (pair.source.kustomization)
            ctx.notes.push(`${ctx.service}: the ${ctx.request.to} overlay has no kustomization`);
        return;
    }
    for (const step of listEntries(files.source, "images")) {
        for (const field of rules.images) {
            const value = read(files.source, ["images", step], field);
            ctx.set.field(ctx.service, files.target, 0, ["images", step], field, value);
        }
    }
}
async function promoteValues(ctx, rules, pair) {
    const files = await both(ctx, pair.source.values, pair.target.values);
    if (!files) {
        if (pair.source.values)
            ctx.notes.push(`${ctx.service}: no Helm values file found for ${ctx.request.to}`);
        return;
    }
    for (const dotted of rules.values) {
        const path = dotted.split(".");
        const key = path.pop() ?? dotted;
        ctx.set.field(ctx.service, files.target, 0, path, key, read(files.source, path, key));
    }
}
async function promoteCharts(ctx, pair) {
    const charts = await both(ctx, pair.source.chart, pair.target.chart);
    if (charts) {
        const targetDeps = new Set(listEntries(charts.target, "dependencies").map((s) => s.equals.text));
        for (const step of listEntries(charts.source, "dependencies")) {
            const value = read(charts.source, ["dependencies", step], "version");
            if (!targetDeps.has(step.equals.text)) {
                // A dependency only the source has is a change of the chart, not a promotable value.
                if (value) {
                    const field = `dependencies[${step.equals.text}].version`;
                    ctx.unplaced.push({ service: ctx.service, file: charts.source.file, field, value: value.text });
                }
                continue;
            }
            ctx.set.field(ctx.service, charts.target, 0, ["dependencies", step], "version", value);
        }
    }
    for (const app of pair.source.apps) {
        for (const source of app.sources) {
            if (!source.chart)
                continue;
            const match = pair.target.apps
                .flatMap((a) => a.sources.map((s) => ({ a, s })))
                .find((x) => x.s.chart === source.chart);
            const file = match ? await ctx.dst.get(match.a.file) : undefined;
            if (!match || !file)
                continue;
            ctx.set.field(ctx.service, file, match.a.doc, match.s.path, "targetRevision", source.targetRevision);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/promote/src/tree.ts
/**
 * Where promotion reads files from: the working tree, or a commit (when a
 * promotion is re-applied onto a branch that moved). Paths are relative to
 * the infra-gitops repo, with `/` separators.
 */



/** The checkout on disk. A file that resolves outside the repo (a symlink) is refused. */
function workTree(repo) {
    const realRepo = (0,external_node_fs_.realpathSync)(repo);
    return {
        read(path) {
            const full = (0,external_node_path_.join)(repo, path);
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(full);
            }
            catch {
                return Promise.resolve(undefined);
            }
            const rel = (0,external_node_path_.relative)(realRepo, real);
            if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`)) {
                throw new src/* UserError */.yo(`${path}: resolves outside the repository; promotion will not read or write it`, path);
            }
            const st = (0,external_node_fs_.statSync)(real);
            if (!st.isFile())
                return Promise.resolve(undefined);
            checkSize(path, st.size);
            return Promise.resolve((0,src/* decodeUtf8 */._6)((0,external_node_fs_.readFileSync)(real), path));
        },
        list(dir) {
            const out = [];
            const walk = (rel, depth) => {
                if (depth > 8)
                    return;
                let entries;
                try {
                    entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, rel), { withFileTypes: true });
                }
                catch {
                    return;
                }
                for (const e of entries) {
                    if (e.name.startsWith("."))
                        continue;
                    const child = `${rel}/${e.name}`;
                    if (e.isDirectory())
                        walk(child, depth + 1);
                    else if (e.isFile())
                        out.push(child);
                }
            };
            walk(dir, 0);
            return Promise.resolve(out.sort());
        },
    };
}
/** The files of `commit`; `prefix` is the repo's folder inside the git work tree ("" at the top). */
function commitTree(git, commit, prefix) {
    return {
        async read(path) {
            const r = await git.run(["cat-file", "blob", `${commit}:${prefix}${path}`]);
            if (r.code !== 0)
                return undefined;
            checkSize(path, Buffer.byteLength(r.stdout));
            return r.stdout;
        },
        async list(dir) {
            const r = await git.run(["ls-tree", "-r", "--name-only", "-z", commit, "--", `${prefix}${dir}/`]);
            if (r.code !== 0)
                return [];
            return r.stdout
                .split("\0")
                .filter(Boolean)
                .map((p) => p.slice(prefix.length))
                .sort();
        },
    };
}
function checkSize(path, size) {
    if (size > src/* DEFAULT_YAML_LIMITS */.fr.maxBytes) {
        throw new src/* UserError */.yo(`${path}: ${size} bytes is more than promotion reads from one file`, path);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/parity.ts
/**
 * DR parity: every service a primary cluster runs must run on the primary's DR clusters, with
 * the same promotable values (images, chart versions, `promote.values`, `promote.files`). The
 * values are compared by planning a promotion from the primary's env to the DR env: what that
 * promotion would change, or could not place, is what differs. `gitops parity` and the lint rule
 * both report these findings.
 */




const PARITY_RULES = {
    missing: "dr/missing",
    differs: "dr/differs",
    unchecked: "dr/unchecked",
    unpaired: "dr/unpaired",
};
/** Compares every primary placement with its DR counterparts. Reads the working tree; writes nothing. */
async function checkParity(layout) {
    const clusters = (0,dr_clusters/* roleClusters */.c8)(layout);
    const pairs = (0,dr_clusters/* drPairs */.sD)(layout, clusters);
    const rows = [];
    // A DR cluster that pairs with no primary is checked against nothing: say so.
    const findings = clusters
        .filter((c) => c.role === "dr" && c.primary === undefined)
        .map((c) => ({
        tool: "lint",
        rule: PARITY_RULES.unpaired,
        severity: "warning",
        message: `DR cluster ${c.name} pairs with no primary: give it the label ${dr_clusters/* DR_OF_LABEL */.W6}: <primary cluster name> (a cluster labelled ${dr_clusters/* ROLE_LABEL */.eg}: primary)`,
    }));
    for (const pair of pairs) {
        const row = await compare(layout, pair);
        rows.push(row);
        findings.push(...rowFindings(pair, row));
    }
    const count = (s) => rows.filter((r) => r.status === s).length;
    return {
        rows,
        findings,
        summary: {
            primaries: new Set(pairs.map((p) => p.primary.name)).size,
            dr: new Set(pairs.map((p) => p.dr.name)).size,
            services: new Set(pairs.map((p) => p.service)).size,
            ok: count("ok"),
            missing: count("missing"),
            differs: count("differs"),
        },
    };
}
async function compare(layout, pair) {
    const row = {
        service: pair.service,
        primary: pair.primary.name,
        primaryRegion: pair.primary.region,
        dr: pair.dr.name,
        drRegion: pair.dr.region,
        status: "ok",
        primaryTarget: pair.source.target.id,
        differences: [],
    };
    const other = pair.counterpart;
    if (!other)
        return { ...row, status: "missing" };
    row.drTarget = other.target.id;
    // One target deployed to both clusters runs the same values on both.
    if (other.target.id === pair.source.target.id)
        return row;
    const from = pair.source.target.env;
    const to = other.target.env;
    if (!from || !to || from === to) {
        return { ...row, status: "unchecked", reason: "the two targets have no envs of their own to compare" };
    }
    const tree = workTree(layout.repo);
    try {
        const plan = await planPromotion(layout, { from, to, services: [pair.service] }, tree, tree);
        row.differences = [
            ...plan.changes.map((c) => ({ file: c.file, field: c.field, primary: c.to, dr: c.from, line: c.line })),
            ...plan.unplaced.map((u) => ({ file: u.file, field: u.field, primary: u.value, dr: null })),
        ];
    }
    catch (err) {
        if (!(err instanceof src/* UserError */.yo))
            throw err;
        return { ...row, status: "unchecked", reason: err.message };
    }
    return row.differences.length > 0 ? { ...row, status: "differs" } : row;
}
function rowFindings(pair, row) {
    const where = (name, region) => (region ? `${name} (${region})` : name);
    const primary = where(row.primary, row.primaryRegion);
    const dr = where(row.dr, row.drRegion);
    if (row.status === "missing") {
        return [
            {
                tool: "lint",
                rule: PARITY_RULES.missing,
                severity: "error",
                message: `${row.service} runs on primary cluster ${primary} (Application ${pair.source.application.name}) but not on its DR cluster ${dr}`,
                file: pair.source.application.file,
                line: pair.source.application.line,
                target: row.primaryTarget,
            },
        ];
    }
    if (row.status === "unchecked") {
        return [
            {
                tool: "lint",
                rule: PARITY_RULES.unchecked,
                severity: "notice",
                message: `${row.service}: the values on DR cluster ${dr} were not compared with primary ${primary}: ${row.reason ?? ""}`,
                file: pair.source.application.file,
                line: pair.source.application.line,
                target: row.primaryTarget,
            },
        ];
    }
    if (row.status !== "differs")
        return [];
    return row.differences.map((d) => ({
        tool: "lint",
        rule: PARITY_RULES.differs,
        severity: "warning",
        message: `${row.service}: DR cluster ${dr} runs ${d.field} = ${d.dr ?? "(unset)"}, primary ${primary} runs ${d.primary ?? "(unset)"}`,
        // The DR side's file for a value it sets differently; the primary's for one it has no place for.
        file: d.file,
        ...(d.line ? { line: d.line } : {}),
        ...(row.drTarget ? { target: row.drTarget } : {}),
    }));
}


/***/ })

};
