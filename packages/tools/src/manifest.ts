/**
 * The tool manifest: which version of each tool to install, where from, and
 * the SHA-256 of its release archive per platform. The built-in manifest
 * (`packages/tools/manifest.yaml`, bundled next to each dist entry by ncc) can
 * be overridden by a user manifest of the same format, merged tool by tool.
 */
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { UserError } from "../../core/src/errors.js";
import { lineAt, loadYamlFile, parseYaml, type YamlDocument, type YamlFile } from "../../core/src/yaml.js";
import { PLATFORM_KEYS, type Arch, type Os, type Platform, type PlatformKey } from "./platform.js";

export type ArchiveType = "tar.gz" | "zip" | "binary";
export const ARCHIVE_TYPES: readonly ArchiveType[] = ["tar.gz", "zip", "binary"];

/** One tool as a manifest pins it. */
export interface ToolPin {
  name: string;
  /** Without a leading "v". */
  version: string;
  /** URL template with `{version}`, `{os}`, `{arch}`. */
  url: string;
  /** Path of the binary inside the archive (templated like `url`); the file itself for `binary`. */
  bin: string;
  /** Explicit archive type; inferred from the URL when absent. */
  archive?: ArchiveType;
  /** The project's names for each OS and architecture, where they differ from ours. */
  os: Partial<Record<Os, string>>;
  arch: Partial<Record<Arch, string>>;
  /** Arguments that make the binary print its version. */
  versionArgs: string[];
  /** SHA-256 of the release archive per platform (lower-case hex). */
  sha256: Partial<Record<PlatformKey, string>>;
  /** Where the digests were read; documentation only. */
  sources: string[];
  /** The manifest this pin came from: "built-in" or a user manifest's path. */
  origin: string;
}

/** A parsed manifest: tools by name, in file order. */
export interface Manifest {
  tools: Map<string, ToolPin>;
}

/** Every tool the suite uses, installed when no list is given. */
export const DEFAULT_TOOLS: readonly string[] = [
  "kustomize",
  "helm",
  "kubeconform",
  "conftest",
  "kyverno",
  "gitleaks",
];

export const BUILT_IN = "built-in";

/** Tool names: they become folder names in the tool cache and keys of the outputs. */
const NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;
/** MAJOR.MINOR.PATCH with an optional pre-release; never a path separator or "..". */
const VERSION_RE = /^\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?$/;
const SHA256_RE = /^[0-9a-f]{64}$/;
const PLACEHOLDER_RE = /\{([^{}]*)\}/g;
const PLACEHOLDERS = new Set(["version", "os", "arch"]);
const NAME_TOKEN_RE = /^[A-Za-z0-9._-]{1,40}$/;

/**
 * Checks a version string and returns it without a leading "v", or throws a
 * `UserError` saying what a version looks like. Versions end up in URLs and
 * cache paths, so nothing but digits, dots and a plain pre-release passes.
 */
export function normalizeVersion(value: string, what: string): string {
  const v = value.startsWith("v") ? value.slice(1) : value;
  if (v.length > 64 || !VERSION_RE.test(v)) {
    throw new UserError(
      `${what}: invalid version ${JSON.stringify(value)}; expected MAJOR.MINOR.PATCH such as 5.7.1 (a leading "v" is allowed)`,
    );
  }
  return v;
}

/** A requested tool: `name` or `name@version`. */
export interface ToolRequest {
  name: string;
  version?: string;
}

/**
 * Parses `name` / `name@version` entries. A name listed twice with different
 * versions is an error; listed twice the same way, it is installed once.
 */
export function parseToolRequests(entries: readonly string[]): ToolRequest[] {
  const byName = new Map<string, ToolRequest>();
  for (const entry of entries) {
    const at = entry.indexOf("@");
    const name = at === -1 ? entry : entry.slice(0, at);
    if (!NAME_RE.test(name)) {
      throw new UserError(
        `invalid tool ${JSON.stringify(entry)}: expected a name such as "kustomize" or "kustomize@5.7.1"`,
      );
    }
    const version = at === -1 ? undefined : normalizeVersion(entry.slice(at + 1), `tool "${name}"`);
    const seen = byName.get(name);
    if (seen && seen.version !== version) {
      throw new UserError(`tool "${name}" is listed twice with different versions`);
    }
    byName.set(name, version === undefined ? { name } : { name, version });
  }
  return [...byName.values()];
}

let builtIn: Manifest | undefined;

