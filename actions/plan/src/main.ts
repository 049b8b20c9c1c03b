// Start-up is what a plan job waits for: only the runner plumbing is imported up front; the
// model (YAML, ApplicationSet expansion, config schema) loads once the inputs are read.
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
import { getInteger, getList, getString } from "../../../packages/github/src/inputs.js";
import { info } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { MAX_SHARDS } from "../../../packages/core/src/shards.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const shards = getInteger(Inputs.Shards, { default: 1, min: 1, max: MAX_SHARDS });
  const [{ loadModel }, { buildPlan, planMarkdown }, { modelJson, noTargets }] = await Promise.all([
    import("../../../packages/core/src/model/load.js"),
    import("../../../packages/core/src/plan.js"),
    import("../../../packages/core/src/model/report.js"),
  ]);
  const layout = await loadModel(repoPath);
  // A required check that plans nothing would pass vacuously.
  if (layout.targets.length === 0) throw noTargets(layout);
  const plan = buildPlan(layout, {
    environments: getList(Inputs.Environments),
    services: getList(Inputs.Services),
    shards,
  });
  info(`${plan.targets.length} target(s) in ${plan.shards.length} shard(s)`);
  emitAnnotations(layout.findings);
  setOutputs({
    [Outputs.Targets]: modelJson(layout, plan.targets).targets,
    [Outputs.Count]: String(plan.targets.length),
    [Outputs.Matrix]: plan.matrix,
    [Outputs.HasTargets]: String(plan.targets.length > 0),
    [Outputs.ShardCount]: String(plan.shards.length),
  });
  await appendSummary(planMarkdown(plan));
});
