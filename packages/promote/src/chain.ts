/**
 * The promotion chain: environments in order, where a step may be a group
 * promoted to together (`[qa, staging, [prod-us, prod-eu]]`). A group can be
 * named by its alias, the common prefix (or suffix) of its envs (`prod` for
 * `prod-us, prod-eu`), and promoting past a step must say so with `--skip`.
 * A DR env sits in its primary's group or nowhere in the chain.
 */
import { envRank, ID_PATTERN, UserError, type Layout } from "../../core/src/index.js";
import { drEnvPrimaries } from "../../core/src/model/dr-clusters.js";

const idPattern = new RegExp(ID_PATTERN);

export interface Chain {
  /** Each step's envs, in promotion order. */
  steps: string[][];
  /** True when `.gitops.yaml` says the order; else it is read from the env names. */
  configured: boolean;
}

/**
 * The configured chain, else one found from the env names: envs of one env word (`prod-us`,
 * `prod-eu`) form a group; names with no env word each make their own step.
 */
export function chainOf(layout: Layout): Chain {
  const configured = layout.config.environmentChain;
  if (configured.length > 0) {
    const chain = { steps: configured.map((s) => (typeof s === "string" ? [s] : [...s])), configured: true };
    if (!checkedDr.has(layout)) {
      checkDrPlaces(layout, chain);
      checkedDr.add(layout);
    }
    return chain;
  }
  const steps: string[][] = [];
  let rank: number | undefined;
  for (const env of layout.environments) {
    const r = envRank(env);
    const last = steps.at(-1);
    if (last && r !== undefined && r === rank) last.push(env);
    else steps.push([env]);
    rank = r;
  }
  return { steps, configured: false };
}

/** Layouts whose configured chain passed `checkDrPlaces` (it reads the cluster Secrets: once per model). */
const checkedDr = new WeakSet<Layout>();

/**
 * A DR env is promoted with its primary (chain-run.ts), so a configured chain may name it only in
 * its primary's group; anywhere else, promotion order would say one thing and do another. Left
 * out of the chain, it follows its primary. A misplaced one is a config error (exit 2).
 */
function checkDrPlaces(layout: Layout, chain: Chain): void {
  const stepOf = (env: string) => chain.steps.findIndex((s) => s.includes(env));
  for (const [dr, primaries] of drEnvPrimaries(layout)) {
    const at = stepOf(dr);
    const apart = primaries.filter((p) => at >= 0 && stepOf(p) !== at);
    if (apart.length === 0) continue;
    const group = [...new Set([...(chain.steps[stepOf(apart[0] ?? "")] ?? apart), dr])];
    throw new UserError(
      `.gitops.yaml environments: ${dr} runs the DR clusters of ${apart.join(", ")} and is promoted with ${apart.length > 1 ? "them" : "it"}, ` +
        `so it must be in the same group of the chain (${chainText(chain)}), e.g. [${group.join(", ")}], or be left out of the chain to follow ${apart.length > 1 ? "them" : "it"}`,
      ".gitops.yaml",
    );
  }
}

/**
 * The envs a promotion may name: the model's, plus the DR envs a configured chain leaves out
 * (they follow their primary, which the chain holds).
 */
export function promotableEnvs(layout: Layout): string[] {
  const envs = layout.environments;
  if (!layout.config.environmentChain.length) return envs;
  const followers = [...drEnvPrimaries(layout)]
    .filter(([dr, primaries]) => !envs.includes(dr) && primaries.some((p) => envs.includes(p)))
    .map(([dr]) => dr);
  return followers.length ? [...envs, ...followers] : envs;
}

/** The alias of a group: its envs' common prefix or suffix without the separator, if that is a plain name. */
export function groupAlias(step: readonly string[]): string | undefined {
  if (step.length < 2) return undefined;
  const trim = (s: string) => s.replace(/^[-_.]+|[-_.]+$/g, "");
  const prefix = trim(common(step));
  const suffix = trim(commonSuffix(step));
  for (const alias of [prefix, suffix]) if (alias && idPattern.test(alias)) return alias;
  return undefined;
}

