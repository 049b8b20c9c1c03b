/** Generators whose parameters only the live cluster or an external service can give. */
import type { Params } from "../params.js";
import type { Run } from "./run.js";
import { asObject, asString } from "./values.js";

const WHY: Record<string, (spec: Record<string, unknown>) => string> = {
  scmProvider: () => "scmProvider generator lists repositories from the SCM's API",
  clusterDecisionResource: (s) =>
    `clusterDecisionResource generator reads ${asString(s.configMapRef) || "a duck-typed resource"} from the live cluster`,
  plugin: (s) =>
    `plugin generator calls the plugin service ${asString(asObject(s.configMapRef).name) || ""}`.trim(),
};

/** Notes why the generator cannot run offline and generates nothing. */
export function liveGenerator(kind: string, spec: unknown, run: Run): Params[] {
  const why = WHY[kind]?.(asObject(spec)) ?? `${kind} generator needs the live cluster`;
  run.note(`${why}; it generates nothing offline`);
  return [];
}
