/**
 * The one GraphQL mutation the suite sends: `enablePullRequestAutoMerge`
 * (auto-merge has no REST endpoint). GraphQL is not in the REST description,
 * so this is a separate, deliberately small route in front of the pipeline:
 * it authenticates like REST, records the request (operationId
 * `graphql/enablePullRequestAutoMerge`), and answers the way GitHub's GraphQL
 * does: 200 with `data`, or 200 with `errors` for a refusal. Any other query
 * is a violation of kind "unimplemented".
 */
import type { Site } from "./factories/users.js";
import type { FakeResponse } from "./http.js";
import type { Pipeline } from "./pipeline.js";
import { type RawRequest, recordOf } from "./record.js";

interface GraphqlBody {
  query?: unknown;
  variables?: Record<string, unknown>;
}

/** True for requests this route answers. */
export function isGraphql(raw: RawRequest): boolean {
  return raw.method === "POST" && raw.url.pathname === "/graphql";
}

export function handleGraphql(site: Site, pipeline: Pipeline, raw: RawRequest): FakeResponse {
  const recorded = recordOf(raw);
  pipeline.requests.push(recorded);
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(raw.headers.authorization ?? "")?.[1];
  const login = token === undefined ? undefined : site.state.tokens.get(token);
  if (!login)
    return {
      status: 401,
      body: { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" },
    };
  let body: GraphqlBody;
  try {
    body = JSON.parse(raw.text) as GraphqlBody;
  } catch {
    return { status: 400, body: { message: "Problems parsing JSON" } };
  }
  recorded.body = body;
  const query = typeof body.query === "string" ? body.query : "";
  if (!/\benablePullRequestAutoMerge\s*\(/.test(query)) {
    const problem = "fake-github answers only the enablePullRequestAutoMerge mutation";
    pipeline.violations.push({
      kind: "unimplemented",
      method: "POST",
      path: "/graphql",
      problems: [problem],
    });
    return { status: 200, body: { errors: [{ message: problem }] } };
  }
  recorded.operationId = "graphql/enablePullRequestAutoMerge";
  // Variables arrive as JSON: anything but a string is as wrong as a missing value.
  // The input's fields name the variables that carry them (`pullRequestId: $id`), as GraphQL binds them.
  const vars = body.variables ?? {};
  const bound = (field: string, fallback: string) =>
    vars[new RegExp(`\\b${field}:\\s*\\$(\\w+)`).exec(query)?.[1] ?? fallback];
  const idValue = bound("pullRequestId", "id");
  const methodValue = bound("mergeMethod", "method");
  const id = typeof idValue === "string" ? idValue : "";
  const method = (typeof methodValue === "string" ? methodValue : "MERGE").toLowerCase();
  const fail = (type: string, message: string): FakeResponse => ({
    status: 200,
    body: {
      data: { enablePullRequestAutoMerge: null },
      errors: [{ type, path: ["enablePullRequestAutoMerge"], message }],
    },
  });
  if (method !== "merge" && method !== "squash" && method !== "rebase")
    return fail("INVALID", `Argument 'mergeMethod' has an invalid value (${method.toUpperCase()})`);
  // Node ids are `PR_<id>` (factories/pulls.ts).
  for (const repo of site.state.repos.values()) {
    for (const issue of repo.issues.values()) {
      if (!issue.pull || `PR_${issue.id}` !== id) continue;
      if (!repo.settings.allowAutoMerge)
        return fail("UNPROCESSABLE", "Pull request Auto merge is not allowed for this repository");
      if (issue.state !== "open") return fail("UNPROCESSABLE", "Pull request is closed");
      issue.pull.autoMerge = { method, enabledBy: login };
      issue.updatedAt = site.state.now();
      return {
        status: 200,
        body: {
          data: {
            enablePullRequestAutoMerge: {
              pullRequest: { number: issue.number, autoMergeRequest: { mergeMethod: method.toUpperCase() } },
            },
          },
        },
      };
    }
  }
  return fail("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
}
