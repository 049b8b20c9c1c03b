/** The shapes of `gitops preview` and the preview action. */
import type { PullRequestParams } from "../../core/src/appset/index.js";
import type { Finding } from "../../core/src/finding.js";

/** One pull request, as the CLI flags or the pull_request event describe it. */
export interface PreviewRequest extends PullRequestParams {
  title: string;
  author: string;
  /** A draft pull request (GitHub's `draft`); the generator cannot see it. */
  draft: boolean;
}

/** One Application a pull request's preview would create. */
export interface PreviewApplication {
  name: string;
  /** The destination namespace ("" when the template sets none). */
  namespace: string;
  /** Ids of the targets it deploys (the model's). */
  targets: string[];
  /** `https://host` (TLS) or `http://host`, from its rendered Ingress, HTTPRoute and VirtualService objects. */
  urls: string[];
  /** The ApplicationSet that generates it, and where that is written. */
  applicationSet: string;
  file: string;
  line: number;
}

/** What `gitops preview` reports. */
export interface PreviewReport {
  /** The pull request's number. */
  pullRequest: number;
  applications: PreviewApplication[];
  findings: Finding[];
  /** The ApplicationSets with a pullRequest generator, selected or not. */
  applicationSets: { name: string; file: string; line: number; generated: number }[];
  /** Why there is no preview, when there is none. */
  message?: string;
}
