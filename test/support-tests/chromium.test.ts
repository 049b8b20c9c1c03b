// The dashboard test's browser: found where users have one, installed where the suite can,
// otherwise a message that says what to install. Never a skipped test.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium, NO_BROWSER } from "../support/chromium.js";

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first", () => {
    expect(findChromium({ CHROMIUM_PATH: "/opt/my/chrome" })).toBe("/opt/my/chrome");
  });

  it("finds a browser on this machine, where the global setup made sure there is one", () => {
    expect(process.env.CHROMIUM_PATH).toBeTruthy();
    expect(findChromium({ CHROMIUM_PATH: "" })).toBeTruthy();
  });

  it("knows Playwright's browser folder", () => {
    const root = mkdtempSync(join(tmpdir(), "gitops-pw-"));
    const chrome = join(root, "chromium-1200", "chrome-linux", "chrome");
    mkdirSync(join(root, "chromium-1200", "chrome-linux"), { recursive: true });
    writeFileSync(chrome, "#!/bin/sh\n", { mode: 0o755 });
    const found = findChromium({ PLAYWRIGHT_BROWSERS_PATH: root });
    // A system browser, when there is one, comes first; otherwise Playwright's is used.
    expect([chrome, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]).toContain(
      found,
    );
  });

  it("says exactly what to install when there is no browser", () => {
    expect(NO_BROWSER).toContain("apt-get install chromium");
    expect(NO_BROWSER).toContain("CHROMIUM_PATH");
  });
});
