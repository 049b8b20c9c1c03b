/**
 * Builds the changelog from Git alone: walk the first-parent history, map
 * each changed file to the env × service it deploys to, and read what moved
 * from the files themselves at both commits.
 */
import { existsSync, statSync } from "node:fs";
import { git, loadModel, noTargets, resolveCommit, UserError } from "../../core/src/index.js";
import { attributionOf } from "./components.js";
import { buildEntries } from "./entries.js";
import { readHistory } from "./history.js";
import { commitsAfter, lastDeployTag, oldestBase, shallowBoundaries } from "./range.js";
import type { ChangelogReport } from "./types.js";

export interface CollectOptions {
  /** The infra-gitops checkout. */
  repo: string;
  /** Where the range ends (default `HEAD`). */
  to?: string;
  /** Start every env's range after this ref, instead of its last deploy tag. */
  since?: string;
  /** Only these environments (default: all). */
  environments?: readonly string[];
  /** Only these services (`platform` for platform entries; default: all). */
  services?: readonly string[];
  /** Per env, a start commit to use when the env has no deploy tag (the last release's commit). */
  fallbackBases?: Readonly<Record<string, string>>;
  /** Start at the beginning of history (or `since`) whatever tags exist: metrics need the long view. */
  ignoreDeployTags?: boolean;
}

/** The changelog between each env's start and `to`, newest commit first. */
export async function collectChangelog(options: CollectOptions): Promise<ChangelogReport> {
  const { repo } = options;
  await assertGitRepo(repo);
  const to = await resolveCommit(
    repo,
    options.to ?? "HEAD",
    options.to ? "--to" : "the changelog's end (HEAD)",
  );
  const since = options.since ? await resolveCommit(repo, options.since, "--since") : undefined;
  // Attribution follows the repository model of the checkout: a file counts for the targets
  // whose input graph holds it.
  const model = await loadModel(repo);
  // With no target, no change could be attributed: an empty changelog would look like "no deploys".
  if (model.targets.length === 0) throw noTargets(model);
  const configured = model.environments;

  for (const env of options.environments ?? []) {
    if (!configured.includes(env)) {
      throw new UserError(`unknown environment "${env}"; known: ${configured.join(", ") || "(none)"}`);
    }
  }
  const wanted = options.environments?.length
    ? configured.filter((e) => options.environments?.includes(e))
    : configured;
  const bases: Record<string, string | null> = {};
  for (const env of wanted) {
    bases[env] = options.ignoreDeployTags
      ? (since ?? null)
      : (since ?? (await lastDeployTag(repo, env, to)) ?? options.fallbackBases?.[env] ?? null);
  }
  const starts = Object.values(bases);
  const walkFrom = starts.some((b) => b === null) ? undefined : await oldestBase(repo, starts as string[]);
  const history = await readHistory(repo, to, walkFrom);
  const shallow = await shallowBoundaries(repo);
  const cut = history.find((c) => shallow.has(c.sha));
  if (cut) {
    throw new UserError(
      `the clone is shallow: history stops at ${cut.sha.slice(0, 7)}, so its changes cannot be read; ` +
        "check out with fetch-depth: 0 (or fetch more history), or start later with --since",
    );
  }
  const ranges = new Map<string, Set<string>>();
  for (const env of wanted) {
    const base = bases[env];
    if (base && base !== walkFrom) ranges.set(env, await commitsAfter(repo, base, to));
  }
  const inRange = (env: string, sha: string) => ranges.get(env)?.has(sha) ?? true;
  const keep = (env: string, service: string) =>
    (options.environments?.length ? wanted.includes(env) : true) &&
    (!options.services?.length || options.services.includes(service));
  const entries = await buildEntries(
    repo,
    history,
    configured,
    attributionOf(model),
    (env, service, sha) => keep(env, service) && inRange(env, sha),
  );
  const environments = [
    ...configured,
    ...[...new Set(entries.map((e) => e.env))].filter((e) => !configured.includes(e)).sort(),
  ];
  return { entries, environments, since: bases, to };
}

/** A clear message for a folder that does not exist, or is not a Git work tree with commits. */
async function assertGitRepo(repo: string): Promise<void> {
  if (!existsSync(repo) || !statSync(repo).isDirectory()) {
    throw new UserError(`repository folder ${repo} does not exist`, repo);
  }
  const r = await git(repo, ["rev-parse", "--is-inside-work-tree"]);
  if (r.code !== 0 || r.stdout.trim() !== "true") {
    throw new UserError(`${repo} is not a Git work tree; the changelog is read from Git history`, repo);
  }
}
