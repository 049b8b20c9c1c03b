/**
 * Which envs a `/promote <service...> [to <env>]` comment moves between, as `gitops promote` would:
 * the env or group it names (default the last step of the chain) and the step before it, so in
 * `[qa, staging, [prod-us, prod-eu]]` `prod-eu` comes from `staging`, not from `prod-us`, and
 * `prod` (the group's alias) fans out to prod-us and prod-eu. A source that is itself a group is
 * refused: which of its envs to promote from is the CLI's `<from>`, not a comment's guess.
 */
import { UserError, type Layout } from "../../core/src/index.js";
import { chainOf, envsNamed, groupAlias } from "./chain.js";

/** `to` as `promoteChain` takes it: an env, or a group alias standing for `envs`. */
export interface ChatOpsStep {
  from: string;
  to: string;
  envs: string[];
}

export function chatOpsStep(layout: Layout, named: string | undefined): ChatOpsStep {
  const steps = chainOf(layout).steps;
  const last = steps.at(-1) ?? [];
  const to = named ?? (last.length === 1 ? last[0] : groupAlias(last));
  if (to === undefined)
    throw new UserError(
      `name the environment: the last step of the chain is the group ${last.join(", ")}, which has no common name`,
    );
  const envs = envsNamed(layout, to);
  const at = envs ? steps.findIndex((s) => s.includes(envs[0] ?? "")) : -1;
  if (!envs || at === -1)
    throw new UserError(`unknown environment "${to}"; known: ${layout.environments.join(", ")}`);
  const source = steps[at - 1];
  if (source === undefined)
    throw new UserError(`"${to}" is the first environment; nothing is promoted into it`);
  if (source.length !== 1 || source[0] === undefined)
    throw new UserError(
      `the step before ${to} is the group ${source.join(", ")}: promote from one of them with gitops promote <from> ${to}`,
    );
  return { from: source[0], to, envs };
}
