/** Image references and version order: enough to tell a rollback from a roll forward. */

/** `repo:tag@digest`, leaving out the parts that are not set. */
export function imageRef(repository: string, tag?: string, digest?: string): string {
  const withTag = tag ? (repository ? `${repository}:${tag}` : tag) : repository;
  return digest ? `${withTag}@${digest}` : withTag;
}

/** The repository of an image reference (`ghcr.io/org/web:1.2@sha256:...` is `ghcr.io/org/web`). */
export function repositoryOf(image: string): string {
  const noDigest = image.split("@", 1)[0] ?? image;
  const colon = noDigest.lastIndexOf(":");
  return colon > noDigest.lastIndexOf("/") ? noDigest.slice(0, colon) : noDigest;
}

/** The tag of an image reference, or undefined when it has none. */
export function tagOf(image: string): string | undefined {
  const noDigest = image.split("@", 1)[0] ?? image;
  const colon = noDigest.lastIndexOf(":");
  return colon > noDigest.lastIndexOf("/") ? noDigest.slice(colon + 1) : undefined;
}

interface Version {
  numbers: number[];
  pre: string[];
}

const VERSION = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parseVersion(tag: string): Version | undefined {
  const m = VERSION.exec(tag);
  if (!m?.[1]) return undefined;
  return { numbers: m[1].split(".").map(Number), pre: m[2] ? m[2].split(".") : [] };
}

/**
 * Compares two tags as semantic versions (a leading `v`, 1 to 4 numbers and a
 * pre-release are accepted): negative when `a` is older, positive when newer,
 * 0 when equal, and undefined when either is not a version (`latest`, a SHA),
 * because such tags carry no order.
 */
export function compareVersions(a: string, b: string): number | undefined {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) return undefined;
  for (let i = 0; i < Math.max(va.numbers.length, vb.numbers.length); i++) {
    const d = (va.numbers[i] ?? 0) - (vb.numbers[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  // A release is newer than its pre-releases (1.0.0-rc.1 < 1.0.0).
  if (va.pre.length === 0 || vb.pre.length === 0) return Math.sign(vb.pre.length - va.pre.length);
  for (let i = 0; i < Math.max(va.pre.length, vb.pre.length); i++) {
    const pa = va.pre[i];
    const pb = vb.pre[i];
    if (pa === undefined || pb === undefined) return pa === undefined ? -1 : 1;
    if (pa === pb) continue;
    const na = /^\d+$/.test(pa) ? Number(pa) : undefined;
    const nb = /^\d+$/.test(pb) ? Number(pb) : undefined;
    if (na !== undefined && nb !== undefined) return Math.sign(na - nb);
    if (na !== undefined || nb !== undefined) return na !== undefined ? -1 : 1;
    return pa < pb ? -1 : 1;
  }
  return 0;
}
