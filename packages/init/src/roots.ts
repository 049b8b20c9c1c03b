import { CONFIG_FILE, kindOfFolder, type RepoModel, type Target } from "../../core/src/index.js";
import { expandRoots } from "../../core/src/model/roots.js";

/** A `targets.roots` entry init can pin, with the targets it stands for. */
export interface PinnedRoot {
  root: string;
  /** Ids of the targets discovery found that it matches. */
  targets: string[];
}

/**
 * The `targets.roots` that give back exactly the folder targets discovery found: each found
 * folder's path with the segment naming its env written `{env}` and the one naming its service
 * `{service}`. Roots replace discovery of folders, so they are pinned only when, expanded
 * here, they match every found folder with the same env and service and no other folder that
 * would render (a folder of Helm values an Application reads is matched harmlessly: it holds
 * nothing to render). Otherwise discovery keeps deciding, and the note says why.
 */
export function pinnableRoots(model: RepoModel): { roots?: PinnedRoot[]; note: string } {
  const folders = model.targets.filter((t) => t.origin === "layout");
  if (folders.length === 0) return { note: "discovery found no folder targets, only Argo CD Applications" };
  const byRoot = new Map<string, string[]>();
  for (const t of folders) {
    const root = rootOf(t.id, t.env, t.service);
    if (root === undefined) {
      return {
        note: `the env or service of ${t.id} comes from the Applications that deploy it, which roots cannot say`,
      };
    }
    byRoot.set(root, [...(byRoot.get(root) ?? []), t.id]);
  }
  const exact = [...byRoot].map(([root, targets]) => ({ root, targets }));
  const wider = widen(exact);
  if (wider && check(model, folders, wider) === undefined) return { roots: wider, note: "" };
  const problem = check(model, folders, exact);
  return problem === undefined ? { roots: exact, note: "" } : { note: problem };
}

/**
 * The roots with a last literal segment written `*` (`{service}/operator/overlays/*`), merged;
 * undefined when that changes none. One-segment roots stay as they are: `*` would be every folder.
 */
function widen(roots: PinnedRoot[]): PinnedRoot[] | undefined {
  const byRoot = new Map<string, string[]>();
  let changed = false;
  for (const r of roots) {
    const segs = r.root.split("/");
    const last = segs.at(-1) ?? "";
    const wide = segs.length > 1 && !last.startsWith("{") ? [...segs.slice(0, -1), "*"].join("/") : r.root;
    changed ||= wide !== r.root;
    byRoot.set(wide, [...(byRoot.get(wide) ?? []), ...r.targets]);
  }
  return changed ? [...byRoot].map(([root, targets]) => ({ root, targets: targets.sort() })) : undefined;
}

/** Why `roots` would not give back the folder targets discovery found, or undefined when they do. */
function check(
  model: RepoModel,
  folders: readonly Target[],
  roots: readonly PinnedRoot[],
): string | undefined {
  const wanted = new Map(folders.map((t) => [t.id, t]));
  let matches;
  try {
    matches = expandRoots(
      model.repo,
      roots.map((r) => r.root),
      model.outputDirs,
    );
  } catch {
    return `a folder name cannot be written as a root in ${CONFIG_FILE}`;
  }
  const seen = new Set<string>();
  for (const m of matches) {
    const t = wanted.get(m.id);
    if (!t) {
      if (kindOfFolder(m.dir) === undefined) continue;
      return `pinning would also make ${m.id} a target, which discovery leaves out`;
    }
    if ((m.names.env ?? "") !== t.env || m.names.service !== t.service) {
      return `pinning would name ${m.id} differently than discovery does`;
    }
    seen.add(m.id);
  }
  const missed = folders.find((t) => !seen.has(t.id));
  return missed ? `pinning would lose ${missed.id}` : undefined;
}

/** The root pattern of one folder target, or undefined when its path does not name its env and service. */
function rootOf(id: string, env: string, service: string | undefined): string | undefined {
  const segs = id.split("/");
  const envAt = env ? segs.lastIndexOf(env) : -1;
  if (env && envAt === -1) return undefined;
  const serviceAt = service ? segs.lastIndexOf(service) : -1;
  if (service && (serviceAt === -1 || serviceAt === envAt)) return undefined;
  return segs
    .map((s, i) => {
      if (i === envAt) return "{env}";
      if (i === serviceAt) return "{service}";
      return s;
    })
    .join("/");
}
