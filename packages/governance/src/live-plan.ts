/**
 * The difference between the desired rulesets and environments and the live ones. Only what the
 * desired state says is compared: GitHub adds defaults of its own (an empty `exclude`, new rule
 * parameters) that a re-exported file may not carry, and those are not drift.
 */
import { isObject } from "../../core/src/index.js";
import type { DesiredEnvironment, DesiredRuleset, RuleBody, RulesetBody } from "./live-desired.js";
import type { LiveEnvironment, LiveRuleset } from "./live-github.js";

/** One setting that differs; `live` is undefined for something GitHub lacks, `desired` for something extra. */
export interface Difference {
  path: string;
  live?: unknown;
  desired?: unknown;
}

export interface PlanItem {
  kind: "ruleset" | "environment";
  name: string;
  /** `unmanaged`: a repository ruleset no file or config describes; apply leaves it alone. */
  action: "create" | "update" | "none" | "unmanaged";
  /** Where the desired state came from. */
  source?: string;
  /** The live ruleset's id. */
  id?: number;
  differences: Difference[];
}

/** Plan items for every desired ruleset, then every live ruleset nothing describes. */
export function planRulesets(desired: readonly DesiredRuleset[], live: readonly LiveRuleset[]): PlanItem[] {
  const items: PlanItem[] = desired.map((d) => {
    const match = live.find((l) => l.body.name === d.body.name);
    if (!match)
      return {
        kind: "ruleset",
        name: d.body.name,
        action: "create",
        source: d.source,
        differences: created(d.body),
      };
    const differences = rulesetDifferences(d.body, match.body);
    return {
      kind: "ruleset",
      name: d.body.name,
      action: differences.length > 0 ? "update" : "none",
      source: d.source,
      id: match.id,
      differences,
    };
  });
  for (const l of live)
    if (!desired.some((d) => d.body.name === l.body.name))
      items.push({ kind: "ruleset", name: l.body.name, action: "unmanaged", id: l.id, differences: [] });
  return items;
}

/** What a new ruleset brings, one line per setting and rule. */
function created(body: RulesetBody): Difference[] {
  return [
    { path: "enforcement", desired: body.enforcement },
    ...(body.conditions ? [{ path: "conditions", desired: body.conditions }] : []),
    ...(body.bypass_actors?.length ? [{ path: "bypass_actors", desired: body.bypass_actors }] : []),
    ...(body.rules ?? []).map((r) => ({ path: `rules.${r.type}`, desired: ruleValue(r) })),
  ];
}

/** What differs between a desired ruleset and the live one of the same name. */
export function rulesetDifferences(desired: RulesetBody, live: RulesetBody): Difference[] {
  const out: Difference[] = [];
  const scalar = (path: string, d: unknown, l: unknown) => {
    if (d !== l) out.push({ path, live: l, desired: d });
  };
  scalar("target", desired.target ?? "branch", live.target ?? "branch");
  scalar("enforcement", desired.enforcement, live.enforcement);
  if (desired.conditions !== undefined) compare("conditions", desired.conditions, live.conditions, out);
  if (desired.bypass_actors !== undefined)
    compare("bypass_actors", desired.bypass_actors, live.bypass_actors, out);
  const wanted = desired.rules ?? [];
  const have = live.rules ?? [];
  for (const rule of wanted) {
    const l = have.find((r) => r.type === rule.type);
    if (!l) out.push({ path: `rules.${rule.type}`, desired: ruleValue(rule) });
    else compare(`rules.${rule.type}.parameters`, rule.parameters ?? {}, l.parameters ?? {}, out);
  }
  for (const l of have)
    if (!wanted.some((r) => r.type === l.type)) out.push({ path: `rules.${l.type}`, live: ruleValue(l) });
  return out;
}

function ruleValue(rule: RuleBody): unknown {
  return rule.parameters ?? true;
}

/** Differences of `desired` against `live`, descending into objects; arrays compare whole. */
function compare(path: string, desired: unknown, live: unknown, out: Difference[]): void {
  if (isObject(desired) && !Array.isArray(desired)) {
    const l = isObject(live) ? live : {};
    for (const [k, v] of Object.entries(desired)) compare(`${path}.${k}`, v, l[k], out);
    return;
  }
  if (!covers(desired, live)) out.push({ path, live, desired });
}

/**
 * True when `live` holds everything `desired` says: objects key by key, arrays as multisets
 * (order is not meaningful in ruleset lists), and an absent live value for an empty or false one.
 */
export function covers(desired: unknown, live: unknown): boolean {
  if (live === undefined || live === null) {
    if (desired === false || desired === null || desired === undefined) return true;
    if (Array.isArray(desired)) return desired.length === 0;
    if (isObject(desired)) return Object.values(desired).every((v) => covers(v, undefined));
    return false;
  }
  if (Array.isArray(desired)) {
    if (!Array.isArray(live) || live.length !== desired.length) return false;
    const free: unknown[] = live.slice();
    for (const d of desired) {
      const at = free.findIndex((l) => covers(d, l));
      if (at < 0) return false;
      free.splice(at, 1);
    }
    return true;
  }
  if (isObject(desired)) {
    if (!isObject(live) || Array.isArray(live)) return false;
    return Object.entries(desired).every(([k, v]) => covers(v, live[k]));
  }
  return desired === live;
}

/** The deployment branch policy protected environments use: custom branch names. */
export const CUSTOM_BRANCHES = { protected_branches: false, custom_branch_policies: true };

/** The plan item of one environment. */
export function planEnvironment(
  desired: DesiredEnvironment,
  live: LiveEnvironment,
  source: string,
): PlanItem {
  const base = { kind: "environment" as const, name: desired.name, source };
  const wanted = {
    reviewers: sortedLower(desired.reviewers),
    wait_timer: desired.waitTimer,
    deployment_branch_policy: CUSTOM_BRANCHES,
    branch_policies: [...desired.branches].sort(),
  };
  if (!live.exists)
    return {
      ...base,
      action: "create",
      differences: Object.entries(wanted).map(([path, value]) => ({ path, desired: value })),
    };
  const have = {
    reviewers: sortedLower(live.reviewers),
    wait_timer: live.waitTimer,
    deployment_branch_policy: live.branchPolicy,
    branch_policies: live.branches
      .filter((b) => b.type === "branch")
      .map((b) => b.name)
      .sort(),
  };
  const differences: Difference[] = [];
  for (const key of Object.keys(wanted) as (keyof typeof wanted)[])
    if (!covers(wanted[key], have[key]) || !covers(have[key], wanted[key]))
      differences.push({ path: key, live: have[key], desired: wanted[key] });
  return { ...base, action: differences.length > 0 ? "update" : "none", differences };
}

function sortedLower(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => s.toLowerCase()))].sort();
}

/** `~ path: live -> desired`, `+ path: desired`, `- path: live`: one line per difference. */
export function differenceLine(d: Difference): string {
  const show = (v: unknown) => JSON.stringify(v);
  if (d.live === undefined) return `+ ${d.path}: ${show(d.desired)}`;
  if (d.desired === undefined) return `- ${d.path}: ${show(d.live)}`;
  return `~ ${d.path}: ${show(d.live)} -> ${show(d.desired)}`;
}
