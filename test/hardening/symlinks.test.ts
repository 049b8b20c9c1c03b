// Symlinks: one to a file outside the repository is refused and its content
// never reaches render/; folders that link back to a parent never make a
// command hang or crash.
import { readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectHardened, gitops, snapshot } from "./harness.js";
import { configMap, removeTempFolders, tempFolder, tinyRepo, writeIn } from "./yaml-inputs.js";

afterAll(removeTempFolders);

/** A value that must never show up in anything we write or print. */
const MARKER = "outside-the-repo-5e1f";

/** The text of every file under `dir`. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
    .join("\n");
}

describe("hardening: symlinks", () => {
  it("a symlink to a file outside the repo is refused, named, and its content never rendered", async () => {
    const outside = tempFolder();
    const resource = writeIn(outside, "secret.yaml", `${configMap("leak")}  token: ${MARKER}\n`);
    const values = writeIn(outside, "values.yaml", `replicas: ${MARKER}\n`);
    const repo = tinyRepo({
      "apps/web/overlays/staging/kustomization.yaml": "resources:\n  - configmap.yaml\n  - secret.yaml\n",
    });
    symlinkSync(resource, join(repo, "apps/web/overlays/staging/secret.yaml"));
    symlinkSync(values, join(repo, "apps/queue/overlays/staging/values.yaml.link"));
    // The Application's value file is the link.
    const app = join(repo, "argo-apps/staging/queue.yaml");
    writeIn(
      repo,
      "argo-apps/staging/queue.yaml",
      readFileSync(app, "utf8").replace("values.yaml", "values.yaml.link"),
    );
    const before = snapshot(repo);

    const r = await gitops(["render", "--repo", repo]);
    expectHardened(r, {
      code: 1,
      names: ["apps/web/overlays/staging/secret.yaml", "apps/queue/overlays/staging/values.yaml.link"],
      repo,
      before,
    });
    expect(`${r.stdout}${r.stderr}`).not.toContain(MARKER);
    expect(allText(join(repo, "render"))).not.toContain(MARKER);
  });

  it("a plain manifest folder: a symlinked file inside the repo renders, one outside fails the target", async () => {
    const outside = tempFolder();
    const leak = writeIn(outside, "leak.yaml", `${configMap("leak")}  token: ${MARKER}\n`);
    const repo = tinyRepo({ "environments/staging/namespace.yaml": configMap("own") });
    symlinkSync(
      "../../apps/web/overlays/staging/configmap.yaml",
      join(repo, "environments/staging/linked.yaml"),
    );
    symlinkSync("../../apps", join(repo, "environments/staging/apps"));
    const inBounds = snapshot(repo);
    const ok = await gitops(["render", "--repo", repo]);
    expectHardened(ok, { code: 0, repo, before: inBounds });
    const rendered = readFileSync(join(repo, "render/environments/staging.yaml"), "utf8");
    expect(rendered).toContain("name: own");
    expect(rendered).toContain("LOG_LEVEL: info");

    symlinkSync(leak, join(repo, "environments/staging/leak.yaml"));
    const before = snapshot(repo);
    const r = await gitops(["render", "--repo", repo]);
    expectHardened(r, {
      code: 1,
      names: ["environments/staging/leak.yaml is a symlink to a path outside the repository"],
      repo,
      before,
    });
    expect(`${r.stdout}${r.stderr}`).not.toContain(MARKER);
    expect(allText(join(repo, "render"))).not.toContain(MARKER);
  });

  it("symlinked folders that loop: no command hangs or crashes", async () => {
    const repo = tinyRepo();
    symlinkSync("..", join(repo, "apps/web/overlays/loop"));
    symlinkSync(".", join(repo, "apps/web/overlays/staging/self"));
    symlinkSync("..", join(repo, "argo-apps/staging/up"));
    symlinkSync(".", join(repo, "policies/self"));
    const before = snapshot(repo);
    for (const command of ["targets", "render", "lint", "policy", "secrets", "validate"]) {
      const r = await gitops([command, "--repo", repo], { timeoutMs: 30_000 });
      expectHardened(r, { code: 0, repo, before });
    }

    // Inside a chart, helm refuses the loop: the target fails, naming the link.
    symlinkSync("../..", join(repo, "apps/queue/base/templates/root"));
    const chartBefore = snapshot(repo);
    const r = await gitops(["render", "--repo", repo], { timeoutMs: 30_000 });
    expectHardened(r, { code: 1, names: ["apps/queue/base/templates/root"], repo, before: chartBefore });
  });
});
