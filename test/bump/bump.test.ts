// `gitops bump <env> <service> --image REF` in-process: the field that deploys the image, and nothing else.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { git, GIT_ENV, writeFiles } from "../support/git.js";

const WEB = "apps/web/overlays/staging/kustomization.yaml";
const QUEUE = "apps/queue/overlays/staging/values.yaml";
const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;

beforeAll(() => {
  // --commit runs git in-process: no user config, a fixed identity.
  Object.assign(process.env, GIT_ENV);
});

/** A fresh copy of examples/infra-gitops. */
function example(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-bump-")), "repo");
  copyExample(dir);
  return dir;
}

/** Every file under `dir` (relative path → content), `.git` left out. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory() && e.name !== ".git") walk(rel);
      else if (e.isFile()) out.set(rel, readFileSync(join(dir, rel), "utf8"));
    }
  };
  walk("");
  return out;
}

/** The files that differ between two snapshots, and for each its changed lines as `old => new`. */
function changed(before: Map<string, string>, after: Map<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, text] of after) {
    const old = before.get(path);
    if (old === text) continue;
    const a = (old ?? "").split("\n");
    const b = text.split("\n");
    expect(b.length, path).toBe(a.length);
    out[path] = a.flatMap((line, i) => (line === b[i] ? [] : [`${line.trim()} => ${(b[i] ?? "").trim()}`]));
  }
  expect([...before.keys()].sort()).toEqual([...after.keys()].sort());
  return out;
}

async function bumpIn(dir: string, ...args: string[]) {
  const before = snapshot(dir);
  const run = await cli("bump", ...args, "--repo", dir);
  return { ...run, changed: changed(before, snapshot(dir)) };
}

