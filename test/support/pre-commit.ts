// pre-commit (https://pre-commit.com), which the hook tests run for real. A fresh machine may lack
// it: where Debian's package manager is there, the suite installs Debian's pre-commit once, before
// any test runs; elsewhere it fails with what to install. The hook tests are never skipped.
import { delimiter, join } from "node:path";
import { aptInstall, executable } from "./apt.js";

/** What to tell a user whose machine has no pre-commit the suite can use or install. */
export const NO_PRE_COMMIT =
  "the pre-commit hook tests need pre-commit and none was found: install Debian's or Ubuntu's " +
  "pre-commit (apt-get install pre-commit) or `pipx install pre-commit`, or set PRE_COMMIT_BIN " +
  "to its executable";

/** `PRE_COMMIT_BIN`, Debian's /usr/bin/pre-commit, or the first on PATH; undefined if none. */
export function findPreCommit(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PRE_COMMIT_BIN) return env.PRE_COMMIT_BIN;
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .map((d) => join(d, "pre-commit"));
  return ["/usr/bin/pre-commit", ...onPath].find(executable);
}

/** Finds pre-commit, installing Debian's package when it can. Throws NO_PRE_COMMIT otherwise. */
export function ensurePreCommit(env: NodeJS.ProcessEnv = process.env): string {
  const found = findPreCommit(env);
  if (found) return found;
  if (aptInstall("pre-commit", env)) {
    const installed = findPreCommit(env);
    if (installed) return installed;
  }
  throw new Error(NO_PRE_COMMIT);
}
