// Real-world look-alikes of secrets (issue 16): shell and template interpolations, placeholders,
// file paths and code expressions under secret-like keys, in the file types they turn up in. None
// is a secret. Beside them, near misses that are: a provider-format token in a README code block,
// a random password in a values file, an .npmrc credential. Secrets are made at run time (fakes.ts).
import { Fakes } from "./fakes.js";

export interface LookAlike {
  /** What kind of look-alike, for the test name. */
  kind: "interpolation" | "placeholder" | "path" | "expression" | "documentation";
  file: string;
  text: string;
}

export interface NearMiss {
  file: string;
  text: string;
  rule: string;
  secret: string;
}

/** Split so that scanning this source file does not report it. */
const DOC_PASSWORD = ["s3cr3t", "pw"].join("");

const fence = (body: string, info = "") => `# Setup\n\nConfigure it:\n\n\`\`\`${info}\n${body}\`\`\`\n`;

/** The look-alikes: each must give no finding at all. */
export const LOOK_ALIKES: readonly LookAlike[] = [
  // Shell and template interpolations.
  {
    kind: "interpolation",
    file: "scripts/render.sh",
    text: `sed -i "s/password: .*/password: $password/" values.yaml\n`,
  },
  { kind: "interpolation", file: "scripts/render.sh", text: `sed -i "s|token=.*|token=$TOKEN|g" app.env\n` },
  {
    kind: "interpolation",
    file: "scripts/render.sh",
    text: `sed -e "s|^secret:.*|secret: \${PASSWORD}|" -i cfg.yaml\n`,
  },
  {
    kind: "interpolation",
    file: "scripts/render.sh",
    text: `echo "db_password: $DB_PASSWORD_V2" >> values.yaml\n`,
  },
  {
    kind: "interpolation",
    file: "scripts/run.sh",
    text: `export DB_PASSWORD=$(cat /run/secrets/db_password)\n`,
  },
  { kind: "interpolation", file: "scripts/run.sh", text: `PGPASSWORD="$(cat /run/secrets/x)" psql -h db\n` },
  {
    kind: "interpolation",
    file: "scripts/run.sh",
    text: `helm upgrade app ./chart --set auth.password=$PG_PASS_2024x\n`,
  },
  {
    kind: "interpolation",
    file: "scripts/run.cmd",
    text: `set DB_PASSWORD=%PASSWORD%\nset API_TOKEN=%API_TOKEN_V2%;rest\n`,
  },
  {
    kind: "interpolation",
    file: "charts/cms/templates/secret.yaml",
    text: `stringData:\n  password: {{ .Values.password }}\n  token: "{{ .Values.auth.token | b64enc }}"\n`,
  },
  {
    kind: "interpolation",
    file: "ansible/roles/db/templates/my.cnf.j2",
    text: `[client]\npassword = {{ secret }}\n`,
  },
  {
    kind: "interpolation",
    file: "config/database.yml.erb",
    text: `production:\n  password: <%= pw %>\n  secret_key_base: "<%= ENV['SECRET_KEY_BASE'] %>"\n`,
  },
  {
    kind: "interpolation",
    file: "lib/client.rb",
    text: `password = "#{db_password_v2}"\ntoken: "#{ENV.fetch("API_TOKEN")}"\n`,
  },
  {
    kind: "interpolation",
    file: "apps/cms/base/deployment.yaml",
    text: `env:\n  - name: DB_PASSWORD\n    value: $(DB_PASSWORD_FROM_SECRET)\n`,
  },
  { kind: "interpolation", file: "app/db.py", text: `url = f"postgres://app:{db_password}@db/app"\n` },
  {
    kind: "interpolation",
    file: ".github/workflows/deploy.yaml",
    text: `env:\n  REGISTRY_PASSWORD: \${{ secrets.REGISTRY_PASSWORD }}\n`,
  },
  // Placeholders, in READMEs, example env files and config templates.
  { kind: "placeholder", file: "README.md", text: fence(`export token=YOUR-1PASSWORD-TOKEN\n`, "sh") },
  {
    kind: "placeholder",
    file: "docs/setup.md",
    text: `Set \`api_key: <your-token>\` and \`password: changeme\`.\n`,
  },
  {
    kind: "placeholder",
    file: "docs/install.txt",
    text: `token: xxxxxxxx\nsecret: REPLACE_ME\npassword: <REDACTED>\napi_token: ...\n`,
  },
  {
    kind: "placeholder",
    file: ".env.example",
    text: `DB_PASSWORD=changeme\nAPI_TOKEN=your-api-token-here\nSECRET_KEY=replace-with-a-long-random-string-1\nSTRIPE_SECRET_KEY=sk_test_...\nADMIN_PASSWORD=********\nTOKEN=<token>\n`,
  },
  {
    kind: "placeholder",
    file: "config/app.ini.example",
    text: `[auth]\nclient_secret = YOUR_CLIENT_SECRET_2\npassword = REPLACE_WITH_PASSWORD\n`,
  },
  // File paths as values.
  {
    kind: "path",
    file: "conf/app.ini",
    text: `[db]\ndb_password = /secrets/mysql/password\nadmin_password = /run/secrets/admin\n`,
  },
  {
    kind: "path",
    file: "conf/app.ini",
    text: `[tls]\nkey_password = ~/.config/app/password.txt\nssl_secret = ./secrets/ssl-key-9\n`,
  },
  { kind: "path", file: "conf/win.ini", text: `client_secret = C:\\ProgramData\\app\\secret.bin\n` },
  // Code expressions.
  {
    kind: "expression",
    file: "internal/config/render.go",
    text: `\tcfg := "db_user: "+h.dbUser+"\\n"+"db_password: "+h.dbPassword+"\\n"\n`,
  },
  {
    kind: "expression",
    file: "internal/db/dsn.go",
    text: `\tdsn := "user=app password=" + cfg.DBPassword + " host=db"\n`,
  },
  {
    kind: "expression",
    file: "internal/db/dsn.go",
    text: `\tdsn := "password="+cfg.DBPassword2+"&sslmode=disable"\n`,
  },
  {
    kind: "expression",
    file: "internal/db/dsn.go",
    text: `\tfmt.Println("password:", cfg.DBPassword2, "set")\n`,
  },
  {
    kind: "expression",
    file: "app/settings.py",
    text: `password = os.environ["DB_PASSWORD"]\nconn = "password=" + password + ";"\n`,
  },
  {
    kind: "expression",
    file: "app/settings.py",
    text: `cfg = {"password": settings.DB_PASSWORD_V2}\nsecret_key = settings.SECRET_KEY\n`,
  },
  {
    kind: "expression",
    file: "src/config.js",
    text: `const cfg = { token: process.env.TOKEN };\nmodule.exports = {\n  apiKey: process.env.API_KEY_V2 ?? '',\n  token: process.env.GH_TOKEN_V2,\n};\n`,
  },
  { kind: "expression", file: "src/client.php", text: `$dsn = "password=" . $dbPassword . ";host=db";\n` },
  {
    kind: "expression",
    file: "docs/values.md",
    text: `| key | default |\n|---|---|\n| password | .Values.auth.adminPassword |\n`,
  },
  {
    kind: "expression",
    file: "apps/cms/base/values.yaml",
    text: `defaults: &db\n  password_ref: x\ndb:\n  password: *db_password\n  token: *tokenAnchor2\n`,
  },
  {
    kind: "expression",
    file: "cdk/lib/stack.js",
    text: `new Db(this, "db", { password: props.credentials?.dbPassword2, token: this.auth?.tokenV2 });\n`,
  },
  // Documentation: values in README code blocks that are not a provider's token format.
  {
    kind: "documentation",
    file: "README.md",
    text: fence(`api_key: 9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c\npassword: S3cur3P@ssw0rd!\n`, "yaml"),
  },
  {
    kind: "documentation",
    file: "docs/database.md",
    text: fence(`DATABASE_URL=postgres://app:${DOC_PASSWORD}@localhost/app\n`),
  },
  {
    kind: "documentation",
    file: "docs/npm.md",
    text: fence(`//npm.pkg.github.com/:_authToken=a8Kq2LmZ9xP4vT7wR3nY\n`, "ini"),
  },
  {
    kind: "documentation",
    file: "docs/kubeconfig.md",
    text: fence(
      `clusters:\n- name: dev\nusers:\n- name: dev\n  user:\n    token: k8sDevTok3nQw9Er7Ty5Ui\n`,
      "yaml",
    ),
  },
  { kind: "documentation", file: "docs/tilde.md", text: `~~~\nclient_secret = Zq4Wx8Ec2Rv6Tb1Yn\n~~~\n` },
];

