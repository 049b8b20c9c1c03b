export const id = 316;
export const ids = [316];
export const modules = {

/***/ 5375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yo: () => (/* reexport */ errors/* UserError */.yo),
  xv: () => (/* reexport */ VERSION)
});

// UNUSED EXPORTS: CONFIG_FILE, CONFIG_SCHEMA, DEFAULT_ANNOTATION_LIMIT, DEFAULT_CONFIG, DEFAULT_SUMMARY_LIMIT, DEFAULT_SUMMARY_MAX_BYTES, DEFAULT_YAML_LIMITS, ExitCode, FINGERPRINT_KEY, ID_PATTERN, MAX_SHARDS, PROMOTABLE_IMAGE_FIELDS, RENDERED_LIMITS, REPOSITORY_CASE, SARIF_MAX_RESULTS, SARIF_SCHEMA, SEVERITIES, URL_LIKE, affectedTargets, atLeast, buildPlan, changeScope, countBySeverity, countsLabel, decodeUtf8, envRank, escapeData, escapeProperty, expandGlob, explainText, failsAt, filterTargets, findingFingerprint, formatFindingLine, formatJson, formatText, formatWorkflowCommand, git, gitOk, gitTopLevel, globProblem, inScope, inputGraph, isGlob, isObject, isUnder, isUserError, kindOfFolder, lazyLines, lineAt, lineOfOffset, loadConfig, loadModel, loadYamlFile, locationLabel, looksLikeEnv, markdownCell, messageOf, modelJson, namesFromPath, noTargets, normalizeRepoUrl, orderEnvironments, parseRenderedYaml, parseSeverity, parseYaml, planMarkdown, planShards, repoPaths, resolveCommit, resourceLabel, sameRepo, serviceRoot, sortFindings, stripEnv, toAnnotations, toJUnitXml, toJsonReport, toSarif, toSummaryMarkdown, valueFilesOf, walkFiles, writeAtomic, writeTextAtomic, xmlAttr, xmlText

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(3140);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts + 1 modules
var yaml = __webpack_require__(5805);
;// CONCATENATED MODULE: ./packages/core/src/yaml-lines.ts


/**
 * Field lines for documents the fast reader parsed. The fast reader keeps no node positions, so
 * `load` (the careful loader, which does) runs on the first call only: a file no finding points
 * into is never parsed twice. Both readers number a document by its first content line, which
 * is how the two parses are matched. Should the careful loader refuse what the fast reader took,
 * the document's own line is the answer. With `known`, a line found before for the same content
 * is taken from there, and one found now is added to it.
 */
function lazyLines(load, known) {
    let file;
    return (docLine, path) => {
        const remembered = known?.get(docLine, path);
        if (remembered !== undefined)
            return remembered;
        if (file === undefined) {
            try {
                file = load();
            }
            catch (err) {
                if (!(err instanceof UserError))
                    throw err;
                file = null;
            }
        }
        const document = file?.documents.find((d) => d.line === docLine);
        const line = file && document ? lineAt(file, document, path) : docLine;
        known?.set(docLine, path, line);
        return line;
    };
}

// EXTERNAL MODULE: ./packages/core/src/config.ts + 3 modules
var config = __webpack_require__(4169);
// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 6 modules
var load = __webpack_require__(5030);
// EXTERNAL MODULE: ./packages/core/src/model/graph.ts
var graph = __webpack_require__(3383);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var names = __webpack_require__(5499);
// EXTERNAL MODULE: ./packages/core/src/model/applications.ts
var applications = __webpack_require__(2100);
;// CONCATENATED MODULE: ./packages/core/src/model/report.ts


