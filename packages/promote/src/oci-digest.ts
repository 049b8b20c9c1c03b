/**
 * `bump --resolve-digest`: a tag resolved to the digest its registry serves now, through the
 * OCI distribution API (`HEAD /v2/<name>/manifests/<tag>`, the Bearer token flow, the
 * `Docker-Content-Digest` header, else GET and sha256 of the body).
 *
 * Written with `fetch` rather than a registry client: the one well-kept npm client found
 * (@snyk/docker-registry-v2-client) brings needle, psl and tslib into every bundle for three
 * requests, and does not do the GET-and-hash fallback. The whole flow is two or three requests.
 */
import { createHash } from "node:crypto";
import { UserError } from "../../core/src/index.js";
import { formatImageRef, type ImageRef } from "./bump-ref.js";
import { challengeOf, type Challenge } from "./oci-challenge.js";

/** How to reach registries. Credentials are sent only to the token realm (or as Basic to the registry that asks). */
export interface RegistryOptions {
  username?: string;
  password?: string;
  /** Registry hosts (`host[:port]`) reached over plain http. Loopback hosts always are. */
  insecure?: readonly string[];
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

/** Where an image lives: the registry host and the repository path on it. */
export interface RegistryImage {
  host: string;
  repository: string;
}

// Every manifest type a tag may point at: a multi-arch index/list first, so the digest pins all platforms.
const ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * The registry and repository of `name`, as docker reads it: a first component with a `.` or
 * `:` (or `localhost`) is the host; else Docker Hub, whose API host is registry-1.docker.io and
 * whose single-component names live under `library/`.
 */
export function registryOf(name: string): RegistryImage {
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  if (first && (first.includes(".") || first.includes(":") || first === "localhost")) {
    const repository = name.slice(slash + 1);
    if (first === "docker.io" || first === "index.docker.io") return dockerHub(repository);
    return { host: first, repository };
  }
  return dockerHub(name);
}

function dockerHub(repository: string): RegistryImage {
  return {
    host: "registry-1.docker.io",
    repository: repository.includes("/") ? repository : `library/${repository}`,
  };
}

/** True for hosts that never leave this machine, where plain http exposes nothing. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
  return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/**
 * `ref` with the digest its tag points at now. A reference that already holds a digest is
 * returned as it is (it is already immutable). Every failure is a `UserError` naming the image.
 */
export async function resolveDigest(ref: ImageRef, options: RegistryOptions = {}): Promise<ImageRef> {
  if (ref.digest !== undefined || ref.tag === undefined) return ref;
  const image = registryOf(ref.name);
  const client = new RegistryClient(image, formatImageRef(ref), options);
  return { ...ref, digest: await client.digestOf(ref.tag) };
}

/** One image's requests: the manifest by tag, and the token the registry asks for. */
class RegistryClient {
  private readonly base: string;
  private authorization: string | undefined;

  constructor(
    private readonly image: RegistryImage,
    private readonly shown: string,
    private readonly options: RegistryOptions,
  ) {
    this.base = `${this.scheme(image.host)}://${image.host}`;
  }

  async digestOf(tag: string): Promise<string> {
    const url = `${this.base}/v2/${this.image.repository}/manifests/${encodeURIComponent(tag)}`;
    const head = await this.authorized("HEAD", url);
    const header = head.headers.get("docker-content-digest")?.trim();
    if (header && DIGEST.test(header)) return header;
    // Some registries leave the header out of HEAD answers: the digest is the body's sha256.
    const got = await this.authorized("GET", url);
    const body = Buffer.from(await got.arrayBuffer());
    return `sha256:${createHash("sha256").update(body).digest("hex")}`;
  }

  /** `method url`, answering a 401 challenge once; a non-2xx answer is a `UserError`. */
  private async authorized(method: string, url: string): Promise<Response> {
    let response = await this.request(method, url, this.headers());
    if (response.status === 401 && this.authorization === undefined) {
      this.authorization = await this.answer(challengeOf(response.headers.get("www-authenticate")));
      response = await this.request(method, url, this.headers());
    }
    if (response.ok) return response;
    const what = `${this.shown} (registry ${this.image.host})`;
    if (response.status === 404) {
      throw new UserError(`image ${what}: tag not found (HTTP 404 for ${method} ${this.path(url)})`);
    }
    if (response.status === 401 || response.status === 403) {
      throw new UserError(
        `image ${what}: the registry denied access (HTTP ${response.status}); ${this.credentialsHint()}`,
      );
    }
    throw new UserError(
      `image ${what}: the registry answered HTTP ${response.status} to ${method} ${this.path(url)}`,
    );
  }

