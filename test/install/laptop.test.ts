// A laptop install: `npm install -g` of a release tarball or of this repository's git URL gives a
// working `gitops` with no build step, because the bundle is committed and the package has no
// runtime dependencies to fetch.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "../../packages/core/src/version.js";
import { testBinaries } from "../support/binaries.js";
import { copyExample } from "../support/example.js";
import { git } from "../support/git.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** A file of the release; dist/cli from GITOPS_DIST when set (a build made elsewhere). */
const source = (f: string) =>
  f === "dist/cli" && process.env.GITOPS_DIST ? join(process.env.GITOPS_DIST, "cli") : join(ROOT, f);

let base: string;
let path: string;

/** npm with its cache and config kept in the test's folder, as on a laptop that never ran npm. */
function npm(args: string[], cwd: string): string {
  return execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd,
    env: {
      ...process.env,
      npm_config_userconfig: join(base, "npmrc"),
      npm_config_cache: join(base, "npm-cache"),
      // Nothing to download: an install that tries fails instead of waiting on the network.
      npm_config_offline: "true",
    },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function gitops(prefix: string, args: string[], cwd: string) {
  const r = spawnSync(join(prefix, "bin", "gitops"), args, {
    cwd,
    env: { ...process.env, PATH: path },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "gitops-laptop-"));
  path = [(await testBinaries()).dir, process.env.PATH ?? ""].join(delimiter);
});

describe("a laptop install", () => {
  it("from the npm pack tarball holds only the bundle and runs gitops validate on the example", () => {
    const packed = npm(["pack", "--json", "--pack-destination", base], ROOT);
    const [info] = JSON.parse(packed) as [{ filename: string; files: { path: string }[] }];
    const files = info.files.map((f) => f.path).sort();
    expect(files).toContain("dist/cli/index.js");
    expect(files).toContain(".pre-commit-hooks.yaml");
    expect(files.filter((f) => /^(packages|test|examples|actions|node_modules)\//.test(f))).toEqual([]);

    const prefix = join(base, "prefix-tarball");
    npm(["install", "--global", "--prefix", prefix, join(base, info.filename)], base);
    // No runtime dependencies: the bundle is the whole program.
    expect(readdirSync(join(prefix, "lib", "node_modules"))).toEqual(["gitops-actions"]);
    expect(existsSync(join(prefix, "lib", "node_modules", "gitops-actions", "node_modules"))).toBe(false);

    expect(gitops(prefix, ["--version"], base)).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    const infra = join(base, "infra");
    copyExample(infra);
    const r = gitops(prefix, ["validate"], infra);
    expect(r.stderr + r.stdout).toMatch(/render\W+passed/);
    expect(r.code).toBe(0);
  });

  it("from a git URL, with no build step", () => {
    const clone = join(base, "release.git");
    const work = join(base, "release");
    for (const f of ["package.json", "package-lock.json", "README.md", ".pre-commit-hooks.yaml", "dist/cli"])
      cpSync(source(f), join(work, f), { recursive: true });
    git(work, "init", "--quiet", "--initial-branch=main");
    git(work, "add", "--all");
    git(work, "commit", "--quiet", "-m", "release");
    git(base, "clone", "--quiet", "--bare", work, clone);

    const prefix = join(base, "prefix-git");
    // npm 11 links a git dependency's temporary clone into a global prefix unless told to copy it.
    npm(["install", "--global", "--install-links", "--prefix", prefix, `git+file://${clone}`], base);
    const installed = join(prefix, "lib", "node_modules", "gitops-actions");
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(existsSync(join(installed, "dist", "cli", "index.js"))).toBe(true);
    expect(gitops(prefix, ["--version"], base)).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    expect(gitops(prefix, ["targets", "--repo", "no-such-repo"], base)).toMatchObject({ code: 2 });
  });
});
