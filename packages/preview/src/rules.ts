/** The preview checks' rule ids, with what each one means (for --help, SARIF and the README). */
export const PREVIEW_RULES = {
  "preview/name-too-long":
    "a generated Application name over 63 characters: Argo CD's app.kubernetes.io/instance tracking label cannot hold it",
  "preview/name-not-dns-label": "a generated Application name that is not a DNS label (RFC 1123)",
  "preview/namespace-too-long": "a preview namespace over 63 characters",
  "preview/namespace-not-dns-label": "a preview namespace that is not a DNS label (RFC 1123)",
  "preview/long-branch":
    "(warning) a branch whose slug is as long as branch_slug allows (50) would make a name or namespace over 63 characters",
  "preview/shared-namespace":
    "a preview namespace that other pull requests' previews, or a real environment, deploy into as well",
  "preview/teardown-finalizer":
    "the template lists finalizers but not resources-finalizer.argocd.argoproj.io (Argo CD adds it only to a template that lists none): deleting the Application leaves its resources running",
  "preview/teardown-preserve":
    "syncPolicy.preserveResourcesOnDeletion: true keeps the resources when the pull request closes",
  "preview/teardown-policy":
    "syncPolicy.applicationsSync create-only or create-update: the controller never deletes a closed pull request's Application",
  "preview/create-namespace":
    "a per-pull-request namespace that nothing creates: no CreateNamespace=true and no Namespace in the manifests",
  "preview/namespace-left-behind":
    "(warning) a per-pull-request namespace made only by CreateNamespace=true: Argo CD does not delete it with the Application",
  "preview/no-prune": "no automated sync with prune: what a later push removes stays deployed",
  "preview/drafts":
    "(warning) draft pull requests get previews: no label or titleMatch filter keeps them out",
  "preview/dependabot":
    "(warning) Dependabot pull requests get previews: no label, branchMatch or titleMatch filter keeps them out",
} as const;

export type PreviewRule = keyof typeof PREVIEW_RULES;