  /** The Authorization value for a challenge: a Bearer token from its realm, or Basic credentials. */
  private async answer(challenge: Challenge | undefined): Promise<string> {
    const basic = this.basic();
    if (challenge?.scheme === "basic") {
      if (!basic)
        throw new UserError(
          `image ${this.shown}: registry ${this.image.host} asks for credentials; ${this.credentialsHint()}`,
        );
      return basic;
    }
    const realm = challenge?.params.realm;
    if (!realm) {
      throw new UserError(
        `image ${this.shown}: registry ${this.image.host} answered 401 without a Bearer realm to get a token from`,
      );
    }
    const url = this.realmUrl(realm);
    url.searchParams.set("service", challenge.params.service ?? this.image.host);
    url.searchParams.set("scope", challenge.params.scope ?? `repository:${this.image.repository}:pull`);
    const response = await this.request("GET", url.toString(), basic ? { authorization: basic } : {});
    if (response.status === 401 || response.status === 403) {
      throw new UserError(
        `image ${this.shown}: the token service of registry ${this.image.host} refused ${basic ? "the credentials" : "anonymous access"} (HTTP ${response.status}); ${this.credentialsHint()}`,
      );
    }
    if (!response.ok) {
      throw new UserError(
        `image ${this.shown}: the token service of registry ${this.image.host} answered HTTP ${response.status}`,
      );
    }
    const body = (await response.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
    const token = typeof body.token === "string" ? body.token : body.access_token;
    if (typeof token !== "string" || token === "") {
      throw new UserError(
        `image ${this.shown}: the token service of registry ${this.image.host} sent no token`,
      );
    }
    return `Bearer ${token}`;
  }

  /** The realm as a URL; an http realm is refused unless its host may be plain http (credentials go there). */
  private realmUrl(realm: string): URL {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new UserError(`image ${this.shown}: registry ${this.image.host} names a bad token realm`);
    }
    if (url.protocol === "https:" || (url.protocol === "http:" && this.scheme(url.host) === "http"))
      return url;
    throw new UserError(
      `image ${this.shown}: registry ${this.image.host} sends credentials to ${url.protocol}//${url.host}, which is neither https nor an allowed insecure host`,
    );
  }

  private async request(method: string, url: string, headers: Record<string, string>): Promise<Response> {
    const timeout = this.options.timeoutMs ?? 30_000;
    try {
      return await fetch(url, {
        method,
        headers: { accept: ACCEPT, "user-agent": "gitops-actions", ...headers },
        redirect: "follow",
        signal: AbortSignal.timeout(timeout),
      });
    } catch (err) {
      const host = new URL(url).host;
      const why =
        err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")
          ? `no answer within ${Math.round(timeout / 1000)} s`
          : reasonOf(err);
      throw new UserError(`image ${this.shown}: cannot reach ${host} (${why})`);
    }
  }

  private headers(): Record<string, string> {
    return this.authorization ? { authorization: this.authorization } : {};
  }

  private basic(): string | undefined {
    const { username, password } = this.options;
    if (!username || password === undefined) return undefined;
    return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  }

  private credentialsHint(): string {
    return this.basic()
      ? "check the registry username and password (they are not shown)"
      : "give registry credentials (GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD, or the action's registry-username and registry-password)";
  }

  private scheme(host: string): "http" | "https" {
    return isLoopback(host) || (this.options.insecure ?? []).includes(host) ? "http" : "https";
  }

  private path(url: string): string {
    return new URL(url).pathname;
  }
}

/** The low-level cause of a failed fetch (`ECONNREFUSED`, `ENOTFOUND`), never a header or body. */
function reasonOf(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return err instanceof Error ? err.message : String(err);
}
