// Faithful edits on a corpus of overlay styles: the edited text must differ from the
// original only in the promoted scalars (or the added lines), compared line by line.
import { describe, expect, it } from "vitest";
import { parseYaml, UserError } from "../../packages/core/src/index.js";
import { YamlEditor, type PathStep, type ScalarText } from "../../packages/promote/src/index.js";

const str = (text: string): ScalarText => ({ text, isString: true });
const image = (name: string): PathStep => ({ key: "name", equals: str(name) });

function edit(text: string, ...sets: [PathStep[], string, ScalarText | null, number?][]): string {
  const editor = new YamlEditor(parseYaml(text, "overlay.yaml"));
  for (const [path, key, value, doc] of sets) editor.set(doc ?? 0, path, key, value);
  return editor.apply();
}

/** Lines of `after` that differ from `before`, by index; both must have the same number of lines. */
function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [{ line: i + 1, before: line, after: b[i] ?? "" }]));
}

/** `after` with the lines at `inserted` (1-based) taken out must be `before` exactly. */
function withoutLines(after: string, inserted: number[]): string {
  return after
    .split("\n")
    .filter((_, i) => !inserted.includes(i + 1))
    .join("\n");
}

describe("YamlEditor on overlay styles", () => {
  it("changes only the tag in a block kustomization with comments and blank lines", () => {
    const before = `# cms in prod
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: cms-prod   # owned by platform

images:
  - name: ghcr.io/example-org/cms
    newTag: 1.14.2 # released 2024-05-01

replicas:
  - name: cms
    count: 3
`;
    const after = edit(before, [["images", image("ghcr.io/example-org/cms")], "newTag", str("1.15.0")]);
    expect(changedLines(before, after)).toEqual([
      {
        line: 9,
        before: "    newTag: 1.14.2 # released 2024-05-01",
        after: "    newTag: 1.15.0 # released 2024-05-01",
      },
    ]);
  });

  it("keeps kustomize edit's unindented lists and adds a missing digest under its siblings", () => {
    const before = `resources:
- ../../base
images:
- name: ghcr.io/example-org/web
  newTag: 2.7.4
- name: busybox
  newTag: "1.36"
patches:
- path: patch.yaml
`;
    const after = edit(
      before,
      [["images", image("ghcr.io/example-org/web")], "newTag", str("2.8.1")],
      [["images", image("ghcr.io/example-org/web")], "digest", str("sha256:abc123")],
    );
    expect(after).toBe(`resources:
- ../../base
images:
- name: ghcr.io/example-org/web
  newTag: 2.8.1
  digest: sha256:abc123
- name: busybox
  newTag: "1.36"
patches:
- path: patch.yaml
`);
    expect(withoutLines(after, [6]).replace("2.8.1", "2.7.4")).toBe(before);
  });

  it("edits flow collections in place, keeping their quoting", () => {
    const before = `images: [{name: ghcr.io/org/api, newTag: "1.2.3"}, {name: redis, newTag: '7'}]
replicas: [{name: api, count: 2}]
`;
    const after = edit(
      before,
      [["images", image("ghcr.io/org/api")], "newTag", str("1.3.0")],
      [["images", image("redis")], "newTag", str("7.2")],
      [["images", image("redis")], "digest", str("sha256:ff")],
    );
    expect(after)
      .toBe(`images: [{name: ghcr.io/org/api, newTag: "1.3.0"}, {name: redis, newTag: '7.2', digest: sha256:ff}]
replicas: [{name: api, count: 2}]
`);
  });

  it("keeps each scalar's quote style and quotes a plain value only when it would change type", () => {
    const before = `image:
  tag: "0.9.1"
  digest: 'sha256:old'
  pullPolicy: IfNotPresent
sidecar:
  tag: 1.9
other:
  tag: v1
`;
    const after = edit(
      before,
      [["image"], "tag", str("0.9.3")],
      [["image"], "digest", str("sha256:new")],
      [["sidecar"], "tag", { text: "1.10", isString: false }],
      [["other"], "tag", str("1.10")],
    );
    expect(changedLines(before, after)).toEqual([
      { line: 2, before: '  tag: "0.9.1"', after: '  tag: "0.9.3"' },
      { line: 3, before: "  digest: 'sha256:old'", after: "  digest: 'sha256:new'" },
      { line: 6, before: "  tag: 1.9", after: "  tag: 1.10" },
      // A plain 1.10 would read as the number 1.1; the string stays a string.
      { line: 8, before: "  tag: v1", after: '  tag: "1.10"' },
    ]);
    // YAML 1.1 (Go's yaml, used by Helm) reads yes/on as booleans: quoted too.
    expect(edit("image:\n  tag: v1\n", [["image"], "tag", str("on")])).toBe('image:\n  tag: "on"\n');
  });

  it("edits an anchored value once, through its alias, leaving the anchor and aliases alone", () => {
    const before = `versions:
  app: &app "0.9.1"
image:
  tag: *app
worker:
  image:
    tag: *app
`;
    const after = edit(before, [["image"], "tag", str("0.9.3")], [["worker", "image"], "tag", str("0.9.3")]);
    expect(changedLines(before, after)).toEqual([
      { line: 2, before: '  app: &app "0.9.1"', after: '  app: &app "0.9.3"' },
    ]);
  });

  it("refuses two promoted fields that share one anchor but need different values", () => {
    const before = `a: &v "1"\nimage:\n  tag: *v\n  other: *v\n`;
    expect(() => edit(before, [["image"], "tag", str("2")], [["image"], "other", str("3")])).toThrow(
      /overlay\.yaml:1: two promoted fields share this anchored value/,
    );
  });

  it("adds a missing images list at the end in the file's own list style", () => {
    const before = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
    - ../../base
namespace: cms-prod`;
    const after = edit(before, [["images", image("ghcr.io/org/cms")], "newTag", str("1.15.0")]);
    expect(after).toBe(`${before}
images:
    - name: ghcr.io/org/cms
      newTag: 1.15.0
`);
  });

  it("appends an entry for an image the target does not list yet, before trailing comments", () => {
    const before = `images:
  - name: other
    newTag: "1"
# end of images
replicas: []
`;
    const after = edit(before, [["images", image("ghcr.io/org/cms")], "newTag", str("2")]);
    expect(after).toBe(`images:
  - name: other
    newTag: "1"
  - name: ghcr.io/org/cms
    newTag: "2"
# end of images
replicas: []
`);
  });

  it("creates missing Helm value maps, nested, with the file's indentation", () => {
    const before = `# queue values
replicaCount: 2
resources:
    limits:
        cpu: "2"
`;
    const after = edit(
      before,
      [["image"], "tag", str("0.9.3")],
      [["worker", "image"], "tag", str("0.9.3")],
      [["worker", "image"], "digest", str("sha256:d")],
    );
    expect(after).toBe(`${before}image:
    tag: 0.9.3
worker:
    image:
        tag: 0.9.3
        digest: sha256:d
`);
    expect(withoutLines(after, [6, 7, 8, 9, 10, 11])).toBe(before);
  });

  it("removes a field the source does not set, with its line comment and nothing else", () => {
    const before = `images:
  - name: ghcr.io/org/cms
    newTag: 1.14.2
    digest: sha256:pinned # pinned after an incident
  - {name: redis, newTag: "7", digest: sha256:r}
`;
    const after = edit(
      before,
      [["images", image("ghcr.io/org/cms")], "digest", null],
      [["images", image("redis")], "digest", null],
    );
    expect(after).toBe(`images:
  - name: ghcr.io/org/cms
    newTag: 1.14.2
  - {name: redis, newTag: "7"}
`);
  });

  it("edits the right document of a multi-document file", () => {
    const before = `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata: {name: prod}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
spec:
  source:
    chart: redis
    targetRevision: 18.1.0 # chart version
`;
    const after = edit(before, [["spec", "source"], "targetRevision", str("18.2.0"), 1]);
    expect(changedLines(before, after)).toEqual([
      {
        line: 10,
        before: "    targetRevision: 18.1.0 # chart version",
        after: "    targetRevision: 18.2.0 # chart version",
      },
    ]);
  });

  it("keeps CRLF line endings in added lines", () => {
    const before = "image:\r\n  repository: r\r\n";
    expect(edit(before, [["image"], "tag", str("2")])).toBe('image:\r\n  repository: r\r\n  tag: "2"\r\n');
  });

  it("fills an empty file and a key that has no value", () => {
    expect(edit("", [["image"], "tag", str("1.0.0")])).toBe("image:\n  tag: 1.0.0\n");
    expect(edit("# only a comment\n", [["image"], "tag", str("1.0.0")])).toBe(
      "# only a comment\nimage:\n  tag: 1.0.0\n",
    );
    expect(edit("image:\n  tag:\n  pullPolicy: Always\n", [["image"], "tag", str("1.0.0")])).toBe(
      "image:\n  tag: 1.0.0\n  pullPolicy: Always\n",
    );
  });

  it("refuses to put a value where the target holds a map, naming file and line", () => {
    const before = "image:\n  tag:\n    major: 1\n";
    let error: unknown;
    try {
      edit(before, [["image"], "tag", str("2")]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^overlay\.yaml:2: /);
  });
});
