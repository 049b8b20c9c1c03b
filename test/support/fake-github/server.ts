/** The HTTP side of the fake: a node server on 127.0.0.1 that feeds the pipeline. */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import type { Site } from "./factories/users.js";
import { handleGraphql, isGraphql } from "./graphql.js";
import type { FakeResponse } from "./http.js";
import type { Pipeline } from "./pipeline.js";
import { type RawRequest, recordOf } from "./record.js";

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** GitHub Enterprise Server's REST prefix; its GraphQL is at /api/graphql, outside it. */
export const GHES_REST = "/api/v3";
const GHES_GRAPHQL = "/api/graphql";

/**
 * Starts the server on a free port and points `site.base` at it. With `ghes`, the API is laid
 * out as on GitHub Enterprise Server: REST under /api/v3 (the returned `url`), GraphQL at
 * /api/graphql, and anything else (/graphql, /api/v3/graphql, a bare /repos/...) a 404 violation.
 */
export async function listen(site: Site, pipeline: Pipeline, ghes = false): Promise<Listening> {
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
      const response: FakeResponse = ghes
        ? answerGhes(site, pipeline, raw)
        : isGraphql(raw)
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
    url: ghes ? `${site.base}${GHES_REST}` : site.base,
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

/** The GHES layout over the same routes: the prefix comes off REST paths and goes back onto `Link`s. */
function answerGhes(site: Site, pipeline: Pipeline, raw: RawRequest): FakeResponse {
  const path = raw.url.pathname;
  if (raw.method === "POST" && path === GHES_GRAPHQL) return handleGraphql(site, pipeline, raw);
  if (!path.startsWith(`${GHES_REST}/`) || path === `${GHES_REST}/graphql`) {
    const recorded = recordOf(raw);
    pipeline.requests.push(recorded);
    const problem = `GitHub Enterprise Server serves REST under ${GHES_REST} and GraphQL at ${GHES_GRAPHQL}`;
    pipeline.violations.push({ kind: "route", method: raw.method, path, problems: [problem] });
    return { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
  }
  const url = new URL(raw.url);
  url.pathname = path.slice(GHES_REST.length);
  const response = pipeline.handle({ ...raw, url });
  const link = response.headers?.link;
  if (link)
    response.headers = {
      ...response.headers,
      link: link.replaceAll(`${site.base}/`, `${site.base}${GHES_REST}/`),
    };
  return response;
}
