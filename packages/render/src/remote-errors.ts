import { URL_LIKE } from "./graph.js";

/**
 * Reads a kustomize failure to fetch something remote (a base over git or
 * HTTP, a `helmCharts` entry pulled by helm) and names what was fetched and
 * why it failed in one line: kustomize's own message nests every attempt,
 * repeats the URL in three spellings and ends in the helm command line with
 * this machine's paths, none of which helps the reader.
 */
export function condenseRemoteError(text: string): { message: string; reference: string } | undefined {
  const remote = remoteNamed(text);
  if (remote === undefined) return undefined;
  return {
    message: `remote ${remote.name} could not be fetched: ${rootCause(text)}`,
    reference: remote.reference,
  };
}

/**
 * What was being fetched (`name`, for the message) and the text of it the
 * kustomization holds (`reference`, to find its line); undefined when nothing
 * remote failed.
 */
function remoteNamed(text: string): { name: string; reference: string } | undefined {
  // kustomize's `helm pull`: "--repo <url> <chart>" for a chart repository, "oci://<registry>/<chart>" for OCI.
  const repo = /helm pull [^']*?--repo (\S+) (\S+)/.exec(text);
  if (repo) return { name: `${repo[1] ?? ""} (chart ${repo[2] ?? ""})`, reference: repo[1] ?? "" };
  const oci = /helm pull [^']*?oci:\/\/(\S+)\/(\S+)/.exec(text);
  if (oci) return { name: `oci://${oci[1] ?? ""} (chart ${oci[2] ?? ""})`, reference: oci[1] ?? "" };
  // The deepest "accumulating resources from" is the reference that broke.
  const from = [...text.matchAll(/accumulating resources from '([^']+)'/g)].map((m) => m[1] ?? "").at(-1);
  return from !== undefined && URL_LIKE.test(from) ? { name: from, reference: from } : undefined;
}

/** Causes worth a reader's time, most specific first; each names the host or the refusal. */
const CAUSES: readonly RegExp[] = [
  /Could not resolve host(?:name)?:? [^\s'":]+/,
  /Failed to connect to \S+ port \d+/,
  /lookup (\S+) on \S+: no such host/,
  /dial tcp \S+: connect: connection refused/,
  /dial tcp [^:]+:\d+: i\/o timeout/,
  /could not read Username for '[^']+'/,
  /repository '[^']+' not found/,
  /Remote branch \S+ not found/,
  /couldn't find remote ref \S+/,
  /\S+ is not a valid chart repository/,
  /chart "[^"]+"(?: version "[^"]+")? not found in \S+ repository/,
  /\b(?:401|403|404) (?:Unauthorized|Forbidden|Not Found)\b/,
];

function rootCause(text: string): string {
  for (const cause of CAUSES) {
    const m = cause.exec(text);
    if (!m) continue;
    if (cause.source.startsWith("lookup")) return `no such host ${m[1] ?? ""}`;
    return m[0];
  }
  // Unknown shape: git's "fatal:" line, else the first line; never a local path or the helm command line.
  const fatal = /fatal: ([^\n]+)/.exec(text)?.[1];
  const line = (fatal ?? text.split("\n")[0] ?? text).replace(/'\/[^']*'/g, "'…'");
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
