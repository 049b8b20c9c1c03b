import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import {
  archiveTypeOf,
  builtInManifest,
  DEFAULT_TOOLS,
  loadManifest,
  normalizeVersion,
  parseManifest,
  parseToolRequests,
  resolveTool,
} from "../../packages/tools/src/manifest.js";
import { PLATFORM_KEYS, platformOf, type Platform } from "../../packages/tools/src/platform.js";

const LINUX_AMD64: Platform = { os: "linux", arch: "amd64", key: "linux-amd64" };
const DARWIN_ARM64: Platform = { os: "darwin", arch: "arm64", key: "darwin-arm64" };

function userManifest(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-manifest-"));
  const path = join(dir, "tools.yaml");
  writeFileSync(path, text);
  return path;
}

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error("expected a UserError");
}

describe("the built-in manifest", () => {
  const manifest = builtInManifest();

  it("pins every tool the suite uses, with sources for its digests", () => {
    expect([...manifest.tools.keys()]).toEqual(DEFAULT_TOOLS);
    for (const pin of manifest.tools.values()) {
      expect(pin.version, pin.name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(pin.url, pin.name).toMatch(/^https:\/\//);
      expect(pin.sources.length, pin.name).toBeGreaterThanOrEqual(2);
      expect(pin.sources[0], pin.name).toMatch(/^upstream: https:\/\//);
      for (const hex of Object.values(pin.sha256)) expect(hex).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("has no digest twice (a copy-paste slip would show up here)", () => {
    const all = [...manifest.tools.values()].flatMap((p) => Object.values(p.sha256));
    expect(new Set(all).size).toBe(all.length);
  });

  it("pins all four platforms except kyverno on darwin-arm64, which is not confirmed", () => {
    for (const pin of manifest.tools.values()) {
      const expected =
        pin.name === "kyverno" ? PLATFORM_KEYS.filter((k) => k !== "darwin-arm64") : PLATFORM_KEYS;
      expect(Object.keys(pin.sha256).sort(), pin.name).toEqual([...expected].sort());
    }
  });

  it("resolves each tool to the project's release URL and the binary inside", () => {
    const urls = Object.fromEntries(
      DEFAULT_TOOLS.map((name) => {
        const t = resolveTool(manifest, { name }, LINUX_AMD64);
        return [name, [t.url, t.bin, t.archive]];
      }),
    );
    expect(urls).toEqual({
      kustomize: [
        "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.7.1/kustomize_v5.7.1_linux_amd64.tar.gz",
        "kustomize",
        "tar.gz",
      ],
      helm: ["https://get.helm.sh/helm-v3.19.0-linux-amd64.tar.gz", "linux-amd64/helm", "tar.gz"],
      kubeconform: [
        "https://github.com/yannh/kubeconform/releases/download/v0.7.0/kubeconform-linux-amd64.tar.gz",
        "kubeconform",
        "tar.gz",
      ],
      conftest: [
        "https://github.com/open-policy-agent/conftest/releases/download/v0.62.0/conftest_0.62.0_Linux_x86_64.tar.gz",
        "conftest",
        "tar.gz",
      ],
      kyverno: [
        "https://github.com/kyverno/kyverno/releases/download/v1.15.2/kyverno-cli_v1.15.2_linux_x86_64.tar.gz",
        "kyverno",
        "tar.gz",
      ],
      gitleaks: [
        "https://github.com/gitleaks/gitleaks/releases/download/v8.28.0/gitleaks_8.28.0_linux_x64.tar.gz",
        "gitleaks",
        "tar.gz",
      ],
    });
    expect(resolveTool(manifest, { name: "conftest" }, DARWIN_ARM64).url).toContain(
      "conftest_0.62.0_Darwin_arm64.tar.gz",
    );
    expect(resolveTool(manifest, { name: "helm" }, DARWIN_ARM64).sha256).toBe(
      "31513e1193da4eb4ae042eb5f98ef9aca7890cfa136f4707c8d4f70e2115bef6",
    );
  });

  it("fails closed for a platform without a digest, showing the user-manifest pin to add", () => {
    const err = thrown(() => resolveTool(manifest, { name: "kyverno" }, DARWIN_ARM64));
    expect(err.message).toContain("no pinned SHA-256 for kyverno 1.15.2 on darwin-arm64");
    expect(err.message).toContain("the built-in manifest has no SHA-256 for darwin-arm64");
    expect(err.message).toContain("kyverno-cli_v1.15.2_darwin_arm64.tar.gz");
    expect(err.message).toContain(
      '  tools:\n    kyverno:\n      version: "1.15.2"\n      sha256:\n        darwin-arm64: "<64 hex digits',
    );
  });

  it("fails closed for a version it does not pin", () => {
    const err = thrown(() => resolveTool(manifest, { name: "helm", version: "3.18.0" }, LINUX_AMD64));
    expect(err.message).toContain("the built-in manifest pins helm 3.19.0, not 3.18.0");
    expect(err.message).toContain("https://get.helm.sh/helm-v3.18.0-linux-amd64.tar.gz");
  });

  it("names the known tools for an unknown one", () => {
    const err = thrown(() => resolveTool(manifest, { name: "kubectl" }, LINUX_AMD64));
    expect(err.message).toContain('unknown tool "kubectl"; the manifest knows kustomize, helm, kubeconform');
    expect(err.message).toContain('    kubectl:\n      version: "1.2.3"\n      url: "https://');
  });
});

describe("versions and requests", () => {
  it.each(["5.7.1", "v5.7.1", "1.0.0-rc.1", "10.20.30"])("accepts %s", (v) => {
    expect(normalizeVersion(v, "x")).toBe(v.replace(/^v/, ""));
  });

  it.each([
    "5.7",
    "latest",
    "5.x.1",
    "../1.0.0",
    "1.0.0/../../x",
    "1.0.0 ",
    "1.0.0-",
    "1.0.0+build",
    "vv1.0.0",
  ])("rejects %j", (v) => {
    expect(thrown(() => normalizeVersion(v, "tools.helm.version")).message).toContain(
      `tools.helm.version: invalid version ${JSON.stringify(v)}; expected MAJOR.MINOR.PATCH`,
    );
  });

  it("parses name and name@version, once per name", () => {
    expect(parseToolRequests(["helm", "kustomize@v5.7.1", "helm"])).toEqual([
      { name: "helm" },
      { name: "kustomize", version: "5.7.1" },
    ]);
    expect(thrown(() => parseToolRequests(["helm@3.19.0", "helm@3.18.0"])).message).toContain(
      'tool "helm" is listed twice with different versions',
    );
    expect(thrown(() => parseToolRequests(["Helm"])).message).toContain('invalid tool "Helm"');
    expect(thrown(() => parseToolRequests(["../helm"])).message).toContain('invalid tool "../helm"');
  });

  it("infers the archive type from the URL", () => {
    expect(archiveTypeOf("https://x.example/a.tar.gz")).toBe("tar.gz");
    expect(archiveTypeOf("https://x.example/a.tgz")).toBe("tar.gz");
    expect(archiveTypeOf("https://x.example/a.ZIP")).toBe("zip");
    expect(archiveTypeOf("https://x.example/kubectl")).toBe("binary");
  });

  it("maps Node's platform names", () => {
    expect(platformOf("linux", "x64")).toEqual(LINUX_AMD64);
    expect(platformOf("darwin", "arm64")).toEqual(DARWIN_ARM64);
    expect(thrown(() => platformOf("win32", "x64")).message).toContain("this machine is win32-x64");
    expect(thrown(() => platformOf("linux", "ia32")).message).toContain("linux-ia32");
  });
});

describe("user manifests", () => {
  const sha = "a".repeat(64);

  it("pins another version: the built-in digests are dropped, the user's count", () => {
    const path = userManifest(
      `tools:\n  kustomize:\n    version: "5.4.3"\n    sha256:\n      linux-amd64: "${sha.toUpperCase()}"\n`,
    );
    const manifest = loadManifest(path, "tools.yaml");
    const tool = resolveTool(manifest, { name: "kustomize" }, LINUX_AMD64);
    expect(tool.version).toBe("5.4.3");
    expect(tool.sha256).toBe(sha);
    expect(tool.url).toContain("kustomize_v5.4.3_linux_amd64.tar.gz");
    expect(tool.origin).toBe("tools.yaml");
    // The built-in darwin digest belongs to 5.7.1, so 5.4.3 on darwin fails closed.
    expect(thrown(() => resolveTool(manifest, { name: "kustomize" }, DARWIN_ARM64)).message).toContain(
      "the manifest tools.yaml has no SHA-256 for darwin-arm64",
    );
  });

  it("changes only the URL (an internal mirror): the built-in digests stay", () => {
    const path = userManifest(
      'tools:\n  helm:\n    url: "https://artifacts.example.com/helm/helm-v{version}-{os}-{arch}.tar.gz"\n',
    );
    const tool = resolveTool(loadManifest(path), { name: "helm" }, LINUX_AMD64);
    expect(tool.url).toBe("https://artifacts.example.com/helm/helm-v3.19.0-linux-amd64.tar.gz");
    expect(tool.sha256).toBe("a7f81ce08007091b86d8bd696eb4d86b8d0f2e1b9f6c714be62f82f96a594496");
    expect(tool.bin).toBe("linux-amd64/helm");
  });

  it("adds a new tool", () => {
    const path = userManifest(
      `tools:\n  kubectl:\n    version: "1.32.3"\n    url: "https://dl.k8s.io/release/v{version}/bin/{os}/{arch}/kubectl"\n    sha256:\n      linux-amd64: "${sha}"\n`,
    );
    const manifest = loadManifest(path);
    expect([...manifest.tools.keys()]).toEqual([...DEFAULT_TOOLS, "kubectl"]);
    expect(resolveTool(manifest, { name: "kubectl" }, LINUX_AMD64)).toMatchObject({
      archive: "binary",
      bin: "kubectl",
      binaryName: "kubectl",
      url: "https://dl.k8s.io/release/v1.32.3/bin/linux/amd64/kubectl",
    });
  });

  it.each([
    [
      "tools:\n  helm:\n    versions: 1\n",
      'tools.yaml:3: unknown key "tools.helm.versions"; allowed here: version, url',
    ],
    ["tool: {}\n", 'tools.yaml:1: unknown key "tool"; allowed here: tools'],
    [
      "tools:\n  helm:\n    version: 3.19\n",
      "tools.yaml:3: tools.helm.version must be a non-empty string (quote it)",
    ],
    ['tools:\n  helm:\n    version: "3.19"\n', 'tools.yaml:3: tools.helm.version: invalid version "3.19"'],
    [
      'tools:\n  helm:\n    sha256:\n      linux-amd64: "abc"\n',
      "tools.yaml:4: tools.helm.sha256.linux-amd64 must be 64 hex digits",
    ],
    [
      `tools:\n  helm:\n    sha256:\n      windows-amd64: "${sha}"\n`,
      'tools.yaml:4: unknown platform "windows-amd64"',
    ],
    [
      'tools:\n  helm:\n    url: "https://x.example/{name}.tgz"\n',
      'tools.yaml:3: tools.helm.url has an unknown placeholder "{name}"',
    ],
    [
      'tools:\n  helm:\n    url: "ftp://x.example/h.tgz"\n',
      "tools.yaml:3: tools.helm.url must be an https:// URL",
    ],
    [
      'tools:\n  helm:\n    url: "https://u:p@x.example/h.tgz"\n',
      "tools.yaml:3: tools.helm.url must not carry credentials",
    ],
    ['tools:\n  helm:\n    bin: "../../etc/passwd"\n', 'tools.yaml:3: tools.helm.bin must not contain ".."'],
    ['tools:\n  helm:\n    bin: "/usr/bin/helm"\n', "tools.yaml:3: tools.helm.bin must be a relative path"],
    [
      "tools:\n  helm:\n    archive: rar\n",
      "tools.yaml:3: tools.helm.archive must be one of tar.gz, zip, binary",
    ],
    [
      "tools:\n  helm:\n    arch: { amd64: 'x 86' }\n",
      "tools.yaml:3: tools.helm.arch.amd64 must be a plain name",
    ],
    ['tools:\n  newtool:\n    version: "1.0.0"\n', 'tools.yaml:2: tools.newtool needs "url"'],
    ["tools:\n  Bad_Name:\n    version: '1.0.0'\n", 'tools.yaml:2: invalid tool name "Bad_Name"'],
    ["tools:\n  helm: {}\n  helm: {}\n", "tools.yaml:3: duplicate key"],
  ])("rejects %j", (text, message) => {
    const err = thrown(() => loadManifest(userManifest(text), "tools.yaml"));
    expect(err.message).toContain(message);
    expect(err.file).toBe("tools.yaml");
  });

  it("names a missing manifest file", () => {
    expect(thrown(() => loadManifest("/nonexistent/tools.yaml", "tools.yaml")).message).toBe(
      "tools.yaml: cannot read: no such file",
    );
  });

  it("requires sources in the built-in format", () => {
    const err = thrown(() =>
      parseManifest('tools:\n  x:\n    version: "1.0.0"\n    url: "https://x.example/x"\n', "built-in"),
    );
    expect(err.message).toContain('tools.x needs "sources"');
  });
});
