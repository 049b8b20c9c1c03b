import { ExitCode, UserError } from "../../../core/src/index.js";
import {
  bump,
  checkChartVersion,
  checkSourceCommit,
  checkSourceRepository,
  parseImageRef,
  tokenFromEnv,
  type BumpMode,
  type BumpResult,
  type BumpTarget,
} from "../../../promote/src/index.js";
import type { Command, CommandContext } from "../command.js";
import { formatTable } from "../table.js";

/** `gitops bump <env> <service> --image REF`: set the image one service deploys in one env. */
export const bumpCommand: Command = {
  name: "bump",
  summary: "set the image tag/digest (or chart version) a service deploys in one env",
  help: `Usage: gitops bump <env> <service> (--image REF | --chart-version V [--chart NAME])
                   [--dry-run | --commit] [--source-repository O/N] [--source-commit SHA] [--json] [--repo DIR]

Sets the field that deploys the image REF names (registry and path included) in the <env>
files of <service>, found as promote finds them: kustomize images[] newTag/digest (matched by
newName, else name) and Helm values image.tag/image.digest (plus the maps of promote.values
paths), matched by their repository. Comments and formatting stay; other envs are never read
for writing. Already at REF: nothing changes.

  --image REF           name:tag, name@sha256:<64 hex> or name:tag@sha256:<64 hex>
  --chart-version V     pin a chart's version instead (Chart.yaml dependencies, Application
                        chart sources' targetRevision); --chart NAME when the service pins several

Modes (default: edit the working tree and print the changes):
  --dry-run             print the unified diff on stdout; write nothing
  --commit              write and commit on the branch checked out (a clean checkout), as
                        "bump <service> in <env> to <tag>"
  --source-repository O/N, --source-commit SHA
                        add Source-Repository: / Source-Commit: trailers to the commit

Exit codes: 0 bumped or already there, 2 bad input (an unknown env, service or image, a bad REF).`,
  options: {
    image: { type: "string" },
    "chart-version": { type: "string" },
    chart: { type: "string" },
    "dry-run": { type: "boolean" },
    commit: { type: "boolean" },
    "source-repository": { type: "string" },
    "source-commit": { type: "string" },
  },
  maxPositionals: 2,
  async run(ctx) {
    const [env, service] = ctx.positionals;
    if (env === undefined || service === undefined) {
      throw new UserError('bump needs <env> <service> and --image REF; run "gitops bump --help"');
    }
    const sourceRepository = text(ctx, "source-repository");
    const sourceCommit = text(ctx, "source-commit");
    const token = tokenFromEnv(process.env);
    const result = await bump({
      repo: ctx.repo,
      env,
      service,
      target: targetOf(ctx),
      mode: modeOf(ctx),
      ...(sourceRepository ? { sourceRepository: checkSourceRepository(sourceRepository) } : {}),
      ...(sourceCommit ? { sourceCommit: checkSourceCommit(sourceCommit) } : {}),
      git: token ? { token } : {},
    });
    if (ctx.json) ctx.io.stdout(JSON.stringify(toJson(result), null, 2) + "\n");
    else printResult(ctx, result);
    return ExitCode.Clean;
  },
};

function text(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function targetOf(ctx: CommandContext): BumpTarget {
  const image = ctx.options.image;
  const version = ctx.options["chart-version"];
  const chart = text(ctx, "chart");
  if (typeof image === "string" && typeof version === "string") {
    throw new UserError("give --image or --chart-version, not both");
  }
  if (typeof image === "string") {
    if (chart) throw new UserError("--chart goes with --chart-version, not --image");
    return { image: parseImageRef(image) };
  }
  if (typeof version === "string") {
    return { chartVersion: checkChartVersion(version), ...(chart ? { chart } : {}) };
  }
  throw new UserError('bump needs --image REF (or --chart-version V); run "gitops bump --help"');
}

function modeOf(ctx: CommandContext): BumpMode {
  if (ctx.options["dry-run"] === true && ctx.options.commit === true) {
    throw new UserError("--dry-run writes nothing; it cannot be combined with --commit");
  }
  if (ctx.options["dry-run"] === true) return "dry-run";
  return ctx.options.commit === true ? "commit" : "edit";
}

function toJson(r: BumpResult) {
  return {
    status: r.status,
    env: r.env,
    service: r.service,
    to: r.to,
    changes: r.changes.map(({ service, file, field, from, to }) => ({ service, file, field, from, to })),
    notes: r.notes,
    ...(r.commit ? { commit: r.commit } : {}),
    ...(r.diff !== undefined ? { diff: r.diff } : {}),
  };
}

function printResult(ctx: CommandContext, r: BumpResult): void {
  const err = ctx.io.stderr;
  for (const note of r.notes) err(`note: ${note}\n`);
  if (r.status === "nothing") {
    ctx.io.stdout(`nothing to bump: ${r.service} in ${r.env} is already at ${r.to}\n`);
    return;
  }
  const rows = r.changes.map((c) => [c.file, c.field, c.from ?? "(unset)", c.to ?? "(unset)"]);
  const table = formatTable(["FILE", "FIELD", "FROM", "TO"], rows) + "\n";
  // With --dry-run stdout is the diff alone, so it can go straight to `git apply`.
  if (r.status === "dry-run") {
    err(table);
    ctx.io.stdout(r.diff ?? "");
    err("dry run: nothing was written\n");
    return;
  }
  ctx.io.stdout(table);
  const files = new Set(r.changes.map((c) => c.file)).size;
  ctx.io.stdout(
    r.status === "committed"
      ? `committed ${r.commit?.slice(0, 12) ?? ""}: bumped ${r.service} in ${r.env} to ${r.to}\n`
      : `edited ${files} file(s) in the working tree\n`,
  );
}
