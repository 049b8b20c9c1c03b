// The bundled schemas of what GitOps repos deploy besides Kubernetes and Argo CD (Argo Rollouts,
// Gateway API, Istio, Flux, KEDA, Karpenter, Knative, Traefik): each kind passes a valid object
// and reports an unknown field and a wrong type at their source lines, through the same
// catalog, check and source locator `gitops lint` uses.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../packages/core/src/config.js";
import { parseRenderedYaml } from "../../packages/core/src/rendered-yaml.js";
import {
  checkSchemas,
  SchemaCatalog,
  schemaBundle,
  type RenderedResource,
} from "../../packages/lint/src/index.js";
import { SourceLocator } from "../../packages/lint/src/locate.js";
import type { InputGraph } from "../../packages/render/src/graph.js";
import type { IndexEntry } from "../../packages/render/src/output.js";

const SOURCE = "apps/platform/manifests.yaml";
const target: IndexEntry = {
  id: "apps/platform",
  env: "prod",
  kind: "plain",
  source: "apps/platform",
  output: "render/apps/platform.yaml",
  status: "ok",
  resources: 1,
  sha256: "",
};

/**
 * A valid object of each kind, and the same object broken: the line marked `# unknown` adds a
 * field the schema does not know, the line marked `# type` gives a field a value of the wrong type.
 */
interface Case {
  valid: string;
  broken: string;
}

