export const id = 169;
export const ids = [169];
export const modules = {

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
