import type { SarifRuleInfo } from "../../core/src/reporters/sarif.js";
import { toSummaryMarkdown, type SummaryOptions } from "../../core/src/reporters/summary.js";
import type { LintReport } from "./lint.js";

/** SARIF descriptions of every lint rule, keyed `lint/<rule>` as the SARIF reporter expects. */
export const LINT_RULES: Record<string, SarifRuleInfo> = {
  "lint/schema/unknown-field": {
    description: "A field the kind's schema does not define: the API server drops or rejects it.",
  },
  "lint/schema/required": { description: "A field the kind's schema requires is missing." },
  "lint/schema/type": { description: "A field has the wrong type for its schema." },
  "lint/schema/enum": { description: "A field's value is not one its schema allows." },
  "lint/schema/invalid": { description: "The resource does not satisfy its schema." },
  "lint/schema/missing": {
    description: "No bundled or repository schema knows this kind, so it is not validated.",
  },
  "lint/schema/not-an-object": { description: "A rendered document without apiVersion and kind." },
  "lint/argo/source-path": {
    description: "An Argo CD Application's source path is not a folder in the repository.",
  },
  "lint/argo/source-render": { description: "An Argo CD Application's source does not render." },
  "lint/argo/value-file": { description: "A Helm value file of an Application does not exist." },
  "lint/argo/cross-env": {
    description: "An Application of one environment deploys another environment's folder.",
  },
  "lint/argo/project": { description: "An Application's project is not an AppProject of the repository." },
  "lint/argo/destination-namespace": {
    description:
      "An Application's destination namespace is neither defined in clusters/<env> nor created by CreateNamespace=true.",
  },
  "lint/argo/appset-no-match": {
    description: "An ApplicationSet git directory generator matches no folder.",
  },
  "lint/argo/appset-not-expanded": {
    description: "An ApplicationSet generator depends on the live Argo CD and is not checked.",
  },
  "lint/argo/duplicate-resource": {
    description: "Two Applications deploy the same object to the same cluster.",
  },
  "lint/argo/sync-wave": { description: "An argocd.argoproj.io/sync-wave annotation is not an integer." },
  "lint/argo/unreferenced-overlay": { description: "An overlay no Application or ApplicationSet deploys." },
  "lint/yaml/parse-error": { description: "The file is not valid YAML." },
  "lint/yaml/duplicate-key": { description: "A mapping repeats a key; tools disagree on which value wins." },
  "lint/yaml/tab": { description: "A tab character in YAML." },
  "lint/yaml/yaml11-boolean": {
    description: "An unquoted yes/no/on/off: a boolean to Kubernetes (YAML 1.1), a string to YAML 1.2 tools.",
  },
  "lint/rendered-unreadable": { description: "A rendered output is missing or cannot be read." },
  "lint/dr/missing": {
    description: "A service runs on a primary cluster (labels.role: primary) but not on its DR cluster.",
  },
  "lint/dr/differs": {
    description: "A DR cluster runs other promotable values (images, chart versions) than its primary.",
  },
  "lint/dr/unpaired": { description: "A cluster labelled role: dr pairs with no primary cluster." },
  "lint/dr/unchecked": {
    description: "A service's values on a DR cluster could not be compared with its primary's.",
  },
};

/** The job summary of a lint run: what was checked, then the findings table. */
export function lintSummaryMarkdown(report: LintReport, options: Omit<SummaryOptions, "title">): string {
  const s = report.summary;
  const engine =
    s.schemaEngine === "kubeconform"
      ? "kubeconform"
      : `bundled schemas, Kubernetes ${s.kubeVersion} + ${s.crdKinds} CRD kind(s) (${s.crdKindsUsed.length} used)`;
  const intro =
    `Checked ${s.resources} rendered resource(s) in ${s.targets} target(s) against ${engine}` +
    `${s.strict ? " (strict: unknown fields are errors)" : ""}, ${s.applications} Argo CD Application(s) ` +
    `and ${s.files} YAML file(s).${s.rendered ? ` Rendered first: ${s.rendered}.` : ""}\n\n`;
  const table = toSummaryMarkdown(report.findings, { title: "Lint", check: "lint", ...options });
  // The heading stays first; the scope line goes right under it.
  const nl = table.indexOf("\n\n");
  return nl < 0 ? table + "\n" + intro : `${table.slice(0, nl + 2)}${intro}${table.slice(nl + 2)}`;
}
