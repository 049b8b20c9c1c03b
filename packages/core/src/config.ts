import { existsSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { cachedValidator, compiledSchemaCache, standaloneSource } from "../../cache/src/validators.js";
import { UserError } from "./errors.js";
import { lineAt, loadYamlFile, type YamlDocument, type YamlFile } from "./yaml.js";

/** The repository config file, at the root of the infra-gitops checkout. */
export const CONFIG_FILE = ".gitops.yaml";

/** `.gitops.yaml` after defaults are applied. */
export interface GitopsConfig {
  /** Environments in promotion order (the first is promoted to the second ...), groups flattened; empty: as found. */
  environments: string[];
  /**
   * The promotion chain as configured: each step an env or a group of envs promoted to together
   * (`[qa, staging, [prod-us, prod-eu]]`); empty when `environments` is not configured.
   */
  environmentChain: (string | string[])[];
  targets: {
    /**
     * Folder patterns relative to the repo. `{env}` and `{service}` each match
     * one path segment and name it; other segments may use glob syntax. Empty:
     * discovery finds the targets with no config.
     */
    roots: string[];
    /** Globs of folders that are never targets. */
    exclude: string[];
  };
  /** Clusters Argo CD knows, for ApplicationSet cluster generators (besides cluster Secrets in the repo). */
  clusters: ClusterConfig[];
  render: RenderConfig;
  promote: PromoteConfig;
  secrets: SecretsConfig;
  lint: LintConfig;
  policy: PolicyConfig;
  governance: GovernanceConfig;
  argocd: ArgoCdConfig;
  preview: PreviewConfig;
}

/** The preview sweeper: preview Applications whose pull request is closed, or that are too old. */
export interface PreviewConfig {
  /** A preview older than this is stale whatever its pull request (`7d`, `36h`); "" or `0`: no limit. */
  ttl: string;
  /** `report`: list stale previews in one issue; `delete`: also delete them through Argo CD. */
  sweep: "report" | "delete";
}

/**
 * `gitops status` and the Argo CD-connected actions. ARGOCD_SERVER, when set, wins over
 * `server` (as for the argocd CLI); the token only ever comes from ARGOCD_AUTH_TOKEN.
 */
export interface ArgoCdConfig {
  /** host[:port] or an https URL (http:// is accepted with a warning); "" means ARGOCD_SERVER only. */
  server: string;
  /** Namespace of the Applications when Argo CD runs apps in any namespace; "" means its own. */
  appNamespace: string;
  /** Only Applications of these AppProjects; empty means every project the token may see. */
  projects: string[];
}

/** `gitops governance`: who must review what reaches protected envs, and the checks `main` requires. */
export interface GovernanceConfig {
  /** Environments whose targets need the platform team and a service owner; empty means the last env. */
  protectedEnvs: string[];
  /** The platform team as `@org/team`; empty means the owners of the CODEOWNERS `*` line. */
  platform: string;
  /** The status checks `main` requires; empty means not configured (the produced names are only listed). */
  requiredChecks: string[];
  /** Applications of protected envs must not sync automatically (no `spec.syncPolicy.automated`). */
  manualProdSync: boolean;
  /** Every pull-request commit that touches a protected target must be verified (signed) on GitHub. */
  signedCommits: boolean;
  /** Approving reviews the generated `main` ruleset requires (`governance plan/apply`). */
  approvals: number;
  /** Environments a branch must have deployed to before merging (`required_deployments`); empty: no such rule. */
  requiredDeployments: string[];
  /** Who approves deployments to protected GitHub environments (`@user`, `@org/team`); empty: the platform team. */
  reviewers: string[];
  /** Minutes a deployment to a protected GitHub environment waits before it runs. */
  waitTimer: number;
  /** How long a `release/*` branch may render differently from main (`check --live`), e.g. `14d`. */
  releaseBranchMaxAge: string;
}

/** A cluster as Argo CD's cluster generator sees it. */
export interface ClusterConfig {
  name: string;
  server: string;
  project?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** What a policy violation does in an env: `deny` an error, `warn` a warning, `audit` a notice. */
export type PolicyAction = "deny" | "warn" | "audit";

/** `gitops policy`: where policies and waivers live, enforcement per env, and the conftest/kyverno runs. */
export interface PolicyConfig {
  /** The policies folder, relative to the repo. */
  dir: string;
  /** The waivers file (policy, rule, match, reason, owner, expires); a missing file is fine. */
  exceptions: string;
  /**
   * Per policy (`name`, or `name/rule` for a Kyverno rule), per env (`*` for every env): the action
   * that replaces what the policy's bindings say, e.g. warn in staging and deny in prod.
   */
  enforcement: Record<string, Record<string, PolicyAction>>;
  conftest: {
    /** Rego namespaces to run (`--namespace`); empty means `main`, unless allNamespaces. */
    namespaces: string[];
    allNamespaces: boolean;
    /** Data files or folders for `--data`, relative to the repo. */
    data: string[];
    /** `--combine`: every rendered target's objects as one input. */
    combine: boolean;
  };
  kyverno: {
    /** Kyverno PolicyException files besides those in the policies folder, relative to the repo. */
    exceptions: string[];
  };
  /** Seconds conftest or kyverno may take per run. */
  timeout: number;
}

/** What `gitops lint` does when no schema knows a kind. */
export type MissingSchemaSeverity = "error" | "warning" | "off";

/** `gitops lint`: schema validation of rendered manifests. */
export interface LintConfig {
  /** Kubernetes minor whose schemas are used, e.g. "1.33"; empty means render.kubeVersion, else the newest bundled. */
  kubeVersion: string;
  /** `builtin`: the bundled schemas; `kubeconform`: run the kubeconform binary with the team's own catalog. */
  schemaEngine: "builtin" | "kubeconform";
  /** Unknown fields are errors (true) or not checked (false). */
  strict: boolean;
  /** kubeconform `-schema-location` values (the team's own catalogs); empty means kubeconform's default. */
  schemaLocations: string[];
  missingSchema: {
    /** For every kind no schema knows. */
    default: MissingSchemaSeverity;
    /** Per kind, keyed by `Kind` or `apiVersion/Kind` (e.g. `example.com/v1/Widget`). */
    kinds: Record<string, MissingSchemaSeverity>;
  };
}

/** `gitops secrets`: where secret references must point, and what the scan skips. */
export interface SecretsConfig {
  /** ExternalSecret `remoteRef.key` template; `{service}` and `{env}` come from the overlay's path. */
  keyTemplate: string;
  /** Accepted findings, keyed by rule, path glob and the secret's sha256 (a missing file is fine). */
  ignoreFile: string;
  /** A `gitops secrets --json` report whose findings are known and not reported again; empty for none. */
  baseline: string;
  /** gitleaks config whose custom rules and allowlists are loaded when the file exists. */
  gitleaksConfig: string;
  /** Files larger than this many bytes are not scanned and are reported as skipped. */
  maxFileBytes: number;
  /** Globs of files and folders never scanned (`.git/`, `node_modules/` and `render/` never are). */
  exclude: string[];
}

/** Kustomize `images[]` fields that promotion may copy. */
export const PROMOTABLE_IMAGE_FIELDS = ["newName", "newTag", "digest"] as const;
export type PromotableImageField = (typeof PROMOTABLE_IMAGE_FIELDS)[number];

/** What `gitops promote` copies for one service; unset keys fall back to the `promote` defaults. */
export interface PromoteServiceConfig {
  /** Kustomize `images[]` fields to copy. */
  images?: PromotableImageField[];
  /** Helm value key paths (dotted) to copy, replacing the default list. */
  values?: string[];
  /** Helm value key paths copied on top of `values`. */
  extraValues?: string[];
  /** Copy chart versions (Chart.yaml dependencies, Application targetRevision of chart sources). */
  chart?: boolean;
  /** Files copied whole from the source env's folder, replacing the default list. */
  files?: string[];
}

/** `gitops promote`: which fields move between environments, and who may promote by ChatOps. */
export interface PromoteConfig {
  images: PromotableImageField[];
  values: string[];
  chart: boolean;
  /** Files (relative to an env's folder, e.g. `version.yml`) copied whole from the source env. */
  files: string[];
  /** Per-service overrides, by service name. */
  services: Record<string, PromoteServiceConfig>;
  /** Env to the teams (`org/team`) whose members may promote into it by ChatOps; no entry means any writer. */
  teams: Record<string, string[]>;
  /** Check runs that must have passed on the source commit before a promotion is pushed. */
  requiredChecks: string[];
  /** Enable auto-merge on promotion and bump PRs (`true` merges with a merge commit, keeping trailers). */
  autoMerge: boolean | "merge" | "squash" | "rebase";
  /** Promoting to a group of envs (fan-out): one PR per env, or one grouped PR. */
  prs: "per-env" | "grouped";
  /** The staging gate: promotions into these envs need the source env healthy in Argo CD. */
  gate: PromoteGateConfig;
}

/**
 * `promote.gate`: a promotion into one of `envs` (an env or a group alias of the chain) is refused
 * unless Argo CD shows the source env's Applications of the promoted services Synced, Healthy,
 * running a revision that contains the promoted change, and deployed at least `soak` ago.
 */
export interface PromoteGateConfig {
  /** Gated target envs; empty: no gate. */
  envs: string[];
  /** Minimum time since the source env's deployment (`30m`, `2h`, `1d`; `0` for none). */
  soak: string;
}

/** How `gitops render` runs the tools. */
export interface RenderConfig {
  /** Which kustomize to run: `auto` prefers a `kustomize` binary, then `kubectl kustomize`. */
  kustomize: "auto" | "kustomize" | "kubectl";
  /** Seconds one target may take before its tool is killed. */
  timeout: number;
  /** Targets rendered at once; 0 means one per CPU. */
  concurrency: number;
  /** Allow remote kustomize bases and Helm charts (URLs); refused by default. */
  allowNetwork: boolean;
  /** URLs of this repository as Argo CD Applications name it (besides the git remote). */
  repoURLs: string[];
  /** `helm template --kube-version`, e.g. "1.32"; helm's default when empty. */
  kubeVersion: string;
}

export const DEFAULT_CONFIG: GitopsConfig = {
  environments: [],
  environmentChain: [],
  targets: { roots: [], exclude: [] },
  clusters: [],
  render: {
    kustomize: "auto",
    timeout: 120,
    concurrency: 0,
    allowNetwork: false,
    repoURLs: [],
    kubeVersion: "",
  },
  secrets: {
    keyTemplate: "platform/{service}/{env}",
    ignoreFile: ".gitops-secrets-ignore.yaml",
    baseline: "",
    gitleaksConfig: ".gitleaks.toml",
    maxFileBytes: 5 * 1024 * 1024,
    exclude: [],
  },
  policy: {
    dir: "policies",
    exceptions: "policies/exceptions.yaml",
    enforcement: {},
    conftest: { namespaces: [], allNamespaces: false, data: [], combine: false },
    kyverno: { exceptions: [] },
    timeout: 300,
  },
  lint: {
    kubeVersion: "",
    schemaEngine: "builtin",
    strict: true,
    schemaLocations: [],
    missingSchema: { default: "warning", kinds: {} },
  },
  governance: {
    protectedEnvs: [],
    platform: "",
    requiredChecks: [],
    manualProdSync: false,
    signedCommits: false,
    approvals: 1,
    requiredDeployments: [],
    reviewers: [],
    waitTimer: 0,
    releaseBranchMaxAge: "14d",
  },
  argocd: { server: "", appNamespace: "", projects: [] },
  preview: { ttl: "", sweep: "report" },
  promote: {
    images: [...PROMOTABLE_IMAGE_FIELDS],
    values: ["image.tag", "image.digest"],
    chart: true,
    files: [],
    services: {},
    teams: {},
    requiredChecks: [],
    autoMerge: false,
    prs: "per-env",
    gate: { envs: [], soak: "0" },
  },
};

/** A plain identifier: env and service names end up in paths, branch names and labels. */
export const ID_PATTERN = "^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$";

const stringList = { type: "array", items: { type: "string", minLength: 1 } } as const;

/** A dotted Helm value key path such as `image.tag`. */
const VALUE_PATH = "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$";
const valuePaths = {
  type: "array",
  uniqueItems: true,
  items: { type: "string", pattern: VALUE_PATH },
} as const;
const imageFields = {
  type: "array",
  uniqueItems: true,
  items: { type: "string", enum: ["newName", "newTag", "digest"] },
} as const;
/** Files inside an env folder: relative, no `..` segment. */
const envFiles = {
  type: "array",
  uniqueItems: true,
  items: { type: "string", pattern: "^(?!(.*/)?\\.\\.?(/|$))[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$" },
} as const;
/** A team as `org/team`, with or without the leading `@` of CODEOWNERS. */
const TEAM = "^@?[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$";

/**
 * JSON Schema of `.gitops.yaml`. Every object is closed (`additionalProperties:
 * false`) so a misspelt key is an error, not a silently ignored setting.
 * Each check adds its own section here when it lands.
 */
export const CONFIG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    environments: {
      type: "array",
      minItems: 1,
      // An env, or a group of envs promoted to together: [qa, staging, [prod-us, prod-eu]].
      items: {
        anyOf: [
          { type: "string", pattern: ID_PATTERN },
          { type: "array", minItems: 1, items: { type: "string", pattern: ID_PATTERN } },
        ],
      },
    },
    targets: {
      type: "object",
      additionalProperties: false,
      properties: { roots: { ...stringList, minItems: 1 }, exclude: stringList },
    },
    clusters: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "server"],
        properties: {
          name: { type: "string", minLength: 1 },
          server: { type: "string", minLength: 1 },
          project: { type: "string" },
          labels: { type: "object", additionalProperties: { type: "string" } },
          annotations: { type: "object", additionalProperties: { type: "string" } },
        },
      },
    },
    render: {
      type: "object",
      additionalProperties: false,
      properties: {
        kustomize: { enum: ["auto", "kustomize", "kubectl"] },
        timeout: { type: "integer", minimum: 1, maximum: 3600 },
        concurrency: { type: "integer", minimum: 0, maximum: 256 },
        allowNetwork: { type: "boolean" },
        repoURLs: stringList,
        kubeVersion: { type: "string", pattern: "^$|^v?\\d+\\.\\d+(\\.\\d+)?$" },
      },
    },
    secrets: {
      type: "object",
      additionalProperties: false,
      properties: {
        keyTemplate: { type: "string", minLength: 1, pattern: "\\{env\\}" },
        ignoreFile: { type: "string", minLength: 1 },
        baseline: { type: "string" },
        gitleaksConfig: { type: "string", minLength: 1 },
        maxFileBytes: { type: "integer", minimum: 1024, maximum: 1073741824 },
        exclude: stringList,
      },
    },
    policy: {
      type: "object",
      additionalProperties: false,
      properties: {
        dir: { type: "string", minLength: 1 },
        exceptions: { type: "string", minLength: 1 },
        enforcement: {
          type: "object",
          additionalProperties: {
            type: "object",
            propertyNames: { pattern: "^(\\*|[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?)$" },
            additionalProperties: { enum: ["deny", "warn", "audit"] },
          },
        },
        conftest: {
          type: "object",
          additionalProperties: false,
          properties: {
            namespaces: stringList,
            allNamespaces: { type: "boolean" },
            data: stringList,
            combine: { type: "boolean" },
          },
        },
        kyverno: {
          type: "object",
          additionalProperties: false,
          properties: { exceptions: stringList },
        },
        timeout: { type: "integer", minimum: 1, maximum: 3600 },
      },
    },
    lint: {
      type: "object",
      additionalProperties: false,
      properties: {
        kubeVersion: { type: "string", pattern: "^$|^v?\\d+\\.\\d+(\\.\\d+)?$" },
        schemaEngine: { enum: ["builtin", "kubeconform"] },
        strict: { type: "boolean" },
        schemaLocations: stringList,
        missingSchema: {
          type: "object",
          additionalProperties: false,
          properties: {
            default: { enum: ["error", "warning", "off"] },
            kinds: { type: "object", additionalProperties: { enum: ["error", "warning", "off"] } },
          },
        },
      },
    },
    promote: {
      type: "object",
      additionalProperties: false,
      properties: {
        images: imageFields,
        values: valuePaths,
        chart: { type: "boolean" },
        files: envFiles,
        services: {
          type: "object",
          propertyNames: { pattern: ID_PATTERN },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              images: imageFields,
              values: valuePaths,
              extraValues: valuePaths,
              chart: { type: "boolean" },
              files: envFiles,
            },
          },
        },
        teams: {
          type: "object",
          propertyNames: { pattern: ID_PATTERN },
          additionalProperties: { type: "array", items: { type: "string", pattern: TEAM } },
        },
        requiredChecks: { ...stringList, uniqueItems: true },
        autoMerge: { enum: [true, false, "merge", "squash", "rebase"] },
        prs: { enum: ["per-env", "grouped"] },
        gate: {
          type: "object",
          additionalProperties: false,
          properties: {
            envs: { type: "array", uniqueItems: true, items: { type: "string", pattern: ID_PATTERN } },
            soak: { type: "string", pattern: "^(0|\\d+(\\.\\d+)?(ms|s|m|h|d))$" },
          },
        },
      },
    },
    governance: {
      type: "object",
      additionalProperties: false,
      properties: {
        protectedEnvs: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", pattern: ID_PATTERN },
        },
        platform: { type: "string", pattern: TEAM },
        requiredChecks: { ...stringList, minItems: 1, uniqueItems: true },
        manualProdSync: { type: "boolean" },
        signedCommits: { type: "boolean" },
        approvals: { type: "integer", minimum: 0, maximum: 10 },
        requiredDeployments: { ...stringList, uniqueItems: true },
        reviewers: {
          type: "array",
          maxItems: 6,
          uniqueItems: true,
          items: { type: "string", pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)?$" },
        },
        waitTimer: { type: "integer", minimum: 0, maximum: 43200 },
        releaseBranchMaxAge: { type: "string", pattern: "^(0|[0-9]+(\\.[0-9]+)?(ms|s|m|h|d))$" },
      },
    },
    argocd: {
      type: "object",
      additionalProperties: false,
      properties: {
        server: { type: "string" },
        appNamespace: { type: "string" },
        projects: { ...stringList, uniqueItems: true },
      },
    },
    preview: {
      type: "object",
      additionalProperties: false,
      properties: {
        ttl: { type: "string", pattern: "^(|0|\\d+(\\.\\d+)?(s|m|h|d))$" },
        sweep: { enum: ["report", "delete"] },
      },
    },
  },
} as const;

