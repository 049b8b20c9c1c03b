/**
 * Takes one binary out of a verified archive. Every entry is checked first:
 * an absolute path, a ".." segment, a link that points outside the archive or
 * a device file makes the whole archive unsafe, and nothing is installed.
 * Only the wanted binary is written, as a regular file with mode 0755.
 */
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, createReadStream, createWriteStream } from "node:fs";
import { posix } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as tar from "tar";
import yauzl from "yauzl";
import { UserError, messageOf } from "../../core/src/errors.js";
import type { ArchiveType } from "./manifest.js";

/** Largest binary we write (1 GiB), whatever the archive claims. */
const MAX_BINARY_BYTES = 1024 * 1024 * 1024;

/**
 * Writes the file at `bin` inside `archive` to `dest` with mode 0755 and
 * returns its SHA-256. `label` names the tool in errors.
 */
export async function extractBinary(
  archive: string,
  type: ArchiveType,
  bin: string,
  dest: string,
  label: string,
): Promise<string> {
  if (type === "binary") {
    copyFileSync(archive, dest);
    chmodSync(dest, 0o755);
    return sha256File(dest);
  }
  const sha =
    type === "zip" ? await fromZip(archive, bin, dest, label) : await fromTarGz(archive, bin, dest, label);
  chmodSync(dest, 0o755);
  return sha;
}

/** Why an entry is unsafe, or undefined. `link` is a symlink's target, `hardlink` a hard link's. */
export function unsafeEntryReason(
  path: string,
  link?: { target: string; hard: boolean },
): string | undefined {
  if (path.includes("\0")) return "a NUL byte in the name";
  if (path.includes("\\")) return "a backslash in the name";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "an absolute path";
  if (path.split("/").includes("..")) return 'a ".." segment';
  if (link) {
    const target = link.target;
    if (target.startsWith("/") || /^[A-Za-z]:/.test(target) || target.includes("\\")) {
      return `a link to an absolute path (${target})`;
    }
    // A symlink resolves from its own folder; a hard link from the archive root.
    const resolved = posix.normalize(link.hard ? target : posix.join(posix.dirname(path), target));
    if (resolved === ".." || resolved.startsWith("../")) return `a link that escapes the archive (${target})`;
  }
  return undefined;
}

function normalizeEntry(path: string): string {
  return posix
    .normalize(path)
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "");
}

function unsafe(label: string, entry: string | undefined, reason: string): UserError {
  const name = entry === undefined ? "" : ` ${JSON.stringify(entry)}`;
  return new UserError(`${label}: the archive has an unsafe entry${name} (${reason}); nothing was installed`);
}

function missing(label: string, bin: string, seen: string[]): UserError {
  const some = seen
    .slice(0, 10)
    .map((s) => JSON.stringify(s))
    .join(", ");
  return new UserError(
    `${label}: "${bin}" is not in the archive (it holds ${some}${seen.length > 10 ? ", ..." : ""}); set "bin" in the manifest`,
  );
}

async function fromTarGz(archive: string, bin: string, dest: string, label: string): Promise<string> {
  let problem: UserError | undefined;
  let written: Promise<string> | undefined;
  const seen: string[] = [];
  try {
    await tar.t({
      file: archive,
      strict: true,
      noResume: true,
      onReadEntry: (entry) => {
        const path = entry.path;
        seen.push(path);
        const type = entry.type;
        const link =
          type === "SymbolicLink" || type === "Link"
            ? { target: entry.linkpath ?? "", hard: type === "Link" }
            : undefined;
        const reason =
          unsafeEntryReason(path, link) ??
          (["CharacterDevice", "BlockDevice", "FIFO"].includes(type) ? `a ${type} entry` : undefined);
        if (reason) problem ??= unsafe(label, path, reason);
        if (!problem && normalizeEntry(path) === bin) {
          if (written)
            problem = new UserError(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
          else if (type !== "File" && type !== "OldFile" && type !== "ContiguousFile") {
            problem = new UserError(
              `${label}: "${bin}" in the archive is a ${type}, not a regular file; nothing was installed`,
            );
          } else {
            written = writeHashed(entry as unknown as Readable, dest);
            return;
          }
        }
        entry.resume();
      },
    });
  } catch (err) {
    throw new UserError(`${label}: not a readable tar.gz archive (${messageOf(err)})`);
  }
  const sha = await written?.catch((err: unknown) => {
    throw new UserError(`${label}: cannot write the binary: ${messageOf(err)}`);
  });
  if (problem) throw problem;
  if (sha === undefined) throw missing(label, bin, seen);
  return sha;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // yauzl itself rejects absolute paths and ".." (strictFileNames also refuses backslashes).
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (err, zip) => {
        if (err) reject(err);
        else resolve(zip);
      },
    );
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) reject(err);
      else resolve(stream);
    });
  });
}

async function readSmall(stream: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of stream) {
    n += (chunk as Buffer).length;
    if (n > limit) throw new Error("link target too long");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function fromZip(archive: string, bin: string, dest: string, label: string): Promise<string> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(archive);
  } catch (err) {
    throw new UserError(`${label}: not a readable zip archive (${messageOf(err)})`);
  }
  const seen: string[] = [];
  let sha: string | undefined;
  try {
    const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
      const list: yauzl.Entry[] = [];
      zip.on("entry", (e: yauzl.Entry) => {
        list.push(e);
        zip.readEntry();
      });
      zip.on("end", () => {
        resolve(list);
      });
      zip.on("error", reject);
      zip.readEntry();
    }).catch((err: unknown) => {
      // yauzl's own name checks ("invalid relative path", "absolute path") land here.
      throw unsafe(label, undefined, messageOf(err));
    });
    // Check every entry before writing anything.
    const links = new Map<yauzl.Entry, string>();
    for (const entry of entries) {
      seen.push(entry.fileName);
      const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
      let link: { target: string; hard: boolean } | undefined;
      if (mode === 0o120000) {
        const target = await readSmall(await openEntry(zip, entry), 4096);
        links.set(entry, target);
        link = { target, hard: false };
      } else if (mode !== 0 && mode !== 0o100000 && mode !== 0o040000) {
        throw unsafe(label, entry.fileName, "a special file");
      }
      const reason = unsafeEntryReason(entry.fileName, link);
      if (reason) throw unsafe(label, entry.fileName, reason);
    }
    const matches = entries.filter((e) => !e.fileName.endsWith("/") && normalizeEntry(e.fileName) === bin);
    if (matches.length > 1)
      throw new UserError(`${label}: "${bin}" appears twice in the archive; nothing was installed`);
    const entry = matches[0];
    if (!entry) throw missing(label, bin, seen);
    if (links.has(entry))
      throw new UserError(
        `${label}: "${bin}" in the archive is a symlink, not a regular file; nothing was installed`,
      );
    try {
      sha = await writeHashed(await openEntry(zip, entry), dest);
    } catch (err) {
      throw new UserError(`${label}: cannot extract "${bin}": ${messageOf(err)}`);
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${label}: not a readable zip archive (${messageOf(err)})`);
  } finally {
    zip.close();
  }
  return sha;
}

/** Streams `source` to `dest` (mode 0755) and returns its SHA-256. */
async function writeHashed(source: Readable, dest: string): Promise<string> {
  const hash = createHash("sha256");
  let bytes = 0;
  await pipeline(
    source,
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > MAX_BINARY_BYTES) {
          done(new Error(`the binary is larger than ${MAX_BINARY_BYTES} bytes`));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    }),
    createWriteStream(dest, { mode: 0o755 }),
  );
  return hash.digest("hex");
}

/** SHA-256 of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
