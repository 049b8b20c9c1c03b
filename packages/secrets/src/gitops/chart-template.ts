import type { PathContext } from "./context.js";
import { finding } from "./finding.js";
import type { ManifestResult } from "./manifests.js";
import type { KeyTemplate } from "./template.js";

/** Chart templates: regex, since `{{ }}` makes them unparseable before rendering. */
export function checkChartTemplate(
  path: string,
  text: string,
  ctx: PathContext,
  template: KeyTemplate,
): ManifestResult {
  const result: ManifestResult = { findings: [], provided: [], dataFrom: false };
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const secretKind = /^kind:\s*["']?Secret["']?\s*$/m.exec(text);
  const data = /^(?:data|stringData):/m.exec(text);
  if (secretKind && data) {
    result.findings.push(
      finding(
        "plain-secret",
        "warning",
        path,
        lineOf(data.index),
        "this chart template renders a plain Secret, so its values come from values files in Git; use an ExternalSecret",
      ),
    );
  }
  if (/^kind:\s*["']?ExternalSecret/m.test(text)) {
    for (const m of text.matchAll(
      /remoteRef:\s*\n(?:[ \t]*[\w-]+:.*\n){0,3}?[ \t]*key:[ \t]*["']?([^\n"']+)/g,
    )) {
      const key = (m[1] ?? "").trim();
      if (key.includes("{{")) continue;
      const problem = template.check(key, ctx);
      if (problem)
        result.findings.push(
          finding(
            problem.rule,
            "error",
            path,
            lineOf(m.index + m[0].length),
            `ExternalSecret template: ${problem.message}`,
          ),
        );
    }
  }
  return result;
}
