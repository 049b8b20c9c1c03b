/**
 * Which pull requests a set previews beyond the intended ones. The pullRequest generator selects
 * by labels (every listed label required) and by branchMatch / targetBranchMatch / titleMatch
 * filters (any one filter may match); it cannot see GitHub's draft flag or the author, so drafts
 * and Dependabot's pull requests are only kept out by a label or a filter that rejects them.
 */
import type { Finding } from "../../core/src/finding.js";
import { GoRegexp, RegexpError } from "../../core/src/appset/goregexp/index.js";
import { isObject } from "../../core/src/model/applications.js";
import type { PreviewSet } from "./sets.js";
import type { PreviewRequest } from "./types.js";

/** A pull request as Dependabot opens it (branch dependabot/<ecosystem>/<dependency>-<version>). */
const DEPENDABOT = {
  branch: "dependabot/npm_and_yarn/lodash-4.17.21",
  title: "Bump lodash from 4.17.20 to 4.17.21",
};
/** Labels Dependabot adds by default; a required label among these does not keep it out. */
const DEPENDABOT_LABELS = new Set(["dependencies"]);

interface Filter {
  branch?: string;
  target?: string;
  title?: string;
}

function filtersOf(generator: Record<string, unknown>): Filter[] {
  const list = Array.isArray(generator.filters) ? generator.filters : [];
  return list.filter(isObject).map((f) => ({
    ...(typeof f.branchMatch === "string" ? { branch: f.branchMatch } : {}),
    ...(typeof f.targetBranchMatch === "string" ? { target: f.targetBranchMatch } : {}),
    ...(typeof f.titleMatch === "string" ? { title: f.titleMatch } : {}),
  }));
}

function labelsOf(generator: Record<string, unknown>): string[] {
  for (const provider of Object.values(generator)) {
    if (isObject(provider) && Array.isArray(provider.labels))
      return provider.labels.filter((l): l is string => typeof l === "string");
  }
  return [];
}

/** regexp.MatchString; a pattern that does not compile is the expansion's error, not ours. */
function matches(pattern: string | undefined, text: string): boolean {
  if (pattern === undefined) return true;
  try {
    return GoRegexp.compile(pattern).test(text);
  } catch (err) {
    if (err instanceof RegexpError) return true;
    throw err;
  }
}

/** Warnings about drafts and Dependabot pull requests one set would preview. */
export function checkSelection(set: PreviewSet, pr: PreviewRequest, selected: boolean): Finding[] {
  const out: Finding[] = [];
  const warn = (rule: "preview/drafts" | "preview/dependabot", message: string) =>
    out.push({ tool: "preview", rule, severity: "warning", message, file: set.file, line: set.line });
  const draftsOpen = set.generators.some((g) => {
    const filters = filtersOf(g);
    // A required label is opted into by a person; so is a title every filter insists on.
    return labelsOf(g).length === 0 && !(filters.length > 0 && filters.every((f) => f.title !== undefined));
  });
  if (draftsOpen || (selected && pr.draft)) {
    const now = selected && pr.draft ? ` (pull request #${pr.number} is a draft and gets one)` : "";
    warn(
      "preview/drafts",
      `ApplicationSet ${set.name} previews draft pull requests${now}: the pullRequest generator cannot see GitHub's draft flag, so require a label (github.labels: [preview]) that authors add when the pull request is ready`,
    );
  }
  const dependabotOpen = set.generators.some((g) => {
    const labels = labelsOf(g);
    if (labels.some((l) => !DEPENDABOT_LABELS.has(l))) return false;
    const filters = filtersOf(g);
    if (filters.length === 0) return true;
    return filters.some(
      (f) =>
        matches(f.branch, DEPENDABOT.branch) &&
        matches(f.target, pr.targetBranch) &&
        matches(f.title, DEPENDABOT.title),
    );
  });
  const isDependabot = pr.author === "dependabot[bot]" || pr.branch.startsWith("dependabot/");
  if (dependabotOpen || (selected && isDependabot)) {
    const now = selected && isDependabot ? ` (pull request #${pr.number} is Dependabot's and gets one)` : "";
    warn(
      "preview/dependabot",
      `ApplicationSet ${set.name} previews Dependabot's pull requests${now}: require a label Dependabot does not add, or a branchMatch that rejects dependabot/ branches`,
    );
  }
  return out;
}
