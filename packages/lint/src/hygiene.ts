import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isScalar, Scalar, visit } from "yaml";
import { UserError } from "../../core/src/errors.js";
import type { Finding } from "../../core/src/finding.js";
import { lineOfOffset, type YamlFile } from "../../core/src/yaml.js";
import { SourceFiles } from "./sources.js";
import { YAML11_BOOLEANS } from "./yaml-style.js";

/**
 * Folders that hold Kubernetes manifests (Helm templates excepted): the top folders of the
 * model's targets and Application files, and policies/. Never an output folder.
 */
export function manifestFolders(
  repo: string,
  paths: readonly string[],
  outputDirs: readonly string[],
): string[] {
  const tops = new Set(paths.filter((p) => p.includes("/")).map((p) => p.split("/")[0] ?? ""));
  tops.add("policies");
  return [...tops]
    .filter((t) => t && !t.startsWith(".") && !outputDirs.includes(t) && existsSync(join(repo, t)))
    .filter((t) => statSync(join(repo, t)).isDirectory())
    .sort();
}

/**
 * YAML hygiene of the files people write, each an error with file:line: parse errors, duplicate
 * keys, tabs, and unquoted YAML 1.1 booleans (`yes`, `no`, `on`, `off`, `y`, `n`) that
 * Kubernetes reads as booleans while YAML 1.2 tools read them as strings. Only manifest folders
 * are checked (a GitHub workflow's `on:` is not a manifest), and never Helm templates, which are
 * not YAML until rendered.
 */
export function checkHygiene(
  repo: string,
  folders: readonly string[],
  sources = new SourceFiles(repo),
): { findings: Finding[]; files: number } {
  const findings: Finding[] = [];
  let files = 0;
  for (const folder of folders) {
    for (const rel of yamlFiles(repo, folder, false)) {
      files++;
      for (const f of checkFile(repo, rel, sources)) findings.push(f);
    }
  }
  return { findings, files };
}

/**
 * The hygiene findings of one file (relative to `repo`). A file that `sources` finds plain
 * (js-yaml reads it, no tab, no YAML 1.1 boolean word) has none; the others are parsed with the
 * careful loader, whose parse the source locator then reuses.
 */
export function checkFile(repo: string, rel: string, sources = new SourceFiles(repo)): Finding[] {
  const findings: Finding[] = [];
  const text = sources.text(rel);
  if (text instanceof UserError) return [hygiene(rel, undefined, "yaml/parse-error", text.message)];
  if (sources.isQuick(rel, text)) return [];
  let parsed: YamlFile | undefined;
  const result = sources.parsed(rel, text);
  if (result instanceof UserError) {
    const rule = /duplicate key/.test(result.message) ? "yaml/duplicate-key" : "yaml/parse-error";
    findings.push(hygiene(rel, result.line, rule, result.message.replace(/^\S+?:(\d+:)? /, "")));
  } else {
    parsed = result;
  }
  const blockLines = parsed ? blockScalarLines(parsed) : new Set<number>();
  text.split("\n").forEach((line, i) => {
    if (line.includes("\t") && !blockLines.has(i + 1)) {
      findings.push(
        hygiene(
          rel,
          i + 1,
          "yaml/tab",
          "tab character: YAML indentation must be spaces, and tools disagree on tabs elsewhere",
        ),
      );
    }
  });
  if (parsed) findings.push(...yaml11Booleans(parsed));
  return findings;
}

function yaml11Booleans(file: YamlFile): Finding[] {
  const out: Finding[] = [];
  for (const document of file.documents) {
    visit(document.doc, {
      Scalar(key, node) {
        if (node.type !== Scalar.PLAIN || typeof node.value !== "string" || !YAML11_BOOLEANS.has(node.value))
          return;
        const line = node.range ? lineOfOffset(file.lineCounter, node.range[0]) : document.line;
        const what = key === "key" ? "key" : "value";
        const as = /^(y|yes|on)$/i.test(node.value) ? "true" : "false";
        out.push(
          hygiene(
            file.file,
            line,
            "yaml/yaml11-boolean",
            `unquoted ${what} ${node.value} is the boolean ${as} to Kubernetes (YAML 1.1) but the string "${node.value}" to YAML 1.2 tools; quote it ("${node.value}") or write ${as}`,
          ),
        );
      },
    });
  }
  return out;
}

/** Lines inside `|` and `>` block scalars, where a tab is content. */
function blockScalarLines(file: YamlFile): Set<number> {
  const lines = new Set<number>();
  for (const document of file.documents) {
    visit(document.doc, {
      Scalar(_key, node) {
        if (!isScalar(node) || !node.range) return;
        if (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED) return;
        const from = lineOfOffset(file.lineCounter, node.range[0]);
        const to = lineOfOffset(file.lineCounter, node.range[1]);
        for (let l = from; l <= to; l++) lines.add(l);
      },
    });
  }
  return lines;
}

/** YAML files under `dir`, skipping dot folders and the templates/ and charts/ of Helm charts. */
function yamlFiles(repo: string, dir: string, inChart: boolean, depth = 0): string[] {
  if (depth > 12) return [];
  let entries;
  try {
    entries = readdirSync(join(repo, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const chart = inChart || entries.some((e) => e.isFile() && e.name === "Chart.yaml");
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".")) continue;
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (chart && (e.name === "templates" || e.name === "charts")) continue;
      out.push(...yamlFiles(repo, rel, chart, depth + 1));
    } else if (e.isFile() && /\.ya?ml$/i.test(e.name) && statSync(join(repo, rel)).size <= 8 * 1024 * 1024) {
      out.push(rel);
    }
  }
  return out;
}

function hygiene(file: string, line: number | undefined, rule: string, message: string): Finding {
  const f: Finding = { tool: "lint", rule, severity: "error", message, file };
  if (line) f.line = line;
  return f;
}
