import type { SecretRule } from "../types.js";
import { END, START } from "./shared.js";

/**
 * GitHub and GitLab tokens. Both hosts prefix every token type
 * (`ghp_`, `github_pat_`, `gho_`, `ghu_`/`ghs_`/`ghr_`; `glpat-`, `gldt-`,
 * `glrt-` ...) precisely so scanners can find them without guessing.
 */
export const CODE_HOSTING_RULES: SecretRule[] = [
  {
    id: "github-pat",
    description: "GitHub personal access token (classic)",
    keywords: ["ghp_"],
    regex: new RegExp(`${START}(ghp_[A-Za-z0-9]{36})${END}`),
    entropy: 3,
  },
  {
    id: "github-fine-grained-pat",
    description: "GitHub fine-grained personal access token",
    keywords: ["github_pat_"],
    regex: new RegExp(`${START}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${END}`),
    entropy: 3,
  },
  {
    id: "github-oauth-token",
    description: "GitHub OAuth access token",
    keywords: ["gho_"],
    regex: new RegExp(`${START}(gho_[A-Za-z0-9]{36})${END}`),
    entropy: 3,
  },
  {
    id: "github-app-token",
    description: "GitHub App token (user-to-server, server-to-server or refresh)",
    keywords: ["ghu_", "ghs_", "ghr_"],
    regex: new RegExp(`${START}(gh[usr]_[A-Za-z0-9]{36,76})${END}`),
    entropy: 3,
  },
  {
    id: "gitlab-token",
    description: "GitLab token",
    keywords: [
      "glpat-",
      "gldt-",
      "glrt-",
      "glptt-",
      "gloas-",
      "glsoat-",
      "glft-",
      "glimt-",
      "glagent-",
      "glcbt-",
      "glffct-",
      "gr1348941",
    ],
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(` +
        [
          // Personal, deploy, runner, SCIM, feed, incoming-mail and feature-flag tokens;
          // newer ones are "routable": a longer body and `.<2>.<7-9>` suffix.
          String.raw`(?:glpat|gldt|glrt|glsoat|glft|glimt|glffct)-[0-9A-Za-z_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`,
          String.raw`glptt-[0-9a-f]{40}`,
          String.raw`gloas-[0-9A-Za-z_-]{64}`,
          String.raw`glagent-[0-9A-Za-z_-]{50}`,
          String.raw`glcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20}`,
          String.raw`GR1348941[0-9A-Za-z_-]{20}`,
        ].join("|") +
        String.raw`)(?![A-Za-z0-9_-])`,
    ),
    entropy: 3,
  },
];
