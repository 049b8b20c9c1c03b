import type { SecretRule } from "../types.js";

/** AI APIs: OpenAI keys carry `T3BlbkFJ` (base64 of "OpenAI"); Anthropic keys are `sk-ant-api03-…AA`. */
export const AI_RULES: SecretRule[] = [
  {
    id: "openai-api-key",
    description: "OpenAI API key",
    keywords: ["t3blbkfj"],
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,100}T3BlbkFJ[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])`,
    ),
    entropy: 3.5,
  },
  {
    id: "anthropic-api-key",
    description: "Anthropic API key",
    keywords: ["sk-ant-"],
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])`,
    ),
    entropy: 3.5,
  },
];
