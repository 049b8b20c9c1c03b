// A real git remote over HTTP for tests: `git http-backend` behind a node server on
// 127.0.0.1 that demands one Authorization header and records every one it gets.
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, basename } from "node:path";
import { git } from "../support/git.js";

export interface HttpRemote {
  /** Clone URL, e.g. http://127.0.0.1:PORT/remote.git */
  url: string;
  /** Every Authorization header value received (one entry per request; "" when none). */
  authorizations: string[];
  close(): Promise<void>;
}

/** Serves the bare repository `bare`; requests without `expected` as their only Authorization get 401. */
export async function serveBareRepo(bare: string, expected: string): Promise<HttpRemote> {
  git(bare, "config", "http.receivepack", "true");
  const authorizations: string[] = [];
  const server = createServer((req, res) => {
    const raw = req.headersDistinct.authorization ?? [];
    authorizations.push(raw.join(" | "));
    if (raw.length !== 1 || raw[0] !== expected) {
      res.writeHead(401, { "www-authenticate": 'Basic realm="test"' }).end("unauthorized\n");
      return;
    }
    backend(bare, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${basename(bare)}`,
    authorizations,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

function backend(bare: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://localhost");
  const child = spawn("git", ["http-backend"], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: dirname(bare),
      GIT_HTTP_EXPORT_ALL: "1",
      REMOTE_USER: "x-access-token",
      REQUEST_METHOD: req.method,
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: req.headers["content-type"] ?? "",
      HTTP_CONTENT_ENCODING: req.headers["content-encoding"] ?? "",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
    },
  });
  req.pipe(child.stdin);
  const chunks: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.on("close", () => {
    const out = Buffer.concat(chunks);
    const split = out.indexOf("\r\n\r\n");
    const head = out.subarray(0, split).toString("utf8");
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.split("\r\n")) {
      const [name = "", ...rest] = line.split(":");
      const value = rest.join(":").trim();
      if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
      else if (name) headers[name] = value;
    }
    res.writeHead(status, headers).end(out.subarray(split + 4));
  });
}
