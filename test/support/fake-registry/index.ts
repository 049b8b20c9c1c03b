/**
 * A loopback OCI registry for tests: the distribution API's manifest endpoint behind the
 * Bearer token flow, as Docker Hub, GHCR and distribution's own registry speak it.
 *
 * - `HEAD|GET /v2/<name>/manifests/<tag|digest>` without a valid token: 401 with
 *   `WWW-Authenticate: Bearer realm="<url>/token",service="fake-registry",scope="repository:<name>:pull"`.
 * - `GET /token?service=&scope=`: Basic credentials checked against `users` (wrong ones: 401);
 *   no credentials: a token that can pull only when the registry is `anonymous`.
 * - a known tag: 200 with `Docker-Content-Digest` (left out with `headDigest: false`, so
 *   clients must GET and hash the body); an unknown one: 404 `MANIFEST_UNKNOWN`.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRegistryOptions {
  /** username → password accepted by the token endpoint. */
  users?: Record<string, string>;
  /** Anonymous tokens may pull (a public registry). Default false. */
  anonymous?: boolean;
  /** Send Docker-Content-Digest (on HEAD and GET). Default true. */
  headDigest?: boolean;
  /** The token realm the challenge names (default this registry's `/token`), to test where credentials may go. */
  realm?: string;
}

/** One request as the registry saw it; the Authorization value itself is never kept. */
export interface RegistryRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** `basic`, `bearer` or undefined. */
  auth?: string;
  accept?: string;
}

export interface FakeRegistry {
  /** `127.0.0.1:<port>`: the image name prefix that reaches this registry. */
  host: string;
  url: string;
  requests: RegistryRequest[];
  /** Stores a manifest under `repository:tag` and returns its digest. */
  push(repository: string, tag: string, manifest?: object): string;
  close(): Promise<void>;
}

const INDEX = "application/vnd.oci.image.index.v1+json";
const SERVICE = "fake-registry";

export async function startFakeRegistry(options: FakeRegistryOptions = {}): Promise<FakeRegistry> {
  const manifests = new Map<string, { body: Buffer; type: string; digest: string }>();
  const tokens = new Map<string, Set<string>>();
  const requests: RegistryRequest[] = [];
  let url = "";

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const at = new URL(req.url ?? "/", url);
    const authorization = req.headers.authorization ?? "";
    const scheme = /^(\w+)\s/.exec(authorization)?.[1]?.toLowerCase();
    requests.push({
      method: req.method ?? "GET",
      path: at.pathname,
      query: Object.fromEntries(at.searchParams),
      ...(scheme ? { auth: scheme } : {}),
      ...(req.headers.accept ? { accept: req.headers.accept } : {}),
    });
    if (at.pathname === "/token") {
      token(at, authorization, res);
      return;
    }
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(at.pathname);
    if (!m?.[1] || !m[2] || (req.method !== "GET" && req.method !== "HEAD")) {
      json(res, 404, { errors: [{ code: "UNSUPPORTED", message: "not served by the fake" }] });
      return;
    }
    const [name, reference] = [m[1], decodeURIComponent(m[2])];
    const bearer = /^Bearer (.+)$/i.exec(authorization)?.[1];
    if (!bearer || !tokens.get(bearer)?.has(name)) {
      res.setHeader(
        "www-authenticate",
        `Bearer realm="${options.realm ?? `${url}/token`}",service="${SERVICE}",scope="repository:${name}:pull"`,
      );
      json(res, 401, { errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] });
      return;
    }
    const found =
      manifests.get(`${name}:${reference}`) ??
      [...manifests.entries()].find(([k, v]) => k.startsWith(`${name}:`) && v.digest === reference)?.[1];
    if (!found) {
      json(res, 404, { errors: [{ code: "MANIFEST_UNKNOWN", message: "manifest unknown" }] });
      return;
    }
    const headers: Record<string, string> = {
      "content-type": found.type,
      "content-length": String(found.body.length),
    };
    if (options.headDigest !== false) headers["docker-content-digest"] = found.digest;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : found.body);
  };

  const token = (at: URL, authorization: string, res: ServerResponse) => {
    if (at.searchParams.get("service") !== SERVICE) {
      json(res, 400, { details: "unknown service" });
      return;
    }
    const scope = /^repository:([^:]+):pull$/.exec(at.searchParams.get("scope") ?? "")?.[1];
    const basic = /^Basic (.+)$/i.exec(authorization)?.[1];
    let allowed = options.anonymous === true;
    if (basic) {
      const [user, ...rest] = Buffer.from(basic, "base64").toString("utf8").split(":");
      if (user === undefined || options.users?.[user] !== rest.join(":")) {
        json(res, 401, { details: "incorrect username or password" });
        return;
      }
      allowed = true;
    }
    const issued = randomBytes(16).toString("hex");
    tokens.set(issued, new Set(allowed && scope ? [scope] : []));
    json(res, 200, { token: issued, access_token: issued, expires_in: 300 });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  return {
    host: `127.0.0.1:${port}`,
    url,
    requests,
    push(repository, tag, manifest) {
      const body = Buffer.from(
        JSON.stringify(
          manifest ?? { schemaVersion: 2, mediaType: INDEX, manifests: [], annotations: { tag } },
        ),
      );
      const digest = `sha256:${createHash("sha256").update(body).digest("hex")}`;
      const type = (manifest as { mediaType?: string } | undefined)?.mediaType ?? INDEX;
      manifests.set(`${repository}:${tag}`, { body, type, digest });
      return digest;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
