export const id = 781;
export const ids = [781];
export const modules = {

/***/ 5781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainText: () => (/* binding */ explainText),
/* harmony export */   modelJson: () => (/* binding */ modelJson),
/* harmony export */   noTargets: () => (/* binding */ noTargets)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4169);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


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
    const where = layout.configFile ? `targets.roots in ${_config_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILE */ .g2}` : `targets.roots in a ${_config_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILE */ .g2}`;
    const looked = layout.config.targets.roots.length > 0
        ? `no kustomization, chart or manifest folder under ${layout.config.targets.roots.join(", ")}`
        : "no kustomization or chart that nothing else uses, no manifest folder under an env folder";
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no targets in ${layout.repo}: ${looked}, and no Argo CD Application points into the repository; ` +
        `set ${where} to where your overlays live`, layout.configFile ? _config_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILE */ .g2 : undefined);
}


/***/ })

};
