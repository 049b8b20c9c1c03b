// The metrics dashboard: self-contained HTML that renders in headless Chromium with no
// console errors, draws its SVG charts, and shows hostile commit text as text.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { findChromium } from "../support/chromium.js";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import { buildStory, type Story } from "./story.js";

let story: Story;
beforeAll(() => {
  story = buildStory();
  // A rollback whose subject and author try to inject markup into the dashboard.
  story.repo.commitAt(
    `Revert "<img src=x onerror=alert(1)>" & </td><script>alert(2)</script>`,
    {
      "apps/queue/overlays/prod/values.yaml":
        'env: prod\nimage:\n  repository: ghcr.io/example-org/queue\n  tag: "0.8.0"\n',
    },
    { date: "2026-01-16T09:00:00Z", author: `Eve "quote' & amp` },
  );
});

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

describe("dashboard", () => {
  it("renders in headless Chromium with no console errors, SVG charts and escaped text", async () => {
    const out = mkdtempSync(join(tmpdir(), "gitops-dashboard-"));
    const file = join(out, "dashboard.html");
    let stderr = "";
    const code = await runCli(
      ["changelog", "--repo", story.repo.dir, "--metrics", "--dashboard", file, "--json"],
      { stdout: () => undefined, stderr: (t) => (stderr += t), isTTY: false },
      {},
    );
    expect(code, stderr).toBe(0);
    const html = readFileSync(file, "utf8");
    expect(html).not.toMatch(/<script|<img|src="http|href="http/i);

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? findChromium() ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      page.on("dialog", (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`file://${file}`, { waitUntil: "load" });
      expect(await page.locator("section.env").count()).toBe(2);
      // Two charts per env, each with bars of real size.
      expect(await page.locator("svg.chart").count()).toBe(4);
      const bar = await page.locator("svg.chart rect.bar").first().boundingBox();
      expect(bar?.height).toBeGreaterThan(0);
      const rollback = page.locator("#rollbacks tbody tr").first();
      expect(await rollback.locator("td").nth(4).textContent()).toBe(
        `Revert "<img src=x onerror=alert(1)>" & </td><script>alert(2)</script>`,
      );
      expect(await rollback.locator("td").nth(5).textContent()).toBe(`Eve "quote' & amp`);
      const shot = join(out, "dashboard.png");
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`dashboard screenshot: ${shot}`);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
