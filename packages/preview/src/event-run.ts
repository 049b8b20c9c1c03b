/**
 * The preview action's work on a pull_request event: an open pull request's previews checked
 * (and, with Argo CD, waited for until Synced and Healthy at the head); a closed one's listed for
 * teardown (and, with Argo CD, verified gone). The action only reads inputs and writes outputs.
 */
import { countBySeverity, failsAt } from "../../core/src/finding.js";
import type { PreviewEventOptions, PreviewEventResult } from "./event-types.js";
import { liveMarkdown, teardownMarkdown, waitingMarkdown } from "./live-markdown.js";
import { verifyTeardown, waitForPreviews } from "./live.js";
import { closedComment, previewComment } from "./markdown.js";
import { expandPreview, runPreview, teardownFindings } from "./run.js";

/** Runs the preview (open) or the teardown (closed) for the event's pull request. */
export function previewEvent(o: PreviewEventOptions): Promise<PreviewEventResult> {
  return o.closed ? closedPreview(o) : openPreview(o);
}

async function openPreview(o: PreviewEventOptions): Promise<PreviewEventResult> {
  const { request, argo, io } = o;
  const report = await runPreview({
    repo: o.repo,
    request,
    ...(o.kubeVersion ? { kubeVersion: o.kubeVersion } : {}),
  });
  const previewed = report.applications.length > 0;
  const counts = countBySeverity(report.findings);
  io.info(
    previewed
      ? `pull request #${request.number}: ${report.applications.length} preview Application(s), ${counts.error} error(s), ${counts.warning} warning(s)`
      : (report.message ?? "no preview"),
  );
  io.annotate(report.findings);
  let body = previewComment(report, request, o.failOn);
  let live: PreviewEventResult["live"] = "off";
  if (argo && previewed) {
    // The checks are worth seeing at once; the live part replaces the waiting line when known.
    await io.progress(`${body}\n${waitingMarkdown(argo.timeoutMs)}`);
    const result = await waitForPreviews({ ...argo, apps: report.applications, headSha: request.headSha });
    live = result.ready ? "ready" : "timeout";
    body = `${body}\n${liveMarkdown(result)}`;
    io.info(
      result.ready ? "previews Synced and Healthy at the head" : "previews not Synced and Healthy in time",
    );
  }
  return {
    status: previewed ? "previewed" : "none",
    applications: report.applications.map(({ name, namespace, targets, urls }) => ({
      name,
      namespace,
      targets,
      urls,
    })),
    errors: counts.error,
    warnings: counts.warning,
    live,
    body,
    previewed,
    failed: live === "timeout" || failsAt(report.findings, o.failOn),
  };
}

async function closedPreview(o: PreviewEventOptions): Promise<PreviewEventResult> {
  const { request, argo, io } = o;
  const expansion = await expandPreview(o.repo, request);
  const apps = expansion.bySet
    .flatMap((s) => s.apps)
    .map((a) => ({ name: a.name, namespace: a.destination.namespace ?? "", targets: a.targets }));
  const previewed = apps.length > 0;
  const teardown = teardownFindings(expansion);
  io.annotate(teardown);
  let verified: { done: boolean; markdown: string } | undefined;
  if (argo && previewed) {
    const t = await verifyTeardown({ ...argo, apps });
    verified = { done: t.done, markdown: teardownMarkdown(t, argo.timeoutMs) };
    io.info(t.done ? "teardown verified in Argo CD" : "teardown not complete in Argo CD");
  }
  const body = closedComment(apps, request, teardown, verified);
  io.info(`pull request #${request.number} is closed: ${apps.length} preview Application(s) to be torn down`);
  return {
    status: "closed",
    applications: apps.map((a) => ({ ...a, urls: [] })),
    errors: teardown.length,
    warnings: 0,
    live: verified ? (verified.done ? "torn-down" : "present") : "off",
    body,
    previewed,
    failed: verified?.done === false,
  };
}