function common(names: readonly string[]): string {
  let out = names[0] ?? "";
  for (const n of names) while (!n.startsWith(out)) out = out.slice(0, -1);
  return out;
}

function commonSuffix(names: readonly string[]): string {
  let out = names[0] ?? "";
  for (const n of names) while (!n.endsWith(out)) out = out.slice(1);
  return out;
}

/** `qa → staging → [prod-us, prod-eu]`. */
export function chainText(chain: Chain): string {
  return chain.steps.map((s) => (s.length === 1 ? s[0] : `[${s.join(", ")}]`)).join(" → ");
}

/** The envs `name` stands for: itself, or every env of the group it is the alias of; undefined when neither. */
export function envsNamed(layout: Layout, name: string): string[] | undefined {
  if (layout.environments.includes(name)) return [name];
  const group = chainOf(layout).steps.find((s) => groupAlias(s) === name);
  return group ? [...group] : undefined;
}

/** The target envs of `promote <from> <to>`: `to` itself, or its group's envs. Unknown is a `UserError`. */
export function resolveTargets(layout: Layout, to: string): string[] {
  const envs = envsNamed(layout, to);
  if (envs) return envs;
  const aliases = chainOf(layout)
    .steps.map((s) => [groupAlias(s), s] as const)
    .filter(([a]) => a !== undefined)
    .map(([a, s]) => `${a} (${s.join(", ")})`);
  throw new UserError(
    `unknown environment ${JSON.stringify(to)}; known: ${layout.environments.join(", ")}` +
      (aliases.length > 0 ? `; groups: ${aliases.join("; ")}` : ""),
  );
}

/**
 * Refuses a promotion that goes backwards, stays inside one group, or passes envs of the chain
 * that `skip` does not name. The order is enforced when configured, or when both envs read as
 * env words (`qa`, `prod-us`); names with no env word have no order to keep. Only envs where
 * `deployed` (the services' envs, when given) has something count as passed over.
 */
export function checkOrder(
  layout: Layout,
  from: string,
  to: string,
  skip: readonly string[] = [],
  deployed?: ReadonlySet<string>,
): void {
  const chain = chainOf(layout);
  const at = (env: string) => chain.steps.findIndex((s) => s.includes(env));
  const i = at(from);
  const j = at(to);
  const skipped = skip.flatMap((name) => {
    const envs = envsNamed(layout, name);
    if (!envs)
      throw new UserError(`--skip ${JSON.stringify(name)}: not an environment or group of the chain`);
    return envs;
  });
  if (i < 0 || j < 0) return;
  const ordered = chain.configured || (envRank(from) !== undefined && envRank(to) !== undefined);
  if (!ordered) return;
  const text = chainText(chain);
  if (i === j) {
    throw new UserError(
      `${from} and ${to} are in the same group of the promotion chain (${text}); promote into the group from the step before it`,
    );
  }
  if (j < i) {
    throw new UserError(
      `${to} comes before ${from} in the promotion chain (${text}); promotion goes one way`,
    );
  }
  const passed = chain.steps.slice(i + 1, j).flat();
  const between = deployed ? passed.filter((e) => deployed.has(e)) : passed;
  const stray = skipped.filter((e) => !passed.includes(e));
  if (stray.length > 0) {
    throw new UserError(
      `--skip ${stray.join(", ")}: not between ${from} and ${to} in the promotion chain (${text})`,
    );
  }
  const missing = between.filter((e) => !skipped.includes(e));
  if (missing.length > 0) {
    throw new UserError(
      `${from} → ${to} skips ${missing.join(", ")} in the promotion chain (${text}); promote through ${missing.length > 1 ? "them" : "it"} first, or say so with ${missing.map((e) => `--skip ${e}`).join(" ")}`,
    );
  }
}
