/**
 * Which environment and service a changed path belongs to. The rules follow
 * the blueprint's layout, not the render graph, so a changelog needs nothing
 * but Git:
 *
 * - `apps/<svc>/overlays/<env>/**`: that env only;
 * - anything else under `apps/<svc>/` (`base/`, `components/`, ...): every env;
 * - `clusters/<env>/**`, `environments/<env>/**`, `argo-apps/<env>/**`: the
 *   platform service in that env; the same roots outside an env folder, and
 *   `policies/**`, count for every env;
 * - everything else (README.md, .github/, changelog/ ...) is not deployed.
 */
import { ID_PATTERN } from "../../core/src/index.js";
import { PLATFORM_SERVICE } from "./types.js";

/** An environment and service pair a path deploys to. */
export interface Component {
  env: string;
  service: string;
}

const PLATFORM_ROOTS = new Set(["clusters", "environments", "argo-apps"]);
const id = new RegExp(ID_PATTERN);

/**
 * The components `path` deploys to. `environments` are the configured ones,
 * in promotion order; an overlay or platform folder of another name (`dev`)
 * is an env of its own. Names that cannot be an env or service id are not
 * components (the layout refuses them as targets too).
 */
export function componentsOf(path: string, environments: readonly string[]): Component[] {
  const segs = path.split("/");
  const [root, second, third, fourth] = segs;
  if (root === "apps" && second && segs.length >= 3) {
    if (!id.test(second)) return [];
    if (third === "overlays" && fourth && segs.length >= 5) {
      return id.test(fourth) ? [{ env: fourth, service: second }] : [];
    }
    return environments.map((env) => ({ env, service: second }));
  }
  if (root && PLATFORM_ROOTS.has(root) && second) {
    // Under a platform root only a configured env names a folder; `clusters/common/` is shared.
    if (segs.length >= 3 && environments.includes(second))
      return [{ env: second, service: PLATFORM_SERVICE }];
    return environments.map((env) => ({ env, service: PLATFORM_SERVICE }));
  }
  if (root === "policies" && segs.length >= 2) {
    return environments.map((env) => ({ env, service: PLATFORM_SERVICE }));
  }
  return [];
}
