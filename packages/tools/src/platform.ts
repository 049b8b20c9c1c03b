import { UserError } from "../../core/src/errors.js";

/** Operating systems setup-tools installs for. */
export type Os = "linux" | "darwin";
/** CPU architectures setup-tools installs for, in Go's spelling (what release assets use). */
export type Arch = "amd64" | "arm64";

/** One platform: the key of a manifest's `sha256` map, e.g. `linux-amd64`. */
export interface Platform {
  os: Os;
  arch: Arch;
  key: PlatformKey;
}

export type PlatformKey = `${Os}-${Arch}`;

/** Every platform a manifest may pin, in the order they are shown. */
export const PLATFORM_KEYS: readonly PlatformKey[] = [
  "linux-amd64",
  "linux-arm64",
  "darwin-amd64",
  "darwin-arm64",
];

const OS_OF: Partial<Record<NodeJS.Platform, Os>> = { linux: "linux", darwin: "darwin" };
const ARCH_OF: Partial<Record<NodeJS.Architecture, Arch>> = { x64: "amd64", arm64: "arm64" };

/**
 * Maps Node's `process.platform`/`process.arch` to a platform, or throws a
 * `UserError` naming what is supported.
 */
export function platformOf(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): Platform {
  const os = OS_OF[platform];
  const a = ARCH_OF[arch as NodeJS.Architecture];
  if (!os || !a) {
    throw new UserError(
      `setup-tools supports ${PLATFORM_KEYS.join(", ")}; this machine is ${platform}-${arch}`,
    );
  }
  return { os, arch: a, key: `${os}-${a}` };
}
