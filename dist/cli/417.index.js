export const id = 417;
export const ids = [417];
export const modules = {

/***/ 5798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 3 modules
var src = __webpack_require__(8839);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/preview/src/sets.ts
var sets = __webpack_require__(5663);
// EXTERNAL MODULE: ./packages/core/src/model/names.ts
var names = __webpack_require__(5499);
// EXTERNAL MODULE: ./packages/core/src/model/roots.ts
var model_roots = __webpack_require__(9834);
;// CONCATENATED MODULE: ./packages/init/src/roots.ts


/**
 * The `targets.roots` that give back exactly the folder targets discovery found: each found
 * folder's path with the segment naming its env written `{env}` and the one naming its service
 * `{service}`. Roots replace discovery of folders, so they are pinned only when, expanded
 * here, they match every found folder with the same env and service and no other folder that
 * would render (a folder of Helm values an Application reads is matched harmlessly: it holds
 * nothing to render). Otherwise discovery keeps deciding, and the note says why.
 */
function pinnableRoots(model) {
    const folders = model.targets.filter((t) => t.origin === "layout");
    if (folders.length === 0)
        return { note: "discovery found no folder targets, only Argo CD Applications" };
    const byRoot = new Map();
    for (const t of folders) {
        const root = rootOf(t.id, t.env, t.service);
        if (root === undefined) {
            return {
                note: `the env or service of ${t.id} comes from the Applications that deploy it, which roots cannot say`,
            };
        }
        byRoot.set(root, [...(byRoot.get(root) ?? []), t.id]);
    }
    const exact = [...byRoot].map(([root, targets]) => ({ root, targets }));
    const wider = widen(exact);
    if (wider && check(model, folders, wider) === undefined)
        return { roots: wider, note: "" };
    const problem = check(model, folders, exact);
    return problem === undefined ? { roots: exact, note: "" } : { note: problem };
}
/**
 * The roots with a last literal segment written `*` (`{service}/operator/overlays/*`), merged;
 * undefined when that changes none. One-segment roots stay as they are: `*` would be every folder.
 */
function widen(roots) {
    const byRoot = new Map();
    let changed = false;
    for (const r of roots) {
        const segs = r.root.split("/");
        const last = segs.at(-1) ?? "";
        const wide = segs.length > 1 && !last.startsWith("{") ? [...segs.slice(0, -1), "*"].join("/") : r.root;
        changed ||= wide !== r.root;
        byRoot.set(wide, [...(byRoot.get(wide) ?? []), ...r.targets]);
    }
    return changed ? [...byRoot].map(([root, targets]) => ({ root, targets: targets.sort() })) : undefined;
}
/** Why `roots` would not give back the folder targets discovery found, or undefined when they do. */
function check(model, folders, roots) {
    const wanted = new Map(folders.map((t) => [t.id, t]));
    let matches;
    try {
        matches = (0,model_roots/* expandRoots */.o)(model.repo, roots.map((r) => r.root), model.outputDirs);
    }
    catch {
        return `a folder name cannot be written as a root in ${src/* CONFIG_FILE */.g2}`;
    }
    const seen = new Set();
    for (const m of matches) {
        const t = wanted.get(m.id);
        if (!t) {
            if ((0,src/* kindOfFolder */.Kv)(m.dir) === undefined)
                continue;
            return `pinning would also make ${m.id} a target, which discovery leaves out`;
        }
        if ((m.names.env ?? "") !== t.env || m.names.service !== t.service) {
            return `pinning would name ${m.id} differently than discovery does`;
        }
        seen.add(m.id);
    }
    const missed = folders.find((t) => !seen.has(t.id));
    return missed ? `pinning would lose ${missed.id}` : undefined;
}
/** The root pattern of one folder target, or undefined when its path does not name its env and service. */
function rootOf(id, env, service) {
    const segs = id.split("/");
    const envAt = env ? segs.lastIndexOf(env) : -1;
    if (env && envAt === -1)
        return undefined;
    const serviceAt = service ? segs.lastIndexOf(service) : -1;
    if (service && (serviceAt === -1 || serviceAt === envAt))
        return undefined;
    return segs
        .map((s, i) => {
        if (i === envAt)
            return "{env}";
        if (i === serviceAt)
            return "{service}";
        return s;
    })
        .join("/");
}

;// CONCATENATED MODULE: ./packages/init/src/detect.ts





const idPattern = new RegExp(src/* ID_PATTERN */.pw);
/** Reads the model into what the files init writes need. */
function detect(model) {
    const targets = model.targets.map((t) => {
        const d = { id: t.id, env: t.env, kind: t.kind, folder: folderOf(t) };
        if (t.service)
            d.service = t.service;
        return d;
    });
    const detected = {
        environments: [...model.environments],
        environmentsConfigured: model.environmentsConfigured,
        prodEnvs: prodEnvs(model.environments),
        targets,
        applications: model.applications.map((a) => ({ name: a.name, file: a.file })),
        applicationPlaces: applicationPlaces([
            ...model.applications.map((a) => a.file),
            ...model.applicationSets.map((s) => s.file),
        ]),
        hasConfig: model.configFile !== undefined,
        previews: new sets/* PreviewSets */.m(model).sets.length > 0,
        argocdServer: model.config.argocd.server.trim() !== "",
        observe: deployedByArgoCd(model),
    };
    if (!detected.hasConfig) {
        const pinned = pinnableRoots(model);
        if (pinned.roots)
            detected.roots = pinned.roots;
        else
            detected.rootsNote = pinned.note;
    }
    return detected;
}
/**
 * Whether the observe alerts apply. They read Argo CD's Applications, so they need an Argo CD to
 * read: either the repository holds Argo CD objects (Argo CD deploys it, whatever the server's
 * address), or `.gitops.yaml` names `argocd.server` (the Applications live in another repository).
 * The objects are the scan's `argoFiles` (Applications, ApplicationSets, AppProjects, cluster
 * Secrets) and an app-of-apps chart, which the model expands only with helm on PATH and otherwise
 * notes as `render/app-of-apps`: what init writes must not depend on helm being installed. A
 * repository with neither (Flux, env folders applied by another tool) would get a workflow that
 * can only fail, so none.
 */
function deployedByArgoCd(model) {
    return (model.config.argocd.server.trim() !== "" ||
        model.argoFiles.length > 0 ||
        model.applications.length > 0 ||
        model.findings.some((f) => f.tool === "render" && f.rule === "app-of-apps"));
}
/** True when every env can be written to `environments` (the config's id pattern). */
function writableEnvs(envs) {
    return envs.length > 0 && envs.every((e) => idPattern.test(e));
}
/** The last env and every env that ranks as it does (`prod-eu` and `prod-us` after `staging`). */
function prodEnvs(envs) {
    const last = envs.at(-1);
    if (last === undefined)
        return [];
    const rank = (0,names/* envRank */.Oj)(last);
    if (rank === undefined)
        return [last];
    return envs.filter((e) => (0,names/* envRank */.Oj)(e) === rank);
}
/** A target's own folder: a folder target's id; an Application target's local source folder, if any. */
function folderOf(t) {
    return t.id.startsWith("applications/") ? t.source : t.id;
}
/**
 * The folders that hold Argo CD objects, outermost only; a file at the repository root is named
 * itself, since owning its folder would own the whole repository.
 */
function applicationPlaces(files) {
    const places = new Set();
    for (const f of files) {
        const dir = (0,external_node_path_.dirname)(f);
        places.add(dir === "." ? f : dir);
    }
    const sorted = [...places].sort();
    return sorted.filter((p) => !sorted.some((q) => q !== p && p.startsWith(`${q}/`)));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/init/src/templates/codeowners.ts

/** Where GitHub looks for CODEOWNERS, in its order; init writes the first. */
const CODEOWNERS_PLACES = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
/** The placeholder team that owns everything; `ORG` is replaced by the user. */
const PLATFORM_TEAM = "@ORG/platform-team";
/** The placeholder team of a service. */
function serviceTeam(service) {
    return `@ORG/${service}-team`;
}
/**
 * `.github/CODEOWNERS`: the platform team owns everything; a service team owns its service's
 * folders; a production target folder needs both; Argo CD objects, policies and CI belong to the
 * platform. GitHub applies the last matching line, so the order below is the precedence.
 */
function codeownersFile(d, policyDir) {
    const lines = [
        "# Written by `gitops init`. Replace ORG with your GitHub organisation and the team names",
        '# with real teams (each needs write access), then turn on "Require review from Code Owners"',
        "# in the branch protection or ruleset of main.",
        "# The last matching line wins: later, more specific lines override earlier ones.",
        "",
        "# Everything not listed below.",
        row("*", [PLATFORM_TEAM]),
    ];
    const services = new Map();
    for (const t of d.targets) {
        if (!t.service || !t.folder)
            continue;
        const root = (0,src/* serviceRoot */.Qt)(t.folder, t.service);
        if (root && !services.has(root))
            services.set(root, t.service);
    }
    if (services.size > 0) {
        lines.push("", "# Service folders: their team reviews their changes, and the platform team too, since a shared", "# base or chart reaches production (`gitops governance` checks every file a prod target reads).");
        for (const [root, service] of [...services].sort(byPath))
            lines.push(row(dir(root), [serviceTeam(service), PLATFORM_TEAM]));
    }
    if (d.applicationPlaces.length > 0) {
        lines.push("", "# Argo CD Applications and ApplicationSets: what is deployed where.");
        for (const p of d.applicationPlaces)
            lines.push(row(isFile(p) ? `/${codeowners_escape(p)}` : dir(p), [PLATFORM_TEAM]));
    }
    const prod = prodFolders(d);
    if (prod.length > 0) {
        lines.push("", `# Production (${d.prodEnvs.join(", ")}): the service team, where one is known, and the platform team.`);
        for (const [folder, service] of prod) {
            lines.push(row(dir(folder), service ? [serviceTeam(service), PLATFORM_TEAM] : [PLATFORM_TEAM]));
        }
    }
    lines.push("", "# Policies and CI: the platform team alone.", row(dir(policyDir), [PLATFORM_TEAM]), row("/.github/", [PLATFORM_TEAM]));
    return lines.join("\n") + "\n";
}
/** The folders of the production targets with their service, one line each. */
function prodFolders(d) {
    const prod = new Set(d.prodEnvs);
    const out = new Map();
    for (const t of d.targets) {
        if (!prod.has(t.env) || !t.folder)
            continue;
        // An Application target rendered from the folder of Argo CD objects belongs to the platform.
        if (t.id.startsWith("applications/") && d.applicationPlaces.some((p) => within(t.folder, p)))
            continue;
        if (!out.has(t.folder))
            out.set(t.folder, t.service);
    }
    return [...out].sort(byPath);
}
function byPath(a, b) {
    return a[0].localeCompare(b[0]);
}
function isFile(place) {
    return /\.(ya?ml|json)$/i.test(place);
}
/** A folder as a CODEOWNERS pattern anchored at the root; spaces escaped as GitHub reads them. */
function dir(path) {
    return `/${codeowners_escape(path)}/`;
}
function codeowners_escape(path) {
    return path.replace(/([\s#\\])/g, "\\$1");
}
function row(pattern, owners) {
    return `${pattern.padEnd(40)} ${owners.join(" ")}`.trimEnd();
}
function within(path, place) {
    return path === place || path.startsWith(`${place}/`);
}

;// CONCATENATED MODULE: ./packages/init/src/templates/config.ts

/**
 * `.gitops.yaml` pinning what discovery found: the environments in promotion order and, when a
 * set of roots gives back exactly the folder targets, `targets.roots`. Every other key is left
 * to its default and shown commented out, so the file documents itself.
 */
function configFile(d) {
    const out = [
        "# Settings of the gitops CLI (gitops-actions), written by `gitops init` from what it found",
        "# in this repository. Every key is optional: delete one to let discovery decide again.",
        "# Check what the suite sees with `gitops targets --explain`.",
        "",
    ];
    out.push(...environmentsSection(d), "", ...targetsSection(d), "", ...defaultsSection());
    return out.join("\n") + "\n";
}
function environmentsSection(d) {
    const lines = [
        "# Environments in promotion order: `gitops promote` copies from one into the next, and a",
        "# target in an env not listed here is a warning.",
    ];
    const count = (env) => d.targets.filter((t) => t.env === env).length;
    const found = d.environments.map((e) => `${e} (${count(e)} target${count(e) === 1 ? "" : "s"})`).join(", ");
    const shared = d.targets.filter((t) => !t.env).length;
    if (found)
        lines.push(`# found: ${found}${shared ? `; ${shared} shared target(s) name no env` : ""}`);
    if (writableEnvs(d.environments)) {
        lines.push(`environments: [${d.environments.join(", ")}]`);
    }
    else if (d.environments.length > 0) {
        lines.push("# not pinned: an env name is not a plain lowercase name; name them here yourself");
        lines.push("# environments: [staging, prod]");
    }
    else {
        lines.push(`# found: no env in any target path or Application (${shared} shared target(s));`);
        lines.push("# list them here once the repository has some:");
        lines.push("# environments: [staging, prod]");
    }
    return lines;
}
function targetsSection(d) {
    const lines = [
        "# Folder targets. With roots, only folders matching them are targets: {env} and {service}",
        "# each match one folder and name it. Argo CD Applications are followed either way.",
    ];
    if (d.roots) {
        lines.push("targets:", "  roots:");
        for (const r of d.roots) {
            const shown = r.targets.slice(0, 3).join(", ") + (r.targets.length > 3 ? ", …" : "");
            lines.push(`    # found: ${r.targets.length} target(s): ${shown}`);
            lines.push(`    - ${JSON.stringify(r.root)}`);
        }
        lines.push('  # Globs of folders that are never targets, e.g. ["apps/legacy/**"].');
        lines.push("  exclude: []");
    }
    else {
        lines.push(`# not pinned: ${d.rootsNote ?? "discovery decides"}; discovery finds them on every run.`);
        lines.push("# targets:");
        lines.push('#   roots: ["apps/{service}/overlays/{env}"]');
        lines.push('#   exclude: ["apps/legacy/**"]');
    }
    const apps = d.applications.length;
    if (apps > 0) {
        const places = d.applicationPlaces.slice(0, 3).join(", ") + (d.applicationPlaces.length > 3 ? ", …" : "");
        lines.push(`# found: ${apps} Argo CD Application(s) in ${places}`);
    }
    return lines;
}
function defaultsSection() {
    return [
        "# Defaults, shown for reference; uncomment to change.",
        "# clusters:            # what ApplicationSet cluster generators see, besides cluster Secrets",
        '#   - { name: prod, server: "https://prod.example.com", labels: { env: prod } }',
        "# render:",
        '#   repoURLs: ["https://github.com/ORG/infra-gitops.git"]  # how Applications name this repo',
        "# lint:",
        '#   kubeVersion: "1.34"  # Kubernetes minor of the bundled schemas: 1.32, 1.33 or 1.34',
        "# policy:",
        "#   dir: policies        # ValidatingAdmissionPolicies, Kyverno and Rego policies",
        "# promote:",
        "#   requiredChecks: [validate]  # checks that must pass on the source commit",
    ];
}

;// CONCATENATED MODULE: ./packages/init/src/templates/makefile.ts
/** The Makefile targets init writes, each calling the gitops command of the same name. */
const MAKE_TARGETS = [
    ["validate", "validate", "render + lint + policy + secrets: what CI runs"],
    ["render", "render", "render every target into render/"],
    ["lint", "lint", "schema-check rendered manifests and Argo CD references"],
    ["policy", "policy", "run policies/ against rendered manifests"],
    ["secrets", "secrets", "scan for leaked secrets and plain Secret manifests"],
    ["fmt", "fmt", "format YAML the canonical way, comments kept"],
];
/** `Makefile`: local entry points for the same checks CI runs. Recipe lines start with a TAB. */
function makefile() {
    const width = Math.max(...MAKE_TARGETS.map(([name]) => name.length));
    const lines = [
        "# Written by `gitops init`: local entry points of the gitops CLI (gitops-actions). CI runs",
        "# the same checks through .github/workflows/validate.yaml.",
        '# Use another CLI with e.g. `make validate GITOPS="npx --no-install gitops"`.',
        "GITOPS ?= gitops",
        "",
        `.PHONY: help ${MAKE_TARGETS.map(([name]) => name).join(" ")}`,
        "",
        "help:",
        ...MAKE_TARGETS.map(([name, , what]) => `\t@echo "make ${name.padEnd(width)}  ${what}"`),
    ];
    for (const [name, command] of MAKE_TARGETS)
        lines.push("", `${name}:`, `\t$(GITOPS) ${command}`);
    return lines.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./packages/init/src/templates/precommit.ts
/** The hooks of our `.pre-commit-hooks.yaml` that run on every commit (gitops-validate is left to CI). */
const HOOK_IDS = ["gitops-fmt", "gitops-secrets", "gitops-lint", "gitops-policy"];
/** `.pre-commit-config.yaml` using our hook repository at the same ref as the callers. */
function precommitConfig(pin) {
    const lines = [
        "# Written by `gitops init`: gitops-actions' hooks (https://pre-commit.com). Install them",
        "# with `pre-commit install`; `pre-commit autoupdate --freeze` moves rev to the newest release's SHA.",
        "repos:",
        `  - repo: https://github.com/${pin.repo}`,
        `    rev: ${JSON.stringify(pin.ref)}${pin.sha ? "" : " # pin to a full commit SHA"}`,
        "    hooks:",
        ...HOOK_IDS.map((id) => `      - id: ${id}`),
    ];
    return lines.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./packages/init/src/templates/policies.ts
/**
 * The starter policies: Kubernetes ValidatingAdmissionPolicies in the shape `gitops policy`
 * evaluates in-process (CEL, per rendered object) and a cluster enforces as is. Each matches bare
 * Pods and the Pod controllers and reads the pod template where the object keeps it. Bindings
 * start at Warn so adopting the suite never turns a passing repository red; the comments say how
 * to make them Deny.
 */
/** The resource rules shared by every starter policy: Pods and the Pod controllers. */
const WORKLOADS = `  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods"]
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["deployments", "statefulsets", "daemonsets", "replicasets"]
      - apiGroups: ["batch"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["jobs", "cronjobs"]`;
/** The pod spec of a Pod, of a CronJob's job template, or of any other Pod controller. */
const POD_SPEC = `    - name: podSpec
      expression: >-
        object.kind == 'Pod' ? object.spec :
          object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec :
          object.spec.template.spec`;
function binding(name) {
    return `---
# Warn first: \`gitops validate\` reports violations as warnings and passes. Once it reports
# none, change validationActions to ["Deny"] so a violation fails the check (and is refused
# by a cluster that applies this binding).
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: ${name}
spec:
  policyName: ${name}
  validationActions: ["Warn"]
`;
}
const latestTag = `# Written by \`gitops init\`. Every image is pinned: a tag other than "latest", or a sha256
# digest. An image with no tag runs "latest" too.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: disallow-latest-tag
spec:
  failurePolicy: Fail
${WORKLOADS}
  variables:
${POD_SPEC}
    - name: containers
      expression: >-
        variables.podSpec.containers +
        (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : []) +
        (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])
    # The tag is what follows the last ":" after the last "/" (a registry port is not a tag).
    - name: unpinned
      expression: >-
        variables.containers.map(c, c.image).filter(image,
          !image.matches('@sha256:[a-f0-9]{64}$') &&
          (!image.matches(':[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$') || image.endsWith(':latest')))
  validations:
    - expression: size(variables.unpinned) == 0
      messageExpression: >-
        'images must be pinned to a tag other than latest, or to a digest: ' + variables.unpinned.join(', ')
      message: images must be pinned to a tag other than latest, or to a digest
      reason: Invalid
${binding("disallow-latest-tag")}`;
const limits = `# Written by \`gitops init\`. Every container and init container sets CPU and memory limits,
# so a runaway pod cannot starve its node and quotas can be enforced.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: require-resource-limits
spec:
  failurePolicy: Fail
${WORKLOADS}
  variables:
${POD_SPEC}
    - name: unlimited
      expression: >-
        (variables.podSpec.containers +
          (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])
        ).filter(c,
          !has(c.resources) || !has(c.resources.limits) ||
          !('cpu' in c.resources.limits) || !('memory' in c.resources.limits)
        ).map(c, c.name)
  validations:
    - expression: size(variables.unlimited) == 0
      messageExpression: >-
        'containers must set resources.limits.cpu and resources.limits.memory: ' + variables.unlimited.join(', ')
      message: containers must set resources.limits.cpu and resources.limits.memory
      reason: Invalid
${binding("require-resource-limits")}`;
const privileged = `# Written by \`gitops init\`. No privileged containers and no host namespaces: either gives
# a pod the node itself.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: disallow-privileged
spec:
  failurePolicy: Fail
${WORKLOADS}
  variables:
${POD_SPEC}
    - name: privileged
      expression: >-
        (variables.podSpec.containers +
          (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : []) +
          (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])
        ).filter(c,
          has(c.securityContext) && has(c.securityContext.privileged) && c.securityContext.privileged
        ).map(c, c.name)
  validations:
    - expression: size(variables.privileged) == 0
      messageExpression: >-
        'containers must not run privileged: ' + variables.privileged.join(', ')
      message: containers must not run privileged
      reason: Invalid
    - expression: >-
        !(has(variables.podSpec.hostNetwork) && variables.podSpec.hostNetwork) &&
        !(has(variables.podSpec.hostPID) && variables.podSpec.hostPID) &&
        !(has(variables.podSpec.hostIPC) && variables.podSpec.hostIPC)
      message: pods must not use the host network, PID or IPC namespace
      reason: Invalid
${binding("disallow-privileged")}`;
/** The starter policy files, by name inside the policies folder. */
function starterPolicies() {
    return [
        { name: "disallow-latest-tag.yaml", content: latestTag },
        { name: "require-resource-limits.yaml", content: limits },
        { name: "disallow-privileged.yaml", content: privileged },
    ];
}

;// CONCATENATED MODULE: ./packages/init/src/templates/workflows.ts
/** The caller workflows init writes, by file name under `.github/workflows/`. */
const CALLERS = (/* unused pure expression or super */ null && ([
    "validate",
    "promote",
    "changelog",
    "preview",
    "preview-sweep",
    "governance",
    "observe",
]));
/** `uses:` of one of our reusable workflows, pinned. */
function uses(pin, workflow) {
    const note = pin.sha ? "" : " # pin to a full commit SHA for an immutable pipeline";
    return `${pin.repo}/.github/workflows/${workflow}.yml@${pin.ref}${note}`;
}
/** `.github/workflows/validate.yaml`, after workflows/validate.yaml. */
function validateCaller(pin) {
    return `# Written by \`gitops init\` from gitops-actions' workflows/validate.yaml.
# Required status checks to mark on main: "validate / validate", "validate / lint",
# "validate / policy" and "validate / secrets".
name: validate

on:
  pull_request:
    branches: [main]

permissions:
  contents: read

concurrency:
  group: validate-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  validate:
    uses: ${uses(pin, "validate")}
    # GitHub refuses to start a call that grants less than any job of the called workflow asks,
    # skipped ones too: security-events is for the optional code-scanning upload (code-scanning: true).
    permissions:
      contents: read
      pull-requests: write
      security-events: write
    with:
      shards: 2
      fail-on: error
`;
}
/**
 * `.github/workflows/promote.yaml`, after workflows/promote.yaml, with the detected
 * environments as the choices: from any env but the last, to any env but the first; by
 * default the last step of the chain. Needs two environments.
 */
function promoteCaller(pin, envs) {
    const from = envs.slice(0, -1);
    const to = envs.slice(1);
    const defaultTo = envs.at(-1) ?? "";
    const defaultFrom = envs.at(-2) ?? "";
    const list = (xs) => `[${xs.map((x) => JSON.stringify(x)).join(", ")}]`;
    return `# Written by \`gitops init\` from gitops-actions' workflows/promote.yaml. Promotes from the
# Actions tab (workflow_dispatch) or with a comment "/promote cms web [to ${defaultTo}]" on an issue
# or pull request. The comment text is parsed by the action, never by a shell.
# Environments in promotion order: ${envs.join(" → ")}.
name: promote

on:
  workflow_dispatch:
    inputs:
      services:
        description: Services to promote, space separated
        required: true
      from:
        description: Environment to promote from
        type: choice
        options: ${list(from)}
        default: ${JSON.stringify(defaultFrom)}
      to:
        description: Environment to promote to
        type: choice
        options: ${list(to)}
        default: ${JSON.stringify(defaultTo)}
  issue_comment:
    types: [created]

permissions:
  contents: read

jobs:
  promote:
    if: github.event_name == 'workflow_dispatch' || startsWith(github.event.comment.body, '/promote')
    uses: ${uses(pin, "promote")}
    permissions:
      contents: write
      pull-requests: write
      issues: write
      checks: read
    with:
      mode: \${{ github.event_name == 'issue_comment' && 'chatops' || 'promote' }}
      services: \${{ inputs.services }}
      from: \${{ inputs.from || '${defaultFrom}' }}
      to: \${{ inputs.to || '${defaultTo}' }}
    secrets:
      token: \${{ secrets.PROMOTE_TOKEN }}
`;
}
/** `.github/workflows/changelog.yaml`, after workflows/changelog.yaml. */
function changelogCaller(pin) {
    return `# Written by \`gitops init\` from gitops-actions' workflows/changelog.yaml: a deployment
# changelog, a GitHub release per prod deployment and the DORA metrics dashboard, on every
# push to main.
name: changelog

on:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  changelog:
    uses: ${uses(pin, "changelog")}
    permissions:
      contents: write
`;
}
/**
 * `.github/workflows/preview.yaml`, after workflows/preview.yaml: written when the repository has
 * an ApplicationSet with a pullRequest generator.
 */
function previewCaller(pin) {
    return `# Written by \`gitops init\` from gitops-actions' workflows/preview.yaml. Each event of a pull
# request updates one comment on it: the preview Applications Argo CD's pullRequest generator
# will create for it, their URLs and what is wrong with them, and with an Argo CD token (secret
# ARGOCD_AUTH_TOKEN, variable ARGOCD_SERVER) their live sync and health; "closed" checks teardown.
name: preview

on:
  pull_request:
    types: [opened, reopened, synchronize, labeled, unlabeled, ready_for_review, converted_to_draft, closed]

permissions:
  contents: read

concurrency:
  group: preview-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  preview:
    uses: ${uses(pin, "preview")}
    # GitHub refuses to start a call that grants less than any job of the called workflow asks,
    # skipped ones too: preview.yml's preview job comments (pull-requests: write), its sweep job
    # keeps an issue (issues: write).
    permissions:
      contents: read
      issues: write
      pull-requests: write
    with:
      fail-on: error
      argocd-server: \${{ vars.ARGOCD_SERVER }}
      wait-timeout: 10m
    secrets:
      argocd-token: \${{ secrets.ARGOCD_AUTH_TOKEN }}
`;
}
/** `.github/workflows/preview-sweep.yaml`, after workflows/preview-sweep.yaml, with previews too. */
function previewSweepCaller(pin) {
    return `# Written by \`gitops init\` from gitops-actions' workflows/preview-sweep.yaml. Every six hours:
# preview Applications whose pull request is closed, or older than preview.ttl, in one issue;
# deleted through Argo CD when .gitops.yaml says \`preview.sweep: delete\`.
name: preview-sweep

on:
  schedule:
    - cron: "17 */6 * * *"
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: preview-sweep
  cancel-in-progress: false

jobs:
  sweep:
    uses: ${uses(pin, "preview")}
    # GitHub refuses to start a call that grants less than any job of the called workflow asks,
    # skipped ones too: preview.yml's preview job comments (pull-requests: write), its sweep job
    # keeps an issue (issues: write).
    permissions:
      contents: read
      issues: write
      pull-requests: write
    with:
      mode: sweep
      argocd-server: \${{ vars.ARGOCD_SERVER }}
    secrets:
      argocd-token: \${{ secrets.ARGOCD_AUTH_TOKEN }}
`;
}
/**
 * `.github/workflows/governance.yaml`, after workflows/governance.yaml, always written. The pull
 * request check is offline and needs nothing. The scheduled drift job reads rulesets and
 * environments, which needs "Administration: read" and so a GitHub App; without one the reusable
 * workflow's action finds no token and fails every morning. The job is therefore skipped until
 * `vars.GITOPS_GOVERNANCE_APP_ID` is set (a job's `if:` may read `vars`, not `secrets`). Both jobs
 * grant what the drift job asks for: GitHub refuses to start a call whose nested jobs ask for more
 * than the calling job grants, skipped ones too; each nested job's token keeps its own permissions.
 */
function governanceCaller(pin) {
    return `# Written by \`gitops init\` from gitops-actions' workflows/governance.yaml.
# Pull requests that touch CODEOWNERS, .github/ or .gitops.yaml get the offline governance checks
# (CODEOWNERS as GitHub reads it, owners of protected envs, required checks); they need no secret.
# Every morning (and from the Actions tab) the rulesets and environments on GitHub are compared with
# the repository, and release/* branches with main; one issue (label gitops-governance) is opened or
# updated on drift and closed when it is gone. Reading rulesets and environments needs the
# "Administration: read" repository permission, which the job's GITHUB_TOKEN cannot have: install a
# GitHub App with it and set the variable GITOPS_GOVERNANCE_APP_ID and the secret
# GITOPS_GOVERNANCE_APP_KEY. Until the variable is set the drift job is skipped, not failed.
name: governance

on:
  pull_request:
    paths:
      - CODEOWNERS
      - docs/CODEOWNERS
      - ".github/**"
      - .gitops.yaml
  schedule:
    - cron: "17 6 * * *"
  workflow_dispatch:

permissions:
  contents: read

jobs:
  check:
    if: github.event_name == 'pull_request'
    uses: ${uses(pin, "governance")}
    # GitHub checks every job of the called workflow against this grant before any if:, the
    # drift job's issues: write included; the check job itself asks for contents: read only.
    permissions:
      contents: read
      issues: write
    with:
      mode: check

  drift:
    if: github.event_name != 'pull_request' && vars.GITOPS_GOVERNANCE_APP_ID != ''
    uses: ${uses(pin, "governance")}
    permissions:
      contents: read
      issues: write
    with:
      mode: drift
      app-id: \${{ vars.GITOPS_GOVERNANCE_APP_ID }}
    secrets:
      app-private-key: \${{ secrets.GITOPS_GOVERNANCE_APP_KEY }}
`;
}
/**
 * `.github/workflows/observe.yaml`, after workflows/observe.yaml: written when the repository is
 * deployed by Argo CD (see `Detected.observe`). The server is the variable ARGOCD_SERVER, the name
 * the preview callers use; the reusable workflow falls back to `argocd.server` of .gitops.yaml when
 * it is empty. With no server in .gitops.yaml the job is skipped until the variable is set, so a
 * fresh repository does not fail every 15 minutes.
 */
function observeCaller(pin, serverInConfig) {
    const server = serverInConfig
        ? "# The variable ARGOCD_SERVER, when set, wins over argocd.server in .gitops.yaml."
        : "# Set the variable ARGOCD_SERVER (host[:port] of the Argo CD API); until then the job is skipped.";
    const gate = serverInConfig ? "" : "\n    if: vars.ARGOCD_SERVER != ''";
    return `# Written by \`gitops init\` from gitops-actions' workflows/observe.yaml. Every 15 minutes it
# reads Argo CD and keeps one issue (label gitops-observe) per Application that stays OutOfSync,
# Degraded or with a failed sync past the grace period: updated while the problem lasts, closed on
# recovery. Store the Argo CD token of a read-only CI account ("applications, get") as the secret
# ARGOCD_AUTH_TOKEN.
${server}
name: observe

on:
  schedule:
    - cron: "*/15 * * * *"
  workflow_dispatch:

permissions:
  contents: read

jobs:
  observe:${gate}
    uses: ${uses(pin, "observe")}
    permissions:
      contents: read
      issues: write
    with:
      argocd-server: \${{ vars.ARGOCD_SERVER }}
      grace: 15m
    secrets:
      ARGOCD_AUTH_TOKEN: \${{ secrets.ARGOCD_AUTH_TOKEN }}
`;
}

;// CONCATENATED MODULE: ./packages/init/src/plan.ts









/**
 * What init would do, file by file. A file that exists under any name its tool reads (CODEOWNERS
 * in any of GitHub's three places, a workflow as .yml or .yaml, any Makefile name) is never
 * written; the starter policies only go into a policies folder that does not exist yet.
 */
function planInit(repo, d, pin, policyDir) {
    const files = [];
    const skipped = [];
    const one = (places, content) => {
        const existing = places.find((p) => present(repo, p));
        const path = existing ?? places[0] ?? "";
        files.push(existing === undefined
            ? { path, action: "add", writes: [{ path, content: content() }] }
            : { path, action: "exists", writes: [] });
    };
    one([src/* CONFIG_FILE */.g2], () => configFile(d));
    one(workflow("validate"), () => validateCaller(pin));
    if (d.environments.length >= 2)
        one(workflow("promote"), () => promoteCaller(pin, d.environments));
    else
        skipped.push({
            path: workflow("promote")[0] ?? "",
            reason: "promotion needs two environments, and the model found fewer",
        });
    one(workflow("changelog"), () => changelogCaller(pin));
    if (d.previews) {
        one(workflow("preview"), () => previewCaller(pin));
        one(workflow("preview-sweep"), () => previewSweepCaller(pin));
    }
    one(workflow("governance"), () => governanceCaller(pin));
    if (d.observe)
        one(workflow("observe"), () => observeCaller(pin, d.argocdServer));
    else
        skipped.push({
            path: workflow("observe")[0] ?? "",
            reason: "observe reads Argo CD, and the repository holds no Argo CD object and .gitops.yaml names no argocd.server",
        });
    one(CODEOWNERS_PLACES, () => codeownersFile(d, policyDir));
    one(["Makefile", "makefile", "GNUmakefile"], makefile);
    one([".pre-commit-config.yaml"], () => precommitConfig(pin));
    if (present(repo, policyDir))
        files.push({ path: `${policyDir}/`, action: "exists", writes: [] });
    else
        for (const p of starterPolicies()) {
            const path = `${policyDir}/${p.name}`;
            files.push({ path, action: "add", writes: [{ path, content: p.content }] });
        }
    return { files, skipped };
}
function workflow(name) {
    return [`.github/workflows/${name}.yaml`, `.github/workflows/${name}.yml`];
}
/** True when anything is at `path`, a broken symlink included: init never replaces it. */
function present(repo, path) {
    try {
        (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(repo, path));
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/init/src/ref.ts




const DEFAULT_ACTIONS_REPO = "example-org/gitops-actions";
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
const SHA = /^[0-9a-f]{40}$/;
/** A tag or SHA that is safe in a `uses:` line and a YAML scalar. */
const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/;
/**
 * The pin: `--ref` when given; else the commit of the gitops-actions checkout this code runs
 * from (a clone used as is: its HEAD is what the user runs); else the release tag of VERSION
 * (an npm install or a bundle copied out of a checkout).
 */
async function resolvePin(options) {
    const repo = options.actionsRepo ?? DEFAULT_ACTIONS_REPO;
    if (!REPO.test(repo))
        throw new src/* UserError */.yo(`--actions-repo must be OWNER/NAME, got ${JSON.stringify(repo)}`);
    if (options.ref !== undefined) {
        if (!REF.test(options.ref) || options.ref.includes(".."))
            throw new src/* UserError */.yo(`--ref must be a commit SHA or a tag, got ${JSON.stringify(options.ref)}`);
        return { repo, ref: options.ref, sha: SHA.test(options.ref), source: "option" };
    }
    const head = await checkoutCommit((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)));
    if (head)
        return { repo, ref: head, sha: true, source: "checkout" };
    return { repo, ref: `v${src/* VERSION */.xv}`, sha: false, source: "version" };
}
/**
 * HEAD of the gitops-actions work tree that holds `here`, or undefined when `here` is in none
 * (an installed package inside the user's own repository is not ours: the top must have our
 * reusable workflows and our CLI sources or bundle).
 */
async function checkoutCommit(here) {
    const top = await (0,src/* git */.$Y)(here, ["rev-parse", "--show-toplevel"]).catch(() => undefined);
    if (!top || top.code !== 0)
        return undefined;
    const root = top.stdout.trim();
    const rel = (0,external_node_path_.relative)(root, here);
    if (rel.startsWith(`..${external_node_path_.sep}`) || rel === "..")
        return undefined;
    if (!isOurs(root))
        return undefined;
    const head = await (0,src/* git */.$Y)(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", "HEAD^{commit}"]);
    const sha = head.stdout.trim();
    return head.code === 0 && SHA.test(sha) ? sha : undefined;
}
/** True when `root` is a gitops-actions checkout: our package, our reusable workflows, our CLI. */
function isOurs(root) {
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, "package.json"), "utf8"));
        if (pkg.name !== "gitops-actions")
            return false;
    }
    catch {
        return false;
    }
    return ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, ".github", "workflows", "validate.yml")) &&
        ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, "packages", "cli", "src")) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, "dist", "cli", "index.js"))));
}