/** The model as JSON: the chosen targets, and the Applications that deploy any of them. */
function modelJson(model, targets, options = {}) {
    const chosen = new Set(targets.map((t) => t.id));
    // Unfiltered, every Application is listed (those that render nothing here too).
    const all = targets.length === model.targets.length;
    return {
        environments: model.environments,
        targets: targets.map((t) => targetJson(t, options.explain === true)),
        applications: model.applications
            .filter((a) => all || a.targets.some((id) => chosen.has(id)))
            .map((a) => ({
            name: a.name,
            namespace: a.namespace,
            project: a.project,
            file: a.file,
            line: a.line,
            applicationSet: a.applicationSet,
            targets: a.targets,
            destination: a.destination,
        })),
    };
}
function targetJson(t, explain) {
    const out = {
        id: t.id,
        env: t.env,
        kind: t.kind,
        source: t.source,
        origin: t.origin,
        applications: [...new Set(t.applications.map((a) => a.name))],
    };
    if (t.service)
        out.service = t.service;
    if (t.root)
        out.root = t.root;
    if (explain)
        out.reasons = t.reasons.filter(Boolean);
    return out;
}
/** `gitops targets --explain` as text: each target, then why. */
function explainText(targets) {
    const lines = [];
    for (const t of targets) {
        lines.push(`${t.id}  (${t.kind}, env ${t.env || "none: shared"}, service ${t.service ?? "none"})`);
        for (const r of t.reasons.filter(Boolean))
            lines.push(`  - ${r}`);
        for (const a of t.applications) {
            lines.push(`  - deployed by Application ${a.name} (${a.file}:${a.line}${a.applicationSet ? `, ApplicationSet ${a.applicationSet}` : ""})`);
        }
    }
    return lines.join("\n") + "\n";
}
/** A repo with nothing to check: say where we looked and how to point us elsewhere. */
function noTargets(layout) {
    const where = layout.configFile ? `targets.roots in ${CONFIG_FILE}` : `targets.roots in a ${CONFIG_FILE}`;
    const looked = layout.config.targets.roots.length > 0
        ? `no kustomization, chart or manifest folder under ${layout.config.targets.roots.join(", ")}`
        : "no kustomization or chart that nothing else uses, no manifest folder under an env folder";
    return new UserError(`no targets in ${layout.repo}: ${looked}, and no Argo CD Application points into the repository; ` +
        `set ${where} to where your overlays live`, layout.configFile ? CONFIG_FILE : undefined);
}

// EXTERNAL MODULE: ./packages/core/src/model/detect.ts
var detect = __webpack_require__(5832);
// EXTERNAL MODULE: ./packages/core/src/model/app-targets.ts
var app_targets = __webpack_require__(1351);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/model/scope.ts





/**
 * The scope of `paths` (relative to `cwd`, as a hook or a shell passes them). A path outside the
 * repository or one that does not exist is a usage error naming it. `everything` names further
 * repo-relative paths (a check's own config: the policies folder, say) whose change affects all
 * targets, as `.gitops.yaml` always does.
 */
function changeScope(model, paths, options = {}) {
    const { files, folders } = repoPaths(model.repo, paths, options.cwd);
    const all = folders.includes("") || [...files].some((f) => f === CONFIG_FILE || options.everything?.(f) === true);
    const graphs = new Map(model.targets.map((t) => [t.id, model.graph(t.id)]));
    if (all)
        return { files, folders, targets: new Set(model.targets.map((t) => t.id)) };
    const targets = affectedTargets(model.targets, graphs, [...files]);
    // A folder feeds a target when the target reads anything under it.
    for (const [id, g] of graphs) {
        const read = [...g.files, ...g.dirs];
        if (folders.some((f) => read.some((r) => isUnder(r, f) || isUnder(f, r))))
            targets.add(id);
    }
    return { files, folders, targets };
}
/** True when `file` is `dir` or lies under it (both repo-relative). */
function isUnder(file, dir) {
    const d = dir.replace(/\/+$/, "");
    return d === "" || d === "." || file === d || file.startsWith(`${d}/`);
}
/**
 * `paths` (relative to `cwd`) as repo-relative files and folders. A path outside the repository
 * or one that does not exist is a usage error naming it.
 */
function repoPaths(repo, paths, cwd = process.cwd()) {
    const files = new Set();
    const folders = [];
    for (const p of paths) {
        const rel = repoRelative(repo, cwd, p);
        if (statSync(resolve(repo, rel)).isDirectory())
            folders.push(rel);
        else
            files.add(rel);
    }
    return { files, folders };
}
function repoRelative(repo, cwd, path) {
    if (path === "")
        throw new UserError("an empty path was given");
    const abs = resolve(cwd, path);
    const rel = relative(resolve(repo), abs);
    if (rel.startsWith("..") || isAbsolute(rel))
        throw new UserError(`${path} is not a file of the repository ${repo}`, path);
    if (!existsSync(abs))
        throw new UserError(`${path} does not exist`, path);
    return rel.split(sep).join("/");
}
/** True when a finding is about the scope: one of its targets, or a file given or under a folder given. */
function inScope(scope, finding) {
    if (finding.target !== undefined && scope.targets.has(finding.target))
        return true;
    const file = finding.file;
    return file !== undefined && (scope.files.has(file) || scope.folders.some((d) => isUnder(file, d)));
}

;// CONCATENATED MODULE: ./packages/core/src/model/index.ts











;// CONCATENATED MODULE: ./packages/core/src/shards.ts

