export const id = 915;
export const ids = [915];
export const modules = {

/***/ 1915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./packages/cache/src/index.ts + 1 modules
var src = __webpack_require__(9762);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 3 modules
var core_src = __webpack_require__(8839);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/validate/src/results.ts



/** The checks a validate run is made of, in the order they run. */
const results_CHECKS = (/* unused pure expression or super */ null && (["render", "lint", "policy", "secrets"]));
function results_resultFileName(check, shard) {
    return `${check}.shard-${shard}.json`;
}
/**
 * Reads every shard's result for `check` from `dir`. Fewer files than
 * `expectedShards` means a shard job failed before reporting: that is an
 * error, never a silently partial pass.
 */
function results_readShardResults(dir, check, expectedShards) {
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        names = [];
    }
    const pattern = new RegExp(`^${check}\\.shard-(\\d+)\\.json$`);
    const results = [];
    for (const name of names.filter((n) => pattern.test(n)).sort()) {
        const path = join(dir, name);
        let parsed;
        try {
            parsed = JSON.parse(readFileSync(path, "utf8"));
        }
        catch {
            throw new UserError(`${path}: not a readable shard result (JSON)`, path);
        }
        if (!isShardResult(parsed))
            throw new UserError(`${path}: not a shard result (expected check, shard, findings, targets)`, path);
        results.push(parsed);
    }
    const seen = new Set(results.map((r) => r.shard));
    if (seen.size < expectedShards) {
        const missing = Array.from({ length: expectedShards }, (_, i) => i + 1).filter((n) => !seen.has(n));
        throw new UserError(`${check}: no results from shard(s) ${missing.join(", ")} of ${expectedShards} in ${dir}; the render job of those shards failed before reporting, see its log`);
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

// EXTERNAL MODULE: ./packages/secrets/src/index.ts + 42 modules
var secrets_src = __webpack_require__(9400);
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
function coverage_coverageText(c) {
    if (c.render) {
        const r = c.render;
        const skipped = r.skipped ? `, ${r.skipped} skipped` : "";
        return `${r.ok} of ${plural(r.targets, "target")} rendered (${r.failed} failed${skipped}), ${plural(r.resources, "resource")}`;
    }
    if (c.lint) {
        const l = c.lint;
        const schemas = l.schemaEngine === "kubeconform"
            ? `kubeconform's Kubernetes ${l.kubeVersion} schemas`
            : `Kubernetes ${l.kubeVersion} schemas + ${plural(l.crdKinds, "CRD kind")} (${l.crdKindsUsed.length} used)`;
        return (`${plural(l.resources, "resource")} in ${plural(l.targets, "target")} against ${schemas}, ` +
            `${l.strict ? "strict" : "not strict"}; ${plural(l.applications, "Application")}, ${plural(l.files, "YAML file")}`);
    }
    if (c.policy) {
        const p = c.policy;
        if (p.policies === 0)
            return "no policies (nothing checked)";
        const waived = p.waived ? `, ${p.waived} waived` : "";
        const of = p.targets ? ` of ${plural(p.targets, "target")}` : "";
        return `${p.policies} polic${p.policies === 1 ? "y" : "ies"} × ${plural(p.resources, "object")}${of}: ${p.evaluations} matched and evaluated${waived}`;
    }
    if (c.secrets) {
        // The secret scan's own line, made a phrase: "Scanned 58 files (12.3 KiB) with ..." -> "58 files ...".
        return (0,secrets_src/* statsLine */.I0)(c.secrets)
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
function coverage_mergeCoverage(parts) {
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
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./packages/validate/src/needs.ts

/**
 * Parses `${{ toJSON(needs) }}` and returns the jobs that did not succeed.
 * Skipped jobs count as not succeeded only when `skippedFails` is set: a
 * render job skipped because there were no targets is fine.
 */
function needs_unsuccessfulJobs(needsJson, skippedFails = false) {
    let parsed;
    try {
        parsed = JSON.parse(needsJson);
    }
    catch {
        throw new UserError('Input "needs" must be the JSON of ${{ toJSON(needs) }}');
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new UserError('Input "needs" must be the JSON of ${{ toJSON(needs) }}');
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
var finding = __webpack_require__(3140);
// EXTERNAL MODULE: ./packages/core/src/reporters/index.ts + 6 modules
var reporters = __webpack_require__(8286);
;// CONCATENATED MODULE: ./packages/validate/src/summary.ts



/** Checks ordered worst first: a check that could not run, then by errors, warnings, notices. */
function worstFirst(checks) {
    const score = (c) => {
        const n = (0,finding/* countBySeverity */.Ot)(c.findings);
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
function summary_validateFails(checks, failOn) {
    return checks.some((c) => c.problem !== undefined || (0,finding/* failsAt */.ZN)(c.findings, failOn));
}
/**
 * The one summary of a validate run: a table of checks (worst first), then a
 * findings table per check that has findings, also worst first.
 */
function summary_validateMarkdown(checks, opts) {
    const ordered = worstFirst(checks);
    const failed = summary_validateFails(checks, opts.failOn);
    const all = checks.flatMap((c) => c.findings);
    const n = countBySeverity(all);
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
        const cn = countBySeverity(c.findings);
        const result = c.problem
            ? `❌ ${c.problem}`
            : failsAt(c.findings, opts.failOn)
                ? "❌ failed"
                : "✅ passed";
        const covered = c.coverage ? (coverageText(c.coverage) ?? "") : "";
        lines.push(`| ${c.name} | ${result} | ${cn.error} | ${cn.warning} | ${cn.notice} | ${markdownCell(covered)} |`);
    }
    lines.push("");
    if (opts.details === false)
        return lines.join("\n");
    // Each findings table gets a share of GitHub's 1 MiB step-summary budget.
    const budget = Math.floor(900_000 / Math.max(1, ordered.length));
    for (const c of ordered.filter((x) => x.findings.length > 0)) {
        const md = toSummaryMarkdown(c.findings, {
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
        const cn = (0,finding/* countBySeverity */.Ot)(c.findings);
        const state = c.problem
            ? `could not run: ${c.problem}`
            : (0,finding/* failsAt */.ZN)(c.findings, opts.failOn)
                ? "failed"
                : "passed";
        const covered = c.coverage ? coverage_coverageText(c.coverage) : undefined;
        out.push(`== ${c.name}: ${state} (${cn.error} error(s), ${cn.warning} warning(s), ${cn.notice} notice(s))` +
            (covered ? ` — ${covered}` : ""));
        if (c.findings.length > 0)
            out.push((0,reporters/* formatText */.vX)(c.findings).trimEnd());
    }
    const time = opts.seconds === undefined ? "" : ` in ${opts.seconds.toFixed(1)} s`;
    out.push(`validate ${summary_validateFails(checks, opts.failOn) ? "failed" : "passed"}${time}`);
    return out.join("\n") + "\n";
}
function linkOpts(o) {
    return o.repoUrl && o.sha ? { repoUrl: o.repoUrl, sha: o.sha } : {};
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(4635);
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
        sarif: toSarif(findings, { toolName: "gitops-actions", toolVersion: VERSION }),
        failed: validateFails(checks, o.failOn),
    };
}
/**
 * One finding per place and message, as lint keeps them: repo-wide findings (YAML hygiene, Argo
 * CD references) come from every shard, and a shared base's mistake from every target using it.
 */
function dedupe(findings) {
    const seen = new Set();
    return sortFindings(findings).filter((f) => {
        const key = JSON.stringify([f.tool, f.rule, f.severity, f.message, f.file, f.line]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./packages/cache/src/validators.ts
var validators = __webpack_require__(4291);
// EXTERNAL MODULE: ./packages/lint/src/index.ts + 25 modules
var lint_src = __webpack_require__(6236);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 49 modules
var policy_src = __webpack_require__(5247);
;// CONCATENATED MODULE: ./packages/validate/src/run.ts








/**
 * `gitops validate`: render, then lint, policy and secrets on the result, with
 * one list of outcomes for one summary and one exit code. Each check is timed.
 * Render runs once; lint and policy read its output instead of rendering again.
 */
async function run_runValidate(o) {
    const store = o.cache === false ? undefined : (o.cache ?? (0,src/* openCache */.bp)(o.env ?? process.env));
    // The config's and lint's compiled validators come from this run's store (or from none).
    return (0,validators.withCompiledSchemaCache)(store, () => validateWith(o, store));
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
        const report = await (0,secrets_src/* scanRepository */.Gw)(o.repo, {
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
            diff = await (0,render_src/* diffRendered */.dp)({
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
        const model = await (0,render_src/* renderModel */.e7)({ repo: o.repo, env: o.env });
        // The secrets scan needs no rendered output: it runs while kustomize and helm do.
        if (wanted.has("secrets")) {
            secrets = afterIo(() => scanSecrets(model));
            // Awaited after lint and policy: a failure (a bad ignore file) is thrown there, not lost.
            secrets.catch(() => undefined);
        }
        const r = await (0,render_src/* render */.XX)({ repo: o.repo, model, ...filters, ...(o.only ? { only: o.only } : {}) });
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
            const report = await (0,lint_src/* lint */.u8)({
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
            const report = await (0,policy_src/* runPolicyCheck */.ov)({
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
        failed: summary_validateFails(checks, o.failOn),
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

// EXTERNAL MODULE: ./packages/core/src/write.ts
var write = __webpack_require__(5430);
;// CONCATENATED MODULE: ./packages/validate/src/shard.ts





/**
 * One shard of a sharded validate run: render this shard's targets (and, on a
 * pull request, diff them against the merge-base), lint and policy-check them,
 * and write each check's findings to `<resultsDir>/<check>.shard-<n>.json` for
 * the reporting jobs. Secrets are scanned once, in their own job.
 */
async function runShard(o) {
    if (!Number.isInteger(o.shard) || o.shard < 1)
        throw new UserError(`shard must be a whole number from 1, got ${o.shard}`);
    const result = await runValidate({
        ...o,
        only: new Set(o.targets),
        diff: o.base !== undefined,
        checks: ["render", "lint", "policy"],
    });
    // The results folder is an input: a bad one is named, not reported as a bug.
    const write = (name, text) => {
        writeTextAtomic(join(o.resultsDir, name), text, `results folder ${o.resultsDir}`);
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








// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(1428);
;// CONCATENATED MODULE: ./packages/cli/src/commands/validate.ts




/** `gitops validate`: the main job, render + lint + policy + secrets with one summary and one exit code. */
const validateCommand = {
    name: "validate",
    summary: "render + lint + policy + secrets, one summary and one exit code: the main job",
    help: `Usage: gitops validate [--base REF] [--env ENV]... [--service NAME]... [--k8s-version X.Y] [--fail-on SEV] [--no-cache] [--json] [--repo DIR]

Renders every target, lints the result against the bundled schemas and the Argo CD reference
checks, runs the policies under policies/, and scans for secrets: what CI's required checks run,
on a laptop. Prints a block per check, worst first, and the total time.

Options:
  --base REF          scan for secrets only in what the change since REF adds (each commit)
  --env ENV           only targets of this environment (repeatable)
  --service NAME      only targets of this service (repeatable)
  --k8s-version X.Y   the Kubernetes minor to lint against (default: lint.kubeVersion)
  --fail-on SEV       error (default), warning or notice: the severity that fails the run
  --no-cache          check everything afresh; by default renders unchanged targets come from the
                      cache (GITOPS_CACHE_DIR, default \${XDG_CACHE_HOME:-~/.cache}/gitops-actions),
                      and so are each target's lint and policy results

Exit codes: 0 clean, 1 findings at or above --fail-on (or a failed target), 2 bad usage or config.`,
    options: {
        base: { type: "string" },
        env: { type: "string", multiple: true },
        service: { type: "string", multiple: true },
        "k8s-version": { type: "string" },
        "fail-on": { type: "string" },
        "no-cache": { type: "boolean" },
    },
    async run(ctx) {
        const failOn = (0,options/* failOnOption */.r)(ctx);
        const result = await run_runValidate({
            repo: ctx.repo,
            failOn,
            environments: ctx.options.env,
            services: ctx.options.service,
            ...(ctx.options.base ? { base: ctx.options.base } : {}),
            ...(ctx.options["k8s-version"] ? { k8sVersion: ctx.options["k8s-version"] } : {}),
            cache: ctx.options["no-cache"] === true ? false : ((0,src/* openCache */.bp)(process.env, { fallback: true }) ?? false),
        });
        const seconds = result.ms / 1000;
        if (ctx.json) {
            const checks = Object.fromEntries(result.checks.map((c) => [
                c.name,
                {
                    findings: c.findings.length,
                    seconds: (c.ms ?? 0) / 1000,
                    // What it covered: the check's own `--json` summary (render: targets by status, resources).
                    ...(c.coverage ? { coverage: coverageSummary(c.coverage) } : {}),
                },
            ]));
            ctx.io.stdout((0,core_src/* formatJson */.IB)(result.checks.flatMap((c) => c.findings), { checks, seconds, failed: result.failed, ...(result.cache ? { cache: result.cache } : {}) }));
        }
        else {
            ctx.io.stdout(validateText(result.checks, { failOn, seconds }));
            if (result.cache?.writeProblem)
                ctx.io.stderr(`note: ${result.cache.writeProblem}\n`);
        }
        return result.failed ? core_src/* ExitCode */.yU.Findings : core_src/* ExitCode */.yU.Clean;
    },
};


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
