// An input edited while its target renders (an editor saving during `make validate`): the key
// was hashed from the old bytes, the tool read the new ones. Storing that render under the old
// key would hand it to the next run that sees the old bytes again (the edit undone). The real
// kubectl renders here, behind a wrapper that makes the edit just before it runs.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { render } from "../../packages/render/src/index.js";
import { testBinaries } from "../support/binaries.js";
import { kustomizeService, multiTargetRepo } from "../support/multi-target.js";

let realKubectl: string;
let realDir: string;
beforeAll(async () => {
  const bins = await testBinaries();
  realKubectl = bins.kubectl;
  realDir = bins.dir;
});

/**
 * A `kubectl` that, on its first `kustomize` of `overlay`, replaces `from` by `to` in `file`,
 * then runs the real one: the key is already hashed, the render reads the edit.
 */
function editingKubectl(overlay: string, file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-edit-race-"));
  const edited = join(dir, "edited");
  const script = `#!/bin/sh
case "$*" in
  *"${overlay}"*)
    if [ ! -e '${edited}' ]; then
      : > '${edited}'
      sed -i 's/${from}/${to}/' '${file}'
    fi ;;
esac
exec '${realKubectl}' "$@"
`;
  writeFileSync(join(dir, "kubectl"), script);
  chmodSync(join(dir, "kubectl"), 0o755);
  return dir;
}

describe("render cache and an input edited during the render", () => {
  it("does not store the render, so undoing the edit renders the old bytes again", async () => {
    const repo = multiTargetRepo();
    const service = kustomizeService(repo);
    const overlay = join(repo, "apps", service, "overlays", "prod");
    const file = join(overlay, "kustomization.yaml");
    const tag = /newTag: "?([^"\n]+)"?/.exec(readFileSync(file, "utf8"))?.[1];
    if (!tag) throw new Error(`${file} has no newTag`);
    const original = readFileSync(file, "utf8");
    const wrapper = editingKubectl(overlay, file, `newTag: .*`, `newTag: "edited-during-render"`);
    const env = { PATH: `${wrapper}:${realDir}:/usr/bin:/bin` };
    const store = new CacheStore({
      dir: mkdtempSync(join(tmpdir(), "gitops-edit-race-c-")),
      maxBytes: 1 << 28,
    });
    const output = join(repo, "render", "apps", service, "overlays", "prod.yaml");

    const racing = await render({ repo, env, cache: store });
    expect(racing.targets.find((t) => t.id === `apps/${service}/overlays/prod`)?.status).toBe("ok");
    expect(readFileSync(output, "utf8")).toContain("edited-during-render");
    expect(readFileSync(file, "utf8")).not.toBe(original);

    // The edit undone: the files are the bytes the racing run keyed by.
    writeFileSync(file, original);
    const warm = await render({ repo, env, cache: store });
    expect(warm.cached).not.toContain(`apps/${service}/overlays/prod`);
    // Every other target still came from the cache.
    expect(warm.cached.length).toBe(warm.targets.filter((t) => t.status === "ok").length - 1);
    const rendered = readFileSync(output, "utf8");
    expect(rendered).not.toContain("edited-during-render");
    expect(rendered).toContain(tag);
  });
});
