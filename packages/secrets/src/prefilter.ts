/**
 * The keyword prefilter: one Aho-Corasick pass over a file's bytes finds every
 * occurrence of every rule keyword at once, so the cost of the pass grows with
 * the bytes scanned, not with bytes × rules. Matching is ASCII
 * case-insensitive; the automaton is a full DFA over byte classes, so the
 * inner loop is one table lookup per byte.
 */
export class KeywordAutomaton {
  /** Byte → class; 0 is "in no keyword". */
  private readonly classOf = new Uint8Array(256);
  private readonly width: number;
  /** Transitions, indexed by (state × width + class); values are pre-multiplied states. */
  private readonly delta: Int32Array;
  /** Payloads of the keywords that end in a state, by pre-multiplied state. */
  private readonly outputs = new Map<number, readonly number[]>();
  private readonly hasOutput: Uint8Array;

  /** `keywords[i]` carries `payloads[i]` (e.g. a rule index). */
  constructor(keywords: readonly string[], payloads: readonly number[]) {
    const words = keywords.map((k) => Buffer.from(k.toLowerCase(), "latin1"));
    let classes = 1;
    for (const w of words) {
      for (const b of w) {
        if (this.classOf[b] === 0) {
          this.classOf[b] = classes;
          if (b >= 0x61 && b <= 0x7a) this.classOf[b - 0x20] = classes;
          classes++;
        }
      }
    }
    if (classes > 255) throw new Error("too many distinct keyword characters");
    this.width = classes;

    // The trie, then failure links breadth-first, then every missing edge filled in.
    const next: number[][] = [new Array<number>(classes).fill(-1)];
    const out: Set<number>[] = [new Set()];
    words.forEach((w, i) => {
      let s = 0;
      for (const b of w) {
        const c = this.classOf[b] ?? 0;
        let t = next[s]?.[c] ?? -1;
        if (t < 0) {
          t = next.length;
          next.push(new Array<number>(classes).fill(-1));
          out.push(new Set());
          (next[s] as number[])[c] = t;
        }
        s = t;
      }
      out[s]?.add(payloads[i] ?? i);
    });
    const fail = new Array<number>(next.length).fill(0);
    const queue: number[] = [];
    const root = next[0] as number[];
    for (let c = 0; c < classes; c++) {
      const t = root[c] ?? -1;
      if (t < 0) root[c] = 0;
      else queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      const row = next[s] as number[];
      const f = fail[s] ?? 0;
      for (const p of out[f] ?? []) out[s]?.add(p);
      for (let c = 0; c < classes; c++) {
        const t = row[c] ?? -1;
        const viaFail = (next[f] as number[])[c] ?? 0;
        if (t < 0) {
          row[c] = viaFail;
        } else {
          fail[t] = viaFail;
          queue.push(t);
        }
      }
    }
    this.delta = new Int32Array(next.length * classes);
    this.hasOutput = new Uint8Array(next.length * classes);
    next.forEach((row, s) => {
      row.forEach((t, c) => (this.delta[s * classes + c] = t * classes));
      const payload = out[s];
      if (payload && payload.size > 0) {
        this.outputs.set(
          s * classes,
          [...payload].sort((a, b) => a - b),
        );
        this.hasOutput[s * classes] = 1;
      }
    });
  }

  /**
   * Calls `onHit` for each keyword occurrence with the payloads of the
   * keywords ending there, the 1-based line, the byte offset where that line
   * starts, and the offset of the keyword's last byte.
   */
  scan(
    bytes: Uint8Array,
    onHit: (payloads: readonly number[], line: number, lineStart: number, end: number) => void,
  ): void {
    const { delta, classOf, hasOutput, outputs } = this;
    let state = 0;
    let line = 1;
    let lineStart = 0;
    const n = bytes.length;
    for (let i = 0; i < n; i++) {
      const b = bytes[i] as number;
      state = delta[state + (classOf[b] as number)] as number;
      if (hasOutput[state] === 1) onHit(outputs.get(state) as readonly number[], line, lineStart, i);
      if (b === 10) {
        line++;
        lineStart = i + 1;
      }
    }
  }
}
