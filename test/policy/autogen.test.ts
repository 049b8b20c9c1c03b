// Kyverno autogen: a rule written for Pods also runs on every Pod controller through its Pod
// template (`spec.template`, or `spec.jobTemplate.spec.template` for CronJobs), as Kyverno
// generates it: rules named autogen-<rule> and autogen-cronjob-<rule>, the
// pod-policies.kyverno.io/autogen-controllers annotation, and the conditions that turn it off.
import { describe, expect, it } from "vitest";
import { rewriteForCronJobs, rewriteForPodControllers } from "../../packages/policy/src/kyverno/autogen.js";
import { check, docs, writeRepo } from "./support.js";

const TEMPLATE_KINDS: [string, string][] = [
  ["apps/v1", "Deployment"],
  ["apps/v1", "StatefulSet"],
  ["apps/v1", "DaemonSet"],
  ["apps/v1", "ReplicaSet"],
  ["v1", "ReplicationController"],
  ["batch/v1", "Job"],
];

function podSpec(image: string, indent: string): string {
  return `${indent}containers:\n${indent}  - name: app\n${indent}    image: ${image}\n`;
}

/** A workload of `kind` named `name` whose one container runs `image`; labels go on the Pod template. */
function workload(kind: string, name: string, image: string, labels = "{}"): string {
  if (kind === "Pod") {
    return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: apps\n  labels: ${labels}\nspec:\n${podSpec(image, "  ")}`;
  }
  if (kind === "CronJob") {
    return `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          labels: ${labels}\n        spec:\n${podSpec(image, "          ")}`;
  }
  const apiVersion = TEMPLATE_KINDS.find(([, k]) => k === kind)?.[0] ?? "apps/v1";
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  template:\n    metadata:\n      labels: ${labels}\n    spec:\n${podSpec(image, "      ")}`;
}

const ALL_KINDS = ["Pod", ...TEMPLATE_KINDS.map(([, k]) => k), "CronJob"];

/** Every kind twice: `bad-<kind>` runs a :latest image, `good-<kind>` a pinned one. */
const MANIFESTS = docs(
  ...ALL_KINDS.flatMap((k) => [
    workload(k, `bad-${k.toLowerCase()}`, "nginx:latest"),
    workload(k, `good-${k.toLowerCase()}`, "nginx:1.27"),
  ]),
);

const CLUSTER_POLICY = (
  annotations = "",
  match = "kinds: [Pod]",
  extraRules = "",
) => `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: disallow-latest-tag
  annotations: {${annotations}}
spec:
  validationFailureAction: Enforce
  rules:
    - name: validate-image-tag
      match:
        any:
          - resources:
              ${match}
      validate:
        cel:
          expressions:
            - expression: "object.spec.containers.all(c, !c.image.endsWith(':latest'))"
              messageExpression: "'latest tag in ' + object.metadata.?labels.?app.orValue('no-app')"
${extraRules}`;

async function findings(policy: string, manifests = MANIFESTS) {
  const r = await check(writeRepo({ "policies/p.yaml": policy, "manifests.yaml": manifests }));
  return r.findings.map((f) => `${f.rule} ${f.resource?.kind ?? ""}/${f.resource?.name ?? ""}`);
}

describe("ClusterPolicy validate.cel autogen", () => {
  it("runs a Pod rule on every controller, named as Kyverno names the generated rules", async () => {
    expect(await findings(CLUSTER_POLICY())).toEqual([
      "disallow-latest-tag/validate-image-tag Pod/bad-pod",
      "disallow-latest-tag/autogen-validate-image-tag Deployment/bad-deployment",
      "disallow-latest-tag/autogen-validate-image-tag StatefulSet/bad-statefulset",
      "disallow-latest-tag/autogen-validate-image-tag DaemonSet/bad-daemonset",
      "disallow-latest-tag/autogen-validate-image-tag ReplicaSet/bad-replicaset",
      "disallow-latest-tag/autogen-validate-image-tag ReplicationController/bad-replicationcontroller",
      "disallow-latest-tag/autogen-validate-image-tag Job/bad-job",
      "disallow-latest-tag/autogen-cronjob-validate-image-tag CronJob/bad-cronjob",
    ]);
  });

  it("rewrites every expression, messages included, to read the Pod template", async () => {
    const manifests = docs(
      workload("Deployment", "web", "nginx:latest", "{app: web}"),
      workload("CronJob", "nightly", "nginx:latest", "{app: nightly}"),
    );
    const r = await check(writeRepo({ "policies/p.yaml": CLUSTER_POLICY(), "manifests.yaml": manifests }));
    expect(r.findings.map((f) => f.message)).toEqual([
      "disallow-latest-tag/autogen-validate-image-tag: latest tag in web",
      "disallow-latest-tag/autogen-cronjob-validate-image-tag: latest tag in nightly",
    ]);
  });

  it("generates nothing when the annotation says none", async () => {
    const policy = CLUSTER_POLICY('pod-policies.kyverno.io/autogen-controllers: "none"');
    expect(await findings(policy)).toEqual(["disallow-latest-tag/validate-image-tag Pod/bad-pod"]);
  });

  it("generates only for the controllers the annotation lists", async () => {
    const both = CLUSTER_POLICY('pod-policies.kyverno.io/autogen-controllers: "Deployment,CronJob"');
    expect(await findings(both)).toEqual([
      "disallow-latest-tag/validate-image-tag Pod/bad-pod",
      "disallow-latest-tag/autogen-validate-image-tag Deployment/bad-deployment",
      "disallow-latest-tag/autogen-cronjob-validate-image-tag CronJob/bad-cronjob",
    ]);
    const noCron = CLUSTER_POLICY('pod-policies.kyverno.io/autogen-controllers: "StatefulSet,Job"');
    expect(await findings(noCron)).toEqual([
      "disallow-latest-tag/validate-image-tag Pod/bad-pod",
      "disallow-latest-tag/autogen-validate-image-tag StatefulSet/bad-statefulset",
      "disallow-latest-tag/autogen-validate-image-tag Job/bad-job",
    ]);
    const cronOnly = CLUSTER_POLICY('pod-policies.kyverno.io/autogen-controllers: "CronJob"');
    expect(await findings(cronOnly)).toEqual([
      "disallow-latest-tag/validate-image-tag Pod/bad-pod",
      "disallow-latest-tag/autogen-cronjob-validate-image-tag CronJob/bad-cronjob",
    ]);
  });

  it("generates nothing when a filter lists Pod with other kinds or is narrowed by name or selector", async () => {
    const podOnly = ["disallow-latest-tag/validate-image-tag Pod/bad-pod"];
    // The rule reads a Deployment as it is: no spec.containers, so both Deployments cannot be evaluated.
    expect(await findings(CLUSTER_POLICY("", "kinds: [Pod, Deployment]"))).toEqual([
      "disallow-latest-tag/validate-image-tag Pod/bad-pod",
      "disallow-latest-tag/validate-image-tag Deployment/bad-deployment",
      "disallow-latest-tag/validate-image-tag Deployment/good-deployment",
    ]);
    expect(await findings(CLUSTER_POLICY("", 'kinds: [Pod]\n              names: ["bad-*"]'))).toEqual(
      podOnly,
    );
    expect(
      await findings(CLUSTER_POLICY("", "kinds: [Pod]\n              selector: {matchLabels: {a: b}}")),
    ).toEqual([]);
    expect(await findings(CLUSTER_POLICY("", "kinds: [Pod]\n              annotations: {a: b}"))).toEqual([]);
  });

  it("generates nothing for any rule when another rule of the policy blocks it", async () => {
    const other = `    - name: other
      match:
        any:
          - resources:
              kinds: [ConfigMap]
              names: [settings]
      validate:
        cel:
          expressions:
            - expression: "true"
`;
    expect(await findings(CLUSTER_POLICY("", "kinds: [Pod]", other))).toEqual([
      "disallow-latest-tag/validate-image-tag Pod/bad-pod",
    ]);
  });

  it("rewrites celPreconditions and variables the same way", async () => {
    const policy = `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: team-images
spec:
  validationFailureAction: Enforce
  rules:
    - name: pinned
      match:
        any:
          - resources:
              kinds: [Pod]
      celPreconditions:
        - name: only-web
          expression: "object.metadata.?labels.?app.orValue('') == 'web'"
      validate:
        cel:
          variables:
            - name: images
              expression: "object.spec.containers.map(c, c.image)"
          expressions:
            - expression: "variables.images.all(i, !i.endsWith(':latest'))"
              message: latest tag
`;
    const manifests = docs(
      workload("Deployment", "web", "nginx:latest", "{app: web}"),
      workload("Deployment", "api", "nginx:latest", "{app: api}"),
      workload("CronJob", "web-cron", "nginx:latest", "{app: web}"),
    );
    expect(await findings(policy, manifests)).toEqual([
      "team-images/autogen-pinned Deployment/web",
      "team-images/autogen-cronjob-pinned CronJob/web-cron",
    ]);
  });

  it("keeps exclude blocks, retargeted to the controllers", async () => {
    const policy = CLUSTER_POLICY().replace(
      "      validate:",
      "      exclude:\n        any:\n          - resources:\n              kinds: [Pod]\n              namespaces: [apps]\n      validate:",
    );
    expect(await findings(policy)).toEqual([]);
    const elsewhere = policy.replace("namespaces: [apps]", "namespaces: [other]");
    expect((await findings(elsewhere)).length).toBe(8);
  });
});

const VALIDATING_POLICY = (extra = "", constraints = "") => `apiVersion: policies.kyverno.io/v1alpha1
kind: ValidatingPolicy
metadata:
  name: disallow-latest-tag
spec:
  validationActions: [Deny]
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [pods]
${constraints}${extra}  validations:
    - expression: "object.spec.containers.all(c, !c.image.endsWith(':latest'))"
      messageExpression: "'latest tag in ' + object.metadata.name"
`;

describe("ValidatingPolicy autogen", () => {
  it("runs on every controller but ReplicationController, findings under the policy's name", async () => {
    expect(await findings(VALIDATING_POLICY())).toEqual([
      "disallow-latest-tag Pod/bad-pod",
      "disallow-latest-tag Deployment/bad-deployment",
      "disallow-latest-tag StatefulSet/bad-statefulset",
      "disallow-latest-tag DaemonSet/bad-daemonset",
      "disallow-latest-tag ReplicaSet/bad-replicaset",
      "disallow-latest-tag Job/bad-job",
      "disallow-latest-tag CronJob/bad-cronjob",
    ]);
  });

  it("keeps object.metadata.name on the controller itself", async () => {
    const r = await check(
      writeRepo({
        "policies/p.yaml": VALIDATING_POLICY(),
        "manifests.yaml": workload("CronJob", "nightly", "nginx:latest"),
      }),
    );
    expect(r.findings.map((f) => f.message)).toEqual(["disallow-latest-tag: latest tag in nightly"]);
  });

  it("follows spec.autogen.podControllers.controllers, and an empty list turns it off", async () => {
    const some = "  autogen:\n    podControllers:\n      controllers: [deployments, cronjobs]\n";
    expect(await findings(VALIDATING_POLICY(some))).toEqual([
      "disallow-latest-tag Pod/bad-pod",
      "disallow-latest-tag Deployment/bad-deployment",
      "disallow-latest-tag CronJob/bad-cronjob",
    ]);
    const none = "  autogen:\n    podControllers:\n      controllers: []\n";
    expect(await findings(VALIDATING_POLICY(none))).toEqual(["disallow-latest-tag Pod/bad-pod"]);
  });

  it("generates nothing when the constraints select objects or name more than pods", async () => {
    const selector = "    objectSelector:\n      matchLabels: {app: web}\n";
    expect(await findings(VALIDATING_POLICY("", selector))).toEqual([]);
    const more = VALIDATING_POLICY().replace("resources: [pods]", "resources: [pods, services]");
    expect(await findings(more)).toEqual(["disallow-latest-tag Pod/bad-pod"]);
  });
});

describe("the rewrite of CEL text", () => {
  it("moves spec and metadata under the Pod template, request.object and oldObject included", () => {
    expect(rewriteForPodControllers("object.spec.containers.all(c, has(oldObject.metadata.labels))")).toBe(
      "object.spec.template.spec.containers.all(c, has(oldObject.spec.template.metadata.labels))",
    );
    expect(rewriteForPodControllers("request.object.metadata.name")).toBe(
      "request.object.spec.template.metadata.name",
    );
    expect(rewriteForCronJobs("object.spec.?initContainers")).toBe(
      "object.spec.jobTemplate.spec.template.spec.?initContainers",
    );
  });
});
