import { describe, expect, it } from "vitest";

import { maskedForms, maskSecret } from "../../packages/github/src/secrets.js";
import { captureStdout, commandValues, isolateEnv } from "./support.js";

isolateEnv();

const TOKEN = "ghs_a1B2/c3D4+e5F6=g7H8 i9";

describe("maskSecret", () => {
  it("emits ::add-mask:: for the raw, base64 and URL-encoded forms", () => {
    const out = captureStdout();
    maskSecret(TOKEN);
    const masks = commandValues(out.lines(), "add-mask");
    expect(masks).toContain(TOKEN);
    expect(masks).toContain(Buffer.from(TOKEN).toString("base64"));
    expect(masks).toContain(encodeURIComponent(TOKEN));
    expect(new Set(masks).size).toBe(masks.length);
  });

  it("covers the token's base64 whatever its offset inside a longer encoded string", () => {
    const forms = maskedForms(TOKEN);
    for (const prefix of ["", "x", "x-", "x-access-token:", "user:"]) {
      const encoded = Buffer.from(`${prefix}${TOKEN}\n`).toString("base64");
      expect(forms.some((f) => encoded.includes(f))).toBe(true);
    }
  });

  it("masks each line of a multi-line secret", () => {
    const out = captureStdout();
    maskSecret("-----BEGIN KEY-----\nMIIEvQIBADANBg\n-----END KEY-----");
    expect(commandValues(out.lines(), "add-mask")).toEqual(
      expect.arrayContaining(["-----BEGIN KEY-----", "MIIEvQIBADANBg", "-----END KEY-----"]),
    );
  });

  it("ignores empty and blank values", () => {
    const out = captureStdout();
    maskSecret("");
    maskSecret("  ");
    maskSecret(undefined);
    expect(out.text()).toBe("");
  });
});
