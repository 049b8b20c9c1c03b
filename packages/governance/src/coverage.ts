import { existsSync, statSync } from "node:fs";
import { isAbsolute, join, posix, relative, sep } from "node:path";
import type { Finding, RepoModel, Target } from "../../core/src/index.js";
import { CONFIG_FILE } from "../../core/src/config.js";
import { walkFiles } from "../../core/src/walk.js";
import { ownerRule, sameOwner, type Codeowners, type CodeownersRule } from "./codeowners.js";
import { finding } from "./rules.js";

/** Who the platform team is and where that came from. */
export interface Platform {
  owners: string[];
  /** `governance.platform` or `CODEOWNERS:<line>` (the `*` line). */
  from: string;
}

/**
 * The platform team: `governance.platform`, else the owners of the last valid `*` line of
 * CODEOWNERS (the catch-all a platform team usually holds); undefined when neither exists.
 */
export function platformOwners(configured: string, codeowners: Codeowners): Platform | undefined {
  if (configured) {
    return {
      owners: [configured.startsWith("@") ? configured : `@${configured}`],
      from: "governance.platform",
    };
  }
  const star = codeowners.rules.filter((r) => r.pattern === "*" && r.owners.length > 0).at(-1);
  return star ? { owners: star.owners, from: `${codeowners.file}:${star.line}` } : undefined;
}

/** The environments whose targets need the platform team: configured, else the last one. */
export function protectedEnvs(model: RepoModel): string[] {
  const configured = model.config.governance.protectedEnvs;
  if (configured.length > 0) return configured;
  const last = model.environments.at(-1);
  return last ? [last] : [];
}

/**
 * The ownership checks on the repository model:
 * - a target of a protected env: every file it renders from lists the platform team, and for a
 *   service target every file in its own folder lists an owner besides the platform team;
 * - the policies folder, the folders holding Argo CD objects, `.github/`, `.gitops.yaml` and
 *   CODEOWNERS itself list the platform team;
 * - every file a target renders from has an owner.
 * Each target is reported once per rule, naming the CODEOWNERS line that wins for an example file.
 */
export function coverageFindings(model: RepoModel, given: Codeowners): Finding[] {
  const findings: Finding[] = [];
  const codeowners = memoized(given);
  const envs = protectedEnvs(model);
  for (const env of envs) {
    if (!model.environments.includes(env))
      findings.push(
        finding(
          "coverage/unknown-env",
          "warning",
          `governance.protectedEnvs names "${env}", which is not an environment of this repository (${model.environments.join(", ") || "none found"})`,
          model.configFile ? { file: model.configFile } : {},
        ),
      );
  }
  const platform = platformOwners(model.config.governance.platform, codeowners);
  if (!platform)
    findings.push(
      finding(
        "coverage/no-platform",
        "error",
        `cannot tell who the platform team is: set governance.platform in .gitops.yaml or give ${codeowners.file} a "*" line with owners`,
        { file: codeowners.file },
      ),
    );
  const isPlatform = (rule: CodeownersRule | undefined) =>
    !!rule && !!platform && rule.owners.some((o) => platform.owners.some((p) => sameOwner(o, p)));
  const hasOther = (rule: CodeownersRule | undefined) =>
    !!rule && rule.owners.some((o) => !platform?.owners.some((p) => sameOwner(o, p)));

  for (const target of model.targets) {
    const own = folderFiles(model.repo, target.source);
    const all = [...new Set([...own, ...graphFiles(model, target)])].sort();
    const unowned = all.filter((f) => (codeowners.ownerOf(f)?.owners.length ?? 0) === 0);
    if (unowned.length > 0)
      findings.push(
        located(
          "coverage/unowned-target",
          `target ${target.id}: no code owner for ${count(unowned.length, all.length)}, e.g. ${unowned[0] ?? ""} (${winner(codeowners, unowned[0])})`,
          codeowners,
          unowned[0],
          target,
        ),
      );
    if (!platform || !envs.includes(target.env)) continue;
    const problems: string[] = [];
    const notPlatform = all.filter((f) => !isPlatform(codeowners.ownerOf(f)));
    let example = notPlatform[0];
    if (notPlatform.length > 0)
      problems.push(
        `not owned by the platform team (${platform.owners.join(" ")}): ${count(notPlatform.length, all.length)}, e.g. ${example ?? ""} (${winner(codeowners, example)})`,
      );
    if (target.service) {
      const platformOnly = own.filter((f) => !hasOther(codeowners.ownerOf(f)));
      example ??= platformOnly[0];
      if (platformOnly.length > 0)
        problems.push(
          `no owner besides the platform team (the ${target.service} team) in ${target.source || "."}: ${count(platformOnly.length, own.length)}, e.g. ${platformOnly[0] ?? ""} (${winner(codeowners, platformOnly[0])})`,
        );
    }
    if (problems.length > 0)
      findings.push(
        located(
          "coverage/protected-target",
          `${target.env} target ${target.id}: ${problems.join("; ")}`,
          codeowners,
          example,
          target,
        ),
      );
  }

  if (platform) {
    for (const dir of platformDirs(model)) {
      const files = folderFiles(model.repo, dir);
      const bad = files.filter((f) => !isPlatform(codeowners.ownerOf(f)));
      if (bad.length === 0) continue;
      findings.push(
        located(
          "coverage/platform-path",
          `${dir}/ is not owned by the platform team (${platform.owners.join(" ")}): ${count(bad.length, files.length)}, e.g. ${bad[0] ?? ""} (${winner(codeowners, bad[0])})`,
          codeowners,
          bad[0],
        ),
      );
    }
    // The files that decide what the checks check: whoever owns them can switch a check off.
    for (const file of [CONFIG_FILE, codeowners.file]) {
      if (!existsSync(join(model.repo, file)) || isPlatform(codeowners.ownerOf(file))) continue;
      findings.push(
        located(
          "coverage/platform-path",
          `${file} is not owned by the platform team (${platform.owners.join(" ")}): a change to it can switch checks off or change who reviews what (${winner(codeowners, file)})`,
          codeowners,
          file,
        ),
      );
    }
  }
  return findings;
}

