import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { minimatch } from "minimatch";
import type { Finding } from "../../core/src/finding.js";
import { loadYamlFile } from "../../core/src/yaml.js";
import type { PolicyResult } from "./engine/run.js";
import { DocReader } from "./load/document.js";
import type { DefinedAt } from "./types.js";

/** What a waiver covers: a target and/or resource fields (each a glob). */
export interface WaiverMatch {
  target?: string;
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

/** One entry of `policies/exceptions.yaml`. */
export interface Waiver {
  policy: string;
  rule?: string;
  match: WaiverMatch;
  reason: string;
  owner: string;
  /** YYYY-MM-DD: the last day the waiver holds (UTC). */
  expires: string;
  at: DefinedAt;
}

const ENTRY_KEYS = ["policy", "rule", "match", "reason", "owner", "expires"];
const MATCH_KEYS = ["target", "apiVersion", "kind", "namespace", "name"] as const;

/**
 * Reads the waivers file; a missing file means no waivers. Any malformed entry (unknown key,
 * missing reason/owner/expires, a date that is not YYYY-MM-DD, an empty match) is a UserError
 * naming `file:line`.
 */
export function loadWaivers(repo: string, file: string): Waiver[] {
  const path = resolve(repo, file);
  if (!existsSync(path)) return [];
  const yaml = loadYamlFile(path, file);
  const [, second] = yaml.documents;
  if (second) throw new DocReader(yaml, second).fail([], "the waivers file must hold one YAML document");
  const document = yaml.documents[0];
  if (!document || document.value === null) return [];
  const doc = new DocReader(yaml, document);
  const top = document.value;
  if (typeof top !== "object" || Array.isArray(top))
    throw doc.fail([], "must be a map with an `exceptions` list");
  for (const key of Object.keys(top)) {
    if (key !== "exceptions") throw doc.fail([key], `unknown key; the waivers file holds only "exceptions"`);
  }
  return doc.list(["exceptions"]).map((_, i) => readWaiver(doc, ["exceptions", i]));
}

function readWaiver(doc: DocReader, p: (string | number)[]): Waiver {
  const entry = doc.object(p);
  if (!entry) throw doc.fail(p, "must be a map");
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.includes(key))
      throw doc.fail([...p, key], `unknown key; allowed: ${ENTRY_KEYS.join(", ")}`);
  }
  const match: WaiverMatch = {};
  const m = doc.object([...p, "match"]);
  if (!m) throw doc.fail([...p, "match"], "is required: name the target or the resource the waiver covers");
  for (const key of Object.keys(m)) {
    if (!(MATCH_KEYS as readonly string[]).includes(key))
      throw doc.fail([...p, "match", key], `unknown key; allowed: ${MATCH_KEYS.join(", ")}`);
  }
  for (const key of MATCH_KEYS) {
    const v = doc.string([...p, "match", key]);
    if (v !== undefined && v !== "") match[key] = v;
  }
  if (Object.keys(match).length === 0)
    throw doc.fail([...p, "match"], "must name a target or resource fields");
  const expires = doc.string([...p, "expires"], true) ?? "";
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(expires) ||
    Number.isNaN(Date.parse(`${expires}T00:00:00Z`)) ||
    new Date(`${expires}T00:00:00Z`).toISOString().slice(0, 10) !== expires
  ) {
    throw doc.fail([...p, "expires"], `must be a date as YYYY-MM-DD (quote it), got "${expires}"`);
  }
  const waiver: Waiver = {
    policy: doc.string([...p, "policy"], true) ?? "",
    match,
    reason: doc.string([...p, "reason"], true) ?? "",
    owner: doc.string([...p, "owner"], true) ?? "",
    expires,
    at: doc.at(p),
  };
  const rule = doc.string([...p, "rule"]);
  if (rule !== undefined && rule !== "") waiver.rule = rule;
  return waiver;
}

/** True once the day after `expires` has begun (UTC). */
export function isExpired(waiver: Waiver, now: Date): boolean {
  return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
}

function glob(pattern: string | undefined, value: string | undefined): boolean {
  if (pattern === undefined) return true;
  if (value === undefined) return false;
  return pattern === value || minimatch(value, pattern, { dot: true, nocomment: true, nonegate: true });
}

/** True when the waiver covers this result. */
export function waiverCovers(w: Waiver, r: PolicyResult): boolean {
  if (!r.waivable || w.policy !== r.policy) return false;
  if (w.rule !== undefined && w.rule !== (r.rule ?? r.policy)) return false;
  const ref = r.finding.resource;
  return (
    glob(w.match.target, r.finding.target) &&
    glob(w.match.apiVersion, ref?.apiVersion) &&
    glob(w.match.kind, ref?.kind) &&
    glob(w.match.namespace, ref?.namespace) &&
    glob(w.match.name, ref?.name)
  );
}

/**
 * Applies waivers: a covered finding becomes a notice naming its waiver; an expired waiver is
 * an error (and covers nothing); with `reportUnused`, a live waiver that covered nothing is a
 * warning (a partial run, such as `--manifests`, leaves it off).
 */
export function applyWaivers(
  results: readonly PolicyResult[],
  waivers: readonly Waiver[],
  options: { now: Date; reportUnused: boolean },
): { findings: Finding[]; waived: number } {
  const live = waivers.filter((w) => !isExpired(w, options.now));
  const used = new Set<Waiver>();
  const out: Finding[] = [];
  let waived = 0;
  for (const r of results) {
    const w = live.find((x) => waiverCovers(x, r));
    if (!w) {
      out.push(r.finding);
      continue;
    }
    used.add(w);
    waived += 1;
    out.push({
      ...r.finding,
      severity: "notice",
      message: `${r.finding.message} [waived by ${w.at.file}:${w.at.line}, owner ${w.owner}, expires ${w.expires}: ${w.reason}]`,
    });
  }
  for (const w of waivers) {
    const base = { tool: "policy", file: w.at.file, line: w.at.line } as const;
    if (isExpired(w, options.now)) {
      out.push({
        ...base,
        rule: "policy/waiver-expired",
        severity: "error",
        message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) expired on ${w.expires}; fix the violation or renew the waiver`,
      });
    } else if (options.reportUnused && !used.has(w)) {
      out.push({
        ...base,
        rule: "policy/waiver-unused",
        severity: "warning",
        message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) matches no finding; remove it`,
      });
    }
  }
  return { findings: out, waived };
}