/** The manifest shipped with gitops-actions (parsed once). */
export function builtInManifest(): Manifest {
  // The literal `new URL(..., import.meta.url)` lets ncc find the file and
  // copy it next to each bundle, so dist/<entry>/index.js reads its own copy
  // from wherever it is run.
  builtIn ??= parseManifest(readFileSync(new URL("../manifest.yaml", import.meta.url), "utf8"), BUILT_IN);
  return builtIn;
}

/** Parses manifest text; `file` names it in errors ("built-in" for ours). */
export function parseManifest(text: string, file: string): Manifest {
  return fromYaml(parseYaml(text, file), file, file === BUILT_IN);
}

/** Reads a user manifest from disk. */
export function loadUserManifest(path: string, displayPath = path): Manifest {
  return fromYaml(loadYamlFile(path, displayPath), displayPath, false);
}

/** The built-in manifest with an optional user manifest merged over it. */
export function loadManifest(userManifestPath?: string, displayPath?: string): Manifest {
  const base = builtInManifest();
  if (userManifestPath === undefined) return base;
  return mergeManifests(base, loadUserManifest(userManifestPath, displayPath ?? userManifestPath));
}

/**
 * Merges `user` over `base`, tool by tool and field by field. The digests
 * belong to a version: when the user pins another version, the built-in
 * digests are dropped and only the user's count. When the user changes only
 * the URL (an internal mirror of the same files), the built-in digests stay.
 */
export function mergeManifests(base: Manifest, user: Manifest): Manifest {
  const tools = new Map(base.tools);
  for (const [name, pin] of user.tools) {
    const old = base.tools.get(name);
    if (!old) {
      tools.set(name, pin);
      continue;
    }
    const raw = userFields.get(pin) ?? new Set<string>();
    const sameVersion = !raw.has("version") || pin.version === old.version;
    tools.set(name, {
      name,
      version: raw.has("version") ? pin.version : old.version,
      url: raw.has("url") ? pin.url : old.url,
      bin: raw.has("bin") ? pin.bin : old.bin,
      archive: raw.has("archive") ? pin.archive : old.archive,
      os: raw.has("os") ? pin.os : old.os,
      arch: raw.has("arch") ? pin.arch : old.arch,
      versionArgs: raw.has("version-args") ? pin.versionArgs : old.versionArgs,
      sha256: sameVersion ? { ...old.sha256, ...pin.sha256 } : pin.sha256,
      sources: raw.has("sources") ? pin.sources : old.sources,
      origin: pin.origin,
    });
  }
  return { tools };
}

/** Which keys a user manifest actually set, so a merge can tell "absent" from "default". */
const userFields = new WeakMap<ToolPin, Set<string>>();

const TOOL_KEYS = ["version", "url", "bin", "archive", "os", "arch", "version-args", "sha256", "sources"];

