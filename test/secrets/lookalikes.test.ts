// Precision on real-world look-alikes (issue 16): interpolations, placeholders, file paths, code
// and README examples give no finding in any file type; the secrets next to them still do.
import { describe, expect, it } from "vitest";
import { fencedLines } from "../../packages/secrets/src/markdown.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { lookAlike } from "../../packages/secrets/src/values.js";
import { Fakes } from "./fakes.js";
import { LOOK_ALIKES, nearMisses } from "./lookalikes.js";
import { scanText, tempRepo } from "./support.js";

const found = (text: string, file: string) => scanText(text, file).map((m) => `${m.rule.id}: ${m.secret}`);

describe("secret look-alikes", () => {
  it.each(LOOK_ALIKES.map((c, i) => ({ i, ...c })))("reports no $kind in $file (#$i)", ({ file, text }) => {
    expect(found(text, file)).toEqual([]);
  });

  it.each(nearMisses().map((c, i) => ({ i, ...c })))(
    "still finds the $rule in $file (#$i)",
    ({ file, text, rule, secret }) => {
      expect(found(text, file)).toEqual([`${rule}: ${secret}`]);
    },
  );

  it("gives no credential finding for the look-alikes in a whole-repo scan, and finds every near miss", async () => {
    const files: Record<string, string> = {};
    LOOK_ALIKES.forEach((c, i) => (files[`lookalike-${i}/${c.file}`] = c.text));
    const misses = nearMisses();
    misses.forEach((c, i) => (files[`miss-${i}/${c.file}`] = c.text));
    const report = await scanRepository(tempRepo(files));
    const credentials = report.findings.filter((x) => x.secretSha256).map((x) => [x.rule, x.file]);
    expect(credentials.sort()).toEqual(misses.map((c, i) => [c.rule, `miss-${i}/${c.file}`]).sort());
  });
});

describe("npmrc-auth is about .npmrc", () => {
  it("reports any _auth key in an .npmrc, and only the registry-scoped form elsewhere", () => {
    const pw = "cXdlcnR5OnF3ZXJ0eTEyMzQ1Ng==";
    expect(found(`_auth=${pw}\n`, ".npmrc")).toEqual([`npmrc-auth: ${pw}`]);
    expect(found(`_auth=${pw}\n`, "conf/app.ini")).toEqual([]);
    expect(found(`//registry.example.com/:_auth=${pw}\n`, "Dockerfile")).toEqual([`npmrc-auth: ${pw}`]);
  });

  it("does not read db_password in an .ini file as an npm credential", () => {
    const rules = scanText("db_password = Zq4Wx8Ec2Rv6Tb1Yn\n", "conf/app.ini").map((m) => m.rule.id);
    expect(rules).toEqual(["generic-secret"]);
  });
});

describe("file-specific rules judge the file", () => {
  const f = new Fakes(7);
  const token = f.token();

  it("reads a token as a kubeconfig user's only in a kubeconfig, by name or by shape", () => {
    const users = `clusters:\n  - name: a\nusers:\n  - name: b\n    user:\n      token: ${token}\n`;
    expect(scanText(users, "home/.kube/config").map((m) => m.rule.id)).toEqual(["kubeconfig-token"]);
    expect(scanText(`kind: Config\n${users}`, "x.yaml").map((m) => m.rule.id)).toEqual(["kubeconfig-token"]);
    // A chart's own users and clusters: still a secret, but not a kubeconfig credential.
    expect(scanText(users, "charts/app/values.yaml").map((m) => m.rule.id)).toEqual(["generic-secret"]);
  });

  it("reads an auth entry as a registry credential only in a Docker config", () => {
    const auth = Buffer.from(`ci:${token}`).toString("base64");
    const config = `{"auths": {"ghcr.io": {"auth": "${auth}"}}}\n`;
    expect(found(config, "home/.docker/config.json")).toEqual([`docker-config-auth: ${auth}`]);
    expect(found(`{"auth": "${auth}"}\n`, "api/fixture.json")).toEqual([]);
  });
});

describe("lookAlike", () => {
  it.each([
    ["$password/", "placeholder"],
    ["%API_TOKEN%", "placeholder"],
    ["YOUR-1PASSWORD-TOKEN", "placeholder"],
    ["REPLACE_WITH_PASSWORD", "placeholder"],
    ["/secrets/mysql/password", "path"],
    ["+h.dbPassword+", "expression"],
    ["process.env.GH_TOKEN_V2", "expression"],
    ["os.environ[X]", "expression"],
  ] as const)("calls %s a %s", (value, kind) => {
    expect(lookAlike(value, { assigned: true })).toBe(kind);
  });

  it("judges code and paths only where a key's value was assigned, not in a token format", () => {
    expect(lookAlike("hvs.CAESIJlWh", {})).toBeUndefined();
    expect(lookAlike("/secrets/mysql/password", {})).toBeUndefined();
  });

  it("lets a quoted value hold brackets, and keeps random tokens", () => {
    expect(lookAlike("ab(c)De#9xYz", { assigned: true, quoted: true })).toBeUndefined();
    expect(lookAlike("Xk9Qw2Lm7Rt4Vb8Np3Zs", { assigned: true })).toBeUndefined();
    expect(lookAlike("abc!*def12", { assigned: true })).toBeUndefined();
  });
});

describe("fencedLines", () => {
  it("marks the lines inside a fence, which only a fence of its own character, as long or longer, closes", () => {
    const md = "a\n```yaml\nb\n``\n````\nc\n```\nd\n~~~~\ne\n~~~~\nf\n```\ng";
    expect([...fencedLines(md)]).toEqual([3, 4, 8, 9, 10, 11, 12]);
  });
});
