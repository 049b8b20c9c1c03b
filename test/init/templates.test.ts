// The callers init writes are the templates in workflows/ with the pin and the environments
// filled in: a change to a template that init does not follow fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Pin } from "../../packages/init/src/index.js";
import {
  changelogCaller,
  governanceCaller,
  observeCaller,
  previewCaller,
  previewSweepCaller,
  promoteCaller,
  validateCaller,
} from "../../packages/init/src/templates/workflows.js";
import { ROOT } from "./support.js";

const PIN: Pin = { repo: "example-org/gitops-actions", ref: "v1", sha: false, source: "option" };

function template(name: string): Record<string, unknown> {
  return parse(readFileSync(join(ROOT, "workflows", `${name}.yaml`), "utf8")) as Record<string, unknown>;
}

describe("caller workflows match workflows/", () => {
  it("validate and changelog are the templates", () => {
    expect(parse(validateCaller(PIN))).toEqual(template("validate"));
    expect(parse(changelogCaller(PIN))).toEqual(template("changelog"));
  });

  it("preview and preview-sweep are the templates", () => {
    expect(parse(previewCaller(PIN))).toEqual(template("preview"));
    expect(parse(previewSweepCaller(PIN))).toEqual(template("preview-sweep"));
  });

  it("promote is the template with the environments as choices", () => {
    const written = parse(promoteCaller(PIN, ["staging", "prod"])) as {
      on: { workflow_dispatch: { inputs: Record<string, Record<string, unknown>> } };
    };
    const inputs = written.on.workflow_dispatch.inputs;
    expect(inputs.from).toMatchObject({ type: "choice", options: ["staging"], default: "staging" });
    expect(inputs.to).toMatchObject({ type: "choice", options: ["prod"], default: "prod" });
    // Without the choices, the template itself.
    for (const input of [inputs.from, inputs.to]) {
      delete input?.type;
      delete input?.options;
    }
    expect(written).toEqual(template("promote"));
  });

  it("governance is the template", () => {
    expect(parse(governanceCaller(PIN))).toEqual(template("governance"));
  });

  it("observe is the template with the server from vars.ARGOCD_SERVER, gated on it without argocd.server", () => {
    for (const serverInConfig of [true, false]) {
      const written = parse(observeCaller(PIN, serverInConfig)) as {
        jobs: { observe: { if?: string; with: Record<string, unknown> } };
      };
      const job = written.jobs.observe;
      expect(job.if).toBe(serverInConfig ? undefined : "vars.ARGOCD_SERVER != ''");
      expect(job.with["argocd-server"]).toBe("${{ vars.ARGOCD_SERVER }}");
      delete job.if;
      job.with["argocd-server"] = "argocd.example.com";
      expect(written).toEqual(template("observe"));
    }
  });
});
