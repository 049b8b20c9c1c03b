import type { SecretRule } from "./types.js";

/** Bytes of key names (`DB_PASSWORD`, `api.key`) and of URL schemes (`git+ssh`). */
const KEY_BYTE = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");
const SCHEME_BYTE = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-");

/**
 * Where an anchored rule's sticky regex starts for a keyword at
 * `[from, end]`, or -1 when the keyword cannot be part of a match: a `key`
 * anchor needs the key to be followed by `:`, `=` or the end of the line
 * (the next line may hold `value:`), so prose mentioning "token" costs nothing.
 */
export function anchorAt(
  bytes: Uint8Array,
  anchor: NonNullable<SecretRule["anchor"]>,
  from: number,
  end: number,
  lineStart: number,
): number {
  if (anchor === "keyword") return from;
  const set = anchor === "key" ? KEY_BYTE : SCHEME_BYTE;
  let start = from;
  while (start > lineStart && set[bytes[start - 1] as number] === 1) start--;
  if (anchor === "scheme") return start;
  let i = end + 1;
  while (i < bytes.length && KEY_BYTE[bytes[i] as number] === 1) i++;
  if (bytes[i] === 0x22 || bytes[i] === 0x27) i++;
  while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
  const b = bytes[i];
  if (b !== 0x3a && b !== 0x3d) {
    // At the end of the line, only `- name: DB_PASSWORD` can go on: its value is on the next line.
    if (b !== undefined && b !== 0x0a && b !== 0x0d) return -1;
    if (!afterNameKey(bytes, start, lineStart)) return -1;
  }
  // Include an opening quote, for `"api_key": "..."`.
  return start > lineStart && (bytes[start - 1] === 0x22 || bytes[start - 1] === 0x27) ? start - 1 : start;
}

/** True when `name:` (and maybe a quote) comes right before `start` on its line. */
function afterNameKey(bytes: Uint8Array, start: number, lineStart: number): boolean {
  let i = start - 1;
  if (i >= lineStart && (bytes[i] === 0x22 || bytes[i] === 0x27)) i--;
  while (i >= lineStart && (bytes[i] === 0x20 || bytes[i] === 0x09)) i--;
  if (i < lineStart + 4 || bytes[i] !== 0x3a) return false;
  return bytes[i - 4] === 0x6e && bytes[i - 3] === 0x61 && bytes[i - 2] === 0x6d && bytes[i - 1] === 0x65;
}

function byteSet(chars: string): Uint8Array {
  const set = new Uint8Array(256);
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return set;
}
