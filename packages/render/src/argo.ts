// Argo CD Application helpers live with the repository model in core; re-exported for render's modules.
export { isObject, normalizeRepoUrl, sameRepo } from "../../core/src/model/applications.js";
export type { AppSource } from "../../core/src/model/types.js";
