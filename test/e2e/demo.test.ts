// `npm run demo` as a new user sees it, on the CLI bundle (GITOPS_DIST=DIR tests another build),
// run on a copy of the example so examples/ is left as it is.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runDemo } from "../../scripts/demo-run.js";
import { exampleCopy } from "../render/support.js";
import { pathWith, testBinaries } from "../support/binaries.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), "cli", "index.js");

describe("npm run demo", () => {
  it("passes the example, then reports each planted problem at its file and line", async () => {
    const env = { ...process.env, PATH: pathWith((await testBinaries()).dir) };
    let out = "";
    let err = "";
    const code = runDemo({
      bin: BIN,
      example: exampleCopy(),
      cwd: ROOT,
      env,
      out: (t) => (out += t),
      err: (t) => (err += t),
    });
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const [first = "", second = ""] = out.split(/^━━ 2\/2 /m);
    // The clean run: every check passed and says what it covered.
    expect(first).toMatch(/^== render: passed .* — 13 of 13 targets rendered \(0 failed\), \d+ resources$/m);
    expect(first).toMatch(
      /^== lint: passed .* — \d+ resources in 13 targets against Kubernetes [\d.]+ schemas \+ \d+ CRD kinds/m,
    );
    expect(first).toMatch(
      /^== policy: passed .* — \d+ policies × \d+ objects of 13 targets: \d+ matched and evaluated$/m,
    );
    expect(first).toMatch(/^== secrets: passed .* — \d+ files \([\d.]+ KiB\) with \d+ credential rules$/m);
    // The planted run: a header naming each plant, then one finding per check, on its line.
    for (const at of [
      "render   apps/web/overlays/staging/kustomization.yaml:7",
      "lint     clusters/staging/namespaces.yaml:5",
      "policy   apps/cms/overlays/staging/migrate-job.yaml:1",
      "secrets  apps/cms/overlays/prod/README.md:9",
    ])
      expect(second).toContain(at);
    expect(second).toMatch(/^error {2}apps\/cms\/overlays\/prod\/README\.md:9 {2}secrets\/github-pat /m);
    expect(second).toContain("validate failed");
    expect(second).toMatch(/demo: the example passed, and the copy's 4 planted problems were each reported/);
  });
});
