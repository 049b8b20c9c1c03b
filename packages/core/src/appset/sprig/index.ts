/**
 * The functions an ApplicationSet Go template can call: Go's builtins, sprig's
 * generic function map without `env`, `expandenv` and `getHostByName` (Argo CD
 * deletes them), and Argo CD's `normalize`, `slugify`, `toYaml`, `fromYaml`,
 * `fromYamlArray`. Functions that read the clock, draw random numbers or make
 * keys exist (templates using them parse) but fail when called offline.
 */
import { BUILTINS } from "../gotemplate/builtins.js";
import { FuncError, fnOf, type FuncMap, type GoFunc } from "../gotemplate/funcs.js";
import { typeName } from "../gotemplate/values.js";
import { sanitizeName, slugifyName } from "../slug.js";
import { COLLECTION_FUNCS } from "./collections.js";
import { ENCODING_FUNCS } from "./encoding.js";
import { MATH_FUNCS } from "./math.js";
import { REGEX_FUNCS } from "./regex.js";
import { SEMVER_FUNCS } from "./semver.js";
import { STRING_FUNCS } from "./strings.js";

const NOT_OFFLINE: Record<string, string> = {
  "reads the clock":
    "ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate htmlDateInZone must_date_modify mustDateModify mustToDate now toDate unixEpoch",
  "is random": "randAlphaNum randAlpha randAscii randNumeric randBytes randInt shuffle uuidv4",
  "makes keys or certificates":
    "bcrypt htpasswd genPrivateKey derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES",
  "returns a Go object this expansion does not model": "semver urlParse urlJoin",
};

function unsupported(reason: string): GoFunc {
  return {
    params: [],
    variadic: "any",
    fn: () => null,
    unsupported: `this function ${reason}, so offline expansion cannot evaluate it`,
  };
}

/** Argo CD's SlugifyName(args ...interface{}): [maxSize int [, smartTruncate bool]] name string. */
function slugify(...args: unknown[]): string {
  let maxSize = 50;
  let smart = true;
  let name = "";
  args.forEach((arg, idx) => {
    if (idx === args.length - 1) {
      if (typeof arg !== "string")
        throw new FuncError(`interface conversion: interface {} is ${typeName(arg as never)}, not string`);
      name = arg;
    } else if (idx === 0) {
      const n = typeof arg === "bigint" ? arg : undefined;
      if (n === undefined)
        throw new FuncError(`interface conversion: interface {} is ${typeName(arg as never)}, not int`);
      maxSize = Number(n);
    } else if (idx === 1) {
      if (typeof arg !== "boolean")
        throw new FuncError(`interface conversion: interface {} is ${typeName(arg as never)}, not bool`);
      smart = arg;
    }
  });
  return slugifyName(name, maxSize, smart);
}

function buildFuncs(): FuncMap {
  const m = new Map<string, GoFunc>(BUILTINS);
  for (const [name, fn] of [
    ...STRING_FUNCS,
    ...COLLECTION_FUNCS,
    ...ENCODING_FUNCS,
    ...MATH_FUNCS,
    ...REGEX_FUNCS,
    ...SEMVER_FUNCS,
  ]) {
    m.set(name, fn);
  }
  // sprig's "must" variants of list and dict functions behave the same here:
  // both kinds of failure end the template with "error calling ...".
  for (const name of [
    "append",
    "push",
    "prepend",
    "first",
    "last",
    "rest",
    "initial",
    "reverse",
    "uniq",
    "without",
    "has",
    "slice",
    "compact",
    "deepCopy",
    "merge",
    "mergeOverwrite",
    "chunk",
  ]) {
    const fn = m.get(name);
    if (fn) m.set("must" + name.charAt(0).toUpperCase() + name.slice(1), fn);
  }
  m.set(
    "hello",
    fnOf([], () => "Hello!"),
  );
  m.set(
    "normalize",
    fnOf(["string"], (s) => sanitizeName(s as string)),
  );
  m.set(
    "slugify",
    fnOf([], (...a) => slugify(...a), "any"),
  );
  for (const [reason, names] of Object.entries(NOT_OFFLINE)) {
    for (const name of names.split(" ")) m.set(name, unsupported(reason));
  }
  return m;
}

let shared: FuncMap | undefined;

/** The one function map every ApplicationSet template sees. */
export function templateFuncs(): FuncMap {
  shared ??= buildFuncs();
  return shared;
}
