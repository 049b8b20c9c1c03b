// The comparison: secretlint's recommended preset found 13 of 28 secrets planted in GitOps
// files. Ours must find all 28, each by the right rule, and nothing else.
import { describe, expect, it } from "vitest";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { plantedCorpus } from "./corpus.js";
import { exampleCopy } from "./support.js";

describe("28 secrets planted in GitOps files", () => {
  it.each([1, 2, 3])("finds every one, by the right rule, and nothing else (seed %i)", async (seed) => {
    const corpus = plantedCorpus(seed);
    expect(corpus.planted).toHaveLength(28);
    const report = await scanRepository(exampleCopy(corpus.files));
    const credentials = report.findings.filter((x) => x.secretSha256);
    const expected = corpus.planted.map((p) => [p.rule, p.file]);
    // The service account JSON holds a private key as well as its id: both are reported.
    expected.push(["private-key", "environments/prod/gcp-sa.json"]);
    expect(credentials.map((x) => [x.rule, x.file]).sort()).toEqual(expected.sort());
    const others = report.findings.filter((x) => !x.secretSha256).map((x) => [x.rule, x.file]);
    expect(others.sort()).toEqual([...corpus.gitops].sort());
  });
});
