/**
 * The DR parity rules in lint (`dr/missing`, `dr/differs`): the findings of `gitops parity`,
 * computed by the same code, so the two commands cannot disagree.
 */
import type { Finding } from "../../core/src/finding.js";
import { roleClusters } from "../../core/src/model/dr-clusters.js";
import type { RepoModel } from "../../core/src/model/types.js";

/**
 * Every DR parity finding of the repository (none when no cluster carries `role: dr`). The
 * parity code (promotion planning) loads only for a repository that has DR clusters.
 */
export async function drParityFindings(layout: RepoModel): Promise<Finding[]> {
  if (!roleClusters(layout).some((c) => c.role === "dr")) return [];
  const { checkParity } = await import("../../promote/src/parity.js");
  return (await checkParity(layout)).findings;
}
