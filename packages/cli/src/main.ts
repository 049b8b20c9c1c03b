import { fstatSync } from "node:fs";
import { useCompileCache } from "./compile-cache.js";

// Before the dispatcher loads: every module after this line compiles from the cache.
useCompileCache(process.argv.slice(2), process.env);
const { runCli } = await import("./cli.js");

// Keep `gitops ... | head` quiet: a closed pipe is not an error of ours.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stderr.isTTY,
  },
  process.env,
  // In a `run:` step the runner reads our output for workflow commands, except
  // where a stream is redirected to a file.
  {
    workflowStep: process.env.GITHUB_ACTIONS === "true",
    logged: { stdout: !isFile(1), stderr: !isFile(2) },
  },
);

function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
