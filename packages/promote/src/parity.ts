/**
 * DR parity: every service a primary cluster runs must run on the primary's DR clusters, with
 * the same promotable values (images, chart versions, `promote.values`, `promote.files`). The
 * values are compared by planning a promotion from the primary's env to the DR env: what that
 * promotion would change, or could not place, is what differs. `gitops parity` and the lint rule
 * both report these findings.
 */
import { UserError, type Finding, type Layout } from "../../core/src/index.js";
import {
  DR_OF_LABEL,
  drPairs,
  ROLE_LABEL,
  roleClusters,
  type DrPair,
} from "../../core/src/model/dr-clusters.js";
import { planPromotion } from "./plan.js";
import { workTree } from "./tree.js";

export const PARITY_RULES = {
  missing: "dr/missing",
  differs: "dr/differs",
  unchecked: "dr/unchecked",
  unpaired: "dr/unpaired",
} as const;

/** One promotable value the DR cluster runs differently. */
export interface ParityDifference {
  file: string;
  field: string;
  /** The primary's value (null: unset). */
  primary: string | null;
  /** The DR cluster's value (null: unset, or no place for it). */
  dr: string | null;
  /** 1-based line in `file`, when known. */
  line?: number;
}

/** One service on one primary and one of its DR clusters. */
export interface ParityRow {
  service: string;
  primary: string;
  primaryRegion: string;
  dr: string;
  drRegion: string;
  status: "ok" | "missing" | "differs" | "unchecked";
  /** The primary's target, and the DR cluster's when it runs the service. */
  primaryTarget: string;
  drTarget?: string;
  differences: ParityDifference[];
  /** Why the values could not be compared (status `unchecked`). */
  reason?: string;
}

export interface ParityReport {
  rows: ParityRow[];
  findings: Finding[];
  summary: { primaries: number; dr: number; services: number; ok: number; missing: number; differs: number };
}

/** Compares every primary placement with its DR counterparts. Reads the working tree; writes nothing. */
export async function checkParity(layout: Layout): Promise<ParityReport> {
  const clusters = roleClusters(layout);
  const pairs = drPairs(layout, clusters);
  const rows: ParityRow[] = [];
  // A DR cluster that pairs with no primary is checked against nothing: say so.
  const findings: Finding[] = clusters
    .filter((c) => c.role === "dr" && c.primary === undefined)
    .map((c) => ({
      tool: "lint",
      rule: PARITY_RULES.unpaired,
      severity: "warning",
      message: `DR cluster ${c.name} pairs with no primary: give it the label ${DR_OF_LABEL}: <primary cluster name> (a cluster labelled ${ROLE_LABEL}: primary)`,
    }));
  for (const pair of pairs) {
    const row = await compare(layout, pair);
    rows.push(row);
    findings.push(...rowFindings(pair, row));
  }
  const count = (s: ParityRow["status"]) => rows.filter((r) => r.status === s).length;
  return {
    rows,
    findings,
    summary: {
      primaries: new Set(pairs.map((p) => p.primary.name)).size,
      dr: new Set(pairs.map((p) => p.dr.name)).size,
      services: new Set(pairs.map((p) => p.service)).size,
      ok: count("ok"),
      missing: count("missing"),
      differs: count("differs"),
    },
  };
}

async function compare(layout: Layout, pair: DrPair): Promise<ParityRow> {
  const row: ParityRow = {
    service: pair.service,
    primary: pair.primary.name,
    primaryRegion: pair.primary.region,
    dr: pair.dr.name,
    drRegion: pair.dr.region,
    status: "ok",
    primaryTarget: pair.source.target.id,
    differences: [],
  };
  const other = pair.counterpart;
  if (!other) return { ...row, status: "missing" };
  row.drTarget = other.target.id;
  // One target deployed to both clusters runs the same values on both.
  if (other.target.id === pair.source.target.id) return row;
  const from = pair.source.target.env;
  const to = other.target.env;
  if (!from || !to || from === to) {
    return { ...row, status: "unchecked", reason: "the two targets have no envs of their own to compare" };
  }
  const tree = workTree(layout.repo);
  try {
    const plan = await planPromotion(layout, { from, to, services: [pair.service] }, tree, tree);
    row.differences = [
      ...plan.changes.map((c) => ({ file: c.file, field: c.field, primary: c.to, dr: c.from, line: c.line })),
      ...plan.unplaced.map((u) => ({ file: u.file, field: u.field, primary: u.value, dr: null })),
    ];
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return { ...row, status: "unchecked", reason: err.message };
  }
  return row.differences.length > 0 ? { ...row, status: "differs" } : row;
}

function rowFindings(pair: DrPair, row: ParityRow): Finding[] {
  const where = (name: string, region: string) => (region ? `${name} (${region})` : name);
  const primary = where(row.primary, row.primaryRegion);
  const dr = where(row.dr, row.drRegion);
  if (row.status === "missing") {
    return [
      {
        tool: "lint",
        rule: PARITY_RULES.missing,
        severity: "error",
        message: `${row.service} runs on primary cluster ${primary} (Application ${pair.source.application.name}) but not on its DR cluster ${dr}`,
        file: pair.source.application.file,
        line: pair.source.application.line,
        target: row.primaryTarget,
      },
    ];
  }
  if (row.status === "unchecked") {
    return [
      {
        tool: "lint",
        rule: PARITY_RULES.unchecked,
        severity: "notice",
        message: `${row.service}: the values on DR cluster ${dr} were not compared with primary ${primary}: ${row.reason ?? ""}`,
        file: pair.source.application.file,
        line: pair.source.application.line,
        target: row.primaryTarget,
      },
    ];
  }
  if (row.status !== "differs") return [];
  return row.differences.map((d) => ({
    tool: "lint",
    rule: PARITY_RULES.differs,
    severity: "warning",
    message: `${row.service}: DR cluster ${dr} runs ${d.field} = ${d.dr ?? "(unset)"}, primary ${primary} runs ${d.primary ?? "(unset)"}`,
    // The DR side's file for a value it sets differently; the primary's for one it has no place for.
    file: d.file,
    ...(d.line ? { line: d.line } : {}),
    ...(row.drTarget ? { target: row.drTarget } : {}),
  }));
}
