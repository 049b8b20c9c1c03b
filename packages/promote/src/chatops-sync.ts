/**
 * ChatOps `/sync <service> [env]` and `/status [service] [env]`, through the same comment
 * handling and RBAC as `/promote`: write access, plus one of the env's `promote.teams` when it
 * lists any. `/sync` asks Argo CD to sync the service's Applications in the env to their own
 * target revision (a comment can never choose the revision), answers in ONE reply, waits
 * (bounded: `syncWait`) for the syncs to end (chatops-sync-wait.ts) and completes that reply
 * with each outcome.
 */
import {
  ID_PATTERN,
  isUserError,
  loadModel,
  markdownCell,
  messageOf,
  UserError,
  type RepoModel,
} from "../../core/src/index.js";
import {
  collectStatus,
  connect,
  listRepoApplications,
  sourcesOf,
  statusRows,
  type Connection,
} from "../../argocd/src/index.js";
import { permissionProblem } from "./chatops.js";
import { postReply, quiet, react, reply, updateReply, type ChatThread } from "./chatops-reply.js";
import { appUrl, syncReplyText, type SyncHeading, type SyncOutcome } from "./chatops-sync-reply.js";
import { DEFAULT_SYNC_WAIT_MS, waitForSyncs, type SyncToWatch, type SyncWait } from "./chatops-sync-wait.js";
import type { ArgoAccess } from "./gate-argocd.js";
import { show } from "./services.js";

export interface ArgoChatOptions extends ChatThread {
  /** The infra-gitops checkout (the default branch). */
  repo: string;
  argocd?: ArgoAccess;
  /** How long `/sync` waits for the outcome before it answers "still running"; default 5 min. */
  syncWait?: SyncWait;
}

export type { SyncOutcome } from "./chatops-sync-reply.js";

export interface ArgoChatResult {
  status: "synced" | "reported" | "refused";
  reason?: string;
  replyUrl?: string;
  syncs?: SyncOutcome[];
}

type Kind = "sync" | "status";

const COMMAND = /^\/(sync|status)(?:\s|$)/;
const idPattern = new RegExp(ID_PATTERN);
/** Only what mapping to the model needs: names, projects and sources. */
const SYNC_FIELDS = [
  "items.metadata.name",
  "items.metadata.namespace",
  "items.spec.project",
  "items.spec.source",
  "items.spec.sources",
  // The last operation's start, to tell it from the one our sync request starts.
  "items.status.operationState.startedAt",
];

/** Handles a `/sync` or `/status` comment; undefined when the comment is neither. */
export async function handleArgoComment(options: ArgoChatOptions): Promise<ArgoChatResult | undefined> {
  const first = options.event.body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
  const kind = COMMAND.exec(first)?.[1] as Kind | undefined;
  if (!kind) return undefined;
  await react(options, "eyes");
  try {
    const words = parseWords(first.slice(kind.length + 1), kind);
    const model = await loadModel(options.repo);
    return kind === "sync" ? await runSync(options, model, words) : await runStatus(options, model, words);
  } catch (err) {
    if (isUserError(err)) return refuse(options, kind, err.message);
    const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : "";
    await reply(
      options,
      `@${options.event.user} /${kind} failed unexpectedly${run}: ${quiet(messageOf(err))}`,
    ).catch(() => undefined);
    await react(options, "confused").catch(() => undefined);
    throw err;
  }
}

/** The words after the command: plain names only, at most two (service, env). */
export function parseWords(rest: string, kind: Kind): string[] {
  const words = rest.split(/[\s,]+/).filter(Boolean);
  const usage = kind === "sync" ? '"/sync <service> [env]"' : '"/status [service] [env]"';
  if ((kind === "sync" && words.length === 0) || words.length > 2) throw new UserError(`write ${usage}`);
  for (const word of words) {
    if (!idPattern.test(word)) throw new UserError(`${show(word)} is not a service or environment name`);
  }
  return words;
}

