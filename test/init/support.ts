// Shared helpers of the gitops init tests: fixture copies and a snapshot of a folder tree.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "../../packages/core/src/index.js";
import { copyExample } from "../support/example.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REPOS = join(ROOT, "test/fixtures/repos");

/** Every repository shape: the fixtures and the example. */
export const SHAPES = [
  ...readdirSync(REPOS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort(),
  "example",
];

/** A fresh copy of a shape in a temp folder (never the fixture or the example in place). */
export function copyShape(shape: string): string {
  const dest = join(mkdtempSync(join(tmpdir(), `gitops-init-${shape}-`)), "repo");
  if (shape === "example") copyExample(dest);
  else cpSync(join(REPOS, shape), dest, { recursive: true });
  return dest;
}

/** Every file under `dir` with the sha256 of its bytes (a symlink: where it points). */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      const rel = relative(dir, abs).split(sep).join("/");
      if (e.isSymbolicLink()) out[rel] = `-> ${readlinkSync(abs)}`;
      else if (e.isDirectory()) walk(abs);
      else out[rel] = createHash("sha256").update(readFileSync(abs)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** What the model says about a repository, in a comparable form. */
export async function modelSnapshot(dir: string) {
  const m = await loadModel(dir);
  return {
    environments: m.environments,
    targets: m.targets.map((t) => ({ id: t.id, env: t.env, service: t.service, kind: t.kind })),
    applications: m.applications.map((a) => `${a.file}:${a.name}`),
    problems: m.findings.filter((f) => f.severity !== "notice").map((f) => f.message),
  };
}
