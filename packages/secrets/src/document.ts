import { ALLOW_MARKERS } from "./allow.js";
import { fencedLines } from "./markdown.js";
import { suppressedLines } from "./suppress.js";

/** The scanned bytes as lines and text, decoded only as far as a match needs. */
export class Document {
  private full: string | undefined;
  private textStarts: number[] | undefined;
  private readonly lines = new Map<number, string>();
  /** Byte offsets of the lines located so far. */
  private readonly starts = new Map<number, number>();
  private suppressedSet: Set<number> | undefined;
  private fencedSet: Set<number> | undefined;
  /** Per line: whether it is ASCII, and the last byte offset turned into a column (anchors come in order). */
  private readonly ascii = new Map<number, boolean>();
  private readonly lastColumn = new Map<number, { at: number; column: number }>();
  private readonly allowedLines = new Map<number, boolean>();

  constructor(
    private readonly bytes: Buffer,
    private readonly contextText?: () => string,
    private readonly fileLines?: readonly number[],
  ) {}

  text(): string {
    return (this.full ??= this.bytes.toString("utf8"));
  }

  context(): string {
    return this.contextText ? this.contextText() : this.text();
  }

  /** Line `n` (1-based) without its line break; `start` is its byte offset when known. */
  line(n: number, start?: number): string | undefined {
    const cached = this.lines.get(n);
    if (cached !== undefined) return cached;
    const from = start ?? this.lineStart(n);
    if (from === undefined || from > this.bytes.length) return undefined;
    let end = this.bytes.indexOf(10, from);
    if (end < 0) end = this.bytes.length;
    const text = this.bytes.toString("utf8", from, end > from && this.bytes[end - 1] === 13 ? end - 1 : end);
    this.lines.set(n, text);
    this.starts.set(n, from);
    if (end < this.bytes.length) this.starts.set(n + 1, end + 1);
    return text;
  }

  /** The UTF-16 offset within line `n` (starting at byte `lineStart`) of the byte at `at`. */
  column(n: number, lineStart: number, at: number): number {
    // An ASCII line decodes one character per byte; only other lines need decoding to count.
    // Both facts are kept per line: measured anew per keyword, a 20 MB line costs 20 MB a keyword.
    let ascii = this.ascii.get(n);
    if (ascii === undefined) {
      const text = this.line(n, lineStart) ?? "";
      ascii = Buffer.byteLength(text, "utf8") === text.length;
      this.ascii.set(n, ascii);
    }
    if (ascii) return at - lineStart;
    const last = this.lastColumn.get(n);
    const from = last && last.at <= at ? last : { at: lineStart, column: 0 };
    const column = from.column + this.bytes.toString("utf8", from.at, at).length;
    this.lastColumn.set(n, { at, column });
    return column;
  }

  /** 1-based line and column of a UTF-16 offset into {@link text}. */
  position(offset: number): [number, number] {
    const starts = this.textLineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - (starts[lo] as number) + 1];
  }

  /** True when the line, or a comment line right above it, carries an allow marker. */
  allowed(n: number): boolean {
    // Kept per line: a long line with many matches must be searched once, not once per match.
    let allowed = this.allowedLines.get(n);
    if (allowed === undefined) {
      const here = this.line(n) ?? "";
      const above = n > 1 ? (this.line(n - 1) ?? "") : "";
      allowed =
        ALLOW_MARKERS.some((m) => here.includes(m)) ||
        (/^\s*(?:#|\/\/)/.test(above) && ALLOW_MARKERS.some((m) => above.includes(m)));
      this.allowedLines.set(n, allowed);
    }
    return allowed;
  }

  /** True inside SealedSecret `encryptedData`, which is ciphertext, not a secret. */
  suppressed(n: number): boolean {
    this.suppressedSet ??= suppressedLines(this.context());
    return this.suppressedSet.has(this.fileLines?.[n - 1] ?? n);
  }

  /** True inside a Markdown fenced code block (the caller knows the file is Markdown). */
  fenced(n: number): boolean {
    this.fencedSet ??= fencedLines(this.context());
    return this.fencedSet.has(this.fileLines?.[n - 1] ?? n);
  }

  /** Byte offset where line `n` starts, found from the nearest line already located. */
  private lineStart(n: number): number | undefined {
    const known = this.starts.get(n);
    if (known !== undefined) return known;
    const after = this.starts.get(n + 1);
    if (after !== undefined && after > 0) {
      const start = this.bytes.lastIndexOf(10, after - 2) + 1;
      this.starts.set(n, start);
      return start;
    }
    let line = 1;
    let at = 0;
    for (const [l, s] of this.starts) {
      if (l <= n && l > line) {
        line = l;
        at = s;
      }
    }
    while (line < n) {
      const nl = this.bytes.indexOf(10, at);
      if (nl < 0) return undefined;
      at = nl + 1;
      line++;
    }
    this.starts.set(n, at);
    return at;
  }

  private textLineStarts(): number[] {
    if (this.textStarts) return this.textStarts;
    const text = this.text();
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return (this.textStarts = starts);
  }
}
