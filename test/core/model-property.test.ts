// Properties of the repository model on random repositories built from the shapes real repos use:
// `targets` lists exactly what `render` renders, and the changelog attributes a file change to
// exactly the env × service of the targets whose render changes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isMap, parseDocument, stringify } from "yaml";
import { Random } from "../../bench/gen/random.js";
import { attributionOf } from "../../packages/changelog/src/index.js";
import { loadModel } from "../../packages/core/src/index.js";
import { render } from "../../packages/render/src/index.js";
import { writeFiles } from "../support/git.js";
import { toolEnv } from "../render/support.js";

const REPO_URL = "https://github.com/example-org/infra.git";

/** One service in one of the shapes discovery must handle. */
type Shape = "blueprint" | "envs-yml" | "helm-app" | "plain-env";

function deployment(name: string, image: string): string {
  return stringify({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
    },
  });
}

function application(name: string, source: object, namespace: string): string {
  return stringify({
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name, namespace: "argocd" },
    spec: {
      project: "default",
      source: { repoURL: REPO_URL, targetRevision: "main", ...source },
      destination: { server: "https://kubernetes.default.svc", namespace },
    },
  });
}

/** Files of one service in `shape` across `envs`. */
function serviceFiles(name: string, shape: Shape, envs: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  if (shape === "blueprint" || shape === "envs-yml") {
    const ext = shape === "blueprint" ? "yaml" : "yml";
    const envDir = shape === "blueprint" ? "overlays" : "envs";
    files[`apps/${name}/base/kustomization.${ext}`] = stringify({ resources: [`deployment.${ext}`] });
    files[`apps/${name}/base/deployment.${ext}`] = deployment(name, `ghcr.io/example/${name}:1.0.0`);
    files[`apps/${name}/base/README.md`] = `# ${name}\n`;
    for (const env of envs) {
      files[`apps/${name}/${envDir}/${env}/kustomization.${ext}`] = stringify({
        resources: ["../../base"],
        patches: [{ path: `version.${ext}` }],
      });
      files[`apps/${name}/${envDir}/${env}/version.${ext}`] = stringify({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name },
        spec: { template: { spec: { containers: [{ name, image: `ghcr.io/example/${name}:${env}-1` }] } } },
      });
    }
  } else if (shape === "helm-app") {
    files[`apps/${name}/chart/Chart.yaml`] = stringify({ apiVersion: "v2", name, version: "0.1.0" });
    files[`apps/${name}/chart/values.yaml`] = stringify({ replicaCount: 1, image: "ghcr.io/example/x:1" });
    files[`apps/${name}/chart/templates/deployment.yaml`] = [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: {{ .Release.Name }}",
      "  labels:",
      '    chart: "{{ .Chart.Name }}-{{ .Chart.Version }}"',
      "spec:",
      "  replicas: {{ .Values.replicaCount }}",
      "  selector: { matchLabels: { app: x } }",
      "  template:",
      "    metadata: { labels: { app: x } }",
      "    spec:",
      "      containers:",
      "        - name: app",
      "          image: {{ .Values.image | quote }}",
      "",
    ].join("\n");
    for (const env of envs) {
      files[`apps/${name}/values/${env}/values.yaml`] = stringify({ replicaCount: 2 });
      files[`argo-apps/${env}/${name}.yaml`] = application(
        `${name}-${env}`,
        { path: `apps/${name}/chart`, helm: { valueFiles: [`../values/${env}/values.yaml`] } },
        `${name}-${env}`,
      );
    }
  } else {
    for (const env of envs) files[`clusters/${env}/${name}.yaml`] = deployment(name, "ghcr.io/example/p:1");
  }
  return files;
}

