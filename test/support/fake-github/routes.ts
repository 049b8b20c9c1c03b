/** The operations the fake implements, by `operationId` from the description. */
import { commitHandlers } from "./handlers/commits.js";
import { issueHandlers } from "./handlers/issues.js";
import { pullHandlers } from "./handlers/pulls.js";
import { releaseHandlers } from "./handlers/releases.js";
import { repoHandlers } from "./handlers/repos.js";
import type { Handler } from "./http.js";

export const handlers: Record<string, Handler | undefined> = {
  ...pullHandlers,
  ...issueHandlers,
  ...repoHandlers,
  ...releaseHandlers,
  ...commitHandlers,
};

/** The implemented operations, for tests and error messages. */
export const implementedOperations = Object.keys(handlers).sort();
