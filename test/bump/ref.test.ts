// Image references as `gitops bump --image` accepts them.
import { describe, expect, it } from "vitest";
import { formatImageRef, parseImageRef } from "../../packages/promote/src/index.js";

const DIGEST = `sha256:${"ab".repeat(32)}`;

describe("parseImageRef", () => {
  it.each([
    ["ghcr.io/org/web:1.2.3", { name: "ghcr.io/org/web", tag: "1.2.3" }],
    [`ghcr.io/org/web@${DIGEST}`, { name: "ghcr.io/org/web", digest: DIGEST }],
    [`ghcr.io/org/web:v1_rc-2@${DIGEST}`, { name: "ghcr.io/org/web", tag: "v1_rc-2", digest: DIGEST }],
    ["registry.local:5000/team/app:1", { name: "registry.local:5000/team/app", tag: "1" }],
    ["nginx:1.27", { name: "nginx", tag: "1.27" }],
  ])("reads %s", (text, ref) => {
    expect(parseImageRef(text)).toEqual(ref);
    expect(formatImageRef(parseImageRef(text))).toBe(text);
  });

  it.each([
    "registry.local:5000/team/app",
    "ghcr.io/org/web:1@sha256:ABC",
    `ghcr.io/org/web:.x@${DIGEST}`,
    "ghcr.io//web:1",
    "-x:1",
    "",
  ])("refuses %j", (text) => {
    expect(() => parseImageRef(text)).toThrow(/^bad image reference/);
  });
});
