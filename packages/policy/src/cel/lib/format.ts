import { CelScalar, celFunc, celList, celMethod, type CelFunc, type CelValue } from "@bufbuild/cel";
import { opaqueType } from "../opaque.js";
import { none, some } from "./optional.js";

/** A named string format of Kubernetes' format library: returns what is wrong with a value. */
interface Format {
  name: string;
  check: (value: string) => string[];
}

const FormatType = opaqueType<Format>("kubernetes.NamedFormat", (f) => f.name);
const F = FormatType.type;
const { STRING, DYN } = CelScalar;

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function rule(test: (v: string) => boolean, message: string, max?: number) {
  return (v: string): string[] => {
    const errs: string[] = [];
    if (max !== undefined && v.length > max) errs.push(`must be no more than ${max} characters`);
    if (!test(v)) errs.push(message);
    return errs;
  };
}

function qualifiedName(v: string): string[] {
  const parts = v.split("/");
  if (parts.length > 2) return ["a qualified name must consist of an optional prefix and a name"];
  const name = parts[parts.length - 1] ?? "";
  const errs: string[] = [];
  if (parts.length === 2) {
    const prefix = parts[0] ?? "";
    if (prefix === "") errs.push("prefix part must be non-empty");
    else
      errs.push(
        ...rule((p) => DNS1123_SUBDOMAIN.test(p), "prefix part must be a DNS-1123 subdomain", 253)(prefix),
      );
  }
  if (name === "") errs.push("name part must be non-empty");
  else if (name.length > 63) errs.push("name part must be no more than 63 characters");
  else if (!QUALIFIED_NAME_PART.test(name))
    errs.push("name part must consist of alphanumeric characters, '-', '_' or '.'");
  return errs;
}

const FORMATS: Format[] = [
  { name: "dns1123Label", check: rule((v) => DNS1123_LABEL.test(v), "must be a DNS-1123 label", 63) },
  {
    name: "dns1123Subdomain",
    check: rule((v) => DNS1123_SUBDOMAIN.test(v), "must be a DNS-1123 subdomain", 253),
  },
  { name: "dns1035Label", check: rule((v) => DNS1035_LABEL.test(v), "must be a DNS-1035 label", 63) },
  { name: "qualifiedName", check: qualifiedName },
  { name: "labelValue", check: rule((v) => LABEL_VALUE.test(v), "must be a valid label value", 63) },
  { name: "uuid", check: rule((v) => UUID.test(v), "does not match the UUID format") },
  {
    name: "date",
    check: rule((v) => DATE.test(v) && !Number.isNaN(Date.parse(v)), "must be a date (YYYY-MM-DD)"),
  },
  { name: "datetime", check: rule((v) => DATETIME.test(v), "must be an RFC 3339 date-time") },
  {
    name: "byte",
    check: rule((v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0, "must be base64 encoded"),
  },
];

function self(v: CelValue): Format {
  const f = FormatType.unwrap(v);
  if (!f) throw new Error("not a format");
  return f;
}

/** Kubernetes' format library: `format.<name>()`, `format.named(name)` and `.validate(value)`. */
export const formatFuncs: CelFunc[] = [
  ...FORMATS.map((f) => celFunc(`format.${f.name}`, [], F, () => FormatType.wrap(f))),
  celFunc("format.named", [STRING], DYN, (name) => {
    const f = FORMATS.find((x) => x.name === name);
    return f ? some(FormatType.wrap(f)) : none();
  }),
  celMethod("validate", F, [STRING], DYN, function (value) {
    const errs = self(this).check(value);
    return errs.length === 0 ? none() : some(celList(errs));
  }),
];
