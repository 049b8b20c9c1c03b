// The engine: the keyword prefilter against a naive search, allow markers, ciphertext that must not
// be reported, and text that is not plain UTF-8 with LF line ends.
import { describe, expect, it } from "vitest";
import { SecretScanner } from "../../packages/secrets/src/engine.js";
import { scannableBytes } from "../../packages/secrets/src/files.js";
import { BUILTIN_RULES } from "../../packages/secrets/src/rules/index.js";
import { KeywordAutomaton } from "../../packages/secrets/src/prefilter.js";
import { Fakes } from "./fakes.js";
import { scanText } from "./support.js";

const f = new Fakes(7);

/** Every (end offset, payload) a case-insensitive search finds, the slow obvious way. */
function naive(text: string, keywords: string[]): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  keywords.forEach((k, i) => {
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1))
      out.push(`${at + k.length - 1}:${i}`);
  });
  return out.sort();
}

describe("keyword prefilter", () => {
  it("finds every occurrence of every keyword, overlapping and nested ones included (random texts)", () => {
    for (let round = 0; round < 200; round++) {
      const keywords = Array.from({ length: 1 + Math.floor(f.next() * 8) }, () =>
        f.chars(1 + Math.floor(f.next() * 4), "abcAB_"),
      );
      const lowerKeywords = keywords.map((k) => k.toLowerCase());
      const text = f.chars(Math.floor(f.next() * 300), "abcABC_\n ");
      const got: string[] = [];
      new KeywordAutomaton(
        lowerKeywords,
        lowerKeywords.map((_, i) => i),
      ).scan(Buffer.from(text), (payloads, _l, _s, end) => {
        for (const p of payloads) got.push(`${end}:${p}`);
      });
      // Duplicate keywords share one payload list entry per keyword index.
      expect(got.sort()).toEqual(naive(text, lowerKeywords));
    }
  });

  it("matches case-insensitively and reports the line and where it starts", () => {
    const hits: [number, number][] = [];
    new KeywordAutomaton(["password"], [0]).scan(
      Buffer.from("a\r\nb\nDB_PASSWORD=x\n"),
      (_p, line, start) => {
        hits.push([line, start]);
      },
    );
    expect(hits).toEqual([[3, 5]]);
  });
});

describe("secret engine", () => {
  const token = f.githubPat();

  it("accepts a line marked gitops:allow-secret or gitleaks:allow, or a comment line right above it", () => {
    expect(scanText(`token: ${token} # gitops:allow-secret\n`)).toEqual([]);
    expect(scanText(`token: ${token} # gitleaks:allow\n`)).toEqual([]);
    expect(scanText(`# gitops:allow-secret (fixture)\ntoken: ${token}\n`)).toEqual([]);
    expect(scanText(`note: gitops:allow-secret\ntoken: ${token}\n`)).toHaveLength(1);
  });

  it("does not report SealedSecret ciphertext, but still reports a secret elsewhere in the file", () => {
    const cipher = `AgB${f.chars(400, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}`;
    const text = [
      "apiVersion: bitnami.com/v1alpha1",
      "kind: SealedSecret",
      "metadata:",
      "  name: db",
      "spec:",
      "  encryptedData:",
      `    DB_PASSWORD: ${cipher}`,
      `    API_TOKEN: ${f.token()}`,
      "  template:",
      "    metadata:",
      `      annotations: {note: "${token}"}`,
      "",
    ].join("\n");
    expect(scanText(text).map((m) => [m.rule.id, m.line])).toEqual([["github-pat", 11]]);
  });

  it("does not report SOPS-encrypted values", () => {
    const text = `password: ENC[AES256_GCM,data:${f.chars(30)},iv:${f.chars(16)}=,tag:${f.chars(22)}==,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:${f.chars(40)}]\n`;
    expect(scanText(text)).toEqual([]);
  });

  it("reads CRLF files: right line, no carriage return in the secret", () => {
    const [m] = scanText(`a: 1\r\nb: 2\r\ntoken: ${token}\r\n`);
    expect(m).toMatchObject({ line: 3, column: 8, secret: token });
  });

  it("reads text that is not UTF-8 (Latin-1 bytes around the secret)", () => {
    const bytes = Buffer.concat([
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xff, 0x0a]),
      Buffer.from(`token: ${token}\n`),
    ]);
    const found = new SecretScanner(BUILTIN_RULES).scan({ path: "notes.txt", bytes });
    expect(found.map((m) => [m.secret, m.line])).toEqual([[token, 2]]);
  });

  it("counts columns in characters when multi-byte text comes before the secret", () => {
    const secret = f.token();
    const [m] = scanText(`name: "Ünïcödé ✓"; api_token: ${secret}\n`);
    expect(m?.column).toBe(`name: "Ünïcödé ✓"; api_token: `.length + 1);
  });

  it("skips binary content and re-encodes UTF-16 text before scanning", () => {
    expect(scannableBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBeUndefined();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`token: ${token}\n`, "utf16le")]);
    const bytes = scannableBytes(utf16);
    expect(bytes?.toString("utf8")).toBe(`token: ${token}\n`);
    const be = Buffer.from(utf16.subarray(2));
    be.swap16();
    expect(scannableBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))?.toString("utf8")).toBe(
      `token: ${token}\n`,
    );
  });
});
