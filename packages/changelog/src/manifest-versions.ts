/** Versions pinned by Chart.yaml, Argo CD Applications and plain manifests' containers. */
import { repositoryOf, tagOf } from "./images.js";
import type { Path, Pinned, Reader } from "./versions.js";

const CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];

export function chartVersions(
  value: Record<string, unknown>,
  read: Reader,
  pinned: Map<string, Pinned>,
): void {
  const name = read(["name"]) ?? "chart";
  const version = read(["version"]);
  if (version) pinned.set(`chart:${name}`, { kind: "chart", name, ref: version });
  if (!Array.isArray(value.dependencies)) return;
  value.dependencies.forEach((_dep: unknown, i) => {
    const dep = read(["dependencies", i, "name"]);
    const v = read(["dependencies", i, "version"]);
    if (dep && v) pinned.set(`dependency:${dep}`, { kind: "chart", name: dep, ref: v });
  });
}

export function applicationRevisions(
  value: Record<string, unknown>,
  read: Reader,
  pinned: Map<string, Pinned>,
): void {
  const app = read(["metadata", "name"]) ?? "application";
  const spec: Path = value.kind === "ApplicationSet" ? ["spec", "template", "spec"] : ["spec"];
  const add = (source: Path, id: string) => {
    const revision = read([...source, "targetRevision"]);
    if (!revision) return;
    const name = read([...source, "chart"]) ?? app;
    pinned.set(`${value.kind === "ApplicationSet" ? "appset" : "app"}:${app}${id}`, {
      kind: "chart",
      name,
      ref: revision,
    });
  };
  add([...spec, "source"], "");
  const sources =
    value.kind === "ApplicationSet" ? undefined : (value.spec as { sources?: unknown } | undefined)?.sources;
  if (!Array.isArray(sources)) return;
  for (let i = 0; i < sources.length; i++) add([...spec, "sources", i], `[${i}]`);
}

/** Container images of plain manifests (Deployments, CronJobs, Pods ...), found at any depth. */
export function containerImages(
  value: unknown,
  at: string[],
  owner: string,
  pinned: Map<string, Pinned>,
): void {
  if (Array.isArray(value)) {
    for (const v of value as unknown[]) containerImages(v, at, owner, pinned);
    return;
  }
  if (!isRecord(value) || at.length > 8) return;
  for (const [key, child] of Object.entries(value)) {
    if (CONTAINER_LISTS.includes(key) && Array.isArray(child)) {
      for (const c of child) {
        if (isRecord(c) && typeof c.image === "string" && c.image !== "") {
          pinned.set(`container:${owner}/${str(c.name)}`, {
            kind: "image",
            name: repositoryOf(c.image),
            ref: c.image,
            tag: tagOf(c.image),
          });
        }
      }
    } else {
      containerImages(child, [...at, key], owner, pinned);
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
