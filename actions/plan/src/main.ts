import { buildPlan, loadLayout, MAX_SHARDS, planMarkdown } from "../../../packages/core/src/index.js";
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
  const layout = loadLayout(repoPath);
  const plan = buildPlan(layout, {
    environments: getList(Inputs.Environments),
    services: getList(Inputs.Services),
    shards,
  });
  info(`${plan.targets.length} target(s) in ${plan.shards.length} shard(s)`);
  emitAnnotations(layout.findings);
  setOutputs({
    [Outputs.Targets]: plan.targets.map(({ id, env, service, kind }) => ({ id, env, service, kind })),
    [Outputs.Count]: String(plan.targets.length),
    [Outputs.Matrix]: plan.matrix,
    [Outputs.HasTargets]: String(plan.targets.length > 0),
    [Outputs.ShardCount]: String(plan.shards.length),
  });
  await appendSummary(planMarkdown(plan));
});
