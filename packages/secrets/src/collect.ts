import type { Allowlist } from "./gitleaks.js";
import { allowlisted } from "./gitleaks.js";
import { redact, scrubber, secretSha256 } from "./redact.js";
import { TOOL, type RawMatch, type SecretFinding } from "./types.js";

/** Where a credential was found, in terms of the repository. */
export interface Location {
  path: string;
  /** 1-based line in the file (as of `commit` in diff mode). */
  line: number;
  column?: number;
  commit?: string;
  /** The overlay or target the file belongs to, for summaries. */
  target?: string;
}

/**
 * Turns raw matches into redacted findings. It is the only place a secret
 * value and a finding meet: the finding gets at most 4 characters of it and
 * its sha256; the value itself goes only to `onSecret` (log masking).
 */
export class FindingCollector {
  readonly findings: SecretFinding[] = [];
  /** How many matches a gitleaks allowlist accepted. */
  allowlisted = 0;
  private readonly seen = new Set<string>();
  private readonly secrets = new Set<string>();

  constructor(
    private readonly allowlists: readonly Allowlist[],
    private readonly onSecret?: (secret: string) => void,
  ) {}

  /**
   * Records a credential. `once` decides what counts as a repeat: in a full
   * scan each line is its own finding; in diff mode a secret is reported in
   * the first commit that added it.
   */
  credential(m: RawMatch, at: Location, once: "per-line" | "per-file"): void {
    if (!this.secrets.has(m.secret)) {
      this.secrets.add(m.secret);
      this.onSecret?.(m.secret);
    }
    const query = { rule: m.rule.id, path: at.path, secret: m.secret, line: m.lineText };
    if (allowlisted(this.allowlists, at.commit ? { ...query, commit: at.commit } : query, m.match)) {
      this.allowlisted++;
      return;
    }
    const sha = secretSha256(m.secret);
    const key = JSON.stringify([m.rule.id, at.path, sha, once === "per-line" ? at.line : 0]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const length = Array.from(m.secret).length;
    const where = at.commit ? ` added in commit ${at.commit.slice(0, 12)}` : "";
    this.findings.push({
      tool: TOOL,
      rule: m.rule.id,
      severity: m.rule.severity ?? "error",
      message:
        `${m.rule.description} "${redact(m.secret)}" (${length} characters)${where}: revoke and rotate it, ` +
        `then keep it in the secret store and commit only a reference (ExternalSecret)`,
      file: at.path,
      line: at.line,
      ...(at.column ? { column: at.column } : {}),
      ...(at.target ? { target: at.target } : {}),
      secretSha256: sha,
      ...(at.commit ? { commit: at.commit } : {}),
    });
  }

  /** `findings` with any secret seen during the scan scrubbed from every message (a last guard). */
  scrubbed(findings: readonly SecretFinding[]): SecretFinding[] {
    const scrub = scrubber(this.secrets);
    return findings.map((f) => ({ ...f, message: scrub(f.message) }));
  }
}
