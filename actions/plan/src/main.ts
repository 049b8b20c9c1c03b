import {
  buildPlan,
  loadModel,
  MAX_SHARDS,
  modelJson,
  planMarkdown,
} from "../../../packages/core/src/index.js";
import { noTargets } from "../../../packages/render/src/index.js";
import {
  appendSummary,
  emitAnnotations,
  getInteger,
  getList,
  getString,
  info,
  runAction,
  setOutputs,
} from "../../../packages/github/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const shards = getInteger(Inputs.Shards, { default: 1, min: 1, max: MAX_SHARDS });
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
