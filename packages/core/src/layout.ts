// The repository model replaced the root-pattern layout; these names stay for the modules that
// only need its shape (shards, plan).
import type { RepoModel } from "./model/types.js";

export type { SkippedFolder, Target, TargetKind } from "./model/types.js";
/** The repository as our checks see it: the model `loadModel` builds. */
export type Layout = RepoModel;
