import { resolve } from "node:path";
import {
  toJUnitXml,
  toSarif,
  UserError,
  VERSION,
  writeTextAtomic,
  type Finding,
  type SarifOptions,
} from "../../core/src/index.js";
import type { CommandContext } from "./command.js";

/**
 * Writes the report files a check's `--sarif FILE` and `--junit FILE` ask for (each atomically,
 * a bad path named). `tool` names the check: SARIF's driver is `gitops-<tool>`, JUnit's suite `<tool>`.
 */
export function writeReportFiles(
  ctx: CommandContext,
  findings: readonly Finding[],
  tool: string,
  rules?: SarifOptions["rules"],
): void {
  const path = (name: string) => {
    const v = ctx.options[name];
    if (v === "") throw new UserError(`--${name} needs a file`);
    return typeof v === "string" ? v : undefined;
  };
  const sarif = path("sarif");
  if (sarif !== undefined) {
    const log = toSarif(findings, {
      toolName: `gitops-${tool}`,
      toolVersion: VERSION,
      ...(rules ? { rules } : {}),
    });
    writeTextAtomic(resolve(sarif), `${JSON.stringify(log, null, 2)}\n`, `--sarif ${sarif}`);
  }
  const junit = path("junit");
  if (junit !== undefined)
    writeTextAtomic(
      resolve(junit),
      toJUnitXml(findings, { suiteName: tool, tools: [tool] }),
      `--junit ${junit}`,
    );
}
