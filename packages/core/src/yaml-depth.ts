/**
 * The first line where YAML text nests flow collections (`[`, `{`) or compact block sequences
 * (`- - - x`) more than `max` levels deep, or undefined. A character scan, not a parse: the
 * `yaml` parser spends seconds on 100,000 levels and its composer then overflows the stack, so
 * the careful loader refuses such text before parsing it. Nesting by indentation is not counted:
 * it needs a longer line per level, so the size cap bounds it. Quoted scalars, comments and
 * block scalars (`|`, `>`) are skipped, so brackets in text do not count; the scan may still
 * over-count a bracket inside an odd plain scalar, which only matters hundreds of times over.
 */
export function tooDeepAt(text: string, max: number): number | undefined {
  const s = new DepthScan(max);
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    if (s.line(lines[n] ?? "")) return n + 1;
  }
  return undefined;
}

/** Scanner state carried from line to line. */
class DepthScan {
  /** Open flow collections. */
  private flow = 0;
  /** Inside a quoted scalar (they may span lines). */
  private quote: "'" | '"' | undefined;
  /** Indent of the line that opened a block scalar, -1 outside one. */
  private blockIndent = -1;
  /** At a place where a value (and so a flow collection or quote) may start. */
  private valueStart = true;

  constructor(private readonly max: number) {}

  /** Scans one line; true when it nests too deep. */
  line(text: string): boolean {
    if (/^(---|\.\.\.)(\s|$)/.test(text)) {
      // A document marker ends whatever the previous document left open.
      this.flow = 0;
      this.quote = undefined;
      this.blockIndent = -1;
      this.valueStart = true;
      return false;
    }
    let i = 0;
    let indent = 0;
    if (this.flow === 0 && this.quote === undefined) {
      while (text[i] === " ") i++;
      indent = i;
      if (this.blockIndent >= 0) {
        if (text.trim() === "" || indent > this.blockIndent) return false;
        this.blockIndent = -1;
      }
      let compact = 0;
      while (isIndicator(text, i)) {
        compact++;
        i++;
        while (text[i] === " " || text[i] === "\t") i++;
      }
      if (compact > this.max) return true;
      this.valueStart = true;
    }
    for (; i < text.length; i++) {
      const c = text[i];
      if (this.quote === "'") {
        if (c === "'") {
          if (text[i + 1] === "'") i++;
          else this.quote = undefined;
        }
        continue;
      }
      if (this.quote === '"') {
        if (c === "\\") i++;
        else if (c === '"') this.quote = undefined;
        continue;
      }
      if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t")) break;
      if (c === " " || c === "\t") continue;
      if (this.flow > 0) {
        if (c === "[" || c === "{") {
          if (++this.flow > this.max) return true;
          this.valueStart = true;
        } else if (c === "]" || c === "}") {
          this.flow--;
          this.valueStart = false;
        } else if (c === "," || c === ":" || c === "?") {
          this.valueStart = true;
        } else if ((c === "'" || c === '"') && this.valueStart) {
          this.quote = c;
        } else {
          this.valueStart = false;
        }
        continue;
      }
      if (this.valueStart) {
        if (c === "[" || c === "{") {
          this.flow = 1;
          this.valueStart = true;
          continue;
        }
        if (c === "'" || c === '"') {
          this.quote = c;
          this.valueStart = false;
          continue;
        }
        if (c === "|" || c === ">") {
          this.blockIndent = indent;
          return false;
        }
        if (c === "&" || c === "!") {
          // An anchor or tag: the value follows it.
          while (i + 1 < text.length && text[i + 1] !== " ") i++;
          continue;
        }
        this.valueStart = false;
      }
      if (c === ":" && (i + 1 === text.length || text[i + 1] === " " || text[i + 1] === "\t")) {
        this.valueStart = true;
      }
    }
    return false;
  }
}

/** `-`, `?` or `:` followed by a space or the end of the line: a block indicator. */
function isIndicator(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "-" && c !== "?" && c !== ":") return false;
  const next = text[i + 1];
  return next === undefined || next === " " || next === "\t";
}
