import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../../core/src/finding.js";
import { lineAt } from "../../../core/src/yaml.js";
import { isObject, sameRepo } from "../../../render/src/argo.js";
import type { AppView, ArgoObject } from "./model.js";
import { goPathMatch } from "./path-match.js";

/** Folders Argo CD's repo-server would never list: VCS data and our own render output. */
const SKIP = new Set(["node_modules", "render"]);

/**
 * Expands an ApplicationSet's generators the way Argo CD does for the parts this repository
 * decides: a git `directories` generator lists every folder of the repo and keeps those matching
 * a non-exclude path (Go path.Match; an exclude always wins); a `list` generator gives its
 * elements. A git directory generator that matches no folder is an error. Other generators
 * (clusters, matrix, pull requests ...) depend on the live Argo CD and are reported as not expanded.
 */
export function expandApplicationSet(
  set: ArgoObject,
  repo: string,
  repoURLs: readonly string[],
  dirs: () => readonly string[],
): { apps: AppView[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const apps: AppView[] = [];
  const spec = isObject(set.value.spec) ? set.value.spec : {};
  const template = isObject(spec.template) ? spec.template : undefined;
  const goTemplate = spec.goTemplate === true;
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const at = (path: (string | number)[]) => lineAt(set.file, set.document, path);
  generators.forEach((g: unknown, gi: number) => {
    if (!isObject(g)) return;
    let params: Record<string, unknown>[] | undefined;
    if (isObject(g.git) && Array.isArray(g.git.directories)) {
      const git = g.git;
      if (typeof git.repoURL === "string" && repoURLs.length > 0 && !sameRepo(git.repoURL, repoURLs)) return;
      const entries = (git.directories as unknown[]).filter(isObject);
      const include = entries
        .filter((d) => d.exclude !== true && typeof d.path === "string")
        .map((d) => String(d.path));
      const exclude = entries
        .filter((d) => d.exclude === true && typeof d.path === "string")
        .map((d) => String(d.path));
      const matched = dirs().filter(
        (d) => include.some((p) => goPathMatch(p, d)) && !exclude.some((p) => goPathMatch(p, d)),
      );
      if (matched.length === 0) {
        findings.push({
          tool: "lint",
          rule: "argo/appset-no-match",
          severity: "error",
          message: `ApplicationSet ${set.name}: git directory generator matches no folder of this repository (paths ${include.map((p) => `"${p}"`).join(", ")}${exclude.length ? `, excluding ${exclude.map((p) => `"${p}"`).join(", ")}` : ""})`,
          file: set.file.file,
          line: at(["spec", "generators", gi, "git", "directories"]),
        });
      }
      params = matched.map((d) => directoryParams(d, goTemplate));
    } else if (isObject(g.list) && Array.isArray(g.list.elements)) {
      params = (g.list.elements as unknown[]).filter(isObject);
    } else {
      findings.push({
        tool: "lint",
        rule: "argo/appset-not-expanded",
        severity: "notice",
        message: `ApplicationSet ${set.name}: generator ${Object.keys(g).join(", ")} depends on the live Argo CD; its Applications are not checked`,
        file: set.file.file,
        line: at(["spec", "generators", gi]),
      });
    }
    if (!params || !template) return;
    for (const p of params) {
      const rendered = substitute(template, p, goTemplate);
      const text = JSON.stringify(rendered);
      const metadata = isObject(rendered) && isObject(rendered.metadata) ? rendered.metadata : {};
      const label = `ApplicationSet ${set.name} (${typeof p.path === "string" ? p.path : JSON.stringify(p)})`;
      if (/\{\{[^}]*\}\}/.test(text)) {
        findings.push({
          tool: "lint",
          rule: "argo/appset-not-expanded",
          severity: "notice",
          message: `${label}: template has parameters lint cannot fill in; its Application is not checked`,
          file: set.file.file,
          line: at(["spec", "template"]),
        });
        continue;
      }
      const app: AppView = {
        name: typeof metadata.name === "string" ? metadata.name : "",
        metadata,
        spec: isObject(rendered) && isObject(rendered.spec) ? rendered.spec : {},
        file: set.file,
        document: set.document,
        base: ["spec", "template"],
        generatedBy: `ApplicationSet ${set.name}`,
      };
      if (set.env) app.env = set.env;
      apps.push(app);
    }
  });
  return { apps, findings };
}

/** Every folder of the repo, relative, with `/`: what the git directory generator matches against. */
export function repoDirectories(repo: string, dir = "", depth = 0, out: string[] = []): string[] {
  if (depth > 20) return out;
  let entries;
  try {
    entries = readdirSync(join(repo, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory() || e.name.startsWith(".") || (depth === 0 && SKIP.has(e.name))) continue;
    const rel = dir ? `${dir}/${e.name}` : e.name;
    out.push(rel);
    repoDirectories(repo, rel, depth + 1, out);
  }
  return out;
}

/** The parameters of one matched folder, in fasttemplate (`path[1]`) or Go template (`.path.segments`) form. */
function directoryParams(dir: string, goTemplate: boolean): Record<string, unknown> {
  const segments = dir.split("/");
  const basename = segments.at(-1) ?? "";
  const normalized = basename.replace(/[^a-zA-Z0-9-]/g, "-").toLowerCase();
  if (goTemplate) return { path: { path: dir, basename, basenameNormalized: normalized, segments } };
  const params: Record<string, unknown> = {
    path: dir,
    "path.basename": basename,
    "path.basenameNormalized": normalized,
  };
  segments.forEach((s, i) => (params[`path[${i}]`] = s));
  return params;
}

/** Fills `{{...}}` placeholders in every string of the template. */
function substitute(value: unknown, params: Record<string, unknown>, goTemplate: boolean): unknown {
  if (typeof value === "string") {
    return value.replace(/\{\{-?\s*([^}]+?)\s*-?\}\}/g, (whole, expr: string) => {
      const v = goTemplate ? goValue(expr, params) : params[expr];
      return typeof v === "string" || typeof v === "number" ? String(v) : whole;
    });
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, params, goTemplate));
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, params, goTemplate)]));
  return value;
}

/** `.path.basename` and `index .path.segments 1`; anything else stays unfilled. */
function goValue(expr: string, params: Record<string, unknown>): unknown {
  const index = /^index\s+\.(\S+)\s+(\d+)$/.exec(expr);
  const lookup = (dotted: string) =>
    dotted.split(".").reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), params);
  if (index) {
    const list = lookup(index[1] ?? "");
    return Array.isArray(list) ? list[Number(index[2])] : undefined;
  }
  return expr.startsWith(".") ? lookup(expr.slice(1)) : undefined;
}
