/**
 * A typed client for the parts of Argo CD's REST API the suite uses, on Node's own fetch.
 * Every call has a timeout; GETs are retried with backoff on 5xx, 429 and network errors.
 * The token is sent as `Authorization: Bearer` and scrubbed from every message we build.
 */
import { UserError } from "../../core/src/errors.js";
import {
  networkReason,
  permissionDenied,
  refusedToken,
  serverFailed,
  type Subject,
  unreachable,
} from "./problems.js";
import type { ArgoApplication, ArgoApplicationList, ArgoSyncRequest } from "./types.js";

/** `eventsEvent` (swagger.json), the fields read: what happened to the Application, and when. */
export interface ArgoEvent {
  reason?: string;
  message?: string;
  type?: string;
  /** RFC 3339; `lastTimestamp` is the latest of `count` repeats. */
  firstTimestamp?: string;
  lastTimestamp?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string; namespace?: string };
}

interface ArgoEventList {
  items?: ArgoEvent[] | null;
}

export interface ClientOptions {
  baseUrl: string;
  token: string;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  /** Extra attempts after the first; default 3. */
  retries?: number;
  /** First wait between attempts, doubled each time; default 250 ms. */
  backoffMs?: number;
  /** Used instead of the global fetch (tests never need it: they use the loopback fake). */
  fetch?: typeof fetch;
}

export interface ReadOptions {
  appNamespace?: string;
  /** The `fields` filter: dotted paths the answer is cut down to (`items.metadata.name` for lists). */
  fields?: string[];
}

export interface ListOptions extends ReadOptions {
  projects?: string[];
  /** Only Applications with a source in this repository (exactly as Argo CD stores the URL). */
  repo?: string;
  /** A Kubernetes label selector on the Applications, e.g. `gitops.example/preview=true`. */
  selector?: string;
}

type Query = Record<string, string | string[] | undefined>;

export class ArgoClient {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 250;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** The server as messages name it. */
  get server(): string {
    return this.options.baseUrl;
  }

  /** Every Application the token may get (Argo CD leaves the others out rather than refusing). */
  async listApplications(options: ListOptions = {}): Promise<ArgoApplication[]> {
    const list = await this.call<ArgoApplicationList>("GET", "/api/v1/applications", {
      projects: options.projects?.length ? options.projects : undefined,
      appNamespace: options.appNamespace || undefined,
      repo: options.repo,
      selector: options.selector || undefined,
      fields: options.fields?.join(","),
    });
    return list.items ?? [];
  }

  async getApplication(
    name: string,
    options: ReadOptions & { project?: string } = {},
  ): Promise<ArgoApplication> {
    const subject: Subject = {
      app: name,
      action: "get",
      ...(options.project ? { project: options.project } : {}),
    };
    return this.call<ArgoApplication>(
      "GET",
      `/api/v1/applications/${encodeURIComponent(name)}`,
      { appNamespace: options.appNamespace || undefined, fields: options.fields?.join(",") },
      undefined,
      subject,
    );
  }

  /**
   * The Kubernetes events Argo CD recorded about the Application itself (sync results, sync and
   * health transitions). Events expire (the API server keeps them an hour by default), so this is
   * recent history only.
   */
  async listApplicationEvents(
    name: string,
    options: { appNamespace?: string; project?: string } = {},
  ): Promise<ArgoEvent[]> {
    const subject: Subject = {
      app: name,
      action: "get",
      ...(options.project ? { project: options.project } : {}),
    };
    const list = await this.call<ArgoEventList>(
      "GET",
      `/api/v1/applications/${encodeURIComponent(name)}/events`,
      { appNamespace: options.appNamespace || undefined, project: options.project || undefined },
      undefined,
      subject,
    );
    return list.items ?? [];
  }

