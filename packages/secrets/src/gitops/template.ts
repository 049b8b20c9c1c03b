import { UserError } from "../../../core/src/index.js";
import type { PathContext } from "./context.js";

/** Why a secret store key is wrong for where it is used. */
export interface KeyProblem {
  rule: "external-secret-key" | "cross-env-key";
  message: string;
}

/**
 * The configured secret path template (`platform/{service}/{env}` by
 * default, from the blueprint's `vault://platform/<service>/<env>`). A key
 * follows it when it equals the filled-in template or lies below it
 * (`platform/cms/prod/db`); a `vault://` prefix and a `#property` suffix are allowed.
 */
export class KeyTemplate {
  private readonly regex: RegExp;

  constructor(
    readonly template: string,
    private readonly environments: readonly string[],
  ) {
    if (!template.includes("{env}")) {
      throw new UserError(`secrets.keyTemplate "${template}" must contain {env}`);
    }
    const body = template
      .split(/(\{service\}|\{env\})/)
      .map((part) => {
        if (part === "{service}") return "(?<service>[^/#]+)";
        if (part === "{env}") return "(?<env>[^/#]+)";
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    this.regex = new RegExp(`^(?:vault://)?${body}(?:/[^#]*)?(?:#.*)?$`);
  }

  /** The path a file in `ctx` should read: the template filled in as far as `ctx` knows. */
  expected(ctx: PathContext): string {
    return this.template
      .replace(/\{service\}/g, ctx.service ?? "<service>")
      .replace(/\{env\}/g, ctx.env ?? "<env>");
  }

  /** The problem with `key` used from `ctx`, or undefined when it is right. */
  check(key: string, ctx: PathContext): KeyProblem | undefined {
    const m = this.regex.exec(key);
    const expected = this.expected(ctx);
    if (!m) {
      return {
        rule: "external-secret-key",
        message: `key "${key}" does not follow the template ${this.template} (expected ${expected})`,
      };
    }
    const env = m.groups?.env ?? "";
    const service = m.groups?.service;
    if (ctx.env !== undefined && env !== ctx.env && this.environments.includes(env)) {
      return {
        rule: "cross-env-key",
        message: `${ctx.overlay ?? "this folder"} (env ${ctx.env}) reads "${key}", a ${env} path; use ${expected}`,
      };
    }
    if (!this.environments.includes(env) || (ctx.env !== undefined && env !== ctx.env)) {
      return {
        rule: "external-secret-key",
        message: `key "${key}" names env "${env}", which is not one of ${this.environments.join(", ")} (expected ${expected})`,
      };
    }
    if (ctx.service !== undefined && service !== undefined && service !== ctx.service) {
      return {
        rule: "external-secret-key",
        message: `key "${key}" reads service ${service}'s secrets from a ${ctx.service} folder (expected ${expected})`,
      };
    }
    return undefined;
  }
}
