/**
 * The rendered diff of a promotion PR: the target envs' targets the promotion touches, rendered
 * (real kustomize/helm, as `gitops render` does) at the PR's base commit and at its head, compared
 * object by object. Each target is a collapsed `<details>` section with a unified diff; Secret
 * `data`/`stringData` values are redacted before anything is compared; the section stays within
 * the room the PR body has left (GitHub refuses bodies over 65,536 characters) and says what it cut.
 * A render that cannot run leaves a note in the body instead: the PR still opens.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { messageOf, UserError, loadModel, affectedTargets, type Layout } from "../../core/src/index.js";
import { compareTarget, diffMarkdown, outputPath, render, type TargetDiff } from "../../render/src/index.js";
import { Git } from "./git.js";

/** GitHub's limit on an issue or PR body. */
export const BODY_LIMIT = 65_536;
/** Room kept for what the lifecycle adds to the body (the scope marker) and for safety. */
const RESERVE = 1_000;
/** Below this, a diff section is not worth cutting down to: a note says it was left out. */
const MIN_SECTION = 600;

export interface PrDiffInput {
  /** Git at the top of the checkout. */
  git: Git;
  /** The infra repo's folder inside the checkout (`""` or ending in `/`). */
  prefix: string;
  /** The PR's base commit (its merge-base with `head` is rendered) and its head commit. */
  base: string;
  head: string;
  /** The envs promoted to: only their targets are rendered, each in its own section. */
  envs: readonly string[];
  /** Characters the sections may take together. */
  limit: number;
  /** Environment for the render tools (PATH, RUNNER_TOOL_CACHE). */
  toolsEnv?: NodeJS.ProcessEnv;
}

/** The room a PR body of `used` characters leaves for the rendered diff. */
export function diffBudget(used: number): number {
  return Math.max(0, BODY_LIMIT - RESERVE - used);
}

/**
 * The markdown sections, one per env: the rendered diff of its targets between `base` and `head`
 * (each env gets an equal share of `limit`), or a note why there is none.
 */
export async function renderedDiffSection(input: PrDiffInput): Promise<string> {
  const each = Math.floor(input.limit / Math.max(1, input.envs.length));
  const title = (env: string) => `Rendered ${env} diff`;
  const notes = (why: string) => input.envs.map((env) => `### ${title(env)}\n\n${why}\n`).join("\n");
  if (each < MIN_SECTION) return notes("Left out: the pull request body has no room left.");
  let sides: { diffs: TargetDiff[]; failed: { id: string; env: string }[] };
  try {
    sides = await renderBothSides(input);
  } catch (err) {
    // The PR matters more than its diff: a tool that is missing or fails becomes a note.
    if (!(err instanceof UserError)) throw err;
    return notes(`Not available: ${oneLine(messageOf(err))}`);
  }
  return input.envs
    .map((env) => {
      const failed = sides.failed.filter((f) => f.env === env).map((f) => `\`${f.id}\``);
      const note = failed.length > 0 ? `\n> Not rendered on one side: ${failed.join(", ")}\n` : "";
      const diffs = sides.diffs.filter((d) => d.env === env);
      return diffMarkdown(diffs, { limit: each - note.length, title: title(env) }) + note;
    })
    .join("\n");
}

async function renderBothSides(
  input: PrDiffInput,
): Promise<{ diffs: TargetDiff[]; failed: { id: string; env: string }[] }> {
  const scratch = mkdtempSync(join(tmpdir(), "gitops-pr-diff-"));
  const tree = join(scratch, "tree");
  try {
    // GitHub shows the PR against the merge-base, so the diff is rendered from there too.
    const base = (
      await input.git.ok(
        ["merge-base", "--end-of-options", input.base, input.head],
        "cannot find the promotion's merge-base",
      )
    ).trim();
    const changed = (
      await input.git.ok(
        [
          "diff",
          "--name-only",
          "--no-renames",
          "--end-of-options",
          base,
          input.head,
          "--",
          input.prefix || ".",
        ],
        "cannot list the promotion's changed files",
      )
    )
      .split("\n")
      .filter((p) => p !== "")
      .map((p) => p.slice(input.prefix.length));
    await input.git.ok(
      ["worktree", "add", "--detach", "--quiet", "--end-of-options", tree, base],
      "cannot check out the base for the rendered diff",
    );
    const repo = join(tree, input.prefix);
    const before = await renderSide(repo, join(scratch, "before"), input, changed);
    await new Git(tree).ok(
      ["checkout", "--detach", "--quiet", input.head, "--"],
      "cannot check out the promotion for the rendered diff",
    );
    const after = await renderSide(repo, join(scratch, "after"), input, changed);
    const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
    const diffs: TargetDiff[] = [];
    const failed: { id: string; env: string }[] = [];
    for (const id of ids) {
      const a = before.get(id);
      const b = after.get(id);
      const meta = b ?? a;
      if (!meta) continue;
      if (a?.yaml === null || b?.yaml === null) {
        failed.push({ id, env: meta.env });
        continue;
      }
      const d = compareTarget(
        { id, env: meta.env, ...(meta.service ? { service: meta.service } : {}) },
        a?.yaml,
        b?.yaml,
      );
      if (d) diffs.push(d);
    }
    return { diffs, failed };
  } finally {
    await input.git.run(["worktree", "remove", "--force", "--end-of-options", tree]);
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface Side {
  env: string;
  service?: string;
  /** The rendered YAML; null when the target failed to render. */
  yaml: string | null;
}

/** Renders the env's targets that `changed` feeds, at the commit checked out in `repo`. */
async function renderSide(
  repo: string,
  outDir: string,
  input: PrDiffInput,
  changed: readonly string[],
): Promise<Map<string, Side>> {
  const env = input.toolsEnv;
  const layout: Layout = await loadModel(repo, { outDir, ...(env ? { env } : {}) });
  const inEnv = layout.targets.filter((t) => input.envs.includes(t.env));
  const graphs = new Map(inEnv.map((t) => [t.id, layout.graph(t.id)]));
  const only = affectedTargets(inEnv, graphs, changed);
  const out = new Map<string, Side>();
  if (only.size === 0) return out;
  const report = await render({ repo, model: layout, outDir, only, cache: false, ...(env ? { env } : {}) });
  for (const t of report.targets) {
    if (!only.has(t.id) || t.status === "skipped") continue;
    const yaml = t.status === "ok" ? readFileSync(outputPath(report.outDir, t.id), "utf8") : null;
    out.set(t.id, { env: t.env, ...(t.service ? { service: t.service } : {}), yaml });
  }
  return out;
}

function oneLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
