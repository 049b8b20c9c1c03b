/** The list generator: `elements`, and `elementsYaml` (often templated from a matrix's first generator). */
import { parseYaml } from "../../yaml.js";
import { messageOf } from "../../errors.js";
import { LIMITS } from "../budget.js";
import { formatValue, isMap, newMap, put, type GoValue } from "../gotemplate/values.js";
import { toGoValue, type Params } from "../params.js";
import { asObject } from "./values.js";
import { ExpansionError, type Run } from "./run.js";

function describe(v: GoValue): string {
  if (Array.isArray(v)) return "array";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (v === null || v === undefined) return "null";
  return "number";
}

/** processElement: Go templates see the element as it is; fasttemplate needs scalars, flattened one level for `values`. */
function processElement(element: GoValue, goTemplate: boolean): Params {
  if (!isMap(element)) {
    throw new ExpansionError(
      `error unmarshling list element json: cannot unmarshal ${describe(element)} into Go value of type map[string]interface {}`,
    );
  }
  if (goTemplate) return element;
  const params = newMap();
  const scalar = (v: GoValue, key: string): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v;
    if (typeof v === "boolean" || typeof v === "number") return formatValue(v);
    throw new ExpansionError(
      `unsupported value type for key ${JSON.stringify(key)}: nested objects and arrays are not supported in non-GoTemplate mode`,
    );
  };
  for (const key of Object.keys(element)) {
    const value = element[key];
    if (key === "values") {
      if (!isMap(value)) throw new ExpansionError("error parsing values map");
      for (const k of Object.keys(value)) put(params, `values.${k}`, scalar(value[k], k));
    } else {
      put(params, key, scalar(value, key));
    }
  }
  return params;
}

export function listGenerator(spec: unknown, run: Run): Params[] {
  const list = asObject(spec);
  const out: Params[] = [];
  const elements = list.elements;
  if (elements !== undefined && elements !== null) {
    if (!Array.isArray(elements)) throw new ExpansionError("list.elements must be a list");
    for (const e of elements) out.push(processElement(toGoValue(e), run.goTemplate));
  }
  const yaml = list.elementsYaml;
  if (typeof yaml === "string" && yaml !== "") {
    let parsed: GoValue;
    try {
      parsed = toGoValue(parseYaml(yaml, "elementsYaml").documents[0]?.value ?? null);
    } catch (err) {
      throw new ExpansionError(`error unmarshling decoded ElementsYaml ${messageOf(err)}`);
    }
    if (parsed !== null && !Array.isArray(parsed)) {
      throw new ExpansionError(
        `error unmarshling decoded ElementsYaml error unmarshaling JSON: json: cannot unmarshal ${isMap(parsed) ? "object" : describe(parsed)} into Go value of type []map[string]interface {}`,
      );
    }
    for (const e of parsed ?? []) out.push(processElement(e ?? newMap(), run.goTemplate));
  }
  if (out.length > LIMITS.maxApplications) {
    throw new ExpansionError(
      `the list generator has ${out.length} elements, more than the ${LIMITS.maxApplications} allowed`,
    );
  }
  return out;
}
