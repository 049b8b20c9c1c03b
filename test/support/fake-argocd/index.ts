/**
 * A fake Argo CD API server for tests: in-memory Applications and tokens, served on
 * 127.0.0.1, with every request and answer checked against Argo CD 3.6.0's Swagger
 * description (test/vendor/argo-cd). See README.md beside this file.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { formatViolations, Pipeline, type RecordedRequest, type Tamper, type Violation } from "./pipeline.js";
import { FakeArgoState, type Grant, type SeedApp } from "./state.js";

export type { RecordedRequest, Tamper, Violation } from "./pipeline.js";
export type { Grant, SeedApp, SeedHistory, SeedSource } from "./state.js";
export { EXTENSIONS } from "./validate.js";

export interface FakeArgoCD {
  /** `http://127.0.0.1:<port>`: set ARGOCD_SERVER to it. */
  readonly url: string;
  /** A token that may get and sync every Application. */
  readonly token: string;
  readonly state: FakeArgoState;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  readonly violations: Violation[];
  /** Adds (or replaces) an Application. */
  app(seed: SeedApp): void;
  /** A token with only these rights (RBAC objects `<project>/<app>`, `*` globs). */
  tokenFor(grant: Partial<Grant>): string;
  /** The next `count` answers are `status` (default 503) errors, for retries. */
  failNext(count: number, status?: number): void;
  /** The next `count` answers wait `ms` before they are sent, for timeouts. */
  slowNext(count: number, ms: number): void;
  tamperNextResponse(tamper: Tamper): void;
  assertClean(): void;
  takeViolations(): Violation[];
  close(): Promise<void>;
}

export async function startFakeArgoCD(): Promise<FakeArgoCD> {
  const state = new FakeArgoState();
  const pipeline = new Pipeline(state);
  const timers = new Set<NodeJS.Timeout>();
  let slow = { count: 0, ms: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const reply = pipeline.handle({
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", "http://127.0.0.1"),
        headers: req.headers,
        text: Buffer.concat(chunks).toString("utf8"),
      });
      const send = () => {
        if (res.destroyed) return;
        res
          .writeHead(reply.status, { "content-type": "application/json" })
          .end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
      };
      if (slow.count <= 0) {
        send();
        return;
      }
      slow.count--;
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, slow.ms);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token: state.token(),
    state,
    requests: pipeline.requests,
    violations: pipeline.violations,
    app: (seed) => {
      state.app(seed);
    },
    tokenFor: (grant) => state.token({ get: [], sync: [], delete: [], ...grant }),
    failNext: (count, status = 503) => {
      pipeline.failures = count;
      pipeline.failStatus = status;
    },
    slowNext: (count, ms) => {
      slow = { count, ms };
    },
    tamperNextResponse: (tamper) => {
      pipeline.tamperNext = tamper;
    },
    assertClean: () => {
      if (pipeline.violations.length === 0) return;
      throw new Error(
        `fake Argo CD recorded ${pipeline.violations.length} violation(s):\n${formatViolations(pipeline.violations)}`,
      );
    },
    takeViolations: () => pipeline.violations.splice(0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
