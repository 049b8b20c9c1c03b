// TEMPORARY until packages/core/src/appset lands.
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
  repo: string;
  isLocalRepo(url: string): boolean;
  clusters: ClusterInfo[];
  pullRequest?: PullRequestParams;
  excluded?: readonly string[];
}
export function expandApplicationSet(_a: Record<string, unknown>, _c: AppSetContext) {
  return {
    applications: [] as { manifest: Record<string, unknown>; params: Record<string, unknown> }[],
    notes: [] as string[],
    errors: [] as string[],
    inputs: { files: [] as string[], dirs: [] as string[] },
  };
}
export function clusterFromSecret(_d: unknown): ClusterInfo | undefined {
  return undefined;
}
