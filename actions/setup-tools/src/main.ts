// Only the runner plumbing is imported up front; the installer (its manifest, archive readers,
// the download client) loads once the inputs are read.
import { resolve } from "node:path";
import { getList, getString } from "../../../packages/github/src/inputs.js";
import { info, warning } from "../../../packages/github/src/log.js";
import { addPath, setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const manifest = getString(Inputs.Manifest);
  const tools = getList(Inputs.Tools);
  const mirror = getString(Inputs.Mirror);
  const { installSummaryMarkdown, installTools } = await import("../../../packages/tools/src/index.js");
  const result = await installTools({
    tools,
    manifestPath: manifest === undefined ? undefined : resolve(manifest),
    manifestDisplayPath: manifest,
    mirror,
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