/**
 * The same CODEOWNERS whose rules are looked up once per path: targets share their bases, so one
 * path is asked about by many targets and several checks.
 */
function memoized(
  codeowners: Codeowners,
): Codeowners & { ownerOf: (path: string) => CodeownersRule | undefined } {
  const cache = new Map<string, CodeownersRule | undefined>();
  return {
    ...codeowners,
    ownerOf(path) {
      if (!cache.has(path)) cache.set(path, ownerRule(codeowners, path));
      return cache.get(path);
    },
  };
}

/** The policies folder, every folder holding Argo CD objects, and `.github`, as they exist. */
function platformDirs(model: RepoModel): string[] {
  const dirs = new Set<string>();
  dirs.add(model.config.policy.dir.replace(/\/+$/, ""));
  for (const file of model.argoFiles) dirs.add(posix.dirname(file));
  dirs.add(".github");
  return [...dirs].filter((d) => d !== "." && d !== "" && isDir(join(model.repo, d)));
}

/** Every file in a repo folder (repo-relative, `/` separators); none for the root or a missing folder. */
function folderFiles(repo: string, dir: string): string[] {
  if (!dir || dir === "." || !isDir(join(repo, dir))) return [];
  // Dot files count: a `.helmignore` changes what a chart renders, so someone must own it.
  return [...walkFiles(join(repo, dir), () => true, { dot: true })]
    .map((abs) => toRepoPath(repo, abs))
    .filter((p) => p !== undefined);
}

/** The files of a target's input graph that are in the repository, whole folders walked. */
function graphFiles(model: RepoModel, target: Target): string[] {
  const graph = model.graph(target.id);
  const files: string[] = [];
  for (const f of graph.files) if (inRepo(f)) files.push(f);
  for (const d of graph.dirs) if (inRepo(d)) files.push(...folderFiles(model.repo, d));
  return files;
}

function inRepo(path: string): boolean {
  return (
    path !== "" && !isAbsolute(path) && !path.startsWith("../") && !/^[a-z][a-z0-9+.-]*:\/\//i.test(path)
  );
}

function toRepoPath(repo: string, abs: string): string | undefined {
  const rel = relative(repo, abs);
  return rel.startsWith("..") ? undefined : rel.split(sep).join("/");
}

function isDir(abs: string): boolean {
  return existsSync(abs) && statSync(abs).isDirectory();
}

function count(n: number, of: number): string {
  return `${n} of ${of} file${of === 1 ? "" : "s"}`;
}

/** `CODEOWNERS:5 "/apps/cms/" @org/cms` or `no CODEOWNERS line matches`. */
function winner(codeowners: Codeowners, path: string | undefined): string {
  const rule = path === undefined ? undefined : ownerRule(codeowners, path);
  if (!rule) return `no ${codeowners.file} line matches`;
  const owners = rule.owners.length > 0 ? rule.owners.join(" ") : "no owners";
  return `${codeowners.file}:${rule.line} "${rule.pattern}" ${owners}`;
}

/** A finding on the CODEOWNERS line that wins for `path` (the file to change), or on the file. */
function located(
  rule: string,
  message: string,
  codeowners: Codeowners,
  path: string | undefined,
  target?: Target,
): Finding {
  const line = path === undefined ? undefined : ownerRule(codeowners, path)?.line;
  return finding(rule, "error", message, {
    file: codeowners.file,
    ...(line ? { line } : {}),
    ...(target ? { target: target.id } : {}),
  });
}
