/** The operations the fake implements, by `operationId` from the description. */
import { commitHandlers } from "./handlers/commits.js";
import { compareHandlers } from "./handlers/compare.js";
import { deploymentHandlers } from "./handlers/deployments.js";
import { governanceHandlers } from "./handlers/governance.js";
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
  ...compareHandlers,
  ...governanceHandlers,
  ...deploymentHandlers,
};

/** The implemented operations, for tests and error messages. */
export const implementedOperations = Object.keys(handlers).sort();
