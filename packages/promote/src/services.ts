/**
 * Which services and overlays exist, and what promotion may copy for each.
 * Overlay folders come from the repository model: folder targets, and the
 * env values folders of the charts Argo CD Applications render.
 */
import { basename } from "node:path";
import {
  ID_PATTERN,
  namesFromPath,
  serviceRoot,
  UserError,
  valueFilesOf,
  type Layout,
  type PromotableImageField,
} from "../../core/src/index.js";
import { checkOrder, promotableEnvs } from "./chain.js";

const idPattern = new RegExp(ID_PATTERN);

/** What promotion copies for one service. */
export interface FieldRules {
  images: PromotableImageField[];
  /** Dotted Helm value paths. */
  values: string[];
  chart: boolean;
  /** Files copied whole between env folders (relative to the folder). */
  files: string[];
}

/** An overlay folder: one service in one env. */
export interface Overlay {
  service: string;
  env: string;
  /** Folder relative to the repo. */
  dir: string;
  /** The service's own folder (the root pattern up to `{service}`), e.g. `apps/cms`. */
  serviceRoot: string;
  /** The ApplicationSet git-files generator config that makes this env's Application, e.g. `clusters/prod/config.json`. */
  config?: string;
}

/**
 * Every overlay of every service, from the repository model: a folder target's folder, or for an
 * Application target (a chart with env values) the folder of its env's value file.
 */
export function listOverlays(layout: Layout): Overlay[] {
  const out = new Map<string, Overlay>();
  const app = soleApp(layout);
  for (const t of app ? layout.targets.map((x) => appTarget(x, app)) : layout.targets) {
    if (!t.service || !t.env || out.has(`${t.service}\0${t.env}`)) continue;
    const config = generatorConfig(layout, t);
    const dir = t.origin === "application" ? (valuesFolder(layout, t) ?? parent(config)) : t.source;
    if (dir === undefined) continue;
    out.set(`${t.service}\0${t.env}`, {
      service: t.service,
      env: t.env,
      dir,
      serviceRoot: serviceRoot(dir, t.service) ?? serviceRoot(t.source, t.service) ?? dir,
      ...(config ? { config } : {}),
    });
  }
  return [...out.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}

/**
 * The service of an env-only repo (`env/<env>`, `envs/<env>` and no service anywhere): the repo
 * holds one app, named after the repository (its first URL, else its folder; `app` when neither
 * makes a plain name).
 */
export function soleApp(layout: Layout): string | undefined {
  if (layout.targets.some((t) => t.service)) return undefined;
  if (!layout.targets.some((t) => t.env && t.origin !== "application")) return undefined;
  const url = layout.repoURLs[0]?.replace(/\.git$/, "").replace(/\/+$/, "");
  const name = basename(url?.split(/[/:]/).at(-1) ?? layout.repo)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  return idPattern.test(name) ? name : "app";
}

/** An env folder of an env-only repo as an overlay of its one app. */
function appTarget(t: Layout["targets"][number], app: string): Layout["targets"][number] {
  return t.env && !t.service && t.origin !== "application" ? { ...t, service: app } : t;
}

/** The one git-files generator input of the target's Applications whose folder names its env. */
function generatorConfig(layout: Layout, t: Layout["targets"][number]): string | undefined {
  const apps = layout.applications.filter((a) => a.targets.includes(t.id) && a.applicationSet);
  const files = new Set(
    apps.flatMap((a) => a.inputs).filter((f) => namesFromPath(parent(f) ?? "").env === t.env),
  );
  return files.size === 1 ? [...files][0] : undefined;
}

function parent(path: string | undefined): string | undefined {
  return path?.split("/").slice(0, -1).join("/") || undefined;
}

/** The folder of an Application target's last value file that names its env, else of its Application file. */
function valuesFolder(layout: Layout, t: Layout["targets"][number]): string | undefined {
  const apps = layout.applications.filter((a) => a.targets.includes(t.id));
  const files = apps.flatMap(valueFilesOf);
  for (const f of [...files].reverse()) {
    const dir = f.split("/").slice(0, -1).join("/");
    if (dir && namesFromPath(dir).env === t.env) return dir;
  }
  // No env values file (a chart with inline values): the folder of the env's Application file.
  for (const a of apps) {
    const dir = a.file.split("/").slice(0, -1).join("/");
    if (dir && !a.applicationSet && namesFromPath(dir).env === t.env) return dir;
  }
  return undefined;
}

/** A checked promotion request: envs known and different, services plain ids with overlays in both. */
export interface PromotionRequest {
  from: string;
  to: string;
  /** Sorted, without duplicates. */
  services: string[];
}

/** Most services one promotion may name (a branch name holds them all). */
export const MAX_SERVICES = 50;

/**
 * Validates names before anything is read or written. Each mistake is a
 * `UserError` that names the value and lists what is known.
 */
export function checkRequest(
  layout: Layout,
  from: string,
  to: string,
  services: readonly string[],
  skip: readonly string[] = [],
): PromotionRequest {
  const envs = promotableEnvs(layout);
  for (const env of [from, to]) {
    if (!envs.includes(env)) {
      throw new UserError(`unknown environment ${show(env)}; known: ${envs.join(", ")}`);
    }
  }
  if (from === to)
    throw new UserError(`cannot promote from "${from}" to itself; name two different environments`);
  const overlays = listOverlays(layout);
  const known = [...new Set(overlays.map((o) => o.service))].sort();
  // A repo of one service (an env-only repo) needs no service named.
  if (services.length === 0 && known.length === 1) services = known;
  // An env the services are not deployed to is no step they skip.
  const deployed = new Set(overlays.filter((o) => services.includes(o.service)).map((o) => o.env));
  checkOrder(layout, from, to, skip, deployed);
  if (services.length === 0) {
    throw new UserError(`name at least one service to promote; known: ${known.join(", ") || "(none)"}`);
  }
  if (services.length > MAX_SERVICES) throw new UserError(`at most ${MAX_SERVICES} services per promotion`);
  for (const service of services) {
    // `..` and `.lock` are plain enough for a path segment but not for the branch name.
    if (!idPattern.test(service) || service.includes("..") || service.endsWith(".lock")) {
      throw new UserError(
        `service ${show(service)} is not a plain name (lower-case letters, digits, ".", "_", "-"; not starting with "-" or ".")`,
      );
    }
    if (!known.includes(service)) {
      throw new UserError(`unknown service ${show(service)}; known: ${known.join(", ") || "(none)"}`);
    }
    for (const env of [from, to]) {
      if (!overlays.some((o) => o.service === service && o.env === env)) {
        throw new UserError(`service "${service}" has no ${env} overlay`);
      }
    }
  }
  return { from, to, services: [...new Set(services)].sort() };
}

/** The overlay of `service` in `env` (which `checkRequest` made sure exists). */
export function overlayOf(layout: Layout, service: string, env: string): Overlay {
  const overlay = listOverlays(layout).find((o) => o.service === service && o.env === env);
  if (!overlay) throw new UserError(`service "${service}" has no ${env} overlay`);
  return overlay;
}

/** The promote config for one service: its overrides over the repo-wide lists. */
export function rulesFor(layout: Layout, service: string): FieldRules {
  const p = layout.config.promote;
  const own = p.services[service] ?? {};
  return {
    images: own.images ?? p.images,
    values: [...new Set([...(own.values ?? p.values), ...(own.extraValues ?? [])])],
    chart: own.chart ?? p.chart,
    files: own.files ?? p.files,
  };
}

/** A user-given value as it appears in a message: quoted, escaped, cut short. */
export function show(value: string): string {
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}
