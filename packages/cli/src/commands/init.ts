import { ExitCode } from "../../../core/src/index.js";
import { initRepo, type InitResult } from "../../../init/src/index.js";
import type { Command } from "../command.js";

/** `gitops init`: bring a repository onto the suite without touching a file it already has. */
export const initCommand: Command = {
  name: "init",
  summary: "bring a repository onto the suite: config, callers, CODEOWNERS, hooks; never overwrites",
  help: `Usage: gitops init [--dry-run] [--ref SHA] [--actions-repo OWNER/NAME] [--json] [--repo DIR]

Detects the layout (environments, targets, Argo CD Applications) the way every command does,
then writes each of these only when the repository does not have it:
  .gitops.yaml                   the environments in promotion order and the target roots found
  .github/workflows/validate.yaml, promote.yaml, changelog.yaml, governance.yaml
                                 callers of our reusable workflows, pinned to --ref; also
                                 observe.yaml when Argo CD deploys the repository, and
                                 preview.yaml and preview-sweep.yaml when it has a
                                 pullRequest ApplicationSet
  .github/CODEOWNERS             placeholder teams: platform everywhere, service teams on their
                                 folders, both on production folders (replace ORG)
  Makefile                       validate, render, lint, policy, secrets and fmt targets
  .pre-commit-config.yaml        our hooks at --ref
  policies/                      starter ValidatingAdmissionPolicies bound with Warn (only when
                                 the repository has no policies folder)
Existing files are reported as "exists" and left alone, so a second run changes nothing.
A repository with no targets at all gets nothing and exits 2.

Options:
  --dry-run                 print what would be added; write nothing
  --ref SHA                 the gitops-actions commit (or tag) to pin; default: the commit of
                            the gitops-actions checkout running this command, else v<version>
  --actions-repo OWNER/NAME the gitops-actions repository (default: example-org/gitops-actions)`,
  options: {
    "dry-run": { type: "boolean" },
    ref: { type: "string" },
    "actions-repo": { type: "string" },
  },
  async run(ctx) {
    const ref = ctx.options.ref as string | undefined;
    const actionsRepo = ctx.options["actions-repo"] as string | undefined;
    const result = await initRepo(ctx.repo, {
      dryRun: ctx.options["dry-run"] === true,
      ...(ref !== undefined ? { ref } : {}),
      ...(actionsRepo !== undefined ? { actionsRepo } : {}),
    });
    if (ctx.json) ctx.io.stdout(JSON.stringify(jsonOf(result), null, 2) + "\n");
    else ctx.io.stdout(textOf(result));
    return ExitCode.Clean;
  },
};

function jsonOf(r: InitResult) {
  const d = r.detected;
  return {
    files: r.files.map((f) => ({ path: f.path, action: f.action })),
    detected: {
      environments: d.environments,
      targets: d.targets.map((t) => ({
        id: t.id,
        env: t.env,
        ...(t.service ? { service: t.service } : {}),
        kind: t.kind,
      })),
      applications: d.applications,
      ...(d.roots ? { roots: d.roots.map((x) => x.root) } : {}),
    },
    ref: r.pin.ref,
    actionsRepo: r.pin.repo,
    dryRun: r.dryRun,
    skipped: r.skipped,
  };
}

function textOf(r: InitResult): string {
  const d = r.detected;
  const lines = [
    `found ${d.targets.length} target(s) in ${d.environments.join(" → ") || "no environment"}, ` +
      `${d.applications.length} Argo CD Application(s); pinning ${r.pin.repo}@${r.pin.ref}`,
  ];
  for (const f of r.files) {
    const action = f.action === "exists" ? "exists" : r.dryRun ? "would add" : "add";
    lines.push(`${action.padEnd(7)} ${f.path}`);
  }
  for (const s of r.skipped) lines.push(`skip    ${s.path}: ${s.reason}`);
  const codeowners = r.files.find((f) => f.path === ".github/CODEOWNERS" && f.action === "add");
  if (codeowners && !r.dryRun)
    lines.push("Next: replace ORG in .github/CODEOWNERS, then run gitops validate.");
  return lines.join("\n") + "\n";
}
