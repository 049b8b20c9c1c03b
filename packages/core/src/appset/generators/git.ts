/**
 * The git generator on the local checkout: `directories` (path.Match globs,
 * `exclude: true` entries win) and `files` (JSON or YAML files found with
 * git-pathspec matching; a file holding a list gives one parameter set per
 * element). A repoURL that is not this repository cannot be read offline.
 */
import { messageOf } from "../../errors.js";
import { DEFAULT_YAML_LIMITS, parseYaml } from "../../yaml.js";
import { LIMITS } from "../budget.js";
import * as gopath from "../gopath.js";
import { compareStrings, isMap, newMap, put, typed, type GoValue } from "../gotemplate/values.js";
import { flattenParams, toGoValue, type Params } from "../params.js";
import { sanitizeName } from "../slug.js";
import { pathspecBase, pathspecMatches } from "./pathspec.js";
import { ExpansionError, type Run } from "./run.js";
import { appendValues, asObject, asString } from "./values.js";

interface PathItem {
  path: string;
  exclude: boolean;
}

function items(v: unknown, field: string): PathItem[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ExpansionError(`git.${field} must be a list`);
  return v.map((x) => {
    const o = asObject(x);
    return { path: asString(o.path), exclude: o.exclude === true };
  });
}

/** The folder whose listing decides what a path.Match pattern finds. */
function matchBase(pattern: string): string {
  const segments = pattern.split("/");
  const first = segments.findIndex((s) => /[*?[\\]/.test(s));
  const literal = first < 0 ? segments.slice(0, -1) : segments.slice(0, first);
  const base = literal.join("/");
  return base === "" ? "." : base;
}

export function gitGenerator(spec: unknown, run: Run): Params[] {
  const git = asObject(spec);
  const repoURL = asString(git.repoURL);
  if (!run.ctx.isLocalRepo(repoURL)) {
    run.note(
      `git generator reads ${repoURL || "a repository with no repoURL"}, which is not this repository; its parameters need that repository`,
    );
    return [];
  }
  const directories = items(git.directories, "directories");
  const files = items(git.files, "files");
  const prefix = asString(git.pathParamPrefix);
  let out: Params[];
  if (directories.length > 0) out = fromDirectories(directories, prefix, git.values, run);
  else if (files.length > 0) out = fromFiles(files, prefix, git.values, run);
  else throw new ExpansionError("the git generator has neither directories nor files");
  if (out.length > LIMITS.maxApplications) {
    throw new ExpansionError(
      `the git generator makes ${out.length} parameter sets, more than the ${LIMITS.maxApplications} allowed`,
    );
  }
  return out;
}

function fromDirectories(requested: PathItem[], prefix: string, values: unknown, run: Run): Params[] {
  for (const r of requested) if (!r.exclude) run.inputs.dirs.add(matchBase(r.path));
  const bad = new Set<string>();
  const matches = (pattern: string, path: string): boolean => {
    try {
      return gopath.match(pattern, path);
    } catch {
      bad.add(pattern);
      return false;
    }
  };
  const apps = run.repo.directories().filter((dir) => {
    let include = false;
    let exclude = false;
    for (const r of requested) {
      if (!matches(r.path, dir)) continue;
      if (r.exclude) exclude = true;
      else include = true;
    }
    return include && !exclude;
  });
  for (const pattern of bad) {
    run.note(`git generator directory pattern ${JSON.stringify(pattern)} is malformed; Argo CD skips it too`);
  }
  return apps.map((dir) => {
    const params = newMap();
    const base = gopath.base(dir);
    if (run.goTemplate) {
      const path = newMap();
      put(path, "path", dir);
      put(path, "basename", base);
      put(path, "basenameNormalized", sanitizeName(base));
      put(path, "segments", typed(dir.split("/"), "[]string"));
      putPath(params, prefix, path);
    } else {
      const name = prefix === "" ? "path" : `${prefix}.path`;
      put(params, name, dir);
      put(params, `${name}.basename`, base);
      put(params, `${name}.basenameNormalized`, sanitizeName(base));
      dir.split("/").forEach((segment, i) => {
        if (segment !== "") put(params, `${name}[${i}]`, segment);
      });
    }
    appendValues(values, params, run, "git.values");
    return params;
  });
}

function putPath(params: Params, prefix: string, path: Params): void {
  if (prefix === "") {
    put(params, "path", path);
  } else {
    const wrapper = newMap();
    put(wrapper, "path", path);
    put(params, prefix, wrapper);
  }
}

function fromFiles(requested: PathItem[], prefix: string, values: unknown, run: Run): Params[] {
  const found = new Set<string>();
  const listFor = (pattern: string): string[] => {
    const base = pathspecBase(pattern);
    return run.repo.filesUnder(base).filter((f) => pathspecMatches(pattern, f));
  };
  for (const r of requested) {
    if (/(^|\/)\.\.(\/|$)/.test(r.path)) {
      throw new ExpansionError(`git files path ${JSON.stringify(r.path)} is outside the repository`);
    }
  }
  for (const r of requested) {
    if (r.exclude) continue;
    const base = pathspecBase(r.path);
    run.inputs.dirs.add(base === "" ? "." : base);
    for (const f of listFor(r.path)) found.add(f);
  }
  for (const r of requested) {
    if (!r.exclude) continue;
    for (const f of listFor(r.path)) found.delete(f);
  }
  const out: Params[] = [];
  for (const file of [...found].sort(compareStrings)) {
    run.inputs.files.add(file);
    let objects: GoValue[];
    try {
      objects = parseGeneratorFile(run.repo.read(file, DEFAULT_YAML_LIMITS.maxBytes), file);
    } catch (err) {
      throw new ExpansionError(`unable to process file '${file}': ${messageOf(err)}`);
    }
    for (const object of objects) {
      out.push(fileParams(object, file, prefix, values, run));
      if (out.length > LIMITS.maxApplications) {
        throw new ExpansionError(
          `the git files generator makes more than ${LIMITS.maxApplications} parameter sets`,
        );
      }
    }
  }
  return out;
}

/** A file holds one object, or a list of objects; an empty file is one empty object. */
function parseGeneratorFile(text: string, file: string): GoValue[] {
  let value: GoValue;
  try {
    value = toGoValue(parseYaml(text, file).documents[0]?.value ?? null);
  } catch (err) {
    throw new ExpansionError(`unable to parse file: ${messageOf(err)}`);
  }
  if (value === null) return [newMap()];
  if (Array.isArray(value)) {
    if (value.length === 0) return [newMap()];
    if (value.every((v) => v === null || isMap(v))) return value.map((v) => v ?? newMap());
    throw new ExpansionError("unable to parse file: a list in a generator file must hold only maps");
  }
  if (isMap(value)) return [value];
  throw new ExpansionError(
    `unable to parse file: error unmarshaling JSON: json: cannot unmarshal ${typeof value} into Go value of type map[string]interface {}`,
  );
}

function fileParams(object: GoValue, file: string, prefix: string, values: unknown, run: Run): Params {
  const params = newMap();
  const dir = gopath.dir(file);
  const base = gopath.base(dir);
  const filename = gopath.base(file);
  if (run.goTemplate) {
    if (isMap(object)) for (const k of Object.keys(object)) put(params, k, object[k]);
    const path = newMap();
    put(path, "path", dir);
    put(path, "basename", base);
    put(path, "filename", filename);
    put(path, "basenameNormalized", sanitizeName(base));
    put(path, "filenameNormalized", sanitizeName(filename));
    put(path, "segments", typed(dir.split("/"), "[]string"));
    putPath(params, prefix, path);
  } else {
    if (isMap(object)) {
      for (const [k, v] of Object.entries(flattenParams(object, true))) put(params, k, v);
    }
    const name = prefix === "" ? "path" : `${prefix}.path`;
    put(params, name, dir);
    put(params, `${name}.basename`, base);
    put(params, `${name}.filename`, filename);
    put(params, `${name}.basenameNormalized`, sanitizeName(base));
    put(params, `${name}.filenameNormalized`, sanitizeName(filename));
    dir.split("/").forEach((segment, i) => {
      if (segment !== "") put(params, `${name}[${i}]`, segment);
    });
  }
  appendValues(values, params, run, "git.values");
  return params;
}
