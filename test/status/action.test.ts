// The status action end to end: its bundle (dist/status, or GITOPS_DIST) run as the runner runs it,
// against the swagger-checked fake Argo CD and a copy of the example with real commits.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { runAction } from "../support/run-action.js";
import { exampleApp, useStatusFixture } from "./fixture.js";

const fx = useStatusFixture();
const GIT = { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };

describe("actions/status", () => {
  it("reports Applications in the summary, annotations and outputs, masks the token and fails on drift", async () => {
    const { repo, fake, base, cmsChange } = fx.current;
    fake.app(
      exampleApp("web-prod", "prod", "apps/web/overlays/prod", base, {
        externalURLs: ["https://web.example.com"],
      }),
    );
    fake.app(exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", cmsChange));
    const result = await runAction(
      "status",
      {
        "repo-path": repo.dir,
        "argocd-server": fake.url,
        "argocd-token": fake.token,
        "fail-on-drift": "true",
        grace: "0",
      },
      { env: GIT },
    );
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      applications: "2",
      "out-of-sync": "0",
      degraded: "0",
      "not-current": "1",
      drift: "true",
    });
    const doc = JSON.parse(readFileSync(result.outputs["json-file"] ?? "", "utf8")) as {
      applications: { name: string }[];
    };
    expect(doc.applications.map((a) => a.name)).toEqual(["cms-prod", "web-prod"]);
    expect(result.annotations.filter((a) => a.level === "error").map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Application web-prod \(prod\/web\) runs [0-9a-f]{7}, 1 input commit\(s\) behind [0-9a-f]{7}, for /,
      ),
    ]);
    expect(result.masks).toContain(fake.token);
    expect(unmasked(result.stdout)).not.toContain(fake.token);
    expect(result.summary).toContain("## Argo CD status");
    expect(result.summary).toContain(
      "| [web-prod](https://web.example.com) | prod | web | Synced | Healthy |",
    );
    expect(result.summary).toMatch(
      /\| cms-prod \| prod \| cms \| Synced \| Healthy \| [0-9a-f]{7} \| 2026-11-30T10:00:00Z \| yes \|/,
    );
  });

  it("fails with exit 2 and one error naming the server when the token is refused", async () => {
    const { repo, fake } = fx.current;
    const token = "argocd-refused-token-value";
    const result = await runAction(
      "status",
      { "repo-path": repo.dir, "argocd-server": fake.url },
      { env: { ...GIT, ARGOCD_AUTH_TOKEN: token } },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations.map((a) => [a.level, a.message])).toEqual([
      ["warning", `ARGOCD_SERVER ${fake.url} uses plain http: the Argo CD token is sent unencrypted`],
      [
        "error",
        expect.stringContaining(`Argo CD at ${fake.url} refused the token in ARGOCD_AUTH_TOKEN (401`),
      ],
    ]);
    expect(result.masks).toContain(token);
    expect(unmasked(result.stdout) + result.stderr).not.toContain(token);
  });
});

/** The log without the `::add-mask::` commands, which carry the secret by design. */
function unmasked(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}
