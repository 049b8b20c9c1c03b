import type { SecretRule } from "../types.js";
import { assignment, END, START } from "./shared.js";

/** Slack, Stripe, SendGrid and Twilio, from their documented key formats. */
export const MESSAGING_RULES: SecretRule[] = [
  {
    id: "slack-token",
    description: "Slack token",
    keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxe", "xoxo-", "xoxr-", "xoxs-", "xapp-"],
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9-])((?:xoxe\.)?xox[abeoprs]-\d+-[0-9A-Za-z-]{10,250}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)(?![A-Za-z0-9-])`,
    ),
    entropy: 3,
  },
  {
    id: "slack-webhook-url",
    description: "Slack incoming webhook URL",
    keywords: ["hooks.slack.com"],
    regex: /hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9+/_-]{20,})/,
    entropy: 3,
  },
  {
    id: "stripe-secret-key",
    description: "Stripe secret or restricted API key",
    keywords: ["sk_live_", "sk_test_", "rk_live_", "rk_test_"],
    regex: new RegExp(`${START}([sr]k_(?:live|test)_[0-9A-Za-z]{24,247})${END}`),
    entropy: 3,
  },
  {
    id: "sendgrid-api-key",
    description: "SendGrid API key",
    keywords: ["sg."],
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`,
    ),
    entropy: 3.5,
  },
  {
    id: "twilio-api-key",
    description: "Twilio API key",
    keywords: ["sk"],
    regex: new RegExp(String.raw`(?<![A-Za-z0-9])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9])`),
    // "sk" is everywhere in prose (task, disk): match only where the keyword is.
    anchor: "keyword",
    entropy: 3,
  },
  {
    id: "twilio-auth-token",
    description: "Twilio auth token",
    keywords: ["twilio"],
    regex: new RegExp(
      assignment(
        String.raw`["']?[A-Za-z0-9_.-]*?twilio[\w.-]{0,20}?(?:auth)?[_.-]?token[A-Za-z0-9_.-]*`,
        "[a-f0-9]{32}",
      ),
      "i",
    ),
    scope: "line+next",
    anchor: "key",
    entropy: 3,
  },
];
