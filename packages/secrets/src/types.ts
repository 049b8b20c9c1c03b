import type { Finding, Severity } from "../../core/src/index.js";

/** The `tool` of every finding this package produces. */
export const TOOL = "secrets";

/** What a rule's validator may look at besides the match itself. */
export interface RuleContext {
  /** Repo-relative path of the scanned file, `/`-separated. */
  path: string;
  /** The whole text of the file (or the diff fragment), decoded on first use. */
  text(): string;
}

/** Where a rule's regex runs once a keyword selects it. */
export type RuleScope =
  /** The line holding the keyword. */
  | "line"
  /** That line and the next (`- name: DB_PASSWORD` then `value: ...`). */
  | "line+next"
  /** The whole file (multi-line secrets such as PEM keys). */
  | "file";

/**
 * One credential detector. Rules are data: the engine runs the regex only
 * where one of the keywords occurs, so adding a rule adds no cost to files
 * that do not mention it.
 */
export interface SecretRule {
  /** Stable id, used in findings, SARIF, ignore entries and baselines. */
  id: string;
  /** What was found, e.g. `GitHub personal access token (classic)`. */
  description: string;
  /**
   * Lower-case ASCII strings, one of which occurs wherever the secret does.
   * Matching is case-insensitive. An empty list means the rule runs on every file.
   */
  keywords: readonly string[];
  /** The detector. Flags `g` and `d` are added when compiled. */
  regex: RegExp;
  /** The capture group(s) holding the secret (the first that matched); default: the first group that matched, else the whole match. */
  secretGroup?: number | readonly number[];
  scope?: RuleScope;
  /**
   * Run the regex only where a keyword occurs, as a sticky match (the cheap
   * way for keywords that are common in ordinary text): `keyword` starts it
   * at the keyword, `key` at the start of the key name holding the keyword
   * (and only when that key is followed by `:` or `=`), `scheme` at the
   * start of the URL scheme before a `://` keyword. Line scopes only.
   */
  anchor?: "keyword" | "key" | "scheme";
  /** Least Shannon entropy (bits per character) the secret must have. */
  entropy?: number;
  /** Drops what the regex cannot rule out. Return true to keep the match. */
  validate?: (secret: string, match: RegExpExecArray, ctx: RuleContext) => boolean;
  /** The canonical form of a secret, for its hash and shown prefix (a PEM body without line breaks). */
  normalize?: (secret: string) => string;
  /**
   * The secret is whatever a secret-like key is assigned (keyword and entropy
   * rules), not a provider's exact token format. Such values may be code
   * (`h.dbPassword`, `process.env.TOKEN`) or file paths, which are dropped
   * (see `lookAlike`), and inside Markdown fenced code blocks they are
   * documentation, not scanned.
   */
  assigned?: boolean;
  /** Skip the shared placeholder and example filters (a custom rule may want to see everything). */
  keepPlaceholders?: boolean;
  /** Default `error`. */
  severity?: Severity;
  /** Only files whose path matches (gitleaks `path`). */
  path?: RegExp;
}

/** A credential the engine found, before redaction. Never leaves this package whole. */
export interface RawMatch {
  rule: SecretRule;
  secret: string;
  /** 1-based line of the secret's first character, in the scanned text. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** The whole regex match and the line it starts on, for gitleaks allowlists (`regexTarget`). */
  match: string;
  lineText: string;
}

/**
 * A finding of the secret scan: the shared `Finding` plus what makes an
 * ignore entry or a baseline match it. It never holds the secret.
 */
export interface SecretFinding extends Finding {
  /** sha256 (hex) of the secret, for the ignore file and baselines. Credential rules only. */
  secretSha256?: string;
  /** The commit that added the secret (diff mode). */
  commit?: string;
}