function fromYaml(yaml: YamlFile, file: string, strictBuiltIn: boolean): Manifest {
  if (yaml.documents.length !== 1) {
    throw new UserError(`${file}: expected one YAML document, found ${yaml.documents.length}`, file);
  }
  const doc = yaml.documents[0] as YamlDocument;
  const fail = (path: (string | number)[], message: string): never => {
    const line = lineAt(yaml, doc, path);
    throw new UserError(`${file}:${line}: ${message}`, file, line);
  };
  const root = doc.value;
  if (!isRecord(root)) return fail([], 'a manifest is a mapping with a "tools" key');
  for (const key of Object.keys(root)) {
    if (key !== "tools") fail([key], `unknown key "${key}"; allowed here: tools`);
  }
  const toolsNode = root.tools;
  if (!isRecord(toolsNode)) return fail(["tools"], '"tools" must be a mapping of tool name to pin');
  const tools = new Map<string, ToolPin>();
  for (const [name, entry] of Object.entries(toolsNode)) {
    const at = (...rest: (string | number)[]) => ["tools", name, ...rest];
    if (!NAME_RE.test(name)) {
      fail(at(), `invalid tool name "${name}": lower-case letters, digits and "-", starting with a letter`);
    }
    if (!isRecord(entry)) return fail(at(), `tools.${name} must be a mapping`);
    for (const key of Object.keys(entry)) {
      if (!TOOL_KEYS.includes(key))
        fail(at(key), `unknown key "tools.${name}.${key}"; allowed here: ${TOOL_KEYS.join(", ")}`);
    }
    const str = (key: string): string | undefined => {
      const v = entry[key];
      if (v === undefined) return undefined;
      if (typeof v !== "string" || v === "") {
        return fail(
          at(key),
          `tools.${name}.${key} must be a non-empty string${typeof v === "number" ? " (quote it)" : ""}`,
        );
      }
      return v;
    };
    const strList = (key: string): string[] | undefined => {
      const v = entry[key];
      if (v === undefined) return undefined;
      if (!Array.isArray(v) || v.some((s) => typeof s !== "string") || v.length > 16) {
        return fail(at(key), `tools.${name}.${key} must be a list of strings`);
      }
      return v as string[];
    };
    const nameMap = <K extends string>(
      key: "os" | "arch",
      allowed: readonly K[],
    ): Partial<Record<K, string>> | undefined => {
      const v = entry[key];
      if (v === undefined) return undefined;
      if (!isRecord(v))
        return fail(at(key), `tools.${name}.${key} must be a mapping such as { ${allowed[0]}: ... }`);
      for (const [k, s] of Object.entries(v)) {
        if (!(allowed as readonly string[]).includes(k)) {
          fail(at(key, k), `unknown key "tools.${name}.${key}.${k}"; allowed here: ${allowed.join(", ")}`);
        }
        if (typeof s !== "string" || !NAME_TOKEN_RE.test(s)) {
          fail(at(key, k), `tools.${name}.${key}.${k} must be a plain name such as "x86_64"`);
        }
      }
      return v as Partial<Record<K, string>>;
    };

    const versionText = str("version");
    let version: string | undefined;
    if (versionText !== undefined) {
      try {
        version = normalizeVersion(versionText, `tools.${name}.version`);
      } catch (err) {
        fail(at("version"), (err as Error).message);
      }
    } else if (entry.version !== undefined) {
      fail(at("version"), `tools.${name}.version must be a string`);
    }
    const url = str("url");
    if (url !== undefined) {
      const problem = templateProblem(url, true);
      if (problem) fail(at("url"), `tools.${name}.url ${problem}`);
    }
    const bin = str("bin");
    if (bin !== undefined) {
      const problem = templateProblem(bin, false) ?? relativePathProblem(bin);
      if (problem) fail(at("bin"), `tools.${name}.bin ${problem}`);
    }
    const archive = str("archive");
    if (archive !== undefined && !(ARCHIVE_TYPES as readonly string[]).includes(archive)) {
      fail(at("archive"), `tools.${name}.archive must be one of ${ARCHIVE_TYPES.join(", ")}`);
    }
    const shaNode = entry.sha256;
    const sha256: Partial<Record<PlatformKey, string>> = {};
    if (shaNode !== undefined) {
      if (!isRecord(shaNode))
        return fail(at("sha256"), `tools.${name}.sha256 must be a mapping of platform to digest`);
      for (const [k, v] of Object.entries(shaNode)) {
        if (!(PLATFORM_KEYS as readonly string[]).includes(k)) {
          fail(
            at("sha256", k),
            `unknown platform "${k}" in tools.${name}.sha256; allowed: ${PLATFORM_KEYS.join(", ")}`,
          );
        }
        const hex = typeof v === "string" ? v.toLowerCase() : "";
        if (!SHA256_RE.test(hex)) {
          fail(
            at("sha256", k),
            `tools.${name}.sha256.${k} must be 64 hex digits (a SHA-256), got ${JSON.stringify(v)}`,
          );
        }
        sha256[k as PlatformKey] = hex;
      }
    }
    const versionArgs = strList("version-args");
    const sources = strList("sources");
    const os = nameMap("os", ["linux", "darwin"] as const);
    const arch = nameMap("arch", ["amd64", "arm64"] as const);

    // A tool the built-in manifest does not know needs enough to be installed.
    const isNew = strictBuiltIn || !builtInHas(name);
    if (isNew && version === undefined) fail(at(), `tools.${name} needs "version"`);
    if (isNew && url === undefined) fail(at(), `tools.${name} needs "url"`);
    if (strictBuiltIn && (sources === undefined || sources.length === 0)) {
      fail(at(), `tools.${name} needs "sources" naming where its digests were read`);
    }

    const pin: ToolPin = {
      name,
      version: version ?? "",
      url: url ?? "",
      bin: bin ?? name,
      ...(archive ? { archive: archive as ArchiveType } : {}),
      os: os ?? {},
      arch: arch ?? {},
      versionArgs: versionArgs ?? ["version"],
      sha256,
      sources: sources ?? [],
      origin: file,
    };
    userFields.set(pin, new Set(Object.keys(entry)));
    tools.set(name, pin);
  }
  return { tools };
}

function builtInHas(name: string): boolean {
  return builtInManifest().tools.has(name);
}

