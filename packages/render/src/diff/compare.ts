import { createTwoFilesPatch } from "diff";
import { stringify } from "yaml";
import { redactSecrets, splitResources, type RenderedResource } from "./resources.js";

export type ChangeKind = "added" | "removed" | "changed";

/** One object that differs between base and head. */
export interface ResourceChange {
  key: string;
  kind: string;
  name: string;
  namespace?: string;
  change: ChangeKind;
  /** Unified diff of the object's YAML (secret values redacted). */
  patch: string;
}

/** How one target's rendered output changed. */
export interface TargetDiff {
  id: string;
  env: string;
  service?: string;
  /** The target appeared, disappeared, or changed; unchanged targets are left out. */
  status: ChangeKind;
  changes: ResourceChange[];
}

/**
 * Compares one target's rendered YAML at base and head, object by object
 * (apiVersion/kind/namespace/name), so reordering alone is not a change.
 */
export function compareTarget(
  meta: { id: string; env: string; service?: string },
  baseYaml: string | undefined,
  headYaml: string | undefined,
): TargetDiff | undefined {
  const base =
    baseYaml === undefined
      ? new Map<string, RenderedResource>()
      : splitResources(baseYaml, `base:${meta.id}`);
  const head =
    headYaml === undefined
      ? new Map<string, RenderedResource>()
      : splitResources(headYaml, `head:${meta.id}`);
  const changes: ResourceChange[] = [];
  for (const key of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const b = base.get(key);
    const h = head.get(key);
    const [bv, hv] = redactSecrets(b, h);
    const before = bv === undefined ? "" : stringify(bv, { lineWidth: 0, sortMapEntries: false });
    const after = hv === undefined ? "" : stringify(hv, { lineWidth: 0, sortMapEntries: false });
    if (before === after) continue;
    const r = (h ?? b) as RenderedResource;
    const change: ChangeKind = !b ? "added" : !h ? "removed" : "changed";
    const lines = createTwoFilesPatch(`a/${key}`, `b/${key}`, before, after, "", "", { context: 3 }).split(
      "\n",
    );
    // jsdiff opens with "Index:"/"===" lines that `git diff` readers don't expect.
    const patch = lines
      .slice(
        Math.max(
          0,
          lines.findIndex((l) => l.startsWith("--- ")),
        ),
      )
      .join("\n");
    const entry: ResourceChange = { key, kind: r.kind, name: r.name, change, patch };
    if (r.namespace) entry.namespace = r.namespace;
    changes.push(entry);
  }
  if (changes.length === 0) return undefined;
  const status: ChangeKind =
    baseYaml === undefined ? "added" : headYaml === undefined ? "removed" : "changed";
  const diff: TargetDiff = { id: meta.id, env: meta.env, status, changes };
  if (meta.service) diff.service = meta.service;
  return diff;
}
