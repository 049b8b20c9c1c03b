// render/index.json is a working file anyone can edit: a hand-made or corrupt one must not
// crash a later command or point it outside the repository.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readIndex } from "../../packages/render/src/output.js";

function indexWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-index-"));
  writeFileSync(join(dir, "index.json"), text);
  return dir;
}

const good = { id: "apps/web/overlays/prod", status: "ok", output: "render/apps/web/overlays/prod.yaml" };

describe("readIndex", () => {
  it("keeps well-formed entries and drops the rest, including outputs outside the repo", () => {
    const dir = indexWith(
      JSON.stringify({
        targets: [
          null,
          "x",
          { id: "a", status: "ok" },
          { ...good, id: "up", output: "../../etc/passwd" },
          { ...good, id: "abs", output: "/etc/passwd" },
          good,
        ],
      }),
    );
    expect(readIndex(dir).targets.map((t) => t.id)).toEqual([good.id]);
  });

  it("is empty for broken JSON, a missing file or no targets list", () => {
    expect(readIndex(indexWith("{ nope")).targets).toEqual([]);
    expect(readIndex(indexWith('{"targets": {}}')).targets).toEqual([]);
    expect(readIndex(indexWith("null")).targets).toEqual([]);
    expect(readIndex(mkdtempSync(join(tmpdir(), "gitops-index-none-"))).targets).toEqual([]);
  });
});
