// Which overlays exist, and what each service may promote according to .gitops.yaml.
import { describe, expect, it } from "vitest";
import { loadModel, UserError } from "../../packages/core/src/index.js";
import { listOverlays, rulesFor } from "../../packages/promote/src/index.js";
import { EXAMPLE, exampleFiles, tempRepo } from "./fixture.js";

describe("listOverlays", () => {
  it("finds kustomize overlays and Helm values-only overlays alike", async () => {
    const overlays = listOverlays(await loadModel(EXAMPLE)).map(
      (o) => `${o.service}/${o.env} ${o.dir} ${o.serviceRoot}`,
    );
    expect(overlays).toEqual([
      "cms/prod apps/cms/overlays/prod apps/cms",
      "cms/staging apps/cms/overlays/staging apps/cms",
      "queue/prod apps/queue/overlays/prod apps/queue",
      "queue/staging apps/queue/overlays/staging apps/queue",
      "web/prod apps/web/overlays/prod apps/web",
      "web/staging apps/web/overlays/staging apps/web",
    ]);
  });
});

describe("the promote config", () => {
  it("defaults to image fields, image.tag/digest and chart versions", async () => {
    expect(rulesFor(await loadModel(EXAMPLE), "cms")).toEqual({
      images: ["newName", "newTag", "digest"],
      values: ["image.tag", "image.digest"],
      chart: true,
      files: [],
    });
  });

  it("lets a service replace or extend the lists", async () => {
    const dir = tempRepo({
      ...exampleFiles(),
      ".gitops.yaml": `promote:
  values: [image.tag]
  services:
    queue:
      extraValues: [worker.image.tag, image.tag]
    cms:
      images: [newTag]
      values: [app.version]
      chart: false
`,
    });
    const layout = await loadModel(dir);
    expect(rulesFor(layout, "queue")).toEqual({
      images: ["newName", "newTag", "digest"],
      values: ["image.tag", "worker.image.tag"],
      chart: true,
      files: [],
    });
    expect(rulesFor(layout, "cms")).toEqual({
      images: ["newTag"],
      values: ["app.version"],
      chart: false,
      files: [],
    });
  });

  it.each([
    ["promote:\n  values: ['image..tag']\n", /\.gitops\.yaml:2: "promote\.values\.0" must match pattern/],
    [
      "promote:\n  images: [tag]\n",
      /\.gitops\.yaml:2: "promote\.images\.0" must be equal to one of the allowed values/,
    ],
    [
      "promote:\n  teams:\n    prod: [platform]\n",
      /\.gitops\.yaml:3: "promote\.teams\.prod\.0" must match pattern/,
    ],
    ["promote:\n  services:\n    Bad_Name: {}\n", /\.gitops\.yaml:2: "promote\.services" must match pattern/],
  ])("rejects %j with its line", async (config, message) => {
    const dir = tempRepo({ ...exampleFiles(), ".gitops.yaml": config });
    await expect(loadModel(dir)).rejects.toThrow(UserError);
    await expect(loadModel(dir)).rejects.toThrow(message);
  });
});
