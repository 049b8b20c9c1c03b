import { CelScalar, celFunc, celMethod, type CelFunc, type CelValue } from "@bufbuild/cel";
import { opaqueType } from "../opaque.js";

/** A semantic version (semver.org 2.0.0). */
export interface Semver {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string[];
  text: string;
}

const SemverType = opaqueType<Semver>("kubernetes.Semver", (v) => v.text.replace(/\+.*$/, ""));
const S = SemverType.type;
const { STRING, BOOL, INT } = CelScalar;

const NUM = "(0|[1-9]\\d*)";
const IDENT = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

/** Parses a strict semantic version (no leading `v`, all three numbers); undefined otherwise. */
export function parseSemver(text: string): Semver | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return {
    major: BigInt(m[1] ?? "0"),
    minor: BigInt(m[2] ?? "0"),
    patch: BigInt(m[3] ?? "0"),
    pre: m[4] ? m[4].split(".") : [],
    text,
  };
}

/** Semver precedence: numbers, then a release above its pre-releases, then identifiers. */
export function compareSemver(a: Semver, b: Semver): number {
  for (const k of ["major", "minor", "patch"] as const) {
    if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  }
  if (a.pre.length === 0 && b.pre.length === 0) return 0;
  if (a.pre.length === 0) return 1;
  if (b.pre.length === 0) return -1;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return BigInt(x) < BigInt(y) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function self(v: CelValue): Semver {
  const s = SemverType.unwrap(v);
  if (!s) throw new Error("not a semver");
  return s;
}

/** Kubernetes' semver library (1.31+). */
export const semverFuncs: CelFunc[] = [
  celFunc("semver", [STRING], S, (s) => {
    const v = parseSemver(s);
    if (!v) throw new Error(`could not parse "${s}" as semver`);
    return SemverType.wrap(v);
  }),
  celFunc("isSemver", [STRING], BOOL, (s) => parseSemver(s) !== undefined),
  celMethod("major", S, [], INT, function () {
    return self(this).major;
  }),
  celMethod("minor", S, [], INT, function () {
    return self(this).minor;
  }),
  celMethod("patch", S, [], INT, function () {
    return self(this).patch;
  }),
  celMethod("isGreaterThan", S, [S], BOOL, function (o) {
    return compareSemver(self(this), self(o)) > 0;
  }),
  celMethod("isLessThan", S, [S], BOOL, function (o) {
    return compareSemver(self(this), self(o)) < 0;
  }),
  celMethod("compareTo", S, [S], INT, function (o) {
    return BigInt(compareSemver(self(this), self(o)));
  }),
];
