// A preview's URLs from its rendered Ingress, HTTPRoute and VirtualService objects.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { previewUrls } from "../../packages/preview/src/index.js";

const objects = (yaml: string) =>
  yaml
    .split(/^---$/m)
    .map((d) => parse(d) as Record<string, unknown>)
    .filter(Boolean);

describe("preview URLs", () => {
  it("takes Ingress hosts, https for those its tls entries name", () => {
    const ingress = objects(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec:
  tls: [{hosts: [web.example.com], secretName: web-tls}]
  rules:
    - host: web.example.com
    - host: Plain.Example.com
    - host: "*.example.com"
    - {}
`);
    expect(previewUrls(ingress, "pr-1")).toEqual(["http://plain.example.com", "https://web.example.com"]);
  });

  it("takes HTTPRoute hostnames, https through an HTTPS listener of a rendered Gateway or a section named for TLS", () => {
    const routes = objects(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: gw}
spec:
  listeners:
    - {name: web, protocol: HTTPS, port: 443}
    - {name: plain, protocol: HTTP, port: 80}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: a}
spec:
  parentRefs: [{name: edge, namespace: gw, sectionName: web}]
  hostnames: [a.example.com]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: b}
spec:
  parentRefs: [{name: edge, namespace: gw, sectionName: plain}]
  hostnames: [b.example.com]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: c}
spec:
  parentRefs: [{name: shared, namespace: infra, sectionName: https}]
  hostnames: [c.example.com]
`);
    expect(previewUrls(routes, "pr-1")).toEqual([
      "https://a.example.com",
      "http://b.example.com",
      "https://c.example.com",
    ]);
  });

  it("takes VirtualService hosts bound to a gateway, not in-mesh names, https through an Istio Gateway with tls", () => {
    const vs = objects(`
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: public, namespace: istio-system}
spec:
  servers: [{port: {number: 443, name: https, protocol: HTTPS}, hosts: ["*"], tls: {mode: SIMPLE}}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: docs}
spec:
  hosts: [docs.example.com, docs, docs.pr-1.svc.cluster.local]
  gateways: [istio-system/public, mesh]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api}
spec:
  hosts: [api.example.com]
  gateways: [other-gateway]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: internal}
spec:
  hosts: [internal.example.com]
`);
    expect(previewUrls(vs, "pr-1")).toEqual(["http://api.example.com", "https://docs.example.com"]);
  });

  it("ignores look-alikes of other API groups", () => {
    const other = objects(`
apiVersion: extensions.example.com/v1
kind: Ingress
metadata: {name: x}
spec: {rules: [{host: x.example.com}]}
`);
    expect(previewUrls(other, "pr-1")).toEqual([]);
  });
});
