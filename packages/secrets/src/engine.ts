import { anchorAt } from "./anchor.js";
import { Document } from "./document.js";
import { isMarkdown } from "./markdown.js";
import { KeywordAutomaton } from "./prefilter.js";
import type { RawMatch, RuleContext, RuleScope, SecretRule } from "./types.js";
import { lookAlike, shannonEntropy } from "./values.js";

export { ALLOW_MARKERS } from "./allow.js";

interface CompiledRule {
  rule: SecretRule;
  order: number;
  regex: RegExp;
  groups: readonly number[] | undefined;
  scope: RuleScope;
  anchor: SecretRule["anchor"];
}

/** Keyword hits on one line: rules to run over the line, and anchored rules with their start offsets. */
interface LineHits {
  start: number;
  rules: number[];
  anchors: { rule: number; at: number }[];
  /** `rule * 2^32 + at` of each anchor, so a line with a million keywords dedupes in constant time. */
  anchorKeys: Set<number>;
}

/** What the engine scans: bytes, and where to find the whole file when judging context. */
export interface ScanInput {
  /** Repo-relative path, for path-scoped rules and validators. */
  path: string;
  bytes: Buffer;
  /**
   * The whole file the bytes come from, when they are a diff fragment: rules
   * that judge context (is this a kubeconfig? a SealedSecret?) read it.
   * Default: the bytes themselves.
   */
  context?: () => string;
  /** For a diff fragment: the line in the whole file of each fragment line (`lines[i]` for line `i + 1`). */
  lines?: readonly number[];
}

type Found = RawMatch & { order: number; length: number };

/**
 * Compiled credential rules behind one keyword automaton. A file costs one
 * pass over its bytes; a rule's regex runs only on the lines (or, for
 * multi-line secrets, the files) where one of its keywords occurs, and an
 * anchored rule only at the keyword itself.
 */
export class SecretScanner {
  private readonly compiled: CompiledRule[];
  private readonly automaton: KeywordAutomaton;
  /** Per keyword: its rule and its length. */
  private readonly keywordRule: number[] = [];
  private readonly keywordLength: number[] = [];
  /** Rules without keywords: they run on every file. */
  private readonly always: CompiledRule[];

  constructor(rules: readonly SecretRule[]) {
    this.compiled = rules.map((rule, order) => {
      const scope = rule.scope ?? "line";
      const anchor = scope === "file" ? undefined : rule.anchor;
      return {
        rule,
        order,
        regex: new RegExp(rule.regex.source, withFlags(rule.regex.flags, anchor ? "yd" : "gd")),
        groups: rule.secretGroup === undefined ? undefined : [rule.secretGroup].flat(),
        scope,
        anchor,
      };
    });
    const keywords: string[] = [];
    this.compiled.forEach((c, i) => {
      for (const k of c.rule.keywords) {
        keywords.push(k);
        this.keywordRule.push(i);
        this.keywordLength.push(Buffer.byteLength(k, "latin1"));
      }
    });
    this.automaton = new KeywordAutomaton(
      keywords,
      keywords.map((_, i) => i),
    );
    this.always = this.compiled.filter((c) => c.rule.keywords.length === 0);
  }

  /** The rules, in order. */
  get rules(): SecretRule[] {
    return this.compiled.map((c) => c.rule);
  }

