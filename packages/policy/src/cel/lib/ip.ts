import { CelScalar, celFunc, celMethod, type CelFunc, type CelValue } from "@bufbuild/cel";
import { opaqueType } from "../opaque.js";

/** An IP address: its family and its value as a 32- or 128-bit integer. */
export interface Ip {
  family: 4 | 6;
  value: bigint;
}

/** A CIDR: the address as written and the prefix length. */
export interface Cidr {
  ip: Ip;
  prefix: number;
}

const IpType = opaqueType<Ip>("net.IP", (ip) => formatIp(ip));
const CidrType = opaqueType<Cidr>("net.IPPrefix", (c) => `${formatIp(c.ip)}/${c.prefix}`);
const { STRING, BOOL, INT } = CelScalar;

/**
 * Parses an IP address the way Kubernetes' CEL library does (Go's netip.ParseAddr):
 * no zones and no IPv4-mapped IPv6 addresses; undefined when it is not an address.
 */
export function parseIp(text: string): Ip | undefined {
  if (text.includes("%")) return undefined;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split(".");
    if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith("0")))) return undefined;
    return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (!text.includes(":") || !/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  const v6 = parseIpv6(text);
  // IPv4-mapped addresses (::ffff:a.b.c.d) are ambiguous for policy decisions; Kubernetes rejects them.
  if (v6 === undefined || v6 >> 32n === 0xffffn) return undefined;
  return { family: 6, value: v6 };
}

function parseIpv6(text: string): bigint | undefined {
  let head = text;
  let tailV4: bigint | undefined;
  const v4 = /:(\d{1,3}(\.\d{1,3}){3})$/.exec(text);
  if (v4?.[1]) {
    const ip = parseIp(v4[1]);
    if (!ip) return undefined;
    tailV4 = ip.value;
    head = text.slice(0, text.length - v4[1].length) + "0:0";
  }
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const groups = (s: string | undefined) => (s ? s.split(":") : []);
  const left = groups(halves[0]);
  const right = groups(halves[1]);
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...right];
  if (all.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return undefined;
  let value = all.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
  if (tailV4 !== undefined) value = (value & ~0xffffffffn) | tailV4;
  return value;
}

/** The canonical text form (RFC 5952 for IPv6). */
export function formatIp(ip: Ip): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join(".");
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}

/** Parses `addr/prefix`; undefined when it is not a CIDR. */
export function parseCidr(text: string): Cidr | undefined {
  const [addr = "", prefixText, extra] = text.split("/");
  if (extra !== undefined || prefixText === undefined || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const ip = parseIp(addr);
  const prefix = Number(prefixText);
  if (!ip || prefix > (ip.family === 4 ? 32 : 128)) return undefined;
  return { ip, prefix };
}

const bits = (ip: Ip) => (ip.family === 4 ? 32 : 128);
const mask = (c: Cidr) => {
  const host = BigInt(bits(c.ip) - c.prefix);
  return ((1n << BigInt(bits(c.ip))) - 1n) ^ ((1n << host) - 1n);
};

function containsIp(c: Cidr, ip: Ip): boolean {
  return c.ip.family === ip.family && (c.ip.value & mask(c)) === (ip.value & mask(c));
}

function ipOf(v: CelValue): Ip {
  const ip = IpType.unwrap(v);
  if (!ip) throw new Error("not an IP address");
  return ip;
}

function cidrOf(v: CelValue): Cidr {
  const c = CidrType.unwrap(v);
  if (!c) throw new Error("not a CIDR");
  return c;
}

function need<T>(value: T | undefined, what: string, text: string): T {
  if (value === undefined) throw new Error(`${what} parse error during conversion from string: "${text}"`);
  return value;
}

const isLinkLocalUnicast = (ip: Ip) =>
  ip.family === 4 ? ip.value >> 16n === 0xa9fen : ip.value >> 118n === 0x3fan;
const isLinkLocalMulticast = (ip: Ip) =>
  ip.family === 4 ? ip.value >> 8n === 0xe00000n : ip.value >> 112n === 0xff02n;
const isLoopback = (ip: Ip) => (ip.family === 4 ? ip.value >> 24n === 127n : ip.value === 1n);
const isMulticast = (ip: Ip) => (ip.family === 4 ? ip.value >> 28n === 0xen : ip.value >> 120n === 0xffn);

/** Kubernetes' IP and CIDR libraries. */
export const ipFuncs: CelFunc[] = [
  celFunc("ip", [STRING], IpType.type, (s) => IpType.wrap(need(parseIp(s), "IP Address", s))),
  celFunc("isIP", [STRING], BOOL, (s) => parseIp(s) !== undefined),
  celFunc("ip.isCanonical", [STRING], BOOL, (s) => formatIp(need(parseIp(s), "IP Address", s)) === s),
  celFunc("string", [IpType.type], STRING, (ip) => formatIp(ipOf(ip))),
  celMethod("family", IpType.type, [], INT, function () {
    return BigInt(ipOf(this).family);
  }),
  celMethod("isUnspecified", IpType.type, [], BOOL, function () {
    return ipOf(this).value === 0n;
  }),
  celMethod("isLoopback", IpType.type, [], BOOL, function () {
    return isLoopback(ipOf(this));
  }),
  celMethod("isLinkLocalMulticast", IpType.type, [], BOOL, function () {
    return isLinkLocalMulticast(ipOf(this));
  }),
  celMethod("isLinkLocalUnicast", IpType.type, [], BOOL, function () {
    return isLinkLocalUnicast(ipOf(this));
  }),
  celMethod("isGlobalUnicast", IpType.type, [], BOOL, function () {
    const ip = ipOf(this);
    const broadcast = ip.family === 4 && ip.value === 0xffffffffn;
    return !(ip.value === 0n || broadcast || isLoopback(ip) || isMulticast(ip) || isLinkLocalUnicast(ip));
  }),
  celFunc("cidr", [STRING], CidrType.type, (s) => CidrType.wrap(need(parseCidr(s), "network address", s))),
  celFunc("isCIDR", [STRING], BOOL, (s) => parseCidr(s) !== undefined),
  celFunc("string", [CidrType.type], STRING, (c) => {
    const x = cidrOf(c);
    return `${formatIp(x.ip)}/${x.prefix}`;
  }),
  celMethod("containsIP", CidrType.type, [IpType.type], BOOL, function (ip) {
    return containsIp(cidrOf(this), ipOf(ip));
  }),
  celMethod("containsIP", CidrType.type, [STRING], BOOL, function (s) {
    return containsIp(cidrOf(this), need(parseIp(s), "IP Address", s));
  }),
  celMethod("containsCIDR", CidrType.type, [CidrType.type], BOOL, function (o) {
    const inner = cidrOf(o);
    const outer = cidrOf(this);
    return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
  }),
  celMethod("containsCIDR", CidrType.type, [STRING], BOOL, function (s) {
    const inner = need(parseCidr(s), "network address", s);
    const outer = cidrOf(this);
    return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
  }),
  celMethod("ip", CidrType.type, [], IpType.type, function () {
    return IpType.wrap(cidrOf(this).ip);
  }),
  celMethod("masked", CidrType.type, [], CidrType.type, function () {
    const c = cidrOf(this);
    return CidrType.wrap({ ip: { family: c.ip.family, value: c.ip.value & mask(c) }, prefix: c.prefix });
  }),
  celMethod("prefixLength", CidrType.type, [], INT, function () {
    return BigInt(cidrOf(this).prefix);
  }),
];
