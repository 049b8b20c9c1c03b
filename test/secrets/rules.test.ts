// A table of true and false positives for every built-in credential rule. Secrets are made at run
// time in each provider's format (fakes.ts); false positives are the look-alikes GitOps repos hold.
import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../../packages/secrets/src/rules/index.js";
import { Fakes, pemSecret } from "./fakes.js";
import { scanText } from "./support.js";

const f = new Fakes(42);

interface RuleCase {
  /** [file text, the secret the rule must report]. */
  positives: [string, string][];
  /** Texts the rule must stay quiet on. */
  negatives: string[];
}

const aws = f.awsKeyId();
const awsSecret = f.awsSecret();
const gcp = f.gcpApiKey();
const saKeyId = f.chars(40, "0123456789abcdef");
const saPem = f.privateKeyPem();
const azureKey = f.azureStorageKey();
const azureSak = f.azureSharedAccessKey();
const sas = f.azureSasSig();
const azureAd = f.azureAdSecret();
const ghp = f.githubPat();
const ghFine = f.githubFineGrained();
const gho = f.githubOauth();
const ghs = f.githubApp();
const glpat = f.gitlabPat();
const slack = f.slackBot();
const hook = f.slackWebhookPath();
const stripe = f.stripe();
const sendgrid = f.sendgrid();
const twilioKey = f.twilioKey();
const twilioToken = f.twilioToken();
const npm = f.npm();
const npmAuth = f.token();
const pypi = f.pypi();
const openai = f.openai();
const anthropic = f.anthropic();
const vault = f.vault();
const pem = f.privateKeyPem();
const ssh = f.opensshKey();
const clientKey = Buffer.from(f.privateKeyPem()).toString("base64");
const tlsKey = Buffer.from(f.privateKeyPem()).toString("base64");
const kubeToken = f.token();
const jwt = f.jwt();
const dbPassword = f.password();
const apiToken = f.token();
const envPassword = f.password();
const dockerAuth = Buffer.from(`ci-bot:${f.token()}`).toString("base64");
const cert = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ1Yy0aX3\n-----END CERTIFICATE-----";
const kubeconfig = (user: string) =>
  `apiVersion: v1\nkind: Config\nclusters:\n  - name: prod\n    cluster:\n      server: https://k8s.example.internal\nusers:\n  - name: ci\n    user:\n${user}\n`;

