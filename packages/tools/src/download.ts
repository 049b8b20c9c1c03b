/**
 * Downloads over HTTPS (plain HTTP only on loopback) with retries, streaming
 * to a file while hashing. It never trusts what it fetched: the caller checks
 * the digest before anything is extracted.
 */
import { createHash } from "node:crypto";
import { createWriteStream, rmSync } from "node:fs";
import { isIPv4 } from "node:net";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { UserError, messageOf } from "../../core/src/errors.js";

export interface DownloadOptions {
  /** Attempts after the first one for network errors, 5xx, 408, 429 and cut-off bodies (default 4). */
  retries?: number;
  /** Delay before the first retry; doubled for each next one (default 1000 ms). */
  retryDelayMs?: number;
  /** Limit for one attempt, headers and body (default 10 minutes). */
  timeoutMs?: number;
  /** Largest body accepted (default 1 GiB): a hostile mirror cannot fill the disk. */
  maxBytes?: number;
  /** Told about each failed attempt that will be retried. */
  onRetry?: (message: string) => void;
}

export interface Downloaded {
  /** Lower-case hex SHA-256 of the bytes written. */
  sha256: string;
  bytes: number;
  /** The URL that answered, after redirects. */
  finalUrl: string;
}

/** A download that failed; `retryable` says whether another attempt may help. */
export class DownloadError extends UserError {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 10;

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts plain http may reach. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host === "::1") return true;
  return isIPv4(host) && host.startsWith("127.");
}

/**
 * Throws a `UserError` unless `url` may be fetched: https anywhere, http only
 * on loopback, never with credentials in the URL (they would end up in logs).
 */
export function assertAllowedUrl(url: URL, what = url.href): void {
  if (url.username || url.password) {
    throw new UserError(`refusing ${redact(url)}: credentials in a URL end up in logs`);
  }
  if (url.protocol === "https:") return;
  if (url.protocol === "http:" && isLoopbackHost(url.hostname)) return;
  throw new UserError(
    `refusing to download ${what}: only https:// URLs are allowed (plain http only on loopback: 127.0.0.0/8, ::1, localhost)`,
  );
}

/**
 * Parses the `mirror` setting: an http(s) base URL without credentials, query
 * or fragment. Its scheme, host and path prefix replace the scheme and host of
 * every download URL.
 */
export function parseMirror(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(
      `mirror ${JSON.stringify(text)} is not an absolute URL such as https://mirror.example.com/releases`,
    );
  }
  if (url.search || url.hash)
    throw new UserError(`mirror ${JSON.stringify(text)} must not have a query or fragment`);
  assertAllowedUrl(url, `from mirror ${JSON.stringify(text)}`);
  return url;
}

/** `https://github.com/a/b?x` with mirror `https://m.example/gh` becomes `https://m.example/gh/a/b?x`. */
export function applyMirror(url: string, mirror: URL | undefined): string {
  if (!mirror) return url;
  const original = new URL(url);
  const prefix = mirror.pathname.replace(/\/+$/, "");
  return `${mirror.protocol}//${mirror.host}${prefix}${original.pathname}${original.search}`;
}

/**
 * Downloads `url` to `dest`, retrying what may be transient. An HTML page in
 * place of the file, a 4xx, or a body cut short after every retry is a
 * `DownloadError` with a message saying which.
 */
export async function download(
  url: string,
  dest: string,
  options: DownloadOptions = {},
): Promise<Downloaded> {
  const retries = options.retries ?? 4;
  const baseDelay = options.retryDelayMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await downloadOnce(url, dest, options);
    } catch (err) {
      rmSync(dest, { force: true });
      const retryable = err instanceof DownloadError ? err.retryable : !(err instanceof UserError);
      if (!retryable) throw err;
      const message = err instanceof DownloadError ? err.message : describeNetworkError(err, url);
      if (attempt >= retries) {
        throw new DownloadError(`${message} (gave up after ${attempt + 1} attempts)`, false);
      }
      const delay = baseDelay * 2 ** attempt;
      options.onRetry?.(
        `${message}; retrying in ${formatDelay(delay)} (attempt ${attempt + 2} of ${retries + 1})`,
      );
      await sleep(delay);
    }
  }
}

