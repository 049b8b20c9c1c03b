import { loadModel, type Layout, type SecretsConfig } from "../../core/src/index.js";
import { SecretScanner } from "./engine.js";
import { loadGitleaksConfig, type Allowlist } from "./gitleaks.js";
import { KeyTemplate, LayoutContext } from "./gitops/index.js";
import { loadBaseline, loadIgnoreFile, type IgnoreEntry } from "./ignore.js";
import { GENERIC_RULE } from "./rules/generic.js";
import { BUILTIN_RULES } from "./rules/index.js";
import type { SecretRule } from "./types.js";

/** Everything a scan needs, loaded and validated before the first file is read. */
export interface ScanSetup {
  repo: string;
  layout: Layout;
  cfg: SecretsConfig;
  scanner: SecretScanner;
  allowlists: Allowlist[];
  ignore: IgnoreEntry[];
  ignoreFile: string;
  baseline?: Set<string>;
  /** Our own config files: scanned by nobody, since they name rules and hashes, not secrets. */
  configFiles: Set<string>;
  context: LayoutContext;
  template: KeyTemplate;
}

/**
 * Loads the layout and `.gitops.yaml`, the gitleaks config, the ignore file
 * and the baseline; every problem with them is a `UserError` raised here, so
 * a scan never half-runs on bad configuration.
 */
export async function prepareScan(
  repoDir: string,
  options: { ignoreFile?: string; baseline?: string; model?: Layout },
): Promise<ScanSetup> {
  const layout = options.model ?? (await loadModel(repoDir));
  const cfg = layout.config.secrets;
  const repo = layout.repo;
  const gitleaks = loadGitleaksConfig(repo, cfg.gitleaksConfig);
  const custom = gitleaks?.rules ?? [];
  // A custom rule with a built-in's id replaces it, as gitleaks' own config extension does. Custom
  // rules come before the generic one, so where both match, the team's more specific rule reports.
  const builtin = BUILTIN_RULES.filter((r) => !custom.some((c) => c.id === r.id));
  const rules: SecretRule[] = [
    ...builtin.filter((r) => r.id !== GENERIC_RULE.id),
    ...custom,
    ...builtin.filter((r) => r.id === GENERIC_RULE.id),
  ];
  const ignoreFile = options.ignoreFile ?? cfg.ignoreFile;
  const baselineFile = options.baseline ?? cfg.baseline;
  const setup: ScanSetup = {
    repo,
    layout,
    cfg,
    scanner: new SecretScanner(rules),
    allowlists: gitleaks?.allowlists ?? [],
    ignore: loadIgnoreFile(repo, ignoreFile, options.ignoreFile !== undefined),
    ignoreFile,
    configFiles: new Set(
      [ignoreFile, cfg.gitleaksConfig, ...(baselineFile ? [baselineFile] : [])].map(normalize),
    ),
    context: new LayoutContext(layout),
    template: new KeyTemplate(cfg.keyTemplate, layout.environments),
  };
  if (baselineFile) setup.baseline = loadBaseline(repo, baselineFile);
  return setup;
}

function normalize(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}
