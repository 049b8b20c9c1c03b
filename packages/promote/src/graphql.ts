/**
 * GitHub GraphQL next to the REST base URL. github.com serves REST at https://api.github.com and
 * GraphQL at https://api.github.com/graphql, but GitHub Enterprise Server serves REST at
 * https://HOST/api/v3 and GraphQL at https://HOST/api/graphql: "<REST base>/graphql" is wrong
 * there. Octokit's `graphql` maps the URL the same way (`/api/v3` → `/api/graphql`).
 */

/** The GraphQL endpoint that goes with a REST base URL. */
export function graphqlUrl(restBase: string): string {
  const base = restBase.replace(/\/+$/, "");
  return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, "/api/graphql") : `${base}/graphql`;
}

/** GraphQL answers errors with HTTP 200 and an `errors` list; like Octokit's GraphqlResponseError it carries them. */
export class GraphqlError extends Error {
  override readonly name = "GraphqlError";
  constructor(readonly errors: { message?: string }[]) {
    super(errors.map((e) => e.message ?? "").join("; "));
  }
}

/** The `data` of a GraphQL answer, or a `GraphqlError` when it carries errors. */
export function graphqlData(body: unknown): unknown {
  const answer = body as { data?: unknown; errors?: unknown } | undefined;
  if (Array.isArray(answer?.errors) && answer.errors.length > 0)
    throw new GraphqlError(answer.errors as { message?: string }[]);
  return answer?.data;
}

/** The messages of a GraphQL refusal (Octokit's GraphqlResponseError or ours), or undefined for any other error. */
export function graphqlErrors(err: unknown): string[] | undefined {
  const errors = (err as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return undefined;
  return errors.map((e) => {
    const message = (e as { message?: unknown } | null)?.message;
    return typeof message === "string" ? message : "";
  });
}
