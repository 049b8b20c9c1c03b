// `gitops bump --resolve-digest` against a loopback OCI registry that speaks the token flow.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { startFakeRegistry, type FakeRegistry } from "../support/fake-registry/index.js";

const WEB = "apps/web/overlays/staging/kustomization.yaml";
const QUEUE = "apps/queue/overlays/staging/values.yaml";
const USER = "ci-bot";
const PASSWORD = "s3cret-registry-pass";

let registry: FakeRegistry;
let webDigest: string;
let queueDigest: string;

beforeAll(async () => {
  registry = await startFakeRegistry({ users: { [USER]: PASSWORD } });
  webDigest = registry.push("example-org/web", "2.9.0");
  queueDigest = registry.push("example-org/queue", "1.0.0");
});
afterAll(() => registry.close());
afterEach(() => {
  delete process.env.GITOPS_REGISTRY_USERNAME;
  delete process.env.GITOPS_REGISTRY_PASSWORD;
  registry.requests.length = 0;
});

/** The example repo with web's and queue's images moved to `host`. */
function example(host: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-digest-")), "repo");
  copyExample(dir);
  for (const file of [WEB, "apps/web/overlays/prod/kustomization.yaml", "apps/web/base/deployment.yaml"]) {
    replaceIn(dir, file, "ghcr.io/example-org/web", `${host}/example-org/web`);
  }
  replaceIn(dir, "apps/queue/base/values.yaml", "ghcr.io/example-org/queue", `${host}/example-org/queue`);
  return dir;
}

function replaceIn(dir: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(dir, file), "utf8");
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.split(from).join(to));
}

function credentials(user = USER, password = PASSWORD): void {
  process.env.GITOPS_REGISTRY_USERNAME = user;
  process.env.GITOPS_REGISTRY_PASSWORD = password;
}

describe("gitops bump --resolve-digest", () => {
  it("pins the kustomize image to the registry's digest (images[].digest), and kustomize renders name:tag@digest", async () => {
    const dir = example(registry.host);
    const before = readFileSync(join(dir, WEB), "utf8");
    credentials();
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `${registry.host}/example-org/web:2.9.0`,
      "--resolve-digest",
      "--json",
      "--repo",
      dir,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { to: string; changes: { field: string; to: string }[] };
    expect(json.to).toBe(`${registry.host}/example-org/web:2.9.0@${webDigest}`);
    const name = `${registry.host}/example-org/web`;
    expect(json.changes.map((c) => [c.field, c.to])).toEqual([
      [`images[${name}].newTag`, "2.9.0"],
      [`images[${name}].digest`, webDigest],
    ]);
    const after = readFileSync(join(dir, WEB), "utf8");
    expect(after).toBe(
      before.replace("    newTag: 2.8.1\n", `    newTag: 2.9.0\n    digest: ${webDigest}\n`),
    );
    const { kubectl } = await testBinaries();
    const rendered = execFileSync(kubectl, ["kustomize", join(dir, "apps/web/overlays/staging")], {
      encoding: "utf8",
    });
    expect(rendered).toContain(`image: ${name}:2.9.0@${webDigest}`);
  });

  it("pins the Helm image with image.digest beside image.tag, the values file's comments kept", async () => {
    const dir = example(registry.host);
    const before = readFileSync(join(dir, QUEUE), "utf8");
    credentials();
    const r = await cli(
      "bump",
      "staging",
      "queue",
      "--image",
      `${registry.host}/example-org/queue:1.0.0`,
      "--resolve-digest",
      "--repo",
      dir,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, QUEUE), "utf8");
    expect(after).toBe(before.replace('  tag: "0.9.3"\n', `  tag: "1.0.0"\n  digest: ${queueDigest}\n`));
  });

  it("sends the credentials only to the token service, as Basic, and never prints them", async () => {
    const dir = example(registry.host);
    credentials();
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `${registry.host}/example-org/web:2.9.0`,
      "--resolve-digest",
      "--dry-run",
      "--repo",
      dir,
    );
    expect(r.code).toBe(0);
    const seen = registry.requests.map((q) => `${q.method} ${q.path} ${q.auth ?? "-"}`);
    expect(seen).toEqual([
      "HEAD /v2/example-org/web/manifests/2.9.0 -",
      "GET /token basic",
      "HEAD /v2/example-org/web/manifests/2.9.0 bearer",
    ]);
    expect(registry.requests[1]?.query).toEqual({
      service: "fake-registry",
      scope: "repository:example-org/web:pull",
    });
    // Index and manifest types of both OCI and Docker, so a multi-arch tag pins its index.
    expect(registry.requests[0]?.accept).toContain("application/vnd.oci.image.index.v1+json");
    expect(registry.requests[0]?.accept).toContain(
      "application/vnd.docker.distribution.manifest.list.v2+json",
    );
    const printed = r.stdout + r.stderr;
    expect(printed).toContain(webDigest);
    expect(printed).not.toContain(PASSWORD);
    expect(printed).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString("base64"));
  });

  it("refused credentials are exit 2 naming the image, nothing written, the password never shown", async () => {
    const dir = example(registry.host);
    const before = readFileSync(join(dir, WEB), "utf8");
    credentials(USER, "wrong-password-123");
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `${registry.host}/example-org/web:2.9.0`,
      "--resolve-digest",
      "--repo",
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`image ${registry.host}/example-org/web:2.9.0`);
    expect(r.stderr).toContain("refused the credentials (HTTP 401)");
    expect(r.stderr).not.toContain("wrong-password-123");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(join(dir, WEB), "utf8")).toBe(before);
  });

  it("no credentials on a private registry: the anonymous token cannot pull, exit 2 saying what to set", async () => {
    const dir = example(registry.host);
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `${registry.host}/example-org/web:2.9.0`,
      "--resolve-digest",
      "--repo",
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the registry denied access (HTTP 401)");
    expect(r.stderr).toContain("GITOPS_REGISTRY_USERNAME");
  });

  it("an unknown tag is exit 2 naming it, and nothing is written", async () => {
    const dir = example(registry.host);
    const before = readFileSync(join(dir, WEB), "utf8");
    credentials();
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `${registry.host}/example-org/web:9.9.9-missing`,
      "--resolve-digest",
      "--repo",
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `gitops: image ${registry.host}/example-org/web:9.9.9-missing (registry ${registry.host}): tag not found (HTTP 404 for HEAD /v2/example-org/web/manifests/9.9.9-missing)\n`,
    );
    expect(readFileSync(join(dir, WEB), "utf8")).toBe(before);
  });

  it("an unreachable registry is exit 2 naming the image and the host", async () => {
    const gone = await startFakeRegistry();
    const host = gone.host;
    await gone.close();
    const dir = example(host);
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `${host}/example-org/web:2.9.0`,
      "--resolve-digest",
      "--repo",
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `gitops: image ${host}/example-org/web:2.9.0: cannot reach ${host} (ECONNREFUSED)\n`,
    );
  });

  it("a reference that already holds a digest is not looked up", async () => {
    const dir = example(registry.host);
    const digest = `sha256:${"ab".repeat(32)}`;
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `${registry.host}/example-org/web:2.9.0@${digest}`,
      "--resolve-digest",
      "--json",
      "--repo",
      dir,
    );
    expect(r.code).toBe(0);
    expect(registry.requests).toEqual([]);
    expect((JSON.parse(r.stdout) as { to: string }).to).toContain(digest);
  });

  it("bad usage: --resolve-digest with a chart version, --insecure-registry alone", async () => {
    const dir = example(registry.host);
    const a = await cli(
      "bump",
      "staging",
      "queue",
      "--chart-version",
      "1.2.3",
      "--resolve-digest",
      "--repo",
      dir,
    );
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("a chart version has no digest");
    const b = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "x/y:1",
      "--insecure-registry",
      "h:5000",
      "--repo",
      dir,
    );
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("--insecure-registry goes with --resolve-digest");
  });
});

