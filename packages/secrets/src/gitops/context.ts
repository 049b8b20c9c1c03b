import { minimatch } from "minimatch";
import type { Layout } from "../../../core/src/index.js";

/** Where a file sits in the blueprint's layout. */
export interface PathContext {
  /** The overlay or target folder holding the file, when there is one. */
  overlay?: string;
  service?: string;
  env?: string;
}

/** An overlay folder: a target, or a folder under a root that holds only inputs (Helm values). */
export interface Overlay {
  id: string;
  env: string;
  service?: string;
}

/**
 * Service and env of repository paths, from the layout: a file inside a
 * target (or a values-only overlay, which the layout skips) takes that
 * folder's names; any other file takes what the root patterns' leading
 * segments name (`apps/cms/base/...` → service `cms`).
 */
export class LayoutContext {
  readonly overlays: Overlay[];

  constructor(private readonly layout: Layout) {
    const byId = new Map<string, Overlay>();
    for (const t of layout.targets)
      byId.set(t.id, { id: t.id, env: t.env, ...(t.service ? { service: t.service } : {}) });
    for (const s of layout.skipped) {
      const names = this.rootNames(s.id, true);
      if (names?.env)
        byId.set(s.id, { id: s.id, env: names.env, ...(names.service ? { service: names.service } : {}) });
    }
    // Longest first, so a nested folder wins over its parent.
    this.overlays = [...byId.values()].sort((a, b) => b.id.length - a.id.length || a.id.localeCompare(b.id));
  }

  /** The context of a repo-relative file path. */
  of(path: string): PathContext {
    const overlay = this.overlays.find((o) => path.startsWith(`${o.id}/`));
    if (overlay)
      return {
        overlay: overlay.id,
        env: overlay.env,
        ...(overlay.service ? { service: overlay.service } : {}),
      };
    return this.rootNames(path, false) ?? {};
  }

  /** The overlay a folder id names exactly, if any. */
  overlay(id: string): Overlay | undefined {
    return this.overlays.find((o) => o.id === id);
  }

  /**
   * Names the root patterns give `path`. With `whole`, the path must match a
   * root entirely; otherwise the longest matching prefix of a root counts.
   */
  private rootNames(path: string, whole: boolean): PathContext | undefined {
    const parts = path.split("/");
    let best: PathContext | undefined;
    let bestDepth = 0;
    for (const root of this.layout.config.targets.roots) {
      const segments = root.split("/").filter((s) => s !== "" && s !== ".");
      const names: PathContext = {};
      let depth = 0;
      for (const seg of segments) {
        const part = parts[depth];
        if (part === undefined || (!whole && depth === parts.length - 1)) break;
        if (seg === "{env}") names.env = part;
        else if (seg === "{service}") names.service = part;
        else if (seg !== part && !minimatch(part, seg)) break;
        depth++;
      }
      if (whole && (depth !== segments.length || depth !== parts.length)) continue;
      if ((names.env || names.service) && depth > bestDepth) {
        best = names;
        bestDepth = depth;
      }
    }
    return best;
  }
}
