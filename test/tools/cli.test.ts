// `gitops tools install` and `gitops tools list`, run in-process through runCli
// against a loopback server, with the local cache in a temp XDG_CACHE_HOME.
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outputHasVersion } from "../../packages/tools/src/install.js";
import {
  fakeBinary,
  makeTarGz,
  PLATFORM,
  sha256,
  startServer,
  writeManifest,
  type TestServer,
} from "./fixtures.js";
import { cli } from "../support/cli.js";

const saved = { ...process.env };
let cache: string;
let srv: TestServer | undefined;

beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), "gitops-cli-cache-"));
  delete process.env.RUNNER_TOOL_CACHE;
  process.env.XDG_CACHE_HOME = cache;
  process.env.PATH = "/usr/bin:/bin";
  process.env.GITOPS_TOOLS_RETRY_DELAY_MS = "1";
  process.env.GITOPS_TOOLS_RETRIES = "1";
});

afterEach(async () => {
  process.env = { ...saved };
  await srv?.close();
  srv = undefined;
});

async function fixture() {
  const dir = mkdtempSync(join(tmpdir(), "gitops-cli-tools-"));
  const archive = await makeTarGz([{ path: "kustomize", content: fakeBinary("v9.2.0") }]);
  const binary = fakeBinary("demo 1.0.0");
  srv = await startServer({ "/k.tar.gz": { body: archive }, "/demo": { body: binary } });
  const manifest = writeManifest(dir, {
    kustomize: { version: "9.2.0", url: `${srv.url}/k.tar.gz`, sha256: sha256(archive) },
    demo: { version: "1.0.0", url: `${srv.url}/demo`, sha256: sha256(binary) },
  });
  return { manifest };
}

describe("gitops tools", () => {
  it("installs into ~/.cache/gitops-actions/tools and prints where, with a PATH line", async () => {
    const { manifest } = await fixture();
    const { code, stdout, stderr } = await cli(
      "tools",
      "install",
      "kustomize",
      "demo@1.0.0",
      "--manifest",
      manifest,
    );
    expect(stderr).toContain("kustomize 9.2.0: verified (sha256");
    expect(code).toBe(0);
    const dir = join(cache, "gitops-actions", "tools", "gitops-kustomize", "9.2.0", PLATFORM.arch);
    expect(stdout).toMatch(new RegExp(`^kustomize\\s+9\\.2\\.0\\s+downloaded\\s+${dir}/kustomize$`, "m"));
    expect(stdout).toContain(`export PATH="${dir}:`);
    expect(statSync(join(dir, "kustomize")).mode & 0o777).toBe(0o755);

    // Again: the cached copies verify, nothing is downloaded.
    const before = srv?.requests.length;
    const again = await cli("tools", "install", "kustomize", "demo", "--manifest", manifest, "--json");
    expect(again.code).toBe(0);
    const doc = JSON.parse(again.stdout) as { tools: { name: string; source: string; sha256: string }[] };
    expect(doc.tools.map((t) => [t.name, t.source])).toEqual([
      ["kustomize", "cache"],
      ["demo", "cache"],
    ]);
    expect(srv?.requests.length).toBe(before);
  });

  it("fails with exit 2 and one message when a tool cannot be verified", async () => {
    const { manifest } = await fixture();
    const { code, stderr, stdout } = await cli(
      "tools",
      "install",
      "kubeconform@0.6.0",
      "--manifest",
      manifest,
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("gitops: no pinned SHA-256 for kubeconform 0.6.0");
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(join(cache, "gitops-actions"))).toBe(false);
  });

  it("lists the pins and the platforms they cover", async () => {
    const { manifest } = await fixture();
    const { code, stdout } = await cli("tools", "list");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^kyverno\s+1\.15\.2\s+linux-amd64 linux-arm64 darwin-amd64\s+built-in$/m);
    expect(stdout).toMatch(
      /^helm\s+3\.19\.0\s+linux-amd64 linux-arm64 darwin-amd64 darwin-arm64\s+built-in$/m,
    );
    const merged = await cli("tools", "list", "--manifest", manifest, "--json");
    const doc = JSON.parse(merged.stdout) as { tools: { name: string; version: string; origin: string }[] };
    expect(doc.tools.find((t) => t.name === "kustomize")).toMatchObject({
      version: "9.2.0",
      origin: manifest,
    });
    expect(doc.tools.map((t) => t.name)).toContain("demo");
  });

  it("explains bad usage", async () => {
    expect((await cli("tools")).stderr).toContain('tools: expected "install" or "list"');
    expect((await cli("tools", "remove")).stderr).toContain('unknown subcommand "remove"');
    expect((await cli("tools", "install", "--mirror", "http://mirror.example.com")).stderr).toContain(
      "only https:// URLs are allowed",
    );
    const help = await cli("tools", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: gitops tools install [TOOL[@VERSION]...]");
  });
});

describe("outputHasVersion", () => {
  it.each([
    ["v5.7.1\n", "5.7.1", true],
    ["v3.19.0+g3d8990f", "3.19.0", true],
    ["Version: 1.15.2\nTime: ...", "1.15.2", true],
    ["Conftest: 0.62.0\nOPA: 1.6.0", "0.62.0", true],
    ["8.28.0", "8.28.0", true],
    ["v13.19.0", "3.19.0", false],
    ["v3.19.01", "3.19.0", false],
    ["v3.19.0.1", "3.19.0", false],
    ["3.19.0-rc.1", "3.19.0", false],
    ["v5.7.1", "5.7", false],
  ])("%j has %s: %s", (output, version, expected) => {
    expect(outputHasVersion(output, version)).toBe(expected);
  });
});