/** Most shards a plan may ask for: GitHub caps a matrix at 256 jobs. */
const MAX_SHARDS = 256;
/**
 * Splits targets into `count` shards for a CI matrix. Targets are dealt in id
 * order, round-robin, so each shard gets a similar mix of envs and services and
 * the same repo always gives the same plan. Empty shards are dropped.
 */
function shards_planShards(targets, count) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
        throw new UserError(`shard count must be an integer from 1 to ${MAX_SHARDS}, got ${count}`);
    }
    const ids = targets.map((t) => t.id).sort();
    const shards = Array.from({ length: Math.min(count, ids.length) }, () => []);
    ids.forEach((id, i) => shards[i % shards.length]?.push(id));
    return shards;
}
/**
 * Keeps the layout's targets whose env (and service, when given) is in the
 * filters; empty filters keep all. A name the repo does not know is a
 * `UserError` listing the names it does know.
 */
function shards_filterTargets(layout, filters) {
    const envs = filters.environments ?? [];
    const services = filters.services ?? [];
    const knownEnvs = new Set([...layout.environments, ...layout.targets.map((t) => t.env)].filter(Boolean));
    const knownServices = new Set(layout.targets.flatMap((t) => (t.service ? [t.service] : [])));
    for (const env of envs) {
        if (!knownEnvs.has(env))
            throw new UserError(`unknown environment "${env}"; known: ${[...knownEnvs].join(", ")}`);
    }
    for (const svc of services) {
        if (!knownServices.has(svc)) {
            throw new UserError(`unknown service "${svc}"; known: ${[...knownServices].sort().join(", ") || "(none)"}`);
        }
    }
    return layout.targets.filter((t) => (envs.length === 0 || envs.includes(t.env)) &&
        (services.length === 0 || (t.service !== undefined && services.includes(t.service))));
}

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** The suite's version; a test keeps it equal to package.json's. */
const VERSION = "0.1.0";

;// CONCATENATED MODULE: ./packages/core/src/reporters/text.ts

const ANSI = {
    error: "\u001b[31m",
    warning: "\u001b[33m",
    notice: "\u001b[36m",
    dim: "\u001b[2m",
    bold: "\u001b[1m",
};
const RESET = "\u001b[0m";
/**
 * Human text: one line per finding, worst first, then a totals line.
 *
 * ```
 * error  apps/cms/overlays/prod/kustomization.yaml:12  lint/schema  message  [Deployment/cms-prod/cms]
 * 1 error, 0 warnings, 0 notices
 * ```
 *
 * Untrusted text (messages quote manifests) is forced onto one line and stripped of control
 * characters, so it can neither forge a line of its own (which the Actions runner would read as a
 * `::workflow-command::`) nor send escape sequences to the reader's terminal.
 */
function formatText(findings, opts = {}) {
    const paint = (style, s) => (opts.color ? `${ANSI[style]}${s}${RESET}` : s);
    const lines = sortFindings(findings).map((f) => renderLine(f, paint));
    const counts = countBySeverity(findings);
    const totals = countsLabel(counts);
    const worst = counts.error ? "error" : counts.warning ? "warning" : undefined;
    lines.push(worst ? paint(worst, totals) : paint("bold", totals));
    return `${lines.join("\n")}\n`;
}
/**
 * One finding as one line of plain text (`severity  location  tool/rule  message  [resource]`),
 * the same line {@link formatText} prints; other reports (JUnit bodies) reuse it.
 */
function text_formatFindingLine(f) {
    return renderLine(f, (_style, s) => s);
}
function renderLine(f, paint) {
    const cols = [paint(f.severity, f.severity)];
    const where = locationLabel(f);
    if (where)
        cols.push(oneLine(where));
    cols.push(paint("dim", oneLine(`${f.tool}/${f.rule}`)), oneLine(f.message));
    if (f.resource)
        cols.push(`[${oneLine(resourceLabel(f.resource))}]`);
    return cols.join("  ");
}
/**
 * Newlines become a visible `\n`, other control characters (ESC, NUL, DEL, C1) a `\xNN` or
 * `\uNNNN` escape: the reader still sees that something was there, the terminal sees plain text.
 */