;// CONCATENATED MODULE: ./packages/init/src/write.ts



/**
 * Writes the `add` files of a plan. Each file is written atomically (a temp file renamed over
 * the path); when one fails, the files and folders this run already created are removed again,
 * so an error leaves the repository as it was. A path whose folder leads out of the repository
 * (a symlinked `.github/`) is refused before anything is written.
 */
function writePlan(repo, files) {
    const writes = files.flatMap((f) => f.writes);
    for (const w of writes)
        insideRepo(repo, w.path);
    const created = [];
    const createdDirs = [];
    try {
        for (const w of writes) {
            const abs = (0,external_node_path_.join)(repo, w.path);
            for (let d = (0,external_node_path_.dirname)(abs); !(0,external_node_fs_.existsSync)(d); d = (0,external_node_path_.dirname)(d))
                createdDirs.push(d);
            if ((0,external_node_fs_.existsSync)(abs))
                throw new Error("appeared while init ran; left as it is");
            (0,src/* writeAtomic */.vZ)(abs, w.content);
            created.push(abs);
        }
    }
    catch (err) {
        for (const abs of created.reverse())
            (0,external_node_fs_.rmSync)(abs, { force: true });
        for (const d of [...new Set(createdDirs)].sort((a, b) => b.length - a.length)) {
            try {
                (0,external_node_fs_.rmdirSync)(d);
            }
            catch {
                // not empty or already gone: leave it
            }
        }
        const failed = writes[created.length]?.path ?? "";
        throw new src/* UserError */.yo(`${failed}: cannot write: ${(0,src/* messageOf */.bD)(err)}; nothing was written`, failed);
    }
}
/** Refuses a path whose nearest existing folder resolves outside the repository. */
function insideRepo(repo, path) {
    const root = (0,external_node_fs_.realpathSync)(repo);
    let d = (0,external_node_path_.dirname)((0,external_node_path_.join)(repo, path));
    while (!(0,external_node_fs_.existsSync)(d))
        d = (0,external_node_path_.dirname)(d);
    const rel = (0,external_node_path_.relative)(root, (0,external_node_fs_.realpathSync)(d));
    if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`)) {
        throw new src/* UserError */.yo(`${path}: its folder leads out of the repository (a symlink); nothing was written`, path);
    }
}

;// CONCATENATED MODULE: ./packages/init/src/index.ts
/** `gitops init`: brings a repository onto the suite, writing only the files it does not have. */












/**
 * Detects the layout through the repository model and writes what is missing: `.gitops.yaml`,
 * the caller workflows, CODEOWNERS, a Makefile, the pre-commit config and starter policies.
 * Never overwrites. A repository with no targets at all is a `UserError` (exit 2) and gets
 * nothing: every check would fail on it the same way, and a config pinning nothing helps no one.
 */
async function initRepo(repoDir, options = {}) {
    const pin = await resolvePin(options);
    const model = await (0,src/* loadModel */.cm)(repoDir, options.model);
    if (model.targets.length === 0)
        throw (0,src/* noTargets */.UV)(model);
    const detected = detect(model);
    const { files, skipped } = planInit(model.repo, detected, pin, model.config.policy.dir);
    const dryRun = options.dryRun === true;
    if (!dryRun)
        writePlan(model.repo, files);
    return { repo: model.repo, files, skipped, detected, pin, dryRun };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/init.ts


/** `gitops init`: bring a repository onto the suite without touching a file it already has. */
const initCommand = {
    name: "init",
    summary: "bring a repository onto the suite: config, callers, CODEOWNERS, hooks; never overwrites",
    help: `Usage: gitops init [--dry-run] [--ref SHA] [--actions-repo OWNER/NAME] [--json] [--repo DIR]

Detects the layout (environments, targets, Argo CD Applications) the way every command does,
then writes each of these only when the repository does not have it:
  .gitops.yaml                   the environments in promotion order and the target roots found
  .github/workflows/validate.yaml, promote.yaml, changelog.yaml, governance.yaml
                                 callers of our reusable workflows, pinned to --ref; also
                                 observe.yaml when Argo CD deploys the repository, and
                                 preview.yaml and preview-sweep.yaml when it has a
                                 pullRequest ApplicationSet
  .github/CODEOWNERS             placeholder teams: platform everywhere, service teams on their
                                 folders, both on production folders (replace ORG)
  Makefile                       validate, render, lint, policy, secrets and fmt targets
  .pre-commit-config.yaml        our hooks at --ref
  policies/                      starter ValidatingAdmissionPolicies bound with Warn (only when
                                 the repository has no policies folder)
Existing files are reported as "exists" and left alone, so a second run changes nothing.
A repository with no targets at all gets nothing and exits 2.

Options:
  --dry-run                 print what would be added; write nothing
  --ref SHA                 the gitops-actions commit (or tag) to pin; default: the commit of
                            the gitops-actions checkout running this command, else v<version>
  --actions-repo OWNER/NAME the gitops-actions repository (default: example-org/gitops-actions)`,
    options: {
        "dry-run": { type: "boolean" },
        ref: { type: "string" },
        "actions-repo": { type: "string" },
    },
    async run(ctx) {
        const ref = ctx.options.ref;
        const actionsRepo = ctx.options["actions-repo"];
        const result = await initRepo(ctx.repo, {
            dryRun: ctx.options["dry-run"] === true,
            ...(ref !== undefined ? { ref } : {}),
            ...(actionsRepo !== undefined ? { actionsRepo } : {}),
        });
        if (ctx.json)
            ctx.io.stdout(JSON.stringify(jsonOf(result), null, 2) + "\n");
        else
            ctx.io.stdout(textOf(result));
        return src/* ExitCode */.yU.Clean;
    },
};
function jsonOf(r) {
    const d = r.detected;
    return {
        files: r.files.map((f) => ({ path: f.path, action: f.action })),
        detected: {
            environments: d.environments,
            targets: d.targets.map((t) => ({
                id: t.id,
                env: t.env,
                ...(t.service ? { service: t.service } : {}),
                kind: t.kind,
            })),
            applications: d.applications,
            ...(d.roots ? { roots: d.roots.map((x) => x.root) } : {}),
        },
        ref: r.pin.ref,
        actionsRepo: r.pin.repo,
        dryRun: r.dryRun,
        skipped: r.skipped,
    };
}
function textOf(r) {
    const d = r.detected;
    const lines = [
        `found ${d.targets.length} target(s) in ${d.environments.join(" → ") || "no environment"}, ` +
            `${d.applications.length} Argo CD Application(s); pinning ${r.pin.repo}@${r.pin.ref}`,
    ];
    for (const f of r.files) {
        const action = f.action === "exists" ? "exists" : r.dryRun ? "would add" : "add";
        lines.push(`${action.padEnd(7)} ${f.path}`);
    }
    for (const s of r.skipped)
        lines.push(`skip    ${s.path}: ${s.reason}`);
    const codeowners = r.files.find((f) => f.path === ".github/CODEOWNERS" && f.action === "add");
    if (codeowners && !r.dryRun)
        lines.push("Next: replace ORG in .github/CODEOWNERS, then run gitops validate.");
    return lines.join("\n") + "\n";
}


/***/ }),

/***/ 5663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ PreviewSets),
/* harmony export */   r: () => (/* binding */ specOf)
/* harmony export */ });
/* harmony import */ var _core_src_appset_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3713);
/* harmony import */ var _core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2100);
/**
 * The ApplicationSets that make previews: those with a pullRequest generator anywhere in their
 * generators (matrix and merge children included), read from the files the model found them in.
 */


/** The pullRequest generator blocks among `generators`, matrix and merge children included. */
function pullRequestGenerators(generators) {
    if (!Array.isArray(generators))
        return [];
    const out = [];
    for (const g of generators) {
        if (!(0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(g))
            continue;
        if ((0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(g.pullRequest))
            out.push(g.pullRequest);
        for (const nested of [g.matrix, g.merge]) {
            if ((0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(nested))
                out.push(...pullRequestGenerators(nested.generators));
        }
    }
    return out;
}
/** Whether a generator list uses the clusters generator anywhere (then cluster Secrets matter). */
function usesClusters(generators) {
    if (!Array.isArray(generators))
        return false;
    return generators.some((g) => (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(g) &&
        (g.clusters !== undefined ||
            [g.matrix, g.merge].some((n) => (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(n) && usesClusters(n.generators))));
}
/** Reads back the ApplicationSets that watch pull requests, and expands them for other pull requests. */
class PreviewSets {
    model;
    sets;
    clusters;
    constructor(model) {
        this.model = model;
        // Only the files that hold ApplicationSets: the model has parsed the rest already.
        const files = [...new Set(model.applicationSets.map((s) => s.file))].sort();
        this.sets = (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .readArgo */ .i4)(model.repo, files)
            .applicationSets.map((s) => ({ ...s, generators: pullRequestGenerators(specOf(s).generators) }))
            .filter((s) => s.generators.length > 0);
    }
    /**
     * The Applications `set` generates for another pull request, expanded the way the model
     * expanded it for this one (same repository URLs, clusters and excluded folders).
     */
    expandFor(set, pullRequest) {
        const result = (0,_core_src_appset_index_js__WEBPACK_IMPORTED_MODULE_0__/* .expandApplicationSet */ .J)(set.value, {
            repo: this.model.repo,
            isLocalRepo: (url) => this.model.repoURLs.length === 0 || (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepo */ .Zj)(url, this.model.repoURLs),
            clusters: usesClusters(specOf(set).generators) ? this.allClusters() : [],
            pullRequest,
            excluded: this.model.outputDirs,
        });
        return result.applications.map((a) => a.manifest);
    }
    allClusters() {
        this.clusters ??= [
            ...this.model.config.clusters.map((c) => ({
                ...c,
                labels: c.labels ?? {},
                annotations: c.annotations ?? {},
            })),
            ...(0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .readArgo */ .i4)(this.model.repo, this.model.argoFiles).clusterSecrets.flatMap((s) => (0,_core_src_appset_index_js__WEBPACK_IMPORTED_MODULE_0__/* .clusterFromSecret */ .R)(s) ?? []),
        ];
        return this.clusters;
    }
}
/** `spec` of an ApplicationSet as written, `{}` when missing. */
function specOf(set) {
    return (0,_core_src_model_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(set.value.spec) ? set.value.spec : {};
}


/***/ })

};
