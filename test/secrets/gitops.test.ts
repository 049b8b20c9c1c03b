// The blueprint's secret-handling rules on real repository layouts: the example repo, a generated
// one, and copies of the example with one rule broken at a time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRepo } from "../../bench/generate.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { Fakes } from "./fakes.js";
import { EXAMPLE, exampleCopy } from "./support.js";

const CMS_PROD = "apps/cms/overlays/prod";

async function findings(repo: string) {
  return (await scanRepository(repo)).findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    message: f.message,
  }));
}

describe("GitOps secret rules", () => {
  it("finds nothing in examples/infra-gitops", async () => {
    const report = await scanRepository(EXAMPLE);
    expect(report.findings).toEqual([]);
    expect(report.stats.files).toBeGreaterThan(50);
  });

  it("finds nothing in a generated 20-service repo (Helm and kustomize, README in the generator's format)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-secrets-gen-"));
    generateRepo(dir, { services: 20, seed: 3 });
    expect(await findings(dir)).toEqual([]);
  });

  it("reports a plain Secret in any document of a multi-document file, at its data", async () => {
    const repo = exampleCopy({
      [`${CMS_PROD}/extra.yaml`]: [
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: settings",
        "data:",
        "  LOG_LEVEL: info",
        "---",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: db",
        "  namespace: cms-prod",
        "type: Opaque",
        "data:",
        "  DB_USER: YXBw",
        "",
      ].join("\n"),
    });
    const report = await scanRepository(repo);
    const plain = report.findings.filter((f) => f.rule === "plain-secret");
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatchObject({
      severity: "error",
      file: `${CMS_PROD}/extra.yaml`,
      line: 14,
      target: CMS_PROD,
      resource: { apiVersion: "v1", kind: "Secret", namespace: "cms-prod", name: "db" },
    });
    expect(plain[0]?.message).toContain("DB_USER");
  });

  it("accepts Argo CD cluster Secrets that name a cluster only, and reports one that holds its credentials", async () => {
    const cluster = (extra: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: prod\n  labels:\n    argocd.argoproj.io/secret-type: cluster\nstringData:\n  name: prod\n  server: https://10.0.0.1:6443\n${extra}`;
    const repo = exampleCopy({
      "clusters-secrets/prod.yaml": cluster(""),
      "clusters-secrets/eu.yaml": cluster('  config: \'{"tlsClientConfig": {"insecure": false}}\'\n'),
    });
    const report = await scanRepository(repo);
    const plain = report.findings.filter((f) => f.rule === "plain-secret");
    expect(plain.map((f) => f.file)).toEqual(["clusters-secrets/eu.yaml"]);
    expect(plain[0]?.message).toContain("config");
  });

  it("accepts Secrets without values, SOPS-encrypted Secrets, SealedSecrets and ExternalSecrets", async () => {
    const repo = exampleCopy({
      [`${CMS_PROD}/sa-token.yaml`]:
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: sa\n  annotations:\n    kubernetes.io/service-account.name: cms\ntype: kubernetes.io/service-account-token\n",
      [`${CMS_PROD}/sops.yaml`]:
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  DB_USER: ENC[AES256_GCM,data:YXBw,iv:aXY=,tag:dGFn,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:bWFj,type:str]\n  version: 3.8.1\n",
      [`${CMS_PROD}/sealed.yaml`]:
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    DB_USER: AgBy3i4OJSWK\n",
    });
    expect(await findings(repo)).toEqual([]);
  });

  it("reports a kustomize secretGenerator that takes values from Git", async () => {
    const repo = exampleCopy({
      [`${CMS_PROD}/kustomization.yaml`]:
        "resources: [../../base, externalsecret.yaml]\nsecretGenerator:\n  - name: db\n    literals:\n      - DB_USER=app\n",
    });
    const found = (await findings(repo)).filter((f) => f.rule === "secret-generator");
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", file: `${CMS_PROD}/kustomization.yaml`, line: 3 }),
    ]);
  });

  it("reports an ExternalSecret key from another environment as cross-env, and one off the template", async () => {
    const es = (key: string) =>
      `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: extra\nspec:\n  secretStoreRef: {kind: ClusterSecretStore, name: vault}\n  data:\n    - secretKey: SESSION_SECRET\n      remoteRef:\n        key: ${key}\n        property: session_secret\n`;
    const repo = exampleCopy({
      [`${CMS_PROD}/externalsecret.yaml`]: es("platform/cms/staging"),
      "apps/web/overlays/prod/externalsecret.yaml": es("platform/cms/prod"),
      "apps/cms/overlays/staging/externalsecret.yaml": es("secrets/cms"),
    });
    const found = (await findings(repo)).filter((f) => f.rule.endsWith("-key"));
    expect(found.map((f) => [f.rule, f.file, f.line])).toEqual([
      ["cross-env-key", `${CMS_PROD}/externalsecret.yaml`, 10],
      ["external-secret-key", "apps/cms/overlays/staging/externalsecret.yaml", 10],
      ["external-secret-key", "apps/web/overlays/prod/externalsecret.yaml", 10],
    ]);
    expect(found[0]?.message).toContain("use platform/cms/prod");
    expect(found[2]?.message).toContain("reads service cms's secrets");
  });

  it("accepts vault:// keys and paths below the template, and follows a configured template", async () => {
    const ok = exampleCopy({
      [`${CMS_PROD}/more.yaml`]:
        "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: more\nspec:\n  dataFrom:\n    - extract:\n        key: vault://platform/cms/prod/database\n",
    });
    expect((await findings(ok)).filter((f) => f.severity === "error")).toEqual([]);

    const custom = exampleCopy({
      ".gitops.yaml": "environments: [staging, prod]\nsecrets:\n  keyTemplate: kv/{env}/{service}\n",
    });
    const rules = new Set((await findings(custom)).map((f) => f.rule));
    expect(rules).toContain("external-secret-key");
  });

  it("checks chart templates by regex: templated keys pass, literal ones follow the template, plain Secrets warn", async () => {
    const repo = exampleCopy({
      "apps/queue/base/templates/extra-es.yaml":
        "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: {{ .Release.Name }}-x\nspec:\n  data:\n    - secretKey: X\n      remoteRef:\n        key: platform/web/prod\n",
      "apps/queue/base/templates/secret.yaml":
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-db\nstringData:\n  password: {{ .Values.password | quote }}\n",
    });
    const found = await findings(repo);
    expect(found.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ["external-secret-key", "error", "apps/queue/base/templates/extra-es.yaml"],
      ["plain-secret", "warning", "apps/queue/base/templates/secret.yaml"],
    ]);
  });

  it("compares each overlay's README with its ExternalSecrets both ways, and checks the documented paths", async () => {
    const readme = (lines: string[]) =>
      `# cms — prod overlay\n\n## Required secrets\n\n${lines.join("\n")}\n\n## Other\n\n- \`NOT_A_SECRET\` from \`x\`\n`;
    const repo = exampleCopy({
      [`${CMS_PROD}/README.md`]: readme([
        "- `DATABASE_URL` from `platform/cms/prod`",
        "- `S3_ACCESS_KEY_ID` from `platform/cms/staging`",
        "- `S3_SECRET_ACCESS_KEY` from `platform/cms/prod`",
        "- `REDIS_URL` from `platform/cms/prod`",
      ]),
    });
    const found = (await findings(repo)).filter((f) => f.rule === "readme-required-secrets");
    expect(found.map((f) => [f.severity, f.file, f.line])).toEqual([
      ["warning", `${CMS_PROD}/externalsecret.yaml`, 29],
      ["warning", `${CMS_PROD}/README.md`, 6],
      ["warning", `${CMS_PROD}/README.md`, 8],
    ]);
    expect(found[0]?.message).toContain("SESSION_SECRET");
    expect(found[1]?.message).toContain("staging path");
    expect(found[2]?.message).toContain("REDIS_URL");
  });

  it("asks for a README list when an overlay has ExternalSecrets but no README", async () => {
    const repo = exampleCopy();
    rmSync(join(repo, CMS_PROD, "README.md"));
    const found = (await findings(repo)).filter((f) => f.rule === "readme-required-secrets");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(
      "DATABASE_URL, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, SESSION_SECRET",
    );
  });

  it("reports a YAML file it cannot parse as a notice and still scans it for credentials", async () => {
    const token = new Fakes(2).githubPat();
    const repo = exampleCopy({
      [`${CMS_PROD}/broken.yaml`]: `kind: Secret\ndata: [unclosed\ntoken: ${token}\n`,
    });
    const found = await findings(repo);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ["github-pat", "error"],
      ["yaml-unreadable", "notice"],
    ]);
  });
});