async function runSync(options: ArgoChatOptions, model: RepoModel, words: string[]): Promise<ArgoChatResult> {
  const [service = "", named] = words;
  // No env named: the first of the chain, the one a stray /sync can do least harm to.
  const env = named ?? model.environments[0] ?? "";
  checkNames(model, service, env);
  const denied = await permissionProblem(
    options.github,
    options.event.user,
    env,
    model.config.promote.teams[env] ?? [],
    "sync",
  );
  if (denied) return refuse(options, "sync", denied);
  const { client, settings } = connectFor(options, model);
  const { mapped } = await listRepoApplications(client, model, settings, SYNC_FIELDS);
  const apps = mapped.filter((m) => m.env === env && m.service === service);
  if (apps.length === 0)
    return refuse(options, "sync", `no Argo CD Application at ${client.server} deploys ${service} in ${env}`);
  const syncs: SyncOutcome[] = [];
  const watch: SyncToWatch[] = [];
  for (const m of apps) {
    const project = m.live.spec?.project;
    const namespace = m.live.metadata?.namespace;
    const appNamespace = settings.appNamespace && namespace ? namespace : undefined;
    const targetRevision = sourcesOf(m.live)[m.sourceIndex]?.targetRevision;
    const url = appUrl(client.server, m.name, namespace);
    try {
      await client.syncApplication({
        name: m.name,
        ...(project ? { project } : {}),
        ...(appNamespace ? { appNamespace } : {}),
      });
      syncs.push({
        name: m.name,
        started: true,
        ...(targetRevision ? { targetRevision } : {}),
        ...(url ? { url } : {}),
      });
      const before = m.live.status?.operationState?.startedAt;
      watch.push({
        name: m.name,
        ...(project ? { project } : {}),
        ...(appNamespace ? { appNamespace } : {}),
        ...(before ? { before } : {}),
      });
    } catch (err) {
      if (!isUserError(err)) throw err;
      syncs.push({ name: m.name, started: false, message: err.message, ...(url ? { url } : {}) });
    }
  }
  const head: SyncHeading = { user: options.event.user, service, env, server: client.server };
  if (watch.length === 0) {
    const replyUrl = await reply(options, syncReplyText(head, syncs, { waitedMs: 0 }));
    await react(options, "confused");
    const reason = syncs.map((s) => `${s.name}: ${s.message ?? "refused"}`).join("; ");
    return { status: "refused", reason, replyUrl, syncs };
  }
  const wait = options.syncWait ?? { timeoutMs: DEFAULT_SYNC_WAIT_MS };
  // Answer at once, so the thread knows the sync started; the outcome completes the same reply.
  const posted = await postReply(options, syncReplyText(head, syncs, { waitingMs: wait.timeoutMs }));
  const ends = await waitForSyncs(client, watch, wait);
  for (const s of syncs) {
    const end = ends.get(s.name);
    if (end) s.end = end;
  }
  await updateReply(options, posted.id, syncReplyText(head, syncs, { waitedMs: wait.timeoutMs }));
  const failed = syncs.filter((s) => !s.started || s.end?.outcome === "failed");
  await react(options, failed.length === 0 ? "rocket" : "confused");
  const reason = failed.map(
    (s) => `${s.name}: ${s.started ? (s.end?.message ?? "failed") : (s.message ?? "refused")}`,
  );
  return {
    status: "synced",
    replyUrl: posted.url,
    syncs,
    ...(reason.length > 0 ? { reason: reason.join("; ") } : {}),
  };
}

async function runStatus(
  options: ArgoChatOptions,
  model: RepoModel,
  words: string[],
): Promise<ArgoChatResult> {
  const services = new Set(model.targets.flatMap((t) => (t.service ? [t.service] : [])));
  let service: string | undefined;
  let env: string | undefined;
  // One word is an env when it names one and no service; otherwise a service.
  if (words.length === 2) [service, env] = words;
  else if (words[0] !== undefined && model.environments.includes(words[0]) && !services.has(words[0]))
    env = words[0];
  else service = words[0];
  if (service !== undefined) checkNames(model, service, env);
  else if (env !== undefined) checkNames(model, undefined, env);
  const teams = env !== undefined ? (model.config.promote.teams[env] ?? []) : [];
  const denied = await permissionProblem(options.github, options.event.user, env ?? "", teams, "status");
  if (denied) return refuse(options, "status", denied);
  const { client, settings } = connectFor(options, model);
  const report = await collectStatus({
    model,
    client,
    appNamespace: settings.appNamespace,
    projects: settings.projects,
    graceMs: 0,
    failOnDrift: false,
    envs: env !== undefined ? [env] : [],
    services: service !== undefined ? [service] : [],
    ...(options.argocd?.now ? { now: options.argocd.now } : {}),
  });
  const scope = [service, env].filter(Boolean).join(" in ");
  const lines = [
    `@${options.event.user} Argo CD status${scope ? ` of ${scope}` : ""} at ${markdownCell(report.server)}: ` +
      `${report.applications.length} Application(s)`,
  ];
  if (report.applications.length > 0) {
    lines.push(
      "",
      "| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...statusRows(report.applications).map((row) => `| ${row.map((c) => markdownCell(c)).join(" | ")} |`),
    );
  }
  const [head = "", ...rest] = lines;
  const replyUrl = await reply(options, [head, ...rest.map(quiet)].join("\n") + "\n");
  await react(options, "+1");
  return { status: "reported", replyUrl };
}

function checkNames(model: RepoModel, service: string | undefined, env: string | undefined): void {
  if (env !== undefined && !model.environments.includes(env)) {
    throw new UserError(`unknown environment ${show(env)}; known: ${model.environments.join(", ")}`);
  }
  if (service === undefined) return;
  const known = [...new Set(model.targets.flatMap((t) => (t.service ? [t.service] : [])))].sort();
  if (!known.includes(service))
    throw new UserError(`unknown service ${show(service)}; known: ${known.join(", ")}`);
}

function connectFor(options: ArgoChatOptions, model: RepoModel): Connection {
  const timeout = options.argocd?.timeoutMs;
  return connect(
    options.argocd?.env ?? process.env,
    model.config.argocd,
    timeout ? { timeoutMs: timeout } : {},
  );
}

async function refuse(options: ArgoChatOptions, kind: Kind, reason: string): Promise<ArgoChatResult> {
  const run = options.runUrl ? `\n\n[Workflow run](${options.runUrl})` : "";
  const what = kind === "sync" ? "the sync was refused" : "the status request was refused";
  const replyUrl = await reply(options, `@${options.event.user} ${what}: ${quiet(reason)}${run}`);
  await react(options, "confused");
  return { status: "refused", reason, replyUrl };
}
