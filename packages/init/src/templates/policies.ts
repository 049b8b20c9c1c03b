/**
 * The starter policies: Kubernetes ValidatingAdmissionPolicies in the shape `gitops policy`
 * evaluates in-process (CEL, per rendered object) and a cluster enforces as is. Each matches bare
 * Pods and the Pod controllers and reads the pod template where the object keeps it. Bindings
 * start at Warn so adopting the suite never turns a passing repository red; the comments say how
 * to make them Deny.
 */

/** The resource rules shared by every starter policy: Pods and the Pod controllers. */
const WORKLOADS = `  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods"]
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["deployments", "statefulsets", "daemonsets", "replicasets"]
      - apiGroups: ["batch"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["jobs", "cronjobs"]`;

/** The pod spec of a Pod, of a CronJob's job template, or of any other Pod controller. */
const POD_SPEC = `    - name: podSpec
      expression: >-
        object.kind == 'Pod' ? object.spec :
          object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec :
          object.spec.template.spec`;

function binding(name: string): string {
  return `---
# Warn first: \`gitops validate\` reports violations as warnings and passes. Once it reports
# none, change validationActions to ["Deny"] so a violation fails the check (and is refused
# by a cluster that applies this binding).
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: ${name}
spec:
  policyName: ${name}
  validationActions: ["Warn"]
`;
}

const latestTag = `# Written by \`gitops init\`. Every image is pinned: a tag other than "latest", or a sha256
# digest. An image with no tag runs "latest" too.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: disallow-latest-tag
spec:
  failurePolicy: Fail
${WORKLOADS}
  variables:
${POD_SPEC}
    - name: containers
      expression: >-
        variables.podSpec.containers +
        (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : []) +
        (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])
    # The tag is what follows the last ":" after the last "/" (a registry port is not a tag).
    - name: unpinned
      expression: >-
        variables.containers.map(c, c.image).filter(image,
          !image.matches('@sha256:[a-f0-9]{64}$') &&
          (!image.matches(':[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$') || image.endsWith(':latest')))
  validations:
    - expression: size(variables.unpinned) == 0
      messageExpression: >-
        'images must be pinned to a tag other than latest, or to a digest: ' + variables.unpinned.join(', ')
      message: images must be pinned to a tag other than latest, or to a digest
      reason: Invalid
${binding("disallow-latest-tag")}`;

const limits = `# Written by \`gitops init\`. Every container and init container sets CPU and memory limits,
# so a runaway pod cannot starve its node and quotas can be enforced.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: require-resource-limits
spec:
  failurePolicy: Fail
${WORKLOADS}
  variables:
${POD_SPEC}
    - name: unlimited
      expression: >-
        (variables.podSpec.containers +
          (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])
        ).filter(c,
          !has(c.resources) || !has(c.resources.limits) ||
          !('cpu' in c.resources.limits) || !('memory' in c.resources.limits)
        ).map(c, c.name)
  validations:
    - expression: size(variables.unlimited) == 0
      messageExpression: >-
        'containers must set resources.limits.cpu and resources.limits.memory: ' + variables.unlimited.join(', ')
      message: containers must set resources.limits.cpu and resources.limits.memory
      reason: Invalid
${binding("require-resource-limits")}`;

const privileged = `# Written by \`gitops init\`. No privileged containers and no host namespaces: either gives
# a pod the node itself.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: disallow-privileged
spec:
  failurePolicy: Fail
${WORKLOADS}
  variables:
${POD_SPEC}
    - name: privileged
      expression: >-
        (variables.podSpec.containers +
          (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : []) +
          (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])
        ).filter(c,
          has(c.securityContext) && has(c.securityContext.privileged) && c.securityContext.privileged
        ).map(c, c.name)
  validations:
    - expression: size(variables.privileged) == 0
      messageExpression: >-
        'containers must not run privileged: ' + variables.privileged.join(', ')
      message: containers must not run privileged
      reason: Invalid
    - expression: >-
        !(has(variables.podSpec.hostNetwork) && variables.podSpec.hostNetwork) &&
        !(has(variables.podSpec.hostPID) && variables.podSpec.hostPID) &&
        !(has(variables.podSpec.hostIPC) && variables.podSpec.hostIPC)
      message: pods must not use the host network, PID or IPC namespace
      reason: Invalid
${binding("disallow-privileged")}`;

/** The starter policy files, by name inside the policies folder. */
export function starterPolicies(): { name: string; content: string }[] {
  return [
    { name: "disallow-latest-tag.yaml", content: latestTag },
    { name: "require-resource-limits.yaml", content: limits },
    { name: "disallow-privileged.yaml", content: privileged },
  ];
}
