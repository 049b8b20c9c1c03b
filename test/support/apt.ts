// Debian packages a test needs and a fresh machine lacks (a browser, pre-commit): installed once,
// before any test runs, where the machine has apt-get and the suite runs as root or may sudo
// without a password. Elsewhere the caller fails with what to install; no test is skipped.
import { accessSync, constants } from "node:fs";
import { execFileSync } from "node:child_process";

/** True when `path` is an executable file. */
export function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs Debian's `pkg` with apt-get. Returns false when the machine has no apt-get or the
 * install did not succeed (no root, no network), so the caller can say what to install.
 */
export function aptInstall(pkg: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const apt = ["/usr/bin/apt-get", "/bin/apt-get"].find(executable);
  if (!apt) return false;
  const options = { stdio: "ignore", env: { ...env, DEBIAN_FRONTEND: "noninteractive" } } as const;
  const run = (args: string[]) =>
    process.getuid?.() === 0
      ? execFileSync(apt, args, options)
      : execFileSync("sudo", ["-n", apt, ...args], options);
  try {
    run(["update", "-qq"]);
    run(["install", "-y", "-qq", pkg]);
    return true;
  } catch {
    return false;
  }
}
