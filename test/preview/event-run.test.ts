// previewEvent: the preview action's work on a pull_request event, in process, with the real
// kustomize and the swagger-checked fake Argo CD. What it tells the runner (log lines, annotations,
// the early comment) goes through PreviewIo; what it returns becomes the outputs and the comment.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArgoClient } from "../../packages/argocd/src/client.js";
import type { Finding } from "../../packages/core/src/finding.js";
import {
  previewEvent,
  type PreviewArgo,
  type PreviewEventOptions,
} from "../../packages/preview/src/index.js";
import { testBinaries } from "../support/binaries.js";
import { startFakeArgoCD, type FakeArgoCD } from "../support/fake-argocd/index.js";
import { fixtureCopy, request, SHA } from "./support.js";

let repo: string;
let argo: FakeArgoCD;
const saved = { PATH: process.env.PATH };

beforeAll(async () => {
  repo = fixtureCopy();
  argo = await startFakeArgoCD();
  process.env.PATH = `${(await testBinaries()).dir}:${saved.PATH ?? ""}`;
});

afterAll(async () => {
  process.env.PATH = saved.PATH;
  argo.assertClean();
  await argo.close();
  rmSync(dirname(repo), { recursive: true, force: true });
});

/** Runs previewEvent and records what it told the runner. */
async function run(over: Partial<PreviewEventOptions>) {
  const told = { info: [] as string[], annotated: [] as Finding[][], progress: [] as string[] };
  const result = await previewEvent({
    repo,
    request: request(),
    closed: false,
    failOn: "error",
    io: {
      info: (line) => told.info.push(line),
      annotate: (findings) => told.annotated.push([...findings]),
      progress: (body) => {
        told.progress.push(body);
        return Promise.resolve();
      },
    },
    ...over,
  });
  return { result, told };
}

const withArgo = (timeoutMs: number): PreviewArgo => ({
  client: new ArgoClient({ baseUrl: argo.url, token: argo.token }),
  appNamespace: "",
  timeoutMs,
  intervalMs: 0,
});

describe("previewEvent", () => {
  it("an open pull request without Argo CD: its previews with URLs, annotated, no early comment", async () => {
    const { result, told } = await run({});
    expect(result).toMatchObject({
      status: "previewed",
      previewed: true,
      live: "off",
      errors: 0,
      failed: false,
    });
    expect(result.applications).toEqual([
      {
        name: "web-pr-7",
        namespace: "web-pr-7",
        targets: ["applications/_/web-pr-7"],
        urls: [
          "http://api-pr-7.preview.example.com",
          "http://docs-pr-7.preview.example.com",
          "https://web-pr-7.preview.example.com",
        ],
      },
    ]);
    expect(result.body).toContain("### Preview of #7 at <code>089d92cb</code>");
    expect(told.info).toEqual(["pull request #7: 1 preview Application(s), 0 error(s), 0 warning(s)"]);
    expect(told.annotated).toHaveLength(1);
    expect(told.progress).toEqual([]);
  });

  it("a pull request no generator selects: no preview, and no new comment may be created", async () => {
    const { result, told } = await run({ request: request({ labels: [] }) });
    expect(result).toMatchObject({ status: "none", previewed: false, applications: [], failed: false });
    expect(told.info[0]).toMatch(/^no pullRequest generator selects pull request #7/);
  });

  it("with Argo CD: shows the checks while waiting, then ready at the head; a timeout fails", async () => {
    argo.app({
      name: "web-pr-7",
      applicationSet: "web-previews",
      destination: { server: "https://kubernetes.default.svc", namespace: "web-pr-7" },
      sync: "Synced",
      health: "Healthy",
      revision: SHA,
    });
    const ready = await run({ argo: withArgo(60_000) });
    expect(ready.result).toMatchObject({ live: "ready", failed: false });
    expect(ready.told.progress).toHaveLength(1);
    expect(ready.told.progress[0]).toContain("Waiting up to");
    expect(ready.result.body).toContain("#### Live in Argo CD");
    expect(ready.result.body).not.toContain("Waiting up to");

    const late = await run({ argo: withArgo(0), request: request({ headSha: "9".repeat(40) }) });
    expect(late.result).toMatchObject({ live: "timeout", failed: true });
  });

  it("a closed pull request: its previews listed for teardown, verified gone in Argo CD", async () => {
    const off = await run({ closed: true });
    expect(off.result).toMatchObject({
      status: "closed",
      previewed: true,
      live: "off",
      warnings: 0,
      failed: false,
    });
    expect(off.result.applications).toEqual([
      { name: "web-pr-7", namespace: "web-pr-7", targets: ["applications/_/web-pr-7"], urls: [] },
    ]);
    expect(off.result.body).toContain("### Preview of #7: torn down");
    expect(off.told.info.at(-1)).toBe("pull request #7 is closed: 1 preview Application(s) to be torn down");

    // The fake still has web-pr-7 (from the test before): not torn down in time.
    const present = await run({ closed: true, argo: withArgo(0) });
    expect(present.result).toMatchObject({ live: "present", failed: true });
    expect(present.told.info).toContain("teardown not complete in Argo CD");
  });
});
