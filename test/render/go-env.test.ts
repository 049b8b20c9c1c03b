// The Go runtime settings render starts kustomize and helm with: ours only where the user set none.
import { describe, expect, it } from "vitest";
import { DEFAULT_GOGC, goRuntimeEnv } from "../../packages/tools/src/go-env.js";

const GiB = 1024 * 1024 * 1024;

describe("goRuntimeEnv", () => {
  it("adds GOGC and a GOMEMLIMIT of a quarter of the memory when neither is set", () => {
    const env = { PATH: "/bin" };
    expect(goRuntimeEnv(env, 16 * GiB)).toEqual({ PATH: "/bin", GOGC: DEFAULT_GOGC, GOMEMLIMIT: "4096MiB" });
    // The caller's object is not changed.
    expect(env).toEqual({ PATH: "/bin" });
  });

  it("never sets the limit below 256 MiB", () => {
    expect(goRuntimeEnv({}, GiB / 2).GOMEMLIMIT).toBe("256MiB");
  });

  it("keeps the user's GOGC, even an empty one, and adds nothing beside it", () => {
    expect(goRuntimeEnv({ GOGC: "150" }, 16 * GiB)).toEqual({ GOGC: "150" });
    expect(goRuntimeEnv({ GOGC: "" }, 16 * GiB)).toEqual({ GOGC: "" });
    expect(goRuntimeEnv({ GOGC: "off", GOMEMLIMIT: "1GiB" }, 16 * GiB)).toEqual({
      GOGC: "off",
      GOMEMLIMIT: "1GiB",
    });
  });

  it("keeps the user's GOMEMLIMIT and then leaves GOGC at Go's default", () => {
    expect(goRuntimeEnv({ GOMEMLIMIT: "2GiB" }, 16 * GiB)).toEqual({ GOMEMLIMIT: "2GiB" });
  });
});
