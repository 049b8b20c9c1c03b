import { serviceRoot } from "../../../core/src/index.js";
import type { Detected } from "../detect.js";

/** Where GitHub looks for CODEOWNERS, in its order; init writes the first. */
export const CODEOWNERS_PLACES = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

/** The placeholder team that owns everything; `ORG` is replaced by the user. */
export const PLATFORM_TEAM = "@ORG/platform-team";

/** The placeholder team of a service. */
export function serviceTeam(service: string): string {
  return `@ORG/${service}-team`;
}

/**
 * `.github/CODEOWNERS`: the platform team owns everything; a service team owns its service's
 * folders; a production target folder needs both; Argo CD objects, policies and CI belong to the
 * platform. GitHub applies the last matching line, so the order below is the precedence.
 */
export function codeownersFile(d: Detected, policyDir: string): string {
  const lines = [
    "# Written by `gitops init`. Replace ORG with your GitHub organisation and the team names",
    '# with real teams (each needs write access), then turn on "Require review from Code Owners"',
    "# in the branch protection or ruleset of main.",
    "# The last matching line wins: later, more specific lines override earlier ones.",
    "",
    "# Everything not listed below.",
    row("*", [PLATFORM_TEAM]),
  ];
  const services = new Map<string, string>();
  for (const t of d.targets) {
    if (!t.service || !t.folder) continue;
    const root = serviceRoot(t.folder, t.service);
    if (root && !services.has(root)) services.set(root, t.service);
  }
  if (services.size > 0) {
    lines.push(
      "",
      "# Service folders: their team reviews their changes, and the platform team too, since a shared",
      "# base or chart reaches production (`gitops governance` checks every file a prod target reads).",
    );
    for (const [root, service] of [...services].sort(byPath))
      lines.push(row(dir(root), [serviceTeam(service), PLATFORM_TEAM]));
  }
  if (d.applicationPlaces.length > 0) {
    lines.push("", "# Argo CD Applications and ApplicationSets: what is deployed where.");
    for (const p of d.applicationPlaces)
      lines.push(row(isFile(p) ? `/${escape(p)}` : dir(p), [PLATFORM_TEAM]));
  }
  const prod = prodFolders(d);
  if (prod.length > 0) {
    lines.push(
      "",
      `# Production (${d.prodEnvs.join(", ")}): the service team, where one is known, and the platform team.`,
    );
    for (const [folder, service] of prod) {
      lines.push(row(dir(folder), service ? [serviceTeam(service), PLATFORM_TEAM] : [PLATFORM_TEAM]));
    }
  }
  lines.push(
    "",
    "# Policies and CI: the platform team alone.",
    row(dir(policyDir), [PLATFORM_TEAM]),
    row("/.github/", [PLATFORM_TEAM]),
  );
  return lines.join("\n") + "\n";
}

/** The folders of the production targets with their service, one line each. */
export function prodFolders(d: Detected): [string, string | undefined][] {
  const prod = new Set(d.prodEnvs);
  const out = new Map<string, string | undefined>();
  for (const t of d.targets) {
    if (!prod.has(t.env) || !t.folder) continue;
    // An Application target rendered from the folder of Argo CD objects belongs to the platform.
    if (t.id.startsWith("applications/") && d.applicationPlaces.some((p) => within(t.folder, p))) continue;
    if (!out.has(t.folder)) out.set(t.folder, t.service);
  }
  return [...out].sort(byPath);
}

function byPath(a: [string, unknown], b: [string, unknown]): number {
  return a[0].localeCompare(b[0]);
}

function isFile(place: string): boolean {
  return /\.(ya?ml|json)$/i.test(place);
}

/** A folder as a CODEOWNERS pattern anchored at the root; spaces escaped as GitHub reads them. */
function dir(path: string): string {
  return `/${escape(path)}/`;
}

function escape(path: string): string {
  return path.replace(/([\s#\\])/g, "\\$1");
}

function row(pattern: string, owners: string[]): string {
  return `${pattern.padEnd(40)} ${owners.join(" ")}`.trimEnd();
}

function within(path: string, place: string): boolean {
  return path === place || path.startsWith(`${place}/`);
}
