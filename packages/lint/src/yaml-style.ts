/**
 * The YAML style rules that lint's hygiene check reports and `gitops fmt` applies: one module, so
 * what fmt writes is what lint accepts.
 */
import { Schema, type ToStringOptions } from "yaml";

/** Values go-yaml v2 (what sigs.k8s.io/yaml and so kubectl, Helm and Argo CD use) reads as booleans. */
export const YAML11_BOOLEANS: ReadonlySet<string> = new Set(
  ["y", "yes", "on", "n", "no", "off"].flatMap((w) => [
    w,
    w.toUpperCase(),
    (w[0]?.toUpperCase() ?? "") + w.slice(1),
  ]),
);

/**
 * How `gitops fmt` writes YAML: 2-space indentation with sequences indented under their key,
 * never folding long lines (a folded string is a diff nobody asked for), flow collections kept
 * compact as Kubernetes examples write them (`[a, b]`, `{a: 1}`).
 */
export const YAML_FORMAT_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  // Only !!binary reads it with lineWidth 0 (and divides by it); base64 lines of 76 as MIME has.
  minContentWidth: 76,
  flowCollectionPadding: false,
};

let yaml11: Schema["compat"] | undefined;

/**
 * The YAML 1.1 tags (booleans, sexagesimal and underscored numbers, timestamps) that a plain
 * string must not look like: set as a schema's `compat`, the `yaml` library quotes such a string
 * when it writes it, so Kubernetes (YAML 1.1) and YAML 1.2 tools read the same string.
 */
export function yaml11Compat(): Schema["compat"] {
  yaml11 ??= new Schema({ compat: "yaml-1.1" }).compat;
  return yaml11;
}
