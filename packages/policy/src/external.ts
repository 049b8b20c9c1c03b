import { relative, resolve } from "node:path";
import type { PolicyConfig } from "../../core/src/config.js";
import { findTool, missingToolsError } from "../../tools/src/index.js";
import { runConftest } from "./adapters/conftest.js";
import { runKyverno } from "./adapters/kyverno.js";
import type { CheckInputs } from "./check.js";
import type { PolicyResult } from "./engine/run.js";
import type { PolicySet } from "./load/policies.js";

/**
 * Runs the policies that need an external tool: Kyverno pattern/anyPattern/deny rules through
 * the kyverno CLI and Rego through conftest. A policy whose tool is not installed fails the run
 * with a UserError naming the policies and how to install the tool: it never passes silently.
 */
export async function runExternalEngines(
  policies: PolicySet,
  inputs: CheckInputs,
  o: { repo: string; dir: string; config: PolicyConfig; env?: NodeJS.ProcessEnv | undefined },
): Promise<{ results: PolicyResult[]; kyverno: boolean; conftest: boolean }> {
  const repo = resolve(o.repo);
  const timeoutMs = o.config.timeout * 1000;
  const env = o.env ?? process.env;
  const results: PolicyResult[] = [];
  const files = inputs.files.filter((f) => f.resources.length > 0);
  let kyverno = false;
  let conftest = false;

  if (policies.kyvernoRules.length > 0) {
    const binary = findTool("kyverno", env);
    if (!binary) {
      const names = [
        ...new Set(policies.kyvernoRules.map((r) => `${r.policy}/${r.rule} (${r.file}:${r.line})`)),
      ];
      throw missingToolsError(
        ["kyverno"],
        `run the Kyverno pattern/anyPattern/deny rules ${names.join(", ")}`,
      );
    }
    kyverno = true;
    results.push(
      ...(await runKyverno({
        binary,
        repo,
        policyFiles: policies.kyvernoFiles,
        exceptionFiles: [
          ...policies.kyvernoExceptions,
          ...o.config.kyverno.exceptions.map((e) => resolve(repo, e)),
        ],
        rules: policies.kyvernoRules,
        inputs: files.map((f) => ({ path: resolve(repo, f.path), resources: f.resources })),
        timeoutMs,
        env,
      })),
    );
  }

  if (policies.rego.length > 0) {
    const binary = findTool("conftest", env);
    if (!binary) {
      const names = policies.rego.map((p) => relative(repo, p));
      throw missingToolsError(["conftest"], `run the Rego policies ${names.join(", ")}`);
    }
    conftest = true;
    const c = o.config.conftest;
    results.push(
      ...(await runConftest({
        binary,
        repo,
        policyDirs: [resolve(repo, o.dir)],
        namespaces: c.namespaces,
        allNamespaces: c.allNamespaces,
        data: c.data.map((d) => resolve(repo, d)),
        combine: c.combine,
        inputs: files.map((f) => ({
          path: resolve(repo, f.path),
          file: f.file,
          ...(f.target !== undefined ? { target: f.target } : {}),
        })),
        timeoutMs,
        env,
      })),
    );
  }
  return { results, kyverno, conftest };
}