const CASES: Record<string, RuleCase> = {
  "aws-access-key-id": {
    positives: [[`aws_access_key_id: ${aws}\n`, aws]],
    negatives: [
      "aws_access_key_id: AKIAIOSFODNN7EXAMPLE\n",
      `name: XAKIA${aws.slice(4)}\n`,
      "region: asia-east1\n",
    ],
  },
  "aws-secret-access-key": {
    positives: [
      [`AWS_SECRET_ACCESS_KEY=${awsSecret}\n`, awsSecret],
      [`env:\n  - name: AWS_SECRET_ACCESS_KEY\n    value: "${awsSecret}"\n`, awsSecret],
    ],
    negatives: [
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
      "- secretKey: S3_SECRET_ACCESS_KEY\n  remoteRef:\n    key: platform/cms/prod\n",
      "aws_secret_access_key: ${AWS_SECRET_ACCESS_KEY}\n",
    ],
  },
  "gcp-service-account-key": {
    positives: [
      [
        JSON.stringify(
          { type: "service_account", project_id: "p", private_key_id: saKeyId, private_key: saPem },
          null,
          2,
        ),
        saKeyId,
      ],
    ],
    negatives: [JSON.stringify({ type: "authorized_user", private_key_id: saKeyId }, null, 2)],
  },
  "gcp-api-key": {
    positives: [[`maps:\n  apiKey: ${gcp}\n`, gcp]],
    negatives: [`apiKey: AIza${"x".repeat(35)}\n`, "note: AIzaShort\n"],
  },
  "azure-storage-account-key": {
    positives: [
      [
        `conn: DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${azureKey};EndpointSuffix=core.windows.net\n`,
        azureKey,
      ],
    ],
    negatives: ["conn: DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${STORAGE_KEY}\n"],
  },
  "azure-shared-access-key": {
    positives: [
      [
        `sb: Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${azureSak}\n`,
        azureSak,
      ],
    ],
    negatives: [
      "sb: Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>\n",
    ],
  },
  "azure-sas-token": {
    positives: [
      [
        `url: https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig=${sas}\n`,
        sas,
      ],
    ],
    negatives: [`url: https://example.org/callback?state=abc&sig=${sas}\n`],
  },
  "azure-ad-client-secret": {
    positives: [[`clientSecret: ${azureAd}\n`, azureAd]],
    negatives: ["note: Q~ is a tilde\n"],
  },
  "github-pat": {
    positives: [[`password: ${ghp}\n`, ghp]],
    negatives: [`token: ghp_${"x".repeat(36)}\n`, `token: ghp_${"a".repeat(36)}\n`],
  },
  "github-fine-grained-pat": {
    positives: [[`GITHUB_TOKEN=${ghFine}\n`, ghFine]],
    negatives: ["GITHUB_TOKEN=github_pat_<your-token>\n"],
  },
  "github-oauth-token": { positives: [[`oauth: ${gho}\n`, gho]], negatives: ["oauth: gho_short\n"] },
  "github-app-token": {
    positives: [[`installation: ${ghs}\n`, ghs]],
    negatives: ["ghs_ is the prefix of app tokens\n"],
  },
  "gitlab-token": {
    positives: [[`GITLAB_TOKEN: ${glpat}\n`, glpat]],
    negatives: ["GITLAB_TOKEN: glpat-xxxxxxxxxxxxxxxxxxxx\n"],
  },
  "slack-token": {
    positives: [[`bot: ${slack}\n`, slack]],
    negatives: ["bot: xoxb-your-token-here\n"],
  },
  "slack-webhook-url": {
    positives: [[`slack_api_url: https://hooks.slack.com/services/${hook}\n`, hook]],
    negatives: [
      "slack_api_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n",
    ],
  },
  "stripe-secret-key": {
    positives: [[`STRIPE_KEY=${stripe}\n`, stripe]],
    negatives: ["publishable: pk_live_51H8sT2Lq\n", "STRIPE_KEY=sk_live_REPLACE_ME_WITH_A_REAL_KEY_0000\n"],
  },
  "sendgrid-api-key": {
    positives: [[`SENDGRID_API_KEY: ${sendgrid}\n`, sendgrid]],
    negatives: ["msg.subject: hello\n"],
  },
  "twilio-api-key": {
    positives: [[`twilio_key: ${twilioKey}\n`, twilioKey]],
    negatives: ["task: disk cleanup\n", `checksum: ask${twilioKey.slice(2)}\n`],
  },
  "twilio-auth-token": {
    positives: [[`TWILIO_AUTH_TOKEN=${twilioToken}\n`, twilioToken]],
    negatives: ["TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}\n"],
  },
  "npm-access-token": {
    positives: [[`NPM_TOKEN=${npm}\n`, npm]],
    negatives: ["npm_config_cache: /tmp/npm\n"],
  },
  "npmrc-auth": {
    positives: [[`//npm.pkg.github.com/:_authToken=${npmAuth}\n`, npmAuth]],
    negatives: ["//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"],
  },
  "docker-config-auth": {
    positives: [
      [`{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${dockerAuth}"\n    }\n  }\n}\n`, dockerAuth],
      [`{"auths": {"registry.internal:5000": {"auth": "${dockerAuth}"}}}`, dockerAuth],
    ],
    negatives: [
      // Not a Docker config: an `auth` field of some other JSON.
      `{"request": {"auth": "${dockerAuth}"}}\n`,
      `{"auths": {"ghcr.io": {"auth": "${Buffer.from("no-colon-here").toString("base64")}"}}}\n`,
    ],
  },
  "pypi-token": { positives: [[`password = ${pypi}\n`, pypi]], negatives: ["username = __token__\n"] },
  "openai-api-key": {
    positives: [[`OPENAI_API_KEY: ${openai}\n`, openai]],
    negatives: ["OPENAI_API_KEY: sk-...T3BlbkFJ...\n"],
  },
  "anthropic-api-key": {
    positives: [[`ANTHROPIC_API_KEY=${anthropic}\n`, anthropic]],
    negatives: ["ANTHROPIC_API_KEY=sk-ant-api03-<your-key>\n"],
  },
  "vault-token": {
    positives: [
      [`VAULT_TOKEN=${vault}\n`, vault],
      [`vault_token: s.${f.chars(24)}\n`, ""],
    ],
    negatives: ["VAULT_ADDR=https://vault.example.internal\n", "vault_token: s.REPLACE_ME\n"],
  },
  "private-key": {
    positives: [
      [`tls.key: |\n${pem.replace(/^/gm, "  ")}`, pemSecret(pem)],
      [ssh, pemSecret(ssh)],
      [JSON.stringify({ key: pem }), ""],
    ],
    negatives: [
      cert,
      "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n",
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n",
    ],
  },
  "kubeconfig-client-key": {
    positives: [[kubeconfig(`      client-key-data: ${clientKey}`), clientKey]],
    negatives: [kubeconfig(`      client-certificate-data: ${Buffer.from(cert).toString("base64")}`)],
  },
  "private-key-base64": {
    positives: [[`apiVersion: v1\nkind: ConfigMap\ndata:\n  tls.key: ${tlsKey}\n`, tlsKey]],
    negatives: [`data:\n  tls.crt: ${Buffer.from(`${cert}\n${"MIIB".repeat(40)}`).toString("base64")}\n`],
  },
  "kubeconfig-token": {
    positives: [[kubeconfig(`      token: ${kubeToken}`), kubeToken]],
    negatives: [`serviceAccount:\n  token: ${kubeToken}\n`, kubeconfig("      token: ${KUBE_TOKEN}")],
  },
  jwt: {
    positives: [[`id_token: ${jwt}\n`, jwt]],
    negatives: [`data: eyJub3QiOiJhIEpXVCJ9.eyJhIjoiYiJ9.${"A".repeat(20)}\n`],
  },
  "url-password": {
    positives: [
      [`DATABASE_URL: postgres://app:${dbPassword}@db.internal:5432/app\n`, dbPassword],
      // Unencoded "@" in the password, as people write it and drivers accept it.
      [`DATABASE_URL: postgres://app:${dbPassword}@x@db.internal:5432/app\n`, `${dbPassword}@x`],
    ],
    negatives: [
      "DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n",
      "url: https://user:password@db.example.com/\n",
      "repoURL: https://github.com/example-org/infra.git\n",
      "image: registry.internal:5000/app@sha256:abc\n",
    ],
  },
  "generic-secret": {
    positives: [
      [`config:\n  apiToken: "${apiToken}"\n`, apiToken],
      [`env:\n  - name: DB_PASSWORD\n    value: ${envPassword}\n`, envPassword],
      [`{"client_secret": "${apiToken}"}\n`, apiToken],
      [`SESSION_SECRET=${apiToken}\n`, apiToken],
    ],
    negatives: [
      "- secretKey: DATABASE_URL\n  remoteRef:\n    key: platform/cms/prod\n",
      "valueFrom:\n  secretKeyRef:\n    name: cms-secrets\n    key: password\n",
      "password: changeme\n",
      "password: REPLACE_ME\n",
      "token: xxxxxxxxxxxxxxxxxxxxxxxx\n",
      "password: {{ .Values.db.password }}\n",
      "password: ${DB_PASSWORD}\n",
      "api_key: <your-token>\n",
      "password: ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:2=,type:str]\n",
      "checksum/secret: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n",
      "tokenId: 3f2a9c4e-1b7d-4e8a-9c2f-7a6b5d4e3c2b\n",
      "secretName: cms-tls-2024\n",
      "existingSecret: postgres-credentials-prod-01\n",
      "description: rotate the token after every incident\n",
      "automountServiceAccountToken: false\n",
      "tokenUrl: https://auth.example.internal/oauth/token\n",
      "const token = core.getInput(inputName);\n",
      "  onSecret: module_3__/* .maskSecret */ .x,\n",
    ],
  },
};

