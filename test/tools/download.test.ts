import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  applyMirror,
  assertAllowedUrl,
  download,
  DownloadError,
  isLoopbackHost,
  looksLikeHtml,
  parseMirror,
} from "../../packages/tools/src/download.js";
import { sha256, startServer, type TestServer } from "./fixtures.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}

function dest(): string {
  return join(mkdtempSync(join(tmpdir(), "gitops-dl-")), "file");
}

describe("URL rules", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["localhost", true],
    ["[::1]", true],
    ["128.0.0.1", false],
    ["10.0.0.1", false],
    ["127.0.0.1.example.com", false],
    ["localhost.example.com", false],
  ])("%s is loopback: %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it("requires https except on loopback, and no credentials", () => {
    expect(() => {
      assertAllowedUrl(new URL("https://github.com/x"));
    }).not.toThrow();
    expect(() => {
      assertAllowedUrl(new URL("http://127.0.0.1:8080/x"));
    }).not.toThrow();
    expect(() => {
      assertAllowedUrl(new URL("http://[::1]/x"));
    }).not.toThrow();
    expect(() => {
      assertAllowedUrl(new URL("http://github.com/x"));
    }).toThrow(/only https:\/\/ URLs are allowed/);
    expect(() => {
      assertAllowedUrl(new URL("ftp://github.com/x"));
    }).toThrow(/only https/);
    expect(() => {
      assertAllowedUrl(new URL("https://user:secret@example.com/x"));
    }).toThrow(/refusing https:\/\/example.com\/x: credentials/);
  });

  it("puts every URL behind the mirror's scheme, host and path prefix", () => {
    const mirror = parseMirror("https://artifacts.example.com/github/");
    expect(
      applyMirror(
        "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.7.1/kustomize_v5.7.1_linux_amd64.tar.gz",
        mirror,
      ),
    ).toBe(
      "https://artifacts.example.com/github/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.7.1/kustomize_v5.7.1_linux_amd64.tar.gz",
    );
    expect(
      applyMirror(
        "https://get.helm.sh/helm-v3.19.0-linux-amd64.tar.gz?x=1",
        parseMirror("https://m.example:8443"),
      ),
    ).toBe("https://m.example:8443/helm-v3.19.0-linux-amd64.tar.gz?x=1");
    expect(applyMirror("https://get.helm.sh/a", undefined)).toBe("https://get.helm.sh/a");
    expect(applyMirror("https://get.helm.sh/a", parseMirror("http://127.0.0.1:9/m"))).toBe(
      "http://127.0.0.1:9/m/a",
    );
  });

  it.each([
    ["not a url", "is not an absolute URL"],
    ["http://mirror.example.com", "only https:// URLs are allowed"],
    ["https://mirror.example.com/?token=1", "must not have a query or fragment"],
    ["https://me:pw@mirror.example.com/", "credentials"],
  ])("rejects the mirror %j", (text, message) => {
    expect(() => parseMirror(text)).toThrow(message);
  });

  it("recognises an HTML page by its first bytes", () => {
    expect(looksLikeHtml(Buffer.from("\n  <!DOCTYPE html><html>"))).toBe(true);
    expect(looksLikeHtml(Buffer.from("<HTML><head>"))).toBe(true);
    expect(looksLikeHtml(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))).toBe(false);
    expect(looksLikeHtml(Buffer.from("#!/bin/sh\necho <html>"))).toBe(false);
  });
});

describe("download", () => {
  it("streams the body to a file and returns its SHA-256, following loopback redirects", async () => {
    const srv = await server({
      "/start": { status: 302, location: "/file" },
      "/file": { body: "payload" },
    });
    const target = dest();
    const got = await download(`${srv.url}/start`, target, { retries: 0 });
    expect(got).toEqual({ sha256: sha256("payload"), bytes: 7, finalUrl: `${srv.url}/file` });
    expect(readFileSync(target, "utf8")).toBe("payload");
    expect(srv.requests).toEqual(["/start", "/file"]);
  });

  it("names a redirect's target without its query, which may hold a pre-signed credential", async () => {
    const srv = await server({
      "/helm.tar.gz": { status: 302, location: "/storage/helm.tar.gz?X-Amz-Signature=abc123signature" },
    });
    const err = await download(`${srv.url}/helm.tar.gz`, dest(), { retries: 0 }).catch((e: unknown) => e);
    expect((err as Error).message).toContain(`(redirected to ${srv.url}/storage/helm.tar.gz)`);
    expect((err as Error).message).not.toContain("abc123signature");
  });

  it("refuses a redirect to plain http on another host, before connecting there", async () => {
    const srv = await server({
      "/helm.tar.gz": { status: 302, location: "http://downloads.example.invalid/helm.tar.gz" },
    });
    await expect(download(`${srv.url}/helm.tar.gz`, dest(), { retries: 0 })).rejects.toThrow(
      "refusing to download http://downloads.example.invalid/helm.tar.gz: only https:// URLs are allowed",
    );
  });

  it("retries 5xx and 429, and reports each retry", async () => {
    const srv = await server({ "/f": { body: "ok", failFirst: { times: 2, status: 429 } } });
    const retries: string[] = [];
    const got = await download(`${srv.url}/f`, dest(), {
      retries: 3,
      retryDelayMs: 1,
      onRetry: (m) => {
        retries.push(m);
      },
    });
    expect(got.sha256).toBe(sha256("ok"));
    expect(retries).toHaveLength(2);
    expect(retries[0]).toContain(
      `HTTP 429 Too Many Requests from ${srv.url}/f; retrying in 1ms (attempt 2 of 4)`,
    );
  });

  it("does not retry a 404 or an oversized body", async () => {
    const srv = await server({ "/big": { body: "x".repeat(100) } });
    await expect(download(`${srv.url}/nope`, dest(), { retries: 3, retryDelayMs: 1 })).rejects.toThrow(
      `HTTP 404 Not Found from ${srv.url}/nope; check the version`,
    );
    const err = await download(`${srv.url}/big`, dest(), { retries: 3, retryDelayMs: 1, maxBytes: 10 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DownloadError);
    expect((err as Error).message).toContain("is 100 bytes, more than the 10-byte limit");
    expect(srv.requests).toEqual(["/nope", "/big"]);
  });

  it("retries a refused connection and gives up with the cause", async () => {
    const srv = await server({});
    const url = `${srv.url}/f`;
    await srv.close();
    await expect(download(url, dest(), { retries: 1, retryDelayMs: 1 })).rejects.toThrow(
      /ECONNREFUSED.*\(gave up after 2 attempts\)/,
    );
  });
});
