// Hostile YAML put everywhere a file is read: by our careful loader (argo-apps/,
// policies/, .gitops.yaml), by the fast reader (`policy --manifests`, `lint` on
// render/), and by kustomize (a kustomization's resource). Each run ends in
// time with the documented exit code and a message naming the file.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectHardened, gitops, snapshot, type CliResult } from "./harness.js";
import {
  aliasBomb,
  bigDocument,
  CONFIG,
  configMap,
  deepMapping,
  deepSequence,
  duplicateKey,
  manyDocuments,
  notUtf8,
  tempFolder,
  removeTempFolders,
  tinyRepo,
  withBom,
  writeIn,
} from "./yaml-inputs.js";

afterAll(removeTempFolders);

const KUSTOMIZATION = [
  "apiVersion: kustomize.config.k8s.io/v1beta1",
  "kind: Kustomization",
  "resources:",
  "  - configmap.yaml",
  "  - hostile.yaml",
  "",
].join("\n");

const APP_FILE = "argo-apps/staging/hostile.yaml";
const RESOURCE = "apps/web/overlays/staging/hostile.yaml";
const POLICY_FILE = "policies/hostile.yaml";
/** A target that renders fine, whose output stands in for hostile rendered input. */
const RENDERED = "render/applications/staging/queue-staging.yaml";

type Content = string | Uint8Array;

interface Attack {
  /** The attack on a Kubernetes manifest (a ConfigMap). */
  manifest: Content;
  /** The same attack on `.gitops.yaml`. */
  config: Content;
  /** What files people write may not be: the message, after the file name. Unset: accepted. */
  refused?: RegExp;
  /** Rendered input (`policy --manifests`, render/) has larger limits: refused there too? */
  refusedRendered: boolean;
}

/** Runs one command with the repo's snapshot taken just before, and checks the contract. */
async function expectRun(
  repo: string,
  args: string[],
  code: 0 | 1 | 2,
  names: (string | RegExp)[],
): Promise<CliResult> {
  const before = snapshot(repo);
  const r = await gitops([...args, "--repo", repo], { timeoutMs: 45_000 });
  expectHardened(r, { code, names, repo, before });
  return r;
}

/** The file name followed, on the same line, by the reason. */
function named(file: string, reason: RegExp | undefined): RegExp {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${escaped}(:\\d+)?\\b.*${reason?.source ?? ""}`);
}

/** Puts the attack in each place a YAML file is read and runs the command that reads it. */
async function attackEverywhere(attack: Attack): Promise<void> {
  const refused = attack.refused !== undefined;
  const repo = tinyRepo({
    [APP_FILE]: attack.manifest,
    [RESOURCE]: attack.manifest,
    "apps/web/overlays/staging/kustomization.yaml": KUSTOMIZATION,
  });

  // Read by us (argo-apps/) and by kustomize (a resource): each named, the target failed.
  const reasons = refused ? [named(APP_FILE, attack.refused), named(RESOURCE, undefined)] : [];
  await expectRun(repo, ["render"], refused ? 1 : 0, reasons);
  const index = JSON.parse(readFileSync(join(repo, "render/index.json"), "utf8")) as {
    targets: { id: string; status: string }[];
  };
  const web = index.targets.find((t) => t.id === "apps/web/overlays/staging");
  expect(web?.status).toBe(refused ? "failed" : "ok");

  // Rendered input, read by lint as it is.
  writeFileSync(join(repo, RENDERED), attack.manifest);
  const renderedNames = attack.refusedRendered ? [named(RENDERED, undefined)] : [];
  await expectRun(repo, ["lint", "--no-render"], refused ? 1 : 0, renderedNames);

  // Given to `policy --manifests`, from outside the repo.
  const outside = writeIn(tempFolder(), "hostile.yaml", attack.manifest);
  const fine = writeIn(tempFolder(), "fine.yaml", configMap("fine"));
  // Outside the repo, so named by its absolute path.
  const manifestNames = attack.refusedRendered
    ? [named(`${basename(dirname(outside))}/hostile.yaml`, attack.refused)]
    : [];
  await expectRun(repo, ["policy", "--manifests", outside], attack.refusedRendered ? 2 : 0, manifestNames);

  // A policy file.
  writeIn(repo, POLICY_FILE, attack.manifest);
  const policyNames = refused ? [named(POLICY_FILE, attack.refused)] : [];
  await expectRun(repo, ["policy", "--manifests", fine], refused ? 2 : 0, policyNames);

  // The config every command reads first.
  writeIn(repo, ".gitops.yaml", attack.config);
  await expectRun(repo, ["targets"], refused ? 2 : 0, refused ? [named(".gitops.yaml", attack.refused)] : []);
}

describe("hardening: hostile YAML", () => {
  it("an alias bomb (billion laughs) is refused everywhere, never expanded", async () => {
    await attackEverywhere({
      manifest: aliasBomb(configMap("bomb")),
      config: aliasBomb(CONFIG),
      refused: /alias/i,
      refusedRendered: true,
    });
  });

  it("a 50 MB document: over the cap for files people write, read in time as rendered input", async () => {
    await attackEverywhere({
      manifest: bigDocument(configMap("big"), 50),
      config: bigDocument(CONFIG, 50),
      refused: /MiB exceeds the .* limit/,
      refusedRendered: false,
    });
  });

  it("10,000 documents in one file: over the cap for files people write, read as rendered input", async () => {
    await attackEverywhere({
      manifest: manyDocuments(10_000, (i) => configMap(`cm-${i}`)),
      config: manyDocuments(10_000, () => CONFIG),
      refused: /10000 YAML documents exceed the limit/,
      refusedRendered: false,
    });
  });

  it("100,000 levels of nesting, in sequences and in mappings, are refused", async () => {
    for (const deep of [deepSequence, deepMapping]) {
      await attackEverywhere({
        manifest: deep(configMap("deep"), 100_000),
        config: deep(CONFIG, 100_000),
        refused: /nested too deeply/,
        refusedRendered: true,
      });
    }
  });

  it("duplicate keys are refused, never resolved to the last value", async () => {
    await attackEverywhere({
      manifest: duplicateKey(configMap("twice")),
      config: duplicateKey(CONFIG),
      refused: /duplicate/i,
      refusedRendered: true,
    });
  });

  it("bytes that are not UTF-8 are refused", async () => {
    await attackEverywhere({
      manifest: notUtf8(configMap("latin1")),
      config: notUtf8(CONFIG),
      refused: /not valid UTF-8/,
      refusedRendered: true,
    });
  });

  it("a byte order mark is accepted everywhere", async () => {
    await attackEverywhere({
      manifest: withBom(configMap("bom")),
      config: withBom(CONFIG),
      refusedRendered: false,
    });
  });
});
