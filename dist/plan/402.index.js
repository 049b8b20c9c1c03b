export const id = 402;
export const ids = [402];
export const modules = {

/***/ 164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPlan: () => (/* binding */ buildPlan),
/* harmony export */   planMarkdown: () => (/* binding */ planMarkdown)
/* harmony export */ });
/* harmony import */ var _shards_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1544);

/** Selects targets and splits them into shards (see `planShards`). */
function buildPlan(layout, options) {
    const targets = (0,_shards_js__WEBPACK_IMPORTED_MODULE_0__/* .filterTargets */ .xF)(layout, options);
    const shards = (0,_shards_js__WEBPACK_IMPORTED_MODULE_0__/* .planShards */ .tF)(targets, options.shards);
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


/***/ })

};
