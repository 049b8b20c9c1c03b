/** The shapes `gitops changelog` produces (DESIGN.md: fields may be added, never renamed). */

/** What moved in one entry: an image, a chart version, or a file. */
export type ChangeKind = "image" | "chart" | "config";

/** One change of an entry. `from`/`to` are null where the value was absent (added, removed, or a file). */
export interface Change {
  kind: ChangeKind;
  /** Image repository, chart (or Application) name, or the file path for `config`. */
  name: string;
  from: string | null;
  to: string | null;
  /** The file the change was read from, relative to the repository. */
  file: string;
  /** For `config`: what happened to the file. */
  status?: "added" | "modified" | "deleted";
}

/** Where a promotion came from: the `Promoted-From: <env>@<sha>` trailer. */
export interface PromotionSource {
  env: string;
  commit: string;
}

/** One deployment: a commit on the first-parent line that changed one service in one environment. */
export interface Entry {
  env: string;
  /** The service under apps/, or {@link PLATFORM_SERVICE} for clusters/, environments/, policies/, argo-apps/. */
  service: string;
  /** Full SHA of the first-parent commit (the merge or squash commit on the main line). */
  commit: string;
  /** When the commit landed (committer date, ISO 8601). */
  date: string;
  /** Author name, as git records it (untrusted text). */
  author: string;
  /** The pull request number, or null when neither the message nor the API names one. */
  pr: number | null;
  changes: Change[];
  /** First line of the commit message (untrusted text). */
  subject: string;
  /** When the change was written (author date, ISO 8601). */
  authorDate: string;
  promotedFrom: PromotionSource | null;
  /** The commit this one reverts (`This reverts commit <sha>`), or null. */
  revertOf: string | null;
  /** True for a revert or an image tag moving backwards: a rollback of a failed change. */
  rollback: boolean;
}

/** The JSON document of `gitops changelog --json`. */
export interface ChangelogReport {
  entries: Entry[];
  /** Environments in promotion order (configured ones first). */
  environments: string[];
  /** Per environment: the commit the range started after, or null for the whole history. */
  since: Record<string, string | null>;
  /** The commit the range ends at. */
  to: string;
}

/** The service name of entries from clusters/, environments/, policies/ and argo-apps/. */
export const PLATFORM_SERVICE = "platform";
