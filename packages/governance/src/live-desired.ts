/**
 * The GitHub settings the repository asks for (rulesets and environments as code): rulesets from
 * `.github/rulesets/*.json`, as GitHub's UI exports them, else one generated from `.gitops.yaml`
 * `governance`; and one GitHub environment per protected env with reviewers, a wait timer and a
 * deployment branch policy of main.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isObject, UserError, type RepoModel } from "../../core/src/index.js";
import { requiredCheckFindings } from "./checks.js";
import { loadCodeowners } from "./codeowners.js";
import { platformOwners, protectedEnvs } from "./coverage.js";

/** Where exported rulesets live, relative to the repository. */
export const RULESETS_DIR = ".github/rulesets";

/** The name of the ruleset generated from `.gitops.yaml`. */
export const GENERATED_RULESET = "gitops: main";

/** The branch the generated ruleset protects and protected environments deploy from. */
export const MAIN_BRANCH = "main";

/** The body GitHub's create and update ruleset endpoints take. */
export interface RulesetBody {
  name: string;
  target?: "branch" | "tag" | "push";
  enforcement: "disabled" | "active" | "evaluate";
  bypass_actors?: Record<string, unknown>[];
  conditions?: Record<string, unknown>;
  rules?: RuleBody[];
}

export interface RuleBody {
  type: string;
  parameters?: Record<string, unknown>;
}

export interface DesiredRuleset {
  /** The file it came from, or `.gitops.yaml` when generated. */
  source: string;
  body: RulesetBody;
}

export interface DesiredEnvironment {
  name: string;
  /** `@user` or `@org/team`. */
  reviewers: string[];
  /** Minutes. */
  waitTimer: number;
  /** Branch name patterns deployments may come from. */
  branches: string[];
  /** Where the reviewers came from, for messages. */
  reviewersFrom: string;
}

export interface DesiredState {
  rulesets: DesiredRuleset[];
  environments: DesiredEnvironment[];
}

/** Fields of an exported ruleset that GitHub sets itself; they are dropped before comparing or sending. */
const READ_ONLY = [
  "id",
  "node_id",
  "source",
  "source_type",
  "_links",
  "created_at",
  "updated_at",
  "current_user_can_bypass",
];
const ENFORCEMENTS = ["disabled", "active", "evaluate"];
const TARGETS = ["branch", "tag", "push"];

/** The desired rulesets and environments of `model`; a malformed ruleset file is a UserError naming it. */
export function desiredState(model: RepoModel): DesiredState {
  const fromFiles = rulesetFiles(model.repo);
  return {
    rulesets: fromFiles.length > 0 ? fromFiles : [generatedRuleset(model)],
    environments: desiredEnvironments(model),
  };
}

/** `.github/rulesets/*.json`, in name order. */
function rulesetFiles(repo: string): DesiredRuleset[] {
  const dir = join(repo, RULESETS_DIR);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort();
  const out: DesiredRuleset[] = [];
  const seen = new Map<string, string>();
  for (const n of names) {
    const file = `${RULESETS_DIR}/${n}`;
    const body = parseRuleset(readFileSync(join(dir, n), "utf8"), file);
    const other = seen.get(body.name);
    if (other !== undefined)
      throw new UserError(
        `${file}: ruleset "${body.name}" is also defined in ${other}; names must be unique`,
        file,
      );
    seen.set(body.name, file);
    out.push({ source: file, body });
  }
  return out;
}

