/**
 * Expands one ApplicationSet into the Applications Argo CD's applicationset
 * controller would create, without a cluster. Problems with the
 * ApplicationSet become `errors`; what needs the live cluster or an SCM
 * becomes `notes`; nothing here throws for bad content.
 */
import { messageOf } from "../errors.js";
import { Budget, LIMITS, LimitError } from "./budget.js";
import { parseGoTemplateOptions } from "./gotemplate/index.js";
import type { MissingKey } from "./gotemplate/exec.js";
import { RepoIndex } from "./generators/repo.js";
import { ExpansionError, type Run } from "./generators/run.js";
import { GENERATOR_KINDS, transform } from "./generators/transform.js";
import { DepthError, flattenParams, type Params } from "./params.js";
import { parsePatch, PatchError, strategicMerge } from "./patch.js";
import { isObject, makeReplacer, renderApplication, templateApplication, type JsonObject } from "./render.js";
import type { AppSetContext, ExpandResult, GeneratedApplication } from "./types.js";

/** Kubernetes object names: a DNS-1123 subdomain. */
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

class TooMany extends Error {}

export function expandApplicationSet(appset: Record<string, unknown>, ctx: AppSetContext): ExpandResult {
  const metadata = isObject(appset.metadata) ? appset.metadata : {};
  const name = typeof metadata.name === "string" && metadata.name !== "" ? metadata.name : "(unnamed)";
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
  const errors: string[] = [];
  const notes: string[] = [];
  const applications: GeneratedApplication[] = [];
  const inputs = { files: new Set<string>(), dirs: new Set<string>() };
  const fail = (where: string, message: string): void => {
    errors.push(`ApplicationSet ${name}: ${where}${message}`);
  };
  const result = (): ExpandResult => ({
    applications,
    notes,
    errors,
    inputs: { files: [...inputs.files].sort(), dirs: [...inputs.dirs].sort() },
  });

  const spec = appset.spec;
  if (!isObject(spec)) {
    fail("", "spec must be a map");
    return result();
  }
  const goTemplate = spec.goTemplate === true;
  let missingKey: MissingKey = "invalid";
  try {
    const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
    if (goTemplate) missingKey = parseGoTemplateOptions(options);
  } catch (err) {
    fail("goTemplateOptions: ", messageOf(err));
    return result();
  }
  const budget = new Budget();
  const run: Run = {
    ctx,
    name,
    goTemplate,
    missingKey,
    budget,
    replace: makeReplacer(goTemplate, missingKey, budget),
    repo: new RepoIndex(ctx.repo, ctx.excluded ?? []),
    inputs,
    note: (message) => {
      const text = `ApplicationSet ${name}: ${message}`;
      if (!notes.includes(text)) notes.push(text);
    },
  };
  const generators = spec.generators;
  if (!Array.isArray(generators)) {
    fail("", "spec.generators must be a list");
    return result();
  }
  const syncPolicy = isObject(spec.syncPolicy) ? spec.syncPolicy : {};
  const preserve = syncPolicy.preserveResourcesOnDeletion === true;
  const templatePatch = typeof spec.templatePatch === "string" ? spec.templatePatch : undefined;
  const seen = new Set<string>();

  const emit = (app: JsonObject, params: Params, where: string): void => {
    const meta = isObject(app.metadata) ? app.metadata : {};
    if (namespace === undefined) delete meta.namespace;
    else meta.namespace = namespace;
    const appName = typeof meta.name === "string" ? meta.name : "";
    if (!NAME.test(appName) || appName.length > 253) {
      fail(where, `generated Application name ${JSON.stringify(appName)} is not a valid Kubernetes name`);
      return;
    }
    if (seen.has(appName)) {
      fail(where, `contains applications with duplicate name: ${appName}`);
      return;
    }
    seen.add(appName);
    if (applications.length >= LIMITS.maxApplications) {
      throw new TooMany(`generates more than ${LIMITS.maxApplications} applications; expansion stopped`);
    }
    const manifest: Record<string, unknown> = {
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: meta,
      spec: isObject(app.spec) ? app.spec : {},
    };
    applications.push({ manifest, params: flattenParams(params, true) });
  };

  try {
    generators.forEach((generator, i) => {
      const kinds = isObject(generator)
        ? GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null)
        : [];
      const where = `generators[${i}]${kinds.length > 0 ? ` (${kinds.join(", ")})` : ""}: `;
      let results;
      try {
        results = transform(generator, run, spec.template, undefined, 0);
      } catch (err) {
        if (err instanceof ExpansionError || err instanceof DepthError) {
          fail(where, err.message);
          return;
        }
        throw err;
      }
      if (results.length === 0) {
        const keys = isObject(generator) ? Object.keys(generator).filter((k) => k !== "selector") : [];
        fail(
          where,
          `contains unrecognized generators${keys.length > 0 ? `: ${keys.sort().join(", ")}` : ""}`,
        );
        return;
      }
      for (const r of results) {
        const tmpl = templateApplication(r.template);
        for (const params of r.params) {
          let app: JsonObject;
          try {
            app = renderApplication(tmpl, params, run.replace, preserve);
            if (templatePatch !== undefined) {
              const patch = parsePatch(run.replace(templatePatch, params));
              app = strategicMerge(app, patch);
            }
          } catch (err) {
            if (err instanceof LimitError || err instanceof TooMany) throw err;
            if (err instanceof RangeError) {
              fail(where, "values are nested too deeply to render");
              continue;
            }
            fail(
              where,
              err instanceof PatchError ? `error applying templatePatch: ${err.message}` : messageOf(err),
            );
            continue;
          }
          emit(app, params, where);
        }
      }
    });
  } catch (err) {
    if (err instanceof LimitError || err instanceof TooMany) fail("", err.message);
    else if (err instanceof RangeError) fail("", "nested too deeply to expand");
    else fail("", `unexpected problem while expanding: ${messageOf(err)}`);
  }
  return result();
}
