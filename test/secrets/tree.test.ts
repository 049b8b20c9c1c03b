// The full-tree walk: what it never reads, the size cap, binary files, excludes and bad config.
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { Fakes } from "./fakes.js";
import { tempRepo } from "./support.js";

const f = new Fakes(13);
const token = () => `token: ${f.githubPat()}\n`;

describe("full-tree scan", () => {
  it("never reads .git/, node_modules/ or the top-level render/, but does read a nested render folder", async () => {
    const repo = tempRepo({
      ".git/config": token(),
      "node_modules/pkg/index.js": token(),
      "apps/web/node_modules/x.js": token(),
      "render/apps/cms/overlays/prod.yaml": token(),
      "apps/web/render/notes.yaml": token(),
    });
    const report = await scanRepository(repo);
    expect(report.findings.map((x) => x.file)).toEqual(["apps/web/render/notes.yaml"]);
  });

  it("reports files over the size cap as skipped notices instead of reading them", async () => {
    const repo = tempRepo({
      ".gitops.yaml": "secrets:\n  maxFileBytes: 2048\n",
      "big.yaml": `${"filler: 1\n".repeat(300)}${token()}`,
      "small.yaml": token(),
    });
    const report = await scanRepository(repo);
    expect(report.findings.map((x) => [x.rule, x.severity, x.file])).toEqual([
      ["github-pat", "error", "small.yaml"],
      ["file-skipped", "notice", "big.yaml"],
    ]);
    expect(report.findings[1]?.message).toBe(
      "not scanned: 3 KiB is over the 2 KiB size cap (secrets.maxFileBytes in .gitops.yaml)",
    );
    expect(report.stats.skipped).toBe(1);
  });

  it("skips binary files, honours exclude globs, and does not follow symbolic links", async () => {
    const outside = tempRepo({ "secret.yaml": token() });
    const repo = tempRepo({
      ".gitops.yaml": 'secrets:\n  exclude: ["docs/**", "**/*.snap"]\n',
      "docs/a.md": token(),
      "x/y.snap": token(),
    });
    writeFileSync(
      join(repo, "image.png"),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), Buffer.from(token())]),
    );
    symlinkSync(join(outside, "secret.yaml"), join(repo, "linked.yaml"));
    const report = await scanRepository(repo);
    expect(report.findings).toEqual([]);
    expect(report.stats).toMatchObject({ files: 1, binary: 1 });
  });

  it("does not scan its own config files (ignore file, baseline, .gitleaks.toml)", async () => {
    const repo = tempRepo({
      ".gitleaks.toml": `[allowlist]\nregexes = ['''${f.githubPat()}''']\n`,
      ".gitops-secrets-ignore.yaml": "ignore: []\n",
    });
    expect((await scanRepository(repo)).findings).toEqual([]);
  });

  it("rejects an unknown key in the secrets section of .gitops.yaml, naming it", async () => {
    const repo = tempRepo({ ".gitops.yaml": "secrets:\n  maxFileSize: 10\n" });
    await expect(scanRepository(repo)).rejects.toThrow(UserError);
    await expect(scanRepository(repo)).rejects.toThrow(
      /\.gitops\.yaml:2: unknown key "secrets\.maxFileSize"; allowed here: keyTemplate, ignoreFile, baseline, gitleaksConfig, maxFileBytes, exclude/,
    );
  });

  it("rejects a key template without {env}", async () => {
    const repo = tempRepo({ ".gitops.yaml": 'secrets:\n  keyTemplate: "platform/{service}"\n' });
    await expect(scanRepository(repo)).rejects.toThrow(/keyTemplate/);
  });
});
