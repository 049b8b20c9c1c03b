import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Where GitHub looks for CODEOWNERS, in the order it looks: the first that exists is used and the
 * others are ignored ("About code owners").
 */
export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

/** GitHub does not load a CODEOWNERS file of this size or more. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

/** One line GitHub uses: a pattern and its owners (none: the matching paths are unowned). */
export interface CodeownersRule {
  /** 1-based line in the file. */
  line: number;
  pattern: string;
  /** As written, e.g. `@org/team`, `@user`, `user@example.com`. */
  owners: string[];
  regex: RegExp;
}

/**
 * A line GitHub skips, as its `GET /repos/{owner}/{repo}/codeowners/errors` reports it: `kind` is
 * GitHub's ("Invalid pattern", "Invalid owner"), line and column are 1-based.
 */
export interface CodeownersError {
  line: number;
  column: number;
  kind: "Invalid pattern" | "Invalid owner";
  /** The line as written. */
  source: string;
  message: string;
  suggestion?: string;
}

export interface Codeowners {
  /** Repo-relative path of the file GitHub uses. */
  file: string;
  /** Rules in file order; the last one that matches a path wins. */
  rules: CodeownersRule[];
  errors: CodeownersError[];
}

/** `@user`: a GitHub login (letters, digits, single hyphens inside). */
const USER = /^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$/;
/** `@org/team`: an organization login and a team slug. */
const TEAM = /^@[A-Za-z0-9](?:-?[A-Za-z0-9])*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** An email address added to a GitHub account. */
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** True when `owner` has a form GitHub accepts: `@user`, `@org/team` or an email address. */
export function isOwnerForm(owner: string): boolean {
  return USER.test(owner) || TEAM.test(owner) || EMAIL.test(owner);
}

/** Owners compare case-insensitively, as GitHub logins and team slugs do. */
export function sameOwner(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The repo-relative path of the CODEOWNERS file GitHub uses, and those it ignores. */
export function locateCodeowners(repo: string): { file?: string; ignored: string[] } {
  const found = CODEOWNERS_LOCATIONS.filter((p) => {
    const abs = join(repo, p);
    return existsSync(abs) && statSync(abs).isFile();
  });
  return { file: found[0], ignored: found.slice(1) };
}

/** Reads and parses the CODEOWNERS file GitHub would use; undefined when there is none. */
export function loadCodeowners(
  repo: string,
): (Codeowners & { ignored: string[]; bytes: number }) | undefined {
  const { file, ignored } = locateCodeowners(repo);
  if (!file) return undefined;
  const bytes = readFileSync(join(repo, file));
  return { ...parseCodeowners(bytes.toString("utf8"), file), ignored, bytes: bytes.length };
}

/**
 * Parses CODEOWNERS text by GitHub's rules: blank lines and lines starting with `#` are skipped, a
 * `#` that starts a word begins a comment, the first word is a gitignore-style pattern and the rest
 * are owners. A line with no owners is kept: it makes its paths unowned. A line GitHub rejects
 * (negation, character ranges, `\#`, an owner of the wrong form ...) is skipped and reported.
 */
export function parseCodeowners(text: string, file = "CODEOWNERS"): Codeowners {
  const rules: CodeownersRule[] = [];
  const errors: CodeownersError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((source, index) => {
    const line = index + 1;
    const words = splitWords(source);
    const first = words[0];
    if (!first || first.text.startsWith("#")) return;
    const owners = words.slice(1);
    const commentAt = owners.findIndex((w) => w.text.startsWith("#"));
    if (commentAt >= 0) owners.splice(commentAt);
    const lineErrors: CodeownersError[] = [];
    const problem = patternProblem(first.text);
    if (problem) {
      lineErrors.push({
        line,
        column: first.column + problem.offset,
        kind: "Invalid pattern",
        source,
        message: `Invalid pattern on line ${line}: ${problem.message}`,
        ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
      });
    }
    for (const owner of owners) {
      if (isOwnerForm(owner.text)) continue;
      lineErrors.push({
        line,
        column: owner.column,
        kind: "Invalid owner",
        source,
        message: `Invalid owner on line ${line}: "${owner.text}" is not @user, @org/team or an email address`,
        ...(/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/.test(owner.text) ? { suggestion: `@${owner.text}` } : {}),
      });
    }
    if (lineErrors.length > 0) {
      errors.push(...lineErrors);
      return;
    }
    rules.push({
      line,
      pattern: first.text,
      owners: owners.map((o) => o.text),
      regex: compilePattern(first.text),
    });
  });
  return { file, rules, errors };
}

/** The rule that decides who owns `path` (repo-relative, `/` separators): the last that matches. */
export function ownerRule(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i -= 1) {
    const rule = codeowners.rules[i];
    if (rule?.regex.test(path)) return rule;
  }
  return undefined;
}

