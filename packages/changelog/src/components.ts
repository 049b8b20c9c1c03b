/**
 * Which environment and service a changed path belongs to: the env and service of every target
 * whose input graph (the files its render reads, from the repository model) holds the path. A
 * path no target reads (a README, `.github/`, `changelog/`) deploys nothing. A target with no
 * env (shared infrastructure) counts for every env; one with no service is the platform's.
 */
import type { RepoModel } from "../../core/src/index.js";
import { PLATFORM_SERVICE } from "./types.js";

/** An environment and service pair a path deploys to. */
export interface Component {
  env: string;
  service: string;
}

/** Maps a repo-relative path to the components it deploys to. */
export type Attribution = (path: string) => Component[];

/** The attribution of the model's targets, built once: files by name, folders by prefix. */
export function attributionOf(model: RepoModel): Attribution {
  const byFile = new Map<string, Component[]>();
  const byDir: { prefix: string; components: Component[] }[] = [];
  for (const t of model.targets) {
    const components = (t.env ? [t.env] : model.environments).map((env) => ({
      env,
      service: t.service ?? PLATFORM_SERVICE,
    }));
    const g = model.graph(t.id);
    for (const f of g.files) {
      const list = byFile.get(f) ?? [];
      list.push(...components);
      byFile.set(f, list);
    }
    for (const d of g.dirs) byDir.push({ prefix: d === "" ? "" : `${d}/`, components });
  }
  return (path) => {
    const all = [...(byFile.get(path) ?? [])];
    for (const d of byDir) if (path.startsWith(d.prefix)) all.push(...d.components);
    const seen = new Set<string>();
    return all.filter((c) => {
      const key = `${c.env}\0${c.service}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
}
