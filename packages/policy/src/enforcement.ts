import type { PolicyConfig } from "../../core/src/config.js";
import type { EnforcementAction } from "./types.js";

/**
 * The action `.gitops.yaml` sets for a policy in an env (`policy.enforcement`), replacing the
 * bindings' validationActions: `name/rule` before `name`, and the env before `*`. Undefined
 * when the config says nothing, so the bindings decide.
 */
export function enforcementFor(
  config: PolicyConfig["enforcement"],
): (policy: string, rule: string | undefined, env: string | undefined) => EnforcementAction | undefined {
  return (policy, rule, env) => {
    const keys = rule ? [`${policy}/${rule}`, policy] : [policy];
    for (const key of keys) {
      const byEnv = Object.hasOwn(config, key) ? config[key] : undefined;
      if (!byEnv) continue;
      const action = (env !== undefined && Object.hasOwn(byEnv, env) ? byEnv[env] : undefined) ?? byEnv["*"];
      if (action) return action;
    }
    return undefined;
  };
}