describe("where credentials may go", () => {
  it("refuses a token realm over plain http on a non-loopback host, before sending anything there", async () => {
    const sly = await startFakeRegistry({
      users: { [USER]: PASSWORD },
      realm: "http://auth.example.com/token",
    });
    try {
      sly.push("example-org/web", "2.9.0");
      const dir = example(sly.host);
      credentials();
      const r = await cli(
        "bump",
        "staging",
        "web",
        "--image",
        `${sly.host}/example-org/web:2.9.0`,
        "--resolve-digest",
        "--repo",
        dir,
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        "sends credentials to http://auth.example.com, which is neither https nor an allowed insecure host",
      );
      expect(sly.requests.map((q) => `${q.method} ${q.auth ?? "-"}`)).toEqual(["HEAD -"]);
    } finally {
      await sly.close();
    }
  });
});

describe("a registry that leaves Docker-Content-Digest out", () => {
  it("falls back to GET and the sha256 of the manifest body", async () => {
    const bare = await startFakeRegistry({ anonymous: true, headDigest: false });
    try {
      const manifest = {
        schemaVersion: 2,
        mediaType: "application/vnd.docker.distribution.manifest.v2+json",
        config: {
          mediaType: "application/vnd.docker.container.image.v1+json",
          size: 2,
          digest: `sha256:${"1".repeat(64)}`,
        },
        layers: [],
      };
      const digest = bare.push("example-org/web", "2.9.0", manifest);
      const dir = example(bare.host);
      const r = await cli(
        "bump",
        "staging",
        "web",
        "--image",
        `${bare.host}/example-org/web:2.9.0`,
        "--resolve-digest",
        "--json",
        "--repo",
        dir,
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { to: string }).to).toBe(
        `${bare.host}/example-org/web:2.9.0@${digest}`,
      );
      // An anonymous token (a public registry), then HEAD without the header, then GET.
      expect(bare.requests.map((q) => `${q.method} ${q.path} ${q.auth ?? "-"}`)).toEqual([
        "HEAD /v2/example-org/web/manifests/2.9.0 -",
        "GET /token -",
        "HEAD /v2/example-org/web/manifests/2.9.0 bearer",
        "GET /v2/example-org/web/manifests/2.9.0 bearer",
      ]);
      expect(readFileSync(join(dir, WEB), "utf8")).toContain(`digest: ${digest}`);
    } finally {
      await bare.close();
    }
  });
});
