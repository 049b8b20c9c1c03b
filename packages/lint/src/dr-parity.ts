/**
 * The DR parity rules in lint (`dr/missing`, `dr/differs`): the findings of `gitops parity`,
 * computed by the same code, so the two commands cannot disagree.
 */
import type { Finding } from "../../core/src/finding.js";
import type { RepoModel } from "../../core/src/model/types.js";
import { checkParity } from "../../promote/src/parity.js";

/** Every DR parity finding of the repository (none when no cluster carries `role: dr`). */
export async function drParityFindings(layout: RepoModel): Promise<Finding[]> {
  return (await checkParity(layout)).findings;
}
