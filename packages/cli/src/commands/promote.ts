import { ExitCode, UserError } from "../../../core/src/index.js";
import {
  githubFromEnv,
  MAX_SERVICES,
  promote,
  tokenFromEnv,
  type PromoteMode,
  type PromoteResult,
} from "../../../promote/src/index.js";
import type { Command, CommandContext } from "../command.js";
import { formatTable } from "../table.js";

/** `gitops promote <from> <to> <service...>`: copy promotable fields from one env's overlays to the next. */
export const promoteCommand: Command = {
  name: "promote",
  summary: "copy promotable fields (image tags, digests, chart versions) from one env to the next",
  help: `Usage: gitops promote <from> <to> <service>... [--dry-run | --commit | --push | --pr] [--json] [--repo DIR]

Copies only the promotable fields of each service from the <from> overlay to the <to>
overlay: kustomize images[] newName/newTag/digest, Helm values image.tag/image.digest
(plus promote.values in .gitops.yaml), and chart versions. Everything else stays.

Modes (default: edit the working tree and print the changes):
  --dry-run             print the unified diff on stdout; write nothing
  --commit              commit on the branch promote/<to>/<services> (working tree untouched)
  --push                also push that branch (fetch, rebuild and retry when it moved)
  --pr                  also open the pull request, or update the open one

--commit, --push and --pr promote HEAD of a clean checkout on a branch (the PR's base): a dirty
working tree or a detached HEAD is refused. A refused or interrupted push changes nothing on
your branch; run the same command again (a commit already on the promotion branch is reused).

Options:
  --require-check NAME  a check run that must have passed on HEAD before pushing (repeatable;
                        adds to promote.requiredChecks)
  --base BRANCH         the pull request's base (default: the branch checked out)
  --remote NAME         the remote to push to (default: origin)
  --github-repo O/N     the GitHub repository (default: GITHUB_REPOSITORY or the origin URL)

Environment: GITHUB_TOKEN (or GH_TOKEN) for --pr and the required-checks gate, also sent to
git as an http.extraheader for --push; GITHUB_API_URL for GitHub Enterprise Server.
Exit codes: 0 promoted or nothing to promote, 1 refused by the gate, 2 bad input.`,
  options: {
    "dry-run": { type: "boolean" },
    commit: { type: "boolean" },
    push: { type: "boolean" },
    pr: { type: "boolean" },
    "require-check": { type: "string", multiple: true },
    base: { type: "string" },
    remote: { type: "string" },
    "github-repo": { type: "string" },
  },
  maxPositionals: 2 + MAX_SERVICES,
  async run(ctx) {
    const [from, to, ...services] = ctx.positionals;
    if (from === undefined || to === undefined || services.length === 0) {
      throw new UserError('promote needs <from> <to> <service>...; run "gitops promote --help"');
    }
    const mode = modeOf(ctx);
    const env = process.env;
    const token = tokenFromEnv(env);
    const github =
      mode === "push" || mode === "pr"
        ? await githubFromEnv(env, ctx.repo, text(ctx, "github-repo"))
        : undefined;
    const base = text(ctx, "base");
    const remote = text(ctx, "remote");
    const result = await promote({
      repo: ctx.repo,
      from,
      to,
      services,
      mode,
      ...(github ? { github } : {}),
      requiredChecks: (ctx.options["require-check"] as string[] | undefined) ?? [],
      git: token ? { token } : {},
      ...(base ? { base } : {}),
      ...(remote ? { remote } : {}),
    });
    if (ctx.json) ctx.io.stdout(JSON.stringify(toJson(result), null, 2) + "\n");
    else printResult(ctx, result);
    return result.status === "refused" ? ExitCode.Findings : ExitCode.Clean;
  },
};

function text(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function modeOf(ctx: CommandContext): PromoteMode {
  const picked = (["dry-run", "commit", "push", "pr"] as const).filter((m) => ctx.options[m] === true);
  if (picked.includes("dry-run") && picked.length > 1) {
    throw new UserError(
      `--dry-run writes nothing; it cannot be combined with --${picked.filter((m) => m !== "dry-run").join(", --")}`,
    );
  }
  // --pr implies --push implies --commit: the strongest one asked for wins.
  for (const mode of ["pr", "push", "commit", "dry-run"] as const) if (picked.includes(mode)) return mode;
  return "edit";
}

function toJson(r: PromoteResult) {
  return {
    status: r.status,
    from: r.request.from,
    to: r.request.to,
    services: r.request.services,
    changes: r.changes.map(({ service, file, field, from, to }) => ({ service, file, field, from, to })),
    drift: r.drift.items,
    notes: r.notes,
    ...(r.sourceSha ? { sourceSha: r.sourceSha } : {}),
    ...(r.branch ? { branch: r.branch } : {}),
    ...(r.commit ? { commit: r.commit } : {}),
    ...(r.pr ? { pr: { number: r.pr.number, url: r.pr.url, action: r.pr.action } } : {}),
    ...(r.diff !== undefined ? { diff: r.diff } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
  };
}

function printResult(ctx: CommandContext, r: PromoteResult): void {
  const { request } = r;
  const out = ctx.io.stdout;
  const err = ctx.io.stderr;
  for (const note of r.notes) err(`note: ${note}\n`);
  if (r.status === "nothing") {
    out(
      `nothing to promote: ${request.to} already has what ${request.from} has for ${request.services.join(", ")}\n`,
    );
    return;
  }
  const rows = r.changes.map((c) => [c.service, c.file, c.field, c.from ?? "(unset)", c.to ?? "(unset)"]);
  const table =
    formatTable(["SERVICE", "FILE", "FIELD", `FROM (${request.to})`, `TO (${request.from})`], rows) + "\n";
  // With --dry-run stdout is the diff alone, so it can go straight to `git apply`.
  if (r.status === "dry-run") {
    err(table);
    out(r.diff ?? "");
  } else {
    out(table);
  }
  const driftCount = r.drift.items.length + r.drift.omitted;
  if (driftCount > 0)
    err(`${driftCount} other field(s) differ between the overlays and are not promoted (see --json)\n`);
  const say = r.status === "dry-run" ? err : out;
  say(statusLine(r) + "\n");
}

function statusLine(r: PromoteResult): string {
  const short = r.commit?.slice(0, 12) ?? "";
  const pr = r.pr ? `; pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}` : "";
  switch (r.status) {
    case "dry-run":
      return "dry run: nothing was written";
    case "edited":
      return `edited ${new Set(r.changes.map((c) => c.file)).size} file(s) in the working tree`;
    case "committed":
      return `committed ${short} on ${r.branch ?? ""}`;
    case "pushed":
      return `pushed ${short} to ${r.branch ?? ""}${pr}`;
    case "unchanged":
      return `${r.branch ?? ""} already holds this promotion (${short})${pr}`;
    case "refused":
      return `promotion refused: ${r.reason ?? ""}`;
    default:
      return r.status;
  }
}
