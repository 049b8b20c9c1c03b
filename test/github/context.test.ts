import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { UserError } from "../../packages/core/src/errors.js";
import {
  apiUrl,
  getOctokitClient,
  pullRequestFromEvent,
  pushFromEvent,
  repoClient,
  repository,
  serverUrl,
} from "../../packages/github/src/context.js";
import { captureStdout, commandValues, isolateEnv, tempDir } from "./support.js";

isolateEnv();

function eventFile(content: unknown): string {
  const file = join(tempDir(), "event.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  process.env.GITHUB_EVENT_PATH = file;
  return file;
}

const PR_EVENT = {
  action: "synchronize",
  number: 42,
  pull_request: {
    number: 42,
    base: { ref: "main", sha: "1111111111111111111111111111111111111111" },
    head: { ref: "promote/api-prod", sha: "2222222222222222222222222222222222222222" },
  },
};

describe("pullRequestFromEvent", () => {
  it("reads number, shas and refs from a pull_request event", () => {
    eventFile(PR_EVENT);
    process.env.GITHUB_EVENT_NAME = "pull_request_target";
    expect(pullRequestFromEvent()).toEqual({
      number: 42,
      baseSha: "1111111111111111111111111111111111111111",
      headSha: "2222222222222222222222222222222222222222",
      baseRef: "main",
      headRef: "promote/api-prod",
    });
  });

  it("is undefined for an event without a pull request, or no event file", () => {
    eventFile({ ref: "refs/heads/main", after: "abc" });
    expect(pullRequestFromEvent()).toBeUndefined();
    delete process.env.GITHUB_EVENT_PATH;
    expect(pullRequestFromEvent()).toBeUndefined();
  });

  it("names the file when it is not valid JSON", () => {
    const file = eventFile("{ not json");
    expect(() => pullRequestFromEvent()).toThrow(UserError);
    expect(() => pullRequestFromEvent()).toThrow(`The event file ${file} is not valid JSON`);
  });

  it("names the file when it is not a JSON object", () => {
    const file = eventFile("[1, 2]");
    expect(() => pullRequestFromEvent()).toThrow(`The event file ${file} does not hold a JSON object`);
  });

  it("names the file when it cannot be read", () => {
    const file = join(tempDir(), "gone.json");
    process.env.GITHUB_EVENT_PATH = file;
    expect(() => pullRequestFromEvent()).toThrow(`Cannot read the event file ${file} (GITHUB_EVENT_PATH)`);
  });

  it("names the file and the field when the pull request is incomplete", () => {
    const file = eventFile({ pull_request: { ...PR_EVENT.pull_request, head: { ref: "x" } } });
    expect(() => pullRequestFromEvent()).toThrow(`Event file ${file} has a pull_request without head.sha`);
  });
});

describe("pushFromEvent", () => {
  it("reads before, after and deleted from a push event", () => {
    eventFile({ ref: "refs/heads/main", before: "a".repeat(40), after: "b".repeat(40), deleted: false });
    process.env.GITHUB_EVENT_NAME = "push";
    expect(pushFromEvent()).toEqual({ before: "a".repeat(40), after: "b".repeat(40), deleted: false });
    eventFile({ ref: "refs/heads/gone", before: "a".repeat(40), after: "0".repeat(40), deleted: true });
    expect(pushFromEvent()).toEqual({ before: "a".repeat(40), after: "0".repeat(40), deleted: true });
  });

  it("is undefined for other events or no event file, and leaves out fields that are not strings", () => {
    eventFile({ before: 1, after: null });
    process.env.GITHUB_EVENT_NAME = "push";
    expect(pushFromEvent()).toEqual({ deleted: false });
    process.env.GITHUB_EVENT_NAME = "pull_request";
    expect(pushFromEvent()).toBeUndefined();
    process.env.GITHUB_EVENT_NAME = "push";
    delete process.env.GITHUB_EVENT_PATH;
    expect(pushFromEvent()).toBeUndefined();
  });

  it("names the file when it is not valid JSON", () => {
    const file = eventFile("{ not json");
    process.env.GITHUB_EVENT_NAME = "push";
    expect(() => pushFromEvent()).toThrow(UserError);
    expect(() => pushFromEvent()).toThrow(`The event file ${file} is not valid JSON`);
  });
});

describe("repository and URLs", () => {
  it("splits GITHUB_REPOSITORY into owner and repo", () => {
    process.env.GITHUB_REPOSITORY = "acme/infra-gitops";
    expect(repository()).toEqual({ owner: "acme", repo: "infra-gitops" });
  });

  it("rejects a missing or malformed GITHUB_REPOSITORY", () => {
    delete process.env.GITHUB_REPOSITORY;
    expect(() => repository()).toThrow('GITHUB_REPOSITORY must look like "owner/name", got ""');
    process.env.GITHUB_REPOSITORY = "infra-gitops";
    expect(() => repository()).toThrow('got "infra-gitops"');
  });

  it("defaults to github.com and honours GHES URLs without a trailing slash", () => {
    delete process.env.GITHUB_API_URL;
    delete process.env.GITHUB_SERVER_URL;
    expect(apiUrl()).toBe("https://api.github.com");
    expect(serverUrl()).toBe("https://github.com");
    process.env.GITHUB_API_URL = "https://ghe.example.com/api/v3/";
    process.env.GITHUB_SERVER_URL = "https://ghe.example.com/";
    expect(apiUrl()).toBe("https://ghe.example.com/api/v3");
    expect(serverUrl()).toBe("https://ghe.example.com");
  });
});

describe("getOctokitClient", () => {
  it("masks the token and points the client at GITHUB_API_URL", () => {
    const out = captureStdout();
    process.env.GITHUB_API_URL = "https://ghe.example.com/api/v3";
    const client = getOctokitClient("ghs_0123456789abcdef");
    expect(commandValues(out.lines(), "add-mask")).toContain("ghs_0123456789abcdef");
    expect(client.request.endpoint.DEFAULTS.baseUrl).toBe("https://ghe.example.com/api/v3");
  });

  it("rejects an empty token", () => {
    expect(() => getOctokitClient(" ")).toThrow("A GitHub token is required but none was given");
  });
});

describe("repoClient", () => {
  it("binds the masked client to GITHUB_REPOSITORY's owner and name", () => {
    const out = captureStdout();
    process.env.GITHUB_REPOSITORY = "acme/infra-gitops";
    process.env.GITHUB_API_URL = "https://ghe.example.com/api/v3";
    const gh = repoClient("ghs_fedcba9876543210");
    expect({ owner: gh.owner, repo: gh.repo }).toEqual({ owner: "acme", repo: "infra-gitops" });
    expect(gh.client.request.endpoint.DEFAULTS.baseUrl).toBe("https://ghe.example.com/api/v3");
    expect(commandValues(out.lines(), "add-mask")).toContain("ghs_fedcba9876543210");
  });

  it("names GITHUB_REPOSITORY when it is malformed, and rejects an empty token", () => {
    process.env.GITHUB_REPOSITORY = "infra-gitops";
    expect(() => repoClient("ghs_fedcba9876543210")).toThrow('got "infra-gitops"');
    process.env.GITHUB_REPOSITORY = "acme/infra-gitops";
    expect(() => repoClient("")).toThrow("A GitHub token is required");
  });
});