  /** Every credential in `input`, most specific rule first where two overlap. */
  scan(input: ScanInput): RawMatch[] {
    const { bytes, path } = input;
    const lineHits = new Map<number, LineHits>();
    const fileRules = new Set<CompiledRule>(this.always);
    this.automaton.scan(bytes, (keywords, line, start, end) => {
      for (const k of keywords) {
        const r = this.keywordRule[k] as number;
        const c = this.compiled[r] as CompiledRule;
        if (c.scope === "file") {
          fileRules.add(c);
          continue;
        }
        const at = c.anchor
          ? anchorAt(bytes, c.anchor, end + 1 - (this.keywordLength[k] as number), end, start)
          : 0;
        if (at < 0) continue;
        let hit = lineHits.get(line);
        if (!hit) lineHits.set(line, (hit = { start, rules: [], anchors: [], anchorKeys: new Set() }));
        if (!c.anchor) {
          if (!hit.rules.includes(r)) hit.rules.push(r);
        } else if (!hit.anchorKeys.has(r * 2 ** 32 + at)) {
          hit.anchorKeys.add(r * 2 ** 32 + at);
          hit.anchors.push({ rule: r, at });
        }
      }
    });
    if (lineHits.size === 0 && fileRules.size === 0) return [];

    const doc = new Document(bytes, input.context, input.lines);
    const ctx: RuleContext = { path, text: () => doc.context() };
    const markdown = isMarkdown(path);
    const found: Found[] = [];
    const consider = (c: CompiledRule, m: RegExpExecArray, locate: (offset: number) => [number, number]) => {
      const group = secretGroup(m, c.groups);
      if (group === undefined) return;
      const raw = m[group] as string;
      const start = m.indices?.[group]?.[0] ?? m.index;
      if (!this.accepts(c, raw, m, ctx, isQuoted(m.input, start, start + raw.length))) return;
      const secret = c.rule.normalize ? c.rule.normalize(raw) : raw;
      const [line, column] = locate(start);
      if (doc.allowed(line) || doc.suppressed(line)) return;
      // A README's code block shows how to configure; only a provider's exact token format there is a leak.
      if (c.rule.assigned && markdown && doc.fenced(line)) return;
      const lineText = doc.line(line) ?? "";
      found.push({
        rule: c.rule,
        secret,
        line,
        column,
        match: m[0],
        lineText,
        order: c.order,
        length: raw.length,
      });
    };

    for (const [line, hit] of lineHits) {
      const text = doc.line(line, hit.start) ?? "";
      // Built once per line: joined anew for each anchor, a 20 MB line would be copied per keyword.
      let withNext: string | undefined;
      const window = (c: CompiledRule) =>
        c.scope === "line+next" ? (withNext ??= `${text}\n${doc.line(line + 1) ?? ""}`) : text;
      const locate = (offset: number): [number, number] =>
        offset <= text.length ? [line, offset + 1] : [line + 1, offset - text.length];
      for (const r of hit.rules) {
        const c = this.compiled[r] as CompiledRule;
        if (c.rule.path && !c.rule.path.test(path)) continue;
        for (const m of matchAll(c.regex, window(c))) consider(c, m, locate);
      }
      for (const { rule, at } of hit.anchors) {
        const c = this.compiled[rule] as CompiledRule;
        if (c.rule.path && !c.rule.path.test(path)) continue;
        c.regex.lastIndex = doc.column(line, hit.start, at);
        const m = c.regex.exec(window(c));
        if (m) consider(c, m, locate);
      }
    }
    for (const c of fileRules) {
      if (c.rule.path && !c.rule.path.test(path)) continue;
      for (const m of matchAll(c.regex, doc.text())) consider(c, m, (offset) => doc.position(offset));
    }
    return dropOverlaps(found);
  }

  private accepts(
    c: CompiledRule,
    secret: string,
    m: RegExpExecArray,
    ctx: RuleContext,
    quoted: boolean,
  ): boolean {
    const { rule } = c;
    if (secret === "") return false;
    if (!rule.keepPlaceholders && lookAlike(secret, { assigned: rule.assigned === true, quoted }))
      return false;
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return false;
    return rule.validate ? rule.validate(secret, m, ctx) : true;
  }
}

/** Index of the first match in `row` (sorted, disjoint) that ends after `column`. */
function firstEndingAfter(row: readonly Found[], column: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = row[mid] as Found;
    if (m.column + m.length <= column) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the text at `[start, end)` of `text` stands between a matching pair of quotes. */
function isQuoted(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  return (before === '"' || before === "'" || before === "`") && text.charAt(end) === before;
}

function withFlags(flags: string, add: string): string {
  return flags.replace(/[gyd]/g, "") + add;
}

function* matchAll(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0] === "") regex.lastIndex++;
    yield m;
  }
}

function secretGroup(m: RegExpExecArray, groups: readonly number[] | undefined): number | undefined {
  if (groups) return groups.find((g) => m[g] !== undefined);
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return g;
  return 0;
}

/** Keeps the earliest rule's match where two matches share a line and overlap. */
function dropOverlaps(found: Found[]): RawMatch[] {
  const kept: Found[] = [];
  // Per line, the kept matches by column: they never overlap, so a binary search finds the only
  // two a new match could overlap (one long line may hold a hundred thousand matches).
  const byLine = new Map<number, Found[]>();
  for (const f of [...found].sort((a, b) => a.order - b.order || a.line - b.line || a.column - b.column)) {
    let row = byLine.get(f.line);
    if (!row) byLine.set(f.line, (row = []));
    const i = firstEndingAfter(row, f.column);
    const next = row[i];
    if (next && next.column < f.column + f.length) continue;
    row.splice(i, 0, f);
    kept.push(f);
  }
  return kept
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(({ rule, secret, line, column, match, lineText }) => ({
      rule,
      secret,
      line,
      column,
      match,
      lineText,
    }));
}
