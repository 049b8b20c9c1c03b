/** The public shapes of ApplicationSet expansion (re-exported by index.ts). */

export interface ClusterInfo {
  name: string;
  server: string;
  project?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface PullRequestParams {
  number: number;
  branch: string;
  targetBranch: string;
  headSha: string;
  labels: string[];
  title?: string;
  author?: string;
}

export interface AppSetContext {
  /** Absolute path of the local checkout of the repository. */
  repo: string;
  /** True when a git generator's repoURL names this repository (the lead supplies it). */
  isLocalRepo(url: string): boolean;
  /** Clusters Argo CD knows: from .gitops.yaml and cluster Secrets in the repo. `in-cluster` is NOT included; you add it as Argo CD does. */
  clusters: ClusterInfo[];
  /** Parameters of one pull request for pullRequest generators; absent means those generators produce nothing plus one note. */
  pullRequest?: PullRequestParams;
  /** Repo-relative paths never to read as generator input (e.g. "render", ".git", "node_modules"). */
  excluded?: readonly string[];
}

export interface GeneratedApplication {
  /** The full Application object: apiVersion argoproj.io/v1alpha1, kind Application, metadata, spec. */
  manifest: Record<string, unknown>;
  /** The generator parameters that produced it (flattened, as fasttemplate sees them), for messages. */
  params: Record<string, unknown>;
}

export interface ExpandResult {
  applications: GeneratedApplication[];
  /** Said once per generator where expansion truly needs the live cluster or SCM (scmProvider, clusterDecisionResource, plugin, pullRequest without parameters, a git generator on another repository ...). */
  notes: string[];
  /** Problems with the ApplicationSet itself (a template that does not parse, an unknown function, a missing key with missingkey=error, duplicate generated names ...): each one message naming the ApplicationSet. */
  errors: string[];
  /** Repo-relative files the expansion read (git files generator matches) and folders it listed (git directories), so a change to them re-expands. */
  inputs: { files: string[]; dirs: string[] };
}
