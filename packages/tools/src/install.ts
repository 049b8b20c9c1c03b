/**
 * Installs pinned tools: use the requested version when it is already on
 * PATH, else a cached copy that verifies again, else download, check the
 * SHA-256, extract safely and move the binary into the tool cache atomically.
 */
import { randomBytes } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, isAbsolute } from "node:path";
import { UserError, isUserError } from "../../core/src/errors.js";
import { extractBinary, sha256File } from "./archive.js";
import { applyMirror, download, parseMirror, type DownloadOptions } from "./download.js";
import { runTool } from "./exec.js";
import { findOnPath, toolCacheDir, toolCacheRoots } from "./locate.js";
import {
  DEFAULT_TOOLS,
  loadManifest,
  parseToolRequests,
  resolveTool,
  type Manifest,
  type ResolvedTool,
} from "./manifest.js";
import { platformOf, type Platform } from "./platform.js";

/** Where progress goes: the action's log or the CLI's stderr. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface InstallOptions {
  /** `name` or `name@version` entries; empty means every tool the suite uses. */
  tools: readonly string[];
  /** A user manifest merged over the built-in one. */
  manifestPath?: string;
  /** How `manifestPath` is shown in messages (relative to the workspace). */
  manifestDisplayPath?: string;
  /** Base URL replacing the scheme and host of every download URL. */
  mirror?: string;
  env?: NodeJS.ProcessEnv;
  platform?: Platform;
  /** The tool cache; default the first of `toolCacheRoots(env)`. */
  cacheRoot?: string;
  /** Where downloads are kept until verified; default RUNNER_TEMP or the OS temp folder. */
  tempDir?: string;
  download?: DownloadOptions;
  log?: Logger;
  /** For tests: the manifest to use instead of loading one. */
  manifest?: Manifest;
}

/** How a tool was made available. */
export type ToolSource = "path" | "cache" | "download";

export interface InstalledTool {
  name: string;
  version: string;
  /** Folder holding the binary. */
  dir: string;
  /** The binary. */
  path: string;
  source: ToolSource;
  /** The verified archive digest (not set for a binary found on PATH). */
  sha256?: string;
}

export interface InstallResult {
  tools: InstalledTool[];
  /** Folders to put on PATH: every tool's folder except those already on PATH. */
  pathDirs: string[];
}

/** Written next to each cached binary when it is installed. */
const RECORD = ".gitops-tool.json";

interface InstallRecord {
  tool: string;
  version: string;
  platform: string;
  url: string;
  archiveSha256: string;
  binarySha256: string;
}

const quiet: Logger = { info: () => undefined, warning: () => undefined };

/**
 * Installs the requested tools. Everything is resolved first, so an unknown
 * tool or an unpinned platform fails before anything is downloaded. Tools are
 * then installed in parallel; if any fails, the error names every failure and
 * the caller puts nothing on PATH.
 */
export async function installTools(options: InstallOptions): Promise<InstallResult> {
  const env = options.env ?? process.env;
  const log = options.log ?? quiet;
  const platform = options.platform ?? platformOf();
  const manifest = options.manifest ?? loadManifest(options.manifestPath, options.manifestDisplayPath);
  const mirror = options.mirror ? parseMirror(options.mirror) : undefined;
  const requests = parseToolRequests(options.tools.length > 0 ? options.tools : DEFAULT_TOOLS);
  const problems: string[] = [];
  const tools: ResolvedTool[] = [];
  for (const request of requests) {
    try {
      const tool = resolveTool(manifest, request, platform);
      tools.push({ ...tool, url: applyMirror(tool.url, mirror) });
    } catch (err) {
      if (!isUserError(err)) throw err;
      problems.push(err.message);
    }
  }
  if (problems.length > 0) throw new UserError(problems.join("\n"));

  const cacheRoot = options.cacheRoot ?? toolCacheRoots(env)[0];
  if (!cacheRoot) throw new UserError("no tool cache: set RUNNER_TOOL_CACHE, XDG_CACHE_HOME or HOME");
  const ctx: Context = {
    env,
    log,
    cacheRoot,
    cacheRoots: [cacheRoot, ...toolCacheRoots(env)],
    tempDir: options.tempDir ?? env.RUNNER_TEMP ?? tmpdir(),
    download: { ...downloadTuning(env), ...options.download },
  };
  const settled = await Promise.allSettled(tools.map((tool) => installOne(tool, ctx)));
  const failures: string[] = [];
  const installed: InstalledTool[] = [];
  for (const result of settled) {
    if (result.status === "fulfilled") installed.push(result.value);
    else if (isUserError(result.reason)) failures.push(result.reason.message);
    else throw result.reason;
  }
  if (failures.length > 0) throw new UserError(failures.join("\n"));
  const pathDirs = [...new Set(installed.filter((t) => t.source !== "path").map((t) => t.dir))];
  return { tools: installed, pathDirs };
}

