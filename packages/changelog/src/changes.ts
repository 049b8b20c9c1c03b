/** The changes one file brings to an entry: versions that moved, then the file itself. */
import type { ChangedFile } from "./history.js";
import { compareVersions } from "./images.js";
import { pinnedIn, type Pinned } from "./versions.js";
import type { Change } from "./types.js";

const YAML_FILE = /(\.ya?ml|(^|\/)Kustomization)$/;

/** True for files whose versions we read (YAML); others only count as config changes. */
export function holdsVersions(path: string): boolean {
  return YAML_FILE.test(path);
}

/** What a file's change means for its entry. */
export interface FileChanges {
  changes: Change[];
  /** An image tag moved backwards (by semantic version): a rollback. */
  rollback: boolean;
}

/**
 * Compares the versions pinned in `file` before and after the commit
 * (`before`/`after` are the texts, undefined where the file did not exist)
 * and lists each that moved, followed by the file as a config change.
 */
export function fileChanges(
  file: ChangedFile,
  before: string | undefined,
  after: string | undefined,
): FileChanges {
  const changes: Change[] = [];
  let rollback = false;
  if (holdsVersions(file.path)) {
    const old = before === undefined ? new Map<string, Pinned>() : pinnedIn(file.path, before);
    const now = after === undefined ? new Map<string, Pinned>() : pinnedIn(file.path, after);
    for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
      const a = old.get(id);
      const b = now.get(id);
      if (a?.ref === b?.ref) continue;
      const kind = (b ?? a)?.kind ?? "image";
      changes.push({
        kind,
        name: (b ?? a)?.name ?? id,
        from: a?.ref ?? null,
        to: b?.ref ?? null,
        file: file.path,
      });
      if (kind === "image" && a?.tag && b?.tag && (compareVersions(b.tag, a.tag) ?? 0) < 0) rollback = true;
    }
  }
  changes.push({
    kind: "config",
    name: file.path,
    from: null,
    to: null,
    file: file.path,
    status: file.status,
  });
  return { changes, rollback };
}

/**
 * Orders changes images first, then charts, then files, keeping each group's
 * order, and drops a version change that another file of the entry already
 * reported identically (a base Deployment and its overlay's `images[]` moving
 * the same image): the files still appear as config changes.
 */
export function tidyChanges(changes: readonly Change[]): Change[] {
  const rank = { image: 0, chart: 1, config: 2 } as const;
  const seen = new Set<string>();
  return changes
    .filter((c) => {
      if (c.kind === "config") return true;
      const key = JSON.stringify([c.kind, c.name, c.from, c.to]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank[x.c.kind] - rank[y.c.kind] || x.i - y.i)
    .map((x) => x.c);
}
