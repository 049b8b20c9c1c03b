import type { Command } from "../command.js";
import { bumpCommand } from "./bump.js";
import { changelogCommand } from "./changelog.js";
import { deploymentsCommand } from "./deployments.js";
import { diffCommand } from "./diff.js";
import { fmtCommand } from "./fmt.js";
import { governanceCommand } from "./governance.js";
import { initCommand } from "./init.js";
import { lintCommand } from "./lint.js";
import { policyCommand } from "./policy.js";
import { previewCommand } from "./preview.js";
import { promoteCommand } from "./promote.js";
import { renderCommand } from "./render.js";
import { secretsCommand } from "./secrets.js";
import { statusCommand } from "./status.js";
import { targetsCommand } from "./targets.js";
import { toolsCommand } from "./tools.js";
import { validateCommand } from "./validate.js";

/**
 * Every command `gitops` has. A command is added here by the change that
 * implements it; none is listed before it works.
 */
export const COMMANDS: readonly Command[] = [
  targetsCommand,
  renderCommand,
  diffCommand,
  lintCommand,
  fmtCommand,
  policyCommand,
  toolsCommand,
  secretsCommand,
  validateCommand,
  promoteCommand,
  bumpCommand,
  changelogCommand,
  initCommand,
  governanceCommand,
  statusCommand,
  deploymentsCommand,
  previewCommand,
];