/** GITOPS_TOOLS_RETRIES and GITOPS_TOOLS_RETRY_DELAY_MS tune the retries (tests make them fast). */
function downloadTuning(env: NodeJS.ProcessEnv): DownloadOptions {
  const number = (name: string): number | undefined => {
    const value = env[name];
    return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
  };
  const retries = number("GITOPS_TOOLS_RETRIES");
  const retryDelayMs = number("GITOPS_TOOLS_RETRY_DELAY_MS");
  return {
    ...(retries !== undefined ? { retries } : {}),
    ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
  };
}

interface Context {
  env: NodeJS.ProcessEnv;
  log: Logger;
  cacheRoot: string;
  cacheRoots: string[];
  tempDir: string;
  download: DownloadOptions;
}

async function installOne(tool: ResolvedTool, ctx: Context): Promise<InstalledTool> {
  const label = `${tool.name} ${tool.version}`;

  // 1. The requested version already on PATH is used as it is. A binary in
  //    one of our caches is not taken on its word: it is verified below.
  const onPath = findOnPath(tool.binaryName, ctx.env);
  if (onPath && !ctx.cacheRoots.some((root) => isInside(onPath, root))) {
    if (await reportsVersion(onPath, tool, ctx.env)) {
      ctx.log.info(`${label}: using ${onPath}, already on PATH`);
      return { name: tool.name, version: tool.version, dir: dirname(onPath), path: onPath, source: "path" };
    }
  }

  // 2. A cached copy is verified again before reuse: self-hosted runners keep
  //    their tool cache between jobs, and anything may have touched it.
  const dir = toolCacheDir(ctx.cacheRoot, tool.name, tool.version, tool.platform.arch);
  const binary = join(dir, tool.binaryName);
  if (existsSync(dir)) {
    const problem = await cachedCopyProblem(dir, tool);
    if (problem === undefined) {
      ctx.log.info(`${label}: cached copy verified (${binary})`);
      return {
        name: tool.name,
        version: tool.version,
        dir,
        path: binary,
        source: "cache",
        sha256: tool.sha256,
      };
    }
    // Removed at once, so nothing (findTool included) can pick it up even if the download below fails.
    removeDir(dir, ctx.cacheRoot);
    ctx.log.warning(
      `${label}: the cached copy in ${dir} failed verification (${problem}); removed it, installing again`,
    );
  }

  // 3. Download to a private temp folder, check the digest, and only then extract.
  mkdirSync(ctx.tempDir, { recursive: true });
  const work = mkdtempSync(join(ctx.tempDir, "gitops-tools-"));
  try {
    const archive = join(work, "download");
    ctx.log.info(`${label}: downloading ${tool.url}`);
    const got = await download(tool.url, archive, {
      ...ctx.download,
      onRetry: (message) => {
        ctx.log.warning(`${label}: ${message}`);
      },
    }).catch((err: unknown) => {
      throw isUserError(err) ? new UserError(`${label}: ${err.message}`) : err;
    });
    if (got.sha256 !== tool.sha256) {
      throw new UserError(
        `${label}: checksum mismatch for ${tool.url} (${tool.platform.key}): expected ${tool.sha256}, got ${got.sha256}. ` +
          `The download was deleted and nothing was installed. Do not change the pin without checking the digest ` +
          `against the project's published checksums file (pinned in ${tool.origin === "built-in" ? "the built-in manifest" : tool.origin}).`,
      );
    }
    return await placeInCache(tool, archive, dir, ctx);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Extracts into a staging folder under the cache root, then renames it into place. */
async function placeInCache(
  tool: ResolvedTool,
  archive: string,
  dir: string,
  ctx: Context,
): Promise<InstalledTool> {
  const label = `${tool.name} ${tool.version}`;
  mkdirSync(ctx.cacheRoot, { recursive: true });
  // Same file system as the final folder, so the rename below is atomic; the
  // name keeps it out of the gitops-<name>/ folders that findTool searches.
  const staging = mkdtempSync(join(ctx.cacheRoot, ".gitops-staging-"));
  try {
    const binarySha256 = await extractBinary(
      archive,
      tool.archive,
      tool.bin,
      join(staging, tool.binaryName),
      label,
    );
    const record: InstallRecord = {
      tool: tool.name,
      version: tool.version,
      platform: tool.platform.key,
      url: tool.url,
      archiveSha256: tool.sha256,
      binarySha256,
    };
    writeFileSync(join(staging, RECORD), JSON.stringify(record, null, 2) + "\n");
    mkdirSync(dirname(dir), { recursive: true });
    // Something put a copy there since the check above: it has not been verified, so it goes.
    if (existsSync(dir)) removeDir(dir, ctx.cacheRoot);
    try {
      renameSync(staging, dir);
    } catch (err) {
      // Another job installed the same version at the same moment: use its copy if it verifies.
      const code = (err as NodeJS.ErrnoException).code;
      if ((code !== "ENOTEMPTY" && code !== "EEXIST") || (await cachedCopyProblem(dir, tool)) !== undefined)
        throw err;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const binary = join(dir, tool.binaryName);
  ctx.log.info(`${label}: verified (sha256 ${tool.sha256}) and installed to ${binary}`);
  return {
    name: tool.name,
    version: tool.version,
    dir,
    path: binary,
    source: "download",
    sha256: tool.sha256,
  };
}

/** Moves `dir` aside in one rename, then deletes it: no one sees a half-deleted tool. */
function removeDir(dir: string, cacheRoot: string): void {
  const trash = join(cacheRoot, `.gitops-trash-${randomBytes(6).toString("hex")}`);
  renameSync(dir, trash);
  rmSync(trash, { recursive: true, force: true });
}

/**
 * Why the cached copy in `dir` cannot be reused, or undefined when it can.
 *
 * The manifest pins the digest of the release archive, but the cache holds
 * only the binary taken out of it, so the archive digest cannot be checked
 * again. Instead the install record written next to the binary carries the
 * binary's own digest, computed while extracting it from an archive whose
 * digest had just matched the pin. That makes the record a faithful stand-in:
 * hashing the binary now and comparing with it proves the bytes are the ones
 * that came out of a verified archive. The record also names the archive
 * digest it came from, and must equal the current pin, so changing a pin
 * invalidates old copies. What it cannot stop is someone able to rewrite both
 * files in the cache; such a person could equally edit PATH or the workflow.
 */
async function cachedCopyProblem(dir: string, tool: ResolvedTool): Promise<string | undefined> {
  let record: Partial<InstallRecord>;
  try {
    record = JSON.parse(readFileSync(join(dir, RECORD), "utf8")) as Partial<InstallRecord>;
  } catch {
    return "no readable install record";
  }
  if (record.tool !== tool.name || record.version !== tool.version || record.platform !== tool.platform.key) {
    return "the install record is for another tool, version or platform";
  }
  if (record.archiveSha256 !== tool.sha256)
    return "it was installed from an archive with another digest than the pin";
  const binary = join(dir, tool.binaryName);
  try {
    const st = lstatSync(binary);
    if (!st.isFile()) return "the binary is not a regular file";
    if ((st.mode & 0o111) === 0) return "the binary is not executable";
  } catch {
    return "the binary is missing";
  }
  const actual = await sha256File(binary);
  if (actual !== record.binarySha256)
    return `the binary's sha256 ${actual} differs from the recorded ${record.binarySha256}`;
  return undefined;
}

/** True when `path` printed the requested version (e.g. `v5.7.1`, `Version: 1.15.2`). */
async function reportsVersion(path: string, tool: ResolvedTool, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const result = await runTool(path, tool.versionArgs, {
      env,
      timeoutMs: 15_000,
      maxOutputBytes: 1024 * 1024,
    });
    if (result.code !== 0) return false;
    return outputHasVersion(`${result.stdout}\n${result.stderr}`, tool.version);
  } catch {
    return false;
  }
}

/** Whether `output` mentions exactly `version` (3.19.0 matches "v3.19.0+g3d8990f", not "13.19.0" or "3.19.0-rc.1"). */
export function outputHasVersion(output: string, version: string): boolean {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![0-9A-Za-z.])v?${escaped}(?![0-9A-Za-z]|[.-][0-9A-Za-z])`).test(output);
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** A job-summary table of what was installed and how. */
export function installSummaryMarkdown(result: InstallResult): string {
  const how: Record<ToolSource, string> = {
    path: "already on PATH",
    cache: "tool cache, verified",
    download: "downloaded, verified",
  };
  const rows = result.tools.map(
    (t) =>
      `| ${t.name} | ${t.version} | ${how[t.source]} | ${t.sha256 ? `\`${t.sha256.slice(0, 16)}…\`` : "—"} |`,
  );
  return [
    "### gitops setup-tools",
    "",
    "| tool | version | from | archive sha256 |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
