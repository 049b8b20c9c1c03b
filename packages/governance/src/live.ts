/**
 * `gitops governance plan | apply | check --live`: rulesets and environments as code. The desired
 * state comes from the repository (live-desired), the live state from GitHub (live-github); plan
 * shows the difference, apply makes GitHub match (a second run changes nothing), and the drift is
 * also a set of findings for `check --live`.
 */
import { loadModel, UserError, VERSION, type Finding } from "../../core/src/index.js";
import { parseRepoSlug, repoFromRemoteUrl } from "../../promote/src/github.js";
import { tokenFromEnv } from "../../promote/src/github-env.js";
import { Git } from "../../promote/src/git.js";
import { desiredState, type DesiredState } from "./live-desired.js";
import {
  ask,
  liveClient,
  readEnvironment,
  readRulesets,
  reviewerIds,
  writeRuleset,
  type Live,
  type LiveEnvironment,
} from "./live-github.js";
import {
  CUSTOM_BRANCHES,
  differenceLine,
  planEnvironment,
  planRulesets,
  type PlanItem,
} from "./live-plan.js";
import { finding } from "./rules.js";

export interface LiveOptions {
  repo: string;
  /** GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY are read from here. */
  env: NodeJS.ProcessEnv;
  /** A token given on the command line; else the environment's. */
  token?: string;
  /** `owner/name`; else GITHUB_REPOSITORY, else the `origin` remote. */
  githubRepo?: string;
}

export interface LivePlan {
  repository: string;
  items: PlanItem[];
  summary: { create: number; update: number; unchanged: number; unmanaged: number };
}

/** Reads the desired and the live state and compares them. */
export async function governancePlan(options: LiveOptions): Promise<LivePlan> {
  const { plan } = await planWithClient(options);
  return plan;
}

interface Planned {
  plan: LivePlan;
  desired: DesiredState;
  live: Live;
  envs: Map<string, LiveEnvironment>;
}

async function planWithClient(options: LiveOptions): Promise<Planned> {
  const model = await loadModel(options.repo);
  const desired = desiredState(model);
  const live = await connect(options);
  for (const e of desired.environments)
    for (const r of e.reviewers.filter((x) => x.includes("/")))
      if (r.slice(1).split("/")[0]?.toLowerCase() !== live.gh.owner.toLowerCase())
        throw new UserError(
          `environment "${e.name}": reviewer ${r} (from ${e.reviewersFrom}) is a team of another organization; GitHub environments take teams of ${live.gh.owner} only`,
        );
  const rulesets = planRulesets(desired.rulesets, await readRulesets(live));
  const envs = new Map<string, LiveEnvironment>();
  const configFile = model.configFile ?? ".gitops.yaml";
  const environments: PlanItem[] = [];
  for (const d of desired.environments) {
    const l = await readEnvironment(live, d.name);
    envs.set(d.name, l);
    environments.push(planEnvironment(d, l, configFile));
  }
  const items = [...rulesets, ...environments];
  return {
    plan: {
      repository: `${live.gh.owner}/${live.gh.repo}`,
      items,
      summary: summarize(items),
    },
    desired,
    live,
    envs,
  };
}

function summarize(items: readonly PlanItem[]): LivePlan["summary"] {
  const n = (a: PlanItem["action"]) => items.filter((i) => i.action === a).length;
  return { create: n("create"), update: n("update"), unchanged: n("none"), unmanaged: n("unmanaged") };
}

/**
 * Makes GitHub match the desired state: creates or replaces rulesets that differ, and creates or
 * updates environments and their branch policies. Only what differs is written, so a second run
 * sends no write at all. Returns the plan it carried out.
 */
export async function governanceApply(options: LiveOptions): Promise<LivePlan> {
  const { plan, desired, live, envs } = await planWithClient(options);
  for (const item of plan.items) {
    if (item.action !== "create" && item.action !== "update") continue;
    if (item.kind === "ruleset") {
      const body = desired.rulesets.find((r) => r.body.name === item.name)?.body;
      if (body) await writeRuleset(live, body, item.id);
      continue;
    }
    const d = desired.environments.find((e) => e.name === item.name);
    const l = envs.get(item.name);
    if (d && l) await writeEnvironment(live, d.name, d.reviewers, d.waitTimer, d.branches, l, item);
  }
  return plan;
}

