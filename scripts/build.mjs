#!/usr/bin/env node
// Bundles every JavaScript action (actions/<name>/action.yml with runs.using node24)
// into dist/<name>/index.js and the CLI into dist/cli/index.js, with ncc in ESM mode.
// Reproducible: ncc output depends only on the sources and the lockfile; we clear
// each output folder first so files of a removed action do not linger.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const ncc = join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

/** Entry points: [output folder name, source file]. */
function entries() {
  const list = [["cli", "packages/cli/src/main.ts"]];
  for (const name of readdirSync(join(root, "actions")).sort()) {
    const yml = join(root, "actions", name, "action.yml");
    if (!existsSync(yml)) continue;
    // Composite actions have no bundle; only `using: node24` ones do.
    if (!/^\s*using:\s*["']?node\d+/m.test(readFileSync(yml, "utf8"))) continue;
    list.push([name, `actions/${name}/src/main.ts`]);
  }
  return list;
}

// `--out DIR` builds into DIR instead of dist/, so parallel work can test its own
// bundles without racing on dist/ (tests read it from GITOPS_DIST).
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const outRoot = outAt >= 0 ? resolve(args[outAt + 1] ?? "") : join(root, "dist");
const only = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args;
for (const [name, entry] of entries()) {
  if (only.length > 0 && !only.includes(name)) continue;
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, "build", entry, "-o", out, "--target", "es2022", "--no-source-map-register", "--quiet"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (name === "cli") {
    // The `gitops` bin needs a shebang; ncc keeps none from a TypeScript entry.
    const file = join(out, "index.js");
    const code = readFileSync(file, "utf8");
    if (!code.startsWith("#!")) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
  console.log(`built ${join(out, "index.js")}`);
}
