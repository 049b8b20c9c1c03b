/**
 * The required-checks gate before a promotion pushes: the source commit's required check runs
 * (`promote.requiredChecks` plus the caller's) must have passed. One function for a single-env
 * promotion (promote.ts) and a grouped one (publish-grouped.ts), so both refuse alike.
 * `commit` mode pushes nothing and is not gated.
 */
import { UserError, type Layout } from "../../core/src/index.js";
import { requiredChecksProblem } from "./gate.js";
import { withGitHub } from "./github-errors.js";
import type { PromoteOptions } from "./promote.js";

/** Why the push is refused, or undefined; no GitHub access with checks required is a `UserError`. */
export async function requiredChecksGate(
  options: Pick<PromoteOptions, "mode" | "github" | "requiredChecks">,
  layout: Layout,
  headSha: string,
): Promise<string | undefined> {
  if (options.mode === "commit") return undefined;
  const required = [...new Set([...layout.config.promote.requiredChecks, ...(options.requiredChecks ?? [])])];
  if (required.length === 0) return undefined;
  const gh = options.github;
  if (!gh) {
    throw new UserError(
      `required checks (${required.join(", ")}) must pass before pushing; the gate reads check runs and needs a GitHub token (set GITHUB_TOKEN)`,
    );
  }
  return withGitHub(gh, `read the check runs of ${headSha}`, () =>
    requiredChecksProblem(gh, headSha, required),
  );
}