describe("gitops bump on the example repo", () => {
  it("sets the kustomize newTag of web in staging, keeps every other line and file as it was", async () => {
    const dir = example();
    const r = await bumpIn(dir, "staging", "web", "--image", "ghcr.io/example-org/web:2.9.0");
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({ [WEB]: ["newTag: 2.8.1 => newTag: 2.9.0"] });
    expect(r.stdout).toContain("edited 1 file(s) in the working tree");
  });

  it("bumps to a digest: the digest is set and the old tag removed, so kustomize deploys name@digest", async () => {
    const dir = example();
    const r = await bumpIn(dir, "staging", "web", "--image", `ghcr.io/example-org/web@${DIGEST}`);
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({ [WEB]: [`newTag: 2.8.1 => digest: ${DIGEST}`] });
  });

  it("bumps to tag@digest: both fields, the comments and layout around them untouched", async () => {
    const dir = example();
    const before = readFileSync(join(dir, WEB), "utf8");
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      `ghcr.io/example-org/web:3.0.0@${DIGEST}`,
      "--repo",
      dir,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, WEB), "utf8")).toBe(
      before.replace("    newTag: 2.8.1\n", `    newTag: 3.0.0\n    digest: ${DIGEST}\n`),
    );
  });

  it("bumps queue's Helm image.tag in the staging values file (repository from the chart's values.yaml), comments kept", async () => {
    const dir = example();
    const before = readFileSync(join(dir, QUEUE), "utf8");
    expect(before).toMatch(/^# queue in staging/);
    const r = await bumpIn(dir, "staging", "queue", "--image", "ghcr.io/example-org/queue:1.0.0");
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({ [QUEUE]: ['tag: "0.9.3" => tag: "1.0.0"'] });
  });

  it("is a no-op when the service is already at REF", async () => {
    const dir = example();
    const r = await bumpIn(dir, "staging", "web", "--image", "ghcr.io/example-org/web:2.8.1");
    expect(r).toMatchObject({
      code: 0,
      stdout: "nothing to bump: web in staging is already at ghcr.io/example-org/web:2.8.1\n",
      changed: {},
    });
    const again = await bumpIn(dir, "prod", "cms", "--image", "ghcr.io/example-org/cms:1.14.2", "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ status: "nothing", changes: [] });
  });

  it("prints the diff with --dry-run and writes nothing", async () => {
    const dir = example();
    const r = await bumpIn(dir, "staging", "web", "--image", "ghcr.io/example-org/web:2.9.0", "--dry-run");
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({});
    expect(r.stdout).toBe(
      `--- a/${WEB}\n+++ b/${WEB}\n@@ -17,7 +17,7 @@\n \n images:\n   - name: ghcr.io/example-org/web\n-    newTag: 2.8.1\n+    newTag: 2.9.0\n \n replicas:\n   - name: web\n`,
    );
    expect(r.stderr).toContain("dry run: nothing was written");
  });

  it("prints promote's change shape with --json", async () => {
    const dir = example();
    const r = await bumpIn(dir, "prod", "queue", "--image", "ghcr.io/example-org/queue:0.9.3", "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ status: "edited", env: "prod", service: "queue" });
    expect(doc.changes).toEqual([
      {
        service: "queue",
        file: "apps/queue/overlays/prod/values.yaml",
        field: "image.tag",
        from: "0.9.1",
        to: "0.9.3",
      },
    ]);
    expect(Object.keys(r.changed)).toEqual(["apps/queue/overlays/prod/values.yaml"]);
  });

  it("refuses an image the service does not deploy there, naming the ones it does (exit 2)", async () => {
    const dir = example();
    const r = await bumpIn(dir, "staging", "web", "--image", "ghcr.io/example-org/cms:1.0.0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'web does not deploy image "ghcr.io/example-org/cms" in staging; it deploys: ghcr.io/example-org/web (apps/web/overlays/staging/kustomization.yaml)',
    );
    expect(r.changed).toEqual({});
    // The registry and path are part of the name.
    const bare = await bumpIn(dir, "staging", "web", "--image", "web:1.0.0");
    expect(bare.code).toBe(2);
  });

  it.each([
    [["qa", "web"], 'unknown environment "qa"; known: staging, prod'],
    [["staging", "nope"], 'unknown service "nope"; known: cms, queue, web'],
  ])("refuses %j with exit 2", async (names, message) => {
    const r = await bumpIn(example(), ...names, "--image", "ghcr.io/example-org/web:1.0.0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.changed).toEqual({});
  });

  it.each([
    "ghcr.io/example-org/web",
    "ghcr.io/example-org/web:",
    "ghcr.io/example-org/Web:1.0",
    "ghcr.io/example-org/web@sha256:abc",
    "ghcr.io/example-org/web:1.0@md5:0123",
    "ghcr.io/example-org/web:bad tag",
  ])("refuses the bad reference %j with exit 2, naming it", async (ref) => {
    const r = await bumpIn(example(), "staging", "web", "--image", ref);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`bad image reference ${JSON.stringify(ref)}`);
    expect(r.changed).toEqual({});
  });

  it("needs --image (or --chart-version)", async () => {
    const r = await cli("bump", "staging", "web", "--repo", example());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bump needs --image REF");
  });

  it("commits with --commit on the branch checked out, with the source trailers", async () => {
    const dir = example();
    git(dir, "init", "--quiet", "--initial-branch=main");
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "-m", "initial");
    const sha = "a".repeat(40);
    const r = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "ghcr.io/example-org/web:2.9.0",
      "--commit",
      "--source-repository",
      "example-org/web",
      "--source-commit",
      sha,
      "--repo",
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /committed [0-9a-f]{12}: bumped web in staging to ghcr\.io\/example-org\/web:2\.9\.0\n$/,
    );
    expect(git(dir, "status", "--porcelain")).toBe("");
    expect(git(dir, "log", "-1", "--format=%s")).toBe("bump web in staging to 2.9.0");
    expect(git(dir, "log", "-1", "--format=%(trailers:only,unfold)")).toBe(
      `Source-Repository: example-org/web\nSource-Commit: ${sha}`,
    );
    expect(git(dir, "show", "--name-only", "--format=", "HEAD")).toBe(WEB);
  });

  it("dates the source commit with --source-commit-date, which needs --source-commit and an ISO time", async () => {
    const dir = example();
    git(dir, "init", "--quiet", "--initial-branch=main");
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "-m", "initial");
    const sha = "b".repeat(40);
    const args = ["bump", "staging", "web", "--image", "ghcr.io/example-org/web:2.9.0", "--commit"];
    const bad = await cli(
      ...args,
      "--source-commit",
      sha,
      "--source-commit-date",
      "yesterday",
      "--repo",
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad --source-commit-date "yesterday"');
    const alone = await cli(...args, "--source-commit-date", "2026-12-01T10:00:00Z", "--repo", dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--source-commit-date dates the --source-commit");
    expect(git(dir, "log", "--format=%s")).toBe("initial");
    const r = await cli(
      ...args,
      "--source-repository",
      "example-org/web",
      "--source-commit",
      sha,
      "--source-commit-date",
      "2026-12-01T10:00:00+01:00",
      "--repo",
      dir,
    );
    expect(r.code).toBe(0);
    expect(git(dir, "log", "-1", "--format=%(trailers:only,unfold)")).toBe(
      `Source-Repository: example-org/web\nSource-Commit: ${sha}\nSource-Commit-Date: 2026-12-01T10:00:00+01:00`,
    );
  });

  it("refuses bad trailer values and --commit outside git", async () => {
    const dir = example();
    const bad = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "ghcr.io/example-org/web:2.9.0",
      "--commit",
      "--source-commit",
      "xyz",
      "--repo",
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad --source-commit "xyz"');
    const noGit = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "ghcr.io/example-org/web:2.9.0",
      "--commit",
      "--repo",
      dir,
    );
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toContain("is not inside a git repository");
  });

  it("is listed in gitops --help and has its own help", async () => {
    expect((await cli("--help")).stdout).toMatch(/^ {2}bump +set the image/m);
    const { code, stdout } = await cli("bump", "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: gitops bump <env> <service> \(--image REF/);
  });
});

