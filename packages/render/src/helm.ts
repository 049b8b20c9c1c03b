import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { runTool, type ToolResult } from "../../tools/src/exec.js";
import { goRuntimeEnv } from "../../tools/src/go-env.js";
import type { RenderSpec } from "./spec.js";

type HelmSpec = Extract<RenderSpec, { type: "helm" }>;

/**
 * `helm template` with the arguments Argo CD's repo-server passes: value files
 * in order, then inline `values`/`valuesObject`, then `parameters`; the
 * destination namespace; CRDs included unless `skipCrds`.
 */
export async function helmTemplate(
  helm: string,
  spec: HelmSpec,
  opts: { timeoutMs: number; kubeVersion?: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<ToolResult> {
  const scratch = mkdtempSync(join(tmpdir(), "gitops-helm-"));
  try {
    return await runTool(helm, helmArgs(spec, scratch, opts.kubeVersion), {
      timeoutMs: opts.timeoutMs,
      env: goRuntimeEnv(opts.env ?? process.env),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The argument list; inline values go to files in `scratch` so no value is ever parsed by a shell. */
export function helmArgs(spec: HelmSpec, scratch: string, kubeVersion?: string): string[] {
  const args = ["template", spec.releaseName, spec.chartDir];
  if (spec.namespace) args.push("--namespace", spec.namespace);
  for (const f of spec.valueFiles) args.push("--values", f);
  if (spec.values) {
    const f = join(scratch, "values.yaml");
    writeFileSync(f, spec.values);
    args.push("--values", f);
  }
  if (spec.valuesObject) {
    const f = join(scratch, "values-object.yaml");
    writeFileSync(f, stringify(spec.valuesObject));
    args.push("--values", f);
  }
  for (const p of spec.parameters ?? []) {
    args.push(p.forceString ? "--set-string" : "--set", `${p.name}=${p.value}`);
  }
  args.push(spec.skipCrds ? "--skip-crds" : "--include-crds");
  if (kubeVersion) args.push("--kube-version", kubeVersion);
  return args;
}
