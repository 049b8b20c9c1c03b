/**
 * `gitops bump`: set the image (or chart version) one service deploys in one
 * env to what its pipeline just built. It is promotion's write half with the
 * value given rather than copied: the same locator finds the fields, the same
 * changeset edits them in place (comments kept), and only that env's files
 * are written.
 */
import { ID_PATTERN, loadModel, UserError, type Layout } from "../../core/src/index.js";
import {
  bumpReferences,
  chartSites,
  imageSites,
  referenceSites,
  type ChartSite,
  type ImageSite,
} from "./bump-locate.js";
import { formatImageRef, refVersion, type ImageRef } from "./bump-ref.js";
import { resolveDigest, type RegistryOptions } from "./oci-digest.js";
import { Changeset, type Change } from "./changeset.js";
import { openCheckout } from "./checkout.js";
import { unifiedDiff } from "./diff.js";
import type { GitOptions } from "./git.js";
import { locateFiles, YamlCache } from "./locate.js";
import { listOverlays, overlayOf, rulesFor, show } from "./services.js";
import { publishBump, type BumpPublishSettings } from "./bump-publish.js";
import type { LifecycleResult } from "./lifecycle.js";
import { workTree, type Tree } from "./tree.js";
import { formatPath } from "./yaml-lookup.js";
import { writeFilesAtomically } from "./write.js";

/**
 * What a run does: `edit` the working tree, show a `dry-run` diff, `commit` on the branch checked
 * out, or (like promote) `push` the branch `bump/<env>/<service>` and open or update its `pr`.
 */
export type BumpMode = "edit" | "dry-run" | "commit" | "push" | "pr";

/** What to set: an image reference, or a chart's version (of `chart`, needed when the service pins several). */
export type BumpTarget = { image: ImageRef } | { chartVersion: string; chart?: string };

export interface BumpOptions {
  repo: string;
  env: string;
  service: string;
  target: BumpTarget;
  mode: BumpMode;
  /** `OWNER/NAME` of the service's repository: a `Source-Repository:` trailer. */
  sourceRepository?: string;
  /** The service commit that built the image: a `Source-Commit:` trailer. */
  sourceCommit?: string;
  /** When that commit was made (ISO 8601): a `Source-Commit-Date:` trailer, so lead time needs no API call. */
  sourceCommitDate?: string;
  git?: GitOptions;
  /** For `push` and `pr`: the remote, the PR's base, GitHub, auto-merge and links (bump-publish.ts). */
  publish?: BumpPublishSettings;
  /** `--resolve-digest`: pin the image's tag to the digest its registry serves now (oci-digest.ts). */
  resolveDigest?: RegistryOptions;
}

export type BumpStatus = "nothing" | "dry-run" | "edited" | "committed" | "pushed" | "unchanged";

export interface BumpResult {
  status: BumpStatus;
  env: string;
  service: string;
  /** The reference or version bumped to. */
  to: string;
  changes: Change[];
  notes: string[];
  diff?: string;
  commit?: string;
  message?: string;
  /** `bump/<env>/<service>` (push, pr). */
  branch?: string;
  pr?: LifecycleResult;
  /** The open bump PR closed because the env already runs this image. */
  closedPr?: number;
}

/** The changes a bump makes, read from `tree`. */
export interface BumpPlan {
  set: Changeset;
  notes: string[];
  /** The reference or version, as shown. */
  to: string;
  /** The tag or version, for the commit title. */
  version: string;
}

/** Runs one bump. Bad input is a `UserError` (exit 2) before anything is written. */
export async function bump(given: BumpOptions): Promise<BumpResult> {
  const layout = await loadModel(given.repo);
  // No env given (the bump action's default): the first env of the promotion order.
  const options = { ...given, env: given.env || (layout.environments[0] ?? "") };
  checkTarget(layout, options.env, options.service);
  // After the cheap checks, before anything is read or written: a registry failure leaves all as it was.
  if (options.resolveDigest && "image" in options.target) {
    options.target = { image: await resolveDigest(options.target.image, options.resolveDigest) };
  }
  const checkout =
    options.mode === "commit" || options.mode === "push" || options.mode === "pr"
      ? await openCheckout(options.repo, options.git ?? {})
      : undefined;
  const { set, notes, to, version } = await planBump(layout, options, workTree(options.repo));
  const result: BumpResult = {
    status: "nothing",
    env: options.env,
    service: options.service,
    to,
    changes: set.changes,
    notes,
  };
  if (checkout && (options.mode === "push" || options.mode === "pr")) {
    return publishBump({
      layout,
      options,
      checkout,
      plan: { set, notes, to, version },
      result,
      replan: (tree) => planBump(layout, options, tree),
      message: (plan) => bumpMessage(options, plan.version, plan.set.changes),
    });
  }
  if (set.changes.length === 0) return result;
  const planned = set.files();
  if (options.mode === "dry-run") {
    return {
      ...result,
      status: "dry-run",
      diff: planned.map((f) => unifiedDiff(f.path, f.before, f.after)).join(""),
    };
  }
  writeFilesAtomically(options.repo, planned);
  if (!checkout) return { ...result, status: "edited" };
  const message = bumpMessage(options, version, set.changes);
  const paths = planned.map((f) => `${checkout.prefix}${f.path}`);
  await checkout.git.ok(["add", "--", ...paths], "cannot stage the bump");
  await checkout.git.ok(["commit", "--quiet", "--file=-", "--", ...paths], "cannot commit the bump", {
    input: message,
  });
  const commit = (await checkout.git.ok(["rev-parse", "HEAD"], "cannot read the new commit")).trim();
  return { ...result, status: "committed", commit, message };
}