describe("gitops bump on other repository shapes", () => {
  const FIXTURES = fileURLToPath(new URL("../fixtures/repos", import.meta.url));

  function fixture(name: string): string {
    const dir = join(mkdtempSync(join(tmpdir(), "gitops-bump-")), name);
    cpSync(join(FIXTURES, name), dir, { recursive: true });
    return dir;
  }

  it("bumps api in staging of example-apps-dir (Applications outside argo-apps/), prod untouched", async () => {
    const dir = fixture("example-apps-dir");
    const r = await bumpIn(dir, "staging", "api", "--image", "ghcr.io/example/api:1.4.0");
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({
      "apps/api/overlays/staging/kustomization.yaml": ["newTag: 1.3.0 => newTag: 1.4.0"],
    });
  });

  it("bumps worker in prod of example-apps-dir, staging untouched", async () => {
    const dir = fixture("example-apps-dir");
    const r = await bumpIn(dir, "prod", "worker", "--image", `ghcr.io/example/worker@${DIGEST}`, "--json");
    expect(r.code).toBe(0);
    expect(Object.keys(r.changed)).toEqual(["apps/worker/overlays/prod/kustomization.yaml"]);
    expect((JSON.parse(r.stdout) as { changes: { field: string }[] }).changes.map((c) => c.field)).toEqual([
      "images[ghcr.io/example/worker].newTag",
      "images[ghcr.io/example/worker].digest",
    ]);
  });
});

