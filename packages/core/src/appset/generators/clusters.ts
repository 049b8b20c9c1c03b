/**
 * The cluster generator over the clusters the caller knows. The local
 * `in-cluster` is added first unless the selector has requirements or a
 * cluster Secret already points at https://kubernetes.default.svc.
 */
import { LIMITS } from "../budget.js";
import { IN_CLUSTER_NAME, IN_CLUSTER_SERVER, isInClusterServer, secretLabels } from "../clusters.js";
import { newMap, put, typed } from "../gotemplate/values.js";
import type { Params } from "../params.js";
import { compileSelector, SelectorError, selectorHasRequirements } from "../selector.js";
import { sanitizeName } from "../slug.js";
import type { ClusterInfo } from "../types.js";
import { ExpansionError, type Run } from "./run.js";
import { appendValues, asObject } from "./values.js";

function stringMapParam(m: Record<string, string>): Params {
  const out = newMap();
  for (const k of Object.keys(m)) put(out, k, m[k] ?? "");
  return typed(out, "map[string]string");
}

function clusterParams(c: ClusterInfo, run: Run): Params {
  const params = newMap();
  put(params, "name", c.name);
  put(params, "nameNormalized", sanitizeName(c.name));
  put(params, "server", c.server);
  put(params, "project", c.project ?? "");
  const labels = secretLabels(c);
  if (run.goTemplate) {
    const meta = newMap();
    if (Object.keys(c.annotations).length > 0) put(meta, "annotations", stringMapParam(c.annotations));
    put(meta, "labels", stringMapParam(labels));
    put(params, "metadata", meta);
  } else {
    for (const [k, v] of Object.entries(c.annotations)) put(params, `metadata.annotations.${k}`, v);
    for (const [k, v] of Object.entries(labels)) put(params, `metadata.labels.${k}`, v);
  }
  return params;
}

export function clusterGenerator(spec: unknown, run: Run): Params[] {
  const gen = asObject(spec);
  let select;
  try {
    select = compileSelector(gen.selector, true);
  } catch (err) {
    if (err instanceof SelectorError)
      throw new ExpansionError(`error converting label selector: ${err.message}`);
    throw err;
  }
  const ignoreLocal = selectorHasRequirements(gen.selector);
  // Secrets are listed into a map by cluster name: the last one of a name wins.
  const byName = new Map<string, ClusterInfo>();
  for (const c of run.ctx.clusters) {
    if (select(secretLabels(c))) byName.set(c.name, c);
  }
  const matched = [...byName.values()];
  const out: Params[] = [];
  if (!ignoreLocal && !matched.some((c) => isInClusterServer(c.server))) {
    const params = newMap();
    put(params, "name", IN_CLUSTER_NAME);
    put(params, "nameNormalized", IN_CLUSTER_NAME);
    put(params, "server", IN_CLUSTER_SERVER);
    put(params, "project", "");
    appendValues(gen.values, params, run, "clusters.values");
    out.push(params);
  }
  for (const c of matched) {
    const params = clusterParams(c, run);
    appendValues(gen.values, params, run, "clusters.values");
    out.push(params);
  }
  if (out.length > LIMITS.maxApplications) {
    throw new ExpansionError(
      `the cluster generator makes ${out.length} parameter sets, more than the ${LIMITS.maxApplications} allowed`,
    );
  }
  if (gen.flatList === true) {
    const flat = newMap();
    put(flat, "clusters", out);
    return [flat];
  }
  return out;
}
