// Committing and pushing promotions with real git and bare remotes.
import { writeFileSync, chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isUserError, UserError } from "../../packages/core/src/index.js";
import { Git, promote, publish, type PromoteOptions } from "../../packages/promote/src/index.js";
import { createTestRepo, git, writeFiles } from "../support/git.js";
import { exampleFiles, IDENTITY, isolateGit } from "./fixture.js";
import { serveBareRepo } from "./http-remote.js";

beforeAll(isolateGit);

const CMS = "apps/cms/overlays/prod/kustomization.yaml";
const WEB = "apps/web/overlays/prod/kustomization.yaml";
const BRANCH = "promote/prod/cms-web";

function run(dir: string, options: Partial<PromoteOptions> = {}) {
  return promote({
    repo: dir,
    from: "staging",
    to: "prod",
    services: ["web", "cms"],
    mode: "commit",
    git: { identity: IDENTITY },
    ...options,
  });
}

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (err) {
    if (isUserError(err)) return err;
    throw err;
  }
  throw new Error("expected a UserError");
}

describe("promote --commit", () => {
  it("commits the promoted lines on promote/<to>/<services> with the trailer, leaving the checkout alone", async () => {
    const repo = createTestRepo(exampleFiles());
    const head = repo.git("rev-parse", "HEAD");
    const result = await run(repo.dir);
    expect(result.status).toBe("committed");
    expect(result.branch).toBe(BRANCH);
    expect(repo.git("rev-parse", BRANCH)).toBe(result.commit);
    expect(repo.git("rev-parse", `${BRANCH}^`)).toBe(head);
    expect(repo.git("symbolic-ref", "--short", "HEAD")).toBe("main");
    expect(repo.git("status", "--porcelain")).toBe("");
    expect(repo.git("log", "-1", "--format=%B", BRANCH)).toBe(
      `Promote cms, web to prod

- cms: images[ghcr.io/example-org/cms].newTag 1.14.2 -> 1.15.0 (${CMS})
- web: images[ghcr.io/example-org/web].newTag 2.7.4 -> 2.8.1 (${WEB})

Promoted-From: staging@${head}`,
    );
    expect(repo.git("diff", "--name-only", "main", BRANCH).split("\n")).toEqual([CMS, WEB]);
    const changed = repo
      .git("diff", "--unified=0", "main", BRANCH)
      .split("\n")
      .filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual([
      "-    newTag: 1.14.2",
      "+    newTag: 1.15.0",
      "-    newTag: 2.7.4",
      "+    newTag: 2.8.1",
    ]);
  });

  it("makes no new commit when run again with the same result", async () => {
    const repo = createTestRepo(exampleFiles());
    const first = await run(repo.dir);
    const second = await run(repo.dir);
    expect(second.status).toBe("unchanged");
    expect(second.commit).toBe(first.commit);
    expect(repo.git("rev-list", "--count", BRANCH)).toBe("2");
  });

  it("works on a repo kept in a folder of a larger git work tree", async () => {
    const files = Object.fromEntries(Object.entries(exampleFiles()).map(([p, c]) => [`infra/${p}`, c]));
    const repo = createTestRepo(files);
    const result = await run(join(repo.dir, "infra"), { services: ["cms"] });
    expect(result.status).toBe("committed");
    expect(repo.git("diff", "--name-only", "main", "promote/prod/cms")).toBe(`infra/${CMS}`);
  });

  it("refuses a dirty working tree with exit-2 advice and commits nothing", async () => {
    const repo = createTestRepo(exampleFiles());
    writeFiles(repo.dir, {
      "apps/cms/overlays/staging/kustomization.yaml": "images: []\n",
      "notes.txt": "x\n",
    });
    const err = await userError(run(repo.dir));
    expect(err.message).toMatch(
      /^the working tree has uncommitted changes \(.*apps\/cms\/overlays\/staging\/kustomization\.yaml.*\); commit or stash them first/,
    );
    expect(repo.git("branch", "--list", "promote/*")).toBe("");
  });

  it("refuses a detached HEAD", async () => {
    const repo = createTestRepo(exampleFiles());
    repo.git("checkout", "--quiet", "--detach", "HEAD");
    const err = await userError(run(repo.dir));
    expect(err.message).toBe("HEAD is detached; check out the branch you promote from (e.g. main) first");
  });

  it("refuses a folder that is not in git", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-nogit-"));
    writeFiles(dir, exampleFiles());
    const err = await userError(run(dir));
    expect(err.message).toMatch(/is not inside a git repository/);
  });
});