/** Secrets in the same places: each must be found, by `rule`. */
export function nearMisses(seed = 16): NearMiss[] {
  const f = new Fakes(seed);
  const ghp = f.githubPat();
  const slack = f.slackBot();
  const aws = f.awsKeyId();
  const pw = f.password();
  const pw2 = f.password();
  const npmTok = f.token();
  const npmTok2 = f.token();
  const prose = f.token();
  const goPw = f.password().replace(/[#%&*+?@!]/g, "x");
  const iniPw = f.password();
  const bracketPw = `${f.chars(5)}(${f.chars(4)})${f.chars(5)}`;
  const shPw = f.password();
  return [
    { file: "README.md", text: fence(`export GITHUB_TOKEN=${ghp}\n`, "sh"), rule: "github-pat", secret: ghp },
    {
      file: "docs/slack.md",
      text: fence(`bot_token: ${slack}\n`, "yaml"),
      rule: "slack-token",
      secret: slack,
    },
    {
      file: "docs/aws.md",
      text: fence(`aws_access_key_id = ${aws}\n`, "ini"),
      rule: "aws-access-key-id",
      secret: aws,
    },
    {
      file: "docs/ops.md",
      text: `Then log in with password: ${prose}\n\n\`\`\`\nplaceholder\n\`\`\`\n`,
      rule: "generic-secret",
      secret: prose,
    },
    {
      file: "apps/cms/overlays/prod/values.yaml",
      text: `postgresql:\n  auth:\n    password: ${pw}\n`,
      rule: "generic-secret",
      secret: pw,
    },
    {
      file: "charts/cms/values.yaml",
      text: `auth:\n  adminPassword: "${pw2}"\n`,
      rule: "generic-secret",
      secret: pw2,
    },
    {
      file: "apps/web/.npmrc",
      text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npmTok}\n`,
      rule: "npmrc-auth",
      secret: npmTok,
    },
    {
      file: "apps/web/base/npmrc-configmap.yaml",
      text: `data:\n  .npmrc: |\n    //npm.pkg.github.com/:_authToken=${npmTok2}\n`,
      rule: "npmrc-auth",
      secret: npmTok2,
    },
    {
      file: "internal/db/dsn.go",
      text: `\tdsn := "user=app password=${goPw} host=db"\n`,
      rule: "generic-secret",
      secret: goPw,
    },
    { file: "conf/app.ini", text: `[db]\ndb_password = ${iniPw}\n`, rule: "generic-secret", secret: iniPw },
    { file: "values.yaml", text: `password: "${bracketPw}"\n`, rule: "generic-secret", secret: bracketPw },
    { file: "scripts/run.sh", text: `export DB_PASSWORD='${shPw}'\n`, rule: "generic-secret", secret: shPw },
  ];
}
