import { lstatSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILE } from "../../core/src/index.js";
import type { Detected } from "./detect.js";
import type { Pin } from "./ref.js";
import { CODEOWNERS_PLACES, codeownersFile } from "./templates/codeowners.js";
import { configFile } from "./templates/config.js";
import { makefile } from "./templates/makefile.js";
import { precommitConfig } from "./templates/precommit.js";
import { starterPolicies } from "./templates/policies.js";
import {
  changelogCaller,
  governanceCaller,
  observeCaller,
  previewCaller,
  previewSweepCaller,
  promoteCaller,
  validateCaller,
} from "./templates/workflows.js";

/** One file (or, for policies, one folder) init would write. */
export interface PlannedFile {
  /** Repo-relative path it is reported under: the existing one when it exists. */
  path: string;
  action: "add" | "exists";
  /** Files to write, repo-relative, for `add`. */
  writes: { path: string; content: string }[];
}

/** Something init leaves out on purpose, and why. */
export interface Skipped {
  path: string;
  reason: string;
}

/**
 * What init would do, file by file. A file that exists under any name its tool reads (CODEOWNERS
 * in any of GitHub's three places, a workflow as .yml or .yaml, any Makefile name) is never
 * written; the starter policies only go into a policies folder that does not exist yet.
 */
export function planInit(
  repo: string,
  d: Detected,
  pin: Pin,
  policyDir: string,
): { files: PlannedFile[]; skipped: Skipped[] } {
  const files: PlannedFile[] = [];
  const skipped: Skipped[] = [];
  const one = (places: readonly string[], content: () => string) => {
    const existing = places.find((p) => present(repo, p));
    const path = existing ?? places[0] ?? "";
    files.push(
      existing === undefined
        ? { path, action: "add", writes: [{ path, content: content() }] }
        : { path, action: "exists", writes: [] },
    );
  };
  one([CONFIG_FILE], () => configFile(d));
  one(workflow("validate"), () => validateCaller(pin));
  if (d.environments.length >= 2) one(workflow("promote"), () => promoteCaller(pin, d.environments));
  else
    skipped.push({
      path: workflow("promote")[0] ?? "",
      reason: "promotion needs two environments, and the model found fewer",
    });
  one(workflow("changelog"), () => changelogCaller(pin));
  if (d.previews) {
    one(workflow("preview"), () => previewCaller(pin));
    one(workflow("preview-sweep"), () => previewSweepCaller(pin));
  }
  one(workflow("governance"), () => governanceCaller(pin));
  if (d.observe) one(workflow("observe"), () => observeCaller(pin, d.argocdServer));
  else
    skipped.push({
      path: workflow("observe")[0] ?? "",
      reason:
        "observe reads Argo CD, and the repository holds no Argo CD object and .gitops.yaml names no argocd.server",
    });
  one(CODEOWNERS_PLACES, () => codeownersFile(d, policyDir));
  one(["Makefile", "makefile", "GNUmakefile"], makefile);
  one([".pre-commit-config.yaml"], () => precommitConfig(pin));
  if (present(repo, policyDir)) files.push({ path: `${policyDir}/`, action: "exists", writes: [] });
  else
    for (const p of starterPolicies()) {
      const path = `${policyDir}/${p.name}`;
      files.push({ path, action: "add", writes: [{ path, content: p.content }] });
    }
  return { files, skipped };
}

function workflow(name: string): string[] {
  return [`.github/workflows/${name}.yaml`, `.github/workflows/${name}.yml`];
}

/** True when anything is at `path`, a broken symlink included: init never replaces it. */
function present(repo: string, path: string): boolean {
  try {
    lstatSync(join(repo, path));
    return true;
  } catch {
    return false;
  }
}
