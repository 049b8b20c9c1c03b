/**
 * Where each environment's changelog starts: `--since`, else the last
 * `deploy/<env>/*` tag on the first-parent line, else a commit the caller
 * found (the last GitHub release), else the beginning of history.
 */
import { existsSync, readFileSync } from "node:fs";
import { git, gitOk, resolveCommit } from "../../core/src/index.js";

/** The tag prefix of deployments to `env`: `deploy/<env>/`. */
export function deployTagPrefix(env: string): string {
  return `deploy/${env}/`;
}

/** The commit of the nearest `deploy/<env>/*` tag on `to`'s first-parent line, or undefined. */
export async function lastDeployTag(repo: string, env: string, to: string): Promise<string | undefined> {
  const r = await git(repo, [
    "describe",
    "--tags",
    "--abbrev=0",
    "--first-parent",
    `--match=${deployTagPrefix(env)}*`,
    "--end-of-options",
    to,
  ]);
  if (r.code !== 0) return undefined;
  return resolveCommit(repo, r.stdout.trim(), `deploy tag of ${env}`);
}

/**
 * The first-parent commits after `base` up to `to` (`git rev-list
 * --first-parent base..to`): the commits an env's changelog covers.
 */
export async function commitsAfter(repo: string, base: string, to: string): Promise<Set<string>> {
  const out = await gitOk(
    repo,
    ["rev-list", "--first-parent", "--end-of-options", to, `^${base}`],
    `cannot list the commits between ${base} and ${to}`,
  );
  return new Set(out.split("\n").filter(Boolean));
}

/**
 * A base that is an ancestor of every other base, so one history walk from
 * `to` can stop there; undefined when there is none (walk everything).
 */
export async function oldestBase(repo: string, bases: readonly string[]): Promise<string | undefined> {
  const unique = [...new Set(bases)];
  for (const candidate of unique) {
    let ok = true;
    for (const other of unique) {
      if (other === candidate) continue;
      const r = await git(repo, ["merge-base", "--is-ancestor", "--end-of-options", candidate, other]);
      if (r.code !== 0) {
        ok = false;
        break;
      }
    }
    if (ok) return candidate;
  }
  return undefined;
}

/** The `deploy/<env>/*` tags in the clone, tag name → the commit it points at. */
export async function deployTags(repo: string, env: string): Promise<Map<string, string>> {
  const out = await gitOk(
    repo,
    [
      "for-each-ref",
      "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)",
      `refs/tags/${deployTagPrefix(env)}`,
    ],
    "cannot list the deploy tags",
  );
  const tags = new Map<string, string>();
  for (const line of out.split("\n").filter(Boolean)) {
    // An annotated tag points at a tag object; `*objectname` is the commit behind it.
    const [name = "", object = "", peeled = ""] = line.split("\0");
    tags.set(name, peeled || object);
  }
  return tags;
}

/**
 * The boundary commits of a shallow clone (`.git/shallow`): their parents are
 * missing, so git diffs them against nothing and every file looks added.
 */
export async function shallowBoundaries(repo: string): Promise<Set<string>> {
  const path = (
    await gitOk(repo, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"], "cannot find .git")
  ).trim();
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => /^[0-9a-f]{40,64}$/.test(l)),
  );
}