  /**
   * Deletes the Application (`ApplicationService_Delete`). With `cascade` (Argo CD's default) its
   * resources are deleted too, foreground: the Application goes once they are gone.
   */
  async deleteApplication(
    name: string,
    options: { cascade?: boolean; appNamespace?: string; project?: string } = {},
  ): Promise<void> {
    const subject: Subject = {
      app: name,
      action: "delete",
      ...(options.project ? { project: options.project } : {}),
    };
    await this.call<unknown>(
      "DELETE",
      `/api/v1/applications/${encodeURIComponent(name)}`,
      {
        cascade: String(options.cascade ?? true),
        propagationPolicy: "foreground",
        appNamespace: options.appNamespace || undefined,
        project: options.project || undefined,
      },
      undefined,
      subject,
    );
  }

  /**
   * Starts a sync of the Application to its own target revision. There is deliberately no
   * revision parameter: a revision from a user would deploy what review never saw.
   */
  async syncApplication(request: ArgoSyncRequest): Promise<ArgoApplication> {
    const subject: Subject = {
      app: request.name,
      action: "sync",
      ...(request.project ? { project: request.project } : {}),
    };
    return this.call<ArgoApplication>(
      "POST",
      `/api/v1/applications/${encodeURIComponent(request.name)}/sync`,
      {},
      request,
      subject,
    );
  }

  private async call<T>(
    method: string,
    path: string,
    query: Query,
    body?: unknown,
    subject?: Subject,
  ): Promise<T> {
    const url = new URL(this.options.baseUrl + path);
    for (const [key, value] of Object.entries(query)) {
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
        url.searchParams.append(key, v);
    }
    // A sync that reached the server may have started; only a refused connection is safe to repeat.
    const idempotent = method === "GET";
    const attempts = this.retries + 1;
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      try {
        res = await this.fetchImpl(url, {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (err) {
        const reason = networkReason(err, this.timeoutMs);
        if (attempt < attempts && (idempotent || reason === "connection refused")) {
          await this.wait(attempt);
          continue;
        }
        throw this.scrub(unreachable(this.server, reason, attempt));
      }
      const text = await readText(res, this.timeoutMs);
      if (res.ok) return this.parse(text, res.status) as T;
      const detail = errorMessage(text);
      if (res.status >= 500 || res.status === 429) {
        if (attempt < attempts && (idempotent || res.status === 503)) {
          await this.wait(attempt);
          continue;
        }
        throw this.scrub(serverFailed(this.server, res.status, detail, attempt));
      }
      if (res.status === 401) throw this.scrub(refusedToken(this.server, detail));
      if (res.status === 403 && subject) throw this.scrub(permissionDenied(this.server, subject));
      throw this.scrub(
        new UserError(`Argo CD at ${this.server} answered ${res.status} to ${method} ${path}: ${detail}`),
      );
    }
  }

  private parse(text: string, status: number): unknown {
    try {
      return JSON.parse(text);
    } catch {
      // An SSO proxy or the UI in front of the API answers HTML with 200.
      throw new UserError(
        `Argo CD at ${this.server} answered ${status} with something that is not JSON; ` +
          "is ARGOCD_SERVER the API server, not a login page or proxy?",
      );
    }
  }

  private wait(attempt: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.backoffMs * 2 ** (attempt - 1)));
  }

  /** Defence in depth: nothing we throw may carry the token, whatever a server echoed. */
  private scrub(err: UserError): UserError {
    const token = this.options.token;
    if (token.length < 4 || !err.message.includes(token)) return err;
    return new UserError(err.message.split(token).join("***"));
  }
}

async function readText(res: Response, timeoutMs: number): Promise<string> {
  try {
    return await res.text();
  } catch (err) {
    return `(body unreadable: ${networkReason(err, timeoutMs)})`;
  }
}

/** grpc-gateway's `runtimeError` message, else the start of the body. */
function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    const message = typeof body.message === "string" ? body.message : body.error;
    if (typeof message === "string") return message.slice(0, 300);
  } catch {
    // not JSON: fall through
  }
  return text.trim().slice(0, 200);
}
