import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SecretFinding } from "../types.js";
import type { LayoutContext } from "./context.js";
import { checkManifestFile, type ProvidedKey } from "./manifests.js";
import { checkReadme } from "./readme.js";
import type { KeyTemplate } from "./template.js";

export { LayoutContext, type Overlay, type PathContext } from "./context.js";
export { KeyTemplate, type KeyProblem } from "./template.js";
export { parseRequiredSecrets, type DocumentedSecret } from "./readme.js";
export { checkManifestFile, finding } from "./manifests.js";

/** YAML (and JSON) files the GitOps rules read. */
export const MANIFEST_FILE = /\.(?:ya?ml|json)$/i;

/**
 * The blueprint's secret-handling rules over a set of files: manifests are
 * checked as they are fed in; the README comparison runs at the end, once
 * every ExternalSecret of an overlay has been seen.
 */
export class GitopsRules {
  readonly findings: SecretFinding[] = [];
  private readonly provided = new Map<string, { keys: ProvidedKey[]; dataFrom: boolean }>();

  constructor(
    private readonly repo: string,
    private readonly context: LayoutContext,
    private readonly template: KeyTemplate,
  ) {}

  /** Checks one file; with `report` false it only learns the keys its ExternalSecrets provide. */
  file(path: string, text: string, report = true): void {
    const ctx = this.context.of(path);
    const result = checkManifestFile(path, text, ctx, this.template);
    if (report) this.findings.push(...result.findings);
    if (!ctx.overlay || (result.provided.length === 0 && !result.dataFrom)) return;
    const entry = this.provided.get(ctx.overlay) ?? { keys: [], dataFrom: false };
    entry.keys.push(...result.provided);
    entry.dataFrom ||= result.dataFrom;
    this.provided.set(ctx.overlay, entry);
  }

  /** Compares each overlay's README with its ExternalSecrets: all overlays, or those in `only`. */
  readmes(only?: ReadonlySet<string>): void {
    for (const overlay of this.context.overlays) {
      if (!overlay.service || (only && !only.has(overlay.id))) continue;
      const file = `${overlay.id}/README.md`;
      const abs = join(this.repo, file);
      const seen = this.provided.get(overlay.id);
      this.findings.push(
        ...checkReadme(
          {
            overlay,
            provided: seen?.keys ?? [],
            dataFrom: seen?.dataFrom ?? false,
            ...(existsSync(abs) ? { readme: { file, text: readFileSync(abs, "utf8") } } : {}),
          },
          this.template,
        ),
      );
    }
  }
}
