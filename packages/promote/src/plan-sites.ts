/**
 * The promotion passes beyond kustomize images and Helm value files: whole files
 * (`promote.files`), images in the overlay's manifests and patch files, kustomize
 * `helmCharts`, and Helm values inline in Applications.
 */
import { manifestSites } from "./locate-manifests.js";
import { both, listEntries, read, type Context, type ServicePair } from "./plan-context.js";
import type { FieldRules } from "./services.js";
import { formatPath, readField, type PathStep } from "./yaml-lookup.js";

/** `promote.files`: each named file of the source env's folder replaces the target's whole. Returns the source paths copied. */
export async function promoteFiles(ctx: Context, rules: FieldRules, pair: ServicePair): Promise<Set<string>> {
  const copied = new Set<string>();
  const from = pair.source.overlay.dir;
  const to = pair.target.overlay.dir;
  if (from === to) return copied;
  for (const name of rules.files) {
    const text = await ctx.src.tree.read(`${from}/${name}`);
    if (text === undefined) {
      ctx.notes.push(
        `${ctx.service}: ${from}/${name} does not exist; promote.files names it, nothing copied`,
      );
      continue;
    }
    copied.add(`${from}/${name}`);
    ctx.set.copy(ctx.service, `${to}/${name}`, await ctx.dst.tree.read(`${to}/${name}`), text);
  }
  return copied;
}

/**
 * Container images in the overlay's own manifests and patch files, matched by what they set
 * (resource and container, or patch target and op path). The last source site of an id wins,
 * as kustomize applies patches in order.
 */
export async function promoteManifests(ctx: Context, pair: ServicePair, copied: Set<string>): Promise<void> {
  const source = await manifestSites(ctx.src, pair.source.manifests);
  const target = await manifestSites(ctx.dst, pair.target.manifests);
  const last = new Map(source.map((s) => [s.id, s]));
  const placed = new Set<string>();
  for (const t of target) {
    const s = last.get(t.id);
    if (!s?.value) continue;
    placed.add(t.id);
    ctx.set.field(ctx.service, t.file, t.doc, t.path, t.key, s.value);
  }
  for (const [id, s] of last) {
    if (placed.has(id) || !s.value || copied.has(s.file.file)) continue;
    ctx.unplaced.push({ service: ctx.service, file: s.file.file, field: id, value: s.value.text });
  }
}

/**
 * Kustomize `helmCharts` entries both envs inflate (by name): the chart `version` (when chart
 * versions are promoted) and the `promote.values` paths of `valuesInline`.
 */
export async function promoteHelmCharts(ctx: Context, rules: FieldRules, pair: ServicePair): Promise<void> {
  const files = await both(ctx, pair.source.kustomization, pair.target.kustomization);
  if (!files) return;
  const targetCharts = new Set(listEntries(files.target, "helmCharts").map((s) => s.equals.text));
  for (const step of listEntries(files.source, "helmCharts")) {
    const path: PathStep[] = ["helmCharts", step];
    if (!targetCharts.has(step.equals.text)) {
      const version = read(files.source, path, "version");
      const field = `helmCharts[${step.equals.text}].version`;
      if (version)
        ctx.unplaced.push({ service: ctx.service, file: files.source.file, field, value: version.text });
      continue;
    }
    if (rules.chart)
      ctx.set.field(ctx.service, files.target, 0, path, "version", read(files.source, path, "version"));
    for (const dotted of rules.values) {
      const at: PathStep[] = [...path, "valuesInline", ...dotted.split(".")];
      const key = at.pop() as string;
      ctx.set.field(ctx.service, files.target, 0, at, key, read(files.source, at, key));
    }
  }
}

/**
 * Helm values written inline in an Application (`helm.valuesObject`): the `promote.values` paths,
 * between the sources of the two envs' Applications that install the same chart (or the single
 * `spec.source`). A target without `valuesObject` gets none: its values live elsewhere.
 */
export async function promoteInlineValues(ctx: Context, rules: FieldRules, pair: ServicePair): Promise<void> {
  await promoteValuesStrings(ctx, rules, pair);
  for (const app of pair.source.apps) {
    const file = await ctx.src.get(app.file);
    for (const source of app.sources) {
      // A `spec.sources` entry without a chart cannot be told from its siblings.
      if (!file || !source.inlineValues || source.path.at(-1) === "sources") continue;
      const id = formatPath(source.path);
      const match = pair.target.apps
        .flatMap((a) => a.sources.map((s) => ({ a, s })))
        .find((x) => formatPath(x.s.path) === id);
      const target = match ? await ctx.dst.get(match.a.file) : undefined;
      for (const dotted of rules.values) {
        const at: PathStep[] = [...source.path, "helm", "valuesObject", ...dotted.split(".")];
        const key = at.pop() as string;
        const document = file.documents[app.doc];
        const value = document ? readField(file, document, at, key).value : undefined;
        if (match && target && match.s.inlineValues) {
          const to: PathStep[] = [...match.s.path, "helm", "valuesObject", ...dotted.split(".").slice(0, -1)];
          ctx.set.field(ctx.service, target, match.a.doc, to, key, value);
        } else if (value) {
          ctx.unplaced.push({
            service: ctx.service,
            file: app.file,
            field: formatPath(at, key),
            value: value.text,
          });
        }
      }
    }
  }
}

/**
 * Helm values written as a YAML string in an Application (`helm.values: |`): the `promote.values`
 * paths, edited inside the target's string (its other lines and comments kept), between the
 * sources that install the same chart (or the single `spec.source`).
 */
async function promoteValuesStrings(ctx: Context, rules: FieldRules, pair: ServicePair): Promise<void> {
  for (const app of pair.source.apps) {
    for (const source of app.sources) {
      if (!source.valuesString || source.path.at(-1) === "sources") continue;
      const from = await ctx.src.embedded(app.file, app.doc, source.valuesString);
      if (!from) continue;
      const id = formatPath(source.path);
      const match = pair.target.apps
        .flatMap((a) => a.sources.map((s) => ({ a, s })))
        .find((x) => formatPath(x.s.path) === id && x.s.valuesString);
      const to =
        match?.s.valuesString && (await ctx.dst.embedded(match.a.file, match.a.doc, match.s.valuesString));
      for (const dotted of rules.values) {
        const path = dotted.split(".");
        const key = path.pop() ?? dotted;
        const value = read(from, path, key);
        if (to) ctx.set.field(ctx.service, to, 0, path, key, value);
        else if (value) {
          const field = `${from.embedding.field}: ${dotted}`;
          ctx.unplaced.push({ service: ctx.service, file: app.file, field, value: value.text });
        }
      }
    }
  }
}

/**
 * An ApplicationSet git-files generator config (`clusters/<env>/config.json`): the
 * `promote.values` paths its env's config already holds. A missing field is not added (the file
 * is often JSON, and the template decides what it means).
 */
export async function promoteConfigValues(ctx: Context, rules: FieldRules, pair: ServicePair): Promise<void> {
  const files = await both(ctx, pair.source.overlay.config, pair.target.overlay.config);
  if (!files || files.source.file === files.target.file) return;
  for (const dotted of rules.values) {
    const path = dotted.split(".");
    const key = path.pop() ?? dotted;
    const value = read(files.source, path, key);
    if (read(files.target, path, key) !== undefined)
      ctx.set.field(ctx.service, files.target, 0, path, key, value);
    else if (value)
      ctx.unplaced.push({ service: ctx.service, file: files.source.file, field: dotted, value: value.text });
  }
}