async function writeEnvironment(
  live: Live,
  name: string,
  reviewers: readonly string[],
  waitTimer: number,
  branches: readonly string[],
  current: LiveEnvironment,
  item: PlanItem,
): Promise<void> {
  const base = { owner: live.gh.owner, repo: live.gh.repo, environment_name: name };
  const settings = ["reviewers", "wait_timer", "deployment_branch_policy"];
  if (!current.exists || item.differences.some((d) => settings.includes(d.path))) {
    const ids = await reviewerIds(live, reviewers);
    await ask(live, `${current.exists ? "updating" : "creating"} environment "${name}"`, "write", () =>
      live.gh.client.request("PUT /repos/{owner}/{repo}/environments/{environment_name}", {
        ...base,
        wait_timer: waitTimer,
        reviewers: ids,
        deployment_branch_policy: CUSTOM_BRANCHES,
      }),
    );
  }
  // A fresh custom policy starts with no branch; an existing one keeps its list until changed here.
  const have = current.branchPolicy?.custom_branch_policies ? current.branches : [];
  for (const b of branches.filter((x) => !have.some((h) => h.type === "branch" && h.name === x)))
    await ask(live, `adding branch policy ${b} to environment "${name}"`, "write", () =>
      live.gh.client.request(
        "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
        { ...base, name: b, type: "branch" },
      ),
    );
  for (const h of have.filter((x) => !(x.type === "branch" && branches.includes(x.name))))
    await ask(live, `removing branch policy ${h.name} from environment "${name}"`, "write", () =>
      live.gh.client.request(
        "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}",
        { ...base, branch_policy_id: h.id },
      ),
    );
}

/** Drift as findings: an error for each missing or differing ruleset or environment. */
export async function liveFindings(options: LiveOptions): Promise<{ findings: Finding[]; plan: LivePlan }> {
  const plan = await governancePlan(options);
  const findings: Finding[] = [];
  for (const item of plan.items) {
    const what = `${item.kind} "${item.name}"`;
    const at = item.source ? { file: item.source } : {};
    if (item.action === "create")
      findings.push(
        finding(
          `live/${item.kind}-missing`,
          "error",
          `${what} (from ${item.source ?? "?"}) does not exist on GitHub (${plan.repository}); run gitops governance apply`,
          at,
        ),
      );
    else if (item.action === "update")
      findings.push(
        finding(
          `live/${item.kind}-drift`,
          "error",
          `${what} on GitHub (${plan.repository}) differs from ${item.source ?? "?"}: ${item.differences.map(differenceLine).join("; ")}`,
          at,
        ),
      );
    else if (item.action === "unmanaged")
      findings.push(
        finding(
          "live/ruleset-unmanaged",
          "warning",
          `${what} exists on GitHub (${plan.repository}) but the repository does not describe it (no file under .github/rulesets/ names it, nor is it the generated one); apply leaves it alone`,
        ),
      );
  }
  return { findings, plan };
}

/** The plan as text: one block per item that changes, then a count. */
export function planText(plan: LivePlan): string {
  const lines: string[] = [];
  for (const item of plan.items) {
    if (item.action === "none") continue;
    const from = item.source ? ` (from ${item.source})` : "";
    lines.push(
      `${item.kind} "${item.name}"${from}: ${item.action === "unmanaged" ? "not managed here, left alone" : item.action}`,
    );
    for (const d of item.differences) lines.push(`  ${differenceLine(d)}`);
  }
  const s = plan.summary;
  lines.push(
    `${plan.repository}: ${s.create} to create, ${s.update} to update, ${s.unchanged} unchanged${s.unmanaged ? `, ${s.unmanaged} unmanaged` : ""}`,
  );
  return lines.join("\n") + "\n";
}

/** The client: the token from the option or the environment, the repository from the option, GITHUB_REPOSITORY or origin. */
async function connect(options: LiveOptions): Promise<Live> {
  const server = (options.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const token = options.token?.trim() || tokenFromEnv(options.env);
  if (!token)
    throw new UserError(
      `governance plan/apply/check --live need a token for ${server} in GITHUB_TOKEN, GH_TOKEN or --token (the "Administration" repository permission: read for plan, write for apply)`,
    );
  const given = options.githubRepo ?? options.env.GITHUB_REPOSITORY;
  let coords = given ? parseRepoSlug(given) : undefined;
  if (!coords) {
    const r = await new Git(options.repo).run(["remote", "get-url", "origin"]);
    coords = r.code === 0 ? repoFromRemoteUrl(r.stdout.trim()) : undefined;
  }
  if (!coords)
    throw new UserError(
      "cannot tell which GitHub repository this is; pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY",
    );
  const client = liveClient({ token, baseUrl: server, userAgent: `gitops-actions/${VERSION}` });
  return { gh: { client, ...coords }, server };
}
