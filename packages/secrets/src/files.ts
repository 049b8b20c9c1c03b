import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { minimatch } from "minimatch";

/** Folders never scanned: git's own data, installed packages, and our render output. */
export const NEVER_SCANNED = [".git", "node_modules"];
/** Folders never scanned at the top of the repository only. */
export const NEVER_SCANNED_AT_ROOT = ["render"];

/** One file of the repository, as the walk found it. */
export interface RepoFile {
  /** Repo-relative, `/`-separated. */
  path: string;
  abs: string;
  size: number;
}

/**
 * Every regular file under `repo`, sorted, except `.git/`, `node_modules/`,
 * the top-level `render/`, paths matching `exclude` globs, and symbolic links
 * (which may point outside the repository).
 */
export function listFiles(repo: string, exclude: readonly string[] = []): RepoFile[] {
  const out: RepoFile[] = [];
  const excluded = (path: string) => exclude.some((g) => minimatch(path, g, { dot: true }));
  const walk = (dir: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (NEVER_SCANNED.includes(e.name) || (!prefix && NEVER_SCANNED_AT_ROOT.includes(e.name))) continue;
        if (excluded(path) || excluded(`${path}/`)) continue;
        walk(join(dir, e.name), path);
      } else if (e.isFile() && !excluded(path)) {
        const abs = join(dir, e.name);
        out.push({ path, abs, size: statSync(abs).size });
      }
    }
  };
  walk(repo, "");
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** True when a repo-relative path lies in a folder the scan never reads (for diff mode). */
export function isNeverScanned(path: string, exclude: readonly string[] = []): boolean {
  const parts = path.split("/");
  if (parts.slice(0, -1).some((p) => NEVER_SCANNED.includes(p))) return true;
  if (parts.length > 1 && NEVER_SCANNED_AT_ROOT.includes(parts[0] ?? "")) return true;
  return exclude.some((g) => minimatch(path, g, { dot: true }));
}

/**
 * The bytes to scan, or undefined for binary content (a NUL byte). UTF-16
 * text (with a byte-order mark) is re-encoded as UTF-8; other encodings are
 * scanned as they are, since every credential format is ASCII.
 */
export function scannableBytes(bytes: Buffer): Buffer | undefined {
  if (bytes.length >= 2) {
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    if (le || be) {
      const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
      if (be) body.swap16();
      return Buffer.from(body.toString("utf16le"), "utf8");
    }
  }
  return bytes.includes(0) ? undefined : bytes;
}

/**
 * Reads whole files into one reused buffer: a scan reads thousands of files
 * and keeps none of them, so a fresh buffer per file would only feed the
 * garbage collector. A returned view is valid until the next `read`.
 */
export class FileReader {
  private scratch = Buffer.allocUnsafe(1024 * 1024);

  read(abs: string, size: number): Buffer {
    if (size > this.scratch.length)
      this.scratch = Buffer.allocUnsafe(Math.max(size, this.scratch.length * 2));
    return readInto(abs, size, this.scratch);
  }
}

/** Reads a whole file into a fresh buffer. */
export function readBytes(abs: string, size: number): Buffer {
  return readInto(abs, size, Buffer.allocUnsafe(size));
}

function readInto(abs: string, size: number, buf: Buffer): Buffer {
  const fd = openSync(abs, "r");
  try {
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}
