// The input graph belongs to the repository model (core): changed-only render, changelog
// attribution and the cache all ask it. Re-exported for render's modules.
export { affectedTargets, inputGraph, URL_LIKE } from "../../core/src/model/graph.js";
export type { InputGraph } from "../../core/src/model/types.js";
