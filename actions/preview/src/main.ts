import { UserError } from "../../../packages/core/src/index.js";
import { COMMENT_MARKER, previewEvent, readPullRequestEvent } from "../../../packages/preview/src/index.js";
import {
  appendSummary,
  emitAnnotations,
  getBoolean,
  getEnum,
  getOctokitClient,
  getSeverity,
  getString,
  info,
  postStickyComment,
  repository,
  runAction,
  setOutputs,
} from "../../../packages/github/src/index.js";
import { argoFromInputs } from "./argo.js";
import { Inputs, Outputs } from "./names.js";
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
  /** The one sticky comment; a pull request with no preview only has an earlier one updated. */
  const post = async (body: string, create: boolean) => {
    if (!octokit) return;
    const target = { ...repository(), issueNumber: request.number, marker: COMMENT_MARKER };
    await postStickyComment(octokit, { ...target, body, create, what: "preview" });
  };

  const result = await previewEvent({
    repo: repoPath,
    request,
    closed,
    failOn,
    ...(k8s ? { kubeVersion: k8s } : {}),
    ...(argo ? { argo } : {}),
    io: { info, annotate: emitAnnotations, progress: (body) => post(body, true) },
  });
  setOutputs({
    [Outputs.Status]: result.status,
    [Outputs.Applications]: result.applications,
    [Outputs.Count]: String(result.applications.length),
    [Outputs.Urls]: result.applications.flatMap((a) => a.urls),
    [Outputs.Errors]: String(result.errors),
    [Outputs.Warnings]: String(result.warnings),
    [Outputs.Live]: result.live,
  });
  await appendSummary(result.body);
  if (result.failed) process.exitCode = 1;
  await post(result.body, result.previewed);
});
