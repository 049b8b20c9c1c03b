/**
 * The optional gate: promote only a source commit whose required checks
 * passed. Read from the check runs API, newest run per name, the way branch
 * protection counts them (success, neutral and skipped pass).
 */
import { listAll, type GitHubRepo } from "./github.js";

interface CheckRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
}

const PASSING = new Set(["success", "neutral", "skipped"]);

/** Undefined when every required check passed on `sha`; otherwise why the promotion is refused. */
export async function requiredChecksProblem(
  gh: GitHubRepo,
  sha: string,
  required: readonly string[],
): Promise<string | undefined> {
  if (required.length === 0) return undefined;
  const runs = await listAll<CheckRun>(
    gh,
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    { ref: sha },
    (d) => (d as { check_runs: CheckRun[] }).check_runs,
  );
  const problems: string[] = [];
  for (const name of required) {
    const latest = runs.filter((r) => r.name === name).sort((a, b) => b.id - a.id)[0];
    if (!latest) problems.push(`"${name}" has not run`);
    else if (latest.status !== "completed") problems.push(`"${name}" is ${latest.status.replace(/_/g, " ")}`);
    else if (!PASSING.has(latest.conclusion ?? ""))
      problems.push(`"${name}" concluded ${latest.conclusion ?? "without a result"}`);
  }
  if (problems.length === 0) return undefined;
  return `required checks did not pass on ${sha.slice(0, 12)}: ${problems.join(", ")}`;
}