const CASES: Record<string, Case> = {
  "argoproj.io/v1alpha1/Rollout": {
    valid: `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: web:1
  strategy:
    canary:
      steps:
        - setWeight: 20
        - pause: { duration: 10m }
        - setWeight: 50
        - pause: {}
`,
    broken: `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
spec:
  replicas: three # type
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: web:1
  strategy:
    canary:
      steps:
        - setWeight: 20
        - pauze: { duration: 10m } # unknown
`,
  },
  "argoproj.io/v1alpha1/AnalysisTemplate": {
    valid: `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: success-rate
spec:
  args:
    - name: service-name
  metrics:
    - name: success-rate
      interval: 5m
      successCondition: result[0] >= 0.95
      failureLimit: 3
      provider:
        prometheus:
          address: http://prometheus.monitoring:9090
          query: sum(rate(http_requests_total{service="{{args.service-name}}"}[5m]))
`,
    broken: `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: success-rate
spec:
  metrics:
    - name: success-rate
      failureLimit: [3] # type
      provider:
        prometheus:
          adress: http://prometheus.monitoring:9090 # unknown
          query: up
`,
  },
  "gateway.networking.k8s.io/v1/Gateway": {
    valid: `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: public
spec:
  gatewayClassName: istio
  listeners:
    - name: https
      hostname: "*.example.com"
      port: 443
      protocol: HTTPS
      tls:
        mode: Terminate
        certificateRefs:
          - name: wildcard-tls
      allowedRoutes:
        namespaces: { from: All }
`,
    broken: `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: public
spec:
  gatewayClassName: istio
  listeners:
    - name: https
      port: "443" # type
      protocol: HTTPS
      tls:
        certificateRef: wildcard-tls # unknown
`,
  },
  "gateway.networking.k8s.io/v1/HTTPRoute": {
    valid: `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: public
      namespace: gateways
  hostnames: [web.example.com]
  rules:
    - matches:
        - path: { type: PathPrefix, value: / }
      backendRefs:
        - name: web
          port: 8080
          weight: 90
        - name: web-canary
          port: 8080
          weight: 10
`,
    broken: `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: public
  hostnames: web.example.com # type
  rules:
    - backendRefs:
        - name: web
          port: 8080
          wieght: 90 # unknown
`,
  },
  "gateway.networking.k8s.io/v1/GRPCRoute": {
    valid: `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: api
spec:
  parentRefs:
    - name: public
  rules:
    - matches:
        - method: { service: api.v1.Users, method: Get }
      backendRefs:
        - name: api
          port: 9090
`,
    broken: `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: api
spec:
  parentRefs:
    - name: public
  rules:
    - matches:
        - method: { service: api.v1.Users, methd: Get } # unknown
      backendRefs:
        - name: api
          port: { number: 9090 } # type
`,
  },
  "gateway.networking.k8s.io/v1beta1/ReferenceGrant": {
    valid: `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: from-gateways
spec:
  from:
    - group: gateway.networking.k8s.io
      kind: HTTPRoute
      namespace: gateways
  to:
    - group: ""
      kind: Service
`,
    broken: `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: from-gateways
spec:
  from:
    - group: gateway.networking.k8s.io
      kind: HTTPRoute
      namespace: gateways
      namespaces: [gateways] # unknown
  to: Service # type
`,
  },
  "networking.istio.io/v1/VirtualService": {
    valid: `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: web
spec:
  hosts: [web.example.com]
  gateways: [istio-system/public]
  http:
    - match:
        - uri: { prefix: /api }
      route:
        - destination: { host: api, port: { number: 8080 } }
          weight: 100
      timeout: 10s
      retries: { attempts: 3, perTryTimeout: 2s }
`,
    broken: `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: web
spec:
  hosts: [web.example.com]
  http:
    - route:
        - destination: { host: api }
          weight: heavy # type
      retrys: { attempts: 3 } # unknown
`,
  },
  "networking.istio.io/v1/DestinationRule": {
    valid: `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: api
spec:
  host: api
  trafficPolicy:
    loadBalancer: { simple: LEAST_REQUEST }
    connectionPool:
      tcp: { maxConnections: 100 }
  subsets:
    - name: v1
      labels: { version: v1 }
`,
    broken: `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: api
spec:
  host: api
  trafficPolicy:
    connectionPool:
      tcp: { maxConnections: lots } # type
  subset: [] # unknown
`,
  },
  "networking.istio.io/v1/Gateway": {
    valid: `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public
spec:
  selector: { istio: ingressgateway }
  servers:
    - port: { number: 443, name: https, protocol: HTTPS }
      hosts: ["*.example.com"]
      tls: { mode: SIMPLE, credentialName: wildcard-tls }
`,
    broken: `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public
spec:
  selector: { istio: ingressgateway }
  servers:
    - port: { number: 443, name: https, protocol: HTTPS }
      hosts: "*.example.com" # type
      tls: { mode: SIMPLE, credentialNam: wildcard-tls } # unknown
`,
  },
  "networking.istio.io/v1/ServiceEntry": {
    valid: `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: payments
spec:
  hosts: [api.payments.example]
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
    - { number: 443, name: https, protocol: TLS }
`,
    broken: `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: payments
spec:
  hosts: [api.payments.example]
  resolution: DNS
  ports:
    - { number: "443", name: https, protocol: TLS } # type
  endpoint: [] # unknown
`,
  },
  "security.istio.io/v1/AuthorizationPolicy": {
    valid: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: allow-web
spec:
  selector:
    matchLabels: { app: api }
  action: ALLOW
  rules:
    - from:
        - source: { principals: [cluster.local/ns/web/sa/web] }
      to:
        - operation: { methods: [GET], paths: [/api/*] }
`,
    broken: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: allow-web
spec:
  action: ALLOW
  rules:
    - from:
        - source: { principal: cluster.local/ns/web/sa/web } # unknown
      to:
        - operation: { methods: GET } # type
`,
  },
  "security.istio.io/v1/PeerAuthentication": {
    valid: `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
spec:
  mtls: { mode: STRICT }
`,
    broken: `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
spec:
  mtls: STRICT # type
  portLevelMTLs: {} # unknown
`,
  },
  "security.istio.io/v1/RequestAuthentication": {
    valid: `apiVersion: security.istio.io/v1
kind: RequestAuthentication
metadata:
  name: jwt
spec:
  selector:
    matchLabels: { app: api }
  jwtRules:
    - issuer: https://auth.example.com
      jwksUri: https://auth.example.com/.well-known/jwks.json
      forwardOriginalToken: true
`,
    broken: `apiVersion: security.istio.io/v1
kind: RequestAuthentication
metadata:
  name: jwt
spec:
  jwtRules:
    - issuer: https://auth.example.com
      jwksUrl: https://auth.example.com/.well-known/jwks.json # unknown
      forwardOriginalToken: "yes" # type
`,
  },
  "kustomize.toolkit.fluxcd.io/v1/Kustomization": {
    valid: `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
spec:
  interval: 10m
  path: ./apps/prod
  prune: true
  sourceRef: { kind: GitRepository, name: infra }
  postBuild:
    substitute: { cluster: prod }
`,
    broken: `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
spec:
  interval: 10m
  path: ./apps/prod
  prune: "true" # type
  sourceRef: { kind: GitRepository, name: infra }
  postbuild: {} # unknown
`,
  },
  "helm.toolkit.fluxcd.io/v2/HelmRelease": {
    valid: `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: podinfo
spec:
  interval: 10m
  chart:
    spec:
      chart: podinfo
      version: 6.x
      sourceRef: { kind: HelmRepository, name: podinfo }
  values:
    replicaCount: 2
    anything: { goes: [here] }
`,
    broken: `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: podinfo
spec:
  interval: 10m
  chart:
    spec:
      chart: podinfo
      sourceRef: { kind: HelmRepository, name: podinfo }
  maxHistory: ten # type
  valuesFrom: { kind: ConfigMap, name: values } # type
  value: {} # unknown
`,
  },
  "source.toolkit.fluxcd.io/v1/GitRepository": {
    valid: `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: infra
spec:
  interval: 1m
  url: https://github.com/example/infra
  ref: { branch: main }
  secretRef: { name: git-auth }
`,
    broken: `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: infra
spec:
  interval: 1m
  url: https://github.com/example/infra
  ref: main # type
  branch: main # unknown
`,
  },
  "source.toolkit.fluxcd.io/v1/HelmRepository": {
    valid: `apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: podinfo
spec:
  interval: 1h
  url: oci://ghcr.io/stefanprodan/charts
  type: oci
`,
    broken: `apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: podinfo
spec:
  interval: 1h
  url: https://stefanprodan.github.io/podinfo
  suspend: 1 # type
  urls: [] # unknown
`,
  },
  "source.toolkit.fluxcd.io/v1/OCIRepository": {
    valid: `apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata:
  name: manifests
spec:
  interval: 5m
  url: oci://ghcr.io/example/manifests
  ref: { semver: ">=1.0.0" }
`,
    broken: `apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata:
  name: manifests
spec:
  interval: 5m
  url: oci://ghcr.io/example/manifests
  ref: { semver: [1] } # type
  tag: latest # unknown
`,
  },
  "keda.sh/v1alpha1/ScaledObject": {
    valid: `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: worker
spec:
  scaleTargetRef: { name: worker }
  minReplicaCount: 0
  maxReplicaCount: 20
  triggers:
    - type: rabbitmq
      metadata: { queueName: jobs, mode: QueueLength, value: "20" }
      authenticationRef: { name: rabbitmq }
`,
    broken: `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: worker
spec:
  scaleTargetRef: { name: worker }
  maxReplicaCount: twenty # type
  triggers:
    - type: rabbitmq
      metadata: { queueName: jobs }
      authRef: { name: rabbitmq } # unknown
`,
  },
  "keda.sh/v1alpha1/TriggerAuthentication": {
    valid: `apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: rabbitmq
spec:
  secretTargetRef:
    - parameter: host
      name: rabbitmq
      key: url
`,
    broken: `apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: rabbitmq
spec:
  secretTargetRef:
    - parameter: host
      name: rabbitmq
      key: 1 # type
      optional: true # unknown
`,
  },
  "karpenter.sh/v1/NodePool": {
    valid: `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: default
spec:
  template:
    spec:
      nodeClassRef: { group: karpenter.k8s.aws, kind: EC2NodeClass, name: default }
      requirements:
        - { key: karpenter.sh/capacity-type, operator: In, values: [spot, on-demand] }
  limits: { cpu: 1000 }
  disruption:
    consolidationPolicy: WhenEmptyOrUnderutilized
    consolidateAfter: 1m
`,
    broken: `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: default
spec:
  template:
    spec:
      nodeClassRef: { group: karpenter.k8s.aws, kind: EC2NodeClass, name: default }
      requirements:
        - { key: karpenter.sh/capacity-type, operator: In, values: spot } # type
  disruption:
    consolidationPolicy: WhenEmptyOrUnderutilized
    consolidateAfter: 1m
    expireAfter: 720h # unknown
`,
  },
  "karpenter.k8s.aws/v1/EC2NodeClass": {
    valid: `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: default
spec:
  role: KarpenterNodeRole-prod
  amiSelectorTerms:
    - alias: al2023@latest
  subnetSelectorTerms:
    - tags: { karpenter.sh/discovery: prod }
  securityGroupSelectorTerms:
    - tags: { karpenter.sh/discovery: prod }
`,
    broken: `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: default
spec:
  role: KarpenterNodeRole-prod
  amiSelectorTerms:
    - alias: al2023@latest
  subnetSelectorTerms:
    - tags: prod # type
  securityGroupSelectorTerms:
    - tags: { karpenter.sh/discovery: prod }
  amiFamily2: AL2023 # unknown
`,
  },
  "serving.knative.dev/v1/Service": {
    valid: `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: hello
spec:
  template:
    metadata:
      annotations: { autoscaling.knative.dev/max-scale: "5" }
    spec:
      containerConcurrency: 50
      containers:
        - image: ghcr.io/knative/helloworld-go:latest
          env:
            - { name: TARGET, value: World }
  traffic:
    - latestRevision: true
      percent: 100
`,
    broken: `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: hello
spec:
  template:
    spec:
      containerConcurrency: fifty # type
      containers:
        - image: ghcr.io/knative/helloworld-go:latest
  trafic: [] # unknown
`,
  },
  "traefik.io/v1alpha1/IngressRoute": {
    valid: `apiVersion: traefik.io/v1alpha1
kind: IngressRoute
metadata:
  name: web
spec:
  entryPoints: [websecure]
  routes:
    - match: Host(\`web.example.com\`)
      kind: Rule
      services:
        - name: web
          port: 80
      middlewares:
        - name: strip-prefix
  tls:
    certResolver: letsencrypt
`,
    broken: `apiVersion: traefik.io/v1alpha1
kind: IngressRoute
metadata:
  name: web
spec:
  entryPoints: websecure # type
  routes:
    - match: Host(\`web.example.com\`)
      kind: Rule
      service: [] # unknown
`,
  },
  "traefik.io/v1alpha1/Middleware": {
    valid: `apiVersion: traefik.io/v1alpha1
kind: Middleware
metadata:
  name: strip-prefix
spec:
  stripPrefix:
    prefixes: [/api]
`,
    broken: `apiVersion: traefik.io/v1alpha1
kind: Middleware
metadata:
  name: strip-prefix
spec:
  stripPrefix:
    prefixes: /api # type
  stripprefix: {} # unknown
`,
  },
};

/** Writes `yaml` as the target's only source file and lints it the way `gitops lint` does. */
function lintSource(yaml: string): {
  findings: ReturnType<typeof checkSchemas>;
  resources: RenderedResource[];
} {
  const repo = mkdtempSync(join(tmpdir(), "gitops-schemas-"));
  mkdirSync(join(repo, "apps", "platform"), { recursive: true });
  writeFileSync(join(repo, SOURCE), yaml);
  const graph: InputGraph = {
    files: new Set([SOURCE]),
    dirs: new Set(),
    yamlFiles: new Map(),
    remote: [],
    unresolved: false,
    helmCharts: false,
  };
  const locator = new SourceLocator(repo, new Map([[target.id, graph]]));
  const resources = parseRenderedYaml(yaml, target.output).map((document) => {
    const value = document.value as Record<string, unknown>;
    const meta = value.metadata as { name?: string };
    return {
      target,
      output: target.output,
      line: document.line,
      value,
      apiVersion: value.apiVersion as string,
      kind: value.kind as string,
      name: meta.name ?? "",
    };
  });
  const findings = checkSchemas(
    resources,
    new SchemaCatalog("1.34"),
    DEFAULT_CONFIG.lint.missingSchema,
    locator.locate.bind(locator),
  );
  return { findings, resources };
}

/** 1-based lines of `yaml` that end with `# marker`. */
function marked(yaml: string, marker: string): number[] {
  return yaml.split("\n").flatMap((line, i) => (line.trimEnd().endsWith(`# ${marker}`) ? [i + 1] : []));
}

describe("bundled schemas of GitOps-deployed kinds", () => {
  it("records the package, integrity and license of every source", () => {
    const sources = schemaBundle().sources;
    for (const name of [
      "argo-rollouts",
      "gateway-api",
      "istio",
      "flux-cd",
      "keda",
      "karpenter",
      "knative",
      "traefik",
    ]) {
      const source = sources.find((s) => s.package.startsWith(`@kubernetes-models/${name}@`));
      expect(source, name).toBeDefined();
      expect(source?.integrity).toMatch(/^sha512-/);
      expect(source?.license).toBe("MIT");
    }
  });

  it("knows each kind's scope", () => {
    const catalog = new SchemaCatalog("1.34");
    expect(catalog.namespaced("argoproj.io/v1alpha1", "Rollout")).toBe(true);
    expect(catalog.namespaced("gateway.networking.k8s.io/v1", "GatewayClass")).toBe(false);
    expect(catalog.namespaced("karpenter.sh/v1", "NodePool")).toBe(false);
    expect(catalog.namespaced("karpenter.k8s.aws/v1", "EC2NodeClass")).toBe(false);
    expect(catalog.namespaced("keda.sh/v1alpha1", "ClusterTriggerAuthentication")).toBe(false);
    expect(catalog.namespaced("keda.sh/v1alpha1", "ScaledObject")).toBe(true);
    expect(catalog.lookup("keda.sh/v1alpha1", "WithTriggers")).toBeUndefined();
  });

  for (const [key, c] of Object.entries(CASES)) {
    const kind = key.split("/").at(-1) ?? "";
    const apiVersion = key.slice(0, key.length - kind.length - 1);

    it(`${key}: a valid object has no finding`, () => {
      const { findings, resources } = lintSource(c.valid);
      expect(resources.map((r) => `${r.apiVersion}/${r.kind}`)).toEqual([key]);
      expect(findings).toEqual([]);
    });

    it(`${key}: an unknown field and a wrong type are errors on their lines`, () => {
      const { findings } = lintSource(c.broken);
      const unknown = marked(c.broken, "unknown");
      const type = marked(c.broken, "type");
      expect(unknown.length + type.length).toBeGreaterThan(1);
      const got = findings.map((f) => `${f.severity} ${f.rule} ${f.file ?? ""}:${String(f.line)}`).sort();
      const want = [
        ...unknown.map((l) => `error schema/unknown-field ${SOURCE}:${String(l)}`),
        ...type.map((l) => `error schema/type ${SOURCE}:${String(l)}`),
      ].sort();
      expect(got).toEqual(want);
      for (const f of findings) expect(f.resource).toMatchObject({ apiVersion, kind });
    });
  }
});
