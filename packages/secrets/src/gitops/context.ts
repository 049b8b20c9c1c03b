import { namesFromPath, type Layout } from "../../../core/src/index.js";

/** Where a file sits in the repository model. */
export interface PathContext {
  /** The overlay or target folder holding the file, when there is one. */
  overlay?: string;
  service?: string;
  env?: string;
}

/** An overlay folder: a target's folder, or a folder that holds an Application target's env values. */
export interface Overlay {
  id: string;
  env: string;
  service?: string;
}

/**
 * Service and env of repository paths, from the repository model: a file inside a
 * target's folder (or the folder of an Application target's value files) takes that
 * target's names; any other file takes what its path names (`apps/cms/base/...` →
 * service `cms`).
 */
export class LayoutContext {
  readonly overlays: Overlay[];

  constructor(layout: Layout) {
    const byId = new Map<string, Overlay>();
    const add = (id: string, env: string, service: string | undefined) => {
      if (!byId.has(id)) byId.set(id, { id, env, ...(service ? { service } : {}) });
    };
    for (const t of layout.targets) {
      if (t.origin !== "application") add(t.source, t.env, t.service);
      for (const spec of t.specs) {
        if (spec.type !== "helm" || !t.env) continue;
        for (const f of spec.valueFiles) {
          const dir = f.startsWith(layout.repo + "/")
            ? f
                .slice(layout.repo.length + 1)
                .split("/")
                .slice(0, -1)
                .join("/")
            : "";
          if (dir && namesFromPath(dir).env === t.env) add(dir, t.env, t.service);
        }
      }
    }
    // Longest first, so a nested folder wins over its parent.
    this.overlays = [...byId.values()].sort((a, b) => b.id.length - a.id.length || a.id.localeCompare(b.id));
  }

  /** The context of a repo-relative file path. */
  of(path: string): PathContext {
    const overlay = this.overlays.find((o) => o.id === "" || path.startsWith(`${o.id}/`));
    if (overlay)
      return {
        overlay: overlay.id,
        ...(overlay.env ? { env: overlay.env } : {}),
        ...(overlay.service ? { service: overlay.service } : {}),
      };
    const names = namesFromPath(path.split("/").slice(0, -1).join("/"));
    return {
      ...(names.env ? { env: names.env } : {}),
      ...(names.service ? { service: names.service } : {}),
    };
  }

  /** The overlay a folder id names exactly, if any. */
  overlay(id: string): Overlay | undefined {
    return this.overlays.find((o) => o.id === id);
  }
}
