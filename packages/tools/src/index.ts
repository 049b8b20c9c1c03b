/** External tools: run them (exec), find them (locate), install them pinned and verified (install). */
export { runTool, type RunToolOptions, type ToolResult } from "./exec.js";
export { findOnPath, findTool, missingToolsError, toolCacheDir, toolCacheRoots } from "./locate.js";
export {
  installSummaryMarkdown,
  installTools,
  outputHasVersion,
  type InstallOptions,
  type InstalledTool,
  type InstallResult,
  type Logger,
  type ToolSource,
} from "./install.js";
export {
  builtInManifest,
  DEFAULT_TOOLS,
  loadManifest,
  normalizeVersion,
  parseToolRequests,
  resolveTool,
  type Manifest,
  type ToolPin,
} from "./manifest.js";
export { applyMirror, assertAllowedUrl, isLoopbackHost, parseMirror } from "./download.js";
export { PLATFORM_KEYS, platformOf, type Platform, type PlatformKey } from "./platform.js";
