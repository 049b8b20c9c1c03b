/**
 * `gitops preview`: the Applications one pull request's preview would create, expanded as Argo
 * CD's pullRequest generator would, rendered at the pull request's head and checked like any
 * target (lint, policy) plus the checks only a preview needs.
 */
import type { Finding } from "../../core/src/finding.js";
import { loadModel } from "../../core/src/model/load.js";
import type { ModelApplication, RepoModel } from "../../core/src/model/types.js";
import { lint } from "../../lint/src/index.js";
import { runPolicyCheck } from "../../policy/src/index.js";
import { checkPreviews } from "./checks.js";
import { renderPreview } from "./rendered.js";
import { checkSelection } from "./selection.js";
import { PreviewSets, type PreviewSet } from "./sets.js";
import type { PreviewApplication, PreviewReport, PreviewRequest } from "./types.js";
import { previewUrls } from "./urls.js";
import { describeSelection, otherPullRequests } from "./variants.js";

export interface PreviewOptions {
  repo: string;
  request: PreviewRequest;
  /** Environment for locating kustomize and helm (PATH, RUNNER_TOOL_CACHE). */
  env?: NodeJS.ProcessEnv;
  /** Kubernetes minor of lint's schemas (default as lint chooses). */
  kubeVersion?: string;
}

/** The expansion alone: which Applications the pull request's preview has (no render, no checks). */
export interface PreviewExpansion {
  model: RepoModel;
  sets: PreviewSets;
  bySet: { set: PreviewSet; apps: ModelApplication[] }[];
  /** The model's findings about the preview ApplicationSets (a template that fails, a note). */
  findings: Finding[];
  /** Why there is no preview, when there is none. */
  message?: string;
}

/** Expands the repository's pullRequest ApplicationSets for one pull request. */
export async function expandPreview(
  repo: string,
  request: PreviewRequest,
  env?: NodeJS.ProcessEnv,
): Promise<PreviewExpansion> {
  const model = await loadModel(repo, { pullRequest: request, ...(env ? { env } : {}) });
  const sets = new PreviewSets(model);
  const bySet = sets.sets.map((set) => ({
    set,
    apps: model.applications.filter((a) => a.applicationSet === set.name && a.file === set.file),
  }));
  const findings = model.findings.filter((f) =>
    sets.sets.some((s) => f.file === s.file && f.message.startsWith(`ApplicationSet ${s.name}`)),
  );
  const expansion: PreviewExpansion = { model, sets, bySet, findings };
  if (sets.sets.length === 0)
    expansion.message = `no ApplicationSet in the repository has a pullRequest generator, so pull request #${request.number} gets no preview`;
  else if (bySet.every((s) => s.apps.length === 0))
    expansion.message = `no pullRequest generator selects pull request #${request.number}, so it gets no preview: ${bySet.map((s) => describeSelection(s.set)).join("; ")}`;
  return expansion;
}

/**
 * What keeps a closed pull request's previews from being torn down (the teardown rules only,
 * which need no render): for the comment that says they are gone.
 */
export function teardownFindings(expansion: PreviewExpansion): Finding[] {
  return expansion.bySet
    .filter((s) => s.apps.length > 0)
    .flatMap(({ set, apps }) =>
      checkPreviews({
        set,
        apps,
        otherNamespaces: new Set(),
        comparedWithOthers: false,
        longest: undefined,
        envNamespaces: new Map(),
        renderedNamespaces: new Map(),
      }),
    )
    .filter((f) => f.rule.startsWith("preview/teardown-"));
}

