import { countBySeverity, failsAt, UserError } from "../../../packages/core/src/index.js";
import {
  closedComment,
  COMMENT_MARKER,
  expandPreview,
  liveMarkdown,
  previewComment,
  readPullRequestEvent,
  runPreview,
  teardownFindings,
  teardownMarkdown,
  verifyTeardown,
  waitForPreviews,
  waitingMarkdown,
} from "../../../packages/preview/src/index.js";
import {
  appendSummary,
  emitAnnotations,
  getBoolean,
  getEnum,
  getOctokitClient,
  getSeverity,
  getString,
  info,
  repository,
  runAction,
  setOutputs,
  upsertStickyComment,
  warning,
} from "../../../packages/github/src/index.js";
import { argoFromInputs } from "./argo.js";
import { Inputs, Outputs } from "./names.js";
import { hasStickyComment } from "./sticky.js";
import { sweep } from "./sweep.js";

await runAction(async () => {
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  if (getEnum(Inputs.Mode, ["preview", "sweep"] as const, "preview") === "sweep") {
    await sweep(repoPath);
    return;
  }
  const failOn = getSeverity(Inputs.FailOn, "error");
  const k8s = getString(Inputs.K8sVersion);
  const eventFile = process.env.GITHUB_EVENT_PATH;
  if (!eventFile) throw new UserError("GITHUB_EVENT_PATH is not set: run the preview on pull_request events");
  const { request, closed } = readPullRequestEvent(eventFile);
  const argo = argoFromInputs(repoPath);
  const token = getBoolean(Inputs.Comment, true)
    ? getString(Inputs.GitHubToken, { required: true })
    : undefined;
  const octokit = token ? getOctokitClient(token) : undefined;

  let previewed = false;
  /** Posts (or updates) the one sticky comment; a comment we cannot post must not fail the preview. */
  const post = async (body: string) => {
    if (!octokit) return;
    const { owner, repo } = repository();
    const target = { owner, repo, issueNumber: request.number, marker: COMMENT_MARKER };
    try {
      if (!previewed && !(await hasStickyComment(octokit, target))) {
        info("no preview and no earlier preview comment: nothing to post");
        return;
      }
      const result = await upsertStickyComment(octokit, { ...target, body });
      info(`preview comment ${result.action}: ${result.url}`);
    } catch (err) {
      // A fork's read-only token cannot comment.
      warning(`Could not post the preview comment: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  if (closed) {
    const expansion = await expandPreview(repoPath, request);
    const apps = expansion.bySet
      .flatMap((s) => s.apps)
      .map((a) => ({ name: a.name, namespace: a.destination.namespace ?? "", targets: a.targets }));
    previewed = apps.length > 0;
    const teardown = teardownFindings(expansion);
    emitAnnotations(teardown);
    let verified: { done: boolean; markdown: string } | undefined;
    if (argo && previewed) {
      const t = await verifyTeardown({
        client: argo.connection.client,
        appNamespace: argo.connection.settings.appNamespace,
        apps,
        timeoutMs: argo.timeoutMs,
        intervalMs: argo.intervalMs,
      });
      verified = { done: t.done, markdown: teardownMarkdown(t, argo.timeoutMs) };
      info(t.done ? "teardown verified in Argo CD" : "teardown not complete in Argo CD");
      if (!t.done) process.exitCode = 1;
    }
    const body = closedComment(apps, request, teardown, verified);
    info(`pull request #${request.number} is closed: ${apps.length} preview Application(s) to be torn down`);
    setOutputs({
      [Outputs.Status]: "closed",
      [Outputs.Applications]: apps.map((a) => ({ ...a, urls: [] as string[] })),
      [Outputs.Count]: String(apps.length),
      [Outputs.Urls]: [],
      [Outputs.Errors]: String(teardown.length),
      [Outputs.Warnings]: "0",
      [Outputs.Live]: verified ? (verified.done ? "torn-down" : "present") : "off",
    });
    await appendSummary(body);
    await post(body);
    return;
  }

  const report = await runPreview({ repo: repoPath, request, ...(k8s ? { kubeVersion: k8s } : {}) });
  previewed = report.applications.length > 0;
  const counts = countBySeverity(report.findings);
  info(
    previewed
      ? `pull request #${request.number}: ${report.applications.length} preview Application(s), ${counts.error} error(s), ${counts.warning} warning(s)`
      : (report.message ?? "no preview"),
  );
  emitAnnotations(report.findings);
  let body = previewComment(report, request, failOn);
  let live = "off";
  if (argo && previewed) {
    // The checks are worth seeing at once; the live part replaces the waiting line when known.
    await post(`${body}\n${waitingMarkdown(argo.timeoutMs)}`);
    const result = await waitForPreviews({
      client: argo.connection.client,
      appNamespace: argo.connection.settings.appNamespace,
      apps: report.applications,
      headSha: request.headSha,
      timeoutMs: argo.timeoutMs,
      intervalMs: argo.intervalMs,
    });
    live = result.ready ? "ready" : "timeout";
    body = `${body}\n${liveMarkdown(result)}`;
    info(
      result.ready ? "previews Synced and Healthy at the head" : "previews not Synced and Healthy in time",
    );
    if (!result.ready) process.exitCode = 1;
  }
  setOutputs({
    [Outputs.Status]: previewed ? "previewed" : "none",
    [Outputs.Applications]: report.applications.map(({ name, namespace, targets, urls }) => ({
      name,
      namespace,
      targets,
      urls,
    })),
    [Outputs.Count]: String(report.applications.length),
    [Outputs.Urls]: report.applications.flatMap((a) => a.urls),
    [Outputs.Errors]: String(counts.error),
    [Outputs.Warnings]: String(counts.warning),
    [Outputs.Live]: live,
  });
  await appendSummary(body);
  if (failsAt(report.findings, failOn)) process.exitCode = 1;
  await post(body);
});
