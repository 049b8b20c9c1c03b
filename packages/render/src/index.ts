export { noTargets } from "../../core/src/model/report.js";
export {
  render,
  renderModel,
  outputPath,
  type RenderOptions,
  type RenderReport,
  type TargetResult,
} from "./render.js";
export { inputGraph, affectedTargets, type InputGraph } from "./graph.js";
export { readIndex, formatIndex, INDEX_FILE, type IndexEntry, type RenderIndex } from "./output.js";
export type { RenderTarget, RenderSpec } from "./spec.js";
export { diffRendered, type DiffOptions, type DiffReport } from "./diff/run.js";
export { compareTarget, type TargetDiff, type ResourceChange } from "./diff/compare.js";
export { diffMarkdown, COMMENT_LIMIT } from "./diff/markdown.js";
export { renderSummaryMarkdown } from "./summary.js";
export { renderForCi, type CiRenderOptions, type CiRenderResult } from "./ci.js";
export { renderPrivately, type PrivateRender } from "./private.js";
