import { MAX_SHARDS, UserError } from "../../../packages/core/src/index.js";
import { getInteger, getString, info, runAction, setOutputs } from "../../../packages/github/src/index.js";
import { runShard } from "../../../packages/validate/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const resultsDir = getString(Inputs.ResultsDir, { default: "gitops-results" });
  const base = getString(Inputs.Base);
  const k8sVersion = getString(Inputs.K8sVersion);
  const result = await runShard({
    repo: getString(Inputs.RepoPath, { default: "." }),
    shard: getInteger(Inputs.Shard, { default: 1, min: 1, max: MAX_SHARDS }),
    targets: parseTargets(getString(Inputs.Targets, { required: true })),
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
