import type { SecretRule } from "../types.js";
import { decodeBase64, END, START } from "./shared.js";

/** `.npmrc` in any folder (project, user, global `npmrc`). */
const NPMRC = /(?:^|\/)\.?npmrc$/;

/** Docker client configs (`~/.docker/config.json`, the legacy `.dockercfg`, a pull Secret's `.dockerconfigjson`). */
const DOCKER_CONFIG = /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg|\.?dockerconfigjson(?:\.json)?)$/;

/**
 * Package and container registries: npm access tokens and `.npmrc`
 * credentials, PyPI API tokens, `auth` entries of Docker configs.
 */
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
    // `_password` ends many keys (`db_password` in an .ini file): the npmrc key starts at the line
    // or after a registry scope (`//npm.pkg.github.com/:_authToken=`).
    regex: /(?:^|(\/\/[^\s=]*:)|[\s"'])(?:_authToken|_auth|_password)\s*=\s*["']?([^\s"']{12,})/,
    secretGroup: 2,
    entropy: 3,
    assigned: true,
    // In an .npmrc any such key; elsewhere only the registry-scoped form, which is .npmrc text
    // embedded in a ConfigMap, a Dockerfile or a CI script.
    validate: (_s, m, ctx) => m[1] !== undefined || NPMRC.test(ctx.path),
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
  {
    id: "docker-config-auth",
    description: "Container registry credential in a Docker config (auths.<registry>.auth)",
    keywords: ['"auth"'],
    regex: /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/,
    // A Docker config by its name, or by its `auths` map (one pasted into a pull Secret's stringData);
    // the value is base64 of `user:password`.
    validate: (s, _m, ctx) =>
      (DOCKER_CONFIG.test(ctx.path) || /"auths"\s*:/.test(ctx.text())) &&
      /^[^:\s]+:\S{3,}$/.test(decodeBase64(s)),
  },
];
