export const id = 830;
export const ids = [830];
export const modules = {

/***/ 7830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toolsCommand: () => (/* binding */ toolsCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8839);
/* harmony import */ var _tools_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4255);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2510);




const HOW = { path: "on PATH", cache: "cached", download: "downloaded" };
/** `gitops tools`: the pinned tools, installed the way the setup-tools action does. */
const toolsCommand = {
    name: "tools",
    summary: "install the pinned, checksum-verified tools (kustomize, helm, ...) for local use",
    help: `Usage: gitops tools install [TOOL[@VERSION]...] [--manifest FILE] [--mirror URL] [--json]
       gitops tools list [--manifest FILE] [--json]

install  downloads each tool (default: kustomize helm kubeconform conftest kyverno gitleaks),
         checks its SHA-256 against the manifest before extracting it, and keeps it in
         ~/.cache/gitops-actions/tools ($XDG_CACHE_HOME, or $RUNNER_TOOL_CACHE in Actions),
         where every gitops command finds it. The requested version already on PATH is used
         as it is; a cached copy is verified again before reuse.
list     shows the pinned version of each tool and the platforms it has a SHA-256 for.

Options:
  --manifest FILE  a user manifest merged over the built-in one (other versions, mirrors)
  --mirror URL     base URL that replaces the scheme and host of every download URL`,
    options: {
        manifest: { type: "string" },
        mirror: { type: "string" },
    },
    maxPositionals: 64,
    async run(ctx) {
        const [sub, ...rest] = ctx.positionals;
        const manifest = ctx.options.manifest;
        if (manifest === "")
            throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("--manifest needs a file");
        if (sub === "install")
            return install(ctx, rest, manifest);
        if (sub === "list") {
            if (rest.length > 0)
                throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`tools list: unexpected argument "${rest[0]}"`);
            return Promise.resolve(list(ctx, manifest));
        }
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(sub === undefined
            ? 'tools: expected "install" or "list"; run "gitops tools --help"'
            : `tools: unknown subcommand "${sub}"; expected "install" or "list"`);
    },
};
async function install(ctx, tools, manifest) {
    const result = await (0,_tools_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .installTools */ .HG)({
        tools,
        manifestPath: manifest === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(manifest),
        manifestDisplayPath: manifest,
        mirror: ctx.options.mirror,
        log: {
            info: (m) => {
                ctx.io.stderr(`${m}\n`);
            },
            warning: (m) => {
                ctx.io.stderr(`warning: ${m}\n`);
            },
        },
    });
    if (ctx.json) {
        const doc = {
            tools: result.tools.map(({ name, version, source, dir, path, sha256 }) => ({
                name,
                version,
                source,
                dir,
                path,
                ...(sha256 ? { sha256 } : {}),
            })),
            pathDirs: result.pathDirs,
        };
        ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
        return _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Clean;
    }
    const rows = result.tools.map((t) => [t.name, t.version, HOW[t.source], t.path]);
    ctx.io.stdout((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTable */ .k)(["TOOL", "VERSION", "FROM", "PATH"], rows) + "\n");
    if (result.pathDirs.length > 0) {
        ctx.io.stdout(`gitops commands find these without PATH changes; for your shell:\n  export PATH="${result.pathDirs.join(node_path__WEBPACK_IMPORTED_MODULE_0__.delimiter)}${node_path__WEBPACK_IMPORTED_MODULE_0__.delimiter}$PATH"\n`);
    }
    return _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Clean;
}
function list(ctx, manifest) {
    const loaded = (0,_tools_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifest */ .eY)(manifest === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(manifest), manifest);
    const pins = [...loaded.tools.values()];
    if (ctx.json) {
        const doc = {
            tools: pins.map((p) => ({
                name: p.name,
                version: p.version,
                platforms: pinned(p.sha256),
                origin: p.origin,
            })),
        };
        ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
        return _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Clean;
    }
    const rows = pins.map((p) => [p.name, p.version, pinned(p.sha256).join(" ") || "-", p.origin]);
    ctx.io.stdout((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTable */ .k)(["TOOL", "VERSION", "SHA-256 PINNED FOR", "MANIFEST"], rows) + "\n");
    return _core_src_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Clean;
}
function pinned(sha256) {
    return _tools_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORM_KEYS */ .PI.filter((k) => sha256[k] !== undefined);
}


/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ formatTable)
/* harmony export */ });
/** Left-aligned columns separated by two spaces, for terminal listings. */
function formatTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd();
    return [line(header), ...rows.map(line)].join("\n");
}


/***/ })

};
