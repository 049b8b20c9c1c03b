/**
 * sprig's semverCompare on Masterminds/semver v3 rules, the common subset:
 * `=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `^`, x-ranges, hyphen ranges, `,`/space
 * for AND and `||` for OR; a prerelease version only satisfies a constraint
 * that names a prerelease.
 */
import { FuncError, fnOf, type GoFunc } from "../gotemplate/funcs.js";

interface Version {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
}

interface ConstraintVersion extends Version {
  /** Which parts were given as a number (not a wildcard, not omitted). */
  given: 0 | 1 | 2 | 3;
}

const VERSION =
  /^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

function parseVersion(s: string): Version {
  const m = VERSION.exec(s.trim());
  if (!m) throw new FuncError("Invalid Semantic Version");
  return {
    major: BigInt(m[1] ?? "0"),
    minor: BigInt(m[2] ?? "0"),
    patch: BigInt(m[3] ?? "0"),
    pre: m[4] ?? "",
  };
}

const CONSTRAINT_VERSION =
  /^v?([0-9]+|[xX*])(?:\.([0-9]+|[xX*]))?(?:\.([0-9]+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

function parseConstraintVersion(s: string, whole: string): ConstraintVersion {
  const m = CONSTRAINT_VERSION.exec(s);
  if (!m) throw new FuncError(`improper constraint: ${whole}`);
  const parts = [m[1], m[2], m[3]];
  let given: 0 | 1 | 2 | 3 = 0;
  for (const p of parts) {
    if (p === undefined || /^[xX*]$/.test(p)) break;
    given = (given + 1) as 0 | 1 | 2 | 3;
  }
  const num = (p: string | undefined): bigint => (p !== undefined && /^\d+$/.test(p) ? BigInt(p) : 0n);
  return { major: num(m[1]), minor: num(m[2]), patch: num(m[3]), pre: m[4] ?? "", given };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (nx !== ny) {
      return nx ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

function compare(a: Version, b: Version): number {
  for (const k of ["major", "minor", "patch"] as const) {
    if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  }
  return comparePre(a.pre, b.pre);
}

function v(major: bigint, minor: bigint, patch: bigint): Version {
  return { major, minor, patch, pre: "" };
}

/** The half-open range [lo, hi) a wildcard or partial version covers. */
function span(c: ConstraintVersion): [Version, Version | undefined] {
  switch (c.given) {
    case 0:
      return [v(0n, 0n, 0n), undefined];
    case 1:
      return [v(c.major, 0n, 0n), v(c.major + 1n, 0n, 0n)];
    case 2:
      return [v(c.major, c.minor, 0n), v(c.major, c.minor + 1n, 0n)];
    default:
      return [c, undefined];
  }
}

function check(op: string, c: ConstraintVersion, ver: Version): boolean {
  if (ver.pre !== "" && c.pre === "") return false;
  const [lo, hi] = span(c);
  const exact = c.given === 3;
  const inSpan = exact
    ? compare(ver, c) === 0
    : compare(ver, lo) >= 0 && (hi === undefined || compare(ver, hi) < 0);
  switch (op) {
    case "":
    case "=":
      return inSpan;
    case "!=":
      return !inSpan;
    case ">":
      return exact ? compare(ver, c) > 0 : hi !== undefined && compare(ver, hi) >= 0;
    case ">=":
    case "=>":
      return compare(ver, exact ? c : lo) >= 0;
    case "<":
      return compare(ver, exact ? c : lo) < 0;
    case "<=":
    case "=<":
      return exact ? compare(ver, c) <= 0 : hi === undefined || compare(ver, hi) < 0;
    case "~":
    case "~>": {
      const upper = c.given <= 1 ? v(c.major + 1n, 0n, 0n) : v(c.major, c.minor + 1n, 0n);
      return compare(ver, lo.pre === "" && exact ? c : lo) >= 0 && compare(ver, upper) < 0;
    }
    case "^": {
      let upper: Version;
      if (c.major > 0n || c.given <= 1) upper = v(c.major + 1n, 0n, 0n);
      else if (c.minor > 0n || c.given === 2) upper = v(0n, c.minor + 1n, 0n);
      else upper = v(0n, 0n, c.patch + 1n);
      return compare(ver, exact ? c : lo) >= 0 && compare(ver, upper) < 0;
    }
  }
  return false;
}

const TERM = /^(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*(\S+)$/;

function satisfies(constraint: string, version: string): boolean {
  const ver = parseVersion(version);
  const groups = constraint.split("||");
  return groups.some((group) => {
    const g = group.trim().replace(/(\S+)\s+-\s+(\S+)/g, ">=$1, <=$2");
    const terms = g
      .replace(/(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)\s+/g, "$1")
      .split(/[\s,]+/)
      .filter((t) => t.length > 0);
    if (terms.length === 0) throw new FuncError(`improper constraint: ${constraint}`);
    return terms.every((t) => {
      const m = TERM.exec(t);
      if (!m) throw new FuncError(`improper constraint: ${constraint}`);
      return check(m[1] ?? "", parseConstraintVersion(m[2] ?? "", constraint), ver);
    });
  });
}

export const SEMVER_FUNCS: [string, GoFunc][] = [
  ["semverCompare", fnOf(["string", "string"], (c, v2) => satisfies(c as string, v2 as string))],
];
