import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, TomlError } from "smol-toml";
import { messageOf, UserError } from "../../core/src/index.js";
import { parseAllowlist, type Allowlist } from "./allowlist.js";
import { int, num, str, strings, tables } from "./toml-values.js";
import { goRegex } from "./go-regex.js";

export { allowlisted, type Allowlist, type AllowlistQuery } from "./allowlist.js";
import type { SecretRule } from "./types.js";

/** What a `.gitleaks.toml` adds: custom rules and allowlists. */
export interface GitleaksConfig {
  file: string;
  rules: SecretRule[];
  allowlists: Allowlist[];
}

/**
 * Loads `.gitleaks.toml` (or the configured path) when it exists, so teams
 * migrating from gitleaks keep their custom rules (`id`, `description`,
 * `regex`, `secretGroup`, `entropy`, `keywords`, `path`) and allowlists
 * (global `[allowlist]`/`[[allowlists]]` and per rule, with `paths`,
 * `regexes`, `regexTarget`, `stopwords`, `commits`, `condition`). Go regex
 * syntax is translated; what cannot be is a `UserError` naming the rule.
 */
export function loadGitleaksConfig(repo: string, relPath: string): GitleaksConfig | undefined {
  const abs = join(repo, relPath);
  if (!existsSync(abs)) return undefined;
  let doc: Record<string, unknown>;
  try {
    doc = parse(readFileSync(abs, "utf8"));
  } catch (err) {
    const line = err instanceof TomlError ? err.line : undefined;
    throw new UserError(
      `${relPath}${line ? `:${line}` : ""}: invalid TOML: ${firstLine(messageOf(err))}`,
      relPath,
      line,
    );
  }
  const rules: SecretRule[] = [];
  const allowlists: Allowlist[] = [];
  for (const raw of tables(doc.allowlist, relPath, "allowlist"))
    allowlists.push(parseAllowlist(raw, relPath, "allowlist", []));
  for (const raw of tables(doc.allowlists, relPath, "allowlists")) {
    allowlists.push(
      parseAllowlist(raw, relPath, "allowlists", strings(raw.targetRules, relPath, "allowlists.targetRules")),
    );
  }
  tables(doc.rules, relPath, "rules").forEach((raw, i) => {
    const id = typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
    if (!id) throw new UserError(`${relPath}: rules[${i}] needs an "id"`, relPath);
    const where = `rule "${id}"`;
    const regex =
      raw.regex === undefined
        ? undefined
        : goRegex(str(raw.regex, relPath, `${where} regex`), `${relPath}: ${where} regex`);
    const path =
      raw.path === undefined
        ? undefined
        : goRegex(str(raw.path, relPath, `${where} path`), `${relPath}: ${where} path`);
    if (!regex && !path) throw new UserError(`${relPath}: ${where} needs a "regex" or a "path"`, relPath);
    const rule: SecretRule = {
      id,
      description: typeof raw.description === "string" && raw.description !== "" ? raw.description : id,
      keywords: strings(raw.keywords, relPath, `${where} keywords`).map((k) => k.toLowerCase()),
      // A path-only rule reports the file itself: match its first line.
      regex: regex ?? /^.{0,80}/,
      scope: "file",
      keepPlaceholders: false,
      ...(path ? { path } : {}),
    };
    if (raw.secretGroup !== undefined)
      rule.secretGroup = int(raw.secretGroup, relPath, `${where} secretGroup`);
    if (raw.entropy !== undefined) rule.entropy = num(raw.entropy, relPath, `${where} entropy`);
    const own = [
      ...tables(raw.allowlist, relPath, `${where} allowlist`),
      ...tables(raw.allowlists, relPath, `${where} allowlists`),
    ];
    for (const a of own) allowlists.push(parseAllowlist(a, relPath, `${where} allowlist`, [id]));
    rules.push(rule);
  });
  return { file: relPath, rules, allowlists };
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? "";
}