describe("promote --push", () => {
  it("pushes the branch, and a re-run pushes nothing new", async () => {
    const repo = createTestRepo(exampleFiles());
    const first = await run(repo.dir, { mode: "push" });
    expect(first.status).toBe("pushed");
    expect(git(repo.remote, "rev-parse", BRANCH)).toBe(first.commit);
    const second = await run(repo.dir, { mode: "push" });
    expect(second.status).toBe("unchanged");
    expect(git(repo.remote, "rev-parse", BRANCH)).toBe(first.commit);
    expect(second.sourceSha).toBe(first.sourceSha);
  });

  it("keeps a branch that already holds the promotion after main moved on elsewhere", async () => {
    const repo = createTestRepo(exampleFiles());
    const first = await run(repo.dir, { mode: "push" });
    repo.commit("unrelated change", { "clusters/prod/extra.txt": "x\n" });
    repo.git("push", "--quiet", "origin", "main");
    const again = await run(repo.dir, { mode: "push" });
    expect(again.status).toBe("unchanged");
    expect(git(repo.remote, "rev-parse", BRANCH)).toBe(first.commit);
  });

  it("rebuilds its own branch on the new base when staging moved again", async () => {
    const repo = createTestRepo(exampleFiles());
    const first = await run(repo.dir, { mode: "push" });
    const files = exampleFiles();
    repo.commit("cms 1.16.0 to staging", {
      "apps/cms/overlays/staging/kustomization.yaml": files[
        "apps/cms/overlays/staging/kustomization.yaml"
      ]!.replace("1.15.0", "1.16.0"),
    });
    const second = await run(repo.dir, { mode: "push" });
    expect(second.status).toBe("pushed");
    expect(git(repo.remote, "rev-parse", `${BRANCH}^`)).toBe(repo.git("rev-parse", "HEAD"));
    expect(git(repo.remote, "show", `${BRANCH}:${CMS}`)).toContain("newTag: 1.16.0");
    expect(git(repo.remote, "show", `${BRANCH}:${WEB}`)).toContain("newTag: 2.8.1");
    expect(first.commit).not.toBe(second.commit);
  });

  it("keeps a reviewer's commit on the branch and adds the new promotion on top", async () => {
    const repo = createTestRepo(exampleFiles());
    const first = await run(repo.dir, { mode: "push" });
    const reviewer = createOtherClone(repo.remote, BRANCH);
    const fix = git(reviewer, "rev-parse", "HEAD");
    git(reviewer, "push", "--quiet", "origin", `HEAD:refs/heads/${BRANCH}`);
    const staging = "apps/cms/overlays/staging/kustomization.yaml";
    repo.commit("cms 1.16.0 to staging", { [staging]: exampleFiles()[staging]!.replace("1.15.0", "1.16.0") });
    const second = await run(repo.dir, { mode: "push" });
    expect(second.status).toBe("pushed");
    expect(git(repo.remote, "rev-parse", `${BRANCH}^`)).toBe(fix);
    expect(git(repo.remote, "rev-parse", `${BRANCH}^^`)).toBe(first.commit);
    expect(git(repo.remote, "show", `${BRANCH}:${CMS}`)).toContain("newTag: 1.16.0");
  });

  it("fetches, rebuilds on the moved branch and retries when another clone pushed first", async () => {
    const repo = createTestRepo(exampleFiles());
    // The other clone pushes to the promotion branch while our push is on its way (pre-push hook).
    const other = join(repo.dir, "..", "other");
    git(join(repo.dir, ".."), "clone", "--quiet", repo.remote, other);
    const hook = join(repo.dir, ".git", "hooks", "pre-push");
    writeFileSync(
      hook,
      `#!/bin/sh
marker="${join(repo.dir, "..", "raced")}"
[ -e "$marker" ] && exit 0
touch "$marker"
cd "${other}" || exit 1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
echo "drift note" > apps/cms/overlays/prod/NOTES.txt
git add -A && git -c user.name=Other -c user.email=o@example.com commit -q -m "other run" &&
git push -q origin HEAD:refs/heads/${BRANCH}
`,
    );
    chmodSync(hook, 0o755);
    const result = await run(repo.dir, { mode: "push" });
    expect(result.status).toBe("pushed");
    const tip = git(repo.remote, "rev-parse", BRANCH);
    expect(tip).toBe(result.commit);
    expect(git(repo.remote, "log", "--format=%s", BRANCH).split("\n").slice(0, 2)).toEqual([
      "Promote cms, web to prod",
      "other run",
    ]);
    expect(git(repo.remote, "show", `${BRANCH}:apps/cms/overlays/prod/NOTES.txt`)).toBe("drift note");
    expect(git(repo.remote, "show", `${BRANCH}:${CMS}`)).toContain("newTag: 1.15.0");
  });

  it("retries a push rejected because the branch moved between fetch and push", async () => {
    const repo = createTestRepo(exampleFiles());
    const other = createOtherClone(repo.remote);
    const head = repo.git("rev-parse", "HEAD");
    const g = new Git(repo.dir, { identity: IDENTITY });
    const parents: string[] = [];
    const result = await publish({
      git: g,
      prefix: "",
      branch: "promote/prod/x",
      headSha: head,
      push: true,
      remote: "origin",
      build: async (parent) => {
        parents.push(parent);
        if (parents.length === 1) {
          // Lands after our fetch saw no branch: our lease ("must not exist") is now stale.
          git(other, "push", "--quiet", "origin", "HEAD:refs/heads/promote/prod/x");
        }
        return Promise.resolve({
          files: [{ path: "x.txt", before: "", after: "ours\n" }],
          message: "ours\n",
        });
      },
    });
    expect(result.attempts).toBe(2);
    expect(parents).toEqual([head, git(other, "rev-parse", "HEAD")]);
    expect(git(repo.remote, "rev-parse", "promote/prod/x^")).toBe(git(other, "rev-parse", "HEAD"));
  });
});

