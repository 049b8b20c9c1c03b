import type { Command } from "../command.js";
import { targetsCommand } from "./targets.js";
import { toolsCommand } from "./tools.js";

/**
 * Every command `gitops` has. A command is added here by the change that
 * implements it; none is listed before it works.
 */
export const COMMANDS: readonly Command[] = [targetsCommand, toolsCommand];
