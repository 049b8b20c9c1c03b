/**
 * The one set of reporters: every check's `Finding[]` becomes text, `--json`, annotations, the
 * job summary, SARIF and JUnit here, so a new check adds rules, never a new report format.
 */
export { formatText, formatFindingLine, type TextOptions } from "./text.js";
export { toJsonReport, formatJson, type JsonReport, type JsonSummary } from "./json.js";
export {
  toAnnotations,
  formatWorkflowCommand,
  escapeData,
  escapeProperty,
  DEFAULT_ANNOTATION_LIMIT,
  type Annotation,
  type AnnotationOptions,
  type AnnotationBatch,
} from "./annotations.js";
export {
  toSummaryMarkdown,
  markdownCell,
  DEFAULT_SUMMARY_LIMIT,
  DEFAULT_SUMMARY_MAX_BYTES,
  type SummaryOptions,
} from "./summary.js";
export {
  toSarif,
  findingFingerprint,
  SARIF_SCHEMA,
  SARIF_MAX_RESULTS,
  FINGERPRINT_KEY,
  type SarifOptions,
  type SarifRuleInfo,
  type SarifLog,
  type SarifRun,
  type SarifRule,
  type SarifResult,
  type SarifLocation,
  type SarifLevel,
} from "./sarif.js";
export { toJUnitXml, xmlText, xmlAttr, REPOSITORY_CASE, type JUnitOptions } from "./junit.js";