function oneLine(s) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    return s.replace(/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        if (c === "\r\n" || c === "\n")
            return "\\n";
        if (c === "\r")
            return "\\r";
        if (c === "\t")
            return " ";
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
    });
}
function hex(n, width) {
    return n.toString(16).padStart(width, "0");
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/json.ts

/**
 * The `--json` document of a findings command (DESIGN.md, CLI contract): findings worst first and
 * a summary of counts plus `extra` (e.g. `{ targets: 12, failedTargets: 0 }`).
 *
 * The counts are always computed from `findings`; an `extra` key of the same name is ignored, so
 * the summary cannot disagree with the list it summarises.
 */
function toJsonReport(findings, extra = {}) {
    const counts = countBySeverity(findings);
    const summary = { errors: counts.error, warnings: counts.warning, notices: counts.notice };
    for (const [key, value] of Object.entries(extra)) {
        // defineProperty, not assignment: a `__proto__` key from parsed input stays a plain key.
        if (!Object.hasOwn(summary, key)) {
            Object.defineProperty(summary, key, { value, enumerable: true, writable: true, configurable: true });
        }
    }
    return { findings: sortFindings(findings), summary };
}
/** {@link toJsonReport} as the text printed on stdout: two-space indent, trailing newline. */
function formatJson(findings, extra) {
    return `${JSON.stringify(toJsonReport(findings, extra), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/annotations.ts

/**
 * GitHub shows at most 10 annotations of each level per step (and 50 per job) and silently drops
 * the rest, so we choose which ones survive: worst first, in report order, `limit` per level.
 */
const DEFAULT_ANNOTATION_LIMIT = 10;
/**
 * Turns findings into annotations, worst first and capped per level.
 * The resource label is appended to the message (the annotation has no field for it), and a
 * finding with no file names its target in the message, since it will not be pinned to a file.
 */
function toAnnotations(findings, opts = {}) {
    const limit = Math.max(0, opts.limit ?? DEFAULT_ANNOTATION_LIMIT);
    const taken = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let dropped = 0;
    for (const f of sortFindings(findings)) {
        if (taken[f.severity] >= limit) {
            dropped += 1;
            continue;
        }
        taken[f.severity] += 1;
        annotations.push(toAnnotation(f));
    }
    return { annotations, dropped };
}
function toAnnotation(f) {
    let message = f.message;
    if (!f.file && f.target)
        message = `${f.target}: ${message}`;
    if (f.resource)
        message = `${message} [${resourceLabel(f.resource)}]`;
    const a = { level: f.severity, message, title: `${f.tool}: ${f.rule}` };
    if (f.file) {
        a.file = f.file;
        if (f.line) {
            a.startLine = f.line;
            // GitHub ignores a column without a line, so only carry it alongside one.
            if (f.column)
                a.startColumn = f.column;
        }
    }
    return a;
}
/**
 * The `::error file=...,line=...,col=...,title=...::message` line the runner turns into an
 * annotation, escaped as `@actions/core` does (`toCommandValue`/`escapeData`/`escapeProperty`).
 *
 * The escaping is what keeps untrusted text inert: a message can hold no raw CR or LF, so it can
 * never begin a line of its own (`\n::add-mask::...`, `\n::stop-commands::...`), and a property
 * can hold no `,` or `:` to smuggle in another property or end the property list early.
 */
function formatWorkflowCommand(a) {
    const props = [];
    if (a.file !== undefined)
        props.push(`file=${escapeProperty(a.file)}`);
    if (a.startLine !== undefined)
        props.push(`line=${a.startLine}`);
    if (a.startColumn !== undefined)
        props.push(`col=${a.startColumn}`);
    props.push(`title=${escapeProperty(a.title)}`);
    // The level is ours, but check it anyway: it is the one part of the line we do not escape.
    const level = SEVERITIES.includes(a.level) ? a.level : "error";
    return `::${level} ${props.join(",")}::${escapeData(a.message)}`;
}
/** Escapes the message part of a workflow command. */
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Escapes a `key=value` property of a workflow command. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// EXTERNAL MODULE: ./packages/core/src/reporters/summary.ts + 1 modules
var summary = __webpack_require__(8816);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/reporters/sarif.ts



const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/**
 * GitHub rejects a run with more than 25,000 results (and shows the top 5,000), so past this we
 * keep the worst and count the rest in `run.properties`.
 */
const SARIF_MAX_RESULTS = 25_000;
const LEVEL = { error: "error", warning: "warning", notice: "note" };
/** The versioned fingerprint key: bump it if what {@link findingFingerprint} hashes ever changes. */
const FINGERPRINT_KEY = "gitopsFinding/v1";
/**
 * A SARIF 2.1.0 log for GitHub code scanning: one run, rules deduplicated as `${tool}/${rule}`,
 * results worst first with repo-relative locations and fingerprints stable across runs.
 */
function toSarif(findings, opts) {
    const sorted = sortFindings(findings);
    const kept = sorted.slice(0, Math.max(0, opts.maxResults ?? SARIF_MAX_RESULTS));
    // Rules sorted by id (code-unit order, not locale order, so every machine agrees) rather than by
    // first use, so the rules array and every ruleIndex stay put when only the results change.
    // `kept` is worst first, so a rule's first finding carries its worst severity.
    const first = new Map();
    for (const f of kept)
        if (!first.has(ruleId(f)))
            first.set(ruleId(f), f);
    const rules = [...first.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, f]) => toRule(id, f, opts.rules?.[id]));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // Identical findings (same rule, place, message and resource, different lines) share a hash;
    // the occurrence number keeps their fingerprints apart, as codeql-action's does.
    const seen = new Map();
    const results = kept.map((f) => {
        const id = ruleId(f);
        const hash = findingFingerprint(f);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        const location = toLocation(f);
        return {
            ruleId: id,
            ruleIndex: index.get(id) ?? -1,
            level: LEVEL[f.severity],
            message: { text: messageText(f) },
            ...(location && { locations: [location] }),
            partialFingerprints: {
                [FINGERPRINT_KEY]: `${hash}:${n}`,
                // GitHub only reads primaryLocationLineHash; when it is absent, upload-sarif derives one
                // from the text around `line`, which moves whenever lines above are edited. Ours does not
                // depend on the line, so an alert survives unrelated edits to the file.
                primaryLocationLineHash: `${hash.slice(0, 16)}:${n}`,
            },
        };
    });
    const driver = { name: opts.toolName, version: opts.toolVersion, rules };
    if (opts.informationUri)
        driver.informationUri = opts.informationUri;
    const run = { tool: { driver }, columnKind: "utf16CodeUnits", results };
    if (kept.length < sorted.length)
        run.properties = { droppedResults: sorted.length - kept.length };
    return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
/**
 * sha256 (hex) of what makes a finding the same finding across runs: tool, rule, file (or target),
 * message and resource. Not the line, which shifts with unrelated edits.
 */
function findingFingerprint(f) {
    const parts = [
        f.tool,
        f.rule,
        f.file ?? f.target ?? "",
        f.message,
        f.resource ? resourceLabel(f.resource) : "",
    ];
    // JSON keeps the parts apart: no choice of separator can be forged from inside a part.
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
function ruleId(f) {
    return `${f.tool}/${f.rule}`;
}
function toRule(id, worst, info) {
    // GitHub requires all three descriptions to be non-empty; the id is the best we have without info.
    const text = info?.description ?? id;
    const rule = {
        id,
        name: id,
        shortDescription: { text },
        fullDescription: { text },
        help: { text: info?.helpUri ? `${text}\n\n${info.helpUri}` : text },
        defaultConfiguration: { level: LEVEL[worst.severity] },
        // The tool as a tag lets code scanning filter lint from policy from secrets.
        properties: { tags: [worst.tool] },
    };
    if (info?.helpUri)
        rule.helpUri = info.helpUri;
    return rule;
}
function messageText(f) {
    const text = f.resource ? `${f.message} [${resourceLabel(f.resource)}]` : f.message;
    // message.text is required and GitHub refuses an empty string for a required property.
    return text || ruleId(f);
}
function toLocation(f) {
    const path = f.file ?? (f.target && looksLikePath(f.target) ? f.target : undefined);
    if (!path)
        return undefined;
    const location = {
        physicalLocation: { artifactLocation: { uri: encodePath(path), uriBaseId: "%SRCROOT%" } },
    };
    // A line only means something in the file; a target is a directory.
    if (f.file && f.line && f.line >= 1) {
        location.physicalLocation.region = { startLine: f.line };
        if (f.column && f.column >= 1)
            location.physicalLocation.region.startColumn = f.column;
    }
    return location;
}
/** Relative, `/`-separated, no `..`, no spaces or scheme: `apps/cms/overlays/prod`, not `cluster prod`. */
function looksLikePath(s) {
    return /^[\w.@+-]+(\/[\w.@+-]+)*\/?$/.test(s) && !s.split("/").includes("..");
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/junit.ts


/** The case a finding belongs to when it names neither a target nor a file. */
const REPOSITORY_CASE = "(repository)";
/**
 * JUnit XML for CI test-report viewers: one `<testsuite>` per tool, one `<testcase>` per target
 * (or file) with a `<failure>` listing its errors; warnings and notices go to `<system-out>`
 * unless `warningsAsFailures`. `tests`/`failures` count cases, as the viewers expect.
 *
 * All text is escaped, so markup in a message (`<script>`, `]]>`) stays text, and characters XML
 * 1.0 cannot carry at all (NUL and most C0 controls, lone surrogates) become U+FFFD.
 */
function toJUnitXml(findings, opts) {
    const byTool = new Map();
    for (const tool of opts.tools ?? [])
        byTool.set(tool, []);
    for (const f of sortFindings(findings)) {
        const list = byTool.get(f.tool);
        if (list)
            list.push(f);
        else
            byTool.set(f.tool, [f]);
    }
    if (!byTool.size)
        byTool.set(opts.suiteName, []);
    const suites = [...byTool].map(([tool, list]) => suiteXml(tool, list, opts));
    const tests = suites.reduce((n, s) => n + s.tests, 0);
    const failures = suites.reduce((n, s) => n + s.failures, 0);
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="${xmlAttr(opts.suiteName)}" tests="${tests}" failures="${failures}" errors="0">`,
        ...suites.flatMap((s) => s.lines),
        `</testsuites>`,
        "",
    ].join("\n");
}
function suiteXml(tool, findings, opts) {
    // Listed cases keep the caller's order (usually plan order); the rest follow, sorted.
    const byCase = new Map();
    for (const name of opts.cases ?? [])
        byCase.set(name, []);
    const extra = new Map();
    for (const f of findings) {
        const name = f.target ?? f.file ?? REPOSITORY_CASE;
        const list = byCase.get(name) ?? extra.get(name);
        if (list)
            list.push(f);
        else
            extra.set(name, [f]);
    }
    for (const name of [...extra.keys()].sort())
        byCase.set(name, extra.get(name) ?? []);
    const lines = [];
    let failures = 0;
    for (const [name, list] of byCase) {
        const failing = [];
        const other = [];
        for (const f of list) {
            const fails = f.severity === "error" || (opts.warningsAsFailures && f.severity === "warning");
            (fails ? failing : other).push(f);
        }
        const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(tool)}"`;
        if (!list.length) {
            lines.push(`${open}/>`);
            continue;
        }
        lines.push(`${open}>`);
        const [head] = failing;
        if (head) {
            failures += 1;
            const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : "";
            lines.push(`      <failure message="${xmlAttr(head.message + more)}" type="${xmlAttr(`${head.tool}/${head.rule}`)}">` +
                `${xmlText(failing.map(formatFindingLine).join("\n"))}</failure>`);
        }
        if (other.length) {
            lines.push(`      <system-out>${xmlText(other.map(formatFindingLine).join("\n"))}</system-out>`);
        }
        lines.push(`    </testcase>`);
    }
    const tests = byCase.size;
    return {
        lines: [
            `  <testsuite name="${xmlAttr(tool)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
            ...lines,
            `  </testsuite>`,
        ],
        tests,
        failures,
    };
}
/**
 * Everything XML 1.0 cannot carry (its `Char` production) plus the C1 controls it discourages.
 * With the `u` flag a lone surrogate is one unmatched code unit, so it falls in here too.
 */
const NOT_XML = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ENTITY = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&apos;",
};
/** Escapes element text. `>` is escaped too, so `]]>` cannot appear in the output. */
function xmlText(s) {
    return s.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}
/** Escapes an attribute value; tab/CR/LF as references, since parsers turn raw ones into spaces. */
function xmlAttr(s) {
    return xmlText(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/index.ts
/**
 * The one set of reporters: every check's `Finding[]` becomes text, `--json`, annotations, the
 * job summary, SARIF and JUnit here, so a new check adds rules, never a new report format.
 */







;// CONCATENATED MODULE: ./packages/core/src/plan.ts

/** Selects targets and splits them into shards (see `planShards`). */
function buildPlan(layout, options) {
    const targets = filterTargets(layout, options);
    const shards = planShards(targets, options.shards);
    const matrix = {
        include: shards.map((ids, i) => ({ shard: i + 1, of: shards.length, targets: ids })),
    };
    return { targets, shards, matrix };
}
/** A job-summary section: targets per env and kind, and the shards. */
function planMarkdown(plan) {
    const counts = new Map();
    for (const t of plan.targets)
        counts.set(`${t.env}\u0000${t.kind}`, (counts.get(`${t.env}\u0000${t.kind}`) ?? 0) + 1);
    const rows = [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, n]) => {
        const [env = "", kind = ""] = key.split("\u0000");
        return `| ${env} | ${kind} | ${n} |`;
    });
    const lines = [
        "### gitops plan",
        "",
        `${plan.targets.length} target(s) in ${plan.shards.length} shard(s).`,
        "",
        "| Env | Kind | Targets |",
        "| --- | --- | ---: |",
        ...rows,
    ];
    if (plan.shards.length > 1) {
        lines.push("", "| Shard | Targets |", "| ---: | --- |");
        plan.shards.forEach((ids, i) => lines.push(`| ${i + 1} | ${ids.map((id) => `\`${id}\``).join(", ")} |`));
    }
    return lines.join("\n") + "\n";
}

// EXTERNAL MODULE: ./packages/core/src/git.ts
var git = __webpack_require__(4913);
// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
// EXTERNAL MODULE: ./packages/core/src/globs.ts
var globs = __webpack_require__(6626);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var walk = __webpack_require__(56);
;// CONCATENATED MODULE: ./packages/core/src/index.ts


















/***/ }),

/***/ 8816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UZ: () => (/* binding */ markdownCell),
  T7: () => (/* binding */ toSummaryMarkdown)
});

// UNUSED EXPORTS: DEFAULT_SUMMARY_LIMIT, DEFAULT_SUMMARY_MAX_BYTES

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(3140);
;// CONCATENATED MODULE: ./packages/core/src/reporters/uri.ts
/**
 * Percent-encodes a repo-relative path for a URI (SARIF `artifactLocation.uri`, summary links).
 *
 * Deliberately stricter than RFC 3986's path characters: `:` (a first segment with a colon reads
 * as a URI scheme), `(`/`)` (they end a markdown link) and `&` (markdown decodes entities in link
 * destinations) are encoded too. Lone surrogates, which `encodeURIComponent` throws on, become
 * U+FFFD first so a strange file name cannot crash a report.
 */
function encodePath(path) {
    return path
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
        .replace(/[^A-Za-z0-9\-._~!$'*+,;=@/]/gu, percent);
}
/** `encodeURIComponent`, plus the `(`/`)` it leaves alone. */
function percent(c) {
    return encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`);
}

