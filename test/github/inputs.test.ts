import { describe, expect, it } from "vitest";

import { UserError } from "../../packages/core/src/errors.js";
import {
  getBoolean,
  getEnum,
  getGlobs,
  getInteger,
  getList,
  getSeverity,
  getString,
  splitList,
} from "../../packages/github/src/inputs.js";
import { globProblem } from "../../packages/core/src/globs.js";
import { isolateEnv } from "./support.js";

isolateEnv();

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error("expected a UserError");
}

describe("input names", () => {
  it("reads INPUT_<NAME> upper-cased, spaces to underscores, hyphens kept", () => {
    process.env["INPUT_FAIL-ON"] = "warning";
    process.env.INPUT_BASE_REF = "main";
    expect(getString("fail-on")).toBe("warning");
    expect(getString("base ref")).toBe("main");
    expect(getString("Base Ref")).toBe("main");
  });
});

describe("getString", () => {
  it("trims the value", () => {
    process.env.INPUT_PATH = "  apps/api \n";
    expect(getString("path")).toBe("apps/api");
  });

  it("is undefined when unset or blank and there is no default", () => {
    expect(getString("path")).toBeUndefined();
    process.env.INPUT_PATH = "   ";
    expect(getString("path")).toBeUndefined();
  });

  it("falls back to the default when unset or empty", () => {
    expect(getString("path", { default: "." })).toBe(".");
    process.env.INPUT_PATH = "";
    expect(getString("path", { default: "." })).toBe(".");
  });

  it("names a required input that is missing", () => {
    process.env.INPUT_TOKEN = "";
    expect(userError(() => getString("token", { required: true })).message).toBe(
      'Input "token" is required but was not set',
    );
  });
});

describe("getBoolean", () => {
  it.each(["true", "True", "TRUE"])("reads %s as true", (value) => {
    process.env.INPUT_COMMENT = value;
    expect(getBoolean("comment", false)).toBe(true);
  });

  it.each(["false", "False", "FALSE"])("reads %s as false", (value) => {
    process.env.INPUT_COMMENT = value;
    expect(getBoolean("comment", true)).toBe(false);
  });

  it("uses the default when unset", () => {
    expect(getBoolean("comment", true)).toBe(true);
    expect(getBoolean("comment", false)).toBe(false);
  });

  it.each(["yes please", "yes", "1", "tRuE", "on"])("rejects %j naming the input and the value", (value) => {
    process.env.INPUT_COMMENT = value;
    expect(userError(() => getBoolean("comment", false)).message).toBe(
      `Input "comment" must be true or false, got "${value}"`,
    );
  });
});

describe("getInteger", () => {
  it("reads whole numbers, signed ones too", () => {
    process.env["INPUT_MAX-ANNOTATIONS"] = "25";
    expect(getInteger("max-annotations", { default: 10 })).toBe(25);
    process.env["INPUT_MAX-ANNOTATIONS"] = "-3";
    expect(getInteger("max-annotations", { default: 10 })).toBe(-3);
  });

  it("uses the default when unset", () => {
    expect(getInteger("max-annotations", { default: 10, min: 0 })).toBe(10);
  });

  it.each(["1.5", "abc", "1e3", "0x10", "12px", "99999999999999999999"])("rejects %j", (value) => {
    process.env["INPUT_MAX-ANNOTATIONS"] = value;
    expect(userError(() => getInteger("max-annotations", { default: 10 })).message).toBe(
      `Input "max-annotations" must be a whole number, got "${value}"`,
    );
  });

  it("rejects values out of range, naming the bound", () => {
    process.env.INPUT_SHARDS = "0";
    expect(userError(() => getInteger("shards", { default: 1, min: 1, max: 16 })).message).toBe(
      'Input "shards" must be at least 1, got "0"',
    );
    process.env.INPUT_SHARDS = "17";
    expect(userError(() => getInteger("shards", { default: 1, min: 1, max: 16 })).message).toBe(
      'Input "shards" must be at most 16, got "17"',
    );
    process.env.INPUT_SHARDS = "16";
    expect(getInteger("shards", { default: 1, min: 1, max: 16 })).toBe(16);
  });
});

