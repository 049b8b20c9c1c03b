/**
 * CODEOWNERS, read the way GitHub reads it, to request the reviews the
 * promotion needs: gitignore-style patterns, the last matching rule wins,
 * `@org/team` owners are teams and `@user` owners are people.
 */
import { minimatch } from "minimatch";
import type { Tree } from "./tree.js";

export interface CodeownersRule {
  pattern: string;
  /** `@user` or `@org/team`; e-mail owners are dropped (reviews cannot be requested by e-mail). */
  owners: string[];
  line: number;
}

/** Where GitHub looks, in the order it looks. */
export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

/** The rules of the first CODEOWNERS file the repo has, or none. */
export async function loadCodeowners(tree: Tree): Promise<CodeownersRule[]> {
  for (const path of CODEOWNERS_PATHS) {
    const text = await tree.read(path);
    if (text !== undefined) return parseCodeowners(text);
  }
  return [];
}

/** Parses CODEOWNERS text. Comments (`#` at a line start or after a space) and blank lines are skipped. */
export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") return;
    const [pattern = "", ...owners] = line.split(/\s+/);
    rules.push({ pattern, owners: owners.filter((o) => o.startsWith("@")), line: i + 1 });
  });
  return rules;
}

/** The owners of `path` (relative to the repo root): those of the last rule that matches. */
export function ownersOf(rules: readonly CodeownersRule[], path: string): string[] {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule && matches(rule.pattern, path)) return rule.owners;
  }
  return [];
}

/**
 * Who to ask for review of `paths`: people as `reviewers`, teams as
 * `teamReviewers` (slugs, as the API wants them). `exclude` (the PR author)
 * is never asked, since GitHub refuses a review request to the author.
 */
export function reviewersFor(
  rules: readonly CodeownersRule[],
  paths: readonly string[],
  exclude: readonly string[] = [],
): { reviewers: string[]; teamReviewers: string[] } {
  const skip = new Set(exclude.map((e) => e.toLowerCase()));
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const path of paths) {
    for (const owner of ownersOf(rules, path)) {
      const name = owner.slice(1);
      const slash = name.indexOf("/");
      if (slash !== -1) teams.add(name.slice(slash + 1));
      else if (!skip.has(name.toLowerCase())) users.add(name);
    }
  }
  return { reviewers: [...users].sort(), teamReviewers: [...teams].sort() };
}

/**
 * gitignore semantics as GitHub documents them for CODEOWNERS: a pattern
 * with a slash before its end is anchored at the root, others match at any
 * depth; a match on a folder covers everything below it, except that a
 * trailing `*` (`docs/*`) matches only files directly inside.
 */
function matches(pattern: string, path: string): boolean {
  let p = pattern.replace(/\\#/g, "#");
  const anchored = p.startsWith("/") || p.slice(0, -1).includes("/");
  p = p.replace(/^\/+/, "").replace(/\/+$/, "");
  if (p === "") return false;
  const base = anchored ? p : `**/${p}`;
  const options = { dot: true, nocomment: true, nonegate: true };
  if (minimatch(path, base, options)) return true;
  const last = p.split("/").at(-1) ?? "";
  return !last.includes("*") && minimatch(path, `${base}/**`, options);
}
