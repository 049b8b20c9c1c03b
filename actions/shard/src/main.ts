// Only the runner plumbing is imported up front; validate (render, lint, policy, secrets) loads
// once the inputs are read.
import { UserError } from "../../../packages/core/src/errors.js";
import { MAX_SHARDS } from "../../../packages/core/src/shards.js";
import { getInteger, getString } from "../../../packages/github/src/inputs.js";
import { info } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const resultsDir = getString(Inputs.ResultsDir, { default: "gitops-results" });
  const base = getString(Inputs.Base);
  const k8sVersion = getString(Inputs.K8sVersion);
  const repo = getString(Inputs.RepoPath, { default: "." });
  const shard = getInteger(Inputs.Shard, { default: 1, min: 1, max: MAX_SHARDS });
  const targets = parseTargets(getString(Inputs.Targets, { required: true }));
  const { runShard } = await import("../../../packages/validate/src/index.js");
  const result = await runShard({
    repo,
    shard,
    targets,
    resultsDir,
    failOn: "error",
    ...(base ? { base } : {}),
    ...(k8sVersion ? { k8sVersion } : {}),
  });
  info(`shard rendered ${result.render.rendered.length} target(s); results in ${resultsDir}`);
  setOutputs({ [Outputs.ResultsDir]: resultsDir, [Outputs.Rendered]: String(result.render.rendered.length) });
});

function parseTargets(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(`Input "targets" must be a JSON array of target ids, got "${text.slice(0, 80)}"`);
  }
  if (!Array.isArray(parsed) || !parsed.every((t) => typeof t === "string")) {
    throw new UserError('Input "targets" must be a JSON array of target ids (strings)');
  }
  return parsed;
}
