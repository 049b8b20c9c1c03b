/**
 * `CHANGELOG.md` per environment, at `changelog/<env>/CHANGELOG.md`, updated
 * in place. Each entry carries a hidden marker (`<!-- gitops-changelog:<sha>:<service> -->`),
 * so a re-run finds what is already there and adds nothing; new entries go on
 * top, under the header. The file is the only state, and it is re-derived
 * from Git: delete it and the next run writes it again.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { messageOf, UserError } from "../../core/src/index.js";
import { changeText, day, entryByline, mdCode, short } from "./markdown.js";
import type { Entry } from "./types.js";
import { writeTextAtomic } from "../../core/src/write.js";

/** Where an env's changelog lives, relative to the repository. */
export function changelogPath(env: string): string {
  return `changelog/${env}/CHANGELOG.md`;
}

/** The line new entries go under; everything above it is the user's. */
export const ENTRIES_MARKER = "<!-- gitops-changelog:entries -->";
const ENTRY_MARKER = /^<!-- gitops-changelog:([0-9a-f]{40}):([a-z0-9._-]+) -->$/gm;

/** The hidden marker that identifies an entry in a changelog file. */
export function entryMarker(e: Pick<Entry, "commit" | "service">): string {
  return `<!-- gitops-changelog:${e.commit}:${e.service} -->`;
}

/** One entry as a block of CHANGELOG.md. */
export function entryBlock(e: Entry): string {
  return [
    `### ${day(e.date)} · ${e.service} · ${mdCode(short(e.commit))}${e.pr !== null ? ` · #${e.pr}` : ""}`,
    "",
    entryMarker(e),
    "",
    `- ${entryByline(e)}`,
    ...e.changes.map((c) => `- ${changeText(c)}`),
    "",
  ].join("\n");
}

function header(env: string): string {
  return [
    `# Deployments to ${env}`,
    "",
    "Written by `gitops changelog --write` from Git history, newest first. Text above the marker",
    "below is yours to edit; entries are added under it and never rewritten.",
    "",
    ENTRIES_MARKER,
    "",
  ].join("\n");
}

/** What one file update did. */
export interface FileUpdate {
  env: string;
  /** Relative to the repository. */
  file: string;
  /** Entries added in this run (0 when everything was already there). */
  added: number;
}

/**
 * Adds the entries of each env in `envs` that its CHANGELOG.md lacks, newest
 * on top, and writes each file atomically (temp file, then rename). A file is
 * only written when something was added.
 */
export function updateChangelogFiles(
  repo: string,
  entries: readonly Entry[],
  envs: readonly string[],
): FileUpdate[] {
  return envs.map((env) =>
    updateOne(
      repo,
      env,
      entries.filter((e) => e.env === env),
    ),
  );
}

function updateOne(repo: string, env: string, entries: readonly Entry[]): FileUpdate {
  const file = changelogPath(env);
  const path = join(repo, file);
  const existing = existsSync(path) ? readText(path, file) : undefined;
  const present = new Set([...(existing ?? "").matchAll(ENTRY_MARKER)].map((m) => `${m[1]}:${m[2]}`));
  const fresh = entries.filter((e) => !present.has(`${e.commit}:${e.service}`));
  if (fresh.length === 0) return { env, file, added: 0 };
  const blocks = fresh.map(entryBlock).join("\n");
  writeTextAtomic(path, insertBlocks(existing ?? header(env), blocks), file);
  return { env, file, added: fresh.length };
}

/** Puts `blocks` right under the entries marker, adding the marker after the title when a hand-made file lacks it. */
function insertBlocks(original: string, blocks: string): string {
  const text = original.endsWith("\n") ? original : `${original}\n`;
  const at = text.indexOf(`${ENTRIES_MARKER}\n`);
  if (at >= 0) {
    const end = at + ENTRIES_MARKER.length + 1;
    return `${text.slice(0, end)}\n${blocks}${text.slice(end).replace(/^\n*/, "\n")}`.replace(/\n+$/, "\n");
  }
  const title = /^# .*\n/.exec(text);
  const cut = title ? title[0].length : 0;
  return `${text.slice(0, cut)}\n${ENTRIES_MARKER}\n\n${blocks}\n${text.slice(cut)}`.replace(/\n+$/, "\n");
}

function readText(path: string, file: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new UserError(`${file}: cannot read: ${messageOf(err)}`, file);
  }
}
