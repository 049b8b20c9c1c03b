// One history that exercises every rule: squash and merge commits, a promotion with its
// trailer, a revert, a tag moving backwards, a chart bump, platform changes and hostile text.
import { at, datedRepo, layoutFiles, overlay, values, type DatedRepo } from "./fixture.js";

export interface Story {
  repo: DatedRepo;
  sha: Record<
    | "layout"
    | "squash"
    | "merge"
    | "promote"
    | "bad"
    | "revert"
    | "fix"
    | "rollbackProd"
    | "promoteFix"
    | "chart"
    | "platform"
    | "hostile",
    string
  >;
}

/** Builds the story on a fresh repo; each step is a day apart unless said otherwise. */
export function buildStory(): Story {
  const repo = datedRepo(layoutFiles());
  const layout = repo.git("rev-parse", "HEAD");
  const squash = repo.commitAt(
    "Bump web to 1.1.0 in staging (#3)",
    { "apps/web/overlays/staging/kustomization.yaml": overlay("web", "1.1.0") },
    { date: at(1), author: "Alice" },
  );
  // A PR branch written on day 1 at 10:00, merged on day 2 with GitHub's merge message.
  repo.git("checkout", "--quiet", "-b", "queue-bump");
  repo.commitAt(
    "queue 0.9.1 in staging",
    { "apps/queue/overlays/staging/values.yaml": values("0.9.1", "staging") },
    { date: at(1, 1), author: "Bob" },
  );
  repo.git("checkout", "--quiet", "main");
  repo.gitAt(
    { date: at(2), author: "Bob" },
    "merge",
    "--quiet",
    "--no-ff",
    "-m",
    "Merge pull request #4 from example-org/queue-bump",
    "queue-bump",
  );
  const merge = repo.git("rev-parse", "HEAD");
  const promote = repo.commitAt(
    `Promote web to prod\n\n- web: newTag 1.0.0 -> 1.1.0\n\nPromoted-From: staging@${squash}`,
    { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.1.0") },
    { date: at(3), author: "gitops-bot" },
  );
  const bad = repo.commitAt(
    "Bump web to 1.2.0 in staging (#6)",
    { "apps/web/overlays/staging/kustomization.yaml": overlay("web", "1.2.0") },
    { date: at(4), author: "Alice" },
  );
  repo.gitAt({ date: at(4, 2), author: "Alice" }, "revert", "--no-edit", bad);
  const revert = repo.git("rev-parse", "HEAD");
  const fix = repo.commitAt(
    "Bump web to 1.2.1 in staging (#8)",
    { "apps/web/overlays/staging/kustomization.yaml": overlay("web", "1.2.1") },
    { date: at(5), author: "Alice" },
  );
  const rollbackProd = repo.commitAt(
    "Roll web back to 1.0.0 in prod",
    { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.0.0") },
    { date: at(6), author: "Carol" },
  );
  const promoteFix = repo.commitAt(
    `Promote web to prod\n\nPromoted-From: staging@${fix}`,
    { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.2.1") },
    { date: at(7), author: "gitops-bot" },
  );
  const chart = repo.commitAt(
    "queue chart 0.2.0 (#10)",
    { "apps/queue/base/Chart.yaml": "apiVersion: v2\nname: queue\nversion: 0.2.0\n" },
    { date: at(8), author: "Bob" },
  );
  const platform = repo.commitAt(
    "Namespaces and a policy",
    {
      "clusters/prod/namespaces.yaml": "apiVersion: v1\nkind: Namespace\nmetadata: {name: web-production}\n",
      "policies/require-limits.yaml": "# policy v2\n",
      "docs/notes.md": "not deployed\n",
    },
    { date: at(9), author: "Dana" },
  );
  const hostile = repo.commitAt(
    "<script>alert(1)</script> [x](javascript:alert(1)) @here (#11)",
    {
      "apps/web/base/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, labels: {a: b}}\n",
    },
    { date: at(10), author: "<img src=x onerror=alert(2)>" },
  );
  return {
    repo,
    sha: {
      layout,
      squash,
      merge,
      promote,
      bad,
      revert,
      fix,
      rollbackProd,
      promoteFix,
      chart,
      platform,
      hostile,
    },
  };
}
