import { statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { UserError } from "../../../core/src/errors.js";
import { walkFiles } from "../../../core/src/walk.js";
import type { Finding } from "../../../core/src/finding.js";
import { loadYamlFile } from "../../../core/src/yaml.js";
import { parseKyvernoPolicy, parseValidatingPolicies, type CliRule } from "../kyverno/parse.js";
import type { BoundPolicy } from "../model.js";
import { toResource, type Resource } from "../types.js";
import { parseVap, parseVapBinding, VAP_GROUP, type ParsedBinding } from "../vap/parse.js";
import { DocReader } from "./document.js";

/** Everything found in the policies folder. */
export interface PolicySet {
  /** CEL policies with their bindings, evaluated in-process. */
  cel: BoundPolicy[];
  /** ClusterPolicy/Policy rules that need the kyverno CLI, and the files that hold them. */
  kyvernoRules: CliRule[];
  kyvernoFiles: string[];
  /** Kyverno PolicyException files, passed to the CLI. */
  kyvernoExceptions: string[];
  /** Rego files, run through conftest. */
  rego: string[];
  /** Other Kubernetes objects in the folder: candidate params. */
  objects: Resource[];
  /** Problems that are not fatal: unbound policies, bindings without policy, skipped rules. */
  findings: Finding[];
}

const MANIFEST = /\.(ya?ml|json)$/i;
/** Files in the policies folder that are never policies. */
const NOT_POLICIES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]);

/**
 * Reads every manifest and Rego file under `dir` (recursively, skipping hidden folders and
 * `skip`, the waivers file). Paths in the result and in messages are relative to `repo`.
 */
export function loadPolicies(repo: string, dir: string, skip?: string): PolicySet {
  const set: PolicySet = {
    cel: [],
    kyvernoRules: [],
    kyvernoFiles: [],
    kyvernoExceptions: [],
    rego: [],
    objects: [],
    findings: [],
  };
  const vaps = new Map<string, { policy: BoundPolicy["policy"]; bindings: ParsedBinding[] }>();
  const bindings: ParsedBinding[] = [];
  const skipPath = skip ? resolve(repo, skip) : undefined;
  for (const path of walkFiles(resolve(repo, dir))) {
    if (path === skipPath) continue;
    const file = relative(repo, path).split(sep).join("/");
    if (path.endsWith(".rego")) {
      if (!path.endsWith("_test.rego")) set.rego.push(path);
      continue;
    }
    if (!MANIFEST.test(path) || NOT_POLICIES.has(path.slice(path.lastIndexOf(sep) + 1))) continue;
    const yaml = loadYamlFile(path, file);
    let kyvernoCli = false;
    for (const document of yaml.documents) {
      const doc = new DocReader(yaml, document);
      const apiVersion = doc.get(["apiVersion"]);
      const kind = doc.get(["kind"]);
      if (typeof apiVersion !== "string" || typeof kind !== "string") continue;
      const group = apiVersion.split("/")[0] ?? "";
      if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicy") {
        const policy = parseVap(doc);
        if (vaps.has(policy.name))
          throw doc.fail(["metadata", "name"], `ValidatingAdmissionPolicy "${policy.name}" is defined twice`);
        vaps.set(policy.name, { policy, bindings: [] });
      } else if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicyBinding") {
        bindings.push(parseVapBinding(doc));
      } else if (group === "policies.kyverno.io" && kind === "ValidatingPolicy") {
        set.cel.push(...parseValidatingPolicies(doc));
      } else if (group === "kyverno.io" && (kind === "ClusterPolicy" || kind === "Policy")) {
        const parts = parseKyvernoPolicy(doc);
        set.cel.push(...parts.cel);
        set.kyvernoRules.push(...parts.cli);
        kyvernoCli ||= parts.cli.length > 0;
        for (const s of parts.skipped)
          set.findings.push(
            note(
              s.file,
              s.line,
              `${kind} ${s.policy}/${s.rule} is not a validation rule; the policy check skips it`,
            ),
          );
      } else if (group === "kyverno.io" && kind === "PolicyException") {
        if (!set.kyvernoExceptions.includes(path)) set.kyvernoExceptions.push(path);
      } else {
        const r = toResource(document.value, { file, line: document.line });
        if (r) set.objects.push(r);
      }
    }
    if (kyvernoCli) set.kyvernoFiles.push(path);
  }
  for (const b of bindings) {
    const target = vaps.get(b.policyName);
    if (target) target.bindings.push(b);
    else
      set.findings.push(
        warn(
          b.at.file,
          b.at.line,
          `ValidatingAdmissionPolicyBinding ${b.name} names the policy "${b.policyName}", which is not in the policies folder`,
        ),
      );
  }
  for (const { policy, bindings: bound } of vaps.values()) {
    if (bound.length === 0) {
      set.findings.push(
        warn(
          policy.at.file,
          policy.at.line,
          `ValidatingAdmissionPolicy ${policy.name} has no binding, so Kubernetes never enforces it`,
        ),
      );
      continue;
    }
    set.cel.push({ policy, bindings: bound });
  }
  return set;
}

/** True when `dir` (relative to `repo`) is a folder. */
export function isFolder(repo: string, dir: string): boolean {
  try {
    return statSync(resolve(repo, dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The policies folder must exist when it was asked for by name. */
export function requireFolder(repo: string, dir: string, flag: string): void {
  if (!isFolder(repo, dir)) throw new UserError(`${flag} ${dir}: no such folder`, dir);
}

function warn(file: string, line: number, message: string): Finding {
  return { tool: "policy", rule: "policy/configuration", severity: "warning", message, file, line };
}

function note(file: string, line: number, message: string): Finding {
  return { tool: "policy", rule: "policy/configuration", severity: "notice", message, file, line };
}
