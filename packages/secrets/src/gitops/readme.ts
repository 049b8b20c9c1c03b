import type { SecretFinding } from "../types.js";
import type { Overlay } from "./context.js";
import { finding, type ProvidedKey } from "./manifests.js";
import type { KeyTemplate } from "./template.js";

/** One documented secret: ``- `KEY` from `platform/<svc>/<env>` ``. */
export interface DocumentedSecret {
  name: string;
  /** The store path, without `vault://` and `#property`, when the line gives one. */
  path?: string;
  line: number;
}

/** The "Required secrets" list of an overlay README; undefined when it has none. */
export function parseRequiredSecrets(text: string): DocumentedSecret[] | undefined {
  const lines = text.split(/\r?\n/);
  let level = 0;
  let inSection = false;
  let found = false;
  const items: DocumentedSecret[] = [];
  for (const [i, line] of lines.entries()) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const depth = (heading[1] ?? "").length;
      if (/^required secrets\b/i.test(heading[2] ?? "")) {
        inSection = found = true;
        level = depth;
      } else if (inSection && (level === 0 || depth <= level)) {
        inSection = false;
      }
      continue;
    }
    // Also "Required secrets:" as a paragraph label, until the next heading.
    if (/^\s*\**required secrets\**\s*:?\s*\**\s*$/i.test(line)) {
      inSection = found = true;
      level = 0;
      continue;
    }
    if (!inSection) continue;
    const item = /^\s*[-*+]\s+`([^`]+)`(?:.*?\bfrom\s+`([^`]+)`)?/.exec(line);
    if (!item) continue;
    const path = item[2]?.replace(/^vault:\/\//, "").replace(/#.*$/, "");
    items.push({ name: item[1] ?? "", ...(path ? { path } : {}), line: i + 1 });
  }
  return found ? items : undefined;
}

/** What one overlay provides and documents. */
export interface OverlaySecrets {
  overlay: Overlay;
  provided: ProvidedKey[];
  dataFrom: boolean;
  /** README.md path relative to the repo, and its text; undefined when the overlay has none. */
  readme?: { file: string; text: string };
}

/**
 * The blueprint's "document required secrets per service in the overlay
 * README", checked both ways: every key an ExternalSecret in the overlay
 * provides is listed, every listed key is provided, and every listed path
 * follows the template for the overlay's service and env. Mismatches are warnings.
 */
export function checkReadme(o: OverlaySecrets, template: KeyTemplate): SecretFinding[] {
  const { overlay } = o;
  const ctx = {
    overlay: overlay.id,
    env: overlay.env,
    ...(overlay.service ? { service: overlay.service } : {}),
  };
  const documented = o.readme ? parseRequiredSecrets(o.readme.text) : undefined;
  const out: SecretFinding[] = [];
  const warn = (file: string, line: number | undefined, message: string) =>
    out.push({ ...finding("readme-required-secrets", "warning", file, line, message), target: overlay.id });
  const readmeFile = o.readme?.file ?? `${overlay.id}/README.md`;
  const providedNames = [...new Set(o.provided.map((p) => p.name))];

  if (!documented) {
    if (providedNames.length > 0) {
      warn(
        readmeFile,
        undefined,
        `${o.readme ? "README.md has no" : "no README.md with a"} "## Required secrets" list for ${overlay.id}; ` +
          `document ${providedNames.join(", ")} (the blueprint asks each overlay to list the secrets it needs)`,
      );
    }
    return out;
  }
  const listed = new Set(documented.map((d) => d.name));
  for (const p of o.provided) {
    if (!listed.has(p.name)) {
      warn(
        p.file,
        p.line,
        `${p.name} is synced by an ExternalSecret but not listed under "Required secrets" in ${readmeFile}`,
      );
    }
  }
  for (const d of documented) {
    // Only where the overlay's ExternalSecrets name their keys: a Helm values overlay gets them
    // from the chart, and `dataFrom` keys are only known at runtime.
    if (providedNames.length > 0 && !o.dataFrom && !providedNames.includes(d.name)) {
      warn(
        readmeFile,
        d.line,
        `README lists ${d.name} under "Required secrets", but no ExternalSecret in ${overlay.id} provides it`,
      );
    }
    if (d.path) {
      const problem = template.check(d.path, ctx);
      if (problem) warn(readmeFile, d.line, `README entry ${d.name}: ${problem.message}`);
    }
  }
  return out;
}
