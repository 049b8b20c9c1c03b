/**
 * Unified diffs for `--dry-run`: what `git diff` would show after the
 * promotion, computed in memory so nothing is written.
 */

type Op = { kind: " " | "-" | "+"; line: string };

/** Above this many cells the middle of a file is shown as replaced rather than aligned line by line. */
const MAX_CELLS = 4_000_000;

/** The diff of planned files, one after another, as `git apply` takes it (new files from /dev/null). */
export function planDiff(
  files: readonly { path: string; before: string; after: string; created?: boolean }[],
): string {
  return files.map((f) => unifiedDiff(f.path, f.before, f.after, 3, f.created)).join("");
}

/** A `--- a/path` / `+++ b/path` unified diff with `context` lines around each change; "" when equal. */
export function unifiedDiff(
  path: string,
  before: string,
  after: string,
  context = 3,
  created = false,
): string {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]?.kind === " ") {
      i++;
      continue;
    }
    // A hunk runs from `context` lines before a change to `context` lines after the last change it absorbs.
    const start = Math.max(0, i - context);
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]?.kind !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next]?.kind === " ") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    hunks.push(hunk(ops, start, stop));
    i = stop;
  }
  const header = created ? "--- /dev/null\n" : `--- a/${path}\n`;
  return `${header}+++ b/${path}\n${hunks.join("")}`;
}

function hunk(ops: Op[], start: number, stop: number): string {
  let oldLine = 1;
  let newLine = 1;
  for (const op of ops.slice(0, start)) {
    if (op.kind !== "+") oldLine++;
    if (op.kind !== "-") newLine++;
  }
  const body = ops.slice(start, stop);
  const oldCount = body.filter((o) => o.kind !== "+").length;
  const newCount = body.filter((o) => o.kind !== "-").length;
  const range = (line: number, count: number) => `${count === 0 ? line - 1 : line},${count}`;
  const lines = body.map(
    (o) => `${o.kind}${o.line.endsWith("\n") ? o.line : `${o.line}\n\\ No newline at end of file\n`}`,
  );
  return `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n${lines.join("")}`;
}

/** Lines with their newline kept, so a missing final newline shows. */
function splitLines(text: string): string[] {
  return text === "" ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}

/** Line operations turning `a` into `b`: the common prefix and suffix, and an LCS of the middle. */
function diffLines(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const same = (lines: string[]): Op[] => lines.map((line) => ({ kind: " ", line }));
  return [...same(a.slice(0, pre)), ...middle(am, bm), ...same(a.slice(a.length - suf))];
}

function middle(a: string[], b: string[]): Op[] {
  const removed = (): Op[] => a.map((line) => ({ kind: "-", line }));
  const added = (): Op[] => b.map((line) => ({ kind: "+", line }));
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_CELLS) return [...removed(), ...added()];
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i++] ?? "" });
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      ops.push({ kind: "-", line: a[i++] ?? "" });
    } else {
      ops.push({ kind: "+", line: b[j++] ?? "" });
    }
  }
  while (i < a.length) ops.push({ kind: "-", line: a[i++] ?? "" });
  while (j < b.length) ops.push({ kind: "+", line: b[j++] ?? "" });
  return ops;
}
