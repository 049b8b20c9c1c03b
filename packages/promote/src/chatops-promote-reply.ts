/**
 * The reply to a `/promote` that reached one env (as it always did) or several (a group alias,
 * a target with its DR envs): one comment listing every env's outcome and pull request, or the
 * grouped pull request when `promote.prs: grouped` published them together.
 */
import { markdownCell } from "../../core/src/index.js";
import type { ChainResult } from "./chain-run.js";
import { quiet } from "./chatops-reply.js";
import type { PromoteResult } from "./promote.js";
import { changesTable } from "./report.js";

/** The reply for a promotion that was not refused as a whole. */
export function promotionReply(user: string, chain: ChainResult): string {
  const [only] = chain.targets;
  if (chain.targets.length === 1 && only) return oneEnvText(user, only);
  const envs = chain.targets.map((t) => t.request.to);
  const services = [...new Set(chain.targets.flatMap((t) => t.request.services))].sort();
  const grouped = chain.grouped ? chain.targets.find((t) => t.pr) : undefined;
  const lines = [
    `@${user} promoting **${services.join(", ")}** from \`${chain.from}\` to \`${chain.to}\` (${envs.join(", ")}):`,
    "",
  ];
  if (grouped?.pr)
    lines.push(`One pull request for the group (\`promote.prs: grouped\`): ${prText(grouped)}`, "");
  lines.push(
    "| Env | Result | Pull request |",
    "| --- | --- | --- |",
    ...chain.targets.map((t) => `| ${t.request.to} | ${quiet(markdownCell(resultText(t)))} | ${prText(t)} |`),
  );
  for (const t of chain.targets.filter((x) => x.changes.length > 0 && x.status !== "refused")) {
    lines.push("", `**${t.request.to}**`, "", changesTable(t.request, t.changes));
  }
  return `${lines.join("\n")}\n`;
}

function oneEnvText(user: string, p: PromoteResult): string {
  const { request } = p;
  const what = `**${request.services.join(", ")}** from \`${request.from}\` to \`${request.to}\``;
  if (p.status === "nothing") {
    return `@${user} nothing to promote: \`${request.to}\` already has what \`${request.from}\` has for ${request.services.join(", ")}.`;
  }
  const pr = p.pr ? `#${p.pr.number} (${p.pr.url}, ${p.pr.action})` : `branch \`${p.branch ?? ""}\``;
  return `@${user} promoting ${what}: ${pr}\n\n${changesTable(request, p.changes)}\n`;
}

function resultText(t: PromoteResult): string {
  if (t.status === "refused") return `refused: ${t.reason ?? ""}`;
  if (t.status === "nothing") return "nothing to promote";
  if (t.status === "unchanged")
    return t.changes.length > 0 ? "unchanged (the branch has it)" : "already has it";
  return `${t.status}, ${t.changes.length} field(s)`;
}

function prText(t: PromoteResult): string {
  return t.pr ? `#${t.pr.number} (${t.pr.url}, ${t.pr.action})` : "";
}
