import type { SecretRule } from "../types.js";
import { END, START } from "./shared.js";

/** Package registries: npm access tokens and `.npmrc` credentials, PyPI API tokens. */
export const REGISTRY_RULES: SecretRule[] = [
  {
    id: "npm-access-token",
    description: "npm access token",
    keywords: ["npm_"],
    regex: new RegExp(`${START}(npm_[A-Za-z0-9]{36})${END}`),
    entropy: 3,
  },
  {
    id: "npmrc-auth",
    description: "npm registry credential in .npmrc (_authToken, _auth or _password)",
    keywords: ["_authtoken", "_auth=", "_auth =", "_password"],
    regex: /(?:_authToken|_auth|_password)\s*=\s*["']?([^\s"']{12,})/,
    entropy: 3,
  },
  {
    id: "pypi-token",
    description: "PyPI API token",
    keywords: ["pypi-age"],
    // The body is a macaroon whose first bytes encode the issuing index: pypi.org or test.pypi.org.
    regex: new RegExp(
      `${START}(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])`,
    ),
  },
];