describe("getEnum and getSeverity", () => {
  it("accepts an allowed value and defaults when unset", () => {
    process.env.INPUT_FORMAT = "json";
    expect(getEnum("format", ["md", "json"] as const, "md")).toBe("json");
    delete process.env.INPUT_FORMAT;
    expect(getEnum("format", ["md", "json"] as const, "md")).toBe("md");
  });

  it("lists the allowed values when given another", () => {
    process.env.INPUT_FORMAT = "xml";
    expect(userError(() => getEnum("format", ["md", "json"], "md")).message).toBe(
      'Input "format" must be one of md, json, got "xml"',
    );
  });

  it("parses severities with parseSeverity", () => {
    process.env["INPUT_FAIL-ON"] = "notice";
    expect(getSeverity("fail-on", "error")).toBe("notice");
    delete process.env["INPUT_FAIL-ON"];
    expect(getSeverity("fail-on", "warning")).toBe("warning");
    process.env["INPUT_FAIL-ON"] = "critical";
    expect(userError(() => getSeverity("fail-on", "error")).message).toBe(
      'Input "fail-on" must be one of error, warning, notice, got "critical"',
    );
  });
});

describe("getList", () => {
  it("splits on newlines, commas and whitespace, trimming and dropping empties", () => {
    process.env.INPUT_SERVICES = "api, web\n\n  worker   cron,,\n";
    expect(getList("services")).toEqual(["api", "web", "worker", "cron"]);
  });

  it("drops # comments, whole-line and trailing, but keeps # inside an entry", () => {
    process.env.INPUT_SERVICES = "# the services\napi # the API\nweb,#worker\nfoo#bar";
    expect(getList("services")).toEqual(["api", "web", "foo#bar"]);
  });

  it("is empty when unset", () => {
    expect(getList("services")).toEqual([]);
  });

  it("keeps separators inside braces, brackets and extglobs", () => {
    expect(splitList("apps/{api,web}/** a[ ,]b +(x|y z)")).toEqual([
      "apps/{api,web}/**",
      "a[ ,]b",
      "+(x|y z)",
    ]);
  });

  it("always splits on a newline, even inside an unclosed brace", () => {
    expect(splitList("apps/{api,web\nclusters/*")).toEqual(["apps/{api,web", "clusters/*"]);
  });
});

describe("getGlobs", () => {
  it("returns valid globs, braces and negations included", () => {
    process.env.INPUT_PATHS = "apps/*/overlays/**\n!apps/legacy/**\napps/{api,web}/*.yaml, [a-z]*.y?(a)ml";
    expect(getGlobs("paths")).toEqual([
      "apps/*/overlays/**",
      "!apps/legacy/**",
      "apps/{api,web}/*.yaml",
      "[a-z]*.y?(a)ml",
    ]);
  });

  it.each([
    ["apps/{api,web", 'unclosed "{"'],
    ["apps/[a-z", 'unclosed "["'],
    ["apps/api]/x", 'unmatched "]"'],
    ["apps/api}", 'unmatched "}"'],
    ["apps/@(a|b", 'unclosed "("'],
    ["!", "the pattern is empty"],
  ])("rejects %j naming the input and the glob", (glob, problem) => {
    process.env.INPUT_PATHS = `clusters/*\n${glob}`;
    expect(userError(() => getGlobs("paths")).message).toBe(
      `Input "paths" has an invalid glob ${JSON.stringify(glob)}: ${problem}`,
    );
  });

  it("rejects a NUL character", () => {
    // An environment variable cannot carry NUL, so this is checked on the pattern itself.
    expect(globProblem("apps/\u0000x")).toBe("it contains a NUL character");
  });

  it("accepts literal brackets it can pair, escapes and POSIX classes", () => {
    expect(globProblem("a/[]]b")).toBeUndefined();
    expect(globProblem("a/[!]]b")).toBeUndefined();
    expect(globProblem("a/[[:alpha:]]*")).toBeUndefined();
    expect(globProblem("a/\\{b")).toBeUndefined();
    expect(globProblem("charts/foo(1)/x")).toBeUndefined();
  });
});
