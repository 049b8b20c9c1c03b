import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractBinary, unsafeEntryReason } from "../../packages/tools/src/archive.js";
import { fakeBinary, makeTarGz, makeZip, sha256 } from "./fixtures.js";

function work(): string {
  return mkdtempSync(join(tmpdir(), "gitops-archive-"));
}

function saved(dir: string, name: string, data: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe("unsafeEntryReason", () => {
  it.each([
    ["kustomize", undefined, undefined],
    ["./linux-amd64/helm", undefined, undefined],
    ["a/b/../c", undefined, 'a ".." segment'],
    ["../x", undefined, 'a ".." segment'],
    ["/etc/passwd", undefined, "an absolute path"],
    ["C:/Windows/x", undefined, "an absolute path"],
    ["a\\..\\x", undefined, "a backslash in the name"],
    ["link", { target: "kustomize", hard: false }, undefined],
    ["dir/link", { target: "../kustomize", hard: false }, undefined],
    ["dir/link", { target: "../../etc", hard: false }, "a link that escapes the archive (../../etc)"],
    ["link", { target: "/etc/passwd", hard: false }, "a link to an absolute path (/etc/passwd)"],
    ["dir/hard", { target: "dir/kustomize", hard: true }, undefined],
    ["dir/hard", { target: "../x", hard: true }, "a link that escapes the archive (../x)"],
  ])("%s %j -> %s", (path, link, reason) => {
    expect(unsafeEntryReason(path, link)).toBe(reason);
  });
});

describe("extractBinary", () => {
  it("takes only the binary out of a tar.gz, mode 0755, and returns its digest", async () => {
    const dir = work();
    const binary = fakeBinary("v1.0.0");
    const archive = saved(
      dir,
      "a.tar.gz",
      await makeTarGz([
        { path: "linux-amd64/LICENSE", content: "l" },
        { path: "linux-amd64/helm", content: binary },
        { path: "linux-amd64/helm-alias", symlink: "helm" },
      ]),
    );
    const dest = join(dir, "out");
    expect(await extractBinary(archive, "tar.gz", "linux-amd64/helm", dest, "helm 1.0.0")).toBe(
      sha256(binary),
    );
    expect(readFileSync(dest)).toEqual(binary);
    expect(statSync(dest).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir).sort()).toEqual(["a.tar.gz", "out"]);
  });

  it("names what the archive holds when the binary is missing", async () => {
    const dir = work();
    const archive = saved(dir, "a.tar.gz", await makeTarGz([{ path: "bin/other", content: "x" }]));
    await expect(
      extractBinary(archive, "tar.gz", "kustomize", join(dir, "out"), "kustomize 1.0.0"),
    ).rejects.toThrow(
      'kustomize 1.0.0: "kustomize" is not in the archive (it holds "bin/other"); set "bin" in the manifest',
    );
  });

  it("refuses a binary that is a symlink", async () => {
    const dir = work();
    const tgz = saved(dir, "a.tar.gz", await makeTarGz([{ path: "kustomize", symlink: "/bin/sh" }]));
    await expect(extractBinary(tgz, "tar.gz", "kustomize", join(dir, "o1"), "k")).rejects.toThrow(
      "a link to an absolute path (/bin/sh)",
    );
    const zip = saved(
      dir,
      "a.zip",
      makeZip([
        { path: "real", content: "x" },
        { path: "kustomize", symlink: "real" },
      ]),
    );
    await expect(extractBinary(zip, "zip", "kustomize", join(dir, "o2"), "k")).rejects.toThrow(
      'k: "kustomize" in the archive is a symlink, not a regular file',
    );
  });

  it("accepts symlinks that stay inside a zip, and refuses those that escape", async () => {
    const dir = work();
    const ok = saved(
      dir,
      "ok.zip",
      makeZip([
        { path: "bin/tool", content: fakeBinary("1") },
        { path: "bin/alias", symlink: "tool" },
      ]),
    );
    await extractBinary(ok, "zip", "bin/tool", join(dir, "o1"), "t");
    expect(statSync(join(dir, "o1")).mode & 0o777).toBe(0o755);
    const bad = saved(
      dir,
      "bad.zip",
      makeZip([
        { path: "bin/tool", content: fakeBinary("1") },
        { path: "bin/alias", symlink: "../../../etc/shadow" },
      ]),
    );
    await expect(extractBinary(bad, "zip", "bin/tool", join(dir, "o2"), "t")).rejects.toThrow(
      't: the archive has an unsafe entry "bin/alias" (a link that escapes the archive (../../../etc/shadow))',
    );
  });

  it("reports an archive that is not one", async () => {
    const dir = work();
    const junk = saved(dir, "junk", Buffer.from("definitely not an archive"));
    await expect(extractBinary(junk, "tar.gz", "x", join(dir, "o1"), "x 1.0.0")).rejects.toThrow(
      "x 1.0.0: not a readable tar.gz archive",
    );
    await expect(extractBinary(junk, "zip", "x", join(dir, "o2"), "x 1.0.0")).rejects.toThrow(
      "x 1.0.0: not a readable zip archive",
    );
  });

  it("copies a bare binary with mode 0755", async () => {
    const dir = work();
    const binary = fakeBinary("2.0.0");
    const file = saved(dir, "download", binary);
    expect(await extractBinary(file, "binary", "tool", join(dir, "tool"), "tool")).toBe(sha256(binary));
    expect(statSync(join(dir, "tool")).mode & 0o777).toBe(0o755);
  });
});
