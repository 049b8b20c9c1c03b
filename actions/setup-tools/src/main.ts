import { resolve } from "node:path";
import { installSummaryMarkdown, installTools } from "../../../packages/tools/src/index.js";
import {
  addPath,
  appendSummary,
  getList,
  getString,
  info,
  runAction,
  setOutputs,
  warning,
} from "../../../packages/github/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const manifest = getString(Inputs.Manifest);
  const result = await installTools({
    tools: getList(Inputs.Tools),
    manifestPath: manifest === undefined ? undefined : resolve(manifest),
    manifestDisplayPath: manifest,
    mirror: getString(Inputs.Mirror),
    log: { info, warning },
  });
  // Only now that every tool verified does anything go on PATH.
  for (const dir of result.pathDirs) addPath(dir);
  setOutputs({
    [Outputs.Versions]: Object.fromEntries(result.tools.map((t) => [t.name, t.version])),
    [Outputs.Paths]: Object.fromEntries(result.tools.map((t) => [t.name, t.dir])),
  });
  await appendSummary(installSummaryMarkdown(result));
});
