/**
 * The parts of Argo CD's `v1alpha1Application` (swagger.json, Argo CD 3.6.0) this suite
 * reads. Every field is optional because the `fields` filter may leave any of them out.
 */

export interface ArgoSource {
  repoURL?: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
  ref?: string;
}

export interface ArgoHistoryEntry {
  id?: number;
  revision?: string;
  revisions?: string[];
  /** RFC 3339 */
  deployedAt?: string;
  deployStartedAt?: string;
  source?: ArgoSource;
  sources?: ArgoSource[];
}

export interface ArgoOperationState {
  phase?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  syncResult?: { revision?: string; revisions?: string[] };
}

export interface ArgoApplication {
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    /** RFC 3339. */
    creationTimestamp?: string;
    /** Set once a delete was asked for; the finalizers then run. */
    deletionTimestamp?: string;
    finalizers?: string[];
    /** An ApplicationSet's Applications name it here (kind ApplicationSet, its name). */
    ownerReferences?: { apiVersion?: string; kind?: string; name?: string; uid?: string }[];
  };
  spec?: {
    project?: string;
    source?: ArgoSource;
    sources?: ArgoSource[];
    destination?: { server?: string; name?: string; namespace?: string };
  };
  status?: {
    sync?: { status?: string; revision?: string; revisions?: string[] };
    health?: { status?: string; message?: string; lastTransitionTime?: string };
    history?: ArgoHistoryEntry[];
    operationState?: ArgoOperationState;
    summary?: { externalURLs?: string[]; images?: string[] };
    /** The objects the Application manages, as of its last reconciliation. */
    resources?: {
      group?: string;
      version?: string;
      kind?: string;
      namespace?: string;
      name?: string;
      status?: string;
    }[];
  };
}

export interface ArgoApplicationList {
  metadata?: { resourceVersion?: string };
  items?: ArgoApplication[] | null;
}

/** `applicationApplicationSyncRequest`, the fields this suite sends. Never a user-supplied revision. */
export interface ArgoSyncRequest {
  name: string;
  appNamespace?: string;
  project?: string;
  prune?: boolean;
  dryRun?: boolean;
}
