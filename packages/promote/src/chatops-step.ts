/**
 * Which envs a `/promote <service> [env]` comment moves between: the env it names (default the
 * last step of the chain) and the step before it in the chain, so in
 * `[qa, staging, [prod-us, prod-eu]]` `prod-eu` comes from `staging`, not from `prod-us`.
 * One env per comment: a group alias or a group source names the envs to pick from.
 */
import { UserError, type Layout } from "../../core/src/index.js";
import { chainOf, envsNamed } from "./chain.js";

export function chatOpsStep(layout: Layout, named: string | undefined): { from: string; to: string } {
  const steps = chainOf(layout).steps;
  const last = steps.at(-1) ?? [];
  const to = named ?? (last.length === 1 ? last[0] : undefined);
  if (to === undefined)
    throw new UserError(`name the environment: the last step of the chain is the group ${last.join(", ")}`);
  const at = steps.findIndex((s) => s.includes(to));
  if (at === -1) {
    const group = envsNamed(layout, to);
    if (group && group.length > 1)
      throw new UserError(`"${to}" names the group ${group.join(", ")}: promote one env per comment`);
    throw new UserError(`unknown environment "${to}"; known: ${layout.environments.join(", ")}`);
  }
  const source = steps[at - 1];
  if (source === undefined)
    throw new UserError(`"${to}" is the first environment; nothing is promoted into it`);
  if (source.length !== 1 || source[0] === undefined)
    throw new UserError(
      `the step before ${to} is the group ${source.join(", ")}: promote from one of them with gitops promote <from> ${to}`,
    );
  return { from: source[0], to };
}
