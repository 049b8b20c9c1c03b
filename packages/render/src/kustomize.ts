import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { runTool, type ToolResult } from "../../tools/src/exec.js";
import { goRuntimeEnv } from "../../tools/src/go-env.js";
import type { KustomizeOptions } from "./spec.js";

/** How to invoke kustomize: a `kustomize` binary or `kubectl kustomize`. */
export interface KustomizeTool {
  kind: "kustomize" | "kubectl";
  path: string;
  /** helm, for kustomizations with `helmCharts` (`--enable-helm`). */
  helm?: string;
}

/**
 * Runs `kustomize build` the safe way: load restrictions on (no file outside
 * the kustomization root), never exec or alpha plugins; `--enable-helm` only
 * when the kustomization inflates charts.
 */
export async function kustomizeBuild(
  tool: KustomizeTool,
  dir: string,
  opts: { timeoutMs: number; enableHelm: boolean; env?: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<ToolResult> {
  const args = tool.kind === "kubectl" ? ["kustomize"] : ["build"];
  args.push("--load-restrictor", "LoadRestrictionsRootOnly");
  if (opts.enableHelm && tool.helm) args.push("--enable-helm", "--helm-command", tool.helm);
  // `--` keeps a folder named like an option from being read as one.
  args.push("--", dir);
  // A remote base is fetched with git: it must fail, not wait for a password nobody will type.
  const env = { ...goRuntimeEnv(opts.env ?? process.env), GIT_TERMINAL_PROMPT: "0" };
  return runTool(tool.path, args, {
    timeoutMs: opts.timeoutMs,
    env,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
}

/**
 * Builds `dir` with Argo CD's `source.kustomize` options. Argo edits a copy of
 * the kustomization (`kustomize edit set image ...`); we get the same result
 * without copying by building a throwaway overlay whose only resource is `dir`
 * (by relative path: kustomize refuses absolute roots).
 */
export async function kustomizeBuildWithOptions(
  tool: KustomizeTool,
  dir: string,
  options: KustomizeOptions,
  opts: { timeoutMs: number; enableHelm: boolean; env?: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<ToolResult> {
  const wrapper = mkdtempSync(join(tmpdir(), "gitops-kustomize-"));
  try {
    writeFileSync(
      join(wrapper, "kustomization.yaml"),
      stringify(overlayFor(relative(wrapper, dir), options)),
    );
    return await kustomizeBuild(tool, wrapper, opts);
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }
}

/** The overlay kustomization equivalent to Argo CD's options. */
export function overlayFor(resource: string, o: KustomizeOptions): Record<string, unknown> {
  const k: Record<string, unknown> = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [resource],
  };
  if (o.namePrefix) k.namePrefix = o.namePrefix;
  if (o.nameSuffix) k.nameSuffix = o.nameSuffix;
  if (o.namespace) k.namespace = o.namespace;
  if (o.commonLabels) k.commonLabels = o.commonLabels;
  if (o.commonAnnotations) k.commonAnnotations = o.commonAnnotations;
  if (o.images?.length) k.images = o.images.map(parseArgoImage);
  if (o.patches?.length) k.patches = o.patches;
  return k;
}

/**
 * Argo CD's image override syntax (`kustomize edit set image`):
 * `[old=]new[:tag][@digest]`, e.g. `nginx=registry/nginx:1.2` or `app@sha256:...`.
 */
export function parseArgoImage(spec: string): Record<string, string> {
  const eq = spec.indexOf("=");
  const name = eq >= 0 ? spec.slice(0, eq) : undefined;
  let rest = eq >= 0 ? spec.slice(eq + 1) : spec;
  const entry: Record<string, string> = {};
  const at = rest.indexOf("@");
  if (at >= 0) {
    entry.digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  // A colon after the last slash is a tag; one before it is a registry port.
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    entry.newTag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  entry.name = name ?? rest;
  if (name !== undefined && rest !== name) entry.newName = rest;
  return entry;
}
