// 28 credentials planted where they leak in GitOps repositories (ConfigMaps, env entries, Helm
// values, kubeconfigs, Argo CD repo credentials, alert routing, TLS Secrets ...), one file each.
import { Fakes, pemSecret } from "./fakes.js";

export interface Planted {
  file: string;
  /** The secret as the finding's rule reports it (a PEM key: its body). */
  secret: string;
  rule: string;
}

export interface Corpus {
  files: Record<string, string>;
  planted: Planted[];
  /** GitOps-rule findings the corpus also causes: [rule, file]. */
  gitops: [string, string][];
}

const P = "apps/cms/overlays/prod";

/** The corpus for one seed: the same seed gives the same files. */
export function plantedCorpus(seed: number): Corpus {
  const f = new Fakes(seed);
  const files: Record<string, string> = {};
  const planted: Planted[] = [];
  const plant = (file: string, rule: string, secret: string, text: string) => {
    files[file] = text;
    planted.push({ file, secret, rule });
  };
  const cm = (name: string, data: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${data}`;

  const pw = f.password();
  plant(
    `${P}/db-config.yaml`,
    "generic-secret",
    pw,
    cm("db", `  DB_HOST: db.internal\n  DB_PASSWORD: "${pw}"\n`),
  );
  const tok = f.token();
  plant(
    `${P}/deployment-env.yaml`,
    "generic-secret",
    tok,
    `spec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: API_TOKEN\n              value: ${tok}\n`,
  );
  const pw2 = f.password();
  plant(
    "apps/queue/overlays/prod/db-values.yaml",
    "generic-secret",
    pw2,
    `postgresql:\n  auth:\n    username: queue\n    password: '${pw2}'\n`,
  );
  const pw3 = f.password().replace(/[#%&*+?@!]/g, "x");
  plant(
    "apps/queue/overlays/staging/db-values.yaml",
    "url-password",
    pw3,
    `externalDatabase:\n  url: postgres://queue:${pw3}@db.internal:5432/queue\n`,
  );
  const ghp = f.githubPat();
  plant(
    "argo-apps/prod/repo-creds.yaml",
    "github-pat",
    ghp,
    `repositories:\n  infra:\n    url: https://github.com/example-org/infra\n    username: bot\n    password: ${ghp}\n`,
  );
  const kubeToken = f.token();
  const kubeconfig = (user: string) =>
    `apiVersion: v1\nkind: Config\nclusters:\n  - name: prod\n    cluster:\n      server: https://k8s.prod.internal\nusers:\n  - name: deployer\n    user:\n      ${user}\ncontexts: []\n`;
  plant("clusters/prod/kubeconfig.yaml", "kubeconfig-token", kubeToken, kubeconfig(`token: ${kubeToken}`));
  const clientKey = Buffer.from(f.privateKeyPem()).toString("base64");
  plant(
    "clusters/staging/kubeconfig.yaml",
    "kubeconfig-client-key",
    clientKey,
    kubeconfig(`client-key-data: ${clientKey}`),
  );
  const aws = f.awsKeyId();
  plant(
    "apps/web/overlays/prod/s3-values.yaml",
    "aws-access-key-id",
    aws,
    `s3:\n  bucket: web-assets\n  accessKeyId: ${aws}\n`,
  );
  const awsSecret = f.awsSecret();
  plant(
    "apps/web/overlays/prod/s3-env.yaml",
    "aws-secret-access-key",
    awsSecret,
    `env:\n  - name: AWS_SECRET_ACCESS_KEY\n    value: "${awsSecret}"\n`,
  );
  const hook = f.slackWebhookPath();
  plant(
    "environments/prod/alertmanager.yaml",
    "slack-webhook-url",
    hook,
    `global:\n  slack_api_url: https://hooks.slack.com/services/${hook}\n`,
  );
  const slack = f.slackBot();
  plant("environments/staging/chatops.yaml", "slack-token", slack, `chatops:\n  slackBot: ${slack}\n`);
  const pem = f.privateKeyPem();
  plant(
    `${P}/tls.yaml`,
    "private-key",
    pemSecret(pem).replace(/\s/g, ""),
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pem.trimEnd().replace(/^/gm, "    ")}\n`,
  );
  const tlsB64 = Buffer.from(f.privateKeyPem()).toString("base64");
  plant(
    "apps/web/overlays/staging/tls.yaml",
    "private-key-base64",
    tlsB64,
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${tlsB64}\n`,
  );
  const npm = f.npm();
  plant("apps/web/base/.npmrc", "npm-access-token", npm, `//registry.npmjs.org/:_authToken=${npm}\n`);
  const gl = f.gitlabPat();
  plant(
    "argo-apps/staging/gitlab-creds.yaml",
    "gitlab-token",
    gl,
    `gitlab:\n  url: https://gitlab.example.com/infra.git\n  pat: ${gl}\n`,
  );
  const stripe = f.stripe();
  plant(
    "apps/web/overlays/prod/payments.yaml",
    "stripe-secret-key",
    stripe,
    cm("payments", `  STRIPE_KEY: ${stripe}\n`),
  );
  const sg = f.sendgrid();
  plant(
    "apps/web/overlays/staging/mail-values.yaml",
    "sendgrid-api-key",
    sg,
    `mail:\n  provider: sendgrid\n  key: ${sg}\n`,
  );
  const tw = f.twilioKey();
  plant(
    "apps/web/overlays/staging/sms-values.yaml",
    "twilio-api-key",
    tw,
    `sms:\n  twilio:\n    sid: ${tw}\n`,
  );
  const oa = f.openai();
  plant("apps/queue/base/ai-values.yaml", "openai-api-key", oa, `summarizer:\n  openai: ${oa}\n`);
  const an = f.anthropic();
  plant(
    "apps/queue/base/ai-env.yaml",
    "anthropic-api-key",
    an,
    `env:\n  - name: LLM_KEY\n    value: ${an}\n`,
  );
  const vault = f.vault();
  plant(
    "clusters/prod/vault-job.yaml",
    "vault-token",
    vault,
    `apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: seed\n          args: ["--vault-token", "${vault}"]\n`,
  );
  const saId = f.chars(40, "0123456789abcdef");
  plant(
    "environments/prod/gcp-sa.json",
    "gcp-service-account-key",
    saId,
    JSON.stringify(
      {
        type: "service_account",
        project_id: "infra",
        private_key_id: saId,
        private_key: f.privateKeyPem(),
        client_email: "ci@infra.iam.gserviceaccount.com",
      },
      null,
      2,
    ),
  );
  const gcp = f.gcpApiKey();
  plant("apps/web/overlays/prod/maps.yaml", "gcp-api-key", gcp, cm("maps", `  MAPS_KEY: ${gcp}\n`));
  const az = f.azureStorageKey();
  plant(
    "apps/queue/overlays/prod/blob-values.yaml",
    "azure-storage-account-key",
    az,
    `blob:\n  connection: "DefaultEndpointsProtocol=https;AccountName=queueprod;AccountKey=${az};EndpointSuffix=core.windows.net"\n`,
  );
  const jwt = f.jwt();
  plant("apps/cms/base/service-token.yaml", "jwt", jwt, cm("cms-client", `  SERVICE_JWT: ${jwt}\n`));
  const fine = f.githubFineGrained();
  plant(
    "argo-apps/prod/image-updater.yaml",
    "github-fine-grained-pat",
    fine,
    `registries:\n  - name: ghcr\n    credentials: ext:${fine}\n`,
  );
  const pypi = f.pypi();
  plant(
    "apps/queue/base/pip-conf.yaml",
    "pypi-token",
    pypi,
    cm(
      "pip",
      `  pip.conf: |\n    [global]\n    index-url = https://__token__:${pypi}@upload.pypi.org/legacy/\n`,
    ),
  );
  const ssh = f.opensshKey();
  plant(
    "argo-apps/staging/ssh-repo.yaml",
    "private-key",
    pemSecret(ssh).replace(/\s/g, ""),
    `configs:\n  repositories:\n    infra:\n      sshPrivateKey: |\n${ssh.trimEnd().replace(/^/gm, "        ")}\n`,
  );

  return {
    files,
    planted,
    gitops: [
      ["plain-secret", `${P}/tls.yaml`],
      ["plain-secret", "apps/web/overlays/staging/tls.yaml"],
    ],
  };
}
