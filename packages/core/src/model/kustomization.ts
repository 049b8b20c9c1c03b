import { isObject } from "./applications.js";

/** One path a kustomization names, as written (a URL, a folder or a file). */
export interface KustomizationRef {
  entry: string;
  /** True when kustomize parses it (a resource, a patch); false for generator inputs it only reads. */
  yaml: boolean;
}

/** What one kustomization file reads, in the order kustomize reads it. */
export interface KustomizationReads {
  refs: KustomizationRef[];
  /** True for `kind: Component`, which renders only inside another kustomization. */
  component: boolean;
  /** `helmCharts` it inflates: the chart home, and each chart's name and remote repo. */
  charts?: { home: string; list: { name: string; repo?: string }[] };
}

const PARSED = [
  "resources",
  "bases",
  "components",
  "crds",
  "patchesStrategicMerge",
  "configurations",
  "transformers",
  "generators",
  "validators",
];
const BY_PATH = ["patches", "patchesJson6902", "replacements"];
const GENERATORS = ["configMapGenerator", "secretGenerator"];

/**
 * Every path a parsed kustomization names. The one list of kustomization fields that discovery
 * (which folders are used by others) and the input graph (what a render reads) both follow.
 */
export function kustomizationReads(k: unknown): KustomizationReads {
  const out: KustomizationReads = { refs: [], component: false };
  if (!isObject(k)) return out;
  out.component = k.kind === "Component";
  // A multi-line string is an inline patch, not a path.
  const add = (entry: unknown, yaml = true) => {
    if (typeof entry === "string" && !entry.includes("\n")) out.refs.push({ entry, yaml });
  };
  for (const key of PARSED) for (const e of list(k[key])) add(e);
  for (const key of BY_PATH) for (const e of list(k[key])) if (isObject(e)) add(e.path);
  for (const key of GENERATORS) {
    for (const g of list(k[key])) {
      if (!isObject(g)) continue;
      // Generator files may be `key=path`.
      for (const f of [...list(g.files), ...list(g.envs), g.env])
        if (typeof f === "string") add(f.replace(/^[^=/]+=/, ""), false);
    }
  }
  if (isObject(k.openapi)) add(k.openapi.path);
  const charts = list(k.helmCharts);
  if (charts.length > 0) {
    const globals = isObject(k.helmGlobals) ? k.helmGlobals : {};
    const home = typeof globals.chartHome === "string" ? globals.chartHome : "charts";
    out.charts = { home, list: [] };
    for (const c of charts) {
      if (!isObject(c)) continue;
      const chart: { name: string; repo?: string } = { name: String(c.name) };
      if (typeof c.repo === "string" && c.repo) chart.repo = c.repo;
      out.charts.list.push(chart);
      add(c.valuesFile);
      for (const f of list(c.additionalValuesFiles)) add(f);
    }
  }
  return out;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