;// CONCATENATED MODULE: ./packages/core/src/reporters/summary.ts



/** Finding rows shown before the "N more findings not shown" note. */
const DEFAULT_SUMMARY_LIMIT = 200;
/**
 * GitHub rejects a step summary over 1 MiB (1,048,576 bytes) and shows an error instead of it.
 * We stop a little short, leaving room for a caller's own lines around ours.
 */
const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
/** One message can be a whole manifest; past this a cell is cut with `…`. */
const MAX_CELL_CHARS = 1000;
/** Room kept for the closing notes, so they always fit. */
const NOTE_RESERVE_BYTES = 256;
/** The row for findings that name no target (repo-wide checks, secrets in plain files). */
const NO_TARGET = "(no target)";
const BADGE = { error: "❌ error", warning: "⚠️ warning", notice: "ℹ️ notice" };
/**
 * GitHub job-summary markdown for one check: heading, ✅/❌ status line with counts, a table of
 * counts per target (worst first, when findings carry targets), then a findings table worst first,
 * capped at `limit` rows and at `maxBytes` in total, with a note saying how many were left out.
 */
function toSummaryMarkdown(findings, opts) {
    const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const counts = (0,finding/* countBySeverity */.Ot)(findings);
    const failed = (0,finding/* failsAt */.ZN)(findings, opts.failOn ?? "error");
    const check = opts.check ? `**${markdownCell(opts.check)}** ${failed ? "failed" : "passed"}: ` : "";
    const status = findings.length ? (0,finding/* countsLabel */.d_)(counts) : "no findings";
    const out = [`## ${markdownCell(opts.title)}`, "", `${failed ? "❌" : "✅"} ${check}${status}`];
    if (!findings.length)
        return `${out.join("\n")}\n`;
    let room = maxBytes - bytes(out) - NOTE_RESERVE_BYTES;
    const notes = [];
    const groups = groupByTarget(findings);
    if (groups) {
        const table = fitTable(["| Target | Errors | Warnings | Notices |", "| --- | ---: | ---: | ---: |"], groups, ([target, c]) => `| ${markdownCell(target)} | ${c.error} | ${c.warning} | ${c.notice} |`, groups.length, room - 1);
        out.push("", ...table.lines);
        room -= bytes(table.lines) + 1;
        if (table.hidden)
            notes.push(`_${plural(table.hidden, "more target")} not shown._`);
    }
    const table = fitTable(["| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"], (0,finding/* sortFindings */.Tc)(findings), (f) => findingRow(f, opts), Math.max(0, opts.limit ?? DEFAULT_SUMMARY_LIMIT), room - 1);
    out.push("", ...table.lines);
    if (table.hidden)
        notes.push(`_${plural(table.hidden, "more finding")} not shown._`);
    if (notes.length)
        out.push("", ...notes);
    return `${out.join("\n")}\n`;
}
/** Counts per target, worst first; undefined when no finding names a target (it would be one row). */
function groupByTarget(findings) {
    if (!findings.some((f) => f.target))
        return undefined;
    const byTarget = new Map();
    for (const f of findings) {
        const key = f.target ?? NO_TARGET;
        let counts = byTarget.get(key);
        if (!counts)
            byTarget.set(key, (counts = { error: 0, warning: 0, notice: 0 }));
        counts[f.severity] += 1;
    }
    return [...byTarget].sort(([ta, a], [tb, b]) => b.error - a.error ||
        b.warning - a.warning ||
        b.notice - a.notice ||
        // On a tie, named targets first: the catch-all row is the least specific.
        Number(ta === NO_TARGET) - Number(tb === NO_TARGET) ||
        ta.localeCompare(tb));
}
function findingRow(f, opts) {
    const label = markdownCell((0,finding/* locationLabel */.GE)(f)) || "—";
    const href = f.file ? fileUrl(f, opts) : undefined;
    const where = href ? `[${label}](${href})` : label;
    const message = f.resource ? `${f.message} (${(0,finding/* resourceLabel */.bP)(f.resource)})` : f.message;
    return `| ${BADGE[f.severity]} | ${where} | ${markdownCell(`${f.tool}/${f.rule}`)} | ${markdownCell(message)} |`;
}
/** `${repoUrl}/blob/${sha}/${file}#L${line}`, with the path percent-encoded. */
function fileUrl(f, opts) {
    if (!opts.repoUrl || !opts.sha || !f.file)
        return undefined;
    const base = opts.repoUrl.replace(/\/+$/, "").replace(/[ ()<>]/g, percent);
    const anchor = f.line ? `#L${f.line}` : "";
    return `${base}/blob/${encodeURIComponent(opts.sha)}/${encodePath(f.file)}${anchor}`;
}
/**
 * Renders items as rows while they fit both `limit` and `room` bytes; says how many it left out.
 * Rows are rendered lazily, so a million findings cost only the rows shown.
 */
