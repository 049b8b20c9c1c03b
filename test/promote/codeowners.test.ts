// CODEOWNERS as GitHub reads it: gitignore-style patterns, the last match wins.
import { describe, expect, it } from "vitest";
import { ownersOf, parseCodeowners, reviewersFor } from "../../packages/promote/src/index.js";

const rules = parseCodeowners(`# comment
*                       @acme/platform
*.md                    @docs-writer
/apps/cms/              @acme/cms-team   # trailing comment
apps/web/overlays/      @acme/web-team @carol
docs/*                  @docs-writer
/build/logs/            @dave
**/secrets/**           @acme/security
/apps/cms/overlays/prod/kustomization.yaml
`);

describe("CODEOWNERS", () => {
  it.each([
    ["README.md", ["@docs-writer"]],
    ["clusters/prod/ns.yaml", ["@acme/platform"]],
    ["apps/cms/base/deployment.yaml", ["@acme/cms-team"]],
    ["apps/cms/overlays/staging/kustomization.yaml", ["@acme/cms-team"]],
    // The last matching rule wins, even with no owners: the file is unowned.
    ["apps/cms/overlays/prod/kustomization.yaml", []],
    ["apps/web/overlays/prod/kustomization.yaml", ["@acme/web-team", "@carol"]],
    ["docs/guide.md", ["@docs-writer"]],
    // `docs/*` matches files directly in docs/, not deeper ones.
    ["docs/deep/page.txt", ["@acme/platform"]],
    ["build/logs/2024/x.log", ["@dave"]],
    ["apps/cms/secrets/db.yaml", ["@acme/security"]],
  ])("%s is owned by %j", (path, owners) => {
    expect(ownersOf(rules, path)).toEqual(owners);
  });

  it("splits owners into people and team slugs, leaving out the PR author", () => {
    expect(
      reviewersFor(
        rules,
        ["apps/web/overlays/prod/kustomization.yaml", "apps/cms/base/x.yaml", "README.md"],
        ["Carol"],
      ),
    ).toEqual({ reviewers: ["docs-writer"], teamReviewers: ["cms-team", "web-team"] });
  });

  it("drops e-mail owners, which cannot be asked for a review", () => {
    expect(parseCodeowners("* ops@example.com @ops-lead\n")).toEqual([
      { pattern: "*", owners: ["@ops-lead"], line: 1 },
    ]);
  });
});