/** The preview of one pull request, rendered and checked. */
export async function runPreview(o: PreviewOptions): Promise<PreviewReport> {
  const expansion = await expandPreview(o.repo, o.request, o.env);
  const { model, sets, bySet } = expansion;
  const report: PreviewReport = {
    pullRequest: o.request.number,
    applications: [],
    findings: [...expansion.findings],
    applicationSets: bySet.map((s) => ({
      name: s.set.name,
      file: s.set.file,
      line: s.set.line,
      generated: s.apps.length,
    })),
  };
  if (expansion.message !== undefined) {
    report.message = expansion.message;
    return report;
  }
  const apps = bySet.flatMap((s) => s.apps);
  const known = new Set(model.targets.filter((t) => !t.skipReason).map((t) => t.id));
  const targets = new Set(apps.flatMap((a) => a.targets).filter((id) => known.has(id)));
  const env = o.env ? { env: o.env } : {};

  const rendered = await renderPreview(model, targets, o.env);
  report.findings.push(...rendered.findings);
  const objects = rendered.objects;
  const objectsOf = (app: ModelApplication) => app.targets.flatMap((id) => objects.get(id) ?? []);

  const previewNames = new Set(apps.map((a) => `${a.file}#${a.name}`));
  const envNamespaces = new Map<string, string>();
  for (const a of model.applications) {
    const ns = a.destination.namespace;
    if (ns && !previewNames.has(`${a.file}#${a.name}`) && !envNamespaces.has(ns))
      envNamespaces.set(ns, a.name);
  }
  const renderedNamespaces = new Map(
    apps.map((a) => [
      a.name,
      new Set(objectsOf(a).flatMap((x) => (x.kind === "Namespace" ? [nameOf(x)] : []))),
    ]),
  );
  const others = otherPullRequests(o.request);
  for (const { set, apps: generated } of bySet) {
    report.findings.push(...checkSelection(set, o.request, generated.length > 0));
    if (generated.length === 0) continue;
    let other: Record<string, unknown>[] | undefined;
    for (const pr of others.compare) {
      const made = sets.expandFor(set, pr);
      if (made.length > 0) {
        other = made;
        break;
      }
    }
    const longest = sets.expandFor(set, others.longestBranch);
    report.findings.push(
      ...checkPreviews({
        set,
        apps: generated,
        otherNamespaces: new Set((other ?? []).map(namespaceOf).filter((n) => n !== "")),
        comparedWithOthers: other !== undefined,
        longest:
          longest.length > 0
            ? { names: longest.map(nameOf), namespaces: longest.map(namespaceOf).filter((n) => n !== "") }
            : undefined,
        envNamespaces,
        renderedNamespaces,
      }),
    );
  }

  const setFiles = [...new Set(bySet.filter((s) => s.apps.length > 0).map((s) => s.set.file))];
  const linted = await lint({
    repo: model.repo,
    model,
    files: setFiles,
    cwd: model.repo,
    ...env,
    ...(o.kubeVersion ? { kubeVersion: o.kubeVersion } : {}),
  });
  // The render was reported above, once; render, lint and policy each carry the model's own
  // findings (an unknown env, say), which are reported once too.
  const reported = new Set(report.findings.map(findingKey));
  const fresh = (f: Finding) => f.tool !== "render" && !reported.has(findingKey(f));
  report.findings.push(...linted.findings.filter(fresh));
  for (const f of linted.findings) reported.add(findingKey(f));
  const policy = await runPolicyCheck({ repo: model.repo, model, targets, ...env });
  report.findings.push(...policy.findings.filter(fresh));

  report.applications = apps
    .map((a): PreviewApplication => ({
      name: a.name,
      namespace: a.destination.namespace ?? "",
      targets: [...a.targets],
      urls: previewUrls(objectsOf(a), a.destination.namespace ?? ""),
      applicationSet: a.applicationSet ?? "",
      file: a.file,
      line: a.line,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return report;
}

/** Two findings with this key say the same thing about the same place. */
function findingKey(f: Finding): string {
  return JSON.stringify([f.tool, f.rule, f.severity, f.file ?? "", f.line ?? 0, f.target ?? "", f.message]);
}

function nameOf(o: Record<string, unknown>): string {
  const meta = o.metadata;
  return typeof meta === "object" && meta !== null && typeof (meta as { name?: unknown }).name === "string"
    ? (meta as { name: string }).name
    : "";
}

function namespaceOf(o: Record<string, unknown>): string {
  const spec = o.spec as { destination?: { namespace?: unknown } } | undefined;
  const ns = spec?.destination?.namespace;
  return typeof ns === "string" ? ns : "";
}
