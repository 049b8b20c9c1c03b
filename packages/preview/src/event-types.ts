/** The shapes of one preview action run on a pull_request event (event-run.ts). */
import type { ArgoClient } from "../../argocd/src/client.js";
import type { Finding, Severity } from "../../core/src/finding.js";
import type { PreviewRequest } from "./types.js";

/** Argo CD, when the step has a token: where the previews live and how long to wait for them. */
export interface PreviewArgo {
  client: ArgoClient;
  appNamespace: string;
  timeoutMs: number;
  intervalMs: number;
}

/** What the run tells the runner while it works (log lines, annotations, the early comment). */
export interface PreviewIo {
  info(line: string): void;
  annotate(findings: readonly Finding[]): void;
  /** Shows the checks while Argo CD is waited for: the sticky comment, replaced at the end. */
  progress(body: string): Promise<void>;
}

export interface PreviewEventOptions {
  repo: string;
  request: PreviewRequest;
  /** The pull request is closed: the previews are torn down, not checked. */
  closed: boolean;
  failOn: Severity;
  kubeVersion?: string;
  argo?: PreviewArgo;
  io: PreviewIo;
}

export interface PreviewEventResult {
  /** previewed, none (no generator selects it) or closed. */
  status: "previewed" | "none" | "closed";
  applications: { name: string; namespace: string; targets: string[]; urls: string[] }[];
  errors: number;
  warnings: number;
  /** off (no Argo CD), ready or timeout (open), torn-down or present (closed). */
  live: "off" | "ready" | "timeout" | "torn-down" | "present";
  /** The sticky comment, also the job summary. */
  body: string;
  /** The pull request has (or, closed, had) previews: only then may a new comment be created. */
  previewed: boolean;
  /** Findings at fail-on or worse, previews not ready in time, or not torn down. */
  failed: boolean;
}