describe("the push token", () => {
  it("travels only as one http.extraheader, replacing a checkout's, and never shows in errors", async () => {
    const token = "ghs_supersecrettoken123456"; // gitops:allow-secret (a test fixture)
    const header = `basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
    const repo = createTestRepo(exampleFiles());
    const remote = await serveBareRepo(repo.remote, header);
    try {
      repo.git("remote", "set-url", "origin", remote.url);
      // What actions/checkout leaves behind with persist-credentials: a header scoped to the host.
      const scope = new URL(remote.url);
      repo.git(
        "config",
        `http.${scope.protocol}//${scope.host}/.extraheader`,
        "AUTHORIZATION: basic b2xkOm9sZA==",
      );
      const logged: string[] = [];
      const result = await run(repo.dir, {
        mode: "push",
        git: { identity: IDENTITY, token, log: (l) => logged.push(l) },
      });
      expect(result.status).toBe("pushed");
      expect(git(repo.remote, "rev-parse", BRANCH)).toBe(result.commit);
      expect(remote.authorizations.length).toBeGreaterThan(0);
      expect(new Set(remote.authorizations)).toEqual(new Set([header]));
      expect(logged.join("\n")).not.toContain(token);
      expect(logged.join("\n")).not.toContain(header);
      expect(remote.url).not.toContain(token);

      // A wrong token is refused by the server; the error names the failure, not the token.
      const wrong = "ghs_wrongtokenvalue987654";
      const err = await userError(
        run(repo.dir, { mode: "push", services: ["cms"], git: { identity: IDENTITY, token: wrong } }),
      );
      expect(err.message).toMatch(/^cannot fetch promote\/prod\/cms from origin: /);
      expect(err.message).not.toContain(wrong);
      expect(err.message).not.toContain(Buffer.from(`x-access-token:${wrong}`).toString("base64"));
    } finally {
      await remote.close();
    }
  });

  it("scrubs every form of the token from git's output", () => {
    const token = "ghs_abcdefghijklmnop";
    const g = new Git("/", { token });
    const b64 = Buffer.from(`x-access-token:${token}`).toString("base64");
    expect(g.scrub(`header: basic ${b64}; url https://x:${token}@github.com`)).toBe(
      "header: basic ***; url https://x:***@github.com",
    );
  });
});

/** Another clone of `remote` (on `branch`) with one commit of someone else's on top. */
function createOtherClone(remote: string, branch = "main"): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-other-"));
  git(dir, "clone", "--quiet", "--branch", branch, remote, "clone");
  const clone = join(dir, "clone");
  git(clone, "commit", "--quiet", "--allow-empty", "-m", "someone else");
  return clone;
}
