import type { AppSource } from "./argo.js";

/** Argo CD's `source.kustomize` options that change what a kustomization renders. */
export type KustomizeOptions = NonNullable<AppSource["kustomize"]>;

/** One tool run that produces manifests. A target renders one or more (multi-source). */
export type RenderSpec =
  | {
      type: "kustomize";
      /** Absolute path of the kustomization folder. */
      dir: string;
      /** Applied on top, as Argo CD's repo-server does for `source.kustomize`. */
      options?: KustomizeOptions;
    }
  | {
      type: "helm";
      chartDir: string;
      releaseName: string;
      namespace?: string;
      /** Absolute paths, in order. */
      valueFiles: string[];
      values?: string;
      valuesObject?: Record<string, unknown>;
      parameters?: { name: string; value: string; forceString?: boolean }[];
      skipCrds?: boolean;
    }
  | {
      type: "directory";
      dir: string;
      recurse: boolean;
      include?: string;
      exclude?: string;
    };

/** Where an Application-driven target comes from. */
export interface ApplicationRef {
  name: string;
  file: string;
  line: number;
}

/** Something `gitops render` renders into `render/<id>.yaml`. */
export interface RenderTarget {
  /** Stable id: the folder for layout targets, `applications/<env>/<name>` for Application-driven ones. */
  id: string;
  env: string;
  service?: string;
  kind: "kustomize" | "helm" | "directory";
  /** The folder it renders from, relative to the repo. */
  source: string;
  specs: RenderSpec[];
  /** The Applications that deploy it. */
  applications: ApplicationRef[];
  /** Set when the target cannot be rendered here (a remote chart without network, say). */
  skipReason?: string;
}
