import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { git, UserError, VERSION } from "../../core/src/index.js";

/** Where the callers and the pre-commit config point: our repository at one ref. */
export interface Pin {
  /** `owner/name` of gitops-actions. */
  repo: string;
  /** A commit SHA, or the release tag `v<VERSION>`. */
  ref: string;
  /** True when `ref` is a full commit SHA. */
  sha: boolean;
  /** How the ref was chosen, for the report. */
  source: "option" | "checkout" | "version";
}

export const DEFAULT_ACTIONS_REPO = "example-org/gitops-actions";

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
const SHA = /^[0-9a-f]{40}$/;
/** A tag or SHA that is safe in a `uses:` line and a YAML scalar. */
const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/;

/**
 * The pin: `--ref` when given; else the commit of the gitops-actions checkout this code runs
 * from (a clone used as is: its HEAD is what the user runs); else the release tag of VERSION
 * (an npm install or a bundle copied out of a checkout).
 */
export async function resolvePin(options: { ref?: string; actionsRepo?: string }): Promise<Pin> {
  const repo = options.actionsRepo ?? DEFAULT_ACTIONS_REPO;
  if (!REPO.test(repo)) throw new UserError(`--actions-repo must be OWNER/NAME, got ${JSON.stringify(repo)}`);
  if (options.ref !== undefined) {
    if (!REF.test(options.ref) || options.ref.includes(".."))
      throw new UserError(`--ref must be a commit SHA or a tag, got ${JSON.stringify(options.ref)}`);
    return { repo, ref: options.ref, sha: SHA.test(options.ref), source: "option" };
  }
  const head = await checkoutCommit(dirname(fileURLToPath(import.meta.url)));
  if (head) return { repo, ref: head, sha: true, source: "checkout" };
  return { repo, ref: `v${VERSION}`, sha: false, source: "version" };
}

/**
 * HEAD of the gitops-actions work tree that holds `here`, or undefined when `here` is in none
 * (an installed package inside the user's own repository is not ours: the top must have our
 * reusable workflows and our CLI sources or bundle).
 */
export async function checkoutCommit(here: string): Promise<string | undefined> {
  const top = await git(here, ["rev-parse", "--show-toplevel"]).catch(() => undefined);
  if (!top || top.code !== 0) return undefined;
  const root = top.stdout.trim();
  const rel = relative(root, here);
  if (rel.startsWith(`..${sep}`) || rel === "..") return undefined;
  if (!isOurs(root)) return undefined;
  const head = await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", "HEAD^{commit}"]);
  const sha = head.stdout.trim();
  return head.code === 0 && SHA.test(sha) ? sha : undefined;
}

/** True when `root` is a gitops-actions checkout: our package, our reusable workflows, our CLI. */
function isOurs(root: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: unknown };
    if (pkg.name !== "gitops-actions") return false;
  } catch {
    return false;
  }
  return (
    existsSync(join(root, ".github", "workflows", "validate.yml")) &&
    (existsSync(join(root, "packages", "cli", "src")) || existsSync(join(root, "dist", "cli", "index.js")))
  );
}
