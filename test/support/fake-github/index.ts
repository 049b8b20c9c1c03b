/**
 * A fake GitHub REST API for tests: in-memory state, served on 127.0.0.1,
 * with every request and response checked against GitHub's OpenAPI
 * description. See README.md beside this file for the endpoints and seeding.
 */
import { randomBytes } from "node:crypto";

import type { Site } from "./factories/users.js";
import { Pipeline, type Tamper } from "./pipeline.js";
import { formatViolations, type RecordedRequest, type Violation } from "./record.js";
import { Seeder } from "./seed.js";
import { listen } from "./server.js";
import { FakeState, type RepoRecord } from "./state.js";

export { openapiStats } from "./openapi.js";
export { implementedOperations } from "./routes.js";
export type { FakeResponse } from "./http.js";
export type { Tamper } from "./pipeline.js";
export type { RecordedRequest, Violation, ViolationKind } from "./record.js";
export type * from "./records.js";
export { FakeState } from "./state.js";
export { DEFAULT_AUTHOR, Seeder } from "./seed.js";

export interface FakeGitHubOptions {
  /** Owner of the default repository; default `acme`. */
  owner?: string;
  /** Name of the default repository; default `infra-gitops`. */
  repo?: string;
  defaultBranch?: string;
  /** Who `token` authenticates as; default `github-actions[bot]`. */
  actor?: string;
  /** Lay the API out as GitHub Enterprise Server does: REST under /api/v3 (`url`), GraphQL at /api/graphql. */
  ghes?: boolean;
}

export interface FakeGitHub {
  /** Base URL for Octokit's `baseUrl`, e.g. `http://127.0.0.1:40123` (`.../api/v3` with `ghes`). */
  readonly url: string;
  /** A token for `actor`; send it as `token X` or `Bearer X`. */
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** The default repository's records. */
  readonly repository: RepoRecord;
  readonly state: FakeState;
  readonly seed: Seeder;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Requests that broke the description and answers of ours that did. */
  readonly violations: Violation[];
  /** A new token that authenticates as `login`. */
  tokenFor(login: string): string;
  /** Rewrites the next handler answer before it is validated (for testing the validator). */
  tamperNextResponse(tamper: Tamper): void;
  /** Throws, listing them, when any violation was recorded. */
  assertClean(): void;
  /** Returns the violations so far and forgets them, for tests that provoke one on purpose. */
  takeViolations(): Violation[];
  close(): Promise<void>;
}

/** Starts a fake on a free port of 127.0.0.1 with one empty repository. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? "acme";
  const repo = options.repo ?? "infra-gitops";
  const state = new FakeState();
  const repository = state.addRepo(owner, repo, options.defaultBranch);
  const site: Site = { base: "http://127.0.0.1", state };
  const pipeline = new Pipeline(site);
  const tokenFor = (login: string): string => {
    const token = `ghs_fake${randomBytes(12).toString("hex")}`;
    state.user(login);
    state.tokens.set(token, login);
    return token;
  };
  const token = tokenFor(options.actor ?? "github-actions[bot]");
  const server = await listen(site, pipeline, options.ghes);
  return {
    url: server.url,
    token,
    owner,
    repo,
    repository,
    state,
    seed: new Seeder(state, repository),
    requests: pipeline.requests,
    violations: pipeline.violations,
    tokenFor,
    tamperNextResponse: (tamper) => {
      pipeline.tamperNext = tamper;
    },
    assertClean: () => {
      const { violations } = pipeline;
      if (violations.length === 0) return;
      throw new Error(
        `fake GitHub recorded ${violations.length} violation(s):\n${formatViolations(violations)}`,
      );
    },
    takeViolations: () => pipeline.violations.splice(0),
    close: () => server.close(),
  };
}
