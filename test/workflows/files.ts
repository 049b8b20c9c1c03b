// Every workflow, caller template and composite action this repo ships.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function list(dir: string, ext: RegExp): string[] {
  const abs = join(ROOT, dir);
  return existsSync(abs)
    ? readdirSync(abs)
        .filter((f) => ext.test(f))
        .map((f) => `${dir}/${f}`)
    : [];
}

/** Workflow files: our reusable workflows and CI, the caller templates, the example's. */
export const WORKFLOWS = [
  ...list(".github/workflows", /\.ya?ml$/),
  ...list("workflows", /\.ya?ml$/),
  ...list("examples/infra-gitops/.github/workflows", /\.ya?ml$/),
];

/** Every action.yml. */
export const ACTIONS = readdirSync(join(ROOT, "actions"))
  .filter((d) => existsSync(join(ROOT, "actions", d, "action.yml")))
  .map((d) => `actions/${d}/action.yml`);

export function read(path: string): string {
  return readFileSync(join(ROOT, path), "utf8");
}
