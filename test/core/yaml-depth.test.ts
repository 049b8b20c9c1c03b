import { describe, expect, it } from "vitest";
import { tooDeepAt } from "../../packages/core/src/yaml-depth.js";

describe("tooDeepAt", () => {
  it("finds the line where flow collections or compact sequences nest too deep", () => {
    expect(tooDeepAt(`a: 1\ndeep: ${"[".repeat(101)}${"]".repeat(101)}\n`, 100)).toBe(2);
    expect(tooDeepAt(`a: 1\nb: 2\ndeep: ${"{a: ".repeat(101)}1${"}".repeat(101)}\n`, 100)).toBe(3);
    expect(tooDeepAt(`${"- ".repeat(101)}x\n`, 100)).toBe(1);
    expect(tooDeepAt(`deep: ${"[".repeat(100)}${"]".repeat(100)}\n`, 100)).toBeUndefined();
  });

  it("counts brackets across lines of one flow collection", () => {
    expect(tooDeepAt("a: [\n  [\n    [\n      1]]]\n", 2)).toBe(3);
  });

  it("does not count brackets in quotes, comments, block scalars and plain scalars", () => {
    const text = [
      `a: "${"[".repeat(50)}"`,
      `b: '${"{".repeat(50)}'`,
      `# ${"[".repeat(50)}`,
      "c: |",
      `  ${"[".repeat(50)}`,
      `d: x${"[".repeat(50)}`,
      "---",
      "e: [ok]",
    ].join("\n");
    expect(tooDeepAt(text, 10)).toBeUndefined();
  });
});
