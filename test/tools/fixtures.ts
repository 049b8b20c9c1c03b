// Fixtures for setup-tools tests: tiny "binaries" (shell scripts that print a
// version), archives built here (tar.gz with the `tar` package, zip written
// byte by byte), a loopback HTTP server that serves them, and user manifests.
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as tar from "tar";
import { platformOf } from "../../packages/tools/src/platform.js";

/** This machine's manifest platform key, e.g. "linux-amd64". */
export const PLATFORM = platformOf();

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A shell script standing in for a tool: `<name> <anything>` prints `output`. */
export function fakeBinary(output: string): Buffer {
  return Buffer.from(`#!/bin/sh\necho '${output}'\n`);
}

export interface TarEntry {
  path: string;
  content?: Buffer | string;
  /** Make the entry a symlink to this target instead of a file. */
  symlink?: string;
}

/**
 * Builds a tar.gz with the `tar` package from files laid out in a temp
 * folder. Paths with ".." or a leading "/" are kept as given (preservePaths),
 * which is how a hostile archive looks.
 */
export async function makeTarGz(entries: TarEntry[]): Promise<Buffer> {
  const base = mkdtempSync(join(tmpdir(), "gitops-tar-src-"));
  // Entries are added relative to base/a/b, so "../x" and "../../x" stay inside base.
  const cwd = join(base, "a", "b");
  mkdirSync(cwd, { recursive: true });
  const names: string[] = [];
  for (const entry of entries) {
    const onDisk = entry.path.startsWith("/") ? join(base, "abs", entry.path) : join(cwd, entry.path);
    mkdirSync(dirname(onDisk), { recursive: true });
    if (entry.symlink !== undefined) symlinkSync(entry.symlink, onDisk);
    else {
      writeFileSync(onDisk, entry.content ?? "");
      chmodSync(onDisk, 0o755);
    }
    names.push(entry.path.startsWith("/") ? onDisk : entry.path);
  }
  const file = join(base, "out.tar.gz");
  await tar.c({ gzip: true, file, cwd, portable: true, preservePaths: true }, names);
  return readFileSync(file);
}

export interface ZipEntry {
  path: string;
  content?: Buffer | string;
  /** Store the entry as a Unix symlink to this target. */
  symlink?: string;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip file (stored, no compression) with Unix modes, written byte by byte. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, "utf8");
    const data = Buffer.from(entry.symlink ?? entry.content ?? "");
    const mode = entry.symlink !== undefined ? 0o120777 : 0o100755;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** What the server does for one path. */
export interface Route {
  body?: Buffer | string;
  status?: number;
  contentType?: string;
  /** Send only this many bytes of `body` (with the full Content-Length), then drop the connection. */
  truncateAt?: number;
  /** Send a Location header (with a 3xx `status`). */
  location?: string;
  /** Answer with this status for the first N requests, then normally. */
  failFirst?: { times: number; status: number };
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** A loopback HTTP server serving `routes` by path; 404 for anything else. */
export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const map = new Map(Object.entries(routes));
  const requests: string[] = [];
  const served = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "/";
    requests.push(path);
    const route = map.get(path);
    const count = (served.get(path) ?? 0) + 1;
    served.set(path, count);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (route.failFirst && count <= route.failFirst.times) {
      res.writeHead(route.failFirst.status, { "content-type": "text/plain" }).end("try again later");
      return;
    }
    const body = Buffer.from(route.body ?? "");
    res.writeHead(route.status ?? 200, {
      "content-type": route.contentType ?? "application/octet-stream",
      "content-length": String(body.length),
      ...(route.location ? { location: route.location } : {}),
    });
    if (route.truncateAt !== undefined) {
      res.write(body.subarray(0, route.truncateAt), () => {
        req.socket.destroy();
      });
      return;
    }
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    routes: map,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export interface PinSpec {
  version: string;
  url: string;
  bin?: string;
  archive?: string;
  sha256?: string;
  versionArgs?: string[];
}

/** A user manifest pinning `tools` for this machine's platform. */
export function writeManifest(dir: string, tools: Record<string, PinSpec>, file = "tools.yaml"): string {
  const lines = ["tools:"];
  for (const [name, pin] of Object.entries(tools)) {
    lines.push(`  ${name}:`, `    version: "${pin.version}"`, `    url: "${pin.url}"`);
    if (pin.bin) lines.push(`    bin: "${pin.bin}"`);
    if (pin.archive) lines.push(`    archive: ${pin.archive}`);
    if (pin.versionArgs)
      lines.push(`    version-args: [${pin.versionArgs.map((a) => JSON.stringify(a)).join(", ")}]`);
    if (pin.sha256) lines.push("    sha256:", `      ${PLATFORM.key}: "${pin.sha256}"`);
  }
  const path = join(dir, file);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}