async function downloadOnce(url: string, dest: string, options: DownloadOptions): Promise<Downloaded> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10 * 60 * 1000);
  const maxBytes = options.maxBytes ?? 1024 * 1024 * 1024;
  let current = new URL(url);
  let response: Response;
  for (let hops = 0; ; hops++) {
    assertAllowedUrl(current);
    // Redirects are followed by hand so every hop is held to the same rule:
    // an https URL must not be bounced to plain http.
    response = await fetch(current, {
      redirect: "manual",
      signal,
      headers: { "user-agent": "gitops-actions-setup-tools" },
    });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      if (hops >= MAX_REDIRECTS)
        throw new DownloadError(`${url}: more than ${MAX_REDIRECTS} redirects`, false);
      current = new URL(location, current);
      continue;
    }
    break;
  }
  // A redirect to storage is usually pre-signed (X-Amz-Signature=..., jwt=...): show it without its query.
  const shown = current.href === url ? url : `${url} (redirected to ${current.origin}${current.pathname})`;
  if (!response.ok) {
    await response.body?.cancel();
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    const hint =
      response.status === 404 ? "; check the version and, for a mirror or user manifest, the URL" : "";
    throw new DownloadError(`${status} from ${shown}${hint}`, retryable);
  }
  const contentType = response.headers.get("content-type") ?? "";
  if (/^\s*text\/html\b/i.test(contentType)) {
    await response.body?.cancel();
    throw htmlError(shown);
  }
  const lengthHeader = response.headers.get("content-length");
  const expected = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
  if (expected !== undefined && expected > maxBytes) {
    await response.body?.cancel();
    throw new DownloadError(`${shown} is ${expected} bytes, more than the ${maxBytes}-byte limit`, false);
  }
  if (!response.body) throw new DownloadError(`${shown} returned no body`, true);

  const hash = createHash("sha256");
  let bytes = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        done(new DownloadError(`${shown} is larger than the ${maxBytes}-byte limit`, false));
        return;
      }
      if (head.length < 512) head = Buffer.concat([head, chunk.subarray(0, 512 - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body), meter, createWriteStream(dest));
  } catch (err) {
    if (err instanceof DownloadError) throw err;
    // The connection dropped mid-body: a truncated file, which a retry may fix.
    const of = expected !== undefined ? ` of ${expected}` : "";
    throw new DownloadError(
      `${shown}: the download was cut off after ${bytes}${of} bytes (${causeOf(err)})`,
      true,
    );
  }
  if (expected !== undefined && bytes !== expected) {
    throw new DownloadError(
      `${shown}: the download was cut off after ${bytes} of ${expected} bytes (truncated)`,
      true,
    );
  }
  if (looksLikeHtml(head)) throw htmlError(shown);
  return { sha256: hash.digest("hex"), bytes, finalUrl: current.href };
}

function htmlError(shown: string): DownloadError {
  return new DownloadError(
    `${shown} returned an HTML page instead of the file (a login page, a proxy's error page or a wrong URL?); nothing was installed`,
    false,
  );
}

/** True when the first bytes are an HTML document rather than an archive or binary. */
export function looksLikeHtml(head: Buffer): boolean {
  const text = head
    .toString("latin1")
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 64)
    .toLowerCase();
  return (
    text.startsWith("<!doctype html") ||
    text.startsWith("<html") ||
    text.startsWith("<head") ||
    text.startsWith("<body")
  );
}

function describeNetworkError(err: unknown, url: string): string {
  if (err instanceof Error && err.name === "TimeoutError") return `${url}: timed out`;
  return `${url}: ${causeOf(err)}`;
}

/** undici wraps the socket error in `cause`; that is the part people can act on. */
function causeOf(err: unknown): string {
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code}: ${cause.message}` : cause.message;
  }
  return messageOf(err);
}

function formatDelay(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)}s` : `${ms}ms`;
}

function redact(url: URL): string {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return copy.href;
}
