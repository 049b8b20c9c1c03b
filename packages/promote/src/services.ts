/**
 * Which services and overlays exist, and what promotion may copy for each.
 * Overlay folders come from the layout: its targets, and the folders it
 * skipped because they only hold Helm values (the values of a chart that an
 * Argo CD Application renders from elsewhere).
 */
import { minimatch } from "minimatch";
import { ID_PATTERN, UserError, type Layout, type PromotableImageField } from "../../core/src/index.js";

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

/** Every overlay of every service, from the layout's targets and its values-only folders. */
export function listOverlays(layout: Layout): Overlay[] {
  const out = new Map<string, Overlay>();
  const ids = [...layout.targets.map((t) => t.id), ...layout.skipped.map((s) => s.id)];
  for (const root of layout.config.targets.roots) {
    const pattern = root.split("/").filter((s) => s !== "" && s !== ".");
    const serviceAt = pattern.indexOf("{service}");
    if (serviceAt === -1) continue;
    for (const id of ids) {
      const segments = id.split("/");
      const names = matchRoot(pattern, segments);
      if (!names?.service || !names.env || out.has(`${names.service}\0${names.env}`)) continue;
      out.set(`${names.service}\0${names.env}`, {
        service: names.service,
        env: names.env,
        dir: id,
        serviceRoot: segments.slice(0, serviceAt + 1).join("/"),
      });
    }
  }
  return [...out.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}

function matchRoot(pattern: string[], segments: string[]): { service?: string; env?: string } | undefined {
  if (pattern.length !== segments.length) return undefined;
  const names: { service?: string; env?: string } = {};
  for (const [i, p] of pattern.entries()) {
    const s = segments[i] ?? "";
    if (p === "{service}" || p === "{env}") {
      if (!idPattern.test(s)) return undefined;
      names[p === "{service}" ? "service" : "env"] = s;
    } else if (p !== s && !minimatch(s, p)) {
      return undefined;
    }
  }
  return names;
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
