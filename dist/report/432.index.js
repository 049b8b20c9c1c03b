export const id = 432;
export const ids = [432];
export const modules = {

/***/ 4432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export markerLine */
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const MARKER = /^[a-z0-9-]+$/;
/**
 * The hidden first line that identifies a sticky comment. Restricting the
 * marker to `[a-z0-9-]` keeps `-->` and line breaks out of it, so it cannot
 * end the HTML comment early or span lines.
 */
function markerLine(marker) {
    if (!MARKER.test(marker)) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid sticky comment marker "${marker}": use only a-z, 0-9 and "-"`);
    }
    return `<!-- gitops-actions:${marker} -->`;
}
/**
 * A comment is ours only when the marker is its whole first line: a comment
 * that quotes or mentions the marker elsewhere (someone pasting our comment,
 * or a marker that merely starts with ours) must not be taken over.
 */
function isSticky(body, header) {
    return body?.split(/\r?\n/, 1)[0] === header;
}
/**
 * Creates the sticky comment, or updates it when its body changed, and
 * leaves it alone when it is identical (no edit, no "edited" mark, no
 * notification). Walks every page of comments, since a busy PR can have
 * more than one page before ours; the oldest matching comment wins so the
 * report keeps its place in the conversation.
 */
async function upsertStickyComment(octokit, opts) {
    const header = markerLine(opts.marker);
    const body = `${header}\n${opts.body}`;
    const target = { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber };
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...target, per_page: 100 });
    for await (const page of pages) {
        const existing = page.data.find((c) => isSticky(c.body, header));
        if (!existing)
            continue;
        if (existing.body === body)
            return { id: existing.id, url: existing.html_url, action: "unchanged" };
        const { data } = await octokit.rest.issues.updateComment({
            owner: opts.owner,
            repo: opts.repo,
            comment_id: existing.id,
            body,
        });
        return { id: data.id, url: data.html_url, action: "updated" };
    }
    const { data } = await octokit.rest.issues.createComment({ ...target, body });
    return { id: data.id, url: data.html_url, action: "created" };
}


/***/ })

};
