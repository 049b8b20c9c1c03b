import type { SecretRule } from "../types.js";
import { assignment, decodeBase64, START } from "./shared.js";

/**
 * AWS, Google Cloud and Azure, from each provider's documented key formats:
 * AWS IAM unique-ID prefixes, Google API keys (`AIza` + 35), the service
 * account JSON key file, Azure storage account keys (64 bytes, base64) and
 * the `SharedAccessKey`/SAS signatures of connection strings.
 */
export const CLOUD_RULES: SecretRule[] = [
  {
    id: "aws-access-key-id",
    description: "AWS access key ID",
    keywords: ["akia", "asia", "abia", "acca", "a3t"],
    regex: new RegExp(String.raw`(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Z0-9])`),
  },
  {
    id: "aws-secret-access-key",
    description: "AWS secret access key",
    keywords: [
      "secret_access_key",
      "secretaccesskey",
      "secret-access-key",
      "secret.access.key",
      "aws_secret",
      "aws-secret",
      "awssecret",
    ],
    regex: new RegExp(
      assignment(
        String.raw`["']?[A-Za-z0-9_.-]*?(?:(?:aws[_.-]?)?secret[_.-]?access[_.-]?key|aws[_.-]?secret[_.-]?key)[A-Za-z0-9_.-]*`,
        String.raw`[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`,
      ),
      "i",
    ),
    scope: "line+next",
    anchor: "key",
    entropy: 4,
  },
  {
    id: "gcp-service-account-key",
    description: "Google Cloud service account key (JSON key file)",
    keywords: ["private_key_id"],
    regex: /"private_key_id"\s*:\s*"([a-f0-9]{40})"/,
    scope: "file",
    // The id alone is harmless; next to a private key in a service account file it names a live key.
    validate: (_s, _m, ctx) =>
      /"type"\s*:\s*"service_account"/.test(ctx.text()) && /"private_key"\s*:\s*"-----BEGIN/.test(ctx.text()),
  },
  {
    id: "gcp-api-key",
    description: "Google Cloud API key",
    keywords: ["aiza"],
    regex: new RegExp(String.raw`(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])`),
    entropy: 3.5,
  },
  {
    id: "azure-storage-account-key",
    description: "Azure storage account key",
    keywords: ["accountkey="],
    regex: /AccountKey=([A-Za-z0-9+/]{86}==)/i,
    validate: (s) => decodeBase64(s).length === 64,
  },
  {
    id: "azure-shared-access-key",
    description: "Azure Service Bus / Event Hubs shared access key",
    keywords: ["sharedaccesskey="],
    regex: /SharedAccessKey=([A-Za-z0-9+/]{43}=)/i,
  },
  {
    id: "azure-sas-token",
    description: "Azure shared access signature (SAS)",
    keywords: ["sig="],
    regex: /[?&;]sig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})/i,
    // A SAS always carries its service version; `sig=` alone is too common.
    validate: (_s, m) => /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(m.input),
  },
  {
    id: "azure-ad-client-secret",
    description: "Microsoft Entra ID (Azure AD) client secret",
    keywords: ["q~"],
    regex: new RegExp(String.raw`${START}([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`),
    entropy: 3.5,
  },
];
