import { stringify } from "yaml";
import type { BaseResource, ServiceSpec } from "./service.js";

/** Serialises one or more manifests as a YAML stream, the way people write them. */
export function toYaml(...docs: object[]): string {
  return docs.map((d) => stringify(d, { lineWidth: 0 })).join("---\n");
}

/** Labels every resource of a service carries. */
export function labels(svc: ServiceSpec): Record<string, string> {
  return { "app.kubernetes.io/name": svc.name, "app.kubernetes.io/part-of": svc.team };
}

/** The ExternalSecret for a service in one env: references only, resolved from Vault at runtime. */
export function externalSecret(svc: ServiceSpec, env: string, namespace?: string): object {
  return {
    apiVersion: "external-secrets.io/v1beta1",
    kind: "ExternalSecret",
    metadata: { name: `${svc.name}-secrets`, ...(namespace ? { namespace } : {}), labels: labels(svc) },
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { kind: "ClusterSecretStore", name: "vault" },
      target: { name: `${svc.name}-secrets`, creationPolicy: "Owner" },
      data: svc.secretKeys.map((key) => ({
        secretKey: key,
        remoteRef: { key: `platform/${svc.name}/${env}`, property: key.toLowerCase() },
      })),
    },
  };
}

/** One base resource of a Kustomize service, without a namespace (the overlay sets it). */
export function baseManifest(svc: ServiceSpec, res: BaseResource): object {
  const name = svc.name;
  const meta = { name, labels: labels(svc) };
  const selector = { matchLabels: { "app.kubernetes.io/name": name } };
  switch (res.kind) {
    case "Deployment":
      return {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: meta,
        spec: {
          replicas: 1,
          selector,
          template: {
            metadata: { labels: labels(svc) },
            spec: {
              serviceAccountName: name,
              securityContext: {
                runAsNonRoot: true,
                runAsUser: 10001,
                seccompProfile: { type: "RuntimeDefault" },
              },
              containers: [
                {
                  name,
                  image: `ghcr.io/example-org/${name}:0.0.0`,
                  ports: [{ name: "http", containerPort: svc.port }],
                  envFrom: [{ configMapRef: { name } }, { secretRef: { name: `${name}-secrets` } }],
                  resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } },
                  readinessProbe: { httpGet: { path: "/readyz", port: "http" } },
                  securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
                },
              ],
            },
          },
        },
      };
    case "Service":
      return {
        apiVersion: "v1",
        kind: "Service",
        metadata: meta,
        spec: { selector: selector.matchLabels, ports: [{ name: "http", port: 80, targetPort: "http" }] },
      };
    case "ConfigMap":
      return res.extra === 0
        ? { apiVersion: "v1", kind: "ConfigMap", metadata: meta, data: svc.config }
        : {
            apiVersion: "v1",
            kind: "ConfigMap",
            metadata: { ...meta, name: `${name}-extra-${res.extra}` },
            data: { [`extra-${res.extra}.properties`]: `index=${res.extra}\nservice=${name}\n` },
          };
    case "ServiceAccount":
      return {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: meta,
        automountServiceAccountToken: false,
      };
    case "HorizontalPodAutoscaler":
      return {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: meta,
        spec: {
          scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name },
          minReplicas: 1,
          maxReplicas: 10,
          metrics: [
            {
              type: "Resource",
              resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 75 } },
            },
          ],
        },
      };
    case "PodDisruptionBudget":
      return {
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata: meta,
        spec: { maxUnavailable: 1, selector },
      };
    case "Ingress":
      return {
        apiVersion: "networking.k8s.io/v1",
        kind: "Ingress",
        metadata: meta,
        spec: {
          ingressClassName: "nginx",
          rules: [
            {
              host: `${name}.example.com`,
              http: {
                paths: [
                  { path: "/", pathType: "Prefix", backend: { service: { name, port: { name: "http" } } } },
                ],
              },
            },
          ],
        },
      };
    case "Role":
      return {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "Role",
        metadata: meta,
        rules: [
          { apiGroups: [""], resources: ["configmaps"], resourceNames: [name], verbs: ["get", "watch"] },
        ],
      };
    case "RoleBinding":
      return {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: meta,
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
        // Kustomize's namespace transformer moves subjects in "default" into the overlay's namespace.
        subjects: [{ kind: "ServiceAccount", name, namespace: "default" }],
      };
    case "CronJob":
      return {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { ...meta, name: `${name}-cleanup` },
        spec: {
          schedule: "17 3 * * *",
          jobTemplate: {
            spec: {
              template: {
                spec: {
                  restartPolicy: "OnFailure",
                  serviceAccountName: name,
                  containers: [
                    { name: "cleanup", image: `ghcr.io/example-org/${name}:0.0.0`, args: ["cleanup"] },
                  ],
                },
              },
            },
          },
        },
      };
  }
}
