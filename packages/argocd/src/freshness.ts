/**
 * Whether a deployed revision holds the last change to a target's inputs, from real git:
 * the newest commit that touched the input graph's files and folders, `merge-base
 * --is-ancestor` against the deployed SHA, and the commits it lacks (`deployed..HEAD`).
 */
import { git } from "../../core/src/git.js";
import type { RepoModel, Target } from "../../core/src/model/types.js";

export interface Freshness {
  /** The newest commit (at HEAD) that changed the targets' inputs; null when none did or there are no targets. */
  expected: string | null;
  /** True when the deployed revision contains `expected`; null when that cannot be told (see `note`). */
  current: boolean | null;
  /** Input-changing commits the deployed revision lacks, and the commit time of the oldest of them. */
  behind: { commits: number; since: string | null } | null;
  note?: string;
}

const SHA = /^[0-9a-f]{7,40}$/i;

/** The repo-relative paths a set of targets reads (files and whole folders), sorted. */
export function inputPaths(model: RepoModel, targets: readonly Target[]): string[] {
  const paths = new Set<string>();
  for (const t of targets) {
    const g = model.graph(t.id);
    for (const f of g.files) paths.add(f);
    for (const d of g.dirs) paths.add(d === "" ? "." : d);
  }
  return [...paths].sort();
}

/** Compares `deployed` with HEAD of the checkout at `repo` over `paths`. */
export async function freshness(
  repo: string,
  deployed: string | undefined,
  paths: readonly string[],
): Promise<Freshness> {
  if (paths.length === 0)
    return { expected: null, current: null, behind: null, note: "no targets in the repository model" };
  const last = await git(repo, ["log", "-1", "--format=%H", "HEAD", "--", ...paths]);
  if (last.code !== 0) {
    // No commit yet, not a git checkout, or an input outside it: say so rather than guess "current".
    return {
      expected: null,
      current: null,
      behind: null,
      note: `git cannot read the inputs' history: ${firstLine(last.stderr)}`,
    };
  }
  const expected = last.stdout.trim() || null;
  if (!deployed)
    return { expected, current: null, behind: null, note: "Argo CD reports no deployed revision" };
  // The revision comes from the server: only a plain SHA ever reaches git.
  if (!SHA.test(deployed)) {
    return {
      expected,
      current: null,
      behind: null,
      note: `deployed revision "${deployed}" is not a commit SHA`,
    };
  }
  const known = await git(repo, ["cat-file", "-e", "--end-of-options", `${deployed}^{commit}`]);
  if (known.code !== 0) {
    return {
      expected,
      current: null,
      behind: null,
      note: `deployed revision ${deployed.slice(0, 12)} is not in this clone (fetch the full history, e.g. fetch-depth: 0)`,
    };
  }
  const missing = await git(repo, [
    "log",
    "--format=%H %cI",
    "--end-of-options",
    `${deployed}..HEAD`,
    "--",
    ...paths,
  ]);
  if (missing.code !== 0) {
    return { expected, current: null, behind: null, note: `git log failed: ${firstLine(missing.stderr)}` };
  }
  const lines = missing.stdout.split("\n").filter((l) => l.trim() !== "");
  const since = lines.at(-1)?.split(" ")[1] ?? null;
  let current = true;
  if (expected) {
    const ancestor = await git(repo, ["merge-base", "--is-ancestor", "--end-of-options", expected, deployed]);
    current = ancestor.code === 0;
  }
  return { expected, current, behind: { commits: lines.length, since } };
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
