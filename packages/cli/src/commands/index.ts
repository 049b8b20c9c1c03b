import type { Command, CommandEntry } from "../command.js";

/** One line per command: its name and a loader, so `gitops` imports only the command it runs. */
function lazy(name: string, load: () => Promise<Command>): CommandEntry {
  return { name, load };
}

/**
 * Every command `gitops` has, in `--help` order. A command is added here by the
 * change that implements it; none is listed before it works. Keep the imports
 * dynamic: a static import here loads that command's packages on every start.
 */
export const COMMANDS: readonly CommandEntry[] = [
  lazy("targets", async () => (await import("./targets.js")).targetsCommand),
  lazy("render", async () => (await import("./render.js")).renderCommand),
  lazy("diff", async () => (await import("./diff.js")).diffCommand),
  lazy("lint", async () => (await import("./lint.js")).lintCommand),
  lazy("fmt", async () => (await import("./fmt.js")).fmtCommand),
  lazy("policy", async () => (await import("./policy.js")).policyCommand),
  lazy("tools", async () => (await import("./tools.js")).toolsCommand),
  lazy("secrets", async () => (await import("./secrets.js")).secretsCommand),
  lazy("validate", async () => (await import("./validate.js")).validateCommand),
  lazy("promote", async () => (await import("./promote.js")).promoteCommand),
  lazy("bump", async () => (await import("./bump.js")).bumpCommand),
  lazy("changelog", async () => (await import("./changelog.js")).changelogCommand),
  lazy("init", async () => (await import("./init.js")).initCommand),
  lazy("governance", async () => (await import("./governance.js")).governanceCommand),
  lazy("status", async () => (await import("./status.js")).statusCommand),
  lazy("deployments", async () => (await import("./deployments.js")).deploymentsCommand),
  lazy("preview", async () => (await import("./preview.js")).previewCommand),
  lazy("parity", async () => (await import("./parity.js")).parityCommand),
];
