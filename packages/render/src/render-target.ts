import type { Finding } from "../../core/src/finding.js";
import { messageOf } from "../../core/src/errors.js";
import type { DocumentReader } from "../../core/src/model/read.js";
import { parseRenderedYaml } from "../../core/src/rendered-yaml.js";
import type { ToolResult } from "../../tools/src/exec.js";
import { renderDirectory } from "./directory.js";
import type { InputGraph } from "./graph.js";
import { helmTemplate } from "./helm.js";
import type { SlotRunner } from "./pool.js";
import { kustomizeBuild, kustomizeBuildWithOptions } from "./kustomize.js";
import type { RenderSpec, RenderTarget } from "./spec.js";
import { screenInputs } from "./screen.js";
import { condenseHelmError, condenseKustomizeError, scrubPaths, type ToolFailure } from "./tool-errors.js";
import type { RenderTools } from "./tools.js";

export interface TargetOutcome {
  ok: boolean;
  /** The manifests, when ok. */
  yaml: string;
  resources: number;
  /** The failure, when not ok: also a Finding. */
  failure?: Finding;
  ms: number;
}

export interface TargetContext {
  repo: string;
  tools: RenderTools;
  timeoutMs: number;
  allowNetwork: boolean;
  kubeVersion: string;
  graph: InputGraph;
  /** The repository model's reader: the input screen shares its parses. */
  read?: DocumentReader;
  /** Aborted when the run stops (an output could not be written): kills the tool in flight. */
  signal?: AbortSignal;
  /** Where tool processes wait for a free CPU; without it they start at once. */
  slot?: SlotRunner;
}

/** Renders one target; any failure becomes a Finding on the target, never an exception. */
export async function renderTarget(target: RenderTarget, ctx: TargetContext): Promise<TargetOutcome> {
  const started = performance.now();
  const fail = (f: ToolFailure, rule = "failed"): TargetOutcome => {
    const failure: Finding = {
      tool: "render",
      rule,
      severity: "error",
      message: `${target.id}: ${f.message}`,
      target: target.id,
    };
    if (f.file) failure.file = f.file;
    if (f.line) failure.line = f.line;
    return { ok: false, yaml: "", resources: 0, failure, ms: performance.now() - started };
  };
  if (ctx.graph.remote.length > 0 && !ctx.allowNetwork) {
    return fail(
      {
        message: `needs remote ${ctx.graph.remote.join(", ")}; network access is off (set render.allowNetwork: true in .gitops.yaml to allow it)`,
        ...firstAppLocation(target),
      },
      "network-refused",
    );
  }
  const unreadable = screenInputs(ctx.graph, ctx.repo, ctx.read);
  if (unreadable) return fail(unreadable, "unreadable-input");
  const parts: string[] = [];
  for (const spec of target.specs) {
    let out: string | (ToolFailure & { rule?: string });
    try {
      // Only the tool holds a slot: the screen above and the parse below run while others' tools do.
      out =
        spec.type === "directory" || !ctx.slot
          ? await renderSpec(spec, ctx)
          : await ctx.slot(() => renderSpec(spec, ctx));
    } catch (err) {
      out = { message: scrubPaths(messageOf(err), ctx.repo), ...errorLocation(err) };
    }
    if (typeof out !== "string") return fail(out, out.rule);
    parts.push(out.endsWith("\n") || out === "" ? out : out + "\n");
  }
  const yaml = parts.join(parts.length > 1 ? "---\n" : "");
  try {
    const parsed = parseRenderedYaml(yaml, `render/${target.id}.yaml`);
    const resources = parsed.filter((d) => isResource(d.value)).length;
    return { ok: true, yaml, resources, ms: performance.now() - started };
  } catch (err) {
    return fail({ message: `renders unreadable YAML: ${messageOf(err)}` });
  }
}

async function renderSpec(
  spec: RenderSpec,
  ctx: TargetContext,
): Promise<string | (ToolFailure & { rule?: string })> {
  if (spec.type === "directory") return renderDirectory(spec, ctx.repo);
  // A target that waited for a slot while the run stopped starts no tool.
  if (ctx.signal?.aborted) return { message: "not rendered: the run stopped" };
  let result: ToolResult;
  if (spec.type === "helm") {
    if (!ctx.tools.helm) throw new Error("helm was not located");
    result = await helmTemplate(ctx.tools.helm, spec, {
      timeoutMs: ctx.timeoutMs,
      kubeVersion: ctx.kubeVersion,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  } else {
    if (!ctx.tools.kustomize) throw new Error("kustomize was not located");
    const opts = {
      timeoutMs: ctx.timeoutMs,
      enableHelm: ctx.graph.helmCharts,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    };
    result = spec.options
      ? await kustomizeBuildWithOptions(ctx.tools.kustomize, spec.dir, spec.options, opts)
      : await kustomizeBuild(ctx.tools.kustomize, spec.dir, opts);
  }
  const tool = spec.type === "helm" ? "helm template" : "kustomize build";
  if (result.timedOut)
    return {
      message: `${tool} timed out after ${Math.round(ctx.timeoutMs / 1000)} s and was stopped (raise render.timeout in .gitops.yaml if it needs longer)`,
      rule: "timeout",
    };
  if (result.overflowed)
    return { message: `${tool} produced more output than the limit and was stopped`, rule: "output-limit" };
  if (result.code !== 0) {
    return spec.type === "helm"
      ? condenseHelmError(result.stderr, spec.chartDir, ctx.repo)
      : condenseKustomizeError(result.stderr, spec.dir, ctx.repo);
  }
  return result.stdout;
}

function isResource(v: unknown): boolean {
  return typeof v === "object" && v !== null && "kind" in v && "apiVersion" in v;
}

function firstAppLocation(target: RenderTarget): { file?: string; line?: number } {
  const app = target.applications[0];
  return app ? { file: app.file, line: app.line } : {};
}

function errorLocation(err: unknown): { file?: string; line?: number } {
  const e = err as { file?: string; line?: number };
  return { ...(e.file ? { file: e.file } : {}), ...(e.line ? { line: e.line } : {}) };
}
