// `gitops bump` reaches what promote reaches: images written whole in an env's patch files and manifests.
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { changedLines, fixtureRepo, snapshot } from "../promote/layout-fixtures.js";

async function bumpIn(dir: string, ...args: string[]) {
  const before = snapshot(dir);
  const run = await cli("bump", ...args, "--repo", dir);
  return { ...run, changed: changedLines(before, snapshot(dir)) };
}

describe("gitops bump on patch files", () => {
  it("sets the image in qa's version.yml strategic-merge patch, name kept, other envs untouched", async () => {
    const dir = fixtureRepo("apps-envs-yml");
    const r = await bumpIn(dir, "qa", "invoices", "--image", "ghcr.io/example/invoices:1.5.0");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({
      "apps/invoices/envs/qa/version.yml": [
        "image: ghcr.io/example/invoices:1.4.0 => image: ghcr.io/example/invoices:1.5.0",
      ],
    });
    const again = await bumpIn(dir, "qa", "invoices", "--image", "ghcr.io/example/invoices:1.5.0");
    expect(again.changed).toEqual({});
  });

  it("bumps an env-only repo's app by its name, to a digest", async () => {
    const dir = fixtureRepo("envs-variants");
    const digest = `sha256:${"ab".repeat(32)}`;
    const r = await bumpIn(
      dir,
      "qa",
      "envs-variants",
      "--image",
      `ghcr.io/example/simple-env-app:1.5@${digest}`,
    );
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({
      "envs/qa/version.yml": [
        `image: ghcr.io/example/simple-env-app:1.4 => image: ghcr.io/example/simple-env-app:1.5@${digest}`,
      ],
    });
  });

  it("names the images the env does deploy when REF is another one (exit 2)", async () => {
    const dir = fixtureRepo("apps-envs-yml");
    const r = await bumpIn(dir, "qa", "invoices", "--image", "ghcr.io/example/other:1.0");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'gitops: invoices does not deploy image "ghcr.io/example/other" in qa; it deploys: ghcr.io/example/invoices (apps/invoices/envs/qa/version.yml)\n',
    );
    expect(r.changed).toEqual({});
  });
});
