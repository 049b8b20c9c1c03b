/**
 * The pull request of a `pull_request` event payload, with what a preview needs beyond the base
 * and head the shared context reads: labels, title, author, draft, and the event's action.
 */
import { readFileSync } from "node:fs";
import { messageOf, UserError } from "../../core/src/errors.js";
import { parseRequest } from "./request.js";
import type { PreviewRequest } from "./types.js";

export interface PullRequestEvent {
  request: PreviewRequest;
  /** `opened`, `synchronize`, `labeled`, `closed` ... ("" when the payload has none). */
  action: string;
  /** Closed, merged or not. */
  closed: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads `file` (GITHUB_EVENT_PATH); a payload without a pull request is a UserError naming it. */
export function readPullRequestEvent(file: string): PullRequestEvent {
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new UserError(`cannot read the event file ${file}: ${messageOf(err)}`, file);
  }
  if (!isObject(payload) || !isObject(payload.pull_request))
    throw new UserError(
      `the event file ${file} holds no pull_request: run the preview on pull_request events (opened, synchronize, labeled, closed)`,
      file,
    );
  const pr = payload.pull_request;
  const head = isObject(pr.head) ? pr.head : {};
  const base = isObject(pr.base) ? pr.base : {};
  const user = isObject(pr.user) ? pr.user : {};
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const where = (field: string) => `pull_request.${field} of the event file ${file}`;
  const request = parseRequest(
    {
      number: typeof pr.number === "number" ? pr.number : text(pr.number),
      branch: text(head.ref),
      headSha: text(head.sha),
      targetBranch: text(base.ref) ?? "",
      labels: (Array.isArray(pr.labels) ? pr.labels : []).flatMap((l) =>
        isObject(l) && typeof l.name === "string" ? [l.name] : [],
      ),
      title: text(pr.title),
      author: text(user.login),
      draft: pr.draft === true,
    },
    {
      number: where("number"),
      branch: where("head.ref"),
      headSha: where("head.sha"),
      targetBranch: where("base.ref"),
    },
  );
  const action = text(payload.action) ?? "";
  return { request, action, closed: action === "closed" || pr.state === "closed" };
}