/** A random repository: a few services, each in a random shape, and a shared kustomization. */
function randomRepo(seed: number): { dir: string; files: string[] } {
  const rnd = new Random(seed);
  const envs = rnd.pick([
    ["staging", "prod"],
    ["qa", "staging", "prod"],
    ["dev", "prod-eu", "prod-us"],
  ]);
  const shapes: Shape[] = ["blueprint", "envs-yml", "helm-app", "plain-env"];
  const files: Record<string, string> = { "README.md": "# infra\n" };
  const count = rnd.int(2, 4);
  for (let i = 0; i < count; i++) Object.assign(files, serviceFiles(`svc${i}`, rnd.pick(shapes), envs));
  if (rnd.next() < 0.5) {
    // One app kept at the root: base/ beside env/<env>.
    files["base/kustomization.yaml"] = stringify({ resources: ["app.yaml"] });
    files["base/app.yaml"] = deployment("root-app", "ghcr.io/example/root:1");
    for (const e of envs) files[`env/${e}/kustomization.yaml`] = stringify({ resources: ["../../base"] });
  }
  if (rnd.next() < 0.7) {
    files["infrastructure/controllers/kustomization.yaml"] = stringify({ resources: ["ns.yaml"] });
    files["infrastructure/controllers/ns.yaml"] = stringify({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "controllers" },
    });
  }
  const dir = mkdtempSync(join(tmpdir(), "gitops-prop-"));
  writeFiles(dir, files);
  return { dir, files: Object.keys(files).sort() };
}

/**
 * Changes what a file means, so that any render that reads it changes: a kustomization gains a
 * common annotation, a manifest or patch an annotation, a values file a new replica count, a
 * chart a new version, an Application new inline values. Markdown changes only its text.
 */
function mutate(path: string, text: string, n: number): string {
  if (path.endsWith(".md")) return `${text}\nedited ${n}\n`;
  const doc = parseDocument(text);
  const v = doc.toJS() as Record<string, unknown>;
  if (/kustomization\.ya?ml$/.test(path)) doc.set("commonAnnotations", { mutated: String(n) });
  else if (path.endsWith("Chart.yaml")) doc.set("version", `0.${n + 2}.0`);
  // The env values override replicaCount, so the chart's own values change what they do not.
  else if (path.endsWith("chart/values.yaml")) doc.set("image", `ghcr.io/example/x:mutated-${n}`);
  else if (path.endsWith("values.yaml")) doc.set("replicaCount", 10 + n);
  else if (v.kind === "Application") {
    doc.setIn(["spec", "source", "helm", "valuesObject"], { replicaCount: 20 + n });
    doc.setIn(["metadata", "annotations"], { mutated: String(n) });
  } else if (isMap(doc.contents) && v.metadata)
    doc.setIn(["metadata", "annotations"], { mutated: String(n) });
  return doc.toString();
}

/** What `render` produced: each target's id and output hash. */
async function renderAll(dir: string, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const report = await render({ repo: dir, env });
  expect(report.targets.filter((t) => t.status === "failed").map((t) => t.error)).toEqual([]);
  return new Map(report.targets.map((t) => [t.id, t.sha256]));
}

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

describe("the repository model on random repositories", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: targets equals what render renders, and attribution equals what a change re-renders`, async () => {
      const repo = randomRepo(seed);
      const model = await loadModel(repo.dir, { env });
      const before = await renderAll(repo.dir, env);
      expect(model.targets.map((t) => t.id)).toEqual([...before.keys()]);
      expect(model.targets.length).toBeGreaterThan(0);

      const rnd = new Random(seed * 101);
      // Helm templates are not YAML until rendered; every other file is fair game.
      const candidates = rnd.shuffle(repo.files.filter((f) => !f.includes("/templates/"))).slice(0, 4);
      for (const [n, file] of candidates.entries()) {
        const path = join(repo.dir, file);
        const original = readFileSync(path, "utf8");
        // Attribution is asked of the model before the change, as the changelog reads history.
        const attributed = attributionOf(await loadModel(repo.dir, { env }))(file)
          .map((c) => `${c.env}/${c.service}`)
          .sort();
        writeFileSync(path, mutate(file, original, n));
        const after = await renderAll(repo.dir, env);
        writeFileSync(path, original);
        const changed = model.targets.filter((t) => before.get(t.id) !== after.get(t.id));
        const expected = [
          ...new Set(
            changed.flatMap((t) =>
              (t.env ? [t.env] : model.environments).map((e) => `${e}/${t.service ?? "platform"}`),
            ),
          ),
        ].sort();
        expect(attributed, `${file} (seed ${seed})`).toEqual(expected);
      }
    });
  }
});
