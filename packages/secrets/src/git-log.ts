/** The lines one commit added to one file, as a text the engine can scan. */
export interface AddedFragment {
  commit: string;
  path: string;
  /** The added lines joined with `\n`. */
  text: string;
  /** `lines[i]` is the line in the file (as of `commit`) of the fragment's line `i + 1`. */
  lines: number[];
}

/** What a range's log adds up to. */
export interface ParsedLog {
  commits: string[];
  fragments: AddedFragment[];
  /** Every file a commit of the change modified or added (deleted ones excluded). */
  paths: string[];
  /** Files a commit changed as binary (git shows no lines for them). */
  binaryFiles: number;
}

/** Parses `git log -p --unified=0` output into added-line fragments per commit and file. */
export function parseLog(out: string): ParsedLog {
  const commits: string[] = [];
  const paths = new Set<string>();
  const fragments: AddedFragment[] = [];
  let binaryFiles = 0;
  let commit = "";
  let path: string | undefined;
  let current: { text: string[]; lines: number[] } | undefined;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  const flush = () => {
    if (current && path !== undefined && current.lines.length > 0) {
      fragments.push({ commit, path, text: current.text.join("\n"), lines: current.lines });
    }
    current = undefined;
  };
  for (const raw of out.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      // Inside a hunk every line is content, even one that reads like a header.
      if (raw.startsWith("+")) {
        current?.text.push(raw.slice(1).replace(/\r$/, ""));
        current?.lines.push(newLine++);
        newLeft--;
      } else if (raw.startsWith("-")) {
        oldLeft--;
      }
      continue;
    }
    if (raw.startsWith("\u0001")) {
      flush();
      commit = raw.slice(1).trim();
      commits.push(commit);
      path = undefined;
    } else if (raw.startsWith("diff --git ")) {
      flush();
      path = undefined;
    } else if (raw.startsWith("+++ ")) {
      // git ends the name with a tab when it holds a space (for GNU patch); a real tab would be quoted.
      const target = unquoteGitPath(raw.slice(4).replace(/\t$/, ""));
      path = target === "/dev/null" ? undefined : target.replace(/^b\//, "");
      if (path !== undefined) paths.add(path);
      current = { text: [], lines: [] };
    } else if (raw.startsWith("Binary files ")) {
      binaryFiles++;
    } else {
      const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(raw);
      if (hunk) {
        oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
        newLine = Number(hunk[2]);
        newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
      }
    }
  }
  flush();
  return { commits, fragments, paths: [...paths].sort(), binaryFiles };
}

/** git's C-style quoting of unusual paths (`"b/t\303\251st\tx"`), undone. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const body = text.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body.charAt(++i);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
