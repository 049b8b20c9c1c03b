// A copy of examples/infra-gitops with CODEOWNERS and .gitops.yaml edits, for the governance tests.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyExample } from "../support/example.js";

/**
 * The example's CODEOWNERS as it ships: the platform team is on the service folders too, since
 * the base folders and the queue chart reach prod. (A name kept from when the example lacked it.)
 */
export function fixedCodeowners(text: string): string {
  return text;
}

/** The example's CODEOWNERS without the platform team on the service folders (bases, the queue chart). */
export function unfixedCodeowners(text: string): string {
  return text.replace(/^(\/apps\/(cms|web|queue)\/ +@example-org\/\w+-team) @example-org\/platform$/gm, "$1");
}

/** A fresh copy of the example; `codeowners` maps the example's CODEOWNERS text, `config` is appended. */
export function exampleRepo(
  options: { codeowners?: (text: string) => string; config?: string } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-governance-"));
  copyExample(dir);
  if (options.codeowners) {
    const path = join(dir, "CODEOWNERS");
    writeFileSync(path, options.codeowners(readFileSync(path, "utf8")));
  }
  if (options.config) {
    const path = join(dir, ".gitops.yaml");
    writeFileSync(path, readFileSync(path, "utf8") + options.config);
  }
  return dir;
}
