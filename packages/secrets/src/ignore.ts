import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { minimatch } from "minimatch";
import {
  lineAt,
  loadYamlFile,
  messageOf,
  UserError,
  type YamlDocument,
  type YamlFile,
} from "../../core/src/index.js";
import type { SecretFinding } from "./types.js";

/**
 * One accepted finding (or family of findings) in the ignore file. Keyed by
 * rule, path and the secret's hash, never by commit or line, so an entry
 * survives rebases, squash merges and edits above the secret.
 */
export interface IgnoreEntry {
  /** A rule id, or `*` for any rule. */
  rule: string;
  /** A glob of repo-relative paths. */
  path: string;
  /** sha256 of the secret (the `secretSha256` of the finding); absent means any value. */
  secretSha256?: string;
  /** Why it is accepted: a test fixture, a revoked key ... */
  reason: string;
  /** 1-based line of the entry in the ignore file. */
  line: number;
}

const ENTRY_KEYS = ["rule", "path", "secretSha256", "reason"];

/**
 * Reads the ignore file (`.gitops-secrets-ignore.yaml` by default):
 *
 * ```yaml
 * ignore:
 *   - rule: generic-secret
 *     path: tests/fixtures/**
 *     secretSha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 *     reason: fake credentials of the integration tests
 * ```
 *
 * A missing file means no entries unless `required` (the user named it). Any
 * other problem is a `UserError` naming the file and line.
 */
export function loadIgnoreFile(repo: string, relPath: string, required: boolean): IgnoreEntry[] {
  const abs = join(repo, relPath);
  if (!existsSync(abs)) {
    if (required) throw new UserError(`ignore file ${relPath} does not exist`, relPath);
    return [];
  }
  const yaml = loadYamlFile(abs, relPath);
  const doc = yaml.documents[0];
  if (!doc || doc.value === null) return [];
  const bad = (path: (string | number)[], what: string) => {
    const line = lineAt(yaml, doc, path);
    return new UserError(`${relPath}:${line}: ${what}`, relPath, line);
  };
  const root = doc.value;
  if (!isObject(root) || Object.keys(root).some((k) => k !== "ignore")) {
    throw bad([], 'expected a mapping with one key, "ignore": a list of {rule, path, secretSha256?, reason}');
  }
  if (root.ignore === null || root.ignore === undefined) return [];
  if (!Array.isArray(root.ignore)) throw bad(["ignore"], '"ignore" must be a list');
  return root.ignore.map((raw: unknown, i) => entry(raw, i, yaml, doc, bad));
}

function entry(
  raw: unknown,
  i: number,
  yaml: YamlFile,
  doc: YamlDocument,
  bad: (path: (string | number)[], what: string) => UserError,
): IgnoreEntry {
  const at = ["ignore", i];
  if (!isObject(raw)) throw bad(at, "each entry must be a mapping of rule, path, secretSha256 and reason");
  const unknown = Object.keys(raw).find((k) => !ENTRY_KEYS.includes(k));
  if (unknown) throw bad([...at, unknown], `unknown key "${unknown}"; allowed: ${ENTRY_KEYS.join(", ")}`);
  for (const key of ["rule", "path", "reason"]) {
    if (typeof raw[key] !== "string" || raw[key].trim() === "")
      throw bad(at, `entry needs "${key}" (a non-empty string)`);
  }
  const sha = raw.secretSha256;
  if (sha !== undefined && (typeof sha !== "string" || !/^[0-9a-fA-F]{64}$/.test(sha))) {
    throw bad(
      [...at, "secretSha256"],
      "secretSha256 must be 64 hex digits (the secretSha256 of a --json finding)",
    );
  }
  return {
    rule: raw.rule as string,
    path: raw.path as string,
    ...(typeof sha === "string" ? { secretSha256: sha.toLowerCase() } : {}),
    reason: raw.reason as string,
    line: lineAt(yaml, doc, at),
  };
}

/** True when the entry covers the finding. */
export function ignores(e: IgnoreEntry, f: SecretFinding): boolean {
  if (e.rule !== "*" && e.rule !== f.rule) return false;
  if (!f.file || !minimatch(f.file, e.path, { dot: true })) return false;
  return e.secretSha256 === undefined || e.secretSha256 === f.secretSha256;
}

/** Keys of the findings in a baseline: a `gitops secrets --json` report. */
export function loadBaseline(repo: string, relPath: string): Set<string> {
  const abs = join(repo, relPath);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(abs, "utf8"));
  } catch (err) {
    const why =
      (err as NodeJS.ErrnoException).code === "ENOENT"
        ? "does not exist"
        : `is not valid JSON: ${messageOf(err)}`;
    throw new UserError(`baseline ${relPath} ${why}`, relPath);
  }
  const findings = isObject(doc) ? doc.findings : undefined;
  if (!Array.isArray(findings)) {
    throw new UserError(
      `baseline ${relPath} must be a "gitops secrets --json" report: {"findings": [...]}`,
      relPath,
    );
  }
  return new Set(findings.filter(isObject).map((f) => baselineKey(f as unknown as SecretFinding)));
}

/**
 * What makes a finding "the same" as one in a baseline: rule, file and the
 * secret's hash (or, for rules without a secret, the message). Not the line,
 * nor the commit, which change without the finding changing.
 */
export function baselineKey(f: Pick<SecretFinding, "rule" | "file" | "secretSha256" | "message">): string {
  return JSON.stringify([f.rule, f.file ?? "", f.secretSha256 ?? f.message]);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
