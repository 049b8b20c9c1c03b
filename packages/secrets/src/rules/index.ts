import type { SecretRule } from "../types.js";
import { AI_RULES } from "./ai.js";
import { CLOUD_RULES } from "./cloud.js";
import { CODE_HOSTING_RULES } from "./code-hosting.js";
import { GENERIC_RULE } from "./generic.js";
import { KEY_RULES } from "./keys.js";
import { MESSAGING_RULES } from "./messaging.js";
import { REGISTRY_RULES } from "./registries.js";

/**
 * Every built-in credential rule, most specific first: where two rules match
 * the same text, the earlier one reports it (a kubeconfig token is not also
 * reported as a JWT, nor an AWS secret key as a generic secret).
 */
export const BUILTIN_RULES: readonly SecretRule[] = [
  ...CLOUD_RULES,
  ...CODE_HOSTING_RULES,
  ...MESSAGING_RULES,
  ...REGISTRY_RULES,
  ...AI_RULES,
  ...KEY_RULES,
  GENERIC_RULE,
];

export { isSecretValue } from "./generic.js";
export { pemBody } from "./keys.js";