let validate: ValidateFunction | undefined;

/**
 * The schema's validator: from the persistent cache when the run has one (ajv's compile of this
 * schema is about 50 ms of every command), else compiled. The schema is ours and fixed:
 * test/core/config-schema.test.ts checks it against the meta-schema, so no run pays to compile
 * the meta-schema (about a third of the compile).
 */
function configValidator(): ValidateFunction {
  const store = compiledSchemaCache();
  const ajv = new Ajv({ allErrors: true, strict: true, validateSchema: false, code: { source: !!store } });
  const compile = () => ajv.compile(CONFIG_SCHEMA);
  if (!store) return compile();
  return cachedValidator(store, { config: CONFIG_SCHEMA }, compile, (v) => standaloneSource(ajv, v));
}

/**
 * Loads `.gitops.yaml` from `repoDir` and merges it over the defaults. A
 * missing file means defaults. An unknown key, a wrong type or broken YAML is
 * a `UserError` naming the file, the line and the key.
 */
export function loadConfig(repoDir: string): { config: GitopsConfig; file?: string } {
  const path = join(repoDir, CONFIG_FILE);
  if (!existsSync(path)) return { config: structuredClone(DEFAULT_CONFIG) };
  const yaml = loadYamlFile(path, CONFIG_FILE);
  if (yaml.documents.length > 1) {
    throw new UserError(
      `${CONFIG_FILE}: expected one YAML document, found ${yaml.documents.length}`,
      CONFIG_FILE,
    );
  }
  const document = yaml.documents[0];
  const raw = document?.value ?? {};
  validate ??= configValidator();
  if (!validate(raw)) {
    throw configError(validate.errors ?? [], yaml, document);
  }
  checkChain((raw as { environments?: unknown }).environments, yaml, document);
  return { config: mergeConfig(raw), file: CONFIG_FILE };
}

