/**
 * How a promotion reads to people: the PR title, the change and drift
 * tables (markdown for the PR, the job summary and ChatOps replies), and the
 * commit message with its `Promoted-From` trailer.
 */
import type { Drift, DriftReport } from "./drift.js";
import type { Change, Unplaced } from "./plan.js";
import type { PromotionRequest } from "./services.js";

/** `Promote cms, web to prod`. */
export function promotionTitle(request: PromotionRequest): string {
  return `Promote ${request.services.join(", ")} to ${request.to}`;
}

/** `promote/prod/cms-web`: one branch per target env and set of services, so a re-run finds it again. */
export function promotionBranch(request: PromotionRequest): string {
  return `promote/${request.to}/${request.services.join("-")}`;
}

/** The trailer that ties the commit to the validated source commit. */
export function trailer(request: PromotionRequest, sourceSha: string): string {
  return `Promoted-From: ${request.from}@${sourceSha}`;
}

/** Reads the source commit back from a commit message's trailer. */
export function sourceFromMessage(message: string, from: string): string | undefined {
  const m = new RegExp(`^Promoted-From: ${from.replace(/[.]/g, "\\.")}@([0-9a-f]{40})$`, "m").exec(message);
  return m?.[1];
}

/** Commit message: the title, one line per change, and the trailer. */
export function commitMessage(
  request: PromotionRequest,
  changes: readonly Change[],
  sourceSha: string,
): string {
  const lines = changes.map(
    (c) => `- ${c.service}: ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`,
  );
  return `${promotionTitle(request)}\n\n${lines.join("\n")}\n\n${trailer(request, sourceSha)}\n`;
}

/** A value in a table cell: code, with `|` and line breaks made harmless. */
export function cell(value: string | null): string {
  if (value === null) return "_(unset)_";
  const flat = value.replace(/\r?\n/g, " ⏎ ");
  const cut = flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
  return `\`${cut.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

/** Column heads of a change table: the target's value before, and the value promoted from the source. */
export function changeHeads(request: Pick<PromotionRequest, "from" | "to">): [before: string, after: string] {
  return [`${request.to} (before)`, `${request.from} (promoted)`];
}

/**
 * The one line for a run that changed nothing. "Nothing to promote" only when every promotable
 * field already matches; a field with no place in the target is said to be left behind.
 */
export function nothingLine(request: PromotionRequest, unplaced: readonly Unplaced[]): string {
  const services = request.services.join(", ");
  if (unplaced.length === 0) {
    return `nothing to promote: ${request.to} already has what ${request.from} has for ${services}`;
  }
  return `nothing promoted: ${unplaced.length} promotable field(s) of ${request.from} differ but have no place in ${request.to} for ${services} (listed above)`;
}

/** Rows of the "not promoted" lists: promotable fields with no place in the target. */
export function unplacedRows(unplaced: readonly Unplaced[]): string[][] {
  return unplaced.map((u) => [u.service, u.file, u.field, u.value]);
}

/** Rows of the drift list: fields that differ and are not promoted. */
export function driftRows(drift: DriftReport): string[][] {
  return drift.items.map((d) => [d.service, d.file, d.field, d.source ?? "(unset)", d.target ?? "(unset)"]);
}

/** The change table in markdown. */
export function changesTable(request: PromotionRequest, changes: readonly Change[]): string {
  const rows = changes.map(
    (c) => `| ${c.service} | ${cell(c.file)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} |`,
  );
  return [
    `| Service | File | Field | ${changeHeads(request).join(" | ")} |`,
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The drift section: folded, since it is for information only. */
export function driftSection(request: PromotionRequest, drift: DriftReport): string {
  const count = drift.items.length + drift.omitted;
  if (count === 0) return `No other differences between the ${request.from} and ${request.to} overlays.`;
  const rows = drift.items.map(
    (d: Drift) =>
      `| ${d.service} | ${cell(d.file)} | ${cell(d.field)} | ${cell(d.source)} | ${cell(d.target)} |`,
  );
  const more = drift.omitted > 0 ? `\n\n…and ${drift.omitted} more.` : "";
  return [
    `<details><summary>Drift: ${count} field(s) differ between ${request.from} and ${request.to} and are not promoted (information only)</summary>`,
    "",
    `| Service | File | Field | ${request.from} | ${request.to} |`,
    "| --- | --- | --- | --- | --- |",
    ...rows,
    more,
    "</details>",
  ].join("\n");
}

/** The pull request body. The first line is a hidden marker that says who wrote it. */
export function pullRequestBody(
  request: PromotionRequest,
  changes: readonly Change[],
  sourceSha: string,
  drift: DriftReport,
): string {
  return [
    "<!-- gitops-actions:promotion -->",
    `Promotes **${request.services.join(", ")}** from \`${request.from}\` to \`${request.to}\`: only the promotable fields (image tags and digests, chart versions, configured values) move; everything else in the ${request.to} overlays stays as it is.`,
    "",
    changesTable(request, changes),
    "",
    `Source commit: \`${sourceSha}\` (trailer \`${trailer(request, sourceSha)}\`).`,
    "",
    driftSection(request, drift),
    "",
  ].join("\n");
}
