/** `gitops init`: brings a repository onto the suite, writing only the files it does not have. */
import { loadModel, noTargets, type ModelOptions } from "../../core/src/index.js";
import { detect, type Detected } from "./detect.js";
import { planInit, type PlannedFile, type Skipped } from "./plan.js";
import { resolvePin, type Pin } from "./ref.js";
import { writePlan } from "./write.js";

export { DEFAULT_ACTIONS_REPO, resolvePin, checkoutCommit, type Pin } from "./ref.js";
export { detect, prodEnvs, type Detected, type DetectedTarget } from "./detect.js";
export { planInit, type PlannedFile, type Skipped } from "./plan.js";
export { pinnableRoots, type PinnedRoot } from "./roots.js";
export { CODEOWNERS_PLACES, PLATFORM_TEAM, prodFolders, serviceTeam } from "./templates/codeowners.js";
export { HOOK_IDS } from "./templates/precommit.js";
export { MAKE_TARGETS } from "./templates/makefile.js";

export interface InitOptions {
  /** `--ref`: the gitops-actions commit or tag to pin. */
  ref?: string;
  /** `--actions-repo`: OWNER/NAME of gitops-actions. */
  actionsRepo?: string;
  /** Write nothing; report what would be added. */
  dryRun?: boolean;
  model?: ModelOptions;
}

export interface InitResult {
  repo: string;
  files: PlannedFile[];
  skipped: Skipped[];
  detected: Detected;
  pin: Pin;
  dryRun: boolean;
}

/**
 * Detects the layout through the repository model and writes what is missing: `.gitops.yaml`,
 * the caller workflows, CODEOWNERS, a Makefile, the pre-commit config and starter policies.
 * Never overwrites. A repository with no targets at all is a `UserError` (exit 2) and gets
 * nothing: every check would fail on it the same way, and a config pinning nothing helps no one.
 */
export async function initRepo(repoDir: string, options: InitOptions = {}): Promise<InitResult> {
  const pin = await resolvePin(options);
  const model = await loadModel(repoDir, options.model);
  if (model.targets.length === 0) throw noTargets(model);
  const detected = detect(model);
  const { files, skipped } = planInit(model.repo, detected, pin, model.config.policy.dir);
  const dryRun = options.dryRun === true;
  if (!dryRun) writePlan(model.repo, files);
  return { repo: model.repo, files, skipped, detected, pin, dryRun };
}
