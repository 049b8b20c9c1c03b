// Fake credentials in each provider's documented format, made at run time from a seeded PRNG so
// no real-looking token is ever committed (push protection would rightly refuse it) and every run
// plants the same values. Used by the rule tables, the redaction property and bench/secrets.
import { generateKeyPairSync } from "node:crypto";
import { Random } from "../../bench/gen/random.js";

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const BASE62 = UPPER + LOWER + DIGITS;
const BASE64 = `${BASE62}+/`;
const BASE64URL = `${BASE62}-_`;
const HEX = "0123456789abcdef";

/** A seeded source of fake credentials, on the benchmark generator's PRNG. */
export class Fakes extends Random {
  chars(n: number, alphabet = BASE62): string {
    let out = "";
    for (let i = 0; i < n; i++) out += alphabet.charAt(Math.floor(this.next() * alphabet.length));
    return out;
  }

  bytes(n: number): Buffer {
    return Buffer.from(Array.from({ length: n }, () => Math.floor(this.next() * 256)));
  }

  awsKeyId = () => `AKIA${this.chars(16, `${UPPER}234567`)}`;
  awsSecret = () => this.chars(40, BASE64);
  gcpApiKey = () => `AIza${this.chars(35, BASE64URL)}`;
  azureStorageKey = () => this.bytes(64).toString("base64");
  azureSharedAccessKey = () => this.bytes(32).toString("base64");
  azureSasSig = () => encodeURIComponent(this.bytes(32).toString("base64"));
  azureAdSecret = () => `${this.chars(3)}${this.chars(1, DIGITS)}Q~${this.chars(34, `${BASE62}_~.-`)}`;
  githubPat = () => `ghp_${this.chars(36)}`;
  githubFineGrained = () => `github_pat_${this.chars(22)}_${this.chars(59)}`;
  githubOauth = () => `gho_${this.chars(36)}`;
  githubApp = () => `ghs_${this.chars(36)}`;
  gitlabPat = () => `glpat-${this.chars(20, BASE64URL)}`;
  slackBot = () => `xoxb-${this.chars(12, DIGITS)}-${this.chars(13, DIGITS)}-${this.chars(24)}`;
  slackWebhookPath = () =>
    `T${this.chars(8, UPPER + DIGITS)}/B${this.chars(10, UPPER + DIGITS)}/${this.chars(24)}`;
  stripe = () => `sk_live_${this.chars(99)}`;
  sendgrid = () => `SG.${this.chars(22, BASE64URL)}.${this.chars(43, BASE64URL)}`;
  twilioKey = () => `SK${this.chars(32, HEX)}`;
  twilioToken = () => this.chars(32, HEX);
  npm = () => `npm_${this.chars(36)}`;
  pypi = () => `pypi-AgEIcHlwaS5vcmc${this.chars(70, BASE64URL)}`;
  openai = () => `sk-proj-${this.chars(74, BASE64URL)}T3BlbkFJ${this.chars(74, BASE64URL)}`;
  anthropic = () => `sk-ant-api03-${this.chars(93, BASE64URL)}AA`;
  vault = () => `hvs.${this.chars(90, BASE64URL)}`;
  password = () => `${this.chars(6)}${this.chars(2, "!#%&*+?@")}${this.chars(6)}`;
  token = () => this.chars(40, BASE62);
  jwt = () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    return `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ sub: this.chars(12), iat: 1700000000 })}.${this.chars(43, BASE64URL)}`;
  };
  /** A real EC private key (random, never used anywhere), PEM-encoded. */
  privateKeyPem = () =>
    generateKeyPairSync("ec", { namedCurve: "P-256" })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
  opensshKey = () => {
    const body = Buffer.concat([Buffer.from("openssh-key-v1\0"), this.bytes(380)]).toString("base64");
    const lines = body.match(/.{1,70}/g) ?? [];
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join("\n")}\n-----END OPENSSH PRIVATE KEY-----\n`;
  };
}

/** The body of a PEM (what the private-key rule reports as the secret). */
export function pemSecret(pem: string): string {
  return /-----BEGIN[^-]*-----([\s\S]*?)-----END/.exec(pem)?.[1] ?? pem;
}

export { BASE62, BASE64, HEX };
