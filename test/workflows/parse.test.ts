// GitHub's own parser (@actions/workflow-parser, from actions/languageservices) must
// accept every workflow, caller template and action we ship.
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/index";
import { describe, expect, it } from "vitest";
import { ACTIONS, read, WORKFLOWS } from "./files.js";

describe.each(WORKFLOWS)("workflow %s", (file) => {
  it("parses and converts without errors", async () => {
    const parsed = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(parsed.value).toBeDefined();
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect((template.errors ?? []).map((e) => e.Message)).toEqual([]);
  });
});

describe.each(ACTIONS)("action %s", (file) => {
  it("parses without errors", () => {
    const parsed = parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });
});

it("rejects a broken workflow, so the checks above can fail", () => {
  const parsed = parseWorkflow(
    {
      name: "broken.yml",
      content: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - nope: 1\n",
    },
    new NoOperationTraceWriter(),
  );
  expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
});
