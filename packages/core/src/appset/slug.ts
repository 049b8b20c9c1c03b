/**
 * Argo CD's name helpers: SanitizeName (`normalize`, `*Normalized` params),
 * gosimple/slug's Make (`branch_slug`), and SlugifyName (`slugify`).
 */
import { runes } from "./gotemplate/values.js";
import { mapRunes, trimSpace } from "./sprig/strings.js";

/** utils.SanitizeName: lower-case, `[^-a-z0-9.]` to `-`, at most 253 characters, no `-`/`.` at either end. */
export function sanitizeName(name: string): string {
  let s = mapRunes(name, false).replace(/[^-a-z0-9.]/gu, "-");
  if (s.length > 253) s = s.slice(0, 253);
  return s.replace(/^[-.]+|[-.]+$/g, "");
}

const LANGUAGE_SUB: Record<string, string> = {
  "&": "and",
  "@": "at",
  '"': "",
  "'": "",
  "\u2019": "",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
};

const TRANSLIT: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ł: "l",
  Ł: "L",
  œ: "oe",
  Œ: "OE",
  þ: "th",
  Þ: "TH",
  ð: "d",
  Ð: "D",
  ı: "i",
};

/** An approximation of unidecode: accents dropped, a few letters spelled out, other non-ASCII removed. */
function unidecode(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFKD").replace(/\p{M}/gu, "")) {
    if ((ch.codePointAt(0) ?? 0) < 0x80) out += ch;
    else out += TRANSLIT[ch] ?? "";
  }
  return out;
}

export interface SlugOptions {
  maxLength: number;
  smartTruncate: boolean;
  /** slug.CustomSub: the pull request generator turns `_` into `-`. */
  customSub?: Record<string, string>;
}

/** gosimple/slug's Make (v1.13+), with the package settings passed in. */
export function slugMake(input: string, opts: SlugOptions): string {
  let s = trimSpace(input);
  for (const key of Object.keys(opts.customSub ?? {}).sort()) {
    s = s.split(key).join(opts.customSub?.[key] ?? "");
  }
  s = runes(s)
    .map((ch) => LANGUAGE_SUB[ch] ?? ch)
    .join("");
  s = unidecode(s).toLowerCase();
  if (!opts.smartTruncate && s.length >= opts.maxLength) s = s.slice(0, opts.maxLength);
  s = s.replace(/[^a-zA-Z0-9_-]/g, "-").replace(/-+/g, "-");
  s = s.replace(/^[-_]+|[-_]+$/g, "");
  if (opts.maxLength > 0 && opts.smartTruncate) s = smartTruncate(s, opts.maxLength);
  return s;
}

function smartTruncate(text: string, max: number): string {
  if (text.length <= max) return text;
  for (let i = max; i >= 0; i--) {
    if (text.charAt(i) === "-") return text.slice(0, i);
  }
  return text.slice(0, max);
}

/** The pull request generator's `branch_slug`: 50 characters at most, `_` as `-`. */
export function branchSlug(branch: string): string {
  return slugMake(branch, { maxLength: 50, smartTruncate: true, customSub: { _: "-" } });
}

/** utils.SlugifyName: sanitize, then slug with an optional length and smart truncation. */
export function slugifyName(name: string, maxLength = 50, smartTruncate = true): string {
  return slugMake(sanitizeName(name), { maxLength, smartTruncate, customSub: { _: "-" } });
}
