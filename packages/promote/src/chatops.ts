/**
 * ChatOps: a comment `/promote <service...> [to <env>] [--no-dr]` asks for a
 * promotion, as `gitops promote` would do it (a group alias fans out, DR envs come along). The comment is untrusted text: it is parsed here, token by
 * token, into plain names (never handed to a shell), and whoever wrote it
 * must have write access, and be in one of the env's teams when
 * `promote.teams` lists any.
 */
import { readFileSync } from "node:fs";
import { ID_PATTERN, messageOf, UserError } from "../../core/src/index.js";
import { statusOf, type GitHubRepo } from "./github.js";
import { MAX_SERVICES, show } from "./services.js";

/** A parsed `/promote` command. */
export interface PromoteCommand {
  services: string[];
  /** The target env (or group alias) when the comment names one. */
  to?: string;
  /** `--no-dr`: leave out the target's DR envs, as `gitops promote --no-dr`. */
  noDr?: true;
}

/** The parts of an `issue_comment` event ChatOps uses. */
export interface CommentEvent {
  action: string;
  commentId: number;
  body: string;
  user: string;
  userType: string;
  issueNumber: number;
}

const idPattern = new RegExp(ID_PATTERN);
const COMMAND = /^\/promote(?:\s|$)/;
/** The one flag a comment may give; every other word must be a plain name. */
const NO_DR = "--no-dr";

/**
 * Reads the command from the comment's first line. Undefined when the
 * comment is not a `/promote` command at all; a `UserError` (shown to the
 * commenter) when it is one but malformed.
 */
export function parsePromoteComment(body: string): PromoteCommand | undefined {
  const first = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
  if (!COMMAND.test(first)) return undefined;
  const words = first
    .slice("/promote".length)
    .split(/[\s,]+/)
    .filter(Boolean);
  const noDr = words.includes(NO_DR);
  if (noDr) words.splice(0, words.length, ...words.filter((w) => w !== NO_DR));
  let to: string | undefined;
  const toAt = words.indexOf("to");
  if (toAt !== -1) {
    if (toAt !== words.length - 2)
      throw new UserError('write the target env last: "/promote <service...> to <env> [--no-dr]"');
    to = words[toAt + 1];
    words.splice(toAt, 2);
  }
  if (words.length === 0)
    throw new UserError('name at least one service: "/promote <service...> [to <env>] [--no-dr]"');
  if (words.length > MAX_SERVICES) throw new UserError(`at most ${MAX_SERVICES} services per promotion`);
  for (const word of [...words, ...(to === undefined ? [] : [to])]) {
    if (!idPattern.test(word)) throw new UserError(`${show(word)} is not a service or environment name`);
  }
  return {
    services: [...new Set(words)],
    ...(to === undefined ? {} : { to }),
    ...(noDr ? { noDr: true as const } : {}),
  };
}

/** The `issue_comment` payload at `path` (GITHUB_EVENT_PATH), checked field by field. */
export function readCommentEvent(path: string, eventName: string): CommentEvent {
  if (eventName !== "issue_comment") {
    throw new UserError(
      `mode "chatops" runs on issue_comment events, but this run was triggered by "${eventName}"`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UserError(`cannot read the event payload ${path}: ${messageOf(err)}`, path);
  }
  const p = payload as {
    action?: unknown;
    comment?: { id?: unknown; body?: unknown; user?: { login?: unknown; type?: unknown } };
    issue?: { number?: unknown };
  };
  const id = p.comment?.id;
  const number = p.issue?.number;
  const login = p.comment?.user?.login;
  if (typeof id !== "number" || typeof number !== "number" || typeof login !== "string") {
    throw new UserError(
      `the event payload ${path} is not an issue_comment event (no comment id, issue number or user)`,
      path,
    );
  }
  return {
    action: typeof p.action === "string" ? p.action : "",
    commentId: id,
    body: typeof p.comment?.body === "string" ? p.comment.body : "",
    user: login,
    userType: typeof p.comment?.user?.type === "string" ? p.comment.user.type : "User",
    issueNumber: number,
  };
}

const WRITE_ROLES = new Set(["admin", "maintain", "write"]);

/** What a ChatOps command does to an env, as a refusal names it. */
export type ChatAction = "promote" | "sync" | "status";

const ACTION_TEXT: Record<ChatAction, { verb: string; into: string }> = {
  promote: { verb: "promote", into: "promote to" },
  sync: { verb: "sync", into: "sync in" },
  status: { verb: "ask for status", into: "ask for the status of" },
};

/**
 * Undefined when `user` may promote into `env` (or `action` it); otherwise the reason, as
 * shown to them. Write access comes from the collaborator permission API;
 * team membership (when `teams` is non-empty) from the org membership API,
 * which needs a token that can read the org's members.
 */
export async function permissionProblem(
  gh: GitHubRepo,
  user: string,
  env: string,
  teams: readonly string[],
  action: ChatAction = "promote",
): Promise<string | undefined> {
  const text = ACTION_TEXT[action];
  let role: string;
  try {
    const { data } = await gh.client.request(
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      {
        owner: gh.owner,
        repo: gh.repo,
        username: user,
      },
    );
    const d = data as { role_name?: string; permission?: string };
    role = d.role_name ?? d.permission ?? "none";
  } catch (err) {
    if (statusOf(err) !== 404) throw err;
    role = "none";
  }
  if (!WRITE_ROLES.has(role))
    return `@${user} needs write access to ${gh.owner}/${gh.repo} to ${text.verb} (has: ${role})`;
  if (teams.length === 0) return undefined;
  for (const team of teams) {
    const [org = "", slug = ""] = team.replace(/^@/, "").split("/");
    try {
      const { data } = await gh.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
        org,
        team_slug: slug,
        username: user,
      });
      if ((data as { state?: string }).state === "active") return undefined;
    } catch (err) {
      const status = statusOf(err);
      if (status === 403) {
        return `cannot check team membership for ${env}: the token may not read the members of ${org} (it needs the org "members: read" permission)`;
      }
      if (status !== 404) throw err;
    }
  }
  return `@${user} is not in a team allowed to ${text.into} ${env} (${teams.join(", ")})`;
}
