import type { Resource } from "../types.js";

/** How the API server names a kind: its plural resource and its scope. */
export interface KindInfo {
  resource: string;
  namespaced: boolean;
}

type Row = readonly [group: string, kind: string, resource: string, namespaced: boolean];

/**
 * Built-in kinds and the CRDs a GitOps repository commonly holds (Argo CD, external-secrets,
 * cert-manager, ...). CRDs defined in the checked manifests are added on top, so a policy's
 * `resources: ["widgets"]` matches `kind: Widget` whenever the repo holds its CRD.
 */
const KNOWN: readonly Row[] = [
  ["", "Pod", "pods", true],
  ["", "Service", "services", true],
  ["", "ConfigMap", "configmaps", true],
  ["", "Secret", "secrets", true],
  ["", "ServiceAccount", "serviceaccounts", true],
  ["", "PersistentVolumeClaim", "persistentvolumeclaims", true],
  ["", "PersistentVolume", "persistentvolumes", false],
  ["", "Namespace", "namespaces", false],
  ["", "Node", "nodes", false],
  ["", "Endpoints", "endpoints", true],
  ["", "LimitRange", "limitranges", true],
  ["", "ResourceQuota", "resourcequotas", true],
  ["", "ReplicationController", "replicationcontrollers", true],
  ["", "PodTemplate", "podtemplates", true],
  ["", "Event", "events", true],
  ["apps", "Deployment", "deployments", true],
  ["apps", "StatefulSet", "statefulsets", true],
  ["apps", "DaemonSet", "daemonsets", true],
  ["apps", "ReplicaSet", "replicasets", true],
  ["apps", "ControllerRevision", "controllerrevisions", true],
  ["batch", "Job", "jobs", true],
  ["batch", "CronJob", "cronjobs", true],
  ["autoscaling", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true],
  ["policy", "PodDisruptionBudget", "poddisruptionbudgets", true],
  ["networking.k8s.io", "Ingress", "ingresses", true],
  ["networking.k8s.io", "IngressClass", "ingressclasses", false],
  ["networking.k8s.io", "NetworkPolicy", "networkpolicies", true],
  ["rbac.authorization.k8s.io", "Role", "roles", true],
  ["rbac.authorization.k8s.io", "RoleBinding", "rolebindings", true],
  ["rbac.authorization.k8s.io", "ClusterRole", "clusterroles", false],
  ["rbac.authorization.k8s.io", "ClusterRoleBinding", "clusterrolebindings", false],
  ["storage.k8s.io", "StorageClass", "storageclasses", false],
  ["storage.k8s.io", "VolumeAttachment", "volumeattachments", false],
  ["storage.k8s.io", "CSIDriver", "csidrivers", false],
  ["scheduling.k8s.io", "PriorityClass", "priorityclasses", false],
  ["node.k8s.io", "RuntimeClass", "runtimeclasses", false],
  ["coordination.k8s.io", "Lease", "leases", true],
  ["discovery.k8s.io", "EndpointSlice", "endpointslices", true],
  ["apiextensions.k8s.io", "CustomResourceDefinition", "customresourcedefinitions", false],
  ["apiregistration.k8s.io", "APIService", "apiservices", false],
  ["admissionregistration.k8s.io", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", false],
  [
    "admissionregistration.k8s.io",
    "ValidatingAdmissionPolicyBinding",
    "validatingadmissionpolicybindings",
    false,
  ],
  [
    "admissionregistration.k8s.io",
    "ValidatingWebhookConfiguration",
    "validatingwebhookconfigurations",
    false,
  ],
  ["admissionregistration.k8s.io", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false],
  ["certificates.k8s.io", "CertificateSigningRequest", "certificatesigningrequests", false],
  ["gateway.networking.k8s.io", "Gateway", "gateways", true],
  ["gateway.networking.k8s.io", "GatewayClass", "gatewayclasses", false],
  ["gateway.networking.k8s.io", "HTTPRoute", "httproutes", true],
  ["gateway.networking.k8s.io", "GRPCRoute", "grpcroutes", true],
  ["gateway.networking.k8s.io", "ReferenceGrant", "referencegrants", true],
  ["argoproj.io", "Application", "applications", true],
  ["argoproj.io", "ApplicationSet", "applicationsets", true],
  ["argoproj.io", "AppProject", "appprojects", true],
  ["argoproj.io", "Rollout", "rollouts", true],
  ["external-secrets.io", "ExternalSecret", "externalsecrets", true],
  ["external-secrets.io", "ClusterExternalSecret", "clusterexternalsecrets", false],
  ["external-secrets.io", "SecretStore", "secretstores", true],
  ["external-secrets.io", "ClusterSecretStore", "clustersecretstores", false],
  ["bitnami.com", "SealedSecret", "sealedsecrets", true],
  ["cert-manager.io", "Certificate", "certificates", true],
  ["cert-manager.io", "CertificateRequest", "certificaterequests", true],
  ["cert-manager.io", "Issuer", "issuers", true],
  ["cert-manager.io", "ClusterIssuer", "clusterissuers", false],
  ["monitoring.coreos.com", "ServiceMonitor", "servicemonitors", true],
  ["monitoring.coreos.com", "PodMonitor", "podmonitors", true],
  ["monitoring.coreos.com", "PrometheusRule", "prometheusrules", true],
  ["kyverno.io", "ClusterPolicy", "clusterpolicies", false],
  ["kyverno.io", "Policy", "policies", true],
  ["policies.kyverno.io", "ValidatingPolicy", "validatingpolicies", false],
  ["keda.sh", "ScaledObject", "scaledobjects", true],
];

/** Maps (group, kind) to the resource name and scope Kubernetes gives it. */
export class KindCatalog {
  private readonly kinds = new Map<string, KindInfo>();
  /** Per object: matching asks for every policy, so each object is looked up once. */
  private readonly known = new WeakMap<Resource, KindInfo>();

  constructor() {
    for (const [group, kind, resource, namespaced] of KNOWN)
      this.kinds.set(`${group}/${kind}`, { resource, namespaced });
  }

  /** Adds the kinds CustomResourceDefinitions among `resources` define. */
  addDefinitions(resources: Iterable<Resource>): void {
    for (const r of resources) {
      if (r.ref.kind !== "CustomResourceDefinition" || r.group !== "apiextensions.k8s.io") continue;
      const spec = r.object.spec as
        { group?: unknown; scope?: unknown; names?: { kind?: unknown; plural?: unknown } } | undefined;
      const group = spec?.group;
      const kind = spec?.names?.kind;
      const plural = spec?.names?.plural;
      if (typeof group !== "string" || typeof kind !== "string" || typeof plural !== "string") continue;
      this.kinds.set(`${group}/${kind}`, { resource: plural, namespaced: spec?.scope !== "Cluster" });
    }
  }

  /**
   * The resource name and scope of a kind. A kind we do not know gets the usual English
   * plural, and is taken as namespaced exactly when the object names a namespace.
   */
  lookup(group: string, kind: string, hasNamespace: boolean): KindInfo {
    return (
      this.kinds.get(`${group}/${kind}`) ?? {
        resource: pluralize(kind.toLowerCase()),
        namespaced: hasNamespace,
      }
    );
  }

  /** Info for a checked object. */
  of(r: Resource): KindInfo {
    let info = this.known.get(r);
    if (!info) {
      info = this.lookup(r.group, r.ref.kind, r.ref.namespace !== undefined);
      this.known.set(r, info);
    }
    return info;
  }
}

function pluralize(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
