export { CacheStore, CACHE_FORMAT, type CacheStats, type CacheStoreOptions } from "./store.js";
export { cacheKey } from "./key.js";
export { FileHasher, modelHasher, Unhashable } from "./files.js";
export { openCache, DEFAULT_MAX_MB } from "./location.js";
export { codeIdentity } from "./code.js";
export { outputDigest, TargetResults, type TargetKeyParts } from "./targets.js";
export { FileLines } from "./lines.js";
