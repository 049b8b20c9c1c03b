import { resolve } from "node:path";
import {
  ExitCode,
  failsAt,
  formatJson,
  formatText,
  UserError,
  writeTextAtomic,
} from "../../../core/src/index.js";
import { scanRepository, secretsSarif, statsLine } from "../../../secrets/src/index.js";
import { failOnOption } from "../options.js";
import type { Command } from "../command.js";

/** `gitops secrets`: leaked credentials and the blueprint's secret-handling rules. */
export const secretsCommand: Command = {
  name: "secrets",
  summary: "scan for leaked secrets and secret-handling rule breaks (--base REF scans only the change)",
  help: `Usage: gitops secrets [--base REF [--head REF]] [--sarif FILE] [--baseline FILE]
                      [--ignore-file FILE] [--fail-on SEVERITY] [--credentials-only] [--json] [--repo DIR]
                      [PATH...]

Scans the repository for credentials (cloud, GitHub/GitLab, Slack, Stripe, SendGrid, Twilio,
npm, PyPI, OpenAI, Anthropic, Vault tokens, private keys, JWTs, kubeconfigs, passwords in URLs,
high-entropy values under secret-like keys) and for the blueprint's rules: no plain Secret or
secretGenerator in Git, ExternalSecret keys that follow secrets.keyTemplate for their service and
env, and overlay READMEs whose "## Required secrets" list matches the ExternalSecrets.
Findings show at most the first 4 characters of a secret, never the value.

With PATH... only those files and folders are scanned (the gitops-secrets pre-commit hook passes
the staged files, whose content pre-commit has stashed down to what is staged).

Options:
  --base REF          scan only the lines added by each commit in merge-base(REF, HEAD)..HEAD
  --head REF          the tip of the change (default HEAD), with --base
  --sarif FILE        also write the findings as SARIF 2.1.0 (for GitHub code scanning)
  --baseline FILE     drop findings already in FILE (an earlier "gitops secrets --json" report)
  --ignore-file FILE  accepted findings (default .gitops-secrets-ignore.yaml, see secrets.ignoreFile)
  --fail-on SEVERITY  exit 1 when a finding is at least this bad: error (default), warning, notice
  --credentials-only  skip the GitOps rules (plain Secrets, key templates, READMEs)

A line (or the comment line above it) holding "gitops:allow-secret" or "gitleaks:allow" is
accepted. A .gitleaks.toml at the root adds its custom rules and allowlists.`,
  options: {
    base: { type: "string" },
    head: { type: "string" },
    sarif: { type: "string" },
    baseline: { type: "string" },
    "ignore-file": { type: "string" },
    "fail-on": { type: "string" },
    "credentials-only": { type: "boolean" },
  },
  maxPositionals: 100_000,
  async run(ctx) {
    const opt = (name: string) => {
      const v = ctx.options[name];
      if (v === "") throw new UserError(`--${name} needs a value`);
      return typeof v === "string" ? v : undefined;
    };
    const failOn = failOnOption(ctx);
    const base = opt("base");
    const head = opt("head");
    if (head !== undefined && base === undefined) throw new UserError("--head needs --base");
    const ignoreFile = opt("ignore-file");
    const baseline = opt("baseline");
    const report = await scanRepository(ctx.repo, {
      ...(base !== undefined ? { base } : {}),
      ...(head !== undefined ? { head } : {}),
      ...(ignoreFile !== undefined ? { ignoreFile } : {}),
      ...(baseline !== undefined ? { baseline } : {}),
      gitopsRules: ctx.options["credentials-only"] !== true,
      ...(ctx.positionals.length > 0 ? { files: ctx.positionals } : {}),
    });
    const sarif = opt("sarif");
    if (sarif !== undefined) {
      writeTextAtomic(
        resolve(sarif),
        `${JSON.stringify(secretsSarif(report), null, 2)}\n`,
        `--sarif ${sarif}`,
      );
    }
    if (ctx.json) {
      ctx.io.stdout(formatJson(report.findings, { ...report.stats }));
    } else {
      if (report.findings.length > 0) ctx.io.stdout(formatText(report.findings, { color: ctx.io.isTTY }));
      ctx.io.stderr(`${statsLine(report.stats)}\n`);
    }
    return failsAt(report.findings, failOn) ? ExitCode.Findings : ExitCode.Clean;
  },
};
