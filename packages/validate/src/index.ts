export * from "./results.js";
export * from "./needs.js";
export * from "./summary.js";
export * from "./report.js";
