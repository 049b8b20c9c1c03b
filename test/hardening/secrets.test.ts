// `gitops secrets` on hostile input: binary files, a 20 MB single line, CRLF
// files, secrets inside .git/, and the rule that a secret's value never reaches
// any output. Every token is made at run time (test/secrets/fakes.ts).
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { redact, secretSha256 } from "../../packages/secrets/src/redact.js";
import { git, writeFiles } from "../support/git.js";
import { Fakes, pemSecret } from "../secrets/fakes.js";
import { emptyDir, expectHardened, gitops, snapshot, type CliResult } from "./harness.js";

const f = new Fakes(11);

interface JsonFinding {
  rule: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  secretSha256?: string;
}

function findings(r: CliResult): JsonFinding[] {
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

/** No secret, nor any 8 characters of it past the shown prefix, appears in what the run printed. */
function expectNoSecret(r: CliResult, secrets: string[], extra = ""): void {
  const output = `${r.stdout}\n${r.stderr}\n${extra}`;
  for (const secret of secrets) {
    expect(output).not.toContain(secret);
    expect(output).not.toContain(secret.slice(4, 12));
  }
}

function repoWith(files: Record<string, string | Buffer>): string {
  const repo = join(emptyDir(), "infra");
  mkdirSync(repo);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(repo, path, ".."), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
  return repo;
}

describe("hardening: secrets", () => {
  it("binary files with a token inside are skipped, and nothing garbled is printed", async () => {
    const token = f.githubPat();
    const png = Buffer.concat([
      Buffer.from("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61", "hex"),
      f.bytes(4096),
      Buffer.from(` ${token} `),
      f.bytes(4096),
    ]);
    const elf = Buffer.concat([
      Buffer.from("7f454c4602010100000000000000000002003e00", "hex"),
      f.bytes(8192),
      Buffer.from(`\0token=${token}\0`),
      f.bytes(2048),
    ]);
    // Binary without a NUL byte reads as text: scanned, and its bytes must not reach the terminal.
    const noNul = Buffer.from([...f.bytes(6000)].map((b) => (b === 0 ? 1 : b)));
    const repo = repoWith({
      "docs/logo.png": png,
      "bin/tool": elf,
      "docs/blob.dat": Buffer.concat([noNul, Buffer.from(`\n${token}\n`), noNul]),
    });
    const before = snapshot(repo);
    const r = await gitops(["secrets", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(r, { code: 1, names: [/docs\/blob\.dat:\d+/, /2 binary skipped/], repo, before });
    expect(r.stdout + r.stderr).not.toMatch(/logo\.png|bin\/tool/);
    // Only printable text: no control characters but newlines, no replacement characters for bad UTF-8.
    const printed = Array.from(r.stdout + r.stderr, (ch) => ch.codePointAt(0) ?? 0);
    const garbled = (c: number) => (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
    expect(printed.filter(garbled)).toEqual([]);
    expectNoSecret(r, [token]);
  });

  it("a 20 MB single line is skipped over the size cap, and scanned in time when the cap allows", async () => {
    const token = f.githubPat();
    // Keyword-dense JSON: every few bytes a key a rule looks at, none holding a secret.
    const chunk = '{"password":"x","token":"abc","ghp_":1,"AKIA":2,"secret":"y","api_key":"zz","eyJ":5},';
    const clean = `[${chunk.repeat(Math.ceil(20_000_000 / chunk.length))}{}]\n`;
    const half = clean.length >> 1;
    const at = clean.indexOf("{", half);
    const planted = `${clean.slice(0, at)}{"github":"${token}"},${clean.slice(at)}`;
    const repo = repoWith({ "data/big.json": clean });
    const before = snapshot(repo);

    const capped = await gitops(["secrets", "--repo", repo], { timeoutMs: 30_000 });
    expectHardened(capped, { code: 0, names: ["data/big.json", "secrets.maxFileBytes"], repo, before });

    writeFileSync(join(repo, ".gitops.yaml"), "secrets:\n  maxFileBytes: 33554432\n");
    const scanned = await gitops(["secrets", "--json", "--repo", repo], { timeoutMs: 30_000 });
    expectHardened(scanned, { code: 0, repo, before: snapshot(repo) });
    expect(findings(scanned)).toEqual([]);

    writeFileSync(join(repo, "data/big.json"), planted);
    const found = await gitops(["secrets", "--json", "--repo", repo], { timeoutMs: 30_000 });
    expectHardened(found, { code: 1, names: ["data/big.json"], repo, before: snapshot(repo) });
    expect(findings(found)).toEqual([
      expect.objectContaining({ rule: "github-pat", file: "data/big.json", line: 1, column: at + 12 }),
    ]);
    expectNoSecret(found, [token]);
  });

  it("a CRLF file reports the secret's own line and column, redacted", async () => {
    const token = f.githubPat();
    const password = f.password();
    const crlf = (lines: string[]) => lines.map((l) => `${l}\r\n`).join("");
    const repo = repoWith({
      "apps/web/config.yaml": crlf([
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: web",
        "data:",
        `  github: ${token}`,
      ]),
      "apps/web/deploy.yaml": crlf([
        "env:",
        "  - name: LOG_LEVEL",
        "    value: info",
        "  - name: DB_PASSWORD",
        `    value: "${password}"`,
      ]),
    });
    const before = snapshot(repo);
    const json = await gitops(["secrets", "--json", "--credentials-only", "--repo", repo], {
      timeoutMs: 20_000,
    });
    expectHardened(json, { code: 1, repo, before });
    expect(findings(json)).toEqual([
      expect.objectContaining({ file: "apps/web/config.yaml", line: 6, column: 11 }),
      expect.objectContaining({ file: "apps/web/deploy.yaml", line: 5, column: 13 }),
    ]);
    const text = await gitops(["secrets", "--credentials-only", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(text, {
      code: 1,
      names: ["apps/web/config.yaml:6", `"${redact(token)}"`, "apps/web/deploy.yaml:5"],
      repo,
      before,
    });
    expect(text.stdout + text.stderr).not.toContain("\r");
    expectNoSecret(json, [token, password]);
    expectNoSecret(text, [token, password]);
  });

  it("nothing under .git/ is scanned: config, messages, objects, a nested repository", async () => {
    const [tracked, inConfig, inMessage, inObject, nested] = [1, 2, 3, 4, 5].map(() => f.githubPat()) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const repo = join(emptyDir(), "infra");
    mkdirSync(repo);
    git(repo, "init", "-q", "-b", "main");
    writeFiles(repo, { "apps/a.yaml": `token: ${tracked}\n`, "apps/gone.yaml": `token: ${inObject}\n` });
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", `add ${inMessage}`);
    git(repo, "rm", "-q", "apps/gone.yaml");
    git(repo, "commit", "-q", "-m", "remove it");
    git(repo, "config", "remote.origin.url", `https://x-access-token:${inConfig}@github.com/org/infra.git`);
    writeFileSync(join(repo, ".git", "description"), `token: ${inConfig}\n`);
    // A nested checkout (a vendored repo, a submodule's folder) has a .git/ of its own.
    writeFiles(repo, {
      "vendor/lib/.git/config": `[remote "origin"]\n\turl = https://u:${nested}@github.com/o/lib\n`,
    });
    // The secrets really are in .git/ as plain text (config, the reflog holding the message).
    expect(readFileSync(join(repo, ".git", "config"), "utf8")).toContain(inConfig);
    expect(readFileSync(join(repo, ".git", "logs", "HEAD"), "utf8")).toContain(inMessage);
    const before = snapshot(repo);
    const r = await gitops(["secrets", "--json", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(r, { code: 1, names: ["apps/a.yaml"], repo, before });
    expect(findings(r).map((x) => [x.file, x.secretSha256])).toEqual([
      ["apps/a.yaml", secretSha256(tracked)],
    ]);
    expect(r.stdout).not.toContain(".git/");
    expectNoSecret(r, [tracked, inConfig, inMessage, inObject, nested]);
  });

  it("symlinks are not followed: a file outside the repo is not read, a looping folder does not hang", async () => {
    const [tracked, outside] = [f.githubPat(), f.githubPat()];
    const elsewhere = emptyDir();
    writeFileSync(join(elsewhere, "id_token"), `token: ${outside}\n`);
    const repo = repoWith({ "apps/a.yaml": `token: ${tracked}\n` });
    symlinkSync(join(elsewhere, "id_token"), join(repo, "apps", "linked.yaml"));
    symlinkSync(elsewhere, join(repo, "apps", "elsewhere"));
    symlinkSync("..", join(repo, "apps", "loop"));
    const before = snapshot(repo);
    const r = await gitops(["secrets", "--json", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(r, { code: 1, names: ["apps/a.yaml"], repo, before });
    expect(findings(r).map((x) => [x.file, x.secretSha256])).toEqual([
      ["apps/a.yaml", secretSha256(tracked)],
    ]);
    expectNoSecret(r, [tracked, outside]);
  });

  it("no secret value reaches any output: text, --json or --sarif", async () => {
    const aws = f.awsKeyId();
    const pem = f.privateKeyPem();
    // As it sits in a URL: percent-encoded, as a password with "@" or "#" must be.
    const dbPassword = encodeURIComponent(f.password());
    const secrets = [aws, f.slackBot(), f.stripe(), f.jwt(), dbPassword, pemSecret(pem).replace(/\s/g, "")];
    const repo = repoWith({
      "apps/api/values.yaml": [
        `awsAccessKeyId: ${aws}`,
        `slack: ${secrets[1] ?? ""}`,
        `stripe: ${secrets[2] ?? ""}`,
        `session: ${secrets[3] ?? ""}`,
        `databaseUrl: postgres://app:${secrets[4] ?? ""}@db:5432/app`,
        "",
      ].join("\n"),
      "apps/api/key.pem": pem,
    });
    const before = snapshot(repo);
    const sarif = join(emptyDir(), "secrets.sarif");
    const text = await gitops(["secrets", "--repo", repo, "--sarif", sarif], { timeoutMs: 20_000 });
    expectHardened(text, { code: 1, names: ["apps/api/values.yaml", "apps/api/key.pem"], repo, before });
    const json = await gitops(["secrets", "--json", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(json, { code: 1, repo, before });
    expect(findings(json).length).toBeGreaterThanOrEqual(secrets.length);
    expectNoSecret(text, secrets, readFileSync(sarif, "utf8"));
    expectNoSecret(json, secrets);
  });
});
