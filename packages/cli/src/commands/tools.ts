import { delimiter, resolve } from "node:path";
import { ExitCode, UserError } from "../../../core/src/index.js";
import { installTools, loadManifest, PLATFORM_KEYS, type ToolSource } from "../../../tools/src/index.js";
import type { Command, CommandContext } from "../command.js";
import { formatTable } from "../table.js";

const HOW: Record<ToolSource, string> = { path: "on PATH", cache: "cached", download: "downloaded" };

/** `gitops tools`: the pinned tools, installed the way the setup-tools action does. */
export const toolsCommand: Command = {
  name: "tools",
  summary: "install the pinned, checksum-verified tools (kustomize, helm, ...) for local use",
  help: `Usage: gitops tools install [TOOL[@VERSION]...] [--manifest FILE] [--mirror URL] [--json]
       gitops tools list [--manifest FILE] [--json]

install  downloads each tool (default: kustomize helm kubeconform conftest kyverno gitleaks),
         checks its SHA-256 against the manifest before extracting it, and keeps it in
         ~/.cache/gitops-actions/tools ($XDG_CACHE_HOME, or $RUNNER_TOOL_CACHE in Actions),
         where every gitops command finds it. The requested version already on PATH is used
         as it is; a cached copy is verified again before reuse.
list     shows the pinned version of each tool and the platforms it has a SHA-256 for.

Options:
  --manifest FILE  a user manifest merged over the built-in one (other versions, mirrors)
  --mirror URL     base URL that replaces the scheme and host of every download URL`,
  options: {
    manifest: { type: "string" },
    mirror: { type: "string" },
  },
  maxPositionals: 64,
  async run(ctx) {
    const [sub, ...rest] = ctx.positionals;
    const manifest = ctx.options.manifest as string | undefined;
    if (manifest === "") throw new UserError("--manifest needs a file");
    if (sub === "install") return install(ctx, rest, manifest);
    if (sub === "list") {
      if (rest.length > 0) throw new UserError(`tools list: unexpected argument "${rest[0]}"`);
      return Promise.resolve(list(ctx, manifest));
    }
    throw new UserError(
      sub === undefined
        ? 'tools: expected "install" or "list"; run "gitops tools --help"'
        : `tools: unknown subcommand "${sub}"; expected "install" or "list"`,
    );
  },
};

async function install(ctx: CommandContext, tools: string[], manifest: string | undefined): Promise<number> {
  const result = await installTools({
    tools,
    manifestPath: manifest === undefined ? undefined : resolve(manifest),
    manifestDisplayPath: manifest,
    mirror: ctx.options.mirror as string | undefined,
    log: {
      info: (m) => {
        ctx.io.stderr(`${m}\n`);
      },
      warning: (m) => {
        ctx.io.stderr(`warning: ${m}\n`);
      },
    },
  });
  if (ctx.json) {
    const doc = {
      tools: result.tools.map(({ name, version, source, dir, path, sha256 }) => ({
        name,
        version,
        source,
        dir,
        path,
        ...(sha256 ? { sha256 } : {}),
      })),
      pathDirs: result.pathDirs,
    };
    ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
    return ExitCode.Clean;
  }
  const rows = result.tools.map((t) => [t.name, t.version, HOW[t.source], t.path]);
  ctx.io.stdout(formatTable(["TOOL", "VERSION", "FROM", "PATH"], rows) + "\n");
  if (result.pathDirs.length > 0) {
    ctx.io.stdout(
      `gitops commands find these without PATH changes; for your shell:\n  export PATH="${result.pathDirs.join(delimiter)}${delimiter}$PATH"\n`,
    );
  }
  return ExitCode.Clean;
}

function list(ctx: CommandContext, manifest: string | undefined): number {
  const loaded = loadManifest(manifest === undefined ? undefined : resolve(manifest), manifest);
  const pins = [...loaded.tools.values()];
  if (ctx.json) {
    const doc = {
      tools: pins.map((p) => ({
        name: p.name,
        version: p.version,
        platforms: pinned(p.sha256),
        origin: p.origin,
      })),
    };
    ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
    return ExitCode.Clean;
  }
  const rows = pins.map((p) => [p.name, p.version, pinned(p.sha256).join(" ") || "-", p.origin]);
  ctx.io.stdout(formatTable(["TOOL", "VERSION", "SHA-256 PINNED FOR", "MANIFEST"], rows) + "\n");
  return ExitCode.Clean;
}

function pinned(sha256: Partial<Record<string, string>>): string[] {
  return PLATFORM_KEYS.filter((k) => sha256[k] !== undefined);
}
