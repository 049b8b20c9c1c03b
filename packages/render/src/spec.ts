// Render specs and targets are the repository model's (core); render's modules name them here.
export type {
  ApplicationRef,
  KustomizeOptions,
  RenderSpec,
  Target as RenderTarget,
} from "../../core/src/model/types.js";
