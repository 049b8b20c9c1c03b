// Helpers shared by the secret-scan tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SecretScanner } from "../../packages/secrets/src/engine.js";
import { BUILTIN_RULES } from "../../packages/secrets/src/rules/index.js";
import type { RawMatch } from "../../packages/secrets/src/types.js";
import { writeFiles } from "../support/git.js";
import { copyExample } from "../support/example.js";

export const EXAMPLE = fileURLToPath(new URL("../../examples/infra-gitops", import.meta.url));

const scanner = new SecretScanner(BUILTIN_RULES);

/** The built-in rules' matches in `text`, as if it were the file `path`. */
export function scanText(text: string, path = "values.yaml"): RawMatch[] {
  return scanner.scan({ path, bytes: Buffer.from(text, "utf8") });
}

/** A temporary folder holding `files`. */
export function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-secrets-"));
  writeFiles(dir, files);
  return dir;
}

/** A copy of examples/infra-gitops with `files` written over it. */
export function exampleCopy(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-secrets-example-"));
  copyExample(dir);
  writeFiles(dir, files);
  return dir;
}

export { cli } from "../support/cli.js";
