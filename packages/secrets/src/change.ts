import { statSync } from "node:fs";
import { join } from "node:path";
import type { FindingCollector } from "./collect.js";
import { addedInRange, fileAtCommit } from "./diff.js";
import { isNeverScanned, listFiles, readBytes, scannableBytes, type RepoFile } from "./files.js";
import { skippedNotice } from "./filters.js";
import { MANIFEST_FILE, type GitopsRules } from "./gitops/index.js";
import type { SecretScanStats } from "./scan.js";
import type { ScanSetup } from "./setup.js";
import type { SecretFinding } from "./types.js";

/**
 * The diff-mode scan: the added lines of every commit in
 * `merge-base(base, head)..head`, oldest first, so a secret is reported in
 * the commit that introduced it, even when a later commit removed it.
 */
export async function scanChange(
  setup: ScanSetup,
  base: string,
  head: string,
  collector: FindingCollector,
  gitops: GitopsRules | undefined,
  stats: SecretScanStats,
  notices: SecretFinding[],
): Promise<void> {
  const { cfg, repo } = setup;
  const change = await addedInRange(repo, base, head);
  Object.assign(stats, {
    commits: change.commits.length,
    base: change.base,
    head: change.head,
    mergeBase: change.mergeBase,
    binary: change.binaryFiles,
  });
  const files = new Set<string>();
  for (const frag of change.fragments) {
    if (setup.configFiles.has(frag.path) || isNeverScanned(frag.path, cfg.exclude)) continue;
    const bytes = Buffer.from(frag.text, "utf8");
    if (bytes.length > cfg.maxFileBytes) {
      stats.skipped++;
      notices.push({ ...skippedNotice(frag.path, bytes.length, cfg.maxFileBytes), commit: frag.commit });
      continue;
    }
    files.add(frag.path);
    stats.bytes += bytes.length;
    // Context rules (is this a kubeconfig? inside a SealedSecret?) judge the whole file at that commit.
    let whole: string | undefined;
    const context = () => (whole ??= fileAtCommit(repo, frag.commit, frag.path) || frag.text);
    const target = setup.context.of(frag.path).overlay;
    for (const m of setup.scanner.scan({ path: frag.path, bytes, context, lines: frag.lines })) {
      const at = {
        path: frag.path,
        line: frag.lines[m.line - 1] ?? m.line,
        column: m.column,
        commit: frag.commit,
      };
      collector.credential(m, target ? { ...at, target } : at, "per-file");
    }
  }
  stats.files = files.size;
  if (gitops) checkChangedManifests(setup, gitops, change.paths);
}

/**
 * GitOps rules on the files the change touched, as they are in the work
 * tree, and the README comparison of every overlay the change touched (which
 * needs all of that overlay's ExternalSecrets, changed or not).
 */
function checkChangedManifests(setup: ScanSetup, gitops: GitopsRules, paths: readonly string[]): void {
  const changed = new Set(
    paths.filter((p) => !isNeverScanned(p, setup.cfg.exclude) && !setup.configFiles.has(p)),
  );
  const overlays = new Set<string>();
  for (const p of changed) {
    const overlay = setup.context.of(p).overlay;
    if (overlay) overlays.add(overlay);
  }
  const files = new Map<string, RepoFile>();
  for (const o of overlays) {
    for (const f of listFiles(join(setup.repo, o)))
      files.set(`${o}/${f.path}`, { ...f, path: `${o}/${f.path}` });
  }
  for (const p of changed) {
    const abs = join(setup.repo, p);
    try {
      const st = statSync(abs);
      if (st.isFile()) files.set(p, { path: p, abs, size: st.size });
    } catch {
      // Deleted by the end of the change: nothing to check.
    }
  }
  for (const f of [...files.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!MANIFEST_FILE.test(f.path) || f.size > setup.cfg.maxFileBytes) continue;
    const bytes = scannableBytes(readBytes(f.abs, f.size));
    if (bytes) gitops.file(f.path, bytes.toString("utf8"), changed.has(f.path));
  }
  gitops.readmes(overlays);
}