interface Word {
  text: string;
  /** 1-based column of its first character. */
  column: number;
}

/** Splits a line on unescaped spaces and tabs; `\ ` keeps a space inside a pattern. */
function splitWords(source: string): Word[] {
  const words: Word[] = [];
  let text = "";
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === "\\" && i + 1 < source.length) {
      if (text === "") start = i;
      text += ch + source.charAt(i + 1);
      i += 1;
    } else if (ch === " " || ch === "\t") {
      if (text !== "") words.push({ text, column: start + 1 });
      text = "";
    } else {
      if (text === "") start = i;
      text += ch;
    }
  }
  if (text !== "") words.push({ text, column: start + 1 });
  return words;
}

/** Why GitHub rejects a pattern, with the offset of the offending character in it. */
function patternProblem(
  pattern: string,
): { offset: number; message: string; suggestion?: string } | undefined {
  if (pattern.startsWith("\\#"))
    return { offset: 0, message: "escaping a leading # with \\ is not supported in CODEOWNERS" };
  if (pattern.startsWith("!")) return { offset: 0, message: "negation (!) is not supported in CODEOWNERS" };
  const range = pattern.search(/[[\]]/);
  if (range >= 0) return { offset: range, message: "character ranges ([ ]) are not supported in CODEOWNERS" };
  const stars = pattern.indexOf("***");
  if (stars >= 0) return { offset: stars, message: "three consecutive asterisks are not a pattern" };
  if (pattern === "/")
    return {
      offset: 0,
      message: "the pattern / matches nothing",
      suggestion: "The pattern `/` will never match anything, did you mean `*` instead?",
    };
  return undefined;
}

/**
 * Compiles a CODEOWNERS pattern to a regular expression over repo-relative file paths.
 *
 * Written here rather than taken from minimatch, whose globs are not gitignore patterns: a pattern
 * with no inner `/` matches at any depth (minimatch's matchBase only does that for slash-free
 * patterns), a match of a folder owns every path below it, a trailing `/` matches folders only, and
 * minimatch's `[a-z]`, `!`, `{a,b}` and extglobs would have to be switched off one by one because
 * GitHub supports none of them. As GitHub documents, `docs/*` owns the files directly in `docs/`
 * and not those further down.
 */
export function compilePattern(pattern: string): RegExp {
  let body = pattern;
  const folderOnly = body.length > 1 && body.endsWith("/");
  if (folderOnly) body = body.slice(0, -1);
  let anchored = body.includes("/");
  if (body.startsWith("/")) {
    body = body.slice(1);
    anchored = true;
  }
  const segments = body.split("/");
  if (!anchored && segments[0] !== "**") segments.unshift("**");
  let re = "";
  segments.forEach((segment, i) => {
    const first = i === 0;
    const last = i === segments.length - 1;
    if (segment === "**") {
      if (first && last) re += ".+";
      else if (first) re += "(?:.+/)?";
      else if (last) re += "/.+";
      else re += "(?:/.+)?";
      return;
    }
    // A leading `**` brings its own trailing slash; every other joint needs one.
    if (!first && !(i === 1 && segments[0] === "**")) re += "/";
    re += segment === "*" ? "[^/]+" : segmentRegex(segment);
    if (last) {
      if (folderOnly) re += "/.+";
      // `docs/*` owns the files in docs/, not those in its subfolders (GitHub's documented example).
      else if (segment !== "*") re += "(?:/.+)?";
    }
  });
  return new RegExp(`^${re}$`, "s");
}

/** One path segment: `*` and `?` stay within the segment, `\x` is a literal x. */
function segmentRegex(segment: string): string {
  let re = "";
  for (let i = 0; i < segment.length; i += 1) {
    const ch = segment.charAt(i);
    if (ch === "\\" && i + 1 < segment.length) {
      i += 1;
      re += escapeRegex(segment.charAt(i));
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += escapeRegex(ch);
  }
  return re;
}

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
