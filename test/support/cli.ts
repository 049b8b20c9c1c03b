// `gitops` in-process, for tests that check the CLI's output and exit code
// without the cost of a child process (test/e2e and test/hardening run the bundle).
import { runCli } from "../../packages/cli/src/cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `gitops ...argv` with an empty environment and captures what it prints. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false },
    {},
  );
  return { code, stdout, stderr };
}