function mergeConfig(raw: Partial<GitopsConfig>): GitopsConfig {
  const d = structuredClone(DEFAULT_CONFIG);
  return {
    environments: (raw.environments as (string | string[])[] | undefined)?.flat() ?? d.environments,
    environmentChain: (raw.environments as (string | string[])[] | undefined) ?? d.environmentChain,
    targets: { ...d.targets, ...raw.targets },
    clusters: raw.clusters ?? d.clusters,
    render: { ...d.render, ...raw.render },
    promote: { ...d.promote, ...raw.promote, gate: { ...d.promote.gate, ...raw.promote?.gate } },
    secrets: { ...d.secrets, ...raw.secrets },
    lint: {
      ...d.lint,
      ...raw.lint,
      missingSchema: { ...d.lint.missingSchema, ...raw.lint?.missingSchema },
    },
    policy: {
      ...d.policy,
      ...raw.policy,
      conftest: { ...d.policy.conftest, ...raw.policy?.conftest },
      kyverno: { ...d.policy.kyverno, ...raw.policy?.kyverno },
    },
    governance: { ...d.governance, ...raw.governance },
    argocd: { ...d.argocd, ...raw.argocd },
    preview: { ...d.preview, ...raw.preview },
  };
}

/** An env may appear once in the chain, in a group or not. */
function checkChain(chain: unknown, yaml: YamlFile, document: YamlDocument | undefined): void {
  if (!Array.isArray(chain)) return;
  const seen = new Set<string>();
  for (const [i, step] of (chain as (string | string[])[]).entries()) {
    for (const env of typeof step === "string" ? [step] : step) {
      if (!seen.has(env)) {
        seen.add(env);
        continue;
      }
      const line = document ? lineAt(yaml, document, ["environments", i]) : undefined;
      throw new UserError(
        `${CONFIG_FILE}${line ? `:${line}` : ""}: "environments" names "${env}" twice; each env has one place in the chain`,
        CONFIG_FILE,
        line,
      );
    }
  }
}

