import { createHash } from "node:crypto";
import { resourceLabel, sortFindings, type Finding, type Severity } from "../finding.js";
import { encodePath } from "./uri.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/**
 * GitHub rejects a run with more than 25,000 results (and shows the top 5,000), so past this we
 * keep the worst and count the rest in `run.properties`.
 */
export const SARIF_MAX_RESULTS = 25_000;

/** Optional documentation for a rule, keyed by `${tool}/${rule}`. */
export interface SarifRuleInfo {
  /** One sentence; GitHub shows it at the top of the alert. */
  description: string;
  helpUri?: string;
}

export interface SarifOptions {
  toolName: string;
  toolVersion: string;
  informationUri?: string;
  /** Descriptions for rules that have them; others are described by their id. */
  rules?: Record<string, SarifRuleInfo>;
  /** Most results to keep, worst first (default {@link SARIF_MAX_RESULTS}). */
  maxResults?: number;
}

export type SarifLevel = "error" | "warning" | "note";

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: "%SRCROOT%" };
    region?: { startLine: number; startColumn?: number };
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}

export interface SarifRun {
  tool: {
    driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] };
  };
  columnKind: "utf16CodeUnits";
  results: SarifResult[];
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: [SarifRun];
}

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", notice: "note" };

/** The versioned fingerprint key: bump it if what {@link findingFingerprint} hashes ever changes. */
export const FINGERPRINT_KEY = "gitopsFinding/v1";

/**
 * A SARIF 2.1.0 log for GitHub code scanning: one run, rules deduplicated as `${tool}/${rule}`,
 * results worst first with repo-relative locations and fingerprints stable across runs.
 */
export function toSarif(findings: readonly Finding[], opts: SarifOptions): SarifLog {
  const sorted = sortFindings(findings);
  const kept = sorted.slice(0, Math.max(0, opts.maxResults ?? SARIF_MAX_RESULTS));

  // Rules sorted by id (code-unit order, not locale order, so every machine agrees) rather than by
  // first use, so the rules array and every ruleIndex stay put when only the results change.
  // `kept` is worst first, so a rule's first finding carries its worst severity.
  const first = new Map<string, Finding>();
  for (const f of kept) if (!first.has(ruleId(f))) first.set(ruleId(f), f);
  const rules = [...first.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, f]) => toRule(id, f, opts.rules?.[id]));
  const index = new Map(rules.map((r, i) => [r.id, i]));

  // Identical findings (same rule, place, message and resource, different lines) share a hash;
  // the occurrence number keeps their fingerprints apart, as codeql-action's does.
  const seen = new Map<string, number>();
  const results = kept.map((f): SarifResult => {
    const id = ruleId(f);
    const hash = findingFingerprint(f);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    const location = toLocation(f);
    return {
      ruleId: id,
      ruleIndex: index.get(id) ?? -1,
      level: LEVEL[f.severity],
      message: { text: messageText(f) },
      ...(location && { locations: [location] }),
      partialFingerprints: {
        [FINGERPRINT_KEY]: `${hash}:${n}`,
        // GitHub only reads primaryLocationLineHash; when it is absent, upload-sarif derives one
        // from the text around `line`, which moves whenever lines above are edited. Ours does not
        // depend on the line, so an alert survives unrelated edits to the file.
        primaryLocationLineHash: `${hash.slice(0, 16)}:${n}`,
      },
    };
  });

  const driver: SarifRun["tool"]["driver"] = { name: opts.toolName, version: opts.toolVersion, rules };
  if (opts.informationUri) driver.informationUri = opts.informationUri;
  const run: SarifRun = { tool: { driver }, columnKind: "utf16CodeUnits", results };
  if (kept.length < sorted.length) run.properties = { droppedResults: sorted.length - kept.length };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

/**
 * sha256 (hex) of what makes a finding the same finding across runs: tool, rule, file (or target),
 * message and resource. Not the line, which shifts with unrelated edits.
 */
export function findingFingerprint(f: Finding): string {
  const parts = [
    f.tool,
    f.rule,
    f.file ?? f.target ?? "",
    f.message,
    f.resource ? resourceLabel(f.resource) : "",
  ];
  // JSON keeps the parts apart: no choice of separator can be forged from inside a part.
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

function ruleId(f: Finding): string {
  return `${f.tool}/${f.rule}`;
}

function toRule(id: string, worst: Finding, info: SarifRuleInfo | undefined): SarifRule {
  // GitHub requires all three descriptions to be non-empty; the id is the best we have without info.
  const text = info?.description ?? id;
  const rule: SarifRule = {
    id,
    name: id,
    shortDescription: { text },
    fullDescription: { text },
    help: { text: info?.helpUri ? `${text}\n\n${info.helpUri}` : text },
    defaultConfiguration: { level: LEVEL[worst.severity] },
    // The tool as a tag lets code scanning filter lint from policy from secrets.
    properties: { tags: [worst.tool] },
  };
  if (info?.helpUri) rule.helpUri = info.helpUri;
  return rule;
}

function messageText(f: Finding): string {
  const text = f.resource ? `${f.message} [${resourceLabel(f.resource)}]` : f.message;
  // message.text is required and GitHub refuses an empty string for a required property.
  return text || ruleId(f);
}

function toLocation(f: Finding): SarifLocation | undefined {
  const path = f.file ?? (f.target && looksLikePath(f.target) ? f.target : undefined);
  if (!path) return undefined;
  const location: SarifLocation = {
    physicalLocation: { artifactLocation: { uri: encodePath(path), uriBaseId: "%SRCROOT%" } },
  };
  // A line only means something in the file; a target is a directory.
  if (f.file && f.line && f.line >= 1) {
    location.physicalLocation.region = { startLine: f.line };
    if (f.column && f.column >= 1) location.physicalLocation.region.startColumn = f.column;
  }
  return location;
}

/** Relative, `/`-separated, no `..`, no spaces or scheme: `apps/cms/overlays/prod`, not `cluster prod`. */
function looksLikePath(s: string): boolean {
  return /^[\w.@+-]+(\/[\w.@+-]+)*\/?$/.test(s) && !s.split("/").includes("..");
}
