import type { Detected } from "../detect.js";
import { writableEnvs } from "../detect.js";

/**
 * `.gitops.yaml` pinning what discovery found: the environments in promotion order and, when a
 * set of roots gives back exactly the folder targets, `targets.roots`. Every other key is left
 * to its default and shown commented out, so the file documents itself.
 */
export function configFile(d: Detected): string {
  const out: string[] = [
    "# Settings of the gitops CLI (gitops-actions), written by `gitops init` from what it found",
    "# in this repository. Every key is optional: delete one to let discovery decide again.",
    "# Check what the suite sees with `gitops targets --explain`.",
    "",
  ];
  out.push(...environmentsSection(d), "", ...targetsSection(d), "", ...defaultsSection());
  return out.join("\n") + "\n";
}

function environmentsSection(d: Detected): string[] {
  const lines = [
    "# Environments in promotion order: `gitops promote` copies from one into the next, and a",
    "# target in an env not listed here is a warning.",
  ];
  const count = (env: string) => d.targets.filter((t) => t.env === env).length;
  const found = d.environments.map((e) => `${e} (${count(e)} target${count(e) === 1 ? "" : "s"})`).join(", ");
  const shared = d.targets.filter((t) => !t.env).length;
  if (found) lines.push(`# found: ${found}${shared ? `; ${shared} shared target(s) name no env` : ""}`);
  if (writableEnvs(d.environments)) {
    lines.push(`environments: [${d.environments.join(", ")}]`);
  } else if (d.environments.length > 0) {
    lines.push("# not pinned: an env name is not a plain lowercase name; name them here yourself");
    lines.push("# environments: [staging, prod]");
  } else {
    lines.push(`# found: no env in any target path or Application (${shared} shared target(s));`);
    lines.push("# list them here once the repository has some:");
    lines.push("# environments: [staging, prod]");
  }
  return lines;
}

function targetsSection(d: Detected): string[] {
  const lines = [
    "# Folder targets. With roots, only folders matching them are targets: {env} and {service}",
    "# each match one folder and name it. Argo CD Applications are followed either way.",
  ];
  if (d.roots) {
    lines.push("targets:", "  roots:");
    for (const r of d.roots) {
      const shown = r.targets.slice(0, 3).join(", ") + (r.targets.length > 3 ? ", …" : "");
      lines.push(`    # found: ${r.targets.length} target(s): ${shown}`);
      lines.push(`    - ${JSON.stringify(r.root)}`);
    }
    lines.push('  # Globs of folders that are never targets, e.g. ["apps/legacy/**"].');
    lines.push("  exclude: []");
  } else {
    lines.push(`# not pinned: ${d.rootsNote ?? "discovery decides"}; discovery finds them on every run.`);
    lines.push("# targets:");
    lines.push('#   roots: ["apps/{service}/overlays/{env}"]');
    lines.push('#   exclude: ["apps/legacy/**"]');
  }
  const apps = d.applications.length;
  if (apps > 0) {
    const places = d.applicationPlaces.slice(0, 3).join(", ") + (d.applicationPlaces.length > 3 ? ", …" : "");
    lines.push(`# found: ${apps} Argo CD Application(s) in ${places}`);
  }
  return lines;
}

function defaultsSection(): string[] {
  return [
    "# Defaults, shown for reference; uncomment to change.",
    "# clusters:            # what ApplicationSet cluster generators see, besides cluster Secrets",
    '#   - { name: prod, server: "https://prod.example.com", labels: { env: prod } }',
    "# render:",
    '#   repoURLs: ["https://github.com/ORG/infra-gitops.git"]  # how Applications name this repo',
    "# lint:",
    '#   kubeVersion: "1.34"  # Kubernetes minor of the bundled schemas: 1.32, 1.33 or 1.34',
    "# policy:",
    "#   dir: policies        # ValidatingAdmissionPolicies, Kyverno and Rego policies",
    "# promote:",
    "#   requiredChecks: [validate]  # checks that must pass on the source commit",
  ];
}
