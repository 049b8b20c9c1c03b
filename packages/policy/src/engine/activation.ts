import type { CelValue } from "@bufbuild/cel";
import { toCelValue } from "../cel/values.js";
import type { KindCatalog } from "../k8s/catalog.js";
import type { Namespaces } from "../k8s/namespaces.js";
import type { Resource } from "../types.js";

/** The requester CI evaluates as: documented, fixed, and never a real user. */
export const CI_USER = {
  username: "system:serviceaccount:gitops-ci:policy-check",
  uid: "00000000-0000-0000-0000-000000000000",
  groups: ["system:serviceaccounts", "system:serviceaccounts:gitops-ci", "system:authenticated"],
} as const;

/**
 * The admission request CI synthesizes for an object: a dry-run CREATE by {@link CI_USER}.
 * There is no cluster, so `oldObject` is always null.
 */
export function synthesizeRequest(r: Resource, catalog: KindCatalog): Record<string, unknown> {
  const info = catalog.of(r);
  const request: Record<string, unknown> = {
    uid: "00000000-0000-0000-0000-000000000000",
    kind: { group: r.group, version: r.version, kind: r.ref.kind },
    resource: { group: r.group, version: r.version, resource: info.resource },
    requestKind: { group: r.group, version: r.version, kind: r.ref.kind },
    requestResource: { group: r.group, version: r.version, resource: info.resource },
    name: r.ref.name,
    operation: "CREATE",
    userInfo: { username: CI_USER.username, uid: CI_USER.uid, groups: [...CI_USER.groups] },
    dryRun: true,
    options: { apiVersion: "meta.k8s.io/v1", kind: "CreateOptions" },
  };
  if (r.ref.namespace !== undefined) request.namespace = r.ref.namespace;
  return request;
}

/**
 * CEL values per object, converted once however many policies read them. Entries live as
 * long as their Resource (a WeakMap), so a large run does not keep them all.
 */
export class CelValueCache {
  private readonly objects = new WeakMap<Resource, CelValue>();
  private readonly requests = new WeakMap<Resource, CelValue>();
  private readonly namespaceObjects = new Map<string, CelValue>();

  constructor(
    private readonly catalog: KindCatalog,
    private readonly namespaces: Namespaces,
  ) {}

  /** The values for `r`; `request` and `namespaceObject` are built only when `reads` names them. */
  of(
    r: Resource,
    reads?: ReadonlySet<string>,
  ): { object: CelValue; request: CelValue; namespaceObject: CelValue } {
    let object = this.objects.get(r);
    if (object === undefined) {
      object = toCelValue(r.object);
      this.objects.set(r, object);
    }
    let request: CelValue = null;
    if (!reads || reads.has("request")) {
      request = this.requests.get(r) ?? null;
      if (request === null) {
        request = toCelValue(synthesizeRequest(r, this.catalog));
        this.requests.set(r, request);
      }
    }
    const namespaceObject = !reads || reads.has("namespaceObject") ? this.namespaceObject(r) : null;
    return { object, request, namespaceObject };
  }

  /** The object's Namespace (as found in the repo, else a bare one with its name label); null when cluster-scoped. */
  private namespaceObject(r: Resource): CelValue {
    const ns = r.ref.namespace;
    if (ns === undefined || !this.catalog.of(r).namespaced) return null;
    let value = this.namespaceObjects.get(ns);
    if (value === undefined) {
      const found = this.namespaces.objects.get(ns);
      const labels = { ...(this.namespaces.labels.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
      value = toCelValue({
        ...(found ?? { apiVersion: "v1", kind: "Namespace" }),
        metadata: { ...(found?.metadata ?? {}), name: ns, labels },
      });
      this.namespaceObjects.set(ns, value);
    }
    return value;
  }
}