/** Plans the bump reading the env's files from `tree` (the working tree, or a branch's commit). */
export async function planBump(layout: Layout, options: BumpOptions, tree: Tree): Promise<BumpPlan> {
  const cache = new YamlCache(tree);
  const files = await locateFiles(cache, overlayOf(layout, options.service, options.env));
  const set = new Changeset();
  const notes: string[] = [];
  const { target } = options;
  if ("image" in target) {
    const sites = await imageSites(cache, files, rulesFor(layout, options.service));
    // Images written whole in the env's manifests and patches (version.yml) are bumped too.
    const refs = await referenceSites(cache, files);
    const placed = bumpReferences(set, options.service, refs, target.image);
    if (sites.some((s) => s.image === target.image.name)) {
      bumpImage(set, options, pick(options, sites, target.image), target.image, notes);
    } else if (placed === 0) {
      // Throws, naming every image the env does deploy.
      const whole = refs.map((r) => ({ image: r.image, file: r.site.file }) as ImageSite);
      pick(options, [...sites, ...whole], target.image);
    }
    return { set, notes, to: formatImageRef(target.image), version: refVersion(target.image) };
  }
  const sites = await chartSites(cache, files);
  for (const site of pickChart(options, sites, target.chart)) {
    set.field(options.service, site.file, site.doc, site.path, site.key, text(target.chartVersion));
  }
  return { set, notes, to: target.chartVersion, version: target.chartVersion };
}

/** Checks the env and service before anything is read: each mistake names the value and what is known. */
function checkTarget(layout: Layout, env: string, service: string): void {
  if (!layout.environments.includes(env)) {
    throw new UserError(`unknown environment ${show(env)}; known: ${layout.environments.join(", ")}`);
  }
  if (!new RegExp(ID_PATTERN).test(service))
    throw new UserError(`service ${show(service)} is not a plain name`);
  const overlays = listOverlays(layout);
  const known = [...new Set(overlays.map((o) => o.service))].sort();
  if (!known.includes(service)) {
    throw new UserError(`unknown service ${show(service)}; known: ${known.join(", ") || "(none)"}`);
  }
  if (!overlays.some((o) => o.service === service && o.env === env)) {
    const envs = overlays.filter((o) => o.service === service).map((o) => o.env);
    throw new UserError(`service "${service}" has no ${env} overlay; it has: ${envs.join(", ")}`);
  }
}

/** The sites that deploy `ref`'s image; none is a `UserError` naming the images the service does deploy. */
function pick(options: BumpOptions, sites: ImageSite[], ref: ImageRef): ImageSite[] {
  const matching = sites.filter((s) => s.image === ref.name);
  if (matching.length > 0) return matching;
  const deployed = [...new Set(sites.map((s) => `${s.image} (${s.file.file})`))];
  throw new UserError(
    `${options.service} does not deploy image ${show(ref.name)} in ${options.env}; ` +
      (deployed.length > 0 ? `it deploys: ${deployed.join(", ")}` : "no image field was found in its files"),
  );
}

/**
 * The field := the reference. Kustomize: newTag and digest both follow it (a field the
 * reference lacks is removed, so `name@digest` does not keep an old tag). Helm: the overlay's
 * tag falls back to the chart's default when removed, so a digest-only reference leaves it.
 */
function bumpImage(set: Changeset, options: BumpOptions, sites: ImageSite[], ref: ImageRef, notes: string[]) {
  for (const site of sites) {
    const tag = ref.tag === undefined ? undefined : text(ref.tag);
    if (tag || site.kind === "kustomize")
      set.field(options.service, site.file, site.doc ?? 0, site.path, site.tagKey, tag);
    else
      notes.push(
        `${site.file.file}: the reference has no tag; ${formatPath(site.path, site.tagKey)} is left as it is`,
      );
    const digest = ref.digest === undefined ? undefined : text(ref.digest);
    set.field(options.service, site.file, site.doc ?? 0, site.path, site.digestKey, digest);
  }
}

function pickChart(options: BumpOptions, sites: ChartSite[], chart: string | undefined): ChartSite[] {
  const names = [...new Set(sites.map((s) => s.chart))].sort();
  if (names.length === 0) {
    throw new UserError(
      `${options.service} pins no chart version in ${options.env} (no Chart.yaml dependency, no chart-repository Application)`,
    );
  }
  const matching = chart === undefined ? sites : sites.filter((s) => s.chart === chart);
  if (matching.length === 0 || (chart === undefined && names.length > 1)) {
    const what = chart === undefined ? "which chart to bump (name it with --chart)" : `chart ${show(chart)}`;
    throw new UserError(
      `${options.service} in ${options.env}: cannot tell ${what}; it pins: ${names.join(", ")}`,
    );
  }
  return matching;
}

function text(value: string) {
  return { text: value, isString: true };
}

/** `bump web in staging to 2.9.0`, the changed fields, and the source trailers. */
export function bumpMessage(
  options: Pick<BumpOptions, "env" | "service" | "sourceRepository" | "sourceCommit" | "sourceCommitDate">,
  version: string,
  changes: readonly Change[],
): string {
  const lines = changes.map((c) => `- ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`);
  const trailers = [
    ...(options.sourceRepository ? [`Source-Repository: ${options.sourceRepository}`] : []),
    ...(options.sourceCommit ? [`Source-Commit: ${options.sourceCommit}`] : []),
    ...(options.sourceCommit && options.sourceCommitDate
      ? [`Source-Commit-Date: ${options.sourceCommitDate}`]
      : []),
  ];
  const tail = trailers.length > 0 ? `\n\n${trailers.join("\n")}` : "";
  return `bump ${options.service} in ${options.env} to ${version}\n\n${lines.join("\n")}${tail}\n`;
}
