export * from "./types.js";
export { loadModel, type ModelOptions } from "./load.js";
export { inputGraph, affectedTargets, URL_LIKE } from "./graph.js";
export { namesFromPath, looksLikeEnv, orderEnvironments, stripEnv } from "./names.js";
export { isObject, sameRepo, normalizeRepoUrl } from "./applications.js";
export { serviceRoot } from "./service-root.js";
export { modelJson, explainText, noTargets, type TargetJson, type ApplicationJson } from "./report.js";
export { kindOfFolder } from "./detect.js";
export { valueFilesOf } from "./app-targets.js";
