import { baseManifest, externalSecret, labels, toYaml } from "./manifests.js";
import type { ServiceSpec } from "./service.js";

/** Files of a Kustomize service: `apps/<svc>/base` plus one overlay per env. */
export function kustomizeService(svc: ServiceSpec): Map<string, string> {
  const files = new Map<string, string>();
  const root = `apps/${svc.name}`;
  for (const res of svc.resources) files.set(`${root}/base/${res.file}`, toYaml(baseManifest(svc, res)));
  files.set(
    `${root}/base/kustomization.yaml`,
    toYaml({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: svc.resources.map((r) => r.file),
    }),
  );
  for (const [env, s] of Object.entries(svc.envs)) {
    const dir = `${root}/overlays/${env}`;
    files.set(
      `${dir}/kustomization.yaml`,
      `# ${svc.name} in ${env}: promoted by copying images and replicas from the previous env.\n` +
        toYaml({
          apiVersion: "kustomize.config.k8s.io/v1beta1",
          kind: "Kustomization",
          namespace: `${svc.name}-${env}`,
          resources: ["../../base", "externalsecret.yaml"],
          labels: [{ pairs: { env }, includeTemplates: true }],
          images: [{ name: `ghcr.io/example-org/${svc.name}`, newTag: s.tag }],
          replicas: [{ name: svc.name, count: s.replicas }],
          patches: [{ path: "deployment-patch.yaml" }],
        }),
    );
    files.set(
      `${dir}/deployment-patch.yaml`,
      toYaml({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: svc.name, labels: labels(svc) },
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: svc.name,
                  env: [{ name: "LOG_LEVEL", value: s.logLevel }],
                  resources: { requests: { cpu: s.cpu, memory: s.memory }, limits: { memory: s.memory } },
                },
              ],
            },
          },
        },
      }),
    );
    files.set(`${dir}/externalsecret.yaml`, toYaml(externalSecret(svc, env)));
    files.set(`${dir}/README.md`, overlayReadme(svc, env));
  }
  return files;
}

/** The overlay README the blueprint asks for: which secrets the service needs, and where they live. */
export function overlayReadme(svc: ServiceSpec, env: string): string {
  const keys = svc.secretKeys.map(
    (k) => `- \`${k}\` from \`vault://platform/${svc.name}/${env}#${k.toLowerCase()}\``,
  );
  return `# ${svc.name} (${env})\n\nOwned by team ${svc.team}.\n\nRequired secrets:\n\n${keys.join("\n")}\n`;
}
