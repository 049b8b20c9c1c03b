/** Inline markers that accept whatever the line (or the comment line above it) holds. */
export const ALLOW_MARKERS = ["gitops:allow-secret", "gitleaks:allow"] as const;
