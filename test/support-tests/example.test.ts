// The example repo is copied without what a gitops run leaves in it, so `npm run demo` before
// `npm test` changes no result.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, EXAMPLE } from "../support/example.js";
import { writeFiles } from "../support/git.js";

describe("copyExample", () => {
  it("copies the sources and leaves out render/ and changelog/ a run wrote", () => {
    const from = mkdtempSync(join(tmpdir(), "gitops-example-src-"));
    writeFiles(from, {
      "apps/web/overlays/prod/kustomization.yaml": "resources: []\n",
      "apps/render/keep.yaml": "kept: true\n",
      "render/index.json": "{}\n",
      "changelog/prod/CHANGELOG.md": "# prod\n",
    });
    const dest = join(mkdtempSync(join(tmpdir(), "gitops-example-dst-")), "infra");
    copyExample(dest, from);
    expect(existsSync(join(dest, "apps/web/overlays/prod/kustomization.yaml"))).toBe(true);
    // Only the top-level output folders are left out, not folders of the same name deeper down.
    expect(existsSync(join(dest, "apps/render/keep.yaml"))).toBe(true);
    expect(existsSync(join(dest, "render"))).toBe(false);
    expect(existsSync(join(dest, "changelog"))).toBe(false);
  });

  it("copies the real example by default", () => {
    const dest = join(mkdtempSync(join(tmpdir(), "gitops-example-dst-")), "infra");
    copyExample(dest);
    expect(existsSync(join(dest, "argo-apps/prod/cms.yaml"))).toBe(true);
    expect(EXAMPLE.endsWith("examples/infra-gitops")).toBe(true);
  });
});
