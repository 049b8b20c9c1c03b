import { CelScalar, celFunc, celMethod, listType, mapType, type CelFunc, type CelValue } from "@bufbuild/cel";
import { opaqueType } from "../opaque.js";

/** A parsed URL, as Go's url.ParseRequestURI sees it. */
interface ParsedUrl {
  text: string;
  scheme: string;
  /** host[:port], IPv6 literals in brackets. */
  host: string;
  hostname: string;
  port: string;
  escapedPath: string;
  rawQuery: string;
}

const UrlType = opaqueType<ParsedUrl>("kubernetes.URL", (u) => u.text);
const U = UrlType.type;
const { STRING, BOOL } = CelScalar;

/**
 * Parses an absolute URI or an absolute path (what url.ParseRequestURI accepts);
 * undefined otherwise.
 */
export function parseUrl(text: string): ParsedUrl | undefined {
  if (text === "" || /\s/.test(text)) return undefined;
  if (text.startsWith("/")) {
    const [path, query] = splitOnce(text.replace(/#.*$/, ""), "?");
    return { text, scheme: "", host: "", hostname: "", port: "", escapedPath: path, rawQuery: query };
  }
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text);
  if (!m) return undefined;
  const scheme = m[1] ?? "";
  let rest = (m[2] ?? "").replace(/#.*$/, "");
  let authority = "";
  if (rest.startsWith("//")) {
    const end = rest.slice(2).search(/[/?]/);
    authority = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end < 0 ? "" : rest.slice(end + 2);
  } else if (!rest.startsWith("/")) {
    // An opaque URI such as mailto:x; ParseRequestURI accepts it with an empty host.
    return { text, scheme, host: "", hostname: "", port: "", escapedPath: "", rawQuery: "" };
  }
  const host = authority.includes("@") ? authority.slice(authority.lastIndexOf("@") + 1) : authority;
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host);
  if (!hp) return undefined;
  const [path, query] = splitOnce(rest, "?");
  return {
    text,
    scheme,
    host,
    hostname: (hp[1] ?? "").replace(/^\[|\]$/g, ""),
    port: hp[2] ?? "",
    escapedPath: path,
    rawQuery: query,
  };
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}

function query(raw: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (raw === "") return out;
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const [k, v] = splitOnce(part, "=");
    const key = decode(k);
    out.set(key, [...(out.get(key) ?? []), decode(v)]);
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

function self(v: CelValue): ParsedUrl {
  const u = UrlType.unwrap(v);
  if (!u) throw new Error("not a URL");
  return u;
}

/** Kubernetes' URL library: `url()`, `isURL()` and the getters. */
export const urlFuncs: CelFunc[] = [
  celFunc("url", [STRING], U, (s) => {
    const u = parseUrl(s);
    if (!u)
      throw new Error(`URL parse error during conversion from string: "${s}" is not an absolute URI or path`);
    return UrlType.wrap(u);
  }),
  celFunc("isURL", [STRING], BOOL, (s) => parseUrl(s) !== undefined),
  celMethod("getScheme", U, [], STRING, function () {
    return self(this).scheme;
  }),
  celMethod("getHost", U, [], STRING, function () {
    return self(this).host;
  }),
  celMethod("getHostname", U, [], STRING, function () {
    return self(this).hostname;
  }),
  celMethod("getPort", U, [], STRING, function () {
    return self(this).port;
  }),
  celMethod("getEscapedPath", U, [], STRING, function () {
    return self(this).escapedPath;
  }),
  celMethod("getQuery", U, [], mapType(STRING, listType(STRING)), function () {
    return query(self(this).rawQuery);
  }),
];