/** Why `template` is not a usable URL or path template, or undefined. */
function templateProblem(template: string, isUrl: boolean): string | undefined {
  for (const m of template.matchAll(PLACEHOLDER_RE)) {
    if (!PLACEHOLDERS.has(m[1] ?? "")) {
      return `has an unknown placeholder "{${m[1]}}"; use {version}, {os} or {arch}`;
    }
  }
  if (/\s/.test(template)) return "must not contain whitespace";
  if (!isUrl) return undefined;
  let url: URL;
  try {
    url = new URL(expand(template, { version: "1.0.0", os: "linux", arch: "amd64" }));
  } catch {
    return "is not an absolute URL";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be an https:// URL";
  if (url.username || url.password) return "must not carry credentials";
  return undefined;
}

function relativePathProblem(path: string): string | undefined {
  if (path.startsWith("/") || path.includes("\\") || path.includes("\0")) {
    return "must be a relative path inside the archive";
  }
  if (path.split("/").includes("..")) return 'must not contain ".."';
  return undefined;
}

/** Substitutes `{version}`, `{os}` and `{arch}`. */
export function expand(template: string, values: { version: string; os: string; arch: string }): string {
  return template.replace(PLACEHOLDER_RE, (whole, key: string) =>
    key === "version" || key === "os" || key === "arch" ? values[key] : whole,
  );
}

/** A tool resolved for one platform: everything needed to fetch and verify it. */
export interface ResolvedTool {
  name: string;
  version: string;
  url: string;
  archive: ArchiveType;
  /** Path of the binary inside the archive, normalized. */
  bin: string;
  /** File name of the installed binary (the command). */
  binaryName: string;
  sha256: string;
  versionArgs: string[];
  platform: Platform;
  origin: string;
}

/**
 * Resolves a request against the manifest for `platform`. Fails closed: an
 * unknown tool, a version the manifest does not pin, or a platform without a
 * digest is a `UserError` that shows how to pin it in a user manifest.
 */
export function resolveTool(manifest: Manifest, request: ToolRequest, platform: Platform): ResolvedTool {
  const pin = manifest.tools.get(request.name);
  if (!pin) {
    throw new UserError(
      `unknown tool "${request.name}"; the manifest knows ${[...manifest.tools.keys()].join(", ")}. ` +
        `To install another tool, describe it in a user manifest:\n${pinSnippet(request.name, request.version ?? "1.2.3", platform.key, true)}`,
    );
  }
  const version = request.version ?? pin.version;
  const values = {
    version,
    os: pin.os[platform.os] ?? platform.os,
    arch: pin.arch[platform.arch] ?? platform.arch,
  };
  const url = expand(pin.url, values);
  const sha256 = version === pin.version ? pin.sha256[platform.key] : undefined;
  if (!sha256) {
    const why =
      version !== pin.version
        ? `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} pins ${pin.name} ${pin.version}, not ${version}`
        : `the ${pin.origin === BUILT_IN ? "built-in manifest" : `manifest ${pin.origin}`} has no SHA-256 for ${platform.key}`;
    throw new UserError(
      `no pinned SHA-256 for ${pin.name} ${version} on ${platform.key} (${why}), so it is not installed: ` +
        `setup-tools never runs a download it cannot verify. Pin it in a user manifest (the "manifest" input, ` +
        `or "gitops tools install --manifest FILE") with the digest of ${url} from the project's published checksums file:\n` +
        pinSnippet(pin.name, version, platform.key, false),
    );
  }
  const bin = posix.normalize(expand(pin.bin, values)).replace(/^(\.\/)+/, "");
  return {
    name: pin.name,
    version,
    url,
    archive: pin.archive ?? archiveTypeOf(url),
    bin,
    binaryName: posix.basename(bin),
    sha256,
    versionArgs: pin.versionArgs,
    platform,
    origin: pin.origin,
  };
}

/** The archive type a URL's file name implies. */
export function archiveTypeOf(url: string): ArchiveType {
  const path = new URL(url).pathname.toLowerCase();
  if (path.endsWith(".tar.gz") || path.endsWith(".tgz")) return "tar.gz";
  if (path.endsWith(".zip")) return "zip";
  return "binary";
}

function pinSnippet(name: string, version: string, platform: PlatformKey, withUrl: boolean): string {
  const lines = ["tools:", `  ${name}:`, `    version: "${version}"`];
  if (withUrl) {
    lines.push(`    url: "https://example.com/${name}_v{version}_{os}_{arch}.tar.gz"`, `    bin: ${name}`);
  }
  lines.push("    sha256:", `      ${platform}: "<64 hex digits from the project's checksums file>"`);
  return lines.map((l) => `  ${l}`).join("\n");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