function fitTable(header, items, render, limit, room) {
    const lines = [...header];
    let used = bytes(header);
    for (const item of items.slice(0, limit)) {
        const row = render(item);
        const size = external_node_buffer_.Buffer.byteLength(row, "utf8") + 1;
        if (used + size > room)
            break;
        lines.push(row);
        used += size;
    }
    const shown = lines.length - header.length;
    // A header with no rows under it renders as an empty table; leave it out.
    return { lines: shown ? lines : [], hidden: items.length - shown };
}
/**
 * Makes untrusted text one literal table cell. Newlines become `<br>`; other control characters
 * go. Everything that markdown or HTML would interpret (`|` ends the cell, `<` opens a tag, `[`
 * starts a link or image, `` ` `` a code span, `*`/`_`/`~` emphasis, `\` escapes the next one) is
 * written as a character reference, which renders as the character itself. So a message reads
 * exactly as the check wrote it, and a manifest cannot inject markup into the summary.
 */
function markdownCell(s) {
    const cut = s.length > MAX_CELL_CHARS ? `${s.slice(0, MAX_CELL_CHARS).replace(/[\uD800-\uDBFF]$/, "")}…` : s;
    return (cut
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
        .replace(/[&<>|\\`*_[\]~]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, "<br>")
        .replace(/\t/g, " ")
        .trim());
}
function bytes(lines) {
    return lines.reduce((n, l) => n + external_node_buffer_.Buffer.byteLength(l, "utf8") + 1, 0);
}
function plural(n, words) {
    return `${n} ${words}${n === 1 ? "" : "s"}`;
}


/***/ }),

/***/ 316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W6: () => (/* binding */ fetchClient),
  _w: () => (/* binding */ listAll),
  Jj: () => (/* binding */ parseRepoSlug),
  AN: () => (/* binding */ repoFromRemoteUrl),
  c2: () => (/* binding */ statusOf)
});

// UNUSED EXPORTS: GitHubApiError

// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __webpack_require__(5375);
;// CONCATENATED MODULE: ./packages/promote/src/graphql.ts
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

;// CONCATENATED MODULE: ./packages/promote/src/github.ts
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
            return graphqlData((await client.request(`POST ${graphqlUrl(base)}`, { query, variables })).data);
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
        throw new src/* UserError */.yo(`repository must look like "owner/name", got ${JSON.stringify(slug)}`);
    return { owner: m[1], repo: m[2] };
}


/***/ })

};