describe("credential rules", () => {
  it("has true and false positive cases for every built-in rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
    for (const c of Object.values(CASES)) {
      expect(c.positives.length).toBeGreaterThan(0);
      expect(c.negatives.length).toBeGreaterThan(0);
    }
  });

  describe.each(Object.entries(CASES))("%s", (rule, c) => {
    it.each(c.positives.map(([text, secret], i) => ({ i, text, secret })))(
      "finds positive #$i",
      ({ text, secret }) => {
        const found = scanText(text).filter((m) => m.rule.id === rule);
        expect(found).toHaveLength(1);
        if (secret !== "")
          expect(found[0]?.secret).toBe(rule === "private-key" ? secret.replace(/\s/g, "") : secret);
      },
    );

    it.each(c.negatives.map((text, i) => ({ i, text })))("stays quiet on negative #$i", ({ text }) => {
      expect(scanText(text).map((m) => m.rule.id)).not.toContain(rule);
    });
  });

  it("reports the line and column of the secret, on the value's line for env entries", () => {
    const [m] = scanText(`a: 1\nenv:\n  - name: API_TOKEN\n    value: ${apiToken}\n`);
    expect(m).toMatchObject({ line: 4, column: 12, secret: apiToken });
  });

  it("reports a secret that two rules match once, by the more specific rule", () => {
    const found = scanText(`GITHUB_TOKEN: ${ghp}\n`);
    expect(found.map((m) => m.rule.id)).toEqual(["github-pat"]);
  });
});
