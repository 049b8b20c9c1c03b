/**
 * The preview sweeper: the preview Applications Argo CD still has although their pull request is
 * closed (a generator that missed the close, an SCM outage that froze it) or that are older than
 * `preview.ttl`. A preview Application is one whose ownerReference names one of the repository's
 * pullRequest ApplicationSets (Argo CD's controller sets it), or, when a token's `fields` or an
 * older Argo CD leave that out, one whose name fits the set's name template. The pull request's
 * number comes from the name template (`{{ .number }}`): a template without it leaves only the TTL.
 */
import type { ArgoClient } from "../../argocd/src/client.js";
import type { ArgoApplication } from "../../argocd/src/types.js";
import { isObject } from "../../core/src/model/applications.js";
import { specOf, type PreviewSet } from "./sets.js";

/** What a pull request is, as the SCM answers. */
export type PullState = "open" | "closed" | "merged" | "missing";

export interface SweepSet {
  name: string;
  file: string;
  /** The name template as a pattern; group 1 is the pull request number when the template has one. */
  pattern: RegExp;
  hasNumber: boolean;
  /** The GitHub repository its pullRequest generator watches, when it is a GitHub one. */
  github?: { owner: string; repo: string };
}

export interface PreviewInstance {
  name: string;
  applicationSet: string;
  project: string;
  pullRequest?: number;
  /** RFC 3339, when Argo CD said. */
  createdAt?: string;
  ageMs?: number;
}

export interface StalePreview extends PreviewInstance {
  /** Why it is stale: its pull request is closed or merged or gone, or it is older than the TTL. */
  reason: "closed" | "merged" | "missing" | "ttl";
}

export interface SweepOptions {
  client: ArgoClient;
  appNamespace?: string;
  sets: readonly SweepSet[];
  /** 0: no age limit. */
  ttlMs: number;
  now: Date;
  /** The state of a pull request of `github`; called once per pull request. */
  pullState: (github: { owner: string; repo: string }, number: number) => Promise<PullState>;
}

export interface SweepResult {
  previews: PreviewInstance[];
  stale: StalePreview[];
}

/** The sweeper's view of the repository's preview ApplicationSets. */
export function sweepSets(sets: readonly PreviewSet[]): SweepSet[] {
  return sets.map((set) => {
    const template = isObject(specOf(set).template) ? (specOf(set).template as Record<string, unknown>) : {};
    const meta = isObject(template.metadata) ? template.metadata : {};
    const name = typeof meta.name === "string" ? meta.name : "";
    const github = set.generators.map((g) => g.github).find(isObject);
    const out: SweepSet = { name: set.name, file: set.file, ...namePattern(name) };
    if (github && typeof github.owner === "string" && typeof github.repo === "string")
      out.github = { owner: github.owner, repo: github.repo };
    return out;
  });
}

/**
 * A name template as a pattern: `{{ .number }}` (or `{{number}}`) captures digits, any other
 * placeholder matches a run of DNS-label characters.
 */
export function namePattern(template: string): { pattern: RegExp; hasNumber: boolean } {
  let hasNumber = false;
  const parts = template.split(/(\{\{.*?\}\})/).map((part) => {
    if (!part.startsWith("{{")) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (/^\{\{-?\s*\.?number\s*-?\}\}$/.test(part) && !hasNumber) {
      hasNumber = true;
      return "(\\d+)";
    }
    return "[a-z0-9.-]*?";
  });
  return { pattern: new RegExp(`^${parts.join("")}$`), hasNumber };
}

const FIELDS = [
  "items.metadata.name",
  "items.metadata.creationTimestamp",
  "items.metadata.ownerReferences",
  "items.spec.project",
];

/** Lists the preview Applications and picks the stale ones. */
export async function findStalePreviews(o: SweepOptions): Promise<SweepResult> {
  const apps = await o.client.listApplications({
    fields: FIELDS,
    ...(o.appNamespace ? { appNamespace: o.appNamespace } : {}),
  });
  const previews = apps.flatMap((a) => {
    const p = instanceOf(a, o.sets, o.now);
    return p ? [p] : [];
  });
  previews.sort((a, b) => a.name.localeCompare(b.name));
  const states = new Map<string, Promise<PullState>>();
  const stale: StalePreview[] = [];
  for (const p of previews) {
    const set = o.sets.find((s) => s.name === p.applicationSet);
    if (set?.github && p.pullRequest !== undefined) {
      const key = `${set.github.owner}/${set.github.repo}#${p.pullRequest}`;
      let state = states.get(key);
      if (!state) {
        state = o.pullState(set.github, p.pullRequest);
        states.set(key, state);
      }
      const s = await state;
      if (s !== "open") {
        stale.push({ ...p, reason: s });
        continue;
      }
    }
    if (o.ttlMs > 0 && p.ageMs !== undefined && p.ageMs > o.ttlMs) stale.push({ ...p, reason: "ttl" });
  }
  return { previews, stale };
}

/** Deletes the stale previews (cascade: their resources, and so a managed namespace, go too). */
export async function deleteStalePreviews(
  client: ArgoClient,
  stale: readonly StalePreview[],
  appNamespace?: string,
): Promise<string[]> {
  const deleted: string[] = [];
  for (const p of stale) {
    await client.deleteApplication(p.name, {
      cascade: true,
      ...(appNamespace ? { appNamespace } : {}),
      ...(p.project ? { project: p.project } : {}),
    });
    deleted.push(p.name);
  }
  return deleted;
}

function instanceOf(app: ArgoApplication, sets: readonly SweepSet[], now: Date): PreviewInstance | undefined {
  const name = app.metadata?.name;
  if (!name) return undefined;
  const owner = app.metadata?.ownerReferences?.find((r) => r.kind === "ApplicationSet")?.name;
  // An owner that is another ApplicationSet settles it: not a preview of ours.
  const set =
    owner !== undefined ? sets.find((s) => s.name === owner) : sets.find((s) => s.pattern.test(name));
  if (!set) return undefined;
  const out: PreviewInstance = { name, applicationSet: set.name, project: app.spec?.project ?? "" };
  const m = set.hasNumber ? set.pattern.exec(name) : null;
  if (m?.[1]) out.pullRequest = Number(m[1]);
  const created = app.metadata?.creationTimestamp;
  if (created && !Number.isNaN(Date.parse(created))) {
    out.createdAt = created;
    out.ageMs = now.getTime() - Date.parse(created);
  }
  return out;
}