describe("gitops bump on Helm values", () => {
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), "gitops-bump-helm-"));
    const app = (env: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: api-${env}
spec:
  source:
    repoURL: https://github.com/acme/infra-gitops.git
    targetRevision: main
    path: apps/api/base
    helm:
      valueFiles:
        - ../overlays/${env}/values.yaml
`;
    writeFiles(dir, {
      ".gitops.yaml": "promote:\n  services:\n    api:\n      extraValues: [worker.image.tag]\n",
      "apps/api/base/Chart.yaml": "apiVersion: v2\nname: api\nversion: 0.1.0\n",
      "apps/api/base/values.yaml":
        "image:\n  registry: ghcr.io\n  repository: acme/api\n  tag: '1.0'\nworker:\n  image:\n    repository: ghcr.io/acme/worker\n    tag: '1.0'\n",
      "apps/api/overlays/staging/values.yaml":
        "# staging\nimage:\n  tag: '1.1' # api\nworker:\n  image:\n    tag: '1.1'\n",
      "apps/api/overlays/prod/values.yaml": "image:\n  tag: '1.0'\n",
      "argo-apps/staging/api.yaml": app("staging"),
      "argo-apps/prod/api.yaml": app("prod"),
    });
    return dir;
  }

  it("matches registry + repository and sets the tag in the env's values file, quoting kept", async () => {
    const r = await bumpIn(repo(), "staging", "api", "--image", "ghcr.io/acme/api:1.2");
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({
      "apps/api/overlays/staging/values.yaml": ["tag: '1.1' # api => tag: '1.2' # api"],
    });
  });

  it("finds the image maps of promote.values paths", async () => {
    const dir = repo();
    const r = await cli(
      "bump",
      "staging",
      "api",
      "--image",
      `ghcr.io/acme/worker:2.0@${DIGEST}`,
      "--repo",
      dir,
    );
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, "apps/api/overlays/staging/values.yaml"), "utf8");
    expect(text).toBe(
      `# staging\nimage:\n  tag: '1.1' # api\nworker:\n  image:\n    tag: '2.0'\n    digest: ${DIGEST}\n`,
    );
  });

  it("leaves a Helm tag as it is for a digest-only reference (removing it would fall back to the chart's), and says so", async () => {
    const dir = repo();
    const r = await cli("bump", "staging", "api", "--image", `ghcr.io/acme/api@${DIGEST}`, "--repo", dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("the reference has no tag; image.tag is left as it is");
    expect(readFileSync(join(dir, "apps/api/overlays/staging/values.yaml"), "utf8")).toContain(
      `  tag: '1.1' # api\n  digest: ${DIGEST}\n`,
    );
  });

  it("lists both images when neither matches", async () => {
    const r = await bumpIn(repo(), "staging", "api", "--image", "ghcr.io/acme/other:1");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "it deploys: ghcr.io/acme/api (apps/api/overlays/staging/values.yaml), ghcr.io/acme/worker (apps/api/overlays/staging/values.yaml)",
    );
  });
});

describe("gitops bump --chart-version", () => {
  const app = (env: string, version: string, cache: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: redis-${env}
spec:
  sources:
    - repoURL: https://charts.bitnami.com/bitnami
      chart: redis
      targetRevision: ${version} # pinned
      helm:
        valueFiles:
          - $values/apps/redis/overlays/${env}/values.yaml
    - repoURL: https://github.com/acme/infra-gitops.git
      targetRevision: main
      ref: values
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: cache-${env}
spec:
  sources:
    - repoURL: https://charts.example.com
      chart: memcached
      targetRevision: ${cache}
      helm:
        valueFiles:
          - $values/apps/redis/overlays/${env}/values.yaml
    - repoURL: https://github.com/acme/infra-gitops.git
      targetRevision: main
      ref: values
`;
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), "gitops-bump-chart-"));
    writeFiles(dir, {
      "apps/redis/overlays/staging/values.yaml": "architecture: standalone\n",
      "apps/redis/overlays/prod/values.yaml": "architecture: replication\n",
      "argo-apps/staging/redis.yaml": app("staging", "18.2.0", "7.0.1"),
      "argo-apps/prod/redis.yaml": app("prod", "18.1.0", "7.0.0"),
    });
    return dir;
  }

  it("sets the targetRevision of the named chart's source in that env only", async () => {
    const dir = repo();
    const r = await bumpIn(dir, "staging", "redis", "--chart-version", "18.3.0", "--chart", "redis");
    expect(r.code).toBe(0);
    expect(r.changed).toEqual({
      "argo-apps/staging/redis.yaml": ["targetRevision: 18.2.0 # pinned => targetRevision: 18.3.0 # pinned"],
    });
  });

  it("asks which chart when the service pins several", async () => {
    const r = await bumpIn(repo(), "staging", "redis", "--chart-version", "18.3.0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "cannot tell which chart to bump (name it with --chart); it pins: memcached, redis",
    );
  });

  it("says so when the service pins no chart", async () => {
    const r = await bumpIn(example(), "staging", "web", "--chart-version", "1.0.0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("web pins no chart version in staging");
  });
});
