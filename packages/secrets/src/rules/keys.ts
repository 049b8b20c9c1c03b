import type { SecretRule } from "../types.js";
import { isExampleValue } from "../values.js";
import { assignment, decodeBase64 } from "./shared.js";

/** Labels a PEM block may carry, e.g. `RSA `, `EC `, `OPENSSH `, `ENCRYPTED `, `PGP `. */
const PEM_LABEL = "[A-Z0-9 ]{0,40}";

/**
 * Vault tokens, private keys (PEM, OpenSSH, PGP, and base64-wrapped PEM as in
 * Secret data and kubeconfig `client-key-data`), JWTs, kubeconfig user
 * tokens and passwords in URLs. Certificates and public keys never match:
 * every pattern requires `PRIVATE KEY`.
 */
export const KEY_RULES: SecretRule[] = [
  {
    id: "vault-token",
    description: "HashiCorp Vault token",
    keywords: ["hvs.", "hvb.", "hvr.", "vault_token", "vault-token", "vaulttoken"],
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(hv[sbr]\.[A-Za-z0-9_-]{24,300})(?![A-Za-z0-9_-])|` +
        assignment(String.raw`vault[_-]?token`, String.raw`s\.[A-Za-z0-9]{24}(?![A-Za-z0-9])`),
      "i",
    ),
    scope: "line+next",
    entropy: 3.5,
  },
  {
    id: "private-key",
    description: "Private key",
    keywords: ["private key"],
    regex: new RegExp(
      `-----BEGIN ${PEM_LABEL}PRIVATE KEY(?: BLOCK)?-----(?:\\s|\\\\n)*([^\\s\\\\][\\s\\S]{31,16383}?)-----END ${PEM_LABEL}PRIVATE KEY(?: BLOCK)?-----`,
    ),
    scope: "file",
    // Enough key material to be a key, not `...` in a how-to.
    validate: (body) => pemBody(body).length >= 64,
    // The same key indented differently (a YAML block, a JSON string) is the same secret.
    normalize: pemBody,
  },
  {
    id: "kubeconfig-client-key",
    description: "kubeconfig client key (client-key-data)",
    keywords: ["client-key-data"],
    regex: /client-key-data["']?\s*:\s*["']?([A-Za-z0-9+/=]{40,})/,
    validate: (s) => decodeBase64(s).includes("PRIVATE KEY"),
  },
  {
    id: "private-key-base64",
    description: "Private key (base64-encoded PEM)",
    // base64 of "-----BEGIN": a PEM starts the encoded value, so the alignment is always the same.
    keywords: ["ls0tls1crudjti"],
    regex: /(?<![A-Za-z0-9+/])(LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (s) => decodeBase64(s).includes("PRIVATE KEY"),
  },
  {
    id: "kubeconfig-token",
    description: "kubeconfig user token",
    keywords: ["token:"],
    regex: /^\s*(?:-\s*)?token:\s*["']?([A-Za-z0-9._~+/=:-]{16,})["']?\s*$/,
    // Only in a kubeconfig: a `token:` key elsewhere is the generic rule's to judge.
    validate: (_s, _m, ctx) => isKubeconfig(ctx.path, ctx.text()),
    entropy: 3,
    assigned: true,
  },
  {
    id: "jwt",
    description: "JSON Web Token",
    keywords: ["eyj"],
    regex:
      /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/,
    validate: (s) => jwtHeaderHasAlg(s),
  },
  {
    id: "url-password",
    description: "Password in a URL",
    keywords: ["://"],
    regex:
      // The password may hold an unencoded "@" (drivers split at the last one before the host).
      /(?<![A-Za-z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{1,30}:\/\/([^\s:/?#@'"`<>]{0,128}):([^\s/?#'"`<>]{3,256})@[^\s/?#'"`@<>]+/,
    secretGroup: 2,
    anchor: "scheme",
    // Any text between `:` and `@`: `{password}` and `${PW}` are interpolations, README examples documentation.
    assigned: true,
    validate: (s, m) => !PLACEHOLDER_PASSWORDS.has(s.toLowerCase()) && !isExampleValue(m[0]),
  },
];

/** kubeconfig file names: `~/.kube/config`, `kubeconfig`, `kubeconfig-prod.yaml`, `prod.kubeconfig`. */
const KUBECONFIG = /(?:^|\/)(?:\.kube\/config|[^/]*kubeconfig[^/]*)$/i;

/**
 * A kubeconfig by its name or by its shape (one embedded in a Secret or a
 * ConfigMap): `clusters:` and `users:`, and `kind: Config` or `contexts:`, so
 * a values file with users and clusters of its own is not one.
 */
function isKubeconfig(path: string, text: string): boolean {
  if (!/^\s*users:/m.test(text) || !/^\s*clusters:/m.test(text)) return false;
  return KUBECONFIG.test(path) || /^\s*kind:\s*Config\b|^\s*(?:current-)?contexts?:/m.test(text);
}

/** Passwords that documentation writes into URLs to show the shape. */
const PLACEHOLDER_PASSWORDS = new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "token",
  "user",
  "username",
  "changeme",
  "mypassword",
  "yourpassword",
]);

/** A PEM body without whitespace, escaped newlines and headers such as `Proc-Type:`. */
export function pemBody(body: string): string {
  return body
    .replace(/\\[nr]/g, "\n")
    .split("\n")
    .filter((l) => !l.includes(":"))
    .join("")
    .replace(/[^A-Za-z0-9+/=]/g, "");
}

function jwtHeaderHasAlg(token: string): boolean {
  const header = decodeBase64(token.split(".")[0] ?? "");
  try {
    const parsed = JSON.parse(header) as unknown;
    return typeof parsed === "object" && parsed !== null && "alg" in parsed;
  } catch {
    return false;
  }
}
