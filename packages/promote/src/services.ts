/**
 * Which services and overlays exist, and what promotion may copy for each.
 * Overlay folders come from the repository model: folder targets, and the
 * env values folders of the charts Argo CD Applications render.
 */
import {
  ID_PATTERN,
  namesFromPath,
  serviceRoot,
  UserError,
  valueFilesOf,
  type Layout,
  type PromotableImageField,
} from "../../core/src/index.js";

const idPattern = new RegExp(ID_PATTERN);

/** What promotion copies for one service. */
export interface FieldRules {
  images: PromotableImageField[];
  /** Dotted Helm value paths. */
  values: string[];
  chart: boolean;
}

/** An overlay folder: one service in one env. */
export interface Overlay {
  service: string;
  env: string;
  /** Folder relative to the repo. */
  dir: string;
  /** The service's own folder (the root pattern up to `{service}`), e.g. `apps/cms`. */
  serviceRoot: string;
}

/**
 * Every overlay of every service, from the repository model: a folder target's folder, or for an
 * Application target (a chart with env values) the folder of its env's value file.
 */
export function listOverlays(layout: Layout): Overlay[] {
  const out = new Map<string, Overlay>();
  for (const t of layout.targets) {
    if (!t.service || !t.env || out.has(`${t.service}\0${t.env}`)) continue;
    const dir = t.origin === "application" ? valuesFolder(layout, t) : t.source;
    if (dir === undefined) continue;
    out.set(`${t.service}\0${t.env}`, {
      service: t.service,
      env: t.env,
      dir,
      serviceRoot: serviceRoot(dir, t.service) ?? serviceRoot(t.source, t.service) ?? dir,
    });
  }
  return [...out.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The folder of an Application target's last value file that names its env. */
function valuesFolder(layout: Layout, t: Layout["targets"][number]): string | undefined {
  const apps = layout.applications.filter((a) => a.targets.includes(t.id));
  const files = apps.flatMap(valueFilesOf);
  for (const f of [...files].reverse()) {
    const dir = f.split("/").slice(0, -1).join("/");
    if (dir && namesFromPath(dir).env === t.env) return dir;
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
): PromotionRequest {
  const envs = layout.environments;
  for (const env of [from, to]) {
    if (!envs.includes(env)) {
      throw new UserError(`unknown environment ${show(env)}; known: ${envs.join(", ")}`);
    }
  }
  if (from === to)
    throw new UserError(`cannot promote from "${from}" to itself; name two different environments`);
  if (services.length === 0) throw new UserError("name at least one service to promote");
  if (services.length > MAX_SERVICES) throw new UserError(`at most ${MAX_SERVICES} services per promotion`);
  const overlays = listOverlays(layout);
  const known = [...new Set(overlays.map((o) => o.service))].sort();
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
  };
}

/** A user-given value as it appears in a message: quoted, escaped, cut short. */
export function show(value: string): string {
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}
