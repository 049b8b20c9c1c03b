import { posix } from "node:path";
import { findTool } from "../../../tools/src/locate.js";
import { runTool } from "../../../tools/src/exec.js";
import { messageOf, UserError } from "../errors.js";
import type { Finding } from "../finding.js";
import { parseRenderedYaml } from "../rendered-yaml.js";
import { asApplication, isObject } from "./applications.js";
import type { ModelApplication } from "./types.js";

/** Seconds one app-of-apps chart may take to render. */
const TIMEOUT_MS = 60_000;

/**
 * Renders an app-of-apps Helm chart (one whose templates are Argo CD Applications) with its own
 * values, as the Application that deploys it would, and returns the Applications it yields. Each
 * keeps the template file it came from (`# Source:` in helm's output). Without helm, or when the
 * chart does not render, the chart's Applications are not followed and a finding says why.
 */
export async function chartApplications(
  repo: string,
  chartDir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ applications: ModelApplication[]; findings: Finding[] }> {
  const chartYaml = posix.join(chartDir, "Chart.yaml");
  const helm = findTool("helm", env);
  if (!helm) {
    return {
      applications: [],
      findings: [
        finding(
          "notice",
          chartYaml,
          `${chartDir || "."} is an app-of-apps chart; helm is not on PATH, so the Applications it creates are not followed (install helm, or run gitops tools install)`,
        ),
      ],
    };
  }
  const release = posix.basename(chartDir) || "apps";
  const r = await runTool(helm, ["template", release, chartDir || "."], {
    cwd: repo,
    timeoutMs: TIMEOUT_MS,
    env,
  });
  if (r.code !== 0) {
    const why = r.timedOut ? "timed out" : (r.stderr.trim().split("\n").at(-1) ?? "failed");
    return {
      applications: [],
      findings: [finding("error", chartYaml, `app-of-apps chart ${chartDir || "."} does not render: ${why}`)],
    };
  }
  const applications: ModelApplication[] = [];
  try {
    for (const doc of parseRenderedYaml(r.stdout, `${chartDir}/ (helm template)`)) {
      const v = doc.value;
      if (!isObject(v) || v.kind !== "Application" || typeof v.apiVersion !== "string") continue;
      if (!v.apiVersion.startsWith("argoproj.io/")) continue;
      const source = /#\s*Source:\s*[^/\s]+\/(\S+)/.exec(doc.comment)?.[1];
      const file = source ? posix.join(chartDir, source) : chartYaml;
      const app = asApplication(v, file, 1, null);
      if (app) applications.push(app);
    }
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return { applications: [], findings: [finding("error", chartYaml, messageOf(err))] };
  }
  return { applications, findings: [] };
}

function finding(severity: "error" | "notice", file: string, message: string): Finding {
  return { tool: "render", rule: "app-of-apps", severity, message, file };
}
