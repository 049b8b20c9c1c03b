/**
 * Where a preview answers: the hosts of its rendered Ingress, Gateway API HTTPRoute and Istio
 * VirtualService objects. A host is https:// when the objects say TLS terminates for it (an
 * Ingress tls entry, an HTTPS/TLS listener of a rendered Gateway or a parentRef section named for
 * it, an Istio Gateway server with tls), else http://. Wildcards and in-mesh names are no URL.
 */
import { isObject } from "../../core/src/model/applications.js";

type Obj = Record<string, unknown>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === "string");
const obj = (v: unknown): Obj => (isObject(v) ? v : {});

/** A host a browser can open: a dotted name with no wildcard, not a cluster-internal one. */
function publicHost(host: string): boolean {
  return host.includes(".") && !host.includes("*") && !/\.svc(\.cluster\.local)?$/.test(host);
}

function ingressHosts(o: Obj, add: (host: string, tls: boolean) => void): void {
  const spec = obj(o.spec);
  const tls = new Set(list(spec.tls).flatMap((t) => strings(obj(t).hosts)));
  for (const rule of list(spec.rules)) {
    const host = obj(rule).host;
    if (typeof host === "string") add(host, tls.has(host));
  }
  for (const host of tls) add(host, true);
}

/** HTTPS listeners of the rendered Gateway API Gateways, by `namespace/name#section` and `namespace/name`. */
function gatewayTls(objects: readonly Obj[], kind: "gateway-api" | "istio"): Set<string> {
  const out = new Set<string>();
  for (const o of objects) {
    const api = typeof o.apiVersion === "string" ? o.apiVersion : "";
    if (o.kind !== "Gateway") continue;
    const meta = obj(o.metadata);
    const key = `${typeof meta.namespace === "string" ? meta.namespace : ""}/${String(meta.name)}`;
    if (kind === "gateway-api" && api.startsWith("gateway.networking.k8s.io/")) {
      for (const l of list(obj(o.spec).listeners)) {
        const listener = obj(l);
        if (listener.protocol === "HTTPS" || listener.protocol === "TLS") {
          out.add(`${key}#${String(listener.name)}`);
          out.add(key);
        }
      }
    } else if (kind === "istio" && api.startsWith("networking.istio.io/")) {
      if (
        list(obj(o.spec).servers).some((s) => isObject(obj(s).tls) || obj(obj(s).port).protocol === "HTTPS")
      )
        out.add(key);
    }
  }
  return out;
}

function routeHosts(
  o: Obj,
  namespace: string,
  tls: Set<string>,
  add: (host: string, tls: boolean) => void,
): void {
  const spec = obj(o.spec);
  const secure = list(spec.parentRefs).some((p) => {
    const ref = obj(p);
    const ns = typeof ref.namespace === "string" ? ref.namespace : namespace;
    const section = typeof ref.sectionName === "string" ? ref.sectionName : "";
    const key = `${ns}/${String(ref.name)}`;
    return (
      (section ? tls.has(`${key}#${section}`) : tls.has(key)) ||
      /https|tls/i.test(section) ||
      ref.port === 443
    );
  });
  for (const host of strings(spec.hostnames)) add(host, secure);
}

function virtualServiceHosts(
  o: Obj,
  namespace: string,
  tls: Set<string>,
  add: (host: string, tls: boolean) => void,
): void {
  const spec = obj(o.spec);
  // No gateway, or only the mesh: the hosts are service names inside the cluster.
  const gateways = strings(spec.gateways).filter((g) => g !== "mesh");
  if (gateways.length === 0) return;
  const secure = gateways.some((g) => tls.has(g.includes("/") ? g : `${namespace}/${g}`));
  for (const host of strings(spec.hosts)) add(host, secure);
}

/**
 * The URLs of one preview's rendered objects, sorted, each host once (https wins). `namespace`
 * is where namespaced objects without one land (the Application's destination).
 */
export function previewUrls(objects: readonly Obj[], namespace: string): string[] {
  const hosts = new Map<string, boolean>();
  const add = (host: string, tls: boolean) => {
    const h = host.trim().toLowerCase();
    if (publicHost(h)) hosts.set(h, (hosts.get(h) ?? false) || tls);
  };
  const gatewayApi = gatewayTls(objects, "gateway-api");
  const istio = gatewayTls(objects, "istio");
  for (const o of objects) {
    const api = typeof o.apiVersion === "string" ? o.apiVersion : "";
    const meta = obj(o.metadata);
    const ns = typeof meta.namespace === "string" ? meta.namespace : namespace;
    if (o.kind === "Ingress" && api.startsWith("networking.k8s.io/")) ingressHosts(o, add);
    else if (o.kind === "HTTPRoute" && api.startsWith("gateway.networking.k8s.io/"))
      routeHosts(o, ns, gatewayApi, add);
    else if (o.kind === "VirtualService" && api.startsWith("networking.istio.io/"))
      virtualServiceHosts(o, ns, istio, add);
  }
  return [...hosts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([h, tls]) => `${tls ? "https" : "http"}://${h}`);
}
