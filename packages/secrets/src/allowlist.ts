import { UserError } from "../../core/src/index.js";
import { strings } from "./toml-values.js";
import { goRegex } from "./go-regex.js";

/** A gitleaks allowlist: what it matches, and how its conditions combine. */
export interface Allowlist {
  /** Rule ids it applies to; empty means every rule. */
  targetRules: string[];
  condition: "OR" | "AND";
  paths: RegExp[];
  regexes: RegExp[];
  /** What `regexes` test: the secret (default), the whole match, or the line. */
  regexTarget: "secret" | "match" | "line";
  stopwords: string[];
  commits: string[];
}

/** What an allowlist is asked about one finding. */
export interface AllowlistQuery {
  rule: string;
  path: string;
  secret: string;
  line: string;
  commit?: string;
}

/** True when an allowlist accepts the finding described by `q`. */
export function allowlisted(lists: readonly Allowlist[], q: AllowlistQuery, match = q.secret): boolean {
  return lists.some((a) => {
    if (a.targetRules.length > 0 && !a.targetRules.includes(q.rule)) return false;
    const target = a.regexTarget === "line" ? q.line : a.regexTarget === "match" ? match : q.secret;
    const checks: boolean[] = [];
    if (a.paths.length) checks.push(a.paths.some((r) => r.test(q.path)));
    if (a.regexes.length) checks.push(a.regexes.some((r) => r.test(target)));
    if (a.stopwords.length)
      checks.push(a.stopwords.some((w) => q.secret.toLowerCase().includes(w.toLowerCase())));
    if (a.commits.length)
      checks.push(q.commit !== undefined && a.commits.some((c) => q.commit?.startsWith(c)));
    if (checks.length === 0) return false;
    return a.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
  });
}

export function parseAllowlist(
  raw: Record<string, unknown>,
  file: string,
  where: string,
  targetRules: string[],
): Allowlist {
  const regexTarget = raw.regexTarget ?? "secret";
  if (regexTarget !== "secret" && regexTarget !== "match" && regexTarget !== "line") {
    throw new UserError(`${file}: ${where} regexTarget must be "secret", "match" or "line"`, file);
  }
  const condition = typeof raw.condition === "string" ? raw.condition.toUpperCase() : "OR";
  if (condition !== "OR" && condition !== "AND")
    throw new UserError(`${file}: ${where} condition must be OR or AND`, file);
  return {
    targetRules,
    condition,
    paths: strings(raw.paths, file, `${where} paths`).map((p) => goRegex(p, `${file}: ${where} paths`)),
    regexes: strings(raw.regexes, file, `${where} regexes`).map((p) =>
      goRegex(p, `${file}: ${where} regexes`),
    ),
    regexTarget,
    stopwords: strings(raw.stopwords, file, `${where} stopwords`),
    commits: strings(raw.commits, file, `${where} commits`),
  };
}