/** Turns the first ajv error into one message: file:line, the key path, and what is allowed. */
function configError(errors: ErrorObject[], yaml: YamlFile, document: YamlDocument | undefined): UserError {
  // Unknown keys first: they are the most common mistake and the easiest to fix.
  const err = errors.find((e) => e.keyword === "additionalProperties") ?? errors[0];
  if (!err) return new UserError(`${CONFIG_FILE}: invalid config`, CONFIG_FILE);
  const path = err.instancePath.split("/").slice(1).map(decodePointer);
  let key: string;
  let what: string;
  if (err.keyword === "additionalProperties") {
    const extra = (err.params as { additionalProperty: string }).additionalProperty;
    path.push(extra);
    key = path.join(".");
    what = `unknown key "${key}"; allowed here: ${allowedKeys(path.slice(0, -1)).join(", ")}`;
  } else {
    key = path.join(".") || "(root)";
    what = `"${key}" ${err.message ?? "is invalid"}`;
  }
  const line = document
    ? lineAt(
        yaml,
        document,
        path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      )
    : undefined;
  return new UserError(`${CONFIG_FILE}${line ? `:${line}` : ""}: ${what}`, CONFIG_FILE, line);
}

function allowedKeys(path: string[]): string[] {
  let node: unknown = CONFIG_SCHEMA;
  for (const p of path) {
    const n = node as {
      properties?: Record<string, unknown>;
      items?: unknown;
      additionalProperties?: unknown;
    };
    // Maps keyed by name (promote.services.<name>) describe their entries in additionalProperties.
    node = /^\d+$/.test(p) ? n.items : (n.properties?.[p] ?? n.additionalProperties);
  }
  return Object.keys((node as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
}

function decodePointer(s: string): string {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
