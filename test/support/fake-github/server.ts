/** The HTTP side of the fake: a node server on 127.0.0.1 that feeds the pipeline. */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import type { Site } from "./factories/users.js";
import { handleGraphql, isGraphql } from "./graphql.js";
import type { FakeResponse } from "./http.js";
import type { Pipeline } from "./pipeline.js";

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Starts the server on a free port and points `site.base` at it. */
export async function listen(site: Site, pipeline: Pipeline): Promise<Listening> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = {
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", site.base),
        headers: req.headers,
        text: Buffer.concat(chunks).toString("utf8"),
      };
      // GraphQL is outside the REST description: its own small route (graphql.ts).
      const response: FakeResponse = isGraphql(raw)
        ? handleGraphql(site, pipeline, raw)
        : pipeline.handle(raw);
      const headers: Record<string, string> = {
        "x-github-request-id": randomUUID(),
        "x-github-media-type": "github.v3; format=json",
        ...response.headers,
      };
      if (response.body === undefined) {
        res.writeHead(response.status, headers).end();
        return;
      }
      headers["content-type"] = "application/json; charset=utf-8";
      res.writeHead(response.status, headers).end(JSON.stringify(response.body));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  site.base = `http://127.0.0.1:${port}`;
  return {
    url: site.base,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Clients keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
