/**
 * The versioned things a YAML file pins: kustomize `images[]`, Helm values
 * `image.*`, container images of plain manifests, Chart.yaml versions and
 * dependencies, and the `targetRevision` of Argo CD Applications.
 */
import { isScalar } from "yaml";
import { parseYaml, type YamlDocument } from "../../core/src/index.js";
import { imageRef } from "./images.js";
import { applicationRevisions, chartVersions, containerImages } from "./manifest-versions.js";

/** One pinned version, keyed in its file by an id that survives the version changing. */
export interface Pinned {
  kind: "image" | "chart";
  /** Image repository, chart name, or Application name. */
  name: string;
  /** The full reference (`repo:tag@digest`) for images, the version for charts. */
  ref: string;
  /** An image's tag, compared as a version to spot rollbacks. */
  tag?: string;
}

/** A key path into a YAML document. */
export type Path = (string | number)[];

const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const VALUES = /(^|\/)values[^/]*\.ya?ml$/;
const CHART = /(^|\/)Chart\.yaml$/;

/**
 * Everything `text` (the file at `path`) pins, keyed by a stable id. A file
 * that does not parse pins nothing: an old commit with broken YAML, or a Helm
 * template, still counts as a config change but reports no versions.
 */
export function pinnedIn(path: string, text: string): Map<string, Pinned> {
  const pinned = new Map<string, Pinned>();
  let documents: YamlDocument[];
  try {
    documents = parseYaml(text, path).documents;
  } catch {
    return pinned;
  }
  for (const document of documents) {
    const read = reader(document);
    const value = document.value;
    if (!isRecord(value)) continue;
    if (KUSTOMIZATION.test(path) || value.kind === "Kustomization" || value.kind === "Component") {
      kustomizeImages(value, read, pinned);
    } else if (VALUES.test(path)) {
      helmImages(value, [], read, pinned);
    } else if (CHART.test(path)) {
      chartVersions(value, read, pinned);
    } else if (value.kind === "Application" || value.kind === "ApplicationSet") {
      applicationRevisions(value, read, pinned);
    } else {
      containerImages(
        value,
        [],
        `${str(value.kind)}/${str(isRecord(value.metadata) ? value.metadata.name : "")}`,
        pinned,
      );
    }
  }
  return pinned;
}

/** Reads a scalar as written: `tag: 1.10` is "1.10", not the number 1.1. */
function reader(document: YamlDocument): (path: Path) => string | undefined {
  return (path) => {
    const node = document.doc.getIn(path, true);
    if (!isScalar(node)) return undefined;
    const value = node.value;
    if (typeof value === "number" && typeof node.source === "string") return node.source;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : undefined;
  };
}

function kustomizeImages(value: Record<string, unknown>, read: Reader, pinned: Map<string, Pinned>): void {
  if (!Array.isArray(value.images)) return;
  value.images.forEach((image: unknown, i) => {
    const name = isRecord(image) ? read(["images", i, "name"]) : undefined;
    if (!name) return;
    const repo = read(["images", i, "newName"]) ?? name;
    const tag = read(["images", i, "newTag"]);
    const ref = imageRef(repo, tag, read(["images", i, "digest"]));
    pinned.set(`kustomize:${name}`, { kind: "image", name, ref, tag });
  });
}

/** `image:` maps at any depth up to 3 (`image`, `worker.image`, `sub.worker.image`). */
function helmImages(
  value: Record<string, unknown>,
  at: string[],
  read: Reader,
  pinned: Map<string, Pinned>,
): void {
  for (const [key, child] of Object.entries(value)) {
    if (!isRecord(child)) continue;
    const path = [...at, key];
    if (key === "image" && ["repository", "tag", "digest"].some((k) => k in child)) {
      const repository = [read([...path, "registry"]), read([...path, "repository"])]
        .filter(Boolean)
        .join("/");
      const name = repository || path.join(".");
      const tag = read([...path, "tag"]);
      const ref = imageRef(repository, tag, read([...path, "digest"]));
      pinned.set(`values:${path.join(".")}`, { kind: "image", name, ref, tag });
    } else if (path.length < 3) {
      helmImages(child, path, read, pinned);
    }
  }
}

/** Reads the scalar at a path as written, or undefined. */
export type Reader = (path: Path) => string | undefined;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
