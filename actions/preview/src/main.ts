import { countBySeverity, failsAt, UserError } from "../../../packages/core/src/index.js";
import {
  closedComment,
  COMMENT_MARKER,
  expandPreview,
  previewComment,
  readPullRequestEvent,
  runPreview,
  teardownFindings,
} from "../../../packages/preview/src/index.js";
import {
  appendSummary,
  emitAnnotations,
  getBoolean,
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
import { Inputs, Outputs } from "./names.js";
import { hasStickyComment } from "./sticky.js";

await runAction(async () => {
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const failOn = getSeverity(Inputs.FailOn, "error");
  const k8s = getString(Inputs.K8sVersion);
  const eventFile = process.env.GITHUB_EVENT_PATH;
  if (!eventFile) throw new UserError("GITHUB_EVENT_PATH is not set: run the preview on pull_request events");
  const { request, closed } = readPullRequestEvent(eventFile);
  const token = getBoolean(Inputs.Comment, true)
    ? getString(Inputs.GitHubToken, { required: true })
    : undefined;
  const octokit = token ? getOctokitClient(token) : undefined;

  let body: string;
  let previewed: boolean;
  if (closed) {
    const expansion = await expandPreview(repoPath, request);
    const apps = expansion.bySet
      .flatMap((s) => s.apps)
      .map((a) => ({
        name: a.name,
        namespace: a.destination.namespace ?? "",
        targets: a.targets,
        urls: [] as string[],
      }));
    previewed = apps.length > 0;
    const teardown = teardownFindings(expansion);
    emitAnnotations(teardown);
    body = closedComment(apps, request, teardown);
    info(`pull request #${request.number} is closed: ${apps.length} preview Application(s) to be torn down`);
    setOutputs({
      [Outputs.Status]: "closed",
      [Outputs.Applications]: apps,
      [Outputs.Count]: String(apps.length),
      [Outputs.Urls]: [],
      [Outputs.Errors]: String(teardown.length),
      [Outputs.Warnings]: "0",
    });
    await appendSummary(body);
  } else {
    const report = await runPreview({ repo: repoPath, request, ...(k8s ? { kubeVersion: k8s } : {}) });
    previewed = report.applications.length > 0;
    const counts = countBySeverity(report.findings);
    info(
      previewed
        ? `pull request #${request.number}: ${report.applications.length} preview Application(s), ${counts.error} error(s), ${counts.warning} warning(s)`
        : (report.message ?? "no preview"),
    );
    emitAnnotations(report.findings);
    body = previewComment(report, request, failOn);
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
    });
    await appendSummary(body);
    if (failsAt(report.findings, failOn)) process.exitCode = 1;
  }

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
    // A comment we cannot post (a fork's read-only token) must not fail the preview.
    warning(`Could not post the preview comment: ${err instanceof Error ? err.message : String(err)}`);
  }
});
