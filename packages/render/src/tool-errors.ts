import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { condenseRemoteError } from "./remote-errors.js";

/** A tool failure reduced to what a reader needs: the root cause and where it is. */
export interface ToolFailure {
  message: string;
  /** Relative to the repo. */
  file?: string;
  line?: number;
}

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/**
 * Condenses kustomize's nested error chain ("accumulating resources: accumulation
 * err='accumulating resources from ...': ...") into its root cause, with the file
 * and line when the error names them. `dir` is the kustomization that was built.
 */
export function condenseKustomizeError(stderr: string, dir: string, repo: string): ToolFailure {
  const text = stderr.replace(/^(error|Error):\s*/m, "").trim();
  // The deepest kustomization on the chain is the one whose reference broke.
  const recursed = [...text.matchAll(/recursed accumulation of path '([^']+)'/g)].map((m) => m[1] ?? "");
  const at = recursed.at(-1) ?? dir;
  const from = [...text.matchAll(/accumulating resources from '([^']+)'/g)].map((m) => m[1] ?? "").at(-1);
  // Before the file checks: kustomize also tries a URL as a local path and reports that as missing.
  const remote = condenseRemoteError(text);
  if (remote) {
    const k = kustomizationFile(at);
    return { message: remote.message, file: rel(repo, k), ...lineOf(k, remote.reference) };
  }

  const malformed = /MalformedYAMLError: yaml: line (\d+): (.+?) in File: (\S+)/.exec(text);
  if (malformed) {
    const file = resolveIn(at, malformed[3] ?? "");
    return { message: `invalid YAML: ${malformed[2]}`, file: rel(repo, file), line: Number(malformed[1]) };
  }
  const invalid = /invalid Kustomization: yaml: line (\d+): (.+)$/m.exec(text);
  if (invalid) {
    return {
      message: `invalid kustomization: ${invalid[2]}`,
      file: rel(repo, kustomizationFile(at)),
      line: Number(invalid[1]),
    };
  }
  const security = /security; file '([^']+)' is not in or below '([^']+)'/.exec(text);
  if (security) {
    const k = kustomizationFile(at);
    return {
      message: `${rel(repo, security[1] ?? "")} is outside the kustomization root ${rel(repo, security[2] ?? "")} (load restrictions are on)`,
      file: rel(repo, k),
      ...lineOf(k, security[1] ?? ""),
    };
  }
  const missing = /(?:lstat|open|stat) ([^:']+): no such file or directory/.exec(text);
  if (missing) {
    const k = kustomizationFile(at);
    const ref = from ?? relative(at, missing[1] ?? "");
    return {
      message: `'${ref}' does not exist (${rel(repo, missing[1] ?? "")})`,
      file: rel(repo, k),
      ...lineOf(k, ref),
    };
  }
  const network =
    /(unable to fetch|failed to run '\/usr\/bin\/git|git cmd = |dial tcp|no such host|could not resolve host)/i.exec(
      text,
    );
  if (network)
    return {
      message: `remote resource could not be fetched: ${scrubPaths(lastClause(text), repo)}`,
      file: rel(repo, kustomizationFile(at)),
    };
  return { message: scrubPaths(lastClause(text), repo), file: rel(repo, kustomizationFile(at)) };
}

/**
 * Picks the file and line out of helm's errors: template execution errors
 * ("execution error at (chart/templates/x.yaml:4:26): msg"), parse errors in
 * templates, and unreadable values files.
 */
export function condenseHelmError(stderr: string, chartDir: string, repo: string): ToolFailure {
  const text =
    stderr
      .replace(/^Error:\s*/m, "")
      .split("\n\nUse --debug")[0]
      ?.trim() ?? "";
  const exec = /(?:execution error|parse error) at \(([^:)]+):(\d+)(?::\d+)?\): (.+)/.exec(text);
  if (exec)
    return {
      message: exec[3] ?? text,
      file: chartFile(chartDir, exec[1] ?? "", repo),
      line: Number(exec[2]),
    };
  const tmpl = /template: ([^:]+):(\d+):\d+: (.+)/.exec(text);
  if (tmpl)
    return {
      message: tmpl[3] ?? text,
      file: chartFile(chartDir, tmpl[1] ?? "", repo),
      line: Number(tmpl[2]),
    };
  const yamlParse =
    /YAML parse error on ([^:]+): (?:error converting YAML to JSON: )?yaml: line (\d+): (.+)/.exec(text);
  if (yamlParse) {
    return {
      message: `template renders invalid YAML (line ${yamlParse[2]} of its output): ${yamlParse[3]}`,
      file: chartFile(chartDir, yamlParse[1] ?? "", repo),
    };
  }
  const values = /failed to parse ([^:]+): (?:error converting YAML to JSON: )?yaml: line (\d+): (.+)/.exec(
    text,
  );
  if (values)
    return {
      message: `invalid values file: ${values[3]}`,
      file: rel(repo, values[1] ?? ""),
      line: Number(values[2]),
    };
  return {
    message: scrubPaths(text.split("\n")[0] ?? text, repo),
    file: rel(repo, join(chartDir, "Chart.yaml")),
  };
}

/** Replaces the repo's absolute path with nothing, so messages read `apps/...` and leak no runner paths. */
export function scrubPaths(text: string, repo: string): string {
  return text.split(resolve(repo) + "/").join("");
}

function lastClause(text: string): string {
  const clauses = text.split(/: (?=[a-z])/).filter((c) => c.length > 3);
  return clauses.slice(-2).join(": ") || text;
}

function chartFile(chartDir: string, templatePath: string, repo: string): string {
  // helm names files `<chart name>/templates/x.yaml`; drop the chart name.
  const inChart = templatePath.split("/").slice(1).join("/");
  return rel(repo, join(chartDir, inChart));
}

function kustomizationFile(dir: string): string {
  for (const f of KUSTOMIZATION_FILES) if (existsSync(join(dir, f))) return join(dir, f);
  return join(dir, "kustomization.yaml");
}

function resolveIn(dir: string, file: string): string {
  return isAbsolute(file) ? file : join(existsSync(join(dir, file)) ? dir : dirname(dir), file);
}

function lineOf(file: string, needle: string): { line?: number } {
  try {
    const lines = readFileSync(file, "utf8").split("\n");
    const base = needle.split("/").pop() ?? needle;
    const i = lines.findIndex((l) => l.includes(needle) || (base.length > 2 && l.includes(base)));
    return i >= 0 ? { line: i + 1 } : {};
  } catch {
    return {};
  }
}

function rel(repo: string, path: string): string {
  const r = relative(resolve(repo), resolve(path)).split("\\").join("/");
  return r.startsWith("..") ? path : r;
}
