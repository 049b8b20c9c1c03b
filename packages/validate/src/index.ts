export * from "./results.js";
export * from "./coverage.js";
export * from "./needs.js";
export * from "./summary.js";
export * from "./report.js";
export * from "./run.js";
export * from "./shard.js";
