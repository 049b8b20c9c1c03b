import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { minimatch } from "minimatch";
import { CONFIG_FILE, ID_PATTERN, loadConfig, type GitopsConfig } from "./config.js";
import { UserError } from "./errors.js";
import type { Finding } from "./finding.js";

/** How a target turns into manifests. */
export type TargetKind = "kustomize" | "helm" | "directory";

/** A folder that renders to manifests, found under one of the configured roots. */
export interface Target {
  /** The folder relative to the repo, with `/` separators: the target's stable id. */
  id: string;
  /** Absolute path of the folder. */
  dir: string;
  env: string;
  /** The `{service}` segment, for targets under roots that name one (apps/). */
  service?: string;
  kind: TargetKind;
  /** The root pattern that found it. */
  root: string;
}

/** A folder under a root that is not a target, and why. */
export interface SkippedFolder {
  id: string;
  reason: string;
}

/** The repository as our checks see it. */
export interface Layout {
  /** Absolute path of the repository. */
  repo: string;
  config: GitopsConfig;
  /** `.gitops.yaml` when the repo has one. */
  configFile?: string;
  /** Environments in promotion order. */
  environments: string[];
  /** Sorted by id. */
  targets: Target[];
  skipped: SkippedFolder[];
  /** Notes about the layout itself, such as an env not in `environments`. */
  findings: Finding[];
}

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const PLACEHOLDER = /^\{(env|service)\}$/;
const idPattern = new RegExp(ID_PATTERN);

/**
 * Loads `.gitops.yaml` and discovers every target under the configured roots.
 * Discovery reads folder names and peeks at files; it renders nothing.
 */
export function loadLayout(repoDir: string): Layout {
  const repo = resolve(repoDir);
  let st;
  try {
    st = statSync(repo);
  } catch {
    throw new UserError(`repository folder ${repoDir} does not exist`, repoDir);
  }
  if (!st.isDirectory()) throw new UserError(`repository path ${repoDir} is not a folder`, repoDir);
  const { config, file } = loadConfig(repo);
  const realRepo = realpathSync(repo);
  const found = new Map<string, Target>();
  const skipped: SkippedFolder[] = [];
  const findings: Finding[] = [];

  for (const root of config.targets.roots) {
    const segments = parseRoot(root);
    for (const match of expand(realRepo, repo, segments)) {
      if (found.has(match.id) || skipped.some((s) => s.id === match.id)) continue;
      if (config.targets.exclude.some((g) => minimatch(match.id, g, { dot: true }))) continue;
      const kind = detectKind(match.dir);
      if (!kind) {
        skipped.push({ id: match.id, reason: "holds no kustomization, chart or Kubernetes manifests" });
        continue;
      }
      const env = match.names.env ?? "";
      if (!config.environments.includes(env)) {
        findings.push({
          tool: "layout",
          rule: "unknown-env",
          severity: "warning",
          message: `${match.id}: env "${env}" is not one of the environments (${config.environments.join(", ")}); add it to "environments" in ${CONFIG_FILE}`,
          file: match.id,
          target: match.id,
        });
      }
      const target: Target = { id: match.id, dir: match.dir, env, kind, root };
      if (match.names.service) target.service = match.names.service;
      found.set(match.id, target);
    }
  }
  const targets = [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
  const layout: Layout = { repo, config, environments: config.environments, targets, skipped, findings };
  if (file) layout.configFile = file;
  return layout;
}

interface RootMatch {
  id: string;
  dir: string;
  names: { env?: string; service?: string };
}

/** Splits a root pattern and rejects ones that could leave the repo or name no env. */
function parseRoot(root: string): string[] {
  const segments = root.split("/").filter((s) => s !== "" && s !== ".");
  const bad = (why: string) =>
    new UserError(`${CONFIG_FILE}: targets.roots entry "${root}" ${why}`, CONFIG_FILE);
  if (root.startsWith("/") || /^[a-zA-Z]:/.test(root)) throw bad("must be relative to the repository");
  if (segments.includes("..")) throw bad('must not contain ".."');
  if (segments.includes("**")) throw bad('must not use "**": each segment matches one folder level');
  if (!segments.includes("{env}")) throw bad("must contain the {env} segment");
  for (const s of segments) {
    if (s.includes("{") && !PLACEHOLDER.test(s)) throw bad(`has an unknown placeholder in "${s}"`);
  }
  return segments;
}

/**
 * Walks the pattern one segment at a time. Bounded by the pattern's depth,
 * so symlinked folders that loop cannot make it spin; folders that resolve
 * outside the repo are ignored.
 */
function* expand(
  realRepo: string,
  dir: string,
  segments: string[],
  prefix: string[] = [],
  names: RootMatch["names"] = {},
): Generator<RootMatch> {
  const [head, ...rest] = segments;
  if (head === undefined) {
    yield { id: prefix.join("/"), dir, names };
    return;
  }
  for (const name of childFolders(realRepo, dir)) {
    const placeholder = PLACEHOLDER.exec(head)?.[1] as "env" | "service" | undefined;
    if (placeholder) {
      if (!idPattern.test(name)) continue;
      yield* expand(realRepo, join(dir, name), rest, [...prefix, name], { ...names, [placeholder]: name });
    } else if (name === head || minimatch(name, head)) {
      yield* expand(realRepo, join(dir, name), rest, [...prefix, name], names);
    }
  }
}

function childFolders(realRepo: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(e.name);
    else if (e.isSymbolicLink() && insideRepo(realRepo, path)) out.push(e.name);
  }
  return out.sort();
}

function insideRepo(realRepo: string, path: string): boolean {
  try {
    const real = realpathSync(path);
    if (!statSync(real).isDirectory()) return false;
    const rel = relative(realRepo, real);
    return rel !== "" && !rel.startsWith(".." + sep) && rel !== "..";
  } catch {
    return false;
  }
}

/** What kind of target a folder is, or undefined when it renders nothing (e.g. Helm values only). */
export function detectKind(dir: string): TargetKind | undefined {
  let files: string[];
  try {
    files = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return undefined;
  }
  if (files.some((f) => KUSTOMIZATION_FILES.includes(f))) return "kustomize";
  if (files.includes("Chart.yaml")) return "helm";
  // A cheap look for `apiVersion:` and `kind:` at the start of a line: enough
  // to tell manifests from Helm values files without parsing (the renderer parses).
  for (const f of files.filter((n) => MANIFEST_FILE.test(n))) {
    if (looksLikeManifest(join(dir, f))) return "directory";
  }
  return undefined;
}

function looksLikeManifest(path: string): boolean {
  try {
    const text = readFileSync(path, "utf8").slice(0, 256 * 1024);
    if (path.toLowerCase().endsWith(".json")) return /"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text);
    // Top-level keys only: a values file may nest `kind:` under some key.
    return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);
  } catch {
    return false;
  }
}
