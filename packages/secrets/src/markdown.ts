/** Markdown files, whose fenced code blocks are documentation. */
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

/** True when `path` names a Markdown file. */
export function isMarkdown(path: string): boolean {
  return MARKDOWN.test(path);
}

/**
 * 1-based numbers of the lines inside fenced code blocks (```` ``` ```` or
 * `~~~`, CommonMark rules: a fence closes on a line of the same character, at
 * least as long, with nothing after it). The fence lines themselves are
 * outside; an unclosed fence runs to the end of the file.
 */
export function fencedLines(text: string): Set<number> {
  const inside = new Set<number>();
  let fence: string | undefined;
  let n = 0;
  for (const line of text.split("\n")) {
    n++;
    const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ""));
    const run = marker?.[1] ?? "";
    const rest = marker?.[2] ?? "";
    if (fence === undefined) {
      // A backtick fence's info string may not hold a backtick.
      if (marker && !(run.startsWith("`") && rest.includes("`"))) fence = run;
      continue;
    }
    if (marker && run.startsWith(fence.charAt(0)) && run.length >= fence.length && rest.trim() === "") {
      fence = undefined;
      continue;
    }
    inside.add(n);
  }
  return inside;
}