/** One exported ruleset, checked for the fields GitHub needs and stripped of read-only ones. */
export function parseRuleset(text: string, file: string): RulesetBody {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file}: not valid JSON (${(err as Error).message})`, file);
  }
  const bad = (what: string): never => {
    throw new UserError(`${file}: ${what}`, file);
  };
  if (!isObject(raw)) return bad("expected a JSON object (a ruleset as GitHub exports it)");
  const body: Record<string, unknown> = Object.fromEntries(
    Object.entries(raw).filter(([k]) => !READ_ONLY.includes(k)),
  );
  if (typeof body.name !== "string" || body.name.trim() === "") bad(`"name" must be a non-empty string`);
  if (typeof body.enforcement !== "string" || !ENFORCEMENTS.includes(body.enforcement))
    bad(`"enforcement" must be one of ${ENFORCEMENTS.join(", ")}`);
  if (body.target !== undefined && (typeof body.target !== "string" || !TARGETS.includes(body.target)))
    bad(`"target" must be one of ${TARGETS.join(", ")} (a repository ruleset)`);
  if (body.rules !== undefined) {
    if (!Array.isArray(body.rules)) bad(`"rules" must be an array`);
    for (const [i, r] of (body.rules as unknown[]).entries())
      if (
        !isObject(r) ||
        typeof r.type !== "string" ||
        (r.parameters !== undefined && !isObject(r.parameters))
      )
        bad(`rules[${i}] must be an object with a string "type" and an object "parameters"`);
    const types = (body.rules as RuleBody[]).map((r) => r.type);
    const twice = types.find((t, i) => types.indexOf(t) !== i);
    if (twice !== undefined) bad(`rule "${twice}" appears twice`);
  }
  if (body.conditions !== undefined && body.conditions !== null && !isObject(body.conditions))
    bad(`"conditions" must be an object`);
  if (body.conditions === null) delete body.conditions;
  if (
    body.bypass_actors !== undefined &&
    (!Array.isArray(body.bypass_actors) || !body.bypass_actors.every(isObject))
  )
    bad(`"bypass_actors" must be an array of objects`);
  return body as unknown as RulesetBody;
}

/**
 * The ruleset `.gitops.yaml` implies for main: the validate checks, reviews with code owners,
 * no force pushes or deletion, and signatures and deployments where asked.
 */
export function generatedRuleset(model: RepoModel): DesiredRuleset {
  const g = model.config.governance;
  const checks =
    g.requiredChecks.length > 0
      ? g.requiredChecks
      : [...new Set(requiredCheckFindings(model).callers.flatMap((c) => c.checks))];
  const rules: RuleBody[] = [
    { type: "deletion" },
    { type: "non_fast_forward" },
    {
      type: "pull_request",
      parameters: {
        required_approving_review_count: g.approvals,
        require_code_owner_review: true,
        dismiss_stale_reviews_on_push: false,
        require_last_push_approval: false,
        required_review_thread_resolution: false,
      },
    },
  ];
  if (checks.length > 0)
    rules.push({
      type: "required_status_checks",
      parameters: {
        strict_required_status_checks_policy: false,
        required_status_checks: checks.map((context) => ({ context })),
      },
    });
  if (g.signedCommits) rules.push({ type: "required_signatures" });
  if (g.requiredDeployments.length > 0)
    rules.push({
      type: "required_deployments",
      parameters: { required_deployment_environments: g.requiredDeployments },
    });
  return {
    source: model.configFile ?? ".gitops.yaml",
    body: {
      name: GENERATED_RULESET,
      target: "branch",
      enforcement: "active",
      bypass_actors: [],
      conditions: { ref_name: { include: [`refs/heads/${MAIN_BRANCH}`], exclude: [] } },
      rules,
    },
  };
}

/** One environment per protected env: reviewers from `governance.reviewers`, else the platform team. */
function desiredEnvironments(model: RepoModel): DesiredEnvironment[] {
  const g = model.config.governance;
  let reviewers = g.reviewers;
  let reviewersFrom = "governance.reviewers";
  if (reviewers.length === 0) {
    const codeowners = loadCodeowners(model.repo);
    const platform = codeowners
      ? platformOwners(g.platform, codeowners)
      : g.platform
        ? {
            owners: [g.platform.startsWith("@") ? g.platform : `@${g.platform}`],
            from: "governance.platform",
          }
        : undefined;
    reviewers = (platform?.owners ?? []).filter((o) => o.startsWith("@"));
    reviewersFrom = platform?.from ?? "governance.reviewers";
  }
  if (reviewers.length === 0)
    throw new UserError(
      `${model.configFile ?? ".gitops.yaml"}: no reviewers for the protected environments; set governance.reviewers or governance.platform`,
      model.configFile ?? ".gitops.yaml",
    );
  return protectedEnvs(model).map((name) => ({
    name,
    reviewers: reviewers.slice(0, 6),
    waitTimer: g.waitTimer,
    branches: [MAIN_BRANCH],
    reviewersFrom,
  }));
}
