import {
  DEFAULT_YAML_LIMITS,
  lazyLines,
  messageOf,
  parseRenderedYaml,
  parseYaml,
  UserError,
  type LineOf,
} from "../../../core/src/index.js";
import type { SecretFinding } from "../types.js";
import { checkChartTemplate } from "./chart-template.js";
import type { PathContext } from "./context.js";
import { finding, isObject, metaName, resourceOf } from "./finding.js";
import type { KeyTemplate } from "./template.js";

export { finding } from "./finding.js";

/** A `secretKey` an ExternalSecret provides, and where. */
export interface ProvidedKey {
  name: string;
  file: string;
  line: number;
}

/** What the manifests of one file say about secrets. */
export interface ManifestResult {
  findings: SecretFinding[];
  /** Keys provided by ExternalSecrets in the file. */
  provided: ProvidedKey[];
  /** True when an ExternalSecret uses `dataFrom`, whose keys are only known at runtime. */
  dataFrom: boolean;
}

/**
 * A document of a kind the rules look at (YAML or JSON spelling, trailing comment allowed). A
 * Kustomization matters only for its `secretGenerator`, which the text must then name.
 */
const KIND_LINE = /^[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?(?:Secret|ExternalSecret)\b/m;

/**
 * The GitOps secret rules on one YAML file, every document of it: plain
 * `kind: Secret` with data, kustomize `secretGenerator`, and ExternalSecret
 * keys against the path template. Helm chart templates are not YAML until
 * rendered; in them a templated key is fine and plain Secrets are a warning.
 */
export function checkManifestFile(
  path: string,
  text: string,
  ctx: PathContext,
  template: KeyTemplate,
): ManifestResult {
  const result: ManifestResult = { findings: [], provided: [], dataFrom: false };
  if (!KIND_LINE.test(text) && !text.includes("secretGenerator")) return result;
  if (/(^|\/)templates\//.test(path) && text.includes("{{"))
    return checkChartTemplate(path, text, ctx, template);
  const read = readManifests(path, text);
  if (read instanceof UserError) {
    result.findings.push(
      finding(
        "yaml-unreadable",
        "notice",
        path,
        undefined,
        `${read.message}; GitOps secret rules skipped (credential rules still ran)`,
      ),
    );
    return result;
  }
  for (const doc of read.docs) {
    const value = doc.value;
    if (!isObject(value)) continue;
    const at = (p: (string | number)[]) => read.lineOf(doc.line, p);
    if (value.kind === "Secret") plainSecret(value, path, ctx, at, result);
    else if (value.kind === "ExternalSecret") externalSecret(value, path, ctx, template, at, result);
    if (Array.isArray(value.secretGenerator))
      secretGenerator(value.secretGenerator, path, ctx, at, doc.line, result);
  }
  return result;
}

/**
 * The file's documents by the fast reader, with field lines from the careful loader only when a
 * finding (or an ExternalSecret's key) needs one. A file the fast reader refuses goes to the
 * careful loader, whose verdict and wording stand, as in every other command.
 */
function readManifests(
  path: string,
  text: string,
): { docs: { value: unknown; line: number }[]; lineOf: LineOf } | UserError {
  try {
    return {
      docs: parseRenderedYaml(text, path, DEFAULT_YAML_LIMITS),
      lineOf: lazyLines(() => parseYaml(text, path)),
    };
  } catch {
    // Worded below.
  }
  try {
    const yaml = parseYaml(text, path);
    return { docs: yaml.documents, lineOf: lazyLines(() => yaml) };
  } catch (err) {
    return err instanceof UserError ? err : new UserError(`${path}: ${messageOf(err)}`, path);
  }
}

type At = (path: (string | number)[]) => number;

function plainSecret(
  value: Record<string, unknown>,
  path: string,
  ctx: PathContext,
  at: At,
  result: ManifestResult,
) {
  // SOPS-encrypted Secrets carry their metadata under `sops:`; their values are ciphertext.
  if (isObject(value.sops)) return;
  if (argoDeclarative(value)) return;
  for (const field of ["data", "stringData"] as const) {
    const data = value[field];
    if (!isObject(data) || Object.keys(data).length === 0) continue;
    const keys = Object.keys(data);
    result.findings.push({
      ...finding(
        "plain-secret",
        "error",
        path,
        at([field]),
        `Secret ${metaName(value)} holds ${keys.length} value(s) in ${field} (${keys.slice(0, 5).join(", ")}${keys.length > 5 ? ", …" : ""}); ` +
          `Git may hold only references: commit an ExternalSecret or SealedSecret instead`,
      ),
      ...resourceOf(value),
      ...(ctx.overlay ? { target: ctx.overlay } : {}),
    });
    return;
  }
}

/** Keys of Argo CD's declarative cluster and repository Secrets that name things and hold no credential. */
const ARGO_PLAIN_KEYS = new Set([
  "name",
  "server",
  "project",
  "namespaces",
  "clusterResources",
  "url",
  "type",
  "enableOCI",
]);

/**
 * An Argo CD cluster or repository Secret (label `argocd.argoproj.io/secret-type`) that holds only
 * names and addresses: the credentials (`config`, `password`, `sshPrivateKey` ...) come from
 * elsewhere, so there is nothing to leak. One that does hold a credential key is still reported.
 */
function argoDeclarative(value: Record<string, unknown>): boolean {
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const labels = isObject(metadata.labels) ? metadata.labels : {};
  if (!["cluster", "repository", "repo-creds"].includes(String(labels["argocd.argoproj.io/secret-type"])))
    return false;
  const keys = ["data", "stringData"].flatMap((f) => (isObject(value[f]) ? Object.keys(value[f]) : []));
  return keys.every((k) => ARGO_PLAIN_KEYS.has(k));
}

function externalSecret(
  value: Record<string, unknown>,
  path: string,
  ctx: PathContext,
  template: KeyTemplate,
  at: At,
  result: ManifestResult,
) {
  const spec = isObject(value.spec) ? value.spec : {};
  const check = (key: unknown, where: (string | number)[]) => {
    if (typeof key !== "string" || key.includes("{{") || key.includes("${")) return;
    const problem = template.check(key, ctx);
    if (!problem) return;
    result.findings.push({
      ...finding(
        problem.rule,
        "error",
        path,
        at(where),
        `ExternalSecret ${metaName(value)}: ${problem.message}`,
      ),
      ...resourceOf(value),
      ...(ctx.overlay ? { target: ctx.overlay } : {}),
    });
  };
  (Array.isArray(spec.data) ? spec.data : []).forEach((item: unknown, i) => {
    if (!isObject(item)) return;
    const ref = isObject(item.remoteRef) ? item.remoteRef : {};
    check(ref.key, ["spec", "data", i, "remoteRef", "key"]);
    if (typeof item.secretKey === "string") {
      // The line only matters when a README misses the key: found (a careful parse) only then.
      const where = ["spec", "data", i, "secretKey"];
      result.provided.push({
        name: item.secretKey,
        file: path,
        get line() {
          return at(where);
        },
      });
    }
  });
  (Array.isArray(spec.dataFrom) ? spec.dataFrom : []).forEach((item: unknown, i) => {
    if (!isObject(item)) return;
    result.dataFrom = true;
    for (const via of ["extract", "remoteRef"] as const) {
      const ref = item[via];
      if (isObject(ref)) check(ref.key, ["spec", "dataFrom", i, via, "key"]);
    }
    check(item.key, ["spec", "dataFrom", i, "key"]);
  });
}

function secretGenerator(
  generators: unknown[],
  path: string,
  ctx: PathContext,
  at: At,
  docLine: number,
  result: ManifestResult,
) {
  generators.forEach((g, i) => {
    if (!isObject(g)) return;
    const sources = (["literals", "files", "envs", "env"] as const).filter((k) => g[k] !== undefined);
    if (sources.length === 0) return;
    const name = typeof g.name === "string" ? g.name : `#${i + 1}`;
    result.findings.push({
      ...finding(
        "secret-generator",
        "error",
        path,
        at(["secretGenerator", i]) || docLine,
        `secretGenerator "${name}" builds a Secret from ${sources.join(" and ")} kept in Git; ` +
          `reference the values with an ExternalSecret instead`,
      ),
      ...(ctx.overlay ? { target: ctx.overlay } : {}),
    });
  });
}
